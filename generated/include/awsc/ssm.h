/*
 * awsc/ssm.h - Amazon Simple Systems Manager (SSM) (SSM, API 2014-11-06).
 *
 * Generated from the service model by awsc's generator; do not edit.
 * Sections: enums, structures (lists and maps first, then structures, then
 * map entries), operations, errors. Conventions: see <awsc/common.h>.
 */
#ifndef AWSC_SSM_H
#define AWSC_SSM_H

#include <awsc/awsc.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The service's descriptor (struct awsc_service, <awsc/shape.h>), in its
 * read-only tables: pass awsc_ssm_service() to awsc_client_new(), or use
 * awsc_ssm_client_new(). A function rather than a variable: see
 * <awsc/shape.h>. */
AWSC_API const struct awsc_service *awsc_ssm_service(void);

static inline int awsc_ssm_client_new(const struct awsc_config *config, struct awsc_client **client,
                                            struct awsc_error *err)
{
    return awsc_client_new(awsc_ssm_service(), config, client, err);
}

/* ---------------------------------------------------------------- enums */

/* AccessRequestStatus: members of this type are strings; parse them with
 * awsc_ssm_access_request_status_parse(). Values newer than this model parse as
 * AWSC_SSM_ACCESS_REQUEST_STATUS_UNKNOWN. */
enum awsc_ssm_access_request_status {
    AWSC_SSM_ACCESS_REQUEST_STATUS_UNKNOWN = 0,
    AWSC_SSM_ACCESS_REQUEST_STATUS_APPROVED = 1, /* Approved */
    AWSC_SSM_ACCESS_REQUEST_STATUS_REJECTED = 2, /* Rejected */
    AWSC_SSM_ACCESS_REQUEST_STATUS_REVOKED = 3, /* Revoked */
    AWSC_SSM_ACCESS_REQUEST_STATUS_EXPIRED = 4, /* Expired */
    AWSC_SSM_ACCESS_REQUEST_STATUS_PENDING = 5 /* Pending */
};
AWSC_API enum awsc_ssm_access_request_status awsc_ssm_access_request_status_parse(const char *value);
AWSC_API const char *awsc_ssm_access_request_status_str(enum awsc_ssm_access_request_status value);

/* AccessType: members of this type are strings; parse them with
 * awsc_ssm_access_type_parse(). Values newer than this model parse as
 * AWSC_SSM_ACCESS_TYPE_UNKNOWN. */
enum awsc_ssm_access_type {
    AWSC_SSM_ACCESS_TYPE_UNKNOWN = 0,
    AWSC_SSM_ACCESS_TYPE_STANDARD = 1, /* Standard */
    AWSC_SSM_ACCESS_TYPE_JUST_IN_TIME = 2 /* JustInTime */
};
AWSC_API enum awsc_ssm_access_type awsc_ssm_access_type_parse(const char *value);
AWSC_API const char *awsc_ssm_access_type_str(enum awsc_ssm_access_type value);

/* AssociationComplianceSeverity: members of this type are strings; parse them with
 * awsc_ssm_association_compliance_severity_parse(). Values newer than this model parse as
 * AWSC_SSM_ASSOCIATION_COMPLIANCE_SEVERITY_UNKNOWN. */
enum awsc_ssm_association_compliance_severity {
    AWSC_SSM_ASSOCIATION_COMPLIANCE_SEVERITY_UNKNOWN = 0,
    AWSC_SSM_ASSOCIATION_COMPLIANCE_SEVERITY_CRITICAL = 1, /* CRITICAL */
    AWSC_SSM_ASSOCIATION_COMPLIANCE_SEVERITY_HIGH = 2, /* HIGH */
    AWSC_SSM_ASSOCIATION_COMPLIANCE_SEVERITY_MEDIUM = 3, /* MEDIUM */
    AWSC_SSM_ASSOCIATION_COMPLIANCE_SEVERITY_LOW = 4, /* LOW */
    AWSC_SSM_ASSOCIATION_COMPLIANCE_SEVERITY_UNSPECIFIED = 5 /* UNSPECIFIED */
};
AWSC_API enum awsc_ssm_association_compliance_severity awsc_ssm_association_compliance_severity_parse(const char *value);
AWSC_API const char *awsc_ssm_association_compliance_severity_str(enum awsc_ssm_association_compliance_severity value);

/* AssociationExecutionFilterKey: members of this type are strings; parse them with
 * awsc_ssm_association_execution_filter_key_parse(). Values newer than this model parse as
 * AWSC_SSM_ASSOCIATION_EXECUTION_FILTER_KEY_UNKNOWN. */
enum awsc_ssm_association_execution_filter_key {
    AWSC_SSM_ASSOCIATION_EXECUTION_FILTER_KEY_UNKNOWN = 0,
    AWSC_SSM_ASSOCIATION_EXECUTION_FILTER_KEY_EXECUTION_ID = 1, /* ExecutionId */
    AWSC_SSM_ASSOCIATION_EXECUTION_FILTER_KEY_STATUS = 2, /* Status */
    AWSC_SSM_ASSOCIATION_EXECUTION_FILTER_KEY_CREATED_TIME = 3 /* CreatedTime */
};
AWSC_API enum awsc_ssm_association_execution_filter_key awsc_ssm_association_execution_filter_key_parse(const char *value);
AWSC_API const char *awsc_ssm_association_execution_filter_key_str(enum awsc_ssm_association_execution_filter_key value);

/* AssociationExecutionTargetsFilterKey: members of this type are strings; parse them with
 * awsc_ssm_association_execution_targets_filter_key_parse(). Values newer than this model parse as
 * AWSC_SSM_ASSOCIATION_EXECUTION_TARGETS_FILTER_KEY_UNKNOWN. */
enum awsc_ssm_association_execution_targets_filter_key {
    AWSC_SSM_ASSOCIATION_EXECUTION_TARGETS_FILTER_KEY_UNKNOWN = 0,
    AWSC_SSM_ASSOCIATION_EXECUTION_TARGETS_FILTER_KEY_STATUS = 1, /* Status */
    AWSC_SSM_ASSOCIATION_EXECUTION_TARGETS_FILTER_KEY_RESOURCE_ID = 2, /* ResourceId */
    AWSC_SSM_ASSOCIATION_EXECUTION_TARGETS_FILTER_KEY_RESOURCE_TYPE = 3 /* ResourceType */
};
AWSC_API enum awsc_ssm_association_execution_targets_filter_key awsc_ssm_association_execution_targets_filter_key_parse(const char *value);
AWSC_API const char *awsc_ssm_association_execution_targets_filter_key_str(enum awsc_ssm_association_execution_targets_filter_key value);

/* AssociationFilterKey: members of this type are strings; parse them with
 * awsc_ssm_association_filter_key_parse(). Values newer than this model parse as
 * AWSC_SSM_ASSOCIATION_FILTER_KEY_UNKNOWN. */
enum awsc_ssm_association_filter_key {
    AWSC_SSM_ASSOCIATION_FILTER_KEY_UNKNOWN = 0,
    AWSC_SSM_ASSOCIATION_FILTER_KEY_INSTANCE_ID = 1, /* InstanceId */
    AWSC_SSM_ASSOCIATION_FILTER_KEY_NAME = 2, /* Name */
    AWSC_SSM_ASSOCIATION_FILTER_KEY_ASSOCIATION_ID = 3, /* AssociationId */
    AWSC_SSM_ASSOCIATION_FILTER_KEY_ASSOCIATION_STATUS_NAME = 4, /* AssociationStatusName */
    AWSC_SSM_ASSOCIATION_FILTER_KEY_LAST_EXECUTED_BEFORE = 5, /* LastExecutedBefore */
    AWSC_SSM_ASSOCIATION_FILTER_KEY_LAST_EXECUTED_AFTER = 6, /* LastExecutedAfter */
    AWSC_SSM_ASSOCIATION_FILTER_KEY_ASSOCIATION_NAME = 7, /* AssociationName */
    AWSC_SSM_ASSOCIATION_FILTER_KEY_RESOURCE_GROUP_NAME = 8, /* ResourceGroupName */
    AWSC_SSM_ASSOCIATION_FILTER_KEY_CLOUD_CONNECTOR_ID = 9 /* CloudConnectorId */
};
AWSC_API enum awsc_ssm_association_filter_key awsc_ssm_association_filter_key_parse(const char *value);
AWSC_API const char *awsc_ssm_association_filter_key_str(enum awsc_ssm_association_filter_key value);

/* AssociationFilterOperatorType: members of this type are strings; parse them with
 * awsc_ssm_association_filter_operator_type_parse(). Values newer than this model parse as
 * AWSC_SSM_ASSOCIATION_FILTER_OPERATOR_TYPE_UNKNOWN. */
enum awsc_ssm_association_filter_operator_type {
    AWSC_SSM_ASSOCIATION_FILTER_OPERATOR_TYPE_UNKNOWN = 0,
    AWSC_SSM_ASSOCIATION_FILTER_OPERATOR_TYPE_EQUAL = 1, /* EQUAL */
    AWSC_SSM_ASSOCIATION_FILTER_OPERATOR_TYPE_LESS_THAN = 2, /* LESS_THAN */
    AWSC_SSM_ASSOCIATION_FILTER_OPERATOR_TYPE_GREATER_THAN = 3 /* GREATER_THAN */
};
AWSC_API enum awsc_ssm_association_filter_operator_type awsc_ssm_association_filter_operator_type_parse(const char *value);
AWSC_API const char *awsc_ssm_association_filter_operator_type_str(enum awsc_ssm_association_filter_operator_type value);

/* AssociationStatusName: members of this type are strings; parse them with
 * awsc_ssm_association_status_name_parse(). Values newer than this model parse as
 * AWSC_SSM_ASSOCIATION_STATUS_NAME_UNKNOWN. */
enum awsc_ssm_association_status_name {
    AWSC_SSM_ASSOCIATION_STATUS_NAME_UNKNOWN = 0,
    AWSC_SSM_ASSOCIATION_STATUS_NAME_PENDING = 1, /* Pending */
    AWSC_SSM_ASSOCIATION_STATUS_NAME_SUCCESS = 2, /* Success */
    AWSC_SSM_ASSOCIATION_STATUS_NAME_FAILED = 3 /* Failed */
};
AWSC_API enum awsc_ssm_association_status_name awsc_ssm_association_status_name_parse(const char *value);
AWSC_API const char *awsc_ssm_association_status_name_str(enum awsc_ssm_association_status_name value);

/* AssociationSyncCompliance: members of this type are strings; parse them with
 * awsc_ssm_association_sync_compliance_parse(). Values newer than this model parse as
 * AWSC_SSM_ASSOCIATION_SYNC_COMPLIANCE_UNKNOWN. */
enum awsc_ssm_association_sync_compliance {
    AWSC_SSM_ASSOCIATION_SYNC_COMPLIANCE_UNKNOWN = 0,
    AWSC_SSM_ASSOCIATION_SYNC_COMPLIANCE_AUTO = 1, /* AUTO */
    AWSC_SSM_ASSOCIATION_SYNC_COMPLIANCE_MANUAL = 2 /* MANUAL */
};
AWSC_API enum awsc_ssm_association_sync_compliance awsc_ssm_association_sync_compliance_parse(const char *value);
AWSC_API const char *awsc_ssm_association_sync_compliance_str(enum awsc_ssm_association_sync_compliance value);

/* AttachmentHashType: members of this type are strings; parse them with
 * awsc_ssm_attachment_hash_type_parse(). Values newer than this model parse as
 * AWSC_SSM_ATTACHMENT_HASH_TYPE_UNKNOWN. */
enum awsc_ssm_attachment_hash_type {
    AWSC_SSM_ATTACHMENT_HASH_TYPE_UNKNOWN = 0,
    AWSC_SSM_ATTACHMENT_HASH_TYPE_SHA256 = 1 /* Sha256 */
};
AWSC_API enum awsc_ssm_attachment_hash_type awsc_ssm_attachment_hash_type_parse(const char *value);
AWSC_API const char *awsc_ssm_attachment_hash_type_str(enum awsc_ssm_attachment_hash_type value);

/* AttachmentsSourceKey: members of this type are strings; parse them with
 * awsc_ssm_attachments_source_key_parse(). Values newer than this model parse as
 * AWSC_SSM_ATTACHMENTS_SOURCE_KEY_UNKNOWN. */
enum awsc_ssm_attachments_source_key {
    AWSC_SSM_ATTACHMENTS_SOURCE_KEY_UNKNOWN = 0,
    AWSC_SSM_ATTACHMENTS_SOURCE_KEY_SOURCE_URL = 1, /* SourceUrl */
    AWSC_SSM_ATTACHMENTS_SOURCE_KEY_S3_FILE_URL = 2, /* S3FileUrl */
    AWSC_SSM_ATTACHMENTS_SOURCE_KEY_ATTACHMENT_REFERENCE = 3 /* AttachmentReference */
};
AWSC_API enum awsc_ssm_attachments_source_key awsc_ssm_attachments_source_key_parse(const char *value);
AWSC_API const char *awsc_ssm_attachments_source_key_str(enum awsc_ssm_attachments_source_key value);

/* AutomationExecutionFilterKey: members of this type are strings; parse them with
 * awsc_ssm_automation_execution_filter_key_parse(). Values newer than this model parse as
 * AWSC_SSM_AUTOMATION_EXECUTION_FILTER_KEY_UNKNOWN. */
enum awsc_ssm_automation_execution_filter_key {
    AWSC_SSM_AUTOMATION_EXECUTION_FILTER_KEY_UNKNOWN = 0,
    AWSC_SSM_AUTOMATION_EXECUTION_FILTER_KEY_DOCUMENT_NAME_PREFIX = 1, /* DocumentNamePrefix */
    AWSC_SSM_AUTOMATION_EXECUTION_FILTER_KEY_EXECUTION_STATUS = 2, /* ExecutionStatus */
    AWSC_SSM_AUTOMATION_EXECUTION_FILTER_KEY_EXECUTION_ID = 3, /* ExecutionId */
    AWSC_SSM_AUTOMATION_EXECUTION_FILTER_KEY_PARENT_EXECUTION_ID = 4, /* ParentExecutionId */
    AWSC_SSM_AUTOMATION_EXECUTION_FILTER_KEY_CURRENT_ACTION = 5, /* CurrentAction */
    AWSC_SSM_AUTOMATION_EXECUTION_FILTER_KEY_START_TIME_BEFORE = 6, /* StartTimeBefore */
    AWSC_SSM_AUTOMATION_EXECUTION_FILTER_KEY_START_TIME_AFTER = 7, /* StartTimeAfter */
    AWSC_SSM_AUTOMATION_EXECUTION_FILTER_KEY_AUTOMATION_TYPE = 8, /* AutomationType */
    AWSC_SSM_AUTOMATION_EXECUTION_FILTER_KEY_TAG_KEY = 9, /* TagKey */
    AWSC_SSM_AUTOMATION_EXECUTION_FILTER_KEY_TARGET_RESOURCE_GROUP = 10, /* TargetResourceGroup */
    AWSC_SSM_AUTOMATION_EXECUTION_FILTER_KEY_AUTOMATION_SUBTYPE = 11, /* AutomationSubtype */
    AWSC_SSM_AUTOMATION_EXECUTION_FILTER_KEY_OPS_ITEM_ID = 12 /* OpsItemId */
};
AWSC_API enum awsc_ssm_automation_execution_filter_key awsc_ssm_automation_execution_filter_key_parse(const char *value);
AWSC_API const char *awsc_ssm_automation_execution_filter_key_str(enum awsc_ssm_automation_execution_filter_key value);

/* AutomationExecutionStatus: members of this type are strings; parse them with
 * awsc_ssm_automation_execution_status_parse(). Values newer than this model parse as
 * AWSC_SSM_AUTOMATION_EXECUTION_STATUS_UNKNOWN. */
enum awsc_ssm_automation_execution_status {
    AWSC_SSM_AUTOMATION_EXECUTION_STATUS_UNKNOWN = 0,
    AWSC_SSM_AUTOMATION_EXECUTION_STATUS_PENDING = 1, /* Pending */
    AWSC_SSM_AUTOMATION_EXECUTION_STATUS_IN_PROGRESS = 2, /* InProgress */
    AWSC_SSM_AUTOMATION_EXECUTION_STATUS_WAITING = 3, /* Waiting */
    AWSC_SSM_AUTOMATION_EXECUTION_STATUS_SUCCESS = 4, /* Success */
    AWSC_SSM_AUTOMATION_EXECUTION_STATUS_TIMED_OUT = 5, /* TimedOut */
    AWSC_SSM_AUTOMATION_EXECUTION_STATUS_CANCELLING = 6, /* Cancelling */
    AWSC_SSM_AUTOMATION_EXECUTION_STATUS_CANCELLED = 7, /* Cancelled */
    AWSC_SSM_AUTOMATION_EXECUTION_STATUS_FAILED = 8, /* Failed */
    AWSC_SSM_AUTOMATION_EXECUTION_STATUS_PENDING_APPROVAL = 9, /* PendingApproval */
    AWSC_SSM_AUTOMATION_EXECUTION_STATUS_APPROVED = 10, /* Approved */
    AWSC_SSM_AUTOMATION_EXECUTION_STATUS_REJECTED = 11, /* Rejected */
    AWSC_SSM_AUTOMATION_EXECUTION_STATUS_SCHEDULED = 12, /* Scheduled */
    AWSC_SSM_AUTOMATION_EXECUTION_STATUS_RUNBOOK_IN_PROGRESS = 13, /* RunbookInProgress */
    AWSC_SSM_AUTOMATION_EXECUTION_STATUS_PENDING_CHANGE_CALENDAR_OVERRIDE = 14, /* PendingChangeCalendarOverride */
    AWSC_SSM_AUTOMATION_EXECUTION_STATUS_CHANGE_CALENDAR_OVERRIDE_APPROVED = 15, /* ChangeCalendarOverrideApproved */
    AWSC_SSM_AUTOMATION_EXECUTION_STATUS_CHANGE_CALENDAR_OVERRIDE_REJECTED = 16, /* ChangeCalendarOverrideRejected */
    AWSC_SSM_AUTOMATION_EXECUTION_STATUS_COMPLETED_WITH_SUCCESS = 17, /* CompletedWithSuccess */
    AWSC_SSM_AUTOMATION_EXECUTION_STATUS_COMPLETED_WITH_FAILURE = 18, /* CompletedWithFailure */
    AWSC_SSM_AUTOMATION_EXECUTION_STATUS_EXITED = 19 /* Exited */
};
AWSC_API enum awsc_ssm_automation_execution_status awsc_ssm_automation_execution_status_parse(const char *value);
AWSC_API const char *awsc_ssm_automation_execution_status_str(enum awsc_ssm_automation_execution_status value);

/* AutomationSubtype: members of this type are strings; parse them with
 * awsc_ssm_automation_subtype_parse(). Values newer than this model parse as
 * AWSC_SSM_AUTOMATION_SUBTYPE_UNKNOWN. */
enum awsc_ssm_automation_subtype {
    AWSC_SSM_AUTOMATION_SUBTYPE_UNKNOWN = 0,
    AWSC_SSM_AUTOMATION_SUBTYPE_CHANGE_REQUEST = 1, /* ChangeRequest */
    AWSC_SSM_AUTOMATION_SUBTYPE_ACCESS_REQUEST = 2 /* AccessRequest */
};
AWSC_API enum awsc_ssm_automation_subtype awsc_ssm_automation_subtype_parse(const char *value);
AWSC_API const char *awsc_ssm_automation_subtype_str(enum awsc_ssm_automation_subtype value);

/* AutomationType: members of this type are strings; parse them with
 * awsc_ssm_automation_type_parse(). Values newer than this model parse as
 * AWSC_SSM_AUTOMATION_TYPE_UNKNOWN. */
enum awsc_ssm_automation_type {
    AWSC_SSM_AUTOMATION_TYPE_UNKNOWN = 0,
    AWSC_SSM_AUTOMATION_TYPE_CROSS_ACCOUNT = 1, /* CrossAccount */
    AWSC_SSM_AUTOMATION_TYPE_LOCAL = 2 /* Local */
};
AWSC_API enum awsc_ssm_automation_type awsc_ssm_automation_type_parse(const char *value);
AWSC_API const char *awsc_ssm_automation_type_str(enum awsc_ssm_automation_type value);

/* CalendarState: members of this type are strings; parse them with
 * awsc_ssm_calendar_state_parse(). Values newer than this model parse as
 * AWSC_SSM_CALENDAR_STATE_UNKNOWN. */
enum awsc_ssm_calendar_state {
    AWSC_SSM_CALENDAR_STATE_UNKNOWN = 0,
    AWSC_SSM_CALENDAR_STATE_OPEN = 1, /* OPEN */
    AWSC_SSM_CALENDAR_STATE_CLOSED = 2 /* CLOSED */
};
AWSC_API enum awsc_ssm_calendar_state awsc_ssm_calendar_state_parse(const char *value);
AWSC_API const char *awsc_ssm_calendar_state_str(enum awsc_ssm_calendar_state value);

/* CloudConnectorFilterKey: members of this type are strings; parse them with
 * awsc_ssm_cloud_connector_filter_key_parse(). Values newer than this model parse as
 * AWSC_SSM_CLOUD_CONNECTOR_FILTER_KEY_UNKNOWN. */
enum awsc_ssm_cloud_connector_filter_key {
    AWSC_SSM_CLOUD_CONNECTOR_FILTER_KEY_UNKNOWN = 0,
    AWSC_SSM_CLOUD_CONNECTOR_FILTER_KEY_SUBSCRIPTION_ID = 1, /* SubscriptionId */
    AWSC_SSM_CLOUD_CONNECTOR_FILTER_KEY_TENANT_ID = 2 /* TenantId */
};
AWSC_API enum awsc_ssm_cloud_connector_filter_key awsc_ssm_cloud_connector_filter_key_parse(const char *value);
AWSC_API const char *awsc_ssm_cloud_connector_filter_key_str(enum awsc_ssm_cloud_connector_filter_key value);

/* CommandFilterKey: members of this type are strings; parse them with
 * awsc_ssm_command_filter_key_parse(). Values newer than this model parse as
 * AWSC_SSM_COMMAND_FILTER_KEY_UNKNOWN. */
enum awsc_ssm_command_filter_key {
    AWSC_SSM_COMMAND_FILTER_KEY_UNKNOWN = 0,
    AWSC_SSM_COMMAND_FILTER_KEY_INVOKED_AFTER = 1, /* InvokedAfter */
    AWSC_SSM_COMMAND_FILTER_KEY_INVOKED_BEFORE = 2, /* InvokedBefore */
    AWSC_SSM_COMMAND_FILTER_KEY_STATUS = 3, /* Status */
    AWSC_SSM_COMMAND_FILTER_KEY_EXECUTION_STAGE = 4, /* ExecutionStage */
    AWSC_SSM_COMMAND_FILTER_KEY_DOCUMENT_NAME = 5 /* DocumentName */
};
AWSC_API enum awsc_ssm_command_filter_key awsc_ssm_command_filter_key_parse(const char *value);
AWSC_API const char *awsc_ssm_command_filter_key_str(enum awsc_ssm_command_filter_key value);

/* CommandInvocationStatus: members of this type are strings; parse them with
 * awsc_ssm_command_invocation_status_parse(). Values newer than this model parse as
 * AWSC_SSM_COMMAND_INVOCATION_STATUS_UNKNOWN. */
enum awsc_ssm_command_invocation_status {
    AWSC_SSM_COMMAND_INVOCATION_STATUS_UNKNOWN = 0,
    AWSC_SSM_COMMAND_INVOCATION_STATUS_PENDING = 1, /* Pending */
    AWSC_SSM_COMMAND_INVOCATION_STATUS_IN_PROGRESS = 2, /* InProgress */
    AWSC_SSM_COMMAND_INVOCATION_STATUS_DELAYED = 3, /* Delayed */
    AWSC_SSM_COMMAND_INVOCATION_STATUS_SUCCESS = 4, /* Success */
    AWSC_SSM_COMMAND_INVOCATION_STATUS_CANCELLED = 5, /* Cancelled */
    AWSC_SSM_COMMAND_INVOCATION_STATUS_TIMED_OUT = 6, /* TimedOut */
    AWSC_SSM_COMMAND_INVOCATION_STATUS_FAILED = 7, /* Failed */
    AWSC_SSM_COMMAND_INVOCATION_STATUS_CANCELLING = 8 /* Cancelling */
};
AWSC_API enum awsc_ssm_command_invocation_status awsc_ssm_command_invocation_status_parse(const char *value);
AWSC_API const char *awsc_ssm_command_invocation_status_str(enum awsc_ssm_command_invocation_status value);

/* CommandPluginStatus: members of this type are strings; parse them with
 * awsc_ssm_command_plugin_status_parse(). Values newer than this model parse as
 * AWSC_SSM_COMMAND_PLUGIN_STATUS_UNKNOWN. */
enum awsc_ssm_command_plugin_status {
    AWSC_SSM_COMMAND_PLUGIN_STATUS_UNKNOWN = 0,
    AWSC_SSM_COMMAND_PLUGIN_STATUS_PENDING = 1, /* Pending */
    AWSC_SSM_COMMAND_PLUGIN_STATUS_IN_PROGRESS = 2, /* InProgress */
    AWSC_SSM_COMMAND_PLUGIN_STATUS_SUCCESS = 3, /* Success */
    AWSC_SSM_COMMAND_PLUGIN_STATUS_TIMED_OUT = 4, /* TimedOut */
    AWSC_SSM_COMMAND_PLUGIN_STATUS_CANCELLED = 5, /* Cancelled */
    AWSC_SSM_COMMAND_PLUGIN_STATUS_FAILED = 6 /* Failed */
};
AWSC_API enum awsc_ssm_command_plugin_status awsc_ssm_command_plugin_status_parse(const char *value);
AWSC_API const char *awsc_ssm_command_plugin_status_str(enum awsc_ssm_command_plugin_status value);

/* CommandStatus: members of this type are strings; parse them with
 * awsc_ssm_command_status_parse(). Values newer than this model parse as
 * AWSC_SSM_COMMAND_STATUS_UNKNOWN. */
enum awsc_ssm_command_status {
    AWSC_SSM_COMMAND_STATUS_UNKNOWN = 0,
    AWSC_SSM_COMMAND_STATUS_PENDING = 1, /* Pending */
    AWSC_SSM_COMMAND_STATUS_IN_PROGRESS = 2, /* InProgress */
    AWSC_SSM_COMMAND_STATUS_SUCCESS = 3, /* Success */
    AWSC_SSM_COMMAND_STATUS_CANCELLED = 4, /* Cancelled */
    AWSC_SSM_COMMAND_STATUS_FAILED = 5, /* Failed */
    AWSC_SSM_COMMAND_STATUS_TIMED_OUT = 6, /* TimedOut */
    AWSC_SSM_COMMAND_STATUS_CANCELLING = 7 /* Cancelling */
};
AWSC_API enum awsc_ssm_command_status awsc_ssm_command_status_parse(const char *value);
AWSC_API const char *awsc_ssm_command_status_str(enum awsc_ssm_command_status value);

/* ComplianceQueryOperatorType: members of this type are strings; parse them with
 * awsc_ssm_compliance_query_operator_type_parse(). Values newer than this model parse as
 * AWSC_SSM_COMPLIANCE_QUERY_OPERATOR_TYPE_UNKNOWN. */
enum awsc_ssm_compliance_query_operator_type {
    AWSC_SSM_COMPLIANCE_QUERY_OPERATOR_TYPE_UNKNOWN = 0,
    AWSC_SSM_COMPLIANCE_QUERY_OPERATOR_TYPE_EQUAL = 1, /* EQUAL */
    AWSC_SSM_COMPLIANCE_QUERY_OPERATOR_TYPE_NOT_EQUAL = 2, /* NOT_EQUAL */
    AWSC_SSM_COMPLIANCE_QUERY_OPERATOR_TYPE_BEGIN_WITH = 3, /* BEGIN_WITH */
    AWSC_SSM_COMPLIANCE_QUERY_OPERATOR_TYPE_LESS_THAN = 4, /* LESS_THAN */
    AWSC_SSM_COMPLIANCE_QUERY_OPERATOR_TYPE_GREATER_THAN = 5 /* GREATER_THAN */
};
AWSC_API enum awsc_ssm_compliance_query_operator_type awsc_ssm_compliance_query_operator_type_parse(const char *value);
AWSC_API const char *awsc_ssm_compliance_query_operator_type_str(enum awsc_ssm_compliance_query_operator_type value);

/* ComplianceSeverity: members of this type are strings; parse them with
 * awsc_ssm_compliance_severity_parse(). Values newer than this model parse as
 * AWSC_SSM_COMPLIANCE_SEVERITY_UNKNOWN. */
enum awsc_ssm_compliance_severity {
    AWSC_SSM_COMPLIANCE_SEVERITY_UNKNOWN = 0,
    AWSC_SSM_COMPLIANCE_SEVERITY_CRITICAL = 1, /* CRITICAL */
    AWSC_SSM_COMPLIANCE_SEVERITY_HIGH = 2, /* HIGH */
    AWSC_SSM_COMPLIANCE_SEVERITY_MEDIUM = 3, /* MEDIUM */
    AWSC_SSM_COMPLIANCE_SEVERITY_LOW = 4, /* LOW */
    AWSC_SSM_COMPLIANCE_SEVERITY_INFORMATIONAL = 5, /* INFORMATIONAL */
    AWSC_SSM_COMPLIANCE_SEVERITY_UNSPECIFIED = 6 /* UNSPECIFIED */
};
AWSC_API enum awsc_ssm_compliance_severity awsc_ssm_compliance_severity_parse(const char *value);
AWSC_API const char *awsc_ssm_compliance_severity_str(enum awsc_ssm_compliance_severity value);

/* ComplianceStatus: members of this type are strings; parse them with
 * awsc_ssm_compliance_status_parse(). Values newer than this model parse as
 * AWSC_SSM_COMPLIANCE_STATUS_UNKNOWN. */
enum awsc_ssm_compliance_status {
    AWSC_SSM_COMPLIANCE_STATUS_UNKNOWN = 0,
    AWSC_SSM_COMPLIANCE_STATUS_COMPLIANT = 1, /* COMPLIANT */
    AWSC_SSM_COMPLIANCE_STATUS_NON_COMPLIANT = 2 /* NON_COMPLIANT */
};
AWSC_API enum awsc_ssm_compliance_status awsc_ssm_compliance_status_parse(const char *value);
AWSC_API const char *awsc_ssm_compliance_status_str(enum awsc_ssm_compliance_status value);

/* ComplianceUploadType: members of this type are strings; parse them with
 * awsc_ssm_compliance_upload_type_parse(). Values newer than this model parse as
 * AWSC_SSM_COMPLIANCE_UPLOAD_TYPE_UNKNOWN. */
enum awsc_ssm_compliance_upload_type {
    AWSC_SSM_COMPLIANCE_UPLOAD_TYPE_UNKNOWN = 0,
    AWSC_SSM_COMPLIANCE_UPLOAD_TYPE_COMPLETE = 1, /* COMPLETE */
    AWSC_SSM_COMPLIANCE_UPLOAD_TYPE_PARTIAL = 2 /* PARTIAL */
};
AWSC_API enum awsc_ssm_compliance_upload_type awsc_ssm_compliance_upload_type_parse(const char *value);
AWSC_API const char *awsc_ssm_compliance_upload_type_str(enum awsc_ssm_compliance_upload_type value);

/* ConnectionStatus: members of this type are strings; parse them with
 * awsc_ssm_connection_status_parse(). Values newer than this model parse as
 * AWSC_SSM_CONNECTION_STATUS_UNKNOWN. */
enum awsc_ssm_connection_status {
    AWSC_SSM_CONNECTION_STATUS_UNKNOWN = 0,
    AWSC_SSM_CONNECTION_STATUS_CONNECTED = 1, /* connected */
    AWSC_SSM_CONNECTION_STATUS_NOTCONNECTED = 2 /* notconnected */
};
AWSC_API enum awsc_ssm_connection_status awsc_ssm_connection_status_parse(const char *value);
AWSC_API const char *awsc_ssm_connection_status_str(enum awsc_ssm_connection_status value);

/* DescribeActivationsFilterKeys: members of this type are strings; parse them with
 * awsc_ssm_describe_activations_filter_keys_parse(). Values newer than this model parse as
 * AWSC_SSM_DESCRIBE_ACTIVATIONS_FILTER_KEYS_UNKNOWN. */
enum awsc_ssm_describe_activations_filter_keys {
    AWSC_SSM_DESCRIBE_ACTIVATIONS_FILTER_KEYS_UNKNOWN = 0,
    AWSC_SSM_DESCRIBE_ACTIVATIONS_FILTER_KEYS_ACTIVATION_IDS = 1, /* ActivationIds */
    AWSC_SSM_DESCRIBE_ACTIVATIONS_FILTER_KEYS_DEFAULT_INSTANCE_NAME = 2, /* DefaultInstanceName */
    AWSC_SSM_DESCRIBE_ACTIVATIONS_FILTER_KEYS_IAM_ROLE = 3 /* IamRole */
};
AWSC_API enum awsc_ssm_describe_activations_filter_keys awsc_ssm_describe_activations_filter_keys_parse(const char *value);
AWSC_API const char *awsc_ssm_describe_activations_filter_keys_str(enum awsc_ssm_describe_activations_filter_keys value);

/* DocumentFilterKey: members of this type are strings; parse them with
 * awsc_ssm_document_filter_key_parse(). Values newer than this model parse as
 * AWSC_SSM_DOCUMENT_FILTER_KEY_UNKNOWN. */
enum awsc_ssm_document_filter_key {
    AWSC_SSM_DOCUMENT_FILTER_KEY_UNKNOWN = 0,
    AWSC_SSM_DOCUMENT_FILTER_KEY_NAME = 1, /* Name */
    AWSC_SSM_DOCUMENT_FILTER_KEY_OWNER = 2, /* Owner */
    AWSC_SSM_DOCUMENT_FILTER_KEY_PLATFORM_TYPES = 3, /* PlatformTypes */
    AWSC_SSM_DOCUMENT_FILTER_KEY_DOCUMENT_TYPE = 4 /* DocumentType */
};
AWSC_API enum awsc_ssm_document_filter_key awsc_ssm_document_filter_key_parse(const char *value);
AWSC_API const char *awsc_ssm_document_filter_key_str(enum awsc_ssm_document_filter_key value);

/* DocumentFormat: members of this type are strings; parse them with
 * awsc_ssm_document_format_parse(). Values newer than this model parse as
 * AWSC_SSM_DOCUMENT_FORMAT_UNKNOWN. */
enum awsc_ssm_document_format {
    AWSC_SSM_DOCUMENT_FORMAT_UNKNOWN = 0,
    AWSC_SSM_DOCUMENT_FORMAT_YAML = 1, /* YAML */
    AWSC_SSM_DOCUMENT_FORMAT_JSON = 2, /* JSON */
    AWSC_SSM_DOCUMENT_FORMAT_TEXT = 3 /* TEXT */
};
AWSC_API enum awsc_ssm_document_format awsc_ssm_document_format_parse(const char *value);
AWSC_API const char *awsc_ssm_document_format_str(enum awsc_ssm_document_format value);

/* DocumentHashType: members of this type are strings; parse them with
 * awsc_ssm_document_hash_type_parse(). Values newer than this model parse as
 * AWSC_SSM_DOCUMENT_HASH_TYPE_UNKNOWN. */
enum awsc_ssm_document_hash_type {
    AWSC_SSM_DOCUMENT_HASH_TYPE_UNKNOWN = 0,
    AWSC_SSM_DOCUMENT_HASH_TYPE_SHA256 = 1, /* Sha256 */
    AWSC_SSM_DOCUMENT_HASH_TYPE_SHA1 = 2 /* Sha1 */
};
AWSC_API enum awsc_ssm_document_hash_type awsc_ssm_document_hash_type_parse(const char *value);
AWSC_API const char *awsc_ssm_document_hash_type_str(enum awsc_ssm_document_hash_type value);

/* DocumentMetadataEnum: members of this type are strings; parse them with
 * awsc_ssm_document_metadata_enum_parse(). Values newer than this model parse as
 * AWSC_SSM_DOCUMENT_METADATA_ENUM_UNKNOWN. */
enum awsc_ssm_document_metadata_enum {
    AWSC_SSM_DOCUMENT_METADATA_ENUM_UNKNOWN = 0,
    AWSC_SSM_DOCUMENT_METADATA_ENUM_DOCUMENT_REVIEWS = 1 /* DocumentReviews */
};
AWSC_API enum awsc_ssm_document_metadata_enum awsc_ssm_document_metadata_enum_parse(const char *value);
AWSC_API const char *awsc_ssm_document_metadata_enum_str(enum awsc_ssm_document_metadata_enum value);

/* DocumentParameterType: members of this type are strings; parse them with
 * awsc_ssm_document_parameter_type_parse(). Values newer than this model parse as
 * AWSC_SSM_DOCUMENT_PARAMETER_TYPE_UNKNOWN. */
enum awsc_ssm_document_parameter_type {
    AWSC_SSM_DOCUMENT_PARAMETER_TYPE_UNKNOWN = 0,
    AWSC_SSM_DOCUMENT_PARAMETER_TYPE_STRING = 1, /* String */
    AWSC_SSM_DOCUMENT_PARAMETER_TYPE_STRING_LIST = 2 /* StringList */
};
AWSC_API enum awsc_ssm_document_parameter_type awsc_ssm_document_parameter_type_parse(const char *value);
AWSC_API const char *awsc_ssm_document_parameter_type_str(enum awsc_ssm_document_parameter_type value);

/* DocumentPermissionType: members of this type are strings; parse them with
 * awsc_ssm_document_permission_type_parse(). Values newer than this model parse as
 * AWSC_SSM_DOCUMENT_PERMISSION_TYPE_UNKNOWN. */
enum awsc_ssm_document_permission_type {
    AWSC_SSM_DOCUMENT_PERMISSION_TYPE_UNKNOWN = 0,
    AWSC_SSM_DOCUMENT_PERMISSION_TYPE_SHARE = 1 /* Share */
};
AWSC_API enum awsc_ssm_document_permission_type awsc_ssm_document_permission_type_parse(const char *value);
AWSC_API const char *awsc_ssm_document_permission_type_str(enum awsc_ssm_document_permission_type value);

/* DocumentReviewAction: members of this type are strings; parse them with
 * awsc_ssm_document_review_action_parse(). Values newer than this model parse as
 * AWSC_SSM_DOCUMENT_REVIEW_ACTION_UNKNOWN. */
enum awsc_ssm_document_review_action {
    AWSC_SSM_DOCUMENT_REVIEW_ACTION_UNKNOWN = 0,
    AWSC_SSM_DOCUMENT_REVIEW_ACTION_SEND_FOR_REVIEW = 1, /* SendForReview */
    AWSC_SSM_DOCUMENT_REVIEW_ACTION_UPDATE_REVIEW = 2, /* UpdateReview */
    AWSC_SSM_DOCUMENT_REVIEW_ACTION_APPROVE = 3, /* Approve */
    AWSC_SSM_DOCUMENT_REVIEW_ACTION_REJECT = 4 /* Reject */
};
AWSC_API enum awsc_ssm_document_review_action awsc_ssm_document_review_action_parse(const char *value);
AWSC_API const char *awsc_ssm_document_review_action_str(enum awsc_ssm_document_review_action value);

/* DocumentReviewCommentType: members of this type are strings; parse them with
 * awsc_ssm_document_review_comment_type_parse(). Values newer than this model parse as
 * AWSC_SSM_DOCUMENT_REVIEW_COMMENT_TYPE_UNKNOWN. */
enum awsc_ssm_document_review_comment_type {
    AWSC_SSM_DOCUMENT_REVIEW_COMMENT_TYPE_UNKNOWN = 0,
    AWSC_SSM_DOCUMENT_REVIEW_COMMENT_TYPE_COMMENT = 1 /* Comment */
};
AWSC_API enum awsc_ssm_document_review_comment_type awsc_ssm_document_review_comment_type_parse(const char *value);
AWSC_API const char *awsc_ssm_document_review_comment_type_str(enum awsc_ssm_document_review_comment_type value);

/* DocumentStatus: members of this type are strings; parse them with
 * awsc_ssm_document_status_parse(). Values newer than this model parse as
 * AWSC_SSM_DOCUMENT_STATUS_UNKNOWN. */
enum awsc_ssm_document_status {
    AWSC_SSM_DOCUMENT_STATUS_UNKNOWN = 0,
    AWSC_SSM_DOCUMENT_STATUS_CREATING = 1, /* Creating */
    AWSC_SSM_DOCUMENT_STATUS_ACTIVE = 2, /* Active */
    AWSC_SSM_DOCUMENT_STATUS_UPDATING = 3, /* Updating */
    AWSC_SSM_DOCUMENT_STATUS_DELETING = 4, /* Deleting */
    AWSC_SSM_DOCUMENT_STATUS_FAILED = 5 /* Failed */
};
AWSC_API enum awsc_ssm_document_status awsc_ssm_document_status_parse(const char *value);
AWSC_API const char *awsc_ssm_document_status_str(enum awsc_ssm_document_status value);

/* DocumentType: members of this type are strings; parse them with
 * awsc_ssm_document_type_parse(). Values newer than this model parse as
 * AWSC_SSM_DOCUMENT_TYPE_UNKNOWN. */
enum awsc_ssm_document_type {
    AWSC_SSM_DOCUMENT_TYPE_UNKNOWN = 0,
    AWSC_SSM_DOCUMENT_TYPE_COMMAND = 1, /* Command */
    AWSC_SSM_DOCUMENT_TYPE_POLICY = 2, /* Policy */
    AWSC_SSM_DOCUMENT_TYPE_AUTOMATION = 3, /* Automation */
    AWSC_SSM_DOCUMENT_TYPE_SESSION = 4, /* Session */
    AWSC_SSM_DOCUMENT_TYPE_PACKAGE = 5, /* Package */
    AWSC_SSM_DOCUMENT_TYPE_APPLICATION_CONFIGURATION = 6, /* ApplicationConfiguration */
    AWSC_SSM_DOCUMENT_TYPE_APPLICATION_CONFIGURATION_SCHEMA = 7, /* ApplicationConfigurationSchema */
    AWSC_SSM_DOCUMENT_TYPE_DEPLOYMENT_STRATEGY = 8, /* DeploymentStrategy */
    AWSC_SSM_DOCUMENT_TYPE_CHANGE_CALENDAR = 9, /* ChangeCalendar */
    AWSC_SSM_DOCUMENT_TYPE_AUTOMATION_CHANGE_TEMPLATE = 10, /* Automation.ChangeTemplate */
    AWSC_SSM_DOCUMENT_TYPE_PROBLEM_ANALYSIS = 11, /* ProblemAnalysis */
    AWSC_SSM_DOCUMENT_TYPE_PROBLEM_ANALYSIS_TEMPLATE = 12, /* ProblemAnalysisTemplate */
    AWSC_SSM_DOCUMENT_TYPE_CLOUD_FORMATION = 13, /* CloudFormation */
    AWSC_SSM_DOCUMENT_TYPE_CONFORMANCE_PACK_TEMPLATE = 14, /* ConformancePackTemplate */
    AWSC_SSM_DOCUMENT_TYPE_QUICK_SETUP = 15, /* QuickSetup */
    AWSC_SSM_DOCUMENT_TYPE_MANUAL_APPROVAL_POLICY = 16, /* ManualApprovalPolicy */
    AWSC_SSM_DOCUMENT_TYPE_AUTO_APPROVAL_POLICY = 17 /* AutoApprovalPolicy */
};
AWSC_API enum awsc_ssm_document_type awsc_ssm_document_type_parse(const char *value);
AWSC_API const char *awsc_ssm_document_type_str(enum awsc_ssm_document_type value);

/* ExecutionMode: members of this type are strings; parse them with
 * awsc_ssm_execution_mode_parse(). Values newer than this model parse as
 * AWSC_SSM_EXECUTION_MODE_UNKNOWN. */
enum awsc_ssm_execution_mode {
    AWSC_SSM_EXECUTION_MODE_UNKNOWN = 0,
    AWSC_SSM_EXECUTION_MODE_AUTO = 1, /* Auto */
    AWSC_SSM_EXECUTION_MODE_INTERACTIVE = 2 /* Interactive */
};
AWSC_API enum awsc_ssm_execution_mode awsc_ssm_execution_mode_parse(const char *value);
AWSC_API const char *awsc_ssm_execution_mode_str(enum awsc_ssm_execution_mode value);

/* ExecutionPreviewStatus: members of this type are strings; parse them with
 * awsc_ssm_execution_preview_status_parse(). Values newer than this model parse as
 * AWSC_SSM_EXECUTION_PREVIEW_STATUS_UNKNOWN. */
enum awsc_ssm_execution_preview_status {
    AWSC_SSM_EXECUTION_PREVIEW_STATUS_UNKNOWN = 0,
    AWSC_SSM_EXECUTION_PREVIEW_STATUS_PENDING = 1, /* Pending */
    AWSC_SSM_EXECUTION_PREVIEW_STATUS_IN_PROGRESS = 2, /* InProgress */
    AWSC_SSM_EXECUTION_PREVIEW_STATUS_SUCCESS = 3, /* Success */
    AWSC_SSM_EXECUTION_PREVIEW_STATUS_FAILED = 4 /* Failed */
};
AWSC_API enum awsc_ssm_execution_preview_status awsc_ssm_execution_preview_status_parse(const char *value);
AWSC_API const char *awsc_ssm_execution_preview_status_str(enum awsc_ssm_execution_preview_status value);

/* ExternalAlarmState: members of this type are strings; parse them with
 * awsc_ssm_external_alarm_state_parse(). Values newer than this model parse as
 * AWSC_SSM_EXTERNAL_ALARM_STATE_UNKNOWN_TO_SDK. */
enum awsc_ssm_external_alarm_state {
    AWSC_SSM_EXTERNAL_ALARM_STATE_UNKNOWN_TO_SDK = 0,
    AWSC_SSM_EXTERNAL_ALARM_STATE_UNKNOWN = 1, /* UNKNOWN */
    AWSC_SSM_EXTERNAL_ALARM_STATE_ALARM = 2 /* ALARM */
};
AWSC_API enum awsc_ssm_external_alarm_state awsc_ssm_external_alarm_state_parse(const char *value);
AWSC_API const char *awsc_ssm_external_alarm_state_str(enum awsc_ssm_external_alarm_state value);

/* Fault: members of this type are strings; parse them with
 * awsc_ssm_fault_parse(). Values newer than this model parse as
 * AWSC_SSM_FAULT_UNKNOWN_TO_SDK. */
enum awsc_ssm_fault {
    AWSC_SSM_FAULT_UNKNOWN_TO_SDK = 0,
    AWSC_SSM_FAULT_CLIENT = 1, /* Client */
    AWSC_SSM_FAULT_SERVER = 2, /* Server */
    AWSC_SSM_FAULT_UNKNOWN = 3 /* Unknown */
};
AWSC_API enum awsc_ssm_fault awsc_ssm_fault_parse(const char *value);
AWSC_API const char *awsc_ssm_fault_str(enum awsc_ssm_fault value);

/* ImpactType: members of this type are strings; parse them with
 * awsc_ssm_impact_type_parse(). Values newer than this model parse as
 * AWSC_SSM_IMPACT_TYPE_UNKNOWN. */
enum awsc_ssm_impact_type {
    AWSC_SSM_IMPACT_TYPE_UNKNOWN = 0,
    AWSC_SSM_IMPACT_TYPE_MUTATING = 1, /* Mutating */
    AWSC_SSM_IMPACT_TYPE_NON_MUTATING = 2, /* NonMutating */
    AWSC_SSM_IMPACT_TYPE_UNDETERMINED = 3 /* Undetermined */
};
AWSC_API enum awsc_ssm_impact_type awsc_ssm_impact_type_parse(const char *value);
AWSC_API const char *awsc_ssm_impact_type_str(enum awsc_ssm_impact_type value);

/* InstanceInformationFilterKey: members of this type are strings; parse them with
 * awsc_ssm_instance_information_filter_key_parse(). Values newer than this model parse as
 * AWSC_SSM_INSTANCE_INFORMATION_FILTER_KEY_UNKNOWN. */
enum awsc_ssm_instance_information_filter_key {
    AWSC_SSM_INSTANCE_INFORMATION_FILTER_KEY_UNKNOWN = 0,
    AWSC_SSM_INSTANCE_INFORMATION_FILTER_KEY_INSTANCE_IDS = 1, /* InstanceIds */
    AWSC_SSM_INSTANCE_INFORMATION_FILTER_KEY_AGENT_VERSION = 2, /* AgentVersion */
    AWSC_SSM_INSTANCE_INFORMATION_FILTER_KEY_PING_STATUS = 3, /* PingStatus */
    AWSC_SSM_INSTANCE_INFORMATION_FILTER_KEY_PLATFORM_TYPES = 4, /* PlatformTypes */
    AWSC_SSM_INSTANCE_INFORMATION_FILTER_KEY_ACTIVATION_IDS = 5, /* ActivationIds */
    AWSC_SSM_INSTANCE_INFORMATION_FILTER_KEY_IAM_ROLE = 6, /* IamRole */
    AWSC_SSM_INSTANCE_INFORMATION_FILTER_KEY_RESOURCE_TYPE = 7, /* ResourceType */
    AWSC_SSM_INSTANCE_INFORMATION_FILTER_KEY_ASSOCIATION_STATUS = 8 /* AssociationStatus */
};
AWSC_API enum awsc_ssm_instance_information_filter_key awsc_ssm_instance_information_filter_key_parse(const char *value);
AWSC_API const char *awsc_ssm_instance_information_filter_key_str(enum awsc_ssm_instance_information_filter_key value);

/* InstancePatchStateOperatorType: members of this type are strings; parse them with
 * awsc_ssm_instance_patch_state_operator_type_parse(). Values newer than this model parse as
 * AWSC_SSM_INSTANCE_PATCH_STATE_OPERATOR_TYPE_UNKNOWN. */
enum awsc_ssm_instance_patch_state_operator_type {
    AWSC_SSM_INSTANCE_PATCH_STATE_OPERATOR_TYPE_UNKNOWN = 0,
    AWSC_SSM_INSTANCE_PATCH_STATE_OPERATOR_TYPE_EQUAL = 1, /* Equal */
    AWSC_SSM_INSTANCE_PATCH_STATE_OPERATOR_TYPE_NOT_EQUAL = 2, /* NotEqual */
    AWSC_SSM_INSTANCE_PATCH_STATE_OPERATOR_TYPE_LESS_THAN = 3, /* LessThan */
    AWSC_SSM_INSTANCE_PATCH_STATE_OPERATOR_TYPE_GREATER_THAN = 4 /* GreaterThan */
};
AWSC_API enum awsc_ssm_instance_patch_state_operator_type awsc_ssm_instance_patch_state_operator_type_parse(const char *value);
AWSC_API const char *awsc_ssm_instance_patch_state_operator_type_str(enum awsc_ssm_instance_patch_state_operator_type value);

/* InstancePropertyFilterKey: members of this type are strings; parse them with
 * awsc_ssm_instance_property_filter_key_parse(). Values newer than this model parse as
 * AWSC_SSM_INSTANCE_PROPERTY_FILTER_KEY_UNKNOWN. */
enum awsc_ssm_instance_property_filter_key {
    AWSC_SSM_INSTANCE_PROPERTY_FILTER_KEY_UNKNOWN = 0,
    AWSC_SSM_INSTANCE_PROPERTY_FILTER_KEY_INSTANCE_IDS = 1, /* InstanceIds */
    AWSC_SSM_INSTANCE_PROPERTY_FILTER_KEY_AGENT_VERSION = 2, /* AgentVersion */
    AWSC_SSM_INSTANCE_PROPERTY_FILTER_KEY_PING_STATUS = 3, /* PingStatus */
    AWSC_SSM_INSTANCE_PROPERTY_FILTER_KEY_PLATFORM_TYPES = 4, /* PlatformTypes */
    AWSC_SSM_INSTANCE_PROPERTY_FILTER_KEY_DOCUMENT_NAME = 5, /* DocumentName */
    AWSC_SSM_INSTANCE_PROPERTY_FILTER_KEY_ACTIVATION_IDS = 6, /* ActivationIds */
    AWSC_SSM_INSTANCE_PROPERTY_FILTER_KEY_IAM_ROLE = 7, /* IamRole */
    AWSC_SSM_INSTANCE_PROPERTY_FILTER_KEY_RESOURCE_TYPE = 8, /* ResourceType */
    AWSC_SSM_INSTANCE_PROPERTY_FILTER_KEY_ASSOCIATION_STATUS = 9 /* AssociationStatus */
};
AWSC_API enum awsc_ssm_instance_property_filter_key awsc_ssm_instance_property_filter_key_parse(const char *value);
AWSC_API const char *awsc_ssm_instance_property_filter_key_str(enum awsc_ssm_instance_property_filter_key value);

/* InstancePropertyFilterOperator: members of this type are strings; parse them with
 * awsc_ssm_instance_property_filter_operator_parse(). Values newer than this model parse as
 * AWSC_SSM_INSTANCE_PROPERTY_FILTER_OPERATOR_UNKNOWN. */
enum awsc_ssm_instance_property_filter_operator {
    AWSC_SSM_INSTANCE_PROPERTY_FILTER_OPERATOR_UNKNOWN = 0,
    AWSC_SSM_INSTANCE_PROPERTY_FILTER_OPERATOR_EQUAL = 1, /* Equal */
    AWSC_SSM_INSTANCE_PROPERTY_FILTER_OPERATOR_NOT_EQUAL = 2, /* NotEqual */
    AWSC_SSM_INSTANCE_PROPERTY_FILTER_OPERATOR_BEGIN_WITH = 3, /* BeginWith */
    AWSC_SSM_INSTANCE_PROPERTY_FILTER_OPERATOR_LESS_THAN = 4, /* LessThan */
    AWSC_SSM_INSTANCE_PROPERTY_FILTER_OPERATOR_GREATER_THAN = 5 /* GreaterThan */
};
AWSC_API enum awsc_ssm_instance_property_filter_operator awsc_ssm_instance_property_filter_operator_parse(const char *value);
AWSC_API const char *awsc_ssm_instance_property_filter_operator_str(enum awsc_ssm_instance_property_filter_operator value);

/* InventoryAttributeDataType: members of this type are strings; parse them with
 * awsc_ssm_inventory_attribute_data_type_parse(). Values newer than this model parse as
 * AWSC_SSM_INVENTORY_ATTRIBUTE_DATA_TYPE_UNKNOWN. */
enum awsc_ssm_inventory_attribute_data_type {
    AWSC_SSM_INVENTORY_ATTRIBUTE_DATA_TYPE_UNKNOWN = 0,
    AWSC_SSM_INVENTORY_ATTRIBUTE_DATA_TYPE_STRING = 1, /* string */
    AWSC_SSM_INVENTORY_ATTRIBUTE_DATA_TYPE_NUMBER = 2 /* number */
};
AWSC_API enum awsc_ssm_inventory_attribute_data_type awsc_ssm_inventory_attribute_data_type_parse(const char *value);
AWSC_API const char *awsc_ssm_inventory_attribute_data_type_str(enum awsc_ssm_inventory_attribute_data_type value);

/* InventoryDeletionStatus: members of this type are strings; parse them with
 * awsc_ssm_inventory_deletion_status_parse(). Values newer than this model parse as
 * AWSC_SSM_INVENTORY_DELETION_STATUS_UNKNOWN. */
enum awsc_ssm_inventory_deletion_status {
    AWSC_SSM_INVENTORY_DELETION_STATUS_UNKNOWN = 0,
    AWSC_SSM_INVENTORY_DELETION_STATUS_IN_PROGRESS = 1, /* InProgress */
    AWSC_SSM_INVENTORY_DELETION_STATUS_COMPLETE = 2 /* Complete */
};
AWSC_API enum awsc_ssm_inventory_deletion_status awsc_ssm_inventory_deletion_status_parse(const char *value);
AWSC_API const char *awsc_ssm_inventory_deletion_status_str(enum awsc_ssm_inventory_deletion_status value);

/* InventoryQueryOperatorType: members of this type are strings; parse them with
 * awsc_ssm_inventory_query_operator_type_parse(). Values newer than this model parse as
 * AWSC_SSM_INVENTORY_QUERY_OPERATOR_TYPE_UNKNOWN. */
enum awsc_ssm_inventory_query_operator_type {
    AWSC_SSM_INVENTORY_QUERY_OPERATOR_TYPE_UNKNOWN = 0,
    AWSC_SSM_INVENTORY_QUERY_OPERATOR_TYPE_EQUAL = 1, /* Equal */
    AWSC_SSM_INVENTORY_QUERY_OPERATOR_TYPE_NOT_EQUAL = 2, /* NotEqual */
    AWSC_SSM_INVENTORY_QUERY_OPERATOR_TYPE_BEGIN_WITH = 3, /* BeginWith */
    AWSC_SSM_INVENTORY_QUERY_OPERATOR_TYPE_LESS_THAN = 4, /* LessThan */
    AWSC_SSM_INVENTORY_QUERY_OPERATOR_TYPE_GREATER_THAN = 5, /* GreaterThan */
    AWSC_SSM_INVENTORY_QUERY_OPERATOR_TYPE_EXISTS = 6 /* Exists */
};
AWSC_API enum awsc_ssm_inventory_query_operator_type awsc_ssm_inventory_query_operator_type_parse(const char *value);
AWSC_API const char *awsc_ssm_inventory_query_operator_type_str(enum awsc_ssm_inventory_query_operator_type value);

/* InventorySchemaDeleteOption: members of this type are strings; parse them with
 * awsc_ssm_inventory_schema_delete_option_parse(). Values newer than this model parse as
 * AWSC_SSM_INVENTORY_SCHEMA_DELETE_OPTION_UNKNOWN. */
enum awsc_ssm_inventory_schema_delete_option {
    AWSC_SSM_INVENTORY_SCHEMA_DELETE_OPTION_UNKNOWN = 0,
    AWSC_SSM_INVENTORY_SCHEMA_DELETE_OPTION_DISABLE_SCHEMA = 1, /* DisableSchema */
    AWSC_SSM_INVENTORY_SCHEMA_DELETE_OPTION_DELETE_SCHEMA = 2 /* DeleteSchema */
};
AWSC_API enum awsc_ssm_inventory_schema_delete_option awsc_ssm_inventory_schema_delete_option_parse(const char *value);
AWSC_API const char *awsc_ssm_inventory_schema_delete_option_str(enum awsc_ssm_inventory_schema_delete_option value);

/* LastResourceDataSyncStatus: members of this type are strings; parse them with
 * awsc_ssm_last_resource_data_sync_status_parse(). Values newer than this model parse as
 * AWSC_SSM_LAST_RESOURCE_DATA_SYNC_STATUS_UNKNOWN. */
enum awsc_ssm_last_resource_data_sync_status {
    AWSC_SSM_LAST_RESOURCE_DATA_SYNC_STATUS_UNKNOWN = 0,
    AWSC_SSM_LAST_RESOURCE_DATA_SYNC_STATUS_SUCCESSFUL = 1, /* Successful */
    AWSC_SSM_LAST_RESOURCE_DATA_SYNC_STATUS_FAILED = 2, /* Failed */
    AWSC_SSM_LAST_RESOURCE_DATA_SYNC_STATUS_IN_PROGRESS = 3 /* InProgress */
};
AWSC_API enum awsc_ssm_last_resource_data_sync_status awsc_ssm_last_resource_data_sync_status_parse(const char *value);
AWSC_API const char *awsc_ssm_last_resource_data_sync_status_str(enum awsc_ssm_last_resource_data_sync_status value);

/* MaintenanceWindowExecutionStatus: members of this type are strings; parse them with
 * awsc_ssm_maintenance_window_execution_status_parse(). Values newer than this model parse as
 * AWSC_SSM_MAINTENANCE_WINDOW_EXECUTION_STATUS_UNKNOWN. */
enum awsc_ssm_maintenance_window_execution_status {
    AWSC_SSM_MAINTENANCE_WINDOW_EXECUTION_STATUS_UNKNOWN = 0,
    AWSC_SSM_MAINTENANCE_WINDOW_EXECUTION_STATUS_PENDING = 1, /* PENDING */
    AWSC_SSM_MAINTENANCE_WINDOW_EXECUTION_STATUS_IN_PROGRESS = 2, /* IN_PROGRESS */
    AWSC_SSM_MAINTENANCE_WINDOW_EXECUTION_STATUS_SUCCESS = 3, /* SUCCESS */
    AWSC_SSM_MAINTENANCE_WINDOW_EXECUTION_STATUS_FAILED = 4, /* FAILED */
    AWSC_SSM_MAINTENANCE_WINDOW_EXECUTION_STATUS_TIMED_OUT = 5, /* TIMED_OUT */
    AWSC_SSM_MAINTENANCE_WINDOW_EXECUTION_STATUS_CANCELLING = 6, /* CANCELLING */
    AWSC_SSM_MAINTENANCE_WINDOW_EXECUTION_STATUS_CANCELLED = 7, /* CANCELLED */
    AWSC_SSM_MAINTENANCE_WINDOW_EXECUTION_STATUS_SKIPPED_OVERLAPPING = 8 /* SKIPPED_OVERLAPPING */
};
AWSC_API enum awsc_ssm_maintenance_window_execution_status awsc_ssm_maintenance_window_execution_status_parse(const char *value);
AWSC_API const char *awsc_ssm_maintenance_window_execution_status_str(enum awsc_ssm_maintenance_window_execution_status value);

/* MaintenanceWindowResourceType: members of this type are strings; parse them with
 * awsc_ssm_maintenance_window_resource_type_parse(). Values newer than this model parse as
 * AWSC_SSM_MAINTENANCE_WINDOW_RESOURCE_TYPE_UNKNOWN. */
enum awsc_ssm_maintenance_window_resource_type {
    AWSC_SSM_MAINTENANCE_WINDOW_RESOURCE_TYPE_UNKNOWN = 0,
    AWSC_SSM_MAINTENANCE_WINDOW_RESOURCE_TYPE_INSTANCE = 1, /* INSTANCE */
    AWSC_SSM_MAINTENANCE_WINDOW_RESOURCE_TYPE_RESOURCE_GROUP = 2 /* RESOURCE_GROUP */
};
AWSC_API enum awsc_ssm_maintenance_window_resource_type awsc_ssm_maintenance_window_resource_type_parse(const char *value);
AWSC_API const char *awsc_ssm_maintenance_window_resource_type_str(enum awsc_ssm_maintenance_window_resource_type value);

/* MaintenanceWindowTaskCutoffBehavior: members of this type are strings; parse them with
 * awsc_ssm_maintenance_window_task_cutoff_behavior_parse(). Values newer than this model parse as
 * AWSC_SSM_MAINTENANCE_WINDOW_TASK_CUTOFF_BEHAVIOR_UNKNOWN. */
enum awsc_ssm_maintenance_window_task_cutoff_behavior {
    AWSC_SSM_MAINTENANCE_WINDOW_TASK_CUTOFF_BEHAVIOR_UNKNOWN = 0,
    AWSC_SSM_MAINTENANCE_WINDOW_TASK_CUTOFF_BEHAVIOR_CONTINUE_TASK = 1, /* CONTINUE_TASK */
    AWSC_SSM_MAINTENANCE_WINDOW_TASK_CUTOFF_BEHAVIOR_CANCEL_TASK = 2 /* CANCEL_TASK */
};
AWSC_API enum awsc_ssm_maintenance_window_task_cutoff_behavior awsc_ssm_maintenance_window_task_cutoff_behavior_parse(const char *value);
AWSC_API const char *awsc_ssm_maintenance_window_task_cutoff_behavior_str(enum awsc_ssm_maintenance_window_task_cutoff_behavior value);

/* MaintenanceWindowTaskType: members of this type are strings; parse them with
 * awsc_ssm_maintenance_window_task_type_parse(). Values newer than this model parse as
 * AWSC_SSM_MAINTENANCE_WINDOW_TASK_TYPE_UNKNOWN. */
enum awsc_ssm_maintenance_window_task_type {
    AWSC_SSM_MAINTENANCE_WINDOW_TASK_TYPE_UNKNOWN = 0,
    AWSC_SSM_MAINTENANCE_WINDOW_TASK_TYPE_RUN_COMMAND = 1, /* RUN_COMMAND */
    AWSC_SSM_MAINTENANCE_WINDOW_TASK_TYPE_AUTOMATION = 2, /* AUTOMATION */
    AWSC_SSM_MAINTENANCE_WINDOW_TASK_TYPE_STEP_FUNCTIONS = 3, /* STEP_FUNCTIONS */
    AWSC_SSM_MAINTENANCE_WINDOW_TASK_TYPE_LAMBDA = 4 /* LAMBDA */
};
AWSC_API enum awsc_ssm_maintenance_window_task_type awsc_ssm_maintenance_window_task_type_parse(const char *value);
AWSC_API const char *awsc_ssm_maintenance_window_task_type_str(enum awsc_ssm_maintenance_window_task_type value);

/* ManagedStatus: members of this type are strings; parse them with
 * awsc_ssm_managed_status_parse(). Values newer than this model parse as
 * AWSC_SSM_MANAGED_STATUS_UNKNOWN. */
enum awsc_ssm_managed_status {
    AWSC_SSM_MANAGED_STATUS_UNKNOWN = 0,
    AWSC_SSM_MANAGED_STATUS_ALL = 1, /* All */
    AWSC_SSM_MANAGED_STATUS_MANAGED = 2, /* Managed */
    AWSC_SSM_MANAGED_STATUS_UNMANAGED = 3 /* Unmanaged */
};
AWSC_API enum awsc_ssm_managed_status awsc_ssm_managed_status_parse(const char *value);
AWSC_API const char *awsc_ssm_managed_status_str(enum awsc_ssm_managed_status value);

/* NodeAggregatorType: members of this type are strings; parse them with
 * awsc_ssm_node_aggregator_type_parse(). Values newer than this model parse as
 * AWSC_SSM_NODE_AGGREGATOR_TYPE_UNKNOWN. */
enum awsc_ssm_node_aggregator_type {
    AWSC_SSM_NODE_AGGREGATOR_TYPE_UNKNOWN = 0,
    AWSC_SSM_NODE_AGGREGATOR_TYPE_COUNT = 1 /* Count */
};
AWSC_API enum awsc_ssm_node_aggregator_type awsc_ssm_node_aggregator_type_parse(const char *value);
AWSC_API const char *awsc_ssm_node_aggregator_type_str(enum awsc_ssm_node_aggregator_type value);

/* NodeAttributeName: members of this type are strings; parse them with
 * awsc_ssm_node_attribute_name_parse(). Values newer than this model parse as
 * AWSC_SSM_NODE_ATTRIBUTE_NAME_UNKNOWN. */
enum awsc_ssm_node_attribute_name {
    AWSC_SSM_NODE_ATTRIBUTE_NAME_UNKNOWN = 0,
    AWSC_SSM_NODE_ATTRIBUTE_NAME_AGENT_VERSION = 1, /* AgentVersion */
    AWSC_SSM_NODE_ATTRIBUTE_NAME_PLATFORM_NAME = 2, /* PlatformName */
    AWSC_SSM_NODE_ATTRIBUTE_NAME_PLATFORM_TYPE = 3, /* PlatformType */
    AWSC_SSM_NODE_ATTRIBUTE_NAME_PLATFORM_VERSION = 4, /* PlatformVersion */
    AWSC_SSM_NODE_ATTRIBUTE_NAME_REGION = 5, /* Region */
    AWSC_SSM_NODE_ATTRIBUTE_NAME_RESOURCE_TYPE = 6, /* ResourceType */
    AWSC_SSM_NODE_ATTRIBUTE_NAME_SOURCE_TYPE = 7, /* SourceType */
    AWSC_SSM_NODE_ATTRIBUTE_NAME_AVAILABILITY_ZONE = 8 /* AvailabilityZone */
};
AWSC_API enum awsc_ssm_node_attribute_name awsc_ssm_node_attribute_name_parse(const char *value);
AWSC_API const char *awsc_ssm_node_attribute_name_str(enum awsc_ssm_node_attribute_name value);

/* NodeFilterKey: members of this type are strings; parse them with
 * awsc_ssm_node_filter_key_parse(). Values newer than this model parse as
 * AWSC_SSM_NODE_FILTER_KEY_UNKNOWN. */
enum awsc_ssm_node_filter_key {
    AWSC_SSM_NODE_FILTER_KEY_UNKNOWN = 0,
    AWSC_SSM_NODE_FILTER_KEY_AGENT_TYPE = 1, /* AgentType */
    AWSC_SSM_NODE_FILTER_KEY_AGENT_VERSION = 2, /* AgentVersion */
    AWSC_SSM_NODE_FILTER_KEY_COMPUTER_NAME = 3, /* ComputerName */
    AWSC_SSM_NODE_FILTER_KEY_INSTANCE_ID = 4, /* InstanceId */
    AWSC_SSM_NODE_FILTER_KEY_INSTANCE_STATUS = 5, /* InstanceStatus */
    AWSC_SSM_NODE_FILTER_KEY_IP_ADDRESS = 6, /* IpAddress */
    AWSC_SSM_NODE_FILTER_KEY_MANAGED_STATUS = 7, /* ManagedStatus */
    AWSC_SSM_NODE_FILTER_KEY_PLATFORM_NAME = 8, /* PlatformName */
    AWSC_SSM_NODE_FILTER_KEY_PLATFORM_TYPE = 9, /* PlatformType */
    AWSC_SSM_NODE_FILTER_KEY_PLATFORM_VERSION = 10, /* PlatformVersion */
    AWSC_SSM_NODE_FILTER_KEY_RESOURCE_TYPE = 11, /* ResourceType */
    AWSC_SSM_NODE_FILTER_KEY_ORGANIZATIONAL_UNIT_ID = 12, /* OrganizationalUnitId */
    AWSC_SSM_NODE_FILTER_KEY_ORGANIZATIONAL_UNIT_PATH = 13, /* OrganizationalUnitPath */
    AWSC_SSM_NODE_FILTER_KEY_REGION = 14, /* Region */
    AWSC_SSM_NODE_FILTER_KEY_ACCOUNT_ID = 15, /* AccountId */
    AWSC_SSM_NODE_FILTER_KEY_SOURCE_TYPE = 16, /* SourceType */
    AWSC_SSM_NODE_FILTER_KEY_SOURCE_ID = 17, /* SourceId */
    AWSC_SSM_NODE_FILTER_KEY_SOURCE_LOCATION = 18, /* SourceLocation */
    AWSC_SSM_NODE_FILTER_KEY_AVAILABILITY_ZONE = 19, /* AvailabilityZone */
    AWSC_SSM_NODE_FILTER_KEY_AVAILABILITY_ZONE_ID = 20 /* AvailabilityZoneId */
};
AWSC_API enum awsc_ssm_node_filter_key awsc_ssm_node_filter_key_parse(const char *value);
AWSC_API const char *awsc_ssm_node_filter_key_str(enum awsc_ssm_node_filter_key value);

/* NodeFilterOperatorType: members of this type are strings; parse them with
 * awsc_ssm_node_filter_operator_type_parse(). Values newer than this model parse as
 * AWSC_SSM_NODE_FILTER_OPERATOR_TYPE_UNKNOWN. */
enum awsc_ssm_node_filter_operator_type {
    AWSC_SSM_NODE_FILTER_OPERATOR_TYPE_UNKNOWN = 0,
    AWSC_SSM_NODE_FILTER_OPERATOR_TYPE_EQUAL = 1, /* Equal */
    AWSC_SSM_NODE_FILTER_OPERATOR_TYPE_NOT_EQUAL = 2, /* NotEqual */
    AWSC_SSM_NODE_FILTER_OPERATOR_TYPE_BEGIN_WITH = 3 /* BeginWith */
};
AWSC_API enum awsc_ssm_node_filter_operator_type awsc_ssm_node_filter_operator_type_parse(const char *value);
AWSC_API const char *awsc_ssm_node_filter_operator_type_str(enum awsc_ssm_node_filter_operator_type value);

/* NodeTypeName: members of this type are strings; parse them with
 * awsc_ssm_node_type_name_parse(). Values newer than this model parse as
 * AWSC_SSM_NODE_TYPE_NAME_UNKNOWN. */
enum awsc_ssm_node_type_name {
    AWSC_SSM_NODE_TYPE_NAME_UNKNOWN = 0,
    AWSC_SSM_NODE_TYPE_NAME_INSTANCE = 1 /* Instance */
};
AWSC_API enum awsc_ssm_node_type_name awsc_ssm_node_type_name_parse(const char *value);
AWSC_API const char *awsc_ssm_node_type_name_str(enum awsc_ssm_node_type_name value);

/* NotificationEvent: members of this type are strings; parse them with
 * awsc_ssm_notification_event_parse(). Values newer than this model parse as
 * AWSC_SSM_NOTIFICATION_EVENT_UNKNOWN. */
enum awsc_ssm_notification_event {
    AWSC_SSM_NOTIFICATION_EVENT_UNKNOWN = 0,
    AWSC_SSM_NOTIFICATION_EVENT_ALL = 1, /* All */
    AWSC_SSM_NOTIFICATION_EVENT_IN_PROGRESS = 2, /* InProgress */
    AWSC_SSM_NOTIFICATION_EVENT_SUCCESS = 3, /* Success */
    AWSC_SSM_NOTIFICATION_EVENT_TIMED_OUT = 4, /* TimedOut */
    AWSC_SSM_NOTIFICATION_EVENT_CANCELLED = 5, /* Cancelled */
    AWSC_SSM_NOTIFICATION_EVENT_FAILED = 6 /* Failed */
};
AWSC_API enum awsc_ssm_notification_event awsc_ssm_notification_event_parse(const char *value);
AWSC_API const char *awsc_ssm_notification_event_str(enum awsc_ssm_notification_event value);

/* NotificationType: members of this type are strings; parse them with
 * awsc_ssm_notification_type_parse(). Values newer than this model parse as
 * AWSC_SSM_NOTIFICATION_TYPE_UNKNOWN. */
enum awsc_ssm_notification_type {
    AWSC_SSM_NOTIFICATION_TYPE_UNKNOWN = 0,
    AWSC_SSM_NOTIFICATION_TYPE_COMMAND = 1, /* Command */
    AWSC_SSM_NOTIFICATION_TYPE_INVOCATION = 2 /* Invocation */
};
AWSC_API enum awsc_ssm_notification_type awsc_ssm_notification_type_parse(const char *value);
AWSC_API const char *awsc_ssm_notification_type_str(enum awsc_ssm_notification_type value);

/* OperatingSystem: members of this type are strings; parse them with
 * awsc_ssm_operating_system_parse(). Values newer than this model parse as
 * AWSC_SSM_OPERATING_SYSTEM_UNKNOWN. */
enum awsc_ssm_operating_system {
    AWSC_SSM_OPERATING_SYSTEM_UNKNOWN = 0,
    AWSC_SSM_OPERATING_SYSTEM_WINDOWS = 1, /* WINDOWS */
    AWSC_SSM_OPERATING_SYSTEM_AMAZON_LINUX = 2, /* AMAZON_LINUX */
    AWSC_SSM_OPERATING_SYSTEM_AMAZON_LINUX_2 = 3, /* AMAZON_LINUX_2 */
    AWSC_SSM_OPERATING_SYSTEM_AMAZON_LINUX_2022 = 4, /* AMAZON_LINUX_2022 */
    AWSC_SSM_OPERATING_SYSTEM_UBUNTU = 5, /* UBUNTU */
    AWSC_SSM_OPERATING_SYSTEM_REDHAT_ENTERPRISE_LINUX = 6, /* REDHAT_ENTERPRISE_LINUX */
    AWSC_SSM_OPERATING_SYSTEM_SUSE = 7, /* SUSE */
    AWSC_SSM_OPERATING_SYSTEM_CENTOS = 8, /* CENTOS */
    AWSC_SSM_OPERATING_SYSTEM_ORACLE_LINUX = 9, /* ORACLE_LINUX */
    AWSC_SSM_OPERATING_SYSTEM_DEBIAN = 10, /* DEBIAN */
    AWSC_SSM_OPERATING_SYSTEM_MACOS = 11, /* MACOS */
    AWSC_SSM_OPERATING_SYSTEM_RASPBIAN = 12, /* RASPBIAN */
    AWSC_SSM_OPERATING_SYSTEM_ROCKY_LINUX = 13, /* ROCKY_LINUX */
    AWSC_SSM_OPERATING_SYSTEM_ALMA_LINUX = 14, /* ALMA_LINUX */
    AWSC_SSM_OPERATING_SYSTEM_AMAZON_LINUX_2023 = 15 /* AMAZON_LINUX_2023 */
};
AWSC_API enum awsc_ssm_operating_system awsc_ssm_operating_system_parse(const char *value);
AWSC_API const char *awsc_ssm_operating_system_str(enum awsc_ssm_operating_system value);

/* OpsFilterOperatorType: members of this type are strings; parse them with
 * awsc_ssm_ops_filter_operator_type_parse(). Values newer than this model parse as
 * AWSC_SSM_OPS_FILTER_OPERATOR_TYPE_UNKNOWN. */
enum awsc_ssm_ops_filter_operator_type {
    AWSC_SSM_OPS_FILTER_OPERATOR_TYPE_UNKNOWN = 0,
    AWSC_SSM_OPS_FILTER_OPERATOR_TYPE_EQUAL = 1, /* Equal */
    AWSC_SSM_OPS_FILTER_OPERATOR_TYPE_NOT_EQUAL = 2, /* NotEqual */
    AWSC_SSM_OPS_FILTER_OPERATOR_TYPE_BEGIN_WITH = 3, /* BeginWith */
    AWSC_SSM_OPS_FILTER_OPERATOR_TYPE_LESS_THAN = 4, /* LessThan */
    AWSC_SSM_OPS_FILTER_OPERATOR_TYPE_GREATER_THAN = 5, /* GreaterThan */
    AWSC_SSM_OPS_FILTER_OPERATOR_TYPE_EXISTS = 6 /* Exists */
};
AWSC_API enum awsc_ssm_ops_filter_operator_type awsc_ssm_ops_filter_operator_type_parse(const char *value);
AWSC_API const char *awsc_ssm_ops_filter_operator_type_str(enum awsc_ssm_ops_filter_operator_type value);

/* OpsItemDataType: members of this type are strings; parse them with
 * awsc_ssm_ops_item_data_type_parse(). Values newer than this model parse as
 * AWSC_SSM_OPS_ITEM_DATA_TYPE_UNKNOWN. */
enum awsc_ssm_ops_item_data_type {
    AWSC_SSM_OPS_ITEM_DATA_TYPE_UNKNOWN = 0,
    AWSC_SSM_OPS_ITEM_DATA_TYPE_SEARCHABLE_STRING = 1, /* SearchableString */
    AWSC_SSM_OPS_ITEM_DATA_TYPE_STRING = 2 /* String */
};
AWSC_API enum awsc_ssm_ops_item_data_type awsc_ssm_ops_item_data_type_parse(const char *value);
AWSC_API const char *awsc_ssm_ops_item_data_type_str(enum awsc_ssm_ops_item_data_type value);

/* OpsItemEventFilterKey: members of this type are strings; parse them with
 * awsc_ssm_ops_item_event_filter_key_parse(). Values newer than this model parse as
 * AWSC_SSM_OPS_ITEM_EVENT_FILTER_KEY_UNKNOWN. */
enum awsc_ssm_ops_item_event_filter_key {
    AWSC_SSM_OPS_ITEM_EVENT_FILTER_KEY_UNKNOWN = 0,
    AWSC_SSM_OPS_ITEM_EVENT_FILTER_KEY_OPS_ITEM_ID = 1 /* OpsItemId */
};
AWSC_API enum awsc_ssm_ops_item_event_filter_key awsc_ssm_ops_item_event_filter_key_parse(const char *value);
AWSC_API const char *awsc_ssm_ops_item_event_filter_key_str(enum awsc_ssm_ops_item_event_filter_key value);

/* OpsItemEventFilterOperator: members of this type are strings; parse them with
 * awsc_ssm_ops_item_event_filter_operator_parse(). Values newer than this model parse as
 * AWSC_SSM_OPS_ITEM_EVENT_FILTER_OPERATOR_UNKNOWN. */
enum awsc_ssm_ops_item_event_filter_operator {
    AWSC_SSM_OPS_ITEM_EVENT_FILTER_OPERATOR_UNKNOWN = 0,
    AWSC_SSM_OPS_ITEM_EVENT_FILTER_OPERATOR_EQUAL = 1 /* Equal */
};
AWSC_API enum awsc_ssm_ops_item_event_filter_operator awsc_ssm_ops_item_event_filter_operator_parse(const char *value);
AWSC_API const char *awsc_ssm_ops_item_event_filter_operator_str(enum awsc_ssm_ops_item_event_filter_operator value);

/* OpsItemFilterKey: members of this type are strings; parse them with
 * awsc_ssm_ops_item_filter_key_parse(). Values newer than this model parse as
 * AWSC_SSM_OPS_ITEM_FILTER_KEY_UNKNOWN. */
enum awsc_ssm_ops_item_filter_key {
    AWSC_SSM_OPS_ITEM_FILTER_KEY_UNKNOWN = 0,
    AWSC_SSM_OPS_ITEM_FILTER_KEY_STATUS = 1, /* Status */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_CREATED_BY = 2, /* CreatedBy */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_SOURCE = 3, /* Source */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_PRIORITY = 4, /* Priority */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_TITLE = 5, /* Title */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_OPS_ITEM_ID = 6, /* OpsItemId */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_CREATED_TIME = 7, /* CreatedTime */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_LAST_MODIFIED_TIME = 8, /* LastModifiedTime */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_ACTUAL_START_TIME = 9, /* ActualStartTime */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_ACTUAL_END_TIME = 10, /* ActualEndTime */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_PLANNED_START_TIME = 11, /* PlannedStartTime */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_PLANNED_END_TIME = 12, /* PlannedEndTime */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_OPERATIONAL_DATA = 13, /* OperationalData */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_OPERATIONAL_DATA_KEY = 14, /* OperationalDataKey */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_OPERATIONAL_DATA_VALUE = 15, /* OperationalDataValue */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_RESOURCE_ID = 16, /* ResourceId */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_AUTOMATION_ID = 17, /* AutomationId */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_CATEGORY = 18, /* Category */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_SEVERITY = 19, /* Severity */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_OPS_ITEM_TYPE = 20, /* OpsItemType */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_ACCESS_REQUEST_BY_REQUESTER_ARN = 21, /* AccessRequestByRequesterArn */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_ACCESS_REQUEST_BY_REQUESTER_ID = 22, /* AccessRequestByRequesterId */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_ACCESS_REQUEST_BY_APPROVER_ARN = 23, /* AccessRequestByApproverArn */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_ACCESS_REQUEST_BY_APPROVER_ID = 24, /* AccessRequestByApproverId */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_ACCESS_REQUEST_BY_SOURCE_ACCOUNT_ID = 25, /* AccessRequestBySourceAccountId */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_ACCESS_REQUEST_BY_SOURCE_OPS_ITEM_ID = 26, /* AccessRequestBySourceOpsItemId */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_ACCESS_REQUEST_BY_SOURCE_REGION = 27, /* AccessRequestBySourceRegion */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_ACCESS_REQUEST_BY_IS_REPLICA = 28, /* AccessRequestByIsReplica */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_ACCESS_REQUEST_BY_TARGET_RESOURCE_ID = 29, /* AccessRequestByTargetResourceId */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_CHANGE_REQUEST_BY_REQUESTER_ARN = 30, /* ChangeRequestByRequesterArn */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_CHANGE_REQUEST_BY_REQUESTER_NAME = 31, /* ChangeRequestByRequesterName */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_CHANGE_REQUEST_BY_APPROVER_ARN = 32, /* ChangeRequestByApproverArn */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_CHANGE_REQUEST_BY_APPROVER_NAME = 33, /* ChangeRequestByApproverName */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_CHANGE_REQUEST_BY_TEMPLATE = 34, /* ChangeRequestByTemplate */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_CHANGE_REQUEST_BY_TARGETS_RESOURCE_GROUP = 35, /* ChangeRequestByTargetsResourceGroup */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_INSIGHT_BY_TYPE = 36, /* InsightByType */
    AWSC_SSM_OPS_ITEM_FILTER_KEY_ACCOUNT_ID = 37 /* AccountId */
};
AWSC_API enum awsc_ssm_ops_item_filter_key awsc_ssm_ops_item_filter_key_parse(const char *value);
AWSC_API const char *awsc_ssm_ops_item_filter_key_str(enum awsc_ssm_ops_item_filter_key value);

/* OpsItemFilterOperator: members of this type are strings; parse them with
 * awsc_ssm_ops_item_filter_operator_parse(). Values newer than this model parse as
 * AWSC_SSM_OPS_ITEM_FILTER_OPERATOR_UNKNOWN. */
enum awsc_ssm_ops_item_filter_operator {
    AWSC_SSM_OPS_ITEM_FILTER_OPERATOR_UNKNOWN = 0,
    AWSC_SSM_OPS_ITEM_FILTER_OPERATOR_EQUAL = 1, /* Equal */
    AWSC_SSM_OPS_ITEM_FILTER_OPERATOR_CONTAINS = 2, /* Contains */
    AWSC_SSM_OPS_ITEM_FILTER_OPERATOR_GREATER_THAN = 3, /* GreaterThan */
    AWSC_SSM_OPS_ITEM_FILTER_OPERATOR_LESS_THAN = 4 /* LessThan */
};
AWSC_API enum awsc_ssm_ops_item_filter_operator awsc_ssm_ops_item_filter_operator_parse(const char *value);
AWSC_API const char *awsc_ssm_ops_item_filter_operator_str(enum awsc_ssm_ops_item_filter_operator value);

/* OpsItemRelatedItemsFilterKey: members of this type are strings; parse them with
 * awsc_ssm_ops_item_related_items_filter_key_parse(). Values newer than this model parse as
 * AWSC_SSM_OPS_ITEM_RELATED_ITEMS_FILTER_KEY_UNKNOWN. */
enum awsc_ssm_ops_item_related_items_filter_key {
    AWSC_SSM_OPS_ITEM_RELATED_ITEMS_FILTER_KEY_UNKNOWN = 0,
    AWSC_SSM_OPS_ITEM_RELATED_ITEMS_FILTER_KEY_RESOURCE_TYPE = 1, /* ResourceType */
    AWSC_SSM_OPS_ITEM_RELATED_ITEMS_FILTER_KEY_ASSOCIATION_ID = 2, /* AssociationId */
    AWSC_SSM_OPS_ITEM_RELATED_ITEMS_FILTER_KEY_RESOURCE_URI = 3 /* ResourceUri */
};
AWSC_API enum awsc_ssm_ops_item_related_items_filter_key awsc_ssm_ops_item_related_items_filter_key_parse(const char *value);
AWSC_API const char *awsc_ssm_ops_item_related_items_filter_key_str(enum awsc_ssm_ops_item_related_items_filter_key value);

/* OpsItemRelatedItemsFilterOperator: members of this type are strings; parse them with
 * awsc_ssm_ops_item_related_items_filter_operator_parse(). Values newer than this model parse as
 * AWSC_SSM_OPS_ITEM_RELATED_ITEMS_FILTER_OPERATOR_UNKNOWN. */
enum awsc_ssm_ops_item_related_items_filter_operator {
    AWSC_SSM_OPS_ITEM_RELATED_ITEMS_FILTER_OPERATOR_UNKNOWN = 0,
    AWSC_SSM_OPS_ITEM_RELATED_ITEMS_FILTER_OPERATOR_EQUAL = 1 /* Equal */
};
AWSC_API enum awsc_ssm_ops_item_related_items_filter_operator awsc_ssm_ops_item_related_items_filter_operator_parse(const char *value);
AWSC_API const char *awsc_ssm_ops_item_related_items_filter_operator_str(enum awsc_ssm_ops_item_related_items_filter_operator value);

/* OpsItemStatus: members of this type are strings; parse them with
 * awsc_ssm_ops_item_status_parse(). Values newer than this model parse as
 * AWSC_SSM_OPS_ITEM_STATUS_UNKNOWN. */
enum awsc_ssm_ops_item_status {
    AWSC_SSM_OPS_ITEM_STATUS_UNKNOWN = 0,
    AWSC_SSM_OPS_ITEM_STATUS_OPEN = 1, /* Open */
    AWSC_SSM_OPS_ITEM_STATUS_IN_PROGRESS = 2, /* InProgress */
    AWSC_SSM_OPS_ITEM_STATUS_RESOLVED = 3, /* Resolved */
    AWSC_SSM_OPS_ITEM_STATUS_PENDING = 4, /* Pending */
    AWSC_SSM_OPS_ITEM_STATUS_TIMED_OUT = 5, /* TimedOut */
    AWSC_SSM_OPS_ITEM_STATUS_CANCELLING = 6, /* Cancelling */
    AWSC_SSM_OPS_ITEM_STATUS_CANCELLED = 7, /* Cancelled */
    AWSC_SSM_OPS_ITEM_STATUS_FAILED = 8, /* Failed */
    AWSC_SSM_OPS_ITEM_STATUS_COMPLETED_WITH_SUCCESS = 9, /* CompletedWithSuccess */
    AWSC_SSM_OPS_ITEM_STATUS_COMPLETED_WITH_FAILURE = 10, /* CompletedWithFailure */
    AWSC_SSM_OPS_ITEM_STATUS_SCHEDULED = 11, /* Scheduled */
    AWSC_SSM_OPS_ITEM_STATUS_RUNBOOK_IN_PROGRESS = 12, /* RunbookInProgress */
    AWSC_SSM_OPS_ITEM_STATUS_PENDING_CHANGE_CALENDAR_OVERRIDE = 13, /* PendingChangeCalendarOverride */
    AWSC_SSM_OPS_ITEM_STATUS_CHANGE_CALENDAR_OVERRIDE_APPROVED = 14, /* ChangeCalendarOverrideApproved */
    AWSC_SSM_OPS_ITEM_STATUS_CHANGE_CALENDAR_OVERRIDE_REJECTED = 15, /* ChangeCalendarOverrideRejected */
    AWSC_SSM_OPS_ITEM_STATUS_PENDING_APPROVAL = 16, /* PendingApproval */
    AWSC_SSM_OPS_ITEM_STATUS_APPROVED = 17, /* Approved */
    AWSC_SSM_OPS_ITEM_STATUS_REVOKED = 18, /* Revoked */
    AWSC_SSM_OPS_ITEM_STATUS_REJECTED = 19, /* Rejected */
    AWSC_SSM_OPS_ITEM_STATUS_CLOSED = 20 /* Closed */
};
AWSC_API enum awsc_ssm_ops_item_status awsc_ssm_ops_item_status_parse(const char *value);
AWSC_API const char *awsc_ssm_ops_item_status_str(enum awsc_ssm_ops_item_status value);

/* ParameterTier: members of this type are strings; parse them with
 * awsc_ssm_parameter_tier_parse(). Values newer than this model parse as
 * AWSC_SSM_PARAMETER_TIER_UNKNOWN. */
enum awsc_ssm_parameter_tier {
    AWSC_SSM_PARAMETER_TIER_UNKNOWN = 0,
    AWSC_SSM_PARAMETER_TIER_STANDARD = 1, /* Standard */
    AWSC_SSM_PARAMETER_TIER_ADVANCED = 2, /* Advanced */
    AWSC_SSM_PARAMETER_TIER_INTELLIGENT_TIERING = 3 /* Intelligent-Tiering */
};
AWSC_API enum awsc_ssm_parameter_tier awsc_ssm_parameter_tier_parse(const char *value);
AWSC_API const char *awsc_ssm_parameter_tier_str(enum awsc_ssm_parameter_tier value);

/* ParameterType: members of this type are strings; parse them with
 * awsc_ssm_parameter_type_parse(). Values newer than this model parse as
 * AWSC_SSM_PARAMETER_TYPE_UNKNOWN. */
enum awsc_ssm_parameter_type {
    AWSC_SSM_PARAMETER_TYPE_UNKNOWN = 0,
    AWSC_SSM_PARAMETER_TYPE_STRING = 1, /* String */
    AWSC_SSM_PARAMETER_TYPE_STRING_LIST = 2, /* StringList */
    AWSC_SSM_PARAMETER_TYPE_SECURE_STRING = 3 /* SecureString */
};
AWSC_API enum awsc_ssm_parameter_type awsc_ssm_parameter_type_parse(const char *value);
AWSC_API const char *awsc_ssm_parameter_type_str(enum awsc_ssm_parameter_type value);

/* ParametersFilterKey: members of this type are strings; parse them with
 * awsc_ssm_parameters_filter_key_parse(). Values newer than this model parse as
 * AWSC_SSM_PARAMETERS_FILTER_KEY_UNKNOWN. */
enum awsc_ssm_parameters_filter_key {
    AWSC_SSM_PARAMETERS_FILTER_KEY_UNKNOWN = 0,
    AWSC_SSM_PARAMETERS_FILTER_KEY_NAME = 1, /* Name */
    AWSC_SSM_PARAMETERS_FILTER_KEY_TYPE = 2, /* Type */
    AWSC_SSM_PARAMETERS_FILTER_KEY_KEY_ID = 3 /* KeyId */
};
AWSC_API enum awsc_ssm_parameters_filter_key awsc_ssm_parameters_filter_key_parse(const char *value);
AWSC_API const char *awsc_ssm_parameters_filter_key_str(enum awsc_ssm_parameters_filter_key value);

/* PatchAction: members of this type are strings; parse them with
 * awsc_ssm_patch_action_parse(). Values newer than this model parse as
 * AWSC_SSM_PATCH_ACTION_UNKNOWN. */
enum awsc_ssm_patch_action {
    AWSC_SSM_PATCH_ACTION_UNKNOWN = 0,
    AWSC_SSM_PATCH_ACTION_ALLOW_AS_DEPENDENCY = 1, /* ALLOW_AS_DEPENDENCY */
    AWSC_SSM_PATCH_ACTION_BLOCK = 2 /* BLOCK */
};
AWSC_API enum awsc_ssm_patch_action awsc_ssm_patch_action_parse(const char *value);
AWSC_API const char *awsc_ssm_patch_action_str(enum awsc_ssm_patch_action value);

/* PatchComplianceDataState: members of this type are strings; parse them with
 * awsc_ssm_patch_compliance_data_state_parse(). Values newer than this model parse as
 * AWSC_SSM_PATCH_COMPLIANCE_DATA_STATE_UNKNOWN. */
enum awsc_ssm_patch_compliance_data_state {
    AWSC_SSM_PATCH_COMPLIANCE_DATA_STATE_UNKNOWN = 0,
    AWSC_SSM_PATCH_COMPLIANCE_DATA_STATE_INSTALLED = 1, /* INSTALLED */
    AWSC_SSM_PATCH_COMPLIANCE_DATA_STATE_INSTALLED_OTHER = 2, /* INSTALLED_OTHER */
    AWSC_SSM_PATCH_COMPLIANCE_DATA_STATE_INSTALLED_PENDING_REBOOT = 3, /* INSTALLED_PENDING_REBOOT */
    AWSC_SSM_PATCH_COMPLIANCE_DATA_STATE_INSTALLED_REJECTED = 4, /* INSTALLED_REJECTED */
    AWSC_SSM_PATCH_COMPLIANCE_DATA_STATE_MISSING = 5, /* MISSING */
    AWSC_SSM_PATCH_COMPLIANCE_DATA_STATE_NOT_APPLICABLE = 6, /* NOT_APPLICABLE */
    AWSC_SSM_PATCH_COMPLIANCE_DATA_STATE_FAILED = 7, /* FAILED */
    AWSC_SSM_PATCH_COMPLIANCE_DATA_STATE_AVAILABLE_SECURITY_UPDATE = 8 /* AVAILABLE_SECURITY_UPDATE */
};
AWSC_API enum awsc_ssm_patch_compliance_data_state awsc_ssm_patch_compliance_data_state_parse(const char *value);
AWSC_API const char *awsc_ssm_patch_compliance_data_state_str(enum awsc_ssm_patch_compliance_data_state value);

/* PatchComplianceLevel: members of this type are strings; parse them with
 * awsc_ssm_patch_compliance_level_parse(). Values newer than this model parse as
 * AWSC_SSM_PATCH_COMPLIANCE_LEVEL_UNKNOWN. */
enum awsc_ssm_patch_compliance_level {
    AWSC_SSM_PATCH_COMPLIANCE_LEVEL_UNKNOWN = 0,
    AWSC_SSM_PATCH_COMPLIANCE_LEVEL_CRITICAL = 1, /* CRITICAL */
    AWSC_SSM_PATCH_COMPLIANCE_LEVEL_HIGH = 2, /* HIGH */
    AWSC_SSM_PATCH_COMPLIANCE_LEVEL_MEDIUM = 3, /* MEDIUM */
    AWSC_SSM_PATCH_COMPLIANCE_LEVEL_LOW = 4, /* LOW */
    AWSC_SSM_PATCH_COMPLIANCE_LEVEL_INFORMATIONAL = 5, /* INFORMATIONAL */
    AWSC_SSM_PATCH_COMPLIANCE_LEVEL_UNSPECIFIED = 6 /* UNSPECIFIED */
};
AWSC_API enum awsc_ssm_patch_compliance_level awsc_ssm_patch_compliance_level_parse(const char *value);
AWSC_API const char *awsc_ssm_patch_compliance_level_str(enum awsc_ssm_patch_compliance_level value);

/* PatchComplianceStatus: members of this type are strings; parse them with
 * awsc_ssm_patch_compliance_status_parse(). Values newer than this model parse as
 * AWSC_SSM_PATCH_COMPLIANCE_STATUS_UNKNOWN. */
enum awsc_ssm_patch_compliance_status {
    AWSC_SSM_PATCH_COMPLIANCE_STATUS_UNKNOWN = 0,
    AWSC_SSM_PATCH_COMPLIANCE_STATUS_COMPLIANT = 1, /* COMPLIANT */
    AWSC_SSM_PATCH_COMPLIANCE_STATUS_NON_COMPLIANT = 2 /* NON_COMPLIANT */
};
AWSC_API enum awsc_ssm_patch_compliance_status awsc_ssm_patch_compliance_status_parse(const char *value);
AWSC_API const char *awsc_ssm_patch_compliance_status_str(enum awsc_ssm_patch_compliance_status value);

/* PatchDeploymentStatus: members of this type are strings; parse them with
 * awsc_ssm_patch_deployment_status_parse(). Values newer than this model parse as
 * AWSC_SSM_PATCH_DEPLOYMENT_STATUS_UNKNOWN. */
enum awsc_ssm_patch_deployment_status {
    AWSC_SSM_PATCH_DEPLOYMENT_STATUS_UNKNOWN = 0,
    AWSC_SSM_PATCH_DEPLOYMENT_STATUS_APPROVED = 1, /* APPROVED */
    AWSC_SSM_PATCH_DEPLOYMENT_STATUS_PENDING_APPROVAL = 2, /* PENDING_APPROVAL */
    AWSC_SSM_PATCH_DEPLOYMENT_STATUS_EXPLICIT_APPROVED = 3, /* EXPLICIT_APPROVED */
    AWSC_SSM_PATCH_DEPLOYMENT_STATUS_EXPLICIT_REJECTED = 4 /* EXPLICIT_REJECTED */
};
AWSC_API enum awsc_ssm_patch_deployment_status awsc_ssm_patch_deployment_status_parse(const char *value);
AWSC_API const char *awsc_ssm_patch_deployment_status_str(enum awsc_ssm_patch_deployment_status value);

/* PatchFilterKey: members of this type are strings; parse them with
 * awsc_ssm_patch_filter_key_parse(). Values newer than this model parse as
 * AWSC_SSM_PATCH_FILTER_KEY_UNKNOWN. */
enum awsc_ssm_patch_filter_key {
    AWSC_SSM_PATCH_FILTER_KEY_UNKNOWN = 0,
    AWSC_SSM_PATCH_FILTER_KEY_ARCH = 1, /* ARCH */
    AWSC_SSM_PATCH_FILTER_KEY_ADVISORY_ID = 2, /* ADVISORY_ID */
    AWSC_SSM_PATCH_FILTER_KEY_BUGZILLA_ID = 3, /* BUGZILLA_ID */
    AWSC_SSM_PATCH_FILTER_KEY_PATCH_SET = 4, /* PATCH_SET */
    AWSC_SSM_PATCH_FILTER_KEY_PRODUCT = 5, /* PRODUCT */
    AWSC_SSM_PATCH_FILTER_KEY_PRODUCT_FAMILY = 6, /* PRODUCT_FAMILY */
    AWSC_SSM_PATCH_FILTER_KEY_CLASSIFICATION = 7, /* CLASSIFICATION */
    AWSC_SSM_PATCH_FILTER_KEY_CVE_ID = 8, /* CVE_ID */
    AWSC_SSM_PATCH_FILTER_KEY_EPOCH = 9, /* EPOCH */
    AWSC_SSM_PATCH_FILTER_KEY_MSRC_SEVERITY = 10, /* MSRC_SEVERITY */
    AWSC_SSM_PATCH_FILTER_KEY_NAME = 11, /* NAME */
    AWSC_SSM_PATCH_FILTER_KEY_PATCH_ID = 12, /* PATCH_ID */
    AWSC_SSM_PATCH_FILTER_KEY_SECTION = 13, /* SECTION */
    AWSC_SSM_PATCH_FILTER_KEY_PRIORITY = 14, /* PRIORITY */
    AWSC_SSM_PATCH_FILTER_KEY_REPOSITORY = 15, /* REPOSITORY */
    AWSC_SSM_PATCH_FILTER_KEY_RELEASE = 16, /* RELEASE */
    AWSC_SSM_PATCH_FILTER_KEY_SEVERITY = 17, /* SEVERITY */
    AWSC_SSM_PATCH_FILTER_KEY_SECURITY = 18, /* SECURITY */
    AWSC_SSM_PATCH_FILTER_KEY_VERSION = 19 /* VERSION */
};
AWSC_API enum awsc_ssm_patch_filter_key awsc_ssm_patch_filter_key_parse(const char *value);
AWSC_API const char *awsc_ssm_patch_filter_key_str(enum awsc_ssm_patch_filter_key value);

/* PatchOperationType: members of this type are strings; parse them with
 * awsc_ssm_patch_operation_type_parse(). Values newer than this model parse as
 * AWSC_SSM_PATCH_OPERATION_TYPE_UNKNOWN. */
enum awsc_ssm_patch_operation_type {
    AWSC_SSM_PATCH_OPERATION_TYPE_UNKNOWN = 0,
    AWSC_SSM_PATCH_OPERATION_TYPE_SCAN = 1, /* Scan */
    AWSC_SSM_PATCH_OPERATION_TYPE_INSTALL = 2 /* Install */
};
AWSC_API enum awsc_ssm_patch_operation_type awsc_ssm_patch_operation_type_parse(const char *value);
AWSC_API const char *awsc_ssm_patch_operation_type_str(enum awsc_ssm_patch_operation_type value);

/* PatchProperty: members of this type are strings; parse them with
 * awsc_ssm_patch_property_parse(). Values newer than this model parse as
 * AWSC_SSM_PATCH_PROPERTY_UNKNOWN. */
enum awsc_ssm_patch_property {
    AWSC_SSM_PATCH_PROPERTY_UNKNOWN = 0,
    AWSC_SSM_PATCH_PROPERTY_PRODUCT = 1, /* PRODUCT */
    AWSC_SSM_PATCH_PROPERTY_PRODUCT_FAMILY = 2, /* PRODUCT_FAMILY */
    AWSC_SSM_PATCH_PROPERTY_CLASSIFICATION = 3, /* CLASSIFICATION */
    AWSC_SSM_PATCH_PROPERTY_MSRC_SEVERITY = 4, /* MSRC_SEVERITY */
    AWSC_SSM_PATCH_PROPERTY_PRIORITY = 5, /* PRIORITY */
    AWSC_SSM_PATCH_PROPERTY_SEVERITY = 6 /* SEVERITY */
};
AWSC_API enum awsc_ssm_patch_property awsc_ssm_patch_property_parse(const char *value);
AWSC_API const char *awsc_ssm_patch_property_str(enum awsc_ssm_patch_property value);

/* PatchSet: members of this type are strings; parse them with
 * awsc_ssm_patch_set_parse(). Values newer than this model parse as
 * AWSC_SSM_PATCH_SET_UNKNOWN. */
enum awsc_ssm_patch_set {
    AWSC_SSM_PATCH_SET_UNKNOWN = 0,
    AWSC_SSM_PATCH_SET_OS = 1, /* OS */
    AWSC_SSM_PATCH_SET_APPLICATION = 2 /* APPLICATION */
};
AWSC_API enum awsc_ssm_patch_set awsc_ssm_patch_set_parse(const char *value);
AWSC_API const char *awsc_ssm_patch_set_str(enum awsc_ssm_patch_set value);

/* PingStatus: members of this type are strings; parse them with
 * awsc_ssm_ping_status_parse(). Values newer than this model parse as
 * AWSC_SSM_PING_STATUS_UNKNOWN. */
enum awsc_ssm_ping_status {
    AWSC_SSM_PING_STATUS_UNKNOWN = 0,
    AWSC_SSM_PING_STATUS_ONLINE = 1, /* Online */
    AWSC_SSM_PING_STATUS_CONNECTION_LOST = 2, /* ConnectionLost */
    AWSC_SSM_PING_STATUS_INACTIVE = 3 /* Inactive */
};
AWSC_API enum awsc_ssm_ping_status awsc_ssm_ping_status_parse(const char *value);
AWSC_API const char *awsc_ssm_ping_status_str(enum awsc_ssm_ping_status value);

/* PlatformType: members of this type are strings; parse them with
 * awsc_ssm_platform_type_parse(). Values newer than this model parse as
 * AWSC_SSM_PLATFORM_TYPE_UNKNOWN. */
enum awsc_ssm_platform_type {
    AWSC_SSM_PLATFORM_TYPE_UNKNOWN = 0,
    AWSC_SSM_PLATFORM_TYPE_WINDOWS = 1, /* Windows */
    AWSC_SSM_PLATFORM_TYPE_LINUX = 2, /* Linux */
    AWSC_SSM_PLATFORM_TYPE_MAC_OS = 3 /* MacOS */
};
AWSC_API enum awsc_ssm_platform_type awsc_ssm_platform_type_parse(const char *value);
AWSC_API const char *awsc_ssm_platform_type_str(enum awsc_ssm_platform_type value);

/* RebootOption: members of this type are strings; parse them with
 * awsc_ssm_reboot_option_parse(). Values newer than this model parse as
 * AWSC_SSM_REBOOT_OPTION_UNKNOWN. */
enum awsc_ssm_reboot_option {
    AWSC_SSM_REBOOT_OPTION_UNKNOWN = 0,
    AWSC_SSM_REBOOT_OPTION_REBOOT_IF_NEEDED = 1, /* RebootIfNeeded */
    AWSC_SSM_REBOOT_OPTION_NO_REBOOT = 2 /* NoReboot */
};
AWSC_API enum awsc_ssm_reboot_option awsc_ssm_reboot_option_parse(const char *value);
AWSC_API const char *awsc_ssm_reboot_option_str(enum awsc_ssm_reboot_option value);

/* ResourceDataSyncS3Format: members of this type are strings; parse them with
 * awsc_ssm_resource_data_sync_s3_format_parse(). Values newer than this model parse as
 * AWSC_SSM_RESOURCE_DATA_SYNC_S3_FORMAT_UNKNOWN. */
enum awsc_ssm_resource_data_sync_s3_format {
    AWSC_SSM_RESOURCE_DATA_SYNC_S3_FORMAT_UNKNOWN = 0,
    AWSC_SSM_RESOURCE_DATA_SYNC_S3_FORMAT_JSON_SER_DE = 1 /* JsonSerDe */
};
AWSC_API enum awsc_ssm_resource_data_sync_s3_format awsc_ssm_resource_data_sync_s3_format_parse(const char *value);
AWSC_API const char *awsc_ssm_resource_data_sync_s3_format_str(enum awsc_ssm_resource_data_sync_s3_format value);

/* ResourceType: members of this type are strings; parse them with
 * awsc_ssm_resource_type_parse(). Values newer than this model parse as
 * AWSC_SSM_RESOURCE_TYPE_UNKNOWN. */
enum awsc_ssm_resource_type {
    AWSC_SSM_RESOURCE_TYPE_UNKNOWN = 0,
    AWSC_SSM_RESOURCE_TYPE_MANAGED_INSTANCE = 1, /* ManagedInstance */
    AWSC_SSM_RESOURCE_TYPE_EC2_INSTANCE = 2 /* EC2Instance */
};
AWSC_API enum awsc_ssm_resource_type awsc_ssm_resource_type_parse(const char *value);
AWSC_API const char *awsc_ssm_resource_type_str(enum awsc_ssm_resource_type value);

/* ResourceTypeForTagging: members of this type are strings; parse them with
 * awsc_ssm_resource_type_for_tagging_parse(). Values newer than this model parse as
 * AWSC_SSM_RESOURCE_TYPE_FOR_TAGGING_UNKNOWN. */
enum awsc_ssm_resource_type_for_tagging {
    AWSC_SSM_RESOURCE_TYPE_FOR_TAGGING_UNKNOWN = 0,
    AWSC_SSM_RESOURCE_TYPE_FOR_TAGGING_DOCUMENT = 1, /* Document */
    AWSC_SSM_RESOURCE_TYPE_FOR_TAGGING_MANAGED_INSTANCE = 2, /* ManagedInstance */
    AWSC_SSM_RESOURCE_TYPE_FOR_TAGGING_MAINTENANCE_WINDOW = 3, /* MaintenanceWindow */
    AWSC_SSM_RESOURCE_TYPE_FOR_TAGGING_PARAMETER = 4, /* Parameter */
    AWSC_SSM_RESOURCE_TYPE_FOR_TAGGING_PATCH_BASELINE = 5, /* PatchBaseline */
    AWSC_SSM_RESOURCE_TYPE_FOR_TAGGING_OPS_ITEM = 6, /* OpsItem */
    AWSC_SSM_RESOURCE_TYPE_FOR_TAGGING_OPS_METADATA = 7, /* OpsMetadata */
    AWSC_SSM_RESOURCE_TYPE_FOR_TAGGING_AUTOMATION = 8, /* Automation */
    AWSC_SSM_RESOURCE_TYPE_FOR_TAGGING_ASSOCIATION = 9, /* Association */
    AWSC_SSM_RESOURCE_TYPE_FOR_TAGGING_CLOUD_CONNECTOR = 10 /* CloudConnector */
};
AWSC_API enum awsc_ssm_resource_type_for_tagging awsc_ssm_resource_type_for_tagging_parse(const char *value);
AWSC_API const char *awsc_ssm_resource_type_for_tagging_str(enum awsc_ssm_resource_type_for_tagging value);

/* ReviewStatus: members of this type are strings; parse them with
 * awsc_ssm_review_status_parse(). Values newer than this model parse as
 * AWSC_SSM_REVIEW_STATUS_UNKNOWN. */
enum awsc_ssm_review_status {
    AWSC_SSM_REVIEW_STATUS_UNKNOWN = 0,
    AWSC_SSM_REVIEW_STATUS_APPROVED = 1, /* APPROVED */
    AWSC_SSM_REVIEW_STATUS_NOT_REVIEWED = 2, /* NOT_REVIEWED */
    AWSC_SSM_REVIEW_STATUS_PENDING = 3, /* PENDING */
    AWSC_SSM_REVIEW_STATUS_REJECTED = 4 /* REJECTED */
};
AWSC_API enum awsc_ssm_review_status awsc_ssm_review_status_parse(const char *value);
AWSC_API const char *awsc_ssm_review_status_str(enum awsc_ssm_review_status value);

/* SessionFilterKey: members of this type are strings; parse them with
 * awsc_ssm_session_filter_key_parse(). Values newer than this model parse as
 * AWSC_SSM_SESSION_FILTER_KEY_UNKNOWN. */
enum awsc_ssm_session_filter_key {
    AWSC_SSM_SESSION_FILTER_KEY_UNKNOWN = 0,
    AWSC_SSM_SESSION_FILTER_KEY_INVOKED_AFTER = 1, /* InvokedAfter */
    AWSC_SSM_SESSION_FILTER_KEY_INVOKED_BEFORE = 2, /* InvokedBefore */
    AWSC_SSM_SESSION_FILTER_KEY_TARGET = 3, /* Target */
    AWSC_SSM_SESSION_FILTER_KEY_OWNER = 4, /* Owner */
    AWSC_SSM_SESSION_FILTER_KEY_STATUS = 5, /* Status */
    AWSC_SSM_SESSION_FILTER_KEY_SESSION_ID = 6, /* SessionId */
    AWSC_SSM_SESSION_FILTER_KEY_ACCESS_TYPE = 7 /* AccessType */
};
AWSC_API enum awsc_ssm_session_filter_key awsc_ssm_session_filter_key_parse(const char *value);
AWSC_API const char *awsc_ssm_session_filter_key_str(enum awsc_ssm_session_filter_key value);

/* SessionState: members of this type are strings; parse them with
 * awsc_ssm_session_state_parse(). Values newer than this model parse as
 * AWSC_SSM_SESSION_STATE_UNKNOWN. */
enum awsc_ssm_session_state {
    AWSC_SSM_SESSION_STATE_UNKNOWN = 0,
    AWSC_SSM_SESSION_STATE_ACTIVE = 1, /* Active */
    AWSC_SSM_SESSION_STATE_HISTORY = 2 /* History */
};
AWSC_API enum awsc_ssm_session_state awsc_ssm_session_state_parse(const char *value);
AWSC_API const char *awsc_ssm_session_state_str(enum awsc_ssm_session_state value);

/* SessionStatus: members of this type are strings; parse them with
 * awsc_ssm_session_status_parse(). Values newer than this model parse as
 * AWSC_SSM_SESSION_STATUS_UNKNOWN. */
enum awsc_ssm_session_status {
    AWSC_SSM_SESSION_STATUS_UNKNOWN = 0,
    AWSC_SSM_SESSION_STATUS_CONNECTED = 1, /* Connected */
    AWSC_SSM_SESSION_STATUS_CONNECTING = 2, /* Connecting */
    AWSC_SSM_SESSION_STATUS_DISCONNECTED = 3, /* Disconnected */
    AWSC_SSM_SESSION_STATUS_TERMINATED = 4, /* Terminated */
    AWSC_SSM_SESSION_STATUS_TERMINATING = 5, /* Terminating */
    AWSC_SSM_SESSION_STATUS_FAILED = 6 /* Failed */
};
AWSC_API enum awsc_ssm_session_status awsc_ssm_session_status_parse(const char *value);
AWSC_API const char *awsc_ssm_session_status_str(enum awsc_ssm_session_status value);

/* SignalType: members of this type are strings; parse them with
 * awsc_ssm_signal_type_parse(). Values newer than this model parse as
 * AWSC_SSM_SIGNAL_TYPE_UNKNOWN. */
enum awsc_ssm_signal_type {
    AWSC_SSM_SIGNAL_TYPE_UNKNOWN = 0,
    AWSC_SSM_SIGNAL_TYPE_APPROVE = 1, /* Approve */
    AWSC_SSM_SIGNAL_TYPE_REJECT = 2, /* Reject */
    AWSC_SSM_SIGNAL_TYPE_START_STEP = 3, /* StartStep */
    AWSC_SSM_SIGNAL_TYPE_STOP_STEP = 4, /* StopStep */
    AWSC_SSM_SIGNAL_TYPE_RESUME = 5, /* Resume */
    AWSC_SSM_SIGNAL_TYPE_REVOKE = 6 /* Revoke */
};
AWSC_API enum awsc_ssm_signal_type awsc_ssm_signal_type_parse(const char *value);
AWSC_API const char *awsc_ssm_signal_type_str(enum awsc_ssm_signal_type value);

/* SourceType: members of this type are strings; parse them with
 * awsc_ssm_source_type_parse(). Values newer than this model parse as
 * AWSC_SSM_SOURCE_TYPE_UNKNOWN. */
enum awsc_ssm_source_type {
    AWSC_SSM_SOURCE_TYPE_UNKNOWN = 0,
    AWSC_SSM_SOURCE_TYPE_AWS_EC2_INSTANCE = 1, /* AWS::EC2::Instance */
    AWSC_SSM_SOURCE_TYPE_AWS_IO_T_THING = 2, /* AWS::IoT::Thing */
    AWSC_SSM_SOURCE_TYPE_AWS_SSM_MANAGED_INSTANCE = 3, /* AWS::SSM::ManagedInstance */
    AWSC_SSM_SOURCE_TYPE_MICROSOFT_COMPUTE_VIRTUAL_MACHINES = 4 /* Microsoft.Compute/virtualMachines */
};
AWSC_API enum awsc_ssm_source_type awsc_ssm_source_type_parse(const char *value);
AWSC_API const char *awsc_ssm_source_type_str(enum awsc_ssm_source_type value);

/* StepExecutionFilterKey: members of this type are strings; parse them with
 * awsc_ssm_step_execution_filter_key_parse(). Values newer than this model parse as
 * AWSC_SSM_STEP_EXECUTION_FILTER_KEY_UNKNOWN. */
enum awsc_ssm_step_execution_filter_key {
    AWSC_SSM_STEP_EXECUTION_FILTER_KEY_UNKNOWN = 0,
    AWSC_SSM_STEP_EXECUTION_FILTER_KEY_START_TIME_BEFORE = 1, /* StartTimeBefore */
    AWSC_SSM_STEP_EXECUTION_FILTER_KEY_START_TIME_AFTER = 2, /* StartTimeAfter */
    AWSC_SSM_STEP_EXECUTION_FILTER_KEY_STEP_EXECUTION_STATUS = 3, /* StepExecutionStatus */
    AWSC_SSM_STEP_EXECUTION_FILTER_KEY_STEP_EXECUTION_ID = 4, /* StepExecutionId */
    AWSC_SSM_STEP_EXECUTION_FILTER_KEY_STEP_NAME = 5, /* StepName */
    AWSC_SSM_STEP_EXECUTION_FILTER_KEY_ACTION = 6, /* Action */
    AWSC_SSM_STEP_EXECUTION_FILTER_KEY_PARENT_STEP_EXECUTION_ID = 7, /* ParentStepExecutionId */
    AWSC_SSM_STEP_EXECUTION_FILTER_KEY_PARENT_STEP_ITERATION = 8, /* ParentStepIteration */
    AWSC_SSM_STEP_EXECUTION_FILTER_KEY_PARENT_STEP_ITERATOR_VALUE = 9 /* ParentStepIteratorValue */
};
AWSC_API enum awsc_ssm_step_execution_filter_key awsc_ssm_step_execution_filter_key_parse(const char *value);
AWSC_API const char *awsc_ssm_step_execution_filter_key_str(enum awsc_ssm_step_execution_filter_key value);

/* StopType: members of this type are strings; parse them with
 * awsc_ssm_stop_type_parse(). Values newer than this model parse as
 * AWSC_SSM_STOP_TYPE_UNKNOWN. */
enum awsc_ssm_stop_type {
    AWSC_SSM_STOP_TYPE_UNKNOWN = 0,
    AWSC_SSM_STOP_TYPE_COMPLETE = 1, /* Complete */
    AWSC_SSM_STOP_TYPE_CANCEL = 2 /* Cancel */
};
AWSC_API enum awsc_ssm_stop_type awsc_ssm_stop_type_parse(const char *value);
AWSC_API const char *awsc_ssm_stop_type_str(enum awsc_ssm_stop_type value);

/* ValidationFindingCode: members of this type are strings; parse them with
 * awsc_ssm_validation_finding_code_parse(). Values newer than this model parse as
 * AWSC_SSM_VALIDATION_FINDING_CODE_UNKNOWN. */
enum awsc_ssm_validation_finding_code {
    AWSC_SSM_VALIDATION_FINDING_CODE_UNKNOWN = 0,
    AWSC_SSM_VALIDATION_FINDING_CODE_TARGET_INACCESSIBLE = 1, /* TargetInaccessible */
    AWSC_SSM_VALIDATION_FINDING_CODE_TARGET_UNUSABLE = 2, /* TargetUnusable */
    AWSC_SSM_VALIDATION_FINDING_CODE_TARGET_STATE_WARNING = 3, /* TargetStateWarning */
    AWSC_SSM_VALIDATION_FINDING_CODE_AWS_ROLE_ASSUMPTION_FAILED = 4, /* AwsRoleAssumptionFailed */
    AWSC_SSM_VALIDATION_FINDING_CODE_WEB_IDENTITY_TOKEN_FAILED = 5, /* WebIdentityTokenFailed */
    AWSC_SSM_VALIDATION_FINDING_CODE_OUTBOUND_WEB_IDENTITY_FEDERATION_DISABLED = 6, /* OutboundWebIdentityFederationDisabled */
    AWSC_SSM_VALIDATION_FINDING_CODE_PROVIDER_CREDENTIAL_CREATION_FAILED = 7, /* ProviderCredentialCreationFailed */
    AWSC_SSM_VALIDATION_FINDING_CODE_TENANT_SUMMARY = 8, /* TenantSummary */
    AWSC_SSM_VALIDATION_FINDING_CODE_SUBSCRIPTION_ACCESSIBLE = 9 /* SubscriptionAccessible */
};
AWSC_API enum awsc_ssm_validation_finding_code awsc_ssm_validation_finding_code_parse(const char *value);
AWSC_API const char *awsc_ssm_validation_finding_code_str(enum awsc_ssm_validation_finding_code value);

/* ValidationFindingScopeType: members of this type are strings; parse them with
 * awsc_ssm_validation_finding_scope_type_parse(). Values newer than this model parse as
 * AWSC_SSM_VALIDATION_FINDING_SCOPE_TYPE_UNKNOWN. */
enum awsc_ssm_validation_finding_scope_type {
    AWSC_SSM_VALIDATION_FINDING_SCOPE_TYPE_UNKNOWN = 0,
    AWSC_SSM_VALIDATION_FINDING_SCOPE_TYPE_AZURE_TENANT = 1, /* azure:tenant */
    AWSC_SSM_VALIDATION_FINDING_SCOPE_TYPE_AZURE_SUBSCRIPTION = 2 /* azure:subscription */
};
AWSC_API enum awsc_ssm_validation_finding_scope_type awsc_ssm_validation_finding_scope_type_parse(const char *value);
AWSC_API const char *awsc_ssm_validation_finding_scope_type_str(enum awsc_ssm_validation_finding_scope_type value);

/* ValidationFindingType: members of this type are strings; parse them with
 * awsc_ssm_validation_finding_type_parse(). Values newer than this model parse as
 * AWSC_SSM_VALIDATION_FINDING_TYPE_UNKNOWN. */
enum awsc_ssm_validation_finding_type {
    AWSC_SSM_VALIDATION_FINDING_TYPE_UNKNOWN = 0,
    AWSC_SSM_VALIDATION_FINDING_TYPE_INFO = 1, /* INFO */
    AWSC_SSM_VALIDATION_FINDING_TYPE_WARN = 2, /* WARN */
    AWSC_SSM_VALIDATION_FINDING_TYPE_ERROR = 3 /* ERROR */
};
AWSC_API enum awsc_ssm_validation_finding_type awsc_ssm_validation_finding_type_parse(const char *value);
AWSC_API const char *awsc_ssm_validation_finding_type_str(enum awsc_ssm_validation_finding_type value);

/* ----------------------------------------------------------- structures */

struct awsc_ssm_access_denied_exception;
struct awsc_ssm_account_sharing_info;
struct awsc_ssm_activation;
struct awsc_ssm_add_tags_to_resource_input;
struct awsc_ssm_add_tags_to_resource_output;
struct awsc_ssm_alarm;
struct awsc_ssm_alarm_configuration;
struct awsc_ssm_alarm_state_information;
struct awsc_ssm_already_exists_exception;
struct awsc_ssm_associate_ops_item_related_item_input;
struct awsc_ssm_associate_ops_item_related_item_output;
struct awsc_ssm_associated_instances;
struct awsc_ssm_association;
struct awsc_ssm_association_already_exists;
struct awsc_ssm_association_description;
struct awsc_ssm_association_does_not_exist;
struct awsc_ssm_association_execution;
struct awsc_ssm_association_execution_does_not_exist;
struct awsc_ssm_association_execution_filter;
struct awsc_ssm_association_execution_target;
struct awsc_ssm_association_execution_targets_filter;
struct awsc_ssm_association_filter;
struct awsc_ssm_association_limit_exceeded;
struct awsc_ssm_association_overview;
struct awsc_ssm_association_status;
struct awsc_ssm_association_version_info;
struct awsc_ssm_association_version_limit_exceeded;
struct awsc_ssm_attachment_content;
struct awsc_ssm_attachment_information;
struct awsc_ssm_attachments_source;
struct awsc_ssm_automation_definition_not_approved_exception;
struct awsc_ssm_automation_definition_not_found_exception;
struct awsc_ssm_automation_definition_version_not_found_exception;
struct awsc_ssm_automation_execution;
struct awsc_ssm_automation_execution_filter;
struct awsc_ssm_automation_execution_inputs;
struct awsc_ssm_automation_execution_limit_exceeded_exception;
struct awsc_ssm_automation_execution_metadata;
struct awsc_ssm_automation_execution_not_found_exception;
struct awsc_ssm_automation_execution_preview;
struct awsc_ssm_automation_step_not_found_exception;
struct awsc_ssm_azure_configuration;
struct awsc_ssm_azure_subscription;
struct awsc_ssm_baseline_override;
struct awsc_ssm_cancel_command_input;
struct awsc_ssm_cancel_command_output;
struct awsc_ssm_cancel_maintenance_window_execution_input;
struct awsc_ssm_cancel_maintenance_window_execution_output;
struct awsc_ssm_cloud_connector_configuration;
struct awsc_ssm_cloud_connector_filter;
struct awsc_ssm_cloud_connector_summary;
struct awsc_ssm_cloud_watch_output_config;
struct awsc_ssm_command;
struct awsc_ssm_command_filter;
struct awsc_ssm_command_invocation;
struct awsc_ssm_command_plugin;
struct awsc_ssm_compliance_execution_summary;
struct awsc_ssm_compliance_item;
struct awsc_ssm_compliance_item_entry;
struct awsc_ssm_compliance_string_filter;
struct awsc_ssm_compliance_summary_item;
struct awsc_ssm_compliance_type_count_limit_exceeded_exception;
struct awsc_ssm_compliant_summary;
struct awsc_ssm_configuration_targets;
struct awsc_ssm_conflict_exception;
struct awsc_ssm_create_activation_input;
struct awsc_ssm_create_activation_output;
struct awsc_ssm_create_association_batch_input;
struct awsc_ssm_create_association_batch_request_entry;
struct awsc_ssm_create_association_batch_output;
struct awsc_ssm_create_association_input;
struct awsc_ssm_create_association_output;
struct awsc_ssm_create_cloud_connector_input;
struct awsc_ssm_create_cloud_connector_output;
struct awsc_ssm_create_document_input;
struct awsc_ssm_create_document_output;
struct awsc_ssm_create_maintenance_window_input;
struct awsc_ssm_create_maintenance_window_output;
struct awsc_ssm_create_ops_item_input;
struct awsc_ssm_create_ops_item_output;
struct awsc_ssm_create_ops_metadata_input;
struct awsc_ssm_create_ops_metadata_output;
struct awsc_ssm_create_patch_baseline_input;
struct awsc_ssm_create_patch_baseline_output;
struct awsc_ssm_create_resource_data_sync_input;
struct awsc_ssm_create_resource_data_sync_output;
struct awsc_ssm_credentials;
struct awsc_ssm_custom_schema_count_limit_exceeded_exception;
struct awsc_ssm_delete_activation_input;
struct awsc_ssm_delete_activation_output;
struct awsc_ssm_delete_association_input;
struct awsc_ssm_delete_association_output;
struct awsc_ssm_delete_cloud_connector_input;
struct awsc_ssm_delete_cloud_connector_output;
struct awsc_ssm_delete_document_input;
struct awsc_ssm_delete_document_output;
struct awsc_ssm_delete_inventory_input;
struct awsc_ssm_delete_inventory_output;
struct awsc_ssm_delete_maintenance_window_input;
struct awsc_ssm_delete_maintenance_window_output;
struct awsc_ssm_delete_ops_item_input;
struct awsc_ssm_delete_ops_item_output;
struct awsc_ssm_delete_ops_metadata_input;
struct awsc_ssm_delete_ops_metadata_output;
struct awsc_ssm_delete_parameter_input;
struct awsc_ssm_delete_parameter_output;
struct awsc_ssm_delete_parameters_input;
struct awsc_ssm_delete_parameters_output;
struct awsc_ssm_delete_patch_baseline_input;
struct awsc_ssm_delete_patch_baseline_output;
struct awsc_ssm_delete_resource_data_sync_input;
struct awsc_ssm_delete_resource_data_sync_output;
struct awsc_ssm_delete_resource_policy_input;
struct awsc_ssm_delete_resource_policy_output;
struct awsc_ssm_deregister_managed_instance_input;
struct awsc_ssm_deregister_managed_instance_output;
struct awsc_ssm_deregister_patch_baseline_for_patch_group_input;
struct awsc_ssm_deregister_patch_baseline_for_patch_group_output;
struct awsc_ssm_deregister_target_from_maintenance_window_input;
struct awsc_ssm_deregister_target_from_maintenance_window_output;
struct awsc_ssm_deregister_task_from_maintenance_window_input;
struct awsc_ssm_deregister_task_from_maintenance_window_output;
struct awsc_ssm_describe_activations_filter;
struct awsc_ssm_describe_activations_input;
struct awsc_ssm_describe_activations_output;
struct awsc_ssm_describe_association_execution_targets_input;
struct awsc_ssm_describe_association_execution_targets_output;
struct awsc_ssm_describe_association_executions_input;
struct awsc_ssm_describe_association_executions_output;
struct awsc_ssm_describe_association_input;
struct awsc_ssm_describe_association_output;
struct awsc_ssm_describe_automation_executions_input;
struct awsc_ssm_describe_automation_executions_output;
struct awsc_ssm_describe_automation_step_executions_input;
struct awsc_ssm_describe_automation_step_executions_output;
struct awsc_ssm_describe_available_patches_input;
struct awsc_ssm_describe_available_patches_output;
struct awsc_ssm_describe_document_permission_input;
struct awsc_ssm_describe_document_permission_output;
struct awsc_ssm_describe_document_input;
struct awsc_ssm_describe_document_output;
struct awsc_ssm_describe_effective_instance_associations_input;
struct awsc_ssm_describe_effective_instance_associations_output;
struct awsc_ssm_describe_effective_patches_for_patch_baseline_input;
struct awsc_ssm_describe_effective_patches_for_patch_baseline_output;
struct awsc_ssm_describe_instance_associations_status_input;
struct awsc_ssm_describe_instance_associations_status_output;
struct awsc_ssm_describe_instance_information_input;
struct awsc_ssm_describe_instance_information_output;
struct awsc_ssm_describe_instance_patch_states_for_patch_group_input;
struct awsc_ssm_describe_instance_patch_states_for_patch_group_output;
struct awsc_ssm_describe_instance_patch_states_input;
struct awsc_ssm_describe_instance_patch_states_output;
struct awsc_ssm_describe_instance_patches_input;
struct awsc_ssm_describe_instance_patches_output;
struct awsc_ssm_describe_instance_properties_input;
struct awsc_ssm_describe_instance_properties_output;
struct awsc_ssm_describe_inventory_deletions_input;
struct awsc_ssm_describe_inventory_deletions_output;
struct awsc_ssm_describe_maintenance_window_execution_task_invocations_input;
struct awsc_ssm_describe_maintenance_window_execution_task_invocations_output;
struct awsc_ssm_describe_maintenance_window_execution_tasks_input;
struct awsc_ssm_describe_maintenance_window_execution_tasks_output;
struct awsc_ssm_describe_maintenance_window_executions_input;
struct awsc_ssm_describe_maintenance_window_executions_output;
struct awsc_ssm_describe_maintenance_window_schedule_input;
struct awsc_ssm_describe_maintenance_window_schedule_output;
struct awsc_ssm_describe_maintenance_window_targets_input;
struct awsc_ssm_describe_maintenance_window_targets_output;
struct awsc_ssm_describe_maintenance_window_tasks_input;
struct awsc_ssm_describe_maintenance_window_tasks_output;
struct awsc_ssm_describe_maintenance_windows_for_target_input;
struct awsc_ssm_describe_maintenance_windows_for_target_output;
struct awsc_ssm_describe_maintenance_windows_input;
struct awsc_ssm_describe_maintenance_windows_output;
struct awsc_ssm_describe_ops_items_input;
struct awsc_ssm_describe_ops_items_output;
struct awsc_ssm_describe_parameters_input;
struct awsc_ssm_describe_parameters_output;
struct awsc_ssm_describe_patch_baselines_input;
struct awsc_ssm_describe_patch_baselines_output;
struct awsc_ssm_describe_patch_group_state_input;
struct awsc_ssm_describe_patch_group_state_output;
struct awsc_ssm_describe_patch_groups_input;
struct awsc_ssm_describe_patch_groups_output;
struct awsc_ssm_describe_patch_properties_input;
struct awsc_ssm_describe_patch_properties_output;
struct awsc_ssm_describe_sessions_input;
struct awsc_ssm_describe_sessions_output;
struct awsc_ssm_disassociate_ops_item_related_item_input;
struct awsc_ssm_disassociate_ops_item_related_item_output;
struct awsc_ssm_document_already_exists;
struct awsc_ssm_document_default_version_description;
struct awsc_ssm_document_description;
struct awsc_ssm_document_filter;
struct awsc_ssm_document_identifier;
struct awsc_ssm_document_key_values_filter;
struct awsc_ssm_document_limit_exceeded;
struct awsc_ssm_document_metadata_response_info;
struct awsc_ssm_document_parameter;
struct awsc_ssm_document_permission_limit;
struct awsc_ssm_document_requires;
struct awsc_ssm_document_review_comment_source;
struct awsc_ssm_document_reviewer_response_source;
struct awsc_ssm_document_reviews;
struct awsc_ssm_document_version_info;
struct awsc_ssm_document_version_limit_exceeded;
struct awsc_ssm_does_not_exist_exception;
struct awsc_ssm_duplicate_document_content;
struct awsc_ssm_duplicate_document_version_name;
struct awsc_ssm_duplicate_instance_id;
struct awsc_ssm_effective_patch;
struct awsc_ssm_execution_inputs;
struct awsc_ssm_execution_preview;
struct awsc_ssm_failed_create_association;
struct awsc_ssm_failure_details;
struct awsc_ssm_feature_not_available_exception;
struct awsc_ssm_get_access_token_input;
struct awsc_ssm_get_access_token_output;
struct awsc_ssm_get_automation_execution_input;
struct awsc_ssm_get_automation_execution_output;
struct awsc_ssm_get_calendar_state_input;
struct awsc_ssm_get_calendar_state_output;
struct awsc_ssm_get_cloud_connector_input;
struct awsc_ssm_get_cloud_connector_output;
struct awsc_ssm_get_command_invocation_input;
struct awsc_ssm_get_command_invocation_output;
struct awsc_ssm_get_connection_status_input;
struct awsc_ssm_get_connection_status_output;
struct awsc_ssm_get_default_patch_baseline_input;
struct awsc_ssm_get_default_patch_baseline_output;
struct awsc_ssm_get_deployable_patch_snapshot_for_instance_input;
struct awsc_ssm_get_deployable_patch_snapshot_for_instance_output;
struct awsc_ssm_get_document_input;
struct awsc_ssm_get_document_output;
struct awsc_ssm_get_execution_preview_input;
struct awsc_ssm_get_execution_preview_output;
struct awsc_ssm_get_inventory_input;
struct awsc_ssm_get_inventory_output;
struct awsc_ssm_get_inventory_schema_input;
struct awsc_ssm_get_inventory_schema_output;
struct awsc_ssm_get_maintenance_window_execution_input;
struct awsc_ssm_get_maintenance_window_execution_output;
struct awsc_ssm_get_maintenance_window_execution_task_invocation_input;
struct awsc_ssm_get_maintenance_window_execution_task_invocation_output;
struct awsc_ssm_get_maintenance_window_execution_task_input;
struct awsc_ssm_get_maintenance_window_execution_task_output;
struct awsc_ssm_get_maintenance_window_input;
struct awsc_ssm_get_maintenance_window_output;
struct awsc_ssm_get_maintenance_window_task_input;
struct awsc_ssm_get_maintenance_window_task_output;
struct awsc_ssm_get_ops_item_input;
struct awsc_ssm_get_ops_item_output;
struct awsc_ssm_get_ops_metadata_input;
struct awsc_ssm_get_ops_metadata_output;
struct awsc_ssm_get_ops_summary_input;
struct awsc_ssm_get_ops_summary_output;
struct awsc_ssm_get_parameter_history_input;
struct awsc_ssm_get_parameter_history_output;
struct awsc_ssm_get_parameter_input;
struct awsc_ssm_get_parameter_output;
struct awsc_ssm_get_parameters_by_path_input;
struct awsc_ssm_get_parameters_by_path_output;
struct awsc_ssm_get_parameters_input;
struct awsc_ssm_get_parameters_output;
struct awsc_ssm_get_patch_baseline_for_patch_group_input;
struct awsc_ssm_get_patch_baseline_for_patch_group_output;
struct awsc_ssm_get_patch_baseline_input;
struct awsc_ssm_get_patch_baseline_output;
struct awsc_ssm_get_resource_policies_input;
struct awsc_ssm_get_resource_policies_output;
struct awsc_ssm_get_resource_policies_response_entry;
struct awsc_ssm_get_service_setting_input;
struct awsc_ssm_get_service_setting_output;
struct awsc_ssm_hierarchy_level_limit_exceeded_exception;
struct awsc_ssm_hierarchy_type_mismatch_exception;
struct awsc_ssm_idempotent_parameter_mismatch;
struct awsc_ssm_incompatible_policy_exception;
struct awsc_ssm_instance_aggregated_association_overview;
struct awsc_ssm_instance_association;
struct awsc_ssm_instance_association_output_location;
struct awsc_ssm_instance_association_output_url;
struct awsc_ssm_instance_association_status_info;
struct awsc_ssm_instance_info;
struct awsc_ssm_instance_information;
struct awsc_ssm_instance_information_filter;
struct awsc_ssm_instance_information_string_filter;
struct awsc_ssm_instance_patch_state;
struct awsc_ssm_instance_patch_state_filter;
struct awsc_ssm_instance_property;
struct awsc_ssm_instance_property_filter;
struct awsc_ssm_instance_property_string_filter;
struct awsc_ssm_internal_server_error;
struct awsc_ssm_invalid_activation;
struct awsc_ssm_invalid_activation_id;
struct awsc_ssm_invalid_aggregator_exception;
struct awsc_ssm_invalid_allowed_pattern_exception;
struct awsc_ssm_invalid_association;
struct awsc_ssm_invalid_association_version;
struct awsc_ssm_invalid_automation_execution_parameters_exception;
struct awsc_ssm_invalid_automation_signal_exception;
struct awsc_ssm_invalid_automation_status_update_exception;
struct awsc_ssm_invalid_command_id;
struct awsc_ssm_invalid_delete_inventory_parameters_exception;
struct awsc_ssm_invalid_deletion_id_exception;
struct awsc_ssm_invalid_document;
struct awsc_ssm_invalid_document_content;
struct awsc_ssm_invalid_document_operation;
struct awsc_ssm_invalid_document_schema_version;
struct awsc_ssm_invalid_document_type;
struct awsc_ssm_invalid_document_version;
struct awsc_ssm_invalid_filter;
struct awsc_ssm_invalid_filter_key;
struct awsc_ssm_invalid_filter_option;
struct awsc_ssm_invalid_filter_value;
struct awsc_ssm_invalid_instance_id;
struct awsc_ssm_invalid_instance_information_filter_value;
struct awsc_ssm_invalid_instance_property_filter_value;
struct awsc_ssm_invalid_inventory_group_exception;
struct awsc_ssm_invalid_inventory_item_context_exception;
struct awsc_ssm_invalid_inventory_request_exception;
struct awsc_ssm_invalid_item_content_exception;
struct awsc_ssm_invalid_key_id;
struct awsc_ssm_invalid_next_token;
struct awsc_ssm_invalid_notification_config;
struct awsc_ssm_invalid_option_exception;
struct awsc_ssm_invalid_output_folder;
struct awsc_ssm_invalid_output_location;
struct awsc_ssm_invalid_parameters;
struct awsc_ssm_invalid_permission_type;
struct awsc_ssm_invalid_plugin_name;
struct awsc_ssm_invalid_policy_attribute_exception;
struct awsc_ssm_invalid_policy_type_exception;
struct awsc_ssm_invalid_resource_id;
struct awsc_ssm_invalid_resource_type;
struct awsc_ssm_invalid_result_attribute_exception;
struct awsc_ssm_invalid_role;
struct awsc_ssm_invalid_schedule;
struct awsc_ssm_invalid_tag;
struct awsc_ssm_invalid_target;
struct awsc_ssm_invalid_target_maps;
struct awsc_ssm_invalid_type_name_exception;
struct awsc_ssm_invalid_update;
struct awsc_ssm_inventory_aggregator;
struct awsc_ssm_inventory_deletion_status_item;
struct awsc_ssm_inventory_deletion_summary;
struct awsc_ssm_inventory_deletion_summary_item;
struct awsc_ssm_inventory_filter;
struct awsc_ssm_inventory_group;
struct awsc_ssm_inventory_item;
struct awsc_ssm_inventory_item_attribute;
struct awsc_ssm_inventory_item_schema;
struct awsc_ssm_inventory_result_entity;
struct awsc_ssm_inventory_result_item;
struct awsc_ssm_invocation_does_not_exist;
struct awsc_ssm_item_content_mismatch_exception;
struct awsc_ssm_item_size_limit_exceeded_exception;
struct awsc_ssm_label_parameter_version_input;
struct awsc_ssm_label_parameter_version_output;
struct awsc_ssm_list_association_versions_input;
struct awsc_ssm_list_association_versions_output;
struct awsc_ssm_list_associations_input;
struct awsc_ssm_list_associations_output;
struct awsc_ssm_list_cloud_connectors_input;
struct awsc_ssm_list_cloud_connectors_output;
struct awsc_ssm_list_command_invocations_input;
struct awsc_ssm_list_command_invocations_output;
struct awsc_ssm_list_commands_input;
struct awsc_ssm_list_commands_output;
struct awsc_ssm_list_compliance_items_input;
struct awsc_ssm_list_compliance_items_output;
struct awsc_ssm_list_compliance_summaries_input;
struct awsc_ssm_list_compliance_summaries_output;
struct awsc_ssm_list_document_metadata_history_input;
struct awsc_ssm_list_document_metadata_history_output;
struct awsc_ssm_list_document_versions_input;
struct awsc_ssm_list_document_versions_output;
struct awsc_ssm_list_documents_input;
struct awsc_ssm_list_documents_output;
struct awsc_ssm_list_inventory_entries_input;
struct awsc_ssm_list_inventory_entries_output;
struct awsc_ssm_list_nodes_input;
struct awsc_ssm_list_nodes_output;
struct awsc_ssm_list_nodes_summary_input;
struct awsc_ssm_list_nodes_summary_output;
struct awsc_ssm_list_ops_item_events_input;
struct awsc_ssm_list_ops_item_events_output;
struct awsc_ssm_list_ops_item_related_items_input;
struct awsc_ssm_list_ops_item_related_items_output;
struct awsc_ssm_list_ops_metadata_input;
struct awsc_ssm_list_ops_metadata_output;
struct awsc_ssm_list_resource_compliance_summaries_input;
struct awsc_ssm_list_resource_compliance_summaries_output;
struct awsc_ssm_list_resource_data_sync_input;
struct awsc_ssm_list_resource_data_sync_output;
struct awsc_ssm_list_tags_for_resource_input;
struct awsc_ssm_list_tags_for_resource_output;
struct awsc_ssm_logging_info;
struct awsc_ssm_maintenance_window_automation_parameters;
struct awsc_ssm_maintenance_window_execution;
struct awsc_ssm_maintenance_window_execution_task_identity;
struct awsc_ssm_maintenance_window_execution_task_invocation_identity;
struct awsc_ssm_maintenance_window_filter;
struct awsc_ssm_maintenance_window_identity;
struct awsc_ssm_maintenance_window_identity_for_target;
struct awsc_ssm_maintenance_window_lambda_parameters;
struct awsc_ssm_maintenance_window_run_command_parameters;
struct awsc_ssm_maintenance_window_step_functions_parameters;
struct awsc_ssm_maintenance_window_target;
struct awsc_ssm_maintenance_window_task;
struct awsc_ssm_maintenance_window_task_invocation_parameters;
struct awsc_ssm_maintenance_window_task_parameter_value_expression;
struct awsc_ssm_malformed_resource_policy_document_exception;
struct awsc_ssm_max_document_size_exceeded;
struct awsc_ssm_metadata_value;
struct awsc_ssm_modify_document_permission_input;
struct awsc_ssm_modify_document_permission_output;
struct awsc_ssm_no_longer_supported_exception;
struct awsc_ssm_node;
struct awsc_ssm_node_aggregator;
struct awsc_ssm_node_filter;
struct awsc_ssm_node_owner_info;
struct awsc_ssm_node_type;
struct awsc_ssm_non_compliant_summary;
struct awsc_ssm_notification_config;
struct awsc_ssm_ops_aggregator;
struct awsc_ssm_ops_entity;
struct awsc_ssm_ops_entity_item;
struct awsc_ssm_ops_filter;
struct awsc_ssm_ops_item;
struct awsc_ssm_ops_item_access_denied_exception;
struct awsc_ssm_ops_item_already_exists_exception;
struct awsc_ssm_ops_item_conflict_exception;
struct awsc_ssm_ops_item_data_value;
struct awsc_ssm_ops_item_event_filter;
struct awsc_ssm_ops_item_event_summary;
struct awsc_ssm_ops_item_filter;
struct awsc_ssm_ops_item_identity;
struct awsc_ssm_ops_item_invalid_parameter_exception;
struct awsc_ssm_ops_item_limit_exceeded_exception;
struct awsc_ssm_ops_item_not_found_exception;
struct awsc_ssm_ops_item_notification;
struct awsc_ssm_ops_item_related_item_already_exists_exception;
struct awsc_ssm_ops_item_related_item_association_not_found_exception;
struct awsc_ssm_ops_item_related_item_summary;
struct awsc_ssm_ops_item_related_items_filter;
struct awsc_ssm_ops_item_summary;
struct awsc_ssm_ops_metadata;
struct awsc_ssm_ops_metadata_already_exists_exception;
struct awsc_ssm_ops_metadata_filter;
struct awsc_ssm_ops_metadata_invalid_argument_exception;
struct awsc_ssm_ops_metadata_key_limit_exceeded_exception;
struct awsc_ssm_ops_metadata_limit_exceeded_exception;
struct awsc_ssm_ops_metadata_not_found_exception;
struct awsc_ssm_ops_metadata_too_many_updates_exception;
struct awsc_ssm_ops_result_attribute;
struct awsc_ssm_output_source;
struct awsc_ssm_parameter;
struct awsc_ssm_parameter_already_exists;
struct awsc_ssm_parameter_history;
struct awsc_ssm_parameter_inline_policy;
struct awsc_ssm_parameter_limit_exceeded;
struct awsc_ssm_parameter_max_version_limit_exceeded;
struct awsc_ssm_parameter_metadata;
struct awsc_ssm_parameter_not_found;
struct awsc_ssm_parameter_pattern_mismatch_exception;
struct awsc_ssm_parameter_string_filter;
struct awsc_ssm_parameter_version_label_limit_exceeded;
struct awsc_ssm_parameter_version_not_found;
struct awsc_ssm_parameters_filter;
struct awsc_ssm_parent_step_details;
struct awsc_ssm_patch;
struct awsc_ssm_patch_baseline_identity;
struct awsc_ssm_patch_compliance_data;
struct awsc_ssm_patch_filter;
struct awsc_ssm_patch_filter_group;
struct awsc_ssm_patch_group_patch_baseline_mapping;
struct awsc_ssm_patch_orchestrator_filter;
struct awsc_ssm_patch_rule;
struct awsc_ssm_patch_rule_group;
struct awsc_ssm_patch_source;
struct awsc_ssm_patch_status;
struct awsc_ssm_policies_limit_exceeded_exception;
struct awsc_ssm_progress_counters;
struct awsc_ssm_put_compliance_items_input;
struct awsc_ssm_put_compliance_items_output;
struct awsc_ssm_put_inventory_input;
struct awsc_ssm_put_inventory_output;
struct awsc_ssm_put_parameter_input;
struct awsc_ssm_put_parameter_output;
struct awsc_ssm_put_resource_policy_input;
struct awsc_ssm_put_resource_policy_output;
struct awsc_ssm_register_default_patch_baseline_input;
struct awsc_ssm_register_default_patch_baseline_output;
struct awsc_ssm_register_patch_baseline_for_patch_group_input;
struct awsc_ssm_register_patch_baseline_for_patch_group_output;
struct awsc_ssm_register_target_with_maintenance_window_input;
struct awsc_ssm_register_target_with_maintenance_window_output;
struct awsc_ssm_register_task_with_maintenance_window_input;
struct awsc_ssm_register_task_with_maintenance_window_output;
struct awsc_ssm_registration_metadata_item;
struct awsc_ssm_related_ops_item;
struct awsc_ssm_remove_tags_from_resource_input;
struct awsc_ssm_remove_tags_from_resource_output;
struct awsc_ssm_reset_service_setting_input;
struct awsc_ssm_reset_service_setting_output;
struct awsc_ssm_resolved_targets;
struct awsc_ssm_resource_compliance_summary_item;
struct awsc_ssm_resource_data_sync_already_exists_exception;
struct awsc_ssm_resource_data_sync_aws_organizations_source;
struct awsc_ssm_resource_data_sync_conflict_exception;
struct awsc_ssm_resource_data_sync_count_exceeded_exception;
struct awsc_ssm_resource_data_sync_destination_data_sharing;
struct awsc_ssm_resource_data_sync_invalid_configuration_exception;
struct awsc_ssm_resource_data_sync_item;
struct awsc_ssm_resource_data_sync_not_found_exception;
struct awsc_ssm_resource_data_sync_organizational_unit;
struct awsc_ssm_resource_data_sync_s3_destination;
struct awsc_ssm_resource_data_sync_source;
struct awsc_ssm_resource_data_sync_source_with_state;
struct awsc_ssm_resource_in_use_exception;
struct awsc_ssm_resource_limit_exceeded_exception;
struct awsc_ssm_resource_not_found_exception;
struct awsc_ssm_resource_policy_conflict_exception;
struct awsc_ssm_resource_policy_invalid_parameter_exception;
struct awsc_ssm_resource_policy_limit_exceeded_exception;
struct awsc_ssm_resource_policy_not_found_exception;
struct awsc_ssm_result_attribute;
struct awsc_ssm_resume_session_input;
struct awsc_ssm_resume_session_output;
struct awsc_ssm_review_information;
struct awsc_ssm_runbook;
struct awsc_ssm_s3_output_location;
struct awsc_ssm_s3_output_url;
struct awsc_ssm_scheduled_window_execution;
struct awsc_ssm_send_automation_signal_input;
struct awsc_ssm_send_automation_signal_output;
struct awsc_ssm_send_command_input;
struct awsc_ssm_send_command_output;
struct awsc_ssm_service_quota_exceeded_exception;
struct awsc_ssm_service_setting;
struct awsc_ssm_service_setting_not_found;
struct awsc_ssm_session;
struct awsc_ssm_session_filter;
struct awsc_ssm_session_manager_output_url;
struct awsc_ssm_severity_summary;
struct awsc_ssm_start_access_request_input;
struct awsc_ssm_start_access_request_output;
struct awsc_ssm_start_associations_once_input;
struct awsc_ssm_start_associations_once_output;
struct awsc_ssm_start_automation_execution_input;
struct awsc_ssm_start_automation_execution_output;
struct awsc_ssm_start_change_request_execution_input;
struct awsc_ssm_start_change_request_execution_output;
struct awsc_ssm_start_execution_preview_input;
struct awsc_ssm_start_execution_preview_output;
struct awsc_ssm_start_session_input;
struct awsc_ssm_start_session_output;
struct awsc_ssm_status_unchanged;
struct awsc_ssm_step_execution;
struct awsc_ssm_step_execution_filter;
struct awsc_ssm_stop_automation_execution_input;
struct awsc_ssm_stop_automation_execution_output;
struct awsc_ssm_sub_type_count_limit_exceeded_exception;
struct awsc_ssm_tag;
struct awsc_ssm_target;
struct awsc_ssm_target_in_use_exception;
struct awsc_ssm_target_location;
struct awsc_ssm_target_not_connected;
struct awsc_ssm_target_preview;
struct awsc_ssm_terminate_session_input;
struct awsc_ssm_terminate_session_output;
struct awsc_ssm_throttling_exception;
struct awsc_ssm_too_many_tags_error;
struct awsc_ssm_too_many_updates;
struct awsc_ssm_total_size_limit_exceeded_exception;
struct awsc_ssm_unlabel_parameter_version_input;
struct awsc_ssm_unlabel_parameter_version_output;
struct awsc_ssm_unsupported_calendar_exception;
struct awsc_ssm_unsupported_feature_required_exception;
struct awsc_ssm_unsupported_inventory_item_context_exception;
struct awsc_ssm_unsupported_inventory_schema_version_exception;
struct awsc_ssm_unsupported_operating_system;
struct awsc_ssm_unsupported_operation_exception;
struct awsc_ssm_unsupported_parameter_type;
struct awsc_ssm_unsupported_platform_type;
struct awsc_ssm_update_association_input;
struct awsc_ssm_update_association_output;
struct awsc_ssm_update_association_status_input;
struct awsc_ssm_update_association_status_output;
struct awsc_ssm_update_cloud_connector_input;
struct awsc_ssm_update_cloud_connector_output;
struct awsc_ssm_update_document_default_version_input;
struct awsc_ssm_update_document_default_version_output;
struct awsc_ssm_update_document_metadata_input;
struct awsc_ssm_update_document_metadata_output;
struct awsc_ssm_update_document_input;
struct awsc_ssm_update_document_output;
struct awsc_ssm_update_maintenance_window_input;
struct awsc_ssm_update_maintenance_window_output;
struct awsc_ssm_update_maintenance_window_target_input;
struct awsc_ssm_update_maintenance_window_target_output;
struct awsc_ssm_update_maintenance_window_task_input;
struct awsc_ssm_update_maintenance_window_task_output;
struct awsc_ssm_update_managed_instance_role_input;
struct awsc_ssm_update_managed_instance_role_output;
struct awsc_ssm_update_ops_item_input;
struct awsc_ssm_update_ops_item_output;
struct awsc_ssm_update_ops_metadata_input;
struct awsc_ssm_update_ops_metadata_output;
struct awsc_ssm_update_patch_baseline_input;
struct awsc_ssm_update_patch_baseline_output;
struct awsc_ssm_update_resource_data_sync_input;
struct awsc_ssm_update_resource_data_sync_output;
struct awsc_ssm_update_service_setting_input;
struct awsc_ssm_update_service_setting_output;
struct awsc_ssm_validate_cloud_connector_input;
struct awsc_ssm_validate_cloud_connector_output;
struct awsc_ssm_validation_exception;
struct awsc_ssm_validation_finding;
struct awsc_ssm_validation_finding_scope;
struct awsc_ssm_step_preview_map_entry;
struct awsc_ssm_automation_parameter_map_entry;
struct awsc_ssm_normal_string_map_entry;
struct awsc_ssm_inventory_result_item_map_entry;
struct awsc_ssm_maintenance_window_task_parameters_entry;
struct awsc_ssm_metadata_map_entry;
struct awsc_ssm_ops_entity_item_map_entry;
struct awsc_ssm_ops_item_operational_data_entry;

/*
 * PatchIdList: a list of PatchId.
 * Also the type of AccountIdList, Accounts, AssociationIdList,
 * AttachmentsSourceValues, AutomationExecutionFilterValueList,
 * AutomationParameterValueList, CalendarNameOrARNList, CategoryEnumList,
 * CategoryList, CloudConnectorFilterValues, ComplianceResourceIdList,
 * ComplianceResourceTypeList, ComplianceStringFilterValueList,
 * DocumentKeyValuesFilterValues, ExcludeAccounts, InstanceIdList,
 * InstanceInformationFilterValueSet, InstancePatchStateFilterValues,
 * InstancePropertyFilterValueSet, InventoryFilterValueList, KeyList,
 * MaintenanceWindowExecutionTaskIdList, MaintenanceWindowFilterValues,
 * MaintenanceWindowTaskParameterValueList, MetadataKeysToDeleteList,
 * NodeFilterValueList, NotificationEventList, OpsFilterValueList,
 * OpsItemEventFilterValues, OpsItemFilterValues, OpsItemOpsDataKeysList,
 * OpsItemParameterNamesList, OpsItemRelatedItemsFilterValues,
 * OpsMetadataFilterValueList, ParameterLabelList, ParameterNameList,
 * ParameterStringFilterValueList, ParameterValueList,
 * ParametersFilterValueList, PatchAdvisoryIdList, PatchBugzillaIdList,
 * PatchCVEIdList, PatchFilterValueList, PatchGroupList,
 * PatchOrchestratorFilterValues, PatchSourceProductList, PlatformTypeList,
 * RegionList, Regions, ResourceDataSyncSourceRegionList,
 * ResourcePolicyParameterNamesList, SessionManagerParameterValueList,
 * StepExecutionFilterValueList, StringList, TargetMapValueList,
 * TargetParameterList, TargetValues, ValidNextStepList.
 */
struct awsc_ssm_patch_id_list {
    const char **items;
    size_t count;
};

/* AccountSharingInfoList: a list of AccountSharingInfo. */
struct awsc_ssm_account_sharing_info_list {
    struct awsc_ssm_account_sharing_info *items;
    size_t count;
};

/* ActivationList: a list of Activation. */
struct awsc_ssm_activation_list {
    struct awsc_ssm_activation *items;
    size_t count;
};

/* AlarmList: a list of Alarm. */
struct awsc_ssm_alarm_list {
    struct awsc_ssm_alarm *items;
    size_t count;
};

/* AlarmStateInformationList: a list of AlarmStateInformation. */
struct awsc_ssm_alarm_state_information_list {
    struct awsc_ssm_alarm_state_information *items;
    size_t count;
};

/* AssociationDescriptionList: a list of AssociationDescription. */
struct awsc_ssm_association_description_list {
    struct awsc_ssm_association_description *items;
    size_t count;
};

/* AssociationExecutionFilterList: a list of AssociationExecutionFilter. */
struct awsc_ssm_association_execution_filter_list {
    struct awsc_ssm_association_execution_filter *items;
    size_t count;
};

/* AssociationExecutionTargetsFilterList: a list of AssociationExecutionTargetsFilter. */
struct awsc_ssm_association_execution_targets_filter_list {
    struct awsc_ssm_association_execution_targets_filter *items;
    size_t count;
};

/* AssociationExecutionTargetsList: a list of AssociationExecutionTarget. */
struct awsc_ssm_association_execution_targets_list {
    struct awsc_ssm_association_execution_target *items;
    size_t count;
};

/* AssociationExecutionsList: a list of AssociationExecution. */
struct awsc_ssm_association_executions_list {
    struct awsc_ssm_association_execution *items;
    size_t count;
};

/* AssociationFilterList: a list of AssociationFilter. */
struct awsc_ssm_association_filter_list {
    struct awsc_ssm_association_filter *items;
    size_t count;
};

/* AssociationList: a list of Association. */
struct awsc_ssm_association_list {
    struct awsc_ssm_association *items;
    size_t count;
};

/* AssociationVersionList: a list of AssociationVersionInfo. */
struct awsc_ssm_association_version_list {
    struct awsc_ssm_association_version_info *items;
    size_t count;
};

/* AttachmentContentList: a list of AttachmentContent. */
struct awsc_ssm_attachment_content_list {
    struct awsc_ssm_attachment_content *items;
    size_t count;
};

/* AttachmentInformationList: a list of AttachmentInformation. */
struct awsc_ssm_attachment_information_list {
    struct awsc_ssm_attachment_information *items;
    size_t count;
};

/* AttachmentsSourceList: a list of AttachmentsSource. */
struct awsc_ssm_attachments_source_list {
    struct awsc_ssm_attachments_source *items;
    size_t count;
};

/* AutomationExecutionFilterList: a list of AutomationExecutionFilter. */
struct awsc_ssm_automation_execution_filter_list {
    struct awsc_ssm_automation_execution_filter *items;
    size_t count;
};

/* AutomationExecutionMetadataList: a list of AutomationExecutionMetadata. */
struct awsc_ssm_automation_execution_metadata_list {
    struct awsc_ssm_automation_execution_metadata *items;
    size_t count;
};

/*
 * Targets: a list of Target.
 * Also the type of AutomationTargets.
 */
struct awsc_ssm_targets {
    struct awsc_ssm_target *items;
    size_t count;
};

/* AzureSubscriptionList: a list of AzureSubscription. */
struct awsc_ssm_azure_subscription_list {
    struct awsc_ssm_azure_subscription *items;
    size_t count;
};

/* CloudConnectorFilterList: a list of CloudConnectorFilter. */
struct awsc_ssm_cloud_connector_filter_list {
    struct awsc_ssm_cloud_connector_filter *items;
    size_t count;
};

/* CloudConnectorSummaryList: a list of CloudConnectorSummary. */
struct awsc_ssm_cloud_connector_summary_list {
    struct awsc_ssm_cloud_connector_summary *items;
    size_t count;
};

/* CommandFilterList: a list of CommandFilter. */
struct awsc_ssm_command_filter_list {
    struct awsc_ssm_command_filter *items;
    size_t count;
};

/* CommandInvocationList: a list of CommandInvocation. */
struct awsc_ssm_command_invocation_list {
    struct awsc_ssm_command_invocation *items;
    size_t count;
};

/* CommandList: a list of Command. */
struct awsc_ssm_command_list {
    struct awsc_ssm_command *items;
    size_t count;
};

/* CommandPluginList: a list of CommandPlugin. */
struct awsc_ssm_command_plugin_list {
    struct awsc_ssm_command_plugin *items;
    size_t count;
};

/* ComplianceItemEntryList: a list of ComplianceItemEntry. */
struct awsc_ssm_compliance_item_entry_list {
    struct awsc_ssm_compliance_item_entry *items;
    size_t count;
};

/* ComplianceItemList: a list of ComplianceItem. */
struct awsc_ssm_compliance_item_list {
    struct awsc_ssm_compliance_item *items;
    size_t count;
};

/* ComplianceStringFilterList: a list of ComplianceStringFilter. */
struct awsc_ssm_compliance_string_filter_list {
    struct awsc_ssm_compliance_string_filter *items;
    size_t count;
};

/* ComplianceSummaryItemList: a list of ComplianceSummaryItem. */
struct awsc_ssm_compliance_summary_item_list {
    struct awsc_ssm_compliance_summary_item *items;
    size_t count;
};

/* CreateAssociationBatchRequestEntries: a list of CreateAssociationBatchRequestEntry. */
struct awsc_ssm_create_association_batch_request_entries {
    struct awsc_ssm_create_association_batch_request_entry *items;
    size_t count;
};

/* DescribeActivationsFilterList: a list of DescribeActivationsFilter. */
struct awsc_ssm_describe_activations_filter_list {
    struct awsc_ssm_describe_activations_filter *items;
    size_t count;
};

/* DocumentFilterList: a list of DocumentFilter. */
struct awsc_ssm_document_filter_list {
    struct awsc_ssm_document_filter *items;
    size_t count;
};

/* DocumentIdentifierList: a list of DocumentIdentifier. */
struct awsc_ssm_document_identifier_list {
    struct awsc_ssm_document_identifier *items;
    size_t count;
};

/* DocumentKeyValuesFilterList: a list of DocumentKeyValuesFilter. */
struct awsc_ssm_document_key_values_filter_list {
    struct awsc_ssm_document_key_values_filter *items;
    size_t count;
};

/* DocumentParameterList: a list of DocumentParameter. */
struct awsc_ssm_document_parameter_list {
    struct awsc_ssm_document_parameter *items;
    size_t count;
};

/* DocumentRequiresList: a list of DocumentRequires. */
struct awsc_ssm_document_requires_list {
    struct awsc_ssm_document_requires *items;
    size_t count;
};

/* DocumentReviewCommentList: a list of DocumentReviewCommentSource. */
struct awsc_ssm_document_review_comment_list {
    struct awsc_ssm_document_review_comment_source *items;
    size_t count;
};

/* DocumentReviewerResponseList: a list of DocumentReviewerResponseSource. */
struct awsc_ssm_document_reviewer_response_list {
    struct awsc_ssm_document_reviewer_response_source *items;
    size_t count;
};

/* DocumentVersionList: a list of DocumentVersionInfo. */
struct awsc_ssm_document_version_list {
    struct awsc_ssm_document_version_info *items;
    size_t count;
};

/* EffectivePatchList: a list of EffectivePatch. */
struct awsc_ssm_effective_patch_list {
    struct awsc_ssm_effective_patch *items;
    size_t count;
};

/* FailedCreateAssociationList: a list of FailedCreateAssociation. */
struct awsc_ssm_failed_create_association_list {
    struct awsc_ssm_failed_create_association *items;
    size_t count;
};

/* GetResourcePoliciesResponseEntries: a list of GetResourcePoliciesResponseEntry. */
struct awsc_ssm_get_resource_policies_response_entries {
    struct awsc_ssm_get_resource_policies_response_entry *items;
    size_t count;
};

/* InstanceAssociationList: a list of InstanceAssociation. */
struct awsc_ssm_instance_association_list {
    struct awsc_ssm_instance_association *items;
    size_t count;
};

/* InstanceAssociationStatusInfos: a list of InstanceAssociationStatusInfo. */
struct awsc_ssm_instance_association_status_infos {
    struct awsc_ssm_instance_association_status_info *items;
    size_t count;
};

/* InstanceInformationFilterList: a list of InstanceInformationFilter. */
struct awsc_ssm_instance_information_filter_list {
    struct awsc_ssm_instance_information_filter *items;
    size_t count;
};

/* InstanceInformationList: a list of InstanceInformation. */
struct awsc_ssm_instance_information_list {
    struct awsc_ssm_instance_information *items;
    size_t count;
};

/* InstanceInformationStringFilterList: a list of InstanceInformationStringFilter. */
struct awsc_ssm_instance_information_string_filter_list {
    struct awsc_ssm_instance_information_string_filter *items;
    size_t count;
};

/* InstancePatchStateFilterList: a list of InstancePatchStateFilter. */
struct awsc_ssm_instance_patch_state_filter_list {
    struct awsc_ssm_instance_patch_state_filter *items;
    size_t count;
};

/*
 * InstancePatchStateList: a list of InstancePatchState.
 * Also the type of InstancePatchStatesList.
 */
struct awsc_ssm_instance_patch_state_list {
    struct awsc_ssm_instance_patch_state *items;
    size_t count;
};

/* InstanceProperties: a list of InstanceProperty. */
struct awsc_ssm_instance_properties {
    struct awsc_ssm_instance_property *items;
    size_t count;
};

/* InstancePropertyFilterList: a list of InstancePropertyFilter. */
struct awsc_ssm_instance_property_filter_list {
    struct awsc_ssm_instance_property_filter *items;
    size_t count;
};

/* InstancePropertyStringFilterList: a list of InstancePropertyStringFilter. */
struct awsc_ssm_instance_property_string_filter_list {
    struct awsc_ssm_instance_property_string_filter *items;
    size_t count;
};

/* InventoryAggregatorList: a list of InventoryAggregator. */
struct awsc_ssm_inventory_aggregator_list {
    struct awsc_ssm_inventory_aggregator *items;
    size_t count;
};

/* InventoryDeletionSummaryItems: a list of InventoryDeletionSummaryItem. */
struct awsc_ssm_inventory_deletion_summary_items {
    struct awsc_ssm_inventory_deletion_summary_item *items;
    size_t count;
};

/* InventoryDeletionsList: a list of InventoryDeletionStatusItem. */
struct awsc_ssm_inventory_deletions_list {
    struct awsc_ssm_inventory_deletion_status_item *items;
    size_t count;
};

/* InventoryFilterList: a list of InventoryFilter. */
struct awsc_ssm_inventory_filter_list {
    struct awsc_ssm_inventory_filter *items;
    size_t count;
};

/* InventoryGroupList: a list of InventoryGroup. */
struct awsc_ssm_inventory_group_list {
    struct awsc_ssm_inventory_group *items;
    size_t count;
};

/* InventoryItemAttributeList: a list of InventoryItemAttribute. */
struct awsc_ssm_inventory_item_attribute_list {
    struct awsc_ssm_inventory_item_attribute *items;
    size_t count;
};

/*
 * InventoryItemEntryList: a list of InventoryItemEntry.
 * Also the type of NodeSummaryList, OpsEntityItemEntryList,
 * PatchPropertiesList.
 */
struct awsc_ssm_inventory_item_entry_list {
    struct awsc_ssm_normal_string_map *items;
    size_t count;
};

/* InventoryItemList: a list of InventoryItem. */
struct awsc_ssm_inventory_item_list {
    struct awsc_ssm_inventory_item *items;
    size_t count;
};

/* InventoryItemSchemaResultList: a list of InventoryItemSchema. */
struct awsc_ssm_inventory_item_schema_result_list {
    struct awsc_ssm_inventory_item_schema *items;
    size_t count;
};

/* InventoryResultEntityList: a list of InventoryResultEntity. */
struct awsc_ssm_inventory_result_entity_list {
    struct awsc_ssm_inventory_result_entity *items;
    size_t count;
};

/* MaintenanceWindowExecutionList: a list of MaintenanceWindowExecution. */
struct awsc_ssm_maintenance_window_execution_list {
    struct awsc_ssm_maintenance_window_execution *items;
    size_t count;
};

/* MaintenanceWindowExecutionTaskIdentityList: a list of MaintenanceWindowExecutionTaskIdentity. */
struct awsc_ssm_maintenance_window_execution_task_identity_list {
    struct awsc_ssm_maintenance_window_execution_task_identity *items;
    size_t count;
};

/* MaintenanceWindowExecutionTaskInvocationIdentityList: a list of MaintenanceWindowExecutionTaskInvocationIdentity. */
struct awsc_ssm_maintenance_window_execution_task_invocation_identity_list {
    struct awsc_ssm_maintenance_window_execution_task_invocation_identity *items;
    size_t count;
};

/* MaintenanceWindowFilterList: a list of MaintenanceWindowFilter. */
struct awsc_ssm_maintenance_window_filter_list {
    struct awsc_ssm_maintenance_window_filter *items;
    size_t count;
};

/* MaintenanceWindowIdentityList: a list of MaintenanceWindowIdentity. */
struct awsc_ssm_maintenance_window_identity_list {
    struct awsc_ssm_maintenance_window_identity *items;
    size_t count;
};

/* MaintenanceWindowTargetList: a list of MaintenanceWindowTarget. */
struct awsc_ssm_maintenance_window_target_list {
    struct awsc_ssm_maintenance_window_target *items;
    size_t count;
};

/* MaintenanceWindowTaskList: a list of MaintenanceWindowTask. */
struct awsc_ssm_maintenance_window_task_list {
    struct awsc_ssm_maintenance_window_task *items;
    size_t count;
};

/* MaintenanceWindowTaskParametersList: a list of MaintenanceWindowTaskParameters. */
struct awsc_ssm_maintenance_window_task_parameters_list {
    struct awsc_ssm_maintenance_window_task_parameters *items;
    size_t count;
};

/* MaintenanceWindowsForTargetList: a list of MaintenanceWindowIdentityForTarget. */
struct awsc_ssm_maintenance_windows_for_target_list {
    struct awsc_ssm_maintenance_window_identity_for_target *items;
    size_t count;
};

/* NodeAggregatorList: a list of NodeAggregator. */
struct awsc_ssm_node_aggregator_list {
    struct awsc_ssm_node_aggregator *items;
    size_t count;
};

/* NodeFilterList: a list of NodeFilter. */
struct awsc_ssm_node_filter_list {
    struct awsc_ssm_node_filter *items;
    size_t count;
};

/* NodeList: a list of Node. */
struct awsc_ssm_node_list {
    struct awsc_ssm_node *items;
    size_t count;
};

/* OpsAggregatorList: a list of OpsAggregator. */
struct awsc_ssm_ops_aggregator_list {
    struct awsc_ssm_ops_aggregator *items;
    size_t count;
};

/* OpsEntityList: a list of OpsEntity. */
struct awsc_ssm_ops_entity_list {
    struct awsc_ssm_ops_entity *items;
    size_t count;
};

/* OpsFilterList: a list of OpsFilter. */
struct awsc_ssm_ops_filter_list {
    struct awsc_ssm_ops_filter *items;
    size_t count;
};

/* OpsItemEventFilters: a list of OpsItemEventFilter. */
struct awsc_ssm_ops_item_event_filters {
    struct awsc_ssm_ops_item_event_filter *items;
    size_t count;
};

/* OpsItemEventSummaries: a list of OpsItemEventSummary. */
struct awsc_ssm_ops_item_event_summaries {
    struct awsc_ssm_ops_item_event_summary *items;
    size_t count;
};

/* OpsItemFilters: a list of OpsItemFilter. */
struct awsc_ssm_ops_item_filters {
    struct awsc_ssm_ops_item_filter *items;
    size_t count;
};

/* OpsItemNotifications: a list of OpsItemNotification. */
struct awsc_ssm_ops_item_notifications {
    struct awsc_ssm_ops_item_notification *items;
    size_t count;
};

/* OpsItemRelatedItemSummaries: a list of OpsItemRelatedItemSummary. */
struct awsc_ssm_ops_item_related_item_summaries {
    struct awsc_ssm_ops_item_related_item_summary *items;
    size_t count;
};

/* OpsItemRelatedItemsFilters: a list of OpsItemRelatedItemsFilter. */
struct awsc_ssm_ops_item_related_items_filters {
    struct awsc_ssm_ops_item_related_items_filter *items;
    size_t count;
};

/* OpsItemSummaries: a list of OpsItemSummary. */
struct awsc_ssm_ops_item_summaries {
    struct awsc_ssm_ops_item_summary *items;
    size_t count;
};

/* OpsMetadataFilterList: a list of OpsMetadataFilter. */
struct awsc_ssm_ops_metadata_filter_list {
    struct awsc_ssm_ops_metadata_filter *items;
    size_t count;
};

/* OpsMetadataList: a list of OpsMetadata. */
struct awsc_ssm_ops_metadata_list {
    struct awsc_ssm_ops_metadata *items;
    size_t count;
};

/* OpsResultAttributeList: a list of OpsResultAttribute. */
struct awsc_ssm_ops_result_attribute_list {
    struct awsc_ssm_ops_result_attribute *items;
    size_t count;
};

/* ParameterHistoryList: a list of ParameterHistory. */
struct awsc_ssm_parameter_history_list {
    struct awsc_ssm_parameter_history *items;
    size_t count;
};

/* ParameterList: a list of Parameter. */
struct awsc_ssm_parameter_list {
    struct awsc_ssm_parameter *items;
    size_t count;
};

/* ParameterMetadataList: a list of ParameterMetadata. */
struct awsc_ssm_parameter_metadata_list {
    struct awsc_ssm_parameter_metadata *items;
    size_t count;
};

/* ParameterPolicyList: a list of ParameterInlinePolicy. */
struct awsc_ssm_parameter_policy_list {
    struct awsc_ssm_parameter_inline_policy *items;
    size_t count;
};

/* ParameterStringFilterList: a list of ParameterStringFilter. */
struct awsc_ssm_parameter_string_filter_list {
    struct awsc_ssm_parameter_string_filter *items;
    size_t count;
};

/* ParametersFilterList: a list of ParametersFilter. */
struct awsc_ssm_parameters_filter_list {
    struct awsc_ssm_parameters_filter *items;
    size_t count;
};

/* PatchBaselineIdentityList: a list of PatchBaselineIdentity. */
struct awsc_ssm_patch_baseline_identity_list {
    struct awsc_ssm_patch_baseline_identity *items;
    size_t count;
};

/* PatchComplianceDataList: a list of PatchComplianceData. */
struct awsc_ssm_patch_compliance_data_list {
    struct awsc_ssm_patch_compliance_data *items;
    size_t count;
};

/* PatchFilterList: a list of PatchFilter. */
struct awsc_ssm_patch_filter_list {
    struct awsc_ssm_patch_filter *items;
    size_t count;
};

/* PatchGroupPatchBaselineMappingList: a list of PatchGroupPatchBaselineMapping. */
struct awsc_ssm_patch_group_patch_baseline_mapping_list {
    struct awsc_ssm_patch_group_patch_baseline_mapping *items;
    size_t count;
};

/* PatchList: a list of Patch. */
struct awsc_ssm_patch_list {
    struct awsc_ssm_patch *items;
    size_t count;
};

/* PatchOrchestratorFilterList: a list of PatchOrchestratorFilter. */
struct awsc_ssm_patch_orchestrator_filter_list {
    struct awsc_ssm_patch_orchestrator_filter *items;
    size_t count;
};

/* PatchRuleList: a list of PatchRule. */
struct awsc_ssm_patch_rule_list {
    struct awsc_ssm_patch_rule *items;
    size_t count;
};

/* PatchSourceList: a list of PatchSource. */
struct awsc_ssm_patch_source_list {
    struct awsc_ssm_patch_source *items;
    size_t count;
};

/* RegistrationMetadataList: a list of RegistrationMetadataItem. */
struct awsc_ssm_registration_metadata_list {
    struct awsc_ssm_registration_metadata_item *items;
    size_t count;
};

/* RelatedOpsItems: a list of RelatedOpsItem. */
struct awsc_ssm_related_ops_items {
    struct awsc_ssm_related_ops_item *items;
    size_t count;
};

/* ResourceComplianceSummaryItemList: a list of ResourceComplianceSummaryItem. */
struct awsc_ssm_resource_compliance_summary_item_list {
    struct awsc_ssm_resource_compliance_summary_item *items;
    size_t count;
};

/* ResourceDataSyncItemList: a list of ResourceDataSyncItem. */
struct awsc_ssm_resource_data_sync_item_list {
    struct awsc_ssm_resource_data_sync_item *items;
    size_t count;
};

/* ResourceDataSyncOrganizationalUnitList: a list of ResourceDataSyncOrganizationalUnit. */
struct awsc_ssm_resource_data_sync_organizational_unit_list {
    struct awsc_ssm_resource_data_sync_organizational_unit *items;
    size_t count;
};

/* ResultAttributeList: a list of ResultAttribute. */
struct awsc_ssm_result_attribute_list {
    struct awsc_ssm_result_attribute *items;
    size_t count;
};

/* ReviewInformationList: a list of ReviewInformation. */
struct awsc_ssm_review_information_list {
    struct awsc_ssm_review_information *items;
    size_t count;
};

/* Runbooks: a list of Runbook. */
struct awsc_ssm_runbooks {
    struct awsc_ssm_runbook *items;
    size_t count;
};

/* ScheduledWindowExecutionList: a list of ScheduledWindowExecution. */
struct awsc_ssm_scheduled_window_execution_list {
    struct awsc_ssm_scheduled_window_execution *items;
    size_t count;
};

/* SessionFilterList: a list of SessionFilter. */
struct awsc_ssm_session_filter_list {
    struct awsc_ssm_session_filter *items;
    size_t count;
};

/* SessionList: a list of Session. */
struct awsc_ssm_session_list {
    struct awsc_ssm_session *items;
    size_t count;
};

/* StepExecutionFilterList: a list of StepExecutionFilter. */
struct awsc_ssm_step_execution_filter_list {
    struct awsc_ssm_step_execution_filter *items;
    size_t count;
};

/* StepExecutionList: a list of StepExecution. */
struct awsc_ssm_step_execution_list {
    struct awsc_ssm_step_execution *items;
    size_t count;
};

/* TagList: a list of Tag. */
struct awsc_ssm_tag_list {
    struct awsc_ssm_tag *items;
    size_t count;
};

/* TargetLocations: a list of TargetLocation. */
struct awsc_ssm_target_locations {
    struct awsc_ssm_target_location *items;
    size_t count;
};

/* TargetMaps: a list of TargetMap. */
struct awsc_ssm_target_maps {
    struct awsc_ssm_automation_parameter_map *items;
    size_t count;
};

/* TargetPreviewList: a list of TargetPreview. */
struct awsc_ssm_target_preview_list {
    struct awsc_ssm_target_preview *items;
    size_t count;
};

/* ValidationFindingList: a list of ValidationFinding. */
struct awsc_ssm_validation_finding_list {
    struct awsc_ssm_validation_finding *items;
    size_t count;
};

/*
 * StepPreviewMap: a map from ImpactType to Integer.
 * Also the type of AssociationStatusAggregatedCount,
 * InstanceAssociationStatusAggregatedCount.
 */
struct awsc_ssm_step_preview_map {
    struct awsc_ssm_step_preview_map_entry *entries;
    size_t count;
};

/*
 * AutomationParameterMap: a map from AutomationParameterKey to AutomationParameterValueList.
 * Also the type of Parameters, SessionManagerParameters, TargetMap.
 */
struct awsc_ssm_automation_parameter_map {
    struct awsc_ssm_automation_parameter_map_entry *entries;
    size_t count;
};

/*
 * NormalStringMap: a map from String to String.
 * Also the type of ComplianceItemDetails, InventoryItemContentContext,
 * InventoryItemEntry, NodeSummary, OpsAggregatorValueMap,
 * OpsEntityItemEntry, PatchPropertyEntry.
 */
struct awsc_ssm_normal_string_map {
    struct awsc_ssm_normal_string_map_entry *entries;
    size_t count;
};

/* InventoryResultItemMap: a map from InventoryResultItemKey to InventoryResultItem. */
struct awsc_ssm_inventory_result_item_map {
    struct awsc_ssm_inventory_result_item_map_entry *entries;
    size_t count;
};

/* MaintenanceWindowTaskParameters: a map from MaintenanceWindowTaskParameterName to MaintenanceWindowTaskParameterValueExpression. */
struct awsc_ssm_maintenance_window_task_parameters {
    struct awsc_ssm_maintenance_window_task_parameters_entry *entries;
    size_t count;
};

/* MetadataMap: a map from MetadataKey to MetadataValue. */
struct awsc_ssm_metadata_map {
    struct awsc_ssm_metadata_map_entry *entries;
    size_t count;
};

/* OpsEntityItemMap: a map from OpsEntityItemKey to OpsEntityItem. */
struct awsc_ssm_ops_entity_item_map {
    struct awsc_ssm_ops_entity_item_map_entry *entries;
    size_t count;
};

/* OpsItemOperationalData: a map from OpsItemDataKey to OpsItemDataValue. */
struct awsc_ssm_ops_item_operational_data {
    struct awsc_ssm_ops_item_operational_data_entry *entries;
    size_t count;
};

/*
 * The requester doesn't have permissions to perform the requested operation.
 */
struct awsc_ssm_access_denied_exception {
    /* Message:  Required. */
    const char *message;
};

/*
 * Information includes the Amazon Web Services account ID where the current
 * document is shared and the version shared with that account.
 */
struct awsc_ssm_account_sharing_info {
    /* AccountId: The Amazon Web Services account ID where the current document is
     * shared. */
    const char *account_id;
    /* SharedDocumentVersion: The version of the current document shared with the
     * account. */
    const char *shared_document_version;
};

/*
 * An activation registers one or more on-premises servers or virtual machines
 * (VMs) with Amazon Web Services so that you can configure those servers or
 * VMs using Run Command. A server or VM that has been registered with Amazon
 * Web Services Systems Manager is called a managed node.
 */
struct awsc_ssm_activation {
    /* ActivationId: The ID created by Systems Manager when you submitted the
     * activation. */
    const char *activation_id;
    /* Description: A user defined description of the activation. */
    const char *description;
    /* DefaultInstanceName: A name for the managed node when it is created. */
    const char *default_instance_name;
    /* IamRole: The Identity and Access Management (IAM) role to assign to the
     * managed node. */
    const char *iam_role;
    /* RegistrationLimit: The maximum number of managed nodes that can be
     * registered using this activation. */
    bool has_registration_limit;
    int32_t registration_limit;
    /* RegistrationsCount: The number of managed nodes already registered with this
     * activation. */
    bool has_registrations_count;
    int32_t registrations_count;
    /* ExpirationDate: The date when this activation can no longer be used to
     * register managed nodes. */
    bool has_expiration_date;
    struct awsc_timestamp expiration_date;
    /* Expired: Whether or not the activation is expired. */
    bool has_expired;
    bool expired;
    /* CreatedDate: The date the activation was created. */
    bool has_created_date;
    struct awsc_timestamp created_date;
    /* Tags: Tags assigned to the activation. */
    struct awsc_ssm_tag_list tags;
};

/* AddTagsToResourceRequest */
struct awsc_ssm_add_tags_to_resource_input {
    /* ResourceType: Specifies the type of resource you are tagging. The
     * ManagedInstance type for this API operation is for on-premises managed
     * nodes. Required. One of enum awsc_ssm_resource_type_for_tagging's values (as
     * its string). */
    const char *resource_type;
    /* ResourceId: The resource ID you want to tag. Use the ID of the resource.
     * Here are some examples: MaintenanceWindow : mw-012345abcde PatchBaseline :
     * pb-012345abcde Automation : example-c160-4567-8519-012345abcde ... Required. */
    const char *resource_id;
    /* Tags: One or more tags. The value parameter is required. Don't enter
     * personally identifiable information in this field. Required. */
    struct awsc_ssm_tag_list tags;
};

/* AddTagsToResourceResult */
struct awsc_ssm_add_tags_to_resource_output {
    char unused_; /* no members */
};

/*
 * A CloudWatch alarm you apply to an automation or command.
 */
struct awsc_ssm_alarm {
    /* Name: The name of your CloudWatch alarm. Required. */
    const char *name;
};

/*
 * The details for the CloudWatch alarm you want to apply to an automation or
 * command.
 */
struct awsc_ssm_alarm_configuration {
    /* IgnorePollAlarmFailure: When this value is true , your automation or command
     * continues to run in cases where we can’t retrieve alarm status information
     * from CloudWatch. */
    bool has_ignore_poll_alarm_failure;
    bool ignore_poll_alarm_failure;
    /* Alarms: The name of the CloudWatch alarm specified in the configuration.
     * Required. */
    struct awsc_ssm_alarm_list alarms;
};

/*
 * The details about the state of your CloudWatch alarm.
 */
struct awsc_ssm_alarm_state_information {
    /* Name: The name of your CloudWatch alarm. Required. */
    const char *name;
    /* State: The state of your CloudWatch alarm. Required. One of enum
     * awsc_ssm_external_alarm_state's values (as its string). */
    const char *state;
};

/*
 * Error returned if an attempt is made to register a patch group with a patch
 * baseline that is already registered with a different patch baseline.
 */
struct awsc_ssm_already_exists_exception {
    /* Message: */
    const char *message;
};

/* AssociateOpsItemRelatedItemRequest */
struct awsc_ssm_associate_ops_item_related_item_input {
    /* OpsItemId: The ID of the OpsItem to which you want to associate a resource
     * as a related item. Required. */
    const char *ops_item_id;
    /* AssociationType: The type of association that you want to create between an
     * OpsItem and a resource. OpsCenter supports IsParentOf and RelatesTo
     * association types. Required. */
    const char *association_type;
    /* ResourceType: The type of resource that you want to associate with an
     * OpsItem. OpsCenter supports the following types: Required. */
    const char *resource_type;
    /* ResourceUri: The Amazon Resource Name (ARN) of the Amazon Web Services
     * resource that you want to associate with the OpsItem. Required. */
    const char *resource_uri;
};

/* AssociateOpsItemRelatedItemResponse */
struct awsc_ssm_associate_ops_item_related_item_output {
    /* AssociationId: The association ID. */
    const char *association_id;
};

/*
 * You must disassociate a document from all managed nodes before you can
 * delete it.
 */
struct awsc_ssm_associated_instances {
    char unused_; /* no members */
};

/*
 * Describes an association of a Amazon Web Services Systems Manager document
 * (SSM document) and a managed node.
 */
struct awsc_ssm_association {
    /* Name: The name of the SSM document. */
    const char *name;
    /* InstanceId: The managed node ID. */
    const char *instance_id;
    /* AssociationId: The ID created by the system when you create an association.
     * An association is a binding between a document and a set of targets with a
     * schedule. */
    const char *association_id;
    /* AssociationVersion: The association version. */
    const char *association_version;
    /* DocumentVersion: The version of the document used in the association. If you
     * change a document version for a State Manager association, Systems Manager
     * immediately runs the association unless you previously specifed ... */
    const char *document_version;
    /* Targets: The managed nodes targeted by the request to create an association.
     * You can target all managed nodes in an Amazon Web Services account by
     * specifying the InstanceIds key with a value of * . */
    struct awsc_ssm_targets targets;
    /* LastExecutionDate: The date on which the association was last run. */
    bool has_last_execution_date;
    struct awsc_timestamp last_execution_date;
    /* Overview: Information about the association. */
    struct awsc_ssm_association_overview *overview;
    /* ScheduleExpression: A cron expression that specifies a schedule when the
     * association runs. The schedule runs in Coordinated Universal Time (UTC). */
    const char *schedule_expression;
    /* AssociationName: The association name. */
    const char *association_name;
    /* ScheduleOffset: Number of days to wait after the scheduled day to run an
     * association. */
    bool has_schedule_offset;
    int32_t schedule_offset;
    /* Duration: The number of hours that an association can run on specified
     * targets. */
    bool has_duration;
    int32_t duration;
    /* TargetMaps: A key-value mapping of document parameters to target resources.
     * Both Targets and TargetMaps can't be specified together. */
    struct awsc_ssm_target_maps target_maps;
};

/*
 * The specified association already exists.
 */
struct awsc_ssm_association_already_exists {
    char unused_; /* no members */
};

/*
 * Describes the parameters for a document.
 */
struct awsc_ssm_association_description {
    /* Name: The name of the SSM document. */
    const char *name;
    /* InstanceId: The managed node ID. */
    const char *instance_id;
    /* AssociationVersion: The association version. */
    const char *association_version;
    /* Date: The date when the association was made. */
    bool has_date;
    struct awsc_timestamp date;
    /* LastUpdateAssociationDate: The date when the association was last updated. */
    bool has_last_update_association_date;
    struct awsc_timestamp last_update_association_date;
    /* Status: The association status. */
    struct awsc_ssm_association_status *status;
    /* Overview: Information about the association. */
    struct awsc_ssm_association_overview *overview;
    /* DocumentVersion: The document version. */
    const char *document_version;
    /* AutomationTargetParameterName: Choose the parameter that will define how
     * your automation will branch out. This target is required for associations
     * that use an Automation runbook and target resources by using rate controls. */
    const char *automation_target_parameter_name;
    /* Parameters: A description of the parameters for a document. */
    struct awsc_ssm_automation_parameter_map parameters;
    /* AssociationId: The association ID. */
    const char *association_id;
    /* Targets: The managed nodes targeted by the request. */
    struct awsc_ssm_targets targets;
    /* ScheduleExpression: A cron expression that specifies a schedule when the
     * association runs. */
    const char *schedule_expression;
    /* OutputLocation: An S3 bucket where you want to store the output details of
     * the request. */
    struct awsc_ssm_instance_association_output_location *output_location;
    /* LastExecutionDate: The date on which the association was last run. */
    bool has_last_execution_date;
    struct awsc_timestamp last_execution_date;
    /* LastSuccessfulExecutionDate: The last date on which the association was
     * successfully run. */
    bool has_last_successful_execution_date;
    struct awsc_timestamp last_successful_execution_date;
    /* AssociationName: The association name. */
    const char *association_name;
    /* MaxErrors: The number of errors that are allowed before the system stops
     * sending requests to run the association on additional targets. */
    const char *max_errors;
    /* MaxConcurrency: The maximum number of targets allowed to run the association
     * at the same time. You can specify a number, for example 10, or a percentage
     * of the target set, for example 10%. */
    const char *max_concurrency;
    /* ComplianceSeverity: The severity level that is assigned to the association.
     * One of enum awsc_ssm_association_compliance_severity's values (as its
     * string). */
    const char *compliance_severity;
    /* SyncCompliance: The mode for generating association compliance. You can
     * specify AUTO or MANUAL . In AUTO mode, the system uses the status of the
     * association execution to determine the compliance status. One of enum
     * awsc_ssm_association_sync_compliance's values (as its string). */
    const char *sync_compliance;
    /* ApplyOnlyAtCronInterval: By default, when you create a new associations, the
     * system runs it immediately after it is created and then according to the
     * schedule you specified. */
    bool has_apply_only_at_cron_interval;
    bool apply_only_at_cron_interval;
    /* CalendarNames: The names or Amazon Resource Names (ARNs) of the Change
     * Calendar type documents your associations are gated under. The associations
     * only run when that change calendar is open. */
    struct awsc_ssm_patch_id_list calendar_names;
    /* TargetLocations: The combination of Amazon Web Services Regions and Amazon
     * Web Services accounts where you want to run the association. */
    struct awsc_ssm_target_locations target_locations;
    /* ScheduleOffset: Number of days to wait after the scheduled day to run an
     * association. */
    bool has_schedule_offset;
    int32_t schedule_offset;
    /* Duration: The number of hours that an association can run on specified
     * targets. */
    bool has_duration;
    int32_t duration;
    /* TargetMaps: A key-value mapping of document parameters to target resources.
     * Both Targets and TargetMaps can't be specified together. */
    struct awsc_ssm_target_maps target_maps;
    /* AlarmConfiguration: */
    struct awsc_ssm_alarm_configuration *alarm_configuration;
    /* TriggeredAlarms: The CloudWatch alarm that was invoked during the
     * association. */
    struct awsc_ssm_alarm_state_information_list triggered_alarms;
    /* AssociationDispatchAssumeRole: A role used by association to take actions on
     * your behalf. State Manager will assume this role and call required APIs when
     * dispatching configurations to nodes. */
    const char *association_dispatch_assume_role;
};

/*
 * The specified association doesn't exist.
 */
struct awsc_ssm_association_does_not_exist {
    /* Message: */
    const char *message;
};

/*
 * Includes information about the specified association.
 */
struct awsc_ssm_association_execution {
    /* AssociationId: The association ID. */
    const char *association_id;
    /* AssociationVersion: The association version. */
    const char *association_version;
    /* ExecutionId: The execution ID for the association. */
    const char *execution_id;
    /* Status: The status of the association execution. */
    const char *status;
    /* DetailedStatus: Detailed status information about the execution. */
    const char *detailed_status;
    /* CreatedTime: The time the execution started. */
    bool has_created_time;
    struct awsc_timestamp created_time;
    /* LastExecutionDate: The date of the last execution. */
    bool has_last_execution_date;
    struct awsc_timestamp last_execution_date;
    /* ResourceCountByStatus: An aggregate status of the resources in the execution
     * based on the status type. */
    const char *resource_count_by_status;
    /* AlarmConfiguration: */
    struct awsc_ssm_alarm_configuration *alarm_configuration;
    /* TriggeredAlarms: The CloudWatch alarms that were invoked by the association. */
    struct awsc_ssm_alarm_state_information_list triggered_alarms;
};

/*
 * The specified execution ID doesn't exist. Verify the ID number and try
 * again.
 */
struct awsc_ssm_association_execution_does_not_exist {
    /* Message: */
    const char *message;
};

/*
 * Filters used in the request.
 */
struct awsc_ssm_association_execution_filter {
    /* Key: The key value used in the request. Required. One of enum
     * awsc_ssm_association_execution_filter_key's values (as its string). */
    const char *key;
    /* Value: The value specified for the key. Required. */
    const char *value;
    /* Type: The filter type specified in the request. Required. One of enum
     * awsc_ssm_association_filter_operator_type's values (as its string). */
    const char *type;
};

/*
 * Includes information about the specified association execution.
 */
struct awsc_ssm_association_execution_target {
    /* AssociationId: The association ID. */
    const char *association_id;
    /* AssociationVersion: The association version. */
    const char *association_version;
    /* ExecutionId: The execution ID. */
    const char *execution_id;
    /* ResourceId: The resource ID, for example, the managed node ID where the
     * association ran. */
    const char *resource_id;
    /* ResourceType: The resource type, for example, EC2. */
    const char *resource_type;
    /* Status: The association execution status. */
    const char *status;
    /* DetailedStatus: Detailed information about the execution status. */
    const char *detailed_status;
    /* LastExecutionDate: The date of the last execution. */
    bool has_last_execution_date;
    struct awsc_timestamp last_execution_date;
    /* OutputSource: The location where the association details are saved. */
    struct awsc_ssm_output_source *output_source;
};

/*
 * Filters for the association execution.
 */
struct awsc_ssm_association_execution_targets_filter {
    /* Key: The key value used in the request. Required. One of enum
     * awsc_ssm_association_execution_targets_filter_key's values (as its string). */
    const char *key;
    /* Value: The value specified for the key. Required. */
    const char *value;
};

/*
 * Describes a filter.
 */
struct awsc_ssm_association_filter {
    /* key: The name of the filter. InstanceId has been deprecated. Required. One
     * of enum awsc_ssm_association_filter_key's values (as its string). */
    const char *key;
    /* value: The filter value. Required. */
    const char *value;
};

/*
 * You can have at most 2,000 active associations.
 */
struct awsc_ssm_association_limit_exceeded {
    char unused_; /* no members */
};

/*
 * Information about the association.
 */
struct awsc_ssm_association_overview {
    /* Status: The status of the association. Status can be: Pending, Success, or
     * Failed. */
    const char *status;
    /* DetailedStatus: A detailed status of the association. */
    const char *detailed_status;
    /* AssociationStatusAggregatedCount: Returns the number of targets for the
     * association status. For example, if you created an association with two
     * managed nodes, and one of them was successful, this would return the count
     * of managed ... */
    struct awsc_ssm_step_preview_map association_status_aggregated_count;
};

/*
 * Describes an association status.
 */
struct awsc_ssm_association_status {
    /* Date: The date when the status changed. Required. */
    bool has_date;
    struct awsc_timestamp date;
    /* Name: The status. Required. One of enum awsc_ssm_association_status_name's
     * values (as its string). */
    const char *name;
    /* Message: The reason for the status. Required. */
    const char *message;
    /* AdditionalInfo: A user-defined string. */
    const char *additional_info;
};

/*
 * Information about the association version.
 */
struct awsc_ssm_association_version_info {
    /* AssociationId: The ID created by the system when the association was
     * created. */
    const char *association_id;
    /* AssociationVersion: The association version. */
    const char *association_version;
    /* CreatedDate: The date the association version was created. */
    bool has_created_date;
    struct awsc_timestamp created_date;
    /* Name: The name specified when the association was created. */
    const char *name;
    /* DocumentVersion: The version of an Amazon Web Services Systems Manager
     * document (SSM document) used when the association version was created. */
    const char *document_version;
    /* Parameters: Parameters specified when the association version was created. */
    struct awsc_ssm_automation_parameter_map parameters;
    /* Targets: The targets specified for the association when the association
     * version was created. */
    struct awsc_ssm_targets targets;
    /* ScheduleExpression: The cron or rate schedule specified for the association
     * when the association version was created. */
    const char *schedule_expression;
    /* OutputLocation: The location in Amazon S3 specified for the association when
     * the association version was created. */
    struct awsc_ssm_instance_association_output_location *output_location;
    /* AssociationName: The name specified for the association version when the
     * association version was created. */
    const char *association_name;
    /* MaxErrors: The number of errors that are allowed before the system stops
     * sending requests to run the association on additional targets. */
    const char *max_errors;
    /* MaxConcurrency: The maximum number of targets allowed to run the association
     * at the same time. You can specify a number, for example 10, or a percentage
     * of the target set, for example 10%. */
    const char *max_concurrency;
    /* ComplianceSeverity: The severity level that is assigned to the association.
     * One of enum awsc_ssm_association_compliance_severity's values (as its
     * string). */
    const char *compliance_severity;
    /* SyncCompliance: The mode for generating association compliance. You can
     * specify AUTO or MANUAL . In AUTO mode, the system uses the status of the
     * association execution to determine the compliance status. One of enum
     * awsc_ssm_association_sync_compliance's values (as its string). */
    const char *sync_compliance;
    /* ApplyOnlyAtCronInterval: By default, when you create new associations, the
     * system runs it immediately after it is created and then according to the
     * schedule you specified. */
    bool has_apply_only_at_cron_interval;
    bool apply_only_at_cron_interval;
    /* CalendarNames: The names or Amazon Resource Names (ARNs) of the Change
     * Calendar type documents your associations are gated under. The associations
     * for this version only run when that Change Calendar is open. */
    struct awsc_ssm_patch_id_list calendar_names;
    /* TargetLocations: The combination of Amazon Web Services Regions and Amazon
     * Web Services accounts where you wanted to run the association when this
     * association version was created. */
    struct awsc_ssm_target_locations target_locations;
    /* ScheduleOffset: Number of days to wait after the scheduled day to run an
     * association. */
    bool has_schedule_offset;
    int32_t schedule_offset;
    /* Duration: The number of hours that an association can run on specified
     * targets. */
    bool has_duration;
    int32_t duration;
    /* TargetMaps: A key-value mapping of document parameters to target resources.
     * Both Targets and TargetMaps can't be specified together. */
    struct awsc_ssm_target_maps target_maps;
    /* AssociationDispatchAssumeRole: A role used by association to take actions on
     * your behalf. State Manager will assume this role and call required APIs when
     * dispatching configurations to nodes. */
    const char *association_dispatch_assume_role;
};

/*
 * You have reached the maximum number versions allowed for an association.
 * Each association has a limit of 1,000 versions.
 */
struct awsc_ssm_association_version_limit_exceeded {
    /* Message: */
    const char *message;
};

/*
 * A structure that includes attributes that describe a document attachment.
 */
struct awsc_ssm_attachment_content {
    /* Name: The name of an attachment. */
    const char *name;
    /* Size: The size of an attachment in bytes. */
    bool has_size;
    int64_t size;
    /* Hash: The cryptographic hash value of the document content. */
    const char *hash;
    /* HashType: The hash algorithm used to calculate the hash value. One of enum
     * awsc_ssm_attachment_hash_type's values (as its string). */
    const char *hash_type;
    /* Url: The URL location of the attachment content. */
    const char *url;
};

/*
 * An attribute of an attachment, such as the attachment name.
 */
struct awsc_ssm_attachment_information {
    /* Name: The name of the attachment. */
    const char *name;
};

/*
 * Identifying information about a document attachment, including the file name
 * and a key-value pair that identifies the location of an attachment to a
 * document.
 */
struct awsc_ssm_attachments_source {
    /* Key: The key of a key-value pair that identifies the location of an
     * attachment to a document. One of enum awsc_ssm_attachments_source_key's
     * values (as its string). */
    const char *key;
    /* Values: The value of a key-value pair that identifies the location of an
     * attachment to a document. The format for Value depends on the type of key
     * you specify. */
    struct awsc_ssm_patch_id_list values;
    /* Name: The name of the document attachment file. */
    const char *name;
};

/*
 * Indicates that the Change Manager change template used in the change request
 * was rejected or is still in a pending state.
 */
struct awsc_ssm_automation_definition_not_approved_exception {
    /* Message: */
    const char *message;
};

/*
 * An Automation runbook with the specified name couldn't be found.
 */
struct awsc_ssm_automation_definition_not_found_exception {
    /* Message: */
    const char *message;
};

/*
 * An Automation runbook with the specified name and version couldn't be found.
 */
struct awsc_ssm_automation_definition_version_not_found_exception {
    /* Message: */
    const char *message;
};

/*
 * Detailed information about the current state of an individual Automation
 * execution.
 */
struct awsc_ssm_automation_execution {
    /* AutomationExecutionId: The execution ID. */
    const char *automation_execution_id;
    /* DocumentName: The name of the Automation runbook used during the execution. */
    const char *document_name;
    /* DocumentVersion: The version of the document to use during execution. */
    const char *document_version;
    /* ExecutionStartTime: The time the execution started. */
    bool has_execution_start_time;
    struct awsc_timestamp execution_start_time;
    /* ExecutionEndTime: The time the execution finished. */
    bool has_execution_end_time;
    struct awsc_timestamp execution_end_time;
    /* AutomationExecutionStatus: The execution status of the Automation. One of
     * enum awsc_ssm_automation_execution_status's values (as its string). */
    const char *automation_execution_status;
    /* StepExecutions: A list of details about the current state of all steps that
     * comprise an execution. An Automation runbook contains a list of steps that
     * are run in order. */
    struct awsc_ssm_step_execution_list step_executions;
    /* StepExecutionsTruncated: A boolean value that indicates if the response
     * contains the full list of the Automation step executions. */
    bool has_step_executions_truncated;
    bool step_executions_truncated;
    /* Parameters: The key-value map of execution parameters, which were supplied
     * when calling StartAutomationExecution . */
    struct awsc_ssm_automation_parameter_map parameters;
    /* Outputs: The list of execution outputs as defined in the Automation runbook. */
    struct awsc_ssm_automation_parameter_map outputs;
    /* FailureMessage: A message describing why an execution has failed, if the
     * status is set to Failed. */
    const char *failure_message;
    /* WarningMessage: A message that describes a non-critical issue that occurred
     * during the automation execution. */
    const char *warning_message;
    /* Mode: The automation execution mode. One of enum awsc_ssm_execution_mode's
     * values (as its string). */
    const char *mode;
    /* ParentAutomationExecutionId: The AutomationExecutionId of the parent
     * automation. */
    const char *parent_automation_execution_id;
    /* ExecutedBy: The Amazon Resource Name (ARN) of the user who ran the
     * automation. */
    const char *executed_by;
    /* CurrentStepName: The name of the step that is currently running. */
    const char *current_step_name;
    /* CurrentAction: The action of the step that is currently running. */
    const char *current_action;
    /* TargetParameterName: The parameter name. */
    const char *target_parameter_name;
    /* Targets: The specified targets. */
    struct awsc_ssm_targets targets;
    /* TargetMaps: The specified key-value mapping of document parameters to target
     * resources. */
    struct awsc_ssm_target_maps target_maps;
    /* ResolvedTargets: A list of resolved targets in the rate control execution. */
    struct awsc_ssm_resolved_targets *resolved_targets;
    /* MaxConcurrency: The MaxConcurrency value specified by the user when the
     * execution started. */
    const char *max_concurrency;
    /* MaxErrors: The MaxErrors value specified by the user when the execution
     * started. */
    const char *max_errors;
    /* Target: The target of the execution. */
    const char *target;
    /* TargetLocations: The combination of Amazon Web Services Regions and/or
     * Amazon Web Services accounts where you want to run the Automation. */
    struct awsc_ssm_target_locations target_locations;
    /* ProgressCounters: An aggregate of step execution statuses displayed in the
     * Amazon Web Services Systems Manager console for a multi-Region and
     * multi-account Automation execution. */
    struct awsc_ssm_progress_counters *progress_counters;
    /* AlarmConfiguration: The details for the CloudWatch alarm applied to your
     * automation. */
    struct awsc_ssm_alarm_configuration *alarm_configuration;
    /* TriggeredAlarms: The CloudWatch alarm that was invoked by the automation. */
    struct awsc_ssm_alarm_state_information_list triggered_alarms;
    /* TargetLocationsURL: A publicly accessible URL for a file that contains the
     * TargetLocations body. Currently, only files in presigned Amazon S3 buckets
     * are supported */
    const char *target_locations_url;
    /* AutomationSubtype: The subtype of the Automation operation. Currently, the
     * only supported value is ChangeRequest . One of enum
     * awsc_ssm_automation_subtype's values (as its string). */
    const char *automation_subtype;
    /* ScheduledTime: The date and time the Automation operation is scheduled to
     * start. */
    bool has_scheduled_time;
    struct awsc_timestamp scheduled_time;
    /* Runbooks: Information about the Automation runbooks that are run as part of
     * a runbook workflow. */
    struct awsc_ssm_runbooks runbooks;
    /* OpsItemId: The ID of an OpsItem that is created to represent a Change
     * Manager change request. */
    const char *ops_item_id;
    /* AssociationId: The ID of a State Manager association used in the Automation
     * operation. */
    const char *association_id;
    /* ChangeRequestName: The name of the Change Manager change request. */
    const char *change_request_name;
    /* Variables: Variables defined for the automation. */
    struct awsc_ssm_automation_parameter_map variables;
};

/*
 * A filter used to match specific automation executions. This is used to limit
 * the scope of Automation execution information returned.
 */
struct awsc_ssm_automation_execution_filter {
    /* Key: One or more keys to limit the results. Required. One of enum
     * awsc_ssm_automation_execution_filter_key's values (as its string). */
    const char *key;
    /* Values: The values used to limit the execution information associated with
     * the filter's key. Required. */
    struct awsc_ssm_patch_id_list values;
};

/*
 * Information about the optional inputs that can be specified for an
 * automation execution preview.
 */
struct awsc_ssm_automation_execution_inputs {
    /* Parameters: Information about parameters that can be specified for the
     * preview operation. */
    struct awsc_ssm_automation_parameter_map parameters;
    /* TargetParameterName: The name of the parameter used as the target resource
     * for the rate-controlled execution. Required if you specify targets. */
    const char *target_parameter_name;
    /* Targets: Information about the resources that would be included in the
     * actual runbook execution, if it were to be run. Both Targets and TargetMaps
     * can't be specified together. */
    struct awsc_ssm_targets targets;
    /* TargetMaps: A key-value mapping of document parameters to target resources.
     * Both Targets and TargetMaps can't be specified together. */
    struct awsc_ssm_target_maps target_maps;
    /* TargetLocations: Information about the Amazon Web Services Regions and
     * Amazon Web Services accounts targeted by the Automation execution preview
     * operation. */
    struct awsc_ssm_target_locations target_locations;
    /* TargetLocationsURL: A publicly accessible URL for a file that contains the
     * TargetLocations body. Currently, only files in presigned Amazon S3 buckets
     * are supported. */
    const char *target_locations_url;
};

/*
 * The number of simultaneously running Automation executions exceeded the
 * allowable limit.
 */
struct awsc_ssm_automation_execution_limit_exceeded_exception {
    /* Message: */
    const char *message;
};

/*
 * Details about a specific Automation execution.
 */
struct awsc_ssm_automation_execution_metadata {
    /* AutomationExecutionId: The execution ID. */
    const char *automation_execution_id;
    /* DocumentName: The name of the Automation runbook used during execution. */
    const char *document_name;
    /* DocumentVersion: The document version used during the execution. */
    const char *document_version;
    /* AutomationExecutionStatus: The status of the execution. One of enum
     * awsc_ssm_automation_execution_status's values (as its string). */
    const char *automation_execution_status;
    /* ExecutionStartTime: The time the execution started. */
    bool has_execution_start_time;
    struct awsc_timestamp execution_start_time;
    /* ExecutionEndTime: The time the execution finished. This isn't populated if
     * the execution is still in progress. */
    bool has_execution_end_time;
    struct awsc_timestamp execution_end_time;
    /* ExecutedBy: The IAM role ARN of the user who ran the automation. */
    const char *executed_by;
    /* LogFile: An S3 bucket where execution information is stored. */
    const char *log_file;
    /* Outputs: The list of execution outputs as defined in the Automation runbook. */
    struct awsc_ssm_automation_parameter_map outputs;
    /* Mode: The Automation execution mode. One of enum awsc_ssm_execution_mode's
     * values (as its string). */
    const char *mode;
    /* ParentAutomationExecutionId: The execution ID of the parent automation. */
    const char *parent_automation_execution_id;
    /* CurrentStepName: The name of the step that is currently running. */
    const char *current_step_name;
    /* CurrentAction: The action of the step that is currently running. */
    const char *current_action;
    /* FailureMessage: A message that describes a failure that occurred during the
     * automation execution. */
    const char *failure_message;
    /* WarningMessage: A message that describes a non-critical issue that occurred
     * during the automation execution. */
    const char *warning_message;
    /* TargetParameterName: The list of execution outputs as defined in the
     * Automation runbook. */
    const char *target_parameter_name;
    /* Targets: The targets defined by the user when starting the automation. */
    struct awsc_ssm_targets targets;
    /* TargetMaps: The specified key-value mapping of document parameters to target
     * resources. */
    struct awsc_ssm_target_maps target_maps;
    /* ResolvedTargets: A list of targets that resolved during the execution. */
    struct awsc_ssm_resolved_targets *resolved_targets;
    /* MaxConcurrency: The MaxConcurrency value specified by the user when starting
     * the automation. */
    const char *max_concurrency;
    /* MaxErrors: The MaxErrors value specified by the user when starting the
     * automation. */
    const char *max_errors;
    /* Target: The list of execution outputs as defined in the Automation runbook. */
    const char *target;
    /* AutomationType: Use this filter with DescribeAutomationExecutions . Specify
     * either Local or CrossAccount. One of enum awsc_ssm_automation_type's values
     * (as its string). */
    const char *automation_type;
    /* AlarmConfiguration: The details for the CloudWatch alarm applied to your
     * automation. */
    struct awsc_ssm_alarm_configuration *alarm_configuration;
    /* TriggeredAlarms: The CloudWatch alarm that was invoked by the automation. */
    struct awsc_ssm_alarm_state_information_list triggered_alarms;
    /* TargetLocationsURL: A publicly accessible URL for a file that contains the
     * TargetLocations body. Currently, only files in presigned Amazon S3 buckets
     * are supported */
    const char *target_locations_url;
    /* AutomationSubtype: The subtype of the Automation operation. Currently, the
     * only supported value is ChangeRequest . One of enum
     * awsc_ssm_automation_subtype's values (as its string). */
    const char *automation_subtype;
    /* ScheduledTime: The date and time the Automation operation is scheduled to
     * start. */
    bool has_scheduled_time;
    struct awsc_timestamp scheduled_time;
    /* Runbooks: Information about the Automation runbooks that are run during a
     * runbook workflow in Change Manager. */
    struct awsc_ssm_runbooks runbooks;
    /* OpsItemId: The ID of an OpsItem that is created to represent a Change
     * Manager change request. */
    const char *ops_item_id;
    /* AssociationId: The ID of a State Manager association used in the Automation
     * operation. */
    const char *association_id;
    /* ChangeRequestName: The name of the Change Manager change request. */
    const char *change_request_name;
};

/*
 * There is no automation execution information for the requested automation
 * execution ID.
 */
struct awsc_ssm_automation_execution_not_found_exception {
    /* Message: */
    const char *message;
};

/*
 * Information about the results of the execution preview.
 */
struct awsc_ssm_automation_execution_preview {
    /* StepPreviews: Information about the type of impact a runbook step would have
     * on a resource. Mutating : The runbook step would make changes to the targets
     * through actions that create, modify, or delete resources. */
    struct awsc_ssm_step_preview_map step_previews;
    /* Regions: Information about the Amazon Web Services Regions targeted by the
     * execution preview. */
    struct awsc_ssm_patch_id_list regions;
    /* TargetPreviews: Information that provides a preview of what the impact of
     * running the specified Automation runbook would be. */
    struct awsc_ssm_target_preview_list target_previews;
    /* TotalAccounts: Information about the Amazon Web Services accounts that were
     * included in the execution preview. */
    bool has_total_accounts;
    int32_t total_accounts;
};

/*
 * The specified step name and execution ID don't exist. Verify the information
 * and try again.
 */
struct awsc_ssm_automation_step_not_found_exception {
    /* Message: */
    const char *message;
};

/*
 * The access details and targets for connecting to a Microsoft Azure tenant,
 * including the application registration used for authentication and the
 * subscriptions to target.
 */
struct awsc_ssm_azure_configuration {
    /* TenantId: The ID of the Azure tenant. Required. */
    const char *tenant_id;
    /* TenantDisplayName: The display name of the Azure tenant. */
    const char *tenant_display_name;
    /* ApplicationId: The ID of the Azure application registration used for
     * authentication. Required. */
    const char *application_id;
    /* ApplicationDisplayName: The display name of the Azure application
     * registration. */
    const char *application_display_name;
    /* Targets: The target Azure subscriptions for the cloud connector. */
    struct awsc_ssm_configuration_targets *targets;
};

/*
 * Information about an Azure subscription targeted by the cloud connector.
 */
struct awsc_ssm_azure_subscription {
    /* Id: The ID of the Azure subscription. Required. */
    const char *id;
    /* DisplayName: The display name of the Azure subscription. */
    const char *display_name;
};

/*
 * Defines the basic information about a patch baseline override.
 */
struct awsc_ssm_baseline_override {
    /* OperatingSystem: The operating system rule used by the patch baseline
     * override. One of enum awsc_ssm_operating_system's values (as its string). */
    const char *operating_system;
    /* GlobalFilters: */
    struct awsc_ssm_patch_filter_group *global_filters;
    /* ApprovalRules: */
    struct awsc_ssm_patch_rule_group *approval_rules;
    /* ApprovedPatches: A list of explicitly approved patches for the baseline. */
    struct awsc_ssm_patch_id_list approved_patches;
    /* ApprovedPatchesComplianceLevel: Defines the compliance level for approved
     * patches. When an approved patch is reported as missing, this value describes
     * the severity of the compliance violation. One of enum
     * awsc_ssm_patch_compliance_level's values (as its string). */
    const char *approved_patches_compliance_level;
    /* RejectedPatches: A list of explicitly rejected patches for the baseline. */
    struct awsc_ssm_patch_id_list rejected_patches;
    /* RejectedPatchesAction: The action for Patch Manager to take on patches
     * included in the RejectedPackages list. One of enum awsc_ssm_patch_action's
     * values (as its string). */
    const char *rejected_patches_action;
    /* ApprovedPatchesEnableNonSecurity: Indicates whether the list of approved
     * patches includes non-security updates that should be applied to the managed
     * nodes. The default value is false . Applies to Linux managed nodes only. */
    bool has_approved_patches_enable_non_security;
    bool approved_patches_enable_non_security;
    /* Sources: Information about the patches to use to update the managed nodes,
     * including target operating systems and source repositories. Applies to Linux
     * managed nodes only. */
    struct awsc_ssm_patch_source_list sources;
    /* AvailableSecurityUpdatesComplianceStatus: Indicates whether managed nodes
     * for which there are available security-related patches that have not been
     * approved by the baseline are being defined as COMPLIANT or NON_COMPLIANT .
     * One of enum awsc_ssm_patch_compliance_status's values (as its string). */
    const char *available_security_updates_compliance_status;
};

/* CancelCommandRequest */
struct awsc_ssm_cancel_command_input {
    /* CommandId: The ID of the command you want to cancel. Required. */
    const char *command_id;
    /* InstanceIds: (Optional) A list of managed node IDs on which you want to
     * cancel the command. If not provided, the command is canceled on every node
     * on which it was requested. */
    struct awsc_ssm_patch_id_list instance_ids;
};

/*
 * Whether or not the command was successfully canceled. There is no guarantee
 * that a request can be canceled.
 */
struct awsc_ssm_cancel_command_output {
    char unused_; /* no members */
};

/* CancelMaintenanceWindowExecutionRequest */
struct awsc_ssm_cancel_maintenance_window_execution_input {
    /* WindowExecutionId: The ID of the maintenance window execution to stop.
     * Required. */
    const char *window_execution_id;
};

/* CancelMaintenanceWindowExecutionResult */
struct awsc_ssm_cancel_maintenance_window_execution_output {
    /* WindowExecutionId: The ID of the maintenance window execution that has been
     * stopped. */
    const char *window_execution_id;
};

/*
 * The configuration that provides access details and targets for connecting to
 * a third-party cloud environment.
 */
struct awsc_ssm_cloud_connector_configuration {
    /* AzureConfiguration: The access details and targets for connecting to a
     * Microsoft Azure environment. */
    struct awsc_ssm_azure_configuration *azure_configuration;
};

/*
 * A filter for listing cloud connectors.
 */
struct awsc_ssm_cloud_connector_filter {
    /* FilterKey: The name of the filter key. One of enum
     * awsc_ssm_cloud_connector_filter_key's values (as its string). */
    const char *filter_key;
    /* FilterValues: The filter values. Valid values for each filter key are as
     * follows: SubscriptionId The Azure subscription ID to filter by. To return
     * only tenant-level connectors, specify NONE . */
    struct awsc_ssm_patch_id_list filter_values;
};

/*
 * Summary information about a cloud connector.
 */
struct awsc_ssm_cloud_connector_summary {
    /* CloudConnectorId: The ID of the cloud connector. */
    const char *cloud_connector_id;
    /* DisplayName: The friendly name of the cloud connector. */
    const char *display_name;
    /* Description: The description of the cloud connector. */
    const char *description;
    /* RoleArn: The ARN of the IAM role used by the cloud connector. */
    const char *role_arn;
    /* CreatedAt: The date and time the cloud connector was created. */
    bool has_created_at;
    struct awsc_timestamp created_at;
    /* UpdatedAt: The date and time the cloud connector was last updated. */
    bool has_updated_at;
    struct awsc_timestamp updated_at;
};

/*
 * Configuration options for sending command output to Amazon CloudWatch Logs.
 */
struct awsc_ssm_cloud_watch_output_config {
    /* CloudWatchLogGroupName: The name of the CloudWatch Logs log group where you
     * want to send command output. If you don't specify a group name, Amazon Web
     * Services Systems Manager automatically creates a log group for you. */
    const char *cloud_watch_log_group_name;
    /* CloudWatchOutputEnabled: Enables Systems Manager to send command output to
     * CloudWatch Logs. */
    bool has_cloud_watch_output_enabled;
    bool cloud_watch_output_enabled;
};

/*
 * Describes a command request.
 */
struct awsc_ssm_command {
    /* CommandId: A unique identifier for this command. */
    const char *command_id;
    /* DocumentName: The name of the document requested for execution. */
    const char *document_name;
    /* DocumentVersion: The Systems Manager document (SSM document) version. */
    const char *document_version;
    /* Comment: User-specified information about the command, such as a brief
     * description of what the command should do. */
    const char *comment;
    /* ExpiresAfter: If a command expires, it changes status to DeliveryTimedOut
     * for all invocations that have the status InProgress , Pending , or Delayed . */
    bool has_expires_after;
    struct awsc_timestamp expires_after;
    /* Parameters: The parameter values to be inserted in the document when running
     * the command. */
    struct awsc_ssm_automation_parameter_map parameters;
    /* InstanceIds: The managed node IDs against which this command was requested. */
    struct awsc_ssm_patch_id_list instance_ids;
    /* Targets: An array of search criteria that targets managed nodes using a
     * Key,Value combination that you specify. Targets is required if you don't
     * provide one or more managed node IDs in the call. */
    struct awsc_ssm_targets targets;
    /* RequestedDateTime: The date and time the command was requested. */
    bool has_requested_date_time;
    struct awsc_timestamp requested_date_time;
    /* Status: The status of the command. One of enum awsc_ssm_command_status's
     * values (as its string). */
    const char *status;
    /* StatusDetails: A detailed status of the command execution. StatusDetails
     * includes more information than Status because it includes states resulting
     * from error and concurrency control parameters. */
    const char *status_details;
    /* OutputS3Region: (Deprecated) You can no longer specify this parameter. The
     * system ignores it. Instead, Systems Manager automatically determines the
     * Amazon Web Services Region of the S3 bucket. */
    const char *output_s3_region;
    /* OutputS3BucketName: The S3 bucket where the responses to the command
     * executions should be stored. This was requested when issuing the command. */
    const char *output_s3_bucket_name;
    /* OutputS3KeyPrefix: The S3 directory path inside the bucket where the
     * responses to the command executions should be stored. This was requested
     * when issuing the command. */
    const char *output_s3_key_prefix;
    /* MaxConcurrency: The maximum number of managed nodes that are allowed to run
     * the command at the same time. You can specify a number of managed nodes,
     * such as 10, or a percentage of nodes, such as 10%. */
    const char *max_concurrency;
    /* MaxErrors: The maximum number of errors allowed before the system stops
     * sending the command to additional targets. You can specify a number of
     * errors, such as 10, or a percentage or errors, such as 10%. */
    const char *max_errors;
    /* TargetCount: The number of targets for the command. */
    bool has_target_count;
    int32_t target_count;
    /* CompletedCount: The number of targets for which the command invocation
     * reached a terminal state. */
    bool has_completed_count;
    int32_t completed_count;
    /* ErrorCount: The number of targets for which the status is Failed or
     * Execution Timed Out. */
    bool has_error_count;
    int32_t error_count;
    /* DeliveryTimedOutCount: The number of targets for which the status is
     * Delivery Timed Out. */
    bool has_delivery_timed_out_count;
    int32_t delivery_timed_out_count;
    /* ServiceRole: The Identity and Access Management (IAM) service role that Run
     * Command, a tool in Amazon Web Services Systems Manager, uses to act on your
     * behalf when sending notifications about command status ... */
    const char *service_role;
    /* NotificationConfig: Configurations for sending notifications about command
     * status changes. */
    struct awsc_ssm_notification_config *notification_config;
    /* CloudWatchOutputConfig: Amazon CloudWatch Logs information where you want
     * Amazon Web Services Systems Manager to send the command output. */
    struct awsc_ssm_cloud_watch_output_config *cloud_watch_output_config;
    /* TimeoutSeconds: The TimeoutSeconds value specified for a command. */
    bool has_timeout_seconds;
    int32_t timeout_seconds;
    /* AlarmConfiguration: The details for the CloudWatch alarm applied to your
     * command. */
    struct awsc_ssm_alarm_configuration *alarm_configuration;
    /* TriggeredAlarms: The CloudWatch alarm that was invoked by the command. */
    struct awsc_ssm_alarm_state_information_list triggered_alarms;
};

/*
 * Describes a command filter. A managed node ID can't be specified when a
 * command status is Pending because the command hasn't run on the node yet.
 */
struct awsc_ssm_command_filter {
    /* key: The name of the filter. The ExecutionStage filter can't be used with
     * the ListCommandInvocations operation, only with ListCommands . Required. One
     * of enum awsc_ssm_command_filter_key's values (as its string). */
    const char *key;
    /* value: The filter value. Valid values for each filter key are as follows:
     * InvokedAfter : Specify a timestamp to limit your results. Required. */
    const char *value;
};

/*
 * An invocation is a copy of a command sent to a specific managed node. A
 * command can apply to one or more managed nodes. A command invocation applies
 * to one managed node.
 */
struct awsc_ssm_command_invocation {
    /* CommandId: The command against which this invocation was requested. */
    const char *command_id;
    /* InstanceId: The managed node ID in which this invocation was requested. */
    const char *instance_id;
    /* InstanceName: The fully qualified host name of the managed node. */
    const char *instance_name;
    /* Comment: User-specified information about the command, such as a brief
     * description of what the command should do. */
    const char *comment;
    /* DocumentName: The document name that was requested for execution. */
    const char *document_name;
    /* DocumentVersion: The Systems Manager document (SSM document) version. */
    const char *document_version;
    /* RequestedDateTime: The time and date the request was sent to this managed
     * node. */
    bool has_requested_date_time;
    struct awsc_timestamp requested_date_time;
    /* Status: Whether or not the invocation succeeded, failed, or is pending. One
     * of enum awsc_ssm_command_invocation_status's values (as its string). */
    const char *status;
    /* StatusDetails: A detailed status of the command execution for each
     * invocation (each managed node targeted by the command). */
    const char *status_details;
    /* TraceOutput: Gets the trace output sent by the agent. */
    const char *trace_output;
    /* StandardOutputUrl: The URL to the plugin's StdOut file in Amazon Simple
     * Storage Service (Amazon S3), if the S3 bucket was defined for the parent
     * command. */
    const char *standard_output_url;
    /* StandardErrorUrl: The URL to the plugin's StdErr file in Amazon Simple
     * Storage Service (Amazon S3), if the S3 bucket was defined for the parent
     * command. */
    const char *standard_error_url;
    /* CommandPlugins: Plugins processed by the command. */
    struct awsc_ssm_command_plugin_list command_plugins;
    /* ServiceRole: The Identity and Access Management (IAM) service role that Run
     * Command, a tool in Amazon Web Services Systems Manager, uses to act on your
     * behalf when sending notifications about command status ... */
    const char *service_role;
    /* NotificationConfig: Configurations for sending notifications about command
     * status changes on a per managed node basis. */
    struct awsc_ssm_notification_config *notification_config;
    /* CloudWatchOutputConfig: Amazon CloudWatch Logs information where you want
     * Amazon Web Services Systems Manager to send the command output. */
    struct awsc_ssm_cloud_watch_output_config *cloud_watch_output_config;
};

/*
 * Describes plugin details.
 */
struct awsc_ssm_command_plugin {
    /* Name: The name of the plugin. Must be one of the following: aws:updateAgent
     * , aws:domainjoin , aws:applications , aws:runPowerShellScript , aws:psmodule
     * , aws:cloudWatch , aws:runShellScript , or ... */
    const char *name;
    /* Status: The status of this plugin. You can run a document with multiple
     * plugins. One of enum awsc_ssm_command_plugin_status's values (as its
     * string). */
    const char *status;
    /* StatusDetails: A detailed status of the plugin execution. StatusDetails
     * includes more information than Status because it includes states resulting
     * from error and concurrency control parameters. */
    const char *status_details;
    /* ResponseCode: A numeric response code generated after running the plugin. */
    bool has_response_code;
    int32_t response_code;
    /* ResponseStartDateTime: The time the plugin started running. */
    bool has_response_start_date_time;
    struct awsc_timestamp response_start_date_time;
    /* ResponseFinishDateTime: The time the plugin stopped running. Could stop
     * prematurely if, for example, a cancel command was sent. */
    bool has_response_finish_date_time;
    struct awsc_timestamp response_finish_date_time;
    /* Output: Output of the plugin execution. */
    const char *output;
    /* StandardOutputUrl: The URL for the complete text written by the plugin to
     * stdout in Amazon S3. If the S3 bucket for the command wasn't specified, then
     * this string is empty. */
    const char *standard_output_url;
    /* StandardErrorUrl: The URL for the complete text written by the plugin to
     * stderr. If execution isn't yet complete, then this string is empty. */
    const char *standard_error_url;
    /* OutputS3Region: (Deprecated) You can no longer specify this parameter. The
     * system ignores it. Instead, Amazon Web Services Systems Manager
     * automatically determines the S3 bucket region. */
    const char *output_s3_region;
    /* OutputS3BucketName: The S3 bucket where the responses to the command
     * executions should be stored. This was requested when issuing the command.
     * For example, in the following response: */
    const char *output_s3_bucket_name;
    /* OutputS3KeyPrefix: The S3 directory path inside the bucket where the
     * responses to the command executions should be stored. This was requested
     * when issuing the command. For example, in the following response: */
    const char *output_s3_key_prefix;
};

/*
 * A summary of the call execution that includes an execution ID, the type of
 * execution (for example, Command ), and the date/time of the execution using
 * a datetime object that is saved in the following format:
 * yyyy-MM-dd'T'HH:mm:ss'Z'
 */
struct awsc_ssm_compliance_execution_summary {
    /* ExecutionTime: The time the execution ran as a datetime object that is saved
     * in the following format: yyyy-MM-dd'T'HH:mm:ss'Z' For State Manager
     * associations, this timestamp represents when the compliance status ...
     * Required. */
    bool has_execution_time;
    struct awsc_timestamp execution_time;
    /* ExecutionId: An ID created by the system when PutComplianceItems was called.
     * For example, CommandID is a valid execution ID. You can use this ID in
     * subsequent calls. */
    const char *execution_id;
    /* ExecutionType: The type of execution. For example, Command is a valid
     * execution type. */
    const char *execution_type;
};

/*
 * Information about the compliance as defined by the resource type. For
 * example, for a patch resource type, Items includes information about the
 * PatchSeverity, Classification, and so on.
 */
struct awsc_ssm_compliance_item {
    /* ComplianceType: The compliance type. For example, Association (for a State
     * Manager association), Patch, or Custom: string are all valid compliance
     * types. */
    const char *compliance_type;
    /* ResourceType: The type of resource. ManagedInstance is currently the only
     * supported resource type. */
    const char *resource_type;
    /* ResourceId: An ID for the resource. For a managed node, this is the node ID. */
    const char *resource_id;
    /* Id: An ID for the compliance item. For example, if the compliance item is a
     * Windows patch, the ID could be the number of the KB article; for example:
     * KB4010320. */
    const char *id;
    /* Title: A title for the compliance item. For example, if the compliance item
     * is a Windows patch, the title could be the title of the KB article for the
     * patch; for example: Security Update for Active ... */
    const char *title;
    /* Status: The status of the compliance item. An item is either COMPLIANT,
     * NON_COMPLIANT, or an empty string (for Windows patches that aren't
     * applicable). One of enum awsc_ssm_compliance_status's values (as its
     * string). */
    const char *status;
    /* Severity: The severity of the compliance status. Severity can be one of the
     * following: Critical, High, Medium, Low, Informational, Unspecified. One of
     * enum awsc_ssm_compliance_severity's values (as its string). */
    const char *severity;
    /* ExecutionSummary: A summary for the compliance item. The summary includes an
     * execution ID, the execution type (for example, command), and the execution
     * time. */
    struct awsc_ssm_compliance_execution_summary *execution_summary;
    /* Details: A "Key": "Value" tag combination for the compliance item. */
    struct awsc_ssm_normal_string_map details;
};

/*
 * Information about a compliance item.
 */
struct awsc_ssm_compliance_item_entry {
    /* Id: The compliance item ID. For example, if the compliance item is a Windows
     * patch, the ID could be the number of the KB article. */
    const char *id;
    /* Title: The title of the compliance item. For example, if the compliance item
     * is a Windows patch, the title could be the title of the KB article for the
     * patch; for example: Security Update for Active ... */
    const char *title;
    /* Severity: The severity of the compliance status. Severity can be one of the
     * following: Critical, High, Medium, Low, Informational, Unspecified.
     * Required. One of enum awsc_ssm_compliance_severity's values (as its string). */
    const char *severity;
    /* Status: The status of the compliance item. An item is either COMPLIANT or
     * NON_COMPLIANT. Required. One of enum awsc_ssm_compliance_status's values (as
     * its string). */
    const char *status;
    /* Details: A "Key": "Value" tag combination for the compliance item. */
    struct awsc_ssm_normal_string_map details;
};

/*
 * One or more filters. Use a filter to return a more specific list of results.
 */
struct awsc_ssm_compliance_string_filter {
    /* Key: The name of the filter. */
    const char *key;
    /* Values: The value for which to search. */
    struct awsc_ssm_patch_id_list values;
    /* Type: The type of comparison that should be performed for the value: Equal,
     * NotEqual, BeginWith, LessThan, or GreaterThan. One of enum
     * awsc_ssm_compliance_query_operator_type's values (as its string). */
    const char *type;
};

/*
 * A summary of compliance information by compliance type.
 */
struct awsc_ssm_compliance_summary_item {
    /* ComplianceType: The type of compliance item. For example, the compliance
     * type can be Association, Patch, or Custom:string. */
    const char *compliance_type;
    /* CompliantSummary: A list of COMPLIANT items for the specified compliance
     * type. */
    struct awsc_ssm_compliant_summary *compliant_summary;
    /* NonCompliantSummary: A list of NON_COMPLIANT items for the specified
     * compliance type. */
    struct awsc_ssm_non_compliant_summary *non_compliant_summary;
};

/*
 * You specified too many custom compliance types. You can specify a maximum of
 * 10 different types.
 */
struct awsc_ssm_compliance_type_count_limit_exceeded_exception {
    /* Message: */
    const char *message;
};

/*
 * A summary of resources that are compliant. The summary is organized
 * according to the resource count for each compliance type.
 */
struct awsc_ssm_compliant_summary {
    /* CompliantCount: The total number of resources that are compliant. */
    bool has_compliant_count;
    int32_t compliant_count;
    /* SeveritySummary: A summary of the compliance severity by compliance type. */
    struct awsc_ssm_severity_summary *severity_summary;
};

/*
 * The target resources in the third-party cloud environment.
 */
struct awsc_ssm_configuration_targets {
    /* Subscriptions: A list of Azure subscriptions to target. */
    struct awsc_ssm_azure_subscription_list subscriptions;
};

/*
 * An error occurred because of a conflict with a concurrent request or the
 * current state of the resource. Retry your request.
 */
struct awsc_ssm_conflict_exception {
    /* Message: */
    const char *message;
};

/* CreateActivationRequest */
struct awsc_ssm_create_activation_input {
    /* Description: A user-defined description of the resource that you want to
     * register with Systems Manager. Don't enter personally identifiable
     * information in this field. */
    const char *description;
    /* DefaultInstanceName: The name of the registered, managed node as it will
     * appear in the Amazon Web Services Systems Manager console or when you use
     * the Amazon Web Services command line tools to list Systems Manager ... */
    const char *default_instance_name;
    /* IamRole: The name of the Identity and Access Management (IAM) role that you
     * want to assign to the managed node. Required. */
    const char *iam_role;
    /* RegistrationLimit: Specify the maximum number of managed nodes you want to
     * register. The default value is 1 . */
    bool has_registration_limit;
    int32_t registration_limit;
    /* ExpirationDate: The date by which this activation request should expire, in
     * timestamp format, such as "2024-07-07T00:00:00". You can specify a date up
     * to 30 days in advance. */
    bool has_expiration_date;
    struct awsc_timestamp expiration_date;
    /* Tags: Optional metadata that you assign to a resource. Tags enable you to
     * categorize a resource in different ways, such as by purpose, owner, or
     * environment. */
    struct awsc_ssm_tag_list tags;
    /* RegistrationMetadata: Reserved for internal use. */
    struct awsc_ssm_registration_metadata_list registration_metadata;
};

/* CreateActivationResult */
struct awsc_ssm_create_activation_output {
    /* ActivationId: The ID number generated by the system when it processed the
     * activation. The activation ID functions like a user name. */
    const char *activation_id;
    /* ActivationCode: The code the system generates when it processes the
     * activation. The activation code functions like a password to validate the
     * activation ID. */
    const char *activation_code;
};

/* CreateAssociationBatchRequest */
struct awsc_ssm_create_association_batch_input {
    /* Entries: One or more associations. Required. */
    struct awsc_ssm_create_association_batch_request_entries entries;
    /* AssociationDispatchAssumeRole: A role used by association to take actions on
     * your behalf. State Manager will assume this role and call required APIs when
     * dispatching configurations to nodes. */
    const char *association_dispatch_assume_role;
};

/*
 * Describes the association of a Amazon Web Services Systems Manager document
 * (SSM document) and a managed node.
 */
struct awsc_ssm_create_association_batch_request_entry {
    /* Name: The name of the SSM document that contains the configuration
     * information for the managed node. You can specify Command or Automation
     * runbooks. Required. */
    const char *name;
    /* InstanceId: The managed node ID. InstanceId has been deprecated. To specify
     * a managed node ID for an association, use the Targets parameter. */
    const char *instance_id;
    /* Parameters: A description of the parameters for a document. */
    struct awsc_ssm_automation_parameter_map parameters;
    /* AutomationTargetParameterName: Specify the target for the association. This
     * target is required for associations that use an Automation runbook and
     * target resources by using rate controls. */
    const char *automation_target_parameter_name;
    /* DocumentVersion: The document version. */
    const char *document_version;
    /* Targets: The managed nodes targeted by the request. */
    struct awsc_ssm_targets targets;
    /* ScheduleExpression: A cron expression that specifies a schedule when the
     * association runs. */
    const char *schedule_expression;
    /* OutputLocation: An S3 bucket where you want to store the results of this
     * request. */
    struct awsc_ssm_instance_association_output_location *output_location;
    /* AssociationName: Specify a descriptive name for the association. */
    const char *association_name;
    /* MaxErrors: The number of errors that are allowed before the system stops
     * sending requests to run the association on additional targets. */
    const char *max_errors;
    /* MaxConcurrency: The maximum number of targets allowed to run the association
     * at the same time. You can specify a number, for example 10, or a percentage
     * of the target set, for example 10%. */
    const char *max_concurrency;
    /* ComplianceSeverity: The severity level to assign to the association. One of
     * enum awsc_ssm_association_compliance_severity's values (as its string). */
    const char *compliance_severity;
    /* SyncCompliance: The mode for generating association compliance. You can
     * specify AUTO or MANUAL . In AUTO mode, the system uses the status of the
     * association execution to determine the compliance status. One of enum
     * awsc_ssm_association_sync_compliance's values (as its string). */
    const char *sync_compliance;
    /* ApplyOnlyAtCronInterval: By default, when you create a new association, the
     * system runs it immediately after it is created and then according to the
     * schedule you specified and when target changes are detected. */
    bool has_apply_only_at_cron_interval;
    bool apply_only_at_cron_interval;
    /* CalendarNames: The names or Amazon Resource Names (ARNs) of the Change
     * Calendar type documents your associations are gated under. The associations
     * only run when that Change Calendar is open. */
    struct awsc_ssm_patch_id_list calendar_names;
    /* TargetLocations: Use this action to create an association in multiple
     * Regions and multiple accounts. */
    struct awsc_ssm_target_locations target_locations;
    /* ScheduleOffset: Number of days to wait after the scheduled day to run an
     * association. */
    bool has_schedule_offset;
    int32_t schedule_offset;
    /* Duration: The number of hours the association can run before it is canceled.
     * Duration applies to associations that are currently running, and any pending
     * and in progress commands on all targets. */
    bool has_duration;
    int32_t duration;
    /* TargetMaps: A key-value mapping of document parameters to target resources.
     * Both Targets and TargetMaps can't be specified together. */
    struct awsc_ssm_target_maps target_maps;
    /* AlarmConfiguration: */
    struct awsc_ssm_alarm_configuration *alarm_configuration;
};

/* CreateAssociationBatchResult */
struct awsc_ssm_create_association_batch_output {
    /* Successful: Information about the associations that succeeded. */
    struct awsc_ssm_association_description_list successful;
    /* Failed: Information about the associations that failed. */
    struct awsc_ssm_failed_create_association_list failed;
};

/* CreateAssociationRequest */
struct awsc_ssm_create_association_input {
    /* Name: The name of the SSM Command document or Automation runbook that
     * contains the configuration information for the managed node. Required. */
    const char *name;
    /* DocumentVersion: The document version you want to associate with the
     * targets. Can be a specific version or the default version. */
    const char *document_version;
    /* InstanceId: The managed node ID. InstanceId has been deprecated. To specify
     * a managed node ID for an association, use the Targets parameter. */
    const char *instance_id;
    /* Parameters: The parameters for the runtime configuration of the document. */
    struct awsc_ssm_automation_parameter_map parameters;
    /* Targets: The targets for the association. You can target managed nodes by
     * using tags, Amazon Web Services resource groups, all managed nodes in an
     * Amazon Web Services account, or individual managed node IDs. */
    struct awsc_ssm_targets targets;
    /* ScheduleExpression: A cron expression when the association will be applied
     * to the targets. */
    const char *schedule_expression;
    /* OutputLocation: An Amazon Simple Storage Service (Amazon S3) bucket where
     * you want to store the output details of the request. */
    struct awsc_ssm_instance_association_output_location *output_location;
    /* AssociationName: Specify a descriptive name for the association. */
    const char *association_name;
    /* AutomationTargetParameterName: Choose the parameter that will define how
     * your automation will branch out. This target is required for associations
     * that use an Automation runbook and target resources by using rate controls. */
    const char *automation_target_parameter_name;
    /* MaxErrors: The number of errors that are allowed before the system stops
     * sending requests to run the association on additional targets. */
    const char *max_errors;
    /* MaxConcurrency: The maximum number of targets allowed to run the association
     * at the same time. You can specify a number, for example 10, or a percentage
     * of the target set, for example 10%. */
    const char *max_concurrency;
    /* ComplianceSeverity: The severity level to assign to the association. One of
     * enum awsc_ssm_association_compliance_severity's values (as its string). */
    const char *compliance_severity;
    /* SyncCompliance: The mode for generating association compliance. You can
     * specify AUTO or MANUAL . In AUTO mode, the system uses the status of the
     * association execution to determine the compliance status. One of enum
     * awsc_ssm_association_sync_compliance's values (as its string). */
    const char *sync_compliance;
    /* ApplyOnlyAtCronInterval: By default, when you create a new association, the
     * system runs it immediately after it is created and then according to the
     * schedule you specified and when target changes are detected. */
    bool has_apply_only_at_cron_interval;
    bool apply_only_at_cron_interval;
    /* CalendarNames: The names of Amazon Resource Names (ARNs) of the Change
     * Calendar type documents you want to gate your associations under. The
     * associations only run when that change calendar is open. */
    struct awsc_ssm_patch_id_list calendar_names;
    /* TargetLocations: A location is a combination of Amazon Web Services Regions
     * and Amazon Web Services accounts where you want to run the association. */
    struct awsc_ssm_target_locations target_locations;
    /* ScheduleOffset: Number of days to wait after the scheduled day to run an
     * association. */
    bool has_schedule_offset;
    int32_t schedule_offset;
    /* Duration: The number of hours the association can run before it is canceled.
     * Duration applies to associations that are currently running, and any pending
     * and in progress commands on all targets. */
    bool has_duration;
    int32_t duration;
    /* TargetMaps: A key-value mapping of document parameters to target resources.
     * Both Targets and TargetMaps can't be specified together. */
    struct awsc_ssm_target_maps target_maps;
    /* Tags: Adds or overwrites one or more tags for a State Manager association.
     * Tags are metadata that you can assign to your Amazon Web Services resources. */
    struct awsc_ssm_tag_list tags;
    /* AlarmConfiguration: */
    struct awsc_ssm_alarm_configuration *alarm_configuration;
    /* AssociationDispatchAssumeRole: A role used by association to take actions on
     * your behalf. State Manager will assume this role and call required APIs when
     * dispatching configurations to nodes. */
    const char *association_dispatch_assume_role;
};

/* CreateAssociationResult */
struct awsc_ssm_create_association_output {
    /* AssociationDescription: Information about the association. */
    struct awsc_ssm_association_description *association_description;
};

/* CreateCloudConnectorRequest */
struct awsc_ssm_create_cloud_connector_input {
    /* DisplayName: A friendly name for the cloud connector. Required. */
    const char *display_name;
    /* RoleArn: The Amazon Resource Name (ARN) of the IAM role that the cloud
     * connector uses to communicate with the third-party cloud environment.
     * Required. */
    const char *role_arn;
    /* Description: A description for the cloud connector. */
    const char *description;
    /* Configuration: The configuration details for connecting to the third-party
     * cloud environment. Required. */
    struct awsc_ssm_cloud_connector_configuration *configuration;
    /* ConfigConnectorArn: The ARN of the Amazon Web Services Config connector
     * associated with this cloud connector. Required. */
    const char *config_connector_arn;
    /* Tags: Optional metadata that you assign to a resource. Tags enable you to
     * categorize a resource in different ways, such as by purpose, owner, or
     * environment. */
    struct awsc_ssm_tag_list tags;
};

/* CreateCloudConnectorResult */
struct awsc_ssm_create_cloud_connector_output {
    /* CloudConnectorId: The ID of the cloud connector that was created. */
    const char *cloud_connector_id;
};

/* CreateDocumentRequest */
struct awsc_ssm_create_document_input {
    /* Content: The content for the new SSM document in JSON or YAML format. The
     * content of the document must not exceed 64KB. This quota also includes the
     * content specified for input parameters at runtime. Required. */
    const char *content;
    /* Requires: A list of SSM documents required by a document. This parameter is
     * used exclusively by AppConfig. */
    struct awsc_ssm_document_requires_list requires_;
    /* Attachments: A list of key-value pairs that describe attachments to a
     * version of a document. */
    struct awsc_ssm_attachments_source_list attachments;
    /* Name: A name for the SSM document. You can't use the following strings as
     * document name prefixes. Required. */
    const char *name;
    /* DisplayName: An optional field where you can specify a friendly name for the
     * SSM document. This value can differ for each version of the document. */
    const char *display_name;
    /* VersionName: An optional field specifying the version of the artifact you
     * are creating with the document. For example, Release12.1 . This value is
     * unique across all versions of a document, and can't be changed. */
    const char *version_name;
    /* DocumentType: The type of document to create. The DeploymentStrategy
     * document type is an internal-use-only document type reserved for AppConfig.
     * One of enum awsc_ssm_document_type's values (as its string). */
    const char *document_type;
    /* DocumentFormat: Specify the document format for the request. The document
     * format can be JSON, YAML, or TEXT. JSON is the default format. One of enum
     * awsc_ssm_document_format's values (as its string). */
    const char *document_format;
    /* TargetType: Specify a target type to define the kinds of resources the
     * document can run on. For example, to run a document on EC2 instances,
     * specify the following value: /AWS::EC2::Instance . */
    const char *target_type;
    /* Tags: Optional metadata that you assign to a resource. Tags enable you to
     * categorize a resource in different ways, such as by purpose, owner, or
     * environment. */
    struct awsc_ssm_tag_list tags;
};

/* CreateDocumentResult */
struct awsc_ssm_create_document_output {
    /* DocumentDescription: Information about the SSM document. */
    struct awsc_ssm_document_description *document_description;
};

/* CreateMaintenanceWindowRequest */
struct awsc_ssm_create_maintenance_window_input {
    /* Name: The name of the maintenance window. Required. */
    const char *name;
    /* Description: An optional description for the maintenance window. We
     * recommend specifying a description to help you organize your maintenance
     * windows. */
    const char *description;
    /* StartDate: The date and time, in ISO-8601 Extended format, for when you want
     * the maintenance window to become active. */
    const char *start_date;
    /* EndDate: The date and time, in ISO-8601 Extended format, for when you want
     * the maintenance window to become inactive. */
    const char *end_date;
    /* Schedule: The schedule of the maintenance window in the form of a cron or
     * rate expression. Required. */
    const char *schedule;
    /* ScheduleTimezone: The time zone that the scheduled maintenance window
     * executions are based on, in Internet Assigned Numbers Authority (IANA)
     * format. For example: "America/Los_Angeles", "UTC", or "Asia/Seoul". */
    const char *schedule_timezone;
    /* ScheduleOffset: The number of days to wait after the date and time specified
     * by a cron expression before running the maintenance window. */
    bool has_schedule_offset;
    int32_t schedule_offset;
    /* Duration: The duration of the maintenance window in hours. Required. */
    bool has_duration;
    int32_t duration;
    /* Cutoff: The number of hours before the end of the maintenance window that
     * Amazon Web Services Systems Manager stops scheduling new tasks for
     * execution. Required. */
    bool has_cutoff;
    int32_t cutoff;
    /* AllowUnassociatedTargets: Enables a maintenance window task to run on
     * managed nodes, even if you haven't registered those nodes as targets.
     * Required. */
    bool has_allow_unassociated_targets;
    bool allow_unassociated_targets;
    /* ClientToken: User-provided idempotency token. */
    const char *client_token;
    /* Tags: Optional metadata that you assign to a resource. Tags enable you to
     * categorize a resource in different ways, such as by purpose, owner, or
     * environment. */
    struct awsc_ssm_tag_list tags;
};

/* CreateMaintenanceWindowResult */
struct awsc_ssm_create_maintenance_window_output {
    /* WindowId: The ID of the created maintenance window. */
    const char *window_id;
};

/* CreateOpsItemRequest */
struct awsc_ssm_create_ops_item_input {
    /* Description: User-defined text that contains information about the OpsItem,
     * in Markdown format. Provide enough information so that users viewing this
     * OpsItem for the first time understand the issue. Required. */
    const char *description;
    /* OpsItemType: The type of OpsItem to create. Systems Manager supports the
     * following types of OpsItems: /aws/issue */
    const char *ops_item_type;
    /* OperationalData: Operational data is custom data that provides useful
     * reference details about the OpsItem. */
    struct awsc_ssm_ops_item_operational_data operational_data;
    /* Notifications: The Amazon Resource Name (ARN) of an SNS topic where
     * notifications are sent when this OpsItem is edited or changed. */
    struct awsc_ssm_ops_item_notifications notifications;
    /* Priority: The importance of this OpsItem in relation to other OpsItems in
     * the system. */
    bool has_priority;
    int32_t priority;
    /* RelatedOpsItems: One or more OpsItems that share something in common with
     * the current OpsItems. */
    struct awsc_ssm_related_ops_items related_ops_items;
    /* Source: The origin of the OpsItem, such as Amazon EC2 or Systems Manager.
     * The source name can't contain the following strings: aws , amazon , and amzn
     * . Required. */
    const char *source;
    /* Title: A short heading that describes the nature of the OpsItem and the
     * impacted resource. Required. */
    const char *title;
    /* Tags: Optional metadata that you assign to a resource. */
    struct awsc_ssm_tag_list tags;
    /* Category: Specify a category to assign to an OpsItem. */
    const char *category;
    /* Severity: Specify a severity to assign to an OpsItem. */
    const char *severity;
    /* ActualStartTime: The time a runbook workflow started. Currently reported
     * only for the OpsItem type /aws/changerequest . */
    bool has_actual_start_time;
    struct awsc_timestamp actual_start_time;
    /* ActualEndTime: The time a runbook workflow ended. Currently reported only
     * for the OpsItem type /aws/changerequest . */
    bool has_actual_end_time;
    struct awsc_timestamp actual_end_time;
    /* PlannedStartTime: The time specified in a change request for a runbook
     * workflow to start. Currently supported only for the OpsItem type
     * /aws/changerequest . */
    bool has_planned_start_time;
    struct awsc_timestamp planned_start_time;
    /* PlannedEndTime: The time specified in a change request for a runbook
     * workflow to end. Currently supported only for the OpsItem type
     * /aws/changerequest . */
    bool has_planned_end_time;
    struct awsc_timestamp planned_end_time;
    /* AccountId: The target Amazon Web Services account where you want to create
     * an OpsItem. To make this call, your account must be configured to work with
     * OpsItems across accounts. */
    const char *account_id;
};

/* CreateOpsItemResponse */
struct awsc_ssm_create_ops_item_output {
    /* OpsItemId: The ID of the OpsItem. */
    const char *ops_item_id;
    /* OpsItemArn: The OpsItem Amazon Resource Name (ARN). */
    const char *ops_item_arn;
};

/* CreateOpsMetadataRequest */
struct awsc_ssm_create_ops_metadata_input {
    /* ResourceId: A resource ID for a new Application Manager application.
     * Required. */
    const char *resource_id;
    /* Metadata: Metadata for a new Application Manager application. */
    struct awsc_ssm_metadata_map metadata;
    /* Tags: Optional metadata that you assign to a resource. You can specify a
     * maximum of five tags for an OpsMetadata object. */
    struct awsc_ssm_tag_list tags;
};

/* CreateOpsMetadataResult */
struct awsc_ssm_create_ops_metadata_output {
    /* OpsMetadataArn: The Amazon Resource Name (ARN) of the OpsMetadata Object or
     * blob created by the call. */
    const char *ops_metadata_arn;
};

/* CreatePatchBaselineRequest */
struct awsc_ssm_create_patch_baseline_input {
    /* OperatingSystem: Defines the operating system the patch baseline applies to.
     * The default value is WINDOWS . One of enum awsc_ssm_operating_system's
     * values (as its string). */
    const char *operating_system;
    /* Name: The name of the patch baseline. Required. */
    const char *name;
    /* GlobalFilters: A set of global filters used to include patches in the
     * baseline. The GlobalFilters parameter can be configured only by using the
     * CLI or an Amazon Web Services SDK. */
    struct awsc_ssm_patch_filter_group *global_filters;
    /* ApprovalRules: A set of rules used to include patches in the baseline. */
    struct awsc_ssm_patch_rule_group *approval_rules;
    /* ApprovedPatches: A list of explicitly approved patches for the baseline. */
    struct awsc_ssm_patch_id_list approved_patches;
    /* ApprovedPatchesComplianceLevel: Defines the compliance level for approved
     * patches. When an approved patch is reported as missing, this value describes
     * the severity of the compliance violation. The default value is UNSPECIFIED .
     * One of enum awsc_ssm_patch_compliance_level's values (as its string). */
    const char *approved_patches_compliance_level;
    /* ApprovedPatchesEnableNonSecurity: Indicates whether the list of approved
     * patches includes non-security updates that should be applied to the managed
     * nodes. The default value is false . Applies to Linux managed nodes only. */
    bool has_approved_patches_enable_non_security;
    bool approved_patches_enable_non_security;
    /* RejectedPatches: A list of explicitly rejected patches for the baseline. */
    struct awsc_ssm_patch_id_list rejected_patches;
    /* RejectedPatchesAction: The action for Patch Manager to take on patches
     * included in the RejectedPackages list. One of enum awsc_ssm_patch_action's
     * values (as its string). */
    const char *rejected_patches_action;
    /* Description: A description of the patch baseline. */
    const char *description;
    /* Sources: Information about the patches to use to update the managed nodes,
     * including target operating systems and source repositories. Applies to Linux
     * managed nodes only. */
    struct awsc_ssm_patch_source_list sources;
    /* AvailableSecurityUpdatesComplianceStatus: Indicates the status you want to
     * assign to security patches that are available but not approved because they
     * don't meet the installation criteria specified in the patch baseline. One of
     * enum awsc_ssm_patch_compliance_status's values (as its string). */
    const char *available_security_updates_compliance_status;
    /* ClientToken: User-provided idempotency token. */
    const char *client_token;
    /* Tags: Optional metadata that you assign to a resource. Tags enable you to
     * categorize a resource in different ways, such as by purpose, owner, or
     * environment. */
    struct awsc_ssm_tag_list tags;
};

/* CreatePatchBaselineResult */
struct awsc_ssm_create_patch_baseline_output {
    /* BaselineId: The ID of the created patch baseline. */
    const char *baseline_id;
};

/* CreateResourceDataSyncRequest */
struct awsc_ssm_create_resource_data_sync_input {
    /* SyncName: A name for the configuration. Required. */
    const char *sync_name;
    /* S3Destination: Amazon S3 configuration details for the sync. This parameter
     * is required if the SyncType value is SyncToDestination. */
    struct awsc_ssm_resource_data_sync_s3_destination *s3_destination;
    /* SyncType: Specify SyncToDestination to create a resource data sync that
     * synchronizes data to an S3 bucket for Inventory. If you specify
     * SyncToDestination , you must provide a value for S3Destination . */
    const char *sync_type;
    /* SyncSource: Specify information about the data sources to synchronize. This
     * parameter is required if the SyncType value is SyncFromSource. */
    struct awsc_ssm_resource_data_sync_source *sync_source;
};

/* CreateResourceDataSyncResult */
struct awsc_ssm_create_resource_data_sync_output {
    char unused_; /* no members */
};

/*
 * The temporary security credentials, which include an access key ID, a secret
 * access key, and a security (or session) token.
 */
struct awsc_ssm_credentials {
    /* AccessKeyId: The access key ID that identifies the temporary security
     * credentials. Required. */
    const char *access_key_id;
    /* SecretAccessKey: The secret access key that can be used to sign requests.
     * Required. */
    const char *secret_access_key;
    /* SessionToken: The token that users must pass to the service API to use the
     * temporary credentials. Required. */
    const char *session_token;
    /* ExpirationTime: The datetime on which the current credentials expire.
     * Required. */
    bool has_expiration_time;
    struct awsc_timestamp expiration_time;
};

/*
 * You have exceeded the limit for custom schemas. Delete one or more custom
 * schemas and try again.
 */
struct awsc_ssm_custom_schema_count_limit_exceeded_exception {
    /* Message: */
    const char *message;
};

/* DeleteActivationRequest */
struct awsc_ssm_delete_activation_input {
    /* ActivationId: The ID of the activation that you want to delete. Required. */
    const char *activation_id;
};

/* DeleteActivationResult */
struct awsc_ssm_delete_activation_output {
    char unused_; /* no members */
};

/* DeleteAssociationRequest */
struct awsc_ssm_delete_association_input {
    /* Name: The name of the SSM document. */
    const char *name;
    /* InstanceId: The managed node ID. InstanceId has been deprecated. To specify
     * a managed node ID for an association, use the Targets parameter. */
    const char *instance_id;
    /* AssociationId: The association ID that you want to delete. */
    const char *association_id;
};

/* DeleteAssociationResult */
struct awsc_ssm_delete_association_output {
    char unused_; /* no members */
};

/* DeleteCloudConnectorRequest */
struct awsc_ssm_delete_cloud_connector_input {
    /* CloudConnectorId: The ID of the cloud connector to delete. Required. */
    const char *cloud_connector_id;
};

/* DeleteCloudConnectorResult */
struct awsc_ssm_delete_cloud_connector_output {
    /* CloudConnectorId: The ID of the cloud connector that was deleted. */
    const char *cloud_connector_id;
};

/* DeleteDocumentRequest */
struct awsc_ssm_delete_document_input {
    /* Name: The name of the document. Required. */
    const char *name;
    /* DocumentVersion: The version of the document that you want to delete. If not
     * provided, all versions of the document are deleted. */
    const char *document_version;
    /* VersionName: The version name of the document that you want to delete. If
     * not provided, all versions of the document are deleted. */
    const char *version_name;
    /* Force: Some SSM document types require that you specify a Force flag before
     * you can delete the document. */
    bool has_force;
    bool force;
};

/* DeleteDocumentResult */
struct awsc_ssm_delete_document_output {
    char unused_; /* no members */
};

/* DeleteInventoryRequest */
struct awsc_ssm_delete_inventory_input {
    /* TypeName: The name of the custom inventory type for which you want to delete
     * either all previously collected data or the inventory type itself. Required. */
    const char *type_name;
    /* SchemaDeleteOption: Use the SchemaDeleteOption to delete a custom inventory
     * type (schema). If you don't choose this option, the system only deletes
     * existing inventory data associated with the custom inventory type. One of
     * enum awsc_ssm_inventory_schema_delete_option's values (as its string). */
    const char *schema_delete_option;
    /* DryRun: Use this option to view a summary of the deletion request without
     * deleting any data or the data type. This option is useful when you only want
     * to understand what will be deleted. */
    bool has_dry_run;
    bool dry_run;
    /* ClientToken: User-provided idempotency token. */
    const char *client_token;
};

/* DeleteInventoryResult */
struct awsc_ssm_delete_inventory_output {
    /* DeletionId: Every DeleteInventory operation is assigned a unique ID. This
     * option returns a unique ID. You can use this ID to query the status of a
     * delete operation. */
    const char *deletion_id;
    /* TypeName: The name of the inventory data type specified in the request. */
    const char *type_name;
    /* DeletionSummary: A summary of the delete operation. For more information
     * about this summary, see Deleting custom inventory in the Amazon Web Services
     * Systems Manager User Guide . */
    struct awsc_ssm_inventory_deletion_summary *deletion_summary;
};

/* DeleteMaintenanceWindowRequest */
struct awsc_ssm_delete_maintenance_window_input {
    /* WindowId: The ID of the maintenance window to delete. Required. */
    const char *window_id;
};

/* DeleteMaintenanceWindowResult */
struct awsc_ssm_delete_maintenance_window_output {
    /* WindowId: The ID of the deleted maintenance window. */
    const char *window_id;
};

/* DeleteOpsItemRequest */
struct awsc_ssm_delete_ops_item_input {
    /* OpsItemId: The ID of the OpsItem that you want to delete. Required. */
    const char *ops_item_id;
};

/* DeleteOpsItemResponse */
struct awsc_ssm_delete_ops_item_output {
    char unused_; /* no members */
};

/* DeleteOpsMetadataRequest */
struct awsc_ssm_delete_ops_metadata_input {
    /* OpsMetadataArn: The Amazon Resource Name (ARN) of an OpsMetadata Object to
     * delete. Required. */
    const char *ops_metadata_arn;
};

/* DeleteOpsMetadataResult */
struct awsc_ssm_delete_ops_metadata_output {
    char unused_; /* no members */
};

/* DeleteParameterRequest */
struct awsc_ssm_delete_parameter_input {
    /* Name: The name of the parameter to delete. You can't enter the Amazon
     * Resource Name (ARN) for a parameter, only the parameter name itself.
     * Required. */
    const char *name;
};

/* DeleteParameterResult */
struct awsc_ssm_delete_parameter_output {
    char unused_; /* no members */
};

/* DeleteParametersRequest */
struct awsc_ssm_delete_parameters_input {
    /* Names: The names of the parameters to delete. After deleting a parameter,
     * wait for at least 30 seconds to create a parameter with the same name.
     * Required. */
    struct awsc_ssm_patch_id_list names;
};

/* DeleteParametersResult */
struct awsc_ssm_delete_parameters_output {
    /* DeletedParameters: The names of the deleted parameters. */
    struct awsc_ssm_patch_id_list deleted_parameters;
    /* InvalidParameters: The names of parameters that weren't deleted because the
     * parameters aren't valid. */
    struct awsc_ssm_patch_id_list invalid_parameters;
};

/* DeletePatchBaselineRequest */
struct awsc_ssm_delete_patch_baseline_input {
    /* BaselineId: The ID of the patch baseline to delete. Required. */
    const char *baseline_id;
};

/* DeletePatchBaselineResult */
struct awsc_ssm_delete_patch_baseline_output {
    /* BaselineId: The ID of the deleted patch baseline. */
    const char *baseline_id;
};

/* DeleteResourceDataSyncRequest */
struct awsc_ssm_delete_resource_data_sync_input {
    /* SyncName: The name of the configuration to delete. Required. */
    const char *sync_name;
    /* SyncType: Specify the type of resource data sync to delete. */
    const char *sync_type;
};

/* DeleteResourceDataSyncResult */
struct awsc_ssm_delete_resource_data_sync_output {
    char unused_; /* no members */
};

/* DeleteResourcePolicyRequest */
struct awsc_ssm_delete_resource_policy_input {
    /* ResourceArn: Amazon Resource Name (ARN) of the resource to which the
     * policies are attached. Required. */
    const char *resource_arn;
    /* PolicyId: The policy ID. Required. */
    const char *policy_id;
    /* PolicyHash: ID of the current policy version. The hash helps to prevent
     * multiple calls from attempting to overwrite a policy. Required. */
    const char *policy_hash;
};

/* DeleteResourcePolicyResponse */
struct awsc_ssm_delete_resource_policy_output {
    char unused_; /* no members */
};

/* DeregisterManagedInstanceRequest */
struct awsc_ssm_deregister_managed_instance_input {
    /* InstanceId: The ID assigned to the managed node when you registered it using
     * the activation process. Required. */
    const char *instance_id;
};

/* DeregisterManagedInstanceResult */
struct awsc_ssm_deregister_managed_instance_output {
    char unused_; /* no members */
};

/* DeregisterPatchBaselineForPatchGroupRequest */
struct awsc_ssm_deregister_patch_baseline_for_patch_group_input {
    /* BaselineId: The ID of the patch baseline to deregister the patch group from.
     * Required. */
    const char *baseline_id;
    /* PatchGroup: The name of the patch group that should be deregistered from the
     * patch baseline. Required. */
    const char *patch_group;
};

/* DeregisterPatchBaselineForPatchGroupResult */
struct awsc_ssm_deregister_patch_baseline_for_patch_group_output {
    /* BaselineId: The ID of the patch baseline the patch group was deregistered
     * from. */
    const char *baseline_id;
    /* PatchGroup: The name of the patch group deregistered from the patch
     * baseline. */
    const char *patch_group;
};

/* DeregisterTargetFromMaintenanceWindowRequest */
struct awsc_ssm_deregister_target_from_maintenance_window_input {
    /* WindowId: The ID of the maintenance window the target should be removed
     * from. Required. */
    const char *window_id;
    /* WindowTargetId: The ID of the target definition to remove. Required. */
    const char *window_target_id;
    /* Safe: The system checks if the target is being referenced by a task. If the
     * target is being referenced, the system returns an error and doesn't
     * deregister the target from the maintenance window. */
    bool has_safe;
    bool safe;
};

/* DeregisterTargetFromMaintenanceWindowResult */
struct awsc_ssm_deregister_target_from_maintenance_window_output {
    /* WindowId: The ID of the maintenance window the target was removed from. */
    const char *window_id;
    /* WindowTargetId: The ID of the removed target definition. */
    const char *window_target_id;
};

/* DeregisterTaskFromMaintenanceWindowRequest */
struct awsc_ssm_deregister_task_from_maintenance_window_input {
    /* WindowId: The ID of the maintenance window the task should be removed from.
     * Required. */
    const char *window_id;
    /* WindowTaskId: The ID of the task to remove from the maintenance window.
     * Required. */
    const char *window_task_id;
};

/* DeregisterTaskFromMaintenanceWindowResult */
struct awsc_ssm_deregister_task_from_maintenance_window_output {
    /* WindowId: The ID of the maintenance window the task was removed from. */
    const char *window_id;
    /* WindowTaskId: The ID of the task removed from the maintenance window. */
    const char *window_task_id;
};

/*
 * Filter for the DescribeActivation API.
 */
struct awsc_ssm_describe_activations_filter {
    /* FilterKey: The name of the filter. One of enum
     * awsc_ssm_describe_activations_filter_keys's values (as its string). */
    const char *filter_key;
    /* FilterValues: The filter values. */
    struct awsc_ssm_patch_id_list filter_values;
};

/* DescribeActivationsRequest */
struct awsc_ssm_describe_activations_input {
    /* Filters: A filter to view information about your activations. */
    struct awsc_ssm_describe_activations_filter_list filters;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: A token to start the list. Use this token to get the next set of
     * results. */
    const char *next_token;
};

/* DescribeActivationsResult */
struct awsc_ssm_describe_activations_output {
    /* ActivationList: A list of activations for your Amazon Web Services account. */
    struct awsc_ssm_activation_list activation_list;
    /* NextToken: The token for the next set of items to return. Use this token to
     * get the next set of results. */
    const char *next_token;
};

/* DescribeAssociationExecutionTargetsRequest */
struct awsc_ssm_describe_association_execution_targets_input {
    /* AssociationId: The association ID that includes the execution for which you
     * want to view details. Required. */
    const char *association_id;
    /* ExecutionId: The execution ID for which you want to view details. Required. */
    const char *execution_id;
    /* Filters: Filters for the request. You can specify the following filters and
     * values. */
    struct awsc_ssm_association_execution_targets_filter_list filters;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: A token to start the list. Use this token to get the next set of
     * results. */
    const char *next_token;
};

/* DescribeAssociationExecutionTargetsResult */
struct awsc_ssm_describe_association_execution_targets_output {
    /* AssociationExecutionTargets: Information about the execution. */
    struct awsc_ssm_association_execution_targets_list association_execution_targets;
    /* NextToken: The token for the next set of items to return. Use this token to
     * get the next set of results. */
    const char *next_token;
};

/* DescribeAssociationExecutionsRequest */
struct awsc_ssm_describe_association_executions_input {
    /* AssociationId: The association ID for which you want to view execution
     * history details. Required. */
    const char *association_id;
    /* Filters: Filters for the request. You can specify the following filters and
     * values. */
    struct awsc_ssm_association_execution_filter_list filters;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: A token to start the list. Use this token to get the next set of
     * results. */
    const char *next_token;
};

/* DescribeAssociationExecutionsResult */
struct awsc_ssm_describe_association_executions_output {
    /* AssociationExecutions: A list of the executions for the specified
     * association ID. */
    struct awsc_ssm_association_executions_list association_executions;
    /* NextToken: The token for the next set of items to return. Use this token to
     * get the next set of results. */
    const char *next_token;
};

/* DescribeAssociationRequest */
struct awsc_ssm_describe_association_input {
    /* Name: The name of the SSM document. */
    const char *name;
    /* InstanceId: The managed node ID. */
    const char *instance_id;
    /* AssociationId: The association ID for which you want information. */
    const char *association_id;
    /* AssociationVersion: Specify the association version to retrieve. To view the
     * latest version, either specify $LATEST for this parameter, or omit this
     * parameter. */
    const char *association_version;
};

/* DescribeAssociationResult */
struct awsc_ssm_describe_association_output {
    /* AssociationDescription: Information about the association. */
    struct awsc_ssm_association_description *association_description;
};

/* DescribeAutomationExecutionsRequest */
struct awsc_ssm_describe_automation_executions_input {
    /* Filters: Filters used to limit the scope of executions that are requested. */
    struct awsc_ssm_automation_execution_filter_list filters;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
};

/* DescribeAutomationExecutionsResult */
struct awsc_ssm_describe_automation_executions_output {
    /* AutomationExecutionMetadataList: The list of details about each automation
     * execution which has occurred which matches the filter specification, if any. */
    struct awsc_ssm_automation_execution_metadata_list automation_execution_metadata_list;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* DescribeAutomationStepExecutionsRequest */
struct awsc_ssm_describe_automation_step_executions_input {
    /* AutomationExecutionId: The Automation execution ID for which you want step
     * execution descriptions. Required. */
    const char *automation_execution_id;
    /* Filters: One or more filters to limit the number of step executions returned
     * by the request. */
    struct awsc_ssm_step_execution_filter_list filters;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* ReverseOrder: Indicates whether to list step executions in reverse order by
     * start time. The default value is 'false'. */
    bool has_reverse_order;
    bool reverse_order;
};

/* DescribeAutomationStepExecutionsResult */
struct awsc_ssm_describe_automation_step_executions_output {
    /* StepExecutions: A list of details about the current state of all steps that
     * make up an execution. */
    struct awsc_ssm_step_execution_list step_executions;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* DescribeAvailablePatchesRequest */
struct awsc_ssm_describe_available_patches_input {
    /* Filters: Each element in the array is a structure containing a key-value
     * pair. */
    struct awsc_ssm_patch_orchestrator_filter_list filters;
    /* MaxResults: The maximum number of patches to return (per page). */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
};

/* DescribeAvailablePatchesResult */
struct awsc_ssm_describe_available_patches_output {
    /* Patches: An array of patches. Each entry in the array is a patch structure. */
    struct awsc_ssm_patch_list patches;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* DescribeDocumentPermissionRequest */
struct awsc_ssm_describe_document_permission_input {
    /* Name: The name of the document for which you are the owner. Required. */
    const char *name;
    /* PermissionType: The permission type for the document. The permission type
     * can be Share . Required. One of enum awsc_ssm_document_permission_type's
     * values (as its string). */
    const char *permission_type;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
};

/* DescribeDocumentPermissionResponse */
struct awsc_ssm_describe_document_permission_output {
    /* AccountIds: The account IDs that have permission to use this document. The
     * ID can be either an Amazon Web Services account number or all . */
    struct awsc_ssm_patch_id_list account_ids;
    /* AccountSharingInfoList: A list of Amazon Web Services accounts where the
     * current document is shared and the version shared with each account. */
    struct awsc_ssm_account_sharing_info_list account_sharing_info_list;
    /* NextToken: The token for the next set of items to return. Use this token to
     * get the next set of results. */
    const char *next_token;
};

/* DescribeDocumentRequest */
struct awsc_ssm_describe_document_input {
    /* Name: The name of the SSM document. If you're calling a shared SSM document
     * from a different Amazon Web Services account, Name is the full Amazon
     * Resource Name (ARN) of the document. Required. */
    const char *name;
    /* DocumentVersion: The document version for which you want information. Can be
     * a specific version or the default version. */
    const char *document_version;
    /* VersionName: An optional field specifying the version of the artifact
     * associated with the document. For example, 12.6. This value is unique across
     * all versions of a document, and can't be changed. */
    const char *version_name;
};

/* DescribeDocumentResult */
struct awsc_ssm_describe_document_output {
    /* Document: Information about the SSM document. */
    struct awsc_ssm_document_description *document;
};

/* DescribeEffectiveInstanceAssociationsRequest */
struct awsc_ssm_describe_effective_instance_associations_input {
    /* InstanceId: The managed node ID for which you want to view all associations.
     * Required. */
    const char *instance_id;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
};

/* DescribeEffectiveInstanceAssociationsResult */
struct awsc_ssm_describe_effective_instance_associations_output {
    /* Associations: The associations for the requested managed node. */
    struct awsc_ssm_instance_association_list associations;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* DescribeEffectivePatchesForPatchBaselineRequest */
struct awsc_ssm_describe_effective_patches_for_patch_baseline_input {
    /* BaselineId: The ID of the patch baseline to retrieve the effective patches
     * for. Required. */
    const char *baseline_id;
    /* MaxResults: The maximum number of patches to return (per page). */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
};

/* DescribeEffectivePatchesForPatchBaselineResult */
struct awsc_ssm_describe_effective_patches_for_patch_baseline_output {
    /* EffectivePatches: An array of patches and patch status. */
    struct awsc_ssm_effective_patch_list effective_patches;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* DescribeInstanceAssociationsStatusRequest */
struct awsc_ssm_describe_instance_associations_status_input {
    /* InstanceId: The managed node IDs for which you want association status
     * information. Required. */
    const char *instance_id;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
};

/* DescribeInstanceAssociationsStatusResult */
struct awsc_ssm_describe_instance_associations_status_output {
    /* InstanceAssociationStatusInfos: Status information about the association. */
    struct awsc_ssm_instance_association_status_infos instance_association_status_infos;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* DescribeInstanceInformationRequest */
struct awsc_ssm_describe_instance_information_input {
    /* InstanceInformationFilterList: This is a legacy method. We recommend that
     * you don't use this method. Instead, use the Filters data type. */
    struct awsc_ssm_instance_information_filter_list instance_information_filter_list;
    /* Filters: One or more filters. Use a filter to return a more specific list of
     * managed nodes. You can filter based on tags applied to your managed nodes.
     * Tag filters can't be combined with other filter types. */
    struct awsc_ssm_instance_information_string_filter_list filters;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. The default value is 10 items. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
};

/* DescribeInstanceInformationResult */
struct awsc_ssm_describe_instance_information_output {
    /* InstanceInformationList: The managed node information list. */
    struct awsc_ssm_instance_information_list instance_information_list;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* DescribeInstancePatchStatesForPatchGroupRequest */
struct awsc_ssm_describe_instance_patch_states_for_patch_group_input {
    /* PatchGroup: The name of the patch group for which the patch state
     * information should be retrieved. Required. */
    const char *patch_group;
    /* Filters: Each entry in the array is a structure containing: Key (string
     * between 1 and 200 characters) Values (array containing a single string) Type
     * (string "Equal", "NotEqual", "LessThan", "GreaterThan") */
    struct awsc_ssm_instance_patch_state_filter_list filters;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
    /* MaxResults: The maximum number of patches to return (per page). */
    bool has_max_results;
    int32_t max_results;
};

/* DescribeInstancePatchStatesForPatchGroupResult */
struct awsc_ssm_describe_instance_patch_states_for_patch_group_output {
    /* InstancePatchStates: The high-level patch state for the requested managed
     * nodes. */
    struct awsc_ssm_instance_patch_state_list instance_patch_states;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* DescribeInstancePatchStatesRequest */
struct awsc_ssm_describe_instance_patch_states_input {
    /* InstanceIds: The ID of the managed node for which patch state information
     * should be retrieved. Required. */
    struct awsc_ssm_patch_id_list instance_ids;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
    /* MaxResults: The maximum number of managed nodes to return (per page). */
    bool has_max_results;
    int32_t max_results;
};

/* DescribeInstancePatchStatesResult */
struct awsc_ssm_describe_instance_patch_states_output {
    /* InstancePatchStates: The high-level patch state for the requested managed
     * nodes. */
    struct awsc_ssm_instance_patch_state_list instance_patch_states;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* DescribeInstancePatchesRequest */
struct awsc_ssm_describe_instance_patches_input {
    /* InstanceId: The ID of the managed node whose patch state information should
     * be retrieved. Required. */
    const char *instance_id;
    /* Filters: Each element in the array is a structure containing a key-value
     * pair. */
    struct awsc_ssm_patch_orchestrator_filter_list filters;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
    /* MaxResults: The maximum number of patches to return (per page). */
    bool has_max_results;
    int32_t max_results;
};

/* DescribeInstancePatchesResult */
struct awsc_ssm_describe_instance_patches_output {
    /* Patches: Each entry in the array is a structure containing: Title (string)
     * KBId (string) Classification (string) Severity (string) State (string, such
     * as "INSTALLED" or "FAILED") InstalledTime (DateTime) ... */
    struct awsc_ssm_patch_compliance_data_list patches;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* DescribeInstancePropertiesRequest */
struct awsc_ssm_describe_instance_properties_input {
    /* InstancePropertyFilterList: An array of instance property filters. */
    struct awsc_ssm_instance_property_filter_list instance_property_filter_list;
    /* FiltersWithOperator: The request filters to use with the operator. */
    struct awsc_ssm_instance_property_string_filter_list filters_with_operator;
    /* MaxResults: The maximum number of items to return for the call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token provided by a previous request to use to return the
     * next set of properties. */
    const char *next_token;
};

/* DescribeInstancePropertiesResult */
struct awsc_ssm_describe_instance_properties_output {
    /* InstanceProperties: Properties for the managed instances. */
    struct awsc_ssm_instance_properties instance_properties;
    /* NextToken: The token for the next set of properties to return. Use this
     * token to get the next set of results. */
    const char *next_token;
};

/* DescribeInventoryDeletionsRequest */
struct awsc_ssm_describe_inventory_deletions_input {
    /* DeletionId: Specify the delete inventory ID for which you want information.
     * This ID was returned by the DeleteInventory operation. */
    const char *deletion_id;
    /* NextToken: A token to start the list. Use this token to get the next set of
     * results. */
    const char *next_token;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
};

/* DescribeInventoryDeletionsResult */
struct awsc_ssm_describe_inventory_deletions_output {
    /* InventoryDeletions: A list of status items for deleted inventory. */
    struct awsc_ssm_inventory_deletions_list inventory_deletions;
    /* NextToken: The token for the next set of items to return. Use this token to
     * get the next set of results. */
    const char *next_token;
};

/* DescribeMaintenanceWindowExecutionTaskInvocationsRequest */
struct awsc_ssm_describe_maintenance_window_execution_task_invocations_input {
    /* WindowExecutionId: The ID of the maintenance window execution the task is
     * part of. Required. */
    const char *window_execution_id;
    /* TaskId: The ID of the specific task in the maintenance window task that
     * should be retrieved. Required. */
    const char *task_id;
    /* Filters: Optional filters used to scope down the returned task invocations.
     * The supported filter key is STATUS with the corresponding values PENDING ,
     * IN_PROGRESS , SUCCESS , FAILED , TIMED_OUT , CANCELLING , ... */
    struct awsc_ssm_maintenance_window_filter_list filters;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
};

/* DescribeMaintenanceWindowExecutionTaskInvocationsResult */
struct awsc_ssm_describe_maintenance_window_execution_task_invocations_output {
    /* WindowExecutionTaskInvocationIdentities: Information about the task
     * invocation results per invocation. */
    struct awsc_ssm_maintenance_window_execution_task_invocation_identity_list window_execution_task_invocation_identities;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* DescribeMaintenanceWindowExecutionTasksRequest */
struct awsc_ssm_describe_maintenance_window_execution_tasks_input {
    /* WindowExecutionId: The ID of the maintenance window execution whose task
     * executions should be retrieved. Required. */
    const char *window_execution_id;
    /* Filters: Optional filters used to scope down the returned tasks. The
     * supported filter key is STATUS with the corresponding values PENDING ,
     * IN_PROGRESS , SUCCESS , FAILED , TIMED_OUT , CANCELLING , and ... */
    struct awsc_ssm_maintenance_window_filter_list filters;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
};

/* DescribeMaintenanceWindowExecutionTasksResult */
struct awsc_ssm_describe_maintenance_window_execution_tasks_output {
    /* WindowExecutionTaskIdentities: Information about the task executions. */
    struct awsc_ssm_maintenance_window_execution_task_identity_list window_execution_task_identities;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* DescribeMaintenanceWindowExecutionsRequest */
struct awsc_ssm_describe_maintenance_window_executions_input {
    /* WindowId: The ID of the maintenance window whose executions should be
     * retrieved. Required. */
    const char *window_id;
    /* Filters: Each entry in the array is a structure containing: Key. A string
     * between 1 and 128 characters. Supported keys include ExecutedBefore and
     * ExecutedAfter . Values. */
    struct awsc_ssm_maintenance_window_filter_list filters;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
};

/* DescribeMaintenanceWindowExecutionsResult */
struct awsc_ssm_describe_maintenance_window_executions_output {
    /* WindowExecutions: Information about the maintenance window executions. */
    struct awsc_ssm_maintenance_window_execution_list window_executions;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* DescribeMaintenanceWindowScheduleRequest */
struct awsc_ssm_describe_maintenance_window_schedule_input {
    /* WindowId: The ID of the maintenance window to retrieve information about. */
    const char *window_id;
    /* Targets: The managed node ID or key-value pair to retrieve information
     * about. */
    struct awsc_ssm_targets targets;
    /* ResourceType: The type of resource you want to retrieve information about.
     * For example, INSTANCE . One of enum
     * awsc_ssm_maintenance_window_resource_type's values (as its string). */
    const char *resource_type;
    /* Filters: Filters used to limit the range of results. For example, you can
     * limit maintenance window executions to only those scheduled before or after
     * a certain date and time. */
    struct awsc_ssm_patch_orchestrator_filter_list filters;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
};

/* DescribeMaintenanceWindowScheduleResult */
struct awsc_ssm_describe_maintenance_window_schedule_output {
    /* ScheduledWindowExecutions: Information about maintenance window executions
     * scheduled for the specified time range. */
    struct awsc_ssm_scheduled_window_execution_list scheduled_window_executions;
    /* NextToken: The token for the next set of items to return. (You use this
     * token in the next call.) */
    const char *next_token;
};

/* DescribeMaintenanceWindowTargetsRequest */
struct awsc_ssm_describe_maintenance_window_targets_input {
    /* WindowId: The ID of the maintenance window whose targets should be
     * retrieved. Required. */
    const char *window_id;
    /* Filters: Optional filters that can be used to narrow down the scope of the
     * returned window targets. The supported filter keys are Type , WindowTargetId
     * , and OwnerInformation . */
    struct awsc_ssm_maintenance_window_filter_list filters;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
};

/* DescribeMaintenanceWindowTargetsResult */
struct awsc_ssm_describe_maintenance_window_targets_output {
    /* Targets: Information about the targets in the maintenance window. */
    struct awsc_ssm_maintenance_window_target_list targets;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* DescribeMaintenanceWindowTasksRequest */
struct awsc_ssm_describe_maintenance_window_tasks_input {
    /* WindowId: The ID of the maintenance window whose tasks should be retrieved.
     * Required. */
    const char *window_id;
    /* Filters: Optional filters used to narrow down the scope of the returned
     * tasks. The supported filter keys are WindowTaskId , TaskArn , Priority , and
     * TaskType . */
    struct awsc_ssm_maintenance_window_filter_list filters;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
};

/* DescribeMaintenanceWindowTasksResult */
struct awsc_ssm_describe_maintenance_window_tasks_output {
    /* Tasks: Information about the tasks in the maintenance window. */
    struct awsc_ssm_maintenance_window_task_list tasks;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* DescribeMaintenanceWindowsForTargetRequest */
struct awsc_ssm_describe_maintenance_windows_for_target_input {
    /* Targets: The managed node ID or key-value pair to retrieve information
     * about. Required. */
    struct awsc_ssm_targets targets;
    /* ResourceType: The type of resource you want to retrieve information about.
     * For example, INSTANCE . Required. One of enum
     * awsc_ssm_maintenance_window_resource_type's values (as its string). */
    const char *resource_type;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
};

/* DescribeMaintenanceWindowsForTargetResult */
struct awsc_ssm_describe_maintenance_windows_for_target_output {
    /* WindowIdentities: Information about the maintenance window targets and tasks
     * a managed node is associated with. */
    struct awsc_ssm_maintenance_windows_for_target_list window_identities;
    /* NextToken: The token for the next set of items to return. (You use this
     * token in the next call.) */
    const char *next_token;
};

/* DescribeMaintenanceWindowsRequest */
struct awsc_ssm_describe_maintenance_windows_input {
    /* Filters: Optional filters used to narrow down the scope of the returned
     * maintenance windows. Supported filter keys are Name and Enabled . For
     * example, Name=MyMaintenanceWindow and Enabled=True . */
    struct awsc_ssm_maintenance_window_filter_list filters;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
};

/* DescribeMaintenanceWindowsResult */
struct awsc_ssm_describe_maintenance_windows_output {
    /* WindowIdentities: Information about the maintenance windows. */
    struct awsc_ssm_maintenance_window_identity_list window_identities;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* DescribeOpsItemsRequest */
struct awsc_ssm_describe_ops_items_input {
    /* OpsItemFilters: One or more filters to limit the response. Key: CreatedTime */
    struct awsc_ssm_ops_item_filters ops_item_filters;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: A token to start the list. Use this token to get the next set of
     * results. */
    const char *next_token;
};

/* DescribeOpsItemsResponse */
struct awsc_ssm_describe_ops_items_output {
    /* NextToken: The token for the next set of items to return. Use this token to
     * get the next set of results. */
    const char *next_token;
    /* OpsItemSummaries: A list of OpsItems. */
    struct awsc_ssm_ops_item_summaries ops_item_summaries;
};

/* DescribeParametersRequest */
struct awsc_ssm_describe_parameters_input {
    /* Filters: This data type is deprecated. Instead, use ParameterFilters . */
    struct awsc_ssm_parameters_filter_list filters;
    /* ParameterFilters: Filters to limit the request results. */
    struct awsc_ssm_parameter_string_filter_list parameter_filters;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
    /* Shared: Lists parameters that are shared with you. By default when using
     * this option, the command returns parameters that have been shared using a
     * standard Resource Access Manager Resource Share. */
    bool has_shared;
    bool shared;
};

/* DescribeParametersResult */
struct awsc_ssm_describe_parameters_output {
    /* Parameters: Parameters returned by the request. */
    struct awsc_ssm_parameter_metadata_list parameters;
    /* NextToken: The token to use when requesting the next set of items. */
    const char *next_token;
};

/* DescribePatchBaselinesRequest */
struct awsc_ssm_describe_patch_baselines_input {
    /* Filters: Each element in the array is a structure containing a key-value
     * pair. */
    struct awsc_ssm_patch_orchestrator_filter_list filters;
    /* MaxResults: The maximum number of patch baselines to return (per page). */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
};

/* DescribePatchBaselinesResult */
struct awsc_ssm_describe_patch_baselines_output {
    /* BaselineIdentities: An array of PatchBaselineIdentity elements. */
    struct awsc_ssm_patch_baseline_identity_list baseline_identities;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* DescribePatchGroupStateRequest */
struct awsc_ssm_describe_patch_group_state_input {
    /* PatchGroup: The name of the patch group whose patch snapshot should be
     * retrieved. Required. */
    const char *patch_group;
};

/* DescribePatchGroupStateResult */
struct awsc_ssm_describe_patch_group_state_output {
    /* Instances: The number of managed nodes in the patch group. */
    bool has_instances;
    int32_t instances;
    /* InstancesWithInstalledPatches: The number of managed nodes with installed
     * patches. */
    bool has_instances_with_installed_patches;
    int32_t instances_with_installed_patches;
    /* InstancesWithInstalledOtherPatches: The number of managed nodes with patches
     * installed that aren't defined in the patch baseline. */
    bool has_instances_with_installed_other_patches;
    int32_t instances_with_installed_other_patches;
    /* InstancesWithInstalledPendingRebootPatches: The number of managed nodes with
     * patches installed by Patch Manager that haven't been rebooted after the
     * patch installation. The status of these managed nodes is NON_COMPLIANT . */
    bool has_instances_with_installed_pending_reboot_patches;
    int32_t instances_with_installed_pending_reboot_patches;
    /* InstancesWithInstalledRejectedPatches: The number of managed nodes with
     * patches installed that are specified in a RejectedPatches list. */
    bool has_instances_with_installed_rejected_patches;
    int32_t instances_with_installed_rejected_patches;
    /* InstancesWithMissingPatches: The number of managed nodes with missing
     * patches from the patch baseline. */
    bool has_instances_with_missing_patches;
    int32_t instances_with_missing_patches;
    /* InstancesWithFailedPatches: The number of managed nodes with patches from
     * the patch baseline that failed to install. */
    bool has_instances_with_failed_patches;
    int32_t instances_with_failed_patches;
    /* InstancesWithNotApplicablePatches: The number of managed nodes with patches
     * that aren't applicable. */
    bool has_instances_with_not_applicable_patches;
    int32_t instances_with_not_applicable_patches;
    /* InstancesWithUnreportedNotApplicablePatches: The number of managed nodes
     * with NotApplicable patches beyond the supported limit, which aren't reported
     * by name to Inventory. Inventory is a tool in Amazon Web Services Systems
     * Manager. */
    bool has_instances_with_unreported_not_applicable_patches;
    int32_t instances_with_unreported_not_applicable_patches;
    /* InstancesWithCriticalNonCompliantPatches: The number of managed nodes where
     * patches that are specified as Critical for compliance reporting in the patch
     * baseline aren't installed. */
    bool has_instances_with_critical_non_compliant_patches;
    int32_t instances_with_critical_non_compliant_patches;
    /* InstancesWithSecurityNonCompliantPatches: The number of managed nodes where
     * patches that are specified as Security in a patch advisory aren't installed. */
    bool has_instances_with_security_non_compliant_patches;
    int32_t instances_with_security_non_compliant_patches;
    /* InstancesWithOtherNonCompliantPatches: The number of managed nodes with
     * patches installed that are specified as other than Critical or Security but
     * aren't compliant with the patch baseline. */
    bool has_instances_with_other_non_compliant_patches;
    int32_t instances_with_other_non_compliant_patches;
    /* InstancesWithAvailableSecurityUpdates: The number of managed nodes for which
     * security-related patches are available but not approved because because they
     * didn't meet the patch baseline requirements. */
    bool has_instances_with_available_security_updates;
    int32_t instances_with_available_security_updates;
};

/* DescribePatchGroupsRequest */
struct awsc_ssm_describe_patch_groups_input {
    /* MaxResults: The maximum number of patch groups to return (per page). */
    bool has_max_results;
    int32_t max_results;
    /* Filters: Each element in the array is a structure containing a key-value
     * pair. */
    struct awsc_ssm_patch_orchestrator_filter_list filters;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
};

/* DescribePatchGroupsResult */
struct awsc_ssm_describe_patch_groups_output {
    /* Mappings: Each entry in the array contains: PatchGroup : string (between 1
     * and 256 characters. Regex: ^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$)
     * PatchBaselineIdentity : A PatchBaselineIdentity element. */
    struct awsc_ssm_patch_group_patch_baseline_mapping_list mappings;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* DescribePatchPropertiesRequest */
struct awsc_ssm_describe_patch_properties_input {
    /* OperatingSystem: The operating system type for which to list patches.
     * Required. One of enum awsc_ssm_operating_system's values (as its string). */
    const char *operating_system;
    /* Property: The patch property for which you want to view patch details.
     * Required. One of enum awsc_ssm_patch_property's values (as its string). */
    const char *property;
    /* PatchSet: Indicates whether to list patches for the Windows operating system
     * or for applications released by Microsoft. Not applicable for the Linux or
     * macOS operating systems. One of enum awsc_ssm_patch_set's values (as its
     * string). */
    const char *patch_set;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
};

/* DescribePatchPropertiesResult */
struct awsc_ssm_describe_patch_properties_output {
    /* Properties: A list of the properties for patches matching the filter request
     * parameters. */
    struct awsc_ssm_inventory_item_entry_list properties;
    /* NextToken: The token for the next set of items to return. (You use this
     * token in the next call.) */
    const char *next_token;
};

/* DescribeSessionsRequest */
struct awsc_ssm_describe_sessions_input {
    /* State: The session status to retrieve a list of sessions for. For example,
     * "Active". Required. One of enum awsc_ssm_session_state's values (as its
     * string). */
    const char *state;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
    /* Filters: One or more filters to limit the type of sessions returned by the
     * request. */
    struct awsc_ssm_session_filter_list filters;
};

/* DescribeSessionsResponse */
struct awsc_ssm_describe_sessions_output {
    /* Sessions: A list of sessions meeting the request parameters. */
    struct awsc_ssm_session_list sessions;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
};

/* DisassociateOpsItemRelatedItemRequest */
struct awsc_ssm_disassociate_ops_item_related_item_input {
    /* OpsItemId: The ID of the OpsItem for which you want to delete an association
     * between the OpsItem and a related item. Required. */
    const char *ops_item_id;
    /* AssociationId: The ID of the association for which you want to delete an
     * association between the OpsItem and a related item. Required. */
    const char *association_id;
};

/* DisassociateOpsItemRelatedItemResponse */
struct awsc_ssm_disassociate_ops_item_related_item_output {
    char unused_; /* no members */
};

/*
 * The specified document already exists.
 */
struct awsc_ssm_document_already_exists {
    /* Message: */
    const char *message;
};

/*
 * A default version of a document.
 */
struct awsc_ssm_document_default_version_description {
    /* Name: The name of the document. */
    const char *name;
    /* DefaultVersion: The default version of the document. */
    const char *default_version;
    /* DefaultVersionName: The default version of the artifact associated with the
     * document. */
    const char *default_version_name;
};

/*
 * Describes an Amazon Web Services Systems Manager document (SSM document).
 */
struct awsc_ssm_document_description {
    /* Sha1: The SHA1 hash of the document, which you can use for verification. */
    const char *sha1;
    /* Hash: The Sha256 or Sha1 hash created by the system when the document was
     * created. Sha1 hashes have been deprecated. */
    const char *hash;
    /* HashType: The hash type of the document. Valid values include Sha256 or Sha1
     * . Sha1 hashes have been deprecated. One of enum
     * awsc_ssm_document_hash_type's values (as its string). */
    const char *hash_type;
    /* Name: The name of the SSM document. */
    const char *name;
    /* DisplayName: The friendly name of the SSM document. This value can differ
     * for each version of the document. If you want to update this value, see
     * UpdateDocument . */
    const char *display_name;
    /* VersionName: The version of the artifact associated with the document. */
    const char *version_name;
    /* Owner: The Amazon Web Services user that created the document. */
    const char *owner;
    /* CreatedDate: The date when the document was created. */
    bool has_created_date;
    struct awsc_timestamp created_date;
    /* Status: The status of the SSM document. One of enum
     * awsc_ssm_document_status's values (as its string). */
    const char *status;
    /* StatusInformation: A message returned by Amazon Web Services Systems Manager
     * that explains the Status value. */
    const char *status_information;
    /* DocumentVersion: The document version. */
    const char *document_version;
    /* Description: A description of the document. */
    const char *description;
    /* Parameters: A description of the parameters for a document. */
    struct awsc_ssm_document_parameter_list parameters;
    /* PlatformTypes: The list of operating system (OS) platforms compatible with
     * this SSM document. */
    struct awsc_ssm_patch_id_list platform_types;
    /* DocumentType: The type of document. One of enum awsc_ssm_document_type's
     * values (as its string). */
    const char *document_type;
    /* SchemaVersion: The schema version. */
    const char *schema_version;
    /* LatestVersion: The latest version of the document. */
    const char *latest_version;
    /* DefaultVersion: The default version. */
    const char *default_version;
    /* DocumentFormat: The document format, either JSON or YAML. One of enum
     * awsc_ssm_document_format's values (as its string). */
    const char *document_format;
    /* TargetType: The target type which defines the kinds of resources the
     * document can run on. For example, /AWS::EC2::Instance . */
    const char *target_type;
    /* Tags: The tags, or metadata, that have been applied to the document. */
    struct awsc_ssm_tag_list tags;
    /* AttachmentsInformation: Details about the document attachments, including
     * names, locations, sizes, and so on. */
    struct awsc_ssm_attachment_information_list attachments_information;
    /* Requires: A list of SSM documents required by a document. For example, an
     * ApplicationConfiguration document requires an ApplicationConfigurationSchema
     * document. */
    struct awsc_ssm_document_requires_list requires_;
    /* Author: The user in your organization who created the document. */
    const char *author;
    /* ReviewInformation: Details about the review of a document. */
    struct awsc_ssm_review_information_list review_information;
    /* ApprovedVersion: The version of the document currently approved for use in
     * the organization. */
    const char *approved_version;
    /* PendingReviewVersion: The version of the document that is currently under
     * review. */
    const char *pending_review_version;
    /* ReviewStatus: The current status of the review. One of enum
     * awsc_ssm_review_status's values (as its string). */
    const char *review_status;
    /* Category: The classification of a document to help you identify and
     * categorize its use. */
    struct awsc_ssm_patch_id_list category;
    /* CategoryEnum: The value that identifies a document's category. */
    struct awsc_ssm_patch_id_list category_enum;
};

/*
 * This data type is deprecated. Instead, use DocumentKeyValuesFilter .
 */
struct awsc_ssm_document_filter {
    /* key: The name of the filter. Required. One of enum
     * awsc_ssm_document_filter_key's values (as its string). */
    const char *key;
    /* value: The value of the filter. Required. */
    const char *value;
};

/*
 * Describes the name of a SSM document.
 */
struct awsc_ssm_document_identifier {
    /* Name: The name of the SSM document. */
    const char *name;
    /* CreatedDate: The date the SSM document was created. */
    bool has_created_date;
    struct awsc_timestamp created_date;
    /* DisplayName: An optional field where you can specify a friendly name for the
     * SSM document. This value can differ for each version of the document. If you
     * want to update this value, see UpdateDocument . */
    const char *display_name;
    /* Owner: The Amazon Web Services user that created the document. */
    const char *owner;
    /* VersionName: An optional field specifying the version of the artifact
     * associated with the document. For example, 12.6. This value is unique across
     * all versions of a document, and can't be changed. */
    const char *version_name;
    /* PlatformTypes: The operating system platform. */
    struct awsc_ssm_patch_id_list platform_types;
    /* DocumentVersion: The document version. */
    const char *document_version;
    /* DocumentType: The document type. One of enum awsc_ssm_document_type's values
     * (as its string). */
    const char *document_type;
    /* SchemaVersion: The schema version. */
    const char *schema_version;
    /* DocumentFormat: The document format, either JSON or YAML. One of enum
     * awsc_ssm_document_format's values (as its string). */
    const char *document_format;
    /* TargetType: The target type which defines the kinds of resources the
     * document can run on. For example, /AWS::EC2::Instance . */
    const char *target_type;
    /* Tags: The tags, or metadata, that have been applied to the document. */
    struct awsc_ssm_tag_list tags;
    /* Requires: A list of SSM documents required by a document. For example, an
     * ApplicationConfiguration document requires an ApplicationConfigurationSchema
     * document. */
    struct awsc_ssm_document_requires_list requires_;
    /* ReviewStatus: The current status of a document review. One of enum
     * awsc_ssm_review_status's values (as its string). */
    const char *review_status;
    /* Author: The user in your organization who created the document. */
    const char *author;
};

/*
 * One or more filters. Use a filter to return a more specific list of
 * documents.
 */
struct awsc_ssm_document_key_values_filter {
    /* Key: The name of the filter key. */
    const char *key;
    /* Values: The value for the filter key. */
    struct awsc_ssm_patch_id_list values;
};

/*
 * You can have at most 500 active SSM documents.
 */
struct awsc_ssm_document_limit_exceeded {
    /* Message: */
    const char *message;
};

/*
 * Details about the response to a document review request.
 */
struct awsc_ssm_document_metadata_response_info {
    /* ReviewerResponse: Details about a reviewer's response to a document review
     * request. */
    struct awsc_ssm_document_reviewer_response_list reviewer_response;
};

/*
 * Parameters specified in a Systems Manager document that run on the server
 * when the command is run.
 */
struct awsc_ssm_document_parameter {
    /* Name: The name of the parameter. */
    const char *name;
    /* Type: The type of parameter. The type can be either String or StringList.
     * One of enum awsc_ssm_document_parameter_type's values (as its string). */
    const char *type;
    /* Description: A description of what the parameter does, how to use it, the
     * default value, and whether or not the parameter is optional. */
    const char *description;
    /* DefaultValue: If specified, the default values for the parameters.
     * Parameters without a default value are required. Parameters with a default
     * value are optional. */
    const char *default_value;
};

/*
 * The document can't be shared with more Amazon Web Services accounts. You can
 * specify a maximum of 20 accounts per API operation to share a private
 * document.
 */
struct awsc_ssm_document_permission_limit {
    /* Message: */
    const char *message;
};

/*
 * An SSM document required by the current document.
 */
struct awsc_ssm_document_requires {
    /* Name: The name of the required SSM document. The name can be an Amazon
     * Resource Name (ARN). Required. */
    const char *name;
    /* Version: The document version required by the current document. */
    const char *version;
    /* RequireType: The document type of the required SSM document. */
    const char *require_type;
    /* VersionName: An optional field specifying the version of the artifact
     * associated with the document. For example, 12.6. This value is unique across
     * all versions of a document, and can't be changed. */
    const char *version_name;
};

/*
 * Information about comments added to a document review request.
 */
struct awsc_ssm_document_review_comment_source {
    /* Type: The type of information added to a review request. Currently, only the
     * value Comment is supported. One of enum
     * awsc_ssm_document_review_comment_type's values (as its string). */
    const char *type;
    /* Content: The content of a comment entered by a user who requests a review of
     * a new document version, or who reviews the new version. */
    const char *content;
};

/*
 * Information about a reviewer's response to a document review request.
 */
struct awsc_ssm_document_reviewer_response_source {
    /* CreateTime: The date and time that a reviewer entered a response to a
     * document review request. */
    bool has_create_time;
    struct awsc_timestamp create_time;
    /* UpdatedTime: The date and time that a reviewer last updated a response to a
     * document review request. */
    bool has_updated_time;
    struct awsc_timestamp updated_time;
    /* ReviewStatus: The current review status of a new custom SSM document created
     * by a member of your organization, or of the latest version of an existing
     * SSM document. One of enum awsc_ssm_review_status's values (as its string). */
    const char *review_status;
    /* Comment: The comment entered by a reviewer as part of their document review
     * response. */
    struct awsc_ssm_document_review_comment_list comment;
    /* Reviewer: The user in your organization assigned to review a document
     * request. */
    const char *reviewer;
};

/*
 * Information about a document approval review.
 */
struct awsc_ssm_document_reviews {
    /* Action: The action to take on a document approval review request. Required.
     * One of enum awsc_ssm_document_review_action's values (as its string). */
    const char *action;
    /* Comment: A comment entered by a user in your organization about the document
     * review request. */
    struct awsc_ssm_document_review_comment_list comment;
};

/*
 * Version information about the document.
 */
struct awsc_ssm_document_version_info {
    /* Name: The document name. */
    const char *name;
    /* DisplayName: The friendly name of the SSM document. This value can differ
     * for each version of the document. If you want to update this value, see
     * UpdateDocument . */
    const char *display_name;
    /* DocumentVersion: The document version. */
    const char *document_version;
    /* VersionName: The version of the artifact associated with the document. For
     * example, 12.6. This value is unique across all versions of a document, and
     * can't be changed. */
    const char *version_name;
    /* CreatedDate: The date the document was created. */
    bool has_created_date;
    struct awsc_timestamp created_date;
    /* IsDefaultVersion: An identifier for the default version of the document. */
    bool has_is_default_version;
    bool is_default_version;
    /* DocumentFormat: The document format, either JSON or YAML. One of enum
     * awsc_ssm_document_format's values (as its string). */
    const char *document_format;
    /* Status: The status of the SSM document, such as Creating , Active , Failed ,
     * and Deleting . One of enum awsc_ssm_document_status's values (as its
     * string). */
    const char *status;
    /* StatusInformation: A message returned by Amazon Web Services Systems Manager
     * that explains the Status value. */
    const char *status_information;
    /* ReviewStatus: The current status of the approval review for the latest
     * version of the document. One of enum awsc_ssm_review_status's values (as its
     * string). */
    const char *review_status;
};

/*
 * The document has too many versions. Delete one or more document versions and
 * try again.
 */
struct awsc_ssm_document_version_limit_exceeded {
    /* Message: */
    const char *message;
};

/*
 * Error returned when the ID specified for a resource, such as a maintenance
 * window or patch baseline, doesn't exist.
 */
struct awsc_ssm_does_not_exist_exception {
    /* Message: */
    const char *message;
};

/*
 * The content of the association document matches another document. Change the
 * content of the document and try again.
 */
struct awsc_ssm_duplicate_document_content {
    /* Message: */
    const char *message;
};

/*
 * The version name has already been used in this document. Specify a different
 * version name, and then try again.
 */
struct awsc_ssm_duplicate_document_version_name {
    /* Message: */
    const char *message;
};

/*
 * You can't specify a managed node ID in more than one association.
 */
struct awsc_ssm_duplicate_instance_id {
    char unused_; /* no members */
};

/*
 * The EffectivePatch structure defines metadata about a patch along with the
 * approval state of the patch in a particular patch baseline.
 */
struct awsc_ssm_effective_patch {
    /* Patch: Provides metadata for a patch, including information such as the KB
     * ID, severity, classification and a URL for where more information can be
     * obtained about the patch. */
    struct awsc_ssm_patch *patch;
    /* PatchStatus: The status of the patch in a patch baseline. This includes
     * information about whether the patch is currently approved, due to be
     * approved by a rule, explicitly approved, or explicitly rejected and the ... */
    struct awsc_ssm_patch_status *patch_status;
};

/*
 * Information about the inputs for an execution preview.
 */
struct awsc_ssm_execution_inputs {
    /* Automation: Information about the optional inputs that can be specified for
     * an automation execution preview. */
    struct awsc_ssm_automation_execution_inputs *automation;
};

/*
 * Information about the changes that would be made if an execution were run.
 */
struct awsc_ssm_execution_preview {
    /* Automation: Information about the changes that would be made if an
     * Automation workflow were run. */
    struct awsc_ssm_automation_execution_preview *automation;
};

/*
 * Describes a failed association.
 */
struct awsc_ssm_failed_create_association {
    /* Entry: The association. */
    struct awsc_ssm_create_association_batch_request_entry *entry;
    /* Message: A description of the failure. */
    const char *message;
    /* Fault: The source of the failure. One of enum awsc_ssm_fault's values (as
     * its string). */
    const char *fault;
};

/*
 * Information about an Automation failure.
 */
struct awsc_ssm_failure_details {
    /* FailureStage: The stage of the Automation execution when the failure
     * occurred. The stages include the following: InputValidation,
     * PreVerification, Invocation, PostVerification. */
    const char *failure_stage;
    /* FailureType: The type of Automation failure. Failure types include the
     * following: Action, Permission, Throttling, Verification, Internal. */
    const char *failure_type;
    /* Details: Detailed information about the Automation step failure. */
    struct awsc_ssm_automation_parameter_map details;
};

/*
 * You attempted to register a LAMBDA or STEP_FUNCTIONS task in a region where
 * the corresponding service isn't available.
 */
struct awsc_ssm_feature_not_available_exception {
    /* Message: */
    const char *message;
};

/* GetAccessTokenRequest */
struct awsc_ssm_get_access_token_input {
    /* AccessRequestId: The ID of a just-in-time node access request. Required. */
    const char *access_request_id;
};

/* GetAccessTokenResponse */
struct awsc_ssm_get_access_token_output {
    /* Credentials: The temporary security credentials which can be used to start
     * just-in-time node access sessions. */
    struct awsc_ssm_credentials *credentials;
    /* AccessRequestStatus: The status of the access request. One of enum
     * awsc_ssm_access_request_status's values (as its string). */
    const char *access_request_status;
};

/* GetAutomationExecutionRequest */
struct awsc_ssm_get_automation_execution_input {
    /* AutomationExecutionId: The unique identifier for an existing automation
     * execution to examine. The execution ID is returned by
     * StartAutomationExecution when the execution of an Automation runbook is
     * initiated. Required. */
    const char *automation_execution_id;
};

/* GetAutomationExecutionResult */
struct awsc_ssm_get_automation_execution_output {
    /* AutomationExecution: Detailed information about the current state of an
     * automation execution. */
    struct awsc_ssm_automation_execution *automation_execution;
};

/* GetCalendarStateRequest */
struct awsc_ssm_get_calendar_state_input {
    /* CalendarNames: The names of Amazon Resource Names (ARNs) of the Systems
     * Manager documents (SSM documents) that represent the calendar entries for
     * which you want to get the state. Required. */
    struct awsc_ssm_patch_id_list calendar_names;
    /* AtTime: (Optional) The specific time for which you want to get calendar
     * state information, in ISO 8601 format. If you don't specify a value or
     * AtTime , the current time is used. */
    const char *at_time;
};

/* GetCalendarStateResponse */
struct awsc_ssm_get_calendar_state_output {
    /* State: The state of the calendar. An OPEN calendar indicates that actions
     * are allowed to proceed, and a CLOSED calendar indicates that actions aren't
     * allowed to proceed. One of enum awsc_ssm_calendar_state's values (as its
     * string). */
    const char *state;
    /* AtTime: The time, as an ISO 8601 string, that you specified in your command.
     * If you don't specify a time, GetCalendarState uses the current time. */
    const char *at_time;
    /* NextTransitionTime: The time, as an ISO 8601 string, that the calendar state
     * will change. If the current calendar state is OPEN , NextTransitionTime
     * indicates when the calendar state changes to CLOSED , and vice-versa. */
    const char *next_transition_time;
};

/* GetCloudConnectorRequest */
struct awsc_ssm_get_cloud_connector_input {
    /* CloudConnectorId: The ID of the cloud connector to retrieve information
     * about. Required. */
    const char *cloud_connector_id;
};

/* GetCloudConnectorResult */
struct awsc_ssm_get_cloud_connector_output {
    /* CloudConnectorArn: The ARN of the cloud connector. */
    const char *cloud_connector_arn;
    /* DisplayName: The friendly name of the cloud connector. */
    const char *display_name;
    /* Description: The description of the cloud connector. */
    const char *description;
    /* RoleArn: The ARN of the IAM role used by the cloud connector. */
    const char *role_arn;
    /* Configuration: The configuration details for the third-party cloud
     * environment connection. */
    struct awsc_ssm_cloud_connector_configuration *configuration;
    /* ConfigConnectorArn: The ARN of the Amazon Web Services Config connector
     * associated with this cloud connector. */
    const char *config_connector_arn;
    /* CreatedAt: The date and time the cloud connector was created. */
    bool has_created_at;
    struct awsc_timestamp created_at;
    /* UpdatedAt: The date and time the cloud connector was last updated. */
    bool has_updated_at;
    struct awsc_timestamp updated_at;
};

/* GetCommandInvocationRequest */
struct awsc_ssm_get_command_invocation_input {
    /* CommandId: (Required) The parent command ID of the invocation plugin.
     * Required. */
    const char *command_id;
    /* InstanceId: (Required) The ID of the managed node targeted by the command. A
     * managed node can be an Amazon Elastic Compute Cloud (Amazon EC2) instance,
     * edge device, and on-premises server or VM in your hybrid ... Required. */
    const char *instance_id;
    /* PluginName: The name of the step for which you want detailed results. If the
     * document contains only one step, you can omit the name and details for that
     * step. */
    const char *plugin_name;
};

/* GetCommandInvocationResult */
struct awsc_ssm_get_command_invocation_output {
    /* CommandId: The parent command ID of the invocation plugin. */
    const char *command_id;
    /* InstanceId: The ID of the managed node targeted by the command. A managed
     * node can be an Amazon Elastic Compute Cloud (Amazon EC2) instance, edge
     * device, or on-premises server or VM in your hybrid environment ... */
    const char *instance_id;
    /* Comment: The comment text for the command. */
    const char *comment;
    /* DocumentName: The name of the document that was run. For example,
     * AWS-RunShellScript . */
    const char *document_name;
    /* DocumentVersion: The Systems Manager document (SSM document) version used in
     * the request. */
    const char *document_version;
    /* PluginName: The name of the plugin, or step name , for which details are
     * reported. For example, aws:RunShellScript is a plugin. */
    const char *plugin_name;
    /* ResponseCode: The error level response code for the plugin script. If the
     * response code is -1 , then the command hasn't started running on the managed
     * node, or it wasn't received by the node. */
    bool has_response_code;
    int32_t response_code;
    /* ExecutionStartDateTime: The date and time the plugin started running. Date
     * and time are written in ISO 8601 format. For example, June 7, 2017 is
     * represented as 2017-06-7. */
    const char *execution_start_date_time;
    /* ExecutionElapsedTime: Duration since ExecutionStartDateTime . */
    const char *execution_elapsed_time;
    /* ExecutionEndDateTime: The date and time the plugin finished running. Date
     * and time are written in ISO 8601 format. For example, June 7, 2017 is
     * represented as 2017-06-7. */
    const char *execution_end_date_time;
    /* Status: The status of this invocation plugin. This status can be different
     * than StatusDetails . One of enum awsc_ssm_command_invocation_status's values
     * (as its string). */
    const char *status;
    /* StatusDetails: A detailed status of the command execution for an invocation.
     * StatusDetails includes more information than Status because it includes
     * states resulting from error and concurrency control parameters. */
    const char *status_details;
    /* StandardOutputContent: The first 24,000 characters written by the plugin to
     * stdout . If the command hasn't finished running, if ExecutionStatus is
     * neither Succeeded nor Failed, then this string is empty. */
    const char *standard_output_content;
    /* StandardOutputUrl: The URL for the complete text written by the plugin to
     * stdout in Amazon Simple Storage Service (Amazon S3). If an S3 bucket wasn't
     * specified, then this string is empty. */
    const char *standard_output_url;
    /* StandardErrorContent: The first 8,000 characters written by the plugin to
     * stderr . If the command hasn't finished running, then this string is empty. */
    const char *standard_error_content;
    /* StandardErrorUrl: The URL for the complete text written by the plugin to
     * stderr . If the command hasn't finished running, then this string is empty. */
    const char *standard_error_url;
    /* CloudWatchOutputConfig: Amazon CloudWatch Logs information where Systems
     * Manager sent the command output. */
    struct awsc_ssm_cloud_watch_output_config *cloud_watch_output_config;
};

/* GetConnectionStatusRequest */
struct awsc_ssm_get_connection_status_input {
    /* Target: The managed node ID. Required. */
    const char *target;
};

/* GetConnectionStatusResponse */
struct awsc_ssm_get_connection_status_output {
    /* Target: The ID of the managed node to check connection status. */
    const char *target;
    /* Status: The status of the connection to the managed node. One of enum
     * awsc_ssm_connection_status's values (as its string). */
    const char *status;
};

/* GetDefaultPatchBaselineRequest */
struct awsc_ssm_get_default_patch_baseline_input {
    /* OperatingSystem: Returns the default patch baseline for the specified
     * operating system. One of enum awsc_ssm_operating_system's values (as its
     * string). */
    const char *operating_system;
};

/* GetDefaultPatchBaselineResult */
struct awsc_ssm_get_default_patch_baseline_output {
    /* BaselineId: The ID of the default patch baseline. */
    const char *baseline_id;
    /* OperatingSystem: The operating system for the returned patch baseline. One
     * of enum awsc_ssm_operating_system's values (as its string). */
    const char *operating_system;
};

/* GetDeployablePatchSnapshotForInstanceRequest */
struct awsc_ssm_get_deployable_patch_snapshot_for_instance_input {
    /* InstanceId: The ID of the managed node for which the appropriate patch
     * snapshot should be retrieved. Required. */
    const char *instance_id;
    /* SnapshotId: The snapshot ID provided by the user when running
     * AWS-RunPatchBaseline . Required. */
    const char *snapshot_id;
    /* BaselineOverride: Defines the basic information about a patch baseline
     * override. */
    struct awsc_ssm_baseline_override *baseline_override;
    /* UseS3DualStackEndpoint: Specifies whether to use S3 dualstack endpoints for
     * the patch snapshot download URL. Set to true to receive a presigned URL that
     * supports both IPv4 and IPv6 connectivity. */
    bool has_use_s3_dual_stack_endpoint;
    bool use_s3_dual_stack_endpoint;
};

/* GetDeployablePatchSnapshotForInstanceResult */
struct awsc_ssm_get_deployable_patch_snapshot_for_instance_output {
    /* InstanceId: The managed node ID. */
    const char *instance_id;
    /* SnapshotId: The user-defined snapshot ID. */
    const char *snapshot_id;
    /* SnapshotDownloadUrl: A pre-signed Amazon Simple Storage Service (Amazon S3)
     * URL that can be used to download the patch snapshot. */
    const char *snapshot_download_url;
    /* Product: Returns the specific operating system (for example Windows Server
     * 2012 or Amazon Linux 2015.09) on the managed node for the specified patch
     * snapshot. */
    const char *product;
};

/* GetDocumentRequest */
struct awsc_ssm_get_document_input {
    /* Name: The name of the SSM document. Required. */
    const char *name;
    /* VersionName: An optional field specifying the version of the artifact
     * associated with the document. For example, 12.6. This value is unique across
     * all versions of a document and can't be changed. */
    const char *version_name;
    /* DocumentVersion: The document version for which you want information. */
    const char *document_version;
    /* DocumentFormat: Returns the document in the specified format. The document
     * format can be either JSON or YAML. JSON is the default format. One of enum
     * awsc_ssm_document_format's values (as its string). */
    const char *document_format;
};

/* GetDocumentResult */
struct awsc_ssm_get_document_output {
    /* Name: The name of the SSM document. */
    const char *name;
    /* CreatedDate: The date the SSM document was created. */
    bool has_created_date;
    struct awsc_timestamp created_date;
    /* DisplayName: The friendly name of the SSM document. This value can differ
     * for each version of the document. If you want to update this value, see
     * UpdateDocument . */
    const char *display_name;
    /* VersionName: The version of the artifact associated with the document. For
     * example, 12.6. This value is unique across all versions of a document, and
     * can't be changed. */
    const char *version_name;
    /* DocumentVersion: The document version. */
    const char *document_version;
    /* Status: The status of the SSM document, such as Creating , Active , Updating
     * , Failed , and Deleting . One of enum awsc_ssm_document_status's values (as
     * its string). */
    const char *status;
    /* StatusInformation: A message returned by Amazon Web Services Systems Manager
     * that explains the Status value. */
    const char *status_information;
    /* Content: The contents of the SSM document. */
    const char *content;
    /* DocumentType: The document type. One of enum awsc_ssm_document_type's values
     * (as its string). */
    const char *document_type;
    /* DocumentFormat: The document format, either JSON or YAML. One of enum
     * awsc_ssm_document_format's values (as its string). */
    const char *document_format;
    /* Requires: A list of SSM documents required by a document. For example, an
     * ApplicationConfiguration document requires an ApplicationConfigurationSchema
     * document. */
    struct awsc_ssm_document_requires_list requires_;
    /* AttachmentsContent: A description of the document attachments, including
     * names, locations, sizes, and so on. */
    struct awsc_ssm_attachment_content_list attachments_content;
    /* ReviewStatus: The current review status of a new custom Systems Manager
     * document (SSM document) created by a member of your organization, or of the
     * latest version of an existing SSM document. One of enum
     * awsc_ssm_review_status's values (as its string). */
    const char *review_status;
};

/* GetExecutionPreviewRequest */
struct awsc_ssm_get_execution_preview_input {
    /* ExecutionPreviewId: The ID of the existing execution preview. Required. */
    const char *execution_preview_id;
};

/* GetExecutionPreviewResponse */
struct awsc_ssm_get_execution_preview_output {
    /* ExecutionPreviewId: The generated ID for the existing execution preview. */
    const char *execution_preview_id;
    /* EndedAt: A UTC timestamp indicating when the execution preview operation
     * ended. */
    bool has_ended_at;
    struct awsc_timestamp ended_at;
    /* Status: The current status of the execution preview operation. One of enum
     * awsc_ssm_execution_preview_status's values (as its string). */
    const char *status;
    /* StatusMessage: Supplemental information about the current status of the
     * execution preview. */
    const char *status_message;
    /* ExecutionPreview: */
    struct awsc_ssm_execution_preview *execution_preview;
};

/* GetInventoryRequest */
struct awsc_ssm_get_inventory_input {
    /* Filters: One or more filters. Use a filter to return a more specific list of
     * results. */
    struct awsc_ssm_inventory_filter_list filters;
    /* Aggregators: Returns counts of inventory types based on one or more
     * expressions. For example, if you aggregate by using an expression that uses
     * the AWS:InstanceInformation.PlatformType type, you can see a count ... */
    struct awsc_ssm_inventory_aggregator_list aggregators;
    /* ResultAttributes: The list of inventory item types to return. */
    struct awsc_ssm_result_attribute_list result_attributes;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
};

/* GetInventoryResult */
struct awsc_ssm_get_inventory_output {
    /* Entities: Collection of inventory entities such as a collection of managed
     * node inventory. */
    struct awsc_ssm_inventory_result_entity_list entities;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* GetInventorySchemaRequest */
struct awsc_ssm_get_inventory_schema_input {
    /* TypeName: The type of inventory item to return. */
    const char *type_name;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* Aggregator: Returns inventory schemas that support aggregation. For example,
     * this call returns the AWS:InstanceInformation type, because it supports
     * aggregation based on the PlatformName , PlatformType , and ... */
    bool has_aggregator;
    bool aggregator;
    /* SubType: Returns the sub-type schema for a specified inventory type. */
    bool has_sub_type;
    bool sub_type;
};

/* GetInventorySchemaResult */
struct awsc_ssm_get_inventory_schema_output {
    /* Schemas: Inventory schemas returned by the request. */
    struct awsc_ssm_inventory_item_schema_result_list schemas;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* GetMaintenanceWindowExecutionRequest */
struct awsc_ssm_get_maintenance_window_execution_input {
    /* WindowExecutionId: The ID of the maintenance window execution that includes
     * the task. Required. */
    const char *window_execution_id;
};

/* GetMaintenanceWindowExecutionResult */
struct awsc_ssm_get_maintenance_window_execution_output {
    /* WindowExecutionId: The ID of the maintenance window execution. */
    const char *window_execution_id;
    /* TaskIds: The ID of the task executions from the maintenance window
     * execution. */
    struct awsc_ssm_patch_id_list task_ids;
    /* Status: The status of the maintenance window execution. One of enum
     * awsc_ssm_maintenance_window_execution_status's values (as its string). */
    const char *status;
    /* StatusDetails: The details explaining the status. Not available for all
     * status values. */
    const char *status_details;
    /* StartTime: The time the maintenance window started running. */
    bool has_start_time;
    struct awsc_timestamp start_time;
    /* EndTime: The time the maintenance window finished running. */
    bool has_end_time;
    struct awsc_timestamp end_time;
};

/* GetMaintenanceWindowExecutionTaskInvocationRequest */
struct awsc_ssm_get_maintenance_window_execution_task_invocation_input {
    /* WindowExecutionId: The ID of the maintenance window execution for which the
     * task is a part. Required. */
    const char *window_execution_id;
    /* TaskId: The ID of the specific task in the maintenance window task that
     * should be retrieved. Required. */
    const char *task_id;
    /* InvocationId: The invocation ID to retrieve. Required. */
    const char *invocation_id;
};

/* GetMaintenanceWindowExecutionTaskInvocationResult */
struct awsc_ssm_get_maintenance_window_execution_task_invocation_output {
    /* WindowExecutionId: The maintenance window execution ID. */
    const char *window_execution_id;
    /* TaskExecutionId: The task execution ID. */
    const char *task_execution_id;
    /* InvocationId: The invocation ID. */
    const char *invocation_id;
    /* ExecutionId: The execution ID. */
    const char *execution_id;
    /* TaskType: Retrieves the task type for a maintenance window. One of enum
     * awsc_ssm_maintenance_window_task_type's values (as its string). */
    const char *task_type;
    /* Parameters: The parameters used at the time that the task ran. */
    const char *parameters;
    /* Status: The task status for an invocation. One of enum
     * awsc_ssm_maintenance_window_execution_status's values (as its string). */
    const char *status;
    /* StatusDetails: The details explaining the status. Details are only available
     * for certain status values. */
    const char *status_details;
    /* StartTime: The time that the task started running on the target. */
    bool has_start_time;
    struct awsc_timestamp start_time;
    /* EndTime: The time that the task finished running on the target. */
    bool has_end_time;
    struct awsc_timestamp end_time;
    /* OwnerInformation: User-provided value to be included in any Amazon
     * CloudWatch Events or Amazon EventBridge events raised while running tasks
     * for these targets in this maintenance window. */
    const char *owner_information;
    /* WindowTargetId: The maintenance window target ID. */
    const char *window_target_id;
};

/* GetMaintenanceWindowExecutionTaskRequest */
struct awsc_ssm_get_maintenance_window_execution_task_input {
    /* WindowExecutionId: The ID of the maintenance window execution that includes
     * the task. Required. */
    const char *window_execution_id;
    /* TaskId: The ID of the specific task execution in the maintenance window task
     * that should be retrieved. Required. */
    const char *task_id;
};

/* GetMaintenanceWindowExecutionTaskResult */
struct awsc_ssm_get_maintenance_window_execution_task_output {
    /* WindowExecutionId: The ID of the maintenance window execution that includes
     * the task. */
    const char *window_execution_id;
    /* TaskExecutionId: The ID of the specific task execution in the maintenance
     * window task that was retrieved. */
    const char *task_execution_id;
    /* TaskArn: The Amazon Resource Name (ARN) of the task that ran. */
    const char *task_arn;
    /* ServiceRole: The role that was assumed when running the task. */
    const char *service_role;
    /* Type: The type of task that was run. One of enum
     * awsc_ssm_maintenance_window_task_type's values (as its string). */
    const char *type;
    /* TaskParameters: The parameters passed to the task when it was run.
     * TaskParameters has been deprecated. */
    struct awsc_ssm_maintenance_window_task_parameters_list task_parameters;
    /* Priority: The priority of the task. */
    bool has_priority;
    int32_t priority;
    /* MaxConcurrency: The defined maximum number of task executions that could be
     * run in parallel. */
    const char *max_concurrency;
    /* MaxErrors: The defined maximum number of task execution errors allowed
     * before scheduling of the task execution would have been stopped. */
    const char *max_errors;
    /* Status: The status of the task. One of enum
     * awsc_ssm_maintenance_window_execution_status's values (as its string). */
    const char *status;
    /* StatusDetails: The details explaining the status. Not available for all
     * status values. */
    const char *status_details;
    /* StartTime: The time the task execution started. */
    bool has_start_time;
    struct awsc_timestamp start_time;
    /* EndTime: The time the task execution completed. */
    bool has_end_time;
    struct awsc_timestamp end_time;
    /* AlarmConfiguration: The details for the CloudWatch alarm you applied to your
     * maintenance window task. */
    struct awsc_ssm_alarm_configuration *alarm_configuration;
    /* TriggeredAlarms: The CloudWatch alarms that were invoked by the maintenance
     * window task. */
    struct awsc_ssm_alarm_state_information_list triggered_alarms;
};

/* GetMaintenanceWindowRequest */
struct awsc_ssm_get_maintenance_window_input {
    /* WindowId: The ID of the maintenance window for which you want to retrieve
     * information. Required. */
    const char *window_id;
};

/* GetMaintenanceWindowResult */
struct awsc_ssm_get_maintenance_window_output {
    /* WindowId: The ID of the created maintenance window. */
    const char *window_id;
    /* Name: The name of the maintenance window. */
    const char *name;
    /* Description: The description of the maintenance window. */
    const char *description;
    /* StartDate: The date and time, in ISO-8601 Extended format, for when the
     * maintenance window is scheduled to become active. The maintenance window
     * won't run before this specified time. */
    const char *start_date;
    /* EndDate: The date and time, in ISO-8601 Extended format, for when the
     * maintenance window is scheduled to become inactive. The maintenance window
     * won't run after this specified time. */
    const char *end_date;
    /* Schedule: The schedule of the maintenance window in the form of a cron or
     * rate expression. */
    const char *schedule;
    /* ScheduleTimezone: The time zone that the scheduled maintenance window
     * executions are based on, in Internet Assigned Numbers Authority (IANA)
     * format. For example: "America/Los_Angeles", "UTC", or "Asia/Seoul". */
    const char *schedule_timezone;
    /* ScheduleOffset: The number of days to wait to run a maintenance window after
     * the scheduled cron expression date and time. */
    bool has_schedule_offset;
    int32_t schedule_offset;
    /* NextExecutionTime: The next time the maintenance window will actually run,
     * taking into account any specified times for the maintenance window to become
     * active or inactive. */
    const char *next_execution_time;
    /* Duration: The duration of the maintenance window in hours. */
    bool has_duration;
    int32_t duration;
    /* Cutoff: The number of hours before the end of the maintenance window that
     * Amazon Web Services Systems Manager stops scheduling new tasks for
     * execution. */
    bool has_cutoff;
    int32_t cutoff;
    /* AllowUnassociatedTargets: Whether targets must be registered with the
     * maintenance window before tasks can be defined for those targets. */
    bool has_allow_unassociated_targets;
    bool allow_unassociated_targets;
    /* Enabled: Indicates whether the maintenance window is enabled. */
    bool has_enabled;
    bool enabled;
    /* CreatedDate: The date the maintenance window was created. */
    bool has_created_date;
    struct awsc_timestamp created_date;
    /* ModifiedDate: The date the maintenance window was last modified. */
    bool has_modified_date;
    struct awsc_timestamp modified_date;
};

/* GetMaintenanceWindowTaskRequest */
struct awsc_ssm_get_maintenance_window_task_input {
    /* WindowId: The maintenance window ID that includes the task to retrieve.
     * Required. */
    const char *window_id;
    /* WindowTaskId: The maintenance window task ID to retrieve. Required. */
    const char *window_task_id;
};

/* GetMaintenanceWindowTaskResult */
struct awsc_ssm_get_maintenance_window_task_output {
    /* WindowId: The retrieved maintenance window ID. */
    const char *window_id;
    /* WindowTaskId: The retrieved maintenance window task ID. */
    const char *window_task_id;
    /* Targets: The targets where the task should run. */
    struct awsc_ssm_targets targets;
    /* TaskArn: The resource that the task used during execution. For RUN_COMMAND
     * and AUTOMATION task types, the value of TaskArn is the SSM document
     * name/ARN. For LAMBDA tasks, the value is the function name/ARN. */
    const char *task_arn;
    /* ServiceRoleArn: The Amazon Resource Name (ARN) of the IAM service role for
     * Amazon Web Services Systems Manager to assume when running a maintenance
     * window task. */
    const char *service_role_arn;
    /* TaskType: The type of task to run. One of enum
     * awsc_ssm_maintenance_window_task_type's values (as its string). */
    const char *task_type;
    /* TaskParameters: The parameters to pass to the task when it runs.
     * TaskParameters has been deprecated. */
    struct awsc_ssm_maintenance_window_task_parameters task_parameters;
    /* TaskInvocationParameters: The parameters to pass to the task when it runs. */
    struct awsc_ssm_maintenance_window_task_invocation_parameters *task_invocation_parameters;
    /* Priority: The priority of the task when it runs. The lower the number, the
     * higher the priority. Tasks that have the same priority are scheduled in
     * parallel. */
    bool has_priority;
    int32_t priority;
    /* MaxConcurrency: The maximum number of targets allowed to run this task in
     * parallel. For maintenance window tasks without a target specified, you can't
     * supply a value for this option. */
    const char *max_concurrency;
    /* MaxErrors: The maximum number of errors allowed before the task stops being
     * scheduled. For maintenance window tasks without a target specified, you
     * can't supply a value for this option. */
    const char *max_errors;
    /* LoggingInfo: The location in Amazon Simple Storage Service (Amazon S3) where
     * the task results are logged. LoggingInfo has been deprecated. */
    struct awsc_ssm_logging_info *logging_info;
    /* Name: The retrieved task name. */
    const char *name;
    /* Description: The retrieved task description. */
    const char *description;
    /* CutoffBehavior: The action to take on tasks when the maintenance window
     * cutoff time is reached. CONTINUE_TASK means that tasks continue to run. One
     * of enum awsc_ssm_maintenance_window_task_cutoff_behavior's values (as its
     * string). */
    const char *cutoff_behavior;
    /* AlarmConfiguration: The details for the CloudWatch alarm you applied to your
     * maintenance window task. */
    struct awsc_ssm_alarm_configuration *alarm_configuration;
};

/* GetOpsItemRequest */
struct awsc_ssm_get_ops_item_input {
    /* OpsItemId: The ID of the OpsItem that you want to get. Required. */
    const char *ops_item_id;
    /* OpsItemArn: The OpsItem Amazon Resource Name (ARN). */
    const char *ops_item_arn;
};

/* GetOpsItemResponse */
struct awsc_ssm_get_ops_item_output {
    /* OpsItem: The OpsItem. */
    struct awsc_ssm_ops_item *ops_item;
};

/* GetOpsMetadataRequest */
struct awsc_ssm_get_ops_metadata_input {
    /* OpsMetadataArn: The Amazon Resource Name (ARN) of an OpsMetadata Object to
     * view. Required. */
    const char *ops_metadata_arn;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: A token to start the list. Use this token to get the next set of
     * results. */
    const char *next_token;
};

/* GetOpsMetadataResult */
struct awsc_ssm_get_ops_metadata_output {
    /* ResourceId: The resource ID of the Application Manager application. */
    const char *resource_id;
    /* Metadata: OpsMetadata for an Application Manager application. */
    struct awsc_ssm_metadata_map metadata;
    /* NextToken: The token for the next set of items to return. Use this token to
     * get the next set of results. */
    const char *next_token;
};

/* GetOpsSummaryRequest */
struct awsc_ssm_get_ops_summary_input {
    /* SyncName: Specify the name of a resource data sync to get. */
    const char *sync_name;
    /* Filters: Optional filters used to scope down the returned OpsData. */
    struct awsc_ssm_ops_filter_list filters;
    /* Aggregators: Optional aggregators that return counts of OpsData based on one
     * or more expressions. */
    struct awsc_ssm_ops_aggregator_list aggregators;
    /* ResultAttributes: The OpsData data type to return. */
    struct awsc_ssm_ops_result_attribute_list result_attributes;
    /* NextToken: A token to start the list. Use this token to get the next set of
     * results. */
    const char *next_token;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
};

/* GetOpsSummaryResult */
struct awsc_ssm_get_ops_summary_output {
    /* Entities: The list of aggregated details and filtered OpsData. */
    struct awsc_ssm_ops_entity_list entities;
    /* NextToken: The token for the next set of items to return. Use this token to
     * get the next set of results. */
    const char *next_token;
};

/* GetParameterHistoryRequest */
struct awsc_ssm_get_parameter_history_input {
    /* Name: The name or Amazon Resource Name (ARN) of the parameter for which you
     * want to review history. For parameters shared with you from another account,
     * you must use the full ARN. Required. */
    const char *name;
    /* WithDecryption: Return decrypted values for secure string parameters. This
     * flag is ignored for String and StringList parameter types. */
    bool has_with_decryption;
    bool with_decryption;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
};

/* GetParameterHistoryResult */
struct awsc_ssm_get_parameter_history_output {
    /* Parameters: A list of parameters returned by the request. */
    struct awsc_ssm_parameter_history_list parameters;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* GetParameterRequest */
struct awsc_ssm_get_parameter_input {
    /* Name: The name or Amazon Resource Name (ARN) of the parameter that you want
     * to query. For parameters shared with you from another account, you must use
     * the full ARN. Required. */
    const char *name;
    /* WithDecryption: Return decrypted values for secure string parameters. This
     * flag is ignored for String and StringList parameter types. */
    bool has_with_decryption;
    bool with_decryption;
};

/* GetParameterResult */
struct awsc_ssm_get_parameter_output {
    /* Parameter: Information about a parameter. */
    struct awsc_ssm_parameter *parameter;
};

/* GetParametersByPathRequest */
struct awsc_ssm_get_parameters_by_path_input {
    /* Path: The hierarchy for the parameter. Hierarchies start with a forward
     * slash (/). The hierarchy is the parameter name except the last part of the
     * parameter. Required. */
    const char *path;
    /* Recursive: Retrieve all parameters within a hierarchy. If a user has access
     * to a path, then the user can access all levels of that path. */
    bool has_recursive;
    bool recursive;
    /* ParameterFilters: Filters to limit the request results. The following Key
     * values are supported for GetParametersByPath : Type , KeyId , and Label . */
    struct awsc_ssm_parameter_string_filter_list parameter_filters;
    /* WithDecryption: Retrieve all parameters in a hierarchy with their value
     * decrypted. */
    bool has_with_decryption;
    bool with_decryption;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: A token to start the list. Use this token to get the next set of
     * results. */
    const char *next_token;
};

/* GetParametersByPathResult */
struct awsc_ssm_get_parameters_by_path_output {
    /* Parameters: A list of parameters found in the specified hierarchy. */
    struct awsc_ssm_parameter_list parameters;
    /* NextToken: The token for the next set of items to return. Use this token to
     * get the next set of results. */
    const char *next_token;
};

/* GetParametersRequest */
struct awsc_ssm_get_parameters_input {
    /* Names: The names or Amazon Resource Names (ARNs) of the parameters that you
     * want to query. For parameters shared with you from another account, you must
     * use the full ARNs. Required. */
    struct awsc_ssm_patch_id_list names;
    /* WithDecryption: Return decrypted secure string value. Return decrypted
     * values for secure string parameters. This flag is ignored for String and
     * StringList parameter types. */
    bool has_with_decryption;
    bool with_decryption;
};

/* GetParametersResult */
struct awsc_ssm_get_parameters_output {
    /* Parameters: A list of details for a parameter. */
    struct awsc_ssm_parameter_list parameters;
    /* InvalidParameters: A list of parameters that aren't formatted correctly or
     * don't run during an execution. */
    struct awsc_ssm_patch_id_list invalid_parameters;
};

/* GetPatchBaselineForPatchGroupRequest */
struct awsc_ssm_get_patch_baseline_for_patch_group_input {
    /* PatchGroup: The name of the patch group whose patch baseline should be
     * retrieved. Required. */
    const char *patch_group;
    /* OperatingSystem: Returns the operating system rule specified for patch
     * groups using the patch baseline. The default value is WINDOWS . One of enum
     * awsc_ssm_operating_system's values (as its string). */
    const char *operating_system;
};

/* GetPatchBaselineForPatchGroupResult */
struct awsc_ssm_get_patch_baseline_for_patch_group_output {
    /* BaselineId: The ID of the patch baseline that should be used for the patch
     * group. */
    const char *baseline_id;
    /* PatchGroup: The name of the patch group. */
    const char *patch_group;
    /* OperatingSystem: The operating system rule specified for patch groups using
     * the patch baseline. One of enum awsc_ssm_operating_system's values (as its
     * string). */
    const char *operating_system;
};

/* GetPatchBaselineRequest */
struct awsc_ssm_get_patch_baseline_input {
    /* BaselineId: The ID of the patch baseline to retrieve. To retrieve
     * information about an Amazon Web Services managed patch baseline, specify the
     * full Amazon Resource Name (ARN) of the baseline. Required. */
    const char *baseline_id;
};

/* GetPatchBaselineResult */
struct awsc_ssm_get_patch_baseline_output {
    /* BaselineId: The ID of the retrieved patch baseline. */
    const char *baseline_id;
    /* Name: The name of the patch baseline. */
    const char *name;
    /* OperatingSystem: Returns the operating system specified for the patch
     * baseline. One of enum awsc_ssm_operating_system's values (as its string). */
    const char *operating_system;
    /* GlobalFilters: A set of global filters used to exclude patches from the
     * baseline. */
    struct awsc_ssm_patch_filter_group *global_filters;
    /* ApprovalRules: A set of rules used to include patches in the baseline. */
    struct awsc_ssm_patch_rule_group *approval_rules;
    /* ApprovedPatches: A list of explicitly approved patches for the baseline. */
    struct awsc_ssm_patch_id_list approved_patches;
    /* ApprovedPatchesComplianceLevel: Returns the specified compliance severity
     * level for approved patches in the patch baseline. One of enum
     * awsc_ssm_patch_compliance_level's values (as its string). */
    const char *approved_patches_compliance_level;
    /* ApprovedPatchesEnableNonSecurity: Indicates whether the list of approved
     * patches includes non-security updates that should be applied to the managed
     * nodes. The default value is false . Applies to Linux managed nodes only. */
    bool has_approved_patches_enable_non_security;
    bool approved_patches_enable_non_security;
    /* RejectedPatches: A list of explicitly rejected patches for the baseline. */
    struct awsc_ssm_patch_id_list rejected_patches;
    /* RejectedPatchesAction: The action specified to take on patches included in
     * the RejectedPatches list. One of enum awsc_ssm_patch_action's values (as its
     * string). */
    const char *rejected_patches_action;
    /* PatchGroups: Patch groups included in the patch baseline. */
    struct awsc_ssm_patch_id_list patch_groups;
    /* CreatedDate: The date the patch baseline was created. */
    bool has_created_date;
    struct awsc_timestamp created_date;
    /* ModifiedDate: The date the patch baseline was last modified. */
    bool has_modified_date;
    struct awsc_timestamp modified_date;
    /* Description: A description of the patch baseline. */
    const char *description;
    /* Sources: Information about the patches to use to update the managed nodes,
     * including target operating systems and source repositories. Applies to Linux
     * managed nodes only. */
    struct awsc_ssm_patch_source_list sources;
    /* AvailableSecurityUpdatesComplianceStatus: Indicates the compliance status of
     * managed nodes for which security-related patches are available but were not
     * approved. One of enum awsc_ssm_patch_compliance_status's values (as its
     * string). */
    const char *available_security_updates_compliance_status;
};

/* GetResourcePoliciesRequest */
struct awsc_ssm_get_resource_policies_input {
    /* ResourceArn: Amazon Resource Name (ARN) of the resource to which the
     * policies are attached. Required. */
    const char *resource_arn;
    /* NextToken: A token to start the list. Use this token to get the next set of
     * results. */
    const char *next_token;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
};

/* GetResourcePoliciesResponse */
struct awsc_ssm_get_resource_policies_output {
    /* NextToken: The token for the next set of items to return. Use this token to
     * get the next set of results. */
    const char *next_token;
    /* Policies: An array of the Policy object. */
    struct awsc_ssm_get_resource_policies_response_entries policies;
};

/*
 * A resource policy helps you to define the IAM entity (for example, an Amazon
 * Web Services account) that can manage your Systems Manager resources.
 * Currently, OpsItemGroup is the only resource that supports Systems Manager
 * resource policies.
 */
struct awsc_ssm_get_resource_policies_response_entry {
    /* PolicyId: A policy ID. */
    const char *policy_id;
    /* PolicyHash: ID of the current policy version. The hash helps to prevent a
     * situation where multiple users attempt to overwrite a policy. You must
     * provide this hash when updating or deleting a policy. */
    const char *policy_hash;
    /* Policy: A resource policy helps you to define the IAM entity (for example,
     * an Amazon Web Services account) that can manage your Systems Manager
     * resources. */
    const char *policy;
};

/*
 * The request body of the GetServiceSetting API operation.
 */
struct awsc_ssm_get_service_setting_input {
    /* SettingId: The ID of the service setting to get. The setting ID can be one
     * of the following. Required. */
    const char *setting_id;
};

/*
 * The query result body of the GetServiceSetting API operation.
 */
struct awsc_ssm_get_service_setting_output {
    /* ServiceSetting: The query result of the current service setting. */
    struct awsc_ssm_service_setting *service_setting;
};

/*
 * A hierarchy can have a maximum of 15 levels. For more information, see
 * Requirements and constraints for parameter names in the Amazon Web Services
 * Systems Manager User Guide .
 */
struct awsc_ssm_hierarchy_level_limit_exceeded_exception {
    /* message: A hierarchy can have a maximum of 15 levels. For more information,
     * see About requirements and constraints for parameter names in the Amazon Web
     * Services Systems Manager User Guide . */
    const char *message;
};

/*
 * Parameter Store doesn't support changing a parameter type in a hierarchy.
 * For example, you can't change a parameter from a String type to a
 * SecureString type. You must create a new, unique parameter.
 */
struct awsc_ssm_hierarchy_type_mismatch_exception {
    /* message: Parameter Store doesn't support changing a parameter type in a
     * hierarchy. For example, you can't change a parameter from a String type to a
     * SecureString type. You must create a new, unique parameter. */
    const char *message;
};

/*
 * Error returned when an idempotent operation is retried and the parameters
 * don't match the original call to the API with the same idempotency token.
 */
struct awsc_ssm_idempotent_parameter_mismatch {
    /* Message: */
    const char *message;
};

/*
 * There is a conflict in the policies specified for this parameter. You can't,
 * for example, specify two Expiration policies for a parameter. Review your
 * policies, and try again.
 */
struct awsc_ssm_incompatible_policy_exception {
    /* message: */
    const char *message;
};

/*
 * Status information about the aggregated associations.
 */
struct awsc_ssm_instance_aggregated_association_overview {
    /* DetailedStatus: Detailed status information about the aggregated
     * associations. */
    const char *detailed_status;
    /* InstanceAssociationStatusAggregatedCount: The number of associations for the
     * managed nodes. */
    struct awsc_ssm_step_preview_map instance_association_status_aggregated_count;
};

/*
 * One or more association documents on the managed node.
 */
struct awsc_ssm_instance_association {
    /* AssociationId: The association ID. */
    const char *association_id;
    /* InstanceId: The managed node ID. */
    const char *instance_id;
    /* Content: The content of the association document for the managed nodes. */
    const char *content;
    /* AssociationVersion: Version information for the association on the managed
     * node. */
    const char *association_version;
};

/*
 * An S3 bucket where you want to store the results of this request.
 */
struct awsc_ssm_instance_association_output_location {
    /* S3Location: An S3 bucket where you want to store the results of this
     * request. */
    struct awsc_ssm_s3_output_location *s3_location;
};

/*
 * The URL of S3 bucket where you want to store the results of this request.
 */
struct awsc_ssm_instance_association_output_url {
    /* S3OutputUrl: The URL of S3 bucket where you want to store the results of
     * this request. */
    struct awsc_ssm_s3_output_url *s3_output_url;
};

/*
 * Status information about the association.
 */
struct awsc_ssm_instance_association_status_info {
    /* AssociationId: The association ID. */
    const char *association_id;
    /* Name: The name of the association. */
    const char *name;
    /* DocumentVersion: The association document versions. */
    const char *document_version;
    /* AssociationVersion: The version of the association applied to the managed
     * node. */
    const char *association_version;
    /* InstanceId: The managed node ID where the association was created. */
    const char *instance_id;
    /* ExecutionDate: The date the association ran. */
    bool has_execution_date;
    struct awsc_timestamp execution_date;
    /* Status: Status information about the association. */
    const char *status;
    /* DetailedStatus: Detailed status information about the association. */
    const char *detailed_status;
    /* ExecutionSummary: Summary information about association execution. */
    const char *execution_summary;
    /* ErrorCode: An error code returned by the request to create the association. */
    const char *error_code;
    /* OutputUrl: A URL for an S3 bucket where you want to store the results of
     * this request. */
    struct awsc_ssm_instance_association_output_url *output_url;
    /* AssociationName: The name of the association applied to the managed node. */
    const char *association_name;
};

/*
 * Details about a specific managed node.
 */
struct awsc_ssm_instance_info {
    /* AgentType: The type of agent installed on the node. */
    const char *agent_type;
    /* AgentVersion: The version number of the agent installed on the node. */
    const char *agent_version;
    /* ComputerName: The fully qualified host name of the managed node. */
    const char *computer_name;
    /* InstanceStatus: The current status of the managed node. */
    const char *instance_status;
    /* IpAddress: The IP address of the managed node. */
    const char *ip_address;
    /* ManagedStatus: Indicates whether the node is managed by Systems Manager. One
     * of enum awsc_ssm_managed_status's values (as its string). */
    const char *managed_status;
    /* Name: The name assigned to the managed node. */
    const char *name;
    /* PlatformType: The operating system platform type of the managed node. One of
     * enum awsc_ssm_platform_type's values (as its string). */
    const char *platform_type;
    /* PlatformName: The name of the operating system platform running on your
     * managed node. */
    const char *platform_name;
    /* PlatformVersion: The version of the OS platform running on your managed
     * node. */
    const char *platform_version;
    /* ResourceType: The type of instance, either an EC2 instance or another
     * supported machine type in a hybrid fleet. One of enum
     * awsc_ssm_resource_type's values (as its string). */
    const char *resource_type;
    /* SourceType: The type of the source resource. For IoT Greengrass devices,
     * SourceType is AWS::IoT::Thing . One of enum awsc_ssm_source_type's values
     * (as its string). */
    const char *source_type;
    /* SourceId: The ID of the source resource. For IoT Greengrass devices,
     * SourceId is the Thing name. */
    const char *source_id;
    /* SourceLocation: The location of the source resource in the third-party cloud
     * environment. */
    const char *source_location;
    /* AvailabilityZone: The Availability Zone where the managed node is located. */
    const char *availability_zone;
    /* AvailabilityZoneId: The Availability Zone ID where the managed node is
     * located. */
    const char *availability_zone_id;
};

/*
 * Describes a filter for a specific list of managed nodes.
 */
struct awsc_ssm_instance_information {
    /* InstanceId: The managed node ID. */
    const char *instance_id;
    /* PingStatus: Connection status of SSM Agent. The status Inactive has been
     * deprecated and is no longer in use. One of enum awsc_ssm_ping_status's
     * values (as its string). */
    const char *ping_status;
    /* LastPingDateTime: The date and time when the agent last pinged the Systems
     * Manager service. */
    bool has_last_ping_date_time;
    struct awsc_timestamp last_ping_date_time;
    /* AgentVersion: The version of SSM Agent running on your Linux managed node. */
    const char *agent_version;
    /* IsLatestVersion: Indicates whether the latest version of SSM Agent is
     * running on your Linux managed node. */
    bool has_is_latest_version;
    bool is_latest_version;
    /* PlatformType: The operating system platform type. One of enum
     * awsc_ssm_platform_type's values (as its string). */
    const char *platform_type;
    /* PlatformName: The name of the operating system platform running on your
     * managed node. */
    const char *platform_name;
    /* PlatformVersion: The version of the OS platform running on your managed
     * node. */
    const char *platform_version;
    /* ActivationId: The activation ID created by Amazon Web Services Systems
     * Manager when the server or virtual machine (VM) was registered. */
    const char *activation_id;
    /* IamRole: The role assigned to an Amazon EC2 instance configured with a
     * Systems Manager Quick Setup host management configuration or the role
     * assigned to an on-premises managed node. */
    const char *iam_role;
    /* RegistrationDate: The date the server or VM was registered with Amazon Web
     * Services as a managed node. */
    bool has_registration_date;
    struct awsc_timestamp registration_date;
    /* ResourceType: The type of instance. Instances are either EC2 instances or
     * managed instances. One of enum awsc_ssm_resource_type's values (as its
     * string). */
    const char *resource_type;
    /* Name: The name assigned to an on-premises server, edge device, or virtual
     * machine (VM) when it is activated as a Systems Manager managed node. */
    const char *name;
    /* IPAddress: The IP address of the managed node. */
    const char *ip_address;
    /* ComputerName: The fully qualified host name of the managed node. */
    const char *computer_name;
    /* AssociationStatus: The status of the association. */
    const char *association_status;
    /* LastAssociationExecutionDate: The date the association was last run. */
    bool has_last_association_execution_date;
    struct awsc_timestamp last_association_execution_date;
    /* LastSuccessfulAssociationExecutionDate: The last date the association was
     * successfully run. */
    bool has_last_successful_association_execution_date;
    struct awsc_timestamp last_successful_association_execution_date;
    /* AssociationOverview: Information about the association. */
    struct awsc_ssm_instance_aggregated_association_overview *association_overview;
    /* SourceId: The ID of the source resource. For IoT Greengrass devices,
     * SourceId is the Thing name. */
    const char *source_id;
    /* SourceType: The type of the source resource. For IoT Greengrass devices,
     * SourceType is AWS::IoT::Thing . For Azure Virtual Machines, SourceType is
     * Microsoft.Compute/virtualMachines . One of enum awsc_ssm_source_type's
     * values (as its string). */
    const char *source_type;
    /* SourceLocation: The location of the source resource in the third-party cloud
     * environment. */
    const char *source_location;
};

/*
 * Describes a filter for a specific list of managed nodes. You can filter node
 * information by using tags. You specify tags by using a key-value mapping.
 */
struct awsc_ssm_instance_information_filter {
    /* key: The name of the filter. Required. One of enum
     * awsc_ssm_instance_information_filter_key's values (as its string). */
    const char *key;
    /* valueSet: The filter values. Required. */
    struct awsc_ssm_patch_id_list value_set;
};

/*
 * The filters to describe or get information about your managed nodes.
 */
struct awsc_ssm_instance_information_string_filter {
    /* Key: The filter key name to describe your managed nodes. Required. */
    const char *key;
    /* Values: The filter values. Required. */
    struct awsc_ssm_patch_id_list values;
};

/*
 * Defines the high-level patch compliance state for a managed node, providing
 * information about the number of installed, missing, not applicable, and
 * failed patches along with metadata about the operation when this information
 * was gathered for the managed node.
 */
struct awsc_ssm_instance_patch_state {
    /* InstanceId: The ID of the managed node the high-level patch compliance
     * information was collected for. Required. */
    const char *instance_id;
    /* PatchGroup: The name of the patch group the managed node belongs to.
     * Required. */
    const char *patch_group;
    /* BaselineId: The ID of the patch baseline used to patch the managed node.
     * Required. */
    const char *baseline_id;
    /* SnapshotId: The ID of the patch baseline snapshot used during the patching
     * operation when this compliance data was collected. */
    const char *snapshot_id;
    /* InstallOverrideList: An https URL or an Amazon Simple Storage Service
     * (Amazon S3) path-style URL to a list of patches to be installed. */
    const char *install_override_list;
    /* OwnerInformation: Placeholder information. This field will always be empty
     * in the current release of the service. */
    const char *owner_information;
    /* InstalledCount: The number of patches from the patch baseline that are
     * installed on the managed node. */
    bool has_installed_count;
    int32_t installed_count;
    /* InstalledOtherCount: The number of patches not specified in the patch
     * baseline that are installed on the managed node. */
    bool has_installed_other_count;
    int32_t installed_other_count;
    /* InstalledPendingRebootCount: The number of patches installed by Patch
     * Manager since the last time the managed node was rebooted. */
    bool has_installed_pending_reboot_count;
    int32_t installed_pending_reboot_count;
    /* InstalledRejectedCount: The number of patches installed on a managed node
     * that are specified in a RejectedPatches list. */
    bool has_installed_rejected_count;
    int32_t installed_rejected_count;
    /* MissingCount: The number of patches from the patch baseline that are
     * applicable for the managed node but aren't currently installed. */
    bool has_missing_count;
    int32_t missing_count;
    /* FailedCount: The number of patches from the patch baseline that were
     * attempted to be installed during the last patching operation, but failed to
     * install. */
    bool has_failed_count;
    int32_t failed_count;
    /* UnreportedNotApplicableCount: The number of patches beyond the supported
     * limit of NotApplicableCount that aren't reported by name to Inventory.
     * Inventory is a tool in Amazon Web Services Systems Manager. */
    bool has_unreported_not_applicable_count;
    int32_t unreported_not_applicable_count;
    /* NotApplicableCount: The number of patches from the patch baseline that
     * aren't applicable for the managed node and therefore aren't installed on the
     * node. */
    bool has_not_applicable_count;
    int32_t not_applicable_count;
    /* AvailableSecurityUpdateCount: The number of security-related patches that
     * are available but not approved because they didn't meet the patch baseline
     * requirements. */
    bool has_available_security_update_count;
    int32_t available_security_update_count;
    /* OperationStartTime: The time the most recent patching operation was started
     * on the managed node. Required. */
    bool has_operation_start_time;
    struct awsc_timestamp operation_start_time;
    /* OperationEndTime: The time the most recent patching operation completed on
     * the managed node. Required. */
    bool has_operation_end_time;
    struct awsc_timestamp operation_end_time;
    /* Operation: The type of patching operation that was performed: or SCAN
     * assesses the patch compliance state. INSTALL installs missing patches.
     * Required. One of enum awsc_ssm_patch_operation_type's values (as its
     * string). */
    const char *operation;
    /* LastNoRebootInstallOperationTime: The time of the last attempt to patch the
     * managed node with NoReboot specified as the reboot option. */
    bool has_last_no_reboot_install_operation_time;
    struct awsc_timestamp last_no_reboot_install_operation_time;
    /* RebootOption: Indicates the reboot option specified in the patch baseline.
     * Reboot options apply to Install operations only. Reboots aren't attempted
     * for Patch Manager Scan operations. One of enum awsc_ssm_reboot_option's
     * values (as its string). */
    const char *reboot_option;
    /* CriticalNonCompliantCount: The number of patches per node that are specified
     * as Critical for compliance reporting in the patch baseline aren't installed. */
    bool has_critical_non_compliant_count;
    int32_t critical_non_compliant_count;
    /* SecurityNonCompliantCount: The number of patches per node that are specified
     * as Security in a patch advisory aren't installed. */
    bool has_security_non_compliant_count;
    int32_t security_non_compliant_count;
    /* OtherNonCompliantCount: The number of patches per node that are specified as
     * other than Critical or Security but aren't compliant with the patch
     * baseline. The status of these managed nodes is NON_COMPLIANT . */
    bool has_other_non_compliant_count;
    int32_t other_non_compliant_count;
};

/*
 * Defines a filter used in DescribeInstancePatchStatesForPatchGroup to scope
 * down the information returned by the API.
 */
struct awsc_ssm_instance_patch_state_filter {
    /* Key: The key for the filter. Supported values include the following:
     * InstalledCount InstalledOtherCount InstalledPendingRebootCount
     * InstalledRejectedCount MissingCount FailedCount ... Required. */
    const char *key;
    /* Values: The value for the filter. Must be an integer greater than or equal
     * to 0. Required. */
    struct awsc_ssm_patch_id_list values;
    /* Type: The type of comparison that should be performed for the value.
     * Required. One of enum awsc_ssm_instance_patch_state_operator_type's values
     * (as its string). */
    const char *type;
};

/*
 * An object containing various properties of a managed node.
 */
struct awsc_ssm_instance_property {
    /* Name: The value of the EC2 Name tag associated with the node. If a Name tag
     * hasn't been applied to the node, this value is blank. */
    const char *name;
    /* InstanceId: The ID of the managed node. */
    const char *instance_id;
    /* InstanceType: The instance type of the managed node. For example, t3.large. */
    const char *instance_type;
    /* InstanceRole: The instance profile attached to the node. If an instance
     * profile isn't attached to the node, this value is blank. */
    const char *instance_role;
    /* KeyName: The name of the key pair associated with the node. If a key pair
     * isnt't associated with the node, this value is blank. */
    const char *key_name;
    /* InstanceState: The current state of the node. */
    const char *instance_state;
    /* Architecture: The CPU architecture of the node. For example, x86_64 . */
    const char *architecture;
    /* IPAddress: The public IPv4 address assigned to the node. If a public IPv4
     * address isn't assigned to the node, this value is blank. */
    const char *ip_address;
    /* LaunchTime: The timestamp for when the node was launched. */
    bool has_launch_time;
    struct awsc_timestamp launch_time;
    /* PingStatus: Connection status of the SSM Agent on the managed node. One of
     * enum awsc_ssm_ping_status's values (as its string). */
    const char *ping_status;
    /* LastPingDateTime: The date and time when the SSM Agent last pinged the
     * Systems Manager service. */
    bool has_last_ping_date_time;
    struct awsc_timestamp last_ping_date_time;
    /* AgentVersion: The version of SSM Agent running on your managed node. */
    const char *agent_version;
    /* PlatformType: The operating system platform type of the managed node. For
     * example, Windows Server or Amazon Linux 2. One of enum
     * awsc_ssm_platform_type's values (as its string). */
    const char *platform_type;
    /* PlatformName: The name of the operating system platform running on your
     * managed node. */
    const char *platform_name;
    /* PlatformVersion: The version of the OS platform running on your managed
     * node. */
    const char *platform_version;
    /* ActivationId: The activation ID created by Systems Manager when the server
     * or virtual machine (VM) was registered */
    const char *activation_id;
    /* IamRole: The IAM role used in the hybrid activation to register the node
     * with Systems Manager. */
    const char *iam_role;
    /* RegistrationDate: The date the node was registered with Systems Manager. */
    bool has_registration_date;
    struct awsc_timestamp registration_date;
    /* ResourceType: The type of managed node. */
    const char *resource_type;
    /* ComputerName: The fully qualified host name of the managed node. */
    const char *computer_name;
    /* AssociationStatus: The status of the State Manager association applied to
     * the managed node. */
    const char *association_status;
    /* LastAssociationExecutionDate: The date the association was last run. */
    bool has_last_association_execution_date;
    struct awsc_timestamp last_association_execution_date;
    /* LastSuccessfulAssociationExecutionDate: The last date the association was
     * successfully run. */
    bool has_last_successful_association_execution_date;
    struct awsc_timestamp last_successful_association_execution_date;
    /* AssociationOverview: */
    struct awsc_ssm_instance_aggregated_association_overview *association_overview;
    /* SourceId: The ID of the source resource. */
    const char *source_id;
    /* SourceType: The type of the source resource. Valid values:
     * AWS::EC2::Instance | AWS::SSM::ManagedInstance | AWS::IoT::Thing |
     * Microsoft.Compute/virtualMachines . One of enum awsc_ssm_source_type's
     * values (as its string). */
    const char *source_type;
    /* SourceLocation: The location of the source resource in the third-party cloud
     * environment. */
    const char *source_location;
    /* AvailabilityZone: The Availability Zone where the managed node is located. */
    const char *availability_zone;
};

/*
 * Describes a filter for a specific list of managed nodes. You can filter node
 * information by using tags. You specify tags by using a key-value mapping.
 */
struct awsc_ssm_instance_property_filter {
    /* key: The name of the filter. Required. One of enum
     * awsc_ssm_instance_property_filter_key's values (as its string). */
    const char *key;
    /* valueSet: The filter values. Required. */
    struct awsc_ssm_patch_id_list value_set;
};

/*
 * The filters to describe or get information about your managed nodes.
 */
struct awsc_ssm_instance_property_string_filter {
    /* Key: The filter key name to describe your managed nodes. Required. */
    const char *key;
    /* Values: The filter key name to describe your managed nodes. Required. */
    struct awsc_ssm_patch_id_list values;
    /* Operator: The operator used by the filter call. One of enum
     * awsc_ssm_instance_property_filter_operator's values (as its string). */
    const char *operator_;
};

/*
 * An error occurred on the server side.
 */
struct awsc_ssm_internal_server_error {
    /* Message: */
    const char *message;
};

/*
 * The activation isn't valid. The activation might have been deleted, or the
 * ActivationId and the ActivationCode don't match.
 */
struct awsc_ssm_invalid_activation {
    /* Message: */
    const char *message;
};

/*
 * The activation ID isn't valid. Verify that you entered the correct
 * ActivationId or ActivationCode and try again.
 */
struct awsc_ssm_invalid_activation_id {
    /* Message: */
    const char *message;
};

/*
 * The specified aggregator isn't valid for the group type. Verify that the
 * aggregator you provided is supported.
 */
struct awsc_ssm_invalid_aggregator_exception {
    /* Message: */
    const char *message;
};

/*
 * The request doesn't meet the regular expression requirement.
 */
struct awsc_ssm_invalid_allowed_pattern_exception {
    /* message: The request doesn't meet the regular expression requirement. */
    const char *message;
};

/*
 * The association isn't valid or doesn't exist.
 */
struct awsc_ssm_invalid_association {
    /* Message: */
    const char *message;
};

/*
 * The version you specified isn't valid. Use ListAssociationVersions to view
 * all versions of an association according to the association ID. Or, use the
 * $LATEST parameter to view the latest version of the association.
 */
struct awsc_ssm_invalid_association_version {
    /* Message: */
    const char *message;
};

/*
 * The supplied parameters for invoking the specified Automation runbook are
 * incorrect. For example, they may not match the set of parameters permitted
 * for the specified Automation document.
 */
struct awsc_ssm_invalid_automation_execution_parameters_exception {
    /* Message: */
    const char *message;
};

/*
 * The signal isn't valid for the current Automation execution.
 */
struct awsc_ssm_invalid_automation_signal_exception {
    /* Message: */
    const char *message;
};

/*
 * The specified update status operation isn't valid.
 */
struct awsc_ssm_invalid_automation_status_update_exception {
    /* Message: */
    const char *message;
};

/*
 * The specified command ID isn't valid. Verify the ID and try again.
 */
struct awsc_ssm_invalid_command_id {
    char unused_; /* no members */
};

/*
 * One or more of the parameters specified for the delete operation isn't
 * valid. Verify all parameters and try again.
 */
struct awsc_ssm_invalid_delete_inventory_parameters_exception {
    /* Message: */
    const char *message;
};

/*
 * The ID specified for the delete operation doesn't exist or isn't valid.
 * Verify the ID and try again.
 */
struct awsc_ssm_invalid_deletion_id_exception {
    /* Message: */
    const char *message;
};

/*
 * The specified SSM document doesn't exist.
 */
struct awsc_ssm_invalid_document {
    /* Message: The SSM document doesn't exist or the document isn't available to
     * the user. This exception can be issued by various API operations. */
    const char *message;
};

/*
 * The content for the document isn't valid.
 */
struct awsc_ssm_invalid_document_content {
    /* Message: A description of the validation error. */
    const char *message;
};

/*
 * You attempted to delete a document while it is still shared. You must stop
 * sharing the document before you can delete it.
 */
struct awsc_ssm_invalid_document_operation {
    /* Message: */
    const char *message;
};

/*
 * The version of the document schema isn't supported.
 */
struct awsc_ssm_invalid_document_schema_version {
    /* Message: */
    const char *message;
};

/*
 * The SSM document type isn't valid. Valid document types are described in the
 * DocumentType property.
 */
struct awsc_ssm_invalid_document_type {
    /* Message: */
    const char *message;
};

/*
 * The document version isn't valid or doesn't exist.
 */
struct awsc_ssm_invalid_document_version {
    /* Message: */
    const char *message;
};

/*
 * The filter name isn't valid. Verify that you entered the correct name and
 * try again.
 */
struct awsc_ssm_invalid_filter {
    /* Message: */
    const char *message;
};

/*
 * The specified key isn't valid.
 */
struct awsc_ssm_invalid_filter_key {
    char unused_; /* no members */
};

/*
 * The specified filter option isn't valid. Valid options are Equals and
 * BeginsWith. For Path filter, valid options are Recursive and OneLevel.
 */
struct awsc_ssm_invalid_filter_option {
    /* message: The specified filter option isn't valid. Valid options are Equals
     * and BeginsWith. For Path filter, valid options are Recursive and OneLevel. */
    const char *message;
};

/*
 * The filter value isn't valid. Verify the value and try again.
 */
struct awsc_ssm_invalid_filter_value {
    /* Message: */
    const char *message;
};

/*
 * The following problems can cause this exception: You don't have permission
 * to access the managed node. Amazon Web Services Systems Manager Agent (SSM
 * Agent) isn't running. Verify that SSM Agent is running. SSM Agent isn't
 * registered with the SSM endpoint. Try reinstalling SSM Agent.
 */
struct awsc_ssm_invalid_instance_id {
    /* Message: */
    const char *message;
};

/*
 * The specified filter value isn't valid.
 */
struct awsc_ssm_invalid_instance_information_filter_value {
    /* message: */
    const char *message;
};

/*
 * The specified filter value isn't valid.
 */
struct awsc_ssm_invalid_instance_property_filter_value {
    /* message: */
    const char *message;
};

/*
 * The specified inventory group isn't valid.
 */
struct awsc_ssm_invalid_inventory_group_exception {
    /* Message: */
    const char *message;
};

/*
 * You specified invalid keys or values in the Context attribute for
 * InventoryItem . Verify the keys and values, and try again.
 */
struct awsc_ssm_invalid_inventory_item_context_exception {
    /* Message: */
    const char *message;
};

/*
 * The request isn't valid.
 */
struct awsc_ssm_invalid_inventory_request_exception {
    /* Message: */
    const char *message;
};

/*
 * One or more content items isn't valid.
 */
struct awsc_ssm_invalid_item_content_exception {
    /* TypeName: */
    const char *type_name;
    /* Message: */
    const char *message;
};

/*
 * The query key ID isn't valid.
 */
struct awsc_ssm_invalid_key_id {
    /* message: */
    const char *message;
};

/*
 * The specified token isn't valid.
 */
struct awsc_ssm_invalid_next_token {
    /* Message: */
    const char *message;
};

/*
 * One or more configuration items isn't valid. Verify that a valid Amazon
 * Resource Name (ARN) was provided for an Amazon Simple Notification Service
 * topic.
 */
struct awsc_ssm_invalid_notification_config {
    /* Message: */
    const char *message;
};

/*
 * The delete inventory option specified isn't valid. Verify the option and try
 * again.
 */
struct awsc_ssm_invalid_option_exception {
    /* Message: */
    const char *message;
};

/*
 * The S3 bucket doesn't exist.
 */
struct awsc_ssm_invalid_output_folder {
    char unused_; /* no members */
};

/*
 * The output location isn't valid or doesn't exist.
 */
struct awsc_ssm_invalid_output_location {
    char unused_; /* no members */
};

/*
 * You must specify values for all required parameters in the Amazon Web
 * Services Systems Manager document (SSM document). You can only supply values
 * to parameters defined in the SSM document.
 */
struct awsc_ssm_invalid_parameters {
    /* Message: */
    const char *message;
};

/*
 * The permission type isn't supported. Share is the only supported permission
 * type.
 */
struct awsc_ssm_invalid_permission_type {
    /* Message: */
    const char *message;
};

/*
 * The plugin name isn't valid.
 */
struct awsc_ssm_invalid_plugin_name {
    char unused_; /* no members */
};

/*
 * A policy attribute or its value is invalid.
 */
struct awsc_ssm_invalid_policy_attribute_exception {
    /* message: */
    const char *message;
};

/*
 * The policy type isn't supported. Parameter Store supports the following
 * policy types: Expiration, ExpirationNotification, and NoChangeNotification.
 */
struct awsc_ssm_invalid_policy_type_exception {
    /* message: */
    const char *message;
};

/*
 * The resource ID isn't valid. Verify that you entered the correct ID and try
 * again.
 */
struct awsc_ssm_invalid_resource_id {
    char unused_; /* no members */
};

/*
 * The resource type isn't valid. For example, if you are attempting to tag an
 * EC2 instance, the instance must be a registered managed node.
 */
struct awsc_ssm_invalid_resource_type {
    char unused_; /* no members */
};

/*
 * The specified inventory item result attribute isn't valid.
 */
struct awsc_ssm_invalid_result_attribute_exception {
    /* Message: */
    const char *message;
};

/*
 * The role name can't contain invalid characters. Also verify that you
 * specified an IAM role for notifications that includes the required trust
 * policy.
 */
struct awsc_ssm_invalid_role {
    /* Message: */
    const char *message;
};

/*
 * The schedule is invalid. Verify your cron or rate expression and try again.
 */
struct awsc_ssm_invalid_schedule {
    /* Message: */
    const char *message;
};

/*
 * The specified tag key or value isn't valid.
 */
struct awsc_ssm_invalid_tag {
    /* Message: */
    const char *message;
};

/*
 * The target isn't valid or doesn't exist. It might not be configured for
 * Systems Manager or you might not have permission to perform the operation.
 */
struct awsc_ssm_invalid_target {
    /* Message: */
    const char *message;
};

/*
 * TargetMap parameter isn't valid.
 */
struct awsc_ssm_invalid_target_maps {
    /* Message: */
    const char *message;
};

/*
 * The parameter type name isn't valid.
 */
struct awsc_ssm_invalid_type_name_exception {
    /* Message: */
    const char *message;
};

/*
 * The update isn't valid.
 */
struct awsc_ssm_invalid_update {
    /* Message: */
    const char *message;
};

/*
 * Specifies the inventory type and attribute for the aggregation execution.
 */
struct awsc_ssm_inventory_aggregator {
    /* Expression: The inventory type and attribute name for aggregation. */
    const char *expression;
    /* Aggregators: Nested aggregators to further refine aggregation for an
     * inventory type. */
    struct awsc_ssm_inventory_aggregator_list aggregators;
    /* Groups: A user-defined set of one or more filters on which to aggregate
     * inventory data. Groups return a count of resources that match and don't
     * match the specified criteria. */
    struct awsc_ssm_inventory_group_list groups;
};

/*
 * Status information returned by the DeleteInventory operation.
 */
struct awsc_ssm_inventory_deletion_status_item {
    /* DeletionId: The deletion ID returned by the DeleteInventory operation. */
    const char *deletion_id;
    /* TypeName: The name of the inventory data type. */
    const char *type_name;
    /* DeletionStartTime: The UTC timestamp when the delete operation started. */
    bool has_deletion_start_time;
    struct awsc_timestamp deletion_start_time;
    /* LastStatus: The status of the operation. Possible values are InProgress and
     * Complete. One of enum awsc_ssm_inventory_deletion_status's values (as its
     * string). */
    const char *last_status;
    /* LastStatusMessage: Information about the status. */
    const char *last_status_message;
    /* DeletionSummary: Information about the delete operation. For more
     * information about this summary, see Understanding the delete inventory
     * summary in the Amazon Web Services Systems Manager User Guide . */
    struct awsc_ssm_inventory_deletion_summary *deletion_summary;
    /* LastStatusUpdateTime: The UTC timestamp of when the last status report. */
    bool has_last_status_update_time;
    struct awsc_timestamp last_status_update_time;
};

/*
 * Information about the delete operation.
 */
struct awsc_ssm_inventory_deletion_summary {
    /* TotalCount: The total number of items to delete. This count doesn't change
     * during the delete operation. */
    bool has_total_count;
    int32_t total_count;
    /* RemainingCount: Remaining number of items to delete. */
    bool has_remaining_count;
    int32_t remaining_count;
    /* SummaryItems: A list of counts and versions for deleted items. */
    struct awsc_ssm_inventory_deletion_summary_items summary_items;
};

/*
 * Either a count, remaining count, or a version number in a delete inventory
 * summary.
 */
struct awsc_ssm_inventory_deletion_summary_item {
    /* Version: The inventory type version. */
    const char *version;
    /* Count: A count of the number of deleted items. */
    bool has_count;
    int32_t count;
    /* RemainingCount: The remaining number of items to delete. */
    bool has_remaining_count;
    int32_t remaining_count;
};

/*
 * One or more filters. Use a filter to return a more specific list of results.
 */
struct awsc_ssm_inventory_filter {
    /* Key: The name of the filter key. Required. */
    const char *key;
    /* Values: Inventory filter values. Required. */
    struct awsc_ssm_patch_id_list values;
    /* Type: The type of filter. The Exists filter must be used with aggregators.
     * For more information, see Aggregating inventory data in the Amazon Web
     * Services Systems Manager User Guide . One of enum
     * awsc_ssm_inventory_query_operator_type's values (as its string). */
    const char *type;
};

/*
 * A user-defined set of one or more filters on which to aggregate inventory
 * data. Groups return a count of resources that match and don't match the
 * specified criteria.
 */
struct awsc_ssm_inventory_group {
    /* Name: The name of the group. Required. */
    const char *name;
    /* Filters: Filters define the criteria for the group. The matchingCount field
     * displays the number of resources that match the criteria. Required. */
    struct awsc_ssm_inventory_filter_list filters;
};

/*
 * Information collected from managed nodes based on your inventory policy
 * document
 */
struct awsc_ssm_inventory_item {
    /* TypeName: The name of the inventory type. Default inventory item type names
     * start with AWS . Custom inventory type names will start with Custom.
     * Required. */
    const char *type_name;
    /* SchemaVersion: The schema version for the inventory item. Required. */
    const char *schema_version;
    /* CaptureTime: The time the inventory information was collected. Required. */
    const char *capture_time;
    /* ContentHash: MD5 hash of the inventory item type contents. The content hash
     * is used to determine whether to update inventory information. */
    const char *content_hash;
    /* Content: The inventory data of the inventory type. */
    struct awsc_ssm_inventory_item_entry_list content;
    /* Context: A map of associated properties for a specified inventory type. For
     * example, with this attribute, you can specify the ExecutionId ,
     * ExecutionType , ComplianceType properties of the AWS:ComplianceItem ... */
    struct awsc_ssm_normal_string_map context;
};

/*
 * Attributes are the entries within the inventory item content. It contains
 * name and value.
 */
struct awsc_ssm_inventory_item_attribute {
    /* Name: Name of the inventory item attribute. Required. */
    const char *name;
    /* DataType: The data type of the inventory item attribute. Required. One of
     * enum awsc_ssm_inventory_attribute_data_type's values (as its string). */
    const char *data_type;
};

/*
 * The inventory item schema definition. Users can use this to compose
 * inventory query filters.
 */
struct awsc_ssm_inventory_item_schema {
    /* TypeName: The name of the inventory type. Default inventory item type names
     * start with Amazon Web Services. Custom inventory type names will start with
     * Custom. Required. */
    const char *type_name;
    /* Version: The schema version for the inventory item. */
    const char *version;
    /* Attributes: The schema attributes for inventory. This contains data type and
     * attribute name. Required. */
    struct awsc_ssm_inventory_item_attribute_list attributes;
    /* DisplayName: The alias name of the inventory type. The alias name is used
     * for display purposes. */
    const char *display_name;
};

/*
 * Inventory query results.
 */
struct awsc_ssm_inventory_result_entity {
    /* Id: ID of the inventory result entity. For example, for managed node
     * inventory the result will be the managed node ID. For EC2 instance
     * inventory, the result will be the instance ID. */
    const char *id;
    /* Data: The data section in the inventory result entity JSON. */
    struct awsc_ssm_inventory_result_item_map data;
};

/*
 * The inventory result item.
 */
struct awsc_ssm_inventory_result_item {
    /* TypeName: The name of the inventory result item type. Required. */
    const char *type_name;
    /* SchemaVersion: The schema version for the inventory result item/ Required. */
    const char *schema_version;
    /* CaptureTime: The time inventory item data was captured. */
    const char *capture_time;
    /* ContentHash: MD5 hash of the inventory item type contents. The content hash
     * is used to determine whether to update inventory information. */
    const char *content_hash;
    /* Content: Contains all the inventory data of the item type. Results include
     * attribute names and values. Required. */
    struct awsc_ssm_inventory_item_entry_list content;
};

/*
 * The command ID and managed node ID you specified didn't match any
 * invocations. Verify the command ID and the managed node ID and try again.
 */
struct awsc_ssm_invocation_does_not_exist {
    char unused_; /* no members */
};

/*
 * The inventory item has invalid content.
 */
struct awsc_ssm_item_content_mismatch_exception {
    /* TypeName: */
    const char *type_name;
    /* Message: */
    const char *message;
};

/*
 * The inventory item size has exceeded the size limit.
 */
struct awsc_ssm_item_size_limit_exceeded_exception {
    /* TypeName: */
    const char *type_name;
    /* Message: */
    const char *message;
};

/* LabelParameterVersionRequest */
struct awsc_ssm_label_parameter_version_input {
    /* Name: The parameter name on which you want to attach one or more labels. You
     * can't enter the Amazon Resource Name (ARN) for a parameter, only the
     * parameter name itself. Required. */
    const char *name;
    /* ParameterVersion: The specific version of the parameter on which you want to
     * attach one or more labels. If no version is specified, the system attaches
     * the label to the latest version. */
    bool has_parameter_version;
    int64_t parameter_version;
    /* Labels: One or more labels to attach to the specified parameter version.
     * Required. */
    struct awsc_ssm_patch_id_list labels;
};

/* LabelParameterVersionResult */
struct awsc_ssm_label_parameter_version_output {
    /* InvalidLabels: The label doesn't meet the requirements. For information
     * about parameter label requirements, see Working with parameter labels in the
     * Amazon Web Services Systems Manager User Guide . */
    struct awsc_ssm_patch_id_list invalid_labels;
    /* ParameterVersion: The version of the parameter that has been labeled. */
    bool has_parameter_version;
    int64_t parameter_version;
};

/* ListAssociationVersionsRequest */
struct awsc_ssm_list_association_versions_input {
    /* AssociationId: The association ID for which you want to view all versions.
     * Required. */
    const char *association_id;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: A token to start the list. Use this token to get the next set of
     * results. */
    const char *next_token;
};

/* ListAssociationVersionsResult */
struct awsc_ssm_list_association_versions_output {
    /* AssociationVersions: Information about all versions of the association for
     * the specified association ID. */
    struct awsc_ssm_association_version_list association_versions;
    /* NextToken: The token for the next set of items to return. Use this token to
     * get the next set of results. */
    const char *next_token;
};

/* ListAssociationsRequest */
struct awsc_ssm_list_associations_input {
    /* AssociationFilterList: One or more filters. Use a filter to return a more
     * specific list of results. */
    struct awsc_ssm_association_filter_list association_filter_list;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
};

/* ListAssociationsResult */
struct awsc_ssm_list_associations_output {
    /* Associations: The associations. */
    struct awsc_ssm_association_list associations;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* ListCloudConnectorsRequest */
struct awsc_ssm_list_cloud_connectors_input {
    /* MaxResults: The maximum number of items to return for this call. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
    /* Filters: One or more filters to limit the cloud connectors returned in the
     * response. */
    struct awsc_ssm_cloud_connector_filter_list filters;
};

/* ListCloudConnectorsResult */
struct awsc_ssm_list_cloud_connectors_output {
    /* CloudConnectors: A list of cloud connector summary objects. */
    struct awsc_ssm_cloud_connector_summary_list cloud_connectors;
    /* NextToken: The token to use when requesting the next set of items. */
    const char *next_token;
};

/* ListCommandInvocationsRequest */
struct awsc_ssm_list_command_invocations_input {
    /* CommandId: (Optional) The invocations for a specific command ID. */
    const char *command_id;
    /* InstanceId: (Optional) The command execution details for a specific managed
     * node ID. */
    const char *instance_id;
    /* MaxResults: (Optional) The maximum number of items to return for this call.
     * The call also returns a token that you can specify in a subsequent call to
     * get the next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: (Optional) The token for the next set of items to return. (You
     * received this token from a previous call.) */
    const char *next_token;
    /* Filters: (Optional) One or more filters. Use a filter to return a more
     * specific list of results. */
    struct awsc_ssm_command_filter_list filters;
    /* Details: (Optional) If set this returns the response of the command
     * executions and any command output. The default value is false . */
    bool has_details;
    bool details;
};

/* ListCommandInvocationsResult */
struct awsc_ssm_list_command_invocations_output {
    /* CommandInvocations: (Optional) A list of all invocations. */
    struct awsc_ssm_command_invocation_list command_invocations;
    /* NextToken: (Optional) The token for the next set of items to return. (You
     * received this token from a previous call.) */
    const char *next_token;
};

/* ListCommandsRequest */
struct awsc_ssm_list_commands_input {
    /* CommandId: (Optional) If provided, lists only the specified command. */
    const char *command_id;
    /* InstanceId: (Optional) Lists commands issued against this managed node ID.
     * You can't specify a managed node ID in the same command that you specify
     * Status = Pending . */
    const char *instance_id;
    /* MaxResults: (Optional) The maximum number of items to return for this call.
     * The call also returns a token that you can specify in a subsequent call to
     * get the next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: (Optional) The token for the next set of items to return. (You
     * received this token from a previous call.) */
    const char *next_token;
    /* Filters: (Optional) One or more filters. Use a filter to return a more
     * specific list of results. */
    struct awsc_ssm_command_filter_list filters;
};

/* ListCommandsResult */
struct awsc_ssm_list_commands_output {
    /* Commands: (Optional) The list of commands requested by the user. */
    struct awsc_ssm_command_list commands;
    /* NextToken: (Optional) The token for the next set of items to return. (You
     * received this token from a previous call.) */
    const char *next_token;
};

/* ListComplianceItemsRequest */
struct awsc_ssm_list_compliance_items_input {
    /* Filters: One or more compliance filters. Use a filter to return a more
     * specific list of results. */
    struct awsc_ssm_compliance_string_filter_list filters;
    /* ResourceIds: The ID for the resources from which to get compliance
     * information. Currently, you can only specify one resource ID. */
    struct awsc_ssm_patch_id_list resource_ids;
    /* ResourceTypes: The type of resource from which to get compliance
     * information. Currently, the only supported resource type is ManagedInstance
     * . */
    struct awsc_ssm_patch_id_list resource_types;
    /* NextToken: A token to start the list. Use this token to get the next set of
     * results. */
    const char *next_token;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
};

/* ListComplianceItemsResult */
struct awsc_ssm_list_compliance_items_output {
    /* ComplianceItems: A list of compliance information for the specified resource
     * ID. */
    struct awsc_ssm_compliance_item_list compliance_items;
    /* NextToken: The token for the next set of items to return. Use this token to
     * get the next set of results. */
    const char *next_token;
};

/* ListComplianceSummariesRequest */
struct awsc_ssm_list_compliance_summaries_input {
    /* Filters: One or more compliance or inventory filters. Use a filter to return
     * a more specific list of results. */
    struct awsc_ssm_compliance_string_filter_list filters;
    /* NextToken: A token to start the list. Use this token to get the next set of
     * results. */
    const char *next_token;
    /* MaxResults: The maximum number of items to return for this call. Currently,
     * you can specify null or 50. The call also returns a token that you can
     * specify in a subsequent call to get the next set of results. */
    bool has_max_results;
    int32_t max_results;
};

/* ListComplianceSummariesResult */
struct awsc_ssm_list_compliance_summaries_output {
    /* ComplianceSummaryItems: A list of compliant and non-compliant summary counts
     * based on compliance types. */
    struct awsc_ssm_compliance_summary_item_list compliance_summary_items;
    /* NextToken: The token for the next set of items to return. Use this token to
     * get the next set of results. */
    const char *next_token;
};

/* ListDocumentMetadataHistoryRequest */
struct awsc_ssm_list_document_metadata_history_input {
    /* Name: The name of the change template. Required. */
    const char *name;
    /* DocumentVersion: The version of the change template. */
    const char *document_version;
    /* Metadata: The type of data for which details are being requested. Currently,
     * the only supported value is DocumentReviews . Required. One of enum
     * awsc_ssm_document_metadata_enum's values (as its string). */
    const char *metadata;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
};

/* ListDocumentMetadataHistoryResponse */
struct awsc_ssm_list_document_metadata_history_output {
    /* Name: The name of the change template. */
    const char *name;
    /* DocumentVersion: The version of the change template. */
    const char *document_version;
    /* Author: The user ID of the person in the organization who requested the
     * review of the change template. */
    const char *author;
    /* Metadata: Information about the response to the change template approval
     * request. */
    struct awsc_ssm_document_metadata_response_info *metadata;
    /* NextToken: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    const char *next_token;
};

/* ListDocumentVersionsRequest */
struct awsc_ssm_list_document_versions_input {
    /* Name: The name of the document. You can specify an Amazon Resource Name
     * (ARN). Required. */
    const char *name;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
};

/* ListDocumentVersionsResult */
struct awsc_ssm_list_document_versions_output {
    /* DocumentVersions: The document versions. */
    struct awsc_ssm_document_version_list document_versions;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* ListDocumentsRequest */
struct awsc_ssm_list_documents_input {
    /* DocumentFilterList: This data type is deprecated. Instead, use Filters . */
    struct awsc_ssm_document_filter_list document_filter_list;
    /* Filters: One or more DocumentKeyValuesFilter objects. Use a filter to return
     * a more specific list of results. For keys, you can specify one or more
     * key-value pair tags that have been applied to a document. */
    struct awsc_ssm_document_key_values_filter_list filters;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
};

/* ListDocumentsResult */
struct awsc_ssm_list_documents_output {
    /* DocumentIdentifiers: The names of the SSM documents. */
    struct awsc_ssm_document_identifier_list document_identifiers;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* ListInventoryEntriesRequest */
struct awsc_ssm_list_inventory_entries_input {
    /* InstanceId: The managed node ID for which you want inventory information.
     * Required. */
    const char *instance_id;
    /* TypeName: The type of inventory item for which you want information.
     * Required. */
    const char *type_name;
    /* Filters: One or more filters. Use a filter to return a more specific list of
     * results. */
    struct awsc_ssm_inventory_filter_list filters;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
};

/* ListInventoryEntriesResult */
struct awsc_ssm_list_inventory_entries_output {
    /* TypeName: The type of inventory item returned by the request. */
    const char *type_name;
    /* InstanceId: The managed node ID targeted by the request to query inventory
     * information. */
    const char *instance_id;
    /* SchemaVersion: The inventory schema version used by the managed nodes. */
    const char *schema_version;
    /* CaptureTime: The time that inventory information was collected for the
     * managed nodes. */
    const char *capture_time;
    /* Entries: A list of inventory items on the managed nodes. */
    struct awsc_ssm_inventory_item_entry_list entries;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* ListNodesRequest */
struct awsc_ssm_list_nodes_input {
    /* SyncName: The name of the Amazon Web Services managed resource data sync to
     * retrieve information about. */
    const char *sync_name;
    /* Filters: One or more filters. Use a filter to return a more specific list of
     * managed nodes. */
    struct awsc_ssm_node_filter_list filters;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
};

/* ListNodesResult */
struct awsc_ssm_list_nodes_output {
    /* Nodes: A list of managed nodes that match the specified filter criteria. */
    struct awsc_ssm_node_list nodes;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* ListNodesSummaryRequest */
struct awsc_ssm_list_nodes_summary_input {
    /* SyncName: The name of the Amazon Web Services managed resource data sync to
     * retrieve information about. */
    const char *sync_name;
    /* Filters: One or more filters. Use a filter to generate a summary that
     * matches your specified filter criteria. */
    struct awsc_ssm_node_filter_list filters;
    /* Aggregators: Specify one or more aggregators to return a count of managed
     * nodes that match that expression. For example, a count of managed nodes by
     * operating system. Required. */
    struct awsc_ssm_node_aggregator_list aggregators;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) The call also returns a token that you can
     * specify in a subsequent call to get the next set of results. */
    const char *next_token;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
};

/* ListNodesSummaryResult */
struct awsc_ssm_list_nodes_summary_output {
    /* Summary: A collection of objects reporting information about your managed
     * nodes, such as the count of nodes by operating system. */
    struct awsc_ssm_inventory_item_entry_list summary;
    /* NextToken: The token to use when requesting the next set of items. If there
     * are no additional items to return, the string is empty. */
    const char *next_token;
};

/* ListOpsItemEventsRequest */
struct awsc_ssm_list_ops_item_events_input {
    /* Filters: One or more OpsItem filters. Use a filter to return a more specific
     * list of results. */
    struct awsc_ssm_ops_item_event_filters filters;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: A token to start the list. Use this token to get the next set of
     * results. */
    const char *next_token;
};

/* ListOpsItemEventsResponse */
struct awsc_ssm_list_ops_item_events_output {
    /* NextToken: The token for the next set of items to return. Use this token to
     * get the next set of results. */
    const char *next_token;
    /* Summaries: A list of event information for the specified OpsItems. */
    struct awsc_ssm_ops_item_event_summaries summaries;
};

/* ListOpsItemRelatedItemsRequest */
struct awsc_ssm_list_ops_item_related_items_input {
    /* OpsItemId: The ID of the OpsItem for which you want to list all related-item
     * resources. */
    const char *ops_item_id;
    /* Filters: One or more OpsItem filters. Use a filter to return a more specific
     * list of results. */
    struct awsc_ssm_ops_item_related_items_filters filters;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
};

/* ListOpsItemRelatedItemsResponse */
struct awsc_ssm_list_ops_item_related_items_output {
    /* NextToken: The token for the next set of items to return. Use this token to
     * get the next set of results. */
    const char *next_token;
    /* Summaries: A list of related-item resources for the specified OpsItem. */
    struct awsc_ssm_ops_item_related_item_summaries summaries;
};

/* ListOpsMetadataRequest */
struct awsc_ssm_list_ops_metadata_input {
    /* Filters: One or more filters to limit the number of OpsMetadata objects
     * returned by the call. */
    struct awsc_ssm_ops_metadata_filter_list filters;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: A token to start the list. Use this token to get the next set of
     * results. */
    const char *next_token;
};

/* ListOpsMetadataResult */
struct awsc_ssm_list_ops_metadata_output {
    /* OpsMetadataList: Returns a list of OpsMetadata objects. */
    struct awsc_ssm_ops_metadata_list ops_metadata_list;
    /* NextToken: The token for the next set of items to return. Use this token to
     * get the next set of results. */
    const char *next_token;
};

/* ListResourceComplianceSummariesRequest */
struct awsc_ssm_list_resource_compliance_summaries_input {
    /* Filters: One or more filters. Use a filter to return a more specific list of
     * results. */
    struct awsc_ssm_compliance_string_filter_list filters;
    /* NextToken: A token to start the list. Use this token to get the next set of
     * results. */
    const char *next_token;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
};

/* ListResourceComplianceSummariesResult */
struct awsc_ssm_list_resource_compliance_summaries_output {
    /* ResourceComplianceSummaryItems: A summary count for specified or targeted
     * managed nodes. Summary count includes information about compliant and
     * non-compliant State Manager associations, patch status, or custom items
     * according to ... */
    struct awsc_ssm_resource_compliance_summary_item_list resource_compliance_summary_items;
    /* NextToken: The token for the next set of items to return. Use this token to
     * get the next set of results. */
    const char *next_token;
};

/* ListResourceDataSyncRequest */
struct awsc_ssm_list_resource_data_sync_input {
    /* SyncType: View a list of resource data syncs according to the sync type.
     * Specify SyncToDestination to view resource data syncs that synchronize data
     * to an Amazon S3 bucket. */
    const char *sync_type;
    /* NextToken: A token to start the list. Use this token to get the next set of
     * results. */
    const char *next_token;
    /* MaxResults: The maximum number of items to return for this call. The call
     * also returns a token that you can specify in a subsequent call to get the
     * next set of results. */
    bool has_max_results;
    int32_t max_results;
};

/* ListResourceDataSyncResult */
struct awsc_ssm_list_resource_data_sync_output {
    /* ResourceDataSyncItems: A list of your current resource data sync
     * configurations and their statuses. */
    struct awsc_ssm_resource_data_sync_item_list resource_data_sync_items;
    /* NextToken: The token for the next set of items to return. Use this token to
     * get the next set of results. */
    const char *next_token;
};

/* ListTagsForResourceRequest */
struct awsc_ssm_list_tags_for_resource_input {
    /* ResourceType: Returns a list of tags for a specific resource type. Required.
     * One of enum awsc_ssm_resource_type_for_tagging's values (as its string). */
    const char *resource_type;
    /* ResourceId: The resource ID for which you want to see a list of tags.
     * Required. */
    const char *resource_id;
};

/* ListTagsForResourceResult */
struct awsc_ssm_list_tags_for_resource_output {
    /* TagList: A list of tags. */
    struct awsc_ssm_tag_list tag_list;
};

/*
 * Information about an Amazon Simple Storage Service (Amazon S3) bucket to
 * write managed node-level logs to. LoggingInfo has been deprecated.
 */
struct awsc_ssm_logging_info {
    /* S3BucketName: The name of an S3 bucket where execution logs are stored.
     * Required. */
    const char *s3_bucket_name;
    /* S3KeyPrefix: (Optional) The S3 bucket subfolder. */
    const char *s3_key_prefix;
    /* S3Region: The Amazon Web Services Region where the S3 bucket is located.
     * Required. */
    const char *s3_region;
};

/*
 * The parameters for an AUTOMATION task type.
 */
struct awsc_ssm_maintenance_window_automation_parameters {
    /* DocumentVersion: The version of an Automation runbook to use during task
     * execution. */
    const char *document_version;
    /* Parameters: The parameters for the AUTOMATION task. */
    struct awsc_ssm_automation_parameter_map parameters;
};

/*
 * Describes the information about an execution of a maintenance window.
 */
struct awsc_ssm_maintenance_window_execution {
    /* WindowId: The ID of the maintenance window. */
    const char *window_id;
    /* WindowExecutionId: The ID of the maintenance window execution. */
    const char *window_execution_id;
    /* Status: The status of the execution. One of enum
     * awsc_ssm_maintenance_window_execution_status's values (as its string). */
    const char *status;
    /* StatusDetails: The details explaining the status. Not available for all
     * status values. */
    const char *status_details;
    /* StartTime: The time the execution started. */
    bool has_start_time;
    struct awsc_timestamp start_time;
    /* EndTime: The time the execution finished. */
    bool has_end_time;
    struct awsc_timestamp end_time;
};

/*
 * Information about a task execution performed as part of a maintenance window
 * execution.
 */
struct awsc_ssm_maintenance_window_execution_task_identity {
    /* WindowExecutionId: The ID of the maintenance window execution that ran the
     * task. */
    const char *window_execution_id;
    /* TaskExecutionId: The ID of the specific task execution in the maintenance
     * window execution. */
    const char *task_execution_id;
    /* Status: The status of the task execution. One of enum
     * awsc_ssm_maintenance_window_execution_status's values (as its string). */
    const char *status;
    /* StatusDetails: The details explaining the status of the task execution. Not
     * available for all status values. */
    const char *status_details;
    /* StartTime: The time the task execution started. */
    bool has_start_time;
    struct awsc_timestamp start_time;
    /* EndTime: The time the task execution finished. */
    bool has_end_time;
    struct awsc_timestamp end_time;
    /* TaskArn: The Amazon Resource Name (ARN) of the task that ran. */
    const char *task_arn;
    /* TaskType: The type of task that ran. One of enum
     * awsc_ssm_maintenance_window_task_type's values (as its string). */
    const char *task_type;
    /* AlarmConfiguration: The details for the CloudWatch alarm applied to your
     * maintenance window task. */
    struct awsc_ssm_alarm_configuration *alarm_configuration;
    /* TriggeredAlarms: The CloudWatch alarm that was invoked by the maintenance
     * window task. */
    struct awsc_ssm_alarm_state_information_list triggered_alarms;
};

/*
 * Describes the information about a task invocation for a particular target as
 * part of a task execution performed as part of a maintenance window
 * execution.
 */
struct awsc_ssm_maintenance_window_execution_task_invocation_identity {
    /* WindowExecutionId: The ID of the maintenance window execution that ran the
     * task. */
    const char *window_execution_id;
    /* TaskExecutionId: The ID of the specific task execution in the maintenance
     * window execution. */
    const char *task_execution_id;
    /* InvocationId: The ID of the task invocation. */
    const char *invocation_id;
    /* ExecutionId: The ID of the action performed in the service that actually
     * handled the task invocation. If the task type is RUN_COMMAND , this value is
     * the command ID. */
    const char *execution_id;
    /* TaskType: The task type. One of enum awsc_ssm_maintenance_window_task_type's
     * values (as its string). */
    const char *task_type;
    /* Parameters: The parameters that were provided for the invocation when it was
     * run. */
    const char *parameters;
    /* Status: The status of the task invocation. One of enum
     * awsc_ssm_maintenance_window_execution_status's values (as its string). */
    const char *status;
    /* StatusDetails: The details explaining the status of the task invocation. Not
     * available for all status values. */
    const char *status_details;
    /* StartTime: The time the invocation started. */
    bool has_start_time;
    struct awsc_timestamp start_time;
    /* EndTime: The time the invocation finished. */
    bool has_end_time;
    struct awsc_timestamp end_time;
    /* OwnerInformation: User-provided value that was specified when the target was
     * registered with the maintenance window. This was also included in any Amazon
     * CloudWatch Events events raised during the task invocation. */
    const char *owner_information;
    /* WindowTargetId: The ID of the target definition in this maintenance window
     * the invocation was performed for. */
    const char *window_target_id;
};

/*
 * Filter used in the request. Supported filter keys depend on the API
 * operation that includes the filter.
 */
struct awsc_ssm_maintenance_window_filter {
    /* Key: The name of the filter. */
    const char *key;
    /* Values: The filter values. */
    struct awsc_ssm_patch_id_list values;
};

/*
 * Information about the maintenance window.
 */
struct awsc_ssm_maintenance_window_identity {
    /* WindowId: The ID of the maintenance window. */
    const char *window_id;
    /* Name: The name of the maintenance window. */
    const char *name;
    /* Description: A description of the maintenance window. */
    const char *description;
    /* Enabled: Indicates whether the maintenance window is enabled. */
    bool has_enabled;
    bool enabled;
    /* Duration: The duration of the maintenance window in hours. */
    bool has_duration;
    int32_t duration;
    /* Cutoff: The number of hours before the end of the maintenance window that
     * Amazon Web Services Systems Manager stops scheduling new tasks for
     * execution. */
    bool has_cutoff;
    int32_t cutoff;
    /* Schedule: The schedule of the maintenance window in the form of a cron or
     * rate expression. */
    const char *schedule;
    /* ScheduleTimezone: The time zone that the scheduled maintenance window
     * executions are based on, in Internet Assigned Numbers Authority (IANA)
     * format. */
    const char *schedule_timezone;
    /* ScheduleOffset: The number of days to wait to run a maintenance window after
     * the scheduled cron expression date and time. */
    bool has_schedule_offset;
    int32_t schedule_offset;
    /* EndDate: The date and time, in ISO-8601 Extended format, for when the
     * maintenance window is scheduled to become inactive. */
    const char *end_date;
    /* StartDate: The date and time, in ISO-8601 Extended format, for when the
     * maintenance window is scheduled to become active. */
    const char *start_date;
    /* NextExecutionTime: The next time the maintenance window will actually run,
     * taking into account any specified times for the maintenance window to become
     * active or inactive. */
    const char *next_execution_time;
};

/*
 * The maintenance window to which the specified target belongs.
 */
struct awsc_ssm_maintenance_window_identity_for_target {
    /* WindowId: The ID of the maintenance window. */
    const char *window_id;
    /* Name: The name of the maintenance window. */
    const char *name;
};

/*
 * The parameters for a LAMBDA task type.
 */
struct awsc_ssm_maintenance_window_lambda_parameters {
    /* ClientContext: Pass client-specific information to the Lambda function that
     * you are invoking. You can then process the client information in your Lambda
     * function as you choose through the context variable. */
    const char *client_context;
    /* Qualifier: (Optional) Specify an Lambda function version or alias name. If
     * you specify a function version, the operation uses the qualified function
     * Amazon Resource Name (ARN) to invoke a specific Lambda ... */
    const char *qualifier;
    /* Payload: JSON to provide to your Lambda function as input. */
    struct awsc_blob payload;
};

/*
 * The parameters for a RUN_COMMAND task type.
 */
struct awsc_ssm_maintenance_window_run_command_parameters {
    /* Comment: Information about the commands to run. */
    const char *comment;
    /* CloudWatchOutputConfig: */
    struct awsc_ssm_cloud_watch_output_config *cloud_watch_output_config;
    /* DocumentHash: The SHA-256 or SHA-1 hash created by the system when the
     * document was created. SHA-1 hashes have been deprecated. */
    const char *document_hash;
    /* DocumentHashType: SHA-256 or SHA-1. SHA-1 hashes have been deprecated. One
     * of enum awsc_ssm_document_hash_type's values (as its string). */
    const char *document_hash_type;
    /* DocumentVersion: The Amazon Web Services Systems Manager document (SSM
     * document) version to use in the request. You can specify $DEFAULT , $LATEST
     * , or a specific version number. */
    const char *document_version;
    /* NotificationConfig: Configurations for sending notifications about command
     * status changes on a per-managed node basis. */
    struct awsc_ssm_notification_config *notification_config;
    /* OutputS3BucketName: The name of the Amazon Simple Storage Service (Amazon
     * S3) bucket. */
    const char *output_s3_bucket_name;
    /* OutputS3KeyPrefix: The S3 bucket subfolder. */
    const char *output_s3_key_prefix;
    /* Parameters: The parameters for the RUN_COMMAND task execution. */
    struct awsc_ssm_automation_parameter_map parameters;
    /* ServiceRoleArn: The Amazon Resource Name (ARN) of the IAM service role for
     * Amazon Web Services Systems Manager to assume when running a maintenance
     * window task. */
    const char *service_role_arn;
    /* TimeoutSeconds: If this time is reached and the command hasn't already
     * started running, it doesn't run. */
    bool has_timeout_seconds;
    int32_t timeout_seconds;
};

/*
 * The parameters for a STEP_FUNCTIONS task.
 */
struct awsc_ssm_maintenance_window_step_functions_parameters {
    /* Input: The inputs for the STEP_FUNCTIONS task. */
    const char *input;
    /* Name: The name of the STEP_FUNCTIONS task. */
    const char *name;
};

/*
 * The target registered with the maintenance window.
 */
struct awsc_ssm_maintenance_window_target {
    /* WindowId: The ID of the maintenance window to register the target with. */
    const char *window_id;
    /* WindowTargetId: The ID of the target. */
    const char *window_target_id;
    /* ResourceType: The type of target that is being registered with the
     * maintenance window. One of enum awsc_ssm_maintenance_window_resource_type's
     * values (as its string). */
    const char *resource_type;
    /* Targets: The targets, either managed nodes or tags. */
    struct awsc_ssm_targets targets;
    /* OwnerInformation: A user-provided value that will be included in any Amazon
     * CloudWatch Events events that are raised while running tasks for these
     * targets in this maintenance window. */
    const char *owner_information;
    /* Name: The name for the maintenance window target. */
    const char *name;
    /* Description: A description for the target. */
    const char *description;
};

/*
 * Information about a task defined for a maintenance window.
 */
struct awsc_ssm_maintenance_window_task {
    /* WindowId: The ID of the maintenance window where the task is registered. */
    const char *window_id;
    /* WindowTaskId: The task ID. */
    const char *window_task_id;
    /* TaskArn: The resource that the task uses during execution. For RUN_COMMAND
     * and AUTOMATION task types, TaskArn is the Amazon Web Services Systems
     * Manager (SSM document) name or ARN. */
    const char *task_arn;
    /* Type: The type of task. One of enum awsc_ssm_maintenance_window_task_type's
     * values (as its string). */
    const char *type;
    /* Targets: The targets (either managed nodes or tags). Managed nodes are
     * specified using Key=instanceids,Values=<instanceid1>,<instanceid2> . Tags
     * are specified using Key=<tag name>,Values=<tag value> . */
    struct awsc_ssm_targets targets;
    /* TaskParameters: The parameters that should be passed to the task when it is
     * run. TaskParameters has been deprecated. */
    struct awsc_ssm_maintenance_window_task_parameters task_parameters;
    /* Priority: The priority of the task in the maintenance window. The lower the
     * number, the higher the priority. Tasks that have the same priority are
     * scheduled in parallel. */
    bool has_priority;
    int32_t priority;
    /* LoggingInfo: Information about an S3 bucket to write task-level logs to.
     * LoggingInfo has been deprecated. */
    struct awsc_ssm_logging_info *logging_info;
    /* ServiceRoleArn: The Amazon Resource Name (ARN) of the IAM service role for
     * Amazon Web Services Systems Manager to assume when running a maintenance
     * window task. */
    const char *service_role_arn;
    /* MaxConcurrency: The maximum number of targets this task can be run for, in
     * parallel. */
    const char *max_concurrency;
    /* MaxErrors: The maximum number of errors allowed before this task stops being
     * scheduled. */
    const char *max_errors;
    /* Name: The task name. */
    const char *name;
    /* Description: A description of the task. */
    const char *description;
    /* CutoffBehavior: The specification for whether tasks should continue to run
     * after the cutoff time specified in the maintenance windows is reached. One
     * of enum awsc_ssm_maintenance_window_task_cutoff_behavior's values (as its
     * string). */
    const char *cutoff_behavior;
    /* AlarmConfiguration: The details for the CloudWatch alarm applied to your
     * maintenance window task. */
    struct awsc_ssm_alarm_configuration *alarm_configuration;
};

/*
 * The parameters for task execution.
 */
struct awsc_ssm_maintenance_window_task_invocation_parameters {
    /* RunCommand: The parameters for a RUN_COMMAND task type. */
    struct awsc_ssm_maintenance_window_run_command_parameters *run_command;
    /* Automation: The parameters for an AUTOMATION task type. */
    struct awsc_ssm_maintenance_window_automation_parameters *automation;
    /* StepFunctions: The parameters for a STEP_FUNCTIONS task type. */
    struct awsc_ssm_maintenance_window_step_functions_parameters *step_functions;
    /* Lambda: The parameters for a LAMBDA task type. */
    struct awsc_ssm_maintenance_window_lambda_parameters *lambda;
};

/*
 * Defines the values for a task parameter.
 */
struct awsc_ssm_maintenance_window_task_parameter_value_expression {
    /* Values: This field contains an array of 0 or more strings, each 1 to 255
     * characters in length. */
    struct awsc_ssm_patch_id_list values;
};

/*
 * The specified policy document is malformed or invalid, or excessive
 * PutResourcePolicy or DeleteResourcePolicy calls have been made.
 */
struct awsc_ssm_malformed_resource_policy_document_exception {
    /* Message: */
    const char *message;
};

/*
 * The size limit of a document is 64 KB.
 */
struct awsc_ssm_max_document_size_exceeded {
    /* Message: */
    const char *message;
};

/*
 * Metadata to assign to an Application Manager application.
 */
struct awsc_ssm_metadata_value {
    /* Value: Metadata value to assign to an Application Manager application. */
    const char *value;
};

/* ModifyDocumentPermissionRequest */
struct awsc_ssm_modify_document_permission_input {
    /* Name: The name of the document that you want to share. Required. */
    const char *name;
    /* PermissionType: The permission type for the document. The permission type
     * can be Share . Required. One of enum awsc_ssm_document_permission_type's
     * values (as its string). */
    const char *permission_type;
    /* AccountIdsToAdd: The Amazon Web Services users that should have access to
     * the document. The account IDs can either be a group of account IDs or All . */
    struct awsc_ssm_patch_id_list account_ids_to_add;
    /* AccountIdsToRemove: The Amazon Web Services users that should no longer have
     * access to the document. The Amazon Web Services user can either be a group
     * of account IDs or All . */
    struct awsc_ssm_patch_id_list account_ids_to_remove;
    /* SharedDocumentVersion: (Optional) The version of the document to share. If
     * it isn't specified, the system choose the Default version to share. */
    const char *shared_document_version;
};

/* ModifyDocumentPermissionResponse */
struct awsc_ssm_modify_document_permission_output {
    char unused_; /* no members */
};

/*
 * The requested operation is no longer supported by Systems Manager.
 */
struct awsc_ssm_no_longer_supported_exception {
    /* Message: */
    const char *message;
};

/*
 * Details about an individual managed node.
 */
struct awsc_ssm_node {
    /* CaptureTime: The UTC timestamp for when the managed node data was last
     * captured. */
    bool has_capture_time;
    struct awsc_timestamp capture_time;
    /* Id: The ID of the managed node. */
    const char *id;
    /* Owner: Information about the ownership of the managed node. */
    struct awsc_ssm_node_owner_info *owner;
    /* Region: The Amazon Web Services Region that a managed node was created in or
     * assigned to. */
    const char *region;
    /* NodeType: Information about the type of node. */
    struct awsc_ssm_node_type *node_type;
};

/*
 * One or more aggregators for viewing counts of nodes using different
 * dimensions.
 */
struct awsc_ssm_node_aggregator {
    /* AggregatorType: The aggregator type for limiting a node summary. Currently,
     * only Count is supported. Required. One of enum
     * awsc_ssm_node_aggregator_type's values (as its string). */
    const char *aggregator_type;
    /* TypeName: The data type name to use for viewing counts of nodes. Currently,
     * only Instance is supported. Required. One of enum awsc_ssm_node_type_name's
     * values (as its string). */
    const char *type_name;
    /* AttributeName: The name of a node attribute on which to limit the count of
     * nodes. Required. One of enum awsc_ssm_node_attribute_name's values (as its
     * string). */
    const char *attribute_name;
    /* Aggregators: Information about aggregators used to refine a node summary. */
    struct awsc_ssm_node_aggregator_list aggregators;
};

/*
 * The filters for the operation.
 */
struct awsc_ssm_node_filter {
    /* Key: The name of the filter. Required. One of enum
     * awsc_ssm_node_filter_key's values (as its string). */
    const char *key;
    /* Values: A filter value supported by the specified key. For example, for the
     * key PlatformType , supported values include Linux and Windows . Required. */
    struct awsc_ssm_patch_id_list values;
    /* Type: The type of filter operator. One of enum
     * awsc_ssm_node_filter_operator_type's values (as its string). */
    const char *type;
};

/*
 * Information about ownership of a managed node.
 */
struct awsc_ssm_node_owner_info {
    /* AccountId: The ID of the Amazon Web Services account that owns the managed
     * node. */
    const char *account_id;
    /* OrganizationalUnitId: The ID of the organization unit (OU) that the account
     * is part of. */
    const char *organizational_unit_id;
    /* OrganizationalUnitPath: The path for the organizational unit (OU) that owns
     * the managed node. The path for the OU is built using the IDs of the
     * organization, root, and all OUs in the path down to and including the OU. */
    const char *organizational_unit_path;
};

/*
 * Information about a managed node's type.
 */
struct awsc_ssm_node_type {
    /* Instance: Information about a specific managed node. */
    struct awsc_ssm_instance_info *instance;
};

/*
 * A summary of resources that aren't compliant. The summary is organized
 * according to resource type.
 */
struct awsc_ssm_non_compliant_summary {
    /* NonCompliantCount: The total number of compliance items that aren't
     * compliant. */
    bool has_non_compliant_count;
    int32_t non_compliant_count;
    /* SeveritySummary: A summary of the non-compliance severity by compliance type */
    struct awsc_ssm_severity_summary *severity_summary;
};

/*
 * Configurations for sending notifications.
 */
struct awsc_ssm_notification_config {
    /* NotificationArn: An Amazon Resource Name (ARN) for an Amazon Simple
     * Notification Service (Amazon SNS) topic. Run Command pushes notifications
     * about command status changes to this topic. */
    const char *notification_arn;
    /* NotificationEvents: The different events for which you can receive
     * notifications. To learn more about these events, see Monitoring Systems
     * Manager status changes using Amazon SNS notifications in the Amazon Web
     * Services ... */
    struct awsc_ssm_patch_id_list notification_events;
    /* NotificationType: The type of notification. Command : Receive notification
     * when the status of a command changes. One of enum
     * awsc_ssm_notification_type's values (as its string). */
    const char *notification_type;
};

/*
 * One or more aggregators for viewing counts of OpsData using different
 * dimensions such as Source , CreatedTime , or Source and CreatedTime , to
 * name a few.
 */
struct awsc_ssm_ops_aggregator {
    /* AggregatorType: Either a Range or Count aggregator for limiting an OpsData
     * summary. */
    const char *aggregator_type;
    /* TypeName: The data type name to use for viewing counts of OpsData. */
    const char *type_name;
    /* AttributeName: The name of an OpsData attribute on which to limit the count
     * of OpsData. */
    const char *attribute_name;
    /* Values: The aggregator value. */
    struct awsc_ssm_normal_string_map values;
    /* Filters: The aggregator filters. */
    struct awsc_ssm_ops_filter_list filters;
    /* Aggregators: A nested aggregator for viewing counts of OpsData. */
    struct awsc_ssm_ops_aggregator_list aggregators;
};

/*
 * The result of the query.
 */
struct awsc_ssm_ops_entity {
    /* Id: The query ID. */
    const char *id;
    /* Data: The data returned by the query. */
    struct awsc_ssm_ops_entity_item_map data;
};

/*
 * The OpsData summary.
 */
struct awsc_ssm_ops_entity_item {
    /* CaptureTime: The time the OpsData was captured. */
    const char *capture_time;
    /* Content: The details of an OpsData summary. */
    struct awsc_ssm_inventory_item_entry_list content;
};

/*
 * A filter for viewing OpsData summaries.
 */
struct awsc_ssm_ops_filter {
    /* Key: The name of the filter. Required. */
    const char *key;
    /* Values: The filter value. Required. */
    struct awsc_ssm_patch_id_list values;
    /* Type: The type of filter. One of enum awsc_ssm_ops_filter_operator_type's
     * values (as its string). */
    const char *type;
};

/*
 * Operations engineers and IT professionals use Amazon Web Services Systems
 * Manager OpsCenter to view, investigate, and remediate operational work items
 * (OpsItems) impacting the performance and health of their Amazon Web Services
 * resources.
 */
struct awsc_ssm_ops_item {
    /* CreatedBy: The ARN of the Amazon Web Services account that created the
     * OpsItem. */
    const char *created_by;
    /* OpsItemType: The type of OpsItem. Systems Manager supports the following
     * types of OpsItems: /aws/issue */
    const char *ops_item_type;
    /* CreatedTime: The date and time the OpsItem was created. */
    bool has_created_time;
    struct awsc_timestamp created_time;
    /* Description: The OpsItem description. */
    const char *description;
    /* LastModifiedBy: The ARN of the Amazon Web Services account that last updated
     * the OpsItem. */
    const char *last_modified_by;
    /* LastModifiedTime: The date and time the OpsItem was last updated. */
    bool has_last_modified_time;
    struct awsc_timestamp last_modified_time;
    /* Notifications: The Amazon Resource Name (ARN) of an Amazon Simple
     * Notification Service (Amazon SNS) topic where notifications are sent when
     * this OpsItem is edited or changed. */
    struct awsc_ssm_ops_item_notifications notifications;
    /* Priority: The importance of this OpsItem in relation to other OpsItems in
     * the system. */
    bool has_priority;
    int32_t priority;
    /* RelatedOpsItems: One or more OpsItems that share something in common with
     * the current OpsItem. */
    struct awsc_ssm_related_ops_items related_ops_items;
    /* Status: The OpsItem status. For more information, see Editing OpsItem
     * details in the Amazon Web Services Systems Manager User Guide . One of enum
     * awsc_ssm_ops_item_status's values (as its string). */
    const char *status;
    /* OpsItemId: The ID of the OpsItem. */
    const char *ops_item_id;
    /* Version: The version of this OpsItem. Each time the OpsItem is edited the
     * version number increments by one. */
    const char *version;
    /* Title: A short heading that describes the nature of the OpsItem and the
     * impacted resource. */
    const char *title;
    /* Source: The origin of the OpsItem, such as Amazon EC2 or Systems Manager.
     * The impacted resource is a subset of source. */
    const char *source;
    /* OperationalData: Operational data is custom data that provides useful
     * reference details about the OpsItem. */
    struct awsc_ssm_ops_item_operational_data operational_data;
    /* Category: An OpsItem category. Category options include: Availability, Cost,
     * Performance, Recovery, Security. */
    const char *category;
    /* Severity: The severity of the OpsItem. Severity options range from 1 to 4. */
    const char *severity;
    /* ActualStartTime: The time a runbook workflow started. Currently reported
     * only for the OpsItem type /aws/changerequest . */
    bool has_actual_start_time;
    struct awsc_timestamp actual_start_time;
    /* ActualEndTime: The time a runbook workflow ended. Currently reported only
     * for the OpsItem type /aws/changerequest . */
    bool has_actual_end_time;
    struct awsc_timestamp actual_end_time;
    /* PlannedStartTime: The time specified in a change request for a runbook
     * workflow to start. Currently supported only for the OpsItem type
     * /aws/changerequest . */
    bool has_planned_start_time;
    struct awsc_timestamp planned_start_time;
    /* PlannedEndTime: The time specified in a change request for a runbook
     * workflow to end. Currently supported only for the OpsItem type
     * /aws/changerequest . */
    bool has_planned_end_time;
    struct awsc_timestamp planned_end_time;
    /* OpsItemArn: The OpsItem Amazon Resource Name (ARN). */
    const char *ops_item_arn;
};

/*
 * You don't have permission to view OpsItems in the specified account. Verify
 * that your account is configured either as a Systems Manager delegated
 * administrator or that you are logged into the Organizations management
 * account.
 */
struct awsc_ssm_ops_item_access_denied_exception {
    /* Message: */
    const char *message;
};

/*
 * The OpsItem already exists.
 */
struct awsc_ssm_ops_item_already_exists_exception {
    /* Message: */
    const char *message;
    /* OpsItemId: */
    const char *ops_item_id;
};

/*
 * The specified OpsItem is in the process of being deleted.
 */
struct awsc_ssm_ops_item_conflict_exception {
    /* Message: */
    const char *message;
};

/*
 * An object that defines the value of the key and its type in the
 * OperationalData map.
 */
struct awsc_ssm_ops_item_data_value {
    /* Value: The value of the OperationalData key. */
    const char *value;
    /* Type: The type of key-value pair. Valid types include SearchableString and
     * String . One of enum awsc_ssm_ops_item_data_type's values (as its string). */
    const char *type;
};

/*
 * Describes a filter for a specific list of OpsItem events. You can filter
 * event information by using tags. You specify tags by using a key-value pair
 * mapping.
 */
struct awsc_ssm_ops_item_event_filter {
    /* Key: The name of the filter key. Currently, the only supported value is
     * OpsItemId . Required. One of enum awsc_ssm_ops_item_event_filter_key's
     * values (as its string). */
    const char *key;
    /* Values: The values for the filter, consisting of one or more OpsItem IDs.
     * Required. */
    struct awsc_ssm_patch_id_list values;
    /* Operator: The operator used by the filter call. Currently, the only
     * supported value is Equal . Required. One of enum
     * awsc_ssm_ops_item_event_filter_operator's values (as its string). */
    const char *operator_;
};

/*
 * Summary information about an OpsItem event or that associated an OpsItem
 * with a related item.
 */
struct awsc_ssm_ops_item_event_summary {
    /* OpsItemId: The ID of the OpsItem. */
    const char *ops_item_id;
    /* EventId: The ID of the OpsItem event. */
    const char *event_id;
    /* Source: The source of the OpsItem event. */
    const char *source;
    /* DetailType: The type of information provided as a detail. */
    const char *detail_type;
    /* Detail: Specific information about the OpsItem event. */
    const char *detail;
    /* CreatedBy: Information about the user or resource that created the OpsItem
     * event. */
    struct awsc_ssm_ops_item_identity *created_by;
    /* CreatedTime: The date and time the OpsItem event was created. */
    bool has_created_time;
    struct awsc_timestamp created_time;
};

/*
 * Describes an OpsItem filter.
 */
struct awsc_ssm_ops_item_filter {
    /* Key: The name of the filter. Required. One of enum
     * awsc_ssm_ops_item_filter_key's values (as its string). */
    const char *key;
    /* Values: The filter value. Required. */
    struct awsc_ssm_patch_id_list values;
    /* Operator: The operator used by the filter call. Required. One of enum
     * awsc_ssm_ops_item_filter_operator's values (as its string). */
    const char *operator_;
};

/*
 * Information about the user or resource that created an OpsItem event.
 */
struct awsc_ssm_ops_item_identity {
    /* Arn: The Amazon Resource Name (ARN) of the IAM entity that created the
     * OpsItem event. */
    const char *arn;
};

/*
 * A specified parameter argument isn't valid. Verify the available arguments
 * and try again.
 */
struct awsc_ssm_ops_item_invalid_parameter_exception {
    /* ParameterNames: */
    struct awsc_ssm_patch_id_list parameter_names;
    /* Message: */
    const char *message;
};

/*
 * The request caused OpsItems to exceed one or more quotas.
 */
struct awsc_ssm_ops_item_limit_exceeded_exception {
    /* ResourceTypes: */
    struct awsc_ssm_patch_id_list resource_types;
    /* Limit: */
    bool has_limit;
    int32_t limit;
    /* LimitType: */
    const char *limit_type;
    /* Message: */
    const char *message;
};

/*
 * The specified OpsItem ID doesn't exist. Verify the ID and try again.
 */
struct awsc_ssm_ops_item_not_found_exception {
    /* Message: */
    const char *message;
};

/*
 * A notification about the OpsItem.
 */
struct awsc_ssm_ops_item_notification {
    /* Arn: The Amazon Resource Name (ARN) of an Amazon Simple Notification Service
     * (Amazon SNS) topic where notifications are sent when this OpsItem is edited
     * or changed. */
    const char *arn;
};

/*
 * The Amazon Resource Name (ARN) is already associated with the OpsItem.
 */
struct awsc_ssm_ops_item_related_item_already_exists_exception {
    /* Message: */
    const char *message;
    /* ResourceUri: */
    const char *resource_uri;
    /* OpsItemId: */
    const char *ops_item_id;
};

/*
 * The association wasn't found using the parameters you specified in the call.
 * Verify the information and try again.
 */
struct awsc_ssm_ops_item_related_item_association_not_found_exception {
    /* Message: */
    const char *message;
};

/*
 * Summary information about related-item resources for an OpsItem.
 */
struct awsc_ssm_ops_item_related_item_summary {
    /* OpsItemId: The OpsItem ID. */
    const char *ops_item_id;
    /* AssociationId: The association ID. */
    const char *association_id;
    /* ResourceType: The resource type. */
    const char *resource_type;
    /* AssociationType: The association type. */
    const char *association_type;
    /* ResourceUri: The Amazon Resource Name (ARN) of the related-item resource. */
    const char *resource_uri;
    /* CreatedBy: */
    struct awsc_ssm_ops_item_identity *created_by;
    /* CreatedTime: The time the related-item association was created. */
    bool has_created_time;
    struct awsc_timestamp created_time;
    /* LastModifiedBy: */
    struct awsc_ssm_ops_item_identity *last_modified_by;
    /* LastModifiedTime: The time the related-item association was last updated. */
    bool has_last_modified_time;
    struct awsc_timestamp last_modified_time;
};

/*
 * Describes a filter for a specific list of related-item resources.
 */
struct awsc_ssm_ops_item_related_items_filter {
    /* Key: The name of the filter key. Supported values include ResourceUri ,
     * ResourceType , or AssociationId . Required. One of enum
     * awsc_ssm_ops_item_related_items_filter_key's values (as its string). */
    const char *key;
    /* Values: The values for the filter. Required. */
    struct awsc_ssm_patch_id_list values;
    /* Operator: The operator used by the filter call. The only supported operator
     * is EQUAL . Required. One of enum
     * awsc_ssm_ops_item_related_items_filter_operator's values (as its string). */
    const char *operator_;
};

/*
 * A count of OpsItems.
 */
struct awsc_ssm_ops_item_summary {
    /* CreatedBy: The Amazon Resource Name (ARN) of the IAM entity that created the
     * OpsItem. */
    const char *created_by;
    /* CreatedTime: The date and time the OpsItem was created. */
    bool has_created_time;
    struct awsc_timestamp created_time;
    /* LastModifiedBy: The Amazon Resource Name (ARN) of the IAM entity that
     * created the OpsItem. */
    const char *last_modified_by;
    /* LastModifiedTime: The date and time the OpsItem was last updated. */
    bool has_last_modified_time;
    struct awsc_timestamp last_modified_time;
    /* Priority: The importance of this OpsItem in relation to other OpsItems in
     * the system. */
    bool has_priority;
    int32_t priority;
    /* Source: The impacted Amazon Web Services resource. */
    const char *source;
    /* Status: The OpsItem status. One of enum awsc_ssm_ops_item_status's values
     * (as its string). */
    const char *status;
    /* OpsItemId: The ID of the OpsItem. */
    const char *ops_item_id;
    /* Title: A short heading that describes the nature of the OpsItem and the
     * impacted resource. */
    const char *title;
    /* OperationalData: Operational data is custom data that provides useful
     * reference details about the OpsItem. */
    struct awsc_ssm_ops_item_operational_data operational_data;
    /* Category: A list of OpsItems by category. */
    const char *category;
    /* Severity: A list of OpsItems by severity. */
    const char *severity;
    /* OpsItemType: The type of OpsItem. Systems Manager supports the following
     * types of OpsItems: /aws/issue */
    const char *ops_item_type;
    /* ActualStartTime: The time a runbook workflow started. Currently reported
     * only for the OpsItem type /aws/changerequest . */
    bool has_actual_start_time;
    struct awsc_timestamp actual_start_time;
    /* ActualEndTime: The time a runbook workflow ended. Currently reported only
     * for the OpsItem type /aws/changerequest . */
    bool has_actual_end_time;
    struct awsc_timestamp actual_end_time;
    /* PlannedStartTime: The time specified in a change request for a runbook
     * workflow to start. Currently supported only for the OpsItem type
     * /aws/changerequest . */
    bool has_planned_start_time;
    struct awsc_timestamp planned_start_time;
    /* PlannedEndTime: The time specified in a change request for a runbook
     * workflow to end. Currently supported only for the OpsItem type
     * /aws/changerequest . */
    bool has_planned_end_time;
    struct awsc_timestamp planned_end_time;
};

/*
 * Operational metadata for an application in Application Manager.
 */
struct awsc_ssm_ops_metadata {
    /* ResourceId: The ID of the Application Manager application. */
    const char *resource_id;
    /* OpsMetadataArn: The Amazon Resource Name (ARN) of the OpsMetadata Object or
     * blob. */
    const char *ops_metadata_arn;
    /* LastModifiedDate: The date the OpsMetadata object was last updated. */
    bool has_last_modified_date;
    struct awsc_timestamp last_modified_date;
    /* LastModifiedUser: The user name who last updated the OpsMetadata object. */
    const char *last_modified_user;
    /* CreationDate: The date the OpsMetadata objects was created. */
    bool has_creation_date;
    struct awsc_timestamp creation_date;
};

/*
 * An OpsMetadata object already exists for the selected resource.
 */
struct awsc_ssm_ops_metadata_already_exists_exception {
    /* message: */
    const char *message;
};

/*
 * A filter to limit the number of OpsMetadata objects displayed.
 */
struct awsc_ssm_ops_metadata_filter {
    /* Key: A filter key. Required. */
    const char *key;
    /* Values: A filter value. Required. */
    struct awsc_ssm_patch_id_list values;
};

/*
 * One of the arguments passed is invalid.
 */
struct awsc_ssm_ops_metadata_invalid_argument_exception {
    /* message: */
    const char *message;
};

/*
 * The OpsMetadata object exceeds the maximum number of OpsMetadata keys that
 * you can assign to an application in Application Manager.
 */
struct awsc_ssm_ops_metadata_key_limit_exceeded_exception {
    /* message: */
    const char *message;
};

/*
 * Your account reached the maximum number of OpsMetadata objects allowed by
 * Application Manager. The maximum is 200 OpsMetadata objects. Delete one or
 * more OpsMetadata object and try again.
 */
struct awsc_ssm_ops_metadata_limit_exceeded_exception {
    /* message: */
    const char *message;
};

/*
 * The OpsMetadata object doesn't exist.
 */
struct awsc_ssm_ops_metadata_not_found_exception {
    /* message: */
    const char *message;
};

/*
 * The system is processing too many concurrent updates. Wait a few moments and
 * try again.
 */
struct awsc_ssm_ops_metadata_too_many_updates_exception {
    /* message: */
    const char *message;
};

/*
 * The OpsItem data type to return.
 */
struct awsc_ssm_ops_result_attribute {
    /* TypeName: Name of the data type. Valid value: AWS:OpsItem ,
     * AWS:EC2InstanceInformation , AWS:OpsItemTrendline , or AWS:ComplianceSummary
     * . Required. */
    const char *type_name;
};

/*
 * Information about the source where the association execution details are
 * stored.
 */
struct awsc_ssm_output_source {
    /* OutputSourceId: The ID of the output source, for example the URL of an S3
     * bucket. */
    const char *output_source_id;
    /* OutputSourceType: The type of source where the association execution details
     * are stored, for example, Amazon S3. */
    const char *output_source_type;
};

/*
 * An Amazon Web Services Systems Manager parameter in Parameter Store.
 */
struct awsc_ssm_parameter {
    /* Name: The name of the parameter. */
    const char *name;
    /* Type: The type of parameter. Valid values include the following: String ,
     * StringList , and SecureString . One of enum awsc_ssm_parameter_type's values
     * (as its string). */
    const char *type;
    /* Value: The parameter value. If type is StringList , the system returns a
     * comma-separated string with no spaces between commas in the Value field. */
    const char *value;
    /* Version: The parameter version. */
    bool has_version;
    int64_t version;
    /* Selector: Either the version number or the label used to retrieve the
     * parameter value. Specify selectors by using one of the following formats: */
    const char *selector;
    /* SourceResult: Applies to parameters that reference information in other
     * Amazon Web Services services. SourceResult is the raw result or response
     * from the source. */
    const char *source_result;
    /* LastModifiedDate: Date the parameter was last changed or updated and the
     * parameter version was created. */
    bool has_last_modified_date;
    struct awsc_timestamp last_modified_date;
    /* ARN: The Amazon Resource Name (ARN) of the parameter. */
    const char *arn;
    /* DataType: The data type of the parameter, such as text or aws:ec2:image .
     * The default is text . */
    const char *data_type;
};

/*
 * The parameter already exists. You can't create duplicate parameters.
 */
struct awsc_ssm_parameter_already_exists {
    /* message: */
    const char *message;
};

/*
 * Information about parameter usage.
 */
struct awsc_ssm_parameter_history {
    /* Name: The name of the parameter. */
    const char *name;
    /* Type: The type of parameter used. One of enum awsc_ssm_parameter_type's
     * values (as its string). */
    const char *type;
    /* KeyId: The alias of the Key Management Service (KMS) key used to encrypt the
     * parameter. Applies to SecureString parameters only */
    const char *key_id;
    /* LastModifiedDate: Date the parameter was last changed or updated. */
    bool has_last_modified_date;
    struct awsc_timestamp last_modified_date;
    /* LastModifiedUser: Amazon Resource Name (ARN) of the Amazon Web Services user
     * who last changed the parameter. */
    const char *last_modified_user;
    /* Description: Information about the parameter. */
    const char *description;
    /* Value: The parameter value. */
    const char *value;
    /* AllowedPattern: Parameter names can include the following letters and
     * symbols. */
    const char *allowed_pattern;
    /* Version: The parameter version. */
    bool has_version;
    int64_t version;
    /* Labels: Labels assigned to the parameter version. */
    struct awsc_ssm_patch_id_list labels;
    /* Tier: The parameter tier. One of enum awsc_ssm_parameter_tier's values (as
     * its string). */
    const char *tier;
    /* Policies: Information about the policies assigned to a parameter. */
    struct awsc_ssm_parameter_policy_list policies;
    /* DataType: The data type of the parameter, such as text or aws:ec2:image .
     * The default is text . */
    const char *data_type;
};

/*
 * One or more policies assigned to a parameter.
 */
struct awsc_ssm_parameter_inline_policy {
    /* PolicyText: The JSON text of the policy. */
    const char *policy_text;
    /* PolicyType: The type of policy. Parameter Store, a tool in Amazon Web
     * Services Systems Manager, supports the following policy types: Expiration,
     * ExpirationNotification, and NoChangeNotification. */
    const char *policy_type;
    /* PolicyStatus: The status of the policy. Policies report the following
     * statuses: Pending (the policy hasn't been enforced or applied yet), Finished
     * (the policy was applied), Failed (the policy wasn't applied), or ... */
    const char *policy_status;
};

/*
 * You have exceeded the number of parameters for this Amazon Web Services
 * account. Delete one or more parameters and try again.
 */
struct awsc_ssm_parameter_limit_exceeded {
    /* message: */
    const char *message;
};

/*
 * Parameter Store retains the 100 most recently created versions of a
 * parameter. After this number of versions has been created, Parameter Store
 * deletes the oldest version when a new one is created.
 */
struct awsc_ssm_parameter_max_version_limit_exceeded {
    /* message: */
    const char *message;
};

/*
 * Metadata includes information like the Amazon Resource Name (ARN) of the
 * last user to update the parameter and the date and time the parameter was
 * last used.
 */
struct awsc_ssm_parameter_metadata {
    /* Name: The parameter name. */
    const char *name;
    /* ARN: The Amazon Resource Name (ARN) of the parameter. */
    const char *arn;
    /* Type: The type of parameter. Valid parameter types include the following:
     * String , StringList , and SecureString . One of enum
     * awsc_ssm_parameter_type's values (as its string). */
    const char *type;
    /* KeyId: The alias of the Key Management Service (KMS) key used to encrypt the
     * parameter. Applies to SecureString parameters only. */
    const char *key_id;
    /* LastModifiedDate: Date the parameter was last changed or updated. */
    bool has_last_modified_date;
    struct awsc_timestamp last_modified_date;
    /* LastModifiedUser: Amazon Resource Name (ARN) of the Amazon Web Services user
     * who last changed the parameter. */
    const char *last_modified_user;
    /* Description: Description of the parameter actions. */
    const char *description;
    /* AllowedPattern: A parameter name can include only the following letters and
     * symbols. */
    const char *allowed_pattern;
    /* Version: The parameter version. */
    bool has_version;
    int64_t version;
    /* Tier: The parameter tier. One of enum awsc_ssm_parameter_tier's values (as
     * its string). */
    const char *tier;
    /* Policies: A list of policies associated with a parameter. */
    struct awsc_ssm_parameter_policy_list policies;
    /* DataType: The data type of the parameter, such as text or aws:ec2:image .
     * The default is text . */
    const char *data_type;
};

/*
 * The parameter couldn't be found. Verify the name and try again. For the
 * DeleteParameter and GetParameter actions, if the specified parameter doesn't
 * exist, the ParameterNotFound exception is not recorded in CloudTrail event
 * logs.
 */
struct awsc_ssm_parameter_not_found {
    /* message: */
    const char *message;
};

/*
 * The parameter name isn't valid.
 */
struct awsc_ssm_parameter_pattern_mismatch_exception {
    /* message: The parameter name isn't valid. */
    const char *message;
};

/*
 * One or more filters. Use a filter to return a more specific list of results.
 */
struct awsc_ssm_parameter_string_filter {
    /* Key: The name of the filter. The ParameterStringFilter object is used by the
     * DescribeParameters and GetParametersByPath API operations. Required. */
    const char *key;
    /* Option: For all filters used with DescribeParameters , valid options include
     * Equals and BeginsWith . The Name filter additionally supports the Contains
     * option. */
    const char *option;
    /* Values: The value you want to search for. */
    struct awsc_ssm_patch_id_list values;
};

/*
 * A parameter version can have a maximum of ten labels.
 */
struct awsc_ssm_parameter_version_label_limit_exceeded {
    /* message: */
    const char *message;
};

/*
 * The specified parameter version wasn't found. Verify the parameter name and
 * version, and try again.
 */
struct awsc_ssm_parameter_version_not_found {
    /* message: */
    const char *message;
};

/*
 * This data type is deprecated. Instead, use ParameterStringFilter .
 */
struct awsc_ssm_parameters_filter {
    /* Key: The name of the filter. Required. One of enum
     * awsc_ssm_parameters_filter_key's values (as its string). */
    const char *key;
    /* Values: The filter values. Required. */
    struct awsc_ssm_patch_id_list values;
};

/*
 * A detailed status of the parent step.
 */
struct awsc_ssm_parent_step_details {
    /* StepExecutionId: The unique ID of a step execution. */
    const char *step_execution_id;
    /* StepName: The name of the step. */
    const char *step_name;
    /* Action: The name of the automation action. */
    const char *action;
    /* Iteration: The current repetition of the loop represented by an integer. */
    bool has_iteration;
    int32_t iteration;
    /* IteratorValue: The current value of the specified iterator in the loop. */
    const char *iterator_value;
};

/*
 * Represents metadata about a patch.
 */
struct awsc_ssm_patch {
    /* Id: The ID of the patch. Applies to Windows patches only. This ID isn't the
     * same as the Microsoft Knowledge Base ID. */
    const char *id;
    /* ReleaseDate: The date the patch was released. */
    bool has_release_date;
    struct awsc_timestamp release_date;
    /* Title: The title of the patch. */
    const char *title;
    /* Description: The description of the patch. */
    const char *description;
    /* ContentUrl: The URL where more information can be obtained about the patch. */
    const char *content_url;
    /* Vendor: The name of the vendor providing the patch. */
    const char *vendor;
    /* ProductFamily: The product family the patch is applicable for. For example,
     * Windows or Amazon Linux 2 . */
    const char *product_family;
    /* Product: The specific product the patch is applicable for. For example,
     * WindowsServer2016 or AmazonLinux2018.03 . */
    const char *product;
    /* Classification: The classification of the patch. For example,
     * SecurityUpdates , Updates , or CriticalUpdates . */
    const char *classification;
    /* MsrcSeverity: The severity of the patch, such as Critical , Important , or
     * Moderate . Applies to Windows patches only. */
    const char *msrc_severity;
    /* KbNumber: The Microsoft Knowledge Base ID of the patch. Applies to Windows
     * patches only. */
    const char *kb_number;
    /* MsrcNumber: The ID of the Microsoft Security Response Center (MSRC) bulletin
     * the patch is related to. For example, MS14-045 . Applies to Windows patches
     * only. */
    const char *msrc_number;
    /* Language: The language of the patch if it's language-specific. */
    const char *language;
    /* AdvisoryIds: The Advisory ID of the patch. For example, RHSA-2020:3779 .
     * Applies to Linux-based managed nodes only. */
    struct awsc_ssm_patch_id_list advisory_ids;
    /* BugzillaIds: The Bugzilla ID of the patch. For example, 1600646 . Applies to
     * Linux-based managed nodes only. */
    struct awsc_ssm_patch_id_list bugzilla_ids;
    /* CVEIds: The Common Vulnerabilities and Exposures (CVE) ID of the patch. For
     * example, CVE-2011-3192 . Applies to Linux-based managed nodes only. */
    struct awsc_ssm_patch_id_list cve_ids;
    /* Name: The name of the patch. Applies to Linux-based managed nodes only. */
    const char *name;
    /* Epoch: The epoch of the patch. For example in
     * pkg-example-EE-20180914-2.2.amzn1.noarch , the epoch value is 20180914-2 .
     * Applies to Linux-based managed nodes only. */
    bool has_epoch;
    int32_t epoch;
    /* Version: The version number of the patch. For example, in
     * example-pkg-1.710.10-2.7.abcd.x86_64 , the version number is indicated by -1
     * . Applies to Linux-based managed nodes only. */
    const char *version;
    /* Release: The particular release of a patch. For example, in
     * pkg-example-EE-20180914-2.2.amzn1.noarch , the release is 2.amaz1 . Applies
     * to Linux-based managed nodes only. */
    const char *release;
    /* Arch: The architecture of the patch. For example, in
     * example-pkg-0.710.10-2.7.abcd.x86_64 , the architecture is indicated by
     * x86_64 . Applies to Linux-based managed nodes only. */
    const char *arch;
    /* Severity: The severity level of the patch. For example, CRITICAL or MODERATE
     * . */
    const char *severity;
    /* Repository: The source patch repository for the operating system and
     * version, such as trusty-security for Ubuntu Server 14.04 LTE and
     * focal-security for Ubuntu Server 20.04 LTE. */
    const char *repository;
};

/*
 * Defines the basic information about a patch baseline.
 */
struct awsc_ssm_patch_baseline_identity {
    /* BaselineId: The ID of the patch baseline. */
    const char *baseline_id;
    /* BaselineName: The name of the patch baseline. */
    const char *baseline_name;
    /* OperatingSystem: Defines the operating system the patch baseline applies to.
     * The default value is WINDOWS . One of enum awsc_ssm_operating_system's
     * values (as its string). */
    const char *operating_system;
    /* BaselineDescription: The description of the patch baseline. */
    const char *baseline_description;
    /* DefaultBaseline: Indicates whether this is the default baseline. Amazon Web
     * Services Systems Manager supports creating multiple default patch baselines. */
    bool has_default_baseline;
    bool default_baseline;
};

/*
 * Information about the state of a patch on a particular managed node as it
 * relates to the patch baseline used to patch the node.
 */
struct awsc_ssm_patch_compliance_data {
    /* Title: The title of the patch. Required. */
    const char *title;
    /* KBId: The operating system-specific ID of the patch. Required. */
    const char *kb_id;
    /* Classification: The classification of the patch, such as SecurityUpdates ,
     * Updates , and CriticalUpdates . Required. */
    const char *classification;
    /* Severity: The severity of the patch such as Critical , Important , and
     * Moderate . Required. */
    const char *severity;
    /* State: The state of the patch on the managed node, such as INSTALLED or
     * FAILED. Required. One of enum awsc_ssm_patch_compliance_data_state's values
     * (as its string). */
    const char *state;
    /* InstalledTime: The date/time the patch was installed on the managed node.
     * Not all operating systems provide this level of information. Required. */
    bool has_installed_time;
    struct awsc_timestamp installed_time;
    /* CVEIds: The IDs of one or more Common Vulnerabilities and Exposure (CVE)
     * issues that are resolved by the patch. Currently, CVE ID values are reported
     * only for patches with a status of Missing or Failed . */
    const char *cve_ids;
};

/*
 * Defines which patches should be included in a patch baseline.
 */
struct awsc_ssm_patch_filter {
    /* Key: The key for the filter. Run the DescribePatchProperties command to view
     * lists of valid keys for each operating system type. Required. One of enum
     * awsc_ssm_patch_filter_key's values (as its string). */
    const char *key;
    /* Values: The value for the filter key. Run the DescribePatchProperties
     * command to view lists of valid values for each key based on operating system
     * type. Required. */
    struct awsc_ssm_patch_id_list values;
};

/*
 * A set of patch filters, typically used for approval rules.
 */
struct awsc_ssm_patch_filter_group {
    /* PatchFilters: The set of patch filters that make up the group. Required. */
    struct awsc_ssm_patch_filter_list patch_filters;
};

/*
 * The mapping between a patch group and the patch baseline the patch group is
 * registered with.
 */
struct awsc_ssm_patch_group_patch_baseline_mapping {
    /* PatchGroup: The name of the patch group registered with the patch baseline. */
    const char *patch_group;
    /* BaselineIdentity: The patch baseline the patch group is registered with. */
    struct awsc_ssm_patch_baseline_identity *baseline_identity;
};

/*
 * Defines a filter used in Patch Manager APIs. Supported filter keys depend on
 * the API operation that includes the filter. Patch Manager API operations
 * that use PatchOrchestratorFilter include the following:
 * DescribeAvailablePatches DescribeInstancePatches DescribePatchBaselines
 * DescribePatchGroups
 */
struct awsc_ssm_patch_orchestrator_filter {
    /* Key: The key for the filter. */
    const char *key;
    /* Values: The value for the filter. */
    struct awsc_ssm_patch_id_list values;
};

/*
 * Defines an approval rule for a patch baseline.
 */
struct awsc_ssm_patch_rule {
    /* PatchFilterGroup: The patch filter group that defines the criteria for the
     * rule. Required. */
    struct awsc_ssm_patch_filter_group *patch_filter_group;
    /* ComplianceLevel: A compliance severity level for all approved patches in a
     * patch baseline. One of enum awsc_ssm_patch_compliance_level's values (as its
     * string). */
    const char *compliance_level;
    /* ApproveAfterDays: The number of days after the release date of each patch
     * matched by the rule that the patch is marked as approved in the patch
     * baseline. */
    bool has_approve_after_days;
    int32_t approve_after_days;
    /* ApproveUntilDate: The cutoff date for auto approval of released patches. Any
     * patches released on or before this date are installed automatically. */
    const char *approve_until_date;
    /* EnableNonSecurity: For managed nodes identified by the approval rule
     * filters, enables a patch baseline to apply non-security updates available in
     * the specified repository. The default value is false . */
    bool has_enable_non_security;
    bool enable_non_security;
};

/*
 * A set of rules defining the approval rules for a patch baseline.
 */
struct awsc_ssm_patch_rule_group {
    /* PatchRules: The rules that make up the rule group. Required. */
    struct awsc_ssm_patch_rule_list patch_rules;
};

/*
 * Information about the patches to use to update the managed nodes, including
 * target operating systems and source repository. Applies to Linux managed
 * nodes only.
 */
struct awsc_ssm_patch_source {
    /* Name: The name specified to identify the patch source. Required. */
    const char *name;
    /* Products: The specific operating system versions a patch repository applies
     * to, such as "Ubuntu16.04", "AmazonLinux2016.09", "RedhatEnterpriseLinux7.2"
     * or "Suse12.7". Required. */
    struct awsc_ssm_patch_id_list products;
    /* Configuration: The value of the repo configuration. Example for yum
     * repositories [main] name=MyCustomRepository
     * baseurl=https://my-custom-repository enabled=1 For information about other
     * options available for your ... Required. */
    const char *configuration;
};

/*
 * Information about the approval status of a patch.
 */
struct awsc_ssm_patch_status {
    /* DeploymentStatus: The approval status of a patch. One of enum
     * awsc_ssm_patch_deployment_status's values (as its string). */
    const char *deployment_status;
    /* ComplianceLevel: The compliance severity level for a patch. One of enum
     * awsc_ssm_patch_compliance_level's values (as its string). */
    const char *compliance_level;
    /* ApprovalDate: The date the patch was approved (or will be approved if the
     * status is PENDING_APPROVAL ). */
    bool has_approval_date;
    struct awsc_timestamp approval_date;
};

/*
 * You specified more than the maximum number of allowed policies for the
 * parameter. The maximum is 10.
 */
struct awsc_ssm_policies_limit_exceeded_exception {
    /* message: */
    const char *message;
};

/*
 * An aggregate of step execution statuses displayed in the Amazon Web Services
 * Systems Manager console for a multi-Region and multi-account Automation
 * execution.
 */
struct awsc_ssm_progress_counters {
    /* TotalSteps: The total number of steps run in all specified Amazon Web
     * Services Regions and Amazon Web Services accounts for the current Automation
     * execution. */
    bool has_total_steps;
    int32_t total_steps;
    /* SuccessSteps: The total number of steps that successfully completed in all
     * specified Amazon Web Services Regions and Amazon Web Services accounts for
     * the current Automation execution. */
    bool has_success_steps;
    int32_t success_steps;
    /* FailedSteps: The total number of steps that failed to run in all specified
     * Amazon Web Services Regions and Amazon Web Services accounts for the current
     * Automation execution. */
    bool has_failed_steps;
    int32_t failed_steps;
    /* CancelledSteps: The total number of steps that the system cancelled in all
     * specified Amazon Web Services Regions and Amazon Web Services accounts for
     * the current Automation execution. */
    bool has_cancelled_steps;
    int32_t cancelled_steps;
    /* TimedOutSteps: The total number of steps that timed out in all specified
     * Amazon Web Services Regions and Amazon Web Services accounts for the current
     * Automation execution. */
    bool has_timed_out_steps;
    int32_t timed_out_steps;
};

/* PutComplianceItemsRequest */
struct awsc_ssm_put_compliance_items_input {
    /* ResourceId: Specify an ID for this resource. For a managed node, this is the
     * node ID. Required. */
    const char *resource_id;
    /* ResourceType: Specify the type of resource. ManagedInstance is currently the
     * only supported resource type. Required. */
    const char *resource_type;
    /* ComplianceType: Specify the compliance type. For example, specify
     * Association (for a State Manager association), Patch, or Custom: string .
     * Required. */
    const char *compliance_type;
    /* ExecutionSummary: A summary of the call execution that includes an execution
     * ID, the type of execution (for example, Command ), and the date/time of the
     * execution using a datetime object that is saved in the following ...
     * Required. */
    struct awsc_ssm_compliance_execution_summary *execution_summary;
    /* Items: Information about the compliance as defined by the resource type. For
     * example, for a patch compliance type, Items includes information about the
     * PatchSeverity, Classification, and so on. Required. */
    struct awsc_ssm_compliance_item_entry_list items;
    /* ItemContentHash: MD5 or SHA-256 content hash. The content hash is used to
     * determine if existing information should be overwritten or ignored. */
    const char *item_content_hash;
    /* UploadType: The mode for uploading compliance items. You can specify
     * COMPLETE or PARTIAL . In COMPLETE mode, the system overwrites all existing
     * compliance information for the resource. One of enum
     * awsc_ssm_compliance_upload_type's values (as its string). */
    const char *upload_type;
};

/* PutComplianceItemsResult */
struct awsc_ssm_put_compliance_items_output {
    char unused_; /* no members */
};

/* PutInventoryRequest */
struct awsc_ssm_put_inventory_input {
    /* InstanceId: An managed node ID where you want to add or update inventory
     * items. Required. */
    const char *instance_id;
    /* Items: The inventory items that you want to add or update on managed nodes.
     * Required. */
    struct awsc_ssm_inventory_item_list items;
};

/* PutInventoryResult */
struct awsc_ssm_put_inventory_output {
    /* Message: Information about the request. */
    const char *message;
};

/* PutParameterRequest */
struct awsc_ssm_put_parameter_input {
    /* Name: The fully qualified name of the parameter that you want to create or
     * update. You can't enter the Amazon Resource Name (ARN) for a parameter, only
     * the parameter name itself. Required. */
    const char *name;
    /* Description: Information about the parameter that you want to add to the
     * system. Optional but recommended. Don't enter personally identifiable
     * information in this field. */
    const char *description;
    /* Value: The parameter value that you want to add to the system. Standard
     * parameters have a value limit of 4 KB. Advanced parameters have a value
     * limit of 8 KB. Required. */
    const char *value;
    /* Type: The type of parameter that you want to create. SecureString isn't
     * currently supported for CloudFormation templates. Items in a StringList must
     * be separated by a comma (,). One of enum awsc_ssm_parameter_type's values
     * (as its string). */
    const char *type;
    /* KeyId: The Key Management Service (KMS) ID that you want to use to encrypt a
     * parameter. Use a custom key for better security. Required for parameters
     * that use the SecureString data type. */
    const char *key_id;
    /* Overwrite: Overwrite an existing parameter. The default value is false . */
    bool has_overwrite;
    bool overwrite;
    /* AllowedPattern: A regular expression used to validate the parameter value.
     * For example, for String types with values restricted to numbers, you can
     * specify the following: AllowedPattern=^\d+$ */
    const char *allowed_pattern;
    /* Tags: Optional metadata that you assign to a resource. Tags enable you to
     * categorize a resource in different ways, such as by purpose, owner, or
     * environment. */
    struct awsc_ssm_tag_list tags;
    /* Tier: The parameter tier to assign to a parameter. One of enum
     * awsc_ssm_parameter_tier's values (as its string). */
    const char *tier;
    /* Policies: One or more policies to apply to a parameter. This operation takes
     * a JSON array. Parameter Store, a tool in Amazon Web Services Systems Manager
     * supports the following policy types: */
    const char *policies;
    /* DataType: The data type for a String parameter. Supported data types include
     * plain text and Amazon Machine Image (AMI) IDs. */
    const char *data_type;
};

/* PutParameterResult */
struct awsc_ssm_put_parameter_output {
    /* Version: The new version number of a parameter. If you edit a parameter
     * value, Parameter Store automatically creates a new version and assigns this
     * new version a unique ID. */
    bool has_version;
    int64_t version;
    /* Tier: The tier assigned to the parameter. One of enum
     * awsc_ssm_parameter_tier's values (as its string). */
    const char *tier;
};

/* PutResourcePolicyRequest */
struct awsc_ssm_put_resource_policy_input {
    /* ResourceArn: Amazon Resource Name (ARN) of the resource to which you want to
     * attach a policy. Required. */
    const char *resource_arn;
    /* Policy: A policy you want to associate with a resource. Required. */
    const char *policy;
    /* PolicyId: The policy ID. */
    const char *policy_id;
    /* PolicyHash: ID of the current policy version. The hash helps to prevent a
     * situation where multiple users attempt to overwrite a policy. You must
     * provide this hash when updating or deleting a policy. */
    const char *policy_hash;
};

/* PutResourcePolicyResponse */
struct awsc_ssm_put_resource_policy_output {
    /* PolicyId: The policy ID. To update a policy, you must specify PolicyId and
     * PolicyHash . */
    const char *policy_id;
    /* PolicyHash: ID of the current policy version. */
    const char *policy_hash;
};

/* RegisterDefaultPatchBaselineRequest */
struct awsc_ssm_register_default_patch_baseline_input {
    /* BaselineId: The ID of the patch baseline that should be the default patch
     * baseline. Required. */
    const char *baseline_id;
};

/* RegisterDefaultPatchBaselineResult */
struct awsc_ssm_register_default_patch_baseline_output {
    /* BaselineId: The ID of the default patch baseline. */
    const char *baseline_id;
};

/* RegisterPatchBaselineForPatchGroupRequest */
struct awsc_ssm_register_patch_baseline_for_patch_group_input {
    /* BaselineId: The ID of the patch baseline to register with the patch group.
     * Required. */
    const char *baseline_id;
    /* PatchGroup: The name of the patch group to be registered with the patch
     * baseline. Required. */
    const char *patch_group;
};

/* RegisterPatchBaselineForPatchGroupResult */
struct awsc_ssm_register_patch_baseline_for_patch_group_output {
    /* BaselineId: The ID of the patch baseline the patch group was registered
     * with. */
    const char *baseline_id;
    /* PatchGroup: The name of the patch group registered with the patch baseline. */
    const char *patch_group;
};

/* RegisterTargetWithMaintenanceWindowRequest */
struct awsc_ssm_register_target_with_maintenance_window_input {
    /* WindowId: The ID of the maintenance window the target should be registered
     * with. Required. */
    const char *window_id;
    /* ResourceType: The type of target being registered with the maintenance
     * window. Required. One of enum awsc_ssm_maintenance_window_resource_type's
     * values (as its string). */
    const char *resource_type;
    /* Targets: The targets to register with the maintenance window. In other
     * words, the managed nodes to run commands on when the maintenance window
     * runs. Required. */
    struct awsc_ssm_targets targets;
    /* OwnerInformation: User-provided value that will be included in any Amazon
     * CloudWatch Events events raised while running tasks for these targets in
     * this maintenance window. */
    const char *owner_information;
    /* Name: An optional name for the target. */
    const char *name;
    /* Description: An optional description for the target. */
    const char *description;
    /* ClientToken: User-provided idempotency token. */
    const char *client_token;
};

/* RegisterTargetWithMaintenanceWindowResult */
struct awsc_ssm_register_target_with_maintenance_window_output {
    /* WindowTargetId: The ID of the target definition in this maintenance window. */
    const char *window_target_id;
};

/* RegisterTaskWithMaintenanceWindowRequest */
struct awsc_ssm_register_task_with_maintenance_window_input {
    /* WindowId: The ID of the maintenance window the task should be added to.
     * Required. */
    const char *window_id;
    /* Targets: The targets (either managed nodes or maintenance window targets).
     * One or more targets must be specified for maintenance window Run
     * Command-type tasks. */
    struct awsc_ssm_targets targets;
    /* TaskArn: The ARN of the task to run. Required. */
    const char *task_arn;
    /* ServiceRoleArn: The Amazon Resource Name (ARN) of the IAM service role for
     * Amazon Web Services Systems Manager to assume when running a maintenance
     * window task. */
    const char *service_role_arn;
    /* TaskType: The type of task being registered. Required. One of enum
     * awsc_ssm_maintenance_window_task_type's values (as its string). */
    const char *task_type;
    /* TaskParameters: The parameters that should be passed to the task when it is
     * run. TaskParameters has been deprecated. */
    struct awsc_ssm_maintenance_window_task_parameters task_parameters;
    /* TaskInvocationParameters: The parameters that the task should use during
     * execution. Populate only the fields that match the task type. All other
     * fields should be empty. */
    struct awsc_ssm_maintenance_window_task_invocation_parameters *task_invocation_parameters;
    /* Priority: The priority of the task in the maintenance window, the lower the
     * number the higher the priority. */
    bool has_priority;
    int32_t priority;
    /* MaxConcurrency: The maximum number of targets this task can be run for, in
     * parallel. */
    const char *max_concurrency;
    /* MaxErrors: The maximum number of errors allowed before this task stops being
     * scheduled. */
    const char *max_errors;
    /* LoggingInfo: A structure containing information about an Amazon Simple
     * Storage Service (Amazon S3) bucket to write managed node-level logs to.
     * LoggingInfo has been deprecated. */
    struct awsc_ssm_logging_info *logging_info;
    /* Name: An optional name for the task. */
    const char *name;
    /* Description: An optional description for the task. */
    const char *description;
    /* ClientToken: User-provided idempotency token. */
    const char *client_token;
    /* CutoffBehavior: Indicates whether tasks should continue to run after the
     * cutoff time specified in the maintenance windows is reached. One of enum
     * awsc_ssm_maintenance_window_task_cutoff_behavior's values (as its string). */
    const char *cutoff_behavior;
    /* AlarmConfiguration: The CloudWatch alarm you want to apply to your
     * maintenance window task. */
    struct awsc_ssm_alarm_configuration *alarm_configuration;
};

/* RegisterTaskWithMaintenanceWindowResult */
struct awsc_ssm_register_task_with_maintenance_window_output {
    /* WindowTaskId: The ID of the task in the maintenance window. */
    const char *window_task_id;
};

/*
 * Reserved for internal use.
 */
struct awsc_ssm_registration_metadata_item {
    /* Key: Reserved for internal use. Required. */
    const char *key;
    /* Value: Reserved for internal use. Required. */
    const char *value;
};

/*
 * An OpsItems that shares something in common with the current OpsItem. For
 * example, related OpsItems can include OpsItems with similar error messages,
 * impacted resources, or statuses for the impacted resource.
 */
struct awsc_ssm_related_ops_item {
    /* OpsItemId: The ID of an OpsItem related to the current OpsItem. Required. */
    const char *ops_item_id;
};

/* RemoveTagsFromResourceRequest */
struct awsc_ssm_remove_tags_from_resource_input {
    /* ResourceType: The type of resource from which you want to remove a tag. The
     * ManagedInstance type for this API operation is only for on-premises managed
     * nodes. Required. One of enum awsc_ssm_resource_type_for_tagging's values (as
     * its string). */
    const char *resource_type;
    /* ResourceId: The ID of the resource from which you want to remove tags. For
     * example: Required. */
    const char *resource_id;
    /* TagKeys: Tag keys that you want to remove from the specified resource.
     * Required. */
    struct awsc_ssm_patch_id_list tag_keys;
};

/* RemoveTagsFromResourceResult */
struct awsc_ssm_remove_tags_from_resource_output {
    char unused_; /* no members */
};

/*
 * The request body of the ResetServiceSetting API operation.
 */
struct awsc_ssm_reset_service_setting_input {
    /* SettingId: The Amazon Resource Name (ARN) of the service setting to reset.
     * The setting ID can be one of the following. Required. */
    const char *setting_id;
};

/*
 * The result body of the ResetServiceSetting API operation.
 */
struct awsc_ssm_reset_service_setting_output {
    /* ServiceSetting: The current, effective service setting after calling the
     * ResetServiceSetting API operation. */
    struct awsc_ssm_service_setting *service_setting;
};

/*
 * Information about targets that resolved during the Automation execution.
 */
struct awsc_ssm_resolved_targets {
    /* ParameterValues: A list of parameter values sent to targets that resolved
     * during the Automation execution. */
    struct awsc_ssm_patch_id_list parameter_values;
    /* Truncated: A boolean value indicating whether the resolved target list is
     * truncated. */
    bool has_truncated;
    bool truncated;
};

/*
 * Compliance summary information for a specific resource.
 */
struct awsc_ssm_resource_compliance_summary_item {
    /* ComplianceType: The compliance type. */
    const char *compliance_type;
    /* ResourceType: The resource type. */
    const char *resource_type;
    /* ResourceId: The resource ID. */
    const char *resource_id;
    /* Status: The compliance status for the resource. One of enum
     * awsc_ssm_compliance_status's values (as its string). */
    const char *status;
    /* OverallSeverity: The highest severity item found for the resource. The
     * resource is compliant for this item. One of enum
     * awsc_ssm_compliance_severity's values (as its string). */
    const char *overall_severity;
    /* ExecutionSummary: Information about the execution. */
    struct awsc_ssm_compliance_execution_summary *execution_summary;
    /* CompliantSummary: A list of items that are compliant for the resource. */
    struct awsc_ssm_compliant_summary *compliant_summary;
    /* NonCompliantSummary: A list of items that aren't compliant for the resource. */
    struct awsc_ssm_non_compliant_summary *non_compliant_summary;
};

/*
 * A sync configuration with the same name already exists.
 */
struct awsc_ssm_resource_data_sync_already_exists_exception {
    /* SyncName: */
    const char *sync_name;
};

/*
 * Information about the AwsOrganizationsSource resource data sync source. A
 * sync source of this type can synchronize data from Organizations or, if an
 * Amazon Web Services organization isn't present, from multiple Amazon Web
 * Services Regions.
 */
struct awsc_ssm_resource_data_sync_aws_organizations_source {
    /* OrganizationSourceType: If an Amazon Web Services organization is present,
     * this is either OrganizationalUnits or EntireOrganization . For
     * OrganizationalUnits , the data is aggregated from a set of organization
     * units. Required. */
    const char *organization_source_type;
    /* OrganizationalUnits: The Organizations organization units included in the
     * sync. */
    struct awsc_ssm_resource_data_sync_organizational_unit_list organizational_units;
};

/*
 * Another UpdateResourceDataSync request is being processed. Wait a few
 * minutes and try again.
 */
struct awsc_ssm_resource_data_sync_conflict_exception {
    /* Message: */
    const char *message;
};

/*
 * You have exceeded the allowed maximum sync configurations.
 */
struct awsc_ssm_resource_data_sync_count_exceeded_exception {
    /* Message: */
    const char *message;
};

/*
 * Synchronize Amazon Web Services Systems Manager Inventory data from multiple
 * Amazon Web Services accounts defined in Organizations to a centralized
 * Amazon S3 bucket. Data is synchronized to individual key prefixes in the
 * central bucket.
 */
struct awsc_ssm_resource_data_sync_destination_data_sharing {
    /* DestinationDataSharingType: The sharing data type. Only Organization is
     * supported. */
    const char *destination_data_sharing_type;
};

/*
 * The specified sync configuration is invalid.
 */
struct awsc_ssm_resource_data_sync_invalid_configuration_exception {
    /* Message: */
    const char *message;
};

/*
 * Information about a resource data sync configuration, including its current
 * status and last successful sync.
 */
struct awsc_ssm_resource_data_sync_item {
    /* SyncName: The name of the resource data sync. */
    const char *sync_name;
    /* SyncType: The type of resource data sync. If SyncType is SyncToDestination ,
     * then the resource data sync synchronizes data to an S3 bucket. */
    const char *sync_type;
    /* SyncSource: Information about the source where the data was synchronized. */
    struct awsc_ssm_resource_data_sync_source_with_state *sync_source;
    /* S3Destination: Configuration information for the target S3 bucket. */
    struct awsc_ssm_resource_data_sync_s3_destination *s3_destination;
    /* LastSyncTime: The last time the configuration attempted to sync (UTC). */
    bool has_last_sync_time;
    struct awsc_timestamp last_sync_time;
    /* LastSuccessfulSyncTime: The last time the sync operations returned a status
     * of SUCCESSFUL (UTC). */
    bool has_last_successful_sync_time;
    struct awsc_timestamp last_successful_sync_time;
    /* SyncLastModifiedTime: The date and time the resource data sync was changed. */
    bool has_sync_last_modified_time;
    struct awsc_timestamp sync_last_modified_time;
    /* LastStatus: The status reported by the last sync. One of enum
     * awsc_ssm_last_resource_data_sync_status's values (as its string). */
    const char *last_status;
    /* SyncCreatedTime: The date and time the configuration was created (UTC). */
    bool has_sync_created_time;
    struct awsc_timestamp sync_created_time;
    /* LastSyncStatusMessage: The status message details reported by the last sync. */
    const char *last_sync_status_message;
};

/*
 * The specified sync name wasn't found.
 */
struct awsc_ssm_resource_data_sync_not_found_exception {
    /* SyncName: */
    const char *sync_name;
    /* SyncType: */
    const char *sync_type;
    /* Message: */
    const char *message;
};

/*
 * The Organizations organizational unit data source for the sync.
 */
struct awsc_ssm_resource_data_sync_organizational_unit {
    /* OrganizationalUnitId: The Organizations unit ID data source for the sync. */
    const char *organizational_unit_id;
};

/*
 * Information about the target S3 bucket for the resource data sync.
 */
struct awsc_ssm_resource_data_sync_s3_destination {
    /* BucketName: The name of the S3 bucket where the aggregated data is stored.
     * Required. */
    const char *bucket_name;
    /* Prefix: An Amazon S3 prefix for the bucket. */
    const char *prefix;
    /* SyncFormat: A supported sync format. The following format is currently
     * supported: JsonSerDe Required. One of enum
     * awsc_ssm_resource_data_sync_s3_format's values (as its string). */
    const char *sync_format;
    /* Region: The Amazon Web Services Region with the S3 bucket targeted by the
     * resource data sync. Required. */
    const char *region;
    /* AWSKMSKeyARN: The ARN of an encryption key for a destination in Amazon S3.
     * Must belong to the same Region as the destination S3 bucket. */
    const char *awskms_key_arn;
    /* DestinationDataSharing: Enables destination data sharing. By default, this
     * field is null . */
    struct awsc_ssm_resource_data_sync_destination_data_sharing *destination_data_sharing;
};

/*
 * Information about the source of the data included in the resource data sync.
 */
struct awsc_ssm_resource_data_sync_source {
    /* SourceType: The type of data source for the resource data sync. SourceType
     * is either AwsOrganizations (if an organization is present in Organizations)
     * or SingleAccountMultiRegions . Required. */
    const char *source_type;
    /* AwsOrganizationsSource: Information about the AwsOrganizationsSource
     * resource data sync source. A sync source of this type can synchronize data
     * from Organizations. */
    struct awsc_ssm_resource_data_sync_aws_organizations_source *aws_organizations_source;
    /* SourceRegions: The SyncSource Amazon Web Services Regions included in the
     * resource data sync. Required. */
    struct awsc_ssm_patch_id_list source_regions;
    /* IncludeFutureRegions: Whether to automatically synchronize and aggregate
     * data from new Amazon Web Services Regions when those Regions come online. */
    bool has_include_future_regions;
    bool include_future_regions;
    /* EnableAllOpsDataSources: When you create a resource data sync, if you choose
     * one of the Organizations options, then Systems Manager automatically enables
     * all OpsData sources in the selected Amazon Web Services Regions for ... */
    bool has_enable_all_ops_data_sources;
    bool enable_all_ops_data_sources;
};

/*
 * The data type name for including resource data sync state. There are four
 * sync states:
 */
struct awsc_ssm_resource_data_sync_source_with_state {
    /* SourceType: The type of data source for the resource data sync. SourceType
     * is either AwsOrganizations (if an organization is present in Organizations)
     * or singleAccountMultiRegions . */
    const char *source_type;
    /* AwsOrganizationsSource: The field name in SyncSource for the
     * ResourceDataSyncAwsOrganizationsSource type. */
    struct awsc_ssm_resource_data_sync_aws_organizations_source *aws_organizations_source;
    /* SourceRegions: The SyncSource Amazon Web Services Regions included in the
     * resource data sync. */
    struct awsc_ssm_patch_id_list source_regions;
    /* IncludeFutureRegions: Whether to automatically synchronize and aggregate
     * data from new Amazon Web Services Regions when those Regions come online. */
    bool has_include_future_regions;
    bool include_future_regions;
    /* State: The data type name for including resource data sync state. There are
     * four sync states: */
    const char *state;
    /* EnableAllOpsDataSources: When you create a resource data sync, if you choose
     * one of the Organizations options, then Systems Manager automatically enables
     * all OpsData sources in the selected Amazon Web Services Regions for ... */
    bool has_enable_all_ops_data_sources;
    bool enable_all_ops_data_sources;
};

/*
 * Error returned if an attempt is made to delete a patch baseline that is
 * registered for a patch group.
 */
struct awsc_ssm_resource_in_use_exception {
    /* Message: */
    const char *message;
};

/*
 * Error returned when the caller has exceeded the default resource quotas. For
 * example, too many maintenance windows or patch baselines have been created.
 */
struct awsc_ssm_resource_limit_exceeded_exception {
    /* Message: */
    const char *message;
};

/*
 * The specified parameter to be shared could not be found.
 */
struct awsc_ssm_resource_not_found_exception {
    /* Message: */
    const char *message;
};

/*
 * The hash provided in the call doesn't match the stored hash. This exception
 * is thrown when trying to update an obsolete policy version or when multiple
 * requests to update a policy are sent.
 */
struct awsc_ssm_resource_policy_conflict_exception {
    /* Message: */
    const char *message;
};

/*
 * One or more parameters specified for the call aren't valid. Verify the
 * parameters and their values and try again.
 */
struct awsc_ssm_resource_policy_invalid_parameter_exception {
    /* ParameterNames: */
    struct awsc_ssm_patch_id_list parameter_names;
    /* Message: */
    const char *message;
};

/*
 * The PutResourcePolicy API action enforces two limits. A policy can't be
 * greater than 1024 bytes in size. And only one policy can be attached to
 * OpsItemGroup . Verify these limits and try again.
 */
struct awsc_ssm_resource_policy_limit_exceeded_exception {
    /* Limit: */
    bool has_limit;
    int32_t limit;
    /* LimitType: */
    const char *limit_type;
    /* Message: */
    const char *message;
};

/*
 * No policies with the specified policy ID and hash could be found.
 */
struct awsc_ssm_resource_policy_not_found_exception {
    /* Message: */
    const char *message;
};

/*
 * The inventory item result attribute.
 */
struct awsc_ssm_result_attribute {
    /* TypeName: Name of the inventory item type. Valid value:
     * AWS:InstanceInformation . Default Value: AWS:InstanceInformation . Required. */
    const char *type_name;
};

/* ResumeSessionRequest */
struct awsc_ssm_resume_session_input {
    /* SessionId: The ID of the disconnected session to resume. Required. */
    const char *session_id;
};

/* ResumeSessionResponse */
struct awsc_ssm_resume_session_output {
    /* SessionId: The ID of the session. */
    const char *session_id;
    /* TokenValue: An encrypted token value containing session and caller
     * information. Used to authenticate the connection to the managed node. */
    const char *token_value;
    /* StreamUrl: A URL back to SSM Agent on the managed node that the Session
     * Manager client uses to send commands and receive output from the managed
     * node. Format: wss://ssmmessages. */
    const char *stream_url;
};

/*
 * Information about the result of a document review request.
 */
struct awsc_ssm_review_information {
    /* ReviewedTime: The time that the reviewer took action on the document review
     * request. */
    bool has_reviewed_time;
    struct awsc_timestamp reviewed_time;
    /* Status: The current status of the document review request. One of enum
     * awsc_ssm_review_status's values (as its string). */
    const char *status;
    /* Reviewer: The reviewer assigned to take action on the document review
     * request. */
    const char *reviewer;
};

/*
 * Information about an Automation runbook used in a runbook workflow in Change
 * Manager. The Automation runbooks specified for the runbook workflow can't
 * run until all required approvals for the change request have been received.
 */
struct awsc_ssm_runbook {
    /* DocumentName: The name of the Automation runbook used in a runbook workflow.
     * Required. */
    const char *document_name;
    /* DocumentVersion: The version of the Automation runbook used in a runbook
     * workflow. */
    const char *document_version;
    /* Parameters: The key-value map of execution parameters, which were supplied
     * when calling StartChangeRequestExecution . */
    struct awsc_ssm_automation_parameter_map parameters;
    /* TargetParameterName: The name of the parameter used as the target resource
     * for the rate-controlled runbook workflow. Required if you specify Targets . */
    const char *target_parameter_name;
    /* Targets: A key-value mapping to target resources that the runbook operation
     * performs tasks on. Required if you specify TargetParameterName . */
    struct awsc_ssm_targets targets;
    /* TargetMaps: A key-value mapping of runbook parameters to target resources.
     * Both Targets and TargetMaps can't be specified together. */
    struct awsc_ssm_target_maps target_maps;
    /* MaxConcurrency: The MaxConcurrency value specified by the user when the
     * operation started, indicating the maximum number of resources that the
     * runbook operation can run on at the same time. */
    const char *max_concurrency;
    /* MaxErrors: The MaxErrors value specified by the user when the execution
     * started, indicating the maximum number of errors that can occur during the
     * operation before the updates are stopped or rolled back. */
    const char *max_errors;
    /* TargetLocations: Information about the Amazon Web Services Regions and
     * Amazon Web Services accounts targeted by the current Runbook operation. */
    struct awsc_ssm_target_locations target_locations;
};

/*
 * An S3 bucket where you want to store the results of this request.
 */
struct awsc_ssm_s3_output_location {
    /* OutputS3Region: The Amazon Web Services Region of the S3 bucket. */
    const char *output_s3_region;
    /* OutputS3BucketName: The name of the S3 bucket. */
    const char *output_s3_bucket_name;
    /* OutputS3KeyPrefix: The S3 bucket subfolder. */
    const char *output_s3_key_prefix;
};

/*
 * A URL for the Amazon Web Services Systems Manager (Systems Manager) bucket
 * where you want to store the results of this request.
 */
struct awsc_ssm_s3_output_url {
    /* OutputUrl: A URL for an S3 bucket where you want to store the results of
     * this request. */
    const char *output_url;
};

/*
 * Information about a scheduled execution for a maintenance window.
 */
struct awsc_ssm_scheduled_window_execution {
    /* WindowId: The ID of the maintenance window to be run. */
    const char *window_id;
    /* Name: The name of the maintenance window to be run. */
    const char *name;
    /* ExecutionTime: The time, in ISO-8601 Extended format, that the maintenance
     * window is scheduled to be run. */
    const char *execution_time;
};

/* SendAutomationSignalRequest */
struct awsc_ssm_send_automation_signal_input {
    /* AutomationExecutionId: The unique identifier for an existing Automation
     * execution that you want to send the signal to. Required. */
    const char *automation_execution_id;
    /* SignalType: The type of signal to send to an Automation execution. Required.
     * One of enum awsc_ssm_signal_type's values (as its string). */
    const char *signal_type;
    /* Payload: The data sent with the signal. The data schema depends on the type
     * of signal used in the request. */
    struct awsc_ssm_automation_parameter_map payload;
};

/* SendAutomationSignalResult */
struct awsc_ssm_send_automation_signal_output {
    char unused_; /* no members */
};

/* SendCommandRequest */
struct awsc_ssm_send_command_input {
    /* InstanceIds: The IDs of the managed nodes where the command should run.
     * Specifying managed node IDs is most useful when you are targeting a limited
     * number of managed nodes, though you can specify up to 50 IDs. */
    struct awsc_ssm_patch_id_list instance_ids;
    /* Targets: An array of search criteria that targets managed nodes using a
     * Key,Value combination that you specify. */
    struct awsc_ssm_targets targets;
    /* DocumentName: The name of the Amazon Web Services Systems Manager document
     * (SSM document) to run. This can be a public document or a custom document.
     * Required. */
    const char *document_name;
    /* DocumentVersion: The SSM document version to use in the request. You can
     * specify $DEFAULT, $LATEST, or a specific version number. */
    const char *document_version;
    /* DocumentHash: The Sha256 or Sha1 hash created by the system when the
     * document was created. Sha1 hashes have been deprecated. */
    const char *document_hash;
    /* DocumentHashType: Sha256 or Sha1. Sha1 hashes have been deprecated. One of
     * enum awsc_ssm_document_hash_type's values (as its string). */
    const char *document_hash_type;
    /* TimeoutSeconds: If this time is reached and the command hasn't already
     * started running, it won't run. */
    bool has_timeout_seconds;
    int32_t timeout_seconds;
    /* Comment: User-specified information about the command, such as a brief
     * description of what the command should do. */
    const char *comment;
    /* Parameters: The required and optional parameters specified in the document
     * being run. */
    struct awsc_ssm_automation_parameter_map parameters;
    /* OutputS3Region: (Deprecated) You can no longer specify this parameter. The
     * system ignores it. Instead, Systems Manager automatically determines the
     * Amazon Web Services Region of the S3 bucket. */
    const char *output_s3_region;
    /* OutputS3BucketName: The name of the S3 bucket where command execution
     * responses should be stored. */
    const char *output_s3_bucket_name;
    /* OutputS3KeyPrefix: The directory structure within the S3 bucket where the
     * responses should be stored. */
    const char *output_s3_key_prefix;
    /* MaxConcurrency: (Optional) The maximum number of managed nodes that are
     * allowed to run the command at the same time. You can specify a number such
     * as 10 or a percentage such as 10%. The default value is 50 . */
    const char *max_concurrency;
    /* MaxErrors: The maximum number of errors allowed without the command failing.
     * When the command fails one more time beyond the value of MaxErrors , the
     * systems stops sending the command to additional targets. */
    const char *max_errors;
    /* ServiceRoleArn: The ARN of the Identity and Access Management (IAM) service
     * role to use to publish Amazon Simple Notification Service (Amazon SNS)
     * notifications for Run Command commands. */
    const char *service_role_arn;
    /* NotificationConfig: Configurations for sending notifications. */
    struct awsc_ssm_notification_config *notification_config;
    /* CloudWatchOutputConfig: Enables Amazon Web Services Systems Manager to send
     * Run Command output to Amazon CloudWatch Logs. Run Command is a tool in
     * Amazon Web Services Systems Manager. */
    struct awsc_ssm_cloud_watch_output_config *cloud_watch_output_config;
    /* AlarmConfiguration: The CloudWatch alarm you want to apply to your command. */
    struct awsc_ssm_alarm_configuration *alarm_configuration;
};

/* SendCommandResult */
struct awsc_ssm_send_command_output {
    /* Command: The request as it was received by Systems Manager. Also provides
     * the command ID which can be used future references to this request. */
    struct awsc_ssm_command *command;
};

/*
 * The request exceeds the service quota. Service quotas, also referred to as
 * limits, are the maximum number of service resources or operations for your
 * Amazon Web Services account.
 */
struct awsc_ssm_service_quota_exceeded_exception {
    /* Message:  Required. */
    const char *message;
    /* ResourceId: The unique ID of the resource referenced in the failed request. */
    const char *resource_id;
    /* ResourceType: The resource type of the resource referenced in the failed
     * request. */
    const char *resource_type;
    /* QuotaCode: The quota code recognized by the Amazon Web Services Service
     * Quotas service. Required. */
    const char *quota_code;
    /* ServiceCode: The code for the Amazon Web Services service that owns the
     * quota. Required. */
    const char *service_code;
};

/*
 * The service setting data structure. ServiceSetting is an account-level
 * setting for an Amazon Web Services service. This setting defines how a user
 * interacts with or uses a service or a feature of a service.
 */
struct awsc_ssm_service_setting {
    /* SettingId: The ID of the service setting. */
    const char *setting_id;
    /* SettingValue: The value of the service setting. */
    const char *setting_value;
    /* LastModifiedDate: The last time the service setting was modified. */
    bool has_last_modified_date;
    struct awsc_timestamp last_modified_date;
    /* LastModifiedUser: The ARN of the last modified user. This field is populated
     * only if the setting value was overwritten. */
    const char *last_modified_user;
    /* ARN: The ARN of the service setting. */
    const char *arn;
    /* Status: The status of the service setting. The value can be Default,
     * Customized or PendingUpdate. Default: The current setting uses a default
     * value provisioned by the Amazon Web Services service team. */
    const char *status;
};

/*
 * The specified service setting wasn't found. Either the service name or the
 * setting hasn't been provisioned by the Amazon Web Services service team.
 */
struct awsc_ssm_service_setting_not_found {
    /* Message: */
    const char *message;
};

/*
 * Information about a Session Manager connection to a managed node.
 */
struct awsc_ssm_session {
    /* SessionId: The ID of the session. */
    const char *session_id;
    /* Target: The managed node that the Session Manager session connected to. */
    const char *target;
    /* Status: The status of the session. For example, "Connected" or "Terminated".
     * One of enum awsc_ssm_session_status's values (as its string). */
    const char *status;
    /* StartDate: The date and time, in ISO-8601 Extended format, when the session
     * began. */
    bool has_start_date;
    struct awsc_timestamp start_date;
    /* EndDate: The date and time, in ISO-8601 Extended format, when the session
     * was terminated. */
    bool has_end_date;
    struct awsc_timestamp end_date;
    /* DocumentName: The name of the Session Manager SSM document used to define
     * the parameters and plugin settings for the session. For example,
     * SSM-SessionManagerRunShell . */
    const char *document_name;
    /* Owner: The ID of the Amazon Web Services user that started the session. */
    const char *owner;
    /* Reason: The reason for connecting to the instance. */
    const char *reason;
    /* Details: Reserved for future use. */
    const char *details;
    /* OutputUrl: Reserved for future use. */
    struct awsc_ssm_session_manager_output_url *output_url;
    /* MaxSessionDuration: The maximum duration of a session before it terminates. */
    const char *max_session_duration;
    /* AccessType: Standard access type is the default for Session Manager
     * sessions. JustInTime is the access type for Just-in-time node access . One
     * of enum awsc_ssm_access_type's values (as its string). */
    const char *access_type;
};

/*
 * Describes a filter for Session Manager information.
 */
struct awsc_ssm_session_filter {
    /* key: The name of the filter. Required. One of enum
     * awsc_ssm_session_filter_key's values (as its string). */
    const char *key;
    /* value: The filter value. Valid values for each filter key are as follows:
     * InvokedAfter: Specify a timestamp to limit your results. Required. */
    const char *value;
};

/*
 * Reserved for future use.
 */
struct awsc_ssm_session_manager_output_url {
    /* S3OutputUrl: Reserved for future use. */
    const char *s3_output_url;
    /* CloudWatchOutputUrl: Reserved for future use. */
    const char *cloud_watch_output_url;
};

/*
 * The number of managed nodes found for each patch severity level defined in
 * the request filter.
 */
struct awsc_ssm_severity_summary {
    /* CriticalCount: The total number of resources or compliance items that have a
     * severity level of Critical . Critical severity is determined by the
     * organization that published the compliance items. */
    bool has_critical_count;
    int32_t critical_count;
    /* HighCount: The total number of resources or compliance items that have a
     * severity level of high. High severity is determined by the organization that
     * published the compliance items. */
    bool has_high_count;
    int32_t high_count;
    /* MediumCount: The total number of resources or compliance items that have a
     * severity level of medium. Medium severity is determined by the organization
     * that published the compliance items. */
    bool has_medium_count;
    int32_t medium_count;
    /* LowCount: The total number of resources or compliance items that have a
     * severity level of low. Low severity is determined by the organization that
     * published the compliance items. */
    bool has_low_count;
    int32_t low_count;
    /* InformationalCount: The total number of resources or compliance items that
     * have a severity level of informational. Informational severity is determined
     * by the organization that published the compliance items. */
    bool has_informational_count;
    int32_t informational_count;
    /* UnspecifiedCount: The total number of resources or compliance items that
     * have a severity level of unspecified. Unspecified severity is determined by
     * the organization that published the compliance items. */
    bool has_unspecified_count;
    int32_t unspecified_count;
};

/* StartAccessRequestRequest */
struct awsc_ssm_start_access_request_input {
    /* Reason: A brief description explaining why you are requesting access to the
     * node. Required. */
    const char *reason;
    /* Targets: The node you are requesting access to. Required. */
    struct awsc_ssm_targets targets;
    /* Tags: Key-value pairs of metadata you want to assign to the access request. */
    struct awsc_ssm_tag_list tags;
};

/* StartAccessRequestResponse */
struct awsc_ssm_start_access_request_output {
    /* AccessRequestId: The ID of the access request. */
    const char *access_request_id;
};

/* StartAssociationsOnceRequest */
struct awsc_ssm_start_associations_once_input {
    /* AssociationIds: The association IDs that you want to run immediately and
     * only one time. Required. */
    struct awsc_ssm_patch_id_list association_ids;
};

/* StartAssociationsOnceResult */
struct awsc_ssm_start_associations_once_output {
    char unused_; /* no members */
};

/* StartAutomationExecutionRequest */
struct awsc_ssm_start_automation_execution_input {
    /* DocumentName: The name of the SSM document to run. This can be a public
     * document or a custom document. To run a shared document belonging to another
     * account, specify the document ARN. Required. */
    const char *document_name;
    /* DocumentVersion: The version of the Automation runbook to use for this
     * execution. */
    const char *document_version;
    /* Parameters: A key-value map of execution parameters, which match the
     * declared parameters in the Automation runbook. */
    struct awsc_ssm_automation_parameter_map parameters;
    /* ClientToken: User-provided idempotency token. The token must be unique, is
     * case insensitive, enforces the UUID format, and can't be reused. */
    const char *client_token;
    /* Mode: The execution mode of the automation. Valid modes include the
     * following: Auto and Interactive. The default mode is Auto. One of enum
     * awsc_ssm_execution_mode's values (as its string). */
    const char *mode;
    /* TargetParameterName: The name of the parameter used as the target resource
     * for the rate-controlled execution. Required if you specify targets. */
    const char *target_parameter_name;
    /* Targets: A key-value mapping to target resources. Required if you specify
     * TargetParameterName. */
    struct awsc_ssm_targets targets;
    /* TargetMaps: A key-value mapping of document parameters to target resources.
     * Both Targets and TargetMaps can't be specified together. */
    struct awsc_ssm_target_maps target_maps;
    /* MaxConcurrency: The maximum number of targets allowed to run this task in
     * parallel. You can specify a number, such as 10, or a percentage, such as
     * 10%. The default value is 10 . */
    const char *max_concurrency;
    /* MaxErrors: The number of errors that are allowed before the system stops
     * running the automation on additional targets. */
    const char *max_errors;
    /* TargetLocations: A location is a combination of Amazon Web Services Regions
     * and/or Amazon Web Services accounts where you want to run the automation. */
    struct awsc_ssm_target_locations target_locations;
    /* Tags: Optional metadata that you assign to a resource. You can specify a
     * maximum of five tags for an automation. */
    struct awsc_ssm_tag_list tags;
    /* AlarmConfiguration: The CloudWatch alarm you want to apply to your
     * automation. */
    struct awsc_ssm_alarm_configuration *alarm_configuration;
    /* TargetLocationsURL: Specify a publicly accessible URL for a file that
     * contains the TargetLocations body. Currently, only files in presigned Amazon
     * S3 buckets are supported. */
    const char *target_locations_url;
};

/* StartAutomationExecutionResult */
struct awsc_ssm_start_automation_execution_output {
    /* AutomationExecutionId: The unique ID of a newly scheduled automation
     * execution. */
    const char *automation_execution_id;
};

/* StartChangeRequestExecutionRequest */
struct awsc_ssm_start_change_request_execution_input {
    /* ScheduledTime: The date and time specified in the change request to run the
     * Automation runbooks. */
    bool has_scheduled_time;
    struct awsc_timestamp scheduled_time;
    /* DocumentName: The name of the change template document to run during the
     * runbook workflow. Required. */
    const char *document_name;
    /* DocumentVersion: The version of the change template document to run during
     * the runbook workflow. */
    const char *document_version;
    /* Parameters: A key-value map of parameters that match the declared parameters
     * in the change template document. */
    struct awsc_ssm_automation_parameter_map parameters;
    /* ChangeRequestName: The name of the change request associated with the
     * runbook workflow to be run. */
    const char *change_request_name;
    /* ClientToken: The user-provided idempotency token. The token must be unique,
     * is case insensitive, enforces the UUID format, and can't be reused. */
    const char *client_token;
    /* AutoApprove: Indicates whether the change request can be approved
     * automatically without the need for manual approvals. */
    bool has_auto_approve;
    bool auto_approve;
    /* Runbooks: Information about the Automation runbooks that are run during the
     * runbook workflow. Required. */
    struct awsc_ssm_runbooks runbooks;
    /* Tags: Optional metadata that you assign to a resource. You can specify a
     * maximum of five tags for a change request. */
    struct awsc_ssm_tag_list tags;
    /* ScheduledEndTime: The time that the requester expects the runbook workflow
     * related to the change request to complete. The time is an estimate only that
     * the requester provides for reviewers. */
    bool has_scheduled_end_time;
    struct awsc_timestamp scheduled_end_time;
    /* ChangeDetails: User-provided details about the change. If no details are
     * provided, content specified in the Template information section of the
     * associated change template is added. */
    const char *change_details;
};

/* StartChangeRequestExecutionResult */
struct awsc_ssm_start_change_request_execution_output {
    /* AutomationExecutionId: The unique ID of a runbook workflow operation. (A
     * runbook workflow is a type of Automation operation.) */
    const char *automation_execution_id;
};

/* StartExecutionPreviewRequest */
struct awsc_ssm_start_execution_preview_input {
    /* DocumentName: The name of the Automation runbook to run. The result of the
     * execution preview indicates what the impact would be of running this
     * runbook. Required. */
    const char *document_name;
    /* DocumentVersion: The version of the Automation runbook to run. The default
     * value is $DEFAULT . */
    const char *document_version;
    /* ExecutionInputs: Information about the inputs that can be specified for the
     * preview operation. */
    struct awsc_ssm_execution_inputs *execution_inputs;
};

/* StartExecutionPreviewResponse */
struct awsc_ssm_start_execution_preview_output {
    /* ExecutionPreviewId: The ID of the execution preview generated by the system. */
    const char *execution_preview_id;
};

/* StartSessionRequest */
struct awsc_ssm_start_session_input {
    /* Target: The managed node to connect to for the session. Required. */
    const char *target;
    /* DocumentName: The name of the SSM document you want to use to define the
     * type of session, input parameters, or preferences for the session. For
     * example, SSM-SessionManagerRunShell . */
    const char *document_name;
    /* Reason: The reason for connecting to the instance. This value is included in
     * the details for the Amazon CloudWatch Events event created when you start
     * the session. */
    const char *reason;
    /* Parameters: The values you want to specify for the parameters defined in the
     * Session document. */
    struct awsc_ssm_automation_parameter_map parameters;
};

/* StartSessionResponse */
struct awsc_ssm_start_session_output {
    /* SessionId: The ID of the session. */
    const char *session_id;
    /* TokenValue: An encrypted token value containing session and caller
     * information. This token is used to authenticate the connection to the
     * managed node, and is valid only long enough to ensure the connection is ... */
    const char *token_value;
    /* StreamUrl: A URL back to SSM Agent on the managed node that the Session
     * Manager client uses to send commands and receive output from the node.
     * Format: wss://ssmmessages. */
    const char *stream_url;
};

/*
 * The updated status is the same as the current status.
 */
struct awsc_ssm_status_unchanged {
    char unused_; /* no members */
};

/*
 * Detailed information about an the execution state of an Automation step.
 */
struct awsc_ssm_step_execution {
    /* StepName: The name of this execution step. */
    const char *step_name;
    /* Action: The action this step performs. The action determines the behavior of
     * the step. */
    const char *action;
    /* TimeoutSeconds: The timeout seconds of the step. */
    bool has_timeout_seconds;
    int64_t timeout_seconds;
    /* OnFailure: The action to take if the step fails. The default value is Abort
     * . */
    const char *on_failure;
    /* MaxAttempts: The maximum number of tries to run the action of the step. The
     * default value is 1 . */
    bool has_max_attempts;
    int32_t max_attempts;
    /* ExecutionStartTime: If a step has begun execution, this contains the time
     * the step started. If the step is in Pending status, this field isn't
     * populated. */
    bool has_execution_start_time;
    struct awsc_timestamp execution_start_time;
    /* ExecutionEndTime: If a step has finished execution, this contains the time
     * the execution ended. If the step hasn't yet concluded, this field isn't
     * populated. */
    bool has_execution_end_time;
    struct awsc_timestamp execution_end_time;
    /* StepStatus: The execution status for this step. One of enum
     * awsc_ssm_automation_execution_status's values (as its string). */
    const char *step_status;
    /* ResponseCode: The response code returned by the execution of the step. */
    const char *response_code;
    /* Inputs: Fully-resolved values passed into the step before execution. */
    struct awsc_ssm_normal_string_map inputs;
    /* Outputs: Returned values from the execution of the step. */
    struct awsc_ssm_automation_parameter_map outputs;
    /* Response: A message associated with the response code for an execution. */
    const char *response;
    /* FailureMessage: If a step failed, this message explains why the execution
     * failed. */
    const char *failure_message;
    /* WarningMessage: A message that describes a non-critical issue that occurred
     * during the step execution. Present only if the step status includes a
     * warning. */
    const char *warning_message;
    /* FailureDetails: Information about the Automation failure. */
    struct awsc_ssm_failure_details *failure_details;
    /* StepExecutionId: The unique ID of a step execution. */
    const char *step_execution_id;
    /* OverriddenParameters: A user-specified list of parameters to override when
     * running a step. */
    struct awsc_ssm_automation_parameter_map overridden_parameters;
    /* IsEnd: The flag which can be used to end automation no matter whether the
     * step succeeds or fails. */
    bool has_is_end;
    bool is_end;
    /* NextStep: The next step after the step succeeds. */
    const char *next_step;
    /* IsCritical: The flag which can be used to help decide whether the failure of
     * current step leads to the Automation failure. */
    bool has_is_critical;
    bool is_critical;
    /* ValidNextSteps: Strategies used when step fails, we support Continue and
     * Abort. Abort will fail the automation when the step fails. */
    struct awsc_ssm_patch_id_list valid_next_steps;
    /* Targets: The targets for the step execution. */
    struct awsc_ssm_targets targets;
    /* TargetLocation: The combination of Amazon Web Services Regions and Amazon
     * Web Services accounts targeted by the current Automation execution. */
    struct awsc_ssm_target_location *target_location;
    /* TriggeredAlarms: The CloudWatch alarms that were invoked by the automation. */
    struct awsc_ssm_alarm_state_information_list triggered_alarms;
    /* ParentStepDetails: Information about the parent step. */
    struct awsc_ssm_parent_step_details *parent_step_details;
};

/*
 * A filter to limit the amount of step execution information returned by the
 * call.
 */
struct awsc_ssm_step_execution_filter {
    /* Key: One or more keys to limit the results. Required. One of enum
     * awsc_ssm_step_execution_filter_key's values (as its string). */
    const char *key;
    /* Values: The values of the filter key. Required. */
    struct awsc_ssm_patch_id_list values;
};

/* StopAutomationExecutionRequest */
struct awsc_ssm_stop_automation_execution_input {
    /* AutomationExecutionId: The execution ID of the Automation to stop. Required. */
    const char *automation_execution_id;
    /* Type: The stop request type. Valid types include the following: Cancel and
     * Complete. The default type is Cancel. One of enum awsc_ssm_stop_type's
     * values (as its string). */
    const char *type;
};

/* StopAutomationExecutionResult */
struct awsc_ssm_stop_automation_execution_output {
    char unused_; /* no members */
};

/*
 * The sub-type count exceeded the limit for the inventory type.
 */
struct awsc_ssm_sub_type_count_limit_exceeded_exception {
    /* Message: */
    const char *message;
};

/*
 * Metadata that you assign to your Amazon Web Services resources. Tags enable
 * you to categorize your resources in different ways, for example, by purpose,
 * owner, or environment.
 */
struct awsc_ssm_tag {
    /* Key: The name of the tag. Required. */
    const char *key;
    /* Value: The value of the tag. Required. */
    const char *value;
};

/*
 * An array of search criteria that targets managed nodes using a key-value
 * pair that you specify. One or more targets must be specified for maintenance
 * window Run Command-type tasks.
 */
struct awsc_ssm_target {
    /* Key: User-defined criteria for sending commands that target managed nodes
     * that meet the criteria. */
    const char *key;
    /* Values: User-defined criteria that maps to Key . For example, if you
     * specified tag:ServerRole , you could specify value:WebServer to run a
     * command on instances that include EC2 tags of ServerRole,WebServer . */
    struct awsc_ssm_patch_id_list values;
};

/*
 * You specified the Safe option for the DeregisterTargetFromMaintenanceWindow
 * operation, but the target is still referenced in a task.
 */
struct awsc_ssm_target_in_use_exception {
    /* Message: */
    const char *message;
};

/*
 * The combination of Amazon Web Services Regions and Amazon Web Services
 * accounts targeted by the current Automation execution.
 */
struct awsc_ssm_target_location {
    /* Accounts: The Amazon Web Services accounts targeted by the current
     * Automation execution. */
    struct awsc_ssm_patch_id_list accounts;
    /* Regions: The Amazon Web Services Regions targeted by the current Automation
     * execution. */
    struct awsc_ssm_patch_id_list regions;
    /* TargetLocationMaxConcurrency: The maximum number of Amazon Web Services
     * Regions and Amazon Web Services accounts allowed to run the Automation
     * concurrently. TargetLocationMaxConcurrency has a default value of 1. */
    const char *target_location_max_concurrency;
    /* TargetLocationMaxErrors: The maximum number of errors allowed before the
     * system stops queueing additional Automation executions for the currently
     * running Automation. TargetLocationMaxErrors has a default value of 0. */
    const char *target_location_max_errors;
    /* ExecutionRoleName: The Automation execution role used by the currently
     * running Automation. If not specified, the default value is
     * AWS-SystemsManager-AutomationExecutionRole . */
    const char *execution_role_name;
    /* TargetLocationAlarmConfiguration: */
    struct awsc_ssm_alarm_configuration *target_location_alarm_configuration;
    /* IncludeChildOrganizationUnits: Indicates whether to include child
     * organizational units (OUs) that are children of the targeted OUs. The
     * default is false . */
    bool has_include_child_organization_units;
    bool include_child_organization_units;
    /* ExcludeAccounts: Amazon Web Services accounts or organizational units to
     * exclude as expanded targets. */
    struct awsc_ssm_patch_id_list exclude_accounts;
    /* Targets: A list of key-value mappings to target resources. If you specify
     * values for this data type, you must also specify a value for
     * TargetParameterName . */
    struct awsc_ssm_targets targets;
    /* TargetsMaxConcurrency: The maximum number of targets allowed to run this
     * task in parallel. This TargetsMaxConcurrency takes precedence over the
     * StartAutomationExecution:MaxConcurrency parameter if both are supplied. */
    const char *targets_max_concurrency;
    /* TargetsMaxErrors: The maximum number of errors that are allowed before the
     * system stops running the automation on additional targets. */
    const char *targets_max_errors;
};

/*
 * The specified target managed node for the session isn't fully configured for
 * use with Session Manager. For more information, see Setting up Session
 * Manager in the Amazon Web Services Systems Manager User Guide .
 */
struct awsc_ssm_target_not_connected {
    /* Message: */
    const char *message;
};

/*
 * Information about the resources that would be included in the actual runbook
 * execution, if it were to be run.
 */
struct awsc_ssm_target_preview {
    /* Count: The number of resources of a certain type included in an execution
     * preview. */
    bool has_count;
    int32_t count;
    /* TargetType: A type of resource that was included in the execution preview. */
    const char *target_type;
};

/* TerminateSessionRequest */
struct awsc_ssm_terminate_session_input {
    /* SessionId: The ID of the session to terminate. Required. */
    const char *session_id;
};

/* TerminateSessionResponse */
struct awsc_ssm_terminate_session_output {
    /* SessionId: The ID of the session that has been terminated. */
    const char *session_id;
};

/*
 * The request or operation couldn't be performed because the service is
 * throttling requests.
 */
struct awsc_ssm_throttling_exception {
    /* Message:  Required. */
    const char *message;
    /* QuotaCode: The quota code recognized by the Amazon Web Services Service
     * Quotas service. */
    const char *quota_code;
    /* ServiceCode: The code for the Amazon Web Services service that owns the
     * quota. */
    const char *service_code;
};

/*
 * The Targets parameter includes too many tags. Remove one or more tags and
 * try the command again.
 */
struct awsc_ssm_too_many_tags_error {
    char unused_; /* no members */
};

/*
 * There are concurrent updates for a resource that supports one update at a
 * time.
 */
struct awsc_ssm_too_many_updates {
    /* Message: */
    const char *message;
};

/*
 * The size of inventory data has exceeded the total size limit for the
 * resource.
 */
struct awsc_ssm_total_size_limit_exceeded_exception {
    /* Message: */
    const char *message;
};

/* UnlabelParameterVersionRequest */
struct awsc_ssm_unlabel_parameter_version_input {
    /* Name: The name of the parameter from which you want to delete one or more
     * labels. You can't enter the Amazon Resource Name (ARN) for a parameter, only
     * the parameter name itself. Required. */
    const char *name;
    /* ParameterVersion: The specific version of the parameter which you want to
     * delete one or more labels from. If it isn't present, the call will fail.
     * Required. */
    bool has_parameter_version;
    int64_t parameter_version;
    /* Labels: One or more labels to delete from the specified parameter version.
     * Required. */
    struct awsc_ssm_patch_id_list labels;
};

/* UnlabelParameterVersionResult */
struct awsc_ssm_unlabel_parameter_version_output {
    /* RemovedLabels: A list of all labels deleted from the parameter. */
    struct awsc_ssm_patch_id_list removed_labels;
    /* InvalidLabels: The labels that aren't attached to the given parameter
     * version. */
    struct awsc_ssm_patch_id_list invalid_labels;
};

/*
 * The calendar entry contained in the specified SSM document isn't supported.
 */
struct awsc_ssm_unsupported_calendar_exception {
    /* Message: */
    const char *message;
};

/*
 * Patching for applications released by Microsoft is only available on EC2
 * instances and advanced instances. To patch applications released by
 * Microsoft on on-premises servers and VMs, you must enable advanced
 * instances.
 */
struct awsc_ssm_unsupported_feature_required_exception {
    /* Message: */
    const char *message;
};

/*
 * The Context attribute that you specified for the InventoryItem isn't allowed
 * for this inventory type. You can only use the Context attribute with
 * inventory types like AWS:ComplianceItem .
 */
struct awsc_ssm_unsupported_inventory_item_context_exception {
    /* TypeName: */
    const char *type_name;
    /* Message: */
    const char *message;
};

/*
 * Inventory item type schema version has to match supported versions in the
 * service. Check output of GetInventorySchema to see the available schema
 * version for each type.
 */
struct awsc_ssm_unsupported_inventory_schema_version_exception {
    /* Message: */
    const char *message;
};

/*
 * The operating systems you specified isn't supported, or the operation isn't
 * supported for the operating system.
 */
struct awsc_ssm_unsupported_operating_system {
    /* Message: */
    const char *message;
};

/*
 * This operation is not supported for the current account. You must first
 * enable the Systems Manager integrated experience in your account.
 */
struct awsc_ssm_unsupported_operation_exception {
    /* Message: */
    const char *message;
};

/*
 * The parameter type isn't supported.
 */
struct awsc_ssm_unsupported_parameter_type {
    /* message: */
    const char *message;
};

/*
 * The document doesn't support the platform type of the given managed node
 * IDs. For example, you sent an document for a Windows managed node to a Linux
 * node.
 */
struct awsc_ssm_unsupported_platform_type {
    /* Message: */
    const char *message;
};

/* UpdateAssociationRequest */
struct awsc_ssm_update_association_input {
    /* AssociationId: The ID of the association you want to update. Required. */
    const char *association_id;
    /* Parameters: The parameters you want to update for the association. If you
     * create a parameter using Parameter Store, a tool in Amazon Web Services
     * Systems Manager, you can reference the parameter using ... */
    struct awsc_ssm_automation_parameter_map parameters;
    /* DocumentVersion: The document version you want update for the association.
     * State Manager doesn't support running associations that use a new version of
     * a document if that document is shared from another account. */
    const char *document_version;
    /* ScheduleExpression: The cron expression used to schedule the association
     * that you want to update. */
    const char *schedule_expression;
    /* OutputLocation: An S3 bucket where you want to store the results of this
     * request. */
    struct awsc_ssm_instance_association_output_location *output_location;
    /* Name: The name of the SSM Command document or Automation runbook that
     * contains the configuration information for the managed node. */
    const char *name;
    /* Targets: The targets of the association. */
    struct awsc_ssm_targets targets;
    /* AssociationName: The name of the association that you want to update. */
    const char *association_name;
    /* AssociationVersion: This parameter is provided for concurrency control
     * purposes. You must specify the latest association version in the service. */
    const char *association_version;
    /* AutomationTargetParameterName: Choose the parameter that will define how
     * your automation will branch out. This target is required for associations
     * that use an Automation runbook and target resources by using rate controls. */
    const char *automation_target_parameter_name;
    /* MaxErrors: The number of errors that are allowed before the system stops
     * sending requests to run the association on additional targets. */
    const char *max_errors;
    /* MaxConcurrency: The maximum number of targets allowed to run the association
     * at the same time. You can specify a number, for example 10, or a percentage
     * of the target set, for example 10%. */
    const char *max_concurrency;
    /* ComplianceSeverity: The severity level to assign to the association. One of
     * enum awsc_ssm_association_compliance_severity's values (as its string). */
    const char *compliance_severity;
    /* SyncCompliance: The mode for generating association compliance. You can
     * specify AUTO or MANUAL . In AUTO mode, the system uses the status of the
     * association execution to determine the compliance status. One of enum
     * awsc_ssm_association_sync_compliance's values (as its string). */
    const char *sync_compliance;
    /* ApplyOnlyAtCronInterval: By default, when you update an association, the
     * system runs it immediately after it is updated and then according to the
     * schedule you specified. */
    bool has_apply_only_at_cron_interval;
    bool apply_only_at_cron_interval;
    /* CalendarNames: The names or Amazon Resource Names (ARNs) of the Change
     * Calendar type documents you want to gate your associations under. The
     * associations only run when that change calendar is open. */
    struct awsc_ssm_patch_id_list calendar_names;
    /* TargetLocations: A location is a combination of Amazon Web Services Regions
     * and Amazon Web Services accounts where you want to run the association. */
    struct awsc_ssm_target_locations target_locations;
    /* ScheduleOffset: Number of days to wait after the scheduled day to run an
     * association. */
    bool has_schedule_offset;
    int32_t schedule_offset;
    /* Duration: The number of hours the association can run before it is canceled.
     * Duration applies to associations that are currently running, and any pending
     * and in progress commands on all targets. */
    bool has_duration;
    int32_t duration;
    /* TargetMaps: A key-value mapping of document parameters to target resources.
     * Both Targets and TargetMaps can't be specified together. */
    struct awsc_ssm_target_maps target_maps;
    /* AlarmConfiguration: */
    struct awsc_ssm_alarm_configuration *alarm_configuration;
    /* AssociationDispatchAssumeRole: A role used by association to take actions on
     * your behalf. State Manager will assume this role and call required APIs when
     * dispatching configurations to nodes. */
    const char *association_dispatch_assume_role;
};

/* UpdateAssociationResult */
struct awsc_ssm_update_association_output {
    /* AssociationDescription: The description of the association that was updated. */
    struct awsc_ssm_association_description *association_description;
};

/* UpdateAssociationStatusRequest */
struct awsc_ssm_update_association_status_input {
    /* Name: The name of the SSM document. Required. */
    const char *name;
    /* InstanceId: The managed node ID. Required. */
    const char *instance_id;
    /* AssociationStatus: The association status. Required. */
    struct awsc_ssm_association_status *association_status;
};

/* UpdateAssociationStatusResult */
struct awsc_ssm_update_association_status_output {
    /* AssociationDescription: Information about the association. */
    struct awsc_ssm_association_description *association_description;
};

/* UpdateCloudConnectorRequest */
struct awsc_ssm_update_cloud_connector_input {
    /* CloudConnectorId: The ID of the cloud connector to update. Required. */
    const char *cloud_connector_id;
    /* DisplayName: A new friendly name for the cloud connector. */
    const char *display_name;
    /* Configuration: The updated configuration details for connecting to the
     * third-party cloud environment. */
    struct awsc_ssm_cloud_connector_configuration *configuration;
    /* Description: A new description for the cloud connector. */
    const char *description;
};

/* UpdateCloudConnectorResult */
struct awsc_ssm_update_cloud_connector_output {
    /* CloudConnectorId: The ID of the cloud connector that was updated. */
    const char *cloud_connector_id;
};

/* UpdateDocumentDefaultVersionRequest */
struct awsc_ssm_update_document_default_version_input {
    /* Name: The name of a custom document that you want to set as the default
     * version. Required. */
    const char *name;
    /* DocumentVersion: The version of a custom document that you want to set as
     * the default version. Required. */
    const char *document_version;
};

/* UpdateDocumentDefaultVersionResult */
struct awsc_ssm_update_document_default_version_output {
    /* Description: The description of a custom document that you want to set as
     * the default version. */
    struct awsc_ssm_document_default_version_description *description;
};

/* UpdateDocumentMetadataRequest */
struct awsc_ssm_update_document_metadata_input {
    /* Name: The name of the change template for which a version's metadata is to
     * be updated. Required. */
    const char *name;
    /* DocumentVersion: The version of a change template in which to update
     * approval metadata. */
    const char *document_version;
    /* DocumentReviews: The change template review details to update. Required. */
    struct awsc_ssm_document_reviews *document_reviews;
};

/* UpdateDocumentMetadataResponse */
struct awsc_ssm_update_document_metadata_output {
    char unused_; /* no members */
};

/* UpdateDocumentRequest */
struct awsc_ssm_update_document_input {
    /* Content: A valid JSON or YAML string. Required. */
    const char *content;
    /* Attachments: A list of key-value pairs that describe attachments to a
     * version of a document. */
    struct awsc_ssm_attachments_source_list attachments;
    /* Name: The name of the SSM document that you want to update. Required. */
    const char *name;
    /* DisplayName: The friendly name of the SSM document that you want to update.
     * This value can differ for each version of the document. */
    const char *display_name;
    /* VersionName: An optional field specifying the version of the artifact you
     * are updating with the document. For example, 12.6. This value is unique
     * across all versions of a document, and can't be changed. */
    const char *version_name;
    /* DocumentVersion: The version of the document that you want to update.
     * Currently, Systems Manager supports updating only the latest version of the
     * document. */
    const char *document_version;
    /* DocumentFormat: Specify the document format for the new document version.
     * Systems Manager supports JSON and YAML documents. JSON is the default
     * format. One of enum awsc_ssm_document_format's values (as its string). */
    const char *document_format;
    /* TargetType: Specify a new target type for the document. */
    const char *target_type;
};

/* UpdateDocumentResult */
struct awsc_ssm_update_document_output {
    /* DocumentDescription: A description of the document that was updated. */
    struct awsc_ssm_document_description *document_description;
};

/* UpdateMaintenanceWindowRequest */
struct awsc_ssm_update_maintenance_window_input {
    /* WindowId: The ID of the maintenance window to update. Required. */
    const char *window_id;
    /* Name: The name of the maintenance window. */
    const char *name;
    /* Description: An optional description for the update request. */
    const char *description;
    /* StartDate: The date and time, in ISO-8601 Extended format, for when you want
     * the maintenance window to become active. */
    const char *start_date;
    /* EndDate: The date and time, in ISO-8601 Extended format, for when you want
     * the maintenance window to become inactive. */
    const char *end_date;
    /* Schedule: The schedule of the maintenance window in the form of a cron or
     * rate expression. */
    const char *schedule;
    /* ScheduleTimezone: The time zone that the scheduled maintenance window
     * executions are based on, in Internet Assigned Numbers Authority (IANA)
     * format. For example: "America/Los_Angeles", "UTC", or "Asia/Seoul". */
    const char *schedule_timezone;
    /* ScheduleOffset: The number of days to wait after the date and time specified
     * by a cron expression before running the maintenance window. */
    bool has_schedule_offset;
    int32_t schedule_offset;
    /* Duration: The duration of the maintenance window in hours. */
    bool has_duration;
    int32_t duration;
    /* Cutoff: The number of hours before the end of the maintenance window that
     * Amazon Web Services Systems Manager stops scheduling new tasks for
     * execution. */
    bool has_cutoff;
    int32_t cutoff;
    /* AllowUnassociatedTargets: Whether targets must be registered with the
     * maintenance window before tasks can be defined for those targets. */
    bool has_allow_unassociated_targets;
    bool allow_unassociated_targets;
    /* Enabled: Whether the maintenance window is enabled. */
    bool has_enabled;
    bool enabled;
    /* Replace: If True , then all fields that are required by the
     * CreateMaintenanceWindow operation are also required for this API request.
     * Optional fields that aren't specified are set to null. */
    bool has_replace;
    bool replace;
};

/* UpdateMaintenanceWindowResult */
struct awsc_ssm_update_maintenance_window_output {
    /* WindowId: The ID of the created maintenance window. */
    const char *window_id;
    /* Name: The name of the maintenance window. */
    const char *name;
    /* Description: An optional description of the update. */
    const char *description;
    /* StartDate: The date and time, in ISO-8601 Extended format, for when the
     * maintenance window is scheduled to become active. The maintenance window
     * won't run before this specified time. */
    const char *start_date;
    /* EndDate: The date and time, in ISO-8601 Extended format, for when the
     * maintenance window is scheduled to become inactive. The maintenance window
     * won't run after this specified time. */
    const char *end_date;
    /* Schedule: The schedule of the maintenance window in the form of a cron or
     * rate expression. */
    const char *schedule;
    /* ScheduleTimezone: The time zone that the scheduled maintenance window
     * executions are based on, in Internet Assigned Numbers Authority (IANA)
     * format. For example: "America/Los_Angeles", "UTC", or "Asia/Seoul". */
    const char *schedule_timezone;
    /* ScheduleOffset: The number of days to wait to run a maintenance window after
     * the scheduled cron expression date and time. */
    bool has_schedule_offset;
    int32_t schedule_offset;
    /* Duration: The duration of the maintenance window in hours. */
    bool has_duration;
    int32_t duration;
    /* Cutoff: The number of hours before the end of the maintenance window that
     * Amazon Web Services Systems Manager stops scheduling new tasks for
     * execution. */
    bool has_cutoff;
    int32_t cutoff;
    /* AllowUnassociatedTargets: Whether targets must be registered with the
     * maintenance window before tasks can be defined for those targets. */
    bool has_allow_unassociated_targets;
    bool allow_unassociated_targets;
    /* Enabled: Whether the maintenance window is enabled. */
    bool has_enabled;
    bool enabled;
};

/* UpdateMaintenanceWindowTargetRequest */
struct awsc_ssm_update_maintenance_window_target_input {
    /* WindowId: The maintenance window ID with which to modify the target.
     * Required. */
    const char *window_id;
    /* WindowTargetId: The target ID to modify. Required. */
    const char *window_target_id;
    /* Targets: The targets to add or replace. */
    struct awsc_ssm_targets targets;
    /* OwnerInformation: User-provided value that will be included in any Amazon
     * CloudWatch Events events raised while running tasks for these targets in
     * this maintenance window. */
    const char *owner_information;
    /* Name: A name for the update. */
    const char *name;
    /* Description: An optional description for the update. */
    const char *description;
    /* Replace: If True , then all fields that are required by the
     * RegisterTargetWithMaintenanceWindow operation are also required for this API
     * request. Optional fields that aren't specified are set to null. */
    bool has_replace;
    bool replace;
};

/* UpdateMaintenanceWindowTargetResult */
struct awsc_ssm_update_maintenance_window_target_output {
    /* WindowId: The maintenance window ID specified in the update request. */
    const char *window_id;
    /* WindowTargetId: The target ID specified in the update request. */
    const char *window_target_id;
    /* Targets: The updated targets. */
    struct awsc_ssm_targets targets;
    /* OwnerInformation: The updated owner. */
    const char *owner_information;
    /* Name: The updated name. */
    const char *name;
    /* Description: The updated description. */
    const char *description;
};

/* UpdateMaintenanceWindowTaskRequest */
struct awsc_ssm_update_maintenance_window_task_input {
    /* WindowId: The maintenance window ID that contains the task to modify.
     * Required. */
    const char *window_id;
    /* WindowTaskId: The task ID to modify. Required. */
    const char *window_task_id;
    /* Targets: The targets (either managed nodes or tags) to modify. Managed nodes
     * are specified using the format
     * Key=instanceids,Values=instanceID_1,instanceID_2 . */
    struct awsc_ssm_targets targets;
    /* TaskArn: The task ARN to modify. */
    const char *task_arn;
    /* ServiceRoleArn: The Amazon Resource Name (ARN) of the IAM service role for
     * Amazon Web Services Systems Manager to assume when running a maintenance
     * window task. */
    const char *service_role_arn;
    /* TaskParameters: The parameters to modify. TaskParameters has been
     * deprecated. To specify parameters to pass to a task when it runs, instead
     * use the Parameters option in the TaskInvocationParameters structure. */
    struct awsc_ssm_maintenance_window_task_parameters task_parameters;
    /* TaskInvocationParameters: The parameters that the task should use during
     * execution. Populate only the fields that match the task type. All other
     * fields should be empty. */
    struct awsc_ssm_maintenance_window_task_invocation_parameters *task_invocation_parameters;
    /* Priority: The new task priority to specify. The lower the number, the higher
     * the priority. Tasks that have the same priority are scheduled in parallel. */
    bool has_priority;
    int32_t priority;
    /* MaxConcurrency: The new MaxConcurrency value you want to specify.
     * MaxConcurrency is the number of targets that are allowed to run this task,
     * in parallel. */
    const char *max_concurrency;
    /* MaxErrors: The new MaxErrors value to specify. MaxErrors is the maximum
     * number of errors that are allowed before the task stops being scheduled. */
    const char *max_errors;
    /* LoggingInfo: The new logging location in Amazon S3 to specify. LoggingInfo
     * has been deprecated. */
    struct awsc_ssm_logging_info *logging_info;
    /* Name: The new task name to specify. */
    const char *name;
    /* Description: The new task description to specify. */
    const char *description;
    /* Replace: If True, then all fields that are required by the
     * RegisterTaskWithMaintenanceWindow operation are also required for this API
     * request. Optional fields that aren't specified are set to null. */
    bool has_replace;
    bool replace;
    /* CutoffBehavior: Indicates whether tasks should continue to run after the
     * cutoff time specified in the maintenance windows is reached. One of enum
     * awsc_ssm_maintenance_window_task_cutoff_behavior's values (as its string). */
    const char *cutoff_behavior;
    /* AlarmConfiguration: The CloudWatch alarm you want to apply to your
     * maintenance window task. */
    struct awsc_ssm_alarm_configuration *alarm_configuration;
};

/* UpdateMaintenanceWindowTaskResult */
struct awsc_ssm_update_maintenance_window_task_output {
    /* WindowId: The ID of the maintenance window that was updated. */
    const char *window_id;
    /* WindowTaskId: The task ID of the maintenance window that was updated. */
    const char *window_task_id;
    /* Targets: The updated target values. */
    struct awsc_ssm_targets targets;
    /* TaskArn: The updated task ARN value. */
    const char *task_arn;
    /* ServiceRoleArn: The Amazon Resource Name (ARN) of the IAM service role for
     * Amazon Web Services Systems Manager to assume when running a maintenance
     * window task. */
    const char *service_role_arn;
    /* TaskParameters: The updated parameter values. TaskParameters has been
     * deprecated. To specify parameters to pass to a task when it runs, instead
     * use the Parameters option in the TaskInvocationParameters structure. */
    struct awsc_ssm_maintenance_window_task_parameters task_parameters;
    /* TaskInvocationParameters: The updated parameter values. */
    struct awsc_ssm_maintenance_window_task_invocation_parameters *task_invocation_parameters;
    /* Priority: The updated priority value. */
    bool has_priority;
    int32_t priority;
    /* MaxConcurrency: The updated MaxConcurrency value. */
    const char *max_concurrency;
    /* MaxErrors: The updated MaxErrors value. */
    const char *max_errors;
    /* LoggingInfo: The updated logging information in Amazon S3. LoggingInfo has
     * been deprecated. */
    struct awsc_ssm_logging_info *logging_info;
    /* Name: The updated task name. */
    const char *name;
    /* Description: The updated task description. */
    const char *description;
    /* CutoffBehavior: The specification for whether tasks should continue to run
     * after the cutoff time specified in the maintenance windows is reached. One
     * of enum awsc_ssm_maintenance_window_task_cutoff_behavior's values (as its
     * string). */
    const char *cutoff_behavior;
    /* AlarmConfiguration: The details for the CloudWatch alarm you applied to your
     * maintenance window task. */
    struct awsc_ssm_alarm_configuration *alarm_configuration;
};

/* UpdateManagedInstanceRoleRequest */
struct awsc_ssm_update_managed_instance_role_input {
    /* InstanceId: The ID of the managed node where you want to update the role.
     * Required. */
    const char *instance_id;
    /* IamRole: The name of the Identity and Access Management (IAM) role that you
     * want to assign to the managed node. Required. */
    const char *iam_role;
};

/* UpdateManagedInstanceRoleResult */
struct awsc_ssm_update_managed_instance_role_output {
    char unused_; /* no members */
};

/* UpdateOpsItemRequest */
struct awsc_ssm_update_ops_item_input {
    /* Description: User-defined text that contains information about the OpsItem,
     * in Markdown format. */
    const char *description;
    /* OperationalData: Add new keys or edit existing key-value pairs of the
     * OperationalData map in the OpsItem object. */
    struct awsc_ssm_ops_item_operational_data operational_data;
    /* OperationalDataToDelete: Keys that you want to remove from the
     * OperationalData map. */
    struct awsc_ssm_patch_id_list operational_data_to_delete;
    /* Notifications: The Amazon Resource Name (ARN) of an SNS topic where
     * notifications are sent when this OpsItem is edited or changed. */
    struct awsc_ssm_ops_item_notifications notifications;
    /* Priority: The importance of this OpsItem in relation to other OpsItems in
     * the system. */
    bool has_priority;
    int32_t priority;
    /* RelatedOpsItems: One or more OpsItems that share something in common with
     * the current OpsItems. */
    struct awsc_ssm_related_ops_items related_ops_items;
    /* Status: The OpsItem status. For more information, see Editing OpsItem
     * details in the Amazon Web Services Systems Manager User Guide . One of enum
     * awsc_ssm_ops_item_status's values (as its string). */
    const char *status;
    /* OpsItemId: The ID of the OpsItem. Required. */
    const char *ops_item_id;
    /* Title: A short heading that describes the nature of the OpsItem and the
     * impacted resource. */
    const char *title;
    /* Category: Specify a new category for an OpsItem. */
    const char *category;
    /* Severity: Specify a new severity for an OpsItem. */
    const char *severity;
    /* ActualStartTime: The time a runbook workflow started. Currently reported
     * only for the OpsItem type /aws/changerequest . */
    bool has_actual_start_time;
    struct awsc_timestamp actual_start_time;
    /* ActualEndTime: The time a runbook workflow ended. Currently reported only
     * for the OpsItem type /aws/changerequest . */
    bool has_actual_end_time;
    struct awsc_timestamp actual_end_time;
    /* PlannedStartTime: The time specified in a change request for a runbook
     * workflow to start. Currently supported only for the OpsItem type
     * /aws/changerequest . */
    bool has_planned_start_time;
    struct awsc_timestamp planned_start_time;
    /* PlannedEndTime: The time specified in a change request for a runbook
     * workflow to end. Currently supported only for the OpsItem type
     * /aws/changerequest . */
    bool has_planned_end_time;
    struct awsc_timestamp planned_end_time;
    /* OpsItemArn: The OpsItem Amazon Resource Name (ARN). */
    const char *ops_item_arn;
};

/* UpdateOpsItemResponse */
struct awsc_ssm_update_ops_item_output {
    char unused_; /* no members */
};

/* UpdateOpsMetadataRequest */
struct awsc_ssm_update_ops_metadata_input {
    /* OpsMetadataArn: The Amazon Resource Name (ARN) of the OpsMetadata Object to
     * update. Required. */
    const char *ops_metadata_arn;
    /* MetadataToUpdate: Metadata to add to an OpsMetadata object. */
    struct awsc_ssm_metadata_map metadata_to_update;
    /* KeysToDelete: The metadata keys to delete from the OpsMetadata object. */
    struct awsc_ssm_patch_id_list keys_to_delete;
};

/* UpdateOpsMetadataResult */
struct awsc_ssm_update_ops_metadata_output {
    /* OpsMetadataArn: The Amazon Resource Name (ARN) of the OpsMetadata Object
     * that was updated. */
    const char *ops_metadata_arn;
};

/* UpdatePatchBaselineRequest */
struct awsc_ssm_update_patch_baseline_input {
    /* BaselineId: The ID of the patch baseline to update. Required. */
    const char *baseline_id;
    /* Name: The name of the patch baseline. */
    const char *name;
    /* GlobalFilters: A set of global filters used to include patches in the
     * baseline. The GlobalFilters parameter can be configured only by using the
     * CLI or an Amazon Web Services SDK. */
    struct awsc_ssm_patch_filter_group *global_filters;
    /* ApprovalRules: A set of rules used to include patches in the baseline. */
    struct awsc_ssm_patch_rule_group *approval_rules;
    /* ApprovedPatches: A list of explicitly approved patches for the baseline. */
    struct awsc_ssm_patch_id_list approved_patches;
    /* ApprovedPatchesComplianceLevel: Assigns a new compliance severity level to
     * an existing patch baseline. One of enum awsc_ssm_patch_compliance_level's
     * values (as its string). */
    const char *approved_patches_compliance_level;
    /* ApprovedPatchesEnableNonSecurity: Indicates whether the list of approved
     * patches includes non-security updates that should be applied to the managed
     * nodes. The default value is false . Applies to Linux managed nodes only. */
    bool has_approved_patches_enable_non_security;
    bool approved_patches_enable_non_security;
    /* RejectedPatches: A list of explicitly rejected patches for the baseline. */
    struct awsc_ssm_patch_id_list rejected_patches;
    /* RejectedPatchesAction: The action for Patch Manager to take on patches
     * included in the RejectedPackages list. One of enum awsc_ssm_patch_action's
     * values (as its string). */
    const char *rejected_patches_action;
    /* Description: A description of the patch baseline. */
    const char *description;
    /* Sources: Information about the patches to use to update the managed nodes,
     * including target operating systems and source repositories. Applies to Linux
     * managed nodes only. */
    struct awsc_ssm_patch_source_list sources;
    /* AvailableSecurityUpdatesComplianceStatus: Indicates the status to be
     * assigned to security patches that are available but not approved because
     * they don't meet the installation criteria specified in the patch baseline.
     * One of enum awsc_ssm_patch_compliance_status's values (as its string). */
    const char *available_security_updates_compliance_status;
    /* Replace: If True, then all fields that are required by the
     * CreatePatchBaseline operation are also required for this API request.
     * Optional fields that aren't specified are set to null. */
    bool has_replace;
    bool replace;
};

/* UpdatePatchBaselineResult */
struct awsc_ssm_update_patch_baseline_output {
    /* BaselineId: The ID of the deleted patch baseline. */
    const char *baseline_id;
    /* Name: The name of the patch baseline. */
    const char *name;
    /* OperatingSystem: The operating system rule used by the updated patch
     * baseline. One of enum awsc_ssm_operating_system's values (as its string). */
    const char *operating_system;
    /* GlobalFilters: A set of global filters used to exclude patches from the
     * baseline. */
    struct awsc_ssm_patch_filter_group *global_filters;
    /* ApprovalRules: A set of rules used to include patches in the baseline. */
    struct awsc_ssm_patch_rule_group *approval_rules;
    /* ApprovedPatches: A list of explicitly approved patches for the baseline. */
    struct awsc_ssm_patch_id_list approved_patches;
    /* ApprovedPatchesComplianceLevel: The compliance severity level assigned to
     * the patch baseline after the update completed. One of enum
     * awsc_ssm_patch_compliance_level's values (as its string). */
    const char *approved_patches_compliance_level;
    /* ApprovedPatchesEnableNonSecurity: Indicates whether the list of approved
     * patches includes non-security updates that should be applied to the managed
     * nodes. The default value is false . Applies to Linux managed nodes only. */
    bool has_approved_patches_enable_non_security;
    bool approved_patches_enable_non_security;
    /* RejectedPatches: A list of explicitly rejected patches for the baseline. */
    struct awsc_ssm_patch_id_list rejected_patches;
    /* RejectedPatchesAction: The action specified to take on patches included in
     * the RejectedPatches list. One of enum awsc_ssm_patch_action's values (as its
     * string). */
    const char *rejected_patches_action;
    /* CreatedDate: The date when the patch baseline was created. */
    bool has_created_date;
    struct awsc_timestamp created_date;
    /* ModifiedDate: The date when the patch baseline was last modified. */
    bool has_modified_date;
    struct awsc_timestamp modified_date;
    /* Description: A description of the patch baseline. */
    const char *description;
    /* Sources: Information about the patches to use to update the managed nodes,
     * including target operating systems and source repositories. Applies to Linux
     * managed nodes only. */
    struct awsc_ssm_patch_source_list sources;
    /* AvailableSecurityUpdatesComplianceStatus: Indicates the compliance status of
     * managed nodes for which security-related patches are available but were not
     * approved. One of enum awsc_ssm_patch_compliance_status's values (as its
     * string). */
    const char *available_security_updates_compliance_status;
};

/* UpdateResourceDataSyncRequest */
struct awsc_ssm_update_resource_data_sync_input {
    /* SyncName: The name of the resource data sync you want to update. Required. */
    const char *sync_name;
    /* SyncType: The type of resource data sync. The supported SyncType is
     * SyncFromSource. Required. */
    const char *sync_type;
    /* SyncSource: Specify information about the data sources to synchronize.
     * Required. */
    struct awsc_ssm_resource_data_sync_source *sync_source;
};

/* UpdateResourceDataSyncResult */
struct awsc_ssm_update_resource_data_sync_output {
    char unused_; /* no members */
};

/*
 * The request body of the UpdateServiceSetting API operation.
 */
struct awsc_ssm_update_service_setting_input {
    /* SettingId: The Amazon Resource Name (ARN) of the service setting to update.
     * For example,
     * arn:aws:ssm:us-east-1:111122223333:servicesetting/ssm/parameter-store/high-throughput-enabled
     * . Required. */
    const char *setting_id;
    /* SettingValue: The new value to specify for the service setting. The
     * following list specifies the available values for each setting. For
     * /ssm/appmanager/appmanager-enabled , enter True or False . Required. */
    const char *setting_value;
};

/*
 * The result body of the UpdateServiceSetting API operation.
 */
struct awsc_ssm_update_service_setting_output {
    char unused_; /* no members */
};

/* ValidateCloudConnectorRequest */
struct awsc_ssm_validate_cloud_connector_input {
    /* CloudConnectorId: The ID of the cloud connector to validate. Required. */
    const char *cloud_connector_id;
    /* MaxResults: The maximum number of validation findings to return. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: The token for the next set of items to return. (You received this
     * token from a previous call.) */
    const char *next_token;
};

/* ValidateCloudConnectorResult */
struct awsc_ssm_validate_cloud_connector_output {
    /* ValidationFindings: A list of validation findings for the cloud connector. */
    struct awsc_ssm_validation_finding_list validation_findings;
    /* NextToken: The token to use when requesting the next set of items. */
    const char *next_token;
};

/*
 * The request isn't valid. Verify that you entered valid contents for the
 * command and try again.
 */
struct awsc_ssm_validation_exception {
    /* Message: */
    const char *message;
    /* ReasonCode: The reason code for the invalid request. */
    const char *reason_code;
};

/*
 * A validation finding from a cloud connector validation check.
 */
struct awsc_ssm_validation_finding {
    /* Type: The type of the validation finding. One of enum
     * awsc_ssm_validation_finding_type's values (as its string). */
    const char *type;
    /* Code: A code that identifies the specific validation finding. One of enum
     * awsc_ssm_validation_finding_code's values (as its string). */
    const char *code;
    /* Message: A message that describes the validation finding. */
    const char *message;
    /* ProviderMessage: A message from the third-party cloud provider related to
     * the validation finding. */
    const char *provider_message;
    /* Scope: The scope of the validation finding, identifying the specific
     * resource affected. */
    struct awsc_ssm_validation_finding_scope *scope;
};

/*
 * Identifies the specific resource scope of a validation finding.
 */
struct awsc_ssm_validation_finding_scope {
    /* Type: The type of the resource scope. One of enum
     * awsc_ssm_validation_finding_scope_type's values (as its string). */
    const char *type;
    /* Id: The ID of the resource within the scope. */
    const char *id;
};

struct awsc_ssm_step_preview_map_entry {
    const char *key;
    int32_t value;
};

struct awsc_ssm_automation_parameter_map_entry {
    const char *key;
    struct awsc_ssm_patch_id_list value;
};

struct awsc_ssm_normal_string_map_entry {
    const char *key;
    const char *value;
};

struct awsc_ssm_inventory_result_item_map_entry {
    const char *key;
    struct awsc_ssm_inventory_result_item value;
};

struct awsc_ssm_maintenance_window_task_parameters_entry {
    const char *key;
    struct awsc_ssm_maintenance_window_task_parameter_value_expression value;
};

struct awsc_ssm_metadata_map_entry {
    const char *key;
    struct awsc_ssm_metadata_value value;
};

struct awsc_ssm_ops_entity_item_map_entry {
    const char *key;
    struct awsc_ssm_ops_entity_item value;
};

struct awsc_ssm_ops_item_operational_data_entry {
    const char *key;
    struct awsc_ssm_ops_item_data_value value;
};

/* ----------------------------------------------------------- operations */

/*
 * AddTagsToResource
 * Adds or overwrites one or more tags for the specified resource. Tags are
 * metadata that you can assign to your automations, documents, managed nodes,
 * maintenance windows, Parameter Store parameters, and patch baselines.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_RESOURCE_ID,
 *   AWSC_SSM_ERR_INVALID_RESOURCE_TYPE, AWSC_SSM_ERR_TOO_MANY_TAGS_ERROR,
 *   AWSC_SSM_ERR_TOO_MANY_UPDATES
 */
AWSC_API int awsc_ssm_add_tags_to_resource(struct awsc_client *client,
                                           const struct awsc_ssm_add_tags_to_resource_input *input,
                                           struct awsc_ssm_add_tags_to_resource_output **output,
                                           struct awsc_error *err);
typedef void awsc_ssm_add_tags_to_resource_cb(void *user_data,
                                              int status,
                                              struct awsc_ssm_add_tags_to_resource_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_ssm_add_tags_to_resource_async(struct awsc_client *client,
                                                 const struct awsc_ssm_add_tags_to_resource_input *input,
                                                 awsc_ssm_add_tags_to_resource_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * AssociateOpsItemRelatedItem
 * Associates a related item to a Systems Manager OpsCenter OpsItem. For
 * example, you can associate an Incident Manager incident or analysis with an
 * OpsItem. Incident Manager and OpsCenter are tools in Amazon Web Services
 * Systems Manager.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_OPS_ITEM_CONFLICT_EXCEPTION,
 *   AWSC_SSM_ERR_OPS_ITEM_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SSM_ERR_OPS_ITEM_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SSM_ERR_OPS_ITEM_NOT_FOUND_EXCEPTION,
 *   AWSC_SSM_ERR_OPS_ITEM_RELATED_ITEM_ALREADY_EXISTS_EXCEPTION
 */
AWSC_API int awsc_ssm_associate_ops_item_related_item(struct awsc_client *client,
                                                      const struct awsc_ssm_associate_ops_item_related_item_input *input,
                                                      struct awsc_ssm_associate_ops_item_related_item_output **output,
                                                      struct awsc_error *err);
typedef void awsc_ssm_associate_ops_item_related_item_cb(void *user_data,
                                                         int status,
                                                         struct awsc_ssm_associate_ops_item_related_item_output *output,
                                                         struct awsc_error *err);
AWSC_API int awsc_ssm_associate_ops_item_related_item_async(struct awsc_client *client,
                                                            const struct awsc_ssm_associate_ops_item_related_item_input *input,
                                                            awsc_ssm_associate_ops_item_related_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);

/*
 * CancelCommand
 * Attempts to cancel the command specified by the Command ID. There is no
 * guarantee that the command will be terminated and the underlying process
 * stopped.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DUPLICATE_INSTANCE_ID, AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_INVALID_COMMAND_ID, AWSC_SSM_ERR_INVALID_INSTANCE_ID
 */
AWSC_API int awsc_ssm_cancel_command(struct awsc_client *client,
                                     const struct awsc_ssm_cancel_command_input *input,
                                     struct awsc_ssm_cancel_command_output **output,
                                     struct awsc_error *err);
typedef void awsc_ssm_cancel_command_cb(void *user_data,
                                        int status,
                                        struct awsc_ssm_cancel_command_output *output,
                                        struct awsc_error *err);
AWSC_API int awsc_ssm_cancel_command_async(struct awsc_client *client,
                                           const struct awsc_ssm_cancel_command_input *input,
                                           awsc_ssm_cancel_command_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err);

/*
 * CancelMaintenanceWindowExecution
 * Stops a maintenance window execution that is already in progress and cancels
 * any tasks in the window that haven't already starting running. Tasks already
 * in progress will continue to completion.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DOES_NOT_EXIST_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_cancel_maintenance_window_execution(struct awsc_client *client,
                                                          const struct awsc_ssm_cancel_maintenance_window_execution_input *input,
                                                          struct awsc_ssm_cancel_maintenance_window_execution_output **output,
                                                          struct awsc_error *err);
typedef void awsc_ssm_cancel_maintenance_window_execution_cb(void *user_data,
                                                             int status,
                                                             struct awsc_ssm_cancel_maintenance_window_execution_output *output,
                                                             struct awsc_error *err);
AWSC_API int awsc_ssm_cancel_maintenance_window_execution_async(struct awsc_client *client,
                                                                const struct awsc_ssm_cancel_maintenance_window_execution_input *input,
                                                                awsc_ssm_cancel_maintenance_window_execution_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);

/*
 * CreateActivation
 * Generates an activation code and activation ID you can use to register your
 * on-premises servers, edge devices, or virtual machine (VM) with Amazon Web
 * Services Systems Manager. Registering these machines with Systems Manager
 * makes it possible to manage them using Systems Manager tools.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_PARAMETERS
 */
AWSC_API int awsc_ssm_create_activation(struct awsc_client *client,
                                        const struct awsc_ssm_create_activation_input *input,
                                        struct awsc_ssm_create_activation_output **output,
                                        struct awsc_error *err);
typedef void awsc_ssm_create_activation_cb(void *user_data,
                                           int status,
                                           struct awsc_ssm_create_activation_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_ssm_create_activation_async(struct awsc_client *client,
                                              const struct awsc_ssm_create_activation_input *input,
                                              awsc_ssm_create_activation_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * CreateAssociation
 * A State Manager association defines the state that you want to maintain on
 * your managed nodes. For example, an association can specify that anti-virus
 * software must be installed and running on your managed nodes, or that
 * certain ports must be closed.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_ASSOCIATION_ALREADY_EXISTS,
 *   AWSC_SSM_ERR_ASSOCIATION_LIMIT_EXCEEDED,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_DOCUMENT,
 *   AWSC_SSM_ERR_INVALID_DOCUMENT_VERSION, AWSC_SSM_ERR_INVALID_INSTANCE_ID,
 *   AWSC_SSM_ERR_INVALID_OUTPUT_LOCATION, AWSC_SSM_ERR_INVALID_PARAMETERS,
 *   AWSC_SSM_ERR_INVALID_SCHEDULE, AWSC_SSM_ERR_INVALID_TAG,
 *   AWSC_SSM_ERR_INVALID_TARGET, AWSC_SSM_ERR_INVALID_TARGET_MAPS,
 *   AWSC_SSM_ERR_UNSUPPORTED_PLATFORM_TYPE
 */
AWSC_API int awsc_ssm_create_association(struct awsc_client *client,
                                         const struct awsc_ssm_create_association_input *input,
                                         struct awsc_ssm_create_association_output **output,
                                         struct awsc_error *err);
typedef void awsc_ssm_create_association_cb(void *user_data,
                                            int status,
                                            struct awsc_ssm_create_association_output *output,
                                            struct awsc_error *err);
AWSC_API int awsc_ssm_create_association_async(struct awsc_client *client,
                                               const struct awsc_ssm_create_association_input *input,
                                               awsc_ssm_create_association_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * CreateAssociationBatch
 * Associates the specified Amazon Web Services Systems Manager document (SSM
 * document) with the specified managed nodes or targets.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_ASSOCIATION_LIMIT_EXCEEDED,
 *   AWSC_SSM_ERR_DUPLICATE_INSTANCE_ID, AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_INVALID_DOCUMENT, AWSC_SSM_ERR_INVALID_DOCUMENT_VERSION,
 *   AWSC_SSM_ERR_INVALID_INSTANCE_ID, AWSC_SSM_ERR_INVALID_OUTPUT_LOCATION,
 *   AWSC_SSM_ERR_INVALID_PARAMETERS, AWSC_SSM_ERR_INVALID_SCHEDULE,
 *   AWSC_SSM_ERR_INVALID_TARGET, AWSC_SSM_ERR_INVALID_TARGET_MAPS,
 *   AWSC_SSM_ERR_UNSUPPORTED_PLATFORM_TYPE
 */
AWSC_API int awsc_ssm_create_association_batch(struct awsc_client *client,
                                               const struct awsc_ssm_create_association_batch_input *input,
                                               struct awsc_ssm_create_association_batch_output **output,
                                               struct awsc_error *err);
typedef void awsc_ssm_create_association_batch_cb(void *user_data,
                                                  int status,
                                                  struct awsc_ssm_create_association_batch_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_ssm_create_association_batch_async(struct awsc_client *client,
                                                     const struct awsc_ssm_create_association_batch_input *input,
                                                     awsc_ssm_create_association_batch_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * CreateCloudConnector
 * Creates a cloud connector that establishes a connection between Systems
 * Manager and a third-party cloud environment.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_CONFLICT_EXCEPTION, AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_SERVICE_QUOTA_EXCEEDED_EXCEPTION
 */
AWSC_API int awsc_ssm_create_cloud_connector(struct awsc_client *client,
                                             const struct awsc_ssm_create_cloud_connector_input *input,
                                             struct awsc_ssm_create_cloud_connector_output **output,
                                             struct awsc_error *err);
typedef void awsc_ssm_create_cloud_connector_cb(void *user_data,
                                                int status,
                                                struct awsc_ssm_create_cloud_connector_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_ssm_create_cloud_connector_async(struct awsc_client *client,
                                                   const struct awsc_ssm_create_cloud_connector_input *input,
                                                   awsc_ssm_create_cloud_connector_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * CreateDocument
 * Creates a Amazon Web Services Systems Manager (SSM document). An SSM
 * document defines the actions that Systems Manager performs on your managed
 * nodes.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DOCUMENT_ALREADY_EXISTS,
 *   AWSC_SSM_ERR_DOCUMENT_LIMIT_EXCEEDED,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_INVALID_DOCUMENT_CONTENT,
 *   AWSC_SSM_ERR_INVALID_DOCUMENT_SCHEMA_VERSION,
 *   AWSC_SSM_ERR_MAX_DOCUMENT_SIZE_EXCEEDED,
 *   AWSC_SSM_ERR_NO_LONGER_SUPPORTED_EXCEPTION,
 *   AWSC_SSM_ERR_TOO_MANY_UPDATES
 */
AWSC_API int awsc_ssm_create_document(struct awsc_client *client,
                                      const struct awsc_ssm_create_document_input *input,
                                      struct awsc_ssm_create_document_output **output,
                                      struct awsc_error *err);
typedef void awsc_ssm_create_document_cb(void *user_data,
                                         int status,
                                         struct awsc_ssm_create_document_output *output,
                                         struct awsc_error *err);
AWSC_API int awsc_ssm_create_document_async(struct awsc_client *client,
                                            const struct awsc_ssm_create_document_input *input,
                                            awsc_ssm_create_document_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * CreateMaintenanceWindow
 * Creates a new maintenance window. The value you specify for Duration
 * determines the specific end time for the maintenance window based on the
 * time it begins. No maintenance window tasks are permitted to start after the
 * resulting endtime minus the number of hours you specify for Cutoff .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_IDEMPOTENT_PARAMETER_MISMATCH,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_RESOURCE_LIMIT_EXCEEDED_EXCEPTION
 */
AWSC_API int awsc_ssm_create_maintenance_window(struct awsc_client *client,
                                                const struct awsc_ssm_create_maintenance_window_input *input,
                                                struct awsc_ssm_create_maintenance_window_output **output,
                                                struct awsc_error *err);
typedef void awsc_ssm_create_maintenance_window_cb(void *user_data,
                                                   int status,
                                                   struct awsc_ssm_create_maintenance_window_output *output,
                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_create_maintenance_window_async(struct awsc_client *client,
                                                      const struct awsc_ssm_create_maintenance_window_input *input,
                                                      awsc_ssm_create_maintenance_window_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * CreateOpsItem
 * Creates a new OpsItem. You must have permission in Identity and Access
 * Management (IAM) to create a new OpsItem. For more information, see Set up
 * OpsCenter in the Amazon Web Services Systems Manager User Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_OPS_ITEM_ACCESS_DENIED_EXCEPTION,
 *   AWSC_SSM_ERR_OPS_ITEM_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_SSM_ERR_OPS_ITEM_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SSM_ERR_OPS_ITEM_LIMIT_EXCEEDED_EXCEPTION
 */
AWSC_API int awsc_ssm_create_ops_item(struct awsc_client *client,
                                      const struct awsc_ssm_create_ops_item_input *input,
                                      struct awsc_ssm_create_ops_item_output **output,
                                      struct awsc_error *err);
typedef void awsc_ssm_create_ops_item_cb(void *user_data,
                                         int status,
                                         struct awsc_ssm_create_ops_item_output *output,
                                         struct awsc_error *err);
AWSC_API int awsc_ssm_create_ops_item_async(struct awsc_client *client,
                                            const struct awsc_ssm_create_ops_item_input *input,
                                            awsc_ssm_create_ops_item_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * CreateOpsMetadata
 * If you create a new application in Application Manager, Amazon Web Services
 * Systems Manager calls this API operation to specify information about the
 * new application, including the application type.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_OPS_METADATA_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_SSM_ERR_OPS_METADATA_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_SSM_ERR_OPS_METADATA_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SSM_ERR_OPS_METADATA_TOO_MANY_UPDATES_EXCEPTION
 */
AWSC_API int awsc_ssm_create_ops_metadata(struct awsc_client *client,
                                          const struct awsc_ssm_create_ops_metadata_input *input,
                                          struct awsc_ssm_create_ops_metadata_output **output,
                                          struct awsc_error *err);
typedef void awsc_ssm_create_ops_metadata_cb(void *user_data,
                                             int status,
                                             struct awsc_ssm_create_ops_metadata_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_ssm_create_ops_metadata_async(struct awsc_client *client,
                                                const struct awsc_ssm_create_ops_metadata_input *input,
                                                awsc_ssm_create_ops_metadata_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * CreatePatchBaseline
 * Creates a patch baseline. For information about valid key-value pairs in
 * PatchFilters for each supported operating system type, see PatchFilter .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_IDEMPOTENT_PARAMETER_MISMATCH,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_RESOURCE_LIMIT_EXCEEDED_EXCEPTION
 */
AWSC_API int awsc_ssm_create_patch_baseline(struct awsc_client *client,
                                            const struct awsc_ssm_create_patch_baseline_input *input,
                                            struct awsc_ssm_create_patch_baseline_output **output,
                                            struct awsc_error *err);
typedef void awsc_ssm_create_patch_baseline_cb(void *user_data,
                                               int status,
                                               struct awsc_ssm_create_patch_baseline_output *output,
                                               struct awsc_error *err);
AWSC_API int awsc_ssm_create_patch_baseline_async(struct awsc_client *client,
                                                  const struct awsc_ssm_create_patch_baseline_input *input,
                                                  awsc_ssm_create_patch_baseline_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * CreateResourceDataSync
 * A resource data sync helps you view data from multiple sources in a single
 * location. Amazon Web Services Systems Manager offers two types of resource
 * data sync: SyncToDestination and SyncFromSource .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_RESOURCE_DATA_SYNC_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_SSM_ERR_RESOURCE_DATA_SYNC_COUNT_EXCEEDED_EXCEPTION,
 *   AWSC_SSM_ERR_RESOURCE_DATA_SYNC_INVALID_CONFIGURATION_EXCEPTION
 */
AWSC_API int awsc_ssm_create_resource_data_sync(struct awsc_client *client,
                                                const struct awsc_ssm_create_resource_data_sync_input *input,
                                                struct awsc_ssm_create_resource_data_sync_output **output,
                                                struct awsc_error *err);
typedef void awsc_ssm_create_resource_data_sync_cb(void *user_data,
                                                   int status,
                                                   struct awsc_ssm_create_resource_data_sync_output *output,
                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_create_resource_data_sync_async(struct awsc_client *client,
                                                      const struct awsc_ssm_create_resource_data_sync_input *input,
                                                      awsc_ssm_create_resource_data_sync_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * DeleteActivation
 * Deletes an activation. You aren't required to delete an activation. If you
 * delete an activation, you can no longer use it to register additional
 * managed nodes. Deleting an activation doesn't de-register managed nodes. You
 * must manually de-register managed nodes.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_ACTIVATION,
 *   AWSC_SSM_ERR_INVALID_ACTIVATION_ID, AWSC_SSM_ERR_TOO_MANY_UPDATES
 */
AWSC_API int awsc_ssm_delete_activation(struct awsc_client *client,
                                        const struct awsc_ssm_delete_activation_input *input,
                                        struct awsc_ssm_delete_activation_output **output,
                                        struct awsc_error *err);
typedef void awsc_ssm_delete_activation_cb(void *user_data,
                                           int status,
                                           struct awsc_ssm_delete_activation_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_ssm_delete_activation_async(struct awsc_client *client,
                                              const struct awsc_ssm_delete_activation_input *input,
                                              awsc_ssm_delete_activation_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * DeleteAssociation
 * Disassociates the specified Amazon Web Services Systems Manager document
 * (SSM document) from the specified managed node. If you created the
 * association by using the Targets parameter, then you must delete the
 * association by using the association ID.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_ASSOCIATION_DOES_NOT_EXIST,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_DOCUMENT,
 *   AWSC_SSM_ERR_INVALID_INSTANCE_ID, AWSC_SSM_ERR_TOO_MANY_UPDATES
 */
AWSC_API int awsc_ssm_delete_association(struct awsc_client *client,
                                         const struct awsc_ssm_delete_association_input *input,
                                         struct awsc_ssm_delete_association_output **output,
                                         struct awsc_error *err);
typedef void awsc_ssm_delete_association_cb(void *user_data,
                                            int status,
                                            struct awsc_ssm_delete_association_output *output,
                                            struct awsc_error *err);
AWSC_API int awsc_ssm_delete_association_async(struct awsc_client *client,
                                               const struct awsc_ssm_delete_association_input *input,
                                               awsc_ssm_delete_association_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * DeleteCloudConnector
 * Deletes a cloud connector.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_CONFLICT_EXCEPTION, AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_ssm_delete_cloud_connector(struct awsc_client *client,
                                             const struct awsc_ssm_delete_cloud_connector_input *input,
                                             struct awsc_ssm_delete_cloud_connector_output **output,
                                             struct awsc_error *err);
typedef void awsc_ssm_delete_cloud_connector_cb(void *user_data,
                                                int status,
                                                struct awsc_ssm_delete_cloud_connector_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_ssm_delete_cloud_connector_async(struct awsc_client *client,
                                                   const struct awsc_ssm_delete_cloud_connector_input *input,
                                                   awsc_ssm_delete_cloud_connector_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * DeleteDocument
 * Deletes the Amazon Web Services Systems Manager document (SSM document) and
 * all managed node associations to the document.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_ASSOCIATED_INSTANCES, AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_INVALID_DOCUMENT, AWSC_SSM_ERR_INVALID_DOCUMENT_OPERATION,
 *   AWSC_SSM_ERR_TOO_MANY_UPDATES
 */
AWSC_API int awsc_ssm_delete_document(struct awsc_client *client,
                                      const struct awsc_ssm_delete_document_input *input,
                                      struct awsc_ssm_delete_document_output **output,
                                      struct awsc_error *err);
typedef void awsc_ssm_delete_document_cb(void *user_data,
                                         int status,
                                         struct awsc_ssm_delete_document_output *output,
                                         struct awsc_error *err);
AWSC_API int awsc_ssm_delete_document_async(struct awsc_client *client,
                                            const struct awsc_ssm_delete_document_input *input,
                                            awsc_ssm_delete_document_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * DeleteInventory
 * Delete a custom inventory type or the data associated with a custom
 * Inventory type. Deleting a custom inventory type is also referred to as
 * deleting a custom inventory schema.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_INVALID_DELETE_INVENTORY_PARAMETERS_EXCEPTION,
 *   AWSC_SSM_ERR_INVALID_INVENTORY_REQUEST_EXCEPTION,
 *   AWSC_SSM_ERR_INVALID_OPTION_EXCEPTION,
 *   AWSC_SSM_ERR_INVALID_TYPE_NAME_EXCEPTION
 */
AWSC_API int awsc_ssm_delete_inventory(struct awsc_client *client,
                                       const struct awsc_ssm_delete_inventory_input *input,
                                       struct awsc_ssm_delete_inventory_output **output,
                                       struct awsc_error *err);
typedef void awsc_ssm_delete_inventory_cb(void *user_data,
                                          int status,
                                          struct awsc_ssm_delete_inventory_output *output,
                                          struct awsc_error *err);
AWSC_API int awsc_ssm_delete_inventory_async(struct awsc_client *client,
                                             const struct awsc_ssm_delete_inventory_input *input,
                                             awsc_ssm_delete_inventory_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err);

/*
 * DeleteMaintenanceWindow
 * Deletes a maintenance window.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_delete_maintenance_window(struct awsc_client *client,
                                                const struct awsc_ssm_delete_maintenance_window_input *input,
                                                struct awsc_ssm_delete_maintenance_window_output **output,
                                                struct awsc_error *err);
typedef void awsc_ssm_delete_maintenance_window_cb(void *user_data,
                                                   int status,
                                                   struct awsc_ssm_delete_maintenance_window_output *output,
                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_delete_maintenance_window_async(struct awsc_client *client,
                                                      const struct awsc_ssm_delete_maintenance_window_input *input,
                                                      awsc_ssm_delete_maintenance_window_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * DeleteOpsItem
 * Delete an OpsItem. You must have permission in Identity and Access
 * Management (IAM) to delete an OpsItem. Note the following important
 * information about this operation. Deleting an OpsItem is irreversible. You
 * can't restore a deleted OpsItem.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_OPS_ITEM_INVALID_PARAMETER_EXCEPTION
 */
AWSC_API int awsc_ssm_delete_ops_item(struct awsc_client *client,
                                      const struct awsc_ssm_delete_ops_item_input *input,
                                      struct awsc_ssm_delete_ops_item_output **output,
                                      struct awsc_error *err);
typedef void awsc_ssm_delete_ops_item_cb(void *user_data,
                                         int status,
                                         struct awsc_ssm_delete_ops_item_output *output,
                                         struct awsc_error *err);
AWSC_API int awsc_ssm_delete_ops_item_async(struct awsc_client *client,
                                            const struct awsc_ssm_delete_ops_item_input *input,
                                            awsc_ssm_delete_ops_item_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * DeleteOpsMetadata
 * Delete OpsMetadata related to an application.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_OPS_METADATA_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_SSM_ERR_OPS_METADATA_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_ssm_delete_ops_metadata(struct awsc_client *client,
                                          const struct awsc_ssm_delete_ops_metadata_input *input,
                                          struct awsc_ssm_delete_ops_metadata_output **output,
                                          struct awsc_error *err);
typedef void awsc_ssm_delete_ops_metadata_cb(void *user_data,
                                             int status,
                                             struct awsc_ssm_delete_ops_metadata_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_ssm_delete_ops_metadata_async(struct awsc_client *client,
                                                const struct awsc_ssm_delete_ops_metadata_input *input,
                                                awsc_ssm_delete_ops_metadata_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * DeleteParameter
 * Delete a parameter from the system. After deleting a parameter, wait for at
 * least 30 seconds to create a parameter with the same name.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_PARAMETER_NOT_FOUND
 */
AWSC_API int awsc_ssm_delete_parameter(struct awsc_client *client,
                                       const struct awsc_ssm_delete_parameter_input *input,
                                       struct awsc_ssm_delete_parameter_output **output,
                                       struct awsc_error *err);
typedef void awsc_ssm_delete_parameter_cb(void *user_data,
                                          int status,
                                          struct awsc_ssm_delete_parameter_output *output,
                                          struct awsc_error *err);
AWSC_API int awsc_ssm_delete_parameter_async(struct awsc_client *client,
                                             const struct awsc_ssm_delete_parameter_input *input,
                                             awsc_ssm_delete_parameter_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err);

/*
 * DeleteParameters
 * Delete a list of parameters. After deleting a parameter, wait for at least
 * 30 seconds to create a parameter with the same name.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_delete_parameters(struct awsc_client *client,
                                        const struct awsc_ssm_delete_parameters_input *input,
                                        struct awsc_ssm_delete_parameters_output **output,
                                        struct awsc_error *err);
typedef void awsc_ssm_delete_parameters_cb(void *user_data,
                                           int status,
                                           struct awsc_ssm_delete_parameters_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_ssm_delete_parameters_async(struct awsc_client *client,
                                              const struct awsc_ssm_delete_parameters_input *input,
                                              awsc_ssm_delete_parameters_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * DeletePatchBaseline
 * Deletes a patch baseline.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_RESOURCE_IN_USE_EXCEPTION
 */
AWSC_API int awsc_ssm_delete_patch_baseline(struct awsc_client *client,
                                            const struct awsc_ssm_delete_patch_baseline_input *input,
                                            struct awsc_ssm_delete_patch_baseline_output **output,
                                            struct awsc_error *err);
typedef void awsc_ssm_delete_patch_baseline_cb(void *user_data,
                                               int status,
                                               struct awsc_ssm_delete_patch_baseline_output *output,
                                               struct awsc_error *err);
AWSC_API int awsc_ssm_delete_patch_baseline_async(struct awsc_client *client,
                                                  const struct awsc_ssm_delete_patch_baseline_input *input,
                                                  awsc_ssm_delete_patch_baseline_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * DeleteResourceDataSync
 * Deletes a resource data sync configuration. After the configuration is
 * deleted, changes to data on managed nodes are no longer synced to or from
 * the target. Deleting a sync configuration doesn't delete data.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_RESOURCE_DATA_SYNC_INVALID_CONFIGURATION_EXCEPTION,
 *   AWSC_SSM_ERR_RESOURCE_DATA_SYNC_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_ssm_delete_resource_data_sync(struct awsc_client *client,
                                                const struct awsc_ssm_delete_resource_data_sync_input *input,
                                                struct awsc_ssm_delete_resource_data_sync_output **output,
                                                struct awsc_error *err);
typedef void awsc_ssm_delete_resource_data_sync_cb(void *user_data,
                                                   int status,
                                                   struct awsc_ssm_delete_resource_data_sync_output *output,
                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_delete_resource_data_sync_async(struct awsc_client *client,
                                                      const struct awsc_ssm_delete_resource_data_sync_input *input,
                                                      awsc_ssm_delete_resource_data_sync_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * DeleteResourcePolicy
 * Deletes a Systems Manager resource policy. A resource policy helps you to
 * define the IAM entity (for example, an Amazon Web Services account) that can
 * manage your Systems Manager resources. The following resources support
 * Systems Manager resource policies.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_MALFORMED_RESOURCE_POLICY_DOCUMENT_EXCEPTION,
 *   AWSC_SSM_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_SSM_ERR_RESOURCE_POLICY_CONFLICT_EXCEPTION,
 *   AWSC_SSM_ERR_RESOURCE_POLICY_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SSM_ERR_RESOURCE_POLICY_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_ssm_delete_resource_policy(struct awsc_client *client,
                                             const struct awsc_ssm_delete_resource_policy_input *input,
                                             struct awsc_ssm_delete_resource_policy_output **output,
                                             struct awsc_error *err);
typedef void awsc_ssm_delete_resource_policy_cb(void *user_data,
                                                int status,
                                                struct awsc_ssm_delete_resource_policy_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_ssm_delete_resource_policy_async(struct awsc_client *client,
                                                   const struct awsc_ssm_delete_resource_policy_input *input,
                                                   awsc_ssm_delete_resource_policy_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * DeregisterManagedInstance
 * Removes the server or virtual machine from the list of registered servers.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_INSTANCE_ID
 */
AWSC_API int awsc_ssm_deregister_managed_instance(struct awsc_client *client,
                                                  const struct awsc_ssm_deregister_managed_instance_input *input,
                                                  struct awsc_ssm_deregister_managed_instance_output **output,
                                                  struct awsc_error *err);
typedef void awsc_ssm_deregister_managed_instance_cb(void *user_data,
                                                     int status,
                                                     struct awsc_ssm_deregister_managed_instance_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_deregister_managed_instance_async(struct awsc_client *client,
                                                        const struct awsc_ssm_deregister_managed_instance_input *input,
                                                        awsc_ssm_deregister_managed_instance_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * DeregisterPatchBaselineForPatchGroup
 * Removes a patch group from a patch baseline.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_RESOURCE_ID
 */
AWSC_API int awsc_ssm_deregister_patch_baseline_for_patch_group(struct awsc_client *client,
                                                                const struct awsc_ssm_deregister_patch_baseline_for_patch_group_input *input,
                                                                struct awsc_ssm_deregister_patch_baseline_for_patch_group_output **output,
                                                                struct awsc_error *err);
typedef void awsc_ssm_deregister_patch_baseline_for_patch_group_cb(void *user_data,
                                                                   int status,
                                                                   struct awsc_ssm_deregister_patch_baseline_for_patch_group_output *output,
                                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_deregister_patch_baseline_for_patch_group_async(struct awsc_client *client,
                                                                      const struct awsc_ssm_deregister_patch_baseline_for_patch_group_input *input,
                                                                      awsc_ssm_deregister_patch_baseline_for_patch_group_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err);

/*
 * DeregisterTargetFromMaintenanceWindow
 * Removes a target from a maintenance window.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DOES_NOT_EXIST_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_TARGET_IN_USE_EXCEPTION
 */
AWSC_API int awsc_ssm_deregister_target_from_maintenance_window(struct awsc_client *client,
                                                                const struct awsc_ssm_deregister_target_from_maintenance_window_input *input,
                                                                struct awsc_ssm_deregister_target_from_maintenance_window_output **output,
                                                                struct awsc_error *err);
typedef void awsc_ssm_deregister_target_from_maintenance_window_cb(void *user_data,
                                                                   int status,
                                                                   struct awsc_ssm_deregister_target_from_maintenance_window_output *output,
                                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_deregister_target_from_maintenance_window_async(struct awsc_client *client,
                                                                      const struct awsc_ssm_deregister_target_from_maintenance_window_input *input,
                                                                      awsc_ssm_deregister_target_from_maintenance_window_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err);

/*
 * DeregisterTaskFromMaintenanceWindow
 * Removes a task from a maintenance window.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DOES_NOT_EXIST_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_deregister_task_from_maintenance_window(struct awsc_client *client,
                                                              const struct awsc_ssm_deregister_task_from_maintenance_window_input *input,
                                                              struct awsc_ssm_deregister_task_from_maintenance_window_output **output,
                                                              struct awsc_error *err);
typedef void awsc_ssm_deregister_task_from_maintenance_window_cb(void *user_data,
                                                                 int status,
                                                                 struct awsc_ssm_deregister_task_from_maintenance_window_output *output,
                                                                 struct awsc_error *err);
AWSC_API int awsc_ssm_deregister_task_from_maintenance_window_async(struct awsc_client *client,
                                                                    const struct awsc_ssm_deregister_task_from_maintenance_window_input *input,
                                                                    awsc_ssm_deregister_task_from_maintenance_window_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err);

/*
 * DescribeActivations
 * Describes details about the activation, such as the date and time the
 * activation was created, its expiration date, the Identity and Access
 * Management (IAM) role assigned to the managed nodes in the activation, and
 * the number of nodes registered by using this activation.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_FILTER,
 *   AWSC_SSM_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_ssm_describe_activations(struct awsc_client *client,
                                           const struct awsc_ssm_describe_activations_input *input,
                                           struct awsc_ssm_describe_activations_output **output,
                                           struct awsc_error *err);
typedef void awsc_ssm_describe_activations_cb(void *user_data,
                                              int status,
                                              struct awsc_ssm_describe_activations_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_ssm_describe_activations_async(struct awsc_client *client,
                                                 const struct awsc_ssm_describe_activations_input *input,
                                                 awsc_ssm_describe_activations_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * DescribeAssociation
 * Describes the association for the specified target or managed node. If you
 * created the association by using the Targets parameter, then you must
 * retrieve the association by using the association ID.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_ASSOCIATION_DOES_NOT_EXIST,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_INVALID_ASSOCIATION_VERSION, AWSC_SSM_ERR_INVALID_DOCUMENT,
 *   AWSC_SSM_ERR_INVALID_INSTANCE_ID
 */
AWSC_API int awsc_ssm_describe_association(struct awsc_client *client,
                                           const struct awsc_ssm_describe_association_input *input,
                                           struct awsc_ssm_describe_association_output **output,
                                           struct awsc_error *err);
typedef void awsc_ssm_describe_association_cb(void *user_data,
                                              int status,
                                              struct awsc_ssm_describe_association_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_ssm_describe_association_async(struct awsc_client *client,
                                                 const struct awsc_ssm_describe_association_input *input,
                                                 awsc_ssm_describe_association_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * DescribeAssociationExecutionTargets
 * Views information about a specific execution of a specific association.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_ASSOCIATION_DOES_NOT_EXIST,
 *   AWSC_SSM_ERR_ASSOCIATION_EXECUTION_DOES_NOT_EXIST,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_ssm_describe_association_execution_targets(struct awsc_client *client,
                                                             const struct awsc_ssm_describe_association_execution_targets_input *input,
                                                             struct awsc_ssm_describe_association_execution_targets_output **output,
                                                             struct awsc_error *err);
typedef void awsc_ssm_describe_association_execution_targets_cb(void *user_data,
                                                                int status,
                                                                struct awsc_ssm_describe_association_execution_targets_output *output,
                                                                struct awsc_error *err);
AWSC_API int awsc_ssm_describe_association_execution_targets_async(struct awsc_client *client,
                                                                   const struct awsc_ssm_describe_association_execution_targets_input *input,
                                                                   awsc_ssm_describe_association_execution_targets_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);

/*
 * DescribeAssociationExecutions
 * Views all executions for a specific association ID.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_ASSOCIATION_DOES_NOT_EXIST,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_ssm_describe_association_executions(struct awsc_client *client,
                                                      const struct awsc_ssm_describe_association_executions_input *input,
                                                      struct awsc_ssm_describe_association_executions_output **output,
                                                      struct awsc_error *err);
typedef void awsc_ssm_describe_association_executions_cb(void *user_data,
                                                         int status,
                                                         struct awsc_ssm_describe_association_executions_output *output,
                                                         struct awsc_error *err);
AWSC_API int awsc_ssm_describe_association_executions_async(struct awsc_client *client,
                                                            const struct awsc_ssm_describe_association_executions_input *input,
                                                            awsc_ssm_describe_association_executions_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);

/*
 * DescribeAutomationExecutions
 * Provides details about all active and terminated Automation executions.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_FILTER_KEY,
 *   AWSC_SSM_ERR_INVALID_FILTER_VALUE, AWSC_SSM_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_ssm_describe_automation_executions(struct awsc_client *client,
                                                     const struct awsc_ssm_describe_automation_executions_input *input,
                                                     struct awsc_ssm_describe_automation_executions_output **output,
                                                     struct awsc_error *err);
typedef void awsc_ssm_describe_automation_executions_cb(void *user_data,
                                                        int status,
                                                        struct awsc_ssm_describe_automation_executions_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_ssm_describe_automation_executions_async(struct awsc_client *client,
                                                           const struct awsc_ssm_describe_automation_executions_input *input,
                                                           awsc_ssm_describe_automation_executions_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * DescribeAutomationStepExecutions
 * Information about all active and terminated step executions in an Automation
 * workflow.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_AUTOMATION_EXECUTION_NOT_FOUND_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_FILTER_KEY,
 *   AWSC_SSM_ERR_INVALID_FILTER_VALUE, AWSC_SSM_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_ssm_describe_automation_step_executions(struct awsc_client *client,
                                                          const struct awsc_ssm_describe_automation_step_executions_input *input,
                                                          struct awsc_ssm_describe_automation_step_executions_output **output,
                                                          struct awsc_error *err);
typedef void awsc_ssm_describe_automation_step_executions_cb(void *user_data,
                                                             int status,
                                                             struct awsc_ssm_describe_automation_step_executions_output *output,
                                                             struct awsc_error *err);
AWSC_API int awsc_ssm_describe_automation_step_executions_async(struct awsc_client *client,
                                                                const struct awsc_ssm_describe_automation_step_executions_input *input,
                                                                awsc_ssm_describe_automation_step_executions_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);

/*
 * DescribeAvailablePatches
 * Lists all patches eligible to be included in a patch baseline. Currently,
 * DescribeAvailablePatches supports only the Amazon Linux 1, Amazon Linux 2,
 * and Windows Server operating systems.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_describe_available_patches(struct awsc_client *client,
                                                 const struct awsc_ssm_describe_available_patches_input *input,
                                                 struct awsc_ssm_describe_available_patches_output **output,
                                                 struct awsc_error *err);
typedef void awsc_ssm_describe_available_patches_cb(void *user_data,
                                                    int status,
                                                    struct awsc_ssm_describe_available_patches_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_ssm_describe_available_patches_async(struct awsc_client *client,
                                                       const struct awsc_ssm_describe_available_patches_input *input,
                                                       awsc_ssm_describe_available_patches_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * DescribeDocument
 * Describes the specified Amazon Web Services Systems Manager document (SSM
 * document).
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_DOCUMENT,
 *   AWSC_SSM_ERR_INVALID_DOCUMENT_VERSION
 */
AWSC_API int awsc_ssm_describe_document(struct awsc_client *client,
                                        const struct awsc_ssm_describe_document_input *input,
                                        struct awsc_ssm_describe_document_output **output,
                                        struct awsc_error *err);
typedef void awsc_ssm_describe_document_cb(void *user_data,
                                           int status,
                                           struct awsc_ssm_describe_document_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_ssm_describe_document_async(struct awsc_client *client,
                                              const struct awsc_ssm_describe_document_input *input,
                                              awsc_ssm_describe_document_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * DescribeDocumentPermission
 * Describes the permissions for a Amazon Web Services Systems Manager document
 * (SSM document). If you created the document, you are the owner. If a
 * document is shared, it can either be shared privately (by specifying a
 * user's Amazon Web Services account ID) or publicly ( All ).
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_DOCUMENT,
 *   AWSC_SSM_ERR_INVALID_DOCUMENT_OPERATION,
 *   AWSC_SSM_ERR_INVALID_NEXT_TOKEN, AWSC_SSM_ERR_INVALID_PERMISSION_TYPE
 */
AWSC_API int awsc_ssm_describe_document_permission(struct awsc_client *client,
                                                   const struct awsc_ssm_describe_document_permission_input *input,
                                                   struct awsc_ssm_describe_document_permission_output **output,
                                                   struct awsc_error *err);
typedef void awsc_ssm_describe_document_permission_cb(void *user_data,
                                                      int status,
                                                      struct awsc_ssm_describe_document_permission_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_ssm_describe_document_permission_async(struct awsc_client *client,
                                                         const struct awsc_ssm_describe_document_permission_input *input,
                                                         awsc_ssm_describe_document_permission_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * DescribeEffectiveInstanceAssociations
 * All associations for the managed nodes.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_INSTANCE_ID,
 *   AWSC_SSM_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_ssm_describe_effective_instance_associations(struct awsc_client *client,
                                                               const struct awsc_ssm_describe_effective_instance_associations_input *input,
                                                               struct awsc_ssm_describe_effective_instance_associations_output **output,
                                                               struct awsc_error *err);
typedef void awsc_ssm_describe_effective_instance_associations_cb(void *user_data,
                                                                  int status,
                                                                  struct awsc_ssm_describe_effective_instance_associations_output *output,
                                                                  struct awsc_error *err);
AWSC_API int awsc_ssm_describe_effective_instance_associations_async(struct awsc_client *client,
                                                                     const struct awsc_ssm_describe_effective_instance_associations_input *input,
                                                                     awsc_ssm_describe_effective_instance_associations_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err);

/*
 * DescribeEffectivePatchesForPatchBaseline
 * Retrieves the current effective patches (the patch and the approval state)
 * for the specified patch baseline. Applies to patch baselines for Windows
 * only.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DOES_NOT_EXIST_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_RESOURCE_ID,
 *   AWSC_SSM_ERR_UNSUPPORTED_OPERATING_SYSTEM
 */
AWSC_API int awsc_ssm_describe_effective_patches_for_patch_baseline(struct awsc_client *client,
                                                                    const struct awsc_ssm_describe_effective_patches_for_patch_baseline_input *input,
                                                                    struct awsc_ssm_describe_effective_patches_for_patch_baseline_output **output,
                                                                    struct awsc_error *err);
typedef void awsc_ssm_describe_effective_patches_for_patch_baseline_cb(void *user_data,
                                                                       int status,
                                                                       struct awsc_ssm_describe_effective_patches_for_patch_baseline_output *output,
                                                                       struct awsc_error *err);
AWSC_API int awsc_ssm_describe_effective_patches_for_patch_baseline_async(struct awsc_client *client,
                                                                          const struct awsc_ssm_describe_effective_patches_for_patch_baseline_input *input,
                                                                          awsc_ssm_describe_effective_patches_for_patch_baseline_cb *cb,
                                                                          void *user_data,
                                                                          struct awsc_error *err);

/*
 * DescribeInstanceAssociationsStatus
 * The status of the associations for the managed nodes.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_INSTANCE_ID,
 *   AWSC_SSM_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_ssm_describe_instance_associations_status(struct awsc_client *client,
                                                            const struct awsc_ssm_describe_instance_associations_status_input *input,
                                                            struct awsc_ssm_describe_instance_associations_status_output **output,
                                                            struct awsc_error *err);
typedef void awsc_ssm_describe_instance_associations_status_cb(void *user_data,
                                                               int status,
                                                               struct awsc_ssm_describe_instance_associations_status_output *output,
                                                               struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_associations_status_async(struct awsc_client *client,
                                                                  const struct awsc_ssm_describe_instance_associations_status_input *input,
                                                                  awsc_ssm_describe_instance_associations_status_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err);

/*
 * DescribeInstanceInformation
 * Provides information about one or more of your managed nodes, including the
 * operating system platform, SSM Agent version, association status, and IP
 * address. This operation does not return information for nodes that are
 * either Stopped or Terminated.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_FILTER_KEY,
 *   AWSC_SSM_ERR_INVALID_INSTANCE_ID,
 *   AWSC_SSM_ERR_INVALID_INSTANCE_INFORMATION_FILTER_VALUE,
 *   AWSC_SSM_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_ssm_describe_instance_information(struct awsc_client *client,
                                                    const struct awsc_ssm_describe_instance_information_input *input,
                                                    struct awsc_ssm_describe_instance_information_output **output,
                                                    struct awsc_error *err);
typedef void awsc_ssm_describe_instance_information_cb(void *user_data,
                                                       int status,
                                                       struct awsc_ssm_describe_instance_information_output *output,
                                                       struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_information_async(struct awsc_client *client,
                                                          const struct awsc_ssm_describe_instance_information_input *input,
                                                          awsc_ssm_describe_instance_information_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);

/*
 * DescribeInstancePatchStates
 * Retrieves the high-level patch state of one or more managed nodes.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_ssm_describe_instance_patch_states(struct awsc_client *client,
                                                     const struct awsc_ssm_describe_instance_patch_states_input *input,
                                                     struct awsc_ssm_describe_instance_patch_states_output **output,
                                                     struct awsc_error *err);
typedef void awsc_ssm_describe_instance_patch_states_cb(void *user_data,
                                                        int status,
                                                        struct awsc_ssm_describe_instance_patch_states_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_patch_states_async(struct awsc_client *client,
                                                           const struct awsc_ssm_describe_instance_patch_states_input *input,
                                                           awsc_ssm_describe_instance_patch_states_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * DescribeInstancePatchStatesForPatchGroup
 * Retrieves the high-level patch state for the managed nodes in the specified
 * patch group.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_FILTER,
 *   AWSC_SSM_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_ssm_describe_instance_patch_states_for_patch_group(struct awsc_client *client,
                                                                     const struct awsc_ssm_describe_instance_patch_states_for_patch_group_input *input,
                                                                     struct awsc_ssm_describe_instance_patch_states_for_patch_group_output **output,
                                                                     struct awsc_error *err);
typedef void awsc_ssm_describe_instance_patch_states_for_patch_group_cb(void *user_data,
                                                                        int status,
                                                                        struct awsc_ssm_describe_instance_patch_states_for_patch_group_output *output,
                                                                        struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_patch_states_for_patch_group_async(struct awsc_client *client,
                                                                           const struct awsc_ssm_describe_instance_patch_states_for_patch_group_input *input,
                                                                           awsc_ssm_describe_instance_patch_states_for_patch_group_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err);

/*
 * DescribeInstancePatches
 * Retrieves information about the patches on the specified managed node and
 * their state relative to the patch baseline being used for the node.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_FILTER,
 *   AWSC_SSM_ERR_INVALID_INSTANCE_ID, AWSC_SSM_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_ssm_describe_instance_patches(struct awsc_client *client,
                                                const struct awsc_ssm_describe_instance_patches_input *input,
                                                struct awsc_ssm_describe_instance_patches_output **output,
                                                struct awsc_error *err);
typedef void awsc_ssm_describe_instance_patches_cb(void *user_data,
                                                   int status,
                                                   struct awsc_ssm_describe_instance_patches_output *output,
                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_patches_async(struct awsc_client *client,
                                                      const struct awsc_ssm_describe_instance_patches_input *input,
                                                      awsc_ssm_describe_instance_patches_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * DescribeInstanceProperties
 * An API operation used by the Systems Manager console to display information
 * about Systems Manager managed nodes.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_ACTIVATION_ID,
 *   AWSC_SSM_ERR_INVALID_DOCUMENT, AWSC_SSM_ERR_INVALID_FILTER_KEY,
 *   AWSC_SSM_ERR_INVALID_INSTANCE_ID,
 *   AWSC_SSM_ERR_INVALID_INSTANCE_PROPERTY_FILTER_VALUE,
 *   AWSC_SSM_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_ssm_describe_instance_properties(struct awsc_client *client,
                                                   const struct awsc_ssm_describe_instance_properties_input *input,
                                                   struct awsc_ssm_describe_instance_properties_output **output,
                                                   struct awsc_error *err);
typedef void awsc_ssm_describe_instance_properties_cb(void *user_data,
                                                      int status,
                                                      struct awsc_ssm_describe_instance_properties_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_properties_async(struct awsc_client *client,
                                                         const struct awsc_ssm_describe_instance_properties_input *input,
                                                         awsc_ssm_describe_instance_properties_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * DescribeInventoryDeletions
 * Describes a specific delete inventory operation.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_INVALID_DELETION_ID_EXCEPTION,
 *   AWSC_SSM_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_ssm_describe_inventory_deletions(struct awsc_client *client,
                                                   const struct awsc_ssm_describe_inventory_deletions_input *input,
                                                   struct awsc_ssm_describe_inventory_deletions_output **output,
                                                   struct awsc_error *err);
typedef void awsc_ssm_describe_inventory_deletions_cb(void *user_data,
                                                      int status,
                                                      struct awsc_ssm_describe_inventory_deletions_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_ssm_describe_inventory_deletions_async(struct awsc_client *client,
                                                         const struct awsc_ssm_describe_inventory_deletions_input *input,
                                                         awsc_ssm_describe_inventory_deletions_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * DescribeMaintenanceWindowExecutionTaskInvocations
 * Retrieves the individual task executions (one per target) for a particular
 * task run as part of a maintenance window execution.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DOES_NOT_EXIST_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_describe_maintenance_window_execution_task_invocations(struct awsc_client *client,
                                                                             const struct awsc_ssm_describe_maintenance_window_execution_task_invocations_input *input,
                                                                             struct awsc_ssm_describe_maintenance_window_execution_task_invocations_output **output,
                                                                             struct awsc_error *err);
typedef void awsc_ssm_describe_maintenance_window_execution_task_invocations_cb(void *user_data,
                                                                                int status,
                                                                                struct awsc_ssm_describe_maintenance_window_execution_task_invocations_output *output,
                                                                                struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_execution_task_invocations_async(struct awsc_client *client,
                                                                                   const struct awsc_ssm_describe_maintenance_window_execution_task_invocations_input *input,
                                                                                   awsc_ssm_describe_maintenance_window_execution_task_invocations_cb *cb,
                                                                                   void *user_data,
                                                                                   struct awsc_error *err);

/*
 * DescribeMaintenanceWindowExecutionTasks
 * For a given maintenance window execution, lists the tasks that were run.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DOES_NOT_EXIST_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_describe_maintenance_window_execution_tasks(struct awsc_client *client,
                                                                  const struct awsc_ssm_describe_maintenance_window_execution_tasks_input *input,
                                                                  struct awsc_ssm_describe_maintenance_window_execution_tasks_output **output,
                                                                  struct awsc_error *err);
typedef void awsc_ssm_describe_maintenance_window_execution_tasks_cb(void *user_data,
                                                                     int status,
                                                                     struct awsc_ssm_describe_maintenance_window_execution_tasks_output *output,
                                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_execution_tasks_async(struct awsc_client *client,
                                                                        const struct awsc_ssm_describe_maintenance_window_execution_tasks_input *input,
                                                                        awsc_ssm_describe_maintenance_window_execution_tasks_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err);

/*
 * DescribeMaintenanceWindowExecutions
 * Lists the executions of a maintenance window. This includes information
 * about when the maintenance window was scheduled to be active, and
 * information about tasks registered and run with the maintenance window.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_describe_maintenance_window_executions(struct awsc_client *client,
                                                             const struct awsc_ssm_describe_maintenance_window_executions_input *input,
                                                             struct awsc_ssm_describe_maintenance_window_executions_output **output,
                                                             struct awsc_error *err);
typedef void awsc_ssm_describe_maintenance_window_executions_cb(void *user_data,
                                                                int status,
                                                                struct awsc_ssm_describe_maintenance_window_executions_output *output,
                                                                struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_executions_async(struct awsc_client *client,
                                                                   const struct awsc_ssm_describe_maintenance_window_executions_input *input,
                                                                   awsc_ssm_describe_maintenance_window_executions_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);

/*
 * DescribeMaintenanceWindowSchedule
 * Retrieves information about upcoming executions of a maintenance window.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DOES_NOT_EXIST_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_describe_maintenance_window_schedule(struct awsc_client *client,
                                                           const struct awsc_ssm_describe_maintenance_window_schedule_input *input,
                                                           struct awsc_ssm_describe_maintenance_window_schedule_output **output,
                                                           struct awsc_error *err);
typedef void awsc_ssm_describe_maintenance_window_schedule_cb(void *user_data,
                                                              int status,
                                                              struct awsc_ssm_describe_maintenance_window_schedule_output *output,
                                                              struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_schedule_async(struct awsc_client *client,
                                                                 const struct awsc_ssm_describe_maintenance_window_schedule_input *input,
                                                                 awsc_ssm_describe_maintenance_window_schedule_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err);

/*
 * DescribeMaintenanceWindowTargets
 * Lists the targets registered with the maintenance window.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DOES_NOT_EXIST_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_describe_maintenance_window_targets(struct awsc_client *client,
                                                          const struct awsc_ssm_describe_maintenance_window_targets_input *input,
                                                          struct awsc_ssm_describe_maintenance_window_targets_output **output,
                                                          struct awsc_error *err);
typedef void awsc_ssm_describe_maintenance_window_targets_cb(void *user_data,
                                                             int status,
                                                             struct awsc_ssm_describe_maintenance_window_targets_output *output,
                                                             struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_targets_async(struct awsc_client *client,
                                                                const struct awsc_ssm_describe_maintenance_window_targets_input *input,
                                                                awsc_ssm_describe_maintenance_window_targets_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);

/*
 * DescribeMaintenanceWindowTasks
 * Lists the tasks in a maintenance window. For maintenance window tasks
 * without a specified target, you can't supply values for --max-errors and
 * --max-concurrency . Instead, the system inserts a placeholder value of 1 ,
 * which may be reported in the response to this command.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DOES_NOT_EXIST_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_describe_maintenance_window_tasks(struct awsc_client *client,
                                                        const struct awsc_ssm_describe_maintenance_window_tasks_input *input,
                                                        struct awsc_ssm_describe_maintenance_window_tasks_output **output,
                                                        struct awsc_error *err);
typedef void awsc_ssm_describe_maintenance_window_tasks_cb(void *user_data,
                                                           int status,
                                                           struct awsc_ssm_describe_maintenance_window_tasks_output *output,
                                                           struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_tasks_async(struct awsc_client *client,
                                                              const struct awsc_ssm_describe_maintenance_window_tasks_input *input,
                                                              awsc_ssm_describe_maintenance_window_tasks_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);

/*
 * DescribeMaintenanceWindows
 * Retrieves the maintenance windows in an Amazon Web Services account.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_describe_maintenance_windows(struct awsc_client *client,
                                                   const struct awsc_ssm_describe_maintenance_windows_input *input,
                                                   struct awsc_ssm_describe_maintenance_windows_output **output,
                                                   struct awsc_error *err);
typedef void awsc_ssm_describe_maintenance_windows_cb(void *user_data,
                                                      int status,
                                                      struct awsc_ssm_describe_maintenance_windows_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_windows_async(struct awsc_client *client,
                                                         const struct awsc_ssm_describe_maintenance_windows_input *input,
                                                         awsc_ssm_describe_maintenance_windows_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * DescribeMaintenanceWindowsForTarget
 * Retrieves information about the maintenance window targets or tasks that a
 * managed node is associated with.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_describe_maintenance_windows_for_target(struct awsc_client *client,
                                                              const struct awsc_ssm_describe_maintenance_windows_for_target_input *input,
                                                              struct awsc_ssm_describe_maintenance_windows_for_target_output **output,
                                                              struct awsc_error *err);
typedef void awsc_ssm_describe_maintenance_windows_for_target_cb(void *user_data,
                                                                 int status,
                                                                 struct awsc_ssm_describe_maintenance_windows_for_target_output *output,
                                                                 struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_windows_for_target_async(struct awsc_client *client,
                                                                    const struct awsc_ssm_describe_maintenance_windows_for_target_input *input,
                                                                    awsc_ssm_describe_maintenance_windows_for_target_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err);

/*
 * DescribeOpsItems
 * Query a set of OpsItems. You must have permission in Identity and Access
 * Management (IAM) to query a list of OpsItems. For more information, see Set
 * up OpsCenter in the Amazon Web Services Systems Manager User Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_describe_ops_items(struct awsc_client *client,
                                         const struct awsc_ssm_describe_ops_items_input *input,
                                         struct awsc_ssm_describe_ops_items_output **output,
                                         struct awsc_error *err);
typedef void awsc_ssm_describe_ops_items_cb(void *user_data,
                                            int status,
                                            struct awsc_ssm_describe_ops_items_output *output,
                                            struct awsc_error *err);
AWSC_API int awsc_ssm_describe_ops_items_async(struct awsc_client *client,
                                               const struct awsc_ssm_describe_ops_items_input *input,
                                               awsc_ssm_describe_ops_items_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * DescribeParameters
 * Lists the parameters in your Amazon Web Services account or the parameters
 * shared with you when you enable the Shared option.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_FILTER_KEY,
 *   AWSC_SSM_ERR_INVALID_FILTER_OPTION, AWSC_SSM_ERR_INVALID_FILTER_VALUE,
 *   AWSC_SSM_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_ssm_describe_parameters(struct awsc_client *client,
                                          const struct awsc_ssm_describe_parameters_input *input,
                                          struct awsc_ssm_describe_parameters_output **output,
                                          struct awsc_error *err);
typedef void awsc_ssm_describe_parameters_cb(void *user_data,
                                             int status,
                                             struct awsc_ssm_describe_parameters_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_ssm_describe_parameters_async(struct awsc_client *client,
                                                const struct awsc_ssm_describe_parameters_input *input,
                                                awsc_ssm_describe_parameters_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * DescribePatchBaselines
 * Lists the patch baselines in your Amazon Web Services account.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_describe_patch_baselines(struct awsc_client *client,
                                               const struct awsc_ssm_describe_patch_baselines_input *input,
                                               struct awsc_ssm_describe_patch_baselines_output **output,
                                               struct awsc_error *err);
typedef void awsc_ssm_describe_patch_baselines_cb(void *user_data,
                                                  int status,
                                                  struct awsc_ssm_describe_patch_baselines_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_ssm_describe_patch_baselines_async(struct awsc_client *client,
                                                     const struct awsc_ssm_describe_patch_baselines_input *input,
                                                     awsc_ssm_describe_patch_baselines_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * DescribePatchGroupState
 * Returns high-level aggregated patch compliance state information for a patch
 * group.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_ssm_describe_patch_group_state(struct awsc_client *client,
                                                 const struct awsc_ssm_describe_patch_group_state_input *input,
                                                 struct awsc_ssm_describe_patch_group_state_output **output,
                                                 struct awsc_error *err);
typedef void awsc_ssm_describe_patch_group_state_cb(void *user_data,
                                                    int status,
                                                    struct awsc_ssm_describe_patch_group_state_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_ssm_describe_patch_group_state_async(struct awsc_client *client,
                                                       const struct awsc_ssm_describe_patch_group_state_input *input,
                                                       awsc_ssm_describe_patch_group_state_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * DescribePatchGroups
 * Lists all patch groups that have been registered with patch baselines.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_describe_patch_groups(struct awsc_client *client,
                                            const struct awsc_ssm_describe_patch_groups_input *input,
                                            struct awsc_ssm_describe_patch_groups_output **output,
                                            struct awsc_error *err);
typedef void awsc_ssm_describe_patch_groups_cb(void *user_data,
                                               int status,
                                               struct awsc_ssm_describe_patch_groups_output *output,
                                               struct awsc_error *err);
AWSC_API int awsc_ssm_describe_patch_groups_async(struct awsc_client *client,
                                                  const struct awsc_ssm_describe_patch_groups_input *input,
                                                  awsc_ssm_describe_patch_groups_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * DescribePatchProperties
 * Lists the properties of available patches organized by product, product
 * family, classification, severity, and other properties of available patches.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_describe_patch_properties(struct awsc_client *client,
                                                const struct awsc_ssm_describe_patch_properties_input *input,
                                                struct awsc_ssm_describe_patch_properties_output **output,
                                                struct awsc_error *err);
typedef void awsc_ssm_describe_patch_properties_cb(void *user_data,
                                                   int status,
                                                   struct awsc_ssm_describe_patch_properties_output *output,
                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_describe_patch_properties_async(struct awsc_client *client,
                                                      const struct awsc_ssm_describe_patch_properties_input *input,
                                                      awsc_ssm_describe_patch_properties_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * DescribeSessions
 * Retrieves a list of all active sessions (both connected and disconnected) or
 * terminated sessions from the past 30 days.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_FILTER_KEY,
 *   AWSC_SSM_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_ssm_describe_sessions(struct awsc_client *client,
                                        const struct awsc_ssm_describe_sessions_input *input,
                                        struct awsc_ssm_describe_sessions_output **output,
                                        struct awsc_error *err);
typedef void awsc_ssm_describe_sessions_cb(void *user_data,
                                           int status,
                                           struct awsc_ssm_describe_sessions_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_ssm_describe_sessions_async(struct awsc_client *client,
                                              const struct awsc_ssm_describe_sessions_input *input,
                                              awsc_ssm_describe_sessions_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * DisassociateOpsItemRelatedItem
 * Deletes the association between an OpsItem and a related item. For example,
 * this API operation can delete an Incident Manager incident from an OpsItem.
 * Incident Manager is a tool in Amazon Web Services Systems Manager.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_OPS_ITEM_CONFLICT_EXCEPTION,
 *   AWSC_SSM_ERR_OPS_ITEM_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SSM_ERR_OPS_ITEM_NOT_FOUND_EXCEPTION,
 *   AWSC_SSM_ERR_OPS_ITEM_RELATED_ITEM_ASSOCIATION_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_ssm_disassociate_ops_item_related_item(struct awsc_client *client,
                                                         const struct awsc_ssm_disassociate_ops_item_related_item_input *input,
                                                         struct awsc_ssm_disassociate_ops_item_related_item_output **output,
                                                         struct awsc_error *err);
typedef void awsc_ssm_disassociate_ops_item_related_item_cb(void *user_data,
                                                            int status,
                                                            struct awsc_ssm_disassociate_ops_item_related_item_output *output,
                                                            struct awsc_error *err);
AWSC_API int awsc_ssm_disassociate_ops_item_related_item_async(struct awsc_client *client,
                                                               const struct awsc_ssm_disassociate_ops_item_related_item_input *input,
                                                               awsc_ssm_disassociate_ops_item_related_item_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);

/*
 * GetAccessToken
 * Returns a credentials set to be used with just-in-time node access.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_SSM_ERR_THROTTLING_EXCEPTION, AWSC_SSM_ERR_VALIDATION_EXCEPTION
 */
AWSC_API int awsc_ssm_get_access_token(struct awsc_client *client,
                                       const struct awsc_ssm_get_access_token_input *input,
                                       struct awsc_ssm_get_access_token_output **output,
                                       struct awsc_error *err);
typedef void awsc_ssm_get_access_token_cb(void *user_data,
                                          int status,
                                          struct awsc_ssm_get_access_token_output *output,
                                          struct awsc_error *err);
AWSC_API int awsc_ssm_get_access_token_async(struct awsc_client *client,
                                             const struct awsc_ssm_get_access_token_input *input,
                                             awsc_ssm_get_access_token_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err);

/*
 * GetAutomationExecution
 * Get detailed information about a particular Automation execution.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_AUTOMATION_EXECUTION_NOT_FOUND_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_get_automation_execution(struct awsc_client *client,
                                               const struct awsc_ssm_get_automation_execution_input *input,
                                               struct awsc_ssm_get_automation_execution_output **output,
                                               struct awsc_error *err);
typedef void awsc_ssm_get_automation_execution_cb(void *user_data,
                                                  int status,
                                                  struct awsc_ssm_get_automation_execution_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_ssm_get_automation_execution_async(struct awsc_client *client,
                                                     const struct awsc_ssm_get_automation_execution_input *input,
                                                     awsc_ssm_get_automation_execution_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * GetCalendarState
 * Gets the state of a Amazon Web Services Systems Manager change calendar at
 * the current time or a specified time. If you specify a time,
 * GetCalendarState returns the state of the calendar at that specific time,
 * and returns the next time that the change calendar state will transition.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_DOCUMENT,
 *   AWSC_SSM_ERR_INVALID_DOCUMENT_TYPE,
 *   AWSC_SSM_ERR_UNSUPPORTED_CALENDAR_EXCEPTION
 */
AWSC_API int awsc_ssm_get_calendar_state(struct awsc_client *client,
                                         const struct awsc_ssm_get_calendar_state_input *input,
                                         struct awsc_ssm_get_calendar_state_output **output,
                                         struct awsc_error *err);
typedef void awsc_ssm_get_calendar_state_cb(void *user_data,
                                            int status,
                                            struct awsc_ssm_get_calendar_state_output *output,
                                            struct awsc_error *err);
AWSC_API int awsc_ssm_get_calendar_state_async(struct awsc_client *client,
                                               const struct awsc_ssm_get_calendar_state_input *input,
                                               awsc_ssm_get_calendar_state_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * GetCloudConnector
 * Returns detailed information about a cloud connector.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_ssm_get_cloud_connector(struct awsc_client *client,
                                          const struct awsc_ssm_get_cloud_connector_input *input,
                                          struct awsc_ssm_get_cloud_connector_output **output,
                                          struct awsc_error *err);
typedef void awsc_ssm_get_cloud_connector_cb(void *user_data,
                                             int status,
                                             struct awsc_ssm_get_cloud_connector_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_ssm_get_cloud_connector_async(struct awsc_client *client,
                                                const struct awsc_ssm_get_cloud_connector_input *input,
                                                awsc_ssm_get_cloud_connector_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * GetCommandInvocation
 * Returns detailed information about command execution for an invocation or
 * plugin. The Run Command API follows an eventual consistency model, due to
 * the distributed nature of the system supporting the API.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_COMMAND_ID,
 *   AWSC_SSM_ERR_INVALID_INSTANCE_ID, AWSC_SSM_ERR_INVALID_PLUGIN_NAME,
 *   AWSC_SSM_ERR_INVOCATION_DOES_NOT_EXIST
 */
AWSC_API int awsc_ssm_get_command_invocation(struct awsc_client *client,
                                             const struct awsc_ssm_get_command_invocation_input *input,
                                             struct awsc_ssm_get_command_invocation_output **output,
                                             struct awsc_error *err);
typedef void awsc_ssm_get_command_invocation_cb(void *user_data,
                                                int status,
                                                struct awsc_ssm_get_command_invocation_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_ssm_get_command_invocation_async(struct awsc_client *client,
                                                   const struct awsc_ssm_get_command_invocation_input *input,
                                                   awsc_ssm_get_command_invocation_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * GetConnectionStatus
 * Retrieves the Session Manager connection status for a managed node to
 * determine whether it is running and ready to receive Session Manager
 * connections.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_get_connection_status(struct awsc_client *client,
                                            const struct awsc_ssm_get_connection_status_input *input,
                                            struct awsc_ssm_get_connection_status_output **output,
                                            struct awsc_error *err);
typedef void awsc_ssm_get_connection_status_cb(void *user_data,
                                               int status,
                                               struct awsc_ssm_get_connection_status_output *output,
                                               struct awsc_error *err);
AWSC_API int awsc_ssm_get_connection_status_async(struct awsc_client *client,
                                                  const struct awsc_ssm_get_connection_status_input *input,
                                                  awsc_ssm_get_connection_status_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * GetDefaultPatchBaseline
 * Retrieves the default patch baseline. Amazon Web Services Systems Manager
 * supports creating multiple default patch baselines. For example, you can
 * create a default patch baseline for each operating system.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_get_default_patch_baseline(struct awsc_client *client,
                                                 const struct awsc_ssm_get_default_patch_baseline_input *input,
                                                 struct awsc_ssm_get_default_patch_baseline_output **output,
                                                 struct awsc_error *err);
typedef void awsc_ssm_get_default_patch_baseline_cb(void *user_data,
                                                    int status,
                                                    struct awsc_ssm_get_default_patch_baseline_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_ssm_get_default_patch_baseline_async(struct awsc_client *client,
                                                       const struct awsc_ssm_get_default_patch_baseline_input *input,
                                                       awsc_ssm_get_default_patch_baseline_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * GetDeployablePatchSnapshotForInstance
 * Retrieves the current snapshot for the patch baseline the managed node uses.
 * This API is primarily used by the AWS-RunPatchBaseline Systems Manager
 * document (SSM document).
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_UNSUPPORTED_FEATURE_REQUIRED_EXCEPTION,
 *   AWSC_SSM_ERR_UNSUPPORTED_OPERATING_SYSTEM
 */
AWSC_API int awsc_ssm_get_deployable_patch_snapshot_for_instance(struct awsc_client *client,
                                                                 const struct awsc_ssm_get_deployable_patch_snapshot_for_instance_input *input,
                                                                 struct awsc_ssm_get_deployable_patch_snapshot_for_instance_output **output,
                                                                 struct awsc_error *err);
typedef void awsc_ssm_get_deployable_patch_snapshot_for_instance_cb(void *user_data,
                                                                    int status,
                                                                    struct awsc_ssm_get_deployable_patch_snapshot_for_instance_output *output,
                                                                    struct awsc_error *err);
AWSC_API int awsc_ssm_get_deployable_patch_snapshot_for_instance_async(struct awsc_client *client,
                                                                       const struct awsc_ssm_get_deployable_patch_snapshot_for_instance_input *input,
                                                                       awsc_ssm_get_deployable_patch_snapshot_for_instance_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err);

/*
 * GetDocument
 * Gets the contents of the specified Amazon Web Services Systems Manager
 * document (SSM document).
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_DOCUMENT,
 *   AWSC_SSM_ERR_INVALID_DOCUMENT_VERSION
 */
AWSC_API int awsc_ssm_get_document(struct awsc_client *client,
                                   const struct awsc_ssm_get_document_input *input,
                                   struct awsc_ssm_get_document_output **output,
                                   struct awsc_error *err);
typedef void awsc_ssm_get_document_cb(void *user_data,
                                      int status,
                                      struct awsc_ssm_get_document_output *output,
                                      struct awsc_error *err);
AWSC_API int awsc_ssm_get_document_async(struct awsc_client *client,
                                         const struct awsc_ssm_get_document_input *input,
                                         awsc_ssm_get_document_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err);

/*
 * GetExecutionPreview
 * Initiates the process of retrieving an existing preview that shows the
 * effects that running a specified Automation runbook would have on the
 * targeted resources.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_ssm_get_execution_preview(struct awsc_client *client,
                                            const struct awsc_ssm_get_execution_preview_input *input,
                                            struct awsc_ssm_get_execution_preview_output **output,
                                            struct awsc_error *err);
typedef void awsc_ssm_get_execution_preview_cb(void *user_data,
                                               int status,
                                               struct awsc_ssm_get_execution_preview_output *output,
                                               struct awsc_error *err);
AWSC_API int awsc_ssm_get_execution_preview_async(struct awsc_client *client,
                                                  const struct awsc_ssm_get_execution_preview_input *input,
                                                  awsc_ssm_get_execution_preview_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * GetInventory
 * Query inventory information. This includes managed node status, such as
 * Stopped or Terminated .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_INVALID_AGGREGATOR_EXCEPTION, AWSC_SSM_ERR_INVALID_FILTER,
 *   AWSC_SSM_ERR_INVALID_INVENTORY_GROUP_EXCEPTION,
 *   AWSC_SSM_ERR_INVALID_NEXT_TOKEN,
 *   AWSC_SSM_ERR_INVALID_RESULT_ATTRIBUTE_EXCEPTION,
 *   AWSC_SSM_ERR_INVALID_TYPE_NAME_EXCEPTION
 */
AWSC_API int awsc_ssm_get_inventory(struct awsc_client *client,
                                    const struct awsc_ssm_get_inventory_input *input,
                                    struct awsc_ssm_get_inventory_output **output,
                                    struct awsc_error *err);
typedef void awsc_ssm_get_inventory_cb(void *user_data,
                                       int status,
                                       struct awsc_ssm_get_inventory_output *output,
                                       struct awsc_error *err);
AWSC_API int awsc_ssm_get_inventory_async(struct awsc_client *client,
                                          const struct awsc_ssm_get_inventory_input *input,
                                          awsc_ssm_get_inventory_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err);

/*
 * GetInventorySchema
 * Return a list of inventory type names for the account, or return a list of
 * attribute names for a specific Inventory item type.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_NEXT_TOKEN,
 *   AWSC_SSM_ERR_INVALID_TYPE_NAME_EXCEPTION
 */
AWSC_API int awsc_ssm_get_inventory_schema(struct awsc_client *client,
                                           const struct awsc_ssm_get_inventory_schema_input *input,
                                           struct awsc_ssm_get_inventory_schema_output **output,
                                           struct awsc_error *err);
typedef void awsc_ssm_get_inventory_schema_cb(void *user_data,
                                              int status,
                                              struct awsc_ssm_get_inventory_schema_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_ssm_get_inventory_schema_async(struct awsc_client *client,
                                                 const struct awsc_ssm_get_inventory_schema_input *input,
                                                 awsc_ssm_get_inventory_schema_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * GetMaintenanceWindow
 * Retrieves a maintenance window.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DOES_NOT_EXIST_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_get_maintenance_window(struct awsc_client *client,
                                             const struct awsc_ssm_get_maintenance_window_input *input,
                                             struct awsc_ssm_get_maintenance_window_output **output,
                                             struct awsc_error *err);
typedef void awsc_ssm_get_maintenance_window_cb(void *user_data,
                                                int status,
                                                struct awsc_ssm_get_maintenance_window_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_ssm_get_maintenance_window_async(struct awsc_client *client,
                                                   const struct awsc_ssm_get_maintenance_window_input *input,
                                                   awsc_ssm_get_maintenance_window_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * GetMaintenanceWindowExecution
 * Retrieves details about a specific a maintenance window execution.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DOES_NOT_EXIST_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_get_maintenance_window_execution(struct awsc_client *client,
                                                       const struct awsc_ssm_get_maintenance_window_execution_input *input,
                                                       struct awsc_ssm_get_maintenance_window_execution_output **output,
                                                       struct awsc_error *err);
typedef void awsc_ssm_get_maintenance_window_execution_cb(void *user_data,
                                                          int status,
                                                          struct awsc_ssm_get_maintenance_window_execution_output *output,
                                                          struct awsc_error *err);
AWSC_API int awsc_ssm_get_maintenance_window_execution_async(struct awsc_client *client,
                                                             const struct awsc_ssm_get_maintenance_window_execution_input *input,
                                                             awsc_ssm_get_maintenance_window_execution_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);

/*
 * GetMaintenanceWindowExecutionTask
 * Retrieves the details about a specific task run as part of a maintenance
 * window execution.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DOES_NOT_EXIST_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_get_maintenance_window_execution_task(struct awsc_client *client,
                                                            const struct awsc_ssm_get_maintenance_window_execution_task_input *input,
                                                            struct awsc_ssm_get_maintenance_window_execution_task_output **output,
                                                            struct awsc_error *err);
typedef void awsc_ssm_get_maintenance_window_execution_task_cb(void *user_data,
                                                               int status,
                                                               struct awsc_ssm_get_maintenance_window_execution_task_output *output,
                                                               struct awsc_error *err);
AWSC_API int awsc_ssm_get_maintenance_window_execution_task_async(struct awsc_client *client,
                                                                  const struct awsc_ssm_get_maintenance_window_execution_task_input *input,
                                                                  awsc_ssm_get_maintenance_window_execution_task_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err);

/*
 * GetMaintenanceWindowExecutionTaskInvocation
 * Retrieves information about a specific task running on a specific target.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DOES_NOT_EXIST_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_get_maintenance_window_execution_task_invocation(struct awsc_client *client,
                                                                       const struct awsc_ssm_get_maintenance_window_execution_task_invocation_input *input,
                                                                       struct awsc_ssm_get_maintenance_window_execution_task_invocation_output **output,
                                                                       struct awsc_error *err);
typedef void awsc_ssm_get_maintenance_window_execution_task_invocation_cb(void *user_data,
                                                                          int status,
                                                                          struct awsc_ssm_get_maintenance_window_execution_task_invocation_output *output,
                                                                          struct awsc_error *err);
AWSC_API int awsc_ssm_get_maintenance_window_execution_task_invocation_async(struct awsc_client *client,
                                                                             const struct awsc_ssm_get_maintenance_window_execution_task_invocation_input *input,
                                                                             awsc_ssm_get_maintenance_window_execution_task_invocation_cb *cb,
                                                                             void *user_data,
                                                                             struct awsc_error *err);

/*
 * GetMaintenanceWindowTask
 * Retrieves the details of a maintenance window task. For maintenance window
 * tasks without a specified target, you can't supply values for --max-errors
 * and --max-concurrency . Instead, the system inserts a placeholder value of 1
 * , which may be reported in the response to this command.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DOES_NOT_EXIST_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_get_maintenance_window_task(struct awsc_client *client,
                                                  const struct awsc_ssm_get_maintenance_window_task_input *input,
                                                  struct awsc_ssm_get_maintenance_window_task_output **output,
                                                  struct awsc_error *err);
typedef void awsc_ssm_get_maintenance_window_task_cb(void *user_data,
                                                     int status,
                                                     struct awsc_ssm_get_maintenance_window_task_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_get_maintenance_window_task_async(struct awsc_client *client,
                                                        const struct awsc_ssm_get_maintenance_window_task_input *input,
                                                        awsc_ssm_get_maintenance_window_task_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * GetOpsItem
 * Get information about an OpsItem by using the ID. You must have permission
 * in Identity and Access Management (IAM) to view information about an
 * OpsItem. For more information, see Set up OpsCenter in the Amazon Web
 * Services Systems Manager User Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_OPS_ITEM_ACCESS_DENIED_EXCEPTION,
 *   AWSC_SSM_ERR_OPS_ITEM_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_ssm_get_ops_item(struct awsc_client *client,
                                   const struct awsc_ssm_get_ops_item_input *input,
                                   struct awsc_ssm_get_ops_item_output **output,
                                   struct awsc_error *err);
typedef void awsc_ssm_get_ops_item_cb(void *user_data,
                                      int status,
                                      struct awsc_ssm_get_ops_item_output *output,
                                      struct awsc_error *err);
AWSC_API int awsc_ssm_get_ops_item_async(struct awsc_client *client,
                                         const struct awsc_ssm_get_ops_item_input *input,
                                         awsc_ssm_get_ops_item_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err);

/*
 * GetOpsMetadata
 * View operational metadata related to an application in Application Manager.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_OPS_METADATA_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_SSM_ERR_OPS_METADATA_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_ssm_get_ops_metadata(struct awsc_client *client,
                                       const struct awsc_ssm_get_ops_metadata_input *input,
                                       struct awsc_ssm_get_ops_metadata_output **output,
                                       struct awsc_error *err);
typedef void awsc_ssm_get_ops_metadata_cb(void *user_data,
                                          int status,
                                          struct awsc_ssm_get_ops_metadata_output *output,
                                          struct awsc_error *err);
AWSC_API int awsc_ssm_get_ops_metadata_async(struct awsc_client *client,
                                             const struct awsc_ssm_get_ops_metadata_input *input,
                                             awsc_ssm_get_ops_metadata_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err);

/*
 * GetOpsSummary
 * View a summary of operations metadata (OpsData) based on specified filters
 * and aggregators. OpsData can include information about Amazon Web Services
 * Systems Manager OpsCenter operational workitems (OpsItems) as well as
 * information about any Amazon Web Services resource or service configured to
 * ...
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_INVALID_AGGREGATOR_EXCEPTION, AWSC_SSM_ERR_INVALID_FILTER,
 *   AWSC_SSM_ERR_INVALID_NEXT_TOKEN,
 *   AWSC_SSM_ERR_INVALID_TYPE_NAME_EXCEPTION,
 *   AWSC_SSM_ERR_RESOURCE_DATA_SYNC_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_ssm_get_ops_summary(struct awsc_client *client,
                                      const struct awsc_ssm_get_ops_summary_input *input,
                                      struct awsc_ssm_get_ops_summary_output **output,
                                      struct awsc_error *err);
typedef void awsc_ssm_get_ops_summary_cb(void *user_data,
                                         int status,
                                         struct awsc_ssm_get_ops_summary_output *output,
                                         struct awsc_error *err);
AWSC_API int awsc_ssm_get_ops_summary_async(struct awsc_client *client,
                                            const struct awsc_ssm_get_ops_summary_input *input,
                                            awsc_ssm_get_ops_summary_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * GetParameter
 * Get information about a single parameter by specifying the parameter name.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_KEY_ID,
 *   AWSC_SSM_ERR_PARAMETER_NOT_FOUND,
 *   AWSC_SSM_ERR_PARAMETER_VERSION_NOT_FOUND
 */
AWSC_API int awsc_ssm_get_parameter(struct awsc_client *client,
                                    const struct awsc_ssm_get_parameter_input *input,
                                    struct awsc_ssm_get_parameter_output **output,
                                    struct awsc_error *err);
typedef void awsc_ssm_get_parameter_cb(void *user_data,
                                       int status,
                                       struct awsc_ssm_get_parameter_output *output,
                                       struct awsc_error *err);
AWSC_API int awsc_ssm_get_parameter_async(struct awsc_client *client,
                                          const struct awsc_ssm_get_parameter_input *input,
                                          awsc_ssm_get_parameter_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err);

/*
 * GetParameterHistory
 * Retrieves the history of all changes to a parameter.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_KEY_ID,
 *   AWSC_SSM_ERR_INVALID_NEXT_TOKEN, AWSC_SSM_ERR_PARAMETER_NOT_FOUND
 */
AWSC_API int awsc_ssm_get_parameter_history(struct awsc_client *client,
                                            const struct awsc_ssm_get_parameter_history_input *input,
                                            struct awsc_ssm_get_parameter_history_output **output,
                                            struct awsc_error *err);
typedef void awsc_ssm_get_parameter_history_cb(void *user_data,
                                               int status,
                                               struct awsc_ssm_get_parameter_history_output *output,
                                               struct awsc_error *err);
AWSC_API int awsc_ssm_get_parameter_history_async(struct awsc_client *client,
                                                  const struct awsc_ssm_get_parameter_history_input *input,
                                                  awsc_ssm_get_parameter_history_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * GetParameters
 * Get information about one or more parameters by specifying multiple
 * parameter names. To get information about a single parameter, you can use
 * the GetParameter operation instead. Parameter names can't contain spaces.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_KEY_ID
 */
AWSC_API int awsc_ssm_get_parameters(struct awsc_client *client,
                                     const struct awsc_ssm_get_parameters_input *input,
                                     struct awsc_ssm_get_parameters_output **output,
                                     struct awsc_error *err);
typedef void awsc_ssm_get_parameters_cb(void *user_data,
                                        int status,
                                        struct awsc_ssm_get_parameters_output *output,
                                        struct awsc_error *err);
AWSC_API int awsc_ssm_get_parameters_async(struct awsc_client *client,
                                           const struct awsc_ssm_get_parameters_input *input,
                                           awsc_ssm_get_parameters_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err);

/*
 * GetParametersByPath
 * Retrieve information about one or more parameters under a specified level in
 * a hierarchy.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_FILTER_KEY,
 *   AWSC_SSM_ERR_INVALID_FILTER_OPTION, AWSC_SSM_ERR_INVALID_FILTER_VALUE,
 *   AWSC_SSM_ERR_INVALID_KEY_ID, AWSC_SSM_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_ssm_get_parameters_by_path(struct awsc_client *client,
                                             const struct awsc_ssm_get_parameters_by_path_input *input,
                                             struct awsc_ssm_get_parameters_by_path_output **output,
                                             struct awsc_error *err);
typedef void awsc_ssm_get_parameters_by_path_cb(void *user_data,
                                                int status,
                                                struct awsc_ssm_get_parameters_by_path_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_ssm_get_parameters_by_path_async(struct awsc_client *client,
                                                   const struct awsc_ssm_get_parameters_by_path_input *input,
                                                   awsc_ssm_get_parameters_by_path_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * GetPatchBaseline
 * Retrieves information about a patch baseline.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DOES_NOT_EXIST_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_RESOURCE_ID
 */
AWSC_API int awsc_ssm_get_patch_baseline(struct awsc_client *client,
                                         const struct awsc_ssm_get_patch_baseline_input *input,
                                         struct awsc_ssm_get_patch_baseline_output **output,
                                         struct awsc_error *err);
typedef void awsc_ssm_get_patch_baseline_cb(void *user_data,
                                            int status,
                                            struct awsc_ssm_get_patch_baseline_output *output,
                                            struct awsc_error *err);
AWSC_API int awsc_ssm_get_patch_baseline_async(struct awsc_client *client,
                                               const struct awsc_ssm_get_patch_baseline_input *input,
                                               awsc_ssm_get_patch_baseline_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * GetPatchBaselineForPatchGroup
 * Retrieves the patch baseline that should be used for the specified patch
 * group.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_get_patch_baseline_for_patch_group(struct awsc_client *client,
                                                         const struct awsc_ssm_get_patch_baseline_for_patch_group_input *input,
                                                         struct awsc_ssm_get_patch_baseline_for_patch_group_output **output,
                                                         struct awsc_error *err);
typedef void awsc_ssm_get_patch_baseline_for_patch_group_cb(void *user_data,
                                                            int status,
                                                            struct awsc_ssm_get_patch_baseline_for_patch_group_output *output,
                                                            struct awsc_error *err);
AWSC_API int awsc_ssm_get_patch_baseline_for_patch_group_async(struct awsc_client *client,
                                                               const struct awsc_ssm_get_patch_baseline_for_patch_group_input *input,
                                                               awsc_ssm_get_patch_baseline_for_patch_group_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);

/*
 * GetResourcePolicies
 * Returns an array of the Policy object.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_SSM_ERR_RESOURCE_POLICY_INVALID_PARAMETER_EXCEPTION
 */
AWSC_API int awsc_ssm_get_resource_policies(struct awsc_client *client,
                                            const struct awsc_ssm_get_resource_policies_input *input,
                                            struct awsc_ssm_get_resource_policies_output **output,
                                            struct awsc_error *err);
typedef void awsc_ssm_get_resource_policies_cb(void *user_data,
                                               int status,
                                               struct awsc_ssm_get_resource_policies_output *output,
                                               struct awsc_error *err);
AWSC_API int awsc_ssm_get_resource_policies_async(struct awsc_client *client,
                                                  const struct awsc_ssm_get_resource_policies_input *input,
                                                  awsc_ssm_get_resource_policies_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * GetServiceSetting
 * ServiceSetting is an account-level setting for an Amazon Web Services
 * service. This setting defines how a user interacts with or uses a service or
 * a feature of a service.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_SERVICE_SETTING_NOT_FOUND
 */
AWSC_API int awsc_ssm_get_service_setting(struct awsc_client *client,
                                          const struct awsc_ssm_get_service_setting_input *input,
                                          struct awsc_ssm_get_service_setting_output **output,
                                          struct awsc_error *err);
typedef void awsc_ssm_get_service_setting_cb(void *user_data,
                                             int status,
                                             struct awsc_ssm_get_service_setting_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_ssm_get_service_setting_async(struct awsc_client *client,
                                                const struct awsc_ssm_get_service_setting_input *input,
                                                awsc_ssm_get_service_setting_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * LabelParameterVersion
 * A parameter label is a user-defined alias to help you manage different
 * versions of a parameter. When you modify a parameter, Amazon Web Services
 * Systems Manager automatically saves a new version and increments the version
 * number by one.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_PARAMETER_NOT_FOUND,
 *   AWSC_SSM_ERR_PARAMETER_VERSION_LABEL_LIMIT_EXCEEDED,
 *   AWSC_SSM_ERR_PARAMETER_VERSION_NOT_FOUND, AWSC_SSM_ERR_TOO_MANY_UPDATES
 */
AWSC_API int awsc_ssm_label_parameter_version(struct awsc_client *client,
                                              const struct awsc_ssm_label_parameter_version_input *input,
                                              struct awsc_ssm_label_parameter_version_output **output,
                                              struct awsc_error *err);
typedef void awsc_ssm_label_parameter_version_cb(void *user_data,
                                                 int status,
                                                 struct awsc_ssm_label_parameter_version_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_ssm_label_parameter_version_async(struct awsc_client *client,
                                                    const struct awsc_ssm_label_parameter_version_input *input,
                                                    awsc_ssm_label_parameter_version_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * ListAssociationVersions
 * Retrieves all versions of an association for a specific association ID.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_ASSOCIATION_DOES_NOT_EXIST,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_ssm_list_association_versions(struct awsc_client *client,
                                                const struct awsc_ssm_list_association_versions_input *input,
                                                struct awsc_ssm_list_association_versions_output **output,
                                                struct awsc_error *err);
typedef void awsc_ssm_list_association_versions_cb(void *user_data,
                                                   int status,
                                                   struct awsc_ssm_list_association_versions_output *output,
                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_list_association_versions_async(struct awsc_client *client,
                                                      const struct awsc_ssm_list_association_versions_input *input,
                                                      awsc_ssm_list_association_versions_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * ListAssociations
 * Returns all State Manager associations in the current Amazon Web Services
 * account and Amazon Web Services Region. You can limit the results to a
 * specific State Manager association document or managed node by specifying a
 * filter. State Manager is a tool in Amazon Web Services Systems Manager.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_ssm_list_associations(struct awsc_client *client,
                                        const struct awsc_ssm_list_associations_input *input,
                                        struct awsc_ssm_list_associations_output **output,
                                        struct awsc_error *err);
typedef void awsc_ssm_list_associations_cb(void *user_data,
                                           int status,
                                           struct awsc_ssm_list_associations_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_ssm_list_associations_async(struct awsc_client *client,
                                              const struct awsc_ssm_list_associations_input *input,
                                              awsc_ssm_list_associations_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * ListCloudConnectors
 * Returns a list of cloud connectors in the current Amazon Web Services
 * account and Amazon Web Services Region.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_list_cloud_connectors(struct awsc_client *client,
                                            const struct awsc_ssm_list_cloud_connectors_input *input,
                                            struct awsc_ssm_list_cloud_connectors_output **output,
                                            struct awsc_error *err);
typedef void awsc_ssm_list_cloud_connectors_cb(void *user_data,
                                               int status,
                                               struct awsc_ssm_list_cloud_connectors_output *output,
                                               struct awsc_error *err);
AWSC_API int awsc_ssm_list_cloud_connectors_async(struct awsc_client *client,
                                                  const struct awsc_ssm_list_cloud_connectors_input *input,
                                                  awsc_ssm_list_cloud_connectors_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * ListCommandInvocations
 * An invocation is copy of a command sent to a specific managed node. A
 * command can apply to one or more managed nodes. A command invocation applies
 * to one managed node.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_COMMAND_ID,
 *   AWSC_SSM_ERR_INVALID_FILTER_KEY, AWSC_SSM_ERR_INVALID_INSTANCE_ID,
 *   AWSC_SSM_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_ssm_list_command_invocations(struct awsc_client *client,
                                               const struct awsc_ssm_list_command_invocations_input *input,
                                               struct awsc_ssm_list_command_invocations_output **output,
                                               struct awsc_error *err);
typedef void awsc_ssm_list_command_invocations_cb(void *user_data,
                                                  int status,
                                                  struct awsc_ssm_list_command_invocations_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_ssm_list_command_invocations_async(struct awsc_client *client,
                                                     const struct awsc_ssm_list_command_invocations_input *input,
                                                     awsc_ssm_list_command_invocations_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * ListCommands
 * Lists the commands requested by users of the Amazon Web Services account.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_COMMAND_ID,
 *   AWSC_SSM_ERR_INVALID_FILTER_KEY, AWSC_SSM_ERR_INVALID_INSTANCE_ID,
 *   AWSC_SSM_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_ssm_list_commands(struct awsc_client *client,
                                    const struct awsc_ssm_list_commands_input *input,
                                    struct awsc_ssm_list_commands_output **output,
                                    struct awsc_error *err);
typedef void awsc_ssm_list_commands_cb(void *user_data,
                                       int status,
                                       struct awsc_ssm_list_commands_output *output,
                                       struct awsc_error *err);
AWSC_API int awsc_ssm_list_commands_async(struct awsc_client *client,
                                          const struct awsc_ssm_list_commands_input *input,
                                          awsc_ssm_list_commands_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err);

/*
 * ListComplianceItems
 * For a specified resource ID, this API operation returns a list of compliance
 * statuses for different resource types. Currently, you can only specify one
 * resource ID per call. List results depend on the criteria specified in the
 * filter.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_FILTER,
 *   AWSC_SSM_ERR_INVALID_NEXT_TOKEN, AWSC_SSM_ERR_INVALID_RESOURCE_ID,
 *   AWSC_SSM_ERR_INVALID_RESOURCE_TYPE
 */
AWSC_API int awsc_ssm_list_compliance_items(struct awsc_client *client,
                                            const struct awsc_ssm_list_compliance_items_input *input,
                                            struct awsc_ssm_list_compliance_items_output **output,
                                            struct awsc_error *err);
typedef void awsc_ssm_list_compliance_items_cb(void *user_data,
                                               int status,
                                               struct awsc_ssm_list_compliance_items_output *output,
                                               struct awsc_error *err);
AWSC_API int awsc_ssm_list_compliance_items_async(struct awsc_client *client,
                                                  const struct awsc_ssm_list_compliance_items_input *input,
                                                  awsc_ssm_list_compliance_items_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * ListComplianceSummaries
 * Returns a summary count of compliant and non-compliant resources for a
 * compliance type. For example, this call can return State Manager
 * associations, patches, or custom compliance types according to the filter
 * criteria that you specify.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_FILTER,
 *   AWSC_SSM_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_ssm_list_compliance_summaries(struct awsc_client *client,
                                                const struct awsc_ssm_list_compliance_summaries_input *input,
                                                struct awsc_ssm_list_compliance_summaries_output **output,
                                                struct awsc_error *err);
typedef void awsc_ssm_list_compliance_summaries_cb(void *user_data,
                                                   int status,
                                                   struct awsc_ssm_list_compliance_summaries_output *output,
                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_list_compliance_summaries_async(struct awsc_client *client,
                                                      const struct awsc_ssm_list_compliance_summaries_input *input,
                                                      awsc_ssm_list_compliance_summaries_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * ListDocumentMetadataHistory
 * Amazon Web Services Systems Manager Change Manager is no longer open to new
 * customers. Existing customers can continue to use the service as normal. For
 * more information, see Amazon Web Services Systems Manager Change Manager
 * availability change .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_DOCUMENT,
 *   AWSC_SSM_ERR_INVALID_DOCUMENT_VERSION, AWSC_SSM_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_ssm_list_document_metadata_history(struct awsc_client *client,
                                                     const struct awsc_ssm_list_document_metadata_history_input *input,
                                                     struct awsc_ssm_list_document_metadata_history_output **output,
                                                     struct awsc_error *err);
typedef void awsc_ssm_list_document_metadata_history_cb(void *user_data,
                                                        int status,
                                                        struct awsc_ssm_list_document_metadata_history_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_ssm_list_document_metadata_history_async(struct awsc_client *client,
                                                           const struct awsc_ssm_list_document_metadata_history_input *input,
                                                           awsc_ssm_list_document_metadata_history_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * ListDocumentVersions
 * List all versions for a document.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_DOCUMENT,
 *   AWSC_SSM_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_ssm_list_document_versions(struct awsc_client *client,
                                             const struct awsc_ssm_list_document_versions_input *input,
                                             struct awsc_ssm_list_document_versions_output **output,
                                             struct awsc_error *err);
typedef void awsc_ssm_list_document_versions_cb(void *user_data,
                                                int status,
                                                struct awsc_ssm_list_document_versions_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_ssm_list_document_versions_async(struct awsc_client *client,
                                                   const struct awsc_ssm_list_document_versions_input *input,
                                                   awsc_ssm_list_document_versions_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * ListDocuments
 * Returns all Systems Manager (SSM) documents in the current Amazon Web
 * Services account and Amazon Web Services Region. You can limit the results
 * of this request by using a filter.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_FILTER_KEY,
 *   AWSC_SSM_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_ssm_list_documents(struct awsc_client *client,
                                     const struct awsc_ssm_list_documents_input *input,
                                     struct awsc_ssm_list_documents_output **output,
                                     struct awsc_error *err);
typedef void awsc_ssm_list_documents_cb(void *user_data,
                                        int status,
                                        struct awsc_ssm_list_documents_output *output,
                                        struct awsc_error *err);
AWSC_API int awsc_ssm_list_documents_async(struct awsc_client *client,
                                           const struct awsc_ssm_list_documents_input *input,
                                           awsc_ssm_list_documents_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err);

/*
 * ListInventoryEntries
 * A list of inventory items returned by the request.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_FILTER,
 *   AWSC_SSM_ERR_INVALID_INSTANCE_ID, AWSC_SSM_ERR_INVALID_NEXT_TOKEN,
 *   AWSC_SSM_ERR_INVALID_TYPE_NAME_EXCEPTION
 */
AWSC_API int awsc_ssm_list_inventory_entries(struct awsc_client *client,
                                             const struct awsc_ssm_list_inventory_entries_input *input,
                                             struct awsc_ssm_list_inventory_entries_output **output,
                                             struct awsc_error *err);
typedef void awsc_ssm_list_inventory_entries_cb(void *user_data,
                                                int status,
                                                struct awsc_ssm_list_inventory_entries_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_ssm_list_inventory_entries_async(struct awsc_client *client,
                                                   const struct awsc_ssm_list_inventory_entries_input *input,
                                                   awsc_ssm_list_inventory_entries_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * ListNodes
 * Takes in filters and returns a list of managed nodes matching the filter
 * criteria.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_FILTER,
 *   AWSC_SSM_ERR_INVALID_NEXT_TOKEN,
 *   AWSC_SSM_ERR_RESOURCE_DATA_SYNC_NOT_FOUND_EXCEPTION,
 *   AWSC_SSM_ERR_UNSUPPORTED_OPERATION_EXCEPTION
 */
AWSC_API int awsc_ssm_list_nodes(struct awsc_client *client,
                                 const struct awsc_ssm_list_nodes_input *input,
                                 struct awsc_ssm_list_nodes_output **output,
                                 struct awsc_error *err);
typedef void awsc_ssm_list_nodes_cb(void *user_data,
                                    int status,
                                    struct awsc_ssm_list_nodes_output *output,
                                    struct awsc_error *err);
AWSC_API int awsc_ssm_list_nodes_async(struct awsc_client *client,
                                       const struct awsc_ssm_list_nodes_input *input,
                                       awsc_ssm_list_nodes_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err);

/*
 * ListNodesSummary
 * Generates a summary of managed instance/node metadata based on the filters
 * and aggregators you specify. Results are grouped by the input aggregator you
 * specify.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_INVALID_AGGREGATOR_EXCEPTION, AWSC_SSM_ERR_INVALID_FILTER,
 *   AWSC_SSM_ERR_INVALID_NEXT_TOKEN,
 *   AWSC_SSM_ERR_RESOURCE_DATA_SYNC_NOT_FOUND_EXCEPTION,
 *   AWSC_SSM_ERR_UNSUPPORTED_OPERATION_EXCEPTION
 */
AWSC_API int awsc_ssm_list_nodes_summary(struct awsc_client *client,
                                         const struct awsc_ssm_list_nodes_summary_input *input,
                                         struct awsc_ssm_list_nodes_summary_output **output,
                                         struct awsc_error *err);
typedef void awsc_ssm_list_nodes_summary_cb(void *user_data,
                                            int status,
                                            struct awsc_ssm_list_nodes_summary_output *output,
                                            struct awsc_error *err);
AWSC_API int awsc_ssm_list_nodes_summary_async(struct awsc_client *client,
                                               const struct awsc_ssm_list_nodes_summary_input *input,
                                               awsc_ssm_list_nodes_summary_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * ListOpsItemEvents
 * Returns a list of all OpsItem events in the current Amazon Web Services
 * Region and Amazon Web Services account. You can limit the results to events
 * associated with specific OpsItems by specifying a filter.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_OPS_ITEM_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SSM_ERR_OPS_ITEM_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SSM_ERR_OPS_ITEM_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_ssm_list_ops_item_events(struct awsc_client *client,
                                           const struct awsc_ssm_list_ops_item_events_input *input,
                                           struct awsc_ssm_list_ops_item_events_output **output,
                                           struct awsc_error *err);
typedef void awsc_ssm_list_ops_item_events_cb(void *user_data,
                                              int status,
                                              struct awsc_ssm_list_ops_item_events_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_ssm_list_ops_item_events_async(struct awsc_client *client,
                                                 const struct awsc_ssm_list_ops_item_events_input *input,
                                                 awsc_ssm_list_ops_item_events_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * ListOpsItemRelatedItems
 * Lists all related-item resources associated with a Systems Manager OpsCenter
 * OpsItem. OpsCenter is a tool in Amazon Web Services Systems Manager.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_OPS_ITEM_INVALID_PARAMETER_EXCEPTION
 */
AWSC_API int awsc_ssm_list_ops_item_related_items(struct awsc_client *client,
                                                  const struct awsc_ssm_list_ops_item_related_items_input *input,
                                                  struct awsc_ssm_list_ops_item_related_items_output **output,
                                                  struct awsc_error *err);
typedef void awsc_ssm_list_ops_item_related_items_cb(void *user_data,
                                                     int status,
                                                     struct awsc_ssm_list_ops_item_related_items_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_list_ops_item_related_items_async(struct awsc_client *client,
                                                        const struct awsc_ssm_list_ops_item_related_items_input *input,
                                                        awsc_ssm_list_ops_item_related_items_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * ListOpsMetadata
 * Amazon Web Services Systems Manager calls this API operation when displaying
 * all Application Manager OpsMetadata objects or blobs.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_OPS_METADATA_INVALID_ARGUMENT_EXCEPTION
 */
AWSC_API int awsc_ssm_list_ops_metadata(struct awsc_client *client,
                                        const struct awsc_ssm_list_ops_metadata_input *input,
                                        struct awsc_ssm_list_ops_metadata_output **output,
                                        struct awsc_error *err);
typedef void awsc_ssm_list_ops_metadata_cb(void *user_data,
                                           int status,
                                           struct awsc_ssm_list_ops_metadata_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_ssm_list_ops_metadata_async(struct awsc_client *client,
                                              const struct awsc_ssm_list_ops_metadata_input *input,
                                              awsc_ssm_list_ops_metadata_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * ListResourceComplianceSummaries
 * Returns a resource-level summary count. The summary includes information
 * about compliant and non-compliant statuses and detailed compliance-item
 * severity counts, according to the filter criteria you specify.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_FILTER,
 *   AWSC_SSM_ERR_INVALID_NEXT_TOKEN
 */
AWSC_API int awsc_ssm_list_resource_compliance_summaries(struct awsc_client *client,
                                                         const struct awsc_ssm_list_resource_compliance_summaries_input *input,
                                                         struct awsc_ssm_list_resource_compliance_summaries_output **output,
                                                         struct awsc_error *err);
typedef void awsc_ssm_list_resource_compliance_summaries_cb(void *user_data,
                                                            int status,
                                                            struct awsc_ssm_list_resource_compliance_summaries_output *output,
                                                            struct awsc_error *err);
AWSC_API int awsc_ssm_list_resource_compliance_summaries_async(struct awsc_client *client,
                                                               const struct awsc_ssm_list_resource_compliance_summaries_input *input,
                                                               awsc_ssm_list_resource_compliance_summaries_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);

/*
 * ListResourceDataSync
 * Lists your resource data sync configurations. Includes information about the
 * last time a sync attempted to start, the last sync status, and the last time
 * a sync successfully completed.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_NEXT_TOKEN,
 *   AWSC_SSM_ERR_RESOURCE_DATA_SYNC_INVALID_CONFIGURATION_EXCEPTION
 */
AWSC_API int awsc_ssm_list_resource_data_sync(struct awsc_client *client,
                                              const struct awsc_ssm_list_resource_data_sync_input *input,
                                              struct awsc_ssm_list_resource_data_sync_output **output,
                                              struct awsc_error *err);
typedef void awsc_ssm_list_resource_data_sync_cb(void *user_data,
                                                 int status,
                                                 struct awsc_ssm_list_resource_data_sync_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_ssm_list_resource_data_sync_async(struct awsc_client *client,
                                                    const struct awsc_ssm_list_resource_data_sync_input *input,
                                                    awsc_ssm_list_resource_data_sync_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * ListTagsForResource
 * Returns a list of the tags assigned to the specified resource.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_RESOURCE_ID,
 *   AWSC_SSM_ERR_INVALID_RESOURCE_TYPE
 */
AWSC_API int awsc_ssm_list_tags_for_resource(struct awsc_client *client,
                                             const struct awsc_ssm_list_tags_for_resource_input *input,
                                             struct awsc_ssm_list_tags_for_resource_output **output,
                                             struct awsc_error *err);
typedef void awsc_ssm_list_tags_for_resource_cb(void *user_data,
                                                int status,
                                                struct awsc_ssm_list_tags_for_resource_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_ssm_list_tags_for_resource_async(struct awsc_client *client,
                                                   const struct awsc_ssm_list_tags_for_resource_input *input,
                                                   awsc_ssm_list_tags_for_resource_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * ModifyDocumentPermission
 * Shares a Amazon Web Services Systems Manager document (SSM document)publicly
 * or privately. If you share a document privately, you must specify the Amazon
 * Web Services user IDs for those people who can use the document. If you
 * share a document publicly, you must specify All as the account ID.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DOCUMENT_LIMIT_EXCEEDED,
 *   AWSC_SSM_ERR_DOCUMENT_PERMISSION_LIMIT,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_DOCUMENT,
 *   AWSC_SSM_ERR_INVALID_PERMISSION_TYPE
 */
AWSC_API int awsc_ssm_modify_document_permission(struct awsc_client *client,
                                                 const struct awsc_ssm_modify_document_permission_input *input,
                                                 struct awsc_ssm_modify_document_permission_output **output,
                                                 struct awsc_error *err);
typedef void awsc_ssm_modify_document_permission_cb(void *user_data,
                                                    int status,
                                                    struct awsc_ssm_modify_document_permission_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_ssm_modify_document_permission_async(struct awsc_client *client,
                                                       const struct awsc_ssm_modify_document_permission_input *input,
                                                       awsc_ssm_modify_document_permission_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * PutComplianceItems
 * Registers a compliance type and other compliance details on a designated
 * resource. This operation lets you register custom compliance details with a
 * resource.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_COMPLIANCE_TYPE_COUNT_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_INVALID_ITEM_CONTENT_EXCEPTION,
 *   AWSC_SSM_ERR_INVALID_RESOURCE_ID, AWSC_SSM_ERR_INVALID_RESOURCE_TYPE,
 *   AWSC_SSM_ERR_ITEM_SIZE_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SSM_ERR_TOTAL_SIZE_LIMIT_EXCEEDED_EXCEPTION
 */
AWSC_API int awsc_ssm_put_compliance_items(struct awsc_client *client,
                                           const struct awsc_ssm_put_compliance_items_input *input,
                                           struct awsc_ssm_put_compliance_items_output **output,
                                           struct awsc_error *err);
typedef void awsc_ssm_put_compliance_items_cb(void *user_data,
                                              int status,
                                              struct awsc_ssm_put_compliance_items_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_ssm_put_compliance_items_async(struct awsc_client *client,
                                                 const struct awsc_ssm_put_compliance_items_input *input,
                                                 awsc_ssm_put_compliance_items_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * PutInventory
 * Bulk update custom inventory items on one or more managed nodes. The request
 * adds an inventory item, if it doesn't already exist, or updates an inventory
 * item, if it does exist.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_CUSTOM_SCHEMA_COUNT_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_INSTANCE_ID,
 *   AWSC_SSM_ERR_INVALID_INVENTORY_ITEM_CONTEXT_EXCEPTION,
 *   AWSC_SSM_ERR_INVALID_ITEM_CONTENT_EXCEPTION,
 *   AWSC_SSM_ERR_INVALID_TYPE_NAME_EXCEPTION,
 *   AWSC_SSM_ERR_ITEM_CONTENT_MISMATCH_EXCEPTION,
 *   AWSC_SSM_ERR_ITEM_SIZE_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SSM_ERR_SUB_TYPE_COUNT_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SSM_ERR_TOTAL_SIZE_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SSM_ERR_UNSUPPORTED_INVENTORY_ITEM_CONTEXT_EXCEPTION,
 *   AWSC_SSM_ERR_UNSUPPORTED_INVENTORY_SCHEMA_VERSION_EXCEPTION
 */
AWSC_API int awsc_ssm_put_inventory(struct awsc_client *client,
                                    const struct awsc_ssm_put_inventory_input *input,
                                    struct awsc_ssm_put_inventory_output **output,
                                    struct awsc_error *err);
typedef void awsc_ssm_put_inventory_cb(void *user_data,
                                       int status,
                                       struct awsc_ssm_put_inventory_output *output,
                                       struct awsc_error *err);
AWSC_API int awsc_ssm_put_inventory_async(struct awsc_client *client,
                                          const struct awsc_ssm_put_inventory_input *input,
                                          awsc_ssm_put_inventory_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err);

/*
 * PutParameter
 * Create or update a parameter in Parameter Store. Parameter Store throughput
 * defines the number of API transactions per second (TPS) that Systems Manager
 * can process.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_HIERARCHY_LEVEL_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SSM_ERR_HIERARCHY_TYPE_MISMATCH_EXCEPTION,
 *   AWSC_SSM_ERR_INCOMPATIBLE_POLICY_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_INVALID_ALLOWED_PATTERN_EXCEPTION,
 *   AWSC_SSM_ERR_INVALID_KEY_ID,
 *   AWSC_SSM_ERR_INVALID_POLICY_ATTRIBUTE_EXCEPTION,
 *   AWSC_SSM_ERR_INVALID_POLICY_TYPE_EXCEPTION,
 *   AWSC_SSM_ERR_PARAMETER_ALREADY_EXISTS,
 *   AWSC_SSM_ERR_PARAMETER_LIMIT_EXCEEDED,
 *   AWSC_SSM_ERR_PARAMETER_MAX_VERSION_LIMIT_EXCEEDED,
 *   AWSC_SSM_ERR_PARAMETER_PATTERN_MISMATCH_EXCEPTION,
 *   AWSC_SSM_ERR_POLICIES_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SSM_ERR_TOO_MANY_UPDATES, AWSC_SSM_ERR_UNSUPPORTED_PARAMETER_TYPE
 */
AWSC_API int awsc_ssm_put_parameter(struct awsc_client *client,
                                    const struct awsc_ssm_put_parameter_input *input,
                                    struct awsc_ssm_put_parameter_output **output,
                                    struct awsc_error *err);
typedef void awsc_ssm_put_parameter_cb(void *user_data,
                                       int status,
                                       struct awsc_ssm_put_parameter_output *output,
                                       struct awsc_error *err);
AWSC_API int awsc_ssm_put_parameter_async(struct awsc_client *client,
                                          const struct awsc_ssm_put_parameter_input *input,
                                          awsc_ssm_put_parameter_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err);

/*
 * PutResourcePolicy
 * Creates or updates a Systems Manager resource policy. A resource policy
 * helps you to define the IAM entity (for example, an Amazon Web Services
 * account) that can manage your Systems Manager resources. The following
 * resources support Systems Manager resource policies.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_MALFORMED_RESOURCE_POLICY_DOCUMENT_EXCEPTION,
 *   AWSC_SSM_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_SSM_ERR_RESOURCE_POLICY_CONFLICT_EXCEPTION,
 *   AWSC_SSM_ERR_RESOURCE_POLICY_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SSM_ERR_RESOURCE_POLICY_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SSM_ERR_RESOURCE_POLICY_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_ssm_put_resource_policy(struct awsc_client *client,
                                          const struct awsc_ssm_put_resource_policy_input *input,
                                          struct awsc_ssm_put_resource_policy_output **output,
                                          struct awsc_error *err);
typedef void awsc_ssm_put_resource_policy_cb(void *user_data,
                                             int status,
                                             struct awsc_ssm_put_resource_policy_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_ssm_put_resource_policy_async(struct awsc_client *client,
                                                const struct awsc_ssm_put_resource_policy_input *input,
                                                awsc_ssm_put_resource_policy_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * RegisterDefaultPatchBaseline
 * Defines the default patch baseline for the relevant operating system.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DOES_NOT_EXIST_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_RESOURCE_ID
 */
AWSC_API int awsc_ssm_register_default_patch_baseline(struct awsc_client *client,
                                                      const struct awsc_ssm_register_default_patch_baseline_input *input,
                                                      struct awsc_ssm_register_default_patch_baseline_output **output,
                                                      struct awsc_error *err);
typedef void awsc_ssm_register_default_patch_baseline_cb(void *user_data,
                                                         int status,
                                                         struct awsc_ssm_register_default_patch_baseline_output *output,
                                                         struct awsc_error *err);
AWSC_API int awsc_ssm_register_default_patch_baseline_async(struct awsc_client *client,
                                                            const struct awsc_ssm_register_default_patch_baseline_input *input,
                                                            awsc_ssm_register_default_patch_baseline_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);

/*
 * RegisterPatchBaselineForPatchGroup
 * Registers a patch baseline for a patch group.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_SSM_ERR_DOES_NOT_EXIST_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_RESOURCE_ID,
 *   AWSC_SSM_ERR_RESOURCE_LIMIT_EXCEEDED_EXCEPTION
 */
AWSC_API int awsc_ssm_register_patch_baseline_for_patch_group(struct awsc_client *client,
                                                              const struct awsc_ssm_register_patch_baseline_for_patch_group_input *input,
                                                              struct awsc_ssm_register_patch_baseline_for_patch_group_output **output,
                                                              struct awsc_error *err);
typedef void awsc_ssm_register_patch_baseline_for_patch_group_cb(void *user_data,
                                                                 int status,
                                                                 struct awsc_ssm_register_patch_baseline_for_patch_group_output *output,
                                                                 struct awsc_error *err);
AWSC_API int awsc_ssm_register_patch_baseline_for_patch_group_async(struct awsc_client *client,
                                                                    const struct awsc_ssm_register_patch_baseline_for_patch_group_input *input,
                                                                    awsc_ssm_register_patch_baseline_for_patch_group_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err);

/*
 * RegisterTargetWithMaintenanceWindow
 * Registers a target with a maintenance window.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DOES_NOT_EXIST_EXCEPTION,
 *   AWSC_SSM_ERR_IDEMPOTENT_PARAMETER_MISMATCH,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_RESOURCE_LIMIT_EXCEEDED_EXCEPTION
 */
AWSC_API int awsc_ssm_register_target_with_maintenance_window(struct awsc_client *client,
                                                              const struct awsc_ssm_register_target_with_maintenance_window_input *input,
                                                              struct awsc_ssm_register_target_with_maintenance_window_output **output,
                                                              struct awsc_error *err);
typedef void awsc_ssm_register_target_with_maintenance_window_cb(void *user_data,
                                                                 int status,
                                                                 struct awsc_ssm_register_target_with_maintenance_window_output *output,
                                                                 struct awsc_error *err);
AWSC_API int awsc_ssm_register_target_with_maintenance_window_async(struct awsc_client *client,
                                                                    const struct awsc_ssm_register_target_with_maintenance_window_input *input,
                                                                    awsc_ssm_register_target_with_maintenance_window_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err);

/*
 * RegisterTaskWithMaintenanceWindow
 * Adds a new task to a maintenance window.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DOES_NOT_EXIST_EXCEPTION,
 *   AWSC_SSM_ERR_FEATURE_NOT_AVAILABLE_EXCEPTION,
 *   AWSC_SSM_ERR_IDEMPOTENT_PARAMETER_MISMATCH,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_RESOURCE_LIMIT_EXCEEDED_EXCEPTION
 */
AWSC_API int awsc_ssm_register_task_with_maintenance_window(struct awsc_client *client,
                                                            const struct awsc_ssm_register_task_with_maintenance_window_input *input,
                                                            struct awsc_ssm_register_task_with_maintenance_window_output **output,
                                                            struct awsc_error *err);
typedef void awsc_ssm_register_task_with_maintenance_window_cb(void *user_data,
                                                               int status,
                                                               struct awsc_ssm_register_task_with_maintenance_window_output *output,
                                                               struct awsc_error *err);
AWSC_API int awsc_ssm_register_task_with_maintenance_window_async(struct awsc_client *client,
                                                                  const struct awsc_ssm_register_task_with_maintenance_window_input *input,
                                                                  awsc_ssm_register_task_with_maintenance_window_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err);

/*
 * RemoveTagsFromResource
 * Removes tag keys from the specified resource.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_RESOURCE_ID,
 *   AWSC_SSM_ERR_INVALID_RESOURCE_TYPE, AWSC_SSM_ERR_TOO_MANY_UPDATES
 */
AWSC_API int awsc_ssm_remove_tags_from_resource(struct awsc_client *client,
                                                const struct awsc_ssm_remove_tags_from_resource_input *input,
                                                struct awsc_ssm_remove_tags_from_resource_output **output,
                                                struct awsc_error *err);
typedef void awsc_ssm_remove_tags_from_resource_cb(void *user_data,
                                                   int status,
                                                   struct awsc_ssm_remove_tags_from_resource_output *output,
                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_remove_tags_from_resource_async(struct awsc_client *client,
                                                      const struct awsc_ssm_remove_tags_from_resource_input *input,
                                                      awsc_ssm_remove_tags_from_resource_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * ResetServiceSetting
 * ServiceSetting is an account-level setting for an Amazon Web Services
 * service. This setting defines how a user interacts with or uses a service or
 * a feature of a service.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_SERVICE_SETTING_NOT_FOUND, AWSC_SSM_ERR_TOO_MANY_UPDATES
 */
AWSC_API int awsc_ssm_reset_service_setting(struct awsc_client *client,
                                            const struct awsc_ssm_reset_service_setting_input *input,
                                            struct awsc_ssm_reset_service_setting_output **output,
                                            struct awsc_error *err);
typedef void awsc_ssm_reset_service_setting_cb(void *user_data,
                                               int status,
                                               struct awsc_ssm_reset_service_setting_output *output,
                                               struct awsc_error *err);
AWSC_API int awsc_ssm_reset_service_setting_async(struct awsc_client *client,
                                                  const struct awsc_ssm_reset_service_setting_input *input,
                                                  awsc_ssm_reset_service_setting_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * ResumeSession
 * Reconnects a session to a managed node after it has been disconnected.
 * Connections can be resumed for disconnected sessions, but not terminated
 * sessions. This command is primarily for use by client machines to
 * automatically reconnect during intermittent network issues.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DOES_NOT_EXIST_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_resume_session(struct awsc_client *client,
                                     const struct awsc_ssm_resume_session_input *input,
                                     struct awsc_ssm_resume_session_output **output,
                                     struct awsc_error *err);
typedef void awsc_ssm_resume_session_cb(void *user_data,
                                        int status,
                                        struct awsc_ssm_resume_session_output *output,
                                        struct awsc_error *err);
AWSC_API int awsc_ssm_resume_session_async(struct awsc_client *client,
                                           const struct awsc_ssm_resume_session_input *input,
                                           awsc_ssm_resume_session_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err);

/*
 * SendAutomationSignal
 * Sends a signal to an Automation execution to change the current behavior or
 * status of the execution.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_AUTOMATION_EXECUTION_NOT_FOUND_EXCEPTION,
 *   AWSC_SSM_ERR_AUTOMATION_STEP_NOT_FOUND_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_INVALID_AUTOMATION_SIGNAL_EXCEPTION
 */
AWSC_API int awsc_ssm_send_automation_signal(struct awsc_client *client,
                                             const struct awsc_ssm_send_automation_signal_input *input,
                                             struct awsc_ssm_send_automation_signal_output **output,
                                             struct awsc_error *err);
typedef void awsc_ssm_send_automation_signal_cb(void *user_data,
                                                int status,
                                                struct awsc_ssm_send_automation_signal_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_ssm_send_automation_signal_async(struct awsc_client *client,
                                                   const struct awsc_ssm_send_automation_signal_input *input,
                                                   awsc_ssm_send_automation_signal_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * SendCommand
 * Runs commands on one or more managed nodes.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DUPLICATE_INSTANCE_ID, AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_INVALID_DOCUMENT, AWSC_SSM_ERR_INVALID_DOCUMENT_VERSION,
 *   AWSC_SSM_ERR_INVALID_INSTANCE_ID,
 *   AWSC_SSM_ERR_INVALID_NOTIFICATION_CONFIG,
 *   AWSC_SSM_ERR_INVALID_OUTPUT_FOLDER, AWSC_SSM_ERR_INVALID_PARAMETERS,
 *   AWSC_SSM_ERR_INVALID_ROLE, AWSC_SSM_ERR_MAX_DOCUMENT_SIZE_EXCEEDED,
 *   AWSC_SSM_ERR_UNSUPPORTED_PLATFORM_TYPE
 */
AWSC_API int awsc_ssm_send_command(struct awsc_client *client,
                                   const struct awsc_ssm_send_command_input *input,
                                   struct awsc_ssm_send_command_output **output,
                                   struct awsc_error *err);
typedef void awsc_ssm_send_command_cb(void *user_data,
                                      int status,
                                      struct awsc_ssm_send_command_output *output,
                                      struct awsc_error *err);
AWSC_API int awsc_ssm_send_command_async(struct awsc_client *client,
                                         const struct awsc_ssm_send_command_input *input,
                                         awsc_ssm_send_command_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err);

/*
 * StartAccessRequest
 * Starts the workflow for just-in-time node access sessions.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_SSM_ERR_SERVICE_QUOTA_EXCEEDED_EXCEPTION,
 *   AWSC_SSM_ERR_THROTTLING_EXCEPTION, AWSC_SSM_ERR_VALIDATION_EXCEPTION
 */
AWSC_API int awsc_ssm_start_access_request(struct awsc_client *client,
                                           const struct awsc_ssm_start_access_request_input *input,
                                           struct awsc_ssm_start_access_request_output **output,
                                           struct awsc_error *err);
typedef void awsc_ssm_start_access_request_cb(void *user_data,
                                              int status,
                                              struct awsc_ssm_start_access_request_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_ssm_start_access_request_async(struct awsc_client *client,
                                                 const struct awsc_ssm_start_access_request_input *input,
                                                 awsc_ssm_start_access_request_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * StartAssociationsOnce
 * Runs an association immediately and only one time. This operation can be
 * helpful when troubleshooting associations.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_ASSOCIATION_DOES_NOT_EXIST,
 *   AWSC_SSM_ERR_INVALID_ASSOCIATION
 */
AWSC_API int awsc_ssm_start_associations_once(struct awsc_client *client,
                                              const struct awsc_ssm_start_associations_once_input *input,
                                              struct awsc_ssm_start_associations_once_output **output,
                                              struct awsc_error *err);
typedef void awsc_ssm_start_associations_once_cb(void *user_data,
                                                 int status,
                                                 struct awsc_ssm_start_associations_once_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_ssm_start_associations_once_async(struct awsc_client *client,
                                                    const struct awsc_ssm_start_associations_once_input *input,
                                                    awsc_ssm_start_associations_once_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * StartAutomationExecution
 * Initiates execution of an Automation runbook.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_AUTOMATION_DEFINITION_NOT_FOUND_EXCEPTION,
 *   AWSC_SSM_ERR_AUTOMATION_DEFINITION_VERSION_NOT_FOUND_EXCEPTION,
 *   AWSC_SSM_ERR_AUTOMATION_EXECUTION_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SSM_ERR_IDEMPOTENT_PARAMETER_MISMATCH,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_INVALID_AUTOMATION_EXECUTION_PARAMETERS_EXCEPTION,
 *   AWSC_SSM_ERR_INVALID_TARGET
 */
AWSC_API int awsc_ssm_start_automation_execution(struct awsc_client *client,
                                                 const struct awsc_ssm_start_automation_execution_input *input,
                                                 struct awsc_ssm_start_automation_execution_output **output,
                                                 struct awsc_error *err);
typedef void awsc_ssm_start_automation_execution_cb(void *user_data,
                                                    int status,
                                                    struct awsc_ssm_start_automation_execution_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_ssm_start_automation_execution_async(struct awsc_client *client,
                                                       const struct awsc_ssm_start_automation_execution_input *input,
                                                       awsc_ssm_start_automation_execution_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * StartChangeRequestExecution
 * Amazon Web Services Systems Manager Change Manager is no longer open to new
 * customers. Existing customers can continue to use the service as normal. For
 * more information, see Amazon Web Services Systems Manager Change Manager
 * availability change . Creates a change request for Change Manager.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_AUTOMATION_DEFINITION_NOT_APPROVED_EXCEPTION,
 *   AWSC_SSM_ERR_AUTOMATION_DEFINITION_NOT_FOUND_EXCEPTION,
 *   AWSC_SSM_ERR_AUTOMATION_DEFINITION_VERSION_NOT_FOUND_EXCEPTION,
 *   AWSC_SSM_ERR_AUTOMATION_EXECUTION_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SSM_ERR_IDEMPOTENT_PARAMETER_MISMATCH,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_INVALID_AUTOMATION_EXECUTION_PARAMETERS_EXCEPTION,
 *   AWSC_SSM_ERR_NO_LONGER_SUPPORTED_EXCEPTION
 */
AWSC_API int awsc_ssm_start_change_request_execution(struct awsc_client *client,
                                                     const struct awsc_ssm_start_change_request_execution_input *input,
                                                     struct awsc_ssm_start_change_request_execution_output **output,
                                                     struct awsc_error *err);
typedef void awsc_ssm_start_change_request_execution_cb(void *user_data,
                                                        int status,
                                                        struct awsc_ssm_start_change_request_execution_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_ssm_start_change_request_execution_async(struct awsc_client *client,
                                                           const struct awsc_ssm_start_change_request_execution_input *input,
                                                           awsc_ssm_start_change_request_execution_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * StartExecutionPreview
 * Initiates the process of creating a preview showing the effects that running
 * a specified Automation runbook would have on the targeted resources.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_VALIDATION_EXCEPTION
 */
AWSC_API int awsc_ssm_start_execution_preview(struct awsc_client *client,
                                              const struct awsc_ssm_start_execution_preview_input *input,
                                              struct awsc_ssm_start_execution_preview_output **output,
                                              struct awsc_error *err);
typedef void awsc_ssm_start_execution_preview_cb(void *user_data,
                                                 int status,
                                                 struct awsc_ssm_start_execution_preview_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_ssm_start_execution_preview_async(struct awsc_client *client,
                                                    const struct awsc_ssm_start_execution_preview_input *input,
                                                    awsc_ssm_start_execution_preview_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * StartSession
 * Initiates a connection to a target (for example, a managed node) for a
 * Session Manager session. Returns a URL and token that can be used to open a
 * WebSocket connection for sending input and receiving outputs.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_DOCUMENT,
 *   AWSC_SSM_ERR_TARGET_NOT_CONNECTED
 */
AWSC_API int awsc_ssm_start_session(struct awsc_client *client,
                                    const struct awsc_ssm_start_session_input *input,
                                    struct awsc_ssm_start_session_output **output,
                                    struct awsc_error *err);
typedef void awsc_ssm_start_session_cb(void *user_data,
                                       int status,
                                       struct awsc_ssm_start_session_output *output,
                                       struct awsc_error *err);
AWSC_API int awsc_ssm_start_session_async(struct awsc_client *client,
                                          const struct awsc_ssm_start_session_input *input,
                                          awsc_ssm_start_session_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err);

/*
 * StopAutomationExecution
 * Stop an Automation that is currently running.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_AUTOMATION_EXECUTION_NOT_FOUND_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_INVALID_AUTOMATION_STATUS_UPDATE_EXCEPTION
 */
AWSC_API int awsc_ssm_stop_automation_execution(struct awsc_client *client,
                                                const struct awsc_ssm_stop_automation_execution_input *input,
                                                struct awsc_ssm_stop_automation_execution_output **output,
                                                struct awsc_error *err);
typedef void awsc_ssm_stop_automation_execution_cb(void *user_data,
                                                   int status,
                                                   struct awsc_ssm_stop_automation_execution_output *output,
                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_stop_automation_execution_async(struct awsc_client *client,
                                                      const struct awsc_ssm_stop_automation_execution_input *input,
                                                      awsc_ssm_stop_automation_execution_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * TerminateSession
 * Permanently ends a session and closes the data connection between the
 * Session Manager client and SSM Agent on the managed node. A terminated
 * session can't be resumed.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_terminate_session(struct awsc_client *client,
                                        const struct awsc_ssm_terminate_session_input *input,
                                        struct awsc_ssm_terminate_session_output **output,
                                        struct awsc_error *err);
typedef void awsc_ssm_terminate_session_cb(void *user_data,
                                           int status,
                                           struct awsc_ssm_terminate_session_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_ssm_terminate_session_async(struct awsc_client *client,
                                              const struct awsc_ssm_terminate_session_input *input,
                                              awsc_ssm_terminate_session_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * UnlabelParameterVersion
 * Remove a label or labels from a parameter.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_PARAMETER_NOT_FOUND,
 *   AWSC_SSM_ERR_PARAMETER_VERSION_NOT_FOUND, AWSC_SSM_ERR_TOO_MANY_UPDATES
 */
AWSC_API int awsc_ssm_unlabel_parameter_version(struct awsc_client *client,
                                                const struct awsc_ssm_unlabel_parameter_version_input *input,
                                                struct awsc_ssm_unlabel_parameter_version_output **output,
                                                struct awsc_error *err);
typedef void awsc_ssm_unlabel_parameter_version_cb(void *user_data,
                                                   int status,
                                                   struct awsc_ssm_unlabel_parameter_version_output *output,
                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_unlabel_parameter_version_async(struct awsc_client *client,
                                                      const struct awsc_ssm_unlabel_parameter_version_input *input,
                                                      awsc_ssm_unlabel_parameter_version_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * UpdateAssociation
 * Updates an association. You can update the association name and version, the
 * document version, schedule, parameters, and Amazon Simple Storage Service
 * (Amazon S3) output.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_ASSOCIATION_DOES_NOT_EXIST,
 *   AWSC_SSM_ERR_ASSOCIATION_VERSION_LIMIT_EXCEEDED,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_INVALID_ASSOCIATION_VERSION, AWSC_SSM_ERR_INVALID_DOCUMENT,
 *   AWSC_SSM_ERR_INVALID_DOCUMENT_VERSION,
 *   AWSC_SSM_ERR_INVALID_OUTPUT_LOCATION, AWSC_SSM_ERR_INVALID_PARAMETERS,
 *   AWSC_SSM_ERR_INVALID_SCHEDULE, AWSC_SSM_ERR_INVALID_TARGET,
 *   AWSC_SSM_ERR_INVALID_TARGET_MAPS, AWSC_SSM_ERR_INVALID_UPDATE,
 *   AWSC_SSM_ERR_TOO_MANY_UPDATES
 */
AWSC_API int awsc_ssm_update_association(struct awsc_client *client,
                                         const struct awsc_ssm_update_association_input *input,
                                         struct awsc_ssm_update_association_output **output,
                                         struct awsc_error *err);
typedef void awsc_ssm_update_association_cb(void *user_data,
                                            int status,
                                            struct awsc_ssm_update_association_output *output,
                                            struct awsc_error *err);
AWSC_API int awsc_ssm_update_association_async(struct awsc_client *client,
                                               const struct awsc_ssm_update_association_input *input,
                                               awsc_ssm_update_association_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * UpdateAssociationStatus
 * Updates the status of the Amazon Web Services Systems Manager document (SSM
 * document) associated with the specified managed node.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_ASSOCIATION_DOES_NOT_EXIST,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_DOCUMENT,
 *   AWSC_SSM_ERR_INVALID_INSTANCE_ID, AWSC_SSM_ERR_STATUS_UNCHANGED,
 *   AWSC_SSM_ERR_TOO_MANY_UPDATES
 */
AWSC_API int awsc_ssm_update_association_status(struct awsc_client *client,
                                                const struct awsc_ssm_update_association_status_input *input,
                                                struct awsc_ssm_update_association_status_output **output,
                                                struct awsc_error *err);
typedef void awsc_ssm_update_association_status_cb(void *user_data,
                                                   int status,
                                                   struct awsc_ssm_update_association_status_output *output,
                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_update_association_status_async(struct awsc_client *client,
                                                      const struct awsc_ssm_update_association_status_input *input,
                                                      awsc_ssm_update_association_status_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * UpdateCloudConnector
 * Updates an existing cloud connector with new configuration details.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_CONFLICT_EXCEPTION, AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_ssm_update_cloud_connector(struct awsc_client *client,
                                             const struct awsc_ssm_update_cloud_connector_input *input,
                                             struct awsc_ssm_update_cloud_connector_output **output,
                                             struct awsc_error *err);
typedef void awsc_ssm_update_cloud_connector_cb(void *user_data,
                                                int status,
                                                struct awsc_ssm_update_cloud_connector_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_ssm_update_cloud_connector_async(struct awsc_client *client,
                                                   const struct awsc_ssm_update_cloud_connector_input *input,
                                                   awsc_ssm_update_cloud_connector_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * UpdateDocument
 * Updates one or more values for an SSM document.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DOCUMENT_VERSION_LIMIT_EXCEEDED,
 *   AWSC_SSM_ERR_DUPLICATE_DOCUMENT_CONTENT,
 *   AWSC_SSM_ERR_DUPLICATE_DOCUMENT_VERSION_NAME,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_DOCUMENT,
 *   AWSC_SSM_ERR_INVALID_DOCUMENT_CONTENT,
 *   AWSC_SSM_ERR_INVALID_DOCUMENT_OPERATION,
 *   AWSC_SSM_ERR_INVALID_DOCUMENT_SCHEMA_VERSION,
 *   AWSC_SSM_ERR_INVALID_DOCUMENT_VERSION,
 *   AWSC_SSM_ERR_MAX_DOCUMENT_SIZE_EXCEEDED
 */
AWSC_API int awsc_ssm_update_document(struct awsc_client *client,
                                      const struct awsc_ssm_update_document_input *input,
                                      struct awsc_ssm_update_document_output **output,
                                      struct awsc_error *err);
typedef void awsc_ssm_update_document_cb(void *user_data,
                                         int status,
                                         struct awsc_ssm_update_document_output *output,
                                         struct awsc_error *err);
AWSC_API int awsc_ssm_update_document_async(struct awsc_client *client,
                                            const struct awsc_ssm_update_document_input *input,
                                            awsc_ssm_update_document_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * UpdateDocumentDefaultVersion
 * Set the default version of a document. If you change a document version for
 * a State Manager association, Systems Manager immediately runs the
 * association unless you previously specifed the apply-only-at-cron-interval
 * parameter.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_DOCUMENT,
 *   AWSC_SSM_ERR_INVALID_DOCUMENT_SCHEMA_VERSION,
 *   AWSC_SSM_ERR_INVALID_DOCUMENT_VERSION
 */
AWSC_API int awsc_ssm_update_document_default_version(struct awsc_client *client,
                                                      const struct awsc_ssm_update_document_default_version_input *input,
                                                      struct awsc_ssm_update_document_default_version_output **output,
                                                      struct awsc_error *err);
typedef void awsc_ssm_update_document_default_version_cb(void *user_data,
                                                         int status,
                                                         struct awsc_ssm_update_document_default_version_output *output,
                                                         struct awsc_error *err);
AWSC_API int awsc_ssm_update_document_default_version_async(struct awsc_client *client,
                                                            const struct awsc_ssm_update_document_default_version_input *input,
                                                            awsc_ssm_update_document_default_version_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);

/*
 * UpdateDocumentMetadata
 * Amazon Web Services Systems Manager Change Manager is no longer open to new
 * customers. Existing customers can continue to use the service as normal. For
 * more information, see Amazon Web Services Systems Manager Change Manager
 * availability change .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_DOCUMENT,
 *   AWSC_SSM_ERR_INVALID_DOCUMENT_OPERATION,
 *   AWSC_SSM_ERR_INVALID_DOCUMENT_VERSION, AWSC_SSM_ERR_TOO_MANY_UPDATES
 */
AWSC_API int awsc_ssm_update_document_metadata(struct awsc_client *client,
                                               const struct awsc_ssm_update_document_metadata_input *input,
                                               struct awsc_ssm_update_document_metadata_output **output,
                                               struct awsc_error *err);
typedef void awsc_ssm_update_document_metadata_cb(void *user_data,
                                                  int status,
                                                  struct awsc_ssm_update_document_metadata_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_ssm_update_document_metadata_async(struct awsc_client *client,
                                                     const struct awsc_ssm_update_document_metadata_input *input,
                                                     awsc_ssm_update_document_metadata_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * UpdateMaintenanceWindow
 * Updates an existing maintenance window. Only specified parameters are
 * modified. The value you specify for Duration determines the specific end
 * time for the maintenance window based on the time it begins.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DOES_NOT_EXIST_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_update_maintenance_window(struct awsc_client *client,
                                                const struct awsc_ssm_update_maintenance_window_input *input,
                                                struct awsc_ssm_update_maintenance_window_output **output,
                                                struct awsc_error *err);
typedef void awsc_ssm_update_maintenance_window_cb(void *user_data,
                                                   int status,
                                                   struct awsc_ssm_update_maintenance_window_output *output,
                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_update_maintenance_window_async(struct awsc_client *client,
                                                      const struct awsc_ssm_update_maintenance_window_input *input,
                                                      awsc_ssm_update_maintenance_window_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * UpdateMaintenanceWindowTarget
 * Modifies the target of an existing maintenance window. You can change the
 * following: Name Description Owner IDs for an ID target Tags for a Tag target
 * From any supported tag type to another. The three supported tag types are ID
 * target, Tag target, and resource group.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DOES_NOT_EXIST_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_update_maintenance_window_target(struct awsc_client *client,
                                                       const struct awsc_ssm_update_maintenance_window_target_input *input,
                                                       struct awsc_ssm_update_maintenance_window_target_output **output,
                                                       struct awsc_error *err);
typedef void awsc_ssm_update_maintenance_window_target_cb(void *user_data,
                                                          int status,
                                                          struct awsc_ssm_update_maintenance_window_target_output *output,
                                                          struct awsc_error *err);
AWSC_API int awsc_ssm_update_maintenance_window_target_async(struct awsc_client *client,
                                                             const struct awsc_ssm_update_maintenance_window_target_input *input,
                                                             awsc_ssm_update_maintenance_window_target_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);

/*
 * UpdateMaintenanceWindowTask
 * Modifies a task assigned to a maintenance window. You can't change the task
 * type, but you can change the following values: TaskARN . For example, you
 * can change a RUN_COMMAND task from AWS-RunPowerShellScript to
 * AWS-RunShellScript .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DOES_NOT_EXIST_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_update_maintenance_window_task(struct awsc_client *client,
                                                     const struct awsc_ssm_update_maintenance_window_task_input *input,
                                                     struct awsc_ssm_update_maintenance_window_task_output **output,
                                                     struct awsc_error *err);
typedef void awsc_ssm_update_maintenance_window_task_cb(void *user_data,
                                                        int status,
                                                        struct awsc_ssm_update_maintenance_window_task_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_ssm_update_maintenance_window_task_async(struct awsc_client *client,
                                                           const struct awsc_ssm_update_maintenance_window_task_input *input,
                                                           awsc_ssm_update_maintenance_window_task_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * UpdateManagedInstanceRole
 * Changes the Identity and Access Management (IAM) role that is assigned to
 * the on-premises server, edge device, or virtual machines (VM). IAM roles are
 * first assigned to these hybrid nodes during the activation process. For more
 * information, see CreateActivation .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR, AWSC_SSM_ERR_INVALID_INSTANCE_ID
 */
AWSC_API int awsc_ssm_update_managed_instance_role(struct awsc_client *client,
                                                   const struct awsc_ssm_update_managed_instance_role_input *input,
                                                   struct awsc_ssm_update_managed_instance_role_output **output,
                                                   struct awsc_error *err);
typedef void awsc_ssm_update_managed_instance_role_cb(void *user_data,
                                                      int status,
                                                      struct awsc_ssm_update_managed_instance_role_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_ssm_update_managed_instance_role_async(struct awsc_client *client,
                                                         const struct awsc_ssm_update_managed_instance_role_input *input,
                                                         awsc_ssm_update_managed_instance_role_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * UpdateOpsItem
 * Edit or change an OpsItem. You must have permission in Identity and Access
 * Management (IAM) to update an OpsItem. For more information, see Set up
 * OpsCenter in the Amazon Web Services Systems Manager User Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_OPS_ITEM_ACCESS_DENIED_EXCEPTION,
 *   AWSC_SSM_ERR_OPS_ITEM_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_SSM_ERR_OPS_ITEM_CONFLICT_EXCEPTION,
 *   AWSC_SSM_ERR_OPS_ITEM_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SSM_ERR_OPS_ITEM_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SSM_ERR_OPS_ITEM_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_ssm_update_ops_item(struct awsc_client *client,
                                      const struct awsc_ssm_update_ops_item_input *input,
                                      struct awsc_ssm_update_ops_item_output **output,
                                      struct awsc_error *err);
typedef void awsc_ssm_update_ops_item_cb(void *user_data,
                                         int status,
                                         struct awsc_ssm_update_ops_item_output *output,
                                         struct awsc_error *err);
AWSC_API int awsc_ssm_update_ops_item_async(struct awsc_client *client,
                                            const struct awsc_ssm_update_ops_item_input *input,
                                            awsc_ssm_update_ops_item_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * UpdateOpsMetadata
 * Amazon Web Services Systems Manager calls this API operation when you edit
 * OpsMetadata in Application Manager.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_OPS_METADATA_INVALID_ARGUMENT_EXCEPTION,
 *   AWSC_SSM_ERR_OPS_METADATA_KEY_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SSM_ERR_OPS_METADATA_NOT_FOUND_EXCEPTION,
 *   AWSC_SSM_ERR_OPS_METADATA_TOO_MANY_UPDATES_EXCEPTION
 */
AWSC_API int awsc_ssm_update_ops_metadata(struct awsc_client *client,
                                          const struct awsc_ssm_update_ops_metadata_input *input,
                                          struct awsc_ssm_update_ops_metadata_output **output,
                                          struct awsc_error *err);
typedef void awsc_ssm_update_ops_metadata_cb(void *user_data,
                                             int status,
                                             struct awsc_ssm_update_ops_metadata_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_ssm_update_ops_metadata_async(struct awsc_client *client,
                                                const struct awsc_ssm_update_ops_metadata_input *input,
                                                awsc_ssm_update_ops_metadata_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * UpdatePatchBaseline
 * Modifies an existing patch baseline. Fields not specified in the request are
 * left unchanged. For information about valid key-value pairs in PatchFilters
 * for each supported operating system type, see PatchFilter .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_DOES_NOT_EXIST_EXCEPTION,
 *   AWSC_SSM_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_ssm_update_patch_baseline(struct awsc_client *client,
                                            const struct awsc_ssm_update_patch_baseline_input *input,
                                            struct awsc_ssm_update_patch_baseline_output **output,
                                            struct awsc_error *err);
typedef void awsc_ssm_update_patch_baseline_cb(void *user_data,
                                               int status,
                                               struct awsc_ssm_update_patch_baseline_output *output,
                                               struct awsc_error *err);
AWSC_API int awsc_ssm_update_patch_baseline_async(struct awsc_client *client,
                                                  const struct awsc_ssm_update_patch_baseline_input *input,
                                                  awsc_ssm_update_patch_baseline_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * UpdateResourceDataSync
 * Update a resource data sync. After you create a resource data sync for a
 * Region, you can't change the account options for that sync.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_RESOURCE_DATA_SYNC_CONFLICT_EXCEPTION,
 *   AWSC_SSM_ERR_RESOURCE_DATA_SYNC_INVALID_CONFIGURATION_EXCEPTION,
 *   AWSC_SSM_ERR_RESOURCE_DATA_SYNC_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_ssm_update_resource_data_sync(struct awsc_client *client,
                                                const struct awsc_ssm_update_resource_data_sync_input *input,
                                                struct awsc_ssm_update_resource_data_sync_output **output,
                                                struct awsc_error *err);
typedef void awsc_ssm_update_resource_data_sync_cb(void *user_data,
                                                   int status,
                                                   struct awsc_ssm_update_resource_data_sync_output *output,
                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_update_resource_data_sync_async(struct awsc_client *client,
                                                      const struct awsc_ssm_update_resource_data_sync_input *input,
                                                      awsc_ssm_update_resource_data_sync_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * UpdateServiceSetting
 * ServiceSetting is an account-level setting for an Amazon Web Services
 * service. This setting defines how a user interacts with or uses a service or
 * a feature of a service.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_SERVICE_SETTING_NOT_FOUND, AWSC_SSM_ERR_TOO_MANY_UPDATES
 */
AWSC_API int awsc_ssm_update_service_setting(struct awsc_client *client,
                                             const struct awsc_ssm_update_service_setting_input *input,
                                             struct awsc_ssm_update_service_setting_output **output,
                                             struct awsc_error *err);
typedef void awsc_ssm_update_service_setting_cb(void *user_data,
                                                int status,
                                                struct awsc_ssm_update_service_setting_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_ssm_update_service_setting_async(struct awsc_client *client,
                                                   const struct awsc_ssm_update_service_setting_input *input,
                                                   awsc_ssm_update_service_setting_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * ValidateCloudConnector
 * Validates the configuration and connectivity of a cloud connector.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SSM_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_SSM_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_ssm_validate_cloud_connector(struct awsc_client *client,
                                               const struct awsc_ssm_validate_cloud_connector_input *input,
                                               struct awsc_ssm_validate_cloud_connector_output **output,
                                               struct awsc_error *err);
typedef void awsc_ssm_validate_cloud_connector_cb(void *user_data,
                                                  int status,
                                                  struct awsc_ssm_validate_cloud_connector_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_ssm_validate_cloud_connector_async(struct awsc_client *client,
                                                     const struct awsc_ssm_validate_cloud_connector_input *input,
                                                     awsc_ssm_validate_cloud_connector_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
/* The paginators and waiters of SSM, the JMESPath expressions they
 * evaluate and their names: a part of the service's tables object
 * (ssm_tables.c). */
struct awsc__ssm_pagers {
#if AWSC_WITH_PAGINATORS
    struct awsc_paginator paginators[52];
    uint16_t input_tokens[52];
    awsc_ref expr_refs[104];
#endif
#if AWSC_WITH_WAITERS
    struct awsc_waiter waiters[1];
    struct awsc_waiter_acceptor acceptors[9];
#endif
    struct awsc_jmespath exprs[47];
    struct awsc_jmespath_node nodes[47];
    char strings[2201];
};
#endif

/* ----------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

/* The paginators, sorted by operation name: awsc_ssm_service's. Each
 * one's functions work as awsc_pager_*() of <awsc/paginate.h> do:
 * _paginate() makes a pager (awsc_pager_destroy() frees it), _next_page()
 * hands out pages (free each with awsc_output_free(); NULL at the end),
 * _next_item() the elements of the first result key (valid until the
 * pager's next call, or longer with awsc_pager_retain_page(); NULL at the
 * end), _collect() every remaining page merged into one. */

/* DescribeActivations: tokens NextToken; results ActivationList. */
AWSC_API int awsc_ssm_describe_activations_paginate(struct awsc_client *client,
                                                    const struct awsc_ssm_describe_activations_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err);
AWSC_API int awsc_ssm_describe_activations_next_page(struct awsc_pager *pager,
                                                     struct awsc_ssm_describe_activations_output **page,
                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_describe_activations_next_page_async(struct awsc_pager *pager,
                                                           awsc_ssm_describe_activations_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);
typedef void awsc_ssm_describe_activations_item_cb(void *user_data,
                                                   int status,
                                                   const struct awsc_ssm_activation *item,
                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_describe_activations_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ssm_activation **item,
                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_describe_activations_next_item_async(struct awsc_pager *pager,
                                                           awsc_ssm_describe_activations_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);
AWSC_API int awsc_ssm_describe_activations_collect(struct awsc_pager *pager,
                                                   struct awsc_ssm_describe_activations_output **output,
                                                   struct awsc_error *err);

/* DescribeAssociationExecutionTargets: tokens NextToken; results AssociationExecutionTargets. */
AWSC_API int awsc_ssm_describe_association_execution_targets_paginate(struct awsc_client *client,
                                                                      const struct awsc_ssm_describe_association_execution_targets_input *input,
                                                                      const struct awsc_page_options *options,
                                                                      struct awsc_pager **pager,
                                                                      struct awsc_error *err);
AWSC_API int awsc_ssm_describe_association_execution_targets_next_page(struct awsc_pager *pager,
                                                                       struct awsc_ssm_describe_association_execution_targets_output **page,
                                                                       struct awsc_error *err);
AWSC_API int awsc_ssm_describe_association_execution_targets_next_page_async(struct awsc_pager *pager,
                                                                             awsc_ssm_describe_association_execution_targets_cb *cb,
                                                                             void *user_data,
                                                                             struct awsc_error *err);
typedef void awsc_ssm_describe_association_execution_targets_item_cb(void *user_data,
                                                                     int status,
                                                                     const struct awsc_ssm_association_execution_target *item,
                                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_describe_association_execution_targets_next_item(struct awsc_pager *pager,
                                                                       const struct awsc_ssm_association_execution_target **item,
                                                                       struct awsc_error *err);
AWSC_API int awsc_ssm_describe_association_execution_targets_next_item_async(struct awsc_pager *pager,
                                                                             awsc_ssm_describe_association_execution_targets_item_cb *cb,
                                                                             void *user_data,
                                                                             struct awsc_error *err);
AWSC_API int awsc_ssm_describe_association_execution_targets_collect(struct awsc_pager *pager,
                                                                     struct awsc_ssm_describe_association_execution_targets_output **output,
                                                                     struct awsc_error *err);

/* DescribeAssociationExecutions: tokens NextToken; results AssociationExecutions. */
AWSC_API int awsc_ssm_describe_association_executions_paginate(struct awsc_client *client,
                                                               const struct awsc_ssm_describe_association_executions_input *input,
                                                               const struct awsc_page_options *options,
                                                               struct awsc_pager **pager,
                                                               struct awsc_error *err);
AWSC_API int awsc_ssm_describe_association_executions_next_page(struct awsc_pager *pager,
                                                                struct awsc_ssm_describe_association_executions_output **page,
                                                                struct awsc_error *err);
AWSC_API int awsc_ssm_describe_association_executions_next_page_async(struct awsc_pager *pager,
                                                                      awsc_ssm_describe_association_executions_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err);
typedef void awsc_ssm_describe_association_executions_item_cb(void *user_data,
                                                              int status,
                                                              const struct awsc_ssm_association_execution *item,
                                                              struct awsc_error *err);
AWSC_API int awsc_ssm_describe_association_executions_next_item(struct awsc_pager *pager,
                                                                const struct awsc_ssm_association_execution **item,
                                                                struct awsc_error *err);
AWSC_API int awsc_ssm_describe_association_executions_next_item_async(struct awsc_pager *pager,
                                                                      awsc_ssm_describe_association_executions_item_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err);
AWSC_API int awsc_ssm_describe_association_executions_collect(struct awsc_pager *pager,
                                                              struct awsc_ssm_describe_association_executions_output **output,
                                                              struct awsc_error *err);

/* DescribeAutomationExecutions: tokens NextToken; results AutomationExecutionMetadataList. */
AWSC_API int awsc_ssm_describe_automation_executions_paginate(struct awsc_client *client,
                                                              const struct awsc_ssm_describe_automation_executions_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err);
AWSC_API int awsc_ssm_describe_automation_executions_next_page(struct awsc_pager *pager,
                                                               struct awsc_ssm_describe_automation_executions_output **page,
                                                               struct awsc_error *err);
AWSC_API int awsc_ssm_describe_automation_executions_next_page_async(struct awsc_pager *pager,
                                                                     awsc_ssm_describe_automation_executions_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err);
typedef void awsc_ssm_describe_automation_executions_item_cb(void *user_data,
                                                             int status,
                                                             const struct awsc_ssm_automation_execution_metadata *item,
                                                             struct awsc_error *err);
AWSC_API int awsc_ssm_describe_automation_executions_next_item(struct awsc_pager *pager,
                                                               const struct awsc_ssm_automation_execution_metadata **item,
                                                               struct awsc_error *err);
AWSC_API int awsc_ssm_describe_automation_executions_next_item_async(struct awsc_pager *pager,
                                                                     awsc_ssm_describe_automation_executions_item_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_describe_automation_executions_collect(struct awsc_pager *pager,
                                                             struct awsc_ssm_describe_automation_executions_output **output,
                                                             struct awsc_error *err);

/* DescribeAutomationStepExecutions: tokens NextToken; results StepExecutions. */
AWSC_API int awsc_ssm_describe_automation_step_executions_paginate(struct awsc_client *client,
                                                                   const struct awsc_ssm_describe_automation_step_executions_input *input,
                                                                   const struct awsc_page_options *options,
                                                                   struct awsc_pager **pager,
                                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_describe_automation_step_executions_next_page(struct awsc_pager *pager,
                                                                    struct awsc_ssm_describe_automation_step_executions_output **page,
                                                                    struct awsc_error *err);
AWSC_API int awsc_ssm_describe_automation_step_executions_next_page_async(struct awsc_pager *pager,
                                                                          awsc_ssm_describe_automation_step_executions_cb *cb,
                                                                          void *user_data,
                                                                          struct awsc_error *err);
typedef void awsc_ssm_describe_automation_step_executions_item_cb(void *user_data,
                                                                  int status,
                                                                  const struct awsc_ssm_step_execution *item,
                                                                  struct awsc_error *err);
AWSC_API int awsc_ssm_describe_automation_step_executions_next_item(struct awsc_pager *pager,
                                                                    const struct awsc_ssm_step_execution **item,
                                                                    struct awsc_error *err);
AWSC_API int awsc_ssm_describe_automation_step_executions_next_item_async(struct awsc_pager *pager,
                                                                          awsc_ssm_describe_automation_step_executions_item_cb *cb,
                                                                          void *user_data,
                                                                          struct awsc_error *err);
AWSC_API int awsc_ssm_describe_automation_step_executions_collect(struct awsc_pager *pager,
                                                                  struct awsc_ssm_describe_automation_step_executions_output **output,
                                                                  struct awsc_error *err);

/* DescribeAvailablePatches: tokens NextToken; results Patches. */
AWSC_API int awsc_ssm_describe_available_patches_paginate(struct awsc_client *client,
                                                          const struct awsc_ssm_describe_available_patches_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err);
AWSC_API int awsc_ssm_describe_available_patches_next_page(struct awsc_pager *pager,
                                                           struct awsc_ssm_describe_available_patches_output **page,
                                                           struct awsc_error *err);
AWSC_API int awsc_ssm_describe_available_patches_next_page_async(struct awsc_pager *pager,
                                                                 awsc_ssm_describe_available_patches_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err);
typedef void awsc_ssm_describe_available_patches_item_cb(void *user_data,
                                                         int status,
                                                         const struct awsc_ssm_patch *item,
                                                         struct awsc_error *err);
AWSC_API int awsc_ssm_describe_available_patches_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ssm_patch **item,
                                                           struct awsc_error *err);
AWSC_API int awsc_ssm_describe_available_patches_next_item_async(struct awsc_pager *pager,
                                                                 awsc_ssm_describe_available_patches_item_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err);
AWSC_API int awsc_ssm_describe_available_patches_collect(struct awsc_pager *pager,
                                                         struct awsc_ssm_describe_available_patches_output **output,
                                                         struct awsc_error *err);

/* DescribeEffectiveInstanceAssociations: tokens NextToken; results Associations. */
AWSC_API int awsc_ssm_describe_effective_instance_associations_paginate(struct awsc_client *client,
                                                                        const struct awsc_ssm_describe_effective_instance_associations_input *input,
                                                                        const struct awsc_page_options *options,
                                                                        struct awsc_pager **pager,
                                                                        struct awsc_error *err);
AWSC_API int awsc_ssm_describe_effective_instance_associations_next_page(struct awsc_pager *pager,
                                                                         struct awsc_ssm_describe_effective_instance_associations_output **page,
                                                                         struct awsc_error *err);
AWSC_API int awsc_ssm_describe_effective_instance_associations_next_page_async(struct awsc_pager *pager,
                                                                               awsc_ssm_describe_effective_instance_associations_cb *cb,
                                                                               void *user_data,
                                                                               struct awsc_error *err);
typedef void awsc_ssm_describe_effective_instance_associations_item_cb(void *user_data,
                                                                       int status,
                                                                       const struct awsc_ssm_instance_association *item,
                                                                       struct awsc_error *err);
AWSC_API int awsc_ssm_describe_effective_instance_associations_next_item(struct awsc_pager *pager,
                                                                         const struct awsc_ssm_instance_association **item,
                                                                         struct awsc_error *err);
AWSC_API int awsc_ssm_describe_effective_instance_associations_next_item_async(struct awsc_pager *pager,
                                                                               awsc_ssm_describe_effective_instance_associations_item_cb *cb,
                                                                               void *user_data,
                                                                               struct awsc_error *err);
AWSC_API int awsc_ssm_describe_effective_instance_associations_collect(struct awsc_pager *pager,
                                                                       struct awsc_ssm_describe_effective_instance_associations_output **output,
                                                                       struct awsc_error *err);

/* DescribeEffectivePatchesForPatchBaseline: tokens NextToken; results EffectivePatches. */
AWSC_API int awsc_ssm_describe_effective_patches_for_patch_baseline_paginate(struct awsc_client *client,
                                                                             const struct awsc_ssm_describe_effective_patches_for_patch_baseline_input *input,
                                                                             const struct awsc_page_options *options,
                                                                             struct awsc_pager **pager,
                                                                             struct awsc_error *err);
AWSC_API int awsc_ssm_describe_effective_patches_for_patch_baseline_next_page(struct awsc_pager *pager,
                                                                              struct awsc_ssm_describe_effective_patches_for_patch_baseline_output **page,
                                                                              struct awsc_error *err);
AWSC_API int awsc_ssm_describe_effective_patches_for_patch_baseline_next_page_async(struct awsc_pager *pager,
                                                                                    awsc_ssm_describe_effective_patches_for_patch_baseline_cb *cb,
                                                                                    void *user_data,
                                                                                    struct awsc_error *err);
typedef void awsc_ssm_describe_effective_patches_for_patch_baseline_item_cb(void *user_data,
                                                                            int status,
                                                                            const struct awsc_ssm_effective_patch *item,
                                                                            struct awsc_error *err);
AWSC_API int awsc_ssm_describe_effective_patches_for_patch_baseline_next_item(struct awsc_pager *pager,
                                                                              const struct awsc_ssm_effective_patch **item,
                                                                              struct awsc_error *err);
AWSC_API int awsc_ssm_describe_effective_patches_for_patch_baseline_next_item_async(struct awsc_pager *pager,
                                                                                    awsc_ssm_describe_effective_patches_for_patch_baseline_item_cb *cb,
                                                                                    void *user_data,
                                                                                    struct awsc_error *err);
AWSC_API int awsc_ssm_describe_effective_patches_for_patch_baseline_collect(struct awsc_pager *pager,
                                                                            struct awsc_ssm_describe_effective_patches_for_patch_baseline_output **output,
                                                                            struct awsc_error *err);

/* DescribeInstanceAssociationsStatus: tokens NextToken; results InstanceAssociationStatusInfos. */
AWSC_API int awsc_ssm_describe_instance_associations_status_paginate(struct awsc_client *client,
                                                                     const struct awsc_ssm_describe_instance_associations_status_input *input,
                                                                     const struct awsc_page_options *options,
                                                                     struct awsc_pager **pager,
                                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_associations_status_next_page(struct awsc_pager *pager,
                                                                      struct awsc_ssm_describe_instance_associations_status_output **page,
                                                                      struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_associations_status_next_page_async(struct awsc_pager *pager,
                                                                            awsc_ssm_describe_instance_associations_status_cb *cb,
                                                                            void *user_data,
                                                                            struct awsc_error *err);
typedef void awsc_ssm_describe_instance_associations_status_item_cb(void *user_data,
                                                                    int status,
                                                                    const struct awsc_ssm_instance_association_status_info *item,
                                                                    struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_associations_status_next_item(struct awsc_pager *pager,
                                                                      const struct awsc_ssm_instance_association_status_info **item,
                                                                      struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_associations_status_next_item_async(struct awsc_pager *pager,
                                                                            awsc_ssm_describe_instance_associations_status_item_cb *cb,
                                                                            void *user_data,
                                                                            struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_associations_status_collect(struct awsc_pager *pager,
                                                                    struct awsc_ssm_describe_instance_associations_status_output **output,
                                                                    struct awsc_error *err);

/* DescribeInstanceInformation: tokens NextToken; results InstanceInformationList. */
AWSC_API int awsc_ssm_describe_instance_information_paginate(struct awsc_client *client,
                                                             const struct awsc_ssm_describe_instance_information_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_information_next_page(struct awsc_pager *pager,
                                                              struct awsc_ssm_describe_instance_information_output **page,
                                                              struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_information_next_page_async(struct awsc_pager *pager,
                                                                    awsc_ssm_describe_instance_information_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err);
typedef void awsc_ssm_describe_instance_information_item_cb(void *user_data,
                                                            int status,
                                                            const struct awsc_ssm_instance_information *item,
                                                            struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_information_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ssm_instance_information **item,
                                                              struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_information_next_item_async(struct awsc_pager *pager,
                                                                    awsc_ssm_describe_instance_information_item_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_information_collect(struct awsc_pager *pager,
                                                            struct awsc_ssm_describe_instance_information_output **output,
                                                            struct awsc_error *err);

/* DescribeInstancePatchStates: tokens NextToken; results InstancePatchStates. */
AWSC_API int awsc_ssm_describe_instance_patch_states_paginate(struct awsc_client *client,
                                                              const struct awsc_ssm_describe_instance_patch_states_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_patch_states_next_page(struct awsc_pager *pager,
                                                               struct awsc_ssm_describe_instance_patch_states_output **page,
                                                               struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_patch_states_next_page_async(struct awsc_pager *pager,
                                                                     awsc_ssm_describe_instance_patch_states_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err);
typedef void awsc_ssm_describe_instance_patch_states_item_cb(void *user_data,
                                                             int status,
                                                             const struct awsc_ssm_instance_patch_state *item,
                                                             struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_patch_states_next_item(struct awsc_pager *pager,
                                                               const struct awsc_ssm_instance_patch_state **item,
                                                               struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_patch_states_next_item_async(struct awsc_pager *pager,
                                                                     awsc_ssm_describe_instance_patch_states_item_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_patch_states_collect(struct awsc_pager *pager,
                                                             struct awsc_ssm_describe_instance_patch_states_output **output,
                                                             struct awsc_error *err);

/* DescribeInstancePatchStatesForPatchGroup: tokens NextToken; results InstancePatchStates. */
AWSC_API int awsc_ssm_describe_instance_patch_states_for_patch_group_paginate(struct awsc_client *client,
                                                                              const struct awsc_ssm_describe_instance_patch_states_for_patch_group_input *input,
                                                                              const struct awsc_page_options *options,
                                                                              struct awsc_pager **pager,
                                                                              struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_patch_states_for_patch_group_next_page(struct awsc_pager *pager,
                                                                               struct awsc_ssm_describe_instance_patch_states_for_patch_group_output **page,
                                                                               struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_patch_states_for_patch_group_next_page_async(struct awsc_pager *pager,
                                                                                     awsc_ssm_describe_instance_patch_states_for_patch_group_cb *cb,
                                                                                     void *user_data,
                                                                                     struct awsc_error *err);
typedef void awsc_ssm_describe_instance_patch_states_for_patch_group_item_cb(void *user_data,
                                                                             int status,
                                                                             const struct awsc_ssm_instance_patch_state *item,
                                                                             struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_patch_states_for_patch_group_next_item(struct awsc_pager *pager,
                                                                               const struct awsc_ssm_instance_patch_state **item,
                                                                               struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_patch_states_for_patch_group_next_item_async(struct awsc_pager *pager,
                                                                                     awsc_ssm_describe_instance_patch_states_for_patch_group_item_cb *cb,
                                                                                     void *user_data,
                                                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_patch_states_for_patch_group_collect(struct awsc_pager *pager,
                                                                             struct awsc_ssm_describe_instance_patch_states_for_patch_group_output **output,
                                                                             struct awsc_error *err);

/* DescribeInstancePatches: tokens NextToken; results Patches. */
AWSC_API int awsc_ssm_describe_instance_patches_paginate(struct awsc_client *client,
                                                         const struct awsc_ssm_describe_instance_patches_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_patches_next_page(struct awsc_pager *pager,
                                                          struct awsc_ssm_describe_instance_patches_output **page,
                                                          struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_patches_next_page_async(struct awsc_pager *pager,
                                                                awsc_ssm_describe_instance_patches_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);
typedef void awsc_ssm_describe_instance_patches_item_cb(void *user_data,
                                                        int status,
                                                        const struct awsc_ssm_patch_compliance_data *item,
                                                        struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_patches_next_item(struct awsc_pager *pager,
                                                          const struct awsc_ssm_patch_compliance_data **item,
                                                          struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_patches_next_item_async(struct awsc_pager *pager,
                                                                awsc_ssm_describe_instance_patches_item_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_patches_collect(struct awsc_pager *pager,
                                                        struct awsc_ssm_describe_instance_patches_output **output,
                                                        struct awsc_error *err);

/* DescribeInstanceProperties: tokens NextToken; results InstanceProperties. */
AWSC_API int awsc_ssm_describe_instance_properties_paginate(struct awsc_client *client,
                                                            const struct awsc_ssm_describe_instance_properties_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_properties_next_page(struct awsc_pager *pager,
                                                             struct awsc_ssm_describe_instance_properties_output **page,
                                                             struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_properties_next_page_async(struct awsc_pager *pager,
                                                                   awsc_ssm_describe_instance_properties_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);
typedef void awsc_ssm_describe_instance_properties_item_cb(void *user_data,
                                                           int status,
                                                           const struct awsc_ssm_instance_property *item,
                                                           struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_properties_next_item(struct awsc_pager *pager,
                                                             const struct awsc_ssm_instance_property **item,
                                                             struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_properties_next_item_async(struct awsc_pager *pager,
                                                                   awsc_ssm_describe_instance_properties_item_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_describe_instance_properties_collect(struct awsc_pager *pager,
                                                           struct awsc_ssm_describe_instance_properties_output **output,
                                                           struct awsc_error *err);

/* DescribeInventoryDeletions: tokens NextToken; results InventoryDeletions. */
AWSC_API int awsc_ssm_describe_inventory_deletions_paginate(struct awsc_client *client,
                                                            const struct awsc_ssm_describe_inventory_deletions_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err);
AWSC_API int awsc_ssm_describe_inventory_deletions_next_page(struct awsc_pager *pager,
                                                             struct awsc_ssm_describe_inventory_deletions_output **page,
                                                             struct awsc_error *err);
AWSC_API int awsc_ssm_describe_inventory_deletions_next_page_async(struct awsc_pager *pager,
                                                                   awsc_ssm_describe_inventory_deletions_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);
typedef void awsc_ssm_describe_inventory_deletions_item_cb(void *user_data,
                                                           int status,
                                                           const struct awsc_ssm_inventory_deletion_status_item *item,
                                                           struct awsc_error *err);
AWSC_API int awsc_ssm_describe_inventory_deletions_next_item(struct awsc_pager *pager,
                                                             const struct awsc_ssm_inventory_deletion_status_item **item,
                                                             struct awsc_error *err);
AWSC_API int awsc_ssm_describe_inventory_deletions_next_item_async(struct awsc_pager *pager,
                                                                   awsc_ssm_describe_inventory_deletions_item_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_describe_inventory_deletions_collect(struct awsc_pager *pager,
                                                           struct awsc_ssm_describe_inventory_deletions_output **output,
                                                           struct awsc_error *err);

/* DescribeMaintenanceWindowExecutionTaskInvocations: tokens NextToken; results WindowExecutionTaskInvocationIdentities. */
AWSC_API int awsc_ssm_describe_maintenance_window_execution_task_invocations_paginate(struct awsc_client *client,
                                                                                      const struct awsc_ssm_describe_maintenance_window_execution_task_invocations_input *input,
                                                                                      const struct awsc_page_options *options,
                                                                                      struct awsc_pager **pager,
                                                                                      struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_execution_task_invocations_next_page(struct awsc_pager *pager,
                                                                                       struct awsc_ssm_describe_maintenance_window_execution_task_invocations_output **page,
                                                                                       struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_execution_task_invocations_next_page_async(struct awsc_pager *pager,
                                                                                             awsc_ssm_describe_maintenance_window_execution_task_invocations_cb *cb,
                                                                                             void *user_data,
                                                                                             struct awsc_error *err);
typedef void awsc_ssm_describe_maintenance_window_execution_task_invocations_item_cb(void *user_data,
                                                                                     int status,
                                                                                     const struct awsc_ssm_maintenance_window_execution_task_invocation_identity *item,
                                                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_execution_task_invocations_next_item(struct awsc_pager *pager,
                                                                                       const struct awsc_ssm_maintenance_window_execution_task_invocation_identity **item,
                                                                                       struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_execution_task_invocations_next_item_async(struct awsc_pager *pager,
                                                                                             awsc_ssm_describe_maintenance_window_execution_task_invocations_item_cb *cb,
                                                                                             void *user_data,
                                                                                             struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_execution_task_invocations_collect(struct awsc_pager *pager,
                                                                                     struct awsc_ssm_describe_maintenance_window_execution_task_invocations_output **output,
                                                                                     struct awsc_error *err);

/* DescribeMaintenanceWindowExecutionTasks: tokens NextToken; results WindowExecutionTaskIdentities. */
AWSC_API int awsc_ssm_describe_maintenance_window_execution_tasks_paginate(struct awsc_client *client,
                                                                           const struct awsc_ssm_describe_maintenance_window_execution_tasks_input *input,
                                                                           const struct awsc_page_options *options,
                                                                           struct awsc_pager **pager,
                                                                           struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_execution_tasks_next_page(struct awsc_pager *pager,
                                                                            struct awsc_ssm_describe_maintenance_window_execution_tasks_output **page,
                                                                            struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_execution_tasks_next_page_async(struct awsc_pager *pager,
                                                                                  awsc_ssm_describe_maintenance_window_execution_tasks_cb *cb,
                                                                                  void *user_data,
                                                                                  struct awsc_error *err);
typedef void awsc_ssm_describe_maintenance_window_execution_tasks_item_cb(void *user_data,
                                                                          int status,
                                                                          const struct awsc_ssm_maintenance_window_execution_task_identity *item,
                                                                          struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_execution_tasks_next_item(struct awsc_pager *pager,
                                                                            const struct awsc_ssm_maintenance_window_execution_task_identity **item,
                                                                            struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_execution_tasks_next_item_async(struct awsc_pager *pager,
                                                                                  awsc_ssm_describe_maintenance_window_execution_tasks_item_cb *cb,
                                                                                  void *user_data,
                                                                                  struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_execution_tasks_collect(struct awsc_pager *pager,
                                                                          struct awsc_ssm_describe_maintenance_window_execution_tasks_output **output,
                                                                          struct awsc_error *err);

/* DescribeMaintenanceWindowExecutions: tokens NextToken; results WindowExecutions. */
AWSC_API int awsc_ssm_describe_maintenance_window_executions_paginate(struct awsc_client *client,
                                                                      const struct awsc_ssm_describe_maintenance_window_executions_input *input,
                                                                      const struct awsc_page_options *options,
                                                                      struct awsc_pager **pager,
                                                                      struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_executions_next_page(struct awsc_pager *pager,
                                                                       struct awsc_ssm_describe_maintenance_window_executions_output **page,
                                                                       struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_executions_next_page_async(struct awsc_pager *pager,
                                                                             awsc_ssm_describe_maintenance_window_executions_cb *cb,
                                                                             void *user_data,
                                                                             struct awsc_error *err);
typedef void awsc_ssm_describe_maintenance_window_executions_item_cb(void *user_data,
                                                                     int status,
                                                                     const struct awsc_ssm_maintenance_window_execution *item,
                                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_executions_next_item(struct awsc_pager *pager,
                                                                       const struct awsc_ssm_maintenance_window_execution **item,
                                                                       struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_executions_next_item_async(struct awsc_pager *pager,
                                                                             awsc_ssm_describe_maintenance_window_executions_item_cb *cb,
                                                                             void *user_data,
                                                                             struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_executions_collect(struct awsc_pager *pager,
                                                                     struct awsc_ssm_describe_maintenance_window_executions_output **output,
                                                                     struct awsc_error *err);

/* DescribeMaintenanceWindowSchedule: tokens NextToken; results ScheduledWindowExecutions. */
AWSC_API int awsc_ssm_describe_maintenance_window_schedule_paginate(struct awsc_client *client,
                                                                    const struct awsc_ssm_describe_maintenance_window_schedule_input *input,
                                                                    const struct awsc_page_options *options,
                                                                    struct awsc_pager **pager,
                                                                    struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_schedule_next_page(struct awsc_pager *pager,
                                                                     struct awsc_ssm_describe_maintenance_window_schedule_output **page,
                                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_schedule_next_page_async(struct awsc_pager *pager,
                                                                           awsc_ssm_describe_maintenance_window_schedule_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err);
typedef void awsc_ssm_describe_maintenance_window_schedule_item_cb(void *user_data,
                                                                   int status,
                                                                   const struct awsc_ssm_scheduled_window_execution *item,
                                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_schedule_next_item(struct awsc_pager *pager,
                                                                     const struct awsc_ssm_scheduled_window_execution **item,
                                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_schedule_next_item_async(struct awsc_pager *pager,
                                                                           awsc_ssm_describe_maintenance_window_schedule_item_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_schedule_collect(struct awsc_pager *pager,
                                                                   struct awsc_ssm_describe_maintenance_window_schedule_output **output,
                                                                   struct awsc_error *err);

/* DescribeMaintenanceWindowTargets: tokens NextToken; results Targets. */
AWSC_API int awsc_ssm_describe_maintenance_window_targets_paginate(struct awsc_client *client,
                                                                   const struct awsc_ssm_describe_maintenance_window_targets_input *input,
                                                                   const struct awsc_page_options *options,
                                                                   struct awsc_pager **pager,
                                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_targets_next_page(struct awsc_pager *pager,
                                                                    struct awsc_ssm_describe_maintenance_window_targets_output **page,
                                                                    struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_targets_next_page_async(struct awsc_pager *pager,
                                                                          awsc_ssm_describe_maintenance_window_targets_cb *cb,
                                                                          void *user_data,
                                                                          struct awsc_error *err);
typedef void awsc_ssm_describe_maintenance_window_targets_item_cb(void *user_data,
                                                                  int status,
                                                                  const struct awsc_ssm_maintenance_window_target *item,
                                                                  struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_targets_next_item(struct awsc_pager *pager,
                                                                    const struct awsc_ssm_maintenance_window_target **item,
                                                                    struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_targets_next_item_async(struct awsc_pager *pager,
                                                                          awsc_ssm_describe_maintenance_window_targets_item_cb *cb,
                                                                          void *user_data,
                                                                          struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_targets_collect(struct awsc_pager *pager,
                                                                  struct awsc_ssm_describe_maintenance_window_targets_output **output,
                                                                  struct awsc_error *err);

/* DescribeMaintenanceWindowTasks: tokens NextToken; results Tasks. */
AWSC_API int awsc_ssm_describe_maintenance_window_tasks_paginate(struct awsc_client *client,
                                                                 const struct awsc_ssm_describe_maintenance_window_tasks_input *input,
                                                                 const struct awsc_page_options *options,
                                                                 struct awsc_pager **pager,
                                                                 struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_tasks_next_page(struct awsc_pager *pager,
                                                                  struct awsc_ssm_describe_maintenance_window_tasks_output **page,
                                                                  struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_tasks_next_page_async(struct awsc_pager *pager,
                                                                        awsc_ssm_describe_maintenance_window_tasks_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err);
typedef void awsc_ssm_describe_maintenance_window_tasks_item_cb(void *user_data,
                                                                int status,
                                                                const struct awsc_ssm_maintenance_window_task *item,
                                                                struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_tasks_next_item(struct awsc_pager *pager,
                                                                  const struct awsc_ssm_maintenance_window_task **item,
                                                                  struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_tasks_next_item_async(struct awsc_pager *pager,
                                                                        awsc_ssm_describe_maintenance_window_tasks_item_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_window_tasks_collect(struct awsc_pager *pager,
                                                                struct awsc_ssm_describe_maintenance_window_tasks_output **output,
                                                                struct awsc_error *err);

/* DescribeMaintenanceWindows: tokens NextToken; results WindowIdentities. */
AWSC_API int awsc_ssm_describe_maintenance_windows_paginate(struct awsc_client *client,
                                                            const struct awsc_ssm_describe_maintenance_windows_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_windows_next_page(struct awsc_pager *pager,
                                                             struct awsc_ssm_describe_maintenance_windows_output **page,
                                                             struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_windows_next_page_async(struct awsc_pager *pager,
                                                                   awsc_ssm_describe_maintenance_windows_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);
typedef void awsc_ssm_describe_maintenance_windows_item_cb(void *user_data,
                                                           int status,
                                                           const struct awsc_ssm_maintenance_window_identity *item,
                                                           struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_windows_next_item(struct awsc_pager *pager,
                                                             const struct awsc_ssm_maintenance_window_identity **item,
                                                             struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_windows_next_item_async(struct awsc_pager *pager,
                                                                   awsc_ssm_describe_maintenance_windows_item_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_windows_collect(struct awsc_pager *pager,
                                                           struct awsc_ssm_describe_maintenance_windows_output **output,
                                                           struct awsc_error *err);

/* DescribeMaintenanceWindowsForTarget: tokens NextToken; results WindowIdentities. */
AWSC_API int awsc_ssm_describe_maintenance_windows_for_target_paginate(struct awsc_client *client,
                                                                       const struct awsc_ssm_describe_maintenance_windows_for_target_input *input,
                                                                       const struct awsc_page_options *options,
                                                                       struct awsc_pager **pager,
                                                                       struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_windows_for_target_next_page(struct awsc_pager *pager,
                                                                        struct awsc_ssm_describe_maintenance_windows_for_target_output **page,
                                                                        struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_windows_for_target_next_page_async(struct awsc_pager *pager,
                                                                              awsc_ssm_describe_maintenance_windows_for_target_cb *cb,
                                                                              void *user_data,
                                                                              struct awsc_error *err);
typedef void awsc_ssm_describe_maintenance_windows_for_target_item_cb(void *user_data,
                                                                      int status,
                                                                      const struct awsc_ssm_maintenance_window_identity_for_target *item,
                                                                      struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_windows_for_target_next_item(struct awsc_pager *pager,
                                                                        const struct awsc_ssm_maintenance_window_identity_for_target **item,
                                                                        struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_windows_for_target_next_item_async(struct awsc_pager *pager,
                                                                              awsc_ssm_describe_maintenance_windows_for_target_item_cb *cb,
                                                                              void *user_data,
                                                                              struct awsc_error *err);
AWSC_API int awsc_ssm_describe_maintenance_windows_for_target_collect(struct awsc_pager *pager,
                                                                      struct awsc_ssm_describe_maintenance_windows_for_target_output **output,
                                                                      struct awsc_error *err);

/* DescribeOpsItems: tokens NextToken; results OpsItemSummaries. */
AWSC_API int awsc_ssm_describe_ops_items_paginate(struct awsc_client *client,
                                                  const struct awsc_ssm_describe_ops_items_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err);
AWSC_API int awsc_ssm_describe_ops_items_next_page(struct awsc_pager *pager,
                                                   struct awsc_ssm_describe_ops_items_output **page,
                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_describe_ops_items_next_page_async(struct awsc_pager *pager,
                                                         awsc_ssm_describe_ops_items_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);
typedef void awsc_ssm_describe_ops_items_item_cb(void *user_data,
                                                 int status,
                                                 const struct awsc_ssm_ops_item_summary *item,
                                                 struct awsc_error *err);
AWSC_API int awsc_ssm_describe_ops_items_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ssm_ops_item_summary **item,
                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_describe_ops_items_next_item_async(struct awsc_pager *pager,
                                                         awsc_ssm_describe_ops_items_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);
AWSC_API int awsc_ssm_describe_ops_items_collect(struct awsc_pager *pager,
                                                 struct awsc_ssm_describe_ops_items_output **output,
                                                 struct awsc_error *err);

/* DescribeParameters: tokens NextToken; results Parameters. */
AWSC_API int awsc_ssm_describe_parameters_paginate(struct awsc_client *client,
                                                   const struct awsc_ssm_describe_parameters_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_describe_parameters_next_page(struct awsc_pager *pager,
                                                    struct awsc_ssm_describe_parameters_output **page,
                                                    struct awsc_error *err);
AWSC_API int awsc_ssm_describe_parameters_next_page_async(struct awsc_pager *pager,
                                                          awsc_ssm_describe_parameters_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);
typedef void awsc_ssm_describe_parameters_item_cb(void *user_data,
                                                  int status,
                                                  const struct awsc_ssm_parameter_metadata *item,
                                                  struct awsc_error *err);
AWSC_API int awsc_ssm_describe_parameters_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ssm_parameter_metadata **item,
                                                    struct awsc_error *err);
AWSC_API int awsc_ssm_describe_parameters_next_item_async(struct awsc_pager *pager,
                                                          awsc_ssm_describe_parameters_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);
AWSC_API int awsc_ssm_describe_parameters_collect(struct awsc_pager *pager,
                                                  struct awsc_ssm_describe_parameters_output **output,
                                                  struct awsc_error *err);

/* DescribePatchBaselines: tokens NextToken; results BaselineIdentities. */
AWSC_API int awsc_ssm_describe_patch_baselines_paginate(struct awsc_client *client,
                                                        const struct awsc_ssm_describe_patch_baselines_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err);
AWSC_API int awsc_ssm_describe_patch_baselines_next_page(struct awsc_pager *pager,
                                                         struct awsc_ssm_describe_patch_baselines_output **page,
                                                         struct awsc_error *err);
AWSC_API int awsc_ssm_describe_patch_baselines_next_page_async(struct awsc_pager *pager,
                                                               awsc_ssm_describe_patch_baselines_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);
typedef void awsc_ssm_describe_patch_baselines_item_cb(void *user_data,
                                                       int status,
                                                       const struct awsc_ssm_patch_baseline_identity *item,
                                                       struct awsc_error *err);
AWSC_API int awsc_ssm_describe_patch_baselines_next_item(struct awsc_pager *pager,
                                                         const struct awsc_ssm_patch_baseline_identity **item,
                                                         struct awsc_error *err);
AWSC_API int awsc_ssm_describe_patch_baselines_next_item_async(struct awsc_pager *pager,
                                                               awsc_ssm_describe_patch_baselines_item_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);
AWSC_API int awsc_ssm_describe_patch_baselines_collect(struct awsc_pager *pager,
                                                       struct awsc_ssm_describe_patch_baselines_output **output,
                                                       struct awsc_error *err);

/* DescribePatchGroups: tokens NextToken; results Mappings. */
AWSC_API int awsc_ssm_describe_patch_groups_paginate(struct awsc_client *client,
                                                     const struct awsc_ssm_describe_patch_groups_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_describe_patch_groups_next_page(struct awsc_pager *pager,
                                                      struct awsc_ssm_describe_patch_groups_output **page,
                                                      struct awsc_error *err);
AWSC_API int awsc_ssm_describe_patch_groups_next_page_async(struct awsc_pager *pager,
                                                            awsc_ssm_describe_patch_groups_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);
typedef void awsc_ssm_describe_patch_groups_item_cb(void *user_data,
                                                    int status,
                                                    const struct awsc_ssm_patch_group_patch_baseline_mapping *item,
                                                    struct awsc_error *err);
AWSC_API int awsc_ssm_describe_patch_groups_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ssm_patch_group_patch_baseline_mapping **item,
                                                      struct awsc_error *err);
AWSC_API int awsc_ssm_describe_patch_groups_next_item_async(struct awsc_pager *pager,
                                                            awsc_ssm_describe_patch_groups_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);
AWSC_API int awsc_ssm_describe_patch_groups_collect(struct awsc_pager *pager,
                                                    struct awsc_ssm_describe_patch_groups_output **output,
                                                    struct awsc_error *err);

/* DescribePatchProperties: tokens NextToken; results Properties. */
AWSC_API int awsc_ssm_describe_patch_properties_paginate(struct awsc_client *client,
                                                         const struct awsc_ssm_describe_patch_properties_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err);
AWSC_API int awsc_ssm_describe_patch_properties_next_page(struct awsc_pager *pager,
                                                          struct awsc_ssm_describe_patch_properties_output **page,
                                                          struct awsc_error *err);
AWSC_API int awsc_ssm_describe_patch_properties_next_page_async(struct awsc_pager *pager,
                                                                awsc_ssm_describe_patch_properties_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);
typedef void awsc_ssm_describe_patch_properties_item_cb(void *user_data,
                                                        int status,
                                                        const struct awsc_ssm_normal_string_map *item,
                                                        struct awsc_error *err);
AWSC_API int awsc_ssm_describe_patch_properties_next_item(struct awsc_pager *pager,
                                                          const struct awsc_ssm_normal_string_map **item,
                                                          struct awsc_error *err);
AWSC_API int awsc_ssm_describe_patch_properties_next_item_async(struct awsc_pager *pager,
                                                                awsc_ssm_describe_patch_properties_item_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);
AWSC_API int awsc_ssm_describe_patch_properties_collect(struct awsc_pager *pager,
                                                        struct awsc_ssm_describe_patch_properties_output **output,
                                                        struct awsc_error *err);

/* DescribeSessions: tokens NextToken; results Sessions. */
AWSC_API int awsc_ssm_describe_sessions_paginate(struct awsc_client *client,
                                                 const struct awsc_ssm_describe_sessions_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err);
AWSC_API int awsc_ssm_describe_sessions_next_page(struct awsc_pager *pager,
                                                  struct awsc_ssm_describe_sessions_output **page,
                                                  struct awsc_error *err);
AWSC_API int awsc_ssm_describe_sessions_next_page_async(struct awsc_pager *pager,
                                                        awsc_ssm_describe_sessions_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);
typedef void awsc_ssm_describe_sessions_item_cb(void *user_data,
                                                int status,
                                                const struct awsc_ssm_session *item,
                                                struct awsc_error *err);
AWSC_API int awsc_ssm_describe_sessions_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ssm_session **item,
                                                  struct awsc_error *err);
AWSC_API int awsc_ssm_describe_sessions_next_item_async(struct awsc_pager *pager,
                                                        awsc_ssm_describe_sessions_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);
AWSC_API int awsc_ssm_describe_sessions_collect(struct awsc_pager *pager,
                                                struct awsc_ssm_describe_sessions_output **output,
                                                struct awsc_error *err);

/* GetInventory: tokens NextToken; results Entities. */
AWSC_API int awsc_ssm_get_inventory_paginate(struct awsc_client *client,
                                             const struct awsc_ssm_get_inventory_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err);
AWSC_API int awsc_ssm_get_inventory_next_page(struct awsc_pager *pager,
                                              struct awsc_ssm_get_inventory_output **page,
                                              struct awsc_error *err);
AWSC_API int awsc_ssm_get_inventory_next_page_async(struct awsc_pager *pager,
                                                    awsc_ssm_get_inventory_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);
typedef void awsc_ssm_get_inventory_item_cb(void *user_data,
                                            int status,
                                            const struct awsc_ssm_inventory_result_entity *item,
                                            struct awsc_error *err);
AWSC_API int awsc_ssm_get_inventory_next_item(struct awsc_pager *pager,
                                              const struct awsc_ssm_inventory_result_entity **item,
                                              struct awsc_error *err);
AWSC_API int awsc_ssm_get_inventory_next_item_async(struct awsc_pager *pager,
                                                    awsc_ssm_get_inventory_item_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);
AWSC_API int awsc_ssm_get_inventory_collect(struct awsc_pager *pager,
                                            struct awsc_ssm_get_inventory_output **output,
                                            struct awsc_error *err);

/* GetInventorySchema: tokens NextToken; results Schemas. */
AWSC_API int awsc_ssm_get_inventory_schema_paginate(struct awsc_client *client,
                                                    const struct awsc_ssm_get_inventory_schema_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err);
AWSC_API int awsc_ssm_get_inventory_schema_next_page(struct awsc_pager *pager,
                                                     struct awsc_ssm_get_inventory_schema_output **page,
                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_get_inventory_schema_next_page_async(struct awsc_pager *pager,
                                                           awsc_ssm_get_inventory_schema_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);
typedef void awsc_ssm_get_inventory_schema_item_cb(void *user_data,
                                                   int status,
                                                   const struct awsc_ssm_inventory_item_schema *item,
                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_get_inventory_schema_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ssm_inventory_item_schema **item,
                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_get_inventory_schema_next_item_async(struct awsc_pager *pager,
                                                           awsc_ssm_get_inventory_schema_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);
AWSC_API int awsc_ssm_get_inventory_schema_collect(struct awsc_pager *pager,
                                                   struct awsc_ssm_get_inventory_schema_output **output,
                                                   struct awsc_error *err);

/* GetOpsSummary: tokens NextToken; results Entities. */
AWSC_API int awsc_ssm_get_ops_summary_paginate(struct awsc_client *client,
                                               const struct awsc_ssm_get_ops_summary_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err);
AWSC_API int awsc_ssm_get_ops_summary_next_page(struct awsc_pager *pager,
                                                struct awsc_ssm_get_ops_summary_output **page,
                                                struct awsc_error *err);
AWSC_API int awsc_ssm_get_ops_summary_next_page_async(struct awsc_pager *pager,
                                                      awsc_ssm_get_ops_summary_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);
typedef void awsc_ssm_get_ops_summary_item_cb(void *user_data,
                                              int status,
                                              const struct awsc_ssm_ops_entity *item,
                                              struct awsc_error *err);
AWSC_API int awsc_ssm_get_ops_summary_next_item(struct awsc_pager *pager,
                                                const struct awsc_ssm_ops_entity **item,
                                                struct awsc_error *err);
AWSC_API int awsc_ssm_get_ops_summary_next_item_async(struct awsc_pager *pager,
                                                      awsc_ssm_get_ops_summary_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);
AWSC_API int awsc_ssm_get_ops_summary_collect(struct awsc_pager *pager,
                                              struct awsc_ssm_get_ops_summary_output **output,
                                              struct awsc_error *err);

/* GetParameterHistory: tokens NextToken; results Parameters. */
AWSC_API int awsc_ssm_get_parameter_history_paginate(struct awsc_client *client,
                                                     const struct awsc_ssm_get_parameter_history_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_get_parameter_history_next_page(struct awsc_pager *pager,
                                                      struct awsc_ssm_get_parameter_history_output **page,
                                                      struct awsc_error *err);
AWSC_API int awsc_ssm_get_parameter_history_next_page_async(struct awsc_pager *pager,
                                                            awsc_ssm_get_parameter_history_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);
typedef void awsc_ssm_get_parameter_history_item_cb(void *user_data,
                                                    int status,
                                                    const struct awsc_ssm_parameter_history *item,
                                                    struct awsc_error *err);
AWSC_API int awsc_ssm_get_parameter_history_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ssm_parameter_history **item,
                                                      struct awsc_error *err);
AWSC_API int awsc_ssm_get_parameter_history_next_item_async(struct awsc_pager *pager,
                                                            awsc_ssm_get_parameter_history_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);
AWSC_API int awsc_ssm_get_parameter_history_collect(struct awsc_pager *pager,
                                                    struct awsc_ssm_get_parameter_history_output **output,
                                                    struct awsc_error *err);

/* GetParametersByPath: tokens NextToken; results Parameters. */
AWSC_API int awsc_ssm_get_parameters_by_path_paginate(struct awsc_client *client,
                                                      const struct awsc_ssm_get_parameters_by_path_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err);
AWSC_API int awsc_ssm_get_parameters_by_path_next_page(struct awsc_pager *pager,
                                                       struct awsc_ssm_get_parameters_by_path_output **page,
                                                       struct awsc_error *err);
AWSC_API int awsc_ssm_get_parameters_by_path_next_page_async(struct awsc_pager *pager,
                                                             awsc_ssm_get_parameters_by_path_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);
typedef void awsc_ssm_get_parameters_by_path_item_cb(void *user_data,
                                                     int status,
                                                     const struct awsc_ssm_parameter *item,
                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_get_parameters_by_path_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ssm_parameter **item,
                                                       struct awsc_error *err);
AWSC_API int awsc_ssm_get_parameters_by_path_next_item_async(struct awsc_pager *pager,
                                                             awsc_ssm_get_parameters_by_path_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);
AWSC_API int awsc_ssm_get_parameters_by_path_collect(struct awsc_pager *pager,
                                                     struct awsc_ssm_get_parameters_by_path_output **output,
                                                     struct awsc_error *err);

/* GetResourcePolicies: tokens NextToken; results Policies. */
AWSC_API int awsc_ssm_get_resource_policies_paginate(struct awsc_client *client,
                                                     const struct awsc_ssm_get_resource_policies_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_get_resource_policies_next_page(struct awsc_pager *pager,
                                                      struct awsc_ssm_get_resource_policies_output **page,
                                                      struct awsc_error *err);
AWSC_API int awsc_ssm_get_resource_policies_next_page_async(struct awsc_pager *pager,
                                                            awsc_ssm_get_resource_policies_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);
typedef void awsc_ssm_get_resource_policies_item_cb(void *user_data,
                                                    int status,
                                                    const struct awsc_ssm_get_resource_policies_response_entry *item,
                                                    struct awsc_error *err);
AWSC_API int awsc_ssm_get_resource_policies_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ssm_get_resource_policies_response_entry **item,
                                                      struct awsc_error *err);
AWSC_API int awsc_ssm_get_resource_policies_next_item_async(struct awsc_pager *pager,
                                                            awsc_ssm_get_resource_policies_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);
AWSC_API int awsc_ssm_get_resource_policies_collect(struct awsc_pager *pager,
                                                    struct awsc_ssm_get_resource_policies_output **output,
                                                    struct awsc_error *err);

/* ListAssociationVersions: tokens NextToken; results AssociationVersions. */
AWSC_API int awsc_ssm_list_association_versions_paginate(struct awsc_client *client,
                                                         const struct awsc_ssm_list_association_versions_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err);
AWSC_API int awsc_ssm_list_association_versions_next_page(struct awsc_pager *pager,
                                                          struct awsc_ssm_list_association_versions_output **page,
                                                          struct awsc_error *err);
AWSC_API int awsc_ssm_list_association_versions_next_page_async(struct awsc_pager *pager,
                                                                awsc_ssm_list_association_versions_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);
typedef void awsc_ssm_list_association_versions_item_cb(void *user_data,
                                                        int status,
                                                        const struct awsc_ssm_association_version_info *item,
                                                        struct awsc_error *err);
AWSC_API int awsc_ssm_list_association_versions_next_item(struct awsc_pager *pager,
                                                          const struct awsc_ssm_association_version_info **item,
                                                          struct awsc_error *err);
AWSC_API int awsc_ssm_list_association_versions_next_item_async(struct awsc_pager *pager,
                                                                awsc_ssm_list_association_versions_item_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);
AWSC_API int awsc_ssm_list_association_versions_collect(struct awsc_pager *pager,
                                                        struct awsc_ssm_list_association_versions_output **output,
                                                        struct awsc_error *err);

/* ListAssociations: tokens NextToken; results Associations. */
AWSC_API int awsc_ssm_list_associations_paginate(struct awsc_client *client,
                                                 const struct awsc_ssm_list_associations_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err);
AWSC_API int awsc_ssm_list_associations_next_page(struct awsc_pager *pager,
                                                  struct awsc_ssm_list_associations_output **page,
                                                  struct awsc_error *err);
AWSC_API int awsc_ssm_list_associations_next_page_async(struct awsc_pager *pager,
                                                        awsc_ssm_list_associations_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);
typedef void awsc_ssm_list_associations_item_cb(void *user_data,
                                                int status,
                                                const struct awsc_ssm_association *item,
                                                struct awsc_error *err);
AWSC_API int awsc_ssm_list_associations_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ssm_association **item,
                                                  struct awsc_error *err);
AWSC_API int awsc_ssm_list_associations_next_item_async(struct awsc_pager *pager,
                                                        awsc_ssm_list_associations_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);
AWSC_API int awsc_ssm_list_associations_collect(struct awsc_pager *pager,
                                                struct awsc_ssm_list_associations_output **output,
                                                struct awsc_error *err);

/* ListCloudConnectors: tokens NextToken; results CloudConnectors. */
AWSC_API int awsc_ssm_list_cloud_connectors_paginate(struct awsc_client *client,
                                                     const struct awsc_ssm_list_cloud_connectors_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_list_cloud_connectors_next_page(struct awsc_pager *pager,
                                                      struct awsc_ssm_list_cloud_connectors_output **page,
                                                      struct awsc_error *err);
AWSC_API int awsc_ssm_list_cloud_connectors_next_page_async(struct awsc_pager *pager,
                                                            awsc_ssm_list_cloud_connectors_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);
typedef void awsc_ssm_list_cloud_connectors_item_cb(void *user_data,
                                                    int status,
                                                    const struct awsc_ssm_cloud_connector_summary *item,
                                                    struct awsc_error *err);
AWSC_API int awsc_ssm_list_cloud_connectors_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ssm_cloud_connector_summary **item,
                                                      struct awsc_error *err);
AWSC_API int awsc_ssm_list_cloud_connectors_next_item_async(struct awsc_pager *pager,
                                                            awsc_ssm_list_cloud_connectors_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);
AWSC_API int awsc_ssm_list_cloud_connectors_collect(struct awsc_pager *pager,
                                                    struct awsc_ssm_list_cloud_connectors_output **output,
                                                    struct awsc_error *err);

/* ListCommandInvocations: tokens NextToken; results CommandInvocations. */
AWSC_API int awsc_ssm_list_command_invocations_paginate(struct awsc_client *client,
                                                        const struct awsc_ssm_list_command_invocations_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err);
AWSC_API int awsc_ssm_list_command_invocations_next_page(struct awsc_pager *pager,
                                                         struct awsc_ssm_list_command_invocations_output **page,
                                                         struct awsc_error *err);
AWSC_API int awsc_ssm_list_command_invocations_next_page_async(struct awsc_pager *pager,
                                                               awsc_ssm_list_command_invocations_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);
typedef void awsc_ssm_list_command_invocations_item_cb(void *user_data,
                                                       int status,
                                                       const struct awsc_ssm_command_invocation *item,
                                                       struct awsc_error *err);
AWSC_API int awsc_ssm_list_command_invocations_next_item(struct awsc_pager *pager,
                                                         const struct awsc_ssm_command_invocation **item,
                                                         struct awsc_error *err);
AWSC_API int awsc_ssm_list_command_invocations_next_item_async(struct awsc_pager *pager,
                                                               awsc_ssm_list_command_invocations_item_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);
AWSC_API int awsc_ssm_list_command_invocations_collect(struct awsc_pager *pager,
                                                       struct awsc_ssm_list_command_invocations_output **output,
                                                       struct awsc_error *err);

/* ListCommands: tokens NextToken; results Commands. */
AWSC_API int awsc_ssm_list_commands_paginate(struct awsc_client *client,
                                             const struct awsc_ssm_list_commands_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err);
AWSC_API int awsc_ssm_list_commands_next_page(struct awsc_pager *pager,
                                              struct awsc_ssm_list_commands_output **page,
                                              struct awsc_error *err);
AWSC_API int awsc_ssm_list_commands_next_page_async(struct awsc_pager *pager,
                                                    awsc_ssm_list_commands_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);
typedef void awsc_ssm_list_commands_item_cb(void *user_data,
                                            int status,
                                            const struct awsc_ssm_command *item,
                                            struct awsc_error *err);
AWSC_API int awsc_ssm_list_commands_next_item(struct awsc_pager *pager,
                                              const struct awsc_ssm_command **item,
                                              struct awsc_error *err);
AWSC_API int awsc_ssm_list_commands_next_item_async(struct awsc_pager *pager,
                                                    awsc_ssm_list_commands_item_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);
AWSC_API int awsc_ssm_list_commands_collect(struct awsc_pager *pager,
                                            struct awsc_ssm_list_commands_output **output,
                                            struct awsc_error *err);

/* ListComplianceItems: tokens NextToken; results ComplianceItems. */
AWSC_API int awsc_ssm_list_compliance_items_paginate(struct awsc_client *client,
                                                     const struct awsc_ssm_list_compliance_items_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_list_compliance_items_next_page(struct awsc_pager *pager,
                                                      struct awsc_ssm_list_compliance_items_output **page,
                                                      struct awsc_error *err);
AWSC_API int awsc_ssm_list_compliance_items_next_page_async(struct awsc_pager *pager,
                                                            awsc_ssm_list_compliance_items_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);
typedef void awsc_ssm_list_compliance_items_item_cb(void *user_data,
                                                    int status,
                                                    const struct awsc_ssm_compliance_item *item,
                                                    struct awsc_error *err);
AWSC_API int awsc_ssm_list_compliance_items_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ssm_compliance_item **item,
                                                      struct awsc_error *err);
AWSC_API int awsc_ssm_list_compliance_items_next_item_async(struct awsc_pager *pager,
                                                            awsc_ssm_list_compliance_items_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);
AWSC_API int awsc_ssm_list_compliance_items_collect(struct awsc_pager *pager,
                                                    struct awsc_ssm_list_compliance_items_output **output,
                                                    struct awsc_error *err);

/* ListComplianceSummaries: tokens NextToken; results ComplianceSummaryItems. */
AWSC_API int awsc_ssm_list_compliance_summaries_paginate(struct awsc_client *client,
                                                         const struct awsc_ssm_list_compliance_summaries_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err);
AWSC_API int awsc_ssm_list_compliance_summaries_next_page(struct awsc_pager *pager,
                                                          struct awsc_ssm_list_compliance_summaries_output **page,
                                                          struct awsc_error *err);
AWSC_API int awsc_ssm_list_compliance_summaries_next_page_async(struct awsc_pager *pager,
                                                                awsc_ssm_list_compliance_summaries_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);
typedef void awsc_ssm_list_compliance_summaries_item_cb(void *user_data,
                                                        int status,
                                                        const struct awsc_ssm_compliance_summary_item *item,
                                                        struct awsc_error *err);
AWSC_API int awsc_ssm_list_compliance_summaries_next_item(struct awsc_pager *pager,
                                                          const struct awsc_ssm_compliance_summary_item **item,
                                                          struct awsc_error *err);
AWSC_API int awsc_ssm_list_compliance_summaries_next_item_async(struct awsc_pager *pager,
                                                                awsc_ssm_list_compliance_summaries_item_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);
AWSC_API int awsc_ssm_list_compliance_summaries_collect(struct awsc_pager *pager,
                                                        struct awsc_ssm_list_compliance_summaries_output **output,
                                                        struct awsc_error *err);

/* ListDocumentVersions: tokens NextToken; results DocumentVersions. */
AWSC_API int awsc_ssm_list_document_versions_paginate(struct awsc_client *client,
                                                      const struct awsc_ssm_list_document_versions_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err);
AWSC_API int awsc_ssm_list_document_versions_next_page(struct awsc_pager *pager,
                                                       struct awsc_ssm_list_document_versions_output **page,
                                                       struct awsc_error *err);
AWSC_API int awsc_ssm_list_document_versions_next_page_async(struct awsc_pager *pager,
                                                             awsc_ssm_list_document_versions_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);
typedef void awsc_ssm_list_document_versions_item_cb(void *user_data,
                                                     int status,
                                                     const struct awsc_ssm_document_version_info *item,
                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_list_document_versions_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ssm_document_version_info **item,
                                                       struct awsc_error *err);
AWSC_API int awsc_ssm_list_document_versions_next_item_async(struct awsc_pager *pager,
                                                             awsc_ssm_list_document_versions_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);
AWSC_API int awsc_ssm_list_document_versions_collect(struct awsc_pager *pager,
                                                     struct awsc_ssm_list_document_versions_output **output,
                                                     struct awsc_error *err);

/* ListDocuments: tokens NextToken; results DocumentIdentifiers. */
AWSC_API int awsc_ssm_list_documents_paginate(struct awsc_client *client,
                                              const struct awsc_ssm_list_documents_input *input,
                                              const struct awsc_page_options *options,
                                              struct awsc_pager **pager,
                                              struct awsc_error *err);
AWSC_API int awsc_ssm_list_documents_next_page(struct awsc_pager *pager,
                                               struct awsc_ssm_list_documents_output **page,
                                               struct awsc_error *err);
AWSC_API int awsc_ssm_list_documents_next_page_async(struct awsc_pager *pager,
                                                     awsc_ssm_list_documents_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);
typedef void awsc_ssm_list_documents_item_cb(void *user_data,
                                             int status,
                                             const struct awsc_ssm_document_identifier *item,
                                             struct awsc_error *err);
AWSC_API int awsc_ssm_list_documents_next_item(struct awsc_pager *pager,
                                               const struct awsc_ssm_document_identifier **item,
                                               struct awsc_error *err);
AWSC_API int awsc_ssm_list_documents_next_item_async(struct awsc_pager *pager,
                                                     awsc_ssm_list_documents_item_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_list_documents_collect(struct awsc_pager *pager,
                                             struct awsc_ssm_list_documents_output **output,
                                             struct awsc_error *err);

/* ListNodes: tokens NextToken; results Nodes. */
AWSC_API int awsc_ssm_list_nodes_paginate(struct awsc_client *client,
                                          const struct awsc_ssm_list_nodes_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err);
AWSC_API int awsc_ssm_list_nodes_next_page(struct awsc_pager *pager,
                                           struct awsc_ssm_list_nodes_output **page,
                                           struct awsc_error *err);
AWSC_API int awsc_ssm_list_nodes_next_page_async(struct awsc_pager *pager,
                                                 awsc_ssm_list_nodes_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);
typedef void awsc_ssm_list_nodes_item_cb(void *user_data,
                                         int status,
                                         const struct awsc_ssm_node *item,
                                         struct awsc_error *err);
AWSC_API int awsc_ssm_list_nodes_next_item(struct awsc_pager *pager,
                                           const struct awsc_ssm_node **item,
                                           struct awsc_error *err);
AWSC_API int awsc_ssm_list_nodes_next_item_async(struct awsc_pager *pager,
                                                 awsc_ssm_list_nodes_item_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);
AWSC_API int awsc_ssm_list_nodes_collect(struct awsc_pager *pager,
                                         struct awsc_ssm_list_nodes_output **output,
                                         struct awsc_error *err);

/* ListNodesSummary: tokens NextToken; results Summary. */
AWSC_API int awsc_ssm_list_nodes_summary_paginate(struct awsc_client *client,
                                                  const struct awsc_ssm_list_nodes_summary_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err);
AWSC_API int awsc_ssm_list_nodes_summary_next_page(struct awsc_pager *pager,
                                                   struct awsc_ssm_list_nodes_summary_output **page,
                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_list_nodes_summary_next_page_async(struct awsc_pager *pager,
                                                         awsc_ssm_list_nodes_summary_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);
typedef void awsc_ssm_list_nodes_summary_item_cb(void *user_data,
                                                 int status,
                                                 const struct awsc_ssm_normal_string_map *item,
                                                 struct awsc_error *err);
AWSC_API int awsc_ssm_list_nodes_summary_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ssm_normal_string_map **item,
                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_list_nodes_summary_next_item_async(struct awsc_pager *pager,
                                                         awsc_ssm_list_nodes_summary_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);
AWSC_API int awsc_ssm_list_nodes_summary_collect(struct awsc_pager *pager,
                                                 struct awsc_ssm_list_nodes_summary_output **output,
                                                 struct awsc_error *err);

/* ListOpsItemEvents: tokens NextToken; results Summaries. */
AWSC_API int awsc_ssm_list_ops_item_events_paginate(struct awsc_client *client,
                                                    const struct awsc_ssm_list_ops_item_events_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err);
AWSC_API int awsc_ssm_list_ops_item_events_next_page(struct awsc_pager *pager,
                                                     struct awsc_ssm_list_ops_item_events_output **page,
                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_list_ops_item_events_next_page_async(struct awsc_pager *pager,
                                                           awsc_ssm_list_ops_item_events_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);
typedef void awsc_ssm_list_ops_item_events_item_cb(void *user_data,
                                                   int status,
                                                   const struct awsc_ssm_ops_item_event_summary *item,
                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_list_ops_item_events_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ssm_ops_item_event_summary **item,
                                                     struct awsc_error *err);
AWSC_API int awsc_ssm_list_ops_item_events_next_item_async(struct awsc_pager *pager,
                                                           awsc_ssm_list_ops_item_events_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);
AWSC_API int awsc_ssm_list_ops_item_events_collect(struct awsc_pager *pager,
                                                   struct awsc_ssm_list_ops_item_events_output **output,
                                                   struct awsc_error *err);

/* ListOpsItemRelatedItems: tokens NextToken; results Summaries. */
AWSC_API int awsc_ssm_list_ops_item_related_items_paginate(struct awsc_client *client,
                                                           const struct awsc_ssm_list_ops_item_related_items_input *input,
                                                           const struct awsc_page_options *options,
                                                           struct awsc_pager **pager,
                                                           struct awsc_error *err);
AWSC_API int awsc_ssm_list_ops_item_related_items_next_page(struct awsc_pager *pager,
                                                            struct awsc_ssm_list_ops_item_related_items_output **page,
                                                            struct awsc_error *err);
AWSC_API int awsc_ssm_list_ops_item_related_items_next_page_async(struct awsc_pager *pager,
                                                                  awsc_ssm_list_ops_item_related_items_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err);
typedef void awsc_ssm_list_ops_item_related_items_item_cb(void *user_data,
                                                          int status,
                                                          const struct awsc_ssm_ops_item_related_item_summary *item,
                                                          struct awsc_error *err);
AWSC_API int awsc_ssm_list_ops_item_related_items_next_item(struct awsc_pager *pager,
                                                            const struct awsc_ssm_ops_item_related_item_summary **item,
                                                            struct awsc_error *err);
AWSC_API int awsc_ssm_list_ops_item_related_items_next_item_async(struct awsc_pager *pager,
                                                                  awsc_ssm_list_ops_item_related_items_item_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err);
AWSC_API int awsc_ssm_list_ops_item_related_items_collect(struct awsc_pager *pager,
                                                          struct awsc_ssm_list_ops_item_related_items_output **output,
                                                          struct awsc_error *err);

/* ListOpsMetadata: tokens NextToken; results OpsMetadataList. */
AWSC_API int awsc_ssm_list_ops_metadata_paginate(struct awsc_client *client,
                                                 const struct awsc_ssm_list_ops_metadata_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err);
AWSC_API int awsc_ssm_list_ops_metadata_next_page(struct awsc_pager *pager,
                                                  struct awsc_ssm_list_ops_metadata_output **page,
                                                  struct awsc_error *err);
AWSC_API int awsc_ssm_list_ops_metadata_next_page_async(struct awsc_pager *pager,
                                                        awsc_ssm_list_ops_metadata_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);
typedef void awsc_ssm_list_ops_metadata_item_cb(void *user_data,
                                                int status,
                                                const struct awsc_ssm_ops_metadata *item,
                                                struct awsc_error *err);
AWSC_API int awsc_ssm_list_ops_metadata_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ssm_ops_metadata **item,
                                                  struct awsc_error *err);
AWSC_API int awsc_ssm_list_ops_metadata_next_item_async(struct awsc_pager *pager,
                                                        awsc_ssm_list_ops_metadata_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);
AWSC_API int awsc_ssm_list_ops_metadata_collect(struct awsc_pager *pager,
                                                struct awsc_ssm_list_ops_metadata_output **output,
                                                struct awsc_error *err);

/* ListResourceComplianceSummaries: tokens NextToken; results ResourceComplianceSummaryItems. */
AWSC_API int awsc_ssm_list_resource_compliance_summaries_paginate(struct awsc_client *client,
                                                                  const struct awsc_ssm_list_resource_compliance_summaries_input *input,
                                                                  const struct awsc_page_options *options,
                                                                  struct awsc_pager **pager,
                                                                  struct awsc_error *err);
AWSC_API int awsc_ssm_list_resource_compliance_summaries_next_page(struct awsc_pager *pager,
                                                                   struct awsc_ssm_list_resource_compliance_summaries_output **page,
                                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_list_resource_compliance_summaries_next_page_async(struct awsc_pager *pager,
                                                                         awsc_ssm_list_resource_compliance_summaries_cb *cb,
                                                                         void *user_data,
                                                                         struct awsc_error *err);
typedef void awsc_ssm_list_resource_compliance_summaries_item_cb(void *user_data,
                                                                 int status,
                                                                 const struct awsc_ssm_resource_compliance_summary_item *item,
                                                                 struct awsc_error *err);
AWSC_API int awsc_ssm_list_resource_compliance_summaries_next_item(struct awsc_pager *pager,
                                                                   const struct awsc_ssm_resource_compliance_summary_item **item,
                                                                   struct awsc_error *err);
AWSC_API int awsc_ssm_list_resource_compliance_summaries_next_item_async(struct awsc_pager *pager,
                                                                         awsc_ssm_list_resource_compliance_summaries_item_cb *cb,
                                                                         void *user_data,
                                                                         struct awsc_error *err);
AWSC_API int awsc_ssm_list_resource_compliance_summaries_collect(struct awsc_pager *pager,
                                                                 struct awsc_ssm_list_resource_compliance_summaries_output **output,
                                                                 struct awsc_error *err);

/* ListResourceDataSync: tokens NextToken; results ResourceDataSyncItems. */
AWSC_API int awsc_ssm_list_resource_data_sync_paginate(struct awsc_client *client,
                                                       const struct awsc_ssm_list_resource_data_sync_input *input,
                                                       const struct awsc_page_options *options,
                                                       struct awsc_pager **pager,
                                                       struct awsc_error *err);
AWSC_API int awsc_ssm_list_resource_data_sync_next_page(struct awsc_pager *pager,
                                                        struct awsc_ssm_list_resource_data_sync_output **page,
                                                        struct awsc_error *err);
AWSC_API int awsc_ssm_list_resource_data_sync_next_page_async(struct awsc_pager *pager,
                                                              awsc_ssm_list_resource_data_sync_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);
typedef void awsc_ssm_list_resource_data_sync_item_cb(void *user_data,
                                                      int status,
                                                      const struct awsc_ssm_resource_data_sync_item *item,
                                                      struct awsc_error *err);
AWSC_API int awsc_ssm_list_resource_data_sync_next_item(struct awsc_pager *pager,
                                                        const struct awsc_ssm_resource_data_sync_item **item,
                                                        struct awsc_error *err);
AWSC_API int awsc_ssm_list_resource_data_sync_next_item_async(struct awsc_pager *pager,
                                                              awsc_ssm_list_resource_data_sync_item_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);
AWSC_API int awsc_ssm_list_resource_data_sync_collect(struct awsc_pager *pager,
                                                      struct awsc_ssm_list_resource_data_sync_output **output,
                                                      struct awsc_error *err);

/* ValidateCloudConnector: tokens NextToken; results ValidationFindings. */
AWSC_API int awsc_ssm_validate_cloud_connector_paginate(struct awsc_client *client,
                                                        const struct awsc_ssm_validate_cloud_connector_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err);
AWSC_API int awsc_ssm_validate_cloud_connector_next_page(struct awsc_pager *pager,
                                                         struct awsc_ssm_validate_cloud_connector_output **page,
                                                         struct awsc_error *err);
AWSC_API int awsc_ssm_validate_cloud_connector_next_page_async(struct awsc_pager *pager,
                                                               awsc_ssm_validate_cloud_connector_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);
typedef void awsc_ssm_validate_cloud_connector_item_cb(void *user_data,
                                                       int status,
                                                       const struct awsc_ssm_validation_finding *item,
                                                       struct awsc_error *err);
AWSC_API int awsc_ssm_validate_cloud_connector_next_item(struct awsc_pager *pager,
                                                         const struct awsc_ssm_validation_finding **item,
                                                         struct awsc_error *err);
AWSC_API int awsc_ssm_validate_cloud_connector_next_item_async(struct awsc_pager *pager,
                                                               awsc_ssm_validate_cloud_connector_item_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);
AWSC_API int awsc_ssm_validate_cloud_connector_collect(struct awsc_pager *pager,
                                                       struct awsc_ssm_validate_cloud_connector_output **output,
                                                       struct awsc_error *err);
#endif /* AWSC_WITH_PAGINATORS */

/* -------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

/* The waiters, sorted by name: awsc_ssm_service's. Each calls
 * its operation until an acceptor ends the wait (see <awsc/wait.h>);
 * options may be NULL for the model's delay and attempts. */

/*
 * CommandExecuted: calls GetCommandInvocation every 5 s, at most 20 times.
 */
AWSC_API int awsc_ssm_wait_command_executed(struct awsc_client *client,
                                            const struct awsc_ssm_get_command_invocation_input *input,
                                            const struct awsc_wait_options *options,
                                            struct awsc_error *err);
AWSC_API int awsc_ssm_wait_command_executed_async(struct awsc_client *client,
                                                  const struct awsc_ssm_get_command_invocation_input *input,
                                                  const struct awsc_wait_options *options,
                                                  awsc_wait_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);
#endif /* AWSC_WITH_WAITERS */

/* --------------------------------------------------------------- errors */

#define AWSC_SSM_ERR_ACCESS_DENIED_EXCEPTION "AccessDeniedException"
#define AWSC_SSM_ERR_ALREADY_EXISTS_EXCEPTION "AlreadyExistsException"
#define AWSC_SSM_ERR_ASSOCIATED_INSTANCES "AssociatedInstances"
#define AWSC_SSM_ERR_ASSOCIATION_ALREADY_EXISTS "AssociationAlreadyExists"
#define AWSC_SSM_ERR_ASSOCIATION_DOES_NOT_EXIST "AssociationDoesNotExist"
#define AWSC_SSM_ERR_ASSOCIATION_EXECUTION_DOES_NOT_EXIST "AssociationExecutionDoesNotExist"
#define AWSC_SSM_ERR_ASSOCIATION_LIMIT_EXCEEDED "AssociationLimitExceeded"
#define AWSC_SSM_ERR_ASSOCIATION_VERSION_LIMIT_EXCEEDED "AssociationVersionLimitExceeded"
#define AWSC_SSM_ERR_AUTOMATION_DEFINITION_NOT_APPROVED_EXCEPTION "AutomationDefinitionNotApprovedException"
#define AWSC_SSM_ERR_AUTOMATION_DEFINITION_NOT_FOUND_EXCEPTION "AutomationDefinitionNotFoundException"
#define AWSC_SSM_ERR_AUTOMATION_DEFINITION_VERSION_NOT_FOUND_EXCEPTION "AutomationDefinitionVersionNotFoundException"
#define AWSC_SSM_ERR_AUTOMATION_EXECUTION_LIMIT_EXCEEDED_EXCEPTION "AutomationExecutionLimitExceededException"
#define AWSC_SSM_ERR_AUTOMATION_EXECUTION_NOT_FOUND_EXCEPTION "AutomationExecutionNotFoundException"
#define AWSC_SSM_ERR_AUTOMATION_STEP_NOT_FOUND_EXCEPTION "AutomationStepNotFoundException"
#define AWSC_SSM_ERR_COMPLIANCE_TYPE_COUNT_LIMIT_EXCEEDED_EXCEPTION "ComplianceTypeCountLimitExceededException"
#define AWSC_SSM_ERR_CONFLICT_EXCEPTION "ConflictException"
#define AWSC_SSM_ERR_CUSTOM_SCHEMA_COUNT_LIMIT_EXCEEDED_EXCEPTION "CustomSchemaCountLimitExceededException"
#define AWSC_SSM_ERR_DOCUMENT_ALREADY_EXISTS "DocumentAlreadyExists"
#define AWSC_SSM_ERR_DOCUMENT_LIMIT_EXCEEDED "DocumentLimitExceeded"
#define AWSC_SSM_ERR_DOCUMENT_PERMISSION_LIMIT "DocumentPermissionLimit"
#define AWSC_SSM_ERR_DOCUMENT_VERSION_LIMIT_EXCEEDED "DocumentVersionLimitExceeded"
#define AWSC_SSM_ERR_DOES_NOT_EXIST_EXCEPTION "DoesNotExistException"
#define AWSC_SSM_ERR_DUPLICATE_DOCUMENT_CONTENT "DuplicateDocumentContent"
#define AWSC_SSM_ERR_DUPLICATE_DOCUMENT_VERSION_NAME "DuplicateDocumentVersionName"
#define AWSC_SSM_ERR_DUPLICATE_INSTANCE_ID "DuplicateInstanceId"
#define AWSC_SSM_ERR_FEATURE_NOT_AVAILABLE_EXCEPTION "FeatureNotAvailableException"
#define AWSC_SSM_ERR_HIERARCHY_LEVEL_LIMIT_EXCEEDED_EXCEPTION "HierarchyLevelLimitExceededException"
#define AWSC_SSM_ERR_HIERARCHY_TYPE_MISMATCH_EXCEPTION "HierarchyTypeMismatchException"
#define AWSC_SSM_ERR_IDEMPOTENT_PARAMETER_MISMATCH "IdempotentParameterMismatch"
#define AWSC_SSM_ERR_INCOMPATIBLE_POLICY_EXCEPTION "IncompatiblePolicyException"
#define AWSC_SSM_ERR_INTERNAL_SERVER_ERROR "InternalServerError"
#define AWSC_SSM_ERR_INVALID_ACTIVATION "InvalidActivation"
#define AWSC_SSM_ERR_INVALID_ACTIVATION_ID "InvalidActivationId"
#define AWSC_SSM_ERR_INVALID_AGGREGATOR_EXCEPTION "InvalidAggregatorException"
#define AWSC_SSM_ERR_INVALID_ALLOWED_PATTERN_EXCEPTION "InvalidAllowedPatternException"
#define AWSC_SSM_ERR_INVALID_ASSOCIATION "InvalidAssociation"
#define AWSC_SSM_ERR_INVALID_ASSOCIATION_VERSION "InvalidAssociationVersion"
#define AWSC_SSM_ERR_INVALID_AUTOMATION_EXECUTION_PARAMETERS_EXCEPTION "InvalidAutomationExecutionParametersException"
#define AWSC_SSM_ERR_INVALID_AUTOMATION_SIGNAL_EXCEPTION "InvalidAutomationSignalException"
#define AWSC_SSM_ERR_INVALID_AUTOMATION_STATUS_UPDATE_EXCEPTION "InvalidAutomationStatusUpdateException"
#define AWSC_SSM_ERR_INVALID_COMMAND_ID "InvalidCommandId"
#define AWSC_SSM_ERR_INVALID_DELETE_INVENTORY_PARAMETERS_EXCEPTION "InvalidDeleteInventoryParametersException"
#define AWSC_SSM_ERR_INVALID_DELETION_ID_EXCEPTION "InvalidDeletionIdException"
#define AWSC_SSM_ERR_INVALID_DOCUMENT "InvalidDocument"
#define AWSC_SSM_ERR_INVALID_DOCUMENT_CONTENT "InvalidDocumentContent"
#define AWSC_SSM_ERR_INVALID_DOCUMENT_OPERATION "InvalidDocumentOperation"
#define AWSC_SSM_ERR_INVALID_DOCUMENT_SCHEMA_VERSION "InvalidDocumentSchemaVersion"
#define AWSC_SSM_ERR_INVALID_DOCUMENT_TYPE "InvalidDocumentType"
#define AWSC_SSM_ERR_INVALID_DOCUMENT_VERSION "InvalidDocumentVersion"
#define AWSC_SSM_ERR_INVALID_FILTER "InvalidFilter"
#define AWSC_SSM_ERR_INVALID_FILTER_KEY "InvalidFilterKey"
#define AWSC_SSM_ERR_INVALID_FILTER_OPTION "InvalidFilterOption"
#define AWSC_SSM_ERR_INVALID_FILTER_VALUE "InvalidFilterValue"
#define AWSC_SSM_ERR_INVALID_INSTANCE_ID "InvalidInstanceId"
#define AWSC_SSM_ERR_INVALID_INSTANCE_INFORMATION_FILTER_VALUE "InvalidInstanceInformationFilterValue"
#define AWSC_SSM_ERR_INVALID_INSTANCE_PROPERTY_FILTER_VALUE "InvalidInstancePropertyFilterValue"
#define AWSC_SSM_ERR_INVALID_INVENTORY_GROUP_EXCEPTION "InvalidInventoryGroupException"
#define AWSC_SSM_ERR_INVALID_INVENTORY_ITEM_CONTEXT_EXCEPTION "InvalidInventoryItemContextException"
#define AWSC_SSM_ERR_INVALID_INVENTORY_REQUEST_EXCEPTION "InvalidInventoryRequestException"
#define AWSC_SSM_ERR_INVALID_ITEM_CONTENT_EXCEPTION "InvalidItemContentException"
#define AWSC_SSM_ERR_INVALID_KEY_ID "InvalidKeyId"
#define AWSC_SSM_ERR_INVALID_NEXT_TOKEN "InvalidNextToken"
#define AWSC_SSM_ERR_INVALID_NOTIFICATION_CONFIG "InvalidNotificationConfig"
#define AWSC_SSM_ERR_INVALID_OPTION_EXCEPTION "InvalidOptionException"
#define AWSC_SSM_ERR_INVALID_OUTPUT_FOLDER "InvalidOutputFolder"
#define AWSC_SSM_ERR_INVALID_OUTPUT_LOCATION "InvalidOutputLocation"
#define AWSC_SSM_ERR_INVALID_PARAMETERS "InvalidParameters"
#define AWSC_SSM_ERR_INVALID_PERMISSION_TYPE "InvalidPermissionType"
#define AWSC_SSM_ERR_INVALID_PLUGIN_NAME "InvalidPluginName"
#define AWSC_SSM_ERR_INVALID_POLICY_ATTRIBUTE_EXCEPTION "InvalidPolicyAttributeException"
#define AWSC_SSM_ERR_INVALID_POLICY_TYPE_EXCEPTION "InvalidPolicyTypeException"
#define AWSC_SSM_ERR_INVALID_RESOURCE_ID "InvalidResourceId"
#define AWSC_SSM_ERR_INVALID_RESOURCE_TYPE "InvalidResourceType"
#define AWSC_SSM_ERR_INVALID_RESULT_ATTRIBUTE_EXCEPTION "InvalidResultAttributeException"
#define AWSC_SSM_ERR_INVALID_ROLE "InvalidRole"
#define AWSC_SSM_ERR_INVALID_SCHEDULE "InvalidSchedule"
#define AWSC_SSM_ERR_INVALID_TAG "InvalidTag"
#define AWSC_SSM_ERR_INVALID_TARGET "InvalidTarget"
#define AWSC_SSM_ERR_INVALID_TARGET_MAPS "InvalidTargetMaps"
#define AWSC_SSM_ERR_INVALID_TYPE_NAME_EXCEPTION "InvalidTypeNameException"
#define AWSC_SSM_ERR_INVALID_UPDATE "InvalidUpdate"
#define AWSC_SSM_ERR_INVOCATION_DOES_NOT_EXIST "InvocationDoesNotExist"
#define AWSC_SSM_ERR_ITEM_CONTENT_MISMATCH_EXCEPTION "ItemContentMismatchException"
#define AWSC_SSM_ERR_ITEM_SIZE_LIMIT_EXCEEDED_EXCEPTION "ItemSizeLimitExceededException"
#define AWSC_SSM_ERR_MALFORMED_RESOURCE_POLICY_DOCUMENT_EXCEPTION "MalformedResourcePolicyDocumentException"
#define AWSC_SSM_ERR_MAX_DOCUMENT_SIZE_EXCEEDED "MaxDocumentSizeExceeded"
#define AWSC_SSM_ERR_NO_LONGER_SUPPORTED_EXCEPTION "NoLongerSupportedException"
#define AWSC_SSM_ERR_OPS_ITEM_ACCESS_DENIED_EXCEPTION "OpsItemAccessDeniedException"
#define AWSC_SSM_ERR_OPS_ITEM_ALREADY_EXISTS_EXCEPTION "OpsItemAlreadyExistsException"
#define AWSC_SSM_ERR_OPS_ITEM_CONFLICT_EXCEPTION "OpsItemConflictException"
#define AWSC_SSM_ERR_OPS_ITEM_INVALID_PARAMETER_EXCEPTION "OpsItemInvalidParameterException"
#define AWSC_SSM_ERR_OPS_ITEM_LIMIT_EXCEEDED_EXCEPTION "OpsItemLimitExceededException"
#define AWSC_SSM_ERR_OPS_ITEM_NOT_FOUND_EXCEPTION "OpsItemNotFoundException"
#define AWSC_SSM_ERR_OPS_ITEM_RELATED_ITEM_ALREADY_EXISTS_EXCEPTION "OpsItemRelatedItemAlreadyExistsException"
#define AWSC_SSM_ERR_OPS_ITEM_RELATED_ITEM_ASSOCIATION_NOT_FOUND_EXCEPTION "OpsItemRelatedItemAssociationNotFoundException"
#define AWSC_SSM_ERR_OPS_METADATA_ALREADY_EXISTS_EXCEPTION "OpsMetadataAlreadyExistsException"
#define AWSC_SSM_ERR_OPS_METADATA_INVALID_ARGUMENT_EXCEPTION "OpsMetadataInvalidArgumentException"
#define AWSC_SSM_ERR_OPS_METADATA_KEY_LIMIT_EXCEEDED_EXCEPTION "OpsMetadataKeyLimitExceededException"
#define AWSC_SSM_ERR_OPS_METADATA_LIMIT_EXCEEDED_EXCEPTION "OpsMetadataLimitExceededException"
#define AWSC_SSM_ERR_OPS_METADATA_NOT_FOUND_EXCEPTION "OpsMetadataNotFoundException"
#define AWSC_SSM_ERR_OPS_METADATA_TOO_MANY_UPDATES_EXCEPTION "OpsMetadataTooManyUpdatesException"
#define AWSC_SSM_ERR_PARAMETER_ALREADY_EXISTS "ParameterAlreadyExists"
#define AWSC_SSM_ERR_PARAMETER_LIMIT_EXCEEDED "ParameterLimitExceeded"
#define AWSC_SSM_ERR_PARAMETER_MAX_VERSION_LIMIT_EXCEEDED "ParameterMaxVersionLimitExceeded"
#define AWSC_SSM_ERR_PARAMETER_NOT_FOUND "ParameterNotFound"
#define AWSC_SSM_ERR_PARAMETER_PATTERN_MISMATCH_EXCEPTION "ParameterPatternMismatchException"
#define AWSC_SSM_ERR_PARAMETER_VERSION_LABEL_LIMIT_EXCEEDED "ParameterVersionLabelLimitExceeded"
#define AWSC_SSM_ERR_PARAMETER_VERSION_NOT_FOUND "ParameterVersionNotFound"
#define AWSC_SSM_ERR_POLICIES_LIMIT_EXCEEDED_EXCEPTION "PoliciesLimitExceededException"
#define AWSC_SSM_ERR_RESOURCE_DATA_SYNC_ALREADY_EXISTS_EXCEPTION "ResourceDataSyncAlreadyExistsException"
#define AWSC_SSM_ERR_RESOURCE_DATA_SYNC_CONFLICT_EXCEPTION "ResourceDataSyncConflictException"
#define AWSC_SSM_ERR_RESOURCE_DATA_SYNC_COUNT_EXCEEDED_EXCEPTION "ResourceDataSyncCountExceededException"
#define AWSC_SSM_ERR_RESOURCE_DATA_SYNC_INVALID_CONFIGURATION_EXCEPTION "ResourceDataSyncInvalidConfigurationException"
#define AWSC_SSM_ERR_RESOURCE_DATA_SYNC_NOT_FOUND_EXCEPTION "ResourceDataSyncNotFoundException"
#define AWSC_SSM_ERR_RESOURCE_IN_USE_EXCEPTION "ResourceInUseException"
#define AWSC_SSM_ERR_RESOURCE_LIMIT_EXCEEDED_EXCEPTION "ResourceLimitExceededException"
#define AWSC_SSM_ERR_RESOURCE_NOT_FOUND_EXCEPTION "ResourceNotFoundException"
#define AWSC_SSM_ERR_RESOURCE_POLICY_CONFLICT_EXCEPTION "ResourcePolicyConflictException"
#define AWSC_SSM_ERR_RESOURCE_POLICY_INVALID_PARAMETER_EXCEPTION "ResourcePolicyInvalidParameterException"
#define AWSC_SSM_ERR_RESOURCE_POLICY_LIMIT_EXCEEDED_EXCEPTION "ResourcePolicyLimitExceededException"
#define AWSC_SSM_ERR_RESOURCE_POLICY_NOT_FOUND_EXCEPTION "ResourcePolicyNotFoundException"
#define AWSC_SSM_ERR_SERVICE_QUOTA_EXCEEDED_EXCEPTION "ServiceQuotaExceededException"
#define AWSC_SSM_ERR_SERVICE_SETTING_NOT_FOUND "ServiceSettingNotFound"
#define AWSC_SSM_ERR_STATUS_UNCHANGED "StatusUnchanged"
#define AWSC_SSM_ERR_SUB_TYPE_COUNT_LIMIT_EXCEEDED_EXCEPTION "SubTypeCountLimitExceededException"
#define AWSC_SSM_ERR_TARGET_IN_USE_EXCEPTION "TargetInUseException"
#define AWSC_SSM_ERR_TARGET_NOT_CONNECTED "TargetNotConnected"
#define AWSC_SSM_ERR_THROTTLING_EXCEPTION "ThrottlingException"
#define AWSC_SSM_ERR_TOO_MANY_TAGS_ERROR "TooManyTagsError"
#define AWSC_SSM_ERR_TOO_MANY_UPDATES "TooManyUpdates"
#define AWSC_SSM_ERR_TOTAL_SIZE_LIMIT_EXCEEDED_EXCEPTION "TotalSizeLimitExceededException"
#define AWSC_SSM_ERR_UNSUPPORTED_CALENDAR_EXCEPTION "UnsupportedCalendarException"
#define AWSC_SSM_ERR_UNSUPPORTED_FEATURE_REQUIRED_EXCEPTION "UnsupportedFeatureRequiredException"
#define AWSC_SSM_ERR_UNSUPPORTED_INVENTORY_ITEM_CONTEXT_EXCEPTION "UnsupportedInventoryItemContextException"
#define AWSC_SSM_ERR_UNSUPPORTED_INVENTORY_SCHEMA_VERSION_EXCEPTION "UnsupportedInventorySchemaVersionException"
#define AWSC_SSM_ERR_UNSUPPORTED_OPERATING_SYSTEM "UnsupportedOperatingSystem"
#define AWSC_SSM_ERR_UNSUPPORTED_OPERATION_EXCEPTION "UnsupportedOperationException"
#define AWSC_SSM_ERR_UNSUPPORTED_PARAMETER_TYPE "UnsupportedParameterType"
#define AWSC_SSM_ERR_UNSUPPORTED_PLATFORM_TYPE "UnsupportedPlatformType"
#define AWSC_SSM_ERR_VALIDATION_EXCEPTION "ValidationException"

#ifdef __cplusplus
}
#endif
#endif
