/*
 * awsc/dynamodb.h - Amazon DynamoDB (DynamoDB, API 2012-08-10).
 *
 * Generated from the service model by awsc's generator; do not edit.
 * Sections: enums, structures (lists and maps first, then structures, then
 * map entries), operations, errors. Conventions: see <awsc/common.h>.
 */
#ifndef AWSC_DYNAMODB_H
#define AWSC_DYNAMODB_H

#include <awsc/awsc.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The service's descriptor (struct awsc_service, <awsc/shape.h>), in its
 * read-only tables: pass awsc_dynamodb_service() to awsc_client_new(), or use
 * awsc_dynamodb_client_new(). A function rather than a variable: see
 * <awsc/shape.h>. */
AWSC_API const struct awsc_service *awsc_dynamodb_service(void);

static inline int awsc_dynamodb_client_new(const struct awsc_config *config, struct awsc_client **client,
                                            struct awsc_error *err)
{
    return awsc_client_new(awsc_dynamodb_service(), config, client, err);
}

/* ---------------------------------------------------------------- enums */

/* ApproximateCreationDateTimePrecision: members of this type are strings; parse them with
 * awsc_dynamodb_approximate_creation_date_time_precision_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_APPROXIMATE_CREATION_DATE_TIME_PRECISION_UNKNOWN. */
enum awsc_dynamodb_approximate_creation_date_time_precision {
    AWSC_DYNAMODB_APPROXIMATE_CREATION_DATE_TIME_PRECISION_UNKNOWN = 0,
    AWSC_DYNAMODB_APPROXIMATE_CREATION_DATE_TIME_PRECISION_MILLISECOND = 1, /* MILLISECOND */
    AWSC_DYNAMODB_APPROXIMATE_CREATION_DATE_TIME_PRECISION_MICROSECOND = 2 /* MICROSECOND */
};
AWSC_API enum awsc_dynamodb_approximate_creation_date_time_precision awsc_dynamodb_approximate_creation_date_time_precision_parse(const char *value);
AWSC_API const char *awsc_dynamodb_approximate_creation_date_time_precision_str(enum awsc_dynamodb_approximate_creation_date_time_precision value);

/* AttributeAction: members of this type are strings; parse them with
 * awsc_dynamodb_attribute_action_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_ATTRIBUTE_ACTION_UNKNOWN. */
enum awsc_dynamodb_attribute_action {
    AWSC_DYNAMODB_ATTRIBUTE_ACTION_UNKNOWN = 0,
    AWSC_DYNAMODB_ATTRIBUTE_ACTION_ADD = 1, /* ADD */
    AWSC_DYNAMODB_ATTRIBUTE_ACTION_PUT = 2, /* PUT */
    AWSC_DYNAMODB_ATTRIBUTE_ACTION_DELETE = 3 /* DELETE */
};
AWSC_API enum awsc_dynamodb_attribute_action awsc_dynamodb_attribute_action_parse(const char *value);
AWSC_API const char *awsc_dynamodb_attribute_action_str(enum awsc_dynamodb_attribute_action value);

/* BackupStatus: members of this type are strings; parse them with
 * awsc_dynamodb_backup_status_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_BACKUP_STATUS_UNKNOWN. */
enum awsc_dynamodb_backup_status {
    AWSC_DYNAMODB_BACKUP_STATUS_UNKNOWN = 0,
    AWSC_DYNAMODB_BACKUP_STATUS_CREATING = 1, /* CREATING */
    AWSC_DYNAMODB_BACKUP_STATUS_DELETED = 2, /* DELETED */
    AWSC_DYNAMODB_BACKUP_STATUS_AVAILABLE = 3 /* AVAILABLE */
};
AWSC_API enum awsc_dynamodb_backup_status awsc_dynamodb_backup_status_parse(const char *value);
AWSC_API const char *awsc_dynamodb_backup_status_str(enum awsc_dynamodb_backup_status value);

/* BackupType: members of this type are strings; parse them with
 * awsc_dynamodb_backup_type_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_BACKUP_TYPE_UNKNOWN. */
enum awsc_dynamodb_backup_type {
    AWSC_DYNAMODB_BACKUP_TYPE_UNKNOWN = 0,
    AWSC_DYNAMODB_BACKUP_TYPE_USER = 1, /* USER */
    AWSC_DYNAMODB_BACKUP_TYPE_SYSTEM = 2, /* SYSTEM */
    AWSC_DYNAMODB_BACKUP_TYPE_AWS_BACKUP = 3 /* AWS_BACKUP */
};
AWSC_API enum awsc_dynamodb_backup_type awsc_dynamodb_backup_type_parse(const char *value);
AWSC_API const char *awsc_dynamodb_backup_type_str(enum awsc_dynamodb_backup_type value);

/* BackupTypeFilter: members of this type are strings; parse them with
 * awsc_dynamodb_backup_type_filter_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_BACKUP_TYPE_FILTER_UNKNOWN. */
enum awsc_dynamodb_backup_type_filter {
    AWSC_DYNAMODB_BACKUP_TYPE_FILTER_UNKNOWN = 0,
    AWSC_DYNAMODB_BACKUP_TYPE_FILTER_USER = 1, /* USER */
    AWSC_DYNAMODB_BACKUP_TYPE_FILTER_SYSTEM = 2, /* SYSTEM */
    AWSC_DYNAMODB_BACKUP_TYPE_FILTER_AWS_BACKUP = 3, /* AWS_BACKUP */
    AWSC_DYNAMODB_BACKUP_TYPE_FILTER_ALL = 4 /* ALL */
};
AWSC_API enum awsc_dynamodb_backup_type_filter awsc_dynamodb_backup_type_filter_parse(const char *value);
AWSC_API const char *awsc_dynamodb_backup_type_filter_str(enum awsc_dynamodb_backup_type_filter value);

/* BatchStatementErrorCodeEnum: members of this type are strings; parse them with
 * awsc_dynamodb_batch_statement_error_code_enum_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_BATCH_STATEMENT_ERROR_CODE_ENUM_UNKNOWN. */
enum awsc_dynamodb_batch_statement_error_code_enum {
    AWSC_DYNAMODB_BATCH_STATEMENT_ERROR_CODE_ENUM_UNKNOWN = 0,
    AWSC_DYNAMODB_BATCH_STATEMENT_ERROR_CODE_ENUM_CONDITIONAL_CHECK_FAILED = 1, /* ConditionalCheckFailed */
    AWSC_DYNAMODB_BATCH_STATEMENT_ERROR_CODE_ENUM_ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED = 2, /* ItemCollectionSizeLimitExceeded */
    AWSC_DYNAMODB_BATCH_STATEMENT_ERROR_CODE_ENUM_REQUEST_LIMIT_EXCEEDED = 3, /* RequestLimitExceeded */
    AWSC_DYNAMODB_BATCH_STATEMENT_ERROR_CODE_ENUM_VALIDATION_ERROR = 4, /* ValidationError */
    AWSC_DYNAMODB_BATCH_STATEMENT_ERROR_CODE_ENUM_PROVISIONED_THROUGHPUT_EXCEEDED = 5, /* ProvisionedThroughputExceeded */
    AWSC_DYNAMODB_BATCH_STATEMENT_ERROR_CODE_ENUM_TRANSACTION_CONFLICT = 6, /* TransactionConflict */
    AWSC_DYNAMODB_BATCH_STATEMENT_ERROR_CODE_ENUM_THROTTLING_ERROR = 7, /* ThrottlingError */
    AWSC_DYNAMODB_BATCH_STATEMENT_ERROR_CODE_ENUM_INTERNAL_SERVER_ERROR = 8, /* InternalServerError */
    AWSC_DYNAMODB_BATCH_STATEMENT_ERROR_CODE_ENUM_RESOURCE_NOT_FOUND = 9, /* ResourceNotFound */
    AWSC_DYNAMODB_BATCH_STATEMENT_ERROR_CODE_ENUM_ACCESS_DENIED = 10, /* AccessDenied */
    AWSC_DYNAMODB_BATCH_STATEMENT_ERROR_CODE_ENUM_DUPLICATE_ITEM = 11 /* DuplicateItem */
};
AWSC_API enum awsc_dynamodb_batch_statement_error_code_enum awsc_dynamodb_batch_statement_error_code_enum_parse(const char *value);
AWSC_API const char *awsc_dynamodb_batch_statement_error_code_enum_str(enum awsc_dynamodb_batch_statement_error_code_enum value);

/* BillingMode: members of this type are strings; parse them with
 * awsc_dynamodb_billing_mode_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_BILLING_MODE_UNKNOWN. */
enum awsc_dynamodb_billing_mode {
    AWSC_DYNAMODB_BILLING_MODE_UNKNOWN = 0,
    AWSC_DYNAMODB_BILLING_MODE_PROVISIONED = 1, /* PROVISIONED */
    AWSC_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST = 2 /* PAY_PER_REQUEST */
};
AWSC_API enum awsc_dynamodb_billing_mode awsc_dynamodb_billing_mode_parse(const char *value);
AWSC_API const char *awsc_dynamodb_billing_mode_str(enum awsc_dynamodb_billing_mode value);

/* ComparisonOperator: members of this type are strings; parse them with
 * awsc_dynamodb_comparison_operator_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_COMPARISON_OPERATOR_UNKNOWN. */
enum awsc_dynamodb_comparison_operator {
    AWSC_DYNAMODB_COMPARISON_OPERATOR_UNKNOWN = 0,
    AWSC_DYNAMODB_COMPARISON_OPERATOR_EQ = 1, /* EQ */
    AWSC_DYNAMODB_COMPARISON_OPERATOR_NE = 2, /* NE */
    AWSC_DYNAMODB_COMPARISON_OPERATOR_IN = 3, /* IN */
    AWSC_DYNAMODB_COMPARISON_OPERATOR_LE = 4, /* LE */
    AWSC_DYNAMODB_COMPARISON_OPERATOR_LT = 5, /* LT */
    AWSC_DYNAMODB_COMPARISON_OPERATOR_GE = 6, /* GE */
    AWSC_DYNAMODB_COMPARISON_OPERATOR_GT = 7, /* GT */
    AWSC_DYNAMODB_COMPARISON_OPERATOR_BETWEEN = 8, /* BETWEEN */
    AWSC_DYNAMODB_COMPARISON_OPERATOR_NOT_NULL = 9, /* NOT_NULL */
    AWSC_DYNAMODB_COMPARISON_OPERATOR_NULL = 10, /* NULL */
    AWSC_DYNAMODB_COMPARISON_OPERATOR_CONTAINS = 11, /* CONTAINS */
    AWSC_DYNAMODB_COMPARISON_OPERATOR_NOT_CONTAINS = 12, /* NOT_CONTAINS */
    AWSC_DYNAMODB_COMPARISON_OPERATOR_BEGINS_WITH = 13 /* BEGINS_WITH */
};
AWSC_API enum awsc_dynamodb_comparison_operator awsc_dynamodb_comparison_operator_parse(const char *value);
AWSC_API const char *awsc_dynamodb_comparison_operator_str(enum awsc_dynamodb_comparison_operator value);

/* ConditionalOperator: members of this type are strings; parse them with
 * awsc_dynamodb_conditional_operator_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_CONDITIONAL_OPERATOR_UNKNOWN. */
enum awsc_dynamodb_conditional_operator {
    AWSC_DYNAMODB_CONDITIONAL_OPERATOR_UNKNOWN = 0,
    AWSC_DYNAMODB_CONDITIONAL_OPERATOR_AND = 1, /* AND */
    AWSC_DYNAMODB_CONDITIONAL_OPERATOR_OR = 2 /* OR */
};
AWSC_API enum awsc_dynamodb_conditional_operator awsc_dynamodb_conditional_operator_parse(const char *value);
AWSC_API const char *awsc_dynamodb_conditional_operator_str(enum awsc_dynamodb_conditional_operator value);

/* ContinuousBackupsStatus: members of this type are strings; parse them with
 * awsc_dynamodb_continuous_backups_status_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_CONTINUOUS_BACKUPS_STATUS_UNKNOWN. */
enum awsc_dynamodb_continuous_backups_status {
    AWSC_DYNAMODB_CONTINUOUS_BACKUPS_STATUS_UNKNOWN = 0,
    AWSC_DYNAMODB_CONTINUOUS_BACKUPS_STATUS_ENABLED = 1, /* ENABLED */
    AWSC_DYNAMODB_CONTINUOUS_BACKUPS_STATUS_DISABLED = 2 /* DISABLED */
};
AWSC_API enum awsc_dynamodb_continuous_backups_status awsc_dynamodb_continuous_backups_status_parse(const char *value);
AWSC_API const char *awsc_dynamodb_continuous_backups_status_str(enum awsc_dynamodb_continuous_backups_status value);

/* ContributorInsightsAction: members of this type are strings; parse them with
 * awsc_dynamodb_contributor_insights_action_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_CONTRIBUTOR_INSIGHTS_ACTION_UNKNOWN. */
enum awsc_dynamodb_contributor_insights_action {
    AWSC_DYNAMODB_CONTRIBUTOR_INSIGHTS_ACTION_UNKNOWN = 0,
    AWSC_DYNAMODB_CONTRIBUTOR_INSIGHTS_ACTION_ENABLE = 1, /* ENABLE */
    AWSC_DYNAMODB_CONTRIBUTOR_INSIGHTS_ACTION_DISABLE = 2 /* DISABLE */
};
AWSC_API enum awsc_dynamodb_contributor_insights_action awsc_dynamodb_contributor_insights_action_parse(const char *value);
AWSC_API const char *awsc_dynamodb_contributor_insights_action_str(enum awsc_dynamodb_contributor_insights_action value);

/* ContributorInsightsMode: members of this type are strings; parse them with
 * awsc_dynamodb_contributor_insights_mode_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_CONTRIBUTOR_INSIGHTS_MODE_UNKNOWN. */
enum awsc_dynamodb_contributor_insights_mode {
    AWSC_DYNAMODB_CONTRIBUTOR_INSIGHTS_MODE_UNKNOWN = 0,
    AWSC_DYNAMODB_CONTRIBUTOR_INSIGHTS_MODE_ACCESSED_AND_THROTTLED_KEYS = 1, /* ACCESSED_AND_THROTTLED_KEYS */
    AWSC_DYNAMODB_CONTRIBUTOR_INSIGHTS_MODE_THROTTLED_KEYS = 2 /* THROTTLED_KEYS */
};
AWSC_API enum awsc_dynamodb_contributor_insights_mode awsc_dynamodb_contributor_insights_mode_parse(const char *value);
AWSC_API const char *awsc_dynamodb_contributor_insights_mode_str(enum awsc_dynamodb_contributor_insights_mode value);

/* ContributorInsightsStatus: members of this type are strings; parse them with
 * awsc_dynamodb_contributor_insights_status_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_CONTRIBUTOR_INSIGHTS_STATUS_UNKNOWN. */
enum awsc_dynamodb_contributor_insights_status {
    AWSC_DYNAMODB_CONTRIBUTOR_INSIGHTS_STATUS_UNKNOWN = 0,
    AWSC_DYNAMODB_CONTRIBUTOR_INSIGHTS_STATUS_ENABLING = 1, /* ENABLING */
    AWSC_DYNAMODB_CONTRIBUTOR_INSIGHTS_STATUS_ENABLED = 2, /* ENABLED */
    AWSC_DYNAMODB_CONTRIBUTOR_INSIGHTS_STATUS_DISABLING = 3, /* DISABLING */
    AWSC_DYNAMODB_CONTRIBUTOR_INSIGHTS_STATUS_DISABLED = 4, /* DISABLED */
    AWSC_DYNAMODB_CONTRIBUTOR_INSIGHTS_STATUS_FAILED = 5 /* FAILED */
};
AWSC_API enum awsc_dynamodb_contributor_insights_status awsc_dynamodb_contributor_insights_status_parse(const char *value);
AWSC_API const char *awsc_dynamodb_contributor_insights_status_str(enum awsc_dynamodb_contributor_insights_status value);

/* DestinationStatus: members of this type are strings; parse them with
 * awsc_dynamodb_destination_status_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_DESTINATION_STATUS_UNKNOWN. */
enum awsc_dynamodb_destination_status {
    AWSC_DYNAMODB_DESTINATION_STATUS_UNKNOWN = 0,
    AWSC_DYNAMODB_DESTINATION_STATUS_ENABLING = 1, /* ENABLING */
    AWSC_DYNAMODB_DESTINATION_STATUS_ACTIVE = 2, /* ACTIVE */
    AWSC_DYNAMODB_DESTINATION_STATUS_DISABLING = 3, /* DISABLING */
    AWSC_DYNAMODB_DESTINATION_STATUS_DISABLED = 4, /* DISABLED */
    AWSC_DYNAMODB_DESTINATION_STATUS_ENABLE_FAILED = 5, /* ENABLE_FAILED */
    AWSC_DYNAMODB_DESTINATION_STATUS_UPDATING = 6 /* UPDATING */
};
AWSC_API enum awsc_dynamodb_destination_status awsc_dynamodb_destination_status_parse(const char *value);
AWSC_API const char *awsc_dynamodb_destination_status_str(enum awsc_dynamodb_destination_status value);

/* ExportFormat: members of this type are strings; parse them with
 * awsc_dynamodb_export_format_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_EXPORT_FORMAT_UNKNOWN. */
enum awsc_dynamodb_export_format {
    AWSC_DYNAMODB_EXPORT_FORMAT_UNKNOWN = 0,
    AWSC_DYNAMODB_EXPORT_FORMAT_DYNAMODB_JSON = 1, /* DYNAMODB_JSON */
    AWSC_DYNAMODB_EXPORT_FORMAT_ION = 2 /* ION */
};
AWSC_API enum awsc_dynamodb_export_format awsc_dynamodb_export_format_parse(const char *value);
AWSC_API const char *awsc_dynamodb_export_format_str(enum awsc_dynamodb_export_format value);

/* ExportStatus: members of this type are strings; parse them with
 * awsc_dynamodb_export_status_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_EXPORT_STATUS_UNKNOWN. */
enum awsc_dynamodb_export_status {
    AWSC_DYNAMODB_EXPORT_STATUS_UNKNOWN = 0,
    AWSC_DYNAMODB_EXPORT_STATUS_IN_PROGRESS = 1, /* IN_PROGRESS */
    AWSC_DYNAMODB_EXPORT_STATUS_COMPLETED = 2, /* COMPLETED */
    AWSC_DYNAMODB_EXPORT_STATUS_FAILED = 3 /* FAILED */
};
AWSC_API enum awsc_dynamodb_export_status awsc_dynamodb_export_status_parse(const char *value);
AWSC_API const char *awsc_dynamodb_export_status_str(enum awsc_dynamodb_export_status value);

/* ExportType: members of this type are strings; parse them with
 * awsc_dynamodb_export_type_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_EXPORT_TYPE_UNKNOWN. */
enum awsc_dynamodb_export_type {
    AWSC_DYNAMODB_EXPORT_TYPE_UNKNOWN = 0,
    AWSC_DYNAMODB_EXPORT_TYPE_FULL_EXPORT = 1, /* FULL_EXPORT */
    AWSC_DYNAMODB_EXPORT_TYPE_INCREMENTAL_EXPORT = 2 /* INCREMENTAL_EXPORT */
};
AWSC_API enum awsc_dynamodb_export_type awsc_dynamodb_export_type_parse(const char *value);
AWSC_API const char *awsc_dynamodb_export_type_str(enum awsc_dynamodb_export_type value);

/* ExportViewType: members of this type are strings; parse them with
 * awsc_dynamodb_export_view_type_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_EXPORT_VIEW_TYPE_UNKNOWN. */
enum awsc_dynamodb_export_view_type {
    AWSC_DYNAMODB_EXPORT_VIEW_TYPE_UNKNOWN = 0,
    AWSC_DYNAMODB_EXPORT_VIEW_TYPE_NEW_IMAGE = 1, /* NEW_IMAGE */
    AWSC_DYNAMODB_EXPORT_VIEW_TYPE_NEW_AND_OLD_IMAGES = 2 /* NEW_AND_OLD_IMAGES */
};
AWSC_API enum awsc_dynamodb_export_view_type awsc_dynamodb_export_view_type_parse(const char *value);
AWSC_API const char *awsc_dynamodb_export_view_type_str(enum awsc_dynamodb_export_view_type value);

/* GlobalTableSettingsReplicationMode: members of this type are strings; parse them with
 * awsc_dynamodb_global_table_settings_replication_mode_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_GLOBAL_TABLE_SETTINGS_REPLICATION_MODE_UNKNOWN. */
enum awsc_dynamodb_global_table_settings_replication_mode {
    AWSC_DYNAMODB_GLOBAL_TABLE_SETTINGS_REPLICATION_MODE_UNKNOWN = 0,
    AWSC_DYNAMODB_GLOBAL_TABLE_SETTINGS_REPLICATION_MODE_ENABLED = 1, /* ENABLED */
    AWSC_DYNAMODB_GLOBAL_TABLE_SETTINGS_REPLICATION_MODE_DISABLED = 2, /* DISABLED */
    AWSC_DYNAMODB_GLOBAL_TABLE_SETTINGS_REPLICATION_MODE_ENABLED_WITH_OVERRIDES = 3 /* ENABLED_WITH_OVERRIDES */
};
AWSC_API enum awsc_dynamodb_global_table_settings_replication_mode awsc_dynamodb_global_table_settings_replication_mode_parse(const char *value);
AWSC_API const char *awsc_dynamodb_global_table_settings_replication_mode_str(enum awsc_dynamodb_global_table_settings_replication_mode value);

/* GlobalTableStatus: members of this type are strings; parse them with
 * awsc_dynamodb_global_table_status_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_GLOBAL_TABLE_STATUS_UNKNOWN. */
enum awsc_dynamodb_global_table_status {
    AWSC_DYNAMODB_GLOBAL_TABLE_STATUS_UNKNOWN = 0,
    AWSC_DYNAMODB_GLOBAL_TABLE_STATUS_CREATING = 1, /* CREATING */
    AWSC_DYNAMODB_GLOBAL_TABLE_STATUS_ACTIVE = 2, /* ACTIVE */
    AWSC_DYNAMODB_GLOBAL_TABLE_STATUS_DELETING = 3, /* DELETING */
    AWSC_DYNAMODB_GLOBAL_TABLE_STATUS_UPDATING = 4 /* UPDATING */
};
AWSC_API enum awsc_dynamodb_global_table_status awsc_dynamodb_global_table_status_parse(const char *value);
AWSC_API const char *awsc_dynamodb_global_table_status_str(enum awsc_dynamodb_global_table_status value);

/* ImportStatus: members of this type are strings; parse them with
 * awsc_dynamodb_import_status_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_IMPORT_STATUS_UNKNOWN. */
enum awsc_dynamodb_import_status {
    AWSC_DYNAMODB_IMPORT_STATUS_UNKNOWN = 0,
    AWSC_DYNAMODB_IMPORT_STATUS_IN_PROGRESS = 1, /* IN_PROGRESS */
    AWSC_DYNAMODB_IMPORT_STATUS_COMPLETED = 2, /* COMPLETED */
    AWSC_DYNAMODB_IMPORT_STATUS_CANCELLING = 3, /* CANCELLING */
    AWSC_DYNAMODB_IMPORT_STATUS_CANCELLED = 4, /* CANCELLED */
    AWSC_DYNAMODB_IMPORT_STATUS_FAILED = 5 /* FAILED */
};
AWSC_API enum awsc_dynamodb_import_status awsc_dynamodb_import_status_parse(const char *value);
AWSC_API const char *awsc_dynamodb_import_status_str(enum awsc_dynamodb_import_status value);

/* IndexStatus: members of this type are strings; parse them with
 * awsc_dynamodb_index_status_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_INDEX_STATUS_UNKNOWN. */
enum awsc_dynamodb_index_status {
    AWSC_DYNAMODB_INDEX_STATUS_UNKNOWN = 0,
    AWSC_DYNAMODB_INDEX_STATUS_CREATING = 1, /* CREATING */
    AWSC_DYNAMODB_INDEX_STATUS_UPDATING = 2, /* UPDATING */
    AWSC_DYNAMODB_INDEX_STATUS_DELETING = 3, /* DELETING */
    AWSC_DYNAMODB_INDEX_STATUS_ACTIVE = 4 /* ACTIVE */
};
AWSC_API enum awsc_dynamodb_index_status awsc_dynamodb_index_status_parse(const char *value);
AWSC_API const char *awsc_dynamodb_index_status_str(enum awsc_dynamodb_index_status value);

/* InputCompressionType: members of this type are strings; parse them with
 * awsc_dynamodb_input_compression_type_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_INPUT_COMPRESSION_TYPE_UNKNOWN. */
enum awsc_dynamodb_input_compression_type {
    AWSC_DYNAMODB_INPUT_COMPRESSION_TYPE_UNKNOWN = 0,
    AWSC_DYNAMODB_INPUT_COMPRESSION_TYPE_GZIP = 1, /* GZIP */
    AWSC_DYNAMODB_INPUT_COMPRESSION_TYPE_ZSTD = 2, /* ZSTD */
    AWSC_DYNAMODB_INPUT_COMPRESSION_TYPE_NONE = 3 /* NONE */
};
AWSC_API enum awsc_dynamodb_input_compression_type awsc_dynamodb_input_compression_type_parse(const char *value);
AWSC_API const char *awsc_dynamodb_input_compression_type_str(enum awsc_dynamodb_input_compression_type value);

/* InputFormat: members of this type are strings; parse them with
 * awsc_dynamodb_input_format_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_INPUT_FORMAT_UNKNOWN. */
enum awsc_dynamodb_input_format {
    AWSC_DYNAMODB_INPUT_FORMAT_UNKNOWN = 0,
    AWSC_DYNAMODB_INPUT_FORMAT_DYNAMODB_JSON = 1, /* DYNAMODB_JSON */
    AWSC_DYNAMODB_INPUT_FORMAT_ION = 2, /* ION */
    AWSC_DYNAMODB_INPUT_FORMAT_CSV = 3 /* CSV */
};
AWSC_API enum awsc_dynamodb_input_format awsc_dynamodb_input_format_parse(const char *value);
AWSC_API const char *awsc_dynamodb_input_format_str(enum awsc_dynamodb_input_format value);

/* KeyType: members of this type are strings; parse them with
 * awsc_dynamodb_key_type_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_KEY_TYPE_UNKNOWN. */
enum awsc_dynamodb_key_type {
    AWSC_DYNAMODB_KEY_TYPE_UNKNOWN = 0,
    AWSC_DYNAMODB_KEY_TYPE_HASH = 1, /* HASH */
    AWSC_DYNAMODB_KEY_TYPE_RANGE = 2 /* RANGE */
};
AWSC_API enum awsc_dynamodb_key_type awsc_dynamodb_key_type_parse(const char *value);
AWSC_API const char *awsc_dynamodb_key_type_str(enum awsc_dynamodb_key_type value);

/* MultiRegionConsistency: members of this type are strings; parse them with
 * awsc_dynamodb_multi_region_consistency_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_MULTI_REGION_CONSISTENCY_UNKNOWN. */
enum awsc_dynamodb_multi_region_consistency {
    AWSC_DYNAMODB_MULTI_REGION_CONSISTENCY_UNKNOWN = 0,
    AWSC_DYNAMODB_MULTI_REGION_CONSISTENCY_EVENTUAL = 1, /* EVENTUAL */
    AWSC_DYNAMODB_MULTI_REGION_CONSISTENCY_STRONG = 2 /* STRONG */
};
AWSC_API enum awsc_dynamodb_multi_region_consistency awsc_dynamodb_multi_region_consistency_parse(const char *value);
AWSC_API const char *awsc_dynamodb_multi_region_consistency_str(enum awsc_dynamodb_multi_region_consistency value);

/* PointInTimeRecoveryStatus: members of this type are strings; parse them with
 * awsc_dynamodb_point_in_time_recovery_status_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_POINT_IN_TIME_RECOVERY_STATUS_UNKNOWN. */
enum awsc_dynamodb_point_in_time_recovery_status {
    AWSC_DYNAMODB_POINT_IN_TIME_RECOVERY_STATUS_UNKNOWN = 0,
    AWSC_DYNAMODB_POINT_IN_TIME_RECOVERY_STATUS_ENABLED = 1, /* ENABLED */
    AWSC_DYNAMODB_POINT_IN_TIME_RECOVERY_STATUS_DISABLED = 2 /* DISABLED */
};
AWSC_API enum awsc_dynamodb_point_in_time_recovery_status awsc_dynamodb_point_in_time_recovery_status_parse(const char *value);
AWSC_API const char *awsc_dynamodb_point_in_time_recovery_status_str(enum awsc_dynamodb_point_in_time_recovery_status value);

/* ProjectionType: members of this type are strings; parse them with
 * awsc_dynamodb_projection_type_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_PROJECTION_TYPE_UNKNOWN. */
enum awsc_dynamodb_projection_type {
    AWSC_DYNAMODB_PROJECTION_TYPE_UNKNOWN = 0,
    AWSC_DYNAMODB_PROJECTION_TYPE_ALL = 1, /* ALL */
    AWSC_DYNAMODB_PROJECTION_TYPE_KEYS_ONLY = 2, /* KEYS_ONLY */
    AWSC_DYNAMODB_PROJECTION_TYPE_INCLUDE = 3 /* INCLUDE */
};
AWSC_API enum awsc_dynamodb_projection_type awsc_dynamodb_projection_type_parse(const char *value);
AWSC_API const char *awsc_dynamodb_projection_type_str(enum awsc_dynamodb_projection_type value);

/* ReplicaStatus: members of this type are strings; parse them with
 * awsc_dynamodb_replica_status_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_REPLICA_STATUS_UNKNOWN. */
enum awsc_dynamodb_replica_status {
    AWSC_DYNAMODB_REPLICA_STATUS_UNKNOWN = 0,
    AWSC_DYNAMODB_REPLICA_STATUS_CREATING = 1, /* CREATING */
    AWSC_DYNAMODB_REPLICA_STATUS_CREATION_FAILED = 2, /* CREATION_FAILED */
    AWSC_DYNAMODB_REPLICA_STATUS_UPDATING = 3, /* UPDATING */
    AWSC_DYNAMODB_REPLICA_STATUS_DELETING = 4, /* DELETING */
    AWSC_DYNAMODB_REPLICA_STATUS_ACTIVE = 5, /* ACTIVE */
    AWSC_DYNAMODB_REPLICA_STATUS_REGION_DISABLED = 6, /* REGION_DISABLED */
    AWSC_DYNAMODB_REPLICA_STATUS_INACCESSIBLE_ENCRYPTION_CREDENTIALS = 7, /* INACCESSIBLE_ENCRYPTION_CREDENTIALS */
    AWSC_DYNAMODB_REPLICA_STATUS_ARCHIVING = 8, /* ARCHIVING */
    AWSC_DYNAMODB_REPLICA_STATUS_ARCHIVED = 9, /* ARCHIVED */
    AWSC_DYNAMODB_REPLICA_STATUS_REPLICATION_NOT_AUTHORIZED = 10 /* REPLICATION_NOT_AUTHORIZED */
};
AWSC_API enum awsc_dynamodb_replica_status awsc_dynamodb_replica_status_parse(const char *value);
AWSC_API const char *awsc_dynamodb_replica_status_str(enum awsc_dynamodb_replica_status value);

/* ReturnConsumedCapacity: members of this type are strings; parse them with
 * awsc_dynamodb_return_consumed_capacity_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_RETURN_CONSUMED_CAPACITY_UNKNOWN. */
enum awsc_dynamodb_return_consumed_capacity {
    AWSC_DYNAMODB_RETURN_CONSUMED_CAPACITY_UNKNOWN = 0,
    AWSC_DYNAMODB_RETURN_CONSUMED_CAPACITY_INDEXES = 1, /* INDEXES */
    AWSC_DYNAMODB_RETURN_CONSUMED_CAPACITY_TOTAL = 2, /* TOTAL */
    AWSC_DYNAMODB_RETURN_CONSUMED_CAPACITY_NONE = 3 /* NONE */
};
AWSC_API enum awsc_dynamodb_return_consumed_capacity awsc_dynamodb_return_consumed_capacity_parse(const char *value);
AWSC_API const char *awsc_dynamodb_return_consumed_capacity_str(enum awsc_dynamodb_return_consumed_capacity value);

/* ReturnItemCollectionMetrics: members of this type are strings; parse them with
 * awsc_dynamodb_return_item_collection_metrics_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_RETURN_ITEM_COLLECTION_METRICS_UNKNOWN. */
enum awsc_dynamodb_return_item_collection_metrics {
    AWSC_DYNAMODB_RETURN_ITEM_COLLECTION_METRICS_UNKNOWN = 0,
    AWSC_DYNAMODB_RETURN_ITEM_COLLECTION_METRICS_SIZE = 1, /* SIZE */
    AWSC_DYNAMODB_RETURN_ITEM_COLLECTION_METRICS_NONE = 2 /* NONE */
};
AWSC_API enum awsc_dynamodb_return_item_collection_metrics awsc_dynamodb_return_item_collection_metrics_parse(const char *value);
AWSC_API const char *awsc_dynamodb_return_item_collection_metrics_str(enum awsc_dynamodb_return_item_collection_metrics value);

/* ReturnValue: members of this type are strings; parse them with
 * awsc_dynamodb_return_value_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_RETURN_VALUE_UNKNOWN. */
enum awsc_dynamodb_return_value {
    AWSC_DYNAMODB_RETURN_VALUE_UNKNOWN = 0,
    AWSC_DYNAMODB_RETURN_VALUE_NONE = 1, /* NONE */
    AWSC_DYNAMODB_RETURN_VALUE_ALL_OLD = 2, /* ALL_OLD */
    AWSC_DYNAMODB_RETURN_VALUE_UPDATED_OLD = 3, /* UPDATED_OLD */
    AWSC_DYNAMODB_RETURN_VALUE_ALL_NEW = 4, /* ALL_NEW */
    AWSC_DYNAMODB_RETURN_VALUE_UPDATED_NEW = 5 /* UPDATED_NEW */
};
AWSC_API enum awsc_dynamodb_return_value awsc_dynamodb_return_value_parse(const char *value);
AWSC_API const char *awsc_dynamodb_return_value_str(enum awsc_dynamodb_return_value value);

/* ReturnValuesOnConditionCheckFailure: members of this type are strings; parse them with
 * awsc_dynamodb_return_values_on_condition_check_failure_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_RETURN_VALUES_ON_CONDITION_CHECK_FAILURE_UNKNOWN. */
enum awsc_dynamodb_return_values_on_condition_check_failure {
    AWSC_DYNAMODB_RETURN_VALUES_ON_CONDITION_CHECK_FAILURE_UNKNOWN = 0,
    AWSC_DYNAMODB_RETURN_VALUES_ON_CONDITION_CHECK_FAILURE_ALL_OLD = 1, /* ALL_OLD */
    AWSC_DYNAMODB_RETURN_VALUES_ON_CONDITION_CHECK_FAILURE_NONE = 2 /* NONE */
};
AWSC_API enum awsc_dynamodb_return_values_on_condition_check_failure awsc_dynamodb_return_values_on_condition_check_failure_parse(const char *value);
AWSC_API const char *awsc_dynamodb_return_values_on_condition_check_failure_str(enum awsc_dynamodb_return_values_on_condition_check_failure value);

/* S3SseAlgorithm: members of this type are strings; parse them with
 * awsc_dynamodb_s3_sse_algorithm_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_S3_SSE_ALGORITHM_UNKNOWN. */
enum awsc_dynamodb_s3_sse_algorithm {
    AWSC_DYNAMODB_S3_SSE_ALGORITHM_UNKNOWN = 0,
    AWSC_DYNAMODB_S3_SSE_ALGORITHM_AES256 = 1, /* AES256 */
    AWSC_DYNAMODB_S3_SSE_ALGORITHM_KMS = 2 /* KMS */
};
AWSC_API enum awsc_dynamodb_s3_sse_algorithm awsc_dynamodb_s3_sse_algorithm_parse(const char *value);
AWSC_API const char *awsc_dynamodb_s3_sse_algorithm_str(enum awsc_dynamodb_s3_sse_algorithm value);

/* SSEStatus: members of this type are strings; parse them with
 * awsc_dynamodb_sse_status_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_SSESTATUS_UNKNOWN. */
enum awsc_dynamodb_sse_status {
    AWSC_DYNAMODB_SSESTATUS_UNKNOWN = 0,
    AWSC_DYNAMODB_SSESTATUS_ENABLING = 1, /* ENABLING */
    AWSC_DYNAMODB_SSESTATUS_ENABLED = 2, /* ENABLED */
    AWSC_DYNAMODB_SSESTATUS_DISABLING = 3, /* DISABLING */
    AWSC_DYNAMODB_SSESTATUS_DISABLED = 4, /* DISABLED */
    AWSC_DYNAMODB_SSESTATUS_UPDATING = 5 /* UPDATING */
};
AWSC_API enum awsc_dynamodb_sse_status awsc_dynamodb_sse_status_parse(const char *value);
AWSC_API const char *awsc_dynamodb_sse_status_str(enum awsc_dynamodb_sse_status value);

/* SSEType: members of this type are strings; parse them with
 * awsc_dynamodb_sse_type_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_SSETYPE_UNKNOWN. */
enum awsc_dynamodb_sse_type {
    AWSC_DYNAMODB_SSETYPE_UNKNOWN = 0,
    AWSC_DYNAMODB_SSETYPE_AES256 = 1, /* AES256 */
    AWSC_DYNAMODB_SSETYPE_KMS = 2 /* KMS */
};
AWSC_API enum awsc_dynamodb_sse_type awsc_dynamodb_sse_type_parse(const char *value);
AWSC_API const char *awsc_dynamodb_sse_type_str(enum awsc_dynamodb_sse_type value);

/* ScalarAttributeType: members of this type are strings; parse them with
 * awsc_dynamodb_scalar_attribute_type_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_SCALAR_ATTRIBUTE_TYPE_UNKNOWN. */
enum awsc_dynamodb_scalar_attribute_type {
    AWSC_DYNAMODB_SCALAR_ATTRIBUTE_TYPE_UNKNOWN = 0,
    AWSC_DYNAMODB_SCALAR_ATTRIBUTE_TYPE_S = 1, /* S */
    AWSC_DYNAMODB_SCALAR_ATTRIBUTE_TYPE_N = 2, /* N */
    AWSC_DYNAMODB_SCALAR_ATTRIBUTE_TYPE_B = 3 /* B */
};
AWSC_API enum awsc_dynamodb_scalar_attribute_type awsc_dynamodb_scalar_attribute_type_parse(const char *value);
AWSC_API const char *awsc_dynamodb_scalar_attribute_type_str(enum awsc_dynamodb_scalar_attribute_type value);

/* SearchSchemaElementType: members of this type are strings; parse them with
 * awsc_dynamodb_search_schema_element_type_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_SEARCH_SCHEMA_ELEMENT_TYPE_UNKNOWN. */
enum awsc_dynamodb_search_schema_element_type {
    AWSC_DYNAMODB_SEARCH_SCHEMA_ELEMENT_TYPE_UNKNOWN = 0,
    AWSC_DYNAMODB_SEARCH_SCHEMA_ELEMENT_TYPE_HASH = 1, /* HASH */
    AWSC_DYNAMODB_SEARCH_SCHEMA_ELEMENT_TYPE_INLINE_FILTER = 2 /* INLINE_FILTER */
};
AWSC_API enum awsc_dynamodb_search_schema_element_type awsc_dynamodb_search_schema_element_type_parse(const char *value);
AWSC_API const char *awsc_dynamodb_search_schema_element_type_str(enum awsc_dynamodb_search_schema_element_type value);

/* Select: members of this type are strings; parse them with
 * awsc_dynamodb_select_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_SELECT_UNKNOWN. */
enum awsc_dynamodb_select {
    AWSC_DYNAMODB_SELECT_UNKNOWN = 0,
    AWSC_DYNAMODB_SELECT_ALL_ATTRIBUTES = 1, /* ALL_ATTRIBUTES */
    AWSC_DYNAMODB_SELECT_ALL_PROJECTED_ATTRIBUTES = 2, /* ALL_PROJECTED_ATTRIBUTES */
    AWSC_DYNAMODB_SELECT_SPECIFIC_ATTRIBUTES = 3, /* SPECIFIC_ATTRIBUTES */
    AWSC_DYNAMODB_SELECT_COUNT = 4 /* COUNT */
};
AWSC_API enum awsc_dynamodb_select awsc_dynamodb_select_parse(const char *value);
AWSC_API const char *awsc_dynamodb_select_str(enum awsc_dynamodb_select value);

/* StreamViewType: members of this type are strings; parse them with
 * awsc_dynamodb_stream_view_type_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_STREAM_VIEW_TYPE_UNKNOWN. */
enum awsc_dynamodb_stream_view_type {
    AWSC_DYNAMODB_STREAM_VIEW_TYPE_UNKNOWN = 0,
    AWSC_DYNAMODB_STREAM_VIEW_TYPE_NEW_IMAGE = 1, /* NEW_IMAGE */
    AWSC_DYNAMODB_STREAM_VIEW_TYPE_OLD_IMAGE = 2, /* OLD_IMAGE */
    AWSC_DYNAMODB_STREAM_VIEW_TYPE_NEW_AND_OLD_IMAGES = 3, /* NEW_AND_OLD_IMAGES */
    AWSC_DYNAMODB_STREAM_VIEW_TYPE_KEYS_ONLY = 4 /* KEYS_ONLY */
};
AWSC_API enum awsc_dynamodb_stream_view_type awsc_dynamodb_stream_view_type_parse(const char *value);
AWSC_API const char *awsc_dynamodb_stream_view_type_str(enum awsc_dynamodb_stream_view_type value);

/* TableClass: members of this type are strings; parse them with
 * awsc_dynamodb_table_class_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_TABLE_CLASS_UNKNOWN. */
enum awsc_dynamodb_table_class {
    AWSC_DYNAMODB_TABLE_CLASS_UNKNOWN = 0,
    AWSC_DYNAMODB_TABLE_CLASS_STANDARD = 1, /* STANDARD */
    AWSC_DYNAMODB_TABLE_CLASS_STANDARD_INFREQUENT_ACCESS = 2 /* STANDARD_INFREQUENT_ACCESS */
};
AWSC_API enum awsc_dynamodb_table_class awsc_dynamodb_table_class_parse(const char *value);
AWSC_API const char *awsc_dynamodb_table_class_str(enum awsc_dynamodb_table_class value);

/* TableStatus: members of this type are strings; parse them with
 * awsc_dynamodb_table_status_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_TABLE_STATUS_UNKNOWN. */
enum awsc_dynamodb_table_status {
    AWSC_DYNAMODB_TABLE_STATUS_UNKNOWN = 0,
    AWSC_DYNAMODB_TABLE_STATUS_CREATING = 1, /* CREATING */
    AWSC_DYNAMODB_TABLE_STATUS_UPDATING = 2, /* UPDATING */
    AWSC_DYNAMODB_TABLE_STATUS_DELETING = 3, /* DELETING */
    AWSC_DYNAMODB_TABLE_STATUS_ACTIVE = 4, /* ACTIVE */
    AWSC_DYNAMODB_TABLE_STATUS_INACCESSIBLE_ENCRYPTION_CREDENTIALS = 5, /* INACCESSIBLE_ENCRYPTION_CREDENTIALS */
    AWSC_DYNAMODB_TABLE_STATUS_ARCHIVING = 6, /* ARCHIVING */
    AWSC_DYNAMODB_TABLE_STATUS_ARCHIVED = 7, /* ARCHIVED */
    AWSC_DYNAMODB_TABLE_STATUS_REPLICATION_NOT_AUTHORIZED = 8 /* REPLICATION_NOT_AUTHORIZED */
};
AWSC_API enum awsc_dynamodb_table_status awsc_dynamodb_table_status_parse(const char *value);
AWSC_API const char *awsc_dynamodb_table_status_str(enum awsc_dynamodb_table_status value);

/* TimeToLiveStatus: members of this type are strings; parse them with
 * awsc_dynamodb_time_to_live_status_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_TIME_TO_LIVE_STATUS_UNKNOWN. */
enum awsc_dynamodb_time_to_live_status {
    AWSC_DYNAMODB_TIME_TO_LIVE_STATUS_UNKNOWN = 0,
    AWSC_DYNAMODB_TIME_TO_LIVE_STATUS_ENABLING = 1, /* ENABLING */
    AWSC_DYNAMODB_TIME_TO_LIVE_STATUS_DISABLING = 2, /* DISABLING */
    AWSC_DYNAMODB_TIME_TO_LIVE_STATUS_ENABLED = 3, /* ENABLED */
    AWSC_DYNAMODB_TIME_TO_LIVE_STATUS_DISABLED = 4 /* DISABLED */
};
AWSC_API enum awsc_dynamodb_time_to_live_status awsc_dynamodb_time_to_live_status_parse(const char *value);
AWSC_API const char *awsc_dynamodb_time_to_live_status_str(enum awsc_dynamodb_time_to_live_status value);

/* VectorDistanceFunction: members of this type are strings; parse them with
 * awsc_dynamodb_vector_distance_function_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_VECTOR_DISTANCE_FUNCTION_UNKNOWN. */
enum awsc_dynamodb_vector_distance_function {
    AWSC_DYNAMODB_VECTOR_DISTANCE_FUNCTION_UNKNOWN = 0,
    AWSC_DYNAMODB_VECTOR_DISTANCE_FUNCTION_COSINE = 1, /* COSINE */
    AWSC_DYNAMODB_VECTOR_DISTANCE_FUNCTION_DOT_PRODUCT = 2, /* DOT_PRODUCT */
    AWSC_DYNAMODB_VECTOR_DISTANCE_FUNCTION_EUCLIDEAN = 3 /* EUCLIDEAN */
};
AWSC_API enum awsc_dynamodb_vector_distance_function awsc_dynamodb_vector_distance_function_parse(const char *value);
AWSC_API const char *awsc_dynamodb_vector_distance_function_str(enum awsc_dynamodb_vector_distance_function value);

/* WitnessStatus: members of this type are strings; parse them with
 * awsc_dynamodb_witness_status_parse(). Values newer than this model parse as
 * AWSC_DYNAMODB_WITNESS_STATUS_UNKNOWN. */
enum awsc_dynamodb_witness_status {
    AWSC_DYNAMODB_WITNESS_STATUS_UNKNOWN = 0,
    AWSC_DYNAMODB_WITNESS_STATUS_CREATING = 1, /* CREATING */
    AWSC_DYNAMODB_WITNESS_STATUS_DELETING = 2, /* DELETING */
    AWSC_DYNAMODB_WITNESS_STATUS_ACTIVE = 3 /* ACTIVE */
};
AWSC_API enum awsc_dynamodb_witness_status awsc_dynamodb_witness_status_parse(const char *value);
AWSC_API const char *awsc_dynamodb_witness_status_str(enum awsc_dynamodb_witness_status value);

/* ----------------------------------------------------------- structures */

struct awsc_dynamodb_archival_summary;
struct awsc_dynamodb_attribute_definition;
struct awsc_dynamodb_attribute_value;
struct awsc_dynamodb_attribute_value_update;
struct awsc_dynamodb_auto_scaling_policy_description;
struct awsc_dynamodb_auto_scaling_policy_update;
struct awsc_dynamodb_auto_scaling_settings_description;
struct awsc_dynamodb_auto_scaling_settings_update;
struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description;
struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update;
struct awsc_dynamodb_backup_description;
struct awsc_dynamodb_backup_details;
struct awsc_dynamodb_backup_in_use_exception;
struct awsc_dynamodb_backup_not_found_exception;
struct awsc_dynamodb_backup_summary;
struct awsc_dynamodb_batch_execute_statement_input;
struct awsc_dynamodb_batch_execute_statement_output;
struct awsc_dynamodb_batch_get_item_input;
struct awsc_dynamodb_batch_get_item_output;
struct awsc_dynamodb_batch_statement_error;
struct awsc_dynamodb_batch_statement_request;
struct awsc_dynamodb_batch_statement_response;
struct awsc_dynamodb_batch_write_item_input;
struct awsc_dynamodb_batch_write_item_output;
struct awsc_dynamodb_billing_mode_summary;
struct awsc_dynamodb_cancellation_reason;
struct awsc_dynamodb_capacity;
struct awsc_dynamodb_condition;
struct awsc_dynamodb_condition_check;
struct awsc_dynamodb_conditional_check_failed_exception;
struct awsc_dynamodb_consumed_capacity;
struct awsc_dynamodb_continuous_backups_description;
struct awsc_dynamodb_continuous_backups_unavailable_exception;
struct awsc_dynamodb_contributor_insights_summary;
struct awsc_dynamodb_create_backup_input;
struct awsc_dynamodb_create_backup_output;
struct awsc_dynamodb_create_global_secondary_index_action;
struct awsc_dynamodb_create_global_table_input;
struct awsc_dynamodb_create_global_table_output;
struct awsc_dynamodb_create_global_table_witness_group_member_action;
struct awsc_dynamodb_create_replica_action;
struct awsc_dynamodb_create_replication_group_member_action;
struct awsc_dynamodb_create_table_input;
struct awsc_dynamodb_create_table_output;
struct awsc_dynamodb_create_vector_index_action;
struct awsc_dynamodb_csv_options;
struct awsc_dynamodb_delete;
struct awsc_dynamodb_delete_backup_input;
struct awsc_dynamodb_delete_backup_output;
struct awsc_dynamodb_delete_global_secondary_index_action;
struct awsc_dynamodb_delete_global_table_witness_group_member_action;
struct awsc_dynamodb_delete_item_input;
struct awsc_dynamodb_delete_item_output;
struct awsc_dynamodb_delete_replica_action;
struct awsc_dynamodb_delete_replication_group_member_action;
struct awsc_dynamodb_delete_request;
struct awsc_dynamodb_delete_resource_policy_input;
struct awsc_dynamodb_delete_resource_policy_output;
struct awsc_dynamodb_delete_table_input;
struct awsc_dynamodb_delete_table_output;
struct awsc_dynamodb_delete_vector_index_action;
struct awsc_dynamodb_describe_backup_input;
struct awsc_dynamodb_describe_backup_output;
struct awsc_dynamodb_describe_continuous_backups_input;
struct awsc_dynamodb_describe_continuous_backups_output;
struct awsc_dynamodb_describe_contributor_insights_input;
struct awsc_dynamodb_describe_contributor_insights_output;
struct awsc_dynamodb_describe_endpoints_input;
struct awsc_dynamodb_describe_endpoints_output;
struct awsc_dynamodb_describe_export_input;
struct awsc_dynamodb_describe_export_output;
struct awsc_dynamodb_describe_global_table_input;
struct awsc_dynamodb_describe_global_table_output;
struct awsc_dynamodb_describe_global_table_settings_input;
struct awsc_dynamodb_describe_global_table_settings_output;
struct awsc_dynamodb_describe_import_input;
struct awsc_dynamodb_describe_import_output;
struct awsc_dynamodb_describe_kinesis_streaming_destination_input;
struct awsc_dynamodb_describe_kinesis_streaming_destination_output;
struct awsc_dynamodb_describe_limits_input;
struct awsc_dynamodb_describe_limits_output;
struct awsc_dynamodb_describe_table_input;
struct awsc_dynamodb_describe_table_output;
struct awsc_dynamodb_describe_table_replica_auto_scaling_input;
struct awsc_dynamodb_describe_table_replica_auto_scaling_output;
struct awsc_dynamodb_describe_time_to_live_input;
struct awsc_dynamodb_describe_time_to_live_output;
struct awsc_dynamodb_duplicate_item_exception;
struct awsc_dynamodb_enable_kinesis_streaming_configuration;
struct awsc_dynamodb_endpoint;
struct awsc_dynamodb_execute_statement_input;
struct awsc_dynamodb_execute_statement_output;
struct awsc_dynamodb_execute_transaction_input;
struct awsc_dynamodb_execute_transaction_output;
struct awsc_dynamodb_expected_attribute_value;
struct awsc_dynamodb_export_conflict_exception;
struct awsc_dynamodb_export_description;
struct awsc_dynamodb_export_not_found_exception;
struct awsc_dynamodb_export_summary;
struct awsc_dynamodb_export_table_to_point_in_time_input;
struct awsc_dynamodb_export_table_to_point_in_time_output;
struct awsc_dynamodb_failure_exception;
struct awsc_dynamodb_get;
struct awsc_dynamodb_get_item_input;
struct awsc_dynamodb_get_item_output;
struct awsc_dynamodb_get_resource_policy_input;
struct awsc_dynamodb_get_resource_policy_output;
struct awsc_dynamodb_global_secondary_index;
struct awsc_dynamodb_global_secondary_index_auto_scaling_update;
struct awsc_dynamodb_global_secondary_index_description;
struct awsc_dynamodb_global_secondary_index_info;
struct awsc_dynamodb_global_secondary_index_update;
struct awsc_dynamodb_global_secondary_index_warm_throughput_description;
struct awsc_dynamodb_global_table;
struct awsc_dynamodb_global_table_already_exists_exception;
struct awsc_dynamodb_global_table_description;
struct awsc_dynamodb_global_table_global_secondary_index_settings_update;
struct awsc_dynamodb_global_table_not_found_exception;
struct awsc_dynamodb_global_table_witness_description;
struct awsc_dynamodb_global_table_witness_group_update;
struct awsc_dynamodb_idempotent_parameter_mismatch_exception;
struct awsc_dynamodb_import_conflict_exception;
struct awsc_dynamodb_import_not_found_exception;
struct awsc_dynamodb_import_summary;
struct awsc_dynamodb_import_table_description;
struct awsc_dynamodb_import_table_input;
struct awsc_dynamodb_import_table_output;
struct awsc_dynamodb_incremental_export_specification;
struct awsc_dynamodb_index_not_found_exception;
struct awsc_dynamodb_input_format_options;
struct awsc_dynamodb_internal_server_error;
struct awsc_dynamodb_invalid_export_time_exception;
struct awsc_dynamodb_invalid_restore_time_exception;
struct awsc_dynamodb_item_collection_metrics;
struct awsc_dynamodb_item_collection_size_limit_exceeded_exception;
struct awsc_dynamodb_item_response;
struct awsc_dynamodb_key_schema_element;
struct awsc_dynamodb_keys_and_attributes;
struct awsc_dynamodb_kinesis_data_stream_destination;
struct awsc_dynamodb_kinesis_streaming_destination_input;
struct awsc_dynamodb_kinesis_streaming_destination_output;
struct awsc_dynamodb_limit_exceeded_exception;
struct awsc_dynamodb_list_backups_input;
struct awsc_dynamodb_list_backups_output;
struct awsc_dynamodb_list_contributor_insights_input;
struct awsc_dynamodb_list_contributor_insights_output;
struct awsc_dynamodb_list_exports_input;
struct awsc_dynamodb_list_exports_output;
struct awsc_dynamodb_list_global_tables_input;
struct awsc_dynamodb_list_global_tables_output;
struct awsc_dynamodb_list_imports_input;
struct awsc_dynamodb_list_imports_output;
struct awsc_dynamodb_list_tables_input;
struct awsc_dynamodb_list_tables_output;
struct awsc_dynamodb_list_tags_of_resource_input;
struct awsc_dynamodb_list_tags_of_resource_output;
struct awsc_dynamodb_local_secondary_index;
struct awsc_dynamodb_local_secondary_index_description;
struct awsc_dynamodb_local_secondary_index_info;
struct awsc_dynamodb_on_demand_throughput;
struct awsc_dynamodb_on_demand_throughput_override;
struct awsc_dynamodb_parameterized_statement;
struct awsc_dynamodb_point_in_time_recovery_description;
struct awsc_dynamodb_point_in_time_recovery_specification;
struct awsc_dynamodb_point_in_time_recovery_unavailable_exception;
struct awsc_dynamodb_policy_not_found_exception;
struct awsc_dynamodb_projection;
struct awsc_dynamodb_provisioned_throughput;
struct awsc_dynamodb_provisioned_throughput_description;
struct awsc_dynamodb_provisioned_throughput_exceeded_exception;
struct awsc_dynamodb_provisioned_throughput_override;
struct awsc_dynamodb_put;
struct awsc_dynamodb_put_item_input;
struct awsc_dynamodb_put_item_output;
struct awsc_dynamodb_put_request;
struct awsc_dynamodb_put_resource_policy_input;
struct awsc_dynamodb_put_resource_policy_output;
struct awsc_dynamodb_query_input;
struct awsc_dynamodb_query_output;
struct awsc_dynamodb_replica;
struct awsc_dynamodb_replica_already_exists_exception;
struct awsc_dynamodb_replica_auto_scaling_description;
struct awsc_dynamodb_replica_auto_scaling_update;
struct awsc_dynamodb_replica_description;
struct awsc_dynamodb_replica_global_secondary_index;
struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_description;
struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_update;
struct awsc_dynamodb_replica_global_secondary_index_description;
struct awsc_dynamodb_replica_global_secondary_index_settings_description;
struct awsc_dynamodb_replica_global_secondary_index_settings_update;
struct awsc_dynamodb_replica_not_found_exception;
struct awsc_dynamodb_replica_settings_description;
struct awsc_dynamodb_replica_settings_update;
struct awsc_dynamodb_replica_update;
struct awsc_dynamodb_replicated_write_conflict_exception;
struct awsc_dynamodb_replication_group_update;
struct awsc_dynamodb_request_limit_exceeded;
struct awsc_dynamodb_resource_in_use_exception;
struct awsc_dynamodb_resource_not_found_exception;
struct awsc_dynamodb_restore_summary;
struct awsc_dynamodb_restore_table_from_backup_input;
struct awsc_dynamodb_restore_table_from_backup_output;
struct awsc_dynamodb_restore_table_to_point_in_time_input;
struct awsc_dynamodb_restore_table_to_point_in_time_output;
struct awsc_dynamodb_s3_bucket_source;
struct awsc_dynamodb_sse_description;
struct awsc_dynamodb_sse_specification;
struct awsc_dynamodb_scan_input;
struct awsc_dynamodb_scan_output;
struct awsc_dynamodb_search_result_item;
struct awsc_dynamodb_search_schema_element;
struct awsc_dynamodb_search_vectors_input;
struct awsc_dynamodb_search_vectors_output;
struct awsc_dynamodb_source_table_details;
struct awsc_dynamodb_source_table_feature_details;
struct awsc_dynamodb_stream_specification;
struct awsc_dynamodb_table_already_exists_exception;
struct awsc_dynamodb_table_auto_scaling_description;
struct awsc_dynamodb_table_class_summary;
struct awsc_dynamodb_table_creation_parameters;
struct awsc_dynamodb_table_description;
struct awsc_dynamodb_table_in_use_exception;
struct awsc_dynamodb_table_not_found_exception;
struct awsc_dynamodb_table_warm_throughput_description;
struct awsc_dynamodb_tag;
struct awsc_dynamodb_tag_resource_input;
struct awsc_dynamodb_throttling_exception;
struct awsc_dynamodb_throttling_reason;
struct awsc_dynamodb_time_to_live_description;
struct awsc_dynamodb_time_to_live_specification;
struct awsc_dynamodb_transact_get_item;
struct awsc_dynamodb_transact_get_items_input;
struct awsc_dynamodb_transact_get_items_output;
struct awsc_dynamodb_transact_write_item;
struct awsc_dynamodb_transact_write_items_input;
struct awsc_dynamodb_transact_write_items_output;
struct awsc_dynamodb_transaction_canceled_exception;
struct awsc_dynamodb_transaction_conflict_exception;
struct awsc_dynamodb_transaction_in_progress_exception;
struct awsc_dynamodb_untag_resource_input;
struct awsc_dynamodb_update;
struct awsc_dynamodb_update_continuous_backups_input;
struct awsc_dynamodb_update_continuous_backups_output;
struct awsc_dynamodb_update_contributor_insights_input;
struct awsc_dynamodb_update_contributor_insights_output;
struct awsc_dynamodb_update_global_secondary_index_action;
struct awsc_dynamodb_update_global_table_input;
struct awsc_dynamodb_update_global_table_output;
struct awsc_dynamodb_update_global_table_settings_input;
struct awsc_dynamodb_update_global_table_settings_output;
struct awsc_dynamodb_update_item_input;
struct awsc_dynamodb_update_item_output;
struct awsc_dynamodb_update_kinesis_streaming_configuration;
struct awsc_dynamodb_update_kinesis_streaming_destination_input;
struct awsc_dynamodb_update_kinesis_streaming_destination_output;
struct awsc_dynamodb_update_replication_group_member_action;
struct awsc_dynamodb_update_table_input;
struct awsc_dynamodb_update_table_output;
struct awsc_dynamodb_update_table_replica_auto_scaling_input;
struct awsc_dynamodb_update_table_replica_auto_scaling_output;
struct awsc_dynamodb_update_time_to_live_input;
struct awsc_dynamodb_update_time_to_live_output;
struct awsc_dynamodb_vector_attribute_definition;
struct awsc_dynamodb_vector_capacity;
struct awsc_dynamodb_vector_index;
struct awsc_dynamodb_vector_index_description;
struct awsc_dynamodb_vector_index_info;
struct awsc_dynamodb_vector_index_update;
struct awsc_dynamodb_warm_throughput;
struct awsc_dynamodb_write_request;
struct awsc_dynamodb_attribute_map_entry;
struct awsc_dynamodb_attribute_updates_entry;
struct awsc_dynamodb_batch_get_request_map_entry;
struct awsc_dynamodb_batch_get_response_map_entry;
struct awsc_dynamodb_batch_write_item_request_map_entry;
struct awsc_dynamodb_expected_attribute_map_entry;
struct awsc_dynamodb_expression_attribute_name_map_entry;
struct awsc_dynamodb_filter_condition_map_entry;
struct awsc_dynamodb_item_collection_metrics_per_table_entry;
struct awsc_dynamodb_secondary_indexes_capacity_map_entry;
struct awsc_dynamodb_vector_indexes_capacity_map_entry;

/* AttributeDefinitions: a list of AttributeDefinition. */
struct awsc_dynamodb_attribute_definitions {
    struct awsc_dynamodb_attribute_definition *items;
    size_t count;
};

/*
 * AttributeNameList: a list of AttributeName.
 * Also the type of ContributorInsightsRuleList, CsvHeaderList,
 * NonKeyAttributeNameList, NumberSetAttributeValue,
 * StringSetAttributeValue, TableNameList, TagKeyList.
 */
struct awsc_dynamodb_attribute_name_list {
    const char **items;
    size_t count;
};

/*
 * AttributeValueList: a list of AttributeValue.
 * Also the type of ListAttributeValue, PreparedStatementParameters,
 * SearchVectorList.
 */
struct awsc_dynamodb_attribute_value_list {
    struct awsc_dynamodb_attribute_value *items;
    size_t count;
};

/* AutoScalingPolicyDescriptionList: a list of AutoScalingPolicyDescription. */
struct awsc_dynamodb_auto_scaling_policy_description_list {
    struct awsc_dynamodb_auto_scaling_policy_description *items;
    size_t count;
};

/* BackupSummaries: a list of BackupSummary. */
struct awsc_dynamodb_backup_summaries {
    struct awsc_dynamodb_backup_summary *items;
    size_t count;
};

/* BinarySetAttributeValue: a list of BinaryAttributeValue. */
struct awsc_dynamodb_binary_set_attribute_value {
    struct awsc_blob *items;
    size_t count;
};

/* CancellationReasonList: a list of CancellationReason. */
struct awsc_dynamodb_cancellation_reason_list {
    struct awsc_dynamodb_cancellation_reason *items;
    size_t count;
};

/* ConsumedCapacityMultiple: a list of ConsumedCapacity. */
struct awsc_dynamodb_consumed_capacity_multiple {
    struct awsc_dynamodb_consumed_capacity *items;
    size_t count;
};

/* ContributorInsightsSummaries: a list of ContributorInsightsSummary. */
struct awsc_dynamodb_contributor_insights_summaries {
    struct awsc_dynamodb_contributor_insights_summary *items;
    size_t count;
};

/* Endpoints: a list of Endpoint. */
struct awsc_dynamodb_endpoints {
    struct awsc_dynamodb_endpoint *items;
    size_t count;
};

/* ExportSummaries: a list of ExportSummary. */
struct awsc_dynamodb_export_summaries {
    struct awsc_dynamodb_export_summary *items;
    size_t count;
};

/* GlobalSecondaryIndexAutoScalingUpdateList: a list of GlobalSecondaryIndexAutoScalingUpdate. */
struct awsc_dynamodb_global_secondary_index_auto_scaling_update_list {
    struct awsc_dynamodb_global_secondary_index_auto_scaling_update *items;
    size_t count;
};

/* GlobalSecondaryIndexDescriptionList: a list of GlobalSecondaryIndexDescription. */
struct awsc_dynamodb_global_secondary_index_description_list {
    struct awsc_dynamodb_global_secondary_index_description *items;
    size_t count;
};

/* GlobalSecondaryIndexList: a list of GlobalSecondaryIndex. */
struct awsc_dynamodb_global_secondary_index_list {
    struct awsc_dynamodb_global_secondary_index *items;
    size_t count;
};

/* GlobalSecondaryIndexUpdateList: a list of GlobalSecondaryIndexUpdate. */
struct awsc_dynamodb_global_secondary_index_update_list {
    struct awsc_dynamodb_global_secondary_index_update *items;
    size_t count;
};

/* GlobalSecondaryIndexes: a list of GlobalSecondaryIndexInfo. */
struct awsc_dynamodb_global_secondary_indexes {
    struct awsc_dynamodb_global_secondary_index_info *items;
    size_t count;
};

/* GlobalTableGlobalSecondaryIndexSettingsUpdateList: a list of GlobalTableGlobalSecondaryIndexSettingsUpdate. */
struct awsc_dynamodb_global_table_global_secondary_index_settings_update_list {
    struct awsc_dynamodb_global_table_global_secondary_index_settings_update *items;
    size_t count;
};

/* GlobalTableList: a list of GlobalTable. */
struct awsc_dynamodb_global_table_list {
    struct awsc_dynamodb_global_table *items;
    size_t count;
};

/* GlobalTableWitnessDescriptionList: a list of GlobalTableWitnessDescription. */
struct awsc_dynamodb_global_table_witness_description_list {
    struct awsc_dynamodb_global_table_witness_description *items;
    size_t count;
};

/* GlobalTableWitnessGroupUpdateList: a list of GlobalTableWitnessGroupUpdate. */
struct awsc_dynamodb_global_table_witness_group_update_list {
    struct awsc_dynamodb_global_table_witness_group_update *items;
    size_t count;
};

/* ImportSummaryList: a list of ImportSummary. */
struct awsc_dynamodb_import_summary_list {
    struct awsc_dynamodb_import_summary *items;
    size_t count;
};

/* ItemCollectionMetricsMultiple: a list of ItemCollectionMetrics. */
struct awsc_dynamodb_item_collection_metrics_multiple {
    struct awsc_dynamodb_item_collection_metrics *items;
    size_t count;
};

/* ItemCollectionSizeEstimateRange: a list of ItemCollectionSizeEstimateBound. */
struct awsc_dynamodb_item_collection_size_estimate_range {
    double *items;
    size_t count;
};

/*
 * ItemList: a list of AttributeMap.
 * Also the type of KeyList.
 */
struct awsc_dynamodb_item_list {
    struct awsc_dynamodb_attribute_map *items;
    size_t count;
};

/* ItemResponseList: a list of ItemResponse. */
struct awsc_dynamodb_item_response_list {
    struct awsc_dynamodb_item_response *items;
    size_t count;
};

/* KeySchema: a list of KeySchemaElement. */
struct awsc_dynamodb_key_schema {
    struct awsc_dynamodb_key_schema_element *items;
    size_t count;
};

/* KinesisDataStreamDestinations: a list of KinesisDataStreamDestination. */
struct awsc_dynamodb_kinesis_data_stream_destinations {
    struct awsc_dynamodb_kinesis_data_stream_destination *items;
    size_t count;
};

/* LocalSecondaryIndexDescriptionList: a list of LocalSecondaryIndexDescription. */
struct awsc_dynamodb_local_secondary_index_description_list {
    struct awsc_dynamodb_local_secondary_index_description *items;
    size_t count;
};

/* LocalSecondaryIndexList: a list of LocalSecondaryIndex. */
struct awsc_dynamodb_local_secondary_index_list {
    struct awsc_dynamodb_local_secondary_index *items;
    size_t count;
};

/* LocalSecondaryIndexes: a list of LocalSecondaryIndexInfo. */
struct awsc_dynamodb_local_secondary_indexes {
    struct awsc_dynamodb_local_secondary_index_info *items;
    size_t count;
};

/* ParameterizedStatements: a list of ParameterizedStatement. */
struct awsc_dynamodb_parameterized_statements {
    struct awsc_dynamodb_parameterized_statement *items;
    size_t count;
};

/* PartiQLBatchRequest: a list of BatchStatementRequest. */
struct awsc_dynamodb_parti_ql_batch_request {
    struct awsc_dynamodb_batch_statement_request *items;
    size_t count;
};

/* PartiQLBatchResponse: a list of BatchStatementResponse. */
struct awsc_dynamodb_parti_ql_batch_response {
    struct awsc_dynamodb_batch_statement_response *items;
    size_t count;
};

/* ReplicaAutoScalingDescriptionList: a list of ReplicaAutoScalingDescription. */
struct awsc_dynamodb_replica_auto_scaling_description_list {
    struct awsc_dynamodb_replica_auto_scaling_description *items;
    size_t count;
};

/* ReplicaAutoScalingUpdateList: a list of ReplicaAutoScalingUpdate. */
struct awsc_dynamodb_replica_auto_scaling_update_list {
    struct awsc_dynamodb_replica_auto_scaling_update *items;
    size_t count;
};

/* ReplicaDescriptionList: a list of ReplicaDescription. */
struct awsc_dynamodb_replica_description_list {
    struct awsc_dynamodb_replica_description *items;
    size_t count;
};

/* ReplicaGlobalSecondaryIndexAutoScalingDescriptionList: a list of ReplicaGlobalSecondaryIndexAutoScalingDescription. */
struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_description_list {
    struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_description *items;
    size_t count;
};

/* ReplicaGlobalSecondaryIndexAutoScalingUpdateList: a list of ReplicaGlobalSecondaryIndexAutoScalingUpdate. */
struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_update_list {
    struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_update *items;
    size_t count;
};

/* ReplicaGlobalSecondaryIndexDescriptionList: a list of ReplicaGlobalSecondaryIndexDescription. */
struct awsc_dynamodb_replica_global_secondary_index_description_list {
    struct awsc_dynamodb_replica_global_secondary_index_description *items;
    size_t count;
};

/* ReplicaGlobalSecondaryIndexList: a list of ReplicaGlobalSecondaryIndex. */
struct awsc_dynamodb_replica_global_secondary_index_list {
    struct awsc_dynamodb_replica_global_secondary_index *items;
    size_t count;
};

/* ReplicaGlobalSecondaryIndexSettingsDescriptionList: a list of ReplicaGlobalSecondaryIndexSettingsDescription. */
struct awsc_dynamodb_replica_global_secondary_index_settings_description_list {
    struct awsc_dynamodb_replica_global_secondary_index_settings_description *items;
    size_t count;
};

/* ReplicaGlobalSecondaryIndexSettingsUpdateList: a list of ReplicaGlobalSecondaryIndexSettingsUpdate. */
struct awsc_dynamodb_replica_global_secondary_index_settings_update_list {
    struct awsc_dynamodb_replica_global_secondary_index_settings_update *items;
    size_t count;
};

/* ReplicaList: a list of Replica. */
struct awsc_dynamodb_replica_list {
    struct awsc_dynamodb_replica *items;
    size_t count;
};

/* ReplicaSettingsDescriptionList: a list of ReplicaSettingsDescription. */
struct awsc_dynamodb_replica_settings_description_list {
    struct awsc_dynamodb_replica_settings_description *items;
    size_t count;
};

/* ReplicaSettingsUpdateList: a list of ReplicaSettingsUpdate. */
struct awsc_dynamodb_replica_settings_update_list {
    struct awsc_dynamodb_replica_settings_update *items;
    size_t count;
};

/* ReplicaUpdateList: a list of ReplicaUpdate. */
struct awsc_dynamodb_replica_update_list {
    struct awsc_dynamodb_replica_update *items;
    size_t count;
};

/* ReplicationGroupUpdateList: a list of ReplicationGroupUpdate. */
struct awsc_dynamodb_replication_group_update_list {
    struct awsc_dynamodb_replication_group_update *items;
    size_t count;
};

/* SearchResultList: a list of SearchResultItem. */
struct awsc_dynamodb_search_result_list {
    struct awsc_dynamodb_search_result_item *items;
    size_t count;
};

/* SearchSchema: a list of SearchSchemaElement. */
struct awsc_dynamodb_search_schema {
    struct awsc_dynamodb_search_schema_element *items;
    size_t count;
};

/* TagList: a list of Tag. */
struct awsc_dynamodb_tag_list {
    struct awsc_dynamodb_tag *items;
    size_t count;
};

/* ThrottlingReasonList: a list of ThrottlingReason. */
struct awsc_dynamodb_throttling_reason_list {
    struct awsc_dynamodb_throttling_reason *items;
    size_t count;
};

/* TransactGetItemList: a list of TransactGetItem. */
struct awsc_dynamodb_transact_get_item_list {
    struct awsc_dynamodb_transact_get_item *items;
    size_t count;
};

/* TransactWriteItemList: a list of TransactWriteItem. */
struct awsc_dynamodb_transact_write_item_list {
    struct awsc_dynamodb_transact_write_item *items;
    size_t count;
};

/* VectorIndexDescriptionList: a list of VectorIndexDescription. */
struct awsc_dynamodb_vector_index_description_list {
    struct awsc_dynamodb_vector_index_description *items;
    size_t count;
};

/* VectorIndexList: a list of VectorIndex. */
struct awsc_dynamodb_vector_index_list {
    struct awsc_dynamodb_vector_index *items;
    size_t count;
};

/* VectorIndexUpdateList: a list of VectorIndexUpdate. */
struct awsc_dynamodb_vector_index_update_list {
    struct awsc_dynamodb_vector_index_update *items;
    size_t count;
};

/* VectorIndexes: a list of VectorIndexInfo. */
struct awsc_dynamodb_vector_indexes {
    struct awsc_dynamodb_vector_index_info *items;
    size_t count;
};

/* WriteRequests: a list of WriteRequest. */
struct awsc_dynamodb_write_requests {
    struct awsc_dynamodb_write_request *items;
    size_t count;
};

/*
 * AttributeMap: a map from AttributeName to AttributeValue.
 * Also the type of ExpressionAttributeValueMap,
 * ItemCollectionKeyAttributeMap, Key, MapAttributeValue,
 * PutItemInputAttributeMap.
 */
struct awsc_dynamodb_attribute_map {
    struct awsc_dynamodb_attribute_map_entry *entries;
    size_t count;
};

/* AttributeUpdates: a map from AttributeName to AttributeValueUpdate. */
struct awsc_dynamodb_attribute_updates {
    struct awsc_dynamodb_attribute_updates_entry *entries;
    size_t count;
};

/* BatchGetRequestMap: a map from TableArn to KeysAndAttributes. */
struct awsc_dynamodb_batch_get_request_map {
    struct awsc_dynamodb_batch_get_request_map_entry *entries;
    size_t count;
};

/* BatchGetResponseMap: a map from TableArn to ItemList. */
struct awsc_dynamodb_batch_get_response_map {
    struct awsc_dynamodb_batch_get_response_map_entry *entries;
    size_t count;
};

/* BatchWriteItemRequestMap: a map from TableArn to WriteRequests. */
struct awsc_dynamodb_batch_write_item_request_map {
    struct awsc_dynamodb_batch_write_item_request_map_entry *entries;
    size_t count;
};

/* ExpectedAttributeMap: a map from AttributeName to ExpectedAttributeValue. */
struct awsc_dynamodb_expected_attribute_map {
    struct awsc_dynamodb_expected_attribute_map_entry *entries;
    size_t count;
};

/* ExpressionAttributeNameMap: a map from ExpressionAttributeNameVariable to AttributeName. */
struct awsc_dynamodb_expression_attribute_name_map {
    struct awsc_dynamodb_expression_attribute_name_map_entry *entries;
    size_t count;
};

/*
 * FilterConditionMap: a map from AttributeName to Condition.
 * Also the type of KeyConditions.
 */
struct awsc_dynamodb_filter_condition_map {
    struct awsc_dynamodb_filter_condition_map_entry *entries;
    size_t count;
};

/* ItemCollectionMetricsPerTable: a map from TableArn to ItemCollectionMetricsMultiple. */
struct awsc_dynamodb_item_collection_metrics_per_table {
    struct awsc_dynamodb_item_collection_metrics_per_table_entry *entries;
    size_t count;
};

/* SecondaryIndexesCapacityMap: a map from IndexName to Capacity. */
struct awsc_dynamodb_secondary_indexes_capacity_map {
    struct awsc_dynamodb_secondary_indexes_capacity_map_entry *entries;
    size_t count;
};

/* VectorIndexesCapacityMap: a map from IndexName to VectorCapacity. */
struct awsc_dynamodb_vector_indexes_capacity_map {
    struct awsc_dynamodb_vector_indexes_capacity_map_entry *entries;
    size_t count;
};

/*
 * Contains details of a table archival operation.
 */
struct awsc_dynamodb_archival_summary {
    /* ArchivalDateTime: The date and time when table archival was initiated by
     * DynamoDB, in UNIX epoch time format. */
    bool has_archival_date_time;
    struct awsc_timestamp archival_date_time;
    /* ArchivalReason: The reason DynamoDB archived the table. Currently, the only
     * possible value is: INACCESSIBLE_ENCRYPTION_CREDENTIALS - The table was
     * archived due to the table's KMS key being inaccessible for more than ... */
    const char *archival_reason;
    /* ArchivalBackupArn: The Amazon Resource Name (ARN) of the backup the table
     * was archived to, when applicable in the archival reason. */
    const char *archival_backup_arn;
};

/*
 * Represents an attribute for describing the schema for the table and indexes.
 */
struct awsc_dynamodb_attribute_definition {
    /* AttributeName: A name for the attribute. Required. */
    const char *attribute_name;
    /* AttributeType: The data type for the attribute, where: S - the attribute is
     * of type String N - the attribute is of type Number B - the attribute is of
     * type Binary Required. One of enum awsc_dynamodb_scalar_attribute_type's
     * values (as its string). */
    const char *attribute_type;
};

/*
 * Represents the data for an attribute. Each attribute value is described as a
 * name-value pair. The name is the data type, and the value is the data
 * itself. For more information, see Data Types in the Amazon DynamoDB
 * Developer Guide .
 */
struct awsc_dynamodb_attribute_value {
    /* S: An attribute of type String. For example: */
    const char *s;
    /* N: An attribute of type Number. For example: */
    const char *n;
    /* B: An attribute of type Binary. For example: */
    struct awsc_blob b;
    /* SS: An attribute of type String Set. For example: */
    struct awsc_dynamodb_attribute_name_list ss;
    /* NS: An attribute of type Number Set. For example: */
    struct awsc_dynamodb_attribute_name_list ns;
    /* BS: An attribute of type Binary Set. For example: */
    struct awsc_dynamodb_binary_set_attribute_value bs;
    /* M: An attribute of type Map. For example: */
    struct awsc_dynamodb_attribute_map m;
    /* L: An attribute of type List. For example: */
    struct awsc_dynamodb_attribute_value_list l;
    /* NULL: An attribute of type Null. For example: */
    bool has_null;
    bool null;
    /* BOOL: An attribute of type Boolean. For example: */
    bool has_bool;
    bool bool_;
};

/*
 * For the UpdateItem operation, represents the attributes to be modified, the
 * action to perform on each, and the new value for each. You cannot use
 * UpdateItem to update any primary key attributes.
 */
struct awsc_dynamodb_attribute_value_update {
    /* Value: Represents the data for an attribute. Each attribute value is
     * described as a name-value pair. The name is the data type, and the value is
     * the data itself. */
    struct awsc_dynamodb_attribute_value *value;
    /* Action: Specifies how to perform the update. Valid values are PUT (default),
     * DELETE , and ADD . The behavior depends on whether the specified primary key
     * already exists in the table. One of enum awsc_dynamodb_attribute_action's
     * values (as its string). */
    const char *action;
};

/*
 * Represents the properties of the scaling policy.
 */
struct awsc_dynamodb_auto_scaling_policy_description {
    /* PolicyName: The name of the scaling policy. */
    const char *policy_name;
    /* TargetTrackingScalingPolicyConfiguration: Represents a target tracking
     * scaling policy configuration. */
    struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description *target_tracking_scaling_policy_configuration;
};

/*
 * Represents the auto scaling policy to be modified.
 */
struct awsc_dynamodb_auto_scaling_policy_update {
    /* PolicyName: The name of the scaling policy. */
    const char *policy_name;
    /* TargetTrackingScalingPolicyConfiguration: Represents a target tracking
     * scaling policy configuration. Required. */
    struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update *target_tracking_scaling_policy_configuration;
};

/*
 * Represents the auto scaling settings for a global table or global secondary
 * index.
 */
struct awsc_dynamodb_auto_scaling_settings_description {
    /* MinimumUnits: The minimum capacity units that a global table or global
     * secondary index should be scaled down to. */
    bool has_minimum_units;
    int64_t minimum_units;
    /* MaximumUnits: The maximum capacity units that a global table or global
     * secondary index should be scaled up to. */
    bool has_maximum_units;
    int64_t maximum_units;
    /* AutoScalingDisabled: Disabled auto scaling for this global table or global
     * secondary index. */
    bool has_auto_scaling_disabled;
    bool auto_scaling_disabled;
    /* AutoScalingRoleArn: Role ARN used for configuring the auto scaling policy. */
    const char *auto_scaling_role_arn;
    /* ScalingPolicies: Information about the scaling policies. */
    struct awsc_dynamodb_auto_scaling_policy_description_list scaling_policies;
};

/*
 * Represents the auto scaling settings to be modified for a global table or
 * global secondary index.
 */
struct awsc_dynamodb_auto_scaling_settings_update {
    /* MinimumUnits: The minimum capacity units that a global table or global
     * secondary index should be scaled down to. */
    bool has_minimum_units;
    int64_t minimum_units;
    /* MaximumUnits: The maximum capacity units that a global table or global
     * secondary index should be scaled up to. */
    bool has_maximum_units;
    int64_t maximum_units;
    /* AutoScalingDisabled: Disabled auto scaling for this global table or global
     * secondary index. */
    bool has_auto_scaling_disabled;
    bool auto_scaling_disabled;
    /* AutoScalingRoleArn: Role ARN used for configuring auto scaling policy. */
    const char *auto_scaling_role_arn;
    /* ScalingPolicyUpdate: The scaling policy to apply for scaling target global
     * table or global secondary index capacity units. */
    struct awsc_dynamodb_auto_scaling_policy_update *scaling_policy_update;
};

/*
 * Represents the properties of a target tracking scaling policy.
 */
struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description {
    /* DisableScaleIn: Indicates whether scale in by the target tracking policy is
     * disabled. If the value is true, scale in is disabled and the target tracking
     * policy won't remove capacity from the scalable resource. */
    bool has_disable_scale_in;
    bool disable_scale_in;
    /* ScaleInCooldown: The amount of time, in seconds, after a scale in activity
     * completes before another scale in activity can start. The cooldown period is
     * used to block subsequent scale in requests until it has expired. */
    bool has_scale_in_cooldown;
    int32_t scale_in_cooldown;
    /* ScaleOutCooldown: The amount of time, in seconds, after a scale out activity
     * completes before another scale out activity can start. */
    bool has_scale_out_cooldown;
    int32_t scale_out_cooldown;
    /* TargetValue: The target value for the metric. The range is 8.515920e-109 to
     * 1.174271e+108 (Base 10) or 2e-360 to 2e360 (Base 2). Required. */
    bool has_target_value;
    double target_value;
};

/*
 * Represents the settings of a target tracking scaling policy that will be
 * modified.
 */
struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update {
    /* DisableScaleIn: Indicates whether scale in by the target tracking policy is
     * disabled. If the value is true, scale in is disabled and the target tracking
     * policy won't remove capacity from the scalable resource. */
    bool has_disable_scale_in;
    bool disable_scale_in;
    /* ScaleInCooldown: The amount of time, in seconds, after a scale in activity
     * completes before another scale in activity can start. The cooldown period is
     * used to block subsequent scale in requests until it has expired. */
    bool has_scale_in_cooldown;
    int32_t scale_in_cooldown;
    /* ScaleOutCooldown: The amount of time, in seconds, after a scale out activity
     * completes before another scale out activity can start. */
    bool has_scale_out_cooldown;
    int32_t scale_out_cooldown;
    /* TargetValue: The target value for the metric. The range is 8.515920e-109 to
     * 1.174271e+108 (Base 10) or 2e-360 to 2e360 (Base 2). Required. */
    bool has_target_value;
    double target_value;
};

/*
 * Contains the description of the backup created for the table.
 */
struct awsc_dynamodb_backup_description {
    /* BackupDetails: Contains the details of the backup created for the table. */
    struct awsc_dynamodb_backup_details *backup_details;
    /* SourceTableDetails: Contains the details of the table when the backup was
     * created. */
    struct awsc_dynamodb_source_table_details *source_table_details;
    /* SourceTableFeatureDetails: Contains the details of the features enabled on
     * the table when the backup was created. For example, LSIs, GSIs, streams,
     * TTL. */
    struct awsc_dynamodb_source_table_feature_details *source_table_feature_details;
};

/*
 * Contains the details of the backup created for the table.
 */
struct awsc_dynamodb_backup_details {
    /* BackupArn: ARN associated with the backup. Required. */
    const char *backup_arn;
    /* BackupName: Name of the requested backup. Required. */
    const char *backup_name;
    /* BackupSizeBytes: Size of the backup in bytes. DynamoDB updates this value
     * approximately every six hours. Recent changes might not be reflected in this
     * value. */
    bool has_backup_size_bytes;
    int64_t backup_size_bytes;
    /* BackupStatus: Backup can be in one of the following states: CREATING,
     * ACTIVE, DELETED. Required. One of enum awsc_dynamodb_backup_status's values
     * (as its string). */
    const char *backup_status;
    /* BackupType: BackupType: USER - You create and manage these using the
     * on-demand backup feature. Required. One of enum awsc_dynamodb_backup_type's
     * values (as its string). */
    const char *backup_type;
    /* BackupCreationDateTime: Time at which the backup was created. This is the
     * request time of the backup. Required. */
    bool has_backup_creation_date_time;
    struct awsc_timestamp backup_creation_date_time;
    /* BackupExpiryDateTime: Time at which the automatic on-demand backup created
     * by DynamoDB will expire. This SYSTEM on-demand backup expires automatically
     * 35 days after its creation. */
    bool has_backup_expiry_date_time;
    struct awsc_timestamp backup_expiry_date_time;
};

/*
 * There is another ongoing conflicting backup control plane operation on the
 * table. The backup is either being created, deleted or restored to a table.
 */
struct awsc_dynamodb_backup_in_use_exception {
    /* message: */
    const char *message;
};

/*
 * Backup not found for the given BackupARN.
 */
struct awsc_dynamodb_backup_not_found_exception {
    /* message: */
    const char *message;
};

/*
 * Contains details for the backup.
 */
struct awsc_dynamodb_backup_summary {
    /* TableName: Name of the table. */
    const char *table_name;
    /* TableId: Unique identifier for the table. */
    const char *table_id;
    /* TableArn: ARN associated with the table. */
    const char *table_arn;
    /* BackupArn: ARN associated with the backup. */
    const char *backup_arn;
    /* BackupName: Name of the specified backup. */
    const char *backup_name;
    /* BackupCreationDateTime: Time at which the backup was created. */
    bool has_backup_creation_date_time;
    struct awsc_timestamp backup_creation_date_time;
    /* BackupExpiryDateTime: Time at which the automatic on-demand backup created
     * by DynamoDB will expire. This SYSTEM on-demand backup expires automatically
     * 35 days after its creation. */
    bool has_backup_expiry_date_time;
    struct awsc_timestamp backup_expiry_date_time;
    /* BackupStatus: Backup can be in one of the following states: CREATING,
     * ACTIVE, DELETED. One of enum awsc_dynamodb_backup_status's values (as its
     * string). */
    const char *backup_status;
    /* BackupType: BackupType: USER - You create and manage these using the
     * on-demand backup feature. One of enum awsc_dynamodb_backup_type's values (as
     * its string). */
    const char *backup_type;
    /* BackupSizeBytes: Size of the backup in bytes. */
    bool has_backup_size_bytes;
    int64_t backup_size_bytes;
};

/* BatchExecuteStatementInput */
struct awsc_dynamodb_batch_execute_statement_input {
    /* Statements: The list of PartiQL statements representing the batch to run.
     * Required. */
    struct awsc_dynamodb_parti_ql_batch_request statements;
    /* ReturnConsumedCapacity:  One of enum
     * awsc_dynamodb_return_consumed_capacity's values (as its string). */
    const char *return_consumed_capacity;
};

/* BatchExecuteStatementOutput */
struct awsc_dynamodb_batch_execute_statement_output {
    /* Responses: The response to each PartiQL statement in the batch. The values
     * of the list are ordered according to the ordering of the request statements. */
    struct awsc_dynamodb_parti_ql_batch_response responses;
    /* ConsumedCapacity: The capacity units consumed by the entire operation. The
     * values of the list are ordered according to the ordering of the statements. */
    struct awsc_dynamodb_consumed_capacity_multiple consumed_capacity;
};

/*
 * Represents the input of a BatchGetItem operation.
 */
struct awsc_dynamodb_batch_get_item_input {
    /* RequestItems: A map of one or more table names or table ARNs and, for each
     * table, a map that describes one or more items to retrieve from that table.
     * Required. */
    struct awsc_dynamodb_batch_get_request_map request_items;
    /* ReturnConsumedCapacity:  One of enum
     * awsc_dynamodb_return_consumed_capacity's values (as its string). */
    const char *return_consumed_capacity;
};

/*
 * Represents the output of a BatchGetItem operation.
 */
struct awsc_dynamodb_batch_get_item_output {
    /* Responses: A map of table name or table ARN to a list of items. Each object
     * in Responses consists of a table name or ARN, along with a map of attribute
     * data consisting of the data type and attribute value. */
    struct awsc_dynamodb_batch_get_response_map responses;
    /* UnprocessedKeys: A map of tables and their respective keys that were not
     * processed with the current response. */
    struct awsc_dynamodb_batch_get_request_map unprocessed_keys;
    /* ConsumedCapacity: The read capacity units consumed by the entire
     * BatchGetItem operation. */
    struct awsc_dynamodb_consumed_capacity_multiple consumed_capacity;
};

/*
 * An error associated with a statement in a PartiQL batch that was run.
 */
struct awsc_dynamodb_batch_statement_error {
    /* Code: The error code associated with the failed PartiQL batch statement. One
     * of enum awsc_dynamodb_batch_statement_error_code_enum's values (as its
     * string). */
    const char *code;
    /* Message: The error message associated with the PartiQL batch response. */
    const char *message;
    /* Item: The item which caused the condition check to fail. This will be set if
     * ReturnValuesOnConditionCheckFailure is specified as ALL_OLD . */
    struct awsc_dynamodb_attribute_map item;
};

/*
 * A PartiQL batch statement request.
 */
struct awsc_dynamodb_batch_statement_request {
    /* Statement: A valid PartiQL statement. Required. */
    const char *statement;
    /* Parameters: The parameters associated with a PartiQL statement in the batch
     * request. */
    struct awsc_dynamodb_attribute_value_list parameters;
    /* ConsistentRead: The read consistency of the PartiQL batch request. */
    bool has_consistent_read;
    bool consistent_read;
    /* ReturnValuesOnConditionCheckFailure: An optional parameter that returns the
     * item attributes for a PartiQL batch request operation that failed a
     * condition check. One of enum
     * awsc_dynamodb_return_values_on_condition_check_failure's values (as its
     * string). */
    const char *return_values_on_condition_check_failure;
};

/*
 * A PartiQL batch statement response..
 */
struct awsc_dynamodb_batch_statement_response {
    /* Error: The error associated with a failed PartiQL batch statement. */
    struct awsc_dynamodb_batch_statement_error *error;
    /* TableName: The table name associated with a failed PartiQL batch statement. */
    const char *table_name;
    /* Item: A DynamoDB item associated with a BatchStatementResponse */
    struct awsc_dynamodb_attribute_map item;
};

/*
 * Represents the input of a BatchWriteItem operation.
 */
struct awsc_dynamodb_batch_write_item_input {
    /* RequestItems: A map of one or more table names or table ARNs and, for each
     * table, a list of operations to be performed ( DeleteRequest or PutRequest ).
     * Required. */
    struct awsc_dynamodb_batch_write_item_request_map request_items;
    /* ReturnConsumedCapacity:  One of enum
     * awsc_dynamodb_return_consumed_capacity's values (as its string). */
    const char *return_consumed_capacity;
    /* ReturnItemCollectionMetrics: Determines whether item collection metrics are
     * returned. If set to SIZE , the response includes statistics about item
     * collections, if any, that were modified during the operation are returned in
     * the ... One of enum awsc_dynamodb_return_item_collection_metrics's values
     * (as its string). */
    const char *return_item_collection_metrics;
};

/*
 * Represents the output of a BatchWriteItem operation.
 */
struct awsc_dynamodb_batch_write_item_output {
    /* UnprocessedItems: A map of tables and requests against those tables that
     * were not processed. */
    struct awsc_dynamodb_batch_write_item_request_map unprocessed_items;
    /* ItemCollectionMetrics: A list of tables that were processed by
     * BatchWriteItem and, for each table, information about any item collections
     * that were affected by individual DeleteItem or PutItem operations. */
    struct awsc_dynamodb_item_collection_metrics_per_table item_collection_metrics;
    /* ConsumedCapacity: The capacity units consumed by the entire BatchWriteItem
     * operation. */
    struct awsc_dynamodb_consumed_capacity_multiple consumed_capacity;
};

/*
 * Contains the details for the read/write capacity mode. This page talks about
 * PROVISIONED and PAY_PER_REQUEST billing modes. For more information about
 * these modes, see Read/write capacity mode . You may need to switch to
 * on-demand mode at least once in order to return a BillingModeSummary
 * response.
 */
struct awsc_dynamodb_billing_mode_summary {
    /* BillingMode: Controls how you are charged for read and write throughput and
     * how you manage capacity. This setting can be changed later. PROVISIONED -
     * Sets the read/write capacity mode to PROVISIONED . One of enum
     * awsc_dynamodb_billing_mode's values (as its string). */
    const char *billing_mode;
    /* LastUpdateToPayPerRequestDateTime: Represents the time when PAY_PER_REQUEST
     * was last set as the read/write capacity mode. */
    bool has_last_update_to_pay_per_request_date_time;
    struct awsc_timestamp last_update_to_pay_per_request_date_time;
};

/*
 * An ordered list of errors for each item in the request which caused the
 * transaction to get cancelled. The values of the list are ordered according
 * to the ordering of the TransactWriteItems request parameter.
 */
struct awsc_dynamodb_cancellation_reason {
    /* Item: Item in the request which caused the transaction to get cancelled. */
    struct awsc_dynamodb_attribute_map item;
    /* Code: Status code for the result of the cancelled transaction. */
    const char *code;
    /* Message: Cancellation reason message description. */
    const char *message;
};

/*
 * Represents the amount of provisioned throughput capacity consumed on a table
 * or an index.
 */
struct awsc_dynamodb_capacity {
    /* ReadCapacityUnits: The total number of read capacity units consumed on a
     * table or an index. */
    bool has_read_capacity_units;
    double read_capacity_units;
    /* WriteCapacityUnits: The total number of write capacity units consumed on a
     * table or an index. */
    bool has_write_capacity_units;
    double write_capacity_units;
    /* CapacityUnits: The total number of capacity units consumed on a table or an
     * index. */
    bool has_capacity_units;
    double capacity_units;
};

/*
 * Represents the selection criteria for a Query or Scan operation: For a Query
 * operation, Condition is used for specifying the KeyConditions to use when
 * querying a table or an index. For KeyConditions , only the following
 * comparison operators are supported:
 */
struct awsc_dynamodb_condition {
    /* AttributeValueList: One or more values to evaluate against the supplied
     * attribute. The number of values in the list depends on the
     * ComparisonOperator being used. */
    struct awsc_dynamodb_attribute_value_list attribute_value_list;
    /* ComparisonOperator: A comparator for evaluating attributes. For example,
     * equals, greater than, less than, etc. Required. One of enum
     * awsc_dynamodb_comparison_operator's values (as its string). */
    const char *comparison_operator;
};

/*
 * Represents a request to perform a check that an item exists or to check the
 * condition of specific attributes of the item.
 */
struct awsc_dynamodb_condition_check {
    /* Key: The primary key of the item to be checked. Each element consists of an
     * attribute name and a value for that attribute. Required. */
    struct awsc_dynamodb_attribute_map key;
    /* TableName: Name of the table for the check item request. You can also
     * provide the Amazon Resource Name (ARN) of the table in this parameter.
     * Required. */
    const char *table_name;
    /* ConditionExpression: A condition that must be satisfied in order for a
     * conditional update to succeed. For more information, see Condition
     * expressions in the Amazon DynamoDB Developer Guide . Required. */
    const char *condition_expression;
    /* ExpressionAttributeNames: One or more substitution tokens for attribute
     * names in an expression. For more information, see Expression attribute names
     * in the Amazon DynamoDB Developer Guide . */
    struct awsc_dynamodb_expression_attribute_name_map expression_attribute_names;
    /* ExpressionAttributeValues: One or more values that can be substituted in an
     * expression. For more information, see Condition expressions in the Amazon
     * DynamoDB Developer Guide . */
    struct awsc_dynamodb_attribute_map expression_attribute_values;
    /* ReturnValuesOnConditionCheckFailure: Use ReturnValuesOnConditionCheckFailure
     * to get the item attributes if the ConditionCheck condition fails. For
     * ReturnValuesOnConditionCheckFailure , the valid values are: NONE and
     * ALL_OLD. One of enum
     * awsc_dynamodb_return_values_on_condition_check_failure's values (as its
     * string). */
    const char *return_values_on_condition_check_failure;
};

/*
 * A condition specified in the operation failed to be evaluated.
 */
struct awsc_dynamodb_conditional_check_failed_exception {
    /* message: The conditional request failed. */
    const char *message;
    /* Item: Item which caused the ConditionalCheckFailedException . */
    struct awsc_dynamodb_attribute_map item;
};

/*
 * The capacity units consumed by an operation. The data returned includes the
 * total provisioned throughput consumed, along with statistics for the table
 * and any indexes involved in the operation. ConsumedCapacity is only returned
 * if the request asked for it.
 */
struct awsc_dynamodb_consumed_capacity {
    /* TableName: The name of the table that was affected by the operation. If you
     * had specified the Amazon Resource Name (ARN) of a table in the input, you'll
     * see the table ARN in the response. */
    const char *table_name;
    /* CapacityUnits: The total number of capacity units consumed by the operation. */
    bool has_capacity_units;
    double capacity_units;
    /* ReadCapacityUnits: The total number of read capacity units consumed by the
     * operation. */
    bool has_read_capacity_units;
    double read_capacity_units;
    /* WriteCapacityUnits: The total number of write capacity units consumed by the
     * operation. */
    bool has_write_capacity_units;
    double write_capacity_units;
    /* Table: The amount of throughput consumed on the table affected by the
     * operation. */
    struct awsc_dynamodb_capacity *table;
    /* LocalSecondaryIndexes: The amount of throughput consumed on each local index
     * affected by the operation. */
    struct awsc_dynamodb_secondary_indexes_capacity_map local_secondary_indexes;
    /* GlobalSecondaryIndexes: The amount of throughput consumed on each global
     * index affected by the operation. */
    struct awsc_dynamodb_secondary_indexes_capacity_map global_secondary_indexes;
    /* VectorIndexes: The amount of throughput consumed on each vector index
     * affected by the operation. */
    struct awsc_dynamodb_vector_indexes_capacity_map vector_indexes;
};

/*
 * Represents the continuous backups and point in time recovery settings on the
 * table.
 */
struct awsc_dynamodb_continuous_backups_description {
    /* ContinuousBackupsStatus: ContinuousBackupsStatus can be one of the following
     * states: ENABLED, DISABLED Required. One of enum
     * awsc_dynamodb_continuous_backups_status's values (as its string). */
    const char *continuous_backups_status;
    /* PointInTimeRecoveryDescription: The description of the point in time
     * recovery settings applied to the table. */
    struct awsc_dynamodb_point_in_time_recovery_description *point_in_time_recovery_description;
};

/*
 * Backups have not yet been enabled for this table.
 */
struct awsc_dynamodb_continuous_backups_unavailable_exception {
    /* message: */
    const char *message;
};

/*
 * Represents a Contributor Insights summary entry.
 */
struct awsc_dynamodb_contributor_insights_summary {
    /* TableName: Name of the table associated with the summary. */
    const char *table_name;
    /* IndexName: Name of the index associated with the summary, if any. */
    const char *index_name;
    /* ContributorInsightsStatus: Describes the current status for contributor
     * insights for the given table and index, if applicable. One of enum
     * awsc_dynamodb_contributor_insights_status's values (as its string). */
    const char *contributor_insights_status;
    /* ContributorInsightsMode: Indicates the current mode of CloudWatch
     * Contributor Insights, specifying whether it tracks all access and throttled
     * events or throttled events only for the DynamoDB table or index. One of enum
     * awsc_dynamodb_contributor_insights_mode's values (as its string). */
    const char *contributor_insights_mode;
};

/* CreateBackupInput */
struct awsc_dynamodb_create_backup_input {
    /* TableName: The name of the table. You can also provide the Amazon Resource
     * Name (ARN) of the table in this parameter. Required. */
    const char *table_name;
    /* BackupName: Specified name for the backup. Required. */
    const char *backup_name;
};

/* CreateBackupOutput */
struct awsc_dynamodb_create_backup_output {
    /* BackupDetails: Contains the details of the backup created for the table. */
    struct awsc_dynamodb_backup_details *backup_details;
};

/*
 * Represents a new global secondary index to be added to an existing table.
 */
struct awsc_dynamodb_create_global_secondary_index_action {
    /* IndexName: The name of the global secondary index to be created. Required. */
    const char *index_name;
    /* KeySchema: The key schema for the global secondary index. Global secondary
     * index supports up to 4 partition and up to 4 sort keys. Required. */
    struct awsc_dynamodb_key_schema key_schema;
    /* Projection: Represents attributes that are copied (projected) from the table
     * into an index. These are in addition to the primary key attributes and index
     * key attributes, which are automatically projected. Required. */
    struct awsc_dynamodb_projection *projection;
    /* ProvisionedThroughput: Represents the provisioned throughput settings for
     * the specified global secondary index. */
    struct awsc_dynamodb_provisioned_throughput *provisioned_throughput;
    /* OnDemandThroughput: The maximum number of read and write units for the
     * global secondary index being created. If you use this parameter, you must
     * specify MaxReadRequestUnits , MaxWriteRequestUnits , or both. */
    struct awsc_dynamodb_on_demand_throughput *on_demand_throughput;
    /* WarmThroughput: Represents the warm throughput value (in read units per
     * second and write units per second) when creating a secondary index. */
    struct awsc_dynamodb_warm_throughput *warm_throughput;
};

/* CreateGlobalTableInput */
struct awsc_dynamodb_create_global_table_input {
    /* GlobalTableName: The global table name. Required. */
    const char *global_table_name;
    /* ReplicationGroup: The Regions where the global table needs to be created.
     * Required. */
    struct awsc_dynamodb_replica_list replication_group;
};

/* CreateGlobalTableOutput */
struct awsc_dynamodb_create_global_table_output {
    /* GlobalTableDescription: Contains the details of the global table. */
    struct awsc_dynamodb_global_table_description *global_table_description;
};

/*
 * Specifies the action to add a new witness Region to a MRSC global table. A
 * MRSC global table can be configured with either three replicas, or with two
 * replicas and one witness.
 */
struct awsc_dynamodb_create_global_table_witness_group_member_action {
    /* RegionName: The Amazon Web Services Region name to be added as a witness
     * Region for the MRSC global table. Required. */
    const char *region_name;
};

/*
 * Represents a replica to be added.
 */
struct awsc_dynamodb_create_replica_action {
    /* RegionName: The Region of the replica to be added. Required. */
    const char *region_name;
};

/*
 * Represents a replica to be created.
 */
struct awsc_dynamodb_create_replication_group_member_action {
    /* RegionName: The Region where the new replica will be created. Required. */
    const char *region_name;
    /* KMSMasterKeyId: The KMS key that should be used for KMS encryption in the
     * new replica. To specify a key, use its key ID, Amazon Resource Name (ARN),
     * alias name, or alias ARN. */
    const char *kms_master_key_id;
    /* ProvisionedThroughputOverride: Replica-specific provisioned throughput. If
     * not specified, uses the source table's provisioned throughput settings. */
    struct awsc_dynamodb_provisioned_throughput_override *provisioned_throughput_override;
    /* OnDemandThroughputOverride: The maximum on-demand throughput settings for
     * the specified replica table being created. */
    struct awsc_dynamodb_on_demand_throughput_override *on_demand_throughput_override;
    /* GlobalSecondaryIndexes: Replica-specific global secondary index settings. */
    struct awsc_dynamodb_replica_global_secondary_index_list global_secondary_indexes;
    /* TableClassOverride: Replica-specific table class. If not specified, uses the
     * source table's table class. One of enum awsc_dynamodb_table_class's values
     * (as its string). */
    const char *table_class_override;
};

/*
 * Represents the input of a CreateTable operation.
 */
struct awsc_dynamodb_create_table_input {
    /* AttributeDefinitions: An array of attributes that describe the key schema
     * for the table and indexes. */
    struct awsc_dynamodb_attribute_definitions attribute_definitions;
    /* TableName: The name of the table to create. You can also provide the Amazon
     * Resource Name (ARN) of the table in this parameter. Required. */
    const char *table_name;
    /* KeySchema: Specifies the attributes that make up the primary key for a table
     * or an index. The attributes in KeySchema must also be defined in the
     * AttributeDefinitions array. */
    struct awsc_dynamodb_key_schema key_schema;
    /* LocalSecondaryIndexes: One or more local secondary indexes (the maximum is
     * 5) to be created on the table. Each index is scoped to a given partition key
     * value. */
    struct awsc_dynamodb_local_secondary_index_list local_secondary_indexes;
    /* GlobalSecondaryIndexes: One or more global secondary indexes (the maximum is
     * 20) to be created on the table. */
    struct awsc_dynamodb_global_secondary_index_list global_secondary_indexes;
    /* BillingMode: Controls how you are charged for read and write throughput and
     * how you manage capacity. This setting can be changed later. One of enum
     * awsc_dynamodb_billing_mode's values (as its string). */
    const char *billing_mode;
    /* ProvisionedThroughput: Represents the provisioned throughput settings for a
     * specified table or index. The settings can be modified using the UpdateTable
     * operation. */
    struct awsc_dynamodb_provisioned_throughput *provisioned_throughput;
    /* StreamSpecification: The settings for DynamoDB Streams on the table. These
     * settings consist of: StreamEnabled - Indicates whether DynamoDB Streams is
     * to be enabled (true) or disabled (false). */
    struct awsc_dynamodb_stream_specification *stream_specification;
    /* SSESpecification: Represents the settings used to enable server-side
     * encryption. */
    struct awsc_dynamodb_sse_specification *sse_specification;
    /* Tags: A list of key-value pairs to label the table. For more information,
     * see Tagging for DynamoDB . */
    struct awsc_dynamodb_tag_list tags;
    /* TableClass: The table class of the new table. Valid values are STANDARD and
     * STANDARD_INFREQUENT_ACCESS . One of enum awsc_dynamodb_table_class's values
     * (as its string). */
    const char *table_class;
    /* DeletionProtectionEnabled: Indicates whether deletion protection is to be
     * enabled (true) or disabled (false) on the table. */
    bool has_deletion_protection_enabled;
    bool deletion_protection_enabled;
    /* WarmThroughput: Represents the warm throughput (in read units per second and
     * write units per second) for creating a table. */
    struct awsc_dynamodb_warm_throughput *warm_throughput;
    /* ResourcePolicy: An Amazon Web Services resource-based policy document in
     * JSON format that will be attached to the table. */
    const char *resource_policy;
    /* OnDemandThroughput: Sets the maximum number of read and write units for the
     * specified table in on-demand capacity mode. If you use this parameter, you
     * must specify MaxReadRequestUnits , MaxWriteRequestUnits , or both. */
    struct awsc_dynamodb_on_demand_throughput *on_demand_throughput;
    /* GlobalTableSourceArn: The Amazon Resource Name (ARN) of the source table
     * used for the creation of a multi-account global table. */
    const char *global_table_source_arn;
    /* GlobalTableSettingsReplicationMode: Controls the settings synchronization
     * mode for the global table. For multi-account global tables, this parameter
     * is required and the only supported value is ENABLED. One of enum
     * awsc_dynamodb_global_table_settings_replication_mode's values (as its
     * string). */
    const char *global_table_settings_replication_mode;
    /* VectorIndexes: One or more vector indexes to be created on the table. Each
     * vector index enables similarity search on a vector attribute. */
    struct awsc_dynamodb_vector_index_list vector_indexes;
};

/*
 * Represents the output of a CreateTable operation.
 */
struct awsc_dynamodb_create_table_output {
    /* TableDescription: Represents the properties of the table. */
    struct awsc_dynamodb_table_description *table_description;
};

/*
 * A new vector index to be added to a table.
 */
struct awsc_dynamodb_create_vector_index_action {
    /* IndexName: The name of the vector index. Must be unique within the table.
     * Required. */
    const char *index_name;
    /* VectorAttribute: The attribute that contains vector embeddings. If multiple
     * vector indexes reference the same attribute, they must all use the same
     * number of dimensions. Required. */
    struct awsc_dynamodb_vector_attribute_definition *vector_attribute;
    /* SearchSchema: The partition key and inline filter attribute definitions for
     * the vector index. */
    struct awsc_dynamodb_search_schema search_schema;
    /* Projection: Specifies attributes that are copied (projected) from the table
     * into the vector index. Required. */
    struct awsc_dynamodb_projection *projection;
    /* Dimensions: The number of dimensions in each vector. Required. */
    bool has_dimensions;
    int64_t dimensions;
    /* DistanceFunction: The distance function used to calculate similarity. Valid
     * values: COSINE , EUCLIDEAN , DOT_PRODUCT . Required. One of enum
     * awsc_dynamodb_vector_distance_function's values (as its string). */
    const char *distance_function;
};

/*
 * Processing options for the CSV file being imported.
 */
struct awsc_dynamodb_csv_options {
    /* Delimiter: The delimiter used for separating items in the CSV file being
     * imported. */
    const char *delimiter;
    /* HeaderList: List of the headers used to specify a common header for all
     * source CSV files being imported. If this field is specified then the first
     * line of each CSV file is treated as data instead of the header. */
    struct awsc_dynamodb_attribute_name_list header_list;
};

/*
 * Represents a request to perform a DeleteItem operation.
 */
struct awsc_dynamodb_delete {
    /* Key: The primary key of the item to be deleted. Each element consists of an
     * attribute name and a value for that attribute. Required. */
    struct awsc_dynamodb_attribute_map key;
    /* TableName: Name of the table in which the item to be deleted resides. You
     * can also provide the Amazon Resource Name (ARN) of the table in this
     * parameter. Required. */
    const char *table_name;
    /* ConditionExpression: A condition that must be satisfied in order for a
     * conditional delete to succeed. */
    const char *condition_expression;
    /* ExpressionAttributeNames: One or more substitution tokens for attribute
     * names in an expression. */
    struct awsc_dynamodb_expression_attribute_name_map expression_attribute_names;
    /* ExpressionAttributeValues: One or more values that can be substituted in an
     * expression. */
    struct awsc_dynamodb_attribute_map expression_attribute_values;
    /* ReturnValuesOnConditionCheckFailure: Use ReturnValuesOnConditionCheckFailure
     * to get the item attributes if the Delete condition fails. For
     * ReturnValuesOnConditionCheckFailure , the valid values are: NONE and
     * ALL_OLD. One of enum
     * awsc_dynamodb_return_values_on_condition_check_failure's values (as its
     * string). */
    const char *return_values_on_condition_check_failure;
};

/* DeleteBackupInput */
struct awsc_dynamodb_delete_backup_input {
    /* BackupArn: The ARN associated with the backup. Required. */
    const char *backup_arn;
};

/* DeleteBackupOutput */
struct awsc_dynamodb_delete_backup_output {
    /* BackupDescription: Contains the description of the backup created for the
     * table. */
    struct awsc_dynamodb_backup_description *backup_description;
};

/*
 * Represents a global secondary index to be deleted from an existing table.
 */
struct awsc_dynamodb_delete_global_secondary_index_action {
    /* IndexName: The name of the global secondary index to be deleted. Required. */
    const char *index_name;
};

/*
 * Specifies the action to remove a witness Region from a MRSC global table.
 * You cannot delete a single witness from a MRSC global table - you must
 * delete both a replica and the witness together.
 */
struct awsc_dynamodb_delete_global_table_witness_group_member_action {
    /* RegionName: The witness Region name to be removed from the MRSC global
     * table. Required. */
    const char *region_name;
};

/*
 * Represents the input of a DeleteItem operation.
 */
struct awsc_dynamodb_delete_item_input {
    /* TableName: The name of the table from which to delete the item. You can also
     * provide the Amazon Resource Name (ARN) of the table in this parameter.
     * Required. */
    const char *table_name;
    /* Key: A map of attribute names to AttributeValue objects, representing the
     * primary key of the item to delete. Required. */
    struct awsc_dynamodb_attribute_map key;
    /* Expected: This is a legacy parameter. Use ConditionExpression instead. For
     * more information, see Expected in the Amazon DynamoDB Developer Guide . */
    struct awsc_dynamodb_expected_attribute_map expected;
    /* ConditionalOperator: This is a legacy parameter. Use ConditionExpression
     * instead. For more information, see ConditionalOperator in the Amazon
     * DynamoDB Developer Guide . One of enum awsc_dynamodb_conditional_operator's
     * values (as its string). */
    const char *conditional_operator;
    /* ReturnValues: Use ReturnValues if you want to get the item attributes as
     * they appeared before they were deleted. One of enum
     * awsc_dynamodb_return_value's values (as its string). */
    const char *return_values;
    /* ReturnConsumedCapacity:  One of enum
     * awsc_dynamodb_return_consumed_capacity's values (as its string). */
    const char *return_consumed_capacity;
    /* ReturnItemCollectionMetrics: Determines whether item collection metrics are
     * returned. If set to SIZE , the response includes statistics about item
     * collections, if any, that were modified during the operation are returned in
     * the ... One of enum awsc_dynamodb_return_item_collection_metrics's values
     * (as its string). */
    const char *return_item_collection_metrics;
    /* ConditionExpression: A condition that must be satisfied in order for a
     * conditional DeleteItem to succeed. */
    const char *condition_expression;
    /* ExpressionAttributeNames: One or more substitution tokens for attribute
     * names in an expression. */
    struct awsc_dynamodb_expression_attribute_name_map expression_attribute_names;
    /* ExpressionAttributeValues: One or more values that can be substituted in an
     * expression. */
    struct awsc_dynamodb_attribute_map expression_attribute_values;
    /* ReturnValuesOnConditionCheckFailure: An optional parameter that returns the
     * item attributes for a DeleteItem operation that failed a condition check.
     * One of enum awsc_dynamodb_return_values_on_condition_check_failure's values
     * (as its string). */
    const char *return_values_on_condition_check_failure;
};

/*
 * Represents the output of a DeleteItem operation.
 */
struct awsc_dynamodb_delete_item_output {
    /* Attributes: A map of attribute names to AttributeValue objects, representing
     * the item as it appeared before the DeleteItem operation. */
    struct awsc_dynamodb_attribute_map attributes;
    /* ConsumedCapacity: The capacity units consumed by the DeleteItem operation.
     * The data returned includes the total provisioned throughput consumed, along
     * with statistics for the table and any indexes involved in the ... */
    struct awsc_dynamodb_consumed_capacity *consumed_capacity;
    /* ItemCollectionMetrics: Information about item collections, if any, that were
     * affected by the DeleteItem operation. ItemCollectionMetrics is only returned
     * if the ReturnItemCollectionMetrics parameter was specified. */
    struct awsc_dynamodb_item_collection_metrics *item_collection_metrics;
};

/*
 * Represents a replica to be removed.
 */
struct awsc_dynamodb_delete_replica_action {
    /* RegionName: The Region of the replica to be removed. Required. */
    const char *region_name;
};

/*
 * Represents a replica to be deleted.
 */
struct awsc_dynamodb_delete_replication_group_member_action {
    /* RegionName: The Region where the replica exists. Required. */
    const char *region_name;
};

/*
 * Represents a request to perform a DeleteItem operation on an item.
 */
struct awsc_dynamodb_delete_request {
    /* Key: A map of attribute name to attribute values, representing the primary
     * key of the item to delete. Required. */
    struct awsc_dynamodb_attribute_map key;
};

/* DeleteResourcePolicyInput */
struct awsc_dynamodb_delete_resource_policy_input {
    /* ResourceArn: The Amazon Resource Name (ARN) of the DynamoDB resource from
     * which the policy will be removed. The resources you can specify include
     * tables and streams. Required. */
    const char *resource_arn;
    /* ExpectedRevisionId: A string value that you can use to conditionally delete
     * your policy. */
    const char *expected_revision_id;
};

/* DeleteResourcePolicyOutput */
struct awsc_dynamodb_delete_resource_policy_output {
    /* RevisionId: A unique string that represents the revision ID of the policy.
     * If you're comparing revision IDs, make sure to always use string comparison
     * logic. */
    const char *revision_id;
};

/*
 * Represents the input of a DeleteTable operation.
 */
struct awsc_dynamodb_delete_table_input {
    /* TableName: The name of the table to delete. You can also provide the Amazon
     * Resource Name (ARN) of the table in this parameter. Required. */
    const char *table_name;
};

/*
 * Represents the output of a DeleteTable operation.
 */
struct awsc_dynamodb_delete_table_output {
    /* TableDescription: Represents the properties of a table. */
    struct awsc_dynamodb_table_description *table_description;
};

/*
 * A vector index to be removed from a table.
 */
struct awsc_dynamodb_delete_vector_index_action {
    /* IndexName: The name of the vector index to delete. Required. */
    const char *index_name;
};

/* DescribeBackupInput */
struct awsc_dynamodb_describe_backup_input {
    /* BackupArn: The Amazon Resource Name (ARN) associated with the backup.
     * Required. */
    const char *backup_arn;
};

/* DescribeBackupOutput */
struct awsc_dynamodb_describe_backup_output {
    /* BackupDescription: Contains the description of the backup created for the
     * table. */
    struct awsc_dynamodb_backup_description *backup_description;
};

/* DescribeContinuousBackupsInput */
struct awsc_dynamodb_describe_continuous_backups_input {
    /* TableName: Name of the table for which the customer wants to check the
     * continuous backups and point in time recovery settings. Required. */
    const char *table_name;
};

/* DescribeContinuousBackupsOutput */
struct awsc_dynamodb_describe_continuous_backups_output {
    /* ContinuousBackupsDescription: Represents the continuous backups and point in
     * time recovery settings on the table. */
    struct awsc_dynamodb_continuous_backups_description *continuous_backups_description;
};

/* DescribeContributorInsightsInput */
struct awsc_dynamodb_describe_contributor_insights_input {
    /* TableName: The name of the table to describe. You can also provide the
     * Amazon Resource Name (ARN) of the table in this parameter. Required. */
    const char *table_name;
    /* IndexName: The name of the global secondary index to describe, if
     * applicable. */
    const char *index_name;
};

/* DescribeContributorInsightsOutput */
struct awsc_dynamodb_describe_contributor_insights_output {
    /* TableName: The name of the table being described. */
    const char *table_name;
    /* IndexName: The name of the global secondary index being described. */
    const char *index_name;
    /* ContributorInsightsRuleList: List of names of the associated contributor
     * insights rules. */
    struct awsc_dynamodb_attribute_name_list contributor_insights_rule_list;
    /* ContributorInsightsStatus: Current status of contributor insights. One of
     * enum awsc_dynamodb_contributor_insights_status's values (as its string). */
    const char *contributor_insights_status;
    /* LastUpdateDateTime: Timestamp of the last time the status was changed. */
    bool has_last_update_date_time;
    struct awsc_timestamp last_update_date_time;
    /* FailureException: Returns information about the last failure that was
     * encountered. */
    struct awsc_dynamodb_failure_exception *failure_exception;
    /* ContributorInsightsMode: The mode of CloudWatch Contributor Insights for
     * DynamoDB that determines which events are emitted. Can be set to track all
     * access and throttled events or throttled events only. One of enum
     * awsc_dynamodb_contributor_insights_mode's values (as its string). */
    const char *contributor_insights_mode;
};

/* DescribeEndpointsRequest */
struct awsc_dynamodb_describe_endpoints_input {
    char unused_; /* no members */
};

/* DescribeEndpointsResponse */
struct awsc_dynamodb_describe_endpoints_output {
    /* Endpoints: List of endpoints. Required. */
    struct awsc_dynamodb_endpoints endpoints;
};

/* DescribeExportInput */
struct awsc_dynamodb_describe_export_input {
    /* ExportArn: The Amazon Resource Name (ARN) associated with the export.
     * Required. */
    const char *export_arn;
};

/* DescribeExportOutput */
struct awsc_dynamodb_describe_export_output {
    /* ExportDescription: Represents the properties of the export. */
    struct awsc_dynamodb_export_description *export_description;
};

/* DescribeGlobalTableInput */
struct awsc_dynamodb_describe_global_table_input {
    /* GlobalTableName: The name of the global table. Required. */
    const char *global_table_name;
};

/* DescribeGlobalTableOutput */
struct awsc_dynamodb_describe_global_table_output {
    /* GlobalTableDescription: Contains the details of the global table. */
    struct awsc_dynamodb_global_table_description *global_table_description;
};

/* DescribeGlobalTableSettingsInput */
struct awsc_dynamodb_describe_global_table_settings_input {
    /* GlobalTableName: The name of the global table to describe. Required. */
    const char *global_table_name;
};

/* DescribeGlobalTableSettingsOutput */
struct awsc_dynamodb_describe_global_table_settings_output {
    /* GlobalTableName: The name of the global table. */
    const char *global_table_name;
    /* ReplicaSettings: The Region-specific settings for the global table. */
    struct awsc_dynamodb_replica_settings_description_list replica_settings;
};

/* DescribeImportInput */
struct awsc_dynamodb_describe_import_input {
    /* ImportArn: The Amazon Resource Name (ARN) associated with the table you're
     * importing to. Required. */
    const char *import_arn;
};

/* DescribeImportOutput */
struct awsc_dynamodb_describe_import_output {
    /* ImportTableDescription: Represents the properties of the table created for
     * the import, and parameters of the import. Required. */
    struct awsc_dynamodb_import_table_description *import_table_description;
};

/* DescribeKinesisStreamingDestinationInput */
struct awsc_dynamodb_describe_kinesis_streaming_destination_input {
    /* TableName: The name of the table being described. You can also provide the
     * Amazon Resource Name (ARN) of the table in this parameter. Required. */
    const char *table_name;
};

/* DescribeKinesisStreamingDestinationOutput */
struct awsc_dynamodb_describe_kinesis_streaming_destination_output {
    /* TableName: The name of the table being described. */
    const char *table_name;
    /* KinesisDataStreamDestinations: The list of replica structures for the table
     * being described. */
    struct awsc_dynamodb_kinesis_data_stream_destinations kinesis_data_stream_destinations;
};

/*
 * Represents the input of a DescribeLimits operation. Has no content.
 */
struct awsc_dynamodb_describe_limits_input {
    char unused_; /* no members */
};

/*
 * Represents the output of a DescribeLimits operation.
 */
struct awsc_dynamodb_describe_limits_output {
    /* AccountMaxReadCapacityUnits: The maximum total read capacity units that your
     * account allows you to provision across all of your tables in this Region. */
    bool has_account_max_read_capacity_units;
    int64_t account_max_read_capacity_units;
    /* AccountMaxWriteCapacityUnits: The maximum total write capacity units that
     * your account allows you to provision across all of your tables in this
     * Region. */
    bool has_account_max_write_capacity_units;
    int64_t account_max_write_capacity_units;
    /* TableMaxReadCapacityUnits: The maximum read capacity units that your account
     * allows you to provision for a new table that you are creating in this
     * Region, including the read capacity units provisioned for its global
     * secondary ... */
    bool has_table_max_read_capacity_units;
    int64_t table_max_read_capacity_units;
    /* TableMaxWriteCapacityUnits: The maximum write capacity units that your
     * account allows you to provision for a new table that you are creating in
     * this Region, including the write capacity units provisioned for its global
     * ... */
    bool has_table_max_write_capacity_units;
    int64_t table_max_write_capacity_units;
};

/*
 * Represents the input of a DescribeTable operation.
 */
struct awsc_dynamodb_describe_table_input {
    /* TableName: The name of the table to describe. You can also provide the
     * Amazon Resource Name (ARN) of the table in this parameter. Required. */
    const char *table_name;
};

/*
 * Represents the output of a DescribeTable operation.
 */
struct awsc_dynamodb_describe_table_output {
    /* Table: The properties of the table. */
    struct awsc_dynamodb_table_description *table;
};

/* DescribeTableReplicaAutoScalingInput */
struct awsc_dynamodb_describe_table_replica_auto_scaling_input {
    /* TableName: The name of the table. You can also provide the Amazon Resource
     * Name (ARN) of the table in this parameter. Required. */
    const char *table_name;
};

/* DescribeTableReplicaAutoScalingOutput */
struct awsc_dynamodb_describe_table_replica_auto_scaling_output {
    /* TableAutoScalingDescription: Represents the auto scaling properties of the
     * table. */
    struct awsc_dynamodb_table_auto_scaling_description *table_auto_scaling_description;
};

/* DescribeTimeToLiveInput */
struct awsc_dynamodb_describe_time_to_live_input {
    /* TableName: The name of the table to be described. You can also provide the
     * Amazon Resource Name (ARN) of the table in this parameter. Required. */
    const char *table_name;
};

/* DescribeTimeToLiveOutput */
struct awsc_dynamodb_describe_time_to_live_output {
    /* TimeToLiveDescription: */
    struct awsc_dynamodb_time_to_live_description *time_to_live_description;
};

/*
 * There was an attempt to insert an item with the same primary key as an item
 * that already exists in the DynamoDB table.
 */
struct awsc_dynamodb_duplicate_item_exception {
    /* message: */
    const char *message;
};

/*
 * Enables setting the configuration for Kinesis Streaming.
 */
struct awsc_dynamodb_enable_kinesis_streaming_configuration {
    /* ApproximateCreationDateTimePrecision: Toggle for the precision of Kinesis
     * data stream timestamp. The values are either MILLISECOND or MICROSECOND .
     * One of enum awsc_dynamodb_approximate_creation_date_time_precision's values
     * (as its string). */
    const char *approximate_creation_date_time_precision;
};

/*
 * An endpoint information details.
 */
struct awsc_dynamodb_endpoint {
    /* Address: IP address of the endpoint. Required. */
    const char *address;
    /* CachePeriodInMinutes: Endpoint cache time to live (TTL) value. Required. */
    bool has_cache_period_in_minutes;
    int64_t cache_period_in_minutes;
};

/* ExecuteStatementInput */
struct awsc_dynamodb_execute_statement_input {
    /* Statement: The PartiQL statement representing the operation to run.
     * Required. */
    const char *statement;
    /* Parameters: The parameters for the PartiQL statement, if any. */
    struct awsc_dynamodb_attribute_value_list parameters;
    /* ConsistentRead: The consistency of a read operation. If set to true , then a
     * strongly consistent read is used; otherwise, an eventually consistent read
     * is used. */
    bool has_consistent_read;
    bool consistent_read;
    /* NextToken: Set this value to get remaining results, if NextToken was
     * returned in the statement response. */
    const char *next_token;
    /* ReturnConsumedCapacity:  One of enum
     * awsc_dynamodb_return_consumed_capacity's values (as its string). */
    const char *return_consumed_capacity;
    /* Limit: The maximum number of items to evaluate (not necessarily the number
     * of matching items). */
    bool has_limit;
    int32_t limit;
    /* ReturnValuesOnConditionCheckFailure: An optional parameter that returns the
     * item attributes for an ExecuteStatement operation that failed a condition
     * check. One of enum awsc_dynamodb_return_values_on_condition_check_failure's
     * values (as its string). */
    const char *return_values_on_condition_check_failure;
};

/* ExecuteStatementOutput */
struct awsc_dynamodb_execute_statement_output {
    /* Items: If a read operation was used, this property will contain the result
     * of the read operation; a map of attribute names and their values. For the
     * write operations this value will be empty. */
    struct awsc_dynamodb_item_list items;
    /* NextToken: If the response of a read request exceeds the response payload
     * limit DynamoDB will set this value in the response. */
    const char *next_token;
    /* ConsumedCapacity: */
    struct awsc_dynamodb_consumed_capacity *consumed_capacity;
    /* LastEvaluatedKey: The primary key of the item where the operation stopped,
     * inclusive of the previous result set. Use this value to start a new
     * operation, excluding this value in the new request. */
    struct awsc_dynamodb_attribute_map last_evaluated_key;
};

/* ExecuteTransactionInput */
struct awsc_dynamodb_execute_transaction_input {
    /* TransactStatements: The list of PartiQL statements representing the
     * transaction to run. Required. */
    struct awsc_dynamodb_parameterized_statements transact_statements;
    /* ClientRequestToken: Set this value to get remaining results, if NextToken
     * was returned in the statement response. */
    const char *client_request_token;
    /* ReturnConsumedCapacity: Determines the level of detail about either
     * provisioned or on-demand throughput consumption that is returned in the
     * response. For more information, see TransactGetItems and TransactWriteItems
     * . One of enum awsc_dynamodb_return_consumed_capacity's values (as its
     * string). */
    const char *return_consumed_capacity;
};

/* ExecuteTransactionOutput */
struct awsc_dynamodb_execute_transaction_output {
    /* Responses: The response to a PartiQL transaction. */
    struct awsc_dynamodb_item_response_list responses;
    /* ConsumedCapacity: The capacity units consumed by the entire operation. The
     * values of the list are ordered according to the ordering of the statements. */
    struct awsc_dynamodb_consumed_capacity_multiple consumed_capacity;
};

/*
 * Represents a condition to be compared with an attribute value. This
 * condition can be used with DeleteItem , PutItem , or UpdateItem operations;
 * if the comparison evaluates to true, the operation succeeds; if not, the
 * operation fails.
 */
struct awsc_dynamodb_expected_attribute_value {
    /* Value: Represents the data for the expected attribute. */
    struct awsc_dynamodb_attribute_value *value;
    /* Exists: Causes DynamoDB to evaluate the value before attempting a
     * conditional operation: If Exists is true , DynamoDB will check to see if
     * that attribute value already exists in the table. */
    bool has_exists;
    bool exists;
    /* ComparisonOperator: A comparator for evaluating attributes in the
     * AttributeValueList . For example, equals, greater than, less than, etc. One
     * of enum awsc_dynamodb_comparison_operator's values (as its string). */
    const char *comparison_operator;
    /* AttributeValueList: One or more values to evaluate against the supplied
     * attribute. The number of values in the list depends on the
     * ComparisonOperator being used. */
    struct awsc_dynamodb_attribute_value_list attribute_value_list;
};

/*
 * There was a conflict when writing to the specified S3 bucket.
 */
struct awsc_dynamodb_export_conflict_exception {
    /* message: */
    const char *message;
};

/*
 * Represents the properties of the exported table.
 */
struct awsc_dynamodb_export_description {
    /* ExportArn: The Amazon Resource Name (ARN) of the table export. */
    const char *export_arn;
    /* ExportStatus: Export can be in one of the following states: IN_PROGRESS,
     * COMPLETED, or FAILED. One of enum awsc_dynamodb_export_status's values (as
     * its string). */
    const char *export_status;
    /* StartTime: The time at which the export task began. */
    bool has_start_time;
    struct awsc_timestamp start_time;
    /* EndTime: The time at which the export task completed. */
    bool has_end_time;
    struct awsc_timestamp end_time;
    /* ExportManifest: The name of the manifest file for the export task. */
    const char *export_manifest;
    /* TableArn: The Amazon Resource Name (ARN) of the table that was exported. */
    const char *table_arn;
    /* TableId: Unique ID of the table that was exported. */
    const char *table_id;
    /* ExportTime: Point in time from which table data was exported. */
    bool has_export_time;
    struct awsc_timestamp export_time;
    /* ClientToken: The client token that was provided for the export task. A
     * client token makes calls to ExportTableToPointInTimeInput idempotent,
     * meaning that multiple identical calls have the same effect as one ... */
    const char *client_token;
    /* S3Bucket: The name of the Amazon S3 bucket containing the export. */
    const char *s3_bucket;
    /* S3BucketOwner: The ID of the Amazon Web Services account that owns the
     * bucket containing the export. */
    const char *s3_bucket_owner;
    /* S3Prefix: The Amazon S3 bucket prefix used as the file name and path of the
     * exported snapshot. */
    const char *s3_prefix;
    /* S3SseAlgorithm: Type of encryption used on the bucket where export data is
     * stored. Valid values for S3SseAlgorithm are: AES256 - server-side encryption
     * with Amazon S3 managed keys KMS - server-side encryption with ... One of
     * enum awsc_dynamodb_s3_sse_algorithm's values (as its string). */
    const char *s3_sse_algorithm;
    /* S3SseKmsKeyId: The ID of the KMS managed key used to encrypt the S3 bucket
     * where export data is stored (if applicable). */
    const char *s3_sse_kms_key_id;
    /* FailureCode: Status code for the result of the failed export. */
    const char *failure_code;
    /* FailureMessage: Export failure reason description. */
    const char *failure_message;
    /* ExportFormat: The format of the exported data. Valid values for ExportFormat
     * are DYNAMODB_JSON or ION . One of enum awsc_dynamodb_export_format's values
     * (as its string). */
    const char *export_format;
    /* BilledSizeBytes: The billable size of the table export. */
    bool has_billed_size_bytes;
    int64_t billed_size_bytes;
    /* ItemCount: The number of items exported. */
    bool has_item_count;
    int64_t item_count;
    /* ExportType: The type of export that was performed. Valid values are
     * FULL_EXPORT or INCREMENTAL_EXPORT . One of enum awsc_dynamodb_export_type's
     * values (as its string). */
    const char *export_type;
    /* IncrementalExportSpecification: Optional object containing the parameters
     * specific to an incremental export. */
    struct awsc_dynamodb_incremental_export_specification *incremental_export_specification;
};

/*
 * The specified export was not found.
 */
struct awsc_dynamodb_export_not_found_exception {
    /* message: */
    const char *message;
};

/*
 * Summary information about an export task.
 */
struct awsc_dynamodb_export_summary {
    /* ExportArn: The Amazon Resource Name (ARN) of the export. */
    const char *export_arn;
    /* ExportStatus: Export can be in one of the following states: IN_PROGRESS,
     * COMPLETED, or FAILED. One of enum awsc_dynamodb_export_status's values (as
     * its string). */
    const char *export_status;
    /* ExportType: The type of export that was performed. Valid values are
     * FULL_EXPORT or INCREMENTAL_EXPORT . One of enum awsc_dynamodb_export_type's
     * values (as its string). */
    const char *export_type;
};

/* ExportTableToPointInTimeInput */
struct awsc_dynamodb_export_table_to_point_in_time_input {
    /* TableArn: The Amazon Resource Name (ARN) associated with the table to
     * export. Required. */
    const char *table_arn;
    /* ExportTime: Time in the past from which to export table data, counted in
     * seconds from the start of the Unix epoch. The table export will be a
     * snapshot of the table's state at this point in time. */
    bool has_export_time;
    struct awsc_timestamp export_time;
    /* ClientToken: Providing a ClientToken makes the call to
     * ExportTableToPointInTimeInput idempotent, meaning that multiple identical
     * calls have the same effect as one single call. */
    const char *client_token;
    /* S3Bucket: The name of the Amazon S3 bucket to export the snapshot to.
     * Required. */
    const char *s3_bucket;
    /* S3BucketOwner: The ID of the Amazon Web Services account that owns the
     * bucket the export will be stored in. S3BucketOwner is a required parameter
     * when exporting to a S3 bucket in another account. */
    const char *s3_bucket_owner;
    /* S3Prefix: The Amazon S3 bucket prefix to use as the file name and path of
     * the exported snapshot. */
    const char *s3_prefix;
    /* S3SseAlgorithm: Type of encryption used on the bucket where export data will
     * be stored. One of enum awsc_dynamodb_s3_sse_algorithm's values (as its
     * string). */
    const char *s3_sse_algorithm;
    /* S3SseKmsKeyId: The ID of the KMS managed key used to encrypt the S3 bucket
     * where export data will be stored (if applicable). */
    const char *s3_sse_kms_key_id;
    /* ExportFormat: The format for the exported data. Valid values for
     * ExportFormat are DYNAMODB_JSON or ION . One of enum
     * awsc_dynamodb_export_format's values (as its string). */
    const char *export_format;
    /* ExportType: Choice of whether to execute as a full export or incremental
     * export. Valid values are FULL_EXPORT or INCREMENTAL_EXPORT. The default
     * value is FULL_EXPORT. One of enum awsc_dynamodb_export_type's values (as its
     * string). */
    const char *export_type;
    /* IncrementalExportSpecification: Optional object containing the parameters
     * specific to an incremental export. */
    struct awsc_dynamodb_incremental_export_specification *incremental_export_specification;
};

/* ExportTableToPointInTimeOutput */
struct awsc_dynamodb_export_table_to_point_in_time_output {
    /* ExportDescription: Contains a description of the table export. */
    struct awsc_dynamodb_export_description *export_description;
};

/*
 * Represents a failure a contributor insights operation.
 */
struct awsc_dynamodb_failure_exception {
    /* ExceptionName: Exception name. */
    const char *exception_name;
    /* ExceptionDescription: Description of the failure. */
    const char *exception_description;
};

/*
 * Specifies an item and related attribute values to retrieve in a
 * TransactGetItem object.
 */
struct awsc_dynamodb_get {
    /* Key: A map of attribute names to AttributeValue objects that specifies the
     * primary key of the item to retrieve. Required. */
    struct awsc_dynamodb_attribute_map key;
    /* TableName: The name of the table from which to retrieve the specified item.
     * You can also provide the Amazon Resource Name (ARN) of the table in this
     * parameter. Required. */
    const char *table_name;
    /* ProjectionExpression: A string that identifies one or more attributes of the
     * specified item to retrieve from the table. The attributes in the expression
     * must be separated by commas. */
    const char *projection_expression;
    /* ExpressionAttributeNames: One or more substitution tokens for attribute
     * names in the ProjectionExpression parameter. */
    struct awsc_dynamodb_expression_attribute_name_map expression_attribute_names;
};

/*
 * Represents the input of a GetItem operation.
 */
struct awsc_dynamodb_get_item_input {
    /* TableName: The name of the table containing the requested item. You can also
     * provide the Amazon Resource Name (ARN) of the table in this parameter.
     * Required. */
    const char *table_name;
    /* Key: A map of attribute names to AttributeValue objects, representing the
     * primary key of the item to retrieve. Required. */
    struct awsc_dynamodb_attribute_map key;
    /* AttributesToGet: This is a legacy parameter. Use ProjectionExpression
     * instead. For more information, see AttributesToGet in the Amazon DynamoDB
     * Developer Guide . */
    struct awsc_dynamodb_attribute_name_list attributes_to_get;
    /* ConsistentRead: Determines the read consistency model: If set to true , then
     * the operation uses strongly consistent reads; otherwise, the operation uses
     * eventually consistent reads. */
    bool has_consistent_read;
    bool consistent_read;
    /* ReturnConsumedCapacity:  One of enum
     * awsc_dynamodb_return_consumed_capacity's values (as its string). */
    const char *return_consumed_capacity;
    /* ProjectionExpression: A string that identifies one or more attributes to
     * retrieve from the table. These attributes can include scalars, sets, or
     * elements of a JSON document. */
    const char *projection_expression;
    /* ExpressionAttributeNames: One or more substitution tokens for attribute
     * names in an expression. */
    struct awsc_dynamodb_expression_attribute_name_map expression_attribute_names;
};

/*
 * Represents the output of a GetItem operation.
 */
struct awsc_dynamodb_get_item_output {
    /* Item: A map of attribute names to AttributeValue objects, as specified by
     * ProjectionExpression . */
    struct awsc_dynamodb_attribute_map item;
    /* ConsumedCapacity: The capacity units consumed by the GetItem operation. The
     * data returned includes the total provisioned throughput consumed, along with
     * statistics for the table and any indexes involved in the ... */
    struct awsc_dynamodb_consumed_capacity *consumed_capacity;
};

/* GetResourcePolicyInput */
struct awsc_dynamodb_get_resource_policy_input {
    /* ResourceArn: The Amazon Resource Name (ARN) of the DynamoDB resource to
     * which the policy is attached. The resources you can specify include tables
     * and streams. Required. */
    const char *resource_arn;
};

/* GetResourcePolicyOutput */
struct awsc_dynamodb_get_resource_policy_output {
    /* Policy: The resource-based policy document attached to the resource, which
     * can be a table or stream, in JSON format. */
    const char *policy;
    /* RevisionId: A unique string that represents the revision ID of the policy.
     * If you're comparing revision IDs, make sure to always use string comparison
     * logic. */
    const char *revision_id;
};

/*
 * Represents the properties of a global secondary index.
 */
struct awsc_dynamodb_global_secondary_index {
    /* IndexName: The name of the global secondary index. The name must be unique
     * among all other indexes on this table. Required. */
    const char *index_name;
    /* KeySchema: The complete key schema for a global secondary index, which
     * consists of one or more pairs of attribute names and key types: HASH -
     * partition key RANGE - sort key The partition key of an item is also ...
     * Required. */
    struct awsc_dynamodb_key_schema key_schema;
    /* Projection: Represents attributes that are copied (projected) from the table
     * into the global secondary index. Required. */
    struct awsc_dynamodb_projection *projection;
    /* ProvisionedThroughput: Represents the provisioned throughput settings for
     * the specified global secondary index. You must use either OnDemandThroughput
     * or ProvisionedThroughput based on your table's capacity mode. */
    struct awsc_dynamodb_provisioned_throughput *provisioned_throughput;
    /* OnDemandThroughput: The maximum number of read and write units for the
     * specified global secondary index. If you use this parameter, you must
     * specify MaxReadRequestUnits , MaxWriteRequestUnits , or both. */
    struct awsc_dynamodb_on_demand_throughput *on_demand_throughput;
    /* WarmThroughput: Represents the warm throughput value (in read units per
     * second and write units per second) for the specified secondary index. */
    struct awsc_dynamodb_warm_throughput *warm_throughput;
};

/*
 * Represents the auto scaling settings of a global secondary index for a
 * global table that will be modified.
 */
struct awsc_dynamodb_global_secondary_index_auto_scaling_update {
    /* IndexName: The name of the global secondary index. */
    const char *index_name;
    /* ProvisionedWriteCapacityAutoScalingUpdate: */
    struct awsc_dynamodb_auto_scaling_settings_update *provisioned_write_capacity_auto_scaling_update;
};

/*
 * Represents the properties of a global secondary index.
 */
struct awsc_dynamodb_global_secondary_index_description {
    /* IndexName: The name of the global secondary index. */
    const char *index_name;
    /* KeySchema: The complete key schema for a global secondary index, which
     * consists of one or more pairs of attribute names and key types: HASH -
     * partition key RANGE - sort key The partition key of an item is also ... */
    struct awsc_dynamodb_key_schema key_schema;
    /* Projection: Represents attributes that are copied (projected) from the table
     * into the global secondary index. */
    struct awsc_dynamodb_projection *projection;
    /* IndexStatus: The current state of the global secondary index: CREATING - The
     * index is being created. UPDATING - The index is being updated. DELETING -
     * The index is being deleted. One of enum awsc_dynamodb_index_status's values
     * (as its string). */
    const char *index_status;
    /* Backfilling: Indicates whether the index is currently backfilling.
     * Backfilling is the process of reading items from the table and determining
     * whether they can be added to the index. */
    bool has_backfilling;
    bool backfilling;
    /* ProvisionedThroughput: Represents the provisioned throughput settings for
     * the specified global secondary index. */
    struct awsc_dynamodb_provisioned_throughput_description *provisioned_throughput;
    /* IndexSizeBytes: The total size of the specified index, in bytes. DynamoDB
     * updates this value approximately every six hours. Recent changes might not
     * be reflected in this value. */
    bool has_index_size_bytes;
    int64_t index_size_bytes;
    /* ItemCount: The number of items in the specified index. DynamoDB updates this
     * value approximately every six hours. Recent changes might not be reflected
     * in this value. */
    bool has_item_count;
    int64_t item_count;
    /* IndexArn: The Amazon Resource Name (ARN) that uniquely identifies the index. */
    const char *index_arn;
    /* OnDemandThroughput: The maximum number of read and write units for the
     * specified global secondary index. If you use this parameter, you must
     * specify MaxReadRequestUnits , MaxWriteRequestUnits , or both. */
    struct awsc_dynamodb_on_demand_throughput *on_demand_throughput;
    /* WarmThroughput: Represents the warm throughput value (in read units per
     * second and write units per second) for the specified secondary index. */
    struct awsc_dynamodb_global_secondary_index_warm_throughput_description *warm_throughput;
};

/*
 * Represents the properties of a global secondary index for the table when the
 * backup was created.
 */
struct awsc_dynamodb_global_secondary_index_info {
    /* IndexName: The name of the global secondary index. */
    const char *index_name;
    /* KeySchema: The complete key schema for a global secondary index, which
     * consists of one or more pairs of attribute names and key types: HASH -
     * partition key RANGE - sort key The partition key of an item is also ... */
    struct awsc_dynamodb_key_schema key_schema;
    /* Projection: Represents attributes that are copied (projected) from the table
     * into the global secondary index. */
    struct awsc_dynamodb_projection *projection;
    /* ProvisionedThroughput: Represents the provisioned throughput settings for
     * the specified global secondary index. */
    struct awsc_dynamodb_provisioned_throughput *provisioned_throughput;
    /* OnDemandThroughput: */
    struct awsc_dynamodb_on_demand_throughput *on_demand_throughput;
};

/*
 * Represents one of the following: A new global secondary index to be added to
 * an existing table. New provisioned throughput parameters for an existing
 * global secondary index. An existing global secondary index to be removed
 * from an existing table.
 */
struct awsc_dynamodb_global_secondary_index_update {
    /* Update: The name of an existing global secondary index, along with new
     * provisioned throughput settings to be applied to that index. */
    struct awsc_dynamodb_update_global_secondary_index_action *update;
    /* Create: The parameters required for creating a global secondary index on an
     * existing table: IndexName KeySchema AttributeDefinitions Projection
     * ProvisionedThroughput */
    struct awsc_dynamodb_create_global_secondary_index_action *create;
    /* Delete: The name of an existing global secondary index to be removed. */
    struct awsc_dynamodb_delete_global_secondary_index_action *delete_;
};

/*
 * The description of the warm throughput value on a global secondary index.
 */
struct awsc_dynamodb_global_secondary_index_warm_throughput_description {
    /* ReadUnitsPerSecond: Represents warm throughput read units per second value
     * for a global secondary index. */
    bool has_read_units_per_second;
    int64_t read_units_per_second;
    /* WriteUnitsPerSecond: Represents warm throughput write units per second value
     * for a global secondary index. */
    bool has_write_units_per_second;
    int64_t write_units_per_second;
    /* Status: Represents the warm throughput status being created or updated on a
     * global secondary index. The status can only be UPDATING or ACTIVE . One of
     * enum awsc_dynamodb_index_status's values (as its string). */
    const char *status;
};

/*
 * Represents the properties of a global table.
 */
struct awsc_dynamodb_global_table {
    /* GlobalTableName: The global table name. */
    const char *global_table_name;
    /* ReplicationGroup: The Regions where the global table has replicas. */
    struct awsc_dynamodb_replica_list replication_group;
};

/*
 * The specified global table already exists.
 */
struct awsc_dynamodb_global_table_already_exists_exception {
    /* message: */
    const char *message;
};

/*
 * Contains details about the global table.
 */
struct awsc_dynamodb_global_table_description {
    /* ReplicationGroup: The Regions where the global table has replicas. */
    struct awsc_dynamodb_replica_description_list replication_group;
    /* GlobalTableArn: The unique identifier of the global table. */
    const char *global_table_arn;
    /* CreationDateTime: The creation time of the global table. */
    bool has_creation_date_time;
    struct awsc_timestamp creation_date_time;
    /* GlobalTableStatus: The current state of the global table: CREATING - The
     * global table is being created. UPDATING - The global table is being updated.
     * DELETING - The global table is being deleted. One of enum
     * awsc_dynamodb_global_table_status's values (as its string). */
    const char *global_table_status;
    /* GlobalTableName: The global table name. */
    const char *global_table_name;
};

/*
 * Represents the settings of a global secondary index for a global table that
 * will be modified.
 */
struct awsc_dynamodb_global_table_global_secondary_index_settings_update {
    /* IndexName: The name of the global secondary index. The name must be unique
     * among all other indexes on this table. Required. */
    const char *index_name;
    /* ProvisionedWriteCapacityUnits: The maximum number of writes consumed per
     * second before DynamoDB returns a ThrottlingException. */
    bool has_provisioned_write_capacity_units;
    int64_t provisioned_write_capacity_units;
    /* ProvisionedWriteCapacityAutoScalingSettingsUpdate: Auto scaling settings for
     * managing a global secondary index's write capacity units. */
    struct awsc_dynamodb_auto_scaling_settings_update *provisioned_write_capacity_auto_scaling_settings_update;
};

/*
 * The specified global table does not exist.
 */
struct awsc_dynamodb_global_table_not_found_exception {
    /* message: */
    const char *message;
};

/*
 * Represents the properties of a witness Region in a MRSC global table.
 */
struct awsc_dynamodb_global_table_witness_description {
    /* RegionName: The name of the Amazon Web Services Region that serves as a
     * witness for the MRSC global table. */
    const char *region_name;
    /* WitnessStatus: The current status of the witness Region in the MRSC global
     * table. One of enum awsc_dynamodb_witness_status's values (as its string). */
    const char *witness_status;
};

/*
 * Represents one of the following: A new witness to be added to a new global
 * table. An existing witness to be removed from an existing global table. You
 * can configure one witness per MRSC global table.
 */
struct awsc_dynamodb_global_table_witness_group_update {
    /* Create: Specifies a witness Region to be added to a new MRSC global table.
     * The witness must be added when creating the MRSC global table. */
    struct awsc_dynamodb_create_global_table_witness_group_member_action *create;
    /* Delete: Specifies a witness Region to be removed from an existing global
     * table. Must be done in conjunction with removing a replica. */
    struct awsc_dynamodb_delete_global_table_witness_group_member_action *delete_;
};

/*
 * DynamoDB rejected the request because you retried a request with a different
 * payload but with an idempotent token that was already used.
 */
struct awsc_dynamodb_idempotent_parameter_mismatch_exception {
    /* Message: */
    const char *message;
};

/*
 * There was a conflict when importing from the specified S3 source. This can
 * occur when the current import conflicts with a previous import request that
 * had the same client token.
 */
struct awsc_dynamodb_import_conflict_exception {
    /* message: */
    const char *message;
};

/*
 * The specified import was not found.
 */
struct awsc_dynamodb_import_not_found_exception {
    /* message: */
    const char *message;
};

/*
 * Summary information about the source file for the import.
 */
struct awsc_dynamodb_import_summary {
    /* ImportArn: The Amazon Resource Number (ARN) corresponding to the import
     * request. */
    const char *import_arn;
    /* ImportStatus: The status of the import operation. One of enum
     * awsc_dynamodb_import_status's values (as its string). */
    const char *import_status;
    /* TableArn: The Amazon Resource Number (ARN) of the table being imported into. */
    const char *table_arn;
    /* S3BucketSource: The path and S3 bucket of the source file that is being
     * imported. This includes the S3Bucket (required), S3KeyPrefix (optional) and
     * S3BucketOwner (optional if the bucket is owned by the requester). */
    struct awsc_dynamodb_s3_bucket_source *s3_bucket_source;
    /* CloudWatchLogGroupArn: The Amazon Resource Number (ARN) of the Cloudwatch
     * Log Group associated with this import task. */
    const char *cloud_watch_log_group_arn;
    /* InputFormat: The format of the source data. Valid values are CSV ,
     * DYNAMODB_JSON or ION . One of enum awsc_dynamodb_input_format's values (as
     * its string). */
    const char *input_format;
    /* StartTime: The time at which this import task began. */
    bool has_start_time;
    struct awsc_timestamp start_time;
    /* EndTime: The time at which this import task ended. */
    bool has_end_time;
    struct awsc_timestamp end_time;
};

/*
 * Represents the properties of the table being imported into.
 */
struct awsc_dynamodb_import_table_description {
    /* ImportArn: The Amazon Resource Number (ARN) corresponding to the import
     * request. */
    const char *import_arn;
    /* ImportStatus: The status of the import. One of enum
     * awsc_dynamodb_import_status's values (as its string). */
    const char *import_status;
    /* TableArn: The Amazon Resource Number (ARN) of the table being imported into. */
    const char *table_arn;
    /* TableId: The table id corresponding to the table created by import table
     * process. */
    const char *table_id;
    /* ClientToken: The client token that was provided for the import task. Reusing
     * the client token on retry makes a call to ImportTable idempotent. */
    const char *client_token;
    /* S3BucketSource: Values for the S3 bucket the source file is imported from.
     * Includes bucket name (required), key prefix (optional) and bucket account
     * owner ID (optional). */
    struct awsc_dynamodb_s3_bucket_source *s3_bucket_source;
    /* ErrorCount: The number of errors occurred on importing the source file into
     * the target table. */
    bool has_error_count;
    int64_t error_count;
    /* CloudWatchLogGroupArn: The Amazon Resource Number (ARN) of the Cloudwatch
     * Log Group associated with the target table. */
    const char *cloud_watch_log_group_arn;
    /* InputFormat: The format of the source data going into the target table. One
     * of enum awsc_dynamodb_input_format's values (as its string). */
    const char *input_format;
    /* InputFormatOptions: The format options for the data that was imported into
     * the target table. There is one value, CsvOption. */
    struct awsc_dynamodb_input_format_options *input_format_options;
    /* InputCompressionType: The compression options for the data that has been
     * imported into the target table. The values are NONE, GZIP, or ZSTD. One of
     * enum awsc_dynamodb_input_compression_type's values (as its string). */
    const char *input_compression_type;
    /* TableCreationParameters: The parameters for the new table that is being
     * imported into. */
    struct awsc_dynamodb_table_creation_parameters *table_creation_parameters;
    /* StartTime: The time when this import task started. */
    bool has_start_time;
    struct awsc_timestamp start_time;
    /* EndTime: The time at which the creation of the table associated with this
     * import task completed. */
    bool has_end_time;
    struct awsc_timestamp end_time;
    /* ProcessedSizeBytes: The total size of data processed from the source file,
     * in Bytes. */
    bool has_processed_size_bytes;
    int64_t processed_size_bytes;
    /* ProcessedItemCount: The total number of items processed from the source
     * file. */
    bool has_processed_item_count;
    int64_t processed_item_count;
    /* ImportedItemCount: The number of items successfully imported into the new
     * table. */
    bool has_imported_item_count;
    int64_t imported_item_count;
    /* FailureCode: The error code corresponding to the failure that the import job
     * ran into during execution. */
    const char *failure_code;
    /* FailureMessage: The error message corresponding to the failure that the
     * import job ran into during execution. */
    const char *failure_message;
};

/* ImportTableInput */
struct awsc_dynamodb_import_table_input {
    /* ClientToken: Providing a ClientToken makes the call to ImportTableInput
     * idempotent, meaning that multiple identical calls have the same effect as
     * one single call. */
    const char *client_token;
    /* S3BucketSource: The S3 bucket that provides the source for the import.
     * Required. */
    struct awsc_dynamodb_s3_bucket_source *s3_bucket_source;
    /* InputFormat: The format of the source data. Valid values for ImportFormat
     * are CSV , DYNAMODB_JSON or ION . Required. One of enum
     * awsc_dynamodb_input_format's values (as its string). */
    const char *input_format;
    /* InputFormatOptions: Additional properties that specify how the input is
     * formatted, */
    struct awsc_dynamodb_input_format_options *input_format_options;
    /* InputCompressionType: Type of compression to be used on the input coming
     * from the imported table. One of enum awsc_dynamodb_input_compression_type's
     * values (as its string). */
    const char *input_compression_type;
    /* TableCreationParameters: Parameters for the table to import the data into.
     * Required. */
    struct awsc_dynamodb_table_creation_parameters *table_creation_parameters;
};

/* ImportTableOutput */
struct awsc_dynamodb_import_table_output {
    /* ImportTableDescription: Represents the properties of the table created for
     * the import, and parameters of the import. Required. */
    struct awsc_dynamodb_import_table_description *import_table_description;
};

/*
 * Optional object containing the parameters specific to an incremental export.
 */
struct awsc_dynamodb_incremental_export_specification {
    /* ExportFromTime: Time in the past which provides the inclusive start range
     * for the export table's data, counted in seconds from the start of the Unix
     * epoch. */
    bool has_export_from_time;
    struct awsc_timestamp export_from_time;
    /* ExportToTime: Time in the past which provides the exclusive end range for
     * the export table's data, counted in seconds from the start of the Unix
     * epoch. */
    bool has_export_to_time;
    struct awsc_timestamp export_to_time;
    /* ExportViewType: The view type that was chosen for the export. Valid values
     * are NEW_AND_OLD_IMAGES and NEW_IMAGES . The default value is
     * NEW_AND_OLD_IMAGES . One of enum awsc_dynamodb_export_view_type's values (as
     * its string). */
    const char *export_view_type;
};

/*
 * The operation tried to access a nonexistent index.
 */
struct awsc_dynamodb_index_not_found_exception {
    /* message: */
    const char *message;
};

/*
 * The format options for the data that was imported into the target table.
 * There is one value, CsvOption.
 */
struct awsc_dynamodb_input_format_options {
    /* Csv: The options for imported source files in CSV format. The values are
     * Delimiter and HeaderList. */
    struct awsc_dynamodb_csv_options *csv;
};

/*
 * An error occurred on the server side.
 */
struct awsc_dynamodb_internal_server_error {
    /* message: The server encountered an internal error trying to fulfill the
     * request. */
    const char *message;
};

/*
 * The specified ExportTime is outside of the point in time recovery window.
 */
struct awsc_dynamodb_invalid_export_time_exception {
    /* message: */
    const char *message;
};

/*
 * An invalid restore time was specified. RestoreDateTime must be between
 * EarliestRestorableDateTime and LatestRestorableDateTime.
 */
struct awsc_dynamodb_invalid_restore_time_exception {
    /* message: */
    const char *message;
};

/*
 * Information about item collections, if any, that were affected by the
 * operation. ItemCollectionMetrics is only returned if the request asked for
 * it. If the table does not have any local secondary indexes, this information
 * is not returned in the response.
 */
struct awsc_dynamodb_item_collection_metrics {
    /* ItemCollectionKey: The partition key value of the item collection. This
     * value is the same as the partition key value of the item. */
    struct awsc_dynamodb_attribute_map item_collection_key;
    /* SizeEstimateRangeGB: An estimate of item collection size, in gigabytes. This
     * value is a two-element array containing a lower bound and an upper bound for
     * the estimate. */
    struct awsc_dynamodb_item_collection_size_estimate_range size_estimate_range_gb;
};

/*
 * An item collection is too large. This exception is only returned for tables
 * that have one or more local secondary indexes.
 */
struct awsc_dynamodb_item_collection_size_limit_exceeded_exception {
    /* message: The total size of an item collection has exceeded the maximum limit
     * of 10 gigabytes. */
    const char *message;
};

/*
 * Details for the requested item.
 */
struct awsc_dynamodb_item_response {
    /* Item: Map of attribute data consisting of the data type and attribute value. */
    struct awsc_dynamodb_attribute_map item;
};

/*
 * Represents a single element of a key schema. A key schema specifies the
 * attributes that make up the primary key of a table, or the key attributes of
 * an index.
 */
struct awsc_dynamodb_key_schema_element {
    /* AttributeName: The name of a key attribute. Required. */
    const char *attribute_name;
    /* KeyType: The role that this key attribute will assume: HASH - partition key
     * RANGE - sort key The partition key of an item is also known as its hash
     * attribute . Required. One of enum awsc_dynamodb_key_type's values (as its
     * string). */
    const char *key_type;
};

/*
 * Represents a set of primary keys and, for each key, the attributes to
 * retrieve from the table.
 */
struct awsc_dynamodb_keys_and_attributes {
    /* Keys: The primary key attribute values that define the items and the
     * attributes associated with the items. Required. */
    struct awsc_dynamodb_item_list keys;
    /* AttributesToGet: This is a legacy parameter. Use ProjectionExpression
     * instead. For more information, see Legacy Conditional Parameters in the
     * Amazon DynamoDB Developer Guide . */
    struct awsc_dynamodb_attribute_name_list attributes_to_get;
    /* ConsistentRead: The consistency of a read operation. If set to true , then a
     * strongly consistent read is used; otherwise, an eventually consistent read
     * is used. */
    bool has_consistent_read;
    bool consistent_read;
    /* ProjectionExpression: A string that identifies one or more attributes to
     * retrieve from the table. These attributes can include scalars, sets, or
     * elements of a JSON document. */
    const char *projection_expression;
    /* ExpressionAttributeNames: One or more substitution tokens for attribute
     * names in an expression. */
    struct awsc_dynamodb_expression_attribute_name_map expression_attribute_names;
};

/*
 * Describes a Kinesis data stream destination.
 */
struct awsc_dynamodb_kinesis_data_stream_destination {
    /* StreamArn: The ARN for a specific Kinesis data stream. */
    const char *stream_arn;
    /* DestinationStatus: The current status of replication. One of enum
     * awsc_dynamodb_destination_status's values (as its string). */
    const char *destination_status;
    /* DestinationStatusDescription: The human-readable string that corresponds to
     * the replica status. */
    const char *destination_status_description;
    /* ApproximateCreationDateTimePrecision: The precision of the Kinesis data
     * stream timestamp. The values are either MILLISECOND or MICROSECOND . One of
     * enum awsc_dynamodb_approximate_creation_date_time_precision's values (as its
     * string). */
    const char *approximate_creation_date_time_precision;
};

/* KinesisStreamingDestinationInput */
struct awsc_dynamodb_kinesis_streaming_destination_input {
    /* TableName: The name of the DynamoDB table. You can also provide the Amazon
     * Resource Name (ARN) of the table in this parameter. Required. */
    const char *table_name;
    /* StreamArn: The ARN for a Kinesis data stream. Required. */
    const char *stream_arn;
    /* EnableKinesisStreamingConfiguration: The source for the Kinesis streaming
     * information that is being enabled. */
    struct awsc_dynamodb_enable_kinesis_streaming_configuration *enable_kinesis_streaming_configuration;
};

/* KinesisStreamingDestinationOutput */
struct awsc_dynamodb_kinesis_streaming_destination_output {
    /* TableName: The name of the table being modified. */
    const char *table_name;
    /* StreamArn: The ARN for the specific Kinesis data stream. */
    const char *stream_arn;
    /* DestinationStatus: The current status of the replication. One of enum
     * awsc_dynamodb_destination_status's values (as its string). */
    const char *destination_status;
    /* EnableKinesisStreamingConfiguration: The destination for the Kinesis
     * streaming information that is being enabled. */
    struct awsc_dynamodb_enable_kinesis_streaming_configuration *enable_kinesis_streaming_configuration;
};

/*
 * There is no limit to the number of daily on-demand backups that can be
 * taken.
 */
struct awsc_dynamodb_limit_exceeded_exception {
    /* message: Too many operations for a given subscriber. */
    const char *message;
};

/* ListBackupsInput */
struct awsc_dynamodb_list_backups_input {
    /* TableName: Lists the backups from the table specified in TableName . You can
     * also provide the Amazon Resource Name (ARN) of the table in this parameter. */
    const char *table_name;
    /* Limit: Maximum number of backups to return at once. */
    bool has_limit;
    int32_t limit;
    /* TimeRangeLowerBound: Only backups created after this time are listed.
     * TimeRangeLowerBound is inclusive. */
    bool has_time_range_lower_bound;
    struct awsc_timestamp time_range_lower_bound;
    /* TimeRangeUpperBound: Only backups created before this time are listed.
     * TimeRangeUpperBound is exclusive. */
    bool has_time_range_upper_bound;
    struct awsc_timestamp time_range_upper_bound;
    /* ExclusiveStartBackupArn: LastEvaluatedBackupArn is the Amazon Resource Name
     * (ARN) of the backup last evaluated when the current page of results was
     * returned, inclusive of the current page of results. */
    const char *exclusive_start_backup_arn;
    /* BackupType: The backups from the table specified by BackupType are listed.
     * One of enum awsc_dynamodb_backup_type_filter's values (as its string). */
    const char *backup_type;
};

/* ListBackupsOutput */
struct awsc_dynamodb_list_backups_output {
    /* BackupSummaries: List of BackupSummary objects. */
    struct awsc_dynamodb_backup_summaries backup_summaries;
    /* LastEvaluatedBackupArn: The ARN of the backup last evaluated when the
     * current page of results was returned, inclusive of the current page of
     * results. */
    const char *last_evaluated_backup_arn;
};

/* ListContributorInsightsInput */
struct awsc_dynamodb_list_contributor_insights_input {
    /* TableName: The name of the table. You can also provide the Amazon Resource
     * Name (ARN) of the table in this parameter. */
    const char *table_name;
    /* NextToken: A token to for the desired page, if there is one. */
    const char *next_token;
    /* MaxResults: Maximum number of results to return per page. */
    bool has_max_results;
    int32_t max_results;
};

/* ListContributorInsightsOutput */
struct awsc_dynamodb_list_contributor_insights_output {
    /* ContributorInsightsSummaries: A list of ContributorInsightsSummary. */
    struct awsc_dynamodb_contributor_insights_summaries contributor_insights_summaries;
    /* NextToken: A token to go to the next page if there is one. */
    const char *next_token;
};

/* ListExportsInput */
struct awsc_dynamodb_list_exports_input {
    /* TableArn: The Amazon Resource Name (ARN) associated with the exported table. */
    const char *table_arn;
    /* MaxResults: Maximum number of results to return per page. */
    bool has_max_results;
    int32_t max_results;
    /* NextToken: An optional string that, if supplied, must be copied from the
     * output of a previous call to ListExports . When provided in this manner, the
     * API fetches the next page of results. */
    const char *next_token;
};

/* ListExportsOutput */
struct awsc_dynamodb_list_exports_output {
    /* ExportSummaries: A list of ExportSummary objects. */
    struct awsc_dynamodb_export_summaries export_summaries;
    /* NextToken: If this value is returned, there are additional results to be
     * displayed. To retrieve them, call ListExports again, with NextToken set to
     * this value. */
    const char *next_token;
};

/* ListGlobalTablesInput */
struct awsc_dynamodb_list_global_tables_input {
    /* ExclusiveStartGlobalTableName: The first global table name that this
     * operation will evaluate. */
    const char *exclusive_start_global_table_name;
    /* Limit: The maximum number of table names to return, if the parameter is not
     * specified DynamoDB defaults to 100. */
    bool has_limit;
    int32_t limit;
    /* RegionName: Lists the global tables in a specific Region. */
    const char *region_name;
};

/* ListGlobalTablesOutput */
struct awsc_dynamodb_list_global_tables_output {
    /* GlobalTables: List of global table names. */
    struct awsc_dynamodb_global_table_list global_tables;
    /* LastEvaluatedGlobalTableName: Last evaluated global table name. */
    const char *last_evaluated_global_table_name;
};

/* ListImportsInput */
struct awsc_dynamodb_list_imports_input {
    /* TableArn: The Amazon Resource Name (ARN) associated with the table that was
     * imported to. */
    const char *table_arn;
    /* PageSize: The number of ImportSummary objects returned in a single page. */
    bool has_page_size;
    int32_t page_size;
    /* NextToken: An optional string that, if supplied, must be copied from the
     * output of a previous call to ListImports . When provided in this manner, the
     * API fetches the next page of results. */
    const char *next_token;
};

/* ListImportsOutput */
struct awsc_dynamodb_list_imports_output {
    /* ImportSummaryList: A list of ImportSummary objects. */
    struct awsc_dynamodb_import_summary_list import_summary_list;
    /* NextToken: If this value is returned, there are additional results to be
     * displayed. To retrieve them, call ListImports again, with NextToken set to
     * this value. */
    const char *next_token;
};

/*
 * Represents the input of a ListTables operation.
 */
struct awsc_dynamodb_list_tables_input {
    /* ExclusiveStartTableName: The first table name that this operation will
     * evaluate. Use the value that was returned for LastEvaluatedTableName in a
     * previous operation, so that you can obtain the next page of results. */
    const char *exclusive_start_table_name;
    /* Limit: A maximum number of table names to return. If this parameter is not
     * specified, the limit is 100. */
    bool has_limit;
    int32_t limit;
};

/*
 * Represents the output of a ListTables operation.
 */
struct awsc_dynamodb_list_tables_output {
    /* TableNames: The names of the tables associated with the current account at
     * the current endpoint. The maximum size of this array is 100. */
    struct awsc_dynamodb_attribute_name_list table_names;
    /* LastEvaluatedTableName: The name of the last table in the current page of
     * results. Use this value as the ExclusiveStartTableName in a new request to
     * obtain the next page of results, until all the table names are returned. */
    const char *last_evaluated_table_name;
};

/* ListTagsOfResourceInput */
struct awsc_dynamodb_list_tags_of_resource_input {
    /* ResourceArn: The Amazon DynamoDB resource with tags to be listed. This value
     * is an Amazon Resource Name (ARN). Required. */
    const char *resource_arn;
    /* NextToken: An optional string that, if supplied, must be copied from the
     * output of a previous call to ListTagOfResource. When provided in this
     * manner, this API fetches the next page of results. */
    const char *next_token;
};

/* ListTagsOfResourceOutput */
struct awsc_dynamodb_list_tags_of_resource_output {
    /* Tags: The tags currently associated with the Amazon DynamoDB resource. */
    struct awsc_dynamodb_tag_list tags;
    /* NextToken: If this value is returned, there are additional results to be
     * displayed. To retrieve them, call ListTagsOfResource again, with NextToken
     * set to this value. */
    const char *next_token;
};

/*
 * Represents the properties of a local secondary index.
 */
struct awsc_dynamodb_local_secondary_index {
    /* IndexName: The name of the local secondary index. The name must be unique
     * among all other indexes on this table. Required. */
    const char *index_name;
    /* KeySchema: The complete key schema for the local secondary index, consisting
     * of one or more pairs of attribute names and key types: HASH - partition key
     * RANGE - sort key The partition key of an item is also ... Required. */
    struct awsc_dynamodb_key_schema key_schema;
    /* Projection: Represents attributes that are copied (projected) from the table
     * into the local secondary index. Required. */
    struct awsc_dynamodb_projection *projection;
};

/*
 * Represents the properties of a local secondary index.
 */
struct awsc_dynamodb_local_secondary_index_description {
    /* IndexName: Represents the name of the local secondary index. */
    const char *index_name;
    /* KeySchema: The complete key schema for the local secondary index, consisting
     * of one or more pairs of attribute names and key types: HASH - partition key
     * RANGE - sort key The partition key of an item is also ... */
    struct awsc_dynamodb_key_schema key_schema;
    /* Projection: Represents attributes that are copied (projected) from the table
     * into the global secondary index. */
    struct awsc_dynamodb_projection *projection;
    /* IndexSizeBytes: The total size of the specified index, in bytes. DynamoDB
     * updates this value approximately every six hours. Recent changes might not
     * be reflected in this value. */
    bool has_index_size_bytes;
    int64_t index_size_bytes;
    /* ItemCount: The number of items in the specified index. DynamoDB updates this
     * value approximately every six hours. Recent changes might not be reflected
     * in this value. */
    bool has_item_count;
    int64_t item_count;
    /* IndexArn: The Amazon Resource Name (ARN) that uniquely identifies the index. */
    const char *index_arn;
};

/*
 * Represents the properties of a local secondary index for the table when the
 * backup was created.
 */
struct awsc_dynamodb_local_secondary_index_info {
    /* IndexName: Represents the name of the local secondary index. */
    const char *index_name;
    /* KeySchema: The complete key schema for a local secondary index, which
     * consists of one or more pairs of attribute names and key types: HASH -
     * partition key RANGE - sort key The partition key of an item is also ... */
    struct awsc_dynamodb_key_schema key_schema;
    /* Projection: Represents attributes that are copied (projected) from the table
     * into the global secondary index. */
    struct awsc_dynamodb_projection *projection;
};

/*
 * Sets the maximum number of read and write units for the specified on-demand
 * table. If you use this parameter, you must specify MaxReadRequestUnits ,
 * MaxWriteRequestUnits , or both.
 */
struct awsc_dynamodb_on_demand_throughput {
    /* MaxReadRequestUnits: Maximum number of read request units for the specified
     * table. */
    bool has_max_read_request_units;
    int64_t max_read_request_units;
    /* MaxWriteRequestUnits: Maximum number of write request units for the
     * specified table. */
    bool has_max_write_request_units;
    int64_t max_write_request_units;
};

/*
 * Overrides the on-demand throughput settings for this replica table. If you
 * don't specify a value for this parameter, it uses the source table's
 * on-demand throughput settings.
 */
struct awsc_dynamodb_on_demand_throughput_override {
    /* MaxReadRequestUnits: Maximum number of read request units for the specified
     * replica table. */
    bool has_max_read_request_units;
    int64_t max_read_request_units;
};

/*
 * Represents a PartiQL statement that uses parameters.
 */
struct awsc_dynamodb_parameterized_statement {
    /* Statement: A PartiQL statement that uses parameters. Required. */
    const char *statement;
    /* Parameters: The parameter values. */
    struct awsc_dynamodb_attribute_value_list parameters;
    /* ReturnValuesOnConditionCheckFailure: An optional parameter that returns the
     * item attributes for a PartiQL ParameterizedStatement operation that failed a
     * condition check. One of enum
     * awsc_dynamodb_return_values_on_condition_check_failure's values (as its
     * string). */
    const char *return_values_on_condition_check_failure;
};

/*
 * The description of the point in time settings applied to the table.
 */
struct awsc_dynamodb_point_in_time_recovery_description {
    /* PointInTimeRecoveryStatus: The current state of point in time recovery:
     * ENABLED - Point in time recovery is enabled. DISABLED - Point in time
     * recovery is disabled. One of enum
     * awsc_dynamodb_point_in_time_recovery_status's values (as its string). */
    const char *point_in_time_recovery_status;
    /* RecoveryPeriodInDays: The number of preceding days for which continuous
     * backups are taken and maintained. Your table data is only recoverable to any
     * point-in-time from within the configured recovery period. */
    bool has_recovery_period_in_days;
    int32_t recovery_period_in_days;
    /* EarliestRestorableDateTime: Specifies the earliest point in time you can
     * restore your table to. You can restore your table to any point in time
     * during the last 35 days. */
    bool has_earliest_restorable_date_time;
    struct awsc_timestamp earliest_restorable_date_time;
    /* LatestRestorableDateTime: LatestRestorableDateTime is typically 5 minutes
     * before the current time. */
    bool has_latest_restorable_date_time;
    struct awsc_timestamp latest_restorable_date_time;
};

/*
 * Represents the settings used to enable point in time recovery.
 */
struct awsc_dynamodb_point_in_time_recovery_specification {
    /* PointInTimeRecoveryEnabled: Indicates whether point in time recovery is
     * enabled (true) or disabled (false) on the table. Required. */
    bool has_point_in_time_recovery_enabled;
    bool point_in_time_recovery_enabled;
    /* RecoveryPeriodInDays: The number of preceding days for which continuous
     * backups are taken and maintained. Your table data is only recoverable to any
     * point-in-time from within the configured recovery period. */
    bool has_recovery_period_in_days;
    int32_t recovery_period_in_days;
};

/*
 * Point in time recovery has not yet been enabled for this source table.
 */
struct awsc_dynamodb_point_in_time_recovery_unavailable_exception {
    /* message: */
    const char *message;
};

/*
 * The operation tried to access a nonexistent resource-based policy.
 */
struct awsc_dynamodb_policy_not_found_exception {
    /* message: */
    const char *message;
};

/*
 * Represents attributes that are copied (projected) from the table into an
 * index. These are in addition to the primary key attributes and index key
 * attributes, which are automatically projected.
 */
struct awsc_dynamodb_projection {
    /* ProjectionType: The set of attributes that are projected into the index:
     * KEYS_ONLY - Only the index and primary keys are projected into the index.
     * One of enum awsc_dynamodb_projection_type's values (as its string). */
    const char *projection_type;
    /* NonKeyAttributes: Represents the non-key attribute names which will be
     * projected into the index. */
    struct awsc_dynamodb_attribute_name_list non_key_attributes;
};

/*
 * Represents the provisioned throughput settings for the specified global
 * secondary index. You must use ProvisionedThroughput or OnDemandThroughput
 * based on your table’s capacity mode.
 */
struct awsc_dynamodb_provisioned_throughput {
    /* ReadCapacityUnits: The maximum number of strongly consistent reads consumed
     * per second before DynamoDB returns a ThrottlingException . Required. */
    bool has_read_capacity_units;
    int64_t read_capacity_units;
    /* WriteCapacityUnits: The maximum number of writes consumed per second before
     * DynamoDB returns a ThrottlingException . Required. */
    bool has_write_capacity_units;
    int64_t write_capacity_units;
};

/*
 * Represents the provisioned throughput settings for the table, consisting of
 * read and write capacity units, along with data about increases and
 * decreases.
 */
struct awsc_dynamodb_provisioned_throughput_description {
    /* LastIncreaseDateTime: The date and time of the last provisioned throughput
     * increase for this table. */
    bool has_last_increase_date_time;
    struct awsc_timestamp last_increase_date_time;
    /* LastDecreaseDateTime: The date and time of the last provisioned throughput
     * decrease for this table. */
    bool has_last_decrease_date_time;
    struct awsc_timestamp last_decrease_date_time;
    /* NumberOfDecreasesToday: The number of provisioned throughput decreases for
     * this table during this UTC calendar day. */
    bool has_number_of_decreases_today;
    int64_t number_of_decreases_today;
    /* ReadCapacityUnits: The maximum number of strongly consistent reads consumed
     * per second before DynamoDB returns a ThrottlingException . */
    bool has_read_capacity_units;
    int64_t read_capacity_units;
    /* WriteCapacityUnits: The maximum number of writes consumed per second before
     * DynamoDB returns a ThrottlingException . */
    bool has_write_capacity_units;
    int64_t write_capacity_units;
};

/*
 * The request was denied due to request throttling. For detailed information
 * about why the request was throttled and the ARN of the impacted resource,
 * find the ThrottlingReason field in the returned exception.
 */
struct awsc_dynamodb_provisioned_throughput_exceeded_exception {
    /* message: You exceeded your maximum allowed provisioned throughput. */
    const char *message;
    /* ThrottlingReasons: A list of ThrottlingReason that provide detailed
     * diagnostic information about why the request was throttled. */
    struct awsc_dynamodb_throttling_reason_list throttling_reasons;
};

/*
 * Replica-specific provisioned throughput settings. If not specified, uses the
 * source table's provisioned throughput settings.
 */
struct awsc_dynamodb_provisioned_throughput_override {
    /* ReadCapacityUnits: Replica-specific read capacity units. If not specified,
     * uses the source table's read capacity settings. */
    bool has_read_capacity_units;
    int64_t read_capacity_units;
};

/*
 * Represents a request to perform a PutItem operation.
 */
struct awsc_dynamodb_put {
    /* Item: A map of attribute name to attribute values, representing the primary
     * key of the item to be written by PutItem . Required. */
    struct awsc_dynamodb_attribute_map item;
    /* TableName: Name of the table in which to write the item. You can also
     * provide the Amazon Resource Name (ARN) of the table in this parameter.
     * Required. */
    const char *table_name;
    /* ConditionExpression: A condition that must be satisfied in order for a
     * conditional update to succeed. */
    const char *condition_expression;
    /* ExpressionAttributeNames: One or more substitution tokens for attribute
     * names in an expression. */
    struct awsc_dynamodb_expression_attribute_name_map expression_attribute_names;
    /* ExpressionAttributeValues: One or more values that can be substituted in an
     * expression. */
    struct awsc_dynamodb_attribute_map expression_attribute_values;
    /* ReturnValuesOnConditionCheckFailure: Use ReturnValuesOnConditionCheckFailure
     * to get the item attributes if the Put condition fails. For
     * ReturnValuesOnConditionCheckFailure , the valid values are: NONE and
     * ALL_OLD. One of enum
     * awsc_dynamodb_return_values_on_condition_check_failure's values (as its
     * string). */
    const char *return_values_on_condition_check_failure;
};

/*
 * Represents the input of a PutItem operation.
 */
struct awsc_dynamodb_put_item_input {
    /* TableName: The name of the table to contain the item. You can also provide
     * the Amazon Resource Name (ARN) of the table in this parameter. Required. */
    const char *table_name;
    /* Item: A map of attribute name/value pairs, one for each attribute. Only the
     * primary key attributes are required; you can optionally provide other
     * attribute name-value pairs for the item. Required. */
    struct awsc_dynamodb_attribute_map item;
    /* Expected: This is a legacy parameter. Use ConditionExpression instead. For
     * more information, see Expected in the Amazon DynamoDB Developer Guide . */
    struct awsc_dynamodb_expected_attribute_map expected;
    /* ReturnValues: Use ReturnValues if you want to get the item attributes as
     * they appeared before they were updated with the PutItem request. One of enum
     * awsc_dynamodb_return_value's values (as its string). */
    const char *return_values;
    /* ReturnConsumedCapacity:  One of enum
     * awsc_dynamodb_return_consumed_capacity's values (as its string). */
    const char *return_consumed_capacity;
    /* ReturnItemCollectionMetrics: Determines whether item collection metrics are
     * returned. If set to SIZE , the response includes statistics about item
     * collections, if any, that were modified during the operation are returned in
     * the ... One of enum awsc_dynamodb_return_item_collection_metrics's values
     * (as its string). */
    const char *return_item_collection_metrics;
    /* ConditionalOperator: This is a legacy parameter. Use ConditionExpression
     * instead. For more information, see ConditionalOperator in the Amazon
     * DynamoDB Developer Guide . One of enum awsc_dynamodb_conditional_operator's
     * values (as its string). */
    const char *conditional_operator;
    /* ConditionExpression: A condition that must be satisfied in order for a
     * conditional PutItem operation to succeed. */
    const char *condition_expression;
    /* ExpressionAttributeNames: One or more substitution tokens for attribute
     * names in an expression. */
    struct awsc_dynamodb_expression_attribute_name_map expression_attribute_names;
    /* ExpressionAttributeValues: One or more values that can be substituted in an
     * expression. */
    struct awsc_dynamodb_attribute_map expression_attribute_values;
    /* ReturnValuesOnConditionCheckFailure: An optional parameter that returns the
     * item attributes for a PutItem operation that failed a condition check. One
     * of enum awsc_dynamodb_return_values_on_condition_check_failure's values (as
     * its string). */
    const char *return_values_on_condition_check_failure;
};

/*
 * Represents the output of a PutItem operation.
 */
struct awsc_dynamodb_put_item_output {
    /* Attributes: The attribute values as they appeared before the PutItem
     * operation, but only if ReturnValues is specified as ALL_OLD in the request.
     * Each element consists of an attribute name and an attribute value. */
    struct awsc_dynamodb_attribute_map attributes;
    /* ConsumedCapacity: The capacity units consumed by the PutItem operation. The
     * data returned includes the total provisioned throughput consumed, along with
     * statistics for the table and any indexes involved in the ... */
    struct awsc_dynamodb_consumed_capacity *consumed_capacity;
    /* ItemCollectionMetrics: Information about item collections, if any, that were
     * affected by the PutItem operation. ItemCollectionMetrics is only returned if
     * the ReturnItemCollectionMetrics parameter was specified. */
    struct awsc_dynamodb_item_collection_metrics *item_collection_metrics;
};

/*
 * Represents a request to perform a PutItem operation on an item.
 */
struct awsc_dynamodb_put_request {
    /* Item: A map of attribute name to attribute values, representing the primary
     * key of an item to be processed by PutItem . Required. */
    struct awsc_dynamodb_attribute_map item;
};

/* PutResourcePolicyInput */
struct awsc_dynamodb_put_resource_policy_input {
    /* ResourceArn: The Amazon Resource Name (ARN) of the DynamoDB resource to
     * which the policy will be attached. The resources you can specify include
     * tables and streams. Required. */
    const char *resource_arn;
    /* Policy: An Amazon Web Services resource-based policy document in JSON
     * format. The maximum size supported for a resource-based policy document is
     * 20 KB. Required. */
    const char *policy;
    /* ExpectedRevisionId: A string value that you can use to conditionally update
     * your policy. You can provide the revision ID of your existing policy to make
     * mutating requests against that policy. */
    const char *expected_revision_id;
    /* ConfirmRemoveSelfResourceAccess: Set this parameter to true to confirm that
     * you want to remove your permissions to change the policy of this resource in
     * the future. */
    bool has_confirm_remove_self_resource_access;
    bool confirm_remove_self_resource_access;
};

/* PutResourcePolicyOutput */
struct awsc_dynamodb_put_resource_policy_output {
    /* RevisionId: A unique string that represents the revision ID of the policy.
     * If you're comparing revision IDs, make sure to always use string comparison
     * logic. */
    const char *revision_id;
};

/*
 * Represents the input of a Query operation.
 */
struct awsc_dynamodb_query_input {
    /* TableName: The name of the table containing the requested items. You can
     * also provide the Amazon Resource Name (ARN) of the table in this parameter.
     * Required. */
    const char *table_name;
    /* IndexName: The name of an index to query. This index can be any local
     * secondary index or global secondary index on the table. Note that if you use
     * the IndexName parameter, you must also provide TableName. */
    const char *index_name;
    /* Select: The attributes to be returned in the result. You can retrieve all
     * item attributes, specific item attributes, the count of matching items, or
     * in the case of an index, some or all of the attributes ... One of enum
     * awsc_dynamodb_select's values (as its string). */
    const char *select;
    /* AttributesToGet: This is a legacy parameter. Use ProjectionExpression
     * instead. For more information, see AttributesToGet in the Amazon DynamoDB
     * Developer Guide . */
    struct awsc_dynamodb_attribute_name_list attributes_to_get;
    /* Limit: The maximum number of items to evaluate (not necessarily the number
     * of matching items). */
    bool has_limit;
    int32_t limit;
    /* ConsistentRead: Determines the read consistency model: If set to true , then
     * the operation uses strongly consistent reads; otherwise, the operation uses
     * eventually consistent reads. */
    bool has_consistent_read;
    bool consistent_read;
    /* KeyConditions: This is a legacy parameter. Use KeyConditionExpression
     * instead. For more information, see KeyConditions in the Amazon DynamoDB
     * Developer Guide . */
    struct awsc_dynamodb_filter_condition_map key_conditions;
    /* QueryFilter: This is a legacy parameter. Use FilterExpression instead. For
     * more information, see QueryFilter in the Amazon DynamoDB Developer Guide . */
    struct awsc_dynamodb_filter_condition_map query_filter;
    /* ConditionalOperator: This is a legacy parameter. Use FilterExpression
     * instead. For more information, see ConditionalOperator in the Amazon
     * DynamoDB Developer Guide . One of enum awsc_dynamodb_conditional_operator's
     * values (as its string). */
    const char *conditional_operator;
    /* ScanIndexForward: Specifies the order for index traversal: If true
     * (default), the traversal is performed in ascending order; if false , the
     * traversal is performed in descending order. */
    bool has_scan_index_forward;
    bool scan_index_forward;
    /* ExclusiveStartKey: The primary key of the first item that this operation
     * will evaluate. Use the value that was returned for LastEvaluatedKey in the
     * previous operation. */
    struct awsc_dynamodb_attribute_map exclusive_start_key;
    /* ReturnConsumedCapacity:  One of enum
     * awsc_dynamodb_return_consumed_capacity's values (as its string). */
    const char *return_consumed_capacity;
    /* ProjectionExpression: A string that identifies one or more attributes to
     * retrieve from the table. These attributes can include scalars, sets, or
     * elements of a JSON document. */
    const char *projection_expression;
    /* FilterExpression: A string that contains conditions that DynamoDB applies
     * after the Query operation, but before the data is returned to you. Items
     * that do not satisfy the FilterExpression criteria are not returned. */
    const char *filter_expression;
    /* KeyConditionExpression: The condition that specifies the key values for
     * items to be retrieved by the Query action. */
    const char *key_condition_expression;
    /* ExpressionAttributeNames: One or more substitution tokens for attribute
     * names in an expression. */
    struct awsc_dynamodb_expression_attribute_name_map expression_attribute_names;
    /* ExpressionAttributeValues: One or more values that can be substituted in an
     * expression. */
    struct awsc_dynamodb_attribute_map expression_attribute_values;
};

/*
 * Represents the output of a Query operation.
 */
struct awsc_dynamodb_query_output {
    /* Items: An array of item attributes that match the query criteria. Each
     * element in this array consists of an attribute name and the value for that
     * attribute. */
    struct awsc_dynamodb_item_list items;
    /* Count: The number of items in the response. If you used a QueryFilter in the
     * request, then Count is the number of items returned after the filter was
     * applied, and ScannedCount is the number of matching ... */
    bool has_count;
    int32_t count;
    /* ScannedCount: The number of items evaluated, before any QueryFilter is
     * applied. A high ScannedCount value with few, or no, Count results indicates
     * an inefficient Query operation. */
    bool has_scanned_count;
    int32_t scanned_count;
    /* LastEvaluatedKey: The primary key of the item where the operation stopped,
     * inclusive of the previous result set. Use this value to start a new
     * operation, excluding this value in the new request. */
    struct awsc_dynamodb_attribute_map last_evaluated_key;
    /* ConsumedCapacity: The capacity units consumed by the Query operation. The
     * data returned includes the total provisioned throughput consumed, along with
     * statistics for the table and any indexes involved in the ... */
    struct awsc_dynamodb_consumed_capacity *consumed_capacity;
};

/*
 * Represents the properties of a replica.
 */
struct awsc_dynamodb_replica {
    /* RegionName: The Region where the replica needs to be created. */
    const char *region_name;
};

/*
 * The specified replica is already part of the global table.
 */
struct awsc_dynamodb_replica_already_exists_exception {
    /* message: */
    const char *message;
};

/*
 * Represents the auto scaling settings of the replica.
 */
struct awsc_dynamodb_replica_auto_scaling_description {
    /* RegionName: The Region where the replica exists. */
    const char *region_name;
    /* GlobalSecondaryIndexes: Replica-specific global secondary index auto scaling
     * settings. */
    struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_description_list global_secondary_indexes;
    /* ReplicaProvisionedReadCapacityAutoScalingSettings: */
    struct awsc_dynamodb_auto_scaling_settings_description *replica_provisioned_read_capacity_auto_scaling_settings;
    /* ReplicaProvisionedWriteCapacityAutoScalingSettings: */
    struct awsc_dynamodb_auto_scaling_settings_description *replica_provisioned_write_capacity_auto_scaling_settings;
    /* ReplicaStatus: The current state of the replica: CREATING - The replica is
     * being created. UPDATING - The replica is being updated. DELETING - The
     * replica is being deleted. ACTIVE - The replica is ready for use. One of enum
     * awsc_dynamodb_replica_status's values (as its string). */
    const char *replica_status;
};

/*
 * Represents the auto scaling settings of a replica that will be modified.
 */
struct awsc_dynamodb_replica_auto_scaling_update {
    /* RegionName: The Region where the replica exists. Required. */
    const char *region_name;
    /* ReplicaGlobalSecondaryIndexUpdates: Represents the auto scaling settings of
     * global secondary indexes that will be modified. */
    struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_update_list replica_global_secondary_index_updates;
    /* ReplicaProvisionedReadCapacityAutoScalingUpdate: */
    struct awsc_dynamodb_auto_scaling_settings_update *replica_provisioned_read_capacity_auto_scaling_update;
};

/*
 * Contains the details of the replica.
 */
struct awsc_dynamodb_replica_description {
    /* RegionName: The name of the Region. */
    const char *region_name;
    /* ReplicaStatus: The current state of the replica: CREATING - The replica is
     * being created. UPDATING - The replica is being updated. DELETING - The
     * replica is being deleted. ACTIVE - The replica is ready for use. One of enum
     * awsc_dynamodb_replica_status's values (as its string). */
    const char *replica_status;
    /* ReplicaArn: The Amazon Resource Name (ARN) of the global table replica. */
    const char *replica_arn;
    /* ReplicaStatusDescription: Detailed information about the replica status. */
    const char *replica_status_description;
    /* ReplicaStatusPercentProgress: Specifies the progress of a Create, Update, or
     * Delete action on the replica as a percentage. */
    const char *replica_status_percent_progress;
    /* KMSMasterKeyId: The KMS key of the replica that will be used for KMS
     * encryption. */
    const char *kms_master_key_id;
    /* ProvisionedThroughputOverride: Replica-specific provisioned throughput. If
     * not described, uses the source table's provisioned throughput settings. */
    struct awsc_dynamodb_provisioned_throughput_override *provisioned_throughput_override;
    /* OnDemandThroughputOverride: Overrides the maximum on-demand throughput
     * settings for the specified replica table. */
    struct awsc_dynamodb_on_demand_throughput_override *on_demand_throughput_override;
    /* WarmThroughput: Represents the warm throughput value for this replica. */
    struct awsc_dynamodb_table_warm_throughput_description *warm_throughput;
    /* GlobalSecondaryIndexes: Replica-specific global secondary index settings. */
    struct awsc_dynamodb_replica_global_secondary_index_description_list global_secondary_indexes;
    /* ReplicaInaccessibleDateTime: The time at which the replica was first
     * detected as inaccessible. To determine cause of inaccessibility check the
     * ReplicaStatus property. */
    bool has_replica_inaccessible_date_time;
    struct awsc_timestamp replica_inaccessible_date_time;
    /* ReplicaTableClassSummary: */
    struct awsc_dynamodb_table_class_summary *replica_table_class_summary;
    /* GlobalTableSettingsReplicationMode: Indicates one of the settings
     * synchronization modes for the global table replica: ENABLED : Indicates that
     * the settings synchronization mode for the global table replica is enabled.
     * One of enum awsc_dynamodb_global_table_settings_replication_mode's values
     * (as its string). */
    const char *global_table_settings_replication_mode;
};

/*
 * Represents the properties of a replica global secondary index.
 */
struct awsc_dynamodb_replica_global_secondary_index {
    /* IndexName: The name of the global secondary index. Required. */
    const char *index_name;
    /* ProvisionedThroughputOverride: Replica table GSI-specific provisioned
     * throughput. If not specified, uses the source table GSI's read capacity
     * settings. */
    struct awsc_dynamodb_provisioned_throughput_override *provisioned_throughput_override;
    /* OnDemandThroughputOverride: Overrides the maximum on-demand throughput
     * settings for the specified global secondary index in the specified replica
     * table. */
    struct awsc_dynamodb_on_demand_throughput_override *on_demand_throughput_override;
};

/*
 * Represents the auto scaling configuration for a replica global secondary
 * index.
 */
struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_description {
    /* IndexName: The name of the global secondary index. */
    const char *index_name;
    /* IndexStatus: The current state of the replica global secondary index:
     * CREATING - The index is being created. UPDATING - The table/index
     * configuration is being updated. One of enum awsc_dynamodb_index_status's
     * values (as its string). */
    const char *index_status;
    /* ProvisionedReadCapacityAutoScalingSettings: */
    struct awsc_dynamodb_auto_scaling_settings_description *provisioned_read_capacity_auto_scaling_settings;
    /* ProvisionedWriteCapacityAutoScalingSettings: */
    struct awsc_dynamodb_auto_scaling_settings_description *provisioned_write_capacity_auto_scaling_settings;
};

/*
 * Represents the auto scaling settings of a global secondary index for a
 * replica that will be modified.
 */
struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_update {
    /* IndexName: The name of the global secondary index. */
    const char *index_name;
    /* ProvisionedReadCapacityAutoScalingUpdate: */
    struct awsc_dynamodb_auto_scaling_settings_update *provisioned_read_capacity_auto_scaling_update;
};

/*
 * Represents the properties of a replica global secondary index.
 */
struct awsc_dynamodb_replica_global_secondary_index_description {
    /* IndexName: The name of the global secondary index. */
    const char *index_name;
    /* ProvisionedThroughputOverride: If not described, uses the source table GSI's
     * read capacity settings. */
    struct awsc_dynamodb_provisioned_throughput_override *provisioned_throughput_override;
    /* OnDemandThroughputOverride: Overrides the maximum on-demand throughput for
     * the specified global secondary index in the specified replica table. */
    struct awsc_dynamodb_on_demand_throughput_override *on_demand_throughput_override;
    /* WarmThroughput: Represents the warm throughput of the global secondary index
     * for this replica. */
    struct awsc_dynamodb_global_secondary_index_warm_throughput_description *warm_throughput;
};

/*
 * Represents the properties of a global secondary index.
 */
struct awsc_dynamodb_replica_global_secondary_index_settings_description {
    /* IndexName: The name of the global secondary index. The name must be unique
     * among all other indexes on this table. Required. */
    const char *index_name;
    /* IndexStatus: The current status of the global secondary index: CREATING -
     * The global secondary index is being created. UPDATING - The global secondary
     * index is being updated. One of enum awsc_dynamodb_index_status's values (as
     * its string). */
    const char *index_status;
    /* ProvisionedReadCapacityUnits: The maximum number of strongly consistent
     * reads consumed per second before DynamoDB returns a ThrottlingException . */
    bool has_provisioned_read_capacity_units;
    int64_t provisioned_read_capacity_units;
    /* ProvisionedReadCapacityAutoScalingSettings: Auto scaling settings for a
     * global secondary index replica's read capacity units. */
    struct awsc_dynamodb_auto_scaling_settings_description *provisioned_read_capacity_auto_scaling_settings;
    /* ProvisionedWriteCapacityUnits: The maximum number of writes consumed per
     * second before DynamoDB returns a ThrottlingException . */
    bool has_provisioned_write_capacity_units;
    int64_t provisioned_write_capacity_units;
    /* ProvisionedWriteCapacityAutoScalingSettings: Auto scaling settings for a
     * global secondary index replica's write capacity units. */
    struct awsc_dynamodb_auto_scaling_settings_description *provisioned_write_capacity_auto_scaling_settings;
};

/*
 * Represents the settings of a global secondary index for a global table that
 * will be modified.
 */
struct awsc_dynamodb_replica_global_secondary_index_settings_update {
    /* IndexName: The name of the global secondary index. The name must be unique
     * among all other indexes on this table. Required. */
    const char *index_name;
    /* ProvisionedReadCapacityUnits: The maximum number of strongly consistent
     * reads consumed per second before DynamoDB returns a ThrottlingException . */
    bool has_provisioned_read_capacity_units;
    int64_t provisioned_read_capacity_units;
    /* ProvisionedReadCapacityAutoScalingSettingsUpdate: Auto scaling settings for
     * managing a global secondary index replica's read capacity units. */
    struct awsc_dynamodb_auto_scaling_settings_update *provisioned_read_capacity_auto_scaling_settings_update;
};

/*
 * The specified replica is no longer part of the global table.
 */
struct awsc_dynamodb_replica_not_found_exception {
    /* message: */
    const char *message;
};

/*
 * Represents the properties of a replica.
 */
struct awsc_dynamodb_replica_settings_description {
    /* RegionName: The Region name of the replica. Required. */
    const char *region_name;
    /* ReplicaStatus: The current state of the Region: CREATING - The Region is
     * being created. UPDATING - The Region is being updated. DELETING - The Region
     * is being deleted. ACTIVE - The Region is ready for use. One of enum
     * awsc_dynamodb_replica_status's values (as its string). */
    const char *replica_status;
    /* ReplicaBillingModeSummary: The read/write capacity mode of the replica. */
    struct awsc_dynamodb_billing_mode_summary *replica_billing_mode_summary;
    /* ReplicaProvisionedReadCapacityUnits: The maximum number of strongly
     * consistent reads consumed per second before DynamoDB returns a
     * ThrottlingException . */
    bool has_replica_provisioned_read_capacity_units;
    int64_t replica_provisioned_read_capacity_units;
    /* ReplicaProvisionedReadCapacityAutoScalingSettings: Auto scaling settings for
     * a global table replica's read capacity units. */
    struct awsc_dynamodb_auto_scaling_settings_description *replica_provisioned_read_capacity_auto_scaling_settings;
    /* ReplicaProvisionedWriteCapacityUnits: The maximum number of writes consumed
     * per second before DynamoDB returns a ThrottlingException . */
    bool has_replica_provisioned_write_capacity_units;
    int64_t replica_provisioned_write_capacity_units;
    /* ReplicaProvisionedWriteCapacityAutoScalingSettings: Auto scaling settings
     * for a global table replica's write capacity units. */
    struct awsc_dynamodb_auto_scaling_settings_description *replica_provisioned_write_capacity_auto_scaling_settings;
    /* ReplicaGlobalSecondaryIndexSettings: Replica global secondary index settings
     * for the global table. */
    struct awsc_dynamodb_replica_global_secondary_index_settings_description_list replica_global_secondary_index_settings;
    /* ReplicaTableClassSummary: */
    struct awsc_dynamodb_table_class_summary *replica_table_class_summary;
};

/*
 * Represents the settings for a global table in a Region that will be
 * modified.
 */
struct awsc_dynamodb_replica_settings_update {
    /* RegionName: The Region of the replica to be added. Required. */
    const char *region_name;
    /* ReplicaProvisionedReadCapacityUnits: The maximum number of strongly
     * consistent reads consumed per second before DynamoDB returns a
     * ThrottlingException . */
    bool has_replica_provisioned_read_capacity_units;
    int64_t replica_provisioned_read_capacity_units;
    /* ReplicaProvisionedReadCapacityAutoScalingSettingsUpdate: Auto scaling
     * settings for managing a global table replica's read capacity units. */
    struct awsc_dynamodb_auto_scaling_settings_update *replica_provisioned_read_capacity_auto_scaling_settings_update;
    /* ReplicaGlobalSecondaryIndexSettingsUpdate: Represents the settings of a
     * global secondary index for a global table that will be modified. */
    struct awsc_dynamodb_replica_global_secondary_index_settings_update_list replica_global_secondary_index_settings_update;
    /* ReplicaTableClass: Replica-specific table class. If not specified, uses the
     * source table's table class. One of enum awsc_dynamodb_table_class's values
     * (as its string). */
    const char *replica_table_class;
};

/*
 * Represents one of the following: A new replica to be added to an existing
 * global table. New parameters for an existing replica. An existing replica to
 * be removed from an existing global table.
 */
struct awsc_dynamodb_replica_update {
    /* Create: The parameters required for creating a replica on an existing global
     * table. */
    struct awsc_dynamodb_create_replica_action *create;
    /* Delete: The name of the existing replica to be removed. */
    struct awsc_dynamodb_delete_replica_action *delete_;
};

/*
 * The request was rejected because one or more items in the request are being
 * modified by a request in another Region.
 */
struct awsc_dynamodb_replicated_write_conflict_exception {
    /* message: */
    const char *message;
};

/*
 * Represents one of the following: A new replica to be added to an existing
 * regional table or global table. This request invokes the CreateTableReplica
 * action in the destination Region. New parameters for an existing replica.
 * This request invokes the UpdateTable action in the destination Region.
 */
struct awsc_dynamodb_replication_group_update {
    /* Create: The parameters required for creating a replica for the table. */
    struct awsc_dynamodb_create_replication_group_member_action *create;
    /* Update: The parameters required for updating a replica for the table. */
    struct awsc_dynamodb_update_replication_group_member_action *update;
    /* Delete: The parameters required for deleting a replica for the table. */
    struct awsc_dynamodb_delete_replication_group_member_action *delete_;
};

/*
 * Throughput exceeds the current throughput quota for your account. For
 * detailed information about why the request was throttled and the ARN of the
 * impacted resource, find the ThrottlingReason field in the returned
 * exception. Contact Amazon Web Services Support to request a quota increase.
 */
struct awsc_dynamodb_request_limit_exceeded {
    /* message: */
    const char *message;
    /* ThrottlingReasons: A list of ThrottlingReason that provide detailed
     * diagnostic information about why the request was throttled. */
    struct awsc_dynamodb_throttling_reason_list throttling_reasons;
};

/*
 * The operation conflicts with the resource's availability. For example: You
 * attempted to recreate an existing table. You tried to delete a table
 * currently in the CREATING state. You tried to update a resource that was
 * already being updated.
 */
struct awsc_dynamodb_resource_in_use_exception {
    /* message: The resource which is being attempted to be changed is in use. */
    const char *message;
};

/*
 * The operation tried to access a nonexistent table or index. The resource
 * might not be specified correctly, or its status might not be ACTIVE .
 */
struct awsc_dynamodb_resource_not_found_exception {
    /* message: The resource which is being requested does not exist. */
    const char *message;
};

/*
 * Contains details for the restore.
 */
struct awsc_dynamodb_restore_summary {
    /* SourceBackupArn: The Amazon Resource Name (ARN) of the backup from which the
     * table was restored. */
    const char *source_backup_arn;
    /* SourceTableArn: The ARN of the source table of the backup that is being
     * restored. */
    const char *source_table_arn;
    /* RestoreDateTime: Point in time or source backup time. Required. */
    bool has_restore_date_time;
    struct awsc_timestamp restore_date_time;
    /* RestoreInProgress: Indicates if a restore is in progress or not. Required. */
    bool has_restore_in_progress;
    bool restore_in_progress;
};

/* RestoreTableFromBackupInput */
struct awsc_dynamodb_restore_table_from_backup_input {
    /* TargetTableName: The name of the new table to which the backup must be
     * restored. Required. */
    const char *target_table_name;
    /* BackupArn: The Amazon Resource Name (ARN) associated with the backup.
     * Required. */
    const char *backup_arn;
    /* BillingModeOverride: The billing mode of the restored table. One of enum
     * awsc_dynamodb_billing_mode's values (as its string). */
    const char *billing_mode_override;
    /* GlobalSecondaryIndexOverride: List of global secondary indexes for the
     * restored table. The indexes provided should match existing secondary
     * indexes. You can choose to exclude some or all of the indexes at the time of
     * restore. */
    struct awsc_dynamodb_global_secondary_index_list global_secondary_index_override;
    /* LocalSecondaryIndexOverride: List of local secondary indexes for the
     * restored table. The indexes provided should match existing secondary
     * indexes. You can choose to exclude some or all of the indexes at the time of
     * restore. */
    struct awsc_dynamodb_local_secondary_index_list local_secondary_index_override;
    /* ProvisionedThroughputOverride: Provisioned throughput settings for the
     * restored table. */
    struct awsc_dynamodb_provisioned_throughput *provisioned_throughput_override;
    /* OnDemandThroughputOverride: */
    struct awsc_dynamodb_on_demand_throughput *on_demand_throughput_override;
    /* SSESpecificationOverride: The new server-side encryption settings for the
     * restored table. */
    struct awsc_dynamodb_sse_specification *sse_specification_override;
    /* VectorIndexOverride: The vector indexes for the restored table. If not
     * specified, all vector indexes from the backup are restored. The indexes
     * provided must match existing vector indexes from the backup. */
    struct awsc_dynamodb_vector_index_list vector_index_override;
};

/* RestoreTableFromBackupOutput */
struct awsc_dynamodb_restore_table_from_backup_output {
    /* TableDescription: The description of the table created from an existing
     * backup. */
    struct awsc_dynamodb_table_description *table_description;
};

/* RestoreTableToPointInTimeInput */
struct awsc_dynamodb_restore_table_to_point_in_time_input {
    /* SourceTableArn: The DynamoDB table that will be restored. This value is an
     * Amazon Resource Name (ARN). */
    const char *source_table_arn;
    /* SourceTableName: Name of the source table that is being restored. */
    const char *source_table_name;
    /* TargetTableName: The name of the new table to which it must be restored to.
     * Required. */
    const char *target_table_name;
    /* UseLatestRestorableTime: Restore the table to the latest possible time.
     * LatestRestorableDateTime is typically 5 minutes before the current time. */
    bool has_use_latest_restorable_time;
    bool use_latest_restorable_time;
    /* RestoreDateTime: Time in the past to restore the table to. */
    bool has_restore_date_time;
    struct awsc_timestamp restore_date_time;
    /* BillingModeOverride: The billing mode of the restored table. One of enum
     * awsc_dynamodb_billing_mode's values (as its string). */
    const char *billing_mode_override;
    /* GlobalSecondaryIndexOverride: List of global secondary indexes for the
     * restored table. The indexes provided should match existing secondary
     * indexes. You can choose to exclude some or all of the indexes at the time of
     * restore. */
    struct awsc_dynamodb_global_secondary_index_list global_secondary_index_override;
    /* LocalSecondaryIndexOverride: List of local secondary indexes for the
     * restored table. The indexes provided should match existing secondary
     * indexes. You can choose to exclude some or all of the indexes at the time of
     * restore. */
    struct awsc_dynamodb_local_secondary_index_list local_secondary_index_override;
    /* ProvisionedThroughputOverride: Provisioned throughput settings for the
     * restored table. */
    struct awsc_dynamodb_provisioned_throughput *provisioned_throughput_override;
    /* OnDemandThroughputOverride: */
    struct awsc_dynamodb_on_demand_throughput *on_demand_throughput_override;
    /* SSESpecificationOverride: The new server-side encryption settings for the
     * restored table. */
    struct awsc_dynamodb_sse_specification *sse_specification_override;
    /* VectorIndexOverride: The vector indexes for the restored table. If not
     * specified, all vector indexes from the source table are restored. The
     * indexes provided must match existing vector indexes from the source table. */
    struct awsc_dynamodb_vector_index_list vector_index_override;
};

/* RestoreTableToPointInTimeOutput */
struct awsc_dynamodb_restore_table_to_point_in_time_output {
    /* TableDescription: Represents the properties of a table. */
    struct awsc_dynamodb_table_description *table_description;
};

/*
 * The S3 bucket that is being imported from.
 */
struct awsc_dynamodb_s3_bucket_source {
    /* S3BucketOwner: The account number of the S3 bucket that is being imported
     * from. If the bucket is owned by the requester this is optional. */
    const char *s3_bucket_owner;
    /* S3Bucket: The S3 bucket that is being imported from. Required. */
    const char *s3_bucket;
    /* S3KeyPrefix: The key prefix shared by all S3 Objects that are being
     * imported. */
    const char *s3_key_prefix;
};

/*
 * The description of the server-side encryption status on the specified table.
 */
struct awsc_dynamodb_sse_description {
    /* Status: Represents the current state of server-side encryption. The only
     * supported values are: ENABLED - Server-side encryption is enabled. UPDATING
     * - Server-side encryption is being updated. One of enum
     * awsc_dynamodb_sse_status's values (as its string). */
    const char *status;
    /* SSEType: Server-side encryption type. The only supported value is: KMS -
     * Server-side encryption that uses Key Management Service. The key is stored
     * in your account and is managed by KMS (KMS charges apply). One of enum
     * awsc_dynamodb_sse_type's values (as its string). */
    const char *sse_type;
    /* KMSMasterKeyArn: The KMS key ARN used for the KMS encryption. */
    const char *kms_master_key_arn;
    /* InaccessibleEncryptionDateTime: Indicates the time, in UNIX epoch date
     * format, when DynamoDB detected that the table's KMS key was inaccessible. */
    bool has_inaccessible_encryption_date_time;
    struct awsc_timestamp inaccessible_encryption_date_time;
};

/*
 * Represents the settings used to enable server-side encryption.
 */
struct awsc_dynamodb_sse_specification {
    /* Enabled: Indicates whether server-side encryption is done using an Amazon
     * Web Services managed key or an Amazon Web Services owned key. */
    bool has_enabled;
    bool enabled;
    /* SSEType: Server-side encryption type. The only supported value is: KMS -
     * Server-side encryption that uses Key Management Service. The key is stored
     * in your account and is managed by KMS (KMS charges apply). One of enum
     * awsc_dynamodb_sse_type's values (as its string). */
    const char *sse_type;
    /* KMSMasterKeyId: The KMS key that should be used for the KMS encryption. To
     * specify a key, use its key ID, Amazon Resource Name (ARN), alias name, or
     * alias ARN. */
    const char *kms_master_key_id;
};

/*
 * Represents the input of a Scan operation.
 */
struct awsc_dynamodb_scan_input {
    /* TableName: The name of the table containing the requested items or if you
     * provide IndexName , the name of the table to which that index belongs.
     * Required. */
    const char *table_name;
    /* IndexName: The name of a secondary index to scan. This index can be any
     * local secondary index or global secondary index. Note that if you use the
     * IndexName parameter, you must also provide TableName . */
    const char *index_name;
    /* AttributesToGet: This is a legacy parameter. Use ProjectionExpression
     * instead. For more information, see AttributesToGet in the Amazon DynamoDB
     * Developer Guide . */
    struct awsc_dynamodb_attribute_name_list attributes_to_get;
    /* Limit: The maximum number of items to evaluate (not necessarily the number
     * of matching items). */
    bool has_limit;
    int32_t limit;
    /* Select: The attributes to be returned in the result. You can retrieve all
     * item attributes, specific item attributes, the count of matching items, or
     * in the case of an index, some or all of the attributes ... One of enum
     * awsc_dynamodb_select's values (as its string). */
    const char *select;
    /* ScanFilter: This is a legacy parameter. Use FilterExpression instead. For
     * more information, see ScanFilter in the Amazon DynamoDB Developer Guide . */
    struct awsc_dynamodb_filter_condition_map scan_filter;
    /* ConditionalOperator: This is a legacy parameter. Use FilterExpression
     * instead. For more information, see ConditionalOperator in the Amazon
     * DynamoDB Developer Guide . One of enum awsc_dynamodb_conditional_operator's
     * values (as its string). */
    const char *conditional_operator;
    /* ExclusiveStartKey: The primary key of the first item that this operation
     * will evaluate. Use the value that was returned for LastEvaluatedKey in the
     * previous operation. */
    struct awsc_dynamodb_attribute_map exclusive_start_key;
    /* ReturnConsumedCapacity:  One of enum
     * awsc_dynamodb_return_consumed_capacity's values (as its string). */
    const char *return_consumed_capacity;
    /* TotalSegments: For a parallel Scan request, TotalSegments represents the
     * total number of segments into which the Scan operation will be divided. */
    bool has_total_segments;
    int32_t total_segments;
    /* Segment: For a parallel Scan request, Segment identifies an individual
     * segment to be scanned by an application worker. */
    bool has_segment;
    int32_t segment;
    /* ProjectionExpression: A string that identifies one or more attributes to
     * retrieve from the specified table or index. These attributes can include
     * scalars, sets, or elements of a JSON document. */
    const char *projection_expression;
    /* FilterExpression: A string that contains conditions that DynamoDB applies
     * after the Scan operation, but before the data is returned to you. Items that
     * do not satisfy the FilterExpression criteria are not returned. */
    const char *filter_expression;
    /* ExpressionAttributeNames: One or more substitution tokens for attribute
     * names in an expression. */
    struct awsc_dynamodb_expression_attribute_name_map expression_attribute_names;
    /* ExpressionAttributeValues: One or more values that can be substituted in an
     * expression. */
    struct awsc_dynamodb_attribute_map expression_attribute_values;
    /* ConsistentRead: A Boolean value that determines the read consistency model
     * during the scan: If ConsistentRead is false , then the data returned from
     * Scan might not contain the results from other recently completed ... */
    bool has_consistent_read;
    bool consistent_read;
};

/*
 * Represents the output of a Scan operation.
 */
struct awsc_dynamodb_scan_output {
    /* Items: An array of item attributes that match the scan criteria. Each
     * element in this array consists of an attribute name and the value for that
     * attribute. */
    struct awsc_dynamodb_item_list items;
    /* Count: The number of items in the response. If you set ScanFilter in the
     * request, then Count is the number of items returned after the filter was
     * applied, and ScannedCount is the number of matching items ... */
    bool has_count;
    int32_t count;
    /* ScannedCount: The number of items evaluated, before any ScanFilter is
     * applied. A high ScannedCount value with few, or no, Count results indicates
     * an inefficient Scan operation. */
    bool has_scanned_count;
    int32_t scanned_count;
    /* LastEvaluatedKey: The primary key of the item where the operation stopped,
     * inclusive of the previous result set. Use this value to start a new
     * operation, excluding this value in the new request. */
    struct awsc_dynamodb_attribute_map last_evaluated_key;
    /* ConsumedCapacity: The capacity units consumed by the Scan operation. The
     * data returned includes the total provisioned throughput consumed, along with
     * statistics for the table and any indexes involved in the operation. */
    struct awsc_dynamodb_consumed_capacity *consumed_capacity;
};

/*
 * A single result from a SearchVectors operation.
 */
struct awsc_dynamodb_search_result_item {
    /* Item: A map of attribute names to AttributeValue objects, representing the
     * projected attributes of the item returned by the vector search. */
    struct awsc_dynamodb_attribute_map item;
    /* Score: The similarity score for this item relative to the search vector. The
     * interpretation depends on the distance function configured for the vector
     * index. */
    bool has_score;
    double score;
};

/*
 * An element in the search schema of a vector index.
 */
struct awsc_dynamodb_search_schema_element {
    /* AttributeName: The name of the attribute. Required. */
    const char *attribute_name;
    /* SearchSchemaElementType: The role of the attribute in the search schema.
     * Valid values: HASH - A partition key that partitions the vector index for
     * independent scaling. Required. One of enum
     * awsc_dynamodb_search_schema_element_type's values (as its string). */
    const char *search_schema_element_type;
};

/* SearchVectorsInput */
struct awsc_dynamodb_search_vectors_input {
    /* TableName: The name or Amazon Resource Name (ARN) of the table containing
     * the vector index. Required. */
    const char *table_name;
    /* IndexName: The name of the vector index to search. The index must be in the
     * ACTIVE state. Required. */
    const char *index_name;
    /* ReturnConsumedCapacity:  One of enum
     * awsc_dynamodb_return_consumed_capacity's values (as its string). */
    const char *return_consumed_capacity;
    /* ExpressionAttributeNames: One or more substitution tokens for attribute
     * names in an expression. Use the # character in an expression to dereference
     * an attribute name. */
    struct awsc_dynamodb_expression_attribute_name_map expression_attribute_names;
    /* ExpressionAttributeValues: One or more values that can be substituted in an
     * expression. Use the : character in an expression to dereference an attribute
     * value. */
    struct awsc_dynamodb_attribute_map expression_attribute_values;
    /* ProjectionExpression: A string that identifies one or more attributes to
     * retrieve from the index. Separate attribute names with commas. */
    const char *projection_expression;
    /* SearchVector: The search vector to compare against the indexed vectors. Each
     * element is a 32-bit IEEE-754 floating point number, provided in DynamoDB
     * list format. Required. */
    struct awsc_dynamodb_attribute_value_list search_vector;
    /* SearchConditionExpression: A condition expression used to filter the vector
     * search results. The expression can reference attributes defined in the
     * vector index search schema, including HASH and INLINE_FILTER key elements. */
    const char *search_condition_expression;
    /* TopK: The number of most similar results to return. Required. */
    bool has_top_k;
    int32_t top_k;
};

/* SearchVectorsOutput */
struct awsc_dynamodb_search_vectors_output {
    /* ConsumedCapacity: The capacity units consumed by the SearchVectors
     * operation. Contains VectorSearchRequestBytes , which represents the vector
     * search capacity consumed. */
    struct awsc_dynamodb_vector_capacity *consumed_capacity;
    /* SearchResults: A list of items returned by the vector similarity search,
     * sorted by similarity with the most similar item first. Each item contains
     * the projected attributes and a similarity score. */
    struct awsc_dynamodb_search_result_list search_results;
};

/*
 * Contains the details of the table when the backup was created.
 */
struct awsc_dynamodb_source_table_details {
    /* TableName: The name of the table for which the backup was created. Required. */
    const char *table_name;
    /* TableId: Unique identifier for the table for which the backup was created.
     * Required. */
    const char *table_id;
    /* TableArn: ARN of the table for which backup was created. */
    const char *table_arn;
    /* TableSizeBytes: Size of the table in bytes. Note that this is an approximate
     * value. */
    bool has_table_size_bytes;
    int64_t table_size_bytes;
    /* KeySchema: Schema of the table. Required. */
    struct awsc_dynamodb_key_schema key_schema;
    /* TableCreationDateTime: Time when the source table was created. Required. */
    bool has_table_creation_date_time;
    struct awsc_timestamp table_creation_date_time;
    /* ProvisionedThroughput: Read IOPs and Write IOPS on the table when the backup
     * was created. Required. */
    struct awsc_dynamodb_provisioned_throughput *provisioned_throughput;
    /* OnDemandThroughput: */
    struct awsc_dynamodb_on_demand_throughput *on_demand_throughput;
    /* ItemCount: Number of items in the table. Note that this is an approximate
     * value. */
    bool has_item_count;
    int64_t item_count;
    /* BillingMode: Controls how you are charged for read and write throughput and
     * how you manage capacity. This setting can be changed later. PROVISIONED -
     * Sets the read/write capacity mode to PROVISIONED . One of enum
     * awsc_dynamodb_billing_mode's values (as its string). */
    const char *billing_mode;
};

/*
 * Contains the details of the features enabled on the table when the backup
 * was created. For example, LSIs, GSIs, streams, TTL.
 */
struct awsc_dynamodb_source_table_feature_details {
    /* LocalSecondaryIndexes: Represents the LSI properties for the table when the
     * backup was created. It includes the IndexName, KeySchema and Projection for
     * the LSIs on the table at the time of backup. */
    struct awsc_dynamodb_local_secondary_indexes local_secondary_indexes;
    /* GlobalSecondaryIndexes: Represents the GSI properties for the table when the
     * backup was created. It includes the IndexName, KeySchema, Projection, and
     * ProvisionedThroughput for the GSIs on the table at the time of backup. */
    struct awsc_dynamodb_global_secondary_indexes global_secondary_indexes;
    /* StreamDescription: Stream settings on the table when the backup was created. */
    struct awsc_dynamodb_stream_specification *stream_description;
    /* TimeToLiveDescription: Time to Live settings on the table when the backup
     * was created. */
    struct awsc_dynamodb_time_to_live_description *time_to_live_description;
    /* SSEDescription: The description of the server-side encryption status on the
     * table when the backup was created. */
    struct awsc_dynamodb_sse_description *sse_description;
    /* VectorIndexes: The vector index properties for the table at the time the
     * backup was created, including the index name, vector attribute, dimensions,
     * distance function, search schema, and projection. */
    struct awsc_dynamodb_vector_indexes vector_indexes;
};

/*
 * Represents the DynamoDB Streams configuration for a table in DynamoDB.
 */
struct awsc_dynamodb_stream_specification {
    /* StreamEnabled: Indicates whether DynamoDB Streams is enabled (true) or
     * disabled (false) on the table. Required. */
    bool has_stream_enabled;
    bool stream_enabled;
    /* StreamViewType: When an item in the table is modified, StreamViewType
     * determines what information is written to the stream for this table. One of
     * enum awsc_dynamodb_stream_view_type's values (as its string). */
    const char *stream_view_type;
};

/*
 * A target table with the specified name already exists.
 */
struct awsc_dynamodb_table_already_exists_exception {
    /* message: */
    const char *message;
};

/*
 * Represents the auto scaling configuration for a global table.
 */
struct awsc_dynamodb_table_auto_scaling_description {
    /* TableName: The name of the table. */
    const char *table_name;
    /* TableStatus: The current state of the table: CREATING - The table is being
     * created. UPDATING - The table is being updated. DELETING - The table is
     * being deleted. ACTIVE - The table is ready for use. One of enum
     * awsc_dynamodb_table_status's values (as its string). */
    const char *table_status;
    /* Replicas: Represents replicas of the global table. */
    struct awsc_dynamodb_replica_auto_scaling_description_list replicas;
};

/*
 * Contains details of the table class.
 */
struct awsc_dynamodb_table_class_summary {
    /* TableClass: The table class of the specified table. Valid values are
     * STANDARD and STANDARD_INFREQUENT_ACCESS . One of enum
     * awsc_dynamodb_table_class's values (as its string). */
    const char *table_class;
    /* LastUpdateDateTime: The date and time at which the table class was last
     * updated. */
    bool has_last_update_date_time;
    struct awsc_timestamp last_update_date_time;
};

/*
 * The parameters for the table created as part of the import operation.
 */
struct awsc_dynamodb_table_creation_parameters {
    /* TableName: The name of the table created as part of the import operation.
     * Required. */
    const char *table_name;
    /* AttributeDefinitions: The attributes of the table created as part of the
     * import operation. Required. */
    struct awsc_dynamodb_attribute_definitions attribute_definitions;
    /* KeySchema: The primary key and option sort key of the table created as part
     * of the import operation. Required. */
    struct awsc_dynamodb_key_schema key_schema;
    /* BillingMode: The billing mode for provisioning the table created as part of
     * the import operation. One of enum awsc_dynamodb_billing_mode's values (as
     * its string). */
    const char *billing_mode;
    /* ProvisionedThroughput: */
    struct awsc_dynamodb_provisioned_throughput *provisioned_throughput;
    /* OnDemandThroughput: */
    struct awsc_dynamodb_on_demand_throughput *on_demand_throughput;
    /* SSESpecification: */
    struct awsc_dynamodb_sse_specification *sse_specification;
    /* GlobalSecondaryIndexes: The Global Secondary Indexes (GSI) of the table to
     * be created as part of the import operation. */
    struct awsc_dynamodb_global_secondary_index_list global_secondary_indexes;
    /* VectorIndexes: The vector indexes of the table to be created as part of the
     * import operation. */
    struct awsc_dynamodb_vector_index_list vector_indexes;
};

/*
 * Represents the properties of a table.
 */
struct awsc_dynamodb_table_description {
    /* AttributeDefinitions: An array of AttributeDefinition objects. Each of these
     * objects describes one attribute in the table and index key schema. */
    struct awsc_dynamodb_attribute_definitions attribute_definitions;
    /* TableName: The name of the table. */
    const char *table_name;
    /* KeySchema: The primary key structure for the table. Each KeySchemaElement
     * consists of: AttributeName - The name of the attribute. */
    struct awsc_dynamodb_key_schema key_schema;
    /* TableStatus: The current state of the table: CREATING - The table is being
     * created. UPDATING - The table/index configuration is being updated. The
     * table/index remains available for data operations when UPDATING . One of
     * enum awsc_dynamodb_table_status's values (as its string). */
    const char *table_status;
    /* CreationDateTime: The date and time when the table was created, in UNIX
     * epoch time format. */
    bool has_creation_date_time;
    struct awsc_timestamp creation_date_time;
    /* ProvisionedThroughput: The provisioned throughput settings for the table,
     * consisting of read and write capacity units, along with data about increases
     * and decreases. */
    struct awsc_dynamodb_provisioned_throughput_description *provisioned_throughput;
    /* TableSizeBytes: The total size of the specified table, in bytes. DynamoDB
     * updates this value approximately every six hours. Recent changes might not
     * be reflected in this value. */
    bool has_table_size_bytes;
    int64_t table_size_bytes;
    /* ItemCount: The number of items in the specified table. DynamoDB updates this
     * value approximately every six hours. Recent changes might not be reflected
     * in this value. */
    bool has_item_count;
    int64_t item_count;
    /* TableArn: The Amazon Resource Name (ARN) that uniquely identifies the table. */
    const char *table_arn;
    /* TableId: A unique identifier for the table, in UUID format, generated by
     * DynamoDB when the table is created. */
    const char *table_id;
    /* BillingModeSummary: Contains the details for the read/write capacity mode. */
    struct awsc_dynamodb_billing_mode_summary *billing_mode_summary;
    /* LocalSecondaryIndexes: Represents one or more local secondary indexes on the
     * table. Each index is scoped to a given partition key value. */
    struct awsc_dynamodb_local_secondary_index_description_list local_secondary_indexes;
    /* GlobalSecondaryIndexes: The global secondary indexes, if any, on the table.
     * Each index is scoped to a given partition key value. */
    struct awsc_dynamodb_global_secondary_index_description_list global_secondary_indexes;
    /* StreamSpecification: The current DynamoDB Streams configuration for the
     * table. */
    struct awsc_dynamodb_stream_specification *stream_specification;
    /* LatestStreamLabel: A timestamp, in ISO 8601 format, for this stream. */
    const char *latest_stream_label;
    /* LatestStreamArn: The Amazon Resource Name (ARN) that uniquely identifies the
     * latest stream for this table. */
    const char *latest_stream_arn;
    /* GlobalTableVersion: Represents the version of global tables in use, if the
     * table is replicated across Amazon Web Services Regions. */
    const char *global_table_version;
    /* Replicas: Represents replicas of the table. */
    struct awsc_dynamodb_replica_description_list replicas;
    /* GlobalTableWitnesses: The witness Region and its current status in the MRSC
     * global table. Only one witness Region can be configured per MRSC global
     * table. */
    struct awsc_dynamodb_global_table_witness_description_list global_table_witnesses;
    /* GlobalTableSettingsReplicationMode: Indicates one of the settings
     * synchronization modes for the global table: ENABLED : Indicates that the
     * settings synchronization mode for the global table is enabled. One of enum
     * awsc_dynamodb_global_table_settings_replication_mode's values (as its
     * string). */
    const char *global_table_settings_replication_mode;
    /* RestoreSummary: Contains details for the restore. */
    struct awsc_dynamodb_restore_summary *restore_summary;
    /* SSEDescription: The description of the server-side encryption status on the
     * specified table. */
    struct awsc_dynamodb_sse_description *sse_description;
    /* ArchivalSummary: Contains information about the table archive. */
    struct awsc_dynamodb_archival_summary *archival_summary;
    /* TableClassSummary: Contains details of the table class. */
    struct awsc_dynamodb_table_class_summary *table_class_summary;
    /* DeletionProtectionEnabled: Indicates whether deletion protection is enabled
     * (true) or disabled (false) on the table. */
    bool has_deletion_protection_enabled;
    bool deletion_protection_enabled;
    /* OnDemandThroughput: The maximum number of read and write units for the
     * specified on-demand table. If you use this parameter, you must specify
     * MaxReadRequestUnits , MaxWriteRequestUnits , or both. */
    struct awsc_dynamodb_on_demand_throughput *on_demand_throughput;
    /* WarmThroughput: Describes the warm throughput value of the base table. */
    struct awsc_dynamodb_table_warm_throughput_description *warm_throughput;
    /* MultiRegionConsistency: Indicates one of the following consistency modes for
     * a global table: EVENTUAL : Indicates that the global table is configured for
     * multi-Region eventual consistency (MREC). One of enum
     * awsc_dynamodb_multi_region_consistency's values (as its string). */
    const char *multi_region_consistency;
    /* VectorIndexes: The vector indexes, if any, on the table. Each element is
     * composed of: IndexName - The name of the vector index. */
    struct awsc_dynamodb_vector_index_description_list vector_indexes;
};

/*
 * A target table with the specified name is either being created or deleted.
 */
struct awsc_dynamodb_table_in_use_exception {
    /* message: */
    const char *message;
};

/*
 * A source table with the name TableName does not currently exist within the
 * subscriber's account or the subscriber is operating in the wrong Amazon Web
 * Services Region.
 */
struct awsc_dynamodb_table_not_found_exception {
    /* message: */
    const char *message;
};

/*
 * Represents the warm throughput value (in read units per second and write
 * units per second) of the table. Warm throughput is applicable for DynamoDB
 * Standard-IA tables and specifies the minimum provisioned capacity maintained
 * for immediate data access.
 */
struct awsc_dynamodb_table_warm_throughput_description {
    /* ReadUnitsPerSecond: Represents the base table's warm throughput value in
     * read units per second. */
    bool has_read_units_per_second;
    int64_t read_units_per_second;
    /* WriteUnitsPerSecond: Represents the base table's warm throughput value in
     * write units per second. */
    bool has_write_units_per_second;
    int64_t write_units_per_second;
    /* Status: Represents warm throughput value of the base table. One of enum
     * awsc_dynamodb_table_status's values (as its string). */
    const char *status;
};

/*
 * Describes a tag. A tag is a key-value pair. You can add up to 50 tags to a
 * single DynamoDB table.
 */
struct awsc_dynamodb_tag {
    /* Key: The key of the tag. Tag keys are case sensitive. Each DynamoDB table
     * can only have up to one tag with the same key. Required. */
    const char *key;
    /* Value: The value of the tag. Tag values are case-sensitive and can be null.
     * Required. */
    const char *value;
};

/* TagResourceInput */
struct awsc_dynamodb_tag_resource_input {
    /* ResourceArn: Identifies the Amazon DynamoDB resource to which tags should be
     * added. This value is an Amazon Resource Name (ARN). Required. */
    const char *resource_arn;
    /* Tags: The tags to be assigned to the Amazon DynamoDB resource. Required. */
    struct awsc_dynamodb_tag_list tags;
};

/*
 * The request was denied due to request throttling. For detailed information
 * about why the request was throttled and the ARN of the impacted resource,
 * find the ThrottlingReason field in the returned exception.
 */
struct awsc_dynamodb_throttling_exception {
    /* message: */
    const char *message;
    /* throttlingReasons: A list of ThrottlingReason that provide detailed
     * diagnostic information about why the request was throttled. */
    struct awsc_dynamodb_throttling_reason_list throttling_reasons;
};

/*
 * Represents the specific reason why a DynamoDB request was throttled and the
 * ARN of the impacted resource. This helps identify exactly what resource is
 * being throttled, what type of operation caused it, and why the throttling
 * occurred.
 */
struct awsc_dynamodb_throttling_reason {
    /* reason: The reason for throttling. The throttling reason follows a specific
     * format: ResourceType+OperationType+LimitType : Resource Type (What is being
     * throttled): Table or Index Operation Type (What kind of ... */
    const char *reason;
    /* resource: The Amazon Resource Name (ARN) of the DynamoDB table or index that
     * experienced the throttling event. */
    const char *resource;
};

/*
 * The description of the Time to Live (TTL) status on the specified table.
 */
struct awsc_dynamodb_time_to_live_description {
    /* TimeToLiveStatus: The TTL status for the table. One of enum
     * awsc_dynamodb_time_to_live_status's values (as its string). */
    const char *time_to_live_status;
    /* AttributeName: The name of the TTL attribute for items in the table. */
    const char *attribute_name;
};

/*
 * Represents the settings used to enable or disable Time to Live (TTL) for the
 * specified table.
 */
struct awsc_dynamodb_time_to_live_specification {
    /* Enabled: Indicates whether TTL is to be enabled (true) or disabled (false)
     * on the table. Required. */
    bool has_enabled;
    bool enabled;
    /* AttributeName: The name of the TTL attribute used to store the expiration
     * time for items in the table. Required. */
    const char *attribute_name;
};

/*
 * Specifies an item to be retrieved as part of the transaction.
 */
struct awsc_dynamodb_transact_get_item {
    /* Get: Contains the primary key that identifies the item to get, together with
     * the name of the table that contains the item, and optionally the specific
     * attributes of the item to retrieve. Required. */
    struct awsc_dynamodb_get *get;
};

/* TransactGetItemsInput */
struct awsc_dynamodb_transact_get_items_input {
    /* TransactItems: An ordered array of up to 100 TransactGetItem objects, each
     * of which contains a Get structure. Required. */
    struct awsc_dynamodb_transact_get_item_list transact_items;
    /* ReturnConsumedCapacity: A value of TOTAL causes consumed capacity
     * information to be returned, and a value of NONE prevents that information
     * from being returned. No other value is valid. One of enum
     * awsc_dynamodb_return_consumed_capacity's values (as its string). */
    const char *return_consumed_capacity;
};

/* TransactGetItemsOutput */
struct awsc_dynamodb_transact_get_items_output {
    /* ConsumedCapacity: If the ReturnConsumedCapacity value was TOTAL , this is an
     * array of ConsumedCapacity objects, one for each table addressed by
     * TransactGetItem objects in the TransactItems parameter. */
    struct awsc_dynamodb_consumed_capacity_multiple consumed_capacity;
    /* Responses: An ordered array of up to 100 ItemResponse objects, each of which
     * corresponds to the TransactGetItem object in the same position in the
     * TransactItems array. */
    struct awsc_dynamodb_item_response_list responses;
};

/*
 * A list of requests that can perform update, put, delete, or check operations
 * on multiple items in one or more tables atomically.
 */
struct awsc_dynamodb_transact_write_item {
    /* ConditionCheck: A request to perform a check item operation. */
    struct awsc_dynamodb_condition_check *condition_check;
    /* Put: A request to perform a PutItem operation. */
    struct awsc_dynamodb_put *put;
    /* Delete: A request to perform a DeleteItem operation. */
    struct awsc_dynamodb_delete *delete_;
    /* Update: A request to perform an UpdateItem operation. */
    struct awsc_dynamodb_update *update;
};

/* TransactWriteItemsInput */
struct awsc_dynamodb_transact_write_items_input {
    /* TransactItems: An ordered array of up to 100 TransactWriteItem objects, each
     * of which contains a ConditionCheck , Put , Update , or Delete object.
     * Required. */
    struct awsc_dynamodb_transact_write_item_list transact_items;
    /* ReturnConsumedCapacity:  One of enum
     * awsc_dynamodb_return_consumed_capacity's values (as its string). */
    const char *return_consumed_capacity;
    /* ReturnItemCollectionMetrics: Determines whether item collection metrics are
     * returned. If set to SIZE , the response includes statistics about item
     * collections (if any), that were modified during the operation and are
     * returned in ... One of enum awsc_dynamodb_return_item_collection_metrics's
     * values (as its string). */
    const char *return_item_collection_metrics;
    /* ClientRequestToken: Providing a ClientRequestToken makes the call to
     * TransactWriteItems idempotent, meaning that multiple identical calls have
     * the same effect as one single call. */
    const char *client_request_token;
};

/* TransactWriteItemsOutput */
struct awsc_dynamodb_transact_write_items_output {
    /* ConsumedCapacity: The capacity units consumed by the entire
     * TransactWriteItems operation. The values of the list are ordered according
     * to the ordering of the TransactItems request parameter. */
    struct awsc_dynamodb_consumed_capacity_multiple consumed_capacity;
    /* ItemCollectionMetrics: A list of tables that were processed by
     * TransactWriteItems and, for each table, information about any item
     * collections that were affected by individual UpdateItem , PutItem , or
     * DeleteItem operations. */
    struct awsc_dynamodb_item_collection_metrics_per_table item_collection_metrics;
};

/*
 * The entire transaction request was canceled.
 */
struct awsc_dynamodb_transaction_canceled_exception {
    /* Message: */
    const char *message;
    /* CancellationReasons: A list of cancellation reasons. */
    struct awsc_dynamodb_cancellation_reason_list cancellation_reasons;
};

/*
 * Operation was rejected because there is an ongoing transaction for the item.
 */
struct awsc_dynamodb_transaction_conflict_exception {
    /* message: */
    const char *message;
};

/*
 * The transaction with the given request token is already in progress.
 */
struct awsc_dynamodb_transaction_in_progress_exception {
    /* Message: */
    const char *message;
};

/* UntagResourceInput */
struct awsc_dynamodb_untag_resource_input {
    /* ResourceArn: The DynamoDB resource that the tags will be removed from. This
     * value is an Amazon Resource Name (ARN). Required. */
    const char *resource_arn;
    /* TagKeys: A list of tag keys. Existing tags of the resource whose keys are
     * members of this list will be removed from the DynamoDB resource. Required. */
    struct awsc_dynamodb_attribute_name_list tag_keys;
};

/*
 * Represents a request to perform an UpdateItem operation.
 */
struct awsc_dynamodb_update {
    /* Key: The primary key of the item to be updated. Each element consists of an
     * attribute name and a value for that attribute. Required. */
    struct awsc_dynamodb_attribute_map key;
    /* UpdateExpression: An expression that defines one or more attributes to be
     * updated, the action to be performed on them, and new value(s) for them.
     * Required. */
    const char *update_expression;
    /* TableName: Name of the table for the UpdateItem request. You can also
     * provide the Amazon Resource Name (ARN) of the table in this parameter.
     * Required. */
    const char *table_name;
    /* ConditionExpression: A condition that must be satisfied in order for a
     * conditional update to succeed. */
    const char *condition_expression;
    /* ExpressionAttributeNames: One or more substitution tokens for attribute
     * names in an expression. */
    struct awsc_dynamodb_expression_attribute_name_map expression_attribute_names;
    /* ExpressionAttributeValues: One or more values that can be substituted in an
     * expression. */
    struct awsc_dynamodb_attribute_map expression_attribute_values;
    /* ReturnValuesOnConditionCheckFailure: Use ReturnValuesOnConditionCheckFailure
     * to get the item attributes if the Update condition fails. For
     * ReturnValuesOnConditionCheckFailure , the valid values are: NONE and
     * ALL_OLD. One of enum
     * awsc_dynamodb_return_values_on_condition_check_failure's values (as its
     * string). */
    const char *return_values_on_condition_check_failure;
};

/* UpdateContinuousBackupsInput */
struct awsc_dynamodb_update_continuous_backups_input {
    /* TableName: The name of the table. You can also provide the Amazon Resource
     * Name (ARN) of the table in this parameter. Required. */
    const char *table_name;
    /* PointInTimeRecoverySpecification: Represents the settings used to enable
     * point in time recovery. Required. */
    struct awsc_dynamodb_point_in_time_recovery_specification *point_in_time_recovery_specification;
};

/* UpdateContinuousBackupsOutput */
struct awsc_dynamodb_update_continuous_backups_output {
    /* ContinuousBackupsDescription: Represents the continuous backups and point in
     * time recovery settings on the table. */
    struct awsc_dynamodb_continuous_backups_description *continuous_backups_description;
};

/* UpdateContributorInsightsInput */
struct awsc_dynamodb_update_contributor_insights_input {
    /* TableName: The name of the table. You can also provide the Amazon Resource
     * Name (ARN) of the table in this parameter. Required. */
    const char *table_name;
    /* IndexName: The global secondary index name, if applicable. */
    const char *index_name;
    /* ContributorInsightsAction: Represents the contributor insights action.
     * Required. One of enum awsc_dynamodb_contributor_insights_action's values (as
     * its string). */
    const char *contributor_insights_action;
    /* ContributorInsightsMode: Specifies whether to track all access and throttled
     * events or throttled events only for the DynamoDB table or index. One of enum
     * awsc_dynamodb_contributor_insights_mode's values (as its string). */
    const char *contributor_insights_mode;
};

/* UpdateContributorInsightsOutput */
struct awsc_dynamodb_update_contributor_insights_output {
    /* TableName: The name of the table. */
    const char *table_name;
    /* IndexName: The name of the global secondary index, if applicable. */
    const char *index_name;
    /* ContributorInsightsStatus: The status of contributor insights One of enum
     * awsc_dynamodb_contributor_insights_status's values (as its string). */
    const char *contributor_insights_status;
    /* ContributorInsightsMode: The updated mode of CloudWatch Contributor Insights
     * that determines whether to monitor all access and throttled events or to
     * track throttled events exclusively. One of enum
     * awsc_dynamodb_contributor_insights_mode's values (as its string). */
    const char *contributor_insights_mode;
};

/*
 * Represents the new provisioned throughput settings to be applied to a global
 * secondary index.
 */
struct awsc_dynamodb_update_global_secondary_index_action {
    /* IndexName: The name of the global secondary index to be updated. Required. */
    const char *index_name;
    /* ProvisionedThroughput: Represents the provisioned throughput settings for
     * the specified global secondary index. */
    struct awsc_dynamodb_provisioned_throughput *provisioned_throughput;
    /* OnDemandThroughput: Updates the maximum number of read and write units for
     * the specified global secondary index. If you use this parameter, you must
     * specify MaxReadRequestUnits , MaxWriteRequestUnits , or both. */
    struct awsc_dynamodb_on_demand_throughput *on_demand_throughput;
    /* WarmThroughput: Represents the warm throughput value of the new provisioned
     * throughput settings to be applied to a global secondary index. */
    struct awsc_dynamodb_warm_throughput *warm_throughput;
};

/* UpdateGlobalTableInput */
struct awsc_dynamodb_update_global_table_input {
    /* GlobalTableName: The global table name. Required. */
    const char *global_table_name;
    /* ReplicaUpdates: A list of Regions that should be added or removed from the
     * global table. Required. */
    struct awsc_dynamodb_replica_update_list replica_updates;
};

/* UpdateGlobalTableOutput */
struct awsc_dynamodb_update_global_table_output {
    /* GlobalTableDescription: Contains the details of the global table. */
    struct awsc_dynamodb_global_table_description *global_table_description;
};

/* UpdateGlobalTableSettingsInput */
struct awsc_dynamodb_update_global_table_settings_input {
    /* GlobalTableName: The name of the global table Required. */
    const char *global_table_name;
    /* GlobalTableBillingMode: The billing mode of the global table. If
     * GlobalTableBillingMode is not specified, the global table defaults to
     * PROVISIONED capacity billing mode. One of enum awsc_dynamodb_billing_mode's
     * values (as its string). */
    const char *global_table_billing_mode;
    /* GlobalTableProvisionedWriteCapacityUnits: The maximum number of writes
     * consumed per second before DynamoDB returns a ThrottlingException. */
    bool has_global_table_provisioned_write_capacity_units;
    int64_t global_table_provisioned_write_capacity_units;
    /* GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate: Auto scaling
     * settings for managing provisioned write capacity for the global table. */
    struct awsc_dynamodb_auto_scaling_settings_update *global_table_provisioned_write_capacity_auto_scaling_settings_update;
    /* GlobalTableGlobalSecondaryIndexSettingsUpdate: Represents the settings of a
     * global secondary index for a global table that will be modified. */
    struct awsc_dynamodb_global_table_global_secondary_index_settings_update_list global_table_global_secondary_index_settings_update;
    /* ReplicaSettingsUpdate: Represents the settings for a global table in a
     * Region that will be modified. */
    struct awsc_dynamodb_replica_settings_update_list replica_settings_update;
};

/* UpdateGlobalTableSettingsOutput */
struct awsc_dynamodb_update_global_table_settings_output {
    /* GlobalTableName: The name of the global table. */
    const char *global_table_name;
    /* ReplicaSettings: The Region-specific settings for the global table. */
    struct awsc_dynamodb_replica_settings_description_list replica_settings;
};

/*
 * Represents the input of an UpdateItem operation.
 */
struct awsc_dynamodb_update_item_input {
    /* TableName: The name of the table containing the item to update. You can also
     * provide the Amazon Resource Name (ARN) of the table in this parameter.
     * Required. */
    const char *table_name;
    /* Key: The primary key of the item to be updated. Each element consists of an
     * attribute name and a value for that attribute. Required. */
    struct awsc_dynamodb_attribute_map key;
    /* AttributeUpdates: This is a legacy parameter. Use UpdateExpression instead.
     * For more information, see AttributeUpdates in the Amazon DynamoDB Developer
     * Guide . */
    struct awsc_dynamodb_attribute_updates attribute_updates;
    /* Expected: This is a legacy parameter. Use ConditionExpression instead. For
     * more information, see Expected in the Amazon DynamoDB Developer Guide . */
    struct awsc_dynamodb_expected_attribute_map expected;
    /* ConditionalOperator: This is a legacy parameter. Use ConditionExpression
     * instead. For more information, see ConditionalOperator in the Amazon
     * DynamoDB Developer Guide . One of enum awsc_dynamodb_conditional_operator's
     * values (as its string). */
    const char *conditional_operator;
    /* ReturnValues: Use ReturnValues if you want to get the item attributes as
     * they appear before or after they are successfully updated. One of enum
     * awsc_dynamodb_return_value's values (as its string). */
    const char *return_values;
    /* ReturnConsumedCapacity:  One of enum
     * awsc_dynamodb_return_consumed_capacity's values (as its string). */
    const char *return_consumed_capacity;
    /* ReturnItemCollectionMetrics: Determines whether item collection metrics are
     * returned. If set to SIZE , the response includes statistics about item
     * collections, if any, that were modified during the operation are returned in
     * the ... One of enum awsc_dynamodb_return_item_collection_metrics's values
     * (as its string). */
    const char *return_item_collection_metrics;
    /* UpdateExpression: An expression that defines one or more attributes to be
     * updated, the action to be performed on them, and new values for them. */
    const char *update_expression;
    /* ConditionExpression: A condition that must be satisfied in order for a
     * conditional update to succeed. */
    const char *condition_expression;
    /* ExpressionAttributeNames: One or more substitution tokens for attribute
     * names in an expression. */
    struct awsc_dynamodb_expression_attribute_name_map expression_attribute_names;
    /* ExpressionAttributeValues: One or more values that can be substituted in an
     * expression. */
    struct awsc_dynamodb_attribute_map expression_attribute_values;
    /* ReturnValuesOnConditionCheckFailure: An optional parameter that returns the
     * item attributes for an UpdateItem operation that failed a condition check.
     * One of enum awsc_dynamodb_return_values_on_condition_check_failure's values
     * (as its string). */
    const char *return_values_on_condition_check_failure;
};

/*
 * Represents the output of an UpdateItem operation.
 */
struct awsc_dynamodb_update_item_output {
    /* Attributes: A map of attribute values as they appear before or after the
     * UpdateItem operation, as determined by the ReturnValues parameter. */
    struct awsc_dynamodb_attribute_map attributes;
    /* ConsumedCapacity: The capacity units consumed by the UpdateItem operation.
     * The data returned includes the total provisioned throughput consumed, along
     * with statistics for the table and any indexes involved in the ... */
    struct awsc_dynamodb_consumed_capacity *consumed_capacity;
    /* ItemCollectionMetrics: Information about item collections, if any, that were
     * affected by the UpdateItem operation. ItemCollectionMetrics is only returned
     * if the ReturnItemCollectionMetrics parameter was specified. */
    struct awsc_dynamodb_item_collection_metrics *item_collection_metrics;
};

/*
 * Enables updating the configuration for Kinesis Streaming.
 */
struct awsc_dynamodb_update_kinesis_streaming_configuration {
    /* ApproximateCreationDateTimePrecision: Enables updating the precision of
     * Kinesis data stream timestamp. One of enum
     * awsc_dynamodb_approximate_creation_date_time_precision's values (as its
     * string). */
    const char *approximate_creation_date_time_precision;
};

/* UpdateKinesisStreamingDestinationInput */
struct awsc_dynamodb_update_kinesis_streaming_destination_input {
    /* TableName: The table name for the Kinesis streaming destination input. You
     * can also provide the ARN of the table in this parameter. Required. */
    const char *table_name;
    /* StreamArn: The Amazon Resource Name (ARN) for the Kinesis stream input.
     * Required. */
    const char *stream_arn;
    /* UpdateKinesisStreamingConfiguration: The command to update the Kinesis
     * stream configuration. */
    struct awsc_dynamodb_update_kinesis_streaming_configuration *update_kinesis_streaming_configuration;
};

/* UpdateKinesisStreamingDestinationOutput */
struct awsc_dynamodb_update_kinesis_streaming_destination_output {
    /* TableName: The table name for the Kinesis streaming destination output. */
    const char *table_name;
    /* StreamArn: The ARN for the Kinesis stream input. */
    const char *stream_arn;
    /* DestinationStatus: The status of the attempt to update the Kinesis streaming
     * destination output. One of enum awsc_dynamodb_destination_status's values
     * (as its string). */
    const char *destination_status;
    /* UpdateKinesisStreamingConfiguration: The command to update the Kinesis
     * streaming destination configuration. */
    struct awsc_dynamodb_update_kinesis_streaming_configuration *update_kinesis_streaming_configuration;
};

/*
 * Represents a replica to be modified.
 */
struct awsc_dynamodb_update_replication_group_member_action {
    /* RegionName: The Region where the replica exists. Required. */
    const char *region_name;
    /* KMSMasterKeyId: The KMS key of the replica that should be used for KMS
     * encryption. To specify a key, use its key ID, Amazon Resource Name (ARN),
     * alias name, or alias ARN. */
    const char *kms_master_key_id;
    /* ProvisionedThroughputOverride: Replica-specific provisioned throughput. If
     * not specified, uses the source table's provisioned throughput settings. */
    struct awsc_dynamodb_provisioned_throughput_override *provisioned_throughput_override;
    /* OnDemandThroughputOverride: Overrides the maximum on-demand throughput for
     * the replica table. */
    struct awsc_dynamodb_on_demand_throughput_override *on_demand_throughput_override;
    /* GlobalSecondaryIndexes: Replica-specific global secondary index settings. */
    struct awsc_dynamodb_replica_global_secondary_index_list global_secondary_indexes;
    /* TableClassOverride: Replica-specific table class. If not specified, uses the
     * source table's table class. One of enum awsc_dynamodb_table_class's values
     * (as its string). */
    const char *table_class_override;
};

/*
 * Represents the input of an UpdateTable operation.
 */
struct awsc_dynamodb_update_table_input {
    /* AttributeDefinitions: An array of attributes that describe the key schema
     * for the table and indexes. */
    struct awsc_dynamodb_attribute_definitions attribute_definitions;
    /* TableName: The name of the table to be updated. You can also provide the
     * Amazon Resource Name (ARN) of the table in this parameter. Required. */
    const char *table_name;
    /* BillingMode: Controls how you are charged for read and write throughput and
     * how you manage capacity. When switching from pay-per-request to provisioned
     * capacity, initial provisioned capacity values must be set. One of enum
     * awsc_dynamodb_billing_mode's values (as its string). */
    const char *billing_mode;
    /* ProvisionedThroughput: The new provisioned throughput settings for the
     * specified table or index. */
    struct awsc_dynamodb_provisioned_throughput *provisioned_throughput;
    /* GlobalSecondaryIndexUpdates: An array of one or more global secondary
     * indexes for the table. For each index in the array, you can request one
     * action: Create - add a new global secondary index to the table. */
    struct awsc_dynamodb_global_secondary_index_update_list global_secondary_index_updates;
    /* StreamSpecification: Represents the DynamoDB Streams configuration for the
     * table. You receive a ValidationException if you try to enable a stream on a
     * table that already has a stream, or if you try to disable a stream on ... */
    struct awsc_dynamodb_stream_specification *stream_specification;
    /* SSESpecification: The new server-side encryption settings for the specified
     * table. */
    struct awsc_dynamodb_sse_specification *sse_specification;
    /* ReplicaUpdates: A list of replica update actions (create, delete, or update)
     * for the table. */
    struct awsc_dynamodb_replication_group_update_list replica_updates;
    /* TableClass: The table class of the table to be updated. Valid values are
     * STANDARD and STANDARD_INFREQUENT_ACCESS . One of enum
     * awsc_dynamodb_table_class's values (as its string). */
    const char *table_class;
    /* DeletionProtectionEnabled: Indicates whether deletion protection is to be
     * enabled (true) or disabled (false) on the table. */
    bool has_deletion_protection_enabled;
    bool deletion_protection_enabled;
    /* MultiRegionConsistency: Specifies the consistency mode for a new global
     * table. This parameter is only valid when you create a global table by
     * specifying one or more Create actions in the ReplicaUpdates action list. One
     * of enum awsc_dynamodb_multi_region_consistency's values (as its string). */
    const char *multi_region_consistency;
    /* GlobalTableWitnessUpdates: A list of witness updates for a MRSC global
     * table. A witness provides a cost-effective alternative to a full replica in
     * a MRSC global table by maintaining replicated change data written to global
     * ... */
    struct awsc_dynamodb_global_table_witness_group_update_list global_table_witness_updates;
    /* OnDemandThroughput: Updates the maximum number of read and write units for
     * the specified table in on-demand capacity mode. If you use this parameter,
     * you must specify MaxReadRequestUnits , MaxWriteRequestUnits , or both. */
    struct awsc_dynamodb_on_demand_throughput *on_demand_throughput;
    /* WarmThroughput: Represents the warm throughput (in read units per second and
     * write units per second) for updating a table. */
    struct awsc_dynamodb_warm_throughput *warm_throughput;
    /* GlobalTableSettingsReplicationMode: Controls the settings replication mode
     * for a global table replica. This attribute can be defined using UpdateTable
     * operation only on a regional table with values: ENABLED : Defines settings
     * ... One of enum awsc_dynamodb_global_table_settings_replication_mode's
     * values (as its string). */
    const char *global_table_settings_replication_mode;
    /* VectorIndexUpdates: A list of vector indexes to be added to or removed from
     * the table. You can add or remove one vector index for each UpdateTable
     * operation. */
    struct awsc_dynamodb_vector_index_update_list vector_index_updates;
};

/*
 * Represents the output of an UpdateTable operation.
 */
struct awsc_dynamodb_update_table_output {
    /* TableDescription: Represents the properties of the table. */
    struct awsc_dynamodb_table_description *table_description;
};

/* UpdateTableReplicaAutoScalingInput */
struct awsc_dynamodb_update_table_replica_auto_scaling_input {
    /* GlobalSecondaryIndexUpdates: Represents the auto scaling settings of the
     * global secondary indexes of the replica to be updated. */
    struct awsc_dynamodb_global_secondary_index_auto_scaling_update_list global_secondary_index_updates;
    /* TableName: The name of the global table to be updated. You can also provide
     * the Amazon Resource Name (ARN) of the table in this parameter. Required. */
    const char *table_name;
    /* ProvisionedWriteCapacityAutoScalingUpdate: */
    struct awsc_dynamodb_auto_scaling_settings_update *provisioned_write_capacity_auto_scaling_update;
    /* ReplicaUpdates: Represents the auto scaling settings of replicas of the
     * table that will be modified. */
    struct awsc_dynamodb_replica_auto_scaling_update_list replica_updates;
};

/* UpdateTableReplicaAutoScalingOutput */
struct awsc_dynamodb_update_table_replica_auto_scaling_output {
    /* TableAutoScalingDescription: Returns information about the auto scaling
     * settings of a table with replicas. */
    struct awsc_dynamodb_table_auto_scaling_description *table_auto_scaling_description;
};

/*
 * Represents the input of an UpdateTimeToLive operation.
 */
struct awsc_dynamodb_update_time_to_live_input {
    /* TableName: The name of the table to be configured. You can also provide the
     * Amazon Resource Name (ARN) of the table in this parameter. Required. */
    const char *table_name;
    /* TimeToLiveSpecification: Represents the settings used to enable or disable
     * Time to Live for the specified table. Required. */
    struct awsc_dynamodb_time_to_live_specification *time_to_live_specification;
};

/* UpdateTimeToLiveOutput */
struct awsc_dynamodb_update_time_to_live_output {
    /* TimeToLiveSpecification: Represents the output of an UpdateTimeToLive
     * operation. */
    struct awsc_dynamodb_time_to_live_specification *time_to_live_specification;
};

/*
 * The definition of a vector attribute for a vector index.
 */
struct awsc_dynamodb_vector_attribute_definition {
    /* AttributeName: The name of the vector attribute. Required. */
    const char *attribute_name;
};

/*
 * The consumed capacity for vector index operations, including vector search
 * request bytes and vector write request bytes.
 */
struct awsc_dynamodb_vector_capacity {
    /* VectorSearchRequestBytes: The number of vector search request bytes consumed
     * by a SearchVectors operation. */
    bool has_vector_search_request_bytes;
    double vector_search_request_bytes;
    /* VectorWriteRequestBytes: The number of vector write request bytes consumed
     * when writing to a vector index. Reported for write operations that modify
     * attributes indexed by a vector index. */
    bool has_vector_write_request_bytes;
    double vector_write_request_bytes;
};

/*
 * Contains the configuration settings for a vector index, including the index
 * name, vector attribute, dimensions, distance function, search schema, and
 * projection.
 */
struct awsc_dynamodb_vector_index {
    /* IndexName: The name of the vector index. Required. */
    const char *index_name;
    /* VectorAttribute: The vector attribute configuration for the index. Required. */
    struct awsc_dynamodb_vector_attribute_definition *vector_attribute;
    /* SearchSchema: The search schema that defines partition key and inline filter
     * attributes for the vector index. */
    struct awsc_dynamodb_search_schema search_schema;
    /* Projection: Specifies attributes that are copied (projected) from the table
     * into the vector index. Required. */
    struct awsc_dynamodb_projection *projection;
    /* Dimensions: The number of dimensions in each vector. Required. */
    bool has_dimensions;
    int64_t dimensions;
    /* DistanceFunction: The distance function used to calculate similarity between
     * vectors. Valid values: COSINE , EUCLIDEAN , DOT_PRODUCT . Required. One of
     * enum awsc_dynamodb_vector_distance_function's values (as its string). */
    const char *distance_function;
};

/*
 * Contains the current state and configuration of a vector index, including
 * its status, size, item count, and the settings specified when the index was
 * created.
 */
struct awsc_dynamodb_vector_index_description {
    /* IndexName: The name of the vector index. */
    const char *index_name;
    /* SearchSchema: The search schema that defines partition key and inline filter
     * attributes for the vector index. */
    struct awsc_dynamodb_search_schema search_schema;
    /* Projection: Specifies attributes that are copied (projected) from the table
     * into the vector index. */
    struct awsc_dynamodb_projection *projection;
    /* VectorAttribute: The vector attribute configuration for the index. */
    struct awsc_dynamodb_vector_attribute_definition *vector_attribute;
    /* Dimensions: The number of dimensions in each vector. */
    bool has_dimensions;
    int64_t dimensions;
    /* DistanceFunction: The distance function used to calculate similarity between
     * vectors. One of enum awsc_dynamodb_vector_distance_function's values (as its
     * string). */
    const char *distance_function;
    /* IndexStatus: The current state of the vector index: CREATING - The index is
     * being created. ACTIVE - The index is ready for use. DELETING - The index is
     * being deleted. One of enum awsc_dynamodb_index_status's values (as its
     * string). */
    const char *index_status;
    /* Backfilling: Specifies whether the index is currently backfilling. During
     * backfill, SearchVectors operations might return incomplete results. */
    bool has_backfilling;
    bool backfilling;
    /* IndexSizeBytes: The total size of the vector index, in bytes. Amazon
     * DynamoDB updates this value approximately every six hours. Recent changes
     * might not be reflected in this value. */
    bool has_index_size_bytes;
    int64_t index_size_bytes;
    /* ItemCount: The number of items indexed in the vector index. Amazon DynamoDB
     * updates this value approximately every six hours. Recent changes might not
     * be reflected in this value. */
    bool has_item_count;
    int64_t item_count;
    /* IndexArn: The Amazon Resource Name (ARN) that uniquely identifies the vector
     * index. */
    const char *index_arn;
};

/*
 * Contains the configuration of a vector index as it existed at the time a
 * backup was created.
 */
struct awsc_dynamodb_vector_index_info {
    /* IndexName: The name of the vector index. */
    const char *index_name;
    /* VectorAttribute: The vector attribute configuration for the index. */
    struct awsc_dynamodb_vector_attribute_definition *vector_attribute;
    /* SearchSchema: The search schema that defines partition key and inline filter
     * attributes for the vector index. */
    struct awsc_dynamodb_search_schema search_schema;
    /* Projection: Specifies attributes that are copied (projected) from the table
     * into the vector index. */
    struct awsc_dynamodb_projection *projection;
    /* Dimensions: The number of dimensions in each vector. */
    bool has_dimensions;
    int64_t dimensions;
    /* DistanceFunction: The distance function used to calculate similarity between
     * vectors. One of enum awsc_dynamodb_vector_distance_function's values (as its
     * string). */
    const char *distance_function;
};

/*
 * A vector index to be added to or removed from a table.
 */
struct awsc_dynamodb_vector_index_update {
    /* Create: The configuration for creating a new vector index on the table. */
    struct awsc_dynamodb_create_vector_index_action *create;
    /* Delete: The configuration for deleting an existing vector index from the
     * table. */
    struct awsc_dynamodb_delete_vector_index_action *delete_;
};

/*
 * Provides visibility into the number of read and write operations your table
 * or secondary index can instantaneously support. The settings can be modified
 * using the UpdateTable operation to meet the throughput requirements of an
 * upcoming peak event.
 */
struct awsc_dynamodb_warm_throughput {
    /* ReadUnitsPerSecond: Represents the number of read operations your base table
     * can instantaneously support. */
    bool has_read_units_per_second;
    int64_t read_units_per_second;
    /* WriteUnitsPerSecond: Represents the number of write operations your base
     * table can instantaneously support. */
    bool has_write_units_per_second;
    int64_t write_units_per_second;
};

/*
 * Represents an operation to perform - either DeleteItem or PutItem . You can
 * only request one of these operations, not both, in a single WriteRequest .
 * If you do need to perform both of these operations, you need to provide two
 * separate WriteRequest objects.
 */
struct awsc_dynamodb_write_request {
    /* PutRequest: A request to perform a PutItem operation. */
    struct awsc_dynamodb_put_request *put_request;
    /* DeleteRequest: A request to perform a DeleteItem operation. */
    struct awsc_dynamodb_delete_request *delete_request;
};

struct awsc_dynamodb_attribute_map_entry {
    const char *key;
    struct awsc_dynamodb_attribute_value value;
};

struct awsc_dynamodb_attribute_updates_entry {
    const char *key;
    struct awsc_dynamodb_attribute_value_update value;
};

struct awsc_dynamodb_batch_get_request_map_entry {
    const char *key;
    struct awsc_dynamodb_keys_and_attributes value;
};

struct awsc_dynamodb_batch_get_response_map_entry {
    const char *key;
    struct awsc_dynamodb_item_list value;
};

struct awsc_dynamodb_batch_write_item_request_map_entry {
    const char *key;
    struct awsc_dynamodb_write_requests value;
};

struct awsc_dynamodb_expected_attribute_map_entry {
    const char *key;
    struct awsc_dynamodb_expected_attribute_value value;
};

struct awsc_dynamodb_expression_attribute_name_map_entry {
    const char *key;
    const char *value;
};

struct awsc_dynamodb_filter_condition_map_entry {
    const char *key;
    struct awsc_dynamodb_condition value;
};

struct awsc_dynamodb_item_collection_metrics_per_table_entry {
    const char *key;
    struct awsc_dynamodb_item_collection_metrics_multiple value;
};

struct awsc_dynamodb_secondary_indexes_capacity_map_entry {
    const char *key;
    struct awsc_dynamodb_capacity value;
};

struct awsc_dynamodb_vector_indexes_capacity_map_entry {
    const char *key;
    struct awsc_dynamodb_vector_capacity value;
};

/* ----------------------------------------------------------- operations */

/*
 * BatchExecuteStatement
 * This operation allows you to perform batch reads or writes on data stored in
 * DynamoDB, using PartiQL. Each read statement in a BatchExecuteStatement must
 * specify an equality condition on all key attributes. This enforces that each
 * SELECT statement in a batch returns at most a single item.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_REQUEST_LIMIT_EXCEEDED,
 *   AWSC_DYNAMODB_ERR_THROTTLING_EXCEPTION
 */
AWSC_API int awsc_dynamodb_batch_execute_statement(struct awsc_client *client,
                                                   const struct awsc_dynamodb_batch_execute_statement_input *input,
                                                   struct awsc_dynamodb_batch_execute_statement_output **output,
                                                   struct awsc_error *err);
typedef void awsc_dynamodb_batch_execute_statement_cb(void *user_data,
                                                      int status,
                                                      struct awsc_dynamodb_batch_execute_statement_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_dynamodb_batch_execute_statement_async(struct awsc_client *client,
                                                         const struct awsc_dynamodb_batch_execute_statement_input *input,
                                                         awsc_dynamodb_batch_execute_statement_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * BatchGetItem
 * The BatchGetItem operation returns the attributes of one or more items from
 * one or more tables. You identify requested items by primary key.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_REQUEST_LIMIT_EXCEEDED,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_THROTTLING_EXCEPTION
 */
AWSC_API int awsc_dynamodb_batch_get_item(struct awsc_client *client,
                                          const struct awsc_dynamodb_batch_get_item_input *input,
                                          struct awsc_dynamodb_batch_get_item_output **output,
                                          struct awsc_error *err);
typedef void awsc_dynamodb_batch_get_item_cb(void *user_data,
                                             int status,
                                             struct awsc_dynamodb_batch_get_item_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_dynamodb_batch_get_item_async(struct awsc_client *client,
                                                const struct awsc_dynamodb_batch_get_item_input *input,
                                                awsc_dynamodb_batch_get_item_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * BatchWriteItem
 * The BatchWriteItem operation puts or deletes multiple items in one or more
 * tables. A single call to BatchWriteItem can transmit up to 16MB of data over
 * the network, consisting of up to 25 item put or delete operations.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_REPLICATED_WRITE_CONFLICT_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_REQUEST_LIMIT_EXCEEDED,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_THROTTLING_EXCEPTION
 */
AWSC_API int awsc_dynamodb_batch_write_item(struct awsc_client *client,
                                            const struct awsc_dynamodb_batch_write_item_input *input,
                                            struct awsc_dynamodb_batch_write_item_output **output,
                                            struct awsc_error *err);
typedef void awsc_dynamodb_batch_write_item_cb(void *user_data,
                                               int status,
                                               struct awsc_dynamodb_batch_write_item_output *output,
                                               struct awsc_error *err);
AWSC_API int awsc_dynamodb_batch_write_item_async(struct awsc_client *client,
                                                  const struct awsc_dynamodb_batch_write_item_input *input,
                                                  awsc_dynamodb_batch_write_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * CreateBackup
 * Creates a backup for an existing table.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_BACKUP_IN_USE_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_CONTINUOUS_BACKUPS_UNAVAILABLE_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_TABLE_IN_USE_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_TABLE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_create_backup(struct awsc_client *client,
                                         const struct awsc_dynamodb_create_backup_input *input,
                                         struct awsc_dynamodb_create_backup_output **output,
                                         struct awsc_error *err);
typedef void awsc_dynamodb_create_backup_cb(void *user_data,
                                            int status,
                                            struct awsc_dynamodb_create_backup_output *output,
                                            struct awsc_error *err);
AWSC_API int awsc_dynamodb_create_backup_async(struct awsc_client *client,
                                               const struct awsc_dynamodb_create_backup_input *input,
                                               awsc_dynamodb_create_backup_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * CreateGlobalTable
 * Creates a global table from an existing table. A global table creates a
 * replication relationship between two or more DynamoDB tables with the same
 * table name in the provided Regions.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_GLOBAL_TABLE_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_TABLE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_create_global_table(struct awsc_client *client,
                                               const struct awsc_dynamodb_create_global_table_input *input,
                                               struct awsc_dynamodb_create_global_table_output **output,
                                               struct awsc_error *err);
typedef void awsc_dynamodb_create_global_table_cb(void *user_data,
                                                  int status,
                                                  struct awsc_dynamodb_create_global_table_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_dynamodb_create_global_table_async(struct awsc_client *client,
                                                     const struct awsc_dynamodb_create_global_table_input *input,
                                                     awsc_dynamodb_create_global_table_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * CreateTable
 * The CreateTable operation adds a new table to your account. In an Amazon Web
 * Services account, table names must be unique within each Region. That is,
 * you can have two tables with same name if you create the tables in different
 * Regions.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_RESOURCE_IN_USE_EXCEPTION
 */
AWSC_API int awsc_dynamodb_create_table(struct awsc_client *client,
                                        const struct awsc_dynamodb_create_table_input *input,
                                        struct awsc_dynamodb_create_table_output **output,
                                        struct awsc_error *err);
typedef void awsc_dynamodb_create_table_cb(void *user_data,
                                           int status,
                                           struct awsc_dynamodb_create_table_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_dynamodb_create_table_async(struct awsc_client *client,
                                              const struct awsc_dynamodb_create_table_input *input,
                                              awsc_dynamodb_create_table_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * DeleteBackup
 * Deletes an existing backup of a table.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_BACKUP_IN_USE_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_BACKUP_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_LIMIT_EXCEEDED_EXCEPTION
 */
AWSC_API int awsc_dynamodb_delete_backup(struct awsc_client *client,
                                         const struct awsc_dynamodb_delete_backup_input *input,
                                         struct awsc_dynamodb_delete_backup_output **output,
                                         struct awsc_error *err);
typedef void awsc_dynamodb_delete_backup_cb(void *user_data,
                                            int status,
                                            struct awsc_dynamodb_delete_backup_output *output,
                                            struct awsc_error *err);
AWSC_API int awsc_dynamodb_delete_backup_async(struct awsc_client *client,
                                               const struct awsc_dynamodb_delete_backup_input *input,
                                               awsc_dynamodb_delete_backup_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * DeleteItem
 * Deletes a single item in a table by primary key. You can perform a
 * conditional delete operation that deletes the item if it exists, or if it
 * has an expected attribute value.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_CONDITIONAL_CHECK_FAILED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_REPLICATED_WRITE_CONFLICT_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_REQUEST_LIMIT_EXCEEDED,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_THROTTLING_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_TRANSACTION_CONFLICT_EXCEPTION
 */
AWSC_API int awsc_dynamodb_delete_item(struct awsc_client *client,
                                       const struct awsc_dynamodb_delete_item_input *input,
                                       struct awsc_dynamodb_delete_item_output **output,
                                       struct awsc_error *err);
typedef void awsc_dynamodb_delete_item_cb(void *user_data,
                                          int status,
                                          struct awsc_dynamodb_delete_item_output *output,
                                          struct awsc_error *err);
AWSC_API int awsc_dynamodb_delete_item_async(struct awsc_client *client,
                                             const struct awsc_dynamodb_delete_item_input *input,
                                             awsc_dynamodb_delete_item_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err);

/*
 * DeleteResourcePolicy
 * Deletes the resource-based policy attached to the resource, which can be a
 * table or stream.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_POLICY_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_delete_resource_policy(struct awsc_client *client,
                                                  const struct awsc_dynamodb_delete_resource_policy_input *input,
                                                  struct awsc_dynamodb_delete_resource_policy_output **output,
                                                  struct awsc_error *err);
typedef void awsc_dynamodb_delete_resource_policy_cb(void *user_data,
                                                     int status,
                                                     struct awsc_dynamodb_delete_resource_policy_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_dynamodb_delete_resource_policy_async(struct awsc_client *client,
                                                        const struct awsc_dynamodb_delete_resource_policy_input *input,
                                                        awsc_dynamodb_delete_resource_policy_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * DeleteTable
 * The DeleteTable operation deletes a table and all of its items. After a
 * DeleteTable request, the specified table is in the DELETING state until
 * DynamoDB completes the deletion. If the table is in the ACTIVE state, you
 * can delete it.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_delete_table(struct awsc_client *client,
                                        const struct awsc_dynamodb_delete_table_input *input,
                                        struct awsc_dynamodb_delete_table_output **output,
                                        struct awsc_error *err);
typedef void awsc_dynamodb_delete_table_cb(void *user_data,
                                           int status,
                                           struct awsc_dynamodb_delete_table_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_dynamodb_delete_table_async(struct awsc_client *client,
                                              const struct awsc_dynamodb_delete_table_input *input,
                                              awsc_dynamodb_delete_table_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * DescribeBackup
 * Describes an existing backup of a table.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_BACKUP_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_dynamodb_describe_backup(struct awsc_client *client,
                                           const struct awsc_dynamodb_describe_backup_input *input,
                                           struct awsc_dynamodb_describe_backup_output **output,
                                           struct awsc_error *err);
typedef void awsc_dynamodb_describe_backup_cb(void *user_data,
                                              int status,
                                              struct awsc_dynamodb_describe_backup_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_dynamodb_describe_backup_async(struct awsc_client *client,
                                                 const struct awsc_dynamodb_describe_backup_input *input,
                                                 awsc_dynamodb_describe_backup_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * DescribeContinuousBackups
 * Checks the status of continuous backups and point in time recovery on the
 * specified table. Continuous backups are ENABLED on all tables at table
 * creation. If point in time recovery is enabled, PointInTimeRecoveryStatus
 * will be set to ENABLED.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_TABLE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_describe_continuous_backups(struct awsc_client *client,
                                                       const struct awsc_dynamodb_describe_continuous_backups_input *input,
                                                       struct awsc_dynamodb_describe_continuous_backups_output **output,
                                                       struct awsc_error *err);
typedef void awsc_dynamodb_describe_continuous_backups_cb(void *user_data,
                                                          int status,
                                                          struct awsc_dynamodb_describe_continuous_backups_output *output,
                                                          struct awsc_error *err);
AWSC_API int awsc_dynamodb_describe_continuous_backups_async(struct awsc_client *client,
                                                             const struct awsc_dynamodb_describe_continuous_backups_input *input,
                                                             awsc_dynamodb_describe_continuous_backups_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);

/*
 * DescribeContributorInsights
 * Returns information about contributor insights for a given table or global
 * secondary index.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_describe_contributor_insights(struct awsc_client *client,
                                                         const struct awsc_dynamodb_describe_contributor_insights_input *input,
                                                         struct awsc_dynamodb_describe_contributor_insights_output **output,
                                                         struct awsc_error *err);
typedef void awsc_dynamodb_describe_contributor_insights_cb(void *user_data,
                                                            int status,
                                                            struct awsc_dynamodb_describe_contributor_insights_output *output,
                                                            struct awsc_error *err);
AWSC_API int awsc_dynamodb_describe_contributor_insights_async(struct awsc_client *client,
                                                               const struct awsc_dynamodb_describe_contributor_insights_input *input,
                                                               awsc_dynamodb_describe_contributor_insights_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);

/*
 * DescribeEndpoints
 * Returns the regional endpoint information. For more information on policy
 * permissions, please see Internetwork traffic privacy .
 * Output: valid, with all it points to, until awsc_output_free(output).
 */
AWSC_API int awsc_dynamodb_describe_endpoints(struct awsc_client *client,
                                              const struct awsc_dynamodb_describe_endpoints_input *input,
                                              struct awsc_dynamodb_describe_endpoints_output **output,
                                              struct awsc_error *err);
typedef void awsc_dynamodb_describe_endpoints_cb(void *user_data,
                                                 int status,
                                                 struct awsc_dynamodb_describe_endpoints_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_dynamodb_describe_endpoints_async(struct awsc_client *client,
                                                    const struct awsc_dynamodb_describe_endpoints_input *input,
                                                    awsc_dynamodb_describe_endpoints_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * DescribeExport
 * Describes an existing table export.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_EXPORT_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_LIMIT_EXCEEDED_EXCEPTION
 */
AWSC_API int awsc_dynamodb_describe_export(struct awsc_client *client,
                                           const struct awsc_dynamodb_describe_export_input *input,
                                           struct awsc_dynamodb_describe_export_output **output,
                                           struct awsc_error *err);
typedef void awsc_dynamodb_describe_export_cb(void *user_data,
                                              int status,
                                              struct awsc_dynamodb_describe_export_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_dynamodb_describe_export_async(struct awsc_client *client,
                                                 const struct awsc_dynamodb_describe_export_input *input,
                                                 awsc_dynamodb_describe_export_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * DescribeGlobalTable
 * Returns information about the specified global table. This documentation is
 * for version 2017.11.29 (Legacy) of global tables, which should be avoided
 * for new global tables.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_GLOBAL_TABLE_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_dynamodb_describe_global_table(struct awsc_client *client,
                                                 const struct awsc_dynamodb_describe_global_table_input *input,
                                                 struct awsc_dynamodb_describe_global_table_output **output,
                                                 struct awsc_error *err);
typedef void awsc_dynamodb_describe_global_table_cb(void *user_data,
                                                    int status,
                                                    struct awsc_dynamodb_describe_global_table_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_dynamodb_describe_global_table_async(struct awsc_client *client,
                                                       const struct awsc_dynamodb_describe_global_table_input *input,
                                                       awsc_dynamodb_describe_global_table_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * DescribeGlobalTableSettings
 * Describes Region-specific settings for a global table. This documentation is
 * for version 2017.11.29 (Legacy) of global tables, which should be avoided
 * for new global tables.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_GLOBAL_TABLE_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_dynamodb_describe_global_table_settings(struct awsc_client *client,
                                                          const struct awsc_dynamodb_describe_global_table_settings_input *input,
                                                          struct awsc_dynamodb_describe_global_table_settings_output **output,
                                                          struct awsc_error *err);
typedef void awsc_dynamodb_describe_global_table_settings_cb(void *user_data,
                                                             int status,
                                                             struct awsc_dynamodb_describe_global_table_settings_output *output,
                                                             struct awsc_error *err);
AWSC_API int awsc_dynamodb_describe_global_table_settings_async(struct awsc_client *client,
                                                                const struct awsc_dynamodb_describe_global_table_settings_input *input,
                                                                awsc_dynamodb_describe_global_table_settings_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);

/*
 * DescribeImport
 * Represents the properties of the import.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_IMPORT_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_describe_import(struct awsc_client *client,
                                           const struct awsc_dynamodb_describe_import_input *input,
                                           struct awsc_dynamodb_describe_import_output **output,
                                           struct awsc_error *err);
typedef void awsc_dynamodb_describe_import_cb(void *user_data,
                                              int status,
                                              struct awsc_dynamodb_describe_import_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_dynamodb_describe_import_async(struct awsc_client *client,
                                                 const struct awsc_dynamodb_describe_import_input *input,
                                                 awsc_dynamodb_describe_import_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * DescribeKinesisStreamingDestination
 * Returns information about the status of Kinesis streaming.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_describe_kinesis_streaming_destination(struct awsc_client *client,
                                                                  const struct awsc_dynamodb_describe_kinesis_streaming_destination_input *input,
                                                                  struct awsc_dynamodb_describe_kinesis_streaming_destination_output **output,
                                                                  struct awsc_error *err);
typedef void awsc_dynamodb_describe_kinesis_streaming_destination_cb(void *user_data,
                                                                     int status,
                                                                     struct awsc_dynamodb_describe_kinesis_streaming_destination_output *output,
                                                                     struct awsc_error *err);
AWSC_API int awsc_dynamodb_describe_kinesis_streaming_destination_async(struct awsc_client *client,
                                                                        const struct awsc_dynamodb_describe_kinesis_streaming_destination_input *input,
                                                                        awsc_dynamodb_describe_kinesis_streaming_destination_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err);

/*
 * DescribeLimits
 * Returns the current provisioned-capacity quotas for your Amazon Web Services
 * account in a Region, both for the Region as a whole and for any one DynamoDB
 * table that you create there.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_dynamodb_describe_limits(struct awsc_client *client,
                                           const struct awsc_dynamodb_describe_limits_input *input,
                                           struct awsc_dynamodb_describe_limits_output **output,
                                           struct awsc_error *err);
typedef void awsc_dynamodb_describe_limits_cb(void *user_data,
                                              int status,
                                              struct awsc_dynamodb_describe_limits_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_dynamodb_describe_limits_async(struct awsc_client *client,
                                                 const struct awsc_dynamodb_describe_limits_input *input,
                                                 awsc_dynamodb_describe_limits_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * DescribeTable
 * Returns information about the table, including the current status of the
 * table, when it was created, the primary key schema, and any indexes on the
 * table. If you issue a DescribeTable request immediately after a CreateTable
 * request, DynamoDB might return a ResourceNotFoundException .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_describe_table(struct awsc_client *client,
                                          const struct awsc_dynamodb_describe_table_input *input,
                                          struct awsc_dynamodb_describe_table_output **output,
                                          struct awsc_error *err);
typedef void awsc_dynamodb_describe_table_cb(void *user_data,
                                             int status,
                                             struct awsc_dynamodb_describe_table_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_dynamodb_describe_table_async(struct awsc_client *client,
                                                const struct awsc_dynamodb_describe_table_input *input,
                                                awsc_dynamodb_describe_table_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * DescribeTableReplicaAutoScaling
 * Describes auto scaling settings across replicas of the global table at once.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_describe_table_replica_auto_scaling(struct awsc_client *client,
                                                               const struct awsc_dynamodb_describe_table_replica_auto_scaling_input *input,
                                                               struct awsc_dynamodb_describe_table_replica_auto_scaling_output **output,
                                                               struct awsc_error *err);
typedef void awsc_dynamodb_describe_table_replica_auto_scaling_cb(void *user_data,
                                                                  int status,
                                                                  struct awsc_dynamodb_describe_table_replica_auto_scaling_output *output,
                                                                  struct awsc_error *err);
AWSC_API int awsc_dynamodb_describe_table_replica_auto_scaling_async(struct awsc_client *client,
                                                                     const struct awsc_dynamodb_describe_table_replica_auto_scaling_input *input,
                                                                     awsc_dynamodb_describe_table_replica_auto_scaling_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err);

/*
 * DescribeTimeToLive
 * Gives a description of the Time to Live (TTL) status on the specified table.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_describe_time_to_live(struct awsc_client *client,
                                                 const struct awsc_dynamodb_describe_time_to_live_input *input,
                                                 struct awsc_dynamodb_describe_time_to_live_output **output,
                                                 struct awsc_error *err);
typedef void awsc_dynamodb_describe_time_to_live_cb(void *user_data,
                                                    int status,
                                                    struct awsc_dynamodb_describe_time_to_live_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_dynamodb_describe_time_to_live_async(struct awsc_client *client,
                                                       const struct awsc_dynamodb_describe_time_to_live_input *input,
                                                       awsc_dynamodb_describe_time_to_live_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * DisableKinesisStreamingDestination
 * Stops replication from the DynamoDB table to the Kinesis data stream. This
 * is done without deleting either of the resources.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_disable_kinesis_streaming_destination(struct awsc_client *client,
                                                                 const struct awsc_dynamodb_kinesis_streaming_destination_input *input,
                                                                 struct awsc_dynamodb_kinesis_streaming_destination_output **output,
                                                                 struct awsc_error *err);
typedef void awsc_dynamodb_disable_kinesis_streaming_destination_cb(void *user_data,
                                                                    int status,
                                                                    struct awsc_dynamodb_kinesis_streaming_destination_output *output,
                                                                    struct awsc_error *err);
AWSC_API int awsc_dynamodb_disable_kinesis_streaming_destination_async(struct awsc_client *client,
                                                                       const struct awsc_dynamodb_kinesis_streaming_destination_input *input,
                                                                       awsc_dynamodb_disable_kinesis_streaming_destination_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err);

/*
 * EnableKinesisStreamingDestination
 * Starts table data replication to the specified Kinesis data stream at a
 * timestamp chosen during the enable workflow. If this operation doesn't
 * return results immediately, use DescribeKinesisStreamingDestination to check
 * if streaming to the Kinesis data stream is ACTIVE.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_enable_kinesis_streaming_destination(struct awsc_client *client,
                                                                const struct awsc_dynamodb_kinesis_streaming_destination_input *input,
                                                                struct awsc_dynamodb_kinesis_streaming_destination_output **output,
                                                                struct awsc_error *err);
typedef void awsc_dynamodb_enable_kinesis_streaming_destination_cb(void *user_data,
                                                                   int status,
                                                                   struct awsc_dynamodb_kinesis_streaming_destination_output *output,
                                                                   struct awsc_error *err);
AWSC_API int awsc_dynamodb_enable_kinesis_streaming_destination_async(struct awsc_client *client,
                                                                      const struct awsc_dynamodb_kinesis_streaming_destination_input *input,
                                                                      awsc_dynamodb_enable_kinesis_streaming_destination_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err);

/*
 * ExecuteStatement
 * This operation allows you to perform reads and singleton writes on data
 * stored in DynamoDB, using PartiQL.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_CONDITIONAL_CHECK_FAILED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_DUPLICATE_ITEM_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_REQUEST_LIMIT_EXCEEDED,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_THROTTLING_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_TRANSACTION_CONFLICT_EXCEPTION
 */
AWSC_API int awsc_dynamodb_execute_statement(struct awsc_client *client,
                                             const struct awsc_dynamodb_execute_statement_input *input,
                                             struct awsc_dynamodb_execute_statement_output **output,
                                             struct awsc_error *err);
typedef void awsc_dynamodb_execute_statement_cb(void *user_data,
                                                int status,
                                                struct awsc_dynamodb_execute_statement_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_dynamodb_execute_statement_async(struct awsc_client *client,
                                                   const struct awsc_dynamodb_execute_statement_input *input,
                                                   awsc_dynamodb_execute_statement_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * ExecuteTransaction
 * This operation allows you to perform transactional reads or writes on data
 * stored in DynamoDB, using PartiQL. The entire transaction must consist of
 * either read statements or write statements, you cannot mix both in one
 * transaction.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_IDEMPOTENT_PARAMETER_MISMATCH_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_REQUEST_LIMIT_EXCEEDED,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_THROTTLING_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_TRANSACTION_CANCELED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_TRANSACTION_IN_PROGRESS_EXCEPTION
 */
AWSC_API int awsc_dynamodb_execute_transaction(struct awsc_client *client,
                                               const struct awsc_dynamodb_execute_transaction_input *input,
                                               struct awsc_dynamodb_execute_transaction_output **output,
                                               struct awsc_error *err);
typedef void awsc_dynamodb_execute_transaction_cb(void *user_data,
                                                  int status,
                                                  struct awsc_dynamodb_execute_transaction_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_dynamodb_execute_transaction_async(struct awsc_client *client,
                                                     const struct awsc_dynamodb_execute_transaction_input *input,
                                                     awsc_dynamodb_execute_transaction_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * ExportTableToPointInTime
 * Exports table data to an S3 bucket. The table must have point in time
 * recovery enabled, and you can export data from any time within the point in
 * time recovery window.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_EXPORT_CONFLICT_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_INVALID_EXPORT_TIME_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_POINT_IN_TIME_RECOVERY_UNAVAILABLE_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_TABLE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_export_table_to_point_in_time(struct awsc_client *client,
                                                         const struct awsc_dynamodb_export_table_to_point_in_time_input *input,
                                                         struct awsc_dynamodb_export_table_to_point_in_time_output **output,
                                                         struct awsc_error *err);
typedef void awsc_dynamodb_export_table_to_point_in_time_cb(void *user_data,
                                                            int status,
                                                            struct awsc_dynamodb_export_table_to_point_in_time_output *output,
                                                            struct awsc_error *err);
AWSC_API int awsc_dynamodb_export_table_to_point_in_time_async(struct awsc_client *client,
                                                               const struct awsc_dynamodb_export_table_to_point_in_time_input *input,
                                                               awsc_dynamodb_export_table_to_point_in_time_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);

/*
 * GetItem
 * The GetItem operation returns a set of attributes for the item with the
 * given primary key. If there is no matching item, GetItem does not return any
 * data and there will be no Item element in the response.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_REQUEST_LIMIT_EXCEEDED,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_THROTTLING_EXCEPTION
 */
AWSC_API int awsc_dynamodb_get_item(struct awsc_client *client,
                                    const struct awsc_dynamodb_get_item_input *input,
                                    struct awsc_dynamodb_get_item_output **output,
                                    struct awsc_error *err);
typedef void awsc_dynamodb_get_item_cb(void *user_data,
                                       int status,
                                       struct awsc_dynamodb_get_item_output *output,
                                       struct awsc_error *err);
AWSC_API int awsc_dynamodb_get_item_async(struct awsc_client *client,
                                          const struct awsc_dynamodb_get_item_input *input,
                                          awsc_dynamodb_get_item_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err);

/*
 * GetResourcePolicy
 * Returns the resource-based policy document attached to the resource, which
 * can be a table or stream, in JSON format.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_POLICY_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_get_resource_policy(struct awsc_client *client,
                                               const struct awsc_dynamodb_get_resource_policy_input *input,
                                               struct awsc_dynamodb_get_resource_policy_output **output,
                                               struct awsc_error *err);
typedef void awsc_dynamodb_get_resource_policy_cb(void *user_data,
                                                  int status,
                                                  struct awsc_dynamodb_get_resource_policy_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_dynamodb_get_resource_policy_async(struct awsc_client *client,
                                                     const struct awsc_dynamodb_get_resource_policy_input *input,
                                                     awsc_dynamodb_get_resource_policy_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * ImportTable
 * Imports table data from an S3 bucket.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_IMPORT_CONFLICT_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_RESOURCE_IN_USE_EXCEPTION
 */
AWSC_API int awsc_dynamodb_import_table(struct awsc_client *client,
                                        const struct awsc_dynamodb_import_table_input *input,
                                        struct awsc_dynamodb_import_table_output **output,
                                        struct awsc_error *err);
typedef void awsc_dynamodb_import_table_cb(void *user_data,
                                           int status,
                                           struct awsc_dynamodb_import_table_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_dynamodb_import_table_async(struct awsc_client *client,
                                              const struct awsc_dynamodb_import_table_input *input,
                                              awsc_dynamodb_import_table_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * ListBackups
 * List DynamoDB backups that are associated with an Amazon Web Services
 * account and weren't made with Amazon Web Services Backup. To list these
 * backups for a given table, specify TableName . ListBackups returns a
 * paginated list of results with at most 1 MB worth of items in a page.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_dynamodb_list_backups(struct awsc_client *client,
                                        const struct awsc_dynamodb_list_backups_input *input,
                                        struct awsc_dynamodb_list_backups_output **output,
                                        struct awsc_error *err);
typedef void awsc_dynamodb_list_backups_cb(void *user_data,
                                           int status,
                                           struct awsc_dynamodb_list_backups_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_dynamodb_list_backups_async(struct awsc_client *client,
                                              const struct awsc_dynamodb_list_backups_input *input,
                                              awsc_dynamodb_list_backups_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * ListContributorInsights
 * Returns a list of ContributorInsightsSummary for a table and all its global
 * secondary indexes.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_list_contributor_insights(struct awsc_client *client,
                                                     const struct awsc_dynamodb_list_contributor_insights_input *input,
                                                     struct awsc_dynamodb_list_contributor_insights_output **output,
                                                     struct awsc_error *err);
typedef void awsc_dynamodb_list_contributor_insights_cb(void *user_data,
                                                        int status,
                                                        struct awsc_dynamodb_list_contributor_insights_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_dynamodb_list_contributor_insights_async(struct awsc_client *client,
                                                           const struct awsc_dynamodb_list_contributor_insights_input *input,
                                                           awsc_dynamodb_list_contributor_insights_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * ListExports
 * Lists completed exports within the past 90 days, in reverse alphanumeric
 * order of ExportArn .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_LIMIT_EXCEEDED_EXCEPTION
 */
AWSC_API int awsc_dynamodb_list_exports(struct awsc_client *client,
                                        const struct awsc_dynamodb_list_exports_input *input,
                                        struct awsc_dynamodb_list_exports_output **output,
                                        struct awsc_error *err);
typedef void awsc_dynamodb_list_exports_cb(void *user_data,
                                           int status,
                                           struct awsc_dynamodb_list_exports_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_dynamodb_list_exports_async(struct awsc_client *client,
                                              const struct awsc_dynamodb_list_exports_input *input,
                                              awsc_dynamodb_list_exports_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * ListGlobalTables
 * Lists all global tables that have a replica in the specified Region. This
 * documentation is for version 2017.11.29 (Legacy) of global tables, which
 * should be avoided for new global tables.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_dynamodb_list_global_tables(struct awsc_client *client,
                                              const struct awsc_dynamodb_list_global_tables_input *input,
                                              struct awsc_dynamodb_list_global_tables_output **output,
                                              struct awsc_error *err);
typedef void awsc_dynamodb_list_global_tables_cb(void *user_data,
                                                 int status,
                                                 struct awsc_dynamodb_list_global_tables_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_dynamodb_list_global_tables_async(struct awsc_client *client,
                                                    const struct awsc_dynamodb_list_global_tables_input *input,
                                                    awsc_dynamodb_list_global_tables_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * ListImports
 * Lists completed imports within the past 90 days.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_LIMIT_EXCEEDED_EXCEPTION
 */
AWSC_API int awsc_dynamodb_list_imports(struct awsc_client *client,
                                        const struct awsc_dynamodb_list_imports_input *input,
                                        struct awsc_dynamodb_list_imports_output **output,
                                        struct awsc_error *err);
typedef void awsc_dynamodb_list_imports_cb(void *user_data,
                                           int status,
                                           struct awsc_dynamodb_list_imports_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_dynamodb_list_imports_async(struct awsc_client *client,
                                              const struct awsc_dynamodb_list_imports_input *input,
                                              awsc_dynamodb_list_imports_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * ListTables
 * Returns an array of table names associated with the current account and
 * endpoint. The output from ListTables is paginated, with each page returning
 * a maximum of 100 table names.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR
 */
AWSC_API int awsc_dynamodb_list_tables(struct awsc_client *client,
                                       const struct awsc_dynamodb_list_tables_input *input,
                                       struct awsc_dynamodb_list_tables_output **output,
                                       struct awsc_error *err);
typedef void awsc_dynamodb_list_tables_cb(void *user_data,
                                          int status,
                                          struct awsc_dynamodb_list_tables_output *output,
                                          struct awsc_error *err);
AWSC_API int awsc_dynamodb_list_tables_async(struct awsc_client *client,
                                             const struct awsc_dynamodb_list_tables_input *input,
                                             awsc_dynamodb_list_tables_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err);

/*
 * ListTagsOfResource
 * List all tags on an Amazon DynamoDB resource. You can call
 * ListTagsOfResource up to 10 times per second, per account.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_list_tags_of_resource(struct awsc_client *client,
                                                 const struct awsc_dynamodb_list_tags_of_resource_input *input,
                                                 struct awsc_dynamodb_list_tags_of_resource_output **output,
                                                 struct awsc_error *err);
typedef void awsc_dynamodb_list_tags_of_resource_cb(void *user_data,
                                                    int status,
                                                    struct awsc_dynamodb_list_tags_of_resource_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_dynamodb_list_tags_of_resource_async(struct awsc_client *client,
                                                       const struct awsc_dynamodb_list_tags_of_resource_input *input,
                                                       awsc_dynamodb_list_tags_of_resource_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * PutItem
 * Creates a new item, or replaces an old item with a new item. If an item that
 * has the same primary key as the new item already exists in the specified
 * table, the new item completely replaces the existing item.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_CONDITIONAL_CHECK_FAILED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_REPLICATED_WRITE_CONFLICT_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_REQUEST_LIMIT_EXCEEDED,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_THROTTLING_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_TRANSACTION_CONFLICT_EXCEPTION
 */
AWSC_API int awsc_dynamodb_put_item(struct awsc_client *client,
                                    const struct awsc_dynamodb_put_item_input *input,
                                    struct awsc_dynamodb_put_item_output **output,
                                    struct awsc_error *err);
typedef void awsc_dynamodb_put_item_cb(void *user_data,
                                       int status,
                                       struct awsc_dynamodb_put_item_output *output,
                                       struct awsc_error *err);
AWSC_API int awsc_dynamodb_put_item_async(struct awsc_client *client,
                                          const struct awsc_dynamodb_put_item_input *input,
                                          awsc_dynamodb_put_item_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err);

/*
 * PutResourcePolicy
 * Attaches a resource-based policy document to the resource, which can be a
 * table or stream. When you attach a resource-based policy using this API, the
 * policy application is eventually consistent .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_POLICY_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_put_resource_policy(struct awsc_client *client,
                                               const struct awsc_dynamodb_put_resource_policy_input *input,
                                               struct awsc_dynamodb_put_resource_policy_output **output,
                                               struct awsc_error *err);
typedef void awsc_dynamodb_put_resource_policy_cb(void *user_data,
                                                  int status,
                                                  struct awsc_dynamodb_put_resource_policy_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_dynamodb_put_resource_policy_async(struct awsc_client *client,
                                                     const struct awsc_dynamodb_put_resource_policy_input *input,
                                                     awsc_dynamodb_put_resource_policy_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * Query
 * You must provide the name of the partition key attribute and a single value
 * for that attribute. Query returns all items with that partition key value.
 * Optionally, you can provide a sort key attribute and use a comparison
 * operator to refine the search results.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_REQUEST_LIMIT_EXCEEDED,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_THROTTLING_EXCEPTION
 */
AWSC_API int awsc_dynamodb_query(struct awsc_client *client,
                                 const struct awsc_dynamodb_query_input *input,
                                 struct awsc_dynamodb_query_output **output,
                                 struct awsc_error *err);
typedef void awsc_dynamodb_query_cb(void *user_data,
                                    int status,
                                    struct awsc_dynamodb_query_output *output,
                                    struct awsc_error *err);
AWSC_API int awsc_dynamodb_query_async(struct awsc_client *client,
                                       const struct awsc_dynamodb_query_input *input,
                                       awsc_dynamodb_query_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err);

/*
 * RestoreTableFromBackup
 * Creates a new table from an existing backup. Any number of users can execute
 * up to 50 concurrent restores (any type of restore) in a given account.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_BACKUP_IN_USE_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_BACKUP_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_TABLE_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_TABLE_IN_USE_EXCEPTION
 */
AWSC_API int awsc_dynamodb_restore_table_from_backup(struct awsc_client *client,
                                                     const struct awsc_dynamodb_restore_table_from_backup_input *input,
                                                     struct awsc_dynamodb_restore_table_from_backup_output **output,
                                                     struct awsc_error *err);
typedef void awsc_dynamodb_restore_table_from_backup_cb(void *user_data,
                                                        int status,
                                                        struct awsc_dynamodb_restore_table_from_backup_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_dynamodb_restore_table_from_backup_async(struct awsc_client *client,
                                                           const struct awsc_dynamodb_restore_table_from_backup_input *input,
                                                           awsc_dynamodb_restore_table_from_backup_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * RestoreTableToPointInTime
 * Restores the specified table to the specified point in time within
 * EarliestRestorableDateTime and LatestRestorableDateTime . You can restore
 * your table to any point in time in the last 35 days. You can set the
 * recovery period to any value between 1 and 35 days.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_INVALID_RESTORE_TIME_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_POINT_IN_TIME_RECOVERY_UNAVAILABLE_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_TABLE_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_TABLE_IN_USE_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_TABLE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_restore_table_to_point_in_time(struct awsc_client *client,
                                                          const struct awsc_dynamodb_restore_table_to_point_in_time_input *input,
                                                          struct awsc_dynamodb_restore_table_to_point_in_time_output **output,
                                                          struct awsc_error *err);
typedef void awsc_dynamodb_restore_table_to_point_in_time_cb(void *user_data,
                                                             int status,
                                                             struct awsc_dynamodb_restore_table_to_point_in_time_output *output,
                                                             struct awsc_error *err);
AWSC_API int awsc_dynamodb_restore_table_to_point_in_time_async(struct awsc_client *client,
                                                                const struct awsc_dynamodb_restore_table_to_point_in_time_input *input,
                                                                awsc_dynamodb_restore_table_to_point_in_time_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);

/*
 * Scan
 * The Scan operation returns one or more items and item attributes by
 * accessing every item in a table or a secondary index. To have DynamoDB
 * return fewer items, you can provide a FilterExpression operation.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_REQUEST_LIMIT_EXCEEDED,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_THROTTLING_EXCEPTION
 */
AWSC_API int awsc_dynamodb_scan(struct awsc_client *client,
                                const struct awsc_dynamodb_scan_input *input,
                                struct awsc_dynamodb_scan_output **output,
                                struct awsc_error *err);
typedef void awsc_dynamodb_scan_cb(void *user_data,
                                   int status,
                                   struct awsc_dynamodb_scan_output *output,
                                   struct awsc_error *err);
AWSC_API int awsc_dynamodb_scan_async(struct awsc_client *client,
                                      const struct awsc_dynamodb_scan_input *input,
                                      awsc_dynamodb_scan_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err);

/*
 * SearchVectors
 * Performs a vector similarity search on a vector index associated with an
 * Amazon DynamoDB table, and returns the most similar items sorted by
 * similarity score based on the distance function configured for the index.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_REQUEST_LIMIT_EXCEEDED,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_THROTTLING_EXCEPTION
 */
AWSC_API int awsc_dynamodb_search_vectors(struct awsc_client *client,
                                          const struct awsc_dynamodb_search_vectors_input *input,
                                          struct awsc_dynamodb_search_vectors_output **output,
                                          struct awsc_error *err);
typedef void awsc_dynamodb_search_vectors_cb(void *user_data,
                                             int status,
                                             struct awsc_dynamodb_search_vectors_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_dynamodb_search_vectors_async(struct awsc_client *client,
                                                const struct awsc_dynamodb_search_vectors_input *input,
                                                awsc_dynamodb_search_vectors_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * TagResource
 * Associate a set of tags with an Amazon DynamoDB resource. You can then
 * activate these user-defined tags so that they appear on the Billing and Cost
 * Management console for cost allocation tracking. You can call TagResource up
 * to five times per second, per account.
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_tag_resource(struct awsc_client *client,
                                        const struct awsc_dynamodb_tag_resource_input *input,
                                        struct awsc_error *err);
typedef void awsc_dynamodb_tag_resource_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_dynamodb_tag_resource_async(struct awsc_client *client,
                                              const struct awsc_dynamodb_tag_resource_input *input,
                                              awsc_dynamodb_tag_resource_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * TransactGetItems
 * TransactGetItems is a synchronous operation that atomically retrieves
 * multiple items from one or more tables (but not from indexes) in a single
 * account and Region.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_REQUEST_LIMIT_EXCEEDED,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_THROTTLING_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_TRANSACTION_CANCELED_EXCEPTION
 */
AWSC_API int awsc_dynamodb_transact_get_items(struct awsc_client *client,
                                              const struct awsc_dynamodb_transact_get_items_input *input,
                                              struct awsc_dynamodb_transact_get_items_output **output,
                                              struct awsc_error *err);
typedef void awsc_dynamodb_transact_get_items_cb(void *user_data,
                                                 int status,
                                                 struct awsc_dynamodb_transact_get_items_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_dynamodb_transact_get_items_async(struct awsc_client *client,
                                                    const struct awsc_dynamodb_transact_get_items_input *input,
                                                    awsc_dynamodb_transact_get_items_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * TransactWriteItems
 * TransactWriteItems is a synchronous write operation that groups up to 100
 * action requests. These actions can target items in different tables, but not
 * in different Amazon Web Services accounts or Regions, and no two actions can
 * target the same item.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_IDEMPOTENT_PARAMETER_MISMATCH_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_REQUEST_LIMIT_EXCEEDED,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_THROTTLING_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_TRANSACTION_CANCELED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_TRANSACTION_IN_PROGRESS_EXCEPTION
 */
AWSC_API int awsc_dynamodb_transact_write_items(struct awsc_client *client,
                                                const struct awsc_dynamodb_transact_write_items_input *input,
                                                struct awsc_dynamodb_transact_write_items_output **output,
                                                struct awsc_error *err);
typedef void awsc_dynamodb_transact_write_items_cb(void *user_data,
                                                   int status,
                                                   struct awsc_dynamodb_transact_write_items_output *output,
                                                   struct awsc_error *err);
AWSC_API int awsc_dynamodb_transact_write_items_async(struct awsc_client *client,
                                                      const struct awsc_dynamodb_transact_write_items_input *input,
                                                      awsc_dynamodb_transact_write_items_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * UntagResource
 * Removes the association of tags from an Amazon DynamoDB resource. You can
 * call UntagResource up to five times per second, per account. UntagResource
 * is an asynchronous operation.
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_untag_resource(struct awsc_client *client,
                                          const struct awsc_dynamodb_untag_resource_input *input,
                                          struct awsc_error *err);
typedef void awsc_dynamodb_untag_resource_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_dynamodb_untag_resource_async(struct awsc_client *client,
                                                const struct awsc_dynamodb_untag_resource_input *input,
                                                awsc_dynamodb_untag_resource_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * UpdateContinuousBackups
 * UpdateContinuousBackups enables or disables point in time recovery for the
 * specified table. A successful UpdateContinuousBackups call returns the
 * current ContinuousBackupsDescription . Continuous backups are ENABLED on all
 * tables at table creation.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_CONTINUOUS_BACKUPS_UNAVAILABLE_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_TABLE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_update_continuous_backups(struct awsc_client *client,
                                                     const struct awsc_dynamodb_update_continuous_backups_input *input,
                                                     struct awsc_dynamodb_update_continuous_backups_output **output,
                                                     struct awsc_error *err);
typedef void awsc_dynamodb_update_continuous_backups_cb(void *user_data,
                                                        int status,
                                                        struct awsc_dynamodb_update_continuous_backups_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_dynamodb_update_continuous_backups_async(struct awsc_client *client,
                                                           const struct awsc_dynamodb_update_continuous_backups_input *input,
                                                           awsc_dynamodb_update_continuous_backups_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * UpdateContributorInsights
 * Updates the status for contributor insights for a specific table or index.
 * CloudWatch Contributor Insights for DynamoDB graphs display the partition
 * key and (if applicable) sort key of frequently accessed items and frequently
 * throttled items in plaintext.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_update_contributor_insights(struct awsc_client *client,
                                                       const struct awsc_dynamodb_update_contributor_insights_input *input,
                                                       struct awsc_dynamodb_update_contributor_insights_output **output,
                                                       struct awsc_error *err);
typedef void awsc_dynamodb_update_contributor_insights_cb(void *user_data,
                                                          int status,
                                                          struct awsc_dynamodb_update_contributor_insights_output *output,
                                                          struct awsc_error *err);
AWSC_API int awsc_dynamodb_update_contributor_insights_async(struct awsc_client *client,
                                                             const struct awsc_dynamodb_update_contributor_insights_input *input,
                                                             awsc_dynamodb_update_contributor_insights_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);

/*
 * UpdateGlobalTable
 * Adds or removes replicas in the specified global table. The global table
 * must already exist to be able to use this operation.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_GLOBAL_TABLE_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_REPLICA_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_REPLICA_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_TABLE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_update_global_table(struct awsc_client *client,
                                               const struct awsc_dynamodb_update_global_table_input *input,
                                               struct awsc_dynamodb_update_global_table_output **output,
                                               struct awsc_error *err);
typedef void awsc_dynamodb_update_global_table_cb(void *user_data,
                                                  int status,
                                                  struct awsc_dynamodb_update_global_table_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_dynamodb_update_global_table_async(struct awsc_client *client,
                                                     const struct awsc_dynamodb_update_global_table_input *input,
                                                     awsc_dynamodb_update_global_table_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * UpdateGlobalTableSettings
 * Updates settings for a global table. This documentation is for version
 * 2017.11.29 (Legacy) of global tables, which should be avoided for new global
 * tables.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_GLOBAL_TABLE_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_INDEX_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_REPLICA_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_RESOURCE_IN_USE_EXCEPTION
 */
AWSC_API int awsc_dynamodb_update_global_table_settings(struct awsc_client *client,
                                                        const struct awsc_dynamodb_update_global_table_settings_input *input,
                                                        struct awsc_dynamodb_update_global_table_settings_output **output,
                                                        struct awsc_error *err);
typedef void awsc_dynamodb_update_global_table_settings_cb(void *user_data,
                                                           int status,
                                                           struct awsc_dynamodb_update_global_table_settings_output *output,
                                                           struct awsc_error *err);
AWSC_API int awsc_dynamodb_update_global_table_settings_async(struct awsc_client *client,
                                                              const struct awsc_dynamodb_update_global_table_settings_input *input,
                                                              awsc_dynamodb_update_global_table_settings_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);

/*
 * UpdateItem
 * Edits an existing item's attributes, or adds a new item to the table if it
 * does not already exist. You can put, delete, or add attribute values.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_CONDITIONAL_CHECK_FAILED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_REPLICATED_WRITE_CONFLICT_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_REQUEST_LIMIT_EXCEEDED,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_THROTTLING_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_TRANSACTION_CONFLICT_EXCEPTION
 */
AWSC_API int awsc_dynamodb_update_item(struct awsc_client *client,
                                       const struct awsc_dynamodb_update_item_input *input,
                                       struct awsc_dynamodb_update_item_output **output,
                                       struct awsc_error *err);
typedef void awsc_dynamodb_update_item_cb(void *user_data,
                                          int status,
                                          struct awsc_dynamodb_update_item_output *output,
                                          struct awsc_error *err);
AWSC_API int awsc_dynamodb_update_item_async(struct awsc_client *client,
                                             const struct awsc_dynamodb_update_item_input *input,
                                             awsc_dynamodb_update_item_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err);

/*
 * UpdateKinesisStreamingDestination
 * The command to update the Kinesis stream destination.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_update_kinesis_streaming_destination(struct awsc_client *client,
                                                                const struct awsc_dynamodb_update_kinesis_streaming_destination_input *input,
                                                                struct awsc_dynamodb_update_kinesis_streaming_destination_output **output,
                                                                struct awsc_error *err);
typedef void awsc_dynamodb_update_kinesis_streaming_destination_cb(void *user_data,
                                                                   int status,
                                                                   struct awsc_dynamodb_update_kinesis_streaming_destination_output *output,
                                                                   struct awsc_error *err);
AWSC_API int awsc_dynamodb_update_kinesis_streaming_destination_async(struct awsc_client *client,
                                                                      const struct awsc_dynamodb_update_kinesis_streaming_destination_input *input,
                                                                      awsc_dynamodb_update_kinesis_streaming_destination_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err);

/*
 * UpdateTable
 * Modifies the provisioned throughput settings, global secondary indexes, or
 * DynamoDB Streams settings for a given table.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_update_table(struct awsc_client *client,
                                        const struct awsc_dynamodb_update_table_input *input,
                                        struct awsc_dynamodb_update_table_output **output,
                                        struct awsc_error *err);
typedef void awsc_dynamodb_update_table_cb(void *user_data,
                                           int status,
                                           struct awsc_dynamodb_update_table_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_dynamodb_update_table_async(struct awsc_client *client,
                                              const struct awsc_dynamodb_update_table_input *input,
                                              awsc_dynamodb_update_table_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * UpdateTableReplicaAutoScaling
 * Updates auto scaling settings on your global tables at once.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_update_table_replica_auto_scaling(struct awsc_client *client,
                                                             const struct awsc_dynamodb_update_table_replica_auto_scaling_input *input,
                                                             struct awsc_dynamodb_update_table_replica_auto_scaling_output **output,
                                                             struct awsc_error *err);
typedef void awsc_dynamodb_update_table_replica_auto_scaling_cb(void *user_data,
                                                                int status,
                                                                struct awsc_dynamodb_update_table_replica_auto_scaling_output *output,
                                                                struct awsc_error *err);
AWSC_API int awsc_dynamodb_update_table_replica_auto_scaling_async(struct awsc_client *client,
                                                                   const struct awsc_dynamodb_update_table_replica_auto_scaling_input *input,
                                                                   awsc_dynamodb_update_table_replica_auto_scaling_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);

/*
 * UpdateTimeToLive
 * The UpdateTimeToLive method enables or disables Time to Live (TTL) for the
 * specified table. A successful UpdateTimeToLive call returns the current
 * TimeToLiveSpecification . It can take up to one hour for the change to fully
 * process.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR,
 *   AWSC_DYNAMODB_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_RESOURCE_IN_USE_EXCEPTION,
 *   AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_dynamodb_update_time_to_live(struct awsc_client *client,
                                               const struct awsc_dynamodb_update_time_to_live_input *input,
                                               struct awsc_dynamodb_update_time_to_live_output **output,
                                               struct awsc_error *err);
typedef void awsc_dynamodb_update_time_to_live_cb(void *user_data,
                                                  int status,
                                                  struct awsc_dynamodb_update_time_to_live_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_dynamodb_update_time_to_live_async(struct awsc_client *client,
                                                     const struct awsc_dynamodb_update_time_to_live_input *input,
                                                     awsc_dynamodb_update_time_to_live_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
/* The paginators and waiters of DynamoDB, the JMESPath expressions they
 * evaluate and their names: a part of the service's tables object
 * (dynamodb_tables.c). */
struct awsc__dynamodb_pagers {
#if AWSC_WITH_PAGINATORS
    struct awsc_paginator paginators[5];
    uint16_t input_tokens[5];
    awsc_ref expr_refs[16];
#endif
#if AWSC_WITH_WAITERS
    struct awsc_waiter waiters[6];
    struct awsc_waiter_acceptor acceptors[12];
#endif
    struct awsc_jmespath exprs[17];
    struct awsc_jmespath_node nodes[44];
    char strings[907];
};
#endif

/* ----------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

/* The paginators, sorted by operation name: awsc_dynamodb_service's. Each
 * one's functions work as awsc_pager_*() of <awsc/paginate.h> do:
 * _paginate() makes a pager (awsc_pager_destroy() frees it), _next_page()
 * hands out pages (free each with awsc_output_free(); NULL at the end),
 * _next_item() the elements of the first result key (valid until the
 * pager's next call, or longer with awsc_pager_retain_page(); NULL at the
 * end), _collect() every remaining page merged into one. */

/* ListBackups: tokens ExclusiveStartBackupArn; results BackupSummaries. */
AWSC_API int awsc_dynamodb_list_backups_paginate(struct awsc_client *client,
                                                 const struct awsc_dynamodb_list_backups_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err);
AWSC_API int awsc_dynamodb_list_backups_next_page(struct awsc_pager *pager,
                                                  struct awsc_dynamodb_list_backups_output **page,
                                                  struct awsc_error *err);
AWSC_API int awsc_dynamodb_list_backups_next_page_async(struct awsc_pager *pager,
                                                        awsc_dynamodb_list_backups_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);
typedef void awsc_dynamodb_list_backups_item_cb(void *user_data,
                                                int status,
                                                const struct awsc_dynamodb_backup_summary *item,
                                                struct awsc_error *err);
AWSC_API int awsc_dynamodb_list_backups_next_item(struct awsc_pager *pager,
                                                  const struct awsc_dynamodb_backup_summary **item,
                                                  struct awsc_error *err);
AWSC_API int awsc_dynamodb_list_backups_next_item_async(struct awsc_pager *pager,
                                                        awsc_dynamodb_list_backups_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);
AWSC_API int awsc_dynamodb_list_backups_collect(struct awsc_pager *pager,
                                                struct awsc_dynamodb_list_backups_output **output,
                                                struct awsc_error *err);

/* ListTables: tokens ExclusiveStartTableName; results TableNames. */
AWSC_API int awsc_dynamodb_list_tables_paginate(struct awsc_client *client,
                                                const struct awsc_dynamodb_list_tables_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err);
AWSC_API int awsc_dynamodb_list_tables_next_page(struct awsc_pager *pager,
                                                 struct awsc_dynamodb_list_tables_output **page,
                                                 struct awsc_error *err);
AWSC_API int awsc_dynamodb_list_tables_next_page_async(struct awsc_pager *pager,
                                                       awsc_dynamodb_list_tables_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);
typedef void awsc_dynamodb_list_tables_item_cb(void *user_data,
                                               int status,
                                               const char *item,
                                               struct awsc_error *err);
AWSC_API int awsc_dynamodb_list_tables_next_item(struct awsc_pager *pager,
                                                 const char **item,
                                                 struct awsc_error *err);
AWSC_API int awsc_dynamodb_list_tables_next_item_async(struct awsc_pager *pager,
                                                       awsc_dynamodb_list_tables_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);
AWSC_API int awsc_dynamodb_list_tables_collect(struct awsc_pager *pager,
                                               struct awsc_dynamodb_list_tables_output **output,
                                               struct awsc_error *err);

/* ListTagsOfResource: tokens NextToken; results Tags. */
AWSC_API int awsc_dynamodb_list_tags_of_resource_paginate(struct awsc_client *client,
                                                          const struct awsc_dynamodb_list_tags_of_resource_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err);
AWSC_API int awsc_dynamodb_list_tags_of_resource_next_page(struct awsc_pager *pager,
                                                           struct awsc_dynamodb_list_tags_of_resource_output **page,
                                                           struct awsc_error *err);
AWSC_API int awsc_dynamodb_list_tags_of_resource_next_page_async(struct awsc_pager *pager,
                                                                 awsc_dynamodb_list_tags_of_resource_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err);
typedef void awsc_dynamodb_list_tags_of_resource_item_cb(void *user_data,
                                                         int status,
                                                         const struct awsc_dynamodb_tag *item,
                                                         struct awsc_error *err);
AWSC_API int awsc_dynamodb_list_tags_of_resource_next_item(struct awsc_pager *pager,
                                                           const struct awsc_dynamodb_tag **item,
                                                           struct awsc_error *err);
AWSC_API int awsc_dynamodb_list_tags_of_resource_next_item_async(struct awsc_pager *pager,
                                                                 awsc_dynamodb_list_tags_of_resource_item_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err);
AWSC_API int awsc_dynamodb_list_tags_of_resource_collect(struct awsc_pager *pager,
                                                         struct awsc_dynamodb_list_tags_of_resource_output **output,
                                                         struct awsc_error *err);

/* Query: tokens ExclusiveStartKey; results Items, Count, ScannedCount. */
AWSC_API int awsc_dynamodb_query_paginate(struct awsc_client *client,
                                          const struct awsc_dynamodb_query_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err);
AWSC_API int awsc_dynamodb_query_next_page(struct awsc_pager *pager,
                                           struct awsc_dynamodb_query_output **page,
                                           struct awsc_error *err);
AWSC_API int awsc_dynamodb_query_next_page_async(struct awsc_pager *pager,
                                                 awsc_dynamodb_query_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);
typedef void awsc_dynamodb_query_item_cb(void *user_data,
                                         int status,
                                         const struct awsc_dynamodb_attribute_map *item,
                                         struct awsc_error *err);
AWSC_API int awsc_dynamodb_query_next_item(struct awsc_pager *pager,
                                           const struct awsc_dynamodb_attribute_map **item,
                                           struct awsc_error *err);
AWSC_API int awsc_dynamodb_query_next_item_async(struct awsc_pager *pager,
                                                 awsc_dynamodb_query_item_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);
AWSC_API int awsc_dynamodb_query_collect(struct awsc_pager *pager,
                                         struct awsc_dynamodb_query_output **output,
                                         struct awsc_error *err);

/* Scan: tokens ExclusiveStartKey; results Items, Count, ScannedCount. */
AWSC_API int awsc_dynamodb_scan_paginate(struct awsc_client *client,
                                         const struct awsc_dynamodb_scan_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err);
AWSC_API int awsc_dynamodb_scan_next_page(struct awsc_pager *pager,
                                          struct awsc_dynamodb_scan_output **page,
                                          struct awsc_error *err);
AWSC_API int awsc_dynamodb_scan_next_page_async(struct awsc_pager *pager,
                                                awsc_dynamodb_scan_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);
typedef void awsc_dynamodb_scan_item_cb(void *user_data,
                                        int status,
                                        const struct awsc_dynamodb_attribute_map *item,
                                        struct awsc_error *err);
AWSC_API int awsc_dynamodb_scan_next_item(struct awsc_pager *pager,
                                          const struct awsc_dynamodb_attribute_map **item,
                                          struct awsc_error *err);
AWSC_API int awsc_dynamodb_scan_next_item_async(struct awsc_pager *pager,
                                                awsc_dynamodb_scan_item_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);
AWSC_API int awsc_dynamodb_scan_collect(struct awsc_pager *pager,
                                        struct awsc_dynamodb_scan_output **output,
                                        struct awsc_error *err);
#endif /* AWSC_WITH_PAGINATORS */

/* -------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

/* The waiters, sorted by name: awsc_dynamodb_service's. Each calls
 * its operation until an acceptor ends the wait (see <awsc/wait.h>);
 * options may be NULL for the model's delay and attempts. */

/*
 * ContributorInsightsEnabled: calls DescribeContributorInsights every 20 s, at most 30 times.
 */
AWSC_API int awsc_dynamodb_wait_contributor_insights_enabled(struct awsc_client *client,
                                                             const struct awsc_dynamodb_describe_contributor_insights_input *input,
                                                             const struct awsc_wait_options *options,
                                                             struct awsc_error *err);
AWSC_API int awsc_dynamodb_wait_contributor_insights_enabled_async(struct awsc_client *client,
                                                                   const struct awsc_dynamodb_describe_contributor_insights_input *input,
                                                                   const struct awsc_wait_options *options,
                                                                   awsc_wait_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);

/*
 * ExportCompleted: calls DescribeExport every 20 s, at most 60 times.
 */
AWSC_API int awsc_dynamodb_wait_export_completed(struct awsc_client *client,
                                                 const struct awsc_dynamodb_describe_export_input *input,
                                                 const struct awsc_wait_options *options,
                                                 struct awsc_error *err);
AWSC_API int awsc_dynamodb_wait_export_completed_async(struct awsc_client *client,
                                                       const struct awsc_dynamodb_describe_export_input *input,
                                                       const struct awsc_wait_options *options,
                                                       awsc_wait_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * ImportCompleted: calls DescribeImport every 20 s, at most 60 times.
 */
AWSC_API int awsc_dynamodb_wait_import_completed(struct awsc_client *client,
                                                 const struct awsc_dynamodb_describe_import_input *input,
                                                 const struct awsc_wait_options *options,
                                                 struct awsc_error *err);
AWSC_API int awsc_dynamodb_wait_import_completed_async(struct awsc_client *client,
                                                       const struct awsc_dynamodb_describe_import_input *input,
                                                       const struct awsc_wait_options *options,
                                                       awsc_wait_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * KinesisStreamingDestinationActive: calls DescribeKinesisStreamingDestination every 20 s, at most 30 times.
 */
AWSC_API int awsc_dynamodb_wait_kinesis_streaming_destination_active(struct awsc_client *client,
                                                                     const struct awsc_dynamodb_describe_kinesis_streaming_destination_input *input,
                                                                     const struct awsc_wait_options *options,
                                                                     struct awsc_error *err);
AWSC_API int awsc_dynamodb_wait_kinesis_streaming_destination_active_async(struct awsc_client *client,
                                                                           const struct awsc_dynamodb_describe_kinesis_streaming_destination_input *input,
                                                                           const struct awsc_wait_options *options,
                                                                           awsc_wait_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err);

/*
 * TableExists: calls DescribeTable every 20 s, at most 25 times.
 */
AWSC_API int awsc_dynamodb_wait_table_exists(struct awsc_client *client,
                                             const struct awsc_dynamodb_describe_table_input *input,
                                             const struct awsc_wait_options *options,
                                             struct awsc_error *err);
AWSC_API int awsc_dynamodb_wait_table_exists_async(struct awsc_client *client,
                                                   const struct awsc_dynamodb_describe_table_input *input,
                                                   const struct awsc_wait_options *options,
                                                   awsc_wait_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * TableNotExists: calls DescribeTable every 20 s, at most 25 times.
 */
AWSC_API int awsc_dynamodb_wait_table_not_exists(struct awsc_client *client,
                                                 const struct awsc_dynamodb_describe_table_input *input,
                                                 const struct awsc_wait_options *options,
                                                 struct awsc_error *err);
AWSC_API int awsc_dynamodb_wait_table_not_exists_async(struct awsc_client *client,
                                                       const struct awsc_dynamodb_describe_table_input *input,
                                                       const struct awsc_wait_options *options,
                                                       awsc_wait_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);
#endif /* AWSC_WITH_WAITERS */

/* --------------------------------------------------------------- errors */

#define AWSC_DYNAMODB_ERR_BACKUP_IN_USE_EXCEPTION "BackupInUseException"
#define AWSC_DYNAMODB_ERR_BACKUP_NOT_FOUND_EXCEPTION "BackupNotFoundException"
#define AWSC_DYNAMODB_ERR_CONDITIONAL_CHECK_FAILED_EXCEPTION "ConditionalCheckFailedException"
#define AWSC_DYNAMODB_ERR_CONTINUOUS_BACKUPS_UNAVAILABLE_EXCEPTION "ContinuousBackupsUnavailableException"
#define AWSC_DYNAMODB_ERR_DUPLICATE_ITEM_EXCEPTION "DuplicateItemException"
#define AWSC_DYNAMODB_ERR_EXPORT_CONFLICT_EXCEPTION "ExportConflictException"
#define AWSC_DYNAMODB_ERR_EXPORT_NOT_FOUND_EXCEPTION "ExportNotFoundException"
#define AWSC_DYNAMODB_ERR_GLOBAL_TABLE_ALREADY_EXISTS_EXCEPTION "GlobalTableAlreadyExistsException"
#define AWSC_DYNAMODB_ERR_GLOBAL_TABLE_NOT_FOUND_EXCEPTION "GlobalTableNotFoundException"
#define AWSC_DYNAMODB_ERR_IDEMPOTENT_PARAMETER_MISMATCH_EXCEPTION "IdempotentParameterMismatchException"
#define AWSC_DYNAMODB_ERR_IMPORT_CONFLICT_EXCEPTION "ImportConflictException"
#define AWSC_DYNAMODB_ERR_IMPORT_NOT_FOUND_EXCEPTION "ImportNotFoundException"
#define AWSC_DYNAMODB_ERR_INDEX_NOT_FOUND_EXCEPTION "IndexNotFoundException"
#define AWSC_DYNAMODB_ERR_INTERNAL_SERVER_ERROR "InternalServerError"
#define AWSC_DYNAMODB_ERR_INVALID_EXPORT_TIME_EXCEPTION "InvalidExportTimeException"
#define AWSC_DYNAMODB_ERR_INVALID_RESTORE_TIME_EXCEPTION "InvalidRestoreTimeException"
#define AWSC_DYNAMODB_ERR_ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED_EXCEPTION "ItemCollectionSizeLimitExceededException"
#define AWSC_DYNAMODB_ERR_LIMIT_EXCEEDED_EXCEPTION "LimitExceededException"
#define AWSC_DYNAMODB_ERR_POINT_IN_TIME_RECOVERY_UNAVAILABLE_EXCEPTION "PointInTimeRecoveryUnavailableException"
#define AWSC_DYNAMODB_ERR_POLICY_NOT_FOUND_EXCEPTION "PolicyNotFoundException"
#define AWSC_DYNAMODB_ERR_PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION "ProvisionedThroughputExceededException"
#define AWSC_DYNAMODB_ERR_REPLICA_ALREADY_EXISTS_EXCEPTION "ReplicaAlreadyExistsException"
#define AWSC_DYNAMODB_ERR_REPLICA_NOT_FOUND_EXCEPTION "ReplicaNotFoundException"
#define AWSC_DYNAMODB_ERR_REPLICATED_WRITE_CONFLICT_EXCEPTION "ReplicatedWriteConflictException"
#define AWSC_DYNAMODB_ERR_REQUEST_LIMIT_EXCEEDED "RequestLimitExceeded"
#define AWSC_DYNAMODB_ERR_RESOURCE_IN_USE_EXCEPTION "ResourceInUseException"
#define AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION "ResourceNotFoundException"
#define AWSC_DYNAMODB_ERR_TABLE_ALREADY_EXISTS_EXCEPTION "TableAlreadyExistsException"
#define AWSC_DYNAMODB_ERR_TABLE_IN_USE_EXCEPTION "TableInUseException"
#define AWSC_DYNAMODB_ERR_TABLE_NOT_FOUND_EXCEPTION "TableNotFoundException"
#define AWSC_DYNAMODB_ERR_THROTTLING_EXCEPTION "ThrottlingException"
#define AWSC_DYNAMODB_ERR_TRANSACTION_CANCELED_EXCEPTION "TransactionCanceledException"
#define AWSC_DYNAMODB_ERR_TRANSACTION_CONFLICT_EXCEPTION "TransactionConflictException"
#define AWSC_DYNAMODB_ERR_TRANSACTION_IN_PROGRESS_EXCEPTION "TransactionInProgressException"

#ifdef __cplusplus
}
#endif
#endif
