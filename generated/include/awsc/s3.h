/*
 * awsc/s3.h - Amazon Simple Storage Service (S3, API 2006-03-01).
 *
 * Generated from the service model by awsc's generator; do not edit.
 * Sections: enums, structures (lists and maps first, then structures, then
 * map entries), operations, errors. Conventions: see <awsc/common.h>.
 */
#ifndef AWSC_S3_H
#define AWSC_S3_H

#include <awsc/awsc.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The service table: pass it to awsc_client_new(), or use
 * awsc_s3_client_new(). */
AWSC_API extern const struct awsc_service awsc_s3_service;

static inline int awsc_s3_client_new(const struct awsc_config *config, struct awsc_client **client,
                                            struct awsc_error *err)
{
    return awsc_client_new(&awsc_s3_service, config, client, err);
}

/* ---------------------------------------------------------------- enums */

/* AnalyticsS3ExportFileFormat: members of this type are strings; parse them with
 * awsc_s3_analytics_s3_export_file_format_parse(). Values newer than this model parse as
 * AWSC_S3_ANALYTICS_S3_EXPORT_FILE_FORMAT_UNKNOWN. */
enum awsc_s3_analytics_s3_export_file_format {
    AWSC_S3_ANALYTICS_S3_EXPORT_FILE_FORMAT_UNKNOWN = 0,
    AWSC_S3_ANALYTICS_S3_EXPORT_FILE_FORMAT_CSV = 1 /* CSV */
};
AWSC_API enum awsc_s3_analytics_s3_export_file_format awsc_s3_analytics_s3_export_file_format_parse(const char *value);
AWSC_API const char *awsc_s3_analytics_s3_export_file_format_str(enum awsc_s3_analytics_s3_export_file_format value);

/* ArchiveStatus: members of this type are strings; parse them with
 * awsc_s3_archive_status_parse(). Values newer than this model parse as
 * AWSC_S3_ARCHIVE_STATUS_UNKNOWN. */
enum awsc_s3_archive_status {
    AWSC_S3_ARCHIVE_STATUS_UNKNOWN = 0,
    AWSC_S3_ARCHIVE_STATUS_ARCHIVE_ACCESS = 1, /* ARCHIVE_ACCESS */
    AWSC_S3_ARCHIVE_STATUS_DEEP_ARCHIVE_ACCESS = 2 /* DEEP_ARCHIVE_ACCESS */
};
AWSC_API enum awsc_s3_archive_status awsc_s3_archive_status_parse(const char *value);
AWSC_API const char *awsc_s3_archive_status_str(enum awsc_s3_archive_status value);

/* BucketAccelerateStatus: members of this type are strings; parse them with
 * awsc_s3_bucket_accelerate_status_parse(). Values newer than this model parse as
 * AWSC_S3_BUCKET_ACCELERATE_STATUS_UNKNOWN. */
enum awsc_s3_bucket_accelerate_status {
    AWSC_S3_BUCKET_ACCELERATE_STATUS_UNKNOWN = 0,
    AWSC_S3_BUCKET_ACCELERATE_STATUS_ENABLED = 1, /* Enabled */
    AWSC_S3_BUCKET_ACCELERATE_STATUS_SUSPENDED = 2 /* Suspended */
};
AWSC_API enum awsc_s3_bucket_accelerate_status awsc_s3_bucket_accelerate_status_parse(const char *value);
AWSC_API const char *awsc_s3_bucket_accelerate_status_str(enum awsc_s3_bucket_accelerate_status value);

/* BucketCannedACL: members of this type are strings; parse them with
 * awsc_s3_bucket_canned_acl_parse(). Values newer than this model parse as
 * AWSC_S3_BUCKET_CANNED_ACL_UNKNOWN. */
enum awsc_s3_bucket_canned_acl {
    AWSC_S3_BUCKET_CANNED_ACL_UNKNOWN = 0,
    AWSC_S3_BUCKET_CANNED_ACL_PRIVATE = 1, /* private */
    AWSC_S3_BUCKET_CANNED_ACL_PUBLIC_READ = 2, /* public-read */
    AWSC_S3_BUCKET_CANNED_ACL_PUBLIC_READ_WRITE = 3, /* public-read-write */
    AWSC_S3_BUCKET_CANNED_ACL_AUTHENTICATED_READ = 4 /* authenticated-read */
};
AWSC_API enum awsc_s3_bucket_canned_acl awsc_s3_bucket_canned_acl_parse(const char *value);
AWSC_API const char *awsc_s3_bucket_canned_acl_str(enum awsc_s3_bucket_canned_acl value);

/* BucketLocationConstraint: members of this type are strings; parse them with
 * awsc_s3_bucket_location_constraint_parse(). Values newer than this model parse as
 * AWSC_S3_BUCKET_LOCATION_CONSTRAINT_UNKNOWN. */
enum awsc_s3_bucket_location_constraint {
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_UNKNOWN = 0,
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_AF_SOUTH_1 = 1, /* af-south-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_AP_EAST_1 = 2, /* ap-east-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_AP_NORTHEAST_1 = 3, /* ap-northeast-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_AP_NORTHEAST_2 = 4, /* ap-northeast-2 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_AP_NORTHEAST_3 = 5, /* ap-northeast-3 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_AP_SOUTH_1 = 6, /* ap-south-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_AP_SOUTHEAST_1 = 7, /* ap-southeast-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_AP_SOUTHEAST_2 = 8, /* ap-southeast-2 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_AP_SOUTHEAST_3 = 9, /* ap-southeast-3 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_CA_CENTRAL_1 = 10, /* ca-central-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_CN_NORTH_1 = 11, /* cn-north-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_CN_NORTHWEST_1 = 12, /* cn-northwest-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_EU = 13, /* EU */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_EU_CENTRAL_1 = 14, /* eu-central-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_EU_NORTH_1 = 15, /* eu-north-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_EU_SOUTH_1 = 16, /* eu-south-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_EU_WEST_1 = 17, /* eu-west-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_EU_WEST_2 = 18, /* eu-west-2 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_EU_WEST_3 = 19, /* eu-west-3 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_ME_SOUTH_1 = 20, /* me-south-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_SA_EAST_1 = 21, /* sa-east-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_US_EAST_2 = 22, /* us-east-2 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_US_GOV_EAST_1 = 23, /* us-gov-east-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_US_GOV_WEST_1 = 24, /* us-gov-west-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_US_WEST_1 = 25, /* us-west-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_US_WEST_2 = 26 /* us-west-2 */
};
AWSC_API enum awsc_s3_bucket_location_constraint awsc_s3_bucket_location_constraint_parse(const char *value);
AWSC_API const char *awsc_s3_bucket_location_constraint_str(enum awsc_s3_bucket_location_constraint value);

/* BucketLogsPermission: members of this type are strings; parse them with
 * awsc_s3_bucket_logs_permission_parse(). Values newer than this model parse as
 * AWSC_S3_BUCKET_LOGS_PERMISSION_UNKNOWN. */
enum awsc_s3_bucket_logs_permission {
    AWSC_S3_BUCKET_LOGS_PERMISSION_UNKNOWN = 0,
    AWSC_S3_BUCKET_LOGS_PERMISSION_FULL_CONTROL = 1, /* FULL_CONTROL */
    AWSC_S3_BUCKET_LOGS_PERMISSION_READ = 2, /* READ */
    AWSC_S3_BUCKET_LOGS_PERMISSION_WRITE = 3 /* WRITE */
};
AWSC_API enum awsc_s3_bucket_logs_permission awsc_s3_bucket_logs_permission_parse(const char *value);
AWSC_API const char *awsc_s3_bucket_logs_permission_str(enum awsc_s3_bucket_logs_permission value);

/* BucketVersioningStatus: members of this type are strings; parse them with
 * awsc_s3_bucket_versioning_status_parse(). Values newer than this model parse as
 * AWSC_S3_BUCKET_VERSIONING_STATUS_UNKNOWN. */
enum awsc_s3_bucket_versioning_status {
    AWSC_S3_BUCKET_VERSIONING_STATUS_UNKNOWN = 0,
    AWSC_S3_BUCKET_VERSIONING_STATUS_ENABLED = 1, /* Enabled */
    AWSC_S3_BUCKET_VERSIONING_STATUS_SUSPENDED = 2 /* Suspended */
};
AWSC_API enum awsc_s3_bucket_versioning_status awsc_s3_bucket_versioning_status_parse(const char *value);
AWSC_API const char *awsc_s3_bucket_versioning_status_str(enum awsc_s3_bucket_versioning_status value);

/* ChecksumAlgorithm: members of this type are strings; parse them with
 * awsc_s3_checksum_algorithm_parse(). Values newer than this model parse as
 * AWSC_S3_CHECKSUM_ALGORITHM_UNKNOWN. */
enum awsc_s3_checksum_algorithm {
    AWSC_S3_CHECKSUM_ALGORITHM_UNKNOWN = 0,
    AWSC_S3_CHECKSUM_ALGORITHM_CRC32 = 1, /* CRC32 */
    AWSC_S3_CHECKSUM_ALGORITHM_CRC32_C = 2, /* CRC32C */
    AWSC_S3_CHECKSUM_ALGORITHM_SHA1 = 3, /* SHA1 */
    AWSC_S3_CHECKSUM_ALGORITHM_SHA256 = 4 /* SHA256 */
};
AWSC_API enum awsc_s3_checksum_algorithm awsc_s3_checksum_algorithm_parse(const char *value);
AWSC_API const char *awsc_s3_checksum_algorithm_str(enum awsc_s3_checksum_algorithm value);

/* ChecksumMode: members of this type are strings; parse them with
 * awsc_s3_checksum_mode_parse(). Values newer than this model parse as
 * AWSC_S3_CHECKSUM_MODE_UNKNOWN. */
enum awsc_s3_checksum_mode {
    AWSC_S3_CHECKSUM_MODE_UNKNOWN = 0,
    AWSC_S3_CHECKSUM_MODE_ENABLED = 1 /* ENABLED */
};
AWSC_API enum awsc_s3_checksum_mode awsc_s3_checksum_mode_parse(const char *value);
AWSC_API const char *awsc_s3_checksum_mode_str(enum awsc_s3_checksum_mode value);

/* CompressionType: members of this type are strings; parse them with
 * awsc_s3_compression_type_parse(). Values newer than this model parse as
 * AWSC_S3_COMPRESSION_TYPE_UNKNOWN. */
enum awsc_s3_compression_type {
    AWSC_S3_COMPRESSION_TYPE_UNKNOWN = 0,
    AWSC_S3_COMPRESSION_TYPE_NONE = 1, /* NONE */
    AWSC_S3_COMPRESSION_TYPE_GZIP = 2, /* GZIP */
    AWSC_S3_COMPRESSION_TYPE_BZIP2 = 3 /* BZIP2 */
};
AWSC_API enum awsc_s3_compression_type awsc_s3_compression_type_parse(const char *value);
AWSC_API const char *awsc_s3_compression_type_str(enum awsc_s3_compression_type value);

/* DeleteMarkerReplicationStatus: members of this type are strings; parse them with
 * awsc_s3_delete_marker_replication_status_parse(). Values newer than this model parse as
 * AWSC_S3_DELETE_MARKER_REPLICATION_STATUS_UNKNOWN. */
enum awsc_s3_delete_marker_replication_status {
    AWSC_S3_DELETE_MARKER_REPLICATION_STATUS_UNKNOWN = 0,
    AWSC_S3_DELETE_MARKER_REPLICATION_STATUS_ENABLED = 1, /* Enabled */
    AWSC_S3_DELETE_MARKER_REPLICATION_STATUS_DISABLED = 2 /* Disabled */
};
AWSC_API enum awsc_s3_delete_marker_replication_status awsc_s3_delete_marker_replication_status_parse(const char *value);
AWSC_API const char *awsc_s3_delete_marker_replication_status_str(enum awsc_s3_delete_marker_replication_status value);

/* EncodingType: members of this type are strings; parse them with
 * awsc_s3_encoding_type_parse(). Values newer than this model parse as
 * AWSC_S3_ENCODING_TYPE_UNKNOWN. */
enum awsc_s3_encoding_type {
    AWSC_S3_ENCODING_TYPE_UNKNOWN = 0,
    AWSC_S3_ENCODING_TYPE_URL = 1 /* url */
};
AWSC_API enum awsc_s3_encoding_type awsc_s3_encoding_type_parse(const char *value);
AWSC_API const char *awsc_s3_encoding_type_str(enum awsc_s3_encoding_type value);

/* Event: members of this type are strings; parse them with
 * awsc_s3_event_parse(). Values newer than this model parse as
 * AWSC_S3_EVENT_UNKNOWN. */
enum awsc_s3_event {
    AWSC_S3_EVENT_UNKNOWN = 0,
    AWSC_S3_EVENT_S3_REDUCED_REDUNDANCY_LOST_OBJECT = 1, /* s3:ReducedRedundancyLostObject */
    AWSC_S3_EVENT_S3_OBJECT_CREATED = 2, /* s3:ObjectCreated:* */
    AWSC_S3_EVENT_S3_OBJECT_CREATED_PUT = 3, /* s3:ObjectCreated:Put */
    AWSC_S3_EVENT_S3_OBJECT_CREATED_POST = 4, /* s3:ObjectCreated:Post */
    AWSC_S3_EVENT_S3_OBJECT_CREATED_COPY = 5, /* s3:ObjectCreated:Copy */
    AWSC_S3_EVENT_S3_OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD = 6, /* s3:ObjectCreated:CompleteMultipartUpload */
    AWSC_S3_EVENT_S3_OBJECT_REMOVED = 7, /* s3:ObjectRemoved:* */
    AWSC_S3_EVENT_S3_OBJECT_REMOVED_DELETE = 8, /* s3:ObjectRemoved:Delete */
    AWSC_S3_EVENT_S3_OBJECT_REMOVED_DELETE_MARKER_CREATED = 9, /* s3:ObjectRemoved:DeleteMarkerCreated */
    AWSC_S3_EVENT_S3_OBJECT_RESTORE = 10, /* s3:ObjectRestore:* */
    AWSC_S3_EVENT_S3_OBJECT_RESTORE_POST = 11, /* s3:ObjectRestore:Post */
    AWSC_S3_EVENT_S3_OBJECT_RESTORE_COMPLETED = 12, /* s3:ObjectRestore:Completed */
    AWSC_S3_EVENT_S3_REPLICATION = 13, /* s3:Replication:* */
    AWSC_S3_EVENT_S3_REPLICATION_OPERATION_FAILED_REPLICATION = 14, /* s3:Replication:OperationFailedReplication */
    AWSC_S3_EVENT_S3_REPLICATION_OPERATION_NOT_TRACKED = 15, /* s3:Replication:OperationNotTracked */
    AWSC_S3_EVENT_S3_REPLICATION_OPERATION_MISSED_THRESHOLD = 16, /* s3:Replication:OperationMissedThreshold */
    AWSC_S3_EVENT_S3_REPLICATION_OPERATION_REPLICATED_AFTER_THRESHOLD = 17, /* s3:Replication:OperationReplicatedAfterThreshold */
    AWSC_S3_EVENT_S3_OBJECT_RESTORE_DELETE = 18, /* s3:ObjectRestore:Delete */
    AWSC_S3_EVENT_S3_LIFECYCLE_TRANSITION = 19, /* s3:LifecycleTransition */
    AWSC_S3_EVENT_S3_INTELLIGENT_TIERING = 20, /* s3:IntelligentTiering */
    AWSC_S3_EVENT_S3_OBJECT_ACL_PUT = 21, /* s3:ObjectAcl:Put */
    AWSC_S3_EVENT_S3_LIFECYCLE_EXPIRATION = 22, /* s3:LifecycleExpiration:* */
    AWSC_S3_EVENT_S3_LIFECYCLE_EXPIRATION_DELETE = 23, /* s3:LifecycleExpiration:Delete */
    AWSC_S3_EVENT_S3_LIFECYCLE_EXPIRATION_DELETE_MARKER_CREATED = 24, /* s3:LifecycleExpiration:DeleteMarkerCreated */
    AWSC_S3_EVENT_S3_OBJECT_TAGGING = 25, /* s3:ObjectTagging:* */
    AWSC_S3_EVENT_S3_OBJECT_TAGGING_PUT = 26, /* s3:ObjectTagging:Put */
    AWSC_S3_EVENT_S3_OBJECT_TAGGING_DELETE = 27 /* s3:ObjectTagging:Delete */
};
AWSC_API enum awsc_s3_event awsc_s3_event_parse(const char *value);
AWSC_API const char *awsc_s3_event_str(enum awsc_s3_event value);

/* ExistingObjectReplicationStatus: members of this type are strings; parse them with
 * awsc_s3_existing_object_replication_status_parse(). Values newer than this model parse as
 * AWSC_S3_EXISTING_OBJECT_REPLICATION_STATUS_UNKNOWN. */
enum awsc_s3_existing_object_replication_status {
    AWSC_S3_EXISTING_OBJECT_REPLICATION_STATUS_UNKNOWN = 0,
    AWSC_S3_EXISTING_OBJECT_REPLICATION_STATUS_ENABLED = 1, /* Enabled */
    AWSC_S3_EXISTING_OBJECT_REPLICATION_STATUS_DISABLED = 2 /* Disabled */
};
AWSC_API enum awsc_s3_existing_object_replication_status awsc_s3_existing_object_replication_status_parse(const char *value);
AWSC_API const char *awsc_s3_existing_object_replication_status_str(enum awsc_s3_existing_object_replication_status value);

/* ExpirationStatus: members of this type are strings; parse them with
 * awsc_s3_expiration_status_parse(). Values newer than this model parse as
 * AWSC_S3_EXPIRATION_STATUS_UNKNOWN. */
enum awsc_s3_expiration_status {
    AWSC_S3_EXPIRATION_STATUS_UNKNOWN = 0,
    AWSC_S3_EXPIRATION_STATUS_ENABLED = 1, /* Enabled */
    AWSC_S3_EXPIRATION_STATUS_DISABLED = 2 /* Disabled */
};
AWSC_API enum awsc_s3_expiration_status awsc_s3_expiration_status_parse(const char *value);
AWSC_API const char *awsc_s3_expiration_status_str(enum awsc_s3_expiration_status value);

/* ExpressionType: members of this type are strings; parse them with
 * awsc_s3_expression_type_parse(). Values newer than this model parse as
 * AWSC_S3_EXPRESSION_TYPE_UNKNOWN. */
enum awsc_s3_expression_type {
    AWSC_S3_EXPRESSION_TYPE_UNKNOWN = 0,
    AWSC_S3_EXPRESSION_TYPE_SQL = 1 /* SQL */
};
AWSC_API enum awsc_s3_expression_type awsc_s3_expression_type_parse(const char *value);
AWSC_API const char *awsc_s3_expression_type_str(enum awsc_s3_expression_type value);

/* FileHeaderInfo: members of this type are strings; parse them with
 * awsc_s3_file_header_info_parse(). Values newer than this model parse as
 * AWSC_S3_FILE_HEADER_INFO_UNKNOWN. */
enum awsc_s3_file_header_info {
    AWSC_S3_FILE_HEADER_INFO_UNKNOWN = 0,
    AWSC_S3_FILE_HEADER_INFO_USE = 1, /* USE */
    AWSC_S3_FILE_HEADER_INFO_IGNORE = 2, /* IGNORE */
    AWSC_S3_FILE_HEADER_INFO_NONE = 3 /* NONE */
};
AWSC_API enum awsc_s3_file_header_info awsc_s3_file_header_info_parse(const char *value);
AWSC_API const char *awsc_s3_file_header_info_str(enum awsc_s3_file_header_info value);

/* FilterRuleName: members of this type are strings; parse them with
 * awsc_s3_filter_rule_name_parse(). Values newer than this model parse as
 * AWSC_S3_FILTER_RULE_NAME_UNKNOWN. */
enum awsc_s3_filter_rule_name {
    AWSC_S3_FILTER_RULE_NAME_UNKNOWN = 0,
    AWSC_S3_FILTER_RULE_NAME_PREFIX = 1, /* prefix */
    AWSC_S3_FILTER_RULE_NAME_SUFFIX = 2 /* suffix */
};
AWSC_API enum awsc_s3_filter_rule_name awsc_s3_filter_rule_name_parse(const char *value);
AWSC_API const char *awsc_s3_filter_rule_name_str(enum awsc_s3_filter_rule_name value);

/* IntelligentTieringAccessTier: members of this type are strings; parse them with
 * awsc_s3_intelligent_tiering_access_tier_parse(). Values newer than this model parse as
 * AWSC_S3_INTELLIGENT_TIERING_ACCESS_TIER_UNKNOWN. */
enum awsc_s3_intelligent_tiering_access_tier {
    AWSC_S3_INTELLIGENT_TIERING_ACCESS_TIER_UNKNOWN = 0,
    AWSC_S3_INTELLIGENT_TIERING_ACCESS_TIER_ARCHIVE_ACCESS = 1, /* ARCHIVE_ACCESS */
    AWSC_S3_INTELLIGENT_TIERING_ACCESS_TIER_DEEP_ARCHIVE_ACCESS = 2 /* DEEP_ARCHIVE_ACCESS */
};
AWSC_API enum awsc_s3_intelligent_tiering_access_tier awsc_s3_intelligent_tiering_access_tier_parse(const char *value);
AWSC_API const char *awsc_s3_intelligent_tiering_access_tier_str(enum awsc_s3_intelligent_tiering_access_tier value);

/* IntelligentTieringStatus: members of this type are strings; parse them with
 * awsc_s3_intelligent_tiering_status_parse(). Values newer than this model parse as
 * AWSC_S3_INTELLIGENT_TIERING_STATUS_UNKNOWN. */
enum awsc_s3_intelligent_tiering_status {
    AWSC_S3_INTELLIGENT_TIERING_STATUS_UNKNOWN = 0,
    AWSC_S3_INTELLIGENT_TIERING_STATUS_ENABLED = 1, /* Enabled */
    AWSC_S3_INTELLIGENT_TIERING_STATUS_DISABLED = 2 /* Disabled */
};
AWSC_API enum awsc_s3_intelligent_tiering_status awsc_s3_intelligent_tiering_status_parse(const char *value);
AWSC_API const char *awsc_s3_intelligent_tiering_status_str(enum awsc_s3_intelligent_tiering_status value);

/* InventoryFormat: members of this type are strings; parse them with
 * awsc_s3_inventory_format_parse(). Values newer than this model parse as
 * AWSC_S3_INVENTORY_FORMAT_UNKNOWN. */
enum awsc_s3_inventory_format {
    AWSC_S3_INVENTORY_FORMAT_UNKNOWN = 0,
    AWSC_S3_INVENTORY_FORMAT_CSV = 1, /* CSV */
    AWSC_S3_INVENTORY_FORMAT_ORC = 2, /* ORC */
    AWSC_S3_INVENTORY_FORMAT_PARQUET = 3 /* Parquet */
};
AWSC_API enum awsc_s3_inventory_format awsc_s3_inventory_format_parse(const char *value);
AWSC_API const char *awsc_s3_inventory_format_str(enum awsc_s3_inventory_format value);

/* InventoryFrequency: members of this type are strings; parse them with
 * awsc_s3_inventory_frequency_parse(). Values newer than this model parse as
 * AWSC_S3_INVENTORY_FREQUENCY_UNKNOWN. */
enum awsc_s3_inventory_frequency {
    AWSC_S3_INVENTORY_FREQUENCY_UNKNOWN = 0,
    AWSC_S3_INVENTORY_FREQUENCY_DAILY = 1, /* Daily */
    AWSC_S3_INVENTORY_FREQUENCY_WEEKLY = 2 /* Weekly */
};
AWSC_API enum awsc_s3_inventory_frequency awsc_s3_inventory_frequency_parse(const char *value);
AWSC_API const char *awsc_s3_inventory_frequency_str(enum awsc_s3_inventory_frequency value);

/* InventoryIncludedObjectVersions: members of this type are strings; parse them with
 * awsc_s3_inventory_included_object_versions_parse(). Values newer than this model parse as
 * AWSC_S3_INVENTORY_INCLUDED_OBJECT_VERSIONS_UNKNOWN. */
enum awsc_s3_inventory_included_object_versions {
    AWSC_S3_INVENTORY_INCLUDED_OBJECT_VERSIONS_UNKNOWN = 0,
    AWSC_S3_INVENTORY_INCLUDED_OBJECT_VERSIONS_ALL = 1, /* All */
    AWSC_S3_INVENTORY_INCLUDED_OBJECT_VERSIONS_CURRENT = 2 /* Current */
};
AWSC_API enum awsc_s3_inventory_included_object_versions awsc_s3_inventory_included_object_versions_parse(const char *value);
AWSC_API const char *awsc_s3_inventory_included_object_versions_str(enum awsc_s3_inventory_included_object_versions value);

/* InventoryOptionalField: members of this type are strings; parse them with
 * awsc_s3_inventory_optional_field_parse(). Values newer than this model parse as
 * AWSC_S3_INVENTORY_OPTIONAL_FIELD_UNKNOWN. */
enum awsc_s3_inventory_optional_field {
    AWSC_S3_INVENTORY_OPTIONAL_FIELD_UNKNOWN = 0,
    AWSC_S3_INVENTORY_OPTIONAL_FIELD_SIZE = 1, /* Size */
    AWSC_S3_INVENTORY_OPTIONAL_FIELD_LAST_MODIFIED_DATE = 2, /* LastModifiedDate */
    AWSC_S3_INVENTORY_OPTIONAL_FIELD_STORAGE_CLASS = 3, /* StorageClass */
    AWSC_S3_INVENTORY_OPTIONAL_FIELD_ETAG = 4, /* ETag */
    AWSC_S3_INVENTORY_OPTIONAL_FIELD_IS_MULTIPART_UPLOADED = 5, /* IsMultipartUploaded */
    AWSC_S3_INVENTORY_OPTIONAL_FIELD_REPLICATION_STATUS = 6, /* ReplicationStatus */
    AWSC_S3_INVENTORY_OPTIONAL_FIELD_ENCRYPTION_STATUS = 7, /* EncryptionStatus */
    AWSC_S3_INVENTORY_OPTIONAL_FIELD_OBJECT_LOCK_RETAIN_UNTIL_DATE = 8, /* ObjectLockRetainUntilDate */
    AWSC_S3_INVENTORY_OPTIONAL_FIELD_OBJECT_LOCK_MODE = 9, /* ObjectLockMode */
    AWSC_S3_INVENTORY_OPTIONAL_FIELD_OBJECT_LOCK_LEGAL_HOLD_STATUS = 10, /* ObjectLockLegalHoldStatus */
    AWSC_S3_INVENTORY_OPTIONAL_FIELD_INTELLIGENT_TIERING_ACCESS_TIER = 11, /* IntelligentTieringAccessTier */
    AWSC_S3_INVENTORY_OPTIONAL_FIELD_BUCKET_KEY_STATUS = 12, /* BucketKeyStatus */
    AWSC_S3_INVENTORY_OPTIONAL_FIELD_CHECKSUM_ALGORITHM = 13 /* ChecksumAlgorithm */
};
AWSC_API enum awsc_s3_inventory_optional_field awsc_s3_inventory_optional_field_parse(const char *value);
AWSC_API const char *awsc_s3_inventory_optional_field_str(enum awsc_s3_inventory_optional_field value);

/* JSONType: members of this type are strings; parse them with
 * awsc_s3_json_type_parse(). Values newer than this model parse as
 * AWSC_S3_JSONTYPE_UNKNOWN. */
enum awsc_s3_json_type {
    AWSC_S3_JSONTYPE_UNKNOWN = 0,
    AWSC_S3_JSONTYPE_DOCUMENT = 1, /* DOCUMENT */
    AWSC_S3_JSONTYPE_LINES = 2 /* LINES */
};
AWSC_API enum awsc_s3_json_type awsc_s3_json_type_parse(const char *value);
AWSC_API const char *awsc_s3_json_type_str(enum awsc_s3_json_type value);

/* MFADelete: members of this type are strings; parse them with
 * awsc_s3_mfa_delete_parse(). Values newer than this model parse as
 * AWSC_S3_MFADELETE_UNKNOWN. */
enum awsc_s3_mfa_delete {
    AWSC_S3_MFADELETE_UNKNOWN = 0,
    AWSC_S3_MFADELETE_ENABLED = 1, /* Enabled */
    AWSC_S3_MFADELETE_DISABLED = 2 /* Disabled */
};
AWSC_API enum awsc_s3_mfa_delete awsc_s3_mfa_delete_parse(const char *value);
AWSC_API const char *awsc_s3_mfa_delete_str(enum awsc_s3_mfa_delete value);

/* MFADeleteStatus: members of this type are strings; parse them with
 * awsc_s3_mfa_delete_status_parse(). Values newer than this model parse as
 * AWSC_S3_MFADELETE_STATUS_UNKNOWN. */
enum awsc_s3_mfa_delete_status {
    AWSC_S3_MFADELETE_STATUS_UNKNOWN = 0,
    AWSC_S3_MFADELETE_STATUS_ENABLED = 1, /* Enabled */
    AWSC_S3_MFADELETE_STATUS_DISABLED = 2 /* Disabled */
};
AWSC_API enum awsc_s3_mfa_delete_status awsc_s3_mfa_delete_status_parse(const char *value);
AWSC_API const char *awsc_s3_mfa_delete_status_str(enum awsc_s3_mfa_delete_status value);

/* MetadataDirective: members of this type are strings; parse them with
 * awsc_s3_metadata_directive_parse(). Values newer than this model parse as
 * AWSC_S3_METADATA_DIRECTIVE_UNKNOWN. */
enum awsc_s3_metadata_directive {
    AWSC_S3_METADATA_DIRECTIVE_UNKNOWN = 0,
    AWSC_S3_METADATA_DIRECTIVE_COPY = 1, /* COPY */
    AWSC_S3_METADATA_DIRECTIVE_REPLACE = 2 /* REPLACE */
};
AWSC_API enum awsc_s3_metadata_directive awsc_s3_metadata_directive_parse(const char *value);
AWSC_API const char *awsc_s3_metadata_directive_str(enum awsc_s3_metadata_directive value);

/* MetricsStatus: members of this type are strings; parse them with
 * awsc_s3_metrics_status_parse(). Values newer than this model parse as
 * AWSC_S3_METRICS_STATUS_UNKNOWN. */
enum awsc_s3_metrics_status {
    AWSC_S3_METRICS_STATUS_UNKNOWN = 0,
    AWSC_S3_METRICS_STATUS_ENABLED = 1, /* Enabled */
    AWSC_S3_METRICS_STATUS_DISABLED = 2 /* Disabled */
};
AWSC_API enum awsc_s3_metrics_status awsc_s3_metrics_status_parse(const char *value);
AWSC_API const char *awsc_s3_metrics_status_str(enum awsc_s3_metrics_status value);

/* ObjectAttributes: members of this type are strings; parse them with
 * awsc_s3_object_attributes_parse(). Values newer than this model parse as
 * AWSC_S3_OBJECT_ATTRIBUTES_UNKNOWN. */
enum awsc_s3_object_attributes {
    AWSC_S3_OBJECT_ATTRIBUTES_UNKNOWN = 0,
    AWSC_S3_OBJECT_ATTRIBUTES_ETAG = 1, /* ETag */
    AWSC_S3_OBJECT_ATTRIBUTES_CHECKSUM = 2, /* Checksum */
    AWSC_S3_OBJECT_ATTRIBUTES_OBJECT_PARTS = 3, /* ObjectParts */
    AWSC_S3_OBJECT_ATTRIBUTES_STORAGE_CLASS = 4, /* StorageClass */
    AWSC_S3_OBJECT_ATTRIBUTES_OBJECT_SIZE = 5 /* ObjectSize */
};
AWSC_API enum awsc_s3_object_attributes awsc_s3_object_attributes_parse(const char *value);
AWSC_API const char *awsc_s3_object_attributes_str(enum awsc_s3_object_attributes value);

/* ObjectCannedACL: members of this type are strings; parse them with
 * awsc_s3_object_canned_acl_parse(). Values newer than this model parse as
 * AWSC_S3_OBJECT_CANNED_ACL_UNKNOWN. */
enum awsc_s3_object_canned_acl {
    AWSC_S3_OBJECT_CANNED_ACL_UNKNOWN = 0,
    AWSC_S3_OBJECT_CANNED_ACL_PRIVATE = 1, /* private */
    AWSC_S3_OBJECT_CANNED_ACL_PUBLIC_READ = 2, /* public-read */
    AWSC_S3_OBJECT_CANNED_ACL_PUBLIC_READ_WRITE = 3, /* public-read-write */
    AWSC_S3_OBJECT_CANNED_ACL_AUTHENTICATED_READ = 4, /* authenticated-read */
    AWSC_S3_OBJECT_CANNED_ACL_AWS_EXEC_READ = 5, /* aws-exec-read */
    AWSC_S3_OBJECT_CANNED_ACL_BUCKET_OWNER_READ = 6, /* bucket-owner-read */
    AWSC_S3_OBJECT_CANNED_ACL_BUCKET_OWNER_FULL_CONTROL = 7 /* bucket-owner-full-control */
};
AWSC_API enum awsc_s3_object_canned_acl awsc_s3_object_canned_acl_parse(const char *value);
AWSC_API const char *awsc_s3_object_canned_acl_str(enum awsc_s3_object_canned_acl value);

/* ObjectLockEnabled: members of this type are strings; parse them with
 * awsc_s3_object_lock_enabled_parse(). Values newer than this model parse as
 * AWSC_S3_OBJECT_LOCK_ENABLED_UNKNOWN. */
enum awsc_s3_object_lock_enabled {
    AWSC_S3_OBJECT_LOCK_ENABLED_UNKNOWN = 0,
    AWSC_S3_OBJECT_LOCK_ENABLED_ENABLED = 1 /* Enabled */
};
AWSC_API enum awsc_s3_object_lock_enabled awsc_s3_object_lock_enabled_parse(const char *value);
AWSC_API const char *awsc_s3_object_lock_enabled_str(enum awsc_s3_object_lock_enabled value);

/* ObjectLockLegalHoldStatus: members of this type are strings; parse them with
 * awsc_s3_object_lock_legal_hold_status_parse(). Values newer than this model parse as
 * AWSC_S3_OBJECT_LOCK_LEGAL_HOLD_STATUS_UNKNOWN. */
enum awsc_s3_object_lock_legal_hold_status {
    AWSC_S3_OBJECT_LOCK_LEGAL_HOLD_STATUS_UNKNOWN = 0,
    AWSC_S3_OBJECT_LOCK_LEGAL_HOLD_STATUS_ON = 1, /* ON */
    AWSC_S3_OBJECT_LOCK_LEGAL_HOLD_STATUS_OFF = 2 /* OFF */
};
AWSC_API enum awsc_s3_object_lock_legal_hold_status awsc_s3_object_lock_legal_hold_status_parse(const char *value);
AWSC_API const char *awsc_s3_object_lock_legal_hold_status_str(enum awsc_s3_object_lock_legal_hold_status value);

/* ObjectLockMode: members of this type are strings; parse them with
 * awsc_s3_object_lock_mode_parse(). Values newer than this model parse as
 * AWSC_S3_OBJECT_LOCK_MODE_UNKNOWN. */
enum awsc_s3_object_lock_mode {
    AWSC_S3_OBJECT_LOCK_MODE_UNKNOWN = 0,
    AWSC_S3_OBJECT_LOCK_MODE_GOVERNANCE = 1, /* GOVERNANCE */
    AWSC_S3_OBJECT_LOCK_MODE_COMPLIANCE = 2 /* COMPLIANCE */
};
AWSC_API enum awsc_s3_object_lock_mode awsc_s3_object_lock_mode_parse(const char *value);
AWSC_API const char *awsc_s3_object_lock_mode_str(enum awsc_s3_object_lock_mode value);

/* ObjectLockRetentionMode: members of this type are strings; parse them with
 * awsc_s3_object_lock_retention_mode_parse(). Values newer than this model parse as
 * AWSC_S3_OBJECT_LOCK_RETENTION_MODE_UNKNOWN. */
enum awsc_s3_object_lock_retention_mode {
    AWSC_S3_OBJECT_LOCK_RETENTION_MODE_UNKNOWN = 0,
    AWSC_S3_OBJECT_LOCK_RETENTION_MODE_GOVERNANCE = 1, /* GOVERNANCE */
    AWSC_S3_OBJECT_LOCK_RETENTION_MODE_COMPLIANCE = 2 /* COMPLIANCE */
};
AWSC_API enum awsc_s3_object_lock_retention_mode awsc_s3_object_lock_retention_mode_parse(const char *value);
AWSC_API const char *awsc_s3_object_lock_retention_mode_str(enum awsc_s3_object_lock_retention_mode value);

/* ObjectOwnership: members of this type are strings; parse them with
 * awsc_s3_object_ownership_parse(). Values newer than this model parse as
 * AWSC_S3_OBJECT_OWNERSHIP_UNKNOWN. */
enum awsc_s3_object_ownership {
    AWSC_S3_OBJECT_OWNERSHIP_UNKNOWN = 0,
    AWSC_S3_OBJECT_OWNERSHIP_BUCKET_OWNER_PREFERRED = 1, /* BucketOwnerPreferred */
    AWSC_S3_OBJECT_OWNERSHIP_OBJECT_WRITER = 2, /* ObjectWriter */
    AWSC_S3_OBJECT_OWNERSHIP_BUCKET_OWNER_ENFORCED = 3 /* BucketOwnerEnforced */
};
AWSC_API enum awsc_s3_object_ownership awsc_s3_object_ownership_parse(const char *value);
AWSC_API const char *awsc_s3_object_ownership_str(enum awsc_s3_object_ownership value);

/* ObjectStorageClass: members of this type are strings; parse them with
 * awsc_s3_object_storage_class_parse(). Values newer than this model parse as
 * AWSC_S3_OBJECT_STORAGE_CLASS_UNKNOWN. */
enum awsc_s3_object_storage_class {
    AWSC_S3_OBJECT_STORAGE_CLASS_UNKNOWN = 0,
    AWSC_S3_OBJECT_STORAGE_CLASS_STANDARD = 1, /* STANDARD */
    AWSC_S3_OBJECT_STORAGE_CLASS_REDUCED_REDUNDANCY = 2, /* REDUCED_REDUNDANCY */
    AWSC_S3_OBJECT_STORAGE_CLASS_GLACIER = 3, /* GLACIER */
    AWSC_S3_OBJECT_STORAGE_CLASS_STANDARD_IA = 4, /* STANDARD_IA */
    AWSC_S3_OBJECT_STORAGE_CLASS_ONEZONE_IA = 5, /* ONEZONE_IA */
    AWSC_S3_OBJECT_STORAGE_CLASS_INTELLIGENT_TIERING = 6, /* INTELLIGENT_TIERING */
    AWSC_S3_OBJECT_STORAGE_CLASS_DEEP_ARCHIVE = 7, /* DEEP_ARCHIVE */
    AWSC_S3_OBJECT_STORAGE_CLASS_OUTPOSTS = 8, /* OUTPOSTS */
    AWSC_S3_OBJECT_STORAGE_CLASS_GLACIER_IR = 9 /* GLACIER_IR */
};
AWSC_API enum awsc_s3_object_storage_class awsc_s3_object_storage_class_parse(const char *value);
AWSC_API const char *awsc_s3_object_storage_class_str(enum awsc_s3_object_storage_class value);

/* ObjectVersionStorageClass: members of this type are strings; parse them with
 * awsc_s3_object_version_storage_class_parse(). Values newer than this model parse as
 * AWSC_S3_OBJECT_VERSION_STORAGE_CLASS_UNKNOWN. */
enum awsc_s3_object_version_storage_class {
    AWSC_S3_OBJECT_VERSION_STORAGE_CLASS_UNKNOWN = 0,
    AWSC_S3_OBJECT_VERSION_STORAGE_CLASS_STANDARD = 1 /* STANDARD */
};
AWSC_API enum awsc_s3_object_version_storage_class awsc_s3_object_version_storage_class_parse(const char *value);
AWSC_API const char *awsc_s3_object_version_storage_class_str(enum awsc_s3_object_version_storage_class value);

/* OwnerOverride: members of this type are strings; parse them with
 * awsc_s3_owner_override_parse(). Values newer than this model parse as
 * AWSC_S3_OWNER_OVERRIDE_UNKNOWN. */
enum awsc_s3_owner_override {
    AWSC_S3_OWNER_OVERRIDE_UNKNOWN = 0,
    AWSC_S3_OWNER_OVERRIDE_DESTINATION = 1 /* Destination */
};
AWSC_API enum awsc_s3_owner_override awsc_s3_owner_override_parse(const char *value);
AWSC_API const char *awsc_s3_owner_override_str(enum awsc_s3_owner_override value);

/* Payer: members of this type are strings; parse them with
 * awsc_s3_payer_parse(). Values newer than this model parse as
 * AWSC_S3_PAYER_UNKNOWN. */
enum awsc_s3_payer {
    AWSC_S3_PAYER_UNKNOWN = 0,
    AWSC_S3_PAYER_REQUESTER = 1, /* Requester */
    AWSC_S3_PAYER_BUCKET_OWNER = 2 /* BucketOwner */
};
AWSC_API enum awsc_s3_payer awsc_s3_payer_parse(const char *value);
AWSC_API const char *awsc_s3_payer_str(enum awsc_s3_payer value);

/* Permission: members of this type are strings; parse them with
 * awsc_s3_permission_parse(). Values newer than this model parse as
 * AWSC_S3_PERMISSION_UNKNOWN. */
enum awsc_s3_permission {
    AWSC_S3_PERMISSION_UNKNOWN = 0,
    AWSC_S3_PERMISSION_FULL_CONTROL = 1, /* FULL_CONTROL */
    AWSC_S3_PERMISSION_WRITE = 2, /* WRITE */
    AWSC_S3_PERMISSION_WRITE_ACP = 3, /* WRITE_ACP */
    AWSC_S3_PERMISSION_READ = 4, /* READ */
    AWSC_S3_PERMISSION_READ_ACP = 5 /* READ_ACP */
};
AWSC_API enum awsc_s3_permission awsc_s3_permission_parse(const char *value);
AWSC_API const char *awsc_s3_permission_str(enum awsc_s3_permission value);

/* Protocol: members of this type are strings; parse them with
 * awsc_s3_protocol_parse(). Values newer than this model parse as
 * AWSC_S3_PROTOCOL_UNKNOWN. */
enum awsc_s3_protocol {
    AWSC_S3_PROTOCOL_UNKNOWN = 0,
    AWSC_S3_PROTOCOL_HTTP = 1, /* http */
    AWSC_S3_PROTOCOL_HTTPS = 2 /* https */
};
AWSC_API enum awsc_s3_protocol awsc_s3_protocol_parse(const char *value);
AWSC_API const char *awsc_s3_protocol_str(enum awsc_s3_protocol value);

/* QuoteFields: members of this type are strings; parse them with
 * awsc_s3_quote_fields_parse(). Values newer than this model parse as
 * AWSC_S3_QUOTE_FIELDS_UNKNOWN. */
enum awsc_s3_quote_fields {
    AWSC_S3_QUOTE_FIELDS_UNKNOWN = 0,
    AWSC_S3_QUOTE_FIELDS_ALWAYS = 1, /* ALWAYS */
    AWSC_S3_QUOTE_FIELDS_ASNEEDED = 2 /* ASNEEDED */
};
AWSC_API enum awsc_s3_quote_fields awsc_s3_quote_fields_parse(const char *value);
AWSC_API const char *awsc_s3_quote_fields_str(enum awsc_s3_quote_fields value);

/* ReplicaModificationsStatus: members of this type are strings; parse them with
 * awsc_s3_replica_modifications_status_parse(). Values newer than this model parse as
 * AWSC_S3_REPLICA_MODIFICATIONS_STATUS_UNKNOWN. */
enum awsc_s3_replica_modifications_status {
    AWSC_S3_REPLICA_MODIFICATIONS_STATUS_UNKNOWN = 0,
    AWSC_S3_REPLICA_MODIFICATIONS_STATUS_ENABLED = 1, /* Enabled */
    AWSC_S3_REPLICA_MODIFICATIONS_STATUS_DISABLED = 2 /* Disabled */
};
AWSC_API enum awsc_s3_replica_modifications_status awsc_s3_replica_modifications_status_parse(const char *value);
AWSC_API const char *awsc_s3_replica_modifications_status_str(enum awsc_s3_replica_modifications_status value);

/* ReplicationRuleStatus: members of this type are strings; parse them with
 * awsc_s3_replication_rule_status_parse(). Values newer than this model parse as
 * AWSC_S3_REPLICATION_RULE_STATUS_UNKNOWN. */
enum awsc_s3_replication_rule_status {
    AWSC_S3_REPLICATION_RULE_STATUS_UNKNOWN = 0,
    AWSC_S3_REPLICATION_RULE_STATUS_ENABLED = 1, /* Enabled */
    AWSC_S3_REPLICATION_RULE_STATUS_DISABLED = 2 /* Disabled */
};
AWSC_API enum awsc_s3_replication_rule_status awsc_s3_replication_rule_status_parse(const char *value);
AWSC_API const char *awsc_s3_replication_rule_status_str(enum awsc_s3_replication_rule_status value);

/* ReplicationStatus: members of this type are strings; parse them with
 * awsc_s3_replication_status_parse(). Values newer than this model parse as
 * AWSC_S3_REPLICATION_STATUS_UNKNOWN. */
enum awsc_s3_replication_status {
    AWSC_S3_REPLICATION_STATUS_UNKNOWN = 0,
    AWSC_S3_REPLICATION_STATUS_COMPLETE = 1, /* COMPLETE */
    AWSC_S3_REPLICATION_STATUS_PENDING = 2, /* PENDING */
    AWSC_S3_REPLICATION_STATUS_FAILED = 3, /* FAILED */
    AWSC_S3_REPLICATION_STATUS_REPLICA = 4 /* REPLICA */
};
AWSC_API enum awsc_s3_replication_status awsc_s3_replication_status_parse(const char *value);
AWSC_API const char *awsc_s3_replication_status_str(enum awsc_s3_replication_status value);

/* ReplicationTimeStatus: members of this type are strings; parse them with
 * awsc_s3_replication_time_status_parse(). Values newer than this model parse as
 * AWSC_S3_REPLICATION_TIME_STATUS_UNKNOWN. */
enum awsc_s3_replication_time_status {
    AWSC_S3_REPLICATION_TIME_STATUS_UNKNOWN = 0,
    AWSC_S3_REPLICATION_TIME_STATUS_ENABLED = 1, /* Enabled */
    AWSC_S3_REPLICATION_TIME_STATUS_DISABLED = 2 /* Disabled */
};
AWSC_API enum awsc_s3_replication_time_status awsc_s3_replication_time_status_parse(const char *value);
AWSC_API const char *awsc_s3_replication_time_status_str(enum awsc_s3_replication_time_status value);

/* RequestCharged: members of this type are strings; parse them with
 * awsc_s3_request_charged_parse(). Values newer than this model parse as
 * AWSC_S3_REQUEST_CHARGED_UNKNOWN. */
enum awsc_s3_request_charged {
    AWSC_S3_REQUEST_CHARGED_UNKNOWN = 0,
    AWSC_S3_REQUEST_CHARGED_REQUESTER = 1 /* requester */
};
AWSC_API enum awsc_s3_request_charged awsc_s3_request_charged_parse(const char *value);
AWSC_API const char *awsc_s3_request_charged_str(enum awsc_s3_request_charged value);

/* RequestPayer: members of this type are strings; parse them with
 * awsc_s3_request_payer_parse(). Values newer than this model parse as
 * AWSC_S3_REQUEST_PAYER_UNKNOWN. */
enum awsc_s3_request_payer {
    AWSC_S3_REQUEST_PAYER_UNKNOWN = 0,
    AWSC_S3_REQUEST_PAYER_REQUESTER = 1 /* requester */
};
AWSC_API enum awsc_s3_request_payer awsc_s3_request_payer_parse(const char *value);
AWSC_API const char *awsc_s3_request_payer_str(enum awsc_s3_request_payer value);

/* RestoreRequestType: members of this type are strings; parse them with
 * awsc_s3_restore_request_type_parse(). Values newer than this model parse as
 * AWSC_S3_RESTORE_REQUEST_TYPE_UNKNOWN. */
enum awsc_s3_restore_request_type {
    AWSC_S3_RESTORE_REQUEST_TYPE_UNKNOWN = 0,
    AWSC_S3_RESTORE_REQUEST_TYPE_SELECT = 1 /* SELECT */
};
AWSC_API enum awsc_s3_restore_request_type awsc_s3_restore_request_type_parse(const char *value);
AWSC_API const char *awsc_s3_restore_request_type_str(enum awsc_s3_restore_request_type value);

/* ServerSideEncryption: members of this type are strings; parse them with
 * awsc_s3_server_side_encryption_parse(). Values newer than this model parse as
 * AWSC_S3_SERVER_SIDE_ENCRYPTION_UNKNOWN. */
enum awsc_s3_server_side_encryption {
    AWSC_S3_SERVER_SIDE_ENCRYPTION_UNKNOWN = 0,
    AWSC_S3_SERVER_SIDE_ENCRYPTION_AES256 = 1, /* AES256 */
    AWSC_S3_SERVER_SIDE_ENCRYPTION_AWS_KMS = 2 /* aws:kms */
};
AWSC_API enum awsc_s3_server_side_encryption awsc_s3_server_side_encryption_parse(const char *value);
AWSC_API const char *awsc_s3_server_side_encryption_str(enum awsc_s3_server_side_encryption value);

/* SseKmsEncryptedObjectsStatus: members of this type are strings; parse them with
 * awsc_s3_sse_kms_encrypted_objects_status_parse(). Values newer than this model parse as
 * AWSC_S3_SSE_KMS_ENCRYPTED_OBJECTS_STATUS_UNKNOWN. */
enum awsc_s3_sse_kms_encrypted_objects_status {
    AWSC_S3_SSE_KMS_ENCRYPTED_OBJECTS_STATUS_UNKNOWN = 0,
    AWSC_S3_SSE_KMS_ENCRYPTED_OBJECTS_STATUS_ENABLED = 1, /* Enabled */
    AWSC_S3_SSE_KMS_ENCRYPTED_OBJECTS_STATUS_DISABLED = 2 /* Disabled */
};
AWSC_API enum awsc_s3_sse_kms_encrypted_objects_status awsc_s3_sse_kms_encrypted_objects_status_parse(const char *value);
AWSC_API const char *awsc_s3_sse_kms_encrypted_objects_status_str(enum awsc_s3_sse_kms_encrypted_objects_status value);

/* StorageClass: members of this type are strings; parse them with
 * awsc_s3_storage_class_parse(). Values newer than this model parse as
 * AWSC_S3_STORAGE_CLASS_UNKNOWN. */
enum awsc_s3_storage_class {
    AWSC_S3_STORAGE_CLASS_UNKNOWN = 0,
    AWSC_S3_STORAGE_CLASS_STANDARD = 1, /* STANDARD */
    AWSC_S3_STORAGE_CLASS_REDUCED_REDUNDANCY = 2, /* REDUCED_REDUNDANCY */
    AWSC_S3_STORAGE_CLASS_STANDARD_IA = 3, /* STANDARD_IA */
    AWSC_S3_STORAGE_CLASS_ONEZONE_IA = 4, /* ONEZONE_IA */
    AWSC_S3_STORAGE_CLASS_INTELLIGENT_TIERING = 5, /* INTELLIGENT_TIERING */
    AWSC_S3_STORAGE_CLASS_GLACIER = 6, /* GLACIER */
    AWSC_S3_STORAGE_CLASS_DEEP_ARCHIVE = 7, /* DEEP_ARCHIVE */
    AWSC_S3_STORAGE_CLASS_OUTPOSTS = 8, /* OUTPOSTS */
    AWSC_S3_STORAGE_CLASS_GLACIER_IR = 9 /* GLACIER_IR */
};
AWSC_API enum awsc_s3_storage_class awsc_s3_storage_class_parse(const char *value);
AWSC_API const char *awsc_s3_storage_class_str(enum awsc_s3_storage_class value);

/* StorageClassAnalysisSchemaVersion: members of this type are strings; parse them with
 * awsc_s3_storage_class_analysis_schema_version_parse(). Values newer than this model parse as
 * AWSC_S3_STORAGE_CLASS_ANALYSIS_SCHEMA_VERSION_UNKNOWN. */
enum awsc_s3_storage_class_analysis_schema_version {
    AWSC_S3_STORAGE_CLASS_ANALYSIS_SCHEMA_VERSION_UNKNOWN = 0,
    AWSC_S3_STORAGE_CLASS_ANALYSIS_SCHEMA_VERSION_V_1 = 1 /* V_1 */
};
AWSC_API enum awsc_s3_storage_class_analysis_schema_version awsc_s3_storage_class_analysis_schema_version_parse(const char *value);
AWSC_API const char *awsc_s3_storage_class_analysis_schema_version_str(enum awsc_s3_storage_class_analysis_schema_version value);

/* TaggingDirective: members of this type are strings; parse them with
 * awsc_s3_tagging_directive_parse(). Values newer than this model parse as
 * AWSC_S3_TAGGING_DIRECTIVE_UNKNOWN. */
enum awsc_s3_tagging_directive {
    AWSC_S3_TAGGING_DIRECTIVE_UNKNOWN = 0,
    AWSC_S3_TAGGING_DIRECTIVE_COPY = 1, /* COPY */
    AWSC_S3_TAGGING_DIRECTIVE_REPLACE = 2 /* REPLACE */
};
AWSC_API enum awsc_s3_tagging_directive awsc_s3_tagging_directive_parse(const char *value);
AWSC_API const char *awsc_s3_tagging_directive_str(enum awsc_s3_tagging_directive value);

/* Tier: members of this type are strings; parse them with
 * awsc_s3_tier_parse(). Values newer than this model parse as
 * AWSC_S3_TIER_UNKNOWN. */
enum awsc_s3_tier {
    AWSC_S3_TIER_UNKNOWN = 0,
    AWSC_S3_TIER_STANDARD = 1, /* Standard */
    AWSC_S3_TIER_BULK = 2, /* Bulk */
    AWSC_S3_TIER_EXPEDITED = 3 /* Expedited */
};
AWSC_API enum awsc_s3_tier awsc_s3_tier_parse(const char *value);
AWSC_API const char *awsc_s3_tier_str(enum awsc_s3_tier value);

/* TransitionStorageClass: members of this type are strings; parse them with
 * awsc_s3_transition_storage_class_parse(). Values newer than this model parse as
 * AWSC_S3_TRANSITION_STORAGE_CLASS_UNKNOWN. */
enum awsc_s3_transition_storage_class {
    AWSC_S3_TRANSITION_STORAGE_CLASS_UNKNOWN = 0,
    AWSC_S3_TRANSITION_STORAGE_CLASS_GLACIER = 1, /* GLACIER */
    AWSC_S3_TRANSITION_STORAGE_CLASS_STANDARD_IA = 2, /* STANDARD_IA */
    AWSC_S3_TRANSITION_STORAGE_CLASS_ONEZONE_IA = 3, /* ONEZONE_IA */
    AWSC_S3_TRANSITION_STORAGE_CLASS_INTELLIGENT_TIERING = 4, /* INTELLIGENT_TIERING */
    AWSC_S3_TRANSITION_STORAGE_CLASS_DEEP_ARCHIVE = 5, /* DEEP_ARCHIVE */
    AWSC_S3_TRANSITION_STORAGE_CLASS_GLACIER_IR = 6 /* GLACIER_IR */
};
AWSC_API enum awsc_s3_transition_storage_class awsc_s3_transition_storage_class_parse(const char *value);
AWSC_API const char *awsc_s3_transition_storage_class_str(enum awsc_s3_transition_storage_class value);

/* Type: members of this type are strings; parse them with
 * awsc_s3_type_parse(). Values newer than this model parse as
 * AWSC_S3_TYPE_UNKNOWN. */
enum awsc_s3_type {
    AWSC_S3_TYPE_UNKNOWN = 0,
    AWSC_S3_TYPE_CANONICAL_USER = 1, /* CanonicalUser */
    AWSC_S3_TYPE_AMAZON_CUSTOMER_BY_EMAIL = 2, /* AmazonCustomerByEmail */
    AWSC_S3_TYPE_GROUP = 3 /* Group */
};
AWSC_API enum awsc_s3_type awsc_s3_type_parse(const char *value);
AWSC_API const char *awsc_s3_type_str(enum awsc_s3_type value);

/* ----------------------------------------------------------- structures */

struct awsc_s3_abort_incomplete_multipart_upload;
struct awsc_s3_abort_multipart_upload_output;
struct awsc_s3_abort_multipart_upload_input;
struct awsc_s3_accelerate_configuration;
struct awsc_s3_access_control_policy;
struct awsc_s3_access_control_translation;
struct awsc_s3_analytics_and_operator;
struct awsc_s3_analytics_configuration;
struct awsc_s3_analytics_export_destination;
struct awsc_s3_analytics_filter;
struct awsc_s3_analytics_s3_bucket_destination;
struct awsc_s3_bucket;
struct awsc_s3_bucket_already_exists;
struct awsc_s3_bucket_already_owned_by_you;
struct awsc_s3_bucket_lifecycle_configuration;
struct awsc_s3_bucket_logging_status;
struct awsc_s3_cors_configuration;
struct awsc_s3_cors_rule;
struct awsc_s3_csv_input;
struct awsc_s3_csv_output;
struct awsc_s3_checksum;
struct awsc_s3_cloud_function_configuration;
struct awsc_s3_common_prefix;
struct awsc_s3_complete_multipart_upload_output;
struct awsc_s3_complete_multipart_upload_input;
struct awsc_s3_completed_multipart_upload;
struct awsc_s3_completed_part;
struct awsc_s3_condition;
struct awsc_s3_continuation_event;
struct awsc_s3_copy_object_output;
struct awsc_s3_copy_object_input;
struct awsc_s3_copy_object_result;
struct awsc_s3_copy_part_result;
struct awsc_s3_create_bucket_configuration;
struct awsc_s3_create_bucket_output;
struct awsc_s3_create_bucket_input;
struct awsc_s3_create_multipart_upload_output;
struct awsc_s3_create_multipart_upload_input;
struct awsc_s3_default_retention;
struct awsc_s3_delete;
struct awsc_s3_delete_bucket_analytics_configuration_input;
struct awsc_s3_delete_bucket_cors_input;
struct awsc_s3_delete_bucket_encryption_input;
struct awsc_s3_delete_bucket_intelligent_tiering_configuration_input;
struct awsc_s3_delete_bucket_inventory_configuration_input;
struct awsc_s3_delete_bucket_lifecycle_input;
struct awsc_s3_delete_bucket_metrics_configuration_input;
struct awsc_s3_delete_bucket_ownership_controls_input;
struct awsc_s3_delete_bucket_policy_input;
struct awsc_s3_delete_bucket_replication_input;
struct awsc_s3_delete_bucket_input;
struct awsc_s3_delete_bucket_tagging_input;
struct awsc_s3_delete_bucket_website_input;
struct awsc_s3_delete_marker_entry;
struct awsc_s3_delete_marker_replication;
struct awsc_s3_delete_object_output;
struct awsc_s3_delete_object_input;
struct awsc_s3_delete_object_tagging_output;
struct awsc_s3_delete_object_tagging_input;
struct awsc_s3_delete_objects_output;
struct awsc_s3_delete_objects_input;
struct awsc_s3_delete_public_access_block_input;
struct awsc_s3_deleted_object;
struct awsc_s3_destination;
struct awsc_s3_encryption;
struct awsc_s3_encryption_configuration;
struct awsc_s3_end_event;
struct awsc_s3_error;
struct awsc_s3_error_document;
struct awsc_s3_event_bridge_configuration;
struct awsc_s3_existing_object_replication;
struct awsc_s3_filter_rule;
struct awsc_s3_get_bucket_accelerate_configuration_output;
struct awsc_s3_get_bucket_accelerate_configuration_input;
struct awsc_s3_get_bucket_acl_output;
struct awsc_s3_get_bucket_acl_input;
struct awsc_s3_get_bucket_analytics_configuration_output;
struct awsc_s3_get_bucket_analytics_configuration_input;
struct awsc_s3_get_bucket_cors_output;
struct awsc_s3_get_bucket_cors_input;
struct awsc_s3_get_bucket_encryption_output;
struct awsc_s3_get_bucket_encryption_input;
struct awsc_s3_get_bucket_intelligent_tiering_configuration_output;
struct awsc_s3_get_bucket_intelligent_tiering_configuration_input;
struct awsc_s3_get_bucket_inventory_configuration_output;
struct awsc_s3_get_bucket_inventory_configuration_input;
struct awsc_s3_get_bucket_lifecycle_configuration_output;
struct awsc_s3_get_bucket_lifecycle_configuration_input;
struct awsc_s3_get_bucket_lifecycle_output;
struct awsc_s3_get_bucket_lifecycle_input;
struct awsc_s3_get_bucket_location_output;
struct awsc_s3_get_bucket_location_input;
struct awsc_s3_get_bucket_logging_output;
struct awsc_s3_get_bucket_logging_input;
struct awsc_s3_get_bucket_metrics_configuration_output;
struct awsc_s3_get_bucket_metrics_configuration_input;
struct awsc_s3_get_bucket_notification_configuration_request;
struct awsc_s3_get_bucket_ownership_controls_output;
struct awsc_s3_get_bucket_ownership_controls_input;
struct awsc_s3_get_bucket_policy_output;
struct awsc_s3_get_bucket_policy_input;
struct awsc_s3_get_bucket_policy_status_output;
struct awsc_s3_get_bucket_policy_status_input;
struct awsc_s3_get_bucket_replication_output;
struct awsc_s3_get_bucket_replication_input;
struct awsc_s3_get_bucket_request_payment_output;
struct awsc_s3_get_bucket_request_payment_input;
struct awsc_s3_get_bucket_tagging_output;
struct awsc_s3_get_bucket_tagging_input;
struct awsc_s3_get_bucket_versioning_output;
struct awsc_s3_get_bucket_versioning_input;
struct awsc_s3_get_bucket_website_output;
struct awsc_s3_get_bucket_website_input;
struct awsc_s3_get_object_acl_output;
struct awsc_s3_get_object_acl_input;
struct awsc_s3_get_object_attributes_output;
struct awsc_s3_get_object_attributes_parts;
struct awsc_s3_get_object_attributes_input;
struct awsc_s3_get_object_legal_hold_output;
struct awsc_s3_get_object_legal_hold_input;
struct awsc_s3_get_object_lock_configuration_output;
struct awsc_s3_get_object_lock_configuration_input;
struct awsc_s3_get_object_output;
struct awsc_s3_get_object_input;
struct awsc_s3_get_object_retention_output;
struct awsc_s3_get_object_retention_input;
struct awsc_s3_get_object_tagging_output;
struct awsc_s3_get_object_tagging_input;
struct awsc_s3_get_object_torrent_output;
struct awsc_s3_get_object_torrent_input;
struct awsc_s3_get_public_access_block_output;
struct awsc_s3_get_public_access_block_input;
struct awsc_s3_glacier_job_parameters;
struct awsc_s3_grant;
struct awsc_s3_grantee;
struct awsc_s3_head_bucket_input;
struct awsc_s3_head_object_output;
struct awsc_s3_head_object_input;
struct awsc_s3_index_document;
struct awsc_s3_initiator;
struct awsc_s3_input_serialization;
struct awsc_s3_intelligent_tiering_and_operator;
struct awsc_s3_intelligent_tiering_configuration;
struct awsc_s3_intelligent_tiering_filter;
struct awsc_s3_invalid_object_state;
struct awsc_s3_inventory_configuration;
struct awsc_s3_inventory_destination;
struct awsc_s3_inventory_encryption;
struct awsc_s3_inventory_filter;
struct awsc_s3_inventory_s3_bucket_destination;
struct awsc_s3_inventory_schedule;
struct awsc_s3_json_input;
struct awsc_s3_json_output;
struct awsc_s3_lambda_function_configuration;
struct awsc_s3_lifecycle_configuration;
struct awsc_s3_lifecycle_expiration;
struct awsc_s3_lifecycle_rule;
struct awsc_s3_lifecycle_rule_and_operator;
struct awsc_s3_lifecycle_rule_filter;
struct awsc_s3_list_bucket_analytics_configurations_output;
struct awsc_s3_list_bucket_analytics_configurations_input;
struct awsc_s3_list_bucket_intelligent_tiering_configurations_output;
struct awsc_s3_list_bucket_intelligent_tiering_configurations_input;
struct awsc_s3_list_bucket_inventory_configurations_output;
struct awsc_s3_list_bucket_inventory_configurations_input;
struct awsc_s3_list_bucket_metrics_configurations_output;
struct awsc_s3_list_bucket_metrics_configurations_input;
struct awsc_s3_list_buckets_output;
struct awsc_s3_list_multipart_uploads_output;
struct awsc_s3_list_multipart_uploads_input;
struct awsc_s3_list_object_versions_output;
struct awsc_s3_list_object_versions_input;
struct awsc_s3_list_objects_output;
struct awsc_s3_list_objects_input;
struct awsc_s3_list_objects_v2_output;
struct awsc_s3_list_objects_v2_input;
struct awsc_s3_list_parts_output;
struct awsc_s3_list_parts_input;
struct awsc_s3_logging_enabled;
struct awsc_s3_metadata_entry;
struct awsc_s3_metrics;
struct awsc_s3_metrics_and_operator;
struct awsc_s3_metrics_configuration;
struct awsc_s3_metrics_filter;
struct awsc_s3_multipart_upload;
struct awsc_s3_no_such_bucket;
struct awsc_s3_no_such_key;
struct awsc_s3_no_such_upload;
struct awsc_s3_noncurrent_version_expiration;
struct awsc_s3_noncurrent_version_transition;
struct awsc_s3_notification_configuration;
struct awsc_s3_notification_configuration_deprecated;
struct awsc_s3_notification_configuration_filter;
struct awsc_s3_object;
struct awsc_s3_object_already_in_active_tier_error;
struct awsc_s3_object_identifier;
struct awsc_s3_object_lock_configuration;
struct awsc_s3_object_lock_legal_hold;
struct awsc_s3_object_lock_retention;
struct awsc_s3_object_lock_rule;
struct awsc_s3_object_not_in_active_tier_error;
struct awsc_s3_object_part;
struct awsc_s3_object_version;
struct awsc_s3_output_location;
struct awsc_s3_output_serialization;
struct awsc_s3_owner;
struct awsc_s3_ownership_controls;
struct awsc_s3_ownership_controls_rule;
struct awsc_s3_parquet_input;
struct awsc_s3_part;
struct awsc_s3_policy_status;
struct awsc_s3_progress;
struct awsc_s3_progress_event;
struct awsc_s3_public_access_block_configuration;
struct awsc_s3_put_bucket_accelerate_configuration_input;
struct awsc_s3_put_bucket_acl_input;
struct awsc_s3_put_bucket_analytics_configuration_input;
struct awsc_s3_put_bucket_cors_input;
struct awsc_s3_put_bucket_encryption_input;
struct awsc_s3_put_bucket_intelligent_tiering_configuration_input;
struct awsc_s3_put_bucket_inventory_configuration_input;
struct awsc_s3_put_bucket_lifecycle_configuration_input;
struct awsc_s3_put_bucket_lifecycle_input;
struct awsc_s3_put_bucket_logging_input;
struct awsc_s3_put_bucket_metrics_configuration_input;
struct awsc_s3_put_bucket_notification_configuration_input;
struct awsc_s3_put_bucket_notification_input;
struct awsc_s3_put_bucket_ownership_controls_input;
struct awsc_s3_put_bucket_policy_input;
struct awsc_s3_put_bucket_replication_input;
struct awsc_s3_put_bucket_request_payment_input;
struct awsc_s3_put_bucket_tagging_input;
struct awsc_s3_put_bucket_versioning_input;
struct awsc_s3_put_bucket_website_input;
struct awsc_s3_put_object_acl_output;
struct awsc_s3_put_object_acl_input;
struct awsc_s3_put_object_legal_hold_output;
struct awsc_s3_put_object_legal_hold_input;
struct awsc_s3_put_object_lock_configuration_output;
struct awsc_s3_put_object_lock_configuration_input;
struct awsc_s3_put_object_output;
struct awsc_s3_put_object_input;
struct awsc_s3_put_object_retention_output;
struct awsc_s3_put_object_retention_input;
struct awsc_s3_put_object_tagging_output;
struct awsc_s3_put_object_tagging_input;
struct awsc_s3_put_public_access_block_input;
struct awsc_s3_queue_configuration;
struct awsc_s3_queue_configuration_deprecated;
struct awsc_s3_records_event;
struct awsc_s3_redirect;
struct awsc_s3_redirect_all_requests_to;
struct awsc_s3_replica_modifications;
struct awsc_s3_replication_configuration;
struct awsc_s3_replication_rule;
struct awsc_s3_replication_rule_and_operator;
struct awsc_s3_replication_rule_filter;
struct awsc_s3_replication_time;
struct awsc_s3_replication_time_value;
struct awsc_s3_request_payment_configuration;
struct awsc_s3_request_progress;
struct awsc_s3_restore_object_output;
struct awsc_s3_restore_object_input;
struct awsc_s3_restore_request;
struct awsc_s3_routing_rule;
struct awsc_s3_rule;
struct awsc_s3_s3_key_filter;
struct awsc_s3_s3_location;
struct awsc_s3_ssekms;
struct awsc_s3_sses3;
struct awsc_s3_scan_range;
struct awsc_s3_select_object_content_event_stream;
struct awsc_s3_select_object_content_output;
struct awsc_s3_select_object_content_input;
struct awsc_s3_select_parameters;
struct awsc_s3_server_side_encryption_by_default;
struct awsc_s3_server_side_encryption_configuration;
struct awsc_s3_server_side_encryption_rule;
struct awsc_s3_source_selection_criteria;
struct awsc_s3_sse_kms_encrypted_objects;
struct awsc_s3_stats;
struct awsc_s3_stats_event;
struct awsc_s3_storage_class_analysis;
struct awsc_s3_storage_class_analysis_data_export;
struct awsc_s3_tag;
struct awsc_s3_tagging;
struct awsc_s3_target_grant;
struct awsc_s3_tiering;
struct awsc_s3_topic_configuration;
struct awsc_s3_topic_configuration_deprecated;
struct awsc_s3_transition;
struct awsc_s3_upload_part_copy_output;
struct awsc_s3_upload_part_copy_input;
struct awsc_s3_upload_part_output;
struct awsc_s3_upload_part_input;
struct awsc_s3_versioning_configuration;
struct awsc_s3_website_configuration;
struct awsc_s3_write_get_object_response_input;
struct awsc_s3_metadata_entry_2;

/* AllowedHeaders: a list of AllowedHeader. */
struct awsc_s3_allowed_headers {
    const char **items;
    size_t count;
};

/* AllowedMethods: a list of AllowedMethod. */
struct awsc_s3_allowed_methods {
    const char **items;
    size_t count;
};

/* AllowedOrigins: a list of AllowedOrigin. */
struct awsc_s3_allowed_origins {
    const char **items;
    size_t count;
};

/* AnalyticsConfigurationList: a list of AnalyticsConfiguration. */
struct awsc_s3_analytics_configuration_list {
    struct awsc_s3_analytics_configuration *items;
    size_t count;
};

/* Buckets: a list of Bucket. */
struct awsc_s3_buckets {
    struct awsc_s3_bucket *items;
    size_t count;
};

/* CORSRules: a list of CORSRule. */
struct awsc_s3_cors_rules {
    struct awsc_s3_cors_rule *items;
    size_t count;
};

/* ChecksumAlgorithmList: a list of ChecksumAlgorithm. */
struct awsc_s3_checksum_algorithm_list {
    const char **items;
    size_t count;
};

/* CommonPrefixList: a list of CommonPrefix. */
struct awsc_s3_common_prefix_list {
    struct awsc_s3_common_prefix *items;
    size_t count;
};

/* CompletedPartList: a list of CompletedPart. */
struct awsc_s3_completed_part_list {
    struct awsc_s3_completed_part *items;
    size_t count;
};

/* DeleteMarkers: a list of DeleteMarkerEntry. */
struct awsc_s3_delete_markers {
    struct awsc_s3_delete_marker_entry *items;
    size_t count;
};

/* DeletedObjects: a list of DeletedObject. */
struct awsc_s3_deleted_objects {
    struct awsc_s3_deleted_object *items;
    size_t count;
};

/* Errors: a list of Error. */
struct awsc_s3_errors {
    struct awsc_s3_error *items;
    size_t count;
};

/* EventList: a list of Event. */
struct awsc_s3_event_list {
    const char **items;
    size_t count;
};

/* ExposeHeaders: a list of ExposeHeader. */
struct awsc_s3_expose_headers {
    const char **items;
    size_t count;
};

/* FilterRuleList: a list of FilterRule. */
struct awsc_s3_filter_rule_list {
    struct awsc_s3_filter_rule *items;
    size_t count;
};

/* Grants: a list of Grant. */
struct awsc_s3_grants {
    struct awsc_s3_grant *items;
    size_t count;
};

/* IntelligentTieringConfigurationList: a list of IntelligentTieringConfiguration. */
struct awsc_s3_intelligent_tiering_configuration_list {
    struct awsc_s3_intelligent_tiering_configuration *items;
    size_t count;
};

/* InventoryConfigurationList: a list of InventoryConfiguration. */
struct awsc_s3_inventory_configuration_list {
    struct awsc_s3_inventory_configuration *items;
    size_t count;
};

/* InventoryOptionalFields: a list of InventoryOptionalField. */
struct awsc_s3_inventory_optional_fields {
    const char **items;
    size_t count;
};

/* LambdaFunctionConfigurationList: a list of LambdaFunctionConfiguration. */
struct awsc_s3_lambda_function_configuration_list {
    struct awsc_s3_lambda_function_configuration *items;
    size_t count;
};

/* LifecycleRules: a list of LifecycleRule. */
struct awsc_s3_lifecycle_rules {
    struct awsc_s3_lifecycle_rule *items;
    size_t count;
};

/* MetricsConfigurationList: a list of MetricsConfiguration. */
struct awsc_s3_metrics_configuration_list {
    struct awsc_s3_metrics_configuration *items;
    size_t count;
};

/* MultipartUploadList: a list of MultipartUpload. */
struct awsc_s3_multipart_upload_list {
    struct awsc_s3_multipart_upload *items;
    size_t count;
};

/* NoncurrentVersionTransitionList: a list of NoncurrentVersionTransition. */
struct awsc_s3_noncurrent_version_transition_list {
    struct awsc_s3_noncurrent_version_transition *items;
    size_t count;
};

/* ObjectAttributesList: a list of ObjectAttributes. */
struct awsc_s3_object_attributes_list {
    const char **items;
    size_t count;
};

/* ObjectIdentifierList: a list of ObjectIdentifier. */
struct awsc_s3_object_identifier_list {
    struct awsc_s3_object_identifier *items;
    size_t count;
};

/* ObjectList: a list of Object. */
struct awsc_s3_object_list {
    struct awsc_s3_object *items;
    size_t count;
};

/* ObjectVersionList: a list of ObjectVersion. */
struct awsc_s3_object_version_list {
    struct awsc_s3_object_version *items;
    size_t count;
};

/* OwnershipControlsRules: a list of OwnershipControlsRule. */
struct awsc_s3_ownership_controls_rules {
    struct awsc_s3_ownership_controls_rule *items;
    size_t count;
};

/* Parts: a list of Part. */
struct awsc_s3_parts {
    struct awsc_s3_part *items;
    size_t count;
};

/* PartsList: a list of ObjectPart. */
struct awsc_s3_parts_list {
    struct awsc_s3_object_part *items;
    size_t count;
};

/* QueueConfigurationList: a list of QueueConfiguration. */
struct awsc_s3_queue_configuration_list {
    struct awsc_s3_queue_configuration *items;
    size_t count;
};

/* ReplicationRules: a list of ReplicationRule. */
struct awsc_s3_replication_rules {
    struct awsc_s3_replication_rule *items;
    size_t count;
};

/* RoutingRules: a list of RoutingRule. */
struct awsc_s3_routing_rules {
    struct awsc_s3_routing_rule *items;
    size_t count;
};

/* Rules: a list of Rule. */
struct awsc_s3_rules {
    struct awsc_s3_rule *items;
    size_t count;
};

/* ServerSideEncryptionRules: a list of ServerSideEncryptionRule. */
struct awsc_s3_server_side_encryption_rules {
    struct awsc_s3_server_side_encryption_rule *items;
    size_t count;
};

/* TagSet: a list of Tag. */
struct awsc_s3_tag_set {
    struct awsc_s3_tag *items;
    size_t count;
};

/* TargetGrants: a list of TargetGrant. */
struct awsc_s3_target_grants {
    struct awsc_s3_target_grant *items;
    size_t count;
};

/* TieringList: a list of Tiering. */
struct awsc_s3_tiering_list {
    struct awsc_s3_tiering *items;
    size_t count;
};

/* TopicConfigurationList: a list of TopicConfiguration. */
struct awsc_s3_topic_configuration_list {
    struct awsc_s3_topic_configuration *items;
    size_t count;
};

/* TransitionList: a list of Transition. */
struct awsc_s3_transition_list {
    struct awsc_s3_transition *items;
    size_t count;
};

/* UserMetadata: a list of MetadataEntry. */
struct awsc_s3_user_metadata {
    struct awsc_s3_metadata_entry *items;
    size_t count;
};

/* Metadata: a map from MetadataKey to MetadataValue. */
struct awsc_s3_metadata {
    struct awsc_s3_metadata_entry_2 *entries;
    size_t count;
};

/*
 * Specifies the days since the initiation of an incomplete multipart upload
 * that Amazon S3 will wait before permanently removing all parts of the
 * upload. For more information, see Aborting Incomplete Multipart Uploads
 * Using a Bucket Lifecycle Policy in the Amazon S3 User Guide .
 */
struct awsc_s3_abort_incomplete_multipart_upload {
    /* DaysAfterInitiation: Specifies the number of days after which Amazon S3
     * aborts an incomplete multipart upload. */
    bool has_days_after_initiation;
    int32_t days_after_initiation;
};

/* AbortMultipartUploadOutput */
struct awsc_s3_abort_multipart_upload_output {
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
};

/* AbortMultipartUploadRequest */
struct awsc_s3_abort_multipart_upload_input {
    /* Bucket: The bucket name to which the upload was taking place. Required. */
    const char *bucket;
    /* Key: Key of the object for which the multipart upload was initiated.
     * Required. */
    const char *key;
    /* UploadId: Upload ID that identifies the multipart upload. Required. */
    const char *upload_id;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/*
 * Configures the transfer acceleration state for an Amazon S3 bucket. For more
 * information, see Amazon S3 Transfer Acceleration in the Amazon S3 User Guide
 * .
 */
struct awsc_s3_accelerate_configuration {
    /* Status: Specifies the transfer acceleration status of the bucket. One of
     * enum awsc_s3_bucket_accelerate_status's values (as its string). */
    const char *status;
};

/*
 * Contains the elements that set the ACL permissions for an object per
 * grantee.
 */
struct awsc_s3_access_control_policy {
    /* Grants: A list of grants. */
    struct awsc_s3_grants grants;
    /* Owner: Container for the bucket owner's display name and ID. */
    struct awsc_s3_owner *owner;
};

/*
 * A container for information about access control for replicas.
 */
struct awsc_s3_access_control_translation {
    /* Owner: Specifies the replica ownership. For default and valid values, see
     * PUT bucket replication in the Amazon S3 API Reference . Required. One of
     * enum awsc_s3_owner_override's values (as its string). */
    const char *owner;
};

/*
 * A conjunction (logical AND) of predicates, which is used in evaluating a
 * metrics filter. The operator must have at least two predicates in any
 * combination, and an object must match all of the predicates for the filter
 * to apply.
 */
struct awsc_s3_analytics_and_operator {
    /* Prefix: The prefix to use when evaluating an AND predicate: The prefix that
     * an object must have to be included in the metrics results. */
    const char *prefix;
    /* Tags: The list of tags to use when evaluating an AND predicate. */
    struct awsc_s3_tag_set tags;
};

/*
 * Specifies the configuration and any analyses for the analytics filter of an
 * Amazon S3 bucket.
 */
struct awsc_s3_analytics_configuration {
    /* Id: The ID that identifies the analytics configuration. Required. */
    const char *id;
    /* Filter: The filter used to describe a set of objects for analyses. A filter
     * must have exactly one prefix, one tag, or one conjunction
     * (AnalyticsAndOperator). */
    struct awsc_s3_analytics_filter *filter;
    /* StorageClassAnalysis: Contains data related to access patterns to be
     * collected and made available to analyze the tradeoffs between different
     * storage classes. Required. */
    struct awsc_s3_storage_class_analysis *storage_class_analysis;
};

/*
 * Where to publish the analytics results.
 */
struct awsc_s3_analytics_export_destination {
    /* S3BucketDestination: A destination signifying output to an S3 bucket.
     * Required. */
    struct awsc_s3_analytics_s3_bucket_destination *s3_bucket_destination;
};

/*
 * The filter used to describe a set of objects for analyses. A filter must
 * have exactly one prefix, one tag, or one conjunction (AnalyticsAndOperator).
 * If no filter is provided, all objects will be considered in any analysis.
 */
struct awsc_s3_analytics_filter {
    /* Prefix: The prefix to use when evaluating an analytics filter. */
    const char *prefix;
    /* Tag: The tag to use when evaluating an analytics filter. */
    struct awsc_s3_tag *tag;
    /* And: A conjunction (logical AND) of predicates, which is used in evaluating
     * an analytics filter. The operator must have at least two predicates. */
    struct awsc_s3_analytics_and_operator *and;
};

/*
 * Contains information about where to publish the analytics results.
 */
struct awsc_s3_analytics_s3_bucket_destination {
    /* Format: Specifies the file format used when exporting data to Amazon S3.
     * Required. One of enum awsc_s3_analytics_s3_export_file_format's values (as
     * its string). */
    const char *format;
    /* BucketAccountId: The account ID that owns the destination S3 bucket. If no
     * account ID is provided, the owner is not validated before exporting data. */
    const char *bucket_account_id;
    /* Bucket: The Amazon Resource Name (ARN) of the bucket to which data is
     * exported. Required. */
    const char *bucket;
    /* Prefix: The prefix to use when exporting data. The prefix is prepended to
     * all results. */
    const char *prefix;
};

/*
 * In terms of implementation, a Bucket is a resource. An Amazon S3 bucket name
 * is globally unique, and the namespace is shared by all Amazon Web Services
 * accounts.
 */
struct awsc_s3_bucket {
    /* Name: The name of the bucket. */
    const char *name;
    /* CreationDate: Date the bucket was created. This date can change when making
     * changes to your bucket, such as editing its bucket policy. */
    bool has_creation_date;
    struct awsc_timestamp creation_date;
};

/*
 * The requested bucket name is not available. The bucket namespace is shared
 * by all users of the system. Select a different name and try again.
 */
struct awsc_s3_bucket_already_exists {
    char unused_; /* no members */
};

/*
 * The bucket you tried to create already exists, and you own it. Amazon S3
 * returns this error in all Amazon Web Services Regions except in the North
 * Virginia Region.
 */
struct awsc_s3_bucket_already_owned_by_you {
    char unused_; /* no members */
};

/*
 * Specifies the lifecycle configuration for objects in an Amazon S3 bucket.
 * For more information, see Object Lifecycle Management in the Amazon S3 User
 * Guide .
 */
struct awsc_s3_bucket_lifecycle_configuration {
    /* Rules: A lifecycle rule for individual objects in an Amazon S3 bucket.
     * Required. */
    struct awsc_s3_lifecycle_rules rules;
};

/*
 * Container for logging status information.
 */
struct awsc_s3_bucket_logging_status {
    /* LoggingEnabled: */
    struct awsc_s3_logging_enabled *logging_enabled;
};

/*
 * Describes the cross-origin access configuration for objects in an Amazon S3
 * bucket. For more information, see Enabling Cross-Origin Resource Sharing in
 * the Amazon S3 User Guide .
 */
struct awsc_s3_cors_configuration {
    /* CORSRules: A set of origins and methods (cross-origin access that you want
     * to allow). You can add up to 100 rules to the configuration. Required. */
    struct awsc_s3_cors_rules cors_rules;
};

/*
 * Specifies a cross-origin access rule for an Amazon S3 bucket.
 */
struct awsc_s3_cors_rule {
    /* ID: Unique identifier for the rule. The value cannot be longer than 255
     * characters. */
    const char *id;
    /* AllowedHeaders: Headers that are specified in the
     * Access-Control-Request-Headers header. These headers are allowed in a
     * preflight OPTIONS request. */
    struct awsc_s3_allowed_headers allowed_headers;
    /* AllowedMethods: An HTTP method that you allow the origin to execute. Valid
     * values are GET , PUT , HEAD , POST , and DELETE . Required. */
    struct awsc_s3_allowed_methods allowed_methods;
    /* AllowedOrigins: One or more origins you want customers to be able to access
     * the bucket from. Required. */
    struct awsc_s3_allowed_origins allowed_origins;
    /* ExposeHeaders: One or more headers in the response that you want customers
     * to be able to access from their applications (for example, from a JavaScript
     * XMLHttpRequest object). */
    struct awsc_s3_expose_headers expose_headers;
    /* MaxAgeSeconds: The time in seconds that your browser is to cache the
     * preflight response for the specified resource. */
    bool has_max_age_seconds;
    int32_t max_age_seconds;
};

/*
 * Describes how an uncompressed comma-separated values (CSV)-formatted input
 * object is formatted.
 */
struct awsc_s3_csv_input {
    /* FileHeaderInfo: Describes the first line of input. Valid values are: NONE :
     * First line is not a header. IGNORE : First line is a header, but you can't
     * use the header values to indicate the column in an expression. One of enum
     * awsc_s3_file_header_info's values (as its string). */
    const char *file_header_info;
    /* Comments: A single character used to indicate that a row should be ignored
     * when the character is present at the start of that row. You can specify any
     * character to indicate a comment line. */
    const char *comments;
    /* QuoteEscapeCharacter: A single character used for escaping the quotation
     * mark character inside an already escaped value. For example, the value """ a
     * , b """ is parsed as " a , b " . */
    const char *quote_escape_character;
    /* RecordDelimiter: A single character used to separate individual records in
     * the input. Instead of the default value, you can specify an arbitrary
     * delimiter. */
    const char *record_delimiter;
    /* FieldDelimiter: A single character used to separate individual fields in a
     * record. You can specify an arbitrary delimiter. */
    const char *field_delimiter;
    /* QuoteCharacter: A single character used for escaping when the field
     * delimiter is part of the value. For example, if the value is a, b , Amazon
     * S3 wraps this field value in quotation marks, as follows: " a , b " . */
    const char *quote_character;
    /* AllowQuotedRecordDelimiter: Specifies that CSV field values may contain
     * quoted record delimiters and such records should be allowed. Default value
     * is FALSE. Setting this value to TRUE may lower performance. */
    bool has_allow_quoted_record_delimiter;
    bool allow_quoted_record_delimiter;
};

/*
 * Describes how uncompressed comma-separated values (CSV)-formatted results
 * are formatted.
 */
struct awsc_s3_csv_output {
    /* QuoteFields: Indicates whether to use quotation marks around output fields.
     * ALWAYS : Always use quotation marks for output fields. ASNEEDED : Use
     * quotation marks for output fields when needed. One of enum
     * awsc_s3_quote_fields's values (as its string). */
    const char *quote_fields;
    /* QuoteEscapeCharacter: The single character used for escaping the quote
     * character inside an already escaped value. */
    const char *quote_escape_character;
    /* RecordDelimiter: A single character used to separate individual records in
     * the output. Instead of the default value, you can specify an arbitrary
     * delimiter. */
    const char *record_delimiter;
    /* FieldDelimiter: The value used to separate individual fields in a record.
     * You can specify an arbitrary delimiter. */
    const char *field_delimiter;
    /* QuoteCharacter: A single character used for escaping when the field
     * delimiter is part of the value. For example, if the value is a, b , Amazon
     * S3 wraps this field value in quotation marks, as follows: " a , b " . */
    const char *quote_character;
};

/*
 * Contains all the possible checksum or digest values for an object.
 */
struct awsc_s3_checksum {
    /* ChecksumCRC32: The base64-encoded, 32-bit CRC32 checksum of the object. This
     * will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: The base64-encoded, 32-bit CRC32C checksum of the object.
     * This will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_crc32_c;
    /* ChecksumSHA1: The base64-encoded, 160-bit SHA-1 digest of the object. This
     * will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_sha1;
    /* ChecksumSHA256: The base64-encoded, 256-bit SHA-256 digest of the object.
     * This will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_sha256;
};

/*
 * Container for specifying the Lambda notification configuration.
 */
struct awsc_s3_cloud_function_configuration {
    /* Id: */
    const char *id;
    /* Event:  One of enum awsc_s3_event's values (as its string). */
    const char *event;
    /* Events: Bucket events for which to send notifications. */
    struct awsc_s3_event_list events;
    /* CloudFunction: Lambda cloud function ARN that Amazon S3 can invoke when it
     * detects events of the specified type. */
    const char *cloud_function;
    /* InvocationRole: The role supporting the invocation of the Lambda function */
    const char *invocation_role;
};

/*
 * Container for all (if there are any) keys between Prefix and the next
 * occurrence of the string specified by a delimiter. CommonPrefixes lists keys
 * that act like subdirectories in the directory specified by Prefix.
 */
struct awsc_s3_common_prefix {
    /* Prefix: Container for the specified common prefix. */
    const char *prefix;
};

/* CompleteMultipartUploadOutput */
struct awsc_s3_complete_multipart_upload_output {
    /* Location: The URI that identifies the newly created object. */
    const char *location;
    /* Bucket: The name of the bucket that contains the newly created object. Does
     * not return the access point ARN or access point alias if used. */
    const char *bucket;
    /* Key: The object key of the newly created object. */
    const char *key;
    /* Expiration: If the object expiration is configured, this will contain the
     * expiration date ( expiry-date ) and rule ID ( rule-id ). The value of
     * rule-id is URL-encoded. */
    const char *expiration;
    /* ETag: Entity tag that identifies the newly created object's data. Objects
     * with different object data will have different entity tags. The entity tag
     * is an opaque string. */
    const char *e_tag;
    /* ChecksumCRC32: The base64-encoded, 32-bit CRC32 checksum of the object. This
     * will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: The base64-encoded, 32-bit CRC32C checksum of the object.
     * This will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_crc32_c;
    /* ChecksumSHA1: The base64-encoded, 160-bit SHA-1 digest of the object. This
     * will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_sha1;
    /* ChecksumSHA256: The base64-encoded, 256-bit SHA-256 digest of the object.
     * This will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_sha256;
    /* ServerSideEncryption: If you specified server-side encryption either with an
     * Amazon S3-managed encryption key or an Amazon Web Services KMS key in your
     * initiate multipart upload request, the response includes this header. One of
     * enum awsc_s3_server_side_encryption's values (as its string). */
    const char *server_side_encryption;
    /* VersionId: Version ID of the newly created object, in case the bucket has
     * versioning turned on. */
    const char *version_id;
    /* SSEKMSKeyId: If present, specifies the ID of the Amazon Web Services Key
     * Management Service (Amazon Web Services KMS) symmetric customer managed key
     * that was used for the object. */
    const char *ssekms_key_id;
    /* BucketKeyEnabled: Indicates whether the multipart upload uses an S3 Bucket
     * Key for server-side encryption with Amazon Web Services KMS (SSE-KMS). */
    bool has_bucket_key_enabled;
    bool bucket_key_enabled;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
};

/* CompleteMultipartUploadRequest */
struct awsc_s3_complete_multipart_upload_input {
    /* Bucket: Name of the bucket to which the multipart upload was initiated.
     * Required. */
    const char *bucket;
    /* Key: Object key for which the multipart upload was initiated. Required. */
    const char *key;
    /* MultipartUpload: The container for the multipart upload request information. */
    struct awsc_s3_completed_multipart_upload *multipart_upload;
    /* UploadId: ID for the initiated multipart upload. Required. */
    const char *upload_id;
    /* ChecksumCRC32: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_crc32_c;
    /* ChecksumSHA1: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_sha1;
    /* ChecksumSHA256: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_sha256;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
    /* SSECustomerAlgorithm: The server-side encryption (SSE) algorithm used to
     * encrypt the object. This parameter is needed only when the object was
     * created using a checksum algorithm. */
    const char *sse_customer_algorithm;
    /* SSECustomerKey: The server-side encryption (SSE) customer managed key. This
     * parameter is needed only when the object was created using a checksum
     * algorithm. */
    const char *sse_customer_key;
    /* SSECustomerKeyMD5: The MD5 server-side encryption (SSE) customer managed
     * key. This parameter is needed only when the object was created using a
     * checksum algorithm. */
    const char *sse_customer_key_md5;
};

/*
 * The container for the completed multipart upload details.
 */
struct awsc_s3_completed_multipart_upload {
    /* Parts: Array of CompletedPart data types. If you do not supply a valid Part
     * with your request, the service sends back an HTTP 400 response. */
    struct awsc_s3_completed_part_list parts;
};

/*
 * Details of the parts that were uploaded.
 */
struct awsc_s3_completed_part {
    /* ETag: Entity tag returned when the part was uploaded. */
    const char *e_tag;
    /* ChecksumCRC32: The base64-encoded, 32-bit CRC32 checksum of the object. This
     * will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: The base64-encoded, 32-bit CRC32C checksum of the object.
     * This will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_crc32_c;
    /* ChecksumSHA1: The base64-encoded, 160-bit SHA-1 digest of the object. This
     * will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_sha1;
    /* ChecksumSHA256: The base64-encoded, 256-bit SHA-256 digest of the object.
     * This will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_sha256;
    /* PartNumber: Part number that identifies the part. This is a positive integer
     * between 1 and 10,000. */
    bool has_part_number;
    int32_t part_number;
};

/*
 * A container for describing a condition that must be met for the specified
 * redirect to apply. For example, 1. If request is for pages in the /docs
 * folder, redirect to the /documents folder. 2. If request results in HTTP
 * error 4xx, redirect request to another host where you might process the
 * error.
 */
struct awsc_s3_condition {
    /* HttpErrorCodeReturnedEquals: The HTTP error code when the redirect is
     * applied. In the event of an error, if the error code equals this value, then
     * the specified redirect is applied. */
    const char *http_error_code_returned_equals;
    /* KeyPrefixEquals: The object key name prefix when the redirect is applied.
     * For example, to redirect requests for ExamplePage.html , the key prefix will
     * be ExamplePage.html . */
    const char *key_prefix_equals;
};

/* ContinuationEvent */
struct awsc_s3_continuation_event {
    char unused_; /* no members */
};

/* CopyObjectOutput */
struct awsc_s3_copy_object_output {
    /* CopyObjectResult: Container for all response elements. */
    struct awsc_s3_copy_object_result *copy_object_result;
    /* Expiration: If the object expiration is configured, the response includes
     * this header. */
    const char *expiration;
    /* CopySourceVersionId: Version of the copied object in the destination bucket. */
    const char *copy_source_version_id;
    /* VersionId: Version ID of the newly created copy. */
    const char *version_id;
    /* ServerSideEncryption: The server-side encryption algorithm used when storing
     * this object in Amazon S3 (for example, AES256, aws:kms). One of enum
     * awsc_s3_server_side_encryption's values (as its string). */
    const char *server_side_encryption;
    /* SSECustomerAlgorithm: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header
     * confirming the encryption algorithm used. */
    const char *sse_customer_algorithm;
    /* SSECustomerKeyMD5: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header to
     * provide round-trip message integrity verification of the customer-provided
     * ... */
    const char *sse_customer_key_md5;
    /* SSEKMSKeyId: If present, specifies the ID of the Amazon Web Services Key
     * Management Service (Amazon Web Services KMS) symmetric customer managed key
     * that was used for the object. */
    const char *ssekms_key_id;
    /* SSEKMSEncryptionContext: If present, specifies the Amazon Web Services KMS
     * Encryption Context to use for object encryption. */
    const char *ssekms_encryption_context;
    /* BucketKeyEnabled: Indicates whether the copied object uses an S3 Bucket Key
     * for server-side encryption with Amazon Web Services KMS (SSE-KMS). */
    bool has_bucket_key_enabled;
    bool bucket_key_enabled;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
};

/* CopyObjectRequest */
struct awsc_s3_copy_object_input {
    /* ACL: The canned ACL to apply to the object. One of enum
     * awsc_s3_object_canned_acl's values (as its string). */
    const char *acl;
    /* Bucket: The name of the destination bucket. When using this action with an
     * access point, you must direct requests to the access point hostname.
     * Required. */
    const char *bucket;
    /* CacheControl: Specifies caching behavior along the request/reply chain. */
    const char *cache_control;
    /* ChecksumAlgorithm: Indicates the algorithm you want Amazon S3 to use to
     * create the checksum for the object. For more information, see Checking
     * object integrity in the Amazon S3 User Guide . One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* ContentDisposition: Specifies presentational information for the object. */
    const char *content_disposition;
    /* ContentEncoding: Specifies what content encodings have been applied to the
     * object and thus what decoding mechanisms must be applied to obtain the
     * media-type referenced by the Content-Type header field. */
    const char *content_encoding;
    /* ContentLanguage: The language the content is in. */
    const char *content_language;
    /* ContentType: A standard MIME type describing the format of the object data. */
    const char *content_type;
    /* CopySource: Specifies the source object for the copy operation. You specify
     * the value in one of two formats, depending on whether you want to access the
     * source object through an access point : For objects not ... Required. */
    const char *copy_source;
    /* CopySourceIfMatch: Copies the object if its entity tag (ETag) matches the
     * specified tag. */
    const char *copy_source_if_match;
    /* CopySourceIfModifiedSince: Copies the object if it has been modified since
     * the specified time. */
    bool has_copy_source_if_modified_since;
    struct awsc_timestamp copy_source_if_modified_since;
    /* CopySourceIfNoneMatch: Copies the object if its entity tag (ETag) is
     * different than the specified ETag. */
    const char *copy_source_if_none_match;
    /* CopySourceIfUnmodifiedSince: Copies the object if it hasn't been modified
     * since the specified time. */
    bool has_copy_source_if_unmodified_since;
    struct awsc_timestamp copy_source_if_unmodified_since;
    /* Expires: The date and time at which the object is no longer cacheable. */
    bool has_expires;
    struct awsc_timestamp expires;
    /* GrantFullControl: Gives the grantee READ, READ_ACP, and WRITE_ACP
     * permissions on the object. */
    const char *grant_full_control;
    /* GrantRead: Allows grantee to read the object data and its metadata. */
    const char *grant_read;
    /* GrantReadACP: Allows grantee to read the object ACL. */
    const char *grant_read_acp;
    /* GrantWriteACP: Allows grantee to write the ACL for the applicable object. */
    const char *grant_write_acp;
    /* Key: The key of the destination object. Required. */
    const char *key;
    /* Metadata: A map of metadata to store with the object in S3. */
    struct awsc_s3_metadata metadata;
    /* MetadataDirective: Specifies whether the metadata is copied from the source
     * object or replaced with metadata provided in the request. One of enum
     * awsc_s3_metadata_directive's values (as its string). */
    const char *metadata_directive;
    /* TaggingDirective: Specifies whether the object tag-set are copied from the
     * source object or replaced with tag-set provided in the request. One of enum
     * awsc_s3_tagging_directive's values (as its string). */
    const char *tagging_directive;
    /* ServerSideEncryption: The server-side encryption algorithm used when storing
     * this object in Amazon S3 (for example, AES256, aws:kms). One of enum
     * awsc_s3_server_side_encryption's values (as its string). */
    const char *server_side_encryption;
    /* StorageClass: By default, Amazon S3 uses the STANDARD Storage Class to store
     * newly created objects. The STANDARD storage class provides high durability
     * and high availability. One of enum awsc_s3_storage_class's values (as its
     * string). */
    const char *storage_class;
    /* WebsiteRedirectLocation: If the bucket is configured as a website, redirects
     * requests for this object to another object in the same bucket or to an
     * external URL. */
    const char *website_redirect_location;
    /* SSECustomerAlgorithm: Specifies the algorithm to use to when encrypting the
     * object (for example, AES256). */
    const char *sse_customer_algorithm;
    /* SSECustomerKey: Specifies the customer-provided encryption key for Amazon S3
     * to use in encrypting data. This value is used to store the object and then
     * it is discarded; Amazon S3 does not store the encryption key. */
    const char *sse_customer_key;
    /* SSECustomerKeyMD5: Specifies the 128-bit MD5 digest of the encryption key
     * according to RFC 1321. Amazon S3 uses this header for a message integrity
     * check to ensure that the encryption key was transmitted without error. */
    const char *sse_customer_key_md5;
    /* SSEKMSKeyId: Specifies the Amazon Web Services KMS key ID to use for object
     * encryption. All GET and PUT requests for an object protected by Amazon Web
     * Services KMS will fail if not made via SSL or using SigV4. */
    const char *ssekms_key_id;
    /* SSEKMSEncryptionContext: Specifies the Amazon Web Services KMS Encryption
     * Context to use for object encryption. */
    const char *ssekms_encryption_context;
    /* BucketKeyEnabled: Specifies whether Amazon S3 should use an S3 Bucket Key
     * for object encryption with server-side encryption using AWS KMS (SSE-KMS). */
    bool has_bucket_key_enabled;
    bool bucket_key_enabled;
    /* CopySourceSSECustomerAlgorithm: Specifies the algorithm to use when
     * decrypting the source object (for example, AES256). */
    const char *copy_source_sse_customer_algorithm;
    /* CopySourceSSECustomerKey: Specifies the customer-provided encryption key for
     * Amazon S3 to use to decrypt the source object. */
    const char *copy_source_sse_customer_key;
    /* CopySourceSSECustomerKeyMD5: Specifies the 128-bit MD5 digest of the
     * encryption key according to RFC 1321. Amazon S3 uses this header for a
     * message integrity check to ensure that the encryption key was transmitted
     * without error. */
    const char *copy_source_sse_customer_key_md5;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* Tagging: The tag-set for the object destination object this value must be
     * used in conjunction with the TaggingDirective . The tag-set must be encoded
     * as URL Query parameters. */
    const char *tagging;
    /* ObjectLockMode: The Object Lock mode that you want to apply to the copied
     * object. One of enum awsc_s3_object_lock_mode's values (as its string). */
    const char *object_lock_mode;
    /* ObjectLockRetainUntilDate: The date and time when you want the copied
     * object's Object Lock to expire. */
    bool has_object_lock_retain_until_date;
    struct awsc_timestamp object_lock_retain_until_date;
    /* ObjectLockLegalHoldStatus: Specifies whether you want to apply a legal hold
     * to the copied object. One of enum awsc_s3_object_lock_legal_hold_status's
     * values (as its string). */
    const char *object_lock_legal_hold_status;
    /* ExpectedBucketOwner: The account ID of the expected destination bucket
     * owner. If the destination bucket is owned by a different account, the
     * request fails with the HTTP status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
    /* ExpectedSourceBucketOwner: The account ID of the expected source bucket
     * owner. If the source bucket is owned by a different account, the request
     * fails with the HTTP status code 403 Forbidden (access denied). */
    const char *expected_source_bucket_owner;
};

/*
 * Container for all response elements.
 */
struct awsc_s3_copy_object_result {
    /* ETag: Returns the ETag of the new object. The ETag reflects only changes to
     * the contents of an object, not its metadata. */
    const char *e_tag;
    /* LastModified: Creation date of the object. */
    bool has_last_modified;
    struct awsc_timestamp last_modified;
    /* ChecksumCRC32: The base64-encoded, 32-bit CRC32 checksum of the object. This
     * will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: The base64-encoded, 32-bit CRC32C checksum of the object.
     * This will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_crc32_c;
    /* ChecksumSHA1: The base64-encoded, 160-bit SHA-1 digest of the object. This
     * will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_sha1;
    /* ChecksumSHA256: The base64-encoded, 256-bit SHA-256 digest of the object.
     * This will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_sha256;
};

/*
 * Container for all response elements.
 */
struct awsc_s3_copy_part_result {
    /* ETag: Entity tag of the object. */
    const char *e_tag;
    /* LastModified: Date and time at which the object was uploaded. */
    bool has_last_modified;
    struct awsc_timestamp last_modified;
    /* ChecksumCRC32: The base64-encoded, 32-bit CRC32 checksum of the object. This
     * will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: The base64-encoded, 32-bit CRC32C checksum of the object.
     * This will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_crc32_c;
    /* ChecksumSHA1: The base64-encoded, 160-bit SHA-1 digest of the object. This
     * will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_sha1;
    /* ChecksumSHA256: The base64-encoded, 256-bit SHA-256 digest of the object.
     * This will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_sha256;
};

/*
 * The configuration information for the bucket.
 */
struct awsc_s3_create_bucket_configuration {
    /* LocationConstraint: Specifies the Region where the bucket will be created.
     * If you don't specify a Region, the bucket is created in the US East (N.
     * Virginia) Region (us-east-1). One of enum
     * awsc_s3_bucket_location_constraint's values (as its string). */
    const char *location_constraint;
};

/* CreateBucketOutput */
struct awsc_s3_create_bucket_output {
    /* Location: A forward slash followed by the name of the bucket. */
    const char *location;
};

/* CreateBucketRequest */
struct awsc_s3_create_bucket_input {
    /* ACL: The canned ACL to apply to the bucket. One of enum
     * awsc_s3_bucket_canned_acl's values (as its string). */
    const char *acl;
    /* Bucket: The name of the bucket to create. Required. */
    const char *bucket;
    /* CreateBucketConfiguration: The configuration information for the bucket. */
    struct awsc_s3_create_bucket_configuration *create_bucket_configuration;
    /* GrantFullControl: Allows grantee the read, write, read ACP, and write ACP
     * permissions on the bucket. */
    const char *grant_full_control;
    /* GrantRead: Allows grantee to list the objects in the bucket. */
    const char *grant_read;
    /* GrantReadACP: Allows grantee to read the bucket ACL. */
    const char *grant_read_acp;
    /* GrantWrite: Allows grantee to create new objects in the bucket. */
    const char *grant_write;
    /* GrantWriteACP: Allows grantee to write the ACL for the applicable bucket. */
    const char *grant_write_acp;
    /* ObjectLockEnabledForBucket: Specifies whether you want S3 Object Lock to be
     * enabled for the new bucket. */
    bool has_object_lock_enabled_for_bucket;
    bool object_lock_enabled_for_bucket;
    /* ObjectOwnership:  One of enum awsc_s3_object_ownership's values (as its
     * string). */
    const char *object_ownership;
};

/* CreateMultipartUploadOutput */
struct awsc_s3_create_multipart_upload_output {
    /* AbortDate: If the bucket has a lifecycle rule configured with an action to
     * abort incomplete multipart uploads and the prefix in the lifecycle rule
     * matches the object name in the request, the response includes ... */
    bool has_abort_date;
    struct awsc_timestamp abort_date;
    /* AbortRuleId: This header is returned along with the x-amz-abort-date header.
     * It identifies the applicable lifecycle configuration rule that defines the
     * action to abort incomplete multipart uploads. */
    const char *abort_rule_id;
    /* Bucket: The name of the bucket to which the multipart upload was initiated.
     * Does not return the access point ARN or access point alias if used. */
    const char *bucket;
    /* Key: Object key for which the multipart upload was initiated. */
    const char *key;
    /* UploadId: ID for the initiated multipart upload. */
    const char *upload_id;
    /* ServerSideEncryption: The server-side encryption algorithm used when storing
     * this object in Amazon S3 (for example, AES256, aws:kms). One of enum
     * awsc_s3_server_side_encryption's values (as its string). */
    const char *server_side_encryption;
    /* SSECustomerAlgorithm: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header
     * confirming the encryption algorithm used. */
    const char *sse_customer_algorithm;
    /* SSECustomerKeyMD5: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header to
     * provide round-trip message integrity verification of the customer-provided
     * ... */
    const char *sse_customer_key_md5;
    /* SSEKMSKeyId: If present, specifies the ID of the Amazon Web Services Key
     * Management Service (Amazon Web Services KMS) symmetric customer managed key
     * that was used for the object. */
    const char *ssekms_key_id;
    /* SSEKMSEncryptionContext: If present, specifies the Amazon Web Services KMS
     * Encryption Context to use for object encryption. */
    const char *ssekms_encryption_context;
    /* BucketKeyEnabled: Indicates whether the multipart upload uses an S3 Bucket
     * Key for server-side encryption with Amazon Web Services KMS (SSE-KMS). */
    bool has_bucket_key_enabled;
    bool bucket_key_enabled;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
    /* ChecksumAlgorithm: The algorithm that was used to create a checksum of the
     * object. One of enum awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
};

/* CreateMultipartUploadRequest */
struct awsc_s3_create_multipart_upload_input {
    /* ACL: The canned ACL to apply to the object. One of enum
     * awsc_s3_object_canned_acl's values (as its string). */
    const char *acl;
    /* Bucket: The name of the bucket to which to initiate the upload Required. */
    const char *bucket;
    /* CacheControl: Specifies caching behavior along the request/reply chain. */
    const char *cache_control;
    /* ContentDisposition: Specifies presentational information for the object. */
    const char *content_disposition;
    /* ContentEncoding: Specifies what content encodings have been applied to the
     * object and thus what decoding mechanisms must be applied to obtain the
     * media-type referenced by the Content-Type header field. */
    const char *content_encoding;
    /* ContentLanguage: The language the content is in. */
    const char *content_language;
    /* ContentType: A standard MIME type describing the format of the object data. */
    const char *content_type;
    /* Expires: The date and time at which the object is no longer cacheable. */
    bool has_expires;
    struct awsc_timestamp expires;
    /* GrantFullControl: Gives the grantee READ, READ_ACP, and WRITE_ACP
     * permissions on the object. */
    const char *grant_full_control;
    /* GrantRead: Allows grantee to read the object data and its metadata. */
    const char *grant_read;
    /* GrantReadACP: Allows grantee to read the object ACL. */
    const char *grant_read_acp;
    /* GrantWriteACP: Allows grantee to write the ACL for the applicable object. */
    const char *grant_write_acp;
    /* Key: Object key for which the multipart upload is to be initiated. Required. */
    const char *key;
    /* Metadata: A map of metadata to store with the object in S3. */
    struct awsc_s3_metadata metadata;
    /* ServerSideEncryption: The server-side encryption algorithm used when storing
     * this object in Amazon S3 (for example, AES256, aws:kms). One of enum
     * awsc_s3_server_side_encryption's values (as its string). */
    const char *server_side_encryption;
    /* StorageClass: By default, Amazon S3 uses the STANDARD Storage Class to store
     * newly created objects. The STANDARD storage class provides high durability
     * and high availability. One of enum awsc_s3_storage_class's values (as its
     * string). */
    const char *storage_class;
    /* WebsiteRedirectLocation: If the bucket is configured as a website, redirects
     * requests for this object to another object in the same bucket or to an
     * external URL. */
    const char *website_redirect_location;
    /* SSECustomerAlgorithm: Specifies the algorithm to use to when encrypting the
     * object (for example, AES256). */
    const char *sse_customer_algorithm;
    /* SSECustomerKey: Specifies the customer-provided encryption key for Amazon S3
     * to use in encrypting data. This value is used to store the object and then
     * it is discarded; Amazon S3 does not store the encryption key. */
    const char *sse_customer_key;
    /* SSECustomerKeyMD5: Specifies the 128-bit MD5 digest of the encryption key
     * according to RFC 1321. Amazon S3 uses this header for a message integrity
     * check to ensure that the encryption key was transmitted without error. */
    const char *sse_customer_key_md5;
    /* SSEKMSKeyId: Specifies the ID of the symmetric customer managed key to use
     * for object encryption. */
    const char *ssekms_key_id;
    /* SSEKMSEncryptionContext: Specifies the Amazon Web Services KMS Encryption
     * Context to use for object encryption. */
    const char *ssekms_encryption_context;
    /* BucketKeyEnabled: Specifies whether Amazon S3 should use an S3 Bucket Key
     * for object encryption with server-side encryption using AWS KMS (SSE-KMS). */
    bool has_bucket_key_enabled;
    bool bucket_key_enabled;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* Tagging: The tag-set for the object. The tag-set must be encoded as URL
     * Query parameters. */
    const char *tagging;
    /* ObjectLockMode: Specifies the Object Lock mode that you want to apply to the
     * uploaded object. One of enum awsc_s3_object_lock_mode's values (as its
     * string). */
    const char *object_lock_mode;
    /* ObjectLockRetainUntilDate: Specifies the date and time when you want the
     * Object Lock to expire. */
    bool has_object_lock_retain_until_date;
    struct awsc_timestamp object_lock_retain_until_date;
    /* ObjectLockLegalHoldStatus: Specifies whether you want to apply a legal hold
     * to the uploaded object. One of enum awsc_s3_object_lock_legal_hold_status's
     * values (as its string). */
    const char *object_lock_legal_hold_status;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
    /* ChecksumAlgorithm: Indicates the algorithm you want Amazon S3 to use to
     * create the checksum for the object. For more information, see Checking
     * object integrity in the Amazon S3 User Guide . One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
};

/*
 * The container element for specifying the default Object Lock retention
 * settings for new objects placed in the specified bucket. The
 * DefaultRetention settings require both a mode and a period. The
 * DefaultRetention period can be either Days or Years but you must select one.
 */
struct awsc_s3_default_retention {
    /* Mode: The default Object Lock retention mode you want to apply to new
     * objects placed in the specified bucket. Must be used with either Days or
     * Years . One of enum awsc_s3_object_lock_retention_mode's values (as its
     * string). */
    const char *mode;
    /* Days: The number of days that you want to specify for the default retention
     * period. Must be used with Mode . */
    bool has_days;
    int32_t days;
    /* Years: The number of years that you want to specify for the default
     * retention period. Must be used with Mode . */
    bool has_years;
    int32_t years;
};

/*
 * Container for the objects to delete.
 */
struct awsc_s3_delete {
    /* Objects: The objects to delete. Required. */
    struct awsc_s3_object_identifier_list objects;
    /* Quiet: Element to enable quiet mode for the request. When you add this
     * element, you must set its value to true. */
    bool has_quiet;
    bool quiet;
};

/* DeleteBucketAnalyticsConfigurationRequest */
struct awsc_s3_delete_bucket_analytics_configuration_input {
    /* Bucket: The name of the bucket from which an analytics configuration is
     * deleted. Required. */
    const char *bucket;
    /* Id: The ID that identifies the analytics configuration. Required. */
    const char *id;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* DeleteBucketCorsRequest */
struct awsc_s3_delete_bucket_cors_input {
    /* Bucket: Specifies the bucket whose cors configuration is being deleted.
     * Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* DeleteBucketEncryptionRequest */
struct awsc_s3_delete_bucket_encryption_input {
    /* Bucket: The name of the bucket containing the server-side encryption
     * configuration to delete. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* DeleteBucketIntelligentTieringConfigurationRequest */
struct awsc_s3_delete_bucket_intelligent_tiering_configuration_input {
    /* Bucket: The name of the Amazon S3 bucket whose configuration you want to
     * modify or retrieve. Required. */
    const char *bucket;
    /* Id: The ID used to identify the S3 Intelligent-Tiering configuration.
     * Required. */
    const char *id;
};

/* DeleteBucketInventoryConfigurationRequest */
struct awsc_s3_delete_bucket_inventory_configuration_input {
    /* Bucket: The name of the bucket containing the inventory configuration to
     * delete. Required. */
    const char *bucket;
    /* Id: The ID used to identify the inventory configuration. Required. */
    const char *id;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* DeleteBucketLifecycleRequest */
struct awsc_s3_delete_bucket_lifecycle_input {
    /* Bucket: The bucket name of the lifecycle to delete. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* DeleteBucketMetricsConfigurationRequest */
struct awsc_s3_delete_bucket_metrics_configuration_input {
    /* Bucket: The name of the bucket containing the metrics configuration to
     * delete. Required. */
    const char *bucket;
    /* Id: The ID used to identify the metrics configuration. Required. */
    const char *id;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* DeleteBucketOwnershipControlsRequest */
struct awsc_s3_delete_bucket_ownership_controls_input {
    /* Bucket: The Amazon S3 bucket whose OwnershipControls you want to delete.
     * Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* DeleteBucketPolicyRequest */
struct awsc_s3_delete_bucket_policy_input {
    /* Bucket: The bucket name. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* DeleteBucketReplicationRequest */
struct awsc_s3_delete_bucket_replication_input {
    /* Bucket: The bucket name. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* DeleteBucketRequest */
struct awsc_s3_delete_bucket_input {
    /* Bucket: Specifies the bucket being deleted. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* DeleteBucketTaggingRequest */
struct awsc_s3_delete_bucket_tagging_input {
    /* Bucket: The bucket that has the tag set to be removed. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* DeleteBucketWebsiteRequest */
struct awsc_s3_delete_bucket_website_input {
    /* Bucket: The bucket name for which you want to remove the website
     * configuration. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/*
 * Information about the delete marker.
 */
struct awsc_s3_delete_marker_entry {
    /* Owner: The account that created the delete marker.> */
    struct awsc_s3_owner *owner;
    /* Key: The object key. */
    const char *key;
    /* VersionId: Version ID of an object. */
    const char *version_id;
    /* IsLatest: Specifies whether the object is (true) or is not (false) the
     * latest version of an object. */
    bool has_is_latest;
    bool is_latest;
    /* LastModified: Date and time the object was last modified. */
    bool has_last_modified;
    struct awsc_timestamp last_modified;
};

/*
 * Specifies whether Amazon S3 replicates delete markers. If you specify a
 * Filter in your replication configuration, you must also include a
 * DeleteMarkerReplication element.
 */
struct awsc_s3_delete_marker_replication {
    /* Status: Indicates whether to replicate delete markers. Indicates whether to
     * replicate delete markers. One of enum
     * awsc_s3_delete_marker_replication_status's values (as its string). */
    const char *status;
};

/* DeleteObjectOutput */
struct awsc_s3_delete_object_output {
    /* DeleteMarker: Specifies whether the versioned object that was permanently
     * deleted was (true) or was not (false) a delete marker. */
    bool has_delete_marker;
    bool delete_marker;
    /* VersionId: Returns the version ID of the delete marker created as a result
     * of the DELETE operation. */
    const char *version_id;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
};

/* DeleteObjectRequest */
struct awsc_s3_delete_object_input {
    /* Bucket: The bucket name of the bucket containing the object. Required. */
    const char *bucket;
    /* Key: Key name of the object to delete. Required. */
    const char *key;
    /* MFA: The concatenation of the authentication device's serial number, a
     * space, and the value that is displayed on your authentication device. */
    const char *mfa;
    /* VersionId: VersionId used to reference a specific version of the object. */
    const char *version_id;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* BypassGovernanceRetention: Indicates whether S3 Object Lock should bypass
     * Governance-mode restrictions to process this operation. To use this header,
     * you must have the s3:BypassGovernanceRetention permission. */
    bool has_bypass_governance_retention;
    bool bypass_governance_retention;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* DeleteObjectTaggingOutput */
struct awsc_s3_delete_object_tagging_output {
    /* VersionId: The versionId of the object the tag-set was removed from. */
    const char *version_id;
};

/* DeleteObjectTaggingRequest */
struct awsc_s3_delete_object_tagging_input {
    /* Bucket: The bucket name containing the objects from which to remove the
     * tags. Required. */
    const char *bucket;
    /* Key: The key that identifies the object in the bucket from which to remove
     * all tags. Required. */
    const char *key;
    /* VersionId: The versionId of the object that the tag-set will be removed
     * from. */
    const char *version_id;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* DeleteObjectsOutput */
struct awsc_s3_delete_objects_output {
    /* Deleted: Container element for a successful delete. It identifies the object
     * that was successfully deleted. */
    struct awsc_s3_deleted_objects deleted;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
    /* Errors: Container for a failed delete action that describes the object that
     * Amazon S3 attempted to delete and the error it encountered. */
    struct awsc_s3_errors errors;
};

/* DeleteObjectsRequest */
struct awsc_s3_delete_objects_input {
    /* Bucket: The bucket name containing the objects to delete. Required. */
    const char *bucket;
    /* Delete: Container for the request. Required. */
    struct awsc_s3_delete *delete;
    /* MFA: The concatenation of the authentication device's serial number, a
     * space, and the value that is displayed on your authentication device. */
    const char *mfa;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* BypassGovernanceRetention: Specifies whether you want to delete this object
     * even if it has a Governance-type Object Lock in place. To use this header,
     * you must have the s3:BypassGovernanceRetention permission. */
    bool has_bypass_governance_retention;
    bool bypass_governance_retention;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when using the SDK. This header will not provide any additional
     * functionality if not using the SDK. One of enum awsc_s3_checksum_algorithm's
     * values (as its string). */
    const char *checksum_algorithm;
};

/* DeletePublicAccessBlockRequest */
struct awsc_s3_delete_public_access_block_input {
    /* Bucket: The Amazon S3 bucket whose PublicAccessBlock configuration you want
     * to delete. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/*
 * Information about the deleted object.
 */
struct awsc_s3_deleted_object {
    /* Key: The name of the deleted object. */
    const char *key;
    /* VersionId: The version ID of the deleted object. */
    const char *version_id;
    /* DeleteMarker: Specifies whether the versioned object that was permanently
     * deleted was (true) or was not (false) a delete marker. */
    bool has_delete_marker;
    bool delete_marker;
    /* DeleteMarkerVersionId: The version ID of the delete marker created as a
     * result of the DELETE operation. */
    const char *delete_marker_version_id;
};

/*
 * Specifies information about where to publish analysis or configuration
 * results for an Amazon S3 bucket and S3 Replication Time Control (S3 RTC).
 */
struct awsc_s3_destination {
    /* Bucket: The Amazon Resource Name (ARN) of the bucket where you want Amazon
     * S3 to store the results. Required. */
    const char *bucket;
    /* Account: Destination bucket owner account ID. In a cross-account scenario,
     * if you direct Amazon S3 to change replica ownership to the Amazon Web
     * Services account that owns the destination bucket by specifying ... */
    const char *account;
    /* StorageClass: The storage class to use when replicating objects, such as S3
     * Standard or reduced redundancy. By default, Amazon S3 uses the storage class
     * of the source object to create the object replica. One of enum
     * awsc_s3_storage_class's values (as its string). */
    const char *storage_class;
    /* AccessControlTranslation: Specify this only in a cross-account scenario
     * (where source and destination bucket owners are not the same), and you want
     * to change replica ownership to the Amazon Web Services account that owns the
     * ... */
    struct awsc_s3_access_control_translation *access_control_translation;
    /* EncryptionConfiguration: A container that provides information about
     * encryption. If SourceSelectionCriteria is specified, you must specify this
     * element. */
    struct awsc_s3_encryption_configuration *encryption_configuration;
    /* ReplicationTime: A container specifying S3 Replication Time Control (S3
     * RTC), including whether S3 RTC is enabled and the time when all objects and
     * operations on objects must be replicated. */
    struct awsc_s3_replication_time *replication_time;
    /* Metrics: A container specifying replication metrics-related settings
     * enabling replication metrics and events. */
    struct awsc_s3_metrics *metrics;
};

/*
 * Contains the type of server-side encryption used.
 */
struct awsc_s3_encryption {
    /* EncryptionType: The server-side encryption algorithm used when storing job
     * results in Amazon S3 (for example, AES256, aws:kms). Required. One of enum
     * awsc_s3_server_side_encryption's values (as its string). */
    const char *encryption_type;
    /* KMSKeyId: If the encryption type is aws:kms , this optional value specifies
     * the ID of the symmetric customer managed key to use for encryption of job
     * results. Amazon S3 only supports symmetric keys. */
    const char *kms_key_id;
    /* KMSContext: If the encryption type is aws:kms , this optional value can be
     * used to specify the encryption context for the restore results. */
    const char *kms_context;
};

/*
 * Specifies encryption-related information for an Amazon S3 bucket that is a
 * destination for replicated objects.
 */
struct awsc_s3_encryption_configuration {
    /* ReplicaKmsKeyID: Specifies the ID (Key ARN or Alias ARN) of the customer
     * managed Amazon Web Services KMS key stored in Amazon Web Services Key
     * Management Service (KMS) for the destination bucket. */
    const char *replica_kms_key_id;
};

/*
 * A message that indicates the request is complete and no more messages will
 * be sent. You should not assume that the request is complete until the client
 * receives an EndEvent .
 */
struct awsc_s3_end_event {
    char unused_; /* no members */
};

/*
 * Container for all error elements.
 */
struct awsc_s3_error {
    /* Key: The error key. */
    const char *key;
    /* VersionId: The version ID of the error. */
    const char *version_id;
    /* Code: The error code is a string that uniquely identifies an error
     * condition. It is meant to be read and understood by programs that detect and
     * handle errors by type. */
    const char *code;
    /* Message: The error message contains a generic description of the error
     * condition in English. It is intended for a human audience. */
    const char *message;
};

/*
 * The error information.
 */
struct awsc_s3_error_document {
    /* Key: The object key name to use when a 4XX class error occurs. Replacement
     * must be made for object keys containing special characters (such as carriage
     * returns) when using XML requests. Required. */
    const char *key;
};

/*
 * A container for specifying the configuration for Amazon EventBridge.
 */
struct awsc_s3_event_bridge_configuration {
    char unused_; /* no members */
};

/*
 * Optional configuration to replicate existing source bucket objects. For more
 * information, see Replicating Existing Objects in the Amazon S3 User Guide .
 */
struct awsc_s3_existing_object_replication {
    /* Status:  Required. One of enum awsc_s3_existing_object_replication_status's
     * values (as its string). */
    const char *status;
};

/*
 * Specifies the Amazon S3 object key name to filter on and whether to filter
 * on the suffix or prefix of the key name.
 */
struct awsc_s3_filter_rule {
    /* Name: The object key name prefix or suffix identifying one or more objects
     * to which the filtering rule applies. The maximum length is 1,024 characters.
     * Overlapping prefixes and suffixes are not supported. One of enum
     * awsc_s3_filter_rule_name's values (as its string). */
    const char *name;
    /* Value: The value that the filter searches for in object key names. */
    const char *value;
};

/* GetBucketAccelerateConfigurationOutput */
struct awsc_s3_get_bucket_accelerate_configuration_output {
    /* Status: The accelerate configuration of the bucket. One of enum
     * awsc_s3_bucket_accelerate_status's values (as its string). */
    const char *status;
};

/* GetBucketAccelerateConfigurationRequest */
struct awsc_s3_get_bucket_accelerate_configuration_input {
    /* Bucket: The name of the bucket for which the accelerate configuration is
     * retrieved. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* GetBucketAclOutput */
struct awsc_s3_get_bucket_acl_output {
    /* Owner: Container for the bucket owner's display name and ID. */
    struct awsc_s3_owner *owner;
    /* Grants: A list of grants. */
    struct awsc_s3_grants grants;
};

/* GetBucketAclRequest */
struct awsc_s3_get_bucket_acl_input {
    /* Bucket: Specifies the S3 bucket whose ACL is being requested. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* GetBucketAnalyticsConfigurationOutput */
struct awsc_s3_get_bucket_analytics_configuration_output {
    /* AnalyticsConfiguration: The configuration and any analyses for the analytics
     * filter. */
    struct awsc_s3_analytics_configuration *analytics_configuration;
};

/* GetBucketAnalyticsConfigurationRequest */
struct awsc_s3_get_bucket_analytics_configuration_input {
    /* Bucket: The name of the bucket from which an analytics configuration is
     * retrieved. Required. */
    const char *bucket;
    /* Id: The ID that identifies the analytics configuration. Required. */
    const char *id;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* GetBucketCorsOutput */
struct awsc_s3_get_bucket_cors_output {
    /* CORSRules: A set of origins and methods (cross-origin access that you want
     * to allow). You can add up to 100 rules to the configuration. */
    struct awsc_s3_cors_rules cors_rules;
};

/* GetBucketCorsRequest */
struct awsc_s3_get_bucket_cors_input {
    /* Bucket: The bucket name for which to get the cors configuration. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* GetBucketEncryptionOutput */
struct awsc_s3_get_bucket_encryption_output {
    /* ServerSideEncryptionConfiguration: */
    struct awsc_s3_server_side_encryption_configuration *server_side_encryption_configuration;
};

/* GetBucketEncryptionRequest */
struct awsc_s3_get_bucket_encryption_input {
    /* Bucket: The name of the bucket from which the server-side encryption
     * configuration is retrieved. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* GetBucketIntelligentTieringConfigurationOutput */
struct awsc_s3_get_bucket_intelligent_tiering_configuration_output {
    /* IntelligentTieringConfiguration: Container for S3 Intelligent-Tiering
     * configuration. */
    struct awsc_s3_intelligent_tiering_configuration *intelligent_tiering_configuration;
};

/* GetBucketIntelligentTieringConfigurationRequest */
struct awsc_s3_get_bucket_intelligent_tiering_configuration_input {
    /* Bucket: The name of the Amazon S3 bucket whose configuration you want to
     * modify or retrieve. Required. */
    const char *bucket;
    /* Id: The ID used to identify the S3 Intelligent-Tiering configuration.
     * Required. */
    const char *id;
};

/* GetBucketInventoryConfigurationOutput */
struct awsc_s3_get_bucket_inventory_configuration_output {
    /* InventoryConfiguration: Specifies the inventory configuration. */
    struct awsc_s3_inventory_configuration *inventory_configuration;
};

/* GetBucketInventoryConfigurationRequest */
struct awsc_s3_get_bucket_inventory_configuration_input {
    /* Bucket: The name of the bucket containing the inventory configuration to
     * retrieve. Required. */
    const char *bucket;
    /* Id: The ID used to identify the inventory configuration. Required. */
    const char *id;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* GetBucketLifecycleConfigurationOutput */
struct awsc_s3_get_bucket_lifecycle_configuration_output {
    /* Rules: Container for a lifecycle rule. */
    struct awsc_s3_lifecycle_rules rules;
};

/* GetBucketLifecycleConfigurationRequest */
struct awsc_s3_get_bucket_lifecycle_configuration_input {
    /* Bucket: The name of the bucket for which to get the lifecycle information.
     * Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* GetBucketLifecycleOutput */
struct awsc_s3_get_bucket_lifecycle_output {
    /* Rules: Container for a lifecycle rule. */
    struct awsc_s3_rules rules;
};

/* GetBucketLifecycleRequest */
struct awsc_s3_get_bucket_lifecycle_input {
    /* Bucket: The name of the bucket for which to get the lifecycle information.
     * Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* GetBucketLocationOutput */
struct awsc_s3_get_bucket_location_output {
    /* LocationConstraint: Specifies the Region where the bucket resides. For a
     * list of all the Amazon S3 supported location constraints by Region, see
     * Regions and Endpoints . One of enum awsc_s3_bucket_location_constraint's
     * values (as its string). */
    const char *location_constraint;
};

/* GetBucketLocationRequest */
struct awsc_s3_get_bucket_location_input {
    /* Bucket: The name of the bucket for which to get the location. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* GetBucketLoggingOutput */
struct awsc_s3_get_bucket_logging_output {
    /* LoggingEnabled: */
    struct awsc_s3_logging_enabled *logging_enabled;
};

/* GetBucketLoggingRequest */
struct awsc_s3_get_bucket_logging_input {
    /* Bucket: The bucket name for which to get the logging information. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* GetBucketMetricsConfigurationOutput */
struct awsc_s3_get_bucket_metrics_configuration_output {
    /* MetricsConfiguration: Specifies the metrics configuration. */
    struct awsc_s3_metrics_configuration *metrics_configuration;
};

/* GetBucketMetricsConfigurationRequest */
struct awsc_s3_get_bucket_metrics_configuration_input {
    /* Bucket: The name of the bucket containing the metrics configuration to
     * retrieve. Required. */
    const char *bucket;
    /* Id: The ID used to identify the metrics configuration. Required. */
    const char *id;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* GetBucketNotificationConfigurationRequest */
struct awsc_s3_get_bucket_notification_configuration_request {
    /* Bucket: The name of the bucket for which to get the notification
     * configuration. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* GetBucketOwnershipControlsOutput */
struct awsc_s3_get_bucket_ownership_controls_output {
    /* OwnershipControls: The OwnershipControls (BucketOwnerEnforced,
     * BucketOwnerPreferred, or ObjectWriter) currently in effect for this Amazon
     * S3 bucket. */
    struct awsc_s3_ownership_controls *ownership_controls;
};

/* GetBucketOwnershipControlsRequest */
struct awsc_s3_get_bucket_ownership_controls_input {
    /* Bucket: The name of the Amazon S3 bucket whose OwnershipControls you want to
     * retrieve. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* GetBucketPolicyOutput */
struct awsc_s3_get_bucket_policy_output {
    /* Policy: The bucket policy as a JSON document. */
    const char *policy;
};

/* GetBucketPolicyRequest */
struct awsc_s3_get_bucket_policy_input {
    /* Bucket: The bucket name for which to get the bucket policy. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* GetBucketPolicyStatusOutput */
struct awsc_s3_get_bucket_policy_status_output {
    /* PolicyStatus: The policy status for the specified bucket. */
    struct awsc_s3_policy_status *policy_status;
};

/* GetBucketPolicyStatusRequest */
struct awsc_s3_get_bucket_policy_status_input {
    /* Bucket: The name of the Amazon S3 bucket whose policy status you want to
     * retrieve. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* GetBucketReplicationOutput */
struct awsc_s3_get_bucket_replication_output {
    /* ReplicationConfiguration: */
    struct awsc_s3_replication_configuration *replication_configuration;
};

/* GetBucketReplicationRequest */
struct awsc_s3_get_bucket_replication_input {
    /* Bucket: The bucket name for which to get the replication information.
     * Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* GetBucketRequestPaymentOutput */
struct awsc_s3_get_bucket_request_payment_output {
    /* Payer: Specifies who pays for the download and request fees. One of enum
     * awsc_s3_payer's values (as its string). */
    const char *payer;
};

/* GetBucketRequestPaymentRequest */
struct awsc_s3_get_bucket_request_payment_input {
    /* Bucket: The name of the bucket for which to get the payment request
     * configuration Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* GetBucketTaggingOutput */
struct awsc_s3_get_bucket_tagging_output {
    /* TagSet: Contains the tag set. Required. */
    struct awsc_s3_tag_set tag_set;
};

/* GetBucketTaggingRequest */
struct awsc_s3_get_bucket_tagging_input {
    /* Bucket: The name of the bucket for which to get the tagging information.
     * Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* GetBucketVersioningOutput */
struct awsc_s3_get_bucket_versioning_output {
    /* Status: The versioning state of the bucket. One of enum
     * awsc_s3_bucket_versioning_status's values (as its string). */
    const char *status;
    /* MFADelete: Specifies whether MFA delete is enabled in the bucket versioning
     * configuration. This element is only returned if the bucket has been
     * configured with MFA delete. One of enum awsc_s3_mfa_delete_status's values
     * (as its string). */
    const char *mfa_delete;
};

/* GetBucketVersioningRequest */
struct awsc_s3_get_bucket_versioning_input {
    /* Bucket: The name of the bucket for which to get the versioning information.
     * Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* GetBucketWebsiteOutput */
struct awsc_s3_get_bucket_website_output {
    /* RedirectAllRequestsTo: Specifies the redirect behavior of all requests to a
     * website endpoint of an Amazon S3 bucket. */
    struct awsc_s3_redirect_all_requests_to *redirect_all_requests_to;
    /* IndexDocument: The name of the index document for the website (for example
     * index.html ). */
    struct awsc_s3_index_document *index_document;
    /* ErrorDocument: The object key name of the website error document to use for
     * 4XX class errors. */
    struct awsc_s3_error_document *error_document;
    /* RoutingRules: Rules that define when a redirect is applied and the redirect
     * behavior. */
    struct awsc_s3_routing_rules routing_rules;
};

/* GetBucketWebsiteRequest */
struct awsc_s3_get_bucket_website_input {
    /* Bucket: The bucket name for which to get the website configuration.
     * Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* GetObjectAclOutput */
struct awsc_s3_get_object_acl_output {
    /* Owner: Container for the bucket owner's display name and ID. */
    struct awsc_s3_owner *owner;
    /* Grants: A list of grants. */
    struct awsc_s3_grants grants;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
};

/* GetObjectAclRequest */
struct awsc_s3_get_object_acl_input {
    /* Bucket: The bucket name that contains the object for which to get the ACL
     * information. Required. */
    const char *bucket;
    /* Key: The key of the object for which to get the ACL information. Required. */
    const char *key;
    /* VersionId: VersionId used to reference a specific version of the object. */
    const char *version_id;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* GetObjectAttributesOutput */
struct awsc_s3_get_object_attributes_output {
    /* DeleteMarker: Specifies whether the object retrieved was ( true ) or was not
     * ( false ) a delete marker. If false , this response header does not appear
     * in the response. */
    bool has_delete_marker;
    bool delete_marker;
    /* LastModified: The creation date of the object. */
    bool has_last_modified;
    struct awsc_timestamp last_modified;
    /* VersionId: The version ID of the object. */
    const char *version_id;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
    /* ETag: An ETag is an opaque identifier assigned by a web server to a specific
     * version of a resource found at a URL. */
    const char *e_tag;
    /* Checksum: The checksum or digest of the object. */
    struct awsc_s3_checksum *checksum;
    /* ObjectParts: A collection of parts associated with a multipart upload. */
    struct awsc_s3_get_object_attributes_parts *object_parts;
    /* StorageClass: Provides the storage class information of the object. Amazon
     * S3 returns this header for all objects except for S3 Standard storage class
     * objects. One of enum awsc_s3_storage_class's values (as its string). */
    const char *storage_class;
    /* ObjectSize: The size of the object in bytes. */
    bool has_object_size;
    int64_t object_size;
};

/*
 * A collection of parts associated with a multipart upload.
 */
struct awsc_s3_get_object_attributes_parts {
    /* TotalPartsCount: The total number of parts. */
    bool has_total_parts_count;
    int32_t total_parts_count;
    /* PartNumberMarker: The marker for the current part. */
    bool has_part_number_marker;
    int32_t part_number_marker;
    /* NextPartNumberMarker: When a list is truncated, this element specifies the
     * last part in the list, as well as the value to use for the PartNumberMarker
     * request parameter in a subsequent request. */
    bool has_next_part_number_marker;
    int32_t next_part_number_marker;
    /* MaxParts: The maximum number of parts allowed in the response. */
    bool has_max_parts;
    int32_t max_parts;
    /* IsTruncated: Indicates whether the returned list of parts is truncated. A
     * value of true indicates that the list was truncated. */
    bool has_is_truncated;
    bool is_truncated;
    /* Parts: A container for elements related to a particular part. A response can
     * contain zero or more Parts elements. */
    struct awsc_s3_parts_list parts;
};

/* GetObjectAttributesRequest */
struct awsc_s3_get_object_attributes_input {
    /* Bucket: The name of the bucket that contains the object. Required. */
    const char *bucket;
    /* Key: The object key. Required. */
    const char *key;
    /* VersionId: The version ID used to reference a specific version of the
     * object. */
    const char *version_id;
    /* MaxParts: Sets the maximum number of parts to return. */
    bool has_max_parts;
    int32_t max_parts;
    /* PartNumberMarker: Specifies the part after which listing should begin. Only
     * parts with higher part numbers will be listed. */
    bool has_part_number_marker;
    int32_t part_number_marker;
    /* SSECustomerAlgorithm: Specifies the algorithm to use when encrypting the
     * object (for example, AES256). */
    const char *sse_customer_algorithm;
    /* SSECustomerKey: Specifies the customer-provided encryption key for Amazon S3
     * to use in encrypting data. This value is used to store the object and then
     * it is discarded; Amazon S3 does not store the encryption key. */
    const char *sse_customer_key;
    /* SSECustomerKeyMD5: Specifies the 128-bit MD5 digest of the encryption key
     * according to RFC 1321. Amazon S3 uses this header for a message integrity
     * check to ensure that the encryption key was transmitted without error. */
    const char *sse_customer_key_md5;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
    /* ObjectAttributes: An XML header that specifies the fields at the root level
     * that you want returned in the response. Fields that you do not specify are
     * not returned. Required. */
    struct awsc_s3_object_attributes_list object_attributes;
};

/* GetObjectLegalHoldOutput */
struct awsc_s3_get_object_legal_hold_output {
    /* LegalHold: The current legal hold status for the specified object. */
    struct awsc_s3_object_lock_legal_hold *legal_hold;
};

/* GetObjectLegalHoldRequest */
struct awsc_s3_get_object_legal_hold_input {
    /* Bucket: The bucket name containing the object whose legal hold status you
     * want to retrieve. Required. */
    const char *bucket;
    /* Key: The key name for the object whose legal hold status you want to
     * retrieve. Required. */
    const char *key;
    /* VersionId: The version ID of the object whose legal hold status you want to
     * retrieve. */
    const char *version_id;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* GetObjectLockConfigurationOutput */
struct awsc_s3_get_object_lock_configuration_output {
    /* ObjectLockConfiguration: The specified bucket's Object Lock configuration. */
    struct awsc_s3_object_lock_configuration *object_lock_configuration;
};

/* GetObjectLockConfigurationRequest */
struct awsc_s3_get_object_lock_configuration_input {
    /* Bucket: The bucket whose Object Lock configuration you want to retrieve.
     * Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* GetObjectOutput */
struct awsc_s3_get_object_output {
    /* Body: Object data. */
    struct awsc_stream body;
    /* DeleteMarker: Specifies whether the object retrieved was (true) or was not
     * (false) a Delete Marker. If false, this response header does not appear in
     * the response. */
    bool has_delete_marker;
    bool delete_marker;
    /* AcceptRanges: Indicates that a range of bytes was specified. */
    const char *accept_ranges;
    /* Expiration: If the object expiration is configured (see PUT Bucket
     * lifecycle), the response includes this header. It includes the expiry-date
     * and rule-id key-value pairs providing object expiration information. */
    const char *expiration;
    /* Restore: Provides information about object restoration action and expiration
     * time of the restored object copy. */
    const char *restore;
    /* LastModified: Creation date of the object. */
    bool has_last_modified;
    struct awsc_timestamp last_modified;
    /* ContentLength: Size of the body in bytes. */
    bool has_content_length;
    int64_t content_length;
    /* ETag: An entity tag (ETag) is an opaque identifier assigned by a web server
     * to a specific version of a resource found at a URL. */
    const char *e_tag;
    /* ChecksumCRC32: The base64-encoded, 32-bit CRC32 checksum of the object. This
     * will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: The base64-encoded, 32-bit CRC32C checksum of the object.
     * This will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_crc32_c;
    /* ChecksumSHA1: The base64-encoded, 160-bit SHA-1 digest of the object. This
     * will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_sha1;
    /* ChecksumSHA256: The base64-encoded, 256-bit SHA-256 digest of the object.
     * This will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_sha256;
    /* MissingMeta: This is set to the number of metadata entries not returned in
     * x-amz-meta headers. This can happen if you create metadata using an API like
     * SOAP that supports more flexible metadata than the REST API. */
    bool has_missing_meta;
    int32_t missing_meta;
    /* VersionId: Version of the object. */
    const char *version_id;
    /* CacheControl: Specifies caching behavior along the request/reply chain. */
    const char *cache_control;
    /* ContentDisposition: Specifies presentational information for the object. */
    const char *content_disposition;
    /* ContentEncoding: Specifies what content encodings have been applied to the
     * object and thus what decoding mechanisms must be applied to obtain the
     * media-type referenced by the Content-Type header field. */
    const char *content_encoding;
    /* ContentLanguage: The language the content is in. */
    const char *content_language;
    /* ContentRange: The portion of the object returned in the response. */
    const char *content_range;
    /* ContentType: A standard MIME type describing the format of the object data. */
    const char *content_type;
    /* Expires: The date and time at which the object is no longer cacheable. */
    bool has_expires;
    struct awsc_timestamp expires;
    /* WebsiteRedirectLocation: If the bucket is configured as a website, redirects
     * requests for this object to another object in the same bucket or to an
     * external URL. */
    const char *website_redirect_location;
    /* ServerSideEncryption: The server-side encryption algorithm used when storing
     * this object in Amazon S3 (for example, AES256, aws:kms). One of enum
     * awsc_s3_server_side_encryption's values (as its string). */
    const char *server_side_encryption;
    /* Metadata: A map of metadata to store with the object in S3. */
    struct awsc_s3_metadata metadata;
    /* SSECustomerAlgorithm: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header
     * confirming the encryption algorithm used. */
    const char *sse_customer_algorithm;
    /* SSECustomerKeyMD5: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header to
     * provide round-trip message integrity verification of the customer-provided
     * ... */
    const char *sse_customer_key_md5;
    /* SSEKMSKeyId: If present, specifies the ID of the Amazon Web Services Key
     * Management Service (Amazon Web Services KMS) symmetric customer managed key
     * that was used for the object. */
    const char *ssekms_key_id;
    /* BucketKeyEnabled: Indicates whether the object uses an S3 Bucket Key for
     * server-side encryption with Amazon Web Services KMS (SSE-KMS). */
    bool has_bucket_key_enabled;
    bool bucket_key_enabled;
    /* StorageClass: Provides storage class information of the object. Amazon S3
     * returns this header for all objects except for S3 Standard storage class
     * objects. One of enum awsc_s3_storage_class's values (as its string). */
    const char *storage_class;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
    /* ReplicationStatus: Amazon S3 can return this if your request involves a
     * bucket that is either a source or destination in a replication rule. One of
     * enum awsc_s3_replication_status's values (as its string). */
    const char *replication_status;
    /* PartsCount: The count of parts this object has. This value is only returned
     * if you specify partNumber in your request and the object was uploaded as a
     * multipart upload. */
    bool has_parts_count;
    int32_t parts_count;
    /* TagCount: The number of tags, if any, on the object. */
    bool has_tag_count;
    int32_t tag_count;
    /* ObjectLockMode: The Object Lock mode currently in place for this object. One
     * of enum awsc_s3_object_lock_mode's values (as its string). */
    const char *object_lock_mode;
    /* ObjectLockRetainUntilDate: The date and time when this object's Object Lock
     * will expire. */
    bool has_object_lock_retain_until_date;
    struct awsc_timestamp object_lock_retain_until_date;
    /* ObjectLockLegalHoldStatus: Indicates whether this object has an active legal
     * hold. This field is only returned if you have permission to view an object's
     * legal hold status. One of enum awsc_s3_object_lock_legal_hold_status's
     * values (as its string). */
    const char *object_lock_legal_hold_status;
};

/* GetObjectRequest */
struct awsc_s3_get_object_input {
    /* Bucket: The bucket name containing the object. Required. */
    const char *bucket;
    /* IfMatch: Return the object only if its entity tag (ETag) is the same as the
     * one specified; otherwise, return a 412 (precondition failed) error. */
    const char *if_match;
    /* IfModifiedSince: Return the object only if it has been modified since the
     * specified time; otherwise, return a 304 (not modified) error. */
    bool has_if_modified_since;
    struct awsc_timestamp if_modified_since;
    /* IfNoneMatch: Return the object only if its entity tag (ETag) is different
     * from the one specified; otherwise, return a 304 (not modified) error. */
    const char *if_none_match;
    /* IfUnmodifiedSince: Return the object only if it has not been modified since
     * the specified time; otherwise, return a 412 (precondition failed) error. */
    bool has_if_unmodified_since;
    struct awsc_timestamp if_unmodified_since;
    /* Key: Key of the object to get. Required. */
    const char *key;
    /* Range: Downloads the specified range bytes of an object. For more
     * information about the HTTP Range header, see
     * https://www.w3.org/Protocols/rfc2616/rfc2616-sec14.html#sec14.35 . */
    const char *range;
    /* ResponseCacheControl: Sets the Cache-Control header of the response. */
    const char *response_cache_control;
    /* ResponseContentDisposition: Sets the Content-Disposition header of the
     * response */
    const char *response_content_disposition;
    /* ResponseContentEncoding: Sets the Content-Encoding header of the response. */
    const char *response_content_encoding;
    /* ResponseContentLanguage: Sets the Content-Language header of the response. */
    const char *response_content_language;
    /* ResponseContentType: Sets the Content-Type header of the response. */
    const char *response_content_type;
    /* ResponseExpires: Sets the Expires header of the response. */
    bool has_response_expires;
    struct awsc_timestamp response_expires;
    /* VersionId: VersionId used to reference a specific version of the object. */
    const char *version_id;
    /* SSECustomerAlgorithm: Specifies the algorithm to use to when decrypting the
     * object (for example, AES256). */
    const char *sse_customer_algorithm;
    /* SSECustomerKey: Specifies the customer-provided encryption key for Amazon S3
     * used to encrypt the data. This value is used to decrypt the object when
     * recovering it and must match the one used when storing the data. */
    const char *sse_customer_key;
    /* SSECustomerKeyMD5: Specifies the 128-bit MD5 digest of the encryption key
     * according to RFC 1321. Amazon S3 uses this header for a message integrity
     * check to ensure that the encryption key was transmitted without error. */
    const char *sse_customer_key_md5;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* PartNumber: Part number of the object being read. This is a positive integer
     * between 1 and 10,000. Effectively performs a 'ranged' GET request for the
     * part specified. */
    bool has_part_number;
    int32_t part_number;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
    /* ChecksumMode: To retrieve the checksum, this mode must be enabled. One of
     * enum awsc_s3_checksum_mode's values (as its string). */
    const char *checksum_mode;
    /* Where the response's streamed body goes: a file, a callback, or
     * (left zeroed) memory. Not sent. */
    struct awsc_sink body_sink;
};

/* GetObjectRetentionOutput */
struct awsc_s3_get_object_retention_output {
    /* Retention: The container element for an object's retention settings. */
    struct awsc_s3_object_lock_retention *retention;
};

/* GetObjectRetentionRequest */
struct awsc_s3_get_object_retention_input {
    /* Bucket: The bucket name containing the object whose retention settings you
     * want to retrieve. Required. */
    const char *bucket;
    /* Key: The key name for the object whose retention settings you want to
     * retrieve. Required. */
    const char *key;
    /* VersionId: The version ID for the object whose retention settings you want
     * to retrieve. */
    const char *version_id;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* GetObjectTaggingOutput */
struct awsc_s3_get_object_tagging_output {
    /* VersionId: The versionId of the object for which you got the tagging
     * information. */
    const char *version_id;
    /* TagSet: Contains the tag set. Required. */
    struct awsc_s3_tag_set tag_set;
};

/* GetObjectTaggingRequest */
struct awsc_s3_get_object_tagging_input {
    /* Bucket: The bucket name containing the object for which to get the tagging
     * information. Required. */
    const char *bucket;
    /* Key: Object key for which to get the tagging information. Required. */
    const char *key;
    /* VersionId: The versionId of the object for which to get the tagging
     * information. */
    const char *version_id;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
};

/* GetObjectTorrentOutput */
struct awsc_s3_get_object_torrent_output {
    /* Body: A Bencoded dictionary as defined by the BitTorrent specification */
    struct awsc_stream body;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
};

/* GetObjectTorrentRequest */
struct awsc_s3_get_object_torrent_input {
    /* Bucket: The name of the bucket containing the object for which to get the
     * torrent files. Required. */
    const char *bucket;
    /* Key: The object key for which to get the information. Required. */
    const char *key;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
    /* Where the response's streamed body goes: a file, a callback, or
     * (left zeroed) memory. Not sent. */
    struct awsc_sink body_sink;
};

/* GetPublicAccessBlockOutput */
struct awsc_s3_get_public_access_block_output {
    /* PublicAccessBlockConfiguration: The PublicAccessBlock configuration
     * currently in effect for this Amazon S3 bucket. */
    struct awsc_s3_public_access_block_configuration *public_access_block_configuration;
};

/* GetPublicAccessBlockRequest */
struct awsc_s3_get_public_access_block_input {
    /* Bucket: The name of the Amazon S3 bucket whose PublicAccessBlock
     * configuration you want to retrieve. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/*
 * Container for S3 Glacier job parameters.
 */
struct awsc_s3_glacier_job_parameters {
    /* Tier: Retrieval tier at which the restore will be processed. Required. One
     * of enum awsc_s3_tier's values (as its string). */
    const char *tier;
};

/*
 * Container for grant information.
 */
struct awsc_s3_grant {
    /* Grantee: The person being granted permissions. */
    struct awsc_s3_grantee *grantee;
    /* Permission: Specifies the permission given to the grantee. One of enum
     * awsc_s3_permission's values (as its string). */
    const char *permission;
};

/*
 * Container for the person being granted permissions.
 */
struct awsc_s3_grantee {
    /* DisplayName: Screen name of the grantee. */
    const char *display_name;
    /* EmailAddress: Email address of the grantee. Using email addresses to specify
     * a grantee is only supported in the following Amazon Web Services Regions: US
     * East (N. Virginia) US West (N. */
    const char *email_address;
    /* ID: The canonical user ID of the grantee. */
    const char *id;
    /* Type: Type of grantee Required. One of enum awsc_s3_type's values (as its
     * string). */
    const char *type;
    /* URI: URI of the grantee group. */
    const char *uri;
};

/* HeadBucketRequest */
struct awsc_s3_head_bucket_input {
    /* Bucket: The bucket name. When using this action with an access point, you
     * must direct requests to the access point hostname. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* HeadObjectOutput */
struct awsc_s3_head_object_output {
    /* DeleteMarker: Specifies whether the object retrieved was (true) or was not
     * (false) a Delete Marker. If false, this response header does not appear in
     * the response. */
    bool has_delete_marker;
    bool delete_marker;
    /* AcceptRanges: Indicates that a range of bytes was specified. */
    const char *accept_ranges;
    /* Expiration: If the object expiration is configured (see PUT Bucket
     * lifecycle), the response includes this header. It includes the expiry-date
     * and rule-id key-value pairs providing object expiration information. */
    const char *expiration;
    /* Restore: If the object is an archived object (an object whose storage class
     * is GLACIER), the response includes this header if either the archive
     * restoration is in progress (see RestoreObject or an archive ... */
    const char *restore;
    /* ArchiveStatus: The archive state of the head object. One of enum
     * awsc_s3_archive_status's values (as its string). */
    const char *archive_status;
    /* LastModified: Creation date of the object. */
    bool has_last_modified;
    struct awsc_timestamp last_modified;
    /* ContentLength: Size of the body in bytes. */
    bool has_content_length;
    int64_t content_length;
    /* ChecksumCRC32: The base64-encoded, 32-bit CRC32 checksum of the object. This
     * will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: The base64-encoded, 32-bit CRC32C checksum of the object.
     * This will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_crc32_c;
    /* ChecksumSHA1: The base64-encoded, 160-bit SHA-1 digest of the object. This
     * will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_sha1;
    /* ChecksumSHA256: The base64-encoded, 256-bit SHA-256 digest of the object.
     * This will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_sha256;
    /* ETag: An entity tag (ETag) is an opaque identifier assigned by a web server
     * to a specific version of a resource found at a URL. */
    const char *e_tag;
    /* MissingMeta: This is set to the number of metadata entries not returned in
     * x-amz-meta headers. This can happen if you create metadata using an API like
     * SOAP that supports more flexible metadata than the REST API. */
    bool has_missing_meta;
    int32_t missing_meta;
    /* VersionId: Version of the object. */
    const char *version_id;
    /* CacheControl: Specifies caching behavior along the request/reply chain. */
    const char *cache_control;
    /* ContentDisposition: Specifies presentational information for the object. */
    const char *content_disposition;
    /* ContentEncoding: Specifies what content encodings have been applied to the
     * object and thus what decoding mechanisms must be applied to obtain the
     * media-type referenced by the Content-Type header field. */
    const char *content_encoding;
    /* ContentLanguage: The language the content is in. */
    const char *content_language;
    /* ContentType: A standard MIME type describing the format of the object data. */
    const char *content_type;
    /* Expires: The date and time at which the object is no longer cacheable. */
    bool has_expires;
    struct awsc_timestamp expires;
    /* WebsiteRedirectLocation: If the bucket is configured as a website, redirects
     * requests for this object to another object in the same bucket or to an
     * external URL. */
    const char *website_redirect_location;
    /* ServerSideEncryption: If the object is stored using server-side encryption
     * either with an Amazon Web Services KMS key or an Amazon S3-managed
     * encryption key, the response includes this header with the value of the ...
     * One of enum awsc_s3_server_side_encryption's values (as its string). */
    const char *server_side_encryption;
    /* Metadata: A map of metadata to store with the object in S3. */
    struct awsc_s3_metadata metadata;
    /* SSECustomerAlgorithm: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header
     * confirming the encryption algorithm used. */
    const char *sse_customer_algorithm;
    /* SSECustomerKeyMD5: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header to
     * provide round-trip message integrity verification of the customer-provided
     * ... */
    const char *sse_customer_key_md5;
    /* SSEKMSKeyId: If present, specifies the ID of the Amazon Web Services Key
     * Management Service (Amazon Web Services KMS) symmetric customer managed key
     * that was used for the object. */
    const char *ssekms_key_id;
    /* BucketKeyEnabled: Indicates whether the object uses an S3 Bucket Key for
     * server-side encryption with Amazon Web Services KMS (SSE-KMS). */
    bool has_bucket_key_enabled;
    bool bucket_key_enabled;
    /* StorageClass: Provides storage class information of the object. Amazon S3
     * returns this header for all objects except for S3 Standard storage class
     * objects. One of enum awsc_s3_storage_class's values (as its string). */
    const char *storage_class;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
    /* ReplicationStatus: Amazon S3 can return this header if your request involves
     * a bucket that is either a source or a destination in a replication rule. One
     * of enum awsc_s3_replication_status's values (as its string). */
    const char *replication_status;
    /* PartsCount: The count of parts this object has. This value is only returned
     * if you specify partNumber in your request and the object was uploaded as a
     * multipart upload. */
    bool has_parts_count;
    int32_t parts_count;
    /* ObjectLockMode: The Object Lock mode, if any, that's in effect for this
     * object. This header is only returned if the requester has the
     * s3:GetObjectRetention permission. One of enum awsc_s3_object_lock_mode's
     * values (as its string). */
    const char *object_lock_mode;
    /* ObjectLockRetainUntilDate: The date and time when the Object Lock retention
     * period expires. This header is only returned if the requester has the
     * s3:GetObjectRetention permission. */
    bool has_object_lock_retain_until_date;
    struct awsc_timestamp object_lock_retain_until_date;
    /* ObjectLockLegalHoldStatus: Specifies whether a legal hold is in effect for
     * this object. This header is only returned if the requester has the
     * s3:GetObjectLegalHold permission. One of enum
     * awsc_s3_object_lock_legal_hold_status's values (as its string). */
    const char *object_lock_legal_hold_status;
};

/* HeadObjectRequest */
struct awsc_s3_head_object_input {
    /* Bucket: The name of the bucket containing the object. Required. */
    const char *bucket;
    /* IfMatch: Return the object only if its entity tag (ETag) is the same as the
     * one specified; otherwise, return a 412 (precondition failed) error. */
    const char *if_match;
    /* IfModifiedSince: Return the object only if it has been modified since the
     * specified time; otherwise, return a 304 (not modified) error. */
    bool has_if_modified_since;
    struct awsc_timestamp if_modified_since;
    /* IfNoneMatch: Return the object only if its entity tag (ETag) is different
     * from the one specified; otherwise, return a 304 (not modified) error. */
    const char *if_none_match;
    /* IfUnmodifiedSince: Return the object only if it has not been modified since
     * the specified time; otherwise, return a 412 (precondition failed) error. */
    bool has_if_unmodified_since;
    struct awsc_timestamp if_unmodified_since;
    /* Key: The object key. Required. */
    const char *key;
    /* Range: Because HeadObject returns only the metadata for an object, this
     * parameter has no effect. */
    const char *range;
    /* VersionId: VersionId used to reference a specific version of the object. */
    const char *version_id;
    /* SSECustomerAlgorithm: Specifies the algorithm to use to when encrypting the
     * object (for example, AES256). */
    const char *sse_customer_algorithm;
    /* SSECustomerKey: Specifies the customer-provided encryption key for Amazon S3
     * to use in encrypting data. This value is used to store the object and then
     * it is discarded; Amazon S3 does not store the encryption key. */
    const char *sse_customer_key;
    /* SSECustomerKeyMD5: Specifies the 128-bit MD5 digest of the encryption key
     * according to RFC 1321. Amazon S3 uses this header for a message integrity
     * check to ensure that the encryption key was transmitted without error. */
    const char *sse_customer_key_md5;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* PartNumber: Part number of the object being read. This is a positive integer
     * between 1 and 10,000. Effectively performs a 'ranged' HEAD request for the
     * part specified. */
    bool has_part_number;
    int32_t part_number;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
    /* ChecksumMode: To retrieve the checksum, this parameter must be enabled. One
     * of enum awsc_s3_checksum_mode's values (as its string). */
    const char *checksum_mode;
};

/*
 * Container for the Suffix element.
 */
struct awsc_s3_index_document {
    /* Suffix: A suffix that is appended to a request that is for a directory on
     * the website endpoint (for example,if the suffix is index.html and you make a
     * request to samplebucket/images/ the data that is ... Required. */
    const char *suffix;
};

/*
 * Container element that identifies who initiated the multipart upload.
 */
struct awsc_s3_initiator {
    /* ID: If the principal is an Amazon Web Services account, it provides the
     * Canonical User ID. If the principal is an IAM User, it provides a user ARN
     * value. */
    const char *id;
    /* DisplayName: Name of the Principal. */
    const char *display_name;
};

/*
 * Describes the serialization format of the object.
 */
struct awsc_s3_input_serialization {
    /* CSV: Describes the serialization of a CSV-encoded object. */
    struct awsc_s3_csv_input *csv;
    /* CompressionType: Specifies object's compression format. Valid values: NONE,
     * GZIP, BZIP2. Default Value: NONE. One of enum awsc_s3_compression_type's
     * values (as its string). */
    const char *compression_type;
    /* JSON: Specifies JSON as object's input serialization format. */
    struct awsc_s3_json_input *json;
    /* Parquet: Specifies Parquet as object's input serialization format. */
    struct awsc_s3_parquet_input *parquet;
};

/*
 * A container for specifying S3 Intelligent-Tiering filters. The filters
 * determine the subset of objects to which the rule applies.
 */
struct awsc_s3_intelligent_tiering_and_operator {
    /* Prefix: An object key name prefix that identifies the subset of objects to
     * which the configuration applies. */
    const char *prefix;
    /* Tags: All of these tags must exist in the object's tag set in order for the
     * configuration to apply. */
    struct awsc_s3_tag_set tags;
};

/*
 * Specifies the S3 Intelligent-Tiering configuration for an Amazon S3 bucket.
 */
struct awsc_s3_intelligent_tiering_configuration {
    /* Id: The ID used to identify the S3 Intelligent-Tiering configuration.
     * Required. */
    const char *id;
    /* Filter: Specifies a bucket filter. The configuration only includes objects
     * that meet the filter's criteria. */
    struct awsc_s3_intelligent_tiering_filter *filter;
    /* Status: Specifies the status of the configuration. Required. One of enum
     * awsc_s3_intelligent_tiering_status's values (as its string). */
    const char *status;
    /* Tierings: Specifies the S3 Intelligent-Tiering storage class tier of the
     * configuration. Required. */
    struct awsc_s3_tiering_list tierings;
};

/*
 * The Filter is used to identify objects that the S3 Intelligent-Tiering
 * configuration applies to.
 */
struct awsc_s3_intelligent_tiering_filter {
    /* Prefix: An object key name prefix that identifies the subset of objects to
     * which the rule applies. */
    const char *prefix;
    /* Tag: */
    struct awsc_s3_tag *tag;
    /* And: A conjunction (logical AND) of predicates, which is used in evaluating
     * a metrics filter. */
    struct awsc_s3_intelligent_tiering_and_operator *and;
};

/*
 * Object is archived and inaccessible until restored.
 */
struct awsc_s3_invalid_object_state {
    /* StorageClass:  One of enum awsc_s3_storage_class's values (as its string). */
    const char *storage_class;
    /* AccessTier:  One of enum awsc_s3_intelligent_tiering_access_tier's values
     * (as its string). */
    const char *access_tier;
};

/*
 * Specifies the inventory configuration for an Amazon S3 bucket. For more
 * information, see GET Bucket inventory in the Amazon S3 API Reference .
 */
struct awsc_s3_inventory_configuration {
    /* Destination: Contains information about where to publish the inventory
     * results. Required. */
    struct awsc_s3_inventory_destination *destination;
    /* IsEnabled: Specifies whether the inventory is enabled or disabled. If set to
     * True , an inventory list is generated. If set to False , no inventory list
     * is generated. Required. */
    bool has_is_enabled;
    bool is_enabled;
    /* Filter: Specifies an inventory filter. The inventory only includes objects
     * that meet the filter's criteria. */
    struct awsc_s3_inventory_filter *filter;
    /* Id: The ID used to identify the inventory configuration. Required. */
    const char *id;
    /* IncludedObjectVersions: Object versions to include in the inventory list. If
     * set to All , the list includes all the object versions, which adds the
     * version-related fields VersionId , IsLatest , and DeleteMarker to the list.
     * Required. One of enum awsc_s3_inventory_included_object_versions's values
     * (as its string). */
    const char *included_object_versions;
    /* OptionalFields: Contains the optional fields that are included in the
     * inventory results. */
    struct awsc_s3_inventory_optional_fields optional_fields;
    /* Schedule: Specifies the schedule for generating inventory results. Required. */
    struct awsc_s3_inventory_schedule *schedule;
};

/*
 * Specifies the inventory configuration for an Amazon S3 bucket.
 */
struct awsc_s3_inventory_destination {
    /* S3BucketDestination: Contains the bucket name, file format, bucket owner
     * (optional), and prefix (optional) where inventory results are published.
     * Required. */
    struct awsc_s3_inventory_s3_bucket_destination *s3_bucket_destination;
};

/*
 * Contains the type of server-side encryption used to encrypt the inventory
 * results.
 */
struct awsc_s3_inventory_encryption {
    /* SSES3: Specifies the use of SSE-S3 to encrypt delivered inventory reports. */
    struct awsc_s3_sses3 *sses3;
    /* SSEKMS: Specifies the use of SSE-KMS to encrypt delivered inventory reports. */
    struct awsc_s3_ssekms *ssekms;
};

/*
 * Specifies an inventory filter. The inventory only includes objects that meet
 * the filter's criteria.
 */
struct awsc_s3_inventory_filter {
    /* Prefix: The prefix that an object must have to be included in the inventory
     * results. Required. */
    const char *prefix;
};

/*
 * Contains the bucket name, file format, bucket owner (optional), and prefix
 * (optional) where inventory results are published.
 */
struct awsc_s3_inventory_s3_bucket_destination {
    /* AccountId: The account ID that owns the destination S3 bucket. If no account
     * ID is provided, the owner is not validated before exporting data. */
    const char *account_id;
    /* Bucket: The Amazon Resource Name (ARN) of the bucket where inventory results
     * will be published. Required. */
    const char *bucket;
    /* Format: Specifies the output format of the inventory results. Required. One
     * of enum awsc_s3_inventory_format's values (as its string). */
    const char *format;
    /* Prefix: The prefix that is prepended to all inventory results. */
    const char *prefix;
    /* Encryption: Contains the type of server-side encryption used to encrypt the
     * inventory results. */
    struct awsc_s3_inventory_encryption *encryption;
};

/*
 * Specifies the schedule for generating inventory results.
 */
struct awsc_s3_inventory_schedule {
    /* Frequency: Specifies how frequently inventory results are produced.
     * Required. One of enum awsc_s3_inventory_frequency's values (as its string). */
    const char *frequency;
};

/*
 * Specifies JSON as object's input serialization format.
 */
struct awsc_s3_json_input {
    /* Type: The type of JSON. Valid values: Document, Lines. One of enum
     * awsc_s3_json_type's values (as its string). */
    const char *type;
};

/*
 * Specifies JSON as request's output serialization format.
 */
struct awsc_s3_json_output {
    /* RecordDelimiter: The value used to separate individual records in the
     * output. If no value is specified, Amazon S3 uses a newline character ('\n'). */
    const char *record_delimiter;
};

/*
 * A container for specifying the configuration for Lambda notifications.
 */
struct awsc_s3_lambda_function_configuration {
    /* Id: */
    const char *id;
    /* LambdaFunctionArn: The Amazon Resource Name (ARN) of the Lambda function
     * that Amazon S3 invokes when the specified event type occurs. Required. */
    const char *lambda_function_arn;
    /* Events: The Amazon S3 bucket event for which to invoke the Lambda function.
     * For more information, see Supported Event Types in the Amazon S3 User Guide
     * . Required. */
    struct awsc_s3_event_list events;
    /* Filter: */
    struct awsc_s3_notification_configuration_filter *filter;
};

/*
 * Container for lifecycle rules. You can add as many as 1000 rules.
 */
struct awsc_s3_lifecycle_configuration {
    /* Rules: Specifies lifecycle configuration rules for an Amazon S3 bucket.
     * Required. */
    struct awsc_s3_rules rules;
};

/*
 * Container for the expiration for the lifecycle of the object.
 */
struct awsc_s3_lifecycle_expiration {
    /* Date: Indicates at what date the object is to be moved or deleted. Should be
     * in GMT ISO 8601 Format. */
    bool has_date;
    struct awsc_timestamp date;
    /* Days: Indicates the lifetime, in days, of the objects that are subject to
     * the rule. The value must be a non-zero positive integer. */
    bool has_days;
    int32_t days;
    /* ExpiredObjectDeleteMarker: Indicates whether Amazon S3 will remove a delete
     * marker with no noncurrent versions. If set to true, the delete marker will
     * be expired; if set to false the policy takes no action. */
    bool has_expired_object_delete_marker;
    bool expired_object_delete_marker;
};

/*
 * A lifecycle rule for individual objects in an Amazon S3 bucket.
 */
struct awsc_s3_lifecycle_rule {
    /* Expiration: Specifies the expiration for the lifecycle of the object in the
     * form of date, days and, whether the object has a delete marker. */
    struct awsc_s3_lifecycle_expiration *expiration;
    /* ID: Unique identifier for the rule. The value cannot be longer than 255
     * characters. */
    const char *id;
    /* Prefix: Prefix identifying one or more objects to which the rule applies.
     * This is no longer used; use Filter instead. */
    const char *prefix;
    /* Filter: The Filter is used to identify objects that a Lifecycle Rule applies
     * to. A Filter must have exactly one of Prefix , Tag , or And specified. */
    struct awsc_s3_lifecycle_rule_filter *filter;
    /* Status: If 'Enabled', the rule is currently being applied. If 'Disabled',
     * the rule is not currently being applied. Required. One of enum
     * awsc_s3_expiration_status's values (as its string). */
    const char *status;
    /* Transitions: Specifies when an Amazon S3 object transitions to a specified
     * storage class. */
    struct awsc_s3_transition_list transitions;
    /* NoncurrentVersionTransitions: Specifies the transition rule for the
     * lifecycle rule that describes when noncurrent objects transition to a
     * specific storage class. */
    struct awsc_s3_noncurrent_version_transition_list noncurrent_version_transitions;
    /* NoncurrentVersionExpiration: */
    struct awsc_s3_noncurrent_version_expiration *noncurrent_version_expiration;
    /* AbortIncompleteMultipartUpload: */
    struct awsc_s3_abort_incomplete_multipart_upload *abort_incomplete_multipart_upload;
};

/*
 * This is used in a Lifecycle Rule Filter to apply a logical AND to two or
 * more predicates. The Lifecycle Rule will apply to any object matching all of
 * the predicates configured inside the And operator.
 */
struct awsc_s3_lifecycle_rule_and_operator {
    /* Prefix: Prefix identifying one or more objects to which the rule applies. */
    const char *prefix;
    /* Tags: All of these tags must exist in the object's tag set in order for the
     * rule to apply. */
    struct awsc_s3_tag_set tags;
    /* ObjectSizeGreaterThan: Minimum object size to which the rule applies. */
    bool has_object_size_greater_than;
    int64_t object_size_greater_than;
    /* ObjectSizeLessThan: Maximum object size to which the rule applies. */
    bool has_object_size_less_than;
    int64_t object_size_less_than;
};

/*
 * The Filter is used to identify objects that a Lifecycle Rule applies to. A
 * Filter must have exactly one of Prefix , Tag , or And specified.
 */
struct awsc_s3_lifecycle_rule_filter {
    /* Prefix: Prefix identifying one or more objects to which the rule applies.
     * Replacement must be made for object keys containing special characters (such
     * as carriage returns) when using XML requests. */
    const char *prefix;
    /* Tag: This tag must exist in the object's tag set in order for the rule to
     * apply. */
    struct awsc_s3_tag *tag;
    /* ObjectSizeGreaterThan: Minimum object size to which the rule applies. */
    bool has_object_size_greater_than;
    int64_t object_size_greater_than;
    /* ObjectSizeLessThan: Maximum object size to which the rule applies. */
    bool has_object_size_less_than;
    int64_t object_size_less_than;
    /* And: */
    struct awsc_s3_lifecycle_rule_and_operator *and;
};

/* ListBucketAnalyticsConfigurationsOutput */
struct awsc_s3_list_bucket_analytics_configurations_output {
    /* IsTruncated: Indicates whether the returned list of analytics configurations
     * is complete. */
    bool has_is_truncated;
    bool is_truncated;
    /* ContinuationToken: The marker that is used as a starting point for this
     * analytics configuration list response. This value is present if it was sent
     * in the request. */
    const char *continuation_token;
    /* NextContinuationToken: NextContinuationToken is sent when isTruncated is
     * true, which indicates that there are more analytics configurations to list.
     * The next request must include this NextContinuationToken . */
    const char *next_continuation_token;
    /* AnalyticsConfigurationList: The list of analytics configurations for a
     * bucket. */
    struct awsc_s3_analytics_configuration_list analytics_configuration_list;
};

/* ListBucketAnalyticsConfigurationsRequest */
struct awsc_s3_list_bucket_analytics_configurations_input {
    /* Bucket: The name of the bucket from which analytics configurations are
     * retrieved. Required. */
    const char *bucket;
    /* ContinuationToken: The ContinuationToken that represents a placeholder from
     * where this request should begin. */
    const char *continuation_token;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* ListBucketIntelligentTieringConfigurationsOutput */
struct awsc_s3_list_bucket_intelligent_tiering_configurations_output {
    /* IsTruncated: Indicates whether the returned list of analytics configurations
     * is complete. */
    bool has_is_truncated;
    bool is_truncated;
    /* ContinuationToken: The ContinuationToken that represents a placeholder from
     * where this request should begin. */
    const char *continuation_token;
    /* NextContinuationToken: The marker used to continue this inventory
     * configuration listing. Use the NextContinuationToken from this response to
     * continue the listing in a subsequent request. */
    const char *next_continuation_token;
    /* IntelligentTieringConfigurationList: The list of S3 Intelligent-Tiering
     * configurations for a bucket. */
    struct awsc_s3_intelligent_tiering_configuration_list intelligent_tiering_configuration_list;
};

/* ListBucketIntelligentTieringConfigurationsRequest */
struct awsc_s3_list_bucket_intelligent_tiering_configurations_input {
    /* Bucket: The name of the Amazon S3 bucket whose configuration you want to
     * modify or retrieve. Required. */
    const char *bucket;
    /* ContinuationToken: The ContinuationToken that represents a placeholder from
     * where this request should begin. */
    const char *continuation_token;
};

/* ListBucketInventoryConfigurationsOutput */
struct awsc_s3_list_bucket_inventory_configurations_output {
    /* ContinuationToken: If sent in the request, the marker that is used as a
     * starting point for this inventory configuration list response. */
    const char *continuation_token;
    /* InventoryConfigurationList: The list of inventory configurations for a
     * bucket. */
    struct awsc_s3_inventory_configuration_list inventory_configuration_list;
    /* IsTruncated: Tells whether the returned list of inventory configurations is
     * complete. A value of true indicates that the list is not complete and the
     * NextContinuationToken is provided for a subsequent request. */
    bool has_is_truncated;
    bool is_truncated;
    /* NextContinuationToken: The marker used to continue this inventory
     * configuration listing. Use the NextContinuationToken from this response to
     * continue the listing in a subsequent request. */
    const char *next_continuation_token;
};

/* ListBucketInventoryConfigurationsRequest */
struct awsc_s3_list_bucket_inventory_configurations_input {
    /* Bucket: The name of the bucket containing the inventory configurations to
     * retrieve. Required. */
    const char *bucket;
    /* ContinuationToken: The marker used to continue an inventory configuration
     * listing that has been truncated. Use the NextContinuationToken from a
     * previously truncated list response to continue the listing. */
    const char *continuation_token;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* ListBucketMetricsConfigurationsOutput */
struct awsc_s3_list_bucket_metrics_configurations_output {
    /* IsTruncated: Indicates whether the returned list of metrics configurations
     * is complete. */
    bool has_is_truncated;
    bool is_truncated;
    /* ContinuationToken: The marker that is used as a starting point for this
     * metrics configuration list response. This value is present if it was sent in
     * the request. */
    const char *continuation_token;
    /* NextContinuationToken: The marker used to continue a metrics configuration
     * listing that has been truncated. Use the NextContinuationToken from a
     * previously truncated list response to continue the listing. */
    const char *next_continuation_token;
    /* MetricsConfigurationList: The list of metrics configurations for a bucket. */
    struct awsc_s3_metrics_configuration_list metrics_configuration_list;
};

/* ListBucketMetricsConfigurationsRequest */
struct awsc_s3_list_bucket_metrics_configurations_input {
    /* Bucket: The name of the bucket containing the metrics configurations to
     * retrieve. Required. */
    const char *bucket;
    /* ContinuationToken: The marker that is used to continue a metrics
     * configuration listing that has been truncated. Use the NextContinuationToken
     * from a previously truncated list response to continue the listing. */
    const char *continuation_token;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* ListBucketsOutput */
struct awsc_s3_list_buckets_output {
    /* Buckets: The list of buckets owned by the requester. */
    struct awsc_s3_buckets buckets;
    /* Owner: The owner of the buckets listed. */
    struct awsc_s3_owner *owner;
};

/* ListMultipartUploadsOutput */
struct awsc_s3_list_multipart_uploads_output {
    /* Bucket: The name of the bucket to which the multipart upload was initiated.
     * Does not return the access point ARN or access point alias if used. */
    const char *bucket;
    /* KeyMarker: The key at or after which the listing began. */
    const char *key_marker;
    /* UploadIdMarker: Upload ID after which listing began. */
    const char *upload_id_marker;
    /* NextKeyMarker: When a list is truncated, this element specifies the value
     * that should be used for the key-marker request parameter in a subsequent
     * request. */
    const char *next_key_marker;
    /* Prefix: When a prefix is provided in the request, this field contains the
     * specified prefix. The result contains only keys starting with the specified
     * prefix. */
    const char *prefix;
    /* Delimiter: Contains the delimiter you specified in the request. If you don't
     * specify a delimiter in your request, this element is absent from the
     * response. */
    const char *delimiter;
    /* NextUploadIdMarker: When a list is truncated, this element specifies the
     * value that should be used for the upload-id-marker request parameter in a
     * subsequent request. */
    const char *next_upload_id_marker;
    /* MaxUploads: Maximum number of multipart uploads that could have been
     * included in the response. */
    bool has_max_uploads;
    int32_t max_uploads;
    /* IsTruncated: Indicates whether the returned list of multipart uploads is
     * truncated. A value of true indicates that the list was truncated. */
    bool has_is_truncated;
    bool is_truncated;
    /* Uploads: Container for elements related to a particular multipart upload. A
     * response can contain zero or more Upload elements. */
    struct awsc_s3_multipart_upload_list uploads;
    /* CommonPrefixes: If you specify a delimiter in the request, then the result
     * returns each distinct key prefix containing the delimiter in a
     * CommonPrefixes element. */
    struct awsc_s3_common_prefix_list common_prefixes;
    /* EncodingType: Encoding type used by Amazon S3 to encode object keys in the
     * response. One of enum awsc_s3_encoding_type's values (as its string). */
    const char *encoding_type;
};

/* ListMultipartUploadsRequest */
struct awsc_s3_list_multipart_uploads_input {
    /* Bucket: The name of the bucket to which the multipart upload was initiated.
     * Required. */
    const char *bucket;
    /* Delimiter: Character you use to group keys. All keys that contain the same
     * string between the prefix, if specified, and the first occurrence of the
     * delimiter after the prefix are grouped under a single result ... */
    const char *delimiter;
    /* EncodingType:  One of enum awsc_s3_encoding_type's values (as its string). */
    const char *encoding_type;
    /* KeyMarker: Together with upload-id-marker, this parameter specifies the
     * multipart upload after which listing should begin. */
    const char *key_marker;
    /* MaxUploads: Sets the maximum number of multipart uploads, from 1 to 1,000,
     * to return in the response body. 1,000 is the maximum number of uploads that
     * can be returned in a response. */
    bool has_max_uploads;
    int32_t max_uploads;
    /* Prefix: Lists in-progress uploads only for those keys that begin with the
     * specified prefix. You can use prefixes to separate a bucket into different
     * grouping of keys. */
    const char *prefix;
    /* UploadIdMarker: Together with key-marker, specifies the multipart upload
     * after which listing should begin. If key-marker is not specified, the
     * upload-id-marker parameter is ignored. */
    const char *upload_id_marker;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* ListObjectVersionsOutput */
struct awsc_s3_list_object_versions_output {
    /* IsTruncated: A flag that indicates whether Amazon S3 returned all of the
     * results that satisfied the search criteria. */
    bool has_is_truncated;
    bool is_truncated;
    /* KeyMarker: Marks the last key returned in a truncated response. */
    const char *key_marker;
    /* VersionIdMarker: Marks the last version of the key returned in a truncated
     * response. */
    const char *version_id_marker;
    /* NextKeyMarker: When the number of responses exceeds the value of MaxKeys ,
     * NextKeyMarker specifies the first key not returned that satisfies the search
     * criteria. */
    const char *next_key_marker;
    /* NextVersionIdMarker: When the number of responses exceeds the value of
     * MaxKeys , NextVersionIdMarker specifies the first object version not
     * returned that satisfies the search criteria. */
    const char *next_version_id_marker;
    /* Versions: Container for version information. */
    struct awsc_s3_object_version_list versions;
    /* DeleteMarkers: Container for an object that is a delete marker. */
    struct awsc_s3_delete_markers delete_markers;
    /* Name: The bucket name. */
    const char *name;
    /* Prefix: Selects objects that start with the value supplied by this
     * parameter. */
    const char *prefix;
    /* Delimiter: The delimiter grouping the included keys. A delimiter is a
     * character that you specify to group keys. */
    const char *delimiter;
    /* MaxKeys: Specifies the maximum number of objects to return. */
    bool has_max_keys;
    int32_t max_keys;
    /* CommonPrefixes: All of the keys rolled up into a common prefix count as a
     * single return when calculating the number of returns. */
    struct awsc_s3_common_prefix_list common_prefixes;
    /* EncodingType: Encoding type used by Amazon S3 to encode object key names in
     * the XML response. One of enum awsc_s3_encoding_type's values (as its
     * string). */
    const char *encoding_type;
};

/* ListObjectVersionsRequest */
struct awsc_s3_list_object_versions_input {
    /* Bucket: The bucket name that contains the objects. Required. */
    const char *bucket;
    /* Delimiter: A delimiter is a character that you specify to group keys. All
     * keys that contain the same string between the prefix and the first
     * occurrence of the delimiter are grouped under a single result element ... */
    const char *delimiter;
    /* EncodingType:  One of enum awsc_s3_encoding_type's values (as its string). */
    const char *encoding_type;
    /* KeyMarker: Specifies the key to start with when listing objects in a bucket. */
    const char *key_marker;
    /* MaxKeys: Sets the maximum number of keys returned in the response. By
     * default the action returns up to 1,000 key names. The response might contain
     * fewer keys but will never contain more. */
    bool has_max_keys;
    int32_t max_keys;
    /* Prefix: Use this parameter to select only those keys that begin with the
     * specified prefix. You can use prefixes to separate a bucket into different
     * groupings of keys. */
    const char *prefix;
    /* VersionIdMarker: Specifies the object version you want to start listing
     * from. */
    const char *version_id_marker;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* ListObjectsOutput */
struct awsc_s3_list_objects_output {
    /* IsTruncated: A flag that indicates whether Amazon S3 returned all of the
     * results that satisfied the search criteria. */
    bool has_is_truncated;
    bool is_truncated;
    /* Marker: Indicates where in the bucket listing begins. Marker is included in
     * the response if it was sent with the request. */
    const char *marker;
    /* NextMarker: When response is truncated (the IsTruncated element value in the
     * response is true), you can use the key name in this field as marker in the
     * subsequent request to get next set of objects. */
    const char *next_marker;
    /* Contents: Metadata about each object returned. */
    struct awsc_s3_object_list contents;
    /* Name: The bucket name. */
    const char *name;
    /* Prefix: Keys that begin with the indicated prefix. */
    const char *prefix;
    /* Delimiter: Causes keys that contain the same string between the prefix and
     * the first occurrence of the delimiter to be rolled up into a single result
     * element in the CommonPrefixes collection. */
    const char *delimiter;
    /* MaxKeys: The maximum number of keys returned in the response body. */
    bool has_max_keys;
    int32_t max_keys;
    /* CommonPrefixes: All of the keys (up to 1,000) rolled up in a common prefix
     * count as a single return when calculating the number of returns. */
    struct awsc_s3_common_prefix_list common_prefixes;
    /* EncodingType: Encoding type used by Amazon S3 to encode object keys in the
     * response. One of enum awsc_s3_encoding_type's values (as its string). */
    const char *encoding_type;
};

/* ListObjectsRequest */
struct awsc_s3_list_objects_input {
    /* Bucket: The name of the bucket containing the objects. Required. */
    const char *bucket;
    /* Delimiter: A delimiter is a character you use to group keys. */
    const char *delimiter;
    /* EncodingType:  One of enum awsc_s3_encoding_type's values (as its string). */
    const char *encoding_type;
    /* Marker: Marker is where you want Amazon S3 to start listing from. Amazon S3
     * starts listing after this specified key. Marker can be any key in the
     * bucket. */
    const char *marker;
    /* MaxKeys: Sets the maximum number of keys returned in the response. By
     * default the action returns up to 1,000 key names. The response might contain
     * fewer keys but will never contain more. */
    bool has_max_keys;
    int32_t max_keys;
    /* Prefix: Limits the response to keys that begin with the specified prefix. */
    const char *prefix;
    /* RequestPayer: Confirms that the requester knows that she or he will be
     * charged for the list objects request. Bucket owners need not specify this
     * parameter in their requests. One of enum awsc_s3_request_payer's values (as
     * its string). */
    const char *request_payer;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* ListObjectsV2Output */
struct awsc_s3_list_objects_v2_output {
    /* IsTruncated: Set to false if all of the results were returned. Set to true
     * if more keys are available to return. */
    bool has_is_truncated;
    bool is_truncated;
    /* Contents: Metadata about each object returned. */
    struct awsc_s3_object_list contents;
    /* Name: The bucket name. When using this action with an access point, you must
     * direct requests to the access point hostname. */
    const char *name;
    /* Prefix: Keys that begin with the indicated prefix. */
    const char *prefix;
    /* Delimiter: Causes keys that contain the same string between the prefix and
     * the first occurrence of the delimiter to be rolled up into a single result
     * element in the CommonPrefixes collection. */
    const char *delimiter;
    /* MaxKeys: Sets the maximum number of keys returned in the response. By
     * default the action returns up to 1,000 key names. The response might contain
     * fewer keys but will never contain more. */
    bool has_max_keys;
    int32_t max_keys;
    /* CommonPrefixes: All of the keys (up to 1,000) rolled up into a common prefix
     * count as a single return when calculating the number of returns. */
    struct awsc_s3_common_prefix_list common_prefixes;
    /* EncodingType: Encoding type used by Amazon S3 to encode object key names in
     * the XML response. One of enum awsc_s3_encoding_type's values (as its
     * string). */
    const char *encoding_type;
    /* KeyCount: KeyCount is the number of keys returned with this request.
     * KeyCount will always be less than or equals to MaxKeys field. Say you ask
     * for 50 keys, your result will include less than equals 50 keys */
    bool has_key_count;
    int32_t key_count;
    /* ContinuationToken: If ContinuationToken was sent with the request, it is
     * included in the response. */
    const char *continuation_token;
    /* NextContinuationToken: NextContinuationToken is sent when isTruncated is
     * true, which means there are more keys in the bucket that can be listed. */
    const char *next_continuation_token;
    /* StartAfter: If StartAfter was sent with the request, it is included in the
     * response. */
    const char *start_after;
};

/* ListObjectsV2Request */
struct awsc_s3_list_objects_v2_input {
    /* Bucket: Bucket name to list. When using this action with an access point,
     * you must direct requests to the access point hostname. Required. */
    const char *bucket;
    /* Delimiter: A delimiter is a character you use to group keys. */
    const char *delimiter;
    /* EncodingType: Encoding type used by Amazon S3 to encode object keys in the
     * response. One of enum awsc_s3_encoding_type's values (as its string). */
    const char *encoding_type;
    /* MaxKeys: Sets the maximum number of keys returned in the response. By
     * default the action returns up to 1,000 key names. The response might contain
     * fewer keys but will never contain more. */
    bool has_max_keys;
    int32_t max_keys;
    /* Prefix: Limits the response to keys that begin with the specified prefix. */
    const char *prefix;
    /* ContinuationToken: ContinuationToken indicates Amazon S3 that the list is
     * being continued on this bucket with a token. ContinuationToken is obfuscated
     * and is not a real key. */
    const char *continuation_token;
    /* FetchOwner: The owner field is not present in listV2 by default, if you want
     * to return owner field with each key in the result then set the fetch owner
     * field to true. */
    bool has_fetch_owner;
    bool fetch_owner;
    /* StartAfter: StartAfter is where you want Amazon S3 to start listing from.
     * Amazon S3 starts listing after this specified key. StartAfter can be any key
     * in the bucket. */
    const char *start_after;
    /* RequestPayer: Confirms that the requester knows that she or he will be
     * charged for the list objects request in V2 style. Bucket owners need not
     * specify this parameter in their requests. One of enum
     * awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* ListPartsOutput */
struct awsc_s3_list_parts_output {
    /* AbortDate: If the bucket has a lifecycle rule configured with an action to
     * abort incomplete multipart uploads and the prefix in the lifecycle rule
     * matches the object name in the request, then the response ... */
    bool has_abort_date;
    struct awsc_timestamp abort_date;
    /* AbortRuleId: This header is returned along with the x-amz-abort-date header.
     * It identifies applicable lifecycle configuration rule that defines the
     * action to abort incomplete multipart uploads. */
    const char *abort_rule_id;
    /* Bucket: The name of the bucket to which the multipart upload was initiated.
     * Does not return the access point ARN or access point alias if used. */
    const char *bucket;
    /* Key: Object key for which the multipart upload was initiated. */
    const char *key;
    /* UploadId: Upload ID identifying the multipart upload whose parts are being
     * listed. */
    const char *upload_id;
    /* PartNumberMarker: When a list is truncated, this element specifies the last
     * part in the list, as well as the value to use for the part-number-marker
     * request parameter in a subsequent request. */
    bool has_part_number_marker;
    int32_t part_number_marker;
    /* NextPartNumberMarker: When a list is truncated, this element specifies the
     * last part in the list, as well as the value to use for the
     * part-number-marker request parameter in a subsequent request. */
    bool has_next_part_number_marker;
    int32_t next_part_number_marker;
    /* MaxParts: Maximum number of parts that were allowed in the response. */
    bool has_max_parts;
    int32_t max_parts;
    /* IsTruncated: Indicates whether the returned list of parts is truncated. A
     * true value indicates that the list was truncated. */
    bool has_is_truncated;
    bool is_truncated;
    /* Parts: Container for elements related to a particular part. A response can
     * contain zero or more Part elements. */
    struct awsc_s3_parts parts;
    /* Initiator: Container element that identifies who initiated the multipart
     * upload. If the initiator is an Amazon Web Services account, this element
     * provides the same information as the Owner element. */
    struct awsc_s3_initiator *initiator;
    /* Owner: Container element that identifies the object owner, after the object
     * is created. If multipart upload is initiated by an IAM user, this element
     * provides the parent account ID and display name. */
    struct awsc_s3_owner *owner;
    /* StorageClass: Class of storage (STANDARD or REDUCED_REDUNDANCY) used to
     * store the uploaded object. One of enum awsc_s3_storage_class's values (as
     * its string). */
    const char *storage_class;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
    /* ChecksumAlgorithm: The algorithm that was used to create a checksum of the
     * object. One of enum awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
};

/* ListPartsRequest */
struct awsc_s3_list_parts_input {
    /* Bucket: The name of the bucket to which the parts are being uploaded.
     * Required. */
    const char *bucket;
    /* Key: Object key for which the multipart upload was initiated. Required. */
    const char *key;
    /* MaxParts: Sets the maximum number of parts to return. */
    bool has_max_parts;
    int32_t max_parts;
    /* PartNumberMarker: Specifies the part after which listing should begin. Only
     * parts with higher part numbers will be listed. */
    bool has_part_number_marker;
    int32_t part_number_marker;
    /* UploadId: Upload ID identifying the multipart upload whose parts are being
     * listed. Required. */
    const char *upload_id;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
    /* SSECustomerAlgorithm: The server-side encryption (SSE) algorithm used to
     * encrypt the object. This parameter is needed only when the object was
     * created using a checksum algorithm. */
    const char *sse_customer_algorithm;
    /* SSECustomerKey: The server-side encryption (SSE) customer managed key. This
     * parameter is needed only when the object was created using a checksum
     * algorithm. */
    const char *sse_customer_key;
    /* SSECustomerKeyMD5: The MD5 server-side encryption (SSE) customer managed
     * key. This parameter is needed only when the object was created using a
     * checksum algorithm. */
    const char *sse_customer_key_md5;
};

/*
 * Describes where logs are stored and the prefix that Amazon S3 assigns to all
 * log object keys for a bucket. For more information, see PUT Bucket logging
 * in the Amazon S3 API Reference .
 */
struct awsc_s3_logging_enabled {
    /* TargetBucket: Specifies the bucket where you want Amazon S3 to store server
     * access logs. You can have your logs delivered to any bucket that you own,
     * including the same bucket that is being logged. Required. */
    const char *target_bucket;
    /* TargetGrants: Container for granting information. Buckets that use the
     * bucket owner enforced setting for Object Ownership don't support target
     * grants. */
    struct awsc_s3_target_grants target_grants;
    /* TargetPrefix: A prefix for all log object keys. If you store log files from
     * multiple Amazon S3 buckets in a single bucket, you can use a prefix to
     * distinguish which log files came from which bucket. Required. */
    const char *target_prefix;
};

/*
 * A metadata key-value pair to store with an object.
 */
struct awsc_s3_metadata_entry {
    /* Name: Name of the Object. */
    const char *name;
    /* Value: Value of the Object. */
    const char *value;
};

/*
 * A container specifying replication metrics-related settings enabling
 * replication metrics and events.
 */
struct awsc_s3_metrics {
    /* Status: Specifies whether the replication metrics are enabled. Required. One
     * of enum awsc_s3_metrics_status's values (as its string). */
    const char *status;
    /* EventThreshold: A container specifying the time threshold for emitting the
     * s3:Replication:OperationMissedThreshold event. */
    struct awsc_s3_replication_time_value *event_threshold;
};

/*
 * A conjunction (logical AND) of predicates, which is used in evaluating a
 * metrics filter. The operator must have at least two predicates, and an
 * object must match all of the predicates in order for the filter to apply.
 */
struct awsc_s3_metrics_and_operator {
    /* Prefix: The prefix used when evaluating an AND predicate. */
    const char *prefix;
    /* Tags: The list of tags used when evaluating an AND predicate. */
    struct awsc_s3_tag_set tags;
    /* AccessPointArn: The access point ARN used when evaluating an AND predicate. */
    const char *access_point_arn;
};

/*
 * Specifies a metrics configuration for the CloudWatch request metrics
 * (specified by the metrics configuration ID) from an Amazon S3 bucket. If
 * you're updating an existing metrics configuration, note that this is a full
 * replacement of the existing metrics configuration.
 */
struct awsc_s3_metrics_configuration {
    /* Id: The ID used to identify the metrics configuration. Required. */
    const char *id;
    /* Filter: Specifies a metrics configuration filter. The metrics configuration
     * will only include objects that meet the filter's criteria. */
    struct awsc_s3_metrics_filter *filter;
};

/*
 * Specifies a metrics configuration filter. The metrics configuration only
 * includes objects that meet the filter's criteria. A filter must be a prefix,
 * an object tag, an access point ARN, or a conjunction (MetricsAndOperator).
 * For more information, see PutBucketMetricsConfiguration .
 */
struct awsc_s3_metrics_filter {
    /* Prefix: The prefix used when evaluating a metrics filter. */
    const char *prefix;
    /* Tag: The tag used when evaluating a metrics filter. */
    struct awsc_s3_tag *tag;
    /* AccessPointArn: The access point ARN used when evaluating a metrics filter. */
    const char *access_point_arn;
    /* And: A conjunction (logical AND) of predicates, which is used in evaluating
     * a metrics filter. */
    struct awsc_s3_metrics_and_operator *and;
};

/*
 * Container for the MultipartUpload for the Amazon S3 object.
 */
struct awsc_s3_multipart_upload {
    /* UploadId: Upload ID that identifies the multipart upload. */
    const char *upload_id;
    /* Key: Key of the object for which the multipart upload was initiated. */
    const char *key;
    /* Initiated: Date and time at which the multipart upload was initiated. */
    bool has_initiated;
    struct awsc_timestamp initiated;
    /* StorageClass: The class of storage used to store the object. One of enum
     * awsc_s3_storage_class's values (as its string). */
    const char *storage_class;
    /* Owner: Specifies the owner of the object that is part of the multipart
     * upload. */
    struct awsc_s3_owner *owner;
    /* Initiator: Identifies who initiated the multipart upload. */
    struct awsc_s3_initiator *initiator;
    /* ChecksumAlgorithm: The algorithm that was used to create a checksum of the
     * object. One of enum awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
};

/*
 * The specified bucket does not exist.
 */
struct awsc_s3_no_such_bucket {
    char unused_; /* no members */
};

/*
 * The specified key does not exist.
 */
struct awsc_s3_no_such_key {
    char unused_; /* no members */
};

/*
 * The specified multipart upload does not exist.
 */
struct awsc_s3_no_such_upload {
    char unused_; /* no members */
};

/*
 * Specifies when noncurrent object versions expire. Upon expiration, Amazon S3
 * permanently deletes the noncurrent object versions.
 */
struct awsc_s3_noncurrent_version_expiration {
    /* NoncurrentDays: Specifies the number of days an object is noncurrent before
     * Amazon S3 can perform the associated action. The value must be a non-zero
     * positive integer. */
    bool has_noncurrent_days;
    int32_t noncurrent_days;
    /* NewerNoncurrentVersions: Specifies how many noncurrent versions Amazon S3
     * will retain. If there are this many more recent noncurrent versions, Amazon
     * S3 will take the associated action. */
    bool has_newer_noncurrent_versions;
    int32_t newer_noncurrent_versions;
};

/*
 * Container for the transition rule that describes when noncurrent objects
 * transition to the STANDARD_IA , ONEZONE_IA , INTELLIGENT_TIERING ,
 * GLACIER_IR , GLACIER , or DEEP_ARCHIVE storage class.
 */
struct awsc_s3_noncurrent_version_transition {
    /* NoncurrentDays: Specifies the number of days an object is noncurrent before
     * Amazon S3 can perform the associated action. */
    bool has_noncurrent_days;
    int32_t noncurrent_days;
    /* StorageClass: The class of storage used to store the object. One of enum
     * awsc_s3_transition_storage_class's values (as its string). */
    const char *storage_class;
    /* NewerNoncurrentVersions: Specifies how many noncurrent versions Amazon S3
     * will retain. If there are this many more recent noncurrent versions, Amazon
     * S3 will take the associated action. */
    bool has_newer_noncurrent_versions;
    int32_t newer_noncurrent_versions;
};

/*
 * A container for specifying the notification configuration of the bucket. If
 * this element is empty, notifications are turned off for the bucket.
 */
struct awsc_s3_notification_configuration {
    /* TopicConfigurations: The topic to which notifications are sent and the
     * events for which notifications are generated. */
    struct awsc_s3_topic_configuration_list topic_configurations;
    /* QueueConfigurations: The Amazon Simple Queue Service queues to publish
     * messages to and the events for which to publish messages. */
    struct awsc_s3_queue_configuration_list queue_configurations;
    /* LambdaFunctionConfigurations: Describes the Lambda functions to invoke and
     * the events for which to invoke them. */
    struct awsc_s3_lambda_function_configuration_list lambda_function_configurations;
    /* EventBridgeConfiguration: Enables delivery of events to Amazon EventBridge. */
    struct awsc_s3_event_bridge_configuration *event_bridge_configuration;
};

/* NotificationConfigurationDeprecated */
struct awsc_s3_notification_configuration_deprecated {
    /* TopicConfiguration: This data type is deprecated. A container for specifying
     * the configuration for publication of messages to an Amazon Simple
     * Notification Service (Amazon SNS) topic when Amazon S3 detects specified ... */
    struct awsc_s3_topic_configuration_deprecated *topic_configuration;
    /* QueueConfiguration: This data type is deprecated. This data type specifies
     * the configuration for publishing messages to an Amazon Simple Queue Service
     * (Amazon SQS) queue when Amazon S3 detects specified events. */
    struct awsc_s3_queue_configuration_deprecated *queue_configuration;
    /* CloudFunctionConfiguration: Container for specifying the Lambda notification
     * configuration. */
    struct awsc_s3_cloud_function_configuration *cloud_function_configuration;
};

/*
 * Specifies object key name filtering rules. For information about key name
 * filtering, see Configuring Event Notifications in the Amazon S3 User Guide .
 */
struct awsc_s3_notification_configuration_filter {
    /* Key: */
    struct awsc_s3_s3_key_filter *key;
};

/*
 * An object consists of data and its descriptive metadata.
 */
struct awsc_s3_object {
    /* Key: The name that you assign to an object. You use the object key to
     * retrieve the object. */
    const char *key;
    /* LastModified: Creation date of the object. */
    bool has_last_modified;
    struct awsc_timestamp last_modified;
    /* ETag: The entity tag is a hash of the object. The ETag reflects changes only
     * to the contents of an object, not its metadata. The ETag may or may not be
     * an MD5 digest of the object data. */
    const char *e_tag;
    /* ChecksumAlgorithm: The algorithm that was used to create a checksum of the
     * object. */
    struct awsc_s3_checksum_algorithm_list checksum_algorithm;
    /* Size: Size in bytes of the object */
    bool has_size;
    int32_t size;
    /* StorageClass: The class of storage used to store the object. One of enum
     * awsc_s3_object_storage_class's values (as its string). */
    const char *storage_class;
    /* Owner: The owner of the object */
    struct awsc_s3_owner *owner;
};

/*
 * This action is not allowed against this storage tier.
 */
struct awsc_s3_object_already_in_active_tier_error {
    char unused_; /* no members */
};

/*
 * Object Identifier is unique value to identify objects.
 */
struct awsc_s3_object_identifier {
    /* Key: Key name of the object. Replacement must be made for object keys
     * containing special characters (such as carriage returns) when using XML
     * requests. Required. */
    const char *key;
    /* VersionId: VersionId for the specific version of the object to delete. */
    const char *version_id;
};

/*
 * The container element for Object Lock configuration parameters.
 */
struct awsc_s3_object_lock_configuration {
    /* ObjectLockEnabled: Indicates whether this bucket has an Object Lock
     * configuration enabled. Enable ObjectLockEnabled when you apply
     * ObjectLockConfiguration to a bucket. One of enum
     * awsc_s3_object_lock_enabled's values (as its string). */
    const char *object_lock_enabled;
    /* Rule: Specifies the Object Lock rule for the specified object. Enable the
     * this rule when you apply ObjectLockConfiguration to a bucket. Bucket
     * settings require both a mode and a period. */
    struct awsc_s3_object_lock_rule *rule;
};

/*
 * A legal hold configuration for an object.
 */
struct awsc_s3_object_lock_legal_hold {
    /* Status: Indicates whether the specified object has a legal hold in place.
     * One of enum awsc_s3_object_lock_legal_hold_status's values (as its string). */
    const char *status;
};

/*
 * A Retention configuration for an object.
 */
struct awsc_s3_object_lock_retention {
    /* Mode: Indicates the Retention mode for the specified object. One of enum
     * awsc_s3_object_lock_retention_mode's values (as its string). */
    const char *mode;
    /* RetainUntilDate: The date on which this Object Lock Retention will expire. */
    bool has_retain_until_date;
    struct awsc_timestamp retain_until_date;
};

/*
 * The container element for an Object Lock rule.
 */
struct awsc_s3_object_lock_rule {
    /* DefaultRetention: The default Object Lock retention mode and period that you
     * want to apply to new objects placed in the specified bucket. Bucket settings
     * require both a mode and a period. */
    struct awsc_s3_default_retention *default_retention;
};

/*
 * The source object of the COPY action is not in the active tier and is only
 * stored in Amazon S3 Glacier.
 */
struct awsc_s3_object_not_in_active_tier_error {
    char unused_; /* no members */
};

/*
 * A container for elements related to an individual part.
 */
struct awsc_s3_object_part {
    /* PartNumber: The part number identifying the part. This value is a positive
     * integer between 1 and 10,000. */
    bool has_part_number;
    int32_t part_number;
    /* Size: The size of the uploaded part in bytes. */
    bool has_size;
    int32_t size;
    /* ChecksumCRC32: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: The base64-encoded, 32-bit CRC32C checksum of the object.
     * This will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_crc32_c;
    /* ChecksumSHA1: The base64-encoded, 160-bit SHA-1 digest of the object. This
     * will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_sha1;
    /* ChecksumSHA256: The base64-encoded, 256-bit SHA-256 digest of the object.
     * This will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_sha256;
};

/*
 * The version of an object.
 */
struct awsc_s3_object_version {
    /* ETag: The entity tag is an MD5 hash of that version of the object. */
    const char *e_tag;
    /* ChecksumAlgorithm: The algorithm that was used to create a checksum of the
     * object. */
    struct awsc_s3_checksum_algorithm_list checksum_algorithm;
    /* Size: Size in bytes of the object. */
    bool has_size;
    int32_t size;
    /* StorageClass: The class of storage used to store the object. One of enum
     * awsc_s3_object_version_storage_class's values (as its string). */
    const char *storage_class;
    /* Key: The object key. */
    const char *key;
    /* VersionId: Version ID of an object. */
    const char *version_id;
    /* IsLatest: Specifies whether the object is (true) or is not (false) the
     * latest version of an object. */
    bool has_is_latest;
    bool is_latest;
    /* LastModified: Date and time the object was last modified. */
    bool has_last_modified;
    struct awsc_timestamp last_modified;
    /* Owner: Specifies the owner of the object. */
    struct awsc_s3_owner *owner;
};

/*
 * Describes the location where the restore job's output is stored.
 */
struct awsc_s3_output_location {
    /* S3: Describes an S3 location that will receive the results of the restore
     * request. */
    struct awsc_s3_s3_location *s3;
};

/*
 * Describes how results of the Select job are serialized.
 */
struct awsc_s3_output_serialization {
    /* CSV: Describes the serialization of CSV-encoded Select results. */
    struct awsc_s3_csv_output *csv;
    /* JSON: Specifies JSON as request's output serialization format. */
    struct awsc_s3_json_output *json;
};

/*
 * Container for the owner's display name and ID.
 */
struct awsc_s3_owner {
    /* DisplayName: Container for the display name of the owner. */
    const char *display_name;
    /* ID: Container for the ID of the owner. */
    const char *id;
};

/*
 * The container element for a bucket's ownership controls.
 */
struct awsc_s3_ownership_controls {
    /* Rules: The container element for an ownership control rule. Required. */
    struct awsc_s3_ownership_controls_rules rules;
};

/*
 * The container element for an ownership control rule.
 */
struct awsc_s3_ownership_controls_rule {
    /* ObjectOwnership:  Required. One of enum awsc_s3_object_ownership's values
     * (as its string). */
    const char *object_ownership;
};

/*
 * Container for Parquet.
 */
struct awsc_s3_parquet_input {
    char unused_; /* no members */
};

/*
 * Container for elements related to a part.
 */
struct awsc_s3_part {
    /* PartNumber: Part number identifying the part. This is a positive integer
     * between 1 and 10,000. */
    bool has_part_number;
    int32_t part_number;
    /* LastModified: Date and time at which the part was uploaded. */
    bool has_last_modified;
    struct awsc_timestamp last_modified;
    /* ETag: Entity tag returned when the part was uploaded. */
    const char *e_tag;
    /* Size: Size in bytes of the uploaded part data. */
    bool has_size;
    int32_t size;
    /* ChecksumCRC32: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: The base64-encoded, 32-bit CRC32C checksum of the object.
     * This will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_crc32_c;
    /* ChecksumSHA1: The base64-encoded, 160-bit SHA-1 digest of the object. This
     * will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_sha1;
    /* ChecksumSHA256: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_sha256;
};

/*
 * The container element for a bucket's policy status.
 */
struct awsc_s3_policy_status {
    /* IsPublic: The policy status for this bucket. TRUE indicates that this bucket
     * is public. FALSE indicates that the bucket is not public. */
    bool has_is_public;
    bool is_public;
};

/*
 * This data type contains information about progress of an operation.
 */
struct awsc_s3_progress {
    /* BytesScanned: The current number of object bytes scanned. */
    bool has_bytes_scanned;
    int64_t bytes_scanned;
    /* BytesProcessed: The current number of uncompressed object bytes processed. */
    bool has_bytes_processed;
    int64_t bytes_processed;
    /* BytesReturned: The current number of bytes of records payload data returned. */
    bool has_bytes_returned;
    int64_t bytes_returned;
};

/*
 * This data type contains information about the progress event of an
 * operation.
 */
struct awsc_s3_progress_event {
    /* Details: The Progress event details. */
    struct awsc_s3_progress *details;
};

/*
 * The PublicAccessBlock configuration that you want to apply to this Amazon S3
 * bucket. You can enable the configuration options in any combination. For
 * more information about when Amazon S3 considers a bucket or object public,
 * see The Meaning of "Public" in the Amazon S3 User Guide .
 */
struct awsc_s3_public_access_block_configuration {
    /* BlockPublicAcls: Specifies whether Amazon S3 should block public access
     * control lists (ACLs) for this bucket and objects in this bucket. */
    bool has_block_public_acls;
    bool block_public_acls;
    /* IgnorePublicAcls: Specifies whether Amazon S3 should ignore public ACLs for
     * this bucket and objects in this bucket. */
    bool has_ignore_public_acls;
    bool ignore_public_acls;
    /* BlockPublicPolicy: Specifies whether Amazon S3 should block public bucket
     * policies for this bucket. */
    bool has_block_public_policy;
    bool block_public_policy;
    /* RestrictPublicBuckets: Specifies whether Amazon S3 should restrict public
     * bucket policies for this bucket. */
    bool has_restrict_public_buckets;
    bool restrict_public_buckets;
};

/* PutBucketAccelerateConfigurationRequest */
struct awsc_s3_put_bucket_accelerate_configuration_input {
    /* Bucket: The name of the bucket for which the accelerate configuration is
     * set. Required. */
    const char *bucket;
    /* AccelerateConfiguration: Container for setting the transfer acceleration
     * state. Required. */
    struct awsc_s3_accelerate_configuration *accelerate_configuration;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when using the SDK. This header will not provide any additional
     * functionality if not using the SDK. One of enum awsc_s3_checksum_algorithm's
     * values (as its string). */
    const char *checksum_algorithm;
};

/* PutBucketAclRequest */
struct awsc_s3_put_bucket_acl_input {
    /* ACL: The canned ACL to apply to the bucket. One of enum
     * awsc_s3_bucket_canned_acl's values (as its string). */
    const char *acl;
    /* AccessControlPolicy: Contains the elements that set the ACL permissions for
     * an object per grantee. */
    struct awsc_s3_access_control_policy *access_control_policy;
    /* Bucket: The bucket to which to apply the ACL. Required. */
    const char *bucket;
    /* ContentMD5: The base64-encoded 128-bit MD5 digest of the data. This header
     * must be used as a message integrity check to verify that the request body
     * was not corrupted in transit. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when using the SDK. This header will not provide any additional
     * functionality if not using the SDK. One of enum awsc_s3_checksum_algorithm's
     * values (as its string). */
    const char *checksum_algorithm;
    /* GrantFullControl: Allows grantee the read, write, read ACP, and write ACP
     * permissions on the bucket. */
    const char *grant_full_control;
    /* GrantRead: Allows grantee to list the objects in the bucket. */
    const char *grant_read;
    /* GrantReadACP: Allows grantee to read the bucket ACL. */
    const char *grant_read_acp;
    /* GrantWrite: Allows grantee to create new objects in the bucket. */
    const char *grant_write;
    /* GrantWriteACP: Allows grantee to write the ACL for the applicable bucket. */
    const char *grant_write_acp;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* PutBucketAnalyticsConfigurationRequest */
struct awsc_s3_put_bucket_analytics_configuration_input {
    /* Bucket: The name of the bucket to which an analytics configuration is
     * stored. Required. */
    const char *bucket;
    /* Id: The ID that identifies the analytics configuration. Required. */
    const char *id;
    /* AnalyticsConfiguration: The configuration and any analyses for the analytics
     * filter. Required. */
    struct awsc_s3_analytics_configuration *analytics_configuration;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* PutBucketCorsRequest */
struct awsc_s3_put_bucket_cors_input {
    /* Bucket: Specifies the bucket impacted by the cors configuration. Required. */
    const char *bucket;
    /* CORSConfiguration: Describes the cross-origin access configuration for
     * objects in an Amazon S3 bucket. For more information, see Enabling
     * Cross-Origin Resource Sharing in the Amazon S3 User Guide . Required. */
    struct awsc_s3_cors_configuration *cors_configuration;
    /* ContentMD5: The base64-encoded 128-bit MD5 digest of the data. This header
     * must be used as a message integrity check to verify that the request body
     * was not corrupted in transit. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when using the SDK. This header will not provide any additional
     * functionality if not using the SDK. One of enum awsc_s3_checksum_algorithm's
     * values (as its string). */
    const char *checksum_algorithm;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* PutBucketEncryptionRequest */
struct awsc_s3_put_bucket_encryption_input {
    /* Bucket: Specifies default encryption for a bucket using server-side
     * encryption with Amazon S3-managed keys (SSE-S3) or customer managed keys
     * (SSE-KMS). Required. */
    const char *bucket;
    /* ContentMD5: The base64-encoded 128-bit MD5 digest of the server-side
     * encryption configuration. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when using the SDK. This header will not provide any additional
     * functionality if not using the SDK. One of enum awsc_s3_checksum_algorithm's
     * values (as its string). */
    const char *checksum_algorithm;
    /* ServerSideEncryptionConfiguration:  Required. */
    struct awsc_s3_server_side_encryption_configuration *server_side_encryption_configuration;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* PutBucketIntelligentTieringConfigurationRequest */
struct awsc_s3_put_bucket_intelligent_tiering_configuration_input {
    /* Bucket: The name of the Amazon S3 bucket whose configuration you want to
     * modify or retrieve. Required. */
    const char *bucket;
    /* Id: The ID used to identify the S3 Intelligent-Tiering configuration.
     * Required. */
    const char *id;
    /* IntelligentTieringConfiguration: Container for S3 Intelligent-Tiering
     * configuration. Required. */
    struct awsc_s3_intelligent_tiering_configuration *intelligent_tiering_configuration;
};

/* PutBucketInventoryConfigurationRequest */
struct awsc_s3_put_bucket_inventory_configuration_input {
    /* Bucket: The name of the bucket where the inventory configuration will be
     * stored. Required. */
    const char *bucket;
    /* Id: The ID used to identify the inventory configuration. Required. */
    const char *id;
    /* InventoryConfiguration: Specifies the inventory configuration. Required. */
    struct awsc_s3_inventory_configuration *inventory_configuration;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* PutBucketLifecycleConfigurationRequest */
struct awsc_s3_put_bucket_lifecycle_configuration_input {
    /* Bucket: The name of the bucket for which to set the configuration. Required. */
    const char *bucket;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when using the SDK. This header will not provide any additional
     * functionality if not using the SDK. One of enum awsc_s3_checksum_algorithm's
     * values (as its string). */
    const char *checksum_algorithm;
    /* LifecycleConfiguration: Container for lifecycle rules. You can add as many
     * as 1,000 rules. */
    struct awsc_s3_bucket_lifecycle_configuration *lifecycle_configuration;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* PutBucketLifecycleRequest */
struct awsc_s3_put_bucket_lifecycle_input {
    /* Bucket:  Required. */
    const char *bucket;
    /* ContentMD5: For requests made using the Amazon Web Services Command Line
     * Interface (CLI) or Amazon Web Services SDKs, this field is calculated
     * automatically. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when using the SDK. This header will not provide any additional
     * functionality if not using the SDK. One of enum awsc_s3_checksum_algorithm's
     * values (as its string). */
    const char *checksum_algorithm;
    /* LifecycleConfiguration: */
    struct awsc_s3_lifecycle_configuration *lifecycle_configuration;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* PutBucketLoggingRequest */
struct awsc_s3_put_bucket_logging_input {
    /* Bucket: The name of the bucket for which to set the logging parameters.
     * Required. */
    const char *bucket;
    /* BucketLoggingStatus: Container for logging status information. Required. */
    struct awsc_s3_bucket_logging_status *bucket_logging_status;
    /* ContentMD5: The MD5 hash of the PutBucketLogging request body. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when using the SDK. This header will not provide any additional
     * functionality if not using the SDK. One of enum awsc_s3_checksum_algorithm's
     * values (as its string). */
    const char *checksum_algorithm;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* PutBucketMetricsConfigurationRequest */
struct awsc_s3_put_bucket_metrics_configuration_input {
    /* Bucket: The name of the bucket for which the metrics configuration is set.
     * Required. */
    const char *bucket;
    /* Id: The ID used to identify the metrics configuration. Required. */
    const char *id;
    /* MetricsConfiguration: Specifies the metrics configuration. Required. */
    struct awsc_s3_metrics_configuration *metrics_configuration;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* PutBucketNotificationConfigurationRequest */
struct awsc_s3_put_bucket_notification_configuration_input {
    /* Bucket: The name of the bucket. Required. */
    const char *bucket;
    /* NotificationConfiguration:  Required. */
    struct awsc_s3_notification_configuration *notification_configuration;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
    /* SkipDestinationValidation: Skips validation of Amazon SQS, Amazon SNS, and
     * Lambda destinations. True or false value. */
    bool has_skip_destination_validation;
    bool skip_destination_validation;
};

/* PutBucketNotificationRequest */
struct awsc_s3_put_bucket_notification_input {
    /* Bucket: The name of the bucket. Required. */
    const char *bucket;
    /* ContentMD5: The MD5 hash of the PutPublicAccessBlock request body. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when using the SDK. This header will not provide any additional
     * functionality if not using the SDK. One of enum awsc_s3_checksum_algorithm's
     * values (as its string). */
    const char *checksum_algorithm;
    /* NotificationConfiguration: The container for the configuration. Required. */
    struct awsc_s3_notification_configuration_deprecated *notification_configuration;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* PutBucketOwnershipControlsRequest */
struct awsc_s3_put_bucket_ownership_controls_input {
    /* Bucket: The name of the Amazon S3 bucket whose OwnershipControls you want to
     * set. Required. */
    const char *bucket;
    /* ContentMD5: The MD5 hash of the OwnershipControls request body. */
    const char *content_md5;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
    /* OwnershipControls: The OwnershipControls (BucketOwnerEnforced,
     * BucketOwnerPreferred, or ObjectWriter) that you want to apply to this Amazon
     * S3 bucket. Required. */
    struct awsc_s3_ownership_controls *ownership_controls;
};

/* PutBucketPolicyRequest */
struct awsc_s3_put_bucket_policy_input {
    /* Bucket: The name of the bucket. Required. */
    const char *bucket;
    /* ContentMD5: The MD5 hash of the request body. For requests made using the
     * Amazon Web Services Command Line Interface (CLI) or Amazon Web Services
     * SDKs, this field is calculated automatically. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when using the SDK. This header will not provide any additional
     * functionality if not using the SDK. One of enum awsc_s3_checksum_algorithm's
     * values (as its string). */
    const char *checksum_algorithm;
    /* ConfirmRemoveSelfBucketAccess: Set this parameter to true to confirm that
     * you want to remove your permissions to change this bucket policy in the
     * future. */
    bool has_confirm_remove_self_bucket_access;
    bool confirm_remove_self_bucket_access;
    /* Policy: The bucket policy as a JSON document. Required. */
    const char *policy;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* PutBucketReplicationRequest */
struct awsc_s3_put_bucket_replication_input {
    /* Bucket: The name of the bucket Required. */
    const char *bucket;
    /* ContentMD5: The base64-encoded 128-bit MD5 digest of the data. You must use
     * this header as a message integrity check to verify that the request body was
     * not corrupted in transit. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when using the SDK. This header will not provide any additional
     * functionality if not using the SDK. One of enum awsc_s3_checksum_algorithm's
     * values (as its string). */
    const char *checksum_algorithm;
    /* ReplicationConfiguration:  Required. */
    struct awsc_s3_replication_configuration *replication_configuration;
    /* Token: A token to allow Object Lock to be enabled for an existing bucket. */
    const char *token;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* PutBucketRequestPaymentRequest */
struct awsc_s3_put_bucket_request_payment_input {
    /* Bucket: The bucket name. Required. */
    const char *bucket;
    /* ContentMD5: The base64-encoded 128-bit MD5 digest of the data. You must use
     * this header as a message integrity check to verify that the request body was
     * not corrupted in transit. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when using the SDK. This header will not provide any additional
     * functionality if not using the SDK. One of enum awsc_s3_checksum_algorithm's
     * values (as its string). */
    const char *checksum_algorithm;
    /* RequestPaymentConfiguration: Container for Payer. Required. */
    struct awsc_s3_request_payment_configuration *request_payment_configuration;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* PutBucketTaggingRequest */
struct awsc_s3_put_bucket_tagging_input {
    /* Bucket: The bucket name. Required. */
    const char *bucket;
    /* ContentMD5: The base64-encoded 128-bit MD5 digest of the data. You must use
     * this header as a message integrity check to verify that the request body was
     * not corrupted in transit. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when using the SDK. This header will not provide any additional
     * functionality if not using the SDK. One of enum awsc_s3_checksum_algorithm's
     * values (as its string). */
    const char *checksum_algorithm;
    /* Tagging: Container for the TagSet and Tag elements. Required. */
    struct awsc_s3_tagging *tagging;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* PutBucketVersioningRequest */
struct awsc_s3_put_bucket_versioning_input {
    /* Bucket: The bucket name. Required. */
    const char *bucket;
    /* ContentMD5: >The base64-encoded 128-bit MD5 digest of the data. You must use
     * this header as a message integrity check to verify that the request body was
     * not corrupted in transit. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when using the SDK. This header will not provide any additional
     * functionality if not using the SDK. One of enum awsc_s3_checksum_algorithm's
     * values (as its string). */
    const char *checksum_algorithm;
    /* MFA: The concatenation of the authentication device's serial number, a
     * space, and the value that is displayed on your authentication device. */
    const char *mfa;
    /* VersioningConfiguration: Container for setting the versioning state.
     * Required. */
    struct awsc_s3_versioning_configuration *versioning_configuration;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* PutBucketWebsiteRequest */
struct awsc_s3_put_bucket_website_input {
    /* Bucket: The bucket name. Required. */
    const char *bucket;
    /* ContentMD5: The base64-encoded 128-bit MD5 digest of the data. You must use
     * this header as a message integrity check to verify that the request body was
     * not corrupted in transit. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when using the SDK. This header will not provide any additional
     * functionality if not using the SDK. One of enum awsc_s3_checksum_algorithm's
     * values (as its string). */
    const char *checksum_algorithm;
    /* WebsiteConfiguration: Container for the request. Required. */
    struct awsc_s3_website_configuration *website_configuration;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* PutObjectAclOutput */
struct awsc_s3_put_object_acl_output {
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
};

/* PutObjectAclRequest */
struct awsc_s3_put_object_acl_input {
    /* ACL: The canned ACL to apply to the object. For more information, see Canned
     * ACL . One of enum awsc_s3_object_canned_acl's values (as its string). */
    const char *acl;
    /* AccessControlPolicy: Contains the elements that set the ACL permissions for
     * an object per grantee. */
    struct awsc_s3_access_control_policy *access_control_policy;
    /* Bucket: The bucket name that contains the object to which you want to attach
     * the ACL. Required. */
    const char *bucket;
    /* ContentMD5: The base64-encoded 128-bit MD5 digest of the data. This header
     * must be used as a message integrity check to verify that the request body
     * was not corrupted in transit. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when using the SDK. This header will not provide any additional
     * functionality if not using the SDK. One of enum awsc_s3_checksum_algorithm's
     * values (as its string). */
    const char *checksum_algorithm;
    /* GrantFullControl: Allows grantee the read, write, read ACP, and write ACP
     * permissions on the bucket. */
    const char *grant_full_control;
    /* GrantRead: Allows grantee to list the objects in the bucket. */
    const char *grant_read;
    /* GrantReadACP: Allows grantee to read the bucket ACL. */
    const char *grant_read_acp;
    /* GrantWrite: Allows grantee to create new objects in the bucket. */
    const char *grant_write;
    /* GrantWriteACP: Allows grantee to write the ACL for the applicable bucket. */
    const char *grant_write_acp;
    /* Key: Key for which the PUT action was initiated. Required. */
    const char *key;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* VersionId: VersionId used to reference a specific version of the object. */
    const char *version_id;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* PutObjectLegalHoldOutput */
struct awsc_s3_put_object_legal_hold_output {
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
};

/* PutObjectLegalHoldRequest */
struct awsc_s3_put_object_legal_hold_input {
    /* Bucket: The bucket name containing the object that you want to place a legal
     * hold on. Required. */
    const char *bucket;
    /* Key: The key name for the object that you want to place a legal hold on.
     * Required. */
    const char *key;
    /* LegalHold: Container element for the legal hold configuration you want to
     * apply to the specified object. */
    struct awsc_s3_object_lock_legal_hold *legal_hold;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* VersionId: The version ID of the object that you want to place a legal hold
     * on. */
    const char *version_id;
    /* ContentMD5: The MD5 hash for the request body. For requests made using the
     * Amazon Web Services Command Line Interface (CLI) or Amazon Web Services
     * SDKs, this field is calculated automatically. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when using the SDK. This header will not provide any additional
     * functionality if not using the SDK. One of enum awsc_s3_checksum_algorithm's
     * values (as its string). */
    const char *checksum_algorithm;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* PutObjectLockConfigurationOutput */
struct awsc_s3_put_object_lock_configuration_output {
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
};

/* PutObjectLockConfigurationRequest */
struct awsc_s3_put_object_lock_configuration_input {
    /* Bucket: The bucket whose Object Lock configuration you want to create or
     * replace. Required. */
    const char *bucket;
    /* ObjectLockConfiguration: The Object Lock configuration that you want to
     * apply to the specified bucket. */
    struct awsc_s3_object_lock_configuration *object_lock_configuration;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* Token: A token to allow Object Lock to be enabled for an existing bucket. */
    const char *token;
    /* ContentMD5: The MD5 hash for the request body. For requests made using the
     * Amazon Web Services Command Line Interface (CLI) or Amazon Web Services
     * SDKs, this field is calculated automatically. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when using the SDK. This header will not provide any additional
     * functionality if not using the SDK. One of enum awsc_s3_checksum_algorithm's
     * values (as its string). */
    const char *checksum_algorithm;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* PutObjectOutput */
struct awsc_s3_put_object_output {
    /* Expiration: If the expiration is configured for the object (see
     * PutBucketLifecycleConfiguration ), the response includes this header. */
    const char *expiration;
    /* ETag: Entity tag for the uploaded object. */
    const char *e_tag;
    /* ChecksumCRC32: The base64-encoded, 32-bit CRC32 checksum of the object. This
     * will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: The base64-encoded, 32-bit CRC32C checksum of the object.
     * This will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_crc32_c;
    /* ChecksumSHA1: The base64-encoded, 160-bit SHA-1 digest of the object. This
     * will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_sha1;
    /* ChecksumSHA256: The base64-encoded, 256-bit SHA-256 digest of the object.
     * This will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_sha256;
    /* ServerSideEncryption: If you specified server-side encryption either with an
     * Amazon Web Services KMS key or Amazon S3-managed encryption key in your PUT
     * request, the response includes this header. One of enum
     * awsc_s3_server_side_encryption's values (as its string). */
    const char *server_side_encryption;
    /* VersionId: Version of the object. */
    const char *version_id;
    /* SSECustomerAlgorithm: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header
     * confirming the encryption algorithm used. */
    const char *sse_customer_algorithm;
    /* SSECustomerKeyMD5: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header to
     * provide round-trip message integrity verification of the customer-provided
     * ... */
    const char *sse_customer_key_md5;
    /* SSEKMSKeyId: If x-amz-server-side-encryption is present and has the value of
     * aws:kms , this header specifies the ID of the Amazon Web Services Key
     * Management Service (Amazon Web Services KMS) symmetric customer ... */
    const char *ssekms_key_id;
    /* SSEKMSEncryptionContext: If present, specifies the Amazon Web Services KMS
     * Encryption Context to use for object encryption. */
    const char *ssekms_encryption_context;
    /* BucketKeyEnabled: Indicates whether the uploaded object uses an S3 Bucket
     * Key for server-side encryption with Amazon Web Services KMS (SSE-KMS). */
    bool has_bucket_key_enabled;
    bool bucket_key_enabled;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
};

/* PutObjectRequest */
struct awsc_s3_put_object_input {
    /* ACL: The canned ACL to apply to the object. For more information, see Canned
     * ACL . One of enum awsc_s3_object_canned_acl's values (as its string). */
    const char *acl;
    /* Body: Object data. */
    struct awsc_stream body;
    /* Bucket: The bucket name to which the PUT action was initiated. Required. */
    const char *bucket;
    /* CacheControl: Can be used to specify caching behavior along the
     * request/reply chain. For more information, see
     * http://www.w3.org/Protocols/rfc2616/rfc2616-sec14.html#sec14.9 . */
    const char *cache_control;
    /* ContentDisposition: Specifies presentational information for the object. For
     * more information, see
     * http://www.w3.org/Protocols/rfc2616/rfc2616-sec19.html#sec19.5.1 . */
    const char *content_disposition;
    /* ContentEncoding: Specifies what content encodings have been applied to the
     * object and thus what decoding mechanisms must be applied to obtain the
     * media-type referenced by the Content-Type header field. */
    const char *content_encoding;
    /* ContentLanguage: The language the content is in. */
    const char *content_language;
    /* ContentLength: Size of the body in bytes. This parameter is useful when the
     * size of the body cannot be determined automatically. */
    bool has_content_length;
    int64_t content_length;
    /* ContentMD5: The base64-encoded 128-bit MD5 digest of the message (without
     * the headers) according to RFC 1864. */
    const char *content_md5;
    /* ContentType: A standard MIME type describing the format of the contents. For
     * more information, see
     * http://www.w3.org/Protocols/rfc2616/rfc2616-sec14.html#sec14.17 . */
    const char *content_type;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when using the SDK. This header will not provide any additional
     * functionality if not using the SDK. One of enum awsc_s3_checksum_algorithm's
     * values (as its string). */
    const char *checksum_algorithm;
    /* ChecksumCRC32: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_crc32_c;
    /* ChecksumSHA1: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_sha1;
    /* ChecksumSHA256: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_sha256;
    /* Expires: The date and time at which the object is no longer cacheable. For
     * more information, see
     * http://www.w3.org/Protocols/rfc2616/rfc2616-sec14.html#sec14.21 . */
    bool has_expires;
    struct awsc_timestamp expires;
    /* GrantFullControl: Gives the grantee READ, READ_ACP, and WRITE_ACP
     * permissions on the object. */
    const char *grant_full_control;
    /* GrantRead: Allows grantee to read the object data and its metadata. */
    const char *grant_read;
    /* GrantReadACP: Allows grantee to read the object ACL. */
    const char *grant_read_acp;
    /* GrantWriteACP: Allows grantee to write the ACL for the applicable object. */
    const char *grant_write_acp;
    /* Key: Object key for which the PUT action was initiated. Required. */
    const char *key;
    /* Metadata: A map of metadata to store with the object in S3. */
    struct awsc_s3_metadata metadata;
    /* ServerSideEncryption: The server-side encryption algorithm used when storing
     * this object in Amazon S3 (for example, AES256, aws:kms). One of enum
     * awsc_s3_server_side_encryption's values (as its string). */
    const char *server_side_encryption;
    /* StorageClass: By default, Amazon S3 uses the STANDARD Storage Class to store
     * newly created objects. The STANDARD storage class provides high durability
     * and high availability. One of enum awsc_s3_storage_class's values (as its
     * string). */
    const char *storage_class;
    /* WebsiteRedirectLocation: If the bucket is configured as a website, redirects
     * requests for this object to another object in the same bucket or to an
     * external URL. */
    const char *website_redirect_location;
    /* SSECustomerAlgorithm: Specifies the algorithm to use to when encrypting the
     * object (for example, AES256). */
    const char *sse_customer_algorithm;
    /* SSECustomerKey: Specifies the customer-provided encryption key for Amazon S3
     * to use in encrypting data. This value is used to store the object and then
     * it is discarded; Amazon S3 does not store the encryption key. */
    const char *sse_customer_key;
    /* SSECustomerKeyMD5: Specifies the 128-bit MD5 digest of the encryption key
     * according to RFC 1321. Amazon S3 uses this header for a message integrity
     * check to ensure that the encryption key was transmitted without error. */
    const char *sse_customer_key_md5;
    /* SSEKMSKeyId: If x-amz-server-side-encryption is present and has the value of
     * aws:kms , this header specifies the ID of the Amazon Web Services Key
     * Management Service (Amazon Web Services KMS) symmetrical customer ... */
    const char *ssekms_key_id;
    /* SSEKMSEncryptionContext: Specifies the Amazon Web Services KMS Encryption
     * Context to use for object encryption. */
    const char *ssekms_encryption_context;
    /* BucketKeyEnabled: Specifies whether Amazon S3 should use an S3 Bucket Key
     * for object encryption with server-side encryption using AWS KMS (SSE-KMS). */
    bool has_bucket_key_enabled;
    bool bucket_key_enabled;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* Tagging: The tag-set for the object. The tag-set must be encoded as URL
     * Query parameters. (For example, "Key1=Value1") */
    const char *tagging;
    /* ObjectLockMode: The Object Lock mode that you want to apply to this object.
     * One of enum awsc_s3_object_lock_mode's values (as its string). */
    const char *object_lock_mode;
    /* ObjectLockRetainUntilDate: The date and time when you want this object's
     * Object Lock to expire. Must be formatted as a timestamp parameter. */
    bool has_object_lock_retain_until_date;
    struct awsc_timestamp object_lock_retain_until_date;
    /* ObjectLockLegalHoldStatus: Specifies whether a legal hold will be applied to
     * this object. For more information about S3 Object Lock, see Object Lock .
     * One of enum awsc_s3_object_lock_legal_hold_status's values (as its string). */
    const char *object_lock_legal_hold_status;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* PutObjectRetentionOutput */
struct awsc_s3_put_object_retention_output {
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
};

/* PutObjectRetentionRequest */
struct awsc_s3_put_object_retention_input {
    /* Bucket: The bucket name that contains the object you want to apply this
     * Object Retention configuration to. Required. */
    const char *bucket;
    /* Key: The key name for the object that you want to apply this Object
     * Retention configuration to. Required. */
    const char *key;
    /* Retention: The container element for the Object Retention configuration. */
    struct awsc_s3_object_lock_retention *retention;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* VersionId: The version ID for the object that you want to apply this Object
     * Retention configuration to. */
    const char *version_id;
    /* BypassGovernanceRetention: Indicates whether this action should bypass
     * Governance-mode restrictions. */
    bool has_bypass_governance_retention;
    bool bypass_governance_retention;
    /* ContentMD5: The MD5 hash for the request body. For requests made using the
     * Amazon Web Services Command Line Interface (CLI) or Amazon Web Services
     * SDKs, this field is calculated automatically. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when using the SDK. This header will not provide any additional
     * functionality if not using the SDK. One of enum awsc_s3_checksum_algorithm's
     * values (as its string). */
    const char *checksum_algorithm;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/* PutObjectTaggingOutput */
struct awsc_s3_put_object_tagging_output {
    /* VersionId: The versionId of the object the tag-set was added to. */
    const char *version_id;
};

/* PutObjectTaggingRequest */
struct awsc_s3_put_object_tagging_input {
    /* Bucket: The bucket name containing the object. Required. */
    const char *bucket;
    /* Key: Name of the object key. Required. */
    const char *key;
    /* VersionId: The versionId of the object that the tag-set will be added to. */
    const char *version_id;
    /* ContentMD5: The MD5 hash for the request body. For requests made using the
     * Amazon Web Services Command Line Interface (CLI) or Amazon Web Services
     * SDKs, this field is calculated automatically. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when using the SDK. This header will not provide any additional
     * functionality if not using the SDK. One of enum awsc_s3_checksum_algorithm's
     * values (as its string). */
    const char *checksum_algorithm;
    /* Tagging: Container for the TagSet and Tag elements Required. */
    struct awsc_s3_tagging *tagging;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
};

/* PutPublicAccessBlockRequest */
struct awsc_s3_put_public_access_block_input {
    /* Bucket: The name of the Amazon S3 bucket whose PublicAccessBlock
     * configuration you want to set. Required. */
    const char *bucket;
    /* ContentMD5: The MD5 hash of the PutPublicAccessBlock request body. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when using the SDK. This header will not provide any additional
     * functionality if not using the SDK. One of enum awsc_s3_checksum_algorithm's
     * values (as its string). */
    const char *checksum_algorithm;
    /* PublicAccessBlockConfiguration: The PublicAccessBlock configuration that you
     * want to apply to this Amazon S3 bucket. You can enable the configuration
     * options in any combination. Required. */
    struct awsc_s3_public_access_block_configuration *public_access_block_configuration;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/*
 * Specifies the configuration for publishing messages to an Amazon Simple
 * Queue Service (Amazon SQS) queue when Amazon S3 detects specified events.
 */
struct awsc_s3_queue_configuration {
    /* Id: */
    const char *id;
    /* QueueArn: The Amazon Resource Name (ARN) of the Amazon SQS queue to which
     * Amazon S3 publishes a message when it detects events of the specified type.
     * Required. */
    const char *queue_arn;
    /* Events: A collection of bucket events for which to send notifications
     * Required. */
    struct awsc_s3_event_list events;
    /* Filter: */
    struct awsc_s3_notification_configuration_filter *filter;
};

/*
 * This data type is deprecated. Use QueueConfiguration for the same purposes.
 * This data type specifies the configuration for publishing messages to an
 * Amazon Simple Queue Service (Amazon SQS) queue when Amazon S3 detects
 * specified events.
 */
struct awsc_s3_queue_configuration_deprecated {
    /* Id: */
    const char *id;
    /* Event:  One of enum awsc_s3_event's values (as its string). */
    const char *event;
    /* Events: A collection of bucket events for which to send notifications. */
    struct awsc_s3_event_list events;
    /* Queue: The Amazon Resource Name (ARN) of the Amazon SQS queue to which
     * Amazon S3 publishes a message when it detects events of the specified type. */
    const char *queue;
};

/*
 * The container for the records event.
 */
struct awsc_s3_records_event {
    /* Payload: The byte array of partial, one or more result records. */
    struct awsc_blob payload;
};

/*
 * Specifies how requests are redirected. In the event of an error, you can
 * specify a different error code to return.
 */
struct awsc_s3_redirect {
    /* HostName: The host name to use in the redirect request. */
    const char *host_name;
    /* HttpRedirectCode: The HTTP redirect code to use on the response. Not
     * required if one of the siblings is present. */
    const char *http_redirect_code;
    /* Protocol: Protocol to use when redirecting requests. The default is the
     * protocol that is used in the original request. One of enum
     * awsc_s3_protocol's values (as its string). */
    const char *protocol;
    /* ReplaceKeyPrefixWith: The object key prefix to use in the redirect request.
     * For example, to redirect requests for all pages with prefix docs/ (objects
     * in the docs/ folder) to documents/ , you can set a condition block ... */
    const char *replace_key_prefix_with;
    /* ReplaceKeyWith: The specific object key to use in the redirect request. For
     * example, redirect request to error.html . Not required if one of the
     * siblings is present. */
    const char *replace_key_with;
};

/*
 * Specifies the redirect behavior of all requests to a website endpoint of an
 * Amazon S3 bucket.
 */
struct awsc_s3_redirect_all_requests_to {
    /* HostName: Name of the host where requests are redirected. Required. */
    const char *host_name;
    /* Protocol: Protocol to use when redirecting requests. The default is the
     * protocol that is used in the original request. One of enum
     * awsc_s3_protocol's values (as its string). */
    const char *protocol;
};

/*
 * A filter that you can specify for selection for modifications on replicas.
 * Amazon S3 doesn't replicate replica modifications by default.
 */
struct awsc_s3_replica_modifications {
    /* Status: Specifies whether Amazon S3 replicates modifications on replicas.
     * Required. One of enum awsc_s3_replica_modifications_status's values (as its
     * string). */
    const char *status;
};

/*
 * A container for replication rules. You can add up to 1,000 rules. The
 * maximum size of a replication configuration is 2 MB.
 */
struct awsc_s3_replication_configuration {
    /* Role: The Amazon Resource Name (ARN) of the Identity and Access Management
     * (IAM) role that Amazon S3 assumes when replicating objects. Required. */
    const char *role;
    /* Rules: A container for one or more replication rules. A replication
     * configuration must have at least one rule and can contain a maximum of 1,000
     * rules. Required. */
    struct awsc_s3_replication_rules rules;
};

/*
 * Specifies which Amazon S3 objects to replicate and where to store the
 * replicas.
 */
struct awsc_s3_replication_rule {
    /* ID: A unique identifier for the rule. The maximum value is 255 characters. */
    const char *id;
    /* Priority: The priority indicates which rule has precedence whenever two or
     * more replication rules conflict. Amazon S3 will attempt to replicate objects
     * according to all replication rules. */
    bool has_priority;
    int32_t priority;
    /* Prefix: An object key name prefix that identifies the object or objects to
     * which the rule applies. The maximum prefix length is 1,024 characters. To
     * include all objects in a bucket, specify an empty string. */
    const char *prefix;
    /* Filter: */
    struct awsc_s3_replication_rule_filter *filter;
    /* Status: Specifies whether the rule is enabled. Required. One of enum
     * awsc_s3_replication_rule_status's values (as its string). */
    const char *status;
    /* SourceSelectionCriteria: A container that describes additional filters for
     * identifying the source objects that you want to replicate. You can choose to
     * enable or disable the replication of these objects. */
    struct awsc_s3_source_selection_criteria *source_selection_criteria;
    /* ExistingObjectReplication: */
    struct awsc_s3_existing_object_replication *existing_object_replication;
    /* Destination: A container for information about the replication destination
     * and its configurations including enabling the S3 Replication Time Control
     * (S3 RTC). Required. */
    struct awsc_s3_destination *destination;
    /* DeleteMarkerReplication: */
    struct awsc_s3_delete_marker_replication *delete_marker_replication;
};

/*
 * A container for specifying rule filters. The filters determine the subset of
 * objects to which the rule applies. This element is required only if you
 * specify more than one filter.
 */
struct awsc_s3_replication_rule_and_operator {
    /* Prefix: An object key name prefix that identifies the subset of objects to
     * which the rule applies. */
    const char *prefix;
    /* Tags: An array of tags containing key and value pairs. */
    struct awsc_s3_tag_set tags;
};

/*
 * A filter that identifies the subset of objects to which the replication rule
 * applies. A Filter must specify exactly one Prefix , Tag , or an And child
 * element.
 */
struct awsc_s3_replication_rule_filter {
    /* Prefix: An object key name prefix that identifies the subset of objects to
     * which the rule applies. */
    const char *prefix;
    /* Tag: A container for specifying a tag key and value. */
    struct awsc_s3_tag *tag;
    /* And: A container for specifying rule filters. The filters determine the
     * subset of objects to which the rule applies. This element is required only
     * if you specify more than one filter. */
    struct awsc_s3_replication_rule_and_operator *and;
};

/*
 * A container specifying S3 Replication Time Control (S3 RTC) related
 * information, including whether S3 RTC is enabled and the time when all
 * objects and operations on objects must be replicated. Must be specified
 * together with a Metrics block.
 */
struct awsc_s3_replication_time {
    /* Status: Specifies whether the replication time is enabled. Required. One of
     * enum awsc_s3_replication_time_status's values (as its string). */
    const char *status;
    /* Time: A container specifying the time by which replication should be
     * complete for all objects and operations on objects. Required. */
    struct awsc_s3_replication_time_value *time;
};

/*
 * A container specifying the time value for S3 Replication Time Control (S3
 * RTC) and replication metrics EventThreshold .
 */
struct awsc_s3_replication_time_value {
    /* Minutes: Contains an integer specifying time in minutes. */
    bool has_minutes;
    int32_t minutes;
};

/*
 * Container for Payer.
 */
struct awsc_s3_request_payment_configuration {
    /* Payer: Specifies who pays for the download and request fees. Required. One
     * of enum awsc_s3_payer's values (as its string). */
    const char *payer;
};

/*
 * Container for specifying if periodic QueryProgress messages should be sent.
 */
struct awsc_s3_request_progress {
    /* Enabled: Specifies whether periodic QueryProgress frames should be sent.
     * Valid values: TRUE, FALSE. Default value: FALSE. */
    bool has_enabled;
    bool enabled;
};

/* RestoreObjectOutput */
struct awsc_s3_restore_object_output {
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
    /* RestoreOutputPath: Indicates the path in the provided S3 output location
     * where Select results will be restored to. */
    const char *restore_output_path;
};

/* RestoreObjectRequest */
struct awsc_s3_restore_object_input {
    /* Bucket: The bucket name containing the object to restore. Required. */
    const char *bucket;
    /* Key: Object key for which the action was initiated. Required. */
    const char *key;
    /* VersionId: VersionId used to reference a specific version of the object. */
    const char *version_id;
    /* RestoreRequest: */
    struct awsc_s3_restore_request *restore_request;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when using the SDK. This header will not provide any additional
     * functionality if not using the SDK. One of enum awsc_s3_checksum_algorithm's
     * values (as its string). */
    const char *checksum_algorithm;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/*
 * Container for restore job parameters.
 */
struct awsc_s3_restore_request {
    /* Days: Lifetime of the active copy in days. Do not use with restores that
     * specify OutputLocation . */
    bool has_days;
    int32_t days;
    /* GlacierJobParameters: S3 Glacier related parameters pertaining to this job.
     * Do not use with restores that specify OutputLocation . */
    struct awsc_s3_glacier_job_parameters *glacier_job_parameters;
    /* Type: Type of restore request. One of enum awsc_s3_restore_request_type's
     * values (as its string). */
    const char *type;
    /* Tier: Retrieval tier at which the restore will be processed. One of enum
     * awsc_s3_tier's values (as its string). */
    const char *tier;
    /* Description: The optional description for the job. */
    const char *description;
    /* SelectParameters: Describes the parameters for Select job types. */
    struct awsc_s3_select_parameters *select_parameters;
    /* OutputLocation: Describes the location where the restore job's output is
     * stored. */
    struct awsc_s3_output_location *output_location;
};

/*
 * Specifies the redirect behavior and when a redirect is applied. For more
 * information about routing rules, see Configuring advanced conditional
 * redirects in the Amazon S3 User Guide .
 */
struct awsc_s3_routing_rule {
    /* Condition: A container for describing a condition that must be met for the
     * specified redirect to apply. For example, 1. If request is for pages in the
     * /docs folder, redirect to the /documents folder. 2. */
    struct awsc_s3_condition *condition;
    /* Redirect: Container for redirect information. You can redirect requests to
     * another host, to another page, or with another protocol. In the event of an
     * error, you can specify a different error code to return. Required. */
    struct awsc_s3_redirect *redirect;
};

/*
 * Specifies lifecycle rules for an Amazon S3 bucket. For more information, see
 * Put Bucket Lifecycle Configuration in the Amazon S3 API Reference . For
 * examples, see Put Bucket Lifecycle Configuration Examples .
 */
struct awsc_s3_rule {
    /* Expiration: Specifies the expiration for the lifecycle of the object. */
    struct awsc_s3_lifecycle_expiration *expiration;
    /* ID: Unique identifier for the rule. The value can't be longer than 255
     * characters. */
    const char *id;
    /* Prefix: Object key prefix that identifies one or more objects to which this
     * rule applies. Required. */
    const char *prefix;
    /* Status: If Enabled , the rule is currently being applied. If Disabled , the
     * rule is not currently being applied. Required. One of enum
     * awsc_s3_expiration_status's values (as its string). */
    const char *status;
    /* Transition: Specifies when an object transitions to a specified storage
     * class. For more information about Amazon S3 lifecycle configuration rules,
     * see Transitioning Objects Using Amazon S3 Lifecycle in the ... */
    struct awsc_s3_transition *transition;
    /* NoncurrentVersionTransition: */
    struct awsc_s3_noncurrent_version_transition *noncurrent_version_transition;
    /* NoncurrentVersionExpiration: */
    struct awsc_s3_noncurrent_version_expiration *noncurrent_version_expiration;
    /* AbortIncompleteMultipartUpload: */
    struct awsc_s3_abort_incomplete_multipart_upload *abort_incomplete_multipart_upload;
};

/*
 * A container for object key name prefix and suffix filtering rules.
 */
struct awsc_s3_s3_key_filter {
    /* FilterRules: */
    struct awsc_s3_filter_rule_list filter_rules;
};

/*
 * Describes an Amazon S3 location that will receive the results of the restore
 * request.
 */
struct awsc_s3_s3_location {
    /* BucketName: The name of the bucket where the restore results will be placed.
     * Required. */
    const char *bucket_name;
    /* Prefix: The prefix that is prepended to the restore results for this
     * request. Required. */
    const char *prefix;
    /* Encryption: */
    struct awsc_s3_encryption *encryption;
    /* CannedACL: The canned ACL to apply to the restore results. One of enum
     * awsc_s3_object_canned_acl's values (as its string). */
    const char *canned_acl;
    /* AccessControlList: A list of grants that control access to the staged
     * results. */
    struct awsc_s3_grants access_control_list;
    /* Tagging: The tag-set that is applied to the restore results. */
    struct awsc_s3_tagging *tagging;
    /* UserMetadata: A list of metadata to store with the restore results in S3. */
    struct awsc_s3_user_metadata user_metadata;
    /* StorageClass: The class of storage used to store the restore results. One of
     * enum awsc_s3_storage_class's values (as its string). */
    const char *storage_class;
};

/*
 * Specifies the use of SSE-KMS to encrypt delivered inventory reports.
 */
struct awsc_s3_ssekms {
    /* KeyId: Specifies the ID of the Amazon Web Services Key Management Service
     * (Amazon Web Services KMS) symmetric customer managed key to use for
     * encrypting inventory reports. Required. */
    const char *key_id;
};

/*
 * Specifies the use of SSE-S3 to encrypt delivered inventory reports.
 */
struct awsc_s3_sses3 {
    char unused_; /* no members */
};

/*
 * Specifies the byte range of the object to get the records from. A record is
 * processed when its first byte is contained by the range. This parameter is
 * optional, but when specified, it must not be empty. See RFC 2616, Section
 * 14.35.1 about how to specify the start and end of the range.
 */
struct awsc_s3_scan_range {
    /* Start: Specifies the start of the byte range. This parameter is optional.
     * Valid values: non-negative integers. The default value is 0. */
    bool has_start;
    int64_t start;
    /* End: Specifies the end of the byte range. This parameter is optional. Valid
     * values: non-negative integers. The default value is one less than the size
     * of the object being queried. */
    bool has_end;
    int64_t end;
};

/*
 * The container for selecting objects from a content event stream.
 */
struct awsc_s3_select_object_content_event_stream {
    /* Records: The Records Event. */
    struct awsc_s3_records_event *records;
    /* Stats: The Stats Event. */
    struct awsc_s3_stats_event *stats;
    /* Progress: The Progress Event. */
    struct awsc_s3_progress_event *progress;
    /* Cont: The Continuation Event. */
    struct awsc_s3_continuation_event *cont;
    /* End: The End Event. */
    struct awsc_s3_end_event *end;
};

/* SelectObjectContentOutput */
struct awsc_s3_select_object_content_output {
    /* Payload: The array of results. */
    struct awsc_s3_select_object_content_event_stream *payload;
};

/*
 * Request to filter the contents of an Amazon S3 object based on a simple
 * Structured Query Language (SQL) statement. In the request, along with the
 * SQL expression, you must specify a data serialization format (JSON or CSV)
 * of the object. Amazon S3 uses this to parse object data into records.
 */
struct awsc_s3_select_object_content_input {
    /* Bucket: The S3 bucket. Required. */
    const char *bucket;
    /* Key: The object key. Required. */
    const char *key;
    /* SSECustomerAlgorithm: The server-side encryption (SSE) algorithm used to
     * encrypt the object. This parameter is needed only when the object was
     * created using a checksum algorithm. */
    const char *sse_customer_algorithm;
    /* SSECustomerKey: The server-side encryption (SSE) customer managed key. This
     * parameter is needed only when the object was created using a checksum
     * algorithm. */
    const char *sse_customer_key;
    /* SSECustomerKeyMD5: The MD5 server-side encryption (SSE) customer managed
     * key. This parameter is needed only when the object was created using a
     * checksum algorithm. */
    const char *sse_customer_key_md5;
    /* Expression: The expression that is used to query the object. Required. */
    const char *expression;
    /* ExpressionType: The type of the provided expression (for example, SQL).
     * Required. One of enum awsc_s3_expression_type's values (as its string). */
    const char *expression_type;
    /* RequestProgress: Specifies if periodic request progress information should
     * be enabled. */
    struct awsc_s3_request_progress *request_progress;
    /* InputSerialization: Describes the format of the data in the object that is
     * being queried. Required. */
    struct awsc_s3_input_serialization *input_serialization;
    /* OutputSerialization: Describes the format of the data that you want Amazon
     * S3 to return in response. Required. */
    struct awsc_s3_output_serialization *output_serialization;
    /* ScanRange: Specifies the byte range of the object to get the records from. A
     * record is processed when its first byte is contained by the range. */
    struct awsc_s3_scan_range *scan_range;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/*
 * Describes the parameters for Select job types.
 */
struct awsc_s3_select_parameters {
    /* InputSerialization: Describes the serialization format of the object.
     * Required. */
    struct awsc_s3_input_serialization *input_serialization;
    /* ExpressionType: The type of the provided expression (for example, SQL).
     * Required. One of enum awsc_s3_expression_type's values (as its string). */
    const char *expression_type;
    /* Expression: The expression that is used to query the object. Required. */
    const char *expression;
    /* OutputSerialization: Describes how the results of the Select job are
     * serialized. Required. */
    struct awsc_s3_output_serialization *output_serialization;
};

/*
 * Describes the default server-side encryption to apply to new objects in the
 * bucket. If a PUT Object request doesn't specify any server-side encryption,
 * this default encryption will be applied.
 */
struct awsc_s3_server_side_encryption_by_default {
    /* SSEAlgorithm: Server-side encryption algorithm to use for the default
     * encryption. Required. One of enum awsc_s3_server_side_encryption's values
     * (as its string). */
    const char *sse_algorithm;
    /* KMSMasterKeyID: Amazon Web Services Key Management Service (KMS) customer
     * Amazon Web Services KMS key ID to use for the default encryption. This
     * parameter is allowed if and only if SSEAlgorithm is set to aws:kms . */
    const char *kms_master_key_id;
};

/*
 * Specifies the default server-side-encryption configuration.
 */
struct awsc_s3_server_side_encryption_configuration {
    /* Rules: Container for information about a particular server-side encryption
     * configuration rule. Required. */
    struct awsc_s3_server_side_encryption_rules rules;
};

/*
 * Specifies the default server-side encryption configuration.
 */
struct awsc_s3_server_side_encryption_rule {
    /* ApplyServerSideEncryptionByDefault: Specifies the default server-side
     * encryption to apply to new objects in the bucket. If a PUT Object request
     * doesn't specify any server-side encryption, this default encryption will be
     * applied. */
    struct awsc_s3_server_side_encryption_by_default *apply_server_side_encryption_by_default;
    /* BucketKeyEnabled: Specifies whether Amazon S3 should use an S3 Bucket Key
     * with server-side encryption using KMS (SSE-KMS) for new objects in the
     * bucket. Existing objects are not affected. */
    bool has_bucket_key_enabled;
    bool bucket_key_enabled;
};

/*
 * A container that describes additional filters for identifying the source
 * objects that you want to replicate. You can choose to enable or disable the
 * replication of these objects.
 */
struct awsc_s3_source_selection_criteria {
    /* SseKmsEncryptedObjects: A container for filter information for the selection
     * of Amazon S3 objects encrypted with Amazon Web Services KMS. */
    struct awsc_s3_sse_kms_encrypted_objects *sse_kms_encrypted_objects;
    /* ReplicaModifications: A filter that you can specify for selections for
     * modifications on replicas. Amazon S3 doesn't replicate replica modifications
     * by default. */
    struct awsc_s3_replica_modifications *replica_modifications;
};

/*
 * A container for filter information for the selection of S3 objects encrypted
 * with Amazon Web Services KMS.
 */
struct awsc_s3_sse_kms_encrypted_objects {
    /* Status: Specifies whether Amazon S3 replicates objects created with
     * server-side encryption using an Amazon Web Services KMS key stored in Amazon
     * Web Services Key Management Service. Required. One of enum
     * awsc_s3_sse_kms_encrypted_objects_status's values (as its string). */
    const char *status;
};

/*
 * Container for the stats details.
 */
struct awsc_s3_stats {
    /* BytesScanned: The total number of object bytes scanned. */
    bool has_bytes_scanned;
    int64_t bytes_scanned;
    /* BytesProcessed: The total number of uncompressed object bytes processed. */
    bool has_bytes_processed;
    int64_t bytes_processed;
    /* BytesReturned: The total number of bytes of records payload data returned. */
    bool has_bytes_returned;
    int64_t bytes_returned;
};

/*
 * Container for the Stats Event.
 */
struct awsc_s3_stats_event {
    /* Details: The Stats event details. */
    struct awsc_s3_stats *details;
};

/*
 * Specifies data related to access patterns to be collected and made available
 * to analyze the tradeoffs between different storage classes for an Amazon S3
 * bucket.
 */
struct awsc_s3_storage_class_analysis {
    /* DataExport: Specifies how data related to the storage class analysis for an
     * Amazon S3 bucket should be exported. */
    struct awsc_s3_storage_class_analysis_data_export *data_export;
};

/*
 * Container for data related to the storage class analysis for an Amazon S3
 * bucket for export.
 */
struct awsc_s3_storage_class_analysis_data_export {
    /* OutputSchemaVersion: The version of the output schema to use when exporting
     * data. Must be V_1 . Required. One of enum
     * awsc_s3_storage_class_analysis_schema_version's values (as its string). */
    const char *output_schema_version;
    /* Destination: The place to store the data for an analysis. Required. */
    struct awsc_s3_analytics_export_destination *destination;
};

/*
 * A container of a key value name pair.
 */
struct awsc_s3_tag {
    /* Key: Name of the object key. Required. */
    const char *key;
    /* Value: Value of the tag. Required. */
    const char *value;
};

/*
 * Container for TagSet elements.
 */
struct awsc_s3_tagging {
    /* TagSet: A collection for a set of tags Required. */
    struct awsc_s3_tag_set tag_set;
};

/*
 * Container for granting information. Buckets that use the bucket owner
 * enforced setting for Object Ownership don't support target grants. For more
 * information, see Permissions server access log delivery in the Amazon S3
 * User Guide .
 */
struct awsc_s3_target_grant {
    /* Grantee: Container for the person being granted permissions. */
    struct awsc_s3_grantee *grantee;
    /* Permission: Logging permissions assigned to the grantee for the bucket. One
     * of enum awsc_s3_bucket_logs_permission's values (as its string). */
    const char *permission;
};

/*
 * The S3 Intelligent-Tiering storage class is designed to optimize storage
 * costs by automatically moving data to the most cost-effective storage access
 * tier, without additional operational overhead.
 */
struct awsc_s3_tiering {
    /* Days: The number of consecutive days of no access after which an object will
     * be eligible to be transitioned to the corresponding tier. Required. */
    bool has_days;
    int32_t days;
    /* AccessTier: S3 Intelligent-Tiering access tier. See Storage class for
     * automatically optimizing frequently and infrequently accessed objects for a
     * list of access tiers in the S3 Intelligent-Tiering storage class. Required.
     * One of enum awsc_s3_intelligent_tiering_access_tier's values (as its
     * string). */
    const char *access_tier;
};

/*
 * A container for specifying the configuration for publication of messages to
 * an Amazon Simple Notification Service (Amazon SNS) topic when Amazon S3
 * detects specified events.
 */
struct awsc_s3_topic_configuration {
    /* Id: */
    const char *id;
    /* TopicArn: The Amazon Resource Name (ARN) of the Amazon SNS topic to which
     * Amazon S3 publishes a message when it detects events of the specified type.
     * Required. */
    const char *topic_arn;
    /* Events: The Amazon S3 bucket event about which to send notifications. For
     * more information, see Supported Event Types in the Amazon S3 User Guide .
     * Required. */
    struct awsc_s3_event_list events;
    /* Filter: */
    struct awsc_s3_notification_configuration_filter *filter;
};

/*
 * A container for specifying the configuration for publication of messages to
 * an Amazon Simple Notification Service (Amazon SNS) topic when Amazon S3
 * detects specified events. This data type is deprecated. Use
 * TopicConfiguration instead.
 */
struct awsc_s3_topic_configuration_deprecated {
    /* Id: */
    const char *id;
    /* Events: A collection of events related to objects */
    struct awsc_s3_event_list events;
    /* Event: Bucket event for which to send notifications. One of enum
     * awsc_s3_event's values (as its string). */
    const char *event;
    /* Topic: Amazon SNS topic to which Amazon S3 will publish a message to report
     * the specified events for the bucket. */
    const char *topic;
};

/*
 * Specifies when an object transitions to a specified storage class. For more
 * information about Amazon S3 lifecycle configuration rules, see Transitioning
 * Objects Using Amazon S3 Lifecycle in the Amazon S3 User Guide .
 */
struct awsc_s3_transition {
    /* Date: Indicates when objects are transitioned to the specified storage
     * class. The date value must be in ISO 8601 format. The time is always
     * midnight UTC. */
    bool has_date;
    struct awsc_timestamp date;
    /* Days: Indicates the number of days after creation when objects are
     * transitioned to the specified storage class. The value must be a positive
     * integer. */
    bool has_days;
    int32_t days;
    /* StorageClass: The storage class to which you want the object to transition.
     * One of enum awsc_s3_transition_storage_class's values (as its string). */
    const char *storage_class;
};

/* UploadPartCopyOutput */
struct awsc_s3_upload_part_copy_output {
    /* CopySourceVersionId: The version of the source object that was copied, if
     * you have enabled versioning on the source bucket. */
    const char *copy_source_version_id;
    /* CopyPartResult: Container for all response elements. */
    struct awsc_s3_copy_part_result *copy_part_result;
    /* ServerSideEncryption: The server-side encryption algorithm used when storing
     * this object in Amazon S3 (for example, AES256, aws:kms). One of enum
     * awsc_s3_server_side_encryption's values (as its string). */
    const char *server_side_encryption;
    /* SSECustomerAlgorithm: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header
     * confirming the encryption algorithm used. */
    const char *sse_customer_algorithm;
    /* SSECustomerKeyMD5: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header to
     * provide round-trip message integrity verification of the customer-provided
     * ... */
    const char *sse_customer_key_md5;
    /* SSEKMSKeyId: If present, specifies the ID of the Amazon Web Services Key
     * Management Service (Amazon Web Services KMS) symmetric customer managed key
     * that was used for the object. */
    const char *ssekms_key_id;
    /* BucketKeyEnabled: Indicates whether the multipart upload uses an S3 Bucket
     * Key for server-side encryption with Amazon Web Services KMS (SSE-KMS). */
    bool has_bucket_key_enabled;
    bool bucket_key_enabled;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
};

/* UploadPartCopyRequest */
struct awsc_s3_upload_part_copy_input {
    /* Bucket: The bucket name. When using this action with an access point, you
     * must direct requests to the access point hostname. Required. */
    const char *bucket;
    /* CopySource: Specifies the source object for the copy operation. You specify
     * the value in one of two formats, depending on whether you want to access the
     * source object through an access point : For objects not ... Required. */
    const char *copy_source;
    /* CopySourceIfMatch: Copies the object if its entity tag (ETag) matches the
     * specified tag. */
    const char *copy_source_if_match;
    /* CopySourceIfModifiedSince: Copies the object if it has been modified since
     * the specified time. */
    bool has_copy_source_if_modified_since;
    struct awsc_timestamp copy_source_if_modified_since;
    /* CopySourceIfNoneMatch: Copies the object if its entity tag (ETag) is
     * different than the specified ETag. */
    const char *copy_source_if_none_match;
    /* CopySourceIfUnmodifiedSince: Copies the object if it hasn't been modified
     * since the specified time. */
    bool has_copy_source_if_unmodified_since;
    struct awsc_timestamp copy_source_if_unmodified_since;
    /* CopySourceRange: The range of bytes to copy from the source object. The
     * range value must use the form bytes=first-last, where the first and last are
     * the zero-based byte offsets to copy. */
    const char *copy_source_range;
    /* Key: Object key for which the multipart upload was initiated. Required. */
    const char *key;
    /* PartNumber: Part number of part being copied. This is a positive integer
     * between 1 and 10,000. Required. */
    bool has_part_number;
    int32_t part_number;
    /* UploadId: Upload ID identifying the multipart upload whose part is being
     * copied. Required. */
    const char *upload_id;
    /* SSECustomerAlgorithm: Specifies the algorithm to use to when encrypting the
     * object (for example, AES256). */
    const char *sse_customer_algorithm;
    /* SSECustomerKey: Specifies the customer-provided encryption key for Amazon S3
     * to use in encrypting data. This value is used to store the object and then
     * it is discarded; Amazon S3 does not store the encryption key. */
    const char *sse_customer_key;
    /* SSECustomerKeyMD5: Specifies the 128-bit MD5 digest of the encryption key
     * according to RFC 1321. Amazon S3 uses this header for a message integrity
     * check to ensure that the encryption key was transmitted without error. */
    const char *sse_customer_key_md5;
    /* CopySourceSSECustomerAlgorithm: Specifies the algorithm to use when
     * decrypting the source object (for example, AES256). */
    const char *copy_source_sse_customer_algorithm;
    /* CopySourceSSECustomerKey: Specifies the customer-provided encryption key for
     * Amazon S3 to use to decrypt the source object. */
    const char *copy_source_sse_customer_key;
    /* CopySourceSSECustomerKeyMD5: Specifies the 128-bit MD5 digest of the
     * encryption key according to RFC 1321. Amazon S3 uses this header for a
     * message integrity check to ensure that the encryption key was transmitted
     * without error. */
    const char *copy_source_sse_customer_key_md5;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* ExpectedBucketOwner: The account ID of the expected destination bucket
     * owner. If the destination bucket is owned by a different account, the
     * request fails with the HTTP status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
    /* ExpectedSourceBucketOwner: The account ID of the expected source bucket
     * owner. If the source bucket is owned by a different account, the request
     * fails with the HTTP status code 403 Forbidden (access denied). */
    const char *expected_source_bucket_owner;
};

/* UploadPartOutput */
struct awsc_s3_upload_part_output {
    /* ServerSideEncryption: The server-side encryption algorithm used when storing
     * this object in Amazon S3 (for example, AES256, aws:kms). One of enum
     * awsc_s3_server_side_encryption's values (as its string). */
    const char *server_side_encryption;
    /* ETag: Entity tag for the uploaded object. */
    const char *e_tag;
    /* ChecksumCRC32: The base64-encoded, 32-bit CRC32 checksum of the object. This
     * will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: The base64-encoded, 32-bit CRC32C checksum of the object.
     * This will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_crc32_c;
    /* ChecksumSHA1: The base64-encoded, 160-bit SHA-1 digest of the object. This
     * will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_sha1;
    /* ChecksumSHA256: The base64-encoded, 256-bit SHA-256 digest of the object.
     * This will only be present if it was uploaded with the object. With multipart
     * uploads, this may not be a checksum value of the object. */
    const char *checksum_sha256;
    /* SSECustomerAlgorithm: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header
     * confirming the encryption algorithm used. */
    const char *sse_customer_algorithm;
    /* SSECustomerKeyMD5: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header to
     * provide round-trip message integrity verification of the customer-provided
     * ... */
    const char *sse_customer_key_md5;
    /* SSEKMSKeyId: If present, specifies the ID of the Amazon Web Services Key
     * Management Service (Amazon Web Services KMS) symmetric customer managed key
     * was used for the object. */
    const char *ssekms_key_id;
    /* BucketKeyEnabled: Indicates whether the multipart upload uses an S3 Bucket
     * Key for server-side encryption with Amazon Web Services KMS (SSE-KMS). */
    bool has_bucket_key_enabled;
    bool bucket_key_enabled;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
};

/* UploadPartRequest */
struct awsc_s3_upload_part_input {
    /* Body: Object data. */
    struct awsc_stream body;
    /* Bucket: The name of the bucket to which the multipart upload was initiated.
     * Required. */
    const char *bucket;
    /* ContentLength: Size of the body in bytes. This parameter is useful when the
     * size of the body cannot be determined automatically. */
    bool has_content_length;
    int64_t content_length;
    /* ContentMD5: The base64-encoded 128-bit MD5 digest of the part data. This
     * parameter is auto-populated when using the command from the CLI. This
     * parameter is required if object lock parameters are specified. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when using the SDK. This header will not provide any additional
     * functionality if not using the SDK. One of enum awsc_s3_checksum_algorithm's
     * values (as its string). */
    const char *checksum_algorithm;
    /* ChecksumCRC32: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_crc32_c;
    /* ChecksumSHA1: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_sha1;
    /* ChecksumSHA256: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_sha256;
    /* Key: Object key for which the multipart upload was initiated. Required. */
    const char *key;
    /* PartNumber: Part number of part being uploaded. This is a positive integer
     * between 1 and 10,000. Required. */
    bool has_part_number;
    int32_t part_number;
    /* UploadId: Upload ID identifying the multipart upload whose part is being
     * uploaded. Required. */
    const char *upload_id;
    /* SSECustomerAlgorithm: Specifies the algorithm to use to when encrypting the
     * object (for example, AES256). */
    const char *sse_customer_algorithm;
    /* SSECustomerKey: Specifies the customer-provided encryption key for Amazon S3
     * to use in encrypting data. This value is used to store the object and then
     * it is discarded; Amazon S3 does not store the encryption key. */
    const char *sse_customer_key;
    /* SSECustomerKeyMD5: Specifies the 128-bit MD5 digest of the encryption key
     * according to RFC 1321. Amazon S3 uses this header for a message integrity
     * check to ensure that the encryption key was transmitted without error. */
    const char *sse_customer_key_md5;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with the HTTP
     * status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
};

/*
 * Describes the versioning state of an Amazon S3 bucket. For more information,
 * see PUT Bucket versioning in the Amazon S3 API Reference .
 */
struct awsc_s3_versioning_configuration {
    /* MFADelete: Specifies whether MFA delete is enabled in the bucket versioning
     * configuration. This element is only returned if the bucket has been
     * configured with MFA delete. One of enum awsc_s3_mfa_delete's values (as its
     * string). */
    const char *mfa_delete;
    /* Status: The versioning state of the bucket. One of enum
     * awsc_s3_bucket_versioning_status's values (as its string). */
    const char *status;
};

/*
 * Specifies website configuration parameters for an Amazon S3 bucket.
 */
struct awsc_s3_website_configuration {
    /* ErrorDocument: The name of the error document for the website. */
    struct awsc_s3_error_document *error_document;
    /* IndexDocument: The name of the index document for the website. */
    struct awsc_s3_index_document *index_document;
    /* RedirectAllRequestsTo: The redirect behavior for every request to this
     * bucket's website endpoint. If you specify this property, you can't specify
     * any other property. */
    struct awsc_s3_redirect_all_requests_to *redirect_all_requests_to;
    /* RoutingRules: Rules that define when a redirect is applied and the redirect
     * behavior. */
    struct awsc_s3_routing_rules routing_rules;
};

/* WriteGetObjectResponseRequest */
struct awsc_s3_write_get_object_response_input {
    /* RequestRoute: Route prefix to the HTTP URL generated. Required. */
    const char *request_route;
    /* RequestToken: A single use encrypted token that maps WriteGetObjectResponse
     * to the end user GetObject request. Required. */
    const char *request_token;
    /* Body: The object data. */
    struct awsc_stream body;
    /* StatusCode: The integer status code for an HTTP response of a corresponding
     * GetObject request. */
    bool has_status_code;
    int32_t status_code;
    /* ErrorCode: A string that uniquely identifies an error condition. Returned in
     * the <Code> tag of the error XML response for a corresponding GetObject call. */
    const char *error_code;
    /* ErrorMessage: Contains a generic description of the error condition.
     * Returned in the <Message> tag of the error XML response for a corresponding
     * GetObject call. */
    const char *error_message;
    /* AcceptRanges: Indicates that a range of bytes was specified. */
    const char *accept_ranges;
    /* CacheControl: Specifies caching behavior along the request/reply chain. */
    const char *cache_control;
    /* ContentDisposition: Specifies presentational information for the object. */
    const char *content_disposition;
    /* ContentEncoding: Specifies what content encodings have been applied to the
     * object and thus what decoding mechanisms must be applied to obtain the
     * media-type referenced by the Content-Type header field. */
    const char *content_encoding;
    /* ContentLanguage: The language the content is in. */
    const char *content_language;
    /* ContentLength: The size of the content body in bytes. */
    bool has_content_length;
    int64_t content_length;
    /* ContentRange: The portion of the object returned in the response. */
    const char *content_range;
    /* ContentType: A standard MIME type describing the format of the object data. */
    const char *content_type;
    /* ChecksumCRC32: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_crc32_c;
    /* ChecksumSHA1: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_sha1;
    /* ChecksumSHA256: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_sha256;
    /* DeleteMarker: Specifies whether an object stored in Amazon S3 is ( true ) or
     * is not ( false ) a delete marker. */
    bool has_delete_marker;
    bool delete_marker;
    /* ETag: An opaque identifier assigned by a web server to a specific version of
     * a resource found at a URL. */
    const char *e_tag;
    /* Expires: The date and time at which the object is no longer cacheable. */
    bool has_expires;
    struct awsc_timestamp expires;
    /* Expiration: If the object expiration is configured (see PUT Bucket
     * lifecycle), the response includes this header. */
    const char *expiration;
    /* LastModified: The date and time that the object was last modified. */
    bool has_last_modified;
    struct awsc_timestamp last_modified;
    /* MissingMeta: Set to the number of metadata entries not returned in
     * x-amz-meta headers. This can happen if you create metadata using an API like
     * SOAP that supports more flexible metadata than the REST API. */
    bool has_missing_meta;
    int32_t missing_meta;
    /* Metadata: A map of metadata to store with the object in S3. */
    struct awsc_s3_metadata metadata;
    /* ObjectLockMode: Indicates whether an object stored in Amazon S3 has Object
     * Lock enabled. For more information about S3 Object Lock, see Object Lock .
     * One of enum awsc_s3_object_lock_mode's values (as its string). */
    const char *object_lock_mode;
    /* ObjectLockLegalHoldStatus: Indicates whether an object stored in Amazon S3
     * has an active legal hold. One of enum
     * awsc_s3_object_lock_legal_hold_status's values (as its string). */
    const char *object_lock_legal_hold_status;
    /* ObjectLockRetainUntilDate: The date and time when Object Lock is configured
     * to expire. */
    bool has_object_lock_retain_until_date;
    struct awsc_timestamp object_lock_retain_until_date;
    /* PartsCount: The count of parts this object has. */
    bool has_parts_count;
    int32_t parts_count;
    /* ReplicationStatus: Indicates if request involves bucket that is either a
     * source or destination in a Replication rule. For more information about S3
     * Replication, see Replication . One of enum awsc_s3_replication_status's
     * values (as its string). */
    const char *replication_status;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
    /* Restore: Provides information about object restoration operation and
     * expiration time of the restored object copy. */
    const char *restore;
    /* ServerSideEncryption: The server-side encryption algorithm used when storing
     * requested object in Amazon S3 (for example, AES256, aws:kms). One of enum
     * awsc_s3_server_side_encryption's values (as its string). */
    const char *server_side_encryption;
    /* SSECustomerAlgorithm: Encryption algorithm used if server-side encryption
     * with a customer-provided encryption key was specified for object stored in
     * Amazon S3. */
    const char *sse_customer_algorithm;
    /* SSEKMSKeyId: If present, specifies the ID of the Amazon Web Services Key
     * Management Service (Amazon Web Services KMS) symmetric customer managed key
     * that was used for stored in Amazon S3 object. */
    const char *ssekms_key_id;
    /* SSECustomerKeyMD5: 128-bit MD5 digest of customer-provided encryption key
     * used in Amazon S3 to encrypt data stored in S3. */
    const char *sse_customer_key_md5;
    /* StorageClass: Provides storage class information of the object. Amazon S3
     * returns this header for all objects except for S3 Standard storage class
     * objects. One of enum awsc_s3_storage_class's values (as its string). */
    const char *storage_class;
    /* TagCount: The number of tags, if any, on the object. */
    bool has_tag_count;
    int32_t tag_count;
    /* VersionId: An ID used to reference a specific version of the object. */
    const char *version_id;
    /* BucketKeyEnabled: Indicates whether the object stored in Amazon S3 uses an
     * S3 bucket key for server-side encryption with Amazon Web Services KMS
     * (SSE-KMS). */
    bool has_bucket_key_enabled;
    bool bucket_key_enabled;
};

struct awsc_s3_metadata_entry_2 {
    const char *key;
    const char *value;
};

/* ----------------------------------------------------------- operations */

/*
 * AbortMultipartUpload
 * This action aborts a multipart upload. After a multipart upload is aborted,
 * no additional parts can be uploaded using that upload ID. The storage
 * consumed by any previously uploaded parts will be freed.
 * Errors: AWSC_S3_ERR_NO_SUCH_UPLOAD
 */
AWSC_API int awsc_s3_abort_multipart_upload(struct awsc_client *client,
                                            const struct awsc_s3_abort_multipart_upload_input *input,
                                            struct awsc_s3_abort_multipart_upload_output **output,
                                            struct awsc_error *err);
typedef void awsc_s3_abort_multipart_upload_cb(void *user_data,
                                               int status,
                                               struct awsc_s3_abort_multipart_upload_output *output,
                                               struct awsc_error *err);
AWSC_API int awsc_s3_abort_multipart_upload_async(struct awsc_client *client,
                                                  const struct awsc_s3_abort_multipart_upload_input *input,
                                                  awsc_s3_abort_multipart_upload_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * CompleteMultipartUpload
 * Completes a multipart upload by assembling previously uploaded parts.
 */
AWSC_API int awsc_s3_complete_multipart_upload(struct awsc_client *client,
                                               const struct awsc_s3_complete_multipart_upload_input *input,
                                               struct awsc_s3_complete_multipart_upload_output **output,
                                               struct awsc_error *err);
typedef void awsc_s3_complete_multipart_upload_cb(void *user_data,
                                                  int status,
                                                  struct awsc_s3_complete_multipart_upload_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_s3_complete_multipart_upload_async(struct awsc_client *client,
                                                     const struct awsc_s3_complete_multipart_upload_input *input,
                                                     awsc_s3_complete_multipart_upload_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * CopyObject
 * Creates a copy of an object that is already stored in Amazon S3. You can
 * store individual objects of up to 5 TB in Amazon S3. You create a copy of
 * your object up to 5 GB in size in a single atomic action using this API.
 * Errors: AWSC_S3_ERR_OBJECT_NOT_IN_ACTIVE_TIER_ERROR
 */
AWSC_API int awsc_s3_copy_object(struct awsc_client *client,
                                 const struct awsc_s3_copy_object_input *input,
                                 struct awsc_s3_copy_object_output **output,
                                 struct awsc_error *err);
typedef void awsc_s3_copy_object_cb(void *user_data,
                                    int status,
                                    struct awsc_s3_copy_object_output *output,
                                    struct awsc_error *err);
AWSC_API int awsc_s3_copy_object_async(struct awsc_client *client,
                                       const struct awsc_s3_copy_object_input *input,
                                       awsc_s3_copy_object_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err);

/*
 * CreateBucket
 * Creates a new S3 bucket. To create a bucket, you must register with Amazon
 * S3 and have a valid Amazon Web Services Access Key ID to authenticate
 * requests. Anonymous requests are never allowed to create buckets. By
 * creating the bucket, you become the bucket owner.
 * Errors: AWSC_S3_ERR_BUCKET_ALREADY_EXISTS,
 *   AWSC_S3_ERR_BUCKET_ALREADY_OWNED_BY_YOU
 */
AWSC_API int awsc_s3_create_bucket(struct awsc_client *client,
                                   const struct awsc_s3_create_bucket_input *input,
                                   struct awsc_s3_create_bucket_output **output,
                                   struct awsc_error *err);
typedef void awsc_s3_create_bucket_cb(void *user_data,
                                      int status,
                                      struct awsc_s3_create_bucket_output *output,
                                      struct awsc_error *err);
AWSC_API int awsc_s3_create_bucket_async(struct awsc_client *client,
                                         const struct awsc_s3_create_bucket_input *input,
                                         awsc_s3_create_bucket_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err);

/*
 * CreateMultipartUpload
 * This action initiates a multipart upload and returns an upload ID. This
 * upload ID is used to associate all of the parts in the specific multipart
 * upload. You specify this upload ID in each of your subsequent upload part
 * requests (see UploadPart ).
 */
AWSC_API int awsc_s3_create_multipart_upload(struct awsc_client *client,
                                             const struct awsc_s3_create_multipart_upload_input *input,
                                             struct awsc_s3_create_multipart_upload_output **output,
                                             struct awsc_error *err);
typedef void awsc_s3_create_multipart_upload_cb(void *user_data,
                                                int status,
                                                struct awsc_s3_create_multipart_upload_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_s3_create_multipart_upload_async(struct awsc_client *client,
                                                   const struct awsc_s3_create_multipart_upload_input *input,
                                                   awsc_s3_create_multipart_upload_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * DeleteBucket
 * Deletes the S3 bucket. All objects (including all object versions and delete
 * markers) in the bucket must be deleted before the bucket itself can be
 * deleted. Related Resources CreateBucket DeleteObject
 */
AWSC_API int awsc_s3_delete_bucket(struct awsc_client *client,
                                   const struct awsc_s3_delete_bucket_input *input,
                                   struct awsc_error *err);
typedef void awsc_s3_delete_bucket_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_s3_delete_bucket_async(struct awsc_client *client,
                                         const struct awsc_s3_delete_bucket_input *input,
                                         awsc_s3_delete_bucket_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err);

/*
 * DeleteBucketAnalyticsConfiguration
 * Deletes an analytics configuration for the bucket (specified by the
 * analytics configuration ID).
 */
AWSC_API int awsc_s3_delete_bucket_analytics_configuration(struct awsc_client *client,
                                                           const struct awsc_s3_delete_bucket_analytics_configuration_input *input,
                                                           struct awsc_error *err);
typedef void awsc_s3_delete_bucket_analytics_configuration_cb(void *user_data,
                                                              int status,
                                                              struct awsc_error *err);
AWSC_API int awsc_s3_delete_bucket_analytics_configuration_async(struct awsc_client *client,
                                                                 const struct awsc_s3_delete_bucket_analytics_configuration_input *input,
                                                                 awsc_s3_delete_bucket_analytics_configuration_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err);

/*
 * DeleteBucketCors
 * Deletes the cors configuration information set for the bucket.
 */
AWSC_API int awsc_s3_delete_bucket_cors(struct awsc_client *client,
                                        const struct awsc_s3_delete_bucket_cors_input *input,
                                        struct awsc_error *err);
typedef void awsc_s3_delete_bucket_cors_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_s3_delete_bucket_cors_async(struct awsc_client *client,
                                              const struct awsc_s3_delete_bucket_cors_input *input,
                                              awsc_s3_delete_bucket_cors_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * DeleteBucketEncryption
 * This implementation of the DELETE action removes default encryption from the
 * bucket. For information about the Amazon S3 default encryption feature, see
 * Amazon S3 Default Bucket Encryption in the Amazon S3 User Guide .
 */
AWSC_API int awsc_s3_delete_bucket_encryption(struct awsc_client *client,
                                              const struct awsc_s3_delete_bucket_encryption_input *input,
                                              struct awsc_error *err);
typedef void awsc_s3_delete_bucket_encryption_cb(void *user_data,
                                                 int status,
                                                 struct awsc_error *err);
AWSC_API int awsc_s3_delete_bucket_encryption_async(struct awsc_client *client,
                                                    const struct awsc_s3_delete_bucket_encryption_input *input,
                                                    awsc_s3_delete_bucket_encryption_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * DeleteBucketIntelligentTieringConfiguration
 * Deletes the S3 Intelligent-Tiering configuration from the specified bucket.
 */
AWSC_API int awsc_s3_delete_bucket_intelligent_tiering_configuration(struct awsc_client *client,
                                                                     const struct awsc_s3_delete_bucket_intelligent_tiering_configuration_input *input,
                                                                     struct awsc_error *err);
typedef void awsc_s3_delete_bucket_intelligent_tiering_configuration_cb(void *user_data,
                                                                        int status,
                                                                        struct awsc_error *err);
AWSC_API int awsc_s3_delete_bucket_intelligent_tiering_configuration_async(struct awsc_client *client,
                                                                           const struct awsc_s3_delete_bucket_intelligent_tiering_configuration_input *input,
                                                                           awsc_s3_delete_bucket_intelligent_tiering_configuration_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err);

/*
 * DeleteBucketInventoryConfiguration
 * Deletes an inventory configuration (identified by the inventory ID) from the
 * bucket.
 */
AWSC_API int awsc_s3_delete_bucket_inventory_configuration(struct awsc_client *client,
                                                           const struct awsc_s3_delete_bucket_inventory_configuration_input *input,
                                                           struct awsc_error *err);
typedef void awsc_s3_delete_bucket_inventory_configuration_cb(void *user_data,
                                                              int status,
                                                              struct awsc_error *err);
AWSC_API int awsc_s3_delete_bucket_inventory_configuration_async(struct awsc_client *client,
                                                                 const struct awsc_s3_delete_bucket_inventory_configuration_input *input,
                                                                 awsc_s3_delete_bucket_inventory_configuration_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err);

/*
 * DeleteBucketLifecycle
 * Deletes the lifecycle configuration from the specified bucket. Amazon S3
 * removes all the lifecycle configuration rules in the lifecycle subresource
 * associated with the bucket.
 */
AWSC_API int awsc_s3_delete_bucket_lifecycle(struct awsc_client *client,
                                             const struct awsc_s3_delete_bucket_lifecycle_input *input,
                                             struct awsc_error *err);
typedef void awsc_s3_delete_bucket_lifecycle_cb(void *user_data,
                                                int status,
                                                struct awsc_error *err);
AWSC_API int awsc_s3_delete_bucket_lifecycle_async(struct awsc_client *client,
                                                   const struct awsc_s3_delete_bucket_lifecycle_input *input,
                                                   awsc_s3_delete_bucket_lifecycle_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * DeleteBucketMetricsConfiguration
 * Deletes a metrics configuration for the Amazon CloudWatch request metrics
 * (specified by the metrics configuration ID) from the bucket. Note that this
 * doesn't include the daily storage metrics.
 */
AWSC_API int awsc_s3_delete_bucket_metrics_configuration(struct awsc_client *client,
                                                         const struct awsc_s3_delete_bucket_metrics_configuration_input *input,
                                                         struct awsc_error *err);
typedef void awsc_s3_delete_bucket_metrics_configuration_cb(void *user_data,
                                                            int status,
                                                            struct awsc_error *err);
AWSC_API int awsc_s3_delete_bucket_metrics_configuration_async(struct awsc_client *client,
                                                               const struct awsc_s3_delete_bucket_metrics_configuration_input *input,
                                                               awsc_s3_delete_bucket_metrics_configuration_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);

/*
 * DeleteBucketOwnershipControls
 * Removes OwnershipControls for an Amazon S3 bucket. To use this operation,
 * you must have the s3:PutBucketOwnershipControls permission. For more
 * information about Amazon S3 permissions, see Specifying Permissions in a
 * Policy .
 */
AWSC_API int awsc_s3_delete_bucket_ownership_controls(struct awsc_client *client,
                                                      const struct awsc_s3_delete_bucket_ownership_controls_input *input,
                                                      struct awsc_error *err);
typedef void awsc_s3_delete_bucket_ownership_controls_cb(void *user_data,
                                                         int status,
                                                         struct awsc_error *err);
AWSC_API int awsc_s3_delete_bucket_ownership_controls_async(struct awsc_client *client,
                                                            const struct awsc_s3_delete_bucket_ownership_controls_input *input,
                                                            awsc_s3_delete_bucket_ownership_controls_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);

/*
 * DeleteBucketPolicy
 * This implementation of the DELETE action uses the policy subresource to
 * delete the policy of a specified bucket.
 */
AWSC_API int awsc_s3_delete_bucket_policy(struct awsc_client *client,
                                          const struct awsc_s3_delete_bucket_policy_input *input,
                                          struct awsc_error *err);
typedef void awsc_s3_delete_bucket_policy_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_s3_delete_bucket_policy_async(struct awsc_client *client,
                                                const struct awsc_s3_delete_bucket_policy_input *input,
                                                awsc_s3_delete_bucket_policy_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * DeleteBucketReplication
 * Deletes the replication configuration from the bucket.
 */
AWSC_API int awsc_s3_delete_bucket_replication(struct awsc_client *client,
                                               const struct awsc_s3_delete_bucket_replication_input *input,
                                               struct awsc_error *err);
typedef void awsc_s3_delete_bucket_replication_cb(void *user_data,
                                                  int status,
                                                  struct awsc_error *err);
AWSC_API int awsc_s3_delete_bucket_replication_async(struct awsc_client *client,
                                                     const struct awsc_s3_delete_bucket_replication_input *input,
                                                     awsc_s3_delete_bucket_replication_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * DeleteBucketTagging
 * Deletes the tags from the bucket. To use this operation, you must have
 * permission to perform the s3:PutBucketTagging action. By default, the bucket
 * owner has this permission and can grant this permission to others.
 */
AWSC_API int awsc_s3_delete_bucket_tagging(struct awsc_client *client,
                                           const struct awsc_s3_delete_bucket_tagging_input *input,
                                           struct awsc_error *err);
typedef void awsc_s3_delete_bucket_tagging_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_s3_delete_bucket_tagging_async(struct awsc_client *client,
                                                 const struct awsc_s3_delete_bucket_tagging_input *input,
                                                 awsc_s3_delete_bucket_tagging_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * DeleteBucketWebsite
 * This action removes the website configuration for a bucket. Amazon S3
 * returns a 200 OK response upon successfully deleting a website configuration
 * on the specified bucket. You will get a 200 OK response if the website
 * configuration you are trying to delete does not exist on the bucket.
 */
AWSC_API int awsc_s3_delete_bucket_website(struct awsc_client *client,
                                           const struct awsc_s3_delete_bucket_website_input *input,
                                           struct awsc_error *err);
typedef void awsc_s3_delete_bucket_website_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_s3_delete_bucket_website_async(struct awsc_client *client,
                                                 const struct awsc_s3_delete_bucket_website_input *input,
                                                 awsc_s3_delete_bucket_website_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * DeleteObject
 * Removes the null version (if there is one) of an object and inserts a delete
 * marker, which becomes the latest version of the object. If there isn't a
 * null version, Amazon S3 does not remove any objects but will still respond
 * that the command was successful.
 */
AWSC_API int awsc_s3_delete_object(struct awsc_client *client,
                                   const struct awsc_s3_delete_object_input *input,
                                   struct awsc_s3_delete_object_output **output,
                                   struct awsc_error *err);
typedef void awsc_s3_delete_object_cb(void *user_data,
                                      int status,
                                      struct awsc_s3_delete_object_output *output,
                                      struct awsc_error *err);
AWSC_API int awsc_s3_delete_object_async(struct awsc_client *client,
                                         const struct awsc_s3_delete_object_input *input,
                                         awsc_s3_delete_object_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err);

/*
 * DeleteObjectTagging
 * Removes the entire tag set from the specified object. For more information
 * about managing object tags, see Object Tagging .
 */
AWSC_API int awsc_s3_delete_object_tagging(struct awsc_client *client,
                                           const struct awsc_s3_delete_object_tagging_input *input,
                                           struct awsc_s3_delete_object_tagging_output **output,
                                           struct awsc_error *err);
typedef void awsc_s3_delete_object_tagging_cb(void *user_data,
                                              int status,
                                              struct awsc_s3_delete_object_tagging_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_s3_delete_object_tagging_async(struct awsc_client *client,
                                                 const struct awsc_s3_delete_object_tagging_input *input,
                                                 awsc_s3_delete_object_tagging_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * DeleteObjects
 * This action enables you to delete multiple objects from a bucket using a
 * single HTTP request. If you know the object keys that you want to delete,
 * then this action provides a suitable alternative to sending individual
 * delete requests, reducing per-request overhead.
 */
AWSC_API int awsc_s3_delete_objects(struct awsc_client *client,
                                    const struct awsc_s3_delete_objects_input *input,
                                    struct awsc_s3_delete_objects_output **output,
                                    struct awsc_error *err);
typedef void awsc_s3_delete_objects_cb(void *user_data,
                                       int status,
                                       struct awsc_s3_delete_objects_output *output,
                                       struct awsc_error *err);
AWSC_API int awsc_s3_delete_objects_async(struct awsc_client *client,
                                          const struct awsc_s3_delete_objects_input *input,
                                          awsc_s3_delete_objects_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err);

/*
 * DeletePublicAccessBlock
 * Removes the PublicAccessBlock configuration for an Amazon S3 bucket. To use
 * this operation, you must have the s3:PutBucketPublicAccessBlock permission.
 */
AWSC_API int awsc_s3_delete_public_access_block(struct awsc_client *client,
                                                const struct awsc_s3_delete_public_access_block_input *input,
                                                struct awsc_error *err);
typedef void awsc_s3_delete_public_access_block_cb(void *user_data,
                                                   int status,
                                                   struct awsc_error *err);
AWSC_API int awsc_s3_delete_public_access_block_async(struct awsc_client *client,
                                                      const struct awsc_s3_delete_public_access_block_input *input,
                                                      awsc_s3_delete_public_access_block_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * GetBucketAccelerateConfiguration
 * This implementation of the GET action uses the accelerate subresource to
 * return the Transfer Acceleration state of a bucket, which is either Enabled
 * or Suspended . Amazon S3 Transfer Acceleration is a bucket-level feature
 * that enables you to perform faster data transfers to and from Amazon S3.
 */
AWSC_API int awsc_s3_get_bucket_accelerate_configuration(struct awsc_client *client,
                                                         const struct awsc_s3_get_bucket_accelerate_configuration_input *input,
                                                         struct awsc_s3_get_bucket_accelerate_configuration_output **output,
                                                         struct awsc_error *err);
typedef void awsc_s3_get_bucket_accelerate_configuration_cb(void *user_data,
                                                            int status,
                                                            struct awsc_s3_get_bucket_accelerate_configuration_output *output,
                                                            struct awsc_error *err);
AWSC_API int awsc_s3_get_bucket_accelerate_configuration_async(struct awsc_client *client,
                                                               const struct awsc_s3_get_bucket_accelerate_configuration_input *input,
                                                               awsc_s3_get_bucket_accelerate_configuration_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);

/*
 * GetBucketAcl
 * This implementation of the GET action uses the acl subresource to return the
 * access control list (ACL) of a bucket. To use GET to return the ACL of the
 * bucket, you must have READ_ACP access to the bucket.
 */
AWSC_API int awsc_s3_get_bucket_acl(struct awsc_client *client,
                                    const struct awsc_s3_get_bucket_acl_input *input,
                                    struct awsc_s3_get_bucket_acl_output **output,
                                    struct awsc_error *err);
typedef void awsc_s3_get_bucket_acl_cb(void *user_data,
                                       int status,
                                       struct awsc_s3_get_bucket_acl_output *output,
                                       struct awsc_error *err);
AWSC_API int awsc_s3_get_bucket_acl_async(struct awsc_client *client,
                                          const struct awsc_s3_get_bucket_acl_input *input,
                                          awsc_s3_get_bucket_acl_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err);

/*
 * GetBucketAnalyticsConfiguration
 * This implementation of the GET action returns an analytics configuration
 * (identified by the analytics configuration ID) from the bucket.
 */
AWSC_API int awsc_s3_get_bucket_analytics_configuration(struct awsc_client *client,
                                                        const struct awsc_s3_get_bucket_analytics_configuration_input *input,
                                                        struct awsc_s3_get_bucket_analytics_configuration_output **output,
                                                        struct awsc_error *err);
typedef void awsc_s3_get_bucket_analytics_configuration_cb(void *user_data,
                                                           int status,
                                                           struct awsc_s3_get_bucket_analytics_configuration_output *output,
                                                           struct awsc_error *err);
AWSC_API int awsc_s3_get_bucket_analytics_configuration_async(struct awsc_client *client,
                                                              const struct awsc_s3_get_bucket_analytics_configuration_input *input,
                                                              awsc_s3_get_bucket_analytics_configuration_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);

/*
 * GetBucketCors
 * Returns the Cross-Origin Resource Sharing (CORS) configuration information
 * set for the bucket.
 */
AWSC_API int awsc_s3_get_bucket_cors(struct awsc_client *client,
                                     const struct awsc_s3_get_bucket_cors_input *input,
                                     struct awsc_s3_get_bucket_cors_output **output,
                                     struct awsc_error *err);
typedef void awsc_s3_get_bucket_cors_cb(void *user_data,
                                        int status,
                                        struct awsc_s3_get_bucket_cors_output *output,
                                        struct awsc_error *err);
AWSC_API int awsc_s3_get_bucket_cors_async(struct awsc_client *client,
                                           const struct awsc_s3_get_bucket_cors_input *input,
                                           awsc_s3_get_bucket_cors_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err);

/*
 * GetBucketEncryption
 * Returns the default encryption configuration for an Amazon S3 bucket. If the
 * bucket does not have a default encryption configuration, GetBucketEncryption
 * returns ServerSideEncryptionConfigurationNotFoundError .
 */
AWSC_API int awsc_s3_get_bucket_encryption(struct awsc_client *client,
                                           const struct awsc_s3_get_bucket_encryption_input *input,
                                           struct awsc_s3_get_bucket_encryption_output **output,
                                           struct awsc_error *err);
typedef void awsc_s3_get_bucket_encryption_cb(void *user_data,
                                              int status,
                                              struct awsc_s3_get_bucket_encryption_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_s3_get_bucket_encryption_async(struct awsc_client *client,
                                                 const struct awsc_s3_get_bucket_encryption_input *input,
                                                 awsc_s3_get_bucket_encryption_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * GetBucketIntelligentTieringConfiguration
 * Gets the S3 Intelligent-Tiering configuration from the specified bucket.
 */
AWSC_API int awsc_s3_get_bucket_intelligent_tiering_configuration(struct awsc_client *client,
                                                                  const struct awsc_s3_get_bucket_intelligent_tiering_configuration_input *input,
                                                                  struct awsc_s3_get_bucket_intelligent_tiering_configuration_output **output,
                                                                  struct awsc_error *err);
typedef void awsc_s3_get_bucket_intelligent_tiering_configuration_cb(void *user_data,
                                                                     int status,
                                                                     struct awsc_s3_get_bucket_intelligent_tiering_configuration_output *output,
                                                                     struct awsc_error *err);
AWSC_API int awsc_s3_get_bucket_intelligent_tiering_configuration_async(struct awsc_client *client,
                                                                        const struct awsc_s3_get_bucket_intelligent_tiering_configuration_input *input,
                                                                        awsc_s3_get_bucket_intelligent_tiering_configuration_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err);

/*
 * GetBucketInventoryConfiguration
 * Returns an inventory configuration (identified by the inventory
 * configuration ID) from the bucket.
 */
AWSC_API int awsc_s3_get_bucket_inventory_configuration(struct awsc_client *client,
                                                        const struct awsc_s3_get_bucket_inventory_configuration_input *input,
                                                        struct awsc_s3_get_bucket_inventory_configuration_output **output,
                                                        struct awsc_error *err);
typedef void awsc_s3_get_bucket_inventory_configuration_cb(void *user_data,
                                                           int status,
                                                           struct awsc_s3_get_bucket_inventory_configuration_output *output,
                                                           struct awsc_error *err);
AWSC_API int awsc_s3_get_bucket_inventory_configuration_async(struct awsc_client *client,
                                                              const struct awsc_s3_get_bucket_inventory_configuration_input *input,
                                                              awsc_s3_get_bucket_inventory_configuration_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);

/*
 * GetBucketLifecycle (deprecated)
 * For an updated version of this API, see GetBucketLifecycleConfiguration . If
 * you configured a bucket lifecycle using the filter element, you should see
 * the updated version of this topic. This topic is provided for backward
 * compatibility.
 */
AWSC_API int awsc_s3_get_bucket_lifecycle(struct awsc_client *client,
                                          const struct awsc_s3_get_bucket_lifecycle_input *input,
                                          struct awsc_s3_get_bucket_lifecycle_output **output,
                                          struct awsc_error *err);
typedef void awsc_s3_get_bucket_lifecycle_cb(void *user_data,
                                             int status,
                                             struct awsc_s3_get_bucket_lifecycle_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_s3_get_bucket_lifecycle_async(struct awsc_client *client,
                                                const struct awsc_s3_get_bucket_lifecycle_input *input,
                                                awsc_s3_get_bucket_lifecycle_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * GetBucketLifecycleConfiguration
 * Bucket lifecycle configuration now supports specifying a lifecycle rule
 * using an object key name prefix, one or more object tags, or a combination
 * of both. Accordingly, this section describes the latest API.
 */
AWSC_API int awsc_s3_get_bucket_lifecycle_configuration(struct awsc_client *client,
                                                        const struct awsc_s3_get_bucket_lifecycle_configuration_input *input,
                                                        struct awsc_s3_get_bucket_lifecycle_configuration_output **output,
                                                        struct awsc_error *err);
typedef void awsc_s3_get_bucket_lifecycle_configuration_cb(void *user_data,
                                                           int status,
                                                           struct awsc_s3_get_bucket_lifecycle_configuration_output *output,
                                                           struct awsc_error *err);
AWSC_API int awsc_s3_get_bucket_lifecycle_configuration_async(struct awsc_client *client,
                                                              const struct awsc_s3_get_bucket_lifecycle_configuration_input *input,
                                                              awsc_s3_get_bucket_lifecycle_configuration_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);

/*
 * GetBucketLocation
 * Returns the Region the bucket resides in. You set the bucket's Region using
 * the LocationConstraint request parameter in a CreateBucket request. For more
 * information, see CreateBucket .
 */
AWSC_API int awsc_s3_get_bucket_location(struct awsc_client *client,
                                         const struct awsc_s3_get_bucket_location_input *input,
                                         struct awsc_s3_get_bucket_location_output **output,
                                         struct awsc_error *err);
typedef void awsc_s3_get_bucket_location_cb(void *user_data,
                                            int status,
                                            struct awsc_s3_get_bucket_location_output *output,
                                            struct awsc_error *err);
AWSC_API int awsc_s3_get_bucket_location_async(struct awsc_client *client,
                                               const struct awsc_s3_get_bucket_location_input *input,
                                               awsc_s3_get_bucket_location_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * GetBucketLogging
 * Returns the logging status of a bucket and the permissions users have to
 * view and modify that status. To use GET, you must be the bucket owner.
 */
AWSC_API int awsc_s3_get_bucket_logging(struct awsc_client *client,
                                        const struct awsc_s3_get_bucket_logging_input *input,
                                        struct awsc_s3_get_bucket_logging_output **output,
                                        struct awsc_error *err);
typedef void awsc_s3_get_bucket_logging_cb(void *user_data,
                                           int status,
                                           struct awsc_s3_get_bucket_logging_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_s3_get_bucket_logging_async(struct awsc_client *client,
                                              const struct awsc_s3_get_bucket_logging_input *input,
                                              awsc_s3_get_bucket_logging_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * GetBucketMetricsConfiguration
 * Gets a metrics configuration (specified by the metrics configuration ID)
 * from the bucket. Note that this doesn't include the daily storage metrics.
 */
AWSC_API int awsc_s3_get_bucket_metrics_configuration(struct awsc_client *client,
                                                      const struct awsc_s3_get_bucket_metrics_configuration_input *input,
                                                      struct awsc_s3_get_bucket_metrics_configuration_output **output,
                                                      struct awsc_error *err);
typedef void awsc_s3_get_bucket_metrics_configuration_cb(void *user_data,
                                                         int status,
                                                         struct awsc_s3_get_bucket_metrics_configuration_output *output,
                                                         struct awsc_error *err);
AWSC_API int awsc_s3_get_bucket_metrics_configuration_async(struct awsc_client *client,
                                                            const struct awsc_s3_get_bucket_metrics_configuration_input *input,
                                                            awsc_s3_get_bucket_metrics_configuration_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);

/*
 * GetBucketNotification (deprecated)
 * No longer used, see GetBucketNotificationConfiguration .
 */
AWSC_API int awsc_s3_get_bucket_notification(struct awsc_client *client,
                                             const struct awsc_s3_get_bucket_notification_configuration_request *input,
                                             struct awsc_s3_notification_configuration_deprecated **output,
                                             struct awsc_error *err);
typedef void awsc_s3_get_bucket_notification_cb(void *user_data,
                                                int status,
                                                struct awsc_s3_notification_configuration_deprecated *output,
                                                struct awsc_error *err);
AWSC_API int awsc_s3_get_bucket_notification_async(struct awsc_client *client,
                                                   const struct awsc_s3_get_bucket_notification_configuration_request *input,
                                                   awsc_s3_get_bucket_notification_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * GetBucketNotificationConfiguration
 * Returns the notification configuration of a bucket.
 */
AWSC_API int awsc_s3_get_bucket_notification_configuration(struct awsc_client *client,
                                                           const struct awsc_s3_get_bucket_notification_configuration_request *input,
                                                           struct awsc_s3_notification_configuration **output,
                                                           struct awsc_error *err);
typedef void awsc_s3_get_bucket_notification_configuration_cb(void *user_data,
                                                              int status,
                                                              struct awsc_s3_notification_configuration *output,
                                                              struct awsc_error *err);
AWSC_API int awsc_s3_get_bucket_notification_configuration_async(struct awsc_client *client,
                                                                 const struct awsc_s3_get_bucket_notification_configuration_request *input,
                                                                 awsc_s3_get_bucket_notification_configuration_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err);

/*
 * GetBucketOwnershipControls
 * Retrieves OwnershipControls for an Amazon S3 bucket. To use this operation,
 * you must have the s3:GetBucketOwnershipControls permission. For more
 * information about Amazon S3 permissions, see Specifying permissions in a
 * policy .
 */
AWSC_API int awsc_s3_get_bucket_ownership_controls(struct awsc_client *client,
                                                   const struct awsc_s3_get_bucket_ownership_controls_input *input,
                                                   struct awsc_s3_get_bucket_ownership_controls_output **output,
                                                   struct awsc_error *err);
typedef void awsc_s3_get_bucket_ownership_controls_cb(void *user_data,
                                                      int status,
                                                      struct awsc_s3_get_bucket_ownership_controls_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_s3_get_bucket_ownership_controls_async(struct awsc_client *client,
                                                         const struct awsc_s3_get_bucket_ownership_controls_input *input,
                                                         awsc_s3_get_bucket_ownership_controls_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * GetBucketPolicy
 * Returns the policy of a specified bucket. If you are using an identity other
 * than the root user of the Amazon Web Services account that owns the bucket,
 * the calling identity must have the GetBucketPolicy permissions on the
 * specified bucket and belong to the bucket owner's account in order to use
 * ...
 */
AWSC_API int awsc_s3_get_bucket_policy(struct awsc_client *client,
                                       const struct awsc_s3_get_bucket_policy_input *input,
                                       struct awsc_s3_get_bucket_policy_output **output,
                                       struct awsc_error *err);
typedef void awsc_s3_get_bucket_policy_cb(void *user_data,
                                          int status,
                                          struct awsc_s3_get_bucket_policy_output *output,
                                          struct awsc_error *err);
AWSC_API int awsc_s3_get_bucket_policy_async(struct awsc_client *client,
                                             const struct awsc_s3_get_bucket_policy_input *input,
                                             awsc_s3_get_bucket_policy_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err);

/*
 * GetBucketPolicyStatus
 * Retrieves the policy status for an Amazon S3 bucket, indicating whether the
 * bucket is public. In order to use this operation, you must have the
 * s3:GetBucketPolicyStatus permission. For more information about Amazon S3
 * permissions, see Specifying Permissions in a Policy .
 */
AWSC_API int awsc_s3_get_bucket_policy_status(struct awsc_client *client,
                                              const struct awsc_s3_get_bucket_policy_status_input *input,
                                              struct awsc_s3_get_bucket_policy_status_output **output,
                                              struct awsc_error *err);
typedef void awsc_s3_get_bucket_policy_status_cb(void *user_data,
                                                 int status,
                                                 struct awsc_s3_get_bucket_policy_status_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_s3_get_bucket_policy_status_async(struct awsc_client *client,
                                                    const struct awsc_s3_get_bucket_policy_status_input *input,
                                                    awsc_s3_get_bucket_policy_status_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * GetBucketReplication
 * Returns the replication configuration of a bucket. It can take a while to
 * propagate the put or delete a replication configuration to all Amazon S3
 * systems. Therefore, a get request soon after put or delete can return a
 * wrong result.
 */
AWSC_API int awsc_s3_get_bucket_replication(struct awsc_client *client,
                                            const struct awsc_s3_get_bucket_replication_input *input,
                                            struct awsc_s3_get_bucket_replication_output **output,
                                            struct awsc_error *err);
typedef void awsc_s3_get_bucket_replication_cb(void *user_data,
                                               int status,
                                               struct awsc_s3_get_bucket_replication_output *output,
                                               struct awsc_error *err);
AWSC_API int awsc_s3_get_bucket_replication_async(struct awsc_client *client,
                                                  const struct awsc_s3_get_bucket_replication_input *input,
                                                  awsc_s3_get_bucket_replication_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * GetBucketRequestPayment
 * Returns the request payment configuration of a bucket. To use this version
 * of the operation, you must be the bucket owner. For more information, see
 * Requester Pays Buckets .
 */
AWSC_API int awsc_s3_get_bucket_request_payment(struct awsc_client *client,
                                                const struct awsc_s3_get_bucket_request_payment_input *input,
                                                struct awsc_s3_get_bucket_request_payment_output **output,
                                                struct awsc_error *err);
typedef void awsc_s3_get_bucket_request_payment_cb(void *user_data,
                                                   int status,
                                                   struct awsc_s3_get_bucket_request_payment_output *output,
                                                   struct awsc_error *err);
AWSC_API int awsc_s3_get_bucket_request_payment_async(struct awsc_client *client,
                                                      const struct awsc_s3_get_bucket_request_payment_input *input,
                                                      awsc_s3_get_bucket_request_payment_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * GetBucketTagging
 * Returns the tag set associated with the bucket.
 */
AWSC_API int awsc_s3_get_bucket_tagging(struct awsc_client *client,
                                        const struct awsc_s3_get_bucket_tagging_input *input,
                                        struct awsc_s3_get_bucket_tagging_output **output,
                                        struct awsc_error *err);
typedef void awsc_s3_get_bucket_tagging_cb(void *user_data,
                                           int status,
                                           struct awsc_s3_get_bucket_tagging_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_s3_get_bucket_tagging_async(struct awsc_client *client,
                                              const struct awsc_s3_get_bucket_tagging_input *input,
                                              awsc_s3_get_bucket_tagging_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * GetBucketVersioning
 * Returns the versioning state of a bucket.
 */
AWSC_API int awsc_s3_get_bucket_versioning(struct awsc_client *client,
                                           const struct awsc_s3_get_bucket_versioning_input *input,
                                           struct awsc_s3_get_bucket_versioning_output **output,
                                           struct awsc_error *err);
typedef void awsc_s3_get_bucket_versioning_cb(void *user_data,
                                              int status,
                                              struct awsc_s3_get_bucket_versioning_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_s3_get_bucket_versioning_async(struct awsc_client *client,
                                                 const struct awsc_s3_get_bucket_versioning_input *input,
                                                 awsc_s3_get_bucket_versioning_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * GetBucketWebsite
 * Returns the website configuration for a bucket. To host website on Amazon
 * S3, you can configure a bucket as website by adding a website configuration.
 * For more information about hosting websites, see Hosting Websites on Amazon
 * S3 .
 */
AWSC_API int awsc_s3_get_bucket_website(struct awsc_client *client,
                                        const struct awsc_s3_get_bucket_website_input *input,
                                        struct awsc_s3_get_bucket_website_output **output,
                                        struct awsc_error *err);
typedef void awsc_s3_get_bucket_website_cb(void *user_data,
                                           int status,
                                           struct awsc_s3_get_bucket_website_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_s3_get_bucket_website_async(struct awsc_client *client,
                                              const struct awsc_s3_get_bucket_website_input *input,
                                              awsc_s3_get_bucket_website_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * GetObject
 * Retrieves objects from Amazon S3. To use GET , you must have READ access to
 * the object. If you grant READ access to the anonymous user, you can return
 * the object without using an authorization header.
 * Errors: AWSC_S3_ERR_INVALID_OBJECT_STATE, AWSC_S3_ERR_NO_SUCH_KEY
 */
AWSC_API int awsc_s3_get_object(struct awsc_client *client,
                                const struct awsc_s3_get_object_input *input,
                                struct awsc_s3_get_object_output **output,
                                struct awsc_error *err);
typedef void awsc_s3_get_object_cb(void *user_data,
                                   int status,
                                   struct awsc_s3_get_object_output *output,
                                   struct awsc_error *err);
AWSC_API int awsc_s3_get_object_async(struct awsc_client *client,
                                      const struct awsc_s3_get_object_input *input,
                                      awsc_s3_get_object_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err);

/*
 * GetObjectAcl
 * Returns the access control list (ACL) of an object. To use this operation,
 * you must have s3:GetObjectAcl permissions or READ_ACP access to the object.
 * For more information, see Mapping of ACL permissions and access policy
 * permissions in the Amazon S3 User Guide
 * Errors: AWSC_S3_ERR_NO_SUCH_KEY
 */
AWSC_API int awsc_s3_get_object_acl(struct awsc_client *client,
                                    const struct awsc_s3_get_object_acl_input *input,
                                    struct awsc_s3_get_object_acl_output **output,
                                    struct awsc_error *err);
typedef void awsc_s3_get_object_acl_cb(void *user_data,
                                       int status,
                                       struct awsc_s3_get_object_acl_output *output,
                                       struct awsc_error *err);
AWSC_API int awsc_s3_get_object_acl_async(struct awsc_client *client,
                                          const struct awsc_s3_get_object_acl_input *input,
                                          awsc_s3_get_object_acl_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err);

/*
 * GetObjectAttributes
 * Retrieves all the metadata from an object without returning the object
 * itself. This action is useful if you're interested only in an object's
 * metadata. To use GetObjectAttributes , you must have READ access to the
 * object.
 * Errors: AWSC_S3_ERR_NO_SUCH_KEY
 */
AWSC_API int awsc_s3_get_object_attributes(struct awsc_client *client,
                                           const struct awsc_s3_get_object_attributes_input *input,
                                           struct awsc_s3_get_object_attributes_output **output,
                                           struct awsc_error *err);
typedef void awsc_s3_get_object_attributes_cb(void *user_data,
                                              int status,
                                              struct awsc_s3_get_object_attributes_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_s3_get_object_attributes_async(struct awsc_client *client,
                                                 const struct awsc_s3_get_object_attributes_input *input,
                                                 awsc_s3_get_object_attributes_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * GetObjectLegalHold
 * Gets an object's current legal hold status. For more information, see
 * Locking Objects .
 */
AWSC_API int awsc_s3_get_object_legal_hold(struct awsc_client *client,
                                           const struct awsc_s3_get_object_legal_hold_input *input,
                                           struct awsc_s3_get_object_legal_hold_output **output,
                                           struct awsc_error *err);
typedef void awsc_s3_get_object_legal_hold_cb(void *user_data,
                                              int status,
                                              struct awsc_s3_get_object_legal_hold_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_s3_get_object_legal_hold_async(struct awsc_client *client,
                                                 const struct awsc_s3_get_object_legal_hold_input *input,
                                                 awsc_s3_get_object_legal_hold_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * GetObjectLockConfiguration
 * Gets the Object Lock configuration for a bucket. The rule specified in the
 * Object Lock configuration will be applied by default to every new object
 * placed in the specified bucket. For more information, see Locking Objects .
 */
AWSC_API int awsc_s3_get_object_lock_configuration(struct awsc_client *client,
                                                   const struct awsc_s3_get_object_lock_configuration_input *input,
                                                   struct awsc_s3_get_object_lock_configuration_output **output,
                                                   struct awsc_error *err);
typedef void awsc_s3_get_object_lock_configuration_cb(void *user_data,
                                                      int status,
                                                      struct awsc_s3_get_object_lock_configuration_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_s3_get_object_lock_configuration_async(struct awsc_client *client,
                                                         const struct awsc_s3_get_object_lock_configuration_input *input,
                                                         awsc_s3_get_object_lock_configuration_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * GetObjectRetention
 * Retrieves an object's retention settings. For more information, see Locking
 * Objects .
 */
AWSC_API int awsc_s3_get_object_retention(struct awsc_client *client,
                                          const struct awsc_s3_get_object_retention_input *input,
                                          struct awsc_s3_get_object_retention_output **output,
                                          struct awsc_error *err);
typedef void awsc_s3_get_object_retention_cb(void *user_data,
                                             int status,
                                             struct awsc_s3_get_object_retention_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_s3_get_object_retention_async(struct awsc_client *client,
                                                const struct awsc_s3_get_object_retention_input *input,
                                                awsc_s3_get_object_retention_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * GetObjectTagging
 * Returns the tag-set of an object. You send the GET request against the
 * tagging subresource associated with the object.
 */
AWSC_API int awsc_s3_get_object_tagging(struct awsc_client *client,
                                        const struct awsc_s3_get_object_tagging_input *input,
                                        struct awsc_s3_get_object_tagging_output **output,
                                        struct awsc_error *err);
typedef void awsc_s3_get_object_tagging_cb(void *user_data,
                                           int status,
                                           struct awsc_s3_get_object_tagging_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_s3_get_object_tagging_async(struct awsc_client *client,
                                              const struct awsc_s3_get_object_tagging_input *input,
                                              awsc_s3_get_object_tagging_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * GetObjectTorrent
 * Returns torrent files from a bucket. BitTorrent can save you bandwidth when
 * you're distributing large files. For more information about BitTorrent, see
 * Using BitTorrent with Amazon S3 .
 */
AWSC_API int awsc_s3_get_object_torrent(struct awsc_client *client,
                                        const struct awsc_s3_get_object_torrent_input *input,
                                        struct awsc_s3_get_object_torrent_output **output,
                                        struct awsc_error *err);
typedef void awsc_s3_get_object_torrent_cb(void *user_data,
                                           int status,
                                           struct awsc_s3_get_object_torrent_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_s3_get_object_torrent_async(struct awsc_client *client,
                                              const struct awsc_s3_get_object_torrent_input *input,
                                              awsc_s3_get_object_torrent_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * GetPublicAccessBlock
 * Retrieves the PublicAccessBlock configuration for an Amazon S3 bucket. To
 * use this operation, you must have the s3:GetBucketPublicAccessBlock
 * permission. For more information about Amazon S3 permissions, see Specifying
 * Permissions in a Policy .
 */
AWSC_API int awsc_s3_get_public_access_block(struct awsc_client *client,
                                             const struct awsc_s3_get_public_access_block_input *input,
                                             struct awsc_s3_get_public_access_block_output **output,
                                             struct awsc_error *err);
typedef void awsc_s3_get_public_access_block_cb(void *user_data,
                                                int status,
                                                struct awsc_s3_get_public_access_block_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_s3_get_public_access_block_async(struct awsc_client *client,
                                                   const struct awsc_s3_get_public_access_block_input *input,
                                                   awsc_s3_get_public_access_block_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * HeadBucket
 * This action is useful to determine if a bucket exists and you have
 * permission to access it. The action returns a 200 OK if the bucket exists
 * and you have permission to access it.
 * Errors: AWSC_S3_ERR_NO_SUCH_BUCKET
 */
AWSC_API int awsc_s3_head_bucket(struct awsc_client *client,
                                 const struct awsc_s3_head_bucket_input *input,
                                 struct awsc_error *err);
typedef void awsc_s3_head_bucket_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_s3_head_bucket_async(struct awsc_client *client,
                                       const struct awsc_s3_head_bucket_input *input,
                                       awsc_s3_head_bucket_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err);

/*
 * HeadObject
 * The HEAD action retrieves metadata from an object without returning the
 * object itself. This action is useful if you're only interested in an
 * object's metadata. To use HEAD, you must have READ access to the object.
 * Errors: AWSC_S3_ERR_NO_SUCH_KEY
 */
AWSC_API int awsc_s3_head_object(struct awsc_client *client,
                                 const struct awsc_s3_head_object_input *input,
                                 struct awsc_s3_head_object_output **output,
                                 struct awsc_error *err);
typedef void awsc_s3_head_object_cb(void *user_data,
                                    int status,
                                    struct awsc_s3_head_object_output *output,
                                    struct awsc_error *err);
AWSC_API int awsc_s3_head_object_async(struct awsc_client *client,
                                       const struct awsc_s3_head_object_input *input,
                                       awsc_s3_head_object_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err);

/*
 * ListBucketAnalyticsConfigurations
 * Lists the analytics configurations for the bucket. You can have up to 1,000
 * analytics configurations per bucket.
 */
AWSC_API int awsc_s3_list_bucket_analytics_configurations(struct awsc_client *client,
                                                          const struct awsc_s3_list_bucket_analytics_configurations_input *input,
                                                          struct awsc_s3_list_bucket_analytics_configurations_output **output,
                                                          struct awsc_error *err);
typedef void awsc_s3_list_bucket_analytics_configurations_cb(void *user_data,
                                                             int status,
                                                             struct awsc_s3_list_bucket_analytics_configurations_output *output,
                                                             struct awsc_error *err);
AWSC_API int awsc_s3_list_bucket_analytics_configurations_async(struct awsc_client *client,
                                                                const struct awsc_s3_list_bucket_analytics_configurations_input *input,
                                                                awsc_s3_list_bucket_analytics_configurations_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);

/*
 * ListBucketIntelligentTieringConfigurations
 * Lists the S3 Intelligent-Tiering configuration from the specified bucket.
 */
AWSC_API int awsc_s3_list_bucket_intelligent_tiering_configurations(struct awsc_client *client,
                                                                    const struct awsc_s3_list_bucket_intelligent_tiering_configurations_input *input,
                                                                    struct awsc_s3_list_bucket_intelligent_tiering_configurations_output **output,
                                                                    struct awsc_error *err);
typedef void awsc_s3_list_bucket_intelligent_tiering_configurations_cb(void *user_data,
                                                                       int status,
                                                                       struct awsc_s3_list_bucket_intelligent_tiering_configurations_output *output,
                                                                       struct awsc_error *err);
AWSC_API int awsc_s3_list_bucket_intelligent_tiering_configurations_async(struct awsc_client *client,
                                                                          const struct awsc_s3_list_bucket_intelligent_tiering_configurations_input *input,
                                                                          awsc_s3_list_bucket_intelligent_tiering_configurations_cb *cb,
                                                                          void *user_data,
                                                                          struct awsc_error *err);

/*
 * ListBucketInventoryConfigurations
 * Returns a list of inventory configurations for the bucket. You can have up
 * to 1,000 analytics configurations per bucket.
 */
AWSC_API int awsc_s3_list_bucket_inventory_configurations(struct awsc_client *client,
                                                          const struct awsc_s3_list_bucket_inventory_configurations_input *input,
                                                          struct awsc_s3_list_bucket_inventory_configurations_output **output,
                                                          struct awsc_error *err);
typedef void awsc_s3_list_bucket_inventory_configurations_cb(void *user_data,
                                                             int status,
                                                             struct awsc_s3_list_bucket_inventory_configurations_output *output,
                                                             struct awsc_error *err);
AWSC_API int awsc_s3_list_bucket_inventory_configurations_async(struct awsc_client *client,
                                                                const struct awsc_s3_list_bucket_inventory_configurations_input *input,
                                                                awsc_s3_list_bucket_inventory_configurations_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);

/*
 * ListBucketMetricsConfigurations
 * Lists the metrics configurations for the bucket. The metrics configurations
 * are only for the request metrics of the bucket and do not provide
 * information on daily storage metrics. You can have up to 1,000
 * configurations per bucket.
 */
AWSC_API int awsc_s3_list_bucket_metrics_configurations(struct awsc_client *client,
                                                        const struct awsc_s3_list_bucket_metrics_configurations_input *input,
                                                        struct awsc_s3_list_bucket_metrics_configurations_output **output,
                                                        struct awsc_error *err);
typedef void awsc_s3_list_bucket_metrics_configurations_cb(void *user_data,
                                                           int status,
                                                           struct awsc_s3_list_bucket_metrics_configurations_output *output,
                                                           struct awsc_error *err);
AWSC_API int awsc_s3_list_bucket_metrics_configurations_async(struct awsc_client *client,
                                                              const struct awsc_s3_list_bucket_metrics_configurations_input *input,
                                                              awsc_s3_list_bucket_metrics_configurations_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);

/*
 * ListBuckets
 * Returns a list of all buckets owned by the authenticated sender of the
 * request. To use this operation, you must have the s3:ListAllMyBuckets
 * permission.
 */
AWSC_API int awsc_s3_list_buckets(struct awsc_client *client,
                                  struct awsc_s3_list_buckets_output **output,
                                  struct awsc_error *err);
typedef void awsc_s3_list_buckets_cb(void *user_data,
                                     int status,
                                     struct awsc_s3_list_buckets_output *output,
                                     struct awsc_error *err);
AWSC_API int awsc_s3_list_buckets_async(struct awsc_client *client,
                                        awsc_s3_list_buckets_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err);

/*
 * ListMultipartUploads
 * This action lists in-progress multipart uploads. An in-progress multipart
 * upload is a multipart upload that has been initiated using the Initiate
 * Multipart Upload request, but has not yet been completed or aborted.
 */
AWSC_API int awsc_s3_list_multipart_uploads(struct awsc_client *client,
                                            const struct awsc_s3_list_multipart_uploads_input *input,
                                            struct awsc_s3_list_multipart_uploads_output **output,
                                            struct awsc_error *err);
typedef void awsc_s3_list_multipart_uploads_cb(void *user_data,
                                               int status,
                                               struct awsc_s3_list_multipart_uploads_output *output,
                                               struct awsc_error *err);
AWSC_API int awsc_s3_list_multipart_uploads_async(struct awsc_client *client,
                                                  const struct awsc_s3_list_multipart_uploads_input *input,
                                                  awsc_s3_list_multipart_uploads_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * ListObjectVersions
 * Returns metadata about all versions of the objects in a bucket. You can also
 * use request parameters as selection criteria to return metadata about a
 * subset of all the object versions. To use this operation, you must have
 * permissions to perform the s3:ListBucketVersions action.
 */
AWSC_API int awsc_s3_list_object_versions(struct awsc_client *client,
                                          const struct awsc_s3_list_object_versions_input *input,
                                          struct awsc_s3_list_object_versions_output **output,
                                          struct awsc_error *err);
typedef void awsc_s3_list_object_versions_cb(void *user_data,
                                             int status,
                                             struct awsc_s3_list_object_versions_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_s3_list_object_versions_async(struct awsc_client *client,
                                                const struct awsc_s3_list_object_versions_input *input,
                                                awsc_s3_list_object_versions_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * ListObjects
 * Returns some or all (up to 1,000) of the objects in a bucket. You can use
 * the request parameters as selection criteria to return a subset of the
 * objects in a bucket. A 200 OK response can contain valid or invalid XML.
 * Errors: AWSC_S3_ERR_NO_SUCH_BUCKET
 */
AWSC_API int awsc_s3_list_objects(struct awsc_client *client,
                                  const struct awsc_s3_list_objects_input *input,
                                  struct awsc_s3_list_objects_output **output,
                                  struct awsc_error *err);
typedef void awsc_s3_list_objects_cb(void *user_data,
                                     int status,
                                     struct awsc_s3_list_objects_output *output,
                                     struct awsc_error *err);
AWSC_API int awsc_s3_list_objects_async(struct awsc_client *client,
                                        const struct awsc_s3_list_objects_input *input,
                                        awsc_s3_list_objects_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err);

/*
 * ListObjectsV2
 * Returns some or all (up to 1,000) of the objects in a bucket with each
 * request. You can use the request parameters as selection criteria to return
 * a subset of the objects in a bucket. A 200 OK response can contain valid or
 * invalid XML.
 * Errors: AWSC_S3_ERR_NO_SUCH_BUCKET
 */
AWSC_API int awsc_s3_list_objects_v2(struct awsc_client *client,
                                     const struct awsc_s3_list_objects_v2_input *input,
                                     struct awsc_s3_list_objects_v2_output **output,
                                     struct awsc_error *err);
typedef void awsc_s3_list_objects_v2_cb(void *user_data,
                                        int status,
                                        struct awsc_s3_list_objects_v2_output *output,
                                        struct awsc_error *err);
AWSC_API int awsc_s3_list_objects_v2_async(struct awsc_client *client,
                                           const struct awsc_s3_list_objects_v2_input *input,
                                           awsc_s3_list_objects_v2_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err);

/*
 * ListParts
 * Lists the parts that have been uploaded for a specific multipart upload.
 * This operation must include the upload ID, which you obtain by sending the
 * initiate multipart upload request (see CreateMultipartUpload ). This request
 * returns a maximum of 1,000 uploaded parts.
 */
AWSC_API int awsc_s3_list_parts(struct awsc_client *client,
                                const struct awsc_s3_list_parts_input *input,
                                struct awsc_s3_list_parts_output **output,
                                struct awsc_error *err);
typedef void awsc_s3_list_parts_cb(void *user_data,
                                   int status,
                                   struct awsc_s3_list_parts_output *output,
                                   struct awsc_error *err);
AWSC_API int awsc_s3_list_parts_async(struct awsc_client *client,
                                      const struct awsc_s3_list_parts_input *input,
                                      awsc_s3_list_parts_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err);

/*
 * PutBucketAccelerateConfiguration
 * Sets the accelerate configuration of an existing bucket. Amazon S3 Transfer
 * Acceleration is a bucket-level feature that enables you to perform faster
 * data transfers to Amazon S3.
 */
AWSC_API int awsc_s3_put_bucket_accelerate_configuration(struct awsc_client *client,
                                                         const struct awsc_s3_put_bucket_accelerate_configuration_input *input,
                                                         struct awsc_error *err);
typedef void awsc_s3_put_bucket_accelerate_configuration_cb(void *user_data,
                                                            int status,
                                                            struct awsc_error *err);
AWSC_API int awsc_s3_put_bucket_accelerate_configuration_async(struct awsc_client *client,
                                                               const struct awsc_s3_put_bucket_accelerate_configuration_input *input,
                                                               awsc_s3_put_bucket_accelerate_configuration_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);

/*
 * PutBucketAcl
 * Sets the permissions on an existing bucket using access control lists (ACL).
 * For more information, see Using ACLs . To set the ACL of a bucket, you must
 * have WRITE_ACP permission.
 */
AWSC_API int awsc_s3_put_bucket_acl(struct awsc_client *client,
                                    const struct awsc_s3_put_bucket_acl_input *input,
                                    struct awsc_error *err);
typedef void awsc_s3_put_bucket_acl_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_s3_put_bucket_acl_async(struct awsc_client *client,
                                          const struct awsc_s3_put_bucket_acl_input *input,
                                          awsc_s3_put_bucket_acl_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err);

/*
 * PutBucketAnalyticsConfiguration
 * Sets an analytics configuration for the bucket (specified by the analytics
 * configuration ID). You can have up to 1,000 analytics configurations per
 * bucket.
 */
AWSC_API int awsc_s3_put_bucket_analytics_configuration(struct awsc_client *client,
                                                        const struct awsc_s3_put_bucket_analytics_configuration_input *input,
                                                        struct awsc_error *err);
typedef void awsc_s3_put_bucket_analytics_configuration_cb(void *user_data,
                                                           int status,
                                                           struct awsc_error *err);
AWSC_API int awsc_s3_put_bucket_analytics_configuration_async(struct awsc_client *client,
                                                              const struct awsc_s3_put_bucket_analytics_configuration_input *input,
                                                              awsc_s3_put_bucket_analytics_configuration_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);

/*
 * PutBucketCors
 * Sets the cors configuration for your bucket. If the configuration exists,
 * Amazon S3 replaces it.
 */
AWSC_API int awsc_s3_put_bucket_cors(struct awsc_client *client,
                                     const struct awsc_s3_put_bucket_cors_input *input,
                                     struct awsc_error *err);
typedef void awsc_s3_put_bucket_cors_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_s3_put_bucket_cors_async(struct awsc_client *client,
                                           const struct awsc_s3_put_bucket_cors_input *input,
                                           awsc_s3_put_bucket_cors_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err);

/*
 * PutBucketEncryption
 * This action uses the encryption subresource to configure default encryption
 * and Amazon S3 Bucket Key for an existing bucket.
 */
AWSC_API int awsc_s3_put_bucket_encryption(struct awsc_client *client,
                                           const struct awsc_s3_put_bucket_encryption_input *input,
                                           struct awsc_error *err);
typedef void awsc_s3_put_bucket_encryption_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_s3_put_bucket_encryption_async(struct awsc_client *client,
                                                 const struct awsc_s3_put_bucket_encryption_input *input,
                                                 awsc_s3_put_bucket_encryption_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * PutBucketIntelligentTieringConfiguration
 * Puts a S3 Intelligent-Tiering configuration to the specified bucket. You can
 * have up to 1,000 S3 Intelligent-Tiering configurations per bucket.
 */
AWSC_API int awsc_s3_put_bucket_intelligent_tiering_configuration(struct awsc_client *client,
                                                                  const struct awsc_s3_put_bucket_intelligent_tiering_configuration_input *input,
                                                                  struct awsc_error *err);
typedef void awsc_s3_put_bucket_intelligent_tiering_configuration_cb(void *user_data,
                                                                     int status,
                                                                     struct awsc_error *err);
AWSC_API int awsc_s3_put_bucket_intelligent_tiering_configuration_async(struct awsc_client *client,
                                                                        const struct awsc_s3_put_bucket_intelligent_tiering_configuration_input *input,
                                                                        awsc_s3_put_bucket_intelligent_tiering_configuration_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err);

/*
 * PutBucketInventoryConfiguration
 * This implementation of the PUT action adds an inventory configuration
 * (identified by the inventory ID) to the bucket. You can have up to 1,000
 * inventory configurations per bucket.
 */
AWSC_API int awsc_s3_put_bucket_inventory_configuration(struct awsc_client *client,
                                                        const struct awsc_s3_put_bucket_inventory_configuration_input *input,
                                                        struct awsc_error *err);
typedef void awsc_s3_put_bucket_inventory_configuration_cb(void *user_data,
                                                           int status,
                                                           struct awsc_error *err);
AWSC_API int awsc_s3_put_bucket_inventory_configuration_async(struct awsc_client *client,
                                                              const struct awsc_s3_put_bucket_inventory_configuration_input *input,
                                                              awsc_s3_put_bucket_inventory_configuration_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);

/*
 * PutBucketLifecycle (deprecated)
 * For an updated version of this API, see PutBucketLifecycleConfiguration .
 * This version has been deprecated. Existing lifecycle configurations will
 * work. For new lifecycle configurations, use the updated API.
 */
AWSC_API int awsc_s3_put_bucket_lifecycle(struct awsc_client *client,
                                          const struct awsc_s3_put_bucket_lifecycle_input *input,
                                          struct awsc_error *err);
typedef void awsc_s3_put_bucket_lifecycle_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_s3_put_bucket_lifecycle_async(struct awsc_client *client,
                                                const struct awsc_s3_put_bucket_lifecycle_input *input,
                                                awsc_s3_put_bucket_lifecycle_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * PutBucketLifecycleConfiguration
 * Creates a new lifecycle configuration for the bucket or replaces an existing
 * lifecycle configuration. Keep in mind that this will overwrite an existing
 * lifecycle configuration, so if you want to retain any configuration details,
 * they must be included in the new lifecycle configuration.
 */
AWSC_API int awsc_s3_put_bucket_lifecycle_configuration(struct awsc_client *client,
                                                        const struct awsc_s3_put_bucket_lifecycle_configuration_input *input,
                                                        struct awsc_error *err);
typedef void awsc_s3_put_bucket_lifecycle_configuration_cb(void *user_data,
                                                           int status,
                                                           struct awsc_error *err);
AWSC_API int awsc_s3_put_bucket_lifecycle_configuration_async(struct awsc_client *client,
                                                              const struct awsc_s3_put_bucket_lifecycle_configuration_input *input,
                                                              awsc_s3_put_bucket_lifecycle_configuration_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);

/*
 * PutBucketLogging
 * Set the logging parameters for a bucket and to specify permissions for who
 * can view and modify the logging parameters. All logs are saved to buckets in
 * the same Amazon Web Services Region as the source bucket. To set the logging
 * status of a bucket, you must be the bucket owner.
 */
AWSC_API int awsc_s3_put_bucket_logging(struct awsc_client *client,
                                        const struct awsc_s3_put_bucket_logging_input *input,
                                        struct awsc_error *err);
typedef void awsc_s3_put_bucket_logging_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_s3_put_bucket_logging_async(struct awsc_client *client,
                                              const struct awsc_s3_put_bucket_logging_input *input,
                                              awsc_s3_put_bucket_logging_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * PutBucketMetricsConfiguration
 * Sets a metrics configuration (specified by the metrics configuration ID) for
 * the bucket. You can have up to 1,000 metrics configurations per bucket. If
 * you're updating an existing metrics configuration, note that this is a full
 * replacement of the existing metrics configuration.
 */
AWSC_API int awsc_s3_put_bucket_metrics_configuration(struct awsc_client *client,
                                                      const struct awsc_s3_put_bucket_metrics_configuration_input *input,
                                                      struct awsc_error *err);
typedef void awsc_s3_put_bucket_metrics_configuration_cb(void *user_data,
                                                         int status,
                                                         struct awsc_error *err);
AWSC_API int awsc_s3_put_bucket_metrics_configuration_async(struct awsc_client *client,
                                                            const struct awsc_s3_put_bucket_metrics_configuration_input *input,
                                                            awsc_s3_put_bucket_metrics_configuration_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);

/*
 * PutBucketNotification (deprecated)
 * No longer used, see the PutBucketNotificationConfiguration operation.
 */
AWSC_API int awsc_s3_put_bucket_notification(struct awsc_client *client,
                                             const struct awsc_s3_put_bucket_notification_input *input,
                                             struct awsc_error *err);
typedef void awsc_s3_put_bucket_notification_cb(void *user_data,
                                                int status,
                                                struct awsc_error *err);
AWSC_API int awsc_s3_put_bucket_notification_async(struct awsc_client *client,
                                                   const struct awsc_s3_put_bucket_notification_input *input,
                                                   awsc_s3_put_bucket_notification_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * PutBucketNotificationConfiguration
 * Enables notifications of specified events for a bucket. For more information
 * about event notifications, see Configuring Event Notifications .
 */
AWSC_API int awsc_s3_put_bucket_notification_configuration(struct awsc_client *client,
                                                           const struct awsc_s3_put_bucket_notification_configuration_input *input,
                                                           struct awsc_error *err);
typedef void awsc_s3_put_bucket_notification_configuration_cb(void *user_data,
                                                              int status,
                                                              struct awsc_error *err);
AWSC_API int awsc_s3_put_bucket_notification_configuration_async(struct awsc_client *client,
                                                                 const struct awsc_s3_put_bucket_notification_configuration_input *input,
                                                                 awsc_s3_put_bucket_notification_configuration_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err);

/*
 * PutBucketOwnershipControls
 * Creates or modifies OwnershipControls for an Amazon S3 bucket. To use this
 * operation, you must have the s3:PutBucketOwnershipControls permission. For
 * more information about Amazon S3 permissions, see Specifying permissions in
 * a policy .
 */
AWSC_API int awsc_s3_put_bucket_ownership_controls(struct awsc_client *client,
                                                   const struct awsc_s3_put_bucket_ownership_controls_input *input,
                                                   struct awsc_error *err);
typedef void awsc_s3_put_bucket_ownership_controls_cb(void *user_data,
                                                      int status,
                                                      struct awsc_error *err);
AWSC_API int awsc_s3_put_bucket_ownership_controls_async(struct awsc_client *client,
                                                         const struct awsc_s3_put_bucket_ownership_controls_input *input,
                                                         awsc_s3_put_bucket_ownership_controls_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * PutBucketPolicy
 * Applies an Amazon S3 bucket policy to an Amazon S3 bucket. If you are using
 * an identity other than the root user of the Amazon Web Services account that
 * owns the bucket, the calling identity must have the PutBucketPolicy
 * permissions on the specified bucket and belong to the bucket owner's account
 * ...
 */
AWSC_API int awsc_s3_put_bucket_policy(struct awsc_client *client,
                                       const struct awsc_s3_put_bucket_policy_input *input,
                                       struct awsc_error *err);
typedef void awsc_s3_put_bucket_policy_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_s3_put_bucket_policy_async(struct awsc_client *client,
                                             const struct awsc_s3_put_bucket_policy_input *input,
                                             awsc_s3_put_bucket_policy_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err);

/*
 * PutBucketReplication
 * Creates a replication configuration or replaces an existing one. For more
 * information, see Replication in the Amazon S3 User Guide .
 */
AWSC_API int awsc_s3_put_bucket_replication(struct awsc_client *client,
                                            const struct awsc_s3_put_bucket_replication_input *input,
                                            struct awsc_error *err);
typedef void awsc_s3_put_bucket_replication_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_s3_put_bucket_replication_async(struct awsc_client *client,
                                                  const struct awsc_s3_put_bucket_replication_input *input,
                                                  awsc_s3_put_bucket_replication_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * PutBucketRequestPayment
 * Sets the request payment configuration for a bucket. By default, the bucket
 * owner pays for downloads from the bucket. This configuration parameter
 * enables the bucket owner (only) to specify that the person requesting the
 * download will be charged for the download.
 */
AWSC_API int awsc_s3_put_bucket_request_payment(struct awsc_client *client,
                                                const struct awsc_s3_put_bucket_request_payment_input *input,
                                                struct awsc_error *err);
typedef void awsc_s3_put_bucket_request_payment_cb(void *user_data,
                                                   int status,
                                                   struct awsc_error *err);
AWSC_API int awsc_s3_put_bucket_request_payment_async(struct awsc_client *client,
                                                      const struct awsc_s3_put_bucket_request_payment_input *input,
                                                      awsc_s3_put_bucket_request_payment_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * PutBucketTagging
 * Sets the tags for a bucket. Use tags to organize your Amazon Web Services
 * bill to reflect your own cost structure. To do this, sign up to get your
 * Amazon Web Services account bill with tag key values included.
 */
AWSC_API int awsc_s3_put_bucket_tagging(struct awsc_client *client,
                                        const struct awsc_s3_put_bucket_tagging_input *input,
                                        struct awsc_error *err);
typedef void awsc_s3_put_bucket_tagging_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_s3_put_bucket_tagging_async(struct awsc_client *client,
                                              const struct awsc_s3_put_bucket_tagging_input *input,
                                              awsc_s3_put_bucket_tagging_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * PutBucketVersioning
 * Sets the versioning state of an existing bucket.
 */
AWSC_API int awsc_s3_put_bucket_versioning(struct awsc_client *client,
                                           const struct awsc_s3_put_bucket_versioning_input *input,
                                           struct awsc_error *err);
typedef void awsc_s3_put_bucket_versioning_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_s3_put_bucket_versioning_async(struct awsc_client *client,
                                                 const struct awsc_s3_put_bucket_versioning_input *input,
                                                 awsc_s3_put_bucket_versioning_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * PutBucketWebsite
 * Sets the configuration of the website that is specified in the website
 * subresource. To configure a bucket as a website, you can add this
 * subresource on the bucket with website configuration information such as the
 * file name of the index document and any redirect rules.
 */
AWSC_API int awsc_s3_put_bucket_website(struct awsc_client *client,
                                        const struct awsc_s3_put_bucket_website_input *input,
                                        struct awsc_error *err);
typedef void awsc_s3_put_bucket_website_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_s3_put_bucket_website_async(struct awsc_client *client,
                                              const struct awsc_s3_put_bucket_website_input *input,
                                              awsc_s3_put_bucket_website_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * PutObject
 * Adds an object to a bucket. You must have WRITE permissions on a bucket to
 * add an object to it.
 */
AWSC_API int awsc_s3_put_object(struct awsc_client *client,
                                const struct awsc_s3_put_object_input *input,
                                struct awsc_s3_put_object_output **output,
                                struct awsc_error *err);
typedef void awsc_s3_put_object_cb(void *user_data,
                                   int status,
                                   struct awsc_s3_put_object_output *output,
                                   struct awsc_error *err);
AWSC_API int awsc_s3_put_object_async(struct awsc_client *client,
                                      const struct awsc_s3_put_object_input *input,
                                      awsc_s3_put_object_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err);

/*
 * PutObjectAcl
 * Uses the acl subresource to set the access control list (ACL) permissions
 * for a new or existing object in an S3 bucket. You must have WRITE_ACP
 * permission to set the ACL of an object. For more information, see What
 * permissions can I grant? in the Amazon S3 User Guide .
 * Errors: AWSC_S3_ERR_NO_SUCH_KEY
 */
AWSC_API int awsc_s3_put_object_acl(struct awsc_client *client,
                                    const struct awsc_s3_put_object_acl_input *input,
                                    struct awsc_s3_put_object_acl_output **output,
                                    struct awsc_error *err);
typedef void awsc_s3_put_object_acl_cb(void *user_data,
                                       int status,
                                       struct awsc_s3_put_object_acl_output *output,
                                       struct awsc_error *err);
AWSC_API int awsc_s3_put_object_acl_async(struct awsc_client *client,
                                          const struct awsc_s3_put_object_acl_input *input,
                                          awsc_s3_put_object_acl_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err);

/*
 * PutObjectLegalHold
 * Applies a legal hold configuration to the specified object. For more
 * information, see Locking Objects .
 */
AWSC_API int awsc_s3_put_object_legal_hold(struct awsc_client *client,
                                           const struct awsc_s3_put_object_legal_hold_input *input,
                                           struct awsc_s3_put_object_legal_hold_output **output,
                                           struct awsc_error *err);
typedef void awsc_s3_put_object_legal_hold_cb(void *user_data,
                                              int status,
                                              struct awsc_s3_put_object_legal_hold_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_s3_put_object_legal_hold_async(struct awsc_client *client,
                                                 const struct awsc_s3_put_object_legal_hold_input *input,
                                                 awsc_s3_put_object_legal_hold_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * PutObjectLockConfiguration
 * Places an Object Lock configuration on the specified bucket. The rule
 * specified in the Object Lock configuration will be applied by default to
 * every new object placed in the specified bucket. For more information, see
 * Locking Objects . The DefaultRetention settings require both a mode and a
 * period.
 */
AWSC_API int awsc_s3_put_object_lock_configuration(struct awsc_client *client,
                                                   const struct awsc_s3_put_object_lock_configuration_input *input,
                                                   struct awsc_s3_put_object_lock_configuration_output **output,
                                                   struct awsc_error *err);
typedef void awsc_s3_put_object_lock_configuration_cb(void *user_data,
                                                      int status,
                                                      struct awsc_s3_put_object_lock_configuration_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_s3_put_object_lock_configuration_async(struct awsc_client *client,
                                                         const struct awsc_s3_put_object_lock_configuration_input *input,
                                                         awsc_s3_put_object_lock_configuration_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * PutObjectRetention
 * Places an Object Retention configuration on an object. For more information,
 * see Locking Objects . Users or accounts require the s3:PutObjectRetention
 * permission in order to place an Object Retention configuration on objects.
 */
AWSC_API int awsc_s3_put_object_retention(struct awsc_client *client,
                                          const struct awsc_s3_put_object_retention_input *input,
                                          struct awsc_s3_put_object_retention_output **output,
                                          struct awsc_error *err);
typedef void awsc_s3_put_object_retention_cb(void *user_data,
                                             int status,
                                             struct awsc_s3_put_object_retention_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_s3_put_object_retention_async(struct awsc_client *client,
                                                const struct awsc_s3_put_object_retention_input *input,
                                                awsc_s3_put_object_retention_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * PutObjectTagging
 * Sets the supplied tag-set to an object that already exists in a bucket.
 */
AWSC_API int awsc_s3_put_object_tagging(struct awsc_client *client,
                                        const struct awsc_s3_put_object_tagging_input *input,
                                        struct awsc_s3_put_object_tagging_output **output,
                                        struct awsc_error *err);
typedef void awsc_s3_put_object_tagging_cb(void *user_data,
                                           int status,
                                           struct awsc_s3_put_object_tagging_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_s3_put_object_tagging_async(struct awsc_client *client,
                                              const struct awsc_s3_put_object_tagging_input *input,
                                              awsc_s3_put_object_tagging_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * PutPublicAccessBlock
 * Creates or modifies the PublicAccessBlock configuration for an Amazon S3
 * bucket. To use this operation, you must have the
 * s3:PutBucketPublicAccessBlock permission. For more information about Amazon
 * S3 permissions, see Specifying Permissions in a Policy .
 */
AWSC_API int awsc_s3_put_public_access_block(struct awsc_client *client,
                                             const struct awsc_s3_put_public_access_block_input *input,
                                             struct awsc_error *err);
typedef void awsc_s3_put_public_access_block_cb(void *user_data,
                                                int status,
                                                struct awsc_error *err);
AWSC_API int awsc_s3_put_public_access_block_async(struct awsc_client *client,
                                                   const struct awsc_s3_put_public_access_block_input *input,
                                                   awsc_s3_put_public_access_block_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * RestoreObject
 * Restores an archived copy of an object back into Amazon S3
 * Errors: AWSC_S3_ERR_OBJECT_ALREADY_IN_ACTIVE_TIER_ERROR
 */
AWSC_API int awsc_s3_restore_object(struct awsc_client *client,
                                    const struct awsc_s3_restore_object_input *input,
                                    struct awsc_s3_restore_object_output **output,
                                    struct awsc_error *err);
typedef void awsc_s3_restore_object_cb(void *user_data,
                                       int status,
                                       struct awsc_s3_restore_object_output *output,
                                       struct awsc_error *err);
AWSC_API int awsc_s3_restore_object_async(struct awsc_client *client,
                                          const struct awsc_s3_restore_object_input *input,
                                          awsc_s3_restore_object_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err);

/*
 * SelectObjectContent
 * This action filters the contents of an Amazon S3 object based on a simple
 * structured query language (SQL) statement. In the request, along with the
 * SQL expression, you must also specify a data serialization format (JSON,
 * CSV, or Apache Parquet) of the object.
 */
AWSC_API int awsc_s3_select_object_content(struct awsc_client *client,
                                           const struct awsc_s3_select_object_content_input *input,
                                           struct awsc_s3_select_object_content_output **output,
                                           struct awsc_error *err);
typedef void awsc_s3_select_object_content_cb(void *user_data,
                                              int status,
                                              struct awsc_s3_select_object_content_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_s3_select_object_content_async(struct awsc_client *client,
                                                 const struct awsc_s3_select_object_content_input *input,
                                                 awsc_s3_select_object_content_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * UploadPart
 * Uploads a part in a multipart upload. In this operation, you provide part
 * data in your request. However, you have an option to specify your existing
 * Amazon S3 object as a data source for the part you are uploading. To upload
 * a part from an existing object, you use the UploadPartCopy operation.
 */
AWSC_API int awsc_s3_upload_part(struct awsc_client *client,
                                 const struct awsc_s3_upload_part_input *input,
                                 struct awsc_s3_upload_part_output **output,
                                 struct awsc_error *err);
typedef void awsc_s3_upload_part_cb(void *user_data,
                                    int status,
                                    struct awsc_s3_upload_part_output *output,
                                    struct awsc_error *err);
AWSC_API int awsc_s3_upload_part_async(struct awsc_client *client,
                                       const struct awsc_s3_upload_part_input *input,
                                       awsc_s3_upload_part_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err);

/*
 * UploadPartCopy
 * Uploads a part by copying data from an existing object as data source. You
 * specify the data source by adding the request header x-amz-copy-source in
 * your request and a byte range by adding the request header
 * x-amz-copy-source-range in your request.
 */
AWSC_API int awsc_s3_upload_part_copy(struct awsc_client *client,
                                      const struct awsc_s3_upload_part_copy_input *input,
                                      struct awsc_s3_upload_part_copy_output **output,
                                      struct awsc_error *err);
typedef void awsc_s3_upload_part_copy_cb(void *user_data,
                                         int status,
                                         struct awsc_s3_upload_part_copy_output *output,
                                         struct awsc_error *err);
AWSC_API int awsc_s3_upload_part_copy_async(struct awsc_client *client,
                                            const struct awsc_s3_upload_part_copy_input *input,
                                            awsc_s3_upload_part_copy_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * WriteGetObjectResponse
 * Passes transformed objects to a GetObject operation when using Object Lambda
 * access points. For information about Object Lambda access points, see
 * Transforming objects with Object Lambda access points in the Amazon S3 User
 * Guide .
 */
AWSC_API int awsc_s3_write_get_object_response(struct awsc_client *client,
                                               const struct awsc_s3_write_get_object_response_input *input,
                                               struct awsc_error *err);
typedef void awsc_s3_write_get_object_response_cb(void *user_data,
                                                  int status,
                                                  struct awsc_error *err);
AWSC_API int awsc_s3_write_get_object_response_async(struct awsc_client *client,
                                                     const struct awsc_s3_write_get_object_response_input *input,
                                                     awsc_s3_write_get_object_response_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/* ----------------------------------------------------------- paginators */

/* The paginators, sorted by operation name (also awsc_s3_service's).
 * Each one's functions work as awsc_pager_*() of <awsc/paginate.h> do:
 * _paginate() makes a pager (awsc_pager_destroy() frees it), _next_page()
 * hands out pages (free each with awsc_output_free(); NULL at the end),
 * _next_item() the elements of the first result key (owned by the pager;
 * NULL at the end), _collect() every remaining page merged into one. */
AWSC_API extern const struct awsc_paginator awsc_s3_paginators[5];

/* ListMultipartUploads: tokens KeyMarker, UploadIdMarker; results Uploads, CommonPrefixes. */
AWSC_API int awsc_s3_list_multipart_uploads_paginate(struct awsc_client *client,
                                                     const struct awsc_s3_list_multipart_uploads_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err);
AWSC_API int awsc_s3_list_multipart_uploads_next_page(struct awsc_pager *pager,
                                                      struct awsc_s3_list_multipart_uploads_output **page,
                                                      struct awsc_error *err);
AWSC_API int awsc_s3_list_multipart_uploads_next_page_async(struct awsc_pager *pager,
                                                            awsc_s3_list_multipart_uploads_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);
typedef void awsc_s3_list_multipart_uploads_item_cb(void *user_data,
                                                    int status,
                                                    const struct awsc_s3_multipart_upload *item,
                                                    struct awsc_error *err);
AWSC_API int awsc_s3_list_multipart_uploads_next_item(struct awsc_pager *pager,
                                                      const struct awsc_s3_multipart_upload **item,
                                                      struct awsc_error *err);
AWSC_API int awsc_s3_list_multipart_uploads_next_item_async(struct awsc_pager *pager,
                                                            awsc_s3_list_multipart_uploads_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);
AWSC_API int awsc_s3_list_multipart_uploads_collect(struct awsc_pager *pager,
                                                    struct awsc_s3_list_multipart_uploads_output **output,
                                                    struct awsc_error *err);

/* ListObjectVersions: tokens KeyMarker, VersionIdMarker; results Versions, DeleteMarkers, CommonPrefixes. */
AWSC_API int awsc_s3_list_object_versions_paginate(struct awsc_client *client,
                                                   const struct awsc_s3_list_object_versions_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err);
AWSC_API int awsc_s3_list_object_versions_next_page(struct awsc_pager *pager,
                                                    struct awsc_s3_list_object_versions_output **page,
                                                    struct awsc_error *err);
AWSC_API int awsc_s3_list_object_versions_next_page_async(struct awsc_pager *pager,
                                                          awsc_s3_list_object_versions_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);
typedef void awsc_s3_list_object_versions_item_cb(void *user_data,
                                                  int status,
                                                  const struct awsc_s3_object_version *item,
                                                  struct awsc_error *err);
AWSC_API int awsc_s3_list_object_versions_next_item(struct awsc_pager *pager,
                                                    const struct awsc_s3_object_version **item,
                                                    struct awsc_error *err);
AWSC_API int awsc_s3_list_object_versions_next_item_async(struct awsc_pager *pager,
                                                          awsc_s3_list_object_versions_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);
AWSC_API int awsc_s3_list_object_versions_collect(struct awsc_pager *pager,
                                                  struct awsc_s3_list_object_versions_output **output,
                                                  struct awsc_error *err);

/* ListObjects: tokens Marker; results Contents, CommonPrefixes. */
AWSC_API int awsc_s3_list_objects_paginate(struct awsc_client *client,
                                           const struct awsc_s3_list_objects_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err);
AWSC_API int awsc_s3_list_objects_next_page(struct awsc_pager *pager,
                                            struct awsc_s3_list_objects_output **page,
                                            struct awsc_error *err);
AWSC_API int awsc_s3_list_objects_next_page_async(struct awsc_pager *pager,
                                                  awsc_s3_list_objects_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);
typedef void awsc_s3_list_objects_item_cb(void *user_data,
                                          int status,
                                          const struct awsc_s3_object *item,
                                          struct awsc_error *err);
AWSC_API int awsc_s3_list_objects_next_item(struct awsc_pager *pager,
                                            const struct awsc_s3_object **item,
                                            struct awsc_error *err);
AWSC_API int awsc_s3_list_objects_next_item_async(struct awsc_pager *pager,
                                                  awsc_s3_list_objects_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);
AWSC_API int awsc_s3_list_objects_collect(struct awsc_pager *pager,
                                          struct awsc_s3_list_objects_output **output,
                                          struct awsc_error *err);

/* ListObjectsV2: tokens ContinuationToken; results Contents, CommonPrefixes. */
AWSC_API int awsc_s3_list_objects_v2_paginate(struct awsc_client *client,
                                              const struct awsc_s3_list_objects_v2_input *input,
                                              const struct awsc_page_options *options,
                                              struct awsc_pager **pager,
                                              struct awsc_error *err);
AWSC_API int awsc_s3_list_objects_v2_next_page(struct awsc_pager *pager,
                                               struct awsc_s3_list_objects_v2_output **page,
                                               struct awsc_error *err);
AWSC_API int awsc_s3_list_objects_v2_next_page_async(struct awsc_pager *pager,
                                                     awsc_s3_list_objects_v2_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);
typedef void awsc_s3_list_objects_v2_item_cb(void *user_data,
                                             int status,
                                             const struct awsc_s3_object *item,
                                             struct awsc_error *err);
AWSC_API int awsc_s3_list_objects_v2_next_item(struct awsc_pager *pager,
                                               const struct awsc_s3_object **item,
                                               struct awsc_error *err);
AWSC_API int awsc_s3_list_objects_v2_next_item_async(struct awsc_pager *pager,
                                                     awsc_s3_list_objects_v2_item_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);
AWSC_API int awsc_s3_list_objects_v2_collect(struct awsc_pager *pager,
                                             struct awsc_s3_list_objects_v2_output **output,
                                             struct awsc_error *err);

/* ListParts: tokens PartNumberMarker; results Parts. */
AWSC_API int awsc_s3_list_parts_paginate(struct awsc_client *client,
                                         const struct awsc_s3_list_parts_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err);
AWSC_API int awsc_s3_list_parts_next_page(struct awsc_pager *pager,
                                          struct awsc_s3_list_parts_output **page,
                                          struct awsc_error *err);
AWSC_API int awsc_s3_list_parts_next_page_async(struct awsc_pager *pager,
                                                awsc_s3_list_parts_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);
typedef void awsc_s3_list_parts_item_cb(void *user_data,
                                        int status,
                                        const struct awsc_s3_part *item,
                                        struct awsc_error *err);
AWSC_API int awsc_s3_list_parts_next_item(struct awsc_pager *pager,
                                          const struct awsc_s3_part **item,
                                          struct awsc_error *err);
AWSC_API int awsc_s3_list_parts_next_item_async(struct awsc_pager *pager,
                                                awsc_s3_list_parts_item_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);
AWSC_API int awsc_s3_list_parts_collect(struct awsc_pager *pager,
                                        struct awsc_s3_list_parts_output **output,
                                        struct awsc_error *err);

/* -------------------------------------------------------------- waiters */

/* The waiters, sorted by name (also awsc_s3_service's). Each calls
 * its operation until an acceptor ends the wait (see <awsc/wait.h>);
 * options may be NULL for the model's delay and attempts. */
AWSC_API extern const struct awsc_waiter awsc_s3_waiters[4];

/*
 * BucketExists: calls HeadBucket every 5 s, at most 20 times.
 */
AWSC_API int awsc_s3_wait_bucket_exists(struct awsc_client *client,
                                        const struct awsc_s3_head_bucket_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err);
AWSC_API int awsc_s3_wait_bucket_exists_async(struct awsc_client *client,
                                              const struct awsc_s3_head_bucket_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * BucketNotExists: calls HeadBucket every 5 s, at most 20 times.
 */
AWSC_API int awsc_s3_wait_bucket_not_exists(struct awsc_client *client,
                                            const struct awsc_s3_head_bucket_input *input,
                                            const struct awsc_wait_options *options,
                                            struct awsc_error *err);
AWSC_API int awsc_s3_wait_bucket_not_exists_async(struct awsc_client *client,
                                                  const struct awsc_s3_head_bucket_input *input,
                                                  const struct awsc_wait_options *options,
                                                  awsc_wait_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * ObjectExists: calls HeadObject every 5 s, at most 20 times.
 */
AWSC_API int awsc_s3_wait_object_exists(struct awsc_client *client,
                                        const struct awsc_s3_head_object_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err);
AWSC_API int awsc_s3_wait_object_exists_async(struct awsc_client *client,
                                              const struct awsc_s3_head_object_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * ObjectNotExists: calls HeadObject every 5 s, at most 20 times.
 */
AWSC_API int awsc_s3_wait_object_not_exists(struct awsc_client *client,
                                            const struct awsc_s3_head_object_input *input,
                                            const struct awsc_wait_options *options,
                                            struct awsc_error *err);
AWSC_API int awsc_s3_wait_object_not_exists_async(struct awsc_client *client,
                                                  const struct awsc_s3_head_object_input *input,
                                                  const struct awsc_wait_options *options,
                                                  awsc_wait_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/* --------------------------------------------------------------- errors */

#define AWSC_S3_ERR_BUCKET_ALREADY_EXISTS "BucketAlreadyExists"
#define AWSC_S3_ERR_BUCKET_ALREADY_OWNED_BY_YOU "BucketAlreadyOwnedByYou"
#define AWSC_S3_ERR_INVALID_OBJECT_STATE "InvalidObjectState"
#define AWSC_S3_ERR_NO_SUCH_BUCKET "NoSuchBucket"
#define AWSC_S3_ERR_NO_SUCH_KEY "NoSuchKey"
#define AWSC_S3_ERR_NO_SUCH_UPLOAD "NoSuchUpload"
#define AWSC_S3_ERR_OBJECT_ALREADY_IN_ACTIVE_TIER_ERROR "ObjectAlreadyInActiveTierError"
#define AWSC_S3_ERR_OBJECT_NOT_IN_ACTIVE_TIER_ERROR "ObjectNotInActiveTierError"

#ifdef __cplusplus
}
#endif
#endif
