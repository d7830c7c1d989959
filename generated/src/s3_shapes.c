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

/*
 * The tables: every shape, member and name of S3 in one object, so
 * that each refers to another by its distance from it (awsc_ref, in
 * <awsc/shape.h>): plain read-only data, with no relocation at load time.
 * REF(field, target) is the reference stored at field that names target.
 */
#define T awsc__s3_tables
#define REF(field, target) AWSC_REF(T.field, T.target)
/* The strings are one literal; it passes the 4095 characters ISO C
 * requires compilers to take (GCC and Clang take any length). */
#pragma GCC diagnostic ignored "-Woverlength-strings"
#ifndef AWSC__S3_TABLES
#define AWSC__S3_TABLES
/* Every shape, member and name of S3 in one object (s3_shapes.c). */
struct awsc__s3_tables {
    struct awsc_shape shapes[718];
    struct awsc_member members[1699];
    uint16_t by_wire_name[1699];
    struct awsc_range ranges[8];
    struct awsc_xml_refs xml_refs[9];
    char strings[29483];
};
extern const struct awsc__s3_tables awsc__s3_tables;
#endif

const struct awsc__s3_tables T = {
    .shapes = {
        [0] = { /* AbacStatus */
            .name_ref = REF(shapes[0].name_ref, strings[0]),
            .u.structure.members_ref = REF(shapes[0].u.structure.members_ref, members[0]),
            .u.structure.by_wire_name_ref = REF(shapes[0].u.structure.by_wire_name_ref, by_wire_name[0]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_abac_status),
            .u.structure.member_count = 1,
        },
        [1] = { /* AbortDate */
            .name_ref = REF(shapes[1].name_ref, strings[18]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [2] = { /* AbortIncompleteMultipartUpload */
            .name_ref = REF(shapes[2].name_ref, strings[28]),
            .u.structure.members_ref = REF(shapes[2].u.structure.members_ref, members[1]),
            .u.structure.by_wire_name_ref = REF(shapes[2].u.structure.by_wire_name_ref, by_wire_name[1]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_abort_incomplete_multipart_upload),
            .u.structure.member_count = 1,
        },
        [3] = { /* AbortMultipartUploadOutput */
            .name_ref = REF(shapes[3].name_ref, strings[79]),
            .u.structure.members_ref = REF(shapes[3].u.structure.members_ref, members[2]),
            .u.structure.by_wire_name_ref = REF(shapes[3].u.structure.by_wire_name_ref, by_wire_name[2]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_abort_multipart_upload_output),
            .u.structure.member_count = 1,
        },
        [4] = { /* AbortMultipartUploadRequest */
            .name_ref = REF(shapes[4].name_ref, strings[143]),
            .u.structure.members_ref = REF(shapes[4].u.structure.members_ref, members[3]),
            .u.structure.by_wire_name_ref = REF(shapes[4].u.structure.by_wire_name_ref, by_wire_name[3]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_abort_multipart_upload_input),
            .u.structure.member_count = 6,
        },
        [5] = { /* AbortRuleId */
            .name_ref = REF(shapes[5].name_ref, strings[332]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [6] = { /* AccelerateConfiguration */
            .name_ref = REF(shapes[6].name_ref, strings[344]),
            .u.structure.members_ref = REF(shapes[6].u.structure.members_ref, members[9]),
            .u.structure.by_wire_name_ref = REF(shapes[6].u.structure.by_wire_name_ref, by_wire_name[9]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_accelerate_configuration),
            .u.structure.member_count = 1,
        },
        [7] = { /* AcceptRanges */
            .name_ref = REF(shapes[7].name_ref, strings[368]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [8] = { /* AccessControlPolicy */
            .name_ref = REF(shapes[8].name_ref, strings[381]),
            .u.structure.members_ref = REF(shapes[8].u.structure.members_ref, members[10]),
            .u.structure.by_wire_name_ref = REF(shapes[8].u.structure.by_wire_name_ref, by_wire_name[10]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_access_control_policy),
            .u.structure.member_count = 2,
        },
        [9] = { /* AccessControlTranslation */
            .name_ref = REF(shapes[9].name_ref, strings[432]),
            .u.structure.members_ref = REF(shapes[9].u.structure.members_ref, members[12]),
            .u.structure.by_wire_name_ref = REF(shapes[9].u.structure.by_wire_name_ref, by_wire_name[12]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_access_control_translation),
            .u.structure.member_count = 1,
        },
        [10] = { /* AccessDenied */
            .name_ref = REF(shapes[10].name_ref, strings[457]),
            .u.structure.error_code_ref = REF(shapes[10].u.structure.error_code_ref, strings[457]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_s3_access_denied),
            .u.structure.http_status = 403,
        },
        [11] = { /* AccessKeyIdValue */
            .name_ref = REF(shapes[11].name_ref, strings[470]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [12] = { /* AccessPointAlias */
            .name_ref = REF(shapes[12].name_ref, strings[487]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [13] = { /* AccessPointArn */
            .name_ref = REF(shapes[13].name_ref, strings[504]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [14] = { /* AccountId */
            .name_ref = REF(shapes[14].name_ref, strings[519]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [15] = { /* AllowQuotedRecordDelimiter */
            .name_ref = REF(shapes[15].name_ref, strings[529]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [16] = { /* AllowedHeader */
            .name_ref = REF(shapes[16].name_ref, strings[556]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [17] = { /* AllowedHeaders */
            .name_ref = REF(shapes[17].name_ref, strings[570]),
            .u.collection.item_ref = REF(shapes[17].u.collection.item_ref, shapes[16]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_event_list),
        },
        [18] = { /* AllowedMethod */
            .name_ref = REF(shapes[18].name_ref, strings[585]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [19] = { /* AllowedMethods */
            .name_ref = REF(shapes[19].name_ref, strings[599]),
            .u.collection.item_ref = REF(shapes[19].u.collection.item_ref, shapes[18]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_event_list),
        },
        [20] = { /* AllowedOrigin */
            .name_ref = REF(shapes[20].name_ref, strings[614]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [21] = { /* AllowedOrigins */
            .name_ref = REF(shapes[21].name_ref, strings[628]),
            .u.collection.item_ref = REF(shapes[21].u.collection.item_ref, shapes[20]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_event_list),
        },
        [22] = { /* AnalyticsAndOperator */
            .name_ref = REF(shapes[22].name_ref, strings[643]),
            .u.structure.members_ref = REF(shapes[22].u.structure.members_ref, members[13]),
            .u.structure.by_wire_name_ref = REF(shapes[22].u.structure.by_wire_name_ref, by_wire_name[13]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_analytics_and_operator),
            .u.structure.member_count = 2,
        },
        [23] = { /* AnalyticsConfiguration */
            .name_ref = REF(shapes[23].name_ref, strings[680]),
            .u.structure.members_ref = REF(shapes[23].u.structure.members_ref, members[15]),
            .u.structure.by_wire_name_ref = REF(shapes[23].u.structure.by_wire_name_ref, by_wire_name[15]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_analytics_configuration),
            .u.structure.member_count = 3,
        },
        [24] = { /* AnalyticsConfigurationList */
            .name_ref = REF(shapes[24].name_ref, strings[734]),
            .u.collection.item_ref = REF(shapes[24].u.collection.item_ref, shapes[23]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_analytics_configuration_list),
        },
        [25] = { /* AnalyticsExportDestination */
            .name_ref = REF(shapes[25].name_ref, strings[761]),
            .u.structure.members_ref = REF(shapes[25].u.structure.members_ref, members[18]),
            .u.structure.by_wire_name_ref = REF(shapes[25].u.structure.by_wire_name_ref, by_wire_name[18]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_analytics_export_destination),
            .u.structure.member_count = 1,
        },
        [26] = { /* AnalyticsFilter */
            .name_ref = REF(shapes[26].name_ref, strings[808]),
            .u.structure.members_ref = REF(shapes[26].u.structure.members_ref, members[19]),
            .u.structure.by_wire_name_ref = REF(shapes[26].u.structure.by_wire_name_ref, by_wire_name[19]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_analytics_filter),
            .u.structure.member_count = 3,
        },
        [27] = { /* AnalyticsId */
            .name_ref = REF(shapes[27].name_ref, strings[832]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [28] = { /* AnalyticsS3BucketDestination */
            .name_ref = REF(shapes[28].name_ref, strings[844]),
            .u.structure.members_ref = REF(shapes[28].u.structure.members_ref, members[22]),
            .u.structure.by_wire_name_ref = REF(shapes[28].u.structure.by_wire_name_ref, by_wire_name[22]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_analytics_s3_bucket_destination),
            .u.structure.member_count = 4,
        },
        [29] = { /* AnalyticsS3ExportFileFormat */
            .name_ref = REF(shapes[29].name_ref, strings[896]),
            .u.string.enum_values_ref = REF(shapes[29].u.string.enum_values_ref, strings[924]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [30] = { /* AnnotationConfigurationState */
            .name_ref = REF(shapes[30].name_ref, strings[928]),
            .u.string.enum_values_ref = REF(shapes[30].u.string.enum_values_ref, strings[957]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [31] = { /* AnnotationCount */
            .name_ref = REF(shapes[31].name_ref, strings[974]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [32] = { /* AnnotationDirective */
            .name_ref = REF(shapes[32].name_ref, strings[990]),
            .u.string.enum_values_ref = REF(shapes[32].u.string.enum_values_ref, strings[1010]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [33] = { /* AnnotationEntry */
            .name_ref = REF(shapes[33].name_ref, strings[1023]),
            .u.structure.members_ref = REF(shapes[33].u.structure.members_ref, members[26]),
            .u.structure.by_wire_name_ref = REF(shapes[33].u.structure.by_wire_name_ref, by_wire_name[26]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_annotation_entry),
            .u.structure.member_count = 6,
        },
        [34] = { /* AnnotationLimitExceeded */
            .name_ref = REF(shapes[34].name_ref, strings[1113]),
            .u.structure.error_code_ref = REF(shapes[34].u.structure.error_code_ref, strings[1113]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_s3_annotation_limit_exceeded),
            .u.structure.http_status = 400,
        },
        [35] = { /* AnnotationList */
            .name_ref = REF(shapes[35].name_ref, strings[1137]),
            .u.collection.item_ref = REF(shapes[35].u.collection.item_ref, shapes[33]),
            .u.collection.xml_refs_ref = REF(shapes[35].u.collection.xml_refs_ref, xml_refs[0]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_s3_annotation_list),
        },
        [36] = { /* AnnotationName */
            .name_ref = REF(shapes[36].name_ref, strings[1039]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [37] = { /* AnnotationNameTooLong */
            .name_ref = REF(shapes[37].name_ref, strings[1152]),
            .u.structure.error_code_ref = REF(shapes[37].u.structure.error_code_ref, strings[1152]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_s3_annotation_name_too_long),
            .u.structure.http_status = 400,
        },
        [38] = { /* AnnotationPayload */
            .name_ref = REF(shapes[38].name_ref, strings[1174]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [39] = { /* AnnotationPrefix */
            .name_ref = REF(shapes[39].name_ref, strings[1192]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [40] = { /* AnnotationTableConfiguration */
            .name_ref = REF(shapes[40].name_ref, strings[1209]),
            .u.structure.members_ref = REF(shapes[40].u.structure.members_ref, members[32]),
            .u.structure.by_wire_name_ref = REF(shapes[40].u.structure.by_wire_name_ref, by_wire_name[32]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_annotation_table_configuration),
            .u.structure.member_count = 3,
        },
        [41] = { /* AnnotationTableConfigurationResult */
            .name_ref = REF(shapes[41].name_ref, strings[1286]),
            .u.structure.members_ref = REF(shapes[41].u.structure.members_ref, members[35]),
            .u.structure.by_wire_name_ref = REF(shapes[41].u.structure.by_wire_name_ref, by_wire_name[35]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_annotation_table_configuration_result),
            .u.structure.member_count = 6,
        },
        [42] = { /* AnnotationTableConfigurationUpdates */
            .name_ref = REF(shapes[42].name_ref, strings[1358]),
            .u.structure.members_ref = REF(shapes[42].u.structure.members_ref, members[41]),
            .u.structure.by_wire_name_ref = REF(shapes[42].u.structure.by_wire_name_ref, by_wire_name[41]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_annotation_table_configuration_updates),
            .u.structure.member_count = 3,
        },
        [43] = { /* ArchiveStatus */
            .name_ref = REF(shapes[43].name_ref, strings[1394]),
            .u.string.enum_values_ref = REF(shapes[43].u.string.enum_values_ref, strings[1408]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [44] = { /* BlockedEncryptionTypes */
            .name_ref = REF(shapes[44].name_ref, strings[1443]),
            .u.structure.members_ref = REF(shapes[44].u.structure.members_ref, members[44]),
            .u.structure.by_wire_name_ref = REF(shapes[44].u.structure.by_wire_name_ref, by_wire_name[44]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_blocked_encryption_types),
            .u.structure.member_count = 1,
        },
        [45] = { /* Body */
            .name_ref = REF(shapes[45].name_ref, strings[1481]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [46] = { /* Bucket */
            .name_ref = REF(shapes[46].name_ref, strings[171]),
            .u.structure.members_ref = REF(shapes[46].u.structure.members_ref, members[45]),
            .u.structure.by_wire_name_ref = REF(shapes[46].u.structure.by_wire_name_ref, by_wire_name[45]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_bucket),
            .u.structure.member_count = 4,
        },
        [47] = { /* BucketAbacStatus */
            .name_ref = REF(shapes[47].name_ref, strings[1527]),
            .u.string.enum_values_ref = REF(shapes[47].u.string.enum_values_ref, strings[1544]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [48] = { /* BucketAccelerateStatus */
            .name_ref = REF(shapes[48].name_ref, strings[1561]),
            .u.string.enum_values_ref = REF(shapes[48].u.string.enum_values_ref, strings[1584]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [49] = { /* BucketAlreadyExists */
            .name_ref = REF(shapes[49].name_ref, strings[1602]),
            .u.structure.error_code_ref = REF(shapes[49].u.structure.error_code_ref, strings[1602]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_s3_bucket_already_exists),
            .u.structure.http_status = 409,
        },
        [50] = { /* BucketAlreadyOwnedByYou */
            .name_ref = REF(shapes[50].name_ref, strings[1622]),
            .u.structure.error_code_ref = REF(shapes[50].u.structure.error_code_ref, strings[1622]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_s3_bucket_already_owned_by_you),
            .u.structure.http_status = 409,
        },
        [51] = { /* BucketCannedACL */
            .name_ref = REF(shapes[51].name_ref, strings[1646]),
            .u.string.enum_values_ref = REF(shapes[51].u.string.enum_values_ref, strings[1662]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 4,
        },
        [52] = { /* BucketInfo */
            .name_ref = REF(shapes[52].name_ref, strings[1719]),
            .u.structure.members_ref = REF(shapes[52].u.structure.members_ref, members[49]),
            .u.structure.by_wire_name_ref = REF(shapes[52].u.structure.by_wire_name_ref, by_wire_name[49]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_bucket_info),
            .u.structure.member_count = 2,
        },
        [53] = { /* BucketKeyEnabled */
            .name_ref = REF(shapes[53].name_ref, strings[1750]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [54] = { /* BucketLifecycleConfiguration */
            .name_ref = REF(shapes[54].name_ref, strings[1767]),
            .u.structure.members_ref = REF(shapes[54].u.structure.members_ref, members[51]),
            .u.structure.by_wire_name_ref = REF(shapes[54].u.structure.by_wire_name_ref, by_wire_name[51]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_bucket_lifecycle_configuration),
            .u.structure.member_count = 1,
        },
        [55] = { /* BucketLocationConstraint */
            .name_ref = REF(shapes[55].name_ref, strings[1807]),
            .u.string.enum_values_ref = REF(shapes[55].u.string.enum_values_ref, strings[1832]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 38,
        },
        [56] = { /* BucketLocationName */
            .name_ref = REF(shapes[56].name_ref, strings[2294]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [57] = { /* BucketLoggingStatus */
            .name_ref = REF(shapes[57].name_ref, strings[2313]),
            .u.structure.members_ref = REF(shapes[57].u.structure.members_ref, members[52]),
            .u.structure.by_wire_name_ref = REF(shapes[57].u.structure.by_wire_name_ref, by_wire_name[52]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_bucket_logging_status),
            .u.structure.member_count = 1,
        },
        [58] = { /* BucketLogsPermission */
            .name_ref = REF(shapes[58].name_ref, strings[2348]),
            .u.string.enum_values_ref = REF(shapes[58].u.string.enum_values_ref, strings[2369]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [59] = { /* BucketName */
            .name_ref = REF(shapes[59].name_ref, strings[2393]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [60] = { /* BucketNamespace */
            .name_ref = REF(shapes[60].name_ref, strings[2404]),
            .u.string.enum_values_ref = REF(shapes[60].u.string.enum_values_ref, strings[2420]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [61] = { /* BucketRegion */
            .name_ref = REF(shapes[61].name_ref, strings[1504]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [62] = { /* BucketType */
            .name_ref = REF(shapes[62].name_ref, strings[2444]),
            .u.string.enum_values_ref = REF(shapes[62].u.string.enum_values_ref, strings[2455]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [63] = { /* BucketVersioningStatus */
            .name_ref = REF(shapes[63].name_ref, strings[2465]),
            .u.string.enum_values_ref = REF(shapes[63].u.string.enum_values_ref, strings[1584]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [64] = { /* Buckets */
            .name_ref = REF(shapes[64].name_ref, strings[2488]),
            .u.collection.item_ref = REF(shapes[64].u.collection.item_ref, shapes[46]),
            .u.collection.xml_refs_ref = REF(shapes[64].u.collection.xml_refs_ref, xml_refs[1]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_s3_buckets),
        },
        [65] = { /* BypassGovernanceRetention */
            .name_ref = REF(shapes[65].name_ref, strings[2496]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [66] = { /* BytesProcessed */
            .name_ref = REF(shapes[66].name_ref, strings[2522]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [67] = { /* BytesReturned */
            .name_ref = REF(shapes[67].name_ref, strings[2537]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [68] = { /* BytesScanned */
            .name_ref = REF(shapes[68].name_ref, strings[2551]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [69] = { /* CORSConfiguration */
            .name_ref = REF(shapes[69].name_ref, strings[2564]),
            .u.structure.members_ref = REF(shapes[69].u.structure.members_ref, members[53]),
            .u.structure.by_wire_name_ref = REF(shapes[69].u.structure.by_wire_name_ref, by_wire_name[53]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_cors_configuration),
            .u.structure.member_count = 1,
        },
        [70] = { /* CORSRule */
            .name_ref = REF(shapes[70].name_ref, strings[2601]),
            .u.structure.members_ref = REF(shapes[70].u.structure.members_ref, members[54]),
            .u.structure.by_wire_name_ref = REF(shapes[70].u.structure.by_wire_name_ref, by_wire_name[54]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_cors_rule),
            .u.structure.member_count = 6,
        },
        [71] = { /* CORSRules */
            .name_ref = REF(shapes[71].name_ref, strings[2741]),
            .u.collection.item_ref = REF(shapes[71].u.collection.item_ref, shapes[70]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_cors_rules),
        },
        [72] = { /* CSVInput */
            .name_ref = REF(shapes[72].name_ref, strings[2751]),
            .u.structure.members_ref = REF(shapes[72].u.structure.members_ref, members[60]),
            .u.structure.by_wire_name_ref = REF(shapes[72].u.structure.by_wire_name_ref, by_wire_name[60]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_csv_input),
            .u.structure.member_count = 7,
        },
        [73] = { /* CSVOutput */
            .name_ref = REF(shapes[73].name_ref, strings[2851]),
            .u.structure.members_ref = REF(shapes[73].u.structure.members_ref, members[67]),
            .u.structure.by_wire_name_ref = REF(shapes[73].u.structure.by_wire_name_ref, by_wire_name[67]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_csv_output),
            .u.structure.member_count = 5,
        },
        [74] = { /* CacheControl */
            .name_ref = REF(shapes[74].name_ref, strings[2873]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [75] = { /* Checksum */
            .name_ref = REF(shapes[75].name_ref, strings[2886]),
            .u.structure.members_ref = REF(shapes[75].u.structure.members_ref, members[72]),
            .u.structure.by_wire_name_ref = REF(shapes[75].u.structure.by_wire_name_ref, by_wire_name[72]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_checksum),
            .u.structure.member_count = 11,
        },
        [76] = { /* ChecksumAlgorithm */
            .name_ref = REF(shapes[76].name_ref, strings[1072]),
            .u.string.enum_values_ref = REF(shapes[76].u.string.enum_values_ref, strings[3061]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 10,
        },
        [77] = { /* ChecksumAlgorithmList */
            .name_ref = REF(shapes[77].name_ref, strings[3134]),
            .u.collection.item_ref = REF(shapes[77].u.collection.item_ref, shapes[76]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_event_list),
        },
        [78] = { /* ChecksumCRC32 */
            .name_ref = REF(shapes[78].name_ref, strings[2895]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [79] = { /* ChecksumCRC32C */
            .name_ref = REF(shapes[79].name_ref, strings[2909]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [80] = { /* ChecksumCRC64NVME */
            .name_ref = REF(shapes[80].name_ref, strings[2924]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [81] = { /* ChecksumMD5 */
            .name_ref = REF(shapes[81].name_ref, strings[2985]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [82] = { /* ChecksumMode */
            .name_ref = REF(shapes[82].name_ref, strings[3156]),
            .u.string.enum_values_ref = REF(shapes[82].u.string.enum_values_ref, strings[3169]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [83] = { /* ChecksumSHA1 */
            .name_ref = REF(shapes[83].name_ref, strings[2942]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [84] = { /* ChecksumSHA256 */
            .name_ref = REF(shapes[84].name_ref, strings[2955]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [85] = { /* ChecksumSHA512 */
            .name_ref = REF(shapes[85].name_ref, strings[2970]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [86] = { /* ChecksumType */
            .name_ref = REF(shapes[86].name_ref, strings[3048]),
            .u.string.enum_values_ref = REF(shapes[86].u.string.enum_values_ref, strings[3177]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [87] = { /* ChecksumXXHASH128 */
            .name_ref = REF(shapes[87].name_ref, strings[3030]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [88] = { /* ChecksumXXHASH3 */
            .name_ref = REF(shapes[88].name_ref, strings[3014]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [89] = { /* ChecksumXXHASH64 */
            .name_ref = REF(shapes[89].name_ref, strings[2997]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [90] = { /* ClientToken */
            .name_ref = REF(shapes[90].name_ref, strings[3199]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [91] = { /* CloudFunction */
            .name_ref = REF(shapes[91].name_ref, strings[3211]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [92] = { /* CloudFunctionConfiguration */
            .name_ref = REF(shapes[92].name_ref, strings[3225]),
            .u.structure.members_ref = REF(shapes[92].u.structure.members_ref, members[83]),
            .u.structure.by_wire_name_ref = REF(shapes[92].u.structure.by_wire_name_ref, by_wire_name[83]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_cloud_function_configuration),
            .u.structure.member_count = 5,
        },
        [93] = { /* CloudFunctionInvocationRole */
            .name_ref = REF(shapes[93].name_ref, strings[3286]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [94] = { /* Code */
            .name_ref = REF(shapes[94].name_ref, strings[3314]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [95] = { /* Comments */
            .name_ref = REF(shapes[95].name_ref, strings[2775]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [96] = { /* CommonPrefix */
            .name_ref = REF(shapes[96].name_ref, strings[3319]),
            .u.structure.members_ref = REF(shapes[96].u.structure.members_ref, members[88]),
            .u.structure.by_wire_name_ref = REF(shapes[96].u.structure.by_wire_name_ref, by_wire_name[88]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_common_prefix),
            .u.structure.member_count = 1,
        },
        [97] = { /* CommonPrefixList */
            .name_ref = REF(shapes[97].name_ref, strings[3332]),
            .u.collection.item_ref = REF(shapes[97].u.collection.item_ref, shapes[96]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_common_prefix_list),
        },
        [98] = { /* CompleteMultipartUploadOutput */
            .name_ref = REF(shapes[98].name_ref, strings[3349]),
            .u.structure.members_ref = REF(shapes[98].u.structure.members_ref, members[89]),
            .u.structure.by_wire_name_ref = REF(shapes[98].u.structure.by_wire_name_ref, by_wire_name[89]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_complete_multipart_upload_output),
            .u.structure.member_count = 21,
        },
        [99] = { /* CompleteMultipartUploadRequest */
            .name_ref = REF(shapes[99].name_ref, strings[3614]),
            .u.structure.members_ref = REF(shapes[99].u.structure.members_ref, members[110]),
            .u.structure.by_wire_name_ref = REF(shapes[99].u.structure.by_wire_name_ref, by_wire_name[110]),
            .u.structure.payload_ref = REF(shapes[99].u.structure.payload_ref, strings[4403]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_complete_multipart_upload_input),
            .u.structure.member_count = 23,
        },
        [100] = { /* CompletedMultipartUpload */
            .name_ref = REF(shapes[100].name_ref, strings[4419]),
            .u.structure.members_ref = REF(shapes[100].u.structure.members_ref, members[133]),
            .u.structure.by_wire_name_ref = REF(shapes[100].u.structure.by_wire_name_ref, by_wire_name[133]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_completed_multipart_upload),
            .u.structure.member_count = 1,
        },
        [101] = { /* CompletedPart */
            .name_ref = REF(shapes[101].name_ref, strings[4455]),
            .u.structure.members_ref = REF(shapes[101].u.structure.members_ref, members[134]),
            .u.structure.by_wire_name_ref = REF(shapes[101].u.structure.by_wire_name_ref, by_wire_name[134]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_completed_part),
            .u.structure.member_count = 12,
        },
        [102] = { /* CompletedPartList */
            .name_ref = REF(shapes[102].name_ref, strings[4480]),
            .u.collection.item_ref = REF(shapes[102].u.collection.item_ref, shapes[101]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_completed_part_list),
        },
        [103] = { /* CompressionType */
            .name_ref = REF(shapes[103].name_ref, strings[4498]),
            .u.string.enum_values_ref = REF(shapes[103].u.string.enum_values_ref, strings[4514]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [104] = { /* Condition */
            .name_ref = REF(shapes[104].name_ref, strings[4530]),
            .u.structure.members_ref = REF(shapes[104].u.structure.members_ref, members[146]),
            .u.structure.by_wire_name_ref = REF(shapes[104].u.structure.by_wire_name_ref, by_wire_name[146]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_condition),
            .u.structure.member_count = 2,
        },
        [105] = { /* ConfirmRemoveSelfBucketAccess */
            .name_ref = REF(shapes[105].name_ref, strings[4584]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [106] = { /* ContentDisposition */
            .name_ref = REF(shapes[106].name_ref, strings[4614]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [107] = { /* ContentEncoding */
            .name_ref = REF(shapes[107].name_ref, strings[4633]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [108] = { /* ContentLanguage */
            .name_ref = REF(shapes[108].name_ref, strings[4649]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [109] = { /* ContentLength */
            .name_ref = REF(shapes[109].name_ref, strings[4665]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [110] = { /* ContentMD5 */
            .name_ref = REF(shapes[110].name_ref, strings[4679]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [111] = { /* ContentRange */
            .name_ref = REF(shapes[111].name_ref, strings[4690]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [112] = { /* ContentType */
            .name_ref = REF(shapes[112].name_ref, strings[4703]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [113] = { /* ContinuationEvent */
            .name_ref = REF(shapes[113].name_ref, strings[4715]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EVENT,
            .size = sizeof(struct awsc_s3_continuation_event),
        },
        [114] = { /* CopyObjectOutput */
            .name_ref = REF(shapes[114].name_ref, strings[4733]),
            .u.structure.members_ref = REF(shapes[114].u.structure.members_ref, members[148]),
            .u.structure.by_wire_name_ref = REF(shapes[114].u.structure.by_wire_name_ref, by_wire_name[148]),
            .u.structure.payload_ref = REF(shapes[114].u.structure.payload_ref, strings[4750]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_copy_object_output),
            .u.structure.member_count = 11,
        },
        [115] = { /* CopyObjectRequest */
            .name_ref = REF(shapes[115].name_ref, strings[4877]),
            .u.structure.members_ref = REF(shapes[115].u.structure.members_ref, members[159]),
            .u.structure.by_wire_name_ref = REF(shapes[115].u.structure.by_wire_name_ref, by_wire_name[159]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_copy_object_input),
            .u.structure.member_count = 44,
        },
        [116] = { /* CopyObjectResult */
            .name_ref = REF(shapes[116].name_ref, strings[4750]),
            .u.structure.members_ref = REF(shapes[116].u.structure.members_ref, members[203]),
            .u.structure.by_wire_name_ref = REF(shapes[116].u.structure.by_wire_name_ref, by_wire_name[203]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_copy_object_result),
            .u.structure.member_count = 13,
        },
        [117] = { /* CopyPartResult */
            .name_ref = REF(shapes[117].name_ref, strings[6254]),
            .u.structure.members_ref = REF(shapes[117].u.structure.members_ref, members[216]),
            .u.structure.by_wire_name_ref = REF(shapes[117].u.structure.by_wire_name_ref, by_wire_name[216]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_copy_part_result),
            .u.structure.member_count = 12,
        },
        [118] = { /* CopySource */
            .name_ref = REF(shapes[118].name_ref, strings[6269]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [119] = { /* CopySourceIfMatch */
            .name_ref = REF(shapes[119].name_ref, strings[6280]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [120] = { /* CopySourceIfModifiedSince */
            .name_ref = REF(shapes[120].name_ref, strings[6298]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [121] = { /* CopySourceIfNoneMatch */
            .name_ref = REF(shapes[121].name_ref, strings[6324]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [122] = { /* CopySourceIfUnmodifiedSince */
            .name_ref = REF(shapes[122].name_ref, strings[6346]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [123] = { /* CopySourceRange */
            .name_ref = REF(shapes[123].name_ref, strings[6374]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [124] = { /* CopySourceSSECustomerAlgorithm */
            .name_ref = REF(shapes[124].name_ref, strings[6390]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [125] = { /* CopySourceSSECustomerKey */
            .name_ref = REF(shapes[125].name_ref, strings[6421]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [126] = { /* CopySourceSSECustomerKeyMD5 */
            .name_ref = REF(shapes[126].name_ref, strings[6446]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [127] = { /* CopySourceVersionId */
            .name_ref = REF(shapes[127].name_ref, strings[6474]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [128] = { /* CreateBucketConfiguration */
            .name_ref = REF(shapes[128].name_ref, strings[6494]),
            .u.structure.members_ref = REF(shapes[128].u.structure.members_ref, members[228]),
            .u.structure.by_wire_name_ref = REF(shapes[128].u.structure.by_wire_name_ref, by_wire_name[228]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_create_bucket_configuration),
            .u.structure.member_count = 4,
        },
        [129] = { /* CreateBucketMetadataConfigurationRequest */
            .name_ref = REF(shapes[129].name_ref, strings[6544]),
            .u.structure.members_ref = REF(shapes[129].u.structure.members_ref, members[232]),
            .u.structure.by_wire_name_ref = REF(shapes[129].u.structure.by_wire_name_ref, by_wire_name[232]),
            .u.structure.payload_ref = REF(shapes[129].u.structure.payload_ref, strings[6718]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_create_bucket_metadata_configuration_input),
            .u.structure.member_count = 5,
        },
        [130] = { /* CreateBucketMetadataTableConfigurationRequest */
            .name_ref = REF(shapes[130].name_ref, strings[6740]),
            .u.structure.members_ref = REF(shapes[130].u.structure.members_ref, members[237]),
            .u.structure.by_wire_name_ref = REF(shapes[130].u.structure.by_wire_name_ref, by_wire_name[237]),
            .u.structure.payload_ref = REF(shapes[130].u.structure.payload_ref, strings[6854]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_create_bucket_metadata_table_configuration_input),
            .u.structure.member_count = 5,
        },
        [131] = { /* CreateBucketOutput */
            .name_ref = REF(shapes[131].name_ref, strings[6881]),
            .u.structure.members_ref = REF(shapes[131].u.structure.members_ref, members[242]),
            .u.structure.by_wire_name_ref = REF(shapes[131].u.structure.by_wire_name_ref, by_wire_name[242]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_create_bucket_output),
            .u.structure.member_count = 2,
        },
        [132] = { /* CreateBucketRequest */
            .name_ref = REF(shapes[132].name_ref, strings[6927]),
            .u.structure.members_ref = REF(shapes[132].u.structure.members_ref, members[244]),
            .u.structure.by_wire_name_ref = REF(shapes[132].u.structure.by_wire_name_ref, by_wire_name[244]),
            .u.structure.payload_ref = REF(shapes[132].u.structure.payload_ref, strings[6494]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_create_bucket_input),
            .u.structure.member_count = 11,
        },
        [133] = { /* CreateMultipartUploadOutput */
            .name_ref = REF(shapes[133].name_ref, strings[7181]),
            .u.structure.members_ref = REF(shapes[133].u.structure.members_ref, members[255]),
            .u.structure.by_wire_name_ref = REF(shapes[133].u.structure.by_wire_name_ref, by_wire_name[255]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_create_multipart_upload_output),
            .u.structure.member_count = 14,
        },
        [134] = { /* CreateMultipartUploadRequest */
            .name_ref = REF(shapes[134].name_ref, strings[7277]),
            .u.structure.members_ref = REF(shapes[134].u.structure.members_ref, members[269]),
            .u.structure.by_wire_name_ref = REF(shapes[134].u.structure.by_wire_name_ref, by_wire_name[269]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_create_multipart_upload_input),
            .u.structure.member_count = 31,
        },
        [135] = { /* CreateSessionOutput */
            .name_ref = REF(shapes[135].name_ref, strings[7306]),
            .u.structure.members_ref = REF(shapes[135].u.structure.members_ref, members[300]),
            .u.structure.by_wire_name_ref = REF(shapes[135].u.structure.by_wire_name_ref, by_wire_name[300]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_create_session_output),
            .u.structure.member_count = 5,
        },
        [136] = { /* CreateSessionRequest */
            .name_ref = REF(shapes[136].name_ref, strings[7338]),
            .u.structure.members_ref = REF(shapes[136].u.structure.members_ref, members[305]),
            .u.structure.by_wire_name_ref = REF(shapes[136].u.structure.by_wire_name_ref, by_wire_name[305]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_create_session_input),
            .u.structure.member_count = 6,
        },
        [137] = { /* CreationDate */
            .name_ref = REF(shapes[137].name_ref, strings[1491]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [138] = { /* DataRedundancy */
            .name_ref = REF(shapes[138].name_ref, strings[1730]),
            .u.string.enum_values_ref = REF(shapes[138].u.string.enum_values_ref, strings[7397]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [139] = { /* Date */
            .name_ref = REF(shapes[139].name_ref, strings[7436]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .timestamp_format = AWSC_TSFMT_ISO8601,
            .size = sizeof(struct awsc_timestamp),
        },
        [140] = { /* Days */
            .name_ref = REF(shapes[140].name_ref, strings[7441]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [141] = { /* DaysAfterInitiation */
            .name_ref = REF(shapes[141].name_ref, strings[59]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [142] = { /* DefaultRetention */
            .name_ref = REF(shapes[142].name_ref, strings[7446]),
            .u.structure.members_ref = REF(shapes[142].u.structure.members_ref, members[311]),
            .u.structure.by_wire_name_ref = REF(shapes[142].u.structure.by_wire_name_ref, by_wire_name[311]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_default_retention),
            .u.structure.member_count = 3,
        },
        [143] = { /* Delete */
            .name_ref = REF(shapes[143].name_ref, strings[7474]),
            .u.structure.members_ref = REF(shapes[143].u.structure.members_ref, members[314]),
            .u.structure.by_wire_name_ref = REF(shapes[143].u.structure.by_wire_name_ref, by_wire_name[314]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete),
            .u.structure.member_count = 2,
        },
        [144] = { /* DeleteBucketAnalyticsConfigurationRequest */
            .name_ref = REF(shapes[144].name_ref, strings[7502]),
            .u.structure.members_ref = REF(shapes[144].u.structure.members_ref, members[316]),
            .u.structure.by_wire_name_ref = REF(shapes[144].u.structure.by_wire_name_ref, by_wire_name[316]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete_bucket_analytics_configuration_input),
            .u.structure.member_count = 3,
        },
        [145] = { /* DeleteBucketCorsRequest */
            .name_ref = REF(shapes[145].name_ref, strings[7550]),
            .u.structure.members_ref = REF(shapes[145].u.structure.members_ref, members[319]),
            .u.structure.by_wire_name_ref = REF(shapes[145].u.structure.by_wire_name_ref, by_wire_name[319]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete_bucket_cors_input),
            .u.structure.member_count = 2,
        },
        [146] = { /* DeleteBucketEncryptionRequest */
            .name_ref = REF(shapes[146].name_ref, strings[7574]),
            .u.structure.members_ref = REF(shapes[146].u.structure.members_ref, members[321]),
            .u.structure.by_wire_name_ref = REF(shapes[146].u.structure.by_wire_name_ref, by_wire_name[321]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete_bucket_encryption_input),
            .u.structure.member_count = 2,
        },
        [147] = { /* DeleteBucketIntelligentTieringConfigurationRequest */
            .name_ref = REF(shapes[147].name_ref, strings[7604]),
            .u.structure.members_ref = REF(shapes[147].u.structure.members_ref, members[323]),
            .u.structure.by_wire_name_ref = REF(shapes[147].u.structure.by_wire_name_ref, by_wire_name[323]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete_bucket_intelligent_tiering_configuration_input),
            .u.structure.member_count = 3,
        },
        [148] = { /* DeleteBucketInventoryConfigurationRequest */
            .name_ref = REF(shapes[148].name_ref, strings[7655]),
            .u.structure.members_ref = REF(shapes[148].u.structure.members_ref, members[326]),
            .u.structure.by_wire_name_ref = REF(shapes[148].u.structure.by_wire_name_ref, by_wire_name[326]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete_bucket_inventory_configuration_input),
            .u.structure.member_count = 3,
        },
        [149] = { /* DeleteBucketLifecycleRequest */
            .name_ref = REF(shapes[149].name_ref, strings[7697]),
            .u.structure.members_ref = REF(shapes[149].u.structure.members_ref, members[329]),
            .u.structure.by_wire_name_ref = REF(shapes[149].u.structure.by_wire_name_ref, by_wire_name[329]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete_bucket_lifecycle_input),
            .u.structure.member_count = 2,
        },
        [150] = { /* DeleteBucketMetadataConfigurationRequest */
            .name_ref = REF(shapes[150].name_ref, strings[7726]),
            .u.structure.members_ref = REF(shapes[150].u.structure.members_ref, members[331]),
            .u.structure.by_wire_name_ref = REF(shapes[150].u.structure.by_wire_name_ref, by_wire_name[331]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete_bucket_metadata_configuration_input),
            .u.structure.member_count = 2,
        },
        [151] = { /* DeleteBucketMetadataTableConfigurationRequest */
            .name_ref = REF(shapes[151].name_ref, strings[7767]),
            .u.structure.members_ref = REF(shapes[151].u.structure.members_ref, members[333]),
            .u.structure.by_wire_name_ref = REF(shapes[151].u.structure.by_wire_name_ref, by_wire_name[333]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete_bucket_metadata_table_configuration_input),
            .u.structure.member_count = 2,
        },
        [152] = { /* DeleteBucketMetricsConfigurationRequest */
            .name_ref = REF(shapes[152].name_ref, strings[7813]),
            .u.structure.members_ref = REF(shapes[152].u.structure.members_ref, members[335]),
            .u.structure.by_wire_name_ref = REF(shapes[152].u.structure.by_wire_name_ref, by_wire_name[335]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete_bucket_metrics_configuration_input),
            .u.structure.member_count = 3,
        },
        [153] = { /* DeleteBucketOwnershipControlsRequest */
            .name_ref = REF(shapes[153].name_ref, strings[7853]),
            .u.structure.members_ref = REF(shapes[153].u.structure.members_ref, members[338]),
            .u.structure.by_wire_name_ref = REF(shapes[153].u.structure.by_wire_name_ref, by_wire_name[338]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete_bucket_ownership_controls_input),
            .u.structure.member_count = 2,
        },
        [154] = { /* DeleteBucketPolicyRequest */
            .name_ref = REF(shapes[154].name_ref, strings[7890]),
            .u.structure.members_ref = REF(shapes[154].u.structure.members_ref, members[340]),
            .u.structure.by_wire_name_ref = REF(shapes[154].u.structure.by_wire_name_ref, by_wire_name[340]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete_bucket_policy_input),
            .u.structure.member_count = 2,
        },
        [155] = { /* DeleteBucketReplicationRequest */
            .name_ref = REF(shapes[155].name_ref, strings[7916]),
            .u.structure.members_ref = REF(shapes[155].u.structure.members_ref, members[342]),
            .u.structure.by_wire_name_ref = REF(shapes[155].u.structure.by_wire_name_ref, by_wire_name[342]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete_bucket_replication_input),
            .u.structure.member_count = 2,
        },
        [156] = { /* DeleteBucketRequest */
            .name_ref = REF(shapes[156].name_ref, strings[7947]),
            .u.structure.members_ref = REF(shapes[156].u.structure.members_ref, members[344]),
            .u.structure.by_wire_name_ref = REF(shapes[156].u.structure.by_wire_name_ref, by_wire_name[344]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete_bucket_input),
            .u.structure.member_count = 2,
        },
        [157] = { /* DeleteBucketTaggingRequest */
            .name_ref = REF(shapes[157].name_ref, strings[7967]),
            .u.structure.members_ref = REF(shapes[157].u.structure.members_ref, members[346]),
            .u.structure.by_wire_name_ref = REF(shapes[157].u.structure.by_wire_name_ref, by_wire_name[346]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete_bucket_tagging_input),
            .u.structure.member_count = 2,
        },
        [158] = { /* DeleteBucketWebsiteRequest */
            .name_ref = REF(shapes[158].name_ref, strings[7994]),
            .u.structure.members_ref = REF(shapes[158].u.structure.members_ref, members[348]),
            .u.structure.by_wire_name_ref = REF(shapes[158].u.structure.by_wire_name_ref, by_wire_name[348]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete_bucket_website_input),
            .u.structure.member_count = 2,
        },
        [159] = { /* DeleteMarker */
            .name_ref = REF(shapes[159].name_ref, strings[8021]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [160] = { /* DeleteMarkerEntry */
            .name_ref = REF(shapes[160].name_ref, strings[8034]),
            .u.structure.members_ref = REF(shapes[160].u.structure.members_ref, members[350]),
            .u.structure.by_wire_name_ref = REF(shapes[160].u.structure.by_wire_name_ref, by_wire_name[350]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete_marker_entry),
            .u.structure.member_count = 5,
        },
        [161] = { /* DeleteMarkerReplication */
            .name_ref = REF(shapes[161].name_ref, strings[8071]),
            .u.structure.members_ref = REF(shapes[161].u.structure.members_ref, members[355]),
            .u.structure.by_wire_name_ref = REF(shapes[161].u.structure.by_wire_name_ref, by_wire_name[355]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete_marker_replication),
            .u.structure.member_count = 1,
        },
        [162] = { /* DeleteMarkerReplicationStatus */
            .name_ref = REF(shapes[162].name_ref, strings[8095]),
            .u.string.enum_values_ref = REF(shapes[162].u.string.enum_values_ref, strings[1544]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [163] = { /* DeleteMarkerVersionId */
            .name_ref = REF(shapes[163].name_ref, strings[8125]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [164] = { /* DeleteMarkers */
            .name_ref = REF(shapes[164].name_ref, strings[8147]),
            .u.collection.item_ref = REF(shapes[164].u.collection.item_ref, shapes[160]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_delete_markers),
        },
        [165] = { /* DeleteObjectAnnotationOutput */
            .name_ref = REF(shapes[165].name_ref, strings[8161]),
            .u.structure.members_ref = REF(shapes[165].u.structure.members_ref, members[356]),
            .u.structure.by_wire_name_ref = REF(shapes[165].u.structure.by_wire_name_ref, by_wire_name[356]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete_object_annotation_output),
            .u.structure.member_count = 2,
        },
        [166] = { /* DeleteObjectAnnotationRequest */
            .name_ref = REF(shapes[166].name_ref, strings[8230]),
            .u.structure.members_ref = REF(shapes[166].u.structure.members_ref, members[358]),
            .u.structure.by_wire_name_ref = REF(shapes[166].u.structure.by_wire_name_ref, by_wire_name[358]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete_object_annotation_input),
            .u.structure.member_count = 7,
        },
        [167] = { /* DeleteObjectOutput */
            .name_ref = REF(shapes[167].name_ref, strings[8346]),
            .u.structure.members_ref = REF(shapes[167].u.structure.members_ref, members[365]),
            .u.structure.by_wire_name_ref = REF(shapes[167].u.structure.by_wire_name_ref, by_wire_name[365]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete_object_output),
            .u.structure.member_count = 3,
        },
        [168] = { /* DeleteObjectRequest */
            .name_ref = REF(shapes[168].name_ref, strings[8398]),
            .u.structure.members_ref = REF(shapes[168].u.structure.members_ref, members[368]),
            .u.structure.by_wire_name_ref = REF(shapes[168].u.structure.by_wire_name_ref, by_wire_name[368]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete_object_input),
            .u.structure.member_count = 10,
        },
        [169] = { /* DeleteObjectTaggingOutput */
            .name_ref = REF(shapes[169].name_ref, strings[8582]),
            .u.structure.members_ref = REF(shapes[169].u.structure.members_ref, members[378]),
            .u.structure.by_wire_name_ref = REF(shapes[169].u.structure.by_wire_name_ref, by_wire_name[378]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete_object_tagging_output),
            .u.structure.member_count = 1,
        },
        [170] = { /* DeleteObjectTaggingRequest */
            .name_ref = REF(shapes[170].name_ref, strings[8608]),
            .u.structure.members_ref = REF(shapes[170].u.structure.members_ref, members[379]),
            .u.structure.by_wire_name_ref = REF(shapes[170].u.structure.by_wire_name_ref, by_wire_name[379]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete_object_tagging_input),
            .u.structure.member_count = 4,
        },
        [171] = { /* DeleteObjectsOutput */
            .name_ref = REF(shapes[171].name_ref, strings[8635]),
            .u.structure.members_ref = REF(shapes[171].u.structure.members_ref, members[383]),
            .u.structure.by_wire_name_ref = REF(shapes[171].u.structure.by_wire_name_ref, by_wire_name[383]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete_objects_output),
            .u.structure.member_count = 3,
        },
        [172] = { /* DeleteObjectsRequest */
            .name_ref = REF(shapes[172].name_ref, strings[8676]),
            .u.structure.members_ref = REF(shapes[172].u.structure.members_ref, members[386]),
            .u.structure.by_wire_name_ref = REF(shapes[172].u.structure.by_wire_name_ref, by_wire_name[386]),
            .u.structure.payload_ref = REF(shapes[172].u.structure.payload_ref, strings[7474]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete_objects_input),
            .u.structure.member_count = 7,
        },
        [173] = { /* DeletePublicAccessBlockRequest */
            .name_ref = REF(shapes[173].name_ref, strings[8745]),
            .u.structure.members_ref = REF(shapes[173].u.structure.members_ref, members[393]),
            .u.structure.by_wire_name_ref = REF(shapes[173].u.structure.by_wire_name_ref, by_wire_name[393]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_delete_public_access_block_input),
            .u.structure.member_count = 2,
        },
        [174] = { /* DeletedObject */
            .name_ref = REF(shapes[174].name_ref, strings[8776]),
            .u.structure.members_ref = REF(shapes[174].u.structure.members_ref, members[395]),
            .u.structure.by_wire_name_ref = REF(shapes[174].u.structure.by_wire_name_ref, by_wire_name[395]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_deleted_object),
            .u.structure.member_count = 4,
        },
        [175] = { /* DeletedObjects */
            .name_ref = REF(shapes[175].name_ref, strings[8790]),
            .u.collection.item_ref = REF(shapes[175].u.collection.item_ref, shapes[174]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_deleted_objects),
        },
        [176] = { /* Delimiter */
            .name_ref = REF(shapes[176].name_ref, strings[8805]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [177] = { /* Description */
            .name_ref = REF(shapes[177].name_ref, strings[8815]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [178] = { /* Destination */
            .name_ref = REF(shapes[178].name_ref, strings[8827]),
            .u.structure.members_ref = REF(shapes[178].u.structure.members_ref, members[399]),
            .u.structure.by_wire_name_ref = REF(shapes[178].u.structure.by_wire_name_ref, by_wire_name[399]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_destination),
            .u.structure.member_count = 7,
        },
        [179] = { /* DestinationResult */
            .name_ref = REF(shapes[179].name_ref, strings[8884]),
            .u.structure.members_ref = REF(shapes[179].u.structure.members_ref, members[406]),
            .u.structure.by_wire_name_ref = REF(shapes[179].u.structure.by_wire_name_ref, by_wire_name[406]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_destination_result),
            .u.structure.member_count = 3,
        },
        [180] = { /* DirectoryBucketToken */
            .name_ref = REF(shapes[180].name_ref, strings[8948]),
            .range_ref = REF(shapes[180].range_ref, ranges[0]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [181] = { /* DisplayName */
            .name_ref = REF(shapes[181].name_ref, strings[8969]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [182] = { /* ETag */
            .name_ref = REF(shapes[182].name_ref, strings[1067]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [183] = { /* EmailAddress */
            .name_ref = REF(shapes[183].name_ref, strings[8981]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [184] = { /* EnableRequestProgress */
            .name_ref = REF(shapes[184].name_ref, strings[8994]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [185] = { /* EncodingType */
            .name_ref = REF(shapes[185].name_ref, strings[9016]),
            .u.string.enum_values_ref = REF(shapes[185].u.string.enum_values_ref, strings[9029]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [186] = { /* Encryption */
            .name_ref = REF(shapes[186].name_ref, strings[9033]),
            .u.structure.members_ref = REF(shapes[186].u.structure.members_ref, members[409]),
            .u.structure.by_wire_name_ref = REF(shapes[186].u.structure.by_wire_name_ref, by_wire_name[409]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_encryption),
            .u.structure.member_count = 3,
        },
        [187] = { /* EncryptionConfiguration */
            .name_ref = REF(shapes[187].name_ref, strings[1257]),
            .u.structure.members_ref = REF(shapes[187].u.structure.members_ref, members[412]),
            .u.structure.by_wire_name_ref = REF(shapes[187].u.structure.by_wire_name_ref, by_wire_name[412]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_encryption_configuration),
            .u.structure.member_count = 1,
        },
        [188] = { /* EncryptionType */
            .name_ref = REF(shapes[188].name_ref, strings[1466]),
            .u.string.enum_values_ref = REF(shapes[188].u.string.enum_values_ref, strings[9080]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [189] = { /* EncryptionTypeList */
            .name_ref = REF(shapes[189].name_ref, strings[9091]),
            .u.collection.item_ref = REF(shapes[189].u.collection.item_ref, shapes[188]),
            .u.collection.xml_refs_ref = REF(shapes[189].u.collection.xml_refs_ref, xml_refs[2]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_event_list),
        },
        [190] = { /* EncryptionTypeMismatch */
            .name_ref = REF(shapes[190].name_ref, strings[9110]),
            .u.structure.error_code_ref = REF(shapes[190].u.structure.error_code_ref, strings[9110]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_s3_encryption_type_mismatch),
            .u.structure.http_status = 400,
        },
        [191] = { /* End */
            .name_ref = REF(shapes[191].name_ref, strings[9133]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [192] = { /* EndEvent */
            .name_ref = REF(shapes[192].name_ref, strings[9137]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EVENT,
            .size = sizeof(struct awsc_s3_end_event),
        },
        [193] = { /* Error */
            .name_ref = REF(shapes[193].name_ref, strings[1333]),
            .u.structure.members_ref = REF(shapes[193].u.structure.members_ref, members[413]),
            .u.structure.by_wire_name_ref = REF(shapes[193].u.structure.by_wire_name_ref, by_wire_name[413]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_error),
            .u.structure.member_count = 4,
        },
        [194] = { /* ErrorCode */
            .name_ref = REF(shapes[194].name_ref, strings[9154]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [195] = { /* ErrorDetails */
            .name_ref = REF(shapes[195].name_ref, strings[9164]),
            .u.structure.members_ref = REF(shapes[195].u.structure.members_ref, members[417]),
            .u.structure.by_wire_name_ref = REF(shapes[195].u.structure.by_wire_name_ref, by_wire_name[417]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_error_details),
            .u.structure.member_count = 2,
        },
        [196] = { /* ErrorDocument */
            .name_ref = REF(shapes[196].name_ref, strings[9190]),
            .u.structure.members_ref = REF(shapes[196].u.structure.members_ref, members[419]),
            .u.structure.by_wire_name_ref = REF(shapes[196].u.structure.by_wire_name_ref, by_wire_name[419]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_error_document),
            .u.structure.member_count = 1,
        },
        [197] = { /* ErrorMessage */
            .name_ref = REF(shapes[197].name_ref, strings[9177]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [198] = { /* Errors */
            .name_ref = REF(shapes[198].name_ref, strings[9204]),
            .u.collection.item_ref = REF(shapes[198].u.collection.item_ref, shapes[193]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_errors),
        },
        [199] = { /* Event */
            .name_ref = REF(shapes[199].name_ref, strings[3252]),
            .u.string.enum_values_ref = REF(shapes[199].u.string.enum_values_ref, strings[9211]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 30,
        },
        [200] = { /* EventBridgeConfiguration */
            .name_ref = REF(shapes[200].name_ref, strings[10019]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_event_bridge_configuration),
        },
        [201] = { /* EventList */
            .name_ref = REF(shapes[201].name_ref, strings[10044]),
            .u.collection.item_ref = REF(shapes[201].u.collection.item_ref, shapes[199]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_event_list),
        },
        [202] = { /* ExistingObjectReplication */
            .name_ref = REF(shapes[202].name_ref, strings[10054]),
            .u.structure.members_ref = REF(shapes[202].u.structure.members_ref, members[420]),
            .u.structure.by_wire_name_ref = REF(shapes[202].u.structure.by_wire_name_ref, by_wire_name[420]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_existing_object_replication),
            .u.structure.member_count = 1,
        },
        [203] = { /* ExistingObjectReplicationStatus */
            .name_ref = REF(shapes[203].name_ref, strings[10080]),
            .u.string.enum_values_ref = REF(shapes[203].u.string.enum_values_ref, strings[1544]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [204] = { /* Expiration */
            .name_ref = REF(shapes[204].name_ref, strings[10112]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [205] = { /* ExpirationState */
            .name_ref = REF(shapes[205].name_ref, strings[10123]),
            .u.string.enum_values_ref = REF(shapes[205].u.string.enum_values_ref, strings[957]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [206] = { /* ExpirationStatus */
            .name_ref = REF(shapes[206].name_ref, strings[10139]),
            .u.string.enum_values_ref = REF(shapes[206].u.string.enum_values_ref, strings[1544]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [207] = { /* ExpiredObjectDeleteMarker */
            .name_ref = REF(shapes[207].name_ref, strings[10156]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [208] = { /* Expires */
            .name_ref = REF(shapes[208].name_ref, strings[5365]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [209] = { /* ExposeHeader */
            .name_ref = REF(shapes[209].name_ref, strings[10182]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [210] = { /* ExposeHeaders */
            .name_ref = REF(shapes[210].name_ref, strings[10195]),
            .u.collection.item_ref = REF(shapes[210].u.collection.item_ref, shapes[209]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_event_list),
        },
        [211] = { /* Expression */
            .name_ref = REF(shapes[211].name_ref, strings[10209]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [212] = { /* ExpressionType */
            .name_ref = REF(shapes[212].name_ref, strings[10220]),
            .u.string.enum_values_ref = REF(shapes[212].u.string.enum_values_ref, strings[10235]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [213] = { /* FetchOwner */
            .name_ref = REF(shapes[213].name_ref, strings[10239]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [214] = { /* FieldDelimiter */
            .name_ref = REF(shapes[214].name_ref, strings[2821]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [215] = { /* FileHeaderInfo */
            .name_ref = REF(shapes[215].name_ref, strings[2760]),
            .u.string.enum_values_ref = REF(shapes[215].u.string.enum_values_ref, strings[10250]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [216] = { /* FilterRule */
            .name_ref = REF(shapes[216].name_ref, strings[10266]),
            .u.structure.members_ref = REF(shapes[216].u.structure.members_ref, members[421]),
            .u.structure.by_wire_name_ref = REF(shapes[216].u.structure.by_wire_name_ref, by_wire_name[421]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_filter_rule),
            .u.structure.member_count = 2,
        },
        [217] = { /* FilterRuleList */
            .name_ref = REF(shapes[217].name_ref, strings[10283]),
            .u.collection.item_ref = REF(shapes[217].u.collection.item_ref, shapes[216]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_filter_rule_list),
        },
        [218] = { /* FilterRuleName */
            .name_ref = REF(shapes[218].name_ref, strings[10298]),
            .u.string.enum_values_ref = REF(shapes[218].u.string.enum_values_ref, strings[10313]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [219] = { /* FilterRuleValue */
            .name_ref = REF(shapes[219].name_ref, strings[10327]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [220] = { /* GetBucketAbacOutput */
            .name_ref = REF(shapes[220].name_ref, strings[10343]),
            .u.structure.members_ref = REF(shapes[220].u.structure.members_ref, members[423]),
            .u.structure.by_wire_name_ref = REF(shapes[220].u.structure.by_wire_name_ref, by_wire_name[423]),
            .u.structure.payload_ref = REF(shapes[220].u.structure.payload_ref, strings[0]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_abac_output),
            .u.structure.member_count = 1,
        },
        [221] = { /* GetBucketAbacRequest */
            .name_ref = REF(shapes[221].name_ref, strings[10363]),
            .u.structure.members_ref = REF(shapes[221].u.structure.members_ref, members[424]),
            .u.structure.by_wire_name_ref = REF(shapes[221].u.structure.by_wire_name_ref, by_wire_name[424]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_abac_input),
            .u.structure.member_count = 2,
        },
        [222] = { /* GetBucketAccelerateConfigurationOutput */
            .name_ref = REF(shapes[222].name_ref, strings[10384]),
            .u.structure.members_ref = REF(shapes[222].u.structure.members_ref, members[426]),
            .u.structure.by_wire_name_ref = REF(shapes[222].u.structure.by_wire_name_ref, by_wire_name[426]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_accelerate_configuration_output),
            .u.structure.member_count = 2,
        },
        [223] = { /* GetBucketAccelerateConfigurationRequest */
            .name_ref = REF(shapes[223].name_ref, strings[10423]),
            .u.structure.members_ref = REF(shapes[223].u.structure.members_ref, members[428]),
            .u.structure.by_wire_name_ref = REF(shapes[223].u.structure.by_wire_name_ref, by_wire_name[428]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_accelerate_configuration_input),
            .u.structure.member_count = 3,
        },
        [224] = { /* GetBucketAclOutput */
            .name_ref = REF(shapes[224].name_ref, strings[10463]),
            .u.structure.members_ref = REF(shapes[224].u.structure.members_ref, members[431]),
            .u.structure.by_wire_name_ref = REF(shapes[224].u.structure.by_wire_name_ref, by_wire_name[431]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_acl_output),
            .u.structure.member_count = 2,
        },
        [225] = { /* GetBucketAclRequest */
            .name_ref = REF(shapes[225].name_ref, strings[10482]),
            .u.structure.members_ref = REF(shapes[225].u.structure.members_ref, members[433]),
            .u.structure.by_wire_name_ref = REF(shapes[225].u.structure.by_wire_name_ref, by_wire_name[433]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_acl_input),
            .u.structure.member_count = 2,
        },
        [226] = { /* GetBucketAnalyticsConfigurationOutput */
            .name_ref = REF(shapes[226].name_ref, strings[10502]),
            .u.structure.members_ref = REF(shapes[226].u.structure.members_ref, members[435]),
            .u.structure.by_wire_name_ref = REF(shapes[226].u.structure.by_wire_name_ref, by_wire_name[435]),
            .u.structure.payload_ref = REF(shapes[226].u.structure.payload_ref, strings[680]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_analytics_configuration_output),
            .u.structure.member_count = 1,
        },
        [227] = { /* GetBucketAnalyticsConfigurationRequest */
            .name_ref = REF(shapes[227].name_ref, strings[10540]),
            .u.structure.members_ref = REF(shapes[227].u.structure.members_ref, members[436]),
            .u.structure.by_wire_name_ref = REF(shapes[227].u.structure.by_wire_name_ref, by_wire_name[436]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_analytics_configuration_input),
            .u.structure.member_count = 3,
        },
        [228] = { /* GetBucketCorsOutput */
            .name_ref = REF(shapes[228].name_ref, strings[10579]),
            .u.structure.members_ref = REF(shapes[228].u.structure.members_ref, members[439]),
            .u.structure.by_wire_name_ref = REF(shapes[228].u.structure.by_wire_name_ref, by_wire_name[439]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_cors_output),
            .u.structure.member_count = 1,
        },
        [229] = { /* GetBucketCorsRequest */
            .name_ref = REF(shapes[229].name_ref, strings[10599]),
            .u.structure.members_ref = REF(shapes[229].u.structure.members_ref, members[440]),
            .u.structure.by_wire_name_ref = REF(shapes[229].u.structure.by_wire_name_ref, by_wire_name[440]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_cors_input),
            .u.structure.member_count = 2,
        },
        [230] = { /* GetBucketEncryptionOutput */
            .name_ref = REF(shapes[230].name_ref, strings[10620]),
            .u.structure.members_ref = REF(shapes[230].u.structure.members_ref, members[442]),
            .u.structure.by_wire_name_ref = REF(shapes[230].u.structure.by_wire_name_ref, by_wire_name[442]),
            .u.structure.payload_ref = REF(shapes[230].u.structure.payload_ref, strings[10646]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_encryption_output),
            .u.structure.member_count = 1,
        },
        [231] = { /* GetBucketEncryptionRequest */
            .name_ref = REF(shapes[231].name_ref, strings[10680]),
            .u.structure.members_ref = REF(shapes[231].u.structure.members_ref, members[443]),
            .u.structure.by_wire_name_ref = REF(shapes[231].u.structure.by_wire_name_ref, by_wire_name[443]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_encryption_input),
            .u.structure.member_count = 2,
        },
        [232] = { /* GetBucketIntelligentTieringConfigurationOutput */
            .name_ref = REF(shapes[232].name_ref, strings[10707]),
            .u.structure.members_ref = REF(shapes[232].u.structure.members_ref, members[445]),
            .u.structure.by_wire_name_ref = REF(shapes[232].u.structure.by_wire_name_ref, by_wire_name[445]),
            .u.structure.payload_ref = REF(shapes[232].u.structure.payload_ref, strings[10754]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_intelligent_tiering_configuration_output),
            .u.structure.member_count = 1,
        },
        [233] = { /* GetBucketIntelligentTieringConfigurationRequest */
            .name_ref = REF(shapes[233].name_ref, strings[10786]),
            .u.structure.members_ref = REF(shapes[233].u.structure.members_ref, members[446]),
            .u.structure.by_wire_name_ref = REF(shapes[233].u.structure.by_wire_name_ref, by_wire_name[446]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_intelligent_tiering_configuration_input),
            .u.structure.member_count = 3,
        },
        [234] = { /* GetBucketInventoryConfigurationOutput */
            .name_ref = REF(shapes[234].name_ref, strings[10834]),
            .u.structure.members_ref = REF(shapes[234].u.structure.members_ref, members[449]),
            .u.structure.by_wire_name_ref = REF(shapes[234].u.structure.by_wire_name_ref, by_wire_name[449]),
            .u.structure.payload_ref = REF(shapes[234].u.structure.payload_ref, strings[10872]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_inventory_configuration_output),
            .u.structure.member_count = 1,
        },
        [235] = { /* GetBucketInventoryConfigurationRequest */
            .name_ref = REF(shapes[235].name_ref, strings[10895]),
            .u.structure.members_ref = REF(shapes[235].u.structure.members_ref, members[450]),
            .u.structure.by_wire_name_ref = REF(shapes[235].u.structure.by_wire_name_ref, by_wire_name[450]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_inventory_configuration_input),
            .u.structure.member_count = 3,
        },
        [236] = { /* GetBucketLifecycleConfigurationOutput */
            .name_ref = REF(shapes[236].name_ref, strings[10934]),
            .u.structure.members_ref = REF(shapes[236].u.structure.members_ref, members[453]),
            .u.structure.by_wire_name_ref = REF(shapes[236].u.structure.by_wire_name_ref, by_wire_name[453]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_lifecycle_configuration_output),
            .u.structure.member_count = 2,
        },
        [237] = { /* GetBucketLifecycleConfigurationRequest */
            .name_ref = REF(shapes[237].name_ref, strings[11052]),
            .u.structure.members_ref = REF(shapes[237].u.structure.members_ref, members[455]),
            .u.structure.by_wire_name_ref = REF(shapes[237].u.structure.by_wire_name_ref, by_wire_name[455]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_lifecycle_configuration_input),
            .u.structure.member_count = 2,
        },
        [238] = { /* GetBucketLifecycleOutput */
            .name_ref = REF(shapes[238].name_ref, strings[11091]),
            .u.structure.members_ref = REF(shapes[238].u.structure.members_ref, members[457]),
            .u.structure.by_wire_name_ref = REF(shapes[238].u.structure.by_wire_name_ref, by_wire_name[457]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_lifecycle_output),
            .u.structure.member_count = 1,
        },
        [239] = { /* GetBucketLifecycleRequest */
            .name_ref = REF(shapes[239].name_ref, strings[11116]),
            .u.structure.members_ref = REF(shapes[239].u.structure.members_ref, members[458]),
            .u.structure.by_wire_name_ref = REF(shapes[239].u.structure.by_wire_name_ref, by_wire_name[458]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_lifecycle_input),
            .u.structure.member_count = 2,
        },
        [240] = { /* GetBucketLocationOutput */
            .name_ref = REF(shapes[240].name_ref, strings[11142]),
            .u.structure.members_ref = REF(shapes[240].u.structure.members_ref, members[460]),
            .u.structure.by_wire_name_ref = REF(shapes[240].u.structure.by_wire_name_ref, by_wire_name[460]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_location_output),
            .u.structure.member_count = 1,
        },
        [241] = { /* GetBucketLocationRequest */
            .name_ref = REF(shapes[241].name_ref, strings[11166]),
            .u.structure.members_ref = REF(shapes[241].u.structure.members_ref, members[461]),
            .u.structure.by_wire_name_ref = REF(shapes[241].u.structure.by_wire_name_ref, by_wire_name[461]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_location_input),
            .u.structure.member_count = 2,
        },
        [242] = { /* GetBucketLoggingOutput */
            .name_ref = REF(shapes[242].name_ref, strings[11191]),
            .u.structure.members_ref = REF(shapes[242].u.structure.members_ref, members[463]),
            .u.structure.by_wire_name_ref = REF(shapes[242].u.structure.by_wire_name_ref, by_wire_name[463]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_logging_output),
            .u.structure.member_count = 1,
        },
        [243] = { /* GetBucketLoggingRequest */
            .name_ref = REF(shapes[243].name_ref, strings[11214]),
            .u.structure.members_ref = REF(shapes[243].u.structure.members_ref, members[464]),
            .u.structure.by_wire_name_ref = REF(shapes[243].u.structure.by_wire_name_ref, by_wire_name[464]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_logging_input),
            .u.structure.member_count = 2,
        },
        [244] = { /* GetBucketMetadataConfigurationOutput */
            .name_ref = REF(shapes[244].name_ref, strings[11238]),
            .u.structure.members_ref = REF(shapes[244].u.structure.members_ref, members[466]),
            .u.structure.by_wire_name_ref = REF(shapes[244].u.structure.by_wire_name_ref, by_wire_name[466]),
            .u.structure.payload_ref = REF(shapes[244].u.structure.payload_ref, strings[11275]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_metadata_configuration_output),
            .u.structure.member_count = 1,
        },
        [245] = { /* GetBucketMetadataConfigurationRequest */
            .name_ref = REF(shapes[245].name_ref, strings[11312]),
            .u.structure.members_ref = REF(shapes[245].u.structure.members_ref, members[467]),
            .u.structure.by_wire_name_ref = REF(shapes[245].u.structure.by_wire_name_ref, by_wire_name[467]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_metadata_configuration_input),
            .u.structure.member_count = 2,
        },
        [246] = { /* GetBucketMetadataConfigurationResult */
            .name_ref = REF(shapes[246].name_ref, strings[11275]),
            .u.structure.members_ref = REF(shapes[246].u.structure.members_ref, members[469]),
            .u.structure.by_wire_name_ref = REF(shapes[246].u.structure.by_wire_name_ref, by_wire_name[469]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_metadata_configuration_result),
            .u.structure.member_count = 1,
        },
        [247] = { /* GetBucketMetadataTableConfigurationOutput */
            .name_ref = REF(shapes[247].name_ref, strings[11378]),
            .u.structure.members_ref = REF(shapes[247].u.structure.members_ref, members[470]),
            .u.structure.by_wire_name_ref = REF(shapes[247].u.structure.by_wire_name_ref, by_wire_name[470]),
            .u.structure.payload_ref = REF(shapes[247].u.structure.payload_ref, strings[11420]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_metadata_table_configuration_output),
            .u.structure.member_count = 1,
        },
        [248] = { /* GetBucketMetadataTableConfigurationRequest */
            .name_ref = REF(shapes[248].name_ref, strings[11462]),
            .u.structure.members_ref = REF(shapes[248].u.structure.members_ref, members[471]),
            .u.structure.by_wire_name_ref = REF(shapes[248].u.structure.by_wire_name_ref, by_wire_name[471]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_metadata_table_configuration_input),
            .u.structure.member_count = 2,
        },
        [249] = { /* GetBucketMetadataTableConfigurationResult */
            .name_ref = REF(shapes[249].name_ref, strings[11420]),
            .u.structure.members_ref = REF(shapes[249].u.structure.members_ref, members[473]),
            .u.structure.by_wire_name_ref = REF(shapes[249].u.structure.by_wire_name_ref, by_wire_name[473]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_metadata_table_configuration_result),
            .u.structure.member_count = 3,
        },
        [250] = { /* GetBucketMetricsConfigurationOutput */
            .name_ref = REF(shapes[250].name_ref, strings[11538]),
            .u.structure.members_ref = REF(shapes[250].u.structure.members_ref, members[476]),
            .u.structure.by_wire_name_ref = REF(shapes[250].u.structure.by_wire_name_ref, by_wire_name[476]),
            .u.structure.payload_ref = REF(shapes[250].u.structure.payload_ref, strings[11574]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_metrics_configuration_output),
            .u.structure.member_count = 1,
        },
        [251] = { /* GetBucketMetricsConfigurationRequest */
            .name_ref = REF(shapes[251].name_ref, strings[11595]),
            .u.structure.members_ref = REF(shapes[251].u.structure.members_ref, members[477]),
            .u.structure.by_wire_name_ref = REF(shapes[251].u.structure.by_wire_name_ref, by_wire_name[477]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_metrics_configuration_input),
            .u.structure.member_count = 3,
        },
        [252] = { /* GetBucketNotificationConfigurationRequest */
            .name_ref = REF(shapes[252].name_ref, strings[11632]),
            .u.structure.members_ref = REF(shapes[252].u.structure.members_ref, members[480]),
            .u.structure.by_wire_name_ref = REF(shapes[252].u.structure.by_wire_name_ref, by_wire_name[480]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_notification_configuration_request),
            .u.structure.member_count = 2,
        },
        [253] = { /* GetBucketOwnershipControlsOutput */
            .name_ref = REF(shapes[253].name_ref, strings[11674]),
            .u.structure.members_ref = REF(shapes[253].u.structure.members_ref, members[482]),
            .u.structure.by_wire_name_ref = REF(shapes[253].u.structure.by_wire_name_ref, by_wire_name[482]),
            .u.structure.payload_ref = REF(shapes[253].u.structure.payload_ref, strings[11707]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_ownership_controls_output),
            .u.structure.member_count = 1,
        },
        [254] = { /* GetBucketOwnershipControlsRequest */
            .name_ref = REF(shapes[254].name_ref, strings[11725]),
            .u.structure.members_ref = REF(shapes[254].u.structure.members_ref, members[483]),
            .u.structure.by_wire_name_ref = REF(shapes[254].u.structure.by_wire_name_ref, by_wire_name[483]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_ownership_controls_input),
            .u.structure.member_count = 2,
        },
        [255] = { /* GetBucketPolicyOutput */
            .name_ref = REF(shapes[255].name_ref, strings[11759]),
            .u.structure.members_ref = REF(shapes[255].u.structure.members_ref, members[485]),
            .u.structure.by_wire_name_ref = REF(shapes[255].u.structure.by_wire_name_ref, by_wire_name[485]),
            .u.structure.payload_ref = REF(shapes[255].u.structure.payload_ref, strings[11781]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_policy_output),
            .u.structure.member_count = 1,
        },
        [256] = { /* GetBucketPolicyRequest */
            .name_ref = REF(shapes[256].name_ref, strings[11788]),
            .u.structure.members_ref = REF(shapes[256].u.structure.members_ref, members[486]),
            .u.structure.by_wire_name_ref = REF(shapes[256].u.structure.by_wire_name_ref, by_wire_name[486]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_policy_input),
            .u.structure.member_count = 2,
        },
        [257] = { /* GetBucketPolicyStatusOutput */
            .name_ref = REF(shapes[257].name_ref, strings[11811]),
            .u.structure.members_ref = REF(shapes[257].u.structure.members_ref, members[488]),
            .u.structure.by_wire_name_ref = REF(shapes[257].u.structure.by_wire_name_ref, by_wire_name[488]),
            .u.structure.payload_ref = REF(shapes[257].u.structure.payload_ref, strings[11839]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_policy_status_output),
            .u.structure.member_count = 1,
        },
        [258] = { /* GetBucketPolicyStatusRequest */
            .name_ref = REF(shapes[258].name_ref, strings[11852]),
            .u.structure.members_ref = REF(shapes[258].u.structure.members_ref, members[489]),
            .u.structure.by_wire_name_ref = REF(shapes[258].u.structure.by_wire_name_ref, by_wire_name[489]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_policy_status_input),
            .u.structure.member_count = 2,
        },
        [259] = { /* GetBucketReplicationOutput */
            .name_ref = REF(shapes[259].name_ref, strings[11881]),
            .u.structure.members_ref = REF(shapes[259].u.structure.members_ref, members[491]),
            .u.structure.by_wire_name_ref = REF(shapes[259].u.structure.by_wire_name_ref, by_wire_name[491]),
            .u.structure.payload_ref = REF(shapes[259].u.structure.payload_ref, strings[11908]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_replication_output),
            .u.structure.member_count = 1,
        },
        [260] = { /* GetBucketReplicationRequest */
            .name_ref = REF(shapes[260].name_ref, strings[11933]),
            .u.structure.members_ref = REF(shapes[260].u.structure.members_ref, members[492]),
            .u.structure.by_wire_name_ref = REF(shapes[260].u.structure.by_wire_name_ref, by_wire_name[492]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_replication_input),
            .u.structure.member_count = 2,
        },
        [261] = { /* GetBucketRequestPaymentOutput */
            .name_ref = REF(shapes[261].name_ref, strings[11961]),
            .u.structure.members_ref = REF(shapes[261].u.structure.members_ref, members[494]),
            .u.structure.by_wire_name_ref = REF(shapes[261].u.structure.by_wire_name_ref, by_wire_name[494]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_request_payment_output),
            .u.structure.member_count = 1,
        },
        [262] = { /* GetBucketRequestPaymentRequest */
            .name_ref = REF(shapes[262].name_ref, strings[11997]),
            .u.structure.members_ref = REF(shapes[262].u.structure.members_ref, members[495]),
            .u.structure.by_wire_name_ref = REF(shapes[262].u.structure.by_wire_name_ref, by_wire_name[495]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_request_payment_input),
            .u.structure.member_count = 2,
        },
        [263] = { /* GetBucketTaggingOutput */
            .name_ref = REF(shapes[263].name_ref, strings[12028]),
            .u.structure.members_ref = REF(shapes[263].u.structure.members_ref, members[497]),
            .u.structure.by_wire_name_ref = REF(shapes[263].u.structure.by_wire_name_ref, by_wire_name[497]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_tagging_output),
            .u.structure.member_count = 1,
        },
        [264] = { /* GetBucketTaggingRequest */
            .name_ref = REF(shapes[264].name_ref, strings[12058]),
            .u.structure.members_ref = REF(shapes[264].u.structure.members_ref, members[498]),
            .u.structure.by_wire_name_ref = REF(shapes[264].u.structure.by_wire_name_ref, by_wire_name[498]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_tagging_input),
            .u.structure.member_count = 2,
        },
        [265] = { /* GetBucketVersioningOutput */
            .name_ref = REF(shapes[265].name_ref, strings[12082]),
            .u.structure.members_ref = REF(shapes[265].u.structure.members_ref, members[500]),
            .u.structure.by_wire_name_ref = REF(shapes[265].u.structure.by_wire_name_ref, by_wire_name[500]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_versioning_output),
            .u.structure.member_count = 2,
        },
        [266] = { /* GetBucketVersioningRequest */
            .name_ref = REF(shapes[266].name_ref, strings[12128]),
            .u.structure.members_ref = REF(shapes[266].u.structure.members_ref, members[502]),
            .u.structure.by_wire_name_ref = REF(shapes[266].u.structure.by_wire_name_ref, by_wire_name[502]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_versioning_input),
            .u.structure.member_count = 2,
        },
        [267] = { /* GetBucketWebsiteOutput */
            .name_ref = REF(shapes[267].name_ref, strings[12155]),
            .u.structure.members_ref = REF(shapes[267].u.structure.members_ref, members[504]),
            .u.structure.by_wire_name_ref = REF(shapes[267].u.structure.by_wire_name_ref, by_wire_name[504]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_website_output),
            .u.structure.member_count = 4,
        },
        [268] = { /* GetBucketWebsiteRequest */
            .name_ref = REF(shapes[268].name_ref, strings[12227]),
            .u.structure.members_ref = REF(shapes[268].u.structure.members_ref, members[508]),
            .u.structure.by_wire_name_ref = REF(shapes[268].u.structure.by_wire_name_ref, by_wire_name[508]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_bucket_website_input),
            .u.structure.member_count = 2,
        },
        [269] = { /* GetObjectAclOutput */
            .name_ref = REF(shapes[269].name_ref, strings[12251]),
            .u.structure.members_ref = REF(shapes[269].u.structure.members_ref, members[510]),
            .u.structure.by_wire_name_ref = REF(shapes[269].u.structure.by_wire_name_ref, by_wire_name[510]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_object_acl_output),
            .u.structure.member_count = 3,
        },
        [270] = { /* GetObjectAclRequest */
            .name_ref = REF(shapes[270].name_ref, strings[12270]),
            .u.structure.members_ref = REF(shapes[270].u.structure.members_ref, members[513]),
            .u.structure.by_wire_name_ref = REF(shapes[270].u.structure.by_wire_name_ref, by_wire_name[513]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_object_acl_input),
            .u.structure.member_count = 5,
        },
        [271] = { /* GetObjectAnnotationOutput */
            .name_ref = REF(shapes[271].name_ref, strings[12290]),
            .u.structure.members_ref = REF(shapes[271].u.structure.members_ref, members[518]),
            .u.structure.by_wire_name_ref = REF(shapes[271].u.structure.by_wire_name_ref, by_wire_name[518]),
            .u.structure.payload_ref = REF(shapes[271].u.structure.payload_ref, strings[1174]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_object_annotation_output),
            .u.structure.member_count = 19,
        },
        [272] = { /* GetObjectAnnotationRequest */
            .name_ref = REF(shapes[272].name_ref, strings[12415]),
            .u.structure.members_ref = REF(shapes[272].u.structure.members_ref, members[537]),
            .u.structure.by_wire_name_ref = REF(shapes[272].u.structure.by_wire_name_ref, by_wire_name[537]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_object_annotation_input),
            .u.structure.member_count = 7,
            .u.structure.has_sink = true,
            .u.structure.sink_offset = offsetof(struct awsc_s3_get_object_annotation_input, annotation_payload_sink),
        },
        [273] = { /* GetObjectAttributesOutput */
            .name_ref = REF(shapes[273].name_ref, strings[12475]),
            .u.structure.members_ref = REF(shapes[273].u.structure.members_ref, members[544]),
            .u.structure.by_wire_name_ref = REF(shapes[273].u.structure.by_wire_name_ref, by_wire_name[544]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_object_attributes_output),
            .u.structure.member_count = 9,
        },
        [274] = { /* GetObjectAttributesParts */
            .name_ref = REF(shapes[274].name_ref, strings[12524]),
            .u.structure.members_ref = REF(shapes[274].u.structure.members_ref, members[553]),
            .u.structure.by_wire_name_ref = REF(shapes[274].u.structure.by_wire_name_ref, by_wire_name[553]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_object_attributes_parts),
            .u.structure.member_count = 6,
        },
        [275] = { /* GetObjectAttributesRequest */
            .name_ref = REF(shapes[275].name_ref, strings[12635]),
            .u.structure.members_ref = REF(shapes[275].u.structure.members_ref, members[559]),
            .u.structure.by_wire_name_ref = REF(shapes[275].u.structure.by_wire_name_ref, by_wire_name[559]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_object_attributes_input),
            .u.structure.member_count = 11,
        },
        [276] = { /* GetObjectLegalHoldOutput */
            .name_ref = REF(shapes[276].name_ref, strings[12770]),
            .u.structure.members_ref = REF(shapes[276].u.structure.members_ref, members[570]),
            .u.structure.by_wire_name_ref = REF(shapes[276].u.structure.by_wire_name_ref, by_wire_name[570]),
            .u.structure.payload_ref = REF(shapes[276].u.structure.payload_ref, strings[12795]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_object_legal_hold_output),
            .u.structure.member_count = 1,
        },
        [277] = { /* GetObjectLegalHoldRequest */
            .name_ref = REF(shapes[277].name_ref, strings[12805]),
            .u.structure.members_ref = REF(shapes[277].u.structure.members_ref, members[571]),
            .u.structure.by_wire_name_ref = REF(shapes[277].u.structure.by_wire_name_ref, by_wire_name[571]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_object_legal_hold_input),
            .u.structure.member_count = 5,
        },
        [278] = { /* GetObjectLockConfigurationOutput */
            .name_ref = REF(shapes[278].name_ref, strings[12831]),
            .u.structure.members_ref = REF(shapes[278].u.structure.members_ref, members[576]),
            .u.structure.by_wire_name_ref = REF(shapes[278].u.structure.by_wire_name_ref, by_wire_name[576]),
            .u.structure.payload_ref = REF(shapes[278].u.structure.payload_ref, strings[12864]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_object_lock_configuration_output),
            .u.structure.member_count = 1,
        },
        [279] = { /* GetObjectLockConfigurationRequest */
            .name_ref = REF(shapes[279].name_ref, strings[12888]),
            .u.structure.members_ref = REF(shapes[279].u.structure.members_ref, members[577]),
            .u.structure.by_wire_name_ref = REF(shapes[279].u.structure.by_wire_name_ref, by_wire_name[577]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_object_lock_configuration_input),
            .u.structure.member_count = 2,
        },
        [280] = { /* GetObjectOutput */
            .name_ref = REF(shapes[280].name_ref, strings[12922]),
            .u.structure.members_ref = REF(shapes[280].u.structure.members_ref, members[579]),
            .u.structure.by_wire_name_ref = REF(shapes[280].u.structure.by_wire_name_ref, by_wire_name[579]),
            .u.structure.payload_ref = REF(shapes[280].u.structure.payload_ref, strings[1481]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_object_output),
            .u.structure.member_count = 43,
        },
        [281] = { /* GetObjectRequest */
            .name_ref = REF(shapes[281].name_ref, strings[13106]),
            .u.structure.members_ref = REF(shapes[281].u.structure.members_ref, members[622]),
            .u.structure.by_wire_name_ref = REF(shapes[281].u.structure.by_wire_name_ref, by_wire_name[622]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_object_input),
            .u.structure.member_count = 21,
            .u.structure.has_sink = true,
            .u.structure.sink_offset = offsetof(struct awsc_s3_get_object_input, body_sink),
        },
        [282] = { /* GetObjectResponseStatusCode */
            .name_ref = REF(shapes[282].name_ref, strings[13498]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [283] = { /* GetObjectRetentionOutput */
            .name_ref = REF(shapes[283].name_ref, strings[13526]),
            .u.structure.members_ref = REF(shapes[283].u.structure.members_ref, members[643]),
            .u.structure.by_wire_name_ref = REF(shapes[283].u.structure.by_wire_name_ref, by_wire_name[643]),
            .u.structure.payload_ref = REF(shapes[283].u.structure.payload_ref, strings[13551]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_object_retention_output),
            .u.structure.member_count = 1,
        },
        [284] = { /* GetObjectRetentionRequest */
            .name_ref = REF(shapes[284].name_ref, strings[13561]),
            .u.structure.members_ref = REF(shapes[284].u.structure.members_ref, members[644]),
            .u.structure.by_wire_name_ref = REF(shapes[284].u.structure.by_wire_name_ref, by_wire_name[644]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_object_retention_input),
            .u.structure.member_count = 5,
        },
        [285] = { /* GetObjectTaggingOutput */
            .name_ref = REF(shapes[285].name_ref, strings[13587]),
            .u.structure.members_ref = REF(shapes[285].u.structure.members_ref, members[649]),
            .u.structure.by_wire_name_ref = REF(shapes[285].u.structure.by_wire_name_ref, by_wire_name[649]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_object_tagging_output),
            .u.structure.member_count = 2,
        },
        [286] = { /* GetObjectTaggingRequest */
            .name_ref = REF(shapes[286].name_ref, strings[13610]),
            .u.structure.members_ref = REF(shapes[286].u.structure.members_ref, members[651]),
            .u.structure.by_wire_name_ref = REF(shapes[286].u.structure.by_wire_name_ref, by_wire_name[651]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_object_tagging_input),
            .u.structure.member_count = 5,
        },
        [287] = { /* GetObjectTorrentOutput */
            .name_ref = REF(shapes[287].name_ref, strings[13634]),
            .u.structure.members_ref = REF(shapes[287].u.structure.members_ref, members[656]),
            .u.structure.by_wire_name_ref = REF(shapes[287].u.structure.by_wire_name_ref, by_wire_name[656]),
            .u.structure.payload_ref = REF(shapes[287].u.structure.payload_ref, strings[1481]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_object_torrent_output),
            .u.structure.member_count = 2,
        },
        [288] = { /* GetObjectTorrentRequest */
            .name_ref = REF(shapes[288].name_ref, strings[13657]),
            .u.structure.members_ref = REF(shapes[288].u.structure.members_ref, members[658]),
            .u.structure.by_wire_name_ref = REF(shapes[288].u.structure.by_wire_name_ref, by_wire_name[658]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_object_torrent_input),
            .u.structure.member_count = 4,
            .u.structure.has_sink = true,
            .u.structure.sink_offset = offsetof(struct awsc_s3_get_object_torrent_input, body_sink),
        },
        [289] = { /* GetPublicAccessBlockOutput */
            .name_ref = REF(shapes[289].name_ref, strings[13681]),
            .u.structure.members_ref = REF(shapes[289].u.structure.members_ref, members[662]),
            .u.structure.by_wire_name_ref = REF(shapes[289].u.structure.by_wire_name_ref, by_wire_name[662]),
            .u.structure.payload_ref = REF(shapes[289].u.structure.payload_ref, strings[13708]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_public_access_block_output),
            .u.structure.member_count = 1,
        },
        [290] = { /* GetPublicAccessBlockRequest */
            .name_ref = REF(shapes[290].name_ref, strings[13739]),
            .u.structure.members_ref = REF(shapes[290].u.structure.members_ref, members[663]),
            .u.structure.by_wire_name_ref = REF(shapes[290].u.structure.by_wire_name_ref, by_wire_name[663]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_get_public_access_block_input),
            .u.structure.member_count = 2,
        },
        [291] = { /* GlacierJobParameters */
            .name_ref = REF(shapes[291].name_ref, strings[13767]),
            .u.structure.members_ref = REF(shapes[291].u.structure.members_ref, members[665]),
            .u.structure.by_wire_name_ref = REF(shapes[291].u.structure.by_wire_name_ref, by_wire_name[665]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_glacier_job_parameters),
            .u.structure.member_count = 1,
        },
        [292] = { /* Grant */
            .name_ref = REF(shapes[292].name_ref, strings[13793]),
            .u.structure.members_ref = REF(shapes[292].u.structure.members_ref, members[666]),
            .u.structure.by_wire_name_ref = REF(shapes[292].u.structure.by_wire_name_ref, by_wire_name[666]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_grant),
            .u.structure.member_count = 2,
        },
        [293] = { /* GrantFullControl */
            .name_ref = REF(shapes[293].name_ref, strings[13818]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [294] = { /* GrantRead */
            .name_ref = REF(shapes[294].name_ref, strings[13835]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [295] = { /* GrantReadACP */
            .name_ref = REF(shapes[295].name_ref, strings[13845]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [296] = { /* GrantWrite */
            .name_ref = REF(shapes[296].name_ref, strings[13858]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [297] = { /* GrantWriteACP */
            .name_ref = REF(shapes[297].name_ref, strings[13869]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [298] = { /* Grantee */
            .name_ref = REF(shapes[298].name_ref, strings[13799]),
            .u.structure.members_ref = REF(shapes[298].u.structure.members_ref, members[668]),
            .u.structure.by_wire_name_ref = REF(shapes[298].u.structure.by_wire_name_ref, by_wire_name[668]),
            .xml_namespace_ref = REF(shapes[298].xml_namespace_ref, strings[13901]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_grantee),
            .u.structure.member_count = 5,
        },
        [299] = { /* Grants */
            .name_ref = REF(shapes[299].name_ref, strings[13947]),
            .u.collection.item_ref = REF(shapes[299].u.collection.item_ref, shapes[292]),
            .u.collection.xml_refs_ref = REF(shapes[299].u.collection.xml_refs_ref, xml_refs[3]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_s3_grants),
        },
        [300] = { /* HeadBucketOutput */
            .name_ref = REF(shapes[300].name_ref, strings[13954]),
            .u.structure.members_ref = REF(shapes[300].u.structure.members_ref, members[673]),
            .u.structure.by_wire_name_ref = REF(shapes[300].u.structure.by_wire_name_ref, by_wire_name[673]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_head_bucket_output),
            .u.structure.member_count = 5,
        },
        [301] = { /* HeadBucketRequest */
            .name_ref = REF(shapes[301].name_ref, strings[14138]),
            .u.structure.members_ref = REF(shapes[301].u.structure.members_ref, members[678]),
            .u.structure.by_wire_name_ref = REF(shapes[301].u.structure.by_wire_name_ref, by_wire_name[678]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_head_bucket_input),
            .u.structure.member_count = 2,
        },
        [302] = { /* HeadObjectOutput */
            .name_ref = REF(shapes[302].name_ref, strings[14156]),
            .u.structure.members_ref = REF(shapes[302].u.structure.members_ref, members[680]),
            .u.structure.by_wire_name_ref = REF(shapes[302].u.structure.by_wire_name_ref, by_wire_name[680]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_head_object_output),
            .u.structure.member_count = 43,
        },
        [303] = { /* HeadObjectRequest */
            .name_ref = REF(shapes[303].name_ref, strings[14208]),
            .u.structure.members_ref = REF(shapes[303].u.structure.members_ref, members[723]),
            .u.structure.by_wire_name_ref = REF(shapes[303].u.structure.by_wire_name_ref, by_wire_name[723]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_head_object_input),
            .u.structure.member_count = 21,
        },
        [304] = { /* HostName */
            .name_ref = REF(shapes[304].name_ref, strings[14226]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [305] = { /* HttpErrorCodeReturnedEquals */
            .name_ref = REF(shapes[305].name_ref, strings[4540]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [306] = { /* HttpRedirectCode */
            .name_ref = REF(shapes[306].name_ref, strings[14235]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [307] = { /* ID */
            .name_ref = REF(shapes[307].name_ref, strings[2610]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [308] = { /* IdempotencyParameterMismatch */
            .name_ref = REF(shapes[308].name_ref, strings[14252]),
            .u.structure.error_code_ref = REF(shapes[308].u.structure.error_code_ref, strings[14252]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_s3_idempotency_parameter_mismatch),
            .u.structure.http_status = 400,
        },
        [309] = { /* IfMatch */
            .name_ref = REF(shapes[309].name_ref, strings[14281]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [310] = { /* IfMatchInitiatedTime */
            .name_ref = REF(shapes[310].name_ref, strings[14289]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .timestamp_format = AWSC_TSFMT_RFC822,
            .size = sizeof(struct awsc_timestamp),
        },
        [311] = { /* IfMatchLastModifiedTime */
            .name_ref = REF(shapes[311].name_ref, strings[14310]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .timestamp_format = AWSC_TSFMT_RFC822,
            .size = sizeof(struct awsc_timestamp),
        },
        [312] = { /* IfMatchSize */
            .name_ref = REF(shapes[312].name_ref, strings[14334]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [313] = { /* IfModifiedSince */
            .name_ref = REF(shapes[313].name_ref, strings[14346]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [314] = { /* IfNoneMatch */
            .name_ref = REF(shapes[314].name_ref, strings[14362]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [315] = { /* IfUnmodifiedSince */
            .name_ref = REF(shapes[315].name_ref, strings[14374]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [316] = { /* IndexDocument */
            .name_ref = REF(shapes[316].name_ref, strings[12200]),
            .u.structure.members_ref = REF(shapes[316].u.structure.members_ref, members[744]),
            .u.structure.by_wire_name_ref = REF(shapes[316].u.structure.by_wire_name_ref, by_wire_name[744]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_index_document),
            .u.structure.member_count = 1,
        },
        [317] = { /* Initiated */
            .name_ref = REF(shapes[317].name_ref, strings[14399]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [318] = { /* Initiator */
            .name_ref = REF(shapes[318].name_ref, strings[14409]),
            .u.structure.members_ref = REF(shapes[318].u.structure.members_ref, members[745]),
            .u.structure.by_wire_name_ref = REF(shapes[318].u.structure.by_wire_name_ref, by_wire_name[745]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_initiator),
            .u.structure.member_count = 2,
        },
        [319] = { /* InputSerialization */
            .name_ref = REF(shapes[319].name_ref, strings[14419]),
            .u.structure.members_ref = REF(shapes[319].u.structure.members_ref, members[747]),
            .u.structure.by_wire_name_ref = REF(shapes[319].u.structure.by_wire_name_ref, by_wire_name[747]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_input_serialization),
            .u.structure.member_count = 4,
        },
        [320] = { /* IntelligentTieringAccessTier */
            .name_ref = REF(shapes[320].name_ref, strings[14451]),
            .u.string.enum_values_ref = REF(shapes[320].u.string.enum_values_ref, strings[1408]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [321] = { /* IntelligentTieringAndOperator */
            .name_ref = REF(shapes[321].name_ref, strings[14480]),
            .u.structure.members_ref = REF(shapes[321].u.structure.members_ref, members[751]),
            .u.structure.by_wire_name_ref = REF(shapes[321].u.structure.by_wire_name_ref, by_wire_name[751]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_intelligent_tiering_and_operator),
            .u.structure.member_count = 2,
        },
        [322] = { /* IntelligentTieringConfiguration */
            .name_ref = REF(shapes[322].name_ref, strings[10754]),
            .u.structure.members_ref = REF(shapes[322].u.structure.members_ref, members[753]),
            .u.structure.by_wire_name_ref = REF(shapes[322].u.structure.by_wire_name_ref, by_wire_name[753]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_intelligent_tiering_configuration),
            .u.structure.member_count = 4,
        },
        [323] = { /* IntelligentTieringConfigurationList */
            .name_ref = REF(shapes[323].name_ref, strings[14527]),
            .u.collection.item_ref = REF(shapes[323].u.collection.item_ref, shapes[322]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_intelligent_tiering_configuration_list),
        },
        [324] = { /* IntelligentTieringDays */
            .name_ref = REF(shapes[324].name_ref, strings[14563]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [325] = { /* IntelligentTieringFilter */
            .name_ref = REF(shapes[325].name_ref, strings[14586]),
            .u.structure.members_ref = REF(shapes[325].u.structure.members_ref, members[757]),
            .u.structure.by_wire_name_ref = REF(shapes[325].u.structure.by_wire_name_ref, by_wire_name[757]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_intelligent_tiering_filter),
            .u.structure.member_count = 3,
        },
        [326] = { /* IntelligentTieringId */
            .name_ref = REF(shapes[326].name_ref, strings[14611]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [327] = { /* IntelligentTieringStatus */
            .name_ref = REF(shapes[327].name_ref, strings[14632]),
            .u.string.enum_values_ref = REF(shapes[327].u.string.enum_values_ref, strings[1544]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [328] = { /* InvalidAnnotationName */
            .name_ref = REF(shapes[328].name_ref, strings[14657]),
            .u.structure.error_code_ref = REF(shapes[328].u.structure.error_code_ref, strings[14657]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_s3_invalid_annotation_name),
            .u.structure.http_status = 400,
        },
        [329] = { /* InvalidObjectState */
            .name_ref = REF(shapes[329].name_ref, strings[14679]),
            .u.structure.members_ref = REF(shapes[329].u.structure.members_ref, members[760]),
            .u.structure.by_wire_name_ref = REF(shapes[329].u.structure.by_wire_name_ref, by_wire_name[760]),
            .u.structure.error_code_ref = REF(shapes[329].u.structure.error_code_ref, strings[14679]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_s3_invalid_object_state),
            .u.structure.member_count = 2,
            .u.structure.http_status = 403,
        },
        [330] = { /* InvalidPrefix */
            .name_ref = REF(shapes[330].name_ref, strings[14709]),
            .u.structure.error_code_ref = REF(shapes[330].u.structure.error_code_ref, strings[14709]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_s3_invalid_prefix),
            .u.structure.http_status = 400,
        },
        [331] = { /* InvalidRequest */
            .name_ref = REF(shapes[331].name_ref, strings[14723]),
            .u.structure.error_code_ref = REF(shapes[331].u.structure.error_code_ref, strings[14723]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_s3_invalid_request),
            .u.structure.http_status = 400,
        },
        [332] = { /* InvalidWriteOffset */
            .name_ref = REF(shapes[332].name_ref, strings[14738]),
            .u.structure.error_code_ref = REF(shapes[332].u.structure.error_code_ref, strings[14738]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_s3_invalid_write_offset),
            .u.structure.http_status = 400,
        },
        [333] = { /* InventoryConfiguration */
            .name_ref = REF(shapes[333].name_ref, strings[10872]),
            .u.structure.members_ref = REF(shapes[333].u.structure.members_ref, members[762]),
            .u.structure.by_wire_name_ref = REF(shapes[333].u.structure.by_wire_name_ref, by_wire_name[762]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_inventory_configuration),
            .u.structure.member_count = 7,
        },
        [334] = { /* InventoryConfigurationList */
            .name_ref = REF(shapes[334].name_ref, strings[14814]),
            .u.collection.item_ref = REF(shapes[334].u.collection.item_ref, shapes[333]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_inventory_configuration_list),
        },
        [335] = { /* InventoryConfigurationState */
            .name_ref = REF(shapes[335].name_ref, strings[14841]),
            .u.string.enum_values_ref = REF(shapes[335].u.string.enum_values_ref, strings[957]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [336] = { /* InventoryDestination */
            .name_ref = REF(shapes[336].name_ref, strings[14869]),
            .u.structure.members_ref = REF(shapes[336].u.structure.members_ref, members[769]),
            .u.structure.by_wire_name_ref = REF(shapes[336].u.structure.by_wire_name_ref, by_wire_name[769]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_inventory_destination),
            .u.structure.member_count = 1,
        },
        [337] = { /* InventoryEncryption */
            .name_ref = REF(shapes[337].name_ref, strings[14890]),
            .u.structure.members_ref = REF(shapes[337].u.structure.members_ref, members[770]),
            .u.structure.by_wire_name_ref = REF(shapes[337].u.structure.by_wire_name_ref, by_wire_name[770]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_inventory_encryption),
            .u.structure.member_count = 2,
        },
        [338] = { /* InventoryFilter */
            .name_ref = REF(shapes[338].name_ref, strings[14938]),
            .u.structure.members_ref = REF(shapes[338].u.structure.members_ref, members[772]),
            .u.structure.by_wire_name_ref = REF(shapes[338].u.structure.by_wire_name_ref, by_wire_name[772]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_inventory_filter),
            .u.structure.member_count = 1,
        },
        [339] = { /* InventoryFormat */
            .name_ref = REF(shapes[339].name_ref, strings[14954]),
            .u.string.enum_values_ref = REF(shapes[339].u.string.enum_values_ref, strings[14970]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [340] = { /* InventoryFrequency */
            .name_ref = REF(shapes[340].name_ref, strings[14986]),
            .u.string.enum_values_ref = REF(shapes[340].u.string.enum_values_ref, strings[15005]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [341] = { /* InventoryId */
            .name_ref = REF(shapes[341].name_ref, strings[15018]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [342] = { /* InventoryIncludedObjectVersions */
            .name_ref = REF(shapes[342].name_ref, strings[15030]),
            .u.string.enum_values_ref = REF(shapes[342].u.string.enum_values_ref, strings[15062]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [343] = { /* InventoryOptionalField */
            .name_ref = REF(shapes[343].name_ref, strings[15074]),
            .u.string.enum_values_ref = REF(shapes[343].u.string.enum_values_ref, strings[15097]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 16,
        },
        [344] = { /* InventoryOptionalFields */
            .name_ref = REF(shapes[344].name_ref, strings[15382]),
            .u.collection.item_ref = REF(shapes[344].u.collection.item_ref, shapes[343]),
            .u.collection.xml_refs_ref = REF(shapes[344].u.collection.xml_refs_ref, xml_refs[4]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_s3_event_list),
        },
        [345] = { /* InventoryS3BucketDestination */
            .name_ref = REF(shapes[345].name_ref, strings[15412]),
            .u.structure.members_ref = REF(shapes[345].u.structure.members_ref, members[773]),
            .u.structure.by_wire_name_ref = REF(shapes[345].u.structure.by_wire_name_ref, by_wire_name[773]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_inventory_s3_bucket_destination),
            .u.structure.member_count = 5,
        },
        [346] = { /* InventorySchedule */
            .name_ref = REF(shapes[346].name_ref, strings[15441]),
            .u.structure.members_ref = REF(shapes[346].u.structure.members_ref, members[778]),
            .u.structure.by_wire_name_ref = REF(shapes[346].u.structure.by_wire_name_ref, by_wire_name[778]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_inventory_schedule),
            .u.structure.member_count = 1,
        },
        [347] = { /* InventoryTableConfiguration */
            .name_ref = REF(shapes[347].name_ref, strings[15469]),
            .u.structure.members_ref = REF(shapes[347].u.structure.members_ref, members[779]),
            .u.structure.by_wire_name_ref = REF(shapes[347].u.structure.by_wire_name_ref, by_wire_name[779]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_inventory_table_configuration),
            .u.structure.member_count = 2,
        },
        [348] = { /* InventoryTableConfigurationResult */
            .name_ref = REF(shapes[348].name_ref, strings[15497]),
            .u.structure.members_ref = REF(shapes[348].u.structure.members_ref, members[781]),
            .u.structure.by_wire_name_ref = REF(shapes[348].u.structure.by_wire_name_ref, by_wire_name[781]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_inventory_table_configuration_result),
            .u.structure.member_count = 5,
        },
        [349] = { /* InventoryTableConfigurationUpdates */
            .name_ref = REF(shapes[349].name_ref, strings[15531]),
            .u.structure.members_ref = REF(shapes[349].u.structure.members_ref, members[786]),
            .u.structure.by_wire_name_ref = REF(shapes[349].u.structure.by_wire_name_ref, by_wire_name[786]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_inventory_table_configuration_updates),
            .u.structure.member_count = 2,
        },
        [350] = { /* IsEnabled */
            .name_ref = REF(shapes[350].name_ref, strings[14757]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [351] = { /* IsLatest */
            .name_ref = REF(shapes[351].name_ref, strings[8062]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [352] = { /* IsPublic */
            .name_ref = REF(shapes[352].name_ref, strings[15566]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [353] = { /* IsRestoreInProgress */
            .name_ref = REF(shapes[353].name_ref, strings[15575]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [354] = { /* IsTruncated */
            .name_ref = REF(shapes[354].name_ref, strings[12623]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [355] = { /* JSONInput */
            .name_ref = REF(shapes[355].name_ref, strings[15595]),
            .u.structure.members_ref = REF(shapes[355].u.structure.members_ref, members[788]),
            .u.structure.by_wire_name_ref = REF(shapes[355].u.structure.by_wire_name_ref, by_wire_name[788]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_json_input),
            .u.structure.member_count = 1,
        },
        [356] = { /* JSONOutput */
            .name_ref = REF(shapes[356].name_ref, strings[15605]),
            .u.structure.members_ref = REF(shapes[356].u.structure.members_ref, members[789]),
            .u.structure.by_wire_name_ref = REF(shapes[356].u.structure.by_wire_name_ref, by_wire_name[789]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_json_output),
            .u.structure.member_count = 1,
        },
        [357] = { /* JSONType */
            .name_ref = REF(shapes[357].name_ref, strings[15616]),
            .u.string.enum_values_ref = REF(shapes[357].u.string.enum_values_ref, strings[15625]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [358] = { /* JournalTableConfiguration */
            .name_ref = REF(shapes[358].name_ref, strings[15640]),
            .u.structure.members_ref = REF(shapes[358].u.structure.members_ref, members[790]),
            .u.structure.by_wire_name_ref = REF(shapes[358].u.structure.by_wire_name_ref, by_wire_name[790]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_journal_table_configuration),
            .u.structure.member_count = 2,
        },
        [359] = { /* JournalTableConfigurationResult */
            .name_ref = REF(shapes[359].name_ref, strings[15683]),
            .u.structure.members_ref = REF(shapes[359].u.structure.members_ref, members[792]),
            .u.structure.by_wire_name_ref = REF(shapes[359].u.structure.by_wire_name_ref, by_wire_name[792]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_journal_table_configuration_result),
            .u.structure.member_count = 5,
        },
        [360] = { /* JournalTableConfigurationUpdates */
            .name_ref = REF(shapes[360].name_ref, strings[15715]),
            .u.structure.members_ref = REF(shapes[360].u.structure.members_ref, members[797]),
            .u.structure.by_wire_name_ref = REF(shapes[360].u.structure.by_wire_name_ref, by_wire_name[797]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_journal_table_configuration_updates),
            .u.structure.member_count = 1,
        },
        [361] = { /* KMSContext */
            .name_ref = REF(shapes[361].name_ref, strings[9053]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [362] = { /* KeyCount */
            .name_ref = REF(shapes[362].name_ref, strings[15748]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [363] = { /* KeyMarker */
            .name_ref = REF(shapes[363].name_ref, strings[15757]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [364] = { /* KeyPrefixEquals */
            .name_ref = REF(shapes[364].name_ref, strings[4568]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [365] = { /* KmsKeyArn */
            .name_ref = REF(shapes[365].name_ref, strings[15767]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [366] = { /* LambdaFunctionArn */
            .name_ref = REF(shapes[366].name_ref, strings[15777]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [367] = { /* LambdaFunctionConfiguration */
            .name_ref = REF(shapes[367].name_ref, strings[15795]),
            .u.structure.members_ref = REF(shapes[367].u.structure.members_ref, members[798]),
            .u.structure.by_wire_name_ref = REF(shapes[367].u.structure.by_wire_name_ref, by_wire_name[798]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_lambda_function_configuration),
            .u.structure.member_count = 4,
        },
        [368] = { /* LambdaFunctionConfigurationList */
            .name_ref = REF(shapes[368].name_ref, strings[15855]),
            .u.collection.item_ref = REF(shapes[368].u.collection.item_ref, shapes[367]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_lambda_function_configuration_list),
        },
        [369] = { /* LastModified */
            .name_ref = REF(shapes[369].name_ref, strings[1054]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [370] = { /* LastModifiedTime */
            .name_ref = REF(shapes[370].name_ref, strings[15887]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .timestamp_format = AWSC_TSFMT_RFC822,
            .size = sizeof(struct awsc_timestamp),
        },
        [371] = { /* LifecycleConfiguration */
            .name_ref = REF(shapes[371].name_ref, strings[15904]),
            .u.structure.members_ref = REF(shapes[371].u.structure.members_ref, members[802]),
            .u.structure.by_wire_name_ref = REF(shapes[371].u.structure.by_wire_name_ref, by_wire_name[802]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_lifecycle_configuration),
            .u.structure.member_count = 1,
        },
        [372] = { /* LifecycleExpiration */
            .name_ref = REF(shapes[372].name_ref, strings[15927]),
            .u.structure.members_ref = REF(shapes[372].u.structure.members_ref, members[803]),
            .u.structure.by_wire_name_ref = REF(shapes[372].u.structure.by_wire_name_ref, by_wire_name[803]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_lifecycle_expiration),
            .u.structure.member_count = 3,
        },
        [373] = { /* LifecycleRule */
            .name_ref = REF(shapes[373].name_ref, strings[15947]),
            .u.structure.members_ref = REF(shapes[373].u.structure.members_ref, members[806]),
            .u.structure.by_wire_name_ref = REF(shapes[373].u.structure.by_wire_name_ref, by_wire_name[806]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_lifecycle_rule),
            .u.structure.member_count = 9,
        },
        [374] = { /* LifecycleRuleAndOperator */
            .name_ref = REF(shapes[374].name_ref, strings[16069]),
            .u.structure.members_ref = REF(shapes[374].u.structure.members_ref, members[815]),
            .u.structure.by_wire_name_ref = REF(shapes[374].u.structure.by_wire_name_ref, by_wire_name[815]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_lifecycle_rule_and_operator),
            .u.structure.member_count = 4,
        },
        [375] = { /* LifecycleRuleFilter */
            .name_ref = REF(shapes[375].name_ref, strings[16135]),
            .u.structure.members_ref = REF(shapes[375].u.structure.members_ref, members[819]),
            .u.structure.by_wire_name_ref = REF(shapes[375].u.structure.by_wire_name_ref, by_wire_name[819]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_lifecycle_rule_filter),
            .u.structure.member_count = 5,
        },
        [376] = { /* LifecycleRules */
            .name_ref = REF(shapes[376].name_ref, strings[16155]),
            .u.collection.item_ref = REF(shapes[376].u.collection.item_ref, shapes[373]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_lifecycle_rules),
        },
        [377] = { /* ListBucketAnalyticsConfigurationsOutput */
            .name_ref = REF(shapes[377].name_ref, strings[16170]),
            .u.structure.members_ref = REF(shapes[377].u.structure.members_ref, members[824]),
            .u.structure.by_wire_name_ref = REF(shapes[377].u.structure.by_wire_name_ref, by_wire_name[824]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_list_bucket_analytics_configurations_output),
            .u.structure.member_count = 4,
        },
        [378] = { /* ListBucketAnalyticsConfigurationsRequest */
            .name_ref = REF(shapes[378].name_ref, strings[16300]),
            .u.structure.members_ref = REF(shapes[378].u.structure.members_ref, members[828]),
            .u.structure.by_wire_name_ref = REF(shapes[378].u.structure.by_wire_name_ref, by_wire_name[828]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_list_bucket_analytics_configurations_input),
            .u.structure.member_count = 3,
        },
        [379] = { /* ListBucketIntelligentTieringConfigurationsOutput */
            .name_ref = REF(shapes[379].name_ref, strings[16378]),
            .u.structure.members_ref = REF(shapes[379].u.structure.members_ref, members[831]),
            .u.structure.by_wire_name_ref = REF(shapes[379].u.structure.by_wire_name_ref, by_wire_name[831]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_list_bucket_intelligent_tiering_configurations_output),
            .u.structure.member_count = 4,
        },
        [380] = { /* ListBucketIntelligentTieringConfigurationsRequest */
            .name_ref = REF(shapes[380].name_ref, strings[16495]),
            .u.structure.members_ref = REF(shapes[380].u.structure.members_ref, members[835]),
            .u.structure.by_wire_name_ref = REF(shapes[380].u.structure.by_wire_name_ref, by_wire_name[835]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_list_bucket_intelligent_tiering_configurations_input),
            .u.structure.member_count = 3,
        },
        [381] = { /* ListBucketInventoryConfigurationsOutput */
            .name_ref = REF(shapes[381].name_ref, strings[16545]),
            .u.structure.members_ref = REF(shapes[381].u.structure.members_ref, members[838]),
            .u.structure.by_wire_name_ref = REF(shapes[381].u.structure.by_wire_name_ref, by_wire_name[838]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_list_bucket_inventory_configurations_output),
            .u.structure.member_count = 4,
        },
        [382] = { /* ListBucketInventoryConfigurationsRequest */
            .name_ref = REF(shapes[382].name_ref, strings[16635]),
            .u.structure.members_ref = REF(shapes[382].u.structure.members_ref, members[842]),
            .u.structure.by_wire_name_ref = REF(shapes[382].u.structure.by_wire_name_ref, by_wire_name[842]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_list_bucket_inventory_configurations_input),
            .u.structure.member_count = 3,
        },
        [383] = { /* ListBucketMetricsConfigurationsOutput */
            .name_ref = REF(shapes[383].name_ref, strings[16676]),
            .u.structure.members_ref = REF(shapes[383].u.structure.members_ref, members[845]),
            .u.structure.by_wire_name_ref = REF(shapes[383].u.structure.by_wire_name_ref, by_wire_name[845]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_list_bucket_metrics_configurations_output),
            .u.structure.member_count = 4,
        },
        [384] = { /* ListBucketMetricsConfigurationsRequest */
            .name_ref = REF(shapes[384].name_ref, strings[16760]),
            .u.structure.members_ref = REF(shapes[384].u.structure.members_ref, members[849]),
            .u.structure.by_wire_name_ref = REF(shapes[384].u.structure.by_wire_name_ref, by_wire_name[849]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_list_bucket_metrics_configurations_input),
            .u.structure.member_count = 3,
        },
        [385] = { /* ListBucketsOutput */
            .name_ref = REF(shapes[385].name_ref, strings[16799]),
            .u.structure.members_ref = REF(shapes[385].u.structure.members_ref, members[852]),
            .u.structure.by_wire_name_ref = REF(shapes[385].u.structure.by_wire_name_ref, by_wire_name[852]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_list_buckets_output),
            .u.structure.member_count = 4,
        },
        [386] = { /* ListBucketsRequest */
            .name_ref = REF(shapes[386].name_ref, strings[16817]),
            .u.structure.members_ref = REF(shapes[386].u.structure.members_ref, members[856]),
            .u.structure.by_wire_name_ref = REF(shapes[386].u.structure.by_wire_name_ref, by_wire_name[856]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_list_buckets_input),
            .u.structure.member_count = 4,
        },
        [387] = { /* ListDirectoryBucketsOutput */
            .name_ref = REF(shapes[387].name_ref, strings[16900]),
            .u.structure.members_ref = REF(shapes[387].u.structure.members_ref, members[860]),
            .u.structure.by_wire_name_ref = REF(shapes[387].u.structure.by_wire_name_ref, by_wire_name[860]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_list_directory_buckets_output),
            .u.structure.member_count = 2,
        },
        [388] = { /* ListDirectoryBucketsRequest */
            .name_ref = REF(shapes[388].name_ref, strings[16927]),
            .u.structure.members_ref = REF(shapes[388].u.structure.members_ref, members[862]),
            .u.structure.by_wire_name_ref = REF(shapes[388].u.structure.by_wire_name_ref, by_wire_name[862]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_list_directory_buckets_input),
            .u.structure.member_count = 2,
        },
        [389] = { /* ListMultipartUploadsOutput */
            .name_ref = REF(shapes[389].name_ref, strings[16997]),
            .u.structure.members_ref = REF(shapes[389].u.structure.members_ref, members[864]),
            .u.structure.by_wire_name_ref = REF(shapes[389].u.structure.by_wire_name_ref, by_wire_name[864]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_list_multipart_uploads_output),
            .u.structure.member_count = 13,
        },
        [390] = { /* ListMultipartUploadsRequest */
            .name_ref = REF(shapes[390].name_ref, strings[17113]),
            .u.structure.members_ref = REF(shapes[390].u.structure.members_ref, members[877]),
            .u.structure.by_wire_name_ref = REF(shapes[390].u.structure.by_wire_name_ref, by_wire_name[877]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_list_multipart_uploads_input),
            .u.structure.member_count = 9,
        },
        [391] = { /* ListObjectAnnotationsOutput */
            .name_ref = REF(shapes[391].name_ref, strings[17264]),
            .u.structure.members_ref = REF(shapes[391].u.structure.members_ref, members[886]),
            .u.structure.by_wire_name_ref = REF(shapes[391].u.structure.by_wire_name_ref, by_wire_name[886]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_list_object_annotations_output),
            .u.structure.member_count = 10,
        },
        [392] = { /* ListObjectAnnotationsRequest */
            .name_ref = REF(shapes[392].name_ref, strings[17325]),
            .u.structure.members_ref = REF(shapes[392].u.structure.members_ref, members[896]),
            .u.structure.by_wire_name_ref = REF(shapes[392].u.structure.by_wire_name_ref, by_wire_name[896]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_list_object_annotations_input),
            .u.structure.member_count = 8,
        },
        [393] = { /* ListObjectVersionsOutput */
            .name_ref = REF(shapes[393].name_ref, strings[17433]),
            .u.structure.members_ref = REF(shapes[393].u.structure.members_ref, members[904]),
            .u.structure.by_wire_name_ref = REF(shapes[393].u.structure.by_wire_name_ref, by_wire_name[904]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_list_object_versions_output),
            .u.structure.member_count = 14,
        },
        [394] = { /* ListObjectVersionsRequest */
            .name_ref = REF(shapes[394].name_ref, strings[17546]),
            .u.structure.members_ref = REF(shapes[394].u.structure.members_ref, members[918]),
            .u.structure.by_wire_name_ref = REF(shapes[394].u.structure.by_wire_name_ref, by_wire_name[918]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_list_object_versions_input),
            .u.structure.member_count = 10,
        },
        [395] = { /* ListObjectsOutput */
            .name_ref = REF(shapes[395].name_ref, strings[17681]),
            .u.structure.members_ref = REF(shapes[395].u.structure.members_ref, members[928]),
            .u.structure.by_wire_name_ref = REF(shapes[395].u.structure.by_wire_name_ref, by_wire_name[928]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_list_objects_output),
            .u.structure.member_count = 11,
        },
        [396] = { /* ListObjectsRequest */
            .name_ref = REF(shapes[396].name_ref, strings[17726]),
            .u.structure.members_ref = REF(shapes[396].u.structure.members_ref, members[939]),
            .u.structure.by_wire_name_ref = REF(shapes[396].u.structure.by_wire_name_ref, by_wire_name[939]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_list_objects_input),
            .u.structure.member_count = 9,
        },
        [397] = { /* ListObjectsV2Output */
            .name_ref = REF(shapes[397].name_ref, strings[17759]),
            .u.structure.members_ref = REF(shapes[397].u.structure.members_ref, members[948]),
            .u.structure.by_wire_name_ref = REF(shapes[397].u.structure.by_wire_name_ref, by_wire_name[948]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_list_objects_v2_output),
            .u.structure.member_count = 13,
        },
        [398] = { /* ListObjectsV2Request */
            .name_ref = REF(shapes[398].name_ref, strings[17790]),
            .u.structure.members_ref = REF(shapes[398].u.structure.members_ref, members[961]),
            .u.structure.by_wire_name_ref = REF(shapes[398].u.structure.by_wire_name_ref, by_wire_name[961]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_list_objects_v2_input),
            .u.structure.member_count = 11,
        },
        [399] = { /* ListPartsOutput */
            .name_ref = REF(shapes[399].name_ref, strings[17857]),
            .u.structure.members_ref = REF(shapes[399].u.structure.members_ref, members[972]),
            .u.structure.by_wire_name_ref = REF(shapes[399].u.structure.by_wire_name_ref, by_wire_name[972]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_list_parts_output),
            .u.structure.member_count = 16,
        },
        [400] = { /* ListPartsRequest */
            .name_ref = REF(shapes[400].name_ref, strings[17873]),
            .u.structure.members_ref = REF(shapes[400].u.structure.members_ref, members[988]),
            .u.structure.by_wire_name_ref = REF(shapes[400].u.structure.by_wire_name_ref, by_wire_name[988]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_list_parts_input),
            .u.structure.member_count = 10,
        },
        [401] = { /* Location */
            .name_ref = REF(shapes[401].name_ref, strings[3379]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [402] = { /* LocationInfo */
            .name_ref = REF(shapes[402].name_ref, strings[17945]),
            .u.structure.members_ref = REF(shapes[402].u.structure.members_ref, members[998]),
            .u.structure.by_wire_name_ref = REF(shapes[402].u.structure.by_wire_name_ref, by_wire_name[998]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_location_info),
            .u.structure.member_count = 2,
        },
        [403] = { /* LocationNameAsString */
            .name_ref = REF(shapes[403].name_ref, strings[17958]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [404] = { /* LocationPrefix */
            .name_ref = REF(shapes[404].name_ref, strings[17979]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [405] = { /* LocationType */
            .name_ref = REF(shapes[405].name_ref, strings[17994]),
            .u.string.enum_values_ref = REF(shapes[405].u.string.enum_values_ref, strings[18007]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [406] = { /* LoggingEnabled */
            .name_ref = REF(shapes[406].name_ref, strings[2333]),
            .u.structure.members_ref = REF(shapes[406].u.structure.members_ref, members[1000]),
            .u.structure.by_wire_name_ref = REF(shapes[406].u.structure.by_wire_name_ref, by_wire_name[1000]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_logging_enabled),
            .u.structure.member_count = 4,
        },
        [407] = { /* MFA */
            .name_ref = REF(shapes[407].name_ref, strings[18095]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [408] = { /* MFADelete */
            .name_ref = REF(shapes[408].name_ref, strings[18099]),
            .u.string.enum_values_ref = REF(shapes[408].u.string.enum_values_ref, strings[1544]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [409] = { /* MFADeleteStatus */
            .name_ref = REF(shapes[409].name_ref, strings[18109]),
            .u.string.enum_values_ref = REF(shapes[409].u.string.enum_values_ref, strings[1544]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [410] = { /* Marker */
            .name_ref = REF(shapes[410].name_ref, strings[17699]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [411] = { /* MaxAgeSeconds */
            .name_ref = REF(shapes[411].name_ref, strings[2727]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [412] = { /* MaxAnnotationResults */
            .name_ref = REF(shapes[412].name_ref, strings[17304]),
            .range_ref = REF(shapes[412].range_ref, ranges[1]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [413] = { /* MaxBuckets */
            .name_ref = REF(shapes[413].name_ref, strings[18125]),
            .range_ref = REF(shapes[413].range_ref, ranges[2]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [414] = { /* MaxDirectoryBuckets */
            .name_ref = REF(shapes[414].name_ref, strings[18136]),
            .range_ref = REF(shapes[414].range_ref, ranges[3]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [415] = { /* MaxKeys */
            .name_ref = REF(shapes[415].name_ref, strings[17538]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [416] = { /* MaxParts */
            .name_ref = REF(shapes[416].name_ref, strings[12614]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [417] = { /* MaxUploads */
            .name_ref = REF(shapes[417].name_ref, strings[17072]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [418] = { /* Message */
            .name_ref = REF(shapes[418].name_ref, strings[9146]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [419] = { /* Metadata */
            .name_ref = REF(shapes[419].name_ref, strings[18156]),
            .u.collection.item_ref = REF(shapes[419].u.collection.item_ref, shapes[429]),
            .u.collection.key_ref = REF(shapes[419].u.collection.key_ref, shapes[424]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_s3_metadata),
            .u.collection.value_offset = offsetof(struct awsc_s3_metadata_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_s3_metadata_map_entry),
        },
        [420] = { /* MetadataConfiguration */
            .name_ref = REF(shapes[420].name_ref, strings[6718]),
            .u.structure.members_ref = REF(shapes[420].u.structure.members_ref, members[1004]),
            .u.structure.by_wire_name_ref = REF(shapes[420].u.structure.by_wire_name_ref, by_wire_name[1004]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_metadata_configuration),
            .u.structure.member_count = 3,
        },
        [421] = { /* MetadataConfigurationResult */
            .name_ref = REF(shapes[421].name_ref, strings[11350]),
            .u.structure.members_ref = REF(shapes[421].u.structure.members_ref, members[1007]),
            .u.structure.by_wire_name_ref = REF(shapes[421].u.structure.by_wire_name_ref, by_wire_name[1007]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_metadata_configuration_result),
            .u.structure.member_count = 4,
        },
        [422] = { /* MetadataDirective */
            .name_ref = REF(shapes[422].name_ref, strings[18165]),
            .u.string.enum_values_ref = REF(shapes[422].u.string.enum_values_ref, strings[18183]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [423] = { /* MetadataEntry */
            .name_ref = REF(shapes[423].name_ref, strings[18196]),
            .u.structure.members_ref = REF(shapes[423].u.structure.members_ref, members[1011]),
            .u.structure.by_wire_name_ref = REF(shapes[423].u.structure.by_wire_name_ref, by_wire_name[1011]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_metadata_entry),
            .u.structure.member_count = 2,
        },
        [424] = { /* MetadataKey */
            .name_ref = REF(shapes[424].name_ref, strings[18210]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [425] = { /* MetadataTableConfiguration */
            .name_ref = REF(shapes[425].name_ref, strings[6854]),
            .u.structure.members_ref = REF(shapes[425].u.structure.members_ref, members[1013]),
            .u.structure.by_wire_name_ref = REF(shapes[425].u.structure.by_wire_name_ref, by_wire_name[1013]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_metadata_table_configuration),
            .u.structure.member_count = 1,
        },
        [426] = { /* MetadataTableConfigurationResult */
            .name_ref = REF(shapes[426].name_ref, strings[11505]),
            .u.structure.members_ref = REF(shapes[426].u.structure.members_ref, members[1014]),
            .u.structure.by_wire_name_ref = REF(shapes[426].u.structure.by_wire_name_ref, by_wire_name[1014]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_metadata_table_configuration_result),
            .u.structure.member_count = 1,
        },
        [427] = { /* MetadataTableEncryptionConfiguration */
            .name_ref = REF(shapes[427].name_ref, strings[18268]),
            .u.structure.members_ref = REF(shapes[427].u.structure.members_ref, members[1015]),
            .u.structure.by_wire_name_ref = REF(shapes[427].u.structure.by_wire_name_ref, by_wire_name[1015]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_metadata_table_encryption_configuration),
            .u.structure.member_count = 2,
        },
        [428] = { /* MetadataTableStatus */
            .name_ref = REF(shapes[428].name_ref, strings[18318]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [429] = { /* MetadataValue */
            .name_ref = REF(shapes[429].name_ref, strings[18338]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [430] = { /* Metrics */
            .name_ref = REF(shapes[430].name_ref, strings[8876]),
            .u.structure.members_ref = REF(shapes[430].u.structure.members_ref, members[1017]),
            .u.structure.by_wire_name_ref = REF(shapes[430].u.structure.by_wire_name_ref, by_wire_name[1017]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_metrics),
            .u.structure.member_count = 2,
        },
        [431] = { /* MetricsAndOperator */
            .name_ref = REF(shapes[431].name_ref, strings[18367]),
            .u.structure.members_ref = REF(shapes[431].u.structure.members_ref, members[1019]),
            .u.structure.by_wire_name_ref = REF(shapes[431].u.structure.by_wire_name_ref, by_wire_name[1019]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_metrics_and_operator),
            .u.structure.member_count = 3,
        },
        [432] = { /* MetricsConfiguration */
            .name_ref = REF(shapes[432].name_ref, strings[11574]),
            .u.structure.members_ref = REF(shapes[432].u.structure.members_ref, members[1022]),
            .u.structure.by_wire_name_ref = REF(shapes[432].u.structure.by_wire_name_ref, by_wire_name[1022]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_metrics_configuration),
            .u.structure.member_count = 2,
        },
        [433] = { /* MetricsConfigurationList */
            .name_ref = REF(shapes[433].name_ref, strings[18386]),
            .u.collection.item_ref = REF(shapes[433].u.collection.item_ref, shapes[432]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_metrics_configuration_list),
        },
        [434] = { /* MetricsFilter */
            .name_ref = REF(shapes[434].name_ref, strings[18411]),
            .u.structure.members_ref = REF(shapes[434].u.structure.members_ref, members[1024]),
            .u.structure.by_wire_name_ref = REF(shapes[434].u.structure.by_wire_name_ref, by_wire_name[1024]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_metrics_filter),
            .u.structure.member_count = 4,
        },
        [435] = { /* MetricsId */
            .name_ref = REF(shapes[435].name_ref, strings[18425]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [436] = { /* MetricsStatus */
            .name_ref = REF(shapes[436].name_ref, strings[18435]),
            .u.string.enum_values_ref = REF(shapes[436].u.string.enum_values_ref, strings[1544]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [437] = { /* Minutes */
            .name_ref = REF(shapes[437].name_ref, strings[18449]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [438] = { /* MissingMeta */
            .name_ref = REF(shapes[438].name_ref, strings[18457]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [439] = { /* MpuObjectSize */
            .name_ref = REF(shapes[439].name_ref, strings[18469]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [440] = { /* MultipartUpload */
            .name_ref = REF(shapes[440].name_ref, strings[4403]),
            .u.structure.members_ref = REF(shapes[440].u.structure.members_ref, members[1028]),
            .u.structure.by_wire_name_ref = REF(shapes[440].u.structure.by_wire_name_ref, by_wire_name[1028]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_multipart_upload),
            .u.structure.member_count = 8,
        },
        [441] = { /* MultipartUploadId */
            .name_ref = REF(shapes[441].name_ref, strings[18483]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [442] = { /* MultipartUploadList */
            .name_ref = REF(shapes[442].name_ref, strings[18501]),
            .u.collection.item_ref = REF(shapes[442].u.collection.item_ref, shapes[440]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_multipart_upload_list),
        },
        [443] = { /* NextKeyMarker */
            .name_ref = REF(shapes[443].name_ref, strings[17039]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [444] = { /* NextMarker */
            .name_ref = REF(shapes[444].name_ref, strings[17706]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [445] = { /* NextPartNumberMarker */
            .name_ref = REF(shapes[445].name_ref, strings[12593]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [446] = { /* NextToken */
            .name_ref = REF(shapes[446].name_ref, strings[18521]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [447] = { /* NextUploadIdMarker */
            .name_ref = REF(shapes[447].name_ref, strings[17053]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [448] = { /* NextVersionIdMarker */
            .name_ref = REF(shapes[448].name_ref, strings[17474]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [449] = { /* NoSuchAnnotation */
            .name_ref = REF(shapes[449].name_ref, strings[18531]),
            .u.structure.error_code_ref = REF(shapes[449].u.structure.error_code_ref, strings[18531]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_s3_no_such_annotation),
            .u.structure.http_status = 404,
        },
        [450] = { /* NoSuchBucket */
            .name_ref = REF(shapes[450].name_ref, strings[18548]),
            .u.structure.error_code_ref = REF(shapes[450].u.structure.error_code_ref, strings[18548]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_s3_no_such_bucket),
            .u.structure.http_status = 404,
        },
        [451] = { /* NoSuchKey */
            .name_ref = REF(shapes[451].name_ref, strings[18561]),
            .u.structure.error_code_ref = REF(shapes[451].u.structure.error_code_ref, strings[18561]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_s3_no_such_key),
            .u.structure.http_status = 404,
        },
        [452] = { /* NoSuchUpload */
            .name_ref = REF(shapes[452].name_ref, strings[18571]),
            .u.structure.error_code_ref = REF(shapes[452].u.structure.error_code_ref, strings[18571]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_s3_no_such_upload),
            .u.structure.http_status = 404,
        },
        [453] = { /* NonEmptyKmsKeyArnString */
            .name_ref = REF(shapes[453].name_ref, strings[18584]),
            .range_ref = REF(shapes[453].range_ref, ranges[4]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [454] = { /* NoncurrentVersionExpiration */
            .name_ref = REF(shapes[454].name_ref, strings[16041]),
            .u.structure.members_ref = REF(shapes[454].u.structure.members_ref, members[1036]),
            .u.structure.by_wire_name_ref = REF(shapes[454].u.structure.by_wire_name_ref, by_wire_name[1036]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_noncurrent_version_expiration),
            .u.structure.member_count = 2,
        },
        [455] = { /* NoncurrentVersionTransition */
            .name_ref = REF(shapes[455].name_ref, strings[18647]),
            .u.structure.members_ref = REF(shapes[455].u.structure.members_ref, members[1038]),
            .u.structure.by_wire_name_ref = REF(shapes[455].u.structure.by_wire_name_ref, by_wire_name[1038]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_noncurrent_version_transition),
            .u.structure.member_count = 3,
        },
        [456] = { /* NoncurrentVersionTransitionList */
            .name_ref = REF(shapes[456].name_ref, strings[18675]),
            .u.collection.item_ref = REF(shapes[456].u.collection.item_ref, shapes[455]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_noncurrent_version_transition_list),
        },
        [457] = { /* NotificationConfiguration */
            .name_ref = REF(shapes[457].name_ref, strings[18707]),
            .u.structure.members_ref = REF(shapes[457].u.structure.members_ref, members[1041]),
            .u.structure.by_wire_name_ref = REF(shapes[457].u.structure.by_wire_name_ref, by_wire_name[1041]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_notification_configuration),
            .u.structure.member_count = 4,
        },
        [458] = { /* NotificationConfigurationDeprecated */
            .name_ref = REF(shapes[458].name_ref, strings[18867]),
            .u.structure.members_ref = REF(shapes[458].u.structure.members_ref, members[1045]),
            .u.structure.by_wire_name_ref = REF(shapes[458].u.structure.by_wire_name_ref, by_wire_name[1045]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_notification_configuration_deprecated),
            .u.structure.member_count = 3,
        },
        [459] = { /* NotificationConfigurationFilter */
            .name_ref = REF(shapes[459].name_ref, strings[18941]),
            .u.structure.members_ref = REF(shapes[459].u.structure.members_ref, members[1048]),
            .u.structure.by_wire_name_ref = REF(shapes[459].u.structure.by_wire_name_ref, by_wire_name[1048]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_notification_configuration_filter),
            .u.structure.member_count = 1,
        },
        [460] = { /* NotificationId */
            .name_ref = REF(shapes[460].name_ref, strings[18983]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [461] = { /* Object */
            .name_ref = REF(shapes[461].name_ref, strings[18998]),
            .u.structure.members_ref = REF(shapes[461].u.structure.members_ref, members[1049]),
            .u.structure.by_wire_name_ref = REF(shapes[461].u.structure.by_wire_name_ref, by_wire_name[1049]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_object),
            .u.structure.member_count = 9,
        },
        [462] = { /* ObjectAlreadyInActiveTierError */
            .name_ref = REF(shapes[462].name_ref, strings[19019]),
            .u.structure.error_code_ref = REF(shapes[462].u.structure.error_code_ref, strings[19019]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_s3_object_already_in_active_tier_error),
            .u.structure.http_status = 403,
        },
        [463] = { /* ObjectAttributes */
            .name_ref = REF(shapes[463].name_ref, strings[19050]),
            .u.string.enum_values_ref = REF(shapes[463].u.string.enum_values_ref, strings[19067]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 5,
        },
        [464] = { /* ObjectAttributesList */
            .name_ref = REF(shapes[464].name_ref, strings[19117]),
            .u.collection.item_ref = REF(shapes[464].u.collection.item_ref, shapes[463]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_s3_event_list),
        },
        [465] = { /* ObjectCannedACL */
            .name_ref = REF(shapes[465].name_ref, strings[19138]),
            .u.string.enum_values_ref = REF(shapes[465].u.string.enum_values_ref, strings[19154]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 7,
        },
        [466] = { /* ObjectEncryption */
            .name_ref = REF(shapes[466].name_ref, strings[19269]),
            .u.structure.members_ref = REF(shapes[466].u.structure.members_ref, members[1058]),
            .u.structure.by_wire_name_ref = REF(shapes[466].u.structure.by_wire_name_ref, by_wire_name[1058]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_s3_object_encryption),
            .u.structure.member_count = 1,
        },
        [467] = { /* ObjectIdentifier */
            .name_ref = REF(shapes[467].name_ref, strings[19286]),
            .u.structure.members_ref = REF(shapes[467].u.structure.members_ref, members[1059]),
            .u.structure.by_wire_name_ref = REF(shapes[467].u.structure.by_wire_name_ref, by_wire_name[1059]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_object_identifier),
            .u.structure.member_count = 5,
        },
        [468] = { /* ObjectIdentifierList */
            .name_ref = REF(shapes[468].name_ref, strings[19303]),
            .u.collection.item_ref = REF(shapes[468].u.collection.item_ref, shapes[467]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_object_identifier_list),
        },
        [469] = { /* ObjectIfMatch */
            .name_ref = REF(shapes[469].name_ref, strings[19324]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [470] = { /* ObjectKey */
            .name_ref = REF(shapes[470].name_ref, strings[19338]),
            .range_ref = REF(shapes[470].range_ref, ranges[5]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [471] = { /* ObjectList */
            .name_ref = REF(shapes[471].name_ref, strings[19348]),
            .u.collection.item_ref = REF(shapes[471].u.collection.item_ref, shapes[461]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_object_list),
        },
        [472] = { /* ObjectLockConfiguration */
            .name_ref = REF(shapes[472].name_ref, strings[12864]),
            .u.structure.members_ref = REF(shapes[472].u.structure.members_ref, members[1064]),
            .u.structure.by_wire_name_ref = REF(shapes[472].u.structure.by_wire_name_ref, by_wire_name[1064]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_object_lock_configuration),
            .u.structure.member_count = 2,
        },
        [473] = { /* ObjectLockEnabled */
            .name_ref = REF(shapes[473].name_ref, strings[19359]),
            .u.string.enum_values_ref = REF(shapes[473].u.string.enum_values_ref, strings[19382]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [474] = { /* ObjectLockEnabledForBucket */
            .name_ref = REF(shapes[474].name_ref, strings[19390]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [475] = { /* ObjectLockLegalHold */
            .name_ref = REF(shapes[475].name_ref, strings[19417]),
            .u.structure.members_ref = REF(shapes[475].u.structure.members_ref, members[1066]),
            .u.structure.by_wire_name_ref = REF(shapes[475].u.structure.by_wire_name_ref, by_wire_name[1066]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_object_lock_legal_hold),
            .u.structure.member_count = 1,
        },
        [476] = { /* ObjectLockLegalHoldStatus */
            .name_ref = REF(shapes[476].name_ref, strings[19437]),
            .u.string.enum_values_ref = REF(shapes[476].u.string.enum_values_ref, strings[19463]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [477] = { /* ObjectLockMode */
            .name_ref = REF(shapes[477].name_ref, strings[19470]),
            .u.string.enum_values_ref = REF(shapes[477].u.string.enum_values_ref, strings[19485]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [478] = { /* ObjectLockRetainUntilDate */
            .name_ref = REF(shapes[478].name_ref, strings[19507]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .timestamp_format = AWSC_TSFMT_ISO8601,
            .size = sizeof(struct awsc_timestamp),
        },
        [479] = { /* ObjectLockRetention */
            .name_ref = REF(shapes[479].name_ref, strings[19533]),
            .u.structure.members_ref = REF(shapes[479].u.structure.members_ref, members[1067]),
            .u.structure.by_wire_name_ref = REF(shapes[479].u.structure.by_wire_name_ref, by_wire_name[1067]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_object_lock_retention),
            .u.structure.member_count = 2,
        },
        [480] = { /* ObjectLockRetentionMode */
            .name_ref = REF(shapes[480].name_ref, strings[19569]),
            .u.string.enum_values_ref = REF(shapes[480].u.string.enum_values_ref, strings[19485]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [481] = { /* ObjectLockRule */
            .name_ref = REF(shapes[481].name_ref, strings[19593]),
            .u.structure.members_ref = REF(shapes[481].u.structure.members_ref, members[1069]),
            .u.structure.by_wire_name_ref = REF(shapes[481].u.structure.by_wire_name_ref, by_wire_name[1069]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_object_lock_rule),
            .u.structure.member_count = 1,
        },
        [482] = { /* ObjectLockToken */
            .name_ref = REF(shapes[482].name_ref, strings[19608]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [483] = { /* ObjectNotInActiveTierError */
            .name_ref = REF(shapes[483].name_ref, strings[19624]),
            .u.structure.error_code_ref = REF(shapes[483].u.structure.error_code_ref, strings[19624]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_s3_object_not_in_active_tier_error),
            .u.structure.http_status = 403,
        },
        [484] = { /* ObjectOwnership */
            .name_ref = REF(shapes[484].name_ref, strings[19651]),
            .u.string.enum_values_ref = REF(shapes[484].u.string.enum_values_ref, strings[19667]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [485] = { /* ObjectPart */
            .name_ref = REF(shapes[485].name_ref, strings[19721]),
            .u.structure.members_ref = REF(shapes[485].u.structure.members_ref, members[1070]),
            .u.structure.by_wire_name_ref = REF(shapes[485].u.structure.by_wire_name_ref, by_wire_name[1070]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_object_part),
            .u.structure.member_count = 12,
        },
        [486] = { /* ObjectSize */
            .name_ref = REF(shapes[486].name_ref, strings[12513]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [487] = { /* ObjectSizeGreaterThanBytes */
            .name_ref = REF(shapes[487].name_ref, strings[19732]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [488] = { /* ObjectSizeLessThanBytes */
            .name_ref = REF(shapes[488].name_ref, strings[19759]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [489] = { /* ObjectStorageClass */
            .name_ref = REF(shapes[489].name_ref, strings[19783]),
            .u.string.enum_values_ref = REF(shapes[489].u.string.enum_values_ref, strings[19802]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 15,
        },
        [490] = { /* ObjectVersion */
            .name_ref = REF(shapes[490].name_ref, strings[19998]),
            .u.structure.members_ref = REF(shapes[490].u.structure.members_ref, members[1082]),
            .u.structure.by_wire_name_ref = REF(shapes[490].u.structure.by_wire_name_ref, by_wire_name[1082]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_object_version),
            .u.structure.member_count = 11,
        },
        [491] = { /* ObjectVersionId */
            .name_ref = REF(shapes[491].name_ref, strings[20012]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [492] = { /* ObjectVersionList */
            .name_ref = REF(shapes[492].name_ref, strings[20028]),
            .u.collection.item_ref = REF(shapes[492].u.collection.item_ref, shapes[490]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_object_version_list),
        },
        [493] = { /* ObjectVersionStorageClass */
            .name_ref = REF(shapes[493].name_ref, strings[20046]),
            .u.string.enum_values_ref = REF(shapes[493].u.string.enum_values_ref, strings[20072]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [494] = { /* OptionalObjectAttributes */
            .name_ref = REF(shapes[494].name_ref, strings[20081]),
            .u.string.enum_values_ref = REF(shapes[494].u.string.enum_values_ref, strings[19005]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [495] = { /* OptionalObjectAttributesList */
            .name_ref = REF(shapes[495].name_ref, strings[20106]),
            .u.collection.item_ref = REF(shapes[495].u.collection.item_ref, shapes[494]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_s3_event_list),
        },
        [496] = { /* OutputLocation */
            .name_ref = REF(shapes[496].name_ref, strings[20135]),
            .u.structure.members_ref = REF(shapes[496].u.structure.members_ref, members[1093]),
            .u.structure.by_wire_name_ref = REF(shapes[496].u.structure.by_wire_name_ref, by_wire_name[1093]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_output_location),
            .u.structure.member_count = 1,
        },
        [497] = { /* OutputSerialization */
            .name_ref = REF(shapes[497].name_ref, strings[20153]),
            .u.structure.members_ref = REF(shapes[497].u.structure.members_ref, members[1094]),
            .u.structure.by_wire_name_ref = REF(shapes[497].u.structure.by_wire_name_ref, by_wire_name[1094]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_output_serialization),
            .u.structure.member_count = 2,
        },
        [498] = { /* Owner */
            .name_ref = REF(shapes[498].name_ref, strings[426]),
            .u.structure.members_ref = REF(shapes[498].u.structure.members_ref, members[1096]),
            .u.structure.by_wire_name_ref = REF(shapes[498].u.structure.by_wire_name_ref, by_wire_name[1096]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_owner),
            .u.structure.member_count = 2,
        },
        [499] = { /* OwnerOverride */
            .name_ref = REF(shapes[499].name_ref, strings[20173]),
            .u.string.enum_values_ref = REF(shapes[499].u.string.enum_values_ref, strings[8827]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [500] = { /* OwnershipControls */
            .name_ref = REF(shapes[500].name_ref, strings[11707]),
            .u.structure.members_ref = REF(shapes[500].u.structure.members_ref, members[1098]),
            .u.structure.by_wire_name_ref = REF(shapes[500].u.structure.by_wire_name_ref, by_wire_name[1098]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_ownership_controls),
            .u.structure.member_count = 1,
        },
        [501] = { /* OwnershipControlsRule */
            .name_ref = REF(shapes[501].name_ref, strings[20187]),
            .u.structure.members_ref = REF(shapes[501].u.structure.members_ref, members[1099]),
            .u.structure.by_wire_name_ref = REF(shapes[501].u.structure.by_wire_name_ref, by_wire_name[1099]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_ownership_controls_rule),
            .u.structure.member_count = 1,
        },
        [502] = { /* OwnershipControlsRules */
            .name_ref = REF(shapes[502].name_ref, strings[20209]),
            .u.collection.item_ref = REF(shapes[502].u.collection.item_ref, shapes[501]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_ownership_controls_rules),
        },
        [503] = { /* ParquetInput */
            .name_ref = REF(shapes[503].name_ref, strings[20232]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_parquet_input),
        },
        [504] = { /* Part */
            .name_ref = REF(shapes[504].name_ref, strings[20245]),
            .u.structure.members_ref = REF(shapes[504].u.structure.members_ref, members[1100]),
            .u.structure.by_wire_name_ref = REF(shapes[504].u.structure.by_wire_name_ref, by_wire_name[1100]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_part),
            .u.structure.member_count = 14,
        },
        [505] = { /* PartNumber */
            .name_ref = REF(shapes[505].name_ref, strings[4469]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [506] = { /* PartNumberMarker */
            .name_ref = REF(shapes[506].name_ref, strings[12576]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [507] = { /* PartitionDateSource */
            .name_ref = REF(shapes[507].name_ref, strings[20250]),
            .u.string.enum_values_ref = REF(shapes[507].u.string.enum_values_ref, strings[20270]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [508] = { /* PartitionedPrefix */
            .name_ref = REF(shapes[508].name_ref, strings[20293]),
            .u.structure.members_ref = REF(shapes[508].u.structure.members_ref, members[1114]),
            .u.structure.by_wire_name_ref = REF(shapes[508].u.structure.by_wire_name_ref, by_wire_name[1114]),
            .location_name_ref = REF(shapes[508].location_name_ref, strings[20293]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_partitioned_prefix),
            .u.structure.member_count = 1,
        },
        [509] = { /* Parts */
            .name_ref = REF(shapes[509].name_ref, strings[20311]),
            .u.collection.item_ref = REF(shapes[509].u.collection.item_ref, shapes[504]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_parts),
        },
        [510] = { /* PartsCount */
            .name_ref = REF(shapes[510].name_ref, strings[20317]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [511] = { /* PartsList */
            .name_ref = REF(shapes[511].name_ref, strings[20328]),
            .u.collection.item_ref = REF(shapes[511].u.collection.item_ref, shapes[485]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_parts_list),
        },
        [512] = { /* Payer */
            .name_ref = REF(shapes[512].name_ref, strings[11991]),
            .u.string.enum_values_ref = REF(shapes[512].u.string.enum_values_ref, strings[20338]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [513] = { /* Permission */
            .name_ref = REF(shapes[513].name_ref, strings[13807]),
            .u.string.enum_values_ref = REF(shapes[513].u.string.enum_values_ref, strings[20360]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 5,
        },
        [514] = { /* Policy */
            .name_ref = REF(shapes[514].name_ref, strings[11781]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [515] = { /* PolicyStatus */
            .name_ref = REF(shapes[515].name_ref, strings[11839]),
            .u.structure.members_ref = REF(shapes[515].u.structure.members_ref, members[1115]),
            .u.structure.by_wire_name_ref = REF(shapes[515].u.structure.by_wire_name_ref, by_wire_name[1115]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_policy_status),
            .u.structure.member_count = 1,
        },
        [516] = { /* Prefix */
            .name_ref = REF(shapes[516].name_ref, strings[664]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [517] = { /* Priority */
            .name_ref = REF(shapes[517].name_ref, strings[20403]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [518] = { /* Progress */
            .name_ref = REF(shapes[518].name_ref, strings[20412]),
            .u.structure.members_ref = REF(shapes[518].u.structure.members_ref, members[1116]),
            .u.structure.by_wire_name_ref = REF(shapes[518].u.structure.by_wire_name_ref, by_wire_name[1116]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_progress),
            .u.structure.member_count = 3,
        },
        [519] = { /* ProgressEvent */
            .name_ref = REF(shapes[519].name_ref, strings[20421]),
            .u.structure.members_ref = REF(shapes[519].u.structure.members_ref, members[1119]),
            .u.structure.by_wire_name_ref = REF(shapes[519].u.structure.by_wire_name_ref, by_wire_name[1119]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EVENT,
            .size = sizeof(struct awsc_s3_progress_event),
            .u.structure.member_count = 1,
        },
        [520] = { /* Protocol */
            .name_ref = REF(shapes[520].name_ref, strings[20443]),
            .u.string.enum_values_ref = REF(shapes[520].u.string.enum_values_ref, strings[20452]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [521] = { /* PublicAccessBlockConfiguration */
            .name_ref = REF(shapes[521].name_ref, strings[13708]),
            .u.structure.members_ref = REF(shapes[521].u.structure.members_ref, members[1120]),
            .u.structure.by_wire_name_ref = REF(shapes[521].u.structure.by_wire_name_ref, by_wire_name[1120]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_public_access_block_configuration),
            .u.structure.member_count = 4,
        },
        [522] = { /* PutBucketAbacRequest */
            .name_ref = REF(shapes[522].name_ref, strings[20536]),
            .u.structure.members_ref = REF(shapes[522].u.structure.members_ref, members[1124]),
            .u.structure.by_wire_name_ref = REF(shapes[522].u.structure.by_wire_name_ref, by_wire_name[1124]),
            .u.structure.payload_ref = REF(shapes[522].u.structure.payload_ref, strings[0]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_bucket_abac_input),
            .u.structure.member_count = 5,
        },
        [523] = { /* PutBucketAccelerateConfigurationRequest */
            .name_ref = REF(shapes[523].name_ref, strings[20609]),
            .u.structure.members_ref = REF(shapes[523].u.structure.members_ref, members[1129]),
            .u.structure.by_wire_name_ref = REF(shapes[523].u.structure.by_wire_name_ref, by_wire_name[1129]),
            .u.structure.payload_ref = REF(shapes[523].u.structure.payload_ref, strings[344]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_bucket_accelerate_configuration_input),
            .u.structure.member_count = 4,
        },
        [524] = { /* PutBucketAclRequest */
            .name_ref = REF(shapes[524].name_ref, strings[20714]),
            .u.structure.members_ref = REF(shapes[524].u.structure.members_ref, members[1133]),
            .u.structure.by_wire_name_ref = REF(shapes[524].u.structure.by_wire_name_ref, by_wire_name[1133]),
            .u.structure.payload_ref = REF(shapes[524].u.structure.payload_ref, strings[381]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_bucket_acl_input),
            .u.structure.member_count = 11,
        },
        [525] = { /* PutBucketAnalyticsConfigurationRequest */
            .name_ref = REF(shapes[525].name_ref, strings[20795]),
            .u.structure.members_ref = REF(shapes[525].u.structure.members_ref, members[1144]),
            .u.structure.by_wire_name_ref = REF(shapes[525].u.structure.by_wire_name_ref, by_wire_name[1144]),
            .u.structure.payload_ref = REF(shapes[525].u.structure.payload_ref, strings[680]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_bucket_analytics_configuration_input),
            .u.structure.member_count = 4,
        },
        [526] = { /* PutBucketCorsRequest */
            .name_ref = REF(shapes[526].name_ref, strings[20898]),
            .u.structure.members_ref = REF(shapes[526].u.structure.members_ref, members[1148]),
            .u.structure.by_wire_name_ref = REF(shapes[526].u.structure.by_wire_name_ref, by_wire_name[1148]),
            .u.structure.payload_ref = REF(shapes[526].u.structure.payload_ref, strings[2564]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_bucket_cors_input),
            .u.structure.member_count = 5,
        },
        [527] = { /* PutBucketEncryptionRequest */
            .name_ref = REF(shapes[527].name_ref, strings[20978]),
            .u.structure.members_ref = REF(shapes[527].u.structure.members_ref, members[1153]),
            .u.structure.by_wire_name_ref = REF(shapes[527].u.structure.by_wire_name_ref, by_wire_name[1153]),
            .u.structure.payload_ref = REF(shapes[527].u.structure.payload_ref, strings[10646]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_bucket_encryption_input),
            .u.structure.member_count = 5,
        },
        [528] = { /* PutBucketIntelligentTieringConfigurationRequest */
            .name_ref = REF(shapes[528].name_ref, strings[21080]),
            .u.structure.members_ref = REF(shapes[528].u.structure.members_ref, members[1158]),
            .u.structure.by_wire_name_ref = REF(shapes[528].u.structure.by_wire_name_ref, by_wire_name[1158]),
            .u.structure.payload_ref = REF(shapes[528].u.structure.payload_ref, strings[10754]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_bucket_intelligent_tiering_configuration_input),
            .u.structure.member_count = 4,
        },
        [529] = { /* PutBucketInventoryConfigurationRequest */
            .name_ref = REF(shapes[529].name_ref, strings[21201]),
            .u.structure.members_ref = REF(shapes[529].u.structure.members_ref, members[1162]),
            .u.structure.by_wire_name_ref = REF(shapes[529].u.structure.by_wire_name_ref, by_wire_name[1162]),
            .u.structure.payload_ref = REF(shapes[529].u.structure.payload_ref, strings[10872]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_bucket_inventory_configuration_input),
            .u.structure.member_count = 4,
        },
        [530] = { /* PutBucketLifecycleConfigurationOutput */
            .name_ref = REF(shapes[530].name_ref, strings[21304]),
            .u.structure.members_ref = REF(shapes[530].u.structure.members_ref, members[1166]),
            .u.structure.by_wire_name_ref = REF(shapes[530].u.structure.by_wire_name_ref, by_wire_name[1166]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_bucket_lifecycle_configuration_output),
            .u.structure.member_count = 1,
        },
        [531] = { /* PutBucketLifecycleConfigurationRequest */
            .name_ref = REF(shapes[531].name_ref, strings[21342]),
            .u.structure.members_ref = REF(shapes[531].u.structure.members_ref, members[1167]),
            .u.structure.by_wire_name_ref = REF(shapes[531].u.structure.by_wire_name_ref, by_wire_name[1167]),
            .u.structure.payload_ref = REF(shapes[531].u.structure.payload_ref, strings[15904]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_bucket_lifecycle_configuration_input),
            .u.structure.member_count = 5,
        },
        [532] = { /* PutBucketLifecycleRequest */
            .name_ref = REF(shapes[532].name_ref, strings[21445]),
            .u.structure.members_ref = REF(shapes[532].u.structure.members_ref, members[1172]),
            .u.structure.by_wire_name_ref = REF(shapes[532].u.structure.by_wire_name_ref, by_wire_name[1172]),
            .u.structure.payload_ref = REF(shapes[532].u.structure.payload_ref, strings[15904]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_bucket_lifecycle_input),
            .u.structure.member_count = 5,
        },
        [533] = { /* PutBucketLoggingRequest */
            .name_ref = REF(shapes[533].name_ref, strings[21471]),
            .u.structure.members_ref = REF(shapes[533].u.structure.members_ref, members[1177]),
            .u.structure.by_wire_name_ref = REF(shapes[533].u.structure.by_wire_name_ref, by_wire_name[1177]),
            .u.structure.payload_ref = REF(shapes[533].u.structure.payload_ref, strings[2313]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_bucket_logging_input),
            .u.structure.member_count = 5,
        },
        [534] = { /* PutBucketMetricsConfigurationRequest */
            .name_ref = REF(shapes[534].name_ref, strings[21556]),
            .u.structure.members_ref = REF(shapes[534].u.structure.members_ref, members[1182]),
            .u.structure.by_wire_name_ref = REF(shapes[534].u.structure.by_wire_name_ref, by_wire_name[1182]),
            .u.structure.payload_ref = REF(shapes[534].u.structure.payload_ref, strings[11574]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_bucket_metrics_configuration_input),
            .u.structure.member_count = 4,
        },
        [535] = { /* PutBucketNotificationConfigurationRequest */
            .name_ref = REF(shapes[535].name_ref, strings[21655]),
            .u.structure.members_ref = REF(shapes[535].u.structure.members_ref, members[1186]),
            .u.structure.by_wire_name_ref = REF(shapes[535].u.structure.by_wire_name_ref, by_wire_name[1186]),
            .u.structure.payload_ref = REF(shapes[535].u.structure.payload_ref, strings[18707]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_bucket_notification_configuration_input),
            .u.structure.member_count = 4,
        },
        [536] = { /* PutBucketNotificationRequest */
            .name_ref = REF(shapes[536].name_ref, strings[21824]),
            .u.structure.members_ref = REF(shapes[536].u.structure.members_ref, members[1190]),
            .u.structure.by_wire_name_ref = REF(shapes[536].u.structure.by_wire_name_ref, by_wire_name[1190]),
            .u.structure.payload_ref = REF(shapes[536].u.structure.payload_ref, strings[18707]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_bucket_notification_input),
            .u.structure.member_count = 5,
        },
        [537] = { /* PutBucketOwnershipControlsRequest */
            .name_ref = REF(shapes[537].name_ref, strings[21853]),
            .u.structure.members_ref = REF(shapes[537].u.structure.members_ref, members[1195]),
            .u.structure.by_wire_name_ref = REF(shapes[537].u.structure.by_wire_name_ref, by_wire_name[1195]),
            .u.structure.payload_ref = REF(shapes[537].u.structure.payload_ref, strings[11707]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_bucket_ownership_controls_input),
            .u.structure.member_count = 5,
        },
        [538] = { /* PutBucketPolicyRequest */
            .name_ref = REF(shapes[538].name_ref, strings[21946]),
            .u.structure.members_ref = REF(shapes[538].u.structure.members_ref, members[1200]),
            .u.structure.by_wire_name_ref = REF(shapes[538].u.structure.by_wire_name_ref, by_wire_name[1200]),
            .u.structure.payload_ref = REF(shapes[538].u.structure.payload_ref, strings[11781]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_bucket_policy_input),
            .u.structure.member_count = 6,
        },
        [539] = { /* PutBucketReplicationRequest */
            .name_ref = REF(shapes[539].name_ref, strings[22039]),
            .u.structure.members_ref = REF(shapes[539].u.structure.members_ref, members[1206]),
            .u.structure.by_wire_name_ref = REF(shapes[539].u.structure.by_wire_name_ref, by_wire_name[1206]),
            .u.structure.payload_ref = REF(shapes[539].u.structure.payload_ref, strings[11908]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_bucket_replication_input),
            .u.structure.member_count = 6,
        },
        [540] = { /* PutBucketRequestPaymentRequest */
            .name_ref = REF(shapes[540].name_ref, strings[22170]),
            .u.structure.members_ref = REF(shapes[540].u.structure.members_ref, members[1212]),
            .u.structure.by_wire_name_ref = REF(shapes[540].u.structure.by_wire_name_ref, by_wire_name[1212]),
            .u.structure.payload_ref = REF(shapes[540].u.structure.payload_ref, strings[22270]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_bucket_request_payment_input),
            .u.structure.member_count = 5,
        },
        [541] = { /* PutBucketTaggingRequest */
            .name_ref = REF(shapes[541].name_ref, strings[22298]),
            .u.structure.members_ref = REF(shapes[541].u.structure.members_ref, members[1217]),
            .u.structure.by_wire_name_ref = REF(shapes[541].u.structure.by_wire_name_ref, by_wire_name[1217]),
            .u.structure.payload_ref = REF(shapes[541].u.structure.payload_ref, strings[22371]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_bucket_tagging_input),
            .u.structure.member_count = 5,
        },
        [542] = { /* PutBucketVersioningRequest */
            .name_ref = REF(shapes[542].name_ref, strings[22379]),
            .u.structure.members_ref = REF(shapes[542].u.structure.members_ref, members[1222]),
            .u.structure.by_wire_name_ref = REF(shapes[542].u.structure.by_wire_name_ref, by_wire_name[1222]),
            .u.structure.payload_ref = REF(shapes[542].u.structure.payload_ref, strings[22471]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_bucket_versioning_input),
            .u.structure.member_count = 6,
        },
        [543] = { /* PutBucketWebsiteRequest */
            .name_ref = REF(shapes[543].name_ref, strings[22495]),
            .u.structure.members_ref = REF(shapes[543].u.structure.members_ref, members[1228]),
            .u.structure.by_wire_name_ref = REF(shapes[543].u.structure.by_wire_name_ref, by_wire_name[1228]),
            .u.structure.payload_ref = REF(shapes[543].u.structure.payload_ref, strings[22581]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_bucket_website_input),
            .u.structure.member_count = 5,
        },
        [544] = { /* PutObjectAclOutput */
            .name_ref = REF(shapes[544].name_ref, strings[22602]),
            .u.structure.members_ref = REF(shapes[544].u.structure.members_ref, members[1233]),
            .u.structure.by_wire_name_ref = REF(shapes[544].u.structure.by_wire_name_ref, by_wire_name[1233]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_object_acl_output),
            .u.structure.member_count = 1,
        },
        [545] = { /* PutObjectAclRequest */
            .name_ref = REF(shapes[545].name_ref, strings[22621]),
            .u.structure.members_ref = REF(shapes[545].u.structure.members_ref, members[1234]),
            .u.structure.by_wire_name_ref = REF(shapes[545].u.structure.by_wire_name_ref, by_wire_name[1234]),
            .u.structure.payload_ref = REF(shapes[545].u.structure.payload_ref, strings[381]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_object_acl_input),
            .u.structure.member_count = 14,
        },
        [546] = { /* PutObjectAnnotationOutput */
            .name_ref = REF(shapes[546].name_ref, strings[22641]),
            .u.structure.members_ref = REF(shapes[546].u.structure.members_ref, members[1248]),
            .u.structure.by_wire_name_ref = REF(shapes[546].u.structure.by_wire_name_ref, by_wire_name[1248]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_object_annotation_output),
            .u.structure.member_count = 17,
        },
        [547] = { /* PutObjectAnnotationRequest */
            .name_ref = REF(shapes[547].name_ref, strings[22667]),
            .u.structure.members_ref = REF(shapes[547].u.structure.members_ref, members[1265]),
            .u.structure.by_wire_name_ref = REF(shapes[547].u.structure.by_wire_name_ref, by_wire_name[1265]),
            .u.structure.payload_ref = REF(shapes[547].u.structure.payload_ref, strings[1174]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_object_annotation_input),
            .u.structure.member_count = 20,
        },
        [548] = { /* PutObjectLegalHoldOutput */
            .name_ref = REF(shapes[548].name_ref, strings[22694]),
            .u.structure.members_ref = REF(shapes[548].u.structure.members_ref, members[1285]),
            .u.structure.by_wire_name_ref = REF(shapes[548].u.structure.by_wire_name_ref, by_wire_name[1285]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_object_legal_hold_output),
            .u.structure.member_count = 1,
        },
        [549] = { /* PutObjectLegalHoldRequest */
            .name_ref = REF(shapes[549].name_ref, strings[22719]),
            .u.structure.members_ref = REF(shapes[549].u.structure.members_ref, members[1286]),
            .u.structure.by_wire_name_ref = REF(shapes[549].u.structure.by_wire_name_ref, by_wire_name[1286]),
            .u.structure.payload_ref = REF(shapes[549].u.structure.payload_ref, strings[12795]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_object_legal_hold_input),
            .u.structure.member_count = 8,
        },
        [550] = { /* PutObjectLockConfigurationOutput */
            .name_ref = REF(shapes[550].name_ref, strings[22796]),
            .u.structure.members_ref = REF(shapes[550].u.structure.members_ref, members[1294]),
            .u.structure.by_wire_name_ref = REF(shapes[550].u.structure.by_wire_name_ref, by_wire_name[1294]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_object_lock_configuration_output),
            .u.structure.member_count = 1,
        },
        [551] = { /* PutObjectLockConfigurationRequest */
            .name_ref = REF(shapes[551].name_ref, strings[22829]),
            .u.structure.members_ref = REF(shapes[551].u.structure.members_ref, members[1295]),
            .u.structure.by_wire_name_ref = REF(shapes[551].u.structure.by_wire_name_ref, by_wire_name[1295]),
            .u.structure.payload_ref = REF(shapes[551].u.structure.payload_ref, strings[12864]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_object_lock_configuration_input),
            .u.structure.member_count = 7,
        },
        [552] = { /* PutObjectOutput */
            .name_ref = REF(shapes[552].name_ref, strings[22928]),
            .u.structure.members_ref = REF(shapes[552].u.structure.members_ref, members[1302]),
            .u.structure.by_wire_name_ref = REF(shapes[552].u.structure.by_wire_name_ref, by_wire_name[1302]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_object_output),
            .u.structure.member_count = 22,
        },
        [553] = { /* PutObjectRequest */
            .name_ref = REF(shapes[553].name_ref, strings[22967]),
            .u.structure.members_ref = REF(shapes[553].u.structure.members_ref, members[1324]),
            .u.structure.by_wire_name_ref = REF(shapes[553].u.structure.by_wire_name_ref, by_wire_name[1324]),
            .u.structure.payload_ref = REF(shapes[553].u.structure.payload_ref, strings[1481]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_object_input),
            .u.structure.member_count = 46,
        },
        [554] = { /* PutObjectRetentionOutput */
            .name_ref = REF(shapes[554].name_ref, strings[23026]),
            .u.structure.members_ref = REF(shapes[554].u.structure.members_ref, members[1370]),
            .u.structure.by_wire_name_ref = REF(shapes[554].u.structure.by_wire_name_ref, by_wire_name[1370]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_object_retention_output),
            .u.structure.member_count = 1,
        },
        [555] = { /* PutObjectRetentionRequest */
            .name_ref = REF(shapes[555].name_ref, strings[23051]),
            .u.structure.members_ref = REF(shapes[555].u.structure.members_ref, members[1371]),
            .u.structure.by_wire_name_ref = REF(shapes[555].u.structure.by_wire_name_ref, by_wire_name[1371]),
            .u.structure.payload_ref = REF(shapes[555].u.structure.payload_ref, strings[13551]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_object_retention_input),
            .u.structure.member_count = 9,
        },
        [556] = { /* PutObjectTaggingOutput */
            .name_ref = REF(shapes[556].name_ref, strings[23128]),
            .u.structure.members_ref = REF(shapes[556].u.structure.members_ref, members[1380]),
            .u.structure.by_wire_name_ref = REF(shapes[556].u.structure.by_wire_name_ref, by_wire_name[1380]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_object_tagging_output),
            .u.structure.member_count = 1,
        },
        [557] = { /* PutObjectTaggingRequest */
            .name_ref = REF(shapes[557].name_ref, strings[23151]),
            .u.structure.members_ref = REF(shapes[557].u.structure.members_ref, members[1381]),
            .u.structure.by_wire_name_ref = REF(shapes[557].u.structure.by_wire_name_ref, by_wire_name[1381]),
            .u.structure.payload_ref = REF(shapes[557].u.structure.payload_ref, strings[22371]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_object_tagging_input),
            .u.structure.member_count = 8,
        },
        [558] = { /* PutPublicAccessBlockRequest */
            .name_ref = REF(shapes[558].name_ref, strings[23175]),
            .u.structure.members_ref = REF(shapes[558].u.structure.members_ref, members[1389]),
            .u.structure.by_wire_name_ref = REF(shapes[558].u.structure.by_wire_name_ref, by_wire_name[1389]),
            .u.structure.payload_ref = REF(shapes[558].u.structure.payload_ref, strings[13708]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_put_public_access_block_input),
            .u.structure.member_count = 5,
        },
        [559] = { /* QueueArn */
            .name_ref = REF(shapes[559].name_ref, strings[23275]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [560] = { /* QueueConfiguration */
            .name_ref = REF(shapes[560].name_ref, strings[18922]),
            .u.structure.members_ref = REF(shapes[560].u.structure.members_ref, members[1394]),
            .u.structure.by_wire_name_ref = REF(shapes[560].u.structure.by_wire_name_ref, by_wire_name[1394]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_queue_configuration),
            .u.structure.member_count = 4,
        },
        [561] = { /* QueueConfigurationDeprecated */
            .name_ref = REF(shapes[561].name_ref, strings[23299]),
            .u.structure.members_ref = REF(shapes[561].u.structure.members_ref, members[1398]),
            .u.structure.by_wire_name_ref = REF(shapes[561].u.structure.by_wire_name_ref, by_wire_name[1398]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_queue_configuration_deprecated),
            .u.structure.member_count = 4,
        },
        [562] = { /* QueueConfigurationList */
            .name_ref = REF(shapes[562].name_ref, strings[23334]),
            .u.collection.item_ref = REF(shapes[562].u.collection.item_ref, shapes[560]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_queue_configuration_list),
        },
        [563] = { /* Quiet */
            .name_ref = REF(shapes[563].name_ref, strings[7496]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [564] = { /* QuoteCharacter */
            .name_ref = REF(shapes[564].name_ref, strings[2836]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [565] = { /* QuoteEscapeCharacter */
            .name_ref = REF(shapes[565].name_ref, strings[2784]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [566] = { /* QuoteFields */
            .name_ref = REF(shapes[566].name_ref, strings[2861]),
            .u.string.enum_values_ref = REF(shapes[566].u.string.enum_values_ref, strings[23357]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [567] = { /* Range */
            .name_ref = REF(shapes[567].name_ref, strings[13195]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [568] = { /* RecordDelimiter */
            .name_ref = REF(shapes[568].name_ref, strings[2805]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [569] = { /* RecordExpiration */
            .name_ref = REF(shapes[569].name_ref, strings[15666]),
            .u.structure.members_ref = REF(shapes[569].u.structure.members_ref, members[1402]),
            .u.structure.by_wire_name_ref = REF(shapes[569].u.structure.by_wire_name_ref, by_wire_name[1402]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_record_expiration),
            .u.structure.member_count = 2,
        },
        [570] = { /* RecordExpirationDays */
            .name_ref = REF(shapes[570].name_ref, strings[23373]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [571] = { /* RecordsEvent */
            .name_ref = REF(shapes[571].name_ref, strings[23394]),
            .u.structure.members_ref = REF(shapes[571].u.structure.members_ref, members[1404]),
            .u.structure.by_wire_name_ref = REF(shapes[571].u.structure.by_wire_name_ref, by_wire_name[1404]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EVENT,
            .size = sizeof(struct awsc_s3_records_event),
            .u.structure.member_count = 1,
        },
        [572] = { /* Redirect */
            .name_ref = REF(shapes[572].name_ref, strings[23415]),
            .u.structure.members_ref = REF(shapes[572].u.structure.members_ref, members[1405]),
            .u.structure.by_wire_name_ref = REF(shapes[572].u.structure.by_wire_name_ref, by_wire_name[1405]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_redirect),
            .u.structure.member_count = 5,
        },
        [573] = { /* RedirectAllRequestsTo */
            .name_ref = REF(shapes[573].name_ref, strings[12178]),
            .u.structure.members_ref = REF(shapes[573].u.structure.members_ref, members[1410]),
            .u.structure.by_wire_name_ref = REF(shapes[573].u.structure.by_wire_name_ref, by_wire_name[1410]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_redirect_all_requests_to),
            .u.structure.member_count = 2,
        },
        [574] = { /* Region */
            .name_ref = REF(shapes[574].name_ref, strings[23460]),
            .range_ref = REF(shapes[574].range_ref, ranges[6]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [575] = { /* RenameObjectOutput */
            .name_ref = REF(shapes[575].name_ref, strings[23467]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_rename_object_output),
        },
        [576] = { /* RenameObjectRequest */
            .name_ref = REF(shapes[576].name_ref, strings[23486]),
            .u.structure.members_ref = REF(shapes[576].u.structure.members_ref, members[1412]),
            .u.structure.by_wire_name_ref = REF(shapes[576].u.structure.by_wire_name_ref, by_wire_name[1412]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_rename_object_input),
            .u.structure.member_count = 12,
        },
        [577] = { /* RenameSource */
            .name_ref = REF(shapes[577].name_ref, strings[23948]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [578] = { /* RenameSourceIfMatch */
            .name_ref = REF(shapes[578].name_ref, strings[23961]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [579] = { /* RenameSourceIfModifiedSince */
            .name_ref = REF(shapes[579].name_ref, strings[23981]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .timestamp_format = AWSC_TSFMT_RFC822,
            .size = sizeof(struct awsc_timestamp),
        },
        [580] = { /* RenameSourceIfNoneMatch */
            .name_ref = REF(shapes[580].name_ref, strings[24009]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [581] = { /* RenameSourceIfUnmodifiedSince */
            .name_ref = REF(shapes[581].name_ref, strings[24033]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .timestamp_format = AWSC_TSFMT_RFC822,
            .size = sizeof(struct awsc_timestamp),
        },
        [582] = { /* ReplaceKeyPrefixWith */
            .name_ref = REF(shapes[582].name_ref, strings[23424]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [583] = { /* ReplaceKeyWith */
            .name_ref = REF(shapes[583].name_ref, strings[23445]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [584] = { /* ReplicaKmsKeyID */
            .name_ref = REF(shapes[584].name_ref, strings[9064]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [585] = { /* ReplicaModifications */
            .name_ref = REF(shapes[585].name_ref, strings[24063]),
            .u.structure.members_ref = REF(shapes[585].u.structure.members_ref, members[1424]),
            .u.structure.by_wire_name_ref = REF(shapes[585].u.structure.by_wire_name_ref, by_wire_name[1424]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_replica_modifications),
            .u.structure.member_count = 1,
        },
        [586] = { /* ReplicaModificationsStatus */
            .name_ref = REF(shapes[586].name_ref, strings[24084]),
            .u.string.enum_values_ref = REF(shapes[586].u.string.enum_values_ref, strings[1544]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [587] = { /* ReplicationConfiguration */
            .name_ref = REF(shapes[587].name_ref, strings[11908]),
            .u.structure.members_ref = REF(shapes[587].u.structure.members_ref, members[1425]),
            .u.structure.by_wire_name_ref = REF(shapes[587].u.structure.by_wire_name_ref, by_wire_name[1425]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_replication_configuration),
            .u.structure.member_count = 2,
        },
        [588] = { /* ReplicationRule */
            .name_ref = REF(shapes[588].name_ref, strings[24111]),
            .u.structure.members_ref = REF(shapes[588].u.structure.members_ref, members[1427]),
            .u.structure.by_wire_name_ref = REF(shapes[588].u.structure.by_wire_name_ref, by_wire_name[1427]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_replication_rule),
            .u.structure.member_count = 9,
        },
        [589] = { /* ReplicationRuleAndOperator */
            .name_ref = REF(shapes[589].name_ref, strings[24151]),
            .u.structure.members_ref = REF(shapes[589].u.structure.members_ref, members[1436]),
            .u.structure.by_wire_name_ref = REF(shapes[589].u.structure.by_wire_name_ref, by_wire_name[1436]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_replication_rule_and_operator),
            .u.structure.member_count = 2,
        },
        [590] = { /* ReplicationRuleFilter */
            .name_ref = REF(shapes[590].name_ref, strings[24178]),
            .u.structure.members_ref = REF(shapes[590].u.structure.members_ref, members[1438]),
            .u.structure.by_wire_name_ref = REF(shapes[590].u.structure.by_wire_name_ref, by_wire_name[1438]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_replication_rule_filter),
            .u.structure.member_count = 3,
        },
        [591] = { /* ReplicationRuleStatus */
            .name_ref = REF(shapes[591].name_ref, strings[24200]),
            .u.string.enum_values_ref = REF(shapes[591].u.string.enum_values_ref, strings[1544]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [592] = { /* ReplicationRules */
            .name_ref = REF(shapes[592].name_ref, strings[24222]),
            .u.collection.item_ref = REF(shapes[592].u.collection.item_ref, shapes[588]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_replication_rules),
        },
        [593] = { /* ReplicationStatus */
            .name_ref = REF(shapes[593].name_ref, strings[1095]),
            .u.string.enum_values_ref = REF(shapes[593].u.string.enum_values_ref, strings[24239]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 5,
        },
        [594] = { /* ReplicationTime */
            .name_ref = REF(shapes[594].name_ref, strings[8860]),
            .u.structure.members_ref = REF(shapes[594].u.structure.members_ref, members[1441]),
            .u.structure.by_wire_name_ref = REF(shapes[594].u.structure.by_wire_name_ref, by_wire_name[1441]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_replication_time),
            .u.structure.member_count = 2,
        },
        [595] = { /* ReplicationTimeStatus */
            .name_ref = REF(shapes[595].name_ref, strings[24286]),
            .u.string.enum_values_ref = REF(shapes[595].u.string.enum_values_ref, strings[1544]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [596] = { /* ReplicationTimeValue */
            .name_ref = REF(shapes[596].name_ref, strings[24308]),
            .u.structure.members_ref = REF(shapes[596].u.structure.members_ref, members[1443]),
            .u.structure.by_wire_name_ref = REF(shapes[596].u.structure.by_wire_name_ref, by_wire_name[1443]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_replication_time_value),
            .u.structure.member_count = 1,
        },
        [597] = { /* RequestCharged */
            .name_ref = REF(shapes[597].name_ref, strings[24329]),
            .u.string.enum_values_ref = REF(shapes[597].u.string.enum_values_ref, strings[24344]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [598] = { /* RequestPayer */
            .name_ref = REF(shapes[598].name_ref, strings[24354]),
            .u.string.enum_values_ref = REF(shapes[598].u.string.enum_values_ref, strings[24344]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [599] = { /* RequestPaymentConfiguration */
            .name_ref = REF(shapes[599].name_ref, strings[22270]),
            .u.structure.members_ref = REF(shapes[599].u.structure.members_ref, members[1444]),
            .u.structure.by_wire_name_ref = REF(shapes[599].u.structure.by_wire_name_ref, by_wire_name[1444]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_request_payment_configuration),
            .u.structure.member_count = 1,
        },
        [600] = { /* RequestProgress */
            .name_ref = REF(shapes[600].name_ref, strings[24367]),
            .u.structure.members_ref = REF(shapes[600].u.structure.members_ref, members[1445]),
            .u.structure.by_wire_name_ref = REF(shapes[600].u.structure.by_wire_name_ref, by_wire_name[1445]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_request_progress),
            .u.structure.member_count = 1,
        },
        [601] = { /* RequestRoute */
            .name_ref = REF(shapes[601].name_ref, strings[24383]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [602] = { /* RequestToken */
            .name_ref = REF(shapes[602].name_ref, strings[24396]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [603] = { /* ResponseCacheControl */
            .name_ref = REF(shapes[603].name_ref, strings[24409]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [604] = { /* ResponseContentDisposition */
            .name_ref = REF(shapes[604].name_ref, strings[24430]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [605] = { /* ResponseContentEncoding */
            .name_ref = REF(shapes[605].name_ref, strings[24457]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [606] = { /* ResponseContentLanguage */
            .name_ref = REF(shapes[606].name_ref, strings[24481]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [607] = { /* ResponseContentType */
            .name_ref = REF(shapes[607].name_ref, strings[24505]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [608] = { /* ResponseExpires */
            .name_ref = REF(shapes[608].name_ref, strings[24525]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .timestamp_format = AWSC_TSFMT_RFC822,
            .size = sizeof(struct awsc_timestamp),
        },
        [609] = { /* Restore */
            .name_ref = REF(shapes[609].name_ref, strings[24541]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [610] = { /* RestoreExpiryDate */
            .name_ref = REF(shapes[610].name_ref, strings[24549]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [611] = { /* RestoreObjectOutput */
            .name_ref = REF(shapes[611].name_ref, strings[24567]),
            .u.structure.members_ref = REF(shapes[611].u.structure.members_ref, members[1446]),
            .u.structure.by_wire_name_ref = REF(shapes[611].u.structure.by_wire_name_ref, by_wire_name[1446]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_restore_object_output),
            .u.structure.member_count = 2,
        },
        [612] = { /* RestoreObjectRequest */
            .name_ref = REF(shapes[612].name_ref, strings[24631]),
            .u.structure.members_ref = REF(shapes[612].u.structure.members_ref, members[1448]),
            .u.structure.by_wire_name_ref = REF(shapes[612].u.structure.by_wire_name_ref, by_wire_name[1448]),
            .u.structure.payload_ref = REF(shapes[612].u.structure.payload_ref, strings[24708]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_restore_object_input),
            .u.structure.member_count = 7,
        },
        [613] = { /* RestoreOutputPath */
            .name_ref = REF(shapes[613].name_ref, strings[24723]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [614] = { /* RestoreRequest */
            .name_ref = REF(shapes[614].name_ref, strings[24708]),
            .u.structure.members_ref = REF(shapes[614].u.structure.members_ref, members[1455]),
            .u.structure.by_wire_name_ref = REF(shapes[614].u.structure.by_wire_name_ref, by_wire_name[1455]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_restore_request),
            .u.structure.member_count = 7,
        },
        [615] = { /* RestoreRequestType */
            .name_ref = REF(shapes[615].name_ref, strings[24758]),
            .u.string.enum_values_ref = REF(shapes[615].u.string.enum_values_ref, strings[24777]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [616] = { /* RestoreStatus */
            .name_ref = REF(shapes[616].name_ref, strings[19005]),
            .u.structure.members_ref = REF(shapes[616].u.structure.members_ref, members[1462]),
            .u.structure.by_wire_name_ref = REF(shapes[616].u.structure.by_wire_name_ref, by_wire_name[1462]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_restore_status),
            .u.structure.member_count = 2,
        },
        [617] = { /* Role */
            .name_ref = REF(shapes[617].name_ref, strings[1281]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [618] = { /* RoutingRule */
            .name_ref = REF(shapes[618].name_ref, strings[24784]),
            .u.structure.members_ref = REF(shapes[618].u.structure.members_ref, members[1464]),
            .u.structure.by_wire_name_ref = REF(shapes[618].u.structure.by_wire_name_ref, by_wire_name[1464]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_routing_rule),
            .u.structure.member_count = 2,
        },
        [619] = { /* RoutingRules */
            .name_ref = REF(shapes[619].name_ref, strings[12214]),
            .u.collection.item_ref = REF(shapes[619].u.collection.item_ref, shapes[618]),
            .u.collection.xml_refs_ref = REF(shapes[619].u.collection.xml_refs_ref, xml_refs[5]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_s3_routing_rules),
        },
        [620] = { /* Rule */
            .name_ref = REF(shapes[620].name_ref, strings[19377]),
            .u.structure.members_ref = REF(shapes[620].u.structure.members_ref, members[1466]),
            .u.structure.by_wire_name_ref = REF(shapes[620].u.structure.by_wire_name_ref, by_wire_name[1466]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_rule),
            .u.structure.member_count = 8,
        },
        [621] = { /* Rules */
            .name_ref = REF(shapes[621].name_ref, strings[24807]),
            .u.collection.item_ref = REF(shapes[621].u.collection.item_ref, shapes[620]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_rules),
        },
        [622] = { /* S3KeyFilter */
            .name_ref = REF(shapes[622].name_ref, strings[24813]),
            .u.structure.members_ref = REF(shapes[622].u.structure.members_ref, members[1474]),
            .u.structure.by_wire_name_ref = REF(shapes[622].u.structure.by_wire_name_ref, by_wire_name[1474]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_s3_key_filter),
            .u.structure.member_count = 1,
        },
        [623] = { /* S3Location */
            .name_ref = REF(shapes[623].name_ref, strings[24848]),
            .u.structure.members_ref = REF(shapes[623].u.structure.members_ref, members[1475]),
            .u.structure.by_wire_name_ref = REF(shapes[623].u.structure.by_wire_name_ref, by_wire_name[1475]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_s3_location),
            .u.structure.member_count = 8,
        },
        [624] = { /* S3RegionalOrS3ExpressBucketArnString */
            .name_ref = REF(shapes[624].name_ref, strings[24900]),
            .range_ref = REF(shapes[624].range_ref, ranges[7]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [625] = { /* S3TablesArn */
            .name_ref = REF(shapes[625].name_ref, strings[24937]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [626] = { /* S3TablesBucketArn */
            .name_ref = REF(shapes[626].name_ref, strings[24949]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [627] = { /* S3TablesBucketType */
            .name_ref = REF(shapes[627].name_ref, strings[24967]),
            .u.string.enum_values_ref = REF(shapes[627].u.string.enum_values_ref, strings[24986]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [628] = { /* S3TablesDestination */
            .name_ref = REF(shapes[628].name_ref, strings[18222]),
            .u.structure.members_ref = REF(shapes[628].u.structure.members_ref, members[1483]),
            .u.structure.by_wire_name_ref = REF(shapes[628].u.structure.by_wire_name_ref, by_wire_name[1483]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_s3_tables_destination),
            .u.structure.member_count = 2,
        },
        [629] = { /* S3TablesDestinationResult */
            .name_ref = REF(shapes[629].name_ref, strings[18242]),
            .u.structure.members_ref = REF(shapes[629].u.structure.members_ref, members[1485]),
            .u.structure.by_wire_name_ref = REF(shapes[629].u.structure.by_wire_name_ref, by_wire_name[1485]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_s3_tables_destination_result),
            .u.structure.member_count = 4,
        },
        [630] = { /* S3TablesName */
            .name_ref = REF(shapes[630].name_ref, strings[24999]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [631] = { /* S3TablesNamespace */
            .name_ref = REF(shapes[631].name_ref, strings[25012]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [632] = { /* SSECustomerAlgorithm */
            .name_ref = REF(shapes[632].name_ref, strings[25030]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [633] = { /* SSECustomerKey */
            .name_ref = REF(shapes[633].name_ref, strings[25051]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [634] = { /* SSECustomerKeyMD5 */
            .name_ref = REF(shapes[634].name_ref, strings[25066]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [635] = { /* SSEKMS */
            .name_ref = REF(shapes[635].name_ref, strings[25084]),
            .u.structure.members_ref = REF(shapes[635].u.structure.members_ref, members[1489]),
            .u.structure.by_wire_name_ref = REF(shapes[635].u.structure.by_wire_name_ref, by_wire_name[1489]),
            .location_name_ref = REF(shapes[635].location_name_ref, strings[25097]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_ssekms),
            .u.structure.member_count = 1,
        },
        [636] = { /* SSEKMSEncryption */
            .name_ref = REF(shapes[636].name_ref, strings[25105]),
            .u.structure.members_ref = REF(shapes[636].u.structure.members_ref, members[1490]),
            .u.structure.by_wire_name_ref = REF(shapes[636].u.structure.by_wire_name_ref, by_wire_name[1490]),
            .location_name_ref = REF(shapes[636].location_name_ref, strings[25097]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_ssekms_encryption),
            .u.structure.member_count = 2,
        },
        [637] = { /* SSEKMSEncryptionContext */
            .name_ref = REF(shapes[637].name_ref, strings[25132]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [638] = { /* SSEKMSKeyId */
            .name_ref = REF(shapes[638].name_ref, strings[25156]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [639] = { /* SSES3 */
            .name_ref = REF(shapes[639].name_ref, strings[25168]),
            .location_name_ref = REF(shapes[639].location_name_ref, strings[25174]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_sses3),
        },
        [640] = { /* ScanRange */
            .name_ref = REF(shapes[640].name_ref, strings[25181]),
            .u.structure.members_ref = REF(shapes[640].u.structure.members_ref, members[1492]),
            .u.structure.by_wire_name_ref = REF(shapes[640].u.structure.by_wire_name_ref, by_wire_name[1492]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_scan_range),
            .u.structure.member_count = 2,
        },
        [641] = { /* SelectObjectContentEventStream */
            .name_ref = REF(shapes[641].name_ref, strings[25197]),
            .u.structure.members_ref = REF(shapes[641].u.structure.members_ref, members[1494]),
            .u.structure.by_wire_name_ref = REF(shapes[641].u.structure.by_wire_name_ref, by_wire_name[1494]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EVENTSTREAM,
            .size = sizeof(struct awsc_s3_select_object_content_event),
            .u.structure.member_count = 5,
        },
        [642] = { /* SelectObjectContentOutput */
            .name_ref = REF(shapes[642].name_ref, strings[25247]),
            .u.structure.members_ref = REF(shapes[642].u.structure.members_ref, members[1499]),
            .u.structure.by_wire_name_ref = REF(shapes[642].u.structure.by_wire_name_ref, by_wire_name[1499]),
            .u.structure.payload_ref = REF(shapes[642].u.structure.payload_ref, strings[23407]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_select_object_content_output),
            .u.structure.member_count = 1,
        },
        [643] = { /* SelectObjectContentRequest */
            .name_ref = REF(shapes[643].name_ref, strings[25273]),
            .u.structure.members_ref = REF(shapes[643].u.structure.members_ref, members[1500]),
            .u.structure.by_wire_name_ref = REF(shapes[643].u.structure.by_wire_name_ref, by_wire_name[1500]),
            .xml_namespace_ref = REF(shapes[643].xml_namespace_ref, strings[25300]),
            .location_name_ref = REF(shapes[643].location_name_ref, strings[25273]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_select_object_content_input),
            .u.structure.member_count = 12,
        },
        [644] = { /* SelectParameters */
            .name_ref = REF(shapes[644].name_ref, strings[24741]),
            .u.structure.members_ref = REF(shapes[644].u.structure.members_ref, members[1512]),
            .u.structure.by_wire_name_ref = REF(shapes[644].u.structure.by_wire_name_ref, by_wire_name[1512]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_select_parameters),
            .u.structure.member_count = 4,
        },
        [645] = { /* ServerSideEncryption */
            .name_ref = REF(shapes[645].name_ref, strings[25341]),
            .u.string.enum_values_ref = REF(shapes[645].u.string.enum_values_ref, strings[25362]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 5,
        },
        [646] = { /* ServerSideEncryptionByDefault */
            .name_ref = REF(shapes[646].name_ref, strings[25409]),
            .u.structure.members_ref = REF(shapes[646].u.structure.members_ref, members[1516]),
            .u.structure.by_wire_name_ref = REF(shapes[646].u.structure.by_wire_name_ref, by_wire_name[1516]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_server_side_encryption_by_default),
            .u.structure.member_count = 2,
        },
        [647] = { /* ServerSideEncryptionConfiguration */
            .name_ref = REF(shapes[647].name_ref, strings[10646]),
            .u.structure.members_ref = REF(shapes[647].u.structure.members_ref, members[1518]),
            .u.structure.by_wire_name_ref = REF(shapes[647].u.structure.by_wire_name_ref, by_wire_name[1518]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_server_side_encryption_configuration),
            .u.structure.member_count = 1,
        },
        [648] = { /* ServerSideEncryptionRule */
            .name_ref = REF(shapes[648].name_ref, strings[25467]),
            .u.structure.members_ref = REF(shapes[648].u.structure.members_ref, members[1519]),
            .u.structure.by_wire_name_ref = REF(shapes[648].u.structure.by_wire_name_ref, by_wire_name[1519]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_server_side_encryption_rule),
            .u.structure.member_count = 3,
        },
        [649] = { /* ServerSideEncryptionRules */
            .name_ref = REF(shapes[649].name_ref, strings[25527]),
            .u.collection.item_ref = REF(shapes[649].u.collection.item_ref, shapes[648]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_server_side_encryption_rules),
        },
        [650] = { /* SessionCredentialValue */
            .name_ref = REF(shapes[650].name_ref, strings[25553]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [651] = { /* SessionCredentials */
            .name_ref = REF(shapes[651].name_ref, strings[25576]),
            .u.structure.members_ref = REF(shapes[651].u.structure.members_ref, members[1522]),
            .u.structure.by_wire_name_ref = REF(shapes[651].u.structure.by_wire_name_ref, by_wire_name[1522]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_session_credentials),
            .u.structure.member_count = 4,
        },
        [652] = { /* SessionExpiration */
            .name_ref = REF(shapes[652].name_ref, strings[25636]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [653] = { /* SessionMode */
            .name_ref = REF(shapes[653].name_ref, strings[25654]),
            .u.string.enum_values_ref = REF(shapes[653].u.string.enum_values_ref, strings[25666]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [654] = { /* Setting */
            .name_ref = REF(shapes[654].name_ref, strings[25685]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [655] = { /* SimplePrefix */
            .name_ref = REF(shapes[655].name_ref, strings[25693]),
            .location_name_ref = REF(shapes[655].location_name_ref, strings[25693]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_simple_prefix),
        },
        [656] = { /* Size */
            .name_ref = REF(shapes[656].name_ref, strings[1090]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [657] = { /* SkipValidation */
            .name_ref = REF(shapes[657].name_ref, strings[25706]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [658] = { /* SourceSelectionCriteria */
            .name_ref = REF(shapes[658].name_ref, strings[24127]),
            .u.structure.members_ref = REF(shapes[658].u.structure.members_ref, members[1526]),
            .u.structure.by_wire_name_ref = REF(shapes[658].u.structure.by_wire_name_ref, by_wire_name[1526]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_source_selection_criteria),
            .u.structure.member_count = 2,
        },
        [659] = { /* SseKmsEncryptedObjects */
            .name_ref = REF(shapes[659].name_ref, strings[25721]),
            .u.structure.members_ref = REF(shapes[659].u.structure.members_ref, members[1528]),
            .u.structure.by_wire_name_ref = REF(shapes[659].u.structure.by_wire_name_ref, by_wire_name[1528]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_sse_kms_encrypted_objects),
            .u.structure.member_count = 1,
        },
        [660] = { /* SseKmsEncryptedObjectsStatus */
            .name_ref = REF(shapes[660].name_ref, strings[25744]),
            .u.string.enum_values_ref = REF(shapes[660].u.string.enum_values_ref, strings[1544]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [661] = { /* Start */
            .name_ref = REF(shapes[661].name_ref, strings[25191]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [662] = { /* StartAfter */
            .name_ref = REF(shapes[662].name_ref, strings[17779]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [663] = { /* Stats */
            .name_ref = REF(shapes[663].name_ref, strings[25236]),
            .u.structure.members_ref = REF(shapes[663].u.structure.members_ref, members[1529]),
            .u.structure.by_wire_name_ref = REF(shapes[663].u.structure.by_wire_name_ref, by_wire_name[1529]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_stats),
            .u.structure.member_count = 3,
        },
        [664] = { /* StatsEvent */
            .name_ref = REF(shapes[664].name_ref, strings[25773]),
            .u.structure.members_ref = REF(shapes[664].u.structure.members_ref, members[1532]),
            .u.structure.by_wire_name_ref = REF(shapes[664].u.structure.by_wire_name_ref, by_wire_name[1532]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EVENT,
            .size = sizeof(struct awsc_s3_stats_event),
            .u.structure.member_count = 1,
        },
        [665] = { /* StorageClass */
            .name_ref = REF(shapes[665].name_ref, strings[8847]),
            .u.string.enum_values_ref = REF(shapes[665].u.string.enum_values_ref, strings[25784]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 15,
        },
        [666] = { /* StorageClassAnalysis */
            .name_ref = REF(shapes[666].name_ref, strings[713]),
            .u.structure.members_ref = REF(shapes[666].u.structure.members_ref, members[1533]),
            .u.structure.by_wire_name_ref = REF(shapes[666].u.structure.by_wire_name_ref, by_wire_name[1533]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_storage_class_analysis),
            .u.structure.member_count = 1,
        },
        [667] = { /* StorageClassAnalysisDataExport */
            .name_ref = REF(shapes[667].name_ref, strings[25991]),
            .u.structure.members_ref = REF(shapes[667].u.structure.members_ref, members[1534]),
            .u.structure.by_wire_name_ref = REF(shapes[667].u.structure.by_wire_name_ref, by_wire_name[1534]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_storage_class_analysis_data_export),
            .u.structure.member_count = 2,
        },
        [668] = { /* StorageClassAnalysisSchemaVersion */
            .name_ref = REF(shapes[668].name_ref, strings[26042]),
            .u.string.enum_values_ref = REF(shapes[668].u.string.enum_values_ref, strings[26076]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [669] = { /* Suffix */
            .name_ref = REF(shapes[669].name_ref, strings[14392]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [670] = { /* TableSseAlgorithm */
            .name_ref = REF(shapes[670].name_ref, strings[26080]),
            .u.string.enum_values_ref = REF(shapes[670].u.string.enum_values_ref, strings[26098]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [671] = { /* Tag */
            .name_ref = REF(shapes[671].name_ref, strings[824]),
            .u.structure.members_ref = REF(shapes[671].u.structure.members_ref, members[1536]),
            .u.structure.by_wire_name_ref = REF(shapes[671].u.structure.by_wire_name_ref, by_wire_name[1536]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_tag),
            .u.structure.member_count = 2,
        },
        [672] = { /* TagCount */
            .name_ref = REF(shapes[672].name_ref, strings[26113]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [673] = { /* TagSet */
            .name_ref = REF(shapes[673].name_ref, strings[12051]),
            .u.collection.item_ref = REF(shapes[673].u.collection.item_ref, shapes[671]),
            .u.collection.xml_refs_ref = REF(shapes[673].u.collection.xml_refs_ref, xml_refs[6]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_s3_tag_set),
        },
        [674] = { /* Tagging */
            .name_ref = REF(shapes[674].name_ref, strings[22371]),
            .u.structure.members_ref = REF(shapes[674].u.structure.members_ref, members[1538]),
            .u.structure.by_wire_name_ref = REF(shapes[674].u.structure.by_wire_name_ref, by_wire_name[1538]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_tagging),
            .u.structure.member_count = 1,
        },
        [675] = { /* TaggingDirective */
            .name_ref = REF(shapes[675].name_ref, strings[26122]),
            .u.string.enum_values_ref = REF(shapes[675].u.string.enum_values_ref, strings[18183]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [676] = { /* TaggingHeader */
            .name_ref = REF(shapes[676].name_ref, strings[26139]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [677] = { /* TargetBucket */
            .name_ref = REF(shapes[677].name_ref, strings[18034]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [678] = { /* TargetGrant */
            .name_ref = REF(shapes[678].name_ref, strings[26153]),
            .u.structure.members_ref = REF(shapes[678].u.structure.members_ref, members[1539]),
            .u.structure.by_wire_name_ref = REF(shapes[678].u.structure.by_wire_name_ref, by_wire_name[1539]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_target_grant),
            .u.structure.member_count = 2,
        },
        [679] = { /* TargetGrants */
            .name_ref = REF(shapes[679].name_ref, strings[18047]),
            .u.collection.item_ref = REF(shapes[679].u.collection.item_ref, shapes[678]),
            .u.collection.xml_refs_ref = REF(shapes[679].u.collection.xml_refs_ref, xml_refs[7]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_s3_target_grants),
        },
        [680] = { /* TargetObjectKeyFormat */
            .name_ref = REF(shapes[680].name_ref, strings[18073]),
            .u.structure.members_ref = REF(shapes[680].u.structure.members_ref, members[1541]),
            .u.structure.by_wire_name_ref = REF(shapes[680].u.structure.by_wire_name_ref, by_wire_name[1541]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_target_object_key_format),
            .u.structure.member_count = 2,
        },
        [681] = { /* TargetPrefix */
            .name_ref = REF(shapes[681].name_ref, strings[18060]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [682] = { /* Tier */
            .name_ref = REF(shapes[682].name_ref, strings[13788]),
            .u.string.enum_values_ref = REF(shapes[682].u.string.enum_values_ref, strings[26165]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [683] = { /* Tiering */
            .name_ref = REF(shapes[683].name_ref, strings[26189]),
            .u.structure.members_ref = REF(shapes[683].u.structure.members_ref, members[1543]),
            .u.structure.by_wire_name_ref = REF(shapes[683].u.structure.by_wire_name_ref, by_wire_name[1543]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_tiering),
            .u.structure.member_count = 2,
        },
        [684] = { /* TieringList */
            .name_ref = REF(shapes[684].name_ref, strings[26197]),
            .u.collection.item_ref = REF(shapes[684].u.collection.item_ref, shapes[683]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_tiering_list),
        },
        [685] = { /* Token */
            .name_ref = REF(shapes[685].name_ref, strings[26209]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [686] = { /* TooManyParts */
            .name_ref = REF(shapes[686].name_ref, strings[26215]),
            .u.structure.error_code_ref = REF(shapes[686].u.structure.error_code_ref, strings[26215]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_s3_too_many_parts),
            .u.structure.http_status = 400,
        },
        [687] = { /* TopicArn */
            .name_ref = REF(shapes[687].name_ref, strings[26228]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [688] = { /* TopicConfiguration */
            .name_ref = REF(shapes[688].name_ref, strings[18903]),
            .u.structure.members_ref = REF(shapes[688].u.structure.members_ref, members[1545]),
            .u.structure.by_wire_name_ref = REF(shapes[688].u.structure.by_wire_name_ref, by_wire_name[1545]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_topic_configuration),
            .u.structure.member_count = 4,
        },
        [689] = { /* TopicConfigurationDeprecated */
            .name_ref = REF(shapes[689].name_ref, strings[26252]),
            .u.structure.members_ref = REF(shapes[689].u.structure.members_ref, members[1549]),
            .u.structure.by_wire_name_ref = REF(shapes[689].u.structure.by_wire_name_ref, by_wire_name[1549]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_topic_configuration_deprecated),
            .u.structure.member_count = 4,
        },
        [690] = { /* TopicConfigurationList */
            .name_ref = REF(shapes[690].name_ref, strings[26287]),
            .u.collection.item_ref = REF(shapes[690].u.collection.item_ref, shapes[688]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_topic_configuration_list),
        },
        [691] = { /* Transition */
            .name_ref = REF(shapes[691].name_ref, strings[24796]),
            .u.structure.members_ref = REF(shapes[691].u.structure.members_ref, members[1553]),
            .u.structure.by_wire_name_ref = REF(shapes[691].u.structure.by_wire_name_ref, by_wire_name[1553]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_transition),
            .u.structure.member_count = 3,
        },
        [692] = { /* TransitionDefaultMinimumObjectSize */
            .name_ref = REF(shapes[692].name_ref, strings[26310]),
            .u.string.enum_values_ref = REF(shapes[692].u.string.enum_values_ref, strings[26345]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [693] = { /* TransitionList */
            .name_ref = REF(shapes[693].name_ref, strings[26394]),
            .u.collection.item_ref = REF(shapes[693].u.collection.item_ref, shapes[691]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_s3_transition_list),
        },
        [694] = { /* TransitionStorageClass */
            .name_ref = REF(shapes[694].name_ref, strings[26409]),
            .u.string.enum_values_ref = REF(shapes[694].u.string.enum_values_ref, strings[26432]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 6,
        },
        [695] = { /* Type */
            .name_ref = REF(shapes[695].name_ref, strings[1745]),
            .u.string.enum_values_ref = REF(shapes[695].u.string.enum_values_ref, strings[26507]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [696] = { /* URI */
            .name_ref = REF(shapes[696].name_ref, strings[13897]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [697] = { /* UnsupportedMediaType */
            .name_ref = REF(shapes[697].name_ref, strings[26549]),
            .u.structure.error_code_ref = REF(shapes[697].u.structure.error_code_ref, strings[26549]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_s3_unsupported_media_type),
            .u.structure.http_status = 415,
        },
        [698] = { /* UpdateBucketMetadataAnnotationTableConfigurationRequest */
            .name_ref = REF(shapes[698].name_ref, strings[26570]),
            .u.structure.members_ref = REF(shapes[698].u.structure.members_ref, members[1556]),
            .u.structure.by_wire_name_ref = REF(shapes[698].u.structure.by_wire_name_ref, by_wire_name[1556]),
            .u.structure.payload_ref = REF(shapes[698].u.structure.payload_ref, strings[1209]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_update_bucket_metadata_annotation_table_configuration_input),
            .u.structure.member_count = 5,
        },
        [699] = { /* UpdateBucketMetadataInventoryTableConfigurationRequest */
            .name_ref = REF(shapes[699].name_ref, strings[26696]),
            .u.structure.members_ref = REF(shapes[699].u.structure.members_ref, members[1561]),
            .u.structure.by_wire_name_ref = REF(shapes[699].u.structure.by_wire_name_ref, by_wire_name[1561]),
            .u.structure.payload_ref = REF(shapes[699].u.structure.payload_ref, strings[15469]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_update_bucket_metadata_inventory_table_configuration_input),
            .u.structure.member_count = 5,
        },
        [700] = { /* UpdateBucketMetadataJournalTableConfigurationRequest */
            .name_ref = REF(shapes[700].name_ref, strings[26820]),
            .u.structure.members_ref = REF(shapes[700].u.structure.members_ref, members[1566]),
            .u.structure.by_wire_name_ref = REF(shapes[700].u.structure.by_wire_name_ref, by_wire_name[1566]),
            .u.structure.payload_ref = REF(shapes[700].u.structure.payload_ref, strings[15640]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_update_bucket_metadata_journal_table_configuration_input),
            .u.structure.member_count = 5,
        },
        [701] = { /* UpdateObjectEncryptionRequest */
            .name_ref = REF(shapes[701].name_ref, strings[26940]),
            .u.structure.members_ref = REF(shapes[701].u.structure.members_ref, members[1571]),
            .u.structure.by_wire_name_ref = REF(shapes[701].u.structure.by_wire_name_ref, by_wire_name[1571]),
            .u.structure.payload_ref = REF(shapes[701].u.structure.payload_ref, strings[19269]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_update_object_encryption_input),
            .u.structure.member_count = 8,
        },
        [702] = { /* UpdateObjectEncryptionResponse */
            .name_ref = REF(shapes[702].name_ref, strings[27028]),
            .u.structure.members_ref = REF(shapes[702].u.structure.members_ref, members[1579]),
            .u.structure.by_wire_name_ref = REF(shapes[702].u.structure.by_wire_name_ref, by_wire_name[1579]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_update_object_encryption_output),
            .u.structure.member_count = 1,
        },
        [703] = { /* UploadIdMarker */
            .name_ref = REF(shapes[703].name_ref, strings[17024]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [704] = { /* UploadPartCopyOutput */
            .name_ref = REF(shapes[704].name_ref, strings[27059]),
            .u.structure.members_ref = REF(shapes[704].u.structure.members_ref, members[1580]),
            .u.structure.by_wire_name_ref = REF(shapes[704].u.structure.by_wire_name_ref, by_wire_name[1580]),
            .u.structure.payload_ref = REF(shapes[704].u.structure.payload_ref, strings[6254]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_upload_part_copy_output),
            .u.structure.member_count = 8,
        },
        [705] = { /* UploadPartCopyRequest */
            .name_ref = REF(shapes[705].name_ref, strings[27080]),
            .u.structure.members_ref = REF(shapes[705].u.structure.members_ref, members[1588]),
            .u.structure.by_wire_name_ref = REF(shapes[705].u.structure.by_wire_name_ref, by_wire_name[1588]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_upload_part_copy_input),
            .u.structure.member_count = 19,
        },
        [706] = { /* UploadPartOutput */
            .name_ref = REF(shapes[706].name_ref, strings[27142]),
            .u.structure.members_ref = REF(shapes[706].u.structure.members_ref, members[1607]),
            .u.structure.by_wire_name_ref = REF(shapes[706].u.structure.by_wire_name_ref, by_wire_name[1607]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_upload_part_output),
            .u.structure.member_count = 17,
        },
        [707] = { /* UploadPartRequest */
            .name_ref = REF(shapes[707].name_ref, strings[27159]),
            .u.structure.members_ref = REF(shapes[707].u.structure.members_ref, members[1624]),
            .u.structure.by_wire_name_ref = REF(shapes[707].u.structure.by_wire_name_ref, by_wire_name[1624]),
            .u.structure.payload_ref = REF(shapes[707].u.structure.payload_ref, strings[1481]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_upload_part_input),
            .u.structure.member_count = 23,
        },
        [708] = { /* UserMetadata */
            .name_ref = REF(shapes[708].name_ref, strings[24887]),
            .u.collection.item_ref = REF(shapes[708].u.collection.item_ref, shapes[423]),
            .u.collection.xml_refs_ref = REF(shapes[708].u.collection.xml_refs_ref, xml_refs[8]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_s3_user_metadata),
        },
        [709] = { /* Value */
            .name_ref = REF(shapes[709].name_ref, strings[10277]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [710] = { /* VersionCount */
            .name_ref = REF(shapes[710].name_ref, strings[27177]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [711] = { /* VersionIdMarker */
            .name_ref = REF(shapes[711].name_ref, strings[17458]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [712] = { /* VersioningConfiguration */
            .name_ref = REF(shapes[712].name_ref, strings[22471]),
            .u.structure.members_ref = REF(shapes[712].u.structure.members_ref, members[1647]),
            .u.structure.by_wire_name_ref = REF(shapes[712].u.structure.by_wire_name_ref, by_wire_name[1647]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_versioning_configuration),
            .u.structure.member_count = 2,
        },
        [713] = { /* WebsiteConfiguration */
            .name_ref = REF(shapes[713].name_ref, strings[22581]),
            .u.structure.members_ref = REF(shapes[713].u.structure.members_ref, members[1649]),
            .u.structure.by_wire_name_ref = REF(shapes[713].u.structure.by_wire_name_ref, by_wire_name[1649]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_website_configuration),
            .u.structure.member_count = 4,
        },
        [714] = { /* WebsiteRedirectLocation */
            .name_ref = REF(shapes[714].name_ref, strings[27190]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [715] = { /* WriteGetObjectResponseRequest */
            .name_ref = REF(shapes[715].name_ref, strings[27214]),
            .u.structure.members_ref = REF(shapes[715].u.structure.members_ref, members[1653]),
            .u.structure.by_wire_name_ref = REF(shapes[715].u.structure.by_wire_name_ref, by_wire_name[1653]),
            .u.structure.payload_ref = REF(shapes[715].u.structure.payload_ref, strings[1481]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_s3_write_get_object_response_input),
            .u.structure.member_count = 46,
        },
        [716] = { /* WriteOffsetBytes */
            .name_ref = REF(shapes[716].name_ref, strings[29466]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [717] = { /* Years */
            .name_ref = REF(shapes[717].name_ref, strings[7468]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * shape, offset (of the C member), has_ offset, flags, location,
     * timestamp format */
    .members = {
        [0] = {REF(members[0].name_ref, strings[11]), REF(members[0].shape_ref, shapes[47]), offsetof(struct awsc_s3_abac_status, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AbacStatus.Status: BucketAbacStatus */
        [1] = {REF(members[1].name_ref, strings[59]), REF(members[1].shape_ref, shapes[141]), offsetof(struct awsc_s3_abort_incomplete_multipart_upload, days_after_initiation), offsetof(struct awsc_s3_abort_incomplete_multipart_upload, has_days_after_initiation), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AbortIncompleteMultipartUpload.DaysAfterInitiation: DaysAfterInitiation */
        [2] = {REF(members[2].name_ref, strings[106]), REF(members[2].shape_ref, shapes[597]), offsetof(struct awsc_s3_abort_multipart_upload_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* AbortMultipartUploadOutput.RequestCharged: RequestCharged */
        [3] = {REF(members[3].name_ref, strings[171]), REF(members[3].shape_ref, shapes[59]), offsetof(struct awsc_s3_abort_multipart_upload_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* AbortMultipartUploadRequest.Bucket: BucketName */
        [4] = {REF(members[4].name_ref, strings[178]), REF(members[4].shape_ref, shapes[470]), offsetof(struct awsc_s3_abort_multipart_upload_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* AbortMultipartUploadRequest.Key: ObjectKey */
        [5] = {REF(members[5].name_ref, strings[182]), REF(members[5].shape_ref, shapes[441]), offsetof(struct awsc_s3_abort_multipart_upload_input, upload_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* AbortMultipartUploadRequest.UploadId: MultipartUploadId */
        [6] = {REF(members[6].name_ref, strings[200]), REF(members[6].shape_ref, shapes[598]), offsetof(struct awsc_s3_abort_multipart_upload_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* AbortMultipartUploadRequest.RequestPayer: RequestPayer */
        [7] = {REF(members[7].name_ref, strings[233]), REF(members[7].shape_ref, shapes[14]), offsetof(struct awsc_s3_abort_multipart_upload_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* AbortMultipartUploadRequest.ExpectedBucketOwner: AccountId */
        [8] = {REF(members[8].name_ref, strings[281]), REF(members[8].shape_ref, shapes[310]), offsetof(struct awsc_s3_abort_multipart_upload_input, if_match_initiated_time), offsetof(struct awsc_s3_abort_multipart_upload_input, has_if_match_initiated_time), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* AbortMultipartUploadRequest.IfMatchInitiatedTime: IfMatchInitiatedTime */
        [9] = {REF(members[9].name_ref, strings[11]), REF(members[9].shape_ref, shapes[48]), offsetof(struct awsc_s3_accelerate_configuration, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccelerateConfiguration.Status: BucketAccelerateStatus */
        [10] = {REF(members[10].name_ref, strings[401]), REF(members[10].shape_ref, shapes[299]), offsetof(struct awsc_s3_access_control_policy, grants), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccessControlPolicy.Grants: Grants */
        [11] = {REF(members[11].name_ref, strings[426]), REF(members[11].shape_ref, shapes[498]), offsetof(struct awsc_s3_access_control_policy, owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccessControlPolicy.Owner: Owner */
        [12] = {REF(members[12].name_ref, strings[426]), REF(members[12].shape_ref, shapes[499]), offsetof(struct awsc_s3_access_control_translation, owner), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccessControlTranslation.Owner: OwnerOverride */
        [13] = {REF(members[13].name_ref, strings[664]), REF(members[13].shape_ref, shapes[516]), offsetof(struct awsc_s3_analytics_and_operator, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnalyticsAndOperator.Prefix: Prefix */
        [14] = {REF(members[14].name_ref, strings[671]), REF(members[14].shape_ref, shapes[673]), offsetof(struct awsc_s3_analytics_and_operator, tags), AWSC_NO_PRESENCE, AWSC_MF_FLATTENED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnalyticsAndOperator.Tags: TagSet */
        [15] = {REF(members[15].name_ref, strings[703]), REF(members[15].shape_ref, shapes[27]), offsetof(struct awsc_s3_analytics_configuration, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnalyticsConfiguration.Id: AnalyticsId */
        [16] = {REF(members[16].name_ref, strings[706]), REF(members[16].shape_ref, shapes[26]), offsetof(struct awsc_s3_analytics_configuration, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnalyticsConfiguration.Filter: AnalyticsFilter */
        [17] = {REF(members[17].name_ref, strings[713]), REF(members[17].shape_ref, shapes[666]), offsetof(struct awsc_s3_analytics_configuration, storage_class_analysis), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnalyticsConfiguration.StorageClassAnalysis: StorageClassAnalysis */
        [18] = {REF(members[18].name_ref, strings[788]), REF(members[18].shape_ref, shapes[28]), offsetof(struct awsc_s3_analytics_export_destination, s3_bucket_destination), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnalyticsExportDestination.S3BucketDestination: AnalyticsS3BucketDestination */
        [19] = {REF(members[19].name_ref, strings[664]), REF(members[19].shape_ref, shapes[516]), offsetof(struct awsc_s3_analytics_filter, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnalyticsFilter.Prefix: Prefix */
        [20] = {REF(members[20].name_ref, strings[824]), REF(members[20].shape_ref, shapes[671]), offsetof(struct awsc_s3_analytics_filter, tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnalyticsFilter.Tag: Tag */
        [21] = {REF(members[21].name_ref, strings[828]), REF(members[21].shape_ref, shapes[22]), offsetof(struct awsc_s3_analytics_filter, and_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnalyticsFilter.And: AnalyticsAndOperator */
        [22] = {REF(members[22].name_ref, strings[873]), REF(members[22].shape_ref, shapes[29]), offsetof(struct awsc_s3_analytics_s3_bucket_destination, format), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnalyticsS3BucketDestination.Format: AnalyticsS3ExportFileFormat */
        [23] = {REF(members[23].name_ref, strings[880]), REF(members[23].shape_ref, shapes[14]), offsetof(struct awsc_s3_analytics_s3_bucket_destination, bucket_account_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnalyticsS3BucketDestination.BucketAccountId: AccountId */
        [24] = {REF(members[24].name_ref, strings[171]), REF(members[24].shape_ref, shapes[59]), offsetof(struct awsc_s3_analytics_s3_bucket_destination, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnalyticsS3BucketDestination.Bucket: BucketName */
        [25] = {REF(members[25].name_ref, strings[664]), REF(members[25].shape_ref, shapes[516]), offsetof(struct awsc_s3_analytics_s3_bucket_destination, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnalyticsS3BucketDestination.Prefix: Prefix */
        [26] = {REF(members[26].name_ref, strings[1039]), REF(members[26].shape_ref, shapes[36]), offsetof(struct awsc_s3_annotation_entry, annotation_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnnotationEntry.AnnotationName: AnnotationName */
        [27] = {REF(members[27].name_ref, strings[1054]), REF(members[27].shape_ref, shapes[369]), offsetof(struct awsc_s3_annotation_entry, last_modified), offsetof(struct awsc_s3_annotation_entry, has_last_modified), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnnotationEntry.LastModified: LastModified */
        [28] = {REF(members[28].name_ref, strings[1067]), REF(members[28].shape_ref, shapes[182]), offsetof(struct awsc_s3_annotation_entry, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnnotationEntry.ETag: ETag */
        [29] = {REF(members[29].name_ref, strings[1072]), REF(members[29].shape_ref, shapes[77]), offsetof(struct awsc_s3_annotation_entry, checksum_algorithm), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnnotationEntry.ChecksumAlgorithm: ChecksumAlgorithmList */
        [30] = {REF(members[30].name_ref, strings[1090]), REF(members[30].shape_ref, shapes[656]), offsetof(struct awsc_s3_annotation_entry, size), offsetof(struct awsc_s3_annotation_entry, has_size), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnnotationEntry.Size: Size */
        [31] = {REF(members[31].name_ref, strings[1095]), REF(members[31].shape_ref, shapes[593]), offsetof(struct awsc_s3_annotation_entry, replication_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnnotationEntry.ReplicationStatus: ReplicationStatus */
        [32] = {REF(members[32].name_ref, strings[1238]), REF(members[32].shape_ref, shapes[30]), offsetof(struct awsc_s3_annotation_table_configuration, configuration_state), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnnotationTableConfiguration.ConfigurationState: AnnotationConfigurationState */
        [33] = {REF(members[33].name_ref, strings[1257]), REF(members[33].shape_ref, shapes[427]), offsetof(struct awsc_s3_annotation_table_configuration, encryption_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnnotationTableConfiguration.EncryptionConfiguration: MetadataTableEncryptionConfiguration */
        [34] = {REF(members[34].name_ref, strings[1281]), REF(members[34].shape_ref, shapes[617]), offsetof(struct awsc_s3_annotation_table_configuration, role), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnnotationTableConfiguration.Role: Role */
        [35] = {REF(members[35].name_ref, strings[1238]), REF(members[35].shape_ref, shapes[30]), offsetof(struct awsc_s3_annotation_table_configuration_result, configuration_state), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnnotationTableConfigurationResult.ConfigurationState: AnnotationConfigurationState */
        [36] = {REF(members[36].name_ref, strings[1321]), REF(members[36].shape_ref, shapes[428]), offsetof(struct awsc_s3_annotation_table_configuration_result, table_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnnotationTableConfigurationResult.TableStatus: MetadataTableStatus */
        [37] = {REF(members[37].name_ref, strings[1333]), REF(members[37].shape_ref, shapes[195]), offsetof(struct awsc_s3_annotation_table_configuration_result, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnnotationTableConfigurationResult.Error: ErrorDetails */
        [38] = {REF(members[38].name_ref, strings[1339]), REF(members[38].shape_ref, shapes[630]), offsetof(struct awsc_s3_annotation_table_configuration_result, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnnotationTableConfigurationResult.TableName: S3TablesName */
        [39] = {REF(members[39].name_ref, strings[1349]), REF(members[39].shape_ref, shapes[625]), offsetof(struct awsc_s3_annotation_table_configuration_result, table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnnotationTableConfigurationResult.TableArn: S3TablesArn */
        [40] = {REF(members[40].name_ref, strings[1281]), REF(members[40].shape_ref, shapes[617]), offsetof(struct awsc_s3_annotation_table_configuration_result, role), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnnotationTableConfigurationResult.Role: Role */
        [41] = {REF(members[41].name_ref, strings[1238]), REF(members[41].shape_ref, shapes[30]), offsetof(struct awsc_s3_annotation_table_configuration_updates, configuration_state), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnnotationTableConfigurationUpdates.ConfigurationState: AnnotationConfigurationState */
        [42] = {REF(members[42].name_ref, strings[1257]), REF(members[42].shape_ref, shapes[427]), offsetof(struct awsc_s3_annotation_table_configuration_updates, encryption_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnnotationTableConfigurationUpdates.EncryptionConfiguration: MetadataTableEncryptionConfiguration */
        [43] = {REF(members[43].name_ref, strings[1281]), REF(members[43].shape_ref, shapes[617]), offsetof(struct awsc_s3_annotation_table_configuration_updates, role), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AnnotationTableConfigurationUpdates.Role: Role */
        [44] = {REF(members[44].name_ref, strings[1466]), REF(members[44].shape_ref, shapes[189]), offsetof(struct awsc_s3_blocked_encryption_types, encryption_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BlockedEncryptionTypes.EncryptionType: EncryptionTypeList */
        [45] = {REF(members[45].name_ref, strings[1486]), REF(members[45].shape_ref, shapes[59]), offsetof(struct awsc_s3_bucket, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Bucket.Name: BucketName */
        [46] = {REF(members[46].name_ref, strings[1491]), REF(members[46].shape_ref, shapes[137]), offsetof(struct awsc_s3_bucket, creation_date), offsetof(struct awsc_s3_bucket, has_creation_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Bucket.CreationDate: CreationDate */
        [47] = {REF(members[47].name_ref, strings[1504]), REF(members[47].shape_ref, shapes[61]), offsetof(struct awsc_s3_bucket, bucket_region), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Bucket.BucketRegion: BucketRegion */
        [48] = {REF(members[48].name_ref, strings[1517]), REF(members[48].shape_ref, shapes[624]), offsetof(struct awsc_s3_bucket, bucket_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Bucket.BucketArn: S3RegionalOrS3ExpressBucketArnString */
        [49] = {REF(members[49].name_ref, strings[1730]), REF(members[49].shape_ref, shapes[138]), offsetof(struct awsc_s3_bucket_info, data_redundancy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BucketInfo.DataRedundancy: DataRedundancy */
        [50] = {REF(members[50].name_ref, strings[1745]), REF(members[50].shape_ref, shapes[62]), offsetof(struct awsc_s3_bucket_info, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BucketInfo.Type: BucketType */
        [51] = {REF(members[51].name_ref, strings[1796]), REF(members[51].shape_ref, shapes[376]), offsetof(struct awsc_s3_bucket_lifecycle_configuration, rules), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BucketLifecycleConfiguration.Rules: LifecycleRules */
        [52] = {REF(members[52].name_ref, strings[2333]), REF(members[52].shape_ref, shapes[406]), offsetof(struct awsc_s3_bucket_logging_status, logging_enabled), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BucketLoggingStatus.LoggingEnabled: LoggingEnabled */
        [53] = {REF(members[53].name_ref, strings[2582]), REF(members[53].shape_ref, shapes[71]), offsetof(struct awsc_s3_cors_configuration, cors_rules), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CORSConfiguration.CORSRules: CORSRules */
        [54] = {REF(members[54].name_ref, strings[2610]), REF(members[54].shape_ref, shapes[307]), offsetof(struct awsc_s3_cors_rule, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CORSRule.ID: ID */
        [55] = {REF(members[55].name_ref, strings[2613]), REF(members[55].shape_ref, shapes[17]), offsetof(struct awsc_s3_cors_rule, allowed_headers), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CORSRule.AllowedHeaders: AllowedHeaders */
        [56] = {REF(members[56].name_ref, strings[2642]), REF(members[56].shape_ref, shapes[19]), offsetof(struct awsc_s3_cors_rule, allowed_methods), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CORSRule.AllowedMethods: AllowedMethods */
        [57] = {REF(members[57].name_ref, strings[2671]), REF(members[57].shape_ref, shapes[21]), offsetof(struct awsc_s3_cors_rule, allowed_origins), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CORSRule.AllowedOrigins: AllowedOrigins */
        [58] = {REF(members[58].name_ref, strings[2700]), REF(members[58].shape_ref, shapes[210]), offsetof(struct awsc_s3_cors_rule, expose_headers), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CORSRule.ExposeHeaders: ExposeHeaders */
        [59] = {REF(members[59].name_ref, strings[2727]), REF(members[59].shape_ref, shapes[411]), offsetof(struct awsc_s3_cors_rule, max_age_seconds), offsetof(struct awsc_s3_cors_rule, has_max_age_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CORSRule.MaxAgeSeconds: MaxAgeSeconds */
        [60] = {REF(members[60].name_ref, strings[2760]), REF(members[60].shape_ref, shapes[215]), offsetof(struct awsc_s3_csv_input, file_header_info), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CSVInput.FileHeaderInfo: FileHeaderInfo */
        [61] = {REF(members[61].name_ref, strings[2775]), REF(members[61].shape_ref, shapes[95]), offsetof(struct awsc_s3_csv_input, comments), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CSVInput.Comments: Comments */
        [62] = {REF(members[62].name_ref, strings[2784]), REF(members[62].shape_ref, shapes[565]), offsetof(struct awsc_s3_csv_input, quote_escape_character), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CSVInput.QuoteEscapeCharacter: QuoteEscapeCharacter */
        [63] = {REF(members[63].name_ref, strings[2805]), REF(members[63].shape_ref, shapes[568]), offsetof(struct awsc_s3_csv_input, record_delimiter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CSVInput.RecordDelimiter: RecordDelimiter */
        [64] = {REF(members[64].name_ref, strings[2821]), REF(members[64].shape_ref, shapes[214]), offsetof(struct awsc_s3_csv_input, field_delimiter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CSVInput.FieldDelimiter: FieldDelimiter */
        [65] = {REF(members[65].name_ref, strings[2836]), REF(members[65].shape_ref, shapes[564]), offsetof(struct awsc_s3_csv_input, quote_character), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CSVInput.QuoteCharacter: QuoteCharacter */
        [66] = {REF(members[66].name_ref, strings[529]), REF(members[66].shape_ref, shapes[15]), offsetof(struct awsc_s3_csv_input, allow_quoted_record_delimiter), offsetof(struct awsc_s3_csv_input, has_allow_quoted_record_delimiter), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CSVInput.AllowQuotedRecordDelimiter: AllowQuotedRecordDelimiter */
        [67] = {REF(members[67].name_ref, strings[2861]), REF(members[67].shape_ref, shapes[566]), offsetof(struct awsc_s3_csv_output, quote_fields), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CSVOutput.QuoteFields: QuoteFields */
        [68] = {REF(members[68].name_ref, strings[2784]), REF(members[68].shape_ref, shapes[565]), offsetof(struct awsc_s3_csv_output, quote_escape_character), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CSVOutput.QuoteEscapeCharacter: QuoteEscapeCharacter */
        [69] = {REF(members[69].name_ref, strings[2805]), REF(members[69].shape_ref, shapes[568]), offsetof(struct awsc_s3_csv_output, record_delimiter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CSVOutput.RecordDelimiter: RecordDelimiter */
        [70] = {REF(members[70].name_ref, strings[2821]), REF(members[70].shape_ref, shapes[214]), offsetof(struct awsc_s3_csv_output, field_delimiter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CSVOutput.FieldDelimiter: FieldDelimiter */
        [71] = {REF(members[71].name_ref, strings[2836]), REF(members[71].shape_ref, shapes[564]), offsetof(struct awsc_s3_csv_output, quote_character), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CSVOutput.QuoteCharacter: QuoteCharacter */
        [72] = {REF(members[72].name_ref, strings[2895]), REF(members[72].shape_ref, shapes[78]), offsetof(struct awsc_s3_checksum, checksum_crc32), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Checksum.ChecksumCRC32: ChecksumCRC32 */
        [73] = {REF(members[73].name_ref, strings[2909]), REF(members[73].shape_ref, shapes[79]), offsetof(struct awsc_s3_checksum, checksum_crc32_c), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Checksum.ChecksumCRC32C: ChecksumCRC32C */
        [74] = {REF(members[74].name_ref, strings[2924]), REF(members[74].shape_ref, shapes[80]), offsetof(struct awsc_s3_checksum, checksum_crc64_nvme), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Checksum.ChecksumCRC64NVME: ChecksumCRC64NVME */
        [75] = {REF(members[75].name_ref, strings[2942]), REF(members[75].shape_ref, shapes[83]), offsetof(struct awsc_s3_checksum, checksum_sha1), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Checksum.ChecksumSHA1: ChecksumSHA1 */
        [76] = {REF(members[76].name_ref, strings[2955]), REF(members[76].shape_ref, shapes[84]), offsetof(struct awsc_s3_checksum, checksum_sha256), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Checksum.ChecksumSHA256: ChecksumSHA256 */
        [77] = {REF(members[77].name_ref, strings[2970]), REF(members[77].shape_ref, shapes[85]), offsetof(struct awsc_s3_checksum, checksum_sha512), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Checksum.ChecksumSHA512: ChecksumSHA512 */
        [78] = {REF(members[78].name_ref, strings[2985]), REF(members[78].shape_ref, shapes[81]), offsetof(struct awsc_s3_checksum, checksum_md5), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Checksum.ChecksumMD5: ChecksumMD5 */
        [79] = {REF(members[79].name_ref, strings[2997]), REF(members[79].shape_ref, shapes[89]), offsetof(struct awsc_s3_checksum, checksum_xxhash64), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Checksum.ChecksumXXHASH64: ChecksumXXHASH64 */
        [80] = {REF(members[80].name_ref, strings[3014]), REF(members[80].shape_ref, shapes[88]), offsetof(struct awsc_s3_checksum, checksum_xxhash3), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Checksum.ChecksumXXHASH3: ChecksumXXHASH3 */
        [81] = {REF(members[81].name_ref, strings[3030]), REF(members[81].shape_ref, shapes[87]), offsetof(struct awsc_s3_checksum, checksum_xxhash128), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Checksum.ChecksumXXHASH128: ChecksumXXHASH128 */
        [82] = {REF(members[82].name_ref, strings[3048]), REF(members[82].shape_ref, shapes[86]), offsetof(struct awsc_s3_checksum, checksum_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Checksum.ChecksumType: ChecksumType */
        [83] = {REF(members[83].name_ref, strings[703]), REF(members[83].shape_ref, shapes[460]), offsetof(struct awsc_s3_cloud_function_configuration, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CloudFunctionConfiguration.Id: NotificationId */
        [84] = {REF(members[84].name_ref, strings[3252]), REF(members[84].shape_ref, shapes[199]), offsetof(struct awsc_s3_cloud_function_configuration, event), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CloudFunctionConfiguration.Event: Event */
        [85] = {REF(members[85].name_ref, strings[3258]), REF(members[85].shape_ref, shapes[201]), offsetof(struct awsc_s3_cloud_function_configuration, events), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CloudFunctionConfiguration.Events: EventList */
        [86] = {REF(members[86].name_ref, strings[3211]), REF(members[86].shape_ref, shapes[91]), offsetof(struct awsc_s3_cloud_function_configuration, cloud_function), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CloudFunctionConfiguration.CloudFunction: CloudFunction */
        [87] = {REF(members[87].name_ref, strings[3271]), REF(members[87].shape_ref, shapes[93]), offsetof(struct awsc_s3_cloud_function_configuration, invocation_role), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CloudFunctionConfiguration.InvocationRole: CloudFunctionInvocationRole */
        [88] = {REF(members[88].name_ref, strings[664]), REF(members[88].shape_ref, shapes[516]), offsetof(struct awsc_s3_common_prefix, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CommonPrefix.Prefix: Prefix */
        [89] = {REF(members[89].name_ref, strings[3379]), REF(members[89].shape_ref, shapes[401]), offsetof(struct awsc_s3_complete_multipart_upload_output, location), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadOutput.Location: Location */
        [90] = {REF(members[90].name_ref, strings[171]), REF(members[90].shape_ref, shapes[59]), offsetof(struct awsc_s3_complete_multipart_upload_output, bucket), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadOutput.Bucket: BucketName */
        [91] = {REF(members[91].name_ref, strings[178]), REF(members[91].shape_ref, shapes[470]), offsetof(struct awsc_s3_complete_multipart_upload_output, key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadOutput.Key: ObjectKey */
        [92] = {REF(members[92].name_ref, strings[3388]), REF(members[92].shape_ref, shapes[204]), offsetof(struct awsc_s3_complete_multipart_upload_output, expiration), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadOutput.Expiration: Expiration */
        [93] = {REF(members[93].name_ref, strings[1067]), REF(members[93].shape_ref, shapes[182]), offsetof(struct awsc_s3_complete_multipart_upload_output, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadOutput.ETag: ETag */
        [94] = {REF(members[94].name_ref, strings[2895]), REF(members[94].shape_ref, shapes[78]), offsetof(struct awsc_s3_complete_multipart_upload_output, checksum_crc32), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadOutput.ChecksumCRC32: ChecksumCRC32 */
        [95] = {REF(members[95].name_ref, strings[2909]), REF(members[95].shape_ref, shapes[79]), offsetof(struct awsc_s3_complete_multipart_upload_output, checksum_crc32_c), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadOutput.ChecksumCRC32C: ChecksumCRC32C */
        [96] = {REF(members[96].name_ref, strings[2924]), REF(members[96].shape_ref, shapes[80]), offsetof(struct awsc_s3_complete_multipart_upload_output, checksum_crc64_nvme), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadOutput.ChecksumCRC64NVME: ChecksumCRC64NVME */
        [97] = {REF(members[97].name_ref, strings[2942]), REF(members[97].shape_ref, shapes[83]), offsetof(struct awsc_s3_complete_multipart_upload_output, checksum_sha1), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadOutput.ChecksumSHA1: ChecksumSHA1 */
        [98] = {REF(members[98].name_ref, strings[2955]), REF(members[98].shape_ref, shapes[84]), offsetof(struct awsc_s3_complete_multipart_upload_output, checksum_sha256), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadOutput.ChecksumSHA256: ChecksumSHA256 */
        [99] = {REF(members[99].name_ref, strings[2970]), REF(members[99].shape_ref, shapes[85]), offsetof(struct awsc_s3_complete_multipart_upload_output, checksum_sha512), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadOutput.ChecksumSHA512: ChecksumSHA512 */
        [100] = {REF(members[100].name_ref, strings[2985]), REF(members[100].shape_ref, shapes[81]), offsetof(struct awsc_s3_complete_multipart_upload_output, checksum_md5), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadOutput.ChecksumMD5: ChecksumMD5 */
        [101] = {REF(members[101].name_ref, strings[2997]), REF(members[101].shape_ref, shapes[89]), offsetof(struct awsc_s3_complete_multipart_upload_output, checksum_xxhash64), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadOutput.ChecksumXXHASH64: ChecksumXXHASH64 */
        [102] = {REF(members[102].name_ref, strings[3014]), REF(members[102].shape_ref, shapes[88]), offsetof(struct awsc_s3_complete_multipart_upload_output, checksum_xxhash3), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadOutput.ChecksumXXHASH3: ChecksumXXHASH3 */
        [103] = {REF(members[103].name_ref, strings[3030]), REF(members[103].shape_ref, shapes[87]), offsetof(struct awsc_s3_complete_multipart_upload_output, checksum_xxhash128), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadOutput.ChecksumXXHASH128: ChecksumXXHASH128 */
        [104] = {REF(members[104].name_ref, strings[3048]), REF(members[104].shape_ref, shapes[86]), offsetof(struct awsc_s3_complete_multipart_upload_output, checksum_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadOutput.ChecksumType: ChecksumType */
        [105] = {REF(members[105].name_ref, strings[3416]), REF(members[105].shape_ref, shapes[645]), offsetof(struct awsc_s3_complete_multipart_upload_output, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadOutput.ServerSideEncryption: ServerSideEncryption */
        [106] = {REF(members[106].name_ref, strings[3466]), REF(members[106].shape_ref, shapes[491]), offsetof(struct awsc_s3_complete_multipart_upload_output, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadOutput.VersionId: ObjectVersionId */
        [107] = {REF(members[107].name_ref, strings[3493]), REF(members[107].shape_ref, shapes[638]), offsetof(struct awsc_s3_complete_multipart_upload_output, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadOutput.SSEKMSKeyId: SSEKMSKeyId */
        [108] = {REF(members[108].name_ref, strings[3549]), REF(members[108].shape_ref, shapes[53]), offsetof(struct awsc_s3_complete_multipart_upload_output, bucket_key_enabled), offsetof(struct awsc_s3_complete_multipart_upload_output, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadOutput.BucketKeyEnabled: BucketKeyEnabled */
        [109] = {REF(members[109].name_ref, strings[106]), REF(members[109].shape_ref, shapes[597]), offsetof(struct awsc_s3_complete_multipart_upload_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadOutput.RequestCharged: RequestCharged */
        [110] = {REF(members[110].name_ref, strings[171]), REF(members[110].shape_ref, shapes[59]), offsetof(struct awsc_s3_complete_multipart_upload_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadRequest.Bucket: BucketName */
        [111] = {REF(members[111].name_ref, strings[178]), REF(members[111].shape_ref, shapes[470]), offsetof(struct awsc_s3_complete_multipart_upload_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadRequest.Key: ObjectKey */
        [112] = {REF(members[112].name_ref, strings[3645]), REF(members[112].shape_ref, shapes[100]), offsetof(struct awsc_s3_complete_multipart_upload_input, multipart_upload), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_WIRE_NAME | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadRequest.MultipartUpload: CompletedMultipartUpload */
        [113] = {REF(members[113].name_ref, strings[182]), REF(members[113].shape_ref, shapes[441]), offsetof(struct awsc_s3_complete_multipart_upload_input, upload_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadRequest.UploadId: MultipartUploadId */
        [114] = {REF(members[114].name_ref, strings[3726]), REF(members[114].shape_ref, shapes[78]), offsetof(struct awsc_s3_complete_multipart_upload_input, checksum_crc32), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadRequest.ChecksumCRC32: ChecksumCRC32 */
        [115] = {REF(members[115].name_ref, strings[3761]), REF(members[115].shape_ref, shapes[79]), offsetof(struct awsc_s3_complete_multipart_upload_input, checksum_crc32_c), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadRequest.ChecksumCRC32C: ChecksumCRC32C */
        [116] = {REF(members[116].name_ref, strings[3798]), REF(members[116].shape_ref, shapes[80]), offsetof(struct awsc_s3_complete_multipart_upload_input, checksum_crc64_nvme), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadRequest.ChecksumCRC64NVME: ChecksumCRC64NVME */
        [117] = {REF(members[117].name_ref, strings[3841]), REF(members[117].shape_ref, shapes[83]), offsetof(struct awsc_s3_complete_multipart_upload_input, checksum_sha1), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadRequest.ChecksumSHA1: ChecksumSHA1 */
        [118] = {REF(members[118].name_ref, strings[3874]), REF(members[118].shape_ref, shapes[84]), offsetof(struct awsc_s3_complete_multipart_upload_input, checksum_sha256), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadRequest.ChecksumSHA256: ChecksumSHA256 */
        [119] = {REF(members[119].name_ref, strings[3911]), REF(members[119].shape_ref, shapes[85]), offsetof(struct awsc_s3_complete_multipart_upload_input, checksum_sha512), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadRequest.ChecksumSHA512: ChecksumSHA512 */
        [120] = {REF(members[120].name_ref, strings[3948]), REF(members[120].shape_ref, shapes[81]), offsetof(struct awsc_s3_complete_multipart_upload_input, checksum_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadRequest.ChecksumMD5: ChecksumMD5 */
        [121] = {REF(members[121].name_ref, strings[3979]), REF(members[121].shape_ref, shapes[89]), offsetof(struct awsc_s3_complete_multipart_upload_input, checksum_xxhash64), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadRequest.ChecksumXXHASH64: ChecksumXXHASH64 */
        [122] = {REF(members[122].name_ref, strings[4020]), REF(members[122].shape_ref, shapes[88]), offsetof(struct awsc_s3_complete_multipart_upload_input, checksum_xxhash3), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadRequest.ChecksumXXHASH3: ChecksumXXHASH3 */
        [123] = {REF(members[123].name_ref, strings[4059]), REF(members[123].shape_ref, shapes[87]), offsetof(struct awsc_s3_complete_multipart_upload_input, checksum_xxhash128), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadRequest.ChecksumXXHASH128: ChecksumXXHASH128 */
        [124] = {REF(members[124].name_ref, strings[4102]), REF(members[124].shape_ref, shapes[86]), offsetof(struct awsc_s3_complete_multipart_upload_input, checksum_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadRequest.ChecksumType: ChecksumType */
        [125] = {REF(members[125].name_ref, strings[4135]), REF(members[125].shape_ref, shapes[439]), offsetof(struct awsc_s3_complete_multipart_upload_input, mpu_object_size), offsetof(struct awsc_s3_complete_multipart_upload_input, has_mpu_object_size), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadRequest.MpuObjectSize: MpuObjectSize */
        [126] = {REF(members[126].name_ref, strings[200]), REF(members[126].shape_ref, shapes[598]), offsetof(struct awsc_s3_complete_multipart_upload_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadRequest.RequestPayer: RequestPayer */
        [127] = {REF(members[127].name_ref, strings[233]), REF(members[127].shape_ref, shapes[14]), offsetof(struct awsc_s3_complete_multipart_upload_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadRequest.ExpectedBucketOwner: AccountId */
        [128] = {REF(members[128].name_ref, strings[4170]), REF(members[128].shape_ref, shapes[309]), offsetof(struct awsc_s3_complete_multipart_upload_input, if_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadRequest.IfMatch: IfMatch */
        [129] = {REF(members[129].name_ref, strings[4187]), REF(members[129].shape_ref, shapes[314]), offsetof(struct awsc_s3_complete_multipart_upload_input, if_none_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadRequest.IfNoneMatch: IfNoneMatch */
        [130] = {REF(members[130].name_ref, strings[4213]), REF(members[130].shape_ref, shapes[632]), offsetof(struct awsc_s3_complete_multipart_upload_input, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadRequest.SSECustomerAlgorithm: SSECustomerAlgorithm */
        [131] = {REF(members[131].name_ref, strings[4282]), REF(members[131].shape_ref, shapes[633]), offsetof(struct awsc_s3_complete_multipart_upload_input, sse_customer_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadRequest.SSECustomerKey: SSECustomerKey */
        [132] = {REF(members[132].name_ref, strings[4339]), REF(members[132].shape_ref, shapes[634]), offsetof(struct awsc_s3_complete_multipart_upload_input, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CompleteMultipartUploadRequest.SSECustomerKeyMD5: SSECustomerKeyMD5 */
        [133] = {REF(members[133].name_ref, strings[4444]), REF(members[133].shape_ref, shapes[102]), offsetof(struct awsc_s3_completed_multipart_upload, parts), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompletedMultipartUpload.Parts: CompletedPartList */
        [134] = {REF(members[134].name_ref, strings[1067]), REF(members[134].shape_ref, shapes[182]), offsetof(struct awsc_s3_completed_part, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompletedPart.ETag: ETag */
        [135] = {REF(members[135].name_ref, strings[2895]), REF(members[135].shape_ref, shapes[78]), offsetof(struct awsc_s3_completed_part, checksum_crc32), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompletedPart.ChecksumCRC32: ChecksumCRC32 */
        [136] = {REF(members[136].name_ref, strings[2909]), REF(members[136].shape_ref, shapes[79]), offsetof(struct awsc_s3_completed_part, checksum_crc32_c), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompletedPart.ChecksumCRC32C: ChecksumCRC32C */
        [137] = {REF(members[137].name_ref, strings[2924]), REF(members[137].shape_ref, shapes[80]), offsetof(struct awsc_s3_completed_part, checksum_crc64_nvme), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompletedPart.ChecksumCRC64NVME: ChecksumCRC64NVME */
        [138] = {REF(members[138].name_ref, strings[2942]), REF(members[138].shape_ref, shapes[83]), offsetof(struct awsc_s3_completed_part, checksum_sha1), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompletedPart.ChecksumSHA1: ChecksumSHA1 */
        [139] = {REF(members[139].name_ref, strings[2955]), REF(members[139].shape_ref, shapes[84]), offsetof(struct awsc_s3_completed_part, checksum_sha256), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompletedPart.ChecksumSHA256: ChecksumSHA256 */
        [140] = {REF(members[140].name_ref, strings[2970]), REF(members[140].shape_ref, shapes[85]), offsetof(struct awsc_s3_completed_part, checksum_sha512), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompletedPart.ChecksumSHA512: ChecksumSHA512 */
        [141] = {REF(members[141].name_ref, strings[2985]), REF(members[141].shape_ref, shapes[81]), offsetof(struct awsc_s3_completed_part, checksum_md5), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompletedPart.ChecksumMD5: ChecksumMD5 */
        [142] = {REF(members[142].name_ref, strings[2997]), REF(members[142].shape_ref, shapes[89]), offsetof(struct awsc_s3_completed_part, checksum_xxhash64), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompletedPart.ChecksumXXHASH64: ChecksumXXHASH64 */
        [143] = {REF(members[143].name_ref, strings[3014]), REF(members[143].shape_ref, shapes[88]), offsetof(struct awsc_s3_completed_part, checksum_xxhash3), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompletedPart.ChecksumXXHASH3: ChecksumXXHASH3 */
        [144] = {REF(members[144].name_ref, strings[3030]), REF(members[144].shape_ref, shapes[87]), offsetof(struct awsc_s3_completed_part, checksum_xxhash128), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompletedPart.ChecksumXXHASH128: ChecksumXXHASH128 */
        [145] = {REF(members[145].name_ref, strings[4469]), REF(members[145].shape_ref, shapes[505]), offsetof(struct awsc_s3_completed_part, part_number), offsetof(struct awsc_s3_completed_part, has_part_number), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CompletedPart.PartNumber: PartNumber */
        [146] = {REF(members[146].name_ref, strings[4540]), REF(members[146].shape_ref, shapes[305]), offsetof(struct awsc_s3_condition, http_error_code_returned_equals), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Condition.HttpErrorCodeReturnedEquals: HttpErrorCodeReturnedEquals */
        [147] = {REF(members[147].name_ref, strings[4568]), REF(members[147].shape_ref, shapes[364]), offsetof(struct awsc_s3_condition, key_prefix_equals), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Condition.KeyPrefixEquals: KeyPrefixEquals */
        [148] = {REF(members[148].name_ref, strings[4750]), REF(members[148].shape_ref, shapes[116]), offsetof(struct awsc_s3_copy_object_output, copy_object_result), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CopyObjectOutput.CopyObjectResult: CopyObjectResult */
        [149] = {REF(members[149].name_ref, strings[3388]), REF(members[149].shape_ref, shapes[204]), offsetof(struct awsc_s3_copy_object_output, expiration), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectOutput.Expiration: Expiration */
        [150] = {REF(members[150].name_ref, strings[4767]), REF(members[150].shape_ref, shapes[127]), offsetof(struct awsc_s3_copy_object_output, copy_source_version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectOutput.CopySourceVersionId: CopySourceVersionId */
        [151] = {REF(members[151].name_ref, strings[3466]), REF(members[151].shape_ref, shapes[491]), offsetof(struct awsc_s3_copy_object_output, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectOutput.VersionId: ObjectVersionId */
        [152] = {REF(members[152].name_ref, strings[3416]), REF(members[152].shape_ref, shapes[645]), offsetof(struct awsc_s3_copy_object_output, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectOutput.ServerSideEncryption: ServerSideEncryption */
        [153] = {REF(members[153].name_ref, strings[4213]), REF(members[153].shape_ref, shapes[632]), offsetof(struct awsc_s3_copy_object_output, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectOutput.SSECustomerAlgorithm: SSECustomerAlgorithm */
        [154] = {REF(members[154].name_ref, strings[4339]), REF(members[154].shape_ref, shapes[634]), offsetof(struct awsc_s3_copy_object_output, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectOutput.SSECustomerKeyMD5: SSECustomerKeyMD5 */
        [155] = {REF(members[155].name_ref, strings[3493]), REF(members[155].shape_ref, shapes[638]), offsetof(struct awsc_s3_copy_object_output, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectOutput.SSEKMSKeyId: SSEKMSKeyId */
        [156] = {REF(members[156].name_ref, strings[4816]), REF(members[156].shape_ref, shapes[637]), offsetof(struct awsc_s3_copy_object_output, ssekms_encryption_context), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectOutput.SSEKMSEncryptionContext: SSEKMSEncryptionContext */
        [157] = {REF(members[157].name_ref, strings[3549]), REF(members[157].shape_ref, shapes[53]), offsetof(struct awsc_s3_copy_object_output, bucket_key_enabled), offsetof(struct awsc_s3_copy_object_output, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectOutput.BucketKeyEnabled: BucketKeyEnabled */
        [158] = {REF(members[158].name_ref, strings[106]), REF(members[158].shape_ref, shapes[597]), offsetof(struct awsc_s3_copy_object_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectOutput.RequestCharged: RequestCharged */
        [159] = {REF(members[159].name_ref, strings[4895]), REF(members[159].shape_ref, shapes[465]), offsetof(struct awsc_s3_copy_object_input, acl), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.ACL: ObjectCannedACL */
        [160] = {REF(members[160].name_ref, strings[171]), REF(members[160].shape_ref, shapes[59]), offsetof(struct awsc_s3_copy_object_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.Bucket: BucketName */
        [161] = {REF(members[161].name_ref, strings[4909]), REF(members[161].shape_ref, shapes[74]), offsetof(struct awsc_s3_copy_object_input, cache_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.CacheControl: CacheControl */
        [162] = {REF(members[162].name_ref, strings[4936]), REF(members[162].shape_ref, shapes[76]), offsetof(struct awsc_s3_copy_object_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [163] = {REF(members[163].name_ref, strings[4979]), REF(members[163].shape_ref, shapes[106]), offsetof(struct awsc_s3_copy_object_input, content_disposition), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.ContentDisposition: ContentDisposition */
        [164] = {REF(members[164].name_ref, strings[5018]), REF(members[164].shape_ref, shapes[107]), offsetof(struct awsc_s3_copy_object_input, content_encoding), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.ContentEncoding: ContentEncoding */
        [165] = {REF(members[165].name_ref, strings[5051]), REF(members[165].shape_ref, shapes[108]), offsetof(struct awsc_s3_copy_object_input, content_language), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.ContentLanguage: ContentLanguage */
        [166] = {REF(members[166].name_ref, strings[5084]), REF(members[166].shape_ref, shapes[112]), offsetof(struct awsc_s3_copy_object_input, content_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.ContentType: ContentType */
        [167] = {REF(members[167].name_ref, strings[5109]), REF(members[167].shape_ref, shapes[118]), offsetof(struct awsc_s3_copy_object_input, copy_source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.CopySource: CopySource */
        [168] = {REF(members[168].name_ref, strings[5138]), REF(members[168].shape_ref, shapes[119]), offsetof(struct awsc_s3_copy_object_input, copy_source_if_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.CopySourceIfMatch: CopySourceIfMatch */
        [169] = {REF(members[169].name_ref, strings[5183]), REF(members[169].shape_ref, shapes[120]), offsetof(struct awsc_s3_copy_object_input, copy_source_if_modified_since), offsetof(struct awsc_s3_copy_object_input, has_copy_source_if_modified_since), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.CopySourceIfModifiedSince: CopySourceIfModifiedSince */
        [170] = {REF(members[170].name_ref, strings[5245]), REF(members[170].shape_ref, shapes[121]), offsetof(struct awsc_s3_copy_object_input, copy_source_if_none_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.CopySourceIfNoneMatch: CopySourceIfNoneMatch */
        [171] = {REF(members[171].name_ref, strings[5299]), REF(members[171].shape_ref, shapes[122]), offsetof(struct awsc_s3_copy_object_input, copy_source_if_unmodified_since), offsetof(struct awsc_s3_copy_object_input, has_copy_source_if_unmodified_since), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.CopySourceIfUnmodifiedSince: CopySourceIfUnmodifiedSince */
        [172] = {REF(members[172].name_ref, strings[5365]), REF(members[172].shape_ref, shapes[208]), offsetof(struct awsc_s3_copy_object_input, expires), offsetof(struct awsc_s3_copy_object_input, has_expires), 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.Expires: Expires */
        [173] = {REF(members[173].name_ref, strings[5373]), REF(members[173].shape_ref, shapes[293]), offsetof(struct awsc_s3_copy_object_input, grant_full_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.GrantFullControl: GrantFullControl */
        [174] = {REF(members[174].name_ref, strings[5415]), REF(members[174].shape_ref, shapes[294]), offsetof(struct awsc_s3_copy_object_input, grant_read), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.GrantRead: GrantRead */
        [175] = {REF(members[175].name_ref, strings[5442]), REF(members[175].shape_ref, shapes[295]), offsetof(struct awsc_s3_copy_object_input, grant_read_acp), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.GrantReadACP: GrantReadACP */
        [176] = {REF(members[176].name_ref, strings[5476]), REF(members[176].shape_ref, shapes[297]), offsetof(struct awsc_s3_copy_object_input, grant_write_acp), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.GrantWriteACP: GrantWriteACP */
        [177] = {REF(members[177].name_ref, strings[4170]), REF(members[177].shape_ref, shapes[309]), offsetof(struct awsc_s3_copy_object_input, if_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.IfMatch: IfMatch */
        [178] = {REF(members[178].name_ref, strings[4187]), REF(members[178].shape_ref, shapes[314]), offsetof(struct awsc_s3_copy_object_input, if_none_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.IfNoneMatch: IfNoneMatch */
        [179] = {REF(members[179].name_ref, strings[178]), REF(members[179].shape_ref, shapes[470]), offsetof(struct awsc_s3_copy_object_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.Key: ObjectKey */
        [180] = {REF(members[180].name_ref, strings[5512]), REF(members[180].shape_ref, shapes[419]), offsetof(struct awsc_s3_copy_object_input, metadata), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADERS, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.Metadata: Metadata */
        [181] = {REF(members[181].name_ref, strings[5533]), REF(members[181].shape_ref, shapes[422]), offsetof(struct awsc_s3_copy_object_input, metadata_directive), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.MetadataDirective: MetadataDirective */
        [182] = {REF(members[182].name_ref, strings[5576]), REF(members[182].shape_ref, shapes[675]), offsetof(struct awsc_s3_copy_object_input, tagging_directive), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.TaggingDirective: TaggingDirective */
        [183] = {REF(members[183].name_ref, strings[5617]), REF(members[183].shape_ref, shapes[32]), offsetof(struct awsc_s3_copy_object_input, annotation_directive), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.AnnotationDirective: AnnotationDirective */
        [184] = {REF(members[184].name_ref, strings[3416]), REF(members[184].shape_ref, shapes[645]), offsetof(struct awsc_s3_copy_object_input, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.ServerSideEncryption: ServerSideEncryption */
        [185] = {REF(members[185].name_ref, strings[5671]), REF(members[185].shape_ref, shapes[665]), offsetof(struct awsc_s3_copy_object_input, storage_class), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.StorageClass: StorageClass */
        [186] = {REF(members[186].name_ref, strings[5704]), REF(members[186].shape_ref, shapes[714]), offsetof(struct awsc_s3_copy_object_input, website_redirect_location), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.WebsiteRedirectLocation: WebsiteRedirectLocation */
        [187] = {REF(members[187].name_ref, strings[4213]), REF(members[187].shape_ref, shapes[632]), offsetof(struct awsc_s3_copy_object_input, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.SSECustomerAlgorithm: SSECustomerAlgorithm */
        [188] = {REF(members[188].name_ref, strings[4282]), REF(members[188].shape_ref, shapes[633]), offsetof(struct awsc_s3_copy_object_input, sse_customer_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.SSECustomerKey: SSECustomerKey */
        [189] = {REF(members[189].name_ref, strings[4339]), REF(members[189].shape_ref, shapes[634]), offsetof(struct awsc_s3_copy_object_input, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.SSECustomerKeyMD5: SSECustomerKeyMD5 */
        [190] = {REF(members[190].name_ref, strings[3493]), REF(members[190].shape_ref, shapes[638]), offsetof(struct awsc_s3_copy_object_input, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.SSEKMSKeyId: SSEKMSKeyId */
        [191] = {REF(members[191].name_ref, strings[4816]), REF(members[191].shape_ref, shapes[637]), offsetof(struct awsc_s3_copy_object_input, ssekms_encryption_context), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.SSEKMSEncryptionContext: SSEKMSEncryptionContext */
        [192] = {REF(members[192].name_ref, strings[3549]), REF(members[192].shape_ref, shapes[53]), offsetof(struct awsc_s3_copy_object_input, bucket_key_enabled), offsetof(struct awsc_s3_copy_object_input, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.BucketKeyEnabled: BucketKeyEnabled */
        [193] = {REF(members[193].name_ref, strings[5760]), REF(members[193].shape_ref, shapes[124]), offsetof(struct awsc_s3_copy_object_input, copy_source_sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.CopySourceSSECustomerAlgorithm: CopySourceSSECustomerAlgorithm */
        [194] = {REF(members[194].name_ref, strings[5851]), REF(members[194].shape_ref, shapes[125]), offsetof(struct awsc_s3_copy_object_input, copy_source_sse_customer_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.CopySourceSSECustomerKey: CopySourceSSECustomerKey */
        [195] = {REF(members[195].name_ref, strings[5930]), REF(members[195].shape_ref, shapes[126]), offsetof(struct awsc_s3_copy_object_input, copy_source_sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.CopySourceSSECustomerKeyMD5: CopySourceSSECustomerKeyMD5 */
        [196] = {REF(members[196].name_ref, strings[200]), REF(members[196].shape_ref, shapes[598]), offsetof(struct awsc_s3_copy_object_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.RequestPayer: RequestPayer */
        [197] = {REF(members[197].name_ref, strings[6016]), REF(members[197].shape_ref, shapes[676]), offsetof(struct awsc_s3_copy_object_input, tagging), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.Tagging: TaggingHeader */
        [198] = {REF(members[198].name_ref, strings[6038]), REF(members[198].shape_ref, shapes[477]), offsetof(struct awsc_s3_copy_object_input, object_lock_mode), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.ObjectLockMode: ObjectLockMode */
        [199] = {REF(members[199].name_ref, strings[6076]), REF(members[199].shape_ref, shapes[478]), offsetof(struct awsc_s3_copy_object_input, object_lock_retain_until_date), offsetof(struct awsc_s3_copy_object_input, has_object_lock_retain_until_date), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.ObjectLockRetainUntilDate: ObjectLockRetainUntilDate */
        [200] = {REF(members[200].name_ref, strings[6138]), REF(members[200].shape_ref, shapes[476]), offsetof(struct awsc_s3_copy_object_input, object_lock_legal_hold_status), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.ObjectLockLegalHoldStatus: ObjectLockLegalHoldStatus */
        [201] = {REF(members[201].name_ref, strings[233]), REF(members[201].shape_ref, shapes[14]), offsetof(struct awsc_s3_copy_object_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.ExpectedBucketOwner: AccountId */
        [202] = {REF(members[202].name_ref, strings[6193]), REF(members[202].shape_ref, shapes[14]), offsetof(struct awsc_s3_copy_object_input, expected_source_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CopyObjectRequest.ExpectedSourceBucketOwner: AccountId */
        [203] = {REF(members[203].name_ref, strings[1067]), REF(members[203].shape_ref, shapes[182]), offsetof(struct awsc_s3_copy_object_result, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CopyObjectResult.ETag: ETag */
        [204] = {REF(members[204].name_ref, strings[1054]), REF(members[204].shape_ref, shapes[369]), offsetof(struct awsc_s3_copy_object_result, last_modified), offsetof(struct awsc_s3_copy_object_result, has_last_modified), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CopyObjectResult.LastModified: LastModified */
        [205] = {REF(members[205].name_ref, strings[3048]), REF(members[205].shape_ref, shapes[86]), offsetof(struct awsc_s3_copy_object_result, checksum_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CopyObjectResult.ChecksumType: ChecksumType */
        [206] = {REF(members[206].name_ref, strings[2895]), REF(members[206].shape_ref, shapes[78]), offsetof(struct awsc_s3_copy_object_result, checksum_crc32), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CopyObjectResult.ChecksumCRC32: ChecksumCRC32 */
        [207] = {REF(members[207].name_ref, strings[2909]), REF(members[207].shape_ref, shapes[79]), offsetof(struct awsc_s3_copy_object_result, checksum_crc32_c), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CopyObjectResult.ChecksumCRC32C: ChecksumCRC32C */
        [208] = {REF(members[208].name_ref, strings[2924]), REF(members[208].shape_ref, shapes[80]), offsetof(struct awsc_s3_copy_object_result, checksum_crc64_nvme), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CopyObjectResult.ChecksumCRC64NVME: ChecksumCRC64NVME */
        [209] = {REF(members[209].name_ref, strings[2942]), REF(members[209].shape_ref, shapes[83]), offsetof(struct awsc_s3_copy_object_result, checksum_sha1), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CopyObjectResult.ChecksumSHA1: ChecksumSHA1 */
        [210] = {REF(members[210].name_ref, strings[2955]), REF(members[210].shape_ref, shapes[84]), offsetof(struct awsc_s3_copy_object_result, checksum_sha256), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CopyObjectResult.ChecksumSHA256: ChecksumSHA256 */
        [211] = {REF(members[211].name_ref, strings[2970]), REF(members[211].shape_ref, shapes[85]), offsetof(struct awsc_s3_copy_object_result, checksum_sha512), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CopyObjectResult.ChecksumSHA512: ChecksumSHA512 */
        [212] = {REF(members[212].name_ref, strings[2985]), REF(members[212].shape_ref, shapes[81]), offsetof(struct awsc_s3_copy_object_result, checksum_md5), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CopyObjectResult.ChecksumMD5: ChecksumMD5 */
        [213] = {REF(members[213].name_ref, strings[2997]), REF(members[213].shape_ref, shapes[89]), offsetof(struct awsc_s3_copy_object_result, checksum_xxhash64), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CopyObjectResult.ChecksumXXHASH64: ChecksumXXHASH64 */
        [214] = {REF(members[214].name_ref, strings[3014]), REF(members[214].shape_ref, shapes[88]), offsetof(struct awsc_s3_copy_object_result, checksum_xxhash3), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CopyObjectResult.ChecksumXXHASH3: ChecksumXXHASH3 */
        [215] = {REF(members[215].name_ref, strings[3030]), REF(members[215].shape_ref, shapes[87]), offsetof(struct awsc_s3_copy_object_result, checksum_xxhash128), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CopyObjectResult.ChecksumXXHASH128: ChecksumXXHASH128 */
        [216] = {REF(members[216].name_ref, strings[1067]), REF(members[216].shape_ref, shapes[182]), offsetof(struct awsc_s3_copy_part_result, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CopyPartResult.ETag: ETag */
        [217] = {REF(members[217].name_ref, strings[1054]), REF(members[217].shape_ref, shapes[369]), offsetof(struct awsc_s3_copy_part_result, last_modified), offsetof(struct awsc_s3_copy_part_result, has_last_modified), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CopyPartResult.LastModified: LastModified */
        [218] = {REF(members[218].name_ref, strings[2895]), REF(members[218].shape_ref, shapes[78]), offsetof(struct awsc_s3_copy_part_result, checksum_crc32), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CopyPartResult.ChecksumCRC32: ChecksumCRC32 */
        [219] = {REF(members[219].name_ref, strings[2909]), REF(members[219].shape_ref, shapes[79]), offsetof(struct awsc_s3_copy_part_result, checksum_crc32_c), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CopyPartResult.ChecksumCRC32C: ChecksumCRC32C */
        [220] = {REF(members[220].name_ref, strings[2924]), REF(members[220].shape_ref, shapes[80]), offsetof(struct awsc_s3_copy_part_result, checksum_crc64_nvme), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CopyPartResult.ChecksumCRC64NVME: ChecksumCRC64NVME */
        [221] = {REF(members[221].name_ref, strings[2942]), REF(members[221].shape_ref, shapes[83]), offsetof(struct awsc_s3_copy_part_result, checksum_sha1), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CopyPartResult.ChecksumSHA1: ChecksumSHA1 */
        [222] = {REF(members[222].name_ref, strings[2955]), REF(members[222].shape_ref, shapes[84]), offsetof(struct awsc_s3_copy_part_result, checksum_sha256), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CopyPartResult.ChecksumSHA256: ChecksumSHA256 */
        [223] = {REF(members[223].name_ref, strings[2970]), REF(members[223].shape_ref, shapes[85]), offsetof(struct awsc_s3_copy_part_result, checksum_sha512), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CopyPartResult.ChecksumSHA512: ChecksumSHA512 */
        [224] = {REF(members[224].name_ref, strings[2985]), REF(members[224].shape_ref, shapes[81]), offsetof(struct awsc_s3_copy_part_result, checksum_md5), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CopyPartResult.ChecksumMD5: ChecksumMD5 */
        [225] = {REF(members[225].name_ref, strings[2997]), REF(members[225].shape_ref, shapes[89]), offsetof(struct awsc_s3_copy_part_result, checksum_xxhash64), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CopyPartResult.ChecksumXXHASH64: ChecksumXXHASH64 */
        [226] = {REF(members[226].name_ref, strings[3014]), REF(members[226].shape_ref, shapes[88]), offsetof(struct awsc_s3_copy_part_result, checksum_xxhash3), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CopyPartResult.ChecksumXXHASH3: ChecksumXXHASH3 */
        [227] = {REF(members[227].name_ref, strings[3030]), REF(members[227].shape_ref, shapes[87]), offsetof(struct awsc_s3_copy_part_result, checksum_xxhash128), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CopyPartResult.ChecksumXXHASH128: ChecksumXXHASH128 */
        [228] = {REF(members[228].name_ref, strings[6520]), REF(members[228].shape_ref, shapes[55]), offsetof(struct awsc_s3_create_bucket_configuration, location_constraint), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateBucketConfiguration.LocationConstraint: BucketLocationConstraint */
        [229] = {REF(members[229].name_ref, strings[3379]), REF(members[229].shape_ref, shapes[402]), offsetof(struct awsc_s3_create_bucket_configuration, location), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateBucketConfiguration.Location: LocationInfo */
        [230] = {REF(members[230].name_ref, strings[171]), REF(members[230].shape_ref, shapes[52]), offsetof(struct awsc_s3_create_bucket_configuration, bucket), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateBucketConfiguration.Bucket: BucketInfo */
        [231] = {REF(members[231].name_ref, strings[6539]), REF(members[231].shape_ref, shapes[673]), offsetof(struct awsc_s3_create_bucket_configuration, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateBucketConfiguration.Tags: TagSet */
        [232] = {REF(members[232].name_ref, strings[171]), REF(members[232].shape_ref, shapes[59]), offsetof(struct awsc_s3_create_bucket_metadata_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* CreateBucketMetadataConfigurationRequest.Bucket: BucketName */
        [233] = {REF(members[233].name_ref, strings[6585]), REF(members[233].shape_ref, shapes[110]), offsetof(struct awsc_s3_create_bucket_metadata_configuration_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateBucketMetadataConfigurationRequest.ContentMD5: ContentMD5 */
        [234] = {REF(members[234].name_ref, strings[6608]), REF(members[234].shape_ref, shapes[76]), offsetof(struct awsc_s3_create_bucket_metadata_configuration_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateBucketMetadataConfigurationRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [235] = {REF(members[235].name_ref, strings[6655]), REF(members[235].shape_ref, shapes[420]), offsetof(struct awsc_s3_create_bucket_metadata_configuration_input, metadata_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateBucketMetadataConfigurationRequest.MetadataConfiguration: MetadataConfiguration */
        [236] = {REF(members[236].name_ref, strings[233]), REF(members[236].shape_ref, shapes[14]), offsetof(struct awsc_s3_create_bucket_metadata_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateBucketMetadataConfigurationRequest.ExpectedBucketOwner: AccountId */
        [237] = {REF(members[237].name_ref, strings[171]), REF(members[237].shape_ref, shapes[59]), offsetof(struct awsc_s3_create_bucket_metadata_table_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* CreateBucketMetadataTableConfigurationRequest.Bucket: BucketName */
        [238] = {REF(members[238].name_ref, strings[6585]), REF(members[238].shape_ref, shapes[110]), offsetof(struct awsc_s3_create_bucket_metadata_table_configuration_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateBucketMetadataTableConfigurationRequest.ContentMD5: ContentMD5 */
        [239] = {REF(members[239].name_ref, strings[6608]), REF(members[239].shape_ref, shapes[76]), offsetof(struct awsc_s3_create_bucket_metadata_table_configuration_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateBucketMetadataTableConfigurationRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [240] = {REF(members[240].name_ref, strings[6786]), REF(members[240].shape_ref, shapes[425]), offsetof(struct awsc_s3_create_bucket_metadata_table_configuration_input, metadata_table_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateBucketMetadataTableConfigurationRequest.MetadataTableConfiguration: MetadataTableConfiguration */
        [241] = {REF(members[241].name_ref, strings[233]), REF(members[241].shape_ref, shapes[14]), offsetof(struct awsc_s3_create_bucket_metadata_table_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateBucketMetadataTableConfigurationRequest.ExpectedBucketOwner: AccountId */
        [242] = {REF(members[242].name_ref, strings[3379]), REF(members[242].shape_ref, shapes[401]), offsetof(struct awsc_s3_create_bucket_output, location), AWSC_NO_PRESENCE, 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateBucketOutput.Location: Location */
        [243] = {REF(members[243].name_ref, strings[6900]), REF(members[243].shape_ref, shapes[624]), offsetof(struct awsc_s3_create_bucket_output, bucket_arn), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateBucketOutput.BucketArn: S3RegionalOrS3ExpressBucketArnString */
        [244] = {REF(members[244].name_ref, strings[4895]), REF(members[244].shape_ref, shapes[51]), offsetof(struct awsc_s3_create_bucket_input, acl), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateBucketRequest.ACL: BucketCannedACL */
        [245] = {REF(members[245].name_ref, strings[171]), REF(members[245].shape_ref, shapes[59]), offsetof(struct awsc_s3_create_bucket_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* CreateBucketRequest.Bucket: BucketName */
        [246] = {REF(members[246].name_ref, strings[6947]), REF(members[246].shape_ref, shapes[128]), offsetof(struct awsc_s3_create_bucket_input, create_bucket_configuration), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateBucketRequest.CreateBucketConfiguration: CreateBucketConfiguration */
        [247] = {REF(members[247].name_ref, strings[5373]), REF(members[247].shape_ref, shapes[293]), offsetof(struct awsc_s3_create_bucket_input, grant_full_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateBucketRequest.GrantFullControl: GrantFullControl */
        [248] = {REF(members[248].name_ref, strings[5415]), REF(members[248].shape_ref, shapes[294]), offsetof(struct awsc_s3_create_bucket_input, grant_read), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateBucketRequest.GrantRead: GrantRead */
        [249] = {REF(members[249].name_ref, strings[5442]), REF(members[249].shape_ref, shapes[295]), offsetof(struct awsc_s3_create_bucket_input, grant_read_acp), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateBucketRequest.GrantReadACP: GrantReadACP */
        [250] = {REF(members[250].name_ref, strings[7014]), REF(members[250].shape_ref, shapes[296]), offsetof(struct awsc_s3_create_bucket_input, grant_write), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateBucketRequest.GrantWrite: GrantWrite */
        [251] = {REF(members[251].name_ref, strings[5476]), REF(members[251].shape_ref, shapes[297]), offsetof(struct awsc_s3_create_bucket_input, grant_write_acp), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateBucketRequest.GrantWriteACP: GrantWriteACP */
        [252] = {REF(members[252].name_ref, strings[7043]), REF(members[252].shape_ref, shapes[474]), offsetof(struct awsc_s3_create_bucket_input, object_lock_enabled_for_bucket), offsetof(struct awsc_s3_create_bucket_input, has_object_lock_enabled_for_bucket), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateBucketRequest.ObjectLockEnabledForBucket: ObjectLockEnabledForBucket */
        [253] = {REF(members[253].name_ref, strings[7103]), REF(members[253].shape_ref, shapes[484]), offsetof(struct awsc_s3_create_bucket_input, object_ownership), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateBucketRequest.ObjectOwnership: ObjectOwnership */
        [254] = {REF(members[254].name_ref, strings[7142]), REF(members[254].shape_ref, shapes[60]), offsetof(struct awsc_s3_create_bucket_input, bucket_namespace), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateBucketRequest.BucketNamespace: BucketNamespace */
        [255] = {REF(members[255].name_ref, strings[7209]), REF(members[255].shape_ref, shapes[1]), offsetof(struct awsc_s3_create_multipart_upload_output, abort_date), offsetof(struct awsc_s3_create_multipart_upload_output, has_abort_date), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadOutput.AbortDate: AbortDate */
        [256] = {REF(members[256].name_ref, strings[7236]), REF(members[256].shape_ref, shapes[5]), offsetof(struct awsc_s3_create_multipart_upload_output, abort_rule_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadOutput.AbortRuleId: AbortRuleId */
        [257] = {REF(members[257].name_ref, strings[171]), REF(members[257].shape_ref, shapes[59]), offsetof(struct awsc_s3_create_multipart_upload_output, bucket), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadOutput.Bucket: BucketName */
        [258] = {REF(members[258].name_ref, strings[178]), REF(members[258].shape_ref, shapes[470]), offsetof(struct awsc_s3_create_multipart_upload_output, key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadOutput.Key: ObjectKey */
        [259] = {REF(members[259].name_ref, strings[7268]), REF(members[259].shape_ref, shapes[441]), offsetof(struct awsc_s3_create_multipart_upload_output, upload_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadOutput.UploadId: MultipartUploadId */
        [260] = {REF(members[260].name_ref, strings[3416]), REF(members[260].shape_ref, shapes[645]), offsetof(struct awsc_s3_create_multipart_upload_output, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadOutput.ServerSideEncryption: ServerSideEncryption */
        [261] = {REF(members[261].name_ref, strings[4213]), REF(members[261].shape_ref, shapes[632]), offsetof(struct awsc_s3_create_multipart_upload_output, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadOutput.SSECustomerAlgorithm: SSECustomerAlgorithm */
        [262] = {REF(members[262].name_ref, strings[4339]), REF(members[262].shape_ref, shapes[634]), offsetof(struct awsc_s3_create_multipart_upload_output, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadOutput.SSECustomerKeyMD5: SSECustomerKeyMD5 */
        [263] = {REF(members[263].name_ref, strings[3493]), REF(members[263].shape_ref, shapes[638]), offsetof(struct awsc_s3_create_multipart_upload_output, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadOutput.SSEKMSKeyId: SSEKMSKeyId */
        [264] = {REF(members[264].name_ref, strings[4816]), REF(members[264].shape_ref, shapes[637]), offsetof(struct awsc_s3_create_multipart_upload_output, ssekms_encryption_context), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadOutput.SSEKMSEncryptionContext: SSEKMSEncryptionContext */
        [265] = {REF(members[265].name_ref, strings[3549]), REF(members[265].shape_ref, shapes[53]), offsetof(struct awsc_s3_create_multipart_upload_output, bucket_key_enabled), offsetof(struct awsc_s3_create_multipart_upload_output, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadOutput.BucketKeyEnabled: BucketKeyEnabled */
        [266] = {REF(members[266].name_ref, strings[106]), REF(members[266].shape_ref, shapes[597]), offsetof(struct awsc_s3_create_multipart_upload_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadOutput.RequestCharged: RequestCharged */
        [267] = {REF(members[267].name_ref, strings[4936]), REF(members[267].shape_ref, shapes[76]), offsetof(struct awsc_s3_create_multipart_upload_output, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadOutput.ChecksumAlgorithm: ChecksumAlgorithm */
        [268] = {REF(members[268].name_ref, strings[4102]), REF(members[268].shape_ref, shapes[86]), offsetof(struct awsc_s3_create_multipart_upload_output, checksum_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadOutput.ChecksumType: ChecksumType */
        [269] = {REF(members[269].name_ref, strings[4895]), REF(members[269].shape_ref, shapes[465]), offsetof(struct awsc_s3_create_multipart_upload_input, acl), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.ACL: ObjectCannedACL */
        [270] = {REF(members[270].name_ref, strings[171]), REF(members[270].shape_ref, shapes[59]), offsetof(struct awsc_s3_create_multipart_upload_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.Bucket: BucketName */
        [271] = {REF(members[271].name_ref, strings[4909]), REF(members[271].shape_ref, shapes[74]), offsetof(struct awsc_s3_create_multipart_upload_input, cache_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.CacheControl: CacheControl */
        [272] = {REF(members[272].name_ref, strings[4979]), REF(members[272].shape_ref, shapes[106]), offsetof(struct awsc_s3_create_multipart_upload_input, content_disposition), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.ContentDisposition: ContentDisposition */
        [273] = {REF(members[273].name_ref, strings[5018]), REF(members[273].shape_ref, shapes[107]), offsetof(struct awsc_s3_create_multipart_upload_input, content_encoding), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.ContentEncoding: ContentEncoding */
        [274] = {REF(members[274].name_ref, strings[5051]), REF(members[274].shape_ref, shapes[108]), offsetof(struct awsc_s3_create_multipart_upload_input, content_language), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.ContentLanguage: ContentLanguage */
        [275] = {REF(members[275].name_ref, strings[5084]), REF(members[275].shape_ref, shapes[112]), offsetof(struct awsc_s3_create_multipart_upload_input, content_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.ContentType: ContentType */
        [276] = {REF(members[276].name_ref, strings[5365]), REF(members[276].shape_ref, shapes[208]), offsetof(struct awsc_s3_create_multipart_upload_input, expires), offsetof(struct awsc_s3_create_multipart_upload_input, has_expires), 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.Expires: Expires */
        [277] = {REF(members[277].name_ref, strings[5373]), REF(members[277].shape_ref, shapes[293]), offsetof(struct awsc_s3_create_multipart_upload_input, grant_full_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.GrantFullControl: GrantFullControl */
        [278] = {REF(members[278].name_ref, strings[5415]), REF(members[278].shape_ref, shapes[294]), offsetof(struct awsc_s3_create_multipart_upload_input, grant_read), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.GrantRead: GrantRead */
        [279] = {REF(members[279].name_ref, strings[5442]), REF(members[279].shape_ref, shapes[295]), offsetof(struct awsc_s3_create_multipart_upload_input, grant_read_acp), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.GrantReadACP: GrantReadACP */
        [280] = {REF(members[280].name_ref, strings[5476]), REF(members[280].shape_ref, shapes[297]), offsetof(struct awsc_s3_create_multipart_upload_input, grant_write_acp), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.GrantWriteACP: GrantWriteACP */
        [281] = {REF(members[281].name_ref, strings[178]), REF(members[281].shape_ref, shapes[470]), offsetof(struct awsc_s3_create_multipart_upload_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.Key: ObjectKey */
        [282] = {REF(members[282].name_ref, strings[5512]), REF(members[282].shape_ref, shapes[419]), offsetof(struct awsc_s3_create_multipart_upload_input, metadata), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADERS, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.Metadata: Metadata */
        [283] = {REF(members[283].name_ref, strings[3416]), REF(members[283].shape_ref, shapes[645]), offsetof(struct awsc_s3_create_multipart_upload_input, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.ServerSideEncryption: ServerSideEncryption */
        [284] = {REF(members[284].name_ref, strings[5671]), REF(members[284].shape_ref, shapes[665]), offsetof(struct awsc_s3_create_multipart_upload_input, storage_class), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.StorageClass: StorageClass */
        [285] = {REF(members[285].name_ref, strings[5704]), REF(members[285].shape_ref, shapes[714]), offsetof(struct awsc_s3_create_multipart_upload_input, website_redirect_location), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.WebsiteRedirectLocation: WebsiteRedirectLocation */
        [286] = {REF(members[286].name_ref, strings[4213]), REF(members[286].shape_ref, shapes[632]), offsetof(struct awsc_s3_create_multipart_upload_input, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.SSECustomerAlgorithm: SSECustomerAlgorithm */
        [287] = {REF(members[287].name_ref, strings[4282]), REF(members[287].shape_ref, shapes[633]), offsetof(struct awsc_s3_create_multipart_upload_input, sse_customer_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.SSECustomerKey: SSECustomerKey */
        [288] = {REF(members[288].name_ref, strings[4339]), REF(members[288].shape_ref, shapes[634]), offsetof(struct awsc_s3_create_multipart_upload_input, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.SSECustomerKeyMD5: SSECustomerKeyMD5 */
        [289] = {REF(members[289].name_ref, strings[3493]), REF(members[289].shape_ref, shapes[638]), offsetof(struct awsc_s3_create_multipart_upload_input, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.SSEKMSKeyId: SSEKMSKeyId */
        [290] = {REF(members[290].name_ref, strings[4816]), REF(members[290].shape_ref, shapes[637]), offsetof(struct awsc_s3_create_multipart_upload_input, ssekms_encryption_context), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.SSEKMSEncryptionContext: SSEKMSEncryptionContext */
        [291] = {REF(members[291].name_ref, strings[3549]), REF(members[291].shape_ref, shapes[53]), offsetof(struct awsc_s3_create_multipart_upload_input, bucket_key_enabled), offsetof(struct awsc_s3_create_multipart_upload_input, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.BucketKeyEnabled: BucketKeyEnabled */
        [292] = {REF(members[292].name_ref, strings[200]), REF(members[292].shape_ref, shapes[598]), offsetof(struct awsc_s3_create_multipart_upload_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.RequestPayer: RequestPayer */
        [293] = {REF(members[293].name_ref, strings[6016]), REF(members[293].shape_ref, shapes[676]), offsetof(struct awsc_s3_create_multipart_upload_input, tagging), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.Tagging: TaggingHeader */
        [294] = {REF(members[294].name_ref, strings[6038]), REF(members[294].shape_ref, shapes[477]), offsetof(struct awsc_s3_create_multipart_upload_input, object_lock_mode), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.ObjectLockMode: ObjectLockMode */
        [295] = {REF(members[295].name_ref, strings[6076]), REF(members[295].shape_ref, shapes[478]), offsetof(struct awsc_s3_create_multipart_upload_input, object_lock_retain_until_date), offsetof(struct awsc_s3_create_multipart_upload_input, has_object_lock_retain_until_date), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.ObjectLockRetainUntilDate: ObjectLockRetainUntilDate */
        [296] = {REF(members[296].name_ref, strings[6138]), REF(members[296].shape_ref, shapes[476]), offsetof(struct awsc_s3_create_multipart_upload_input, object_lock_legal_hold_status), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.ObjectLockLegalHoldStatus: ObjectLockLegalHoldStatus */
        [297] = {REF(members[297].name_ref, strings[233]), REF(members[297].shape_ref, shapes[14]), offsetof(struct awsc_s3_create_multipart_upload_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.ExpectedBucketOwner: AccountId */
        [298] = {REF(members[298].name_ref, strings[4936]), REF(members[298].shape_ref, shapes[76]), offsetof(struct awsc_s3_create_multipart_upload_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [299] = {REF(members[299].name_ref, strings[4102]), REF(members[299].shape_ref, shapes[86]), offsetof(struct awsc_s3_create_multipart_upload_input, checksum_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateMultipartUploadRequest.ChecksumType: ChecksumType */
        [300] = {REF(members[300].name_ref, strings[3416]), REF(members[300].shape_ref, shapes[645]), offsetof(struct awsc_s3_create_session_output, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateSessionOutput.ServerSideEncryption: ServerSideEncryption */
        [301] = {REF(members[301].name_ref, strings[3493]), REF(members[301].shape_ref, shapes[638]), offsetof(struct awsc_s3_create_session_output, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateSessionOutput.SSEKMSKeyId: SSEKMSKeyId */
        [302] = {REF(members[302].name_ref, strings[4816]), REF(members[302].shape_ref, shapes[637]), offsetof(struct awsc_s3_create_session_output, ssekms_encryption_context), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateSessionOutput.SSEKMSEncryptionContext: SSEKMSEncryptionContext */
        [303] = {REF(members[303].name_ref, strings[3549]), REF(members[303].shape_ref, shapes[53]), offsetof(struct awsc_s3_create_session_output, bucket_key_enabled), offsetof(struct awsc_s3_create_session_output, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateSessionOutput.BucketKeyEnabled: BucketKeyEnabled */
        [304] = {REF(members[304].name_ref, strings[7326]), REF(members[304].shape_ref, shapes[651]), offsetof(struct awsc_s3_create_session_output, credentials), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateSessionOutput.Credentials: SessionCredentials */
        [305] = {REF(members[305].name_ref, strings[7359]), REF(members[305].shape_ref, shapes[653]), offsetof(struct awsc_s3_create_session_input, session_mode), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateSessionRequest.SessionMode: SessionMode */
        [306] = {REF(members[306].name_ref, strings[171]), REF(members[306].shape_ref, shapes[59]), offsetof(struct awsc_s3_create_session_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* CreateSessionRequest.Bucket: BucketName */
        [307] = {REF(members[307].name_ref, strings[3416]), REF(members[307].shape_ref, shapes[645]), offsetof(struct awsc_s3_create_session_input, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateSessionRequest.ServerSideEncryption: ServerSideEncryption */
        [308] = {REF(members[308].name_ref, strings[3493]), REF(members[308].shape_ref, shapes[638]), offsetof(struct awsc_s3_create_session_input, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateSessionRequest.SSEKMSKeyId: SSEKMSKeyId */
        [309] = {REF(members[309].name_ref, strings[4816]), REF(members[309].shape_ref, shapes[637]), offsetof(struct awsc_s3_create_session_input, ssekms_encryption_context), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateSessionRequest.SSEKMSEncryptionContext: SSEKMSEncryptionContext */
        [310] = {REF(members[310].name_ref, strings[3549]), REF(members[310].shape_ref, shapes[53]), offsetof(struct awsc_s3_create_session_input, bucket_key_enabled), offsetof(struct awsc_s3_create_session_input, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* CreateSessionRequest.BucketKeyEnabled: BucketKeyEnabled */
        [311] = {REF(members[311].name_ref, strings[7463]), REF(members[311].shape_ref, shapes[480]), offsetof(struct awsc_s3_default_retention, mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DefaultRetention.Mode: ObjectLockRetentionMode */
        [312] = {REF(members[312].name_ref, strings[7441]), REF(members[312].shape_ref, shapes[140]), offsetof(struct awsc_s3_default_retention, days), offsetof(struct awsc_s3_default_retention, has_days), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DefaultRetention.Days: Days */
        [313] = {REF(members[313].name_ref, strings[7468]), REF(members[313].shape_ref, shapes[717]), offsetof(struct awsc_s3_default_retention, years), offsetof(struct awsc_s3_default_retention, has_years), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DefaultRetention.Years: Years */
        [314] = {REF(members[314].name_ref, strings[7481]), REF(members[314].shape_ref, shapes[468]), offsetof(struct awsc_s3_delete, objects), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Delete.Objects: ObjectIdentifierList */
        [315] = {REF(members[315].name_ref, strings[7496]), REF(members[315].shape_ref, shapes[563]), offsetof(struct awsc_s3_delete, quiet), offsetof(struct awsc_s3_delete, has_quiet), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Delete.Quiet: Quiet */
        [316] = {REF(members[316].name_ref, strings[171]), REF(members[316].shape_ref, shapes[59]), offsetof(struct awsc_s3_delete_bucket_analytics_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteBucketAnalyticsConfigurationRequest.Bucket: BucketName */
        [317] = {REF(members[317].name_ref, strings[7544]), REF(members[317].shape_ref, shapes[27]), offsetof(struct awsc_s3_delete_bucket_analytics_configuration_input, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* DeleteBucketAnalyticsConfigurationRequest.Id: AnalyticsId */
        [318] = {REF(members[318].name_ref, strings[233]), REF(members[318].shape_ref, shapes[14]), offsetof(struct awsc_s3_delete_bucket_analytics_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteBucketAnalyticsConfigurationRequest.ExpectedBucketOwner: AccountId */
        [319] = {REF(members[319].name_ref, strings[171]), REF(members[319].shape_ref, shapes[59]), offsetof(struct awsc_s3_delete_bucket_cors_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteBucketCorsRequest.Bucket: BucketName */
        [320] = {REF(members[320].name_ref, strings[233]), REF(members[320].shape_ref, shapes[14]), offsetof(struct awsc_s3_delete_bucket_cors_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteBucketCorsRequest.ExpectedBucketOwner: AccountId */
        [321] = {REF(members[321].name_ref, strings[171]), REF(members[321].shape_ref, shapes[59]), offsetof(struct awsc_s3_delete_bucket_encryption_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteBucketEncryptionRequest.Bucket: BucketName */
        [322] = {REF(members[322].name_ref, strings[233]), REF(members[322].shape_ref, shapes[14]), offsetof(struct awsc_s3_delete_bucket_encryption_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteBucketEncryptionRequest.ExpectedBucketOwner: AccountId */
        [323] = {REF(members[323].name_ref, strings[171]), REF(members[323].shape_ref, shapes[59]), offsetof(struct awsc_s3_delete_bucket_intelligent_tiering_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteBucketIntelligentTieringConfigurationRequest.Bucket: BucketName */
        [324] = {REF(members[324].name_ref, strings[7544]), REF(members[324].shape_ref, shapes[326]), offsetof(struct awsc_s3_delete_bucket_intelligent_tiering_configuration_input, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* DeleteBucketIntelligentTieringConfigurationRequest.Id: IntelligentTieringId */
        [325] = {REF(members[325].name_ref, strings[233]), REF(members[325].shape_ref, shapes[14]), offsetof(struct awsc_s3_delete_bucket_intelligent_tiering_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteBucketIntelligentTieringConfigurationRequest.ExpectedBucketOwner: AccountId */
        [326] = {REF(members[326].name_ref, strings[171]), REF(members[326].shape_ref, shapes[59]), offsetof(struct awsc_s3_delete_bucket_inventory_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteBucketInventoryConfigurationRequest.Bucket: BucketName */
        [327] = {REF(members[327].name_ref, strings[7544]), REF(members[327].shape_ref, shapes[341]), offsetof(struct awsc_s3_delete_bucket_inventory_configuration_input, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* DeleteBucketInventoryConfigurationRequest.Id: InventoryId */
        [328] = {REF(members[328].name_ref, strings[233]), REF(members[328].shape_ref, shapes[14]), offsetof(struct awsc_s3_delete_bucket_inventory_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteBucketInventoryConfigurationRequest.ExpectedBucketOwner: AccountId */
        [329] = {REF(members[329].name_ref, strings[171]), REF(members[329].shape_ref, shapes[59]), offsetof(struct awsc_s3_delete_bucket_lifecycle_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteBucketLifecycleRequest.Bucket: BucketName */
        [330] = {REF(members[330].name_ref, strings[233]), REF(members[330].shape_ref, shapes[14]), offsetof(struct awsc_s3_delete_bucket_lifecycle_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteBucketLifecycleRequest.ExpectedBucketOwner: AccountId */
        [331] = {REF(members[331].name_ref, strings[171]), REF(members[331].shape_ref, shapes[59]), offsetof(struct awsc_s3_delete_bucket_metadata_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteBucketMetadataConfigurationRequest.Bucket: BucketName */
        [332] = {REF(members[332].name_ref, strings[233]), REF(members[332].shape_ref, shapes[14]), offsetof(struct awsc_s3_delete_bucket_metadata_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteBucketMetadataConfigurationRequest.ExpectedBucketOwner: AccountId */
        [333] = {REF(members[333].name_ref, strings[171]), REF(members[333].shape_ref, shapes[59]), offsetof(struct awsc_s3_delete_bucket_metadata_table_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteBucketMetadataTableConfigurationRequest.Bucket: BucketName */
        [334] = {REF(members[334].name_ref, strings[233]), REF(members[334].shape_ref, shapes[14]), offsetof(struct awsc_s3_delete_bucket_metadata_table_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteBucketMetadataTableConfigurationRequest.ExpectedBucketOwner: AccountId */
        [335] = {REF(members[335].name_ref, strings[171]), REF(members[335].shape_ref, shapes[59]), offsetof(struct awsc_s3_delete_bucket_metrics_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteBucketMetricsConfigurationRequest.Bucket: BucketName */
        [336] = {REF(members[336].name_ref, strings[7544]), REF(members[336].shape_ref, shapes[435]), offsetof(struct awsc_s3_delete_bucket_metrics_configuration_input, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* DeleteBucketMetricsConfigurationRequest.Id: MetricsId */
        [337] = {REF(members[337].name_ref, strings[233]), REF(members[337].shape_ref, shapes[14]), offsetof(struct awsc_s3_delete_bucket_metrics_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteBucketMetricsConfigurationRequest.ExpectedBucketOwner: AccountId */
        [338] = {REF(members[338].name_ref, strings[171]), REF(members[338].shape_ref, shapes[59]), offsetof(struct awsc_s3_delete_bucket_ownership_controls_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteBucketOwnershipControlsRequest.Bucket: BucketName */
        [339] = {REF(members[339].name_ref, strings[233]), REF(members[339].shape_ref, shapes[14]), offsetof(struct awsc_s3_delete_bucket_ownership_controls_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteBucketOwnershipControlsRequest.ExpectedBucketOwner: AccountId */
        [340] = {REF(members[340].name_ref, strings[171]), REF(members[340].shape_ref, shapes[59]), offsetof(struct awsc_s3_delete_bucket_policy_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteBucketPolicyRequest.Bucket: BucketName */
        [341] = {REF(members[341].name_ref, strings[233]), REF(members[341].shape_ref, shapes[14]), offsetof(struct awsc_s3_delete_bucket_policy_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteBucketPolicyRequest.ExpectedBucketOwner: AccountId */
        [342] = {REF(members[342].name_ref, strings[171]), REF(members[342].shape_ref, shapes[59]), offsetof(struct awsc_s3_delete_bucket_replication_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteBucketReplicationRequest.Bucket: BucketName */
        [343] = {REF(members[343].name_ref, strings[233]), REF(members[343].shape_ref, shapes[14]), offsetof(struct awsc_s3_delete_bucket_replication_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteBucketReplicationRequest.ExpectedBucketOwner: AccountId */
        [344] = {REF(members[344].name_ref, strings[171]), REF(members[344].shape_ref, shapes[59]), offsetof(struct awsc_s3_delete_bucket_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteBucketRequest.Bucket: BucketName */
        [345] = {REF(members[345].name_ref, strings[233]), REF(members[345].shape_ref, shapes[14]), offsetof(struct awsc_s3_delete_bucket_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteBucketRequest.ExpectedBucketOwner: AccountId */
        [346] = {REF(members[346].name_ref, strings[171]), REF(members[346].shape_ref, shapes[59]), offsetof(struct awsc_s3_delete_bucket_tagging_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteBucketTaggingRequest.Bucket: BucketName */
        [347] = {REF(members[347].name_ref, strings[233]), REF(members[347].shape_ref, shapes[14]), offsetof(struct awsc_s3_delete_bucket_tagging_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteBucketTaggingRequest.ExpectedBucketOwner: AccountId */
        [348] = {REF(members[348].name_ref, strings[171]), REF(members[348].shape_ref, shapes[59]), offsetof(struct awsc_s3_delete_bucket_website_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteBucketWebsiteRequest.Bucket: BucketName */
        [349] = {REF(members[349].name_ref, strings[233]), REF(members[349].shape_ref, shapes[14]), offsetof(struct awsc_s3_delete_bucket_website_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteBucketWebsiteRequest.ExpectedBucketOwner: AccountId */
        [350] = {REF(members[350].name_ref, strings[426]), REF(members[350].shape_ref, shapes[498]), offsetof(struct awsc_s3_delete_marker_entry, owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteMarkerEntry.Owner: Owner */
        [351] = {REF(members[351].name_ref, strings[178]), REF(members[351].shape_ref, shapes[470]), offsetof(struct awsc_s3_delete_marker_entry, key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteMarkerEntry.Key: ObjectKey */
        [352] = {REF(members[352].name_ref, strings[8052]), REF(members[352].shape_ref, shapes[491]), offsetof(struct awsc_s3_delete_marker_entry, version_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteMarkerEntry.VersionId: ObjectVersionId */
        [353] = {REF(members[353].name_ref, strings[8062]), REF(members[353].shape_ref, shapes[351]), offsetof(struct awsc_s3_delete_marker_entry, is_latest), offsetof(struct awsc_s3_delete_marker_entry, has_is_latest), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteMarkerEntry.IsLatest: IsLatest */
        [354] = {REF(members[354].name_ref, strings[1054]), REF(members[354].shape_ref, shapes[369]), offsetof(struct awsc_s3_delete_marker_entry, last_modified), offsetof(struct awsc_s3_delete_marker_entry, has_last_modified), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteMarkerEntry.LastModified: LastModified */
        [355] = {REF(members[355].name_ref, strings[11]), REF(members[355].shape_ref, shapes[162]), offsetof(struct awsc_s3_delete_marker_replication, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteMarkerReplication.Status: DeleteMarkerReplicationStatus */
        [356] = {REF(members[356].name_ref, strings[8190]), REF(members[356].shape_ref, shapes[491]), offsetof(struct awsc_s3_delete_object_annotation_output, object_version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteObjectAnnotationOutput.ObjectVersionId: ObjectVersionId */
        [357] = {REF(members[357].name_ref, strings[106]), REF(members[357].shape_ref, shapes[597]), offsetof(struct awsc_s3_delete_object_annotation_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteObjectAnnotationOutput.RequestCharged: RequestCharged */
        [358] = {REF(members[358].name_ref, strings[171]), REF(members[358].shape_ref, shapes[59]), offsetof(struct awsc_s3_delete_object_annotation_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteObjectAnnotationRequest.Bucket: BucketName */
        [359] = {REF(members[359].name_ref, strings[178]), REF(members[359].shape_ref, shapes[470]), offsetof(struct awsc_s3_delete_object_annotation_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteObjectAnnotationRequest.Key: ObjectKey */
        [360] = {REF(members[360].name_ref, strings[8260]), REF(members[360].shape_ref, shapes[36]), offsetof(struct awsc_s3_delete_object_annotation_input, annotation_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* DeleteObjectAnnotationRequest.AnnotationName: AnnotationName */
        [361] = {REF(members[361].name_ref, strings[8290]), REF(members[361].shape_ref, shapes[491]), offsetof(struct awsc_s3_delete_object_annotation_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* DeleteObjectAnnotationRequest.VersionId: ObjectVersionId */
        [362] = {REF(members[362].name_ref, strings[200]), REF(members[362].shape_ref, shapes[598]), offsetof(struct awsc_s3_delete_object_annotation_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteObjectAnnotationRequest.RequestPayer: RequestPayer */
        [363] = {REF(members[363].name_ref, strings[233]), REF(members[363].shape_ref, shapes[14]), offsetof(struct awsc_s3_delete_object_annotation_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteObjectAnnotationRequest.ExpectedBucketOwner: AccountId */
        [364] = {REF(members[364].name_ref, strings[8310]), REF(members[364].shape_ref, shapes[469]), offsetof(struct awsc_s3_delete_object_annotation_input, object_if_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteObjectAnnotationRequest.ObjectIfMatch: ObjectIfMatch */
        [365] = {REF(members[365].name_ref, strings[8365]), REF(members[365].shape_ref, shapes[159]), offsetof(struct awsc_s3_delete_object_output, delete_marker), offsetof(struct awsc_s3_delete_object_output, has_delete_marker), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteObjectOutput.DeleteMarker: DeleteMarker */
        [366] = {REF(members[366].name_ref, strings[3466]), REF(members[366].shape_ref, shapes[491]), offsetof(struct awsc_s3_delete_object_output, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteObjectOutput.VersionId: ObjectVersionId */
        [367] = {REF(members[367].name_ref, strings[106]), REF(members[367].shape_ref, shapes[597]), offsetof(struct awsc_s3_delete_object_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteObjectOutput.RequestCharged: RequestCharged */
        [368] = {REF(members[368].name_ref, strings[171]), REF(members[368].shape_ref, shapes[59]), offsetof(struct awsc_s3_delete_object_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteObjectRequest.Bucket: BucketName */
        [369] = {REF(members[369].name_ref, strings[178]), REF(members[369].shape_ref, shapes[470]), offsetof(struct awsc_s3_delete_object_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteObjectRequest.Key: ObjectKey */
        [370] = {REF(members[370].name_ref, strings[8418]), REF(members[370].shape_ref, shapes[407]), offsetof(struct awsc_s3_delete_object_input, mfa), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteObjectRequest.MFA: MFA */
        [371] = {REF(members[371].name_ref, strings[8290]), REF(members[371].shape_ref, shapes[491]), offsetof(struct awsc_s3_delete_object_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* DeleteObjectRequest.VersionId: ObjectVersionId */
        [372] = {REF(members[372].name_ref, strings[200]), REF(members[372].shape_ref, shapes[598]), offsetof(struct awsc_s3_delete_object_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteObjectRequest.RequestPayer: RequestPayer */
        [373] = {REF(members[373].name_ref, strings[8432]), REF(members[373].shape_ref, shapes[65]), offsetof(struct awsc_s3_delete_object_input, bypass_governance_retention), offsetof(struct awsc_s3_delete_object_input, has_bypass_governance_retention), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteObjectRequest.BypassGovernanceRetention: BypassGovernanceRetention */
        [374] = {REF(members[374].name_ref, strings[233]), REF(members[374].shape_ref, shapes[14]), offsetof(struct awsc_s3_delete_object_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteObjectRequest.ExpectedBucketOwner: AccountId */
        [375] = {REF(members[375].name_ref, strings[4170]), REF(members[375].shape_ref, shapes[309]), offsetof(struct awsc_s3_delete_object_input, if_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteObjectRequest.IfMatch: IfMatch */
        [376] = {REF(members[376].name_ref, strings[8492]), REF(members[376].shape_ref, shapes[311]), offsetof(struct awsc_s3_delete_object_input, if_match_last_modified_time), offsetof(struct awsc_s3_delete_object_input, has_if_match_last_modified_time), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteObjectRequest.IfMatchLastModifiedTime: IfMatchLastModifiedTime */
        [377] = {REF(members[377].name_ref, strings[8550]), REF(members[377].shape_ref, shapes[312]), offsetof(struct awsc_s3_delete_object_input, if_match_size), offsetof(struct awsc_s3_delete_object_input, has_if_match_size), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteObjectRequest.IfMatchSize: IfMatchSize */
        [378] = {REF(members[378].name_ref, strings[3466]), REF(members[378].shape_ref, shapes[491]), offsetof(struct awsc_s3_delete_object_tagging_output, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteObjectTaggingOutput.VersionId: ObjectVersionId */
        [379] = {REF(members[379].name_ref, strings[171]), REF(members[379].shape_ref, shapes[59]), offsetof(struct awsc_s3_delete_object_tagging_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteObjectTaggingRequest.Bucket: BucketName */
        [380] = {REF(members[380].name_ref, strings[178]), REF(members[380].shape_ref, shapes[470]), offsetof(struct awsc_s3_delete_object_tagging_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteObjectTaggingRequest.Key: ObjectKey */
        [381] = {REF(members[381].name_ref, strings[8290]), REF(members[381].shape_ref, shapes[491]), offsetof(struct awsc_s3_delete_object_tagging_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* DeleteObjectTaggingRequest.VersionId: ObjectVersionId */
        [382] = {REF(members[382].name_ref, strings[233]), REF(members[382].shape_ref, shapes[14]), offsetof(struct awsc_s3_delete_object_tagging_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteObjectTaggingRequest.ExpectedBucketOwner: AccountId */
        [383] = {REF(members[383].name_ref, strings[8655]), REF(members[383].shape_ref, shapes[175]), offsetof(struct awsc_s3_delete_objects_output, deleted), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteObjectsOutput.Deleted: DeletedObjects */
        [384] = {REF(members[384].name_ref, strings[106]), REF(members[384].shape_ref, shapes[597]), offsetof(struct awsc_s3_delete_objects_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteObjectsOutput.RequestCharged: RequestCharged */
        [385] = {REF(members[385].name_ref, strings[8663]), REF(members[385].shape_ref, shapes[198]), offsetof(struct awsc_s3_delete_objects_output, errors), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteObjectsOutput.Errors: Errors */
        [386] = {REF(members[386].name_ref, strings[171]), REF(members[386].shape_ref, shapes[59]), offsetof(struct awsc_s3_delete_objects_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteObjectsRequest.Bucket: BucketName */
        [387] = {REF(members[387].name_ref, strings[8697]), REF(members[387].shape_ref, shapes[143]), offsetof(struct awsc_s3_delete_objects_input, delete_), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteObjectsRequest.Delete: Delete */
        [388] = {REF(members[388].name_ref, strings[8418]), REF(members[388].shape_ref, shapes[407]), offsetof(struct awsc_s3_delete_objects_input, mfa), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteObjectsRequest.MFA: MFA */
        [389] = {REF(members[389].name_ref, strings[200]), REF(members[389].shape_ref, shapes[598]), offsetof(struct awsc_s3_delete_objects_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteObjectsRequest.RequestPayer: RequestPayer */
        [390] = {REF(members[390].name_ref, strings[8432]), REF(members[390].shape_ref, shapes[65]), offsetof(struct awsc_s3_delete_objects_input, bypass_governance_retention), offsetof(struct awsc_s3_delete_objects_input, has_bypass_governance_retention), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteObjectsRequest.BypassGovernanceRetention: BypassGovernanceRetention */
        [391] = {REF(members[391].name_ref, strings[233]), REF(members[391].shape_ref, shapes[14]), offsetof(struct awsc_s3_delete_objects_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteObjectsRequest.ExpectedBucketOwner: AccountId */
        [392] = {REF(members[392].name_ref, strings[6608]), REF(members[392].shape_ref, shapes[76]), offsetof(struct awsc_s3_delete_objects_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeleteObjectsRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [393] = {REF(members[393].name_ref, strings[171]), REF(members[393].shape_ref, shapes[59]), offsetof(struct awsc_s3_delete_public_access_block_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeletePublicAccessBlockRequest.Bucket: BucketName */
        [394] = {REF(members[394].name_ref, strings[233]), REF(members[394].shape_ref, shapes[14]), offsetof(struct awsc_s3_delete_public_access_block_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* DeletePublicAccessBlockRequest.ExpectedBucketOwner: AccountId */
        [395] = {REF(members[395].name_ref, strings[178]), REF(members[395].shape_ref, shapes[470]), offsetof(struct awsc_s3_deleted_object, key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeletedObject.Key: ObjectKey */
        [396] = {REF(members[396].name_ref, strings[8052]), REF(members[396].shape_ref, shapes[491]), offsetof(struct awsc_s3_deleted_object, version_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeletedObject.VersionId: ObjectVersionId */
        [397] = {REF(members[397].name_ref, strings[8021]), REF(members[397].shape_ref, shapes[159]), offsetof(struct awsc_s3_deleted_object, delete_marker), offsetof(struct awsc_s3_deleted_object, has_delete_marker), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeletedObject.DeleteMarker: DeleteMarker */
        [398] = {REF(members[398].name_ref, strings[8125]), REF(members[398].shape_ref, shapes[163]), offsetof(struct awsc_s3_deleted_object, delete_marker_version_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeletedObject.DeleteMarkerVersionId: DeleteMarkerVersionId */
        [399] = {REF(members[399].name_ref, strings[171]), REF(members[399].shape_ref, shapes[59]), offsetof(struct awsc_s3_destination, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Destination.Bucket: BucketName */
        [400] = {REF(members[400].name_ref, strings[8839]), REF(members[400].shape_ref, shapes[14]), offsetof(struct awsc_s3_destination, account), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Destination.Account: AccountId */
        [401] = {REF(members[401].name_ref, strings[8847]), REF(members[401].shape_ref, shapes[665]), offsetof(struct awsc_s3_destination, storage_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Destination.StorageClass: StorageClass */
        [402] = {REF(members[402].name_ref, strings[432]), REF(members[402].shape_ref, shapes[9]), offsetof(struct awsc_s3_destination, access_control_translation), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Destination.AccessControlTranslation: AccessControlTranslation */
        [403] = {REF(members[403].name_ref, strings[1257]), REF(members[403].shape_ref, shapes[187]), offsetof(struct awsc_s3_destination, encryption_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Destination.EncryptionConfiguration: EncryptionConfiguration */
        [404] = {REF(members[404].name_ref, strings[8860]), REF(members[404].shape_ref, shapes[594]), offsetof(struct awsc_s3_destination, replication_time), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Destination.ReplicationTime: ReplicationTime */
        [405] = {REF(members[405].name_ref, strings[8876]), REF(members[405].shape_ref, shapes[430]), offsetof(struct awsc_s3_destination, metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Destination.Metrics: Metrics */
        [406] = {REF(members[406].name_ref, strings[8902]), REF(members[406].shape_ref, shapes[627]), offsetof(struct awsc_s3_destination_result, table_bucket_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DestinationResult.TableBucketType: S3TablesBucketType */
        [407] = {REF(members[407].name_ref, strings[8918]), REF(members[407].shape_ref, shapes[626]), offsetof(struct awsc_s3_destination_result, table_bucket_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DestinationResult.TableBucketArn: S3TablesBucketArn */
        [408] = {REF(members[408].name_ref, strings[8933]), REF(members[408].shape_ref, shapes[631]), offsetof(struct awsc_s3_destination_result, table_namespace), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DestinationResult.TableNamespace: S3TablesNamespace */
        [409] = {REF(members[409].name_ref, strings[1466]), REF(members[409].shape_ref, shapes[645]), offsetof(struct awsc_s3_encryption, encryption_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Encryption.EncryptionType: ServerSideEncryption */
        [410] = {REF(members[410].name_ref, strings[9044]), REF(members[410].shape_ref, shapes[638]), offsetof(struct awsc_s3_encryption, kms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Encryption.KMSKeyId: SSEKMSKeyId */
        [411] = {REF(members[411].name_ref, strings[9053]), REF(members[411].shape_ref, shapes[361]), offsetof(struct awsc_s3_encryption, kms_context), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Encryption.KMSContext: KMSContext */
        [412] = {REF(members[412].name_ref, strings[9064]), REF(members[412].shape_ref, shapes[584]), offsetof(struct awsc_s3_encryption_configuration, replica_kms_key_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EncryptionConfiguration.ReplicaKmsKeyID: ReplicaKmsKeyID */
        [413] = {REF(members[413].name_ref, strings[178]), REF(members[413].shape_ref, shapes[470]), offsetof(struct awsc_s3_error, key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Error.Key: ObjectKey */
        [414] = {REF(members[414].name_ref, strings[8052]), REF(members[414].shape_ref, shapes[491]), offsetof(struct awsc_s3_error, version_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Error.VersionId: ObjectVersionId */
        [415] = {REF(members[415].name_ref, strings[3314]), REF(members[415].shape_ref, shapes[94]), offsetof(struct awsc_s3_error, code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Error.Code: Code */
        [416] = {REF(members[416].name_ref, strings[9146]), REF(members[416].shape_ref, shapes[418]), offsetof(struct awsc_s3_error, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Error.Message: Message */
        [417] = {REF(members[417].name_ref, strings[9154]), REF(members[417].shape_ref, shapes[194]), offsetof(struct awsc_s3_error_details, error_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ErrorDetails.ErrorCode: ErrorCode */
        [418] = {REF(members[418].name_ref, strings[9177]), REF(members[418].shape_ref, shapes[197]), offsetof(struct awsc_s3_error_details, error_message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ErrorDetails.ErrorMessage: ErrorMessage */
        [419] = {REF(members[419].name_ref, strings[178]), REF(members[419].shape_ref, shapes[470]), offsetof(struct awsc_s3_error_document, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ErrorDocument.Key: ObjectKey */
        [420] = {REF(members[420].name_ref, strings[11]), REF(members[420].shape_ref, shapes[203]), offsetof(struct awsc_s3_existing_object_replication, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExistingObjectReplication.Status: ExistingObjectReplicationStatus */
        [421] = {REF(members[421].name_ref, strings[1486]), REF(members[421].shape_ref, shapes[218]), offsetof(struct awsc_s3_filter_rule, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FilterRule.Name: FilterRuleName */
        [422] = {REF(members[422].name_ref, strings[10277]), REF(members[422].shape_ref, shapes[219]), offsetof(struct awsc_s3_filter_rule, value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FilterRule.Value: FilterRuleValue */
        [423] = {REF(members[423].name_ref, strings[0]), REF(members[423].shape_ref, shapes[0]), offsetof(struct awsc_s3_get_bucket_abac_output, abac_status), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketAbacOutput.AbacStatus: AbacStatus */
        [424] = {REF(members[424].name_ref, strings[171]), REF(members[424].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_bucket_abac_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetBucketAbacRequest.Bucket: BucketName */
        [425] = {REF(members[425].name_ref, strings[233]), REF(members[425].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_bucket_abac_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketAbacRequest.ExpectedBucketOwner: AccountId */
        [426] = {REF(members[426].name_ref, strings[11]), REF(members[426].shape_ref, shapes[48]), offsetof(struct awsc_s3_get_bucket_accelerate_configuration_output, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketAccelerateConfigurationOutput.Status: BucketAccelerateStatus */
        [427] = {REF(members[427].name_ref, strings[106]), REF(members[427].shape_ref, shapes[597]), offsetof(struct awsc_s3_get_bucket_accelerate_configuration_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketAccelerateConfigurationOutput.RequestCharged: RequestCharged */
        [428] = {REF(members[428].name_ref, strings[171]), REF(members[428].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_bucket_accelerate_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetBucketAccelerateConfigurationRequest.Bucket: BucketName */
        [429] = {REF(members[429].name_ref, strings[233]), REF(members[429].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_bucket_accelerate_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketAccelerateConfigurationRequest.ExpectedBucketOwner: AccountId */
        [430] = {REF(members[430].name_ref, strings[200]), REF(members[430].shape_ref, shapes[598]), offsetof(struct awsc_s3_get_bucket_accelerate_configuration_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketAccelerateConfigurationRequest.RequestPayer: RequestPayer */
        [431] = {REF(members[431].name_ref, strings[426]), REF(members[431].shape_ref, shapes[498]), offsetof(struct awsc_s3_get_bucket_acl_output, owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketAclOutput.Owner: Owner */
        [432] = {REF(members[432].name_ref, strings[401]), REF(members[432].shape_ref, shapes[299]), offsetof(struct awsc_s3_get_bucket_acl_output, grants), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketAclOutput.Grants: Grants */
        [433] = {REF(members[433].name_ref, strings[171]), REF(members[433].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_bucket_acl_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetBucketAclRequest.Bucket: BucketName */
        [434] = {REF(members[434].name_ref, strings[233]), REF(members[434].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_bucket_acl_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketAclRequest.ExpectedBucketOwner: AccountId */
        [435] = {REF(members[435].name_ref, strings[680]), REF(members[435].shape_ref, shapes[23]), offsetof(struct awsc_s3_get_bucket_analytics_configuration_output, analytics_configuration), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketAnalyticsConfigurationOutput.AnalyticsConfiguration: AnalyticsConfiguration */
        [436] = {REF(members[436].name_ref, strings[171]), REF(members[436].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_bucket_analytics_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetBucketAnalyticsConfigurationRequest.Bucket: BucketName */
        [437] = {REF(members[437].name_ref, strings[7544]), REF(members[437].shape_ref, shapes[27]), offsetof(struct awsc_s3_get_bucket_analytics_configuration_input, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetBucketAnalyticsConfigurationRequest.Id: AnalyticsId */
        [438] = {REF(members[438].name_ref, strings[233]), REF(members[438].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_bucket_analytics_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketAnalyticsConfigurationRequest.ExpectedBucketOwner: AccountId */
        [439] = {REF(members[439].name_ref, strings[2582]), REF(members[439].shape_ref, shapes[71]), offsetof(struct awsc_s3_get_bucket_cors_output, cors_rules), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketCorsOutput.CORSRules: CORSRules */
        [440] = {REF(members[440].name_ref, strings[171]), REF(members[440].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_bucket_cors_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetBucketCorsRequest.Bucket: BucketName */
        [441] = {REF(members[441].name_ref, strings[233]), REF(members[441].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_bucket_cors_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketCorsRequest.ExpectedBucketOwner: AccountId */
        [442] = {REF(members[442].name_ref, strings[10646]), REF(members[442].shape_ref, shapes[647]), offsetof(struct awsc_s3_get_bucket_encryption_output, server_side_encryption_configuration), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketEncryptionOutput.ServerSideEncryptionConfiguration: ServerSideEncryptionConfiguration */
        [443] = {REF(members[443].name_ref, strings[171]), REF(members[443].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_bucket_encryption_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetBucketEncryptionRequest.Bucket: BucketName */
        [444] = {REF(members[444].name_ref, strings[233]), REF(members[444].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_bucket_encryption_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketEncryptionRequest.ExpectedBucketOwner: AccountId */
        [445] = {REF(members[445].name_ref, strings[10754]), REF(members[445].shape_ref, shapes[322]), offsetof(struct awsc_s3_get_bucket_intelligent_tiering_configuration_output, intelligent_tiering_configuration), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketIntelligentTieringConfigurationOutput.IntelligentTieringConfiguration: IntelligentTieringConfiguration */
        [446] = {REF(members[446].name_ref, strings[171]), REF(members[446].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_bucket_intelligent_tiering_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetBucketIntelligentTieringConfigurationRequest.Bucket: BucketName */
        [447] = {REF(members[447].name_ref, strings[7544]), REF(members[447].shape_ref, shapes[326]), offsetof(struct awsc_s3_get_bucket_intelligent_tiering_configuration_input, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetBucketIntelligentTieringConfigurationRequest.Id: IntelligentTieringId */
        [448] = {REF(members[448].name_ref, strings[233]), REF(members[448].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_bucket_intelligent_tiering_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketIntelligentTieringConfigurationRequest.ExpectedBucketOwner: AccountId */
        [449] = {REF(members[449].name_ref, strings[10872]), REF(members[449].shape_ref, shapes[333]), offsetof(struct awsc_s3_get_bucket_inventory_configuration_output, inventory_configuration), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketInventoryConfigurationOutput.InventoryConfiguration: InventoryConfiguration */
        [450] = {REF(members[450].name_ref, strings[171]), REF(members[450].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_bucket_inventory_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetBucketInventoryConfigurationRequest.Bucket: BucketName */
        [451] = {REF(members[451].name_ref, strings[7544]), REF(members[451].shape_ref, shapes[341]), offsetof(struct awsc_s3_get_bucket_inventory_configuration_input, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetBucketInventoryConfigurationRequest.Id: InventoryId */
        [452] = {REF(members[452].name_ref, strings[233]), REF(members[452].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_bucket_inventory_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketInventoryConfigurationRequest.ExpectedBucketOwner: AccountId */
        [453] = {REF(members[453].name_ref, strings[1796]), REF(members[453].shape_ref, shapes[376]), offsetof(struct awsc_s3_get_bucket_lifecycle_configuration_output, rules), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketLifecycleConfigurationOutput.Rules: LifecycleRules */
        [454] = {REF(members[454].name_ref, strings[10972]), REF(members[454].shape_ref, shapes[692]), offsetof(struct awsc_s3_get_bucket_lifecycle_configuration_output, transition_default_minimum_object_size), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketLifecycleConfigurationOutput.TransitionDefaultMinimumObjectSize: TransitionDefaultMinimumObjectSize */
        [455] = {REF(members[455].name_ref, strings[171]), REF(members[455].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_bucket_lifecycle_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetBucketLifecycleConfigurationRequest.Bucket: BucketName */
        [456] = {REF(members[456].name_ref, strings[233]), REF(members[456].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_bucket_lifecycle_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketLifecycleConfigurationRequest.ExpectedBucketOwner: AccountId */
        [457] = {REF(members[457].name_ref, strings[1796]), REF(members[457].shape_ref, shapes[621]), offsetof(struct awsc_s3_get_bucket_lifecycle_output, rules), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketLifecycleOutput.Rules: Rules */
        [458] = {REF(members[458].name_ref, strings[171]), REF(members[458].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_bucket_lifecycle_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetBucketLifecycleRequest.Bucket: BucketName */
        [459] = {REF(members[459].name_ref, strings[233]), REF(members[459].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_bucket_lifecycle_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketLifecycleRequest.ExpectedBucketOwner: AccountId */
        [460] = {REF(members[460].name_ref, strings[6520]), REF(members[460].shape_ref, shapes[55]), offsetof(struct awsc_s3_get_bucket_location_output, location_constraint), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketLocationOutput.LocationConstraint: BucketLocationConstraint */
        [461] = {REF(members[461].name_ref, strings[171]), REF(members[461].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_bucket_location_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetBucketLocationRequest.Bucket: BucketName */
        [462] = {REF(members[462].name_ref, strings[233]), REF(members[462].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_bucket_location_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketLocationRequest.ExpectedBucketOwner: AccountId */
        [463] = {REF(members[463].name_ref, strings[2333]), REF(members[463].shape_ref, shapes[406]), offsetof(struct awsc_s3_get_bucket_logging_output, logging_enabled), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketLoggingOutput.LoggingEnabled: LoggingEnabled */
        [464] = {REF(members[464].name_ref, strings[171]), REF(members[464].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_bucket_logging_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetBucketLoggingRequest.Bucket: BucketName */
        [465] = {REF(members[465].name_ref, strings[233]), REF(members[465].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_bucket_logging_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketLoggingRequest.ExpectedBucketOwner: AccountId */
        [466] = {REF(members[466].name_ref, strings[11275]), REF(members[466].shape_ref, shapes[246]), offsetof(struct awsc_s3_get_bucket_metadata_configuration_output, get_bucket_metadata_configuration_result), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketMetadataConfigurationOutput.GetBucketMetadataConfigurationResult: GetBucketMetadataConfigurationResult */
        [467] = {REF(members[467].name_ref, strings[171]), REF(members[467].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_bucket_metadata_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetBucketMetadataConfigurationRequest.Bucket: BucketName */
        [468] = {REF(members[468].name_ref, strings[233]), REF(members[468].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_bucket_metadata_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketMetadataConfigurationRequest.ExpectedBucketOwner: AccountId */
        [469] = {REF(members[469].name_ref, strings[11350]), REF(members[469].shape_ref, shapes[421]), offsetof(struct awsc_s3_get_bucket_metadata_configuration_result, metadata_configuration_result), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketMetadataConfigurationResult.MetadataConfigurationResult: MetadataConfigurationResult */
        [470] = {REF(members[470].name_ref, strings[11420]), REF(members[470].shape_ref, shapes[249]), offsetof(struct awsc_s3_get_bucket_metadata_table_configuration_output, get_bucket_metadata_table_configuration_result), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketMetadataTableConfigurationOutput.GetBucketMetadataTableConfigurationResult: GetBucketMetadataTableConfigurationResult */
        [471] = {REF(members[471].name_ref, strings[171]), REF(members[471].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_bucket_metadata_table_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetBucketMetadataTableConfigurationRequest.Bucket: BucketName */
        [472] = {REF(members[472].name_ref, strings[233]), REF(members[472].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_bucket_metadata_table_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketMetadataTableConfigurationRequest.ExpectedBucketOwner: AccountId */
        [473] = {REF(members[473].name_ref, strings[11505]), REF(members[473].shape_ref, shapes[426]), offsetof(struct awsc_s3_get_bucket_metadata_table_configuration_result, metadata_table_configuration_result), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketMetadataTableConfigurationResult.MetadataTableConfigurationResult: MetadataTableConfigurationResult */
        [474] = {REF(members[474].name_ref, strings[11]), REF(members[474].shape_ref, shapes[428]), offsetof(struct awsc_s3_get_bucket_metadata_table_configuration_result, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketMetadataTableConfigurationResult.Status: MetadataTableStatus */
        [475] = {REF(members[475].name_ref, strings[1333]), REF(members[475].shape_ref, shapes[195]), offsetof(struct awsc_s3_get_bucket_metadata_table_configuration_result, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketMetadataTableConfigurationResult.Error: ErrorDetails */
        [476] = {REF(members[476].name_ref, strings[11574]), REF(members[476].shape_ref, shapes[432]), offsetof(struct awsc_s3_get_bucket_metrics_configuration_output, metrics_configuration), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketMetricsConfigurationOutput.MetricsConfiguration: MetricsConfiguration */
        [477] = {REF(members[477].name_ref, strings[171]), REF(members[477].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_bucket_metrics_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetBucketMetricsConfigurationRequest.Bucket: BucketName */
        [478] = {REF(members[478].name_ref, strings[7544]), REF(members[478].shape_ref, shapes[435]), offsetof(struct awsc_s3_get_bucket_metrics_configuration_input, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetBucketMetricsConfigurationRequest.Id: MetricsId */
        [479] = {REF(members[479].name_ref, strings[233]), REF(members[479].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_bucket_metrics_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketMetricsConfigurationRequest.ExpectedBucketOwner: AccountId */
        [480] = {REF(members[480].name_ref, strings[171]), REF(members[480].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_bucket_notification_configuration_request, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetBucketNotificationConfigurationRequest.Bucket: BucketName */
        [481] = {REF(members[481].name_ref, strings[233]), REF(members[481].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_bucket_notification_configuration_request, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketNotificationConfigurationRequest.ExpectedBucketOwner: AccountId */
        [482] = {REF(members[482].name_ref, strings[11707]), REF(members[482].shape_ref, shapes[500]), offsetof(struct awsc_s3_get_bucket_ownership_controls_output, ownership_controls), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketOwnershipControlsOutput.OwnershipControls: OwnershipControls */
        [483] = {REF(members[483].name_ref, strings[171]), REF(members[483].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_bucket_ownership_controls_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetBucketOwnershipControlsRequest.Bucket: BucketName */
        [484] = {REF(members[484].name_ref, strings[233]), REF(members[484].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_bucket_ownership_controls_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketOwnershipControlsRequest.ExpectedBucketOwner: AccountId */
        [485] = {REF(members[485].name_ref, strings[11781]), REF(members[485].shape_ref, shapes[514]), offsetof(struct awsc_s3_get_bucket_policy_output, policy), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketPolicyOutput.Policy: Policy */
        [486] = {REF(members[486].name_ref, strings[171]), REF(members[486].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_bucket_policy_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetBucketPolicyRequest.Bucket: BucketName */
        [487] = {REF(members[487].name_ref, strings[233]), REF(members[487].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_bucket_policy_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketPolicyRequest.ExpectedBucketOwner: AccountId */
        [488] = {REF(members[488].name_ref, strings[11839]), REF(members[488].shape_ref, shapes[515]), offsetof(struct awsc_s3_get_bucket_policy_status_output, policy_status), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketPolicyStatusOutput.PolicyStatus: PolicyStatus */
        [489] = {REF(members[489].name_ref, strings[171]), REF(members[489].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_bucket_policy_status_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetBucketPolicyStatusRequest.Bucket: BucketName */
        [490] = {REF(members[490].name_ref, strings[233]), REF(members[490].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_bucket_policy_status_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketPolicyStatusRequest.ExpectedBucketOwner: AccountId */
        [491] = {REF(members[491].name_ref, strings[11908]), REF(members[491].shape_ref, shapes[587]), offsetof(struct awsc_s3_get_bucket_replication_output, replication_configuration), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketReplicationOutput.ReplicationConfiguration: ReplicationConfiguration */
        [492] = {REF(members[492].name_ref, strings[171]), REF(members[492].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_bucket_replication_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetBucketReplicationRequest.Bucket: BucketName */
        [493] = {REF(members[493].name_ref, strings[233]), REF(members[493].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_bucket_replication_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketReplicationRequest.ExpectedBucketOwner: AccountId */
        [494] = {REF(members[494].name_ref, strings[11991]), REF(members[494].shape_ref, shapes[512]), offsetof(struct awsc_s3_get_bucket_request_payment_output, payer), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketRequestPaymentOutput.Payer: Payer */
        [495] = {REF(members[495].name_ref, strings[171]), REF(members[495].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_bucket_request_payment_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetBucketRequestPaymentRequest.Bucket: BucketName */
        [496] = {REF(members[496].name_ref, strings[233]), REF(members[496].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_bucket_request_payment_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketRequestPaymentRequest.ExpectedBucketOwner: AccountId */
        [497] = {REF(members[497].name_ref, strings[12051]), REF(members[497].shape_ref, shapes[673]), offsetof(struct awsc_s3_get_bucket_tagging_output, tag_set), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketTaggingOutput.TagSet: TagSet */
        [498] = {REF(members[498].name_ref, strings[171]), REF(members[498].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_bucket_tagging_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetBucketTaggingRequest.Bucket: BucketName */
        [499] = {REF(members[499].name_ref, strings[233]), REF(members[499].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_bucket_tagging_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketTaggingRequest.ExpectedBucketOwner: AccountId */
        [500] = {REF(members[500].name_ref, strings[11]), REF(members[500].shape_ref, shapes[63]), offsetof(struct awsc_s3_get_bucket_versioning_output, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketVersioningOutput.Status: BucketVersioningStatus */
        [501] = {REF(members[501].name_ref, strings[12108]), REF(members[501].shape_ref, shapes[409]), offsetof(struct awsc_s3_get_bucket_versioning_output, mfa_delete), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketVersioningOutput.MFADelete: MFADeleteStatus */
        [502] = {REF(members[502].name_ref, strings[171]), REF(members[502].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_bucket_versioning_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetBucketVersioningRequest.Bucket: BucketName */
        [503] = {REF(members[503].name_ref, strings[233]), REF(members[503].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_bucket_versioning_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketVersioningRequest.ExpectedBucketOwner: AccountId */
        [504] = {REF(members[504].name_ref, strings[12178]), REF(members[504].shape_ref, shapes[573]), offsetof(struct awsc_s3_get_bucket_website_output, redirect_all_requests_to), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketWebsiteOutput.RedirectAllRequestsTo: RedirectAllRequestsTo */
        [505] = {REF(members[505].name_ref, strings[12200]), REF(members[505].shape_ref, shapes[316]), offsetof(struct awsc_s3_get_bucket_website_output, index_document), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketWebsiteOutput.IndexDocument: IndexDocument */
        [506] = {REF(members[506].name_ref, strings[9190]), REF(members[506].shape_ref, shapes[196]), offsetof(struct awsc_s3_get_bucket_website_output, error_document), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketWebsiteOutput.ErrorDocument: ErrorDocument */
        [507] = {REF(members[507].name_ref, strings[12214]), REF(members[507].shape_ref, shapes[619]), offsetof(struct awsc_s3_get_bucket_website_output, routing_rules), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBucketWebsiteOutput.RoutingRules: RoutingRules */
        [508] = {REF(members[508].name_ref, strings[171]), REF(members[508].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_bucket_website_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetBucketWebsiteRequest.Bucket: BucketName */
        [509] = {REF(members[509].name_ref, strings[233]), REF(members[509].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_bucket_website_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetBucketWebsiteRequest.ExpectedBucketOwner: AccountId */
        [510] = {REF(members[510].name_ref, strings[426]), REF(members[510].shape_ref, shapes[498]), offsetof(struct awsc_s3_get_object_acl_output, owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetObjectAclOutput.Owner: Owner */
        [511] = {REF(members[511].name_ref, strings[401]), REF(members[511].shape_ref, shapes[299]), offsetof(struct awsc_s3_get_object_acl_output, grants), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetObjectAclOutput.Grants: Grants */
        [512] = {REF(members[512].name_ref, strings[106]), REF(members[512].shape_ref, shapes[597]), offsetof(struct awsc_s3_get_object_acl_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAclOutput.RequestCharged: RequestCharged */
        [513] = {REF(members[513].name_ref, strings[171]), REF(members[513].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_object_acl_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetObjectAclRequest.Bucket: BucketName */
        [514] = {REF(members[514].name_ref, strings[178]), REF(members[514].shape_ref, shapes[470]), offsetof(struct awsc_s3_get_object_acl_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetObjectAclRequest.Key: ObjectKey */
        [515] = {REF(members[515].name_ref, strings[8290]), REF(members[515].shape_ref, shapes[491]), offsetof(struct awsc_s3_get_object_acl_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetObjectAclRequest.VersionId: ObjectVersionId */
        [516] = {REF(members[516].name_ref, strings[200]), REF(members[516].shape_ref, shapes[598]), offsetof(struct awsc_s3_get_object_acl_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAclRequest.RequestPayer: RequestPayer */
        [517] = {REF(members[517].name_ref, strings[233]), REF(members[517].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_object_acl_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAclRequest.ExpectedBucketOwner: AccountId */
        [518] = {REF(members[518].name_ref, strings[1174]), REF(members[518].shape_ref, shapes[38]), offsetof(struct awsc_s3_get_object_annotation_output, annotation_payload), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_STREAMING, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetObjectAnnotationOutput.AnnotationPayload: AnnotationPayload */
        [519] = {REF(members[519].name_ref, strings[8190]), REF(members[519].shape_ref, shapes[491]), offsetof(struct awsc_s3_get_object_annotation_output, object_version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAnnotationOutput.ObjectVersionId: ObjectVersionId */
        [520] = {REF(members[520].name_ref, strings[12316]), REF(members[520].shape_ref, shapes[369]), offsetof(struct awsc_s3_get_object_annotation_output, last_modified), offsetof(struct awsc_s3_get_object_annotation_output, has_last_modified), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAnnotationOutput.LastModified: LastModified */
        [521] = {REF(members[521].name_ref, strings[12343]), REF(members[521].shape_ref, shapes[109]), offsetof(struct awsc_s3_get_object_annotation_output, content_length), offsetof(struct awsc_s3_get_object_annotation_output, has_content_length), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAnnotationOutput.ContentLength: ContentLength */
        [522] = {REF(members[522].name_ref, strings[1067]), REF(members[522].shape_ref, shapes[182]), offsetof(struct awsc_s3_get_object_annotation_output, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAnnotationOutput.ETag: ETag */
        [523] = {REF(members[523].name_ref, strings[3726]), REF(members[523].shape_ref, shapes[78]), offsetof(struct awsc_s3_get_object_annotation_output, checksum_crc32), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAnnotationOutput.ChecksumCRC32: ChecksumCRC32 */
        [524] = {REF(members[524].name_ref, strings[3761]), REF(members[524].shape_ref, shapes[79]), offsetof(struct awsc_s3_get_object_annotation_output, checksum_crc32_c), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAnnotationOutput.ChecksumCRC32C: ChecksumCRC32C */
        [525] = {REF(members[525].name_ref, strings[3798]), REF(members[525].shape_ref, shapes[80]), offsetof(struct awsc_s3_get_object_annotation_output, checksum_crc64_nvme), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAnnotationOutput.ChecksumCRC64NVME: ChecksumCRC64NVME */
        [526] = {REF(members[526].name_ref, strings[3841]), REF(members[526].shape_ref, shapes[83]), offsetof(struct awsc_s3_get_object_annotation_output, checksum_sha1), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAnnotationOutput.ChecksumSHA1: ChecksumSHA1 */
        [527] = {REF(members[527].name_ref, strings[3874]), REF(members[527].shape_ref, shapes[84]), offsetof(struct awsc_s3_get_object_annotation_output, checksum_sha256), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAnnotationOutput.ChecksumSHA256: ChecksumSHA256 */
        [528] = {REF(members[528].name_ref, strings[3911]), REF(members[528].shape_ref, shapes[85]), offsetof(struct awsc_s3_get_object_annotation_output, checksum_sha512), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAnnotationOutput.ChecksumSHA512: ChecksumSHA512 */
        [529] = {REF(members[529].name_ref, strings[3948]), REF(members[529].shape_ref, shapes[81]), offsetof(struct awsc_s3_get_object_annotation_output, checksum_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAnnotationOutput.ChecksumMD5: ChecksumMD5 */
        [530] = {REF(members[530].name_ref, strings[3979]), REF(members[530].shape_ref, shapes[89]), offsetof(struct awsc_s3_get_object_annotation_output, checksum_xxhash64), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAnnotationOutput.ChecksumXXHASH64: ChecksumXXHASH64 */
        [531] = {REF(members[531].name_ref, strings[4020]), REF(members[531].shape_ref, shapes[88]), offsetof(struct awsc_s3_get_object_annotation_output, checksum_xxhash3), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAnnotationOutput.ChecksumXXHASH3: ChecksumXXHASH3 */
        [532] = {REF(members[532].name_ref, strings[4059]), REF(members[532].shape_ref, shapes[87]), offsetof(struct awsc_s3_get_object_annotation_output, checksum_xxhash128), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAnnotationOutput.ChecksumXXHASH128: ChecksumXXHASH128 */
        [533] = {REF(members[533].name_ref, strings[4102]), REF(members[533].shape_ref, shapes[86]), offsetof(struct awsc_s3_get_object_annotation_output, checksum_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAnnotationOutput.ChecksumType: ChecksumType */
        [534] = {REF(members[534].name_ref, strings[3416]), REF(members[534].shape_ref, shapes[645]), offsetof(struct awsc_s3_get_object_annotation_output, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAnnotationOutput.ServerSideEncryption: ServerSideEncryption */
        [535] = {REF(members[535].name_ref, strings[106]), REF(members[535].shape_ref, shapes[597]), offsetof(struct awsc_s3_get_object_annotation_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAnnotationOutput.RequestCharged: RequestCharged */
        [536] = {REF(members[536].name_ref, strings[12372]), REF(members[536].shape_ref, shapes[593]), offsetof(struct awsc_s3_get_object_annotation_output, replication_status), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAnnotationOutput.ReplicationStatus: ReplicationStatus */
        [537] = {REF(members[537].name_ref, strings[171]), REF(members[537].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_object_annotation_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetObjectAnnotationRequest.Bucket: BucketName */
        [538] = {REF(members[538].name_ref, strings[178]), REF(members[538].shape_ref, shapes[470]), offsetof(struct awsc_s3_get_object_annotation_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetObjectAnnotationRequest.Key: ObjectKey */
        [539] = {REF(members[539].name_ref, strings[8260]), REF(members[539].shape_ref, shapes[36]), offsetof(struct awsc_s3_get_object_annotation_input, annotation_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetObjectAnnotationRequest.AnnotationName: AnnotationName */
        [540] = {REF(members[540].name_ref, strings[8290]), REF(members[540].shape_ref, shapes[491]), offsetof(struct awsc_s3_get_object_annotation_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetObjectAnnotationRequest.VersionId: ObjectVersionId */
        [541] = {REF(members[541].name_ref, strings[200]), REF(members[541].shape_ref, shapes[598]), offsetof(struct awsc_s3_get_object_annotation_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAnnotationRequest.RequestPayer: RequestPayer */
        [542] = {REF(members[542].name_ref, strings[233]), REF(members[542].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_object_annotation_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAnnotationRequest.ExpectedBucketOwner: AccountId */
        [543] = {REF(members[543].name_ref, strings[12442]), REF(members[543].shape_ref, shapes[82]), offsetof(struct awsc_s3_get_object_annotation_input, checksum_mode), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAnnotationRequest.ChecksumMode: ChecksumMode */
        [544] = {REF(members[544].name_ref, strings[8365]), REF(members[544].shape_ref, shapes[159]), offsetof(struct awsc_s3_get_object_attributes_output, delete_marker), offsetof(struct awsc_s3_get_object_attributes_output, has_delete_marker), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAttributesOutput.DeleteMarker: DeleteMarker */
        [545] = {REF(members[545].name_ref, strings[12316]), REF(members[545].shape_ref, shapes[369]), offsetof(struct awsc_s3_get_object_attributes_output, last_modified), offsetof(struct awsc_s3_get_object_attributes_output, has_last_modified), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAttributesOutput.LastModified: LastModified */
        [546] = {REF(members[546].name_ref, strings[3466]), REF(members[546].shape_ref, shapes[491]), offsetof(struct awsc_s3_get_object_attributes_output, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAttributesOutput.VersionId: ObjectVersionId */
        [547] = {REF(members[547].name_ref, strings[106]), REF(members[547].shape_ref, shapes[597]), offsetof(struct awsc_s3_get_object_attributes_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAttributesOutput.RequestCharged: RequestCharged */
        [548] = {REF(members[548].name_ref, strings[1067]), REF(members[548].shape_ref, shapes[182]), offsetof(struct awsc_s3_get_object_attributes_output, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetObjectAttributesOutput.ETag: ETag */
        [549] = {REF(members[549].name_ref, strings[2886]), REF(members[549].shape_ref, shapes[75]), offsetof(struct awsc_s3_get_object_attributes_output, checksum), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetObjectAttributesOutput.Checksum: Checksum */
        [550] = {REF(members[550].name_ref, strings[12501]), REF(members[550].shape_ref, shapes[274]), offsetof(struct awsc_s3_get_object_attributes_output, object_parts), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetObjectAttributesOutput.ObjectParts: GetObjectAttributesParts */
        [551] = {REF(members[551].name_ref, strings[8847]), REF(members[551].shape_ref, shapes[665]), offsetof(struct awsc_s3_get_object_attributes_output, storage_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetObjectAttributesOutput.StorageClass: StorageClass */
        [552] = {REF(members[552].name_ref, strings[12513]), REF(members[552].shape_ref, shapes[486]), offsetof(struct awsc_s3_get_object_attributes_output, object_size), offsetof(struct awsc_s3_get_object_attributes_output, has_object_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetObjectAttributesOutput.ObjectSize: ObjectSize */
        [553] = {REF(members[553].name_ref, strings[12549]), REF(members[553].shape_ref, shapes[510]), offsetof(struct awsc_s3_get_object_attributes_parts, total_parts_count), offsetof(struct awsc_s3_get_object_attributes_parts, has_total_parts_count), AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetObjectAttributesParts.TotalPartsCount: PartsCount */
        [554] = {REF(members[554].name_ref, strings[12576]), REF(members[554].shape_ref, shapes[506]), offsetof(struct awsc_s3_get_object_attributes_parts, part_number_marker), offsetof(struct awsc_s3_get_object_attributes_parts, has_part_number_marker), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetObjectAttributesParts.PartNumberMarker: PartNumberMarker */
        [555] = {REF(members[555].name_ref, strings[12593]), REF(members[555].shape_ref, shapes[445]), offsetof(struct awsc_s3_get_object_attributes_parts, next_part_number_marker), offsetof(struct awsc_s3_get_object_attributes_parts, has_next_part_number_marker), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetObjectAttributesParts.NextPartNumberMarker: NextPartNumberMarker */
        [556] = {REF(members[556].name_ref, strings[12614]), REF(members[556].shape_ref, shapes[416]), offsetof(struct awsc_s3_get_object_attributes_parts, max_parts), offsetof(struct awsc_s3_get_object_attributes_parts, has_max_parts), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetObjectAttributesParts.MaxParts: MaxParts */
        [557] = {REF(members[557].name_ref, strings[12623]), REF(members[557].shape_ref, shapes[354]), offsetof(struct awsc_s3_get_object_attributes_parts, is_truncated), offsetof(struct awsc_s3_get_object_attributes_parts, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetObjectAttributesParts.IsTruncated: IsTruncated */
        [558] = {REF(members[558].name_ref, strings[4444]), REF(members[558].shape_ref, shapes[511]), offsetof(struct awsc_s3_get_object_attributes_parts, parts), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetObjectAttributesParts.Parts: PartsList */
        [559] = {REF(members[559].name_ref, strings[171]), REF(members[559].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_object_attributes_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetObjectAttributesRequest.Bucket: BucketName */
        [560] = {REF(members[560].name_ref, strings[178]), REF(members[560].shape_ref, shapes[470]), offsetof(struct awsc_s3_get_object_attributes_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetObjectAttributesRequest.Key: ObjectKey */
        [561] = {REF(members[561].name_ref, strings[8290]), REF(members[561].shape_ref, shapes[491]), offsetof(struct awsc_s3_get_object_attributes_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetObjectAttributesRequest.VersionId: ObjectVersionId */
        [562] = {REF(members[562].name_ref, strings[12662]), REF(members[562].shape_ref, shapes[416]), offsetof(struct awsc_s3_get_object_attributes_input, max_parts), offsetof(struct awsc_s3_get_object_attributes_input, has_max_parts), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAttributesRequest.MaxParts: MaxParts */
        [563] = {REF(members[563].name_ref, strings[12687]), REF(members[563].shape_ref, shapes[506]), offsetof(struct awsc_s3_get_object_attributes_input, part_number_marker), offsetof(struct awsc_s3_get_object_attributes_input, has_part_number_marker), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAttributesRequest.PartNumberMarker: PartNumberMarker */
        [564] = {REF(members[564].name_ref, strings[4213]), REF(members[564].shape_ref, shapes[632]), offsetof(struct awsc_s3_get_object_attributes_input, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAttributesRequest.SSECustomerAlgorithm: SSECustomerAlgorithm */
        [565] = {REF(members[565].name_ref, strings[4282]), REF(members[565].shape_ref, shapes[633]), offsetof(struct awsc_s3_get_object_attributes_input, sse_customer_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAttributesRequest.SSECustomerKey: SSECustomerKey */
        [566] = {REF(members[566].name_ref, strings[4339]), REF(members[566].shape_ref, shapes[634]), offsetof(struct awsc_s3_get_object_attributes_input, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAttributesRequest.SSECustomerKeyMD5: SSECustomerKeyMD5 */
        [567] = {REF(members[567].name_ref, strings[200]), REF(members[567].shape_ref, shapes[598]), offsetof(struct awsc_s3_get_object_attributes_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAttributesRequest.RequestPayer: RequestPayer */
        [568] = {REF(members[568].name_ref, strings[233]), REF(members[568].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_object_attributes_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAttributesRequest.ExpectedBucketOwner: AccountId */
        [569] = {REF(members[569].name_ref, strings[12729]), REF(members[569].shape_ref, shapes[464]), offsetof(struct awsc_s3_get_object_attributes_input, object_attributes), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectAttributesRequest.ObjectAttributes: ObjectAttributesList */
        [570] = {REF(members[570].name_ref, strings[12795]), REF(members[570].shape_ref, shapes[475]), offsetof(struct awsc_s3_get_object_legal_hold_output, legal_hold), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetObjectLegalHoldOutput.LegalHold: ObjectLockLegalHold */
        [571] = {REF(members[571].name_ref, strings[171]), REF(members[571].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_object_legal_hold_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetObjectLegalHoldRequest.Bucket: BucketName */
        [572] = {REF(members[572].name_ref, strings[178]), REF(members[572].shape_ref, shapes[470]), offsetof(struct awsc_s3_get_object_legal_hold_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetObjectLegalHoldRequest.Key: ObjectKey */
        [573] = {REF(members[573].name_ref, strings[8290]), REF(members[573].shape_ref, shapes[491]), offsetof(struct awsc_s3_get_object_legal_hold_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetObjectLegalHoldRequest.VersionId: ObjectVersionId */
        [574] = {REF(members[574].name_ref, strings[200]), REF(members[574].shape_ref, shapes[598]), offsetof(struct awsc_s3_get_object_legal_hold_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectLegalHoldRequest.RequestPayer: RequestPayer */
        [575] = {REF(members[575].name_ref, strings[233]), REF(members[575].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_object_legal_hold_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectLegalHoldRequest.ExpectedBucketOwner: AccountId */
        [576] = {REF(members[576].name_ref, strings[12864]), REF(members[576].shape_ref, shapes[472]), offsetof(struct awsc_s3_get_object_lock_configuration_output, object_lock_configuration), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetObjectLockConfigurationOutput.ObjectLockConfiguration: ObjectLockConfiguration */
        [577] = {REF(members[577].name_ref, strings[171]), REF(members[577].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_object_lock_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetObjectLockConfigurationRequest.Bucket: BucketName */
        [578] = {REF(members[578].name_ref, strings[233]), REF(members[578].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_object_lock_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectLockConfigurationRequest.ExpectedBucketOwner: AccountId */
        [579] = {REF(members[579].name_ref, strings[1481]), REF(members[579].shape_ref, shapes[45]), offsetof(struct awsc_s3_get_object_output, body), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_STREAMING, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.Body: Body */
        [580] = {REF(members[580].name_ref, strings[8365]), REF(members[580].shape_ref, shapes[159]), offsetof(struct awsc_s3_get_object_output, delete_marker), offsetof(struct awsc_s3_get_object_output, has_delete_marker), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.DeleteMarker: DeleteMarker */
        [581] = {REF(members[581].name_ref, strings[12938]), REF(members[581].shape_ref, shapes[7]), offsetof(struct awsc_s3_get_object_output, accept_ranges), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.AcceptRanges: AcceptRanges */
        [582] = {REF(members[582].name_ref, strings[3388]), REF(members[582].shape_ref, shapes[204]), offsetof(struct awsc_s3_get_object_output, expiration), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.Expiration: Expiration */
        [583] = {REF(members[583].name_ref, strings[12965]), REF(members[583].shape_ref, shapes[609]), offsetof(struct awsc_s3_get_object_output, restore), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.Restore: Restore */
        [584] = {REF(members[584].name_ref, strings[12316]), REF(members[584].shape_ref, shapes[369]), offsetof(struct awsc_s3_get_object_output, last_modified), offsetof(struct awsc_s3_get_object_output, has_last_modified), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.LastModified: LastModified */
        [585] = {REF(members[585].name_ref, strings[12343]), REF(members[585].shape_ref, shapes[109]), offsetof(struct awsc_s3_get_object_output, content_length), offsetof(struct awsc_s3_get_object_output, has_content_length), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.ContentLength: ContentLength */
        [586] = {REF(members[586].name_ref, strings[1067]), REF(members[586].shape_ref, shapes[182]), offsetof(struct awsc_s3_get_object_output, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.ETag: ETag */
        [587] = {REF(members[587].name_ref, strings[3726]), REF(members[587].shape_ref, shapes[78]), offsetof(struct awsc_s3_get_object_output, checksum_crc32), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.ChecksumCRC32: ChecksumCRC32 */
        [588] = {REF(members[588].name_ref, strings[3761]), REF(members[588].shape_ref, shapes[79]), offsetof(struct awsc_s3_get_object_output, checksum_crc32_c), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.ChecksumCRC32C: ChecksumCRC32C */
        [589] = {REF(members[589].name_ref, strings[3798]), REF(members[589].shape_ref, shapes[80]), offsetof(struct awsc_s3_get_object_output, checksum_crc64_nvme), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.ChecksumCRC64NVME: ChecksumCRC64NVME */
        [590] = {REF(members[590].name_ref, strings[3841]), REF(members[590].shape_ref, shapes[83]), offsetof(struct awsc_s3_get_object_output, checksum_sha1), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.ChecksumSHA1: ChecksumSHA1 */
        [591] = {REF(members[591].name_ref, strings[3874]), REF(members[591].shape_ref, shapes[84]), offsetof(struct awsc_s3_get_object_output, checksum_sha256), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.ChecksumSHA256: ChecksumSHA256 */
        [592] = {REF(members[592].name_ref, strings[3911]), REF(members[592].shape_ref, shapes[85]), offsetof(struct awsc_s3_get_object_output, checksum_sha512), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.ChecksumSHA512: ChecksumSHA512 */
        [593] = {REF(members[593].name_ref, strings[3948]), REF(members[593].shape_ref, shapes[81]), offsetof(struct awsc_s3_get_object_output, checksum_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.ChecksumMD5: ChecksumMD5 */
        [594] = {REF(members[594].name_ref, strings[3979]), REF(members[594].shape_ref, shapes[89]), offsetof(struct awsc_s3_get_object_output, checksum_xxhash64), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.ChecksumXXHASH64: ChecksumXXHASH64 */
        [595] = {REF(members[595].name_ref, strings[4020]), REF(members[595].shape_ref, shapes[88]), offsetof(struct awsc_s3_get_object_output, checksum_xxhash3), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.ChecksumXXHASH3: ChecksumXXHASH3 */
        [596] = {REF(members[596].name_ref, strings[4059]), REF(members[596].shape_ref, shapes[87]), offsetof(struct awsc_s3_get_object_output, checksum_xxhash128), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.ChecksumXXHASH128: ChecksumXXHASH128 */
        [597] = {REF(members[597].name_ref, strings[4102]), REF(members[597].shape_ref, shapes[86]), offsetof(struct awsc_s3_get_object_output, checksum_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.ChecksumType: ChecksumType */
        [598] = {REF(members[598].name_ref, strings[12987]), REF(members[598].shape_ref, shapes[438]), offsetof(struct awsc_s3_get_object_output, missing_meta), offsetof(struct awsc_s3_get_object_output, has_missing_meta), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.MissingMeta: MissingMeta */
        [599] = {REF(members[599].name_ref, strings[3466]), REF(members[599].shape_ref, shapes[491]), offsetof(struct awsc_s3_get_object_output, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.VersionId: ObjectVersionId */
        [600] = {REF(members[600].name_ref, strings[4909]), REF(members[600].shape_ref, shapes[74]), offsetof(struct awsc_s3_get_object_output, cache_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.CacheControl: CacheControl */
        [601] = {REF(members[601].name_ref, strings[4979]), REF(members[601].shape_ref, shapes[106]), offsetof(struct awsc_s3_get_object_output, content_disposition), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.ContentDisposition: ContentDisposition */
        [602] = {REF(members[602].name_ref, strings[5018]), REF(members[602].shape_ref, shapes[107]), offsetof(struct awsc_s3_get_object_output, content_encoding), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.ContentEncoding: ContentEncoding */
        [603] = {REF(members[603].name_ref, strings[5051]), REF(members[603].shape_ref, shapes[108]), offsetof(struct awsc_s3_get_object_output, content_language), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.ContentLanguage: ContentLanguage */
        [604] = {REF(members[604].name_ref, strings[13018]), REF(members[604].shape_ref, shapes[111]), offsetof(struct awsc_s3_get_object_output, content_range), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.ContentRange: ContentRange */
        [605] = {REF(members[605].name_ref, strings[5084]), REF(members[605].shape_ref, shapes[112]), offsetof(struct awsc_s3_get_object_output, content_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.ContentType: ContentType */
        [606] = {REF(members[606].name_ref, strings[5365]), REF(members[606].shape_ref, shapes[208]), offsetof(struct awsc_s3_get_object_output, expires), offsetof(struct awsc_s3_get_object_output, has_expires), 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.Expires: Expires */
        [607] = {REF(members[607].name_ref, strings[5704]), REF(members[607].shape_ref, shapes[714]), offsetof(struct awsc_s3_get_object_output, website_redirect_location), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.WebsiteRedirectLocation: WebsiteRedirectLocation */
        [608] = {REF(members[608].name_ref, strings[3416]), REF(members[608].shape_ref, shapes[645]), offsetof(struct awsc_s3_get_object_output, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.ServerSideEncryption: ServerSideEncryption */
        [609] = {REF(members[609].name_ref, strings[5512]), REF(members[609].shape_ref, shapes[419]), offsetof(struct awsc_s3_get_object_output, metadata), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADERS, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.Metadata: Metadata */
        [610] = {REF(members[610].name_ref, strings[4213]), REF(members[610].shape_ref, shapes[632]), offsetof(struct awsc_s3_get_object_output, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.SSECustomerAlgorithm: SSECustomerAlgorithm */
        [611] = {REF(members[611].name_ref, strings[4339]), REF(members[611].shape_ref, shapes[634]), offsetof(struct awsc_s3_get_object_output, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.SSECustomerKeyMD5: SSECustomerKeyMD5 */
        [612] = {REF(members[612].name_ref, strings[3493]), REF(members[612].shape_ref, shapes[638]), offsetof(struct awsc_s3_get_object_output, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.SSEKMSKeyId: SSEKMSKeyId */
        [613] = {REF(members[613].name_ref, strings[3549]), REF(members[613].shape_ref, shapes[53]), offsetof(struct awsc_s3_get_object_output, bucket_key_enabled), offsetof(struct awsc_s3_get_object_output, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.BucketKeyEnabled: BucketKeyEnabled */
        [614] = {REF(members[614].name_ref, strings[5671]), REF(members[614].shape_ref, shapes[665]), offsetof(struct awsc_s3_get_object_output, storage_class), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.StorageClass: StorageClass */
        [615] = {REF(members[615].name_ref, strings[106]), REF(members[615].shape_ref, shapes[597]), offsetof(struct awsc_s3_get_object_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.RequestCharged: RequestCharged */
        [616] = {REF(members[616].name_ref, strings[12372]), REF(members[616].shape_ref, shapes[593]), offsetof(struct awsc_s3_get_object_output, replication_status), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.ReplicationStatus: ReplicationStatus */
        [617] = {REF(members[617].name_ref, strings[13045]), REF(members[617].shape_ref, shapes[510]), offsetof(struct awsc_s3_get_object_output, parts_count), offsetof(struct awsc_s3_get_object_output, has_parts_count), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.PartsCount: PartsCount */
        [618] = {REF(members[618].name_ref, strings[13077]), REF(members[618].shape_ref, shapes[672]), offsetof(struct awsc_s3_get_object_output, tag_count), offsetof(struct awsc_s3_get_object_output, has_tag_count), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.TagCount: TagCount */
        [619] = {REF(members[619].name_ref, strings[6038]), REF(members[619].shape_ref, shapes[477]), offsetof(struct awsc_s3_get_object_output, object_lock_mode), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.ObjectLockMode: ObjectLockMode */
        [620] = {REF(members[620].name_ref, strings[6076]), REF(members[620].shape_ref, shapes[478]), offsetof(struct awsc_s3_get_object_output, object_lock_retain_until_date), offsetof(struct awsc_s3_get_object_output, has_object_lock_retain_until_date), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.ObjectLockRetainUntilDate: ObjectLockRetainUntilDate */
        [621] = {REF(members[621].name_ref, strings[6138]), REF(members[621].shape_ref, shapes[476]), offsetof(struct awsc_s3_get_object_output, object_lock_legal_hold_status), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectOutput.ObjectLockLegalHoldStatus: ObjectLockLegalHoldStatus */
        [622] = {REF(members[622].name_ref, strings[171]), REF(members[622].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_object_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetObjectRequest.Bucket: BucketName */
        [623] = {REF(members[623].name_ref, strings[4170]), REF(members[623].shape_ref, shapes[309]), offsetof(struct awsc_s3_get_object_input, if_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectRequest.IfMatch: IfMatch */
        [624] = {REF(members[624].name_ref, strings[13123]), REF(members[624].shape_ref, shapes[313]), offsetof(struct awsc_s3_get_object_input, if_modified_since), offsetof(struct awsc_s3_get_object_input, has_if_modified_since), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectRequest.IfModifiedSince: IfModifiedSince */
        [625] = {REF(members[625].name_ref, strings[4187]), REF(members[625].shape_ref, shapes[314]), offsetof(struct awsc_s3_get_object_input, if_none_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectRequest.IfNoneMatch: IfNoneMatch */
        [626] = {REF(members[626].name_ref, strings[13157]), REF(members[626].shape_ref, shapes[315]), offsetof(struct awsc_s3_get_object_input, if_unmodified_since), offsetof(struct awsc_s3_get_object_input, has_if_unmodified_since), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectRequest.IfUnmodifiedSince: IfUnmodifiedSince */
        [627] = {REF(members[627].name_ref, strings[178]), REF(members[627].shape_ref, shapes[470]), offsetof(struct awsc_s3_get_object_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetObjectRequest.Key: ObjectKey */
        [628] = {REF(members[628].name_ref, strings[13195]), REF(members[628].shape_ref, shapes[567]), offsetof(struct awsc_s3_get_object_input, range), AWSC_NO_PRESENCE, 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectRequest.Range: Range */
        [629] = {REF(members[629].name_ref, strings[13201]), REF(members[629].shape_ref, shapes[603]), offsetof(struct awsc_s3_get_object_input, response_cache_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetObjectRequest.ResponseCacheControl: ResponseCacheControl */
        [630] = {REF(members[630].name_ref, strings[13245]), REF(members[630].shape_ref, shapes[604]), offsetof(struct awsc_s3_get_object_input, response_content_disposition), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetObjectRequest.ResponseContentDisposition: ResponseContentDisposition */
        [631] = {REF(members[631].name_ref, strings[13301]), REF(members[631].shape_ref, shapes[605]), offsetof(struct awsc_s3_get_object_input, response_content_encoding), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetObjectRequest.ResponseContentEncoding: ResponseContentEncoding */
        [632] = {REF(members[632].name_ref, strings[13351]), REF(members[632].shape_ref, shapes[606]), offsetof(struct awsc_s3_get_object_input, response_content_language), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetObjectRequest.ResponseContentLanguage: ResponseContentLanguage */
        [633] = {REF(members[633].name_ref, strings[13401]), REF(members[633].shape_ref, shapes[607]), offsetof(struct awsc_s3_get_object_input, response_content_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetObjectRequest.ResponseContentType: ResponseContentType */
        [634] = {REF(members[634].name_ref, strings[13443]), REF(members[634].shape_ref, shapes[608]), offsetof(struct awsc_s3_get_object_input, response_expires), offsetof(struct awsc_s3_get_object_input, has_response_expires), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetObjectRequest.ResponseExpires: ResponseExpires */
        [635] = {REF(members[635].name_ref, strings[8290]), REF(members[635].shape_ref, shapes[491]), offsetof(struct awsc_s3_get_object_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetObjectRequest.VersionId: ObjectVersionId */
        [636] = {REF(members[636].name_ref, strings[4213]), REF(members[636].shape_ref, shapes[632]), offsetof(struct awsc_s3_get_object_input, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectRequest.SSECustomerAlgorithm: SSECustomerAlgorithm */
        [637] = {REF(members[637].name_ref, strings[4282]), REF(members[637].shape_ref, shapes[633]), offsetof(struct awsc_s3_get_object_input, sse_customer_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectRequest.SSECustomerKey: SSECustomerKey */
        [638] = {REF(members[638].name_ref, strings[4339]), REF(members[638].shape_ref, shapes[634]), offsetof(struct awsc_s3_get_object_input, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectRequest.SSECustomerKeyMD5: SSECustomerKeyMD5 */
        [639] = {REF(members[639].name_ref, strings[200]), REF(members[639].shape_ref, shapes[598]), offsetof(struct awsc_s3_get_object_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectRequest.RequestPayer: RequestPayer */
        [640] = {REF(members[640].name_ref, strings[13476]), REF(members[640].shape_ref, shapes[505]), offsetof(struct awsc_s3_get_object_input, part_number), offsetof(struct awsc_s3_get_object_input, has_part_number), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetObjectRequest.PartNumber: PartNumber */
        [641] = {REF(members[641].name_ref, strings[233]), REF(members[641].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_object_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectRequest.ExpectedBucketOwner: AccountId */
        [642] = {REF(members[642].name_ref, strings[12442]), REF(members[642].shape_ref, shapes[82]), offsetof(struct awsc_s3_get_object_input, checksum_mode), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectRequest.ChecksumMode: ChecksumMode */
        [643] = {REF(members[643].name_ref, strings[13551]), REF(members[643].shape_ref, shapes[479]), offsetof(struct awsc_s3_get_object_retention_output, retention), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetObjectRetentionOutput.Retention: ObjectLockRetention */
        [644] = {REF(members[644].name_ref, strings[171]), REF(members[644].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_object_retention_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetObjectRetentionRequest.Bucket: BucketName */
        [645] = {REF(members[645].name_ref, strings[178]), REF(members[645].shape_ref, shapes[470]), offsetof(struct awsc_s3_get_object_retention_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetObjectRetentionRequest.Key: ObjectKey */
        [646] = {REF(members[646].name_ref, strings[8290]), REF(members[646].shape_ref, shapes[491]), offsetof(struct awsc_s3_get_object_retention_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetObjectRetentionRequest.VersionId: ObjectVersionId */
        [647] = {REF(members[647].name_ref, strings[200]), REF(members[647].shape_ref, shapes[598]), offsetof(struct awsc_s3_get_object_retention_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectRetentionRequest.RequestPayer: RequestPayer */
        [648] = {REF(members[648].name_ref, strings[233]), REF(members[648].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_object_retention_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectRetentionRequest.ExpectedBucketOwner: AccountId */
        [649] = {REF(members[649].name_ref, strings[3466]), REF(members[649].shape_ref, shapes[491]), offsetof(struct awsc_s3_get_object_tagging_output, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectTaggingOutput.VersionId: ObjectVersionId */
        [650] = {REF(members[650].name_ref, strings[12051]), REF(members[650].shape_ref, shapes[673]), offsetof(struct awsc_s3_get_object_tagging_output, tag_set), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetObjectTaggingOutput.TagSet: TagSet */
        [651] = {REF(members[651].name_ref, strings[171]), REF(members[651].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_object_tagging_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetObjectTaggingRequest.Bucket: BucketName */
        [652] = {REF(members[652].name_ref, strings[178]), REF(members[652].shape_ref, shapes[470]), offsetof(struct awsc_s3_get_object_tagging_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetObjectTaggingRequest.Key: ObjectKey */
        [653] = {REF(members[653].name_ref, strings[8290]), REF(members[653].shape_ref, shapes[491]), offsetof(struct awsc_s3_get_object_tagging_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetObjectTaggingRequest.VersionId: ObjectVersionId */
        [654] = {REF(members[654].name_ref, strings[233]), REF(members[654].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_object_tagging_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectTaggingRequest.ExpectedBucketOwner: AccountId */
        [655] = {REF(members[655].name_ref, strings[200]), REF(members[655].shape_ref, shapes[598]), offsetof(struct awsc_s3_get_object_tagging_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectTaggingRequest.RequestPayer: RequestPayer */
        [656] = {REF(members[656].name_ref, strings[1481]), REF(members[656].shape_ref, shapes[45]), offsetof(struct awsc_s3_get_object_torrent_output, body), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_STREAMING, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetObjectTorrentOutput.Body: Body */
        [657] = {REF(members[657].name_ref, strings[106]), REF(members[657].shape_ref, shapes[597]), offsetof(struct awsc_s3_get_object_torrent_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectTorrentOutput.RequestCharged: RequestCharged */
        [658] = {REF(members[658].name_ref, strings[171]), REF(members[658].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_object_torrent_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetObjectTorrentRequest.Bucket: BucketName */
        [659] = {REF(members[659].name_ref, strings[178]), REF(members[659].shape_ref, shapes[470]), offsetof(struct awsc_s3_get_object_torrent_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetObjectTorrentRequest.Key: ObjectKey */
        [660] = {REF(members[660].name_ref, strings[200]), REF(members[660].shape_ref, shapes[598]), offsetof(struct awsc_s3_get_object_torrent_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectTorrentRequest.RequestPayer: RequestPayer */
        [661] = {REF(members[661].name_ref, strings[233]), REF(members[661].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_object_torrent_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetObjectTorrentRequest.ExpectedBucketOwner: AccountId */
        [662] = {REF(members[662].name_ref, strings[13708]), REF(members[662].shape_ref, shapes[521]), offsetof(struct awsc_s3_get_public_access_block_output, public_access_block_configuration), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetPublicAccessBlockOutput.PublicAccessBlockConfiguration: PublicAccessBlockConfiguration */
        [663] = {REF(members[663].name_ref, strings[171]), REF(members[663].shape_ref, shapes[59]), offsetof(struct awsc_s3_get_public_access_block_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetPublicAccessBlockRequest.Bucket: BucketName */
        [664] = {REF(members[664].name_ref, strings[233]), REF(members[664].shape_ref, shapes[14]), offsetof(struct awsc_s3_get_public_access_block_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetPublicAccessBlockRequest.ExpectedBucketOwner: AccountId */
        [665] = {REF(members[665].name_ref, strings[13788]), REF(members[665].shape_ref, shapes[682]), offsetof(struct awsc_s3_glacier_job_parameters, tier), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlacierJobParameters.Tier: Tier */
        [666] = {REF(members[666].name_ref, strings[13799]), REF(members[666].shape_ref, shapes[298]), offsetof(struct awsc_s3_grant, grantee), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Grant.Grantee: Grantee */
        [667] = {REF(members[667].name_ref, strings[13807]), REF(members[667].shape_ref, shapes[513]), offsetof(struct awsc_s3_grant, permission), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Grant.Permission: Permission */
        [668] = {REF(members[668].name_ref, strings[8969]), REF(members[668].shape_ref, shapes[181]), offsetof(struct awsc_s3_grantee, display_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Grantee.DisplayName: DisplayName */
        [669] = {REF(members[669].name_ref, strings[8981]), REF(members[669].shape_ref, shapes[183]), offsetof(struct awsc_s3_grantee, email_address), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Grantee.EmailAddress: EmailAddress */
        [670] = {REF(members[670].name_ref, strings[2610]), REF(members[670].shape_ref, shapes[307]), offsetof(struct awsc_s3_grantee, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Grantee.ID: ID */
        [671] = {REF(members[671].name_ref, strings[13883]), REF(members[671].shape_ref, shapes[695]), offsetof(struct awsc_s3_grantee, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_XML_ATTRIBUTE | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Grantee.Type: Type */
        [672] = {REF(members[672].name_ref, strings[13897]), REF(members[672].shape_ref, shapes[696]), offsetof(struct awsc_s3_grantee, uri), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Grantee.URI: URI */
        [673] = {REF(members[673].name_ref, strings[6900]), REF(members[673].shape_ref, shapes[624]), offsetof(struct awsc_s3_head_bucket_output, bucket_arn), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadBucketOutput.BucketArn: S3RegionalOrS3ExpressBucketArnString */
        [674] = {REF(members[674].name_ref, strings[13971]), REF(members[674].shape_ref, shapes[405]), offsetof(struct awsc_s3_head_bucket_output, bucket_location_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadBucketOutput.BucketLocationType: LocationType */
        [675] = {REF(members[675].name_ref, strings[14017]), REF(members[675].shape_ref, shapes[56]), offsetof(struct awsc_s3_head_bucket_output, bucket_location_name), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadBucketOutput.BucketLocationName: BucketLocationName */
        [676] = {REF(members[676].name_ref, strings[14063]), REF(members[676].shape_ref, shapes[574]), offsetof(struct awsc_s3_head_bucket_output, bucket_region), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadBucketOutput.BucketRegion: Region */
        [677] = {REF(members[677].name_ref, strings[14096]), REF(members[677].shape_ref, shapes[12]), offsetof(struct awsc_s3_head_bucket_output, access_point_alias), offsetof(struct awsc_s3_head_bucket_output, has_access_point_alias), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadBucketOutput.AccessPointAlias: AccessPointAlias */
        [678] = {REF(members[678].name_ref, strings[171]), REF(members[678].shape_ref, shapes[59]), offsetof(struct awsc_s3_head_bucket_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* HeadBucketRequest.Bucket: BucketName */
        [679] = {REF(members[679].name_ref, strings[233]), REF(members[679].shape_ref, shapes[14]), offsetof(struct awsc_s3_head_bucket_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadBucketRequest.ExpectedBucketOwner: AccountId */
        [680] = {REF(members[680].name_ref, strings[8365]), REF(members[680].shape_ref, shapes[159]), offsetof(struct awsc_s3_head_object_output, delete_marker), offsetof(struct awsc_s3_head_object_output, has_delete_marker), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.DeleteMarker: DeleteMarker */
        [681] = {REF(members[681].name_ref, strings[12938]), REF(members[681].shape_ref, shapes[7]), offsetof(struct awsc_s3_head_object_output, accept_ranges), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.AcceptRanges: AcceptRanges */
        [682] = {REF(members[682].name_ref, strings[3388]), REF(members[682].shape_ref, shapes[204]), offsetof(struct awsc_s3_head_object_output, expiration), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.Expiration: Expiration */
        [683] = {REF(members[683].name_ref, strings[12965]), REF(members[683].shape_ref, shapes[609]), offsetof(struct awsc_s3_head_object_output, restore), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.Restore: Restore */
        [684] = {REF(members[684].name_ref, strings[14173]), REF(members[684].shape_ref, shapes[43]), offsetof(struct awsc_s3_head_object_output, archive_status), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.ArchiveStatus: ArchiveStatus */
        [685] = {REF(members[685].name_ref, strings[12316]), REF(members[685].shape_ref, shapes[369]), offsetof(struct awsc_s3_head_object_output, last_modified), offsetof(struct awsc_s3_head_object_output, has_last_modified), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.LastModified: LastModified */
        [686] = {REF(members[686].name_ref, strings[12343]), REF(members[686].shape_ref, shapes[109]), offsetof(struct awsc_s3_head_object_output, content_length), offsetof(struct awsc_s3_head_object_output, has_content_length), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.ContentLength: ContentLength */
        [687] = {REF(members[687].name_ref, strings[3726]), REF(members[687].shape_ref, shapes[78]), offsetof(struct awsc_s3_head_object_output, checksum_crc32), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.ChecksumCRC32: ChecksumCRC32 */
        [688] = {REF(members[688].name_ref, strings[3761]), REF(members[688].shape_ref, shapes[79]), offsetof(struct awsc_s3_head_object_output, checksum_crc32_c), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.ChecksumCRC32C: ChecksumCRC32C */
        [689] = {REF(members[689].name_ref, strings[3798]), REF(members[689].shape_ref, shapes[80]), offsetof(struct awsc_s3_head_object_output, checksum_crc64_nvme), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.ChecksumCRC64NVME: ChecksumCRC64NVME */
        [690] = {REF(members[690].name_ref, strings[3841]), REF(members[690].shape_ref, shapes[83]), offsetof(struct awsc_s3_head_object_output, checksum_sha1), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.ChecksumSHA1: ChecksumSHA1 */
        [691] = {REF(members[691].name_ref, strings[3874]), REF(members[691].shape_ref, shapes[84]), offsetof(struct awsc_s3_head_object_output, checksum_sha256), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.ChecksumSHA256: ChecksumSHA256 */
        [692] = {REF(members[692].name_ref, strings[3911]), REF(members[692].shape_ref, shapes[85]), offsetof(struct awsc_s3_head_object_output, checksum_sha512), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.ChecksumSHA512: ChecksumSHA512 */
        [693] = {REF(members[693].name_ref, strings[3948]), REF(members[693].shape_ref, shapes[81]), offsetof(struct awsc_s3_head_object_output, checksum_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.ChecksumMD5: ChecksumMD5 */
        [694] = {REF(members[694].name_ref, strings[3979]), REF(members[694].shape_ref, shapes[89]), offsetof(struct awsc_s3_head_object_output, checksum_xxhash64), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.ChecksumXXHASH64: ChecksumXXHASH64 */
        [695] = {REF(members[695].name_ref, strings[4020]), REF(members[695].shape_ref, shapes[88]), offsetof(struct awsc_s3_head_object_output, checksum_xxhash3), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.ChecksumXXHASH3: ChecksumXXHASH3 */
        [696] = {REF(members[696].name_ref, strings[4059]), REF(members[696].shape_ref, shapes[87]), offsetof(struct awsc_s3_head_object_output, checksum_xxhash128), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.ChecksumXXHASH128: ChecksumXXHASH128 */
        [697] = {REF(members[697].name_ref, strings[4102]), REF(members[697].shape_ref, shapes[86]), offsetof(struct awsc_s3_head_object_output, checksum_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.ChecksumType: ChecksumType */
        [698] = {REF(members[698].name_ref, strings[1067]), REF(members[698].shape_ref, shapes[182]), offsetof(struct awsc_s3_head_object_output, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.ETag: ETag */
        [699] = {REF(members[699].name_ref, strings[12987]), REF(members[699].shape_ref, shapes[438]), offsetof(struct awsc_s3_head_object_output, missing_meta), offsetof(struct awsc_s3_head_object_output, has_missing_meta), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.MissingMeta: MissingMeta */
        [700] = {REF(members[700].name_ref, strings[3466]), REF(members[700].shape_ref, shapes[491]), offsetof(struct awsc_s3_head_object_output, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.VersionId: ObjectVersionId */
        [701] = {REF(members[701].name_ref, strings[4909]), REF(members[701].shape_ref, shapes[74]), offsetof(struct awsc_s3_head_object_output, cache_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.CacheControl: CacheControl */
        [702] = {REF(members[702].name_ref, strings[4979]), REF(members[702].shape_ref, shapes[106]), offsetof(struct awsc_s3_head_object_output, content_disposition), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.ContentDisposition: ContentDisposition */
        [703] = {REF(members[703].name_ref, strings[5018]), REF(members[703].shape_ref, shapes[107]), offsetof(struct awsc_s3_head_object_output, content_encoding), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.ContentEncoding: ContentEncoding */
        [704] = {REF(members[704].name_ref, strings[5051]), REF(members[704].shape_ref, shapes[108]), offsetof(struct awsc_s3_head_object_output, content_language), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.ContentLanguage: ContentLanguage */
        [705] = {REF(members[705].name_ref, strings[5084]), REF(members[705].shape_ref, shapes[112]), offsetof(struct awsc_s3_head_object_output, content_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.ContentType: ContentType */
        [706] = {REF(members[706].name_ref, strings[13018]), REF(members[706].shape_ref, shapes[111]), offsetof(struct awsc_s3_head_object_output, content_range), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.ContentRange: ContentRange */
        [707] = {REF(members[707].name_ref, strings[5365]), REF(members[707].shape_ref, shapes[208]), offsetof(struct awsc_s3_head_object_output, expires), offsetof(struct awsc_s3_head_object_output, has_expires), 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.Expires: Expires */
        [708] = {REF(members[708].name_ref, strings[5704]), REF(members[708].shape_ref, shapes[714]), offsetof(struct awsc_s3_head_object_output, website_redirect_location), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.WebsiteRedirectLocation: WebsiteRedirectLocation */
        [709] = {REF(members[709].name_ref, strings[3416]), REF(members[709].shape_ref, shapes[645]), offsetof(struct awsc_s3_head_object_output, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.ServerSideEncryption: ServerSideEncryption */
        [710] = {REF(members[710].name_ref, strings[5512]), REF(members[710].shape_ref, shapes[419]), offsetof(struct awsc_s3_head_object_output, metadata), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADERS, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.Metadata: Metadata */
        [711] = {REF(members[711].name_ref, strings[4213]), REF(members[711].shape_ref, shapes[632]), offsetof(struct awsc_s3_head_object_output, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.SSECustomerAlgorithm: SSECustomerAlgorithm */
        [712] = {REF(members[712].name_ref, strings[4339]), REF(members[712].shape_ref, shapes[634]), offsetof(struct awsc_s3_head_object_output, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.SSECustomerKeyMD5: SSECustomerKeyMD5 */
        [713] = {REF(members[713].name_ref, strings[3493]), REF(members[713].shape_ref, shapes[638]), offsetof(struct awsc_s3_head_object_output, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.SSEKMSKeyId: SSEKMSKeyId */
        [714] = {REF(members[714].name_ref, strings[3549]), REF(members[714].shape_ref, shapes[53]), offsetof(struct awsc_s3_head_object_output, bucket_key_enabled), offsetof(struct awsc_s3_head_object_output, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.BucketKeyEnabled: BucketKeyEnabled */
        [715] = {REF(members[715].name_ref, strings[5671]), REF(members[715].shape_ref, shapes[665]), offsetof(struct awsc_s3_head_object_output, storage_class), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.StorageClass: StorageClass */
        [716] = {REF(members[716].name_ref, strings[106]), REF(members[716].shape_ref, shapes[597]), offsetof(struct awsc_s3_head_object_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.RequestCharged: RequestCharged */
        [717] = {REF(members[717].name_ref, strings[12372]), REF(members[717].shape_ref, shapes[593]), offsetof(struct awsc_s3_head_object_output, replication_status), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.ReplicationStatus: ReplicationStatus */
        [718] = {REF(members[718].name_ref, strings[13045]), REF(members[718].shape_ref, shapes[510]), offsetof(struct awsc_s3_head_object_output, parts_count), offsetof(struct awsc_s3_head_object_output, has_parts_count), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.PartsCount: PartsCount */
        [719] = {REF(members[719].name_ref, strings[13077]), REF(members[719].shape_ref, shapes[672]), offsetof(struct awsc_s3_head_object_output, tag_count), offsetof(struct awsc_s3_head_object_output, has_tag_count), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.TagCount: TagCount */
        [720] = {REF(members[720].name_ref, strings[6038]), REF(members[720].shape_ref, shapes[477]), offsetof(struct awsc_s3_head_object_output, object_lock_mode), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.ObjectLockMode: ObjectLockMode */
        [721] = {REF(members[721].name_ref, strings[6076]), REF(members[721].shape_ref, shapes[478]), offsetof(struct awsc_s3_head_object_output, object_lock_retain_until_date), offsetof(struct awsc_s3_head_object_output, has_object_lock_retain_until_date), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.ObjectLockRetainUntilDate: ObjectLockRetainUntilDate */
        [722] = {REF(members[722].name_ref, strings[6138]), REF(members[722].shape_ref, shapes[476]), offsetof(struct awsc_s3_head_object_output, object_lock_legal_hold_status), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectOutput.ObjectLockLegalHoldStatus: ObjectLockLegalHoldStatus */
        [723] = {REF(members[723].name_ref, strings[171]), REF(members[723].shape_ref, shapes[59]), offsetof(struct awsc_s3_head_object_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* HeadObjectRequest.Bucket: BucketName */
        [724] = {REF(members[724].name_ref, strings[4170]), REF(members[724].shape_ref, shapes[309]), offsetof(struct awsc_s3_head_object_input, if_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectRequest.IfMatch: IfMatch */
        [725] = {REF(members[725].name_ref, strings[13123]), REF(members[725].shape_ref, shapes[313]), offsetof(struct awsc_s3_head_object_input, if_modified_since), offsetof(struct awsc_s3_head_object_input, has_if_modified_since), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectRequest.IfModifiedSince: IfModifiedSince */
        [726] = {REF(members[726].name_ref, strings[4187]), REF(members[726].shape_ref, shapes[314]), offsetof(struct awsc_s3_head_object_input, if_none_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectRequest.IfNoneMatch: IfNoneMatch */
        [727] = {REF(members[727].name_ref, strings[13157]), REF(members[727].shape_ref, shapes[315]), offsetof(struct awsc_s3_head_object_input, if_unmodified_since), offsetof(struct awsc_s3_head_object_input, has_if_unmodified_since), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectRequest.IfUnmodifiedSince: IfUnmodifiedSince */
        [728] = {REF(members[728].name_ref, strings[178]), REF(members[728].shape_ref, shapes[470]), offsetof(struct awsc_s3_head_object_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* HeadObjectRequest.Key: ObjectKey */
        [729] = {REF(members[729].name_ref, strings[13195]), REF(members[729].shape_ref, shapes[567]), offsetof(struct awsc_s3_head_object_input, range), AWSC_NO_PRESENCE, 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectRequest.Range: Range */
        [730] = {REF(members[730].name_ref, strings[13201]), REF(members[730].shape_ref, shapes[603]), offsetof(struct awsc_s3_head_object_input, response_cache_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* HeadObjectRequest.ResponseCacheControl: ResponseCacheControl */
        [731] = {REF(members[731].name_ref, strings[13245]), REF(members[731].shape_ref, shapes[604]), offsetof(struct awsc_s3_head_object_input, response_content_disposition), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* HeadObjectRequest.ResponseContentDisposition: ResponseContentDisposition */
        [732] = {REF(members[732].name_ref, strings[13301]), REF(members[732].shape_ref, shapes[605]), offsetof(struct awsc_s3_head_object_input, response_content_encoding), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* HeadObjectRequest.ResponseContentEncoding: ResponseContentEncoding */
        [733] = {REF(members[733].name_ref, strings[13351]), REF(members[733].shape_ref, shapes[606]), offsetof(struct awsc_s3_head_object_input, response_content_language), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* HeadObjectRequest.ResponseContentLanguage: ResponseContentLanguage */
        [734] = {REF(members[734].name_ref, strings[13401]), REF(members[734].shape_ref, shapes[607]), offsetof(struct awsc_s3_head_object_input, response_content_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* HeadObjectRequest.ResponseContentType: ResponseContentType */
        [735] = {REF(members[735].name_ref, strings[13443]), REF(members[735].shape_ref, shapes[608]), offsetof(struct awsc_s3_head_object_input, response_expires), offsetof(struct awsc_s3_head_object_input, has_response_expires), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* HeadObjectRequest.ResponseExpires: ResponseExpires */
        [736] = {REF(members[736].name_ref, strings[8290]), REF(members[736].shape_ref, shapes[491]), offsetof(struct awsc_s3_head_object_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* HeadObjectRequest.VersionId: ObjectVersionId */
        [737] = {REF(members[737].name_ref, strings[4213]), REF(members[737].shape_ref, shapes[632]), offsetof(struct awsc_s3_head_object_input, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectRequest.SSECustomerAlgorithm: SSECustomerAlgorithm */
        [738] = {REF(members[738].name_ref, strings[4282]), REF(members[738].shape_ref, shapes[633]), offsetof(struct awsc_s3_head_object_input, sse_customer_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectRequest.SSECustomerKey: SSECustomerKey */
        [739] = {REF(members[739].name_ref, strings[4339]), REF(members[739].shape_ref, shapes[634]), offsetof(struct awsc_s3_head_object_input, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectRequest.SSECustomerKeyMD5: SSECustomerKeyMD5 */
        [740] = {REF(members[740].name_ref, strings[200]), REF(members[740].shape_ref, shapes[598]), offsetof(struct awsc_s3_head_object_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectRequest.RequestPayer: RequestPayer */
        [741] = {REF(members[741].name_ref, strings[13476]), REF(members[741].shape_ref, shapes[505]), offsetof(struct awsc_s3_head_object_input, part_number), offsetof(struct awsc_s3_head_object_input, has_part_number), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* HeadObjectRequest.PartNumber: PartNumber */
        [742] = {REF(members[742].name_ref, strings[233]), REF(members[742].shape_ref, shapes[14]), offsetof(struct awsc_s3_head_object_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectRequest.ExpectedBucketOwner: AccountId */
        [743] = {REF(members[743].name_ref, strings[12442]), REF(members[743].shape_ref, shapes[82]), offsetof(struct awsc_s3_head_object_input, checksum_mode), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* HeadObjectRequest.ChecksumMode: ChecksumMode */
        [744] = {REF(members[744].name_ref, strings[14392]), REF(members[744].shape_ref, shapes[669]), offsetof(struct awsc_s3_index_document, suffix), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IndexDocument.Suffix: Suffix */
        [745] = {REF(members[745].name_ref, strings[2610]), REF(members[745].shape_ref, shapes[307]), offsetof(struct awsc_s3_initiator, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Initiator.ID: ID */
        [746] = {REF(members[746].name_ref, strings[8969]), REF(members[746].shape_ref, shapes[181]), offsetof(struct awsc_s3_initiator, display_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Initiator.DisplayName: DisplayName */
        [747] = {REF(members[747].name_ref, strings[924]), REF(members[747].shape_ref, shapes[72]), offsetof(struct awsc_s3_input_serialization, csv), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InputSerialization.CSV: CSVInput */
        [748] = {REF(members[748].name_ref, strings[4498]), REF(members[748].shape_ref, shapes[103]), offsetof(struct awsc_s3_input_serialization, compression_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InputSerialization.CompressionType: CompressionType */
        [749] = {REF(members[749].name_ref, strings[14438]), REF(members[749].shape_ref, shapes[355]), offsetof(struct awsc_s3_input_serialization, json), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InputSerialization.JSON: JSONInput */
        [750] = {REF(members[750].name_ref, strings[14443]), REF(members[750].shape_ref, shapes[503]), offsetof(struct awsc_s3_input_serialization, parquet), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InputSerialization.Parquet: ParquetInput */
        [751] = {REF(members[751].name_ref, strings[664]), REF(members[751].shape_ref, shapes[516]), offsetof(struct awsc_s3_intelligent_tiering_and_operator, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IntelligentTieringAndOperator.Prefix: Prefix */
        [752] = {REF(members[752].name_ref, strings[671]), REF(members[752].shape_ref, shapes[673]), offsetof(struct awsc_s3_intelligent_tiering_and_operator, tags), AWSC_NO_PRESENCE, AWSC_MF_FLATTENED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IntelligentTieringAndOperator.Tags: TagSet */
        [753] = {REF(members[753].name_ref, strings[703]), REF(members[753].shape_ref, shapes[326]), offsetof(struct awsc_s3_intelligent_tiering_configuration, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IntelligentTieringConfiguration.Id: IntelligentTieringId */
        [754] = {REF(members[754].name_ref, strings[706]), REF(members[754].shape_ref, shapes[325]), offsetof(struct awsc_s3_intelligent_tiering_configuration, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IntelligentTieringConfiguration.Filter: IntelligentTieringFilter */
        [755] = {REF(members[755].name_ref, strings[11]), REF(members[755].shape_ref, shapes[327]), offsetof(struct awsc_s3_intelligent_tiering_configuration, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IntelligentTieringConfiguration.Status: IntelligentTieringStatus */
        [756] = {REF(members[756].name_ref, strings[14510]), REF(members[756].shape_ref, shapes[684]), offsetof(struct awsc_s3_intelligent_tiering_configuration, tierings), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IntelligentTieringConfiguration.Tierings: TieringList */
        [757] = {REF(members[757].name_ref, strings[664]), REF(members[757].shape_ref, shapes[516]), offsetof(struct awsc_s3_intelligent_tiering_filter, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IntelligentTieringFilter.Prefix: Prefix */
        [758] = {REF(members[758].name_ref, strings[824]), REF(members[758].shape_ref, shapes[671]), offsetof(struct awsc_s3_intelligent_tiering_filter, tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IntelligentTieringFilter.Tag: Tag */
        [759] = {REF(members[759].name_ref, strings[828]), REF(members[759].shape_ref, shapes[321]), offsetof(struct awsc_s3_intelligent_tiering_filter, and_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IntelligentTieringFilter.And: IntelligentTieringAndOperator */
        [760] = {REF(members[760].name_ref, strings[8847]), REF(members[760].shape_ref, shapes[665]), offsetof(struct awsc_s3_invalid_object_state, storage_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidObjectState.StorageClass: StorageClass */
        [761] = {REF(members[761].name_ref, strings[14698]), REF(members[761].shape_ref, shapes[320]), offsetof(struct awsc_s3_invalid_object_state, access_tier), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidObjectState.AccessTier: IntelligentTieringAccessTier */
        [762] = {REF(members[762].name_ref, strings[8827]), REF(members[762].shape_ref, shapes[336]), offsetof(struct awsc_s3_inventory_configuration, destination), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InventoryConfiguration.Destination: InventoryDestination */
        [763] = {REF(members[763].name_ref, strings[14757]), REF(members[763].shape_ref, shapes[350]), offsetof(struct awsc_s3_inventory_configuration, is_enabled), offsetof(struct awsc_s3_inventory_configuration, has_is_enabled), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InventoryConfiguration.IsEnabled: IsEnabled */
        [764] = {REF(members[764].name_ref, strings[706]), REF(members[764].shape_ref, shapes[338]), offsetof(struct awsc_s3_inventory_configuration, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InventoryConfiguration.Filter: InventoryFilter */
        [765] = {REF(members[765].name_ref, strings[703]), REF(members[765].shape_ref, shapes[341]), offsetof(struct awsc_s3_inventory_configuration, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InventoryConfiguration.Id: InventoryId */
        [766] = {REF(members[766].name_ref, strings[14767]), REF(members[766].shape_ref, shapes[342]), offsetof(struct awsc_s3_inventory_configuration, included_object_versions), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InventoryConfiguration.IncludedObjectVersions: InventoryIncludedObjectVersions */
        [767] = {REF(members[767].name_ref, strings[14790]), REF(members[767].shape_ref, shapes[344]), offsetof(struct awsc_s3_inventory_configuration, optional_fields), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InventoryConfiguration.OptionalFields: InventoryOptionalFields */
        [768] = {REF(members[768].name_ref, strings[14805]), REF(members[768].shape_ref, shapes[346]), offsetof(struct awsc_s3_inventory_configuration, schedule), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InventoryConfiguration.Schedule: InventorySchedule */
        [769] = {REF(members[769].name_ref, strings[788]), REF(members[769].shape_ref, shapes[345]), offsetof(struct awsc_s3_inventory_destination, s3_bucket_destination), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InventoryDestination.S3BucketDestination: InventoryS3BucketDestination */
        [770] = {REF(members[770].name_ref, strings[14910]), REF(members[770].shape_ref, shapes[639]), offsetof(struct awsc_s3_inventory_encryption, sses3), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InventoryEncryption.SSES3: SSES3 */
        [771] = {REF(members[771].name_ref, strings[14923]), REF(members[771].shape_ref, shapes[635]), offsetof(struct awsc_s3_inventory_encryption, ssekms), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InventoryEncryption.SSEKMS: SSEKMS */
        [772] = {REF(members[772].name_ref, strings[664]), REF(members[772].shape_ref, shapes[516]), offsetof(struct awsc_s3_inventory_filter, prefix), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InventoryFilter.Prefix: Prefix */
        [773] = {REF(members[773].name_ref, strings[519]), REF(members[773].shape_ref, shapes[14]), offsetof(struct awsc_s3_inventory_s3_bucket_destination, account_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InventoryS3BucketDestination.AccountId: AccountId */
        [774] = {REF(members[774].name_ref, strings[171]), REF(members[774].shape_ref, shapes[59]), offsetof(struct awsc_s3_inventory_s3_bucket_destination, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InventoryS3BucketDestination.Bucket: BucketName */
        [775] = {REF(members[775].name_ref, strings[873]), REF(members[775].shape_ref, shapes[339]), offsetof(struct awsc_s3_inventory_s3_bucket_destination, format), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InventoryS3BucketDestination.Format: InventoryFormat */
        [776] = {REF(members[776].name_ref, strings[664]), REF(members[776].shape_ref, shapes[516]), offsetof(struct awsc_s3_inventory_s3_bucket_destination, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InventoryS3BucketDestination.Prefix: Prefix */
        [777] = {REF(members[777].name_ref, strings[9033]), REF(members[777].shape_ref, shapes[337]), offsetof(struct awsc_s3_inventory_s3_bucket_destination, encryption), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InventoryS3BucketDestination.Encryption: InventoryEncryption */
        [778] = {REF(members[778].name_ref, strings[15459]), REF(members[778].shape_ref, shapes[340]), offsetof(struct awsc_s3_inventory_schedule, frequency), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InventorySchedule.Frequency: InventoryFrequency */
        [779] = {REF(members[779].name_ref, strings[1238]), REF(members[779].shape_ref, shapes[335]), offsetof(struct awsc_s3_inventory_table_configuration, configuration_state), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InventoryTableConfiguration.ConfigurationState: InventoryConfigurationState */
        [780] = {REF(members[780].name_ref, strings[1257]), REF(members[780].shape_ref, shapes[427]), offsetof(struct awsc_s3_inventory_table_configuration, encryption_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InventoryTableConfiguration.EncryptionConfiguration: MetadataTableEncryptionConfiguration */
        [781] = {REF(members[781].name_ref, strings[1238]), REF(members[781].shape_ref, shapes[335]), offsetof(struct awsc_s3_inventory_table_configuration_result, configuration_state), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InventoryTableConfigurationResult.ConfigurationState: InventoryConfigurationState */
        [782] = {REF(members[782].name_ref, strings[1321]), REF(members[782].shape_ref, shapes[428]), offsetof(struct awsc_s3_inventory_table_configuration_result, table_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InventoryTableConfigurationResult.TableStatus: MetadataTableStatus */
        [783] = {REF(members[783].name_ref, strings[1333]), REF(members[783].shape_ref, shapes[195]), offsetof(struct awsc_s3_inventory_table_configuration_result, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InventoryTableConfigurationResult.Error: ErrorDetails */
        [784] = {REF(members[784].name_ref, strings[1339]), REF(members[784].shape_ref, shapes[630]), offsetof(struct awsc_s3_inventory_table_configuration_result, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InventoryTableConfigurationResult.TableName: S3TablesName */
        [785] = {REF(members[785].name_ref, strings[1349]), REF(members[785].shape_ref, shapes[625]), offsetof(struct awsc_s3_inventory_table_configuration_result, table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InventoryTableConfigurationResult.TableArn: S3TablesArn */
        [786] = {REF(members[786].name_ref, strings[1238]), REF(members[786].shape_ref, shapes[335]), offsetof(struct awsc_s3_inventory_table_configuration_updates, configuration_state), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InventoryTableConfigurationUpdates.ConfigurationState: InventoryConfigurationState */
        [787] = {REF(members[787].name_ref, strings[1257]), REF(members[787].shape_ref, shapes[427]), offsetof(struct awsc_s3_inventory_table_configuration_updates, encryption_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InventoryTableConfigurationUpdates.EncryptionConfiguration: MetadataTableEncryptionConfiguration */
        [788] = {REF(members[788].name_ref, strings[1745]), REF(members[788].shape_ref, shapes[357]), offsetof(struct awsc_s3_json_input, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* JSONInput.Type: JSONType */
        [789] = {REF(members[789].name_ref, strings[2805]), REF(members[789].shape_ref, shapes[568]), offsetof(struct awsc_s3_json_output, record_delimiter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* JSONOutput.RecordDelimiter: RecordDelimiter */
        [790] = {REF(members[790].name_ref, strings[15666]), REF(members[790].shape_ref, shapes[569]), offsetof(struct awsc_s3_journal_table_configuration, record_expiration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* JournalTableConfiguration.RecordExpiration: RecordExpiration */
        [791] = {REF(members[791].name_ref, strings[1257]), REF(members[791].shape_ref, shapes[427]), offsetof(struct awsc_s3_journal_table_configuration, encryption_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* JournalTableConfiguration.EncryptionConfiguration: MetadataTableEncryptionConfiguration */
        [792] = {REF(members[792].name_ref, strings[1321]), REF(members[792].shape_ref, shapes[428]), offsetof(struct awsc_s3_journal_table_configuration_result, table_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* JournalTableConfigurationResult.TableStatus: MetadataTableStatus */
        [793] = {REF(members[793].name_ref, strings[1333]), REF(members[793].shape_ref, shapes[195]), offsetof(struct awsc_s3_journal_table_configuration_result, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* JournalTableConfigurationResult.Error: ErrorDetails */
        [794] = {REF(members[794].name_ref, strings[1339]), REF(members[794].shape_ref, shapes[630]), offsetof(struct awsc_s3_journal_table_configuration_result, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* JournalTableConfigurationResult.TableName: S3TablesName */
        [795] = {REF(members[795].name_ref, strings[1349]), REF(members[795].shape_ref, shapes[625]), offsetof(struct awsc_s3_journal_table_configuration_result, table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* JournalTableConfigurationResult.TableArn: S3TablesArn */
        [796] = {REF(members[796].name_ref, strings[15666]), REF(members[796].shape_ref, shapes[569]), offsetof(struct awsc_s3_journal_table_configuration_result, record_expiration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* JournalTableConfigurationResult.RecordExpiration: RecordExpiration */
        [797] = {REF(members[797].name_ref, strings[15666]), REF(members[797].shape_ref, shapes[569]), offsetof(struct awsc_s3_journal_table_configuration_updates, record_expiration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* JournalTableConfigurationUpdates.RecordExpiration: RecordExpiration */
        [798] = {REF(members[798].name_ref, strings[703]), REF(members[798].shape_ref, shapes[460]), offsetof(struct awsc_s3_lambda_function_configuration, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LambdaFunctionConfiguration.Id: NotificationId */
        [799] = {REF(members[799].name_ref, strings[15823]), REF(members[799].shape_ref, shapes[366]), offsetof(struct awsc_s3_lambda_function_configuration, lambda_function_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LambdaFunctionConfiguration.LambdaFunctionArn: LambdaFunctionArn */
        [800] = {REF(members[800].name_ref, strings[3258]), REF(members[800].shape_ref, shapes[201]), offsetof(struct awsc_s3_lambda_function_configuration, events), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LambdaFunctionConfiguration.Events: EventList */
        [801] = {REF(members[801].name_ref, strings[706]), REF(members[801].shape_ref, shapes[459]), offsetof(struct awsc_s3_lambda_function_configuration, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LambdaFunctionConfiguration.Filter: NotificationConfigurationFilter */
        [802] = {REF(members[802].name_ref, strings[1796]), REF(members[802].shape_ref, shapes[621]), offsetof(struct awsc_s3_lifecycle_configuration, rules), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LifecycleConfiguration.Rules: Rules */
        [803] = {REF(members[803].name_ref, strings[7436]), REF(members[803].shape_ref, shapes[139]), offsetof(struct awsc_s3_lifecycle_expiration, date), offsetof(struct awsc_s3_lifecycle_expiration, has_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LifecycleExpiration.Date: Date */
        [804] = {REF(members[804].name_ref, strings[7441]), REF(members[804].shape_ref, shapes[140]), offsetof(struct awsc_s3_lifecycle_expiration, days), offsetof(struct awsc_s3_lifecycle_expiration, has_days), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LifecycleExpiration.Days: Days */
        [805] = {REF(members[805].name_ref, strings[10156]), REF(members[805].shape_ref, shapes[207]), offsetof(struct awsc_s3_lifecycle_expiration, expired_object_delete_marker), offsetof(struct awsc_s3_lifecycle_expiration, has_expired_object_delete_marker), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LifecycleExpiration.ExpiredObjectDeleteMarker: ExpiredObjectDeleteMarker */
        [806] = {REF(members[806].name_ref, strings[10112]), REF(members[806].shape_ref, shapes[372]), offsetof(struct awsc_s3_lifecycle_rule, expiration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LifecycleRule.Expiration: LifecycleExpiration */
        [807] = {REF(members[807].name_ref, strings[2610]), REF(members[807].shape_ref, shapes[307]), offsetof(struct awsc_s3_lifecycle_rule, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LifecycleRule.ID: ID */
        [808] = {REF(members[808].name_ref, strings[664]), REF(members[808].shape_ref, shapes[516]), offsetof(struct awsc_s3_lifecycle_rule, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LifecycleRule.Prefix: Prefix */
        [809] = {REF(members[809].name_ref, strings[706]), REF(members[809].shape_ref, shapes[375]), offsetof(struct awsc_s3_lifecycle_rule, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LifecycleRule.Filter: LifecycleRuleFilter */
        [810] = {REF(members[810].name_ref, strings[11]), REF(members[810].shape_ref, shapes[206]), offsetof(struct awsc_s3_lifecycle_rule, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LifecycleRule.Status: ExpirationStatus */
        [811] = {REF(members[811].name_ref, strings[15961]), REF(members[811].shape_ref, shapes[693]), offsetof(struct awsc_s3_lifecycle_rule, transitions), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LifecycleRule.Transitions: TransitionList */
        [812] = {REF(members[812].name_ref, strings[15984]), REF(members[812].shape_ref, shapes[456]), offsetof(struct awsc_s3_lifecycle_rule, noncurrent_version_transitions), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LifecycleRule.NoncurrentVersionTransitions: NoncurrentVersionTransitionList */
        [813] = {REF(members[813].name_ref, strings[16041]), REF(members[813].shape_ref, shapes[454]), offsetof(struct awsc_s3_lifecycle_rule, noncurrent_version_expiration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LifecycleRule.NoncurrentVersionExpiration: NoncurrentVersionExpiration */
        [814] = {REF(members[814].name_ref, strings[28]), REF(members[814].shape_ref, shapes[2]), offsetof(struct awsc_s3_lifecycle_rule, abort_incomplete_multipart_upload), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LifecycleRule.AbortIncompleteMultipartUpload: AbortIncompleteMultipartUpload */
        [815] = {REF(members[815].name_ref, strings[664]), REF(members[815].shape_ref, shapes[516]), offsetof(struct awsc_s3_lifecycle_rule_and_operator, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LifecycleRuleAndOperator.Prefix: Prefix */
        [816] = {REF(members[816].name_ref, strings[671]), REF(members[816].shape_ref, shapes[673]), offsetof(struct awsc_s3_lifecycle_rule_and_operator, tags), AWSC_NO_PRESENCE, AWSC_MF_FLATTENED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LifecycleRuleAndOperator.Tags: TagSet */
        [817] = {REF(members[817].name_ref, strings[16094]), REF(members[817].shape_ref, shapes[487]), offsetof(struct awsc_s3_lifecycle_rule_and_operator, object_size_greater_than), offsetof(struct awsc_s3_lifecycle_rule_and_operator, has_object_size_greater_than), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LifecycleRuleAndOperator.ObjectSizeGreaterThan: ObjectSizeGreaterThanBytes */
        [818] = {REF(members[818].name_ref, strings[16116]), REF(members[818].shape_ref, shapes[488]), offsetof(struct awsc_s3_lifecycle_rule_and_operator, object_size_less_than), offsetof(struct awsc_s3_lifecycle_rule_and_operator, has_object_size_less_than), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LifecycleRuleAndOperator.ObjectSizeLessThan: ObjectSizeLessThanBytes */
        [819] = {REF(members[819].name_ref, strings[664]), REF(members[819].shape_ref, shapes[516]), offsetof(struct awsc_s3_lifecycle_rule_filter, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LifecycleRuleFilter.Prefix: Prefix */
        [820] = {REF(members[820].name_ref, strings[824]), REF(members[820].shape_ref, shapes[671]), offsetof(struct awsc_s3_lifecycle_rule_filter, tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LifecycleRuleFilter.Tag: Tag */
        [821] = {REF(members[821].name_ref, strings[16094]), REF(members[821].shape_ref, shapes[487]), offsetof(struct awsc_s3_lifecycle_rule_filter, object_size_greater_than), offsetof(struct awsc_s3_lifecycle_rule_filter, has_object_size_greater_than), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LifecycleRuleFilter.ObjectSizeGreaterThan: ObjectSizeGreaterThanBytes */
        [822] = {REF(members[822].name_ref, strings[16116]), REF(members[822].shape_ref, shapes[488]), offsetof(struct awsc_s3_lifecycle_rule_filter, object_size_less_than), offsetof(struct awsc_s3_lifecycle_rule_filter, has_object_size_less_than), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LifecycleRuleFilter.ObjectSizeLessThan: ObjectSizeLessThanBytes */
        [823] = {REF(members[823].name_ref, strings[828]), REF(members[823].shape_ref, shapes[374]), offsetof(struct awsc_s3_lifecycle_rule_filter, and_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LifecycleRuleFilter.And: LifecycleRuleAndOperator */
        [824] = {REF(members[824].name_ref, strings[12623]), REF(members[824].shape_ref, shapes[354]), offsetof(struct awsc_s3_list_bucket_analytics_configurations_output, is_truncated), offsetof(struct awsc_s3_list_bucket_analytics_configurations_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBucketAnalyticsConfigurationsOutput.IsTruncated: IsTruncated */
        [825] = {REF(members[825].name_ref, strings[16210]), REF(members[825].shape_ref, shapes[685]), offsetof(struct awsc_s3_list_bucket_analytics_configurations_output, continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBucketAnalyticsConfigurationsOutput.ContinuationToken: Token */
        [826] = {REF(members[826].name_ref, strings[16228]), REF(members[826].shape_ref, shapes[446]), offsetof(struct awsc_s3_list_bucket_analytics_configurations_output, next_continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBucketAnalyticsConfigurationsOutput.NextContinuationToken: NextToken */
        [827] = {REF(members[827].name_ref, strings[16250]), REF(members[827].shape_ref, shapes[24]), offsetof(struct awsc_s3_list_bucket_analytics_configurations_output, analytics_configuration_list), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBucketAnalyticsConfigurationsOutput.AnalyticsConfigurationList: AnalyticsConfigurationList */
        [828] = {REF(members[828].name_ref, strings[171]), REF(members[828].shape_ref, shapes[59]), offsetof(struct awsc_s3_list_bucket_analytics_configurations_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ListBucketAnalyticsConfigurationsRequest.Bucket: BucketName */
        [829] = {REF(members[829].name_ref, strings[16341]), REF(members[829].shape_ref, shapes[685]), offsetof(struct awsc_s3_list_bucket_analytics_configurations_input, continuation_token), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListBucketAnalyticsConfigurationsRequest.ContinuationToken: Token */
        [830] = {REF(members[830].name_ref, strings[233]), REF(members[830].shape_ref, shapes[14]), offsetof(struct awsc_s3_list_bucket_analytics_configurations_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListBucketAnalyticsConfigurationsRequest.ExpectedBucketOwner: AccountId */
        [831] = {REF(members[831].name_ref, strings[12623]), REF(members[831].shape_ref, shapes[354]), offsetof(struct awsc_s3_list_bucket_intelligent_tiering_configurations_output, is_truncated), offsetof(struct awsc_s3_list_bucket_intelligent_tiering_configurations_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBucketIntelligentTieringConfigurationsOutput.IsTruncated: IsTruncated */
        [832] = {REF(members[832].name_ref, strings[16210]), REF(members[832].shape_ref, shapes[685]), offsetof(struct awsc_s3_list_bucket_intelligent_tiering_configurations_output, continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBucketIntelligentTieringConfigurationsOutput.ContinuationToken: Token */
        [833] = {REF(members[833].name_ref, strings[16228]), REF(members[833].shape_ref, shapes[446]), offsetof(struct awsc_s3_list_bucket_intelligent_tiering_configurations_output, next_continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBucketIntelligentTieringConfigurationsOutput.NextContinuationToken: NextToken */
        [834] = {REF(members[834].name_ref, strings[16427]), REF(members[834].shape_ref, shapes[323]), offsetof(struct awsc_s3_list_bucket_intelligent_tiering_configurations_output, intelligent_tiering_configuration_list), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBucketIntelligentTieringConfigurationsOutput.IntelligentTieringConfigurationList: IntelligentTieringConfigurationList */
        [835] = {REF(members[835].name_ref, strings[171]), REF(members[835].shape_ref, shapes[59]), offsetof(struct awsc_s3_list_bucket_intelligent_tiering_configurations_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ListBucketIntelligentTieringConfigurationsRequest.Bucket: BucketName */
        [836] = {REF(members[836].name_ref, strings[16341]), REF(members[836].shape_ref, shapes[685]), offsetof(struct awsc_s3_list_bucket_intelligent_tiering_configurations_input, continuation_token), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListBucketIntelligentTieringConfigurationsRequest.ContinuationToken: Token */
        [837] = {REF(members[837].name_ref, strings[233]), REF(members[837].shape_ref, shapes[14]), offsetof(struct awsc_s3_list_bucket_intelligent_tiering_configurations_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListBucketIntelligentTieringConfigurationsRequest.ExpectedBucketOwner: AccountId */
        [838] = {REF(members[838].name_ref, strings[16210]), REF(members[838].shape_ref, shapes[685]), offsetof(struct awsc_s3_list_bucket_inventory_configurations_output, continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBucketInventoryConfigurationsOutput.ContinuationToken: Token */
        [839] = {REF(members[839].name_ref, strings[16585]), REF(members[839].shape_ref, shapes[334]), offsetof(struct awsc_s3_list_bucket_inventory_configurations_output, inventory_configuration_list), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBucketInventoryConfigurationsOutput.InventoryConfigurationList: InventoryConfigurationList */
        [840] = {REF(members[840].name_ref, strings[12623]), REF(members[840].shape_ref, shapes[354]), offsetof(struct awsc_s3_list_bucket_inventory_configurations_output, is_truncated), offsetof(struct awsc_s3_list_bucket_inventory_configurations_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBucketInventoryConfigurationsOutput.IsTruncated: IsTruncated */
        [841] = {REF(members[841].name_ref, strings[16228]), REF(members[841].shape_ref, shapes[446]), offsetof(struct awsc_s3_list_bucket_inventory_configurations_output, next_continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBucketInventoryConfigurationsOutput.NextContinuationToken: NextToken */
        [842] = {REF(members[842].name_ref, strings[171]), REF(members[842].shape_ref, shapes[59]), offsetof(struct awsc_s3_list_bucket_inventory_configurations_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ListBucketInventoryConfigurationsRequest.Bucket: BucketName */
        [843] = {REF(members[843].name_ref, strings[16341]), REF(members[843].shape_ref, shapes[685]), offsetof(struct awsc_s3_list_bucket_inventory_configurations_input, continuation_token), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListBucketInventoryConfigurationsRequest.ContinuationToken: Token */
        [844] = {REF(members[844].name_ref, strings[233]), REF(members[844].shape_ref, shapes[14]), offsetof(struct awsc_s3_list_bucket_inventory_configurations_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListBucketInventoryConfigurationsRequest.ExpectedBucketOwner: AccountId */
        [845] = {REF(members[845].name_ref, strings[12623]), REF(members[845].shape_ref, shapes[354]), offsetof(struct awsc_s3_list_bucket_metrics_configurations_output, is_truncated), offsetof(struct awsc_s3_list_bucket_metrics_configurations_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBucketMetricsConfigurationsOutput.IsTruncated: IsTruncated */
        [846] = {REF(members[846].name_ref, strings[16210]), REF(members[846].shape_ref, shapes[685]), offsetof(struct awsc_s3_list_bucket_metrics_configurations_output, continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBucketMetricsConfigurationsOutput.ContinuationToken: Token */
        [847] = {REF(members[847].name_ref, strings[16228]), REF(members[847].shape_ref, shapes[446]), offsetof(struct awsc_s3_list_bucket_metrics_configurations_output, next_continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBucketMetricsConfigurationsOutput.NextContinuationToken: NextToken */
        [848] = {REF(members[848].name_ref, strings[16714]), REF(members[848].shape_ref, shapes[433]), offsetof(struct awsc_s3_list_bucket_metrics_configurations_output, metrics_configuration_list), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBucketMetricsConfigurationsOutput.MetricsConfigurationList: MetricsConfigurationList */
        [849] = {REF(members[849].name_ref, strings[171]), REF(members[849].shape_ref, shapes[59]), offsetof(struct awsc_s3_list_bucket_metrics_configurations_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ListBucketMetricsConfigurationsRequest.Bucket: BucketName */
        [850] = {REF(members[850].name_ref, strings[16341]), REF(members[850].shape_ref, shapes[685]), offsetof(struct awsc_s3_list_bucket_metrics_configurations_input, continuation_token), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListBucketMetricsConfigurationsRequest.ContinuationToken: Token */
        [851] = {REF(members[851].name_ref, strings[233]), REF(members[851].shape_ref, shapes[14]), offsetof(struct awsc_s3_list_bucket_metrics_configurations_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListBucketMetricsConfigurationsRequest.ExpectedBucketOwner: AccountId */
        [852] = {REF(members[852].name_ref, strings[2488]), REF(members[852].shape_ref, shapes[64]), offsetof(struct awsc_s3_list_buckets_output, buckets), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBucketsOutput.Buckets: Buckets */
        [853] = {REF(members[853].name_ref, strings[426]), REF(members[853].shape_ref, shapes[498]), offsetof(struct awsc_s3_list_buckets_output, owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBucketsOutput.Owner: Owner */
        [854] = {REF(members[854].name_ref, strings[16210]), REF(members[854].shape_ref, shapes[446]), offsetof(struct awsc_s3_list_buckets_output, continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBucketsOutput.ContinuationToken: NextToken */
        [855] = {REF(members[855].name_ref, strings[664]), REF(members[855].shape_ref, shapes[516]), offsetof(struct awsc_s3_list_buckets_output, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBucketsOutput.Prefix: Prefix */
        [856] = {REF(members[856].name_ref, strings[16836]), REF(members[856].shape_ref, shapes[413]), offsetof(struct awsc_s3_list_buckets_input, max_buckets), offsetof(struct awsc_s3_list_buckets_input, has_max_buckets), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListBucketsRequest.MaxBuckets: MaxBuckets */
        [857] = {REF(members[857].name_ref, strings[16341]), REF(members[857].shape_ref, shapes[685]), offsetof(struct awsc_s3_list_buckets_input, continuation_token), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListBucketsRequest.ContinuationToken: Token */
        [858] = {REF(members[858].name_ref, strings[16859]), REF(members[858].shape_ref, shapes[516]), offsetof(struct awsc_s3_list_buckets_input, prefix), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListBucketsRequest.Prefix: Prefix */
        [859] = {REF(members[859].name_ref, strings[16873]), REF(members[859].shape_ref, shapes[61]), offsetof(struct awsc_s3_list_buckets_input, bucket_region), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListBucketsRequest.BucketRegion: BucketRegion */
        [860] = {REF(members[860].name_ref, strings[2488]), REF(members[860].shape_ref, shapes[64]), offsetof(struct awsc_s3_list_directory_buckets_output, buckets), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListDirectoryBucketsOutput.Buckets: Buckets */
        [861] = {REF(members[861].name_ref, strings[16210]), REF(members[861].shape_ref, shapes[180]), offsetof(struct awsc_s3_list_directory_buckets_output, continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListDirectoryBucketsOutput.ContinuationToken: DirectoryBucketToken */
        [862] = {REF(members[862].name_ref, strings[16341]), REF(members[862].shape_ref, shapes[180]), offsetof(struct awsc_s3_list_directory_buckets_input, continuation_token), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListDirectoryBucketsRequest.ContinuationToken: DirectoryBucketToken */
        [863] = {REF(members[863].name_ref, strings[16955]), REF(members[863].shape_ref, shapes[414]), offsetof(struct awsc_s3_list_directory_buckets_input, max_directory_buckets), offsetof(struct awsc_s3_list_directory_buckets_input, has_max_directory_buckets), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListDirectoryBucketsRequest.MaxDirectoryBuckets: MaxDirectoryBuckets */
        [864] = {REF(members[864].name_ref, strings[171]), REF(members[864].shape_ref, shapes[59]), offsetof(struct awsc_s3_list_multipart_uploads_output, bucket), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMultipartUploadsOutput.Bucket: BucketName */
        [865] = {REF(members[865].name_ref, strings[15757]), REF(members[865].shape_ref, shapes[363]), offsetof(struct awsc_s3_list_multipart_uploads_output, key_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMultipartUploadsOutput.KeyMarker: KeyMarker */
        [866] = {REF(members[866].name_ref, strings[17024]), REF(members[866].shape_ref, shapes[703]), offsetof(struct awsc_s3_list_multipart_uploads_output, upload_id_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMultipartUploadsOutput.UploadIdMarker: UploadIdMarker */
        [867] = {REF(members[867].name_ref, strings[17039]), REF(members[867].shape_ref, shapes[443]), offsetof(struct awsc_s3_list_multipart_uploads_output, next_key_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMultipartUploadsOutput.NextKeyMarker: NextKeyMarker */
        [868] = {REF(members[868].name_ref, strings[664]), REF(members[868].shape_ref, shapes[516]), offsetof(struct awsc_s3_list_multipart_uploads_output, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMultipartUploadsOutput.Prefix: Prefix */
        [869] = {REF(members[869].name_ref, strings[8805]), REF(members[869].shape_ref, shapes[176]), offsetof(struct awsc_s3_list_multipart_uploads_output, delimiter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMultipartUploadsOutput.Delimiter: Delimiter */
        [870] = {REF(members[870].name_ref, strings[17053]), REF(members[870].shape_ref, shapes[447]), offsetof(struct awsc_s3_list_multipart_uploads_output, next_upload_id_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMultipartUploadsOutput.NextUploadIdMarker: NextUploadIdMarker */
        [871] = {REF(members[871].name_ref, strings[17072]), REF(members[871].shape_ref, shapes[417]), offsetof(struct awsc_s3_list_multipart_uploads_output, max_uploads), offsetof(struct awsc_s3_list_multipart_uploads_output, has_max_uploads), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMultipartUploadsOutput.MaxUploads: MaxUploads */
        [872] = {REF(members[872].name_ref, strings[12623]), REF(members[872].shape_ref, shapes[354]), offsetof(struct awsc_s3_list_multipart_uploads_output, is_truncated), offsetof(struct awsc_s3_list_multipart_uploads_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMultipartUploadsOutput.IsTruncated: IsTruncated */
        [873] = {REF(members[873].name_ref, strings[17083]), REF(members[873].shape_ref, shapes[442]), offsetof(struct awsc_s3_list_multipart_uploads_output, uploads), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMultipartUploadsOutput.Uploads: MultipartUploadList */
        [874] = {REF(members[874].name_ref, strings[17098]), REF(members[874].shape_ref, shapes[97]), offsetof(struct awsc_s3_list_multipart_uploads_output, common_prefixes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMultipartUploadsOutput.CommonPrefixes: CommonPrefixList */
        [875] = {REF(members[875].name_ref, strings[9016]), REF(members[875].shape_ref, shapes[185]), offsetof(struct awsc_s3_list_multipart_uploads_output, encoding_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMultipartUploadsOutput.EncodingType: EncodingType */
        [876] = {REF(members[876].name_ref, strings[106]), REF(members[876].shape_ref, shapes[597]), offsetof(struct awsc_s3_list_multipart_uploads_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListMultipartUploadsOutput.RequestCharged: RequestCharged */
        [877] = {REF(members[877].name_ref, strings[171]), REF(members[877].shape_ref, shapes[59]), offsetof(struct awsc_s3_list_multipart_uploads_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ListMultipartUploadsRequest.Bucket: BucketName */
        [878] = {REF(members[878].name_ref, strings[17141]), REF(members[878].shape_ref, shapes[176]), offsetof(struct awsc_s3_list_multipart_uploads_input, delimiter), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListMultipartUploadsRequest.Delimiter: Delimiter */
        [879] = {REF(members[879].name_ref, strings[17161]), REF(members[879].shape_ref, shapes[185]), offsetof(struct awsc_s3_list_multipart_uploads_input, encoding_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListMultipartUploadsRequest.EncodingType: EncodingType */
        [880] = {REF(members[880].name_ref, strings[17188]), REF(members[880].shape_ref, shapes[363]), offsetof(struct awsc_s3_list_multipart_uploads_input, key_marker), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListMultipartUploadsRequest.KeyMarker: KeyMarker */
        [881] = {REF(members[881].name_ref, strings[17209]), REF(members[881].shape_ref, shapes[417]), offsetof(struct awsc_s3_list_multipart_uploads_input, max_uploads), offsetof(struct awsc_s3_list_multipart_uploads_input, has_max_uploads), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListMultipartUploadsRequest.MaxUploads: MaxUploads */
        [882] = {REF(members[882].name_ref, strings[16859]), REF(members[882].shape_ref, shapes[516]), offsetof(struct awsc_s3_list_multipart_uploads_input, prefix), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListMultipartUploadsRequest.Prefix: Prefix */
        [883] = {REF(members[883].name_ref, strings[17232]), REF(members[883].shape_ref, shapes[703]), offsetof(struct awsc_s3_list_multipart_uploads_input, upload_id_marker), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListMultipartUploadsRequest.UploadIdMarker: UploadIdMarker */
        [884] = {REF(members[884].name_ref, strings[233]), REF(members[884].shape_ref, shapes[14]), offsetof(struct awsc_s3_list_multipart_uploads_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListMultipartUploadsRequest.ExpectedBucketOwner: AccountId */
        [885] = {REF(members[885].name_ref, strings[200]), REF(members[885].shape_ref, shapes[598]), offsetof(struct awsc_s3_list_multipart_uploads_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListMultipartUploadsRequest.RequestPayer: RequestPayer */
        [886] = {REF(members[886].name_ref, strings[17292]), REF(members[886].shape_ref, shapes[35]), offsetof(struct awsc_s3_list_object_annotations_output, annotations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectAnnotationsOutput.Annotations: AnnotationList */
        [887] = {REF(members[887].name_ref, strings[171]), REF(members[887].shape_ref, shapes[59]), offsetof(struct awsc_s3_list_object_annotations_output, bucket), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectAnnotationsOutput.Bucket: BucketName */
        [888] = {REF(members[888].name_ref, strings[178]), REF(members[888].shape_ref, shapes[470]), offsetof(struct awsc_s3_list_object_annotations_output, key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectAnnotationsOutput.Key: ObjectKey */
        [889] = {REF(members[889].name_ref, strings[8190]), REF(members[889].shape_ref, shapes[491]), offsetof(struct awsc_s3_list_object_annotations_output, object_version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListObjectAnnotationsOutput.ObjectVersionId: ObjectVersionId */
        [890] = {REF(members[890].name_ref, strings[1192]), REF(members[890].shape_ref, shapes[39]), offsetof(struct awsc_s3_list_object_annotations_output, annotation_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectAnnotationsOutput.AnnotationPrefix: AnnotationPrefix */
        [891] = {REF(members[891].name_ref, strings[17304]), REF(members[891].shape_ref, shapes[412]), offsetof(struct awsc_s3_list_object_annotations_output, max_annotation_results), offsetof(struct awsc_s3_list_object_annotations_output, has_max_annotation_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectAnnotationsOutput.MaxAnnotationResults: MaxAnnotationResults */
        [892] = {REF(members[892].name_ref, strings[974]), REF(members[892].shape_ref, shapes[31]), offsetof(struct awsc_s3_list_object_annotations_output, annotation_count), offsetof(struct awsc_s3_list_object_annotations_output, has_annotation_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectAnnotationsOutput.AnnotationCount: AnnotationCount */
        [893] = {REF(members[893].name_ref, strings[16210]), REF(members[893].shape_ref, shapes[685]), offsetof(struct awsc_s3_list_object_annotations_output, continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectAnnotationsOutput.ContinuationToken: Token */
        [894] = {REF(members[894].name_ref, strings[16228]), REF(members[894].shape_ref, shapes[446]), offsetof(struct awsc_s3_list_object_annotations_output, next_continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectAnnotationsOutput.NextContinuationToken: NextToken */
        [895] = {REF(members[895].name_ref, strings[106]), REF(members[895].shape_ref, shapes[597]), offsetof(struct awsc_s3_list_object_annotations_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListObjectAnnotationsOutput.RequestCharged: RequestCharged */
        [896] = {REF(members[896].name_ref, strings[171]), REF(members[896].shape_ref, shapes[59]), offsetof(struct awsc_s3_list_object_annotations_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ListObjectAnnotationsRequest.Bucket: BucketName */
        [897] = {REF(members[897].name_ref, strings[178]), REF(members[897].shape_ref, shapes[470]), offsetof(struct awsc_s3_list_object_annotations_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ListObjectAnnotationsRequest.Key: ObjectKey */
        [898] = {REF(members[898].name_ref, strings[8290]), REF(members[898].shape_ref, shapes[491]), offsetof(struct awsc_s3_list_object_annotations_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListObjectAnnotationsRequest.VersionId: ObjectVersionId */
        [899] = {REF(members[899].name_ref, strings[17354]), REF(members[899].shape_ref, shapes[412]), offsetof(struct awsc_s3_list_object_annotations_input, max_annotation_results), offsetof(struct awsc_s3_list_object_annotations_input, has_max_annotation_results), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListObjectAnnotationsRequest.MaxAnnotationResults: MaxAnnotationResults */
        [900] = {REF(members[900].name_ref, strings[17398]), REF(members[900].shape_ref, shapes[39]), offsetof(struct awsc_s3_list_object_annotations_input, annotation_prefix), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListObjectAnnotationsRequest.AnnotationPrefix: AnnotationPrefix */
        [901] = {REF(members[901].name_ref, strings[16341]), REF(members[901].shape_ref, shapes[685]), offsetof(struct awsc_s3_list_object_annotations_input, continuation_token), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListObjectAnnotationsRequest.ContinuationToken: Token */
        [902] = {REF(members[902].name_ref, strings[200]), REF(members[902].shape_ref, shapes[598]), offsetof(struct awsc_s3_list_object_annotations_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListObjectAnnotationsRequest.RequestPayer: RequestPayer */
        [903] = {REF(members[903].name_ref, strings[233]), REF(members[903].shape_ref, shapes[14]), offsetof(struct awsc_s3_list_object_annotations_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListObjectAnnotationsRequest.ExpectedBucketOwner: AccountId */
        [904] = {REF(members[904].name_ref, strings[12623]), REF(members[904].shape_ref, shapes[354]), offsetof(struct awsc_s3_list_object_versions_output, is_truncated), offsetof(struct awsc_s3_list_object_versions_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectVersionsOutput.IsTruncated: IsTruncated */
        [905] = {REF(members[905].name_ref, strings[15757]), REF(members[905].shape_ref, shapes[363]), offsetof(struct awsc_s3_list_object_versions_output, key_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectVersionsOutput.KeyMarker: KeyMarker */
        [906] = {REF(members[906].name_ref, strings[17458]), REF(members[906].shape_ref, shapes[711]), offsetof(struct awsc_s3_list_object_versions_output, version_id_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectVersionsOutput.VersionIdMarker: VersionIdMarker */
        [907] = {REF(members[907].name_ref, strings[17039]), REF(members[907].shape_ref, shapes[443]), offsetof(struct awsc_s3_list_object_versions_output, next_key_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectVersionsOutput.NextKeyMarker: NextKeyMarker */
        [908] = {REF(members[908].name_ref, strings[17474]), REF(members[908].shape_ref, shapes[448]), offsetof(struct awsc_s3_list_object_versions_output, next_version_id_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectVersionsOutput.NextVersionIdMarker: NextVersionIdMarker */
        [909] = {REF(members[909].name_ref, strings[17494]), REF(members[909].shape_ref, shapes[492]), offsetof(struct awsc_s3_list_object_versions_output, versions), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectVersionsOutput.Versions: ObjectVersionList */
        [910] = {REF(members[910].name_ref, strings[17511]), REF(members[910].shape_ref, shapes[164]), offsetof(struct awsc_s3_list_object_versions_output, delete_markers), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectVersionsOutput.DeleteMarkers: DeleteMarkers */
        [911] = {REF(members[911].name_ref, strings[1486]), REF(members[911].shape_ref, shapes[59]), offsetof(struct awsc_s3_list_object_versions_output, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectVersionsOutput.Name: BucketName */
        [912] = {REF(members[912].name_ref, strings[664]), REF(members[912].shape_ref, shapes[516]), offsetof(struct awsc_s3_list_object_versions_output, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectVersionsOutput.Prefix: Prefix */
        [913] = {REF(members[913].name_ref, strings[8805]), REF(members[913].shape_ref, shapes[176]), offsetof(struct awsc_s3_list_object_versions_output, delimiter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectVersionsOutput.Delimiter: Delimiter */
        [914] = {REF(members[914].name_ref, strings[17538]), REF(members[914].shape_ref, shapes[415]), offsetof(struct awsc_s3_list_object_versions_output, max_keys), offsetof(struct awsc_s3_list_object_versions_output, has_max_keys), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectVersionsOutput.MaxKeys: MaxKeys */
        [915] = {REF(members[915].name_ref, strings[17098]), REF(members[915].shape_ref, shapes[97]), offsetof(struct awsc_s3_list_object_versions_output, common_prefixes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectVersionsOutput.CommonPrefixes: CommonPrefixList */
        [916] = {REF(members[916].name_ref, strings[9016]), REF(members[916].shape_ref, shapes[185]), offsetof(struct awsc_s3_list_object_versions_output, encoding_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectVersionsOutput.EncodingType: EncodingType */
        [917] = {REF(members[917].name_ref, strings[106]), REF(members[917].shape_ref, shapes[597]), offsetof(struct awsc_s3_list_object_versions_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListObjectVersionsOutput.RequestCharged: RequestCharged */
        [918] = {REF(members[918].name_ref, strings[171]), REF(members[918].shape_ref, shapes[59]), offsetof(struct awsc_s3_list_object_versions_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ListObjectVersionsRequest.Bucket: BucketName */
        [919] = {REF(members[919].name_ref, strings[17141]), REF(members[919].shape_ref, shapes[176]), offsetof(struct awsc_s3_list_object_versions_input, delimiter), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListObjectVersionsRequest.Delimiter: Delimiter */
        [920] = {REF(members[920].name_ref, strings[17161]), REF(members[920].shape_ref, shapes[185]), offsetof(struct awsc_s3_list_object_versions_input, encoding_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListObjectVersionsRequest.EncodingType: EncodingType */
        [921] = {REF(members[921].name_ref, strings[17188]), REF(members[921].shape_ref, shapes[363]), offsetof(struct awsc_s3_list_object_versions_input, key_marker), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListObjectVersionsRequest.KeyMarker: KeyMarker */
        [922] = {REF(members[922].name_ref, strings[17572]), REF(members[922].shape_ref, shapes[415]), offsetof(struct awsc_s3_list_object_versions_input, max_keys), offsetof(struct awsc_s3_list_object_versions_input, has_max_keys), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListObjectVersionsRequest.MaxKeys: MaxKeys */
        [923] = {REF(members[923].name_ref, strings[16859]), REF(members[923].shape_ref, shapes[516]), offsetof(struct awsc_s3_list_object_versions_input, prefix), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListObjectVersionsRequest.Prefix: Prefix */
        [924] = {REF(members[924].name_ref, strings[17589]), REF(members[924].shape_ref, shapes[711]), offsetof(struct awsc_s3_list_object_versions_input, version_id_marker), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListObjectVersionsRequest.VersionIdMarker: VersionIdMarker */
        [925] = {REF(members[925].name_ref, strings[233]), REF(members[925].shape_ref, shapes[14]), offsetof(struct awsc_s3_list_object_versions_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListObjectVersionsRequest.ExpectedBucketOwner: AccountId */
        [926] = {REF(members[926].name_ref, strings[200]), REF(members[926].shape_ref, shapes[598]), offsetof(struct awsc_s3_list_object_versions_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListObjectVersionsRequest.RequestPayer: RequestPayer */
        [927] = {REF(members[927].name_ref, strings[17623]), REF(members[927].shape_ref, shapes[495]), offsetof(struct awsc_s3_list_object_versions_input, optional_object_attributes), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListObjectVersionsRequest.OptionalObjectAttributes: OptionalObjectAttributesList */
        [928] = {REF(members[928].name_ref, strings[12623]), REF(members[928].shape_ref, shapes[354]), offsetof(struct awsc_s3_list_objects_output, is_truncated), offsetof(struct awsc_s3_list_objects_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectsOutput.IsTruncated: IsTruncated */
        [929] = {REF(members[929].name_ref, strings[17699]), REF(members[929].shape_ref, shapes[410]), offsetof(struct awsc_s3_list_objects_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectsOutput.Marker: Marker */
        [930] = {REF(members[930].name_ref, strings[17706]), REF(members[930].shape_ref, shapes[444]), offsetof(struct awsc_s3_list_objects_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectsOutput.NextMarker: NextMarker */
        [931] = {REF(members[931].name_ref, strings[17717]), REF(members[931].shape_ref, shapes[471]), offsetof(struct awsc_s3_list_objects_output, contents), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectsOutput.Contents: ObjectList */
        [932] = {REF(members[932].name_ref, strings[1486]), REF(members[932].shape_ref, shapes[59]), offsetof(struct awsc_s3_list_objects_output, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectsOutput.Name: BucketName */
        [933] = {REF(members[933].name_ref, strings[664]), REF(members[933].shape_ref, shapes[516]), offsetof(struct awsc_s3_list_objects_output, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectsOutput.Prefix: Prefix */
        [934] = {REF(members[934].name_ref, strings[8805]), REF(members[934].shape_ref, shapes[176]), offsetof(struct awsc_s3_list_objects_output, delimiter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectsOutput.Delimiter: Delimiter */
        [935] = {REF(members[935].name_ref, strings[17538]), REF(members[935].shape_ref, shapes[415]), offsetof(struct awsc_s3_list_objects_output, max_keys), offsetof(struct awsc_s3_list_objects_output, has_max_keys), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectsOutput.MaxKeys: MaxKeys */
        [936] = {REF(members[936].name_ref, strings[17098]), REF(members[936].shape_ref, shapes[97]), offsetof(struct awsc_s3_list_objects_output, common_prefixes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectsOutput.CommonPrefixes: CommonPrefixList */
        [937] = {REF(members[937].name_ref, strings[9016]), REF(members[937].shape_ref, shapes[185]), offsetof(struct awsc_s3_list_objects_output, encoding_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectsOutput.EncodingType: EncodingType */
        [938] = {REF(members[938].name_ref, strings[106]), REF(members[938].shape_ref, shapes[597]), offsetof(struct awsc_s3_list_objects_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListObjectsOutput.RequestCharged: RequestCharged */
        [939] = {REF(members[939].name_ref, strings[171]), REF(members[939].shape_ref, shapes[59]), offsetof(struct awsc_s3_list_objects_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ListObjectsRequest.Bucket: BucketName */
        [940] = {REF(members[940].name_ref, strings[17141]), REF(members[940].shape_ref, shapes[176]), offsetof(struct awsc_s3_list_objects_input, delimiter), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListObjectsRequest.Delimiter: Delimiter */
        [941] = {REF(members[941].name_ref, strings[17161]), REF(members[941].shape_ref, shapes[185]), offsetof(struct awsc_s3_list_objects_input, encoding_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListObjectsRequest.EncodingType: EncodingType */
        [942] = {REF(members[942].name_ref, strings[17745]), REF(members[942].shape_ref, shapes[410]), offsetof(struct awsc_s3_list_objects_input, marker), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListObjectsRequest.Marker: Marker */
        [943] = {REF(members[943].name_ref, strings[17572]), REF(members[943].shape_ref, shapes[415]), offsetof(struct awsc_s3_list_objects_input, max_keys), offsetof(struct awsc_s3_list_objects_input, has_max_keys), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListObjectsRequest.MaxKeys: MaxKeys */
        [944] = {REF(members[944].name_ref, strings[16859]), REF(members[944].shape_ref, shapes[516]), offsetof(struct awsc_s3_list_objects_input, prefix), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListObjectsRequest.Prefix: Prefix */
        [945] = {REF(members[945].name_ref, strings[200]), REF(members[945].shape_ref, shapes[598]), offsetof(struct awsc_s3_list_objects_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListObjectsRequest.RequestPayer: RequestPayer */
        [946] = {REF(members[946].name_ref, strings[233]), REF(members[946].shape_ref, shapes[14]), offsetof(struct awsc_s3_list_objects_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListObjectsRequest.ExpectedBucketOwner: AccountId */
        [947] = {REF(members[947].name_ref, strings[17623]), REF(members[947].shape_ref, shapes[495]), offsetof(struct awsc_s3_list_objects_input, optional_object_attributes), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListObjectsRequest.OptionalObjectAttributes: OptionalObjectAttributesList */
        [948] = {REF(members[948].name_ref, strings[12623]), REF(members[948].shape_ref, shapes[354]), offsetof(struct awsc_s3_list_objects_v2_output, is_truncated), offsetof(struct awsc_s3_list_objects_v2_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectsV2Output.IsTruncated: IsTruncated */
        [949] = {REF(members[949].name_ref, strings[17717]), REF(members[949].shape_ref, shapes[471]), offsetof(struct awsc_s3_list_objects_v2_output, contents), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectsV2Output.Contents: ObjectList */
        [950] = {REF(members[950].name_ref, strings[1486]), REF(members[950].shape_ref, shapes[59]), offsetof(struct awsc_s3_list_objects_v2_output, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectsV2Output.Name: BucketName */
        [951] = {REF(members[951].name_ref, strings[664]), REF(members[951].shape_ref, shapes[516]), offsetof(struct awsc_s3_list_objects_v2_output, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectsV2Output.Prefix: Prefix */
        [952] = {REF(members[952].name_ref, strings[8805]), REF(members[952].shape_ref, shapes[176]), offsetof(struct awsc_s3_list_objects_v2_output, delimiter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectsV2Output.Delimiter: Delimiter */
        [953] = {REF(members[953].name_ref, strings[17538]), REF(members[953].shape_ref, shapes[415]), offsetof(struct awsc_s3_list_objects_v2_output, max_keys), offsetof(struct awsc_s3_list_objects_v2_output, has_max_keys), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectsV2Output.MaxKeys: MaxKeys */
        [954] = {REF(members[954].name_ref, strings[17098]), REF(members[954].shape_ref, shapes[97]), offsetof(struct awsc_s3_list_objects_v2_output, common_prefixes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectsV2Output.CommonPrefixes: CommonPrefixList */
        [955] = {REF(members[955].name_ref, strings[9016]), REF(members[955].shape_ref, shapes[185]), offsetof(struct awsc_s3_list_objects_v2_output, encoding_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectsV2Output.EncodingType: EncodingType */
        [956] = {REF(members[956].name_ref, strings[15748]), REF(members[956].shape_ref, shapes[362]), offsetof(struct awsc_s3_list_objects_v2_output, key_count), offsetof(struct awsc_s3_list_objects_v2_output, has_key_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectsV2Output.KeyCount: KeyCount */
        [957] = {REF(members[957].name_ref, strings[16210]), REF(members[957].shape_ref, shapes[685]), offsetof(struct awsc_s3_list_objects_v2_output, continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectsV2Output.ContinuationToken: Token */
        [958] = {REF(members[958].name_ref, strings[16228]), REF(members[958].shape_ref, shapes[446]), offsetof(struct awsc_s3_list_objects_v2_output, next_continuation_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectsV2Output.NextContinuationToken: NextToken */
        [959] = {REF(members[959].name_ref, strings[17779]), REF(members[959].shape_ref, shapes[662]), offsetof(struct awsc_s3_list_objects_v2_output, start_after), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListObjectsV2Output.StartAfter: StartAfter */
        [960] = {REF(members[960].name_ref, strings[106]), REF(members[960].shape_ref, shapes[597]), offsetof(struct awsc_s3_list_objects_v2_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListObjectsV2Output.RequestCharged: RequestCharged */
        [961] = {REF(members[961].name_ref, strings[171]), REF(members[961].shape_ref, shapes[59]), offsetof(struct awsc_s3_list_objects_v2_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ListObjectsV2Request.Bucket: BucketName */
        [962] = {REF(members[962].name_ref, strings[17141]), REF(members[962].shape_ref, shapes[176]), offsetof(struct awsc_s3_list_objects_v2_input, delimiter), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListObjectsV2Request.Delimiter: Delimiter */
        [963] = {REF(members[963].name_ref, strings[17161]), REF(members[963].shape_ref, shapes[185]), offsetof(struct awsc_s3_list_objects_v2_input, encoding_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListObjectsV2Request.EncodingType: EncodingType */
        [964] = {REF(members[964].name_ref, strings[17572]), REF(members[964].shape_ref, shapes[415]), offsetof(struct awsc_s3_list_objects_v2_input, max_keys), offsetof(struct awsc_s3_list_objects_v2_input, has_max_keys), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListObjectsV2Request.MaxKeys: MaxKeys */
        [965] = {REF(members[965].name_ref, strings[16859]), REF(members[965].shape_ref, shapes[516]), offsetof(struct awsc_s3_list_objects_v2_input, prefix), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListObjectsV2Request.Prefix: Prefix */
        [966] = {REF(members[966].name_ref, strings[16341]), REF(members[966].shape_ref, shapes[685]), offsetof(struct awsc_s3_list_objects_v2_input, continuation_token), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListObjectsV2Request.ContinuationToken: Token */
        [967] = {REF(members[967].name_ref, strings[17811]), REF(members[967].shape_ref, shapes[213]), offsetof(struct awsc_s3_list_objects_v2_input, fetch_owner), offsetof(struct awsc_s3_list_objects_v2_input, has_fetch_owner), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListObjectsV2Request.FetchOwner: FetchOwner */
        [968] = {REF(members[968].name_ref, strings[17834]), REF(members[968].shape_ref, shapes[662]), offsetof(struct awsc_s3_list_objects_v2_input, start_after), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListObjectsV2Request.StartAfter: StartAfter */
        [969] = {REF(members[969].name_ref, strings[200]), REF(members[969].shape_ref, shapes[598]), offsetof(struct awsc_s3_list_objects_v2_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListObjectsV2Request.RequestPayer: RequestPayer */
        [970] = {REF(members[970].name_ref, strings[233]), REF(members[970].shape_ref, shapes[14]), offsetof(struct awsc_s3_list_objects_v2_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListObjectsV2Request.ExpectedBucketOwner: AccountId */
        [971] = {REF(members[971].name_ref, strings[17623]), REF(members[971].shape_ref, shapes[495]), offsetof(struct awsc_s3_list_objects_v2_input, optional_object_attributes), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListObjectsV2Request.OptionalObjectAttributes: OptionalObjectAttributesList */
        [972] = {REF(members[972].name_ref, strings[7209]), REF(members[972].shape_ref, shapes[1]), offsetof(struct awsc_s3_list_parts_output, abort_date), offsetof(struct awsc_s3_list_parts_output, has_abort_date), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListPartsOutput.AbortDate: AbortDate */
        [973] = {REF(members[973].name_ref, strings[7236]), REF(members[973].shape_ref, shapes[5]), offsetof(struct awsc_s3_list_parts_output, abort_rule_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListPartsOutput.AbortRuleId: AbortRuleId */
        [974] = {REF(members[974].name_ref, strings[171]), REF(members[974].shape_ref, shapes[59]), offsetof(struct awsc_s3_list_parts_output, bucket), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPartsOutput.Bucket: BucketName */
        [975] = {REF(members[975].name_ref, strings[178]), REF(members[975].shape_ref, shapes[470]), offsetof(struct awsc_s3_list_parts_output, key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPartsOutput.Key: ObjectKey */
        [976] = {REF(members[976].name_ref, strings[7268]), REF(members[976].shape_ref, shapes[441]), offsetof(struct awsc_s3_list_parts_output, upload_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPartsOutput.UploadId: MultipartUploadId */
        [977] = {REF(members[977].name_ref, strings[12576]), REF(members[977].shape_ref, shapes[506]), offsetof(struct awsc_s3_list_parts_output, part_number_marker), offsetof(struct awsc_s3_list_parts_output, has_part_number_marker), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPartsOutput.PartNumberMarker: PartNumberMarker */
        [978] = {REF(members[978].name_ref, strings[12593]), REF(members[978].shape_ref, shapes[445]), offsetof(struct awsc_s3_list_parts_output, next_part_number_marker), offsetof(struct awsc_s3_list_parts_output, has_next_part_number_marker), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPartsOutput.NextPartNumberMarker: NextPartNumberMarker */
        [979] = {REF(members[979].name_ref, strings[12614]), REF(members[979].shape_ref, shapes[416]), offsetof(struct awsc_s3_list_parts_output, max_parts), offsetof(struct awsc_s3_list_parts_output, has_max_parts), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPartsOutput.MaxParts: MaxParts */
        [980] = {REF(members[980].name_ref, strings[12623]), REF(members[980].shape_ref, shapes[354]), offsetof(struct awsc_s3_list_parts_output, is_truncated), offsetof(struct awsc_s3_list_parts_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPartsOutput.IsTruncated: IsTruncated */
        [981] = {REF(members[981].name_ref, strings[4444]), REF(members[981].shape_ref, shapes[509]), offsetof(struct awsc_s3_list_parts_output, parts), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPartsOutput.Parts: Parts */
        [982] = {REF(members[982].name_ref, strings[14409]), REF(members[982].shape_ref, shapes[318]), offsetof(struct awsc_s3_list_parts_output, initiator), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPartsOutput.Initiator: Initiator */
        [983] = {REF(members[983].name_ref, strings[426]), REF(members[983].shape_ref, shapes[498]), offsetof(struct awsc_s3_list_parts_output, owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPartsOutput.Owner: Owner */
        [984] = {REF(members[984].name_ref, strings[8847]), REF(members[984].shape_ref, shapes[665]), offsetof(struct awsc_s3_list_parts_output, storage_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPartsOutput.StorageClass: StorageClass */
        [985] = {REF(members[985].name_ref, strings[106]), REF(members[985].shape_ref, shapes[597]), offsetof(struct awsc_s3_list_parts_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListPartsOutput.RequestCharged: RequestCharged */
        [986] = {REF(members[986].name_ref, strings[1072]), REF(members[986].shape_ref, shapes[76]), offsetof(struct awsc_s3_list_parts_output, checksum_algorithm), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPartsOutput.ChecksumAlgorithm: ChecksumAlgorithm */
        [987] = {REF(members[987].name_ref, strings[3048]), REF(members[987].shape_ref, shapes[86]), offsetof(struct awsc_s3_list_parts_output, checksum_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPartsOutput.ChecksumType: ChecksumType */
        [988] = {REF(members[988].name_ref, strings[171]), REF(members[988].shape_ref, shapes[59]), offsetof(struct awsc_s3_list_parts_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ListPartsRequest.Bucket: BucketName */
        [989] = {REF(members[989].name_ref, strings[178]), REF(members[989].shape_ref, shapes[470]), offsetof(struct awsc_s3_list_parts_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ListPartsRequest.Key: ObjectKey */
        [990] = {REF(members[990].name_ref, strings[17890]), REF(members[990].shape_ref, shapes[416]), offsetof(struct awsc_s3_list_parts_input, max_parts), offsetof(struct awsc_s3_list_parts_input, has_max_parts), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListPartsRequest.MaxParts: MaxParts */
        [991] = {REF(members[991].name_ref, strings[17909]), REF(members[991].shape_ref, shapes[506]), offsetof(struct awsc_s3_list_parts_input, part_number_marker), offsetof(struct awsc_s3_list_parts_input, has_part_number_marker), AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListPartsRequest.PartNumberMarker: PartNumberMarker */
        [992] = {REF(members[992].name_ref, strings[182]), REF(members[992].shape_ref, shapes[441]), offsetof(struct awsc_s3_list_parts_input, upload_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListPartsRequest.UploadId: MultipartUploadId */
        [993] = {REF(members[993].name_ref, strings[200]), REF(members[993].shape_ref, shapes[598]), offsetof(struct awsc_s3_list_parts_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListPartsRequest.RequestPayer: RequestPayer */
        [994] = {REF(members[994].name_ref, strings[233]), REF(members[994].shape_ref, shapes[14]), offsetof(struct awsc_s3_list_parts_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListPartsRequest.ExpectedBucketOwner: AccountId */
        [995] = {REF(members[995].name_ref, strings[4213]), REF(members[995].shape_ref, shapes[632]), offsetof(struct awsc_s3_list_parts_input, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListPartsRequest.SSECustomerAlgorithm: SSECustomerAlgorithm */
        [996] = {REF(members[996].name_ref, strings[4282]), REF(members[996].shape_ref, shapes[633]), offsetof(struct awsc_s3_list_parts_input, sse_customer_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListPartsRequest.SSECustomerKey: SSECustomerKey */
        [997] = {REF(members[997].name_ref, strings[4339]), REF(members[997].shape_ref, shapes[634]), offsetof(struct awsc_s3_list_parts_input, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* ListPartsRequest.SSECustomerKeyMD5: SSECustomerKeyMD5 */
        [998] = {REF(members[998].name_ref, strings[1745]), REF(members[998].shape_ref, shapes[405]), offsetof(struct awsc_s3_location_info, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LocationInfo.Type: LocationType */
        [999] = {REF(members[999].name_ref, strings[1486]), REF(members[999].shape_ref, shapes[403]), offsetof(struct awsc_s3_location_info, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LocationInfo.Name: LocationNameAsString */
        [1000] = {REF(members[1000].name_ref, strings[18034]), REF(members[1000].shape_ref, shapes[677]), offsetof(struct awsc_s3_logging_enabled, target_bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LoggingEnabled.TargetBucket: TargetBucket */
        [1001] = {REF(members[1001].name_ref, strings[18047]), REF(members[1001].shape_ref, shapes[679]), offsetof(struct awsc_s3_logging_enabled, target_grants), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LoggingEnabled.TargetGrants: TargetGrants */
        [1002] = {REF(members[1002].name_ref, strings[18060]), REF(members[1002].shape_ref, shapes[681]), offsetof(struct awsc_s3_logging_enabled, target_prefix), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LoggingEnabled.TargetPrefix: TargetPrefix */
        [1003] = {REF(members[1003].name_ref, strings[18073]), REF(members[1003].shape_ref, shapes[680]), offsetof(struct awsc_s3_logging_enabled, target_object_key_format), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LoggingEnabled.TargetObjectKeyFormat: TargetObjectKeyFormat */
        [1004] = {REF(members[1004].name_ref, strings[15640]), REF(members[1004].shape_ref, shapes[358]), offsetof(struct awsc_s3_metadata_configuration, journal_table_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetadataConfiguration.JournalTableConfiguration: JournalTableConfiguration */
        [1005] = {REF(members[1005].name_ref, strings[15469]), REF(members[1005].shape_ref, shapes[347]), offsetof(struct awsc_s3_metadata_configuration, inventory_table_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetadataConfiguration.InventoryTableConfiguration: InventoryTableConfiguration */
        [1006] = {REF(members[1006].name_ref, strings[1209]), REF(members[1006].shape_ref, shapes[40]), offsetof(struct awsc_s3_metadata_configuration, annotation_table_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetadataConfiguration.AnnotationTableConfiguration: AnnotationTableConfiguration */
        [1007] = {REF(members[1007].name_ref, strings[8884]), REF(members[1007].shape_ref, shapes[179]), offsetof(struct awsc_s3_metadata_configuration_result, destination_result), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetadataConfigurationResult.DestinationResult: DestinationResult */
        [1008] = {REF(members[1008].name_ref, strings[15683]), REF(members[1008].shape_ref, shapes[359]), offsetof(struct awsc_s3_metadata_configuration_result, journal_table_configuration_result), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetadataConfigurationResult.JournalTableConfigurationResult: JournalTableConfigurationResult */
        [1009] = {REF(members[1009].name_ref, strings[15497]), REF(members[1009].shape_ref, shapes[348]), offsetof(struct awsc_s3_metadata_configuration_result, inventory_table_configuration_result), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetadataConfigurationResult.InventoryTableConfigurationResult: InventoryTableConfigurationResult */
        [1010] = {REF(members[1010].name_ref, strings[1286]), REF(members[1010].shape_ref, shapes[41]), offsetof(struct awsc_s3_metadata_configuration_result, annotation_table_configuration_result), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetadataConfigurationResult.AnnotationTableConfigurationResult: AnnotationTableConfigurationResult */
        [1011] = {REF(members[1011].name_ref, strings[1486]), REF(members[1011].shape_ref, shapes[424]), offsetof(struct awsc_s3_metadata_entry, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetadataEntry.Name: MetadataKey */
        [1012] = {REF(members[1012].name_ref, strings[10277]), REF(members[1012].shape_ref, shapes[429]), offsetof(struct awsc_s3_metadata_entry, value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetadataEntry.Value: MetadataValue */
        [1013] = {REF(members[1013].name_ref, strings[18222]), REF(members[1013].shape_ref, shapes[628]), offsetof(struct awsc_s3_metadata_table_configuration, s3_tables_destination), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetadataTableConfiguration.S3TablesDestination: S3TablesDestination */
        [1014] = {REF(members[1014].name_ref, strings[18242]), REF(members[1014].shape_ref, shapes[629]), offsetof(struct awsc_s3_metadata_table_configuration_result, s3_tables_destination_result), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetadataTableConfigurationResult.S3TablesDestinationResult: S3TablesDestinationResult */
        [1015] = {REF(members[1015].name_ref, strings[18305]), REF(members[1015].shape_ref, shapes[670]), offsetof(struct awsc_s3_metadata_table_encryption_configuration, sse_algorithm), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetadataTableEncryptionConfiguration.SseAlgorithm: TableSseAlgorithm */
        [1016] = {REF(members[1016].name_ref, strings[15767]), REF(members[1016].shape_ref, shapes[365]), offsetof(struct awsc_s3_metadata_table_encryption_configuration, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetadataTableEncryptionConfiguration.KmsKeyArn: KmsKeyArn */
        [1017] = {REF(members[1017].name_ref, strings[11]), REF(members[1017].shape_ref, shapes[436]), offsetof(struct awsc_s3_metrics, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Metrics.Status: MetricsStatus */
        [1018] = {REF(members[1018].name_ref, strings[18352]), REF(members[1018].shape_ref, shapes[596]), offsetof(struct awsc_s3_metrics, event_threshold), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Metrics.EventThreshold: ReplicationTimeValue */
        [1019] = {REF(members[1019].name_ref, strings[664]), REF(members[1019].shape_ref, shapes[516]), offsetof(struct awsc_s3_metrics_and_operator, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricsAndOperator.Prefix: Prefix */
        [1020] = {REF(members[1020].name_ref, strings[671]), REF(members[1020].shape_ref, shapes[673]), offsetof(struct awsc_s3_metrics_and_operator, tags), AWSC_NO_PRESENCE, AWSC_MF_FLATTENED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricsAndOperator.Tags: TagSet */
        [1021] = {REF(members[1021].name_ref, strings[504]), REF(members[1021].shape_ref, shapes[13]), offsetof(struct awsc_s3_metrics_and_operator, access_point_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricsAndOperator.AccessPointArn: AccessPointArn */
        [1022] = {REF(members[1022].name_ref, strings[703]), REF(members[1022].shape_ref, shapes[435]), offsetof(struct awsc_s3_metrics_configuration, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricsConfiguration.Id: MetricsId */
        [1023] = {REF(members[1023].name_ref, strings[706]), REF(members[1023].shape_ref, shapes[434]), offsetof(struct awsc_s3_metrics_configuration, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricsConfiguration.Filter: MetricsFilter */
        [1024] = {REF(members[1024].name_ref, strings[664]), REF(members[1024].shape_ref, shapes[516]), offsetof(struct awsc_s3_metrics_filter, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricsFilter.Prefix: Prefix */
        [1025] = {REF(members[1025].name_ref, strings[824]), REF(members[1025].shape_ref, shapes[671]), offsetof(struct awsc_s3_metrics_filter, tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricsFilter.Tag: Tag */
        [1026] = {REF(members[1026].name_ref, strings[504]), REF(members[1026].shape_ref, shapes[13]), offsetof(struct awsc_s3_metrics_filter, access_point_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricsFilter.AccessPointArn: AccessPointArn */
        [1027] = {REF(members[1027].name_ref, strings[828]), REF(members[1027].shape_ref, shapes[431]), offsetof(struct awsc_s3_metrics_filter, and_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricsFilter.And: MetricsAndOperator */
        [1028] = {REF(members[1028].name_ref, strings[7268]), REF(members[1028].shape_ref, shapes[441]), offsetof(struct awsc_s3_multipart_upload, upload_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MultipartUpload.UploadId: MultipartUploadId */
        [1029] = {REF(members[1029].name_ref, strings[178]), REF(members[1029].shape_ref, shapes[470]), offsetof(struct awsc_s3_multipart_upload, key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MultipartUpload.Key: ObjectKey */
        [1030] = {REF(members[1030].name_ref, strings[14399]), REF(members[1030].shape_ref, shapes[317]), offsetof(struct awsc_s3_multipart_upload, initiated), offsetof(struct awsc_s3_multipart_upload, has_initiated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MultipartUpload.Initiated: Initiated */
        [1031] = {REF(members[1031].name_ref, strings[8847]), REF(members[1031].shape_ref, shapes[665]), offsetof(struct awsc_s3_multipart_upload, storage_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MultipartUpload.StorageClass: StorageClass */
        [1032] = {REF(members[1032].name_ref, strings[426]), REF(members[1032].shape_ref, shapes[498]), offsetof(struct awsc_s3_multipart_upload, owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MultipartUpload.Owner: Owner */
        [1033] = {REF(members[1033].name_ref, strings[14409]), REF(members[1033].shape_ref, shapes[318]), offsetof(struct awsc_s3_multipart_upload, initiator), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MultipartUpload.Initiator: Initiator */
        [1034] = {REF(members[1034].name_ref, strings[1072]), REF(members[1034].shape_ref, shapes[76]), offsetof(struct awsc_s3_multipart_upload, checksum_algorithm), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MultipartUpload.ChecksumAlgorithm: ChecksumAlgorithm */
        [1035] = {REF(members[1035].name_ref, strings[3048]), REF(members[1035].shape_ref, shapes[86]), offsetof(struct awsc_s3_multipart_upload, checksum_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MultipartUpload.ChecksumType: ChecksumType */
        [1036] = {REF(members[1036].name_ref, strings[18608]), REF(members[1036].shape_ref, shapes[140]), offsetof(struct awsc_s3_noncurrent_version_expiration, noncurrent_days), offsetof(struct awsc_s3_noncurrent_version_expiration, has_noncurrent_days), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* NoncurrentVersionExpiration.NoncurrentDays: Days */
        [1037] = {REF(members[1037].name_ref, strings[18623]), REF(members[1037].shape_ref, shapes[710]), offsetof(struct awsc_s3_noncurrent_version_expiration, newer_noncurrent_versions), offsetof(struct awsc_s3_noncurrent_version_expiration, has_newer_noncurrent_versions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* NoncurrentVersionExpiration.NewerNoncurrentVersions: VersionCount */
        [1038] = {REF(members[1038].name_ref, strings[18608]), REF(members[1038].shape_ref, shapes[140]), offsetof(struct awsc_s3_noncurrent_version_transition, noncurrent_days), offsetof(struct awsc_s3_noncurrent_version_transition, has_noncurrent_days), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* NoncurrentVersionTransition.NoncurrentDays: Days */
        [1039] = {REF(members[1039].name_ref, strings[8847]), REF(members[1039].shape_ref, shapes[694]), offsetof(struct awsc_s3_noncurrent_version_transition, storage_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* NoncurrentVersionTransition.StorageClass: TransitionStorageClass */
        [1040] = {REF(members[1040].name_ref, strings[18623]), REF(members[1040].shape_ref, shapes[710]), offsetof(struct awsc_s3_noncurrent_version_transition, newer_noncurrent_versions), offsetof(struct awsc_s3_noncurrent_version_transition, has_newer_noncurrent_versions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* NoncurrentVersionTransition.NewerNoncurrentVersions: VersionCount */
        [1041] = {REF(members[1041].name_ref, strings[18733]), REF(members[1041].shape_ref, shapes[690]), offsetof(struct awsc_s3_notification_configuration, topic_configurations), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* NotificationConfiguration.TopicConfigurations: TopicConfigurationList */
        [1042] = {REF(members[1042].name_ref, strings[18772]), REF(members[1042].shape_ref, shapes[562]), offsetof(struct awsc_s3_notification_configuration, queue_configurations), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* NotificationConfiguration.QueueConfigurations: QueueConfigurationList */
        [1043] = {REF(members[1043].name_ref, strings[18811]), REF(members[1043].shape_ref, shapes[368]), offsetof(struct awsc_s3_notification_configuration, lambda_function_configurations), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* NotificationConfiguration.LambdaFunctionConfigurations: LambdaFunctionConfigurationList */
        [1044] = {REF(members[1044].name_ref, strings[10019]), REF(members[1044].shape_ref, shapes[200]), offsetof(struct awsc_s3_notification_configuration, event_bridge_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* NotificationConfiguration.EventBridgeConfiguration: EventBridgeConfiguration */
        [1045] = {REF(members[1045].name_ref, strings[18903]), REF(members[1045].shape_ref, shapes[689]), offsetof(struct awsc_s3_notification_configuration_deprecated, topic_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* NotificationConfigurationDeprecated.TopicConfiguration: TopicConfigurationDeprecated */
        [1046] = {REF(members[1046].name_ref, strings[18922]), REF(members[1046].shape_ref, shapes[561]), offsetof(struct awsc_s3_notification_configuration_deprecated, queue_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* NotificationConfigurationDeprecated.QueueConfiguration: QueueConfigurationDeprecated */
        [1047] = {REF(members[1047].name_ref, strings[3225]), REF(members[1047].shape_ref, shapes[92]), offsetof(struct awsc_s3_notification_configuration_deprecated, cloud_function_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* NotificationConfigurationDeprecated.CloudFunctionConfiguration: CloudFunctionConfiguration */
        [1048] = {REF(members[1048].name_ref, strings[18973]), REF(members[1048].shape_ref, shapes[622]), offsetof(struct awsc_s3_notification_configuration_filter, key), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* NotificationConfigurationFilter.Key: S3KeyFilter */
        [1049] = {REF(members[1049].name_ref, strings[178]), REF(members[1049].shape_ref, shapes[470]), offsetof(struct awsc_s3_object, key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Object.Key: ObjectKey */
        [1050] = {REF(members[1050].name_ref, strings[1054]), REF(members[1050].shape_ref, shapes[369]), offsetof(struct awsc_s3_object, last_modified), offsetof(struct awsc_s3_object, has_last_modified), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Object.LastModified: LastModified */
        [1051] = {REF(members[1051].name_ref, strings[1067]), REF(members[1051].shape_ref, shapes[182]), offsetof(struct awsc_s3_object, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Object.ETag: ETag */
        [1052] = {REF(members[1052].name_ref, strings[1072]), REF(members[1052].shape_ref, shapes[77]), offsetof(struct awsc_s3_object, checksum_algorithm), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Object.ChecksumAlgorithm: ChecksumAlgorithmList */
        [1053] = {REF(members[1053].name_ref, strings[3048]), REF(members[1053].shape_ref, shapes[86]), offsetof(struct awsc_s3_object, checksum_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Object.ChecksumType: ChecksumType */
        [1054] = {REF(members[1054].name_ref, strings[1090]), REF(members[1054].shape_ref, shapes[656]), offsetof(struct awsc_s3_object, size), offsetof(struct awsc_s3_object, has_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Object.Size: Size */
        [1055] = {REF(members[1055].name_ref, strings[8847]), REF(members[1055].shape_ref, shapes[489]), offsetof(struct awsc_s3_object, storage_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Object.StorageClass: ObjectStorageClass */
        [1056] = {REF(members[1056].name_ref, strings[426]), REF(members[1056].shape_ref, shapes[498]), offsetof(struct awsc_s3_object, owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Object.Owner: Owner */
        [1057] = {REF(members[1057].name_ref, strings[19005]), REF(members[1057].shape_ref, shapes[616]), offsetof(struct awsc_s3_object, restore_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Object.RestoreStatus: RestoreStatus */
        [1058] = {REF(members[1058].name_ref, strings[14923]), REF(members[1058].shape_ref, shapes[636]), offsetof(struct awsc_s3_object_encryption, ssekms), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectEncryption.SSEKMS: SSEKMSEncryption */
        [1059] = {REF(members[1059].name_ref, strings[178]), REF(members[1059].shape_ref, shapes[470]), offsetof(struct awsc_s3_object_identifier, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectIdentifier.Key: ObjectKey */
        [1060] = {REF(members[1060].name_ref, strings[8052]), REF(members[1060].shape_ref, shapes[491]), offsetof(struct awsc_s3_object_identifier, version_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectIdentifier.VersionId: ObjectVersionId */
        [1061] = {REF(members[1061].name_ref, strings[1067]), REF(members[1061].shape_ref, shapes[182]), offsetof(struct awsc_s3_object_identifier, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectIdentifier.ETag: ETag */
        [1062] = {REF(members[1062].name_ref, strings[15887]), REF(members[1062].shape_ref, shapes[370]), offsetof(struct awsc_s3_object_identifier, last_modified_time), offsetof(struct awsc_s3_object_identifier, has_last_modified_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectIdentifier.LastModifiedTime: LastModifiedTime */
        [1063] = {REF(members[1063].name_ref, strings[1090]), REF(members[1063].shape_ref, shapes[656]), offsetof(struct awsc_s3_object_identifier, size), offsetof(struct awsc_s3_object_identifier, has_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectIdentifier.Size: Size */
        [1064] = {REF(members[1064].name_ref, strings[19359]), REF(members[1064].shape_ref, shapes[473]), offsetof(struct awsc_s3_object_lock_configuration, object_lock_enabled), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectLockConfiguration.ObjectLockEnabled: ObjectLockEnabled */
        [1065] = {REF(members[1065].name_ref, strings[19377]), REF(members[1065].shape_ref, shapes[481]), offsetof(struct awsc_s3_object_lock_configuration, rule), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectLockConfiguration.Rule: ObjectLockRule */
        [1066] = {REF(members[1066].name_ref, strings[11]), REF(members[1066].shape_ref, shapes[476]), offsetof(struct awsc_s3_object_lock_legal_hold, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectLockLegalHold.Status: ObjectLockLegalHoldStatus */
        [1067] = {REF(members[1067].name_ref, strings[7463]), REF(members[1067].shape_ref, shapes[480]), offsetof(struct awsc_s3_object_lock_retention, mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectLockRetention.Mode: ObjectLockRetentionMode */
        [1068] = {REF(members[1068].name_ref, strings[19553]), REF(members[1068].shape_ref, shapes[139]), offsetof(struct awsc_s3_object_lock_retention, retain_until_date), offsetof(struct awsc_s3_object_lock_retention, has_retain_until_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectLockRetention.RetainUntilDate: Date */
        [1069] = {REF(members[1069].name_ref, strings[7446]), REF(members[1069].shape_ref, shapes[142]), offsetof(struct awsc_s3_object_lock_rule, default_retention), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectLockRule.DefaultRetention: DefaultRetention */
        [1070] = {REF(members[1070].name_ref, strings[4469]), REF(members[1070].shape_ref, shapes[505]), offsetof(struct awsc_s3_object_part, part_number), offsetof(struct awsc_s3_object_part, has_part_number), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectPart.PartNumber: PartNumber */
        [1071] = {REF(members[1071].name_ref, strings[1090]), REF(members[1071].shape_ref, shapes[656]), offsetof(struct awsc_s3_object_part, size), offsetof(struct awsc_s3_object_part, has_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectPart.Size: Size */
        [1072] = {REF(members[1072].name_ref, strings[2895]), REF(members[1072].shape_ref, shapes[78]), offsetof(struct awsc_s3_object_part, checksum_crc32), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectPart.ChecksumCRC32: ChecksumCRC32 */
        [1073] = {REF(members[1073].name_ref, strings[2909]), REF(members[1073].shape_ref, shapes[79]), offsetof(struct awsc_s3_object_part, checksum_crc32_c), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectPart.ChecksumCRC32C: ChecksumCRC32C */
        [1074] = {REF(members[1074].name_ref, strings[2924]), REF(members[1074].shape_ref, shapes[80]), offsetof(struct awsc_s3_object_part, checksum_crc64_nvme), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectPart.ChecksumCRC64NVME: ChecksumCRC64NVME */
        [1075] = {REF(members[1075].name_ref, strings[2942]), REF(members[1075].shape_ref, shapes[83]), offsetof(struct awsc_s3_object_part, checksum_sha1), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectPart.ChecksumSHA1: ChecksumSHA1 */
        [1076] = {REF(members[1076].name_ref, strings[2955]), REF(members[1076].shape_ref, shapes[84]), offsetof(struct awsc_s3_object_part, checksum_sha256), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectPart.ChecksumSHA256: ChecksumSHA256 */
        [1077] = {REF(members[1077].name_ref, strings[2970]), REF(members[1077].shape_ref, shapes[85]), offsetof(struct awsc_s3_object_part, checksum_sha512), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectPart.ChecksumSHA512: ChecksumSHA512 */
        [1078] = {REF(members[1078].name_ref, strings[2985]), REF(members[1078].shape_ref, shapes[81]), offsetof(struct awsc_s3_object_part, checksum_md5), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectPart.ChecksumMD5: ChecksumMD5 */
        [1079] = {REF(members[1079].name_ref, strings[2997]), REF(members[1079].shape_ref, shapes[89]), offsetof(struct awsc_s3_object_part, checksum_xxhash64), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectPart.ChecksumXXHASH64: ChecksumXXHASH64 */
        [1080] = {REF(members[1080].name_ref, strings[3014]), REF(members[1080].shape_ref, shapes[88]), offsetof(struct awsc_s3_object_part, checksum_xxhash3), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectPart.ChecksumXXHASH3: ChecksumXXHASH3 */
        [1081] = {REF(members[1081].name_ref, strings[3030]), REF(members[1081].shape_ref, shapes[87]), offsetof(struct awsc_s3_object_part, checksum_xxhash128), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectPart.ChecksumXXHASH128: ChecksumXXHASH128 */
        [1082] = {REF(members[1082].name_ref, strings[1067]), REF(members[1082].shape_ref, shapes[182]), offsetof(struct awsc_s3_object_version, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectVersion.ETag: ETag */
        [1083] = {REF(members[1083].name_ref, strings[1072]), REF(members[1083].shape_ref, shapes[77]), offsetof(struct awsc_s3_object_version, checksum_algorithm), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectVersion.ChecksumAlgorithm: ChecksumAlgorithmList */
        [1084] = {REF(members[1084].name_ref, strings[3048]), REF(members[1084].shape_ref, shapes[86]), offsetof(struct awsc_s3_object_version, checksum_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectVersion.ChecksumType: ChecksumType */
        [1085] = {REF(members[1085].name_ref, strings[1090]), REF(members[1085].shape_ref, shapes[656]), offsetof(struct awsc_s3_object_version, size), offsetof(struct awsc_s3_object_version, has_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectVersion.Size: Size */
        [1086] = {REF(members[1086].name_ref, strings[8847]), REF(members[1086].shape_ref, shapes[493]), offsetof(struct awsc_s3_object_version, storage_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectVersion.StorageClass: ObjectVersionStorageClass */
        [1087] = {REF(members[1087].name_ref, strings[178]), REF(members[1087].shape_ref, shapes[470]), offsetof(struct awsc_s3_object_version, key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectVersion.Key: ObjectKey */
        [1088] = {REF(members[1088].name_ref, strings[8052]), REF(members[1088].shape_ref, shapes[491]), offsetof(struct awsc_s3_object_version, version_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectVersion.VersionId: ObjectVersionId */
        [1089] = {REF(members[1089].name_ref, strings[8062]), REF(members[1089].shape_ref, shapes[351]), offsetof(struct awsc_s3_object_version, is_latest), offsetof(struct awsc_s3_object_version, has_is_latest), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectVersion.IsLatest: IsLatest */
        [1090] = {REF(members[1090].name_ref, strings[1054]), REF(members[1090].shape_ref, shapes[369]), offsetof(struct awsc_s3_object_version, last_modified), offsetof(struct awsc_s3_object_version, has_last_modified), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectVersion.LastModified: LastModified */
        [1091] = {REF(members[1091].name_ref, strings[426]), REF(members[1091].shape_ref, shapes[498]), offsetof(struct awsc_s3_object_version, owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectVersion.Owner: Owner */
        [1092] = {REF(members[1092].name_ref, strings[19005]), REF(members[1092].shape_ref, shapes[616]), offsetof(struct awsc_s3_object_version, restore_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ObjectVersion.RestoreStatus: RestoreStatus */
        [1093] = {REF(members[1093].name_ref, strings[20150]), REF(members[1093].shape_ref, shapes[623]), offsetof(struct awsc_s3_output_location, s3), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OutputLocation.S3: S3Location */
        [1094] = {REF(members[1094].name_ref, strings[924]), REF(members[1094].shape_ref, shapes[73]), offsetof(struct awsc_s3_output_serialization, csv), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OutputSerialization.CSV: CSVOutput */
        [1095] = {REF(members[1095].name_ref, strings[14438]), REF(members[1095].shape_ref, shapes[356]), offsetof(struct awsc_s3_output_serialization, json), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OutputSerialization.JSON: JSONOutput */
        [1096] = {REF(members[1096].name_ref, strings[8969]), REF(members[1096].shape_ref, shapes[181]), offsetof(struct awsc_s3_owner, display_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Owner.DisplayName: DisplayName */
        [1097] = {REF(members[1097].name_ref, strings[2610]), REF(members[1097].shape_ref, shapes[307]), offsetof(struct awsc_s3_owner, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Owner.ID: ID */
        [1098] = {REF(members[1098].name_ref, strings[1796]), REF(members[1098].shape_ref, shapes[502]), offsetof(struct awsc_s3_ownership_controls, rules), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OwnershipControls.Rules: OwnershipControlsRules */
        [1099] = {REF(members[1099].name_ref, strings[19651]), REF(members[1099].shape_ref, shapes[484]), offsetof(struct awsc_s3_ownership_controls_rule, object_ownership), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OwnershipControlsRule.ObjectOwnership: ObjectOwnership */
        [1100] = {REF(members[1100].name_ref, strings[4469]), REF(members[1100].shape_ref, shapes[505]), offsetof(struct awsc_s3_part, part_number), offsetof(struct awsc_s3_part, has_part_number), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Part.PartNumber: PartNumber */
        [1101] = {REF(members[1101].name_ref, strings[1054]), REF(members[1101].shape_ref, shapes[369]), offsetof(struct awsc_s3_part, last_modified), offsetof(struct awsc_s3_part, has_last_modified), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Part.LastModified: LastModified */
        [1102] = {REF(members[1102].name_ref, strings[1067]), REF(members[1102].shape_ref, shapes[182]), offsetof(struct awsc_s3_part, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Part.ETag: ETag */
        [1103] = {REF(members[1103].name_ref, strings[1090]), REF(members[1103].shape_ref, shapes[656]), offsetof(struct awsc_s3_part, size), offsetof(struct awsc_s3_part, has_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Part.Size: Size */
        [1104] = {REF(members[1104].name_ref, strings[2895]), REF(members[1104].shape_ref, shapes[78]), offsetof(struct awsc_s3_part, checksum_crc32), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Part.ChecksumCRC32: ChecksumCRC32 */
        [1105] = {REF(members[1105].name_ref, strings[2909]), REF(members[1105].shape_ref, shapes[79]), offsetof(struct awsc_s3_part, checksum_crc32_c), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Part.ChecksumCRC32C: ChecksumCRC32C */
        [1106] = {REF(members[1106].name_ref, strings[2924]), REF(members[1106].shape_ref, shapes[80]), offsetof(struct awsc_s3_part, checksum_crc64_nvme), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Part.ChecksumCRC64NVME: ChecksumCRC64NVME */
        [1107] = {REF(members[1107].name_ref, strings[2942]), REF(members[1107].shape_ref, shapes[83]), offsetof(struct awsc_s3_part, checksum_sha1), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Part.ChecksumSHA1: ChecksumSHA1 */
        [1108] = {REF(members[1108].name_ref, strings[2955]), REF(members[1108].shape_ref, shapes[84]), offsetof(struct awsc_s3_part, checksum_sha256), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Part.ChecksumSHA256: ChecksumSHA256 */
        [1109] = {REF(members[1109].name_ref, strings[2970]), REF(members[1109].shape_ref, shapes[85]), offsetof(struct awsc_s3_part, checksum_sha512), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Part.ChecksumSHA512: ChecksumSHA512 */
        [1110] = {REF(members[1110].name_ref, strings[2985]), REF(members[1110].shape_ref, shapes[81]), offsetof(struct awsc_s3_part, checksum_md5), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Part.ChecksumMD5: ChecksumMD5 */
        [1111] = {REF(members[1111].name_ref, strings[2997]), REF(members[1111].shape_ref, shapes[89]), offsetof(struct awsc_s3_part, checksum_xxhash64), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Part.ChecksumXXHASH64: ChecksumXXHASH64 */
        [1112] = {REF(members[1112].name_ref, strings[3014]), REF(members[1112].shape_ref, shapes[88]), offsetof(struct awsc_s3_part, checksum_xxhash3), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Part.ChecksumXXHASH3: ChecksumXXHASH3 */
        [1113] = {REF(members[1113].name_ref, strings[3030]), REF(members[1113].shape_ref, shapes[87]), offsetof(struct awsc_s3_part, checksum_xxhash128), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Part.ChecksumXXHASH128: ChecksumXXHASH128 */
        [1114] = {REF(members[1114].name_ref, strings[20250]), REF(members[1114].shape_ref, shapes[507]), offsetof(struct awsc_s3_partitioned_prefix, partition_date_source), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PartitionedPrefix.PartitionDateSource: PartitionDateSource */
        [1115] = {REF(members[1115].name_ref, strings[15566]), REF(members[1115].shape_ref, shapes[352]), offsetof(struct awsc_s3_policy_status, is_public), offsetof(struct awsc_s3_policy_status, has_is_public), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyStatus.IsPublic: IsPublic */
        [1116] = {REF(members[1116].name_ref, strings[2551]), REF(members[1116].shape_ref, shapes[68]), offsetof(struct awsc_s3_progress, bytes_scanned), offsetof(struct awsc_s3_progress, has_bytes_scanned), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Progress.BytesScanned: BytesScanned */
        [1117] = {REF(members[1117].name_ref, strings[2522]), REF(members[1117].shape_ref, shapes[66]), offsetof(struct awsc_s3_progress, bytes_processed), offsetof(struct awsc_s3_progress, has_bytes_processed), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Progress.BytesProcessed: BytesProcessed */
        [1118] = {REF(members[1118].name_ref, strings[2537]), REF(members[1118].shape_ref, shapes[67]), offsetof(struct awsc_s3_progress, bytes_returned), offsetof(struct awsc_s3_progress, has_bytes_returned), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Progress.BytesReturned: BytesReturned */
        [1119] = {REF(members[1119].name_ref, strings[20435]), REF(members[1119].shape_ref, shapes[518]), offsetof(struct awsc_s3_progress_event, details), AWSC_NO_PRESENCE, AWSC_MF_EVENTPAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProgressEvent.Details: Progress */
        [1120] = {REF(members[1120].name_ref, strings[20463]), REF(members[1120].shape_ref, shapes[654]), offsetof(struct awsc_s3_public_access_block_configuration, block_public_acls), offsetof(struct awsc_s3_public_access_block_configuration, has_block_public_acls), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublicAccessBlockConfiguration.BlockPublicAcls: Setting */
        [1121] = {REF(members[1121].name_ref, strings[20479]), REF(members[1121].shape_ref, shapes[654]), offsetof(struct awsc_s3_public_access_block_configuration, ignore_public_acls), offsetof(struct awsc_s3_public_access_block_configuration, has_ignore_public_acls), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublicAccessBlockConfiguration.IgnorePublicAcls: Setting */
        [1122] = {REF(members[1122].name_ref, strings[20496]), REF(members[1122].shape_ref, shapes[654]), offsetof(struct awsc_s3_public_access_block_configuration, block_public_policy), offsetof(struct awsc_s3_public_access_block_configuration, has_block_public_policy), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublicAccessBlockConfiguration.BlockPublicPolicy: Setting */
        [1123] = {REF(members[1123].name_ref, strings[20514]), REF(members[1123].shape_ref, shapes[654]), offsetof(struct awsc_s3_public_access_block_configuration, restrict_public_buckets), offsetof(struct awsc_s3_public_access_block_configuration, has_restrict_public_buckets), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublicAccessBlockConfiguration.RestrictPublicBuckets: Setting */
        [1124] = {REF(members[1124].name_ref, strings[171]), REF(members[1124].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_bucket_abac_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutBucketAbacRequest.Bucket: BucketName */
        [1125] = {REF(members[1125].name_ref, strings[6585]), REF(members[1125].shape_ref, shapes[110]), offsetof(struct awsc_s3_put_bucket_abac_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketAbacRequest.ContentMD5: ContentMD5 */
        [1126] = {REF(members[1126].name_ref, strings[6608]), REF(members[1126].shape_ref, shapes[76]), offsetof(struct awsc_s3_put_bucket_abac_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketAbacRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1127] = {REF(members[1127].name_ref, strings[233]), REF(members[1127].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_bucket_abac_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketAbacRequest.ExpectedBucketOwner: AccountId */
        [1128] = {REF(members[1128].name_ref, strings[20557]), REF(members[1128].shape_ref, shapes[0]), offsetof(struct awsc_s3_put_bucket_abac_input, abac_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutBucketAbacRequest.AbacStatus: AbacStatus */
        [1129] = {REF(members[1129].name_ref, strings[171]), REF(members[1129].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_bucket_accelerate_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutBucketAccelerateConfigurationRequest.Bucket: BucketName */
        [1130] = {REF(members[1130].name_ref, strings[20649]), REF(members[1130].shape_ref, shapes[6]), offsetof(struct awsc_s3_put_bucket_accelerate_configuration_input, accelerate_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutBucketAccelerateConfigurationRequest.AccelerateConfiguration: AccelerateConfiguration */
        [1131] = {REF(members[1131].name_ref, strings[233]), REF(members[1131].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_bucket_accelerate_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketAccelerateConfigurationRequest.ExpectedBucketOwner: AccountId */
        [1132] = {REF(members[1132].name_ref, strings[6608]), REF(members[1132].shape_ref, shapes[76]), offsetof(struct awsc_s3_put_bucket_accelerate_configuration_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketAccelerateConfigurationRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1133] = {REF(members[1133].name_ref, strings[4895]), REF(members[1133].shape_ref, shapes[51]), offsetof(struct awsc_s3_put_bucket_acl_input, acl), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketAclRequest.ACL: BucketCannedACL */
        [1134] = {REF(members[1134].name_ref, strings[20734]), REF(members[1134].shape_ref, shapes[8]), offsetof(struct awsc_s3_put_bucket_acl_input, access_control_policy), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutBucketAclRequest.AccessControlPolicy: AccessControlPolicy */
        [1135] = {REF(members[1135].name_ref, strings[171]), REF(members[1135].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_bucket_acl_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutBucketAclRequest.Bucket: BucketName */
        [1136] = {REF(members[1136].name_ref, strings[6585]), REF(members[1136].shape_ref, shapes[110]), offsetof(struct awsc_s3_put_bucket_acl_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketAclRequest.ContentMD5: ContentMD5 */
        [1137] = {REF(members[1137].name_ref, strings[6608]), REF(members[1137].shape_ref, shapes[76]), offsetof(struct awsc_s3_put_bucket_acl_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketAclRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1138] = {REF(members[1138].name_ref, strings[5373]), REF(members[1138].shape_ref, shapes[293]), offsetof(struct awsc_s3_put_bucket_acl_input, grant_full_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketAclRequest.GrantFullControl: GrantFullControl */
        [1139] = {REF(members[1139].name_ref, strings[5415]), REF(members[1139].shape_ref, shapes[294]), offsetof(struct awsc_s3_put_bucket_acl_input, grant_read), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketAclRequest.GrantRead: GrantRead */
        [1140] = {REF(members[1140].name_ref, strings[5442]), REF(members[1140].shape_ref, shapes[295]), offsetof(struct awsc_s3_put_bucket_acl_input, grant_read_acp), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketAclRequest.GrantReadACP: GrantReadACP */
        [1141] = {REF(members[1141].name_ref, strings[7014]), REF(members[1141].shape_ref, shapes[296]), offsetof(struct awsc_s3_put_bucket_acl_input, grant_write), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketAclRequest.GrantWrite: GrantWrite */
        [1142] = {REF(members[1142].name_ref, strings[5476]), REF(members[1142].shape_ref, shapes[297]), offsetof(struct awsc_s3_put_bucket_acl_input, grant_write_acp), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketAclRequest.GrantWriteACP: GrantWriteACP */
        [1143] = {REF(members[1143].name_ref, strings[233]), REF(members[1143].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_bucket_acl_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketAclRequest.ExpectedBucketOwner: AccountId */
        [1144] = {REF(members[1144].name_ref, strings[171]), REF(members[1144].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_bucket_analytics_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutBucketAnalyticsConfigurationRequest.Bucket: BucketName */
        [1145] = {REF(members[1145].name_ref, strings[7544]), REF(members[1145].shape_ref, shapes[27]), offsetof(struct awsc_s3_put_bucket_analytics_configuration_input, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* PutBucketAnalyticsConfigurationRequest.Id: AnalyticsId */
        [1146] = {REF(members[1146].name_ref, strings[20834]), REF(members[1146].shape_ref, shapes[23]), offsetof(struct awsc_s3_put_bucket_analytics_configuration_input, analytics_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutBucketAnalyticsConfigurationRequest.AnalyticsConfiguration: AnalyticsConfiguration */
        [1147] = {REF(members[1147].name_ref, strings[233]), REF(members[1147].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_bucket_analytics_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketAnalyticsConfigurationRequest.ExpectedBucketOwner: AccountId */
        [1148] = {REF(members[1148].name_ref, strings[171]), REF(members[1148].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_bucket_cors_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutBucketCorsRequest.Bucket: BucketName */
        [1149] = {REF(members[1149].name_ref, strings[20919]), REF(members[1149].shape_ref, shapes[69]), offsetof(struct awsc_s3_put_bucket_cors_input, cors_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutBucketCorsRequest.CORSConfiguration: CORSConfiguration */
        [1150] = {REF(members[1150].name_ref, strings[6585]), REF(members[1150].shape_ref, shapes[110]), offsetof(struct awsc_s3_put_bucket_cors_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketCorsRequest.ContentMD5: ContentMD5 */
        [1151] = {REF(members[1151].name_ref, strings[6608]), REF(members[1151].shape_ref, shapes[76]), offsetof(struct awsc_s3_put_bucket_cors_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketCorsRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1152] = {REF(members[1152].name_ref, strings[233]), REF(members[1152].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_bucket_cors_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketCorsRequest.ExpectedBucketOwner: AccountId */
        [1153] = {REF(members[1153].name_ref, strings[171]), REF(members[1153].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_bucket_encryption_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutBucketEncryptionRequest.Bucket: BucketName */
        [1154] = {REF(members[1154].name_ref, strings[6585]), REF(members[1154].shape_ref, shapes[110]), offsetof(struct awsc_s3_put_bucket_encryption_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketEncryptionRequest.ContentMD5: ContentMD5 */
        [1155] = {REF(members[1155].name_ref, strings[6608]), REF(members[1155].shape_ref, shapes[76]), offsetof(struct awsc_s3_put_bucket_encryption_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketEncryptionRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1156] = {REF(members[1156].name_ref, strings[21005]), REF(members[1156].shape_ref, shapes[647]), offsetof(struct awsc_s3_put_bucket_encryption_input, server_side_encryption_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutBucketEncryptionRequest.ServerSideEncryptionConfiguration: ServerSideEncryptionConfiguration */
        [1157] = {REF(members[1157].name_ref, strings[233]), REF(members[1157].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_bucket_encryption_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketEncryptionRequest.ExpectedBucketOwner: AccountId */
        [1158] = {REF(members[1158].name_ref, strings[171]), REF(members[1158].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_bucket_intelligent_tiering_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutBucketIntelligentTieringConfigurationRequest.Bucket: BucketName */
        [1159] = {REF(members[1159].name_ref, strings[7544]), REF(members[1159].shape_ref, shapes[326]), offsetof(struct awsc_s3_put_bucket_intelligent_tiering_configuration_input, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* PutBucketIntelligentTieringConfigurationRequest.Id: IntelligentTieringId */
        [1160] = {REF(members[1160].name_ref, strings[233]), REF(members[1160].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_bucket_intelligent_tiering_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketIntelligentTieringConfigurationRequest.ExpectedBucketOwner: AccountId */
        [1161] = {REF(members[1161].name_ref, strings[21128]), REF(members[1161].shape_ref, shapes[322]), offsetof(struct awsc_s3_put_bucket_intelligent_tiering_configuration_input, intelligent_tiering_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutBucketIntelligentTieringConfigurationRequest.IntelligentTieringConfiguration: IntelligentTieringConfiguration */
        [1162] = {REF(members[1162].name_ref, strings[171]), REF(members[1162].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_bucket_inventory_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutBucketInventoryConfigurationRequest.Bucket: BucketName */
        [1163] = {REF(members[1163].name_ref, strings[7544]), REF(members[1163].shape_ref, shapes[341]), offsetof(struct awsc_s3_put_bucket_inventory_configuration_input, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* PutBucketInventoryConfigurationRequest.Id: InventoryId */
        [1164] = {REF(members[1164].name_ref, strings[21240]), REF(members[1164].shape_ref, shapes[333]), offsetof(struct awsc_s3_put_bucket_inventory_configuration_input, inventory_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutBucketInventoryConfigurationRequest.InventoryConfiguration: InventoryConfiguration */
        [1165] = {REF(members[1165].name_ref, strings[233]), REF(members[1165].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_bucket_inventory_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketInventoryConfigurationRequest.ExpectedBucketOwner: AccountId */
        [1166] = {REF(members[1166].name_ref, strings[10972]), REF(members[1166].shape_ref, shapes[692]), offsetof(struct awsc_s3_put_bucket_lifecycle_configuration_output, transition_default_minimum_object_size), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketLifecycleConfigurationOutput.TransitionDefaultMinimumObjectSize: TransitionDefaultMinimumObjectSize */
        [1167] = {REF(members[1167].name_ref, strings[171]), REF(members[1167].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_bucket_lifecycle_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutBucketLifecycleConfigurationRequest.Bucket: BucketName */
        [1168] = {REF(members[1168].name_ref, strings[6608]), REF(members[1168].shape_ref, shapes[76]), offsetof(struct awsc_s3_put_bucket_lifecycle_configuration_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketLifecycleConfigurationRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1169] = {REF(members[1169].name_ref, strings[21381]), REF(members[1169].shape_ref, shapes[54]), offsetof(struct awsc_s3_put_bucket_lifecycle_configuration_input, lifecycle_configuration), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutBucketLifecycleConfigurationRequest.LifecycleConfiguration: BucketLifecycleConfiguration */
        [1170] = {REF(members[1170].name_ref, strings[233]), REF(members[1170].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_bucket_lifecycle_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketLifecycleConfigurationRequest.ExpectedBucketOwner: AccountId */
        [1171] = {REF(members[1171].name_ref, strings[10972]), REF(members[1171].shape_ref, shapes[692]), offsetof(struct awsc_s3_put_bucket_lifecycle_configuration_input, transition_default_minimum_object_size), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketLifecycleConfigurationRequest.TransitionDefaultMinimumObjectSize: TransitionDefaultMinimumObjectSize */
        [1172] = {REF(members[1172].name_ref, strings[171]), REF(members[1172].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_bucket_lifecycle_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutBucketLifecycleRequest.Bucket: BucketName */
        [1173] = {REF(members[1173].name_ref, strings[6585]), REF(members[1173].shape_ref, shapes[110]), offsetof(struct awsc_s3_put_bucket_lifecycle_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketLifecycleRequest.ContentMD5: ContentMD5 */
        [1174] = {REF(members[1174].name_ref, strings[6608]), REF(members[1174].shape_ref, shapes[76]), offsetof(struct awsc_s3_put_bucket_lifecycle_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketLifecycleRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1175] = {REF(members[1175].name_ref, strings[21381]), REF(members[1175].shape_ref, shapes[371]), offsetof(struct awsc_s3_put_bucket_lifecycle_input, lifecycle_configuration), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutBucketLifecycleRequest.LifecycleConfiguration: LifecycleConfiguration */
        [1176] = {REF(members[1176].name_ref, strings[233]), REF(members[1176].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_bucket_lifecycle_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketLifecycleRequest.ExpectedBucketOwner: AccountId */
        [1177] = {REF(members[1177].name_ref, strings[171]), REF(members[1177].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_bucket_logging_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutBucketLoggingRequest.Bucket: BucketName */
        [1178] = {REF(members[1178].name_ref, strings[21495]), REF(members[1178].shape_ref, shapes[57]), offsetof(struct awsc_s3_put_bucket_logging_input, bucket_logging_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutBucketLoggingRequest.BucketLoggingStatus: BucketLoggingStatus */
        [1179] = {REF(members[1179].name_ref, strings[6585]), REF(members[1179].shape_ref, shapes[110]), offsetof(struct awsc_s3_put_bucket_logging_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketLoggingRequest.ContentMD5: ContentMD5 */
        [1180] = {REF(members[1180].name_ref, strings[6608]), REF(members[1180].shape_ref, shapes[76]), offsetof(struct awsc_s3_put_bucket_logging_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketLoggingRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1181] = {REF(members[1181].name_ref, strings[233]), REF(members[1181].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_bucket_logging_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketLoggingRequest.ExpectedBucketOwner: AccountId */
        [1182] = {REF(members[1182].name_ref, strings[171]), REF(members[1182].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_bucket_metrics_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutBucketMetricsConfigurationRequest.Bucket: BucketName */
        [1183] = {REF(members[1183].name_ref, strings[7544]), REF(members[1183].shape_ref, shapes[435]), offsetof(struct awsc_s3_put_bucket_metrics_configuration_input, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* PutBucketMetricsConfigurationRequest.Id: MetricsId */
        [1184] = {REF(members[1184].name_ref, strings[21593]), REF(members[1184].shape_ref, shapes[432]), offsetof(struct awsc_s3_put_bucket_metrics_configuration_input, metrics_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutBucketMetricsConfigurationRequest.MetricsConfiguration: MetricsConfiguration */
        [1185] = {REF(members[1185].name_ref, strings[233]), REF(members[1185].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_bucket_metrics_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketMetricsConfigurationRequest.ExpectedBucketOwner: AccountId */
        [1186] = {REF(members[1186].name_ref, strings[171]), REF(members[1186].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_bucket_notification_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutBucketNotificationConfigurationRequest.Bucket: BucketName */
        [1187] = {REF(members[1187].name_ref, strings[21697]), REF(members[1187].shape_ref, shapes[457]), offsetof(struct awsc_s3_put_bucket_notification_configuration_input, notification_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutBucketNotificationConfigurationRequest.NotificationConfiguration: NotificationConfiguration */
        [1188] = {REF(members[1188].name_ref, strings[233]), REF(members[1188].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_bucket_notification_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketNotificationConfigurationRequest.ExpectedBucketOwner: AccountId */
        [1189] = {REF(members[1189].name_ref, strings[21764]), REF(members[1189].shape_ref, shapes[657]), offsetof(struct awsc_s3_put_bucket_notification_configuration_input, skip_destination_validation), offsetof(struct awsc_s3_put_bucket_notification_configuration_input, has_skip_destination_validation), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketNotificationConfigurationRequest.SkipDestinationValidation: SkipValidation */
        [1190] = {REF(members[1190].name_ref, strings[171]), REF(members[1190].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_bucket_notification_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutBucketNotificationRequest.Bucket: BucketName */
        [1191] = {REF(members[1191].name_ref, strings[6585]), REF(members[1191].shape_ref, shapes[110]), offsetof(struct awsc_s3_put_bucket_notification_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketNotificationRequest.ContentMD5: ContentMD5 */
        [1192] = {REF(members[1192].name_ref, strings[6608]), REF(members[1192].shape_ref, shapes[76]), offsetof(struct awsc_s3_put_bucket_notification_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketNotificationRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1193] = {REF(members[1193].name_ref, strings[21697]), REF(members[1193].shape_ref, shapes[458]), offsetof(struct awsc_s3_put_bucket_notification_input, notification_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutBucketNotificationRequest.NotificationConfiguration: NotificationConfigurationDeprecated */
        [1194] = {REF(members[1194].name_ref, strings[233]), REF(members[1194].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_bucket_notification_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketNotificationRequest.ExpectedBucketOwner: AccountId */
        [1195] = {REF(members[1195].name_ref, strings[171]), REF(members[1195].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_bucket_ownership_controls_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutBucketOwnershipControlsRequest.Bucket: BucketName */
        [1196] = {REF(members[1196].name_ref, strings[6585]), REF(members[1196].shape_ref, shapes[110]), offsetof(struct awsc_s3_put_bucket_ownership_controls_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketOwnershipControlsRequest.ContentMD5: ContentMD5 */
        [1197] = {REF(members[1197].name_ref, strings[233]), REF(members[1197].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_bucket_ownership_controls_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketOwnershipControlsRequest.ExpectedBucketOwner: AccountId */
        [1198] = {REF(members[1198].name_ref, strings[21887]), REF(members[1198].shape_ref, shapes[500]), offsetof(struct awsc_s3_put_bucket_ownership_controls_input, ownership_controls), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutBucketOwnershipControlsRequest.OwnershipControls: OwnershipControls */
        [1199] = {REF(members[1199].name_ref, strings[6608]), REF(members[1199].shape_ref, shapes[76]), offsetof(struct awsc_s3_put_bucket_ownership_controls_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketOwnershipControlsRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1200] = {REF(members[1200].name_ref, strings[171]), REF(members[1200].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_bucket_policy_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutBucketPolicyRequest.Bucket: BucketName */
        [1201] = {REF(members[1201].name_ref, strings[6585]), REF(members[1201].shape_ref, shapes[110]), offsetof(struct awsc_s3_put_bucket_policy_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketPolicyRequest.ContentMD5: ContentMD5 */
        [1202] = {REF(members[1202].name_ref, strings[6608]), REF(members[1202].shape_ref, shapes[76]), offsetof(struct awsc_s3_put_bucket_policy_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketPolicyRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1203] = {REF(members[1203].name_ref, strings[21969]), REF(members[1203].shape_ref, shapes[105]), offsetof(struct awsc_s3_put_bucket_policy_input, confirm_remove_self_bucket_access), offsetof(struct awsc_s3_put_bucket_policy_input, has_confirm_remove_self_bucket_access), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketPolicyRequest.ConfirmRemoveSelfBucketAccess: ConfirmRemoveSelfBucketAccess */
        [1204] = {REF(members[1204].name_ref, strings[11781]), REF(members[1204].shape_ref, shapes[514]), offsetof(struct awsc_s3_put_bucket_policy_input, policy), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutBucketPolicyRequest.Policy: Policy */
        [1205] = {REF(members[1205].name_ref, strings[233]), REF(members[1205].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_bucket_policy_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketPolicyRequest.ExpectedBucketOwner: AccountId */
        [1206] = {REF(members[1206].name_ref, strings[171]), REF(members[1206].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_bucket_replication_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutBucketReplicationRequest.Bucket: BucketName */
        [1207] = {REF(members[1207].name_ref, strings[6585]), REF(members[1207].shape_ref, shapes[110]), offsetof(struct awsc_s3_put_bucket_replication_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketReplicationRequest.ContentMD5: ContentMD5 */
        [1208] = {REF(members[1208].name_ref, strings[6608]), REF(members[1208].shape_ref, shapes[76]), offsetof(struct awsc_s3_put_bucket_replication_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketReplicationRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1209] = {REF(members[1209].name_ref, strings[22067]), REF(members[1209].shape_ref, shapes[587]), offsetof(struct awsc_s3_put_bucket_replication_input, replication_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutBucketReplicationRequest.ReplicationConfiguration: ReplicationConfiguration */
        [1210] = {REF(members[1210].name_ref, strings[22133]), REF(members[1210].shape_ref, shapes[482]), offsetof(struct awsc_s3_put_bucket_replication_input, token), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketReplicationRequest.Token: ObjectLockToken */
        [1211] = {REF(members[1211].name_ref, strings[233]), REF(members[1211].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_bucket_replication_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketReplicationRequest.ExpectedBucketOwner: AccountId */
        [1212] = {REF(members[1212].name_ref, strings[171]), REF(members[1212].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_bucket_request_payment_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutBucketRequestPaymentRequest.Bucket: BucketName */
        [1213] = {REF(members[1213].name_ref, strings[6585]), REF(members[1213].shape_ref, shapes[110]), offsetof(struct awsc_s3_put_bucket_request_payment_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketRequestPaymentRequest.ContentMD5: ContentMD5 */
        [1214] = {REF(members[1214].name_ref, strings[6608]), REF(members[1214].shape_ref, shapes[76]), offsetof(struct awsc_s3_put_bucket_request_payment_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketRequestPaymentRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1215] = {REF(members[1215].name_ref, strings[22201]), REF(members[1215].shape_ref, shapes[599]), offsetof(struct awsc_s3_put_bucket_request_payment_input, request_payment_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutBucketRequestPaymentRequest.RequestPaymentConfiguration: RequestPaymentConfiguration */
        [1216] = {REF(members[1216].name_ref, strings[233]), REF(members[1216].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_bucket_request_payment_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketRequestPaymentRequest.ExpectedBucketOwner: AccountId */
        [1217] = {REF(members[1217].name_ref, strings[171]), REF(members[1217].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_bucket_tagging_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutBucketTaggingRequest.Bucket: BucketName */
        [1218] = {REF(members[1218].name_ref, strings[6585]), REF(members[1218].shape_ref, shapes[110]), offsetof(struct awsc_s3_put_bucket_tagging_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketTaggingRequest.ContentMD5: ContentMD5 */
        [1219] = {REF(members[1219].name_ref, strings[6608]), REF(members[1219].shape_ref, shapes[76]), offsetof(struct awsc_s3_put_bucket_tagging_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketTaggingRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1220] = {REF(members[1220].name_ref, strings[22322]), REF(members[1220].shape_ref, shapes[674]), offsetof(struct awsc_s3_put_bucket_tagging_input, tagging), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutBucketTaggingRequest.Tagging: Tagging */
        [1221] = {REF(members[1221].name_ref, strings[233]), REF(members[1221].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_bucket_tagging_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketTaggingRequest.ExpectedBucketOwner: AccountId */
        [1222] = {REF(members[1222].name_ref, strings[171]), REF(members[1222].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_bucket_versioning_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutBucketVersioningRequest.Bucket: BucketName */
        [1223] = {REF(members[1223].name_ref, strings[6585]), REF(members[1223].shape_ref, shapes[110]), offsetof(struct awsc_s3_put_bucket_versioning_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketVersioningRequest.ContentMD5: ContentMD5 */
        [1224] = {REF(members[1224].name_ref, strings[6608]), REF(members[1224].shape_ref, shapes[76]), offsetof(struct awsc_s3_put_bucket_versioning_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketVersioningRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1225] = {REF(members[1225].name_ref, strings[8418]), REF(members[1225].shape_ref, shapes[407]), offsetof(struct awsc_s3_put_bucket_versioning_input, mfa), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketVersioningRequest.MFA: MFA */
        [1226] = {REF(members[1226].name_ref, strings[22406]), REF(members[1226].shape_ref, shapes[712]), offsetof(struct awsc_s3_put_bucket_versioning_input, versioning_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutBucketVersioningRequest.VersioningConfiguration: VersioningConfiguration */
        [1227] = {REF(members[1227].name_ref, strings[233]), REF(members[1227].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_bucket_versioning_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketVersioningRequest.ExpectedBucketOwner: AccountId */
        [1228] = {REF(members[1228].name_ref, strings[171]), REF(members[1228].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_bucket_website_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutBucketWebsiteRequest.Bucket: BucketName */
        [1229] = {REF(members[1229].name_ref, strings[6585]), REF(members[1229].shape_ref, shapes[110]), offsetof(struct awsc_s3_put_bucket_website_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketWebsiteRequest.ContentMD5: ContentMD5 */
        [1230] = {REF(members[1230].name_ref, strings[6608]), REF(members[1230].shape_ref, shapes[76]), offsetof(struct awsc_s3_put_bucket_website_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketWebsiteRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1231] = {REF(members[1231].name_ref, strings[22519]), REF(members[1231].shape_ref, shapes[713]), offsetof(struct awsc_s3_put_bucket_website_input, website_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutBucketWebsiteRequest.WebsiteConfiguration: WebsiteConfiguration */
        [1232] = {REF(members[1232].name_ref, strings[233]), REF(members[1232].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_bucket_website_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutBucketWebsiteRequest.ExpectedBucketOwner: AccountId */
        [1233] = {REF(members[1233].name_ref, strings[106]), REF(members[1233].shape_ref, shapes[597]), offsetof(struct awsc_s3_put_object_acl_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAclOutput.RequestCharged: RequestCharged */
        [1234] = {REF(members[1234].name_ref, strings[4895]), REF(members[1234].shape_ref, shapes[465]), offsetof(struct awsc_s3_put_object_acl_input, acl), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAclRequest.ACL: ObjectCannedACL */
        [1235] = {REF(members[1235].name_ref, strings[20734]), REF(members[1235].shape_ref, shapes[8]), offsetof(struct awsc_s3_put_object_acl_input, access_control_policy), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutObjectAclRequest.AccessControlPolicy: AccessControlPolicy */
        [1236] = {REF(members[1236].name_ref, strings[171]), REF(members[1236].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_object_acl_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutObjectAclRequest.Bucket: BucketName */
        [1237] = {REF(members[1237].name_ref, strings[6585]), REF(members[1237].shape_ref, shapes[110]), offsetof(struct awsc_s3_put_object_acl_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAclRequest.ContentMD5: ContentMD5 */
        [1238] = {REF(members[1238].name_ref, strings[6608]), REF(members[1238].shape_ref, shapes[76]), offsetof(struct awsc_s3_put_object_acl_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAclRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1239] = {REF(members[1239].name_ref, strings[5373]), REF(members[1239].shape_ref, shapes[293]), offsetof(struct awsc_s3_put_object_acl_input, grant_full_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAclRequest.GrantFullControl: GrantFullControl */
        [1240] = {REF(members[1240].name_ref, strings[5415]), REF(members[1240].shape_ref, shapes[294]), offsetof(struct awsc_s3_put_object_acl_input, grant_read), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAclRequest.GrantRead: GrantRead */
        [1241] = {REF(members[1241].name_ref, strings[5442]), REF(members[1241].shape_ref, shapes[295]), offsetof(struct awsc_s3_put_object_acl_input, grant_read_acp), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAclRequest.GrantReadACP: GrantReadACP */
        [1242] = {REF(members[1242].name_ref, strings[7014]), REF(members[1242].shape_ref, shapes[296]), offsetof(struct awsc_s3_put_object_acl_input, grant_write), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAclRequest.GrantWrite: GrantWrite */
        [1243] = {REF(members[1243].name_ref, strings[5476]), REF(members[1243].shape_ref, shapes[297]), offsetof(struct awsc_s3_put_object_acl_input, grant_write_acp), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAclRequest.GrantWriteACP: GrantWriteACP */
        [1244] = {REF(members[1244].name_ref, strings[178]), REF(members[1244].shape_ref, shapes[470]), offsetof(struct awsc_s3_put_object_acl_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutObjectAclRequest.Key: ObjectKey */
        [1245] = {REF(members[1245].name_ref, strings[200]), REF(members[1245].shape_ref, shapes[598]), offsetof(struct awsc_s3_put_object_acl_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAclRequest.RequestPayer: RequestPayer */
        [1246] = {REF(members[1246].name_ref, strings[8290]), REF(members[1246].shape_ref, shapes[491]), offsetof(struct awsc_s3_put_object_acl_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* PutObjectAclRequest.VersionId: ObjectVersionId */
        [1247] = {REF(members[1247].name_ref, strings[233]), REF(members[1247].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_object_acl_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAclRequest.ExpectedBucketOwner: AccountId */
        [1248] = {REF(members[1248].name_ref, strings[178]), REF(members[1248].shape_ref, shapes[470]), offsetof(struct awsc_s3_put_object_annotation_output, key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationOutput.Key: ObjectKey */
        [1249] = {REF(members[1249].name_ref, strings[1039]), REF(members[1249].shape_ref, shapes[36]), offsetof(struct awsc_s3_put_object_annotation_output, annotation_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationOutput.AnnotationName: AnnotationName */
        [1250] = {REF(members[1250].name_ref, strings[8190]), REF(members[1250].shape_ref, shapes[491]), offsetof(struct awsc_s3_put_object_annotation_output, object_version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationOutput.ObjectVersionId: ObjectVersionId */
        [1251] = {REF(members[1251].name_ref, strings[1067]), REF(members[1251].shape_ref, shapes[182]), offsetof(struct awsc_s3_put_object_annotation_output, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationOutput.ETag: ETag */
        [1252] = {REF(members[1252].name_ref, strings[3726]), REF(members[1252].shape_ref, shapes[78]), offsetof(struct awsc_s3_put_object_annotation_output, checksum_crc32), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationOutput.ChecksumCRC32: ChecksumCRC32 */
        [1253] = {REF(members[1253].name_ref, strings[3761]), REF(members[1253].shape_ref, shapes[79]), offsetof(struct awsc_s3_put_object_annotation_output, checksum_crc32_c), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationOutput.ChecksumCRC32C: ChecksumCRC32C */
        [1254] = {REF(members[1254].name_ref, strings[3798]), REF(members[1254].shape_ref, shapes[80]), offsetof(struct awsc_s3_put_object_annotation_output, checksum_crc64_nvme), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationOutput.ChecksumCRC64NVME: ChecksumCRC64NVME */
        [1255] = {REF(members[1255].name_ref, strings[3841]), REF(members[1255].shape_ref, shapes[83]), offsetof(struct awsc_s3_put_object_annotation_output, checksum_sha1), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationOutput.ChecksumSHA1: ChecksumSHA1 */
        [1256] = {REF(members[1256].name_ref, strings[3874]), REF(members[1256].shape_ref, shapes[84]), offsetof(struct awsc_s3_put_object_annotation_output, checksum_sha256), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationOutput.ChecksumSHA256: ChecksumSHA256 */
        [1257] = {REF(members[1257].name_ref, strings[3911]), REF(members[1257].shape_ref, shapes[85]), offsetof(struct awsc_s3_put_object_annotation_output, checksum_sha512), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationOutput.ChecksumSHA512: ChecksumSHA512 */
        [1258] = {REF(members[1258].name_ref, strings[3948]), REF(members[1258].shape_ref, shapes[81]), offsetof(struct awsc_s3_put_object_annotation_output, checksum_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationOutput.ChecksumMD5: ChecksumMD5 */
        [1259] = {REF(members[1259].name_ref, strings[3979]), REF(members[1259].shape_ref, shapes[89]), offsetof(struct awsc_s3_put_object_annotation_output, checksum_xxhash64), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationOutput.ChecksumXXHASH64: ChecksumXXHASH64 */
        [1260] = {REF(members[1260].name_ref, strings[4020]), REF(members[1260].shape_ref, shapes[88]), offsetof(struct awsc_s3_put_object_annotation_output, checksum_xxhash3), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationOutput.ChecksumXXHASH3: ChecksumXXHASH3 */
        [1261] = {REF(members[1261].name_ref, strings[4059]), REF(members[1261].shape_ref, shapes[87]), offsetof(struct awsc_s3_put_object_annotation_output, checksum_xxhash128), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationOutput.ChecksumXXHASH128: ChecksumXXHASH128 */
        [1262] = {REF(members[1262].name_ref, strings[4102]), REF(members[1262].shape_ref, shapes[86]), offsetof(struct awsc_s3_put_object_annotation_output, checksum_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationOutput.ChecksumType: ChecksumType */
        [1263] = {REF(members[1263].name_ref, strings[3416]), REF(members[1263].shape_ref, shapes[645]), offsetof(struct awsc_s3_put_object_annotation_output, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationOutput.ServerSideEncryption: ServerSideEncryption */
        [1264] = {REF(members[1264].name_ref, strings[106]), REF(members[1264].shape_ref, shapes[597]), offsetof(struct awsc_s3_put_object_annotation_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationOutput.RequestCharged: RequestCharged */
        [1265] = {REF(members[1265].name_ref, strings[171]), REF(members[1265].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_object_annotation_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationRequest.Bucket: BucketName */
        [1266] = {REF(members[1266].name_ref, strings[178]), REF(members[1266].shape_ref, shapes[470]), offsetof(struct awsc_s3_put_object_annotation_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationRequest.Key: ObjectKey */
        [1267] = {REF(members[1267].name_ref, strings[8290]), REF(members[1267].shape_ref, shapes[491]), offsetof(struct awsc_s3_put_object_annotation_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationRequest.VersionId: ObjectVersionId */
        [1268] = {REF(members[1268].name_ref, strings[8260]), REF(members[1268].shape_ref, shapes[36]), offsetof(struct awsc_s3_put_object_annotation_input, annotation_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationRequest.AnnotationName: AnnotationName */
        [1269] = {REF(members[1269].name_ref, strings[1174]), REF(members[1269].shape_ref, shapes[38]), offsetof(struct awsc_s3_put_object_annotation_input, annotation_payload), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_STREAMING, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationRequest.AnnotationPayload: AnnotationPayload */
        [1270] = {REF(members[1270].name_ref, strings[8310]), REF(members[1270].shape_ref, shapes[469]), offsetof(struct awsc_s3_put_object_annotation_input, object_if_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationRequest.ObjectIfMatch: ObjectIfMatch */
        [1271] = {REF(members[1271].name_ref, strings[6608]), REF(members[1271].shape_ref, shapes[76]), offsetof(struct awsc_s3_put_object_annotation_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1272] = {REF(members[1272].name_ref, strings[3726]), REF(members[1272].shape_ref, shapes[78]), offsetof(struct awsc_s3_put_object_annotation_input, checksum_crc32), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationRequest.ChecksumCRC32: ChecksumCRC32 */
        [1273] = {REF(members[1273].name_ref, strings[3761]), REF(members[1273].shape_ref, shapes[79]), offsetof(struct awsc_s3_put_object_annotation_input, checksum_crc32_c), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationRequest.ChecksumCRC32C: ChecksumCRC32C */
        [1274] = {REF(members[1274].name_ref, strings[3798]), REF(members[1274].shape_ref, shapes[80]), offsetof(struct awsc_s3_put_object_annotation_input, checksum_crc64_nvme), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationRequest.ChecksumCRC64NVME: ChecksumCRC64NVME */
        [1275] = {REF(members[1275].name_ref, strings[3841]), REF(members[1275].shape_ref, shapes[83]), offsetof(struct awsc_s3_put_object_annotation_input, checksum_sha1), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationRequest.ChecksumSHA1: ChecksumSHA1 */
        [1276] = {REF(members[1276].name_ref, strings[3874]), REF(members[1276].shape_ref, shapes[84]), offsetof(struct awsc_s3_put_object_annotation_input, checksum_sha256), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationRequest.ChecksumSHA256: ChecksumSHA256 */
        [1277] = {REF(members[1277].name_ref, strings[3911]), REF(members[1277].shape_ref, shapes[85]), offsetof(struct awsc_s3_put_object_annotation_input, checksum_sha512), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationRequest.ChecksumSHA512: ChecksumSHA512 */
        [1278] = {REF(members[1278].name_ref, strings[3948]), REF(members[1278].shape_ref, shapes[81]), offsetof(struct awsc_s3_put_object_annotation_input, checksum_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationRequest.ChecksumMD5: ChecksumMD5 */
        [1279] = {REF(members[1279].name_ref, strings[3979]), REF(members[1279].shape_ref, shapes[89]), offsetof(struct awsc_s3_put_object_annotation_input, checksum_xxhash64), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationRequest.ChecksumXXHASH64: ChecksumXXHASH64 */
        [1280] = {REF(members[1280].name_ref, strings[4020]), REF(members[1280].shape_ref, shapes[88]), offsetof(struct awsc_s3_put_object_annotation_input, checksum_xxhash3), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationRequest.ChecksumXXHASH3: ChecksumXXHASH3 */
        [1281] = {REF(members[1281].name_ref, strings[4059]), REF(members[1281].shape_ref, shapes[87]), offsetof(struct awsc_s3_put_object_annotation_input, checksum_xxhash128), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationRequest.ChecksumXXHASH128: ChecksumXXHASH128 */
        [1282] = {REF(members[1282].name_ref, strings[6585]), REF(members[1282].shape_ref, shapes[110]), offsetof(struct awsc_s3_put_object_annotation_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationRequest.ContentMD5: ContentMD5 */
        [1283] = {REF(members[1283].name_ref, strings[200]), REF(members[1283].shape_ref, shapes[598]), offsetof(struct awsc_s3_put_object_annotation_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationRequest.RequestPayer: RequestPayer */
        [1284] = {REF(members[1284].name_ref, strings[233]), REF(members[1284].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_object_annotation_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectAnnotationRequest.ExpectedBucketOwner: AccountId */
        [1285] = {REF(members[1285].name_ref, strings[106]), REF(members[1285].shape_ref, shapes[597]), offsetof(struct awsc_s3_put_object_legal_hold_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectLegalHoldOutput.RequestCharged: RequestCharged */
        [1286] = {REF(members[1286].name_ref, strings[171]), REF(members[1286].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_object_legal_hold_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutObjectLegalHoldRequest.Bucket: BucketName */
        [1287] = {REF(members[1287].name_ref, strings[178]), REF(members[1287].shape_ref, shapes[470]), offsetof(struct awsc_s3_put_object_legal_hold_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutObjectLegalHoldRequest.Key: ObjectKey */
        [1288] = {REF(members[1288].name_ref, strings[22745]), REF(members[1288].shape_ref, shapes[475]), offsetof(struct awsc_s3_put_object_legal_hold_input, legal_hold), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutObjectLegalHoldRequest.LegalHold: ObjectLockLegalHold */
        [1289] = {REF(members[1289].name_ref, strings[200]), REF(members[1289].shape_ref, shapes[598]), offsetof(struct awsc_s3_put_object_legal_hold_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectLegalHoldRequest.RequestPayer: RequestPayer */
        [1290] = {REF(members[1290].name_ref, strings[8290]), REF(members[1290].shape_ref, shapes[491]), offsetof(struct awsc_s3_put_object_legal_hold_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* PutObjectLegalHoldRequest.VersionId: ObjectVersionId */
        [1291] = {REF(members[1291].name_ref, strings[6585]), REF(members[1291].shape_ref, shapes[110]), offsetof(struct awsc_s3_put_object_legal_hold_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectLegalHoldRequest.ContentMD5: ContentMD5 */
        [1292] = {REF(members[1292].name_ref, strings[6608]), REF(members[1292].shape_ref, shapes[76]), offsetof(struct awsc_s3_put_object_legal_hold_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectLegalHoldRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1293] = {REF(members[1293].name_ref, strings[233]), REF(members[1293].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_object_legal_hold_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectLegalHoldRequest.ExpectedBucketOwner: AccountId */
        [1294] = {REF(members[1294].name_ref, strings[106]), REF(members[1294].shape_ref, shapes[597]), offsetof(struct awsc_s3_put_object_lock_configuration_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectLockConfigurationOutput.RequestCharged: RequestCharged */
        [1295] = {REF(members[1295].name_ref, strings[171]), REF(members[1295].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_object_lock_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutObjectLockConfigurationRequest.Bucket: BucketName */
        [1296] = {REF(members[1296].name_ref, strings[22863]), REF(members[1296].shape_ref, shapes[472]), offsetof(struct awsc_s3_put_object_lock_configuration_input, object_lock_configuration), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutObjectLockConfigurationRequest.ObjectLockConfiguration: ObjectLockConfiguration */
        [1297] = {REF(members[1297].name_ref, strings[200]), REF(members[1297].shape_ref, shapes[598]), offsetof(struct awsc_s3_put_object_lock_configuration_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectLockConfigurationRequest.RequestPayer: RequestPayer */
        [1298] = {REF(members[1298].name_ref, strings[22133]), REF(members[1298].shape_ref, shapes[482]), offsetof(struct awsc_s3_put_object_lock_configuration_input, token), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectLockConfigurationRequest.Token: ObjectLockToken */
        [1299] = {REF(members[1299].name_ref, strings[6585]), REF(members[1299].shape_ref, shapes[110]), offsetof(struct awsc_s3_put_object_lock_configuration_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectLockConfigurationRequest.ContentMD5: ContentMD5 */
        [1300] = {REF(members[1300].name_ref, strings[6608]), REF(members[1300].shape_ref, shapes[76]), offsetof(struct awsc_s3_put_object_lock_configuration_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectLockConfigurationRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1301] = {REF(members[1301].name_ref, strings[233]), REF(members[1301].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_object_lock_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectLockConfigurationRequest.ExpectedBucketOwner: AccountId */
        [1302] = {REF(members[1302].name_ref, strings[3388]), REF(members[1302].shape_ref, shapes[204]), offsetof(struct awsc_s3_put_object_output, expiration), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectOutput.Expiration: Expiration */
        [1303] = {REF(members[1303].name_ref, strings[1067]), REF(members[1303].shape_ref, shapes[182]), offsetof(struct awsc_s3_put_object_output, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectOutput.ETag: ETag */
        [1304] = {REF(members[1304].name_ref, strings[3726]), REF(members[1304].shape_ref, shapes[78]), offsetof(struct awsc_s3_put_object_output, checksum_crc32), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectOutput.ChecksumCRC32: ChecksumCRC32 */
        [1305] = {REF(members[1305].name_ref, strings[3761]), REF(members[1305].shape_ref, shapes[79]), offsetof(struct awsc_s3_put_object_output, checksum_crc32_c), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectOutput.ChecksumCRC32C: ChecksumCRC32C */
        [1306] = {REF(members[1306].name_ref, strings[3798]), REF(members[1306].shape_ref, shapes[80]), offsetof(struct awsc_s3_put_object_output, checksum_crc64_nvme), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectOutput.ChecksumCRC64NVME: ChecksumCRC64NVME */
        [1307] = {REF(members[1307].name_ref, strings[3841]), REF(members[1307].shape_ref, shapes[83]), offsetof(struct awsc_s3_put_object_output, checksum_sha1), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectOutput.ChecksumSHA1: ChecksumSHA1 */
        [1308] = {REF(members[1308].name_ref, strings[3874]), REF(members[1308].shape_ref, shapes[84]), offsetof(struct awsc_s3_put_object_output, checksum_sha256), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectOutput.ChecksumSHA256: ChecksumSHA256 */
        [1309] = {REF(members[1309].name_ref, strings[3911]), REF(members[1309].shape_ref, shapes[85]), offsetof(struct awsc_s3_put_object_output, checksum_sha512), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectOutput.ChecksumSHA512: ChecksumSHA512 */
        [1310] = {REF(members[1310].name_ref, strings[3948]), REF(members[1310].shape_ref, shapes[81]), offsetof(struct awsc_s3_put_object_output, checksum_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectOutput.ChecksumMD5: ChecksumMD5 */
        [1311] = {REF(members[1311].name_ref, strings[3979]), REF(members[1311].shape_ref, shapes[89]), offsetof(struct awsc_s3_put_object_output, checksum_xxhash64), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectOutput.ChecksumXXHASH64: ChecksumXXHASH64 */
        [1312] = {REF(members[1312].name_ref, strings[4020]), REF(members[1312].shape_ref, shapes[88]), offsetof(struct awsc_s3_put_object_output, checksum_xxhash3), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectOutput.ChecksumXXHASH3: ChecksumXXHASH3 */
        [1313] = {REF(members[1313].name_ref, strings[4059]), REF(members[1313].shape_ref, shapes[87]), offsetof(struct awsc_s3_put_object_output, checksum_xxhash128), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectOutput.ChecksumXXHASH128: ChecksumXXHASH128 */
        [1314] = {REF(members[1314].name_ref, strings[4102]), REF(members[1314].shape_ref, shapes[86]), offsetof(struct awsc_s3_put_object_output, checksum_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectOutput.ChecksumType: ChecksumType */
        [1315] = {REF(members[1315].name_ref, strings[3416]), REF(members[1315].shape_ref, shapes[645]), offsetof(struct awsc_s3_put_object_output, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectOutput.ServerSideEncryption: ServerSideEncryption */
        [1316] = {REF(members[1316].name_ref, strings[3466]), REF(members[1316].shape_ref, shapes[491]), offsetof(struct awsc_s3_put_object_output, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectOutput.VersionId: ObjectVersionId */
        [1317] = {REF(members[1317].name_ref, strings[4213]), REF(members[1317].shape_ref, shapes[632]), offsetof(struct awsc_s3_put_object_output, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectOutput.SSECustomerAlgorithm: SSECustomerAlgorithm */
        [1318] = {REF(members[1318].name_ref, strings[4339]), REF(members[1318].shape_ref, shapes[634]), offsetof(struct awsc_s3_put_object_output, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectOutput.SSECustomerKeyMD5: SSECustomerKeyMD5 */
        [1319] = {REF(members[1319].name_ref, strings[3493]), REF(members[1319].shape_ref, shapes[638]), offsetof(struct awsc_s3_put_object_output, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectOutput.SSEKMSKeyId: SSEKMSKeyId */
        [1320] = {REF(members[1320].name_ref, strings[4816]), REF(members[1320].shape_ref, shapes[637]), offsetof(struct awsc_s3_put_object_output, ssekms_encryption_context), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectOutput.SSEKMSEncryptionContext: SSEKMSEncryptionContext */
        [1321] = {REF(members[1321].name_ref, strings[3549]), REF(members[1321].shape_ref, shapes[53]), offsetof(struct awsc_s3_put_object_output, bucket_key_enabled), offsetof(struct awsc_s3_put_object_output, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectOutput.BucketKeyEnabled: BucketKeyEnabled */
        [1322] = {REF(members[1322].name_ref, strings[22944]), REF(members[1322].shape_ref, shapes[656]), offsetof(struct awsc_s3_put_object_output, size), offsetof(struct awsc_s3_put_object_output, has_size), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectOutput.Size: Size */
        [1323] = {REF(members[1323].name_ref, strings[106]), REF(members[1323].shape_ref, shapes[597]), offsetof(struct awsc_s3_put_object_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectOutput.RequestCharged: RequestCharged */
        [1324] = {REF(members[1324].name_ref, strings[4895]), REF(members[1324].shape_ref, shapes[465]), offsetof(struct awsc_s3_put_object_input, acl), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.ACL: ObjectCannedACL */
        [1325] = {REF(members[1325].name_ref, strings[1481]), REF(members[1325].shape_ref, shapes[45]), offsetof(struct awsc_s3_put_object_input, body), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_STREAMING, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.Body: Body */
        [1326] = {REF(members[1326].name_ref, strings[171]), REF(members[1326].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_object_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.Bucket: BucketName */
        [1327] = {REF(members[1327].name_ref, strings[4909]), REF(members[1327].shape_ref, shapes[74]), offsetof(struct awsc_s3_put_object_input, cache_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.CacheControl: CacheControl */
        [1328] = {REF(members[1328].name_ref, strings[4979]), REF(members[1328].shape_ref, shapes[106]), offsetof(struct awsc_s3_put_object_input, content_disposition), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.ContentDisposition: ContentDisposition */
        [1329] = {REF(members[1329].name_ref, strings[5018]), REF(members[1329].shape_ref, shapes[107]), offsetof(struct awsc_s3_put_object_input, content_encoding), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.ContentEncoding: ContentEncoding */
        [1330] = {REF(members[1330].name_ref, strings[5051]), REF(members[1330].shape_ref, shapes[108]), offsetof(struct awsc_s3_put_object_input, content_language), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.ContentLanguage: ContentLanguage */
        [1331] = {REF(members[1331].name_ref, strings[12343]), REF(members[1331].shape_ref, shapes[109]), offsetof(struct awsc_s3_put_object_input, content_length), offsetof(struct awsc_s3_put_object_input, has_content_length), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.ContentLength: ContentLength */
        [1332] = {REF(members[1332].name_ref, strings[6585]), REF(members[1332].shape_ref, shapes[110]), offsetof(struct awsc_s3_put_object_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.ContentMD5: ContentMD5 */
        [1333] = {REF(members[1333].name_ref, strings[5084]), REF(members[1333].shape_ref, shapes[112]), offsetof(struct awsc_s3_put_object_input, content_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.ContentType: ContentType */
        [1334] = {REF(members[1334].name_ref, strings[6608]), REF(members[1334].shape_ref, shapes[76]), offsetof(struct awsc_s3_put_object_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1335] = {REF(members[1335].name_ref, strings[3726]), REF(members[1335].shape_ref, shapes[78]), offsetof(struct awsc_s3_put_object_input, checksum_crc32), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.ChecksumCRC32: ChecksumCRC32 */
        [1336] = {REF(members[1336].name_ref, strings[3761]), REF(members[1336].shape_ref, shapes[79]), offsetof(struct awsc_s3_put_object_input, checksum_crc32_c), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.ChecksumCRC32C: ChecksumCRC32C */
        [1337] = {REF(members[1337].name_ref, strings[3798]), REF(members[1337].shape_ref, shapes[80]), offsetof(struct awsc_s3_put_object_input, checksum_crc64_nvme), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.ChecksumCRC64NVME: ChecksumCRC64NVME */
        [1338] = {REF(members[1338].name_ref, strings[3841]), REF(members[1338].shape_ref, shapes[83]), offsetof(struct awsc_s3_put_object_input, checksum_sha1), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.ChecksumSHA1: ChecksumSHA1 */
        [1339] = {REF(members[1339].name_ref, strings[3874]), REF(members[1339].shape_ref, shapes[84]), offsetof(struct awsc_s3_put_object_input, checksum_sha256), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.ChecksumSHA256: ChecksumSHA256 */
        [1340] = {REF(members[1340].name_ref, strings[3911]), REF(members[1340].shape_ref, shapes[85]), offsetof(struct awsc_s3_put_object_input, checksum_sha512), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.ChecksumSHA512: ChecksumSHA512 */
        [1341] = {REF(members[1341].name_ref, strings[3948]), REF(members[1341].shape_ref, shapes[81]), offsetof(struct awsc_s3_put_object_input, checksum_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.ChecksumMD5: ChecksumMD5 */
        [1342] = {REF(members[1342].name_ref, strings[3979]), REF(members[1342].shape_ref, shapes[89]), offsetof(struct awsc_s3_put_object_input, checksum_xxhash64), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.ChecksumXXHASH64: ChecksumXXHASH64 */
        [1343] = {REF(members[1343].name_ref, strings[4020]), REF(members[1343].shape_ref, shapes[88]), offsetof(struct awsc_s3_put_object_input, checksum_xxhash3), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.ChecksumXXHASH3: ChecksumXXHASH3 */
        [1344] = {REF(members[1344].name_ref, strings[4059]), REF(members[1344].shape_ref, shapes[87]), offsetof(struct awsc_s3_put_object_input, checksum_xxhash128), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.ChecksumXXHASH128: ChecksumXXHASH128 */
        [1345] = {REF(members[1345].name_ref, strings[5365]), REF(members[1345].shape_ref, shapes[208]), offsetof(struct awsc_s3_put_object_input, expires), offsetof(struct awsc_s3_put_object_input, has_expires), 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.Expires: Expires */
        [1346] = {REF(members[1346].name_ref, strings[4170]), REF(members[1346].shape_ref, shapes[309]), offsetof(struct awsc_s3_put_object_input, if_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.IfMatch: IfMatch */
        [1347] = {REF(members[1347].name_ref, strings[4187]), REF(members[1347].shape_ref, shapes[314]), offsetof(struct awsc_s3_put_object_input, if_none_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.IfNoneMatch: IfNoneMatch */
        [1348] = {REF(members[1348].name_ref, strings[5373]), REF(members[1348].shape_ref, shapes[293]), offsetof(struct awsc_s3_put_object_input, grant_full_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.GrantFullControl: GrantFullControl */
        [1349] = {REF(members[1349].name_ref, strings[5415]), REF(members[1349].shape_ref, shapes[294]), offsetof(struct awsc_s3_put_object_input, grant_read), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.GrantRead: GrantRead */
        [1350] = {REF(members[1350].name_ref, strings[5442]), REF(members[1350].shape_ref, shapes[295]), offsetof(struct awsc_s3_put_object_input, grant_read_acp), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.GrantReadACP: GrantReadACP */
        [1351] = {REF(members[1351].name_ref, strings[5476]), REF(members[1351].shape_ref, shapes[297]), offsetof(struct awsc_s3_put_object_input, grant_write_acp), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.GrantWriteACP: GrantWriteACP */
        [1352] = {REF(members[1352].name_ref, strings[178]), REF(members[1352].shape_ref, shapes[470]), offsetof(struct awsc_s3_put_object_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.Key: ObjectKey */
        [1353] = {REF(members[1353].name_ref, strings[22984]), REF(members[1353].shape_ref, shapes[716]), offsetof(struct awsc_s3_put_object_input, write_offset_bytes), offsetof(struct awsc_s3_put_object_input, has_write_offset_bytes), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.WriteOffsetBytes: WriteOffsetBytes */
        [1354] = {REF(members[1354].name_ref, strings[5512]), REF(members[1354].shape_ref, shapes[419]), offsetof(struct awsc_s3_put_object_input, metadata), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADERS, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.Metadata: Metadata */
        [1355] = {REF(members[1355].name_ref, strings[3416]), REF(members[1355].shape_ref, shapes[645]), offsetof(struct awsc_s3_put_object_input, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.ServerSideEncryption: ServerSideEncryption */
        [1356] = {REF(members[1356].name_ref, strings[5671]), REF(members[1356].shape_ref, shapes[665]), offsetof(struct awsc_s3_put_object_input, storage_class), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.StorageClass: StorageClass */
        [1357] = {REF(members[1357].name_ref, strings[5704]), REF(members[1357].shape_ref, shapes[714]), offsetof(struct awsc_s3_put_object_input, website_redirect_location), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.WebsiteRedirectLocation: WebsiteRedirectLocation */
        [1358] = {REF(members[1358].name_ref, strings[4213]), REF(members[1358].shape_ref, shapes[632]), offsetof(struct awsc_s3_put_object_input, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.SSECustomerAlgorithm: SSECustomerAlgorithm */
        [1359] = {REF(members[1359].name_ref, strings[4282]), REF(members[1359].shape_ref, shapes[633]), offsetof(struct awsc_s3_put_object_input, sse_customer_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.SSECustomerKey: SSECustomerKey */
        [1360] = {REF(members[1360].name_ref, strings[4339]), REF(members[1360].shape_ref, shapes[634]), offsetof(struct awsc_s3_put_object_input, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.SSECustomerKeyMD5: SSECustomerKeyMD5 */
        [1361] = {REF(members[1361].name_ref, strings[3493]), REF(members[1361].shape_ref, shapes[638]), offsetof(struct awsc_s3_put_object_input, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.SSEKMSKeyId: SSEKMSKeyId */
        [1362] = {REF(members[1362].name_ref, strings[4816]), REF(members[1362].shape_ref, shapes[637]), offsetof(struct awsc_s3_put_object_input, ssekms_encryption_context), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.SSEKMSEncryptionContext: SSEKMSEncryptionContext */
        [1363] = {REF(members[1363].name_ref, strings[3549]), REF(members[1363].shape_ref, shapes[53]), offsetof(struct awsc_s3_put_object_input, bucket_key_enabled), offsetof(struct awsc_s3_put_object_input, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.BucketKeyEnabled: BucketKeyEnabled */
        [1364] = {REF(members[1364].name_ref, strings[200]), REF(members[1364].shape_ref, shapes[598]), offsetof(struct awsc_s3_put_object_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.RequestPayer: RequestPayer */
        [1365] = {REF(members[1365].name_ref, strings[6016]), REF(members[1365].shape_ref, shapes[676]), offsetof(struct awsc_s3_put_object_input, tagging), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.Tagging: TaggingHeader */
        [1366] = {REF(members[1366].name_ref, strings[6038]), REF(members[1366].shape_ref, shapes[477]), offsetof(struct awsc_s3_put_object_input, object_lock_mode), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.ObjectLockMode: ObjectLockMode */
        [1367] = {REF(members[1367].name_ref, strings[6076]), REF(members[1367].shape_ref, shapes[478]), offsetof(struct awsc_s3_put_object_input, object_lock_retain_until_date), offsetof(struct awsc_s3_put_object_input, has_object_lock_retain_until_date), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.ObjectLockRetainUntilDate: ObjectLockRetainUntilDate */
        [1368] = {REF(members[1368].name_ref, strings[6138]), REF(members[1368].shape_ref, shapes[476]), offsetof(struct awsc_s3_put_object_input, object_lock_legal_hold_status), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.ObjectLockLegalHoldStatus: ObjectLockLegalHoldStatus */
        [1369] = {REF(members[1369].name_ref, strings[233]), REF(members[1369].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_object_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRequest.ExpectedBucketOwner: AccountId */
        [1370] = {REF(members[1370].name_ref, strings[106]), REF(members[1370].shape_ref, shapes[597]), offsetof(struct awsc_s3_put_object_retention_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRetentionOutput.RequestCharged: RequestCharged */
        [1371] = {REF(members[1371].name_ref, strings[171]), REF(members[1371].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_object_retention_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutObjectRetentionRequest.Bucket: BucketName */
        [1372] = {REF(members[1372].name_ref, strings[178]), REF(members[1372].shape_ref, shapes[470]), offsetof(struct awsc_s3_put_object_retention_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutObjectRetentionRequest.Key: ObjectKey */
        [1373] = {REF(members[1373].name_ref, strings[23077]), REF(members[1373].shape_ref, shapes[479]), offsetof(struct awsc_s3_put_object_retention_input, retention), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutObjectRetentionRequest.Retention: ObjectLockRetention */
        [1374] = {REF(members[1374].name_ref, strings[200]), REF(members[1374].shape_ref, shapes[598]), offsetof(struct awsc_s3_put_object_retention_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRetentionRequest.RequestPayer: RequestPayer */
        [1375] = {REF(members[1375].name_ref, strings[8290]), REF(members[1375].shape_ref, shapes[491]), offsetof(struct awsc_s3_put_object_retention_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* PutObjectRetentionRequest.VersionId: ObjectVersionId */
        [1376] = {REF(members[1376].name_ref, strings[8432]), REF(members[1376].shape_ref, shapes[65]), offsetof(struct awsc_s3_put_object_retention_input, bypass_governance_retention), offsetof(struct awsc_s3_put_object_retention_input, has_bypass_governance_retention), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRetentionRequest.BypassGovernanceRetention: BypassGovernanceRetention */
        [1377] = {REF(members[1377].name_ref, strings[6585]), REF(members[1377].shape_ref, shapes[110]), offsetof(struct awsc_s3_put_object_retention_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRetentionRequest.ContentMD5: ContentMD5 */
        [1378] = {REF(members[1378].name_ref, strings[6608]), REF(members[1378].shape_ref, shapes[76]), offsetof(struct awsc_s3_put_object_retention_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRetentionRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1379] = {REF(members[1379].name_ref, strings[233]), REF(members[1379].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_object_retention_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectRetentionRequest.ExpectedBucketOwner: AccountId */
        [1380] = {REF(members[1380].name_ref, strings[3466]), REF(members[1380].shape_ref, shapes[491]), offsetof(struct awsc_s3_put_object_tagging_output, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectTaggingOutput.VersionId: ObjectVersionId */
        [1381] = {REF(members[1381].name_ref, strings[171]), REF(members[1381].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_object_tagging_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutObjectTaggingRequest.Bucket: BucketName */
        [1382] = {REF(members[1382].name_ref, strings[178]), REF(members[1382].shape_ref, shapes[470]), offsetof(struct awsc_s3_put_object_tagging_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutObjectTaggingRequest.Key: ObjectKey */
        [1383] = {REF(members[1383].name_ref, strings[8290]), REF(members[1383].shape_ref, shapes[491]), offsetof(struct awsc_s3_put_object_tagging_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* PutObjectTaggingRequest.VersionId: ObjectVersionId */
        [1384] = {REF(members[1384].name_ref, strings[6585]), REF(members[1384].shape_ref, shapes[110]), offsetof(struct awsc_s3_put_object_tagging_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectTaggingRequest.ContentMD5: ContentMD5 */
        [1385] = {REF(members[1385].name_ref, strings[6608]), REF(members[1385].shape_ref, shapes[76]), offsetof(struct awsc_s3_put_object_tagging_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectTaggingRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1386] = {REF(members[1386].name_ref, strings[22322]), REF(members[1386].shape_ref, shapes[674]), offsetof(struct awsc_s3_put_object_tagging_input, tagging), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutObjectTaggingRequest.Tagging: Tagging */
        [1387] = {REF(members[1387].name_ref, strings[233]), REF(members[1387].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_object_tagging_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectTaggingRequest.ExpectedBucketOwner: AccountId */
        [1388] = {REF(members[1388].name_ref, strings[200]), REF(members[1388].shape_ref, shapes[598]), offsetof(struct awsc_s3_put_object_tagging_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutObjectTaggingRequest.RequestPayer: RequestPayer */
        [1389] = {REF(members[1389].name_ref, strings[171]), REF(members[1389].shape_ref, shapes[59]), offsetof(struct awsc_s3_put_public_access_block_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutPublicAccessBlockRequest.Bucket: BucketName */
        [1390] = {REF(members[1390].name_ref, strings[6585]), REF(members[1390].shape_ref, shapes[110]), offsetof(struct awsc_s3_put_public_access_block_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutPublicAccessBlockRequest.ContentMD5: ContentMD5 */
        [1391] = {REF(members[1391].name_ref, strings[6608]), REF(members[1391].shape_ref, shapes[76]), offsetof(struct awsc_s3_put_public_access_block_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutPublicAccessBlockRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1392] = {REF(members[1392].name_ref, strings[23203]), REF(members[1392].shape_ref, shapes[521]), offsetof(struct awsc_s3_put_public_access_block_input, public_access_block_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutPublicAccessBlockRequest.PublicAccessBlockConfiguration: PublicAccessBlockConfiguration */
        [1393] = {REF(members[1393].name_ref, strings[233]), REF(members[1393].shape_ref, shapes[14]), offsetof(struct awsc_s3_put_public_access_block_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* PutPublicAccessBlockRequest.ExpectedBucketOwner: AccountId */
        [1394] = {REF(members[1394].name_ref, strings[703]), REF(members[1394].shape_ref, shapes[460]), offsetof(struct awsc_s3_queue_configuration, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueueConfiguration.Id: NotificationId */
        [1395] = {REF(members[1395].name_ref, strings[23284]), REF(members[1395].shape_ref, shapes[559]), offsetof(struct awsc_s3_queue_configuration, queue_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueueConfiguration.QueueArn: QueueArn */
        [1396] = {REF(members[1396].name_ref, strings[3258]), REF(members[1396].shape_ref, shapes[201]), offsetof(struct awsc_s3_queue_configuration, events), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueueConfiguration.Events: EventList */
        [1397] = {REF(members[1397].name_ref, strings[706]), REF(members[1397].shape_ref, shapes[459]), offsetof(struct awsc_s3_queue_configuration, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueueConfiguration.Filter: NotificationConfigurationFilter */
        [1398] = {REF(members[1398].name_ref, strings[703]), REF(members[1398].shape_ref, shapes[460]), offsetof(struct awsc_s3_queue_configuration_deprecated, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueueConfigurationDeprecated.Id: NotificationId */
        [1399] = {REF(members[1399].name_ref, strings[3252]), REF(members[1399].shape_ref, shapes[199]), offsetof(struct awsc_s3_queue_configuration_deprecated, event), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueueConfigurationDeprecated.Event: Event */
        [1400] = {REF(members[1400].name_ref, strings[3258]), REF(members[1400].shape_ref, shapes[201]), offsetof(struct awsc_s3_queue_configuration_deprecated, events), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueueConfigurationDeprecated.Events: EventList */
        [1401] = {REF(members[1401].name_ref, strings[23328]), REF(members[1401].shape_ref, shapes[559]), offsetof(struct awsc_s3_queue_configuration_deprecated, queue), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueueConfigurationDeprecated.Queue: QueueArn */
        [1402] = {REF(members[1402].name_ref, strings[10112]), REF(members[1402].shape_ref, shapes[205]), offsetof(struct awsc_s3_record_expiration, expiration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RecordExpiration.Expiration: ExpirationState */
        [1403] = {REF(members[1403].name_ref, strings[7441]), REF(members[1403].shape_ref, shapes[570]), offsetof(struct awsc_s3_record_expiration, days), offsetof(struct awsc_s3_record_expiration, has_days), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RecordExpiration.Days: RecordExpirationDays */
        [1404] = {REF(members[1404].name_ref, strings[23407]), REF(members[1404].shape_ref, shapes[45]), offsetof(struct awsc_s3_records_event, payload), AWSC_NO_PRESENCE, AWSC_MF_EVENTPAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RecordsEvent.Payload: Body */
        [1405] = {REF(members[1405].name_ref, strings[14226]), REF(members[1405].shape_ref, shapes[304]), offsetof(struct awsc_s3_redirect, host_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Redirect.HostName: HostName */
        [1406] = {REF(members[1406].name_ref, strings[14235]), REF(members[1406].shape_ref, shapes[306]), offsetof(struct awsc_s3_redirect, http_redirect_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Redirect.HttpRedirectCode: HttpRedirectCode */
        [1407] = {REF(members[1407].name_ref, strings[20443]), REF(members[1407].shape_ref, shapes[520]), offsetof(struct awsc_s3_redirect, protocol), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Redirect.Protocol: Protocol */
        [1408] = {REF(members[1408].name_ref, strings[23424]), REF(members[1408].shape_ref, shapes[582]), offsetof(struct awsc_s3_redirect, replace_key_prefix_with), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Redirect.ReplaceKeyPrefixWith: ReplaceKeyPrefixWith */
        [1409] = {REF(members[1409].name_ref, strings[23445]), REF(members[1409].shape_ref, shapes[583]), offsetof(struct awsc_s3_redirect, replace_key_with), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Redirect.ReplaceKeyWith: ReplaceKeyWith */
        [1410] = {REF(members[1410].name_ref, strings[14226]), REF(members[1410].shape_ref, shapes[304]), offsetof(struct awsc_s3_redirect_all_requests_to, host_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RedirectAllRequestsTo.HostName: HostName */
        [1411] = {REF(members[1411].name_ref, strings[20443]), REF(members[1411].shape_ref, shapes[520]), offsetof(struct awsc_s3_redirect_all_requests_to, protocol), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RedirectAllRequestsTo.Protocol: Protocol */
        [1412] = {REF(members[1412].name_ref, strings[171]), REF(members[1412].shape_ref, shapes[59]), offsetof(struct awsc_s3_rename_object_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* RenameObjectRequest.Bucket: BucketName */
        [1413] = {REF(members[1413].name_ref, strings[178]), REF(members[1413].shape_ref, shapes[470]), offsetof(struct awsc_s3_rename_object_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* RenameObjectRequest.Key: ObjectKey */
        [1414] = {REF(members[1414].name_ref, strings[23506]), REF(members[1414].shape_ref, shapes[577]), offsetof(struct awsc_s3_rename_object_input, rename_source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* RenameObjectRequest.RenameSource: RenameSource */
        [1415] = {REF(members[1415].name_ref, strings[23539]), REF(members[1415].shape_ref, shapes[309]), offsetof(struct awsc_s3_rename_object_input, destination_if_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* RenameObjectRequest.DestinationIfMatch: IfMatch */
        [1416] = {REF(members[1416].name_ref, strings[23567]), REF(members[1416].shape_ref, shapes[314]), offsetof(struct awsc_s3_rename_object_input, destination_if_none_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* RenameObjectRequest.DestinationIfNoneMatch: IfNoneMatch */
        [1417] = {REF(members[1417].name_ref, strings[23604]), REF(members[1417].shape_ref, shapes[313]), offsetof(struct awsc_s3_rename_object_input, destination_if_modified_since), offsetof(struct awsc_s3_rename_object_input, has_destination_if_modified_since), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* RenameObjectRequest.DestinationIfModifiedSince: IfModifiedSince */
        [1418] = {REF(members[1418].name_ref, strings[23649]), REF(members[1418].shape_ref, shapes[315]), offsetof(struct awsc_s3_rename_object_input, destination_if_unmodified_since), offsetof(struct awsc_s3_rename_object_input, has_destination_if_unmodified_since), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* RenameObjectRequest.DestinationIfUnmodifiedSince: IfUnmodifiedSince */
        [1419] = {REF(members[1419].name_ref, strings[23698]), REF(members[1419].shape_ref, shapes[578]), offsetof(struct awsc_s3_rename_object_input, source_if_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* RenameObjectRequest.SourceIfMatch: RenameSourceIfMatch */
        [1420] = {REF(members[1420].name_ref, strings[23741]), REF(members[1420].shape_ref, shapes[580]), offsetof(struct awsc_s3_rename_object_input, source_if_none_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* RenameObjectRequest.SourceIfNoneMatch: RenameSourceIfNoneMatch */
        [1421] = {REF(members[1421].name_ref, strings[23793]), REF(members[1421].shape_ref, shapes[579]), offsetof(struct awsc_s3_rename_object_input, source_if_modified_since), offsetof(struct awsc_s3_rename_object_input, has_source_if_modified_since), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* RenameObjectRequest.SourceIfModifiedSince: RenameSourceIfModifiedSince */
        [1422] = {REF(members[1422].name_ref, strings[23853]), REF(members[1422].shape_ref, shapes[581]), offsetof(struct awsc_s3_rename_object_input, source_if_unmodified_since), offsetof(struct awsc_s3_rename_object_input, has_source_if_unmodified_since), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* RenameObjectRequest.SourceIfUnmodifiedSince: RenameSourceIfUnmodifiedSince */
        [1423] = {REF(members[1423].name_ref, strings[23917]), REF(members[1423].shape_ref, shapes[90]), offsetof(struct awsc_s3_rename_object_input, client_token), AWSC_NO_PRESENCE, AWSC_MF_IDEMPOTENCY_TOKEN | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* RenameObjectRequest.ClientToken: ClientToken */
        [1424] = {REF(members[1424].name_ref, strings[11]), REF(members[1424].shape_ref, shapes[586]), offsetof(struct awsc_s3_replica_modifications, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaModifications.Status: ReplicaModificationsStatus */
        [1425] = {REF(members[1425].name_ref, strings[1281]), REF(members[1425].shape_ref, shapes[617]), offsetof(struct awsc_s3_replication_configuration, role), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicationConfiguration.Role: Role */
        [1426] = {REF(members[1426].name_ref, strings[1796]), REF(members[1426].shape_ref, shapes[592]), offsetof(struct awsc_s3_replication_configuration, rules), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicationConfiguration.Rules: ReplicationRules */
        [1427] = {REF(members[1427].name_ref, strings[2610]), REF(members[1427].shape_ref, shapes[307]), offsetof(struct awsc_s3_replication_rule, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicationRule.ID: ID */
        [1428] = {REF(members[1428].name_ref, strings[20403]), REF(members[1428].shape_ref, shapes[517]), offsetof(struct awsc_s3_replication_rule, priority), offsetof(struct awsc_s3_replication_rule, has_priority), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicationRule.Priority: Priority */
        [1429] = {REF(members[1429].name_ref, strings[664]), REF(members[1429].shape_ref, shapes[516]), offsetof(struct awsc_s3_replication_rule, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicationRule.Prefix: Prefix */
        [1430] = {REF(members[1430].name_ref, strings[706]), REF(members[1430].shape_ref, shapes[590]), offsetof(struct awsc_s3_replication_rule, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicationRule.Filter: ReplicationRuleFilter */
        [1431] = {REF(members[1431].name_ref, strings[11]), REF(members[1431].shape_ref, shapes[591]), offsetof(struct awsc_s3_replication_rule, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicationRule.Status: ReplicationRuleStatus */
        [1432] = {REF(members[1432].name_ref, strings[24127]), REF(members[1432].shape_ref, shapes[658]), offsetof(struct awsc_s3_replication_rule, source_selection_criteria), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicationRule.SourceSelectionCriteria: SourceSelectionCriteria */
        [1433] = {REF(members[1433].name_ref, strings[10054]), REF(members[1433].shape_ref, shapes[202]), offsetof(struct awsc_s3_replication_rule, existing_object_replication), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicationRule.ExistingObjectReplication: ExistingObjectReplication */
        [1434] = {REF(members[1434].name_ref, strings[8827]), REF(members[1434].shape_ref, shapes[178]), offsetof(struct awsc_s3_replication_rule, destination), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicationRule.Destination: Destination */
        [1435] = {REF(members[1435].name_ref, strings[8071]), REF(members[1435].shape_ref, shapes[161]), offsetof(struct awsc_s3_replication_rule, delete_marker_replication), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicationRule.DeleteMarkerReplication: DeleteMarkerReplication */
        [1436] = {REF(members[1436].name_ref, strings[664]), REF(members[1436].shape_ref, shapes[516]), offsetof(struct awsc_s3_replication_rule_and_operator, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicationRuleAndOperator.Prefix: Prefix */
        [1437] = {REF(members[1437].name_ref, strings[671]), REF(members[1437].shape_ref, shapes[673]), offsetof(struct awsc_s3_replication_rule_and_operator, tags), AWSC_NO_PRESENCE, AWSC_MF_FLATTENED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicationRuleAndOperator.Tags: TagSet */
        [1438] = {REF(members[1438].name_ref, strings[664]), REF(members[1438].shape_ref, shapes[516]), offsetof(struct awsc_s3_replication_rule_filter, prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicationRuleFilter.Prefix: Prefix */
        [1439] = {REF(members[1439].name_ref, strings[824]), REF(members[1439].shape_ref, shapes[671]), offsetof(struct awsc_s3_replication_rule_filter, tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicationRuleFilter.Tag: Tag */
        [1440] = {REF(members[1440].name_ref, strings[828]), REF(members[1440].shape_ref, shapes[589]), offsetof(struct awsc_s3_replication_rule_filter, and_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicationRuleFilter.And: ReplicationRuleAndOperator */
        [1441] = {REF(members[1441].name_ref, strings[11]), REF(members[1441].shape_ref, shapes[595]), offsetof(struct awsc_s3_replication_time, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicationTime.Status: ReplicationTimeStatus */
        [1442] = {REF(members[1442].name_ref, strings[24281]), REF(members[1442].shape_ref, shapes[596]), offsetof(struct awsc_s3_replication_time, time), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicationTime.Time: ReplicationTimeValue */
        [1443] = {REF(members[1443].name_ref, strings[18449]), REF(members[1443].shape_ref, shapes[437]), offsetof(struct awsc_s3_replication_time_value, minutes), offsetof(struct awsc_s3_replication_time_value, has_minutes), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicationTimeValue.Minutes: Minutes */
        [1444] = {REF(members[1444].name_ref, strings[11991]), REF(members[1444].shape_ref, shapes[512]), offsetof(struct awsc_s3_request_payment_configuration, payer), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RequestPaymentConfiguration.Payer: Payer */
        [1445] = {REF(members[1445].name_ref, strings[19382]), REF(members[1445].shape_ref, shapes[184]), offsetof(struct awsc_s3_request_progress, enabled), offsetof(struct awsc_s3_request_progress, has_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RequestProgress.Enabled: EnableRequestProgress */
        [1446] = {REF(members[1446].name_ref, strings[106]), REF(members[1446].shape_ref, shapes[597]), offsetof(struct awsc_s3_restore_object_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* RestoreObjectOutput.RequestCharged: RequestCharged */
        [1447] = {REF(members[1447].name_ref, strings[24587]), REF(members[1447].shape_ref, shapes[613]), offsetof(struct awsc_s3_restore_object_output, restore_output_path), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* RestoreObjectOutput.RestoreOutputPath: RestoreOutputPath */
        [1448] = {REF(members[1448].name_ref, strings[171]), REF(members[1448].shape_ref, shapes[59]), offsetof(struct awsc_s3_restore_object_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* RestoreObjectRequest.Bucket: BucketName */
        [1449] = {REF(members[1449].name_ref, strings[178]), REF(members[1449].shape_ref, shapes[470]), offsetof(struct awsc_s3_restore_object_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* RestoreObjectRequest.Key: ObjectKey */
        [1450] = {REF(members[1450].name_ref, strings[8290]), REF(members[1450].shape_ref, shapes[491]), offsetof(struct awsc_s3_restore_object_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* RestoreObjectRequest.VersionId: ObjectVersionId */
        [1451] = {REF(members[1451].name_ref, strings[24652]), REF(members[1451].shape_ref, shapes[614]), offsetof(struct awsc_s3_restore_object_input, restore_request), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreObjectRequest.RestoreRequest: RestoreRequest */
        [1452] = {REF(members[1452].name_ref, strings[200]), REF(members[1452].shape_ref, shapes[598]), offsetof(struct awsc_s3_restore_object_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* RestoreObjectRequest.RequestPayer: RequestPayer */
        [1453] = {REF(members[1453].name_ref, strings[6608]), REF(members[1453].shape_ref, shapes[76]), offsetof(struct awsc_s3_restore_object_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* RestoreObjectRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1454] = {REF(members[1454].name_ref, strings[233]), REF(members[1454].shape_ref, shapes[14]), offsetof(struct awsc_s3_restore_object_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* RestoreObjectRequest.ExpectedBucketOwner: AccountId */
        [1455] = {REF(members[1455].name_ref, strings[7441]), REF(members[1455].shape_ref, shapes[140]), offsetof(struct awsc_s3_restore_request, days), offsetof(struct awsc_s3_restore_request, has_days), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreRequest.Days: Days */
        [1456] = {REF(members[1456].name_ref, strings[13767]), REF(members[1456].shape_ref, shapes[291]), offsetof(struct awsc_s3_restore_request, glacier_job_parameters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreRequest.GlacierJobParameters: GlacierJobParameters */
        [1457] = {REF(members[1457].name_ref, strings[1745]), REF(members[1457].shape_ref, shapes[615]), offsetof(struct awsc_s3_restore_request, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreRequest.Type: RestoreRequestType */
        [1458] = {REF(members[1458].name_ref, strings[13788]), REF(members[1458].shape_ref, shapes[682]), offsetof(struct awsc_s3_restore_request, tier), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreRequest.Tier: Tier */
        [1459] = {REF(members[1459].name_ref, strings[8815]), REF(members[1459].shape_ref, shapes[177]), offsetof(struct awsc_s3_restore_request, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreRequest.Description: Description */
        [1460] = {REF(members[1460].name_ref, strings[24741]), REF(members[1460].shape_ref, shapes[644]), offsetof(struct awsc_s3_restore_request, select_parameters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreRequest.SelectParameters: SelectParameters */
        [1461] = {REF(members[1461].name_ref, strings[20135]), REF(members[1461].shape_ref, shapes[496]), offsetof(struct awsc_s3_restore_request, output_location), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreRequest.OutputLocation: OutputLocation */
        [1462] = {REF(members[1462].name_ref, strings[15575]), REF(members[1462].shape_ref, shapes[353]), offsetof(struct awsc_s3_restore_status, is_restore_in_progress), offsetof(struct awsc_s3_restore_status, has_is_restore_in_progress), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreStatus.IsRestoreInProgress: IsRestoreInProgress */
        [1463] = {REF(members[1463].name_ref, strings[24549]), REF(members[1463].shape_ref, shapes[610]), offsetof(struct awsc_s3_restore_status, restore_expiry_date), offsetof(struct awsc_s3_restore_status, has_restore_expiry_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreStatus.RestoreExpiryDate: RestoreExpiryDate */
        [1464] = {REF(members[1464].name_ref, strings[4530]), REF(members[1464].shape_ref, shapes[104]), offsetof(struct awsc_s3_routing_rule, condition), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RoutingRule.Condition: Condition */
        [1465] = {REF(members[1465].name_ref, strings[23415]), REF(members[1465].shape_ref, shapes[572]), offsetof(struct awsc_s3_routing_rule, redirect), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RoutingRule.Redirect: Redirect */
        [1466] = {REF(members[1466].name_ref, strings[10112]), REF(members[1466].shape_ref, shapes[372]), offsetof(struct awsc_s3_rule, expiration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Rule.Expiration: LifecycleExpiration */
        [1467] = {REF(members[1467].name_ref, strings[2610]), REF(members[1467].shape_ref, shapes[307]), offsetof(struct awsc_s3_rule, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Rule.ID: ID */
        [1468] = {REF(members[1468].name_ref, strings[664]), REF(members[1468].shape_ref, shapes[516]), offsetof(struct awsc_s3_rule, prefix), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Rule.Prefix: Prefix */
        [1469] = {REF(members[1469].name_ref, strings[11]), REF(members[1469].shape_ref, shapes[206]), offsetof(struct awsc_s3_rule, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Rule.Status: ExpirationStatus */
        [1470] = {REF(members[1470].name_ref, strings[24796]), REF(members[1470].shape_ref, shapes[691]), offsetof(struct awsc_s3_rule, transition), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Rule.Transition: Transition */
        [1471] = {REF(members[1471].name_ref, strings[18647]), REF(members[1471].shape_ref, shapes[455]), offsetof(struct awsc_s3_rule, noncurrent_version_transition), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Rule.NoncurrentVersionTransition: NoncurrentVersionTransition */
        [1472] = {REF(members[1472].name_ref, strings[16041]), REF(members[1472].shape_ref, shapes[454]), offsetof(struct awsc_s3_rule, noncurrent_version_expiration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Rule.NoncurrentVersionExpiration: NoncurrentVersionExpiration */
        [1473] = {REF(members[1473].name_ref, strings[28]), REF(members[1473].shape_ref, shapes[2]), offsetof(struct awsc_s3_rule, abort_incomplete_multipart_upload), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Rule.AbortIncompleteMultipartUpload: AbortIncompleteMultipartUpload */
        [1474] = {REF(members[1474].name_ref, strings[24825]), REF(members[1474].shape_ref, shapes[217]), offsetof(struct awsc_s3_s3_key_filter, filter_rules), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* S3KeyFilter.FilterRules: FilterRuleList */
        [1475] = {REF(members[1475].name_ref, strings[2393]), REF(members[1475].shape_ref, shapes[59]), offsetof(struct awsc_s3_s3_location, bucket_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* S3Location.BucketName: BucketName */
        [1476] = {REF(members[1476].name_ref, strings[664]), REF(members[1476].shape_ref, shapes[404]), offsetof(struct awsc_s3_s3_location, prefix), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* S3Location.Prefix: LocationPrefix */
        [1477] = {REF(members[1477].name_ref, strings[9033]), REF(members[1477].shape_ref, shapes[186]), offsetof(struct awsc_s3_s3_location, encryption), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* S3Location.Encryption: Encryption */
        [1478] = {REF(members[1478].name_ref, strings[24859]), REF(members[1478].shape_ref, shapes[465]), offsetof(struct awsc_s3_s3_location, canned_acl), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* S3Location.CannedACL: ObjectCannedACL */
        [1479] = {REF(members[1479].name_ref, strings[24869]), REF(members[1479].shape_ref, shapes[299]), offsetof(struct awsc_s3_s3_location, access_control_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* S3Location.AccessControlList: Grants */
        [1480] = {REF(members[1480].name_ref, strings[22371]), REF(members[1480].shape_ref, shapes[674]), offsetof(struct awsc_s3_s3_location, tagging), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* S3Location.Tagging: Tagging */
        [1481] = {REF(members[1481].name_ref, strings[24887]), REF(members[1481].shape_ref, shapes[708]), offsetof(struct awsc_s3_s3_location, user_metadata), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* S3Location.UserMetadata: UserMetadata */
        [1482] = {REF(members[1482].name_ref, strings[8847]), REF(members[1482].shape_ref, shapes[665]), offsetof(struct awsc_s3_s3_location, storage_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* S3Location.StorageClass: StorageClass */
        [1483] = {REF(members[1483].name_ref, strings[8918]), REF(members[1483].shape_ref, shapes[626]), offsetof(struct awsc_s3_s3_tables_destination, table_bucket_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* S3TablesDestination.TableBucketArn: S3TablesBucketArn */
        [1484] = {REF(members[1484].name_ref, strings[1339]), REF(members[1484].shape_ref, shapes[630]), offsetof(struct awsc_s3_s3_tables_destination, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* S3TablesDestination.TableName: S3TablesName */
        [1485] = {REF(members[1485].name_ref, strings[8918]), REF(members[1485].shape_ref, shapes[626]), offsetof(struct awsc_s3_s3_tables_destination_result, table_bucket_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* S3TablesDestinationResult.TableBucketArn: S3TablesBucketArn */
        [1486] = {REF(members[1486].name_ref, strings[1339]), REF(members[1486].shape_ref, shapes[630]), offsetof(struct awsc_s3_s3_tables_destination_result, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* S3TablesDestinationResult.TableName: S3TablesName */
        [1487] = {REF(members[1487].name_ref, strings[1349]), REF(members[1487].shape_ref, shapes[625]), offsetof(struct awsc_s3_s3_tables_destination_result, table_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* S3TablesDestinationResult.TableArn: S3TablesArn */
        [1488] = {REF(members[1488].name_ref, strings[8933]), REF(members[1488].shape_ref, shapes[631]), offsetof(struct awsc_s3_s3_tables_destination_result, table_namespace), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* S3TablesDestinationResult.TableNamespace: S3TablesNamespace */
        [1489] = {REF(members[1489].name_ref, strings[25091]), REF(members[1489].shape_ref, shapes[638]), offsetof(struct awsc_s3_ssekms, key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SSEKMS.KeyId: SSEKMSKeyId */
        [1490] = {REF(members[1490].name_ref, strings[25122]), REF(members[1490].shape_ref, shapes[453]), offsetof(struct awsc_s3_ssekms_encryption, kms_key_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SSEKMSEncryption.KMSKeyArn: NonEmptyKmsKeyArnString */
        [1491] = {REF(members[1491].name_ref, strings[1750]), REF(members[1491].shape_ref, shapes[53]), offsetof(struct awsc_s3_ssekms_encryption, bucket_key_enabled), offsetof(struct awsc_s3_ssekms_encryption, has_bucket_key_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SSEKMSEncryption.BucketKeyEnabled: BucketKeyEnabled */
        [1492] = {REF(members[1492].name_ref, strings[25191]), REF(members[1492].shape_ref, shapes[661]), offsetof(struct awsc_s3_scan_range, start), offsetof(struct awsc_s3_scan_range, has_start), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScanRange.Start: Start */
        [1493] = {REF(members[1493].name_ref, strings[9133]), REF(members[1493].shape_ref, shapes[191]), offsetof(struct awsc_s3_scan_range, end), offsetof(struct awsc_s3_scan_range, has_end), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScanRange.End: End */
        [1494] = {REF(members[1494].name_ref, strings[25228]), REF(members[1494].shape_ref, shapes[571]), offsetof(struct awsc_s3_select_object_content_event, records), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SelectObjectContentEventStream.Records: RecordsEvent */
        [1495] = {REF(members[1495].name_ref, strings[25236]), REF(members[1495].shape_ref, shapes[664]), offsetof(struct awsc_s3_select_object_content_event, stats), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SelectObjectContentEventStream.Stats: StatsEvent */
        [1496] = {REF(members[1496].name_ref, strings[20412]), REF(members[1496].shape_ref, shapes[519]), offsetof(struct awsc_s3_select_object_content_event, progress), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SelectObjectContentEventStream.Progress: ProgressEvent */
        [1497] = {REF(members[1497].name_ref, strings[25242]), REF(members[1497].shape_ref, shapes[113]), offsetof(struct awsc_s3_select_object_content_event, cont), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SelectObjectContentEventStream.Cont: ContinuationEvent */
        [1498] = {REF(members[1498].name_ref, strings[9133]), REF(members[1498].shape_ref, shapes[192]), offsetof(struct awsc_s3_select_object_content_event, end), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SelectObjectContentEventStream.End: EndEvent */
        [1499] = {REF(members[1499].name_ref, strings[23407]), REF(members[1499].shape_ref, shapes[641]), offsetof(struct awsc_s3_select_object_content_output, payload), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SelectObjectContentOutput.Payload: SelectObjectContentEventStream */
        [1500] = {REF(members[1500].name_ref, strings[171]), REF(members[1500].shape_ref, shapes[59]), offsetof(struct awsc_s3_select_object_content_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* SelectObjectContentRequest.Bucket: BucketName */
        [1501] = {REF(members[1501].name_ref, strings[178]), REF(members[1501].shape_ref, shapes[470]), offsetof(struct awsc_s3_select_object_content_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* SelectObjectContentRequest.Key: ObjectKey */
        [1502] = {REF(members[1502].name_ref, strings[4213]), REF(members[1502].shape_ref, shapes[632]), offsetof(struct awsc_s3_select_object_content_input, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* SelectObjectContentRequest.SSECustomerAlgorithm: SSECustomerAlgorithm */
        [1503] = {REF(members[1503].name_ref, strings[4282]), REF(members[1503].shape_ref, shapes[633]), offsetof(struct awsc_s3_select_object_content_input, sse_customer_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* SelectObjectContentRequest.SSECustomerKey: SSECustomerKey */
        [1504] = {REF(members[1504].name_ref, strings[4339]), REF(members[1504].shape_ref, shapes[634]), offsetof(struct awsc_s3_select_object_content_input, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* SelectObjectContentRequest.SSECustomerKeyMD5: SSECustomerKeyMD5 */
        [1505] = {REF(members[1505].name_ref, strings[10209]), REF(members[1505].shape_ref, shapes[211]), offsetof(struct awsc_s3_select_object_content_input, expression), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SelectObjectContentRequest.Expression: Expression */
        [1506] = {REF(members[1506].name_ref, strings[10220]), REF(members[1506].shape_ref, shapes[212]), offsetof(struct awsc_s3_select_object_content_input, expression_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SelectObjectContentRequest.ExpressionType: ExpressionType */
        [1507] = {REF(members[1507].name_ref, strings[24367]), REF(members[1507].shape_ref, shapes[600]), offsetof(struct awsc_s3_select_object_content_input, request_progress), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SelectObjectContentRequest.RequestProgress: RequestProgress */
        [1508] = {REF(members[1508].name_ref, strings[14419]), REF(members[1508].shape_ref, shapes[319]), offsetof(struct awsc_s3_select_object_content_input, input_serialization), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SelectObjectContentRequest.InputSerialization: InputSerialization */
        [1509] = {REF(members[1509].name_ref, strings[20153]), REF(members[1509].shape_ref, shapes[497]), offsetof(struct awsc_s3_select_object_content_input, output_serialization), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SelectObjectContentRequest.OutputSerialization: OutputSerialization */
        [1510] = {REF(members[1510].name_ref, strings[25181]), REF(members[1510].shape_ref, shapes[640]), offsetof(struct awsc_s3_select_object_content_input, scan_range), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SelectObjectContentRequest.ScanRange: ScanRange */
        [1511] = {REF(members[1511].name_ref, strings[233]), REF(members[1511].shape_ref, shapes[14]), offsetof(struct awsc_s3_select_object_content_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* SelectObjectContentRequest.ExpectedBucketOwner: AccountId */
        [1512] = {REF(members[1512].name_ref, strings[14419]), REF(members[1512].shape_ref, shapes[319]), offsetof(struct awsc_s3_select_parameters, input_serialization), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SelectParameters.InputSerialization: InputSerialization */
        [1513] = {REF(members[1513].name_ref, strings[10220]), REF(members[1513].shape_ref, shapes[212]), offsetof(struct awsc_s3_select_parameters, expression_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SelectParameters.ExpressionType: ExpressionType */
        [1514] = {REF(members[1514].name_ref, strings[10209]), REF(members[1514].shape_ref, shapes[211]), offsetof(struct awsc_s3_select_parameters, expression), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SelectParameters.Expression: Expression */
        [1515] = {REF(members[1515].name_ref, strings[20153]), REF(members[1515].shape_ref, shapes[497]), offsetof(struct awsc_s3_select_parameters, output_serialization), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SelectParameters.OutputSerialization: OutputSerialization */
        [1516] = {REF(members[1516].name_ref, strings[25439]), REF(members[1516].shape_ref, shapes[645]), offsetof(struct awsc_s3_server_side_encryption_by_default, sse_algorithm), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServerSideEncryptionByDefault.SSEAlgorithm: ServerSideEncryption */
        [1517] = {REF(members[1517].name_ref, strings[25452]), REF(members[1517].shape_ref, shapes[638]), offsetof(struct awsc_s3_server_side_encryption_by_default, kms_master_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServerSideEncryptionByDefault.KMSMasterKeyID: SSEKMSKeyId */
        [1518] = {REF(members[1518].name_ref, strings[1796]), REF(members[1518].shape_ref, shapes[649]), offsetof(struct awsc_s3_server_side_encryption_configuration, rules), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServerSideEncryptionConfiguration.Rules: ServerSideEncryptionRules */
        [1519] = {REF(members[1519].name_ref, strings[25492]), REF(members[1519].shape_ref, shapes[646]), offsetof(struct awsc_s3_server_side_encryption_rule, apply_server_side_encryption_by_default), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServerSideEncryptionRule.ApplyServerSideEncryptionByDefault: ServerSideEncryptionByDefault */
        [1520] = {REF(members[1520].name_ref, strings[1750]), REF(members[1520].shape_ref, shapes[53]), offsetof(struct awsc_s3_server_side_encryption_rule, bucket_key_enabled), offsetof(struct awsc_s3_server_side_encryption_rule, has_bucket_key_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServerSideEncryptionRule.BucketKeyEnabled: BucketKeyEnabled */
        [1521] = {REF(members[1521].name_ref, strings[1443]), REF(members[1521].shape_ref, shapes[44]), offsetof(struct awsc_s3_server_side_encryption_rule, blocked_encryption_types), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServerSideEncryptionRule.BlockedEncryptionTypes: BlockedEncryptionTypes */
        [1522] = {REF(members[1522].name_ref, strings[25595]), REF(members[1522].shape_ref, shapes[11]), offsetof(struct awsc_s3_session_credentials, access_key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SessionCredentials.AccessKeyId: AccessKeyIdValue */
        [1523] = {REF(members[1523].name_ref, strings[25607]), REF(members[1523].shape_ref, shapes[650]), offsetof(struct awsc_s3_session_credentials, secret_access_key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SessionCredentials.SecretAccessKey: SessionCredentialValue */
        [1524] = {REF(members[1524].name_ref, strings[25623]), REF(members[1524].shape_ref, shapes[650]), offsetof(struct awsc_s3_session_credentials, session_token), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SessionCredentials.SessionToken: SessionCredentialValue */
        [1525] = {REF(members[1525].name_ref, strings[10112]), REF(members[1525].shape_ref, shapes[652]), offsetof(struct awsc_s3_session_credentials, expiration), offsetof(struct awsc_s3_session_credentials, has_expiration), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SessionCredentials.Expiration: SessionExpiration */
        [1526] = {REF(members[1526].name_ref, strings[25721]), REF(members[1526].shape_ref, shapes[659]), offsetof(struct awsc_s3_source_selection_criteria, sse_kms_encrypted_objects), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SourceSelectionCriteria.SseKmsEncryptedObjects: SseKmsEncryptedObjects */
        [1527] = {REF(members[1527].name_ref, strings[24063]), REF(members[1527].shape_ref, shapes[585]), offsetof(struct awsc_s3_source_selection_criteria, replica_modifications), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SourceSelectionCriteria.ReplicaModifications: ReplicaModifications */
        [1528] = {REF(members[1528].name_ref, strings[11]), REF(members[1528].shape_ref, shapes[660]), offsetof(struct awsc_s3_sse_kms_encrypted_objects, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SseKmsEncryptedObjects.Status: SseKmsEncryptedObjectsStatus */
        [1529] = {REF(members[1529].name_ref, strings[2551]), REF(members[1529].shape_ref, shapes[68]), offsetof(struct awsc_s3_stats, bytes_scanned), offsetof(struct awsc_s3_stats, has_bytes_scanned), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Stats.BytesScanned: BytesScanned */
        [1530] = {REF(members[1530].name_ref, strings[2522]), REF(members[1530].shape_ref, shapes[66]), offsetof(struct awsc_s3_stats, bytes_processed), offsetof(struct awsc_s3_stats, has_bytes_processed), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Stats.BytesProcessed: BytesProcessed */
        [1531] = {REF(members[1531].name_ref, strings[2537]), REF(members[1531].shape_ref, shapes[67]), offsetof(struct awsc_s3_stats, bytes_returned), offsetof(struct awsc_s3_stats, has_bytes_returned), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Stats.BytesReturned: BytesReturned */
        [1532] = {REF(members[1532].name_ref, strings[20435]), REF(members[1532].shape_ref, shapes[663]), offsetof(struct awsc_s3_stats_event, details), AWSC_NO_PRESENCE, AWSC_MF_EVENTPAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StatsEvent.Details: Stats */
        [1533] = {REF(members[1533].name_ref, strings[25980]), REF(members[1533].shape_ref, shapes[667]), offsetof(struct awsc_s3_storage_class_analysis, data_export), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StorageClassAnalysis.DataExport: StorageClassAnalysisDataExport */
        [1534] = {REF(members[1534].name_ref, strings[26022]), REF(members[1534].shape_ref, shapes[668]), offsetof(struct awsc_s3_storage_class_analysis_data_export, output_schema_version), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StorageClassAnalysisDataExport.OutputSchemaVersion: StorageClassAnalysisSchemaVersion */
        [1535] = {REF(members[1535].name_ref, strings[8827]), REF(members[1535].shape_ref, shapes[25]), offsetof(struct awsc_s3_storage_class_analysis_data_export, destination), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StorageClassAnalysisDataExport.Destination: AnalyticsExportDestination */
        [1536] = {REF(members[1536].name_ref, strings[178]), REF(members[1536].shape_ref, shapes[470]), offsetof(struct awsc_s3_tag, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tag.Key: ObjectKey */
        [1537] = {REF(members[1537].name_ref, strings[10277]), REF(members[1537].shape_ref, shapes[709]), offsetof(struct awsc_s3_tag, value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tag.Value: Value */
        [1538] = {REF(members[1538].name_ref, strings[12051]), REF(members[1538].shape_ref, shapes[673]), offsetof(struct awsc_s3_tagging, tag_set), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tagging.TagSet: TagSet */
        [1539] = {REF(members[1539].name_ref, strings[13799]), REF(members[1539].shape_ref, shapes[298]), offsetof(struct awsc_s3_target_grant, grantee), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TargetGrant.Grantee: Grantee */
        [1540] = {REF(members[1540].name_ref, strings[13807]), REF(members[1540].shape_ref, shapes[58]), offsetof(struct awsc_s3_target_grant, permission), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TargetGrant.Permission: BucketLogsPermission */
        [1541] = {REF(members[1541].name_ref, strings[25693]), REF(members[1541].shape_ref, shapes[655]), offsetof(struct awsc_s3_target_object_key_format, simple_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TargetObjectKeyFormat.SimplePrefix: SimplePrefix */
        [1542] = {REF(members[1542].name_ref, strings[20293]), REF(members[1542].shape_ref, shapes[508]), offsetof(struct awsc_s3_target_object_key_format, partitioned_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TargetObjectKeyFormat.PartitionedPrefix: PartitionedPrefix */
        [1543] = {REF(members[1543].name_ref, strings[7441]), REF(members[1543].shape_ref, shapes[324]), offsetof(struct awsc_s3_tiering, days), offsetof(struct awsc_s3_tiering, has_days), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tiering.Days: IntelligentTieringDays */
        [1544] = {REF(members[1544].name_ref, strings[14698]), REF(members[1544].shape_ref, shapes[320]), offsetof(struct awsc_s3_tiering, access_tier), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tiering.AccessTier: IntelligentTieringAccessTier */
        [1545] = {REF(members[1545].name_ref, strings[703]), REF(members[1545].shape_ref, shapes[460]), offsetof(struct awsc_s3_topic_configuration, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TopicConfiguration.Id: NotificationId */
        [1546] = {REF(members[1546].name_ref, strings[26237]), REF(members[1546].shape_ref, shapes[687]), offsetof(struct awsc_s3_topic_configuration, topic_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TopicConfiguration.TopicArn: TopicArn */
        [1547] = {REF(members[1547].name_ref, strings[3258]), REF(members[1547].shape_ref, shapes[201]), offsetof(struct awsc_s3_topic_configuration, events), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TopicConfiguration.Events: EventList */
        [1548] = {REF(members[1548].name_ref, strings[706]), REF(members[1548].shape_ref, shapes[459]), offsetof(struct awsc_s3_topic_configuration, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TopicConfiguration.Filter: NotificationConfigurationFilter */
        [1549] = {REF(members[1549].name_ref, strings[703]), REF(members[1549].shape_ref, shapes[460]), offsetof(struct awsc_s3_topic_configuration_deprecated, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TopicConfigurationDeprecated.Id: NotificationId */
        [1550] = {REF(members[1550].name_ref, strings[3258]), REF(members[1550].shape_ref, shapes[201]), offsetof(struct awsc_s3_topic_configuration_deprecated, events), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TopicConfigurationDeprecated.Events: EventList */
        [1551] = {REF(members[1551].name_ref, strings[3252]), REF(members[1551].shape_ref, shapes[199]), offsetof(struct awsc_s3_topic_configuration_deprecated, event), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TopicConfigurationDeprecated.Event: Event */
        [1552] = {REF(members[1552].name_ref, strings[26281]), REF(members[1552].shape_ref, shapes[687]), offsetof(struct awsc_s3_topic_configuration_deprecated, topic), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TopicConfigurationDeprecated.Topic: TopicArn */
        [1553] = {REF(members[1553].name_ref, strings[7436]), REF(members[1553].shape_ref, shapes[139]), offsetof(struct awsc_s3_transition, date), offsetof(struct awsc_s3_transition, has_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Transition.Date: Date */
        [1554] = {REF(members[1554].name_ref, strings[7441]), REF(members[1554].shape_ref, shapes[140]), offsetof(struct awsc_s3_transition, days), offsetof(struct awsc_s3_transition, has_days), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Transition.Days: Days */
        [1555] = {REF(members[1555].name_ref, strings[8847]), REF(members[1555].shape_ref, shapes[694]), offsetof(struct awsc_s3_transition, storage_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Transition.StorageClass: TransitionStorageClass */
        [1556] = {REF(members[1556].name_ref, strings[171]), REF(members[1556].shape_ref, shapes[59]), offsetof(struct awsc_s3_update_bucket_metadata_annotation_table_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateBucketMetadataAnnotationTableConfigurationRequest.Bucket: BucketName */
        [1557] = {REF(members[1557].name_ref, strings[6585]), REF(members[1557].shape_ref, shapes[110]), offsetof(struct awsc_s3_update_bucket_metadata_annotation_table_configuration_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UpdateBucketMetadataAnnotationTableConfigurationRequest.ContentMD5: ContentMD5 */
        [1558] = {REF(members[1558].name_ref, strings[6608]), REF(members[1558].shape_ref, shapes[76]), offsetof(struct awsc_s3_update_bucket_metadata_annotation_table_configuration_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UpdateBucketMetadataAnnotationTableConfigurationRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1559] = {REF(members[1559].name_ref, strings[26626]), REF(members[1559].shape_ref, shapes[42]), offsetof(struct awsc_s3_update_bucket_metadata_annotation_table_configuration_input, annotation_table_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateBucketMetadataAnnotationTableConfigurationRequest.AnnotationTableConfiguration: AnnotationTableConfigurationUpdates */
        [1560] = {REF(members[1560].name_ref, strings[233]), REF(members[1560].shape_ref, shapes[14]), offsetof(struct awsc_s3_update_bucket_metadata_annotation_table_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UpdateBucketMetadataAnnotationTableConfigurationRequest.ExpectedBucketOwner: AccountId */
        [1561] = {REF(members[1561].name_ref, strings[171]), REF(members[1561].shape_ref, shapes[59]), offsetof(struct awsc_s3_update_bucket_metadata_inventory_table_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateBucketMetadataInventoryTableConfigurationRequest.Bucket: BucketName */
        [1562] = {REF(members[1562].name_ref, strings[6585]), REF(members[1562].shape_ref, shapes[110]), offsetof(struct awsc_s3_update_bucket_metadata_inventory_table_configuration_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UpdateBucketMetadataInventoryTableConfigurationRequest.ContentMD5: ContentMD5 */
        [1563] = {REF(members[1563].name_ref, strings[6608]), REF(members[1563].shape_ref, shapes[76]), offsetof(struct awsc_s3_update_bucket_metadata_inventory_table_configuration_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UpdateBucketMetadataInventoryTableConfigurationRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1564] = {REF(members[1564].name_ref, strings[26751]), REF(members[1564].shape_ref, shapes[349]), offsetof(struct awsc_s3_update_bucket_metadata_inventory_table_configuration_input, inventory_table_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateBucketMetadataInventoryTableConfigurationRequest.InventoryTableConfiguration: InventoryTableConfigurationUpdates */
        [1565] = {REF(members[1565].name_ref, strings[233]), REF(members[1565].shape_ref, shapes[14]), offsetof(struct awsc_s3_update_bucket_metadata_inventory_table_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UpdateBucketMetadataInventoryTableConfigurationRequest.ExpectedBucketOwner: AccountId */
        [1566] = {REF(members[1566].name_ref, strings[171]), REF(members[1566].shape_ref, shapes[59]), offsetof(struct awsc_s3_update_bucket_metadata_journal_table_configuration_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateBucketMetadataJournalTableConfigurationRequest.Bucket: BucketName */
        [1567] = {REF(members[1567].name_ref, strings[6585]), REF(members[1567].shape_ref, shapes[110]), offsetof(struct awsc_s3_update_bucket_metadata_journal_table_configuration_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UpdateBucketMetadataJournalTableConfigurationRequest.ContentMD5: ContentMD5 */
        [1568] = {REF(members[1568].name_ref, strings[6608]), REF(members[1568].shape_ref, shapes[76]), offsetof(struct awsc_s3_update_bucket_metadata_journal_table_configuration_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UpdateBucketMetadataJournalTableConfigurationRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1569] = {REF(members[1569].name_ref, strings[26873]), REF(members[1569].shape_ref, shapes[360]), offsetof(struct awsc_s3_update_bucket_metadata_journal_table_configuration_input, journal_table_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateBucketMetadataJournalTableConfigurationRequest.JournalTableConfiguration: JournalTableConfigurationUpdates */
        [1570] = {REF(members[1570].name_ref, strings[233]), REF(members[1570].shape_ref, shapes[14]), offsetof(struct awsc_s3_update_bucket_metadata_journal_table_configuration_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UpdateBucketMetadataJournalTableConfigurationRequest.ExpectedBucketOwner: AccountId */
        [1571] = {REF(members[1571].name_ref, strings[171]), REF(members[1571].shape_ref, shapes[59]), offsetof(struct awsc_s3_update_object_encryption_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateObjectEncryptionRequest.Bucket: BucketName */
        [1572] = {REF(members[1572].name_ref, strings[178]), REF(members[1572].shape_ref, shapes[470]), offsetof(struct awsc_s3_update_object_encryption_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateObjectEncryptionRequest.Key: ObjectKey */
        [1573] = {REF(members[1573].name_ref, strings[8290]), REF(members[1573].shape_ref, shapes[491]), offsetof(struct awsc_s3_update_object_encryption_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* UpdateObjectEncryptionRequest.VersionId: ObjectVersionId */
        [1574] = {REF(members[1574].name_ref, strings[26970]), REF(members[1574].shape_ref, shapes[466]), offsetof(struct awsc_s3_update_object_encryption_input, object_encryption), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_XML_NAMESPACE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateObjectEncryptionRequest.ObjectEncryption: ObjectEncryption */
        [1575] = {REF(members[1575].name_ref, strings[200]), REF(members[1575].shape_ref, shapes[598]), offsetof(struct awsc_s3_update_object_encryption_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UpdateObjectEncryptionRequest.RequestPayer: RequestPayer */
        [1576] = {REF(members[1576].name_ref, strings[233]), REF(members[1576].shape_ref, shapes[14]), offsetof(struct awsc_s3_update_object_encryption_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UpdateObjectEncryptionRequest.ExpectedBucketOwner: AccountId */
        [1577] = {REF(members[1577].name_ref, strings[6585]), REF(members[1577].shape_ref, shapes[110]), offsetof(struct awsc_s3_update_object_encryption_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UpdateObjectEncryptionRequest.ContentMD5: ContentMD5 */
        [1578] = {REF(members[1578].name_ref, strings[6608]), REF(members[1578].shape_ref, shapes[76]), offsetof(struct awsc_s3_update_object_encryption_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UpdateObjectEncryptionRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1579] = {REF(members[1579].name_ref, strings[106]), REF(members[1579].shape_ref, shapes[597]), offsetof(struct awsc_s3_update_object_encryption_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UpdateObjectEncryptionResponse.RequestCharged: RequestCharged */
        [1580] = {REF(members[1580].name_ref, strings[4767]), REF(members[1580].shape_ref, shapes[127]), offsetof(struct awsc_s3_upload_part_copy_output, copy_source_version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyOutput.CopySourceVersionId: CopySourceVersionId */
        [1581] = {REF(members[1581].name_ref, strings[6254]), REF(members[1581].shape_ref, shapes[117]), offsetof(struct awsc_s3_upload_part_copy_output, copy_part_result), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyOutput.CopyPartResult: CopyPartResult */
        [1582] = {REF(members[1582].name_ref, strings[3416]), REF(members[1582].shape_ref, shapes[645]), offsetof(struct awsc_s3_upload_part_copy_output, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyOutput.ServerSideEncryption: ServerSideEncryption */
        [1583] = {REF(members[1583].name_ref, strings[4213]), REF(members[1583].shape_ref, shapes[632]), offsetof(struct awsc_s3_upload_part_copy_output, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyOutput.SSECustomerAlgorithm: SSECustomerAlgorithm */
        [1584] = {REF(members[1584].name_ref, strings[4339]), REF(members[1584].shape_ref, shapes[634]), offsetof(struct awsc_s3_upload_part_copy_output, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyOutput.SSECustomerKeyMD5: SSECustomerKeyMD5 */
        [1585] = {REF(members[1585].name_ref, strings[3493]), REF(members[1585].shape_ref, shapes[638]), offsetof(struct awsc_s3_upload_part_copy_output, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyOutput.SSEKMSKeyId: SSEKMSKeyId */
        [1586] = {REF(members[1586].name_ref, strings[3549]), REF(members[1586].shape_ref, shapes[53]), offsetof(struct awsc_s3_upload_part_copy_output, bucket_key_enabled), offsetof(struct awsc_s3_upload_part_copy_output, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyOutput.BucketKeyEnabled: BucketKeyEnabled */
        [1587] = {REF(members[1587].name_ref, strings[106]), REF(members[1587].shape_ref, shapes[597]), offsetof(struct awsc_s3_upload_part_copy_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyOutput.RequestCharged: RequestCharged */
        [1588] = {REF(members[1588].name_ref, strings[171]), REF(members[1588].shape_ref, shapes[59]), offsetof(struct awsc_s3_upload_part_copy_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyRequest.Bucket: BucketName */
        [1589] = {REF(members[1589].name_ref, strings[5109]), REF(members[1589].shape_ref, shapes[118]), offsetof(struct awsc_s3_upload_part_copy_input, copy_source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyRequest.CopySource: CopySource */
        [1590] = {REF(members[1590].name_ref, strings[5138]), REF(members[1590].shape_ref, shapes[119]), offsetof(struct awsc_s3_upload_part_copy_input, copy_source_if_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyRequest.CopySourceIfMatch: CopySourceIfMatch */
        [1591] = {REF(members[1591].name_ref, strings[5183]), REF(members[1591].shape_ref, shapes[120]), offsetof(struct awsc_s3_upload_part_copy_input, copy_source_if_modified_since), offsetof(struct awsc_s3_upload_part_copy_input, has_copy_source_if_modified_since), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyRequest.CopySourceIfModifiedSince: CopySourceIfModifiedSince */
        [1592] = {REF(members[1592].name_ref, strings[5245]), REF(members[1592].shape_ref, shapes[121]), offsetof(struct awsc_s3_upload_part_copy_input, copy_source_if_none_match), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyRequest.CopySourceIfNoneMatch: CopySourceIfNoneMatch */
        [1593] = {REF(members[1593].name_ref, strings[5299]), REF(members[1593].shape_ref, shapes[122]), offsetof(struct awsc_s3_upload_part_copy_input, copy_source_if_unmodified_since), offsetof(struct awsc_s3_upload_part_copy_input, has_copy_source_if_unmodified_since), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyRequest.CopySourceIfUnmodifiedSince: CopySourceIfUnmodifiedSince */
        [1594] = {REF(members[1594].name_ref, strings[27102]), REF(members[1594].shape_ref, shapes[123]), offsetof(struct awsc_s3_upload_part_copy_input, copy_source_range), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyRequest.CopySourceRange: CopySourceRange */
        [1595] = {REF(members[1595].name_ref, strings[178]), REF(members[1595].shape_ref, shapes[470]), offsetof(struct awsc_s3_upload_part_copy_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyRequest.Key: ObjectKey */
        [1596] = {REF(members[1596].name_ref, strings[13476]), REF(members[1596].shape_ref, shapes[505]), offsetof(struct awsc_s3_upload_part_copy_input, part_number), offsetof(struct awsc_s3_upload_part_copy_input, has_part_number), AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyRequest.PartNumber: PartNumber */
        [1597] = {REF(members[1597].name_ref, strings[182]), REF(members[1597].shape_ref, shapes[441]), offsetof(struct awsc_s3_upload_part_copy_input, upload_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyRequest.UploadId: MultipartUploadId */
        [1598] = {REF(members[1598].name_ref, strings[4213]), REF(members[1598].shape_ref, shapes[632]), offsetof(struct awsc_s3_upload_part_copy_input, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyRequest.SSECustomerAlgorithm: SSECustomerAlgorithm */
        [1599] = {REF(members[1599].name_ref, strings[4282]), REF(members[1599].shape_ref, shapes[633]), offsetof(struct awsc_s3_upload_part_copy_input, sse_customer_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyRequest.SSECustomerKey: SSECustomerKey */
        [1600] = {REF(members[1600].name_ref, strings[4339]), REF(members[1600].shape_ref, shapes[634]), offsetof(struct awsc_s3_upload_part_copy_input, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyRequest.SSECustomerKeyMD5: SSECustomerKeyMD5 */
        [1601] = {REF(members[1601].name_ref, strings[5760]), REF(members[1601].shape_ref, shapes[124]), offsetof(struct awsc_s3_upload_part_copy_input, copy_source_sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyRequest.CopySourceSSECustomerAlgorithm: CopySourceSSECustomerAlgorithm */
        [1602] = {REF(members[1602].name_ref, strings[5851]), REF(members[1602].shape_ref, shapes[125]), offsetof(struct awsc_s3_upload_part_copy_input, copy_source_sse_customer_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyRequest.CopySourceSSECustomerKey: CopySourceSSECustomerKey */
        [1603] = {REF(members[1603].name_ref, strings[5930]), REF(members[1603].shape_ref, shapes[126]), offsetof(struct awsc_s3_upload_part_copy_input, copy_source_sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyRequest.CopySourceSSECustomerKeyMD5: CopySourceSSECustomerKeyMD5 */
        [1604] = {REF(members[1604].name_ref, strings[200]), REF(members[1604].shape_ref, shapes[598]), offsetof(struct awsc_s3_upload_part_copy_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyRequest.RequestPayer: RequestPayer */
        [1605] = {REF(members[1605].name_ref, strings[233]), REF(members[1605].shape_ref, shapes[14]), offsetof(struct awsc_s3_upload_part_copy_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyRequest.ExpectedBucketOwner: AccountId */
        [1606] = {REF(members[1606].name_ref, strings[6193]), REF(members[1606].shape_ref, shapes[14]), offsetof(struct awsc_s3_upload_part_copy_input, expected_source_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartCopyRequest.ExpectedSourceBucketOwner: AccountId */
        [1607] = {REF(members[1607].name_ref, strings[3416]), REF(members[1607].shape_ref, shapes[645]), offsetof(struct awsc_s3_upload_part_output, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartOutput.ServerSideEncryption: ServerSideEncryption */
        [1608] = {REF(members[1608].name_ref, strings[1067]), REF(members[1608].shape_ref, shapes[182]), offsetof(struct awsc_s3_upload_part_output, e_tag), AWSC_NO_PRESENCE, 0, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartOutput.ETag: ETag */
        [1609] = {REF(members[1609].name_ref, strings[3726]), REF(members[1609].shape_ref, shapes[78]), offsetof(struct awsc_s3_upload_part_output, checksum_crc32), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartOutput.ChecksumCRC32: ChecksumCRC32 */
        [1610] = {REF(members[1610].name_ref, strings[3761]), REF(members[1610].shape_ref, shapes[79]), offsetof(struct awsc_s3_upload_part_output, checksum_crc32_c), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartOutput.ChecksumCRC32C: ChecksumCRC32C */
        [1611] = {REF(members[1611].name_ref, strings[3798]), REF(members[1611].shape_ref, shapes[80]), offsetof(struct awsc_s3_upload_part_output, checksum_crc64_nvme), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartOutput.ChecksumCRC64NVME: ChecksumCRC64NVME */
        [1612] = {REF(members[1612].name_ref, strings[3841]), REF(members[1612].shape_ref, shapes[83]), offsetof(struct awsc_s3_upload_part_output, checksum_sha1), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartOutput.ChecksumSHA1: ChecksumSHA1 */
        [1613] = {REF(members[1613].name_ref, strings[3874]), REF(members[1613].shape_ref, shapes[84]), offsetof(struct awsc_s3_upload_part_output, checksum_sha256), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartOutput.ChecksumSHA256: ChecksumSHA256 */
        [1614] = {REF(members[1614].name_ref, strings[3911]), REF(members[1614].shape_ref, shapes[85]), offsetof(struct awsc_s3_upload_part_output, checksum_sha512), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartOutput.ChecksumSHA512: ChecksumSHA512 */
        [1615] = {REF(members[1615].name_ref, strings[3948]), REF(members[1615].shape_ref, shapes[81]), offsetof(struct awsc_s3_upload_part_output, checksum_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartOutput.ChecksumMD5: ChecksumMD5 */
        [1616] = {REF(members[1616].name_ref, strings[3979]), REF(members[1616].shape_ref, shapes[89]), offsetof(struct awsc_s3_upload_part_output, checksum_xxhash64), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartOutput.ChecksumXXHASH64: ChecksumXXHASH64 */
        [1617] = {REF(members[1617].name_ref, strings[4020]), REF(members[1617].shape_ref, shapes[88]), offsetof(struct awsc_s3_upload_part_output, checksum_xxhash3), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartOutput.ChecksumXXHASH3: ChecksumXXHASH3 */
        [1618] = {REF(members[1618].name_ref, strings[4059]), REF(members[1618].shape_ref, shapes[87]), offsetof(struct awsc_s3_upload_part_output, checksum_xxhash128), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartOutput.ChecksumXXHASH128: ChecksumXXHASH128 */
        [1619] = {REF(members[1619].name_ref, strings[4213]), REF(members[1619].shape_ref, shapes[632]), offsetof(struct awsc_s3_upload_part_output, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartOutput.SSECustomerAlgorithm: SSECustomerAlgorithm */
        [1620] = {REF(members[1620].name_ref, strings[4339]), REF(members[1620].shape_ref, shapes[634]), offsetof(struct awsc_s3_upload_part_output, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartOutput.SSECustomerKeyMD5: SSECustomerKeyMD5 */
        [1621] = {REF(members[1621].name_ref, strings[3493]), REF(members[1621].shape_ref, shapes[638]), offsetof(struct awsc_s3_upload_part_output, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartOutput.SSEKMSKeyId: SSEKMSKeyId */
        [1622] = {REF(members[1622].name_ref, strings[3549]), REF(members[1622].shape_ref, shapes[53]), offsetof(struct awsc_s3_upload_part_output, bucket_key_enabled), offsetof(struct awsc_s3_upload_part_output, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartOutput.BucketKeyEnabled: BucketKeyEnabled */
        [1623] = {REF(members[1623].name_ref, strings[106]), REF(members[1623].shape_ref, shapes[597]), offsetof(struct awsc_s3_upload_part_output, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartOutput.RequestCharged: RequestCharged */
        [1624] = {REF(members[1624].name_ref, strings[1481]), REF(members[1624].shape_ref, shapes[45]), offsetof(struct awsc_s3_upload_part_input, body), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_STREAMING, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UploadPartRequest.Body: Body */
        [1625] = {REF(members[1625].name_ref, strings[171]), REF(members[1625].shape_ref, shapes[59]), offsetof(struct awsc_s3_upload_part_input, bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UploadPartRequest.Bucket: BucketName */
        [1626] = {REF(members[1626].name_ref, strings[12343]), REF(members[1626].shape_ref, shapes[109]), offsetof(struct awsc_s3_upload_part_input, content_length), offsetof(struct awsc_s3_upload_part_input, has_content_length), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartRequest.ContentLength: ContentLength */
        [1627] = {REF(members[1627].name_ref, strings[6585]), REF(members[1627].shape_ref, shapes[110]), offsetof(struct awsc_s3_upload_part_input, content_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartRequest.ContentMD5: ContentMD5 */
        [1628] = {REF(members[1628].name_ref, strings[6608]), REF(members[1628].shape_ref, shapes[76]), offsetof(struct awsc_s3_upload_part_input, checksum_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartRequest.ChecksumAlgorithm: ChecksumAlgorithm */
        [1629] = {REF(members[1629].name_ref, strings[3726]), REF(members[1629].shape_ref, shapes[78]), offsetof(struct awsc_s3_upload_part_input, checksum_crc32), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartRequest.ChecksumCRC32: ChecksumCRC32 */
        [1630] = {REF(members[1630].name_ref, strings[3761]), REF(members[1630].shape_ref, shapes[79]), offsetof(struct awsc_s3_upload_part_input, checksum_crc32_c), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartRequest.ChecksumCRC32C: ChecksumCRC32C */
        [1631] = {REF(members[1631].name_ref, strings[3798]), REF(members[1631].shape_ref, shapes[80]), offsetof(struct awsc_s3_upload_part_input, checksum_crc64_nvme), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartRequest.ChecksumCRC64NVME: ChecksumCRC64NVME */
        [1632] = {REF(members[1632].name_ref, strings[3841]), REF(members[1632].shape_ref, shapes[83]), offsetof(struct awsc_s3_upload_part_input, checksum_sha1), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartRequest.ChecksumSHA1: ChecksumSHA1 */
        [1633] = {REF(members[1633].name_ref, strings[3874]), REF(members[1633].shape_ref, shapes[84]), offsetof(struct awsc_s3_upload_part_input, checksum_sha256), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartRequest.ChecksumSHA256: ChecksumSHA256 */
        [1634] = {REF(members[1634].name_ref, strings[3911]), REF(members[1634].shape_ref, shapes[85]), offsetof(struct awsc_s3_upload_part_input, checksum_sha512), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartRequest.ChecksumSHA512: ChecksumSHA512 */
        [1635] = {REF(members[1635].name_ref, strings[3948]), REF(members[1635].shape_ref, shapes[81]), offsetof(struct awsc_s3_upload_part_input, checksum_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartRequest.ChecksumMD5: ChecksumMD5 */
        [1636] = {REF(members[1636].name_ref, strings[3979]), REF(members[1636].shape_ref, shapes[89]), offsetof(struct awsc_s3_upload_part_input, checksum_xxhash64), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartRequest.ChecksumXXHASH64: ChecksumXXHASH64 */
        [1637] = {REF(members[1637].name_ref, strings[4020]), REF(members[1637].shape_ref, shapes[88]), offsetof(struct awsc_s3_upload_part_input, checksum_xxhash3), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartRequest.ChecksumXXHASH3: ChecksumXXHASH3 */
        [1638] = {REF(members[1638].name_ref, strings[4059]), REF(members[1638].shape_ref, shapes[87]), offsetof(struct awsc_s3_upload_part_input, checksum_xxhash128), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartRequest.ChecksumXXHASH128: ChecksumXXHASH128 */
        [1639] = {REF(members[1639].name_ref, strings[178]), REF(members[1639].shape_ref, shapes[470]), offsetof(struct awsc_s3_upload_part_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UploadPartRequest.Key: ObjectKey */
        [1640] = {REF(members[1640].name_ref, strings[13476]), REF(members[1640].shape_ref, shapes[505]), offsetof(struct awsc_s3_upload_part_input, part_number), offsetof(struct awsc_s3_upload_part_input, has_part_number), AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* UploadPartRequest.PartNumber: PartNumber */
        [1641] = {REF(members[1641].name_ref, strings[182]), REF(members[1641].shape_ref, shapes[441]), offsetof(struct awsc_s3_upload_part_input, upload_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* UploadPartRequest.UploadId: MultipartUploadId */
        [1642] = {REF(members[1642].name_ref, strings[4213]), REF(members[1642].shape_ref, shapes[632]), offsetof(struct awsc_s3_upload_part_input, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartRequest.SSECustomerAlgorithm: SSECustomerAlgorithm */
        [1643] = {REF(members[1643].name_ref, strings[4282]), REF(members[1643].shape_ref, shapes[633]), offsetof(struct awsc_s3_upload_part_input, sse_customer_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartRequest.SSECustomerKey: SSECustomerKey */
        [1644] = {REF(members[1644].name_ref, strings[4339]), REF(members[1644].shape_ref, shapes[634]), offsetof(struct awsc_s3_upload_part_input, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartRequest.SSECustomerKeyMD5: SSECustomerKeyMD5 */
        [1645] = {REF(members[1645].name_ref, strings[200]), REF(members[1645].shape_ref, shapes[598]), offsetof(struct awsc_s3_upload_part_input, request_payer), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartRequest.RequestPayer: RequestPayer */
        [1646] = {REF(members[1646].name_ref, strings[233]), REF(members[1646].shape_ref, shapes[14]), offsetof(struct awsc_s3_upload_part_input, expected_bucket_owner), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* UploadPartRequest.ExpectedBucketOwner: AccountId */
        [1647] = {REF(members[1647].name_ref, strings[12108]), REF(members[1647].shape_ref, shapes[408]), offsetof(struct awsc_s3_versioning_configuration, mfa_delete), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VersioningConfiguration.MFADelete: MFADelete */
        [1648] = {REF(members[1648].name_ref, strings[11]), REF(members[1648].shape_ref, shapes[63]), offsetof(struct awsc_s3_versioning_configuration, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VersioningConfiguration.Status: BucketVersioningStatus */
        [1649] = {REF(members[1649].name_ref, strings[9190]), REF(members[1649].shape_ref, shapes[196]), offsetof(struct awsc_s3_website_configuration, error_document), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* WebsiteConfiguration.ErrorDocument: ErrorDocument */
        [1650] = {REF(members[1650].name_ref, strings[12200]), REF(members[1650].shape_ref, shapes[316]), offsetof(struct awsc_s3_website_configuration, index_document), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* WebsiteConfiguration.IndexDocument: IndexDocument */
        [1651] = {REF(members[1651].name_ref, strings[12178]), REF(members[1651].shape_ref, shapes[573]), offsetof(struct awsc_s3_website_configuration, redirect_all_requests_to), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* WebsiteConfiguration.RedirectAllRequestsTo: RedirectAllRequestsTo */
        [1652] = {REF(members[1652].name_ref, strings[12214]), REF(members[1652].shape_ref, shapes[619]), offsetof(struct awsc_s3_website_configuration, routing_rules), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* WebsiteConfiguration.RoutingRules: RoutingRules */
        [1653] = {REF(members[1653].name_ref, strings[27244]), REF(members[1653].shape_ref, shapes[601]), offsetof(struct awsc_s3_write_get_object_response_input, request_route), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_HOST_LABEL | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.RequestRoute: RequestRoute */
        [1654] = {REF(members[1654].name_ref, strings[27277]), REF(members[1654].shape_ref, shapes[602]), offsetof(struct awsc_s3_write_get_object_response_input, request_token), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.RequestToken: RequestToken */
        [1655] = {REF(members[1655].name_ref, strings[1481]), REF(members[1655].shape_ref, shapes[45]), offsetof(struct awsc_s3_write_get_object_response_input, body), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_STREAMING, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.Body: Body */
        [1656] = {REF(members[1656].name_ref, strings[27310]), REF(members[1656].shape_ref, shapes[282]), offsetof(struct awsc_s3_write_get_object_response_input, status_code), offsetof(struct awsc_s3_write_get_object_response_input, has_status_code), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.StatusCode: GetObjectResponseStatusCode */
        [1657] = {REF(members[1657].name_ref, strings[27338]), REF(members[1657].shape_ref, shapes[194]), offsetof(struct awsc_s3_write_get_object_response_input, error_code), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.ErrorCode: ErrorCode */
        [1658] = {REF(members[1658].name_ref, strings[27369]), REF(members[1658].shape_ref, shapes[197]), offsetof(struct awsc_s3_write_get_object_response_input, error_message), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.ErrorMessage: ErrorMessage */
        [1659] = {REF(members[1659].name_ref, strings[27406]), REF(members[1659].shape_ref, shapes[7]), offsetof(struct awsc_s3_write_get_object_response_input, accept_ranges), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.AcceptRanges: AcceptRanges */
        [1660] = {REF(members[1660].name_ref, strings[27450]), REF(members[1660].shape_ref, shapes[74]), offsetof(struct awsc_s3_write_get_object_response_input, cache_control), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.CacheControl: CacheControl */
        [1661] = {REF(members[1661].name_ref, strings[27494]), REF(members[1661].shape_ref, shapes[106]), offsetof(struct awsc_s3_write_get_object_response_input, content_disposition), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.ContentDisposition: ContentDisposition */
        [1662] = {REF(members[1662].name_ref, strings[27550]), REF(members[1662].shape_ref, shapes[107]), offsetof(struct awsc_s3_write_get_object_response_input, content_encoding), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.ContentEncoding: ContentEncoding */
        [1663] = {REF(members[1663].name_ref, strings[27600]), REF(members[1663].shape_ref, shapes[108]), offsetof(struct awsc_s3_write_get_object_response_input, content_language), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.ContentLanguage: ContentLanguage */
        [1664] = {REF(members[1664].name_ref, strings[12343]), REF(members[1664].shape_ref, shapes[109]), offsetof(struct awsc_s3_write_get_object_response_input, content_length), offsetof(struct awsc_s3_write_get_object_response_input, has_content_length), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.ContentLength: ContentLength */
        [1665] = {REF(members[1665].name_ref, strings[27650]), REF(members[1665].shape_ref, shapes[111]), offsetof(struct awsc_s3_write_get_object_response_input, content_range), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.ContentRange: ContentRange */
        [1666] = {REF(members[1666].name_ref, strings[27694]), REF(members[1666].shape_ref, shapes[112]), offsetof(struct awsc_s3_write_get_object_response_input, content_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.ContentType: ContentType */
        [1667] = {REF(members[1667].name_ref, strings[27736]), REF(members[1667].shape_ref, shapes[78]), offsetof(struct awsc_s3_write_get_object_response_input, checksum_crc32), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.ChecksumCRC32: ChecksumCRC32 */
        [1668] = {REF(members[1668].name_ref, strings[27788]), REF(members[1668].shape_ref, shapes[79]), offsetof(struct awsc_s3_write_get_object_response_input, checksum_crc32_c), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.ChecksumCRC32C: ChecksumCRC32C */
        [1669] = {REF(members[1669].name_ref, strings[27842]), REF(members[1669].shape_ref, shapes[80]), offsetof(struct awsc_s3_write_get_object_response_input, checksum_crc64_nvme), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.ChecksumCRC64NVME: ChecksumCRC64NVME */
        [1670] = {REF(members[1670].name_ref, strings[27902]), REF(members[1670].shape_ref, shapes[83]), offsetof(struct awsc_s3_write_get_object_response_input, checksum_sha1), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.ChecksumSHA1: ChecksumSHA1 */
        [1671] = {REF(members[1671].name_ref, strings[27952]), REF(members[1671].shape_ref, shapes[84]), offsetof(struct awsc_s3_write_get_object_response_input, checksum_sha256), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.ChecksumSHA256: ChecksumSHA256 */
        [1672] = {REF(members[1672].name_ref, strings[28006]), REF(members[1672].shape_ref, shapes[85]), offsetof(struct awsc_s3_write_get_object_response_input, checksum_sha512), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.ChecksumSHA512: ChecksumSHA512 */
        [1673] = {REF(members[1673].name_ref, strings[28060]), REF(members[1673].shape_ref, shapes[81]), offsetof(struct awsc_s3_write_get_object_response_input, checksum_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.ChecksumMD5: ChecksumMD5 */
        [1674] = {REF(members[1674].name_ref, strings[28108]), REF(members[1674].shape_ref, shapes[89]), offsetof(struct awsc_s3_write_get_object_response_input, checksum_xxhash64), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.ChecksumXXHASH64: ChecksumXXHASH64 */
        [1675] = {REF(members[1675].name_ref, strings[28166]), REF(members[1675].shape_ref, shapes[88]), offsetof(struct awsc_s3_write_get_object_response_input, checksum_xxhash3), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.ChecksumXXHASH3: ChecksumXXHASH3 */
        [1676] = {REF(members[1676].name_ref, strings[28222]), REF(members[1676].shape_ref, shapes[87]), offsetof(struct awsc_s3_write_get_object_response_input, checksum_xxhash128), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.ChecksumXXHASH128: ChecksumXXHASH128 */
        [1677] = {REF(members[1677].name_ref, strings[28282]), REF(members[1677].shape_ref, shapes[159]), offsetof(struct awsc_s3_write_get_object_response_input, delete_marker), offsetof(struct awsc_s3_write_get_object_response_input, has_delete_marker), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.DeleteMarker: DeleteMarker */
        [1678] = {REF(members[1678].name_ref, strings[28332]), REF(members[1678].shape_ref, shapes[182]), offsetof(struct awsc_s3_write_get_object_response_input, e_tag), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.ETag: ETag */
        [1679] = {REF(members[1679].name_ref, strings[28359]), REF(members[1679].shape_ref, shapes[208]), offsetof(struct awsc_s3_write_get_object_response_input, expires), offsetof(struct awsc_s3_write_get_object_response_input, has_expires), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.Expires: Expires */
        [1680] = {REF(members[1680].name_ref, strings[28392]), REF(members[1680].shape_ref, shapes[204]), offsetof(struct awsc_s3_write_get_object_response_input, expiration), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.Expiration: Expiration */
        [1681] = {REF(members[1681].name_ref, strings[28437]), REF(members[1681].shape_ref, shapes[369]), offsetof(struct awsc_s3_write_get_object_response_input, last_modified), offsetof(struct awsc_s3_write_get_object_response_input, has_last_modified), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.LastModified: LastModified */
        [1682] = {REF(members[1682].name_ref, strings[28481]), REF(members[1682].shape_ref, shapes[438]), offsetof(struct awsc_s3_write_get_object_response_input, missing_meta), offsetof(struct awsc_s3_write_get_object_response_input, has_missing_meta), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.MissingMeta: MissingMeta */
        [1683] = {REF(members[1683].name_ref, strings[5512]), REF(members[1683].shape_ref, shapes[419]), offsetof(struct awsc_s3_write_get_object_response_input, metadata), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADERS, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.Metadata: Metadata */
        [1684] = {REF(members[1684].name_ref, strings[28529]), REF(members[1684].shape_ref, shapes[477]), offsetof(struct awsc_s3_write_get_object_response_input, object_lock_mode), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.ObjectLockMode: ObjectLockMode */
        [1685] = {REF(members[1685].name_ref, strings[28584]), REF(members[1685].shape_ref, shapes[476]), offsetof(struct awsc_s3_write_get_object_response_input, object_lock_legal_hold_status), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.ObjectLockLegalHoldStatus: ObjectLockLegalHoldStatus */
        [1686] = {REF(members[1686].name_ref, strings[28656]), REF(members[1686].shape_ref, shapes[478]), offsetof(struct awsc_s3_write_get_object_response_input, object_lock_retain_until_date), offsetof(struct awsc_s3_write_get_object_response_input, has_object_lock_retain_until_date), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.ObjectLockRetainUntilDate: ObjectLockRetainUntilDate */
        [1687] = {REF(members[1687].name_ref, strings[28735]), REF(members[1687].shape_ref, shapes[510]), offsetof(struct awsc_s3_write_get_object_response_input, parts_count), offsetof(struct awsc_s3_write_get_object_response_input, has_parts_count), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.PartsCount: PartsCount */
        [1688] = {REF(members[1688].name_ref, strings[28784]), REF(members[1688].shape_ref, shapes[593]), offsetof(struct awsc_s3_write_get_object_response_input, replication_status), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.ReplicationStatus: ReplicationStatus */
        [1689] = {REF(members[1689].name_ref, strings[28844]), REF(members[1689].shape_ref, shapes[597]), offsetof(struct awsc_s3_write_get_object_response_input, request_charged), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.RequestCharged: RequestCharged */
        [1690] = {REF(members[1690].name_ref, strings[28898]), REF(members[1690].shape_ref, shapes[609]), offsetof(struct awsc_s3_write_get_object_response_input, restore), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.Restore: Restore */
        [1691] = {REF(members[1691].name_ref, strings[28937]), REF(members[1691].shape_ref, shapes[645]), offsetof(struct awsc_s3_write_get_object_response_input, server_side_encryption), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.ServerSideEncryption: ServerSideEncryption */
        [1692] = {REF(members[1692].name_ref, strings[29004]), REF(members[1692].shape_ref, shapes[632]), offsetof(struct awsc_s3_write_get_object_response_input, sse_customer_algorithm), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.SSECustomerAlgorithm: SSECustomerAlgorithm */
        [1693] = {REF(members[1693].name_ref, strings[29090]), REF(members[1693].shape_ref, shapes[638]), offsetof(struct awsc_s3_write_get_object_response_input, ssekms_key_id), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.SSEKMSKeyId: SSEKMSKeyId */
        [1694] = {REF(members[1694].name_ref, strings[29163]), REF(members[1694].shape_ref, shapes[634]), offsetof(struct awsc_s3_write_get_object_response_input, sse_customer_key_md5), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.SSECustomerKeyMD5: SSECustomerKeyMD5 */
        [1695] = {REF(members[1695].name_ref, strings[29244]), REF(members[1695].shape_ref, shapes[665]), offsetof(struct awsc_s3_write_get_object_response_input, storage_class), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.StorageClass: StorageClass */
        [1696] = {REF(members[1696].name_ref, strings[29294]), REF(members[1696].shape_ref, shapes[672]), offsetof(struct awsc_s3_write_get_object_response_input, tag_count), offsetof(struct awsc_s3_write_get_object_response_input, has_tag_count), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.TagCount: TagCount */
        [1697] = {REF(members[1697].name_ref, strings[29340]), REF(members[1697].shape_ref, shapes[491]), offsetof(struct awsc_s3_write_get_object_response_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.VersionId: ObjectVersionId */
        [1698] = {REF(members[1698].name_ref, strings[29384]), REF(members[1698].shape_ref, shapes[53]), offsetof(struct awsc_s3_write_get_object_response_input, bucket_key_enabled), offsetof(struct awsc_s3_write_get_object_response_input, has_bucket_key_enabled), AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* WriteGetObjectResponseRequest.BucketKeyEnabled: BucketKeyEnabled */
    },
    /* each structure's member indexes, sorted by wire name */
    .by_wire_name = {
        /* [0] AbacStatus */ 0,
        /* [1] AbortIncompleteMultipartUpload */ 0,
        /* [2] AbortMultipartUploadOutput */ 0,
        /* [3] AbortMultipartUploadRequest */ 0, 1, 2, 4, 5, 3,
        /* [9] AccelerateConfiguration */ 0,
        /* [10] AccessControlPolicy */ 0, 1,
        /* [12] AccessControlTranslation */ 0,
        /* [13] AnalyticsAndOperator */ 0, 1,
        /* [15] AnalyticsConfiguration */ 1, 0, 2,
        /* [18] AnalyticsExportDestination */ 0,
        /* [19] AnalyticsFilter */ 2, 0, 1,
        /* [22] AnalyticsS3BucketDestination */ 2, 1, 0, 3,
        /* [26] AnnotationEntry */ 0, 3, 2, 1, 5, 4,
        /* [32] AnnotationTableConfiguration */ 0, 1, 2,
        /* [35] AnnotationTableConfigurationResult */ 0, 2, 5, 4, 3, 1,
        /* [41] AnnotationTableConfigurationUpdates */ 0, 1, 2,
        /* [44] BlockedEncryptionTypes */ 0,
        /* [45] Bucket */ 3, 2, 1, 0,
        /* [49] BucketInfo */ 0, 1,
        /* [51] BucketLifecycleConfiguration */ 0,
        /* [52] BucketLoggingStatus */ 0,
        /* [53] CORSConfiguration */ 0,
        /* [54] CORSRule */ 1, 2, 3, 4, 0, 5,
        /* [60] CSVInput */ 6, 1, 4, 0, 5, 2, 3,
        /* [67] CSVOutput */ 3, 4, 1, 0, 2,
        /* [72] Checksum */ 0, 1, 2, 6, 3, 4, 5, 10, 9, 8, 7,
        /* [83] CloudFunctionConfiguration */ 3, 1, 2, 0, 4,
        /* [88] CommonPrefix */ 0,
        /* [89] CompleteMultipartUploadOutput */ 1, 5, 6, 7, 11, 8, 9, 10, 15, 14, 13, 12, 4, 2, 0, 3, 20, 16, 18, 19, 17,
        /* [110] CompleteMultipartUploadRequest */ 0, 2, 18, 19, 1, 3, 4, 5, 6, 10, 7, 8, 9, 14, 13, 12, 11, 17, 15, 16, 20, 21, 22,
        /* [133] CompletedMultipartUpload */ 0,
        /* [134] CompletedPart */ 1, 2, 3, 7, 4, 5, 6, 10, 9, 8, 0, 11,
        /* [146] Condition */ 0, 1,
        /* [148] CopyObjectOutput */ 0, 2, 1, 10, 4, 7, 9, 8, 5, 6, 3,
        /* [159] CopyObjectRequest */ 1, 2, 4, 5, 6, 7, 13, 18, 19, 20, 0, 3, 8, 9, 10, 11, 12, 34, 35, 36, 42, 14, 15, 16, 17, 21, 22, 24, 41, 39, 40, 37, 25, 31, 33, 32, 28, 29, 30, 43, 26, 38, 23, 27,
        /* [203] CopyObjectResult */ 3, 4, 5, 9, 6, 7, 8, 2, 12, 11, 10, 0, 1,
        /* [216] CopyPartResult */ 2, 3, 4, 8, 5, 6, 7, 11, 10, 9, 0, 1,
        /* [228] CreateBucketConfiguration */ 2, 1, 0, 3,
        /* [232] CreateBucketMetadataConfigurationRequest */ 0, 1, 3, 4, 2,
        /* [237] CreateBucketMetadataTableConfigurationRequest */ 0, 1, 3, 4, 2,
        /* [242] CreateBucketOutput */ 0, 1,
        /* [244] CreateBucketRequest */ 1, 2, 0, 10, 8, 3, 4, 5, 6, 7, 9,
        /* [255] CreateMultipartUploadOutput */ 2, 3, 4, 0, 1, 12, 13, 11, 5, 8, 10, 9, 6, 7,
        /* [269] CreateMultipartUploadRequest */ 1, 2, 3, 4, 5, 6, 7, 12, 0, 29, 30, 28, 8, 9, 10, 11, 13, 27, 25, 26, 23, 14, 20, 22, 21, 17, 18, 19, 15, 24, 16,
        /* [300] CreateSessionOutput */ 4, 0, 1, 3, 2,
        /* [305] CreateSessionRequest */ 1, 0, 2, 3, 5, 4,
        /* [311] DefaultRetention */ 1, 0, 2,
        /* [314] Delete */ 0, 1,
        /* [316] DeleteBucketAnalyticsConfigurationRequest */ 0, 1, 2,
        /* [319] DeleteBucketCorsRequest */ 0, 1,
        /* [321] DeleteBucketEncryptionRequest */ 0, 1,
        /* [323] DeleteBucketIntelligentTieringConfigurationRequest */ 0, 1, 2,
        /* [326] DeleteBucketInventoryConfigurationRequest */ 0, 1, 2,
        /* [329] DeleteBucketLifecycleRequest */ 0, 1,
        /* [331] DeleteBucketMetadataConfigurationRequest */ 0, 1,
        /* [333] DeleteBucketMetadataTableConfigurationRequest */ 0, 1,
        /* [335] DeleteBucketMetricsConfigurationRequest */ 0, 1, 2,
        /* [338] DeleteBucketOwnershipControlsRequest */ 0, 1,
        /* [340] DeleteBucketPolicyRequest */ 0, 1,
        /* [342] DeleteBucketReplicationRequest */ 0, 1,
        /* [344] DeleteBucketRequest */ 0, 1,
        /* [346] DeleteBucketTaggingRequest */ 0, 1,
        /* [348] DeleteBucketWebsiteRequest */ 0, 1,
        /* [350] DeleteMarkerEntry */ 3, 1, 4, 0, 2,
        /* [355] DeleteMarkerReplication */ 0,
        /* [356] DeleteObjectAnnotationOutput */ 0, 1,
        /* [358] DeleteObjectAnnotationRequest */ 0, 1, 2, 3, 5, 6, 4,
        /* [365] DeleteObjectOutput */ 0, 2, 1,
        /* [368] DeleteObjectRequest */ 0, 7, 1, 3, 5, 6, 8, 9, 2, 4,
        /* [378] DeleteObjectTaggingOutput */ 0,
        /* [379] DeleteObjectTaggingRequest */ 0, 1, 2, 3,
        /* [383] DeleteObjectsOutput */ 0, 2, 1,
        /* [386] DeleteObjectsRequest */ 0, 1, 4, 5, 2, 3, 6,
        /* [393] DeletePublicAccessBlockRequest */ 0, 1,
        /* [395] DeletedObject */ 2, 3, 0, 1,
        /* [399] Destination */ 3, 1, 0, 4, 6, 5, 2,
        /* [406] DestinationResult */ 1, 0, 2,
        /* [409] Encryption */ 0, 2, 1,
        /* [412] EncryptionConfiguration */ 0,
        /* [413] Error */ 2, 0, 3, 1,
        /* [417] ErrorDetails */ 0, 1,
        /* [419] ErrorDocument */ 0,
        /* [420] ExistingObjectReplication */ 0,
        /* [421] FilterRule */ 0, 1,
        /* [423] GetBucketAbacOutput */ 0,
        /* [424] GetBucketAbacRequest */ 0, 1,
        /* [426] GetBucketAccelerateConfigurationOutput */ 0, 1,
        /* [428] GetBucketAccelerateConfigurationRequest */ 0, 1, 2,
        /* [431] GetBucketAclOutput */ 1, 0,
        /* [433] GetBucketAclRequest */ 0, 1,
        /* [435] GetBucketAnalyticsConfigurationOutput */ 0,
        /* [436] GetBucketAnalyticsConfigurationRequest */ 0, 1, 2,
        /* [439] GetBucketCorsOutput */ 0,
        /* [440] GetBucketCorsRequest */ 0, 1,
        /* [442] GetBucketEncryptionOutput */ 0,
        /* [443] GetBucketEncryptionRequest */ 0, 1,
        /* [445] GetBucketIntelligentTieringConfigurationOutput */ 0,
        /* [446] GetBucketIntelligentTieringConfigurationRequest */ 0, 1, 2,
        /* [449] GetBucketInventoryConfigurationOutput */ 0,
        /* [450] GetBucketInventoryConfigurationRequest */ 0, 1, 2,
        /* [453] GetBucketLifecycleConfigurationOutput */ 0, 1,
        /* [455] GetBucketLifecycleConfigurationRequest */ 0, 1,
        /* [457] GetBucketLifecycleOutput */ 0,
        /* [458] GetBucketLifecycleRequest */ 0, 1,
        /* [460] GetBucketLocationOutput */ 0,
        /* [461] GetBucketLocationRequest */ 0, 1,
        /* [463] GetBucketLoggingOutput */ 0,
        /* [464] GetBucketLoggingRequest */ 0, 1,
        /* [466] GetBucketMetadataConfigurationOutput */ 0,
        /* [467] GetBucketMetadataConfigurationRequest */ 0, 1,
        /* [469] GetBucketMetadataConfigurationResult */ 0,
        /* [470] GetBucketMetadataTableConfigurationOutput */ 0,
        /* [471] GetBucketMetadataTableConfigurationRequest */ 0, 1,
        /* [473] GetBucketMetadataTableConfigurationResult */ 2, 0, 1,
        /* [476] GetBucketMetricsConfigurationOutput */ 0,
        /* [477] GetBucketMetricsConfigurationRequest */ 0, 1, 2,
        /* [480] GetBucketNotificationConfigurationRequest */ 0, 1,
        /* [482] GetBucketOwnershipControlsOutput */ 0,
        /* [483] GetBucketOwnershipControlsRequest */ 0, 1,
        /* [485] GetBucketPolicyOutput */ 0,
        /* [486] GetBucketPolicyRequest */ 0, 1,
        /* [488] GetBucketPolicyStatusOutput */ 0,
        /* [489] GetBucketPolicyStatusRequest */ 0, 1,
        /* [491] GetBucketReplicationOutput */ 0,
        /* [492] GetBucketReplicationRequest */ 0, 1,
        /* [494] GetBucketRequestPaymentOutput */ 0,
        /* [495] GetBucketRequestPaymentRequest */ 0, 1,
        /* [497] GetBucketTaggingOutput */ 0,
        /* [498] GetBucketTaggingRequest */ 0, 1,
        /* [500] GetBucketVersioningOutput */ 1, 0,
        /* [502] GetBucketVersioningRequest */ 0, 1,
        /* [504] GetBucketWebsiteOutput */ 2, 1, 0, 3,
        /* [508] GetBucketWebsiteRequest */ 0, 1,
        /* [510] GetObjectAclOutput */ 1, 0, 2,
        /* [513] GetObjectAclRequest */ 0, 1, 2, 4, 3,
        /* [518] GetObjectAnnotationOutput */ 0, 3, 4, 2, 5, 6, 7, 11, 8, 9, 10, 15, 14, 13, 12, 1, 18, 17, 16,
        /* [537] GetObjectAnnotationRequest */ 0, 1, 2, 3, 6, 5, 4,
        /* [544] GetObjectAttributesOutput */ 5, 4, 1, 6, 8, 7, 0, 3, 2,
        /* [553] GetObjectAttributesParts */ 4, 3, 2, 5, 1, 0,
        /* [559] GetObjectAttributesRequest */ 0, 1, 2, 9, 3, 10, 4, 8, 5, 6, 7,
        /* [570] GetObjectLegalHoldOutput */ 0,
        /* [571] GetObjectLegalHoldRequest */ 0, 1, 2, 4, 3,
        /* [576] GetObjectLockConfigurationOutput */ 0,
        /* [577] GetObjectLockConfigurationRequest */ 0, 1,
        /* [579] GetObjectOutput */ 0, 21, 22, 23, 24, 6, 25, 26, 7, 27, 5, 2, 8, 9, 10, 14, 11, 12, 13, 18, 17, 16, 15, 1, 3, 30, 19, 38, 42, 40, 41, 37, 36, 4, 29, 33, 34, 31, 32, 35, 39, 20, 28,
        /* [622] GetObjectRequest */ 0, 1, 2, 3, 4, 5, 6, 18, 7, 8, 9, 10, 11, 12, 13, 20, 19, 17, 14, 15, 16,
        /* [643] GetObjectRetentionOutput */ 0,
        /* [644] GetObjectRetentionRequest */ 0, 1, 2, 4, 3,
        /* [649] GetObjectTaggingOutput */ 1, 0,
        /* [651] GetObjectTaggingRequest */ 0, 1, 2, 3, 4,
        /* [656] GetObjectTorrentOutput */ 0, 1,
        /* [658] GetObjectTorrentRequest */ 0, 1, 3, 2,
        /* [662] GetPublicAccessBlockOutput */ 0,
        /* [663] GetPublicAccessBlockRequest */ 0, 1,
        /* [665] GlacierJobParameters */ 0,
        /* [666] Grant */ 0, 1,
        /* [668] Grantee */ 0, 1, 2, 4, 3,
        /* [673] HeadBucketOutput */ 4, 0, 2, 1, 3,
        /* [678] HeadBucketRequest */ 0, 1,
        /* [680] HeadObjectOutput */ 21, 22, 23, 24, 6, 26, 25, 18, 27, 5, 1, 4, 7, 8, 9, 13, 10, 11, 12, 17, 16, 15, 14, 0, 2, 30, 19, 38, 42, 40, 41, 37, 36, 3, 29, 33, 34, 31, 32, 35, 39, 20, 28,
        /* [723] HeadObjectRequest */ 0, 1, 2, 3, 4, 5, 6, 18, 7, 8, 9, 10, 11, 12, 13, 20, 19, 17, 14, 15, 16,
        /* [744] IndexDocument */ 0,
        /* [745] Initiator */ 1, 0,
        /* [747] InputSerialization */ 0, 1, 2, 3,
        /* [751] IntelligentTieringAndOperator */ 0, 1,
        /* [753] IntelligentTieringConfiguration */ 1, 0, 2, 3,
        /* [757] IntelligentTieringFilter */ 2, 0, 1,
        /* [760] InvalidObjectState */ 1, 0,
        /* [762] InventoryConfiguration */ 0, 2, 3, 4, 1, 5, 6,
        /* [769] InventoryDestination */ 0,
        /* [770] InventoryEncryption */ 1, 0,
        /* [772] InventoryFilter */ 0,
        /* [773] InventoryS3BucketDestination */ 0, 1, 4, 2, 3,
        /* [778] InventorySchedule */ 0,
        /* [779] InventoryTableConfiguration */ 0, 1,
        /* [781] InventoryTableConfigurationResult */ 0, 2, 4, 3, 1,
        /* [786] InventoryTableConfigurationUpdates */ 0, 1,
        /* [788] JSONInput */ 0,
        /* [789] JSONOutput */ 0,
        /* [790] JournalTableConfiguration */ 1, 0,
        /* [792] JournalTableConfigurationResult */ 1, 4, 3, 2, 0,
        /* [797] JournalTableConfigurationUpdates */ 0,
        /* [798] LambdaFunctionConfiguration */ 1, 2, 3, 0,
        /* [802] LifecycleConfiguration */ 0,
        /* [803] LifecycleExpiration */ 0, 1, 2,
        /* [806] LifecycleRule */ 8, 0, 3, 1, 7, 6, 2, 4, 5,
        /* [815] LifecycleRuleAndOperator */ 2, 3, 0, 1,
        /* [819] LifecycleRuleFilter */ 4, 2, 3, 0, 1,
        /* [824] ListBucketAnalyticsConfigurationsOutput */ 3, 1, 0, 2,
        /* [828] ListBucketAnalyticsConfigurationsRequest */ 0, 1, 2,
        /* [831] ListBucketIntelligentTieringConfigurationsOutput */ 1, 3, 0, 2,
        /* [835] ListBucketIntelligentTieringConfigurationsRequest */ 0, 1, 2,
        /* [838] ListBucketInventoryConfigurationsOutput */ 0, 1, 2, 3,
        /* [842] ListBucketInventoryConfigurationsRequest */ 0, 1, 2,
        /* [845] ListBucketMetricsConfigurationsOutput */ 1, 0, 3, 2,
        /* [849] ListBucketMetricsConfigurationsRequest */ 0, 1, 2,
        /* [852] ListBucketsOutput */ 0, 2, 1, 3,
        /* [856] ListBucketsRequest */ 3, 1, 0, 2,
        /* [860] ListDirectoryBucketsOutput */ 0, 1,
        /* [862] ListDirectoryBucketsRequest */ 0, 1,
        /* [864] ListMultipartUploadsOutput */ 0, 10, 5, 11, 8, 1, 7, 3, 6, 4, 9, 2, 12,
        /* [877] ListMultipartUploadsRequest */ 0, 1, 2, 3, 4, 5, 6, 7, 8,
        /* [886] ListObjectAnnotationsOutput */ 6, 4, 0, 1, 7, 2, 5, 8, 3, 9,
        /* [896] ListObjectAnnotationsRequest */ 0, 1, 4, 5, 3, 2, 7, 6,
        /* [904] ListObjectVersionsOutput */ 11, 6, 9, 12, 0, 1, 10, 7, 3, 4, 8, 5, 2, 13,
        /* [918] ListObjectVersionsRequest */ 0, 1, 2, 3, 4, 5, 6, 7, 9, 8,
        /* [928] ListObjectsOutput */ 8, 3, 6, 9, 0, 1, 7, 4, 2, 5, 10,
        /* [939] ListObjectsRequest */ 0, 1, 2, 3, 4, 5, 7, 8, 6,
        /* [948] ListObjectsV2Output */ 6, 1, 9, 4, 7, 0, 8, 5, 2, 10, 3, 11, 12,
        /* [961] ListObjectsV2Request */ 0, 5, 1, 2, 6, 3, 4, 7, 9, 10, 8,
        /* [972] ListPartsOutput */ 2, 14, 15, 10, 8, 3, 7, 6, 11, 9, 5, 12, 4, 0, 1, 13,
        /* [988] ListPartsRequest */ 0, 1, 2, 3, 4, 6, 5, 7, 8, 9,
        /* [998] LocationInfo */ 1, 0,
        /* [1000] LoggingEnabled */ 0, 1, 3, 2,
        /* [1004] MetadataConfiguration */ 2, 1, 0,
        /* [1007] MetadataConfigurationResult */ 3, 0, 2, 1,
        /* [1011] MetadataEntry */ 0, 1,
        /* [1013] MetadataTableConfiguration */ 0,
        /* [1014] MetadataTableConfigurationResult */ 0,
        /* [1015] MetadataTableEncryptionConfiguration */ 1, 0,
        /* [1017] Metrics */ 1, 0,
        /* [1019] MetricsAndOperator */ 2, 0, 1,
        /* [1022] MetricsConfiguration */ 1, 0,
        /* [1024] MetricsFilter */ 2, 3, 0, 1,
        /* [1028] MultipartUpload */ 6, 7, 2, 5, 1, 4, 3, 0,
        /* [1036] NoncurrentVersionExpiration */ 1, 0,
        /* [1038] NoncurrentVersionTransition */ 2, 0, 1,
        /* [1041] NotificationConfiguration */ 2, 3, 1, 0,
        /* [1045] NotificationConfigurationDeprecated */ 2, 1, 0,
        /* [1048] NotificationConfigurationFilter */ 0,
        /* [1049] Object */ 3, 4, 2, 0, 1, 7, 8, 5, 6,
        /* [1058] ObjectEncryption */ 0,
        /* [1059] ObjectIdentifier */ 2, 0, 3, 4, 1,
        /* [1064] ObjectLockConfiguration */ 0, 1,
        /* [1066] ObjectLockLegalHold */ 0,
        /* [1067] ObjectLockRetention */ 0, 1,
        /* [1069] ObjectLockRule */ 0,
        /* [1070] ObjectPart */ 2, 3, 4, 8, 5, 6, 7, 11, 10, 9, 0, 1,
        /* [1082] ObjectVersion */ 1, 2, 0, 7, 5, 8, 9, 10, 3, 4, 6,
        /* [1093] OutputLocation */ 0,
        /* [1094] OutputSerialization */ 0, 1,
        /* [1096] Owner */ 0, 1,
        /* [1098] OwnershipControls */ 0,
        /* [1099] OwnershipControlsRule */ 0,
        /* [1100] Part */ 4, 5, 6, 10, 7, 8, 9, 13, 12, 11, 2, 1, 0, 3,
        /* [1114] PartitionedPrefix */ 0,
        /* [1115] PolicyStatus */ 0,
        /* [1116] Progress */ 1, 2, 0,
        /* [1119] ProgressEvent */ 0,
        /* [1120] PublicAccessBlockConfiguration */ 0, 2, 1, 3,
        /* [1124] PutBucketAbacRequest */ 4, 0, 1, 3, 2,
        /* [1129] PutBucketAccelerateConfigurationRequest */ 1, 0, 2, 3,
        /* [1133] PutBucketAclRequest */ 1, 2, 3, 0, 10, 5, 6, 7, 8, 9, 4,
        /* [1144] PutBucketAnalyticsConfigurationRequest */ 2, 0, 1, 3,
        /* [1148] PutBucketCorsRequest */ 0, 1, 2, 4, 3,
        /* [1153] PutBucketEncryptionRequest */ 0, 1, 3, 4, 2,
        /* [1158] PutBucketIntelligentTieringConfigurationRequest */ 0, 3, 1, 2,
        /* [1162] PutBucketInventoryConfigurationRequest */ 0, 2, 1, 3,
        /* [1166] PutBucketLifecycleConfigurationOutput */ 0,
        /* [1167] PutBucketLifecycleConfigurationRequest */ 0, 2, 3, 1, 4,
        /* [1172] PutBucketLifecycleRequest */ 0, 1, 3, 4, 2,
        /* [1177] PutBucketLoggingRequest */ 0, 1, 2, 4, 3,
        /* [1182] PutBucketMetricsConfigurationRequest */ 0, 2, 1, 3,
        /* [1186] PutBucketNotificationConfigurationRequest */ 0, 1, 2, 3,
        /* [1190] PutBucketNotificationRequest */ 0, 1, 3, 4, 2,
        /* [1195] PutBucketOwnershipControlsRequest */ 0, 1, 3, 2, 4,
        /* [1200] PutBucketPolicyRequest */ 0, 1, 4, 3, 5, 2,
        /* [1206] PutBucketReplicationRequest */ 0, 1, 3, 4, 5, 2,
        /* [1212] PutBucketRequestPaymentRequest */ 0, 1, 3, 4, 2,
        /* [1217] PutBucketTaggingRequest */ 0, 1, 3, 4, 2,
        /* [1222] PutBucketVersioningRequest */ 0, 1, 4, 5, 3, 2,
        /* [1228] PutBucketWebsiteRequest */ 0, 1, 3, 4, 2,
        /* [1233] PutObjectAclOutput */ 0,
        /* [1234] PutObjectAclRequest */ 1, 2, 3, 10, 12, 0, 13, 5, 6, 7, 8, 9, 11, 4,
        /* [1248] PutObjectAnnotationOutput */ 1, 3, 0, 4, 5, 6, 10, 7, 8, 9, 14, 13, 12, 11, 2, 16, 15,
        /* [1265] PutObjectAnnotationRequest */ 4, 0, 17, 1, 3, 2, 7, 8, 9, 13, 10, 11, 12, 16, 15, 14, 19, 5, 18, 6,
        /* [1285] PutObjectLegalHoldOutput */ 0,
        /* [1286] PutObjectLegalHoldRequest */ 0, 5, 1, 2, 4, 7, 3, 6,
        /* [1294] PutObjectLockConfigurationOutput */ 0,
        /* [1295] PutObjectLockConfigurationRequest */ 0, 4, 1, 3, 6, 2, 5,
        /* [1302] PutObjectOutput */ 1, 2, 3, 4, 8, 5, 6, 7, 12, 11, 10, 9, 0, 20, 21, 13, 17, 19, 18, 15, 16, 14,
        /* [1324] PutObjectRequest */ 1, 2, 3, 4, 5, 6, 7, 8, 9, 21, 22, 23, 28, 0, 11, 12, 13, 17, 14, 15, 16, 20, 19, 18, 45, 24, 25, 26, 27, 30, 44, 42, 43, 40, 10, 31, 37, 39, 38, 34, 35, 36, 32, 41, 33, 29,
        /* [1370] PutObjectRetentionOutput */ 0,
        /* [1371] PutObjectRetentionRequest */ 0, 6, 1, 2, 4, 5, 8, 3, 7,
        /* [1380] PutObjectTaggingOutput */ 0,
        /* [1381] PutObjectTaggingRequest */ 0, 3, 1, 5, 2, 6, 7, 4,
        /* [1389] PutPublicAccessBlockRequest */ 0, 1, 3, 4, 2,
        /* [1394] QueueConfiguration */ 2, 3, 0, 1,
        /* [1398] QueueConfigurationDeprecated */ 1, 2, 0, 3,
        /* [1402] RecordExpiration */ 1, 0,
        /* [1404] RecordsEvent */ 0,
        /* [1405] Redirect */ 0, 1, 2, 3, 4,
        /* [1410] RedirectAllRequestsTo */ 0, 1,
        /* [1412] RenameObjectRequest */ 0, 3, 5, 4, 6, 1, 11, 2, 7, 9, 8, 10,
        /* [1424] ReplicaModifications */ 0,
        /* [1425] ReplicationConfiguration */ 0, 1,
        /* [1427] ReplicationRule */ 8, 7, 6, 3, 0, 2, 1, 5, 4,
        /* [1436] ReplicationRuleAndOperator */ 0, 1,
        /* [1438] ReplicationRuleFilter */ 2, 0, 1,
        /* [1441] ReplicationTime */ 0, 1,
        /* [1443] ReplicationTimeValue */ 0,
        /* [1444] RequestPaymentConfiguration */ 0,
        /* [1445] RequestProgress */ 0,
        /* [1446] RestoreObjectOutput */ 0, 1,
        /* [1448] RestoreObjectRequest */ 0, 1, 3, 2, 6, 4, 5,
        /* [1455] RestoreRequest */ 0, 4, 1, 6, 5, 3, 2,
        /* [1462] RestoreStatus */ 0, 1,
        /* [1464] RoutingRule */ 0, 1,
        /* [1466] Rule */ 7, 0, 1, 6, 5, 2, 3, 4,
        /* [1474] S3KeyFilter */ 0,
        /* [1475] S3Location */ 4, 0, 3, 2, 1, 7, 5, 6,
        /* [1483] S3TablesDestination */ 0, 1,
        /* [1485] S3TablesDestinationResult */ 2, 0, 1, 3,
        /* [1489] SSEKMS */ 0,
        /* [1490] SSEKMSEncryption */ 1, 0,
        /* [1492] ScanRange */ 1, 0,
        /* [1494] SelectObjectContentEventStream */ 3, 4, 2, 0, 1,
        /* [1499] SelectObjectContentOutput */ 0,
        /* [1500] SelectObjectContentRequest */ 0, 5, 6, 8, 1, 9, 7, 10, 11, 2, 3, 4,
        /* [1512] SelectParameters */ 2, 1, 0, 3,
        /* [1516] ServerSideEncryptionByDefault */ 1, 0,
        /* [1518] ServerSideEncryptionConfiguration */ 0,
        /* [1519] ServerSideEncryptionRule */ 0, 2, 1,
        /* [1522] SessionCredentials */ 0, 3, 1, 2,
        /* [1526] SourceSelectionCriteria */ 1, 0,
        /* [1528] SseKmsEncryptedObjects */ 0,
        /* [1529] Stats */ 1, 2, 0,
        /* [1532] StatsEvent */ 0,
        /* [1533] StorageClassAnalysis */ 0,
        /* [1534] StorageClassAnalysisDataExport */ 1, 0,
        /* [1536] Tag */ 0, 1,
        /* [1538] Tagging */ 0,
        /* [1539] TargetGrant */ 0, 1,
        /* [1541] TargetObjectKeyFormat */ 1, 0,
        /* [1543] Tiering */ 1, 0,
        /* [1545] TopicConfiguration */ 2, 3, 0, 1,
        /* [1549] TopicConfigurationDeprecated */ 1, 2, 0, 3,
        /* [1553] Transition */ 0, 1, 2,
        /* [1556] UpdateBucketMetadataAnnotationTableConfigurationRequest */ 3, 0, 1, 4, 2,
        /* [1561] UpdateBucketMetadataInventoryTableConfigurationRequest */ 0, 1, 3, 4, 2,
        /* [1566] UpdateBucketMetadataJournalTableConfigurationRequest */ 0, 1, 3, 4, 2,
        /* [1571] UpdateObjectEncryptionRequest */ 0, 6, 1, 3, 2, 5, 4, 7,
        /* [1579] UpdateObjectEncryptionResponse */ 0,
        /* [1580] UploadPartCopyOutput */ 1, 0, 7, 2, 5, 6, 3, 4,
        /* [1588] UploadPartCopyRequest */ 0, 7, 8, 9, 1, 2, 3, 4, 5, 6, 13, 14, 15, 17, 16, 10, 11, 12, 18,
        /* [1607] UploadPartOutput */ 1, 2, 3, 4, 8, 5, 6, 7, 11, 10, 9, 16, 0, 14, 15, 12, 13,
        /* [1624] UploadPartRequest */ 0, 1, 2, 3, 15, 16, 17, 5, 6, 7, 11, 8, 9, 10, 14, 13, 12, 22, 21, 4, 18, 19, 20,
        /* [1647] VersioningConfiguration */ 0, 1,
        /* [1649] WebsiteConfiguration */ 0, 1, 2, 3,
        /* [1653] WriteGetObjectResponseRequest */ 2, 11, 4, 5, 7, 8, 9, 10, 12, 13, 25, 26, 28, 6, 14, 15, 16, 20, 17, 18, 19, 23, 22, 21, 24, 27, 29, 34, 32, 31, 33, 35, 36, 37, 38, 40, 45, 39, 41, 42, 43, 44, 3, 30, 0, 1,
    },
    .ranges = {
        {true, true, 0, 1024}, /* DirectoryBucketToken */
        {true, true, 1, 1000}, /* MaxAnnotationResults */
        {true, true, 1, 10000}, /* MaxBuckets */
        {true, true, 0, 1000}, /* MaxDirectoryBuckets */
        {true, true, 20, 2048}, /* NonEmptyKmsKeyArnString */
        {true, false, 1, 0}, /* ObjectKey */
        {true, true, 0, 20}, /* Region */
        {true, true, 1, 128}, /* S3RegionalOrS3ExpressBucketArnString */
    },
    .xml_refs = {
        {.item_name_ref = REF(xml_refs[0].item_name_ref, strings[1023])},
        {.item_name_ref = REF(xml_refs[1].item_name_ref, strings[171])},
        {.item_name_ref = REF(xml_refs[2].item_name_ref, strings[1466])},
        {.item_name_ref = REF(xml_refs[3].item_name_ref, strings[13793])},
        {.item_name_ref = REF(xml_refs[4].item_name_ref, strings[15406])},
        {.item_name_ref = REF(xml_refs[5].item_name_ref, strings[24784])},
        {.item_name_ref = REF(xml_refs[6].item_name_ref, strings[824])},
        {.item_name_ref = REF(xml_refs[7].item_name_ref, strings[13793])},
        {.item_name_ref = REF(xml_refs[8].item_name_ref, strings[18196])},
    },
    .strings =
        /*      0 */ "AbacStatus\0"
        /*     11 */ "Status\0"
        /*     18 */ "AbortDate\0"
        /*     28 */ "AbortIncompleteMultipartUpload\0"
        /*     59 */ "DaysAfterInitiation\0"
        /*     79 */ "AbortMultipartUploadOutput\0"
        /*    106 */ "RequestCharged\0" "x-amz-request-charged\0"
        /*    143 */ "AbortMultipartUploadRequest\0"
        /*    171 */ "Bucket\0"
        /*    178 */ "Key\0"
        /*    182 */ "UploadId\0" "uploadId\0"
        /*    200 */ "RequestPayer\0" "x-amz-request-payer\0"
        /*    233 */ "ExpectedBucketOwner\0" "x-amz-expected-bucket-owner\0"
        /*    281 */ "IfMatchInitiatedTime\0" "x-amz-if-match-initiated-time\0"
        /*    332 */ "AbortRuleId\0"
        /*    344 */ "AccelerateConfiguration\0"
        /*    368 */ "AcceptRanges\0"
        /*    381 */ "AccessControlPolicy\0"
        /*    401 */ "Grants\0" "AccessControlList\0"
        /*    426 */ "Owner\0"
        /*    432 */ "AccessControlTranslation\0"
        /*    457 */ "AccessDenied\0"
        /*    470 */ "AccessKeyIdValue\0"
        /*    487 */ "AccessPointAlias\0"
        /*    504 */ "AccessPointArn\0"
        /*    519 */ "AccountId\0"
        /*    529 */ "AllowQuotedRecordDelimiter\0"
        /*    556 */ "AllowedHeader\0"
        /*    570 */ "AllowedHeaders\0"
        /*    585 */ "AllowedMethod\0"
        /*    599 */ "AllowedMethods\0"
        /*    614 */ "AllowedOrigin\0"
        /*    628 */ "AllowedOrigins\0"
        /*    643 */ "AnalyticsAndOperator\0"
        /*    664 */ "Prefix\0"
        /*    671 */ "Tags\0" "Tag\0"
        /*    680 */ "AnalyticsConfiguration\0"
        /*    703 */ "Id\0"
        /*    706 */ "Filter\0"
        /*    713 */ "StorageClassAnalysis\0"
        /*    734 */ "AnalyticsConfigurationList\0"
        /*    761 */ "AnalyticsExportDestination\0"
        /*    788 */ "S3BucketDestination\0"
        /*    808 */ "AnalyticsFilter\0"
        /*    824 */ "Tag\0"
        /*    828 */ "And\0"
        /*    832 */ "AnalyticsId\0"
        /*    844 */ "AnalyticsS3BucketDestination\0"
        /*    873 */ "Format\0"
        /*    880 */ "BucketAccountId\0"
        /*    896 */ "AnalyticsS3ExportFileFormat\0"
        /*    924 */ "CSV\0"
        /*    928 */ "AnnotationConfigurationState\0"
        /*    957 */ "ENABLED\0" "DISABLED\0"
        /*    974 */ "AnnotationCount\0"
        /*    990 */ "AnnotationDirective\0"
        /*   1010 */ "COPY\0" "EXCLUDE\0"
        /*   1023 */ "AnnotationEntry\0"
        /*   1039 */ "AnnotationName\0"
        /*   1054 */ "LastModified\0"
        /*   1067 */ "ETag\0"
        /*   1072 */ "ChecksumAlgorithm\0"
        /*   1090 */ "Size\0"
        /*   1095 */ "ReplicationStatus\0"
        /*   1113 */ "AnnotationLimitExceeded\0"
        /*   1137 */ "AnnotationList\0"
        /*   1152 */ "AnnotationNameTooLong\0"
        /*   1174 */ "AnnotationPayload\0"
        /*   1192 */ "AnnotationPrefix\0"
        /*   1209 */ "AnnotationTableConfiguration\0"
        /*   1238 */ "ConfigurationState\0"
        /*   1257 */ "EncryptionConfiguration\0"
        /*   1281 */ "Role\0"
        /*   1286 */ "AnnotationTableConfigurationResult\0"
        /*   1321 */ "TableStatus\0"
        /*   1333 */ "Error\0"
        /*   1339 */ "TableName\0"
        /*   1349 */ "TableArn\0"
        /*   1358 */ "AnnotationTableConfigurationUpdates\0"
        /*   1394 */ "ArchiveStatus\0"
        /*   1408 */ "ARCHIVE_ACCESS\0" "DEEP_ARCHIVE_ACCESS\0"
        /*   1443 */ "BlockedEncryptionTypes\0"
        /*   1466 */ "EncryptionType\0"
        /*   1481 */ "Body\0"
        /*   1486 */ "Name\0"
        /*   1491 */ "CreationDate\0"
        /*   1504 */ "BucketRegion\0"
        /*   1517 */ "BucketArn\0"
        /*   1527 */ "BucketAbacStatus\0"
        /*   1544 */ "Enabled\0" "Disabled\0"
        /*   1561 */ "BucketAccelerateStatus\0"
        /*   1584 */ "Enabled\0" "Suspended\0"
        /*   1602 */ "BucketAlreadyExists\0"
        /*   1622 */ "BucketAlreadyOwnedByYou\0"
        /*   1646 */ "BucketCannedACL\0"
        /*   1662 */ "private\0" "public-read\0" "public-read-write\0" "authenticated-read\0"
        /*   1719 */ "BucketInfo\0"
        /*   1730 */ "DataRedundancy\0"
        /*   1745 */ "Type\0"
        /*   1750 */ "BucketKeyEnabled\0"
        /*   1767 */ "BucketLifecycleConfiguration\0"
        /*   1796 */ "Rules\0" "Rule\0"
        /*   1807 */ "BucketLocationConstraint\0"
        /*   1832 */ "af-south-1\0" "ap-east-1\0" "ap-east-2\0" "ap-northeast-1\0" "ap-northeast-2\0" "ap-northeast-3\0" "ap-south-1\0" "ap-south-2\0" "ap-southeast-1\0" "ap-southeast-2\0" "ap-southeast-3\0" "ap-southeast-4\0" "ap-southeast-5\0" "ap-southeast-6\0" "ap-southeast-7\0" "ca-central-1\0" "ca-west-1\0" "cn-north-1\0" "cn-northwest-1\0" "EU\0" "eu-central-1\0" "eu-central-2\0" "eu-north-1\0" "eu-south-1\0" "eu-south-2\0" "eu-west-1\0" "eu-west-2\0" "eu-west-3\0" "il-central-1\0" "me-central-1\0" "me-south-1\0" "mx-central-1\0" "sa-east-1\0" "us-east-2\0" "us-gov-east-1\0" "us-gov-west-1\0" "us-west-1\0" "us-west-2\0"
        /*   2294 */ "BucketLocationName\0"
        /*   2313 */ "BucketLoggingStatus\0"
        /*   2333 */ "LoggingEnabled\0"
        /*   2348 */ "BucketLogsPermission\0"
        /*   2369 */ "FULL_CONTROL\0" "READ\0" "WRITE\0"
        /*   2393 */ "BucketName\0"
        /*   2404 */ "BucketNamespace\0"
        /*   2420 */ "account-regional\0" "global\0"
        /*   2444 */ "BucketType\0"
        /*   2455 */ "Directory\0"
        /*   2465 */ "BucketVersioningStatus\0"
        /*   2488 */ "Buckets\0"
        /*   2496 */ "BypassGovernanceRetention\0"
        /*   2522 */ "BytesProcessed\0"
        /*   2537 */ "BytesReturned\0"
        /*   2551 */ "BytesScanned\0"
        /*   2564 */ "CORSConfiguration\0"
        /*   2582 */ "CORSRules\0" "CORSRule\0"
        /*   2601 */ "CORSRule\0"
        /*   2610 */ "ID\0"
        /*   2613 */ "AllowedHeaders\0" "AllowedHeader\0"
        /*   2642 */ "AllowedMethods\0" "AllowedMethod\0"
        /*   2671 */ "AllowedOrigins\0" "AllowedOrigin\0"
        /*   2700 */ "ExposeHeaders\0" "ExposeHeader\0"
        /*   2727 */ "MaxAgeSeconds\0"
        /*   2741 */ "CORSRules\0"
        /*   2751 */ "CSVInput\0"
        /*   2760 */ "FileHeaderInfo\0"
        /*   2775 */ "Comments\0"
        /*   2784 */ "QuoteEscapeCharacter\0"
        /*   2805 */ "RecordDelimiter\0"
        /*   2821 */ "FieldDelimiter\0"
        /*   2836 */ "QuoteCharacter\0"
        /*   2851 */ "CSVOutput\0"
        /*   2861 */ "QuoteFields\0"
        /*   2873 */ "CacheControl\0"
        /*   2886 */ "Checksum\0"
        /*   2895 */ "ChecksumCRC32\0"
        /*   2909 */ "ChecksumCRC32C\0"
        /*   2924 */ "ChecksumCRC64NVME\0"
        /*   2942 */ "ChecksumSHA1\0"
        /*   2955 */ "ChecksumSHA256\0"
        /*   2970 */ "ChecksumSHA512\0"
        /*   2985 */ "ChecksumMD5\0"
        /*   2997 */ "ChecksumXXHASH64\0"
        /*   3014 */ "ChecksumXXHASH3\0"
        /*   3030 */ "ChecksumXXHASH128\0"
        /*   3048 */ "ChecksumType\0"
        /*   3061 */ "CRC32\0" "CRC32C\0" "SHA1\0" "SHA256\0" "CRC64NVME\0" "SHA512\0" "MD5\0" "XXHASH64\0" "XXHASH3\0" "XXHASH128\0"
        /*   3134 */ "ChecksumAlgorithmList\0"
        /*   3156 */ "ChecksumMode\0"
        /*   3169 */ "ENABLED\0"
        /*   3177 */ "COMPOSITE\0" "FULL_OBJECT\0"
        /*   3199 */ "ClientToken\0"
        /*   3211 */ "CloudFunction\0"
        /*   3225 */ "CloudFunctionConfiguration\0"
        /*   3252 */ "Event\0"
        /*   3258 */ "Events\0" "Event\0"
        /*   3271 */ "InvocationRole\0"
        /*   3286 */ "CloudFunctionInvocationRole\0"
        /*   3314 */ "Code\0"
        /*   3319 */ "CommonPrefix\0"
        /*   3332 */ "CommonPrefixList\0"
        /*   3349 */ "CompleteMultipartUploadOutput\0"
        /*   3379 */ "Location\0"
        /*   3388 */ "Expiration\0" "x-amz-expiration\0"
        /*   3416 */ "ServerSideEncryption\0" "x-amz-server-side-encryption\0"
        /*   3466 */ "VersionId\0" "x-amz-version-id\0"
        /*   3493 */ "SSEKMSKeyId\0" "x-amz-server-side-encryption-aws-kms-key-id\0"
        /*   3549 */ "BucketKeyEnabled\0" "x-amz-server-side-encryption-bucket-key-enabled\0"
        /*   3614 */ "CompleteMultipartUploadRequest\0"
        /*   3645 */ "MultipartUpload\0" "CompleteMultipartUpload\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*   3726 */ "ChecksumCRC32\0" "x-amz-checksum-crc32\0"
        /*   3761 */ "ChecksumCRC32C\0" "x-amz-checksum-crc32c\0"
        /*   3798 */ "ChecksumCRC64NVME\0" "x-amz-checksum-crc64nvme\0"
        /*   3841 */ "ChecksumSHA1\0" "x-amz-checksum-sha1\0"
        /*   3874 */ "ChecksumSHA256\0" "x-amz-checksum-sha256\0"
        /*   3911 */ "ChecksumSHA512\0" "x-amz-checksum-sha512\0"
        /*   3948 */ "ChecksumMD5\0" "x-amz-checksum-md5\0"
        /*   3979 */ "ChecksumXXHASH64\0" "x-amz-checksum-xxhash64\0"
        /*   4020 */ "ChecksumXXHASH3\0" "x-amz-checksum-xxhash3\0"
        /*   4059 */ "ChecksumXXHASH128\0" "x-amz-checksum-xxhash128\0"
        /*   4102 */ "ChecksumType\0" "x-amz-checksum-type\0"
        /*   4135 */ "MpuObjectSize\0" "x-amz-mp-object-size\0"
        /*   4170 */ "IfMatch\0" "If-Match\0"
        /*   4187 */ "IfNoneMatch\0" "If-None-Match\0"
        /*   4213 */ "SSECustomerAlgorithm\0" "x-amz-server-side-encryption-customer-algorithm\0"
        /*   4282 */ "SSECustomerKey\0" "x-amz-server-side-encryption-customer-key\0"
        /*   4339 */ "SSECustomerKeyMD5\0" "x-amz-server-side-encryption-customer-key-MD5\0"
        /*   4403 */ "MultipartUpload\0"
        /*   4419 */ "CompletedMultipartUpload\0"
        /*   4444 */ "Parts\0" "Part\0"
        /*   4455 */ "CompletedPart\0"
        /*   4469 */ "PartNumber\0"
        /*   4480 */ "CompletedPartList\0"
        /*   4498 */ "CompressionType\0"
        /*   4514 */ "NONE\0" "GZIP\0" "BZIP2\0"
        /*   4530 */ "Condition\0"
        /*   4540 */ "HttpErrorCodeReturnedEquals\0"
        /*   4568 */ "KeyPrefixEquals\0"
        /*   4584 */ "ConfirmRemoveSelfBucketAccess\0"
        /*   4614 */ "ContentDisposition\0"
        /*   4633 */ "ContentEncoding\0"
        /*   4649 */ "ContentLanguage\0"
        /*   4665 */ "ContentLength\0"
        /*   4679 */ "ContentMD5\0"
        /*   4690 */ "ContentRange\0"
        /*   4703 */ "ContentType\0"
        /*   4715 */ "ContinuationEvent\0"
        /*   4733 */ "CopyObjectOutput\0"
        /*   4750 */ "CopyObjectResult\0"
        /*   4767 */ "CopySourceVersionId\0" "x-amz-copy-source-version-id\0"
        /*   4816 */ "SSEKMSEncryptionContext\0" "x-amz-server-side-encryption-context\0"
        /*   4877 */ "CopyObjectRequest\0"
        /*   4895 */ "ACL\0" "x-amz-acl\0"
        /*   4909 */ "CacheControl\0" "Cache-Control\0"
        /*   4936 */ "ChecksumAlgorithm\0" "x-amz-checksum-algorithm\0"
        /*   4979 */ "ContentDisposition\0" "Content-Disposition\0"
        /*   5018 */ "ContentEncoding\0" "Content-Encoding\0"
        /*   5051 */ "ContentLanguage\0" "Content-Language\0"
        /*   5084 */ "ContentType\0" "Content-Type\0"
        /*   5109 */ "CopySource\0" "x-amz-copy-source\0"
        /*   5138 */ "CopySourceIfMatch\0" "x-amz-copy-source-if-match\0"
        /*   5183 */ "CopySourceIfModifiedSince\0" "x-amz-copy-source-if-modified-since\0"
        /*   5245 */ "CopySourceIfNoneMatch\0" "x-amz-copy-source-if-none-match\0"
        /*   5299 */ "CopySourceIfUnmodifiedSince\0" "x-amz-copy-source-if-unmodified-since\0"
        /*   5365 */ "Expires\0"
        /*   5373 */ "GrantFullControl\0" "x-amz-grant-full-control\0"
        /*   5415 */ "GrantRead\0" "x-amz-grant-read\0"
        /*   5442 */ "GrantReadACP\0" "x-amz-grant-read-acp\0"
        /*   5476 */ "GrantWriteACP\0" "x-amz-grant-write-acp\0"
        /*   5512 */ "Metadata\0" "x-amz-meta-\0"
        /*   5533 */ "MetadataDirective\0" "x-amz-metadata-directive\0"
        /*   5576 */ "TaggingDirective\0" "x-amz-tagging-directive\0"
        /*   5617 */ "AnnotationDirective\0" "x-amz-object-annotation-directive\0"
        /*   5671 */ "StorageClass\0" "x-amz-storage-class\0"
        /*   5704 */ "WebsiteRedirectLocation\0" "x-amz-website-redirect-location\0"
        /*   5760 */ "CopySourceSSECustomerAlgorithm\0" "x-amz-copy-source-server-side-encryption-customer-algorithm\0"
        /*   5851 */ "CopySourceSSECustomerKey\0" "x-amz-copy-source-server-side-encryption-customer-key\0"
        /*   5930 */ "CopySourceSSECustomerKeyMD5\0" "x-amz-copy-source-server-side-encryption-customer-key-MD5\0"
        /*   6016 */ "Tagging\0" "x-amz-tagging\0"
        /*   6038 */ "ObjectLockMode\0" "x-amz-object-lock-mode\0"
        /*   6076 */ "ObjectLockRetainUntilDate\0" "x-amz-object-lock-retain-until-date\0"
        /*   6138 */ "ObjectLockLegalHoldStatus\0" "x-amz-object-lock-legal-hold\0"
        /*   6193 */ "ExpectedSourceBucketOwner\0" "x-amz-source-expected-bucket-owner\0"
        /*   6254 */ "CopyPartResult\0"
        /*   6269 */ "CopySource\0"
        /*   6280 */ "CopySourceIfMatch\0"
        /*   6298 */ "CopySourceIfModifiedSince\0"
        /*   6324 */ "CopySourceIfNoneMatch\0"
        /*   6346 */ "CopySourceIfUnmodifiedSince\0"
        /*   6374 */ "CopySourceRange\0"
        /*   6390 */ "CopySourceSSECustomerAlgorithm\0"
        /*   6421 */ "CopySourceSSECustomerKey\0"
        /*   6446 */ "CopySourceSSECustomerKeyMD5\0"
        /*   6474 */ "CopySourceVersionId\0"
        /*   6494 */ "CreateBucketConfiguration\0"
        /*   6520 */ "LocationConstraint\0"
        /*   6539 */ "Tags\0"
        /*   6544 */ "CreateBucketMetadataConfigurationRequest\0"
        /*   6585 */ "ContentMD5\0" "Content-MD5\0"
        /*   6608 */ "ChecksumAlgorithm\0" "x-amz-sdk-checksum-algorithm\0"
        /*   6655 */ "MetadataConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*   6718 */ "MetadataConfiguration\0"
        /*   6740 */ "CreateBucketMetadataTableConfigurationRequest\0"
        /*   6786 */ "MetadataTableConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*   6854 */ "MetadataTableConfiguration\0"
        /*   6881 */ "CreateBucketOutput\0"
        /*   6900 */ "BucketArn\0" "x-amz-bucket-arn\0"
        /*   6927 */ "CreateBucketRequest\0"
        /*   6947 */ "CreateBucketConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*   7014 */ "GrantWrite\0" "x-amz-grant-write\0"
        /*   7043 */ "ObjectLockEnabledForBucket\0" "x-amz-bucket-object-lock-enabled\0"
        /*   7103 */ "ObjectOwnership\0" "x-amz-object-ownership\0"
        /*   7142 */ "BucketNamespace\0" "x-amz-bucket-namespace\0"
        /*   7181 */ "CreateMultipartUploadOutput\0"
        /*   7209 */ "AbortDate\0" "x-amz-abort-date\0"
        /*   7236 */ "AbortRuleId\0" "x-amz-abort-rule-id\0"
        /*   7268 */ "UploadId\0"
        /*   7277 */ "CreateMultipartUploadRequest\0"
        /*   7306 */ "CreateSessionOutput\0"
        /*   7326 */ "Credentials\0"
        /*   7338 */ "CreateSessionRequest\0"
        /*   7359 */ "SessionMode\0" "x-amz-create-session-mode\0"
        /*   7397 */ "SingleAvailabilityZone\0" "SingleLocalZone\0"
        /*   7436 */ "Date\0"
        /*   7441 */ "Days\0"
        /*   7446 */ "DefaultRetention\0"
        /*   7463 */ "Mode\0"
        /*   7468 */ "Years\0"
        /*   7474 */ "Delete\0"
        /*   7481 */ "Objects\0" "Object\0"
        /*   7496 */ "Quiet\0"
        /*   7502 */ "DeleteBucketAnalyticsConfigurationRequest\0"
        /*   7544 */ "Id\0" "id\0"
        /*   7550 */ "DeleteBucketCorsRequest\0"
        /*   7574 */ "DeleteBucketEncryptionRequest\0"
        /*   7604 */ "DeleteBucketIntelligentTieringConfigurationRequest\0"
        /*   7655 */ "DeleteBucketInventoryConfigurationRequest\0"
        /*   7697 */ "DeleteBucketLifecycleRequest\0"
        /*   7726 */ "DeleteBucketMetadataConfigurationRequest\0"
        /*   7767 */ "DeleteBucketMetadataTableConfigurationRequest\0"
        /*   7813 */ "DeleteBucketMetricsConfigurationRequest\0"
        /*   7853 */ "DeleteBucketOwnershipControlsRequest\0"
        /*   7890 */ "DeleteBucketPolicyRequest\0"
        /*   7916 */ "DeleteBucketReplicationRequest\0"
        /*   7947 */ "DeleteBucketRequest\0"
        /*   7967 */ "DeleteBucketTaggingRequest\0"
        /*   7994 */ "DeleteBucketWebsiteRequest\0"
        /*   8021 */ "DeleteMarker\0"
        /*   8034 */ "DeleteMarkerEntry\0"
        /*   8052 */ "VersionId\0"
        /*   8062 */ "IsLatest\0"
        /*   8071 */ "DeleteMarkerReplication\0"
        /*   8095 */ "DeleteMarkerReplicationStatus\0"
        /*   8125 */ "DeleteMarkerVersionId\0"
        /*   8147 */ "DeleteMarkers\0"
        /*   8161 */ "DeleteObjectAnnotationOutput\0"
        /*   8190 */ "ObjectVersionId\0" "x-amz-object-version-id\0"
        /*   8230 */ "DeleteObjectAnnotationRequest\0"
        /*   8260 */ "AnnotationName\0" "annotationName\0"
        /*   8290 */ "VersionId\0" "versionId\0"
        /*   8310 */ "ObjectIfMatch\0" "x-amz-object-if-match\0"
        /*   8346 */ "DeleteObjectOutput\0"
        /*   8365 */ "DeleteMarker\0" "x-amz-delete-marker\0"
        /*   8398 */ "DeleteObjectRequest\0"
        /*   8418 */ "MFA\0" "x-amz-mfa\0"
        /*   8432 */ "BypassGovernanceRetention\0" "x-amz-bypass-governance-retention\0"
        /*   8492 */ "IfMatchLastModifiedTime\0" "x-amz-if-match-last-modified-time\0"
        /*   8550 */ "IfMatchSize\0" "x-amz-if-match-size\0"
        /*   8582 */ "DeleteObjectTaggingOutput\0"
        /*   8608 */ "DeleteObjectTaggingRequest\0"
        /*   8635 */ "DeleteObjectsOutput\0"
        /*   8655 */ "Deleted\0"
        /*   8663 */ "Errors\0" "Error\0"
        /*   8676 */ "DeleteObjectsRequest\0"
        /*   8697 */ "Delete\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*   8745 */ "DeletePublicAccessBlockRequest\0"
        /*   8776 */ "DeletedObject\0"
        /*   8790 */ "DeletedObjects\0"
        /*   8805 */ "Delimiter\0"
        /*   8815 */ "Description\0"
        /*   8827 */ "Destination\0"
        /*   8839 */ "Account\0"
        /*   8847 */ "StorageClass\0"
        /*   8860 */ "ReplicationTime\0"
        /*   8876 */ "Metrics\0"
        /*   8884 */ "DestinationResult\0"
        /*   8902 */ "TableBucketType\0"
        /*   8918 */ "TableBucketArn\0"
        /*   8933 */ "TableNamespace\0"
        /*   8948 */ "DirectoryBucketToken\0"
        /*   8969 */ "DisplayName\0"
        /*   8981 */ "EmailAddress\0"
        /*   8994 */ "EnableRequestProgress\0"
        /*   9016 */ "EncodingType\0"
        /*   9029 */ "url\0"
        /*   9033 */ "Encryption\0"
        /*   9044 */ "KMSKeyId\0"
        /*   9053 */ "KMSContext\0"
        /*   9064 */ "ReplicaKmsKeyID\0"
        /*   9080 */ "NONE\0" "SSE-C\0"
        /*   9091 */ "EncryptionTypeList\0"
        /*   9110 */ "EncryptionTypeMismatch\0"
        /*   9133 */ "End\0"
        /*   9137 */ "EndEvent\0"
        /*   9146 */ "Message\0"
        /*   9154 */ "ErrorCode\0"
        /*   9164 */ "ErrorDetails\0"
        /*   9177 */ "ErrorMessage\0"
        /*   9190 */ "ErrorDocument\0"
        /*   9204 */ "Errors\0"
        /*   9211 */ "s3:ReducedRedundancyLostObject\0" "s3:ObjectCreated:*\0" "s3:ObjectCreated:Put\0" "s3:ObjectCreated:Post\0" "s3:ObjectCreated:Copy\0" "s3:ObjectCreated:CompleteMultipartUpload\0" "s3:ObjectRemoved:*\0" "s3:ObjectRemoved:Delete\0" "s3:ObjectRemoved:DeleteMarkerCreated\0" "s3:ObjectRestore:*\0" "s3:ObjectRestore:Post\0" "s3:ObjectRestore:Completed\0" "s3:Replication:*\0" "s3:Replication:OperationFailedReplication\0" "s3:Replication:OperationNotTracked\0" "s3:Replication:OperationMissedThreshold\0" "s3:Replication:OperationReplicatedAfterThreshold\0" "s3:ObjectRestore:Delete\0" "s3:LifecycleTransition\0" "s3:IntelligentTiering\0" "s3:ObjectAcl:Put\0" "s3:LifecycleExpiration:*\0" "s3:LifecycleExpiration:Delete\0" "s3:LifecycleExpiration:DeleteMarkerCreated\0" "s3:ObjectTagging:*\0" "s3:ObjectTagging:Put\0" "s3:ObjectTagging:Delete\0" "s3:ObjectAnnotation:*\0" "s3:ObjectAnnotation:Put\0" "s3:ObjectAnnotation:Delete\0"
        /*  10019 */ "EventBridgeConfiguration\0"
        /*  10044 */ "EventList\0"
        /*  10054 */ "ExistingObjectReplication\0"
        /*  10080 */ "ExistingObjectReplicationStatus\0"
        /*  10112 */ "Expiration\0"
        /*  10123 */ "ExpirationState\0"
        /*  10139 */ "ExpirationStatus\0"
        /*  10156 */ "ExpiredObjectDeleteMarker\0"
        /*  10182 */ "ExposeHeader\0"
        /*  10195 */ "ExposeHeaders\0"
        /*  10209 */ "Expression\0"
        /*  10220 */ "ExpressionType\0"
        /*  10235 */ "SQL\0"
        /*  10239 */ "FetchOwner\0"
        /*  10250 */ "USE\0" "IGNORE\0" "NONE\0"
        /*  10266 */ "FilterRule\0"
        /*  10277 */ "Value\0"
        /*  10283 */ "FilterRuleList\0"
        /*  10298 */ "FilterRuleName\0"
        /*  10313 */ "prefix\0" "suffix\0"
        /*  10327 */ "FilterRuleValue\0"
        /*  10343 */ "GetBucketAbacOutput\0"
        /*  10363 */ "GetBucketAbacRequest\0"
        /*  10384 */ "GetBucketAccelerateConfigurationOutput\0"
        /*  10423 */ "GetBucketAccelerateConfigurationRequest\0"
        /*  10463 */ "GetBucketAclOutput\0"
        /*  10482 */ "GetBucketAclRequest\0"
        /*  10502 */ "GetBucketAnalyticsConfigurationOutput\0"
        /*  10540 */ "GetBucketAnalyticsConfigurationRequest\0"
        /*  10579 */ "GetBucketCorsOutput\0"
        /*  10599 */ "GetBucketCorsRequest\0"
        /*  10620 */ "GetBucketEncryptionOutput\0"
        /*  10646 */ "ServerSideEncryptionConfiguration\0"
        /*  10680 */ "GetBucketEncryptionRequest\0"
        /*  10707 */ "GetBucketIntelligentTieringConfigurationOutput\0"
        /*  10754 */ "IntelligentTieringConfiguration\0"
        /*  10786 */ "GetBucketIntelligentTieringConfigurationRequest\0"
        /*  10834 */ "GetBucketInventoryConfigurationOutput\0"
        /*  10872 */ "InventoryConfiguration\0"
        /*  10895 */ "GetBucketInventoryConfigurationRequest\0"
        /*  10934 */ "GetBucketLifecycleConfigurationOutput\0"
        /*  10972 */ "TransitionDefaultMinimumObjectSize\0" "x-amz-transition-default-minimum-object-size\0"
        /*  11052 */ "GetBucketLifecycleConfigurationRequest\0"
        /*  11091 */ "GetBucketLifecycleOutput\0"
        /*  11116 */ "GetBucketLifecycleRequest\0"
        /*  11142 */ "GetBucketLocationOutput\0"
        /*  11166 */ "GetBucketLocationRequest\0"
        /*  11191 */ "GetBucketLoggingOutput\0"
        /*  11214 */ "GetBucketLoggingRequest\0"
        /*  11238 */ "GetBucketMetadataConfigurationOutput\0"
        /*  11275 */ "GetBucketMetadataConfigurationResult\0"
        /*  11312 */ "GetBucketMetadataConfigurationRequest\0"
        /*  11350 */ "MetadataConfigurationResult\0"
        /*  11378 */ "GetBucketMetadataTableConfigurationOutput\0"
        /*  11420 */ "GetBucketMetadataTableConfigurationResult\0"
        /*  11462 */ "GetBucketMetadataTableConfigurationRequest\0"
        /*  11505 */ "MetadataTableConfigurationResult\0"
        /*  11538 */ "GetBucketMetricsConfigurationOutput\0"
        /*  11574 */ "MetricsConfiguration\0"
        /*  11595 */ "GetBucketMetricsConfigurationRequest\0"
        /*  11632 */ "GetBucketNotificationConfigurationRequest\0"
        /*  11674 */ "GetBucketOwnershipControlsOutput\0"
        /*  11707 */ "OwnershipControls\0"
        /*  11725 */ "GetBucketOwnershipControlsRequest\0"
        /*  11759 */ "GetBucketPolicyOutput\0"
        /*  11781 */ "Policy\0"
        /*  11788 */ "GetBucketPolicyRequest\0"
        /*  11811 */ "GetBucketPolicyStatusOutput\0"
        /*  11839 */ "PolicyStatus\0"
        /*  11852 */ "GetBucketPolicyStatusRequest\0"
        /*  11881 */ "GetBucketReplicationOutput\0"
        /*  11908 */ "ReplicationConfiguration\0"
        /*  11933 */ "GetBucketReplicationRequest\0"
        /*  11961 */ "GetBucketRequestPaymentOutput\0"
        /*  11991 */ "Payer\0"
        /*  11997 */ "GetBucketRequestPaymentRequest\0"
        /*  12028 */ "GetBucketTaggingOutput\0"
        /*  12051 */ "TagSet\0"
        /*  12058 */ "GetBucketTaggingRequest\0"
        /*  12082 */ "GetBucketVersioningOutput\0"
        /*  12108 */ "MFADelete\0" "MfaDelete\0"
        /*  12128 */ "GetBucketVersioningRequest\0"
        /*  12155 */ "GetBucketWebsiteOutput\0"
        /*  12178 */ "RedirectAllRequestsTo\0"
        /*  12200 */ "IndexDocument\0"
        /*  12214 */ "RoutingRules\0"
        /*  12227 */ "GetBucketWebsiteRequest\0"
        /*  12251 */ "GetObjectAclOutput\0"
        /*  12270 */ "GetObjectAclRequest\0"
        /*  12290 */ "GetObjectAnnotationOutput\0"
        /*  12316 */ "LastModified\0" "Last-Modified\0"
        /*  12343 */ "ContentLength\0" "Content-Length\0"
        /*  12372 */ "ReplicationStatus\0" "x-amz-replication-status\0"
        /*  12415 */ "GetObjectAnnotationRequest\0"
        /*  12442 */ "ChecksumMode\0" "x-amz-checksum-mode\0"
        /*  12475 */ "GetObjectAttributesOutput\0"
        /*  12501 */ "ObjectParts\0"
        /*  12513 */ "ObjectSize\0"
        /*  12524 */ "GetObjectAttributesParts\0"
        /*  12549 */ "TotalPartsCount\0" "PartsCount\0"
        /*  12576 */ "PartNumberMarker\0"
        /*  12593 */ "NextPartNumberMarker\0"
        /*  12614 */ "MaxParts\0"
        /*  12623 */ "IsTruncated\0"
        /*  12635 */ "GetObjectAttributesRequest\0"
        /*  12662 */ "MaxParts\0" "x-amz-max-parts\0"
        /*  12687 */ "PartNumberMarker\0" "x-amz-part-number-marker\0"
        /*  12729 */ "ObjectAttributes\0" "x-amz-object-attributes\0"
        /*  12770 */ "GetObjectLegalHoldOutput\0"
        /*  12795 */ "LegalHold\0"
        /*  12805 */ "GetObjectLegalHoldRequest\0"
        /*  12831 */ "GetObjectLockConfigurationOutput\0"
        /*  12864 */ "ObjectLockConfiguration\0"
        /*  12888 */ "GetObjectLockConfigurationRequest\0"
        /*  12922 */ "GetObjectOutput\0"
        /*  12938 */ "AcceptRanges\0" "accept-ranges\0"
        /*  12965 */ "Restore\0" "x-amz-restore\0"
        /*  12987 */ "MissingMeta\0" "x-amz-missing-meta\0"
        /*  13018 */ "ContentRange\0" "Content-Range\0"
        /*  13045 */ "PartsCount\0" "x-amz-mp-parts-count\0"
        /*  13077 */ "TagCount\0" "x-amz-tagging-count\0"
        /*  13106 */ "GetObjectRequest\0"
        /*  13123 */ "IfModifiedSince\0" "If-Modified-Since\0"
        /*  13157 */ "IfUnmodifiedSince\0" "If-Unmodified-Since\0"
        /*  13195 */ "Range\0"
        /*  13201 */ "ResponseCacheControl\0" "response-cache-control\0"
        /*  13245 */ "ResponseContentDisposition\0" "response-content-disposition\0"
        /*  13301 */ "ResponseContentEncoding\0" "response-content-encoding\0"
        /*  13351 */ "ResponseContentLanguage\0" "response-content-language\0"
        /*  13401 */ "ResponseContentType\0" "response-content-type\0"
        /*  13443 */ "ResponseExpires\0" "response-expires\0"
        /*  13476 */ "PartNumber\0" "partNumber\0"
        /*  13498 */ "GetObjectResponseStatusCode\0"
        /*  13526 */ "GetObjectRetentionOutput\0"
        /*  13551 */ "Retention\0"
        /*  13561 */ "GetObjectRetentionRequest\0"
        /*  13587 */ "GetObjectTaggingOutput\0"
        /*  13610 */ "GetObjectTaggingRequest\0"
        /*  13634 */ "GetObjectTorrentOutput\0"
        /*  13657 */ "GetObjectTorrentRequest\0"
        /*  13681 */ "GetPublicAccessBlockOutput\0"
        /*  13708 */ "PublicAccessBlockConfiguration\0"
        /*  13739 */ "GetPublicAccessBlockRequest\0"
        /*  13767 */ "GlacierJobParameters\0"
        /*  13788 */ "Tier\0"
        /*  13793 */ "Grant\0"
        /*  13799 */ "Grantee\0"
        /*  13807 */ "Permission\0"
        /*  13818 */ "GrantFullControl\0"
        /*  13835 */ "GrantRead\0"
        /*  13845 */ "GrantReadACP\0"
        /*  13858 */ "GrantWrite\0"
        /*  13869 */ "GrantWriteACP\0"
        /*  13883 */ "Type\0" "xsi:type\0"
        /*  13897 */ "URI\0"
        /*  13901 */ "xsi\0" "http://www.w3.org/2001/XMLSchema-instance\0"
        /*  13947 */ "Grants\0"
        /*  13954 */ "HeadBucketOutput\0"
        /*  13971 */ "BucketLocationType\0" "x-amz-bucket-location-type\0"
        /*  14017 */ "BucketLocationName\0" "x-amz-bucket-location-name\0"
        /*  14063 */ "BucketRegion\0" "x-amz-bucket-region\0"
        /*  14096 */ "AccessPointAlias\0" "x-amz-access-point-alias\0"
        /*  14138 */ "HeadBucketRequest\0"
        /*  14156 */ "HeadObjectOutput\0"
        /*  14173 */ "ArchiveStatus\0" "x-amz-archive-status\0"
        /*  14208 */ "HeadObjectRequest\0"
        /*  14226 */ "HostName\0"
        /*  14235 */ "HttpRedirectCode\0"
        /*  14252 */ "IdempotencyParameterMismatch\0"
        /*  14281 */ "IfMatch\0"
        /*  14289 */ "IfMatchInitiatedTime\0"
        /*  14310 */ "IfMatchLastModifiedTime\0"
        /*  14334 */ "IfMatchSize\0"
        /*  14346 */ "IfModifiedSince\0"
        /*  14362 */ "IfNoneMatch\0"
        /*  14374 */ "IfUnmodifiedSince\0"
        /*  14392 */ "Suffix\0"
        /*  14399 */ "Initiated\0"
        /*  14409 */ "Initiator\0"
        /*  14419 */ "InputSerialization\0"
        /*  14438 */ "JSON\0"
        /*  14443 */ "Parquet\0"
        /*  14451 */ "IntelligentTieringAccessTier\0"
        /*  14480 */ "IntelligentTieringAndOperator\0"
        /*  14510 */ "Tierings\0" "Tiering\0"
        /*  14527 */ "IntelligentTieringConfigurationList\0"
        /*  14563 */ "IntelligentTieringDays\0"
        /*  14586 */ "IntelligentTieringFilter\0"
        /*  14611 */ "IntelligentTieringId\0"
        /*  14632 */ "IntelligentTieringStatus\0"
        /*  14657 */ "InvalidAnnotationName\0"
        /*  14679 */ "InvalidObjectState\0"
        /*  14698 */ "AccessTier\0"
        /*  14709 */ "InvalidPrefix\0"
        /*  14723 */ "InvalidRequest\0"
        /*  14738 */ "InvalidWriteOffset\0"
        /*  14757 */ "IsEnabled\0"
        /*  14767 */ "IncludedObjectVersions\0"
        /*  14790 */ "OptionalFields\0"
        /*  14805 */ "Schedule\0"
        /*  14814 */ "InventoryConfigurationList\0"
        /*  14841 */ "InventoryConfigurationState\0"
        /*  14869 */ "InventoryDestination\0"
        /*  14890 */ "InventoryEncryption\0"
        /*  14910 */ "SSES3\0" "SSE-S3\0"
        /*  14923 */ "SSEKMS\0" "SSE-KMS\0"
        /*  14938 */ "InventoryFilter\0"
        /*  14954 */ "InventoryFormat\0"
        /*  14970 */ "CSV\0" "ORC\0" "Parquet\0"
        /*  14986 */ "InventoryFrequency\0"
        /*  15005 */ "Daily\0" "Weekly\0"
        /*  15018 */ "InventoryId\0"
        /*  15030 */ "InventoryIncludedObjectVersions\0"
        /*  15062 */ "All\0" "Current\0"
        /*  15074 */ "InventoryOptionalField\0"
        /*  15097 */ "Size\0" "LastModifiedDate\0" "StorageClass\0" "ETag\0" "IsMultipartUploaded\0" "ReplicationStatus\0" "EncryptionStatus\0" "ObjectLockRetainUntilDate\0" "ObjectLockMode\0" "ObjectLockLegalHoldStatus\0" "IntelligentTieringAccessTier\0" "BucketKeyStatus\0" "ChecksumAlgorithm\0" "ObjectAccessControlList\0" "ObjectOwner\0" "LifecycleExpirationDate\0"
        /*  15382 */ "InventoryOptionalFields\0"
        /*  15406 */ "Field\0"
        /*  15412 */ "InventoryS3BucketDestination\0"
        /*  15441 */ "InventorySchedule\0"
        /*  15459 */ "Frequency\0"
        /*  15469 */ "InventoryTableConfiguration\0"
        /*  15497 */ "InventoryTableConfigurationResult\0"
        /*  15531 */ "InventoryTableConfigurationUpdates\0"
        /*  15566 */ "IsPublic\0"
        /*  15575 */ "IsRestoreInProgress\0"
        /*  15595 */ "JSONInput\0"
        /*  15605 */ "JSONOutput\0"
        /*  15616 */ "JSONType\0"
        /*  15625 */ "DOCUMENT\0" "LINES\0"
        /*  15640 */ "JournalTableConfiguration\0"
        /*  15666 */ "RecordExpiration\0"
        /*  15683 */ "JournalTableConfigurationResult\0"
        /*  15715 */ "JournalTableConfigurationUpdates\0"
        /*  15748 */ "KeyCount\0"
        /*  15757 */ "KeyMarker\0"
        /*  15767 */ "KmsKeyArn\0"
        /*  15777 */ "LambdaFunctionArn\0"
        /*  15795 */ "LambdaFunctionConfiguration\0"
        /*  15823 */ "LambdaFunctionArn\0" "CloudFunction\0"
        /*  15855 */ "LambdaFunctionConfigurationList\0"
        /*  15887 */ "LastModifiedTime\0"
        /*  15904 */ "LifecycleConfiguration\0"
        /*  15927 */ "LifecycleExpiration\0"
        /*  15947 */ "LifecycleRule\0"
        /*  15961 */ "Transitions\0" "Transition\0"
        /*  15984 */ "NoncurrentVersionTransitions\0" "NoncurrentVersionTransition\0"
        /*  16041 */ "NoncurrentVersionExpiration\0"
        /*  16069 */ "LifecycleRuleAndOperator\0"
        /*  16094 */ "ObjectSizeGreaterThan\0"
        /*  16116 */ "ObjectSizeLessThan\0"
        /*  16135 */ "LifecycleRuleFilter\0"
        /*  16155 */ "LifecycleRules\0"
        /*  16170 */ "ListBucketAnalyticsConfigurationsOutput\0"
        /*  16210 */ "ContinuationToken\0"
        /*  16228 */ "NextContinuationToken\0"
        /*  16250 */ "AnalyticsConfigurationList\0" "AnalyticsConfiguration\0"
        /*  16300 */ "ListBucketAnalyticsConfigurationsRequest\0"
        /*  16341 */ "ContinuationToken\0" "continuation-token\0"
        /*  16378 */ "ListBucketIntelligentTieringConfigurationsOutput\0"
        /*  16427 */ "IntelligentTieringConfigurationList\0" "IntelligentTieringConfiguration\0"
        /*  16495 */ "ListBucketIntelligentTieringConfigurationsRequest\0"
        /*  16545 */ "ListBucketInventoryConfigurationsOutput\0"
        /*  16585 */ "InventoryConfigurationList\0" "InventoryConfiguration\0"
        /*  16635 */ "ListBucketInventoryConfigurationsRequest\0"
        /*  16676 */ "ListBucketMetricsConfigurationsOutput\0"
        /*  16714 */ "MetricsConfigurationList\0" "MetricsConfiguration\0"
        /*  16760 */ "ListBucketMetricsConfigurationsRequest\0"
        /*  16799 */ "ListBucketsOutput\0"
        /*  16817 */ "ListBucketsRequest\0"
        /*  16836 */ "MaxBuckets\0" "max-buckets\0"
        /*  16859 */ "Prefix\0" "prefix\0"
        /*  16873 */ "BucketRegion\0" "bucket-region\0"
        /*  16900 */ "ListDirectoryBucketsOutput\0"
        /*  16927 */ "ListDirectoryBucketsRequest\0"
        /*  16955 */ "MaxDirectoryBuckets\0" "max-directory-buckets\0"
        /*  16997 */ "ListMultipartUploadsOutput\0"
        /*  17024 */ "UploadIdMarker\0"
        /*  17039 */ "NextKeyMarker\0"
        /*  17053 */ "NextUploadIdMarker\0"
        /*  17072 */ "MaxUploads\0"
        /*  17083 */ "Uploads\0" "Upload\0"
        /*  17098 */ "CommonPrefixes\0"
        /*  17113 */ "ListMultipartUploadsRequest\0"
        /*  17141 */ "Delimiter\0" "delimiter\0"
        /*  17161 */ "EncodingType\0" "encoding-type\0"
        /*  17188 */ "KeyMarker\0" "key-marker\0"
        /*  17209 */ "MaxUploads\0" "max-uploads\0"
        /*  17232 */ "UploadIdMarker\0" "upload-id-marker\0"
        /*  17264 */ "ListObjectAnnotationsOutput\0"
        /*  17292 */ "Annotations\0"
        /*  17304 */ "MaxAnnotationResults\0"
        /*  17325 */ "ListObjectAnnotationsRequest\0"
        /*  17354 */ "MaxAnnotationResults\0" "max-annotation-results\0"
        /*  17398 */ "AnnotationPrefix\0" "annotation-prefix\0"
        /*  17433 */ "ListObjectVersionsOutput\0"
        /*  17458 */ "VersionIdMarker\0"
        /*  17474 */ "NextVersionIdMarker\0"
        /*  17494 */ "Versions\0" "Version\0"
        /*  17511 */ "DeleteMarkers\0" "DeleteMarker\0"
        /*  17538 */ "MaxKeys\0"
        /*  17546 */ "ListObjectVersionsRequest\0"
        /*  17572 */ "MaxKeys\0" "max-keys\0"
        /*  17589 */ "VersionIdMarker\0" "version-id-marker\0"
        /*  17623 */ "OptionalObjectAttributes\0" "x-amz-optional-object-attributes\0"
        /*  17681 */ "ListObjectsOutput\0"
        /*  17699 */ "Marker\0"
        /*  17706 */ "NextMarker\0"
        /*  17717 */ "Contents\0"
        /*  17726 */ "ListObjectsRequest\0"
        /*  17745 */ "Marker\0" "marker\0"
        /*  17759 */ "ListObjectsV2Output\0"
        /*  17779 */ "StartAfter\0"
        /*  17790 */ "ListObjectsV2Request\0"
        /*  17811 */ "FetchOwner\0" "fetch-owner\0"
        /*  17834 */ "StartAfter\0" "start-after\0"
        /*  17857 */ "ListPartsOutput\0"
        /*  17873 */ "ListPartsRequest\0"
        /*  17890 */ "MaxParts\0" "max-parts\0"
        /*  17909 */ "PartNumberMarker\0" "part-number-marker\0"
        /*  17945 */ "LocationInfo\0"
        /*  17958 */ "LocationNameAsString\0"
        /*  17979 */ "LocationPrefix\0"
        /*  17994 */ "LocationType\0"
        /*  18007 */ "AvailabilityZone\0" "LocalZone\0"
        /*  18034 */ "TargetBucket\0"
        /*  18047 */ "TargetGrants\0"
        /*  18060 */ "TargetPrefix\0"
        /*  18073 */ "TargetObjectKeyFormat\0"
        /*  18095 */ "MFA\0"
        /*  18099 */ "MFADelete\0"
        /*  18109 */ "MFADeleteStatus\0"
        /*  18125 */ "MaxBuckets\0"
        /*  18136 */ "MaxDirectoryBuckets\0"
        /*  18156 */ "Metadata\0"
        /*  18165 */ "MetadataDirective\0"
        /*  18183 */ "COPY\0" "REPLACE\0"
        /*  18196 */ "MetadataEntry\0"
        /*  18210 */ "MetadataKey\0"
        /*  18222 */ "S3TablesDestination\0"
        /*  18242 */ "S3TablesDestinationResult\0"
        /*  18268 */ "MetadataTableEncryptionConfiguration\0"
        /*  18305 */ "SseAlgorithm\0"
        /*  18318 */ "MetadataTableStatus\0"
        /*  18338 */ "MetadataValue\0"
        /*  18352 */ "EventThreshold\0"
        /*  18367 */ "MetricsAndOperator\0"
        /*  18386 */ "MetricsConfigurationList\0"
        /*  18411 */ "MetricsFilter\0"
        /*  18425 */ "MetricsId\0"
        /*  18435 */ "MetricsStatus\0"
        /*  18449 */ "Minutes\0"
        /*  18457 */ "MissingMeta\0"
        /*  18469 */ "MpuObjectSize\0"
        /*  18483 */ "MultipartUploadId\0"
        /*  18501 */ "MultipartUploadList\0"
        /*  18521 */ "NextToken\0"
        /*  18531 */ "NoSuchAnnotation\0"
        /*  18548 */ "NoSuchBucket\0"
        /*  18561 */ "NoSuchKey\0"
        /*  18571 */ "NoSuchUpload\0"
        /*  18584 */ "NonEmptyKmsKeyArnString\0"
        /*  18608 */ "NoncurrentDays\0"
        /*  18623 */ "NewerNoncurrentVersions\0"
        /*  18647 */ "NoncurrentVersionTransition\0"
        /*  18675 */ "NoncurrentVersionTransitionList\0"
        /*  18707 */ "NotificationConfiguration\0"
        /*  18733 */ "TopicConfigurations\0" "TopicConfiguration\0"
        /*  18772 */ "QueueConfigurations\0" "QueueConfiguration\0"
        /*  18811 */ "LambdaFunctionConfigurations\0" "CloudFunctionConfiguration\0"
        /*  18867 */ "NotificationConfigurationDeprecated\0"
        /*  18903 */ "TopicConfiguration\0"
        /*  18922 */ "QueueConfiguration\0"
        /*  18941 */ "NotificationConfigurationFilter\0"
        /*  18973 */ "Key\0" "S3Key\0"
        /*  18983 */ "NotificationId\0"
        /*  18998 */ "Object\0"
        /*  19005 */ "RestoreStatus\0"
        /*  19019 */ "ObjectAlreadyInActiveTierError\0"
        /*  19050 */ "ObjectAttributes\0"
        /*  19067 */ "ETag\0" "Checksum\0" "ObjectParts\0" "StorageClass\0" "ObjectSize\0"
        /*  19117 */ "ObjectAttributesList\0"
        /*  19138 */ "ObjectCannedACL\0"
        /*  19154 */ "private\0" "public-read\0" "public-read-write\0" "authenticated-read\0" "aws-exec-read\0" "bucket-owner-read\0" "bucket-owner-full-control\0"
        /*  19269 */ "ObjectEncryption\0"
        /*  19286 */ "ObjectIdentifier\0"
        /*  19303 */ "ObjectIdentifierList\0"
        /*  19324 */ "ObjectIfMatch\0"
        /*  19338 */ "ObjectKey\0"
        /*  19348 */ "ObjectList\0"
        /*  19359 */ "ObjectLockEnabled\0"
        /*  19377 */ "Rule\0"
        /*  19382 */ "Enabled\0"
        /*  19390 */ "ObjectLockEnabledForBucket\0"
        /*  19417 */ "ObjectLockLegalHold\0"
        /*  19437 */ "ObjectLockLegalHoldStatus\0"
        /*  19463 */ "ON\0" "OFF\0"
        /*  19470 */ "ObjectLockMode\0"
        /*  19485 */ "GOVERNANCE\0" "COMPLIANCE\0"
        /*  19507 */ "ObjectLockRetainUntilDate\0"
        /*  19533 */ "ObjectLockRetention\0"
        /*  19553 */ "RetainUntilDate\0"
        /*  19569 */ "ObjectLockRetentionMode\0"
        /*  19593 */ "ObjectLockRule\0"
        /*  19608 */ "ObjectLockToken\0"
        /*  19624 */ "ObjectNotInActiveTierError\0"
        /*  19651 */ "ObjectOwnership\0"
        /*  19667 */ "BucketOwnerPreferred\0" "ObjectWriter\0" "BucketOwnerEnforced\0"
        /*  19721 */ "ObjectPart\0"
        /*  19732 */ "ObjectSizeGreaterThanBytes\0"
        /*  19759 */ "ObjectSizeLessThanBytes\0"
        /*  19783 */ "ObjectStorageClass\0"
        /*  19802 */ "STANDARD\0" "REDUCED_REDUNDANCY\0" "GLACIER\0" "STANDARD_IA\0" "ONEZONE_IA\0" "INTELLIGENT_TIERING\0" "DEEP_ARCHIVE\0" "OUTPOSTS\0" "GLACIER_IR\0" "SNOW\0" "EXPRESS_ONEZONE\0" "FSX_OPENZFS\0" "FSX_ONTAP\0" "AWS_BACKUP_WARM\0" "AWS_BACKUP_LOW_COST_WARM\0"
        /*  19998 */ "ObjectVersion\0"
        /*  20012 */ "ObjectVersionId\0"
        /*  20028 */ "ObjectVersionList\0"
        /*  20046 */ "ObjectVersionStorageClass\0"
        /*  20072 */ "STANDARD\0"
        /*  20081 */ "OptionalObjectAttributes\0"
        /*  20106 */ "OptionalObjectAttributesList\0"
        /*  20135 */ "OutputLocation\0"
        /*  20150 */ "S3\0"
        /*  20153 */ "OutputSerialization\0"
        /*  20173 */ "OwnerOverride\0"
        /*  20187 */ "OwnershipControlsRule\0"
        /*  20209 */ "OwnershipControlsRules\0"
        /*  20232 */ "ParquetInput\0"
        /*  20245 */ "Part\0"
        /*  20250 */ "PartitionDateSource\0"
        /*  20270 */ "EventTime\0" "DeliveryTime\0"
        /*  20293 */ "PartitionedPrefix\0"
        /*  20311 */ "Parts\0"
        /*  20317 */ "PartsCount\0"
        /*  20328 */ "PartsList\0"
        /*  20338 */ "Requester\0" "BucketOwner\0"
        /*  20360 */ "FULL_CONTROL\0" "WRITE\0" "WRITE_ACP\0" "READ\0" "READ_ACP\0"
        /*  20403 */ "Priority\0"
        /*  20412 */ "Progress\0"
        /*  20421 */ "ProgressEvent\0"
        /*  20435 */ "Details\0"
        /*  20443 */ "Protocol\0"
        /*  20452 */ "http\0" "https\0"
        /*  20463 */ "BlockPublicAcls\0"
        /*  20479 */ "IgnorePublicAcls\0"
        /*  20496 */ "BlockPublicPolicy\0"
        /*  20514 */ "RestrictPublicBuckets\0"
        /*  20536 */ "PutBucketAbacRequest\0"
        /*  20557 */ "AbacStatus\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  20609 */ "PutBucketAccelerateConfigurationRequest\0"
        /*  20649 */ "AccelerateConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  20714 */ "PutBucketAclRequest\0"
        /*  20734 */ "AccessControlPolicy\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  20795 */ "PutBucketAnalyticsConfigurationRequest\0"
        /*  20834 */ "AnalyticsConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  20898 */ "PutBucketCorsRequest\0"
        /*  20919 */ "CORSConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  20978 */ "PutBucketEncryptionRequest\0"
        /*  21005 */ "ServerSideEncryptionConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  21080 */ "PutBucketIntelligentTieringConfigurationRequest\0"
        /*  21128 */ "IntelligentTieringConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  21201 */ "PutBucketInventoryConfigurationRequest\0"
        /*  21240 */ "InventoryConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  21304 */ "PutBucketLifecycleConfigurationOutput\0"
        /*  21342 */ "PutBucketLifecycleConfigurationRequest\0"
        /*  21381 */ "LifecycleConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  21445 */ "PutBucketLifecycleRequest\0"
        /*  21471 */ "PutBucketLoggingRequest\0"
        /*  21495 */ "BucketLoggingStatus\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  21556 */ "PutBucketMetricsConfigurationRequest\0"
        /*  21593 */ "MetricsConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  21655 */ "PutBucketNotificationConfigurationRequest\0"
        /*  21697 */ "NotificationConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  21764 */ "SkipDestinationValidation\0" "x-amz-skip-destination-validation\0"
        /*  21824 */ "PutBucketNotificationRequest\0"
        /*  21853 */ "PutBucketOwnershipControlsRequest\0"
        /*  21887 */ "OwnershipControls\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  21946 */ "PutBucketPolicyRequest\0"
        /*  21969 */ "ConfirmRemoveSelfBucketAccess\0" "x-amz-confirm-remove-self-bucket-access\0"
        /*  22039 */ "PutBucketReplicationRequest\0"
        /*  22067 */ "ReplicationConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  22133 */ "Token\0" "x-amz-bucket-object-lock-token\0"
        /*  22170 */ "PutBucketRequestPaymentRequest\0"
        /*  22201 */ "RequestPaymentConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  22270 */ "RequestPaymentConfiguration\0"
        /*  22298 */ "PutBucketTaggingRequest\0"
        /*  22322 */ "Tagging\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  22371 */ "Tagging\0"
        /*  22379 */ "PutBucketVersioningRequest\0"
        /*  22406 */ "VersioningConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  22471 */ "VersioningConfiguration\0"
        /*  22495 */ "PutBucketWebsiteRequest\0"
        /*  22519 */ "WebsiteConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  22581 */ "WebsiteConfiguration\0"
        /*  22602 */ "PutObjectAclOutput\0"
        /*  22621 */ "PutObjectAclRequest\0"
        /*  22641 */ "PutObjectAnnotationOutput\0"
        /*  22667 */ "PutObjectAnnotationRequest\0"
        /*  22694 */ "PutObjectLegalHoldOutput\0"
        /*  22719 */ "PutObjectLegalHoldRequest\0"
        /*  22745 */ "LegalHold\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  22796 */ "PutObjectLockConfigurationOutput\0"
        /*  22829 */ "PutObjectLockConfigurationRequest\0"
        /*  22863 */ "ObjectLockConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  22928 */ "PutObjectOutput\0"
        /*  22944 */ "Size\0" "x-amz-object-size\0"
        /*  22967 */ "PutObjectRequest\0"
        /*  22984 */ "WriteOffsetBytes\0" "x-amz-write-offset-bytes\0"
        /*  23026 */ "PutObjectRetentionOutput\0"
        /*  23051 */ "PutObjectRetentionRequest\0"
        /*  23077 */ "Retention\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  23128 */ "PutObjectTaggingOutput\0"
        /*  23151 */ "PutObjectTaggingRequest\0"
        /*  23175 */ "PutPublicAccessBlockRequest\0"
        /*  23203 */ "PublicAccessBlockConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  23275 */ "QueueArn\0"
        /*  23284 */ "QueueArn\0" "Queue\0"
        /*  23299 */ "QueueConfigurationDeprecated\0"
        /*  23328 */ "Queue\0"
        /*  23334 */ "QueueConfigurationList\0"
        /*  23357 */ "ALWAYS\0" "ASNEEDED\0"
        /*  23373 */ "RecordExpirationDays\0"
        /*  23394 */ "RecordsEvent\0"
        /*  23407 */ "Payload\0"
        /*  23415 */ "Redirect\0"
        /*  23424 */ "ReplaceKeyPrefixWith\0"
        /*  23445 */ "ReplaceKeyWith\0"
        /*  23460 */ "Region\0"
        /*  23467 */ "RenameObjectOutput\0"
        /*  23486 */ "RenameObjectRequest\0"
        /*  23506 */ "RenameSource\0" "x-amz-rename-source\0"
        /*  23539 */ "DestinationIfMatch\0" "If-Match\0"
        /*  23567 */ "DestinationIfNoneMatch\0" "If-None-Match\0"
        /*  23604 */ "DestinationIfModifiedSince\0" "If-Modified-Since\0"
        /*  23649 */ "DestinationIfUnmodifiedSince\0" "If-Unmodified-Since\0"
        /*  23698 */ "SourceIfMatch\0" "x-amz-rename-source-if-match\0"
        /*  23741 */ "SourceIfNoneMatch\0" "x-amz-rename-source-if-none-match\0"
        /*  23793 */ "SourceIfModifiedSince\0" "x-amz-rename-source-if-modified-since\0"
        /*  23853 */ "SourceIfUnmodifiedSince\0" "x-amz-rename-source-if-unmodified-since\0"
        /*  23917 */ "ClientToken\0" "x-amz-client-token\0"
        /*  23948 */ "RenameSource\0"
        /*  23961 */ "RenameSourceIfMatch\0"
        /*  23981 */ "RenameSourceIfModifiedSince\0"
        /*  24009 */ "RenameSourceIfNoneMatch\0"
        /*  24033 */ "RenameSourceIfUnmodifiedSince\0"
        /*  24063 */ "ReplicaModifications\0"
        /*  24084 */ "ReplicaModificationsStatus\0"
        /*  24111 */ "ReplicationRule\0"
        /*  24127 */ "SourceSelectionCriteria\0"
        /*  24151 */ "ReplicationRuleAndOperator\0"
        /*  24178 */ "ReplicationRuleFilter\0"
        /*  24200 */ "ReplicationRuleStatus\0"
        /*  24222 */ "ReplicationRules\0"
        /*  24239 */ "COMPLETE\0" "PENDING\0" "FAILED\0" "REPLICA\0" "COMPLETED\0"
        /*  24281 */ "Time\0"
        /*  24286 */ "ReplicationTimeStatus\0"
        /*  24308 */ "ReplicationTimeValue\0"
        /*  24329 */ "RequestCharged\0"
        /*  24344 */ "requester\0"
        /*  24354 */ "RequestPayer\0"
        /*  24367 */ "RequestProgress\0"
        /*  24383 */ "RequestRoute\0"
        /*  24396 */ "RequestToken\0"
        /*  24409 */ "ResponseCacheControl\0"
        /*  24430 */ "ResponseContentDisposition\0"
        /*  24457 */ "ResponseContentEncoding\0"
        /*  24481 */ "ResponseContentLanguage\0"
        /*  24505 */ "ResponseContentType\0"
        /*  24525 */ "ResponseExpires\0"
        /*  24541 */ "Restore\0"
        /*  24549 */ "RestoreExpiryDate\0"
        /*  24567 */ "RestoreObjectOutput\0"
        /*  24587 */ "RestoreOutputPath\0" "x-amz-restore-output-path\0"
        /*  24631 */ "RestoreObjectRequest\0"
        /*  24652 */ "RestoreRequest\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  24708 */ "RestoreRequest\0"
        /*  24723 */ "RestoreOutputPath\0"
        /*  24741 */ "SelectParameters\0"
        /*  24758 */ "RestoreRequestType\0"
        /*  24777 */ "SELECT\0"
        /*  24784 */ "RoutingRule\0"
        /*  24796 */ "Transition\0"
        /*  24807 */ "Rules\0"
        /*  24813 */ "S3KeyFilter\0"
        /*  24825 */ "FilterRules\0" "FilterRule\0"
        /*  24848 */ "S3Location\0"
        /*  24859 */ "CannedACL\0"
        /*  24869 */ "AccessControlList\0"
        /*  24887 */ "UserMetadata\0"
        /*  24900 */ "S3RegionalOrS3ExpressBucketArnString\0"
        /*  24937 */ "S3TablesArn\0"
        /*  24949 */ "S3TablesBucketArn\0"
        /*  24967 */ "S3TablesBucketType\0"
        /*  24986 */ "aws\0" "customer\0"
        /*  24999 */ "S3TablesName\0"
        /*  25012 */ "S3TablesNamespace\0"
        /*  25030 */ "SSECustomerAlgorithm\0"
        /*  25051 */ "SSECustomerKey\0"
        /*  25066 */ "SSECustomerKeyMD5\0"
        /*  25084 */ "SSEKMS\0"
        /*  25091 */ "KeyId\0"
        /*  25097 */ "SSE-KMS\0"
        /*  25105 */ "SSEKMSEncryption\0"
        /*  25122 */ "KMSKeyArn\0"
        /*  25132 */ "SSEKMSEncryptionContext\0"
        /*  25156 */ "SSEKMSKeyId\0"
        /*  25168 */ "SSES3\0"
        /*  25174 */ "SSE-S3\0"
        /*  25181 */ "ScanRange\0"
        /*  25191 */ "Start\0"
        /*  25197 */ "SelectObjectContentEventStream\0"
        /*  25228 */ "Records\0"
        /*  25236 */ "Stats\0"
        /*  25242 */ "Cont\0"
        /*  25247 */ "SelectObjectContentOutput\0"
        /*  25273 */ "SelectObjectContentRequest\0"
        /*  25300 */ "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  25341 */ "ServerSideEncryption\0"
        /*  25362 */ "AES256\0" "aws:fsx\0" "aws:backup\0" "aws:kms\0" "aws:kms:dsse\0"
        /*  25409 */ "ServerSideEncryptionByDefault\0"
        /*  25439 */ "SSEAlgorithm\0"
        /*  25452 */ "KMSMasterKeyID\0"
        /*  25467 */ "ServerSideEncryptionRule\0"
        /*  25492 */ "ApplyServerSideEncryptionByDefault\0"
        /*  25527 */ "ServerSideEncryptionRules\0"
        /*  25553 */ "SessionCredentialValue\0"
        /*  25576 */ "SessionCredentials\0"
        /*  25595 */ "AccessKeyId\0"
        /*  25607 */ "SecretAccessKey\0"
        /*  25623 */ "SessionToken\0"
        /*  25636 */ "SessionExpiration\0"
        /*  25654 */ "SessionMode\0"
        /*  25666 */ "ReadOnly\0" "ReadWrite\0"
        /*  25685 */ "Setting\0"
        /*  25693 */ "SimplePrefix\0"
        /*  25706 */ "SkipValidation\0"
        /*  25721 */ "SseKmsEncryptedObjects\0"
        /*  25744 */ "SseKmsEncryptedObjectsStatus\0"
        /*  25773 */ "StatsEvent\0"
        /*  25784 */ "STANDARD\0" "REDUCED_REDUNDANCY\0" "STANDARD_IA\0" "ONEZONE_IA\0" "INTELLIGENT_TIERING\0" "GLACIER\0" "DEEP_ARCHIVE\0" "OUTPOSTS\0" "GLACIER_IR\0" "SNOW\0" "EXPRESS_ONEZONE\0" "FSX_OPENZFS\0" "FSX_ONTAP\0" "AWS_BACKUP_WARM\0" "AWS_BACKUP_LOW_COST_WARM\0"
        /*  25980 */ "DataExport\0"
        /*  25991 */ "StorageClassAnalysisDataExport\0"
        /*  26022 */ "OutputSchemaVersion\0"
        /*  26042 */ "StorageClassAnalysisSchemaVersion\0"
        /*  26076 */ "V_1\0"
        /*  26080 */ "TableSseAlgorithm\0"
        /*  26098 */ "aws:kms\0" "AES256\0"
        /*  26113 */ "TagCount\0"
        /*  26122 */ "TaggingDirective\0"
        /*  26139 */ "TaggingHeader\0"
        /*  26153 */ "TargetGrant\0"
        /*  26165 */ "Standard\0" "Bulk\0" "Expedited\0"
        /*  26189 */ "Tiering\0"
        /*  26197 */ "TieringList\0"
        /*  26209 */ "Token\0"
        /*  26215 */ "TooManyParts\0"
        /*  26228 */ "TopicArn\0"
        /*  26237 */ "TopicArn\0" "Topic\0"
        /*  26252 */ "TopicConfigurationDeprecated\0"
        /*  26281 */ "Topic\0"
        /*  26287 */ "TopicConfigurationList\0"
        /*  26310 */ "TransitionDefaultMinimumObjectSize\0"
        /*  26345 */ "varies_by_storage_class\0" "all_storage_classes_128K\0"
        /*  26394 */ "TransitionList\0"
        /*  26409 */ "TransitionStorageClass\0"
        /*  26432 */ "GLACIER\0" "STANDARD_IA\0" "ONEZONE_IA\0" "INTELLIGENT_TIERING\0" "DEEP_ARCHIVE\0" "GLACIER_IR\0"
        /*  26507 */ "CanonicalUser\0" "AmazonCustomerByEmail\0" "Group\0"
        /*  26549 */ "UnsupportedMediaType\0"
        /*  26570 */ "UpdateBucketMetadataAnnotationTableConfigurationRequest\0"
        /*  26626 */ "AnnotationTableConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  26696 */ "UpdateBucketMetadataInventoryTableConfigurationRequest\0"
        /*  26751 */ "InventoryTableConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  26820 */ "UpdateBucketMetadataJournalTableConfigurationRequest\0"
        /*  26873 */ "JournalTableConfiguration\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  26940 */ "UpdateObjectEncryptionRequest\0"
        /*  26970 */ "ObjectEncryption\0" "\0" "http://s3.amazonaws.com/doc/2006-03-01/\0"
        /*  27028 */ "UpdateObjectEncryptionResponse\0"
        /*  27059 */ "UploadPartCopyOutput\0"
        /*  27080 */ "UploadPartCopyRequest\0"
        /*  27102 */ "CopySourceRange\0" "x-amz-copy-source-range\0"
        /*  27142 */ "UploadPartOutput\0"
        /*  27159 */ "UploadPartRequest\0"
        /*  27177 */ "VersionCount\0"
        /*  27190 */ "WebsiteRedirectLocation\0"
        /*  27214 */ "WriteGetObjectResponseRequest\0"
        /*  27244 */ "RequestRoute\0" "x-amz-request-route\0"
        /*  27277 */ "RequestToken\0" "x-amz-request-token\0"
        /*  27310 */ "StatusCode\0" "x-amz-fwd-status\0"
        /*  27338 */ "ErrorCode\0" "x-amz-fwd-error-code\0"
        /*  27369 */ "ErrorMessage\0" "x-amz-fwd-error-message\0"
        /*  27406 */ "AcceptRanges\0" "x-amz-fwd-header-accept-ranges\0"
        /*  27450 */ "CacheControl\0" "x-amz-fwd-header-Cache-Control\0"
        /*  27494 */ "ContentDisposition\0" "x-amz-fwd-header-Content-Disposition\0"
        /*  27550 */ "ContentEncoding\0" "x-amz-fwd-header-Content-Encoding\0"
        /*  27600 */ "ContentLanguage\0" "x-amz-fwd-header-Content-Language\0"
        /*  27650 */ "ContentRange\0" "x-amz-fwd-header-Content-Range\0"
        /*  27694 */ "ContentType\0" "x-amz-fwd-header-Content-Type\0"
        /*  27736 */ "ChecksumCRC32\0" "x-amz-fwd-header-x-amz-checksum-crc32\0"
        /*  27788 */ "ChecksumCRC32C\0" "x-amz-fwd-header-x-amz-checksum-crc32c\0"
        /*  27842 */ "ChecksumCRC64NVME\0" "x-amz-fwd-header-x-amz-checksum-crc64nvme\0"
        /*  27902 */ "ChecksumSHA1\0" "x-amz-fwd-header-x-amz-checksum-sha1\0"
        /*  27952 */ "ChecksumSHA256\0" "x-amz-fwd-header-x-amz-checksum-sha256\0"
        /*  28006 */ "ChecksumSHA512\0" "x-amz-fwd-header-x-amz-checksum-sha512\0"
        /*  28060 */ "ChecksumMD5\0" "x-amz-fwd-header-x-amz-checksum-md5\0"
        /*  28108 */ "ChecksumXXHASH64\0" "x-amz-fwd-header-x-amz-checksum-xxhash64\0"
        /*  28166 */ "ChecksumXXHASH3\0" "x-amz-fwd-header-x-amz-checksum-xxhash3\0"
        /*  28222 */ "ChecksumXXHASH128\0" "x-amz-fwd-header-x-amz-checksum-xxhash128\0"
        /*  28282 */ "DeleteMarker\0" "x-amz-fwd-header-x-amz-delete-marker\0"
        /*  28332 */ "ETag\0" "x-amz-fwd-header-ETag\0"
        /*  28359 */ "Expires\0" "x-amz-fwd-header-Expires\0"
        /*  28392 */ "Expiration\0" "x-amz-fwd-header-x-amz-expiration\0"
        /*  28437 */ "LastModified\0" "x-amz-fwd-header-Last-Modified\0"
        /*  28481 */ "MissingMeta\0" "x-amz-fwd-header-x-amz-missing-meta\0"
        /*  28529 */ "ObjectLockMode\0" "x-amz-fwd-header-x-amz-object-lock-mode\0"
        /*  28584 */ "ObjectLockLegalHoldStatus\0" "x-amz-fwd-header-x-amz-object-lock-legal-hold\0"
        /*  28656 */ "ObjectLockRetainUntilDate\0" "x-amz-fwd-header-x-amz-object-lock-retain-until-date\0"
        /*  28735 */ "PartsCount\0" "x-amz-fwd-header-x-amz-mp-parts-count\0"
        /*  28784 */ "ReplicationStatus\0" "x-amz-fwd-header-x-amz-replication-status\0"
        /*  28844 */ "RequestCharged\0" "x-amz-fwd-header-x-amz-request-charged\0"
        /*  28898 */ "Restore\0" "x-amz-fwd-header-x-amz-restore\0"
        /*  28937 */ "ServerSideEncryption\0" "x-amz-fwd-header-x-amz-server-side-encryption\0"
        /*  29004 */ "SSECustomerAlgorithm\0" "x-amz-fwd-header-x-amz-server-side-encryption-customer-algorithm\0"
        /*  29090 */ "SSEKMSKeyId\0" "x-amz-fwd-header-x-amz-server-side-encryption-aws-kms-key-id\0"
        /*  29163 */ "SSECustomerKeyMD5\0" "x-amz-fwd-header-x-amz-server-side-encryption-customer-key-MD5\0"
        /*  29244 */ "StorageClass\0" "x-amz-fwd-header-x-amz-storage-class\0"
        /*  29294 */ "TagCount\0" "x-amz-fwd-header-x-amz-tagging-count\0"
        /*  29340 */ "VersionId\0" "x-amz-fwd-header-x-amz-version-id\0"
        /*  29384 */ "BucketKeyEnabled\0" "x-amz-fwd-header-x-amz-server-side-encryption-bucket-key-enabled\0"
        /*  29466 */ "WriteOffsetBytes",
};

enum awsc_s3_analytics_s3_export_file_format awsc_s3_analytics_s3_export_file_format_parse(const char *value)
{
    return (enum awsc_s3_analytics_s3_export_file_format)awsc_enum_parse(&T.strings[924], 1, value);
}

const char *awsc_s3_analytics_s3_export_file_format_str(enum awsc_s3_analytics_s3_export_file_format value)
{
    return awsc_enum_str(&T.strings[924], 1, (int)value);
}

enum awsc_s3_annotation_configuration_state awsc_s3_annotation_configuration_state_parse(const char *value)
{
    return (enum awsc_s3_annotation_configuration_state)awsc_enum_parse(&T.strings[957], 2, value);
}

const char *awsc_s3_annotation_configuration_state_str(enum awsc_s3_annotation_configuration_state value)
{
    return awsc_enum_str(&T.strings[957], 2, (int)value);
}

enum awsc_s3_annotation_directive awsc_s3_annotation_directive_parse(const char *value)
{
    return (enum awsc_s3_annotation_directive)awsc_enum_parse(&T.strings[1010], 2, value);
}

const char *awsc_s3_annotation_directive_str(enum awsc_s3_annotation_directive value)
{
    return awsc_enum_str(&T.strings[1010], 2, (int)value);
}

enum awsc_s3_archive_status awsc_s3_archive_status_parse(const char *value)
{
    return (enum awsc_s3_archive_status)awsc_enum_parse(&T.strings[1408], 2, value);
}

const char *awsc_s3_archive_status_str(enum awsc_s3_archive_status value)
{
    return awsc_enum_str(&T.strings[1408], 2, (int)value);
}

enum awsc_s3_bucket_abac_status awsc_s3_bucket_abac_status_parse(const char *value)
{
    return (enum awsc_s3_bucket_abac_status)awsc_enum_parse(&T.strings[1544], 2, value);
}

const char *awsc_s3_bucket_abac_status_str(enum awsc_s3_bucket_abac_status value)
{
    return awsc_enum_str(&T.strings[1544], 2, (int)value);
}

enum awsc_s3_bucket_accelerate_status awsc_s3_bucket_accelerate_status_parse(const char *value)
{
    return (enum awsc_s3_bucket_accelerate_status)awsc_enum_parse(&T.strings[1584], 2, value);
}

const char *awsc_s3_bucket_accelerate_status_str(enum awsc_s3_bucket_accelerate_status value)
{
    return awsc_enum_str(&T.strings[1584], 2, (int)value);
}

enum awsc_s3_bucket_canned_acl awsc_s3_bucket_canned_acl_parse(const char *value)
{
    return (enum awsc_s3_bucket_canned_acl)awsc_enum_parse(&T.strings[1662], 4, value);
}

const char *awsc_s3_bucket_canned_acl_str(enum awsc_s3_bucket_canned_acl value)
{
    return awsc_enum_str(&T.strings[1662], 4, (int)value);
}

enum awsc_s3_bucket_location_constraint awsc_s3_bucket_location_constraint_parse(const char *value)
{
    return (enum awsc_s3_bucket_location_constraint)awsc_enum_parse(&T.strings[1832], 38, value);
}

const char *awsc_s3_bucket_location_constraint_str(enum awsc_s3_bucket_location_constraint value)
{
    return awsc_enum_str(&T.strings[1832], 38, (int)value);
}

enum awsc_s3_bucket_logs_permission awsc_s3_bucket_logs_permission_parse(const char *value)
{
    return (enum awsc_s3_bucket_logs_permission)awsc_enum_parse(&T.strings[2369], 3, value);
}

const char *awsc_s3_bucket_logs_permission_str(enum awsc_s3_bucket_logs_permission value)
{
    return awsc_enum_str(&T.strings[2369], 3, (int)value);
}

enum awsc_s3_bucket_namespace awsc_s3_bucket_namespace_parse(const char *value)
{
    return (enum awsc_s3_bucket_namespace)awsc_enum_parse(&T.strings[2420], 2, value);
}

const char *awsc_s3_bucket_namespace_str(enum awsc_s3_bucket_namespace value)
{
    return awsc_enum_str(&T.strings[2420], 2, (int)value);
}

enum awsc_s3_bucket_type awsc_s3_bucket_type_parse(const char *value)
{
    return (enum awsc_s3_bucket_type)awsc_enum_parse(&T.strings[2455], 1, value);
}

const char *awsc_s3_bucket_type_str(enum awsc_s3_bucket_type value)
{
    return awsc_enum_str(&T.strings[2455], 1, (int)value);
}

enum awsc_s3_bucket_versioning_status awsc_s3_bucket_versioning_status_parse(const char *value)
{
    return (enum awsc_s3_bucket_versioning_status)awsc_enum_parse(&T.strings[1584], 2, value);
}

const char *awsc_s3_bucket_versioning_status_str(enum awsc_s3_bucket_versioning_status value)
{
    return awsc_enum_str(&T.strings[1584], 2, (int)value);
}

enum awsc_s3_checksum_algorithm awsc_s3_checksum_algorithm_parse(const char *value)
{
    return (enum awsc_s3_checksum_algorithm)awsc_enum_parse(&T.strings[3061], 10, value);
}

const char *awsc_s3_checksum_algorithm_str(enum awsc_s3_checksum_algorithm value)
{
    return awsc_enum_str(&T.strings[3061], 10, (int)value);
}

enum awsc_s3_checksum_mode awsc_s3_checksum_mode_parse(const char *value)
{
    return (enum awsc_s3_checksum_mode)awsc_enum_parse(&T.strings[3169], 1, value);
}

const char *awsc_s3_checksum_mode_str(enum awsc_s3_checksum_mode value)
{
    return awsc_enum_str(&T.strings[3169], 1, (int)value);
}

enum awsc_s3_checksum_type awsc_s3_checksum_type_parse(const char *value)
{
    return (enum awsc_s3_checksum_type)awsc_enum_parse(&T.strings[3177], 2, value);
}

const char *awsc_s3_checksum_type_str(enum awsc_s3_checksum_type value)
{
    return awsc_enum_str(&T.strings[3177], 2, (int)value);
}

enum awsc_s3_compression_type awsc_s3_compression_type_parse(const char *value)
{
    return (enum awsc_s3_compression_type)awsc_enum_parse(&T.strings[4514], 3, value);
}

const char *awsc_s3_compression_type_str(enum awsc_s3_compression_type value)
{
    return awsc_enum_str(&T.strings[4514], 3, (int)value);
}

enum awsc_s3_data_redundancy awsc_s3_data_redundancy_parse(const char *value)
{
    return (enum awsc_s3_data_redundancy)awsc_enum_parse(&T.strings[7397], 2, value);
}

const char *awsc_s3_data_redundancy_str(enum awsc_s3_data_redundancy value)
{
    return awsc_enum_str(&T.strings[7397], 2, (int)value);
}

enum awsc_s3_delete_marker_replication_status awsc_s3_delete_marker_replication_status_parse(const char *value)
{
    return (enum awsc_s3_delete_marker_replication_status)awsc_enum_parse(&T.strings[1544], 2, value);
}

const char *awsc_s3_delete_marker_replication_status_str(enum awsc_s3_delete_marker_replication_status value)
{
    return awsc_enum_str(&T.strings[1544], 2, (int)value);
}

enum awsc_s3_encoding_type awsc_s3_encoding_type_parse(const char *value)
{
    return (enum awsc_s3_encoding_type)awsc_enum_parse(&T.strings[9029], 1, value);
}

const char *awsc_s3_encoding_type_str(enum awsc_s3_encoding_type value)
{
    return awsc_enum_str(&T.strings[9029], 1, (int)value);
}

enum awsc_s3_encryption_type awsc_s3_encryption_type_parse(const char *value)
{
    return (enum awsc_s3_encryption_type)awsc_enum_parse(&T.strings[9080], 2, value);
}

const char *awsc_s3_encryption_type_str(enum awsc_s3_encryption_type value)
{
    return awsc_enum_str(&T.strings[9080], 2, (int)value);
}

enum awsc_s3_event awsc_s3_event_parse(const char *value)
{
    return (enum awsc_s3_event)awsc_enum_parse(&T.strings[9211], 30, value);
}

const char *awsc_s3_event_str(enum awsc_s3_event value)
{
    return awsc_enum_str(&T.strings[9211], 30, (int)value);
}

enum awsc_s3_existing_object_replication_status awsc_s3_existing_object_replication_status_parse(const char *value)
{
    return (enum awsc_s3_existing_object_replication_status)awsc_enum_parse(&T.strings[1544], 2, value);
}

const char *awsc_s3_existing_object_replication_status_str(enum awsc_s3_existing_object_replication_status value)
{
    return awsc_enum_str(&T.strings[1544], 2, (int)value);
}

enum awsc_s3_expiration_state awsc_s3_expiration_state_parse(const char *value)
{
    return (enum awsc_s3_expiration_state)awsc_enum_parse(&T.strings[957], 2, value);
}

const char *awsc_s3_expiration_state_str(enum awsc_s3_expiration_state value)
{
    return awsc_enum_str(&T.strings[957], 2, (int)value);
}

enum awsc_s3_expiration_status awsc_s3_expiration_status_parse(const char *value)
{
    return (enum awsc_s3_expiration_status)awsc_enum_parse(&T.strings[1544], 2, value);
}

const char *awsc_s3_expiration_status_str(enum awsc_s3_expiration_status value)
{
    return awsc_enum_str(&T.strings[1544], 2, (int)value);
}

enum awsc_s3_expression_type awsc_s3_expression_type_parse(const char *value)
{
    return (enum awsc_s3_expression_type)awsc_enum_parse(&T.strings[10235], 1, value);
}

const char *awsc_s3_expression_type_str(enum awsc_s3_expression_type value)
{
    return awsc_enum_str(&T.strings[10235], 1, (int)value);
}

enum awsc_s3_file_header_info awsc_s3_file_header_info_parse(const char *value)
{
    return (enum awsc_s3_file_header_info)awsc_enum_parse(&T.strings[10250], 3, value);
}

const char *awsc_s3_file_header_info_str(enum awsc_s3_file_header_info value)
{
    return awsc_enum_str(&T.strings[10250], 3, (int)value);
}

enum awsc_s3_filter_rule_name awsc_s3_filter_rule_name_parse(const char *value)
{
    return (enum awsc_s3_filter_rule_name)awsc_enum_parse(&T.strings[10313], 2, value);
}

const char *awsc_s3_filter_rule_name_str(enum awsc_s3_filter_rule_name value)
{
    return awsc_enum_str(&T.strings[10313], 2, (int)value);
}

enum awsc_s3_intelligent_tiering_access_tier awsc_s3_intelligent_tiering_access_tier_parse(const char *value)
{
    return (enum awsc_s3_intelligent_tiering_access_tier)awsc_enum_parse(&T.strings[1408], 2, value);
}

const char *awsc_s3_intelligent_tiering_access_tier_str(enum awsc_s3_intelligent_tiering_access_tier value)
{
    return awsc_enum_str(&T.strings[1408], 2, (int)value);
}

enum awsc_s3_intelligent_tiering_status awsc_s3_intelligent_tiering_status_parse(const char *value)
{
    return (enum awsc_s3_intelligent_tiering_status)awsc_enum_parse(&T.strings[1544], 2, value);
}

const char *awsc_s3_intelligent_tiering_status_str(enum awsc_s3_intelligent_tiering_status value)
{
    return awsc_enum_str(&T.strings[1544], 2, (int)value);
}

enum awsc_s3_inventory_configuration_state awsc_s3_inventory_configuration_state_parse(const char *value)
{
    return (enum awsc_s3_inventory_configuration_state)awsc_enum_parse(&T.strings[957], 2, value);
}

const char *awsc_s3_inventory_configuration_state_str(enum awsc_s3_inventory_configuration_state value)
{
    return awsc_enum_str(&T.strings[957], 2, (int)value);
}

enum awsc_s3_inventory_format awsc_s3_inventory_format_parse(const char *value)
{
    return (enum awsc_s3_inventory_format)awsc_enum_parse(&T.strings[14970], 3, value);
}

const char *awsc_s3_inventory_format_str(enum awsc_s3_inventory_format value)
{
    return awsc_enum_str(&T.strings[14970], 3, (int)value);
}

enum awsc_s3_inventory_frequency awsc_s3_inventory_frequency_parse(const char *value)
{
    return (enum awsc_s3_inventory_frequency)awsc_enum_parse(&T.strings[15005], 2, value);
}

const char *awsc_s3_inventory_frequency_str(enum awsc_s3_inventory_frequency value)
{
    return awsc_enum_str(&T.strings[15005], 2, (int)value);
}

enum awsc_s3_inventory_included_object_versions awsc_s3_inventory_included_object_versions_parse(const char *value)
{
    return (enum awsc_s3_inventory_included_object_versions)awsc_enum_parse(&T.strings[15062], 2, value);
}

const char *awsc_s3_inventory_included_object_versions_str(enum awsc_s3_inventory_included_object_versions value)
{
    return awsc_enum_str(&T.strings[15062], 2, (int)value);
}

enum awsc_s3_inventory_optional_field awsc_s3_inventory_optional_field_parse(const char *value)
{
    return (enum awsc_s3_inventory_optional_field)awsc_enum_parse(&T.strings[15097], 16, value);
}

const char *awsc_s3_inventory_optional_field_str(enum awsc_s3_inventory_optional_field value)
{
    return awsc_enum_str(&T.strings[15097], 16, (int)value);
}

enum awsc_s3_json_type awsc_s3_json_type_parse(const char *value)
{
    return (enum awsc_s3_json_type)awsc_enum_parse(&T.strings[15625], 2, value);
}

const char *awsc_s3_json_type_str(enum awsc_s3_json_type value)
{
    return awsc_enum_str(&T.strings[15625], 2, (int)value);
}

enum awsc_s3_location_type awsc_s3_location_type_parse(const char *value)
{
    return (enum awsc_s3_location_type)awsc_enum_parse(&T.strings[18007], 2, value);
}

const char *awsc_s3_location_type_str(enum awsc_s3_location_type value)
{
    return awsc_enum_str(&T.strings[18007], 2, (int)value);
}

enum awsc_s3_mfa_delete awsc_s3_mfa_delete_parse(const char *value)
{
    return (enum awsc_s3_mfa_delete)awsc_enum_parse(&T.strings[1544], 2, value);
}

const char *awsc_s3_mfa_delete_str(enum awsc_s3_mfa_delete value)
{
    return awsc_enum_str(&T.strings[1544], 2, (int)value);
}

enum awsc_s3_mfa_delete_status awsc_s3_mfa_delete_status_parse(const char *value)
{
    return (enum awsc_s3_mfa_delete_status)awsc_enum_parse(&T.strings[1544], 2, value);
}

const char *awsc_s3_mfa_delete_status_str(enum awsc_s3_mfa_delete_status value)
{
    return awsc_enum_str(&T.strings[1544], 2, (int)value);
}

enum awsc_s3_metadata_directive awsc_s3_metadata_directive_parse(const char *value)
{
    return (enum awsc_s3_metadata_directive)awsc_enum_parse(&T.strings[18183], 2, value);
}

const char *awsc_s3_metadata_directive_str(enum awsc_s3_metadata_directive value)
{
    return awsc_enum_str(&T.strings[18183], 2, (int)value);
}

enum awsc_s3_metrics_status awsc_s3_metrics_status_parse(const char *value)
{
    return (enum awsc_s3_metrics_status)awsc_enum_parse(&T.strings[1544], 2, value);
}

const char *awsc_s3_metrics_status_str(enum awsc_s3_metrics_status value)
{
    return awsc_enum_str(&T.strings[1544], 2, (int)value);
}

enum awsc_s3_object_attributes awsc_s3_object_attributes_parse(const char *value)
{
    return (enum awsc_s3_object_attributes)awsc_enum_parse(&T.strings[19067], 5, value);
}

const char *awsc_s3_object_attributes_str(enum awsc_s3_object_attributes value)
{
    return awsc_enum_str(&T.strings[19067], 5, (int)value);
}

enum awsc_s3_object_canned_acl awsc_s3_object_canned_acl_parse(const char *value)
{
    return (enum awsc_s3_object_canned_acl)awsc_enum_parse(&T.strings[19154], 7, value);
}

const char *awsc_s3_object_canned_acl_str(enum awsc_s3_object_canned_acl value)
{
    return awsc_enum_str(&T.strings[19154], 7, (int)value);
}

enum awsc_s3_object_lock_enabled awsc_s3_object_lock_enabled_parse(const char *value)
{
    return (enum awsc_s3_object_lock_enabled)awsc_enum_parse(&T.strings[19382], 1, value);
}

const char *awsc_s3_object_lock_enabled_str(enum awsc_s3_object_lock_enabled value)
{
    return awsc_enum_str(&T.strings[19382], 1, (int)value);
}

enum awsc_s3_object_lock_legal_hold_status awsc_s3_object_lock_legal_hold_status_parse(const char *value)
{
    return (enum awsc_s3_object_lock_legal_hold_status)awsc_enum_parse(&T.strings[19463], 2, value);
}

const char *awsc_s3_object_lock_legal_hold_status_str(enum awsc_s3_object_lock_legal_hold_status value)
{
    return awsc_enum_str(&T.strings[19463], 2, (int)value);
}

enum awsc_s3_object_lock_mode awsc_s3_object_lock_mode_parse(const char *value)
{
    return (enum awsc_s3_object_lock_mode)awsc_enum_parse(&T.strings[19485], 2, value);
}

const char *awsc_s3_object_lock_mode_str(enum awsc_s3_object_lock_mode value)
{
    return awsc_enum_str(&T.strings[19485], 2, (int)value);
}

enum awsc_s3_object_lock_retention_mode awsc_s3_object_lock_retention_mode_parse(const char *value)
{
    return (enum awsc_s3_object_lock_retention_mode)awsc_enum_parse(&T.strings[19485], 2, value);
}

const char *awsc_s3_object_lock_retention_mode_str(enum awsc_s3_object_lock_retention_mode value)
{
    return awsc_enum_str(&T.strings[19485], 2, (int)value);
}

enum awsc_s3_object_ownership awsc_s3_object_ownership_parse(const char *value)
{
    return (enum awsc_s3_object_ownership)awsc_enum_parse(&T.strings[19667], 3, value);
}

const char *awsc_s3_object_ownership_str(enum awsc_s3_object_ownership value)
{
    return awsc_enum_str(&T.strings[19667], 3, (int)value);
}

enum awsc_s3_object_storage_class awsc_s3_object_storage_class_parse(const char *value)
{
    return (enum awsc_s3_object_storage_class)awsc_enum_parse(&T.strings[19802], 15, value);
}

const char *awsc_s3_object_storage_class_str(enum awsc_s3_object_storage_class value)
{
    return awsc_enum_str(&T.strings[19802], 15, (int)value);
}

enum awsc_s3_object_version_storage_class awsc_s3_object_version_storage_class_parse(const char *value)
{
    return (enum awsc_s3_object_version_storage_class)awsc_enum_parse(&T.strings[20072], 1, value);
}

const char *awsc_s3_object_version_storage_class_str(enum awsc_s3_object_version_storage_class value)
{
    return awsc_enum_str(&T.strings[20072], 1, (int)value);
}

enum awsc_s3_optional_object_attributes awsc_s3_optional_object_attributes_parse(const char *value)
{
    return (enum awsc_s3_optional_object_attributes)awsc_enum_parse(&T.strings[19005], 1, value);
}

const char *awsc_s3_optional_object_attributes_str(enum awsc_s3_optional_object_attributes value)
{
    return awsc_enum_str(&T.strings[19005], 1, (int)value);
}

enum awsc_s3_owner_override awsc_s3_owner_override_parse(const char *value)
{
    return (enum awsc_s3_owner_override)awsc_enum_parse(&T.strings[8827], 1, value);
}

const char *awsc_s3_owner_override_str(enum awsc_s3_owner_override value)
{
    return awsc_enum_str(&T.strings[8827], 1, (int)value);
}

enum awsc_s3_partition_date_source awsc_s3_partition_date_source_parse(const char *value)
{
    return (enum awsc_s3_partition_date_source)awsc_enum_parse(&T.strings[20270], 2, value);
}

const char *awsc_s3_partition_date_source_str(enum awsc_s3_partition_date_source value)
{
    return awsc_enum_str(&T.strings[20270], 2, (int)value);
}

enum awsc_s3_payer awsc_s3_payer_parse(const char *value)
{
    return (enum awsc_s3_payer)awsc_enum_parse(&T.strings[20338], 2, value);
}

const char *awsc_s3_payer_str(enum awsc_s3_payer value)
{
    return awsc_enum_str(&T.strings[20338], 2, (int)value);
}

enum awsc_s3_permission awsc_s3_permission_parse(const char *value)
{
    return (enum awsc_s3_permission)awsc_enum_parse(&T.strings[20360], 5, value);
}

const char *awsc_s3_permission_str(enum awsc_s3_permission value)
{
    return awsc_enum_str(&T.strings[20360], 5, (int)value);
}

enum awsc_s3_protocol awsc_s3_protocol_parse(const char *value)
{
    return (enum awsc_s3_protocol)awsc_enum_parse(&T.strings[20452], 2, value);
}

const char *awsc_s3_protocol_str(enum awsc_s3_protocol value)
{
    return awsc_enum_str(&T.strings[20452], 2, (int)value);
}

enum awsc_s3_quote_fields awsc_s3_quote_fields_parse(const char *value)
{
    return (enum awsc_s3_quote_fields)awsc_enum_parse(&T.strings[23357], 2, value);
}

const char *awsc_s3_quote_fields_str(enum awsc_s3_quote_fields value)
{
    return awsc_enum_str(&T.strings[23357], 2, (int)value);
}

enum awsc_s3_replica_modifications_status awsc_s3_replica_modifications_status_parse(const char *value)
{
    return (enum awsc_s3_replica_modifications_status)awsc_enum_parse(&T.strings[1544], 2, value);
}

const char *awsc_s3_replica_modifications_status_str(enum awsc_s3_replica_modifications_status value)
{
    return awsc_enum_str(&T.strings[1544], 2, (int)value);
}

enum awsc_s3_replication_rule_status awsc_s3_replication_rule_status_parse(const char *value)
{
    return (enum awsc_s3_replication_rule_status)awsc_enum_parse(&T.strings[1544], 2, value);
}

const char *awsc_s3_replication_rule_status_str(enum awsc_s3_replication_rule_status value)
{
    return awsc_enum_str(&T.strings[1544], 2, (int)value);
}

enum awsc_s3_replication_status awsc_s3_replication_status_parse(const char *value)
{
    return (enum awsc_s3_replication_status)awsc_enum_parse(&T.strings[24239], 5, value);
}

const char *awsc_s3_replication_status_str(enum awsc_s3_replication_status value)
{
    return awsc_enum_str(&T.strings[24239], 5, (int)value);
}

enum awsc_s3_replication_time_status awsc_s3_replication_time_status_parse(const char *value)
{
    return (enum awsc_s3_replication_time_status)awsc_enum_parse(&T.strings[1544], 2, value);
}

const char *awsc_s3_replication_time_status_str(enum awsc_s3_replication_time_status value)
{
    return awsc_enum_str(&T.strings[1544], 2, (int)value);
}

enum awsc_s3_request_charged awsc_s3_request_charged_parse(const char *value)
{
    return (enum awsc_s3_request_charged)awsc_enum_parse(&T.strings[24344], 1, value);
}

const char *awsc_s3_request_charged_str(enum awsc_s3_request_charged value)
{
    return awsc_enum_str(&T.strings[24344], 1, (int)value);
}

enum awsc_s3_request_payer awsc_s3_request_payer_parse(const char *value)
{
    return (enum awsc_s3_request_payer)awsc_enum_parse(&T.strings[24344], 1, value);
}

const char *awsc_s3_request_payer_str(enum awsc_s3_request_payer value)
{
    return awsc_enum_str(&T.strings[24344], 1, (int)value);
}

enum awsc_s3_restore_request_type awsc_s3_restore_request_type_parse(const char *value)
{
    return (enum awsc_s3_restore_request_type)awsc_enum_parse(&T.strings[24777], 1, value);
}

const char *awsc_s3_restore_request_type_str(enum awsc_s3_restore_request_type value)
{
    return awsc_enum_str(&T.strings[24777], 1, (int)value);
}

enum awsc_s3_s3_tables_bucket_type awsc_s3_s3_tables_bucket_type_parse(const char *value)
{
    return (enum awsc_s3_s3_tables_bucket_type)awsc_enum_parse(&T.strings[24986], 2, value);
}

const char *awsc_s3_s3_tables_bucket_type_str(enum awsc_s3_s3_tables_bucket_type value)
{
    return awsc_enum_str(&T.strings[24986], 2, (int)value);
}

enum awsc_s3_server_side_encryption awsc_s3_server_side_encryption_parse(const char *value)
{
    return (enum awsc_s3_server_side_encryption)awsc_enum_parse(&T.strings[25362], 5, value);
}

const char *awsc_s3_server_side_encryption_str(enum awsc_s3_server_side_encryption value)
{
    return awsc_enum_str(&T.strings[25362], 5, (int)value);
}

enum awsc_s3_session_mode awsc_s3_session_mode_parse(const char *value)
{
    return (enum awsc_s3_session_mode)awsc_enum_parse(&T.strings[25666], 2, value);
}

const char *awsc_s3_session_mode_str(enum awsc_s3_session_mode value)
{
    return awsc_enum_str(&T.strings[25666], 2, (int)value);
}

enum awsc_s3_sse_kms_encrypted_objects_status awsc_s3_sse_kms_encrypted_objects_status_parse(const char *value)
{
    return (enum awsc_s3_sse_kms_encrypted_objects_status)awsc_enum_parse(&T.strings[1544], 2, value);
}

const char *awsc_s3_sse_kms_encrypted_objects_status_str(enum awsc_s3_sse_kms_encrypted_objects_status value)
{
    return awsc_enum_str(&T.strings[1544], 2, (int)value);
}

enum awsc_s3_storage_class awsc_s3_storage_class_parse(const char *value)
{
    return (enum awsc_s3_storage_class)awsc_enum_parse(&T.strings[25784], 15, value);
}

const char *awsc_s3_storage_class_str(enum awsc_s3_storage_class value)
{
    return awsc_enum_str(&T.strings[25784], 15, (int)value);
}

enum awsc_s3_storage_class_analysis_schema_version awsc_s3_storage_class_analysis_schema_version_parse(const char *value)
{
    return (enum awsc_s3_storage_class_analysis_schema_version)awsc_enum_parse(&T.strings[26076], 1, value);
}

const char *awsc_s3_storage_class_analysis_schema_version_str(enum awsc_s3_storage_class_analysis_schema_version value)
{
    return awsc_enum_str(&T.strings[26076], 1, (int)value);
}

enum awsc_s3_table_sse_algorithm awsc_s3_table_sse_algorithm_parse(const char *value)
{
    return (enum awsc_s3_table_sse_algorithm)awsc_enum_parse(&T.strings[26098], 2, value);
}

const char *awsc_s3_table_sse_algorithm_str(enum awsc_s3_table_sse_algorithm value)
{
    return awsc_enum_str(&T.strings[26098], 2, (int)value);
}

enum awsc_s3_tagging_directive awsc_s3_tagging_directive_parse(const char *value)
{
    return (enum awsc_s3_tagging_directive)awsc_enum_parse(&T.strings[18183], 2, value);
}

const char *awsc_s3_tagging_directive_str(enum awsc_s3_tagging_directive value)
{
    return awsc_enum_str(&T.strings[18183], 2, (int)value);
}

enum awsc_s3_tier awsc_s3_tier_parse(const char *value)
{
    return (enum awsc_s3_tier)awsc_enum_parse(&T.strings[26165], 3, value);
}

const char *awsc_s3_tier_str(enum awsc_s3_tier value)
{
    return awsc_enum_str(&T.strings[26165], 3, (int)value);
}

enum awsc_s3_transition_default_minimum_object_size awsc_s3_transition_default_minimum_object_size_parse(const char *value)
{
    return (enum awsc_s3_transition_default_minimum_object_size)awsc_enum_parse(&T.strings[26345], 2, value);
}

const char *awsc_s3_transition_default_minimum_object_size_str(enum awsc_s3_transition_default_minimum_object_size value)
{
    return awsc_enum_str(&T.strings[26345], 2, (int)value);
}

enum awsc_s3_transition_storage_class awsc_s3_transition_storage_class_parse(const char *value)
{
    return (enum awsc_s3_transition_storage_class)awsc_enum_parse(&T.strings[26432], 6, value);
}

const char *awsc_s3_transition_storage_class_str(enum awsc_s3_transition_storage_class value)
{
    return awsc_enum_str(&T.strings[26432], 6, (int)value);
}

enum awsc_s3_type awsc_s3_type_parse(const char *value)
{
    return (enum awsc_s3_type)awsc_enum_parse(&T.strings[26507], 3, value);
}

const char *awsc_s3_type_str(enum awsc_s3_type value)
{
    return awsc_enum_str(&T.strings[26507], 3, (int)value);
}

#undef REF
#undef T
