/*
 * s3_shapes.c - shape descriptors of S3.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/s3.h>
#include <awsc/shape.h>

/* List and map types all share the layouts of awsc_list_view and
 * awsc_map_view, which the codecs rely on. */
_Static_assert(offsetof(struct awsc_s3_event_list, count) == offsetof(struct awsc_list_view, count), "EventList");
_Static_assert(offsetof(struct awsc_s3_analytics_configuration_list, count) == offsetof(struct awsc_list_view, count), "AnalyticsConfigurationList");
_Static_assert(offsetof(struct awsc_s3_annotation_list, count) == offsetof(struct awsc_list_view, count), "AnnotationList");
_Static_assert(offsetof(struct awsc_s3_buckets, count) == offsetof(struct awsc_list_view, count), "Buckets");
_Static_assert(offsetof(struct awsc_s3_cors_rules, count) == offsetof(struct awsc_list_view, count), "CORSRules");
_Static_assert(offsetof(struct awsc_s3_common_prefix_list, count) == offsetof(struct awsc_list_view, count), "CommonPrefixList");
_Static_assert(offsetof(struct awsc_s3_completed_part_list, count) == offsetof(struct awsc_list_view, count), "CompletedPartList");
_Static_assert(offsetof(struct awsc_s3_delete_markers, count) == offsetof(struct awsc_list_view, count), "DeleteMarkers");
_Static_assert(offsetof(struct awsc_s3_deleted_objects, count) == offsetof(struct awsc_list_view, count), "DeletedObjects");
_Static_assert(offsetof(struct awsc_s3_errors, count) == offsetof(struct awsc_list_view, count), "Errors");
_Static_assert(offsetof(struct awsc_s3_filter_rule_list, count) == offsetof(struct awsc_list_view, count), "FilterRuleList");
_Static_assert(offsetof(struct awsc_s3_grants, count) == offsetof(struct awsc_list_view, count), "Grants");
_Static_assert(offsetof(struct awsc_s3_intelligent_tiering_configuration_list, count) == offsetof(struct awsc_list_view, count), "IntelligentTieringConfigurationList");
_Static_assert(offsetof(struct awsc_s3_inventory_configuration_list, count) == offsetof(struct awsc_list_view, count), "InventoryConfigurationList");
_Static_assert(offsetof(struct awsc_s3_lambda_function_configuration_list, count) == offsetof(struct awsc_list_view, count), "LambdaFunctionConfigurationList");
_Static_assert(offsetof(struct awsc_s3_lifecycle_rules, count) == offsetof(struct awsc_list_view, count), "LifecycleRules");
_Static_assert(offsetof(struct awsc_s3_metrics_configuration_list, count) == offsetof(struct awsc_list_view, count), "MetricsConfigurationList");
_Static_assert(offsetof(struct awsc_s3_multipart_upload_list, count) == offsetof(struct awsc_list_view, count), "MultipartUploadList");
_Static_assert(offsetof(struct awsc_s3_noncurrent_version_transition_list, count) == offsetof(struct awsc_list_view, count), "NoncurrentVersionTransitionList");
_Static_assert(offsetof(struct awsc_s3_object_identifier_list, count) == offsetof(struct awsc_list_view, count), "ObjectIdentifierList");
_Static_assert(offsetof(struct awsc_s3_object_list, count) == offsetof(struct awsc_list_view, count), "ObjectList");
_Static_assert(offsetof(struct awsc_s3_object_version_list, count) == offsetof(struct awsc_list_view, count), "ObjectVersionList");
_Static_assert(offsetof(struct awsc_s3_ownership_controls_rules, count) == offsetof(struct awsc_list_view, count), "OwnershipControlsRules");
_Static_assert(offsetof(struct awsc_s3_parts, count) == offsetof(struct awsc_list_view, count), "Parts");
_Static_assert(offsetof(struct awsc_s3_parts_list, count) == offsetof(struct awsc_list_view, count), "PartsList");
_Static_assert(offsetof(struct awsc_s3_queue_configuration_list, count) == offsetof(struct awsc_list_view, count), "QueueConfigurationList");
_Static_assert(offsetof(struct awsc_s3_replication_rules, count) == offsetof(struct awsc_list_view, count), "ReplicationRules");
_Static_assert(offsetof(struct awsc_s3_routing_rules, count) == offsetof(struct awsc_list_view, count), "RoutingRules");
_Static_assert(offsetof(struct awsc_s3_rules, count) == offsetof(struct awsc_list_view, count), "Rules");
_Static_assert(offsetof(struct awsc_s3_server_side_encryption_rules, count) == offsetof(struct awsc_list_view, count), "ServerSideEncryptionRules");
_Static_assert(offsetof(struct awsc_s3_tag_set, count) == offsetof(struct awsc_list_view, count), "TagSet");
_Static_assert(offsetof(struct awsc_s3_target_grants, count) == offsetof(struct awsc_list_view, count), "TargetGrants");
_Static_assert(offsetof(struct awsc_s3_tiering_list, count) == offsetof(struct awsc_list_view, count), "TieringList");
_Static_assert(offsetof(struct awsc_s3_topic_configuration_list, count) == offsetof(struct awsc_list_view, count), "TopicConfigurationList");
_Static_assert(offsetof(struct awsc_s3_transition_list, count) == offsetof(struct awsc_list_view, count), "TransitionList");
_Static_assert(offsetof(struct awsc_s3_user_metadata, count) == offsetof(struct awsc_list_view, count), "UserMetadata");
_Static_assert(offsetof(struct awsc_s3_metadata, count) == offsetof(struct awsc_map_view, count), "Metadata");

static const struct awsc_shape s_AbacStatus;
static const struct awsc_shape s_AbortDate;
static const struct awsc_shape s_AbortIncompleteMultipartUpload;
extern const struct awsc_shape awsc__s3_AbortMultipartUploadOutput;
extern const struct awsc_shape awsc__s3_AbortMultipartUploadRequest;
static const struct awsc_shape s_AbortRuleId;
static const struct awsc_shape s_AccelerateConfiguration;
static const struct awsc_shape s_AcceptRanges;
static const struct awsc_shape s_AccessControlPolicy;
static const struct awsc_shape s_AccessControlTranslation;
extern const struct awsc_shape awsc__s3_AccessDenied;
static const struct awsc_shape s_AccessKeyIdValue;
static const struct awsc_shape s_AccessPointAlias;
static const struct awsc_shape s_AccessPointArn;
static const struct awsc_shape s_AccountId;
static const struct awsc_shape s_AllowQuotedRecordDelimiter;
static const struct awsc_shape s_AllowedHeader;
static const struct awsc_shape s_AllowedHeaders;
static const struct awsc_shape s_AllowedMethod;
static const struct awsc_shape s_AllowedMethods;
static const struct awsc_shape s_AllowedOrigin;
static const struct awsc_shape s_AllowedOrigins;
static const struct awsc_shape s_AnalyticsAndOperator;
static const struct awsc_shape s_AnalyticsConfiguration;
static const struct awsc_shape s_AnalyticsConfigurationList;
static const struct awsc_shape s_AnalyticsExportDestination;
static const struct awsc_shape s_AnalyticsFilter;
static const struct awsc_shape s_AnalyticsId;
static const struct awsc_shape s_AnalyticsS3BucketDestination;
static const struct awsc_shape s_AnalyticsS3ExportFileFormat;
static const struct awsc_shape s_AnnotationConfigurationState;
static const struct awsc_shape s_AnnotationCount;
static const struct awsc_shape s_AnnotationDirective;
static const struct awsc_shape s_AnnotationEntry;
extern const struct awsc_shape awsc__s3_AnnotationLimitExceeded;
static const struct awsc_shape s_AnnotationList;
static const struct awsc_shape s_AnnotationName;
extern const struct awsc_shape awsc__s3_AnnotationNameTooLong;
static const struct awsc_shape s_AnnotationPayload;
static const struct awsc_shape s_AnnotationPrefix;
static const struct awsc_shape s_AnnotationTableConfiguration;
static const struct awsc_shape s_AnnotationTableConfigurationResult;
static const struct awsc_shape s_AnnotationTableConfigurationUpdates;
static const struct awsc_shape s_ArchiveStatus;
static const struct awsc_shape s_BlockedEncryptionTypes;
static const struct awsc_shape s_Body;
static const struct awsc_shape s_Bucket;
static const struct awsc_shape s_BucketAbacStatus;
static const struct awsc_shape s_BucketAccelerateStatus;
extern const struct awsc_shape awsc__s3_BucketAlreadyExists;
extern const struct awsc_shape awsc__s3_BucketAlreadyOwnedByYou;
static const struct awsc_shape s_BucketCannedACL;
static const struct awsc_shape s_BucketInfo;
static const struct awsc_shape s_BucketKeyEnabled;
static const struct awsc_shape s_BucketLifecycleConfiguration;
static const struct awsc_shape s_BucketLocationConstraint;
static const struct awsc_shape s_BucketLocationName;
static const struct awsc_shape s_BucketLoggingStatus;
static const struct awsc_shape s_BucketLogsPermission;
static const struct awsc_shape s_BucketName;
static const struct awsc_shape s_BucketNamespace;
static const struct awsc_shape s_BucketRegion;
static const struct awsc_shape s_BucketType;
static const struct awsc_shape s_BucketVersioningStatus;
static const struct awsc_shape s_Buckets;
static const struct awsc_shape s_BypassGovernanceRetention;
static const struct awsc_shape s_BytesProcessed;
static const struct awsc_shape s_BytesReturned;
static const struct awsc_shape s_BytesScanned;
static const struct awsc_shape s_CORSConfiguration;
static const struct awsc_shape s_CORSRule;
static const struct awsc_shape s_CORSRules;
static const struct awsc_shape s_CSVInput;
static const struct awsc_shape s_CSVOutput;
static const struct awsc_shape s_CacheControl;
static const struct awsc_shape s_Checksum;
static const struct awsc_shape s_ChecksumAlgorithm;
static const struct awsc_shape s_ChecksumAlgorithmList;
static const struct awsc_shape s_ChecksumCRC32;
static const struct awsc_shape s_ChecksumCRC32C;
static const struct awsc_shape s_ChecksumCRC64NVME;
static const struct awsc_shape s_ChecksumMD5;
static const struct awsc_shape s_ChecksumMode;
static const struct awsc_shape s_ChecksumSHA1;
static const struct awsc_shape s_ChecksumSHA256;
static const struct awsc_shape s_ChecksumSHA512;
static const struct awsc_shape s_ChecksumType;
static const struct awsc_shape s_ChecksumXXHASH128;
static const struct awsc_shape s_ChecksumXXHASH3;
static const struct awsc_shape s_ChecksumXXHASH64;
static const struct awsc_shape s_ClientToken;
static const struct awsc_shape s_CloudFunction;
static const struct awsc_shape s_CloudFunctionConfiguration;
static const struct awsc_shape s_CloudFunctionInvocationRole;
static const struct awsc_shape s_Code;
static const struct awsc_shape s_Comments;
static const struct awsc_shape s_CommonPrefix;
static const struct awsc_shape s_CommonPrefixList;
extern const struct awsc_shape awsc__s3_CompleteMultipartUploadOutput;
extern const struct awsc_shape awsc__s3_CompleteMultipartUploadRequest;
static const struct awsc_shape s_CompletedMultipartUpload;
static const struct awsc_shape s_CompletedPart;
static const struct awsc_shape s_CompletedPartList;
static const struct awsc_shape s_CompressionType;
static const struct awsc_shape s_Condition;
static const struct awsc_shape s_ConfirmRemoveSelfBucketAccess;
static const struct awsc_shape s_ContentDisposition;
static const struct awsc_shape s_ContentEncoding;
static const struct awsc_shape s_ContentLanguage;
static const struct awsc_shape s_ContentLength;
static const struct awsc_shape s_ContentMD5;
static const struct awsc_shape s_ContentRange;
static const struct awsc_shape s_ContentType;
static const struct awsc_shape s_ContinuationEvent;
extern const struct awsc_shape awsc__s3_CopyObjectOutput;
extern const struct awsc_shape awsc__s3_CopyObjectRequest;
static const struct awsc_shape s_CopyObjectResult;
static const struct awsc_shape s_CopyPartResult;
static const struct awsc_shape s_CopySource;
static const struct awsc_shape s_CopySourceIfMatch;
static const struct awsc_shape s_CopySourceIfModifiedSince;
static const struct awsc_shape s_CopySourceIfNoneMatch;
static const struct awsc_shape s_CopySourceIfUnmodifiedSince;
static const struct awsc_shape s_CopySourceRange;
static const struct awsc_shape s_CopySourceSSECustomerAlgorithm;
static const struct awsc_shape s_CopySourceSSECustomerKey;
static const struct awsc_shape s_CopySourceSSECustomerKeyMD5;
static const struct awsc_shape s_CopySourceVersionId;
static const struct awsc_shape s_CreateBucketConfiguration;
extern const struct awsc_shape awsc__s3_CreateBucketMetadataConfigurationRequest;
extern const struct awsc_shape awsc__s3_CreateBucketMetadataTableConfigurationRequest;
extern const struct awsc_shape awsc__s3_CreateBucketOutput;
extern const struct awsc_shape awsc__s3_CreateBucketRequest;
extern const struct awsc_shape awsc__s3_CreateMultipartUploadOutput;
extern const struct awsc_shape awsc__s3_CreateMultipartUploadRequest;
extern const struct awsc_shape awsc__s3_CreateSessionOutput;
extern const struct awsc_shape awsc__s3_CreateSessionRequest;
static const struct awsc_shape s_CreationDate;
static const struct awsc_shape s_DataRedundancy;
static const struct awsc_shape s_Date;
static const struct awsc_shape s_Days;
static const struct awsc_shape s_DaysAfterInitiation;
static const struct awsc_shape s_DefaultRetention;
static const struct awsc_shape s_Delete;
extern const struct awsc_shape awsc__s3_DeleteBucketAnalyticsConfigurationRequest;
extern const struct awsc_shape awsc__s3_DeleteBucketCorsRequest;
extern const struct awsc_shape awsc__s3_DeleteBucketEncryptionRequest;
extern const struct awsc_shape awsc__s3_DeleteBucketIntelligentTieringConfigurationRequest;
extern const struct awsc_shape awsc__s3_DeleteBucketInventoryConfigurationRequest;
extern const struct awsc_shape awsc__s3_DeleteBucketLifecycleRequest;
extern const struct awsc_shape awsc__s3_DeleteBucketMetadataConfigurationRequest;
extern const struct awsc_shape awsc__s3_DeleteBucketMetadataTableConfigurationRequest;
extern const struct awsc_shape awsc__s3_DeleteBucketMetricsConfigurationRequest;
extern const struct awsc_shape awsc__s3_DeleteBucketOwnershipControlsRequest;
extern const struct awsc_shape awsc__s3_DeleteBucketPolicyRequest;
extern const struct awsc_shape awsc__s3_DeleteBucketReplicationRequest;
extern const struct awsc_shape awsc__s3_DeleteBucketRequest;
extern const struct awsc_shape awsc__s3_DeleteBucketTaggingRequest;
extern const struct awsc_shape awsc__s3_DeleteBucketWebsiteRequest;
static const struct awsc_shape s_DeleteMarker;
static const struct awsc_shape s_DeleteMarkerEntry;
static const struct awsc_shape s_DeleteMarkerReplication;
static const struct awsc_shape s_DeleteMarkerReplicationStatus;
static const struct awsc_shape s_DeleteMarkerVersionId;
static const struct awsc_shape s_DeleteMarkers;
extern const struct awsc_shape awsc__s3_DeleteObjectAnnotationOutput;
extern const struct awsc_shape awsc__s3_DeleteObjectAnnotationRequest;
extern const struct awsc_shape awsc__s3_DeleteObjectOutput;
extern const struct awsc_shape awsc__s3_DeleteObjectRequest;
extern const struct awsc_shape awsc__s3_DeleteObjectTaggingOutput;
extern const struct awsc_shape awsc__s3_DeleteObjectTaggingRequest;
extern const struct awsc_shape awsc__s3_DeleteObjectsOutput;
extern const struct awsc_shape awsc__s3_DeleteObjectsRequest;
extern const struct awsc_shape awsc__s3_DeletePublicAccessBlockRequest;
static const struct awsc_shape s_DeletedObject;
static const struct awsc_shape s_DeletedObjects;
static const struct awsc_shape s_Delimiter;
static const struct awsc_shape s_Description;
static const struct awsc_shape s_Destination;
static const struct awsc_shape s_DestinationResult;
static const struct awsc_shape s_DirectoryBucketToken;
static const struct awsc_shape s_DisplayName;
static const struct awsc_shape s_ETag;
static const struct awsc_shape s_EmailAddress;
static const struct awsc_shape s_EnableRequestProgress;
static const struct awsc_shape s_EncodingType;
static const struct awsc_shape s_Encryption;
static const struct awsc_shape s_EncryptionConfiguration;
static const struct awsc_shape s_EncryptionType;
static const struct awsc_shape s_EncryptionTypeList;
extern const struct awsc_shape awsc__s3_EncryptionTypeMismatch;
static const struct awsc_shape s_End;
static const struct awsc_shape s_EndEvent;
static const struct awsc_shape s_Error;
static const struct awsc_shape s_ErrorCode;
static const struct awsc_shape s_ErrorDetails;
static const struct awsc_shape s_ErrorDocument;
static const struct awsc_shape s_ErrorMessage;
static const struct awsc_shape s_Errors;
static const struct awsc_shape s_Event;
static const struct awsc_shape s_EventBridgeConfiguration;
static const struct awsc_shape s_EventList;
static const struct awsc_shape s_ExistingObjectReplication;
static const struct awsc_shape s_ExistingObjectReplicationStatus;
static const struct awsc_shape s_Expiration;
static const struct awsc_shape s_ExpirationState;
static const struct awsc_shape s_ExpirationStatus;
static const struct awsc_shape s_ExpiredObjectDeleteMarker;
static const struct awsc_shape s_Expires;
static const struct awsc_shape s_ExposeHeader;
static const struct awsc_shape s_ExposeHeaders;
static const struct awsc_shape s_Expression;
static const struct awsc_shape s_ExpressionType;
static const struct awsc_shape s_FetchOwner;
static const struct awsc_shape s_FieldDelimiter;
static const struct awsc_shape s_FileHeaderInfo;
static const struct awsc_shape s_FilterRule;
static const struct awsc_shape s_FilterRuleList;
static const struct awsc_shape s_FilterRuleName;
static const struct awsc_shape s_FilterRuleValue;
extern const struct awsc_shape awsc__s3_GetBucketAbacOutput;
extern const struct awsc_shape awsc__s3_GetBucketAbacRequest;
extern const struct awsc_shape awsc__s3_GetBucketAccelerateConfigurationOutput;
extern const struct awsc_shape awsc__s3_GetBucketAccelerateConfigurationRequest;
extern const struct awsc_shape awsc__s3_GetBucketAclOutput;
extern const struct awsc_shape awsc__s3_GetBucketAclRequest;
extern const struct awsc_shape awsc__s3_GetBucketAnalyticsConfigurationOutput;
extern const struct awsc_shape awsc__s3_GetBucketAnalyticsConfigurationRequest;
extern const struct awsc_shape awsc__s3_GetBucketCorsOutput;
extern const struct awsc_shape awsc__s3_GetBucketCorsRequest;
extern const struct awsc_shape awsc__s3_GetBucketEncryptionOutput;
extern const struct awsc_shape awsc__s3_GetBucketEncryptionRequest;
extern const struct awsc_shape awsc__s3_GetBucketIntelligentTieringConfigurationOutput;
extern const struct awsc_shape awsc__s3_GetBucketIntelligentTieringConfigurationRequest;
extern const struct awsc_shape awsc__s3_GetBucketInventoryConfigurationOutput;
extern const struct awsc_shape awsc__s3_GetBucketInventoryConfigurationRequest;
extern const struct awsc_shape awsc__s3_GetBucketLifecycleConfigurationOutput;
extern const struct awsc_shape awsc__s3_GetBucketLifecycleConfigurationRequest;
extern const struct awsc_shape awsc__s3_GetBucketLifecycleOutput;
extern const struct awsc_shape awsc__s3_GetBucketLifecycleRequest;
extern const struct awsc_shape awsc__s3_GetBucketLocationOutput;
extern const struct awsc_shape awsc__s3_GetBucketLocationRequest;
extern const struct awsc_shape awsc__s3_GetBucketLoggingOutput;
extern const struct awsc_shape awsc__s3_GetBucketLoggingRequest;
extern const struct awsc_shape awsc__s3_GetBucketMetadataConfigurationOutput;
extern const struct awsc_shape awsc__s3_GetBucketMetadataConfigurationRequest;
static const struct awsc_shape s_GetBucketMetadataConfigurationResult;
extern const struct awsc_shape awsc__s3_GetBucketMetadataTableConfigurationOutput;
extern const struct awsc_shape awsc__s3_GetBucketMetadataTableConfigurationRequest;
static const struct awsc_shape s_GetBucketMetadataTableConfigurationResult;
extern const struct awsc_shape awsc__s3_GetBucketMetricsConfigurationOutput;
extern const struct awsc_shape awsc__s3_GetBucketMetricsConfigurationRequest;
extern const struct awsc_shape awsc__s3_GetBucketNotificationConfigurationRequest;
extern const struct awsc_shape awsc__s3_GetBucketOwnershipControlsOutput;
extern const struct awsc_shape awsc__s3_GetBucketOwnershipControlsRequest;
extern const struct awsc_shape awsc__s3_GetBucketPolicyOutput;
extern const struct awsc_shape awsc__s3_GetBucketPolicyRequest;
extern const struct awsc_shape awsc__s3_GetBucketPolicyStatusOutput;
extern const struct awsc_shape awsc__s3_GetBucketPolicyStatusRequest;
extern const struct awsc_shape awsc__s3_GetBucketReplicationOutput;
extern const struct awsc_shape awsc__s3_GetBucketReplicationRequest;
extern const struct awsc_shape awsc__s3_GetBucketRequestPaymentOutput;
extern const struct awsc_shape awsc__s3_GetBucketRequestPaymentRequest;
extern const struct awsc_shape awsc__s3_GetBucketTaggingOutput;
extern const struct awsc_shape awsc__s3_GetBucketTaggingRequest;
extern const struct awsc_shape awsc__s3_GetBucketVersioningOutput;
extern const struct awsc_shape awsc__s3_GetBucketVersioningRequest;
extern const struct awsc_shape awsc__s3_GetBucketWebsiteOutput;
extern const struct awsc_shape awsc__s3_GetBucketWebsiteRequest;
extern const struct awsc_shape awsc__s3_GetObjectAclOutput;
extern const struct awsc_shape awsc__s3_GetObjectAclRequest;
extern const struct awsc_shape awsc__s3_GetObjectAnnotationOutput;
extern const struct awsc_shape awsc__s3_GetObjectAnnotationRequest;
extern const struct awsc_shape awsc__s3_GetObjectAttributesOutput;
static const struct awsc_shape s_GetObjectAttributesParts;
extern const struct awsc_shape awsc__s3_GetObjectAttributesRequest;
extern const struct awsc_shape awsc__s3_GetObjectLegalHoldOutput;
extern const struct awsc_shape awsc__s3_GetObjectLegalHoldRequest;
extern const struct awsc_shape awsc__s3_GetObjectLockConfigurationOutput;
extern const struct awsc_shape awsc__s3_GetObjectLockConfigurationRequest;
extern const struct awsc_shape awsc__s3_GetObjectOutput;
extern const struct awsc_shape awsc__s3_GetObjectRequest;
static const struct awsc_shape s_GetObjectResponseStatusCode;
extern const struct awsc_shape awsc__s3_GetObjectRetentionOutput;
extern const struct awsc_shape awsc__s3_GetObjectRetentionRequest;
extern const struct awsc_shape awsc__s3_GetObjectTaggingOutput;
extern const struct awsc_shape awsc__s3_GetObjectTaggingRequest;
extern const struct awsc_shape awsc__s3_GetObjectTorrentOutput;
extern const struct awsc_shape awsc__s3_GetObjectTorrentRequest;
extern const struct awsc_shape awsc__s3_GetPublicAccessBlockOutput;
extern const struct awsc_shape awsc__s3_GetPublicAccessBlockRequest;
static const struct awsc_shape s_GlacierJobParameters;
static const struct awsc_shape s_Grant;
static const struct awsc_shape s_GrantFullControl;
static const struct awsc_shape s_GrantRead;
static const struct awsc_shape s_GrantReadACP;
static const struct awsc_shape s_GrantWrite;
static const struct awsc_shape s_GrantWriteACP;
static const struct awsc_shape s_Grantee;
static const struct awsc_shape s_Grants;
extern const struct awsc_shape awsc__s3_HeadBucketOutput;
extern const struct awsc_shape awsc__s3_HeadBucketRequest;
extern const struct awsc_shape awsc__s3_HeadObjectOutput;
extern const struct awsc_shape awsc__s3_HeadObjectRequest;
static const struct awsc_shape s_HostName;
static const struct awsc_shape s_HttpErrorCodeReturnedEquals;
static const struct awsc_shape s_HttpRedirectCode;
static const struct awsc_shape s_ID;
extern const struct awsc_shape awsc__s3_IdempotencyParameterMismatch;
static const struct awsc_shape s_IfMatch;
static const struct awsc_shape s_IfMatchInitiatedTime;
static const struct awsc_shape s_IfMatchLastModifiedTime;
static const struct awsc_shape s_IfMatchSize;
static const struct awsc_shape s_IfModifiedSince;
static const struct awsc_shape s_IfNoneMatch;
static const struct awsc_shape s_IfUnmodifiedSince;
static const struct awsc_shape s_IndexDocument;
static const struct awsc_shape s_Initiated;
static const struct awsc_shape s_Initiator;
static const struct awsc_shape s_InputSerialization;
static const struct awsc_shape s_IntelligentTieringAccessTier;
static const struct awsc_shape s_IntelligentTieringAndOperator;
static const struct awsc_shape s_IntelligentTieringConfiguration;
static const struct awsc_shape s_IntelligentTieringConfigurationList;
static const struct awsc_shape s_IntelligentTieringDays;
static const struct awsc_shape s_IntelligentTieringFilter;
static const struct awsc_shape s_IntelligentTieringId;
static const struct awsc_shape s_IntelligentTieringStatus;
extern const struct awsc_shape awsc__s3_InvalidAnnotationName;
extern const struct awsc_shape awsc__s3_InvalidObjectState;
extern const struct awsc_shape awsc__s3_InvalidPrefix;
extern const struct awsc_shape awsc__s3_InvalidRequest;
extern const struct awsc_shape awsc__s3_InvalidWriteOffset;
static const struct awsc_shape s_InventoryConfiguration;
static const struct awsc_shape s_InventoryConfigurationList;
static const struct awsc_shape s_InventoryConfigurationState;
static const struct awsc_shape s_InventoryDestination;
static const struct awsc_shape s_InventoryEncryption;
static const struct awsc_shape s_InventoryFilter;
static const struct awsc_shape s_InventoryFormat;
static const struct awsc_shape s_InventoryFrequency;
static const struct awsc_shape s_InventoryId;
static const struct awsc_shape s_InventoryIncludedObjectVersions;
static const struct awsc_shape s_InventoryOptionalField;
static const struct awsc_shape s_InventoryOptionalFields;
static const struct awsc_shape s_InventoryS3BucketDestination;
static const struct awsc_shape s_InventorySchedule;
static const struct awsc_shape s_InventoryTableConfiguration;
static const struct awsc_shape s_InventoryTableConfigurationResult;
static const struct awsc_shape s_InventoryTableConfigurationUpdates;
static const struct awsc_shape s_IsEnabled;
static const struct awsc_shape s_IsLatest;
static const struct awsc_shape s_IsPublic;
static const struct awsc_shape s_IsRestoreInProgress;
static const struct awsc_shape s_IsTruncated;
static const struct awsc_shape s_JSONInput;
static const struct awsc_shape s_JSONOutput;
static const struct awsc_shape s_JSONType;
static const struct awsc_shape s_JournalTableConfiguration;
static const struct awsc_shape s_JournalTableConfigurationResult;
static const struct awsc_shape s_JournalTableConfigurationUpdates;
static const struct awsc_shape s_KMSContext;
static const struct awsc_shape s_KeyCount;
static const struct awsc_shape s_KeyMarker;
static const struct awsc_shape s_KeyPrefixEquals;
static const struct awsc_shape s_KmsKeyArn;
static const struct awsc_shape s_LambdaFunctionArn;
static const struct awsc_shape s_LambdaFunctionConfiguration;
static const struct awsc_shape s_LambdaFunctionConfigurationList;
static const struct awsc_shape s_LastModified;
static const struct awsc_shape s_LastModifiedTime;
static const struct awsc_shape s_LifecycleConfiguration;
static const struct awsc_shape s_LifecycleExpiration;
static const struct awsc_shape s_LifecycleRule;
static const struct awsc_shape s_LifecycleRuleAndOperator;
static const struct awsc_shape s_LifecycleRuleFilter;
static const struct awsc_shape s_LifecycleRules;
extern const struct awsc_shape awsc__s3_ListBucketAnalyticsConfigurationsOutput;
extern const struct awsc_shape awsc__s3_ListBucketAnalyticsConfigurationsRequest;
extern const struct awsc_shape awsc__s3_ListBucketIntelligentTieringConfigurationsOutput;
extern const struct awsc_shape awsc__s3_ListBucketIntelligentTieringConfigurationsRequest;
extern const struct awsc_shape awsc__s3_ListBucketInventoryConfigurationsOutput;
extern const struct awsc_shape awsc__s3_ListBucketInventoryConfigurationsRequest;
extern const struct awsc_shape awsc__s3_ListBucketMetricsConfigurationsOutput;
extern const struct awsc_shape awsc__s3_ListBucketMetricsConfigurationsRequest;
extern const struct awsc_shape awsc__s3_ListBucketsOutput;
extern const struct awsc_shape awsc__s3_ListBucketsRequest;
extern const struct awsc_shape awsc__s3_ListDirectoryBucketsOutput;
extern const struct awsc_shape awsc__s3_ListDirectoryBucketsRequest;
extern const struct awsc_shape awsc__s3_ListMultipartUploadsOutput;
extern const struct awsc_shape awsc__s3_ListMultipartUploadsRequest;
extern const struct awsc_shape awsc__s3_ListObjectAnnotationsOutput;
extern const struct awsc_shape awsc__s3_ListObjectAnnotationsRequest;
extern const struct awsc_shape awsc__s3_ListObjectVersionsOutput;
extern const struct awsc_shape awsc__s3_ListObjectVersionsRequest;
extern const struct awsc_shape awsc__s3_ListObjectsOutput;
extern const struct awsc_shape awsc__s3_ListObjectsRequest;
extern const struct awsc_shape awsc__s3_ListObjectsV2Output;
extern const struct awsc_shape awsc__s3_ListObjectsV2Request;
extern const struct awsc_shape awsc__s3_ListPartsOutput;
extern const struct awsc_shape awsc__s3_ListPartsRequest;
static const struct awsc_shape s_Location;
static const struct awsc_shape s_LocationInfo;
static const struct awsc_shape s_LocationNameAsString;
static const struct awsc_shape s_LocationPrefix;
static const struct awsc_shape s_LocationType;
static const struct awsc_shape s_LoggingEnabled;
static const struct awsc_shape s_MFA;
static const struct awsc_shape s_MFADelete;
static const struct awsc_shape s_MFADeleteStatus;
static const struct awsc_shape s_Marker;
static const struct awsc_shape s_MaxAgeSeconds;
static const struct awsc_shape s_MaxAnnotationResults;
static const struct awsc_shape s_MaxBuckets;
static const struct awsc_shape s_MaxDirectoryBuckets;
static const struct awsc_shape s_MaxKeys;
static const struct awsc_shape s_MaxParts;
static const struct awsc_shape s_MaxUploads;
static const struct awsc_shape s_Message;
static const struct awsc_shape s_Metadata;
static const struct awsc_shape s_MetadataConfiguration;
static const struct awsc_shape s_MetadataConfigurationResult;
static const struct awsc_shape s_MetadataDirective;
static const struct awsc_shape s_MetadataEntry;
static const struct awsc_shape s_MetadataKey;
static const struct awsc_shape s_MetadataTableConfiguration;
static const struct awsc_shape s_MetadataTableConfigurationResult;
static const struct awsc_shape s_MetadataTableEncryptionConfiguration;
static const struct awsc_shape s_MetadataTableStatus;
static const struct awsc_shape s_MetadataValue;
static const struct awsc_shape s_Metrics;
static const struct awsc_shape s_MetricsAndOperator;
static const struct awsc_shape s_MetricsConfiguration;
static const struct awsc_shape s_MetricsConfigurationList;
static const struct awsc_shape s_MetricsFilter;
static const struct awsc_shape s_MetricsId;
static const struct awsc_shape s_MetricsStatus;
static const struct awsc_shape s_Minutes;
static const struct awsc_shape s_MissingMeta;
static const struct awsc_shape s_MpuObjectSize;
static const struct awsc_shape s_MultipartUpload;
static const struct awsc_shape s_MultipartUploadId;
static const struct awsc_shape s_MultipartUploadList;
static const struct awsc_shape s_NextKeyMarker;
static const struct awsc_shape s_NextMarker;
static const struct awsc_shape s_NextPartNumberMarker;
static const struct awsc_shape s_NextToken;
static const struct awsc_shape s_NextUploadIdMarker;
static const struct awsc_shape s_NextVersionIdMarker;
extern const struct awsc_shape awsc__s3_NoSuchAnnotation;
extern const struct awsc_shape awsc__s3_NoSuchBucket;
extern const struct awsc_shape awsc__s3_NoSuchKey;
extern const struct awsc_shape awsc__s3_NoSuchUpload;
static const struct awsc_shape s_NonEmptyKmsKeyArnString;
static const struct awsc_shape s_NoncurrentVersionExpiration;
static const struct awsc_shape s_NoncurrentVersionTransition;
static const struct awsc_shape s_NoncurrentVersionTransitionList;
extern const struct awsc_shape awsc__s3_NotificationConfiguration;
extern const struct awsc_shape awsc__s3_NotificationConfigurationDeprecated;
static const struct awsc_shape s_NotificationConfigurationFilter;
static const struct awsc_shape s_NotificationId;
static const struct awsc_shape s_Object;
extern const struct awsc_shape awsc__s3_ObjectAlreadyInActiveTierError;
static const struct awsc_shape s_ObjectAttributes;
static const struct awsc_shape s_ObjectAttributesList;
static const struct awsc_shape s_ObjectCannedACL;
static const struct awsc_shape s_ObjectEncryption;
static const struct awsc_shape s_ObjectIdentifier;
static const struct awsc_shape s_ObjectIdentifierList;
static const struct awsc_shape s_ObjectIfMatch;
static const struct awsc_shape s_ObjectKey;
static const struct awsc_shape s_ObjectList;
static const struct awsc_shape s_ObjectLockConfiguration;
static const struct awsc_shape s_ObjectLockEnabled;
static const struct awsc_shape s_ObjectLockEnabledForBucket;
static const struct awsc_shape s_ObjectLockLegalHold;
static const struct awsc_shape s_ObjectLockLegalHoldStatus;
static const struct awsc_shape s_ObjectLockMode;
static const struct awsc_shape s_ObjectLockRetainUntilDate;
static const struct awsc_shape s_ObjectLockRetention;
static const struct awsc_shape s_ObjectLockRetentionMode;
static const struct awsc_shape s_ObjectLockRule;
static const struct awsc_shape s_ObjectLockToken;
extern const struct awsc_shape awsc__s3_ObjectNotInActiveTierError;
static const struct awsc_shape s_ObjectOwnership;
static const struct awsc_shape s_ObjectPart;
static const struct awsc_shape s_ObjectSize;
static const struct awsc_shape s_ObjectSizeGreaterThanBytes;
static const struct awsc_shape s_ObjectSizeLessThanBytes;
static const struct awsc_shape s_ObjectStorageClass;
static const struct awsc_shape s_ObjectVersion;
static const struct awsc_shape s_ObjectVersionId;
static const struct awsc_shape s_ObjectVersionList;
static const struct awsc_shape s_ObjectVersionStorageClass;
static const struct awsc_shape s_OptionalObjectAttributes;
static const struct awsc_shape s_OptionalObjectAttributesList;
static const struct awsc_shape s_OutputLocation;
static const struct awsc_shape s_OutputSerialization;
static const struct awsc_shape s_Owner;
static const struct awsc_shape s_OwnerOverride;
static const struct awsc_shape s_OwnershipControls;
static const struct awsc_shape s_OwnershipControlsRule;
static const struct awsc_shape s_OwnershipControlsRules;
static const struct awsc_shape s_ParquetInput;
static const struct awsc_shape s_Part;
static const struct awsc_shape s_PartNumber;
static const struct awsc_shape s_PartNumberMarker;
static const struct awsc_shape s_PartitionDateSource;
static const struct awsc_shape s_PartitionedPrefix;
static const struct awsc_shape s_Parts;
static const struct awsc_shape s_PartsCount;
static const struct awsc_shape s_PartsList;
static const struct awsc_shape s_Payer;
static const struct awsc_shape s_Permission;
static const struct awsc_shape s_Policy;
static const struct awsc_shape s_PolicyStatus;
static const struct awsc_shape s_Prefix;
static const struct awsc_shape s_Priority;
static const struct awsc_shape s_Progress;
static const struct awsc_shape s_ProgressEvent;
static const struct awsc_shape s_Protocol;
static const struct awsc_shape s_PublicAccessBlockConfiguration;
extern const struct awsc_shape awsc__s3_PutBucketAbacRequest;
extern const struct awsc_shape awsc__s3_PutBucketAccelerateConfigurationRequest;
extern const struct awsc_shape awsc__s3_PutBucketAclRequest;
extern const struct awsc_shape awsc__s3_PutBucketAnalyticsConfigurationRequest;
extern const struct awsc_shape awsc__s3_PutBucketCorsRequest;
extern const struct awsc_shape awsc__s3_PutBucketEncryptionRequest;
extern const struct awsc_shape awsc__s3_PutBucketIntelligentTieringConfigurationRequest;
extern const struct awsc_shape awsc__s3_PutBucketInventoryConfigurationRequest;
extern const struct awsc_shape awsc__s3_PutBucketLifecycleConfigurationOutput;
extern const struct awsc_shape awsc__s3_PutBucketLifecycleConfigurationRequest;
extern const struct awsc_shape awsc__s3_PutBucketLifecycleRequest;
extern const struct awsc_shape awsc__s3_PutBucketLoggingRequest;
extern const struct awsc_shape awsc__s3_PutBucketMetricsConfigurationRequest;
extern const struct awsc_shape awsc__s3_PutBucketNotificationConfigurationRequest;
extern const struct awsc_shape awsc__s3_PutBucketNotificationRequest;
extern const struct awsc_shape awsc__s3_PutBucketOwnershipControlsRequest;
extern const struct awsc_shape awsc__s3_PutBucketPolicyRequest;
extern const struct awsc_shape awsc__s3_PutBucketReplicationRequest;
extern const struct awsc_shape awsc__s3_PutBucketRequestPaymentRequest;
extern const struct awsc_shape awsc__s3_PutBucketTaggingRequest;
extern const struct awsc_shape awsc__s3_PutBucketVersioningRequest;
extern const struct awsc_shape awsc__s3_PutBucketWebsiteRequest;
extern const struct awsc_shape awsc__s3_PutObjectAclOutput;
extern const struct awsc_shape awsc__s3_PutObjectAclRequest;
extern const struct awsc_shape awsc__s3_PutObjectAnnotationOutput;
extern const struct awsc_shape awsc__s3_PutObjectAnnotationRequest;
extern const struct awsc_shape awsc__s3_PutObjectLegalHoldOutput;
extern const struct awsc_shape awsc__s3_PutObjectLegalHoldRequest;
extern const struct awsc_shape awsc__s3_PutObjectLockConfigurationOutput;
extern const struct awsc_shape awsc__s3_PutObjectLockConfigurationRequest;
extern const struct awsc_shape awsc__s3_PutObjectOutput;
extern const struct awsc_shape awsc__s3_PutObjectRequest;
extern const struct awsc_shape awsc__s3_PutObjectRetentionOutput;
extern const struct awsc_shape awsc__s3_PutObjectRetentionRequest;
extern const struct awsc_shape awsc__s3_PutObjectTaggingOutput;
extern const struct awsc_shape awsc__s3_PutObjectTaggingRequest;
extern const struct awsc_shape awsc__s3_PutPublicAccessBlockRequest;
static const struct awsc_shape s_QueueArn;
static const struct awsc_shape s_QueueConfiguration;
static const struct awsc_shape s_QueueConfigurationDeprecated;
static const struct awsc_shape s_QueueConfigurationList;
static const struct awsc_shape s_Quiet;
static const struct awsc_shape s_QuoteCharacter;
static const struct awsc_shape s_QuoteEscapeCharacter;
static const struct awsc_shape s_QuoteFields;
static const struct awsc_shape s_Range;
static const struct awsc_shape s_RecordDelimiter;
static const struct awsc_shape s_RecordExpiration;
static const struct awsc_shape s_RecordExpirationDays;
static const struct awsc_shape s_RecordsEvent;
static const struct awsc_shape s_Redirect;
static const struct awsc_shape s_RedirectAllRequestsTo;
static const struct awsc_shape s_Region;
extern const struct awsc_shape awsc__s3_RenameObjectOutput;
extern const struct awsc_shape awsc__s3_RenameObjectRequest;
static const struct awsc_shape s_RenameSource;
static const struct awsc_shape s_RenameSourceIfMatch;
static const struct awsc_shape s_RenameSourceIfModifiedSince;
static const struct awsc_shape s_RenameSourceIfNoneMatch;
static const struct awsc_shape s_RenameSourceIfUnmodifiedSince;
static const struct awsc_shape s_ReplaceKeyPrefixWith;
static const struct awsc_shape s_ReplaceKeyWith;
static const struct awsc_shape s_ReplicaKmsKeyID;
static const struct awsc_shape s_ReplicaModifications;
static const struct awsc_shape s_ReplicaModificationsStatus;
static const struct awsc_shape s_ReplicationConfiguration;
static const struct awsc_shape s_ReplicationRule;
static const struct awsc_shape s_ReplicationRuleAndOperator;
static const struct awsc_shape s_ReplicationRuleFilter;
static const struct awsc_shape s_ReplicationRuleStatus;
static const struct awsc_shape s_ReplicationRules;
static const struct awsc_shape s_ReplicationStatus;
static const struct awsc_shape s_ReplicationTime;
static const struct awsc_shape s_ReplicationTimeStatus;
static const struct awsc_shape s_ReplicationTimeValue;
static const struct awsc_shape s_RequestCharged;
static const struct awsc_shape s_RequestPayer;
static const struct awsc_shape s_RequestPaymentConfiguration;
static const struct awsc_shape s_RequestProgress;
static const struct awsc_shape s_RequestRoute;
static const struct awsc_shape s_RequestToken;
static const struct awsc_shape s_ResponseCacheControl;
static const struct awsc_shape s_ResponseContentDisposition;
static const struct awsc_shape s_ResponseContentEncoding;
static const struct awsc_shape s_ResponseContentLanguage;
static const struct awsc_shape s_ResponseContentType;
static const struct awsc_shape s_ResponseExpires;
static const struct awsc_shape s_Restore;
static const struct awsc_shape s_RestoreExpiryDate;
extern const struct awsc_shape awsc__s3_RestoreObjectOutput;
extern const struct awsc_shape awsc__s3_RestoreObjectRequest;
static const struct awsc_shape s_RestoreOutputPath;
static const struct awsc_shape s_RestoreRequest;
static const struct awsc_shape s_RestoreRequestType;
static const struct awsc_shape s_RestoreStatus;
static const struct awsc_shape s_Role;
static const struct awsc_shape s_RoutingRule;
static const struct awsc_shape s_RoutingRules;
static const struct awsc_shape s_Rule;
static const struct awsc_shape s_Rules;
static const struct awsc_shape s_S3KeyFilter;
static const struct awsc_shape s_S3Location;
static const struct awsc_shape s_S3RegionalOrS3ExpressBucketArnString;
static const struct awsc_shape s_S3TablesArn;
static const struct awsc_shape s_S3TablesBucketArn;
static const struct awsc_shape s_S3TablesBucketType;
static const struct awsc_shape s_S3TablesDestination;
static const struct awsc_shape s_S3TablesDestinationResult;
static const struct awsc_shape s_S3TablesName;
static const struct awsc_shape s_S3TablesNamespace;
static const struct awsc_shape s_SSECustomerAlgorithm;
static const struct awsc_shape s_SSECustomerKey;
static const struct awsc_shape s_SSECustomerKeyMD5;
static const struct awsc_shape s_SSEKMS;
static const struct awsc_shape s_SSEKMSEncryption;
static const struct awsc_shape s_SSEKMSEncryptionContext;
static const struct awsc_shape s_SSEKMSKeyId;
static const struct awsc_shape s_SSES3;
static const struct awsc_shape s_ScanRange;
static const struct awsc_shape s_SelectObjectContentEventStream;
extern const struct awsc_shape awsc__s3_SelectObjectContentOutput;
extern const struct awsc_shape awsc__s3_SelectObjectContentRequest;
static const struct awsc_shape s_SelectParameters;
static const struct awsc_shape s_ServerSideEncryption;
static const struct awsc_shape s_ServerSideEncryptionByDefault;
static const struct awsc_shape s_ServerSideEncryptionConfiguration;
static const struct awsc_shape s_ServerSideEncryptionRule;
static const struct awsc_shape s_ServerSideEncryptionRules;
static const struct awsc_shape s_SessionCredentialValue;
static const struct awsc_shape s_SessionCredentials;
static const struct awsc_shape s_SessionExpiration;
static const struct awsc_shape s_SessionMode;
static const struct awsc_shape s_Setting;
static const struct awsc_shape s_SimplePrefix;
static const struct awsc_shape s_Size;
static const struct awsc_shape s_SkipValidation;
static const struct awsc_shape s_SourceSelectionCriteria;
static const struct awsc_shape s_SseKmsEncryptedObjects;
static const struct awsc_shape s_SseKmsEncryptedObjectsStatus;
static const struct awsc_shape s_Start;
static const struct awsc_shape s_StartAfter;
static const struct awsc_shape s_Stats;
static const struct awsc_shape s_StatsEvent;
static const struct awsc_shape s_StorageClass;
static const struct awsc_shape s_StorageClassAnalysis;
static const struct awsc_shape s_StorageClassAnalysisDataExport;
static const struct awsc_shape s_StorageClassAnalysisSchemaVersion;
static const struct awsc_shape s_Suffix;
static const struct awsc_shape s_TableSseAlgorithm;
static const struct awsc_shape s_Tag;
static const struct awsc_shape s_TagCount;
static const struct awsc_shape s_TagSet;
static const struct awsc_shape s_Tagging;
static const struct awsc_shape s_TaggingDirective;
static const struct awsc_shape s_TaggingHeader;
static const struct awsc_shape s_TargetBucket;
static const struct awsc_shape s_TargetGrant;
static const struct awsc_shape s_TargetGrants;
static const struct awsc_shape s_TargetObjectKeyFormat;
static const struct awsc_shape s_TargetPrefix;
static const struct awsc_shape s_Tier;
static const struct awsc_shape s_Tiering;
static const struct awsc_shape s_TieringList;
static const struct awsc_shape s_Token;
extern const struct awsc_shape awsc__s3_TooManyParts;
static const struct awsc_shape s_TopicArn;
static const struct awsc_shape s_TopicConfiguration;
static const struct awsc_shape s_TopicConfigurationDeprecated;
static const struct awsc_shape s_TopicConfigurationList;
static const struct awsc_shape s_Transition;
static const struct awsc_shape s_TransitionDefaultMinimumObjectSize;
static const struct awsc_shape s_TransitionList;
static const struct awsc_shape s_TransitionStorageClass;
static const struct awsc_shape s_Type;
static const struct awsc_shape s_URI;
extern const struct awsc_shape awsc__s3_UnsupportedMediaType;
extern const struct awsc_shape awsc__s3_UpdateBucketMetadataAnnotationTableConfigurationRequest;
extern const struct awsc_shape awsc__s3_UpdateBucketMetadataInventoryTableConfigurationRequest;
extern const struct awsc_shape awsc__s3_UpdateBucketMetadataJournalTableConfigurationRequest;
extern const struct awsc_shape awsc__s3_UpdateObjectEncryptionRequest;
extern const struct awsc_shape awsc__s3_UpdateObjectEncryptionResponse;
static const struct awsc_shape s_UploadIdMarker;
extern const struct awsc_shape awsc__s3_UploadPartCopyOutput;
extern const struct awsc_shape awsc__s3_UploadPartCopyRequest;
extern const struct awsc_shape awsc__s3_UploadPartOutput;
extern const struct awsc_shape awsc__s3_UploadPartRequest;
static const struct awsc_shape s_UserMetadata;
static const struct awsc_shape s_Value;
static const struct awsc_shape s_VersionCount;
static const struct awsc_shape s_VersionIdMarker;
static const struct awsc_shape s_VersioningConfiguration;
static const struct awsc_shape s_WebsiteConfiguration;
static const struct awsc_shape s_WebsiteRedirectLocation;
extern const struct awsc_shape awsc__s3_WriteGetObjectResponseRequest;
static const struct awsc_shape s_WriteOffsetBytes;
static const struct awsc_shape s_Years;

static const struct awsc_xml_namespace ns_0 = { "xsi", "http://www.w3.org/2001/XMLSchema-instance" };
static const struct awsc_xml_namespace ns_1 = { NULL, "http://s3.amazonaws.com/doc/2006-03-01/" };

/* one after the other, each ending with its NUL */
static const char s_AnalyticsS3ExportFileFormat_values[] =
    "CSV\0";

enum awsc_s3_analytics_s3_export_file_format awsc_s3_analytics_s3_export_file_format_parse(const char *value)
{
    return (enum awsc_s3_analytics_s3_export_file_format)awsc_enum_parse(s_AnalyticsS3ExportFileFormat_values, 1, value);
}

const char *awsc_s3_analytics_s3_export_file_format_str(enum awsc_s3_analytics_s3_export_file_format value)
{
    return awsc_enum_str(s_AnalyticsS3ExportFileFormat_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_AnnotationConfigurationState_values[] =
    "ENABLED\0"
    "DISABLED\0";

enum awsc_s3_annotation_configuration_state awsc_s3_annotation_configuration_state_parse(const char *value)
{
    return (enum awsc_s3_annotation_configuration_state)awsc_enum_parse(s_AnnotationConfigurationState_values, 2, value);
}

const char *awsc_s3_annotation_configuration_state_str(enum awsc_s3_annotation_configuration_state value)
{
    return awsc_enum_str(s_AnnotationConfigurationState_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_AnnotationDirective_values[] =
    "COPY\0"
    "EXCLUDE\0";

enum awsc_s3_annotation_directive awsc_s3_annotation_directive_parse(const char *value)
{
    return (enum awsc_s3_annotation_directive)awsc_enum_parse(s_AnnotationDirective_values, 2, value);
}

const char *awsc_s3_annotation_directive_str(enum awsc_s3_annotation_directive value)
{
    return awsc_enum_str(s_AnnotationDirective_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ArchiveStatus_values[] =
    "ARCHIVE_ACCESS\0"
    "DEEP_ARCHIVE_ACCESS\0";

enum awsc_s3_archive_status awsc_s3_archive_status_parse(const char *value)
{
    return (enum awsc_s3_archive_status)awsc_enum_parse(s_ArchiveStatus_values, 2, value);
}

const char *awsc_s3_archive_status_str(enum awsc_s3_archive_status value)
{
    return awsc_enum_str(s_ArchiveStatus_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_BucketAbacStatus_values[] =
    "Enabled\0"
    "Disabled\0";

enum awsc_s3_bucket_abac_status awsc_s3_bucket_abac_status_parse(const char *value)
{
    return (enum awsc_s3_bucket_abac_status)awsc_enum_parse(s_BucketAbacStatus_values, 2, value);
}

const char *awsc_s3_bucket_abac_status_str(enum awsc_s3_bucket_abac_status value)
{
    return awsc_enum_str(s_BucketAbacStatus_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_BucketAccelerateStatus_values[] =
    "Enabled\0"
    "Suspended\0";

enum awsc_s3_bucket_accelerate_status awsc_s3_bucket_accelerate_status_parse(const char *value)
{
    return (enum awsc_s3_bucket_accelerate_status)awsc_enum_parse(s_BucketAccelerateStatus_values, 2, value);
}

const char *awsc_s3_bucket_accelerate_status_str(enum awsc_s3_bucket_accelerate_status value)
{
    return awsc_enum_str(s_BucketAccelerateStatus_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_BucketCannedACL_values[] =
    "private\0"
    "public-read\0"
    "public-read-write\0"
    "authenticated-read\0";

enum awsc_s3_bucket_canned_acl awsc_s3_bucket_canned_acl_parse(const char *value)
{
    return (enum awsc_s3_bucket_canned_acl)awsc_enum_parse(s_BucketCannedACL_values, 4, value);
}

const char *awsc_s3_bucket_canned_acl_str(enum awsc_s3_bucket_canned_acl value)
{
    return awsc_enum_str(s_BucketCannedACL_values, 4, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_BucketLocationConstraint_values[] =
    "af-south-1\0"
    "ap-east-1\0"
    "ap-east-2\0"
    "ap-northeast-1\0"
    "ap-northeast-2\0"
    "ap-northeast-3\0"
    "ap-south-1\0"
    "ap-south-2\0"
    "ap-southeast-1\0"
    "ap-southeast-2\0"
    "ap-southeast-3\0"
    "ap-southeast-4\0"
    "ap-southeast-5\0"
    "ap-southeast-6\0"
    "ap-southeast-7\0"
    "ca-central-1\0"
    "ca-west-1\0"
    "cn-north-1\0"
    "cn-northwest-1\0"
    "EU\0"
    "eu-central-1\0"
    "eu-central-2\0"
    "eu-north-1\0"
    "eu-south-1\0"
    "eu-south-2\0"
    "eu-west-1\0"
    "eu-west-2\0"
    "eu-west-3\0"
    "il-central-1\0"
    "me-central-1\0"
    "me-south-1\0"
    "mx-central-1\0"
    "sa-east-1\0"
    "us-east-2\0"
    "us-gov-east-1\0"
    "us-gov-west-1\0"
    "us-west-1\0"
    "us-west-2\0";

enum awsc_s3_bucket_location_constraint awsc_s3_bucket_location_constraint_parse(const char *value)
{
    return (enum awsc_s3_bucket_location_constraint)awsc_enum_parse(s_BucketLocationConstraint_values, 38, value);
}

const char *awsc_s3_bucket_location_constraint_str(enum awsc_s3_bucket_location_constraint value)
{
    return awsc_enum_str(s_BucketLocationConstraint_values, 38, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_BucketLogsPermission_values[] =
    "FULL_CONTROL\0"
    "READ\0"
    "WRITE\0";

enum awsc_s3_bucket_logs_permission awsc_s3_bucket_logs_permission_parse(const char *value)
{
    return (enum awsc_s3_bucket_logs_permission)awsc_enum_parse(s_BucketLogsPermission_values, 3, value);
}

const char *awsc_s3_bucket_logs_permission_str(enum awsc_s3_bucket_logs_permission value)
{
    return awsc_enum_str(s_BucketLogsPermission_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_BucketNamespace_values[] =
    "account-regional\0"
    "global\0";

enum awsc_s3_bucket_namespace awsc_s3_bucket_namespace_parse(const char *value)
{
    return (enum awsc_s3_bucket_namespace)awsc_enum_parse(s_BucketNamespace_values, 2, value);
}

const char *awsc_s3_bucket_namespace_str(enum awsc_s3_bucket_namespace value)
{
    return awsc_enum_str(s_BucketNamespace_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_BucketType_values[] =
    "Directory\0";

enum awsc_s3_bucket_type awsc_s3_bucket_type_parse(const char *value)
{
    return (enum awsc_s3_bucket_type)awsc_enum_parse(s_BucketType_values, 1, value);
}

const char *awsc_s3_bucket_type_str(enum awsc_s3_bucket_type value)
{
    return awsc_enum_str(s_BucketType_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_BucketVersioningStatus_values[] =
    "Enabled\0"
    "Suspended\0";

enum awsc_s3_bucket_versioning_status awsc_s3_bucket_versioning_status_parse(const char *value)
{
    return (enum awsc_s3_bucket_versioning_status)awsc_enum_parse(s_BucketVersioningStatus_values, 2, value);
}

const char *awsc_s3_bucket_versioning_status_str(enum awsc_s3_bucket_versioning_status value)
{
    return awsc_enum_str(s_BucketVersioningStatus_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ChecksumAlgorithm_values[] =
    "CRC32\0"
    "CRC32C\0"
    "SHA1\0"
    "SHA256\0"
    "CRC64NVME\0"
    "SHA512\0"
    "MD5\0"
    "XXHASH64\0"
    "XXHASH3\0"
    "XXHASH128\0";

enum awsc_s3_checksum_algorithm awsc_s3_checksum_algorithm_parse(const char *value)
{
    return (enum awsc_s3_checksum_algorithm)awsc_enum_parse(s_ChecksumAlgorithm_values, 10, value);
}

const char *awsc_s3_checksum_algorithm_str(enum awsc_s3_checksum_algorithm value)
{
    return awsc_enum_str(s_ChecksumAlgorithm_values, 10, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ChecksumMode_values[] =
    "ENABLED\0";

enum awsc_s3_checksum_mode awsc_s3_checksum_mode_parse(const char *value)
{
    return (enum awsc_s3_checksum_mode)awsc_enum_parse(s_ChecksumMode_values, 1, value);
}

const char *awsc_s3_checksum_mode_str(enum awsc_s3_checksum_mode value)
{
    return awsc_enum_str(s_ChecksumMode_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ChecksumType_values[] =
    "COMPOSITE\0"
    "FULL_OBJECT\0";

enum awsc_s3_checksum_type awsc_s3_checksum_type_parse(const char *value)
{
    return (enum awsc_s3_checksum_type)awsc_enum_parse(s_ChecksumType_values, 2, value);
}

const char *awsc_s3_checksum_type_str(enum awsc_s3_checksum_type value)
{
    return awsc_enum_str(s_ChecksumType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_CompressionType_values[] =
    "NONE\0"
    "GZIP\0"
    "BZIP2\0";

enum awsc_s3_compression_type awsc_s3_compression_type_parse(const char *value)
{
    return (enum awsc_s3_compression_type)awsc_enum_parse(s_CompressionType_values, 3, value);
}

const char *awsc_s3_compression_type_str(enum awsc_s3_compression_type value)
{
    return awsc_enum_str(s_CompressionType_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_DataRedundancy_values[] =
    "SingleAvailabilityZone\0"
    "SingleLocalZone\0";

enum awsc_s3_data_redundancy awsc_s3_data_redundancy_parse(const char *value)
{
    return (enum awsc_s3_data_redundancy)awsc_enum_parse(s_DataRedundancy_values, 2, value);
}

const char *awsc_s3_data_redundancy_str(enum awsc_s3_data_redundancy value)
{
    return awsc_enum_str(s_DataRedundancy_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_DeleteMarkerReplicationStatus_values[] =
    "Enabled\0"
    "Disabled\0";

enum awsc_s3_delete_marker_replication_status awsc_s3_delete_marker_replication_status_parse(const char *value)
{
    return (enum awsc_s3_delete_marker_replication_status)awsc_enum_parse(s_DeleteMarkerReplicationStatus_values, 2, value);
}

const char *awsc_s3_delete_marker_replication_status_str(enum awsc_s3_delete_marker_replication_status value)
{
    return awsc_enum_str(s_DeleteMarkerReplicationStatus_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_EncodingType_values[] =
    "url\0";

enum awsc_s3_encoding_type awsc_s3_encoding_type_parse(const char *value)
{
    return (enum awsc_s3_encoding_type)awsc_enum_parse(s_EncodingType_values, 1, value);
}

const char *awsc_s3_encoding_type_str(enum awsc_s3_encoding_type value)
{
    return awsc_enum_str(s_EncodingType_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_EncryptionType_values[] =
    "NONE\0"
    "SSE-C\0";

enum awsc_s3_encryption_type awsc_s3_encryption_type_parse(const char *value)
{
    return (enum awsc_s3_encryption_type)awsc_enum_parse(s_EncryptionType_values, 2, value);
}

const char *awsc_s3_encryption_type_str(enum awsc_s3_encryption_type value)
{
    return awsc_enum_str(s_EncryptionType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_Event_values[] =
    "s3:ReducedRedundancyLostObject\0"
    "s3:ObjectCreated:*\0"
    "s3:ObjectCreated:Put\0"
    "s3:ObjectCreated:Post\0"
    "s3:ObjectCreated:Copy\0"
    "s3:ObjectCreated:CompleteMultipartUpload\0"
    "s3:ObjectRemoved:*\0"
    "s3:ObjectRemoved:Delete\0"
    "s3:ObjectRemoved:DeleteMarkerCreated\0"
    "s3:ObjectRestore:*\0"
    "s3:ObjectRestore:Post\0"
    "s3:ObjectRestore:Completed\0"
    "s3:Replication:*\0"
    "s3:Replication:OperationFailedReplication\0"
    "s3:Replication:OperationNotTracked\0"
    "s3:Replication:OperationMissedThreshold\0"
    "s3:Replication:OperationReplicatedAfterThreshold\0"
    "s3:ObjectRestore:Delete\0"
    "s3:LifecycleTransition\0"
    "s3:IntelligentTiering\0"
    "s3:ObjectAcl:Put\0"
    "s3:LifecycleExpiration:*\0"
    "s3:LifecycleExpiration:Delete\0"
    "s3:LifecycleExpiration:DeleteMarkerCreated\0"
    "s3:ObjectTagging:*\0"
    "s3:ObjectTagging:Put\0"
    "s3:ObjectTagging:Delete\0"
    "s3:ObjectAnnotation:*\0"
    "s3:ObjectAnnotation:Put\0"
    "s3:ObjectAnnotation:Delete\0";

enum awsc_s3_event awsc_s3_event_parse(const char *value)
{
    return (enum awsc_s3_event)awsc_enum_parse(s_Event_values, 30, value);
}

const char *awsc_s3_event_str(enum awsc_s3_event value)
{
    return awsc_enum_str(s_Event_values, 30, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ExistingObjectReplicationStatus_values[] =
    "Enabled\0"
    "Disabled\0";

enum awsc_s3_existing_object_replication_status awsc_s3_existing_object_replication_status_parse(const char *value)
{
    return (enum awsc_s3_existing_object_replication_status)awsc_enum_parse(s_ExistingObjectReplicationStatus_values, 2, value);
}

const char *awsc_s3_existing_object_replication_status_str(enum awsc_s3_existing_object_replication_status value)
{
    return awsc_enum_str(s_ExistingObjectReplicationStatus_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ExpirationState_values[] =
    "ENABLED\0"
    "DISABLED\0";

enum awsc_s3_expiration_state awsc_s3_expiration_state_parse(const char *value)
{
    return (enum awsc_s3_expiration_state)awsc_enum_parse(s_ExpirationState_values, 2, value);
}

const char *awsc_s3_expiration_state_str(enum awsc_s3_expiration_state value)
{
    return awsc_enum_str(s_ExpirationState_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ExpirationStatus_values[] =
    "Enabled\0"
    "Disabled\0";

enum awsc_s3_expiration_status awsc_s3_expiration_status_parse(const char *value)
{
    return (enum awsc_s3_expiration_status)awsc_enum_parse(s_ExpirationStatus_values, 2, value);
}

const char *awsc_s3_expiration_status_str(enum awsc_s3_expiration_status value)
{
    return awsc_enum_str(s_ExpirationStatus_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ExpressionType_values[] =
    "SQL\0";

enum awsc_s3_expression_type awsc_s3_expression_type_parse(const char *value)
{
    return (enum awsc_s3_expression_type)awsc_enum_parse(s_ExpressionType_values, 1, value);
}

const char *awsc_s3_expression_type_str(enum awsc_s3_expression_type value)
{
    return awsc_enum_str(s_ExpressionType_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_FileHeaderInfo_values[] =
    "USE\0"
    "IGNORE\0"
    "NONE\0";

enum awsc_s3_file_header_info awsc_s3_file_header_info_parse(const char *value)
{
    return (enum awsc_s3_file_header_info)awsc_enum_parse(s_FileHeaderInfo_values, 3, value);
}

const char *awsc_s3_file_header_info_str(enum awsc_s3_file_header_info value)
{
    return awsc_enum_str(s_FileHeaderInfo_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_FilterRuleName_values[] =
    "prefix\0"
    "suffix\0";

enum awsc_s3_filter_rule_name awsc_s3_filter_rule_name_parse(const char *value)
{
    return (enum awsc_s3_filter_rule_name)awsc_enum_parse(s_FilterRuleName_values, 2, value);
}

const char *awsc_s3_filter_rule_name_str(enum awsc_s3_filter_rule_name value)
{
    return awsc_enum_str(s_FilterRuleName_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_IntelligentTieringAccessTier_values[] =
    "ARCHIVE_ACCESS\0"
    "DEEP_ARCHIVE_ACCESS\0";

enum awsc_s3_intelligent_tiering_access_tier awsc_s3_intelligent_tiering_access_tier_parse(const char *value)
{
    return (enum awsc_s3_intelligent_tiering_access_tier)awsc_enum_parse(s_IntelligentTieringAccessTier_values, 2, value);
}

const char *awsc_s3_intelligent_tiering_access_tier_str(enum awsc_s3_intelligent_tiering_access_tier value)
{
    return awsc_enum_str(s_IntelligentTieringAccessTier_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_IntelligentTieringStatus_values[] =
    "Enabled\0"
    "Disabled\0";

enum awsc_s3_intelligent_tiering_status awsc_s3_intelligent_tiering_status_parse(const char *value)
{
    return (enum awsc_s3_intelligent_tiering_status)awsc_enum_parse(s_IntelligentTieringStatus_values, 2, value);
}

const char *awsc_s3_intelligent_tiering_status_str(enum awsc_s3_intelligent_tiering_status value)
{
    return awsc_enum_str(s_IntelligentTieringStatus_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_InventoryConfigurationState_values[] =
    "ENABLED\0"
    "DISABLED\0";

enum awsc_s3_inventory_configuration_state awsc_s3_inventory_configuration_state_parse(const char *value)
{
    return (enum awsc_s3_inventory_configuration_state)awsc_enum_parse(s_InventoryConfigurationState_values, 2, value);
}

const char *awsc_s3_inventory_configuration_state_str(enum awsc_s3_inventory_configuration_state value)
{
    return awsc_enum_str(s_InventoryConfigurationState_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_InventoryFormat_values[] =
    "CSV\0"
    "ORC\0"
    "Parquet\0";

enum awsc_s3_inventory_format awsc_s3_inventory_format_parse(const char *value)
{
    return (enum awsc_s3_inventory_format)awsc_enum_parse(s_InventoryFormat_values, 3, value);
}

const char *awsc_s3_inventory_format_str(enum awsc_s3_inventory_format value)
{
    return awsc_enum_str(s_InventoryFormat_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_InventoryFrequency_values[] =
    "Daily\0"
    "Weekly\0";

enum awsc_s3_inventory_frequency awsc_s3_inventory_frequency_parse(const char *value)
{
    return (enum awsc_s3_inventory_frequency)awsc_enum_parse(s_InventoryFrequency_values, 2, value);
}

const char *awsc_s3_inventory_frequency_str(enum awsc_s3_inventory_frequency value)
{
    return awsc_enum_str(s_InventoryFrequency_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_InventoryIncludedObjectVersions_values[] =
    "All\0"
    "Current\0";

enum awsc_s3_inventory_included_object_versions awsc_s3_inventory_included_object_versions_parse(const char *value)
{
    return (enum awsc_s3_inventory_included_object_versions)awsc_enum_parse(s_InventoryIncludedObjectVersions_values, 2, value);
}

const char *awsc_s3_inventory_included_object_versions_str(enum awsc_s3_inventory_included_object_versions value)
{
    return awsc_enum_str(s_InventoryIncludedObjectVersions_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_InventoryOptionalField_values[] =
    "Size\0"
    "LastModifiedDate\0"
    "StorageClass\0"
    "ETag\0"
    "IsMultipartUploaded\0"
    "ReplicationStatus\0"
    "EncryptionStatus\0"
    "ObjectLockRetainUntilDate\0"
    "ObjectLockMode\0"
    "ObjectLockLegalHoldStatus\0"
    "IntelligentTieringAccessTier\0"
    "BucketKeyStatus\0"
    "ChecksumAlgorithm\0"
    "ObjectAccessControlList\0"
    "ObjectOwner\0"
    "LifecycleExpirationDate\0";

enum awsc_s3_inventory_optional_field awsc_s3_inventory_optional_field_parse(const char *value)
{
    return (enum awsc_s3_inventory_optional_field)awsc_enum_parse(s_InventoryOptionalField_values, 16, value);
}

const char *awsc_s3_inventory_optional_field_str(enum awsc_s3_inventory_optional_field value)
{
    return awsc_enum_str(s_InventoryOptionalField_values, 16, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_JSONType_values[] =
    "DOCUMENT\0"
    "LINES\0";

enum awsc_s3_json_type awsc_s3_json_type_parse(const char *value)
{
    return (enum awsc_s3_json_type)awsc_enum_parse(s_JSONType_values, 2, value);
}

const char *awsc_s3_json_type_str(enum awsc_s3_json_type value)
{
    return awsc_enum_str(s_JSONType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_LocationType_values[] =
    "AvailabilityZone\0"
    "LocalZone\0";

enum awsc_s3_location_type awsc_s3_location_type_parse(const char *value)
{
    return (enum awsc_s3_location_type)awsc_enum_parse(s_LocationType_values, 2, value);
}

const char *awsc_s3_location_type_str(enum awsc_s3_location_type value)
{
    return awsc_enum_str(s_LocationType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_MFADelete_values[] =
    "Enabled\0"
    "Disabled\0";

enum awsc_s3_mfa_delete awsc_s3_mfa_delete_parse(const char *value)
{
    return (enum awsc_s3_mfa_delete)awsc_enum_parse(s_MFADelete_values, 2, value);
}

const char *awsc_s3_mfa_delete_str(enum awsc_s3_mfa_delete value)
{
    return awsc_enum_str(s_MFADelete_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_MFADeleteStatus_values[] =
    "Enabled\0"
    "Disabled\0";

enum awsc_s3_mfa_delete_status awsc_s3_mfa_delete_status_parse(const char *value)
{
    return (enum awsc_s3_mfa_delete_status)awsc_enum_parse(s_MFADeleteStatus_values, 2, value);
}

const char *awsc_s3_mfa_delete_status_str(enum awsc_s3_mfa_delete_status value)
{
    return awsc_enum_str(s_MFADeleteStatus_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_MetadataDirective_values[] =
    "COPY\0"
    "REPLACE\0";

enum awsc_s3_metadata_directive awsc_s3_metadata_directive_parse(const char *value)
{
    return (enum awsc_s3_metadata_directive)awsc_enum_parse(s_MetadataDirective_values, 2, value);
}

const char *awsc_s3_metadata_directive_str(enum awsc_s3_metadata_directive value)
{
    return awsc_enum_str(s_MetadataDirective_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_MetricsStatus_values[] =
    "Enabled\0"
    "Disabled\0";

enum awsc_s3_metrics_status awsc_s3_metrics_status_parse(const char *value)
{
    return (enum awsc_s3_metrics_status)awsc_enum_parse(s_MetricsStatus_values, 2, value);
}

const char *awsc_s3_metrics_status_str(enum awsc_s3_metrics_status value)
{
    return awsc_enum_str(s_MetricsStatus_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ObjectAttributes_values[] =
    "ETag\0"
    "Checksum\0"
    "ObjectParts\0"
    "StorageClass\0"
    "ObjectSize\0";

enum awsc_s3_object_attributes awsc_s3_object_attributes_parse(const char *value)
{
    return (enum awsc_s3_object_attributes)awsc_enum_parse(s_ObjectAttributes_values, 5, value);
}

const char *awsc_s3_object_attributes_str(enum awsc_s3_object_attributes value)
{
    return awsc_enum_str(s_ObjectAttributes_values, 5, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ObjectCannedACL_values[] =
    "private\0"
    "public-read\0"
    "public-read-write\0"
    "authenticated-read\0"
    "aws-exec-read\0"
    "bucket-owner-read\0"
    "bucket-owner-full-control\0";

enum awsc_s3_object_canned_acl awsc_s3_object_canned_acl_parse(const char *value)
{
    return (enum awsc_s3_object_canned_acl)awsc_enum_parse(s_ObjectCannedACL_values, 7, value);
}

const char *awsc_s3_object_canned_acl_str(enum awsc_s3_object_canned_acl value)
{
    return awsc_enum_str(s_ObjectCannedACL_values, 7, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ObjectLockEnabled_values[] =
    "Enabled\0";

enum awsc_s3_object_lock_enabled awsc_s3_object_lock_enabled_parse(const char *value)
{
    return (enum awsc_s3_object_lock_enabled)awsc_enum_parse(s_ObjectLockEnabled_values, 1, value);
}

const char *awsc_s3_object_lock_enabled_str(enum awsc_s3_object_lock_enabled value)
{
    return awsc_enum_str(s_ObjectLockEnabled_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ObjectLockLegalHoldStatus_values[] =
    "ON\0"
    "OFF\0";

enum awsc_s3_object_lock_legal_hold_status awsc_s3_object_lock_legal_hold_status_parse(const char *value)
{
    return (enum awsc_s3_object_lock_legal_hold_status)awsc_enum_parse(s_ObjectLockLegalHoldStatus_values, 2, value);
}

const char *awsc_s3_object_lock_legal_hold_status_str(enum awsc_s3_object_lock_legal_hold_status value)
{
    return awsc_enum_str(s_ObjectLockLegalHoldStatus_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ObjectLockMode_values[] =
    "GOVERNANCE\0"
    "COMPLIANCE\0";

enum awsc_s3_object_lock_mode awsc_s3_object_lock_mode_parse(const char *value)
{
    return (enum awsc_s3_object_lock_mode)awsc_enum_parse(s_ObjectLockMode_values, 2, value);
}

const char *awsc_s3_object_lock_mode_str(enum awsc_s3_object_lock_mode value)
{
    return awsc_enum_str(s_ObjectLockMode_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ObjectLockRetentionMode_values[] =
    "GOVERNANCE\0"
    "COMPLIANCE\0";

enum awsc_s3_object_lock_retention_mode awsc_s3_object_lock_retention_mode_parse(const char *value)
{
    return (enum awsc_s3_object_lock_retention_mode)awsc_enum_parse(s_ObjectLockRetentionMode_values, 2, value);
}

const char *awsc_s3_object_lock_retention_mode_str(enum awsc_s3_object_lock_retention_mode value)
{
    return awsc_enum_str(s_ObjectLockRetentionMode_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ObjectOwnership_values[] =
    "BucketOwnerPreferred\0"
    "ObjectWriter\0"
    "BucketOwnerEnforced\0";

enum awsc_s3_object_ownership awsc_s3_object_ownership_parse(const char *value)
{
    return (enum awsc_s3_object_ownership)awsc_enum_parse(s_ObjectOwnership_values, 3, value);
}

const char *awsc_s3_object_ownership_str(enum awsc_s3_object_ownership value)
{
    return awsc_enum_str(s_ObjectOwnership_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ObjectStorageClass_values[] =
    "STANDARD\0"
    "REDUCED_REDUNDANCY\0"
    "GLACIER\0"
    "STANDARD_IA\0"
    "ONEZONE_IA\0"
    "INTELLIGENT_TIERING\0"
    "DEEP_ARCHIVE\0"
    "OUTPOSTS\0"
    "GLACIER_IR\0"
    "SNOW\0"
    "EXPRESS_ONEZONE\0"
    "FSX_OPENZFS\0"
    "FSX_ONTAP\0"
    "AWS_BACKUP_WARM\0"
    "AWS_BACKUP_LOW_COST_WARM\0";

enum awsc_s3_object_storage_class awsc_s3_object_storage_class_parse(const char *value)
{
    return (enum awsc_s3_object_storage_class)awsc_enum_parse(s_ObjectStorageClass_values, 15, value);
}

const char *awsc_s3_object_storage_class_str(enum awsc_s3_object_storage_class value)
{
    return awsc_enum_str(s_ObjectStorageClass_values, 15, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ObjectVersionStorageClass_values[] =
    "STANDARD\0";

enum awsc_s3_object_version_storage_class awsc_s3_object_version_storage_class_parse(const char *value)
{
    return (enum awsc_s3_object_version_storage_class)awsc_enum_parse(s_ObjectVersionStorageClass_values, 1, value);
}

const char *awsc_s3_object_version_storage_class_str(enum awsc_s3_object_version_storage_class value)
{
    return awsc_enum_str(s_ObjectVersionStorageClass_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_OptionalObjectAttributes_values[] =
    "RestoreStatus\0";

enum awsc_s3_optional_object_attributes awsc_s3_optional_object_attributes_parse(const char *value)
{
    return (enum awsc_s3_optional_object_attributes)awsc_enum_parse(s_OptionalObjectAttributes_values, 1, value);
}

const char *awsc_s3_optional_object_attributes_str(enum awsc_s3_optional_object_attributes value)
{
    return awsc_enum_str(s_OptionalObjectAttributes_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_OwnerOverride_values[] =
    "Destination\0";

enum awsc_s3_owner_override awsc_s3_owner_override_parse(const char *value)
{
    return (enum awsc_s3_owner_override)awsc_enum_parse(s_OwnerOverride_values, 1, value);
}

const char *awsc_s3_owner_override_str(enum awsc_s3_owner_override value)
{
    return awsc_enum_str(s_OwnerOverride_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_PartitionDateSource_values[] =
    "EventTime\0"
    "DeliveryTime\0";

enum awsc_s3_partition_date_source awsc_s3_partition_date_source_parse(const char *value)
{
    return (enum awsc_s3_partition_date_source)awsc_enum_parse(s_PartitionDateSource_values, 2, value);
}

const char *awsc_s3_partition_date_source_str(enum awsc_s3_partition_date_source value)
{
    return awsc_enum_str(s_PartitionDateSource_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_Payer_values[] =
    "Requester\0"
    "BucketOwner\0";

enum awsc_s3_payer awsc_s3_payer_parse(const char *value)
{
    return (enum awsc_s3_payer)awsc_enum_parse(s_Payer_values, 2, value);
}

const char *awsc_s3_payer_str(enum awsc_s3_payer value)
{
    return awsc_enum_str(s_Payer_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_Permission_values[] =
    "FULL_CONTROL\0"
    "WRITE\0"
    "WRITE_ACP\0"
    "READ\0"
    "READ_ACP\0";

enum awsc_s3_permission awsc_s3_permission_parse(const char *value)
{
    return (enum awsc_s3_permission)awsc_enum_parse(s_Permission_values, 5, value);
}

const char *awsc_s3_permission_str(enum awsc_s3_permission value)
{
    return awsc_enum_str(s_Permission_values, 5, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_Protocol_values[] =
    "http\0"
    "https\0";

enum awsc_s3_protocol awsc_s3_protocol_parse(const char *value)
{
    return (enum awsc_s3_protocol)awsc_enum_parse(s_Protocol_values, 2, value);
}

const char *awsc_s3_protocol_str(enum awsc_s3_protocol value)
{
    return awsc_enum_str(s_Protocol_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_QuoteFields_values[] =
    "ALWAYS\0"
    "ASNEEDED\0";

enum awsc_s3_quote_fields awsc_s3_quote_fields_parse(const char *value)
{
    return (enum awsc_s3_quote_fields)awsc_enum_parse(s_QuoteFields_values, 2, value);
}

const char *awsc_s3_quote_fields_str(enum awsc_s3_quote_fields value)
{
    return awsc_enum_str(s_QuoteFields_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ReplicaModificationsStatus_values[] =
    "Enabled\0"
    "Disabled\0";

enum awsc_s3_replica_modifications_status awsc_s3_replica_modifications_status_parse(const char *value)
{
    return (enum awsc_s3_replica_modifications_status)awsc_enum_parse(s_ReplicaModificationsStatus_values, 2, value);
}

const char *awsc_s3_replica_modifications_status_str(enum awsc_s3_replica_modifications_status value)
{
    return awsc_enum_str(s_ReplicaModificationsStatus_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ReplicationRuleStatus_values[] =
    "Enabled\0"
    "Disabled\0";

enum awsc_s3_replication_rule_status awsc_s3_replication_rule_status_parse(const char *value)
{
    return (enum awsc_s3_replication_rule_status)awsc_enum_parse(s_ReplicationRuleStatus_values, 2, value);
}

const char *awsc_s3_replication_rule_status_str(enum awsc_s3_replication_rule_status value)
{
    return awsc_enum_str(s_ReplicationRuleStatus_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ReplicationStatus_values[] =
    "COMPLETE\0"
    "PENDING\0"
    "FAILED\0"
    "REPLICA\0"
    "COMPLETED\0";

enum awsc_s3_replication_status awsc_s3_replication_status_parse(const char *value)
{
    return (enum awsc_s3_replication_status)awsc_enum_parse(s_ReplicationStatus_values, 5, value);
}

const char *awsc_s3_replication_status_str(enum awsc_s3_replication_status value)
{
    return awsc_enum_str(s_ReplicationStatus_values, 5, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ReplicationTimeStatus_values[] =
    "Enabled\0"
    "Disabled\0";

enum awsc_s3_replication_time_status awsc_s3_replication_time_status_parse(const char *value)
{
    return (enum awsc_s3_replication_time_status)awsc_enum_parse(s_ReplicationTimeStatus_values, 2, value);
}

const char *awsc_s3_replication_time_status_str(enum awsc_s3_replication_time_status value)
{
    return awsc_enum_str(s_ReplicationTimeStatus_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_RequestCharged_values[] =
    "requester\0";

enum awsc_s3_request_charged awsc_s3_request_charged_parse(const char *value)
{
    return (enum awsc_s3_request_charged)awsc_enum_parse(s_RequestCharged_values, 1, value);
}

const char *awsc_s3_request_charged_str(enum awsc_s3_request_charged value)
{
    return awsc_enum_str(s_RequestCharged_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_RequestPayer_values[] =
    "requester\0";

enum awsc_s3_request_payer awsc_s3_request_payer_parse(const char *value)
{
    return (enum awsc_s3_request_payer)awsc_enum_parse(s_RequestPayer_values, 1, value);
}

const char *awsc_s3_request_payer_str(enum awsc_s3_request_payer value)
{
    return awsc_enum_str(s_RequestPayer_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_RestoreRequestType_values[] =
    "SELECT\0";

enum awsc_s3_restore_request_type awsc_s3_restore_request_type_parse(const char *value)
{
    return (enum awsc_s3_restore_request_type)awsc_enum_parse(s_RestoreRequestType_values, 1, value);
}

const char *awsc_s3_restore_request_type_str(enum awsc_s3_restore_request_type value)
{
    return awsc_enum_str(s_RestoreRequestType_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_S3TablesBucketType_values[] =
    "aws\0"
    "customer\0";

enum awsc_s3_s3_tables_bucket_type awsc_s3_s3_tables_bucket_type_parse(const char *value)
{
    return (enum awsc_s3_s3_tables_bucket_type)awsc_enum_parse(s_S3TablesBucketType_values, 2, value);
}

const char *awsc_s3_s3_tables_bucket_type_str(enum awsc_s3_s3_tables_bucket_type value)
{
    return awsc_enum_str(s_S3TablesBucketType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ServerSideEncryption_values[] =
    "AES256\0"
    "aws:fsx\0"
    "aws:backup\0"
    "aws:kms\0"
    "aws:kms:dsse\0";

enum awsc_s3_server_side_encryption awsc_s3_server_side_encryption_parse(const char *value)
{
    return (enum awsc_s3_server_side_encryption)awsc_enum_parse(s_ServerSideEncryption_values, 5, value);
}

const char *awsc_s3_server_side_encryption_str(enum awsc_s3_server_side_encryption value)
{
    return awsc_enum_str(s_ServerSideEncryption_values, 5, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_SessionMode_values[] =
    "ReadOnly\0"
    "ReadWrite\0";

enum awsc_s3_session_mode awsc_s3_session_mode_parse(const char *value)
{
    return (enum awsc_s3_session_mode)awsc_enum_parse(s_SessionMode_values, 2, value);
}

const char *awsc_s3_session_mode_str(enum awsc_s3_session_mode value)
{
    return awsc_enum_str(s_SessionMode_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_SseKmsEncryptedObjectsStatus_values[] =
    "Enabled\0"
    "Disabled\0";

enum awsc_s3_sse_kms_encrypted_objects_status awsc_s3_sse_kms_encrypted_objects_status_parse(const char *value)
{
    return (enum awsc_s3_sse_kms_encrypted_objects_status)awsc_enum_parse(s_SseKmsEncryptedObjectsStatus_values, 2, value);
}

const char *awsc_s3_sse_kms_encrypted_objects_status_str(enum awsc_s3_sse_kms_encrypted_objects_status value)
{
    return awsc_enum_str(s_SseKmsEncryptedObjectsStatus_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_StorageClass_values[] =
    "STANDARD\0"
    "REDUCED_REDUNDANCY\0"
    "STANDARD_IA\0"
    "ONEZONE_IA\0"
    "INTELLIGENT_TIERING\0"
    "GLACIER\0"
    "DEEP_ARCHIVE\0"
    "OUTPOSTS\0"
    "GLACIER_IR\0"
    "SNOW\0"
    "EXPRESS_ONEZONE\0"
    "FSX_OPENZFS\0"
    "FSX_ONTAP\0"
    "AWS_BACKUP_WARM\0"
    "AWS_BACKUP_LOW_COST_WARM\0";

enum awsc_s3_storage_class awsc_s3_storage_class_parse(const char *value)
{
    return (enum awsc_s3_storage_class)awsc_enum_parse(s_StorageClass_values, 15, value);
}

const char *awsc_s3_storage_class_str(enum awsc_s3_storage_class value)
{
    return awsc_enum_str(s_StorageClass_values, 15, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_StorageClassAnalysisSchemaVersion_values[] =
    "V_1\0";

enum awsc_s3_storage_class_analysis_schema_version awsc_s3_storage_class_analysis_schema_version_parse(const char *value)
{
    return (enum awsc_s3_storage_class_analysis_schema_version)awsc_enum_parse(s_StorageClassAnalysisSchemaVersion_values, 1, value);
}

const char *awsc_s3_storage_class_analysis_schema_version_str(enum awsc_s3_storage_class_analysis_schema_version value)
{
    return awsc_enum_str(s_StorageClassAnalysisSchemaVersion_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_TableSseAlgorithm_values[] =
    "aws:kms\0"
    "AES256\0";

enum awsc_s3_table_sse_algorithm awsc_s3_table_sse_algorithm_parse(const char *value)
{
    return (enum awsc_s3_table_sse_algorithm)awsc_enum_parse(s_TableSseAlgorithm_values, 2, value);
}

const char *awsc_s3_table_sse_algorithm_str(enum awsc_s3_table_sse_algorithm value)
{
    return awsc_enum_str(s_TableSseAlgorithm_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_TaggingDirective_values[] =
    "COPY\0"
    "REPLACE\0";

enum awsc_s3_tagging_directive awsc_s3_tagging_directive_parse(const char *value)
{
    return (enum awsc_s3_tagging_directive)awsc_enum_parse(s_TaggingDirective_values, 2, value);
}

const char *awsc_s3_tagging_directive_str(enum awsc_s3_tagging_directive value)
{
    return awsc_enum_str(s_TaggingDirective_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_Tier_values[] =
    "Standard\0"
    "Bulk\0"
    "Expedited\0";

enum awsc_s3_tier awsc_s3_tier_parse(const char *value)
{
    return (enum awsc_s3_tier)awsc_enum_parse(s_Tier_values, 3, value);
}

const char *awsc_s3_tier_str(enum awsc_s3_tier value)
{
    return awsc_enum_str(s_Tier_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_TransitionDefaultMinimumObjectSize_values[] =
    "varies_by_storage_class\0"
    "all_storage_classes_128K\0";

enum awsc_s3_transition_default_minimum_object_size awsc_s3_transition_default_minimum_object_size_parse(const char *value)
{
    return (enum awsc_s3_transition_default_minimum_object_size)awsc_enum_parse(s_TransitionDefaultMinimumObjectSize_values, 2, value);
}

const char *awsc_s3_transition_default_minimum_object_size_str(enum awsc_s3_transition_default_minimum_object_size value)
{
    return awsc_enum_str(s_TransitionDefaultMinimumObjectSize_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_TransitionStorageClass_values[] =
    "GLACIER\0"
    "STANDARD_IA\0"
    "ONEZONE_IA\0"
    "INTELLIGENT_TIERING\0"
    "DEEP_ARCHIVE\0"
    "GLACIER_IR\0";

enum awsc_s3_transition_storage_class awsc_s3_transition_storage_class_parse(const char *value)
{
    return (enum awsc_s3_transition_storage_class)awsc_enum_parse(s_TransitionStorageClass_values, 6, value);
}

const char *awsc_s3_transition_storage_class_str(enum awsc_s3_transition_storage_class value)
{
    return awsc_enum_str(s_TransitionStorageClass_values, 6, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_Type_values[] =
    "CanonicalUser\0"
    "AmazonCustomerByEmail\0"
    "Group\0";

enum awsc_s3_type awsc_s3_type_parse(const char *value)
{
    return (enum awsc_s3_type)awsc_enum_parse(s_Type_values, 3, value);
}

const char *awsc_s3_type_str(enum awsc_s3_type value)
{
    return awsc_enum_str(s_Type_values, 3, (int)value);
}

static const struct awsc_xml_refs s_AnnotationList_xml_refs = { .item_name = "AnnotationEntry", };
static const struct awsc_xml_refs s_Buckets_xml_refs = { .item_name = "Bucket", };
static const struct awsc_xml_refs s_EncryptionTypeList_xml_refs = { .item_name = "EncryptionType", };
static const struct awsc_xml_refs s_Grants_xml_refs = { .item_name = "Grant", };
static const struct awsc_xml_refs s_InventoryOptionalFields_xml_refs = { .item_name = "Field", };
static const struct awsc_xml_refs s_RoutingRules_xml_refs = { .item_name = "RoutingRule", };
static const struct awsc_xml_refs s_TagSet_xml_refs = { .item_name = "Tag", };
static const struct awsc_xml_refs s_TargetGrants_xml_refs = { .item_name = "Grant", };
static const struct awsc_xml_refs s_UserMetadata_xml_refs = { .item_name = "MetadataEntry", };
static const struct awsc_range s_DirectoryBucketToken_range = { true, true, 0, 1024 };
static const struct awsc_range s_MaxAnnotationResults_range = { true, true, 1, 1000 };
static const struct awsc_range s_MaxBuckets_range = { true, true, 1, 10000 };
static const struct awsc_range s_MaxDirectoryBuckets_range = { true, true, 0, 1000 };
static const struct awsc_range s_NonEmptyKmsKeyArnString_range = { true, true, 20, 2048 };
static const struct awsc_range s_ObjectKey_range = { true, false, 1, 0 };
static const struct awsc_range s_Region_range = { true, true, 0, 20 };
static const struct awsc_range s_S3RegionalOrS3ExpressBucketArnString_range = { true, true, 1, 128 };

static const struct awsc_member s_AbacStatus_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Status", &s_BucketAbacStatus, offsetof(struct awsc_s3_abac_status, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AbacStatus_by_wire_name[] = { 0 };

static const struct awsc_member s_AbortIncompleteMultipartUpload_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DaysAfterInitiation", &s_DaysAfterInitiation, offsetof(struct awsc_s3_abort_incomplete_multipart_upload, days_after_initiation), offsetof(struct awsc_s3_abort_incomplete_multipart_upload, has_days_after_initiation), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AbortIncompleteMultipartUpload_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_AbortMultipartUploadOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_abort_multipart_upload_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_AbortMultipartUploadOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_AbortMultipartUploadRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_abort_multipart_upload_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_abort_multipart_upload_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"UploadId\0" "uploadId", &s_MultipartUploadId, offsetof(struct awsc_s3_abort_multipart_upload_input, upload_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_abort_multipart_upload_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_abort_multipart_upload_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"IfMatchInitiatedTime\0" "x-amz-if-match-initiated-time", &s_IfMatchInitiatedTime, offsetof(struct awsc_s3_abort_multipart_upload_input, if_match_initiated_time), offsetof(struct awsc_s3_abort_multipart_upload_input, has_if_match_initiated_time), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_AbortMultipartUploadRequest_by_wire_name[] = { 0, 1, 2, 4, 5, 3 };

static const struct awsc_member s_AccelerateConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Status", &s_BucketAccelerateStatus, offsetof(struct awsc_s3_accelerate_configuration, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AccelerateConfiguration_by_wire_name[] = { 0 };

static const struct awsc_member s_AccessControlPolicy_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Grants\0" "AccessControlList", &s_Grants, offsetof(struct awsc_s3_access_control_policy, grants), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Owner", &s_Owner, offsetof(struct awsc_s3_access_control_policy, owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AccessControlPolicy_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_AccessControlTranslation_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Owner", &s_OwnerOverride, offsetof(struct awsc_s3_access_control_translation, owner), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AccessControlTranslation_by_wire_name[] = { 0 };

static const struct awsc_member s_AnalyticsAndOperator_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Prefix", &s_Prefix, offsetof(struct awsc_s3_analytics_and_operator, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags\0" "Tag", &s_TagSet, offsetof(struct awsc_s3_analytics_and_operator, tags), AWSC_NO_PRESENCE, AWSC_MF_FLATTENED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AnalyticsAndOperator_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_AnalyticsConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Id", &s_AnalyticsId, offsetof(struct awsc_s3_analytics_configuration, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Filter", &s_AnalyticsFilter, offsetof(struct awsc_s3_analytics_configuration, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StorageClassAnalysis", &s_StorageClassAnalysis, offsetof(struct awsc_s3_analytics_configuration, storage_class_analysis), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AnalyticsConfiguration_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member s_AnalyticsExportDestination_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"S3BucketDestination", &s_AnalyticsS3BucketDestination, offsetof(struct awsc_s3_analytics_export_destination, s3_bucket_destination), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AnalyticsExportDestination_by_wire_name[] = { 0 };

static const struct awsc_member s_AnalyticsFilter_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Prefix", &s_Prefix, offsetof(struct awsc_s3_analytics_filter, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tag", &s_Tag, offsetof(struct awsc_s3_analytics_filter, tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"And", &s_AnalyticsAndOperator, offsetof(struct awsc_s3_analytics_filter, and_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AnalyticsFilter_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member s_AnalyticsS3BucketDestination_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Format", &s_AnalyticsS3ExportFileFormat, offsetof(struct awsc_s3_analytics_s3_bucket_destination, format), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BucketAccountId", &s_AccountId, offsetof(struct awsc_s3_analytics_s3_bucket_destination, bucket_account_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_analytics_s3_bucket_destination, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Prefix", &s_Prefix, offsetof(struct awsc_s3_analytics_s3_bucket_destination, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AnalyticsS3BucketDestination_by_wire_name[] = { 2, 1, 0, 3 };

static const struct awsc_member s_AnnotationEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AnnotationName", &s_AnnotationName, offsetof(struct awsc_s3_annotation_entry, annotation_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastModified", &s_LastModified, offsetof(struct awsc_s3_annotation_entry, last_modified), offsetof(struct awsc_s3_annotation_entry, has_last_modified), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ETag", &s_ETag, offsetof(struct awsc_s3_annotation_entry, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm", &s_ChecksumAlgorithmList, offsetof(struct awsc_s3_annotation_entry, checksum_algorithm), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Size", &s_Size, offsetof(struct awsc_s3_annotation_entry, size), offsetof(struct awsc_s3_annotation_entry, has_size), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicationStatus", &s_ReplicationStatus, offsetof(struct awsc_s3_annotation_entry, replication_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AnnotationEntry_by_wire_name[] = { 0, 3, 2, 1, 5, 4 };

static const struct awsc_member s_AnnotationTableConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConfigurationState", &s_AnnotationConfigurationState, offsetof(struct awsc_s3_annotation_table_configuration, configuration_state), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EncryptionConfiguration", &s_MetadataTableEncryptionConfiguration, offsetof(struct awsc_s3_annotation_table_configuration, encryption_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Role", &s_Role, offsetof(struct awsc_s3_annotation_table_configuration, role), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AnnotationTableConfiguration_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member s_AnnotationTableConfigurationResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConfigurationState", &s_AnnotationConfigurationState, offsetof(struct awsc_s3_annotation_table_configuration_result, configuration_state), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableStatus", &s_MetadataTableStatus, offsetof(struct awsc_s3_annotation_table_configuration_result, table_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Error", &s_ErrorDetails, offsetof(struct awsc_s3_annotation_table_configuration_result, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableName", &s_S3TablesName, offsetof(struct awsc_s3_annotation_table_configuration_result, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableArn", &s_S3TablesArn, offsetof(struct awsc_s3_annotation_table_configuration_result, table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Role", &s_Role, offsetof(struct awsc_s3_annotation_table_configuration_result, role), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AnnotationTableConfigurationResult_by_wire_name[] = { 0, 2, 5, 4, 3, 1 };

static const struct awsc_member s_AnnotationTableConfigurationUpdates_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConfigurationState", &s_AnnotationConfigurationState, offsetof(struct awsc_s3_annotation_table_configuration_updates, configuration_state), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EncryptionConfiguration", &s_MetadataTableEncryptionConfiguration, offsetof(struct awsc_s3_annotation_table_configuration_updates, encryption_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Role", &s_Role, offsetof(struct awsc_s3_annotation_table_configuration_updates, role), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AnnotationTableConfigurationUpdates_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member s_BlockedEncryptionTypes_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EncryptionType", &s_EncryptionTypeList, offsetof(struct awsc_s3_blocked_encryption_types, encryption_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_BlockedEncryptionTypes_by_wire_name[] = { 0 };

static const struct awsc_member s_Bucket_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Name", &s_BucketName, offsetof(struct awsc_s3_bucket, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreationDate", &s_CreationDate, offsetof(struct awsc_s3_bucket, creation_date), offsetof(struct awsc_s3_bucket, has_creation_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BucketRegion", &s_BucketRegion, offsetof(struct awsc_s3_bucket, bucket_region), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BucketArn", &s_S3RegionalOrS3ExpressBucketArnString, offsetof(struct awsc_s3_bucket, bucket_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Bucket_by_wire_name[] = { 3, 2, 1, 0 };

static const struct awsc_member s_BucketInfo_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DataRedundancy", &s_DataRedundancy, offsetof(struct awsc_s3_bucket_info, data_redundancy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Type", &s_BucketType, offsetof(struct awsc_s3_bucket_info, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_BucketInfo_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_BucketLifecycleConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Rules\0" "Rule", &s_LifecycleRules, offsetof(struct awsc_s3_bucket_lifecycle_configuration, rules), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_BucketLifecycleConfiguration_by_wire_name[] = { 0 };

static const struct awsc_member s_BucketLoggingStatus_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"LoggingEnabled", &s_LoggingEnabled, offsetof(struct awsc_s3_bucket_logging_status, logging_enabled), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_BucketLoggingStatus_by_wire_name[] = { 0 };

static const struct awsc_member s_CORSConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CORSRules\0" "CORSRule", &s_CORSRules, offsetof(struct awsc_s3_cors_configuration, cors_rules), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CORSConfiguration_by_wire_name[] = { 0 };

static const struct awsc_member s_CORSRule_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ID", &s_ID, offsetof(struct awsc_s3_cors_rule, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AllowedHeaders\0" "AllowedHeader", &s_AllowedHeaders, offsetof(struct awsc_s3_cors_rule, allowed_headers), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AllowedMethods\0" "AllowedMethod", &s_AllowedMethods, offsetof(struct awsc_s3_cors_rule, allowed_methods), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AllowedOrigins\0" "AllowedOrigin", &s_AllowedOrigins, offsetof(struct awsc_s3_cors_rule, allowed_origins), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExposeHeaders\0" "ExposeHeader", &s_ExposeHeaders, offsetof(struct awsc_s3_cors_rule, expose_headers), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxAgeSeconds", &s_MaxAgeSeconds, offsetof(struct awsc_s3_cors_rule, max_age_seconds), offsetof(struct awsc_s3_cors_rule, has_max_age_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CORSRule_by_wire_name[] = { 1, 2, 3, 4, 0, 5 };

static const struct awsc_member s_CSVInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FileHeaderInfo", &s_FileHeaderInfo, offsetof(struct awsc_s3_csv_input, file_header_info), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Comments", &s_Comments, offsetof(struct awsc_s3_csv_input, comments), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"QuoteEscapeCharacter", &s_QuoteEscapeCharacter, offsetof(struct awsc_s3_csv_input, quote_escape_character), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RecordDelimiter", &s_RecordDelimiter, offsetof(struct awsc_s3_csv_input, record_delimiter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FieldDelimiter", &s_FieldDelimiter, offsetof(struct awsc_s3_csv_input, field_delimiter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"QuoteCharacter", &s_QuoteCharacter, offsetof(struct awsc_s3_csv_input, quote_character), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AllowQuotedRecordDelimiter", &s_AllowQuotedRecordDelimiter, offsetof(struct awsc_s3_csv_input, allow_quoted_record_delimiter), offsetof(struct awsc_s3_csv_input, has_allow_quoted_record_delimiter), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CSVInput_by_wire_name[] = { 6, 1, 4, 0, 5, 2, 3 };

static const struct awsc_member s_CSVOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"QuoteFields", &s_QuoteFields, offsetof(struct awsc_s3_csv_output, quote_fields), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"QuoteEscapeCharacter", &s_QuoteEscapeCharacter, offsetof(struct awsc_s3_csv_output, quote_escape_character), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RecordDelimiter", &s_RecordDelimiter, offsetof(struct awsc_s3_csv_output, record_delimiter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FieldDelimiter", &s_FieldDelimiter, offsetof(struct awsc_s3_csv_output, field_delimiter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"QuoteCharacter", &s_QuoteCharacter, offsetof(struct awsc_s3_csv_output, quote_character), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CSVOutput_by_wire_name[] = { 3, 4, 1, 0, 2 };

static const struct awsc_member s_Checksum_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ChecksumCRC32", &s_ChecksumCRC32, offsetof(struct awsc_s3_checksum, checksum_crc32), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32C", &s_ChecksumCRC32C, offsetof(struct awsc_s3_checksum, checksum_crc32_c), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC64NVME", &s_ChecksumCRC64NVME, offsetof(struct awsc_s3_checksum, checksum_crc64_nvme), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA1", &s_ChecksumSHA1, offsetof(struct awsc_s3_checksum, checksum_sha1), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA256", &s_ChecksumSHA256, offsetof(struct awsc_s3_checksum, checksum_sha256), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA512", &s_ChecksumSHA512, offsetof(struct awsc_s3_checksum, checksum_sha512), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumMD5", &s_ChecksumMD5, offsetof(struct awsc_s3_checksum, checksum_md5), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH64", &s_ChecksumXXHASH64, offsetof(struct awsc_s3_checksum, checksum_xxhash64), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH3", &s_ChecksumXXHASH3, offsetof(struct awsc_s3_checksum, checksum_xxhash3), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH128", &s_ChecksumXXHASH128, offsetof(struct awsc_s3_checksum, checksum_xxhash128), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumType", &s_ChecksumType, offsetof(struct awsc_s3_checksum, checksum_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Checksum_by_wire_name[] = { 0, 1, 2, 6, 3, 4, 5, 10, 9, 8, 7 };

static const struct awsc_member s_CloudFunctionConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Id", &s_NotificationId, offsetof(struct awsc_s3_cloud_function_configuration, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Event", &s_Event, offsetof(struct awsc_s3_cloud_function_configuration, event), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Events\0" "Event", &s_EventList, offsetof(struct awsc_s3_cloud_function_configuration, events), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CloudFunction", &s_CloudFunction, offsetof(struct awsc_s3_cloud_function_configuration, cloud_function), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InvocationRole", &s_CloudFunctionInvocationRole, offsetof(struct awsc_s3_cloud_function_configuration, invocation_role), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CloudFunctionConfiguration_by_wire_name[] = { 3, 1, 2, 0, 4 };

static const struct awsc_member s_CommonPrefix_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Prefix", &s_Prefix, offsetof(struct awsc_s3_common_prefix, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CommonPrefix_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_CompleteMultipartUploadOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Location", &s_Location, offsetof(struct awsc_s3_complete_multipart_upload_output, location), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_complete_multipart_upload_output, bucket), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_complete_multipart_upload_output, key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Expiration\0" "x-amz-expiration", &s_Expiration, offsetof(struct awsc_s3_complete_multipart_upload_output, expiration), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ETag", &s_ETag, offsetof(struct awsc_s3_complete_multipart_upload_output, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32", &s_ChecksumCRC32, offsetof(struct awsc_s3_complete_multipart_upload_output, checksum_crc32), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32C", &s_ChecksumCRC32C, offsetof(struct awsc_s3_complete_multipart_upload_output, checksum_crc32_c), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC64NVME", &s_ChecksumCRC64NVME, offsetof(struct awsc_s3_complete_multipart_upload_output, checksum_crc64_nvme), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA1", &s_ChecksumSHA1, offsetof(struct awsc_s3_complete_multipart_upload_output, checksum_sha1), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA256", &s_ChecksumSHA256, offsetof(struct awsc_s3_complete_multipart_upload_output, checksum_sha256), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA512", &s_ChecksumSHA512, offsetof(struct awsc_s3_complete_multipart_upload_output, checksum_sha512), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumMD5", &s_ChecksumMD5, offsetof(struct awsc_s3_complete_multipart_upload_output, checksum_md5), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH64", &s_ChecksumXXHASH64, offsetof(struct awsc_s3_complete_multipart_upload_output, checksum_xxhash64), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH3", &s_ChecksumXXHASH3, offsetof(struct awsc_s3_complete_multipart_upload_output, checksum_xxhash3), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH128", &s_ChecksumXXHASH128, offsetof(struct awsc_s3_complete_multipart_upload_output, checksum_xxhash128), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumType", &s_ChecksumType, offsetof(struct awsc_s3_complete_multipart_upload_output, checksum_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServerSideEncryption\0" "x-amz-server-side-encryption", &s_ServerSideEncryption, offsetof(struct awsc_s3_complete_multipart_upload_output, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "x-amz-version-id", &s_ObjectVersionId, offsetof(struct awsc_s3_complete_multipart_upload_output, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSEKMSKeyId\0" "x-amz-server-side-encryption-aws-kms-key-id", &s_SSEKMSKeyId, offsetof(struct awsc_s3_complete_multipart_upload_output, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"BucketKeyEnabled\0" "x-amz-server-side-encryption-bucket-key-enabled", &s_BucketKeyEnabled, offsetof(struct awsc_s3_complete_multipart_upload_output, bucket_key_enabled), offsetof(struct awsc_s3_complete_multipart_upload_output, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_complete_multipart_upload_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_CompleteMultipartUploadOutput_by_wire_name[] = { 1, 5, 6, 7, 11, 8, 9, 10, 15, 14, 13, 12, 4, 2, 0, 3, 20, 16, 18, 19, 17 };

static const struct awsc_member awsc__s3_CompleteMultipartUploadRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_complete_multipart_upload_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_complete_multipart_upload_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"MultipartUpload\0" "CompleteMultipartUpload\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_CompletedMultipartUpload, offsetof(struct awsc_s3_complete_multipart_upload_input, multipart_upload), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_WIRE_NAME | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UploadId\0" "uploadId", &s_MultipartUploadId, offsetof(struct awsc_s3_complete_multipart_upload_input, upload_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32\0" "x-amz-checksum-crc32", &s_ChecksumCRC32, offsetof(struct awsc_s3_complete_multipart_upload_input, checksum_crc32), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32C\0" "x-amz-checksum-crc32c", &s_ChecksumCRC32C, offsetof(struct awsc_s3_complete_multipart_upload_input, checksum_crc32_c), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC64NVME\0" "x-amz-checksum-crc64nvme", &s_ChecksumCRC64NVME, offsetof(struct awsc_s3_complete_multipart_upload_input, checksum_crc64_nvme), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA1\0" "x-amz-checksum-sha1", &s_ChecksumSHA1, offsetof(struct awsc_s3_complete_multipart_upload_input, checksum_sha1), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA256\0" "x-amz-checksum-sha256", &s_ChecksumSHA256, offsetof(struct awsc_s3_complete_multipart_upload_input, checksum_sha256), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA512\0" "x-amz-checksum-sha512", &s_ChecksumSHA512, offsetof(struct awsc_s3_complete_multipart_upload_input, checksum_sha512), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumMD5\0" "x-amz-checksum-md5", &s_ChecksumMD5, offsetof(struct awsc_s3_complete_multipart_upload_input, checksum_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH64\0" "x-amz-checksum-xxhash64", &s_ChecksumXXHASH64, offsetof(struct awsc_s3_complete_multipart_upload_input, checksum_xxhash64), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH3\0" "x-amz-checksum-xxhash3", &s_ChecksumXXHASH3, offsetof(struct awsc_s3_complete_multipart_upload_input, checksum_xxhash3), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH128\0" "x-amz-checksum-xxhash128", &s_ChecksumXXHASH128, offsetof(struct awsc_s3_complete_multipart_upload_input, checksum_xxhash128), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumType\0" "x-amz-checksum-type", &s_ChecksumType, offsetof(struct awsc_s3_complete_multipart_upload_input, checksum_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"MpuObjectSize\0" "x-amz-mp-object-size", &s_MpuObjectSize, offsetof(struct awsc_s3_complete_multipart_upload_input, mpu_object_size), offsetof(struct awsc_s3_complete_multipart_upload_input, has_mpu_object_size), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_complete_multipart_upload_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_complete_multipart_upload_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"IfMatch\0" "If-Match", &s_IfMatch, offsetof(struct awsc_s3_complete_multipart_upload_input, if_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"IfNoneMatch\0" "If-None-Match", &s_IfNoneMatch, offsetof(struct awsc_s3_complete_multipart_upload_input, if_none_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerAlgorithm\0" "x-amz-server-side-encryption-customer-algorithm", &s_SSECustomerAlgorithm, offsetof(struct awsc_s3_complete_multipart_upload_input, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKey\0" "x-amz-server-side-encryption-customer-key", &s_SSECustomerKey, offsetof(struct awsc_s3_complete_multipart_upload_input, sse_customer_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKeyMD5\0" "x-amz-server-side-encryption-customer-key-MD5", &s_SSECustomerKeyMD5, offsetof(struct awsc_s3_complete_multipart_upload_input, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_CompleteMultipartUploadRequest_by_wire_name[] = { 0, 2, 18, 19, 1, 3, 4, 5, 6, 10, 7, 8, 9, 14, 13, 12, 11, 17, 15, 16, 20, 21, 22 };

static const struct awsc_member s_CompletedMultipartUpload_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Parts\0" "Part", &s_CompletedPartList, offsetof(struct awsc_s3_completed_multipart_upload, parts), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CompletedMultipartUpload_by_wire_name[] = { 0 };

static const struct awsc_member s_CompletedPart_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ETag", &s_ETag, offsetof(struct awsc_s3_completed_part, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32", &s_ChecksumCRC32, offsetof(struct awsc_s3_completed_part, checksum_crc32), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32C", &s_ChecksumCRC32C, offsetof(struct awsc_s3_completed_part, checksum_crc32_c), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC64NVME", &s_ChecksumCRC64NVME, offsetof(struct awsc_s3_completed_part, checksum_crc64_nvme), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA1", &s_ChecksumSHA1, offsetof(struct awsc_s3_completed_part, checksum_sha1), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA256", &s_ChecksumSHA256, offsetof(struct awsc_s3_completed_part, checksum_sha256), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA512", &s_ChecksumSHA512, offsetof(struct awsc_s3_completed_part, checksum_sha512), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumMD5", &s_ChecksumMD5, offsetof(struct awsc_s3_completed_part, checksum_md5), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH64", &s_ChecksumXXHASH64, offsetof(struct awsc_s3_completed_part, checksum_xxhash64), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH3", &s_ChecksumXXHASH3, offsetof(struct awsc_s3_completed_part, checksum_xxhash3), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH128", &s_ChecksumXXHASH128, offsetof(struct awsc_s3_completed_part, checksum_xxhash128), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PartNumber", &s_PartNumber, offsetof(struct awsc_s3_completed_part, part_number), offsetof(struct awsc_s3_completed_part, has_part_number), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CompletedPart_by_wire_name[] = { 1, 2, 3, 7, 4, 5, 6, 10, 9, 8, 0, 11 };

static const struct awsc_member s_Condition_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"HttpErrorCodeReturnedEquals", &s_HttpErrorCodeReturnedEquals, offsetof(struct awsc_s3_condition, http_error_code_returned_equals), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KeyPrefixEquals", &s_KeyPrefixEquals, offsetof(struct awsc_s3_condition, key_prefix_equals), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Condition_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_CopyObjectOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CopyObjectResult", &s_CopyObjectResult, offsetof(struct awsc_s3_copy_object_output, copy_object_result), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Expiration\0" "x-amz-expiration", &s_Expiration, offsetof(struct awsc_s3_copy_object_output, expiration), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"CopySourceVersionId\0" "x-amz-copy-source-version-id", &s_CopySourceVersionId, offsetof(struct awsc_s3_copy_object_output, copy_source_version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "x-amz-version-id", &s_ObjectVersionId, offsetof(struct awsc_s3_copy_object_output, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ServerSideEncryption\0" "x-amz-server-side-encryption", &s_ServerSideEncryption, offsetof(struct awsc_s3_copy_object_output, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerAlgorithm\0" "x-amz-server-side-encryption-customer-algorithm", &s_SSECustomerAlgorithm, offsetof(struct awsc_s3_copy_object_output, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKeyMD5\0" "x-amz-server-side-encryption-customer-key-MD5", &s_SSECustomerKeyMD5, offsetof(struct awsc_s3_copy_object_output, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSEKMSKeyId\0" "x-amz-server-side-encryption-aws-kms-key-id", &s_SSEKMSKeyId, offsetof(struct awsc_s3_copy_object_output, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSEKMSEncryptionContext\0" "x-amz-server-side-encryption-context", &s_SSEKMSEncryptionContext, offsetof(struct awsc_s3_copy_object_output, ssekms_encryption_context), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"BucketKeyEnabled\0" "x-amz-server-side-encryption-bucket-key-enabled", &s_BucketKeyEnabled, offsetof(struct awsc_s3_copy_object_output, bucket_key_enabled), offsetof(struct awsc_s3_copy_object_output, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_copy_object_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_CopyObjectOutput_by_wire_name[] = { 0, 2, 1, 10, 4, 7, 9, 8, 5, 6, 3 };

static const struct awsc_member awsc__s3_CopyObjectRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ACL\0" "x-amz-acl", &s_ObjectCannedACL, offsetof(struct awsc_s3_copy_object_input, acl), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_copy_object_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"CacheControl\0" "Cache-Control", &s_CacheControl, offsetof(struct awsc_s3_copy_object_input, cache_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_copy_object_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentDisposition\0" "Content-Disposition", &s_ContentDisposition, offsetof(struct awsc_s3_copy_object_input, content_disposition), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentEncoding\0" "Content-Encoding", &s_ContentEncoding, offsetof(struct awsc_s3_copy_object_input, content_encoding), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentLanguage\0" "Content-Language", &s_ContentLanguage, offsetof(struct awsc_s3_copy_object_input, content_language), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentType\0" "Content-Type", &s_ContentType, offsetof(struct awsc_s3_copy_object_input, content_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"CopySource\0" "x-amz-copy-source", &s_CopySource, offsetof(struct awsc_s3_copy_object_input, copy_source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"CopySourceIfMatch\0" "x-amz-copy-source-if-match", &s_CopySourceIfMatch, offsetof(struct awsc_s3_copy_object_input, copy_source_if_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"CopySourceIfModifiedSince\0" "x-amz-copy-source-if-modified-since", &s_CopySourceIfModifiedSince, offsetof(struct awsc_s3_copy_object_input, copy_source_if_modified_since), offsetof(struct awsc_s3_copy_object_input, has_copy_source_if_modified_since), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"CopySourceIfNoneMatch\0" "x-amz-copy-source-if-none-match", &s_CopySourceIfNoneMatch, offsetof(struct awsc_s3_copy_object_input, copy_source_if_none_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"CopySourceIfUnmodifiedSince\0" "x-amz-copy-source-if-unmodified-since", &s_CopySourceIfUnmodifiedSince, offsetof(struct awsc_s3_copy_object_input, copy_source_if_unmodified_since), offsetof(struct awsc_s3_copy_object_input, has_copy_source_if_unmodified_since), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Expires", &s_Expires, offsetof(struct awsc_s3_copy_object_input, expires), offsetof(struct awsc_s3_copy_object_input, has_expires), 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"GrantFullControl\0" "x-amz-grant-full-control", &s_GrantFullControl, offsetof(struct awsc_s3_copy_object_input, grant_full_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"GrantRead\0" "x-amz-grant-read", &s_GrantRead, offsetof(struct awsc_s3_copy_object_input, grant_read), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"GrantReadACP\0" "x-amz-grant-read-acp", &s_GrantReadACP, offsetof(struct awsc_s3_copy_object_input, grant_read_acp), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"GrantWriteACP\0" "x-amz-grant-write-acp", &s_GrantWriteACP, offsetof(struct awsc_s3_copy_object_input, grant_write_acp), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"IfMatch\0" "If-Match", &s_IfMatch, offsetof(struct awsc_s3_copy_object_input, if_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"IfNoneMatch\0" "If-None-Match", &s_IfNoneMatch, offsetof(struct awsc_s3_copy_object_input, if_none_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_copy_object_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Metadata\0" "x-amz-meta-", &s_Metadata, offsetof(struct awsc_s3_copy_object_input, metadata), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADERS, AWSC_TSFMT_DEFAULT},
    {"MetadataDirective\0" "x-amz-metadata-directive", &s_MetadataDirective, offsetof(struct awsc_s3_copy_object_input, metadata_directive), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"TaggingDirective\0" "x-amz-tagging-directive", &s_TaggingDirective, offsetof(struct awsc_s3_copy_object_input, tagging_directive), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"AnnotationDirective\0" "x-amz-object-annotation-directive", &s_AnnotationDirective, offsetof(struct awsc_s3_copy_object_input, annotation_directive), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ServerSideEncryption\0" "x-amz-server-side-encryption", &s_ServerSideEncryption, offsetof(struct awsc_s3_copy_object_input, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"StorageClass\0" "x-amz-storage-class", &s_StorageClass, offsetof(struct awsc_s3_copy_object_input, storage_class), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"WebsiteRedirectLocation\0" "x-amz-website-redirect-location", &s_WebsiteRedirectLocation, offsetof(struct awsc_s3_copy_object_input, website_redirect_location), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerAlgorithm\0" "x-amz-server-side-encryption-customer-algorithm", &s_SSECustomerAlgorithm, offsetof(struct awsc_s3_copy_object_input, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKey\0" "x-amz-server-side-encryption-customer-key", &s_SSECustomerKey, offsetof(struct awsc_s3_copy_object_input, sse_customer_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKeyMD5\0" "x-amz-server-side-encryption-customer-key-MD5", &s_SSECustomerKeyMD5, offsetof(struct awsc_s3_copy_object_input, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSEKMSKeyId\0" "x-amz-server-side-encryption-aws-kms-key-id", &s_SSEKMSKeyId, offsetof(struct awsc_s3_copy_object_input, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSEKMSEncryptionContext\0" "x-amz-server-side-encryption-context", &s_SSEKMSEncryptionContext, offsetof(struct awsc_s3_copy_object_input, ssekms_encryption_context), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"BucketKeyEnabled\0" "x-amz-server-side-encryption-bucket-key-enabled", &s_BucketKeyEnabled, offsetof(struct awsc_s3_copy_object_input, bucket_key_enabled), offsetof(struct awsc_s3_copy_object_input, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"CopySourceSSECustomerAlgorithm\0" "x-amz-copy-source-server-side-encryption-customer-algorithm", &s_CopySourceSSECustomerAlgorithm, offsetof(struct awsc_s3_copy_object_input, copy_source_sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"CopySourceSSECustomerKey\0" "x-amz-copy-source-server-side-encryption-customer-key", &s_CopySourceSSECustomerKey, offsetof(struct awsc_s3_copy_object_input, copy_source_sse_customer_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"CopySourceSSECustomerKeyMD5\0" "x-amz-copy-source-server-side-encryption-customer-key-MD5", &s_CopySourceSSECustomerKeyMD5, offsetof(struct awsc_s3_copy_object_input, copy_source_sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_copy_object_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Tagging\0" "x-amz-tagging", &s_TaggingHeader, offsetof(struct awsc_s3_copy_object_input, tagging), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ObjectLockMode\0" "x-amz-object-lock-mode", &s_ObjectLockMode, offsetof(struct awsc_s3_copy_object_input, object_lock_mode), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ObjectLockRetainUntilDate\0" "x-amz-object-lock-retain-until-date", &s_ObjectLockRetainUntilDate, offsetof(struct awsc_s3_copy_object_input, object_lock_retain_until_date), offsetof(struct awsc_s3_copy_object_input, has_object_lock_retain_until_date), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ObjectLockLegalHoldStatus\0" "x-amz-object-lock-legal-hold", &s_ObjectLockLegalHoldStatus, offsetof(struct awsc_s3_copy_object_input, object_lock_legal_hold_status), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_copy_object_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedSourceBucketOwner\0" "x-amz-source-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_copy_object_input, expected_source_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_CopyObjectRequest_by_wire_name[] = { 1, 2, 4, 5, 6, 7, 13, 18, 19, 20, 0, 3, 8, 9, 10, 11, 12, 34, 35, 36, 42, 14, 15, 16, 17, 21, 22, 24, 41, 39, 40, 37, 25, 31, 33, 32, 28, 29, 30, 43, 26, 38, 23, 27 };

static const struct awsc_member s_CopyObjectResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ETag", &s_ETag, offsetof(struct awsc_s3_copy_object_result, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastModified", &s_LastModified, offsetof(struct awsc_s3_copy_object_result, last_modified), offsetof(struct awsc_s3_copy_object_result, has_last_modified), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumType", &s_ChecksumType, offsetof(struct awsc_s3_copy_object_result, checksum_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32", &s_ChecksumCRC32, offsetof(struct awsc_s3_copy_object_result, checksum_crc32), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32C", &s_ChecksumCRC32C, offsetof(struct awsc_s3_copy_object_result, checksum_crc32_c), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC64NVME", &s_ChecksumCRC64NVME, offsetof(struct awsc_s3_copy_object_result, checksum_crc64_nvme), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA1", &s_ChecksumSHA1, offsetof(struct awsc_s3_copy_object_result, checksum_sha1), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA256", &s_ChecksumSHA256, offsetof(struct awsc_s3_copy_object_result, checksum_sha256), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA512", &s_ChecksumSHA512, offsetof(struct awsc_s3_copy_object_result, checksum_sha512), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumMD5", &s_ChecksumMD5, offsetof(struct awsc_s3_copy_object_result, checksum_md5), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH64", &s_ChecksumXXHASH64, offsetof(struct awsc_s3_copy_object_result, checksum_xxhash64), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH3", &s_ChecksumXXHASH3, offsetof(struct awsc_s3_copy_object_result, checksum_xxhash3), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH128", &s_ChecksumXXHASH128, offsetof(struct awsc_s3_copy_object_result, checksum_xxhash128), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CopyObjectResult_by_wire_name[] = { 3, 4, 5, 9, 6, 7, 8, 2, 12, 11, 10, 0, 1 };

static const struct awsc_member s_CopyPartResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ETag", &s_ETag, offsetof(struct awsc_s3_copy_part_result, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastModified", &s_LastModified, offsetof(struct awsc_s3_copy_part_result, last_modified), offsetof(struct awsc_s3_copy_part_result, has_last_modified), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32", &s_ChecksumCRC32, offsetof(struct awsc_s3_copy_part_result, checksum_crc32), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32C", &s_ChecksumCRC32C, offsetof(struct awsc_s3_copy_part_result, checksum_crc32_c), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC64NVME", &s_ChecksumCRC64NVME, offsetof(struct awsc_s3_copy_part_result, checksum_crc64_nvme), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA1", &s_ChecksumSHA1, offsetof(struct awsc_s3_copy_part_result, checksum_sha1), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA256", &s_ChecksumSHA256, offsetof(struct awsc_s3_copy_part_result, checksum_sha256), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA512", &s_ChecksumSHA512, offsetof(struct awsc_s3_copy_part_result, checksum_sha512), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumMD5", &s_ChecksumMD5, offsetof(struct awsc_s3_copy_part_result, checksum_md5), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH64", &s_ChecksumXXHASH64, offsetof(struct awsc_s3_copy_part_result, checksum_xxhash64), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH3", &s_ChecksumXXHASH3, offsetof(struct awsc_s3_copy_part_result, checksum_xxhash3), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH128", &s_ChecksumXXHASH128, offsetof(struct awsc_s3_copy_part_result, checksum_xxhash128), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CopyPartResult_by_wire_name[] = { 2, 3, 4, 8, 5, 6, 7, 11, 10, 9, 0, 1 };

static const struct awsc_member s_CreateBucketConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"LocationConstraint", &s_BucketLocationConstraint, offsetof(struct awsc_s3_create_bucket_configuration, location_constraint), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Location", &s_LocationInfo, offsetof(struct awsc_s3_create_bucket_configuration, location), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Bucket", &s_BucketInfo, offsetof(struct awsc_s3_create_bucket_configuration, bucket), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagSet, offsetof(struct awsc_s3_create_bucket_configuration, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CreateBucketConfiguration_by_wire_name[] = { 2, 1, 0, 3 };

static const struct awsc_member awsc__s3_CreateBucketMetadataConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_create_bucket_metadata_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_create_bucket_metadata_configuration_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_create_bucket_metadata_configuration_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"MetadataConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_MetadataConfiguration, offsetof(struct awsc_s3_create_bucket_metadata_configuration_input, metadata_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_create_bucket_metadata_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_CreateBucketMetadataConfigurationRequest_by_wire_name[] = { 0, 1, 3, 4, 2 };

static const struct awsc_member awsc__s3_CreateBucketMetadataTableConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_create_bucket_metadata_table_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_create_bucket_metadata_table_configuration_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_create_bucket_metadata_table_configuration_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"MetadataTableConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_MetadataTableConfiguration, offsetof(struct awsc_s3_create_bucket_metadata_table_configuration_input, metadata_table_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_create_bucket_metadata_table_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_CreateBucketMetadataTableConfigurationRequest_by_wire_name[] = { 0, 1, 3, 4, 2 };

static const struct awsc_member awsc__s3_CreateBucketOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Location", &s_Location, offsetof(struct awsc_s3_create_bucket_output, location), AWSC_NO_PRESENCE, 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"BucketArn\0" "x-amz-bucket-arn", &s_S3RegionalOrS3ExpressBucketArnString, offsetof(struct awsc_s3_create_bucket_output, bucket_arn), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_CreateBucketOutput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_CreateBucketRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ACL\0" "x-amz-acl", &s_BucketCannedACL, offsetof(struct awsc_s3_create_bucket_input, acl), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_create_bucket_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"CreateBucketConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_CreateBucketConfiguration, offsetof(struct awsc_s3_create_bucket_input, create_bucket_configuration), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GrantFullControl\0" "x-amz-grant-full-control", &s_GrantFullControl, offsetof(struct awsc_s3_create_bucket_input, grant_full_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"GrantRead\0" "x-amz-grant-read", &s_GrantRead, offsetof(struct awsc_s3_create_bucket_input, grant_read), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"GrantReadACP\0" "x-amz-grant-read-acp", &s_GrantReadACP, offsetof(struct awsc_s3_create_bucket_input, grant_read_acp), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"GrantWrite\0" "x-amz-grant-write", &s_GrantWrite, offsetof(struct awsc_s3_create_bucket_input, grant_write), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"GrantWriteACP\0" "x-amz-grant-write-acp", &s_GrantWriteACP, offsetof(struct awsc_s3_create_bucket_input, grant_write_acp), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ObjectLockEnabledForBucket\0" "x-amz-bucket-object-lock-enabled", &s_ObjectLockEnabledForBucket, offsetof(struct awsc_s3_create_bucket_input, object_lock_enabled_for_bucket), offsetof(struct awsc_s3_create_bucket_input, has_object_lock_enabled_for_bucket), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ObjectOwnership\0" "x-amz-object-ownership", &s_ObjectOwnership, offsetof(struct awsc_s3_create_bucket_input, object_ownership), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"BucketNamespace\0" "x-amz-bucket-namespace", &s_BucketNamespace, offsetof(struct awsc_s3_create_bucket_input, bucket_namespace), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_CreateBucketRequest_by_wire_name[] = { 1, 2, 0, 10, 8, 3, 4, 5, 6, 7, 9 };

static const struct awsc_member awsc__s3_CreateMultipartUploadOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AbortDate\0" "x-amz-abort-date", &s_AbortDate, offsetof(struct awsc_s3_create_multipart_upload_output, abort_date), offsetof(struct awsc_s3_create_multipart_upload_output, has_abort_date), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"AbortRuleId\0" "x-amz-abort-rule-id", &s_AbortRuleId, offsetof(struct awsc_s3_create_multipart_upload_output, abort_rule_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_create_multipart_upload_output, bucket), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_create_multipart_upload_output, key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UploadId", &s_MultipartUploadId, offsetof(struct awsc_s3_create_multipart_upload_output, upload_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServerSideEncryption\0" "x-amz-server-side-encryption", &s_ServerSideEncryption, offsetof(struct awsc_s3_create_multipart_upload_output, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerAlgorithm\0" "x-amz-server-side-encryption-customer-algorithm", &s_SSECustomerAlgorithm, offsetof(struct awsc_s3_create_multipart_upload_output, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKeyMD5\0" "x-amz-server-side-encryption-customer-key-MD5", &s_SSECustomerKeyMD5, offsetof(struct awsc_s3_create_multipart_upload_output, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSEKMSKeyId\0" "x-amz-server-side-encryption-aws-kms-key-id", &s_SSEKMSKeyId, offsetof(struct awsc_s3_create_multipart_upload_output, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSEKMSEncryptionContext\0" "x-amz-server-side-encryption-context", &s_SSEKMSEncryptionContext, offsetof(struct awsc_s3_create_multipart_upload_output, ssekms_encryption_context), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"BucketKeyEnabled\0" "x-amz-server-side-encryption-bucket-key-enabled", &s_BucketKeyEnabled, offsetof(struct awsc_s3_create_multipart_upload_output, bucket_key_enabled), offsetof(struct awsc_s3_create_multipart_upload_output, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_create_multipart_upload_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_create_multipart_upload_output, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumType\0" "x-amz-checksum-type", &s_ChecksumType, offsetof(struct awsc_s3_create_multipart_upload_output, checksum_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_CreateMultipartUploadOutput_by_wire_name[] = { 2, 3, 4, 0, 1, 12, 13, 11, 5, 8, 10, 9, 6, 7 };

static const struct awsc_member awsc__s3_CreateMultipartUploadRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ACL\0" "x-amz-acl", &s_ObjectCannedACL, offsetof(struct awsc_s3_create_multipart_upload_input, acl), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_create_multipart_upload_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"CacheControl\0" "Cache-Control", &s_CacheControl, offsetof(struct awsc_s3_create_multipart_upload_input, cache_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentDisposition\0" "Content-Disposition", &s_ContentDisposition, offsetof(struct awsc_s3_create_multipart_upload_input, content_disposition), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentEncoding\0" "Content-Encoding", &s_ContentEncoding, offsetof(struct awsc_s3_create_multipart_upload_input, content_encoding), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentLanguage\0" "Content-Language", &s_ContentLanguage, offsetof(struct awsc_s3_create_multipart_upload_input, content_language), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentType\0" "Content-Type", &s_ContentType, offsetof(struct awsc_s3_create_multipart_upload_input, content_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Expires", &s_Expires, offsetof(struct awsc_s3_create_multipart_upload_input, expires), offsetof(struct awsc_s3_create_multipart_upload_input, has_expires), 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"GrantFullControl\0" "x-amz-grant-full-control", &s_GrantFullControl, offsetof(struct awsc_s3_create_multipart_upload_input, grant_full_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"GrantRead\0" "x-amz-grant-read", &s_GrantRead, offsetof(struct awsc_s3_create_multipart_upload_input, grant_read), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"GrantReadACP\0" "x-amz-grant-read-acp", &s_GrantReadACP, offsetof(struct awsc_s3_create_multipart_upload_input, grant_read_acp), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"GrantWriteACP\0" "x-amz-grant-write-acp", &s_GrantWriteACP, offsetof(struct awsc_s3_create_multipart_upload_input, grant_write_acp), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_create_multipart_upload_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Metadata\0" "x-amz-meta-", &s_Metadata, offsetof(struct awsc_s3_create_multipart_upload_input, metadata), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADERS, AWSC_TSFMT_DEFAULT},
    {"ServerSideEncryption\0" "x-amz-server-side-encryption", &s_ServerSideEncryption, offsetof(struct awsc_s3_create_multipart_upload_input, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"StorageClass\0" "x-amz-storage-class", &s_StorageClass, offsetof(struct awsc_s3_create_multipart_upload_input, storage_class), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"WebsiteRedirectLocation\0" "x-amz-website-redirect-location", &s_WebsiteRedirectLocation, offsetof(struct awsc_s3_create_multipart_upload_input, website_redirect_location), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerAlgorithm\0" "x-amz-server-side-encryption-customer-algorithm", &s_SSECustomerAlgorithm, offsetof(struct awsc_s3_create_multipart_upload_input, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKey\0" "x-amz-server-side-encryption-customer-key", &s_SSECustomerKey, offsetof(struct awsc_s3_create_multipart_upload_input, sse_customer_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKeyMD5\0" "x-amz-server-side-encryption-customer-key-MD5", &s_SSECustomerKeyMD5, offsetof(struct awsc_s3_create_multipart_upload_input, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSEKMSKeyId\0" "x-amz-server-side-encryption-aws-kms-key-id", &s_SSEKMSKeyId, offsetof(struct awsc_s3_create_multipart_upload_input, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSEKMSEncryptionContext\0" "x-amz-server-side-encryption-context", &s_SSEKMSEncryptionContext, offsetof(struct awsc_s3_create_multipart_upload_input, ssekms_encryption_context), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"BucketKeyEnabled\0" "x-amz-server-side-encryption-bucket-key-enabled", &s_BucketKeyEnabled, offsetof(struct awsc_s3_create_multipart_upload_input, bucket_key_enabled), offsetof(struct awsc_s3_create_multipart_upload_input, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_create_multipart_upload_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Tagging\0" "x-amz-tagging", &s_TaggingHeader, offsetof(struct awsc_s3_create_multipart_upload_input, tagging), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ObjectLockMode\0" "x-amz-object-lock-mode", &s_ObjectLockMode, offsetof(struct awsc_s3_create_multipart_upload_input, object_lock_mode), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ObjectLockRetainUntilDate\0" "x-amz-object-lock-retain-until-date", &s_ObjectLockRetainUntilDate, offsetof(struct awsc_s3_create_multipart_upload_input, object_lock_retain_until_date), offsetof(struct awsc_s3_create_multipart_upload_input, has_object_lock_retain_until_date), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ObjectLockLegalHoldStatus\0" "x-amz-object-lock-legal-hold", &s_ObjectLockLegalHoldStatus, offsetof(struct awsc_s3_create_multipart_upload_input, object_lock_legal_hold_status), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_create_multipart_upload_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_create_multipart_upload_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumType\0" "x-amz-checksum-type", &s_ChecksumType, offsetof(struct awsc_s3_create_multipart_upload_input, checksum_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_CreateMultipartUploadRequest_by_wire_name[] = { 1, 2, 3, 4, 5, 6, 7, 12, 0, 29, 30, 28, 8, 9, 10, 11, 13, 27, 25, 26, 23, 14, 20, 22, 21, 17, 18, 19, 15, 24, 16 };

static const struct awsc_member awsc__s3_CreateSessionOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ServerSideEncryption\0" "x-amz-server-side-encryption", &s_ServerSideEncryption, offsetof(struct awsc_s3_create_session_output, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSEKMSKeyId\0" "x-amz-server-side-encryption-aws-kms-key-id", &s_SSEKMSKeyId, offsetof(struct awsc_s3_create_session_output, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSEKMSEncryptionContext\0" "x-amz-server-side-encryption-context", &s_SSEKMSEncryptionContext, offsetof(struct awsc_s3_create_session_output, ssekms_encryption_context), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"BucketKeyEnabled\0" "x-amz-server-side-encryption-bucket-key-enabled", &s_BucketKeyEnabled, offsetof(struct awsc_s3_create_session_output, bucket_key_enabled), offsetof(struct awsc_s3_create_session_output, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Credentials", &s_SessionCredentials, offsetof(struct awsc_s3_create_session_output, credentials), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_CreateSessionOutput_by_wire_name[] = { 4, 0, 1, 3, 2 };

static const struct awsc_member awsc__s3_CreateSessionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SessionMode\0" "x-amz-create-session-mode", &s_SessionMode, offsetof(struct awsc_s3_create_session_input, session_mode), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_create_session_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ServerSideEncryption\0" "x-amz-server-side-encryption", &s_ServerSideEncryption, offsetof(struct awsc_s3_create_session_input, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSEKMSKeyId\0" "x-amz-server-side-encryption-aws-kms-key-id", &s_SSEKMSKeyId, offsetof(struct awsc_s3_create_session_input, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSEKMSEncryptionContext\0" "x-amz-server-side-encryption-context", &s_SSEKMSEncryptionContext, offsetof(struct awsc_s3_create_session_input, ssekms_encryption_context), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"BucketKeyEnabled\0" "x-amz-server-side-encryption-bucket-key-enabled", &s_BucketKeyEnabled, offsetof(struct awsc_s3_create_session_input, bucket_key_enabled), offsetof(struct awsc_s3_create_session_input, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_CreateSessionRequest_by_wire_name[] = { 1, 0, 2, 3, 5, 4 };

static const struct awsc_member s_DefaultRetention_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Mode", &s_ObjectLockRetentionMode, offsetof(struct awsc_s3_default_retention, mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Days", &s_Days, offsetof(struct awsc_s3_default_retention, days), offsetof(struct awsc_s3_default_retention, has_days), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Years", &s_Years, offsetof(struct awsc_s3_default_retention, years), offsetof(struct awsc_s3_default_retention, has_years), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DefaultRetention_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member s_Delete_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Objects\0" "Object", &s_ObjectIdentifierList, offsetof(struct awsc_s3_delete, objects), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Quiet", &s_Quiet, offsetof(struct awsc_s3_delete, quiet), offsetof(struct awsc_s3_delete, has_quiet), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Delete_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_DeleteBucketAnalyticsConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_delete_bucket_analytics_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Id\0" "id", &s_AnalyticsId, offsetof(struct awsc_s3_delete_bucket_analytics_configuration_input, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_delete_bucket_analytics_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_DeleteBucketAnalyticsConfigurationRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__s3_DeleteBucketCorsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_delete_bucket_cors_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_delete_bucket_cors_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_DeleteBucketCorsRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_DeleteBucketEncryptionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_delete_bucket_encryption_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_delete_bucket_encryption_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_DeleteBucketEncryptionRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_DeleteBucketIntelligentTieringConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_delete_bucket_intelligent_tiering_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Id\0" "id", &s_IntelligentTieringId, offsetof(struct awsc_s3_delete_bucket_intelligent_tiering_configuration_input, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_delete_bucket_intelligent_tiering_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_DeleteBucketIntelligentTieringConfigurationRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__s3_DeleteBucketInventoryConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_delete_bucket_inventory_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Id\0" "id", &s_InventoryId, offsetof(struct awsc_s3_delete_bucket_inventory_configuration_input, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_delete_bucket_inventory_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_DeleteBucketInventoryConfigurationRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__s3_DeleteBucketLifecycleRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_delete_bucket_lifecycle_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_delete_bucket_lifecycle_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_DeleteBucketLifecycleRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_DeleteBucketMetadataConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_delete_bucket_metadata_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_delete_bucket_metadata_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_DeleteBucketMetadataConfigurationRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_DeleteBucketMetadataTableConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_delete_bucket_metadata_table_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_delete_bucket_metadata_table_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_DeleteBucketMetadataTableConfigurationRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_DeleteBucketMetricsConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_delete_bucket_metrics_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Id\0" "id", &s_MetricsId, offsetof(struct awsc_s3_delete_bucket_metrics_configuration_input, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_delete_bucket_metrics_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_DeleteBucketMetricsConfigurationRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__s3_DeleteBucketOwnershipControlsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_delete_bucket_ownership_controls_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_delete_bucket_ownership_controls_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_DeleteBucketOwnershipControlsRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_DeleteBucketPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_delete_bucket_policy_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_delete_bucket_policy_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_DeleteBucketPolicyRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_DeleteBucketReplicationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_delete_bucket_replication_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_delete_bucket_replication_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_DeleteBucketReplicationRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_DeleteBucketRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_delete_bucket_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_delete_bucket_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_DeleteBucketRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_DeleteBucketTaggingRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_delete_bucket_tagging_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_delete_bucket_tagging_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_DeleteBucketTaggingRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_DeleteBucketWebsiteRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_delete_bucket_website_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_delete_bucket_website_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_DeleteBucketWebsiteRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_DeleteMarkerEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Owner", &s_Owner, offsetof(struct awsc_s3_delete_marker_entry, owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_delete_marker_entry, key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VersionId", &s_ObjectVersionId, offsetof(struct awsc_s3_delete_marker_entry, version_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsLatest", &s_IsLatest, offsetof(struct awsc_s3_delete_marker_entry, is_latest), offsetof(struct awsc_s3_delete_marker_entry, has_is_latest), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastModified", &s_LastModified, offsetof(struct awsc_s3_delete_marker_entry, last_modified), offsetof(struct awsc_s3_delete_marker_entry, has_last_modified), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DeleteMarkerEntry_by_wire_name[] = { 3, 1, 4, 0, 2 };

static const struct awsc_member s_DeleteMarkerReplication_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Status", &s_DeleteMarkerReplicationStatus, offsetof(struct awsc_s3_delete_marker_replication, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DeleteMarkerReplication_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_DeleteObjectAnnotationOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ObjectVersionId\0" "x-amz-object-version-id", &s_ObjectVersionId, offsetof(struct awsc_s3_delete_object_annotation_output, object_version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_delete_object_annotation_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_DeleteObjectAnnotationOutput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_DeleteObjectAnnotationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_delete_object_annotation_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_delete_object_annotation_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"AnnotationName\0" "annotationName", &s_AnnotationName, offsetof(struct awsc_s3_delete_object_annotation_input, annotation_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "versionId", &s_ObjectVersionId, offsetof(struct awsc_s3_delete_object_annotation_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_delete_object_annotation_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_delete_object_annotation_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ObjectIfMatch\0" "x-amz-object-if-match", &s_ObjectIfMatch, offsetof(struct awsc_s3_delete_object_annotation_input, object_if_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_DeleteObjectAnnotationRequest_by_wire_name[] = { 0, 1, 2, 3, 5, 6, 4 };

static const struct awsc_member awsc__s3_DeleteObjectOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DeleteMarker\0" "x-amz-delete-marker", &s_DeleteMarker, offsetof(struct awsc_s3_delete_object_output, delete_marker), offsetof(struct awsc_s3_delete_object_output, has_delete_marker), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "x-amz-version-id", &s_ObjectVersionId, offsetof(struct awsc_s3_delete_object_output, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_delete_object_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_DeleteObjectOutput_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__s3_DeleteObjectRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_delete_object_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_delete_object_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"MFA\0" "x-amz-mfa", &s_MFA, offsetof(struct awsc_s3_delete_object_input, mfa), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "versionId", &s_ObjectVersionId, offsetof(struct awsc_s3_delete_object_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_delete_object_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"BypassGovernanceRetention\0" "x-amz-bypass-governance-retention", &s_BypassGovernanceRetention, offsetof(struct awsc_s3_delete_object_input, bypass_governance_retention), offsetof(struct awsc_s3_delete_object_input, has_bypass_governance_retention), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_delete_object_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"IfMatch\0" "If-Match", &s_IfMatch, offsetof(struct awsc_s3_delete_object_input, if_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"IfMatchLastModifiedTime\0" "x-amz-if-match-last-modified-time", &s_IfMatchLastModifiedTime, offsetof(struct awsc_s3_delete_object_input, if_match_last_modified_time), offsetof(struct awsc_s3_delete_object_input, has_if_match_last_modified_time), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"IfMatchSize\0" "x-amz-if-match-size", &s_IfMatchSize, offsetof(struct awsc_s3_delete_object_input, if_match_size), offsetof(struct awsc_s3_delete_object_input, has_if_match_size), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_DeleteObjectRequest_by_wire_name[] = { 0, 7, 1, 3, 5, 6, 8, 9, 2, 4 };

static const struct awsc_member awsc__s3_DeleteObjectTaggingOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"VersionId\0" "x-amz-version-id", &s_ObjectVersionId, offsetof(struct awsc_s3_delete_object_tagging_output, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_DeleteObjectTaggingOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_DeleteObjectTaggingRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_delete_object_tagging_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_delete_object_tagging_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "versionId", &s_ObjectVersionId, offsetof(struct awsc_s3_delete_object_tagging_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_delete_object_tagging_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_DeleteObjectTaggingRequest_by_wire_name[] = { 0, 1, 2, 3 };

static const struct awsc_member awsc__s3_DeleteObjectsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Deleted", &s_DeletedObjects, offsetof(struct awsc_s3_delete_objects_output, deleted), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_delete_objects_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Errors\0" "Error", &s_Errors, offsetof(struct awsc_s3_delete_objects_output, errors), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_DeleteObjectsOutput_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__s3_DeleteObjectsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_delete_objects_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Delete\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_Delete, offsetof(struct awsc_s3_delete_objects_input, delete_), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MFA\0" "x-amz-mfa", &s_MFA, offsetof(struct awsc_s3_delete_objects_input, mfa), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_delete_objects_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"BypassGovernanceRetention\0" "x-amz-bypass-governance-retention", &s_BypassGovernanceRetention, offsetof(struct awsc_s3_delete_objects_input, bypass_governance_retention), offsetof(struct awsc_s3_delete_objects_input, has_bypass_governance_retention), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_delete_objects_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_delete_objects_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_DeleteObjectsRequest_by_wire_name[] = { 0, 1, 4, 5, 2, 3, 6 };

static const struct awsc_member awsc__s3_DeletePublicAccessBlockRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_delete_public_access_block_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_delete_public_access_block_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_DeletePublicAccessBlockRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_DeletedObject_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_deleted_object, key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VersionId", &s_ObjectVersionId, offsetof(struct awsc_s3_deleted_object, version_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DeleteMarker", &s_DeleteMarker, offsetof(struct awsc_s3_deleted_object, delete_marker), offsetof(struct awsc_s3_deleted_object, has_delete_marker), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DeleteMarkerVersionId", &s_DeleteMarkerVersionId, offsetof(struct awsc_s3_deleted_object, delete_marker_version_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DeletedObject_by_wire_name[] = { 2, 3, 0, 1 };

static const struct awsc_member s_Destination_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_destination, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Account", &s_AccountId, offsetof(struct awsc_s3_destination, account), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StorageClass", &s_StorageClass, offsetof(struct awsc_s3_destination, storage_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AccessControlTranslation", &s_AccessControlTranslation, offsetof(struct awsc_s3_destination, access_control_translation), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EncryptionConfiguration", &s_EncryptionConfiguration, offsetof(struct awsc_s3_destination, encryption_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicationTime", &s_ReplicationTime, offsetof(struct awsc_s3_destination, replication_time), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Metrics", &s_Metrics, offsetof(struct awsc_s3_destination, metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Destination_by_wire_name[] = { 3, 1, 0, 4, 6, 5, 2 };

static const struct awsc_member s_DestinationResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableBucketType", &s_S3TablesBucketType, offsetof(struct awsc_s3_destination_result, table_bucket_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableBucketArn", &s_S3TablesBucketArn, offsetof(struct awsc_s3_destination_result, table_bucket_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableNamespace", &s_S3TablesNamespace, offsetof(struct awsc_s3_destination_result, table_namespace), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DestinationResult_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member s_Encryption_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EncryptionType", &s_ServerSideEncryption, offsetof(struct awsc_s3_encryption, encryption_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KMSKeyId", &s_SSEKMSKeyId, offsetof(struct awsc_s3_encryption, kms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KMSContext", &s_KMSContext, offsetof(struct awsc_s3_encryption, kms_context), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Encryption_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member s_EncryptionConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ReplicaKmsKeyID", &s_ReplicaKmsKeyID, offsetof(struct awsc_s3_encryption_configuration, replica_kms_key_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EncryptionConfiguration_by_wire_name[] = { 0 };

static const struct awsc_member s_Error_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_error, key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VersionId", &s_ObjectVersionId, offsetof(struct awsc_s3_error, version_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Code", &s_Code, offsetof(struct awsc_s3_error, code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_Message, offsetof(struct awsc_s3_error, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Error_by_wire_name[] = { 2, 0, 3, 1 };

static const struct awsc_member s_ErrorDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ErrorCode", &s_ErrorCode, offsetof(struct awsc_s3_error_details, error_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ErrorMessage", &s_ErrorMessage, offsetof(struct awsc_s3_error_details, error_message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ErrorDetails_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_ErrorDocument_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_error_document, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ErrorDocument_by_wire_name[] = { 0 };

static const struct awsc_member s_ExistingObjectReplication_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Status", &s_ExistingObjectReplicationStatus, offsetof(struct awsc_s3_existing_object_replication, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ExistingObjectReplication_by_wire_name[] = { 0 };

static const struct awsc_member s_FilterRule_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Name", &s_FilterRuleName, offsetof(struct awsc_s3_filter_rule, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Value", &s_FilterRuleValue, offsetof(struct awsc_s3_filter_rule, value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_FilterRule_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_GetBucketAbacOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AbacStatus", &s_AbacStatus, offsetof(struct awsc_s3_get_bucket_abac_output, abac_status), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketAbacOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_GetBucketAbacRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_bucket_abac_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_bucket_abac_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketAbacRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_GetBucketAccelerateConfigurationOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Status", &s_BucketAccelerateStatus, offsetof(struct awsc_s3_get_bucket_accelerate_configuration_output, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_get_bucket_accelerate_configuration_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketAccelerateConfigurationOutput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_GetBucketAccelerateConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_bucket_accelerate_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_bucket_accelerate_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_get_bucket_accelerate_configuration_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketAccelerateConfigurationRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__s3_GetBucketAclOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Owner", &s_Owner, offsetof(struct awsc_s3_get_bucket_acl_output, owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Grants\0" "AccessControlList", &s_Grants, offsetof(struct awsc_s3_get_bucket_acl_output, grants), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketAclOutput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__s3_GetBucketAclRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_bucket_acl_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_bucket_acl_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketAclRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_GetBucketAnalyticsConfigurationOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AnalyticsConfiguration", &s_AnalyticsConfiguration, offsetof(struct awsc_s3_get_bucket_analytics_configuration_output, analytics_configuration), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketAnalyticsConfigurationOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_GetBucketAnalyticsConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_bucket_analytics_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Id\0" "id", &s_AnalyticsId, offsetof(struct awsc_s3_get_bucket_analytics_configuration_input, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_bucket_analytics_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketAnalyticsConfigurationRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__s3_GetBucketCorsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CORSRules\0" "CORSRule", &s_CORSRules, offsetof(struct awsc_s3_get_bucket_cors_output, cors_rules), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketCorsOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_GetBucketCorsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_bucket_cors_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_bucket_cors_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketCorsRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_GetBucketEncryptionOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ServerSideEncryptionConfiguration", &s_ServerSideEncryptionConfiguration, offsetof(struct awsc_s3_get_bucket_encryption_output, server_side_encryption_configuration), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketEncryptionOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_GetBucketEncryptionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_bucket_encryption_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_bucket_encryption_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketEncryptionRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_GetBucketIntelligentTieringConfigurationOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IntelligentTieringConfiguration", &s_IntelligentTieringConfiguration, offsetof(struct awsc_s3_get_bucket_intelligent_tiering_configuration_output, intelligent_tiering_configuration), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketIntelligentTieringConfigurationOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_GetBucketIntelligentTieringConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_bucket_intelligent_tiering_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Id\0" "id", &s_IntelligentTieringId, offsetof(struct awsc_s3_get_bucket_intelligent_tiering_configuration_input, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_bucket_intelligent_tiering_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketIntelligentTieringConfigurationRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__s3_GetBucketInventoryConfigurationOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"InventoryConfiguration", &s_InventoryConfiguration, offsetof(struct awsc_s3_get_bucket_inventory_configuration_output, inventory_configuration), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketInventoryConfigurationOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_GetBucketInventoryConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_bucket_inventory_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Id\0" "id", &s_InventoryId, offsetof(struct awsc_s3_get_bucket_inventory_configuration_input, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_bucket_inventory_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketInventoryConfigurationRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__s3_GetBucketLifecycleConfigurationOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Rules\0" "Rule", &s_LifecycleRules, offsetof(struct awsc_s3_get_bucket_lifecycle_configuration_output, rules), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TransitionDefaultMinimumObjectSize\0" "x-amz-transition-default-minimum-object-size", &s_TransitionDefaultMinimumObjectSize, offsetof(struct awsc_s3_get_bucket_lifecycle_configuration_output, transition_default_minimum_object_size), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketLifecycleConfigurationOutput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_GetBucketLifecycleConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_bucket_lifecycle_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_bucket_lifecycle_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketLifecycleConfigurationRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_GetBucketLifecycleOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Rules\0" "Rule", &s_Rules, offsetof(struct awsc_s3_get_bucket_lifecycle_output, rules), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketLifecycleOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_GetBucketLifecycleRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_bucket_lifecycle_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_bucket_lifecycle_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketLifecycleRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_GetBucketLocationOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"LocationConstraint", &s_BucketLocationConstraint, offsetof(struct awsc_s3_get_bucket_location_output, location_constraint), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketLocationOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_GetBucketLocationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_bucket_location_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_bucket_location_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketLocationRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_GetBucketLoggingOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"LoggingEnabled", &s_LoggingEnabled, offsetof(struct awsc_s3_get_bucket_logging_output, logging_enabled), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketLoggingOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_GetBucketLoggingRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_bucket_logging_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_bucket_logging_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketLoggingRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_GetBucketMetadataConfigurationOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GetBucketMetadataConfigurationResult", &s_GetBucketMetadataConfigurationResult, offsetof(struct awsc_s3_get_bucket_metadata_configuration_output, get_bucket_metadata_configuration_result), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketMetadataConfigurationOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_GetBucketMetadataConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_bucket_metadata_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_bucket_metadata_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketMetadataConfigurationRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_GetBucketMetadataConfigurationResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MetadataConfigurationResult", &s_MetadataConfigurationResult, offsetof(struct awsc_s3_get_bucket_metadata_configuration_result, metadata_configuration_result), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GetBucketMetadataConfigurationResult_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_GetBucketMetadataTableConfigurationOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GetBucketMetadataTableConfigurationResult", &s_GetBucketMetadataTableConfigurationResult, offsetof(struct awsc_s3_get_bucket_metadata_table_configuration_output, get_bucket_metadata_table_configuration_result), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketMetadataTableConfigurationOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_GetBucketMetadataTableConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_bucket_metadata_table_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_bucket_metadata_table_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketMetadataTableConfigurationRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_GetBucketMetadataTableConfigurationResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MetadataTableConfigurationResult", &s_MetadataTableConfigurationResult, offsetof(struct awsc_s3_get_bucket_metadata_table_configuration_result, metadata_table_configuration_result), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_MetadataTableStatus, offsetof(struct awsc_s3_get_bucket_metadata_table_configuration_result, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Error", &s_ErrorDetails, offsetof(struct awsc_s3_get_bucket_metadata_table_configuration_result, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GetBucketMetadataTableConfigurationResult_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member awsc__s3_GetBucketMetricsConfigurationOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MetricsConfiguration", &s_MetricsConfiguration, offsetof(struct awsc_s3_get_bucket_metrics_configuration_output, metrics_configuration), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketMetricsConfigurationOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_GetBucketMetricsConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_bucket_metrics_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Id\0" "id", &s_MetricsId, offsetof(struct awsc_s3_get_bucket_metrics_configuration_input, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_bucket_metrics_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketMetricsConfigurationRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__s3_GetBucketNotificationConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_bucket_notification_configuration_request, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_bucket_notification_configuration_request, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketNotificationConfigurationRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_GetBucketOwnershipControlsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"OwnershipControls", &s_OwnershipControls, offsetof(struct awsc_s3_get_bucket_ownership_controls_output, ownership_controls), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketOwnershipControlsOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_GetBucketOwnershipControlsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_bucket_ownership_controls_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_bucket_ownership_controls_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketOwnershipControlsRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_GetBucketPolicyOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Policy", &s_Policy, offsetof(struct awsc_s3_get_bucket_policy_output, policy), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketPolicyOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_GetBucketPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_bucket_policy_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_bucket_policy_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketPolicyRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_GetBucketPolicyStatusOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyStatus", &s_PolicyStatus, offsetof(struct awsc_s3_get_bucket_policy_status_output, policy_status), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketPolicyStatusOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_GetBucketPolicyStatusRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_bucket_policy_status_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_bucket_policy_status_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketPolicyStatusRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_GetBucketReplicationOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ReplicationConfiguration", &s_ReplicationConfiguration, offsetof(struct awsc_s3_get_bucket_replication_output, replication_configuration), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketReplicationOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_GetBucketReplicationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_bucket_replication_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_bucket_replication_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketReplicationRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_GetBucketRequestPaymentOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Payer", &s_Payer, offsetof(struct awsc_s3_get_bucket_request_payment_output, payer), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketRequestPaymentOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_GetBucketRequestPaymentRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_bucket_request_payment_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_bucket_request_payment_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketRequestPaymentRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_GetBucketTaggingOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TagSet", &s_TagSet, offsetof(struct awsc_s3_get_bucket_tagging_output, tag_set), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketTaggingOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_GetBucketTaggingRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_bucket_tagging_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_bucket_tagging_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketTaggingRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_GetBucketVersioningOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Status", &s_BucketVersioningStatus, offsetof(struct awsc_s3_get_bucket_versioning_output, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MFADelete\0" "MfaDelete", &s_MFADeleteStatus, offsetof(struct awsc_s3_get_bucket_versioning_output, mfa_delete), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketVersioningOutput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__s3_GetBucketVersioningRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_bucket_versioning_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_bucket_versioning_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketVersioningRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_GetBucketWebsiteOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RedirectAllRequestsTo", &s_RedirectAllRequestsTo, offsetof(struct awsc_s3_get_bucket_website_output, redirect_all_requests_to), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IndexDocument", &s_IndexDocument, offsetof(struct awsc_s3_get_bucket_website_output, index_document), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ErrorDocument", &s_ErrorDocument, offsetof(struct awsc_s3_get_bucket_website_output, error_document), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RoutingRules", &s_RoutingRules, offsetof(struct awsc_s3_get_bucket_website_output, routing_rules), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketWebsiteOutput_by_wire_name[] = { 2, 1, 0, 3 };

static const struct awsc_member awsc__s3_GetBucketWebsiteRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_bucket_website_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_bucket_website_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetBucketWebsiteRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_GetObjectAclOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Owner", &s_Owner, offsetof(struct awsc_s3_get_object_acl_output, owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Grants\0" "AccessControlList", &s_Grants, offsetof(struct awsc_s3_get_object_acl_output, grants), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_get_object_acl_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetObjectAclOutput_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member awsc__s3_GetObjectAclRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_object_acl_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_get_object_acl_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "versionId", &s_ObjectVersionId, offsetof(struct awsc_s3_get_object_acl_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_get_object_acl_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_object_acl_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetObjectAclRequest_by_wire_name[] = { 0, 1, 2, 4, 3 };

static const struct awsc_member awsc__s3_GetObjectAnnotationOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AnnotationPayload", &s_AnnotationPayload, offsetof(struct awsc_s3_get_object_annotation_output, annotation_payload), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_STREAMING, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ObjectVersionId\0" "x-amz-object-version-id", &s_ObjectVersionId, offsetof(struct awsc_s3_get_object_annotation_output, object_version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"LastModified\0" "Last-Modified", &s_LastModified, offsetof(struct awsc_s3_get_object_annotation_output, last_modified), offsetof(struct awsc_s3_get_object_annotation_output, has_last_modified), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentLength\0" "Content-Length", &s_ContentLength, offsetof(struct awsc_s3_get_object_annotation_output, content_length), offsetof(struct awsc_s3_get_object_annotation_output, has_content_length), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ETag", &s_ETag, offsetof(struct awsc_s3_get_object_annotation_output, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32\0" "x-amz-checksum-crc32", &s_ChecksumCRC32, offsetof(struct awsc_s3_get_object_annotation_output, checksum_crc32), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32C\0" "x-amz-checksum-crc32c", &s_ChecksumCRC32C, offsetof(struct awsc_s3_get_object_annotation_output, checksum_crc32_c), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC64NVME\0" "x-amz-checksum-crc64nvme", &s_ChecksumCRC64NVME, offsetof(struct awsc_s3_get_object_annotation_output, checksum_crc64_nvme), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA1\0" "x-amz-checksum-sha1", &s_ChecksumSHA1, offsetof(struct awsc_s3_get_object_annotation_output, checksum_sha1), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA256\0" "x-amz-checksum-sha256", &s_ChecksumSHA256, offsetof(struct awsc_s3_get_object_annotation_output, checksum_sha256), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA512\0" "x-amz-checksum-sha512", &s_ChecksumSHA512, offsetof(struct awsc_s3_get_object_annotation_output, checksum_sha512), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumMD5\0" "x-amz-checksum-md5", &s_ChecksumMD5, offsetof(struct awsc_s3_get_object_annotation_output, checksum_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH64\0" "x-amz-checksum-xxhash64", &s_ChecksumXXHASH64, offsetof(struct awsc_s3_get_object_annotation_output, checksum_xxhash64), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH3\0" "x-amz-checksum-xxhash3", &s_ChecksumXXHASH3, offsetof(struct awsc_s3_get_object_annotation_output, checksum_xxhash3), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH128\0" "x-amz-checksum-xxhash128", &s_ChecksumXXHASH128, offsetof(struct awsc_s3_get_object_annotation_output, checksum_xxhash128), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumType\0" "x-amz-checksum-type", &s_ChecksumType, offsetof(struct awsc_s3_get_object_annotation_output, checksum_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ServerSideEncryption\0" "x-amz-server-side-encryption", &s_ServerSideEncryption, offsetof(struct awsc_s3_get_object_annotation_output, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_get_object_annotation_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ReplicationStatus\0" "x-amz-replication-status", &s_ReplicationStatus, offsetof(struct awsc_s3_get_object_annotation_output, replication_status), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetObjectAnnotationOutput_by_wire_name[] = { 0, 3, 4, 2, 5, 6, 7, 11, 8, 9, 10, 15, 14, 13, 12, 1, 18, 17, 16 };

static const struct awsc_member awsc__s3_GetObjectAnnotationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_object_annotation_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_get_object_annotation_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"AnnotationName\0" "annotationName", &s_AnnotationName, offsetof(struct awsc_s3_get_object_annotation_input, annotation_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "versionId", &s_ObjectVersionId, offsetof(struct awsc_s3_get_object_annotation_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_get_object_annotation_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_object_annotation_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumMode\0" "x-amz-checksum-mode", &s_ChecksumMode, offsetof(struct awsc_s3_get_object_annotation_input, checksum_mode), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetObjectAnnotationRequest_by_wire_name[] = { 0, 1, 2, 3, 6, 5, 4 };

static const struct awsc_member awsc__s3_GetObjectAttributesOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DeleteMarker\0" "x-amz-delete-marker", &s_DeleteMarker, offsetof(struct awsc_s3_get_object_attributes_output, delete_marker), offsetof(struct awsc_s3_get_object_attributes_output, has_delete_marker), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"LastModified\0" "Last-Modified", &s_LastModified, offsetof(struct awsc_s3_get_object_attributes_output, last_modified), offsetof(struct awsc_s3_get_object_attributes_output, has_last_modified), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "x-amz-version-id", &s_ObjectVersionId, offsetof(struct awsc_s3_get_object_attributes_output, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_get_object_attributes_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ETag", &s_ETag, offsetof(struct awsc_s3_get_object_attributes_output, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Checksum", &s_Checksum, offsetof(struct awsc_s3_get_object_attributes_output, checksum), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ObjectParts", &s_GetObjectAttributesParts, offsetof(struct awsc_s3_get_object_attributes_output, object_parts), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StorageClass", &s_StorageClass, offsetof(struct awsc_s3_get_object_attributes_output, storage_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ObjectSize", &s_ObjectSize, offsetof(struct awsc_s3_get_object_attributes_output, object_size), offsetof(struct awsc_s3_get_object_attributes_output, has_object_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetObjectAttributesOutput_by_wire_name[] = { 5, 4, 1, 6, 8, 7, 0, 3, 2 };

static const struct awsc_member s_GetObjectAttributesParts_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TotalPartsCount\0" "PartsCount", &s_PartsCount, offsetof(struct awsc_s3_get_object_attributes_parts, total_parts_count), offsetof(struct awsc_s3_get_object_attributes_parts, has_total_parts_count), AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PartNumberMarker", &s_PartNumberMarker, offsetof(struct awsc_s3_get_object_attributes_parts, part_number_marker), offsetof(struct awsc_s3_get_object_attributes_parts, has_part_number_marker), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextPartNumberMarker", &s_NextPartNumberMarker, offsetof(struct awsc_s3_get_object_attributes_parts, next_part_number_marker), offsetof(struct awsc_s3_get_object_attributes_parts, has_next_part_number_marker), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxParts", &s_MaxParts, offsetof(struct awsc_s3_get_object_attributes_parts, max_parts), offsetof(struct awsc_s3_get_object_attributes_parts, has_max_parts), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_IsTruncated, offsetof(struct awsc_s3_get_object_attributes_parts, is_truncated), offsetof(struct awsc_s3_get_object_attributes_parts, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Parts\0" "Part", &s_PartsList, offsetof(struct awsc_s3_get_object_attributes_parts, parts), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GetObjectAttributesParts_by_wire_name[] = { 4, 3, 2, 5, 1, 0 };

static const struct awsc_member awsc__s3_GetObjectAttributesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_object_attributes_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_get_object_attributes_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "versionId", &s_ObjectVersionId, offsetof(struct awsc_s3_get_object_attributes_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"MaxParts\0" "x-amz-max-parts", &s_MaxParts, offsetof(struct awsc_s3_get_object_attributes_input, max_parts), offsetof(struct awsc_s3_get_object_attributes_input, has_max_parts), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"PartNumberMarker\0" "x-amz-part-number-marker", &s_PartNumberMarker, offsetof(struct awsc_s3_get_object_attributes_input, part_number_marker), offsetof(struct awsc_s3_get_object_attributes_input, has_part_number_marker), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerAlgorithm\0" "x-amz-server-side-encryption-customer-algorithm", &s_SSECustomerAlgorithm, offsetof(struct awsc_s3_get_object_attributes_input, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKey\0" "x-amz-server-side-encryption-customer-key", &s_SSECustomerKey, offsetof(struct awsc_s3_get_object_attributes_input, sse_customer_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKeyMD5\0" "x-amz-server-side-encryption-customer-key-MD5", &s_SSECustomerKeyMD5, offsetof(struct awsc_s3_get_object_attributes_input, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_get_object_attributes_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_object_attributes_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ObjectAttributes\0" "x-amz-object-attributes", &s_ObjectAttributesList, offsetof(struct awsc_s3_get_object_attributes_input, object_attributes), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetObjectAttributesRequest_by_wire_name[] = { 0, 1, 2, 9, 3, 10, 4, 8, 5, 6, 7 };

static const struct awsc_member awsc__s3_GetObjectLegalHoldOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"LegalHold", &s_ObjectLockLegalHold, offsetof(struct awsc_s3_get_object_legal_hold_output, legal_hold), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetObjectLegalHoldOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_GetObjectLegalHoldRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_object_legal_hold_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_get_object_legal_hold_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "versionId", &s_ObjectVersionId, offsetof(struct awsc_s3_get_object_legal_hold_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_get_object_legal_hold_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_object_legal_hold_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetObjectLegalHoldRequest_by_wire_name[] = { 0, 1, 2, 4, 3 };

static const struct awsc_member awsc__s3_GetObjectLockConfigurationOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ObjectLockConfiguration", &s_ObjectLockConfiguration, offsetof(struct awsc_s3_get_object_lock_configuration_output, object_lock_configuration), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetObjectLockConfigurationOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_GetObjectLockConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_object_lock_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_object_lock_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetObjectLockConfigurationRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_GetObjectOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Body", &s_Body, offsetof(struct awsc_s3_get_object_output, body), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_STREAMING, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DeleteMarker\0" "x-amz-delete-marker", &s_DeleteMarker, offsetof(struct awsc_s3_get_object_output, delete_marker), offsetof(struct awsc_s3_get_object_output, has_delete_marker), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"AcceptRanges\0" "accept-ranges", &s_AcceptRanges, offsetof(struct awsc_s3_get_object_output, accept_ranges), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Expiration\0" "x-amz-expiration", &s_Expiration, offsetof(struct awsc_s3_get_object_output, expiration), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Restore\0" "x-amz-restore", &s_Restore, offsetof(struct awsc_s3_get_object_output, restore), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"LastModified\0" "Last-Modified", &s_LastModified, offsetof(struct awsc_s3_get_object_output, last_modified), offsetof(struct awsc_s3_get_object_output, has_last_modified), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentLength\0" "Content-Length", &s_ContentLength, offsetof(struct awsc_s3_get_object_output, content_length), offsetof(struct awsc_s3_get_object_output, has_content_length), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ETag", &s_ETag, offsetof(struct awsc_s3_get_object_output, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32\0" "x-amz-checksum-crc32", &s_ChecksumCRC32, offsetof(struct awsc_s3_get_object_output, checksum_crc32), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32C\0" "x-amz-checksum-crc32c", &s_ChecksumCRC32C, offsetof(struct awsc_s3_get_object_output, checksum_crc32_c), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC64NVME\0" "x-amz-checksum-crc64nvme", &s_ChecksumCRC64NVME, offsetof(struct awsc_s3_get_object_output, checksum_crc64_nvme), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA1\0" "x-amz-checksum-sha1", &s_ChecksumSHA1, offsetof(struct awsc_s3_get_object_output, checksum_sha1), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA256\0" "x-amz-checksum-sha256", &s_ChecksumSHA256, offsetof(struct awsc_s3_get_object_output, checksum_sha256), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA512\0" "x-amz-checksum-sha512", &s_ChecksumSHA512, offsetof(struct awsc_s3_get_object_output, checksum_sha512), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumMD5\0" "x-amz-checksum-md5", &s_ChecksumMD5, offsetof(struct awsc_s3_get_object_output, checksum_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH64\0" "x-amz-checksum-xxhash64", &s_ChecksumXXHASH64, offsetof(struct awsc_s3_get_object_output, checksum_xxhash64), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH3\0" "x-amz-checksum-xxhash3", &s_ChecksumXXHASH3, offsetof(struct awsc_s3_get_object_output, checksum_xxhash3), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH128\0" "x-amz-checksum-xxhash128", &s_ChecksumXXHASH128, offsetof(struct awsc_s3_get_object_output, checksum_xxhash128), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumType\0" "x-amz-checksum-type", &s_ChecksumType, offsetof(struct awsc_s3_get_object_output, checksum_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"MissingMeta\0" "x-amz-missing-meta", &s_MissingMeta, offsetof(struct awsc_s3_get_object_output, missing_meta), offsetof(struct awsc_s3_get_object_output, has_missing_meta), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "x-amz-version-id", &s_ObjectVersionId, offsetof(struct awsc_s3_get_object_output, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"CacheControl\0" "Cache-Control", &s_CacheControl, offsetof(struct awsc_s3_get_object_output, cache_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentDisposition\0" "Content-Disposition", &s_ContentDisposition, offsetof(struct awsc_s3_get_object_output, content_disposition), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentEncoding\0" "Content-Encoding", &s_ContentEncoding, offsetof(struct awsc_s3_get_object_output, content_encoding), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentLanguage\0" "Content-Language", &s_ContentLanguage, offsetof(struct awsc_s3_get_object_output, content_language), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentRange\0" "Content-Range", &s_ContentRange, offsetof(struct awsc_s3_get_object_output, content_range), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentType\0" "Content-Type", &s_ContentType, offsetof(struct awsc_s3_get_object_output, content_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Expires", &s_Expires, offsetof(struct awsc_s3_get_object_output, expires), offsetof(struct awsc_s3_get_object_output, has_expires), 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"WebsiteRedirectLocation\0" "x-amz-website-redirect-location", &s_WebsiteRedirectLocation, offsetof(struct awsc_s3_get_object_output, website_redirect_location), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ServerSideEncryption\0" "x-amz-server-side-encryption", &s_ServerSideEncryption, offsetof(struct awsc_s3_get_object_output, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Metadata\0" "x-amz-meta-", &s_Metadata, offsetof(struct awsc_s3_get_object_output, metadata), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADERS, AWSC_TSFMT_DEFAULT},
    {"SSECustomerAlgorithm\0" "x-amz-server-side-encryption-customer-algorithm", &s_SSECustomerAlgorithm, offsetof(struct awsc_s3_get_object_output, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKeyMD5\0" "x-amz-server-side-encryption-customer-key-MD5", &s_SSECustomerKeyMD5, offsetof(struct awsc_s3_get_object_output, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSEKMSKeyId\0" "x-amz-server-side-encryption-aws-kms-key-id", &s_SSEKMSKeyId, offsetof(struct awsc_s3_get_object_output, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"BucketKeyEnabled\0" "x-amz-server-side-encryption-bucket-key-enabled", &s_BucketKeyEnabled, offsetof(struct awsc_s3_get_object_output, bucket_key_enabled), offsetof(struct awsc_s3_get_object_output, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"StorageClass\0" "x-amz-storage-class", &s_StorageClass, offsetof(struct awsc_s3_get_object_output, storage_class), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_get_object_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ReplicationStatus\0" "x-amz-replication-status", &s_ReplicationStatus, offsetof(struct awsc_s3_get_object_output, replication_status), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"PartsCount\0" "x-amz-mp-parts-count", &s_PartsCount, offsetof(struct awsc_s3_get_object_output, parts_count), offsetof(struct awsc_s3_get_object_output, has_parts_count), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"TagCount\0" "x-amz-tagging-count", &s_TagCount, offsetof(struct awsc_s3_get_object_output, tag_count), offsetof(struct awsc_s3_get_object_output, has_tag_count), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ObjectLockMode\0" "x-amz-object-lock-mode", &s_ObjectLockMode, offsetof(struct awsc_s3_get_object_output, object_lock_mode), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ObjectLockRetainUntilDate\0" "x-amz-object-lock-retain-until-date", &s_ObjectLockRetainUntilDate, offsetof(struct awsc_s3_get_object_output, object_lock_retain_until_date), offsetof(struct awsc_s3_get_object_output, has_object_lock_retain_until_date), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ObjectLockLegalHoldStatus\0" "x-amz-object-lock-legal-hold", &s_ObjectLockLegalHoldStatus, offsetof(struct awsc_s3_get_object_output, object_lock_legal_hold_status), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetObjectOutput_by_wire_name[] = { 0, 21, 22, 23, 24, 6, 25, 26, 7, 27, 5, 2, 8, 9, 10, 14, 11, 12, 13, 18, 17, 16, 15, 1, 3, 30, 19, 38, 42, 40, 41, 37, 36, 4, 29, 33, 34, 31, 32, 35, 39, 20, 28 };

static const struct awsc_member awsc__s3_GetObjectRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_object_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"IfMatch\0" "If-Match", &s_IfMatch, offsetof(struct awsc_s3_get_object_input, if_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"IfModifiedSince\0" "If-Modified-Since", &s_IfModifiedSince, offsetof(struct awsc_s3_get_object_input, if_modified_since), offsetof(struct awsc_s3_get_object_input, has_if_modified_since), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"IfNoneMatch\0" "If-None-Match", &s_IfNoneMatch, offsetof(struct awsc_s3_get_object_input, if_none_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"IfUnmodifiedSince\0" "If-Unmodified-Since", &s_IfUnmodifiedSince, offsetof(struct awsc_s3_get_object_input, if_unmodified_since), offsetof(struct awsc_s3_get_object_input, has_if_unmodified_since), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_get_object_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Range", &s_Range, offsetof(struct awsc_s3_get_object_input, range), AWSC_NO_PRESENCE, 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ResponseCacheControl\0" "response-cache-control", &s_ResponseCacheControl, offsetof(struct awsc_s3_get_object_input, response_cache_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ResponseContentDisposition\0" "response-content-disposition", &s_ResponseContentDisposition, offsetof(struct awsc_s3_get_object_input, response_content_disposition), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ResponseContentEncoding\0" "response-content-encoding", &s_ResponseContentEncoding, offsetof(struct awsc_s3_get_object_input, response_content_encoding), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ResponseContentLanguage\0" "response-content-language", &s_ResponseContentLanguage, offsetof(struct awsc_s3_get_object_input, response_content_language), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ResponseContentType\0" "response-content-type", &s_ResponseContentType, offsetof(struct awsc_s3_get_object_input, response_content_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ResponseExpires\0" "response-expires", &s_ResponseExpires, offsetof(struct awsc_s3_get_object_input, response_expires), offsetof(struct awsc_s3_get_object_input, has_response_expires), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "versionId", &s_ObjectVersionId, offsetof(struct awsc_s3_get_object_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"SSECustomerAlgorithm\0" "x-amz-server-side-encryption-customer-algorithm", &s_SSECustomerAlgorithm, offsetof(struct awsc_s3_get_object_input, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKey\0" "x-amz-server-side-encryption-customer-key", &s_SSECustomerKey, offsetof(struct awsc_s3_get_object_input, sse_customer_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKeyMD5\0" "x-amz-server-side-encryption-customer-key-MD5", &s_SSECustomerKeyMD5, offsetof(struct awsc_s3_get_object_input, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_get_object_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"PartNumber\0" "partNumber", &s_PartNumber, offsetof(struct awsc_s3_get_object_input, part_number), offsetof(struct awsc_s3_get_object_input, has_part_number), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_object_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumMode\0" "x-amz-checksum-mode", &s_ChecksumMode, offsetof(struct awsc_s3_get_object_input, checksum_mode), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetObjectRequest_by_wire_name[] = { 0, 1, 2, 3, 4, 5, 6, 18, 7, 8, 9, 10, 11, 12, 13, 20, 19, 17, 14, 15, 16 };

static const struct awsc_member awsc__s3_GetObjectRetentionOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Retention", &s_ObjectLockRetention, offsetof(struct awsc_s3_get_object_retention_output, retention), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetObjectRetentionOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_GetObjectRetentionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_object_retention_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_get_object_retention_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "versionId", &s_ObjectVersionId, offsetof(struct awsc_s3_get_object_retention_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_get_object_retention_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_object_retention_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetObjectRetentionRequest_by_wire_name[] = { 0, 1, 2, 4, 3 };

static const struct awsc_member awsc__s3_GetObjectTaggingOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"VersionId\0" "x-amz-version-id", &s_ObjectVersionId, offsetof(struct awsc_s3_get_object_tagging_output, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"TagSet", &s_TagSet, offsetof(struct awsc_s3_get_object_tagging_output, tag_set), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetObjectTaggingOutput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__s3_GetObjectTaggingRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_object_tagging_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_get_object_tagging_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "versionId", &s_ObjectVersionId, offsetof(struct awsc_s3_get_object_tagging_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_object_tagging_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_get_object_tagging_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetObjectTaggingRequest_by_wire_name[] = { 0, 1, 2, 3, 4 };

static const struct awsc_member awsc__s3_GetObjectTorrentOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Body", &s_Body, offsetof(struct awsc_s3_get_object_torrent_output, body), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_STREAMING, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_get_object_torrent_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetObjectTorrentOutput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_GetObjectTorrentRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_object_torrent_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_get_object_torrent_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_get_object_torrent_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_object_torrent_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetObjectTorrentRequest_by_wire_name[] = { 0, 1, 3, 2 };

static const struct awsc_member awsc__s3_GetPublicAccessBlockOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PublicAccessBlockConfiguration", &s_PublicAccessBlockConfiguration, offsetof(struct awsc_s3_get_public_access_block_output, public_access_block_configuration), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetPublicAccessBlockOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_GetPublicAccessBlockRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_get_public_access_block_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_get_public_access_block_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_GetPublicAccessBlockRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_GlacierJobParameters_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Tier", &s_Tier, offsetof(struct awsc_s3_glacier_job_parameters, tier), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GlacierJobParameters_by_wire_name[] = { 0 };

static const struct awsc_member s_Grant_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Grantee", &s_Grantee, offsetof(struct awsc_s3_grant, grantee), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Permission", &s_Permission, offsetof(struct awsc_s3_grant, permission), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Grant_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_Grantee_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DisplayName", &s_DisplayName, offsetof(struct awsc_s3_grantee, display_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EmailAddress", &s_EmailAddress, offsetof(struct awsc_s3_grantee, email_address), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ID", &s_ID, offsetof(struct awsc_s3_grantee, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Type\0" "xsi:type", &s_Type, offsetof(struct awsc_s3_grantee, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_XML_ATTRIBUTE | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"URI", &s_URI, offsetof(struct awsc_s3_grantee, uri), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Grantee_by_wire_name[] = { 0, 1, 2, 4, 3 };

static const struct awsc_member awsc__s3_HeadBucketOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"BucketArn\0" "x-amz-bucket-arn", &s_S3RegionalOrS3ExpressBucketArnString, offsetof(struct awsc_s3_head_bucket_output, bucket_arn), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"BucketLocationType\0" "x-amz-bucket-location-type", &s_LocationType, offsetof(struct awsc_s3_head_bucket_output, bucket_location_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"BucketLocationName\0" "x-amz-bucket-location-name", &s_BucketLocationName, offsetof(struct awsc_s3_head_bucket_output, bucket_location_name), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"BucketRegion\0" "x-amz-bucket-region", &s_Region, offsetof(struct awsc_s3_head_bucket_output, bucket_region), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"AccessPointAlias\0" "x-amz-access-point-alias", &s_AccessPointAlias, offsetof(struct awsc_s3_head_bucket_output, access_point_alias), offsetof(struct awsc_s3_head_bucket_output, has_access_point_alias), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_HeadBucketOutput_by_wire_name[] = { 4, 0, 2, 1, 3 };

static const struct awsc_member awsc__s3_HeadBucketRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_head_bucket_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_head_bucket_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_HeadBucketRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_HeadObjectOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DeleteMarker\0" "x-amz-delete-marker", &s_DeleteMarker, offsetof(struct awsc_s3_head_object_output, delete_marker), offsetof(struct awsc_s3_head_object_output, has_delete_marker), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"AcceptRanges\0" "accept-ranges", &s_AcceptRanges, offsetof(struct awsc_s3_head_object_output, accept_ranges), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Expiration\0" "x-amz-expiration", &s_Expiration, offsetof(struct awsc_s3_head_object_output, expiration), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Restore\0" "x-amz-restore", &s_Restore, offsetof(struct awsc_s3_head_object_output, restore), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ArchiveStatus\0" "x-amz-archive-status", &s_ArchiveStatus, offsetof(struct awsc_s3_head_object_output, archive_status), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"LastModified\0" "Last-Modified", &s_LastModified, offsetof(struct awsc_s3_head_object_output, last_modified), offsetof(struct awsc_s3_head_object_output, has_last_modified), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentLength\0" "Content-Length", &s_ContentLength, offsetof(struct awsc_s3_head_object_output, content_length), offsetof(struct awsc_s3_head_object_output, has_content_length), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32\0" "x-amz-checksum-crc32", &s_ChecksumCRC32, offsetof(struct awsc_s3_head_object_output, checksum_crc32), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32C\0" "x-amz-checksum-crc32c", &s_ChecksumCRC32C, offsetof(struct awsc_s3_head_object_output, checksum_crc32_c), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC64NVME\0" "x-amz-checksum-crc64nvme", &s_ChecksumCRC64NVME, offsetof(struct awsc_s3_head_object_output, checksum_crc64_nvme), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA1\0" "x-amz-checksum-sha1", &s_ChecksumSHA1, offsetof(struct awsc_s3_head_object_output, checksum_sha1), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA256\0" "x-amz-checksum-sha256", &s_ChecksumSHA256, offsetof(struct awsc_s3_head_object_output, checksum_sha256), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA512\0" "x-amz-checksum-sha512", &s_ChecksumSHA512, offsetof(struct awsc_s3_head_object_output, checksum_sha512), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumMD5\0" "x-amz-checksum-md5", &s_ChecksumMD5, offsetof(struct awsc_s3_head_object_output, checksum_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH64\0" "x-amz-checksum-xxhash64", &s_ChecksumXXHASH64, offsetof(struct awsc_s3_head_object_output, checksum_xxhash64), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH3\0" "x-amz-checksum-xxhash3", &s_ChecksumXXHASH3, offsetof(struct awsc_s3_head_object_output, checksum_xxhash3), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH128\0" "x-amz-checksum-xxhash128", &s_ChecksumXXHASH128, offsetof(struct awsc_s3_head_object_output, checksum_xxhash128), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumType\0" "x-amz-checksum-type", &s_ChecksumType, offsetof(struct awsc_s3_head_object_output, checksum_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ETag", &s_ETag, offsetof(struct awsc_s3_head_object_output, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"MissingMeta\0" "x-amz-missing-meta", &s_MissingMeta, offsetof(struct awsc_s3_head_object_output, missing_meta), offsetof(struct awsc_s3_head_object_output, has_missing_meta), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "x-amz-version-id", &s_ObjectVersionId, offsetof(struct awsc_s3_head_object_output, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"CacheControl\0" "Cache-Control", &s_CacheControl, offsetof(struct awsc_s3_head_object_output, cache_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentDisposition\0" "Content-Disposition", &s_ContentDisposition, offsetof(struct awsc_s3_head_object_output, content_disposition), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentEncoding\0" "Content-Encoding", &s_ContentEncoding, offsetof(struct awsc_s3_head_object_output, content_encoding), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentLanguage\0" "Content-Language", &s_ContentLanguage, offsetof(struct awsc_s3_head_object_output, content_language), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentType\0" "Content-Type", &s_ContentType, offsetof(struct awsc_s3_head_object_output, content_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentRange\0" "Content-Range", &s_ContentRange, offsetof(struct awsc_s3_head_object_output, content_range), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Expires", &s_Expires, offsetof(struct awsc_s3_head_object_output, expires), offsetof(struct awsc_s3_head_object_output, has_expires), 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"WebsiteRedirectLocation\0" "x-amz-website-redirect-location", &s_WebsiteRedirectLocation, offsetof(struct awsc_s3_head_object_output, website_redirect_location), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ServerSideEncryption\0" "x-amz-server-side-encryption", &s_ServerSideEncryption, offsetof(struct awsc_s3_head_object_output, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Metadata\0" "x-amz-meta-", &s_Metadata, offsetof(struct awsc_s3_head_object_output, metadata), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADERS, AWSC_TSFMT_DEFAULT},
    {"SSECustomerAlgorithm\0" "x-amz-server-side-encryption-customer-algorithm", &s_SSECustomerAlgorithm, offsetof(struct awsc_s3_head_object_output, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKeyMD5\0" "x-amz-server-side-encryption-customer-key-MD5", &s_SSECustomerKeyMD5, offsetof(struct awsc_s3_head_object_output, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSEKMSKeyId\0" "x-amz-server-side-encryption-aws-kms-key-id", &s_SSEKMSKeyId, offsetof(struct awsc_s3_head_object_output, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"BucketKeyEnabled\0" "x-amz-server-side-encryption-bucket-key-enabled", &s_BucketKeyEnabled, offsetof(struct awsc_s3_head_object_output, bucket_key_enabled), offsetof(struct awsc_s3_head_object_output, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"StorageClass\0" "x-amz-storage-class", &s_StorageClass, offsetof(struct awsc_s3_head_object_output, storage_class), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_head_object_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ReplicationStatus\0" "x-amz-replication-status", &s_ReplicationStatus, offsetof(struct awsc_s3_head_object_output, replication_status), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"PartsCount\0" "x-amz-mp-parts-count", &s_PartsCount, offsetof(struct awsc_s3_head_object_output, parts_count), offsetof(struct awsc_s3_head_object_output, has_parts_count), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"TagCount\0" "x-amz-tagging-count", &s_TagCount, offsetof(struct awsc_s3_head_object_output, tag_count), offsetof(struct awsc_s3_head_object_output, has_tag_count), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ObjectLockMode\0" "x-amz-object-lock-mode", &s_ObjectLockMode, offsetof(struct awsc_s3_head_object_output, object_lock_mode), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ObjectLockRetainUntilDate\0" "x-amz-object-lock-retain-until-date", &s_ObjectLockRetainUntilDate, offsetof(struct awsc_s3_head_object_output, object_lock_retain_until_date), offsetof(struct awsc_s3_head_object_output, has_object_lock_retain_until_date), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ObjectLockLegalHoldStatus\0" "x-amz-object-lock-legal-hold", &s_ObjectLockLegalHoldStatus, offsetof(struct awsc_s3_head_object_output, object_lock_legal_hold_status), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_HeadObjectOutput_by_wire_name[] = { 21, 22, 23, 24, 6, 26, 25, 18, 27, 5, 1, 4, 7, 8, 9, 13, 10, 11, 12, 17, 16, 15, 14, 0, 2, 30, 19, 38, 42, 40, 41, 37, 36, 3, 29, 33, 34, 31, 32, 35, 39, 20, 28 };

static const struct awsc_member awsc__s3_HeadObjectRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_head_object_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"IfMatch\0" "If-Match", &s_IfMatch, offsetof(struct awsc_s3_head_object_input, if_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"IfModifiedSince\0" "If-Modified-Since", &s_IfModifiedSince, offsetof(struct awsc_s3_head_object_input, if_modified_since), offsetof(struct awsc_s3_head_object_input, has_if_modified_since), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"IfNoneMatch\0" "If-None-Match", &s_IfNoneMatch, offsetof(struct awsc_s3_head_object_input, if_none_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"IfUnmodifiedSince\0" "If-Unmodified-Since", &s_IfUnmodifiedSince, offsetof(struct awsc_s3_head_object_input, if_unmodified_since), offsetof(struct awsc_s3_head_object_input, has_if_unmodified_since), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_head_object_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Range", &s_Range, offsetof(struct awsc_s3_head_object_input, range), AWSC_NO_PRESENCE, 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ResponseCacheControl\0" "response-cache-control", &s_ResponseCacheControl, offsetof(struct awsc_s3_head_object_input, response_cache_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ResponseContentDisposition\0" "response-content-disposition", &s_ResponseContentDisposition, offsetof(struct awsc_s3_head_object_input, response_content_disposition), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ResponseContentEncoding\0" "response-content-encoding", &s_ResponseContentEncoding, offsetof(struct awsc_s3_head_object_input, response_content_encoding), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ResponseContentLanguage\0" "response-content-language", &s_ResponseContentLanguage, offsetof(struct awsc_s3_head_object_input, response_content_language), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ResponseContentType\0" "response-content-type", &s_ResponseContentType, offsetof(struct awsc_s3_head_object_input, response_content_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ResponseExpires\0" "response-expires", &s_ResponseExpires, offsetof(struct awsc_s3_head_object_input, response_expires), offsetof(struct awsc_s3_head_object_input, has_response_expires), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "versionId", &s_ObjectVersionId, offsetof(struct awsc_s3_head_object_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"SSECustomerAlgorithm\0" "x-amz-server-side-encryption-customer-algorithm", &s_SSECustomerAlgorithm, offsetof(struct awsc_s3_head_object_input, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKey\0" "x-amz-server-side-encryption-customer-key", &s_SSECustomerKey, offsetof(struct awsc_s3_head_object_input, sse_customer_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKeyMD5\0" "x-amz-server-side-encryption-customer-key-MD5", &s_SSECustomerKeyMD5, offsetof(struct awsc_s3_head_object_input, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_head_object_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"PartNumber\0" "partNumber", &s_PartNumber, offsetof(struct awsc_s3_head_object_input, part_number), offsetof(struct awsc_s3_head_object_input, has_part_number), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_head_object_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumMode\0" "x-amz-checksum-mode", &s_ChecksumMode, offsetof(struct awsc_s3_head_object_input, checksum_mode), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_HeadObjectRequest_by_wire_name[] = { 0, 1, 2, 3, 4, 5, 6, 18, 7, 8, 9, 10, 11, 12, 13, 20, 19, 17, 14, 15, 16 };

static const struct awsc_member s_IndexDocument_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Suffix", &s_Suffix, offsetof(struct awsc_s3_index_document, suffix), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_IndexDocument_by_wire_name[] = { 0 };

static const struct awsc_member s_Initiator_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ID", &s_ID, offsetof(struct awsc_s3_initiator, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DisplayName", &s_DisplayName, offsetof(struct awsc_s3_initiator, display_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Initiator_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_InputSerialization_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CSV", &s_CSVInput, offsetof(struct awsc_s3_input_serialization, csv), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CompressionType", &s_CompressionType, offsetof(struct awsc_s3_input_serialization, compression_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"JSON", &s_JSONInput, offsetof(struct awsc_s3_input_serialization, json), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Parquet", &s_ParquetInput, offsetof(struct awsc_s3_input_serialization, parquet), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InputSerialization_by_wire_name[] = { 0, 1, 2, 3 };

static const struct awsc_member s_IntelligentTieringAndOperator_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Prefix", &s_Prefix, offsetof(struct awsc_s3_intelligent_tiering_and_operator, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags\0" "Tag", &s_TagSet, offsetof(struct awsc_s3_intelligent_tiering_and_operator, tags), AWSC_NO_PRESENCE, AWSC_MF_FLATTENED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_IntelligentTieringAndOperator_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_IntelligentTieringConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Id", &s_IntelligentTieringId, offsetof(struct awsc_s3_intelligent_tiering_configuration, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Filter", &s_IntelligentTieringFilter, offsetof(struct awsc_s3_intelligent_tiering_configuration, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_IntelligentTieringStatus, offsetof(struct awsc_s3_intelligent_tiering_configuration, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tierings\0" "Tiering", &s_TieringList, offsetof(struct awsc_s3_intelligent_tiering_configuration, tierings), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_IntelligentTieringConfiguration_by_wire_name[] = { 1, 0, 2, 3 };

static const struct awsc_member s_IntelligentTieringFilter_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Prefix", &s_Prefix, offsetof(struct awsc_s3_intelligent_tiering_filter, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tag", &s_Tag, offsetof(struct awsc_s3_intelligent_tiering_filter, tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"And", &s_IntelligentTieringAndOperator, offsetof(struct awsc_s3_intelligent_tiering_filter, and_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_IntelligentTieringFilter_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member awsc__s3_InvalidObjectState_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StorageClass", &s_StorageClass, offsetof(struct awsc_s3_invalid_object_state, storage_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AccessTier", &s_IntelligentTieringAccessTier, offsetof(struct awsc_s3_invalid_object_state, access_tier), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_InvalidObjectState_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_InventoryConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Destination", &s_InventoryDestination, offsetof(struct awsc_s3_inventory_configuration, destination), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsEnabled", &s_IsEnabled, offsetof(struct awsc_s3_inventory_configuration, is_enabled), offsetof(struct awsc_s3_inventory_configuration, has_is_enabled), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Filter", &s_InventoryFilter, offsetof(struct awsc_s3_inventory_configuration, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Id", &s_InventoryId, offsetof(struct awsc_s3_inventory_configuration, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IncludedObjectVersions", &s_InventoryIncludedObjectVersions, offsetof(struct awsc_s3_inventory_configuration, included_object_versions), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OptionalFields", &s_InventoryOptionalFields, offsetof(struct awsc_s3_inventory_configuration, optional_fields), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Schedule", &s_InventorySchedule, offsetof(struct awsc_s3_inventory_configuration, schedule), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InventoryConfiguration_by_wire_name[] = { 0, 2, 3, 4, 1, 5, 6 };

static const struct awsc_member s_InventoryDestination_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"S3BucketDestination", &s_InventoryS3BucketDestination, offsetof(struct awsc_s3_inventory_destination, s3_bucket_destination), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InventoryDestination_by_wire_name[] = { 0 };

static const struct awsc_member s_InventoryEncryption_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SSES3\0" "SSE-S3", &s_SSES3, offsetof(struct awsc_s3_inventory_encryption, sses3), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SSEKMS\0" "SSE-KMS", &s_SSEKMS, offsetof(struct awsc_s3_inventory_encryption, ssekms), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InventoryEncryption_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_InventoryFilter_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Prefix", &s_Prefix, offsetof(struct awsc_s3_inventory_filter, prefix), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InventoryFilter_by_wire_name[] = { 0 };

static const struct awsc_member s_InventoryS3BucketDestination_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AccountId", &s_AccountId, offsetof(struct awsc_s3_inventory_s3_bucket_destination, account_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_inventory_s3_bucket_destination, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Format", &s_InventoryFormat, offsetof(struct awsc_s3_inventory_s3_bucket_destination, format), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Prefix", &s_Prefix, offsetof(struct awsc_s3_inventory_s3_bucket_destination, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Encryption", &s_InventoryEncryption, offsetof(struct awsc_s3_inventory_s3_bucket_destination, encryption), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InventoryS3BucketDestination_by_wire_name[] = { 0, 1, 4, 2, 3 };

static const struct awsc_member s_InventorySchedule_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Frequency", &s_InventoryFrequency, offsetof(struct awsc_s3_inventory_schedule, frequency), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InventorySchedule_by_wire_name[] = { 0 };

static const struct awsc_member s_InventoryTableConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConfigurationState", &s_InventoryConfigurationState, offsetof(struct awsc_s3_inventory_table_configuration, configuration_state), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EncryptionConfiguration", &s_MetadataTableEncryptionConfiguration, offsetof(struct awsc_s3_inventory_table_configuration, encryption_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InventoryTableConfiguration_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_InventoryTableConfigurationResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConfigurationState", &s_InventoryConfigurationState, offsetof(struct awsc_s3_inventory_table_configuration_result, configuration_state), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableStatus", &s_MetadataTableStatus, offsetof(struct awsc_s3_inventory_table_configuration_result, table_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Error", &s_ErrorDetails, offsetof(struct awsc_s3_inventory_table_configuration_result, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableName", &s_S3TablesName, offsetof(struct awsc_s3_inventory_table_configuration_result, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableArn", &s_S3TablesArn, offsetof(struct awsc_s3_inventory_table_configuration_result, table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InventoryTableConfigurationResult_by_wire_name[] = { 0, 2, 4, 3, 1 };

static const struct awsc_member s_InventoryTableConfigurationUpdates_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConfigurationState", &s_InventoryConfigurationState, offsetof(struct awsc_s3_inventory_table_configuration_updates, configuration_state), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EncryptionConfiguration", &s_MetadataTableEncryptionConfiguration, offsetof(struct awsc_s3_inventory_table_configuration_updates, encryption_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InventoryTableConfigurationUpdates_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_JSONInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_JSONType, offsetof(struct awsc_s3_json_input, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_JSONInput_by_wire_name[] = { 0 };

static const struct awsc_member s_JSONOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RecordDelimiter", &s_RecordDelimiter, offsetof(struct awsc_s3_json_output, record_delimiter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_JSONOutput_by_wire_name[] = { 0 };

static const struct awsc_member s_JournalTableConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RecordExpiration", &s_RecordExpiration, offsetof(struct awsc_s3_journal_table_configuration, record_expiration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EncryptionConfiguration", &s_MetadataTableEncryptionConfiguration, offsetof(struct awsc_s3_journal_table_configuration, encryption_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_JournalTableConfiguration_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_JournalTableConfigurationResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableStatus", &s_MetadataTableStatus, offsetof(struct awsc_s3_journal_table_configuration_result, table_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Error", &s_ErrorDetails, offsetof(struct awsc_s3_journal_table_configuration_result, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableName", &s_S3TablesName, offsetof(struct awsc_s3_journal_table_configuration_result, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableArn", &s_S3TablesArn, offsetof(struct awsc_s3_journal_table_configuration_result, table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RecordExpiration", &s_RecordExpiration, offsetof(struct awsc_s3_journal_table_configuration_result, record_expiration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_JournalTableConfigurationResult_by_wire_name[] = { 1, 4, 3, 2, 0 };

static const struct awsc_member s_JournalTableConfigurationUpdates_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RecordExpiration", &s_RecordExpiration, offsetof(struct awsc_s3_journal_table_configuration_updates, record_expiration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_JournalTableConfigurationUpdates_by_wire_name[] = { 0 };

static const struct awsc_member s_LambdaFunctionConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Id", &s_NotificationId, offsetof(struct awsc_s3_lambda_function_configuration, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LambdaFunctionArn\0" "CloudFunction", &s_LambdaFunctionArn, offsetof(struct awsc_s3_lambda_function_configuration, lambda_function_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Events\0" "Event", &s_EventList, offsetof(struct awsc_s3_lambda_function_configuration, events), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Filter", &s_NotificationConfigurationFilter, offsetof(struct awsc_s3_lambda_function_configuration, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_LambdaFunctionConfiguration_by_wire_name[] = { 1, 2, 3, 0 };

static const struct awsc_member s_LifecycleConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Rules\0" "Rule", &s_Rules, offsetof(struct awsc_s3_lifecycle_configuration, rules), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_LifecycleConfiguration_by_wire_name[] = { 0 };

static const struct awsc_member s_LifecycleExpiration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Date", &s_Date, offsetof(struct awsc_s3_lifecycle_expiration, date), offsetof(struct awsc_s3_lifecycle_expiration, has_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Days", &s_Days, offsetof(struct awsc_s3_lifecycle_expiration, days), offsetof(struct awsc_s3_lifecycle_expiration, has_days), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpiredObjectDeleteMarker", &s_ExpiredObjectDeleteMarker, offsetof(struct awsc_s3_lifecycle_expiration, expired_object_delete_marker), offsetof(struct awsc_s3_lifecycle_expiration, has_expired_object_delete_marker), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_LifecycleExpiration_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member s_LifecycleRule_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Expiration", &s_LifecycleExpiration, offsetof(struct awsc_s3_lifecycle_rule, expiration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ID", &s_ID, offsetof(struct awsc_s3_lifecycle_rule, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Prefix", &s_Prefix, offsetof(struct awsc_s3_lifecycle_rule, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Filter", &s_LifecycleRuleFilter, offsetof(struct awsc_s3_lifecycle_rule, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_ExpirationStatus, offsetof(struct awsc_s3_lifecycle_rule, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Transitions\0" "Transition", &s_TransitionList, offsetof(struct awsc_s3_lifecycle_rule, transitions), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NoncurrentVersionTransitions\0" "NoncurrentVersionTransition", &s_NoncurrentVersionTransitionList, offsetof(struct awsc_s3_lifecycle_rule, noncurrent_version_transitions), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NoncurrentVersionExpiration", &s_NoncurrentVersionExpiration, offsetof(struct awsc_s3_lifecycle_rule, noncurrent_version_expiration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AbortIncompleteMultipartUpload", &s_AbortIncompleteMultipartUpload, offsetof(struct awsc_s3_lifecycle_rule, abort_incomplete_multipart_upload), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_LifecycleRule_by_wire_name[] = { 8, 0, 3, 1, 7, 6, 2, 4, 5 };

static const struct awsc_member s_LifecycleRuleAndOperator_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Prefix", &s_Prefix, offsetof(struct awsc_s3_lifecycle_rule_and_operator, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags\0" "Tag", &s_TagSet, offsetof(struct awsc_s3_lifecycle_rule_and_operator, tags), AWSC_NO_PRESENCE, AWSC_MF_FLATTENED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ObjectSizeGreaterThan", &s_ObjectSizeGreaterThanBytes, offsetof(struct awsc_s3_lifecycle_rule_and_operator, object_size_greater_than), offsetof(struct awsc_s3_lifecycle_rule_and_operator, has_object_size_greater_than), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ObjectSizeLessThan", &s_ObjectSizeLessThanBytes, offsetof(struct awsc_s3_lifecycle_rule_and_operator, object_size_less_than), offsetof(struct awsc_s3_lifecycle_rule_and_operator, has_object_size_less_than), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_LifecycleRuleAndOperator_by_wire_name[] = { 2, 3, 0, 1 };

static const struct awsc_member s_LifecycleRuleFilter_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Prefix", &s_Prefix, offsetof(struct awsc_s3_lifecycle_rule_filter, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tag", &s_Tag, offsetof(struct awsc_s3_lifecycle_rule_filter, tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ObjectSizeGreaterThan", &s_ObjectSizeGreaterThanBytes, offsetof(struct awsc_s3_lifecycle_rule_filter, object_size_greater_than), offsetof(struct awsc_s3_lifecycle_rule_filter, has_object_size_greater_than), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ObjectSizeLessThan", &s_ObjectSizeLessThanBytes, offsetof(struct awsc_s3_lifecycle_rule_filter, object_size_less_than), offsetof(struct awsc_s3_lifecycle_rule_filter, has_object_size_less_than), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"And", &s_LifecycleRuleAndOperator, offsetof(struct awsc_s3_lifecycle_rule_filter, and_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_LifecycleRuleFilter_by_wire_name[] = { 4, 2, 3, 0, 1 };

static const struct awsc_member awsc__s3_ListBucketAnalyticsConfigurationsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IsTruncated", &s_IsTruncated, offsetof(struct awsc_s3_list_bucket_analytics_configurations_output, is_truncated), offsetof(struct awsc_s3_list_bucket_analytics_configurations_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContinuationToken", &s_Token, offsetof(struct awsc_s3_list_bucket_analytics_configurations_output, continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextContinuationToken", &s_NextToken, offsetof(struct awsc_s3_list_bucket_analytics_configurations_output, next_continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AnalyticsConfigurationList\0" "AnalyticsConfiguration", &s_AnalyticsConfigurationList, offsetof(struct awsc_s3_list_bucket_analytics_configurations_output, analytics_configuration_list), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_ListBucketAnalyticsConfigurationsOutput_by_wire_name[] = { 3, 1, 0, 2 };

static const struct awsc_member awsc__s3_ListBucketAnalyticsConfigurationsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_list_bucket_analytics_configurations_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ContinuationToken\0" "continuation-token", &s_Token, offsetof(struct awsc_s3_list_bucket_analytics_configurations_input, continuation_token), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_list_bucket_analytics_configurations_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_ListBucketAnalyticsConfigurationsRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__s3_ListBucketIntelligentTieringConfigurationsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IsTruncated", &s_IsTruncated, offsetof(struct awsc_s3_list_bucket_intelligent_tiering_configurations_output, is_truncated), offsetof(struct awsc_s3_list_bucket_intelligent_tiering_configurations_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContinuationToken", &s_Token, offsetof(struct awsc_s3_list_bucket_intelligent_tiering_configurations_output, continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextContinuationToken", &s_NextToken, offsetof(struct awsc_s3_list_bucket_intelligent_tiering_configurations_output, next_continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IntelligentTieringConfigurationList\0" "IntelligentTieringConfiguration", &s_IntelligentTieringConfigurationList, offsetof(struct awsc_s3_list_bucket_intelligent_tiering_configurations_output, intelligent_tiering_configuration_list), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_ListBucketIntelligentTieringConfigurationsOutput_by_wire_name[] = { 1, 3, 0, 2 };

static const struct awsc_member awsc__s3_ListBucketIntelligentTieringConfigurationsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_list_bucket_intelligent_tiering_configurations_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ContinuationToken\0" "continuation-token", &s_Token, offsetof(struct awsc_s3_list_bucket_intelligent_tiering_configurations_input, continuation_token), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_list_bucket_intelligent_tiering_configurations_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_ListBucketIntelligentTieringConfigurationsRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__s3_ListBucketInventoryConfigurationsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ContinuationToken", &s_Token, offsetof(struct awsc_s3_list_bucket_inventory_configurations_output, continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InventoryConfigurationList\0" "InventoryConfiguration", &s_InventoryConfigurationList, offsetof(struct awsc_s3_list_bucket_inventory_configurations_output, inventory_configuration_list), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_IsTruncated, offsetof(struct awsc_s3_list_bucket_inventory_configurations_output, is_truncated), offsetof(struct awsc_s3_list_bucket_inventory_configurations_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextContinuationToken", &s_NextToken, offsetof(struct awsc_s3_list_bucket_inventory_configurations_output, next_continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_ListBucketInventoryConfigurationsOutput_by_wire_name[] = { 0, 1, 2, 3 };

static const struct awsc_member awsc__s3_ListBucketInventoryConfigurationsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_list_bucket_inventory_configurations_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ContinuationToken\0" "continuation-token", &s_Token, offsetof(struct awsc_s3_list_bucket_inventory_configurations_input, continuation_token), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_list_bucket_inventory_configurations_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_ListBucketInventoryConfigurationsRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__s3_ListBucketMetricsConfigurationsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IsTruncated", &s_IsTruncated, offsetof(struct awsc_s3_list_bucket_metrics_configurations_output, is_truncated), offsetof(struct awsc_s3_list_bucket_metrics_configurations_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContinuationToken", &s_Token, offsetof(struct awsc_s3_list_bucket_metrics_configurations_output, continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextContinuationToken", &s_NextToken, offsetof(struct awsc_s3_list_bucket_metrics_configurations_output, next_continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MetricsConfigurationList\0" "MetricsConfiguration", &s_MetricsConfigurationList, offsetof(struct awsc_s3_list_bucket_metrics_configurations_output, metrics_configuration_list), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_ListBucketMetricsConfigurationsOutput_by_wire_name[] = { 1, 0, 3, 2 };

static const struct awsc_member awsc__s3_ListBucketMetricsConfigurationsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_list_bucket_metrics_configurations_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ContinuationToken\0" "continuation-token", &s_Token, offsetof(struct awsc_s3_list_bucket_metrics_configurations_input, continuation_token), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_list_bucket_metrics_configurations_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_ListBucketMetricsConfigurationsRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__s3_ListBucketsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Buckets", &s_Buckets, offsetof(struct awsc_s3_list_buckets_output, buckets), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Owner", &s_Owner, offsetof(struct awsc_s3_list_buckets_output, owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContinuationToken", &s_NextToken, offsetof(struct awsc_s3_list_buckets_output, continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Prefix", &s_Prefix, offsetof(struct awsc_s3_list_buckets_output, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_ListBucketsOutput_by_wire_name[] = { 0, 2, 1, 3 };

static const struct awsc_member awsc__s3_ListBucketsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MaxBuckets\0" "max-buckets", &s_MaxBuckets, offsetof(struct awsc_s3_list_buckets_input, max_buckets), offsetof(struct awsc_s3_list_buckets_input, has_max_buckets), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ContinuationToken\0" "continuation-token", &s_Token, offsetof(struct awsc_s3_list_buckets_input, continuation_token), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"Prefix\0" "prefix", &s_Prefix, offsetof(struct awsc_s3_list_buckets_input, prefix), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"BucketRegion\0" "bucket-region", &s_BucketRegion, offsetof(struct awsc_s3_list_buckets_input, bucket_region), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_ListBucketsRequest_by_wire_name[] = { 3, 1, 0, 2 };

static const struct awsc_member awsc__s3_ListDirectoryBucketsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Buckets", &s_Buckets, offsetof(struct awsc_s3_list_directory_buckets_output, buckets), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContinuationToken", &s_DirectoryBucketToken, offsetof(struct awsc_s3_list_directory_buckets_output, continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_ListDirectoryBucketsOutput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_ListDirectoryBucketsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ContinuationToken\0" "continuation-token", &s_DirectoryBucketToken, offsetof(struct awsc_s3_list_directory_buckets_input, continuation_token), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"MaxDirectoryBuckets\0" "max-directory-buckets", &s_MaxDirectoryBuckets, offsetof(struct awsc_s3_list_directory_buckets_input, max_directory_buckets), offsetof(struct awsc_s3_list_directory_buckets_input, has_max_directory_buckets), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_ListDirectoryBucketsRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_ListMultipartUploadsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_list_multipart_uploads_output, bucket), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KeyMarker", &s_KeyMarker, offsetof(struct awsc_s3_list_multipart_uploads_output, key_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UploadIdMarker", &s_UploadIdMarker, offsetof(struct awsc_s3_list_multipart_uploads_output, upload_id_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextKeyMarker", &s_NextKeyMarker, offsetof(struct awsc_s3_list_multipart_uploads_output, next_key_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Prefix", &s_Prefix, offsetof(struct awsc_s3_list_multipart_uploads_output, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Delimiter", &s_Delimiter, offsetof(struct awsc_s3_list_multipart_uploads_output, delimiter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextUploadIdMarker", &s_NextUploadIdMarker, offsetof(struct awsc_s3_list_multipart_uploads_output, next_upload_id_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxUploads", &s_MaxUploads, offsetof(struct awsc_s3_list_multipart_uploads_output, max_uploads), offsetof(struct awsc_s3_list_multipart_uploads_output, has_max_uploads), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_IsTruncated, offsetof(struct awsc_s3_list_multipart_uploads_output, is_truncated), offsetof(struct awsc_s3_list_multipart_uploads_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Uploads\0" "Upload", &s_MultipartUploadList, offsetof(struct awsc_s3_list_multipart_uploads_output, uploads), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CommonPrefixes", &s_CommonPrefixList, offsetof(struct awsc_s3_list_multipart_uploads_output, common_prefixes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EncodingType", &s_EncodingType, offsetof(struct awsc_s3_list_multipart_uploads_output, encoding_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_list_multipart_uploads_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_ListMultipartUploadsOutput_by_wire_name[] = { 0, 10, 5, 11, 8, 1, 7, 3, 6, 4, 9, 2, 12 };

static const struct awsc_member awsc__s3_ListMultipartUploadsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_list_multipart_uploads_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Delimiter\0" "delimiter", &s_Delimiter, offsetof(struct awsc_s3_list_multipart_uploads_input, delimiter), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"EncodingType\0" "encoding-type", &s_EncodingType, offsetof(struct awsc_s3_list_multipart_uploads_input, encoding_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"KeyMarker\0" "key-marker", &s_KeyMarker, offsetof(struct awsc_s3_list_multipart_uploads_input, key_marker), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"MaxUploads\0" "max-uploads", &s_MaxUploads, offsetof(struct awsc_s3_list_multipart_uploads_input, max_uploads), offsetof(struct awsc_s3_list_multipart_uploads_input, has_max_uploads), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"Prefix\0" "prefix", &s_Prefix, offsetof(struct awsc_s3_list_multipart_uploads_input, prefix), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"UploadIdMarker\0" "upload-id-marker", &s_UploadIdMarker, offsetof(struct awsc_s3_list_multipart_uploads_input, upload_id_marker), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_list_multipart_uploads_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_list_multipart_uploads_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_ListMultipartUploadsRequest_by_wire_name[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8 };

static const struct awsc_member awsc__s3_ListObjectAnnotationsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Annotations", &s_AnnotationList, offsetof(struct awsc_s3_list_object_annotations_output, annotations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_list_object_annotations_output, bucket), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_list_object_annotations_output, key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ObjectVersionId\0" "x-amz-object-version-id", &s_ObjectVersionId, offsetof(struct awsc_s3_list_object_annotations_output, object_version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"AnnotationPrefix", &s_AnnotationPrefix, offsetof(struct awsc_s3_list_object_annotations_output, annotation_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxAnnotationResults", &s_MaxAnnotationResults, offsetof(struct awsc_s3_list_object_annotations_output, max_annotation_results), offsetof(struct awsc_s3_list_object_annotations_output, has_max_annotation_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AnnotationCount", &s_AnnotationCount, offsetof(struct awsc_s3_list_object_annotations_output, annotation_count), offsetof(struct awsc_s3_list_object_annotations_output, has_annotation_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContinuationToken", &s_Token, offsetof(struct awsc_s3_list_object_annotations_output, continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextContinuationToken", &s_NextToken, offsetof(struct awsc_s3_list_object_annotations_output, next_continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_list_object_annotations_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_ListObjectAnnotationsOutput_by_wire_name[] = { 6, 4, 0, 1, 7, 2, 5, 8, 3, 9 };

static const struct awsc_member awsc__s3_ListObjectAnnotationsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_list_object_annotations_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_list_object_annotations_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "versionId", &s_ObjectVersionId, offsetof(struct awsc_s3_list_object_annotations_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"MaxAnnotationResults\0" "max-annotation-results", &s_MaxAnnotationResults, offsetof(struct awsc_s3_list_object_annotations_input, max_annotation_results), offsetof(struct awsc_s3_list_object_annotations_input, has_max_annotation_results), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"AnnotationPrefix\0" "annotation-prefix", &s_AnnotationPrefix, offsetof(struct awsc_s3_list_object_annotations_input, annotation_prefix), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ContinuationToken\0" "continuation-token", &s_Token, offsetof(struct awsc_s3_list_object_annotations_input, continuation_token), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_list_object_annotations_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_list_object_annotations_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_ListObjectAnnotationsRequest_by_wire_name[] = { 0, 1, 4, 5, 3, 2, 7, 6 };

static const struct awsc_member awsc__s3_ListObjectVersionsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IsTruncated", &s_IsTruncated, offsetof(struct awsc_s3_list_object_versions_output, is_truncated), offsetof(struct awsc_s3_list_object_versions_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KeyMarker", &s_KeyMarker, offsetof(struct awsc_s3_list_object_versions_output, key_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VersionIdMarker", &s_VersionIdMarker, offsetof(struct awsc_s3_list_object_versions_output, version_id_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextKeyMarker", &s_NextKeyMarker, offsetof(struct awsc_s3_list_object_versions_output, next_key_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextVersionIdMarker", &s_NextVersionIdMarker, offsetof(struct awsc_s3_list_object_versions_output, next_version_id_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Versions\0" "Version", &s_ObjectVersionList, offsetof(struct awsc_s3_list_object_versions_output, versions), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DeleteMarkers\0" "DeleteMarker", &s_DeleteMarkers, offsetof(struct awsc_s3_list_object_versions_output, delete_markers), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Name", &s_BucketName, offsetof(struct awsc_s3_list_object_versions_output, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Prefix", &s_Prefix, offsetof(struct awsc_s3_list_object_versions_output, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Delimiter", &s_Delimiter, offsetof(struct awsc_s3_list_object_versions_output, delimiter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxKeys", &s_MaxKeys, offsetof(struct awsc_s3_list_object_versions_output, max_keys), offsetof(struct awsc_s3_list_object_versions_output, has_max_keys), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CommonPrefixes", &s_CommonPrefixList, offsetof(struct awsc_s3_list_object_versions_output, common_prefixes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EncodingType", &s_EncodingType, offsetof(struct awsc_s3_list_object_versions_output, encoding_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_list_object_versions_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_ListObjectVersionsOutput_by_wire_name[] = { 11, 6, 9, 12, 0, 1, 10, 7, 3, 4, 8, 5, 2, 13 };

static const struct awsc_member awsc__s3_ListObjectVersionsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_list_object_versions_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Delimiter\0" "delimiter", &s_Delimiter, offsetof(struct awsc_s3_list_object_versions_input, delimiter), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"EncodingType\0" "encoding-type", &s_EncodingType, offsetof(struct awsc_s3_list_object_versions_input, encoding_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"KeyMarker\0" "key-marker", &s_KeyMarker, offsetof(struct awsc_s3_list_object_versions_input, key_marker), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"MaxKeys\0" "max-keys", &s_MaxKeys, offsetof(struct awsc_s3_list_object_versions_input, max_keys), offsetof(struct awsc_s3_list_object_versions_input, has_max_keys), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"Prefix\0" "prefix", &s_Prefix, offsetof(struct awsc_s3_list_object_versions_input, prefix), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"VersionIdMarker\0" "version-id-marker", &s_VersionIdMarker, offsetof(struct awsc_s3_list_object_versions_input, version_id_marker), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_list_object_versions_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_list_object_versions_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"OptionalObjectAttributes\0" "x-amz-optional-object-attributes", &s_OptionalObjectAttributesList, offsetof(struct awsc_s3_list_object_versions_input, optional_object_attributes), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_ListObjectVersionsRequest_by_wire_name[] = { 0, 1, 2, 3, 4, 5, 6, 7, 9, 8 };

static const struct awsc_member awsc__s3_ListObjectsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IsTruncated", &s_IsTruncated, offsetof(struct awsc_s3_list_objects_output, is_truncated), offsetof(struct awsc_s3_list_objects_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_Marker, offsetof(struct awsc_s3_list_objects_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextMarker", &s_NextMarker, offsetof(struct awsc_s3_list_objects_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Contents", &s_ObjectList, offsetof(struct awsc_s3_list_objects_output, contents), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Name", &s_BucketName, offsetof(struct awsc_s3_list_objects_output, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Prefix", &s_Prefix, offsetof(struct awsc_s3_list_objects_output, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Delimiter", &s_Delimiter, offsetof(struct awsc_s3_list_objects_output, delimiter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxKeys", &s_MaxKeys, offsetof(struct awsc_s3_list_objects_output, max_keys), offsetof(struct awsc_s3_list_objects_output, has_max_keys), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CommonPrefixes", &s_CommonPrefixList, offsetof(struct awsc_s3_list_objects_output, common_prefixes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EncodingType", &s_EncodingType, offsetof(struct awsc_s3_list_objects_output, encoding_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_list_objects_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_ListObjectsOutput_by_wire_name[] = { 8, 3, 6, 9, 0, 1, 7, 4, 2, 5, 10 };

static const struct awsc_member awsc__s3_ListObjectsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_list_objects_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Delimiter\0" "delimiter", &s_Delimiter, offsetof(struct awsc_s3_list_objects_input, delimiter), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"EncodingType\0" "encoding-type", &s_EncodingType, offsetof(struct awsc_s3_list_objects_input, encoding_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"Marker\0" "marker", &s_Marker, offsetof(struct awsc_s3_list_objects_input, marker), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"MaxKeys\0" "max-keys", &s_MaxKeys, offsetof(struct awsc_s3_list_objects_input, max_keys), offsetof(struct awsc_s3_list_objects_input, has_max_keys), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"Prefix\0" "prefix", &s_Prefix, offsetof(struct awsc_s3_list_objects_input, prefix), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_list_objects_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_list_objects_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"OptionalObjectAttributes\0" "x-amz-optional-object-attributes", &s_OptionalObjectAttributesList, offsetof(struct awsc_s3_list_objects_input, optional_object_attributes), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_ListObjectsRequest_by_wire_name[] = { 0, 1, 2, 3, 4, 5, 7, 8, 6 };

static const struct awsc_member awsc__s3_ListObjectsV2Output_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IsTruncated", &s_IsTruncated, offsetof(struct awsc_s3_list_objects_v2_output, is_truncated), offsetof(struct awsc_s3_list_objects_v2_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Contents", &s_ObjectList, offsetof(struct awsc_s3_list_objects_v2_output, contents), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Name", &s_BucketName, offsetof(struct awsc_s3_list_objects_v2_output, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Prefix", &s_Prefix, offsetof(struct awsc_s3_list_objects_v2_output, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Delimiter", &s_Delimiter, offsetof(struct awsc_s3_list_objects_v2_output, delimiter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxKeys", &s_MaxKeys, offsetof(struct awsc_s3_list_objects_v2_output, max_keys), offsetof(struct awsc_s3_list_objects_v2_output, has_max_keys), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CommonPrefixes", &s_CommonPrefixList, offsetof(struct awsc_s3_list_objects_v2_output, common_prefixes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EncodingType", &s_EncodingType, offsetof(struct awsc_s3_list_objects_v2_output, encoding_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KeyCount", &s_KeyCount, offsetof(struct awsc_s3_list_objects_v2_output, key_count), offsetof(struct awsc_s3_list_objects_v2_output, has_key_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContinuationToken", &s_Token, offsetof(struct awsc_s3_list_objects_v2_output, continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextContinuationToken", &s_NextToken, offsetof(struct awsc_s3_list_objects_v2_output, next_continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StartAfter", &s_StartAfter, offsetof(struct awsc_s3_list_objects_v2_output, start_after), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_list_objects_v2_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_ListObjectsV2Output_by_wire_name[] = { 6, 1, 9, 4, 7, 0, 8, 5, 2, 10, 3, 11, 12 };

static const struct awsc_member awsc__s3_ListObjectsV2Request_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_list_objects_v2_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Delimiter\0" "delimiter", &s_Delimiter, offsetof(struct awsc_s3_list_objects_v2_input, delimiter), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"EncodingType\0" "encoding-type", &s_EncodingType, offsetof(struct awsc_s3_list_objects_v2_input, encoding_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"MaxKeys\0" "max-keys", &s_MaxKeys, offsetof(struct awsc_s3_list_objects_v2_input, max_keys), offsetof(struct awsc_s3_list_objects_v2_input, has_max_keys), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"Prefix\0" "prefix", &s_Prefix, offsetof(struct awsc_s3_list_objects_v2_input, prefix), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ContinuationToken\0" "continuation-token", &s_Token, offsetof(struct awsc_s3_list_objects_v2_input, continuation_token), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"FetchOwner\0" "fetch-owner", &s_FetchOwner, offsetof(struct awsc_s3_list_objects_v2_input, fetch_owner), offsetof(struct awsc_s3_list_objects_v2_input, has_fetch_owner), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"StartAfter\0" "start-after", &s_StartAfter, offsetof(struct awsc_s3_list_objects_v2_input, start_after), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_list_objects_v2_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_list_objects_v2_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"OptionalObjectAttributes\0" "x-amz-optional-object-attributes", &s_OptionalObjectAttributesList, offsetof(struct awsc_s3_list_objects_v2_input, optional_object_attributes), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_ListObjectsV2Request_by_wire_name[] = { 0, 5, 1, 2, 6, 3, 4, 7, 9, 10, 8 };

static const struct awsc_member awsc__s3_ListPartsOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AbortDate\0" "x-amz-abort-date", &s_AbortDate, offsetof(struct awsc_s3_list_parts_output, abort_date), offsetof(struct awsc_s3_list_parts_output, has_abort_date), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"AbortRuleId\0" "x-amz-abort-rule-id", &s_AbortRuleId, offsetof(struct awsc_s3_list_parts_output, abort_rule_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_list_parts_output, bucket), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_list_parts_output, key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UploadId", &s_MultipartUploadId, offsetof(struct awsc_s3_list_parts_output, upload_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PartNumberMarker", &s_PartNumberMarker, offsetof(struct awsc_s3_list_parts_output, part_number_marker), offsetof(struct awsc_s3_list_parts_output, has_part_number_marker), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextPartNumberMarker", &s_NextPartNumberMarker, offsetof(struct awsc_s3_list_parts_output, next_part_number_marker), offsetof(struct awsc_s3_list_parts_output, has_next_part_number_marker), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxParts", &s_MaxParts, offsetof(struct awsc_s3_list_parts_output, max_parts), offsetof(struct awsc_s3_list_parts_output, has_max_parts), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_IsTruncated, offsetof(struct awsc_s3_list_parts_output, is_truncated), offsetof(struct awsc_s3_list_parts_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Parts\0" "Part", &s_Parts, offsetof(struct awsc_s3_list_parts_output, parts), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Initiator", &s_Initiator, offsetof(struct awsc_s3_list_parts_output, initiator), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Owner", &s_Owner, offsetof(struct awsc_s3_list_parts_output, owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StorageClass", &s_StorageClass, offsetof(struct awsc_s3_list_parts_output, storage_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_list_parts_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_list_parts_output, checksum_algorithm), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumType", &s_ChecksumType, offsetof(struct awsc_s3_list_parts_output, checksum_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_ListPartsOutput_by_wire_name[] = { 2, 14, 15, 10, 8, 3, 7, 6, 11, 9, 5, 12, 4, 0, 1, 13 };

static const struct awsc_member awsc__s3_ListPartsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_list_parts_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_list_parts_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"MaxParts\0" "max-parts", &s_MaxParts, offsetof(struct awsc_s3_list_parts_input, max_parts), offsetof(struct awsc_s3_list_parts_input, has_max_parts), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"PartNumberMarker\0" "part-number-marker", &s_PartNumberMarker, offsetof(struct awsc_s3_list_parts_input, part_number_marker), offsetof(struct awsc_s3_list_parts_input, has_part_number_marker), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"UploadId\0" "uploadId", &s_MultipartUploadId, offsetof(struct awsc_s3_list_parts_input, upload_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_list_parts_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_list_parts_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerAlgorithm\0" "x-amz-server-side-encryption-customer-algorithm", &s_SSECustomerAlgorithm, offsetof(struct awsc_s3_list_parts_input, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKey\0" "x-amz-server-side-encryption-customer-key", &s_SSECustomerKey, offsetof(struct awsc_s3_list_parts_input, sse_customer_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKeyMD5\0" "x-amz-server-side-encryption-customer-key-MD5", &s_SSECustomerKeyMD5, offsetof(struct awsc_s3_list_parts_input, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_ListPartsRequest_by_wire_name[] = { 0, 1, 2, 3, 4, 6, 5, 7, 8, 9 };

static const struct awsc_member s_LocationInfo_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Type", &s_LocationType, offsetof(struct awsc_s3_location_info, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Name", &s_LocationNameAsString, offsetof(struct awsc_s3_location_info, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_LocationInfo_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_LoggingEnabled_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TargetBucket", &s_TargetBucket, offsetof(struct awsc_s3_logging_enabled, target_bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TargetGrants", &s_TargetGrants, offsetof(struct awsc_s3_logging_enabled, target_grants), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TargetPrefix", &s_TargetPrefix, offsetof(struct awsc_s3_logging_enabled, target_prefix), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TargetObjectKeyFormat", &s_TargetObjectKeyFormat, offsetof(struct awsc_s3_logging_enabled, target_object_key_format), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_LoggingEnabled_by_wire_name[] = { 0, 1, 3, 2 };

static const struct awsc_member s_MetadataConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"JournalTableConfiguration", &s_JournalTableConfiguration, offsetof(struct awsc_s3_metadata_configuration, journal_table_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InventoryTableConfiguration", &s_InventoryTableConfiguration, offsetof(struct awsc_s3_metadata_configuration, inventory_table_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AnnotationTableConfiguration", &s_AnnotationTableConfiguration, offsetof(struct awsc_s3_metadata_configuration, annotation_table_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MetadataConfiguration_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member s_MetadataConfigurationResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DestinationResult", &s_DestinationResult, offsetof(struct awsc_s3_metadata_configuration_result, destination_result), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"JournalTableConfigurationResult", &s_JournalTableConfigurationResult, offsetof(struct awsc_s3_metadata_configuration_result, journal_table_configuration_result), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InventoryTableConfigurationResult", &s_InventoryTableConfigurationResult, offsetof(struct awsc_s3_metadata_configuration_result, inventory_table_configuration_result), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AnnotationTableConfigurationResult", &s_AnnotationTableConfigurationResult, offsetof(struct awsc_s3_metadata_configuration_result, annotation_table_configuration_result), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MetadataConfigurationResult_by_wire_name[] = { 3, 0, 2, 1 };

static const struct awsc_member s_MetadataEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Name", &s_MetadataKey, offsetof(struct awsc_s3_metadata_entry, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Value", &s_MetadataValue, offsetof(struct awsc_s3_metadata_entry, value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MetadataEntry_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_MetadataTableConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"S3TablesDestination", &s_S3TablesDestination, offsetof(struct awsc_s3_metadata_table_configuration, s3_tables_destination), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MetadataTableConfiguration_by_wire_name[] = { 0 };

static const struct awsc_member s_MetadataTableConfigurationResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"S3TablesDestinationResult", &s_S3TablesDestinationResult, offsetof(struct awsc_s3_metadata_table_configuration_result, s3_tables_destination_result), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MetadataTableConfigurationResult_by_wire_name[] = { 0 };

static const struct awsc_member s_MetadataTableEncryptionConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SseAlgorithm", &s_TableSseAlgorithm, offsetof(struct awsc_s3_metadata_table_encryption_configuration, sse_algorithm), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KmsKeyArn", &s_KmsKeyArn, offsetof(struct awsc_s3_metadata_table_encryption_configuration, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MetadataTableEncryptionConfiguration_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_Metrics_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Status", &s_MetricsStatus, offsetof(struct awsc_s3_metrics, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EventThreshold", &s_ReplicationTimeValue, offsetof(struct awsc_s3_metrics, event_threshold), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Metrics_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_MetricsAndOperator_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Prefix", &s_Prefix, offsetof(struct awsc_s3_metrics_and_operator, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags\0" "Tag", &s_TagSet, offsetof(struct awsc_s3_metrics_and_operator, tags), AWSC_NO_PRESENCE, AWSC_MF_FLATTENED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AccessPointArn", &s_AccessPointArn, offsetof(struct awsc_s3_metrics_and_operator, access_point_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MetricsAndOperator_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member s_MetricsConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Id", &s_MetricsId, offsetof(struct awsc_s3_metrics_configuration, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Filter", &s_MetricsFilter, offsetof(struct awsc_s3_metrics_configuration, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MetricsConfiguration_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_MetricsFilter_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Prefix", &s_Prefix, offsetof(struct awsc_s3_metrics_filter, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tag", &s_Tag, offsetof(struct awsc_s3_metrics_filter, tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AccessPointArn", &s_AccessPointArn, offsetof(struct awsc_s3_metrics_filter, access_point_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"And", &s_MetricsAndOperator, offsetof(struct awsc_s3_metrics_filter, and_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MetricsFilter_by_wire_name[] = { 2, 3, 0, 1 };

static const struct awsc_member s_MultipartUpload_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UploadId", &s_MultipartUploadId, offsetof(struct awsc_s3_multipart_upload, upload_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_multipart_upload, key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Initiated", &s_Initiated, offsetof(struct awsc_s3_multipart_upload, initiated), offsetof(struct awsc_s3_multipart_upload, has_initiated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StorageClass", &s_StorageClass, offsetof(struct awsc_s3_multipart_upload, storage_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Owner", &s_Owner, offsetof(struct awsc_s3_multipart_upload, owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Initiator", &s_Initiator, offsetof(struct awsc_s3_multipart_upload, initiator), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_multipart_upload, checksum_algorithm), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumType", &s_ChecksumType, offsetof(struct awsc_s3_multipart_upload, checksum_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MultipartUpload_by_wire_name[] = { 6, 7, 2, 5, 1, 4, 3, 0 };

static const struct awsc_member s_NoncurrentVersionExpiration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NoncurrentDays", &s_Days, offsetof(struct awsc_s3_noncurrent_version_expiration, noncurrent_days), offsetof(struct awsc_s3_noncurrent_version_expiration, has_noncurrent_days), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NewerNoncurrentVersions", &s_VersionCount, offsetof(struct awsc_s3_noncurrent_version_expiration, newer_noncurrent_versions), offsetof(struct awsc_s3_noncurrent_version_expiration, has_newer_noncurrent_versions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_NoncurrentVersionExpiration_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_NoncurrentVersionTransition_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NoncurrentDays", &s_Days, offsetof(struct awsc_s3_noncurrent_version_transition, noncurrent_days), offsetof(struct awsc_s3_noncurrent_version_transition, has_noncurrent_days), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StorageClass", &s_TransitionStorageClass, offsetof(struct awsc_s3_noncurrent_version_transition, storage_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NewerNoncurrentVersions", &s_VersionCount, offsetof(struct awsc_s3_noncurrent_version_transition, newer_noncurrent_versions), offsetof(struct awsc_s3_noncurrent_version_transition, has_newer_noncurrent_versions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_NoncurrentVersionTransition_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member awsc__s3_NotificationConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TopicConfigurations\0" "TopicConfiguration", &s_TopicConfigurationList, offsetof(struct awsc_s3_notification_configuration, topic_configurations), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"QueueConfigurations\0" "QueueConfiguration", &s_QueueConfigurationList, offsetof(struct awsc_s3_notification_configuration, queue_configurations), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LambdaFunctionConfigurations\0" "CloudFunctionConfiguration", &s_LambdaFunctionConfigurationList, offsetof(struct awsc_s3_notification_configuration, lambda_function_configurations), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EventBridgeConfiguration", &s_EventBridgeConfiguration, offsetof(struct awsc_s3_notification_configuration, event_bridge_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_NotificationConfiguration_by_wire_name[] = { 2, 3, 1, 0 };

static const struct awsc_member awsc__s3_NotificationConfigurationDeprecated_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TopicConfiguration", &s_TopicConfigurationDeprecated, offsetof(struct awsc_s3_notification_configuration_deprecated, topic_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"QueueConfiguration", &s_QueueConfigurationDeprecated, offsetof(struct awsc_s3_notification_configuration_deprecated, queue_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CloudFunctionConfiguration", &s_CloudFunctionConfiguration, offsetof(struct awsc_s3_notification_configuration_deprecated, cloud_function_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_NotificationConfigurationDeprecated_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member s_NotificationConfigurationFilter_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Key\0" "S3Key", &s_S3KeyFilter, offsetof(struct awsc_s3_notification_configuration_filter, key), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_NotificationConfigurationFilter_by_wire_name[] = { 0 };

static const struct awsc_member s_Object_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_object, key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastModified", &s_LastModified, offsetof(struct awsc_s3_object, last_modified), offsetof(struct awsc_s3_object, has_last_modified), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ETag", &s_ETag, offsetof(struct awsc_s3_object, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm", &s_ChecksumAlgorithmList, offsetof(struct awsc_s3_object, checksum_algorithm), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumType", &s_ChecksumType, offsetof(struct awsc_s3_object, checksum_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Size", &s_Size, offsetof(struct awsc_s3_object, size), offsetof(struct awsc_s3_object, has_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StorageClass", &s_ObjectStorageClass, offsetof(struct awsc_s3_object, storage_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Owner", &s_Owner, offsetof(struct awsc_s3_object, owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RestoreStatus", &s_RestoreStatus, offsetof(struct awsc_s3_object, restore_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Object_by_wire_name[] = { 3, 4, 2, 0, 1, 7, 8, 5, 6 };

static const struct awsc_member s_ObjectEncryption_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SSEKMS\0" "SSE-KMS", &s_SSEKMSEncryption, offsetof(struct awsc_s3_object_encryption, ssekms), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ObjectEncryption_by_wire_name[] = { 0 };

static const struct awsc_member s_ObjectIdentifier_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_object_identifier, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VersionId", &s_ObjectVersionId, offsetof(struct awsc_s3_object_identifier, version_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ETag", &s_ETag, offsetof(struct awsc_s3_object_identifier, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastModifiedTime", &s_LastModifiedTime, offsetof(struct awsc_s3_object_identifier, last_modified_time), offsetof(struct awsc_s3_object_identifier, has_last_modified_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Size", &s_Size, offsetof(struct awsc_s3_object_identifier, size), offsetof(struct awsc_s3_object_identifier, has_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ObjectIdentifier_by_wire_name[] = { 2, 0, 3, 4, 1 };

static const struct awsc_member s_ObjectLockConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ObjectLockEnabled", &s_ObjectLockEnabled, offsetof(struct awsc_s3_object_lock_configuration, object_lock_enabled), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Rule", &s_ObjectLockRule, offsetof(struct awsc_s3_object_lock_configuration, rule), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ObjectLockConfiguration_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_ObjectLockLegalHold_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Status", &s_ObjectLockLegalHoldStatus, offsetof(struct awsc_s3_object_lock_legal_hold, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ObjectLockLegalHold_by_wire_name[] = { 0 };

static const struct awsc_member s_ObjectLockRetention_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Mode", &s_ObjectLockRetentionMode, offsetof(struct awsc_s3_object_lock_retention, mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RetainUntilDate", &s_Date, offsetof(struct awsc_s3_object_lock_retention, retain_until_date), offsetof(struct awsc_s3_object_lock_retention, has_retain_until_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ObjectLockRetention_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_ObjectLockRule_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DefaultRetention", &s_DefaultRetention, offsetof(struct awsc_s3_object_lock_rule, default_retention), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ObjectLockRule_by_wire_name[] = { 0 };

static const struct awsc_member s_ObjectPart_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PartNumber", &s_PartNumber, offsetof(struct awsc_s3_object_part, part_number), offsetof(struct awsc_s3_object_part, has_part_number), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Size", &s_Size, offsetof(struct awsc_s3_object_part, size), offsetof(struct awsc_s3_object_part, has_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32", &s_ChecksumCRC32, offsetof(struct awsc_s3_object_part, checksum_crc32), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32C", &s_ChecksumCRC32C, offsetof(struct awsc_s3_object_part, checksum_crc32_c), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC64NVME", &s_ChecksumCRC64NVME, offsetof(struct awsc_s3_object_part, checksum_crc64_nvme), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA1", &s_ChecksumSHA1, offsetof(struct awsc_s3_object_part, checksum_sha1), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA256", &s_ChecksumSHA256, offsetof(struct awsc_s3_object_part, checksum_sha256), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA512", &s_ChecksumSHA512, offsetof(struct awsc_s3_object_part, checksum_sha512), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumMD5", &s_ChecksumMD5, offsetof(struct awsc_s3_object_part, checksum_md5), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH64", &s_ChecksumXXHASH64, offsetof(struct awsc_s3_object_part, checksum_xxhash64), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH3", &s_ChecksumXXHASH3, offsetof(struct awsc_s3_object_part, checksum_xxhash3), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH128", &s_ChecksumXXHASH128, offsetof(struct awsc_s3_object_part, checksum_xxhash128), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ObjectPart_by_wire_name[] = { 2, 3, 4, 8, 5, 6, 7, 11, 10, 9, 0, 1 };

static const struct awsc_member s_ObjectVersion_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ETag", &s_ETag, offsetof(struct awsc_s3_object_version, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm", &s_ChecksumAlgorithmList, offsetof(struct awsc_s3_object_version, checksum_algorithm), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumType", &s_ChecksumType, offsetof(struct awsc_s3_object_version, checksum_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Size", &s_Size, offsetof(struct awsc_s3_object_version, size), offsetof(struct awsc_s3_object_version, has_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StorageClass", &s_ObjectVersionStorageClass, offsetof(struct awsc_s3_object_version, storage_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_object_version, key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VersionId", &s_ObjectVersionId, offsetof(struct awsc_s3_object_version, version_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsLatest", &s_IsLatest, offsetof(struct awsc_s3_object_version, is_latest), offsetof(struct awsc_s3_object_version, has_is_latest), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastModified", &s_LastModified, offsetof(struct awsc_s3_object_version, last_modified), offsetof(struct awsc_s3_object_version, has_last_modified), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Owner", &s_Owner, offsetof(struct awsc_s3_object_version, owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RestoreStatus", &s_RestoreStatus, offsetof(struct awsc_s3_object_version, restore_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ObjectVersion_by_wire_name[] = { 1, 2, 0, 7, 5, 8, 9, 10, 3, 4, 6 };

static const struct awsc_member s_OutputLocation_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"S3", &s_S3Location, offsetof(struct awsc_s3_output_location, s3), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_OutputLocation_by_wire_name[] = { 0 };

static const struct awsc_member s_OutputSerialization_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CSV", &s_CSVOutput, offsetof(struct awsc_s3_output_serialization, csv), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"JSON", &s_JSONOutput, offsetof(struct awsc_s3_output_serialization, json), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_OutputSerialization_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_Owner_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DisplayName", &s_DisplayName, offsetof(struct awsc_s3_owner, display_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ID", &s_ID, offsetof(struct awsc_s3_owner, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Owner_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_OwnershipControls_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Rules\0" "Rule", &s_OwnershipControlsRules, offsetof(struct awsc_s3_ownership_controls, rules), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_OwnershipControls_by_wire_name[] = { 0 };

static const struct awsc_member s_OwnershipControlsRule_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ObjectOwnership", &s_ObjectOwnership, offsetof(struct awsc_s3_ownership_controls_rule, object_ownership), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_OwnershipControlsRule_by_wire_name[] = { 0 };

static const struct awsc_member s_Part_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PartNumber", &s_PartNumber, offsetof(struct awsc_s3_part, part_number), offsetof(struct awsc_s3_part, has_part_number), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastModified", &s_LastModified, offsetof(struct awsc_s3_part, last_modified), offsetof(struct awsc_s3_part, has_last_modified), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ETag", &s_ETag, offsetof(struct awsc_s3_part, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Size", &s_Size, offsetof(struct awsc_s3_part, size), offsetof(struct awsc_s3_part, has_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32", &s_ChecksumCRC32, offsetof(struct awsc_s3_part, checksum_crc32), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32C", &s_ChecksumCRC32C, offsetof(struct awsc_s3_part, checksum_crc32_c), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC64NVME", &s_ChecksumCRC64NVME, offsetof(struct awsc_s3_part, checksum_crc64_nvme), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA1", &s_ChecksumSHA1, offsetof(struct awsc_s3_part, checksum_sha1), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA256", &s_ChecksumSHA256, offsetof(struct awsc_s3_part, checksum_sha256), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA512", &s_ChecksumSHA512, offsetof(struct awsc_s3_part, checksum_sha512), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumMD5", &s_ChecksumMD5, offsetof(struct awsc_s3_part, checksum_md5), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH64", &s_ChecksumXXHASH64, offsetof(struct awsc_s3_part, checksum_xxhash64), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH3", &s_ChecksumXXHASH3, offsetof(struct awsc_s3_part, checksum_xxhash3), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH128", &s_ChecksumXXHASH128, offsetof(struct awsc_s3_part, checksum_xxhash128), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Part_by_wire_name[] = { 4, 5, 6, 10, 7, 8, 9, 13, 12, 11, 2, 1, 0, 3 };

static const struct awsc_member s_PartitionedPrefix_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PartitionDateSource", &s_PartitionDateSource, offsetof(struct awsc_s3_partitioned_prefix, partition_date_source), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PartitionedPrefix_by_wire_name[] = { 0 };

static const struct awsc_member s_PolicyStatus_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IsPublic", &s_IsPublic, offsetof(struct awsc_s3_policy_status, is_public), offsetof(struct awsc_s3_policy_status, has_is_public), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PolicyStatus_by_wire_name[] = { 0 };

static const struct awsc_member s_Progress_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"BytesScanned", &s_BytesScanned, offsetof(struct awsc_s3_progress, bytes_scanned), offsetof(struct awsc_s3_progress, has_bytes_scanned), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BytesProcessed", &s_BytesProcessed, offsetof(struct awsc_s3_progress, bytes_processed), offsetof(struct awsc_s3_progress, has_bytes_processed), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BytesReturned", &s_BytesReturned, offsetof(struct awsc_s3_progress, bytes_returned), offsetof(struct awsc_s3_progress, has_bytes_returned), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Progress_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member s_ProgressEvent_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Details", &s_Progress, offsetof(struct awsc_s3_progress_event, details), AWSC_NO_PRESENCE, AWSC_MF_EVENTPAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ProgressEvent_by_wire_name[] = { 0 };

static const struct awsc_member s_PublicAccessBlockConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"BlockPublicAcls", &s_Setting, offsetof(struct awsc_s3_public_access_block_configuration, block_public_acls), offsetof(struct awsc_s3_public_access_block_configuration, has_block_public_acls), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IgnorePublicAcls", &s_Setting, offsetof(struct awsc_s3_public_access_block_configuration, ignore_public_acls), offsetof(struct awsc_s3_public_access_block_configuration, has_ignore_public_acls), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BlockPublicPolicy", &s_Setting, offsetof(struct awsc_s3_public_access_block_configuration, block_public_policy), offsetof(struct awsc_s3_public_access_block_configuration, has_block_public_policy), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RestrictPublicBuckets", &s_Setting, offsetof(struct awsc_s3_public_access_block_configuration, restrict_public_buckets), offsetof(struct awsc_s3_public_access_block_configuration, has_restrict_public_buckets), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PublicAccessBlockConfiguration_by_wire_name[] = { 0, 2, 1, 3 };

static const struct awsc_member awsc__s3_PutBucketAbacRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_bucket_abac_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_put_bucket_abac_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_put_bucket_abac_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_bucket_abac_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"AbacStatus\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_AbacStatus, offsetof(struct awsc_s3_put_bucket_abac_input, abac_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutBucketAbacRequest_by_wire_name[] = { 4, 0, 1, 3, 2 };

static const struct awsc_member awsc__s3_PutBucketAccelerateConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_bucket_accelerate_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"AccelerateConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_AccelerateConfiguration, offsetof(struct awsc_s3_put_bucket_accelerate_configuration_input, accelerate_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_bucket_accelerate_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_put_bucket_accelerate_configuration_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutBucketAccelerateConfigurationRequest_by_wire_name[] = { 1, 0, 2, 3 };

static const struct awsc_member awsc__s3_PutBucketAclRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ACL\0" "x-amz-acl", &s_BucketCannedACL, offsetof(struct awsc_s3_put_bucket_acl_input, acl), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"AccessControlPolicy\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_AccessControlPolicy, offsetof(struct awsc_s3_put_bucket_acl_input, access_control_policy), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_bucket_acl_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_put_bucket_acl_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_put_bucket_acl_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"GrantFullControl\0" "x-amz-grant-full-control", &s_GrantFullControl, offsetof(struct awsc_s3_put_bucket_acl_input, grant_full_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"GrantRead\0" "x-amz-grant-read", &s_GrantRead, offsetof(struct awsc_s3_put_bucket_acl_input, grant_read), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"GrantReadACP\0" "x-amz-grant-read-acp", &s_GrantReadACP, offsetof(struct awsc_s3_put_bucket_acl_input, grant_read_acp), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"GrantWrite\0" "x-amz-grant-write", &s_GrantWrite, offsetof(struct awsc_s3_put_bucket_acl_input, grant_write), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"GrantWriteACP\0" "x-amz-grant-write-acp", &s_GrantWriteACP, offsetof(struct awsc_s3_put_bucket_acl_input, grant_write_acp), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_bucket_acl_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutBucketAclRequest_by_wire_name[] = { 1, 2, 3, 0, 10, 5, 6, 7, 8, 9, 4 };

static const struct awsc_member awsc__s3_PutBucketAnalyticsConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_bucket_analytics_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Id\0" "id", &s_AnalyticsId, offsetof(struct awsc_s3_put_bucket_analytics_configuration_input, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"AnalyticsConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_AnalyticsConfiguration, offsetof(struct awsc_s3_put_bucket_analytics_configuration_input, analytics_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_bucket_analytics_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutBucketAnalyticsConfigurationRequest_by_wire_name[] = { 2, 0, 1, 3 };

static const struct awsc_member awsc__s3_PutBucketCorsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_bucket_cors_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"CORSConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_CORSConfiguration, offsetof(struct awsc_s3_put_bucket_cors_input, cors_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_put_bucket_cors_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_put_bucket_cors_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_bucket_cors_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutBucketCorsRequest_by_wire_name[] = { 0, 1, 2, 4, 3 };

static const struct awsc_member awsc__s3_PutBucketEncryptionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_bucket_encryption_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_put_bucket_encryption_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_put_bucket_encryption_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ServerSideEncryptionConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_ServerSideEncryptionConfiguration, offsetof(struct awsc_s3_put_bucket_encryption_input, server_side_encryption_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_bucket_encryption_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutBucketEncryptionRequest_by_wire_name[] = { 0, 1, 3, 4, 2 };

static const struct awsc_member awsc__s3_PutBucketIntelligentTieringConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_bucket_intelligent_tiering_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Id\0" "id", &s_IntelligentTieringId, offsetof(struct awsc_s3_put_bucket_intelligent_tiering_configuration_input, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_bucket_intelligent_tiering_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"IntelligentTieringConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_IntelligentTieringConfiguration, offsetof(struct awsc_s3_put_bucket_intelligent_tiering_configuration_input, intelligent_tiering_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutBucketIntelligentTieringConfigurationRequest_by_wire_name[] = { 0, 3, 1, 2 };

static const struct awsc_member awsc__s3_PutBucketInventoryConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_bucket_inventory_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Id\0" "id", &s_InventoryId, offsetof(struct awsc_s3_put_bucket_inventory_configuration_input, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"InventoryConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_InventoryConfiguration, offsetof(struct awsc_s3_put_bucket_inventory_configuration_input, inventory_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_bucket_inventory_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutBucketInventoryConfigurationRequest_by_wire_name[] = { 0, 2, 1, 3 };

static const struct awsc_member awsc__s3_PutBucketLifecycleConfigurationOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TransitionDefaultMinimumObjectSize\0" "x-amz-transition-default-minimum-object-size", &s_TransitionDefaultMinimumObjectSize, offsetof(struct awsc_s3_put_bucket_lifecycle_configuration_output, transition_default_minimum_object_size), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutBucketLifecycleConfigurationOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_PutBucketLifecycleConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_bucket_lifecycle_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_put_bucket_lifecycle_configuration_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"LifecycleConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_BucketLifecycleConfiguration, offsetof(struct awsc_s3_put_bucket_lifecycle_configuration_input, lifecycle_configuration), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_bucket_lifecycle_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"TransitionDefaultMinimumObjectSize\0" "x-amz-transition-default-minimum-object-size", &s_TransitionDefaultMinimumObjectSize, offsetof(struct awsc_s3_put_bucket_lifecycle_configuration_input, transition_default_minimum_object_size), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutBucketLifecycleConfigurationRequest_by_wire_name[] = { 0, 2, 3, 1, 4 };

static const struct awsc_member awsc__s3_PutBucketLifecycleRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_bucket_lifecycle_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_put_bucket_lifecycle_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_put_bucket_lifecycle_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"LifecycleConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_LifecycleConfiguration, offsetof(struct awsc_s3_put_bucket_lifecycle_input, lifecycle_configuration), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_bucket_lifecycle_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutBucketLifecycleRequest_by_wire_name[] = { 0, 1, 3, 4, 2 };

static const struct awsc_member awsc__s3_PutBucketLoggingRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_bucket_logging_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"BucketLoggingStatus\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_BucketLoggingStatus, offsetof(struct awsc_s3_put_bucket_logging_input, bucket_logging_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_put_bucket_logging_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_put_bucket_logging_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_bucket_logging_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutBucketLoggingRequest_by_wire_name[] = { 0, 1, 2, 4, 3 };

static const struct awsc_member awsc__s3_PutBucketMetricsConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_bucket_metrics_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Id\0" "id", &s_MetricsId, offsetof(struct awsc_s3_put_bucket_metrics_configuration_input, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"MetricsConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_MetricsConfiguration, offsetof(struct awsc_s3_put_bucket_metrics_configuration_input, metrics_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_bucket_metrics_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutBucketMetricsConfigurationRequest_by_wire_name[] = { 0, 2, 1, 3 };

static const struct awsc_member awsc__s3_PutBucketNotificationConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_bucket_notification_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"NotificationConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &awsc__s3_NotificationConfiguration, offsetof(struct awsc_s3_put_bucket_notification_configuration_input, notification_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_bucket_notification_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SkipDestinationValidation\0" "x-amz-skip-destination-validation", &s_SkipValidation, offsetof(struct awsc_s3_put_bucket_notification_configuration_input, skip_destination_validation), offsetof(struct awsc_s3_put_bucket_notification_configuration_input, has_skip_destination_validation), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutBucketNotificationConfigurationRequest_by_wire_name[] = { 0, 1, 2, 3 };

static const struct awsc_member awsc__s3_PutBucketNotificationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_bucket_notification_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_put_bucket_notification_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_put_bucket_notification_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"NotificationConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &awsc__s3_NotificationConfigurationDeprecated, offsetof(struct awsc_s3_put_bucket_notification_input, notification_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_bucket_notification_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutBucketNotificationRequest_by_wire_name[] = { 0, 1, 3, 4, 2 };

static const struct awsc_member awsc__s3_PutBucketOwnershipControlsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_bucket_ownership_controls_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_put_bucket_ownership_controls_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_bucket_ownership_controls_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"OwnershipControls\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_OwnershipControls, offsetof(struct awsc_s3_put_bucket_ownership_controls_input, ownership_controls), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_put_bucket_ownership_controls_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutBucketOwnershipControlsRequest_by_wire_name[] = { 0, 1, 3, 2, 4 };

static const struct awsc_member awsc__s3_PutBucketPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_bucket_policy_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_put_bucket_policy_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_put_bucket_policy_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ConfirmRemoveSelfBucketAccess\0" "x-amz-confirm-remove-self-bucket-access", &s_ConfirmRemoveSelfBucketAccess, offsetof(struct awsc_s3_put_bucket_policy_input, confirm_remove_self_bucket_access), offsetof(struct awsc_s3_put_bucket_policy_input, has_confirm_remove_self_bucket_access), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Policy", &s_Policy, offsetof(struct awsc_s3_put_bucket_policy_input, policy), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_bucket_policy_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutBucketPolicyRequest_by_wire_name[] = { 0, 1, 4, 3, 5, 2 };

static const struct awsc_member awsc__s3_PutBucketReplicationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_bucket_replication_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_put_bucket_replication_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_put_bucket_replication_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ReplicationConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_ReplicationConfiguration, offsetof(struct awsc_s3_put_bucket_replication_input, replication_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Token\0" "x-amz-bucket-object-lock-token", &s_ObjectLockToken, offsetof(struct awsc_s3_put_bucket_replication_input, token), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_bucket_replication_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutBucketReplicationRequest_by_wire_name[] = { 0, 1, 3, 4, 5, 2 };

static const struct awsc_member awsc__s3_PutBucketRequestPaymentRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_bucket_request_payment_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_put_bucket_request_payment_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_put_bucket_request_payment_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestPaymentConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_RequestPaymentConfiguration, offsetof(struct awsc_s3_put_bucket_request_payment_input, request_payment_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_bucket_request_payment_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutBucketRequestPaymentRequest_by_wire_name[] = { 0, 1, 3, 4, 2 };

static const struct awsc_member awsc__s3_PutBucketTaggingRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_bucket_tagging_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_put_bucket_tagging_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_put_bucket_tagging_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Tagging\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_Tagging, offsetof(struct awsc_s3_put_bucket_tagging_input, tagging), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_bucket_tagging_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutBucketTaggingRequest_by_wire_name[] = { 0, 1, 3, 4, 2 };

static const struct awsc_member awsc__s3_PutBucketVersioningRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_bucket_versioning_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_put_bucket_versioning_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_put_bucket_versioning_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"MFA\0" "x-amz-mfa", &s_MFA, offsetof(struct awsc_s3_put_bucket_versioning_input, mfa), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"VersioningConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_VersioningConfiguration, offsetof(struct awsc_s3_put_bucket_versioning_input, versioning_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_bucket_versioning_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutBucketVersioningRequest_by_wire_name[] = { 0, 1, 4, 5, 3, 2 };

static const struct awsc_member awsc__s3_PutBucketWebsiteRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_bucket_website_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_put_bucket_website_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_put_bucket_website_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"WebsiteConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_WebsiteConfiguration, offsetof(struct awsc_s3_put_bucket_website_input, website_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_bucket_website_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutBucketWebsiteRequest_by_wire_name[] = { 0, 1, 3, 4, 2 };

static const struct awsc_member awsc__s3_PutObjectAclOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_put_object_acl_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutObjectAclOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_PutObjectAclRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ACL\0" "x-amz-acl", &s_ObjectCannedACL, offsetof(struct awsc_s3_put_object_acl_input, acl), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"AccessControlPolicy\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_AccessControlPolicy, offsetof(struct awsc_s3_put_object_acl_input, access_control_policy), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_object_acl_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_put_object_acl_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_put_object_acl_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"GrantFullControl\0" "x-amz-grant-full-control", &s_GrantFullControl, offsetof(struct awsc_s3_put_object_acl_input, grant_full_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"GrantRead\0" "x-amz-grant-read", &s_GrantRead, offsetof(struct awsc_s3_put_object_acl_input, grant_read), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"GrantReadACP\0" "x-amz-grant-read-acp", &s_GrantReadACP, offsetof(struct awsc_s3_put_object_acl_input, grant_read_acp), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"GrantWrite\0" "x-amz-grant-write", &s_GrantWrite, offsetof(struct awsc_s3_put_object_acl_input, grant_write), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"GrantWriteACP\0" "x-amz-grant-write-acp", &s_GrantWriteACP, offsetof(struct awsc_s3_put_object_acl_input, grant_write_acp), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_put_object_acl_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_put_object_acl_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "versionId", &s_ObjectVersionId, offsetof(struct awsc_s3_put_object_acl_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_object_acl_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutObjectAclRequest_by_wire_name[] = { 1, 2, 3, 10, 12, 0, 13, 5, 6, 7, 8, 9, 11, 4 };

static const struct awsc_member awsc__s3_PutObjectAnnotationOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_put_object_annotation_output, key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AnnotationName", &s_AnnotationName, offsetof(struct awsc_s3_put_object_annotation_output, annotation_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ObjectVersionId\0" "x-amz-object-version-id", &s_ObjectVersionId, offsetof(struct awsc_s3_put_object_annotation_output, object_version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ETag", &s_ETag, offsetof(struct awsc_s3_put_object_annotation_output, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32\0" "x-amz-checksum-crc32", &s_ChecksumCRC32, offsetof(struct awsc_s3_put_object_annotation_output, checksum_crc32), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32C\0" "x-amz-checksum-crc32c", &s_ChecksumCRC32C, offsetof(struct awsc_s3_put_object_annotation_output, checksum_crc32_c), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC64NVME\0" "x-amz-checksum-crc64nvme", &s_ChecksumCRC64NVME, offsetof(struct awsc_s3_put_object_annotation_output, checksum_crc64_nvme), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA1\0" "x-amz-checksum-sha1", &s_ChecksumSHA1, offsetof(struct awsc_s3_put_object_annotation_output, checksum_sha1), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA256\0" "x-amz-checksum-sha256", &s_ChecksumSHA256, offsetof(struct awsc_s3_put_object_annotation_output, checksum_sha256), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA512\0" "x-amz-checksum-sha512", &s_ChecksumSHA512, offsetof(struct awsc_s3_put_object_annotation_output, checksum_sha512), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumMD5\0" "x-amz-checksum-md5", &s_ChecksumMD5, offsetof(struct awsc_s3_put_object_annotation_output, checksum_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH64\0" "x-amz-checksum-xxhash64", &s_ChecksumXXHASH64, offsetof(struct awsc_s3_put_object_annotation_output, checksum_xxhash64), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH3\0" "x-amz-checksum-xxhash3", &s_ChecksumXXHASH3, offsetof(struct awsc_s3_put_object_annotation_output, checksum_xxhash3), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH128\0" "x-amz-checksum-xxhash128", &s_ChecksumXXHASH128, offsetof(struct awsc_s3_put_object_annotation_output, checksum_xxhash128), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumType\0" "x-amz-checksum-type", &s_ChecksumType, offsetof(struct awsc_s3_put_object_annotation_output, checksum_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ServerSideEncryption\0" "x-amz-server-side-encryption", &s_ServerSideEncryption, offsetof(struct awsc_s3_put_object_annotation_output, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_put_object_annotation_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutObjectAnnotationOutput_by_wire_name[] = { 1, 3, 0, 4, 5, 6, 10, 7, 8, 9, 14, 13, 12, 11, 2, 16, 15 };

static const struct awsc_member awsc__s3_PutObjectAnnotationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_object_annotation_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_put_object_annotation_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "versionId", &s_ObjectVersionId, offsetof(struct awsc_s3_put_object_annotation_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"AnnotationName\0" "annotationName", &s_AnnotationName, offsetof(struct awsc_s3_put_object_annotation_input, annotation_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"AnnotationPayload", &s_AnnotationPayload, offsetof(struct awsc_s3_put_object_annotation_input, annotation_payload), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_STREAMING, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ObjectIfMatch\0" "x-amz-object-if-match", &s_ObjectIfMatch, offsetof(struct awsc_s3_put_object_annotation_input, object_if_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_put_object_annotation_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32\0" "x-amz-checksum-crc32", &s_ChecksumCRC32, offsetof(struct awsc_s3_put_object_annotation_input, checksum_crc32), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32C\0" "x-amz-checksum-crc32c", &s_ChecksumCRC32C, offsetof(struct awsc_s3_put_object_annotation_input, checksum_crc32_c), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC64NVME\0" "x-amz-checksum-crc64nvme", &s_ChecksumCRC64NVME, offsetof(struct awsc_s3_put_object_annotation_input, checksum_crc64_nvme), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA1\0" "x-amz-checksum-sha1", &s_ChecksumSHA1, offsetof(struct awsc_s3_put_object_annotation_input, checksum_sha1), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA256\0" "x-amz-checksum-sha256", &s_ChecksumSHA256, offsetof(struct awsc_s3_put_object_annotation_input, checksum_sha256), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA512\0" "x-amz-checksum-sha512", &s_ChecksumSHA512, offsetof(struct awsc_s3_put_object_annotation_input, checksum_sha512), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumMD5\0" "x-amz-checksum-md5", &s_ChecksumMD5, offsetof(struct awsc_s3_put_object_annotation_input, checksum_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH64\0" "x-amz-checksum-xxhash64", &s_ChecksumXXHASH64, offsetof(struct awsc_s3_put_object_annotation_input, checksum_xxhash64), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH3\0" "x-amz-checksum-xxhash3", &s_ChecksumXXHASH3, offsetof(struct awsc_s3_put_object_annotation_input, checksum_xxhash3), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH128\0" "x-amz-checksum-xxhash128", &s_ChecksumXXHASH128, offsetof(struct awsc_s3_put_object_annotation_input, checksum_xxhash128), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_put_object_annotation_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_put_object_annotation_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_object_annotation_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutObjectAnnotationRequest_by_wire_name[] = { 4, 0, 17, 1, 3, 2, 7, 8, 9, 13, 10, 11, 12, 16, 15, 14, 19, 5, 18, 6 };

static const struct awsc_member awsc__s3_PutObjectLegalHoldOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_put_object_legal_hold_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutObjectLegalHoldOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_PutObjectLegalHoldRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_object_legal_hold_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_put_object_legal_hold_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"LegalHold\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_ObjectLockLegalHold, offsetof(struct awsc_s3_put_object_legal_hold_input, legal_hold), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_put_object_legal_hold_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "versionId", &s_ObjectVersionId, offsetof(struct awsc_s3_put_object_legal_hold_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_put_object_legal_hold_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_put_object_legal_hold_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_object_legal_hold_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutObjectLegalHoldRequest_by_wire_name[] = { 0, 5, 1, 2, 4, 7, 3, 6 };

static const struct awsc_member awsc__s3_PutObjectLockConfigurationOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_put_object_lock_configuration_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutObjectLockConfigurationOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_PutObjectLockConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_object_lock_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ObjectLockConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_ObjectLockConfiguration, offsetof(struct awsc_s3_put_object_lock_configuration_input, object_lock_configuration), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_put_object_lock_configuration_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Token\0" "x-amz-bucket-object-lock-token", &s_ObjectLockToken, offsetof(struct awsc_s3_put_object_lock_configuration_input, token), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_put_object_lock_configuration_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_put_object_lock_configuration_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_object_lock_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutObjectLockConfigurationRequest_by_wire_name[] = { 0, 4, 1, 3, 6, 2, 5 };

static const struct awsc_member awsc__s3_PutObjectOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Expiration\0" "x-amz-expiration", &s_Expiration, offsetof(struct awsc_s3_put_object_output, expiration), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ETag", &s_ETag, offsetof(struct awsc_s3_put_object_output, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32\0" "x-amz-checksum-crc32", &s_ChecksumCRC32, offsetof(struct awsc_s3_put_object_output, checksum_crc32), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32C\0" "x-amz-checksum-crc32c", &s_ChecksumCRC32C, offsetof(struct awsc_s3_put_object_output, checksum_crc32_c), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC64NVME\0" "x-amz-checksum-crc64nvme", &s_ChecksumCRC64NVME, offsetof(struct awsc_s3_put_object_output, checksum_crc64_nvme), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA1\0" "x-amz-checksum-sha1", &s_ChecksumSHA1, offsetof(struct awsc_s3_put_object_output, checksum_sha1), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA256\0" "x-amz-checksum-sha256", &s_ChecksumSHA256, offsetof(struct awsc_s3_put_object_output, checksum_sha256), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA512\0" "x-amz-checksum-sha512", &s_ChecksumSHA512, offsetof(struct awsc_s3_put_object_output, checksum_sha512), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumMD5\0" "x-amz-checksum-md5", &s_ChecksumMD5, offsetof(struct awsc_s3_put_object_output, checksum_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH64\0" "x-amz-checksum-xxhash64", &s_ChecksumXXHASH64, offsetof(struct awsc_s3_put_object_output, checksum_xxhash64), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH3\0" "x-amz-checksum-xxhash3", &s_ChecksumXXHASH3, offsetof(struct awsc_s3_put_object_output, checksum_xxhash3), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH128\0" "x-amz-checksum-xxhash128", &s_ChecksumXXHASH128, offsetof(struct awsc_s3_put_object_output, checksum_xxhash128), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumType\0" "x-amz-checksum-type", &s_ChecksumType, offsetof(struct awsc_s3_put_object_output, checksum_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ServerSideEncryption\0" "x-amz-server-side-encryption", &s_ServerSideEncryption, offsetof(struct awsc_s3_put_object_output, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "x-amz-version-id", &s_ObjectVersionId, offsetof(struct awsc_s3_put_object_output, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerAlgorithm\0" "x-amz-server-side-encryption-customer-algorithm", &s_SSECustomerAlgorithm, offsetof(struct awsc_s3_put_object_output, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKeyMD5\0" "x-amz-server-side-encryption-customer-key-MD5", &s_SSECustomerKeyMD5, offsetof(struct awsc_s3_put_object_output, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSEKMSKeyId\0" "x-amz-server-side-encryption-aws-kms-key-id", &s_SSEKMSKeyId, offsetof(struct awsc_s3_put_object_output, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSEKMSEncryptionContext\0" "x-amz-server-side-encryption-context", &s_SSEKMSEncryptionContext, offsetof(struct awsc_s3_put_object_output, ssekms_encryption_context), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"BucketKeyEnabled\0" "x-amz-server-side-encryption-bucket-key-enabled", &s_BucketKeyEnabled, offsetof(struct awsc_s3_put_object_output, bucket_key_enabled), offsetof(struct awsc_s3_put_object_output, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Size\0" "x-amz-object-size", &s_Size, offsetof(struct awsc_s3_put_object_output, size), offsetof(struct awsc_s3_put_object_output, has_size), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_put_object_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutObjectOutput_by_wire_name[] = { 1, 2, 3, 4, 8, 5, 6, 7, 12, 11, 10, 9, 0, 20, 21, 13, 17, 19, 18, 15, 16, 14 };

static const struct awsc_member awsc__s3_PutObjectRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ACL\0" "x-amz-acl", &s_ObjectCannedACL, offsetof(struct awsc_s3_put_object_input, acl), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Body", &s_Body, offsetof(struct awsc_s3_put_object_input, body), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_STREAMING, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_object_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"CacheControl\0" "Cache-Control", &s_CacheControl, offsetof(struct awsc_s3_put_object_input, cache_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentDisposition\0" "Content-Disposition", &s_ContentDisposition, offsetof(struct awsc_s3_put_object_input, content_disposition), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentEncoding\0" "Content-Encoding", &s_ContentEncoding, offsetof(struct awsc_s3_put_object_input, content_encoding), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentLanguage\0" "Content-Language", &s_ContentLanguage, offsetof(struct awsc_s3_put_object_input, content_language), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentLength\0" "Content-Length", &s_ContentLength, offsetof(struct awsc_s3_put_object_input, content_length), offsetof(struct awsc_s3_put_object_input, has_content_length), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_put_object_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentType\0" "Content-Type", &s_ContentType, offsetof(struct awsc_s3_put_object_input, content_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_put_object_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32\0" "x-amz-checksum-crc32", &s_ChecksumCRC32, offsetof(struct awsc_s3_put_object_input, checksum_crc32), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32C\0" "x-amz-checksum-crc32c", &s_ChecksumCRC32C, offsetof(struct awsc_s3_put_object_input, checksum_crc32_c), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC64NVME\0" "x-amz-checksum-crc64nvme", &s_ChecksumCRC64NVME, offsetof(struct awsc_s3_put_object_input, checksum_crc64_nvme), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA1\0" "x-amz-checksum-sha1", &s_ChecksumSHA1, offsetof(struct awsc_s3_put_object_input, checksum_sha1), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA256\0" "x-amz-checksum-sha256", &s_ChecksumSHA256, offsetof(struct awsc_s3_put_object_input, checksum_sha256), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA512\0" "x-amz-checksum-sha512", &s_ChecksumSHA512, offsetof(struct awsc_s3_put_object_input, checksum_sha512), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumMD5\0" "x-amz-checksum-md5", &s_ChecksumMD5, offsetof(struct awsc_s3_put_object_input, checksum_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH64\0" "x-amz-checksum-xxhash64", &s_ChecksumXXHASH64, offsetof(struct awsc_s3_put_object_input, checksum_xxhash64), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH3\0" "x-amz-checksum-xxhash3", &s_ChecksumXXHASH3, offsetof(struct awsc_s3_put_object_input, checksum_xxhash3), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH128\0" "x-amz-checksum-xxhash128", &s_ChecksumXXHASH128, offsetof(struct awsc_s3_put_object_input, checksum_xxhash128), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Expires", &s_Expires, offsetof(struct awsc_s3_put_object_input, expires), offsetof(struct awsc_s3_put_object_input, has_expires), 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"IfMatch\0" "If-Match", &s_IfMatch, offsetof(struct awsc_s3_put_object_input, if_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"IfNoneMatch\0" "If-None-Match", &s_IfNoneMatch, offsetof(struct awsc_s3_put_object_input, if_none_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"GrantFullControl\0" "x-amz-grant-full-control", &s_GrantFullControl, offsetof(struct awsc_s3_put_object_input, grant_full_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"GrantRead\0" "x-amz-grant-read", &s_GrantRead, offsetof(struct awsc_s3_put_object_input, grant_read), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"GrantReadACP\0" "x-amz-grant-read-acp", &s_GrantReadACP, offsetof(struct awsc_s3_put_object_input, grant_read_acp), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"GrantWriteACP\0" "x-amz-grant-write-acp", &s_GrantWriteACP, offsetof(struct awsc_s3_put_object_input, grant_write_acp), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_put_object_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"WriteOffsetBytes\0" "x-amz-write-offset-bytes", &s_WriteOffsetBytes, offsetof(struct awsc_s3_put_object_input, write_offset_bytes), offsetof(struct awsc_s3_put_object_input, has_write_offset_bytes), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Metadata\0" "x-amz-meta-", &s_Metadata, offsetof(struct awsc_s3_put_object_input, metadata), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADERS, AWSC_TSFMT_DEFAULT},
    {"ServerSideEncryption\0" "x-amz-server-side-encryption", &s_ServerSideEncryption, offsetof(struct awsc_s3_put_object_input, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"StorageClass\0" "x-amz-storage-class", &s_StorageClass, offsetof(struct awsc_s3_put_object_input, storage_class), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"WebsiteRedirectLocation\0" "x-amz-website-redirect-location", &s_WebsiteRedirectLocation, offsetof(struct awsc_s3_put_object_input, website_redirect_location), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerAlgorithm\0" "x-amz-server-side-encryption-customer-algorithm", &s_SSECustomerAlgorithm, offsetof(struct awsc_s3_put_object_input, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKey\0" "x-amz-server-side-encryption-customer-key", &s_SSECustomerKey, offsetof(struct awsc_s3_put_object_input, sse_customer_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKeyMD5\0" "x-amz-server-side-encryption-customer-key-MD5", &s_SSECustomerKeyMD5, offsetof(struct awsc_s3_put_object_input, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSEKMSKeyId\0" "x-amz-server-side-encryption-aws-kms-key-id", &s_SSEKMSKeyId, offsetof(struct awsc_s3_put_object_input, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSEKMSEncryptionContext\0" "x-amz-server-side-encryption-context", &s_SSEKMSEncryptionContext, offsetof(struct awsc_s3_put_object_input, ssekms_encryption_context), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"BucketKeyEnabled\0" "x-amz-server-side-encryption-bucket-key-enabled", &s_BucketKeyEnabled, offsetof(struct awsc_s3_put_object_input, bucket_key_enabled), offsetof(struct awsc_s3_put_object_input, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_put_object_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Tagging\0" "x-amz-tagging", &s_TaggingHeader, offsetof(struct awsc_s3_put_object_input, tagging), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ObjectLockMode\0" "x-amz-object-lock-mode", &s_ObjectLockMode, offsetof(struct awsc_s3_put_object_input, object_lock_mode), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ObjectLockRetainUntilDate\0" "x-amz-object-lock-retain-until-date", &s_ObjectLockRetainUntilDate, offsetof(struct awsc_s3_put_object_input, object_lock_retain_until_date), offsetof(struct awsc_s3_put_object_input, has_object_lock_retain_until_date), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ObjectLockLegalHoldStatus\0" "x-amz-object-lock-legal-hold", &s_ObjectLockLegalHoldStatus, offsetof(struct awsc_s3_put_object_input, object_lock_legal_hold_status), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_object_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutObjectRequest_by_wire_name[] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 21, 22, 23, 28, 0, 11, 12, 13, 17, 14, 15, 16, 20, 19, 18, 45, 24, 25, 26, 27, 30, 44, 42, 43, 40, 10, 31, 37, 39, 38, 34, 35, 36, 32, 41, 33, 29 };

static const struct awsc_member awsc__s3_PutObjectRetentionOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_put_object_retention_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutObjectRetentionOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_PutObjectRetentionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_object_retention_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_put_object_retention_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Retention\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_ObjectLockRetention, offsetof(struct awsc_s3_put_object_retention_input, retention), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_put_object_retention_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "versionId", &s_ObjectVersionId, offsetof(struct awsc_s3_put_object_retention_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"BypassGovernanceRetention\0" "x-amz-bypass-governance-retention", &s_BypassGovernanceRetention, offsetof(struct awsc_s3_put_object_retention_input, bypass_governance_retention), offsetof(struct awsc_s3_put_object_retention_input, has_bypass_governance_retention), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_put_object_retention_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_put_object_retention_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_object_retention_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutObjectRetentionRequest_by_wire_name[] = { 0, 6, 1, 2, 4, 5, 8, 3, 7 };

static const struct awsc_member awsc__s3_PutObjectTaggingOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"VersionId\0" "x-amz-version-id", &s_ObjectVersionId, offsetof(struct awsc_s3_put_object_tagging_output, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutObjectTaggingOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_PutObjectTaggingRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_object_tagging_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_put_object_tagging_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "versionId", &s_ObjectVersionId, offsetof(struct awsc_s3_put_object_tagging_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_put_object_tagging_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_put_object_tagging_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Tagging\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_Tagging, offsetof(struct awsc_s3_put_object_tagging_input, tagging), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_object_tagging_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_put_object_tagging_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutObjectTaggingRequest_by_wire_name[] = { 0, 3, 1, 5, 2, 6, 7, 4 };

static const struct awsc_member awsc__s3_PutPublicAccessBlockRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_put_public_access_block_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_put_public_access_block_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_put_public_access_block_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"PublicAccessBlockConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_PublicAccessBlockConfiguration, offsetof(struct awsc_s3_put_public_access_block_input, public_access_block_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_put_public_access_block_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_PutPublicAccessBlockRequest_by_wire_name[] = { 0, 1, 3, 4, 2 };

static const struct awsc_member s_QueueConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Id", &s_NotificationId, offsetof(struct awsc_s3_queue_configuration, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"QueueArn\0" "Queue", &s_QueueArn, offsetof(struct awsc_s3_queue_configuration, queue_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Events\0" "Event", &s_EventList, offsetof(struct awsc_s3_queue_configuration, events), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Filter", &s_NotificationConfigurationFilter, offsetof(struct awsc_s3_queue_configuration, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_QueueConfiguration_by_wire_name[] = { 2, 3, 0, 1 };

static const struct awsc_member s_QueueConfigurationDeprecated_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Id", &s_NotificationId, offsetof(struct awsc_s3_queue_configuration_deprecated, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Event", &s_Event, offsetof(struct awsc_s3_queue_configuration_deprecated, event), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Events\0" "Event", &s_EventList, offsetof(struct awsc_s3_queue_configuration_deprecated, events), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Queue", &s_QueueArn, offsetof(struct awsc_s3_queue_configuration_deprecated, queue), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_QueueConfigurationDeprecated_by_wire_name[] = { 1, 2, 0, 3 };

static const struct awsc_member s_RecordExpiration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Expiration", &s_ExpirationState, offsetof(struct awsc_s3_record_expiration, expiration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Days", &s_RecordExpirationDays, offsetof(struct awsc_s3_record_expiration, days), offsetof(struct awsc_s3_record_expiration, has_days), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_RecordExpiration_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_RecordsEvent_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Payload", &s_Body, offsetof(struct awsc_s3_records_event, payload), AWSC_NO_PRESENCE, AWSC_MF_EVENTPAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_RecordsEvent_by_wire_name[] = { 0 };

static const struct awsc_member s_Redirect_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"HostName", &s_HostName, offsetof(struct awsc_s3_redirect, host_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"HttpRedirectCode", &s_HttpRedirectCode, offsetof(struct awsc_s3_redirect, http_redirect_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Protocol", &s_Protocol, offsetof(struct awsc_s3_redirect, protocol), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplaceKeyPrefixWith", &s_ReplaceKeyPrefixWith, offsetof(struct awsc_s3_redirect, replace_key_prefix_with), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplaceKeyWith", &s_ReplaceKeyWith, offsetof(struct awsc_s3_redirect, replace_key_with), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Redirect_by_wire_name[] = { 0, 1, 2, 3, 4 };

static const struct awsc_member s_RedirectAllRequestsTo_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"HostName", &s_HostName, offsetof(struct awsc_s3_redirect_all_requests_to, host_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Protocol", &s_Protocol, offsetof(struct awsc_s3_redirect_all_requests_to, protocol), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_RedirectAllRequestsTo_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_RenameObjectRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_rename_object_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_rename_object_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"RenameSource\0" "x-amz-rename-source", &s_RenameSource, offsetof(struct awsc_s3_rename_object_input, rename_source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"DestinationIfMatch\0" "If-Match", &s_IfMatch, offsetof(struct awsc_s3_rename_object_input, destination_if_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"DestinationIfNoneMatch\0" "If-None-Match", &s_IfNoneMatch, offsetof(struct awsc_s3_rename_object_input, destination_if_none_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"DestinationIfModifiedSince\0" "If-Modified-Since", &s_IfModifiedSince, offsetof(struct awsc_s3_rename_object_input, destination_if_modified_since), offsetof(struct awsc_s3_rename_object_input, has_destination_if_modified_since), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"DestinationIfUnmodifiedSince\0" "If-Unmodified-Since", &s_IfUnmodifiedSince, offsetof(struct awsc_s3_rename_object_input, destination_if_unmodified_since), offsetof(struct awsc_s3_rename_object_input, has_destination_if_unmodified_since), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SourceIfMatch\0" "x-amz-rename-source-if-match", &s_RenameSourceIfMatch, offsetof(struct awsc_s3_rename_object_input, source_if_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SourceIfNoneMatch\0" "x-amz-rename-source-if-none-match", &s_RenameSourceIfNoneMatch, offsetof(struct awsc_s3_rename_object_input, source_if_none_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SourceIfModifiedSince\0" "x-amz-rename-source-if-modified-since", &s_RenameSourceIfModifiedSince, offsetof(struct awsc_s3_rename_object_input, source_if_modified_since), offsetof(struct awsc_s3_rename_object_input, has_source_if_modified_since), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SourceIfUnmodifiedSince\0" "x-amz-rename-source-if-unmodified-since", &s_RenameSourceIfUnmodifiedSince, offsetof(struct awsc_s3_rename_object_input, source_if_unmodified_since), offsetof(struct awsc_s3_rename_object_input, has_source_if_unmodified_since), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ClientToken\0" "x-amz-client-token", &s_ClientToken, offsetof(struct awsc_s3_rename_object_input, client_token), AWSC_NO_PRESENCE, AWSC_MF_IDEMPOTENCY_TOKEN | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_RenameObjectRequest_by_wire_name[] = { 0, 3, 5, 4, 6, 1, 11, 2, 7, 9, 8, 10 };

static const struct awsc_member s_ReplicaModifications_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Status", &s_ReplicaModificationsStatus, offsetof(struct awsc_s3_replica_modifications, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReplicaModifications_by_wire_name[] = { 0 };

static const struct awsc_member s_ReplicationConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Role", &s_Role, offsetof(struct awsc_s3_replication_configuration, role), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Rules\0" "Rule", &s_ReplicationRules, offsetof(struct awsc_s3_replication_configuration, rules), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReplicationConfiguration_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_ReplicationRule_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ID", &s_ID, offsetof(struct awsc_s3_replication_rule, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Priority", &s_Priority, offsetof(struct awsc_s3_replication_rule, priority), offsetof(struct awsc_s3_replication_rule, has_priority), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Prefix", &s_Prefix, offsetof(struct awsc_s3_replication_rule, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Filter", &s_ReplicationRuleFilter, offsetof(struct awsc_s3_replication_rule, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_ReplicationRuleStatus, offsetof(struct awsc_s3_replication_rule, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SourceSelectionCriteria", &s_SourceSelectionCriteria, offsetof(struct awsc_s3_replication_rule, source_selection_criteria), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExistingObjectReplication", &s_ExistingObjectReplication, offsetof(struct awsc_s3_replication_rule, existing_object_replication), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Destination", &s_Destination, offsetof(struct awsc_s3_replication_rule, destination), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DeleteMarkerReplication", &s_DeleteMarkerReplication, offsetof(struct awsc_s3_replication_rule, delete_marker_replication), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReplicationRule_by_wire_name[] = { 8, 7, 6, 3, 0, 2, 1, 5, 4 };

static const struct awsc_member s_ReplicationRuleAndOperator_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Prefix", &s_Prefix, offsetof(struct awsc_s3_replication_rule_and_operator, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags\0" "Tag", &s_TagSet, offsetof(struct awsc_s3_replication_rule_and_operator, tags), AWSC_NO_PRESENCE, AWSC_MF_FLATTENED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReplicationRuleAndOperator_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_ReplicationRuleFilter_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Prefix", &s_Prefix, offsetof(struct awsc_s3_replication_rule_filter, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tag", &s_Tag, offsetof(struct awsc_s3_replication_rule_filter, tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"And", &s_ReplicationRuleAndOperator, offsetof(struct awsc_s3_replication_rule_filter, and_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReplicationRuleFilter_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member s_ReplicationTime_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Status", &s_ReplicationTimeStatus, offsetof(struct awsc_s3_replication_time, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Time", &s_ReplicationTimeValue, offsetof(struct awsc_s3_replication_time, time), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReplicationTime_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_ReplicationTimeValue_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Minutes", &s_Minutes, offsetof(struct awsc_s3_replication_time_value, minutes), offsetof(struct awsc_s3_replication_time_value, has_minutes), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReplicationTimeValue_by_wire_name[] = { 0 };

static const struct awsc_member s_RequestPaymentConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Payer", &s_Payer, offsetof(struct awsc_s3_request_payment_configuration, payer), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_RequestPaymentConfiguration_by_wire_name[] = { 0 };

static const struct awsc_member s_RequestProgress_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Enabled", &s_EnableRequestProgress, offsetof(struct awsc_s3_request_progress, enabled), offsetof(struct awsc_s3_request_progress, has_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_RequestProgress_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_RestoreObjectOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_restore_object_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RestoreOutputPath\0" "x-amz-restore-output-path", &s_RestoreOutputPath, offsetof(struct awsc_s3_restore_object_output, restore_output_path), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_RestoreObjectOutput_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__s3_RestoreObjectRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_restore_object_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_restore_object_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "versionId", &s_ObjectVersionId, offsetof(struct awsc_s3_restore_object_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"RestoreRequest\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_RestoreRequest, offsetof(struct awsc_s3_restore_object_input, restore_request), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_restore_object_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_restore_object_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_restore_object_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_RestoreObjectRequest_by_wire_name[] = { 0, 1, 3, 2, 6, 4, 5 };

static const struct awsc_member s_RestoreRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Days", &s_Days, offsetof(struct awsc_s3_restore_request, days), offsetof(struct awsc_s3_restore_request, has_days), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GlacierJobParameters", &s_GlacierJobParameters, offsetof(struct awsc_s3_restore_request, glacier_job_parameters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Type", &s_RestoreRequestType, offsetof(struct awsc_s3_restore_request, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tier", &s_Tier, offsetof(struct awsc_s3_restore_request, tier), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_Description, offsetof(struct awsc_s3_restore_request, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SelectParameters", &s_SelectParameters, offsetof(struct awsc_s3_restore_request, select_parameters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OutputLocation", &s_OutputLocation, offsetof(struct awsc_s3_restore_request, output_location), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_RestoreRequest_by_wire_name[] = { 0, 4, 1, 6, 5, 3, 2 };

static const struct awsc_member s_RestoreStatus_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IsRestoreInProgress", &s_IsRestoreInProgress, offsetof(struct awsc_s3_restore_status, is_restore_in_progress), offsetof(struct awsc_s3_restore_status, has_is_restore_in_progress), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RestoreExpiryDate", &s_RestoreExpiryDate, offsetof(struct awsc_s3_restore_status, restore_expiry_date), offsetof(struct awsc_s3_restore_status, has_restore_expiry_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_RestoreStatus_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_RoutingRule_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Condition", &s_Condition, offsetof(struct awsc_s3_routing_rule, condition), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Redirect", &s_Redirect, offsetof(struct awsc_s3_routing_rule, redirect), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_RoutingRule_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_Rule_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Expiration", &s_LifecycleExpiration, offsetof(struct awsc_s3_rule, expiration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ID", &s_ID, offsetof(struct awsc_s3_rule, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Prefix", &s_Prefix, offsetof(struct awsc_s3_rule, prefix), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_ExpirationStatus, offsetof(struct awsc_s3_rule, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Transition", &s_Transition, offsetof(struct awsc_s3_rule, transition), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NoncurrentVersionTransition", &s_NoncurrentVersionTransition, offsetof(struct awsc_s3_rule, noncurrent_version_transition), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NoncurrentVersionExpiration", &s_NoncurrentVersionExpiration, offsetof(struct awsc_s3_rule, noncurrent_version_expiration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AbortIncompleteMultipartUpload", &s_AbortIncompleteMultipartUpload, offsetof(struct awsc_s3_rule, abort_incomplete_multipart_upload), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Rule_by_wire_name[] = { 7, 0, 1, 6, 5, 2, 3, 4 };

static const struct awsc_member s_S3KeyFilter_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FilterRules\0" "FilterRule", &s_FilterRuleList, offsetof(struct awsc_s3_s3_key_filter, filter_rules), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_S3KeyFilter_by_wire_name[] = { 0 };

static const struct awsc_member s_S3Location_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"BucketName", &s_BucketName, offsetof(struct awsc_s3_s3_location, bucket_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Prefix", &s_LocationPrefix, offsetof(struct awsc_s3_s3_location, prefix), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Encryption", &s_Encryption, offsetof(struct awsc_s3_s3_location, encryption), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CannedACL", &s_ObjectCannedACL, offsetof(struct awsc_s3_s3_location, canned_acl), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AccessControlList", &s_Grants, offsetof(struct awsc_s3_s3_location, access_control_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tagging", &s_Tagging, offsetof(struct awsc_s3_s3_location, tagging), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UserMetadata", &s_UserMetadata, offsetof(struct awsc_s3_s3_location, user_metadata), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StorageClass", &s_StorageClass, offsetof(struct awsc_s3_s3_location, storage_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_S3Location_by_wire_name[] = { 4, 0, 3, 2, 1, 7, 5, 6 };

static const struct awsc_member s_S3TablesDestination_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableBucketArn", &s_S3TablesBucketArn, offsetof(struct awsc_s3_s3_tables_destination, table_bucket_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableName", &s_S3TablesName, offsetof(struct awsc_s3_s3_tables_destination, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_S3TablesDestination_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_S3TablesDestinationResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TableBucketArn", &s_S3TablesBucketArn, offsetof(struct awsc_s3_s3_tables_destination_result, table_bucket_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableName", &s_S3TablesName, offsetof(struct awsc_s3_s3_tables_destination_result, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableArn", &s_S3TablesArn, offsetof(struct awsc_s3_s3_tables_destination_result, table_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TableNamespace", &s_S3TablesNamespace, offsetof(struct awsc_s3_s3_tables_destination_result, table_namespace), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_S3TablesDestinationResult_by_wire_name[] = { 2, 0, 1, 3 };

static const struct awsc_member s_SSEKMS_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"KeyId", &s_SSEKMSKeyId, offsetof(struct awsc_s3_ssekms, key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SSEKMS_by_wire_name[] = { 0 };

static const struct awsc_member s_SSEKMSEncryption_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"KMSKeyArn", &s_NonEmptyKmsKeyArnString, offsetof(struct awsc_s3_ssekms_encryption, kms_key_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BucketKeyEnabled", &s_BucketKeyEnabled, offsetof(struct awsc_s3_ssekms_encryption, bucket_key_enabled), offsetof(struct awsc_s3_ssekms_encryption, has_bucket_key_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SSEKMSEncryption_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_ScanRange_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Start", &s_Start, offsetof(struct awsc_s3_scan_range, start), offsetof(struct awsc_s3_scan_range, has_start), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"End", &s_End, offsetof(struct awsc_s3_scan_range, end), offsetof(struct awsc_s3_scan_range, has_end), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ScanRange_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_SelectObjectContentEventStream_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Records", &s_RecordsEvent, offsetof(struct awsc_s3_select_object_content_event, records), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Stats", &s_StatsEvent, offsetof(struct awsc_s3_select_object_content_event, stats), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Progress", &s_ProgressEvent, offsetof(struct awsc_s3_select_object_content_event, progress), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Cont", &s_ContinuationEvent, offsetof(struct awsc_s3_select_object_content_event, cont), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"End", &s_EndEvent, offsetof(struct awsc_s3_select_object_content_event, end), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SelectObjectContentEventStream_by_wire_name[] = { 3, 4, 2, 0, 1 };

static const struct awsc_member awsc__s3_SelectObjectContentOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Payload", &s_SelectObjectContentEventStream, offsetof(struct awsc_s3_select_object_content_output, payload), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_SelectObjectContentOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_SelectObjectContentRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_select_object_content_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_select_object_content_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"SSECustomerAlgorithm\0" "x-amz-server-side-encryption-customer-algorithm", &s_SSECustomerAlgorithm, offsetof(struct awsc_s3_select_object_content_input, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKey\0" "x-amz-server-side-encryption-customer-key", &s_SSECustomerKey, offsetof(struct awsc_s3_select_object_content_input, sse_customer_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKeyMD5\0" "x-amz-server-side-encryption-customer-key-MD5", &s_SSECustomerKeyMD5, offsetof(struct awsc_s3_select_object_content_input, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Expression", &s_Expression, offsetof(struct awsc_s3_select_object_content_input, expression), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpressionType", &s_ExpressionType, offsetof(struct awsc_s3_select_object_content_input, expression_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequestProgress", &s_RequestProgress, offsetof(struct awsc_s3_select_object_content_input, request_progress), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InputSerialization", &s_InputSerialization, offsetof(struct awsc_s3_select_object_content_input, input_serialization), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OutputSerialization", &s_OutputSerialization, offsetof(struct awsc_s3_select_object_content_input, output_serialization), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ScanRange", &s_ScanRange, offsetof(struct awsc_s3_select_object_content_input, scan_range), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_select_object_content_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_SelectObjectContentRequest_by_wire_name[] = { 0, 5, 6, 8, 1, 9, 7, 10, 11, 2, 3, 4 };

static const struct awsc_member s_SelectParameters_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"InputSerialization", &s_InputSerialization, offsetof(struct awsc_s3_select_parameters, input_serialization), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpressionType", &s_ExpressionType, offsetof(struct awsc_s3_select_parameters, expression_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Expression", &s_Expression, offsetof(struct awsc_s3_select_parameters, expression), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OutputSerialization", &s_OutputSerialization, offsetof(struct awsc_s3_select_parameters, output_serialization), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SelectParameters_by_wire_name[] = { 2, 1, 0, 3 };

static const struct awsc_member s_ServerSideEncryptionByDefault_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SSEAlgorithm", &s_ServerSideEncryption, offsetof(struct awsc_s3_server_side_encryption_by_default, sse_algorithm), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KMSMasterKeyID", &s_SSEKMSKeyId, offsetof(struct awsc_s3_server_side_encryption_by_default, kms_master_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ServerSideEncryptionByDefault_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_ServerSideEncryptionConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Rules\0" "Rule", &s_ServerSideEncryptionRules, offsetof(struct awsc_s3_server_side_encryption_configuration, rules), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ServerSideEncryptionConfiguration_by_wire_name[] = { 0 };

static const struct awsc_member s_ServerSideEncryptionRule_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ApplyServerSideEncryptionByDefault", &s_ServerSideEncryptionByDefault, offsetof(struct awsc_s3_server_side_encryption_rule, apply_server_side_encryption_by_default), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BucketKeyEnabled", &s_BucketKeyEnabled, offsetof(struct awsc_s3_server_side_encryption_rule, bucket_key_enabled), offsetof(struct awsc_s3_server_side_encryption_rule, has_bucket_key_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BlockedEncryptionTypes", &s_BlockedEncryptionTypes, offsetof(struct awsc_s3_server_side_encryption_rule, blocked_encryption_types), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ServerSideEncryptionRule_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member s_SessionCredentials_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AccessKeyId", &s_AccessKeyIdValue, offsetof(struct awsc_s3_session_credentials, access_key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SecretAccessKey", &s_SessionCredentialValue, offsetof(struct awsc_s3_session_credentials, secret_access_key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SessionToken", &s_SessionCredentialValue, offsetof(struct awsc_s3_session_credentials, session_token), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Expiration", &s_SessionExpiration, offsetof(struct awsc_s3_session_credentials, expiration), offsetof(struct awsc_s3_session_credentials, has_expiration), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SessionCredentials_by_wire_name[] = { 0, 3, 1, 2 };

static const struct awsc_member s_SourceSelectionCriteria_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SseKmsEncryptedObjects", &s_SseKmsEncryptedObjects, offsetof(struct awsc_s3_source_selection_criteria, sse_kms_encrypted_objects), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplicaModifications", &s_ReplicaModifications, offsetof(struct awsc_s3_source_selection_criteria, replica_modifications), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SourceSelectionCriteria_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_SseKmsEncryptedObjects_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Status", &s_SseKmsEncryptedObjectsStatus, offsetof(struct awsc_s3_sse_kms_encrypted_objects, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SseKmsEncryptedObjects_by_wire_name[] = { 0 };

static const struct awsc_member s_Stats_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"BytesScanned", &s_BytesScanned, offsetof(struct awsc_s3_stats, bytes_scanned), offsetof(struct awsc_s3_stats, has_bytes_scanned), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BytesProcessed", &s_BytesProcessed, offsetof(struct awsc_s3_stats, bytes_processed), offsetof(struct awsc_s3_stats, has_bytes_processed), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BytesReturned", &s_BytesReturned, offsetof(struct awsc_s3_stats, bytes_returned), offsetof(struct awsc_s3_stats, has_bytes_returned), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Stats_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member s_StatsEvent_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Details", &s_Stats, offsetof(struct awsc_s3_stats_event, details), AWSC_NO_PRESENCE, AWSC_MF_EVENTPAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_StatsEvent_by_wire_name[] = { 0 };

static const struct awsc_member s_StorageClassAnalysis_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DataExport", &s_StorageClassAnalysisDataExport, offsetof(struct awsc_s3_storage_class_analysis, data_export), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_StorageClassAnalysis_by_wire_name[] = { 0 };

static const struct awsc_member s_StorageClassAnalysisDataExport_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"OutputSchemaVersion", &s_StorageClassAnalysisSchemaVersion, offsetof(struct awsc_s3_storage_class_analysis_data_export, output_schema_version), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Destination", &s_AnalyticsExportDestination, offsetof(struct awsc_s3_storage_class_analysis_data_export, destination), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_StorageClassAnalysisDataExport_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_Tag_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_tag, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Value", &s_Value, offsetof(struct awsc_s3_tag, value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Tag_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_Tagging_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TagSet", &s_TagSet, offsetof(struct awsc_s3_tagging, tag_set), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Tagging_by_wire_name[] = { 0 };

static const struct awsc_member s_TargetGrant_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Grantee", &s_Grantee, offsetof(struct awsc_s3_target_grant, grantee), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Permission", &s_BucketLogsPermission, offsetof(struct awsc_s3_target_grant, permission), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TargetGrant_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_TargetObjectKeyFormat_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SimplePrefix", &s_SimplePrefix, offsetof(struct awsc_s3_target_object_key_format, simple_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PartitionedPrefix", &s_PartitionedPrefix, offsetof(struct awsc_s3_target_object_key_format, partitioned_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TargetObjectKeyFormat_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_Tiering_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Days", &s_IntelligentTieringDays, offsetof(struct awsc_s3_tiering, days), offsetof(struct awsc_s3_tiering, has_days), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AccessTier", &s_IntelligentTieringAccessTier, offsetof(struct awsc_s3_tiering, access_tier), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Tiering_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_TopicConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Id", &s_NotificationId, offsetof(struct awsc_s3_topic_configuration, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TopicArn\0" "Topic", &s_TopicArn, offsetof(struct awsc_s3_topic_configuration, topic_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Events\0" "Event", &s_EventList, offsetof(struct awsc_s3_topic_configuration, events), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Filter", &s_NotificationConfigurationFilter, offsetof(struct awsc_s3_topic_configuration, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TopicConfiguration_by_wire_name[] = { 2, 3, 0, 1 };

static const struct awsc_member s_TopicConfigurationDeprecated_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Id", &s_NotificationId, offsetof(struct awsc_s3_topic_configuration_deprecated, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Events\0" "Event", &s_EventList, offsetof(struct awsc_s3_topic_configuration_deprecated, events), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Event", &s_Event, offsetof(struct awsc_s3_topic_configuration_deprecated, event), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Topic", &s_TopicArn, offsetof(struct awsc_s3_topic_configuration_deprecated, topic), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TopicConfigurationDeprecated_by_wire_name[] = { 1, 2, 0, 3 };

static const struct awsc_member s_Transition_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Date", &s_Date, offsetof(struct awsc_s3_transition, date), offsetof(struct awsc_s3_transition, has_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Days", &s_Days, offsetof(struct awsc_s3_transition, days), offsetof(struct awsc_s3_transition, has_days), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StorageClass", &s_TransitionStorageClass, offsetof(struct awsc_s3_transition, storage_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Transition_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__s3_UpdateBucketMetadataAnnotationTableConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_update_bucket_metadata_annotation_table_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_update_bucket_metadata_annotation_table_configuration_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_update_bucket_metadata_annotation_table_configuration_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"AnnotationTableConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_AnnotationTableConfigurationUpdates, offsetof(struct awsc_s3_update_bucket_metadata_annotation_table_configuration_input, annotation_table_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_update_bucket_metadata_annotation_table_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_UpdateBucketMetadataAnnotationTableConfigurationRequest_by_wire_name[] = { 3, 0, 1, 4, 2 };

static const struct awsc_member awsc__s3_UpdateBucketMetadataInventoryTableConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_update_bucket_metadata_inventory_table_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_update_bucket_metadata_inventory_table_configuration_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_update_bucket_metadata_inventory_table_configuration_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"InventoryTableConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_InventoryTableConfigurationUpdates, offsetof(struct awsc_s3_update_bucket_metadata_inventory_table_configuration_input, inventory_table_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_update_bucket_metadata_inventory_table_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_UpdateBucketMetadataInventoryTableConfigurationRequest_by_wire_name[] = { 0, 1, 3, 4, 2 };

static const struct awsc_member awsc__s3_UpdateBucketMetadataJournalTableConfigurationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_update_bucket_metadata_journal_table_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_update_bucket_metadata_journal_table_configuration_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_update_bucket_metadata_journal_table_configuration_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"JournalTableConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_JournalTableConfigurationUpdates, offsetof(struct awsc_s3_update_bucket_metadata_journal_table_configuration_input, journal_table_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_update_bucket_metadata_journal_table_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_UpdateBucketMetadataJournalTableConfigurationRequest_by_wire_name[] = { 0, 1, 3, 4, 2 };

static const struct awsc_member awsc__s3_UpdateObjectEncryptionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_update_object_encryption_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_update_object_encryption_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "versionId", &s_ObjectVersionId, offsetof(struct awsc_s3_update_object_encryption_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"ObjectEncryption\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/", &s_ObjectEncryption, offsetof(struct awsc_s3_update_object_encryption_input, object_encryption), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_update_object_encryption_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_update_object_encryption_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_update_object_encryption_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_update_object_encryption_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_UpdateObjectEncryptionRequest_by_wire_name[] = { 0, 6, 1, 3, 2, 5, 4, 7 };

static const struct awsc_member awsc__s3_UpdateObjectEncryptionResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_update_object_encryption_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_UpdateObjectEncryptionResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__s3_UploadPartCopyOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CopySourceVersionId\0" "x-amz-copy-source-version-id", &s_CopySourceVersionId, offsetof(struct awsc_s3_upload_part_copy_output, copy_source_version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"CopyPartResult", &s_CopyPartResult, offsetof(struct awsc_s3_upload_part_copy_output, copy_part_result), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServerSideEncryption\0" "x-amz-server-side-encryption", &s_ServerSideEncryption, offsetof(struct awsc_s3_upload_part_copy_output, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerAlgorithm\0" "x-amz-server-side-encryption-customer-algorithm", &s_SSECustomerAlgorithm, offsetof(struct awsc_s3_upload_part_copy_output, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKeyMD5\0" "x-amz-server-side-encryption-customer-key-MD5", &s_SSECustomerKeyMD5, offsetof(struct awsc_s3_upload_part_copy_output, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSEKMSKeyId\0" "x-amz-server-side-encryption-aws-kms-key-id", &s_SSEKMSKeyId, offsetof(struct awsc_s3_upload_part_copy_output, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"BucketKeyEnabled\0" "x-amz-server-side-encryption-bucket-key-enabled", &s_BucketKeyEnabled, offsetof(struct awsc_s3_upload_part_copy_output, bucket_key_enabled), offsetof(struct awsc_s3_upload_part_copy_output, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_upload_part_copy_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_UploadPartCopyOutput_by_wire_name[] = { 1, 0, 7, 2, 5, 6, 3, 4 };

static const struct awsc_member awsc__s3_UploadPartCopyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_upload_part_copy_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"CopySource\0" "x-amz-copy-source", &s_CopySource, offsetof(struct awsc_s3_upload_part_copy_input, copy_source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"CopySourceIfMatch\0" "x-amz-copy-source-if-match", &s_CopySourceIfMatch, offsetof(struct awsc_s3_upload_part_copy_input, copy_source_if_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"CopySourceIfModifiedSince\0" "x-amz-copy-source-if-modified-since", &s_CopySourceIfModifiedSince, offsetof(struct awsc_s3_upload_part_copy_input, copy_source_if_modified_since), offsetof(struct awsc_s3_upload_part_copy_input, has_copy_source_if_modified_since), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"CopySourceIfNoneMatch\0" "x-amz-copy-source-if-none-match", &s_CopySourceIfNoneMatch, offsetof(struct awsc_s3_upload_part_copy_input, copy_source_if_none_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"CopySourceIfUnmodifiedSince\0" "x-amz-copy-source-if-unmodified-since", &s_CopySourceIfUnmodifiedSince, offsetof(struct awsc_s3_upload_part_copy_input, copy_source_if_unmodified_since), offsetof(struct awsc_s3_upload_part_copy_input, has_copy_source_if_unmodified_since), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"CopySourceRange\0" "x-amz-copy-source-range", &s_CopySourceRange, offsetof(struct awsc_s3_upload_part_copy_input, copy_source_range), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_upload_part_copy_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"PartNumber\0" "partNumber", &s_PartNumber, offsetof(struct awsc_s3_upload_part_copy_input, part_number), offsetof(struct awsc_s3_upload_part_copy_input, has_part_number), AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"UploadId\0" "uploadId", &s_MultipartUploadId, offsetof(struct awsc_s3_upload_part_copy_input, upload_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"SSECustomerAlgorithm\0" "x-amz-server-side-encryption-customer-algorithm", &s_SSECustomerAlgorithm, offsetof(struct awsc_s3_upload_part_copy_input, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKey\0" "x-amz-server-side-encryption-customer-key", &s_SSECustomerKey, offsetof(struct awsc_s3_upload_part_copy_input, sse_customer_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKeyMD5\0" "x-amz-server-side-encryption-customer-key-MD5", &s_SSECustomerKeyMD5, offsetof(struct awsc_s3_upload_part_copy_input, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"CopySourceSSECustomerAlgorithm\0" "x-amz-copy-source-server-side-encryption-customer-algorithm", &s_CopySourceSSECustomerAlgorithm, offsetof(struct awsc_s3_upload_part_copy_input, copy_source_sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"CopySourceSSECustomerKey\0" "x-amz-copy-source-server-side-encryption-customer-key", &s_CopySourceSSECustomerKey, offsetof(struct awsc_s3_upload_part_copy_input, copy_source_sse_customer_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"CopySourceSSECustomerKeyMD5\0" "x-amz-copy-source-server-side-encryption-customer-key-MD5", &s_CopySourceSSECustomerKeyMD5, offsetof(struct awsc_s3_upload_part_copy_input, copy_source_sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_upload_part_copy_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_upload_part_copy_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedSourceBucketOwner\0" "x-amz-source-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_upload_part_copy_input, expected_source_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_UploadPartCopyRequest_by_wire_name[] = { 0, 7, 8, 9, 1, 2, 3, 4, 5, 6, 13, 14, 15, 17, 16, 10, 11, 12, 18 };

static const struct awsc_member awsc__s3_UploadPartOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ServerSideEncryption\0" "x-amz-server-side-encryption", &s_ServerSideEncryption, offsetof(struct awsc_s3_upload_part_output, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ETag", &s_ETag, offsetof(struct awsc_s3_upload_part_output, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32\0" "x-amz-checksum-crc32", &s_ChecksumCRC32, offsetof(struct awsc_s3_upload_part_output, checksum_crc32), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32C\0" "x-amz-checksum-crc32c", &s_ChecksumCRC32C, offsetof(struct awsc_s3_upload_part_output, checksum_crc32_c), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC64NVME\0" "x-amz-checksum-crc64nvme", &s_ChecksumCRC64NVME, offsetof(struct awsc_s3_upload_part_output, checksum_crc64_nvme), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA1\0" "x-amz-checksum-sha1", &s_ChecksumSHA1, offsetof(struct awsc_s3_upload_part_output, checksum_sha1), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA256\0" "x-amz-checksum-sha256", &s_ChecksumSHA256, offsetof(struct awsc_s3_upload_part_output, checksum_sha256), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA512\0" "x-amz-checksum-sha512", &s_ChecksumSHA512, offsetof(struct awsc_s3_upload_part_output, checksum_sha512), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumMD5\0" "x-amz-checksum-md5", &s_ChecksumMD5, offsetof(struct awsc_s3_upload_part_output, checksum_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH64\0" "x-amz-checksum-xxhash64", &s_ChecksumXXHASH64, offsetof(struct awsc_s3_upload_part_output, checksum_xxhash64), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH3\0" "x-amz-checksum-xxhash3", &s_ChecksumXXHASH3, offsetof(struct awsc_s3_upload_part_output, checksum_xxhash3), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH128\0" "x-amz-checksum-xxhash128", &s_ChecksumXXHASH128, offsetof(struct awsc_s3_upload_part_output, checksum_xxhash128), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerAlgorithm\0" "x-amz-server-side-encryption-customer-algorithm", &s_SSECustomerAlgorithm, offsetof(struct awsc_s3_upload_part_output, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKeyMD5\0" "x-amz-server-side-encryption-customer-key-MD5", &s_SSECustomerKeyMD5, offsetof(struct awsc_s3_upload_part_output, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSEKMSKeyId\0" "x-amz-server-side-encryption-aws-kms-key-id", &s_SSEKMSKeyId, offsetof(struct awsc_s3_upload_part_output, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"BucketKeyEnabled\0" "x-amz-server-side-encryption-bucket-key-enabled", &s_BucketKeyEnabled, offsetof(struct awsc_s3_upload_part_output, bucket_key_enabled), offsetof(struct awsc_s3_upload_part_output, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestCharged\0" "x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_upload_part_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_UploadPartOutput_by_wire_name[] = { 1, 2, 3, 4, 8, 5, 6, 7, 11, 10, 9, 16, 0, 14, 15, 12, 13 };

static const struct awsc_member awsc__s3_UploadPartRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Body", &s_Body, offsetof(struct awsc_s3_upload_part_input, body), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_STREAMING, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Bucket", &s_BucketName, offsetof(struct awsc_s3_upload_part_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ContentLength\0" "Content-Length", &s_ContentLength, offsetof(struct awsc_s3_upload_part_input, content_length), offsetof(struct awsc_s3_upload_part_input, has_content_length), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentMD5\0" "Content-MD5", &s_ContentMD5, offsetof(struct awsc_s3_upload_part_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm", &s_ChecksumAlgorithm, offsetof(struct awsc_s3_upload_part_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32\0" "x-amz-checksum-crc32", &s_ChecksumCRC32, offsetof(struct awsc_s3_upload_part_input, checksum_crc32), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32C\0" "x-amz-checksum-crc32c", &s_ChecksumCRC32C, offsetof(struct awsc_s3_upload_part_input, checksum_crc32_c), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC64NVME\0" "x-amz-checksum-crc64nvme", &s_ChecksumCRC64NVME, offsetof(struct awsc_s3_upload_part_input, checksum_crc64_nvme), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA1\0" "x-amz-checksum-sha1", &s_ChecksumSHA1, offsetof(struct awsc_s3_upload_part_input, checksum_sha1), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA256\0" "x-amz-checksum-sha256", &s_ChecksumSHA256, offsetof(struct awsc_s3_upload_part_input, checksum_sha256), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA512\0" "x-amz-checksum-sha512", &s_ChecksumSHA512, offsetof(struct awsc_s3_upload_part_input, checksum_sha512), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumMD5\0" "x-amz-checksum-md5", &s_ChecksumMD5, offsetof(struct awsc_s3_upload_part_input, checksum_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH64\0" "x-amz-checksum-xxhash64", &s_ChecksumXXHASH64, offsetof(struct awsc_s3_upload_part_input, checksum_xxhash64), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH3\0" "x-amz-checksum-xxhash3", &s_ChecksumXXHASH3, offsetof(struct awsc_s3_upload_part_input, checksum_xxhash3), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH128\0" "x-amz-checksum-xxhash128", &s_ChecksumXXHASH128, offsetof(struct awsc_s3_upload_part_input, checksum_xxhash128), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Key", &s_ObjectKey, offsetof(struct awsc_s3_upload_part_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"PartNumber\0" "partNumber", &s_PartNumber, offsetof(struct awsc_s3_upload_part_input, part_number), offsetof(struct awsc_s3_upload_part_input, has_part_number), AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"UploadId\0" "uploadId", &s_MultipartUploadId, offsetof(struct awsc_s3_upload_part_input, upload_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"SSECustomerAlgorithm\0" "x-amz-server-side-encryption-customer-algorithm", &s_SSECustomerAlgorithm, offsetof(struct awsc_s3_upload_part_input, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKey\0" "x-amz-server-side-encryption-customer-key", &s_SSECustomerKey, offsetof(struct awsc_s3_upload_part_input, sse_customer_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKeyMD5\0" "x-amz-server-side-encryption-customer-key-MD5", &s_SSECustomerKeyMD5, offsetof(struct awsc_s3_upload_part_input, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestPayer\0" "x-amz-request-payer", &s_RequestPayer, offsetof(struct awsc_s3_upload_part_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ExpectedBucketOwner\0" "x-amz-expected-bucket-owner", &s_AccountId, offsetof(struct awsc_s3_upload_part_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_UploadPartRequest_by_wire_name[] = { 0, 1, 2, 3, 15, 16, 17, 5, 6, 7, 11, 8, 9, 10, 14, 13, 12, 22, 21, 4, 18, 19, 20 };

static const struct awsc_member s_VersioningConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MFADelete\0" "MfaDelete", &s_MFADelete, offsetof(struct awsc_s3_versioning_configuration, mfa_delete), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_BucketVersioningStatus, offsetof(struct awsc_s3_versioning_configuration, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_VersioningConfiguration_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_WebsiteConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ErrorDocument", &s_ErrorDocument, offsetof(struct awsc_s3_website_configuration, error_document), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IndexDocument", &s_IndexDocument, offsetof(struct awsc_s3_website_configuration, index_document), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RedirectAllRequestsTo", &s_RedirectAllRequestsTo, offsetof(struct awsc_s3_website_configuration, redirect_all_requests_to), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RoutingRules", &s_RoutingRules, offsetof(struct awsc_s3_website_configuration, routing_rules), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_WebsiteConfiguration_by_wire_name[] = { 0, 1, 2, 3 };

static const struct awsc_member awsc__s3_WriteGetObjectResponseRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RequestRoute\0" "x-amz-request-route", &s_RequestRoute, offsetof(struct awsc_s3_write_get_object_response_input, request_route), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_HOST_LABEL | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestToken\0" "x-amz-request-token", &s_RequestToken, offsetof(struct awsc_s3_write_get_object_response_input, request_token), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Body", &s_Body, offsetof(struct awsc_s3_write_get_object_response_input, body), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_STREAMING, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StatusCode\0" "x-amz-fwd-status", &s_GetObjectResponseStatusCode, offsetof(struct awsc_s3_write_get_object_response_input, status_code), offsetof(struct awsc_s3_write_get_object_response_input, has_status_code), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ErrorCode\0" "x-amz-fwd-error-code", &s_ErrorCode, offsetof(struct awsc_s3_write_get_object_response_input, error_code), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ErrorMessage\0" "x-amz-fwd-error-message", &s_ErrorMessage, offsetof(struct awsc_s3_write_get_object_response_input, error_message), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"AcceptRanges\0" "x-amz-fwd-header-accept-ranges", &s_AcceptRanges, offsetof(struct awsc_s3_write_get_object_response_input, accept_ranges), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"CacheControl\0" "x-amz-fwd-header-Cache-Control", &s_CacheControl, offsetof(struct awsc_s3_write_get_object_response_input, cache_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentDisposition\0" "x-amz-fwd-header-Content-Disposition", &s_ContentDisposition, offsetof(struct awsc_s3_write_get_object_response_input, content_disposition), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentEncoding\0" "x-amz-fwd-header-Content-Encoding", &s_ContentEncoding, offsetof(struct awsc_s3_write_get_object_response_input, content_encoding), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentLanguage\0" "x-amz-fwd-header-Content-Language", &s_ContentLanguage, offsetof(struct awsc_s3_write_get_object_response_input, content_language), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentLength\0" "Content-Length", &s_ContentLength, offsetof(struct awsc_s3_write_get_object_response_input, content_length), offsetof(struct awsc_s3_write_get_object_response_input, has_content_length), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentRange\0" "x-amz-fwd-header-Content-Range", &s_ContentRange, offsetof(struct awsc_s3_write_get_object_response_input, content_range), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ContentType\0" "x-amz-fwd-header-Content-Type", &s_ContentType, offsetof(struct awsc_s3_write_get_object_response_input, content_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32\0" "x-amz-fwd-header-x-amz-checksum-crc32", &s_ChecksumCRC32, offsetof(struct awsc_s3_write_get_object_response_input, checksum_crc32), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC32C\0" "x-amz-fwd-header-x-amz-checksum-crc32c", &s_ChecksumCRC32C, offsetof(struct awsc_s3_write_get_object_response_input, checksum_crc32_c), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumCRC64NVME\0" "x-amz-fwd-header-x-amz-checksum-crc64nvme", &s_ChecksumCRC64NVME, offsetof(struct awsc_s3_write_get_object_response_input, checksum_crc64_nvme), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA1\0" "x-amz-fwd-header-x-amz-checksum-sha1", &s_ChecksumSHA1, offsetof(struct awsc_s3_write_get_object_response_input, checksum_sha1), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA256\0" "x-amz-fwd-header-x-amz-checksum-sha256", &s_ChecksumSHA256, offsetof(struct awsc_s3_write_get_object_response_input, checksum_sha256), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumSHA512\0" "x-amz-fwd-header-x-amz-checksum-sha512", &s_ChecksumSHA512, offsetof(struct awsc_s3_write_get_object_response_input, checksum_sha512), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumMD5\0" "x-amz-fwd-header-x-amz-checksum-md5", &s_ChecksumMD5, offsetof(struct awsc_s3_write_get_object_response_input, checksum_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH64\0" "x-amz-fwd-header-x-amz-checksum-xxhash64", &s_ChecksumXXHASH64, offsetof(struct awsc_s3_write_get_object_response_input, checksum_xxhash64), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH3\0" "x-amz-fwd-header-x-amz-checksum-xxhash3", &s_ChecksumXXHASH3, offsetof(struct awsc_s3_write_get_object_response_input, checksum_xxhash3), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ChecksumXXHASH128\0" "x-amz-fwd-header-x-amz-checksum-xxhash128", &s_ChecksumXXHASH128, offsetof(struct awsc_s3_write_get_object_response_input, checksum_xxhash128), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"DeleteMarker\0" "x-amz-fwd-header-x-amz-delete-marker", &s_DeleteMarker, offsetof(struct awsc_s3_write_get_object_response_input, delete_marker), offsetof(struct awsc_s3_write_get_object_response_input, has_delete_marker), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ETag\0" "x-amz-fwd-header-ETag", &s_ETag, offsetof(struct awsc_s3_write_get_object_response_input, e_tag), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Expires\0" "x-amz-fwd-header-Expires", &s_Expires, offsetof(struct awsc_s3_write_get_object_response_input, expires), offsetof(struct awsc_s3_write_get_object_response_input, has_expires), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Expiration\0" "x-amz-fwd-header-x-amz-expiration", &s_Expiration, offsetof(struct awsc_s3_write_get_object_response_input, expiration), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"LastModified\0" "x-amz-fwd-header-Last-Modified", &s_LastModified, offsetof(struct awsc_s3_write_get_object_response_input, last_modified), offsetof(struct awsc_s3_write_get_object_response_input, has_last_modified), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"MissingMeta\0" "x-amz-fwd-header-x-amz-missing-meta", &s_MissingMeta, offsetof(struct awsc_s3_write_get_object_response_input, missing_meta), offsetof(struct awsc_s3_write_get_object_response_input, has_missing_meta), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Metadata\0" "x-amz-meta-", &s_Metadata, offsetof(struct awsc_s3_write_get_object_response_input, metadata), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADERS, AWSC_TSFMT_DEFAULT},
    {"ObjectLockMode\0" "x-amz-fwd-header-x-amz-object-lock-mode", &s_ObjectLockMode, offsetof(struct awsc_s3_write_get_object_response_input, object_lock_mode), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ObjectLockLegalHoldStatus\0" "x-amz-fwd-header-x-amz-object-lock-legal-hold", &s_ObjectLockLegalHoldStatus, offsetof(struct awsc_s3_write_get_object_response_input, object_lock_legal_hold_status), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ObjectLockRetainUntilDate\0" "x-amz-fwd-header-x-amz-object-lock-retain-until-date", &s_ObjectLockRetainUntilDate, offsetof(struct awsc_s3_write_get_object_response_input, object_lock_retain_until_date), offsetof(struct awsc_s3_write_get_object_response_input, has_object_lock_retain_until_date), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"PartsCount\0" "x-amz-fwd-header-x-amz-mp-parts-count", &s_PartsCount, offsetof(struct awsc_s3_write_get_object_response_input, parts_count), offsetof(struct awsc_s3_write_get_object_response_input, has_parts_count), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ReplicationStatus\0" "x-amz-fwd-header-x-amz-replication-status", &s_ReplicationStatus, offsetof(struct awsc_s3_write_get_object_response_input, replication_status), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"RequestCharged\0" "x-amz-fwd-header-x-amz-request-charged", &s_RequestCharged, offsetof(struct awsc_s3_write_get_object_response_input, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"Restore\0" "x-amz-fwd-header-x-amz-restore", &s_Restore, offsetof(struct awsc_s3_write_get_object_response_input, restore), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"ServerSideEncryption\0" "x-amz-fwd-header-x-amz-server-side-encryption", &s_ServerSideEncryption, offsetof(struct awsc_s3_write_get_object_response_input, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerAlgorithm\0" "x-amz-fwd-header-x-amz-server-side-encryption-customer-algorithm", &s_SSECustomerAlgorithm, offsetof(struct awsc_s3_write_get_object_response_input, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSEKMSKeyId\0" "x-amz-fwd-header-x-amz-server-side-encryption-aws-kms-key-id", &s_SSEKMSKeyId, offsetof(struct awsc_s3_write_get_object_response_input, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"SSECustomerKeyMD5\0" "x-amz-fwd-header-x-amz-server-side-encryption-customer-key-MD5", &s_SSECustomerKeyMD5, offsetof(struct awsc_s3_write_get_object_response_input, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"StorageClass\0" "x-amz-fwd-header-x-amz-storage-class", &s_StorageClass, offsetof(struct awsc_s3_write_get_object_response_input, storage_class), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"TagCount\0" "x-amz-fwd-header-x-amz-tagging-count", &s_TagCount, offsetof(struct awsc_s3_write_get_object_response_input, tag_count), offsetof(struct awsc_s3_write_get_object_response_input, has_tag_count), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"VersionId\0" "x-amz-fwd-header-x-amz-version-id", &s_ObjectVersionId, offsetof(struct awsc_s3_write_get_object_response_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"BucketKeyEnabled\0" "x-amz-fwd-header-x-amz-server-side-encryption-bucket-key-enabled", &s_BucketKeyEnabled, offsetof(struct awsc_s3_write_get_object_response_input, bucket_key_enabled), offsetof(struct awsc_s3_write_get_object_response_input, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__s3_WriteGetObjectResponseRequest_by_wire_name[] = { 2, 11, 4, 5, 7, 8, 9, 10, 12, 13, 25, 26, 28, 6, 14, 15, 16, 20, 17, 18, 19, 23, 22, 21, 24, 27, 29, 34, 32, 31, 33, 35, 36, 37, 38, 40, 45, 39, 41, 42, 43, 44, 3, 30, 0, 1 };

static const struct awsc_shape s_AbacStatus = {
    .name = "AbacStatus",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_abac_status),
    .members = s_AbacStatus_members,
    .member_count = 1,
    .by_wire_name = s_AbacStatus_by_wire_name,
};

static const struct awsc_shape s_AbortDate = {
    .name = "AbortDate",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_AbortIncompleteMultipartUpload = {
    .name = "AbortIncompleteMultipartUpload",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_abort_incomplete_multipart_upload),
    .members = s_AbortIncompleteMultipartUpload_members,
    .member_count = 1,
    .by_wire_name = s_AbortIncompleteMultipartUpload_by_wire_name,
};

const struct awsc_shape awsc__s3_AbortMultipartUploadOutput = {
    .name = "AbortMultipartUploadOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_abort_multipart_upload_output),
    .members = awsc__s3_AbortMultipartUploadOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_AbortMultipartUploadOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_AbortMultipartUploadRequest = {
    .name = "AbortMultipartUploadRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_abort_multipart_upload_input),
    .members = awsc__s3_AbortMultipartUploadRequest_members,
    .member_count = 6,
    .by_wire_name = awsc__s3_AbortMultipartUploadRequest_by_wire_name,
};

static const struct awsc_shape s_AbortRuleId = {
    .name = "AbortRuleId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_AccelerateConfiguration = {
    .name = "AccelerateConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_accelerate_configuration),
    .members = s_AccelerateConfiguration_members,
    .member_count = 1,
    .by_wire_name = s_AccelerateConfiguration_by_wire_name,
};

static const struct awsc_shape s_AcceptRanges = {
    .name = "AcceptRanges",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_AccessControlPolicy = {
    .name = "AccessControlPolicy",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_access_control_policy),
    .members = s_AccessControlPolicy_members,
    .member_count = 2,
    .by_wire_name = s_AccessControlPolicy_by_wire_name,
};

static const struct awsc_shape s_AccessControlTranslation = {
    .name = "AccessControlTranslation",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_access_control_translation),
    .members = s_AccessControlTranslation_members,
    .member_count = 1,
    .by_wire_name = s_AccessControlTranslation_by_wire_name,
};

const struct awsc_shape awsc__s3_AccessDenied = {
    .name = "AccessDenied",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_s3_access_denied),
    .error_code = "AccessDenied",
    .http_status = 403,
};

static const struct awsc_shape s_AccessKeyIdValue = {
    .name = "AccessKeyIdValue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_AccessPointAlias = {
    .name = "AccessPointAlias",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_AccessPointArn = {
    .name = "AccessPointArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_AccountId = {
    .name = "AccountId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_AllowQuotedRecordDelimiter = {
    .name = "AllowQuotedRecordDelimiter",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_AllowedHeader = {
    .name = "AllowedHeader",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_AllowedHeaders = {
    .name = "AllowedHeaders",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_event_list),
    .item = &s_AllowedHeader,
};

static const struct awsc_shape s_AllowedMethod = {
    .name = "AllowedMethod",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_AllowedMethods = {
    .name = "AllowedMethods",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_event_list),
    .item = &s_AllowedMethod,
};

static const struct awsc_shape s_AllowedOrigin = {
    .name = "AllowedOrigin",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_AllowedOrigins = {
    .name = "AllowedOrigins",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_event_list),
    .item = &s_AllowedOrigin,
};

static const struct awsc_shape s_AnalyticsAndOperator = {
    .name = "AnalyticsAndOperator",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_analytics_and_operator),
    .members = s_AnalyticsAndOperator_members,
    .member_count = 2,
    .by_wire_name = s_AnalyticsAndOperator_by_wire_name,
};

static const struct awsc_shape s_AnalyticsConfiguration = {
    .name = "AnalyticsConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_analytics_configuration),
    .members = s_AnalyticsConfiguration_members,
    .member_count = 3,
    .by_wire_name = s_AnalyticsConfiguration_by_wire_name,
};

static const struct awsc_shape s_AnalyticsConfigurationList = {
    .name = "AnalyticsConfigurationList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_analytics_configuration_list),
    .item = &s_AnalyticsConfiguration,
};

static const struct awsc_shape s_AnalyticsExportDestination = {
    .name = "AnalyticsExportDestination",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_analytics_export_destination),
    .members = s_AnalyticsExportDestination_members,
    .member_count = 1,
    .by_wire_name = s_AnalyticsExportDestination_by_wire_name,
};

static const struct awsc_shape s_AnalyticsFilter = {
    .name = "AnalyticsFilter",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_analytics_filter),
    .members = s_AnalyticsFilter_members,
    .member_count = 3,
    .by_wire_name = s_AnalyticsFilter_by_wire_name,
};

static const struct awsc_shape s_AnalyticsId = {
    .name = "AnalyticsId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_AnalyticsS3BucketDestination = {
    .name = "AnalyticsS3BucketDestination",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_analytics_s3_bucket_destination),
    .members = s_AnalyticsS3BucketDestination_members,
    .member_count = 4,
    .by_wire_name = s_AnalyticsS3BucketDestination_by_wire_name,
};

static const struct awsc_shape s_AnalyticsS3ExportFileFormat = {
    .name = "AnalyticsS3ExportFileFormat",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_AnalyticsS3ExportFileFormat_values,
    .enum_count = 1,
};

static const struct awsc_shape s_AnnotationConfigurationState = {
    .name = "AnnotationConfigurationState",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_AnnotationConfigurationState_values,
    .enum_count = 2,
};

static const struct awsc_shape s_AnnotationCount = {
    .name = "AnnotationCount",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_AnnotationDirective = {
    .name = "AnnotationDirective",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_AnnotationDirective_values,
    .enum_count = 2,
};

static const struct awsc_shape s_AnnotationEntry = {
    .name = "AnnotationEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_annotation_entry),
    .members = s_AnnotationEntry_members,
    .member_count = 6,
    .by_wire_name = s_AnnotationEntry_by_wire_name,
};

const struct awsc_shape awsc__s3_AnnotationLimitExceeded = {
    .name = "AnnotationLimitExceeded",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_s3_annotation_limit_exceeded),
    .error_code = "AnnotationLimitExceeded",
    .http_status = 400,
};

static const struct awsc_shape s_AnnotationList = {
    .name = "AnnotationList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_s3_annotation_list),
    .item = &s_AnnotationEntry,
    .xml_refs = &s_AnnotationList_xml_refs,
};

static const struct awsc_shape s_AnnotationName = {
    .name = "AnnotationName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__s3_AnnotationNameTooLong = {
    .name = "AnnotationNameTooLong",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_s3_annotation_name_too_long),
    .error_code = "AnnotationNameTooLong",
    .http_status = 400,
};

static const struct awsc_shape s_AnnotationPayload = {
    .name = "AnnotationPayload",
    .type = AWSC_SHAPE_BLOB,
    .size = sizeof(struct awsc_blob),
};

static const struct awsc_shape s_AnnotationPrefix = {
    .name = "AnnotationPrefix",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_AnnotationTableConfiguration = {
    .name = "AnnotationTableConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_annotation_table_configuration),
    .members = s_AnnotationTableConfiguration_members,
    .member_count = 3,
    .by_wire_name = s_AnnotationTableConfiguration_by_wire_name,
};

static const struct awsc_shape s_AnnotationTableConfigurationResult = {
    .name = "AnnotationTableConfigurationResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_annotation_table_configuration_result),
    .members = s_AnnotationTableConfigurationResult_members,
    .member_count = 6,
    .by_wire_name = s_AnnotationTableConfigurationResult_by_wire_name,
};

static const struct awsc_shape s_AnnotationTableConfigurationUpdates = {
    .name = "AnnotationTableConfigurationUpdates",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_annotation_table_configuration_updates),
    .members = s_AnnotationTableConfigurationUpdates_members,
    .member_count = 3,
    .by_wire_name = s_AnnotationTableConfigurationUpdates_by_wire_name,
};

static const struct awsc_shape s_ArchiveStatus = {
    .name = "ArchiveStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ArchiveStatus_values,
    .enum_count = 2,
};

static const struct awsc_shape s_BlockedEncryptionTypes = {
    .name = "BlockedEncryptionTypes",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_blocked_encryption_types),
    .members = s_BlockedEncryptionTypes_members,
    .member_count = 1,
    .by_wire_name = s_BlockedEncryptionTypes_by_wire_name,
};

static const struct awsc_shape s_Body = {
    .name = "Body",
    .type = AWSC_SHAPE_BLOB,
    .size = sizeof(struct awsc_blob),
};

static const struct awsc_shape s_Bucket = {
    .name = "Bucket",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_bucket),
    .members = s_Bucket_members,
    .member_count = 4,
    .by_wire_name = s_Bucket_by_wire_name,
};

static const struct awsc_shape s_BucketAbacStatus = {
    .name = "BucketAbacStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_BucketAbacStatus_values,
    .enum_count = 2,
};

static const struct awsc_shape s_BucketAccelerateStatus = {
    .name = "BucketAccelerateStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_BucketAccelerateStatus_values,
    .enum_count = 2,
};

const struct awsc_shape awsc__s3_BucketAlreadyExists = {
    .name = "BucketAlreadyExists",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_s3_bucket_already_exists),
    .error_code = "BucketAlreadyExists",
    .http_status = 409,
};

const struct awsc_shape awsc__s3_BucketAlreadyOwnedByYou = {
    .name = "BucketAlreadyOwnedByYou",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_s3_bucket_already_owned_by_you),
    .error_code = "BucketAlreadyOwnedByYou",
    .http_status = 409,
};

static const struct awsc_shape s_BucketCannedACL = {
    .name = "BucketCannedACL",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_BucketCannedACL_values,
    .enum_count = 4,
};

static const struct awsc_shape s_BucketInfo = {
    .name = "BucketInfo",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_bucket_info),
    .members = s_BucketInfo_members,
    .member_count = 2,
    .by_wire_name = s_BucketInfo_by_wire_name,
};

static const struct awsc_shape s_BucketKeyEnabled = {
    .name = "BucketKeyEnabled",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_BucketLifecycleConfiguration = {
    .name = "BucketLifecycleConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_bucket_lifecycle_configuration),
    .members = s_BucketLifecycleConfiguration_members,
    .member_count = 1,
    .by_wire_name = s_BucketLifecycleConfiguration_by_wire_name,
};

static const struct awsc_shape s_BucketLocationConstraint = {
    .name = "BucketLocationConstraint",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_BucketLocationConstraint_values,
    .enum_count = 38,
};

static const struct awsc_shape s_BucketLocationName = {
    .name = "BucketLocationName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_BucketLoggingStatus = {
    .name = "BucketLoggingStatus",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_bucket_logging_status),
    .members = s_BucketLoggingStatus_members,
    .member_count = 1,
    .by_wire_name = s_BucketLoggingStatus_by_wire_name,
};

static const struct awsc_shape s_BucketLogsPermission = {
    .name = "BucketLogsPermission",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_BucketLogsPermission_values,
    .enum_count = 3,
};

static const struct awsc_shape s_BucketName = {
    .name = "BucketName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_BucketNamespace = {
    .name = "BucketNamespace",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_BucketNamespace_values,
    .enum_count = 2,
};

static const struct awsc_shape s_BucketRegion = {
    .name = "BucketRegion",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_BucketType = {
    .name = "BucketType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_BucketType_values,
    .enum_count = 1,
};

static const struct awsc_shape s_BucketVersioningStatus = {
    .name = "BucketVersioningStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_BucketVersioningStatus_values,
    .enum_count = 2,
};

static const struct awsc_shape s_Buckets = {
    .name = "Buckets",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_s3_buckets),
    .item = &s_Bucket,
    .xml_refs = &s_Buckets_xml_refs,
};

static const struct awsc_shape s_BypassGovernanceRetention = {
    .name = "BypassGovernanceRetention",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_BytesProcessed = {
    .name = "BytesProcessed",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

static const struct awsc_shape s_BytesReturned = {
    .name = "BytesReturned",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

static const struct awsc_shape s_BytesScanned = {
    .name = "BytesScanned",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

static const struct awsc_shape s_CORSConfiguration = {
    .name = "CORSConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_cors_configuration),
    .members = s_CORSConfiguration_members,
    .member_count = 1,
    .by_wire_name = s_CORSConfiguration_by_wire_name,
};

static const struct awsc_shape s_CORSRule = {
    .name = "CORSRule",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_cors_rule),
    .members = s_CORSRule_members,
    .member_count = 6,
    .by_wire_name = s_CORSRule_by_wire_name,
};

static const struct awsc_shape s_CORSRules = {
    .name = "CORSRules",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_cors_rules),
    .item = &s_CORSRule,
};

static const struct awsc_shape s_CSVInput = {
    .name = "CSVInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_csv_input),
    .members = s_CSVInput_members,
    .member_count = 7,
    .by_wire_name = s_CSVInput_by_wire_name,
};

static const struct awsc_shape s_CSVOutput = {
    .name = "CSVOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_csv_output),
    .members = s_CSVOutput_members,
    .member_count = 5,
    .by_wire_name = s_CSVOutput_by_wire_name,
};

static const struct awsc_shape s_CacheControl = {
    .name = "CacheControl",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Checksum = {
    .name = "Checksum",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_checksum),
    .members = s_Checksum_members,
    .member_count = 11,
    .by_wire_name = s_Checksum_by_wire_name,
};

static const struct awsc_shape s_ChecksumAlgorithm = {
    .name = "ChecksumAlgorithm",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ChecksumAlgorithm_values,
    .enum_count = 10,
};

static const struct awsc_shape s_ChecksumAlgorithmList = {
    .name = "ChecksumAlgorithmList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_event_list),
    .item = &s_ChecksumAlgorithm,
};

static const struct awsc_shape s_ChecksumCRC32 = {
    .name = "ChecksumCRC32",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ChecksumCRC32C = {
    .name = "ChecksumCRC32C",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ChecksumCRC64NVME = {
    .name = "ChecksumCRC64NVME",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ChecksumMD5 = {
    .name = "ChecksumMD5",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ChecksumMode = {
    .name = "ChecksumMode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ChecksumMode_values,
    .enum_count = 1,
};

static const struct awsc_shape s_ChecksumSHA1 = {
    .name = "ChecksumSHA1",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ChecksumSHA256 = {
    .name = "ChecksumSHA256",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ChecksumSHA512 = {
    .name = "ChecksumSHA512",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ChecksumType = {
    .name = "ChecksumType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ChecksumType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_ChecksumXXHASH128 = {
    .name = "ChecksumXXHASH128",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ChecksumXXHASH3 = {
    .name = "ChecksumXXHASH3",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ChecksumXXHASH64 = {
    .name = "ChecksumXXHASH64",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ClientToken = {
    .name = "ClientToken",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_CloudFunction = {
    .name = "CloudFunction",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_CloudFunctionConfiguration = {
    .name = "CloudFunctionConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_cloud_function_configuration),
    .members = s_CloudFunctionConfiguration_members,
    .member_count = 5,
    .by_wire_name = s_CloudFunctionConfiguration_by_wire_name,
};

static const struct awsc_shape s_CloudFunctionInvocationRole = {
    .name = "CloudFunctionInvocationRole",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Code = {
    .name = "Code",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Comments = {
    .name = "Comments",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_CommonPrefix = {
    .name = "CommonPrefix",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_common_prefix),
    .members = s_CommonPrefix_members,
    .member_count = 1,
    .by_wire_name = s_CommonPrefix_by_wire_name,
};

static const struct awsc_shape s_CommonPrefixList = {
    .name = "CommonPrefixList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_common_prefix_list),
    .item = &s_CommonPrefix,
};

const struct awsc_shape awsc__s3_CompleteMultipartUploadOutput = {
    .name = "CompleteMultipartUploadOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_complete_multipart_upload_output),
    .members = awsc__s3_CompleteMultipartUploadOutput_members,
    .member_count = 21,
    .by_wire_name = awsc__s3_CompleteMultipartUploadOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_CompleteMultipartUploadRequest = {
    .name = "CompleteMultipartUploadRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_complete_multipart_upload_input),
    .members = awsc__s3_CompleteMultipartUploadRequest_members,
    .member_count = 23,
    .by_wire_name = awsc__s3_CompleteMultipartUploadRequest_by_wire_name,
    .payload = "MultipartUpload",
};

static const struct awsc_shape s_CompletedMultipartUpload = {
    .name = "CompletedMultipartUpload",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_completed_multipart_upload),
    .members = s_CompletedMultipartUpload_members,
    .member_count = 1,
    .by_wire_name = s_CompletedMultipartUpload_by_wire_name,
};

static const struct awsc_shape s_CompletedPart = {
    .name = "CompletedPart",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_completed_part),
    .members = s_CompletedPart_members,
    .member_count = 12,
    .by_wire_name = s_CompletedPart_by_wire_name,
};

static const struct awsc_shape s_CompletedPartList = {
    .name = "CompletedPartList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_completed_part_list),
    .item = &s_CompletedPart,
};

static const struct awsc_shape s_CompressionType = {
    .name = "CompressionType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_CompressionType_values,
    .enum_count = 3,
};

static const struct awsc_shape s_Condition = {
    .name = "Condition",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_condition),
    .members = s_Condition_members,
    .member_count = 2,
    .by_wire_name = s_Condition_by_wire_name,
};

static const struct awsc_shape s_ConfirmRemoveSelfBucketAccess = {
    .name = "ConfirmRemoveSelfBucketAccess",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_ContentDisposition = {
    .name = "ContentDisposition",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ContentEncoding = {
    .name = "ContentEncoding",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ContentLanguage = {
    .name = "ContentLanguage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ContentLength = {
    .name = "ContentLength",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

static const struct awsc_shape s_ContentMD5 = {
    .name = "ContentMD5",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ContentRange = {
    .name = "ContentRange",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ContentType = {
    .name = "ContentType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ContinuationEvent = {
    .name = "ContinuationEvent",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EVENT,
    .size = sizeof(struct awsc_s3_continuation_event),
};

const struct awsc_shape awsc__s3_CopyObjectOutput = {
    .name = "CopyObjectOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_copy_object_output),
    .members = awsc__s3_CopyObjectOutput_members,
    .member_count = 11,
    .by_wire_name = awsc__s3_CopyObjectOutput_by_wire_name,
    .payload = "CopyObjectResult",
};

const struct awsc_shape awsc__s3_CopyObjectRequest = {
    .name = "CopyObjectRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_copy_object_input),
    .members = awsc__s3_CopyObjectRequest_members,
    .member_count = 44,
    .by_wire_name = awsc__s3_CopyObjectRequest_by_wire_name,
};

static const struct awsc_shape s_CopyObjectResult = {
    .name = "CopyObjectResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_copy_object_result),
    .members = s_CopyObjectResult_members,
    .member_count = 13,
    .by_wire_name = s_CopyObjectResult_by_wire_name,
};

static const struct awsc_shape s_CopyPartResult = {
    .name = "CopyPartResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_copy_part_result),
    .members = s_CopyPartResult_members,
    .member_count = 12,
    .by_wire_name = s_CopyPartResult_by_wire_name,
};

static const struct awsc_shape s_CopySource = {
    .name = "CopySource",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_CopySourceIfMatch = {
    .name = "CopySourceIfMatch",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_CopySourceIfModifiedSince = {
    .name = "CopySourceIfModifiedSince",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_CopySourceIfNoneMatch = {
    .name = "CopySourceIfNoneMatch",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_CopySourceIfUnmodifiedSince = {
    .name = "CopySourceIfUnmodifiedSince",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_CopySourceRange = {
    .name = "CopySourceRange",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_CopySourceSSECustomerAlgorithm = {
    .name = "CopySourceSSECustomerAlgorithm",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_CopySourceSSECustomerKey = {
    .name = "CopySourceSSECustomerKey",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_CopySourceSSECustomerKeyMD5 = {
    .name = "CopySourceSSECustomerKeyMD5",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_CopySourceVersionId = {
    .name = "CopySourceVersionId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_CreateBucketConfiguration = {
    .name = "CreateBucketConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_create_bucket_configuration),
    .members = s_CreateBucketConfiguration_members,
    .member_count = 4,
    .by_wire_name = s_CreateBucketConfiguration_by_wire_name,
};

const struct awsc_shape awsc__s3_CreateBucketMetadataConfigurationRequest = {
    .name = "CreateBucketMetadataConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_create_bucket_metadata_configuration_input),
    .members = awsc__s3_CreateBucketMetadataConfigurationRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__s3_CreateBucketMetadataConfigurationRequest_by_wire_name,
    .payload = "MetadataConfiguration",
};

const struct awsc_shape awsc__s3_CreateBucketMetadataTableConfigurationRequest = {
    .name = "CreateBucketMetadataTableConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_create_bucket_metadata_table_configuration_input),
    .members = awsc__s3_CreateBucketMetadataTableConfigurationRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__s3_CreateBucketMetadataTableConfigurationRequest_by_wire_name,
    .payload = "MetadataTableConfiguration",
};

const struct awsc_shape awsc__s3_CreateBucketOutput = {
    .name = "CreateBucketOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_create_bucket_output),
    .members = awsc__s3_CreateBucketOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_CreateBucketOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_CreateBucketRequest = {
    .name = "CreateBucketRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_create_bucket_input),
    .members = awsc__s3_CreateBucketRequest_members,
    .member_count = 11,
    .by_wire_name = awsc__s3_CreateBucketRequest_by_wire_name,
    .payload = "CreateBucketConfiguration",
};

const struct awsc_shape awsc__s3_CreateMultipartUploadOutput = {
    .name = "CreateMultipartUploadOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_create_multipart_upload_output),
    .members = awsc__s3_CreateMultipartUploadOutput_members,
    .member_count = 14,
    .by_wire_name = awsc__s3_CreateMultipartUploadOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_CreateMultipartUploadRequest = {
    .name = "CreateMultipartUploadRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_create_multipart_upload_input),
    .members = awsc__s3_CreateMultipartUploadRequest_members,
    .member_count = 31,
    .by_wire_name = awsc__s3_CreateMultipartUploadRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_CreateSessionOutput = {
    .name = "CreateSessionOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_create_session_output),
    .members = awsc__s3_CreateSessionOutput_members,
    .member_count = 5,
    .by_wire_name = awsc__s3_CreateSessionOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_CreateSessionRequest = {
    .name = "CreateSessionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_create_session_input),
    .members = awsc__s3_CreateSessionRequest_members,
    .member_count = 6,
    .by_wire_name = awsc__s3_CreateSessionRequest_by_wire_name,
};

static const struct awsc_shape s_CreationDate = {
    .name = "CreationDate",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_DataRedundancy = {
    .name = "DataRedundancy",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_DataRedundancy_values,
    .enum_count = 2,
};

static const struct awsc_shape s_Date = {
    .name = "Date",
    .type = AWSC_SHAPE_TIMESTAMP,
    .timestamp_format = AWSC_TSFMT_ISO8601,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_Days = {
    .name = "Days",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_DaysAfterInitiation = {
    .name = "DaysAfterInitiation",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_DefaultRetention = {
    .name = "DefaultRetention",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_default_retention),
    .members = s_DefaultRetention_members,
    .member_count = 3,
    .by_wire_name = s_DefaultRetention_by_wire_name,
};

static const struct awsc_shape s_Delete = {
    .name = "Delete",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete),
    .members = s_Delete_members,
    .member_count = 2,
    .by_wire_name = s_Delete_by_wire_name,
};

const struct awsc_shape awsc__s3_DeleteBucketAnalyticsConfigurationRequest = {
    .name = "DeleteBucketAnalyticsConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete_bucket_analytics_configuration_input),
    .members = awsc__s3_DeleteBucketAnalyticsConfigurationRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__s3_DeleteBucketAnalyticsConfigurationRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_DeleteBucketCorsRequest = {
    .name = "DeleteBucketCorsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete_bucket_cors_input),
    .members = awsc__s3_DeleteBucketCorsRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_DeleteBucketCorsRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_DeleteBucketEncryptionRequest = {
    .name = "DeleteBucketEncryptionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete_bucket_encryption_input),
    .members = awsc__s3_DeleteBucketEncryptionRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_DeleteBucketEncryptionRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_DeleteBucketIntelligentTieringConfigurationRequest = {
    .name = "DeleteBucketIntelligentTieringConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete_bucket_intelligent_tiering_configuration_input),
    .members = awsc__s3_DeleteBucketIntelligentTieringConfigurationRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__s3_DeleteBucketIntelligentTieringConfigurationRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_DeleteBucketInventoryConfigurationRequest = {
    .name = "DeleteBucketInventoryConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete_bucket_inventory_configuration_input),
    .members = awsc__s3_DeleteBucketInventoryConfigurationRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__s3_DeleteBucketInventoryConfigurationRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_DeleteBucketLifecycleRequest = {
    .name = "DeleteBucketLifecycleRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete_bucket_lifecycle_input),
    .members = awsc__s3_DeleteBucketLifecycleRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_DeleteBucketLifecycleRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_DeleteBucketMetadataConfigurationRequest = {
    .name = "DeleteBucketMetadataConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete_bucket_metadata_configuration_input),
    .members = awsc__s3_DeleteBucketMetadataConfigurationRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_DeleteBucketMetadataConfigurationRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_DeleteBucketMetadataTableConfigurationRequest = {
    .name = "DeleteBucketMetadataTableConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete_bucket_metadata_table_configuration_input),
    .members = awsc__s3_DeleteBucketMetadataTableConfigurationRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_DeleteBucketMetadataTableConfigurationRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_DeleteBucketMetricsConfigurationRequest = {
    .name = "DeleteBucketMetricsConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete_bucket_metrics_configuration_input),
    .members = awsc__s3_DeleteBucketMetricsConfigurationRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__s3_DeleteBucketMetricsConfigurationRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_DeleteBucketOwnershipControlsRequest = {
    .name = "DeleteBucketOwnershipControlsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete_bucket_ownership_controls_input),
    .members = awsc__s3_DeleteBucketOwnershipControlsRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_DeleteBucketOwnershipControlsRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_DeleteBucketPolicyRequest = {
    .name = "DeleteBucketPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete_bucket_policy_input),
    .members = awsc__s3_DeleteBucketPolicyRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_DeleteBucketPolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_DeleteBucketReplicationRequest = {
    .name = "DeleteBucketReplicationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete_bucket_replication_input),
    .members = awsc__s3_DeleteBucketReplicationRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_DeleteBucketReplicationRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_DeleteBucketRequest = {
    .name = "DeleteBucketRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete_bucket_input),
    .members = awsc__s3_DeleteBucketRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_DeleteBucketRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_DeleteBucketTaggingRequest = {
    .name = "DeleteBucketTaggingRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete_bucket_tagging_input),
    .members = awsc__s3_DeleteBucketTaggingRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_DeleteBucketTaggingRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_DeleteBucketWebsiteRequest = {
    .name = "DeleteBucketWebsiteRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete_bucket_website_input),
    .members = awsc__s3_DeleteBucketWebsiteRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_DeleteBucketWebsiteRequest_by_wire_name,
};

static const struct awsc_shape s_DeleteMarker = {
    .name = "DeleteMarker",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_DeleteMarkerEntry = {
    .name = "DeleteMarkerEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete_marker_entry),
    .members = s_DeleteMarkerEntry_members,
    .member_count = 5,
    .by_wire_name = s_DeleteMarkerEntry_by_wire_name,
};

static const struct awsc_shape s_DeleteMarkerReplication = {
    .name = "DeleteMarkerReplication",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete_marker_replication),
    .members = s_DeleteMarkerReplication_members,
    .member_count = 1,
    .by_wire_name = s_DeleteMarkerReplication_by_wire_name,
};

static const struct awsc_shape s_DeleteMarkerReplicationStatus = {
    .name = "DeleteMarkerReplicationStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_DeleteMarkerReplicationStatus_values,
    .enum_count = 2,
};

static const struct awsc_shape s_DeleteMarkerVersionId = {
    .name = "DeleteMarkerVersionId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_DeleteMarkers = {
    .name = "DeleteMarkers",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_delete_markers),
    .item = &s_DeleteMarkerEntry,
};

const struct awsc_shape awsc__s3_DeleteObjectAnnotationOutput = {
    .name = "DeleteObjectAnnotationOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete_object_annotation_output),
    .members = awsc__s3_DeleteObjectAnnotationOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_DeleteObjectAnnotationOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_DeleteObjectAnnotationRequest = {
    .name = "DeleteObjectAnnotationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete_object_annotation_input),
    .members = awsc__s3_DeleteObjectAnnotationRequest_members,
    .member_count = 7,
    .by_wire_name = awsc__s3_DeleteObjectAnnotationRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_DeleteObjectOutput = {
    .name = "DeleteObjectOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete_object_output),
    .members = awsc__s3_DeleteObjectOutput_members,
    .member_count = 3,
    .by_wire_name = awsc__s3_DeleteObjectOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_DeleteObjectRequest = {
    .name = "DeleteObjectRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete_object_input),
    .members = awsc__s3_DeleteObjectRequest_members,
    .member_count = 10,
    .by_wire_name = awsc__s3_DeleteObjectRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_DeleteObjectTaggingOutput = {
    .name = "DeleteObjectTaggingOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete_object_tagging_output),
    .members = awsc__s3_DeleteObjectTaggingOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_DeleteObjectTaggingOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_DeleteObjectTaggingRequest = {
    .name = "DeleteObjectTaggingRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete_object_tagging_input),
    .members = awsc__s3_DeleteObjectTaggingRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__s3_DeleteObjectTaggingRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_DeleteObjectsOutput = {
    .name = "DeleteObjectsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete_objects_output),
    .members = awsc__s3_DeleteObjectsOutput_members,
    .member_count = 3,
    .by_wire_name = awsc__s3_DeleteObjectsOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_DeleteObjectsRequest = {
    .name = "DeleteObjectsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete_objects_input),
    .members = awsc__s3_DeleteObjectsRequest_members,
    .member_count = 7,
    .by_wire_name = awsc__s3_DeleteObjectsRequest_by_wire_name,
    .payload = "Delete",
};

const struct awsc_shape awsc__s3_DeletePublicAccessBlockRequest = {
    .name = "DeletePublicAccessBlockRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_delete_public_access_block_input),
    .members = awsc__s3_DeletePublicAccessBlockRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_DeletePublicAccessBlockRequest_by_wire_name,
};

static const struct awsc_shape s_DeletedObject = {
    .name = "DeletedObject",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_deleted_object),
    .members = s_DeletedObject_members,
    .member_count = 4,
    .by_wire_name = s_DeletedObject_by_wire_name,
};

static const struct awsc_shape s_DeletedObjects = {
    .name = "DeletedObjects",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_deleted_objects),
    .item = &s_DeletedObject,
};

static const struct awsc_shape s_Delimiter = {
    .name = "Delimiter",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Description = {
    .name = "Description",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Destination = {
    .name = "Destination",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_destination),
    .members = s_Destination_members,
    .member_count = 7,
    .by_wire_name = s_Destination_by_wire_name,
};

static const struct awsc_shape s_DestinationResult = {
    .name = "DestinationResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_destination_result),
    .members = s_DestinationResult_members,
    .member_count = 3,
    .by_wire_name = s_DestinationResult_by_wire_name,
};

static const struct awsc_shape s_DirectoryBucketToken = {
    .name = "DirectoryBucketToken",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_DirectoryBucketToken_range,
};

static const struct awsc_shape s_DisplayName = {
    .name = "DisplayName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ETag = {
    .name = "ETag",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_EmailAddress = {
    .name = "EmailAddress",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_EnableRequestProgress = {
    .name = "EnableRequestProgress",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_EncodingType = {
    .name = "EncodingType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_EncodingType_values,
    .enum_count = 1,
};

static const struct awsc_shape s_Encryption = {
    .name = "Encryption",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_encryption),
    .members = s_Encryption_members,
    .member_count = 3,
    .by_wire_name = s_Encryption_by_wire_name,
};

static const struct awsc_shape s_EncryptionConfiguration = {
    .name = "EncryptionConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_encryption_configuration),
    .members = s_EncryptionConfiguration_members,
    .member_count = 1,
    .by_wire_name = s_EncryptionConfiguration_by_wire_name,
};

static const struct awsc_shape s_EncryptionType = {
    .name = "EncryptionType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_EncryptionType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_EncryptionTypeList = {
    .name = "EncryptionTypeList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_event_list),
    .item = &s_EncryptionType,
    .xml_refs = &s_EncryptionTypeList_xml_refs,
};

const struct awsc_shape awsc__s3_EncryptionTypeMismatch = {
    .name = "EncryptionTypeMismatch",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_s3_encryption_type_mismatch),
    .error_code = "EncryptionTypeMismatch",
    .http_status = 400,
};

static const struct awsc_shape s_End = {
    .name = "End",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

static const struct awsc_shape s_EndEvent = {
    .name = "EndEvent",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EVENT,
    .size = sizeof(struct awsc_s3_end_event),
};

static const struct awsc_shape s_Error = {
    .name = "Error",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_error),
    .members = s_Error_members,
    .member_count = 4,
    .by_wire_name = s_Error_by_wire_name,
};

static const struct awsc_shape s_ErrorCode = {
    .name = "ErrorCode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ErrorDetails = {
    .name = "ErrorDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_error_details),
    .members = s_ErrorDetails_members,
    .member_count = 2,
    .by_wire_name = s_ErrorDetails_by_wire_name,
};

static const struct awsc_shape s_ErrorDocument = {
    .name = "ErrorDocument",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_error_document),
    .members = s_ErrorDocument_members,
    .member_count = 1,
    .by_wire_name = s_ErrorDocument_by_wire_name,
};

static const struct awsc_shape s_ErrorMessage = {
    .name = "ErrorMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Errors = {
    .name = "Errors",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_errors),
    .item = &s_Error,
};

static const struct awsc_shape s_Event = {
    .name = "Event",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_Event_values,
    .enum_count = 30,
};

static const struct awsc_shape s_EventBridgeConfiguration = {
    .name = "EventBridgeConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_event_bridge_configuration),
};

static const struct awsc_shape s_EventList = {
    .name = "EventList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_event_list),
    .item = &s_Event,
};

static const struct awsc_shape s_ExistingObjectReplication = {
    .name = "ExistingObjectReplication",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_existing_object_replication),
    .members = s_ExistingObjectReplication_members,
    .member_count = 1,
    .by_wire_name = s_ExistingObjectReplication_by_wire_name,
};

static const struct awsc_shape s_ExistingObjectReplicationStatus = {
    .name = "ExistingObjectReplicationStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ExistingObjectReplicationStatus_values,
    .enum_count = 2,
};

static const struct awsc_shape s_Expiration = {
    .name = "Expiration",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ExpirationState = {
    .name = "ExpirationState",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ExpirationState_values,
    .enum_count = 2,
};

static const struct awsc_shape s_ExpirationStatus = {
    .name = "ExpirationStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ExpirationStatus_values,
    .enum_count = 2,
};

static const struct awsc_shape s_ExpiredObjectDeleteMarker = {
    .name = "ExpiredObjectDeleteMarker",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_Expires = {
    .name = "Expires",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_ExposeHeader = {
    .name = "ExposeHeader",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ExposeHeaders = {
    .name = "ExposeHeaders",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_event_list),
    .item = &s_ExposeHeader,
};

static const struct awsc_shape s_Expression = {
    .name = "Expression",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ExpressionType = {
    .name = "ExpressionType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ExpressionType_values,
    .enum_count = 1,
};

static const struct awsc_shape s_FetchOwner = {
    .name = "FetchOwner",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_FieldDelimiter = {
    .name = "FieldDelimiter",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_FileHeaderInfo = {
    .name = "FileHeaderInfo",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_FileHeaderInfo_values,
    .enum_count = 3,
};

static const struct awsc_shape s_FilterRule = {
    .name = "FilterRule",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_filter_rule),
    .members = s_FilterRule_members,
    .member_count = 2,
    .by_wire_name = s_FilterRule_by_wire_name,
};

static const struct awsc_shape s_FilterRuleList = {
    .name = "FilterRuleList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_filter_rule_list),
    .item = &s_FilterRule,
};

static const struct awsc_shape s_FilterRuleName = {
    .name = "FilterRuleName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_FilterRuleName_values,
    .enum_count = 2,
};

static const struct awsc_shape s_FilterRuleValue = {
    .name = "FilterRuleValue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__s3_GetBucketAbacOutput = {
    .name = "GetBucketAbacOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_abac_output),
    .members = awsc__s3_GetBucketAbacOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_GetBucketAbacOutput_by_wire_name,
    .payload = "AbacStatus",
};

const struct awsc_shape awsc__s3_GetBucketAbacRequest = {
    .name = "GetBucketAbacRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_abac_input),
    .members = awsc__s3_GetBucketAbacRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetBucketAbacRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketAccelerateConfigurationOutput = {
    .name = "GetBucketAccelerateConfigurationOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_accelerate_configuration_output),
    .members = awsc__s3_GetBucketAccelerateConfigurationOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetBucketAccelerateConfigurationOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketAccelerateConfigurationRequest = {
    .name = "GetBucketAccelerateConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_accelerate_configuration_input),
    .members = awsc__s3_GetBucketAccelerateConfigurationRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__s3_GetBucketAccelerateConfigurationRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketAclOutput = {
    .name = "GetBucketAclOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_acl_output),
    .members = awsc__s3_GetBucketAclOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetBucketAclOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketAclRequest = {
    .name = "GetBucketAclRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_acl_input),
    .members = awsc__s3_GetBucketAclRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetBucketAclRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketAnalyticsConfigurationOutput = {
    .name = "GetBucketAnalyticsConfigurationOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_analytics_configuration_output),
    .members = awsc__s3_GetBucketAnalyticsConfigurationOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_GetBucketAnalyticsConfigurationOutput_by_wire_name,
    .payload = "AnalyticsConfiguration",
};

const struct awsc_shape awsc__s3_GetBucketAnalyticsConfigurationRequest = {
    .name = "GetBucketAnalyticsConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_analytics_configuration_input),
    .members = awsc__s3_GetBucketAnalyticsConfigurationRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__s3_GetBucketAnalyticsConfigurationRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketCorsOutput = {
    .name = "GetBucketCorsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_cors_output),
    .members = awsc__s3_GetBucketCorsOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_GetBucketCorsOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketCorsRequest = {
    .name = "GetBucketCorsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_cors_input),
    .members = awsc__s3_GetBucketCorsRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetBucketCorsRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketEncryptionOutput = {
    .name = "GetBucketEncryptionOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_encryption_output),
    .members = awsc__s3_GetBucketEncryptionOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_GetBucketEncryptionOutput_by_wire_name,
    .payload = "ServerSideEncryptionConfiguration",
};

const struct awsc_shape awsc__s3_GetBucketEncryptionRequest = {
    .name = "GetBucketEncryptionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_encryption_input),
    .members = awsc__s3_GetBucketEncryptionRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetBucketEncryptionRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketIntelligentTieringConfigurationOutput = {
    .name = "GetBucketIntelligentTieringConfigurationOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_intelligent_tiering_configuration_output),
    .members = awsc__s3_GetBucketIntelligentTieringConfigurationOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_GetBucketIntelligentTieringConfigurationOutput_by_wire_name,
    .payload = "IntelligentTieringConfiguration",
};

const struct awsc_shape awsc__s3_GetBucketIntelligentTieringConfigurationRequest = {
    .name = "GetBucketIntelligentTieringConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_intelligent_tiering_configuration_input),
    .members = awsc__s3_GetBucketIntelligentTieringConfigurationRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__s3_GetBucketIntelligentTieringConfigurationRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketInventoryConfigurationOutput = {
    .name = "GetBucketInventoryConfigurationOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_inventory_configuration_output),
    .members = awsc__s3_GetBucketInventoryConfigurationOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_GetBucketInventoryConfigurationOutput_by_wire_name,
    .payload = "InventoryConfiguration",
};

const struct awsc_shape awsc__s3_GetBucketInventoryConfigurationRequest = {
    .name = "GetBucketInventoryConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_inventory_configuration_input),
    .members = awsc__s3_GetBucketInventoryConfigurationRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__s3_GetBucketInventoryConfigurationRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketLifecycleConfigurationOutput = {
    .name = "GetBucketLifecycleConfigurationOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_lifecycle_configuration_output),
    .members = awsc__s3_GetBucketLifecycleConfigurationOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetBucketLifecycleConfigurationOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketLifecycleConfigurationRequest = {
    .name = "GetBucketLifecycleConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_lifecycle_configuration_input),
    .members = awsc__s3_GetBucketLifecycleConfigurationRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetBucketLifecycleConfigurationRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketLifecycleOutput = {
    .name = "GetBucketLifecycleOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_lifecycle_output),
    .members = awsc__s3_GetBucketLifecycleOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_GetBucketLifecycleOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketLifecycleRequest = {
    .name = "GetBucketLifecycleRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_lifecycle_input),
    .members = awsc__s3_GetBucketLifecycleRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetBucketLifecycleRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketLocationOutput = {
    .name = "GetBucketLocationOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_location_output),
    .members = awsc__s3_GetBucketLocationOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_GetBucketLocationOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketLocationRequest = {
    .name = "GetBucketLocationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_location_input),
    .members = awsc__s3_GetBucketLocationRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetBucketLocationRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketLoggingOutput = {
    .name = "GetBucketLoggingOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_logging_output),
    .members = awsc__s3_GetBucketLoggingOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_GetBucketLoggingOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketLoggingRequest = {
    .name = "GetBucketLoggingRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_logging_input),
    .members = awsc__s3_GetBucketLoggingRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetBucketLoggingRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketMetadataConfigurationOutput = {
    .name = "GetBucketMetadataConfigurationOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_metadata_configuration_output),
    .members = awsc__s3_GetBucketMetadataConfigurationOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_GetBucketMetadataConfigurationOutput_by_wire_name,
    .payload = "GetBucketMetadataConfigurationResult",
};

const struct awsc_shape awsc__s3_GetBucketMetadataConfigurationRequest = {
    .name = "GetBucketMetadataConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_metadata_configuration_input),
    .members = awsc__s3_GetBucketMetadataConfigurationRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetBucketMetadataConfigurationRequest_by_wire_name,
};

static const struct awsc_shape s_GetBucketMetadataConfigurationResult = {
    .name = "GetBucketMetadataConfigurationResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_metadata_configuration_result),
    .members = s_GetBucketMetadataConfigurationResult_members,
    .member_count = 1,
    .by_wire_name = s_GetBucketMetadataConfigurationResult_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketMetadataTableConfigurationOutput = {
    .name = "GetBucketMetadataTableConfigurationOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_metadata_table_configuration_output),
    .members = awsc__s3_GetBucketMetadataTableConfigurationOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_GetBucketMetadataTableConfigurationOutput_by_wire_name,
    .payload = "GetBucketMetadataTableConfigurationResult",
};

const struct awsc_shape awsc__s3_GetBucketMetadataTableConfigurationRequest = {
    .name = "GetBucketMetadataTableConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_metadata_table_configuration_input),
    .members = awsc__s3_GetBucketMetadataTableConfigurationRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetBucketMetadataTableConfigurationRequest_by_wire_name,
};

static const struct awsc_shape s_GetBucketMetadataTableConfigurationResult = {
    .name = "GetBucketMetadataTableConfigurationResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_metadata_table_configuration_result),
    .members = s_GetBucketMetadataTableConfigurationResult_members,
    .member_count = 3,
    .by_wire_name = s_GetBucketMetadataTableConfigurationResult_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketMetricsConfigurationOutput = {
    .name = "GetBucketMetricsConfigurationOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_metrics_configuration_output),
    .members = awsc__s3_GetBucketMetricsConfigurationOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_GetBucketMetricsConfigurationOutput_by_wire_name,
    .payload = "MetricsConfiguration",
};

const struct awsc_shape awsc__s3_GetBucketMetricsConfigurationRequest = {
    .name = "GetBucketMetricsConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_metrics_configuration_input),
    .members = awsc__s3_GetBucketMetricsConfigurationRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__s3_GetBucketMetricsConfigurationRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketNotificationConfigurationRequest = {
    .name = "GetBucketNotificationConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_notification_configuration_request),
    .members = awsc__s3_GetBucketNotificationConfigurationRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetBucketNotificationConfigurationRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketOwnershipControlsOutput = {
    .name = "GetBucketOwnershipControlsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_ownership_controls_output),
    .members = awsc__s3_GetBucketOwnershipControlsOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_GetBucketOwnershipControlsOutput_by_wire_name,
    .payload = "OwnershipControls",
};

const struct awsc_shape awsc__s3_GetBucketOwnershipControlsRequest = {
    .name = "GetBucketOwnershipControlsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_ownership_controls_input),
    .members = awsc__s3_GetBucketOwnershipControlsRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetBucketOwnershipControlsRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketPolicyOutput = {
    .name = "GetBucketPolicyOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_policy_output),
    .members = awsc__s3_GetBucketPolicyOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_GetBucketPolicyOutput_by_wire_name,
    .payload = "Policy",
};

const struct awsc_shape awsc__s3_GetBucketPolicyRequest = {
    .name = "GetBucketPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_policy_input),
    .members = awsc__s3_GetBucketPolicyRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetBucketPolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketPolicyStatusOutput = {
    .name = "GetBucketPolicyStatusOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_policy_status_output),
    .members = awsc__s3_GetBucketPolicyStatusOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_GetBucketPolicyStatusOutput_by_wire_name,
    .payload = "PolicyStatus",
};

const struct awsc_shape awsc__s3_GetBucketPolicyStatusRequest = {
    .name = "GetBucketPolicyStatusRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_policy_status_input),
    .members = awsc__s3_GetBucketPolicyStatusRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetBucketPolicyStatusRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketReplicationOutput = {
    .name = "GetBucketReplicationOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_replication_output),
    .members = awsc__s3_GetBucketReplicationOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_GetBucketReplicationOutput_by_wire_name,
    .payload = "ReplicationConfiguration",
};

const struct awsc_shape awsc__s3_GetBucketReplicationRequest = {
    .name = "GetBucketReplicationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_replication_input),
    .members = awsc__s3_GetBucketReplicationRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetBucketReplicationRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketRequestPaymentOutput = {
    .name = "GetBucketRequestPaymentOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_request_payment_output),
    .members = awsc__s3_GetBucketRequestPaymentOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_GetBucketRequestPaymentOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketRequestPaymentRequest = {
    .name = "GetBucketRequestPaymentRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_request_payment_input),
    .members = awsc__s3_GetBucketRequestPaymentRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetBucketRequestPaymentRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketTaggingOutput = {
    .name = "GetBucketTaggingOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_tagging_output),
    .members = awsc__s3_GetBucketTaggingOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_GetBucketTaggingOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketTaggingRequest = {
    .name = "GetBucketTaggingRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_tagging_input),
    .members = awsc__s3_GetBucketTaggingRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetBucketTaggingRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketVersioningOutput = {
    .name = "GetBucketVersioningOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_versioning_output),
    .members = awsc__s3_GetBucketVersioningOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetBucketVersioningOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketVersioningRequest = {
    .name = "GetBucketVersioningRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_versioning_input),
    .members = awsc__s3_GetBucketVersioningRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetBucketVersioningRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketWebsiteOutput = {
    .name = "GetBucketWebsiteOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_website_output),
    .members = awsc__s3_GetBucketWebsiteOutput_members,
    .member_count = 4,
    .by_wire_name = awsc__s3_GetBucketWebsiteOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_GetBucketWebsiteRequest = {
    .name = "GetBucketWebsiteRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_bucket_website_input),
    .members = awsc__s3_GetBucketWebsiteRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetBucketWebsiteRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetObjectAclOutput = {
    .name = "GetObjectAclOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_object_acl_output),
    .members = awsc__s3_GetObjectAclOutput_members,
    .member_count = 3,
    .by_wire_name = awsc__s3_GetObjectAclOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_GetObjectAclRequest = {
    .name = "GetObjectAclRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_object_acl_input),
    .members = awsc__s3_GetObjectAclRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__s3_GetObjectAclRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetObjectAnnotationOutput = {
    .name = "GetObjectAnnotationOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_object_annotation_output),
    .members = awsc__s3_GetObjectAnnotationOutput_members,
    .member_count = 19,
    .by_wire_name = awsc__s3_GetObjectAnnotationOutput_by_wire_name,
    .payload = "AnnotationPayload",
};

const struct awsc_shape awsc__s3_GetObjectAnnotationRequest = {
    .name = "GetObjectAnnotationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_object_annotation_input),
    .members = awsc__s3_GetObjectAnnotationRequest_members,
    .member_count = 7,
    .by_wire_name = awsc__s3_GetObjectAnnotationRequest_by_wire_name,
    .has_sink = true,
    .sink_offset = offsetof(struct awsc_s3_get_object_annotation_input, annotation_payload_sink),
};

const struct awsc_shape awsc__s3_GetObjectAttributesOutput = {
    .name = "GetObjectAttributesOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_object_attributes_output),
    .members = awsc__s3_GetObjectAttributesOutput_members,
    .member_count = 9,
    .by_wire_name = awsc__s3_GetObjectAttributesOutput_by_wire_name,
};

static const struct awsc_shape s_GetObjectAttributesParts = {
    .name = "GetObjectAttributesParts",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_object_attributes_parts),
    .members = s_GetObjectAttributesParts_members,
    .member_count = 6,
    .by_wire_name = s_GetObjectAttributesParts_by_wire_name,
};

const struct awsc_shape awsc__s3_GetObjectAttributesRequest = {
    .name = "GetObjectAttributesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_object_attributes_input),
    .members = awsc__s3_GetObjectAttributesRequest_members,
    .member_count = 11,
    .by_wire_name = awsc__s3_GetObjectAttributesRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetObjectLegalHoldOutput = {
    .name = "GetObjectLegalHoldOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_object_legal_hold_output),
    .members = awsc__s3_GetObjectLegalHoldOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_GetObjectLegalHoldOutput_by_wire_name,
    .payload = "LegalHold",
};

const struct awsc_shape awsc__s3_GetObjectLegalHoldRequest = {
    .name = "GetObjectLegalHoldRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_object_legal_hold_input),
    .members = awsc__s3_GetObjectLegalHoldRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__s3_GetObjectLegalHoldRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetObjectLockConfigurationOutput = {
    .name = "GetObjectLockConfigurationOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_object_lock_configuration_output),
    .members = awsc__s3_GetObjectLockConfigurationOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_GetObjectLockConfigurationOutput_by_wire_name,
    .payload = "ObjectLockConfiguration",
};

const struct awsc_shape awsc__s3_GetObjectLockConfigurationRequest = {
    .name = "GetObjectLockConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_object_lock_configuration_input),
    .members = awsc__s3_GetObjectLockConfigurationRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetObjectLockConfigurationRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetObjectOutput = {
    .name = "GetObjectOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_object_output),
    .members = awsc__s3_GetObjectOutput_members,
    .member_count = 43,
    .by_wire_name = awsc__s3_GetObjectOutput_by_wire_name,
    .payload = "Body",
};

const struct awsc_shape awsc__s3_GetObjectRequest = {
    .name = "GetObjectRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_object_input),
    .members = awsc__s3_GetObjectRequest_members,
    .member_count = 21,
    .by_wire_name = awsc__s3_GetObjectRequest_by_wire_name,
    .has_sink = true,
    .sink_offset = offsetof(struct awsc_s3_get_object_input, body_sink),
};

static const struct awsc_shape s_GetObjectResponseStatusCode = {
    .name = "GetObjectResponseStatusCode",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

const struct awsc_shape awsc__s3_GetObjectRetentionOutput = {
    .name = "GetObjectRetentionOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_object_retention_output),
    .members = awsc__s3_GetObjectRetentionOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_GetObjectRetentionOutput_by_wire_name,
    .payload = "Retention",
};

const struct awsc_shape awsc__s3_GetObjectRetentionRequest = {
    .name = "GetObjectRetentionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_object_retention_input),
    .members = awsc__s3_GetObjectRetentionRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__s3_GetObjectRetentionRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetObjectTaggingOutput = {
    .name = "GetObjectTaggingOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_object_tagging_output),
    .members = awsc__s3_GetObjectTaggingOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetObjectTaggingOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_GetObjectTaggingRequest = {
    .name = "GetObjectTaggingRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_object_tagging_input),
    .members = awsc__s3_GetObjectTaggingRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__s3_GetObjectTaggingRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_GetObjectTorrentOutput = {
    .name = "GetObjectTorrentOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_object_torrent_output),
    .members = awsc__s3_GetObjectTorrentOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetObjectTorrentOutput_by_wire_name,
    .payload = "Body",
};

const struct awsc_shape awsc__s3_GetObjectTorrentRequest = {
    .name = "GetObjectTorrentRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_object_torrent_input),
    .members = awsc__s3_GetObjectTorrentRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__s3_GetObjectTorrentRequest_by_wire_name,
    .has_sink = true,
    .sink_offset = offsetof(struct awsc_s3_get_object_torrent_input, body_sink),
};

const struct awsc_shape awsc__s3_GetPublicAccessBlockOutput = {
    .name = "GetPublicAccessBlockOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_public_access_block_output),
    .members = awsc__s3_GetPublicAccessBlockOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_GetPublicAccessBlockOutput_by_wire_name,
    .payload = "PublicAccessBlockConfiguration",
};

const struct awsc_shape awsc__s3_GetPublicAccessBlockRequest = {
    .name = "GetPublicAccessBlockRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_get_public_access_block_input),
    .members = awsc__s3_GetPublicAccessBlockRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_GetPublicAccessBlockRequest_by_wire_name,
};

static const struct awsc_shape s_GlacierJobParameters = {
    .name = "GlacierJobParameters",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_glacier_job_parameters),
    .members = s_GlacierJobParameters_members,
    .member_count = 1,
    .by_wire_name = s_GlacierJobParameters_by_wire_name,
};

static const struct awsc_shape s_Grant = {
    .name = "Grant",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_grant),
    .members = s_Grant_members,
    .member_count = 2,
    .by_wire_name = s_Grant_by_wire_name,
};

static const struct awsc_shape s_GrantFullControl = {
    .name = "GrantFullControl",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_GrantRead = {
    .name = "GrantRead",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_GrantReadACP = {
    .name = "GrantReadACP",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_GrantWrite = {
    .name = "GrantWrite",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_GrantWriteACP = {
    .name = "GrantWriteACP",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Grantee = {
    .name = "Grantee",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_grantee),
    .members = s_Grantee_members,
    .member_count = 5,
    .by_wire_name = s_Grantee_by_wire_name,
    .xml_namespace = &ns_0,
};

static const struct awsc_shape s_Grants = {
    .name = "Grants",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_s3_grants),
    .item = &s_Grant,
    .xml_refs = &s_Grants_xml_refs,
};

const struct awsc_shape awsc__s3_HeadBucketOutput = {
    .name = "HeadBucketOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_head_bucket_output),
    .members = awsc__s3_HeadBucketOutput_members,
    .member_count = 5,
    .by_wire_name = awsc__s3_HeadBucketOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_HeadBucketRequest = {
    .name = "HeadBucketRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_head_bucket_input),
    .members = awsc__s3_HeadBucketRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_HeadBucketRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_HeadObjectOutput = {
    .name = "HeadObjectOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_head_object_output),
    .members = awsc__s3_HeadObjectOutput_members,
    .member_count = 43,
    .by_wire_name = awsc__s3_HeadObjectOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_HeadObjectRequest = {
    .name = "HeadObjectRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_head_object_input),
    .members = awsc__s3_HeadObjectRequest_members,
    .member_count = 21,
    .by_wire_name = awsc__s3_HeadObjectRequest_by_wire_name,
};

static const struct awsc_shape s_HostName = {
    .name = "HostName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_HttpErrorCodeReturnedEquals = {
    .name = "HttpErrorCodeReturnedEquals",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_HttpRedirectCode = {
    .name = "HttpRedirectCode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ID = {
    .name = "ID",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__s3_IdempotencyParameterMismatch = {
    .name = "IdempotencyParameterMismatch",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_s3_idempotency_parameter_mismatch),
    .error_code = "IdempotencyParameterMismatch",
    .http_status = 400,
};

static const struct awsc_shape s_IfMatch = {
    .name = "IfMatch",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_IfMatchInitiatedTime = {
    .name = "IfMatchInitiatedTime",
    .type = AWSC_SHAPE_TIMESTAMP,
    .timestamp_format = AWSC_TSFMT_RFC822,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_IfMatchLastModifiedTime = {
    .name = "IfMatchLastModifiedTime",
    .type = AWSC_SHAPE_TIMESTAMP,
    .timestamp_format = AWSC_TSFMT_RFC822,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_IfMatchSize = {
    .name = "IfMatchSize",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

static const struct awsc_shape s_IfModifiedSince = {
    .name = "IfModifiedSince",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_IfNoneMatch = {
    .name = "IfNoneMatch",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_IfUnmodifiedSince = {
    .name = "IfUnmodifiedSince",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_IndexDocument = {
    .name = "IndexDocument",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_index_document),
    .members = s_IndexDocument_members,
    .member_count = 1,
    .by_wire_name = s_IndexDocument_by_wire_name,
};

static const struct awsc_shape s_Initiated = {
    .name = "Initiated",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_Initiator = {
    .name = "Initiator",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_initiator),
    .members = s_Initiator_members,
    .member_count = 2,
    .by_wire_name = s_Initiator_by_wire_name,
};

static const struct awsc_shape s_InputSerialization = {
    .name = "InputSerialization",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_input_serialization),
    .members = s_InputSerialization_members,
    .member_count = 4,
    .by_wire_name = s_InputSerialization_by_wire_name,
};

static const struct awsc_shape s_IntelligentTieringAccessTier = {
    .name = "IntelligentTieringAccessTier",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_IntelligentTieringAccessTier_values,
    .enum_count = 2,
};

static const struct awsc_shape s_IntelligentTieringAndOperator = {
    .name = "IntelligentTieringAndOperator",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_intelligent_tiering_and_operator),
    .members = s_IntelligentTieringAndOperator_members,
    .member_count = 2,
    .by_wire_name = s_IntelligentTieringAndOperator_by_wire_name,
};

static const struct awsc_shape s_IntelligentTieringConfiguration = {
    .name = "IntelligentTieringConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_intelligent_tiering_configuration),
    .members = s_IntelligentTieringConfiguration_members,
    .member_count = 4,
    .by_wire_name = s_IntelligentTieringConfiguration_by_wire_name,
};

static const struct awsc_shape s_IntelligentTieringConfigurationList = {
    .name = "IntelligentTieringConfigurationList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_intelligent_tiering_configuration_list),
    .item = &s_IntelligentTieringConfiguration,
};

static const struct awsc_shape s_IntelligentTieringDays = {
    .name = "IntelligentTieringDays",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_IntelligentTieringFilter = {
    .name = "IntelligentTieringFilter",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_intelligent_tiering_filter),
    .members = s_IntelligentTieringFilter_members,
    .member_count = 3,
    .by_wire_name = s_IntelligentTieringFilter_by_wire_name,
};

static const struct awsc_shape s_IntelligentTieringId = {
    .name = "IntelligentTieringId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_IntelligentTieringStatus = {
    .name = "IntelligentTieringStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_IntelligentTieringStatus_values,
    .enum_count = 2,
};

const struct awsc_shape awsc__s3_InvalidAnnotationName = {
    .name = "InvalidAnnotationName",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_s3_invalid_annotation_name),
    .error_code = "InvalidAnnotationName",
    .http_status = 400,
};

const struct awsc_shape awsc__s3_InvalidObjectState = {
    .name = "InvalidObjectState",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_s3_invalid_object_state),
    .members = awsc__s3_InvalidObjectState_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_InvalidObjectState_by_wire_name,
    .error_code = "InvalidObjectState",
    .http_status = 403,
};

const struct awsc_shape awsc__s3_InvalidPrefix = {
    .name = "InvalidPrefix",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_s3_invalid_prefix),
    .error_code = "InvalidPrefix",
    .http_status = 400,
};

const struct awsc_shape awsc__s3_InvalidRequest = {
    .name = "InvalidRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_s3_invalid_request),
    .error_code = "InvalidRequest",
    .http_status = 400,
};

const struct awsc_shape awsc__s3_InvalidWriteOffset = {
    .name = "InvalidWriteOffset",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_s3_invalid_write_offset),
    .error_code = "InvalidWriteOffset",
    .http_status = 400,
};

static const struct awsc_shape s_InventoryConfiguration = {
    .name = "InventoryConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_inventory_configuration),
    .members = s_InventoryConfiguration_members,
    .member_count = 7,
    .by_wire_name = s_InventoryConfiguration_by_wire_name,
};

static const struct awsc_shape s_InventoryConfigurationList = {
    .name = "InventoryConfigurationList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_inventory_configuration_list),
    .item = &s_InventoryConfiguration,
};

static const struct awsc_shape s_InventoryConfigurationState = {
    .name = "InventoryConfigurationState",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_InventoryConfigurationState_values,
    .enum_count = 2,
};

static const struct awsc_shape s_InventoryDestination = {
    .name = "InventoryDestination",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_inventory_destination),
    .members = s_InventoryDestination_members,
    .member_count = 1,
    .by_wire_name = s_InventoryDestination_by_wire_name,
};

static const struct awsc_shape s_InventoryEncryption = {
    .name = "InventoryEncryption",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_inventory_encryption),
    .members = s_InventoryEncryption_members,
    .member_count = 2,
    .by_wire_name = s_InventoryEncryption_by_wire_name,
};

static const struct awsc_shape s_InventoryFilter = {
    .name = "InventoryFilter",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_inventory_filter),
    .members = s_InventoryFilter_members,
    .member_count = 1,
    .by_wire_name = s_InventoryFilter_by_wire_name,
};

static const struct awsc_shape s_InventoryFormat = {
    .name = "InventoryFormat",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_InventoryFormat_values,
    .enum_count = 3,
};

static const struct awsc_shape s_InventoryFrequency = {
    .name = "InventoryFrequency",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_InventoryFrequency_values,
    .enum_count = 2,
};

static const struct awsc_shape s_InventoryId = {
    .name = "InventoryId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_InventoryIncludedObjectVersions = {
    .name = "InventoryIncludedObjectVersions",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_InventoryIncludedObjectVersions_values,
    .enum_count = 2,
};

static const struct awsc_shape s_InventoryOptionalField = {
    .name = "InventoryOptionalField",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_InventoryOptionalField_values,
    .enum_count = 16,
};

static const struct awsc_shape s_InventoryOptionalFields = {
    .name = "InventoryOptionalFields",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_s3_event_list),
    .item = &s_InventoryOptionalField,
    .xml_refs = &s_InventoryOptionalFields_xml_refs,
};

static const struct awsc_shape s_InventoryS3BucketDestination = {
    .name = "InventoryS3BucketDestination",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_inventory_s3_bucket_destination),
    .members = s_InventoryS3BucketDestination_members,
    .member_count = 5,
    .by_wire_name = s_InventoryS3BucketDestination_by_wire_name,
};

static const struct awsc_shape s_InventorySchedule = {
    .name = "InventorySchedule",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_inventory_schedule),
    .members = s_InventorySchedule_members,
    .member_count = 1,
    .by_wire_name = s_InventorySchedule_by_wire_name,
};

static const struct awsc_shape s_InventoryTableConfiguration = {
    .name = "InventoryTableConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_inventory_table_configuration),
    .members = s_InventoryTableConfiguration_members,
    .member_count = 2,
    .by_wire_name = s_InventoryTableConfiguration_by_wire_name,
};

static const struct awsc_shape s_InventoryTableConfigurationResult = {
    .name = "InventoryTableConfigurationResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_inventory_table_configuration_result),
    .members = s_InventoryTableConfigurationResult_members,
    .member_count = 5,
    .by_wire_name = s_InventoryTableConfigurationResult_by_wire_name,
};

static const struct awsc_shape s_InventoryTableConfigurationUpdates = {
    .name = "InventoryTableConfigurationUpdates",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_inventory_table_configuration_updates),
    .members = s_InventoryTableConfigurationUpdates_members,
    .member_count = 2,
    .by_wire_name = s_InventoryTableConfigurationUpdates_by_wire_name,
};

static const struct awsc_shape s_IsEnabled = {
    .name = "IsEnabled",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_IsLatest = {
    .name = "IsLatest",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_IsPublic = {
    .name = "IsPublic",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_IsRestoreInProgress = {
    .name = "IsRestoreInProgress",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_IsTruncated = {
    .name = "IsTruncated",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_JSONInput = {
    .name = "JSONInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_json_input),
    .members = s_JSONInput_members,
    .member_count = 1,
    .by_wire_name = s_JSONInput_by_wire_name,
};

static const struct awsc_shape s_JSONOutput = {
    .name = "JSONOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_json_output),
    .members = s_JSONOutput_members,
    .member_count = 1,
    .by_wire_name = s_JSONOutput_by_wire_name,
};

static const struct awsc_shape s_JSONType = {
    .name = "JSONType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_JSONType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_JournalTableConfiguration = {
    .name = "JournalTableConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_journal_table_configuration),
    .members = s_JournalTableConfiguration_members,
    .member_count = 2,
    .by_wire_name = s_JournalTableConfiguration_by_wire_name,
};

static const struct awsc_shape s_JournalTableConfigurationResult = {
    .name = "JournalTableConfigurationResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_journal_table_configuration_result),
    .members = s_JournalTableConfigurationResult_members,
    .member_count = 5,
    .by_wire_name = s_JournalTableConfigurationResult_by_wire_name,
};

static const struct awsc_shape s_JournalTableConfigurationUpdates = {
    .name = "JournalTableConfigurationUpdates",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_journal_table_configuration_updates),
    .members = s_JournalTableConfigurationUpdates_members,
    .member_count = 1,
    .by_wire_name = s_JournalTableConfigurationUpdates_by_wire_name,
};

static const struct awsc_shape s_KMSContext = {
    .name = "KMSContext",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_KeyCount = {
    .name = "KeyCount",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_KeyMarker = {
    .name = "KeyMarker",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_KeyPrefixEquals = {
    .name = "KeyPrefixEquals",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_KmsKeyArn = {
    .name = "KmsKeyArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_LambdaFunctionArn = {
    .name = "LambdaFunctionArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_LambdaFunctionConfiguration = {
    .name = "LambdaFunctionConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_lambda_function_configuration),
    .members = s_LambdaFunctionConfiguration_members,
    .member_count = 4,
    .by_wire_name = s_LambdaFunctionConfiguration_by_wire_name,
};

static const struct awsc_shape s_LambdaFunctionConfigurationList = {
    .name = "LambdaFunctionConfigurationList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_lambda_function_configuration_list),
    .item = &s_LambdaFunctionConfiguration,
};

static const struct awsc_shape s_LastModified = {
    .name = "LastModified",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_LastModifiedTime = {
    .name = "LastModifiedTime",
    .type = AWSC_SHAPE_TIMESTAMP,
    .timestamp_format = AWSC_TSFMT_RFC822,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_LifecycleConfiguration = {
    .name = "LifecycleConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_lifecycle_configuration),
    .members = s_LifecycleConfiguration_members,
    .member_count = 1,
    .by_wire_name = s_LifecycleConfiguration_by_wire_name,
};

static const struct awsc_shape s_LifecycleExpiration = {
    .name = "LifecycleExpiration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_lifecycle_expiration),
    .members = s_LifecycleExpiration_members,
    .member_count = 3,
    .by_wire_name = s_LifecycleExpiration_by_wire_name,
};

static const struct awsc_shape s_LifecycleRule = {
    .name = "LifecycleRule",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_lifecycle_rule),
    .members = s_LifecycleRule_members,
    .member_count = 9,
    .by_wire_name = s_LifecycleRule_by_wire_name,
};

static const struct awsc_shape s_LifecycleRuleAndOperator = {
    .name = "LifecycleRuleAndOperator",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_lifecycle_rule_and_operator),
    .members = s_LifecycleRuleAndOperator_members,
    .member_count = 4,
    .by_wire_name = s_LifecycleRuleAndOperator_by_wire_name,
};

static const struct awsc_shape s_LifecycleRuleFilter = {
    .name = "LifecycleRuleFilter",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_lifecycle_rule_filter),
    .members = s_LifecycleRuleFilter_members,
    .member_count = 5,
    .by_wire_name = s_LifecycleRuleFilter_by_wire_name,
};

static const struct awsc_shape s_LifecycleRules = {
    .name = "LifecycleRules",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_lifecycle_rules),
    .item = &s_LifecycleRule,
};

const struct awsc_shape awsc__s3_ListBucketAnalyticsConfigurationsOutput = {
    .name = "ListBucketAnalyticsConfigurationsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_list_bucket_analytics_configurations_output),
    .members = awsc__s3_ListBucketAnalyticsConfigurationsOutput_members,
    .member_count = 4,
    .by_wire_name = awsc__s3_ListBucketAnalyticsConfigurationsOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_ListBucketAnalyticsConfigurationsRequest = {
    .name = "ListBucketAnalyticsConfigurationsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_list_bucket_analytics_configurations_input),
    .members = awsc__s3_ListBucketAnalyticsConfigurationsRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__s3_ListBucketAnalyticsConfigurationsRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_ListBucketIntelligentTieringConfigurationsOutput = {
    .name = "ListBucketIntelligentTieringConfigurationsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_list_bucket_intelligent_tiering_configurations_output),
    .members = awsc__s3_ListBucketIntelligentTieringConfigurationsOutput_members,
    .member_count = 4,
    .by_wire_name = awsc__s3_ListBucketIntelligentTieringConfigurationsOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_ListBucketIntelligentTieringConfigurationsRequest = {
    .name = "ListBucketIntelligentTieringConfigurationsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_list_bucket_intelligent_tiering_configurations_input),
    .members = awsc__s3_ListBucketIntelligentTieringConfigurationsRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__s3_ListBucketIntelligentTieringConfigurationsRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_ListBucketInventoryConfigurationsOutput = {
    .name = "ListBucketInventoryConfigurationsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_list_bucket_inventory_configurations_output),
    .members = awsc__s3_ListBucketInventoryConfigurationsOutput_members,
    .member_count = 4,
    .by_wire_name = awsc__s3_ListBucketInventoryConfigurationsOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_ListBucketInventoryConfigurationsRequest = {
    .name = "ListBucketInventoryConfigurationsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_list_bucket_inventory_configurations_input),
    .members = awsc__s3_ListBucketInventoryConfigurationsRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__s3_ListBucketInventoryConfigurationsRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_ListBucketMetricsConfigurationsOutput = {
    .name = "ListBucketMetricsConfigurationsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_list_bucket_metrics_configurations_output),
    .members = awsc__s3_ListBucketMetricsConfigurationsOutput_members,
    .member_count = 4,
    .by_wire_name = awsc__s3_ListBucketMetricsConfigurationsOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_ListBucketMetricsConfigurationsRequest = {
    .name = "ListBucketMetricsConfigurationsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_list_bucket_metrics_configurations_input),
    .members = awsc__s3_ListBucketMetricsConfigurationsRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__s3_ListBucketMetricsConfigurationsRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_ListBucketsOutput = {
    .name = "ListBucketsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_list_buckets_output),
    .members = awsc__s3_ListBucketsOutput_members,
    .member_count = 4,
    .by_wire_name = awsc__s3_ListBucketsOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_ListBucketsRequest = {
    .name = "ListBucketsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_list_buckets_input),
    .members = awsc__s3_ListBucketsRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__s3_ListBucketsRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_ListDirectoryBucketsOutput = {
    .name = "ListDirectoryBucketsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_list_directory_buckets_output),
    .members = awsc__s3_ListDirectoryBucketsOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_ListDirectoryBucketsOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_ListDirectoryBucketsRequest = {
    .name = "ListDirectoryBucketsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_list_directory_buckets_input),
    .members = awsc__s3_ListDirectoryBucketsRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_ListDirectoryBucketsRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_ListMultipartUploadsOutput = {
    .name = "ListMultipartUploadsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_list_multipart_uploads_output),
    .members = awsc__s3_ListMultipartUploadsOutput_members,
    .member_count = 13,
    .by_wire_name = awsc__s3_ListMultipartUploadsOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_ListMultipartUploadsRequest = {
    .name = "ListMultipartUploadsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_list_multipart_uploads_input),
    .members = awsc__s3_ListMultipartUploadsRequest_members,
    .member_count = 9,
    .by_wire_name = awsc__s3_ListMultipartUploadsRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_ListObjectAnnotationsOutput = {
    .name = "ListObjectAnnotationsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_list_object_annotations_output),
    .members = awsc__s3_ListObjectAnnotationsOutput_members,
    .member_count = 10,
    .by_wire_name = awsc__s3_ListObjectAnnotationsOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_ListObjectAnnotationsRequest = {
    .name = "ListObjectAnnotationsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_list_object_annotations_input),
    .members = awsc__s3_ListObjectAnnotationsRequest_members,
    .member_count = 8,
    .by_wire_name = awsc__s3_ListObjectAnnotationsRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_ListObjectVersionsOutput = {
    .name = "ListObjectVersionsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_list_object_versions_output),
    .members = awsc__s3_ListObjectVersionsOutput_members,
    .member_count = 14,
    .by_wire_name = awsc__s3_ListObjectVersionsOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_ListObjectVersionsRequest = {
    .name = "ListObjectVersionsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_list_object_versions_input),
    .members = awsc__s3_ListObjectVersionsRequest_members,
    .member_count = 10,
    .by_wire_name = awsc__s3_ListObjectVersionsRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_ListObjectsOutput = {
    .name = "ListObjectsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_list_objects_output),
    .members = awsc__s3_ListObjectsOutput_members,
    .member_count = 11,
    .by_wire_name = awsc__s3_ListObjectsOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_ListObjectsRequest = {
    .name = "ListObjectsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_list_objects_input),
    .members = awsc__s3_ListObjectsRequest_members,
    .member_count = 9,
    .by_wire_name = awsc__s3_ListObjectsRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_ListObjectsV2Output = {
    .name = "ListObjectsV2Output",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_list_objects_v2_output),
    .members = awsc__s3_ListObjectsV2Output_members,
    .member_count = 13,
    .by_wire_name = awsc__s3_ListObjectsV2Output_by_wire_name,
};

const struct awsc_shape awsc__s3_ListObjectsV2Request = {
    .name = "ListObjectsV2Request",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_list_objects_v2_input),
    .members = awsc__s3_ListObjectsV2Request_members,
    .member_count = 11,
    .by_wire_name = awsc__s3_ListObjectsV2Request_by_wire_name,
};

const struct awsc_shape awsc__s3_ListPartsOutput = {
    .name = "ListPartsOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_list_parts_output),
    .members = awsc__s3_ListPartsOutput_members,
    .member_count = 16,
    .by_wire_name = awsc__s3_ListPartsOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_ListPartsRequest = {
    .name = "ListPartsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_list_parts_input),
    .members = awsc__s3_ListPartsRequest_members,
    .member_count = 10,
    .by_wire_name = awsc__s3_ListPartsRequest_by_wire_name,
};

static const struct awsc_shape s_Location = {
    .name = "Location",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_LocationInfo = {
    .name = "LocationInfo",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_location_info),
    .members = s_LocationInfo_members,
    .member_count = 2,
    .by_wire_name = s_LocationInfo_by_wire_name,
};

static const struct awsc_shape s_LocationNameAsString = {
    .name = "LocationNameAsString",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_LocationPrefix = {
    .name = "LocationPrefix",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_LocationType = {
    .name = "LocationType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_LocationType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_LoggingEnabled = {
    .name = "LoggingEnabled",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_logging_enabled),
    .members = s_LoggingEnabled_members,
    .member_count = 4,
    .by_wire_name = s_LoggingEnabled_by_wire_name,
};

static const struct awsc_shape s_MFA = {
    .name = "MFA",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_MFADelete = {
    .name = "MFADelete",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_MFADelete_values,
    .enum_count = 2,
};

static const struct awsc_shape s_MFADeleteStatus = {
    .name = "MFADeleteStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_MFADeleteStatus_values,
    .enum_count = 2,
};

static const struct awsc_shape s_Marker = {
    .name = "Marker",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_MaxAgeSeconds = {
    .name = "MaxAgeSeconds",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_MaxAnnotationResults = {
    .name = "MaxAnnotationResults",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MaxAnnotationResults_range,
};

static const struct awsc_shape s_MaxBuckets = {
    .name = "MaxBuckets",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MaxBuckets_range,
};

static const struct awsc_shape s_MaxDirectoryBuckets = {
    .name = "MaxDirectoryBuckets",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MaxDirectoryBuckets_range,
};

static const struct awsc_shape s_MaxKeys = {
    .name = "MaxKeys",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_MaxParts = {
    .name = "MaxParts",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_MaxUploads = {
    .name = "MaxUploads",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_Message = {
    .name = "Message",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Metadata = {
    .name = "Metadata",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_s3_metadata),
    .item = &s_MetadataValue,
    .key = &s_MetadataKey,
    .value_offset = offsetof(struct awsc_s3_metadata_map_entry, value),
    .entry_size = sizeof(struct awsc_s3_metadata_map_entry),
};

static const struct awsc_shape s_MetadataConfiguration = {
    .name = "MetadataConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_metadata_configuration),
    .members = s_MetadataConfiguration_members,
    .member_count = 3,
    .by_wire_name = s_MetadataConfiguration_by_wire_name,
};

static const struct awsc_shape s_MetadataConfigurationResult = {
    .name = "MetadataConfigurationResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_metadata_configuration_result),
    .members = s_MetadataConfigurationResult_members,
    .member_count = 4,
    .by_wire_name = s_MetadataConfigurationResult_by_wire_name,
};

static const struct awsc_shape s_MetadataDirective = {
    .name = "MetadataDirective",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_MetadataDirective_values,
    .enum_count = 2,
};

static const struct awsc_shape s_MetadataEntry = {
    .name = "MetadataEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_metadata_entry),
    .members = s_MetadataEntry_members,
    .member_count = 2,
    .by_wire_name = s_MetadataEntry_by_wire_name,
};

static const struct awsc_shape s_MetadataKey = {
    .name = "MetadataKey",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_MetadataTableConfiguration = {
    .name = "MetadataTableConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_metadata_table_configuration),
    .members = s_MetadataTableConfiguration_members,
    .member_count = 1,
    .by_wire_name = s_MetadataTableConfiguration_by_wire_name,
};

static const struct awsc_shape s_MetadataTableConfigurationResult = {
    .name = "MetadataTableConfigurationResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_metadata_table_configuration_result),
    .members = s_MetadataTableConfigurationResult_members,
    .member_count = 1,
    .by_wire_name = s_MetadataTableConfigurationResult_by_wire_name,
};

static const struct awsc_shape s_MetadataTableEncryptionConfiguration = {
    .name = "MetadataTableEncryptionConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_metadata_table_encryption_configuration),
    .members = s_MetadataTableEncryptionConfiguration_members,
    .member_count = 2,
    .by_wire_name = s_MetadataTableEncryptionConfiguration_by_wire_name,
};

static const struct awsc_shape s_MetadataTableStatus = {
    .name = "MetadataTableStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_MetadataValue = {
    .name = "MetadataValue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Metrics = {
    .name = "Metrics",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_metrics),
    .members = s_Metrics_members,
    .member_count = 2,
    .by_wire_name = s_Metrics_by_wire_name,
};

static const struct awsc_shape s_MetricsAndOperator = {
    .name = "MetricsAndOperator",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_metrics_and_operator),
    .members = s_MetricsAndOperator_members,
    .member_count = 3,
    .by_wire_name = s_MetricsAndOperator_by_wire_name,
};

static const struct awsc_shape s_MetricsConfiguration = {
    .name = "MetricsConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_metrics_configuration),
    .members = s_MetricsConfiguration_members,
    .member_count = 2,
    .by_wire_name = s_MetricsConfiguration_by_wire_name,
};

static const struct awsc_shape s_MetricsConfigurationList = {
    .name = "MetricsConfigurationList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_metrics_configuration_list),
    .item = &s_MetricsConfiguration,
};

static const struct awsc_shape s_MetricsFilter = {
    .name = "MetricsFilter",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_metrics_filter),
    .members = s_MetricsFilter_members,
    .member_count = 4,
    .by_wire_name = s_MetricsFilter_by_wire_name,
};

static const struct awsc_shape s_MetricsId = {
    .name = "MetricsId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_MetricsStatus = {
    .name = "MetricsStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_MetricsStatus_values,
    .enum_count = 2,
};

static const struct awsc_shape s_Minutes = {
    .name = "Minutes",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_MissingMeta = {
    .name = "MissingMeta",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_MpuObjectSize = {
    .name = "MpuObjectSize",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

static const struct awsc_shape s_MultipartUpload = {
    .name = "MultipartUpload",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_multipart_upload),
    .members = s_MultipartUpload_members,
    .member_count = 8,
    .by_wire_name = s_MultipartUpload_by_wire_name,
};

static const struct awsc_shape s_MultipartUploadId = {
    .name = "MultipartUploadId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_MultipartUploadList = {
    .name = "MultipartUploadList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_multipart_upload_list),
    .item = &s_MultipartUpload,
};

static const struct awsc_shape s_NextKeyMarker = {
    .name = "NextKeyMarker",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_NextMarker = {
    .name = "NextMarker",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_NextPartNumberMarker = {
    .name = "NextPartNumberMarker",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_NextToken = {
    .name = "NextToken",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_NextUploadIdMarker = {
    .name = "NextUploadIdMarker",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_NextVersionIdMarker = {
    .name = "NextVersionIdMarker",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__s3_NoSuchAnnotation = {
    .name = "NoSuchAnnotation",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_s3_no_such_annotation),
    .error_code = "NoSuchAnnotation",
    .http_status = 404,
};

const struct awsc_shape awsc__s3_NoSuchBucket = {
    .name = "NoSuchBucket",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_s3_no_such_bucket),
    .error_code = "NoSuchBucket",
    .http_status = 404,
};

const struct awsc_shape awsc__s3_NoSuchKey = {
    .name = "NoSuchKey",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_s3_no_such_key),
    .error_code = "NoSuchKey",
    .http_status = 404,
};

const struct awsc_shape awsc__s3_NoSuchUpload = {
    .name = "NoSuchUpload",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_s3_no_such_upload),
    .error_code = "NoSuchUpload",
    .http_status = 404,
};

static const struct awsc_shape s_NonEmptyKmsKeyArnString = {
    .name = "NonEmptyKmsKeyArnString",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
    .range = &s_NonEmptyKmsKeyArnString_range,
};

static const struct awsc_shape s_NoncurrentVersionExpiration = {
    .name = "NoncurrentVersionExpiration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_noncurrent_version_expiration),
    .members = s_NoncurrentVersionExpiration_members,
    .member_count = 2,
    .by_wire_name = s_NoncurrentVersionExpiration_by_wire_name,
};

static const struct awsc_shape s_NoncurrentVersionTransition = {
    .name = "NoncurrentVersionTransition",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_noncurrent_version_transition),
    .members = s_NoncurrentVersionTransition_members,
    .member_count = 3,
    .by_wire_name = s_NoncurrentVersionTransition_by_wire_name,
};

static const struct awsc_shape s_NoncurrentVersionTransitionList = {
    .name = "NoncurrentVersionTransitionList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_noncurrent_version_transition_list),
    .item = &s_NoncurrentVersionTransition,
};

const struct awsc_shape awsc__s3_NotificationConfiguration = {
    .name = "NotificationConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_notification_configuration),
    .members = awsc__s3_NotificationConfiguration_members,
    .member_count = 4,
    .by_wire_name = awsc__s3_NotificationConfiguration_by_wire_name,
};

const struct awsc_shape awsc__s3_NotificationConfigurationDeprecated = {
    .name = "NotificationConfigurationDeprecated",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_notification_configuration_deprecated),
    .members = awsc__s3_NotificationConfigurationDeprecated_members,
    .member_count = 3,
    .by_wire_name = awsc__s3_NotificationConfigurationDeprecated_by_wire_name,
};

static const struct awsc_shape s_NotificationConfigurationFilter = {
    .name = "NotificationConfigurationFilter",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_notification_configuration_filter),
    .members = s_NotificationConfigurationFilter_members,
    .member_count = 1,
    .by_wire_name = s_NotificationConfigurationFilter_by_wire_name,
};

static const struct awsc_shape s_NotificationId = {
    .name = "NotificationId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Object = {
    .name = "Object",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_object),
    .members = s_Object_members,
    .member_count = 9,
    .by_wire_name = s_Object_by_wire_name,
};

const struct awsc_shape awsc__s3_ObjectAlreadyInActiveTierError = {
    .name = "ObjectAlreadyInActiveTierError",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_s3_object_already_in_active_tier_error),
    .error_code = "ObjectAlreadyInActiveTierError",
    .http_status = 403,
};

static const struct awsc_shape s_ObjectAttributes = {
    .name = "ObjectAttributes",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ObjectAttributes_values,
    .enum_count = 5,
};

static const struct awsc_shape s_ObjectAttributesList = {
    .name = "ObjectAttributesList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_s3_event_list),
    .item = &s_ObjectAttributes,
};

static const struct awsc_shape s_ObjectCannedACL = {
    .name = "ObjectCannedACL",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ObjectCannedACL_values,
    .enum_count = 7,
};

static const struct awsc_shape s_ObjectEncryption = {
    .name = "ObjectEncryption",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_s3_object_encryption),
    .members = s_ObjectEncryption_members,
    .member_count = 1,
    .by_wire_name = s_ObjectEncryption_by_wire_name,
};

static const struct awsc_shape s_ObjectIdentifier = {
    .name = "ObjectIdentifier",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_object_identifier),
    .members = s_ObjectIdentifier_members,
    .member_count = 5,
    .by_wire_name = s_ObjectIdentifier_by_wire_name,
};

static const struct awsc_shape s_ObjectIdentifierList = {
    .name = "ObjectIdentifierList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_object_identifier_list),
    .item = &s_ObjectIdentifier,
};

static const struct awsc_shape s_ObjectIfMatch = {
    .name = "ObjectIfMatch",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ObjectKey = {
    .name = "ObjectKey",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ObjectKey_range,
};

static const struct awsc_shape s_ObjectList = {
    .name = "ObjectList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_object_list),
    .item = &s_Object,
};

static const struct awsc_shape s_ObjectLockConfiguration = {
    .name = "ObjectLockConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_object_lock_configuration),
    .members = s_ObjectLockConfiguration_members,
    .member_count = 2,
    .by_wire_name = s_ObjectLockConfiguration_by_wire_name,
};

static const struct awsc_shape s_ObjectLockEnabled = {
    .name = "ObjectLockEnabled",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ObjectLockEnabled_values,
    .enum_count = 1,
};

static const struct awsc_shape s_ObjectLockEnabledForBucket = {
    .name = "ObjectLockEnabledForBucket",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_ObjectLockLegalHold = {
    .name = "ObjectLockLegalHold",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_object_lock_legal_hold),
    .members = s_ObjectLockLegalHold_members,
    .member_count = 1,
    .by_wire_name = s_ObjectLockLegalHold_by_wire_name,
};

static const struct awsc_shape s_ObjectLockLegalHoldStatus = {
    .name = "ObjectLockLegalHoldStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ObjectLockLegalHoldStatus_values,
    .enum_count = 2,
};

static const struct awsc_shape s_ObjectLockMode = {
    .name = "ObjectLockMode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ObjectLockMode_values,
    .enum_count = 2,
};

static const struct awsc_shape s_ObjectLockRetainUntilDate = {
    .name = "ObjectLockRetainUntilDate",
    .type = AWSC_SHAPE_TIMESTAMP,
    .timestamp_format = AWSC_TSFMT_ISO8601,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_ObjectLockRetention = {
    .name = "ObjectLockRetention",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_object_lock_retention),
    .members = s_ObjectLockRetention_members,
    .member_count = 2,
    .by_wire_name = s_ObjectLockRetention_by_wire_name,
};

static const struct awsc_shape s_ObjectLockRetentionMode = {
    .name = "ObjectLockRetentionMode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ObjectLockRetentionMode_values,
    .enum_count = 2,
};

static const struct awsc_shape s_ObjectLockRule = {
    .name = "ObjectLockRule",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_object_lock_rule),
    .members = s_ObjectLockRule_members,
    .member_count = 1,
    .by_wire_name = s_ObjectLockRule_by_wire_name,
};

static const struct awsc_shape s_ObjectLockToken = {
    .name = "ObjectLockToken",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__s3_ObjectNotInActiveTierError = {
    .name = "ObjectNotInActiveTierError",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_s3_object_not_in_active_tier_error),
    .error_code = "ObjectNotInActiveTierError",
    .http_status = 403,
};

static const struct awsc_shape s_ObjectOwnership = {
    .name = "ObjectOwnership",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ObjectOwnership_values,
    .enum_count = 3,
};

static const struct awsc_shape s_ObjectPart = {
    .name = "ObjectPart",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_object_part),
    .members = s_ObjectPart_members,
    .member_count = 12,
    .by_wire_name = s_ObjectPart_by_wire_name,
};

static const struct awsc_shape s_ObjectSize = {
    .name = "ObjectSize",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

static const struct awsc_shape s_ObjectSizeGreaterThanBytes = {
    .name = "ObjectSizeGreaterThanBytes",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

static const struct awsc_shape s_ObjectSizeLessThanBytes = {
    .name = "ObjectSizeLessThanBytes",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

static const struct awsc_shape s_ObjectStorageClass = {
    .name = "ObjectStorageClass",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ObjectStorageClass_values,
    .enum_count = 15,
};

static const struct awsc_shape s_ObjectVersion = {
    .name = "ObjectVersion",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_object_version),
    .members = s_ObjectVersion_members,
    .member_count = 11,
    .by_wire_name = s_ObjectVersion_by_wire_name,
};

static const struct awsc_shape s_ObjectVersionId = {
    .name = "ObjectVersionId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ObjectVersionList = {
    .name = "ObjectVersionList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_object_version_list),
    .item = &s_ObjectVersion,
};

static const struct awsc_shape s_ObjectVersionStorageClass = {
    .name = "ObjectVersionStorageClass",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ObjectVersionStorageClass_values,
    .enum_count = 1,
};

static const struct awsc_shape s_OptionalObjectAttributes = {
    .name = "OptionalObjectAttributes",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_OptionalObjectAttributes_values,
    .enum_count = 1,
};

static const struct awsc_shape s_OptionalObjectAttributesList = {
    .name = "OptionalObjectAttributesList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_s3_event_list),
    .item = &s_OptionalObjectAttributes,
};

static const struct awsc_shape s_OutputLocation = {
    .name = "OutputLocation",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_output_location),
    .members = s_OutputLocation_members,
    .member_count = 1,
    .by_wire_name = s_OutputLocation_by_wire_name,
};

static const struct awsc_shape s_OutputSerialization = {
    .name = "OutputSerialization",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_output_serialization),
    .members = s_OutputSerialization_members,
    .member_count = 2,
    .by_wire_name = s_OutputSerialization_by_wire_name,
};

static const struct awsc_shape s_Owner = {
    .name = "Owner",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_owner),
    .members = s_Owner_members,
    .member_count = 2,
    .by_wire_name = s_Owner_by_wire_name,
};

static const struct awsc_shape s_OwnerOverride = {
    .name = "OwnerOverride",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_OwnerOverride_values,
    .enum_count = 1,
};

static const struct awsc_shape s_OwnershipControls = {
    .name = "OwnershipControls",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_ownership_controls),
    .members = s_OwnershipControls_members,
    .member_count = 1,
    .by_wire_name = s_OwnershipControls_by_wire_name,
};

static const struct awsc_shape s_OwnershipControlsRule = {
    .name = "OwnershipControlsRule",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_ownership_controls_rule),
    .members = s_OwnershipControlsRule_members,
    .member_count = 1,
    .by_wire_name = s_OwnershipControlsRule_by_wire_name,
};

static const struct awsc_shape s_OwnershipControlsRules = {
    .name = "OwnershipControlsRules",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_ownership_controls_rules),
    .item = &s_OwnershipControlsRule,
};

static const struct awsc_shape s_ParquetInput = {
    .name = "ParquetInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_parquet_input),
};

static const struct awsc_shape s_Part = {
    .name = "Part",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_part),
    .members = s_Part_members,
    .member_count = 14,
    .by_wire_name = s_Part_by_wire_name,
};

static const struct awsc_shape s_PartNumber = {
    .name = "PartNumber",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_PartNumberMarker = {
    .name = "PartNumberMarker",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_PartitionDateSource = {
    .name = "PartitionDateSource",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_PartitionDateSource_values,
    .enum_count = 2,
};

static const struct awsc_shape s_PartitionedPrefix = {
    .name = "PartitionedPrefix",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_partitioned_prefix),
    .members = s_PartitionedPrefix_members,
    .member_count = 1,
    .by_wire_name = s_PartitionedPrefix_by_wire_name,
    .location_name = "PartitionedPrefix",
};

static const struct awsc_shape s_Parts = {
    .name = "Parts",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_parts),
    .item = &s_Part,
};

static const struct awsc_shape s_PartsCount = {
    .name = "PartsCount",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_PartsList = {
    .name = "PartsList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_parts_list),
    .item = &s_ObjectPart,
};

static const struct awsc_shape s_Payer = {
    .name = "Payer",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_Payer_values,
    .enum_count = 2,
};

static const struct awsc_shape s_Permission = {
    .name = "Permission",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_Permission_values,
    .enum_count = 5,
};

static const struct awsc_shape s_Policy = {
    .name = "Policy",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_PolicyStatus = {
    .name = "PolicyStatus",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_policy_status),
    .members = s_PolicyStatus_members,
    .member_count = 1,
    .by_wire_name = s_PolicyStatus_by_wire_name,
};

static const struct awsc_shape s_Prefix = {
    .name = "Prefix",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Priority = {
    .name = "Priority",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_Progress = {
    .name = "Progress",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_progress),
    .members = s_Progress_members,
    .member_count = 3,
    .by_wire_name = s_Progress_by_wire_name,
};

static const struct awsc_shape s_ProgressEvent = {
    .name = "ProgressEvent",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EVENT,
    .size = sizeof(struct awsc_s3_progress_event),
    .members = s_ProgressEvent_members,
    .member_count = 1,
    .by_wire_name = s_ProgressEvent_by_wire_name,
};

static const struct awsc_shape s_Protocol = {
    .name = "Protocol",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_Protocol_values,
    .enum_count = 2,
};

static const struct awsc_shape s_PublicAccessBlockConfiguration = {
    .name = "PublicAccessBlockConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_public_access_block_configuration),
    .members = s_PublicAccessBlockConfiguration_members,
    .member_count = 4,
    .by_wire_name = s_PublicAccessBlockConfiguration_by_wire_name,
};

const struct awsc_shape awsc__s3_PutBucketAbacRequest = {
    .name = "PutBucketAbacRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_bucket_abac_input),
    .members = awsc__s3_PutBucketAbacRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__s3_PutBucketAbacRequest_by_wire_name,
    .payload = "AbacStatus",
};

const struct awsc_shape awsc__s3_PutBucketAccelerateConfigurationRequest = {
    .name = "PutBucketAccelerateConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_bucket_accelerate_configuration_input),
    .members = awsc__s3_PutBucketAccelerateConfigurationRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__s3_PutBucketAccelerateConfigurationRequest_by_wire_name,
    .payload = "AccelerateConfiguration",
};

const struct awsc_shape awsc__s3_PutBucketAclRequest = {
    .name = "PutBucketAclRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_bucket_acl_input),
    .members = awsc__s3_PutBucketAclRequest_members,
    .member_count = 11,
    .by_wire_name = awsc__s3_PutBucketAclRequest_by_wire_name,
    .payload = "AccessControlPolicy",
};

const struct awsc_shape awsc__s3_PutBucketAnalyticsConfigurationRequest = {
    .name = "PutBucketAnalyticsConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_bucket_analytics_configuration_input),
    .members = awsc__s3_PutBucketAnalyticsConfigurationRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__s3_PutBucketAnalyticsConfigurationRequest_by_wire_name,
    .payload = "AnalyticsConfiguration",
};

const struct awsc_shape awsc__s3_PutBucketCorsRequest = {
    .name = "PutBucketCorsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_bucket_cors_input),
    .members = awsc__s3_PutBucketCorsRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__s3_PutBucketCorsRequest_by_wire_name,
    .payload = "CORSConfiguration",
};

const struct awsc_shape awsc__s3_PutBucketEncryptionRequest = {
    .name = "PutBucketEncryptionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_bucket_encryption_input),
    .members = awsc__s3_PutBucketEncryptionRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__s3_PutBucketEncryptionRequest_by_wire_name,
    .payload = "ServerSideEncryptionConfiguration",
};

const struct awsc_shape awsc__s3_PutBucketIntelligentTieringConfigurationRequest = {
    .name = "PutBucketIntelligentTieringConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_bucket_intelligent_tiering_configuration_input),
    .members = awsc__s3_PutBucketIntelligentTieringConfigurationRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__s3_PutBucketIntelligentTieringConfigurationRequest_by_wire_name,
    .payload = "IntelligentTieringConfiguration",
};

const struct awsc_shape awsc__s3_PutBucketInventoryConfigurationRequest = {
    .name = "PutBucketInventoryConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_bucket_inventory_configuration_input),
    .members = awsc__s3_PutBucketInventoryConfigurationRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__s3_PutBucketInventoryConfigurationRequest_by_wire_name,
    .payload = "InventoryConfiguration",
};

const struct awsc_shape awsc__s3_PutBucketLifecycleConfigurationOutput = {
    .name = "PutBucketLifecycleConfigurationOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_bucket_lifecycle_configuration_output),
    .members = awsc__s3_PutBucketLifecycleConfigurationOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_PutBucketLifecycleConfigurationOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_PutBucketLifecycleConfigurationRequest = {
    .name = "PutBucketLifecycleConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_bucket_lifecycle_configuration_input),
    .members = awsc__s3_PutBucketLifecycleConfigurationRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__s3_PutBucketLifecycleConfigurationRequest_by_wire_name,
    .payload = "LifecycleConfiguration",
};

const struct awsc_shape awsc__s3_PutBucketLifecycleRequest = {
    .name = "PutBucketLifecycleRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_bucket_lifecycle_input),
    .members = awsc__s3_PutBucketLifecycleRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__s3_PutBucketLifecycleRequest_by_wire_name,
    .payload = "LifecycleConfiguration",
};

const struct awsc_shape awsc__s3_PutBucketLoggingRequest = {
    .name = "PutBucketLoggingRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_bucket_logging_input),
    .members = awsc__s3_PutBucketLoggingRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__s3_PutBucketLoggingRequest_by_wire_name,
    .payload = "BucketLoggingStatus",
};

const struct awsc_shape awsc__s3_PutBucketMetricsConfigurationRequest = {
    .name = "PutBucketMetricsConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_bucket_metrics_configuration_input),
    .members = awsc__s3_PutBucketMetricsConfigurationRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__s3_PutBucketMetricsConfigurationRequest_by_wire_name,
    .payload = "MetricsConfiguration",
};

const struct awsc_shape awsc__s3_PutBucketNotificationConfigurationRequest = {
    .name = "PutBucketNotificationConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_bucket_notification_configuration_input),
    .members = awsc__s3_PutBucketNotificationConfigurationRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__s3_PutBucketNotificationConfigurationRequest_by_wire_name,
    .payload = "NotificationConfiguration",
};

const struct awsc_shape awsc__s3_PutBucketNotificationRequest = {
    .name = "PutBucketNotificationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_bucket_notification_input),
    .members = awsc__s3_PutBucketNotificationRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__s3_PutBucketNotificationRequest_by_wire_name,
    .payload = "NotificationConfiguration",
};

const struct awsc_shape awsc__s3_PutBucketOwnershipControlsRequest = {
    .name = "PutBucketOwnershipControlsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_bucket_ownership_controls_input),
    .members = awsc__s3_PutBucketOwnershipControlsRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__s3_PutBucketOwnershipControlsRequest_by_wire_name,
    .payload = "OwnershipControls",
};

const struct awsc_shape awsc__s3_PutBucketPolicyRequest = {
    .name = "PutBucketPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_bucket_policy_input),
    .members = awsc__s3_PutBucketPolicyRequest_members,
    .member_count = 6,
    .by_wire_name = awsc__s3_PutBucketPolicyRequest_by_wire_name,
    .payload = "Policy",
};

const struct awsc_shape awsc__s3_PutBucketReplicationRequest = {
    .name = "PutBucketReplicationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_bucket_replication_input),
    .members = awsc__s3_PutBucketReplicationRequest_members,
    .member_count = 6,
    .by_wire_name = awsc__s3_PutBucketReplicationRequest_by_wire_name,
    .payload = "ReplicationConfiguration",
};

const struct awsc_shape awsc__s3_PutBucketRequestPaymentRequest = {
    .name = "PutBucketRequestPaymentRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_bucket_request_payment_input),
    .members = awsc__s3_PutBucketRequestPaymentRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__s3_PutBucketRequestPaymentRequest_by_wire_name,
    .payload = "RequestPaymentConfiguration",
};

const struct awsc_shape awsc__s3_PutBucketTaggingRequest = {
    .name = "PutBucketTaggingRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_bucket_tagging_input),
    .members = awsc__s3_PutBucketTaggingRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__s3_PutBucketTaggingRequest_by_wire_name,
    .payload = "Tagging",
};

const struct awsc_shape awsc__s3_PutBucketVersioningRequest = {
    .name = "PutBucketVersioningRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_bucket_versioning_input),
    .members = awsc__s3_PutBucketVersioningRequest_members,
    .member_count = 6,
    .by_wire_name = awsc__s3_PutBucketVersioningRequest_by_wire_name,
    .payload = "VersioningConfiguration",
};

const struct awsc_shape awsc__s3_PutBucketWebsiteRequest = {
    .name = "PutBucketWebsiteRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_bucket_website_input),
    .members = awsc__s3_PutBucketWebsiteRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__s3_PutBucketWebsiteRequest_by_wire_name,
    .payload = "WebsiteConfiguration",
};

const struct awsc_shape awsc__s3_PutObjectAclOutput = {
    .name = "PutObjectAclOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_object_acl_output),
    .members = awsc__s3_PutObjectAclOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_PutObjectAclOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_PutObjectAclRequest = {
    .name = "PutObjectAclRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_object_acl_input),
    .members = awsc__s3_PutObjectAclRequest_members,
    .member_count = 14,
    .by_wire_name = awsc__s3_PutObjectAclRequest_by_wire_name,
    .payload = "AccessControlPolicy",
};

const struct awsc_shape awsc__s3_PutObjectAnnotationOutput = {
    .name = "PutObjectAnnotationOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_object_annotation_output),
    .members = awsc__s3_PutObjectAnnotationOutput_members,
    .member_count = 17,
    .by_wire_name = awsc__s3_PutObjectAnnotationOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_PutObjectAnnotationRequest = {
    .name = "PutObjectAnnotationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_object_annotation_input),
    .members = awsc__s3_PutObjectAnnotationRequest_members,
    .member_count = 20,
    .by_wire_name = awsc__s3_PutObjectAnnotationRequest_by_wire_name,
    .payload = "AnnotationPayload",
};

const struct awsc_shape awsc__s3_PutObjectLegalHoldOutput = {
    .name = "PutObjectLegalHoldOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_object_legal_hold_output),
    .members = awsc__s3_PutObjectLegalHoldOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_PutObjectLegalHoldOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_PutObjectLegalHoldRequest = {
    .name = "PutObjectLegalHoldRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_object_legal_hold_input),
    .members = awsc__s3_PutObjectLegalHoldRequest_members,
    .member_count = 8,
    .by_wire_name = awsc__s3_PutObjectLegalHoldRequest_by_wire_name,
    .payload = "LegalHold",
};

const struct awsc_shape awsc__s3_PutObjectLockConfigurationOutput = {
    .name = "PutObjectLockConfigurationOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_object_lock_configuration_output),
    .members = awsc__s3_PutObjectLockConfigurationOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_PutObjectLockConfigurationOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_PutObjectLockConfigurationRequest = {
    .name = "PutObjectLockConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_object_lock_configuration_input),
    .members = awsc__s3_PutObjectLockConfigurationRequest_members,
    .member_count = 7,
    .by_wire_name = awsc__s3_PutObjectLockConfigurationRequest_by_wire_name,
    .payload = "ObjectLockConfiguration",
};

const struct awsc_shape awsc__s3_PutObjectOutput = {
    .name = "PutObjectOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_object_output),
    .members = awsc__s3_PutObjectOutput_members,
    .member_count = 22,
    .by_wire_name = awsc__s3_PutObjectOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_PutObjectRequest = {
    .name = "PutObjectRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_object_input),
    .members = awsc__s3_PutObjectRequest_members,
    .member_count = 46,
    .by_wire_name = awsc__s3_PutObjectRequest_by_wire_name,
    .payload = "Body",
};

const struct awsc_shape awsc__s3_PutObjectRetentionOutput = {
    .name = "PutObjectRetentionOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_object_retention_output),
    .members = awsc__s3_PutObjectRetentionOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_PutObjectRetentionOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_PutObjectRetentionRequest = {
    .name = "PutObjectRetentionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_object_retention_input),
    .members = awsc__s3_PutObjectRetentionRequest_members,
    .member_count = 9,
    .by_wire_name = awsc__s3_PutObjectRetentionRequest_by_wire_name,
    .payload = "Retention",
};

const struct awsc_shape awsc__s3_PutObjectTaggingOutput = {
    .name = "PutObjectTaggingOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_object_tagging_output),
    .members = awsc__s3_PutObjectTaggingOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_PutObjectTaggingOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_PutObjectTaggingRequest = {
    .name = "PutObjectTaggingRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_object_tagging_input),
    .members = awsc__s3_PutObjectTaggingRequest_members,
    .member_count = 8,
    .by_wire_name = awsc__s3_PutObjectTaggingRequest_by_wire_name,
    .payload = "Tagging",
};

const struct awsc_shape awsc__s3_PutPublicAccessBlockRequest = {
    .name = "PutPublicAccessBlockRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_put_public_access_block_input),
    .members = awsc__s3_PutPublicAccessBlockRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__s3_PutPublicAccessBlockRequest_by_wire_name,
    .payload = "PublicAccessBlockConfiguration",
};

static const struct awsc_shape s_QueueArn = {
    .name = "QueueArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_QueueConfiguration = {
    .name = "QueueConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_queue_configuration),
    .members = s_QueueConfiguration_members,
    .member_count = 4,
    .by_wire_name = s_QueueConfiguration_by_wire_name,
};

static const struct awsc_shape s_QueueConfigurationDeprecated = {
    .name = "QueueConfigurationDeprecated",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_queue_configuration_deprecated),
    .members = s_QueueConfigurationDeprecated_members,
    .member_count = 4,
    .by_wire_name = s_QueueConfigurationDeprecated_by_wire_name,
};

static const struct awsc_shape s_QueueConfigurationList = {
    .name = "QueueConfigurationList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_queue_configuration_list),
    .item = &s_QueueConfiguration,
};

static const struct awsc_shape s_Quiet = {
    .name = "Quiet",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_QuoteCharacter = {
    .name = "QuoteCharacter",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_QuoteEscapeCharacter = {
    .name = "QuoteEscapeCharacter",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_QuoteFields = {
    .name = "QuoteFields",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_QuoteFields_values,
    .enum_count = 2,
};

static const struct awsc_shape s_Range = {
    .name = "Range",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_RecordDelimiter = {
    .name = "RecordDelimiter",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_RecordExpiration = {
    .name = "RecordExpiration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_record_expiration),
    .members = s_RecordExpiration_members,
    .member_count = 2,
    .by_wire_name = s_RecordExpiration_by_wire_name,
};

static const struct awsc_shape s_RecordExpirationDays = {
    .name = "RecordExpirationDays",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_RecordsEvent = {
    .name = "RecordsEvent",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EVENT,
    .size = sizeof(struct awsc_s3_records_event),
    .members = s_RecordsEvent_members,
    .member_count = 1,
    .by_wire_name = s_RecordsEvent_by_wire_name,
};

static const struct awsc_shape s_Redirect = {
    .name = "Redirect",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_redirect),
    .members = s_Redirect_members,
    .member_count = 5,
    .by_wire_name = s_Redirect_by_wire_name,
};

static const struct awsc_shape s_RedirectAllRequestsTo = {
    .name = "RedirectAllRequestsTo",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_redirect_all_requests_to),
    .members = s_RedirectAllRequestsTo_members,
    .member_count = 2,
    .by_wire_name = s_RedirectAllRequestsTo_by_wire_name,
};

static const struct awsc_shape s_Region = {
    .name = "Region",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_Region_range,
};

const struct awsc_shape awsc__s3_RenameObjectOutput = {
    .name = "RenameObjectOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_rename_object_output),
};

const struct awsc_shape awsc__s3_RenameObjectRequest = {
    .name = "RenameObjectRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_rename_object_input),
    .members = awsc__s3_RenameObjectRequest_members,
    .member_count = 12,
    .by_wire_name = awsc__s3_RenameObjectRequest_by_wire_name,
};

static const struct awsc_shape s_RenameSource = {
    .name = "RenameSource",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_RenameSourceIfMatch = {
    .name = "RenameSourceIfMatch",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_RenameSourceIfModifiedSince = {
    .name = "RenameSourceIfModifiedSince",
    .type = AWSC_SHAPE_TIMESTAMP,
    .timestamp_format = AWSC_TSFMT_RFC822,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_RenameSourceIfNoneMatch = {
    .name = "RenameSourceIfNoneMatch",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_RenameSourceIfUnmodifiedSince = {
    .name = "RenameSourceIfUnmodifiedSince",
    .type = AWSC_SHAPE_TIMESTAMP,
    .timestamp_format = AWSC_TSFMT_RFC822,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_ReplaceKeyPrefixWith = {
    .name = "ReplaceKeyPrefixWith",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ReplaceKeyWith = {
    .name = "ReplaceKeyWith",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ReplicaKmsKeyID = {
    .name = "ReplicaKmsKeyID",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ReplicaModifications = {
    .name = "ReplicaModifications",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_replica_modifications),
    .members = s_ReplicaModifications_members,
    .member_count = 1,
    .by_wire_name = s_ReplicaModifications_by_wire_name,
};

static const struct awsc_shape s_ReplicaModificationsStatus = {
    .name = "ReplicaModificationsStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ReplicaModificationsStatus_values,
    .enum_count = 2,
};

static const struct awsc_shape s_ReplicationConfiguration = {
    .name = "ReplicationConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_replication_configuration),
    .members = s_ReplicationConfiguration_members,
    .member_count = 2,
    .by_wire_name = s_ReplicationConfiguration_by_wire_name,
};

static const struct awsc_shape s_ReplicationRule = {
    .name = "ReplicationRule",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_replication_rule),
    .members = s_ReplicationRule_members,
    .member_count = 9,
    .by_wire_name = s_ReplicationRule_by_wire_name,
};

static const struct awsc_shape s_ReplicationRuleAndOperator = {
    .name = "ReplicationRuleAndOperator",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_replication_rule_and_operator),
    .members = s_ReplicationRuleAndOperator_members,
    .member_count = 2,
    .by_wire_name = s_ReplicationRuleAndOperator_by_wire_name,
};

static const struct awsc_shape s_ReplicationRuleFilter = {
    .name = "ReplicationRuleFilter",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_replication_rule_filter),
    .members = s_ReplicationRuleFilter_members,
    .member_count = 3,
    .by_wire_name = s_ReplicationRuleFilter_by_wire_name,
};

static const struct awsc_shape s_ReplicationRuleStatus = {
    .name = "ReplicationRuleStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ReplicationRuleStatus_values,
    .enum_count = 2,
};

static const struct awsc_shape s_ReplicationRules = {
    .name = "ReplicationRules",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_replication_rules),
    .item = &s_ReplicationRule,
};

static const struct awsc_shape s_ReplicationStatus = {
    .name = "ReplicationStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ReplicationStatus_values,
    .enum_count = 5,
};

static const struct awsc_shape s_ReplicationTime = {
    .name = "ReplicationTime",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_replication_time),
    .members = s_ReplicationTime_members,
    .member_count = 2,
    .by_wire_name = s_ReplicationTime_by_wire_name,
};

static const struct awsc_shape s_ReplicationTimeStatus = {
    .name = "ReplicationTimeStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ReplicationTimeStatus_values,
    .enum_count = 2,
};

static const struct awsc_shape s_ReplicationTimeValue = {
    .name = "ReplicationTimeValue",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_replication_time_value),
    .members = s_ReplicationTimeValue_members,
    .member_count = 1,
    .by_wire_name = s_ReplicationTimeValue_by_wire_name,
};

static const struct awsc_shape s_RequestCharged = {
    .name = "RequestCharged",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_RequestCharged_values,
    .enum_count = 1,
};

static const struct awsc_shape s_RequestPayer = {
    .name = "RequestPayer",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_RequestPayer_values,
    .enum_count = 1,
};

static const struct awsc_shape s_RequestPaymentConfiguration = {
    .name = "RequestPaymentConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_request_payment_configuration),
    .members = s_RequestPaymentConfiguration_members,
    .member_count = 1,
    .by_wire_name = s_RequestPaymentConfiguration_by_wire_name,
};

static const struct awsc_shape s_RequestProgress = {
    .name = "RequestProgress",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_request_progress),
    .members = s_RequestProgress_members,
    .member_count = 1,
    .by_wire_name = s_RequestProgress_by_wire_name,
};

static const struct awsc_shape s_RequestRoute = {
    .name = "RequestRoute",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_RequestToken = {
    .name = "RequestToken",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ResponseCacheControl = {
    .name = "ResponseCacheControl",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ResponseContentDisposition = {
    .name = "ResponseContentDisposition",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ResponseContentEncoding = {
    .name = "ResponseContentEncoding",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ResponseContentLanguage = {
    .name = "ResponseContentLanguage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ResponseContentType = {
    .name = "ResponseContentType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ResponseExpires = {
    .name = "ResponseExpires",
    .type = AWSC_SHAPE_TIMESTAMP,
    .timestamp_format = AWSC_TSFMT_RFC822,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_Restore = {
    .name = "Restore",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_RestoreExpiryDate = {
    .name = "RestoreExpiryDate",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

const struct awsc_shape awsc__s3_RestoreObjectOutput = {
    .name = "RestoreObjectOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_restore_object_output),
    .members = awsc__s3_RestoreObjectOutput_members,
    .member_count = 2,
    .by_wire_name = awsc__s3_RestoreObjectOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_RestoreObjectRequest = {
    .name = "RestoreObjectRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_restore_object_input),
    .members = awsc__s3_RestoreObjectRequest_members,
    .member_count = 7,
    .by_wire_name = awsc__s3_RestoreObjectRequest_by_wire_name,
    .payload = "RestoreRequest",
};

static const struct awsc_shape s_RestoreOutputPath = {
    .name = "RestoreOutputPath",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_RestoreRequest = {
    .name = "RestoreRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_restore_request),
    .members = s_RestoreRequest_members,
    .member_count = 7,
    .by_wire_name = s_RestoreRequest_by_wire_name,
};

static const struct awsc_shape s_RestoreRequestType = {
    .name = "RestoreRequestType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_RestoreRequestType_values,
    .enum_count = 1,
};

static const struct awsc_shape s_RestoreStatus = {
    .name = "RestoreStatus",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_restore_status),
    .members = s_RestoreStatus_members,
    .member_count = 2,
    .by_wire_name = s_RestoreStatus_by_wire_name,
};

static const struct awsc_shape s_Role = {
    .name = "Role",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_RoutingRule = {
    .name = "RoutingRule",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_routing_rule),
    .members = s_RoutingRule_members,
    .member_count = 2,
    .by_wire_name = s_RoutingRule_by_wire_name,
};

static const struct awsc_shape s_RoutingRules = {
    .name = "RoutingRules",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_s3_routing_rules),
    .item = &s_RoutingRule,
    .xml_refs = &s_RoutingRules_xml_refs,
};

static const struct awsc_shape s_Rule = {
    .name = "Rule",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_rule),
    .members = s_Rule_members,
    .member_count = 8,
    .by_wire_name = s_Rule_by_wire_name,
};

static const struct awsc_shape s_Rules = {
    .name = "Rules",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_rules),
    .item = &s_Rule,
};

static const struct awsc_shape s_S3KeyFilter = {
    .name = "S3KeyFilter",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_s3_key_filter),
    .members = s_S3KeyFilter_members,
    .member_count = 1,
    .by_wire_name = s_S3KeyFilter_by_wire_name,
};

static const struct awsc_shape s_S3Location = {
    .name = "S3Location",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_s3_location),
    .members = s_S3Location_members,
    .member_count = 8,
    .by_wire_name = s_S3Location_by_wire_name,
};

static const struct awsc_shape s_S3RegionalOrS3ExpressBucketArnString = {
    .name = "S3RegionalOrS3ExpressBucketArnString",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_S3RegionalOrS3ExpressBucketArnString_range,
};

static const struct awsc_shape s_S3TablesArn = {
    .name = "S3TablesArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_S3TablesBucketArn = {
    .name = "S3TablesBucketArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_S3TablesBucketType = {
    .name = "S3TablesBucketType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_S3TablesBucketType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_S3TablesDestination = {
    .name = "S3TablesDestination",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_s3_tables_destination),
    .members = s_S3TablesDestination_members,
    .member_count = 2,
    .by_wire_name = s_S3TablesDestination_by_wire_name,
};

static const struct awsc_shape s_S3TablesDestinationResult = {
    .name = "S3TablesDestinationResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_s3_tables_destination_result),
    .members = s_S3TablesDestinationResult_members,
    .member_count = 4,
    .by_wire_name = s_S3TablesDestinationResult_by_wire_name,
};

static const struct awsc_shape s_S3TablesName = {
    .name = "S3TablesName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_S3TablesNamespace = {
    .name = "S3TablesNamespace",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_SSECustomerAlgorithm = {
    .name = "SSECustomerAlgorithm",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_SSECustomerKey = {
    .name = "SSECustomerKey",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_SSECustomerKeyMD5 = {
    .name = "SSECustomerKeyMD5",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_SSEKMS = {
    .name = "SSEKMS",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_ssekms),
    .members = s_SSEKMS_members,
    .member_count = 1,
    .by_wire_name = s_SSEKMS_by_wire_name,
    .location_name = "SSE-KMS",
};

static const struct awsc_shape s_SSEKMSEncryption = {
    .name = "SSEKMSEncryption",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_ssekms_encryption),
    .members = s_SSEKMSEncryption_members,
    .member_count = 2,
    .by_wire_name = s_SSEKMSEncryption_by_wire_name,
    .location_name = "SSE-KMS",
};

static const struct awsc_shape s_SSEKMSEncryptionContext = {
    .name = "SSEKMSEncryptionContext",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_SSEKMSKeyId = {
    .name = "SSEKMSKeyId",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_SSES3 = {
    .name = "SSES3",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_sses3),
    .location_name = "SSE-S3",
};

static const struct awsc_shape s_ScanRange = {
    .name = "ScanRange",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_scan_range),
    .members = s_ScanRange_members,
    .member_count = 2,
    .by_wire_name = s_ScanRange_by_wire_name,
};

static const struct awsc_shape s_SelectObjectContentEventStream = {
    .name = "SelectObjectContentEventStream",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EVENTSTREAM,
    .size = sizeof(struct awsc_s3_select_object_content_event),
    .members = s_SelectObjectContentEventStream_members,
    .member_count = 5,
    .by_wire_name = s_SelectObjectContentEventStream_by_wire_name,
};

const struct awsc_shape awsc__s3_SelectObjectContentOutput = {
    .name = "SelectObjectContentOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_select_object_content_output),
    .members = awsc__s3_SelectObjectContentOutput_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_SelectObjectContentOutput_by_wire_name,
    .payload = "Payload",
};

const struct awsc_shape awsc__s3_SelectObjectContentRequest = {
    .name = "SelectObjectContentRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_select_object_content_input),
    .members = awsc__s3_SelectObjectContentRequest_members,
    .member_count = 12,
    .by_wire_name = awsc__s3_SelectObjectContentRequest_by_wire_name,
    .xml_namespace = &ns_1,
    .location_name = "SelectObjectContentRequest",
};

static const struct awsc_shape s_SelectParameters = {
    .name = "SelectParameters",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_select_parameters),
    .members = s_SelectParameters_members,
    .member_count = 4,
    .by_wire_name = s_SelectParameters_by_wire_name,
};

static const struct awsc_shape s_ServerSideEncryption = {
    .name = "ServerSideEncryption",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ServerSideEncryption_values,
    .enum_count = 5,
};

static const struct awsc_shape s_ServerSideEncryptionByDefault = {
    .name = "ServerSideEncryptionByDefault",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_server_side_encryption_by_default),
    .members = s_ServerSideEncryptionByDefault_members,
    .member_count = 2,
    .by_wire_name = s_ServerSideEncryptionByDefault_by_wire_name,
};

static const struct awsc_shape s_ServerSideEncryptionConfiguration = {
    .name = "ServerSideEncryptionConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_server_side_encryption_configuration),
    .members = s_ServerSideEncryptionConfiguration_members,
    .member_count = 1,
    .by_wire_name = s_ServerSideEncryptionConfiguration_by_wire_name,
};

static const struct awsc_shape s_ServerSideEncryptionRule = {
    .name = "ServerSideEncryptionRule",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_server_side_encryption_rule),
    .members = s_ServerSideEncryptionRule_members,
    .member_count = 3,
    .by_wire_name = s_ServerSideEncryptionRule_by_wire_name,
};

static const struct awsc_shape s_ServerSideEncryptionRules = {
    .name = "ServerSideEncryptionRules",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_server_side_encryption_rules),
    .item = &s_ServerSideEncryptionRule,
};

static const struct awsc_shape s_SessionCredentialValue = {
    .name = "SessionCredentialValue",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_SessionCredentials = {
    .name = "SessionCredentials",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_session_credentials),
    .members = s_SessionCredentials_members,
    .member_count = 4,
    .by_wire_name = s_SessionCredentials_by_wire_name,
};

static const struct awsc_shape s_SessionExpiration = {
    .name = "SessionExpiration",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_SessionMode = {
    .name = "SessionMode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_SessionMode_values,
    .enum_count = 2,
};

static const struct awsc_shape s_Setting = {
    .name = "Setting",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_SimplePrefix = {
    .name = "SimplePrefix",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_simple_prefix),
    .location_name = "SimplePrefix",
};

static const struct awsc_shape s_Size = {
    .name = "Size",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

static const struct awsc_shape s_SkipValidation = {
    .name = "SkipValidation",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_SourceSelectionCriteria = {
    .name = "SourceSelectionCriteria",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_source_selection_criteria),
    .members = s_SourceSelectionCriteria_members,
    .member_count = 2,
    .by_wire_name = s_SourceSelectionCriteria_by_wire_name,
};

static const struct awsc_shape s_SseKmsEncryptedObjects = {
    .name = "SseKmsEncryptedObjects",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_sse_kms_encrypted_objects),
    .members = s_SseKmsEncryptedObjects_members,
    .member_count = 1,
    .by_wire_name = s_SseKmsEncryptedObjects_by_wire_name,
};

static const struct awsc_shape s_SseKmsEncryptedObjectsStatus = {
    .name = "SseKmsEncryptedObjectsStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_SseKmsEncryptedObjectsStatus_values,
    .enum_count = 2,
};

static const struct awsc_shape s_Start = {
    .name = "Start",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

static const struct awsc_shape s_StartAfter = {
    .name = "StartAfter",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Stats = {
    .name = "Stats",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_stats),
    .members = s_Stats_members,
    .member_count = 3,
    .by_wire_name = s_Stats_by_wire_name,
};

static const struct awsc_shape s_StatsEvent = {
    .name = "StatsEvent",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EVENT,
    .size = sizeof(struct awsc_s3_stats_event),
    .members = s_StatsEvent_members,
    .member_count = 1,
    .by_wire_name = s_StatsEvent_by_wire_name,
};

static const struct awsc_shape s_StorageClass = {
    .name = "StorageClass",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_StorageClass_values,
    .enum_count = 15,
};

static const struct awsc_shape s_StorageClassAnalysis = {
    .name = "StorageClassAnalysis",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_storage_class_analysis),
    .members = s_StorageClassAnalysis_members,
    .member_count = 1,
    .by_wire_name = s_StorageClassAnalysis_by_wire_name,
};

static const struct awsc_shape s_StorageClassAnalysisDataExport = {
    .name = "StorageClassAnalysisDataExport",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_storage_class_analysis_data_export),
    .members = s_StorageClassAnalysisDataExport_members,
    .member_count = 2,
    .by_wire_name = s_StorageClassAnalysisDataExport_by_wire_name,
};

static const struct awsc_shape s_StorageClassAnalysisSchemaVersion = {
    .name = "StorageClassAnalysisSchemaVersion",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_StorageClassAnalysisSchemaVersion_values,
    .enum_count = 1,
};

static const struct awsc_shape s_Suffix = {
    .name = "Suffix",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_TableSseAlgorithm = {
    .name = "TableSseAlgorithm",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_TableSseAlgorithm_values,
    .enum_count = 2,
};

static const struct awsc_shape s_Tag = {
    .name = "Tag",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_tag),
    .members = s_Tag_members,
    .member_count = 2,
    .by_wire_name = s_Tag_by_wire_name,
};

static const struct awsc_shape s_TagCount = {
    .name = "TagCount",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_TagSet = {
    .name = "TagSet",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_s3_tag_set),
    .item = &s_Tag,
    .xml_refs = &s_TagSet_xml_refs,
};

static const struct awsc_shape s_Tagging = {
    .name = "Tagging",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_tagging),
    .members = s_Tagging_members,
    .member_count = 1,
    .by_wire_name = s_Tagging_by_wire_name,
};

static const struct awsc_shape s_TaggingDirective = {
    .name = "TaggingDirective",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_TaggingDirective_values,
    .enum_count = 2,
};

static const struct awsc_shape s_TaggingHeader = {
    .name = "TaggingHeader",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_TargetBucket = {
    .name = "TargetBucket",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_TargetGrant = {
    .name = "TargetGrant",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_target_grant),
    .members = s_TargetGrant_members,
    .member_count = 2,
    .by_wire_name = s_TargetGrant_by_wire_name,
};

static const struct awsc_shape s_TargetGrants = {
    .name = "TargetGrants",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_s3_target_grants),
    .item = &s_TargetGrant,
    .xml_refs = &s_TargetGrants_xml_refs,
};

static const struct awsc_shape s_TargetObjectKeyFormat = {
    .name = "TargetObjectKeyFormat",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_target_object_key_format),
    .members = s_TargetObjectKeyFormat_members,
    .member_count = 2,
    .by_wire_name = s_TargetObjectKeyFormat_by_wire_name,
};

static const struct awsc_shape s_TargetPrefix = {
    .name = "TargetPrefix",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Tier = {
    .name = "Tier",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_Tier_values,
    .enum_count = 3,
};

static const struct awsc_shape s_Tiering = {
    .name = "Tiering",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_tiering),
    .members = s_Tiering_members,
    .member_count = 2,
    .by_wire_name = s_Tiering_by_wire_name,
};

static const struct awsc_shape s_TieringList = {
    .name = "TieringList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_tiering_list),
    .item = &s_Tiering,
};

static const struct awsc_shape s_Token = {
    .name = "Token",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__s3_TooManyParts = {
    .name = "TooManyParts",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_s3_too_many_parts),
    .error_code = "TooManyParts",
    .http_status = 400,
};

static const struct awsc_shape s_TopicArn = {
    .name = "TopicArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_TopicConfiguration = {
    .name = "TopicConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_topic_configuration),
    .members = s_TopicConfiguration_members,
    .member_count = 4,
    .by_wire_name = s_TopicConfiguration_by_wire_name,
};

static const struct awsc_shape s_TopicConfigurationDeprecated = {
    .name = "TopicConfigurationDeprecated",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_topic_configuration_deprecated),
    .members = s_TopicConfigurationDeprecated_members,
    .member_count = 4,
    .by_wire_name = s_TopicConfigurationDeprecated_by_wire_name,
};

static const struct awsc_shape s_TopicConfigurationList = {
    .name = "TopicConfigurationList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_topic_configuration_list),
    .item = &s_TopicConfiguration,
};

static const struct awsc_shape s_Transition = {
    .name = "Transition",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_transition),
    .members = s_Transition_members,
    .member_count = 3,
    .by_wire_name = s_Transition_by_wire_name,
};

static const struct awsc_shape s_TransitionDefaultMinimumObjectSize = {
    .name = "TransitionDefaultMinimumObjectSize",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_TransitionDefaultMinimumObjectSize_values,
    .enum_count = 2,
};

static const struct awsc_shape s_TransitionList = {
    .name = "TransitionList",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_FLATTENED,
    .size = sizeof(struct awsc_s3_transition_list),
    .item = &s_Transition,
};

static const struct awsc_shape s_TransitionStorageClass = {
    .name = "TransitionStorageClass",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_TransitionStorageClass_values,
    .enum_count = 6,
};

static const struct awsc_shape s_Type = {
    .name = "Type",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_Type_values,
    .enum_count = 3,
};

static const struct awsc_shape s_URI = {
    .name = "URI",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__s3_UnsupportedMediaType = {
    .name = "UnsupportedMediaType",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_s3_unsupported_media_type),
    .error_code = "UnsupportedMediaType",
    .http_status = 415,
};

const struct awsc_shape awsc__s3_UpdateBucketMetadataAnnotationTableConfigurationRequest = {
    .name = "UpdateBucketMetadataAnnotationTableConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_update_bucket_metadata_annotation_table_configuration_input),
    .members = awsc__s3_UpdateBucketMetadataAnnotationTableConfigurationRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__s3_UpdateBucketMetadataAnnotationTableConfigurationRequest_by_wire_name,
    .payload = "AnnotationTableConfiguration",
};

const struct awsc_shape awsc__s3_UpdateBucketMetadataInventoryTableConfigurationRequest = {
    .name = "UpdateBucketMetadataInventoryTableConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_update_bucket_metadata_inventory_table_configuration_input),
    .members = awsc__s3_UpdateBucketMetadataInventoryTableConfigurationRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__s3_UpdateBucketMetadataInventoryTableConfigurationRequest_by_wire_name,
    .payload = "InventoryTableConfiguration",
};

const struct awsc_shape awsc__s3_UpdateBucketMetadataJournalTableConfigurationRequest = {
    .name = "UpdateBucketMetadataJournalTableConfigurationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_update_bucket_metadata_journal_table_configuration_input),
    .members = awsc__s3_UpdateBucketMetadataJournalTableConfigurationRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__s3_UpdateBucketMetadataJournalTableConfigurationRequest_by_wire_name,
    .payload = "JournalTableConfiguration",
};

const struct awsc_shape awsc__s3_UpdateObjectEncryptionRequest = {
    .name = "UpdateObjectEncryptionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_update_object_encryption_input),
    .members = awsc__s3_UpdateObjectEncryptionRequest_members,
    .member_count = 8,
    .by_wire_name = awsc__s3_UpdateObjectEncryptionRequest_by_wire_name,
    .payload = "ObjectEncryption",
};

const struct awsc_shape awsc__s3_UpdateObjectEncryptionResponse = {
    .name = "UpdateObjectEncryptionResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_update_object_encryption_output),
    .members = awsc__s3_UpdateObjectEncryptionResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__s3_UpdateObjectEncryptionResponse_by_wire_name,
};

static const struct awsc_shape s_UploadIdMarker = {
    .name = "UploadIdMarker",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__s3_UploadPartCopyOutput = {
    .name = "UploadPartCopyOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_upload_part_copy_output),
    .members = awsc__s3_UploadPartCopyOutput_members,
    .member_count = 8,
    .by_wire_name = awsc__s3_UploadPartCopyOutput_by_wire_name,
    .payload = "CopyPartResult",
};

const struct awsc_shape awsc__s3_UploadPartCopyRequest = {
    .name = "UploadPartCopyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_upload_part_copy_input),
    .members = awsc__s3_UploadPartCopyRequest_members,
    .member_count = 19,
    .by_wire_name = awsc__s3_UploadPartCopyRequest_by_wire_name,
};

const struct awsc_shape awsc__s3_UploadPartOutput = {
    .name = "UploadPartOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_upload_part_output),
    .members = awsc__s3_UploadPartOutput_members,
    .member_count = 17,
    .by_wire_name = awsc__s3_UploadPartOutput_by_wire_name,
};

const struct awsc_shape awsc__s3_UploadPartRequest = {
    .name = "UploadPartRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_upload_part_input),
    .members = awsc__s3_UploadPartRequest_members,
    .member_count = 23,
    .by_wire_name = awsc__s3_UploadPartRequest_by_wire_name,
    .payload = "Body",
};

static const struct awsc_shape s_UserMetadata = {
    .name = "UserMetadata",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_s3_user_metadata),
    .item = &s_MetadataEntry,
    .xml_refs = &s_UserMetadata_xml_refs,
};

static const struct awsc_shape s_Value = {
    .name = "Value",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_VersionCount = {
    .name = "VersionCount",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_VersionIdMarker = {
    .name = "VersionIdMarker",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_VersioningConfiguration = {
    .name = "VersioningConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_versioning_configuration),
    .members = s_VersioningConfiguration_members,
    .member_count = 2,
    .by_wire_name = s_VersioningConfiguration_by_wire_name,
};

static const struct awsc_shape s_WebsiteConfiguration = {
    .name = "WebsiteConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_website_configuration),
    .members = s_WebsiteConfiguration_members,
    .member_count = 4,
    .by_wire_name = s_WebsiteConfiguration_by_wire_name,
};

static const struct awsc_shape s_WebsiteRedirectLocation = {
    .name = "WebsiteRedirectLocation",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__s3_WriteGetObjectResponseRequest = {
    .name = "WriteGetObjectResponseRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_s3_write_get_object_response_input),
    .members = awsc__s3_WriteGetObjectResponseRequest_members,
    .member_count = 46,
    .by_wire_name = awsc__s3_WriteGetObjectResponseRequest_by_wire_name,
    .payload = "Body",
};

static const struct awsc_shape s_WriteOffsetBytes = {
    .name = "WriteOffsetBytes",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

static const struct awsc_shape s_Years = {
    .name = "Years",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};
