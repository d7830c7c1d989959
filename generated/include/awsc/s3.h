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

/* The service's descriptor (struct awsc_service, <awsc/shape.h>), in its
 * read-only tables: pass awsc_s3_service() to awsc_client_new(), or use
 * awsc_s3_client_new(). A function rather than a variable: see
 * <awsc/shape.h>. */
AWSC_API const struct awsc_service *awsc_s3_service(void);

static inline int awsc_s3_client_new(const struct awsc_config *config, struct awsc_client **client,
                                            struct awsc_error *err)
{
    return awsc_client_new(awsc_s3_service(), config, client, err);
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

/* AnnotationConfigurationState: members of this type are strings; parse them with
 * awsc_s3_annotation_configuration_state_parse(). Values newer than this model parse as
 * AWSC_S3_ANNOTATION_CONFIGURATION_STATE_UNKNOWN. */
enum awsc_s3_annotation_configuration_state {
    AWSC_S3_ANNOTATION_CONFIGURATION_STATE_UNKNOWN = 0,
    AWSC_S3_ANNOTATION_CONFIGURATION_STATE_ENABLED = 1, /* ENABLED */
    AWSC_S3_ANNOTATION_CONFIGURATION_STATE_DISABLED = 2 /* DISABLED */
};
AWSC_API enum awsc_s3_annotation_configuration_state awsc_s3_annotation_configuration_state_parse(const char *value);
AWSC_API const char *awsc_s3_annotation_configuration_state_str(enum awsc_s3_annotation_configuration_state value);

/* AnnotationDirective: members of this type are strings; parse them with
 * awsc_s3_annotation_directive_parse(). Values newer than this model parse as
 * AWSC_S3_ANNOTATION_DIRECTIVE_UNKNOWN. */
enum awsc_s3_annotation_directive {
    AWSC_S3_ANNOTATION_DIRECTIVE_UNKNOWN = 0,
    AWSC_S3_ANNOTATION_DIRECTIVE_COPY = 1, /* COPY */
    AWSC_S3_ANNOTATION_DIRECTIVE_EXCLUDE = 2 /* EXCLUDE */
};
AWSC_API enum awsc_s3_annotation_directive awsc_s3_annotation_directive_parse(const char *value);
AWSC_API const char *awsc_s3_annotation_directive_str(enum awsc_s3_annotation_directive value);

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

/* BucketAbacStatus: members of this type are strings; parse them with
 * awsc_s3_bucket_abac_status_parse(). Values newer than this model parse as
 * AWSC_S3_BUCKET_ABAC_STATUS_UNKNOWN. */
enum awsc_s3_bucket_abac_status {
    AWSC_S3_BUCKET_ABAC_STATUS_UNKNOWN = 0,
    AWSC_S3_BUCKET_ABAC_STATUS_ENABLED = 1, /* Enabled */
    AWSC_S3_BUCKET_ABAC_STATUS_DISABLED = 2 /* Disabled */
};
AWSC_API enum awsc_s3_bucket_abac_status awsc_s3_bucket_abac_status_parse(const char *value);
AWSC_API const char *awsc_s3_bucket_abac_status_str(enum awsc_s3_bucket_abac_status value);

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
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_AP_EAST_2 = 3, /* ap-east-2 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_AP_NORTHEAST_1 = 4, /* ap-northeast-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_AP_NORTHEAST_2 = 5, /* ap-northeast-2 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_AP_NORTHEAST_3 = 6, /* ap-northeast-3 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_AP_SOUTH_1 = 7, /* ap-south-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_AP_SOUTH_2 = 8, /* ap-south-2 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_AP_SOUTHEAST_1 = 9, /* ap-southeast-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_AP_SOUTHEAST_2 = 10, /* ap-southeast-2 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_AP_SOUTHEAST_3 = 11, /* ap-southeast-3 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_AP_SOUTHEAST_4 = 12, /* ap-southeast-4 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_AP_SOUTHEAST_5 = 13, /* ap-southeast-5 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_AP_SOUTHEAST_6 = 14, /* ap-southeast-6 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_AP_SOUTHEAST_7 = 15, /* ap-southeast-7 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_CA_CENTRAL_1 = 16, /* ca-central-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_CA_WEST_1 = 17, /* ca-west-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_CN_NORTH_1 = 18, /* cn-north-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_CN_NORTHWEST_1 = 19, /* cn-northwest-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_EU = 20, /* EU */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_EU_CENTRAL_1 = 21, /* eu-central-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_EU_CENTRAL_2 = 22, /* eu-central-2 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_EU_NORTH_1 = 23, /* eu-north-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_EU_SOUTH_1 = 24, /* eu-south-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_EU_SOUTH_2 = 25, /* eu-south-2 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_EU_WEST_1 = 26, /* eu-west-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_EU_WEST_2 = 27, /* eu-west-2 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_EU_WEST_3 = 28, /* eu-west-3 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_IL_CENTRAL_1 = 29, /* il-central-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_ME_CENTRAL_1 = 30, /* me-central-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_ME_SOUTH_1 = 31, /* me-south-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_MX_CENTRAL_1 = 32, /* mx-central-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_SA_EAST_1 = 33, /* sa-east-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_US_EAST_2 = 34, /* us-east-2 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_US_GOV_EAST_1 = 35, /* us-gov-east-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_US_GOV_WEST_1 = 36, /* us-gov-west-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_US_WEST_1 = 37, /* us-west-1 */
    AWSC_S3_BUCKET_LOCATION_CONSTRAINT_US_WEST_2 = 38 /* us-west-2 */
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

/* BucketNamespace: members of this type are strings; parse them with
 * awsc_s3_bucket_namespace_parse(). Values newer than this model parse as
 * AWSC_S3_BUCKET_NAMESPACE_UNKNOWN. */
enum awsc_s3_bucket_namespace {
    AWSC_S3_BUCKET_NAMESPACE_UNKNOWN = 0,
    AWSC_S3_BUCKET_NAMESPACE_ACCOUNT_REGIONAL = 1, /* account-regional */
    AWSC_S3_BUCKET_NAMESPACE_GLOBAL = 2 /* global */
};
AWSC_API enum awsc_s3_bucket_namespace awsc_s3_bucket_namespace_parse(const char *value);
AWSC_API const char *awsc_s3_bucket_namespace_str(enum awsc_s3_bucket_namespace value);

/* BucketType: members of this type are strings; parse them with
 * awsc_s3_bucket_type_parse(). Values newer than this model parse as
 * AWSC_S3_BUCKET_TYPE_UNKNOWN. */
enum awsc_s3_bucket_type {
    AWSC_S3_BUCKET_TYPE_UNKNOWN = 0,
    AWSC_S3_BUCKET_TYPE_DIRECTORY = 1 /* Directory */
};
AWSC_API enum awsc_s3_bucket_type awsc_s3_bucket_type_parse(const char *value);
AWSC_API const char *awsc_s3_bucket_type_str(enum awsc_s3_bucket_type value);

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
    AWSC_S3_CHECKSUM_ALGORITHM_SHA256 = 4, /* SHA256 */
    AWSC_S3_CHECKSUM_ALGORITHM_CRC64_NVME = 5, /* CRC64NVME */
    AWSC_S3_CHECKSUM_ALGORITHM_SHA512 = 6, /* SHA512 */
    AWSC_S3_CHECKSUM_ALGORITHM_MD5 = 7, /* MD5 */
    AWSC_S3_CHECKSUM_ALGORITHM_XXHASH64 = 8, /* XXHASH64 */
    AWSC_S3_CHECKSUM_ALGORITHM_XXHASH3 = 9, /* XXHASH3 */
    AWSC_S3_CHECKSUM_ALGORITHM_XXHASH128 = 10 /* XXHASH128 */
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

/* ChecksumType: members of this type are strings; parse them with
 * awsc_s3_checksum_type_parse(). Values newer than this model parse as
 * AWSC_S3_CHECKSUM_TYPE_UNKNOWN. */
enum awsc_s3_checksum_type {
    AWSC_S3_CHECKSUM_TYPE_UNKNOWN = 0,
    AWSC_S3_CHECKSUM_TYPE_COMPOSITE = 1, /* COMPOSITE */
    AWSC_S3_CHECKSUM_TYPE_FULL_OBJECT = 2 /* FULL_OBJECT */
};
AWSC_API enum awsc_s3_checksum_type awsc_s3_checksum_type_parse(const char *value);
AWSC_API const char *awsc_s3_checksum_type_str(enum awsc_s3_checksum_type value);

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

/* DataRedundancy: members of this type are strings; parse them with
 * awsc_s3_data_redundancy_parse(). Values newer than this model parse as
 * AWSC_S3_DATA_REDUNDANCY_UNKNOWN. */
enum awsc_s3_data_redundancy {
    AWSC_S3_DATA_REDUNDANCY_UNKNOWN = 0,
    AWSC_S3_DATA_REDUNDANCY_SINGLE_AVAILABILITY_ZONE = 1, /* SingleAvailabilityZone */
    AWSC_S3_DATA_REDUNDANCY_SINGLE_LOCAL_ZONE = 2 /* SingleLocalZone */
};
AWSC_API enum awsc_s3_data_redundancy awsc_s3_data_redundancy_parse(const char *value);
AWSC_API const char *awsc_s3_data_redundancy_str(enum awsc_s3_data_redundancy value);

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

/* EncryptionType: members of this type are strings; parse them with
 * awsc_s3_encryption_type_parse(). Values newer than this model parse as
 * AWSC_S3_ENCRYPTION_TYPE_UNKNOWN. */
enum awsc_s3_encryption_type {
    AWSC_S3_ENCRYPTION_TYPE_UNKNOWN = 0,
    AWSC_S3_ENCRYPTION_TYPE_NONE = 1, /* NONE */
    AWSC_S3_ENCRYPTION_TYPE_SSE_C = 2 /* SSE-C */
};
AWSC_API enum awsc_s3_encryption_type awsc_s3_encryption_type_parse(const char *value);
AWSC_API const char *awsc_s3_encryption_type_str(enum awsc_s3_encryption_type value);

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
    AWSC_S3_EVENT_S3_OBJECT_TAGGING_DELETE = 27, /* s3:ObjectTagging:Delete */
    AWSC_S3_EVENT_S3_OBJECT_ANNOTATION = 28, /* s3:ObjectAnnotation:* */
    AWSC_S3_EVENT_S3_OBJECT_ANNOTATION_PUT = 29, /* s3:ObjectAnnotation:Put */
    AWSC_S3_EVENT_S3_OBJECT_ANNOTATION_DELETE = 30 /* s3:ObjectAnnotation:Delete */
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

/* ExpirationState: members of this type are strings; parse them with
 * awsc_s3_expiration_state_parse(). Values newer than this model parse as
 * AWSC_S3_EXPIRATION_STATE_UNKNOWN. */
enum awsc_s3_expiration_state {
    AWSC_S3_EXPIRATION_STATE_UNKNOWN = 0,
    AWSC_S3_EXPIRATION_STATE_ENABLED = 1, /* ENABLED */
    AWSC_S3_EXPIRATION_STATE_DISABLED = 2 /* DISABLED */
};
AWSC_API enum awsc_s3_expiration_state awsc_s3_expiration_state_parse(const char *value);
AWSC_API const char *awsc_s3_expiration_state_str(enum awsc_s3_expiration_state value);

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

/* InventoryConfigurationState: members of this type are strings; parse them with
 * awsc_s3_inventory_configuration_state_parse(). Values newer than this model parse as
 * AWSC_S3_INVENTORY_CONFIGURATION_STATE_UNKNOWN. */
enum awsc_s3_inventory_configuration_state {
    AWSC_S3_INVENTORY_CONFIGURATION_STATE_UNKNOWN = 0,
    AWSC_S3_INVENTORY_CONFIGURATION_STATE_ENABLED = 1, /* ENABLED */
    AWSC_S3_INVENTORY_CONFIGURATION_STATE_DISABLED = 2 /* DISABLED */
};
AWSC_API enum awsc_s3_inventory_configuration_state awsc_s3_inventory_configuration_state_parse(const char *value);
AWSC_API const char *awsc_s3_inventory_configuration_state_str(enum awsc_s3_inventory_configuration_state value);

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
    AWSC_S3_INVENTORY_OPTIONAL_FIELD_CHECKSUM_ALGORITHM = 13, /* ChecksumAlgorithm */
    AWSC_S3_INVENTORY_OPTIONAL_FIELD_OBJECT_ACCESS_CONTROL_LIST = 14, /* ObjectAccessControlList */
    AWSC_S3_INVENTORY_OPTIONAL_FIELD_OBJECT_OWNER = 15, /* ObjectOwner */
    AWSC_S3_INVENTORY_OPTIONAL_FIELD_LIFECYCLE_EXPIRATION_DATE = 16 /* LifecycleExpirationDate */
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

/* LocationType: members of this type are strings; parse them with
 * awsc_s3_location_type_parse(). Values newer than this model parse as
 * AWSC_S3_LOCATION_TYPE_UNKNOWN. */
enum awsc_s3_location_type {
    AWSC_S3_LOCATION_TYPE_UNKNOWN = 0,
    AWSC_S3_LOCATION_TYPE_AVAILABILITY_ZONE = 1, /* AvailabilityZone */
    AWSC_S3_LOCATION_TYPE_LOCAL_ZONE = 2 /* LocalZone */
};
AWSC_API enum awsc_s3_location_type awsc_s3_location_type_parse(const char *value);
AWSC_API const char *awsc_s3_location_type_str(enum awsc_s3_location_type value);

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
    AWSC_S3_OBJECT_STORAGE_CLASS_GLACIER_IR = 9, /* GLACIER_IR */
    AWSC_S3_OBJECT_STORAGE_CLASS_SNOW = 10, /* SNOW */
    AWSC_S3_OBJECT_STORAGE_CLASS_EXPRESS_ONEZONE = 11, /* EXPRESS_ONEZONE */
    AWSC_S3_OBJECT_STORAGE_CLASS_FSX_OPENZFS = 12, /* FSX_OPENZFS */
    AWSC_S3_OBJECT_STORAGE_CLASS_FSX_ONTAP = 13, /* FSX_ONTAP */
    AWSC_S3_OBJECT_STORAGE_CLASS_AWS_BACKUP_WARM = 14, /* AWS_BACKUP_WARM */
    AWSC_S3_OBJECT_STORAGE_CLASS_AWS_BACKUP_LOW_COST_WARM = 15 /* AWS_BACKUP_LOW_COST_WARM */
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

/* OptionalObjectAttributes: members of this type are strings; parse them with
 * awsc_s3_optional_object_attributes_parse(). Values newer than this model parse as
 * AWSC_S3_OPTIONAL_OBJECT_ATTRIBUTES_UNKNOWN. */
enum awsc_s3_optional_object_attributes {
    AWSC_S3_OPTIONAL_OBJECT_ATTRIBUTES_UNKNOWN = 0,
    AWSC_S3_OPTIONAL_OBJECT_ATTRIBUTES_RESTORE_STATUS = 1 /* RestoreStatus */
};
AWSC_API enum awsc_s3_optional_object_attributes awsc_s3_optional_object_attributes_parse(const char *value);
AWSC_API const char *awsc_s3_optional_object_attributes_str(enum awsc_s3_optional_object_attributes value);

/* OwnerOverride: members of this type are strings; parse them with
 * awsc_s3_owner_override_parse(). Values newer than this model parse as
 * AWSC_S3_OWNER_OVERRIDE_UNKNOWN. */
enum awsc_s3_owner_override {
    AWSC_S3_OWNER_OVERRIDE_UNKNOWN = 0,
    AWSC_S3_OWNER_OVERRIDE_DESTINATION = 1 /* Destination */
};
AWSC_API enum awsc_s3_owner_override awsc_s3_owner_override_parse(const char *value);
AWSC_API const char *awsc_s3_owner_override_str(enum awsc_s3_owner_override value);

/* PartitionDateSource: members of this type are strings; parse them with
 * awsc_s3_partition_date_source_parse(). Values newer than this model parse as
 * AWSC_S3_PARTITION_DATE_SOURCE_UNKNOWN. */
enum awsc_s3_partition_date_source {
    AWSC_S3_PARTITION_DATE_SOURCE_UNKNOWN = 0,
    AWSC_S3_PARTITION_DATE_SOURCE_EVENT_TIME = 1, /* EventTime */
    AWSC_S3_PARTITION_DATE_SOURCE_DELIVERY_TIME = 2 /* DeliveryTime */
};
AWSC_API enum awsc_s3_partition_date_source awsc_s3_partition_date_source_parse(const char *value);
AWSC_API const char *awsc_s3_partition_date_source_str(enum awsc_s3_partition_date_source value);

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
    AWSC_S3_REPLICATION_STATUS_REPLICA = 4, /* REPLICA */
    AWSC_S3_REPLICATION_STATUS_COMPLETED = 5 /* COMPLETED */
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

/* S3TablesBucketType: members of this type are strings; parse them with
 * awsc_s3_s3_tables_bucket_type_parse(). Values newer than this model parse as
 * AWSC_S3_S3_TABLES_BUCKET_TYPE_UNKNOWN. */
enum awsc_s3_s3_tables_bucket_type {
    AWSC_S3_S3_TABLES_BUCKET_TYPE_UNKNOWN = 0,
    AWSC_S3_S3_TABLES_BUCKET_TYPE_AWS = 1, /* aws */
    AWSC_S3_S3_TABLES_BUCKET_TYPE_CUSTOMER = 2 /* customer */
};
AWSC_API enum awsc_s3_s3_tables_bucket_type awsc_s3_s3_tables_bucket_type_parse(const char *value);
AWSC_API const char *awsc_s3_s3_tables_bucket_type_str(enum awsc_s3_s3_tables_bucket_type value);

/* ServerSideEncryption: members of this type are strings; parse them with
 * awsc_s3_server_side_encryption_parse(). Values newer than this model parse as
 * AWSC_S3_SERVER_SIDE_ENCRYPTION_UNKNOWN. */
enum awsc_s3_server_side_encryption {
    AWSC_S3_SERVER_SIDE_ENCRYPTION_UNKNOWN = 0,
    AWSC_S3_SERVER_SIDE_ENCRYPTION_AES256 = 1, /* AES256 */
    AWSC_S3_SERVER_SIDE_ENCRYPTION_AWS_FSX = 2, /* aws:fsx */
    AWSC_S3_SERVER_SIDE_ENCRYPTION_AWS_BACKUP = 3, /* aws:backup */
    AWSC_S3_SERVER_SIDE_ENCRYPTION_AWS_KMS = 4, /* aws:kms */
    AWSC_S3_SERVER_SIDE_ENCRYPTION_AWS_KMS_DSSE = 5 /* aws:kms:dsse */
};
AWSC_API enum awsc_s3_server_side_encryption awsc_s3_server_side_encryption_parse(const char *value);
AWSC_API const char *awsc_s3_server_side_encryption_str(enum awsc_s3_server_side_encryption value);

/* SessionMode: members of this type are strings; parse them with
 * awsc_s3_session_mode_parse(). Values newer than this model parse as
 * AWSC_S3_SESSION_MODE_UNKNOWN. */
enum awsc_s3_session_mode {
    AWSC_S3_SESSION_MODE_UNKNOWN = 0,
    AWSC_S3_SESSION_MODE_READ_ONLY = 1, /* ReadOnly */
    AWSC_S3_SESSION_MODE_READ_WRITE = 2 /* ReadWrite */
};
AWSC_API enum awsc_s3_session_mode awsc_s3_session_mode_parse(const char *value);
AWSC_API const char *awsc_s3_session_mode_str(enum awsc_s3_session_mode value);

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
    AWSC_S3_STORAGE_CLASS_GLACIER_IR = 9, /* GLACIER_IR */
    AWSC_S3_STORAGE_CLASS_SNOW = 10, /* SNOW */
    AWSC_S3_STORAGE_CLASS_EXPRESS_ONEZONE = 11, /* EXPRESS_ONEZONE */
    AWSC_S3_STORAGE_CLASS_FSX_OPENZFS = 12, /* FSX_OPENZFS */
    AWSC_S3_STORAGE_CLASS_FSX_ONTAP = 13, /* FSX_ONTAP */
    AWSC_S3_STORAGE_CLASS_AWS_BACKUP_WARM = 14, /* AWS_BACKUP_WARM */
    AWSC_S3_STORAGE_CLASS_AWS_BACKUP_LOW_COST_WARM = 15 /* AWS_BACKUP_LOW_COST_WARM */
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

/* TableSseAlgorithm: members of this type are strings; parse them with
 * awsc_s3_table_sse_algorithm_parse(). Values newer than this model parse as
 * AWSC_S3_TABLE_SSE_ALGORITHM_UNKNOWN. */
enum awsc_s3_table_sse_algorithm {
    AWSC_S3_TABLE_SSE_ALGORITHM_UNKNOWN = 0,
    AWSC_S3_TABLE_SSE_ALGORITHM_AWS_KMS = 1, /* aws:kms */
    AWSC_S3_TABLE_SSE_ALGORITHM_AES256 = 2 /* AES256 */
};
AWSC_API enum awsc_s3_table_sse_algorithm awsc_s3_table_sse_algorithm_parse(const char *value);
AWSC_API const char *awsc_s3_table_sse_algorithm_str(enum awsc_s3_table_sse_algorithm value);

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

/* TransitionDefaultMinimumObjectSize: members of this type are strings; parse them with
 * awsc_s3_transition_default_minimum_object_size_parse(). Values newer than this model parse as
 * AWSC_S3_TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE_UNKNOWN. */
enum awsc_s3_transition_default_minimum_object_size {
    AWSC_S3_TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE_UNKNOWN = 0,
    AWSC_S3_TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE_VARIES_BY_STORAGE_CLASS = 1, /* varies_by_storage_class */
    AWSC_S3_TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE_ALL_STORAGE_CLASSES_128_K = 2 /* all_storage_classes_128K */
};
AWSC_API enum awsc_s3_transition_default_minimum_object_size awsc_s3_transition_default_minimum_object_size_parse(const char *value);
AWSC_API const char *awsc_s3_transition_default_minimum_object_size_str(enum awsc_s3_transition_default_minimum_object_size value);

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

struct awsc_s3_abac_status;
struct awsc_s3_abort_incomplete_multipart_upload;
struct awsc_s3_abort_multipart_upload_output;
struct awsc_s3_abort_multipart_upload_input;
struct awsc_s3_accelerate_configuration;
struct awsc_s3_access_control_policy;
struct awsc_s3_access_control_translation;
struct awsc_s3_access_denied;
struct awsc_s3_analytics_and_operator;
struct awsc_s3_analytics_configuration;
struct awsc_s3_analytics_export_destination;
struct awsc_s3_analytics_filter;
struct awsc_s3_analytics_s3_bucket_destination;
struct awsc_s3_annotation_entry;
struct awsc_s3_annotation_limit_exceeded;
struct awsc_s3_annotation_name_too_long;
struct awsc_s3_annotation_table_configuration;
struct awsc_s3_annotation_table_configuration_result;
struct awsc_s3_annotation_table_configuration_updates;
struct awsc_s3_blocked_encryption_types;
struct awsc_s3_bucket;
struct awsc_s3_bucket_already_exists;
struct awsc_s3_bucket_already_owned_by_you;
struct awsc_s3_bucket_info;
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
struct awsc_s3_create_bucket_metadata_configuration_input;
struct awsc_s3_create_bucket_metadata_table_configuration_input;
struct awsc_s3_create_bucket_output;
struct awsc_s3_create_bucket_input;
struct awsc_s3_create_multipart_upload_output;
struct awsc_s3_create_multipart_upload_input;
struct awsc_s3_create_session_output;
struct awsc_s3_create_session_input;
struct awsc_s3_default_retention;
struct awsc_s3_delete;
struct awsc_s3_delete_bucket_analytics_configuration_input;
struct awsc_s3_delete_bucket_cors_input;
struct awsc_s3_delete_bucket_encryption_input;
struct awsc_s3_delete_bucket_intelligent_tiering_configuration_input;
struct awsc_s3_delete_bucket_inventory_configuration_input;
struct awsc_s3_delete_bucket_lifecycle_input;
struct awsc_s3_delete_bucket_metadata_configuration_input;
struct awsc_s3_delete_bucket_metadata_table_configuration_input;
struct awsc_s3_delete_bucket_metrics_configuration_input;
struct awsc_s3_delete_bucket_ownership_controls_input;
struct awsc_s3_delete_bucket_policy_input;
struct awsc_s3_delete_bucket_replication_input;
struct awsc_s3_delete_bucket_input;
struct awsc_s3_delete_bucket_tagging_input;
struct awsc_s3_delete_bucket_website_input;
struct awsc_s3_delete_marker_entry;
struct awsc_s3_delete_marker_replication;
struct awsc_s3_delete_object_annotation_output;
struct awsc_s3_delete_object_annotation_input;
struct awsc_s3_delete_object_output;
struct awsc_s3_delete_object_input;
struct awsc_s3_delete_object_tagging_output;
struct awsc_s3_delete_object_tagging_input;
struct awsc_s3_delete_objects_output;
struct awsc_s3_delete_objects_input;
struct awsc_s3_delete_public_access_block_input;
struct awsc_s3_deleted_object;
struct awsc_s3_destination;
struct awsc_s3_destination_result;
struct awsc_s3_encryption;
struct awsc_s3_encryption_configuration;
struct awsc_s3_encryption_type_mismatch;
struct awsc_s3_end_event;
struct awsc_s3_error;
struct awsc_s3_error_details;
struct awsc_s3_error_document;
struct awsc_s3_event_bridge_configuration;
struct awsc_s3_existing_object_replication;
struct awsc_s3_filter_rule;
struct awsc_s3_get_bucket_abac_output;
struct awsc_s3_get_bucket_abac_input;
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
struct awsc_s3_get_bucket_metadata_configuration_output;
struct awsc_s3_get_bucket_metadata_configuration_input;
struct awsc_s3_get_bucket_metadata_configuration_result;
struct awsc_s3_get_bucket_metadata_table_configuration_output;
struct awsc_s3_get_bucket_metadata_table_configuration_input;
struct awsc_s3_get_bucket_metadata_table_configuration_result;
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
struct awsc_s3_get_object_annotation_output;
struct awsc_s3_get_object_annotation_input;
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
struct awsc_s3_head_bucket_output;
struct awsc_s3_head_bucket_input;
struct awsc_s3_head_object_output;
struct awsc_s3_head_object_input;
struct awsc_s3_idempotency_parameter_mismatch;
struct awsc_s3_index_document;
struct awsc_s3_initiator;
struct awsc_s3_input_serialization;
struct awsc_s3_intelligent_tiering_and_operator;
struct awsc_s3_intelligent_tiering_configuration;
struct awsc_s3_intelligent_tiering_filter;
struct awsc_s3_invalid_annotation_name;
struct awsc_s3_invalid_object_state;
struct awsc_s3_invalid_prefix;
struct awsc_s3_invalid_request;
struct awsc_s3_invalid_write_offset;
struct awsc_s3_inventory_configuration;
struct awsc_s3_inventory_destination;
struct awsc_s3_inventory_encryption;
struct awsc_s3_inventory_filter;
struct awsc_s3_inventory_s3_bucket_destination;
struct awsc_s3_inventory_schedule;
struct awsc_s3_inventory_table_configuration;
struct awsc_s3_inventory_table_configuration_result;
struct awsc_s3_inventory_table_configuration_updates;
struct awsc_s3_json_input;
struct awsc_s3_json_output;
struct awsc_s3_journal_table_configuration;
struct awsc_s3_journal_table_configuration_result;
struct awsc_s3_journal_table_configuration_updates;
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
struct awsc_s3_list_buckets_input;
struct awsc_s3_list_directory_buckets_output;
struct awsc_s3_list_directory_buckets_input;
struct awsc_s3_list_multipart_uploads_output;
struct awsc_s3_list_multipart_uploads_input;
struct awsc_s3_list_object_annotations_output;
struct awsc_s3_list_object_annotations_input;
struct awsc_s3_list_object_versions_output;
struct awsc_s3_list_object_versions_input;
struct awsc_s3_list_objects_output;
struct awsc_s3_list_objects_input;
struct awsc_s3_list_objects_v2_output;
struct awsc_s3_list_objects_v2_input;
struct awsc_s3_list_parts_output;
struct awsc_s3_list_parts_input;
struct awsc_s3_location_info;
struct awsc_s3_logging_enabled;
struct awsc_s3_metadata_configuration;
struct awsc_s3_metadata_configuration_result;
struct awsc_s3_metadata_entry;
struct awsc_s3_metadata_table_configuration;
struct awsc_s3_metadata_table_configuration_result;
struct awsc_s3_metadata_table_encryption_configuration;
struct awsc_s3_metrics;
struct awsc_s3_metrics_and_operator;
struct awsc_s3_metrics_configuration;
struct awsc_s3_metrics_filter;
struct awsc_s3_multipart_upload;
struct awsc_s3_no_such_annotation;
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
struct awsc_s3_object_encryption;
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
struct awsc_s3_partitioned_prefix;
struct awsc_s3_policy_status;
struct awsc_s3_progress;
struct awsc_s3_progress_event;
struct awsc_s3_public_access_block_configuration;
struct awsc_s3_put_bucket_abac_input;
struct awsc_s3_put_bucket_accelerate_configuration_input;
struct awsc_s3_put_bucket_acl_input;
struct awsc_s3_put_bucket_analytics_configuration_input;
struct awsc_s3_put_bucket_cors_input;
struct awsc_s3_put_bucket_encryption_input;
struct awsc_s3_put_bucket_intelligent_tiering_configuration_input;
struct awsc_s3_put_bucket_inventory_configuration_input;
struct awsc_s3_put_bucket_lifecycle_configuration_output;
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
struct awsc_s3_put_object_annotation_output;
struct awsc_s3_put_object_annotation_input;
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
struct awsc_s3_record_expiration;
struct awsc_s3_records_event;
struct awsc_s3_redirect;
struct awsc_s3_redirect_all_requests_to;
struct awsc_s3_rename_object_output;
struct awsc_s3_rename_object_input;
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
struct awsc_s3_restore_status;
struct awsc_s3_routing_rule;
struct awsc_s3_rule;
struct awsc_s3_s3_key_filter;
struct awsc_s3_s3_location;
struct awsc_s3_s3_tables_destination;
struct awsc_s3_s3_tables_destination_result;
struct awsc_s3_ssekms;
struct awsc_s3_ssekms_encryption;
struct awsc_s3_sses3;
struct awsc_s3_scan_range;
struct awsc_s3_select_object_content_event;
struct awsc_s3_select_object_content_output;
struct awsc_s3_select_object_content_input;
struct awsc_s3_select_parameters;
struct awsc_s3_server_side_encryption_by_default;
struct awsc_s3_server_side_encryption_configuration;
struct awsc_s3_server_side_encryption_rule;
struct awsc_s3_session_credentials;
struct awsc_s3_simple_prefix;
struct awsc_s3_source_selection_criteria;
struct awsc_s3_sse_kms_encrypted_objects;
struct awsc_s3_stats;
struct awsc_s3_stats_event;
struct awsc_s3_storage_class_analysis;
struct awsc_s3_storage_class_analysis_data_export;
struct awsc_s3_tag;
struct awsc_s3_tagging;
struct awsc_s3_target_grant;
struct awsc_s3_target_object_key_format;
struct awsc_s3_tiering;
struct awsc_s3_too_many_parts;
struct awsc_s3_topic_configuration;
struct awsc_s3_topic_configuration_deprecated;
struct awsc_s3_transition;
struct awsc_s3_unsupported_media_type;
struct awsc_s3_update_bucket_metadata_annotation_table_configuration_input;
struct awsc_s3_update_bucket_metadata_inventory_table_configuration_input;
struct awsc_s3_update_bucket_metadata_journal_table_configuration_input;
struct awsc_s3_update_object_encryption_input;
struct awsc_s3_update_object_encryption_output;
struct awsc_s3_upload_part_copy_output;
struct awsc_s3_upload_part_copy_input;
struct awsc_s3_upload_part_output;
struct awsc_s3_upload_part_input;
struct awsc_s3_versioning_configuration;
struct awsc_s3_website_configuration;
struct awsc_s3_write_get_object_response_input;
struct awsc_s3_metadata_map_entry;

/*
 * EventList: a list of Event.
 * Also the type of AllowedHeaders, AllowedMethods, AllowedOrigins,
 * ChecksumAlgorithmList, EncryptionTypeList, ExposeHeaders,
 * InventoryOptionalFields, ObjectAttributesList,
 * OptionalObjectAttributesList.
 */
struct awsc_s3_event_list {
    const char **items;
    size_t count;
};

/* AnalyticsConfigurationList: a list of AnalyticsConfiguration. */
struct awsc_s3_analytics_configuration_list {
    struct awsc_s3_analytics_configuration *items;
    size_t count;
};

/* AnnotationList: a list of AnnotationEntry. */
struct awsc_s3_annotation_list {
    struct awsc_s3_annotation_entry *items;
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
    struct awsc_s3_metadata_map_entry *entries;
    size_t count;
};

/*
 * The ABAC status of the general purpose bucket. When ABAC is enabled for the
 * general purpose bucket, you can use tags to manage access to the general
 * purpose buckets as well as for cost tracking purposes.
 */
struct awsc_s3_abac_status {
    /* Status: The ABAC status of the general purpose bucket. One of enum
     * awsc_s3_bucket_abac_status's values (as its string). */
    const char *status;
};

/*
 * Specifies the days since the initiation of an incomplete multipart upload
 * that Amazon S3 will wait before permanently removing all parts of the
 * upload. For more information, see Aborting Incomplete Multipart Uploads
 * Using a Bucket Lifecycle Configuration in the Amazon S3 User Guide .
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
    /* IfMatchInitiatedTime: If present, this header aborts an in progress
     * multipart upload only if it was initiated on the provided timestamp. */
    bool has_if_match_initiated_time;
    struct awsc_timestamp if_match_initiated_time;
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
 * You might receive this error for several reasons. For details, see the
 * description of this API operation.
 */
struct awsc_s3_access_denied {
    char unused_; /* no members */
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
    struct awsc_s3_analytics_and_operator *and_;
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
 * Describes a single annotation attached to an object, including its name,
 * last modified time, size, ETag, checksum algorithm, and replication status.
 * Returned in the response from ListObjectAnnotations .
 */
struct awsc_s3_annotation_entry {
    /* AnnotationName: The name of the annotation. Required. */
    const char *annotation_name;
    /* LastModified: The date and time the annotation was last modified. Required. */
    bool has_last_modified;
    struct awsc_timestamp last_modified;
    /* ETag: The entity tag of the annotation. */
    const char *e_tag;
    /* ChecksumAlgorithm: The checksum algorithm used for the annotation. */
    struct awsc_s3_event_list checksum_algorithm;
    /* Size: The size of the annotation payload, in bytes. Required. */
    bool has_size;
    int64_t size;
    /* ReplicationStatus: The replication status of the annotation. One of enum
     * awsc_s3_replication_status's values (as its string). */
    const char *replication_status;
};

/*
 * The request would exceed the maximum number of annotations allowed per
 * object.
 */
struct awsc_s3_annotation_limit_exceeded {
    char unused_; /* no members */
};

/*
 * The annotation name exceeds 512 bytes.
 */
struct awsc_s3_annotation_name_too_long {
    char unused_; /* no members */
};

/*
 * Specifies the configuration for the annotation table associated with a
 * bucket's Amazon S3 Metadata configuration. The annotation table is an
 * Iceberg table that records annotation events for objects in the bucket.
 */
struct awsc_s3_annotation_table_configuration {
    /* ConfigurationState: The state of the annotation table. Valid values are
     * ENABLED and DISABLED . Required. One of enum
     * awsc_s3_annotation_configuration_state's values (as its string). */
    const char *configuration_state;
    /* EncryptionConfiguration: */
    struct awsc_s3_metadata_table_encryption_configuration *encryption_configuration;
    /* Role: The ARN of the IAM role used to manage the annotation table. */
    const char *role;
};

/*
 * Contains the current state of the annotation table associated with a
 * bucket's Amazon S3 Metadata configuration, including its provisioning status
 * and identifiers.
 */
struct awsc_s3_annotation_table_configuration_result {
    /* ConfigurationState: The current configuration state of the annotation table.
     * Required. One of enum awsc_s3_annotation_configuration_state's values (as
     * its string). */
    const char *configuration_state;
    /* TableStatus: The provisioning status of the annotation table. Possible
     * values: CREATING , BACKFILLING , ACTIVE , FAILED . */
    const char *table_status;
    /* Error: */
    struct awsc_s3_error_details *error;
    /* TableName: The name of the annotation table. */
    const char *table_name;
    /* TableArn: The ARN of the annotation table. */
    const char *table_arn;
    /* Role: The ARN of the IAM role associated with the annotation table. */
    const char *role;
};

/*
 * Specifies updates to apply to the annotation table configuration. Used as
 * the request body for UpdateBucketMetadataAnnotationTableConfiguration .
 */
struct awsc_s3_annotation_table_configuration_updates {
    /* ConfigurationState: The new configuration state to apply. Required. One of
     * enum awsc_s3_annotation_configuration_state's values (as its string). */
    const char *configuration_state;
    /* EncryptionConfiguration: */
    struct awsc_s3_metadata_table_encryption_configuration *encryption_configuration;
    /* Role: The new IAM role ARN to apply. */
    const char *role;
};

/*
 * A bucket-level setting for Amazon S3 general purpose buckets used to prevent
 * the upload of new objects encrypted with the specified server-side
 * encryption type.
 */
struct awsc_s3_blocked_encryption_types {
    /* EncryptionType: The object encryption type that you want to block or unblock
     * for an Amazon S3 general purpose bucket. */
    struct awsc_s3_event_list encryption_type;
};

/*
 * In terms of implementation, a Bucket is a resource.
 */
struct awsc_s3_bucket {
    /* Name: The name of the bucket. */
    const char *name;
    /* CreationDate: Date the bucket was created. This date can change when making
     * changes to your bucket, such as editing its bucket policy. */
    bool has_creation_date;
    struct awsc_timestamp creation_date;
    /* BucketRegion: BucketRegion indicates the Amazon Web Services region where
     * the bucket is located. If the request contains at least one valid parameter,
     * it is included in the response. */
    const char *bucket_region;
    /* BucketArn: The Amazon Resource Name (ARN) of the S3 bucket. ARNs uniquely
     * identify Amazon Web Services resources across all of Amazon Web Services.
     * This parameter is only supported for S3 directory buckets. */
    const char *bucket_arn;
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
 * Specifies the information about the bucket that will be created. For more
 * information about directory buckets, see Directory buckets in the Amazon S3
 * User Guide . This functionality is only supported by directory buckets.
 */
struct awsc_s3_bucket_info {
    /* DataRedundancy: The number of Zone (Availability Zone or Local Zone) that's
     * used for redundancy for the bucket. One of enum awsc_s3_data_redundancy's
     * values (as its string). */
    const char *data_redundancy;
    /* Type: The type of bucket. One of enum awsc_s3_bucket_type's values (as its
     * string). */
    const char *type;
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
    struct awsc_s3_event_list allowed_headers;
    /* AllowedMethods: An HTTP method that you allow the origin to execute. Valid
     * values are GET , PUT , HEAD , POST , and DELETE . Required. */
    struct awsc_s3_event_list allowed_methods;
    /* AllowedOrigins: One or more origins you want customers to be able to access
     * the bucket from. Required. */
    struct awsc_s3_event_list allowed_origins;
    /* ExposeHeaders: One or more headers in the response that you want customers
     * to be able to access from their applications (for example, from a JavaScript
     * XMLHttpRequest object). */
    struct awsc_s3_event_list expose_headers;
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
    /* ChecksumCRC32: The Base64 encoded, 32-bit CRC32 checksum of the object. This
     * checksum is only present if the checksum was uploaded with the object. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: The Base64 encoded, 32-bit CRC32C checksum of the object.
     * This checksum is only present if the checksum was uploaded with the object. */
    const char *checksum_crc32_c;
    /* ChecksumCRC64NVME: The Base64 encoded, 64-bit CRC64NVME checksum of the
     * object. This checksum is present if the object was uploaded with the
     * CRC64NVME checksum algorithm, or if the object was uploaded without a ... */
    const char *checksum_crc64_nvme;
    /* ChecksumSHA1: The Base64 encoded, 160-bit SHA1 digest of the object. This
     * checksum is only present if the checksum was uploaded with the object. */
    const char *checksum_sha1;
    /* ChecksumSHA256: The Base64 encoded, 256-bit SHA256 digest of the object.
     * This checksum is only present if the checksum was uploaded with the object. */
    const char *checksum_sha256;
    /* ChecksumSHA512: The Base64 encoded, 512-bit SHA512 digest of the object.
     * This checksum is present if the object was uploaded with the SHA512 checksum
     * algorithm. */
    const char *checksum_sha512;
    /* ChecksumMD5: The Base64 encoded, 128-bit MD5 digest of the object. This
     * checksum is present if the object was uploaded with the MD5 checksum
     * algorithm. */
    const char *checksum_md5;
    /* ChecksumXXHASH64: The Base64 encoded, 64-bit XXHASH64 checksum of the
     * object. This checksum is present if the object was uploaded with the
     * XXHASH64 checksum algorithm. */
    const char *checksum_xxhash64;
    /* ChecksumXXHASH3: The Base64 encoded, 64-bit XXHASH3 checksum of the object.
     * This checksum is present if the object was uploaded with the XXHASH3
     * checksum algorithm. */
    const char *checksum_xxhash3;
    /* ChecksumXXHASH128: The Base64 encoded, 128-bit XXHASH128 checksum of the
     * object. This checksum is present if the object was uploaded with the
     * XXHASH128 checksum algorithm. */
    const char *checksum_xxhash128;
    /* ChecksumType: The checksum type that is used to calculate the object’s
     * checksum value. For more information, see Checking object integrity in the
     * Amazon S3 User Guide . One of enum awsc_s3_checksum_type's values (as its
     * string). */
    const char *checksum_type;
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
     * not return the access point ARN or access point alias if used. Access points
     * are not supported by directory buckets. */
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
    /* ChecksumCRC32: The Base64 encoded, 32-bit CRC32 checksum of the object. This
     * checksum is only present if the checksum was uploaded with the object. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: The Base64 encoded, 32-bit CRC32C checksum of the object.
     * This checksum is only present if the checksum was uploaded with the object. */
    const char *checksum_crc32_c;
    /* ChecksumCRC64NVME: This header can be used as a data integrity check to
     * verify that the data received is the same data that was originally sent. */
    const char *checksum_crc64_nvme;
    /* ChecksumSHA1: The Base64 encoded, 160-bit SHA1 digest of the object. This
     * checksum is only present if the checksum was uploaded with the object. */
    const char *checksum_sha1;
    /* ChecksumSHA256: The Base64 encoded, 256-bit SHA256 digest of the object.
     * This checksum is only present if the checksum was uploaded with the object. */
    const char *checksum_sha256;
    /* ChecksumSHA512: The Base64 encoded, 512-bit SHA512 digest of the object. For
     * more information, see Checking object integrity in the Amazon S3 User Guide
     * . */
    const char *checksum_sha512;
    /* ChecksumMD5: The Base64 encoded, 128-bit MD5 digest of the object. For more
     * information, see Checking object integrity in the Amazon S3 User Guide . */
    const char *checksum_md5;
    /* ChecksumXXHASH64: The Base64 encoded, 64-bit XXHASH64 checksum of the
     * object. For more information, see Checking object integrity in the Amazon S3
     * User Guide . */
    const char *checksum_xxhash64;
    /* ChecksumXXHASH3: The Base64 encoded, 64-bit XXHASH3 checksum of the object.
     * For more information, see Checking object integrity in the Amazon S3 User
     * Guide . */
    const char *checksum_xxhash3;
    /* ChecksumXXHASH128: The Base64 encoded, 128-bit XXHASH128 checksum of the
     * object. For more information, see Checking object integrity in the Amazon S3
     * User Guide . */
    const char *checksum_xxhash128;
    /* ChecksumType: The checksum type, which determines how part-level checksums
     * are combined to create an object-level checksum for multipart objects. One
     * of enum awsc_s3_checksum_type's values (as its string). */
    const char *checksum_type;
    /* ServerSideEncryption: The server-side encryption algorithm used when storing
     * this object in Amazon S3. One of enum awsc_s3_server_side_encryption's
     * values (as its string). */
    const char *server_side_encryption;
    /* VersionId: Version ID of the newly created object, in case the bucket has
     * versioning turned on. This functionality is not supported for directory
     * buckets. */
    const char *version_id;
    /* SSEKMSKeyId: If present, indicates the ID of the KMS key that was used for
     * object encryption. */
    const char *ssekms_key_id;
    /* BucketKeyEnabled: Indicates whether the multipart upload uses an S3 Bucket
     * Key for server-side encryption with Key Management Service (KMS) keys
     * (SSE-KMS). */
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
    /* ChecksumCRC64NVME: This header can be used as a data integrity check to
     * verify that the data received is the same data that was originally sent. */
    const char *checksum_crc64_nvme;
    /* ChecksumSHA1: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_sha1;
    /* ChecksumSHA256: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_sha256;
    /* ChecksumSHA512: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_sha512;
    /* ChecksumMD5: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_md5;
    /* ChecksumXXHASH64: This header can be used as a data integrity check to
     * verify that the data received is the same data that was originally sent. */
    const char *checksum_xxhash64;
    /* ChecksumXXHASH3: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_xxhash3;
    /* ChecksumXXHASH128: This header can be used as a data integrity check to
     * verify that the data received is the same data that was originally sent. */
    const char *checksum_xxhash128;
    /* ChecksumType: This header specifies the checksum type of the object, which
     * determines how part-level checksums are combined to create an object-level
     * checksum for multipart objects. One of enum awsc_s3_checksum_type's values
     * (as its string). */
    const char *checksum_type;
    /* MpuObjectSize: The expected total object size of the multipart upload
     * request. If there’s a mismatch between the specified object size value and
     * the actual object size value, it results in an HTTP 400 ... */
    bool has_mpu_object_size;
    int64_t mpu_object_size;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
    /* IfMatch: Uploads the object only if the ETag (entity tag) value provided
     * during the WRITE operation matches the ETag of the object in S3. */
    const char *if_match;
    /* IfNoneMatch: Uploads the object only if the object key name does not already
     * exist in the bucket specified. Otherwise, Amazon S3 returns a 412
     * Precondition Failed error. */
    const char *if_none_match;
    /* SSECustomerAlgorithm: The server-side encryption (SSE) algorithm used to
     * encrypt the object. */
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
    /* ChecksumCRC32: The Base64 encoded, 32-bit CRC32 checksum of the part. This
     * checksum is present if the multipart upload request was created with the
     * CRC32 checksum algorithm. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: The Base64 encoded, 32-bit CRC32C checksum of the part. This
     * checksum is present if the multipart upload request was created with the
     * CRC32C checksum algorithm. */
    const char *checksum_crc32_c;
    /* ChecksumCRC64NVME: The Base64 encoded, 64-bit CRC64NVME checksum of the
     * part. This checksum is present if the multipart upload request was created
     * with the CRC64NVME checksum algorithm. */
    const char *checksum_crc64_nvme;
    /* ChecksumSHA1: The Base64 encoded, 160-bit SHA1 checksum of the part. This
     * checksum is present if the multipart upload request was created with the
     * SHA1 checksum algorithm. */
    const char *checksum_sha1;
    /* ChecksumSHA256: The Base64 encoded, 256-bit SHA256 checksum of the part.
     * This checksum is present if the multipart upload request was created with
     * the SHA256 checksum algorithm. */
    const char *checksum_sha256;
    /* ChecksumSHA512: The Base64 encoded, 512-bit SHA512 digest of the part. This
     * checksum is present if the multipart upload request was created with the
     * SHA512 checksum algorithm. */
    const char *checksum_sha512;
    /* ChecksumMD5: The Base64 encoded, 128-bit MD5 digest of the part. This
     * checksum is present if the multipart upload request was created with the MD5
     * checksum algorithm. */
    const char *checksum_md5;
    /* ChecksumXXHASH64: The Base64 encoded, 64-bit XXHASH64 checksum of the part.
     * This checksum is present if the multipart upload request was created with
     * the XXHASH64 checksum algorithm. */
    const char *checksum_xxhash64;
    /* ChecksumXXHASH3: The Base64 encoded, 64-bit XXHASH3 checksum of the part.
     * This checksum is present if the multipart upload request was created with
     * the XXHASH3 checksum algorithm. */
    const char *checksum_xxhash3;
    /* ChecksumXXHASH128: The Base64 encoded, 128-bit XXHASH128 checksum of the
     * part. This checksum is present if the multipart upload request was created
     * with the XXHASH128 checksum algorithm. */
    const char *checksum_xxhash128;
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
    /* CopySourceVersionId: Version ID of the source object that was copied. This
     * functionality is not supported when the source object is in a directory
     * bucket. */
    const char *copy_source_version_id;
    /* VersionId: Version ID of the newly created copy. This functionality is not
     * supported for directory buckets. */
    const char *version_id;
    /* ServerSideEncryption: The server-side encryption algorithm used when you
     * store this object in Amazon S3 or Amazon FSx. One of enum
     * awsc_s3_server_side_encryption's values (as its string). */
    const char *server_side_encryption;
    /* SSECustomerAlgorithm: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header to
     * confirm the encryption algorithm that's used. */
    const char *sse_customer_algorithm;
    /* SSECustomerKeyMD5: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header to
     * provide the round-trip message integrity verification of the ... */
    const char *sse_customer_key_md5;
    /* SSEKMSKeyId: If present, indicates the ID of the KMS key that was used for
     * object encryption. */
    const char *ssekms_key_id;
    /* SSEKMSEncryptionContext: If present, indicates the Amazon Web Services KMS
     * Encryption Context to use for object encryption. */
    const char *ssekms_encryption_context;
    /* BucketKeyEnabled: Indicates whether the copied object uses an S3 Bucket Key
     * for server-side encryption with Key Management Service (KMS) keys (SSE-KMS). */
    bool has_bucket_key_enabled;
    bool bucket_key_enabled;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
};

/* CopyObjectRequest */
struct awsc_s3_copy_object_input {
    /* ACL: The canned access control list (ACL) to apply to the object. One of
     * enum awsc_s3_object_canned_acl's values (as its string). */
    const char *acl;
    /* Bucket: The name of the destination bucket. Directory buckets - When you use
     * this operation with a directory bucket, you must use virtual-hosted-style
     * requests in the format Bucket-name .s3express- zone-id . Required. */
    const char *bucket;
    /* CacheControl: Specifies the caching behavior along the request/reply chain. */
    const char *cache_control;
    /* ChecksumAlgorithm: Indicates the algorithm that you want Amazon S3 to use to
     * create the checksum for the object. For more information, see Checking
     * object integrity in the Amazon S3 User Guide . One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* ContentDisposition: Specifies presentational information for the object.
     * Indicates whether an object should be displayed in a web browser or
     * downloaded as a file. */
    const char *content_disposition;
    /* ContentEncoding: Specifies what content encodings have been applied to the
     * object and thus what decoding mechanisms must be applied to obtain the
     * media-type referenced by the Content-Type header field. */
    const char *content_encoding;
    /* ContentLanguage: The language the content is in. */
    const char *content_language;
    /* ContentType: A standard MIME type that describes the format of the object
     * data. */
    const char *content_type;
    /* CopySource: Specifies the source object for the copy operation. The source
     * object can be up to 5 GB. Required. */
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
     * permissions on the object. This functionality is not supported for directory
     * buckets. This functionality is not supported for Amazon S3 on Outposts. */
    const char *grant_full_control;
    /* GrantRead: Allows grantee to read the object data and its metadata. This
     * functionality is not supported for directory buckets. This functionality is
     * not supported for Amazon S3 on Outposts. */
    const char *grant_read;
    /* GrantReadACP: Allows grantee to read the object ACL. This functionality is
     * not supported for directory buckets. This functionality is not supported for
     * Amazon S3 on Outposts. */
    const char *grant_read_acp;
    /* GrantWriteACP: Allows grantee to write the ACL for the applicable object.
     * This functionality is not supported for directory buckets. This
     * functionality is not supported for Amazon S3 on Outposts. */
    const char *grant_write_acp;
    /* IfMatch: Copies the object if the entity tag (ETag) of the destination
     * object matches the specified tag. If the ETag values do not match, the
     * operation returns a 412 Precondition Failed error. */
    const char *if_match;
    /* IfNoneMatch: Copies the object only if the object key name at the
     * destination does not already exist in the bucket specified. Otherwise,
     * Amazon S3 returns a 412 Precondition Failed error. */
    const char *if_none_match;
    /* Key: The key of the destination object. Required. */
    const char *key;
    /* Metadata: A map of metadata to store with the object in S3. */
    struct awsc_s3_metadata metadata;
    /* MetadataDirective: Specifies whether the metadata is copied from the source
     * object or replaced with metadata that's provided in the request. One of enum
     * awsc_s3_metadata_directive's values (as its string). */
    const char *metadata_directive;
    /* TaggingDirective: Specifies whether the object tag-set is copied from the
     * source object or replaced with the tag-set that's provided in the request.
     * One of enum awsc_s3_tagging_directive's values (as its string). */
    const char *tagging_directive;
    /* AnnotationDirective: Specifies whether you want to copy annotations from the
     * source object or exclude them. If this header isn't specified, COPY is the
     * default behavior. One of enum awsc_s3_annotation_directive's values (as its
     * string). */
    const char *annotation_directive;
    /* ServerSideEncryption: The server-side encryption algorithm used when storing
     * this object in Amazon S3. Unrecognized or unsupported values won’t write a
     * destination object and will receive a 400 Bad Request response. One of enum
     * awsc_s3_server_side_encryption's values (as its string). */
    const char *server_side_encryption;
    /* StorageClass: If the x-amz-storage-class header is not used, the copied
     * object will be stored in the STANDARD Storage Class by default. The STANDARD
     * storage class provides high durability and high availability. One of enum
     * awsc_s3_storage_class's values (as its string). */
    const char *storage_class;
    /* WebsiteRedirectLocation: If the destination bucket is configured as a
     * website, redirects requests for this object copy to another object in the
     * same bucket or to an external URL. */
    const char *website_redirect_location;
    /* SSECustomerAlgorithm: Specifies the algorithm to use when encrypting the
     * object (for example, AES256 ). */
    const char *sse_customer_algorithm;
    /* SSECustomerKey: Specifies the customer-provided encryption key for Amazon S3
     * to use in encrypting data. This value is used to store the object and then
     * it is discarded. Amazon S3 does not store the encryption key. */
    const char *sse_customer_key;
    /* SSECustomerKeyMD5: Specifies the 128-bit MD5 digest of the encryption key
     * according to RFC 1321. Amazon S3 uses this header for a message integrity
     * check to ensure that the encryption key was transmitted without error. */
    const char *sse_customer_key_md5;
    /* SSEKMSKeyId: Specifies the KMS key ID (Key ID, Key ARN, or Key Alias) to use
     * for object encryption. All GET and PUT requests for an object protected by
     * KMS will fail if they're not made via SSL or using SigV4. */
    const char *ssekms_key_id;
    /* SSEKMSEncryptionContext: Specifies the Amazon Web Services KMS Encryption
     * Context as an additional encryption context to use for the destination
     * object encryption. */
    const char *ssekms_encryption_context;
    /* BucketKeyEnabled: Specifies whether Amazon S3 should use an S3 Bucket Key
     * for object encryption with server-side encryption using Key Management
     * Service (KMS) keys (SSE-KMS). */
    bool has_bucket_key_enabled;
    bool bucket_key_enabled;
    /* CopySourceSSECustomerAlgorithm: Specifies the algorithm to use when
     * decrypting the source object (for example, AES256 ). */
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
    /* Tagging: The tag-set for the object copy in the destination bucket. This
     * value must be used in conjunction with the x-amz-tagging-directive if you
     * choose REPLACE for the x-amz-tagging-directive . */
    const char *tagging;
    /* ObjectLockMode: The Object Lock mode that you want to apply to the object
     * copy. This functionality is not supported for directory buckets. One of enum
     * awsc_s3_object_lock_mode's values (as its string). */
    const char *object_lock_mode;
    /* ObjectLockRetainUntilDate: The date and time when you want the Object Lock
     * of the object copy to expire. This functionality is not supported for
     * directory buckets. */
    bool has_object_lock_retain_until_date;
    struct awsc_timestamp object_lock_retain_until_date;
    /* ObjectLockLegalHoldStatus: Specifies whether you want to apply a legal hold
     * to the object copy. This functionality is not supported for directory
     * buckets. One of enum awsc_s3_object_lock_legal_hold_status's values (as its
     * string). */
    const char *object_lock_legal_hold_status;
    /* ExpectedBucketOwner: The account ID of the expected destination bucket
     * owner. If the account ID that you provide does not match the actual owner of
     * the destination bucket, the request fails with the HTTP status code 403 ... */
    const char *expected_bucket_owner;
    /* ExpectedSourceBucketOwner: The account ID of the expected source bucket
     * owner. If the account ID that you provide does not match the actual owner of
     * the source bucket, the request fails with the HTTP status code 403 Forbidden
     * ... */
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
    /* ChecksumType: The checksum type that is used to calculate the object’s
     * checksum value. For more information, see Checking object integrity in the
     * Amazon S3 User Guide . One of enum awsc_s3_checksum_type's values (as its
     * string). */
    const char *checksum_type;
    /* ChecksumCRC32: The Base64 encoded, 32-bit CRC32 checksum of the object. This
     * checksum is only present if the object was uploaded with the object. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: The Base64 encoded, 32-bit CRC32C checksum of the object.
     * This checksum is only present if the checksum was uploaded with the object. */
    const char *checksum_crc32_c;
    /* ChecksumCRC64NVME: The Base64 encoded, 64-bit CRC64NVME checksum of the
     * object. This checksum is present if the object being copied was uploaded
     * with the CRC64NVME checksum algorithm, or if the object was uploaded ... */
    const char *checksum_crc64_nvme;
    /* ChecksumSHA1: The Base64 encoded, 160-bit SHA1 digest of the object. This
     * checksum is only present if the checksum was uploaded with the object. */
    const char *checksum_sha1;
    /* ChecksumSHA256: The Base64 encoded, 256-bit SHA256 digest of the object.
     * This checksum is only present if the checksum was uploaded with the object. */
    const char *checksum_sha256;
    /* ChecksumSHA512: The Base64 encoded, 512-bit SHA512 digest of the object.
     * This checksum is only present if the object was uploaded with the SHA512
     * checksum algorithm. */
    const char *checksum_sha512;
    /* ChecksumMD5: The Base64 encoded, 128-bit MD5 digest of the object. This
     * checksum is only present if the object was uploaded with the MD5 checksum
     * algorithm. */
    const char *checksum_md5;
    /* ChecksumXXHASH64: The Base64 encoded, 64-bit XXHASH64 checksum of the
     * object. This checksum is only present if the object was uploaded with the
     * XXHASH64 checksum algorithm. */
    const char *checksum_xxhash64;
    /* ChecksumXXHASH3: The Base64 encoded, 64-bit XXHASH3 checksum of the object.
     * This checksum is only present if the object was uploaded with the XXHASH3
     * checksum algorithm. */
    const char *checksum_xxhash3;
    /* ChecksumXXHASH128: The Base64 encoded, 128-bit XXHASH128 checksum of the
     * object. This checksum is only present if the object was uploaded with the
     * XXHASH128 checksum algorithm. */
    const char *checksum_xxhash128;
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
    /* ChecksumCRC32: The Base64 encoded, 32-bit CRC32 checksum of the part. This
     * checksum is present if the multipart upload request was created with the
     * CRC32 checksum algorithm. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: The Base64 encoded, 32-bit CRC32C checksum of the part. This
     * checksum is present if the multipart upload request was created with the
     * CRC32C checksum algorithm. */
    const char *checksum_crc32_c;
    /* ChecksumCRC64NVME: The Base64 encoded, 64-bit CRC64NVME checksum of the
     * part. This checksum is present if the multipart upload request was created
     * with the CRC64NVME checksum algorithm. */
    const char *checksum_crc64_nvme;
    /* ChecksumSHA1: The Base64 encoded, 160-bit SHA1 digest of the part. This
     * checksum is present if the multipart upload request was created with the
     * SHA1 checksum algorithm. */
    const char *checksum_sha1;
    /* ChecksumSHA256: The Base64 encoded, 256-bit SHA256 digest of the part. This
     * checksum is present if the multipart upload request was created with the
     * SHA256 checksum algorithm. */
    const char *checksum_sha256;
    /* ChecksumSHA512: The Base64 encoded, 512-bit SHA512 digest of the part. This
     * checksum is present if the multipart upload request was created with the
     * SHA512 checksum algorithm. */
    const char *checksum_sha512;
    /* ChecksumMD5: The Base64 encoded, 128-bit MD5 digest of the part. This
     * checksum is present if the multipart upload request was created with the MD5
     * checksum algorithm. */
    const char *checksum_md5;
    /* ChecksumXXHASH64: The Base64 encoded, 64-bit XXHASH64 checksum of the part.
     * This checksum is present if the multipart upload request was created with
     * the XXHASH64 checksum algorithm. */
    const char *checksum_xxhash64;
    /* ChecksumXXHASH3: The Base64 encoded, 64-bit XXHASH3 checksum of the part.
     * This checksum is present if the multipart upload request was created with
     * the XXHASH3 checksum algorithm. */
    const char *checksum_xxhash3;
    /* ChecksumXXHASH128: The Base64 encoded, 128-bit XXHASH128 checksum of the
     * part. This checksum is present if the multipart upload request was created
     * with the XXHASH128 checksum algorithm. */
    const char *checksum_xxhash128;
};

/*
 * The configuration information for the bucket.
 */
struct awsc_s3_create_bucket_configuration {
    /* LocationConstraint: Specifies the Region where the bucket will be created.
     * You might choose a Region to optimize latency, minimize costs, or address
     * regulatory requirements. One of enum awsc_s3_bucket_location_constraint's
     * values (as its string). */
    const char *location_constraint;
    /* Location: Specifies the location where the bucket will be created. */
    struct awsc_s3_location_info *location;
    /* Bucket: Specifies the information about the bucket that will be created.
     * This functionality is only supported by directory buckets. */
    struct awsc_s3_bucket_info *bucket;
    /* Tags: An array of tags that you can apply to the bucket that you're
     * creating. Tags are key-value pairs of metadata used to categorize and
     * organize your buckets, track costs, and control access. */
    struct awsc_s3_tag_set tags;
};

/* CreateBucketMetadataConfigurationRequest */
struct awsc_s3_create_bucket_metadata_configuration_input {
    /* Bucket: The general purpose bucket that you want to create the metadata
     * configuration for. Required. */
    const char *bucket;
    /* ContentMD5: The Content-MD5 header for the metadata configuration. */
    const char *content_md5;
    /* ChecksumAlgorithm: The checksum algorithm to use with your metadata
     * configuration. One of enum awsc_s3_checksum_algorithm's values (as its
     * string). */
    const char *checksum_algorithm;
    /* MetadataConfiguration: The contents of your metadata configuration.
     * Required. */
    struct awsc_s3_metadata_configuration *metadata_configuration;
    /* ExpectedBucketOwner: The expected owner of the general purpose bucket that
     * corresponds to your metadata configuration. */
    const char *expected_bucket_owner;
};

/* CreateBucketMetadataTableConfigurationRequest */
struct awsc_s3_create_bucket_metadata_table_configuration_input {
    /* Bucket: The general purpose bucket that you want to create the metadata
     * table configuration for. Required. */
    const char *bucket;
    /* ContentMD5: The Content-MD5 header for the metadata table configuration. */
    const char *content_md5;
    /* ChecksumAlgorithm: The checksum algorithm to use with your metadata table
     * configuration. One of enum awsc_s3_checksum_algorithm's values (as its
     * string). */
    const char *checksum_algorithm;
    /* MetadataTableConfiguration: The contents of your metadata table
     * configuration. Required. */
    struct awsc_s3_metadata_table_configuration *metadata_table_configuration;
    /* ExpectedBucketOwner: The expected owner of the general purpose bucket that
     * corresponds to your metadata table configuration. */
    const char *expected_bucket_owner;
};

/* CreateBucketOutput */
struct awsc_s3_create_bucket_output {
    /* Location: A forward slash followed by the name of the bucket for all account
     * regional namespace buckets and all global general purpose buckets created in
     * us-east-1. For example, /amzn-s3-demo-bucket . */
    const char *location;
    /* BucketArn: The Amazon Resource Name (ARN) of the S3 bucket. ARNs uniquely
     * identify Amazon Web Services resources across all of Amazon Web Services.
     * This parameter is only supported for S3 directory buckets. */
    const char *bucket_arn;
};

/* CreateBucketRequest */
struct awsc_s3_create_bucket_input {
    /* ACL: The canned ACL to apply to the bucket. This functionality is not
     * supported for directory buckets. One of enum awsc_s3_bucket_canned_acl's
     * values (as its string). */
    const char *acl;
    /* Bucket: The name of the bucket to create. General purpose buckets - For
     * information about bucket naming restrictions, see Bucket naming rules in the
     * Amazon S3 User Guide . Required. */
    const char *bucket;
    /* CreateBucketConfiguration: The configuration information for the bucket. */
    struct awsc_s3_create_bucket_configuration *create_bucket_configuration;
    /* GrantFullControl: Allows grantee the read, write, read ACP, and write ACP
     * permissions on the bucket. This functionality is not supported for directory
     * buckets. */
    const char *grant_full_control;
    /* GrantRead: Allows grantee to list the objects in the bucket. This
     * functionality is not supported for directory buckets. */
    const char *grant_read;
    /* GrantReadACP: Allows grantee to read the bucket ACL. This functionality is
     * not supported for directory buckets. */
    const char *grant_read_acp;
    /* GrantWrite: Allows grantee to create new objects in the bucket. */
    const char *grant_write;
    /* GrantWriteACP: Allows grantee to write the ACL for the applicable bucket.
     * This functionality is not supported for directory buckets. */
    const char *grant_write_acp;
    /* ObjectLockEnabledForBucket: Specifies whether you want S3 Object Lock to be
     * enabled for the new bucket. This functionality is not supported for
     * directory buckets. */
    bool has_object_lock_enabled_for_bucket;
    bool object_lock_enabled_for_bucket;
    /* ObjectOwnership:  One of enum awsc_s3_object_ownership's values (as its
     * string). */
    const char *object_ownership;
    /* BucketNamespace: Specifies the namespace where you want to create your
     * general purpose bucket. One of enum awsc_s3_bucket_namespace's values (as
     * its string). */
    const char *bucket_namespace;
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
     * Does not return the access point ARN or access point alias if used. Access
     * points are not supported by directory buckets. */
    const char *bucket;
    /* Key: Object key for which the multipart upload was initiated. */
    const char *key;
    /* UploadId: ID for the initiated multipart upload. */
    const char *upload_id;
    /* ServerSideEncryption: The server-side encryption algorithm used when you
     * store this object in Amazon S3 or Amazon FSx. One of enum
     * awsc_s3_server_side_encryption's values (as its string). */
    const char *server_side_encryption;
    /* SSECustomerAlgorithm: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header to
     * confirm the encryption algorithm that's used. */
    const char *sse_customer_algorithm;
    /* SSECustomerKeyMD5: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header to
     * provide the round-trip message integrity verification of the ... */
    const char *sse_customer_key_md5;
    /* SSEKMSKeyId: If present, indicates the ID of the KMS key that was used for
     * object encryption. */
    const char *ssekms_key_id;
    /* SSEKMSEncryptionContext: If present, indicates the Amazon Web Services KMS
     * Encryption Context to use for object encryption. */
    const char *ssekms_encryption_context;
    /* BucketKeyEnabled: Indicates whether the multipart upload uses an S3 Bucket
     * Key for server-side encryption with Key Management Service (KMS) keys
     * (SSE-KMS). */
    bool has_bucket_key_enabled;
    bool bucket_key_enabled;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
    /* ChecksumAlgorithm: The algorithm that was used to create a checksum of the
     * object. One of enum awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* ChecksumType: Indicates the checksum type that you want Amazon S3 to use to
     * calculate the object’s checksum value. For more information, see Checking
     * object integrity in the Amazon S3 User Guide . One of enum
     * awsc_s3_checksum_type's values (as its string). */
    const char *checksum_type;
};

/* CreateMultipartUploadRequest */
struct awsc_s3_create_multipart_upload_input {
    /* ACL: The canned ACL to apply to the object. Amazon S3 supports a set of
     * predefined ACLs, known as canned ACLs . Each canned ACL has a predefined set
     * of grantees and permissions. One of enum awsc_s3_object_canned_acl's values
     * (as its string). */
    const char *acl;
    /* Bucket: The name of the bucket where the multipart upload is initiated and
     * where the object is uploaded. Required. */
    const char *bucket;
    /* CacheControl: Specifies caching behavior along the request/reply chain. */
    const char *cache_control;
    /* ContentDisposition: Specifies presentational information for the object. */
    const char *content_disposition;
    /* ContentEncoding: Specifies what content encodings have been applied to the
     * object and thus what decoding mechanisms must be applied to obtain the
     * media-type referenced by the Content-Type header field. */
    const char *content_encoding;
    /* ContentLanguage: The language that the content is in. */
    const char *content_language;
    /* ContentType: A standard MIME type describing the format of the object data. */
    const char *content_type;
    /* Expires: The date and time at which the object is no longer cacheable. */
    bool has_expires;
    struct awsc_timestamp expires;
    /* GrantFullControl: Specify access permissions explicitly to give the grantee
     * READ, READ_ACP, and WRITE_ACP permissions on the object. */
    const char *grant_full_control;
    /* GrantRead: Specify access permissions explicitly to allow grantee to read
     * the object data and its metadata. */
    const char *grant_read;
    /* GrantReadACP: Specify access permissions explicitly to allows grantee to
     * read the object ACL. */
    const char *grant_read_acp;
    /* GrantWriteACP: Specify access permissions explicitly to allows grantee to
     * allow grantee to write the ACL for the applicable object. */
    const char *grant_write_acp;
    /* Key: Object key for which the multipart upload is to be initiated. Required. */
    const char *key;
    /* Metadata: A map of metadata to store with the object in S3. */
    struct awsc_s3_metadata metadata;
    /* ServerSideEncryption: The server-side encryption algorithm used when you
     * store this object in Amazon S3 or Amazon FSx. One of enum
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
    /* SSECustomerAlgorithm: Specifies the algorithm to use when encrypting the
     * object (for example, AES256). This functionality is not supported for
     * directory buckets. */
    const char *sse_customer_algorithm;
    /* SSECustomerKey: Specifies the customer-provided encryption key for Amazon S3
     * to use in encrypting data. This value is used to store the object and then
     * it is discarded; Amazon S3 does not store the encryption key. */
    const char *sse_customer_key;
    /* SSECustomerKeyMD5: Specifies the 128-bit MD5 digest of the customer-provided
     * encryption key according to RFC 1321. */
    const char *sse_customer_key_md5;
    /* SSEKMSKeyId: Specifies the KMS key ID (Key ID, Key ARN, or Key Alias) to use
     * for object encryption. */
    const char *ssekms_key_id;
    /* SSEKMSEncryptionContext: Specifies the Amazon Web Services KMS Encryption
     * Context to use for object encryption. */
    const char *ssekms_encryption_context;
    /* BucketKeyEnabled: Specifies whether Amazon S3 should use an S3 Bucket Key
     * for object encryption with server-side encryption using Key Management
     * Service (KMS) keys (SSE-KMS). */
    bool has_bucket_key_enabled;
    bool bucket_key_enabled;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* Tagging: The tag-set for the object. The tag-set must be encoded as URL
     * Query parameters. This functionality is not supported for directory buckets. */
    const char *tagging;
    /* ObjectLockMode: Specifies the Object Lock mode that you want to apply to the
     * uploaded object. This functionality is not supported for directory buckets.
     * One of enum awsc_s3_object_lock_mode's values (as its string). */
    const char *object_lock_mode;
    /* ObjectLockRetainUntilDate: Specifies the date and time when you want the
     * Object Lock to expire. This functionality is not supported for directory
     * buckets. */
    bool has_object_lock_retain_until_date;
    struct awsc_timestamp object_lock_retain_until_date;
    /* ObjectLockLegalHoldStatus: Specifies whether you want to apply a legal hold
     * to the uploaded object. This functionality is not supported for directory
     * buckets. One of enum awsc_s3_object_lock_legal_hold_status's values (as its
     * string). */
    const char *object_lock_legal_hold_status;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
    /* ChecksumAlgorithm: Indicates the algorithm that you want Amazon S3 to use to
     * create the checksum for the object. For more information, see Checking
     * object integrity in the Amazon S3 User Guide . One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* ChecksumType: Indicates the checksum type that you want Amazon S3 to use to
     * calculate the object’s checksum value. For more information, see Checking
     * object integrity in the Amazon S3 User Guide . One of enum
     * awsc_s3_checksum_type's values (as its string). */
    const char *checksum_type;
};

/* CreateSessionOutput */
struct awsc_s3_create_session_output {
    /* ServerSideEncryption: The server-side encryption algorithm used when you
     * store objects in the directory bucket. One of enum
     * awsc_s3_server_side_encryption's values (as its string). */
    const char *server_side_encryption;
    /* SSEKMSKeyId: If you specify x-amz-server-side-encryption with aws:kms , this
     * header indicates the ID of the KMS symmetric encryption customer managed key
     * that was used for object encryption. */
    const char *ssekms_key_id;
    /* SSEKMSEncryptionContext: If present, indicates the Amazon Web Services KMS
     * Encryption Context to use for object encryption. */
    const char *ssekms_encryption_context;
    /* BucketKeyEnabled: Indicates whether to use an S3 Bucket Key for server-side
     * encryption with KMS keys (SSE-KMS). */
    bool has_bucket_key_enabled;
    bool bucket_key_enabled;
    /* Credentials: The established temporary security credentials for the created
     * session. Required. */
    struct awsc_s3_session_credentials *credentials;
};

/* CreateSessionRequest */
struct awsc_s3_create_session_input {
    /* SessionMode: Specifies the mode of the session that will be created, either
     * ReadWrite or ReadOnly . One of enum awsc_s3_session_mode's values (as its
     * string). */
    const char *session_mode;
    /* Bucket: The name of the bucket that you create a session for. Required. */
    const char *bucket;
    /* ServerSideEncryption: The server-side encryption algorithm to use when you
     * store objects in the directory bucket. One of enum
     * awsc_s3_server_side_encryption's values (as its string). */
    const char *server_side_encryption;
    /* SSEKMSKeyId: If you specify x-amz-server-side-encryption with aws:kms , you
     * must specify the x-amz-server-side-encryption-aws-kms-key-id header with the
     * ID (Key ID or Key ARN) of the KMS symmetric encryption ... */
    const char *ssekms_key_id;
    /* SSEKMSEncryptionContext: Specifies the Amazon Web Services KMS Encryption
     * Context as an additional encryption context to use for object encryption. */
    const char *ssekms_encryption_context;
    /* BucketKeyEnabled: Specifies whether Amazon S3 should use an S3 Bucket Key
     * for object encryption with server-side encryption using KMS keys (SSE-KMS). */
    bool has_bucket_key_enabled;
    bool bucket_key_enabled;
};

/*
 * The container element for optionally specifying the default Object Lock
 * retention settings for new objects placed in the specified bucket. The
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
    /* Objects: The object to delete. Directory buckets - For directory buckets, an
     * object that's composed entirely of whitespace characters is not supported by
     * the DeleteObjects API operation. Required. */
    struct awsc_s3_object_identifier_list objects;
    /* Quiet: Element to enable quiet mode for the request. When you add this
     * element, you must set its value to true . */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* DeleteBucketCorsRequest */
struct awsc_s3_delete_bucket_cors_input {
    /* Bucket: Specifies the bucket whose cors configuration is being deleted.
     * Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* DeleteBucketEncryptionRequest */
struct awsc_s3_delete_bucket_encryption_input {
    /* Bucket: The name of the bucket containing the server-side encryption
     * configuration to delete. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* DeleteBucketInventoryConfigurationRequest */
struct awsc_s3_delete_bucket_inventory_configuration_input {
    /* Bucket: The name of the bucket containing the inventory configuration to
     * delete. Required. */
    const char *bucket;
    /* Id: The ID used to identify the inventory configuration. Required. */
    const char *id;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* DeleteBucketLifecycleRequest */
struct awsc_s3_delete_bucket_lifecycle_input {
    /* Bucket: The bucket name of the lifecycle to delete. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* DeleteBucketMetadataConfigurationRequest */
struct awsc_s3_delete_bucket_metadata_configuration_input {
    /* Bucket: The general purpose bucket that you want to remove the metadata
     * configuration from. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The expected bucket owner of the general purpose bucket
     * that you want to remove the metadata table configuration from. */
    const char *expected_bucket_owner;
};

/* DeleteBucketMetadataTableConfigurationRequest */
struct awsc_s3_delete_bucket_metadata_table_configuration_input {
    /* Bucket: The general purpose bucket that you want to remove the metadata
     * table configuration from. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The expected bucket owner of the general purpose bucket
     * that you want to remove the metadata table configuration from. */
    const char *expected_bucket_owner;
};

/* DeleteBucketMetricsConfigurationRequest */
struct awsc_s3_delete_bucket_metrics_configuration_input {
    /* Bucket: The name of the bucket containing the metrics configuration to
     * delete. Required. */
    const char *bucket;
    /* Id: The ID used to identify the metrics configuration. The ID has a 64
     * character limit and can only contain letters, numbers, periods, dashes, and
     * underscores. Required. */
    const char *id;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* DeleteBucketOwnershipControlsRequest */
struct awsc_s3_delete_bucket_ownership_controls_input {
    /* Bucket: The Amazon S3 bucket whose OwnershipControls you want to delete.
     * Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* DeleteBucketPolicyRequest */
struct awsc_s3_delete_bucket_policy_input {
    /* Bucket: The bucket name. Directory buckets - When you use this operation
     * with a directory bucket, you must use path-style requests in the format
     * https://s3express-control. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* DeleteBucketReplicationRequest */
struct awsc_s3_delete_bucket_replication_input {
    /* Bucket: The bucket name. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* DeleteBucketRequest */
struct awsc_s3_delete_bucket_input {
    /* Bucket: Specifies the bucket being deleted. Directory buckets - When you use
     * this operation with a directory bucket, you must use path-style requests in
     * the format https://s3express-control. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* DeleteBucketTaggingRequest */
struct awsc_s3_delete_bucket_tagging_input {
    /* Bucket: The bucket that has the tag set to be removed. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* DeleteBucketWebsiteRequest */
struct awsc_s3_delete_bucket_website_input {
    /* Bucket: The bucket name for which you want to remove the website
     * configuration. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/*
 * Information about the delete marker.
 */
struct awsc_s3_delete_marker_entry {
    /* Owner: The account that created the delete marker. */
    struct awsc_s3_owner *owner;
    /* Key: The object key. */
    const char *key;
    /* VersionId: Version ID of an object. */
    const char *version_id;
    /* IsLatest: Specifies whether the object is (true) or is not (false) the
     * latest version of an object. */
    bool has_is_latest;
    bool is_latest;
    /* LastModified: Date and time when the object was last modified. */
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

/* DeleteObjectAnnotationOutput */
struct awsc_s3_delete_object_annotation_output {
    /* ObjectVersionId: The version ID of the object that the annotation was
     * deleted from. */
    const char *object_version_id;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
};

/* DeleteObjectAnnotationRequest */
struct awsc_s3_delete_object_annotation_input {
    /* Bucket: The name of the bucket that contains the object. Required. */
    const char *bucket;
    /* Key: The object key. Required. */
    const char *key;
    /* AnnotationName: The name of the annotation to delete. Annotation names are
     * UTF-8 encoded and cannot start with aws or s3 (case-insensitive). Required. */
    const char *annotation_name;
    /* VersionId: The version ID of the object. */
    const char *version_id;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. */
    const char *expected_bucket_owner;
    /* ObjectIfMatch: If specified, the operation only succeeds if the object's
     * ETag matches the provided value. */
    const char *object_if_match;
};

/* DeleteObjectOutput */
struct awsc_s3_delete_object_output {
    /* DeleteMarker: Indicates whether the specified object version that was
     * permanently deleted was (true) or was not (false) a delete marker before
     * deletion. */
    bool has_delete_marker;
    bool delete_marker;
    /* VersionId: Returns the version ID of the delete marker created as a result
     * of the DELETE operation. This functionality is not supported for directory
     * buckets. */
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
    /* VersionId: Version ID used to reference a specific version of the object.
     * For directory buckets in this API operation, only the null value of the
     * version ID is supported. */
    const char *version_id;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* BypassGovernanceRetention: Indicates whether S3 Object Lock should bypass
     * Governance-mode restrictions to process this operation. To use this header,
     * you must have the s3:BypassGovernanceRetention permission. */
    bool has_bypass_governance_retention;
    bool bypass_governance_retention;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
    /* IfMatch: Deletes the object if the ETag (entity tag) value provided during
     * the delete operation matches the ETag of the object in S3. */
    const char *if_match;
    /* IfMatchLastModifiedTime: If present, the object is deleted only if its
     * modification times matches the provided Timestamp . If the Timestamp values
     * do not match, the operation returns a 412 Precondition Failed error. */
    bool has_if_match_last_modified_time;
    struct awsc_timestamp if_match_last_modified_time;
    /* IfMatchSize: If present, the object is deleted only if its size matches the
     * provided size in bytes. If the Size value does not match, the operation
     * returns a 412 Precondition Failed error. */
    bool has_if_match_size;
    int64_t if_match_size;
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
    struct awsc_s3_delete *delete_;
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when you use the SDK. This header will not provide any additional
     * functionality if you don't use the SDK. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
};

/* DeletePublicAccessBlockRequest */
struct awsc_s3_delete_public_access_block_input {
    /* Bucket: The Amazon S3 bucket whose PublicAccessBlock configuration you want
     * to delete. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/*
 * Information about the deleted object.
 */
struct awsc_s3_deleted_object {
    /* Key: The name of the deleted object. */
    const char *key;
    /* VersionId: The version ID of the deleted object. This functionality is not
     * supported for directory buckets. */
    const char *version_id;
    /* DeleteMarker: Indicates whether the specified object version that was
     * permanently deleted was (true) or was not (false) a delete marker before
     * deletion. */
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
 * The destination information for the S3 Metadata configuration.
 */
struct awsc_s3_destination_result {
    /* TableBucketType: The type of the table bucket where the metadata
     * configuration is stored. One of enum awsc_s3_s3_tables_bucket_type's values
     * (as its string). */
    const char *table_bucket_type;
    /* TableBucketArn: The Amazon Resource Name (ARN) of the table bucket where the
     * metadata configuration is stored. */
    const char *table_bucket_arn;
    /* TableNamespace: The namespace in the table bucket where the metadata tables
     * for a metadata configuration are stored. */
    const char *table_namespace;
};

/*
 * Contains the type of server-side encryption used.
 */
struct awsc_s3_encryption {
    /* EncryptionType: The server-side encryption algorithm used when storing job
     * results in Amazon S3 (for example, AES256, aws:kms ). Required. One of enum
     * awsc_s3_server_side_encryption's values (as its string). */
    const char *encryption_type;
    /* KMSKeyId: If the encryption type is aws:kms , this optional value specifies
     * the ID of the symmetric encryption customer managed key to use for
     * encryption of job results. */
    const char *kms_key_id;
    /* KMSContext: If the encryption type is aws:kms , this optional value can be
     * used to specify the encryption context for the restore results. */
    const char *kms_context;
};

/*
 * Specifies encryption-related information for an Amazon S3 bucket that is a
 * destination for replicated objects. If you're specifying a customer managed
 * KMS key, we recommend using a fully qualified KMS key ARN.
 */
struct awsc_s3_encryption_configuration {
    /* ReplicaKmsKeyID: Specifies the ID (Key ARN or Alias ARN) of the customer
     * managed Amazon Web Services KMS key stored in Amazon Web Services Key
     * Management Service (KMS) for the destination bucket. */
    const char *replica_kms_key_id;
};

/*
 * The existing object was created with a different encryption type. Subsequent
 * write requests must include the appropriate encryption parameters in the
 * request or while creating the session.
 */
struct awsc_s3_encryption_type_mismatch {
    char unused_; /* no members */
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
 * For information about using the Amazon S3 API—including error handling—see
 * the Amazon S3 Developer Guide . Container for all error elements.
 */
struct awsc_s3_error {
    /* Key: The error key. */
    const char *key;
    /* VersionId: The version ID of the error. This functionality is not supported
     * for directory buckets. */
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
 * If an S3 Metadata V1 CreateBucketMetadataTableConfiguration or V2
 * CreateBucketMetadataConfiguration request succeeds, but S3 Metadata was
 * unable to create the table, this structure contains the error code and error
 * message.
 */
struct awsc_s3_error_details {
    /* ErrorCode: If the V1 CreateBucketMetadataTableConfiguration request
     * succeeds, but S3 Metadata was unable to create the table, this structure
     * contains the error code. */
    const char *error_code;
    /* ErrorMessage: If the V1 CreateBucketMetadataTableConfiguration request
     * succeeds, but S3 Metadata was unable to create the table, this structure
     * contains the error message. */
    const char *error_message;
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
 * Optional configuration to replicate existing source bucket objects. This
 * parameter is no longer supported. To replicate existing objects, see
 * Replicating existing objects with S3 Batch Replication in the Amazon S3 User
 * Guide .
 */
struct awsc_s3_existing_object_replication {
    /* Status: Specifies whether Amazon S3 replicates existing source bucket
     * objects. Required. One of enum awsc_s3_existing_object_replication_status's
     * values (as its string). */
    const char *status;
};

/*
 * Specifies the Amazon S3 object key name to filter on. An object key name is
 * the name assigned to an object in your Amazon S3 bucket. You specify whether
 * to filter on the suffix or prefix of the object key name.
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

/* GetBucketAbacOutput */
struct awsc_s3_get_bucket_abac_output {
    /* AbacStatus: The ABAC status of the general purpose bucket. */
    struct awsc_s3_abac_status *abac_status;
};

/* GetBucketAbacRequest */
struct awsc_s3_get_bucket_abac_input {
    /* Bucket: The name of the general purpose bucket. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The Amazon Web Services account ID of the general
     * purpose bucket's owner. */
    const char *expected_bucket_owner;
};

/* GetBucketAccelerateConfigurationOutput */
struct awsc_s3_get_bucket_accelerate_configuration_output {
    /* Status: The accelerate configuration of the bucket. One of enum
     * awsc_s3_bucket_accelerate_status's values (as its string). */
    const char *status;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
};

/* GetBucketAccelerateConfigurationRequest */
struct awsc_s3_get_bucket_accelerate_configuration_input {
    /* Bucket: The name of the bucket for which the accelerate configuration is
     * retrieved. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
};

/* GetBucketAclOutput */
struct awsc_s3_get_bucket_acl_output {
    /* Owner: Container for the bucket owner's ID. */
    struct awsc_s3_owner *owner;
    /* Grants: A list of grants. */
    struct awsc_s3_grants grants;
};

/* GetBucketAclRequest */
struct awsc_s3_get_bucket_acl_input {
    /* Bucket: Specifies the S3 bucket whose ACL is being requested. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* GetBucketLifecycleConfigurationOutput */
struct awsc_s3_get_bucket_lifecycle_configuration_output {
    /* Rules: Container for a lifecycle rule. */
    struct awsc_s3_lifecycle_rules rules;
    /* TransitionDefaultMinimumObjectSize: Indicates which default minimum object
     * size behavior is applied to the lifecycle configuration. This parameter
     * applies to general purpose buckets only. One of enum
     * awsc_s3_transition_default_minimum_object_size's values (as its string). */
    const char *transition_default_minimum_object_size;
};

/* GetBucketLifecycleConfigurationRequest */
struct awsc_s3_get_bucket_lifecycle_configuration_input {
    /* Bucket: The name of the bucket for which to get the lifecycle information.
     * Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* GetBucketMetadataConfigurationOutput */
struct awsc_s3_get_bucket_metadata_configuration_output {
    /* GetBucketMetadataConfigurationResult: The metadata configuration for the
     * general purpose bucket. */
    struct awsc_s3_get_bucket_metadata_configuration_result *get_bucket_metadata_configuration_result;
};

/* GetBucketMetadataConfigurationRequest */
struct awsc_s3_get_bucket_metadata_configuration_input {
    /* Bucket: The general purpose bucket that corresponds to the metadata
     * configuration that you want to retrieve. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The expected owner of the general purpose bucket that
     * you want to retrieve the metadata table configuration for. */
    const char *expected_bucket_owner;
};

/*
 * The S3 Metadata configuration for a general purpose bucket.
 */
struct awsc_s3_get_bucket_metadata_configuration_result {
    /* MetadataConfigurationResult: The metadata configuration for a general
     * purpose bucket. Required. */
    struct awsc_s3_metadata_configuration_result *metadata_configuration_result;
};

/* GetBucketMetadataTableConfigurationOutput */
struct awsc_s3_get_bucket_metadata_table_configuration_output {
    /* GetBucketMetadataTableConfigurationResult: The metadata table configuration
     * for the general purpose bucket. */
    struct awsc_s3_get_bucket_metadata_table_configuration_result *get_bucket_metadata_table_configuration_result;
};

/* GetBucketMetadataTableConfigurationRequest */
struct awsc_s3_get_bucket_metadata_table_configuration_input {
    /* Bucket: The general purpose bucket that corresponds to the metadata table
     * configuration that you want to retrieve. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The expected owner of the general purpose bucket that
     * you want to retrieve the metadata table configuration for. */
    const char *expected_bucket_owner;
};

/*
 * The V1 S3 Metadata configuration for a general purpose bucket. If you
 * created your S3 Metadata configuration before July 15, 2025, we recommend
 * that you delete and re-create your configuration by using
 * CreateBucketMetadataConfiguration so that you can expire journal table
 * records and create a live ...
 */
struct awsc_s3_get_bucket_metadata_table_configuration_result {
    /* MetadataTableConfigurationResult: The V1 S3 Metadata configuration for a
     * general purpose bucket. Required. */
    struct awsc_s3_metadata_table_configuration_result *metadata_table_configuration_result;
    /* Status: The status of the metadata table. The status values are: CREATING -
     * The metadata table is in the process of being created in the specified table
     * bucket. Required. */
    const char *status;
    /* Error: If the CreateBucketMetadataTableConfiguration request succeeds, but
     * S3 Metadata was unable to create the table, this structure contains the
     * error code and error message. */
    struct awsc_s3_error_details *error;
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
    /* Id: The ID used to identify the metrics configuration. The ID has a 64
     * character limit and can only contain letters, numbers, periods, dashes, and
     * underscores. Required. */
    const char *id;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* GetBucketNotificationConfigurationRequest */
struct awsc_s3_get_bucket_notification_configuration_request {
    /* Bucket: The name of the bucket for which to get the notification
     * configuration. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* GetBucketPolicyOutput */
struct awsc_s3_get_bucket_policy_output {
    /* Policy: The bucket policy as a JSON document. */
    const char *policy;
};

/* GetBucketPolicyRequest */
struct awsc_s3_get_bucket_policy_input {
    /* Bucket: The bucket name to get the bucket policy for. Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* GetObjectAclOutput */
struct awsc_s3_get_object_acl_output {
    /* Owner: Container for the bucket owner's ID. */
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
    /* VersionId: Version ID used to reference a specific version of the object.
     * This functionality is not supported for directory buckets. */
    const char *version_id;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* GetObjectAnnotationOutput */
struct awsc_s3_get_object_annotation_output {
    /* AnnotationPayload: The annotation payload. */
    struct awsc_stream annotation_payload;
    /* ObjectVersionId: The version ID of the object that the annotation is
     * attached to. */
    const char *object_version_id;
    /* LastModified: The date and time the annotation was last modified. */
    bool has_last_modified;
    struct awsc_timestamp last_modified;
    /* ContentLength: The size of the annotation payload, in bytes. */
    bool has_content_length;
    int64_t content_length;
    /* ETag: The entity tag of the annotation. */
    const char *e_tag;
    /* ChecksumCRC32: The CRC32 checksum of the annotation payload. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: The CRC32C checksum of the annotation payload. */
    const char *checksum_crc32_c;
    /* ChecksumCRC64NVME: The CRC64NVME checksum of the annotation payload. */
    const char *checksum_crc64_nvme;
    /* ChecksumSHA1: The SHA1 checksum of the annotation payload. */
    const char *checksum_sha1;
    /* ChecksumSHA256: The SHA256 checksum of the annotation payload. */
    const char *checksum_sha256;
    /* ChecksumSHA512: The SHA512 checksum of the annotation payload. */
    const char *checksum_sha512;
    /* ChecksumMD5: The MD5 checksum of the annotation payload. */
    const char *checksum_md5;
    /* ChecksumXXHASH64: The XXHASH64 checksum of the annotation payload. */
    const char *checksum_xxhash64;
    /* ChecksumXXHASH3: The XXHASH3 checksum of the annotation payload. */
    const char *checksum_xxhash3;
    /* ChecksumXXHASH128: The XXHASH128 checksum of the annotation payload. */
    const char *checksum_xxhash128;
    /* ChecksumType: The type of checksum used. One of enum awsc_s3_checksum_type's
     * values (as its string). */
    const char *checksum_type;
    /* ServerSideEncryption: The server-side encryption algorithm used. One of enum
     * awsc_s3_server_side_encryption's values (as its string). */
    const char *server_side_encryption;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
    /* ReplicationStatus: The replication status of the annotation. Possible values
     * include PENDING , COMPLETED , FAILED , and REPLICA . One of enum
     * awsc_s3_replication_status's values (as its string). */
    const char *replication_status;
};

/* GetObjectAnnotationRequest */
struct awsc_s3_get_object_annotation_input {
    /* Bucket: The name of the bucket that contains the object. Required. */
    const char *bucket;
    /* Key: The object key. Required. */
    const char *key;
    /* AnnotationName: The name of the annotation to retrieve. Required. */
    const char *annotation_name;
    /* VersionId: The version ID of the object. */
    const char *version_id;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with an HTTP 403
     * (Access Denied) error. */
    const char *expected_bucket_owner;
    /* ChecksumMode: Set to ENABLED to validate the checksum of the annotation
     * payload on retrieval. One of enum awsc_s3_checksum_mode's values (as its
     * string). */
    const char *checksum_mode;
    /* Where the response's streamed body goes: a file, a callback, or
     * (left zeroed) memory. Not sent. */
    struct awsc_sink annotation_payload_sink;
};

/* GetObjectAttributesOutput */
struct awsc_s3_get_object_attributes_output {
    /* DeleteMarker: Specifies whether the object retrieved was ( true ) or was not
     * ( false ) a delete marker. If false , this response header does not appear
     * in the response. */
    bool has_delete_marker;
    bool delete_marker;
    /* LastModified: Date and time when the object was last modified. */
    bool has_last_modified;
    struct awsc_timestamp last_modified;
    /* VersionId: The version ID of the object. This functionality is not supported
     * for directory buckets. */
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
     * object. S3 Versioning isn't enabled and supported for directory buckets. */
    const char *version_id;
    /* MaxParts: Sets the maximum number of parts to return. For more information,
     * see Uploading and copying objects using multipart upload in Amazon S3 in the
     * Amazon Simple Storage Service user guide . */
    bool has_max_parts;
    int32_t max_parts;
    /* PartNumberMarker: Specifies the part after which listing should begin. Only
     * parts with higher part numbers will be listed. */
    bool has_part_number_marker;
    int32_t part_number_marker;
    /* SSECustomerAlgorithm: Specifies the algorithm to use when encrypting the
     * object (for example, AES256). This functionality is not supported for
     * directory buckets. */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
    /* ObjectAttributes: Specifies the fields at the root level that you want
     * returned in the response. Fields that you do not specify are not returned.
     * Required. */
    struct awsc_s3_event_list object_attributes;
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* GetObjectOutput */
struct awsc_s3_get_object_output {
    /* Body: Object data. */
    struct awsc_stream body;
    /* DeleteMarker: Indicates whether the object retrieved was (true) or was not
     * (false) a Delete Marker. If false, this response header does not appear in
     * the response. */
    bool has_delete_marker;
    bool delete_marker;
    /* AcceptRanges: Indicates that a range of bytes was specified in the request. */
    const char *accept_ranges;
    /* Expiration: If the object expiration is configured (see
     * PutBucketLifecycleConfiguration ), the response includes this header. */
    const char *expiration;
    /* Restore: Provides information about object restoration action and expiration
     * time of the restored object copy. This functionality is not supported for
     * directory buckets. */
    const char *restore;
    /* LastModified: Date and time when the object was last modified. */
    bool has_last_modified;
    struct awsc_timestamp last_modified;
    /* ContentLength: Size of the body in bytes. */
    bool has_content_length;
    int64_t content_length;
    /* ETag: An entity tag (ETag) is an opaque identifier assigned by a web server
     * to a specific version of a resource found at a URL. */
    const char *e_tag;
    /* ChecksumCRC32: The Base64 encoded, 32-bit CRC32 checksum of the object. This
     * checksum is only present if the object was uploaded with the object. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: The Base64 encoded, 32-bit CRC32C checksum of the object.
     * This checksum is only present if the checksum was uploaded with the object. */
    const char *checksum_crc32_c;
    /* ChecksumCRC64NVME: The Base64 encoded, 64-bit CRC64NVME checksum of the
     * object. For more information, see Checking object integrity in the Amazon S3
     * User Guide . */
    const char *checksum_crc64_nvme;
    /* ChecksumSHA1: The Base64 encoded, 160-bit SHA1 digest of the object. This
     * checksum is only present if the checksum was uploaded with the object. */
    const char *checksum_sha1;
    /* ChecksumSHA256: The Base64 encoded, 256-bit SHA256 digest of the object.
     * This checksum is only present if the checksum was uploaded with the object. */
    const char *checksum_sha256;
    /* ChecksumSHA512: The Base64 encoded, 512-bit SHA512 digest of the object. For
     * more information, see Checking object integrity in the Amazon S3 User Guide
     * . */
    const char *checksum_sha512;
    /* ChecksumMD5: The Base64 encoded, 128-bit MD5 digest of the object. For more
     * information, see Checking object integrity in the Amazon S3 User Guide . */
    const char *checksum_md5;
    /* ChecksumXXHASH64: The Base64 encoded, 64-bit XXHASH64 checksum of the
     * object. For more information, see Checking object integrity in the Amazon S3
     * User Guide . */
    const char *checksum_xxhash64;
    /* ChecksumXXHASH3: The Base64 encoded, 64-bit XXHASH3 checksum of the object.
     * For more information, see Checking object integrity in the Amazon S3 User
     * Guide . */
    const char *checksum_xxhash3;
    /* ChecksumXXHASH128: The Base64 encoded, 128-bit XXHASH128 checksum of the
     * object. For more information, see Checking object integrity in the Amazon S3
     * User Guide . */
    const char *checksum_xxhash128;
    /* ChecksumType: The checksum type, which determines how part-level checksums
     * are combined to create an object-level checksum for multipart objects. One
     * of enum awsc_s3_checksum_type's values (as its string). */
    const char *checksum_type;
    /* MissingMeta: This is set to the number of metadata entries not returned in
     * the headers that are prefixed with x-amz-meta- . */
    bool has_missing_meta;
    int32_t missing_meta;
    /* VersionId: Version ID of the object. This functionality is not supported for
     * directory buckets. */
    const char *version_id;
    /* CacheControl: Specifies caching behavior along the request/reply chain. */
    const char *cache_control;
    /* ContentDisposition: Specifies presentational information for the object. */
    const char *content_disposition;
    /* ContentEncoding: Indicates what content encodings have been applied to the
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
    /* ServerSideEncryption: The server-side encryption algorithm used when you
     * store this object in Amazon S3 or Amazon FSx. One of enum
     * awsc_s3_server_side_encryption's values (as its string). */
    const char *server_side_encryption;
    /* Metadata: A map of metadata to store with the object in S3. */
    struct awsc_s3_metadata metadata;
    /* SSECustomerAlgorithm: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header to
     * confirm the encryption algorithm that's used. */
    const char *sse_customer_algorithm;
    /* SSECustomerKeyMD5: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header to
     * provide the round-trip message integrity verification of the ... */
    const char *sse_customer_key_md5;
    /* SSEKMSKeyId: If present, indicates the ID of the KMS key that was used for
     * object encryption. */
    const char *ssekms_key_id;
    /* BucketKeyEnabled: Indicates whether the object uses an S3 Bucket Key for
     * server-side encryption with Key Management Service (KMS) keys (SSE-KMS). */
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
     * bucket that is either a source or destination in a replication rule. This
     * functionality is not supported for directory buckets. One of enum
     * awsc_s3_replication_status's values (as its string). */
    const char *replication_status;
    /* PartsCount: The count of parts this object has. This value is only returned
     * if you specify partNumber in your request and the object was uploaded as a
     * multipart upload. */
    bool has_parts_count;
    int32_t parts_count;
    /* TagCount: The number of tags, if any, on the object, when you have the
     * relevant permission to read object tags. */
    bool has_tag_count;
    int32_t tag_count;
    /* ObjectLockMode: The Object Lock mode that's currently in place for this
     * object. This functionality is not supported for directory buckets. One of
     * enum awsc_s3_object_lock_mode's values (as its string). */
    const char *object_lock_mode;
    /* ObjectLockRetainUntilDate: The date and time when this object's Object Lock
     * will expire. This functionality is not supported for directory buckets. */
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
     * one specified in this header; otherwise, return a 412 Precondition Failed
     * error. */
    const char *if_match;
    /* IfModifiedSince: Return the object only if it has been modified since the
     * specified time; otherwise, return a 304 Not Modified error. */
    bool has_if_modified_since;
    struct awsc_timestamp if_modified_since;
    /* IfNoneMatch: Return the object only if its entity tag (ETag) is different
     * from the one specified in this header; otherwise, return a 304 Not Modified
     * error. */
    const char *if_none_match;
    /* IfUnmodifiedSince: Return the object only if it has not been modified since
     * the specified time; otherwise, return a 412 Precondition Failed error. */
    bool has_if_unmodified_since;
    struct awsc_timestamp if_unmodified_since;
    /* Key: Key of the object to get. Required. */
    const char *key;
    /* Range: Downloads the specified byte range of an object. For more information
     * about the HTTP Range header, see
     * https://www.rfc-editor.org/rfc/rfc9110.html#name-range . */
    const char *range;
    /* ResponseCacheControl: Sets the Cache-Control header of the response. */
    const char *response_cache_control;
    /* ResponseContentDisposition: Sets the Content-Disposition header of the
     * response. */
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
    /* VersionId: Version ID used to reference a specific version of the object. */
    const char *version_id;
    /* SSECustomerAlgorithm: Specifies the algorithm to use when decrypting the
     * object (for example, AES256 ). */
    const char *sse_customer_algorithm;
    /* SSECustomerKey: Specifies the customer-provided encryption key that you
     * originally provided for Amazon S3 to encrypt the data before storing it. */
    const char *sse_customer_key;
    /* SSECustomerKeyMD5: Specifies the 128-bit MD5 digest of the customer-provided
     * encryption key according to RFC 1321. */
    const char *sse_customer_key_md5;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* PartNumber: Part number of the object being read. This is a positive integer
     * between 1 and 10,000. Effectively performs a 'ranged' GET request for the
     * part specified. */
    bool has_part_number;
    int32_t part_number;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
    /* DisplayName: */
    const char *display_name;
    /* EmailAddress: */
    const char *email_address;
    /* ID: The canonical user ID of the grantee. */
    const char *id;
    /* Type: Type of grantee Required. One of enum awsc_s3_type's values (as its
     * string). */
    const char *type;
    /* URI: URI of the grantee group. */
    const char *uri;
};

/* HeadBucketOutput */
struct awsc_s3_head_bucket_output {
    /* BucketArn: The Amazon Resource Name (ARN) of the S3 bucket. ARNs uniquely
     * identify Amazon Web Services resources across all of Amazon Web Services.
     * This parameter is only supported for S3 directory buckets. */
    const char *bucket_arn;
    /* BucketLocationType: The type of location where the bucket is created. This
     * functionality is only supported by directory buckets. One of enum
     * awsc_s3_location_type's values (as its string). */
    const char *bucket_location_type;
    /* BucketLocationName: The name of the location where the bucket will be
     * created. */
    const char *bucket_location_name;
    /* BucketRegion: The Region that the bucket is located. */
    const char *bucket_region;
    /* AccessPointAlias: Indicates whether the bucket name used in the request is
     * an access point alias. For directory buckets, the value of this field is
     * false . */
    bool has_access_point_alias;
    bool access_point_alias;
};

/* HeadBucketRequest */
struct awsc_s3_head_bucket_input {
    /* Bucket: The bucket name. Directory buckets - When you use this operation
     * with a directory bucket, you must use virtual-hosted-style requests in the
     * format Bucket-name .s3express- zone-id . Required. */
    const char *bucket;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
    /* Expiration: If the object expiration is configured (see
     * PutBucketLifecycleConfiguration ), the response includes this header. */
    const char *expiration;
    /* Restore: If the object is an archived object (an object whose storage class
     * is GLACIER), the response includes this header if either the archive
     * restoration is in progress (see RestoreObject or an archive ... */
    const char *restore;
    /* ArchiveStatus: The archive state of the head object. This functionality is
     * not supported for directory buckets. One of enum awsc_s3_archive_status's
     * values (as its string). */
    const char *archive_status;
    /* LastModified: Date and time when the object was last modified. */
    bool has_last_modified;
    struct awsc_timestamp last_modified;
    /* ContentLength: Size of the body in bytes. */
    bool has_content_length;
    int64_t content_length;
    /* ChecksumCRC32: The Base64 encoded, 32-bit CRC32 checksum of the object. This
     * checksum is only present if the checksum was uploaded with the object. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: The Base64 encoded, 32-bit CRC32C checksum of the object.
     * This checksum is only present if the checksum was uploaded with the object. */
    const char *checksum_crc32_c;
    /* ChecksumCRC64NVME: The Base64 encoded, 64-bit CRC64NVME checksum of the
     * object. For more information, see Checking object integrity in the Amazon S3
     * User Guide . */
    const char *checksum_crc64_nvme;
    /* ChecksumSHA1: The Base64 encoded, 160-bit SHA1 digest of the object. This
     * checksum is only present if the checksum was uploaded with the object. */
    const char *checksum_sha1;
    /* ChecksumSHA256: The Base64 encoded, 256-bit SHA256 digest of the object.
     * This checksum is only present if the checksum was uploaded with the object. */
    const char *checksum_sha256;
    /* ChecksumSHA512: The Base64 encoded, 512-bit SHA512 digest of the object. For
     * more information, see Checking object integrity in the Amazon S3 User Guide
     * . */
    const char *checksum_sha512;
    /* ChecksumMD5: The Base64 encoded, 128-bit MD5 digest of the object. For more
     * information, see Checking object integrity in the Amazon S3 User Guide . */
    const char *checksum_md5;
    /* ChecksumXXHASH64: The Base64 encoded, 64-bit XXHASH64 checksum of the
     * object. For more information, see Checking object integrity in the Amazon S3
     * User Guide . */
    const char *checksum_xxhash64;
    /* ChecksumXXHASH3: The Base64 encoded, 64-bit XXHASH3 checksum of the object.
     * For more information, see Checking object integrity in the Amazon S3 User
     * Guide . */
    const char *checksum_xxhash3;
    /* ChecksumXXHASH128: The Base64 encoded, 128-bit XXHASH128 checksum of the
     * object. For more information, see Checking object integrity in the Amazon S3
     * User Guide . */
    const char *checksum_xxhash128;
    /* ChecksumType: The checksum type, which determines how part-level checksums
     * are combined to create an object-level checksum for multipart objects. One
     * of enum awsc_s3_checksum_type's values (as its string). */
    const char *checksum_type;
    /* ETag: An entity tag (ETag) is an opaque identifier assigned by a web server
     * to a specific version of a resource found at a URL. */
    const char *e_tag;
    /* MissingMeta: This is set to the number of metadata entries not returned in
     * x-amz-meta headers. This can happen if you create metadata using an API like
     * SOAP that supports more flexible metadata than the REST API. */
    bool has_missing_meta;
    int32_t missing_meta;
    /* VersionId: Version ID of the object. This functionality is not supported for
     * directory buckets. */
    const char *version_id;
    /* CacheControl: Specifies caching behavior along the request/reply chain. */
    const char *cache_control;
    /* ContentDisposition: Specifies presentational information for the object. */
    const char *content_disposition;
    /* ContentEncoding: Indicates what content encodings have been applied to the
     * object and thus what decoding mechanisms must be applied to obtain the
     * media-type referenced by the Content-Type header field. */
    const char *content_encoding;
    /* ContentLanguage: The language the content is in. */
    const char *content_language;
    /* ContentType: A standard MIME type describing the format of the object data. */
    const char *content_type;
    /* ContentRange: The portion of the object returned in the response for a GET
     * request. */
    const char *content_range;
    /* Expires: The date and time at which the object is no longer cacheable. */
    bool has_expires;
    struct awsc_timestamp expires;
    /* WebsiteRedirectLocation: If the bucket is configured as a website, redirects
     * requests for this object to another object in the same bucket or to an
     * external URL. */
    const char *website_redirect_location;
    /* ServerSideEncryption: The server-side encryption algorithm used when you
     * store this object in Amazon S3 or Amazon FSx. One of enum
     * awsc_s3_server_side_encryption's values (as its string). */
    const char *server_side_encryption;
    /* Metadata: A map of metadata to store with the object in S3. */
    struct awsc_s3_metadata metadata;
    /* SSECustomerAlgorithm: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header to
     * confirm the encryption algorithm that's used. */
    const char *sse_customer_algorithm;
    /* SSECustomerKeyMD5: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header to
     * provide the round-trip message integrity verification of the ... */
    const char *sse_customer_key_md5;
    /* SSEKMSKeyId: If present, indicates the ID of the KMS key that was used for
     * object encryption. */
    const char *ssekms_key_id;
    /* BucketKeyEnabled: Indicates whether the object uses an S3 Bucket Key for
     * server-side encryption with Key Management Service (KMS) keys (SSE-KMS). */
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
    /* TagCount: The number of tags, if any, on the object, when you have the
     * relevant permission to read object tags. */
    bool has_tag_count;
    int32_t tag_count;
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
    /* Bucket: The name of the bucket that contains the object. Required. */
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
    /* Range: HeadObject returns only the metadata for an object. If the Range is
     * satisfiable, only the ContentLength is affected in the response. */
    const char *range;
    /* ResponseCacheControl: Sets the Cache-Control header of the response. */
    const char *response_cache_control;
    /* ResponseContentDisposition: Sets the Content-Disposition header of the
     * response. */
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
    /* VersionId: Version ID used to reference a specific version of the object.
     * For directory buckets in this API operation, only the null value of the
     * version ID is supported. */
    const char *version_id;
    /* SSECustomerAlgorithm: Specifies the algorithm to use when encrypting the
     * object (for example, AES256). This functionality is not supported for
     * directory buckets. */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
    /* ChecksumMode: To retrieve the checksum, this parameter must be enabled. One
     * of enum awsc_s3_checksum_mode's values (as its string). */
    const char *checksum_mode;
};

/*
 * Parameters on this idempotent request are inconsistent with parameters used
 * in previous request(s).
 */
struct awsc_s3_idempotency_parameter_mismatch {
    char unused_; /* no members */
};

/*
 * Container for the Suffix element.
 */
struct awsc_s3_index_document {
    /* Suffix: A suffix that is appended to a request that is for a directory on
     * the website endpoint. Required. */
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
    /* DisplayName: This functionality is not supported for directory buckets. */
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
    struct awsc_s3_intelligent_tiering_and_operator *and_;
};

/*
 * The annotation name you provided is invalid.
 */
struct awsc_s3_invalid_annotation_name {
    char unused_; /* no members */
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
 * The annotation prefix you provided is invalid.
 */
struct awsc_s3_invalid_prefix {
    char unused_; /* no members */
};

/*
 * A parameter or header in your request isn't valid. For details, see the
 * description of this API operation.
 */
struct awsc_s3_invalid_request {
    char unused_; /* no members */
};

/*
 * The write offset value that you specified does not match the current object
 * size.
 */
struct awsc_s3_invalid_write_offset {
    char unused_; /* no members */
};

/*
 * Specifies the S3 Inventory configuration for an Amazon S3 bucket. For more
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
    struct awsc_s3_event_list optional_fields;
    /* Schedule: Specifies the schedule for generating inventory results. Required. */
    struct awsc_s3_inventory_schedule *schedule;
};

/*
 * Specifies the S3 Inventory configuration for an Amazon S3 bucket.
 */
struct awsc_s3_inventory_destination {
    /* S3BucketDestination: Contains the bucket name, file format, bucket owner
     * (optional), and prefix (optional) where inventory results are published.
     * Required. */
    struct awsc_s3_inventory_s3_bucket_destination *s3_bucket_destination;
};

/*
 * Contains the type of server-side encryption used to encrypt the S3 Inventory
 * results.
 */
struct awsc_s3_inventory_encryption {
    /* SSES3: Specifies the use of SSE-S3 to encrypt delivered inventory reports. */
    struct awsc_s3_sses3 *sses3;
    /* SSEKMS: Specifies the use of SSE-KMS to encrypt delivered inventory reports. */
    struct awsc_s3_ssekms *ssekms;
};

/*
 * Specifies an S3 Inventory filter. The inventory only includes objects that
 * meet the filter's criteria.
 */
struct awsc_s3_inventory_filter {
    /* Prefix: The prefix that an object must have to be included in the inventory
     * results. Required. */
    const char *prefix;
};

/*
 * Contains the bucket name, file format, bucket owner (optional), and prefix
 * (optional) where S3 Inventory results are published.
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
 * Specifies the schedule for generating S3 Inventory results.
 */
struct awsc_s3_inventory_schedule {
    /* Frequency: Specifies how frequently inventory results are produced.
     * Required. One of enum awsc_s3_inventory_frequency's values (as its string). */
    const char *frequency;
};

/*
 * The inventory table configuration for an S3 Metadata configuration.
 */
struct awsc_s3_inventory_table_configuration {
    /* ConfigurationState: The configuration state of the inventory table,
     * indicating whether the inventory table is enabled or disabled. Required. One
     * of enum awsc_s3_inventory_configuration_state's values (as its string). */
    const char *configuration_state;
    /* EncryptionConfiguration: The encryption configuration for the inventory
     * table. */
    struct awsc_s3_metadata_table_encryption_configuration *encryption_configuration;
};

/*
 * The inventory table configuration for an S3 Metadata configuration.
 */
struct awsc_s3_inventory_table_configuration_result {
    /* ConfigurationState: The configuration state of the inventory table,
     * indicating whether the inventory table is enabled or disabled. Required. One
     * of enum awsc_s3_inventory_configuration_state's values (as its string). */
    const char *configuration_state;
    /* TableStatus: The status of the inventory table. The status values are:
     * CREATING - The inventory table is in the process of being created in the
     * specified Amazon Web Services managed table bucket. */
    const char *table_status;
    /* Error: */
    struct awsc_s3_error_details *error;
    /* TableName: The name of the inventory table. */
    const char *table_name;
    /* TableArn: The Amazon Resource Name (ARN) for the inventory table. */
    const char *table_arn;
};

/*
 * The specified updates to the S3 Metadata inventory table configuration.
 */
struct awsc_s3_inventory_table_configuration_updates {
    /* ConfigurationState: The configuration state of the inventory table,
     * indicating whether the inventory table is enabled or disabled. Required. One
     * of enum awsc_s3_inventory_configuration_state's values (as its string). */
    const char *configuration_state;
    /* EncryptionConfiguration: The encryption configuration for the inventory
     * table. */
    struct awsc_s3_metadata_table_encryption_configuration *encryption_configuration;
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
 * The journal table configuration for an S3 Metadata configuration.
 */
struct awsc_s3_journal_table_configuration {
    /* RecordExpiration: The journal table record expiration settings for the
     * journal table. Required. */
    struct awsc_s3_record_expiration *record_expiration;
    /* EncryptionConfiguration: The encryption configuration for the journal table. */
    struct awsc_s3_metadata_table_encryption_configuration *encryption_configuration;
};

/*
 * The journal table configuration for the S3 Metadata configuration.
 */
struct awsc_s3_journal_table_configuration_result {
    /* TableStatus: The status of the journal table. The status values are:
     * CREATING - The journal table is in the process of being created in the
     * specified table bucket. Required. */
    const char *table_status;
    /* Error: */
    struct awsc_s3_error_details *error;
    /* TableName: The name of the journal table. Required. */
    const char *table_name;
    /* TableArn: The Amazon Resource Name (ARN) for the journal table. */
    const char *table_arn;
    /* RecordExpiration: The journal table record expiration settings for the
     * journal table. Required. */
    struct awsc_s3_record_expiration *record_expiration;
};

/*
 * The specified updates to the S3 Metadata journal table configuration.
 */
struct awsc_s3_journal_table_configuration_updates {
    /* RecordExpiration: The journal table record expiration settings for the
     * journal table. Required. */
    struct awsc_s3_record_expiration *record_expiration;
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
    /* Date: Indicates at what date the object is to be moved or deleted. The date
     * value must conform to the ISO 8601 format. The time is always midnight UTC. */
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
    /* Prefix: The general purpose bucket prefix that identifies one or more
     * objects to which the rule applies. We recommend using Filter instead of
     * Prefix for new PUTs. */
    const char *prefix;
    /* Filter: The Filter is used to identify objects that a Lifecycle Rule applies
     * to. A Filter must have exactly one of Prefix , Tag , ObjectSizeGreaterThan ,
     * ObjectSizeLessThan , or And specified. */
    struct awsc_s3_lifecycle_rule_filter *filter;
    /* Status: If 'Enabled', the rule is currently being applied. If 'Disabled',
     * the rule is not currently being applied. Required. One of enum
     * awsc_s3_expiration_status's values (as its string). */
    const char *status;
    /* Transitions: Specifies when an Amazon S3 object transitions to a specified
     * storage class. This parameter applies to general purpose buckets only. It is
     * not supported for directory bucket lifecycle configurations. */
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
 * Filter can have exactly one of Prefix , Tag , ObjectSizeGreaterThan ,
 * ObjectSizeLessThan , or And specified. If the Filter element is left empty,
 * the Lifecycle Rule applies to all objects in the bucket.
 */
struct awsc_s3_lifecycle_rule_filter {
    /* Prefix: Prefix identifying one or more objects to which the rule applies.
     * Replacement must be made for object keys containing special characters (such
     * as carriage returns) when using XML requests. */
    const char *prefix;
    /* Tag: This tag must exist in the object's tag set in order for the rule to
     * apply. This parameter applies to general purpose buckets only. It is not
     * supported for directory bucket lifecycle configurations. */
    struct awsc_s3_tag *tag;
    /* ObjectSizeGreaterThan: Minimum object size to which the rule applies. */
    bool has_object_size_greater_than;
    int64_t object_size_greater_than;
    /* ObjectSizeLessThan: Maximum object size to which the rule applies. */
    bool has_object_size_less_than;
    int64_t object_size_less_than;
    /* And: */
    struct awsc_s3_lifecycle_rule_and_operator *and_;
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* ListBucketsOutput */
struct awsc_s3_list_buckets_output {
    /* Buckets: The list of buckets owned by the requester. */
    struct awsc_s3_buckets buckets;
    /* Owner: The owner of the buckets listed. */
    struct awsc_s3_owner *owner;
    /* ContinuationToken: ContinuationToken is included in the response when there
     * are more buckets that can be listed with pagination. The next ListBuckets
     * request to Amazon S3 can be continued with this ContinuationToken . */
    const char *continuation_token;
    /* Prefix: If Prefix was sent with the request, it is included in the response. */
    const char *prefix;
};

/* ListBucketsRequest */
struct awsc_s3_list_buckets_input {
    /* MaxBuckets: Maximum number of buckets to be returned in response. When the
     * number is more than the count of buckets that are owned by an Amazon Web
     * Services account, return all the buckets in response. */
    bool has_max_buckets;
    int32_t max_buckets;
    /* ContinuationToken: ContinuationToken indicates to Amazon S3 that the list is
     * being continued on this bucket with a token. ContinuationToken is obfuscated
     * and is not a real key. */
    const char *continuation_token;
    /* Prefix: Limits the response to bucket names that begin with the specified
     * bucket name prefix. */
    const char *prefix;
    /* BucketRegion: Limits the response to buckets that are located in the
     * specified Amazon Web Services Region. */
    const char *bucket_region;
};

/* ListDirectoryBucketsOutput */
struct awsc_s3_list_directory_buckets_output {
    /* Buckets: The list of buckets owned by the requester. */
    struct awsc_s3_buckets buckets;
    /* ContinuationToken: If ContinuationToken was sent with the request, it is
     * included in the response. You can use the returned ContinuationToken for
     * pagination of the list response. */
    const char *continuation_token;
};

/* ListDirectoryBucketsRequest */
struct awsc_s3_list_directory_buckets_input {
    /* ContinuationToken: ContinuationToken indicates to Amazon S3 that the list is
     * being continued on buckets in this account with a token. ContinuationToken
     * is obfuscated and is not a real bucket name. */
    const char *continuation_token;
    /* MaxDirectoryBuckets: Maximum number of buckets to be returned in response.
     * When the number is more than the count of buckets that are owned by an
     * Amazon Web Services account, return all the buckets in response. */
    bool has_max_directory_buckets;
    int32_t max_directory_buckets;
};

/* ListMultipartUploadsOutput */
struct awsc_s3_list_multipart_uploads_output {
    /* Bucket: The name of the bucket to which the multipart upload was initiated.
     * Does not return the access point ARN or access point alias if used. */
    const char *bucket;
    /* KeyMarker: The key at or after which the listing began. */
    const char *key_marker;
    /* UploadIdMarker: Together with key-marker, specifies the multipart upload
     * after which listing should begin. If key-marker is not specified, the
     * upload-id-marker parameter is ignored. */
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
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
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
    /* KeyMarker: Specifies the multipart upload after which listing should begin.
     * General purpose buckets - For general purpose buckets, key-marker is an
     * object key. */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
};

/* ListObjectAnnotationsOutput */
struct awsc_s3_list_object_annotations_output {
    /* Annotations: The list of annotations attached to the object. */
    struct awsc_s3_annotation_list annotations;
    /* Bucket: The bucket name. */
    const char *bucket;
    /* Key: The object key. */
    const char *key;
    /* ObjectVersionId: The version ID of the object. */
    const char *object_version_id;
    /* AnnotationPrefix: The prefix used to filter the response. */
    const char *annotation_prefix;
    /* MaxAnnotationResults: The maximum number of annotations returned in the
     * response. */
    bool has_max_annotation_results;
    int32_t max_annotation_results;
    /* AnnotationCount: The number of annotations returned. */
    bool has_annotation_count;
    int32_t annotation_count;
    /* ContinuationToken: The continuation token used in this request. */
    const char *continuation_token;
    /* NextContinuationToken: The continuation token to use to retrieve the next
     * page of results. */
    const char *next_continuation_token;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
};

/* ListObjectAnnotationsRequest */
struct awsc_s3_list_object_annotations_input {
    /* Bucket: The name of the bucket that contains the object. Required. */
    const char *bucket;
    /* Key: The object key. Required. */
    const char *key;
    /* VersionId: The version ID of the object. */
    const char *version_id;
    /* MaxAnnotationResults: The maximum number of annotations to return in the
     * response. Maximum is 1,000. */
    bool has_max_annotation_results;
    int32_t max_annotation_results;
    /* AnnotationPrefix: Filter results to annotations whose name begins with the
     * specified prefix. */
    const char *annotation_prefix;
    /* ContinuationToken: Continuation token returned by a previous request to
     * retrieve the next page. */
    const char *continuation_token;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. */
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
    /* DeleteMarkers: Container for an object that is a delete marker. To learn
     * more about delete markers, see Working with delete markers . */
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
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
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
     * default, the action returns up to 1,000 key names. The response might
     * contain fewer keys but will never contain more. */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* OptionalObjectAttributes: Specifies the optional fields that you want
     * returned in the response. Fields that you do not specify are not returned. */
    struct awsc_s3_event_list optional_object_attributes;
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
    /* NextMarker: When the response is truncated (the IsTruncated element value in
     * the response is true ), you can use the key name in this field as the marker
     * parameter in the subsequent request to get the next set ... */
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
    /* EncodingType: Encoding type used by Amazon S3 to encode the object keys in
     * the response. Responses are encoded only in UTF-8. An object key can contain
     * any Unicode character. One of enum awsc_s3_encoding_type's values (as its
     * string). */
    const char *encoding_type;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
};

/* ListObjectsRequest */
struct awsc_s3_list_objects_input {
    /* Bucket: The name of the bucket containing the objects. Required. */
    const char *bucket;
    /* Delimiter: A delimiter is a character that you use to group keys. */
    const char *delimiter;
    /* EncodingType:  One of enum awsc_s3_encoding_type's values (as its string). */
    const char *encoding_type;
    /* Marker: Marker is where you want Amazon S3 to start listing from. Amazon S3
     * starts listing after this specified key. Marker can be any key in the
     * bucket. */
    const char *marker;
    /* MaxKeys: Sets the maximum number of keys returned in the response. By
     * default, the action returns up to 1,000 key names. The response might
     * contain fewer keys but will never contain more. */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
    /* OptionalObjectAttributes: Specifies the optional fields that you want
     * returned in the response. Fields that you do not specify are not returned. */
    struct awsc_s3_event_list optional_object_attributes;
};

/* ListObjectsV2Output */
struct awsc_s3_list_objects_v2_output {
    /* IsTruncated: Set to false if all of the results were returned. Set to true
     * if more keys are available to return. */
    bool has_is_truncated;
    bool is_truncated;
    /* Contents: Metadata about each object returned. */
    struct awsc_s3_object_list contents;
    /* Name: The bucket name. */
    const char *name;
    /* Prefix: Keys that begin with the indicated prefix. Directory buckets - For
     * directory buckets, only prefixes that end in a delimiter ( / ) are
     * supported. */
    const char *prefix;
    /* Delimiter: Causes keys that contain the same string between the prefix and
     * the first occurrence of the delimiter to be rolled up into a single result
     * element in the CommonPrefixes collection. */
    const char *delimiter;
    /* MaxKeys: Sets the maximum number of keys returned in the response. By
     * default, the action returns up to 1,000 key names. The response might
     * contain fewer keys but will never contain more. */
    bool has_max_keys;
    int32_t max_keys;
    /* CommonPrefixes: All of the keys (up to 1,000) that share the same prefix are
     * grouped together. When counting the total numbers of returns by this API
     * operation, this group of keys is considered as one item. */
    struct awsc_s3_common_prefix_list common_prefixes;
    /* EncodingType: Encoding type used by Amazon S3 to encode object key names in
     * the XML response. One of enum awsc_s3_encoding_type's values (as its
     * string). */
    const char *encoding_type;
    /* KeyCount: KeyCount is the number of keys returned with this request.
     * KeyCount will always be less than or equal to the MaxKeys field. */
    bool has_key_count;
    int32_t key_count;
    /* ContinuationToken: If ContinuationToken was sent with the request, it is
     * included in the response. You can use the returned ContinuationToken for
     * pagination of the list response. */
    const char *continuation_token;
    /* NextContinuationToken: NextContinuationToken is sent when isTruncated is
     * true, which means there are more keys in the bucket that can be listed. */
    const char *next_continuation_token;
    /* StartAfter: If StartAfter was sent with the request, it is included in the
     * response. This functionality is not supported for directory buckets. */
    const char *start_after;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
};

/* ListObjectsV2Request */
struct awsc_s3_list_objects_v2_input {
    /* Bucket: Directory buckets - When you use this operation with a directory
     * bucket, you must use virtual-hosted-style requests in the format Bucket-name
     * .s3express- zone-id . region-code .amazonaws.com . Required. */
    const char *bucket;
    /* Delimiter: A delimiter is a character that you use to group keys. */
    const char *delimiter;
    /* EncodingType: Encoding type used by Amazon S3 to encode the object keys in
     * the response. Responses are encoded only in UTF-8. An object key can contain
     * any Unicode character. One of enum awsc_s3_encoding_type's values (as its
     * string). */
    const char *encoding_type;
    /* MaxKeys: Sets the maximum number of keys returned in the response. By
     * default, the action returns up to 1,000 key names. The response might
     * contain fewer keys but will never contain more. */
    bool has_max_keys;
    int32_t max_keys;
    /* Prefix: Limits the response to keys that begin with the specified prefix.
     * Directory buckets - For directory buckets, only prefixes that end in a
     * delimiter ( / ) are supported. */
    const char *prefix;
    /* ContinuationToken: ContinuationToken indicates to Amazon S3 that the list is
     * being continued on this bucket with a token. ContinuationToken is obfuscated
     * and is not a real key. */
    const char *continuation_token;
    /* FetchOwner: The owner field is not present in ListObjectsV2 by default. If
     * you want to return the owner field with each key in the result, then set the
     * FetchOwner field to true . */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
    /* OptionalObjectAttributes: Specifies the optional fields that you want
     * returned in the response. Fields that you do not specify are not returned.
     * This functionality is not supported for directory buckets. */
    struct awsc_s3_event_list optional_object_attributes;
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
    /* PartNumberMarker: Specifies the part after which listing should begin. Only
     * parts with higher part numbers will be listed. */
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
     * provides the parent account ID. */
    struct awsc_s3_owner *owner;
    /* StorageClass: The class of storage used to store the uploaded object.
     * Directory buckets - Directory buckets only support EXPRESS_ONEZONE (the S3
     * Express One Zone storage class) in Availability Zones and ONEZONE_IA ... One
     * of enum awsc_s3_storage_class's values (as its string). */
    const char *storage_class;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
    /* ChecksumAlgorithm: The algorithm that was used to create a checksum of the
     * object. One of enum awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* ChecksumType: The checksum type, which determines how part-level checksums
     * are combined to create an object-level checksum for multipart objects. One
     * of enum awsc_s3_checksum_type's values (as its string). */
    const char *checksum_type;
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
 * Specifies the location where the bucket will be created.
 */
struct awsc_s3_location_info {
    /* Type: The type of location where the bucket will be created. One of enum
     * awsc_s3_location_type's values (as its string). */
    const char *type;
    /* Name: The name of the location where the bucket will be created. */
    const char *name;
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
    /* TargetObjectKeyFormat: Amazon S3 key format for log objects. */
    struct awsc_s3_target_object_key_format *target_object_key_format;
};

/*
 * The S3 Metadata configuration for a general purpose bucket.
 */
struct awsc_s3_metadata_configuration {
    /* JournalTableConfiguration: The journal table configuration for a metadata
     * configuration. Required. */
    struct awsc_s3_journal_table_configuration *journal_table_configuration;
    /* InventoryTableConfiguration: The inventory table configuration for a
     * metadata configuration. */
    struct awsc_s3_inventory_table_configuration *inventory_table_configuration;
    /* AnnotationTableConfiguration: Optional annotation table configuration to
     * include with the metadata configuration. */
    struct awsc_s3_annotation_table_configuration *annotation_table_configuration;
};

/*
 * The S3 Metadata configuration for a general purpose bucket.
 */
struct awsc_s3_metadata_configuration_result {
    /* DestinationResult: The destination settings for a metadata configuration.
     * Required. */
    struct awsc_s3_destination_result *destination_result;
    /* JournalTableConfigurationResult: The journal table configuration for a
     * metadata configuration. */
    struct awsc_s3_journal_table_configuration_result *journal_table_configuration_result;
    /* InventoryTableConfigurationResult: The inventory table configuration for a
     * metadata configuration. */
    struct awsc_s3_inventory_table_configuration_result *inventory_table_configuration_result;
    /* AnnotationTableConfigurationResult: The annotation table configuration
     * result, if an annotation table is configured. */
    struct awsc_s3_annotation_table_configuration_result *annotation_table_configuration_result;
};

/*
 * A metadata key-value pair to store with an object.
 */
struct awsc_s3_metadata_entry {
    /* Name: Name of the object. */
    const char *name;
    /* Value: Value of the object. */
    const char *value;
};

/*
 * The V1 S3 Metadata configuration for a general purpose bucket. If you
 * created your S3 Metadata configuration before July 15, 2025, we recommend
 * that you delete and re-create your configuration by using
 * CreateBucketMetadataConfiguration so that you can expire journal table
 * records and create a live ...
 */
struct awsc_s3_metadata_table_configuration {
    /* S3TablesDestination: The destination information for the metadata table
     * configuration. The destination table bucket must be in the same Region and
     * Amazon Web Services account as the general purpose bucket. Required. */
    struct awsc_s3_s3_tables_destination *s3_tables_destination;
};

/*
 * The V1 S3 Metadata configuration for a general purpose bucket. The
 * destination table bucket must be in the same Region and Amazon Web Services
 * account as the general purpose bucket.
 */
struct awsc_s3_metadata_table_configuration_result {
    /* S3TablesDestinationResult: The destination information for the metadata
     * table configuration. The destination table bucket must be in the same Region
     * and Amazon Web Services account as the general purpose bucket. Required. */
    struct awsc_s3_s3_tables_destination_result *s3_tables_destination_result;
};

/*
 * The encryption settings for an S3 Metadata journal table or inventory table
 * configuration.
 */
struct awsc_s3_metadata_table_encryption_configuration {
    /* SseAlgorithm: The encryption type specified for a metadata table. To specify
     * server-side encryption with Key Management Service (KMS) keys (SSE-KMS), use
     * the aws:kms value. Required. One of enum awsc_s3_table_sse_algorithm's
     * values (as its string). */
    const char *sse_algorithm;
    /* KmsKeyArn: If server-side encryption with Key Management Service (KMS) keys
     * (SSE-KMS) is specified, you must also specify the KMS key Amazon Resource
     * Name (ARN). */
    const char *kms_key_arn;
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
    /* Tags: The list of tags used when evaluating an AND predicate. Tag filters
     * are not supported for directory buckets. */
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
    /* Id: The ID used to identify the metrics configuration. The ID has a 64
     * character limit and can only contain letters, numbers, periods, dashes, and
     * underscores. Required. */
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
    /* Tag: The tag used when evaluating a metrics filter. Tag filters are not
     * supported for directory buckets. */
    struct awsc_s3_tag *tag;
    /* AccessPointArn: The access point ARN used when evaluating a metrics filter. */
    const char *access_point_arn;
    /* And: A conjunction (logical AND) of predicates, which is used in evaluating
     * a metrics filter. */
    struct awsc_s3_metrics_and_operator *and_;
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
    /* StorageClass: The class of storage used to store the object. Directory
     * buckets - Directory buckets only support EXPRESS_ONEZONE (the S3 Express One
     * Zone storage class) in Availability Zones and ONEZONE_IA (the S3 ... One of
     * enum awsc_s3_storage_class's values (as its string). */
    const char *storage_class;
    /* Owner: Specifies the owner of the object that is part of the multipart
     * upload. Directory buckets - The bucket owner is returned as the object owner
     * for all the objects. */
    struct awsc_s3_owner *owner;
    /* Initiator: Identifies who initiated the multipart upload. */
    struct awsc_s3_initiator *initiator;
    /* ChecksumAlgorithm: The algorithm that was used to create a checksum of the
     * object. One of enum awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* ChecksumType: The checksum type that is used to calculate the object’s
     * checksum value. For more information, see Checking object integrity in the
     * Amazon S3 User Guide . One of enum awsc_s3_checksum_type's values (as its
     * string). */
    const char *checksum_type;
};

/*
 * The specified annotation does not exist on this object.
 */
struct awsc_s3_no_such_annotation {
    char unused_; /* no members */
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
     * will retain. You can specify up to 100 noncurrent versions to retain. */
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
     * will retain in the same storage class before transitioning objects. You can
     * specify up to 100 noncurrent versions to retain. */
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
 * filtering, see Configuring event notifications using object key name
 * filtering in the Amazon S3 User Guide .
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
    struct awsc_s3_event_list checksum_algorithm;
    /* ChecksumType: The checksum type that is used to calculate the object’s
     * checksum value. For more information, see Checking object integrity in the
     * Amazon S3 User Guide . One of enum awsc_s3_checksum_type's values (as its
     * string). */
    const char *checksum_type;
    /* Size: Size in bytes of the object */
    bool has_size;
    int64_t size;
    /* StorageClass: The class of storage used to store the object. Directory
     * buckets - Directory buckets only support EXPRESS_ONEZONE (the S3 Express One
     * Zone storage class) in Availability Zones and ONEZONE_IA (the S3 ... One of
     * enum awsc_s3_object_storage_class's values (as its string). */
    const char *storage_class;
    /* Owner: The owner of the object Directory buckets - The bucket owner is
     * returned as the object owner. */
    struct awsc_s3_owner *owner;
    /* RestoreStatus: Specifies the restoration status of an object. Objects in
     * certain storage classes must be restored before they can be retrieved. */
    struct awsc_s3_restore_status *restore_status;
};

/*
 * This action is not allowed against this storage tier.
 */
struct awsc_s3_object_already_in_active_tier_error {
    char unused_; /* no members */
};

/*
 * The updated server-side encryption type for this object. The
 * UpdateObjectEncryption operation supports the SSE-S3 and SSE-KMS encryption
 * types.
 */
struct awsc_s3_object_encryption {
    /* SSEKMS: Specifies to update the object encryption type to server-side
     * encryption with Key Management Service (KMS) keys (SSE-KMS). */
    struct awsc_s3_ssekms_encryption *ssekms;
};

/*
 * Object Identifier is unique value to identify objects.
 */
struct awsc_s3_object_identifier {
    /* Key: Key name of the object. Replacement must be made for object keys
     * containing special characters (such as carriage returns) when using XML
     * requests. Required. */
    const char *key;
    /* VersionId: Version ID for the specific version of the object to delete. This
     * functionality is not supported for directory buckets. */
    const char *version_id;
    /* ETag: An entity tag (ETag) is an identifier assigned by a web server to a
     * specific version of a resource found at a URL. This header field makes the
     * request method conditional on ETags . */
    const char *e_tag;
    /* LastModifiedTime: If present, the objects are deleted only if its
     * modification times matches the provided Timestamp . This functionality is
     * only supported for directory buckets. */
    bool has_last_modified_time;
    struct awsc_timestamp last_modified_time;
    /* Size: If present, the objects are deleted only if its size matches the
     * provided size in bytes. This functionality is only supported for directory
     * buckets. */
    bool has_size;
    int64_t size;
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
    int64_t size;
    /* ChecksumCRC32: The Base64 encoded, 32-bit CRC32 checksum of the part. This
     * checksum is present if the multipart upload request was created with the
     * CRC32 checksum algorithm. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: The Base64 encoded, 32-bit CRC32C checksum of the part. This
     * checksum is present if the multipart upload request was created with the
     * CRC32C checksum algorithm. */
    const char *checksum_crc32_c;
    /* ChecksumCRC64NVME: The Base64 encoded, 64-bit CRC64NVME checksum of the
     * part. This checksum is present if the multipart upload request was created
     * with the CRC64NVME checksum algorithm, or if the object was uploaded ... */
    const char *checksum_crc64_nvme;
    /* ChecksumSHA1: The Base64 encoded, 160-bit SHA1 checksum of the part. This
     * checksum is present if the multipart upload request was created with the
     * SHA1 checksum algorithm. */
    const char *checksum_sha1;
    /* ChecksumSHA256: The Base64 encoded, 256-bit SHA256 checksum of the part.
     * This checksum is present if the multipart upload request was created with
     * the SHA256 checksum algorithm. */
    const char *checksum_sha256;
    /* ChecksumSHA512: The Base64 encoded, 512-bit SHA512 digest of the part. This
     * checksum is present if the multipart upload request was created with the
     * SHA512 checksum algorithm. */
    const char *checksum_sha512;
    /* ChecksumMD5: The Base64 encoded, 128-bit MD5 digest of the part. This
     * checksum is present if the multipart upload request was created with the MD5
     * checksum algorithm. */
    const char *checksum_md5;
    /* ChecksumXXHASH64: The Base64 encoded, 64-bit XXHASH64 checksum of the part.
     * This checksum is present if the multipart upload request was created with
     * the XXHASH64 checksum algorithm. */
    const char *checksum_xxhash64;
    /* ChecksumXXHASH3: The Base64 encoded, 64-bit XXHASH3 checksum of the part.
     * This checksum is present if the multipart upload request was created with
     * the XXHASH3 checksum algorithm. */
    const char *checksum_xxhash3;
    /* ChecksumXXHASH128: The Base64 encoded, 128-bit XXHASH128 checksum of the
     * part. This checksum is present if the multipart upload request was created
     * with the XXHASH128 checksum algorithm. */
    const char *checksum_xxhash128;
};

/*
 * The version of an object.
 */
struct awsc_s3_object_version {
    /* ETag: The entity tag is an MD5 hash of that version of the object. */
    const char *e_tag;
    /* ChecksumAlgorithm: The algorithm that was used to create a checksum of the
     * object. */
    struct awsc_s3_event_list checksum_algorithm;
    /* ChecksumType: The checksum type that is used to calculate the object’s
     * checksum value. For more information, see Checking object integrity in the
     * Amazon S3 User Guide . One of enum awsc_s3_checksum_type's values (as its
     * string). */
    const char *checksum_type;
    /* Size: Size in bytes of the object. */
    bool has_size;
    int64_t size;
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
    /* LastModified: Date and time when the object was last modified. */
    bool has_last_modified;
    struct awsc_timestamp last_modified;
    /* Owner: Specifies the owner of the object. */
    struct awsc_s3_owner *owner;
    /* RestoreStatus: Specifies the restoration status of an object. Objects in
     * certain storage classes must be restored before they can be retrieved. */
    struct awsc_s3_restore_status *restore_status;
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
    /* DisplayName: */
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
    int64_t size;
    /* ChecksumCRC32: The Base64 encoded, 32-bit CRC32 checksum of the part. This
     * checksum is present if the object was uploaded with the CRC32 checksum
     * algorithm. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: The Base64 encoded, 32-bit CRC32C checksum of the part. This
     * checksum is present if the object was uploaded with the CRC32C checksum
     * algorithm. */
    const char *checksum_crc32_c;
    /* ChecksumCRC64NVME: The Base64 encoded, 64-bit CRC64NVME checksum of the
     * part. This checksum is present if the multipart upload request was created
     * with the CRC64NVME checksum algorithm, or if the object was uploaded ... */
    const char *checksum_crc64_nvme;
    /* ChecksumSHA1: The Base64 encoded, 160-bit SHA1 checksum of the part. This
     * checksum is present if the object was uploaded with the SHA1 checksum
     * algorithm. */
    const char *checksum_sha1;
    /* ChecksumSHA256: The Base64 encoded, 256-bit SHA256 checksum of the part.
     * This checksum is present if the object was uploaded with the SHA256 checksum
     * algorithm. */
    const char *checksum_sha256;
    /* ChecksumSHA512: The Base64 encoded, 512-bit SHA512 digest of the part. This
     * checksum is present if the multipart upload request was created with the
     * SHA512 checksum algorithm. */
    const char *checksum_sha512;
    /* ChecksumMD5: The Base64 encoded, 128-bit MD5 digest of the part. This
     * checksum is present if the multipart upload request was created with the MD5
     * checksum algorithm. */
    const char *checksum_md5;
    /* ChecksumXXHASH64: The Base64 encoded, 64-bit XXHASH64 checksum of the part.
     * This checksum is present if the multipart upload request was created with
     * the XXHASH64 checksum algorithm. */
    const char *checksum_xxhash64;
    /* ChecksumXXHASH3: The Base64 encoded, 64-bit XXHASH3 checksum of the part.
     * This checksum is present if the multipart upload request was created with
     * the XXHASH3 checksum algorithm. */
    const char *checksum_xxhash3;
    /* ChecksumXXHASH128: The Base64 encoded, 128-bit XXHASH128 checksum of the
     * part. This checksum is present if the multipart upload request was created
     * with the XXHASH128 checksum algorithm. */
    const char *checksum_xxhash128;
};

/*
 * Amazon S3 keys for log objects are partitioned in the following format:
 */
struct awsc_s3_partitioned_prefix {
    /* PartitionDateSource: Specifies the partition date source for the partitioned
     * prefix. PartitionDateSource can be EventTime or DeliveryTime . One of enum
     * awsc_s3_partition_date_source's values (as its string). */
    const char *partition_date_source;
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
 * bucket. You can enable the configuration options in any combination.
 * Bucket-level settings work alongside account-level settings (which may
 * inherit from organization-level policies).
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

/* PutBucketAbacRequest */
struct awsc_s3_put_bucket_abac_input {
    /* Bucket: The name of the general purpose bucket. Required. */
    const char *bucket;
    /* ContentMD5: The MD5 hash of the PutBucketAbac request body. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm that you want Amazon S3 to use to
     * create the checksum. For more information, see Checking object integrity in
     * the Amazon S3 User Guide . One of enum awsc_s3_checksum_algorithm's values
     * (as its string). */
    const char *checksum_algorithm;
    /* ExpectedBucketOwner: The Amazon Web Services account ID of the general
     * purpose bucket's owner. */
    const char *expected_bucket_owner;
    /* AbacStatus: The ABAC status of the general purpose bucket. When ABAC is
     * enabled for the general purpose bucket, you can use tags to manage access to
     * the general purpose buckets as well as for cost tracking ... Required. */
    struct awsc_s3_abac_status *abac_status;
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the request when you use the SDK. This header will not provide any
     * additional functionality if you don't use the SDK. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
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
    /* ContentMD5: The Base64 encoded 128-bit MD5 digest of the data. This header
     * must be used as a message integrity check to verify that the request body
     * was not corrupted in transit. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the request when you use the SDK. This header will not provide any
     * additional functionality if you don't use the SDK. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
    /* ContentMD5: The Base64 encoded 128-bit MD5 digest of the data. This header
     * must be used as a message integrity check to verify that the request body
     * was not corrupted in transit. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the request when you use the SDK. This header will not provide any
     * additional functionality if you don't use the SDK. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* PutBucketEncryptionRequest */
struct awsc_s3_put_bucket_encryption_input {
    /* Bucket: Specifies default encryption for a bucket using server-side
     * encryption with different key options. Required. */
    const char *bucket;
    /* ContentMD5: The Base64 encoded 128-bit MD5 digest of the server-side
     * encryption configuration. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the request when you use the SDK. This header will not provide any
     * additional functionality if you don't use the SDK. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* ServerSideEncryptionConfiguration:  Required. */
    struct awsc_s3_server_side_encryption_configuration *server_side_encryption_configuration;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* PutBucketLifecycleConfigurationOutput */
struct awsc_s3_put_bucket_lifecycle_configuration_output {
    /* TransitionDefaultMinimumObjectSize: Indicates which default minimum object
     * size behavior is applied to the lifecycle configuration. This parameter
     * applies to general purpose buckets only. One of enum
     * awsc_s3_transition_default_minimum_object_size's values (as its string). */
    const char *transition_default_minimum_object_size;
};

/* PutBucketLifecycleConfigurationRequest */
struct awsc_s3_put_bucket_lifecycle_configuration_input {
    /* Bucket: The name of the bucket for which to set the configuration. Required. */
    const char *bucket;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the request when you use the SDK. This header will not provide any
     * additional functionality if you don't use the SDK. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* LifecycleConfiguration: Container for lifecycle rules. You can add as many
     * as 1,000 rules. */
    struct awsc_s3_bucket_lifecycle_configuration *lifecycle_configuration;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
    /* TransitionDefaultMinimumObjectSize: Indicates which default minimum object
     * size behavior is applied to the lifecycle configuration. This parameter
     * applies to general purpose buckets only. One of enum
     * awsc_s3_transition_default_minimum_object_size's values (as its string). */
    const char *transition_default_minimum_object_size;
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
     * the request when you use the SDK. This header will not provide any
     * additional functionality if you don't use the SDK. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* LifecycleConfiguration: */
    struct awsc_s3_lifecycle_configuration *lifecycle_configuration;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * the request when you use the SDK. This header will not provide any
     * additional functionality if you don't use the SDK. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* PutBucketMetricsConfigurationRequest */
struct awsc_s3_put_bucket_metrics_configuration_input {
    /* Bucket: The name of the bucket for which the metrics configuration is set.
     * Required. */
    const char *bucket;
    /* Id: The ID used to identify the metrics configuration. The ID has a 64
     * character limit and can only contain letters, numbers, periods, dashes, and
     * underscores. Required. */
    const char *id;
    /* MetricsConfiguration: Specifies the metrics configuration. Required. */
    struct awsc_s3_metrics_configuration *metrics_configuration;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* PutBucketNotificationConfigurationRequest */
struct awsc_s3_put_bucket_notification_configuration_input {
    /* Bucket: The name of the bucket. Required. */
    const char *bucket;
    /* NotificationConfiguration:  Required. */
    struct awsc_s3_notification_configuration *notification_configuration;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * the request when you use the SDK. This header will not provide any
     * additional functionality if you don't use the SDK. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* NotificationConfiguration: The container for the configuration. Required. */
    struct awsc_s3_notification_configuration_deprecated *notification_configuration;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
    /* OwnershipControls: The OwnershipControls (BucketOwnerEnforced,
     * BucketOwnerPreferred, or ObjectWriter) that you want to apply to this Amazon
     * S3 bucket. Required. */
    struct awsc_s3_ownership_controls *ownership_controls;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when you use the SDK. This header will not provide any additional
     * functionality if you don't use the SDK. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
};

/* PutBucketPolicyRequest */
struct awsc_s3_put_bucket_policy_input {
    /* Bucket: The name of the bucket. Directory buckets - When you use this
     * operation with a directory bucket, you must use path-style requests in the
     * format https://s3express-control. Required. */
    const char *bucket;
    /* ContentMD5: The MD5 hash of the request body. For requests made using the
     * Amazon Web Services Command Line Interface (CLI) or Amazon Web Services
     * SDKs, this field is calculated automatically. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the request when you use the SDK. This header will not provide any
     * additional functionality if you don't use the SDK. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* ConfirmRemoveSelfBucketAccess: Set this parameter to true to confirm that
     * you want to remove your permissions to change this bucket policy in the
     * future. This functionality is not supported for directory buckets. */
    bool has_confirm_remove_self_bucket_access;
    bool confirm_remove_self_bucket_access;
    /* Policy: The bucket policy as a JSON document. For directory buckets, the
     * only IAM action supported in the bucket policy is s3express:CreateSession .
     * Required. */
    const char *policy;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* PutBucketReplicationRequest */
struct awsc_s3_put_bucket_replication_input {
    /* Bucket: The name of the bucket Required. */
    const char *bucket;
    /* ContentMD5: The Base64 encoded 128-bit MD5 digest of the data. You must use
     * this header as a message integrity check to verify that the request body was
     * not corrupted in transit. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the request when you use the SDK. This header will not provide any
     * additional functionality if you don't use the SDK. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* ReplicationConfiguration:  Required. */
    struct awsc_s3_replication_configuration *replication_configuration;
    /* Token: A token to allow Object Lock to be enabled for an existing bucket. */
    const char *token;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* PutBucketRequestPaymentRequest */
struct awsc_s3_put_bucket_request_payment_input {
    /* Bucket: The bucket name. Required. */
    const char *bucket;
    /* ContentMD5: The Base64 encoded 128-bit MD5 digest of the data. You must use
     * this header as a message integrity check to verify that the request body was
     * not corrupted in transit. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the request when you use the SDK. This header will not provide any
     * additional functionality if you don't use the SDK. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* RequestPaymentConfiguration: Container for Payer. Required. */
    struct awsc_s3_request_payment_configuration *request_payment_configuration;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* PutBucketTaggingRequest */
struct awsc_s3_put_bucket_tagging_input {
    /* Bucket: The bucket name. Required. */
    const char *bucket;
    /* ContentMD5: The Base64 encoded 128-bit MD5 digest of the data. You must use
     * this header as a message integrity check to verify that the request body was
     * not corrupted in transit. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the request when you use the SDK. This header will not provide any
     * additional functionality if you don't use the SDK. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* Tagging: Container for the TagSet and Tag elements. Required. */
    struct awsc_s3_tagging *tagging;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* PutBucketVersioningRequest */
struct awsc_s3_put_bucket_versioning_input {
    /* Bucket: The bucket name. Required. */
    const char *bucket;
    /* ContentMD5: >The Base64 encoded 128-bit MD5 digest of the data. You must use
     * this header as a message integrity check to verify that the request body was
     * not corrupted in transit. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the request when you use the SDK. This header will not provide any
     * additional functionality if you don't use the SDK. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* MFA: The concatenation of the authentication device's serial number, a
     * space, and the value that is displayed on your authentication device. */
    const char *mfa;
    /* VersioningConfiguration: Container for setting the versioning state.
     * Required. */
    struct awsc_s3_versioning_configuration *versioning_configuration;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* PutBucketWebsiteRequest */
struct awsc_s3_put_bucket_website_input {
    /* Bucket: The bucket name. Required. */
    const char *bucket;
    /* ContentMD5: The Base64 encoded 128-bit MD5 digest of the data. You must use
     * this header as a message integrity check to verify that the request body was
     * not corrupted in transit. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the request when you use the SDK. This header will not provide any
     * additional functionality if you don't use the SDK. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* WebsiteConfiguration: Container for the request. Required. */
    struct awsc_s3_website_configuration *website_configuration;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
    /* ContentMD5: The Base64 encoded 128-bit MD5 digest of the data. This header
     * must be used as a message integrity check to verify that the request body
     * was not corrupted in transit. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when you use the SDK. This header will not provide any additional
     * functionality if you don't use the SDK. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
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
    /* VersionId: Version ID used to reference a specific version of the object.
     * This functionality is not supported for directory buckets. */
    const char *version_id;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* PutObjectAnnotationOutput */
struct awsc_s3_put_object_annotation_output {
    /* Key: The object key. */
    const char *key;
    /* AnnotationName: The name of the annotation. */
    const char *annotation_name;
    /* ObjectVersionId: The version ID of the object that the annotation was
     * attached to. */
    const char *object_version_id;
    /* ETag: The entity tag of the annotation. */
    const char *e_tag;
    /* ChecksumCRC32: The CRC32 checksum of the stored annotation. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: The CRC32C checksum of the stored annotation. */
    const char *checksum_crc32_c;
    /* ChecksumCRC64NVME: The CRC64NVME checksum of the stored annotation. */
    const char *checksum_crc64_nvme;
    /* ChecksumSHA1: The SHA1 checksum of the stored annotation. */
    const char *checksum_sha1;
    /* ChecksumSHA256: The SHA256 checksum of the stored annotation. */
    const char *checksum_sha256;
    /* ChecksumSHA512: The SHA512 checksum of the stored annotation. */
    const char *checksum_sha512;
    /* ChecksumMD5: The MD5 checksum of the stored annotation. */
    const char *checksum_md5;
    /* ChecksumXXHASH64: The XXHASH64 checksum of the stored annotation. */
    const char *checksum_xxhash64;
    /* ChecksumXXHASH3: The XXHASH3 checksum of the stored annotation. */
    const char *checksum_xxhash3;
    /* ChecksumXXHASH128: The XXHASH128 checksum of the stored annotation. */
    const char *checksum_xxhash128;
    /* ChecksumType: The type of checksum used. One of enum awsc_s3_checksum_type's
     * values (as its string). */
    const char *checksum_type;
    /* ServerSideEncryption: The server-side encryption algorithm used to encrypt
     * the annotation. One of enum awsc_s3_server_side_encryption's values (as its
     * string). */
    const char *server_side_encryption;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
};

/* PutObjectAnnotationRequest */
struct awsc_s3_put_object_annotation_input {
    /* Bucket: The name of the bucket that contains the object. Required. */
    const char *bucket;
    /* Key: The object key. Required. */
    const char *key;
    /* VersionId: The version ID of the object to attach the annotation to. */
    const char *version_id;
    /* AnnotationName: The name of the annotation. Length Constraints: Minimum
     * length of 1. Maximum length of 512 bytes. Required. */
    const char *annotation_name;
    /* AnnotationPayload: The annotation payload. Must be between 1 byte and 1 MiB
     * in size, and must be valid UTF-8 encoded text. Required. */
    struct awsc_stream annotation_payload;
    /* ObjectIfMatch: If specified, the operation only succeeds if the object's
     * ETag matches the provided value. */
    const char *object_if_match;
    /* ChecksumAlgorithm: The checksum algorithm to use. Supported values: CRC32 ,
     * CRC32C , CRC64NVME , SHA1 , SHA256 , SHA512 , MD5 , XXHASH64 , XXHASH3 ,
     * XXHASH128 . One of enum awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* ChecksumCRC32: Base64-encoded CRC32 checksum of the annotation payload. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: Base64-encoded CRC32C checksum of the annotation payload. */
    const char *checksum_crc32_c;
    /* ChecksumCRC64NVME: Base64-encoded CRC64NVME checksum of the annotation
     * payload. */
    const char *checksum_crc64_nvme;
    /* ChecksumSHA1: Base64-encoded SHA1 checksum of the annotation payload. */
    const char *checksum_sha1;
    /* ChecksumSHA256: Base64-encoded SHA256 checksum of the annotation payload. */
    const char *checksum_sha256;
    /* ChecksumSHA512: Base64-encoded SHA512 checksum of the annotation payload. */
    const char *checksum_sha512;
    /* ChecksumMD5: Base64-encoded MD5 checksum of the annotation payload. */
    const char *checksum_md5;
    /* ChecksumXXHASH64: Base64-encoded XXHASH64 checksum of the annotation
     * payload. */
    const char *checksum_xxhash64;
    /* ChecksumXXHASH3: Base64-encoded XXHASH3 checksum of the annotation payload. */
    const char *checksum_xxhash3;
    /* ChecksumXXHASH128: Base64-encoded XXHASH128 checksum of the annotation
     * payload. */
    const char *checksum_xxhash128;
    /* ContentMD5: Base64-encoded MD5 digest of the message. */
    const char *content_md5;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * bucket is owned by a different account, the request fails with an HTTP 403
     * (Access Denied) error. */
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
     * the object when you use the SDK. This header will not provide any additional
     * functionality if you don't use the SDK. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * the object when you use the SDK. This header will not provide any additional
     * functionality if you don't use the SDK. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/* PutObjectOutput */
struct awsc_s3_put_object_output {
    /* Expiration: If the expiration is configured for the object (see
     * PutBucketLifecycleConfiguration ) in the Amazon S3 User Guide , the response
     * includes this header. */
    const char *expiration;
    /* ETag: Entity tag for the uploaded object. General purpose buckets - To
     * ensure that data is not corrupted traversing the network, for objects where
     * the ETag is the MD5 digest of the object, you can ... */
    const char *e_tag;
    /* ChecksumCRC32: The Base64 encoded, 32-bit CRC32 checksum of the object. This
     * checksum is only present if the checksum was uploaded with the object. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: The Base64 encoded, 32-bit CRC32C checksum of the object.
     * This checksum is only present if the checksum was uploaded with the object. */
    const char *checksum_crc32_c;
    /* ChecksumCRC64NVME: The Base64 encoded, 64-bit CRC64NVME checksum of the
     * object. This header is present if the object was uploaded with the CRC64NVME
     * checksum algorithm, or if it was uploaded without a checksum (and ... */
    const char *checksum_crc64_nvme;
    /* ChecksumSHA1: The Base64 encoded, 160-bit SHA1 digest of the object. This
     * checksum is only present if the checksum was uploaded with the object. */
    const char *checksum_sha1;
    /* ChecksumSHA256: The Base64 encoded, 256-bit SHA256 digest of the object.
     * This checksum is only present if the checksum was uploaded with the object. */
    const char *checksum_sha256;
    /* ChecksumSHA512: The Base64 encoded, 512-bit SHA512 digest of the object.
     * This header is present if the object was uploaded with the SHA512 checksum
     * algorithm. */
    const char *checksum_sha512;
    /* ChecksumMD5: The Base64 encoded, 128-bit MD5 digest of the object. This
     * header is present if the object was uploaded with the MD5 checksum
     * algorithm. */
    const char *checksum_md5;
    /* ChecksumXXHASH64: The Base64 encoded, 64-bit XXHASH64 checksum of the
     * object. This header is present if the object was uploaded with the XXHASH64
     * checksum algorithm. */
    const char *checksum_xxhash64;
    /* ChecksumXXHASH3: The Base64 encoded, 64-bit XXHASH3 checksum of the object.
     * This header is present if the object was uploaded with the XXHASH3 checksum
     * algorithm. */
    const char *checksum_xxhash3;
    /* ChecksumXXHASH128: The Base64 encoded, 128-bit XXHASH128 checksum of the
     * object. This header is present if the object was uploaded with the XXHASH128
     * checksum algorithm. */
    const char *checksum_xxhash128;
    /* ChecksumType: This header specifies the checksum type of the object, which
     * determines how part-level checksums are combined to create an object-level
     * checksum for multipart objects. One of enum awsc_s3_checksum_type's values
     * (as its string). */
    const char *checksum_type;
    /* ServerSideEncryption: The server-side encryption algorithm used when you
     * store this object in Amazon S3 or Amazon FSx. One of enum
     * awsc_s3_server_side_encryption's values (as its string). */
    const char *server_side_encryption;
    /* VersionId: Version ID of the object. If you enable versioning for a bucket,
     * Amazon S3 automatically generates a unique version ID for the object being
     * stored. Amazon S3 returns this ID in the response. */
    const char *version_id;
    /* SSECustomerAlgorithm: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header to
     * confirm the encryption algorithm that's used. */
    const char *sse_customer_algorithm;
    /* SSECustomerKeyMD5: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header to
     * provide the round-trip message integrity verification of the ... */
    const char *sse_customer_key_md5;
    /* SSEKMSKeyId: If present, indicates the ID of the KMS key that was used for
     * object encryption. */
    const char *ssekms_key_id;
    /* SSEKMSEncryptionContext: If present, indicates the Amazon Web Services KMS
     * Encryption Context to use for object encryption. */
    const char *ssekms_encryption_context;
    /* BucketKeyEnabled: Indicates whether the uploaded object uses an S3 Bucket
     * Key for server-side encryption with Key Management Service (KMS) keys
     * (SSE-KMS). */
    bool has_bucket_key_enabled;
    bool bucket_key_enabled;
    /* Size: The size of the object in bytes. This value is only be present if you
     * append to an object. */
    bool has_size;
    int64_t size;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
};

/* PutObjectRequest */
struct awsc_s3_put_object_input {
    /* ACL: The canned ACL to apply to the object. For more information, see Canned
     * ACL in the Amazon S3 User Guide . One of enum awsc_s3_object_canned_acl's
     * values (as its string). */
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
     * more information, see https://www.rfc-editor.org/rfc/rfc6266#section-4 . */
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
    /* ContentMD5: The Base64 encoded 128-bit MD5 digest of the message (without
     * the headers) according to RFC 1864. */
    const char *content_md5;
    /* ContentType: A standard MIME type describing the format of the contents. For
     * more information, see
     * https://www.rfc-editor.org/rfc/rfc9110.html#name-content-type . */
    const char *content_type;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when you use the SDK. This header will not provide any additional
     * functionality if you don't use the SDK. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* ChecksumCRC32: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_crc32_c;
    /* ChecksumCRC64NVME: This header can be used as a data integrity check to
     * verify that the data received is the same data that was originally sent. */
    const char *checksum_crc64_nvme;
    /* ChecksumSHA1: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_sha1;
    /* ChecksumSHA256: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_sha256;
    /* ChecksumSHA512: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_sha512;
    /* ChecksumMD5: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_md5;
    /* ChecksumXXHASH64: This header can be used as a data integrity check to
     * verify that the data received is the same data that was originally sent. */
    const char *checksum_xxhash64;
    /* ChecksumXXHASH3: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_xxhash3;
    /* ChecksumXXHASH128: This header can be used as a data integrity check to
     * verify that the data received is the same data that was originally sent. */
    const char *checksum_xxhash128;
    /* Expires: The date and time at which the object is no longer cacheable. For
     * more information, see https://www.rfc-editor.org/rfc/rfc7234#section-5.3 . */
    bool has_expires;
    struct awsc_timestamp expires;
    /* IfMatch: Uploads the object only if the ETag (entity tag) value provided
     * during the WRITE operation matches the ETag of the object in S3. */
    const char *if_match;
    /* IfNoneMatch: Uploads the object only if the object key name does not already
     * exist in the bucket specified. Otherwise, Amazon S3 returns a 412
     * Precondition Failed error. */
    const char *if_none_match;
    /* GrantFullControl: Gives the grantee READ, READ_ACP, and WRITE_ACP
     * permissions on the object. This functionality is not supported for directory
     * buckets. This functionality is not supported for Amazon S3 on Outposts. */
    const char *grant_full_control;
    /* GrantRead: Allows grantee to read the object data and its metadata. This
     * functionality is not supported for directory buckets. This functionality is
     * not supported for Amazon S3 on Outposts. */
    const char *grant_read;
    /* GrantReadACP: Allows grantee to read the object ACL. This functionality is
     * not supported for directory buckets. This functionality is not supported for
     * Amazon S3 on Outposts. */
    const char *grant_read_acp;
    /* GrantWriteACP: Allows grantee to write the ACL for the applicable object.
     * This functionality is not supported for directory buckets. This
     * functionality is not supported for Amazon S3 on Outposts. */
    const char *grant_write_acp;
    /* Key: Object key for which the PUT action was initiated. Required. */
    const char *key;
    /* WriteOffsetBytes: Specifies the offset for appending data to existing
     * objects in bytes. The offset must be equal to the size of the existing
     * object being appended to. */
    bool has_write_offset_bytes;
    int64_t write_offset_bytes;
    /* Metadata: A map of metadata to store with the object in S3. */
    struct awsc_s3_metadata metadata;
    /* ServerSideEncryption: The server-side encryption algorithm that was used
     * when you store this object in Amazon S3 or Amazon FSx. One of enum
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
    /* SSECustomerAlgorithm: Specifies the algorithm to use when encrypting the
     * object (for example, AES256 ). This functionality is not supported for
     * directory buckets. */
    const char *sse_customer_algorithm;
    /* SSECustomerKey: Specifies the customer-provided encryption key for Amazon S3
     * to use in encrypting data. This value is used to store the object and then
     * it is discarded; Amazon S3 does not store the encryption key. */
    const char *sse_customer_key;
    /* SSECustomerKeyMD5: Specifies the 128-bit MD5 digest of the encryption key
     * according to RFC 1321. Amazon S3 uses this header for a message integrity
     * check to ensure that the encryption key was transmitted without error. */
    const char *sse_customer_key_md5;
    /* SSEKMSKeyId: Specifies the KMS key ID (Key ID, Key ARN, or Key Alias) to use
     * for object encryption. */
    const char *ssekms_key_id;
    /* SSEKMSEncryptionContext: Specifies the Amazon Web Services KMS Encryption
     * Context as an additional encryption context to use for object encryption. */
    const char *ssekms_encryption_context;
    /* BucketKeyEnabled: Specifies whether Amazon S3 should use an S3 Bucket Key
     * for object encryption with server-side encryption using Key Management
     * Service (KMS) keys (SSE-KMS). */
    bool has_bucket_key_enabled;
    bool bucket_key_enabled;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* Tagging: The tag-set for the object. The tag-set must be encoded as URL
     * Query parameters. (For example, "Key1=Value1") This functionality is not
     * supported for directory buckets. */
    const char *tagging;
    /* ObjectLockMode: The Object Lock mode that you want to apply to this object.
     * This functionality is not supported for directory buckets. One of enum
     * awsc_s3_object_lock_mode's values (as its string). */
    const char *object_lock_mode;
    /* ObjectLockRetainUntilDate: The date and time when you want this object's
     * Object Lock to expire. Must be formatted as a timestamp parameter. This
     * functionality is not supported for directory buckets. */
    bool has_object_lock_retain_until_date;
    struct awsc_timestamp object_lock_retain_until_date;
    /* ObjectLockLegalHoldStatus: Specifies whether a legal hold will be applied to
     * this object. For more information about S3 Object Lock, see Object Lock in
     * the Amazon S3 User Guide . One of enum
     * awsc_s3_object_lock_legal_hold_status's values (as its string). */
    const char *object_lock_legal_hold_status;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * the object when you use the SDK. This header will not provide any additional
     * functionality if you don't use the SDK. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * the object when you use the SDK. This header will not provide any additional
     * functionality if you don't use the SDK. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* Tagging: Container for the TagSet and Tag elements Required. */
    struct awsc_s3_tagging *tagging;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
    /* RequestPayer: Confirms that the requester knows that she or he will be
     * charged for the tagging object request. Bucket owners need not specify this
     * parameter in their requests. One of enum awsc_s3_request_payer's values (as
     * its string). */
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
     * the object when you use the SDK. This header will not provide any additional
     * functionality if you don't use the SDK. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* PublicAccessBlockConfiguration: The PublicAccessBlock configuration that you
     * want to apply to this Amazon S3 bucket. You can enable the configuration
     * options in any combination. Required. */
    struct awsc_s3_public_access_block_configuration *public_access_block_configuration;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
 * The journal table record expiration settings for a journal table in an S3
 * Metadata configuration.
 */
struct awsc_s3_record_expiration {
    /* Expiration: Specifies whether journal table record expiration is enabled or
     * disabled. Required. One of enum awsc_s3_expiration_state's values (as its
     * string). */
    const char *expiration;
    /* Days: If you enable journal table record expiration, you can set the number
     * of days to retain your journal table records. Journal table records must be
     * retained for a minimum of 7 days. */
    bool has_days;
    int32_t days;
};

/*
 * The container for the records event.
 */
struct awsc_s3_records_event {
    /* Payload: The byte array of partial, one or more result records. S3 Select
     * doesn't guarantee that a record will be self-contained in one record frame. */
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

/* RenameObjectOutput */
struct awsc_s3_rename_object_output {
    char unused_; /* no members */
};

/* RenameObjectRequest */
struct awsc_s3_rename_object_input {
    /* Bucket: The bucket name of the directory bucket containing the object.
     * Required. */
    const char *bucket;
    /* Key: Key name of the object to rename. Required. */
    const char *key;
    /* RenameSource: Specifies the source for the rename operation. The value must
     * be URL encoded. Required. */
    const char *rename_source;
    /* DestinationIfMatch: Renames the object only if the ETag (entity tag) value
     * provided during the operation matches the ETag of the object in S3. The
     * If-Match header field makes the request method conditional on ETags. */
    const char *destination_if_match;
    /* DestinationIfNoneMatch: Renames the object only if the destination does not
     * already exist in the specified directory bucket. */
    const char *destination_if_none_match;
    /* DestinationIfModifiedSince: Renames the object if the destination exists and
     * if it has been modified since the specified time. */
    bool has_destination_if_modified_since;
    struct awsc_timestamp destination_if_modified_since;
    /* DestinationIfUnmodifiedSince: Renames the object if it hasn't been modified
     * since the specified time. */
    bool has_destination_if_unmodified_since;
    struct awsc_timestamp destination_if_unmodified_since;
    /* SourceIfMatch: Renames the object if the source exists and if its entity tag
     * (ETag) matches the specified ETag. */
    const char *source_if_match;
    /* SourceIfNoneMatch: Renames the object if the source exists and if its entity
     * tag (ETag) is different than the specified ETag. */
    const char *source_if_none_match;
    /* SourceIfModifiedSince: Renames the object if the source exists and if it has
     * been modified since the specified time. */
    bool has_source_if_modified_since;
    struct awsc_timestamp source_if_modified_since;
    /* SourceIfUnmodifiedSince: Renames the object if the source exists and hasn't
     * been modified since the specified time. */
    bool has_source_if_unmodified_since;
    struct awsc_timestamp source_if_unmodified_since;
    /* ClientToken: A unique string with a max of 64 ASCII characters in the ASCII
     * range of 33 - 126. RenameObject supports idempotency using a client token. */
    const char *client_token;
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
    /* ExistingObjectReplication: Optional configuration to replicate existing
     * source bucket objects. This parameter is no longer supported. */
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
    struct awsc_s3_replication_rule_and_operator *and_;
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
     * the object when you use the SDK. This header will not provide any additional
     * functionality if you don't use the SDK. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
    /* Type: Amazon S3 Select is no longer available to new customers. Existing
     * customers of Amazon S3 Select can continue to use the feature as usual.
     * Learn more Type of restore request. One of enum
     * awsc_s3_restore_request_type's values (as its string). */
    const char *type;
    /* Tier: Retrieval tier at which the restore will be processed. One of enum
     * awsc_s3_tier's values (as its string). */
    const char *tier;
    /* Description: The optional description for the job. */
    const char *description;
    /* SelectParameters: Amazon S3 Select is no longer available to new customers.
     * Existing customers of Amazon S3 Select can continue to use the feature as
     * usual. Learn more Describes the parameters for Select job types. */
    struct awsc_s3_select_parameters *select_parameters;
    /* OutputLocation: Describes the location where the restore job's output is
     * stored. */
    struct awsc_s3_output_location *output_location;
};

/*
 * Specifies the restoration status of an object. Objects in certain storage
 * classes must be restored before they can be retrieved. For more information
 * about these storage classes and how to work with archived objects, see
 * Working with archived objects in the Amazon S3 User Guide .
 */
struct awsc_s3_restore_status {
    /* IsRestoreInProgress: Specifies whether the object is currently being
     * restored. If the object restoration is in progress, the header returns the
     * value TRUE . For example: */
    bool has_is_restore_in_progress;
    bool is_restore_in_progress;
    /* RestoreExpiryDate: Indicates when the restored copy will expire. This value
     * is populated only if the object has already been restored. For example: */
    bool has_restore_expiry_date;
    struct awsc_timestamp restore_expiry_date;
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
 * The destination information for a V1 S3 Metadata configuration. The
 * destination table bucket must be in the same Region and Amazon Web Services
 * account as the general purpose bucket.
 */
struct awsc_s3_s3_tables_destination {
    /* TableBucketArn: The Amazon Resource Name (ARN) for the table bucket that's
     * specified as the destination in the metadata table configuration. Required. */
    const char *table_bucket_arn;
    /* TableName: The name for the metadata table in your metadata table
     * configuration. The specified metadata table name must be unique within the
     * aws_s3_metadata namespace in the destination table bucket. Required. */
    const char *table_name;
};

/*
 * The destination information for a V1 S3 Metadata configuration. The
 * destination table bucket must be in the same Region and Amazon Web Services
 * account as the general purpose bucket.
 */
struct awsc_s3_s3_tables_destination_result {
    /* TableBucketArn: The Amazon Resource Name (ARN) for the table bucket that's
     * specified as the destination in the metadata table configuration. Required. */
    const char *table_bucket_arn;
    /* TableName: The name for the metadata table in your metadata table
     * configuration. The specified metadata table name must be unique within the
     * aws_s3_metadata namespace in the destination table bucket. Required. */
    const char *table_name;
    /* TableArn: The Amazon Resource Name (ARN) for the metadata table in the
     * metadata table configuration. Required. */
    const char *table_arn;
    /* TableNamespace: The table bucket namespace for the metadata table in your
     * metadata table configuration. This value is always aws_s3_metadata .
     * Required. */
    const char *table_namespace;
};

/*
 * Specifies the use of SSE-KMS to encrypt delivered inventory reports.
 */
struct awsc_s3_ssekms {
    /* KeyId: Specifies the ID of the Key Management Service (KMS) symmetric
     * encryption customer managed key to use for encrypting inventory reports.
     * Required. */
    const char *key_id;
};

/*
 * If SSEKMS is specified for ObjectEncryption , this data type specifies the
 * Amazon Web Services KMS key Amazon Resource Name (ARN) to use and whether to
 * use an S3 Bucket Key for server-side encryption using Key Management Service
 * (KMS) keys (SSE-KMS).
 */
struct awsc_s3_ssekms_encryption {
    /* KMSKeyArn: Specifies the Amazon Web Services KMS key Amazon Resource Name
     * (ARN) to use for the updated server-side encryption type. Required if
     * ObjectEncryption specifies SSEKMS . Required. */
    const char *kms_key_arn;
    /* BucketKeyEnabled: Specifies whether Amazon S3 should use an S3 Bucket Key
     * for object encryption with server-side encryption using Key Management
     * Service (KMS) keys (SSE-KMS). */
    bool has_bucket_key_enabled;
    bool bucket_key_enabled;
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
struct awsc_s3_select_object_content_event {
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
    /* Payload: The array of results.
     * Not filled: each event goes to the call's event callback as it arrives. */
    struct awsc_s3_select_object_content_event *payload;
};

/*
 * Learn Amazon S3 Select is no longer available to new customers. Existing
 * customers of Amazon S3 Select can continue to use the feature as usual.
 * Learn more Request to filter the contents of an Amazon S3 object based on a
 * simple Structured Query Language (SQL) statement.
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
    const char *expected_bucket_owner;
};

/*
 * Amazon S3 Select is no longer available to new customers. Existing customers
 * of Amazon S3 Select can continue to use the feature as usual. Learn more
 * Describes the parameters for Select job types.
 */
struct awsc_s3_select_parameters {
    /* InputSerialization: Describes the serialization format of the object.
     * Required. */
    struct awsc_s3_input_serialization *input_serialization;
    /* ExpressionType: The type of the provided expression (for example, SQL).
     * Required. One of enum awsc_s3_expression_type's values (as its string). */
    const char *expression_type;
    /* Expression: Amazon S3 Select is no longer available to new customers.
     * Existing customers of Amazon S3 Select can continue to use the feature as
     * usual. Learn more The expression that is used to query the object. Required. */
    const char *expression;
    /* OutputSerialization: Describes how the results of the Select job are
     * serialized. Required. */
    struct awsc_s3_output_serialization *output_serialization;
};

/*
 * Describes the default server-side encryption to apply to new objects in the
 * bucket. If a PUT Object request doesn't specify any server-side encryption,
 * this default encryption will be applied. For more information, see
 * PutBucketEncryption .
 */
struct awsc_s3_server_side_encryption_by_default {
    /* SSEAlgorithm: Server-side encryption algorithm to use for the default
     * encryption. For directory buckets, there are only two supported values for
     * server-side encryption: AES256 and aws:kms . Required. One of enum
     * awsc_s3_server_side_encryption's values (as its string). */
    const char *sse_algorithm;
    /* KMSMasterKeyID: Amazon Web Services Key Management Service (KMS) customer
     * managed key ID to use for the default encryption. */
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
 * Specifies the default server-side encryption configuration. General purpose
 * buckets - If you're specifying a customer managed KMS key, we recommend
 * using a fully qualified KMS key ARN. If you use a KMS key alias instead,
 * then KMS resolves the key within the requester’s account.
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
    /* BlockedEncryptionTypes: A bucket-level setting for Amazon S3 general purpose
     * buckets used to prevent the upload of new objects encrypted with the
     * specified server-side encryption type. */
    struct awsc_s3_blocked_encryption_types *blocked_encryption_types;
};

/*
 * The established temporary security credentials of the session. Directory
 * buckets - These session credentials are only supported for the
 * authentication and authorization of Zonal endpoint API operations on
 * directory buckets.
 */
struct awsc_s3_session_credentials {
    /* AccessKeyId: A unique identifier that's associated with a secret access key.
     * The access key ID and the secret access key are used together to sign
     * programmatic Amazon Web Services requests cryptographically. Required. */
    const char *access_key_id;
    /* SecretAccessKey: A key that's used with the access key ID to
     * cryptographically sign programmatic Amazon Web Services requests. Signing a
     * request identifies the sender and prevents the request from being altered.
     * Required. */
    const char *secret_access_key;
    /* SessionToken: A part of the temporary security credentials. The session
     * token is used to validate the temporary security credentials. Required. */
    const char *session_token;
    /* Expiration: Temporary security credentials expire after a specified
     * interval. After temporary credentials expire, any calls that you make with
     * those credentials will fail. Required. */
    bool has_expiration;
    struct awsc_timestamp expiration;
};

/*
 * To use simple format for S3 keys for log objects, set SimplePrefix to an
 * empty object.
 */
struct awsc_s3_simple_prefix {
    char unused_; /* no members */
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
 * Amazon S3 key format for log objects. Only one format, PartitionedPrefix or
 * SimplePrefix, is allowed.
 */
struct awsc_s3_target_object_key_format {
    /* SimplePrefix: To use the simple format for S3 keys for log objects. To
     * specify SimplePrefix format, set SimplePrefix to {}. */
    struct awsc_s3_simple_prefix *simple_prefix;
    /* PartitionedPrefix: Partitioned S3 key for log objects. */
    struct awsc_s3_partitioned_prefix *partitioned_prefix;
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
 * You have attempted to add more parts than the maximum of 10000 that are
 * allowed for this object. You can use the CopyObject operation to copy this
 * object to another and then add more data to the newly copied object.
 */
struct awsc_s3_too_many_parts {
    char unused_; /* no members */
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
     * transitioned to the specified storage class. The value can be 0 or any
     * positive integer. */
    bool has_days;
    int32_t days;
    /* StorageClass: The storage class to which you want the object to transition.
     * One of enum awsc_s3_transition_storage_class's values (as its string). */
    const char *storage_class;
};

/*
 * The annotation payload is not valid UTF-8 encoded text.
 */
struct awsc_s3_unsupported_media_type {
    char unused_; /* no members */
};

/* UpdateBucketMetadataAnnotationTableConfigurationRequest */
struct awsc_s3_update_bucket_metadata_annotation_table_configuration_input {
    /* Bucket: The name of the bucket whose annotation table configuration to
     * update. Required. */
    const char *bucket;
    /* ContentMD5: Base64-encoded MD5 digest of the message body. */
    const char *content_md5;
    /* ChecksumAlgorithm: Checksum algorithm for the request payload. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* AnnotationTableConfiguration: The annotation table configuration updates to
     * apply. Required. */
    struct awsc_s3_annotation_table_configuration_updates *annotation_table_configuration;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. */
    const char *expected_bucket_owner;
};

/* UpdateBucketMetadataInventoryTableConfigurationRequest */
struct awsc_s3_update_bucket_metadata_inventory_table_configuration_input {
    /* Bucket: The general purpose bucket that corresponds to the metadata
     * configuration that you want to enable or disable an inventory table for.
     * Required. */
    const char *bucket;
    /* ContentMD5: The Content-MD5 header for the inventory table configuration. */
    const char *content_md5;
    /* ChecksumAlgorithm: The checksum algorithm to use with your inventory table
     * configuration. One of enum awsc_s3_checksum_algorithm's values (as its
     * string). */
    const char *checksum_algorithm;
    /* InventoryTableConfiguration: The contents of your inventory table
     * configuration. Required. */
    struct awsc_s3_inventory_table_configuration_updates *inventory_table_configuration;
    /* ExpectedBucketOwner: The expected owner of the general purpose bucket that
     * corresponds to the metadata table configuration that you want to enable or
     * disable an inventory table for. */
    const char *expected_bucket_owner;
};

/* UpdateBucketMetadataJournalTableConfigurationRequest */
struct awsc_s3_update_bucket_metadata_journal_table_configuration_input {
    /* Bucket: The general purpose bucket that corresponds to the metadata
     * configuration that you want to enable or disable journal table record
     * expiration for. Required. */
    const char *bucket;
    /* ContentMD5: The Content-MD5 header for the journal table configuration. */
    const char *content_md5;
    /* ChecksumAlgorithm: The checksum algorithm to use with your journal table
     * configuration. One of enum awsc_s3_checksum_algorithm's values (as its
     * string). */
    const char *checksum_algorithm;
    /* JournalTableConfiguration: The contents of your journal table configuration.
     * Required. */
    struct awsc_s3_journal_table_configuration_updates *journal_table_configuration;
    /* ExpectedBucketOwner: The expected owner of the general purpose bucket that
     * corresponds to the metadata table configuration that you want to enable or
     * disable journal table record expiration for. */
    const char *expected_bucket_owner;
};

/* UpdateObjectEncryptionRequest */
struct awsc_s3_update_object_encryption_input {
    /* Bucket: The name of the general purpose bucket that contains the specified
     * object key name. Required. */
    const char *bucket;
    /* Key: The key name of the object that you want to update the server-side
     * encryption type for. Required. */
    const char *key;
    /* VersionId: The version ID of the object that you want to update the
     * server-side encryption type for. */
    const char *version_id;
    /* ObjectEncryption: The updated server-side encryption type for this object.
     * The UpdateObjectEncryption operation supports the SSE-S3 and SSE-KMS
     * encryption types. Required. */
    struct awsc_s3_object_encryption *object_encryption;
    /* RequestPayer:  One of enum awsc_s3_request_payer's values (as its string). */
    const char *request_payer;
    /* ExpectedBucketOwner: The account ID of the expected bucket owner. If the
     * account ID that you provide doesn't match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access denied). */
    const char *expected_bucket_owner;
    /* ContentMD5: The MD5 hash for the request body. For requests made using the
     * Amazon Web Services Command Line Interface (CLI) or Amazon Web Services
     * SDKs, this field is calculated automatically. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when you use an Amazon Web Services SDK. This header doesn't
     * provide any additional functionality if you don't use the SDK. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
};

/* UpdateObjectEncryptionResponse */
struct awsc_s3_update_object_encryption_output {
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
};

/* UploadPartCopyOutput */
struct awsc_s3_upload_part_copy_output {
    /* CopySourceVersionId: The version of the source object that was copied, if
     * you have enabled versioning on the source bucket. This functionality is not
     * supported when the source object is in a directory bucket. */
    const char *copy_source_version_id;
    /* CopyPartResult: Container for all response elements. */
    struct awsc_s3_copy_part_result *copy_part_result;
    /* ServerSideEncryption: The server-side encryption algorithm used when you
     * store this object in Amazon S3 or Amazon FSx. One of enum
     * awsc_s3_server_side_encryption's values (as its string). */
    const char *server_side_encryption;
    /* SSECustomerAlgorithm: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header to
     * confirm the encryption algorithm that's used. */
    const char *sse_customer_algorithm;
    /* SSECustomerKeyMD5: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header to
     * provide the round-trip message integrity verification of the ... */
    const char *sse_customer_key_md5;
    /* SSEKMSKeyId: If present, indicates the ID of the KMS key that was used for
     * object encryption. */
    const char *ssekms_key_id;
    /* BucketKeyEnabled: Indicates whether the multipart upload uses an S3 Bucket
     * Key for server-side encryption with Key Management Service (KMS) keys
     * (SSE-KMS). */
    bool has_bucket_key_enabled;
    bool bucket_key_enabled;
    /* RequestCharged:  One of enum awsc_s3_request_charged's values (as its
     * string). */
    const char *request_charged;
};

/* UploadPartCopyRequest */
struct awsc_s3_upload_part_copy_input {
    /* Bucket: The bucket name. Directory buckets - When you use this operation
     * with a directory bucket, you must use virtual-hosted-style requests in the
     * format Bucket-name .s3express- zone-id . Required. */
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
    /* SSECustomerAlgorithm: Specifies the algorithm to use when encrypting the
     * object (for example, AES256). This functionality is not supported when the
     * destination bucket is a directory bucket. */
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
     * decrypting the source object (for example, AES256 ). This functionality is
     * not supported when the source object is in a directory bucket. */
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
     * owner. If the account ID that you provide does not match the actual owner of
     * the destination bucket, the request fails with the HTTP status code 403 ... */
    const char *expected_bucket_owner;
    /* ExpectedSourceBucketOwner: The account ID of the expected source bucket
     * owner. If the account ID that you provide does not match the actual owner of
     * the source bucket, the request fails with the HTTP status code 403 Forbidden
     * ... */
    const char *expected_source_bucket_owner;
};

/* UploadPartOutput */
struct awsc_s3_upload_part_output {
    /* ServerSideEncryption: The server-side encryption algorithm used when you
     * store this object in Amazon S3 or Amazon FSx. One of enum
     * awsc_s3_server_side_encryption's values (as its string). */
    const char *server_side_encryption;
    /* ETag: Entity tag for the uploaded object. */
    const char *e_tag;
    /* ChecksumCRC32: The Base64 encoded, 32-bit CRC32 checksum of the part. This
     * will only be present if the checksum was provided in the request. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: The Base64 encoded, 32-bit CRC32C checksum of the part. This
     * will only be present if the checksum was provided in the request. */
    const char *checksum_crc32_c;
    /* ChecksumCRC64NVME: The Base64 encoded, 64-bit CRC64NVME checksum of the
     * part. This will only be present if the checksum was provided in the request. */
    const char *checksum_crc64_nvme;
    /* ChecksumSHA1: The Base64 encoded, 160-bit SHA1 checksum of the part. This
     * will only be present if the checksum was provided in the request. */
    const char *checksum_sha1;
    /* ChecksumSHA256: The Base64 encoded, 256-bit SHA256 checksum of the part.
     * This will only be present if the checksum was provided in the request. */
    const char *checksum_sha256;
    /* ChecksumSHA512: The Base64 encoded, 512-bit SHA512 checksum of the part.
     * This will only be present if the checksum was provided in the request. */
    const char *checksum_sha512;
    /* ChecksumMD5: The Base64 encoded, 128-bit MD5 checksum of the part. This will
     * only be present if the checksum was provided in the request. */
    const char *checksum_md5;
    /* ChecksumXXHASH64: The Base64 encoded, 64-bit XXHASH64 checksum of the part.
     * This will only be present if the checksum was provided in the request. */
    const char *checksum_xxhash64;
    /* ChecksumXXHASH3: The Base64 encoded, 64-bit XXHASH3 checksum of the part.
     * This will only be present if the checksum was provided in the request. */
    const char *checksum_xxhash3;
    /* ChecksumXXHASH128: The Base64 encoded, 128-bit XXHASH128 checksum of the
     * part. This will only be present if the checksum was provided in the request. */
    const char *checksum_xxhash128;
    /* SSECustomerAlgorithm: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header to
     * confirm the encryption algorithm that's used. */
    const char *sse_customer_algorithm;
    /* SSECustomerKeyMD5: If server-side encryption with a customer-provided
     * encryption key was requested, the response will include this header to
     * provide the round-trip message integrity verification of the ... */
    const char *sse_customer_key_md5;
    /* SSEKMSKeyId: If present, indicates the ID of the KMS key that was used for
     * object encryption. */
    const char *ssekms_key_id;
    /* BucketKeyEnabled: Indicates whether the multipart upload uses an S3 Bucket
     * Key for server-side encryption with Key Management Service (KMS) keys
     * (SSE-KMS). */
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
    /* ContentMD5: The Base64 encoded 128-bit MD5 digest of the part data. This
     * parameter is auto-populated when using the command from the CLI. This
     * parameter is required if object lock parameters are specified. */
    const char *content_md5;
    /* ChecksumAlgorithm: Indicates the algorithm used to create the checksum for
     * the object when you use the SDK. This header will not provide any additional
     * functionality if you don't use the SDK. One of enum
     * awsc_s3_checksum_algorithm's values (as its string). */
    const char *checksum_algorithm;
    /* ChecksumCRC32: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_crc32;
    /* ChecksumCRC32C: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_crc32_c;
    /* ChecksumCRC64NVME: This header can be used as a data integrity check to
     * verify that the data received is the same data that was originally sent. */
    const char *checksum_crc64_nvme;
    /* ChecksumSHA1: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_sha1;
    /* ChecksumSHA256: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_sha256;
    /* ChecksumSHA512: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_sha512;
    /* ChecksumMD5: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. This
     * header specifies the Base64 encoded, 128-bit MD5 digest of the part. */
    const char *checksum_md5;
    /* ChecksumXXHASH64: This header can be used as a data integrity check to
     * verify that the data received is the same data that was originally sent. */
    const char *checksum_xxhash64;
    /* ChecksumXXHASH3: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_xxhash3;
    /* ChecksumXXHASH128: This header can be used as a data integrity check to
     * verify that the data received is the same data that was originally sent. */
    const char *checksum_xxhash128;
    /* Key: Object key for which the multipart upload was initiated. Required. */
    const char *key;
    /* PartNumber: Part number of part being uploaded. This is a positive integer
     * between 1 and 10,000. Required. */
    bool has_part_number;
    int32_t part_number;
    /* UploadId: Upload ID identifying the multipart upload whose part is being
     * uploaded. Required. */
    const char *upload_id;
    /* SSECustomerAlgorithm: Specifies the algorithm to use when encrypting the
     * object (for example, AES256). This functionality is not supported for
     * directory buckets. */
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
     * account ID that you provide does not match the actual owner of the bucket,
     * the request fails with the HTTP status code 403 Forbidden (access ... */
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
     * GetObject request. The following is a list of status codes. */
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
    /* ChecksumCRC64NVME: This header can be used as a data integrity check to
     * verify that the data received is the same data that was originally sent. */
    const char *checksum_crc64_nvme;
    /* ChecksumSHA1: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_sha1;
    /* ChecksumSHA256: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_sha256;
    /* ChecksumSHA512: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_sha512;
    /* ChecksumMD5: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. This
     * header specifies the Base64 encoded, 128-bit MD5 digest of the part. */
    const char *checksum_md5;
    /* ChecksumXXHASH64: This header can be used as a data integrity check to
     * verify that the data received is the same data that was originally sent. */
    const char *checksum_xxhash64;
    /* ChecksumXXHASH3: This header can be used as a data integrity check to verify
     * that the data received is the same data that was originally sent. */
    const char *checksum_xxhash3;
    /* ChecksumXXHASH128: This header can be used as a data integrity check to
     * verify that the data received is the same data that was originally sent. */
    const char *checksum_xxhash128;
    /* DeleteMarker: Specifies whether an object stored in Amazon S3 is ( true ) or
     * is not ( false ) a delete marker. To learn more about delete markers, see
     * Working with delete markers . */
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
     * requested object in Amazon S3 or Amazon FSx. One of enum
     * awsc_s3_server_side_encryption's values (as its string). */
    const char *server_side_encryption;
    /* SSECustomerAlgorithm: Encryption algorithm used if server-side encryption
     * with a customer-provided encryption key was specified for object stored in
     * Amazon S3. */
    const char *sse_customer_algorithm;
    /* SSEKMSKeyId: If present, specifies the ID (Key ID, Key ARN, or Key Alias) of
     * the Amazon Web Services Key Management Service (Amazon Web Services KMS)
     * symmetric encryption customer managed key that was used for ... */
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

struct awsc_s3_metadata_map_entry {
    const char *key;
    const char *value;
};

/* ----------------------------------------------------------- operations */

/*
 * AbortMultipartUpload
 * This operation aborts a multipart upload. After a multipart upload is
 * aborted, no additional parts can be uploaded using that upload ID. The
 * storage consumed by any previously uploaded parts will be freed.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * Creates a copy of an object that is already stored in Amazon S3. End of
 * support notice: As of October 1, 2025, Amazon S3 has discontinued support
 * for Email Grantee Access Control Lists (ACLs).
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This action creates an Amazon S3 bucket. To create an Amazon S3 on Outposts
 * bucket, see CreateBucket . Creates a new S3 bucket. To create a bucket, you
 * must set up Amazon S3 and have a valid Amazon Web Services Access Key ID to
 * authenticate requests.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * CreateBucketMetadataConfiguration
 * Creates an S3 Metadata V2 metadata configuration for a general purpose
 * bucket. For more information, see Accelerating data discovery with S3
 * Metadata in the Amazon S3 User Guide . Permissions To use this operation,
 * you must have the following permissions.
 */
AWSC_API int awsc_s3_create_bucket_metadata_configuration(struct awsc_client *client,
                                                          const struct awsc_s3_create_bucket_metadata_configuration_input *input,
                                                          struct awsc_error *err);
typedef void awsc_s3_create_bucket_metadata_configuration_cb(void *user_data,
                                                             int status,
                                                             struct awsc_error *err);
AWSC_API int awsc_s3_create_bucket_metadata_configuration_async(struct awsc_client *client,
                                                                const struct awsc_s3_create_bucket_metadata_configuration_input *input,
                                                                awsc_s3_create_bucket_metadata_configuration_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);

/*
 * CreateBucketMetadataTableConfiguration
 * We recommend that you create your S3 Metadata configurations by using the V2
 * CreateBucketMetadataConfiguration API operation. We no longer recommend
 * using the V1 CreateBucketMetadataTableConfiguration API operation.
 */
AWSC_API int awsc_s3_create_bucket_metadata_table_configuration(struct awsc_client *client,
                                                                const struct awsc_s3_create_bucket_metadata_table_configuration_input *input,
                                                                struct awsc_error *err);
typedef void awsc_s3_create_bucket_metadata_table_configuration_cb(void *user_data,
                                                                   int status,
                                                                   struct awsc_error *err);
AWSC_API int awsc_s3_create_bucket_metadata_table_configuration_async(struct awsc_client *client,
                                                                      const struct awsc_s3_create_bucket_metadata_table_configuration_input *input,
                                                                      awsc_s3_create_bucket_metadata_table_configuration_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err);

/*
 * CreateMultipartUpload
 * End of support notice: As of October 1, 2025, Amazon S3 has discontinued
 * support for Email Grantee Access Control Lists (ACLs). If you attempt to use
 * an Email Grantee ACL in a request after October 1, 2025, the request will
 * receive an HTTP 405 (Method Not Allowed) error.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * CreateSession
 * Creates a session that establishes temporary security credentials to support
 * fast authentication and authorization for the Zonal endpoint API operations
 * on directory buckets.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_S3_ERR_NO_SUCH_BUCKET
 */
AWSC_API int awsc_s3_create_session(struct awsc_client *client,
                                    const struct awsc_s3_create_session_input *input,
                                    struct awsc_s3_create_session_output **output,
                                    struct awsc_error *err);
typedef void awsc_s3_create_session_cb(void *user_data,
                                       int status,
                                       struct awsc_s3_create_session_output *output,
                                       struct awsc_error *err);
AWSC_API int awsc_s3_create_session_async(struct awsc_client *client,
                                          const struct awsc_s3_create_session_input *input,
                                          awsc_s3_create_session_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err);

/*
 * DeleteBucket
 * Deletes the S3 bucket. All objects (including all object versions and delete
 * markers) in the bucket must be deleted before the bucket itself can be
 * deleted.
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
 * This operation is not supported for directory buckets. Deletes an analytics
 * configuration for the bucket (specified by the analytics configuration ID).
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
 * This operation is not supported for directory buckets. Deletes the cors
 * configuration information set for the bucket.
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
 * This implementation of the DELETE action resets the default encryption for
 * the bucket as server-side encryption with Amazon S3 managed keys (SSE-S3).
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
 * This operation is not supported for directory buckets. Deletes the S3
 * Intelligent-Tiering configuration from the specified bucket.
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
 * Deletes an S3 Inventory configuration (identified by the inventory ID) from
 * the bucket. Directory buckets - For directory buckets, you must make
 * requests for this API operation to the Regional endpoint. These endpoints
 * support path-style requests in the format https://s3express-control.
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
 * DeleteBucketMetadataConfiguration
 * Deletes an S3 Metadata configuration from a general purpose bucket. For more
 * information, see Accelerating data discovery with S3 Metadata in the Amazon
 * S3 User Guide . You can use the V2 DeleteBucketMetadataConfiguration API
 * operation with V1 or V2 metadata configurations.
 */
AWSC_API int awsc_s3_delete_bucket_metadata_configuration(struct awsc_client *client,
                                                          const struct awsc_s3_delete_bucket_metadata_configuration_input *input,
                                                          struct awsc_error *err);
typedef void awsc_s3_delete_bucket_metadata_configuration_cb(void *user_data,
                                                             int status,
                                                             struct awsc_error *err);
AWSC_API int awsc_s3_delete_bucket_metadata_configuration_async(struct awsc_client *client,
                                                                const struct awsc_s3_delete_bucket_metadata_configuration_input *input,
                                                                awsc_s3_delete_bucket_metadata_configuration_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);

/*
 * DeleteBucketMetadataTableConfiguration
 * We recommend that you delete your S3 Metadata configurations by using the V2
 * DeleteBucketMetadataTableConfiguration API operation. We no longer recommend
 * using the V1 DeleteBucketMetadataTableConfiguration API operation.
 */
AWSC_API int awsc_s3_delete_bucket_metadata_table_configuration(struct awsc_client *client,
                                                                const struct awsc_s3_delete_bucket_metadata_table_configuration_input *input,
                                                                struct awsc_error *err);
typedef void awsc_s3_delete_bucket_metadata_table_configuration_cb(void *user_data,
                                                                   int status,
                                                                   struct awsc_error *err);
AWSC_API int awsc_s3_delete_bucket_metadata_table_configuration_async(struct awsc_client *client,
                                                                      const struct awsc_s3_delete_bucket_metadata_table_configuration_input *input,
                                                                      awsc_s3_delete_bucket_metadata_table_configuration_cb *cb,
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
 * This operation is not supported for directory buckets. Removes
 * OwnershipControls for an Amazon S3 bucket. To use this operation, you must
 * have the s3:PutBucketOwnershipControls permission. For more information
 * about Amazon S3 permissions, see Specifying Permissions in a Policy .
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
 * Deletes the policy of a specified bucket. Directory buckets - For directory
 * buckets, you must make requests for this API operation to the Regional
 * endpoint. These endpoints support path-style requests in the format
 * https://s3express-control. region-code .amazonaws.com/ bucket-name .
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
 * This operation is not supported for directory buckets. Deletes the
 * replication configuration from the bucket.
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
 * This operation is not supported for directory buckets. Deletes tags from the
 * general purpose bucket if attribute based access control (ABAC) is not
 * enabled for the bucket.
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
 * This operation is not supported for directory buckets. This action removes
 * the website configuration for a bucket. Amazon S3 returns a 200 OK response
 * upon successfully deleting a website configuration on the specified bucket.
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
 * Removes an object from a bucket. The behavior depends on the bucket's
 * versioning state: If bucket versioning is not enabled, the operation
 * permanently deletes the object. If bucket versioning is enabled, the
 * operation inserts a delete marker, which becomes the current version of the
 * object.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * DeleteObjectAnnotation
 * Deletes a specific annotation from an Amazon S3 object. Use the
 * x-amz-object-if-match header to perform a conditional delete that only
 * succeeds if the object's ETag matches the provided value, preventing race
 * conditions during concurrent updates.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_S3_ERR_NO_SUCH_BUCKET, AWSC_S3_ERR_NO_SUCH_KEY
 */
AWSC_API int awsc_s3_delete_object_annotation(struct awsc_client *client,
                                              const struct awsc_s3_delete_object_annotation_input *input,
                                              struct awsc_s3_delete_object_annotation_output **output,
                                              struct awsc_error *err);
typedef void awsc_s3_delete_object_annotation_cb(void *user_data,
                                                 int status,
                                                 struct awsc_s3_delete_object_annotation_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_s3_delete_object_annotation_async(struct awsc_client *client,
                                                    const struct awsc_s3_delete_object_annotation_input *input,
                                                    awsc_s3_delete_object_annotation_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * DeleteObjectTagging
 * This operation is not supported for directory buckets. Removes the entire
 * tag set from the specified object. For more information about managing
 * object tags, see Object Tagging .
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation enables you to delete multiple objects from a bucket using a
 * single HTTP request. If you know the object keys that you want to delete,
 * then this operation provides a suitable alternative to sending individual
 * delete requests, reducing per-request overhead.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Removes the
 * PublicAccessBlock configuration for an Amazon S3 bucket. This operation
 * removes the bucket-level configuration only.
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
 * GetBucketAbac
 * Returns the attribute-based access control (ABAC) property of the general
 * purpose bucket. If ABAC is enabled on your bucket, you can use tags on the
 * bucket for access control. For more information, see Enabling ABAC in
 * general purpose buckets .
 * Output: valid, with all it points to, until awsc_output_free(output).
 */
AWSC_API int awsc_s3_get_bucket_abac(struct awsc_client *client,
                                     const struct awsc_s3_get_bucket_abac_input *input,
                                     struct awsc_s3_get_bucket_abac_output **output,
                                     struct awsc_error *err);
typedef void awsc_s3_get_bucket_abac_cb(void *user_data,
                                        int status,
                                        struct awsc_s3_get_bucket_abac_output *output,
                                        struct awsc_error *err);
AWSC_API int awsc_s3_get_bucket_abac_async(struct awsc_client *client,
                                           const struct awsc_s3_get_bucket_abac_input *input,
                                           awsc_s3_get_bucket_abac_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err);

/*
 * GetBucketAccelerateConfiguration
 * This operation is not supported for directory buckets. This implementation
 * of the GET action uses the accelerate subresource to return the Transfer
 * Acceleration state of a bucket, which is either Enabled or Suspended .
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. This implementation
 * of the GET action uses the acl subresource to return the access control list
 * (ACL) of a bucket. To use GET to return the ACL of the bucket, you must have
 * the READ_ACP access to the bucket.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. This implementation
 * of the GET action returns an analytics configuration (identified by the
 * analytics configuration ID) from the bucket.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Returns the
 * Cross-Origin Resource Sharing (CORS) configuration information set for the
 * bucket.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * Returns the default encryption configuration for an Amazon S3 bucket. By
 * default, all buckets have a default encryption configuration that uses
 * server-side encryption with Amazon S3 managed keys (SSE-S3). This operation
 * also returns the BucketKeyEnabled and BlockedEncryptionTypes statuses.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Gets the S3
 * Intelligent-Tiering configuration from the specified bucket.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * Returns an S3 Inventory configuration (identified by the inventory
 * configuration ID) from the bucket. Directory buckets - For directory
 * buckets, you must make requests for this API operation to the Regional
 * endpoint.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * compatibility. This operation is not supported for directory buckets.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * Returns the lifecycle configuration information set on the bucket. For
 * information about lifecycle configuration, see Object Lifecycle Management .
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * Using the GetBucketLocation operation is no longer a best practice. To
 * return the Region that a bucket resides in, we recommend that you use the
 * HeadBucket operation instead. For backward compatibility, Amazon S3
 * continues to support the GetBucketLocation operation.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Returns the logging
 * status of a bucket and the permissions users have to view and modify that
 * status.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * GetBucketMetadataConfiguration
 * Retrieves the S3 Metadata configuration for a general purpose bucket. For
 * more information, see Accelerating data discovery with S3 Metadata in the
 * Amazon S3 User Guide . You can use the V2 GetBucketMetadataConfiguration API
 * operation with V1 or V2 metadata configurations.
 * Output: valid, with all it points to, until awsc_output_free(output).
 */
AWSC_API int awsc_s3_get_bucket_metadata_configuration(struct awsc_client *client,
                                                       const struct awsc_s3_get_bucket_metadata_configuration_input *input,
                                                       struct awsc_s3_get_bucket_metadata_configuration_output **output,
                                                       struct awsc_error *err);
typedef void awsc_s3_get_bucket_metadata_configuration_cb(void *user_data,
                                                          int status,
                                                          struct awsc_s3_get_bucket_metadata_configuration_output *output,
                                                          struct awsc_error *err);
AWSC_API int awsc_s3_get_bucket_metadata_configuration_async(struct awsc_client *client,
                                                             const struct awsc_s3_get_bucket_metadata_configuration_input *input,
                                                             awsc_s3_get_bucket_metadata_configuration_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);

/*
 * GetBucketMetadataTableConfiguration
 * We recommend that you retrieve your S3 Metadata configurations by using the
 * V2 GetBucketMetadataTableConfiguration API operation. We no longer recommend
 * using the V1 GetBucketMetadataTableConfiguration API operation.
 * Output: valid, with all it points to, until awsc_output_free(output).
 */
AWSC_API int awsc_s3_get_bucket_metadata_table_configuration(struct awsc_client *client,
                                                             const struct awsc_s3_get_bucket_metadata_table_configuration_input *input,
                                                             struct awsc_s3_get_bucket_metadata_table_configuration_output **output,
                                                             struct awsc_error *err);
typedef void awsc_s3_get_bucket_metadata_table_configuration_cb(void *user_data,
                                                                int status,
                                                                struct awsc_s3_get_bucket_metadata_table_configuration_output *output,
                                                                struct awsc_error *err);
AWSC_API int awsc_s3_get_bucket_metadata_table_configuration_async(struct awsc_client *client,
                                                                   const struct awsc_s3_get_bucket_metadata_table_configuration_input *input,
                                                                   awsc_s3_get_bucket_metadata_table_configuration_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);

/*
 * GetBucketMetricsConfiguration
 * Gets a metrics configuration (specified by the metrics configuration ID)
 * from the bucket. Note that this doesn't include the daily storage metrics.
 * Directory buckets - For directory buckets, you must make requests for this
 * API operation to the Regional endpoint.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. No longer used, see
 * GetBucketNotificationConfiguration .
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Returns the
 * notification configuration of a bucket.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Retrieves
 * OwnershipControls for an Amazon S3 bucket. To use this operation, you must
 * have the s3:GetBucketOwnershipControls permission. For more information
 * about Amazon S3 permissions, see Specifying permissions in a policy .
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * Returns the policy of a specified bucket. Directory buckets - For directory
 * buckets, you must make requests for this API operation to the Regional
 * endpoint. These endpoints support path-style requests in the format
 * https://s3express-control. region-code .amazonaws.com/ bucket-name .
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Retrieves the policy
 * status for an Amazon S3 bucket, indicating whether the bucket is public. In
 * order to use this operation, you must have the s3:GetBucketPolicyStatus
 * permission.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Returns the
 * replication configuration of a bucket. It can take a while to propagate the
 * put or delete a replication configuration to all Amazon S3 systems.
 * Therefore, a get request soon after put or delete can return a wrong result.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Returns the request
 * payment configuration of a bucket. To use this version of the operation, you
 * must be the bucket owner. For more information, see Requester Pays Buckets .
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Returns the tag set
 * associated with the general purpose bucket.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Returns the
 * versioning state of a bucket.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Returns the website
 * configuration for a bucket. To host website on Amazon S3, you can configure
 * a bucket as website by adding a website configuration. For more information
 * about hosting websites, see Hosting Websites on Amazon S3 .
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * Retrieves an object from Amazon S3. In the GetObject request, specify the
 * full key name for the object. General purpose buckets - Both the
 * virtual-hosted-style requests and the path-style requests are supported.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Returns the access
 * control list (ACL) of an object. To use this operation, you must have
 * s3:GetObjectAcl permissions or READ_ACP access to the object.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * GetObjectAnnotation
 * Retrieves an annotation from an Amazon S3 object. To use this operation, you
 * must have the s3:GetObjectAnnotation permission.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_S3_ERR_NO_SUCH_ANNOTATION, AWSC_S3_ERR_NO_SUCH_BUCKET,
 *   AWSC_S3_ERR_NO_SUCH_KEY
 */
AWSC_API int awsc_s3_get_object_annotation(struct awsc_client *client,
                                           const struct awsc_s3_get_object_annotation_input *input,
                                           struct awsc_s3_get_object_annotation_output **output,
                                           struct awsc_error *err);
typedef void awsc_s3_get_object_annotation_cb(void *user_data,
                                              int status,
                                              struct awsc_s3_get_object_annotation_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_s3_get_object_annotation_async(struct awsc_client *client,
                                                 const struct awsc_s3_get_object_annotation_input *input,
                                                 awsc_s3_get_object_annotation_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * GetObjectAttributes
 * Retrieves all of the metadata from an object without returning the object
 * itself. This operation is useful if you're interested only in an object's
 * metadata.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Gets an object's
 * current legal hold status. For more information, see Locking Objects .
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Gets the Object Lock
 * configuration for a bucket. The rule specified in the Object Lock
 * configuration will be applied by default to every new object placed in the
 * specified bucket. For more information, see Locking Objects .
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Retrieves an object's
 * retention settings. For more information, see Locking Objects .
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Returns the tag-set
 * of an object. You send the GET request against the tagging subresource
 * associated with the object.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Returns torrent files
 * from a bucket. BitTorrent can save you bandwidth when you're distributing
 * large files.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Retrieves the
 * PublicAccessBlock configuration for an Amazon S3 bucket. This operation
 * returns the bucket-level configuration only.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * You can use this operation to determine if a bucket exists and if you have
 * permission to access it. The action returns a 200 OK HTTP status code if the
 * bucket exists and you have permission to access it.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_S3_ERR_NO_SUCH_BUCKET
 */
AWSC_API int awsc_s3_head_bucket(struct awsc_client *client,
                                 const struct awsc_s3_head_bucket_input *input,
                                 struct awsc_s3_head_bucket_output **output,
                                 struct awsc_error *err);
typedef void awsc_s3_head_bucket_cb(void *user_data,
                                    int status,
                                    struct awsc_s3_head_bucket_output *output,
                                    struct awsc_error *err);
AWSC_API int awsc_s3_head_bucket_async(struct awsc_client *client,
                                       const struct awsc_s3_head_bucket_input *input,
                                       awsc_s3_head_bucket_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err);

/*
 * HeadObject
 * The HEAD operation retrieves metadata from an object without returning the
 * object itself. This operation is useful if you're interested only in an
 * object's metadata. A HEAD request has the same options as a GET operation on
 * an object.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Lists the analytics
 * configurations for the bucket. You can have up to 1,000 analytics
 * configurations per bucket.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Lists the S3
 * Intelligent-Tiering configuration from the specified bucket.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * Returns a list of S3 Inventory configurations for the bucket. You can have
 * up to 1,000 inventory configurations per bucket.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Returns a list of all
 * buckets owned by the authenticated sender of the request. To grant IAM
 * permission to use this operation, you must add the s3:ListAllMyBuckets
 * policy action.
 * Output: valid, with all it points to, until awsc_output_free(output).
 */
AWSC_API int awsc_s3_list_buckets(struct awsc_client *client,
                                  const struct awsc_s3_list_buckets_input *input,
                                  struct awsc_s3_list_buckets_output **output,
                                  struct awsc_error *err);
typedef void awsc_s3_list_buckets_cb(void *user_data,
                                     int status,
                                     struct awsc_s3_list_buckets_output *output,
                                     struct awsc_error *err);
AWSC_API int awsc_s3_list_buckets_async(struct awsc_client *client,
                                        const struct awsc_s3_list_buckets_input *input,
                                        awsc_s3_list_buckets_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err);

/*
 * ListDirectoryBuckets
 * Returns a list of all Amazon S3 directory buckets owned by the authenticated
 * sender of the request. For more information about directory buckets, see
 * Directory buckets in the Amazon S3 User Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 */
AWSC_API int awsc_s3_list_directory_buckets(struct awsc_client *client,
                                            const struct awsc_s3_list_directory_buckets_input *input,
                                            struct awsc_s3_list_directory_buckets_output **output,
                                            struct awsc_error *err);
typedef void awsc_s3_list_directory_buckets_cb(void *user_data,
                                               int status,
                                               struct awsc_s3_list_directory_buckets_output *output,
                                               struct awsc_error *err);
AWSC_API int awsc_s3_list_directory_buckets_async(struct awsc_client *client,
                                                  const struct awsc_s3_list_directory_buckets_input *input,
                                                  awsc_s3_list_directory_buckets_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * ListMultipartUploads
 * This operation lists in-progress multipart uploads in a bucket. An
 * in-progress multipart upload is a multipart upload that has been initiated
 * by the CreateMultipartUpload request, but has not yet been completed or
 * aborted.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * ListObjectAnnotations
 * Lists the annotations attached to an Amazon S3 object. Results are
 * paginated, with a maximum of 1,000 annotations per object. Use the
 * AnnotationPrefix parameter to filter the results by name prefix.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_S3_ERR_INVALID_PREFIX, AWSC_S3_ERR_NO_SUCH_BUCKET,
 *   AWSC_S3_ERR_NO_SUCH_KEY
 */
AWSC_API int awsc_s3_list_object_annotations(struct awsc_client *client,
                                             const struct awsc_s3_list_object_annotations_input *input,
                                             struct awsc_s3_list_object_annotations_output **output,
                                             struct awsc_error *err);
typedef void awsc_s3_list_object_annotations_cb(void *user_data,
                                                int status,
                                                struct awsc_s3_list_object_annotations_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_s3_list_object_annotations_async(struct awsc_client *client,
                                                   const struct awsc_s3_list_object_annotations_input *input,
                                                   awsc_s3_list_object_annotations_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * ListObjectVersions
 * This operation is not supported for directory buckets. Returns metadata
 * about all versions of the objects in a bucket. You can also use request
 * parameters as selection criteria to return metadata about a subset of all
 * the object versions.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Returns some or all
 * (up to 1,000) of the objects in a bucket. You can use the request parameters
 * as selection criteria to return a subset of the objects in a bucket. A 200
 * OK response can contain valid or invalid XML.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * PutBucketAbac
 * Sets the attribute-based access control (ABAC) property of the general
 * purpose bucket. You must have s3:PutBucketABAC permission to perform this
 * action. When you enable ABAC, you can use tags for access control on your
 * buckets.
 */
AWSC_API int awsc_s3_put_bucket_abac(struct awsc_client *client,
                                     const struct awsc_s3_put_bucket_abac_input *input,
                                     struct awsc_error *err);
typedef void awsc_s3_put_bucket_abac_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_s3_put_bucket_abac_async(struct awsc_client *client,
                                           const struct awsc_s3_put_bucket_abac_input *input,
                                           awsc_s3_put_bucket_abac_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err);

/*
 * PutBucketAccelerateConfiguration
 * This operation is not supported for directory buckets. Sets the accelerate
 * configuration of an existing bucket. Amazon S3 Transfer Acceleration is a
 * bucket-level feature that enables you to perform faster data transfers to
 * Amazon S3.
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
 * End of support notice: As of October 1, 2025, Amazon S3 has discontinued
 * support for Email Grantee Access Control Lists (ACLs). If you attempt to use
 * an Email Grantee ACL in a request after October 1, 2025, the request will
 * receive an HTTP 405 (Method Not Allowed) error.
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
 * This operation is not supported for directory buckets. Sets an analytics
 * configuration for the bucket (specified by the analytics configuration ID).
 * You can have up to 1,000 analytics configurations per bucket.
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
 * This operation is not supported for directory buckets. Sets the cors
 * configuration for your bucket. If the configuration exists, Amazon S3
 * replaces it.
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
 * This operation configures default encryption and Amazon S3 Bucket Keys for
 * an existing bucket. You can also block encryption types using this
 * operation. Directory buckets - For directory buckets, you must make requests
 * for this API operation to the Regional endpoint.
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
 * This operation is not supported for directory buckets. Puts a S3
 * Intelligent-Tiering configuration to the specified bucket. You can have up
 * to 1,000 S3 Intelligent-Tiering configurations per bucket.
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
 * This implementation of the PUT action adds an S3 Inventory configuration
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
 * This operation is not supported for directory buckets. For an updated
 * version of this API, see PutBucketLifecycleConfiguration . This version has
 * been deprecated. Existing lifecycle configurations will work. For new
 * lifecycle configurations, use the updated API.
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
 * Output: valid, with all it points to, until awsc_output_free(output).
 */
AWSC_API int awsc_s3_put_bucket_lifecycle_configuration(struct awsc_client *client,
                                                        const struct awsc_s3_put_bucket_lifecycle_configuration_input *input,
                                                        struct awsc_s3_put_bucket_lifecycle_configuration_output **output,
                                                        struct awsc_error *err);
typedef void awsc_s3_put_bucket_lifecycle_configuration_cb(void *user_data,
                                                           int status,
                                                           struct awsc_s3_put_bucket_lifecycle_configuration_output *output,
                                                           struct awsc_error *err);
AWSC_API int awsc_s3_put_bucket_lifecycle_configuration_async(struct awsc_client *client,
                                                              const struct awsc_s3_put_bucket_lifecycle_configuration_input *input,
                                                              awsc_s3_put_bucket_lifecycle_configuration_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);

/*
 * PutBucketLogging
 * End of support notice: As of October 1, 2025, Amazon S3 has discontinued
 * support for Email Grantee Access Control Lists (ACLs). If you attempt to use
 * an Email Grantee ACL in a request after October 1, 2025, the request will
 * receive an HTTP 405 (Method Not Allowed) error.
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
 * This operation is not supported for directory buckets. No longer used, see
 * the PutBucketNotificationConfiguration operation.
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
 * This operation is not supported for directory buckets. Enables notifications
 * of specified events for a bucket. For more information about event
 * notifications, see Configuring Event Notifications .
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
 * This operation is not supported for directory buckets. Creates or modifies
 * OwnershipControls for an Amazon S3 bucket. To use this operation, you must
 * have the s3:PutBucketOwnershipControls permission. For more information
 * about Amazon S3 permissions, see Specifying permissions in a policy .
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
 * Applies an Amazon S3 bucket policy to an Amazon S3 bucket. Directory buckets
 * - For directory buckets, you must make requests for this API operation to
 * the Regional endpoint. These endpoints support path-style requests in the
 * format https://s3express-control.
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
 * This operation is not supported for directory buckets. Creates a replication
 * configuration or replaces an existing one. For more information, see
 * Replication in the Amazon S3 User Guide .
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
 * This operation is not supported for directory buckets. Sets the request
 * payment configuration for a bucket. By default, the bucket owner pays for
 * downloads from the bucket.
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
 * This operation is not supported for directory buckets. Sets the tags for a
 * general purpose bucket if attribute based access control (ABAC) is not
 * enabled for the bucket.
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
 * This operation is not supported for directory buckets. When you enable
 * versioning on a bucket for the first time, it might take a short amount of
 * time for the change to be fully propagated.
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
 * This operation is not supported for directory buckets. Sets the
 * configuration of the website that is specified in the website subresource.
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
 * End of support notice: As of October 1, 2025, Amazon S3 has discontinued
 * support for Email Grantee Access Control Lists (ACLs). If you attempt to use
 * an Email Grantee ACL in a request after October 1, 2025, the request will
 * receive an HTTP 405 (Method Not Allowed) error.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_S3_ERR_ENCRYPTION_TYPE_MISMATCH, AWSC_S3_ERR_INVALID_REQUEST,
 *   AWSC_S3_ERR_INVALID_WRITE_OFFSET, AWSC_S3_ERR_TOO_MANY_PARTS
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
 * End of support notice: As of October 1, 2025, Amazon S3 has discontinued
 * support for Email Grantee Access Control Lists (ACLs). If you attempt to use
 * an Email Grantee ACL in a request after October 1, 2025, the request will
 * receive an HTTP 405 (Method Not Allowed) error.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * PutObjectAnnotation
 * Attaches an annotation to an Amazon S3 object. An annotation is a named
 * payload of 1 byte to 1 MiB that you can associate with a specific object or
 * object version. Each object can have up to 1,000 annotations.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_S3_ERR_ANNOTATION_LIMIT_EXCEEDED,
 *   AWSC_S3_ERR_ANNOTATION_NAME_TOO_LONG,
 *   AWSC_S3_ERR_INVALID_ANNOTATION_NAME, AWSC_S3_ERR_INVALID_REQUEST,
 *   AWSC_S3_ERR_NO_SUCH_BUCKET, AWSC_S3_ERR_NO_SUCH_KEY,
 *   AWSC_S3_ERR_UNSUPPORTED_MEDIA_TYPE
 */
AWSC_API int awsc_s3_put_object_annotation(struct awsc_client *client,
                                           const struct awsc_s3_put_object_annotation_input *input,
                                           struct awsc_s3_put_object_annotation_output **output,
                                           struct awsc_error *err);
typedef void awsc_s3_put_object_annotation_cb(void *user_data,
                                              int status,
                                              struct awsc_s3_put_object_annotation_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_s3_put_object_annotation_async(struct awsc_client *client,
                                                 const struct awsc_s3_put_object_annotation_input *input,
                                                 awsc_s3_put_object_annotation_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * PutObjectLegalHold
 * This operation is not supported for directory buckets. Applies a legal hold
 * configuration to the specified object. For more information, see Locking
 * Objects .
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Places an Object Lock
 * configuration on the specified bucket. The rule specified in the Object Lock
 * configuration will be applied by default to every new object placed in the
 * specified bucket. For more information, see Locking Objects .
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Places an Object
 * Retention configuration on an object. For more information, see Locking
 * Objects . Users or accounts require the s3:PutObjectRetention permission in
 * order to place an Object Retention configuration on objects.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Sets the supplied
 * tag-set to an object that already exists in a bucket. A tag is a key-value
 * pair. For more information, see Object Tagging .
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Creates or modifies
 * the PublicAccessBlock configuration for an Amazon S3 bucket. To use this
 * operation, you must have the s3:PutBucketPublicAccessBlock permission.
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
 * RenameObject
 * Renames an existing object in a directory bucket that uses the S3 Express
 * One Zone storage class. You can use RenameObject by specifying an existing
 * object’s name as the source and the new name of the object as the
 * destination within the same directory bucket.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_S3_ERR_IDEMPOTENCY_PARAMETER_MISMATCH
 */
AWSC_API int awsc_s3_rename_object(struct awsc_client *client,
                                   const struct awsc_s3_rename_object_input *input,
                                   struct awsc_s3_rename_object_output **output,
                                   struct awsc_error *err);
typedef void awsc_s3_rename_object_cb(void *user_data,
                                      int status,
                                      struct awsc_s3_rename_object_output *output,
                                      struct awsc_error *err);
AWSC_API int awsc_s3_rename_object_async(struct awsc_client *client,
                                         const struct awsc_s3_rename_object_input *input,
                                         awsc_s3_rename_object_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err);

/*
 * RestoreObject
 * This operation is not supported for directory buckets. Restores an archived
 * copy of an object back into Amazon S3
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. This action filters
 * the contents of an Amazon S3 object based on a simple structured query
 * language (SQL) statement.
 * Output: valid, with all it points to, until awsc_output_free(output).
 *
 * The response is an event stream: on_event is called with each event as
 * it arrives (the member of its type set; valid until on_event returns,
 * which returns non-zero to stop the stream). The call ends when the
 * stream does; the output holds the response's other members. See
 * <awsc/eventstream.h>.
 */
typedef int awsc_s3_select_object_content_event_cb(void *user_data,
                                                   const struct awsc_s3_select_object_content_event *event);
AWSC_API int awsc_s3_select_object_content(struct awsc_client *client,
                                           const struct awsc_s3_select_object_content_input *input,
                                           awsc_s3_select_object_content_event_cb *on_event,
                                           void *user_data,
                                           struct awsc_s3_select_object_content_output **output,
                                           struct awsc_error *err);
typedef void awsc_s3_select_object_content_cb(void *user_data,
                                              int status,
                                              struct awsc_s3_select_object_content_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_s3_select_object_content_async(struct awsc_client *client,
                                                 const struct awsc_s3_select_object_content_input *input,
                                                 awsc_s3_select_object_content_event_cb *on_event,
                                                 awsc_s3_select_object_content_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * UpdateBucketMetadataAnnotationTableConfiguration
 * Updates the annotation table configuration for an Amazon S3 bucket's
 * metadata configuration. Use this operation to enable or disable the
 * annotation table, or to update its associated IAM role.
 */
AWSC_API int awsc_s3_update_bucket_metadata_annotation_table_configuration(struct awsc_client *client,
                                                                           const struct awsc_s3_update_bucket_metadata_annotation_table_configuration_input *input,
                                                                           struct awsc_error *err);
typedef void awsc_s3_update_bucket_metadata_annotation_table_configuration_cb(void *user_data,
                                                                              int status,
                                                                              struct awsc_error *err);
AWSC_API int awsc_s3_update_bucket_metadata_annotation_table_configuration_async(struct awsc_client *client,
                                                                                 const struct awsc_s3_update_bucket_metadata_annotation_table_configuration_input *input,
                                                                                 awsc_s3_update_bucket_metadata_annotation_table_configuration_cb *cb,
                                                                                 void *user_data,
                                                                                 struct awsc_error *err);

/*
 * UpdateBucketMetadataInventoryTableConfiguration
 * Enables or disables a live inventory table for an S3 Metadata configuration
 * on a general purpose bucket. For more information, see Accelerating data
 * discovery with S3 Metadata in the Amazon S3 User Guide . Permissions To use
 * this operation, you must have the following permissions.
 */
AWSC_API int awsc_s3_update_bucket_metadata_inventory_table_configuration(struct awsc_client *client,
                                                                          const struct awsc_s3_update_bucket_metadata_inventory_table_configuration_input *input,
                                                                          struct awsc_error *err);
typedef void awsc_s3_update_bucket_metadata_inventory_table_configuration_cb(void *user_data,
                                                                             int status,
                                                                             struct awsc_error *err);
AWSC_API int awsc_s3_update_bucket_metadata_inventory_table_configuration_async(struct awsc_client *client,
                                                                                const struct awsc_s3_update_bucket_metadata_inventory_table_configuration_input *input,
                                                                                awsc_s3_update_bucket_metadata_inventory_table_configuration_cb *cb,
                                                                                void *user_data,
                                                                                struct awsc_error *err);

/*
 * UpdateBucketMetadataJournalTableConfiguration
 * Enables or disables journal table record expiration for an S3 Metadata
 * configuration on a general purpose bucket. For more information, see
 * Accelerating data discovery with S3 Metadata in the Amazon S3 User Guide .
 */
AWSC_API int awsc_s3_update_bucket_metadata_journal_table_configuration(struct awsc_client *client,
                                                                        const struct awsc_s3_update_bucket_metadata_journal_table_configuration_input *input,
                                                                        struct awsc_error *err);
typedef void awsc_s3_update_bucket_metadata_journal_table_configuration_cb(void *user_data,
                                                                           int status,
                                                                           struct awsc_error *err);
AWSC_API int awsc_s3_update_bucket_metadata_journal_table_configuration_async(struct awsc_client *client,
                                                                              const struct awsc_s3_update_bucket_metadata_journal_table_configuration_input *input,
                                                                              awsc_s3_update_bucket_metadata_journal_table_configuration_cb *cb,
                                                                              void *user_data,
                                                                              struct awsc_error *err);

/*
 * UpdateObjectEncryption
 * This operation is not supported for directory buckets or Amazon S3 on
 * Outposts buckets. Updates the server-side encryption type of an existing
 * encrypted object in a general purpose bucket.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_S3_ERR_ACCESS_DENIED, AWSC_S3_ERR_INVALID_REQUEST,
 *   AWSC_S3_ERR_NO_SUCH_KEY
 */
AWSC_API int awsc_s3_update_object_encryption(struct awsc_client *client,
                                              const struct awsc_s3_update_object_encryption_input *input,
                                              struct awsc_s3_update_object_encryption_output **output,
                                              struct awsc_error *err);
typedef void awsc_s3_update_object_encryption_cb(void *user_data,
                                                 int status,
                                                 struct awsc_s3_update_object_encryption_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_s3_update_object_encryption_async(struct awsc_client *client,
                                                    const struct awsc_s3_update_object_encryption_input *input,
                                                    awsc_s3_update_object_encryption_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * UploadPart
 * Uploads a part in a multipart upload. In this operation, you provide new
 * data as a part of an object in your request. However, you have an option to
 * specify your existing Amazon S3 object as a data source for the part you are
 * uploading.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * Uploads a part by copying data from an existing object as data source. To
 * specify the data source, you add the request header x-amz-copy-source in
 * your request. To specify a byte range, you add the request header
 * x-amz-copy-source-range in your request.
 * Output: valid, with all it points to, until awsc_output_free(output).
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
 * This operation is not supported for directory buckets. Passes transformed
 * objects to a GetObject operation when using Object Lambda access points. For
 * information about Object Lambda access points, see Transforming objects with
 * Object Lambda access points in the Amazon S3 User Guide .
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

#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
/* The paginators and waiters of S3, the JMESPath expressions they
 * evaluate and their names: a part of the service's tables object
 * (s3_tables.c). */
struct awsc__s3_pagers {
#if AWSC_WITH_PAGINATORS
    struct awsc_paginator paginators[8];
    uint16_t input_tokens[10];
    awsc_ref expr_refs[44];
#endif
#if AWSC_WITH_WAITERS
    struct awsc_waiter waiters[4];
    struct awsc_waiter_acceptor acceptors[8];
#endif
    struct awsc_jmespath exprs[42];
    struct awsc_jmespath_node nodes[48];
    char strings[580];
};
#endif

/* ----------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

/* The paginators, sorted by operation name: awsc_s3_service's. Each
 * one's functions work as awsc_pager_*() of <awsc/paginate.h> do:
 * _paginate() makes a pager (awsc_pager_destroy() frees it), _next_page()
 * hands out pages (free each with awsc_output_free(); NULL at the end),
 * _next_item() the elements of the first result key (valid until the
 * pager's next call, or longer with awsc_pager_retain_page(); NULL at the
 * end), _collect() every remaining page merged into one. */

/* ListBuckets: tokens ContinuationToken; results Buckets. */
AWSC_API int awsc_s3_list_buckets_paginate(struct awsc_client *client,
                                           const struct awsc_s3_list_buckets_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err);
AWSC_API int awsc_s3_list_buckets_next_page(struct awsc_pager *pager,
                                            struct awsc_s3_list_buckets_output **page,
                                            struct awsc_error *err);
AWSC_API int awsc_s3_list_buckets_next_page_async(struct awsc_pager *pager,
                                                  awsc_s3_list_buckets_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);
typedef void awsc_s3_list_buckets_item_cb(void *user_data,
                                          int status,
                                          const struct awsc_s3_bucket *item,
                                          struct awsc_error *err);
AWSC_API int awsc_s3_list_buckets_next_item(struct awsc_pager *pager,
                                            const struct awsc_s3_bucket **item,
                                            struct awsc_error *err);
AWSC_API int awsc_s3_list_buckets_next_item_async(struct awsc_pager *pager,
                                                  awsc_s3_list_buckets_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);
AWSC_API int awsc_s3_list_buckets_collect(struct awsc_pager *pager,
                                          struct awsc_s3_list_buckets_output **output,
                                          struct awsc_error *err);

/* ListDirectoryBuckets: tokens ContinuationToken; results Buckets. */
AWSC_API int awsc_s3_list_directory_buckets_paginate(struct awsc_client *client,
                                                     const struct awsc_s3_list_directory_buckets_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err);
AWSC_API int awsc_s3_list_directory_buckets_next_page(struct awsc_pager *pager,
                                                      struct awsc_s3_list_directory_buckets_output **page,
                                                      struct awsc_error *err);
AWSC_API int awsc_s3_list_directory_buckets_next_page_async(struct awsc_pager *pager,
                                                            awsc_s3_list_directory_buckets_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);
typedef void awsc_s3_list_directory_buckets_item_cb(void *user_data,
                                                    int status,
                                                    const struct awsc_s3_bucket *item,
                                                    struct awsc_error *err);
AWSC_API int awsc_s3_list_directory_buckets_next_item(struct awsc_pager *pager,
                                                      const struct awsc_s3_bucket **item,
                                                      struct awsc_error *err);
AWSC_API int awsc_s3_list_directory_buckets_next_item_async(struct awsc_pager *pager,
                                                            awsc_s3_list_directory_buckets_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);
AWSC_API int awsc_s3_list_directory_buckets_collect(struct awsc_pager *pager,
                                                    struct awsc_s3_list_directory_buckets_output **output,
                                                    struct awsc_error *err);

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

/* ListObjectAnnotations: tokens ContinuationToken; results Annotations. */
AWSC_API int awsc_s3_list_object_annotations_paginate(struct awsc_client *client,
                                                      const struct awsc_s3_list_object_annotations_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err);
AWSC_API int awsc_s3_list_object_annotations_next_page(struct awsc_pager *pager,
                                                       struct awsc_s3_list_object_annotations_output **page,
                                                       struct awsc_error *err);
AWSC_API int awsc_s3_list_object_annotations_next_page_async(struct awsc_pager *pager,
                                                             awsc_s3_list_object_annotations_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);
typedef void awsc_s3_list_object_annotations_item_cb(void *user_data,
                                                     int status,
                                                     const struct awsc_s3_annotation_entry *item,
                                                     struct awsc_error *err);
AWSC_API int awsc_s3_list_object_annotations_next_item(struct awsc_pager *pager,
                                                       const struct awsc_s3_annotation_entry **item,
                                                       struct awsc_error *err);
AWSC_API int awsc_s3_list_object_annotations_next_item_async(struct awsc_pager *pager,
                                                             awsc_s3_list_object_annotations_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);
AWSC_API int awsc_s3_list_object_annotations_collect(struct awsc_pager *pager,
                                                     struct awsc_s3_list_object_annotations_output **output,
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
#endif /* AWSC_WITH_PAGINATORS */

/* -------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

/* The waiters, sorted by name: awsc_s3_service's. Each calls
 * its operation until an acceptor ends the wait (see <awsc/wait.h>);
 * options may be NULL for the model's delay and attempts. */

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
#endif /* AWSC_WITH_WAITERS */

/* --------------------------------------------------------------- errors */

#define AWSC_S3_ERR_ACCESS_DENIED "AccessDenied"
#define AWSC_S3_ERR_ANNOTATION_LIMIT_EXCEEDED "AnnotationLimitExceeded"
#define AWSC_S3_ERR_ANNOTATION_NAME_TOO_LONG "AnnotationNameTooLong"
#define AWSC_S3_ERR_BUCKET_ALREADY_EXISTS "BucketAlreadyExists"
#define AWSC_S3_ERR_BUCKET_ALREADY_OWNED_BY_YOU "BucketAlreadyOwnedByYou"
#define AWSC_S3_ERR_ENCRYPTION_TYPE_MISMATCH "EncryptionTypeMismatch"
#define AWSC_S3_ERR_IDEMPOTENCY_PARAMETER_MISMATCH "IdempotencyParameterMismatch"
#define AWSC_S3_ERR_INVALID_ANNOTATION_NAME "InvalidAnnotationName"
#define AWSC_S3_ERR_INVALID_OBJECT_STATE "InvalidObjectState"
#define AWSC_S3_ERR_INVALID_PREFIX "InvalidPrefix"
#define AWSC_S3_ERR_INVALID_REQUEST "InvalidRequest"
#define AWSC_S3_ERR_INVALID_WRITE_OFFSET "InvalidWriteOffset"
#define AWSC_S3_ERR_NO_SUCH_ANNOTATION "NoSuchAnnotation"
#define AWSC_S3_ERR_NO_SUCH_BUCKET "NoSuchBucket"
#define AWSC_S3_ERR_NO_SUCH_KEY "NoSuchKey"
#define AWSC_S3_ERR_NO_SUCH_UPLOAD "NoSuchUpload"
#define AWSC_S3_ERR_OBJECT_ALREADY_IN_ACTIVE_TIER_ERROR "ObjectAlreadyInActiveTierError"
#define AWSC_S3_ERR_OBJECT_NOT_IN_ACTIVE_TIER_ERROR "ObjectNotInActiveTierError"
#define AWSC_S3_ERR_TOO_MANY_PARTS "TooManyParts"
#define AWSC_S3_ERR_UNSUPPORTED_MEDIA_TYPE "UnsupportedMediaType"

#ifdef __cplusplus
}
#endif
#endif
