/*
 * dynamodb_tables.c - the service descriptor, operations and shapes of
 * DynamoDB.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/dynamodb.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

/* List and map types all share the layouts of awsc_list_view and
 * awsc_map_view, which the codecs rely on. */
_Static_assert(offsetof(struct awsc_dynamodb_attribute_definitions, count) == offsetof(struct awsc_list_view, count), "AttributeDefinitions");
_Static_assert(offsetof(struct awsc_dynamodb_attribute_name_list, count) == offsetof(struct awsc_list_view, count), "AttributeNameList");
_Static_assert(offsetof(struct awsc_dynamodb_attribute_value_list, count) == offsetof(struct awsc_list_view, count), "AttributeValueList");
_Static_assert(offsetof(struct awsc_dynamodb_auto_scaling_policy_description_list, count) == offsetof(struct awsc_list_view, count), "AutoScalingPolicyDescriptionList");
_Static_assert(offsetof(struct awsc_dynamodb_backup_summaries, count) == offsetof(struct awsc_list_view, count), "BackupSummaries");
_Static_assert(offsetof(struct awsc_dynamodb_binary_set_attribute_value, count) == offsetof(struct awsc_list_view, count), "BinarySetAttributeValue");
_Static_assert(offsetof(struct awsc_dynamodb_cancellation_reason_list, count) == offsetof(struct awsc_list_view, count), "CancellationReasonList");
_Static_assert(offsetof(struct awsc_dynamodb_consumed_capacity_multiple, count) == offsetof(struct awsc_list_view, count), "ConsumedCapacityMultiple");
_Static_assert(offsetof(struct awsc_dynamodb_contributor_insights_summaries, count) == offsetof(struct awsc_list_view, count), "ContributorInsightsSummaries");
_Static_assert(offsetof(struct awsc_dynamodb_endpoints, count) == offsetof(struct awsc_list_view, count), "Endpoints");
_Static_assert(offsetof(struct awsc_dynamodb_export_summaries, count) == offsetof(struct awsc_list_view, count), "ExportSummaries");
_Static_assert(offsetof(struct awsc_dynamodb_global_secondary_index_auto_scaling_update_list, count) == offsetof(struct awsc_list_view, count), "GlobalSecondaryIndexAutoScalingUpdateList");
_Static_assert(offsetof(struct awsc_dynamodb_global_secondary_index_description_list, count) == offsetof(struct awsc_list_view, count), "GlobalSecondaryIndexDescriptionList");
_Static_assert(offsetof(struct awsc_dynamodb_global_secondary_index_list, count) == offsetof(struct awsc_list_view, count), "GlobalSecondaryIndexList");
_Static_assert(offsetof(struct awsc_dynamodb_global_secondary_index_update_list, count) == offsetof(struct awsc_list_view, count), "GlobalSecondaryIndexUpdateList");
_Static_assert(offsetof(struct awsc_dynamodb_global_secondary_indexes, count) == offsetof(struct awsc_list_view, count), "GlobalSecondaryIndexes");
_Static_assert(offsetof(struct awsc_dynamodb_global_table_global_secondary_index_settings_update_list, count) == offsetof(struct awsc_list_view, count), "GlobalTableGlobalSecondaryIndexSettingsUpdateList");
_Static_assert(offsetof(struct awsc_dynamodb_global_table_list, count) == offsetof(struct awsc_list_view, count), "GlobalTableList");
_Static_assert(offsetof(struct awsc_dynamodb_global_table_witness_description_list, count) == offsetof(struct awsc_list_view, count), "GlobalTableWitnessDescriptionList");
_Static_assert(offsetof(struct awsc_dynamodb_global_table_witness_group_update_list, count) == offsetof(struct awsc_list_view, count), "GlobalTableWitnessGroupUpdateList");
_Static_assert(offsetof(struct awsc_dynamodb_import_summary_list, count) == offsetof(struct awsc_list_view, count), "ImportSummaryList");
_Static_assert(offsetof(struct awsc_dynamodb_item_collection_metrics_multiple, count) == offsetof(struct awsc_list_view, count), "ItemCollectionMetricsMultiple");
_Static_assert(offsetof(struct awsc_dynamodb_item_collection_size_estimate_range, count) == offsetof(struct awsc_list_view, count), "ItemCollectionSizeEstimateRange");
_Static_assert(offsetof(struct awsc_dynamodb_item_list, count) == offsetof(struct awsc_list_view, count), "ItemList");
_Static_assert(offsetof(struct awsc_dynamodb_item_response_list, count) == offsetof(struct awsc_list_view, count), "ItemResponseList");
_Static_assert(offsetof(struct awsc_dynamodb_key_schema, count) == offsetof(struct awsc_list_view, count), "KeySchema");
_Static_assert(offsetof(struct awsc_dynamodb_kinesis_data_stream_destinations, count) == offsetof(struct awsc_list_view, count), "KinesisDataStreamDestinations");
_Static_assert(offsetof(struct awsc_dynamodb_local_secondary_index_description_list, count) == offsetof(struct awsc_list_view, count), "LocalSecondaryIndexDescriptionList");
_Static_assert(offsetof(struct awsc_dynamodb_local_secondary_index_list, count) == offsetof(struct awsc_list_view, count), "LocalSecondaryIndexList");
_Static_assert(offsetof(struct awsc_dynamodb_local_secondary_indexes, count) == offsetof(struct awsc_list_view, count), "LocalSecondaryIndexes");
_Static_assert(offsetof(struct awsc_dynamodb_parameterized_statements, count) == offsetof(struct awsc_list_view, count), "ParameterizedStatements");
_Static_assert(offsetof(struct awsc_dynamodb_parti_ql_batch_request, count) == offsetof(struct awsc_list_view, count), "PartiQLBatchRequest");
_Static_assert(offsetof(struct awsc_dynamodb_parti_ql_batch_response, count) == offsetof(struct awsc_list_view, count), "PartiQLBatchResponse");
_Static_assert(offsetof(struct awsc_dynamodb_replica_auto_scaling_description_list, count) == offsetof(struct awsc_list_view, count), "ReplicaAutoScalingDescriptionList");
_Static_assert(offsetof(struct awsc_dynamodb_replica_auto_scaling_update_list, count) == offsetof(struct awsc_list_view, count), "ReplicaAutoScalingUpdateList");
_Static_assert(offsetof(struct awsc_dynamodb_replica_description_list, count) == offsetof(struct awsc_list_view, count), "ReplicaDescriptionList");
_Static_assert(offsetof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_description_list, count) == offsetof(struct awsc_list_view, count), "ReplicaGlobalSecondaryIndexAutoScalingDescriptionList");
_Static_assert(offsetof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_update_list, count) == offsetof(struct awsc_list_view, count), "ReplicaGlobalSecondaryIndexAutoScalingUpdateList");
_Static_assert(offsetof(struct awsc_dynamodb_replica_global_secondary_index_description_list, count) == offsetof(struct awsc_list_view, count), "ReplicaGlobalSecondaryIndexDescriptionList");
_Static_assert(offsetof(struct awsc_dynamodb_replica_global_secondary_index_list, count) == offsetof(struct awsc_list_view, count), "ReplicaGlobalSecondaryIndexList");
_Static_assert(offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_description_list, count) == offsetof(struct awsc_list_view, count), "ReplicaGlobalSecondaryIndexSettingsDescriptionList");
_Static_assert(offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_update_list, count) == offsetof(struct awsc_list_view, count), "ReplicaGlobalSecondaryIndexSettingsUpdateList");
_Static_assert(offsetof(struct awsc_dynamodb_replica_list, count) == offsetof(struct awsc_list_view, count), "ReplicaList");
_Static_assert(offsetof(struct awsc_dynamodb_replica_settings_description_list, count) == offsetof(struct awsc_list_view, count), "ReplicaSettingsDescriptionList");
_Static_assert(offsetof(struct awsc_dynamodb_replica_settings_update_list, count) == offsetof(struct awsc_list_view, count), "ReplicaSettingsUpdateList");
_Static_assert(offsetof(struct awsc_dynamodb_replica_update_list, count) == offsetof(struct awsc_list_view, count), "ReplicaUpdateList");
_Static_assert(offsetof(struct awsc_dynamodb_replication_group_update_list, count) == offsetof(struct awsc_list_view, count), "ReplicationGroupUpdateList");
_Static_assert(offsetof(struct awsc_dynamodb_search_result_list, count) == offsetof(struct awsc_list_view, count), "SearchResultList");
_Static_assert(offsetof(struct awsc_dynamodb_search_schema, count) == offsetof(struct awsc_list_view, count), "SearchSchema");
_Static_assert(offsetof(struct awsc_dynamodb_tag_list, count) == offsetof(struct awsc_list_view, count), "TagList");
_Static_assert(offsetof(struct awsc_dynamodb_throttling_reason_list, count) == offsetof(struct awsc_list_view, count), "ThrottlingReasonList");
_Static_assert(offsetof(struct awsc_dynamodb_transact_get_item_list, count) == offsetof(struct awsc_list_view, count), "TransactGetItemList");
_Static_assert(offsetof(struct awsc_dynamodb_transact_write_item_list, count) == offsetof(struct awsc_list_view, count), "TransactWriteItemList");
_Static_assert(offsetof(struct awsc_dynamodb_vector_index_description_list, count) == offsetof(struct awsc_list_view, count), "VectorIndexDescriptionList");
_Static_assert(offsetof(struct awsc_dynamodb_vector_index_list, count) == offsetof(struct awsc_list_view, count), "VectorIndexList");
_Static_assert(offsetof(struct awsc_dynamodb_vector_index_update_list, count) == offsetof(struct awsc_list_view, count), "VectorIndexUpdateList");
_Static_assert(offsetof(struct awsc_dynamodb_vector_indexes, count) == offsetof(struct awsc_list_view, count), "VectorIndexes");
_Static_assert(offsetof(struct awsc_dynamodb_write_requests, count) == offsetof(struct awsc_list_view, count), "WriteRequests");
_Static_assert(offsetof(struct awsc_dynamodb_attribute_map, count) == offsetof(struct awsc_map_view, count), "AttributeMap");
_Static_assert(offsetof(struct awsc_dynamodb_attribute_updates, count) == offsetof(struct awsc_map_view, count), "AttributeUpdates");
_Static_assert(offsetof(struct awsc_dynamodb_batch_get_request_map, count) == offsetof(struct awsc_map_view, count), "BatchGetRequestMap");
_Static_assert(offsetof(struct awsc_dynamodb_batch_get_response_map, count) == offsetof(struct awsc_map_view, count), "BatchGetResponseMap");
_Static_assert(offsetof(struct awsc_dynamodb_batch_write_item_request_map, count) == offsetof(struct awsc_map_view, count), "BatchWriteItemRequestMap");
_Static_assert(offsetof(struct awsc_dynamodb_expected_attribute_map, count) == offsetof(struct awsc_map_view, count), "ExpectedAttributeMap");
_Static_assert(offsetof(struct awsc_dynamodb_expression_attribute_name_map, count) == offsetof(struct awsc_map_view, count), "ExpressionAttributeNameMap");
_Static_assert(offsetof(struct awsc_dynamodb_filter_condition_map, count) == offsetof(struct awsc_map_view, count), "FilterConditionMap");
_Static_assert(offsetof(struct awsc_dynamodb_item_collection_metrics_per_table, count) == offsetof(struct awsc_map_view, count), "ItemCollectionMetricsPerTable");
_Static_assert(offsetof(struct awsc_dynamodb_secondary_indexes_capacity_map, count) == offsetof(struct awsc_map_view, count), "SecondaryIndexesCapacityMap");
_Static_assert(offsetof(struct awsc_dynamodb_vector_indexes_capacity_map, count) == offsetof(struct awsc_map_view, count), "VectorIndexesCapacityMap");

/*
 * The tables: the service, its operations and every shape, member and
 * name of DynamoDB in one object, so that each refers to another by its
 * distance from it (awsc_ref, in <awsc/shape.h>): plain read-only data,
 * with no relocation at load time. REF(field, target) is the reference
 * stored at field that names target.
 */
#define T awsc__dynamodb_tables
#define REF(field, target) AWSC_REF(T.field, T.target)
/* MREF(i, target): a reference of members[i] (AWSC_MEMBER_REF). */
#define MREF(i, target) AWSC_MEMBER_REF(T.members[i], T.target)
/* SHAPE_NAME(field, target): a shape's name, which a build without shape
 * names (AWSC_WITH_SHAPE_NAMES 0) leaves out with the names' pool. */
#if AWSC_WITH_SHAPE_NAMES
#define SHAPE_NAME(field, target) REF(field, target)
#else
#define SHAPE_NAME(field, target) 0
#endif
/* The strings are one literal; it passes the 4095 characters ISO C
 * requires compilers to take (GCC and Clang take any length). */
#pragma GCC diagnostic ignored "-Woverlength-strings"
#ifndef AWSC__DYNAMODB_TABLES
#define AWSC__DYNAMODB_TABLES

/* The endpoint rule set of dynamodb: a part of the service's tables. */
struct awsc__dynamodb_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[9];
    uint16_t slots[13];
    struct awsc_ep_rule rules[66];
    struct awsc_ep_expr exprs[111];
    uint16_t args[174];
    struct awsc_ep_endpoint endpoints[18];
    struct awsc_ep_prop props[9];
    char strings[1501];
};
/* The service, its operations and every shape, member and name of
 * DynamoDB, in one object. */
struct awsc__dynamodb_tables {
    struct awsc_service service;
    struct awsc_operation operations[58];
    awsc_ref op_errors[229];
    awsc_ref service_errors[34];
    struct awsc_endpoint_static_param static_params[1];
    struct awsc_endpoint_context_param context_params[15];
    struct awsc_jmespath paths[5];
    struct awsc_jmespath_node path_nodes[33];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__dynamodb_pagers pagers; /* <awsc/dynamodb.h> */
#endif
    struct awsc__dynamodb_rules rules;
    struct awsc_structure_shape structures[270];
    struct awsc_collection_shape collections[86];
    struct awsc_enum_shape enums[45];
    struct awsc_shape scalars[113];
    struct awsc_shape_traits traits[106];
    struct awsc_member members[914];
    uint16_t by_wire_name[914];
    struct awsc_range ranges[72];
    char strings[10140];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[10285];
#endif
};
extern const struct awsc__dynamodb_tables awsc__dynamodb_tables AWSC__HIDDEN;
#endif
/* RULES_REF(field, target): a reference inside the endpoint rule set's
 * part of the tables. */
#define RULES T.rules
#define RULES_REF(field, target) AWSC_REF(RULES.field, RULES.target)
/* PREF(field, target): a reference inside the paginators' and waiters'
 * part of the tables. */
#define PAGERS T.pagers
#define PREF(field, target) AWSC_REF(PAGERS.field, PAGERS.target)

const struct awsc__dynamodb_tables T = {
    .service = {
        .name_ref = REF(service.name_ref, strings[10064]),
        .service_id_ref = REF(service.service_id_ref, strings[10073]),
        .full_name_ref = REF(service.full_name_ref, strings[10082]),
        .api_version_ref = REF(service.api_version_ref, strings[10098]),
        .endpoint_prefix_ref = REF(service.endpoint_prefix_ref, strings[10064]),
        .signing_name_ref = REF(service.signing_name_ref, strings[10064]),
        .target_prefix_ref = REF(service.target_prefix_ref, strings[10109]),
        .json_version_ref = REF(service.json_version_ref, strings[10127]),
        .env_name_ref = REF(service.env_name_ref, strings[10131]),
        .operations_ref = REF(service.operations_ref, operations[0]),
        .errors_ref = REF(service.errors_ref, service_errors[0]),
        .protocol = AWSC_PROTO_JSON,
        .operation_count = 58,
        .error_count = 34,
        .flags = AWSC_SVC_CRC32,
#if AWSC_WITH_PAGINATORS
        .paginator_count = 5,
#endif
#if AWSC_WITH_WAITERS
        .waiter_count = 6,
#endif
        .ruleset_ref = REF(service.ruleset_ref, rules.ruleset),
#if AWSC_WITH_PAGINATORS
        .paginators_ref = REF(service.paginators_ref, pagers.paginators[0]),
#endif
#if AWSC_WITH_WAITERS
        .waiters_ref = REF(service.waiters_ref, pagers.waiters[0]),
#endif
    },
    /* sorted by name */
    .operations = {
        [0] = { /* BatchExecuteStatement */
            .name_ref = REF(operations[0].name_ref, strings[8776]),
            .http_method_ref = REF(operations[0].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[0].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[0].input_ref, structures[15].shape),
            .output_ref = REF(operations[0].output_ref, structures[16].shape),
            .errors_ref = REF(operations[0].errors_ref, op_errors[0]),
            .service_ref = REF(operations[0].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [1] = { /* BatchGetItem */
            .name_ref = REF(operations[1].name_ref, strings[8805]),
            .http_method_ref = REF(operations[1].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[1].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[1].input_ref, structures[17].shape),
            .output_ref = REF(operations[1].output_ref, structures[18].shape),
            .errors_ref = REF(operations[1].errors_ref, op_errors[3]),
            .service_ref = REF(operations[1].service_ref, service),
            .context_params_ref = REF(operations[1].context_params_ref, context_params[0]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [2] = { /* BatchWriteItem */
            .name_ref = REF(operations[2].name_ref, strings[8853]),
            .http_method_ref = REF(operations[2].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[2].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[2].input_ref, structures[22].shape),
            .output_ref = REF(operations[2].output_ref, structures[23].shape),
            .errors_ref = REF(operations[2].errors_ref, op_errors[8]),
            .service_ref = REF(operations[2].service_ref, service),
            .context_params_ref = REF(operations[2].context_params_ref, context_params[1]),
            .error_count = 7,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [3] = { /* CreateBackup */
            .name_ref = REF(operations[3].name_ref, strings[8868]),
            .http_method_ref = REF(operations[3].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[3].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[3].input_ref, structures[34].shape),
            .output_ref = REF(operations[3].output_ref, structures[35].shape),
            .errors_ref = REF(operations[3].errors_ref, op_errors[15]),
            .service_ref = REF(operations[3].service_ref, service),
            .context_params_ref = REF(operations[3].context_params_ref, context_params[2]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [4] = { /* CreateGlobalTable */
            .name_ref = REF(operations[4].name_ref, strings[8881]),
            .http_method_ref = REF(operations[4].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[4].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[4].input_ref, structures[37].shape),
            .output_ref = REF(operations[4].output_ref, structures[38].shape),
            .errors_ref = REF(operations[4].errors_ref, op_errors[21]),
            .service_ref = REF(operations[4].service_ref, service),
            .context_params_ref = REF(operations[4].context_params_ref, context_params[3]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [5] = { /* CreateTable */
            .name_ref = REF(operations[5].name_ref, strings[8899]),
            .http_method_ref = REF(operations[5].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[5].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[5].input_ref, structures[42].shape),
            .output_ref = REF(operations[5].output_ref, structures[43].shape),
            .errors_ref = REF(operations[5].errors_ref, op_errors[25]),
            .service_ref = REF(operations[5].service_ref, service),
            .context_params_ref = REF(operations[5].context_params_ref, context_params[4]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [6] = { /* DeleteBackup */
            .name_ref = REF(operations[6].name_ref, strings[8911]),
            .http_method_ref = REF(operations[6].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[6].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[6].input_ref, structures[47].shape),
            .output_ref = REF(operations[6].output_ref, structures[48].shape),
            .errors_ref = REF(operations[6].errors_ref, op_errors[28]),
            .service_ref = REF(operations[6].service_ref, service),
            .context_params_ref = REF(operations[6].context_params_ref, context_params[5]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [7] = { /* DeleteItem */
            .name_ref = REF(operations[7].name_ref, strings[8924]),
            .http_method_ref = REF(operations[7].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[7].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[7].input_ref, structures[51].shape),
            .output_ref = REF(operations[7].output_ref, structures[52].shape),
            .errors_ref = REF(operations[7].errors_ref, op_errors[32]),
            .service_ref = REF(operations[7].service_ref, service),
            .context_params_ref = REF(operations[7].context_params_ref, context_params[2]),
            .error_count = 9,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [8] = { /* DeleteResourcePolicy */
            .name_ref = REF(operations[8].name_ref, strings[8935]),
            .http_method_ref = REF(operations[8].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[8].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[8].input_ref, structures[56].shape),
            .output_ref = REF(operations[8].output_ref, structures[57].shape),
            .errors_ref = REF(operations[8].errors_ref, op_errors[41]),
            .service_ref = REF(operations[8].service_ref, service),
            .context_params_ref = REF(operations[8].context_params_ref, context_params[6]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [9] = { /* DeleteTable */
            .name_ref = REF(operations[9].name_ref, strings[8956]),
            .http_method_ref = REF(operations[9].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[9].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[9].input_ref, structures[58].shape),
            .output_ref = REF(operations[9].output_ref, structures[59].shape),
            .errors_ref = REF(operations[9].errors_ref, op_errors[46]),
            .service_ref = REF(operations[9].service_ref, service),
            .context_params_ref = REF(operations[9].context_params_ref, context_params[2]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [10] = { /* DescribeBackup */
            .name_ref = REF(operations[10].name_ref, strings[8968]),
            .http_method_ref = REF(operations[10].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[10].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[10].input_ref, structures[61].shape),
            .output_ref = REF(operations[10].output_ref, structures[62].shape),
            .errors_ref = REF(operations[10].errors_ref, op_errors[50]),
            .service_ref = REF(operations[10].service_ref, service),
            .context_params_ref = REF(operations[10].context_params_ref, context_params[5]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [11] = { /* DescribeContinuousBackups */
            .name_ref = REF(operations[11].name_ref, strings[8983]),
            .http_method_ref = REF(operations[11].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[11].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[11].input_ref, structures[63].shape),
            .output_ref = REF(operations[11].output_ref, structures[64].shape),
            .errors_ref = REF(operations[11].errors_ref, op_errors[52]),
            .service_ref = REF(operations[11].service_ref, service),
            .context_params_ref = REF(operations[11].context_params_ref, context_params[2]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [12] = { /* DescribeContributorInsights */
            .name_ref = REF(operations[12].name_ref, strings[9009]),
            .http_method_ref = REF(operations[12].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[12].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[12].input_ref, structures[65].shape),
            .output_ref = REF(operations[12].output_ref, structures[66].shape),
            .errors_ref = REF(operations[12].errors_ref, op_errors[54]),
            .service_ref = REF(operations[12].service_ref, service),
            .context_params_ref = REF(operations[12].context_params_ref, context_params[2]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [13] = { /* DescribeEndpoints */
            .name_ref = REF(operations[13].name_ref, strings[9037]),
            .http_method_ref = REF(operations[13].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[13].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[13].input_ref, structures[67].shape),
            .output_ref = REF(operations[13].output_ref, structures[68].shape),
            .service_ref = REF(operations[13].service_ref, service),
            .flags = AWSC_OF_ENDPOINT_OPERATION,
            .auth = AWSC_AUTH_SIGV4,
        },
        [14] = { /* DescribeExport */
            .name_ref = REF(operations[14].name_ref, strings[9055]),
            .http_method_ref = REF(operations[14].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[14].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[14].input_ref, structures[69].shape),
            .output_ref = REF(operations[14].output_ref, structures[70].shape),
            .errors_ref = REF(operations[14].errors_ref, op_errors[56]),
            .service_ref = REF(operations[14].service_ref, service),
            .context_params_ref = REF(operations[14].context_params_ref, context_params[7]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [15] = { /* DescribeGlobalTable */
            .name_ref = REF(operations[15].name_ref, strings[9070]),
            .http_method_ref = REF(operations[15].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[15].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[15].input_ref, structures[71].shape),
            .output_ref = REF(operations[15].output_ref, structures[72].shape),
            .errors_ref = REF(operations[15].errors_ref, op_errors[59]),
            .service_ref = REF(operations[15].service_ref, service),
            .context_params_ref = REF(operations[15].context_params_ref, context_params[3]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [16] = { /* DescribeGlobalTableSettings */
            .name_ref = REF(operations[16].name_ref, strings[9090]),
            .http_method_ref = REF(operations[16].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[16].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[16].input_ref, structures[73].shape),
            .output_ref = REF(operations[16].output_ref, structures[74].shape),
            .errors_ref = REF(operations[16].errors_ref, op_errors[61]),
            .service_ref = REF(operations[16].service_ref, service),
            .context_params_ref = REF(operations[16].context_params_ref, context_params[3]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [17] = { /* DescribeImport */
            .name_ref = REF(operations[17].name_ref, strings[9118]),
            .http_method_ref = REF(operations[17].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[17].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[17].input_ref, structures[75].shape),
            .output_ref = REF(operations[17].output_ref, structures[76].shape),
            .errors_ref = REF(operations[17].errors_ref, op_errors[63]),
            .service_ref = REF(operations[17].service_ref, service),
            .context_params_ref = REF(operations[17].context_params_ref, context_params[8]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [18] = { /* DescribeKinesisStreamingDestination */
            .name_ref = REF(operations[18].name_ref, strings[9133]),
            .http_method_ref = REF(operations[18].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[18].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[18].input_ref, structures[77].shape),
            .output_ref = REF(operations[18].output_ref, structures[78].shape),
            .errors_ref = REF(operations[18].errors_ref, op_errors[64]),
            .service_ref = REF(operations[18].service_ref, service),
            .context_params_ref = REF(operations[18].context_params_ref, context_params[2]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [19] = { /* DescribeLimits */
            .name_ref = REF(operations[19].name_ref, strings[9169]),
            .http_method_ref = REF(operations[19].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[19].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[19].input_ref, structures[79].shape),
            .output_ref = REF(operations[19].output_ref, structures[80].shape),
            .errors_ref = REF(operations[19].errors_ref, op_errors[66]),
            .service_ref = REF(operations[19].service_ref, service),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [20] = { /* DescribeTable */
            .name_ref = REF(operations[20].name_ref, strings[9184]),
            .http_method_ref = REF(operations[20].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[20].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[20].input_ref, structures[81].shape),
            .output_ref = REF(operations[20].output_ref, structures[82].shape),
            .errors_ref = REF(operations[20].errors_ref, op_errors[67]),
            .service_ref = REF(operations[20].service_ref, service),
            .context_params_ref = REF(operations[20].context_params_ref, context_params[2]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [21] = { /* DescribeTableReplicaAutoScaling */
            .name_ref = REF(operations[21].name_ref, strings[9198]),
            .http_method_ref = REF(operations[21].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[21].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[21].input_ref, structures[83].shape),
            .output_ref = REF(operations[21].output_ref, structures[84].shape),
            .errors_ref = REF(operations[21].errors_ref, op_errors[69]),
            .service_ref = REF(operations[21].service_ref, service),
            .context_params_ref = REF(operations[21].context_params_ref, context_params[2]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [22] = { /* DescribeTimeToLive */
            .name_ref = REF(operations[22].name_ref, strings[9230]),
            .http_method_ref = REF(operations[22].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[22].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[22].input_ref, structures[85].shape),
            .output_ref = REF(operations[22].output_ref, structures[86].shape),
            .errors_ref = REF(operations[22].errors_ref, op_errors[71]),
            .service_ref = REF(operations[22].service_ref, service),
            .context_params_ref = REF(operations[22].context_params_ref, context_params[2]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [23] = { /* DisableKinesisStreamingDestination */
            .name_ref = REF(operations[23].name_ref, strings[9249]),
            .http_method_ref = REF(operations[23].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[23].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[23].input_ref, structures[139].shape),
            .output_ref = REF(operations[23].output_ref, structures[140].shape),
            .errors_ref = REF(operations[23].errors_ref, op_errors[73]),
            .service_ref = REF(operations[23].service_ref, service),
            .context_params_ref = REF(operations[23].context_params_ref, context_params[2]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [24] = { /* EnableKinesisStreamingDestination */
            .name_ref = REF(operations[24].name_ref, strings[9284]),
            .http_method_ref = REF(operations[24].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[24].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[24].input_ref, structures[139].shape),
            .output_ref = REF(operations[24].output_ref, structures[140].shape),
            .errors_ref = REF(operations[24].errors_ref, op_errors[77]),
            .service_ref = REF(operations[24].service_ref, service),
            .context_params_ref = REF(operations[24].context_params_ref, context_params[2]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [25] = { /* ExecuteStatement */
            .name_ref = REF(operations[25].name_ref, strings[9318]),
            .http_method_ref = REF(operations[25].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[25].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[25].input_ref, structures[90].shape),
            .output_ref = REF(operations[25].output_ref, structures[91].shape),
            .errors_ref = REF(operations[25].errors_ref, op_errors[81]),
            .service_ref = REF(operations[25].service_ref, service),
            .error_count = 9,
            .auth = AWSC_AUTH_SIGV4,
        },
        [26] = { /* ExecuteTransaction */
            .name_ref = REF(operations[26].name_ref, strings[9335]),
            .http_method_ref = REF(operations[26].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[26].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[26].input_ref, structures[92].shape),
            .output_ref = REF(operations[26].output_ref, structures[93].shape),
            .errors_ref = REF(operations[26].errors_ref, op_errors[90]),
            .service_ref = REF(operations[26].service_ref, service),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
        },
        [27] = { /* ExportTableToPointInTime */
            .name_ref = REF(operations[27].name_ref, strings[9354]),
            .http_method_ref = REF(operations[27].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[27].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[27].input_ref, structures[99].shape),
            .output_ref = REF(operations[27].output_ref, structures[100].shape),
            .errors_ref = REF(operations[27].errors_ref, op_errors[98]),
            .service_ref = REF(operations[27].service_ref, service),
            .context_params_ref = REF(operations[27].context_params_ref, context_params[9]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [28] = { /* GetItem */
            .name_ref = REF(operations[28].name_ref, strings[9379]),
            .http_method_ref = REF(operations[28].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[28].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[28].input_ref, structures[103].shape),
            .output_ref = REF(operations[28].output_ref, structures[104].shape),
            .errors_ref = REF(operations[28].errors_ref, op_errors[104]),
            .service_ref = REF(operations[28].service_ref, service),
            .context_params_ref = REF(operations[28].context_params_ref, context_params[2]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [29] = { /* GetResourcePolicy */
            .name_ref = REF(operations[29].name_ref, strings[9387]),
            .http_method_ref = REF(operations[29].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[29].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[29].input_ref, structures[105].shape),
            .output_ref = REF(operations[29].output_ref, structures[106].shape),
            .errors_ref = REF(operations[29].errors_ref, op_errors[109]),
            .service_ref = REF(operations[29].service_ref, service),
            .context_params_ref = REF(operations[29].context_params_ref, context_params[6]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [30] = { /* ImportTable */
            .name_ref = REF(operations[30].name_ref, strings[9405]),
            .http_method_ref = REF(operations[30].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[30].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[30].input_ref, structures[125].shape),
            .output_ref = REF(operations[30].output_ref, structures[126].shape),
            .errors_ref = REF(operations[30].errors_ref, op_errors[112]),
            .service_ref = REF(operations[30].service_ref, service),
            .context_params_ref = REF(operations[30].context_params_ref, context_params[10]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [31] = { /* ListBackups */
            .name_ref = REF(operations[31].name_ref, strings[9451]),
            .http_method_ref = REF(operations[31].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[31].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[31].input_ref, structures[142].shape),
            .output_ref = REF(operations[31].output_ref, structures[143].shape),
            .errors_ref = REF(operations[31].errors_ref, op_errors[115]),
            .service_ref = REF(operations[31].service_ref, service),
            .context_params_ref = REF(operations[31].context_params_ref, context_params[2]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [32] = { /* ListContributorInsights */
            .name_ref = REF(operations[32].name_ref, strings[9463]),
            .http_method_ref = REF(operations[32].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[32].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[32].input_ref, structures[144].shape),
            .output_ref = REF(operations[32].output_ref, structures[145].shape),
            .errors_ref = REF(operations[32].errors_ref, op_errors[116]),
            .service_ref = REF(operations[32].service_ref, service),
            .context_params_ref = REF(operations[32].context_params_ref, context_params[2]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [33] = { /* ListExports */
            .name_ref = REF(operations[33].name_ref, strings[9487]),
            .http_method_ref = REF(operations[33].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[33].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[33].input_ref, structures[146].shape),
            .output_ref = REF(operations[33].output_ref, structures[147].shape),
            .errors_ref = REF(operations[33].errors_ref, op_errors[118]),
            .service_ref = REF(operations[33].service_ref, service),
            .context_params_ref = REF(operations[33].context_params_ref, context_params[9]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [34] = { /* ListGlobalTables */
            .name_ref = REF(operations[34].name_ref, strings[9499]),
            .http_method_ref = REF(operations[34].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[34].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[34].input_ref, structures[148].shape),
            .output_ref = REF(operations[34].output_ref, structures[149].shape),
            .errors_ref = REF(operations[34].errors_ref, op_errors[120]),
            .service_ref = REF(operations[34].service_ref, service),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [35] = { /* ListImports */
            .name_ref = REF(operations[35].name_ref, strings[9516]),
            .http_method_ref = REF(operations[35].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[35].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[35].input_ref, structures[150].shape),
            .output_ref = REF(operations[35].output_ref, structures[151].shape),
            .errors_ref = REF(operations[35].errors_ref, op_errors[121]),
            .service_ref = REF(operations[35].service_ref, service),
            .context_params_ref = REF(operations[35].context_params_ref, context_params[9]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [36] = { /* ListTables */
            .name_ref = REF(operations[36].name_ref, strings[9528]),
            .http_method_ref = REF(operations[36].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[36].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[36].input_ref, structures[152].shape),
            .output_ref = REF(operations[36].output_ref, structures[153].shape),
            .errors_ref = REF(operations[36].errors_ref, op_errors[122]),
            .service_ref = REF(operations[36].service_ref, service),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [37] = { /* ListTagsOfResource */
            .name_ref = REF(operations[37].name_ref, strings[9539]),
            .http_method_ref = REF(operations[37].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[37].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[37].input_ref, structures[154].shape),
            .output_ref = REF(operations[37].output_ref, structures[155].shape),
            .errors_ref = REF(operations[37].errors_ref, op_errors[123]),
            .service_ref = REF(operations[37].service_ref, service),
            .context_params_ref = REF(operations[37].context_params_ref, context_params[6]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [38] = { /* PutItem */
            .name_ref = REF(operations[38].name_ref, strings[9558]),
            .http_method_ref = REF(operations[38].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[38].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[38].input_ref, structures[172].shape),
            .output_ref = REF(operations[38].output_ref, structures[173].shape),
            .errors_ref = REF(operations[38].errors_ref, op_errors[125]),
            .service_ref = REF(operations[38].service_ref, service),
            .context_params_ref = REF(operations[38].context_params_ref, context_params[2]),
            .error_count = 9,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [39] = { /* PutResourcePolicy */
            .name_ref = REF(operations[39].name_ref, strings[9566]),
            .http_method_ref = REF(operations[39].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[39].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[39].input_ref, structures[175].shape),
            .output_ref = REF(operations[39].output_ref, structures[176].shape),
            .errors_ref = REF(operations[39].errors_ref, op_errors[134]),
            .service_ref = REF(operations[39].service_ref, service),
            .context_params_ref = REF(operations[39].context_params_ref, context_params[6]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [40] = { /* Query */
            .name_ref = REF(operations[40].name_ref, strings[9584]),
            .http_method_ref = REF(operations[40].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[40].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[40].input_ref, structures[177].shape),
            .output_ref = REF(operations[40].output_ref, structures[178].shape),
            .errors_ref = REF(operations[40].errors_ref, op_errors[139]),
            .service_ref = REF(operations[40].service_ref, service),
            .context_params_ref = REF(operations[40].context_params_ref, context_params[2]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [41] = { /* RestoreTableFromBackup */
            .name_ref = REF(operations[41].name_ref, strings[9590]),
            .http_method_ref = REF(operations[41].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[41].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[41].input_ref, structures[200].shape),
            .output_ref = REF(operations[41].output_ref, structures[201].shape),
            .errors_ref = REF(operations[41].errors_ref, op_errors[144]),
            .service_ref = REF(operations[41].service_ref, service),
            .context_params_ref = REF(operations[41].context_params_ref, context_params[11]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [42] = { /* RestoreTableToPointInTime */
            .name_ref = REF(operations[42].name_ref, strings[9613]),
            .http_method_ref = REF(operations[42].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[42].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[42].input_ref, structures[202].shape),
            .output_ref = REF(operations[42].output_ref, structures[203].shape),
            .errors_ref = REF(operations[42].errors_ref, op_errors[150]),
            .service_ref = REF(operations[42].service_ref, service),
            .context_params_ref = REF(operations[42].context_params_ref, context_params[12]),
            .error_count = 7,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [43] = { /* Scan */
            .name_ref = REF(operations[43].name_ref, strings[9639]),
            .http_method_ref = REF(operations[43].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[43].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[43].input_ref, structures[207].shape),
            .output_ref = REF(operations[43].output_ref, structures[208].shape),
            .errors_ref = REF(operations[43].errors_ref, op_errors[157]),
            .service_ref = REF(operations[43].service_ref, service),
            .context_params_ref = REF(operations[43].context_params_ref, context_params[2]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [44] = { /* SearchVectors */
            .name_ref = REF(operations[44].name_ref, strings[9644]),
            .http_method_ref = REF(operations[44].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[44].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[44].input_ref, structures[211].shape),
            .output_ref = REF(operations[44].output_ref, structures[212].shape),
            .errors_ref = REF(operations[44].errors_ref, op_errors[162]),
            .service_ref = REF(operations[44].service_ref, service),
            .static_params_ref = REF(operations[44].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[44].context_params_ref, context_params[2]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 1,
        },
        [45] = { /* TagResource */
            .name_ref = REF(operations[45].name_ref, strings[9676]),
            .http_method_ref = REF(operations[45].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[45].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[45].input_ref, structures[225].shape),
            .errors_ref = REF(operations[45].errors_ref, op_errors[166]),
            .service_ref = REF(operations[45].service_ref, service),
            .context_params_ref = REF(operations[45].context_params_ref, context_params[6]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [46] = { /* TransactGetItems */
            .name_ref = REF(operations[46].name_ref, strings[9688]),
            .http_method_ref = REF(operations[46].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[46].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[46].input_ref, structures[231].shape),
            .output_ref = REF(operations[46].output_ref, structures[232].shape),
            .errors_ref = REF(operations[46].errors_ref, op_errors[170]),
            .service_ref = REF(operations[46].service_ref, service),
            .context_params_ref = REF(operations[46].context_params_ref, context_params[13]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [47] = { /* TransactWriteItems */
            .name_ref = REF(operations[47].name_ref, strings[9736]),
            .http_method_ref = REF(operations[47].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[47].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[47].input_ref, structures[234].shape),
            .output_ref = REF(operations[47].output_ref, structures[235].shape),
            .errors_ref = REF(operations[47].errors_ref, op_errors[176]),
            .service_ref = REF(operations[47].service_ref, service),
            .context_params_ref = REF(operations[47].context_params_ref, context_params[14]),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [48] = { /* UntagResource */
            .name_ref = REF(operations[48].name_ref, strings[9852]),
            .http_method_ref = REF(operations[48].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[48].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[48].input_ref, structures[239].shape),
            .errors_ref = REF(operations[48].errors_ref, op_errors[184]),
            .service_ref = REF(operations[48].service_ref, service),
            .context_params_ref = REF(operations[48].context_params_ref, context_params[6]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [49] = { /* UpdateContinuousBackups */
            .name_ref = REF(operations[49].name_ref, strings[9866]),
            .http_method_ref = REF(operations[49].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[49].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[49].input_ref, structures[241].shape),
            .output_ref = REF(operations[49].output_ref, structures[242].shape),
            .errors_ref = REF(operations[49].errors_ref, op_errors[188]),
            .service_ref = REF(operations[49].service_ref, service),
            .context_params_ref = REF(operations[49].context_params_ref, context_params[2]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [50] = { /* UpdateContributorInsights */
            .name_ref = REF(operations[50].name_ref, strings[9890]),
            .http_method_ref = REF(operations[50].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[50].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[50].input_ref, structures[243].shape),
            .output_ref = REF(operations[50].output_ref, structures[244].shape),
            .errors_ref = REF(operations[50].errors_ref, op_errors[191]),
            .service_ref = REF(operations[50].service_ref, service),
            .context_params_ref = REF(operations[50].context_params_ref, context_params[2]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [51] = { /* UpdateGlobalTable */
            .name_ref = REF(operations[51].name_ref, strings[9916]),
            .http_method_ref = REF(operations[51].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[51].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[51].input_ref, structures[246].shape),
            .output_ref = REF(operations[51].output_ref, structures[247].shape),
            .errors_ref = REF(operations[51].errors_ref, op_errors[193]),
            .service_ref = REF(operations[51].service_ref, service),
            .context_params_ref = REF(operations[51].context_params_ref, context_params[3]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [52] = { /* UpdateGlobalTableSettings */
            .name_ref = REF(operations[52].name_ref, strings[9934]),
            .http_method_ref = REF(operations[52].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[52].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[52].input_ref, structures[248].shape),
            .output_ref = REF(operations[52].output_ref, structures[249].shape),
            .errors_ref = REF(operations[52].errors_ref, op_errors[198]),
            .service_ref = REF(operations[52].service_ref, service),
            .context_params_ref = REF(operations[52].context_params_ref, context_params[3]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [53] = { /* UpdateItem */
            .name_ref = REF(operations[53].name_ref, strings[9960]),
            .http_method_ref = REF(operations[53].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[53].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[53].input_ref, structures[250].shape),
            .output_ref = REF(operations[53].output_ref, structures[251].shape),
            .errors_ref = REF(operations[53].errors_ref, op_errors[204]),
            .service_ref = REF(operations[53].service_ref, service),
            .context_params_ref = REF(operations[53].context_params_ref, context_params[2]),
            .error_count = 9,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [54] = { /* UpdateKinesisStreamingDestination */
            .name_ref = REF(operations[54].name_ref, strings[9971]),
            .http_method_ref = REF(operations[54].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[54].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[54].input_ref, structures[253].shape),
            .output_ref = REF(operations[54].output_ref, structures[254].shape),
            .errors_ref = REF(operations[54].errors_ref, op_errors[213]),
            .service_ref = REF(operations[54].service_ref, service),
            .context_params_ref = REF(operations[54].context_params_ref, context_params[2]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [55] = { /* UpdateTable */
            .name_ref = REF(operations[55].name_ref, strings[10005]),
            .http_method_ref = REF(operations[55].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[55].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[55].input_ref, structures[256].shape),
            .output_ref = REF(operations[55].output_ref, structures[257].shape),
            .errors_ref = REF(operations[55].errors_ref, op_errors[217]),
            .service_ref = REF(operations[55].service_ref, service),
            .context_params_ref = REF(operations[55].context_params_ref, context_params[4]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [56] = { /* UpdateTableReplicaAutoScaling */
            .name_ref = REF(operations[56].name_ref, strings[10017]),
            .http_method_ref = REF(operations[56].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[56].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[56].input_ref, structures[258].shape),
            .output_ref = REF(operations[56].output_ref, structures[259].shape),
            .errors_ref = REF(operations[56].errors_ref, op_errors[221]),
            .service_ref = REF(operations[56].service_ref, service),
            .context_params_ref = REF(operations[56].context_params_ref, context_params[4]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [57] = { /* UpdateTimeToLive */
            .name_ref = REF(operations[57].name_ref, strings[10047]),
            .http_method_ref = REF(operations[57].http_method_ref, strings[8798]),
            .request_uri_ref = REF(operations[57].request_uri_ref, strings[8803]),
            .input_ref = REF(operations[57].input_ref, structures[260].shape),
            .output_ref = REF(operations[57].output_ref, structures[261].shape),
            .errors_ref = REF(operations[57].errors_ref, op_errors[225]),
            .service_ref = REF(operations[57].service_ref, service),
            .context_params_ref = REF(operations[57].context_params_ref, context_params[2]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
    },
    /* each operation's modeled errors */
    .op_errors = {
        REF(op_errors[0], structures[130].shape),
        REF(op_errors[1], structures[196].shape),
        REF(op_errors[2], structures[226].shape),
        REF(op_errors[3], structures[130].shape),
        REF(op_errors[4], structures[169].shape),
        REF(op_errors[5], structures[196].shape),
        REF(op_errors[6], structures[198].shape),
        REF(op_errors[7], structures[226].shape),
        REF(op_errors[8], structures[130].shape),
        REF(op_errors[9], structures[134].shape),
        REF(op_errors[10], structures[169].shape),
        REF(op_errors[11], structures[194].shape),
        REF(op_errors[12], structures[196].shape),
        REF(op_errors[13], structures[198].shape),
        REF(op_errors[14], structures[226].shape),
        REF(op_errors[15], structures[12].shape),
        REF(op_errors[16], structures[32].shape),
        REF(op_errors[17], structures[130].shape),
        REF(op_errors[18], structures[141].shape),
        REF(op_errors[19], structures[221].shape),
        REF(op_errors[20], structures[222].shape),
        REF(op_errors[21], structures[114].shape),
        REF(op_errors[22], structures[130].shape),
        REF(op_errors[23], structures[141].shape),
        REF(op_errors[24], structures[222].shape),
        REF(op_errors[25], structures[130].shape),
        REF(op_errors[26], structures[141].shape),
        REF(op_errors[27], structures[197].shape),
        REF(op_errors[28], structures[12].shape),
        REF(op_errors[29], structures[13].shape),
        REF(op_errors[30], structures[130].shape),
        REF(op_errors[31], structures[141].shape),
        REF(op_errors[32], structures[29].shape),
        REF(op_errors[33], structures[130].shape),
        REF(op_errors[34], structures[134].shape),
        REF(op_errors[35], structures[169].shape),
        REF(op_errors[36], structures[194].shape),
        REF(op_errors[37], structures[196].shape),
        REF(op_errors[38], structures[198].shape),
        REF(op_errors[39], structures[226].shape),
        REF(op_errors[40], structures[237].shape),
        REF(op_errors[41], structures[130].shape),
        REF(op_errors[42], structures[141].shape),
        REF(op_errors[43], structures[165].shape),
        REF(op_errors[44], structures[197].shape),
        REF(op_errors[45], structures[198].shape),
        REF(op_errors[46], structures[130].shape),
        REF(op_errors[47], structures[141].shape),
        REF(op_errors[48], structures[197].shape),
        REF(op_errors[49], structures[198].shape),
        REF(op_errors[50], structures[13].shape),
        REF(op_errors[51], structures[130].shape),
        REF(op_errors[52], structures[130].shape),
        REF(op_errors[53], structures[222].shape),
        REF(op_errors[54], structures[130].shape),
        REF(op_errors[55], structures[198].shape),
        REF(op_errors[56], structures[97].shape),
        REF(op_errors[57], structures[130].shape),
        REF(op_errors[58], structures[141].shape),
        REF(op_errors[59], structures[117].shape),
        REF(op_errors[60], structures[130].shape),
        REF(op_errors[61], structures[117].shape),
        REF(op_errors[62], structures[130].shape),
        REF(op_errors[63], structures[122].shape),
        REF(op_errors[64], structures[130].shape),
        REF(op_errors[65], structures[198].shape),
        REF(op_errors[66], structures[130].shape),
        REF(op_errors[67], structures[130].shape),
        REF(op_errors[68], structures[198].shape),
        REF(op_errors[69], structures[130].shape),
        REF(op_errors[70], structures[198].shape),
        REF(op_errors[71], structures[130].shape),
        REF(op_errors[72], structures[198].shape),
        REF(op_errors[73], structures[130].shape),
        REF(op_errors[74], structures[141].shape),
        REF(op_errors[75], structures[197].shape),
        REF(op_errors[76], structures[198].shape),
        REF(op_errors[77], structures[130].shape),
        REF(op_errors[78], structures[141].shape),
        REF(op_errors[79], structures[197].shape),
        REF(op_errors[80], structures[198].shape),
        REF(op_errors[81], structures[29].shape),
        REF(op_errors[82], structures[87].shape),
        REF(op_errors[83], structures[130].shape),
        REF(op_errors[84], structures[134].shape),
        REF(op_errors[85], structures[169].shape),
        REF(op_errors[86], structures[196].shape),
        REF(op_errors[87], structures[198].shape),
        REF(op_errors[88], structures[226].shape),
        REF(op_errors[89], structures[237].shape),
        REF(op_errors[90], structures[120].shape),
        REF(op_errors[91], structures[130].shape),
        REF(op_errors[92], structures[169].shape),
        REF(op_errors[93], structures[196].shape),
        REF(op_errors[94], structures[198].shape),
        REF(op_errors[95], structures[226].shape),
        REF(op_errors[96], structures[236].shape),
        REF(op_errors[97], structures[238].shape),
        REF(op_errors[98], structures[95].shape),
        REF(op_errors[99], structures[130].shape),
        REF(op_errors[100], structures[131].shape),
        REF(op_errors[101], structures[141].shape),
        REF(op_errors[102], structures[164].shape),
        REF(op_errors[103], structures[222].shape),
        REF(op_errors[104], structures[130].shape),
        REF(op_errors[105], structures[169].shape),
        REF(op_errors[106], structures[196].shape),
        REF(op_errors[107], structures[198].shape),
        REF(op_errors[108], structures[226].shape),
        REF(op_errors[109], structures[130].shape),
        REF(op_errors[110], structures[165].shape),
        REF(op_errors[111], structures[198].shape),
        REF(op_errors[112], structures[121].shape),
        REF(op_errors[113], structures[141].shape),
        REF(op_errors[114], structures[197].shape),
        REF(op_errors[115], structures[130].shape),
        REF(op_errors[116], structures[130].shape),
        REF(op_errors[117], structures[198].shape),
        REF(op_errors[118], structures[130].shape),
        REF(op_errors[119], structures[141].shape),
        REF(op_errors[120], structures[130].shape),
        REF(op_errors[121], structures[141].shape),
        REF(op_errors[122], structures[130].shape),
        REF(op_errors[123], structures[130].shape),
        REF(op_errors[124], structures[198].shape),
        REF(op_errors[125], structures[29].shape),
        REF(op_errors[126], structures[130].shape),
        REF(op_errors[127], structures[134].shape),
        REF(op_errors[128], structures[169].shape),
        REF(op_errors[129], structures[194].shape),
        REF(op_errors[130], structures[196].shape),
        REF(op_errors[131], structures[198].shape),
        REF(op_errors[132], structures[226].shape),
        REF(op_errors[133], structures[237].shape),
        REF(op_errors[134], structures[130].shape),
        REF(op_errors[135], structures[141].shape),
        REF(op_errors[136], structures[165].shape),
        REF(op_errors[137], structures[197].shape),
        REF(op_errors[138], structures[198].shape),
        REF(op_errors[139], structures[130].shape),
        REF(op_errors[140], structures[169].shape),
        REF(op_errors[141], structures[196].shape),
        REF(op_errors[142], structures[198].shape),
        REF(op_errors[143], structures[226].shape),
        REF(op_errors[144], structures[12].shape),
        REF(op_errors[145], structures[13].shape),
        REF(op_errors[146], structures[130].shape),
        REF(op_errors[147], structures[141].shape),
        REF(op_errors[148], structures[216].shape),
        REF(op_errors[149], structures[221].shape),
        REF(op_errors[150], structures[130].shape),
        REF(op_errors[151], structures[132].shape),
        REF(op_errors[152], structures[141].shape),
        REF(op_errors[153], structures[164].shape),
        REF(op_errors[154], structures[216].shape),
        REF(op_errors[155], structures[221].shape),
        REF(op_errors[156], structures[222].shape),
        REF(op_errors[157], structures[130].shape),
        REF(op_errors[158], structures[169].shape),
        REF(op_errors[159], structures[196].shape),
        REF(op_errors[160], structures[198].shape),
        REF(op_errors[161], structures[226].shape),
        REF(op_errors[162], structures[130].shape),
        REF(op_errors[163], structures[196].shape),
        REF(op_errors[164], structures[198].shape),
        REF(op_errors[165], structures[226].shape),
        REF(op_errors[166], structures[130].shape),
        REF(op_errors[167], structures[141].shape),
        REF(op_errors[168], structures[197].shape),
        REF(op_errors[169], structures[198].shape),
        REF(op_errors[170], structures[130].shape),
        REF(op_errors[171], structures[169].shape),
        REF(op_errors[172], structures[196].shape),
        REF(op_errors[173], structures[198].shape),
        REF(op_errors[174], structures[226].shape),
        REF(op_errors[175], structures[236].shape),
        REF(op_errors[176], structures[120].shape),
        REF(op_errors[177], structures[130].shape),
        REF(op_errors[178], structures[169].shape),
        REF(op_errors[179], structures[196].shape),
        REF(op_errors[180], structures[198].shape),
        REF(op_errors[181], structures[226].shape),
        REF(op_errors[182], structures[236].shape),
        REF(op_errors[183], structures[238].shape),
        REF(op_errors[184], structures[130].shape),
        REF(op_errors[185], structures[141].shape),
        REF(op_errors[186], structures[197].shape),
        REF(op_errors[187], structures[198].shape),
        REF(op_errors[188], structures[32].shape),
        REF(op_errors[189], structures[130].shape),
        REF(op_errors[190], structures[222].shape),
        REF(op_errors[191], structures[130].shape),
        REF(op_errors[192], structures[198].shape),
        REF(op_errors[193], structures[117].shape),
        REF(op_errors[194], structures[130].shape),
        REF(op_errors[195], structures[180].shape),
        REF(op_errors[196], structures[190].shape),
        REF(op_errors[197], structures[222].shape),
        REF(op_errors[198], structures[117].shape),
        REF(op_errors[199], structures[128].shape),
        REF(op_errors[200], structures[130].shape),
        REF(op_errors[201], structures[141].shape),
        REF(op_errors[202], structures[190].shape),
        REF(op_errors[203], structures[197].shape),
        REF(op_errors[204], structures[29].shape),
        REF(op_errors[205], structures[130].shape),
        REF(op_errors[206], structures[134].shape),
        REF(op_errors[207], structures[169].shape),
        REF(op_errors[208], structures[194].shape),
        REF(op_errors[209], structures[196].shape),
        REF(op_errors[210], structures[198].shape),
        REF(op_errors[211], structures[226].shape),
        REF(op_errors[212], structures[237].shape),
        REF(op_errors[213], structures[130].shape),
        REF(op_errors[214], structures[141].shape),
        REF(op_errors[215], structures[197].shape),
        REF(op_errors[216], structures[198].shape),
        REF(op_errors[217], structures[130].shape),
        REF(op_errors[218], structures[141].shape),
        REF(op_errors[219], structures[197].shape),
        REF(op_errors[220], structures[198].shape),
        REF(op_errors[221], structures[130].shape),
        REF(op_errors[222], structures[141].shape),
        REF(op_errors[223], structures[197].shape),
        REF(op_errors[224], structures[198].shape),
        REF(op_errors[225], structures[130].shape),
        REF(op_errors[226], structures[141].shape),
        REF(op_errors[227], structures[197].shape),
        REF(op_errors[228], structures[198].shape),
    },
    /* every modeled error of the service, sorted by its code on the wire */
    .service_errors = {
        REF(service_errors[0], structures[12].shape),
        REF(service_errors[1], structures[13].shape),
        REF(service_errors[2], structures[29].shape),
        REF(service_errors[3], structures[32].shape),
        REF(service_errors[4], structures[87].shape),
        REF(service_errors[5], structures[95].shape),
        REF(service_errors[6], structures[97].shape),
        REF(service_errors[7], structures[114].shape),
        REF(service_errors[8], structures[117].shape),
        REF(service_errors[9], structures[120].shape),
        REF(service_errors[10], structures[121].shape),
        REF(service_errors[11], structures[122].shape),
        REF(service_errors[12], structures[128].shape),
        REF(service_errors[13], structures[130].shape),
        REF(service_errors[14], structures[131].shape),
        REF(service_errors[15], structures[132].shape),
        REF(service_errors[16], structures[134].shape),
        REF(service_errors[17], structures[141].shape),
        REF(service_errors[18], structures[164].shape),
        REF(service_errors[19], structures[165].shape),
        REF(service_errors[20], structures[169].shape),
        REF(service_errors[21], structures[180].shape),
        REF(service_errors[22], structures[190].shape),
        REF(service_errors[23], structures[194].shape),
        REF(service_errors[24], structures[196].shape),
        REF(service_errors[25], structures[197].shape),
        REF(service_errors[26], structures[198].shape),
        REF(service_errors[27], structures[216].shape),
        REF(service_errors[28], structures[221].shape),
        REF(service_errors[29], structures[222].shape),
        REF(service_errors[30], structures[226].shape),
        REF(service_errors[31], structures[236].shape),
        REF(service_errors[32], structures[237].shape),
        REF(service_errors[33], structures[238].shape),
    },
    /* staticContextParams: name, value (a string, or count strings one
     * after the other), count, type, boolean */
    .static_params = {
        {REF(static_params[0].name_ref, strings[9658]), 0, 0, AWSC_EP_PARAM_BOOLEAN, true},
    },
    /* contextParam members and operationContextParams: parameter name,
     * member name, expression, member index */
    .context_params = {
        {REF(context_params[0].name_ref, strings[8837]), 0, REF(context_params[0].path_ref, paths[0]), 0},
        {REF(context_params[1].name_ref, strings[8837]), 0, REF(context_params[1].path_ref, paths[1]), 0},
        {REF(context_params[2].name_ref, strings[2430]), REF(context_params[2].member_ref, strings[616]), 0, 0},
        {REF(context_params[3].name_ref, strings[2430]), REF(context_params[3].member_ref, strings[1935]), 0, 0},
        {REF(context_params[4].name_ref, strings[2430]), REF(context_params[4].member_ref, strings[616]), 0, 1},
        {REF(context_params[5].name_ref, strings[2430]), REF(context_params[5].member_ref, strings[431]), 0, 0},
        {REF(context_params[6].name_ref, strings[2430]), REF(context_params[6].member_ref, strings[2430]), 0, 0},
        {REF(context_params[7].name_ref, strings[2430]), REF(context_params[7].member_ref, strings[2575]), 0, 0},
        {REF(context_params[8].name_ref, strings[2430]), REF(context_params[8].member_ref, strings[2619]), 0, 0},
        {REF(context_params[9].name_ref, strings[2430]), REF(context_params[9].member_ref, strings[634]), 0, 0},
        {REF(context_params[10].name_ref, strings[2430]), 0, REF(context_params[10].path_ref, paths[2]), 0},
        {REF(context_params[11].name_ref, strings[2430]), REF(context_params[11].member_ref, strings[6788]), 0, 0},
        {REF(context_params[12].name_ref, strings[2430]), REF(context_params[12].member_ref, strings[6788]), 0, 2},
        {REF(context_params[13].name_ref, strings[8837]), 0, REF(context_params[13].path_ref, paths[3]), 0},
        {REF(context_params[14].name_ref, strings[8837]), 0, REF(context_params[14].path_ref, paths[4]), 0},
    },
    /* the expressions of operationContextParams, compiled */
    .paths = {
        {REF(paths[0].text_ref, strings[8818]), REF(paths[0].nodes_ref, path_nodes[0]), 2}, /* BatchGetItem */
        {REF(paths[1].text_ref, strings[8818]), REF(paths[1].nodes_ref, path_nodes[2]), 2}, /* BatchWriteItem */
        {REF(paths[2].text_ref, strings[9417]), REF(paths[2].nodes_ref, path_nodes[4]), 3}, /* ImportTable */
        {REF(paths[3].text_ref, strings[9705]), REF(paths[3].nodes_ref, path_nodes[7]), 5}, /* TransactGetItems */
        {REF(paths[4].text_ref, strings[9755]), REF(paths[4].nodes_ref, path_nodes[12]), 21}, /* TransactWriteItems */
    },
    .path_nodes = {
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = REF(path_nodes[0].string_ref, strings[754])},
        {.op = AWSC_JP_KEYS, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = REF(path_nodes[2].string_ref, strings[754])},
        {.op = AWSC_JP_KEYS, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 5, .string_ref = REF(path_nodes[4].string_ref, strings[4231])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = REF(path_nodes[5].string_ref, strings[616])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = REF(path_nodes[7].string_ref, strings[8064])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = REF(path_nodes[8].string_ref, strings[8060])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = REF(path_nodes[9].string_ref, strings[616])},
        {.op = AWSC_JP_SUB, .a = 1, .b = 2},
        {.op = AWSC_JP_PROJECT, .a = 0, .b = 3},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = REF(path_nodes[12].string_ref, strings[8064])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = REF(path_nodes[13].string_ref, strings[8078])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = REF(path_nodes[14].string_ref, strings[616])},
        {.op = AWSC_JP_SUB, .a = 1, .b = 2},
        {.op = AWSC_JP_MULTI_LIST, .a = 3, .index = 1},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = REF(path_nodes[17].string_ref, strings[8093])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = REF(path_nodes[18].string_ref, strings[616])},
        {.op = AWSC_JP_SUB, .a = 5, .b = 6},
        {.op = AWSC_JP_MULTI_LIST, .a = 7, .b = 4, .index = 2},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = REF(path_nodes[21].string_ref, strings[3649])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = REF(path_nodes[22].string_ref, strings[616])},
        {.op = AWSC_JP_SUB, .a = 9, .b = 10},
        {.op = AWSC_JP_MULTI_LIST, .a = 11, .b = 8, .index = 3},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = REF(path_nodes[25].string_ref, strings[3635])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = REF(path_nodes[26].string_ref, strings[616])},
        {.op = AWSC_JP_SUB, .a = 13, .b = 14},
        {.op = AWSC_JP_MULTI_LIST, .a = 15, .b = 12, .index = 4},
        {.op = AWSC_JP_PROJECT, .a = 0, .b = 16},
        {.op = AWSC_JP_FLATTEN, .a = 17},
        {.op = AWSC_JP_CURRENT},
        {.op = AWSC_JP_PROJECT, .a = 18, .b = 19},
    },
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    .pagers = {
#if AWSC_WITH_PAGINATORS
    .paginators = {
        [0] = { /* ListBackups */
            .name_ref = PREF(paginators[0].name_ref, strings[0]),
            .operation = 31,
            .input_tokens_ref = PREF(paginators[0].input_tokens_ref, input_tokens[0]),
            .output_tokens_ref = PREF(paginators[0].output_tokens_ref, expr_refs[0]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[0].result_keys_ref, expr_refs[1]),
            .result_key_count = 1,
        },
        [1] = { /* ListTables */
            .name_ref = PREF(paginators[1].name_ref, strings[12]),
            .operation = 36,
            .input_tokens_ref = PREF(paginators[1].input_tokens_ref, input_tokens[1]),
            .output_tokens_ref = PREF(paginators[1].output_tokens_ref, expr_refs[2]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[1].result_keys_ref, expr_refs[3]),
            .result_key_count = 1,
        },
        [2] = { /* ListTagsOfResource */
            .name_ref = PREF(paginators[2].name_ref, strings[23]),
            .operation = 37,
            .input_tokens_ref = PREF(paginators[2].input_tokens_ref, input_tokens[2]),
            .output_tokens_ref = PREF(paginators[2].output_tokens_ref, expr_refs[4]),
            .token_count = 1,
            .limit_key = -1,
            .result_keys_ref = PREF(paginators[2].result_keys_ref, expr_refs[5]),
            .result_key_count = 1,
        },
        [3] = { /* Query */
            .name_ref = PREF(paginators[3].name_ref, strings[42]),
            .operation = 40,
            .input_tokens_ref = PREF(paginators[3].input_tokens_ref, input_tokens[3]),
            .output_tokens_ref = PREF(paginators[3].output_tokens_ref, expr_refs[6]),
            .token_count = 1,
            .limit_key = 4,
            .result_keys_ref = PREF(paginators[3].result_keys_ref, expr_refs[7]),
            .result_key_count = 3,
            .non_aggregate_keys_ref = PREF(paginators[3].non_aggregate_keys_ref, expr_refs[10]),
            .non_aggregate_key_count = 1,
        },
        [4] = { /* Scan */
            .name_ref = PREF(paginators[4].name_ref, strings[48]),
            .operation = 43,
            .input_tokens_ref = PREF(paginators[4].input_tokens_ref, input_tokens[4]),
            .output_tokens_ref = PREF(paginators[4].output_tokens_ref, expr_refs[11]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[4].result_keys_ref, expr_refs[12]),
            .result_key_count = 3,
            .non_aggregate_keys_ref = PREF(paginators[4].non_aggregate_keys_ref, expr_refs[15]),
            .non_aggregate_key_count = 1,
        },
    },
    .input_tokens = {
        4, /* ExclusiveStartBackupArn */
        0, /* ExclusiveStartTableName */
        1, /* NextToken */
        10, /* ExclusiveStartKey */
        7, /* ExclusiveStartKey */
    },
    .expr_refs = {
        PREF(expr_refs[0], exprs[0]), /* LastEvaluatedBackupArn */
        PREF(expr_refs[1], exprs[1]), /* BackupSummaries */
        PREF(expr_refs[2], exprs[2]), /* LastEvaluatedTableName */
        PREF(expr_refs[3], exprs[3]), /* TableNames */
        PREF(expr_refs[4], exprs[4]), /* NextToken */
        PREF(expr_refs[5], exprs[5]), /* Tags */
        PREF(expr_refs[6], exprs[6]), /* LastEvaluatedKey */
        PREF(expr_refs[7], exprs[7]), /* Items */
        PREF(expr_refs[8], exprs[8]), /* Count */
        PREF(expr_refs[9], exprs[9]), /* ScannedCount */
        PREF(expr_refs[10], exprs[10]), /* ConsumedCapacity */
        PREF(expr_refs[11], exprs[6]), /* LastEvaluatedKey */
        PREF(expr_refs[12], exprs[7]), /* Items */
        PREF(expr_refs[13], exprs[8]), /* Count */
        PREF(expr_refs[14], exprs[9]), /* ScannedCount */
        PREF(expr_refs[15], exprs[10]), /* ConsumedCapacity */
    },
#endif
#if AWSC_WITH_WAITERS
    .waiters = {
        [0] = { /* ContributorInsightsEnabled */
            .name_ref = PREF(waiters[0].name_ref, strings[53]),
            .operation = 12,
            .delay = 20,
            .max_attempts = 30,
            .acceptors_ref = PREF(waiters[0].acceptors_ref, acceptors[0]),
            .acceptor_count = 2,
        },
        [1] = { /* ExportCompleted */
            .name_ref = PREF(waiters[1].name_ref, strings[95]),
            .operation = 14,
            .delay = 20,
            .max_attempts = 60,
            .acceptors_ref = PREF(waiters[1].acceptors_ref, acceptors[2]),
            .acceptor_count = 2,
        },
        [2] = { /* ImportCompleted */
            .name_ref = PREF(waiters[2].name_ref, strings[121]),
            .operation = 17,
            .delay = 20,
            .max_attempts = 60,
            .acceptors_ref = PREF(waiters[2].acceptors_ref, acceptors[4]),
            .acceptor_count = 3,
        },
        [3] = { /* KinesisStreamingDestinationActive */
            .name_ref = PREF(waiters[3].name_ref, strings[147]),
            .operation = 18,
            .delay = 20,
            .max_attempts = 30,
            .acceptors_ref = PREF(waiters[3].acceptors_ref, acceptors[7]),
            .acceptor_count = 2,
        },
        [4] = { /* TableExists */
            .name_ref = PREF(waiters[4].name_ref, strings[188]),
            .operation = 20,
            .delay = 20,
            .max_attempts = 25,
            .acceptors_ref = PREF(waiters[4].acceptors_ref, acceptors[9]),
            .acceptor_count = 2,
        },
        [5] = { /* TableNotExists */
            .name_ref = PREF(waiters[5].name_ref, strings[226]),
            .operation = 20,
            .delay = 20,
            .max_attempts = 25,
            .acceptors_ref = PREF(waiters[5].acceptors_ref, acceptors[11]),
            .acceptor_count = 1,
        },
    },
    .acceptors = {
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[0].argument_ref, exprs[11]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[0].expected.string_ref, strings[80])}}, /* ContributorInsightsEnabled: path success */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[1].argument_ref, exprs[11]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[1].expected.string_ref, strings[88])}}, /* ContributorInsightsEnabled: path failure */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[2].argument_ref, exprs[12]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[2].expected.string_ref, strings[111])}}, /* ExportCompleted: path success */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[3].argument_ref, exprs[12]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[3].expected.string_ref, strings[88])}}, /* ExportCompleted: path failure */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[4].argument_ref, exprs[13]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[4].expected.string_ref, strings[111])}}, /* ImportCompleted: path success */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[5].argument_ref, exprs[13]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[5].expected.string_ref, strings[88])}}, /* ImportCompleted: path failure */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[6].argument_ref, exprs[13]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[6].expected.string_ref, strings[137])}}, /* ImportCompleted: path failure */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[7].argument_ref, exprs[14]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[7].expected.string_ref, strings[181])}}, /* KinesisStreamingDestinationActive: pathAny success */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[8].argument_ref, exprs[15]), .expected = {.type = AWSC_JP_BOOL, .boolean = true}}, /* KinesisStreamingDestinationActive: path failure */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[9].argument_ref, exprs[16]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[9].expected.string_ref, strings[181])}}, /* TableExists: path success */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[10].expected.string_ref, strings[200])}}, /* TableExists: error retry */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[11].expected.string_ref, strings[200])}}, /* TableNotExists: error success */
    },
#endif
    .exprs = {
        {.text_ref = PREF(exprs[0].text_ref, strings[241]), .nodes_ref = PREF(exprs[0].nodes_ref, nodes[0]), .node_count = 1}, /* LastEvaluatedBackupArn */
        {.text_ref = PREF(exprs[1].text_ref, strings[264]), .nodes_ref = PREF(exprs[1].nodes_ref, nodes[1]), .node_count = 1}, /* BackupSummaries */
        {.text_ref = PREF(exprs[2].text_ref, strings[280]), .nodes_ref = PREF(exprs[2].nodes_ref, nodes[2]), .node_count = 1}, /* LastEvaluatedTableName */
        {.text_ref = PREF(exprs[3].text_ref, strings[303]), .nodes_ref = PREF(exprs[3].nodes_ref, nodes[3]), .node_count = 1}, /* TableNames */
        {.text_ref = PREF(exprs[4].text_ref, strings[314]), .nodes_ref = PREF(exprs[4].nodes_ref, nodes[4]), .node_count = 1}, /* NextToken */
        {.text_ref = PREF(exprs[5].text_ref, strings[324]), .nodes_ref = PREF(exprs[5].nodes_ref, nodes[5]), .node_count = 1}, /* Tags */
        {.text_ref = PREF(exprs[6].text_ref, strings[329]), .nodes_ref = PREF(exprs[6].nodes_ref, nodes[6]), .node_count = 1}, /* LastEvaluatedKey */
        {.text_ref = PREF(exprs[7].text_ref, strings[346]), .nodes_ref = PREF(exprs[7].nodes_ref, nodes[7]), .node_count = 1}, /* Items */
        {.text_ref = PREF(exprs[8].text_ref, strings[352]), .nodes_ref = PREF(exprs[8].nodes_ref, nodes[8]), .node_count = 1}, /* Count */
        {.text_ref = PREF(exprs[9].text_ref, strings[358]), .nodes_ref = PREF(exprs[9].nodes_ref, nodes[9]), .node_count = 1}, /* ScannedCount */
        {.text_ref = PREF(exprs[10].text_ref, strings[371]), .nodes_ref = PREF(exprs[10].nodes_ref, nodes[10]), .node_count = 1}, /* ConsumedCapacity */
        {.text_ref = PREF(exprs[11].text_ref, strings[388]), .nodes_ref = PREF(exprs[11].nodes_ref, nodes[11]), .node_count = 1}, /* ContributorInsightsStatus */
        {.text_ref = PREF(exprs[12].text_ref, strings[414]), .nodes_ref = PREF(exprs[12].nodes_ref, nodes[12]), .node_count = 3}, /* ExportDescription.ExportStatus */
        {.text_ref = PREF(exprs[13].text_ref, strings[476]), .nodes_ref = PREF(exprs[13].nodes_ref, nodes[15]), .node_count = 3}, /* ImportTableDescription.ImportStatus */
        {.text_ref = PREF(exprs[14].text_ref, strings[548]), .nodes_ref = PREF(exprs[14].nodes_ref, nodes[18]), .node_count = 4}, /* KinesisDataStreamDestinations[].DestinationStatus */
        {.text_ref = PREF(exprs[15].text_ref, strings[646]), .nodes_ref = PREF(exprs[15].nodes_ref, nodes[22]), .node_count = 19}, /* length(KinesisDataStreamDestinations) > `0`  && length(KinesisDataStreamDestinations[?DestinationStatus == 'DISABLED' || DestinationStatus == 'ENABLE_FAILED']) ==  length(KinesisDataStreamDestinations) */
        {.text_ref = PREF(exprs[16].text_ref, strings[871]), .nodes_ref = PREF(exprs[16].nodes_ref, nodes[41]), .node_count = 3}, /* Table.TableStatus */
    },
    .nodes = {
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[0].string_ref, strings[241])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[1].string_ref, strings[264])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[2].string_ref, strings[280])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[3].string_ref, strings[303])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[4].string_ref, strings[314])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[5].string_ref, strings[324])},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = PREF(nodes[6].string_ref, strings[329])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[7].string_ref, strings[346])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[8].string_ref, strings[352])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[9].string_ref, strings[358])},
        {.op = AWSC_JP_MEMBER, .member = 4, .string_ref = PREF(nodes[10].string_ref, strings[371])},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = PREF(nodes[11].string_ref, strings[388])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[12].string_ref, strings[445])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[13].string_ref, strings[463])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[15].string_ref, strings[512])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[16].string_ref, strings[535])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[18].string_ref, strings[598])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[20].string_ref, strings[628])},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[22].string_ref, strings[598])},
        {.op = AWSC_JP_LENGTH, .a = 0},
        {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_NUMBER, .number = 0.0}},
        {.op = AWSC_JP_GT, .a = 1, .b = 2},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[26].string_ref, strings[598])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[27].string_ref, strings[628])},
        {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_STRING, .string_ref = PREF(nodes[28].literal.string_ref, strings[848])}},
        {.op = AWSC_JP_EQ, .a = 5, .b = 6},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[30].string_ref, strings[628])},
        {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_STRING, .string_ref = PREF(nodes[31].literal.string_ref, strings[857])}},
        {.op = AWSC_JP_EQ, .a = 8, .b = 9},
        {.op = AWSC_JP_OR, .a = 7, .b = 10},
        {.op = AWSC_JP_CURRENT},
        {.op = AWSC_JP_FILTER, .a = 4, .b = 12, .c = 11},
        {.op = AWSC_JP_LENGTH, .a = 13},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[37].string_ref, strings[598])},
        {.op = AWSC_JP_LENGTH, .a = 15},
        {.op = AWSC_JP_EQ, .a = 14, .b = 16},
        {.op = AWSC_JP_AND, .a = 3, .b = 17},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[41].string_ref, strings[889])},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = PREF(nodes[42].string_ref, strings[895])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
    },
    .strings =
        /*      0 */ "ListBackups\0"
        /*     12 */ "ListTables\0"
        /*     23 */ "ListTagsOfResource\0"
        /*     42 */ "Query\0"
        /*     48 */ "Scan\0"
        /*     53 */ "ContributorInsightsEnabled\0"
        /*     80 */ "ENABLED\0"
        /*     88 */ "FAILED\0"
        /*     95 */ "ExportCompleted\0"
        /*    111 */ "COMPLETED\0"
        /*    121 */ "ImportCompleted\0"
        /*    137 */ "CANCELLED\0"
        /*    147 */ "KinesisStreamingDestinationActive\0"
        /*    181 */ "ACTIVE\0"
        /*    188 */ "TableExists\0"
        /*    200 */ "ResourceNotFoundException\0"
        /*    226 */ "TableNotExists\0"
        /*    241 */ "LastEvaluatedBackupArn\0"
        /*    264 */ "BackupSummaries\0"
        /*    280 */ "LastEvaluatedTableName\0"
        /*    303 */ "TableNames\0"
        /*    314 */ "NextToken\0"
        /*    324 */ "Tags\0"
        /*    329 */ "LastEvaluatedKey\0"
        /*    346 */ "Items\0"
        /*    352 */ "Count\0"
        /*    358 */ "ScannedCount\0"
        /*    371 */ "ConsumedCapacity\0"
        /*    388 */ "ContributorInsightsStatus\0"
        /*    414 */ "ExportDescription.ExportStatus\0"
        /*    445 */ "ExportDescription\0"
        /*    463 */ "ExportStatus\0"
        /*    476 */ "ImportTableDescription.ImportStatus\0"
        /*    512 */ "ImportTableDescription\0"
        /*    535 */ "ImportStatus\0"
        /*    548 */ "KinesisDataStreamDestinations[].DestinationStatus\0"
        /*    598 */ "KinesisDataStreamDestinations\0"
        /*    628 */ "DestinationStatus\0"
        /*    646 */ "length(KinesisDataStreamDestinations) > `0`  && length(KinesisDataStreamDestinations[?DestinationStatus == 'DISABLED' || DestinationStatus == 'ENABLE_FAILED']) ==  length(KinesisDataStreamDestinations)\0"
        /*    848 */ "DISABLED\0"
        /*    857 */ "ENABLE_FAILED\0"
        /*    871 */ "Table.TableStatus\0"
        /*    889 */ "Table\0"
        /*    895 */ "TableStatus",
    },
#endif
    .rules = {
    .ruleset = {
        .params_ref = RULES_REF(ruleset.params_ref, params),
        .slots_ref = RULES_REF(ruleset.slots_ref, slots),
        .rules_ref = RULES_REF(ruleset.rules_ref, rules),
        .exprs_ref = RULES_REF(ruleset.exprs_ref, exprs),
        .args_ref = RULES_REF(ruleset.args_ref, args),
        .endpoints_ref = RULES_REF(ruleset.endpoints_ref, endpoints),
        .props_ref = RULES_REF(ruleset.props_ref, props),
        .strings_ref = RULES_REF(ruleset.strings_ref, strings),
        .service = 0, /* dynamodb */
        .global_region = AWSC_EP_NONE,
        .param_count = 9,
        .slot_count = 13,
        .rule_count = 4,
        .flags = 0,
    },
    /* Parameters: name, default string (a stringArray's: the first in
     * defaults), default count, type, built-in, flags, default boolean. */
    .params = {
        {665, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_REGION, 0, false}, /* Region */
        {9, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_DUAL_STACK, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseDualStack */
        {22, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_FIPS, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseFIPS */
        {130, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ENDPOINT, 0, false}, /* Endpoint */
        {30, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ACCOUNT_ID, 0, false}, /* AccountId */
        {40, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ACCOUNT_ID_ENDPOINT_MODE, 0, false}, /* AccountIdEndpointMode */
        {62, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_NONE, 0, false}, /* ResourceArn */
        {74, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING_ARRAY, AWSC_EP_BUILTIN_NONE, 0, false}, /* ResourceArnList */
        {90, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_NONE, 0, false}, /* IsSearchOperation */
    },
    /* The slots' names: parameters, then the variables the rules assign. */
    .slots = {
        665, /* 0: Region */
        9, /* 1: UseDualStack */
        22, /* 2: UseFIPS */
        130, /* 3: Endpoint */
        30, /* 4: AccountId */
        40, /* 5: AccountIdEndpointMode */
        62, /* 6: ResourceArn */
        74, /* 7: ResourceArnList */
        90, /* 8: IsSearchOperation */
        108, /* 9: PartitionResult */
        124, /* 10: parsedEndpoint */
        1093, /* 11: ParsedArn */
        1135, /* 12: FirstArn */
    },
    /* Rules: condition count, first condition (in args), then a tree's
     * first child and child count, an endpoint's index, or an error's
     * message. A run of rules equal to another is stored once. */
    .rules = {
        /* 0 */ AWSC_EP_TREE(4, 2, 4, 5), /* isSet(Endpoint) && isSet(Region) && PartitionResult = aws.partition(Region) && parsedE ... */
        /* 1 */ AWSC_EP_TREE(1, 2, 9, 3), /* isSet(Endpoint) */
        /* 2 */ AWSC_EP_TREE(1, 3, 65, 1), /* isSet(Region) */
        /* 3 */ AWSC_EP_ERROR(0, 0, 110), /* always */
        /* 4 */ AWSC_EP_ERROR(1, 8, 11), /* booleanEquals(UseFIPS, true) */
        /* 5 */ AWSC_EP_ERROR(1, 11, 14), /* booleanEquals(UseDualStack, true) */
        /* 6 */ AWSC_EP_ERROR(1, 18, 23), /* stringEquals(parsedEndpoint#authority, "dynamodb.{Region}.{PartitionResult#dualStackDn ... */
        /* 7 */ AWSC_EP_ERROR(1, 25, 23), /* stringEquals(parsedEndpoint#authority, "search-dynamodb.{Region}.{PartitionResult#dual ... */
        /* 8 */ AWSC_EP_ENDPOINT(0, 0, 0), /* always */
        /* 9 */ AWSC_EP_ERROR(1, 8, 11), /* booleanEquals(UseFIPS, true) */
        /* 10 */ AWSC_EP_ERROR(1, 11, 14), /* booleanEquals(UseDualStack, true) */
        /* 11 */ AWSC_EP_ENDPOINT(0, 0, 0), /* always */
        /* 12 */ AWSC_EP_ERROR(1, 8, 29), /* booleanEquals(UseFIPS, true) */
        /* 13 */ AWSC_EP_ERROR(1, 11, 30), /* booleanEquals(UseDualStack, true) */
        /* 14 */ AWSC_EP_ENDPOINT(0, 0, 1), /* always */
        /* 15 */ AWSC_EP_ERROR(0, 0, 43), /* always */
        /* 16 */ AWSC_EP_TREE(2, 39, 15, 1), /* isSet(AccountIdEndpointMode) && stringEquals(AccountIdEndpointMode, "required") */
        /* 17 */ AWSC_EP_ENDPOINT(2, 43, 2), /* isSet(IsSearchOperation) && booleanEquals(IsSearchOperation, true) */
        /* 18 */ AWSC_EP_ENDPOINT(0, 0, 3), /* always */
        /* 19 */ AWSC_EP_TREE(2, 35, 16, 3), /* booleanEquals(PartitionResult#supportsFIPS, true) && booleanEquals(PartitionResult#sup ... */
        /* 20 */ AWSC_EP_ERROR(0, 0, 51), /* always */
        /* 21 */ AWSC_EP_TREE(2, 39, 15, 1), /* isSet(AccountIdEndpointMode) && stringEquals(AccountIdEndpointMode, "required") */
        /* 22 */ AWSC_EP_ENDPOINT(2, 43, 4), /* isSet(IsSearchOperation) && booleanEquals(IsSearchOperation, true) */
        /* 23 */ AWSC_EP_ENDPOINT(0, 0, 5), /* always */
        /* 24 */ AWSC_EP_TREE(1, 55, 21, 3), /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 25 */ AWSC_EP_TREE(2, 39, 15, 1), /* isSet(AccountIdEndpointMode) && stringEquals(AccountIdEndpointMode, "required") */
        /* 26 */ AWSC_EP_ENDPOINT(2, 43, 6), /* isSet(IsSearchOperation) && booleanEquals(IsSearchOperation, true) */
        /* 27 */ AWSC_EP_ENDPOINT(0, 0, 7), /* always */
        /* 28 */ AWSC_EP_TREE(1, 35, 24, 4), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 29 */ AWSC_EP_ERROR(0, 0, 62), /* always */
        /* 30 */ AWSC_EP_ENDPOINT(2, 43, 8), /* isSet(IsSearchOperation) && booleanEquals(IsSearchOperation, true) */
        /* 31 */ AWSC_EP_ENDPOINT(0, 0, 9), /* always */
        /* 32 */ AWSC_EP_ENDPOINT(2, 43, 10), /* isSet(IsSearchOperation) && booleanEquals(IsSearchOperation, true) */
        /* 33 */ AWSC_EP_ENDPOINT(0, 0, 11), /* always */
        /* 34 */ AWSC_EP_TREE(1, 129, 32, 2), /* isValidHostLabel(AccountId, false) */
        /* 35 */ AWSC_EP_ERROR(0, 0, 100), /* always */
        /* 36 */ AWSC_EP_ERROR(0, 0, 101), /* always */
        /* 37 */ AWSC_EP_TREE(1, 88, 36, 1), /* stringEquals(PartitionResult#name, "aws") */
        /* 38 */ AWSC_EP_ERROR(0, 0, 102), /* always */
        /* 39 */ AWSC_EP_TREE(1, 89, 37, 2), /* not(booleanEquals(UseFIPS, true)) */
        /* 40 */ AWSC_EP_ERROR(0, 0, 43), /* always */
        /* 41 */ AWSC_EP_TREE(10, 86, 30, 2), /* isSet(AccountIdEndpointMode) && not(stringEquals(AccountIdEndpointMode, "disabled")) & ... */
        /* 42 */ AWSC_EP_TREE(11, 110, 30, 2), /* isSet(AccountIdEndpointMode) && not(stringEquals(AccountIdEndpointMode, "disabled")) & ... */
        /* 43 */ AWSC_EP_TREE(5, 122, 34, 2), /* isSet(AccountIdEndpointMode) && not(stringEquals(AccountIdEndpointMode, "disabled")) & ... */
        /* 44 */ AWSC_EP_TREE(2, 39, 39, 2), /* isSet(AccountIdEndpointMode) && stringEquals(AccountIdEndpointMode, "required") */
        /* 45 */ AWSC_EP_ENDPOINT(2, 43, 12), /* isSet(IsSearchOperation) && booleanEquals(IsSearchOperation, true) */
        /* 46 */ AWSC_EP_ENDPOINT(0, 0, 13), /* always */
        /* 47 */ AWSC_EP_TREE(1, 36, 41, 6), /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 48 */ AWSC_EP_ERROR(0, 0, 105), /* always */
        /* 49 */ AWSC_EP_ENDPOINT(2, 43, 14), /* isSet(IsSearchOperation) && booleanEquals(IsSearchOperation, true) */
        /* 50 */ AWSC_EP_ENDPOINT(0, 0, 15), /* always */
        /* 51 */ AWSC_EP_ENDPOINT(2, 43, 16), /* isSet(IsSearchOperation) && booleanEquals(IsSearchOperation, true) */
        /* 52 */ AWSC_EP_ENDPOINT(0, 0, 17), /* always */
        /* 53 */ AWSC_EP_TREE(1, 129, 51, 2), /* isValidHostLabel(AccountId, false) */
        /* 54 */ AWSC_EP_ERROR(0, 0, 100), /* always */
        /* 55 */ AWSC_EP_TREE(1, 28, 12, 3), /* stringEquals(Region, "local") */
        /* 56 */ AWSC_EP_TREE(2, 29, 19, 2), /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 57 */ AWSC_EP_TREE(1, 8, 28, 2), /* booleanEquals(UseFIPS, true) */
        /* 58 */ AWSC_EP_TREE(1, 11, 47, 2), /* booleanEquals(UseDualStack, true) */
        /* 59 */ AWSC_EP_TREE(10, 86, 49, 2), /* isSet(AccountIdEndpointMode) && not(stringEquals(AccountIdEndpointMode, "disabled")) & ... */
        /* 60 */ AWSC_EP_TREE(11, 110, 49, 2), /* isSet(AccountIdEndpointMode) && not(stringEquals(AccountIdEndpointMode, "disabled")) & ... */
        /* 61 */ AWSC_EP_TREE(5, 122, 53, 2), /* isSet(AccountIdEndpointMode) && not(stringEquals(AccountIdEndpointMode, "disabled")) & ... */
        /* 62 */ AWSC_EP_TREE(2, 39, 39, 2), /* isSet(AccountIdEndpointMode) && stringEquals(AccountIdEndpointMode, "required") */
        /* 63 */ AWSC_EP_ENDPOINT(2, 43, 4), /* isSet(IsSearchOperation) && booleanEquals(IsSearchOperation, true) */
        /* 64 */ AWSC_EP_ENDPOINT(0, 0, 5), /* always */
        /* 65 */ AWSC_EP_TREE(1, 4, 55, 10), /* PartitionResult = aws.partition(Region) */
    },
    /* Expressions. S(at) is a string, A(obj, attribute) getAttr and
     * AI(obj, attribute, index) getAttr "[index]", V(slot) a variable,
     * T(n, first) a template of n parts from args, F(fn, n, first) a call,
     * SET(slot, expr) a condition assigning its value. */
    .exprs = {
        /* 0 */ AWSC_EP_V(3), /* Endpoint */
        /* 1 */ AWSC_EP_F(IS_SET, 1, 0), /* isSet(Endpoint) */
        /* 2 */ AWSC_EP_V(0), /* Region */
        /* 3 */ AWSC_EP_F(IS_SET, 1, 1), /* isSet(Region) */
        /* 4 */ AWSC_EP_F(PARTITION, 1, 1), /* aws.partition(Region) */
        /* 5 */ AWSC_EP_SET(9, 4), /* PartitionResult = aws.partition(Region) */
        /* 6 */ AWSC_EP_F(PARSE_URL, 1, 0), /* parseURL(Endpoint) */
        /* 7 */ AWSC_EP_SET(10, 6), /* parsedEndpoint = parseURL(Endpoint) */
        /* 8 */ AWSC_EP_V(2), /* UseFIPS */
        /* 9 */ AWSC_EP_B(1), /* true */
        /* 10 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 6), /* booleanEquals(UseFIPS, true) */
        /* 11 */ AWSC_EP_S(139, 65), /* "Invalid Configuration: FIPS and custom endpoint are not supported" */
        /* 12 */ AWSC_EP_V(1), /* UseDualStack */
        /* 13 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 9), /* booleanEquals(UseDualStack, true) */
        /* 14 */ AWSC_EP_S(205, 70), /* "Invalid Configuration: Dualstack and custom endpoint are not supported" */
        /* 15 */ AWSC_EP_V(10), /* parsedEndpoint */
        /* 16 */ AWSC_EP_A(15, AUTHORITY), /* parsedEndpoint#authority */
        /* 17 */ AWSC_EP_S(999, 9), /* "dynamodb." */
        /* 18 */ AWSC_EP_S(335, 1), /* "." */
        /* 19 */ AWSC_EP_V(9), /* PartitionResult */
        /* 20 */ AWSC_EP_A(19, DUAL_STACK_DNS_SUFFIX), /* PartitionResult#dualStackDnsSuffix */
        /* 21 */ AWSC_EP_T(4, 12), /* "dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 22 */ AWSC_EP_F(STRING_EQUALS, 2, 16), /* stringEquals(parsedEndpoint#authority, "dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}") */
        /* 23 */ AWSC_EP_S(276, 224), /* "Endpoint override is not supported for dual-stack endpoints. Please enable dual-stack functionality by en ... */
        /* 24 */ AWSC_EP_S(992, 16), /* "search-dynamodb." */
        /* 25 */ AWSC_EP_T(4, 19), /* "search-dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 26 */ AWSC_EP_F(STRING_EQUALS, 2, 23), /* stringEquals(parsedEndpoint#authority, "search-dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}") */
        /* 27 */ AWSC_EP_S(533, 5), /* "local" */
        /* 28 */ AWSC_EP_F(STRING_EQUALS, 2, 26), /* stringEquals(Region, "local") */
        /* 29 */ AWSC_EP_S(501, 64), /* "Invalid Configuration: FIPS and local endpoint are not supported" */
        /* 30 */ AWSC_EP_S(566, 69), /* "Invalid Configuration: Dualstack and local endpoint are not supported" */
        /* 31 */ AWSC_EP_S(636, 21), /* "http://localhost:8000" */
        /* 32 */ AWSC_EP_S(672, 9), /* "us-east-1" */
        /* 33 */ AWSC_EP_S(687, 5), /* "sigv4" */
        /* 34 */ AWSC_EP_S(0, 8), /* "dynamodb" */
        /* 35 */ AWSC_EP_A(19, SUPPORTS_FIPS), /* PartitionResult#supportsFIPS */
        /* 36 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 31), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 37 */ AWSC_EP_A(19, SUPPORTS_DUAL_STACK), /* PartitionResult#supportsDualStack */
        /* 38 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 33), /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 39 */ AWSC_EP_V(5), /* AccountIdEndpointMode */
        /* 40 */ AWSC_EP_F(IS_SET, 1, 37), /* isSet(AccountIdEndpointMode) */
        /* 41 */ AWSC_EP_S(765, 8), /* "required" */
        /* 42 */ AWSC_EP_F(STRING_EQUALS, 2, 37), /* stringEquals(AccountIdEndpointMode, "required") */
        /* 43 */ AWSC_EP_S(717, 122), /* "Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints  ... */
        /* 44 */ AWSC_EP_V(8), /* IsSearchOperation */
        /* 45 */ AWSC_EP_F(IS_SET, 1, 41), /* isSet(IsSearchOperation) */
        /* 46 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 41), /* booleanEquals(IsSearchOperation, true) */
        /* 47 */ AWSC_EP_S(840, 29), /* "https://search-dynamodb-fips." */
        /* 48 */ AWSC_EP_T(4, 45), /* "https://search-dynamodb-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 49 */ AWSC_EP_S(870, 22), /* "https://dynamodb-fips." */
        /* 50 */ AWSC_EP_T(4, 49), /* "https://dynamodb-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 51 */ AWSC_EP_S(893, 79), /* "FIPS and DualStack are enabled, but this partition does not support one or both" */
        /* 52 */ AWSC_EP_A(19, NAME), /* PartitionResult#name */
        /* 53 */ AWSC_EP_S(973, 10), /* "aws-us-gov" */
        /* 54 */ AWSC_EP_F(STRING_EQUALS, 2, 53), /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 55 */ AWSC_EP_S(984, 24), /* "https://search-dynamodb." */
        /* 56 */ AWSC_EP_A(19, DNS_SUFFIX), /* PartitionResult#dnsSuffix */
        /* 57 */ AWSC_EP_T(4, 56), /* "https://search-dynamodb.{Region}.{PartitionResult#dnsSuffix}" */
        /* 58 */ AWSC_EP_S(1009, 17), /* "https://dynamodb." */
        /* 59 */ AWSC_EP_T(4, 60), /* "https://dynamodb.{Region}.{PartitionResult#dnsSuffix}" */
        /* 60 */ AWSC_EP_T(4, 64), /* "https://search-dynamodb-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 61 */ AWSC_EP_T(4, 68), /* "https://dynamodb-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 62 */ AWSC_EP_S(1027, 56), /* "FIPS is enabled but this partition does not support FIPS" */
        /* 63 */ AWSC_EP_S(1084, 8), /* "disabled" */
        /* 64 */ AWSC_EP_F(STRING_EQUALS, 2, 72), /* stringEquals(AccountIdEndpointMode, "disabled") */
        /* 65 */ AWSC_EP_F(NOT, 1, 74), /* not(stringEquals(AccountIdEndpointMode, "disabled")) */
        /* 66 */ AWSC_EP_S(443, 3), /* "aws" */
        /* 67 */ AWSC_EP_F(STRING_EQUALS, 2, 75), /* stringEquals(PartitionResult#name, "aws") */
        /* 68 */ AWSC_EP_F(NOT, 1, 8), /* not(booleanEquals(UseFIPS, true)) */
        /* 69 */ AWSC_EP_V(6), /* ResourceArn */
        /* 70 */ AWSC_EP_F(IS_SET, 1, 77), /* isSet(ResourceArn) */
        /* 71 */ AWSC_EP_F(PARSE_ARN, 1, 77), /* aws.parseArn(ResourceArn) */
        /* 72 */ AWSC_EP_SET(11, 71), /* ParsedArn = aws.parseArn(ResourceArn) */
        /* 73 */ AWSC_EP_V(11), /* ParsedArn */
        /* 74 */ AWSC_EP_A(73, SERVICE), /* ParsedArn#service */
        /* 75 */ AWSC_EP_F(STRING_EQUALS, 2, 78), /* stringEquals(ParsedArn#service, "dynamodb") */
        /* 76 */ AWSC_EP_A(73, REGION), /* ParsedArn#region */
        /* 77 */ AWSC_EP_B(0), /* false */
        /* 78 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 80), /* isValidHostLabel(ParsedArn#region, false) */
        /* 79 */ AWSC_EP_F(STRING_EQUALS, 2, 82), /* stringEquals(ParsedArn#region, Region) */
        /* 80 */ AWSC_EP_A(73, ACCOUNT_ID), /* ParsedArn#accountId */
        /* 81 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 84), /* isValidHostLabel(ParsedArn#accountId, false) */
        /* 82 */ AWSC_EP_S(430, 8), /* "https://" */
        /* 83 */ AWSC_EP_S(1103, 12), /* ".search-ddb." */
        /* 84 */ AWSC_EP_T(6, 96), /* "https://{ParsedArn#accountId}.search-ddb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 85 */ AWSC_EP_S(98, 1), /* "O" */
        /* 86 */ AWSC_EP_S(1129, 5), /* ".ddb." */
        /* 87 */ AWSC_EP_T(6, 102), /* "https://{ParsedArn#accountId}.ddb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 88 */ AWSC_EP_V(7), /* ResourceArnList */
        /* 89 */ AWSC_EP_F(IS_SET, 1, 108), /* isSet(ResourceArnList) */
        /* 90 */ AWSC_EP_AI(88, SELF, 0), /* ResourceArnList#[0] */
        /* 91 */ AWSC_EP_SET(12, 90), /* FirstArn = ResourceArnList#[0] */
        /* 92 */ AWSC_EP_V(12), /* FirstArn */
        /* 93 */ AWSC_EP_F(PARSE_ARN, 1, 109), /* aws.parseArn(FirstArn) */
        /* 94 */ AWSC_EP_SET(11, 93), /* ParsedArn = aws.parseArn(FirstArn) */
        /* 95 */ AWSC_EP_V(4), /* AccountId */
        /* 96 */ AWSC_EP_F(IS_SET, 1, 121), /* isSet(AccountId) */
        /* 97 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 127), /* isValidHostLabel(AccountId, false) */
        /* 98 */ AWSC_EP_T(6, 130), /* "https://{AccountId}.search-ddb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 99 */ AWSC_EP_T(6, 136), /* "https://{AccountId}.ddb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 100 */ AWSC_EP_S(1144, 51), /* "Credentials-sourced account ID parameter is invalid" */
        /* 101 */ AWSC_EP_S(1196, 84), /* "AccountIdEndpointMode is required but no AccountID was provided or able to be loaded" */
        /* 102 */ AWSC_EP_S(1281, 114), /* "Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this  ... */
        /* 103 */ AWSC_EP_T(4, 142), /* "https://search-dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 104 */ AWSC_EP_T(4, 146), /* "https://dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 105 */ AWSC_EP_S(1396, 66), /* "DualStack is enabled but this partition does not support DualStack" */
        /* 106 */ AWSC_EP_T(6, 150), /* "https://{ParsedArn#accountId}.search-ddb.{Region}.{PartitionResult#dnsSuffix}" */
        /* 107 */ AWSC_EP_T(6, 156), /* "https://{ParsedArn#accountId}.ddb.{Region}.{PartitionResult#dnsSuffix}" */
        /* 108 */ AWSC_EP_T(6, 162), /* "https://{AccountId}.search-ddb.{Region}.{PartitionResult#dnsSuffix}" */
        /* 109 */ AWSC_EP_T(6, 168), /* "https://{AccountId}.ddb.{Region}.{PartitionResult#dnsSuffix}" */
        /* 110 */ AWSC_EP_S(1463, 37), /* "Invalid Configuration: Missing Region" */
    },
    .args = {
        0, 2, 1, 3, 5, 7, 8, 9, 10, 12, 9, 13, 17, 2, 18, 20,
        16, 21, 22, 24, 2, 18, 20, 16, 25, 26, 2, 27, 28, 10, 13, 35,
        9, 37, 9, 36, 38, 39, 41, 40, 42, 44, 9, 45, 46, 47, 2, 18,
        20, 49, 2, 18, 20, 52, 53, 54, 55, 2, 18, 56, 58, 2, 18, 56,
        47, 2, 18, 56, 49, 2, 18, 56, 39, 63, 64, 52, 66, 69, 74, 34,
        76, 77, 76, 2, 80, 77, 40, 65, 67, 68, 70, 72, 75, 78, 79, 81,
        82, 80, 83, 2, 18, 20, 82, 80, 86, 2, 18, 20, 88, 92, 40, 65,
        67, 68, 89, 91, 94, 75, 78, 79, 81, 95, 40, 65, 67, 68, 96, 95,
        77, 97, 82, 95, 83, 2, 18, 20, 82, 95, 86, 2, 18, 20, 55, 2,
        18, 20, 58, 2, 18, 20, 82, 80, 83, 2, 18, 56, 82, 80, 86, 2,
        18, 56, 82, 95, 83, 2, 18, 56, 82, 95, 86, 2, 18, 56,
    },
    /* Endpoints: URL, properties, headers (an object of arrays in props). */
    .endpoints = {
        /* 0 */ {0, AWSC_EP_NONE, AWSC_EP_NONE}, /* Endpoint */
        /* 1 */ {31, 5, AWSC_EP_NONE}, /* "http://localhost:8000" */
        /* 2 */ {48, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://search-dynamodb-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 3 */ {50, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://dynamodb-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 4 */ {57, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://search-dynamodb.{Region}.{PartitionResult#dnsSuffix}" */
        /* 5 */ {59, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://dynamodb.{Region}.{PartitionResult#dnsSuffix}" */
        /* 6 */ {60, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://search-dynamodb-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 7 */ {61, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://dynamodb-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 8 */ {84, 8, AWSC_EP_NONE}, /* "https://{ParsedArn#accountId}.search-ddb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 9 */ {87, 8, AWSC_EP_NONE}, /* "https://{ParsedArn#accountId}.ddb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 10 */ {98, 8, AWSC_EP_NONE}, /* "https://{AccountId}.search-ddb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 11 */ {99, 8, AWSC_EP_NONE}, /* "https://{AccountId}.ddb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 12 */ {103, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://search-dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 13 */ {104, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 14 */ {106, 8, AWSC_EP_NONE}, /* "https://{ParsedArn#accountId}.search-ddb.{Region}.{PartitionResult#dnsSuffix}" */
        /* 15 */ {107, 8, AWSC_EP_NONE}, /* "https://{ParsedArn#accountId}.ddb.{Region}.{PartitionResult#dnsSuffix}" */
        /* 16 */ {108, 8, AWSC_EP_NONE}, /* "https://{AccountId}.search-ddb.{Region}.{PartitionResult#dnsSuffix}" */
        /* 17 */ {109, 8, AWSC_EP_NONE}, /* "https://{AccountId}.ddb.{Region}.{PartitionResult#dnsSuffix}" */
    },
    /* Properties: key, first item or value, count, type. A run of them
     * equal to another (an object or array the endpoints repeat) is stored
     * once. */
    .props = {
        /* 0 */ {658, 32, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 1 */ {682, 33, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 2 */ {693, 34, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 3 */ {AWSC_EP_NONE, 0, 3, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 4 */ {705, 3, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 5 */ {AWSC_EP_NONE, 4, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 6 */ {AWSC_EP_NONE, 85, 0, AWSC_EP_PROP_STRING}, /* [] */
        /* 7 */ {1116, 6, 1, AWSC_EP_PROP_ARRAY}, /* metricValues */
        /* 8 */ {AWSC_EP_NONE, 7, 1, AWSC_EP_PROP_OBJECT}, /* [] */
    },
    .strings =
        /*     0 */ "dynamodb\0"
        /*     9 */ "UseDualStack\0"
        /*    22 */ "UseFIPS\0"
        /*    30 */ "AccountId\0"
        /*    40 */ "AccountIdEndpointMode\0"
        /*    62 */ "ResourceArn\0"
        /*    74 */ "ResourceArnList\0"
        /*    90 */ "IsSearchOperation\0"
        /*   108 */ "PartitionResult\0"
        /*   124 */ "parsedEndpoint\0"
        /*   139 */ "Invalid Configuration: FIPS and custom endpoint are not supported\0"
        /*   205 */ "Invalid Configuration: Dualstack and custom endpoint are not supported\0"
        /*   276 */ "Endpoint override is not supported for dual-stack endpoints. Please enable dual-stack functionality by enabling the configuration. For more details, see: https://docs.aws.amazon.com/sdkref/latest/guide/feature-endpoints.html\0"
        /*   501 */ "Invalid Configuration: FIPS and local endpoint are not supported\0"
        /*   566 */ "Invalid Configuration: Dualstack and local endpoint are not supported\0"
        /*   636 */ "http://localhost:8000\0"
        /*   658 */ "signingRegion\0"
        /*   672 */ "us-east-1\0"
        /*   682 */ "name\0"
        /*   687 */ "sigv4\0"
        /*   693 */ "signingName\0"
        /*   705 */ "authSchemes\0"
        /*   717 */ "Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints are not supported\0"
        /*   840 */ "https://search-dynamodb-fips.\0"
        /*   870 */ "https://dynamodb-fips.\0"
        /*   893 */ "FIPS and DualStack are enabled, but this partition does not support one or both\0"
        /*   973 */ "aws-us-gov\0"
        /*   984 */ "https://search-dynamodb.\0"
        /*  1009 */ "https://dynamodb.\0"
        /*  1027 */ "FIPS is enabled but this partition does not support FIPS\0"
        /*  1084 */ "disabled\0"
        /*  1093 */ "ParsedArn\0"
        /*  1103 */ ".search-ddb.\0"
        /*  1116 */ "metricValues\0"
        /*  1129 */ ".ddb.\0"
        /*  1135 */ "FirstArn\0"
        /*  1144 */ "Credentials-sourced account ID parameter is invalid\0"
        /*  1196 */ "AccountIdEndpointMode is required but no AccountID was provided or able to be loaded\0"
        /*  1281 */ "Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this partition\0"
        /*  1396 */ "DualStack is enabled but this partition does not support DualStack\0"
        /*  1463 */ "Invalid Configuration: Missing Region",
    },
    .structures = {
        [0] = { /* ArchivalSummary */
            .shape = {
                .name_ref = SHAPE_NAME(structures[0].shape.name_ref, shape_names[52]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_archival_summary),
            },
            .members_ref = REF(structures[0].members_ref, members[0]),
            .by_wire_name_ref = REF(structures[0].by_wire_name_ref, by_wire_name[0]),
            .member_count = 3,
        },
        [1] = { /* AttributeDefinition */
            .shape = {
                .name_ref = SHAPE_NAME(structures[1].shape.name_ref, shape_names[84]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_attribute_definition),
            },
            .members_ref = REF(structures[1].members_ref, members[3]),
            .by_wire_name_ref = REF(structures[1].by_wire_name_ref, by_wire_name[3]),
            .member_count = 2,
        },
        [2] = { /* AttributeValue */
            .shape = {
                .name_ref = SHAPE_NAME(structures[2].shape.name_ref, shape_names[187]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_attribute_value),
            },
            .members_ref = REF(structures[2].members_ref, members[5]),
            .by_wire_name_ref = REF(structures[2].by_wire_name_ref, by_wire_name[5]),
            .member_count = 10,
        },
        [3] = { /* AttributeValueUpdate */
            .shape = {
                .name_ref = SHAPE_NAME(structures[3].shape.name_ref, shape_names[221]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_attribute_value_update),
            },
            .members_ref = REF(structures[3].members_ref, members[15]),
            .by_wire_name_ref = REF(structures[3].by_wire_name_ref, by_wire_name[15]),
            .member_count = 2,
        },
        [4] = { /* AutoScalingPolicyDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[4].shape.name_ref, shape_names[242]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_auto_scaling_policy_description),
            },
            .members_ref = REF(structures[4].members_ref, members[17]),
            .by_wire_name_ref = REF(structures[4].by_wire_name_ref, by_wire_name[17]),
            .member_count = 2,
        },
        [5] = { /* AutoScalingPolicyUpdate */
            .shape = {
                .name_ref = SHAPE_NAME(structures[5].shape.name_ref, shape_names[326]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_auto_scaling_policy_update),
            },
            .members_ref = REF(structures[5].members_ref, members[19]),
            .by_wire_name_ref = REF(structures[5].by_wire_name_ref, by_wire_name[19]),
            .member_count = 2,
        },
        [6] = { /* AutoScalingSettingsDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[6].shape.name_ref, shape_names[369]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_auto_scaling_settings_description),
            },
            .members_ref = REF(structures[6].members_ref, members[21]),
            .by_wire_name_ref = REF(structures[6].by_wire_name_ref, by_wire_name[21]),
            .member_count = 5,
        },
        [7] = { /* AutoScalingSettingsUpdate */
            .shape = {
                .name_ref = SHAPE_NAME(structures[7].shape.name_ref, shape_names[400]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_auto_scaling_settings_update),
            },
            .members_ref = REF(structures[7].members_ref, members[26]),
            .by_wire_name_ref = REF(structures[7].by_wire_name_ref, by_wire_name[26]),
            .member_count = 5,
        },
        [8] = { /* AutoScalingTargetTrackingScalingPolicyConfigurationDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[8].shape.name_ref, shape_names[426]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description),
            },
            .members_ref = REF(structures[8].members_ref, members[31]),
            .by_wire_name_ref = REF(structures[8].by_wire_name_ref, by_wire_name[31]),
            .member_count = 4,
        },
        [9] = { /* AutoScalingTargetTrackingScalingPolicyConfigurationUpdate */
            .shape = {
                .name_ref = SHAPE_NAME(structures[9].shape.name_ref, shape_names[489]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update),
            },
            .members_ref = REF(structures[9].members_ref, members[35]),
            .by_wire_name_ref = REF(structures[9].by_wire_name_ref, by_wire_name[35]),
            .member_count = 4,
        },
        [10] = { /* BackupDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[10].shape.name_ref, shape_names[617]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_backup_description),
            },
            .members_ref = REF(structures[10].members_ref, members[39]),
            .by_wire_name_ref = REF(structures[10].by_wire_name_ref, by_wire_name[39]),
            .member_count = 3,
        },
        [11] = { /* BackupDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[11].shape.name_ref, shape_names[635]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_backup_details),
            },
            .members_ref = REF(structures[11].members_ref, members[42]),
            .by_wire_name_ref = REF(structures[11].by_wire_name_ref, by_wire_name[42]),
            .member_count = 7,
        },
        [12] = { /* BackupInUseException */
            .shape = {
                .name_ref = REF(structures[12].shape.name_ref, strings[536]),
                .traits_ref = REF(structures[12].shape.traits_ref, traits[5]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_backup_in_use_exception),
            },
            .members_ref = REF(structures[12].members_ref, members[49]),
            .by_wire_name_ref = REF(structures[12].by_wire_name_ref, by_wire_name[49]),
            .member_count = 1,
        },
        [13] = { /* BackupNotFoundException */
            .shape = {
                .name_ref = REF(structures[13].shape.name_ref, strings[565]),
                .traits_ref = REF(structures[13].shape.traits_ref, traits[7]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_backup_not_found_exception),
            },
            .members_ref = REF(structures[13].members_ref, members[50]),
            .by_wire_name_ref = REF(structures[13].by_wire_name_ref, by_wire_name[50]),
            .member_count = 1,
        },
        [14] = { /* BackupSummary */
            .shape = {
                .name_ref = SHAPE_NAME(structures[14].shape.name_ref, shape_names[705]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_backup_summary),
            },
            .members_ref = REF(structures[14].members_ref, members[51]),
            .by_wire_name_ref = REF(structures[14].by_wire_name_ref, by_wire_name[51]),
            .member_count = 10,
        },
        [15] = { /* BatchExecuteStatementInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[15].shape.name_ref, shape_names[765]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_batch_execute_statement_input),
            },
            .members_ref = REF(structures[15].members_ref, members[61]),
            .by_wire_name_ref = REF(structures[15].by_wire_name_ref, by_wire_name[61]),
            .member_count = 2,
        },
        [16] = { /* BatchExecuteStatementOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[16].shape.name_ref, shape_names[792]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_batch_execute_statement_output),
            },
            .members_ref = REF(structures[16].members_ref, members[63]),
            .by_wire_name_ref = REF(structures[16].by_wire_name_ref, by_wire_name[63]),
            .member_count = 2,
        },
        [17] = { /* BatchGetItemInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[17].shape.name_ref, shape_names[820]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_batch_get_item_input),
            },
            .members_ref = REF(structures[17].members_ref, members[65]),
            .by_wire_name_ref = REF(structures[17].by_wire_name_ref, by_wire_name[65]),
            .member_count = 2,
        },
        [18] = { /* BatchGetItemOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[18].shape.name_ref, shape_names[838]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_batch_get_item_output),
            },
            .members_ref = REF(structures[18].members_ref, members[67]),
            .by_wire_name_ref = REF(structures[18].by_wire_name_ref, by_wire_name[67]),
            .member_count = 3,
        },
        [19] = { /* BatchStatementError */
            .shape = {
                .name_ref = SHAPE_NAME(structures[19].shape.name_ref, shape_names[896]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_batch_statement_error),
            },
            .members_ref = REF(structures[19].members_ref, members[70]),
            .by_wire_name_ref = REF(structures[19].by_wire_name_ref, by_wire_name[70]),
            .member_count = 3,
        },
        [20] = { /* BatchStatementRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[20].shape.name_ref, shape_names[944]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_batch_statement_request),
            },
            .members_ref = REF(structures[20].members_ref, members[73]),
            .by_wire_name_ref = REF(structures[20].by_wire_name_ref, by_wire_name[73]),
            .member_count = 4,
        },
        [21] = { /* BatchStatementResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[21].shape.name_ref, shape_names[966]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_batch_statement_response),
            },
            .members_ref = REF(structures[21].members_ref, members[77]),
            .by_wire_name_ref = REF(structures[21].by_wire_name_ref, by_wire_name[77]),
            .member_count = 3,
        },
        [22] = { /* BatchWriteItemInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[22].shape.name_ref, shape_names[989]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_batch_write_item_input),
            },
            .members_ref = REF(structures[22].members_ref, members[80]),
            .by_wire_name_ref = REF(structures[22].by_wire_name_ref, by_wire_name[80]),
            .member_count = 3,
        },
        [23] = { /* BatchWriteItemOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[23].shape.name_ref, shape_names[1009]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_batch_write_item_output),
            },
            .members_ref = REF(structures[23].members_ref, members[83]),
            .by_wire_name_ref = REF(structures[23].by_wire_name_ref, by_wire_name[83]),
            .member_count = 3,
        },
        [24] = { /* BillingModeSummary */
            .shape = {
                .name_ref = SHAPE_NAME(structures[24].shape.name_ref, shape_names[1083]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_billing_mode_summary),
            },
            .members_ref = REF(structures[24].members_ref, members[86]),
            .by_wire_name_ref = REF(structures[24].by_wire_name_ref, by_wire_name[86]),
            .member_count = 2,
        },
        [25] = { /* CancellationReason */
            .shape = {
                .name_ref = SHAPE_NAME(structures[25].shape.name_ref, shape_names[1183]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_cancellation_reason),
            },
            .members_ref = REF(structures[25].members_ref, members[88]),
            .by_wire_name_ref = REF(structures[25].by_wire_name_ref, by_wire_name[88]),
            .member_count = 3,
        },
        [26] = { /* Capacity */
            .shape = {
                .name_ref = SHAPE_NAME(structures[26].shape.name_ref, shape_names[1225]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_capacity),
            },
            .members_ref = REF(structures[26].members_ref, members[91]),
            .by_wire_name_ref = REF(structures[26].by_wire_name_ref, by_wire_name[91]),
            .member_count = 3,
        },
        [27] = { /* Condition */
            .shape = {
                .name_ref = SHAPE_NAME(structures[27].shape.name_ref, shape_names[1311]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_condition),
            },
            .members_ref = REF(structures[27].members_ref, members[94]),
            .by_wire_name_ref = REF(structures[27].by_wire_name_ref, by_wire_name[94]),
            .member_count = 2,
        },
        [28] = { /* ConditionCheck */
            .shape = {
                .name_ref = SHAPE_NAME(structures[28].shape.name_ref, shape_names[1321]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_condition_check),
            },
            .members_ref = REF(structures[28].members_ref, members[96]),
            .by_wire_name_ref = REF(structures[28].by_wire_name_ref, by_wire_name[96]),
            .member_count = 6,
        },
        [29] = { /* ConditionalCheckFailedException */
            .shape = {
                .name_ref = REF(structures[29].shape.name_ref, strings[1483]),
                .traits_ref = REF(structures[29].shape.traits_ref, traits[16]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_conditional_check_failed_exception),
            },
            .members_ref = REF(structures[29].members_ref, members[102]),
            .by_wire_name_ref = REF(structures[29].by_wire_name_ref, by_wire_name[102]),
            .member_count = 2,
        },
        [30] = { /* ConsumedCapacity */
            .shape = {
                .name_ref = SHAPE_NAME(structures[30].shape.name_ref, shape_names[1423]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_consumed_capacity),
            },
            .members_ref = REF(structures[30].members_ref, members[104]),
            .by_wire_name_ref = REF(structures[30].by_wire_name_ref, by_wire_name[104]),
            .member_count = 8,
        },
        [31] = { /* ContinuousBackupsDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[31].shape.name_ref, shape_names[1487]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_continuous_backups_description),
            },
            .members_ref = REF(structures[31].members_ref, members[112]),
            .by_wire_name_ref = REF(structures[31].by_wire_name_ref, by_wire_name[112]),
            .member_count = 2,
        },
        [32] = { /* ContinuousBackupsUnavailableException */
            .shape = {
                .name_ref = REF(structures[32].shape.name_ref, strings[1659]),
                .traits_ref = REF(structures[32].shape.traits_ref, traits[17]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_continuous_backups_unavailable_exception),
            },
            .members_ref = REF(structures[32].members_ref, members[114]),
            .by_wire_name_ref = REF(structures[32].by_wire_name_ref, by_wire_name[114]),
            .member_count = 1,
        },
        [33] = { /* ContributorInsightsSummary */
            .shape = {
                .name_ref = SHAPE_NAME(structures[33].shape.name_ref, shape_names[1697]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_contributor_insights_summary),
            },
            .members_ref = REF(structures[33].members_ref, members[115]),
            .by_wire_name_ref = REF(structures[33].by_wire_name_ref, by_wire_name[115]),
            .member_count = 4,
        },
        [34] = { /* CreateBackupInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[34].shape.name_ref, shape_names[1724]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_create_backup_input),
            },
            .members_ref = REF(structures[34].members_ref, members[119]),
            .by_wire_name_ref = REF(structures[34].by_wire_name_ref, by_wire_name[119]),
            .member_count = 2,
        },
        [35] = { /* CreateBackupOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[35].shape.name_ref, shape_names[1742]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_create_backup_output),
            },
            .members_ref = REF(structures[35].members_ref, members[121]),
            .by_wire_name_ref = REF(structures[35].by_wire_name_ref, by_wire_name[121]),
            .member_count = 1,
        },
        [36] = { /* CreateGlobalSecondaryIndexAction */
            .shape = {
                .name_ref = SHAPE_NAME(structures[36].shape.name_ref, shape_names[1761]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_create_global_secondary_index_action),
            },
            .members_ref = REF(structures[36].members_ref, members[122]),
            .by_wire_name_ref = REF(structures[36].by_wire_name_ref, by_wire_name[122]),
            .member_count = 6,
        },
        [37] = { /* CreateGlobalTableInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[37].shape.name_ref, shape_names[1794]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_create_global_table_input),
            },
            .members_ref = REF(structures[37].members_ref, members[128]),
            .by_wire_name_ref = REF(structures[37].by_wire_name_ref, by_wire_name[128]),
            .member_count = 2,
        },
        [38] = { /* CreateGlobalTableOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[38].shape.name_ref, shape_names[1817]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_create_global_table_output),
            },
            .members_ref = REF(structures[38].members_ref, members[130]),
            .by_wire_name_ref = REF(structures[38].by_wire_name_ref, by_wire_name[130]),
            .member_count = 1,
        },
        [39] = { /* CreateGlobalTableWitnessGroupMemberAction */
            .shape = {
                .name_ref = SHAPE_NAME(structures[39].shape.name_ref, shape_names[1841]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_create_global_table_witness_group_member_action),
            },
            .members_ref = REF(structures[39].members_ref, members[131]),
            .by_wire_name_ref = REF(structures[39].by_wire_name_ref, by_wire_name[131]),
            .member_count = 1,
        },
        [40] = { /* CreateReplicaAction */
            .shape = {
                .name_ref = SHAPE_NAME(structures[40].shape.name_ref, shape_names[1883]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_create_replica_action),
            },
            .members_ref = REF(structures[40].members_ref, members[132]),
            .by_wire_name_ref = REF(structures[40].by_wire_name_ref, by_wire_name[132]),
            .member_count = 1,
        },
        [41] = { /* CreateReplicationGroupMemberAction */
            .shape = {
                .name_ref = SHAPE_NAME(structures[41].shape.name_ref, shape_names[1903]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_create_replication_group_member_action),
            },
            .members_ref = REF(structures[41].members_ref, members[133]),
            .by_wire_name_ref = REF(structures[41].by_wire_name_ref, by_wire_name[133]),
            .member_count = 6,
        },
        [42] = { /* CreateTableInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[42].shape.name_ref, shape_names[1938]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_create_table_input),
            },
            .members_ref = REF(structures[42].members_ref, members[139]),
            .by_wire_name_ref = REF(structures[42].by_wire_name_ref, by_wire_name[139]),
            .member_count = 18,
        },
        [43] = { /* CreateTableOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[43].shape.name_ref, shape_names[1955]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_create_table_output),
            },
            .members_ref = REF(structures[43].members_ref, members[157]),
            .by_wire_name_ref = REF(structures[43].by_wire_name_ref, by_wire_name[157]),
            .member_count = 1,
        },
        [44] = { /* CreateVectorIndexAction */
            .shape = {
                .name_ref = SHAPE_NAME(structures[44].shape.name_ref, shape_names[1973]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_create_vector_index_action),
            },
            .members_ref = REF(structures[44].members_ref, members[158]),
            .by_wire_name_ref = REF(structures[44].by_wire_name_ref, by_wire_name[158]),
            .member_count = 6,
        },
        [45] = { /* CsvOptions */
            .shape = {
                .name_ref = SHAPE_NAME(structures[45].shape.name_ref, shape_names[2034]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_csv_options),
            },
            .members_ref = REF(structures[45].members_ref, members[164]),
            .by_wire_name_ref = REF(structures[45].by_wire_name_ref, by_wire_name[164]),
            .member_count = 2,
        },
        [46] = { /* Delete */
            .shape = {
                .name_ref = SHAPE_NAME(structures[46].shape.name_ref, shape_names[2050]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_delete),
            },
            .members_ref = REF(structures[46].members_ref, members[166]),
            .by_wire_name_ref = REF(structures[46].by_wire_name_ref, by_wire_name[166]),
            .member_count = 6,
        },
        [47] = { /* DeleteBackupInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[47].shape.name_ref, shape_names[2057]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_delete_backup_input),
            },
            .members_ref = REF(structures[47].members_ref, members[172]),
            .by_wire_name_ref = REF(structures[47].by_wire_name_ref, by_wire_name[172]),
            .member_count = 1,
        },
        [48] = { /* DeleteBackupOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[48].shape.name_ref, shape_names[2075]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_delete_backup_output),
            },
            .members_ref = REF(structures[48].members_ref, members[173]),
            .by_wire_name_ref = REF(structures[48].by_wire_name_ref, by_wire_name[173]),
            .member_count = 1,
        },
        [49] = { /* DeleteGlobalSecondaryIndexAction */
            .shape = {
                .name_ref = SHAPE_NAME(structures[49].shape.name_ref, shape_names[2094]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_delete_global_secondary_index_action),
            },
            .members_ref = REF(structures[49].members_ref, members[174]),
            .by_wire_name_ref = REF(structures[49].by_wire_name_ref, by_wire_name[174]),
            .member_count = 1,
        },
        [50] = { /* DeleteGlobalTableWitnessGroupMemberAction */
            .shape = {
                .name_ref = SHAPE_NAME(structures[50].shape.name_ref, shape_names[2127]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_delete_global_table_witness_group_member_action),
            },
            .members_ref = REF(structures[50].members_ref, members[175]),
            .by_wire_name_ref = REF(structures[50].by_wire_name_ref, by_wire_name[175]),
            .member_count = 1,
        },
        [51] = { /* DeleteItemInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[51].shape.name_ref, shape_names[2169]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_delete_item_input),
            },
            .members_ref = REF(structures[51].members_ref, members[176]),
            .by_wire_name_ref = REF(structures[51].by_wire_name_ref, by_wire_name[176]),
            .member_count = 11,
        },
        [52] = { /* DeleteItemOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[52].shape.name_ref, shape_names[2185]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_delete_item_output),
            },
            .members_ref = REF(structures[52].members_ref, members[187]),
            .by_wire_name_ref = REF(structures[52].by_wire_name_ref, by_wire_name[187]),
            .member_count = 3,
        },
        [53] = { /* DeleteReplicaAction */
            .shape = {
                .name_ref = SHAPE_NAME(structures[53].shape.name_ref, shape_names[2202]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_delete_replica_action),
            },
            .members_ref = REF(structures[53].members_ref, members[190]),
            .by_wire_name_ref = REF(structures[53].by_wire_name_ref, by_wire_name[190]),
            .member_count = 1,
        },
        [54] = { /* DeleteReplicationGroupMemberAction */
            .shape = {
                .name_ref = SHAPE_NAME(structures[54].shape.name_ref, shape_names[2222]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_delete_replication_group_member_action),
            },
            .members_ref = REF(structures[54].members_ref, members[191]),
            .by_wire_name_ref = REF(structures[54].by_wire_name_ref, by_wire_name[191]),
            .member_count = 1,
        },
        [55] = { /* DeleteRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[55].shape.name_ref, shape_names[2257]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_delete_request),
            },
            .members_ref = REF(structures[55].members_ref, members[192]),
            .by_wire_name_ref = REF(structures[55].by_wire_name_ref, by_wire_name[192]),
            .member_count = 1,
        },
        [56] = { /* DeleteResourcePolicyInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[56].shape.name_ref, shape_names[2271]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_delete_resource_policy_input),
            },
            .members_ref = REF(structures[56].members_ref, members[193]),
            .by_wire_name_ref = REF(structures[56].by_wire_name_ref, by_wire_name[193]),
            .member_count = 2,
        },
        [57] = { /* DeleteResourcePolicyOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[57].shape.name_ref, shape_names[2297]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_delete_resource_policy_output),
            },
            .members_ref = REF(structures[57].members_ref, members[195]),
            .by_wire_name_ref = REF(structures[57].by_wire_name_ref, by_wire_name[195]),
            .member_count = 1,
        },
        [58] = { /* DeleteTableInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[58].shape.name_ref, shape_names[2324]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_delete_table_input),
            },
            .members_ref = REF(structures[58].members_ref, members[196]),
            .by_wire_name_ref = REF(structures[58].by_wire_name_ref, by_wire_name[196]),
            .member_count = 1,
        },
        [59] = { /* DeleteTableOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[59].shape.name_ref, shape_names[2341]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_delete_table_output),
            },
            .members_ref = REF(structures[59].members_ref, members[197]),
            .by_wire_name_ref = REF(structures[59].by_wire_name_ref, by_wire_name[197]),
            .member_count = 1,
        },
        [60] = { /* DeleteVectorIndexAction */
            .shape = {
                .name_ref = SHAPE_NAME(structures[60].shape.name_ref, shape_names[2359]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_delete_vector_index_action),
            },
            .members_ref = REF(structures[60].members_ref, members[198]),
            .by_wire_name_ref = REF(structures[60].by_wire_name_ref, by_wire_name[198]),
            .member_count = 1,
        },
        [61] = { /* DescribeBackupInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[61].shape.name_ref, shape_names[2409]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_describe_backup_input),
            },
            .members_ref = REF(structures[61].members_ref, members[199]),
            .by_wire_name_ref = REF(structures[61].by_wire_name_ref, by_wire_name[199]),
            .member_count = 1,
        },
        [62] = { /* DescribeBackupOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[62].shape.name_ref, shape_names[2429]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_describe_backup_output),
            },
            .members_ref = REF(structures[62].members_ref, members[200]),
            .by_wire_name_ref = REF(structures[62].by_wire_name_ref, by_wire_name[200]),
            .member_count = 1,
        },
        [63] = { /* DescribeContinuousBackupsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[63].shape.name_ref, shape_names[2450]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_describe_continuous_backups_input),
            },
            .members_ref = REF(structures[63].members_ref, members[201]),
            .by_wire_name_ref = REF(structures[63].by_wire_name_ref, by_wire_name[201]),
            .member_count = 1,
        },
        [64] = { /* DescribeContinuousBackupsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[64].shape.name_ref, shape_names[2481]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_describe_continuous_backups_output),
            },
            .members_ref = REF(structures[64].members_ref, members[202]),
            .by_wire_name_ref = REF(structures[64].by_wire_name_ref, by_wire_name[202]),
            .member_count = 1,
        },
        [65] = { /* DescribeContributorInsightsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[65].shape.name_ref, shape_names[2513]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_describe_contributor_insights_input),
            },
            .members_ref = REF(structures[65].members_ref, members[203]),
            .by_wire_name_ref = REF(structures[65].by_wire_name_ref, by_wire_name[203]),
            .member_count = 2,
        },
        [66] = { /* DescribeContributorInsightsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[66].shape.name_ref, shape_names[2546]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_describe_contributor_insights_output),
            },
            .members_ref = REF(structures[66].members_ref, members[205]),
            .by_wire_name_ref = REF(structures[66].by_wire_name_ref, by_wire_name[205]),
            .member_count = 7,
        },
        [67] = { /* DescribeEndpointsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[67].shape.name_ref, shape_names[2580]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_describe_endpoints_input),
            },
        },
        [68] = { /* DescribeEndpointsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[68].shape.name_ref, shape_names[2605]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_describe_endpoints_output),
            },
            .members_ref = REF(structures[68].members_ref, members[212]),
            .by_wire_name_ref = REF(structures[68].by_wire_name_ref, by_wire_name[212]),
            .member_count = 1,
        },
        [69] = { /* DescribeExportInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[69].shape.name_ref, shape_names[2631]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_describe_export_input),
            },
            .members_ref = REF(structures[69].members_ref, members[213]),
            .by_wire_name_ref = REF(structures[69].by_wire_name_ref, by_wire_name[213]),
            .member_count = 1,
        },
        [70] = { /* DescribeExportOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[70].shape.name_ref, shape_names[2651]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_describe_export_output),
            },
            .members_ref = REF(structures[70].members_ref, members[214]),
            .by_wire_name_ref = REF(structures[70].by_wire_name_ref, by_wire_name[214]),
            .member_count = 1,
        },
        [71] = { /* DescribeGlobalTableInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[71].shape.name_ref, shape_names[2672]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_describe_global_table_input),
            },
            .members_ref = REF(structures[71].members_ref, members[215]),
            .by_wire_name_ref = REF(structures[71].by_wire_name_ref, by_wire_name[215]),
            .member_count = 1,
        },
        [72] = { /* DescribeGlobalTableOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[72].shape.name_ref, shape_names[2697]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_describe_global_table_output),
            },
            .members_ref = REF(structures[72].members_ref, members[216]),
            .by_wire_name_ref = REF(structures[72].by_wire_name_ref, by_wire_name[216]),
            .member_count = 1,
        },
        [73] = { /* DescribeGlobalTableSettingsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[73].shape.name_ref, shape_names[2723]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_describe_global_table_settings_input),
            },
            .members_ref = REF(structures[73].members_ref, members[217]),
            .by_wire_name_ref = REF(structures[73].by_wire_name_ref, by_wire_name[217]),
            .member_count = 1,
        },
        [74] = { /* DescribeGlobalTableSettingsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[74].shape.name_ref, shape_names[2756]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_describe_global_table_settings_output),
            },
            .members_ref = REF(structures[74].members_ref, members[218]),
            .by_wire_name_ref = REF(structures[74].by_wire_name_ref, by_wire_name[218]),
            .member_count = 2,
        },
        [75] = { /* DescribeImportInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[75].shape.name_ref, shape_names[2790]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_describe_import_input),
            },
            .members_ref = REF(structures[75].members_ref, members[220]),
            .by_wire_name_ref = REF(structures[75].by_wire_name_ref, by_wire_name[220]),
            .member_count = 1,
        },
        [76] = { /* DescribeImportOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[76].shape.name_ref, shape_names[2810]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_describe_import_output),
            },
            .members_ref = REF(structures[76].members_ref, members[221]),
            .by_wire_name_ref = REF(structures[76].by_wire_name_ref, by_wire_name[221]),
            .member_count = 1,
        },
        [77] = { /* DescribeKinesisStreamingDestinationInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[77].shape.name_ref, shape_names[2831]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_describe_kinesis_streaming_destination_input),
            },
            .members_ref = REF(structures[77].members_ref, members[222]),
            .by_wire_name_ref = REF(structures[77].by_wire_name_ref, by_wire_name[222]),
            .member_count = 1,
        },
        [78] = { /* DescribeKinesisStreamingDestinationOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[78].shape.name_ref, shape_names[2872]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_describe_kinesis_streaming_destination_output),
            },
            .members_ref = REF(structures[78].members_ref, members[223]),
            .by_wire_name_ref = REF(structures[78].by_wire_name_ref, by_wire_name[223]),
            .member_count = 2,
        },
        [79] = { /* DescribeLimitsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[79].shape.name_ref, shape_names[2914]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_describe_limits_input),
            },
        },
        [80] = { /* DescribeLimitsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[80].shape.name_ref, shape_names[2934]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_describe_limits_output),
            },
            .members_ref = REF(structures[80].members_ref, members[225]),
            .by_wire_name_ref = REF(structures[80].by_wire_name_ref, by_wire_name[225]),
            .member_count = 4,
        },
        [81] = { /* DescribeTableInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[81].shape.name_ref, shape_names[2955]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_describe_table_input),
            },
            .members_ref = REF(structures[81].members_ref, members[229]),
            .by_wire_name_ref = REF(structures[81].by_wire_name_ref, by_wire_name[229]),
            .member_count = 1,
        },
        [82] = { /* DescribeTableOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[82].shape.name_ref, shape_names[2974]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_describe_table_output),
            },
            .members_ref = REF(structures[82].members_ref, members[230]),
            .by_wire_name_ref = REF(structures[82].by_wire_name_ref, by_wire_name[230]),
            .member_count = 1,
        },
        [83] = { /* DescribeTableReplicaAutoScalingInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[83].shape.name_ref, shape_names[2994]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_describe_table_replica_auto_scaling_input),
            },
            .members_ref = REF(structures[83].members_ref, members[231]),
            .by_wire_name_ref = REF(structures[83].by_wire_name_ref, by_wire_name[231]),
            .member_count = 1,
        },
        [84] = { /* DescribeTableReplicaAutoScalingOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[84].shape.name_ref, shape_names[3031]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_describe_table_replica_auto_scaling_output),
            },
            .members_ref = REF(structures[84].members_ref, members[232]),
            .by_wire_name_ref = REF(structures[84].by_wire_name_ref, by_wire_name[232]),
            .member_count = 1,
        },
        [85] = { /* DescribeTimeToLiveInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[85].shape.name_ref, shape_names[3069]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_describe_time_to_live_input),
            },
            .members_ref = REF(structures[85].members_ref, members[233]),
            .by_wire_name_ref = REF(structures[85].by_wire_name_ref, by_wire_name[233]),
            .member_count = 1,
        },
        [86] = { /* DescribeTimeToLiveOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[86].shape.name_ref, shape_names[3093]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_describe_time_to_live_output),
            },
            .members_ref = REF(structures[86].members_ref, members[234]),
            .by_wire_name_ref = REF(structures[86].by_wire_name_ref, by_wire_name[234]),
            .member_count = 1,
        },
        [87] = { /* DuplicateItemException */
            .shape = {
                .name_ref = REF(structures[87].shape.name_ref, strings[2900]),
                .traits_ref = REF(structures[87].shape.traits_ref, traits[21]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_duplicate_item_exception),
            },
            .members_ref = REF(structures[87].members_ref, members[235]),
            .by_wire_name_ref = REF(structures[87].by_wire_name_ref, by_wire_name[235]),
            .member_count = 1,
        },
        [88] = { /* EnableKinesisStreamingConfiguration */
            .shape = {
                .name_ref = SHAPE_NAME(structures[88].shape.name_ref, shape_names[3149]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_enable_kinesis_streaming_configuration),
            },
            .members_ref = REF(structures[88].members_ref, members[236]),
            .by_wire_name_ref = REF(structures[88].by_wire_name_ref, by_wire_name[236]),
            .member_count = 1,
        },
        [89] = { /* Endpoint */
            .shape = {
                .name_ref = SHAPE_NAME(structures[89].shape.name_ref, shape_names[3185]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_endpoint),
            },
            .members_ref = REF(structures[89].members_ref, members[237]),
            .by_wire_name_ref = REF(structures[89].by_wire_name_ref, by_wire_name[237]),
            .member_count = 2,
        },
        [90] = { /* ExecuteStatementInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[90].shape.name_ref, shape_names[3263]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_execute_statement_input),
            },
            .members_ref = REF(structures[90].members_ref, members[239]),
            .by_wire_name_ref = REF(structures[90].by_wire_name_ref, by_wire_name[239]),
            .member_count = 7,
        },
        [91] = { /* ExecuteStatementOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[91].shape.name_ref, shape_names[3285]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_execute_statement_output),
            },
            .members_ref = REF(structures[91].members_ref, members[246]),
            .by_wire_name_ref = REF(structures[91].by_wire_name_ref, by_wire_name[246]),
            .member_count = 4,
        },
        [92] = { /* ExecuteTransactionInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[92].shape.name_ref, shape_names[3308]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_execute_transaction_input),
            },
            .members_ref = REF(structures[92].members_ref, members[250]),
            .by_wire_name_ref = REF(structures[92].by_wire_name_ref, by_wire_name[250]),
            .member_count = 3,
        },
        [93] = { /* ExecuteTransactionOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[93].shape.name_ref, shape_names[3332]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_execute_transaction_output),
            },
            .members_ref = REF(structures[93].members_ref, members[253]),
            .by_wire_name_ref = REF(structures[93].by_wire_name_ref, by_wire_name[253]),
            .member_count = 2,
        },
        [94] = { /* ExpectedAttributeValue */
            .shape = {
                .name_ref = SHAPE_NAME(structures[94].shape.name_ref, shape_names[3378]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_expected_attribute_value),
            },
            .members_ref = REF(structures[94].members_ref, members[255]),
            .by_wire_name_ref = REF(structures[94].by_wire_name_ref, by_wire_name[255]),
            .member_count = 4,
        },
        [95] = { /* ExportConflictException */
            .shape = {
                .name_ref = REF(structures[95].shape.name_ref, strings[3073]),
                .traits_ref = REF(structures[95].shape.traits_ref, traits[24]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_export_conflict_exception),
            },
            .members_ref = REF(structures[95].members_ref, members[259]),
            .by_wire_name_ref = REF(structures[95].by_wire_name_ref, by_wire_name[259]),
            .member_count = 1,
        },
        [96] = { /* ExportDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[96].shape.name_ref, shape_names[3411]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_export_description),
            },
            .members_ref = REF(structures[96].members_ref, members[260]),
            .by_wire_name_ref = REF(structures[96].by_wire_name_ref, by_wire_name[260]),
            .member_count = 21,
        },
        [97] = { /* ExportNotFoundException */
            .shape = {
                .name_ref = REF(structures[97].shape.name_ref, strings[3353]),
                .traits_ref = REF(structures[97].shape.traits_ref, traits[25]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_export_not_found_exception),
            },
            .members_ref = REF(structures[97].members_ref, members[281]),
            .by_wire_name_ref = REF(structures[97].by_wire_name_ref, by_wire_name[281]),
            .member_count = 1,
        },
        [98] = { /* ExportSummary */
            .shape = {
                .name_ref = SHAPE_NAME(structures[98].shape.name_ref, shape_names[3547]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_export_summary),
            },
            .members_ref = REF(structures[98].members_ref, members[282]),
            .by_wire_name_ref = REF(structures[98].by_wire_name_ref, by_wire_name[282]),
            .member_count = 3,
        },
        [99] = { /* ExportTableToPointInTimeInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[99].shape.name_ref, shape_names[3561]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_export_table_to_point_in_time_input),
            },
            .members_ref = REF(structures[99].members_ref, members[285]),
            .by_wire_name_ref = REF(structures[99].by_wire_name_ref, by_wire_name[285]),
            .member_count = 11,
        },
        [100] = { /* ExportTableToPointInTimeOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[100].shape.name_ref, shape_names[3591]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_export_table_to_point_in_time_output),
            },
            .members_ref = REF(structures[100].members_ref, members[296]),
            .by_wire_name_ref = REF(structures[100].by_wire_name_ref, by_wire_name[296]),
            .member_count = 1,
        },
        [101] = { /* FailureException */
            .shape = {
                .name_ref = SHAPE_NAME(structures[101].shape.name_ref, shape_names[3804]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_failure_exception),
            },
            .members_ref = REF(structures[101].members_ref, members[297]),
            .by_wire_name_ref = REF(structures[101].by_wire_name_ref, by_wire_name[297]),
            .member_count = 2,
        },
        [102] = { /* Get */
            .shape = {
                .name_ref = SHAPE_NAME(structures[102].shape.name_ref, shape_names[3855]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_get),
            },
            .members_ref = REF(structures[102].members_ref, members[299]),
            .by_wire_name_ref = REF(structures[102].by_wire_name_ref, by_wire_name[299]),
            .member_count = 4,
        },
        [103] = { /* GetItemInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[103].shape.name_ref, shape_names[3859]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_get_item_input),
            },
            .members_ref = REF(structures[103].members_ref, members[303]),
            .by_wire_name_ref = REF(structures[103].by_wire_name_ref, by_wire_name[303]),
            .member_count = 7,
        },
        [104] = { /* GetItemOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[104].shape.name_ref, shape_names[3872]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_get_item_output),
            },
            .members_ref = REF(structures[104].members_ref, members[310]),
            .by_wire_name_ref = REF(structures[104].by_wire_name_ref, by_wire_name[310]),
            .member_count = 2,
        },
        [105] = { /* GetResourcePolicyInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[105].shape.name_ref, shape_names[3886]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_get_resource_policy_input),
            },
            .members_ref = REF(structures[105].members_ref, members[312]),
            .by_wire_name_ref = REF(structures[105].by_wire_name_ref, by_wire_name[312]),
            .member_count = 1,
        },
        [106] = { /* GetResourcePolicyOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[106].shape.name_ref, shape_names[3909]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_get_resource_policy_output),
            },
            .members_ref = REF(structures[106].members_ref, members[313]),
            .by_wire_name_ref = REF(structures[106].by_wire_name_ref, by_wire_name[313]),
            .member_count = 2,
        },
        [107] = { /* GlobalSecondaryIndex */
            .shape = {
                .name_ref = SHAPE_NAME(structures[107].shape.name_ref, shape_names[3933]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_global_secondary_index),
            },
            .members_ref = REF(structures[107].members_ref, members[315]),
            .by_wire_name_ref = REF(structures[107].by_wire_name_ref, by_wire_name[315]),
            .member_count = 6,
        },
        [108] = { /* GlobalSecondaryIndexAutoScalingUpdate */
            .shape = {
                .name_ref = SHAPE_NAME(structures[108].shape.name_ref, shape_names[3954]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_global_secondary_index_auto_scaling_update),
            },
            .members_ref = REF(structures[108].members_ref, members[321]),
            .by_wire_name_ref = REF(structures[108].by_wire_name_ref, by_wire_name[321]),
            .member_count = 2,
        },
        [109] = { /* GlobalSecondaryIndexDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[109].shape.name_ref, shape_names[4034]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_global_secondary_index_description),
            },
            .members_ref = REF(structures[109].members_ref, members[323]),
            .by_wire_name_ref = REF(structures[109].by_wire_name_ref, by_wire_name[323]),
            .member_count = 11,
        },
        [110] = { /* GlobalSecondaryIndexInfo */
            .shape = {
                .name_ref = SHAPE_NAME(structures[110].shape.name_ref, shape_names[4102]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_global_secondary_index_info),
            },
            .members_ref = REF(structures[110].members_ref, members[334]),
            .by_wire_name_ref = REF(structures[110].by_wire_name_ref, by_wire_name[334]),
            .member_count = 5,
        },
        [111] = { /* GlobalSecondaryIndexUpdate */
            .shape = {
                .name_ref = SHAPE_NAME(structures[111].shape.name_ref, shape_names[4152]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_global_secondary_index_update),
            },
            .members_ref = REF(structures[111].members_ref, members[339]),
            .by_wire_name_ref = REF(structures[111].by_wire_name_ref, by_wire_name[339]),
            .member_count = 3,
        },
        [112] = { /* GlobalSecondaryIndexWarmThroughputDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[112].shape.name_ref, shape_names[4210]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_global_secondary_index_warm_throughput_description),
            },
            .members_ref = REF(structures[112].members_ref, members[342]),
            .by_wire_name_ref = REF(structures[112].by_wire_name_ref, by_wire_name[342]),
            .member_count = 3,
        },
        [113] = { /* GlobalTable */
            .shape = {
                .name_ref = SHAPE_NAME(structures[113].shape.name_ref, shape_names[4279]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_global_table),
            },
            .members_ref = REF(structures[113].members_ref, members[345]),
            .by_wire_name_ref = REF(structures[113].by_wire_name_ref, by_wire_name[345]),
            .member_count = 2,
        },
        [114] = { /* GlobalTableAlreadyExistsException */
            .shape = {
                .name_ref = REF(structures[114].shape.name_ref, strings[3702]),
                .traits_ref = REF(structures[114].shape.traits_ref, traits[27]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_global_table_already_exists_exception),
            },
            .members_ref = REF(structures[114].members_ref, members[347]),
            .by_wire_name_ref = REF(structures[114].by_wire_name_ref, by_wire_name[347]),
            .member_count = 1,
        },
        [115] = { /* GlobalTableDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[115].shape.name_ref, shape_names[4312]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_global_table_description),
            },
            .members_ref = REF(structures[115].members_ref, members[348]),
            .by_wire_name_ref = REF(structures[115].by_wire_name_ref, by_wire_name[348]),
            .member_count = 5,
        },
        [116] = { /* GlobalTableGlobalSecondaryIndexSettingsUpdate */
            .shape = {
                .name_ref = SHAPE_NAME(structures[116].shape.name_ref, shape_names[4335]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_global_table_global_secondary_index_settings_update),
            },
            .members_ref = REF(structures[116].members_ref, members[353]),
            .by_wire_name_ref = REF(structures[116].by_wire_name_ref, by_wire_name[353]),
            .member_count = 3,
        },
        [117] = { /* GlobalTableNotFoundException */
            .shape = {
                .name_ref = REF(structures[117].shape.name_ref, strings[3866]),
                .traits_ref = REF(structures[117].shape.traits_ref, traits[29]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_global_table_not_found_exception),
            },
            .members_ref = REF(structures[117].members_ref, members[356]),
            .by_wire_name_ref = REF(structures[117].by_wire_name_ref, by_wire_name[356]),
            .member_count = 1,
        },
        [118] = { /* GlobalTableWitnessDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[118].shape.name_ref, shape_names[4500]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_global_table_witness_description),
            },
            .members_ref = REF(structures[118].members_ref, members[357]),
            .by_wire_name_ref = REF(structures[118].by_wire_name_ref, by_wire_name[357]),
            .member_count = 2,
        },
        [119] = { /* GlobalTableWitnessGroupUpdate */
            .shape = {
                .name_ref = SHAPE_NAME(structures[119].shape.name_ref, shape_names[4564]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_global_table_witness_group_update),
            },
            .members_ref = REF(structures[119].members_ref, members[359]),
            .by_wire_name_ref = REF(structures[119].by_wire_name_ref, by_wire_name[359]),
            .member_count = 2,
        },
        [120] = { /* IdempotentParameterMismatchException */
            .shape = {
                .name_ref = REF(structures[120].shape.name_ref, strings[3983]),
                .traits_ref = REF(structures[120].shape.traits_ref, traits[31]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_idempotent_parameter_mismatch_exception),
            },
            .members_ref = REF(structures[120].members_ref, members[361]),
            .by_wire_name_ref = REF(structures[120].by_wire_name_ref, by_wire_name[361]),
            .member_count = 1,
        },
        [121] = { /* ImportConflictException */
            .shape = {
                .name_ref = REF(structures[121].shape.name_ref, strings[4020]),
                .traits_ref = REF(structures[121].shape.traits_ref, traits[33]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_import_conflict_exception),
            },
            .members_ref = REF(structures[121].members_ref, members[362]),
            .by_wire_name_ref = REF(structures[121].by_wire_name_ref, by_wire_name[362]),
            .member_count = 1,
        },
        [122] = { /* ImportNotFoundException */
            .shape = {
                .name_ref = REF(structures[122].shape.name_ref, strings[4044]),
                .traits_ref = REF(structures[122].shape.traits_ref, traits[35]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_import_not_found_exception),
            },
            .members_ref = REF(structures[122].members_ref, members[363]),
            .by_wire_name_ref = REF(structures[122].by_wire_name_ref, by_wire_name[363]),
            .member_count = 1,
        },
        [123] = { /* ImportSummary */
            .shape = {
                .name_ref = SHAPE_NAME(structures[123].shape.name_ref, shape_names[4697]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_import_summary),
            },
            .members_ref = REF(structures[123].members_ref, members[364]),
            .by_wire_name_ref = REF(structures[123].by_wire_name_ref, by_wire_name[364]),
            .member_count = 8,
        },
        [124] = { /* ImportTableDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[124].shape.name_ref, shape_names[4729]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_import_table_description),
            },
            .members_ref = REF(structures[124].members_ref, members[372]),
            .by_wire_name_ref = REF(structures[124].by_wire_name_ref, by_wire_name[372]),
            .member_count = 19,
        },
        [125] = { /* ImportTableInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[125].shape.name_ref, shape_names[4752]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_import_table_input),
            },
            .members_ref = REF(structures[125].members_ref, members[391]),
            .by_wire_name_ref = REF(structures[125].by_wire_name_ref, by_wire_name[391]),
            .member_count = 6,
        },
        [126] = { /* ImportTableOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[126].shape.name_ref, shape_names[4769]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_import_table_output),
            },
            .members_ref = REF(structures[126].members_ref, members[397]),
            .by_wire_name_ref = REF(structures[126].by_wire_name_ref, by_wire_name[397]),
            .member_count = 1,
        },
        [127] = { /* IncrementalExportSpecification */
            .shape = {
                .name_ref = SHAPE_NAME(structures[127].shape.name_ref, shape_names[4805]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_incremental_export_specification),
            },
            .members_ref = REF(structures[127].members_ref, members[398]),
            .by_wire_name_ref = REF(structures[127].by_wire_name_ref, by_wire_name[398]),
            .member_count = 3,
        },
        [128] = { /* IndexNotFoundException */
            .shape = {
                .name_ref = REF(structures[128].shape.name_ref, strings[4354]),
                .traits_ref = REF(structures[128].shape.traits_ref, traits[38]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_index_not_found_exception),
            },
            .members_ref = REF(structures[128].members_ref, members[401]),
            .by_wire_name_ref = REF(structures[128].by_wire_name_ref, by_wire_name[401]),
            .member_count = 1,
        },
        [129] = { /* InputFormatOptions */
            .shape = {
                .name_ref = SHAPE_NAME(structures[129].shape.name_ref, shape_names[4891]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_input_format_options),
            },
            .members_ref = REF(structures[129].members_ref, members[402]),
            .by_wire_name_ref = REF(structures[129].by_wire_name_ref, by_wire_name[402]),
            .member_count = 1,
        },
        [130] = { /* InternalServerError */
            .shape = {
                .name_ref = REF(structures[130].shape.name_ref, strings[4452]),
                .traits_ref = REF(structures[130].shape.traits_ref, traits[39]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_internal_server_error),
            },
            .members_ref = REF(structures[130].members_ref, members[403]),
            .by_wire_name_ref = REF(structures[130].by_wire_name_ref, by_wire_name[403]),
            .member_count = 1,
        },
        [131] = { /* InvalidExportTimeException */
            .shape = {
                .name_ref = REF(structures[131].shape.name_ref, strings[4472]),
                .traits_ref = REF(structures[131].shape.traits_ref, traits[40]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_invalid_export_time_exception),
            },
            .members_ref = REF(structures[131].members_ref, members[404]),
            .by_wire_name_ref = REF(structures[131].by_wire_name_ref, by_wire_name[404]),
            .member_count = 1,
        },
        [132] = { /* InvalidRestoreTimeException */
            .shape = {
                .name_ref = REF(structures[132].shape.name_ref, strings[4499]),
                .traits_ref = REF(structures[132].shape.traits_ref, traits[41]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_invalid_restore_time_exception),
            },
            .members_ref = REF(structures[132].members_ref, members[405]),
            .by_wire_name_ref = REF(structures[132].by_wire_name_ref, by_wire_name[405]),
            .member_count = 1,
        },
        [133] = { /* ItemCollectionMetrics */
            .shape = {
                .name_ref = SHAPE_NAME(structures[133].shape.name_ref, shape_names[4962]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_item_collection_metrics),
            },
            .members_ref = REF(structures[133].members_ref, members[406]),
            .by_wire_name_ref = REF(structures[133].by_wire_name_ref, by_wire_name[406]),
            .member_count = 2,
        },
        [134] = { /* ItemCollectionSizeLimitExceededException */
            .shape = {
                .name_ref = REF(structures[134].shape.name_ref, strings[4565]),
                .traits_ref = REF(structures[134].shape.traits_ref, traits[42]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_item_collection_size_limit_exceeded_exception),
            },
            .members_ref = REF(structures[134].members_ref, members[408]),
            .by_wire_name_ref = REF(structures[134].by_wire_name_ref, by_wire_name[408]),
            .member_count = 1,
        },
        [135] = { /* ItemResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[135].shape.name_ref, shape_names[5127]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_item_response),
            },
            .members_ref = REF(structures[135].members_ref, members[409]),
            .by_wire_name_ref = REF(structures[135].by_wire_name_ref, by_wire_name[409]),
            .member_count = 1,
        },
        [136] = { /* KeySchemaElement */
            .shape = {
                .name_ref = SHAPE_NAME(structures[136].shape.name_ref, shape_names[5261]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_key_schema_element),
            },
            .members_ref = REF(structures[136].members_ref, members[410]),
            .by_wire_name_ref = REF(structures[136].by_wire_name_ref, by_wire_name[410]),
            .member_count = 2,
        },
        [137] = { /* KeysAndAttributes */
            .shape = {
                .name_ref = SHAPE_NAME(structures[137].shape.name_ref, shape_names[5286]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_keys_and_attributes),
            },
            .members_ref = REF(structures[137].members_ref, members[412]),
            .by_wire_name_ref = REF(structures[137].by_wire_name_ref, by_wire_name[412]),
            .member_count = 5,
        },
        [138] = { /* KinesisDataStreamDestination */
            .shape = {
                .name_ref = SHAPE_NAME(structures[138].shape.name_ref, shape_names[5304]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_kinesis_data_stream_destination),
            },
            .members_ref = REF(structures[138].members_ref, members[417]),
            .by_wire_name_ref = REF(structures[138].by_wire_name_ref, by_wire_name[417]),
            .member_count = 4,
        },
        [139] = { /* KinesisStreamingDestinationInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[139].shape.name_ref, shape_names[5363]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_kinesis_streaming_destination_input),
            },
            .members_ref = REF(structures[139].members_ref, members[421]),
            .by_wire_name_ref = REF(structures[139].by_wire_name_ref, by_wire_name[421]),
            .member_count = 3,
        },
        [140] = { /* KinesisStreamingDestinationOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[140].shape.name_ref, shape_names[5396]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_kinesis_streaming_destination_output),
            },
            .members_ref = REF(structures[140].members_ref, members[424]),
            .by_wire_name_ref = REF(structures[140].by_wire_name_ref, by_wire_name[424]),
            .member_count = 4,
        },
        [141] = { /* LimitExceededException */
            .shape = {
                .name_ref = REF(structures[141].shape.name_ref, strings[4723]),
                .traits_ref = REF(structures[141].shape.traits_ref, traits[48]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_limit_exceeded_exception),
            },
            .members_ref = REF(structures[141].members_ref, members[428]),
            .by_wire_name_ref = REF(structures[141].by_wire_name_ref, by_wire_name[428]),
            .member_count = 1,
        },
        [142] = { /* ListBackupsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[142].shape.name_ref, shape_names[5468]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_list_backups_input),
            },
            .members_ref = REF(structures[142].members_ref, members[429]),
            .by_wire_name_ref = REF(structures[142].by_wire_name_ref, by_wire_name[429]),
            .member_count = 6,
        },
        [143] = { /* ListBackupsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[143].shape.name_ref, shape_names[5485]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_list_backups_output),
            },
            .members_ref = REF(structures[143].members_ref, members[435]),
            .by_wire_name_ref = REF(structures[143].by_wire_name_ref, by_wire_name[435]),
            .member_count = 2,
        },
        [144] = { /* ListContributorInsightsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[144].shape.name_ref, shape_names[5503]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_list_contributor_insights_input),
            },
            .members_ref = REF(structures[144].members_ref, members[437]),
            .by_wire_name_ref = REF(structures[144].by_wire_name_ref, by_wire_name[437]),
            .member_count = 3,
        },
        [145] = { /* ListContributorInsightsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[145].shape.name_ref, shape_names[5561]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_list_contributor_insights_output),
            },
            .members_ref = REF(structures[145].members_ref, members[440]),
            .by_wire_name_ref = REF(structures[145].by_wire_name_ref, by_wire_name[440]),
            .member_count = 2,
        },
        [146] = { /* ListExportsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[146].shape.name_ref, shape_names[5591]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_list_exports_input),
            },
            .members_ref = REF(structures[146].members_ref, members[442]),
            .by_wire_name_ref = REF(structures[146].by_wire_name_ref, by_wire_name[442]),
            .member_count = 3,
        },
        [147] = { /* ListExportsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[147].shape.name_ref, shape_names[5628]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_list_exports_output),
            },
            .members_ref = REF(structures[147].members_ref, members[445]),
            .by_wire_name_ref = REF(structures[147].by_wire_name_ref, by_wire_name[445]),
            .member_count = 2,
        },
        [148] = { /* ListGlobalTablesInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[148].shape.name_ref, shape_names[5646]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_list_global_tables_input),
            },
            .members_ref = REF(structures[148].members_ref, members[447]),
            .by_wire_name_ref = REF(structures[148].by_wire_name_ref, by_wire_name[447]),
            .member_count = 3,
        },
        [149] = { /* ListGlobalTablesOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[149].shape.name_ref, shape_names[5668]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_list_global_tables_output),
            },
            .members_ref = REF(structures[149].members_ref, members[450]),
            .by_wire_name_ref = REF(structures[149].by_wire_name_ref, by_wire_name[450]),
            .member_count = 2,
        },
        [150] = { /* ListImportsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[150].shape.name_ref, shape_names[5691]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_list_imports_input),
            },
            .members_ref = REF(structures[150].members_ref, members[452]),
            .by_wire_name_ref = REF(structures[150].by_wire_name_ref, by_wire_name[452]),
            .member_count = 3,
        },
        [151] = { /* ListImportsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[151].shape.name_ref, shape_names[5728]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_list_imports_output),
            },
            .members_ref = REF(structures[151].members_ref, members[455]),
            .by_wire_name_ref = REF(structures[151].by_wire_name_ref, by_wire_name[455]),
            .member_count = 2,
        },
        [152] = { /* ListTablesInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[152].shape.name_ref, shape_names[5746]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_list_tables_input),
            },
            .members_ref = REF(structures[152].members_ref, members[457]),
            .by_wire_name_ref = REF(structures[152].by_wire_name_ref, by_wire_name[457]),
            .member_count = 2,
        },
        [153] = { /* ListTablesOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[153].shape.name_ref, shape_names[5783]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_list_tables_output),
            },
            .members_ref = REF(structures[153].members_ref, members[459]),
            .by_wire_name_ref = REF(structures[153].by_wire_name_ref, by_wire_name[459]),
            .member_count = 2,
        },
        [154] = { /* ListTagsOfResourceInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[154].shape.name_ref, shape_names[5800]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_list_tags_of_resource_input),
            },
            .members_ref = REF(structures[154].members_ref, members[461]),
            .by_wire_name_ref = REF(structures[154].by_wire_name_ref, by_wire_name[461]),
            .member_count = 2,
        },
        [155] = { /* ListTagsOfResourceOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[155].shape.name_ref, shape_names[5824]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_list_tags_of_resource_output),
            },
            .members_ref = REF(structures[155].members_ref, members[463]),
            .by_wire_name_ref = REF(structures[155].by_wire_name_ref, by_wire_name[463]),
            .member_count = 2,
        },
        [156] = { /* LocalSecondaryIndex */
            .shape = {
                .name_ref = SHAPE_NAME(structures[156].shape.name_ref, shape_names[5849]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_local_secondary_index),
            },
            .members_ref = REF(structures[156].members_ref, members[465]),
            .by_wire_name_ref = REF(structures[156].by_wire_name_ref, by_wire_name[465]),
            .member_count = 3,
        },
        [157] = { /* LocalSecondaryIndexDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[157].shape.name_ref, shape_names[5869]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_local_secondary_index_description),
            },
            .members_ref = REF(structures[157].members_ref, members[468]),
            .by_wire_name_ref = REF(structures[157].by_wire_name_ref, by_wire_name[468]),
            .member_count = 6,
        },
        [158] = { /* LocalSecondaryIndexInfo */
            .shape = {
                .name_ref = SHAPE_NAME(structures[158].shape.name_ref, shape_names[5935]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_local_secondary_index_info),
            },
            .members_ref = REF(structures[158].members_ref, members[474]),
            .by_wire_name_ref = REF(structures[158].by_wire_name_ref, by_wire_name[474]),
            .member_count = 3,
        },
        [159] = { /* OnDemandThroughput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[159].shape.name_ref, shape_names[6208]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_on_demand_throughput),
            },
            .members_ref = REF(structures[159].members_ref, members[477]),
            .by_wire_name_ref = REF(structures[159].by_wire_name_ref, by_wire_name[477]),
            .member_count = 2,
        },
        [160] = { /* OnDemandThroughputOverride */
            .shape = {
                .name_ref = SHAPE_NAME(structures[160].shape.name_ref, shape_names[6227]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_on_demand_throughput_override),
            },
            .members_ref = REF(structures[160].members_ref, members[479]),
            .by_wire_name_ref = REF(structures[160].by_wire_name_ref, by_wire_name[479]),
            .member_count = 1,
        },
        [161] = { /* ParameterizedStatement */
            .shape = {
                .name_ref = SHAPE_NAME(structures[161].shape.name_ref, shape_names[6254]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_parameterized_statement),
            },
            .members_ref = REF(structures[161].members_ref, members[480]),
            .by_wire_name_ref = REF(structures[161].by_wire_name_ref, by_wire_name[480]),
            .member_count = 3,
        },
        [162] = { /* PointInTimeRecoveryDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[162].shape.name_ref, shape_names[6376]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_point_in_time_recovery_description),
            },
            .members_ref = REF(structures[162].members_ref, members[483]),
            .by_wire_name_ref = REF(structures[162].by_wire_name_ref, by_wire_name[483]),
            .member_count = 4,
        },
        [163] = { /* PointInTimeRecoverySpecification */
            .shape = {
                .name_ref = SHAPE_NAME(structures[163].shape.name_ref, shape_names[6407]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_point_in_time_recovery_specification),
            },
            .members_ref = REF(structures[163].members_ref, members[487]),
            .by_wire_name_ref = REF(structures[163].by_wire_name_ref, by_wire_name[487]),
            .member_count = 2,
        },
        [164] = { /* PointInTimeRecoveryUnavailableException */
            .shape = {
                .name_ref = REF(structures[164].shape.name_ref, strings[5245]),
                .traits_ref = REF(structures[164].shape.traits_ref, traits[60]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_point_in_time_recovery_unavailable_exception),
            },
            .members_ref = REF(structures[164].members_ref, members[489]),
            .by_wire_name_ref = REF(structures[164].by_wire_name_ref, by_wire_name[489]),
            .member_count = 1,
        },
        [165] = { /* PolicyNotFoundException */
            .shape = {
                .name_ref = REF(structures[165].shape.name_ref, strings[5285]),
                .traits_ref = REF(structures[165].shape.traits_ref, traits[61]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_policy_not_found_exception),
            },
            .members_ref = REF(structures[165].members_ref, members[490]),
            .by_wire_name_ref = REF(structures[165].by_wire_name_ref, by_wire_name[490]),
            .member_count = 1,
        },
        [166] = { /* Projection */
            .shape = {
                .name_ref = SHAPE_NAME(structures[166].shape.name_ref, shape_names[6571]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_projection),
            },
            .members_ref = REF(structures[166].members_ref, members[491]),
            .by_wire_name_ref = REF(structures[166].by_wire_name_ref, by_wire_name[491]),
            .member_count = 2,
        },
        [167] = { /* ProvisionedThroughput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[167].shape.name_ref, shape_names[6618]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_provisioned_throughput),
            },
            .members_ref = REF(structures[167].members_ref, members[493]),
            .by_wire_name_ref = REF(structures[167].by_wire_name_ref, by_wire_name[493]),
            .member_count = 2,
        },
        [168] = { /* ProvisionedThroughputDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[168].shape.name_ref, shape_names[6640]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_provisioned_throughput_description),
            },
            .members_ref = REF(structures[168].members_ref, members[495]),
            .by_wire_name_ref = REF(structures[168].by_wire_name_ref, by_wire_name[495]),
            .member_count = 5,
        },
        [169] = { /* ProvisionedThroughputExceededException */
            .shape = {
                .name_ref = REF(structures[169].shape.name_ref, strings[5428]),
                .traits_ref = REF(structures[169].shape.traits_ref, traits[67]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_provisioned_throughput_exceeded_exception),
            },
            .members_ref = REF(structures[169].members_ref, members[500]),
            .by_wire_name_ref = REF(structures[169].by_wire_name_ref, by_wire_name[500]),
            .member_count = 2,
        },
        [170] = { /* ProvisionedThroughputOverride */
            .shape = {
                .name_ref = SHAPE_NAME(structures[170].shape.name_ref, shape_names[6673]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_provisioned_throughput_override),
            },
            .members_ref = REF(structures[170].members_ref, members[502]),
            .by_wire_name_ref = REF(structures[170].by_wire_name_ref, by_wire_name[502]),
            .member_count = 1,
        },
        [171] = { /* Put */
            .shape = {
                .name_ref = SHAPE_NAME(structures[171].shape.name_ref, shape_names[6703]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_put),
            },
            .members_ref = REF(structures[171].members_ref, members[503]),
            .by_wire_name_ref = REF(structures[171].by_wire_name_ref, by_wire_name[503]),
            .member_count = 6,
        },
        [172] = { /* PutItemInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[172].shape.name_ref, shape_names[6707]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_put_item_input),
            },
            .members_ref = REF(structures[172].members_ref, members[509]),
            .by_wire_name_ref = REF(structures[172].by_wire_name_ref, by_wire_name[509]),
            .member_count = 11,
        },
        [173] = { /* PutItemOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[173].shape.name_ref, shape_names[6745]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_put_item_output),
            },
            .members_ref = REF(structures[173].members_ref, members[520]),
            .by_wire_name_ref = REF(structures[173].by_wire_name_ref, by_wire_name[520]),
            .member_count = 3,
        },
        [174] = { /* PutRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[174].shape.name_ref, shape_names[6759]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_put_request),
            },
            .members_ref = REF(structures[174].members_ref, members[523]),
            .by_wire_name_ref = REF(structures[174].by_wire_name_ref, by_wire_name[523]),
            .member_count = 1,
        },
        [175] = { /* PutResourcePolicyInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[175].shape.name_ref, shape_names[6770]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_put_resource_policy_input),
            },
            .members_ref = REF(structures[175].members_ref, members[524]),
            .by_wire_name_ref = REF(structures[175].by_wire_name_ref, by_wire_name[524]),
            .member_count = 4,
        },
        [176] = { /* PutResourcePolicyOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[176].shape.name_ref, shape_names[6793]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_put_resource_policy_output),
            },
            .members_ref = REF(structures[176].members_ref, members[528]),
            .by_wire_name_ref = REF(structures[176].by_wire_name_ref, by_wire_name[528]),
            .member_count = 1,
        },
        [177] = { /* QueryInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[177].shape.name_ref, shape_names[6817]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_query_input),
            },
            .members_ref = REF(structures[177].members_ref, members[529]),
            .by_wire_name_ref = REF(structures[177].by_wire_name_ref, by_wire_name[529]),
            .member_count = 17,
        },
        [178] = { /* QueryOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[178].shape.name_ref, shape_names[6828]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_query_output),
            },
            .members_ref = REF(structures[178].members_ref, members[546]),
            .by_wire_name_ref = REF(structures[178].by_wire_name_ref, by_wire_name[546]),
            .member_count = 5,
        },
        [179] = { /* Replica */
            .shape = {
                .name_ref = SHAPE_NAME(structures[179].shape.name_ref, shape_names[6879]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_replica),
            },
            .members_ref = REF(structures[179].members_ref, members[551]),
            .by_wire_name_ref = REF(structures[179].by_wire_name_ref, by_wire_name[551]),
            .member_count = 1,
        },
        [180] = { /* ReplicaAlreadyExistsException */
            .shape = {
                .name_ref = REF(structures[180].shape.name_ref, strings[5644]),
                .traits_ref = REF(structures[180].shape.traits_ref, traits[69]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_replica_already_exists_exception),
            },
            .members_ref = REF(structures[180].members_ref, members[552]),
            .by_wire_name_ref = REF(structures[180].by_wire_name_ref, by_wire_name[552]),
            .member_count = 1,
        },
        [181] = { /* ReplicaAutoScalingDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[181].shape.name_ref, shape_names[6887]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_replica_auto_scaling_description),
            },
            .members_ref = REF(structures[181].members_ref, members[553]),
            .by_wire_name_ref = REF(structures[181].by_wire_name_ref, by_wire_name[553]),
            .member_count = 5,
        },
        [182] = { /* ReplicaAutoScalingUpdate */
            .shape = {
                .name_ref = SHAPE_NAME(structures[182].shape.name_ref, shape_names[6951]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_replica_auto_scaling_update),
            },
            .members_ref = REF(structures[182].members_ref, members[558]),
            .by_wire_name_ref = REF(structures[182].by_wire_name_ref, by_wire_name[558]),
            .member_count = 3,
        },
        [183] = { /* ReplicaDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[183].shape.name_ref, shape_names[7005]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_replica_description),
            },
            .members_ref = REF(structures[183].members_ref, members[561]),
            .by_wire_name_ref = REF(structures[183].by_wire_name_ref, by_wire_name[561]),
            .member_count = 13,
        },
        [184] = { /* ReplicaGlobalSecondaryIndex */
            .shape = {
                .name_ref = SHAPE_NAME(structures[184].shape.name_ref, shape_names[7047]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index),
            },
            .members_ref = REF(structures[184].members_ref, members[574]),
            .by_wire_name_ref = REF(structures[184].by_wire_name_ref, by_wire_name[574]),
            .member_count = 3,
        },
        [185] = { /* ReplicaGlobalSecondaryIndexAutoScalingDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[185].shape.name_ref, shape_names[7075]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_description),
            },
            .members_ref = REF(structures[185].members_ref, members[577]),
            .by_wire_name_ref = REF(structures[185].by_wire_name_ref, by_wire_name[577]),
            .member_count = 4,
        },
        [186] = { /* ReplicaGlobalSecondaryIndexAutoScalingUpdate */
            .shape = {
                .name_ref = SHAPE_NAME(structures[186].shape.name_ref, shape_names[7179]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_update),
            },
            .members_ref = REF(structures[186].members_ref, members[581]),
            .by_wire_name_ref = REF(structures[186].by_wire_name_ref, by_wire_name[581]),
            .member_count = 2,
        },
        [187] = { /* ReplicaGlobalSecondaryIndexDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[187].shape.name_ref, shape_names[7273]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_description),
            },
            .members_ref = REF(structures[187].members_ref, members[583]),
            .by_wire_name_ref = REF(structures[187].by_wire_name_ref, by_wire_name[583]),
            .member_count = 4,
        },
        [188] = { /* ReplicaGlobalSecondaryIndexSettingsDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[188].shape.name_ref, shape_names[7387]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_settings_description),
            },
            .members_ref = REF(structures[188].members_ref, members[587]),
            .by_wire_name_ref = REF(structures[188].by_wire_name_ref, by_wire_name[587]),
            .member_count = 6,
        },
        [189] = { /* ReplicaGlobalSecondaryIndexSettingsUpdate */
            .shape = {
                .name_ref = SHAPE_NAME(structures[189].shape.name_ref, shape_names[7485]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_settings_update),
            },
            .members_ref = REF(structures[189].members_ref, members[593]),
            .by_wire_name_ref = REF(structures[189].by_wire_name_ref, by_wire_name[593]),
            .member_count = 3,
        },
        [190] = { /* ReplicaNotFoundException */
            .shape = {
                .name_ref = REF(structures[190].shape.name_ref, strings[6196]),
                .traits_ref = REF(structures[190].shape.traits_ref, traits[73]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_replica_not_found_exception),
            },
            .members_ref = REF(structures[190].members_ref, members[596]),
            .by_wire_name_ref = REF(structures[190].by_wire_name_ref, by_wire_name[596]),
            .member_count = 1,
        },
        [191] = { /* ReplicaSettingsDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[191].shape.name_ref, shape_names[7585]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_replica_settings_description),
            },
            .members_ref = REF(structures[191].members_ref, members[597]),
            .by_wire_name_ref = REF(structures[191].by_wire_name_ref, by_wire_name[597]),
            .member_count = 9,
        },
        [192] = { /* ReplicaSettingsUpdate */
            .shape = {
                .name_ref = SHAPE_NAME(structures[192].shape.name_ref, shape_names[7643]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_replica_settings_update),
            },
            .members_ref = REF(structures[192].members_ref, members[606]),
            .by_wire_name_ref = REF(structures[192].by_wire_name_ref, by_wire_name[606]),
            .member_count = 5,
        },
        [193] = { /* ReplicaUpdate */
            .shape = {
                .name_ref = SHAPE_NAME(structures[193].shape.name_ref, shape_names[7759]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_replica_update),
            },
            .members_ref = REF(structures[193].members_ref, members[611]),
            .by_wire_name_ref = REF(structures[193].by_wire_name_ref, by_wire_name[611]),
            .member_count = 2,
        },
        [194] = { /* ReplicatedWriteConflictException */
            .shape = {
                .name_ref = REF(structures[194].shape.name_ref, strings[6620]),
                .traits_ref = REF(structures[194].shape.traits_ref, traits[75]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_RETRYABLE,
                .size = sizeof(struct awsc_dynamodb_replicated_write_conflict_exception),
            },
            .members_ref = REF(structures[194].members_ref, members[613]),
            .by_wire_name_ref = REF(structures[194].by_wire_name_ref, by_wire_name[613]),
            .member_count = 1,
        },
        [195] = { /* ReplicationGroupUpdate */
            .shape = {
                .name_ref = SHAPE_NAME(structures[195].shape.name_ref, shape_names[7791]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_replication_group_update),
            },
            .members_ref = REF(structures[195].members_ref, members[614]),
            .by_wire_name_ref = REF(structures[195].by_wire_name_ref, by_wire_name[614]),
            .member_count = 3,
        },
        [196] = { /* RequestLimitExceeded */
            .shape = {
                .name_ref = REF(structures[196].shape.name_ref, strings[6653]),
                .traits_ref = REF(structures[196].shape.traits_ref, traits[77]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_request_limit_exceeded),
            },
            .members_ref = REF(structures[196].members_ref, members[617]),
            .by_wire_name_ref = REF(structures[196].by_wire_name_ref, by_wire_name[617]),
            .member_count = 2,
        },
        [197] = { /* ResourceInUseException */
            .shape = {
                .name_ref = REF(structures[197].shape.name_ref, strings[6674]),
                .traits_ref = REF(structures[197].shape.traits_ref, traits[79]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_resource_in_use_exception),
            },
            .members_ref = REF(structures[197].members_ref, members[619]),
            .by_wire_name_ref = REF(structures[197].by_wire_name_ref, by_wire_name[619]),
            .member_count = 1,
        },
        [198] = { /* ResourceNotFoundException */
            .shape = {
                .name_ref = REF(structures[198].shape.name_ref, strings[6697]),
                .traits_ref = REF(structures[198].shape.traits_ref, traits[80]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_resource_not_found_exception),
            },
            .members_ref = REF(structures[198].members_ref, members[620]),
            .by_wire_name_ref = REF(structures[198].by_wire_name_ref, by_wire_name[620]),
            .member_count = 1,
        },
        [199] = { /* RestoreSummary */
            .shape = {
                .name_ref = SHAPE_NAME(structures[199].shape.name_ref, shape_names[7901]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_restore_summary),
            },
            .members_ref = REF(structures[199].members_ref, members[621]),
            .by_wire_name_ref = REF(structures[199].by_wire_name_ref, by_wire_name[621]),
            .member_count = 4,
        },
        [200] = { /* RestoreTableFromBackupInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[200].shape.name_ref, shape_names[7916]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_restore_table_from_backup_input),
            },
            .members_ref = REF(structures[200].members_ref, members[625]),
            .by_wire_name_ref = REF(structures[200].by_wire_name_ref, by_wire_name[625]),
            .member_count = 9,
        },
        [201] = { /* RestoreTableFromBackupOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[201].shape.name_ref, shape_names[7944]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_restore_table_from_backup_output),
            },
            .members_ref = REF(structures[201].members_ref, members[634]),
            .by_wire_name_ref = REF(structures[201].by_wire_name_ref, by_wire_name[634]),
            .member_count = 1,
        },
        [202] = { /* RestoreTableToPointInTimeInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[202].shape.name_ref, shape_names[7973]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_restore_table_to_point_in_time_input),
            },
            .members_ref = REF(structures[202].members_ref, members[635]),
            .by_wire_name_ref = REF(structures[202].by_wire_name_ref, by_wire_name[635]),
            .member_count = 12,
        },
        [203] = { /* RestoreTableToPointInTimeOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[203].shape.name_ref, shape_names[8004]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_restore_table_to_point_in_time_output),
            },
            .members_ref = REF(structures[203].members_ref, members[647]),
            .by_wire_name_ref = REF(structures[203].by_wire_name_ref, by_wire_name[647]),
            .member_count = 1,
        },
        [204] = { /* S3BucketSource */
            .shape = {
                .name_ref = SHAPE_NAME(structures[204].shape.name_ref, shape_names[8158]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_s3_bucket_source),
            },
            .members_ref = REF(structures[204].members_ref, members[648]),
            .by_wire_name_ref = REF(structures[204].by_wire_name_ref, by_wire_name[648]),
            .member_count = 3,
        },
        [205] = { /* SSEDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[205].shape.name_ref, shape_names[8211]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_sse_description),
            },
            .members_ref = REF(structures[205].members_ref, members[651]),
            .by_wire_name_ref = REF(structures[205].by_wire_name_ref, by_wire_name[651]),
            .member_count = 4,
        },
        [206] = { /* SSESpecification */
            .shape = {
                .name_ref = SHAPE_NAME(structures[206].shape.name_ref, shape_names[8237]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_sse_specification),
            },
            .members_ref = REF(structures[206].members_ref, members[655]),
            .by_wire_name_ref = REF(structures[206].by_wire_name_ref, by_wire_name[655]),
            .member_count = 3,
        },
        [207] = { /* ScanInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[207].shape.name_ref, shape_names[8292]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_scan_input),
            },
            .members_ref = REF(structures[207].members_ref, members[658]),
            .by_wire_name_ref = REF(structures[207].by_wire_name_ref, by_wire_name[658]),
            .member_count = 16,
        },
        [208] = { /* ScanOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[208].shape.name_ref, shape_names[8302]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_scan_output),
            },
            .members_ref = REF(structures[208].members_ref, members[674]),
            .by_wire_name_ref = REF(structures[208].by_wire_name_ref, by_wire_name[674]),
            .member_count = 5,
        },
        [209] = { /* SearchResultItem */
            .shape = {
                .name_ref = SHAPE_NAME(structures[209].shape.name_ref, shape_names[8355]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_search_result_item),
            },
            .members_ref = REF(structures[209].members_ref, members[679]),
            .by_wire_name_ref = REF(structures[209].by_wire_name_ref, by_wire_name[679]),
            .member_count = 2,
        },
        [210] = { /* SearchSchemaElement */
            .shape = {
                .name_ref = SHAPE_NAME(structures[210].shape.name_ref, shape_names[8402]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_search_schema_element),
            },
            .members_ref = REF(structures[210].members_ref, members[681]),
            .by_wire_name_ref = REF(structures[210].by_wire_name_ref, by_wire_name[681]),
            .member_count = 2,
        },
        [211] = { /* SearchVectorsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[211].shape.name_ref, shape_names[8463]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_search_vectors_input),
            },
            .members_ref = REF(structures[211].members_ref, members[683]),
            .by_wire_name_ref = REF(structures[211].by_wire_name_ref, by_wire_name[683]),
            .member_count = 9,
        },
        [212] = { /* SearchVectorsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[212].shape.name_ref, shape_names[8482]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_search_vectors_output),
            },
            .members_ref = REF(structures[212].members_ref, members[692]),
            .by_wire_name_ref = REF(structures[212].by_wire_name_ref, by_wire_name[692]),
            .member_count = 2,
        },
        [213] = { /* SourceTableDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[213].shape.name_ref, shape_names[8537]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_source_table_details),
            },
            .members_ref = REF(structures[213].members_ref, members[694]),
            .by_wire_name_ref = REF(structures[213].by_wire_name_ref, by_wire_name[694]),
            .member_count = 10,
        },
        [214] = { /* SourceTableFeatureDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[214].shape.name_ref, shape_names[8556]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_source_table_feature_details),
            },
            .members_ref = REF(structures[214].members_ref, members[704]),
            .by_wire_name_ref = REF(structures[214].by_wire_name_ref, by_wire_name[704]),
            .member_count = 6,
        },
        [215] = { /* StreamSpecification */
            .shape = {
                .name_ref = SHAPE_NAME(structures[215].shape.name_ref, shape_names[8606]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_stream_specification),
            },
            .members_ref = REF(structures[215].members_ref, members[710]),
            .by_wire_name_ref = REF(structures[215].by_wire_name_ref, by_wire_name[710]),
            .member_count = 2,
        },
        [216] = { /* TableAlreadyExistsException */
            .shape = {
                .name_ref = REF(structures[216].shape.name_ref, strings[7544]),
                .traits_ref = REF(structures[216].shape.traits_ref, traits[89]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_table_already_exists_exception),
            },
            .members_ref = REF(structures[216].members_ref, members[712]),
            .by_wire_name_ref = REF(structures[216].by_wire_name_ref, by_wire_name[712]),
            .member_count = 1,
        },
        [217] = { /* TableAutoScalingDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[217].shape.name_ref, shape_names[8702]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_table_auto_scaling_description),
            },
            .members_ref = REF(structures[217].members_ref, members[713]),
            .by_wire_name_ref = REF(structures[217].by_wire_name_ref, by_wire_name[713]),
            .member_count = 3,
        },
        [218] = { /* TableClassSummary */
            .shape = {
                .name_ref = SHAPE_NAME(structures[218].shape.name_ref, shape_names[8741]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_table_class_summary),
            },
            .members_ref = REF(structures[218].members_ref, members[716]),
            .by_wire_name_ref = REF(structures[218].by_wire_name_ref, by_wire_name[716]),
            .member_count = 2,
        },
        [219] = { /* TableCreationParameters */
            .shape = {
                .name_ref = SHAPE_NAME(structures[219].shape.name_ref, shape_names[8781]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_table_creation_parameters),
            },
            .members_ref = REF(structures[219].members_ref, members[718]),
            .by_wire_name_ref = REF(structures[219].by_wire_name_ref, by_wire_name[718]),
            .member_count = 9,
        },
        [220] = { /* TableDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[220].shape.name_ref, shape_names[8805]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_table_description),
            },
            .members_ref = REF(structures[220].members_ref, members[727]),
            .by_wire_name_ref = REF(structures[220].by_wire_name_ref, by_wire_name[727]),
            .member_count = 29,
        },
        [221] = { /* TableInUseException */
            .shape = {
                .name_ref = REF(structures[221].shape.name_ref, strings[7794]),
                .traits_ref = REF(structures[221].shape.traits_ref, traits[91]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_table_in_use_exception),
            },
            .members_ref = REF(structures[221].members_ref, members[756]),
            .by_wire_name_ref = REF(structures[221].by_wire_name_ref, by_wire_name[756]),
            .member_count = 1,
        },
        [222] = { /* TableNotFoundException */
            .shape = {
                .name_ref = REF(structures[222].shape.name_ref, strings[7814]),
                .traits_ref = REF(structures[222].shape.traits_ref, traits[93]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_table_not_found_exception),
            },
            .members_ref = REF(structures[222].members_ref, members[757]),
            .by_wire_name_ref = REF(structures[222].by_wire_name_ref, by_wire_name[757]),
            .member_count = 1,
        },
        [223] = { /* TableWarmThroughputDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[223].shape.name_ref, shape_names[8866]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_table_warm_throughput_description),
            },
            .members_ref = REF(structures[223].members_ref, members[758]),
            .by_wire_name_ref = REF(structures[223].by_wire_name_ref, by_wire_name[758]),
            .member_count = 3,
        },
        [224] = { /* Tag */
            .shape = {
                .name_ref = SHAPE_NAME(structures[224].shape.name_ref, shape_names[8897]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_tag),
            },
            .members_ref = REF(structures[224].members_ref, members[761]),
            .by_wire_name_ref = REF(structures[224].by_wire_name_ref, by_wire_name[761]),
            .member_count = 2,
        },
        [225] = { /* TagResourceInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[225].shape.name_ref, shape_names[8933]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_tag_resource_input),
            },
            .members_ref = REF(structures[225].members_ref, members[763]),
            .by_wire_name_ref = REF(structures[225].by_wire_name_ref, by_wire_name[763]),
            .member_count = 2,
        },
        [226] = { /* ThrottlingException */
            .shape = {
                .name_ref = REF(structures[226].shape.name_ref, strings[7953]),
                .traits_ref = REF(structures[226].shape.traits_ref, traits[96]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_throttling_exception),
            },
            .members_ref = REF(structures[226].members_ref, members[765]),
            .by_wire_name_ref = REF(structures[226].by_wire_name_ref, by_wire_name[765]),
            .member_count = 2,
        },
        [227] = { /* ThrottlingReason */
            .shape = {
                .name_ref = SHAPE_NAME(structures[227].shape.name_ref, shape_names[8965]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_throttling_reason),
            },
            .members_ref = REF(structures[227].members_ref, members[767]),
            .by_wire_name_ref = REF(structures[227].by_wire_name_ref, by_wire_name[767]),
            .member_count = 2,
        },
        [228] = { /* TimeToLiveDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[228].shape.name_ref, shape_names[9067]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_time_to_live_description),
            },
            .members_ref = REF(structures[228].members_ref, members[769]),
            .by_wire_name_ref = REF(structures[228].by_wire_name_ref, by_wire_name[769]),
            .member_count = 2,
        },
        [229] = { /* TimeToLiveSpecification */
            .shape = {
                .name_ref = SHAPE_NAME(structures[229].shape.name_ref, shape_names[9107]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_time_to_live_specification),
            },
            .members_ref = REF(structures[229].members_ref, members[771]),
            .by_wire_name_ref = REF(structures[229].by_wire_name_ref, by_wire_name[771]),
            .member_count = 2,
        },
        [230] = { /* TransactGetItem */
            .shape = {
                .name_ref = SHAPE_NAME(structures[230].shape.name_ref, shape_names[9160]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_transact_get_item),
            },
            .members_ref = REF(structures[230].members_ref, members[773]),
            .by_wire_name_ref = REF(structures[230].by_wire_name_ref, by_wire_name[773]),
            .member_count = 1,
        },
        [231] = { /* TransactGetItemsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[231].shape.name_ref, shape_names[9196]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_transact_get_items_input),
            },
            .members_ref = REF(structures[231].members_ref, members[774]),
            .by_wire_name_ref = REF(structures[231].by_wire_name_ref, by_wire_name[774]),
            .member_count = 2,
        },
        [232] = { /* TransactGetItemsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[232].shape.name_ref, shape_names[9218]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_transact_get_items_output),
            },
            .members_ref = REF(structures[232].members_ref, members[776]),
            .by_wire_name_ref = REF(structures[232].by_wire_name_ref, by_wire_name[776]),
            .member_count = 2,
        },
        [233] = { /* TransactWriteItem */
            .shape = {
                .name_ref = SHAPE_NAME(structures[233].shape.name_ref, shape_names[9241]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_transact_write_item),
            },
            .members_ref = REF(structures[233].members_ref, members[778]),
            .by_wire_name_ref = REF(structures[233].by_wire_name_ref, by_wire_name[778]),
            .member_count = 4,
        },
        [234] = { /* TransactWriteItemsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[234].shape.name_ref, shape_names[9281]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_transact_write_items_input),
            },
            .members_ref = REF(structures[234].members_ref, members[782]),
            .by_wire_name_ref = REF(structures[234].by_wire_name_ref, by_wire_name[782]),
            .member_count = 4,
        },
        [235] = { /* TransactWriteItemsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[235].shape.name_ref, shape_names[9305]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_transact_write_items_output),
            },
            .members_ref = REF(structures[235].members_ref, members[786]),
            .by_wire_name_ref = REF(structures[235].by_wire_name_ref, by_wire_name[786]),
            .member_count = 2,
        },
        [236] = { /* TransactionCanceledException */
            .shape = {
                .name_ref = REF(structures[236].shape.name_ref, strings[8097]),
                .traits_ref = REF(structures[236].shape.traits_ref, traits[101]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_transaction_canceled_exception),
            },
            .members_ref = REF(structures[236].members_ref, members[788]),
            .by_wire_name_ref = REF(structures[236].by_wire_name_ref, by_wire_name[788]),
            .member_count = 2,
        },
        [237] = { /* TransactionConflictException */
            .shape = {
                .name_ref = REF(structures[237].shape.name_ref, strings[8146]),
                .traits_ref = REF(structures[237].shape.traits_ref, traits[102]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_transaction_conflict_exception),
            },
            .members_ref = REF(structures[237].members_ref, members[790]),
            .by_wire_name_ref = REF(structures[237].by_wire_name_ref, by_wire_name[790]),
            .member_count = 1,
        },
        [238] = { /* TransactionInProgressException */
            .shape = {
                .name_ref = REF(structures[238].shape.name_ref, strings[8175]),
                .traits_ref = REF(structures[238].shape.traits_ref, traits[103]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_dynamodb_transaction_in_progress_exception),
            },
            .members_ref = REF(structures[238].members_ref, members[791]),
            .by_wire_name_ref = REF(structures[238].by_wire_name_ref, by_wire_name[791]),
            .member_count = 1,
        },
        [239] = { /* UntagResourceInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[239].shape.name_ref, shape_names[9330]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_untag_resource_input),
            },
            .members_ref = REF(structures[239].members_ref, members[792]),
            .by_wire_name_ref = REF(structures[239].by_wire_name_ref, by_wire_name[792]),
            .member_count = 2,
        },
        [240] = { /* Update */
            .shape = {
                .name_ref = SHAPE_NAME(structures[240].shape.name_ref, shape_names[9349]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_update),
            },
            .members_ref = REF(structures[240].members_ref, members[794]),
            .by_wire_name_ref = REF(structures[240].by_wire_name_ref, by_wire_name[794]),
            .member_count = 7,
        },
        [241] = { /* UpdateContinuousBackupsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[241].shape.name_ref, shape_names[9356]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_update_continuous_backups_input),
            },
            .members_ref = REF(structures[241].members_ref, members[801]),
            .by_wire_name_ref = REF(structures[241].by_wire_name_ref, by_wire_name[801]),
            .member_count = 2,
        },
        [242] = { /* UpdateContinuousBackupsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[242].shape.name_ref, shape_names[9385]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_update_continuous_backups_output),
            },
            .members_ref = REF(structures[242].members_ref, members[803]),
            .by_wire_name_ref = REF(structures[242].by_wire_name_ref, by_wire_name[803]),
            .member_count = 1,
        },
        [243] = { /* UpdateContributorInsightsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[243].shape.name_ref, shape_names[9415]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_update_contributor_insights_input),
            },
            .members_ref = REF(structures[243].members_ref, members[804]),
            .by_wire_name_ref = REF(structures[243].by_wire_name_ref, by_wire_name[804]),
            .member_count = 4,
        },
        [244] = { /* UpdateContributorInsightsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[244].shape.name_ref, shape_names[9446]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_update_contributor_insights_output),
            },
            .members_ref = REF(structures[244].members_ref, members[808]),
            .by_wire_name_ref = REF(structures[244].by_wire_name_ref, by_wire_name[808]),
            .member_count = 4,
        },
        [245] = { /* UpdateGlobalSecondaryIndexAction */
            .shape = {
                .name_ref = SHAPE_NAME(structures[245].shape.name_ref, shape_names[9495]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_update_global_secondary_index_action),
            },
            .members_ref = REF(structures[245].members_ref, members[812]),
            .by_wire_name_ref = REF(structures[245].by_wire_name_ref, by_wire_name[812]),
            .member_count = 4,
        },
        [246] = { /* UpdateGlobalTableInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[246].shape.name_ref, shape_names[9528]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_update_global_table_input),
            },
            .members_ref = REF(structures[246].members_ref, members[816]),
            .by_wire_name_ref = REF(structures[246].by_wire_name_ref, by_wire_name[816]),
            .member_count = 2,
        },
        [247] = { /* UpdateGlobalTableOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[247].shape.name_ref, shape_names[9551]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_update_global_table_output),
            },
            .members_ref = REF(structures[247].members_ref, members[818]),
            .by_wire_name_ref = REF(structures[247].by_wire_name_ref, by_wire_name[818]),
            .member_count = 1,
        },
        [248] = { /* UpdateGlobalTableSettingsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[248].shape.name_ref, shape_names[9575]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_update_global_table_settings_input),
            },
            .members_ref = REF(structures[248].members_ref, members[819]),
            .by_wire_name_ref = REF(structures[248].by_wire_name_ref, by_wire_name[819]),
            .member_count = 6,
        },
        [249] = { /* UpdateGlobalTableSettingsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[249].shape.name_ref, shape_names[9606]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_update_global_table_settings_output),
            },
            .members_ref = REF(structures[249].members_ref, members[825]),
            .by_wire_name_ref = REF(structures[249].by_wire_name_ref, by_wire_name[825]),
            .member_count = 2,
        },
        [250] = { /* UpdateItemInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[250].shape.name_ref, shape_names[9638]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_update_item_input),
            },
            .members_ref = REF(structures[250].members_ref, members[827]),
            .by_wire_name_ref = REF(structures[250].by_wire_name_ref, by_wire_name[827]),
            .member_count = 13,
        },
        [251] = { /* UpdateItemOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[251].shape.name_ref, shape_names[9654]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_update_item_output),
            },
            .members_ref = REF(structures[251].members_ref, members[840]),
            .by_wire_name_ref = REF(structures[251].by_wire_name_ref, by_wire_name[840]),
            .member_count = 3,
        },
        [252] = { /* UpdateKinesisStreamingConfiguration */
            .shape = {
                .name_ref = SHAPE_NAME(structures[252].shape.name_ref, shape_names[9671]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_update_kinesis_streaming_configuration),
            },
            .members_ref = REF(structures[252].members_ref, members[843]),
            .by_wire_name_ref = REF(structures[252].by_wire_name_ref, by_wire_name[843]),
            .member_count = 1,
        },
        [253] = { /* UpdateKinesisStreamingDestinationInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[253].shape.name_ref, shape_names[9707]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_update_kinesis_streaming_destination_input),
            },
            .members_ref = REF(structures[253].members_ref, members[844]),
            .by_wire_name_ref = REF(structures[253].by_wire_name_ref, by_wire_name[844]),
            .member_count = 3,
        },
        [254] = { /* UpdateKinesisStreamingDestinationOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[254].shape.name_ref, shape_names[9746]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_update_kinesis_streaming_destination_output),
            },
            .members_ref = REF(structures[254].members_ref, members[847]),
            .by_wire_name_ref = REF(structures[254].by_wire_name_ref, by_wire_name[847]),
            .member_count = 4,
        },
        [255] = { /* UpdateReplicationGroupMemberAction */
            .shape = {
                .name_ref = SHAPE_NAME(structures[255].shape.name_ref, shape_names[9786]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_update_replication_group_member_action),
            },
            .members_ref = REF(structures[255].members_ref, members[851]),
            .by_wire_name_ref = REF(structures[255].by_wire_name_ref, by_wire_name[851]),
            .member_count = 6,
        },
        [256] = { /* UpdateTableInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[256].shape.name_ref, shape_names[9821]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_update_table_input),
            },
            .members_ref = REF(structures[256].members_ref, members[857]),
            .by_wire_name_ref = REF(structures[256].by_wire_name_ref, by_wire_name[857]),
            .member_count = 16,
        },
        [257] = { /* UpdateTableOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[257].shape.name_ref, shape_names[9838]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_update_table_output),
            },
            .members_ref = REF(structures[257].members_ref, members[873]),
            .by_wire_name_ref = REF(structures[257].by_wire_name_ref, by_wire_name[873]),
            .member_count = 1,
        },
        [258] = { /* UpdateTableReplicaAutoScalingInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[258].shape.name_ref, shape_names[9856]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_update_table_replica_auto_scaling_input),
            },
            .members_ref = REF(structures[258].members_ref, members[874]),
            .by_wire_name_ref = REF(structures[258].by_wire_name_ref, by_wire_name[874]),
            .member_count = 4,
        },
        [259] = { /* UpdateTableReplicaAutoScalingOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[259].shape.name_ref, shape_names[9891]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_update_table_replica_auto_scaling_output),
            },
            .members_ref = REF(structures[259].members_ref, members[878]),
            .by_wire_name_ref = REF(structures[259].by_wire_name_ref, by_wire_name[878]),
            .member_count = 1,
        },
        [260] = { /* UpdateTimeToLiveInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[260].shape.name_ref, shape_names[9927]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_update_time_to_live_input),
            },
            .members_ref = REF(structures[260].members_ref, members[879]),
            .by_wire_name_ref = REF(structures[260].by_wire_name_ref, by_wire_name[879]),
            .member_count = 2,
        },
        [261] = { /* UpdateTimeToLiveOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[261].shape.name_ref, shape_names[9949]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_update_time_to_live_output),
            },
            .members_ref = REF(structures[261].members_ref, members[881]),
            .by_wire_name_ref = REF(structures[261].by_wire_name_ref, by_wire_name[881]),
            .member_count = 1,
        },
        [262] = { /* VectorAttributeDefinition */
            .shape = {
                .name_ref = SHAPE_NAME(structures[262].shape.name_ref, shape_names[9972]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_vector_attribute_definition),
            },
            .members_ref = REF(structures[262].members_ref, members[882]),
            .by_wire_name_ref = REF(structures[262].by_wire_name_ref, by_wire_name[882]),
            .member_count = 1,
        },
        [263] = { /* VectorCapacity */
            .shape = {
                .name_ref = SHAPE_NAME(structures[263].shape.name_ref, shape_names[10018]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_vector_capacity),
            },
            .members_ref = REF(structures[263].members_ref, members[883]),
            .by_wire_name_ref = REF(structures[263].by_wire_name_ref, by_wire_name[883]),
            .member_count = 2,
        },
        [264] = { /* VectorIndex */
            .shape = {
                .name_ref = SHAPE_NAME(structures[264].shape.name_ref, shape_names[10056]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_vector_index),
            },
            .members_ref = REF(structures[264].members_ref, members[885]),
            .by_wire_name_ref = REF(structures[264].by_wire_name_ref, by_wire_name[885]),
            .member_count = 6,
        },
        [265] = { /* VectorIndexDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[265].shape.name_ref, shape_names[10068]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_vector_index_description),
            },
            .members_ref = REF(structures[265].members_ref, members[891]),
            .by_wire_name_ref = REF(structures[265].by_wire_name_ref, by_wire_name[891]),
            .member_count = 11,
        },
        [266] = { /* VectorIndexInfo */
            .shape = {
                .name_ref = SHAPE_NAME(structures[266].shape.name_ref, shape_names[10118]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_vector_index_info),
            },
            .members_ref = REF(structures[266].members_ref, members[902]),
            .by_wire_name_ref = REF(structures[266].by_wire_name_ref, by_wire_name[902]),
            .member_count = 6,
        },
        [267] = { /* VectorIndexUpdate */
            .shape = {
                .name_ref = SHAPE_NAME(structures[267].shape.name_ref, shape_names[10150]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_vector_index_update),
            },
            .members_ref = REF(structures[267].members_ref, members[908]),
            .by_wire_name_ref = REF(structures[267].by_wire_name_ref, by_wire_name[908]),
            .member_count = 2,
        },
        [268] = { /* WarmThroughput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[268].shape.name_ref, shape_names[10229]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_warm_throughput),
            },
            .members_ref = REF(structures[268].members_ref, members[910]),
            .by_wire_name_ref = REF(structures[268].by_wire_name_ref, by_wire_name[910]),
            .member_count = 2,
        },
        [269] = { /* WriteRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[269].shape.name_ref, shape_names[10258]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_dynamodb_write_request),
            },
            .members_ref = REF(structures[269].members_ref, members[912]),
            .by_wire_name_ref = REF(structures[269].by_wire_name_ref, by_wire_name[912]),
            .member_count = 2,
        },
    },
    .collections = {
        [0] = { /* AttributeDefinitions */
            .shape = {
                .name_ref = SHAPE_NAME(collections[0].shape.name_ref, shape_names[104]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_attribute_definitions),
            },
            .item_ref = REF(collections[0].item_ref, structures[1].shape),
        },
        [1] = { /* AttributeMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[1].shape.name_ref, shape_names[125]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_dynamodb_attribute_map),
            },
            .item_ref = REF(collections[1].item_ref, structures[2].shape),
            .key_ref = REF(collections[1].key_ref, scalars[1]),
            .value_offset = offsetof(struct awsc_dynamodb_attribute_map_entry, value),
            .entry_size = sizeof(struct awsc_dynamodb_attribute_map_entry),
        },
        [2] = { /* AttributeNameList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[2].shape.name_ref, shape_names[152]),
                .traits_ref = REF(collections[2].shape.traits_ref, traits[1]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_attribute_name_list),
            },
            .item_ref = REF(collections[2].item_ref, scalars[1]),
        },
        [3] = { /* AttributeUpdates */
            .shape = {
                .name_ref = SHAPE_NAME(collections[3].shape.name_ref, shape_names[170]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_dynamodb_attribute_updates),
            },
            .item_ref = REF(collections[3].item_ref, structures[3].shape),
            .key_ref = REF(collections[3].key_ref, scalars[1]),
            .value_offset = offsetof(struct awsc_dynamodb_attribute_updates_entry, value),
            .entry_size = sizeof(struct awsc_dynamodb_attribute_updates_entry),
        },
        [4] = { /* AttributeValueList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[4].shape.name_ref, shape_names[202]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_attribute_value_list),
            },
            .item_ref = REF(collections[4].item_ref, structures[2].shape),
        },
        [5] = { /* AutoScalingPolicyDescriptionList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[5].shape.name_ref, shape_names[271]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_auto_scaling_policy_description_list),
            },
            .item_ref = REF(collections[5].item_ref, structures[4].shape),
        },
        [6] = { /* BackupSummaries */
            .shape = {
                .name_ref = SHAPE_NAME(collections[6].shape.name_ref, shape_names[689]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_backup_summaries),
            },
            .item_ref = REF(collections[6].item_ref, structures[14].shape),
        },
        [7] = { /* BatchGetRequestMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[7].shape.name_ref, shape_names[857]),
                .traits_ref = REF(collections[7].shape.traits_ref, traits[10]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_dynamodb_batch_get_request_map),
            },
            .item_ref = REF(collections[7].item_ref, structures[137].shape),
            .key_ref = REF(collections[7].key_ref, scalars[100]),
            .value_offset = offsetof(struct awsc_dynamodb_batch_get_request_map_entry, value),
            .entry_size = sizeof(struct awsc_dynamodb_batch_get_request_map_entry),
        },
        [8] = { /* BatchGetResponseMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[8].shape.name_ref, shape_names[876]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_dynamodb_batch_get_response_map),
            },
            .item_ref = REF(collections[8].item_ref, collections[36].shape),
            .key_ref = REF(collections[8].key_ref, scalars[100]),
            .value_offset = offsetof(struct awsc_dynamodb_batch_get_response_map_entry, value),
            .entry_size = sizeof(struct awsc_dynamodb_batch_get_response_map_entry),
        },
        [9] = { /* BatchWriteItemRequestMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[9].shape.name_ref, shape_names[1030]),
                .traits_ref = REF(collections[9].shape.traits_ref, traits[11]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_dynamodb_batch_write_item_request_map),
            },
            .item_ref = REF(collections[9].item_ref, collections[85].shape),
            .key_ref = REF(collections[9].key_ref, scalars[100]),
            .value_offset = offsetof(struct awsc_dynamodb_batch_write_item_request_map_entry, value),
            .entry_size = sizeof(struct awsc_dynamodb_batch_write_item_request_map_entry),
        },
        [10] = { /* BinarySetAttributeValue */
            .shape = {
                .name_ref = SHAPE_NAME(collections[10].shape.name_ref, shape_names[1123]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_binary_set_attribute_value),
            },
            .item_ref = REF(collections[10].item_ref, scalars[12]),
        },
        [11] = { /* CancellationReasonList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[11].shape.name_ref, shape_names[1202]),
                .traits_ref = REF(collections[11].shape.traits_ref, traits[13]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_cancellation_reason_list),
            },
            .item_ref = REF(collections[11].item_ref, structures[25].shape),
        },
        [12] = { /* ConsumedCapacityMultiple */
            .shape = {
                .name_ref = SHAPE_NAME(collections[12].shape.name_ref, shape_names[1440]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_consumed_capacity_multiple),
            },
            .item_ref = REF(collections[12].item_ref, structures[30].shape),
        },
        [13] = { /* ContributorInsightsRuleList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[13].shape.name_ref, shape_names[1614]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_attribute_name_list),
            },
            .item_ref = REF(collections[13].item_ref, scalars[23]),
        },
        [14] = { /* ContributorInsightsSummaries */
            .shape = {
                .name_ref = SHAPE_NAME(collections[14].shape.name_ref, shape_names[1668]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_contributor_insights_summaries),
            },
            .item_ref = REF(collections[14].item_ref, structures[33].shape),
        },
        [15] = { /* CsvHeaderList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[15].shape.name_ref, shape_names[2020]),
                .traits_ref = REF(collections[15].shape.traits_ref, traits[20]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_attribute_name_list),
            },
            .item_ref = REF(collections[15].item_ref, scalars[25]),
        },
        [16] = { /* Endpoints */
            .shape = {
                .name_ref = SHAPE_NAME(collections[16].shape.name_ref, shape_names[3194]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_endpoints),
            },
            .item_ref = REF(collections[16].item_ref, structures[89].shape),
        },
        [17] = { /* ExpectedAttributeMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[17].shape.name_ref, shape_names[3357]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_dynamodb_expected_attribute_map),
            },
            .item_ref = REF(collections[17].item_ref, structures[94].shape),
            .key_ref = REF(collections[17].key_ref, scalars[1]),
            .value_offset = offsetof(struct awsc_dynamodb_expected_attribute_map_entry, value),
            .entry_size = sizeof(struct awsc_dynamodb_expected_attribute_map_entry),
        },
        [18] = { /* ExportSummaries */
            .shape = {
                .name_ref = SHAPE_NAME(collections[18].shape.name_ref, shape_names[3531]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_export_summaries),
            },
            .item_ref = REF(collections[18].item_ref, structures[98].shape),
        },
        [19] = { /* ExpressionAttributeNameMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[19].shape.name_ref, shape_names[3672]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_dynamodb_expression_attribute_name_map),
            },
            .item_ref = REF(collections[19].item_ref, scalars[1]),
            .key_ref = REF(collections[19].key_ref, scalars[41]),
            .value_offset = offsetof(struct awsc_dynamodb_expression_attribute_name_map_entry, value),
            .entry_size = sizeof(struct awsc_dynamodb_expression_attribute_name_map_entry),
        },
        [20] = { /* ExpressionAttributeValueMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[20].shape.name_ref, shape_names[3731]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_dynamodb_attribute_map),
            },
            .item_ref = REF(collections[20].item_ref, structures[2].shape),
            .key_ref = REF(collections[20].key_ref, scalars[42]),
            .value_offset = offsetof(struct awsc_dynamodb_attribute_map_entry, value),
            .entry_size = sizeof(struct awsc_dynamodb_attribute_map_entry),
        },
        [21] = { /* FilterConditionMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[21].shape.name_ref, shape_names[3836]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_dynamodb_filter_condition_map),
            },
            .item_ref = REF(collections[21].item_ref, structures[27].shape),
            .key_ref = REF(collections[21].key_ref, scalars[1]),
            .value_offset = offsetof(struct awsc_dynamodb_filter_condition_map_entry, value),
            .entry_size = sizeof(struct awsc_dynamodb_filter_condition_map_entry),
        },
        [22] = { /* GlobalSecondaryIndexAutoScalingUpdateList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[22].shape.name_ref, shape_names[3992]),
                .traits_ref = REF(collections[22].shape.traits_ref, traits[26]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_global_secondary_index_auto_scaling_update_list),
            },
            .item_ref = REF(collections[22].item_ref, structures[108].shape),
        },
        [23] = { /* GlobalSecondaryIndexDescriptionList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[23].shape.name_ref, shape_names[4066]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_global_secondary_index_description_list),
            },
            .item_ref = REF(collections[23].item_ref, structures[109].shape),
        },
        [24] = { /* GlobalSecondaryIndexList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[24].shape.name_ref, shape_names[4127]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_global_secondary_index_list),
            },
            .item_ref = REF(collections[24].item_ref, structures[107].shape),
        },
        [25] = { /* GlobalSecondaryIndexUpdateList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[25].shape.name_ref, shape_names[4179]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_global_secondary_index_update_list),
            },
            .item_ref = REF(collections[25].item_ref, structures[111].shape),
        },
        [26] = { /* GlobalSecondaryIndexes */
            .shape = {
                .name_ref = SHAPE_NAME(collections[26].shape.name_ref, shape_names[4256]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_global_secondary_indexes),
            },
            .item_ref = REF(collections[26].item_ref, structures[110].shape),
        },
        [27] = { /* GlobalTableGlobalSecondaryIndexSettingsUpdateList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[27].shape.name_ref, shape_names[4381]),
                .traits_ref = REF(collections[27].shape.traits_ref, traits[28]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_global_table_global_secondary_index_settings_update_list),
            },
            .item_ref = REF(collections[27].item_ref, structures[116].shape),
        },
        [28] = { /* GlobalTableList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[28].shape.name_ref, shape_names[4431]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_global_table_list),
            },
            .item_ref = REF(collections[28].item_ref, structures[113].shape),
        },
        [29] = { /* GlobalTableWitnessDescriptionList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[29].shape.name_ref, shape_names[4530]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_global_table_witness_description_list),
            },
            .item_ref = REF(collections[29].item_ref, structures[118].shape),
        },
        [30] = { /* GlobalTableWitnessGroupUpdateList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[30].shape.name_ref, shape_names[4594]),
                .traits_ref = REF(collections[30].shape.traits_ref, traits[30]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_global_table_witness_group_update_list),
            },
            .item_ref = REF(collections[30].item_ref, structures[119].shape),
        },
        [31] = { /* ImportSummaryList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[31].shape.name_ref, shape_names[4711]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_import_summary_list),
            },
            .item_ref = REF(collections[31].item_ref, structures[123].shape),
        },
        [32] = { /* ItemCollectionKeyAttributeMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[32].shape.name_ref, shape_names[4932]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_dynamodb_attribute_map),
            },
            .item_ref = REF(collections[32].item_ref, structures[2].shape),
            .key_ref = REF(collections[32].key_ref, scalars[1]),
            .value_offset = offsetof(struct awsc_dynamodb_attribute_map_entry, value),
            .entry_size = sizeof(struct awsc_dynamodb_attribute_map_entry),
        },
        [33] = { /* ItemCollectionMetricsMultiple */
            .shape = {
                .name_ref = SHAPE_NAME(collections[33].shape.name_ref, shape_names[4984]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_item_collection_metrics_multiple),
            },
            .item_ref = REF(collections[33].item_ref, structures[133].shape),
        },
        [34] = { /* ItemCollectionMetricsPerTable */
            .shape = {
                .name_ref = SHAPE_NAME(collections[34].shape.name_ref, shape_names[5014]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_dynamodb_item_collection_metrics_per_table),
            },
            .item_ref = REF(collections[34].item_ref, collections[33].shape),
            .key_ref = REF(collections[34].key_ref, scalars[100]),
            .value_offset = offsetof(struct awsc_dynamodb_item_collection_metrics_per_table_entry, value),
            .entry_size = sizeof(struct awsc_dynamodb_item_collection_metrics_per_table_entry),
        },
        [35] = { /* ItemCollectionSizeEstimateRange */
            .shape = {
                .name_ref = SHAPE_NAME(collections[35].shape.name_ref, shape_names[5076]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_item_collection_size_estimate_range),
            },
            .item_ref = REF(collections[35].item_ref, scalars[54]),
        },
        [36] = { /* ItemList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[36].shape.name_ref, shape_names[5118]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_item_list),
            },
            .item_ref = REF(collections[36].item_ref, collections[1].shape),
        },
        [37] = { /* ItemResponseList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[37].shape.name_ref, shape_names[5140]),
                .traits_ref = REF(collections[37].shape.traits_ref, traits[44]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_item_response_list),
            },
            .item_ref = REF(collections[37].item_ref, structures[135].shape),
        },
        [38] = { /* Key */
            .shape = {
                .name_ref = SHAPE_NAME(collections[38].shape.name_ref, shape_names[5188]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_dynamodb_attribute_map),
            },
            .item_ref = REF(collections[38].item_ref, structures[2].shape),
            .key_ref = REF(collections[38].key_ref, scalars[1]),
            .value_offset = offsetof(struct awsc_dynamodb_attribute_map_entry, value),
            .entry_size = sizeof(struct awsc_dynamodb_attribute_map_entry),
        },
        [39] = { /* KeyConditions */
            .shape = {
                .name_ref = SHAPE_NAME(collections[39].shape.name_ref, shape_names[5192]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_dynamodb_filter_condition_map),
            },
            .item_ref = REF(collections[39].item_ref, structures[27].shape),
            .key_ref = REF(collections[39].key_ref, scalars[1]),
            .value_offset = offsetof(struct awsc_dynamodb_filter_condition_map_entry, value),
            .entry_size = sizeof(struct awsc_dynamodb_filter_condition_map_entry),
        },
        [40] = { /* KeyList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[40].shape.name_ref, shape_names[5220]),
                .traits_ref = REF(collections[40].shape.traits_ref, traits[45]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_item_list),
            },
            .item_ref = REF(collections[40].item_ref, collections[38].shape),
        },
        [41] = { /* KeySchema */
            .shape = {
                .name_ref = SHAPE_NAME(collections[41].shape.name_ref, shape_names[5228]),
                .traits_ref = REF(collections[41].shape.traits_ref, traits[46]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_key_schema),
            },
            .item_ref = REF(collections[41].item_ref, structures[136].shape),
        },
        [42] = { /* KinesisDataStreamDestinations */
            .shape = {
                .name_ref = SHAPE_NAME(collections[42].shape.name_ref, shape_names[5333]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_kinesis_data_stream_destinations),
            },
            .item_ref = REF(collections[42].item_ref, structures[138].shape),
        },
        [43] = { /* ListAttributeValue */
            .shape = {
                .name_ref = SHAPE_NAME(collections[43].shape.name_ref, shape_names[5449]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_attribute_value_list),
            },
            .item_ref = REF(collections[43].item_ref, structures[2].shape),
        },
        [44] = { /* LocalSecondaryIndexDescriptionList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[44].shape.name_ref, shape_names[5900]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_local_secondary_index_description_list),
            },
            .item_ref = REF(collections[44].item_ref, structures[157].shape),
        },
        [45] = { /* LocalSecondaryIndexList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[45].shape.name_ref, shape_names[5959]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_local_secondary_index_list),
            },
            .item_ref = REF(collections[45].item_ref, structures[156].shape),
        },
        [46] = { /* LocalSecondaryIndexes */
            .shape = {
                .name_ref = SHAPE_NAME(collections[46].shape.name_ref, shape_names[5983]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_local_secondary_indexes),
            },
            .item_ref = REF(collections[46].item_ref, structures[158].shape),
        },
        [47] = { /* MapAttributeValue */
            .shape = {
                .name_ref = SHAPE_NAME(collections[47].shape.name_ref, shape_names[6021]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_dynamodb_attribute_map),
            },
            .item_ref = REF(collections[47].item_ref, structures[2].shape),
            .key_ref = REF(collections[47].key_ref, scalars[1]),
            .value_offset = offsetof(struct awsc_dynamodb_attribute_map_entry, value),
            .entry_size = sizeof(struct awsc_dynamodb_attribute_map_entry),
        },
        [48] = { /* NonKeyAttributeNameList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[48].shape.name_ref, shape_names[6098]),
                .traits_ref = REF(collections[48].shape.traits_ref, traits[54]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_attribute_name_list),
            },
            .item_ref = REF(collections[48].item_ref, scalars[68]),
        },
        [49] = { /* NumberSetAttributeValue */
            .shape = {
                .name_ref = SHAPE_NAME(collections[49].shape.name_ref, shape_names[6184]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_attribute_name_list),
            },
            .item_ref = REF(collections[49].item_ref, scalars[71]),
        },
        [50] = { /* ParameterizedStatements */
            .shape = {
                .name_ref = SHAPE_NAME(collections[50].shape.name_ref, shape_names[6277]),
                .traits_ref = REF(collections[50].shape.traits_ref, traits[56]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_parameterized_statements),
            },
            .item_ref = REF(collections[50].item_ref, structures[161].shape),
        },
        [51] = { /* PartiQLBatchRequest */
            .shape = {
                .name_ref = SHAPE_NAME(collections[51].shape.name_ref, shape_names[6301]),
                .traits_ref = REF(collections[51].shape.traits_ref, traits[57]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_parti_ql_batch_request),
            },
            .item_ref = REF(collections[51].item_ref, structures[20].shape),
        },
        [52] = { /* PartiQLBatchResponse */
            .shape = {
                .name_ref = SHAPE_NAME(collections[52].shape.name_ref, shape_names[6321]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_parti_ql_batch_response),
            },
            .item_ref = REF(collections[52].item_ref, structures[21].shape),
        },
        [53] = { /* PreparedStatementParameters */
            .shape = {
                .name_ref = SHAPE_NAME(collections[53].shape.name_ref, shape_names[6524]),
                .traits_ref = REF(collections[53].shape.traits_ref, traits[65]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_attribute_value_list),
            },
            .item_ref = REF(collections[53].item_ref, structures[2].shape),
        },
        [54] = { /* PutItemInputAttributeMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[54].shape.name_ref, shape_names[6720]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_dynamodb_attribute_map),
            },
            .item_ref = REF(collections[54].item_ref, structures[2].shape),
            .key_ref = REF(collections[54].key_ref, scalars[1]),
            .value_offset = offsetof(struct awsc_dynamodb_attribute_map_entry, value),
            .entry_size = sizeof(struct awsc_dynamodb_attribute_map_entry),
        },
        [55] = { /* ReplicaAutoScalingDescriptionList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[55].shape.name_ref, shape_names[6917]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_replica_auto_scaling_description_list),
            },
            .item_ref = REF(collections[55].item_ref, structures[181].shape),
        },
        [56] = { /* ReplicaAutoScalingUpdateList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[56].shape.name_ref, shape_names[6976]),
                .traits_ref = REF(collections[56].shape.traits_ref, traits[70]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_replica_auto_scaling_update_list),
            },
            .item_ref = REF(collections[56].item_ref, structures[182].shape),
        },
        [57] = { /* ReplicaDescriptionList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[57].shape.name_ref, shape_names[7024]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_replica_description_list),
            },
            .item_ref = REF(collections[57].item_ref, structures[183].shape),
        },
        [58] = { /* ReplicaGlobalSecondaryIndexAutoScalingDescriptionList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[58].shape.name_ref, shape_names[7125]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_description_list),
            },
            .item_ref = REF(collections[58].item_ref, structures[185].shape),
        },
        [59] = { /* ReplicaGlobalSecondaryIndexAutoScalingUpdateList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[59].shape.name_ref, shape_names[7224]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_update_list),
            },
            .item_ref = REF(collections[59].item_ref, structures[186].shape),
        },
        [60] = { /* ReplicaGlobalSecondaryIndexDescriptionList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[60].shape.name_ref, shape_names[7312]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_description_list),
            },
            .item_ref = REF(collections[60].item_ref, structures[187].shape),
        },
        [61] = { /* ReplicaGlobalSecondaryIndexList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[61].shape.name_ref, shape_names[7355]),
                .traits_ref = REF(collections[61].shape.traits_ref, traits[71]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_list),
            },
            .item_ref = REF(collections[61].item_ref, structures[184].shape),
        },
        [62] = { /* ReplicaGlobalSecondaryIndexSettingsDescriptionList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[62].shape.name_ref, shape_names[7434]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_settings_description_list),
            },
            .item_ref = REF(collections[62].item_ref, structures[188].shape),
        },
        [63] = { /* ReplicaGlobalSecondaryIndexSettingsUpdateList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[63].shape.name_ref, shape_names[7527]),
                .traits_ref = REF(collections[63].shape.traits_ref, traits[72]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_settings_update_list),
            },
            .item_ref = REF(collections[63].item_ref, structures[189].shape),
        },
        [64] = { /* ReplicaList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[64].shape.name_ref, shape_names[7573]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_replica_list),
            },
            .item_ref = REF(collections[64].item_ref, structures[179].shape),
        },
        [65] = { /* ReplicaSettingsDescriptionList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[65].shape.name_ref, shape_names[7612]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_replica_settings_description_list),
            },
            .item_ref = REF(collections[65].item_ref, structures[191].shape),
        },
        [66] = { /* ReplicaSettingsUpdateList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[66].shape.name_ref, shape_names[7665]),
                .traits_ref = REF(collections[66].shape.traits_ref, traits[74]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_replica_settings_update_list),
            },
            .item_ref = REF(collections[66].item_ref, structures[192].shape),
        },
        [67] = { /* ReplicaUpdateList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[67].shape.name_ref, shape_names[7773]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_replica_update_list),
            },
            .item_ref = REF(collections[67].item_ref, structures[193].shape),
        },
        [68] = { /* ReplicationGroupUpdateList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[68].shape.name_ref, shape_names[7814]),
                .traits_ref = REF(collections[68].shape.traits_ref, traits[76]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_replication_group_update_list),
            },
            .item_ref = REF(collections[68].item_ref, structures[195].shape),
        },
        [69] = { /* SearchResultList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[69].shape.name_ref, shape_names[8372]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_search_result_list),
            },
            .item_ref = REF(collections[69].item_ref, structures[209].shape),
        },
        [70] = { /* SearchSchema */
            .shape = {
                .name_ref = SHAPE_NAME(collections[70].shape.name_ref, shape_names[8389]),
                .traits_ref = REF(collections[70].shape.traits_ref, traits[86]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_search_schema),
            },
            .item_ref = REF(collections[70].item_ref, structures[210].shape),
        },
        [71] = { /* SearchVectorList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[71].shape.name_ref, shape_names[8446]),
                .traits_ref = REF(collections[71].shape.traits_ref, traits[87]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_attribute_value_list),
            },
            .item_ref = REF(collections[71].item_ref, structures[2].shape),
        },
        [72] = { /* SecondaryIndexesCapacityMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[72].shape.name_ref, shape_names[8502]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_dynamodb_secondary_indexes_capacity_map),
            },
            .item_ref = REF(collections[72].item_ref, structures[26].shape),
            .key_ref = REF(collections[72].key_ref, scalars[51]),
            .value_offset = offsetof(struct awsc_dynamodb_secondary_indexes_capacity_map_entry, value),
            .entry_size = sizeof(struct awsc_dynamodb_secondary_indexes_capacity_map_entry),
        },
        [73] = { /* StringSetAttributeValue */
            .shape = {
                .name_ref = SHAPE_NAME(collections[73].shape.name_ref, shape_names[8669]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_attribute_name_list),
            },
            .item_ref = REF(collections[73].item_ref, scalars[99]),
        },
        [74] = { /* TableNameList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[74].shape.name_ref, shape_names[8840]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_attribute_name_list),
            },
            .item_ref = REF(collections[74].item_ref, scalars[103]),
        },
        [75] = { /* TagKeyList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[75].shape.name_ref, shape_names[8901]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_attribute_name_list),
            },
            .item_ref = REF(collections[75].item_ref, scalars[104]),
        },
        [76] = { /* TagList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[76].shape.name_ref, shape_names[8925]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_tag_list),
            },
            .item_ref = REF(collections[76].item_ref, structures[224].shape),
        },
        [77] = { /* ThrottlingReasonList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[77].shape.name_ref, shape_names[8982]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_throttling_reason_list),
            },
            .item_ref = REF(collections[77].item_ref, structures[227].shape),
        },
        [78] = { /* TransactGetItemList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[78].shape.name_ref, shape_names[9176]),
                .traits_ref = REF(collections[78].shape.traits_ref, traits[99]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_transact_get_item_list),
            },
            .item_ref = REF(collections[78].item_ref, structures[230].shape),
        },
        [79] = { /* TransactWriteItemList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[79].shape.name_ref, shape_names[9259]),
                .traits_ref = REF(collections[79].shape.traits_ref, traits[100]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_transact_write_item_list),
            },
            .item_ref = REF(collections[79].item_ref, structures[233].shape),
        },
        [80] = { /* VectorIndexDescriptionList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[80].shape.name_ref, shape_names[10091]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_vector_index_description_list),
            },
            .item_ref = REF(collections[80].item_ref, structures[265].shape),
        },
        [81] = { /* VectorIndexList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[81].shape.name_ref, shape_names[10134]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_vector_index_list),
            },
            .item_ref = REF(collections[81].item_ref, structures[264].shape),
        },
        [82] = { /* VectorIndexUpdateList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[82].shape.name_ref, shape_names[10168]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_vector_index_update_list),
            },
            .item_ref = REF(collections[82].item_ref, structures[267].shape),
        },
        [83] = { /* VectorIndexes */
            .shape = {
                .name_ref = SHAPE_NAME(collections[83].shape.name_ref, shape_names[10190]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_vector_indexes),
            },
            .item_ref = REF(collections[83].item_ref, structures[266].shape),
        },
        [84] = { /* VectorIndexesCapacityMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[84].shape.name_ref, shape_names[10204]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_dynamodb_vector_indexes_capacity_map),
            },
            .item_ref = REF(collections[84].item_ref, structures[263].shape),
            .key_ref = REF(collections[84].key_ref, scalars[51]),
            .value_offset = offsetof(struct awsc_dynamodb_vector_indexes_capacity_map_entry, value),
            .entry_size = sizeof(struct awsc_dynamodb_vector_indexes_capacity_map_entry),
        },
        [85] = { /* WriteRequests */
            .shape = {
                .name_ref = SHAPE_NAME(collections[85].shape.name_ref, shape_names[10271]),
                .traits_ref = REF(collections[85].shape.traits_ref, traits[105]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_dynamodb_write_requests),
            },
            .item_ref = REF(collections[85].item_ref, structures[269].shape),
        },
    },
    .enums = {
        [0] = { /* ApproximateCreationDateTimePrecision */
            .shape = {
                .name_ref = SHAPE_NAME(enums[0].shape.name_ref, shape_names[0]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[0].enum_values_ref, strings[0]),
            .enum_count = 2,
        },
        [1] = { /* AttributeAction */
            .shape = {
                .name_ref = SHAPE_NAME(enums[1].shape.name_ref, shape_names[68]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[1].enum_values_ref, strings[74]),
            .enum_count = 3,
        },
        [2] = { /* BackupStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[2].shape.name_ref, shape_names[676]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[2].enum_values_ref, strings[589]),
            .enum_count = 3,
        },
        [3] = { /* BackupType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[3].shape.name_ref, shape_names[719]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[3].enum_values_ref, strings[643]),
            .enum_count = 3,
        },
        [4] = { /* BackupTypeFilter */
            .shape = {
                .name_ref = SHAPE_NAME(enums[4].shape.name_ref, shape_names[730]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[4].enum_values_ref, strings[666]),
            .enum_count = 4,
        },
        [5] = { /* BatchStatementErrorCodeEnum */
            .shape = {
                .name_ref = SHAPE_NAME(enums[5].shape.name_ref, shape_names[916]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[5].enum_values_ref, strings[801]),
            .enum_count = 11,
        },
        [6] = { /* BillingMode */
            .shape = {
                .name_ref = SHAPE_NAME(enums[6].shape.name_ref, shape_names[1071]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[6].enum_values_ref, strings[1168]),
            .enum_count = 2,
        },
        [7] = { /* ComparisonOperator */
            .shape = {
                .name_ref = SHAPE_NAME(enums[7].shape.name_ref, shape_names[1292]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[7].enum_values_ref, strings[1293]),
            .enum_count = 13,
        },
        [8] = { /* ConditionalOperator */
            .shape = {
                .name_ref = SHAPE_NAME(enums[8].shape.name_ref, shape_names[1356]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[8].enum_values_ref, strings[1515]),
            .enum_count = 2,
        },
        [9] = { /* ContinuousBackupsStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[9].shape.name_ref, shape_names[1516]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[9].enum_values_ref, strings[1642]),
            .enum_count = 2,
        },
        [10] = { /* ContributorInsightsAction */
            .shape = {
                .name_ref = SHAPE_NAME(enums[10].shape.name_ref, shape_names[1540]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[10].enum_values_ref, strings[1697]),
            .enum_count = 2,
        },
        [11] = { /* ContributorInsightsMode */
            .shape = {
                .name_ref = SHAPE_NAME(enums[11].shape.name_ref, shape_names[1566]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[11].enum_values_ref, strings[1712]),
            .enum_count = 2,
        },
        [12] = { /* ContributorInsightsStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[12].shape.name_ref, shape_names[1642]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[12].enum_values_ref, strings[1755]),
            .enum_count = 5,
        },
        [13] = { /* DestinationStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[13].shape.name_ref, shape_names[3118]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[13].enum_values_ref, strings[2842]),
            .enum_count = 6,
        },
        [14] = { /* ExportFormat */
            .shape = {
                .name_ref = SHAPE_NAME(enums[14].shape.name_ref, shape_names[3443]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[14].enum_values_ref, strings[3335]),
            .enum_count = 2,
        },
        [15] = { /* ExportStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[15].shape.name_ref, shape_names[3518]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[15].enum_values_ref, strings[3377]),
            .enum_count = 3,
        },
        [16] = { /* ExportType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[16].shape.name_ref, shape_names[3646]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[16].enum_values_ref, strings[3406]),
            .enum_count = 2,
        },
        [17] = { /* ExportViewType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[17].shape.name_ref, shape_names[3657]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[17].enum_values_ref, strings[3437]),
            .enum_count = 2,
        },
        [18] = { /* GlobalTableSettingsReplicationMode */
            .shape = {
                .name_ref = SHAPE_NAME(enums[18].shape.name_ref, shape_names[4447]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[18].enum_values_ref, strings[3895]),
            .enum_count = 3,
        },
        [19] = { /* GlobalTableStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[19].shape.name_ref, shape_names[4482]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[19].enum_values_ref, strings[3935]),
            .enum_count = 4,
        },
        [20] = { /* ImportStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[20].shape.name_ref, shape_names[4684]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[20].enum_values_ref, strings[4068]),
            .enum_count = 5,
        },
        [21] = { /* IndexStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[21].shape.name_ref, shape_names[4846]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[21].enum_values_ref, strings[4377]),
            .enum_count = 4,
        },
        [22] = { /* InputCompressionType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[22].shape.name_ref, shape_names[4858]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[22].enum_values_ref, strings[4411]),
            .enum_count = 3,
        },
        [23] = { /* InputFormat */
            .shape = {
                .name_ref = SHAPE_NAME(enums[23].shape.name_ref, shape_names[4879]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[23].enum_values_ref, strings[4426]),
            .enum_count = 3,
        },
        [24] = { /* KeyType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[24].shape.name_ref, shape_names[5278]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[24].enum_values_ref, strings[4614]),
            .enum_count = 2,
        },
        [25] = { /* MultiRegionConsistency */
            .shape = {
                .name_ref = SHAPE_NAME(enums[25].shape.name_ref, shape_names[6039]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[25].enum_values_ref, strings[5062]),
            .enum_count = 2,
        },
        [26] = { /* PointInTimeRecoveryStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[26].shape.name_ref, shape_names[6440]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[26].enum_values_ref, strings[1642]),
            .enum_count = 2,
        },
        [27] = { /* ProjectionType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[27].shape.name_ref, shape_names[6603]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[27].enum_values_ref, strings[5341]),
            .enum_count = 3,
        },
        [28] = { /* ReplicaStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[28].shape.name_ref, shape_names[7691]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[28].enum_values_ref, strings[6472]),
            .enum_count = 10,
        },
        [29] = { /* ReturnConsumedCapacity */
            .shape = {
                .name_ref = SHAPE_NAME(enums[29].shape.name_ref, shape_names[8036]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[29].enum_values_ref, strings[6966]),
            .enum_count = 3,
        },
        [30] = { /* ReturnItemCollectionMetrics */
            .shape = {
                .name_ref = SHAPE_NAME(enums[30].shape.name_ref, shape_names[8059]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[30].enum_values_ref, strings[6985]),
            .enum_count = 2,
        },
        [31] = { /* ReturnValue */
            .shape = {
                .name_ref = SHAPE_NAME(enums[31].shape.name_ref, shape_names[8087]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[31].enum_values_ref, strings[6995]),
            .enum_count = 5,
        },
        [32] = { /* ReturnValuesOnConditionCheckFailure */
            .shape = {
                .name_ref = SHAPE_NAME(enums[32].shape.name_ref, shape_names[8099]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[32].enum_values_ref, strings[7040]),
            .enum_count = 2,
        },
        [33] = { /* S3SseAlgorithm */
            .shape = {
                .name_ref = SHAPE_NAME(enums[33].shape.name_ref, shape_names[8182]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[33].enum_values_ref, strings[7065]),
            .enum_count = 2,
        },
        [34] = { /* SSEStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[34].shape.name_ref, shape_names[8254]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[34].enum_values_ref, strings[7139]),
            .enum_count = 5,
        },
        [35] = { /* SSEType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[35].shape.name_ref, shape_names[8264]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[35].enum_values_ref, strings[7065]),
            .enum_count = 2,
        },
        [36] = { /* ScalarAttributeType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[36].shape.name_ref, shape_names[8272]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[36].enum_values_ref, strings[7184]),
            .enum_count = 3,
        },
        [37] = { /* SearchSchemaElementType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[37].shape.name_ref, shape_names[8422]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[37].enum_values_ref, strings[7253]),
            .enum_count = 2,
        },
        [38] = { /* Select */
            .shape = {
                .name_ref = SHAPE_NAME(enums[38].shape.name_ref, shape_names[8530]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[38].enum_values_ref, strings[7330]),
            .enum_count = 4,
        },
        [39] = { /* StreamViewType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[39].shape.name_ref, shape_names[8626]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[39].enum_values_ref, strings[7495]),
            .enum_count = 4,
        },
        [40] = { /* TableClass */
            .shape = {
                .name_ref = SHAPE_NAME(enums[40].shape.name_ref, shape_names[8730]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[40].enum_values_ref, strings[7593]),
            .enum_count = 2,
        },
        [41] = { /* TableStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[41].shape.name_ref, shape_names[8854]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[41].enum_values_ref, strings[7837]),
            .enum_count = 8,
        },
        [42] = { /* TimeToLiveStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[42].shape.name_ref, shape_names[9131]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[42].enum_values_ref, strings[8024]),
            .enum_count = 4,
        },
        [43] = { /* VectorDistanceFunction */
            .shape = {
                .name_ref = SHAPE_NAME(enums[43].shape.name_ref, shape_names[10033]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[43].enum_values_ref, strings[8697]),
            .enum_count = 3,
        },
        [44] = { /* WitnessStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[44].shape.name_ref, shape_names[10244]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[44].enum_values_ref, strings[8726]),
            .enum_count = 3,
        },
    },
    .scalars = {
        [0] = { /* ArchivalReason */
            .name_ref = SHAPE_NAME(scalars[0].name_ref, shape_names[37]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [1] = { /* AttributeName */
            .name_ref = SHAPE_NAME(scalars[1].name_ref, shape_names[138]),
            .traits_ref = REF(scalars[1].traits_ref, traits[0]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [2] = { /* AutoScalingPolicyName */
            .name_ref = SHAPE_NAME(scalars[2].name_ref, shape_names[304]),
            .traits_ref = REF(scalars[2].traits_ref, traits[2]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [3] = { /* AutoScalingRoleArn */
            .name_ref = SHAPE_NAME(scalars[3].name_ref, shape_names[350]),
            .traits_ref = REF(scalars[3].traits_ref, traits[3]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [4] = { /* AvailabilityErrorMessage */
            .name_ref = SHAPE_NAME(scalars[4].name_ref, shape_names[547]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [5] = { /* Backfilling */
            .name_ref = SHAPE_NAME(scalars[5].name_ref, shape_names[572]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [6] = { /* BackupArn */
            .name_ref = SHAPE_NAME(scalars[6].name_ref, shape_names[584]),
            .traits_ref = REF(scalars[6].traits_ref, traits[4]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [7] = { /* BackupCreationDateTime */
            .name_ref = SHAPE_NAME(scalars[7].name_ref, shape_names[594]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [8] = { /* BackupName */
            .name_ref = SHAPE_NAME(scalars[8].name_ref, shape_names[649]),
            .traits_ref = REF(scalars[8].traits_ref, traits[6]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [9] = { /* BackupSizeBytes */
            .name_ref = SHAPE_NAME(scalars[9].name_ref, shape_names[660]),
            .traits_ref = REF(scalars[9].traits_ref, traits[8]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [10] = { /* BackupsInputLimit */
            .name_ref = SHAPE_NAME(scalars[10].name_ref, shape_names[747]),
            .traits_ref = REF(scalars[10].traits_ref, traits[9]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [11] = { /* BilledSizeBytes */
            .name_ref = SHAPE_NAME(scalars[11].name_ref, shape_names[1055]),
            .traits_ref = REF(scalars[11].traits_ref, traits[12]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [12] = { /* BinaryAttributeValue */
            .name_ref = SHAPE_NAME(scalars[12].name_ref, shape_names[1102]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [13] = { /* BooleanAttributeValue */
            .name_ref = SHAPE_NAME(scalars[13].name_ref, shape_names[1147]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [14] = { /* BooleanObject */
            .name_ref = SHAPE_NAME(scalars[14].name_ref, shape_names[1169]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [15] = { /* ClientRequestToken */
            .name_ref = SHAPE_NAME(scalars[15].name_ref, shape_names[1234]),
            .traits_ref = REF(scalars[15].traits_ref, traits[14]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [16] = { /* ClientToken */
            .name_ref = SHAPE_NAME(scalars[16].name_ref, shape_names[1253]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [17] = { /* CloudWatchLogGroupArn */
            .name_ref = SHAPE_NAME(scalars[17].name_ref, shape_names[1265]),
            .traits_ref = REF(scalars[17].traits_ref, traits[15]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [18] = { /* Code */
            .name_ref = SHAPE_NAME(scalars[18].name_ref, shape_names[1287]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [19] = { /* ConditionExpression */
            .name_ref = SHAPE_NAME(scalars[19].name_ref, shape_names[1336]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [20] = { /* ConfirmRemoveSelfResourceAccess */
            .name_ref = SHAPE_NAME(scalars[20].name_ref, shape_names[1376]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [21] = { /* ConsistentRead */
            .name_ref = SHAPE_NAME(scalars[21].name_ref, shape_names[1408]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [22] = { /* ConsumedCapacityUnits */
            .name_ref = SHAPE_NAME(scalars[22].name_ref, shape_names[1465]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [23] = { /* ContributorInsightsRule */
            .name_ref = SHAPE_NAME(scalars[23].name_ref, shape_names[1590]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [24] = { /* CsvDelimiter */
            .name_ref = SHAPE_NAME(scalars[24].name_ref, shape_names[1997]),
            .traits_ref = REF(scalars[24].traits_ref, traits[18]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [25] = { /* CsvHeader */
            .name_ref = SHAPE_NAME(scalars[25].name_ref, shape_names[2010]),
            .traits_ref = REF(scalars[25].traits_ref, traits[19]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [26] = { /* Date */
            .name_ref = SHAPE_NAME(scalars[26].name_ref, shape_names[2045]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [27] = { /* DeletionProtectionEnabled */
            .name_ref = SHAPE_NAME(scalars[27].name_ref, shape_names[2383]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [28] = { /* DoubleObject */
            .name_ref = SHAPE_NAME(scalars[28].name_ref, shape_names[3136]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [29] = { /* ErrorCount */
            .name_ref = SHAPE_NAME(scalars[29].name_ref, shape_names[3204]),
            .traits_ref = REF(scalars[29].traits_ref, traits[22]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [30] = { /* ErrorMessage */
            .name_ref = SHAPE_NAME(scalars[30].name_ref, shape_names[3215]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [31] = { /* ExceptionDescription */
            .name_ref = SHAPE_NAME(scalars[31].name_ref, shape_names[3228]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [32] = { /* ExceptionName */
            .name_ref = SHAPE_NAME(scalars[32].name_ref, shape_names[3249]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [33] = { /* ExportArn */
            .name_ref = SHAPE_NAME(scalars[33].name_ref, shape_names[3401]),
            .traits_ref = REF(scalars[33].traits_ref, traits[23]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [34] = { /* ExportEndTime */
            .name_ref = SHAPE_NAME(scalars[34].name_ref, shape_names[3429]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [35] = { /* ExportFromTime */
            .name_ref = SHAPE_NAME(scalars[35].name_ref, shape_names[3456]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [36] = { /* ExportManifest */
            .name_ref = SHAPE_NAME(scalars[36].name_ref, shape_names[3471]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [37] = { /* ExportNextToken */
            .name_ref = SHAPE_NAME(scalars[37].name_ref, shape_names[3486]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [38] = { /* ExportStartTime */
            .name_ref = SHAPE_NAME(scalars[38].name_ref, shape_names[3502]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [39] = { /* ExportTime */
            .name_ref = SHAPE_NAME(scalars[39].name_ref, shape_names[3622]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [40] = { /* ExportToTime */
            .name_ref = SHAPE_NAME(scalars[40].name_ref, shape_names[3633]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [41] = { /* ExpressionAttributeNameVariable */
            .name_ref = SHAPE_NAME(scalars[41].name_ref, shape_names[3699]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [42] = { /* ExpressionAttributeValueVariable */
            .name_ref = SHAPE_NAME(scalars[42].name_ref, shape_names[3759]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [43] = { /* FailureCode */
            .name_ref = SHAPE_NAME(scalars[43].name_ref, shape_names[3792]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [44] = { /* FailureMessage */
            .name_ref = SHAPE_NAME(scalars[44].name_ref, shape_names[3821]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [45] = { /* GlobalTableArnString */
            .name_ref = SHAPE_NAME(scalars[45].name_ref, shape_names[4291]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [46] = { /* ImportArn */
            .name_ref = SHAPE_NAME(scalars[46].name_ref, shape_names[4628]),
            .traits_ref = REF(scalars[46].traits_ref, traits[32]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [47] = { /* ImportEndTime */
            .name_ref = SHAPE_NAME(scalars[47].name_ref, shape_names[4638]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [48] = { /* ImportNextToken */
            .name_ref = SHAPE_NAME(scalars[48].name_ref, shape_names[4652]),
            .traits_ref = REF(scalars[48].traits_ref, traits[34]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [49] = { /* ImportStartTime */
            .name_ref = SHAPE_NAME(scalars[49].name_ref, shape_names[4668]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [50] = { /* ImportedItemCount */
            .name_ref = SHAPE_NAME(scalars[50].name_ref, shape_names[4787]),
            .traits_ref = REF(scalars[50].traits_ref, traits[36]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [51] = { /* IndexName */
            .name_ref = SHAPE_NAME(scalars[51].name_ref, shape_names[4836]),
            .traits_ref = REF(scalars[51].traits_ref, traits[37]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [52] = { /* Integer */
            .name_ref = SHAPE_NAME(scalars[52].name_ref, shape_names[4910]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [53] = { /* IntegerObject */
            .name_ref = SHAPE_NAME(scalars[53].name_ref, shape_names[4918]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [54] = { /* ItemCollectionSizeEstimateBound */
            .name_ref = SHAPE_NAME(scalars[54].name_ref, shape_names[5044]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [55] = { /* ItemCount */
            .name_ref = SHAPE_NAME(scalars[55].name_ref, shape_names[5108]),
            .traits_ref = REF(scalars[55].traits_ref, traits[43]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [56] = { /* KMSMasterKeyArn */
            .name_ref = SHAPE_NAME(scalars[56].name_ref, shape_names[5157]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [57] = { /* KMSMasterKeyId */
            .name_ref = SHAPE_NAME(scalars[57].name_ref, shape_names[5173]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [58] = { /* KeyExpression */
            .name_ref = SHAPE_NAME(scalars[58].name_ref, shape_names[5206]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [59] = { /* KeySchemaAttributeName */
            .name_ref = SHAPE_NAME(scalars[59].name_ref, shape_names[5238]),
            .traits_ref = REF(scalars[59].traits_ref, traits[47]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [60] = { /* LastUpdateDateTime */
            .name_ref = SHAPE_NAME(scalars[60].name_ref, shape_names[5430]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [61] = { /* ListContributorInsightsLimit */
            .name_ref = SHAPE_NAME(scalars[61].name_ref, shape_names[5532]),
            .traits_ref = REF(scalars[61].traits_ref, traits[49]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [62] = { /* ListExportsMaxLimit */
            .name_ref = SHAPE_NAME(scalars[62].name_ref, shape_names[5608]),
            .traits_ref = REF(scalars[62].traits_ref, traits[50]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [63] = { /* ListImportsMaxLimit */
            .name_ref = SHAPE_NAME(scalars[63].name_ref, shape_names[5708]),
            .traits_ref = REF(scalars[63].traits_ref, traits[51]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [64] = { /* ListTablesInputLimit */
            .name_ref = SHAPE_NAME(scalars[64].name_ref, shape_names[5762]),
            .traits_ref = REF(scalars[64].traits_ref, traits[52]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [65] = { /* Long */
            .name_ref = SHAPE_NAME(scalars[65].name_ref, shape_names[6005]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [66] = { /* LongObject */
            .name_ref = SHAPE_NAME(scalars[66].name_ref, shape_names[6010]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [67] = { /* NextTokenString */
            .name_ref = SHAPE_NAME(scalars[67].name_ref, shape_names[6062]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [68] = { /* NonKeyAttributeName */
            .name_ref = SHAPE_NAME(scalars[68].name_ref, shape_names[6078]),
            .traits_ref = REF(scalars[68].traits_ref, traits[53]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [69] = { /* NonNegativeLongObject */
            .name_ref = SHAPE_NAME(scalars[69].name_ref, shape_names[6122]),
            .traits_ref = REF(scalars[69].traits_ref, traits[55]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [70] = { /* NullAttributeValue */
            .name_ref = SHAPE_NAME(scalars[70].name_ref, shape_names[6144]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [71] = { /* NumberAttributeValue */
            .name_ref = SHAPE_NAME(scalars[71].name_ref, shape_names[6163]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [72] = { /* PartiQLNextToken */
            .name_ref = SHAPE_NAME(scalars[72].name_ref, shape_names[6342]),
            .traits_ref = REF(scalars[72].traits_ref, traits[58]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [73] = { /* PartiQLStatement */
            .name_ref = SHAPE_NAME(scalars[73].name_ref, shape_names[6359]),
            .traits_ref = REF(scalars[73].traits_ref, traits[59]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [74] = { /* PolicyRevisionId */
            .name_ref = SHAPE_NAME(scalars[74].name_ref, shape_names[6466]),
            .traits_ref = REF(scalars[74].traits_ref, traits[62]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [75] = { /* PositiveIntegerObject */
            .name_ref = SHAPE_NAME(scalars[75].name_ref, shape_names[6483]),
            .traits_ref = REF(scalars[75].traits_ref, traits[63]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [76] = { /* PositiveLongObject */
            .name_ref = SHAPE_NAME(scalars[76].name_ref, shape_names[6505]),
            .traits_ref = REF(scalars[76].traits_ref, traits[64]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [77] = { /* ProcessedItemCount */
            .name_ref = SHAPE_NAME(scalars[77].name_ref, shape_names[6552]),
            .traits_ref = REF(scalars[77].traits_ref, traits[66]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [78] = { /* ProjectionExpression */
            .name_ref = SHAPE_NAME(scalars[78].name_ref, shape_names[6582]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [79] = { /* Reason */
            .name_ref = SHAPE_NAME(scalars[79].name_ref, shape_names[6840]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [80] = { /* RecoveryPeriodInDays */
            .name_ref = SHAPE_NAME(scalars[80].name_ref, shape_names[6847]),
            .traits_ref = REF(scalars[80].traits_ref, traits[68]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [81] = { /* RegionName */
            .name_ref = SHAPE_NAME(scalars[81].name_ref, shape_names[6868]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [82] = { /* ReplicaStatusDescription */
            .name_ref = SHAPE_NAME(scalars[82].name_ref, shape_names[7705]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [83] = { /* ReplicaStatusPercentProgress */
            .name_ref = SHAPE_NAME(scalars[83].name_ref, shape_names[7730]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [84] = { /* Resource */
            .name_ref = SHAPE_NAME(scalars[84].name_ref, shape_names[7841]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [85] = { /* ResourceArnString */
            .name_ref = SHAPE_NAME(scalars[85].name_ref, shape_names[7850]),
            .traits_ref = REF(scalars[85].traits_ref, traits[78]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [86] = { /* ResourcePolicy */
            .name_ref = SHAPE_NAME(scalars[86].name_ref, shape_names[7868]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [87] = { /* RestoreInProgress */
            .name_ref = SHAPE_NAME(scalars[87].name_ref, shape_names[7883]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [88] = { /* S3Bucket */
            .name_ref = SHAPE_NAME(scalars[88].name_ref, shape_names[8135]),
            .traits_ref = REF(scalars[88].traits_ref, traits[81]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [89] = { /* S3BucketOwner */
            .name_ref = SHAPE_NAME(scalars[89].name_ref, shape_names[8144]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [90] = { /* S3Prefix */
            .name_ref = SHAPE_NAME(scalars[90].name_ref, shape_names[8173]),
            .traits_ref = REF(scalars[90].traits_ref, traits[82]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [91] = { /* S3SseKmsKeyId */
            .name_ref = SHAPE_NAME(scalars[91].name_ref, shape_names[8197]),
            .traits_ref = REF(scalars[91].traits_ref, traits[83]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [92] = { /* SSEEnabled */
            .name_ref = SHAPE_NAME(scalars[92].name_ref, shape_names[8226]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [93] = { /* ScanSegment */
            .name_ref = SHAPE_NAME(scalars[93].name_ref, shape_names[8313]),
            .traits_ref = REF(scalars[93].traits_ref, traits[84]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [94] = { /* ScanTotalSegments */
            .name_ref = SHAPE_NAME(scalars[94].name_ref, shape_names[8325]),
            .traits_ref = REF(scalars[94].traits_ref, traits[85]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [95] = { /* ScoreNumber */
            .name_ref = SHAPE_NAME(scalars[95].name_ref, shape_names[8343]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [96] = { /* StreamArn */
            .name_ref = SHAPE_NAME(scalars[96].name_ref, shape_names[8582]),
            .traits_ref = REF(scalars[96].traits_ref, traits[88]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [97] = { /* StreamEnabled */
            .name_ref = SHAPE_NAME(scalars[97].name_ref, shape_names[8592]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [98] = { /* String */
            .name_ref = SHAPE_NAME(scalars[98].name_ref, shape_names[8641]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [99] = { /* StringAttributeValue */
            .name_ref = SHAPE_NAME(scalars[99].name_ref, shape_names[8648]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [100] = { /* TableArn */
            .name_ref = SHAPE_NAME(scalars[100].name_ref, shape_names[8693]),
            .traits_ref = REF(scalars[100].traits_ref, traits[90]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [101] = { /* TableCreationDateTime */
            .name_ref = SHAPE_NAME(scalars[101].name_ref, shape_names[8759]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [102] = { /* TableId */
            .name_ref = SHAPE_NAME(scalars[102].name_ref, shape_names[8822]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [103] = { /* TableName */
            .name_ref = SHAPE_NAME(scalars[103].name_ref, shape_names[8830]),
            .traits_ref = REF(scalars[103].traits_ref, traits[92]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [104] = { /* TagKeyString */
            .name_ref = SHAPE_NAME(scalars[104].name_ref, shape_names[8912]),
            .traits_ref = REF(scalars[104].traits_ref, traits[94]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [105] = { /* TagValueString */
            .name_ref = SHAPE_NAME(scalars[105].name_ref, shape_names[8950]),
            .traits_ref = REF(scalars[105].traits_ref, traits[95]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [106] = { /* TimeRangeLowerBound */
            .name_ref = SHAPE_NAME(scalars[106].name_ref, shape_names[9003]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [107] = { /* TimeRangeUpperBound */
            .name_ref = SHAPE_NAME(scalars[107].name_ref, shape_names[9023]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [108] = { /* TimeToLiveAttributeName */
            .name_ref = SHAPE_NAME(scalars[108].name_ref, shape_names[9043]),
            .traits_ref = REF(scalars[108].traits_ref, traits[97]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [109] = { /* TimeToLiveEnabled */
            .name_ref = SHAPE_NAME(scalars[109].name_ref, shape_names[9089]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [110] = { /* TopKInteger */
            .name_ref = SHAPE_NAME(scalars[110].name_ref, shape_names[9148]),
            .traits_ref = REF(scalars[110].traits_ref, traits[98]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [111] = { /* UpdateExpression */
            .name_ref = SHAPE_NAME(scalars[111].name_ref, shape_names[9478]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [112] = { /* VectorAttributeName */
            .name_ref = SHAPE_NAME(scalars[112].name_ref, shape_names[9998]),
            .traits_ref = REF(scalars[112].traits_ref, traits[104]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
    },
    /* the shapes' rarer traits: ranges, XML names and namespaces, payload
     * members, errors' codes and statuses, sinks */
    .traits = {
        [0] = { /* AttributeName */
            .range_ref = REF(traits[0].range_ref, ranges[0]),
        },
        [1] = { /* AttributeNameList */
            .range_ref = REF(traits[1].range_ref, ranges[1]),
        },
        [2] = { /* AutoScalingPolicyName */
            .range_ref = REF(traits[2].range_ref, ranges[2]),
        },
        [3] = { /* AutoScalingRoleArn */
            .range_ref = REF(traits[3].range_ref, ranges[3]),
        },
        [4] = { /* BackupArn */
            .range_ref = REF(traits[4].range_ref, ranges[4]),
        },
        [5] = { /* BackupInUseException */
            .error_code_ref = REF(traits[5].error_code_ref, strings[536]),
        },
        [6] = { /* BackupName */
            .range_ref = REF(traits[6].range_ref, ranges[5]),
        },
        [7] = { /* BackupNotFoundException */
            .error_code_ref = REF(traits[7].error_code_ref, strings[565]),
        },
        [8] = { /* BackupSizeBytes */
            .range_ref = REF(traits[8].range_ref, ranges[6]),
        },
        [9] = { /* BackupsInputLimit */
            .range_ref = REF(traits[9].range_ref, ranges[7]),
        },
        [10] = { /* BatchGetRequestMap */
            .range_ref = REF(traits[10].range_ref, ranges[8]),
        },
        [11] = { /* BatchWriteItemRequestMap */
            .range_ref = REF(traits[11].range_ref, ranges[9]),
        },
        [12] = { /* BilledSizeBytes */
            .range_ref = REF(traits[12].range_ref, ranges[10]),
        },
        [13] = { /* CancellationReasonList */
            .range_ref = REF(traits[13].range_ref, ranges[11]),
        },
        [14] = { /* ClientRequestToken */
            .range_ref = REF(traits[14].range_ref, ranges[12]),
        },
        [15] = { /* CloudWatchLogGroupArn */
            .range_ref = REF(traits[15].range_ref, ranges[13]),
        },
        [16] = { /* ConditionalCheckFailedException */
            .error_code_ref = REF(traits[16].error_code_ref, strings[1483]),
        },
        [17] = { /* ContinuousBackupsUnavailableException */
            .error_code_ref = REF(traits[17].error_code_ref, strings[1659]),
        },
        [18] = { /* CsvDelimiter */
            .range_ref = REF(traits[18].range_ref, ranges[14]),
        },
        [19] = { /* CsvHeader */
            .range_ref = REF(traits[19].range_ref, ranges[15]),
        },
        [20] = { /* CsvHeaderList */
            .range_ref = REF(traits[20].range_ref, ranges[16]),
        },
        [21] = { /* DuplicateItemException */
            .error_code_ref = REF(traits[21].error_code_ref, strings[2900]),
        },
        [22] = { /* ErrorCount */
            .range_ref = REF(traits[22].range_ref, ranges[17]),
        },
        [23] = { /* ExportArn */
            .range_ref = REF(traits[23].range_ref, ranges[18]),
        },
        [24] = { /* ExportConflictException */
            .error_code_ref = REF(traits[24].error_code_ref, strings[3073]),
        },
        [25] = { /* ExportNotFoundException */
            .error_code_ref = REF(traits[25].error_code_ref, strings[3353]),
        },
        [26] = { /* GlobalSecondaryIndexAutoScalingUpdateList */
            .range_ref = REF(traits[26].range_ref, ranges[19]),
        },
        [27] = { /* GlobalTableAlreadyExistsException */
            .error_code_ref = REF(traits[27].error_code_ref, strings[3702]),
        },
        [28] = { /* GlobalTableGlobalSecondaryIndexSettingsUpdateList */
            .range_ref = REF(traits[28].range_ref, ranges[20]),
        },
        [29] = { /* GlobalTableNotFoundException */
            .error_code_ref = REF(traits[29].error_code_ref, strings[3866]),
        },
        [30] = { /* GlobalTableWitnessGroupUpdateList */
            .range_ref = REF(traits[30].range_ref, ranges[21]),
        },
        [31] = { /* IdempotentParameterMismatchException */
            .error_code_ref = REF(traits[31].error_code_ref, strings[3983]),
        },
        [32] = { /* ImportArn */
            .range_ref = REF(traits[32].range_ref, ranges[22]),
        },
        [33] = { /* ImportConflictException */
            .error_code_ref = REF(traits[33].error_code_ref, strings[4020]),
        },
        [34] = { /* ImportNextToken */
            .range_ref = REF(traits[34].range_ref, ranges[23]),
        },
        [35] = { /* ImportNotFoundException */
            .error_code_ref = REF(traits[35].error_code_ref, strings[4044]),
        },
        [36] = { /* ImportedItemCount */
            .range_ref = REF(traits[36].range_ref, ranges[24]),
        },
        [37] = { /* IndexName */
            .range_ref = REF(traits[37].range_ref, ranges[25]),
        },
        [38] = { /* IndexNotFoundException */
            .error_code_ref = REF(traits[38].error_code_ref, strings[4354]),
        },
        [39] = { /* InternalServerError */
            .error_code_ref = REF(traits[39].error_code_ref, strings[4452]),
        },
        [40] = { /* InvalidExportTimeException */
            .error_code_ref = REF(traits[40].error_code_ref, strings[4472]),
        },
        [41] = { /* InvalidRestoreTimeException */
            .error_code_ref = REF(traits[41].error_code_ref, strings[4499]),
        },
        [42] = { /* ItemCollectionSizeLimitExceededException */
            .error_code_ref = REF(traits[42].error_code_ref, strings[4565]),
        },
        [43] = { /* ItemCount */
            .range_ref = REF(traits[43].range_ref, ranges[26]),
        },
        [44] = { /* ItemResponseList */
            .range_ref = REF(traits[44].range_ref, ranges[27]),
        },
        [45] = { /* KeyList */
            .range_ref = REF(traits[45].range_ref, ranges[28]),
        },
        [46] = { /* KeySchema */
            .range_ref = REF(traits[46].range_ref, ranges[29]),
        },
        [47] = { /* KeySchemaAttributeName */
            .range_ref = REF(traits[47].range_ref, ranges[30]),
        },
        [48] = { /* LimitExceededException */
            .error_code_ref = REF(traits[48].error_code_ref, strings[4723]),
        },
        [49] = { /* ListContributorInsightsLimit */
            .range_ref = REF(traits[49].range_ref, ranges[31]),
        },
        [50] = { /* ListExportsMaxLimit */
            .range_ref = REF(traits[50].range_ref, ranges[32]),
        },
        [51] = { /* ListImportsMaxLimit */
            .range_ref = REF(traits[51].range_ref, ranges[33]),
        },
        [52] = { /* ListTablesInputLimit */
            .range_ref = REF(traits[52].range_ref, ranges[34]),
        },
        [53] = { /* NonKeyAttributeName */
            .range_ref = REF(traits[53].range_ref, ranges[35]),
        },
        [54] = { /* NonKeyAttributeNameList */
            .range_ref = REF(traits[54].range_ref, ranges[36]),
        },
        [55] = { /* NonNegativeLongObject */
            .range_ref = REF(traits[55].range_ref, ranges[37]),
        },
        [56] = { /* ParameterizedStatements */
            .range_ref = REF(traits[56].range_ref, ranges[38]),
        },
        [57] = { /* PartiQLBatchRequest */
            .range_ref = REF(traits[57].range_ref, ranges[39]),
        },
        [58] = { /* PartiQLNextToken */
            .range_ref = REF(traits[58].range_ref, ranges[40]),
        },
        [59] = { /* PartiQLStatement */
            .range_ref = REF(traits[59].range_ref, ranges[41]),
        },
        [60] = { /* PointInTimeRecoveryUnavailableException */
            .error_code_ref = REF(traits[60].error_code_ref, strings[5245]),
        },
        [61] = { /* PolicyNotFoundException */
            .error_code_ref = REF(traits[61].error_code_ref, strings[5285]),
        },
        [62] = { /* PolicyRevisionId */
            .range_ref = REF(traits[62].range_ref, ranges[42]),
        },
        [63] = { /* PositiveIntegerObject */
            .range_ref = REF(traits[63].range_ref, ranges[43]),
        },
        [64] = { /* PositiveLongObject */
            .range_ref = REF(traits[64].range_ref, ranges[44]),
        },
        [65] = { /* PreparedStatementParameters */
            .range_ref = REF(traits[65].range_ref, ranges[45]),
        },
        [66] = { /* ProcessedItemCount */
            .range_ref = REF(traits[66].range_ref, ranges[46]),
        },
        [67] = { /* ProvisionedThroughputExceededException */
            .error_code_ref = REF(traits[67].error_code_ref, strings[5428]),
        },
        [68] = { /* RecoveryPeriodInDays */
            .range_ref = REF(traits[68].range_ref, ranges[47]),
        },
        [69] = { /* ReplicaAlreadyExistsException */
            .error_code_ref = REF(traits[69].error_code_ref, strings[5644]),
        },
        [70] = { /* ReplicaAutoScalingUpdateList */
            .range_ref = REF(traits[70].range_ref, ranges[48]),
        },
        [71] = { /* ReplicaGlobalSecondaryIndexList */
            .range_ref = REF(traits[71].range_ref, ranges[49]),
        },
        [72] = { /* ReplicaGlobalSecondaryIndexSettingsUpdateList */
            .range_ref = REF(traits[72].range_ref, ranges[50]),
        },
        [73] = { /* ReplicaNotFoundException */
            .error_code_ref = REF(traits[73].error_code_ref, strings[6196]),
        },
        [74] = { /* ReplicaSettingsUpdateList */
            .range_ref = REF(traits[74].range_ref, ranges[51]),
        },
        [75] = { /* ReplicatedWriteConflictException */
            .error_code_ref = REF(traits[75].error_code_ref, strings[6620]),
        },
        [76] = { /* ReplicationGroupUpdateList */
            .range_ref = REF(traits[76].range_ref, ranges[52]),
        },
        [77] = { /* RequestLimitExceeded */
            .error_code_ref = REF(traits[77].error_code_ref, strings[6653]),
        },
        [78] = { /* ResourceArnString */
            .range_ref = REF(traits[78].range_ref, ranges[53]),
        },
        [79] = { /* ResourceInUseException */
            .error_code_ref = REF(traits[79].error_code_ref, strings[6674]),
        },
        [80] = { /* ResourceNotFoundException */
            .error_code_ref = REF(traits[80].error_code_ref, strings[6697]),
        },
        [81] = { /* S3Bucket */
            .range_ref = REF(traits[81].range_ref, ranges[54]),
        },
        [82] = { /* S3Prefix */
            .range_ref = REF(traits[82].range_ref, ranges[55]),
        },
        [83] = { /* S3SseKmsKeyId */
            .range_ref = REF(traits[83].range_ref, ranges[56]),
        },
        [84] = { /* ScanSegment */
            .range_ref = REF(traits[84].range_ref, ranges[57]),
        },
        [85] = { /* ScanTotalSegments */
            .range_ref = REF(traits[85].range_ref, ranges[58]),
        },
        [86] = { /* SearchSchema */
            .range_ref = REF(traits[86].range_ref, ranges[59]),
        },
        [87] = { /* SearchVectorList */
            .range_ref = REF(traits[87].range_ref, ranges[60]),
        },
        [88] = { /* StreamArn */
            .range_ref = REF(traits[88].range_ref, ranges[61]),
        },
        [89] = { /* TableAlreadyExistsException */
            .error_code_ref = REF(traits[89].error_code_ref, strings[7544]),
        },
        [90] = { /* TableArn */
            .range_ref = REF(traits[90].range_ref, ranges[62]),
        },
        [91] = { /* TableInUseException */
            .error_code_ref = REF(traits[91].error_code_ref, strings[7794]),
        },
        [92] = { /* TableName */
            .range_ref = REF(traits[92].range_ref, ranges[63]),
        },
        [93] = { /* TableNotFoundException */
            .error_code_ref = REF(traits[93].error_code_ref, strings[7814]),
        },
        [94] = { /* TagKeyString */
            .range_ref = REF(traits[94].range_ref, ranges[64]),
        },
        [95] = { /* TagValueString */
            .range_ref = REF(traits[95].range_ref, ranges[65]),
        },
        [96] = { /* ThrottlingException */
            .error_code_ref = REF(traits[96].error_code_ref, strings[7953]),
        },
        [97] = { /* TimeToLiveAttributeName */
            .range_ref = REF(traits[97].range_ref, ranges[66]),
        },
        [98] = { /* TopKInteger */
            .range_ref = REF(traits[98].range_ref, ranges[67]),
        },
        [99] = { /* TransactGetItemList */
            .range_ref = REF(traits[99].range_ref, ranges[68]),
        },
        [100] = { /* TransactWriteItemList */
            .range_ref = REF(traits[100].range_ref, ranges[69]),
        },
        [101] = { /* TransactionCanceledException */
            .error_code_ref = REF(traits[101].error_code_ref, strings[8097]),
        },
        [102] = { /* TransactionConflictException */
            .error_code_ref = REF(traits[102].error_code_ref, strings[8146]),
        },
        [103] = { /* TransactionInProgressException */
            .error_code_ref = REF(traits[103].error_code_ref, strings[8175]),
        },
        [104] = { /* VectorAttributeName */
            .range_ref = REF(traits[104].range_ref, ranges[70]),
        },
        [105] = { /* WriteRequests */
            .range_ref = REF(traits[105].range_ref, ranges[71]),
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * location, timestamp format, shape, has_ flag (how far before the
     * value), offset (of the C member), flags */
    .members = {
        [0] = {MREF(0, strings[24]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(0, scalars[26]), AWSC_MEMBER_HAS(struct awsc_dynamodb_archival_summary, archival_date_time, has_archival_date_time), offsetof(struct awsc_dynamodb_archival_summary, archival_date_time), 0}, /* ArchivalSummary.ArchivalDateTime: Date */
        [1] = {MREF(1, strings[41]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1, scalars[0]), 0, offsetof(struct awsc_dynamodb_archival_summary, archival_reason), 0}, /* ArchivalSummary.ArchivalReason: ArchivalReason */
        [2] = {MREF(2, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(2, scalars[6]), 0, offsetof(struct awsc_dynamodb_archival_summary, archival_backup_arn), 0}, /* ArchivalSummary.ArchivalBackupArn: BackupArn */
        [3] = {MREF(3, strings[89]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(3, scalars[59]), 0, offsetof(struct awsc_dynamodb_attribute_definition, attribute_name), AWSC_MF_REQUIRED}, /* AttributeDefinition.AttributeName: KeySchemaAttributeName */
        [4] = {MREF(4, strings[103]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(4, enums[36].shape), 0, offsetof(struct awsc_dynamodb_attribute_definition, attribute_type), AWSC_MF_REQUIRED}, /* AttributeDefinition.AttributeType: ScalarAttributeType */
        [5] = {MREF(5, strings[117]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(5, scalars[99]), 0, offsetof(struct awsc_dynamodb_attribute_value, s), 0}, /* AttributeValue.S: StringAttributeValue */
        [6] = {MREF(6, strings[119]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(6, scalars[71]), 0, offsetof(struct awsc_dynamodb_attribute_value, n), 0}, /* AttributeValue.N: NumberAttributeValue */
        [7] = {MREF(7, strings[121]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(7, scalars[12]), 0, offsetof(struct awsc_dynamodb_attribute_value, b), 0}, /* AttributeValue.B: BinaryAttributeValue */
        [8] = {MREF(8, strings[123]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(8, collections[73].shape), 0, offsetof(struct awsc_dynamodb_attribute_value, ss), 0}, /* AttributeValue.SS: StringSetAttributeValue */
        [9] = {MREF(9, strings[126]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(9, collections[49].shape), 0, offsetof(struct awsc_dynamodb_attribute_value, ns), 0}, /* AttributeValue.NS: NumberSetAttributeValue */
        [10] = {MREF(10, strings[129]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(10, collections[10].shape), 0, offsetof(struct awsc_dynamodb_attribute_value, bs), 0}, /* AttributeValue.BS: BinarySetAttributeValue */
        [11] = {MREF(11, strings[132]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(11, collections[47].shape), 0, offsetof(struct awsc_dynamodb_attribute_value, m), 0}, /* AttributeValue.M: MapAttributeValue */
        [12] = {MREF(12, strings[134]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(12, collections[43].shape), 0, offsetof(struct awsc_dynamodb_attribute_value, l), 0}, /* AttributeValue.L: ListAttributeValue */
        [13] = {MREF(13, strings[136]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(13, scalars[70]), AWSC_MEMBER_HAS(struct awsc_dynamodb_attribute_value, null, has_null), offsetof(struct awsc_dynamodb_attribute_value, null), 0}, /* AttributeValue.NULL: NullAttributeValue */
        [14] = {MREF(14, strings[141]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(14, scalars[13]), AWSC_MEMBER_HAS(struct awsc_dynamodb_attribute_value, bool_, has_bool), offsetof(struct awsc_dynamodb_attribute_value, bool_), 0}, /* AttributeValue.BOOL: BooleanAttributeValue */
        [15] = {MREF(15, strings[146]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(15, structures[2].shape), 0, offsetof(struct awsc_dynamodb_attribute_value_update, value), 0}, /* AttributeValueUpdate.Value: AttributeValue */
        [16] = {MREF(16, strings[152]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(16, enums[1].shape), 0, offsetof(struct awsc_dynamodb_attribute_value_update, action), 0}, /* AttributeValueUpdate.Action: AttributeAction */
        [17] = {MREF(17, strings[159]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(17, scalars[2]), 0, offsetof(struct awsc_dynamodb_auto_scaling_policy_description, policy_name), 0}, /* AutoScalingPolicyDescription.PolicyName: AutoScalingPolicyName */
        [18] = {MREF(18, strings[170]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(18, structures[8].shape), 0, offsetof(struct awsc_dynamodb_auto_scaling_policy_description, target_tracking_scaling_policy_configuration), 0}, /* AutoScalingPolicyDescription.TargetTrackingScalingPolicyConfiguration: AutoScalingTargetTrackingScalingPolicyConfigurationDescription */
        [19] = {MREF(19, strings[159]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(19, scalars[2]), 0, offsetof(struct awsc_dynamodb_auto_scaling_policy_update, policy_name), 0}, /* AutoScalingPolicyUpdate.PolicyName: AutoScalingPolicyName */
        [20] = {MREF(20, strings[170]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(20, structures[9].shape), 0, offsetof(struct awsc_dynamodb_auto_scaling_policy_update, target_tracking_scaling_policy_configuration), AWSC_MF_REQUIRED}, /* AutoScalingPolicyUpdate.TargetTrackingScalingPolicyConfiguration: AutoScalingTargetTrackingScalingPolicyConfigurationUpdate */
        [21] = {MREF(21, strings[211]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(21, scalars[76]), AWSC_MEMBER_HAS(struct awsc_dynamodb_auto_scaling_settings_description, minimum_units, has_minimum_units), offsetof(struct awsc_dynamodb_auto_scaling_settings_description, minimum_units), 0}, /* AutoScalingSettingsDescription.MinimumUnits: PositiveLongObject */
        [22] = {MREF(22, strings[224]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(22, scalars[76]), AWSC_MEMBER_HAS(struct awsc_dynamodb_auto_scaling_settings_description, maximum_units, has_maximum_units), offsetof(struct awsc_dynamodb_auto_scaling_settings_description, maximum_units), 0}, /* AutoScalingSettingsDescription.MaximumUnits: PositiveLongObject */
        [23] = {MREF(23, strings[237]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(23, scalars[14]), AWSC_MEMBER_HAS(struct awsc_dynamodb_auto_scaling_settings_description, auto_scaling_disabled, has_auto_scaling_disabled), offsetof(struct awsc_dynamodb_auto_scaling_settings_description, auto_scaling_disabled), 0}, /* AutoScalingSettingsDescription.AutoScalingDisabled: BooleanObject */
        [24] = {MREF(24, strings[257]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(24, scalars[98]), 0, offsetof(struct awsc_dynamodb_auto_scaling_settings_description, auto_scaling_role_arn), 0}, /* AutoScalingSettingsDescription.AutoScalingRoleArn: String */
        [25] = {MREF(25, strings[276]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(25, collections[5].shape), 0, offsetof(struct awsc_dynamodb_auto_scaling_settings_description, scaling_policies), 0}, /* AutoScalingSettingsDescription.ScalingPolicies: AutoScalingPolicyDescriptionList */
        [26] = {MREF(26, strings[211]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(26, scalars[76]), AWSC_MEMBER_HAS(struct awsc_dynamodb_auto_scaling_settings_update, minimum_units, has_minimum_units), offsetof(struct awsc_dynamodb_auto_scaling_settings_update, minimum_units), 0}, /* AutoScalingSettingsUpdate.MinimumUnits: PositiveLongObject */
        [27] = {MREF(27, strings[224]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(27, scalars[76]), AWSC_MEMBER_HAS(struct awsc_dynamodb_auto_scaling_settings_update, maximum_units, has_maximum_units), offsetof(struct awsc_dynamodb_auto_scaling_settings_update, maximum_units), 0}, /* AutoScalingSettingsUpdate.MaximumUnits: PositiveLongObject */
        [28] = {MREF(28, strings[237]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(28, scalars[14]), AWSC_MEMBER_HAS(struct awsc_dynamodb_auto_scaling_settings_update, auto_scaling_disabled, has_auto_scaling_disabled), offsetof(struct awsc_dynamodb_auto_scaling_settings_update, auto_scaling_disabled), 0}, /* AutoScalingSettingsUpdate.AutoScalingDisabled: BooleanObject */
        [29] = {MREF(29, strings[257]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(29, scalars[3]), 0, offsetof(struct awsc_dynamodb_auto_scaling_settings_update, auto_scaling_role_arn), 0}, /* AutoScalingSettingsUpdate.AutoScalingRoleArn: AutoScalingRoleArn */
        [30] = {MREF(30, strings[292]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(30, structures[5].shape), 0, offsetof(struct awsc_dynamodb_auto_scaling_settings_update, scaling_policy_update), 0}, /* AutoScalingSettingsUpdate.ScalingPolicyUpdate: AutoScalingPolicyUpdate */
        [31] = {MREF(31, strings[312]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(31, scalars[14]), AWSC_MEMBER_HAS(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description, disable_scale_in, has_disable_scale_in), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description, disable_scale_in), 0}, /* AutoScalingTargetTrackingScalingPolicyConfigurationDescription.DisableScaleIn: BooleanObject */
        [32] = {MREF(32, strings[327]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(32, scalars[53]), AWSC_MEMBER_HAS(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description, scale_in_cooldown, has_scale_in_cooldown), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description, scale_in_cooldown), 0}, /* AutoScalingTargetTrackingScalingPolicyConfigurationDescription.ScaleInCooldown: IntegerObject */
        [33] = {MREF(33, strings[343]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(33, scalars[53]), AWSC_MEMBER_HAS(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description, scale_out_cooldown, has_scale_out_cooldown), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description, scale_out_cooldown), 0}, /* AutoScalingTargetTrackingScalingPolicyConfigurationDescription.ScaleOutCooldown: IntegerObject */
        [34] = {MREF(34, strings[360]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(34, scalars[28]), AWSC_MEMBER_HAS(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description, target_value, has_target_value), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description, target_value), AWSC_MF_REQUIRED}, /* AutoScalingTargetTrackingScalingPolicyConfigurationDescription.TargetValue: DoubleObject */
        [35] = {MREF(35, strings[312]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(35, scalars[14]), AWSC_MEMBER_HAS(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update, disable_scale_in, has_disable_scale_in), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update, disable_scale_in), 0}, /* AutoScalingTargetTrackingScalingPolicyConfigurationUpdate.DisableScaleIn: BooleanObject */
        [36] = {MREF(36, strings[327]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(36, scalars[53]), AWSC_MEMBER_HAS(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update, scale_in_cooldown, has_scale_in_cooldown), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update, scale_in_cooldown), 0}, /* AutoScalingTargetTrackingScalingPolicyConfigurationUpdate.ScaleInCooldown: IntegerObject */
        [37] = {MREF(37, strings[343]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(37, scalars[53]), AWSC_MEMBER_HAS(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update, scale_out_cooldown, has_scale_out_cooldown), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update, scale_out_cooldown), 0}, /* AutoScalingTargetTrackingScalingPolicyConfigurationUpdate.ScaleOutCooldown: IntegerObject */
        [38] = {MREF(38, strings[360]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(38, scalars[28]), AWSC_MEMBER_HAS(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update, target_value, has_target_value), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update, target_value), AWSC_MF_REQUIRED}, /* AutoScalingTargetTrackingScalingPolicyConfigurationUpdate.TargetValue: DoubleObject */
        [39] = {MREF(39, strings[372]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(39, structures[11].shape), 0, offsetof(struct awsc_dynamodb_backup_description, backup_details), 0}, /* BackupDescription.BackupDetails: BackupDetails */
        [40] = {MREF(40, strings[386]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(40, structures[213].shape), 0, offsetof(struct awsc_dynamodb_backup_description, source_table_details), 0}, /* BackupDescription.SourceTableDetails: SourceTableDetails */
        [41] = {MREF(41, strings[405]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(41, structures[214].shape), 0, offsetof(struct awsc_dynamodb_backup_description, source_table_feature_details), 0}, /* BackupDescription.SourceTableFeatureDetails: SourceTableFeatureDetails */
        [42] = {MREF(42, strings[431]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(42, scalars[6]), 0, offsetof(struct awsc_dynamodb_backup_details, backup_arn), AWSC_MF_REQUIRED}, /* BackupDetails.BackupArn: BackupArn */
        [43] = {MREF(43, strings[441]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(43, scalars[8]), 0, offsetof(struct awsc_dynamodb_backup_details, backup_name), AWSC_MF_REQUIRED}, /* BackupDetails.BackupName: BackupName */
        [44] = {MREF(44, strings[452]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(44, scalars[9]), AWSC_MEMBER_HAS(struct awsc_dynamodb_backup_details, backup_size_bytes, has_backup_size_bytes), offsetof(struct awsc_dynamodb_backup_details, backup_size_bytes), 0}, /* BackupDetails.BackupSizeBytes: BackupSizeBytes */
        [45] = {MREF(45, strings[468]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(45, enums[2].shape), 0, offsetof(struct awsc_dynamodb_backup_details, backup_status), AWSC_MF_REQUIRED}, /* BackupDetails.BackupStatus: BackupStatus */
        [46] = {MREF(46, strings[481]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(46, enums[3].shape), 0, offsetof(struct awsc_dynamodb_backup_details, backup_type), AWSC_MF_REQUIRED}, /* BackupDetails.BackupType: BackupType */
        [47] = {MREF(47, strings[492]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(47, scalars[7]), AWSC_MEMBER_HAS(struct awsc_dynamodb_backup_details, backup_creation_date_time, has_backup_creation_date_time), offsetof(struct awsc_dynamodb_backup_details, backup_creation_date_time), AWSC_MF_REQUIRED}, /* BackupDetails.BackupCreationDateTime: BackupCreationDateTime */
        [48] = {MREF(48, strings[515]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(48, scalars[26]), AWSC_MEMBER_HAS(struct awsc_dynamodb_backup_details, backup_expiry_date_time, has_backup_expiry_date_time), offsetof(struct awsc_dynamodb_backup_details, backup_expiry_date_time), 0}, /* BackupDetails.BackupExpiryDateTime: Date */
        [49] = {MREF(49, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(49, scalars[30]), 0, offsetof(struct awsc_dynamodb_backup_in_use_exception, message), 0}, /* BackupInUseException.message: ErrorMessage */
        [50] = {MREF(50, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(50, scalars[30]), 0, offsetof(struct awsc_dynamodb_backup_not_found_exception, message), 0}, /* BackupNotFoundException.message: ErrorMessage */
        [51] = {MREF(51, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(51, scalars[103]), 0, offsetof(struct awsc_dynamodb_backup_summary, table_name), 0}, /* BackupSummary.TableName: TableName */
        [52] = {MREF(52, strings[626]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(52, scalars[102]), 0, offsetof(struct awsc_dynamodb_backup_summary, table_id), 0}, /* BackupSummary.TableId: TableId */
        [53] = {MREF(53, strings[634]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(53, scalars[100]), 0, offsetof(struct awsc_dynamodb_backup_summary, table_arn), 0}, /* BackupSummary.TableArn: TableArn */
        [54] = {MREF(54, strings[431]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(54, scalars[6]), 0, offsetof(struct awsc_dynamodb_backup_summary, backup_arn), 0}, /* BackupSummary.BackupArn: BackupArn */
        [55] = {MREF(55, strings[441]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(55, scalars[8]), 0, offsetof(struct awsc_dynamodb_backup_summary, backup_name), 0}, /* BackupSummary.BackupName: BackupName */
        [56] = {MREF(56, strings[492]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(56, scalars[7]), AWSC_MEMBER_HAS(struct awsc_dynamodb_backup_summary, backup_creation_date_time, has_backup_creation_date_time), offsetof(struct awsc_dynamodb_backup_summary, backup_creation_date_time), 0}, /* BackupSummary.BackupCreationDateTime: BackupCreationDateTime */
        [57] = {MREF(57, strings[515]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(57, scalars[26]), AWSC_MEMBER_HAS(struct awsc_dynamodb_backup_summary, backup_expiry_date_time, has_backup_expiry_date_time), offsetof(struct awsc_dynamodb_backup_summary, backup_expiry_date_time), 0}, /* BackupSummary.BackupExpiryDateTime: Date */
        [58] = {MREF(58, strings[468]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(58, enums[2].shape), 0, offsetof(struct awsc_dynamodb_backup_summary, backup_status), 0}, /* BackupSummary.BackupStatus: BackupStatus */
        [59] = {MREF(59, strings[481]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(59, enums[3].shape), 0, offsetof(struct awsc_dynamodb_backup_summary, backup_type), 0}, /* BackupSummary.BackupType: BackupType */
        [60] = {MREF(60, strings[452]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(60, scalars[9]), AWSC_MEMBER_HAS(struct awsc_dynamodb_backup_summary, backup_size_bytes, has_backup_size_bytes), offsetof(struct awsc_dynamodb_backup_summary, backup_size_bytes), 0}, /* BackupSummary.BackupSizeBytes: BackupSizeBytes */
        [61] = {MREF(61, strings[693]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(61, collections[51].shape), 0, offsetof(struct awsc_dynamodb_batch_execute_statement_input, statements), AWSC_MF_REQUIRED}, /* BatchExecuteStatementInput.Statements: PartiQLBatchRequest */
        [62] = {MREF(62, strings[704]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(62, enums[29].shape), 0, offsetof(struct awsc_dynamodb_batch_execute_statement_input, return_consumed_capacity), 0}, /* BatchExecuteStatementInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [63] = {MREF(63, strings[727]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(63, collections[52].shape), 0, offsetof(struct awsc_dynamodb_batch_execute_statement_output, responses), 0}, /* BatchExecuteStatementOutput.Responses: PartiQLBatchResponse */
        [64] = {MREF(64, strings[737]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(64, collections[12].shape), 0, offsetof(struct awsc_dynamodb_batch_execute_statement_output, consumed_capacity), 0}, /* BatchExecuteStatementOutput.ConsumedCapacity: ConsumedCapacityMultiple */
        [65] = {MREF(65, strings[754]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(65, collections[7].shape), 0, offsetof(struct awsc_dynamodb_batch_get_item_input, request_items), AWSC_MF_REQUIRED}, /* BatchGetItemInput.RequestItems: BatchGetRequestMap */
        [66] = {MREF(66, strings[704]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(66, enums[29].shape), 0, offsetof(struct awsc_dynamodb_batch_get_item_input, return_consumed_capacity), 0}, /* BatchGetItemInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [67] = {MREF(67, strings[727]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(67, collections[8].shape), 0, offsetof(struct awsc_dynamodb_batch_get_item_output, responses), 0}, /* BatchGetItemOutput.Responses: BatchGetResponseMap */
        [68] = {MREF(68, strings[767]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(68, collections[7].shape), 0, offsetof(struct awsc_dynamodb_batch_get_item_output, unprocessed_keys), 0}, /* BatchGetItemOutput.UnprocessedKeys: BatchGetRequestMap */
        [69] = {MREF(69, strings[737]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(69, collections[12].shape), 0, offsetof(struct awsc_dynamodb_batch_get_item_output, consumed_capacity), 0}, /* BatchGetItemOutput.ConsumedCapacity: ConsumedCapacityMultiple */
        [70] = {MREF(70, strings[783]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(70, enums[5].shape), 0, offsetof(struct awsc_dynamodb_batch_statement_error, code), 0}, /* BatchStatementError.Code: BatchStatementErrorCodeEnum */
        [71] = {MREF(71, strings[788]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(71, scalars[98]), 0, offsetof(struct awsc_dynamodb_batch_statement_error, message), 0}, /* BatchStatementError.Message: String */
        [72] = {MREF(72, strings[796]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(72, collections[1].shape), 0, offsetof(struct awsc_dynamodb_batch_statement_error, item), 0}, /* BatchStatementError.Item: AttributeMap */
        [73] = {MREF(73, strings[1023]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(73, scalars[73]), 0, offsetof(struct awsc_dynamodb_batch_statement_request, statement), AWSC_MF_REQUIRED}, /* BatchStatementRequest.Statement: PartiQLStatement */
        [74] = {MREF(74, strings[1033]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(74, collections[53].shape), 0, offsetof(struct awsc_dynamodb_batch_statement_request, parameters), 0}, /* BatchStatementRequest.Parameters: PreparedStatementParameters */
        [75] = {MREF(75, strings[1044]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(75, scalars[21]), AWSC_MEMBER_HAS(struct awsc_dynamodb_batch_statement_request, consistent_read, has_consistent_read), offsetof(struct awsc_dynamodb_batch_statement_request, consistent_read), 0}, /* BatchStatementRequest.ConsistentRead: ConsistentRead */
        [76] = {MREF(76, strings[1059]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(76, enums[32].shape), 0, offsetof(struct awsc_dynamodb_batch_statement_request, return_values_on_condition_check_failure), 0}, /* BatchStatementRequest.ReturnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure */
        [77] = {MREF(77, strings[1095]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(77, structures[19].shape), 0, offsetof(struct awsc_dynamodb_batch_statement_response, error), 0}, /* BatchStatementResponse.Error: BatchStatementError */
        [78] = {MREF(78, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(78, scalars[103]), 0, offsetof(struct awsc_dynamodb_batch_statement_response, table_name), 0}, /* BatchStatementResponse.TableName: TableName */
        [79] = {MREF(79, strings[796]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(79, collections[1].shape), 0, offsetof(struct awsc_dynamodb_batch_statement_response, item), 0}, /* BatchStatementResponse.Item: AttributeMap */
        [80] = {MREF(80, strings[754]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(80, collections[9].shape), 0, offsetof(struct awsc_dynamodb_batch_write_item_input, request_items), AWSC_MF_REQUIRED}, /* BatchWriteItemInput.RequestItems: BatchWriteItemRequestMap */
        [81] = {MREF(81, strings[704]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(81, enums[29].shape), 0, offsetof(struct awsc_dynamodb_batch_write_item_input, return_consumed_capacity), 0}, /* BatchWriteItemInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [82] = {MREF(82, strings[1101]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(82, enums[30].shape), 0, offsetof(struct awsc_dynamodb_batch_write_item_input, return_item_collection_metrics), 0}, /* BatchWriteItemInput.ReturnItemCollectionMetrics: ReturnItemCollectionMetrics */
        [83] = {MREF(83, strings[1129]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(83, collections[9].shape), 0, offsetof(struct awsc_dynamodb_batch_write_item_output, unprocessed_items), 0}, /* BatchWriteItemOutput.UnprocessedItems: BatchWriteItemRequestMap */
        [84] = {MREF(84, strings[1146]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(84, collections[34].shape), 0, offsetof(struct awsc_dynamodb_batch_write_item_output, item_collection_metrics), 0}, /* BatchWriteItemOutput.ItemCollectionMetrics: ItemCollectionMetricsPerTable */
        [85] = {MREF(85, strings[737]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(85, collections[12].shape), 0, offsetof(struct awsc_dynamodb_batch_write_item_output, consumed_capacity), 0}, /* BatchWriteItemOutput.ConsumedCapacity: ConsumedCapacityMultiple */
        [86] = {MREF(86, strings[1196]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(86, enums[6].shape), 0, offsetof(struct awsc_dynamodb_billing_mode_summary, billing_mode), 0}, /* BillingModeSummary.BillingMode: BillingMode */
        [87] = {MREF(87, strings[1208]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(87, scalars[26]), AWSC_MEMBER_HAS(struct awsc_dynamodb_billing_mode_summary, last_update_to_pay_per_request_date_time, has_last_update_to_pay_per_request_date_time), offsetof(struct awsc_dynamodb_billing_mode_summary, last_update_to_pay_per_request_date_time), 0}, /* BillingModeSummary.LastUpdateToPayPerRequestDateTime: Date */
        [88] = {MREF(88, strings[796]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(88, collections[1].shape), 0, offsetof(struct awsc_dynamodb_cancellation_reason, item), 0}, /* CancellationReason.Item: AttributeMap */
        [89] = {MREF(89, strings[783]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(89, scalars[18]), 0, offsetof(struct awsc_dynamodb_cancellation_reason, code), 0}, /* CancellationReason.Code: Code */
        [90] = {MREF(90, strings[788]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(90, scalars[30]), 0, offsetof(struct awsc_dynamodb_cancellation_reason, message), 0}, /* CancellationReason.Message: ErrorMessage */
        [91] = {MREF(91, strings[1242]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(91, scalars[22]), AWSC_MEMBER_HAS(struct awsc_dynamodb_capacity, read_capacity_units, has_read_capacity_units), offsetof(struct awsc_dynamodb_capacity, read_capacity_units), 0}, /* Capacity.ReadCapacityUnits: ConsumedCapacityUnits */
        [92] = {MREF(92, strings[1260]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(92, scalars[22]), AWSC_MEMBER_HAS(struct awsc_dynamodb_capacity, write_capacity_units, has_write_capacity_units), offsetof(struct awsc_dynamodb_capacity, write_capacity_units), 0}, /* Capacity.WriteCapacityUnits: ConsumedCapacityUnits */
        [93] = {MREF(93, strings[1279]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(93, scalars[22]), AWSC_MEMBER_HAS(struct awsc_dynamodb_capacity, capacity_units, has_capacity_units), offsetof(struct awsc_dynamodb_capacity, capacity_units), 0}, /* Capacity.CapacityUnits: ConsumedCapacityUnits */
        [94] = {MREF(94, strings[1370]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(94, collections[4].shape), 0, offsetof(struct awsc_dynamodb_condition, attribute_value_list), 0}, /* Condition.AttributeValueList: AttributeValueList */
        [95] = {MREF(95, strings[1389]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(95, enums[7].shape), 0, offsetof(struct awsc_dynamodb_condition, comparison_operator), AWSC_MF_REQUIRED}, /* Condition.ComparisonOperator: ComparisonOperator */
        [96] = {MREF(96, strings[1408]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(96, collections[38].shape), 0, offsetof(struct awsc_dynamodb_condition_check, key), AWSC_MF_REQUIRED}, /* ConditionCheck.Key: Key */
        [97] = {MREF(97, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(97, scalars[100]), 0, offsetof(struct awsc_dynamodb_condition_check, table_name), AWSC_MF_REQUIRED}, /* ConditionCheck.TableName: TableArn */
        [98] = {MREF(98, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(98, scalars[19]), 0, offsetof(struct awsc_dynamodb_condition_check, condition_expression), AWSC_MF_REQUIRED}, /* ConditionCheck.ConditionExpression: ConditionExpression */
        [99] = {MREF(99, strings[1432]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(99, collections[19].shape), 0, offsetof(struct awsc_dynamodb_condition_check, expression_attribute_names), 0}, /* ConditionCheck.ExpressionAttributeNames: ExpressionAttributeNameMap */
        [100] = {MREF(100, strings[1457]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(100, collections[20].shape), 0, offsetof(struct awsc_dynamodb_condition_check, expression_attribute_values), 0}, /* ConditionCheck.ExpressionAttributeValues: ExpressionAttributeValueMap */
        [101] = {MREF(101, strings[1059]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(101, enums[32].shape), 0, offsetof(struct awsc_dynamodb_condition_check, return_values_on_condition_check_failure), 0}, /* ConditionCheck.ReturnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure */
        [102] = {MREF(102, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(102, scalars[30]), 0, offsetof(struct awsc_dynamodb_conditional_check_failed_exception, message), 0}, /* ConditionalCheckFailedException.message: ErrorMessage */
        [103] = {MREF(103, strings[796]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(103, collections[1].shape), 0, offsetof(struct awsc_dynamodb_conditional_check_failed_exception, item), 0}, /* ConditionalCheckFailedException.Item: AttributeMap */
        [104] = {MREF(104, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(104, scalars[100]), 0, offsetof(struct awsc_dynamodb_consumed_capacity, table_name), 0}, /* ConsumedCapacity.TableName: TableArn */
        [105] = {MREF(105, strings[1279]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(105, scalars[22]), AWSC_MEMBER_HAS(struct awsc_dynamodb_consumed_capacity, capacity_units, has_capacity_units), offsetof(struct awsc_dynamodb_consumed_capacity, capacity_units), 0}, /* ConsumedCapacity.CapacityUnits: ConsumedCapacityUnits */
        [106] = {MREF(106, strings[1242]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(106, scalars[22]), AWSC_MEMBER_HAS(struct awsc_dynamodb_consumed_capacity, read_capacity_units, has_read_capacity_units), offsetof(struct awsc_dynamodb_consumed_capacity, read_capacity_units), 0}, /* ConsumedCapacity.ReadCapacityUnits: ConsumedCapacityUnits */
        [107] = {MREF(107, strings[1260]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(107, scalars[22]), AWSC_MEMBER_HAS(struct awsc_dynamodb_consumed_capacity, write_capacity_units, has_write_capacity_units), offsetof(struct awsc_dynamodb_consumed_capacity, write_capacity_units), 0}, /* ConsumedCapacity.WriteCapacityUnits: ConsumedCapacityUnits */
        [108] = {MREF(108, strings[1522]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(108, structures[26].shape), 0, offsetof(struct awsc_dynamodb_consumed_capacity, table), 0}, /* ConsumedCapacity.Table: Capacity */
        [109] = {MREF(109, strings[1528]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(109, collections[72].shape), 0, offsetof(struct awsc_dynamodb_consumed_capacity, local_secondary_indexes), 0}, /* ConsumedCapacity.LocalSecondaryIndexes: SecondaryIndexesCapacityMap */
        [110] = {MREF(110, strings[1550]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(110, collections[72].shape), 0, offsetof(struct awsc_dynamodb_consumed_capacity, global_secondary_indexes), 0}, /* ConsumedCapacity.GlobalSecondaryIndexes: SecondaryIndexesCapacityMap */
        [111] = {MREF(111, strings[1573]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(111, collections[84].shape), 0, offsetof(struct awsc_dynamodb_consumed_capacity, vector_indexes), 0}, /* ConsumedCapacity.VectorIndexes: VectorIndexesCapacityMap */
        [112] = {MREF(112, strings[1587]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(112, enums[9].shape), 0, offsetof(struct awsc_dynamodb_continuous_backups_description, continuous_backups_status), AWSC_MF_REQUIRED}, /* ContinuousBackupsDescription.ContinuousBackupsStatus: ContinuousBackupsStatus */
        [113] = {MREF(113, strings[1611]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(113, structures[162].shape), 0, offsetof(struct awsc_dynamodb_continuous_backups_description, point_in_time_recovery_description), 0}, /* ContinuousBackupsDescription.PointInTimeRecoveryDescription: PointInTimeRecoveryDescription */
        [114] = {MREF(114, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(114, scalars[30]), 0, offsetof(struct awsc_dynamodb_continuous_backups_unavailable_exception, message), 0}, /* ContinuousBackupsUnavailableException.message: ErrorMessage */
        [115] = {MREF(115, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(115, scalars[103]), 0, offsetof(struct awsc_dynamodb_contributor_insights_summary, table_name), 0}, /* ContributorInsightsSummary.TableName: TableName */
        [116] = {MREF(116, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(116, scalars[51]), 0, offsetof(struct awsc_dynamodb_contributor_insights_summary, index_name), 0}, /* ContributorInsightsSummary.IndexName: IndexName */
        [117] = {MREF(117, strings[1808]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(117, enums[12].shape), 0, offsetof(struct awsc_dynamodb_contributor_insights_summary, contributor_insights_status), 0}, /* ContributorInsightsSummary.ContributorInsightsStatus: ContributorInsightsStatus */
        [118] = {MREF(118, strings[1834]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(118, enums[11].shape), 0, offsetof(struct awsc_dynamodb_contributor_insights_summary, contributor_insights_mode), 0}, /* ContributorInsightsSummary.ContributorInsightsMode: ContributorInsightsMode */
        [119] = {MREF(119, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(119, scalars[100]), 0, offsetof(struct awsc_dynamodb_create_backup_input, table_name), AWSC_MF_REQUIRED}, /* CreateBackupInput.TableName: TableArn */
        [120] = {MREF(120, strings[441]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(120, scalars[8]), 0, offsetof(struct awsc_dynamodb_create_backup_input, backup_name), AWSC_MF_REQUIRED}, /* CreateBackupInput.BackupName: BackupName */
        [121] = {MREF(121, strings[372]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(121, structures[11].shape), 0, offsetof(struct awsc_dynamodb_create_backup_output, backup_details), 0}, /* CreateBackupOutput.BackupDetails: BackupDetails */
        [122] = {MREF(122, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(122, scalars[51]), 0, offsetof(struct awsc_dynamodb_create_global_secondary_index_action, index_name), AWSC_MF_REQUIRED}, /* CreateGlobalSecondaryIndexAction.IndexName: IndexName */
        [123] = {MREF(123, strings[1858]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(123, collections[41].shape), 0, offsetof(struct awsc_dynamodb_create_global_secondary_index_action, key_schema), AWSC_MF_REQUIRED}, /* CreateGlobalSecondaryIndexAction.KeySchema: KeySchema */
        [124] = {MREF(124, strings[1868]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(124, structures[166].shape), 0, offsetof(struct awsc_dynamodb_create_global_secondary_index_action, projection), AWSC_MF_REQUIRED}, /* CreateGlobalSecondaryIndexAction.Projection: Projection */
        [125] = {MREF(125, strings[1879]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(125, structures[167].shape), 0, offsetof(struct awsc_dynamodb_create_global_secondary_index_action, provisioned_throughput), 0}, /* CreateGlobalSecondaryIndexAction.ProvisionedThroughput: ProvisionedThroughput */
        [126] = {MREF(126, strings[1901]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(126, structures[159].shape), 0, offsetof(struct awsc_dynamodb_create_global_secondary_index_action, on_demand_throughput), 0}, /* CreateGlobalSecondaryIndexAction.OnDemandThroughput: OnDemandThroughput */
        [127] = {MREF(127, strings[1920]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(127, structures[268].shape), 0, offsetof(struct awsc_dynamodb_create_global_secondary_index_action, warm_throughput), 0}, /* CreateGlobalSecondaryIndexAction.WarmThroughput: WarmThroughput */
        [128] = {MREF(128, strings[1935]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(128, scalars[103]), 0, offsetof(struct awsc_dynamodb_create_global_table_input, global_table_name), AWSC_MF_REQUIRED}, /* CreateGlobalTableInput.GlobalTableName: TableName */
        [129] = {MREF(129, strings[1951]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(129, collections[64].shape), 0, offsetof(struct awsc_dynamodb_create_global_table_input, replication_group), AWSC_MF_REQUIRED}, /* CreateGlobalTableInput.ReplicationGroup: ReplicaList */
        [130] = {MREF(130, strings[1968]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(130, structures[115].shape), 0, offsetof(struct awsc_dynamodb_create_global_table_output, global_table_description), 0}, /* CreateGlobalTableOutput.GlobalTableDescription: GlobalTableDescription */
        [131] = {MREF(131, strings[1991]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(131, scalars[81]), 0, offsetof(struct awsc_dynamodb_create_global_table_witness_group_member_action, region_name), AWSC_MF_REQUIRED}, /* CreateGlobalTableWitnessGroupMemberAction.RegionName: RegionName */
        [132] = {MREF(132, strings[1991]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(132, scalars[81]), 0, offsetof(struct awsc_dynamodb_create_replica_action, region_name), AWSC_MF_REQUIRED}, /* CreateReplicaAction.RegionName: RegionName */
        [133] = {MREF(133, strings[1991]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(133, scalars[81]), 0, offsetof(struct awsc_dynamodb_create_replication_group_member_action, region_name), AWSC_MF_REQUIRED}, /* CreateReplicationGroupMemberAction.RegionName: RegionName */
        [134] = {MREF(134, strings[2002]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(134, scalars[57]), 0, offsetof(struct awsc_dynamodb_create_replication_group_member_action, kms_master_key_id), 0}, /* CreateReplicationGroupMemberAction.KMSMasterKeyId: KMSMasterKeyId */
        [135] = {MREF(135, strings[2017]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(135, structures[170].shape), 0, offsetof(struct awsc_dynamodb_create_replication_group_member_action, provisioned_throughput_override), 0}, /* CreateReplicationGroupMemberAction.ProvisionedThroughputOverride: ProvisionedThroughputOverride */
        [136] = {MREF(136, strings[2047]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(136, structures[160].shape), 0, offsetof(struct awsc_dynamodb_create_replication_group_member_action, on_demand_throughput_override), 0}, /* CreateReplicationGroupMemberAction.OnDemandThroughputOverride: OnDemandThroughputOverride */
        [137] = {MREF(137, strings[1550]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(137, collections[61].shape), 0, offsetof(struct awsc_dynamodb_create_replication_group_member_action, global_secondary_indexes), 0}, /* CreateReplicationGroupMemberAction.GlobalSecondaryIndexes: ReplicaGlobalSecondaryIndexList */
        [138] = {MREF(138, strings[2074]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(138, enums[40].shape), 0, offsetof(struct awsc_dynamodb_create_replication_group_member_action, table_class_override), 0}, /* CreateReplicationGroupMemberAction.TableClassOverride: TableClass */
        [139] = {MREF(139, strings[2093]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(139, collections[0].shape), 0, offsetof(struct awsc_dynamodb_create_table_input, attribute_definitions), 0}, /* CreateTableInput.AttributeDefinitions: AttributeDefinitions */
        [140] = {MREF(140, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(140, scalars[100]), 0, offsetof(struct awsc_dynamodb_create_table_input, table_name), AWSC_MF_REQUIRED}, /* CreateTableInput.TableName: TableArn */
        [141] = {MREF(141, strings[1858]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(141, collections[41].shape), 0, offsetof(struct awsc_dynamodb_create_table_input, key_schema), 0}, /* CreateTableInput.KeySchema: KeySchema */
        [142] = {MREF(142, strings[1528]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(142, collections[45].shape), 0, offsetof(struct awsc_dynamodb_create_table_input, local_secondary_indexes), 0}, /* CreateTableInput.LocalSecondaryIndexes: LocalSecondaryIndexList */
        [143] = {MREF(143, strings[1550]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(143, collections[24].shape), 0, offsetof(struct awsc_dynamodb_create_table_input, global_secondary_indexes), 0}, /* CreateTableInput.GlobalSecondaryIndexes: GlobalSecondaryIndexList */
        [144] = {MREF(144, strings[1196]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(144, enums[6].shape), 0, offsetof(struct awsc_dynamodb_create_table_input, billing_mode), 0}, /* CreateTableInput.BillingMode: BillingMode */
        [145] = {MREF(145, strings[1879]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(145, structures[167].shape), 0, offsetof(struct awsc_dynamodb_create_table_input, provisioned_throughput), 0}, /* CreateTableInput.ProvisionedThroughput: ProvisionedThroughput */
        [146] = {MREF(146, strings[2114]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(146, structures[215].shape), 0, offsetof(struct awsc_dynamodb_create_table_input, stream_specification), 0}, /* CreateTableInput.StreamSpecification: StreamSpecification */
        [147] = {MREF(147, strings[2134]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(147, structures[206].shape), 0, offsetof(struct awsc_dynamodb_create_table_input, sse_specification), 0}, /* CreateTableInput.SSESpecification: SSESpecification */
        [148] = {MREF(148, strings[2151]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(148, collections[76].shape), 0, offsetof(struct awsc_dynamodb_create_table_input, tags), 0}, /* CreateTableInput.Tags: TagList */
        [149] = {MREF(149, strings[2156]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(149, enums[40].shape), 0, offsetof(struct awsc_dynamodb_create_table_input, table_class), 0}, /* CreateTableInput.TableClass: TableClass */
        [150] = {MREF(150, strings[2167]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(150, scalars[27]), AWSC_MEMBER_HAS(struct awsc_dynamodb_create_table_input, deletion_protection_enabled, has_deletion_protection_enabled), offsetof(struct awsc_dynamodb_create_table_input, deletion_protection_enabled), 0}, /* CreateTableInput.DeletionProtectionEnabled: DeletionProtectionEnabled */
        [151] = {MREF(151, strings[1920]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(151, structures[268].shape), 0, offsetof(struct awsc_dynamodb_create_table_input, warm_throughput), 0}, /* CreateTableInput.WarmThroughput: WarmThroughput */
        [152] = {MREF(152, strings[2193]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(152, scalars[86]), 0, offsetof(struct awsc_dynamodb_create_table_input, resource_policy), 0}, /* CreateTableInput.ResourcePolicy: ResourcePolicy */
        [153] = {MREF(153, strings[1901]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(153, structures[159].shape), 0, offsetof(struct awsc_dynamodb_create_table_input, on_demand_throughput), 0}, /* CreateTableInput.OnDemandThroughput: OnDemandThroughput */
        [154] = {MREF(154, strings[2208]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(154, scalars[100]), 0, offsetof(struct awsc_dynamodb_create_table_input, global_table_source_arn), 0}, /* CreateTableInput.GlobalTableSourceArn: TableArn */
        [155] = {MREF(155, strings[2229]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(155, enums[18].shape), 0, offsetof(struct awsc_dynamodb_create_table_input, global_table_settings_replication_mode), 0}, /* CreateTableInput.GlobalTableSettingsReplicationMode: GlobalTableSettingsReplicationMode */
        [156] = {MREF(156, strings[1573]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(156, collections[81].shape), 0, offsetof(struct awsc_dynamodb_create_table_input, vector_indexes), 0}, /* CreateTableInput.VectorIndexes: VectorIndexList */
        [157] = {MREF(157, strings[2264]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(157, structures[220].shape), 0, offsetof(struct awsc_dynamodb_create_table_output, table_description), 0}, /* CreateTableOutput.TableDescription: TableDescription */
        [158] = {MREF(158, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(158, scalars[51]), 0, offsetof(struct awsc_dynamodb_create_vector_index_action, index_name), AWSC_MF_REQUIRED}, /* CreateVectorIndexAction.IndexName: IndexName */
        [159] = {MREF(159, strings[2281]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(159, structures[262].shape), 0, offsetof(struct awsc_dynamodb_create_vector_index_action, vector_attribute), AWSC_MF_REQUIRED}, /* CreateVectorIndexAction.VectorAttribute: VectorAttributeDefinition */
        [160] = {MREF(160, strings[2297]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(160, collections[70].shape), 0, offsetof(struct awsc_dynamodb_create_vector_index_action, search_schema), 0}, /* CreateVectorIndexAction.SearchSchema: SearchSchema */
        [161] = {MREF(161, strings[1868]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(161, structures[166].shape), 0, offsetof(struct awsc_dynamodb_create_vector_index_action, projection), AWSC_MF_REQUIRED}, /* CreateVectorIndexAction.Projection: Projection */
        [162] = {MREF(162, strings[2310]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(162, scalars[76]), AWSC_MEMBER_HAS(struct awsc_dynamodb_create_vector_index_action, dimensions, has_dimensions), offsetof(struct awsc_dynamodb_create_vector_index_action, dimensions), AWSC_MF_REQUIRED}, /* CreateVectorIndexAction.Dimensions: PositiveLongObject */
        [163] = {MREF(163, strings[2321]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(163, enums[43].shape), 0, offsetof(struct awsc_dynamodb_create_vector_index_action, distance_function), AWSC_MF_REQUIRED}, /* CreateVectorIndexAction.DistanceFunction: VectorDistanceFunction */
        [164] = {MREF(164, strings[2338]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(164, scalars[24]), 0, offsetof(struct awsc_dynamodb_csv_options, delimiter), 0}, /* CsvOptions.Delimiter: CsvDelimiter */
        [165] = {MREF(165, strings[2348]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(165, collections[15].shape), 0, offsetof(struct awsc_dynamodb_csv_options, header_list), 0}, /* CsvOptions.HeaderList: CsvHeaderList */
        [166] = {MREF(166, strings[1408]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(166, collections[38].shape), 0, offsetof(struct awsc_dynamodb_delete, key), AWSC_MF_REQUIRED}, /* Delete.Key: Key */
        [167] = {MREF(167, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(167, scalars[100]), 0, offsetof(struct awsc_dynamodb_delete, table_name), AWSC_MF_REQUIRED}, /* Delete.TableName: TableArn */
        [168] = {MREF(168, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(168, scalars[19]), 0, offsetof(struct awsc_dynamodb_delete, condition_expression), 0}, /* Delete.ConditionExpression: ConditionExpression */
        [169] = {MREF(169, strings[1432]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(169, collections[19].shape), 0, offsetof(struct awsc_dynamodb_delete, expression_attribute_names), 0}, /* Delete.ExpressionAttributeNames: ExpressionAttributeNameMap */
        [170] = {MREF(170, strings[1457]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(170, collections[20].shape), 0, offsetof(struct awsc_dynamodb_delete, expression_attribute_values), 0}, /* Delete.ExpressionAttributeValues: ExpressionAttributeValueMap */
        [171] = {MREF(171, strings[1059]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(171, enums[32].shape), 0, offsetof(struct awsc_dynamodb_delete, return_values_on_condition_check_failure), 0}, /* Delete.ReturnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure */
        [172] = {MREF(172, strings[431]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(172, scalars[6]), 0, offsetof(struct awsc_dynamodb_delete_backup_input, backup_arn), AWSC_MF_REQUIRED}, /* DeleteBackupInput.BackupArn: BackupArn */
        [173] = {MREF(173, strings[2359]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(173, structures[10].shape), 0, offsetof(struct awsc_dynamodb_delete_backup_output, backup_description), 0}, /* DeleteBackupOutput.BackupDescription: BackupDescription */
        [174] = {MREF(174, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(174, scalars[51]), 0, offsetof(struct awsc_dynamodb_delete_global_secondary_index_action, index_name), AWSC_MF_REQUIRED}, /* DeleteGlobalSecondaryIndexAction.IndexName: IndexName */
        [175] = {MREF(175, strings[1991]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(175, scalars[81]), 0, offsetof(struct awsc_dynamodb_delete_global_table_witness_group_member_action, region_name), AWSC_MF_REQUIRED}, /* DeleteGlobalTableWitnessGroupMemberAction.RegionName: RegionName */
        [176] = {MREF(176, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(176, scalars[100]), 0, offsetof(struct awsc_dynamodb_delete_item_input, table_name), AWSC_MF_REQUIRED}, /* DeleteItemInput.TableName: TableArn */
        [177] = {MREF(177, strings[1408]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(177, collections[38].shape), 0, offsetof(struct awsc_dynamodb_delete_item_input, key), AWSC_MF_REQUIRED}, /* DeleteItemInput.Key: Key */
        [178] = {MREF(178, strings[2377]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(178, collections[17].shape), 0, offsetof(struct awsc_dynamodb_delete_item_input, expected), 0}, /* DeleteItemInput.Expected: ExpectedAttributeMap */
        [179] = {MREF(179, strings[2386]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(179, enums[8].shape), 0, offsetof(struct awsc_dynamodb_delete_item_input, conditional_operator), 0}, /* DeleteItemInput.ConditionalOperator: ConditionalOperator */
        [180] = {MREF(180, strings[2406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(180, enums[31].shape), 0, offsetof(struct awsc_dynamodb_delete_item_input, return_values), 0}, /* DeleteItemInput.ReturnValues: ReturnValue */
        [181] = {MREF(181, strings[704]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(181, enums[29].shape), 0, offsetof(struct awsc_dynamodb_delete_item_input, return_consumed_capacity), 0}, /* DeleteItemInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [182] = {MREF(182, strings[1101]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(182, enums[30].shape), 0, offsetof(struct awsc_dynamodb_delete_item_input, return_item_collection_metrics), 0}, /* DeleteItemInput.ReturnItemCollectionMetrics: ReturnItemCollectionMetrics */
        [183] = {MREF(183, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(183, scalars[19]), 0, offsetof(struct awsc_dynamodb_delete_item_input, condition_expression), 0}, /* DeleteItemInput.ConditionExpression: ConditionExpression */
        [184] = {MREF(184, strings[1432]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(184, collections[19].shape), 0, offsetof(struct awsc_dynamodb_delete_item_input, expression_attribute_names), 0}, /* DeleteItemInput.ExpressionAttributeNames: ExpressionAttributeNameMap */
        [185] = {MREF(185, strings[1457]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(185, collections[20].shape), 0, offsetof(struct awsc_dynamodb_delete_item_input, expression_attribute_values), 0}, /* DeleteItemInput.ExpressionAttributeValues: ExpressionAttributeValueMap */
        [186] = {MREF(186, strings[1059]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(186, enums[32].shape), 0, offsetof(struct awsc_dynamodb_delete_item_input, return_values_on_condition_check_failure), 0}, /* DeleteItemInput.ReturnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure */
        [187] = {MREF(187, strings[2419]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(187, collections[1].shape), 0, offsetof(struct awsc_dynamodb_delete_item_output, attributes), 0}, /* DeleteItemOutput.Attributes: AttributeMap */
        [188] = {MREF(188, strings[737]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(188, structures[30].shape), 0, offsetof(struct awsc_dynamodb_delete_item_output, consumed_capacity), 0}, /* DeleteItemOutput.ConsumedCapacity: ConsumedCapacity */
        [189] = {MREF(189, strings[1146]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(189, structures[133].shape), 0, offsetof(struct awsc_dynamodb_delete_item_output, item_collection_metrics), 0}, /* DeleteItemOutput.ItemCollectionMetrics: ItemCollectionMetrics */
        [190] = {MREF(190, strings[1991]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(190, scalars[81]), 0, offsetof(struct awsc_dynamodb_delete_replica_action, region_name), AWSC_MF_REQUIRED}, /* DeleteReplicaAction.RegionName: RegionName */
        [191] = {MREF(191, strings[1991]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(191, scalars[81]), 0, offsetof(struct awsc_dynamodb_delete_replication_group_member_action, region_name), AWSC_MF_REQUIRED}, /* DeleteReplicationGroupMemberAction.RegionName: RegionName */
        [192] = {MREF(192, strings[1408]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(192, collections[38].shape), 0, offsetof(struct awsc_dynamodb_delete_request, key), AWSC_MF_REQUIRED}, /* DeleteRequest.Key: Key */
        [193] = {MREF(193, strings[2430]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(193, scalars[85]), 0, offsetof(struct awsc_dynamodb_delete_resource_policy_input, resource_arn), AWSC_MF_REQUIRED}, /* DeleteResourcePolicyInput.ResourceArn: ResourceArnString */
        [194] = {MREF(194, strings[2442]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(194, scalars[74]), 0, offsetof(struct awsc_dynamodb_delete_resource_policy_input, expected_revision_id), 0}, /* DeleteResourcePolicyInput.ExpectedRevisionId: PolicyRevisionId */
        [195] = {MREF(195, strings[2461]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(195, scalars[74]), 0, offsetof(struct awsc_dynamodb_delete_resource_policy_output, revision_id), 0}, /* DeleteResourcePolicyOutput.RevisionId: PolicyRevisionId */
        [196] = {MREF(196, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(196, scalars[100]), 0, offsetof(struct awsc_dynamodb_delete_table_input, table_name), AWSC_MF_REQUIRED}, /* DeleteTableInput.TableName: TableArn */
        [197] = {MREF(197, strings[2264]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(197, structures[220].shape), 0, offsetof(struct awsc_dynamodb_delete_table_output, table_description), 0}, /* DeleteTableOutput.TableDescription: TableDescription */
        [198] = {MREF(198, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(198, scalars[51]), 0, offsetof(struct awsc_dynamodb_delete_vector_index_action, index_name), AWSC_MF_REQUIRED}, /* DeleteVectorIndexAction.IndexName: IndexName */
        [199] = {MREF(199, strings[431]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(199, scalars[6]), 0, offsetof(struct awsc_dynamodb_describe_backup_input, backup_arn), AWSC_MF_REQUIRED}, /* DescribeBackupInput.BackupArn: BackupArn */
        [200] = {MREF(200, strings[2359]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(200, structures[10].shape), 0, offsetof(struct awsc_dynamodb_describe_backup_output, backup_description), 0}, /* DescribeBackupOutput.BackupDescription: BackupDescription */
        [201] = {MREF(201, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(201, scalars[100]), 0, offsetof(struct awsc_dynamodb_describe_continuous_backups_input, table_name), AWSC_MF_REQUIRED}, /* DescribeContinuousBackupsInput.TableName: TableArn */
        [202] = {MREF(202, strings[2472]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(202, structures[31].shape), 0, offsetof(struct awsc_dynamodb_describe_continuous_backups_output, continuous_backups_description), 0}, /* DescribeContinuousBackupsOutput.ContinuousBackupsDescription: ContinuousBackupsDescription */
        [203] = {MREF(203, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(203, scalars[100]), 0, offsetof(struct awsc_dynamodb_describe_contributor_insights_input, table_name), AWSC_MF_REQUIRED}, /* DescribeContributorInsightsInput.TableName: TableArn */
        [204] = {MREF(204, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(204, scalars[51]), 0, offsetof(struct awsc_dynamodb_describe_contributor_insights_input, index_name), 0}, /* DescribeContributorInsightsInput.IndexName: IndexName */
        [205] = {MREF(205, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(205, scalars[103]), 0, offsetof(struct awsc_dynamodb_describe_contributor_insights_output, table_name), 0}, /* DescribeContributorInsightsOutput.TableName: TableName */
        [206] = {MREF(206, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(206, scalars[51]), 0, offsetof(struct awsc_dynamodb_describe_contributor_insights_output, index_name), 0}, /* DescribeContributorInsightsOutput.IndexName: IndexName */
        [207] = {MREF(207, strings[2501]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(207, collections[13].shape), 0, offsetof(struct awsc_dynamodb_describe_contributor_insights_output, contributor_insights_rule_list), 0}, /* DescribeContributorInsightsOutput.ContributorInsightsRuleList: ContributorInsightsRuleList */
        [208] = {MREF(208, strings[1808]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(208, enums[12].shape), 0, offsetof(struct awsc_dynamodb_describe_contributor_insights_output, contributor_insights_status), 0}, /* DescribeContributorInsightsOutput.ContributorInsightsStatus: ContributorInsightsStatus */
        [209] = {MREF(209, strings[2529]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(209, scalars[60]), AWSC_MEMBER_HAS(struct awsc_dynamodb_describe_contributor_insights_output, last_update_date_time, has_last_update_date_time), offsetof(struct awsc_dynamodb_describe_contributor_insights_output, last_update_date_time), 0}, /* DescribeContributorInsightsOutput.LastUpdateDateTime: LastUpdateDateTime */
        [210] = {MREF(210, strings[2548]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(210, structures[101].shape), 0, offsetof(struct awsc_dynamodb_describe_contributor_insights_output, failure_exception), 0}, /* DescribeContributorInsightsOutput.FailureException: FailureException */
        [211] = {MREF(211, strings[1834]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(211, enums[11].shape), 0, offsetof(struct awsc_dynamodb_describe_contributor_insights_output, contributor_insights_mode), 0}, /* DescribeContributorInsightsOutput.ContributorInsightsMode: ContributorInsightsMode */
        [212] = {MREF(212, strings[2565]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(212, collections[16].shape), 0, offsetof(struct awsc_dynamodb_describe_endpoints_output, endpoints), AWSC_MF_REQUIRED}, /* DescribeEndpointsResponse.Endpoints: Endpoints */
        [213] = {MREF(213, strings[2575]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(213, scalars[33]), 0, offsetof(struct awsc_dynamodb_describe_export_input, export_arn), AWSC_MF_REQUIRED}, /* DescribeExportInput.ExportArn: ExportArn */
        [214] = {MREF(214, strings[2585]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(214, structures[96].shape), 0, offsetof(struct awsc_dynamodb_describe_export_output, export_description), 0}, /* DescribeExportOutput.ExportDescription: ExportDescription */
        [215] = {MREF(215, strings[1935]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(215, scalars[103]), 0, offsetof(struct awsc_dynamodb_describe_global_table_input, global_table_name), AWSC_MF_REQUIRED}, /* DescribeGlobalTableInput.GlobalTableName: TableName */
        [216] = {MREF(216, strings[1968]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(216, structures[115].shape), 0, offsetof(struct awsc_dynamodb_describe_global_table_output, global_table_description), 0}, /* DescribeGlobalTableOutput.GlobalTableDescription: GlobalTableDescription */
        [217] = {MREF(217, strings[1935]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(217, scalars[103]), 0, offsetof(struct awsc_dynamodb_describe_global_table_settings_input, global_table_name), AWSC_MF_REQUIRED}, /* DescribeGlobalTableSettingsInput.GlobalTableName: TableName */
        [218] = {MREF(218, strings[1935]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(218, scalars[103]), 0, offsetof(struct awsc_dynamodb_describe_global_table_settings_output, global_table_name), 0}, /* DescribeGlobalTableSettingsOutput.GlobalTableName: TableName */
        [219] = {MREF(219, strings[2603]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(219, collections[65].shape), 0, offsetof(struct awsc_dynamodb_describe_global_table_settings_output, replica_settings), 0}, /* DescribeGlobalTableSettingsOutput.ReplicaSettings: ReplicaSettingsDescriptionList */
        [220] = {MREF(220, strings[2619]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(220, scalars[46]), 0, offsetof(struct awsc_dynamodb_describe_import_input, import_arn), AWSC_MF_REQUIRED}, /* DescribeImportInput.ImportArn: ImportArn */
        [221] = {MREF(221, strings[2629]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(221, structures[124].shape), 0, offsetof(struct awsc_dynamodb_describe_import_output, import_table_description), AWSC_MF_REQUIRED}, /* DescribeImportOutput.ImportTableDescription: ImportTableDescription */
        [222] = {MREF(222, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(222, scalars[100]), 0, offsetof(struct awsc_dynamodb_describe_kinesis_streaming_destination_input, table_name), AWSC_MF_REQUIRED}, /* DescribeKinesisStreamingDestinationInput.TableName: TableArn */
        [223] = {MREF(223, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(223, scalars[103]), 0, offsetof(struct awsc_dynamodb_describe_kinesis_streaming_destination_output, table_name), 0}, /* DescribeKinesisStreamingDestinationOutput.TableName: TableName */
        [224] = {MREF(224, strings[2652]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(224, collections[42].shape), 0, offsetof(struct awsc_dynamodb_describe_kinesis_streaming_destination_output, kinesis_data_stream_destinations), 0}, /* DescribeKinesisStreamingDestinationOutput.KinesisDataStreamDestinations: KinesisDataStreamDestinations */
        [225] = {MREF(225, strings[2682]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(225, scalars[76]), AWSC_MEMBER_HAS(struct awsc_dynamodb_describe_limits_output, account_max_read_capacity_units, has_account_max_read_capacity_units), offsetof(struct awsc_dynamodb_describe_limits_output, account_max_read_capacity_units), 0}, /* DescribeLimitsOutput.AccountMaxReadCapacityUnits: PositiveLongObject */
        [226] = {MREF(226, strings[2710]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(226, scalars[76]), AWSC_MEMBER_HAS(struct awsc_dynamodb_describe_limits_output, account_max_write_capacity_units, has_account_max_write_capacity_units), offsetof(struct awsc_dynamodb_describe_limits_output, account_max_write_capacity_units), 0}, /* DescribeLimitsOutput.AccountMaxWriteCapacityUnits: PositiveLongObject */
        [227] = {MREF(227, strings[2739]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(227, scalars[76]), AWSC_MEMBER_HAS(struct awsc_dynamodb_describe_limits_output, table_max_read_capacity_units, has_table_max_read_capacity_units), offsetof(struct awsc_dynamodb_describe_limits_output, table_max_read_capacity_units), 0}, /* DescribeLimitsOutput.TableMaxReadCapacityUnits: PositiveLongObject */
        [228] = {MREF(228, strings[2765]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(228, scalars[76]), AWSC_MEMBER_HAS(struct awsc_dynamodb_describe_limits_output, table_max_write_capacity_units, has_table_max_write_capacity_units), offsetof(struct awsc_dynamodb_describe_limits_output, table_max_write_capacity_units), 0}, /* DescribeLimitsOutput.TableMaxWriteCapacityUnits: PositiveLongObject */
        [229] = {MREF(229, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(229, scalars[100]), 0, offsetof(struct awsc_dynamodb_describe_table_input, table_name), AWSC_MF_REQUIRED}, /* DescribeTableInput.TableName: TableArn */
        [230] = {MREF(230, strings[1522]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(230, structures[220].shape), 0, offsetof(struct awsc_dynamodb_describe_table_output, table), 0}, /* DescribeTableOutput.Table: TableDescription */
        [231] = {MREF(231, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(231, scalars[100]), 0, offsetof(struct awsc_dynamodb_describe_table_replica_auto_scaling_input, table_name), AWSC_MF_REQUIRED}, /* DescribeTableReplicaAutoScalingInput.TableName: TableArn */
        [232] = {MREF(232, strings[2792]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(232, structures[217].shape), 0, offsetof(struct awsc_dynamodb_describe_table_replica_auto_scaling_output, table_auto_scaling_description), 0}, /* DescribeTableReplicaAutoScalingOutput.TableAutoScalingDescription: TableAutoScalingDescription */
        [233] = {MREF(233, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(233, scalars[100]), 0, offsetof(struct awsc_dynamodb_describe_time_to_live_input, table_name), AWSC_MF_REQUIRED}, /* DescribeTimeToLiveInput.TableName: TableArn */
        [234] = {MREF(234, strings[2820]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(234, structures[228].shape), 0, offsetof(struct awsc_dynamodb_describe_time_to_live_output, time_to_live_description), 0}, /* DescribeTimeToLiveOutput.TimeToLiveDescription: TimeToLiveDescription */
        [235] = {MREF(235, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(235, scalars[30]), 0, offsetof(struct awsc_dynamodb_duplicate_item_exception, message), 0}, /* DuplicateItemException.message: ErrorMessage */
        [236] = {MREF(236, strings[2923]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(236, enums[0].shape), 0, offsetof(struct awsc_dynamodb_enable_kinesis_streaming_configuration, approximate_creation_date_time_precision), 0}, /* EnableKinesisStreamingConfiguration.ApproximateCreationDateTimePrecision: ApproximateCreationDateTimePrecision */
        [237] = {MREF(237, strings[2960]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(237, scalars[98]), 0, offsetof(struct awsc_dynamodb_endpoint, address), AWSC_MF_REQUIRED}, /* Endpoint.Address: String */
        [238] = {MREF(238, strings[2968]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(238, scalars[65]), AWSC_MEMBER_HAS(struct awsc_dynamodb_endpoint, cache_period_in_minutes, has_cache_period_in_minutes), offsetof(struct awsc_dynamodb_endpoint, cache_period_in_minutes), AWSC_MF_REQUIRED}, /* Endpoint.CachePeriodInMinutes: Long */
        [239] = {MREF(239, strings[1023]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(239, scalars[73]), 0, offsetof(struct awsc_dynamodb_execute_statement_input, statement), AWSC_MF_REQUIRED}, /* ExecuteStatementInput.Statement: PartiQLStatement */
        [240] = {MREF(240, strings[1033]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(240, collections[53].shape), 0, offsetof(struct awsc_dynamodb_execute_statement_input, parameters), 0}, /* ExecuteStatementInput.Parameters: PreparedStatementParameters */
        [241] = {MREF(241, strings[1044]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(241, scalars[21]), AWSC_MEMBER_HAS(struct awsc_dynamodb_execute_statement_input, consistent_read, has_consistent_read), offsetof(struct awsc_dynamodb_execute_statement_input, consistent_read), 0}, /* ExecuteStatementInput.ConsistentRead: ConsistentRead */
        [242] = {MREF(242, strings[2989]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(242, scalars[72]), 0, offsetof(struct awsc_dynamodb_execute_statement_input, next_token), 0}, /* ExecuteStatementInput.NextToken: PartiQLNextToken */
        [243] = {MREF(243, strings[704]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(243, enums[29].shape), 0, offsetof(struct awsc_dynamodb_execute_statement_input, return_consumed_capacity), 0}, /* ExecuteStatementInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [244] = {MREF(244, strings[2999]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(244, scalars[75]), AWSC_MEMBER_HAS(struct awsc_dynamodb_execute_statement_input, limit, has_limit), offsetof(struct awsc_dynamodb_execute_statement_input, limit), 0}, /* ExecuteStatementInput.Limit: PositiveIntegerObject */
        [245] = {MREF(245, strings[1059]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(245, enums[32].shape), 0, offsetof(struct awsc_dynamodb_execute_statement_input, return_values_on_condition_check_failure), 0}, /* ExecuteStatementInput.ReturnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure */
        [246] = {MREF(246, strings[3005]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(246, collections[36].shape), 0, offsetof(struct awsc_dynamodb_execute_statement_output, items), 0}, /* ExecuteStatementOutput.Items: ItemList */
        [247] = {MREF(247, strings[2989]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(247, scalars[72]), 0, offsetof(struct awsc_dynamodb_execute_statement_output, next_token), 0}, /* ExecuteStatementOutput.NextToken: PartiQLNextToken */
        [248] = {MREF(248, strings[737]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(248, structures[30].shape), 0, offsetof(struct awsc_dynamodb_execute_statement_output, consumed_capacity), 0}, /* ExecuteStatementOutput.ConsumedCapacity: ConsumedCapacity */
        [249] = {MREF(249, strings[3011]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(249, collections[38].shape), 0, offsetof(struct awsc_dynamodb_execute_statement_output, last_evaluated_key), 0}, /* ExecuteStatementOutput.LastEvaluatedKey: Key */
        [250] = {MREF(250, strings[3028]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(250, collections[50].shape), 0, offsetof(struct awsc_dynamodb_execute_transaction_input, transact_statements), AWSC_MF_REQUIRED}, /* ExecuteTransactionInput.TransactStatements: ParameterizedStatements */
        [251] = {MREF(251, strings[3047]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(251, scalars[15]), 0, offsetof(struct awsc_dynamodb_execute_transaction_input, client_request_token), AWSC_MF_IDEMPOTENCY_TOKEN}, /* ExecuteTransactionInput.ClientRequestToken: ClientRequestToken */
        [252] = {MREF(252, strings[704]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(252, enums[29].shape), 0, offsetof(struct awsc_dynamodb_execute_transaction_input, return_consumed_capacity), 0}, /* ExecuteTransactionInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [253] = {MREF(253, strings[727]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(253, collections[37].shape), 0, offsetof(struct awsc_dynamodb_execute_transaction_output, responses), 0}, /* ExecuteTransactionOutput.Responses: ItemResponseList */
        [254] = {MREF(254, strings[737]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(254, collections[12].shape), 0, offsetof(struct awsc_dynamodb_execute_transaction_output, consumed_capacity), 0}, /* ExecuteTransactionOutput.ConsumedCapacity: ConsumedCapacityMultiple */
        [255] = {MREF(255, strings[146]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(255, structures[2].shape), 0, offsetof(struct awsc_dynamodb_expected_attribute_value, value), 0}, /* ExpectedAttributeValue.Value: AttributeValue */
        [256] = {MREF(256, strings[3066]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(256, scalars[14]), AWSC_MEMBER_HAS(struct awsc_dynamodb_expected_attribute_value, exists, has_exists), offsetof(struct awsc_dynamodb_expected_attribute_value, exists), 0}, /* ExpectedAttributeValue.Exists: BooleanObject */
        [257] = {MREF(257, strings[1389]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(257, enums[7].shape), 0, offsetof(struct awsc_dynamodb_expected_attribute_value, comparison_operator), 0}, /* ExpectedAttributeValue.ComparisonOperator: ComparisonOperator */
        [258] = {MREF(258, strings[1370]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(258, collections[4].shape), 0, offsetof(struct awsc_dynamodb_expected_attribute_value, attribute_value_list), 0}, /* ExpectedAttributeValue.AttributeValueList: AttributeValueList */
        [259] = {MREF(259, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(259, scalars[30]), 0, offsetof(struct awsc_dynamodb_export_conflict_exception, message), 0}, /* ExportConflictException.message: ErrorMessage */
        [260] = {MREF(260, strings[2575]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(260, scalars[33]), 0, offsetof(struct awsc_dynamodb_export_description, export_arn), 0}, /* ExportDescription.ExportArn: ExportArn */
        [261] = {MREF(261, strings[3097]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(261, enums[15].shape), 0, offsetof(struct awsc_dynamodb_export_description, export_status), 0}, /* ExportDescription.ExportStatus: ExportStatus */
        [262] = {MREF(262, strings[3110]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(262, scalars[38]), AWSC_MEMBER_HAS(struct awsc_dynamodb_export_description, start_time, has_start_time), offsetof(struct awsc_dynamodb_export_description, start_time), 0}, /* ExportDescription.StartTime: ExportStartTime */
        [263] = {MREF(263, strings[3120]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(263, scalars[34]), AWSC_MEMBER_HAS(struct awsc_dynamodb_export_description, end_time, has_end_time), offsetof(struct awsc_dynamodb_export_description, end_time), 0}, /* ExportDescription.EndTime: ExportEndTime */
        [264] = {MREF(264, strings[3128]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(264, scalars[36]), 0, offsetof(struct awsc_dynamodb_export_description, export_manifest), 0}, /* ExportDescription.ExportManifest: ExportManifest */
        [265] = {MREF(265, strings[634]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(265, scalars[100]), 0, offsetof(struct awsc_dynamodb_export_description, table_arn), 0}, /* ExportDescription.TableArn: TableArn */
        [266] = {MREF(266, strings[626]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(266, scalars[102]), 0, offsetof(struct awsc_dynamodb_export_description, table_id), 0}, /* ExportDescription.TableId: TableId */
        [267] = {MREF(267, strings[3143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(267, scalars[39]), AWSC_MEMBER_HAS(struct awsc_dynamodb_export_description, export_time, has_export_time), offsetof(struct awsc_dynamodb_export_description, export_time), 0}, /* ExportDescription.ExportTime: ExportTime */
        [268] = {MREF(268, strings[3154]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(268, scalars[16]), 0, offsetof(struct awsc_dynamodb_export_description, client_token), 0}, /* ExportDescription.ClientToken: ClientToken */
        [269] = {MREF(269, strings[3166]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(269, scalars[88]), 0, offsetof(struct awsc_dynamodb_export_description, s3_bucket), 0}, /* ExportDescription.S3Bucket: S3Bucket */
        [270] = {MREF(270, strings[3175]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(270, scalars[89]), 0, offsetof(struct awsc_dynamodb_export_description, s3_bucket_owner), 0}, /* ExportDescription.S3BucketOwner: S3BucketOwner */
        [271] = {MREF(271, strings[3189]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(271, scalars[90]), 0, offsetof(struct awsc_dynamodb_export_description, s3_prefix), 0}, /* ExportDescription.S3Prefix: S3Prefix */
        [272] = {MREF(272, strings[3198]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(272, enums[33].shape), 0, offsetof(struct awsc_dynamodb_export_description, s3_sse_algorithm), 0}, /* ExportDescription.S3SseAlgorithm: S3SseAlgorithm */
        [273] = {MREF(273, strings[3213]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(273, scalars[91]), 0, offsetof(struct awsc_dynamodb_export_description, s3_sse_kms_key_id), 0}, /* ExportDescription.S3SseKmsKeyId: S3SseKmsKeyId */
        [274] = {MREF(274, strings[3227]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(274, scalars[43]), 0, offsetof(struct awsc_dynamodb_export_description, failure_code), 0}, /* ExportDescription.FailureCode: FailureCode */
        [275] = {MREF(275, strings[3239]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(275, scalars[44]), 0, offsetof(struct awsc_dynamodb_export_description, failure_message), 0}, /* ExportDescription.FailureMessage: FailureMessage */
        [276] = {MREF(276, strings[3254]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(276, enums[14].shape), 0, offsetof(struct awsc_dynamodb_export_description, export_format), 0}, /* ExportDescription.ExportFormat: ExportFormat */
        [277] = {MREF(277, strings[3267]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(277, scalars[11]), AWSC_MEMBER_HAS(struct awsc_dynamodb_export_description, billed_size_bytes, has_billed_size_bytes), offsetof(struct awsc_dynamodb_export_description, billed_size_bytes), 0}, /* ExportDescription.BilledSizeBytes: BilledSizeBytes */
        [278] = {MREF(278, strings[3283]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(278, scalars[55]), AWSC_MEMBER_HAS(struct awsc_dynamodb_export_description, item_count, has_item_count), offsetof(struct awsc_dynamodb_export_description, item_count), 0}, /* ExportDescription.ItemCount: ItemCount */
        [279] = {MREF(279, strings[3293]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(279, enums[16].shape), 0, offsetof(struct awsc_dynamodb_export_description, export_type), 0}, /* ExportDescription.ExportType: ExportType */
        [280] = {MREF(280, strings[3304]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(280, structures[127].shape), 0, offsetof(struct awsc_dynamodb_export_description, incremental_export_specification), 0}, /* ExportDescription.IncrementalExportSpecification: IncrementalExportSpecification */
        [281] = {MREF(281, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(281, scalars[30]), 0, offsetof(struct awsc_dynamodb_export_not_found_exception, message), 0}, /* ExportNotFoundException.message: ErrorMessage */
        [282] = {MREF(282, strings[2575]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(282, scalars[33]), 0, offsetof(struct awsc_dynamodb_export_summary, export_arn), 0}, /* ExportSummary.ExportArn: ExportArn */
        [283] = {MREF(283, strings[3097]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(283, enums[15].shape), 0, offsetof(struct awsc_dynamodb_export_summary, export_status), 0}, /* ExportSummary.ExportStatus: ExportStatus */
        [284] = {MREF(284, strings[3293]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(284, enums[16].shape), 0, offsetof(struct awsc_dynamodb_export_summary, export_type), 0}, /* ExportSummary.ExportType: ExportType */
        [285] = {MREF(285, strings[634]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(285, scalars[100]), 0, offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, table_arn), AWSC_MF_REQUIRED}, /* ExportTableToPointInTimeInput.TableArn: TableArn */
        [286] = {MREF(286, strings[3143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(286, scalars[39]), AWSC_MEMBER_HAS(struct awsc_dynamodb_export_table_to_point_in_time_input, export_time, has_export_time), offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, export_time), 0}, /* ExportTableToPointInTimeInput.ExportTime: ExportTime */
        [287] = {MREF(287, strings[3154]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(287, scalars[16]), 0, offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, client_token), AWSC_MF_IDEMPOTENCY_TOKEN}, /* ExportTableToPointInTimeInput.ClientToken: ClientToken */
        [288] = {MREF(288, strings[3166]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(288, scalars[88]), 0, offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, s3_bucket), AWSC_MF_REQUIRED}, /* ExportTableToPointInTimeInput.S3Bucket: S3Bucket */
        [289] = {MREF(289, strings[3175]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(289, scalars[89]), 0, offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, s3_bucket_owner), 0}, /* ExportTableToPointInTimeInput.S3BucketOwner: S3BucketOwner */
        [290] = {MREF(290, strings[3189]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(290, scalars[90]), 0, offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, s3_prefix), 0}, /* ExportTableToPointInTimeInput.S3Prefix: S3Prefix */
        [291] = {MREF(291, strings[3198]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(291, enums[33].shape), 0, offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, s3_sse_algorithm), 0}, /* ExportTableToPointInTimeInput.S3SseAlgorithm: S3SseAlgorithm */
        [292] = {MREF(292, strings[3213]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(292, scalars[91]), 0, offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, s3_sse_kms_key_id), 0}, /* ExportTableToPointInTimeInput.S3SseKmsKeyId: S3SseKmsKeyId */
        [293] = {MREF(293, strings[3254]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(293, enums[14].shape), 0, offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, export_format), 0}, /* ExportTableToPointInTimeInput.ExportFormat: ExportFormat */
        [294] = {MREF(294, strings[3293]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(294, enums[16].shape), 0, offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, export_type), 0}, /* ExportTableToPointInTimeInput.ExportType: ExportType */
        [295] = {MREF(295, strings[3304]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(295, structures[127].shape), 0, offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, incremental_export_specification), 0}, /* ExportTableToPointInTimeInput.IncrementalExportSpecification: IncrementalExportSpecification */
        [296] = {MREF(296, strings[2585]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(296, structures[96].shape), 0, offsetof(struct awsc_dynamodb_export_table_to_point_in_time_output, export_description), 0}, /* ExportTableToPointInTimeOutput.ExportDescription: ExportDescription */
        [297] = {MREF(297, strings[3466]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(297, scalars[32]), 0, offsetof(struct awsc_dynamodb_failure_exception, exception_name), 0}, /* FailureException.ExceptionName: ExceptionName */
        [298] = {MREF(298, strings[3480]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(298, scalars[31]), 0, offsetof(struct awsc_dynamodb_failure_exception, exception_description), 0}, /* FailureException.ExceptionDescription: ExceptionDescription */
        [299] = {MREF(299, strings[1408]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(299, collections[38].shape), 0, offsetof(struct awsc_dynamodb_get, key), AWSC_MF_REQUIRED}, /* Get.Key: Key */
        [300] = {MREF(300, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(300, scalars[100]), 0, offsetof(struct awsc_dynamodb_get, table_name), AWSC_MF_REQUIRED}, /* Get.TableName: TableArn */
        [301] = {MREF(301, strings[3501]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(301, scalars[78]), 0, offsetof(struct awsc_dynamodb_get, projection_expression), 0}, /* Get.ProjectionExpression: ProjectionExpression */
        [302] = {MREF(302, strings[1432]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(302, collections[19].shape), 0, offsetof(struct awsc_dynamodb_get, expression_attribute_names), 0}, /* Get.ExpressionAttributeNames: ExpressionAttributeNameMap */
        [303] = {MREF(303, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(303, scalars[100]), 0, offsetof(struct awsc_dynamodb_get_item_input, table_name), AWSC_MF_REQUIRED}, /* GetItemInput.TableName: TableArn */
        [304] = {MREF(304, strings[1408]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(304, collections[38].shape), 0, offsetof(struct awsc_dynamodb_get_item_input, key), AWSC_MF_REQUIRED}, /* GetItemInput.Key: Key */
        [305] = {MREF(305, strings[3522]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(305, collections[2].shape), 0, offsetof(struct awsc_dynamodb_get_item_input, attributes_to_get), 0}, /* GetItemInput.AttributesToGet: AttributeNameList */
        [306] = {MREF(306, strings[1044]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(306, scalars[21]), AWSC_MEMBER_HAS(struct awsc_dynamodb_get_item_input, consistent_read, has_consistent_read), offsetof(struct awsc_dynamodb_get_item_input, consistent_read), 0}, /* GetItemInput.ConsistentRead: ConsistentRead */
        [307] = {MREF(307, strings[704]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(307, enums[29].shape), 0, offsetof(struct awsc_dynamodb_get_item_input, return_consumed_capacity), 0}, /* GetItemInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [308] = {MREF(308, strings[3501]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(308, scalars[78]), 0, offsetof(struct awsc_dynamodb_get_item_input, projection_expression), 0}, /* GetItemInput.ProjectionExpression: ProjectionExpression */
        [309] = {MREF(309, strings[1432]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(309, collections[19].shape), 0, offsetof(struct awsc_dynamodb_get_item_input, expression_attribute_names), 0}, /* GetItemInput.ExpressionAttributeNames: ExpressionAttributeNameMap */
        [310] = {MREF(310, strings[796]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(310, collections[1].shape), 0, offsetof(struct awsc_dynamodb_get_item_output, item), 0}, /* GetItemOutput.Item: AttributeMap */
        [311] = {MREF(311, strings[737]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(311, structures[30].shape), 0, offsetof(struct awsc_dynamodb_get_item_output, consumed_capacity), 0}, /* GetItemOutput.ConsumedCapacity: ConsumedCapacity */
        [312] = {MREF(312, strings[2430]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(312, scalars[85]), 0, offsetof(struct awsc_dynamodb_get_resource_policy_input, resource_arn), AWSC_MF_REQUIRED}, /* GetResourcePolicyInput.ResourceArn: ResourceArnString */
        [313] = {MREF(313, strings[3538]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(313, scalars[86]), 0, offsetof(struct awsc_dynamodb_get_resource_policy_output, policy), 0}, /* GetResourcePolicyOutput.Policy: ResourcePolicy */
        [314] = {MREF(314, strings[2461]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(314, scalars[74]), 0, offsetof(struct awsc_dynamodb_get_resource_policy_output, revision_id), 0}, /* GetResourcePolicyOutput.RevisionId: PolicyRevisionId */
        [315] = {MREF(315, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(315, scalars[51]), 0, offsetof(struct awsc_dynamodb_global_secondary_index, index_name), AWSC_MF_REQUIRED}, /* GlobalSecondaryIndex.IndexName: IndexName */
        [316] = {MREF(316, strings[1858]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(316, collections[41].shape), 0, offsetof(struct awsc_dynamodb_global_secondary_index, key_schema), AWSC_MF_REQUIRED}, /* GlobalSecondaryIndex.KeySchema: KeySchema */
        [317] = {MREF(317, strings[1868]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(317, structures[166].shape), 0, offsetof(struct awsc_dynamodb_global_secondary_index, projection), AWSC_MF_REQUIRED}, /* GlobalSecondaryIndex.Projection: Projection */
        [318] = {MREF(318, strings[1879]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(318, structures[167].shape), 0, offsetof(struct awsc_dynamodb_global_secondary_index, provisioned_throughput), 0}, /* GlobalSecondaryIndex.ProvisionedThroughput: ProvisionedThroughput */
        [319] = {MREF(319, strings[1901]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(319, structures[159].shape), 0, offsetof(struct awsc_dynamodb_global_secondary_index, on_demand_throughput), 0}, /* GlobalSecondaryIndex.OnDemandThroughput: OnDemandThroughput */
        [320] = {MREF(320, strings[1920]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(320, structures[268].shape), 0, offsetof(struct awsc_dynamodb_global_secondary_index, warm_throughput), 0}, /* GlobalSecondaryIndex.WarmThroughput: WarmThroughput */
        [321] = {MREF(321, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(321, scalars[51]), 0, offsetof(struct awsc_dynamodb_global_secondary_index_auto_scaling_update, index_name), 0}, /* GlobalSecondaryIndexAutoScalingUpdate.IndexName: IndexName */
        [322] = {MREF(322, strings[3545]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(322, structures[7].shape), 0, offsetof(struct awsc_dynamodb_global_secondary_index_auto_scaling_update, provisioned_write_capacity_auto_scaling_update), 0}, /* GlobalSecondaryIndexAutoScalingUpdate.ProvisionedWriteCapacityAutoScalingUpdate: AutoScalingSettingsUpdate */
        [323] = {MREF(323, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(323, scalars[51]), 0, offsetof(struct awsc_dynamodb_global_secondary_index_description, index_name), 0}, /* GlobalSecondaryIndexDescription.IndexName: IndexName */
        [324] = {MREF(324, strings[1858]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(324, collections[41].shape), 0, offsetof(struct awsc_dynamodb_global_secondary_index_description, key_schema), 0}, /* GlobalSecondaryIndexDescription.KeySchema: KeySchema */
        [325] = {MREF(325, strings[1868]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(325, structures[166].shape), 0, offsetof(struct awsc_dynamodb_global_secondary_index_description, projection), 0}, /* GlobalSecondaryIndexDescription.Projection: Projection */
        [326] = {MREF(326, strings[3587]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(326, enums[21].shape), 0, offsetof(struct awsc_dynamodb_global_secondary_index_description, index_status), 0}, /* GlobalSecondaryIndexDescription.IndexStatus: IndexStatus */
        [327] = {MREF(327, strings[3599]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(327, scalars[5]), AWSC_MEMBER_HAS(struct awsc_dynamodb_global_secondary_index_description, backfilling, has_backfilling), offsetof(struct awsc_dynamodb_global_secondary_index_description, backfilling), 0}, /* GlobalSecondaryIndexDescription.Backfilling: Backfilling */
        [328] = {MREF(328, strings[1879]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(328, structures[168].shape), 0, offsetof(struct awsc_dynamodb_global_secondary_index_description, provisioned_throughput), 0}, /* GlobalSecondaryIndexDescription.ProvisionedThroughput: ProvisionedThroughputDescription */
        [329] = {MREF(329, strings[3611]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(329, scalars[66]), AWSC_MEMBER_HAS(struct awsc_dynamodb_global_secondary_index_description, index_size_bytes, has_index_size_bytes), offsetof(struct awsc_dynamodb_global_secondary_index_description, index_size_bytes), 0}, /* GlobalSecondaryIndexDescription.IndexSizeBytes: LongObject */
        [330] = {MREF(330, strings[3283]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(330, scalars[66]), AWSC_MEMBER_HAS(struct awsc_dynamodb_global_secondary_index_description, item_count, has_item_count), offsetof(struct awsc_dynamodb_global_secondary_index_description, item_count), 0}, /* GlobalSecondaryIndexDescription.ItemCount: LongObject */
        [331] = {MREF(331, strings[3626]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(331, scalars[98]), 0, offsetof(struct awsc_dynamodb_global_secondary_index_description, index_arn), 0}, /* GlobalSecondaryIndexDescription.IndexArn: String */
        [332] = {MREF(332, strings[1901]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(332, structures[159].shape), 0, offsetof(struct awsc_dynamodb_global_secondary_index_description, on_demand_throughput), 0}, /* GlobalSecondaryIndexDescription.OnDemandThroughput: OnDemandThroughput */
        [333] = {MREF(333, strings[1920]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(333, structures[112].shape), 0, offsetof(struct awsc_dynamodb_global_secondary_index_description, warm_throughput), 0}, /* GlobalSecondaryIndexDescription.WarmThroughput: GlobalSecondaryIndexWarmThroughputDescription */
        [334] = {MREF(334, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(334, scalars[51]), 0, offsetof(struct awsc_dynamodb_global_secondary_index_info, index_name), 0}, /* GlobalSecondaryIndexInfo.IndexName: IndexName */
        [335] = {MREF(335, strings[1858]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(335, collections[41].shape), 0, offsetof(struct awsc_dynamodb_global_secondary_index_info, key_schema), 0}, /* GlobalSecondaryIndexInfo.KeySchema: KeySchema */
        [336] = {MREF(336, strings[1868]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(336, structures[166].shape), 0, offsetof(struct awsc_dynamodb_global_secondary_index_info, projection), 0}, /* GlobalSecondaryIndexInfo.Projection: Projection */
        [337] = {MREF(337, strings[1879]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(337, structures[167].shape), 0, offsetof(struct awsc_dynamodb_global_secondary_index_info, provisioned_throughput), 0}, /* GlobalSecondaryIndexInfo.ProvisionedThroughput: ProvisionedThroughput */
        [338] = {MREF(338, strings[1901]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(338, structures[159].shape), 0, offsetof(struct awsc_dynamodb_global_secondary_index_info, on_demand_throughput), 0}, /* GlobalSecondaryIndexInfo.OnDemandThroughput: OnDemandThroughput */
        [339] = {MREF(339, strings[3635]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(339, structures[245].shape), 0, offsetof(struct awsc_dynamodb_global_secondary_index_update, update), 0}, /* GlobalSecondaryIndexUpdate.Update: UpdateGlobalSecondaryIndexAction */
        [340] = {MREF(340, strings[3642]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(340, structures[36].shape), 0, offsetof(struct awsc_dynamodb_global_secondary_index_update, create), 0}, /* GlobalSecondaryIndexUpdate.Create: CreateGlobalSecondaryIndexAction */
        [341] = {MREF(341, strings[3649]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(341, structures[49].shape), 0, offsetof(struct awsc_dynamodb_global_secondary_index_update, delete_), 0}, /* GlobalSecondaryIndexUpdate.Delete: DeleteGlobalSecondaryIndexAction */
        [342] = {MREF(342, strings[3656]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(342, scalars[76]), AWSC_MEMBER_HAS(struct awsc_dynamodb_global_secondary_index_warm_throughput_description, read_units_per_second, has_read_units_per_second), offsetof(struct awsc_dynamodb_global_secondary_index_warm_throughput_description, read_units_per_second), 0}, /* GlobalSecondaryIndexWarmThroughputDescription.ReadUnitsPerSecond: PositiveLongObject */
        [343] = {MREF(343, strings[3675]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(343, scalars[76]), AWSC_MEMBER_HAS(struct awsc_dynamodb_global_secondary_index_warm_throughput_description, write_units_per_second, has_write_units_per_second), offsetof(struct awsc_dynamodb_global_secondary_index_warm_throughput_description, write_units_per_second), 0}, /* GlobalSecondaryIndexWarmThroughputDescription.WriteUnitsPerSecond: PositiveLongObject */
        [344] = {MREF(344, strings[3695]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(344, enums[21].shape), 0, offsetof(struct awsc_dynamodb_global_secondary_index_warm_throughput_description, status), 0}, /* GlobalSecondaryIndexWarmThroughputDescription.Status: IndexStatus */
        [345] = {MREF(345, strings[1935]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(345, scalars[103]), 0, offsetof(struct awsc_dynamodb_global_table, global_table_name), 0}, /* GlobalTable.GlobalTableName: TableName */
        [346] = {MREF(346, strings[1951]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(346, collections[64].shape), 0, offsetof(struct awsc_dynamodb_global_table, replication_group), 0}, /* GlobalTable.ReplicationGroup: ReplicaList */
        [347] = {MREF(347, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(347, scalars[30]), 0, offsetof(struct awsc_dynamodb_global_table_already_exists_exception, message), 0}, /* GlobalTableAlreadyExistsException.message: ErrorMessage */
        [348] = {MREF(348, strings[1951]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(348, collections[57].shape), 0, offsetof(struct awsc_dynamodb_global_table_description, replication_group), 0}, /* GlobalTableDescription.ReplicationGroup: ReplicaDescriptionList */
        [349] = {MREF(349, strings[3736]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(349, scalars[45]), 0, offsetof(struct awsc_dynamodb_global_table_description, global_table_arn), 0}, /* GlobalTableDescription.GlobalTableArn: GlobalTableArnString */
        [350] = {MREF(350, strings[3751]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(350, scalars[26]), AWSC_MEMBER_HAS(struct awsc_dynamodb_global_table_description, creation_date_time, has_creation_date_time), offsetof(struct awsc_dynamodb_global_table_description, creation_date_time), 0}, /* GlobalTableDescription.CreationDateTime: Date */
        [351] = {MREF(351, strings[3768]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(351, enums[19].shape), 0, offsetof(struct awsc_dynamodb_global_table_description, global_table_status), 0}, /* GlobalTableDescription.GlobalTableStatus: GlobalTableStatus */
        [352] = {MREF(352, strings[1935]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(352, scalars[103]), 0, offsetof(struct awsc_dynamodb_global_table_description, global_table_name), 0}, /* GlobalTableDescription.GlobalTableName: TableName */
        [353] = {MREF(353, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(353, scalars[51]), 0, offsetof(struct awsc_dynamodb_global_table_global_secondary_index_settings_update, index_name), AWSC_MF_REQUIRED}, /* GlobalTableGlobalSecondaryIndexSettingsUpdate.IndexName: IndexName */
        [354] = {MREF(354, strings[3786]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(354, scalars[76]), AWSC_MEMBER_HAS(struct awsc_dynamodb_global_table_global_secondary_index_settings_update, provisioned_write_capacity_units, has_provisioned_write_capacity_units), offsetof(struct awsc_dynamodb_global_table_global_secondary_index_settings_update, provisioned_write_capacity_units), 0}, /* GlobalTableGlobalSecondaryIndexSettingsUpdate.ProvisionedWriteCapacityUnits: PositiveLongObject */
        [355] = {MREF(355, strings[3816]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(355, structures[7].shape), 0, offsetof(struct awsc_dynamodb_global_table_global_secondary_index_settings_update, provisioned_write_capacity_auto_scaling_settings_update), 0}, /* GlobalTableGlobalSecondaryIndexSettingsUpdate.ProvisionedWriteCapacityAutoScalingSettingsUpdate: AutoScalingSettingsUpdate */
        [356] = {MREF(356, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(356, scalars[30]), 0, offsetof(struct awsc_dynamodb_global_table_not_found_exception, message), 0}, /* GlobalTableNotFoundException.message: ErrorMessage */
        [357] = {MREF(357, strings[1991]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(357, scalars[81]), 0, offsetof(struct awsc_dynamodb_global_table_witness_description, region_name), 0}, /* GlobalTableWitnessDescription.RegionName: RegionName */
        [358] = {MREF(358, strings[3969]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(358, enums[44].shape), 0, offsetof(struct awsc_dynamodb_global_table_witness_description, witness_status), 0}, /* GlobalTableWitnessDescription.WitnessStatus: WitnessStatus */
        [359] = {MREF(359, strings[3642]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(359, structures[39].shape), 0, offsetof(struct awsc_dynamodb_global_table_witness_group_update, create), 0}, /* GlobalTableWitnessGroupUpdate.Create: CreateGlobalTableWitnessGroupMemberAction */
        [360] = {MREF(360, strings[3649]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(360, structures[50].shape), 0, offsetof(struct awsc_dynamodb_global_table_witness_group_update, delete_), 0}, /* GlobalTableWitnessGroupUpdate.Delete: DeleteGlobalTableWitnessGroupMemberAction */
        [361] = {MREF(361, strings[788]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(361, scalars[30]), 0, offsetof(struct awsc_dynamodb_idempotent_parameter_mismatch_exception, message), 0}, /* IdempotentParameterMismatchException.Message: ErrorMessage */
        [362] = {MREF(362, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(362, scalars[30]), 0, offsetof(struct awsc_dynamodb_import_conflict_exception, message), 0}, /* ImportConflictException.message: ErrorMessage */
        [363] = {MREF(363, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(363, scalars[30]), 0, offsetof(struct awsc_dynamodb_import_not_found_exception, message), 0}, /* ImportNotFoundException.message: ErrorMessage */
        [364] = {MREF(364, strings[2619]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(364, scalars[46]), 0, offsetof(struct awsc_dynamodb_import_summary, import_arn), 0}, /* ImportSummary.ImportArn: ImportArn */
        [365] = {MREF(365, strings[4118]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(365, enums[20].shape), 0, offsetof(struct awsc_dynamodb_import_summary, import_status), 0}, /* ImportSummary.ImportStatus: ImportStatus */
        [366] = {MREF(366, strings[634]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(366, scalars[100]), 0, offsetof(struct awsc_dynamodb_import_summary, table_arn), 0}, /* ImportSummary.TableArn: TableArn */
        [367] = {MREF(367, strings[4131]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(367, structures[204].shape), 0, offsetof(struct awsc_dynamodb_import_summary, s3_bucket_source), 0}, /* ImportSummary.S3BucketSource: S3BucketSource */
        [368] = {MREF(368, strings[4146]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(368, scalars[17]), 0, offsetof(struct awsc_dynamodb_import_summary, cloud_watch_log_group_arn), 0}, /* ImportSummary.CloudWatchLogGroupArn: CloudWatchLogGroupArn */
        [369] = {MREF(369, strings[4168]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(369, enums[23].shape), 0, offsetof(struct awsc_dynamodb_import_summary, input_format), 0}, /* ImportSummary.InputFormat: InputFormat */
        [370] = {MREF(370, strings[3110]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(370, scalars[49]), AWSC_MEMBER_HAS(struct awsc_dynamodb_import_summary, start_time, has_start_time), offsetof(struct awsc_dynamodb_import_summary, start_time), 0}, /* ImportSummary.StartTime: ImportStartTime */
        [371] = {MREF(371, strings[3120]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(371, scalars[47]), AWSC_MEMBER_HAS(struct awsc_dynamodb_import_summary, end_time, has_end_time), offsetof(struct awsc_dynamodb_import_summary, end_time), 0}, /* ImportSummary.EndTime: ImportEndTime */
        [372] = {MREF(372, strings[2619]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(372, scalars[46]), 0, offsetof(struct awsc_dynamodb_import_table_description, import_arn), 0}, /* ImportTableDescription.ImportArn: ImportArn */
        [373] = {MREF(373, strings[4118]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(373, enums[20].shape), 0, offsetof(struct awsc_dynamodb_import_table_description, import_status), 0}, /* ImportTableDescription.ImportStatus: ImportStatus */
        [374] = {MREF(374, strings[634]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(374, scalars[100]), 0, offsetof(struct awsc_dynamodb_import_table_description, table_arn), 0}, /* ImportTableDescription.TableArn: TableArn */
        [375] = {MREF(375, strings[626]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(375, scalars[102]), 0, offsetof(struct awsc_dynamodb_import_table_description, table_id), 0}, /* ImportTableDescription.TableId: TableId */
        [376] = {MREF(376, strings[3154]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(376, scalars[16]), 0, offsetof(struct awsc_dynamodb_import_table_description, client_token), 0}, /* ImportTableDescription.ClientToken: ClientToken */
        [377] = {MREF(377, strings[4131]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(377, structures[204].shape), 0, offsetof(struct awsc_dynamodb_import_table_description, s3_bucket_source), 0}, /* ImportTableDescription.S3BucketSource: S3BucketSource */
        [378] = {MREF(378, strings[4180]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(378, scalars[29]), AWSC_MEMBER_HAS(struct awsc_dynamodb_import_table_description, error_count, has_error_count), offsetof(struct awsc_dynamodb_import_table_description, error_count), 0}, /* ImportTableDescription.ErrorCount: ErrorCount */
        [379] = {MREF(379, strings[4146]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(379, scalars[17]), 0, offsetof(struct awsc_dynamodb_import_table_description, cloud_watch_log_group_arn), 0}, /* ImportTableDescription.CloudWatchLogGroupArn: CloudWatchLogGroupArn */
        [380] = {MREF(380, strings[4168]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(380, enums[23].shape), 0, offsetof(struct awsc_dynamodb_import_table_description, input_format), 0}, /* ImportTableDescription.InputFormat: InputFormat */
        [381] = {MREF(381, strings[4191]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(381, structures[129].shape), 0, offsetof(struct awsc_dynamodb_import_table_description, input_format_options), 0}, /* ImportTableDescription.InputFormatOptions: InputFormatOptions */
        [382] = {MREF(382, strings[4210]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(382, enums[22].shape), 0, offsetof(struct awsc_dynamodb_import_table_description, input_compression_type), 0}, /* ImportTableDescription.InputCompressionType: InputCompressionType */
        [383] = {MREF(383, strings[4231]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(383, structures[219].shape), 0, offsetof(struct awsc_dynamodb_import_table_description, table_creation_parameters), 0}, /* ImportTableDescription.TableCreationParameters: TableCreationParameters */
        [384] = {MREF(384, strings[3110]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(384, scalars[49]), AWSC_MEMBER_HAS(struct awsc_dynamodb_import_table_description, start_time, has_start_time), offsetof(struct awsc_dynamodb_import_table_description, start_time), 0}, /* ImportTableDescription.StartTime: ImportStartTime */
        [385] = {MREF(385, strings[3120]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(385, scalars[47]), AWSC_MEMBER_HAS(struct awsc_dynamodb_import_table_description, end_time, has_end_time), offsetof(struct awsc_dynamodb_import_table_description, end_time), 0}, /* ImportTableDescription.EndTime: ImportEndTime */
        [386] = {MREF(386, strings[4255]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(386, scalars[66]), AWSC_MEMBER_HAS(struct awsc_dynamodb_import_table_description, processed_size_bytes, has_processed_size_bytes), offsetof(struct awsc_dynamodb_import_table_description, processed_size_bytes), 0}, /* ImportTableDescription.ProcessedSizeBytes: LongObject */
        [387] = {MREF(387, strings[4274]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(387, scalars[77]), AWSC_MEMBER_HAS(struct awsc_dynamodb_import_table_description, processed_item_count, has_processed_item_count), offsetof(struct awsc_dynamodb_import_table_description, processed_item_count), 0}, /* ImportTableDescription.ProcessedItemCount: ProcessedItemCount */
        [388] = {MREF(388, strings[4293]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(388, scalars[50]), AWSC_MEMBER_HAS(struct awsc_dynamodb_import_table_description, imported_item_count, has_imported_item_count), offsetof(struct awsc_dynamodb_import_table_description, imported_item_count), 0}, /* ImportTableDescription.ImportedItemCount: ImportedItemCount */
        [389] = {MREF(389, strings[3227]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(389, scalars[43]), 0, offsetof(struct awsc_dynamodb_import_table_description, failure_code), 0}, /* ImportTableDescription.FailureCode: FailureCode */
        [390] = {MREF(390, strings[3239]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(390, scalars[44]), 0, offsetof(struct awsc_dynamodb_import_table_description, failure_message), 0}, /* ImportTableDescription.FailureMessage: FailureMessage */
        [391] = {MREF(391, strings[3154]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(391, scalars[16]), 0, offsetof(struct awsc_dynamodb_import_table_input, client_token), AWSC_MF_IDEMPOTENCY_TOKEN}, /* ImportTableInput.ClientToken: ClientToken */
        [392] = {MREF(392, strings[4131]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(392, structures[204].shape), 0, offsetof(struct awsc_dynamodb_import_table_input, s3_bucket_source), AWSC_MF_REQUIRED}, /* ImportTableInput.S3BucketSource: S3BucketSource */
        [393] = {MREF(393, strings[4168]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(393, enums[23].shape), 0, offsetof(struct awsc_dynamodb_import_table_input, input_format), AWSC_MF_REQUIRED}, /* ImportTableInput.InputFormat: InputFormat */
        [394] = {MREF(394, strings[4191]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(394, structures[129].shape), 0, offsetof(struct awsc_dynamodb_import_table_input, input_format_options), 0}, /* ImportTableInput.InputFormatOptions: InputFormatOptions */
        [395] = {MREF(395, strings[4210]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(395, enums[22].shape), 0, offsetof(struct awsc_dynamodb_import_table_input, input_compression_type), 0}, /* ImportTableInput.InputCompressionType: InputCompressionType */
        [396] = {MREF(396, strings[4231]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(396, structures[219].shape), 0, offsetof(struct awsc_dynamodb_import_table_input, table_creation_parameters), AWSC_MF_REQUIRED}, /* ImportTableInput.TableCreationParameters: TableCreationParameters */
        [397] = {MREF(397, strings[2629]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(397, structures[124].shape), 0, offsetof(struct awsc_dynamodb_import_table_output, import_table_description), AWSC_MF_REQUIRED}, /* ImportTableOutput.ImportTableDescription: ImportTableDescription */
        [398] = {MREF(398, strings[4311]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(398, scalars[35]), AWSC_MEMBER_HAS(struct awsc_dynamodb_incremental_export_specification, export_from_time, has_export_from_time), offsetof(struct awsc_dynamodb_incremental_export_specification, export_from_time), 0}, /* IncrementalExportSpecification.ExportFromTime: ExportFromTime */
        [399] = {MREF(399, strings[4326]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(399, scalars[40]), AWSC_MEMBER_HAS(struct awsc_dynamodb_incremental_export_specification, export_to_time, has_export_to_time), offsetof(struct awsc_dynamodb_incremental_export_specification, export_to_time), 0}, /* IncrementalExportSpecification.ExportToTime: ExportToTime */
        [400] = {MREF(400, strings[4339]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(400, enums[17].shape), 0, offsetof(struct awsc_dynamodb_incremental_export_specification, export_view_type), 0}, /* IncrementalExportSpecification.ExportViewType: ExportViewType */
        [401] = {MREF(401, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(401, scalars[30]), 0, offsetof(struct awsc_dynamodb_index_not_found_exception, message), 0}, /* IndexNotFoundException.message: ErrorMessage */
        [402] = {MREF(402, strings[4448]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(402, structures[45].shape), 0, offsetof(struct awsc_dynamodb_input_format_options, csv), 0}, /* InputFormatOptions.Csv: CsvOptions */
        [403] = {MREF(403, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(403, scalars[30]), 0, offsetof(struct awsc_dynamodb_internal_server_error, message), 0}, /* InternalServerError.message: ErrorMessage */
        [404] = {MREF(404, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(404, scalars[30]), 0, offsetof(struct awsc_dynamodb_invalid_export_time_exception, message), 0}, /* InvalidExportTimeException.message: ErrorMessage */
        [405] = {MREF(405, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(405, scalars[30]), 0, offsetof(struct awsc_dynamodb_invalid_restore_time_exception, message), 0}, /* InvalidRestoreTimeException.message: ErrorMessage */
        [406] = {MREF(406, strings[4527]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(406, collections[32].shape), 0, offsetof(struct awsc_dynamodb_item_collection_metrics, item_collection_key), 0}, /* ItemCollectionMetrics.ItemCollectionKey: ItemCollectionKeyAttributeMap */
        [407] = {MREF(407, strings[4545]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(407, collections[35].shape), 0, offsetof(struct awsc_dynamodb_item_collection_metrics, size_estimate_range_gb), 0}, /* ItemCollectionMetrics.SizeEstimateRangeGB: ItemCollectionSizeEstimateRange */
        [408] = {MREF(408, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(408, scalars[30]), 0, offsetof(struct awsc_dynamodb_item_collection_size_limit_exceeded_exception, message), 0}, /* ItemCollectionSizeLimitExceededException.message: ErrorMessage */
        [409] = {MREF(409, strings[796]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(409, collections[1].shape), 0, offsetof(struct awsc_dynamodb_item_response, item), 0}, /* ItemResponse.Item: AttributeMap */
        [410] = {MREF(410, strings[89]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(410, scalars[59]), 0, offsetof(struct awsc_dynamodb_key_schema_element, attribute_name), AWSC_MF_REQUIRED}, /* KeySchemaElement.AttributeName: KeySchemaAttributeName */
        [411] = {MREF(411, strings[4606]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(411, enums[24].shape), 0, offsetof(struct awsc_dynamodb_key_schema_element, key_type), AWSC_MF_REQUIRED}, /* KeySchemaElement.KeyType: KeyType */
        [412] = {MREF(412, strings[4625]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(412, collections[40].shape), 0, offsetof(struct awsc_dynamodb_keys_and_attributes, keys), AWSC_MF_REQUIRED}, /* KeysAndAttributes.Keys: KeyList */
        [413] = {MREF(413, strings[3522]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(413, collections[2].shape), 0, offsetof(struct awsc_dynamodb_keys_and_attributes, attributes_to_get), 0}, /* KeysAndAttributes.AttributesToGet: AttributeNameList */
        [414] = {MREF(414, strings[1044]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(414, scalars[21]), AWSC_MEMBER_HAS(struct awsc_dynamodb_keys_and_attributes, consistent_read, has_consistent_read), offsetof(struct awsc_dynamodb_keys_and_attributes, consistent_read), 0}, /* KeysAndAttributes.ConsistentRead: ConsistentRead */
        [415] = {MREF(415, strings[3501]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(415, scalars[78]), 0, offsetof(struct awsc_dynamodb_keys_and_attributes, projection_expression), 0}, /* KeysAndAttributes.ProjectionExpression: ProjectionExpression */
        [416] = {MREF(416, strings[1432]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(416, collections[19].shape), 0, offsetof(struct awsc_dynamodb_keys_and_attributes, expression_attribute_names), 0}, /* KeysAndAttributes.ExpressionAttributeNames: ExpressionAttributeNameMap */
        [417] = {MREF(417, strings[4630]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(417, scalars[96]), 0, offsetof(struct awsc_dynamodb_kinesis_data_stream_destination, stream_arn), 0}, /* KinesisDataStreamDestination.StreamArn: StreamArn */
        [418] = {MREF(418, strings[4640]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(418, enums[13].shape), 0, offsetof(struct awsc_dynamodb_kinesis_data_stream_destination, destination_status), 0}, /* KinesisDataStreamDestination.DestinationStatus: DestinationStatus */
        [419] = {MREF(419, strings[4658]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(419, scalars[98]), 0, offsetof(struct awsc_dynamodb_kinesis_data_stream_destination, destination_status_description), 0}, /* KinesisDataStreamDestination.DestinationStatusDescription: String */
        [420] = {MREF(420, strings[2923]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(420, enums[0].shape), 0, offsetof(struct awsc_dynamodb_kinesis_data_stream_destination, approximate_creation_date_time_precision), 0}, /* KinesisDataStreamDestination.ApproximateCreationDateTimePrecision: ApproximateCreationDateTimePrecision */
        [421] = {MREF(421, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(421, scalars[100]), 0, offsetof(struct awsc_dynamodb_kinesis_streaming_destination_input, table_name), AWSC_MF_REQUIRED}, /* KinesisStreamingDestinationInput.TableName: TableArn */
        [422] = {MREF(422, strings[4630]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(422, scalars[96]), 0, offsetof(struct awsc_dynamodb_kinesis_streaming_destination_input, stream_arn), AWSC_MF_REQUIRED}, /* KinesisStreamingDestinationInput.StreamArn: StreamArn */
        [423] = {MREF(423, strings[4687]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(423, structures[88].shape), 0, offsetof(struct awsc_dynamodb_kinesis_streaming_destination_input, enable_kinesis_streaming_configuration), 0}, /* KinesisStreamingDestinationInput.EnableKinesisStreamingConfiguration: EnableKinesisStreamingConfiguration */
        [424] = {MREF(424, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(424, scalars[103]), 0, offsetof(struct awsc_dynamodb_kinesis_streaming_destination_output, table_name), 0}, /* KinesisStreamingDestinationOutput.TableName: TableName */
        [425] = {MREF(425, strings[4630]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(425, scalars[96]), 0, offsetof(struct awsc_dynamodb_kinesis_streaming_destination_output, stream_arn), 0}, /* KinesisStreamingDestinationOutput.StreamArn: StreamArn */
        [426] = {MREF(426, strings[4640]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(426, enums[13].shape), 0, offsetof(struct awsc_dynamodb_kinesis_streaming_destination_output, destination_status), 0}, /* KinesisStreamingDestinationOutput.DestinationStatus: DestinationStatus */
        [427] = {MREF(427, strings[4687]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(427, structures[88].shape), 0, offsetof(struct awsc_dynamodb_kinesis_streaming_destination_output, enable_kinesis_streaming_configuration), 0}, /* KinesisStreamingDestinationOutput.EnableKinesisStreamingConfiguration: EnableKinesisStreamingConfiguration */
        [428] = {MREF(428, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(428, scalars[30]), 0, offsetof(struct awsc_dynamodb_limit_exceeded_exception, message), 0}, /* LimitExceededException.message: ErrorMessage */
        [429] = {MREF(429, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(429, scalars[100]), 0, offsetof(struct awsc_dynamodb_list_backups_input, table_name), 0}, /* ListBackupsInput.TableName: TableArn */
        [430] = {MREF(430, strings[2999]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(430, scalars[10]), AWSC_MEMBER_HAS(struct awsc_dynamodb_list_backups_input, limit, has_limit), offsetof(struct awsc_dynamodb_list_backups_input, limit), 0}, /* ListBackupsInput.Limit: BackupsInputLimit */
        [431] = {MREF(431, strings[4746]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(431, scalars[106]), AWSC_MEMBER_HAS(struct awsc_dynamodb_list_backups_input, time_range_lower_bound, has_time_range_lower_bound), offsetof(struct awsc_dynamodb_list_backups_input, time_range_lower_bound), 0}, /* ListBackupsInput.TimeRangeLowerBound: TimeRangeLowerBound */
        [432] = {MREF(432, strings[4766]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(432, scalars[107]), AWSC_MEMBER_HAS(struct awsc_dynamodb_list_backups_input, time_range_upper_bound, has_time_range_upper_bound), offsetof(struct awsc_dynamodb_list_backups_input, time_range_upper_bound), 0}, /* ListBackupsInput.TimeRangeUpperBound: TimeRangeUpperBound */
        [433] = {MREF(433, strings[4786]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(433, scalars[6]), 0, offsetof(struct awsc_dynamodb_list_backups_input, exclusive_start_backup_arn), 0}, /* ListBackupsInput.ExclusiveStartBackupArn: BackupArn */
        [434] = {MREF(434, strings[481]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(434, enums[4].shape), 0, offsetof(struct awsc_dynamodb_list_backups_input, backup_type), 0}, /* ListBackupsInput.BackupType: BackupTypeFilter */
        [435] = {MREF(435, strings[4810]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(435, collections[6].shape), 0, offsetof(struct awsc_dynamodb_list_backups_output, backup_summaries), 0}, /* ListBackupsOutput.BackupSummaries: BackupSummaries */
        [436] = {MREF(436, strings[4826]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(436, scalars[6]), 0, offsetof(struct awsc_dynamodb_list_backups_output, last_evaluated_backup_arn), 0}, /* ListBackupsOutput.LastEvaluatedBackupArn: BackupArn */
        [437] = {MREF(437, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(437, scalars[100]), 0, offsetof(struct awsc_dynamodb_list_contributor_insights_input, table_name), 0}, /* ListContributorInsightsInput.TableName: TableArn */
        [438] = {MREF(438, strings[2989]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(438, scalars[67]), 0, offsetof(struct awsc_dynamodb_list_contributor_insights_input, next_token), 0}, /* ListContributorInsightsInput.NextToken: NextTokenString */
        [439] = {MREF(439, strings[4849]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(439, scalars[61]), AWSC_MEMBER_HAS(struct awsc_dynamodb_list_contributor_insights_input, max_results, has_max_results), offsetof(struct awsc_dynamodb_list_contributor_insights_input, max_results), 0}, /* ListContributorInsightsInput.MaxResults: ListContributorInsightsLimit */
        [440] = {MREF(440, strings[4860]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(440, collections[14].shape), 0, offsetof(struct awsc_dynamodb_list_contributor_insights_output, contributor_insights_summaries), 0}, /* ListContributorInsightsOutput.ContributorInsightsSummaries: ContributorInsightsSummaries */
        [441] = {MREF(441, strings[2989]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(441, scalars[67]), 0, offsetof(struct awsc_dynamodb_list_contributor_insights_output, next_token), 0}, /* ListContributorInsightsOutput.NextToken: NextTokenString */
        [442] = {MREF(442, strings[634]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(442, scalars[100]), 0, offsetof(struct awsc_dynamodb_list_exports_input, table_arn), 0}, /* ListExportsInput.TableArn: TableArn */
        [443] = {MREF(443, strings[4849]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(443, scalars[62]), AWSC_MEMBER_HAS(struct awsc_dynamodb_list_exports_input, max_results, has_max_results), offsetof(struct awsc_dynamodb_list_exports_input, max_results), 0}, /* ListExportsInput.MaxResults: ListExportsMaxLimit */
        [444] = {MREF(444, strings[2989]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(444, scalars[37]), 0, offsetof(struct awsc_dynamodb_list_exports_input, next_token), 0}, /* ListExportsInput.NextToken: ExportNextToken */
        [445] = {MREF(445, strings[4889]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(445, collections[18].shape), 0, offsetof(struct awsc_dynamodb_list_exports_output, export_summaries), 0}, /* ListExportsOutput.ExportSummaries: ExportSummaries */
        [446] = {MREF(446, strings[2989]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(446, scalars[37]), 0, offsetof(struct awsc_dynamodb_list_exports_output, next_token), 0}, /* ListExportsOutput.NextToken: ExportNextToken */
        [447] = {MREF(447, strings[4905]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(447, scalars[103]), 0, offsetof(struct awsc_dynamodb_list_global_tables_input, exclusive_start_global_table_name), 0}, /* ListGlobalTablesInput.ExclusiveStartGlobalTableName: TableName */
        [448] = {MREF(448, strings[2999]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(448, scalars[75]), AWSC_MEMBER_HAS(struct awsc_dynamodb_list_global_tables_input, limit, has_limit), offsetof(struct awsc_dynamodb_list_global_tables_input, limit), 0}, /* ListGlobalTablesInput.Limit: PositiveIntegerObject */
        [449] = {MREF(449, strings[1991]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(449, scalars[81]), 0, offsetof(struct awsc_dynamodb_list_global_tables_input, region_name), 0}, /* ListGlobalTablesInput.RegionName: RegionName */
        [450] = {MREF(450, strings[4935]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(450, collections[28].shape), 0, offsetof(struct awsc_dynamodb_list_global_tables_output, global_tables), 0}, /* ListGlobalTablesOutput.GlobalTables: GlobalTableList */
        [451] = {MREF(451, strings[4948]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(451, scalars[103]), 0, offsetof(struct awsc_dynamodb_list_global_tables_output, last_evaluated_global_table_name), 0}, /* ListGlobalTablesOutput.LastEvaluatedGlobalTableName: TableName */
        [452] = {MREF(452, strings[634]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(452, scalars[100]), 0, offsetof(struct awsc_dynamodb_list_imports_input, table_arn), 0}, /* ListImportsInput.TableArn: TableArn */
        [453] = {MREF(453, strings[4977]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(453, scalars[63]), AWSC_MEMBER_HAS(struct awsc_dynamodb_list_imports_input, page_size, has_page_size), offsetof(struct awsc_dynamodb_list_imports_input, page_size), 0}, /* ListImportsInput.PageSize: ListImportsMaxLimit */
        [454] = {MREF(454, strings[2989]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(454, scalars[48]), 0, offsetof(struct awsc_dynamodb_list_imports_input, next_token), 0}, /* ListImportsInput.NextToken: ImportNextToken */
        [455] = {MREF(455, strings[4986]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(455, collections[31].shape), 0, offsetof(struct awsc_dynamodb_list_imports_output, import_summary_list), 0}, /* ListImportsOutput.ImportSummaryList: ImportSummaryList */
        [456] = {MREF(456, strings[2989]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(456, scalars[48]), 0, offsetof(struct awsc_dynamodb_list_imports_output, next_token), 0}, /* ListImportsOutput.NextToken: ImportNextToken */
        [457] = {MREF(457, strings[5004]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(457, scalars[103]), 0, offsetof(struct awsc_dynamodb_list_tables_input, exclusive_start_table_name), 0}, /* ListTablesInput.ExclusiveStartTableName: TableName */
        [458] = {MREF(458, strings[2999]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(458, scalars[64]), AWSC_MEMBER_HAS(struct awsc_dynamodb_list_tables_input, limit, has_limit), offsetof(struct awsc_dynamodb_list_tables_input, limit), 0}, /* ListTablesInput.Limit: ListTablesInputLimit */
        [459] = {MREF(459, strings[5028]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(459, collections[74].shape), 0, offsetof(struct awsc_dynamodb_list_tables_output, table_names), 0}, /* ListTablesOutput.TableNames: TableNameList */
        [460] = {MREF(460, strings[5039]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(460, scalars[103]), 0, offsetof(struct awsc_dynamodb_list_tables_output, last_evaluated_table_name), 0}, /* ListTablesOutput.LastEvaluatedTableName: TableName */
        [461] = {MREF(461, strings[2430]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(461, scalars[85]), 0, offsetof(struct awsc_dynamodb_list_tags_of_resource_input, resource_arn), AWSC_MF_REQUIRED}, /* ListTagsOfResourceInput.ResourceArn: ResourceArnString */
        [462] = {MREF(462, strings[2989]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(462, scalars[67]), 0, offsetof(struct awsc_dynamodb_list_tags_of_resource_input, next_token), 0}, /* ListTagsOfResourceInput.NextToken: NextTokenString */
        [463] = {MREF(463, strings[2151]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(463, collections[76].shape), 0, offsetof(struct awsc_dynamodb_list_tags_of_resource_output, tags), 0}, /* ListTagsOfResourceOutput.Tags: TagList */
        [464] = {MREF(464, strings[2989]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(464, scalars[67]), 0, offsetof(struct awsc_dynamodb_list_tags_of_resource_output, next_token), 0}, /* ListTagsOfResourceOutput.NextToken: NextTokenString */
        [465] = {MREF(465, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(465, scalars[51]), 0, offsetof(struct awsc_dynamodb_local_secondary_index, index_name), AWSC_MF_REQUIRED}, /* LocalSecondaryIndex.IndexName: IndexName */
        [466] = {MREF(466, strings[1858]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(466, collections[41].shape), 0, offsetof(struct awsc_dynamodb_local_secondary_index, key_schema), AWSC_MF_REQUIRED}, /* LocalSecondaryIndex.KeySchema: KeySchema */
        [467] = {MREF(467, strings[1868]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(467, structures[166].shape), 0, offsetof(struct awsc_dynamodb_local_secondary_index, projection), AWSC_MF_REQUIRED}, /* LocalSecondaryIndex.Projection: Projection */
        [468] = {MREF(468, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(468, scalars[51]), 0, offsetof(struct awsc_dynamodb_local_secondary_index_description, index_name), 0}, /* LocalSecondaryIndexDescription.IndexName: IndexName */
        [469] = {MREF(469, strings[1858]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(469, collections[41].shape), 0, offsetof(struct awsc_dynamodb_local_secondary_index_description, key_schema), 0}, /* LocalSecondaryIndexDescription.KeySchema: KeySchema */
        [470] = {MREF(470, strings[1868]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(470, structures[166].shape), 0, offsetof(struct awsc_dynamodb_local_secondary_index_description, projection), 0}, /* LocalSecondaryIndexDescription.Projection: Projection */
        [471] = {MREF(471, strings[3611]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(471, scalars[66]), AWSC_MEMBER_HAS(struct awsc_dynamodb_local_secondary_index_description, index_size_bytes, has_index_size_bytes), offsetof(struct awsc_dynamodb_local_secondary_index_description, index_size_bytes), 0}, /* LocalSecondaryIndexDescription.IndexSizeBytes: LongObject */
        [472] = {MREF(472, strings[3283]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(472, scalars[66]), AWSC_MEMBER_HAS(struct awsc_dynamodb_local_secondary_index_description, item_count, has_item_count), offsetof(struct awsc_dynamodb_local_secondary_index_description, item_count), 0}, /* LocalSecondaryIndexDescription.ItemCount: LongObject */
        [473] = {MREF(473, strings[3626]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(473, scalars[98]), 0, offsetof(struct awsc_dynamodb_local_secondary_index_description, index_arn), 0}, /* LocalSecondaryIndexDescription.IndexArn: String */
        [474] = {MREF(474, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(474, scalars[51]), 0, offsetof(struct awsc_dynamodb_local_secondary_index_info, index_name), 0}, /* LocalSecondaryIndexInfo.IndexName: IndexName */
        [475] = {MREF(475, strings[1858]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(475, collections[41].shape), 0, offsetof(struct awsc_dynamodb_local_secondary_index_info, key_schema), 0}, /* LocalSecondaryIndexInfo.KeySchema: KeySchema */
        [476] = {MREF(476, strings[1868]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(476, structures[166].shape), 0, offsetof(struct awsc_dynamodb_local_secondary_index_info, projection), 0}, /* LocalSecondaryIndexInfo.Projection: Projection */
        [477] = {MREF(477, strings[5078]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(477, scalars[66]), AWSC_MEMBER_HAS(struct awsc_dynamodb_on_demand_throughput, max_read_request_units, has_max_read_request_units), offsetof(struct awsc_dynamodb_on_demand_throughput, max_read_request_units), 0}, /* OnDemandThroughput.MaxReadRequestUnits: LongObject */
        [478] = {MREF(478, strings[5098]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(478, scalars[66]), AWSC_MEMBER_HAS(struct awsc_dynamodb_on_demand_throughput, max_write_request_units, has_max_write_request_units), offsetof(struct awsc_dynamodb_on_demand_throughput, max_write_request_units), 0}, /* OnDemandThroughput.MaxWriteRequestUnits: LongObject */
        [479] = {MREF(479, strings[5078]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(479, scalars[66]), AWSC_MEMBER_HAS(struct awsc_dynamodb_on_demand_throughput_override, max_read_request_units, has_max_read_request_units), offsetof(struct awsc_dynamodb_on_demand_throughput_override, max_read_request_units), 0}, /* OnDemandThroughputOverride.MaxReadRequestUnits: LongObject */
        [480] = {MREF(480, strings[1023]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(480, scalars[73]), 0, offsetof(struct awsc_dynamodb_parameterized_statement, statement), AWSC_MF_REQUIRED}, /* ParameterizedStatement.Statement: PartiQLStatement */
        [481] = {MREF(481, strings[1033]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(481, collections[53].shape), 0, offsetof(struct awsc_dynamodb_parameterized_statement, parameters), 0}, /* ParameterizedStatement.Parameters: PreparedStatementParameters */
        [482] = {MREF(482, strings[1059]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(482, enums[32].shape), 0, offsetof(struct awsc_dynamodb_parameterized_statement, return_values_on_condition_check_failure), 0}, /* ParameterizedStatement.ReturnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure */
        [483] = {MREF(483, strings[5119]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(483, enums[26].shape), 0, offsetof(struct awsc_dynamodb_point_in_time_recovery_description, point_in_time_recovery_status), 0}, /* PointInTimeRecoveryDescription.PointInTimeRecoveryStatus: PointInTimeRecoveryStatus */
        [484] = {MREF(484, strings[5145]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(484, scalars[80]), AWSC_MEMBER_HAS(struct awsc_dynamodb_point_in_time_recovery_description, recovery_period_in_days, has_recovery_period_in_days), offsetof(struct awsc_dynamodb_point_in_time_recovery_description, recovery_period_in_days), 0}, /* PointInTimeRecoveryDescription.RecoveryPeriodInDays: RecoveryPeriodInDays */
        [485] = {MREF(485, strings[5166]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(485, scalars[26]), AWSC_MEMBER_HAS(struct awsc_dynamodb_point_in_time_recovery_description, earliest_restorable_date_time, has_earliest_restorable_date_time), offsetof(struct awsc_dynamodb_point_in_time_recovery_description, earliest_restorable_date_time), 0}, /* PointInTimeRecoveryDescription.EarliestRestorableDateTime: Date */
        [486] = {MREF(486, strings[5193]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(486, scalars[26]), AWSC_MEMBER_HAS(struct awsc_dynamodb_point_in_time_recovery_description, latest_restorable_date_time, has_latest_restorable_date_time), offsetof(struct awsc_dynamodb_point_in_time_recovery_description, latest_restorable_date_time), 0}, /* PointInTimeRecoveryDescription.LatestRestorableDateTime: Date */
        [487] = {MREF(487, strings[5218]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(487, scalars[14]), AWSC_MEMBER_HAS(struct awsc_dynamodb_point_in_time_recovery_specification, point_in_time_recovery_enabled, has_point_in_time_recovery_enabled), offsetof(struct awsc_dynamodb_point_in_time_recovery_specification, point_in_time_recovery_enabled), AWSC_MF_REQUIRED}, /* PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled: BooleanObject */
        [488] = {MREF(488, strings[5145]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(488, scalars[80]), AWSC_MEMBER_HAS(struct awsc_dynamodb_point_in_time_recovery_specification, recovery_period_in_days, has_recovery_period_in_days), offsetof(struct awsc_dynamodb_point_in_time_recovery_specification, recovery_period_in_days), 0}, /* PointInTimeRecoverySpecification.RecoveryPeriodInDays: RecoveryPeriodInDays */
        [489] = {MREF(489, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(489, scalars[30]), 0, offsetof(struct awsc_dynamodb_point_in_time_recovery_unavailable_exception, message), 0}, /* PointInTimeRecoveryUnavailableException.message: ErrorMessage */
        [490] = {MREF(490, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(490, scalars[30]), 0, offsetof(struct awsc_dynamodb_policy_not_found_exception, message), 0}, /* PolicyNotFoundException.message: ErrorMessage */
        [491] = {MREF(491, strings[5309]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(491, enums[27].shape), 0, offsetof(struct awsc_dynamodb_projection, projection_type), 0}, /* Projection.ProjectionType: ProjectionType */
        [492] = {MREF(492, strings[5324]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(492, collections[48].shape), 0, offsetof(struct awsc_dynamodb_projection, non_key_attributes), 0}, /* Projection.NonKeyAttributes: NonKeyAttributeNameList */
        [493] = {MREF(493, strings[1242]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(493, scalars[76]), AWSC_MEMBER_HAS(struct awsc_dynamodb_provisioned_throughput, read_capacity_units, has_read_capacity_units), offsetof(struct awsc_dynamodb_provisioned_throughput, read_capacity_units), AWSC_MF_REQUIRED}, /* ProvisionedThroughput.ReadCapacityUnits: PositiveLongObject */
        [494] = {MREF(494, strings[1260]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(494, scalars[76]), AWSC_MEMBER_HAS(struct awsc_dynamodb_provisioned_throughput, write_capacity_units, has_write_capacity_units), offsetof(struct awsc_dynamodb_provisioned_throughput, write_capacity_units), AWSC_MF_REQUIRED}, /* ProvisionedThroughput.WriteCapacityUnits: PositiveLongObject */
        [495] = {MREF(495, strings[5363]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(495, scalars[26]), AWSC_MEMBER_HAS(struct awsc_dynamodb_provisioned_throughput_description, last_increase_date_time, has_last_increase_date_time), offsetof(struct awsc_dynamodb_provisioned_throughput_description, last_increase_date_time), 0}, /* ProvisionedThroughputDescription.LastIncreaseDateTime: Date */
        [496] = {MREF(496, strings[5384]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(496, scalars[26]), AWSC_MEMBER_HAS(struct awsc_dynamodb_provisioned_throughput_description, last_decrease_date_time, has_last_decrease_date_time), offsetof(struct awsc_dynamodb_provisioned_throughput_description, last_decrease_date_time), 0}, /* ProvisionedThroughputDescription.LastDecreaseDateTime: Date */
        [497] = {MREF(497, strings[5405]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(497, scalars[76]), AWSC_MEMBER_HAS(struct awsc_dynamodb_provisioned_throughput_description, number_of_decreases_today, has_number_of_decreases_today), offsetof(struct awsc_dynamodb_provisioned_throughput_description, number_of_decreases_today), 0}, /* ProvisionedThroughputDescription.NumberOfDecreasesToday: PositiveLongObject */
        [498] = {MREF(498, strings[1242]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(498, scalars[69]), AWSC_MEMBER_HAS(struct awsc_dynamodb_provisioned_throughput_description, read_capacity_units, has_read_capacity_units), offsetof(struct awsc_dynamodb_provisioned_throughput_description, read_capacity_units), 0}, /* ProvisionedThroughputDescription.ReadCapacityUnits: NonNegativeLongObject */
        [499] = {MREF(499, strings[1260]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(499, scalars[69]), AWSC_MEMBER_HAS(struct awsc_dynamodb_provisioned_throughput_description, write_capacity_units, has_write_capacity_units), offsetof(struct awsc_dynamodb_provisioned_throughput_description, write_capacity_units), 0}, /* ProvisionedThroughputDescription.WriteCapacityUnits: NonNegativeLongObject */
        [500] = {MREF(500, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(500, scalars[30]), 0, offsetof(struct awsc_dynamodb_provisioned_throughput_exceeded_exception, message), 0}, /* ProvisionedThroughputExceededException.message: ErrorMessage */
        [501] = {MREF(501, strings[5467]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(501, collections[77].shape), 0, offsetof(struct awsc_dynamodb_provisioned_throughput_exceeded_exception, throttling_reasons), 0}, /* ProvisionedThroughputExceededException.ThrottlingReasons: ThrottlingReasonList */
        [502] = {MREF(502, strings[1242]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(502, scalars[76]), AWSC_MEMBER_HAS(struct awsc_dynamodb_provisioned_throughput_override, read_capacity_units, has_read_capacity_units), offsetof(struct awsc_dynamodb_provisioned_throughput_override, read_capacity_units), 0}, /* ProvisionedThroughputOverride.ReadCapacityUnits: PositiveLongObject */
        [503] = {MREF(503, strings[796]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(503, collections[54].shape), 0, offsetof(struct awsc_dynamodb_put, item), AWSC_MF_REQUIRED}, /* Put.Item: PutItemInputAttributeMap */
        [504] = {MREF(504, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(504, scalars[100]), 0, offsetof(struct awsc_dynamodb_put, table_name), AWSC_MF_REQUIRED}, /* Put.TableName: TableArn */
        [505] = {MREF(505, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(505, scalars[19]), 0, offsetof(struct awsc_dynamodb_put, condition_expression), 0}, /* Put.ConditionExpression: ConditionExpression */
        [506] = {MREF(506, strings[1432]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(506, collections[19].shape), 0, offsetof(struct awsc_dynamodb_put, expression_attribute_names), 0}, /* Put.ExpressionAttributeNames: ExpressionAttributeNameMap */
        [507] = {MREF(507, strings[1457]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(507, collections[20].shape), 0, offsetof(struct awsc_dynamodb_put, expression_attribute_values), 0}, /* Put.ExpressionAttributeValues: ExpressionAttributeValueMap */
        [508] = {MREF(508, strings[1059]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(508, enums[32].shape), 0, offsetof(struct awsc_dynamodb_put, return_values_on_condition_check_failure), 0}, /* Put.ReturnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure */
        [509] = {MREF(509, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(509, scalars[100]), 0, offsetof(struct awsc_dynamodb_put_item_input, table_name), AWSC_MF_REQUIRED}, /* PutItemInput.TableName: TableArn */
        [510] = {MREF(510, strings[796]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(510, collections[54].shape), 0, offsetof(struct awsc_dynamodb_put_item_input, item), AWSC_MF_REQUIRED}, /* PutItemInput.Item: PutItemInputAttributeMap */
        [511] = {MREF(511, strings[2377]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(511, collections[17].shape), 0, offsetof(struct awsc_dynamodb_put_item_input, expected), 0}, /* PutItemInput.Expected: ExpectedAttributeMap */
        [512] = {MREF(512, strings[2406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(512, enums[31].shape), 0, offsetof(struct awsc_dynamodb_put_item_input, return_values), 0}, /* PutItemInput.ReturnValues: ReturnValue */
        [513] = {MREF(513, strings[704]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(513, enums[29].shape), 0, offsetof(struct awsc_dynamodb_put_item_input, return_consumed_capacity), 0}, /* PutItemInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [514] = {MREF(514, strings[1101]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(514, enums[30].shape), 0, offsetof(struct awsc_dynamodb_put_item_input, return_item_collection_metrics), 0}, /* PutItemInput.ReturnItemCollectionMetrics: ReturnItemCollectionMetrics */
        [515] = {MREF(515, strings[2386]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(515, enums[8].shape), 0, offsetof(struct awsc_dynamodb_put_item_input, conditional_operator), 0}, /* PutItemInput.ConditionalOperator: ConditionalOperator */
        [516] = {MREF(516, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(516, scalars[19]), 0, offsetof(struct awsc_dynamodb_put_item_input, condition_expression), 0}, /* PutItemInput.ConditionExpression: ConditionExpression */
        [517] = {MREF(517, strings[1432]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(517, collections[19].shape), 0, offsetof(struct awsc_dynamodb_put_item_input, expression_attribute_names), 0}, /* PutItemInput.ExpressionAttributeNames: ExpressionAttributeNameMap */
        [518] = {MREF(518, strings[1457]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(518, collections[20].shape), 0, offsetof(struct awsc_dynamodb_put_item_input, expression_attribute_values), 0}, /* PutItemInput.ExpressionAttributeValues: ExpressionAttributeValueMap */
        [519] = {MREF(519, strings[1059]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(519, enums[32].shape), 0, offsetof(struct awsc_dynamodb_put_item_input, return_values_on_condition_check_failure), 0}, /* PutItemInput.ReturnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure */
        [520] = {MREF(520, strings[2419]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(520, collections[1].shape), 0, offsetof(struct awsc_dynamodb_put_item_output, attributes), 0}, /* PutItemOutput.Attributes: AttributeMap */
        [521] = {MREF(521, strings[737]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(521, structures[30].shape), 0, offsetof(struct awsc_dynamodb_put_item_output, consumed_capacity), 0}, /* PutItemOutput.ConsumedCapacity: ConsumedCapacity */
        [522] = {MREF(522, strings[1146]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(522, structures[133].shape), 0, offsetof(struct awsc_dynamodb_put_item_output, item_collection_metrics), 0}, /* PutItemOutput.ItemCollectionMetrics: ItemCollectionMetrics */
        [523] = {MREF(523, strings[796]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(523, collections[54].shape), 0, offsetof(struct awsc_dynamodb_put_request, item), AWSC_MF_REQUIRED}, /* PutRequest.Item: PutItemInputAttributeMap */
        [524] = {MREF(524, strings[2430]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(524, scalars[85]), 0, offsetof(struct awsc_dynamodb_put_resource_policy_input, resource_arn), AWSC_MF_REQUIRED}, /* PutResourcePolicyInput.ResourceArn: ResourceArnString */
        [525] = {MREF(525, strings[3538]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(525, scalars[86]), 0, offsetof(struct awsc_dynamodb_put_resource_policy_input, policy), AWSC_MF_REQUIRED}, /* PutResourcePolicyInput.Policy: ResourcePolicy */
        [526] = {MREF(526, strings[2442]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(526, scalars[74]), 0, offsetof(struct awsc_dynamodb_put_resource_policy_input, expected_revision_id), 0}, /* PutResourcePolicyInput.ExpectedRevisionId: PolicyRevisionId */
        [527] = {MREF(527, strings[5485]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(527, scalars[20]), AWSC_MEMBER_HAS(struct awsc_dynamodb_put_resource_policy_input, confirm_remove_self_resource_access, has_confirm_remove_self_resource_access), offsetof(struct awsc_dynamodb_put_resource_policy_input, confirm_remove_self_resource_access), 0}, /* PutResourcePolicyInput.ConfirmRemoveSelfResourceAccess: ConfirmRemoveSelfResourceAccess */
        [528] = {MREF(528, strings[2461]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(528, scalars[74]), 0, offsetof(struct awsc_dynamodb_put_resource_policy_output, revision_id), 0}, /* PutResourcePolicyOutput.RevisionId: PolicyRevisionId */
        [529] = {MREF(529, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(529, scalars[100]), 0, offsetof(struct awsc_dynamodb_query_input, table_name), AWSC_MF_REQUIRED}, /* QueryInput.TableName: TableArn */
        [530] = {MREF(530, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(530, scalars[51]), 0, offsetof(struct awsc_dynamodb_query_input, index_name), 0}, /* QueryInput.IndexName: IndexName */
        [531] = {MREF(531, strings[5517]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(531, enums[38].shape), 0, offsetof(struct awsc_dynamodb_query_input, select), 0}, /* QueryInput.Select: Select */
        [532] = {MREF(532, strings[3522]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(532, collections[2].shape), 0, offsetof(struct awsc_dynamodb_query_input, attributes_to_get), 0}, /* QueryInput.AttributesToGet: AttributeNameList */
        [533] = {MREF(533, strings[2999]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(533, scalars[75]), AWSC_MEMBER_HAS(struct awsc_dynamodb_query_input, limit, has_limit), offsetof(struct awsc_dynamodb_query_input, limit), 0}, /* QueryInput.Limit: PositiveIntegerObject */
        [534] = {MREF(534, strings[1044]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(534, scalars[21]), AWSC_MEMBER_HAS(struct awsc_dynamodb_query_input, consistent_read, has_consistent_read), offsetof(struct awsc_dynamodb_query_input, consistent_read), 0}, /* QueryInput.ConsistentRead: ConsistentRead */
        [535] = {MREF(535, strings[5524]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(535, collections[39].shape), 0, offsetof(struct awsc_dynamodb_query_input, key_conditions), 0}, /* QueryInput.KeyConditions: KeyConditions */
        [536] = {MREF(536, strings[5538]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(536, collections[21].shape), 0, offsetof(struct awsc_dynamodb_query_input, query_filter), 0}, /* QueryInput.QueryFilter: FilterConditionMap */
        [537] = {MREF(537, strings[2386]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(537, enums[8].shape), 0, offsetof(struct awsc_dynamodb_query_input, conditional_operator), 0}, /* QueryInput.ConditionalOperator: ConditionalOperator */
        [538] = {MREF(538, strings[5550]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(538, scalars[14]), AWSC_MEMBER_HAS(struct awsc_dynamodb_query_input, scan_index_forward, has_scan_index_forward), offsetof(struct awsc_dynamodb_query_input, scan_index_forward), 0}, /* QueryInput.ScanIndexForward: BooleanObject */
        [539] = {MREF(539, strings[5567]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(539, collections[38].shape), 0, offsetof(struct awsc_dynamodb_query_input, exclusive_start_key), 0}, /* QueryInput.ExclusiveStartKey: Key */
        [540] = {MREF(540, strings[704]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(540, enums[29].shape), 0, offsetof(struct awsc_dynamodb_query_input, return_consumed_capacity), 0}, /* QueryInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [541] = {MREF(541, strings[3501]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(541, scalars[78]), 0, offsetof(struct awsc_dynamodb_query_input, projection_expression), 0}, /* QueryInput.ProjectionExpression: ProjectionExpression */
        [542] = {MREF(542, strings[5585]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(542, scalars[19]), 0, offsetof(struct awsc_dynamodb_query_input, filter_expression), 0}, /* QueryInput.FilterExpression: ConditionExpression */
        [543] = {MREF(543, strings[5602]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(543, scalars[58]), 0, offsetof(struct awsc_dynamodb_query_input, key_condition_expression), 0}, /* QueryInput.KeyConditionExpression: KeyExpression */
        [544] = {MREF(544, strings[1432]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(544, collections[19].shape), 0, offsetof(struct awsc_dynamodb_query_input, expression_attribute_names), 0}, /* QueryInput.ExpressionAttributeNames: ExpressionAttributeNameMap */
        [545] = {MREF(545, strings[1457]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(545, collections[20].shape), 0, offsetof(struct awsc_dynamodb_query_input, expression_attribute_values), 0}, /* QueryInput.ExpressionAttributeValues: ExpressionAttributeValueMap */
        [546] = {MREF(546, strings[3005]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(546, collections[36].shape), 0, offsetof(struct awsc_dynamodb_query_output, items), 0}, /* QueryOutput.Items: ItemList */
        [547] = {MREF(547, strings[5625]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(547, scalars[52]), AWSC_MEMBER_HAS(struct awsc_dynamodb_query_output, count, has_count), offsetof(struct awsc_dynamodb_query_output, count), 0}, /* QueryOutput.Count: Integer */
        [548] = {MREF(548, strings[5631]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(548, scalars[52]), AWSC_MEMBER_HAS(struct awsc_dynamodb_query_output, scanned_count, has_scanned_count), offsetof(struct awsc_dynamodb_query_output, scanned_count), 0}, /* QueryOutput.ScannedCount: Integer */
        [549] = {MREF(549, strings[3011]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(549, collections[38].shape), 0, offsetof(struct awsc_dynamodb_query_output, last_evaluated_key), 0}, /* QueryOutput.LastEvaluatedKey: Key */
        [550] = {MREF(550, strings[737]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(550, structures[30].shape), 0, offsetof(struct awsc_dynamodb_query_output, consumed_capacity), 0}, /* QueryOutput.ConsumedCapacity: ConsumedCapacity */
        [551] = {MREF(551, strings[1991]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(551, scalars[81]), 0, offsetof(struct awsc_dynamodb_replica, region_name), 0}, /* Replica.RegionName: RegionName */
        [552] = {MREF(552, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(552, scalars[30]), 0, offsetof(struct awsc_dynamodb_replica_already_exists_exception, message), 0}, /* ReplicaAlreadyExistsException.message: ErrorMessage */
        [553] = {MREF(553, strings[1991]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(553, scalars[81]), 0, offsetof(struct awsc_dynamodb_replica_auto_scaling_description, region_name), 0}, /* ReplicaAutoScalingDescription.RegionName: RegionName */
        [554] = {MREF(554, strings[1550]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(554, collections[58].shape), 0, offsetof(struct awsc_dynamodb_replica_auto_scaling_description, global_secondary_indexes), 0}, /* ReplicaAutoScalingDescription.GlobalSecondaryIndexes: ReplicaGlobalSecondaryIndexAutoScalingDescriptionList */
        [555] = {MREF(555, strings[5674]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(555, structures[6].shape), 0, offsetof(struct awsc_dynamodb_replica_auto_scaling_description, replica_provisioned_read_capacity_auto_scaling_settings), 0}, /* ReplicaAutoScalingDescription.ReplicaProvisionedReadCapacityAutoScalingSettings: AutoScalingSettingsDescription */
        [556] = {MREF(556, strings[5724]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(556, structures[6].shape), 0, offsetof(struct awsc_dynamodb_replica_auto_scaling_description, replica_provisioned_write_capacity_auto_scaling_settings), 0}, /* ReplicaAutoScalingDescription.ReplicaProvisionedWriteCapacityAutoScalingSettings: AutoScalingSettingsDescription */
        [557] = {MREF(557, strings[5775]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(557, enums[28].shape), 0, offsetof(struct awsc_dynamodb_replica_auto_scaling_description, replica_status), 0}, /* ReplicaAutoScalingDescription.ReplicaStatus: ReplicaStatus */
        [558] = {MREF(558, strings[1991]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(558, scalars[81]), 0, offsetof(struct awsc_dynamodb_replica_auto_scaling_update, region_name), AWSC_MF_REQUIRED}, /* ReplicaAutoScalingUpdate.RegionName: RegionName */
        [559] = {MREF(559, strings[5789]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(559, collections[59].shape), 0, offsetof(struct awsc_dynamodb_replica_auto_scaling_update, replica_global_secondary_index_updates), 0}, /* ReplicaAutoScalingUpdate.ReplicaGlobalSecondaryIndexUpdates: ReplicaGlobalSecondaryIndexAutoScalingUpdateList */
        [560] = {MREF(560, strings[5824]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(560, structures[7].shape), 0, offsetof(struct awsc_dynamodb_replica_auto_scaling_update, replica_provisioned_read_capacity_auto_scaling_update), 0}, /* ReplicaAutoScalingUpdate.ReplicaProvisionedReadCapacityAutoScalingUpdate: AutoScalingSettingsUpdate */
        [561] = {MREF(561, strings[1991]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(561, scalars[81]), 0, offsetof(struct awsc_dynamodb_replica_description, region_name), 0}, /* ReplicaDescription.RegionName: RegionName */
        [562] = {MREF(562, strings[5775]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(562, enums[28].shape), 0, offsetof(struct awsc_dynamodb_replica_description, replica_status), 0}, /* ReplicaDescription.ReplicaStatus: ReplicaStatus */
        [563] = {MREF(563, strings[5872]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(563, scalars[98]), 0, offsetof(struct awsc_dynamodb_replica_description, replica_arn), 0}, /* ReplicaDescription.ReplicaArn: String */
        [564] = {MREF(564, strings[5883]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(564, scalars[82]), 0, offsetof(struct awsc_dynamodb_replica_description, replica_status_description), 0}, /* ReplicaDescription.ReplicaStatusDescription: ReplicaStatusDescription */
        [565] = {MREF(565, strings[5908]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(565, scalars[83]), 0, offsetof(struct awsc_dynamodb_replica_description, replica_status_percent_progress), 0}, /* ReplicaDescription.ReplicaStatusPercentProgress: ReplicaStatusPercentProgress */
        [566] = {MREF(566, strings[2002]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(566, scalars[57]), 0, offsetof(struct awsc_dynamodb_replica_description, kms_master_key_id), 0}, /* ReplicaDescription.KMSMasterKeyId: KMSMasterKeyId */
        [567] = {MREF(567, strings[2017]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(567, structures[170].shape), 0, offsetof(struct awsc_dynamodb_replica_description, provisioned_throughput_override), 0}, /* ReplicaDescription.ProvisionedThroughputOverride: ProvisionedThroughputOverride */
        [568] = {MREF(568, strings[2047]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(568, structures[160].shape), 0, offsetof(struct awsc_dynamodb_replica_description, on_demand_throughput_override), 0}, /* ReplicaDescription.OnDemandThroughputOverride: OnDemandThroughputOverride */
        [569] = {MREF(569, strings[1920]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(569, structures[223].shape), 0, offsetof(struct awsc_dynamodb_replica_description, warm_throughput), 0}, /* ReplicaDescription.WarmThroughput: TableWarmThroughputDescription */
        [570] = {MREF(570, strings[1550]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(570, collections[60].shape), 0, offsetof(struct awsc_dynamodb_replica_description, global_secondary_indexes), 0}, /* ReplicaDescription.GlobalSecondaryIndexes: ReplicaGlobalSecondaryIndexDescriptionList */
        [571] = {MREF(571, strings[5937]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(571, scalars[26]), AWSC_MEMBER_HAS(struct awsc_dynamodb_replica_description, replica_inaccessible_date_time, has_replica_inaccessible_date_time), offsetof(struct awsc_dynamodb_replica_description, replica_inaccessible_date_time), 0}, /* ReplicaDescription.ReplicaInaccessibleDateTime: Date */
        [572] = {MREF(572, strings[5965]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(572, structures[218].shape), 0, offsetof(struct awsc_dynamodb_replica_description, replica_table_class_summary), 0}, /* ReplicaDescription.ReplicaTableClassSummary: TableClassSummary */
        [573] = {MREF(573, strings[2229]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(573, enums[18].shape), 0, offsetof(struct awsc_dynamodb_replica_description, global_table_settings_replication_mode), 0}, /* ReplicaDescription.GlobalTableSettingsReplicationMode: GlobalTableSettingsReplicationMode */
        [574] = {MREF(574, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(574, scalars[51]), 0, offsetof(struct awsc_dynamodb_replica_global_secondary_index, index_name), AWSC_MF_REQUIRED}, /* ReplicaGlobalSecondaryIndex.IndexName: IndexName */
        [575] = {MREF(575, strings[2017]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(575, structures[170].shape), 0, offsetof(struct awsc_dynamodb_replica_global_secondary_index, provisioned_throughput_override), 0}, /* ReplicaGlobalSecondaryIndex.ProvisionedThroughputOverride: ProvisionedThroughputOverride */
        [576] = {MREF(576, strings[2047]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(576, structures[160].shape), 0, offsetof(struct awsc_dynamodb_replica_global_secondary_index, on_demand_throughput_override), 0}, /* ReplicaGlobalSecondaryIndex.OnDemandThroughputOverride: OnDemandThroughputOverride */
        [577] = {MREF(577, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(577, scalars[51]), 0, offsetof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_description, index_name), 0}, /* ReplicaGlobalSecondaryIndexAutoScalingDescription.IndexName: IndexName */
        [578] = {MREF(578, strings[3587]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(578, enums[21].shape), 0, offsetof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_description, index_status), 0}, /* ReplicaGlobalSecondaryIndexAutoScalingDescription.IndexStatus: IndexStatus */
        [579] = {MREF(579, strings[5990]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(579, structures[6].shape), 0, offsetof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_description, provisioned_read_capacity_auto_scaling_settings), 0}, /* ReplicaGlobalSecondaryIndexAutoScalingDescription.ProvisionedReadCapacityAutoScalingSettings: AutoScalingSettingsDescription */
        [580] = {MREF(580, strings[6033]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(580, structures[6].shape), 0, offsetof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_description, provisioned_write_capacity_auto_scaling_settings), 0}, /* ReplicaGlobalSecondaryIndexAutoScalingDescription.ProvisionedWriteCapacityAutoScalingSettings: AutoScalingSettingsDescription */
        [581] = {MREF(581, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(581, scalars[51]), 0, offsetof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_update, index_name), 0}, /* ReplicaGlobalSecondaryIndexAutoScalingUpdate.IndexName: IndexName */
        [582] = {MREF(582, strings[6077]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(582, structures[7].shape), 0, offsetof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_update, provisioned_read_capacity_auto_scaling_update), 0}, /* ReplicaGlobalSecondaryIndexAutoScalingUpdate.ProvisionedReadCapacityAutoScalingUpdate: AutoScalingSettingsUpdate */
        [583] = {MREF(583, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(583, scalars[51]), 0, offsetof(struct awsc_dynamodb_replica_global_secondary_index_description, index_name), 0}, /* ReplicaGlobalSecondaryIndexDescription.IndexName: IndexName */
        [584] = {MREF(584, strings[2017]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(584, structures[170].shape), 0, offsetof(struct awsc_dynamodb_replica_global_secondary_index_description, provisioned_throughput_override), 0}, /* ReplicaGlobalSecondaryIndexDescription.ProvisionedThroughputOverride: ProvisionedThroughputOverride */
        [585] = {MREF(585, strings[2047]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(585, structures[160].shape), 0, offsetof(struct awsc_dynamodb_replica_global_secondary_index_description, on_demand_throughput_override), 0}, /* ReplicaGlobalSecondaryIndexDescription.OnDemandThroughputOverride: OnDemandThroughputOverride */
        [586] = {MREF(586, strings[1920]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(586, structures[112].shape), 0, offsetof(struct awsc_dynamodb_replica_global_secondary_index_description, warm_throughput), 0}, /* ReplicaGlobalSecondaryIndexDescription.WarmThroughput: GlobalSecondaryIndexWarmThroughputDescription */
        [587] = {MREF(587, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(587, scalars[51]), 0, offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_description, index_name), AWSC_MF_REQUIRED}, /* ReplicaGlobalSecondaryIndexSettingsDescription.IndexName: IndexName */
        [588] = {MREF(588, strings[3587]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(588, enums[21].shape), 0, offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_description, index_status), 0}, /* ReplicaGlobalSecondaryIndexSettingsDescription.IndexStatus: IndexStatus */
        [589] = {MREF(589, strings[6118]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(589, scalars[76]), AWSC_MEMBER_HAS(struct awsc_dynamodb_replica_global_secondary_index_settings_description, provisioned_read_capacity_units, has_provisioned_read_capacity_units), offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_description, provisioned_read_capacity_units), 0}, /* ReplicaGlobalSecondaryIndexSettingsDescription.ProvisionedReadCapacityUnits: PositiveLongObject */
        [590] = {MREF(590, strings[5990]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(590, structures[6].shape), 0, offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_description, provisioned_read_capacity_auto_scaling_settings), 0}, /* ReplicaGlobalSecondaryIndexSettingsDescription.ProvisionedReadCapacityAutoScalingSettings: AutoScalingSettingsDescription */
        [591] = {MREF(591, strings[3786]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(591, scalars[76]), AWSC_MEMBER_HAS(struct awsc_dynamodb_replica_global_secondary_index_settings_description, provisioned_write_capacity_units, has_provisioned_write_capacity_units), offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_description, provisioned_write_capacity_units), 0}, /* ReplicaGlobalSecondaryIndexSettingsDescription.ProvisionedWriteCapacityUnits: PositiveLongObject */
        [592] = {MREF(592, strings[6033]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(592, structures[6].shape), 0, offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_description, provisioned_write_capacity_auto_scaling_settings), 0}, /* ReplicaGlobalSecondaryIndexSettingsDescription.ProvisionedWriteCapacityAutoScalingSettings: AutoScalingSettingsDescription */
        [593] = {MREF(593, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(593, scalars[51]), 0, offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_update, index_name), AWSC_MF_REQUIRED}, /* ReplicaGlobalSecondaryIndexSettingsUpdate.IndexName: IndexName */
        [594] = {MREF(594, strings[6118]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(594, scalars[76]), AWSC_MEMBER_HAS(struct awsc_dynamodb_replica_global_secondary_index_settings_update, provisioned_read_capacity_units, has_provisioned_read_capacity_units), offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_update, provisioned_read_capacity_units), 0}, /* ReplicaGlobalSecondaryIndexSettingsUpdate.ProvisionedReadCapacityUnits: PositiveLongObject */
        [595] = {MREF(595, strings[6147]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(595, structures[7].shape), 0, offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_update, provisioned_read_capacity_auto_scaling_settings_update), 0}, /* ReplicaGlobalSecondaryIndexSettingsUpdate.ProvisionedReadCapacityAutoScalingSettingsUpdate: AutoScalingSettingsUpdate */
        [596] = {MREF(596, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(596, scalars[30]), 0, offsetof(struct awsc_dynamodb_replica_not_found_exception, message), 0}, /* ReplicaNotFoundException.message: ErrorMessage */
        [597] = {MREF(597, strings[1991]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(597, scalars[81]), 0, offsetof(struct awsc_dynamodb_replica_settings_description, region_name), AWSC_MF_REQUIRED}, /* ReplicaSettingsDescription.RegionName: RegionName */
        [598] = {MREF(598, strings[5775]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(598, enums[28].shape), 0, offsetof(struct awsc_dynamodb_replica_settings_description, replica_status), 0}, /* ReplicaSettingsDescription.ReplicaStatus: ReplicaStatus */
        [599] = {MREF(599, strings[6221]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(599, structures[24].shape), 0, offsetof(struct awsc_dynamodb_replica_settings_description, replica_billing_mode_summary), 0}, /* ReplicaSettingsDescription.ReplicaBillingModeSummary: BillingModeSummary */
        [600] = {MREF(600, strings[6247]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(600, scalars[69]), AWSC_MEMBER_HAS(struct awsc_dynamodb_replica_settings_description, replica_provisioned_read_capacity_units, has_replica_provisioned_read_capacity_units), offsetof(struct awsc_dynamodb_replica_settings_description, replica_provisioned_read_capacity_units), 0}, /* ReplicaSettingsDescription.ReplicaProvisionedReadCapacityUnits: NonNegativeLongObject */
        [601] = {MREF(601, strings[5674]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(601, structures[6].shape), 0, offsetof(struct awsc_dynamodb_replica_settings_description, replica_provisioned_read_capacity_auto_scaling_settings), 0}, /* ReplicaSettingsDescription.ReplicaProvisionedReadCapacityAutoScalingSettings: AutoScalingSettingsDescription */
        [602] = {MREF(602, strings[6283]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(602, scalars[69]), AWSC_MEMBER_HAS(struct awsc_dynamodb_replica_settings_description, replica_provisioned_write_capacity_units, has_replica_provisioned_write_capacity_units), offsetof(struct awsc_dynamodb_replica_settings_description, replica_provisioned_write_capacity_units), 0}, /* ReplicaSettingsDescription.ReplicaProvisionedWriteCapacityUnits: NonNegativeLongObject */
        [603] = {MREF(603, strings[5724]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(603, structures[6].shape), 0, offsetof(struct awsc_dynamodb_replica_settings_description, replica_provisioned_write_capacity_auto_scaling_settings), 0}, /* ReplicaSettingsDescription.ReplicaProvisionedWriteCapacityAutoScalingSettings: AutoScalingSettingsDescription */
        [604] = {MREF(604, strings[6320]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(604, collections[62].shape), 0, offsetof(struct awsc_dynamodb_replica_settings_description, replica_global_secondary_index_settings), 0}, /* ReplicaSettingsDescription.ReplicaGlobalSecondaryIndexSettings: ReplicaGlobalSecondaryIndexSettingsDescriptionList */
        [605] = {MREF(605, strings[5965]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(605, structures[218].shape), 0, offsetof(struct awsc_dynamodb_replica_settings_description, replica_table_class_summary), 0}, /* ReplicaSettingsDescription.ReplicaTableClassSummary: TableClassSummary */
        [606] = {MREF(606, strings[1991]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(606, scalars[81]), 0, offsetof(struct awsc_dynamodb_replica_settings_update, region_name), AWSC_MF_REQUIRED}, /* ReplicaSettingsUpdate.RegionName: RegionName */
        [607] = {MREF(607, strings[6247]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(607, scalars[76]), AWSC_MEMBER_HAS(struct awsc_dynamodb_replica_settings_update, replica_provisioned_read_capacity_units, has_replica_provisioned_read_capacity_units), offsetof(struct awsc_dynamodb_replica_settings_update, replica_provisioned_read_capacity_units), 0}, /* ReplicaSettingsUpdate.ReplicaProvisionedReadCapacityUnits: PositiveLongObject */
        [608] = {MREF(608, strings[6356]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(608, structures[7].shape), 0, offsetof(struct awsc_dynamodb_replica_settings_update, replica_provisioned_read_capacity_auto_scaling_settings_update), 0}, /* ReplicaSettingsUpdate.ReplicaProvisionedReadCapacityAutoScalingSettingsUpdate: AutoScalingSettingsUpdate */
        [609] = {MREF(609, strings[6412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(609, collections[63].shape), 0, offsetof(struct awsc_dynamodb_replica_settings_update, replica_global_secondary_index_settings_update), 0}, /* ReplicaSettingsUpdate.ReplicaGlobalSecondaryIndexSettingsUpdate: ReplicaGlobalSecondaryIndexSettingsUpdateList */
        [610] = {MREF(610, strings[6454]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(610, enums[40].shape), 0, offsetof(struct awsc_dynamodb_replica_settings_update, replica_table_class), 0}, /* ReplicaSettingsUpdate.ReplicaTableClass: TableClass */
        [611] = {MREF(611, strings[3642]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(611, structures[40].shape), 0, offsetof(struct awsc_dynamodb_replica_update, create), 0}, /* ReplicaUpdate.Create: CreateReplicaAction */
        [612] = {MREF(612, strings[3649]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(612, structures[53].shape), 0, offsetof(struct awsc_dynamodb_replica_update, delete_), 0}, /* ReplicaUpdate.Delete: DeleteReplicaAction */
        [613] = {MREF(613, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(613, scalars[30]), 0, offsetof(struct awsc_dynamodb_replicated_write_conflict_exception, message), 0}, /* ReplicatedWriteConflictException.message: ErrorMessage */
        [614] = {MREF(614, strings[3642]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(614, structures[41].shape), 0, offsetof(struct awsc_dynamodb_replication_group_update, create), 0}, /* ReplicationGroupUpdate.Create: CreateReplicationGroupMemberAction */
        [615] = {MREF(615, strings[3635]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(615, structures[255].shape), 0, offsetof(struct awsc_dynamodb_replication_group_update, update), 0}, /* ReplicationGroupUpdate.Update: UpdateReplicationGroupMemberAction */
        [616] = {MREF(616, strings[3649]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(616, structures[54].shape), 0, offsetof(struct awsc_dynamodb_replication_group_update, delete_), 0}, /* ReplicationGroupUpdate.Delete: DeleteReplicationGroupMemberAction */
        [617] = {MREF(617, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(617, scalars[30]), 0, offsetof(struct awsc_dynamodb_request_limit_exceeded, message), 0}, /* RequestLimitExceeded.message: ErrorMessage */
        [618] = {MREF(618, strings[5467]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(618, collections[77].shape), 0, offsetof(struct awsc_dynamodb_request_limit_exceeded, throttling_reasons), 0}, /* RequestLimitExceeded.ThrottlingReasons: ThrottlingReasonList */
        [619] = {MREF(619, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(619, scalars[30]), 0, offsetof(struct awsc_dynamodb_resource_in_use_exception, message), 0}, /* ResourceInUseException.message: ErrorMessage */
        [620] = {MREF(620, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(620, scalars[30]), 0, offsetof(struct awsc_dynamodb_resource_not_found_exception, message), 0}, /* ResourceNotFoundException.message: ErrorMessage */
        [621] = {MREF(621, strings[6723]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(621, scalars[6]), 0, offsetof(struct awsc_dynamodb_restore_summary, source_backup_arn), 0}, /* RestoreSummary.SourceBackupArn: BackupArn */
        [622] = {MREF(622, strings[6739]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(622, scalars[100]), 0, offsetof(struct awsc_dynamodb_restore_summary, source_table_arn), 0}, /* RestoreSummary.SourceTableArn: TableArn */
        [623] = {MREF(623, strings[6754]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(623, scalars[26]), AWSC_MEMBER_HAS(struct awsc_dynamodb_restore_summary, restore_date_time, has_restore_date_time), offsetof(struct awsc_dynamodb_restore_summary, restore_date_time), AWSC_MF_REQUIRED}, /* RestoreSummary.RestoreDateTime: Date */
        [624] = {MREF(624, strings[6770]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(624, scalars[87]), AWSC_MEMBER_HAS(struct awsc_dynamodb_restore_summary, restore_in_progress, has_restore_in_progress), offsetof(struct awsc_dynamodb_restore_summary, restore_in_progress), AWSC_MF_REQUIRED}, /* RestoreSummary.RestoreInProgress: RestoreInProgress */
        [625] = {MREF(625, strings[6788]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(625, scalars[103]), 0, offsetof(struct awsc_dynamodb_restore_table_from_backup_input, target_table_name), AWSC_MF_REQUIRED}, /* RestoreTableFromBackupInput.TargetTableName: TableName */
        [626] = {MREF(626, strings[431]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(626, scalars[6]), 0, offsetof(struct awsc_dynamodb_restore_table_from_backup_input, backup_arn), AWSC_MF_REQUIRED}, /* RestoreTableFromBackupInput.BackupArn: BackupArn */
        [627] = {MREF(627, strings[6804]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(627, enums[6].shape), 0, offsetof(struct awsc_dynamodb_restore_table_from_backup_input, billing_mode_override), 0}, /* RestoreTableFromBackupInput.BillingModeOverride: BillingMode */
        [628] = {MREF(628, strings[6824]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(628, collections[24].shape), 0, offsetof(struct awsc_dynamodb_restore_table_from_backup_input, global_secondary_index_override), 0}, /* RestoreTableFromBackupInput.GlobalSecondaryIndexOverride: GlobalSecondaryIndexList */
        [629] = {MREF(629, strings[6853]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(629, collections[45].shape), 0, offsetof(struct awsc_dynamodb_restore_table_from_backup_input, local_secondary_index_override), 0}, /* RestoreTableFromBackupInput.LocalSecondaryIndexOverride: LocalSecondaryIndexList */
        [630] = {MREF(630, strings[2017]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(630, structures[167].shape), 0, offsetof(struct awsc_dynamodb_restore_table_from_backup_input, provisioned_throughput_override), 0}, /* RestoreTableFromBackupInput.ProvisionedThroughputOverride: ProvisionedThroughput */
        [631] = {MREF(631, strings[2047]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(631, structures[159].shape), 0, offsetof(struct awsc_dynamodb_restore_table_from_backup_input, on_demand_throughput_override), 0}, /* RestoreTableFromBackupInput.OnDemandThroughputOverride: OnDemandThroughput */
        [632] = {MREF(632, strings[6881]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(632, structures[206].shape), 0, offsetof(struct awsc_dynamodb_restore_table_from_backup_input, sse_specification_override), 0}, /* RestoreTableFromBackupInput.SSESpecificationOverride: SSESpecification */
        [633] = {MREF(633, strings[6906]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(633, collections[81].shape), 0, offsetof(struct awsc_dynamodb_restore_table_from_backup_input, vector_index_override), 0}, /* RestoreTableFromBackupInput.VectorIndexOverride: VectorIndexList */
        [634] = {MREF(634, strings[2264]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(634, structures[220].shape), 0, offsetof(struct awsc_dynamodb_restore_table_from_backup_output, table_description), 0}, /* RestoreTableFromBackupOutput.TableDescription: TableDescription */
        [635] = {MREF(635, strings[6739]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(635, scalars[100]), 0, offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, source_table_arn), 0}, /* RestoreTableToPointInTimeInput.SourceTableArn: TableArn */
        [636] = {MREF(636, strings[6926]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(636, scalars[103]), 0, offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, source_table_name), 0}, /* RestoreTableToPointInTimeInput.SourceTableName: TableName */
        [637] = {MREF(637, strings[6788]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(637, scalars[103]), 0, offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, target_table_name), AWSC_MF_REQUIRED}, /* RestoreTableToPointInTimeInput.TargetTableName: TableName */
        [638] = {MREF(638, strings[6942]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(638, scalars[14]), AWSC_MEMBER_HAS(struct awsc_dynamodb_restore_table_to_point_in_time_input, use_latest_restorable_time, has_use_latest_restorable_time), offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, use_latest_restorable_time), 0}, /* RestoreTableToPointInTimeInput.UseLatestRestorableTime: BooleanObject */
        [639] = {MREF(639, strings[6754]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(639, scalars[26]), AWSC_MEMBER_HAS(struct awsc_dynamodb_restore_table_to_point_in_time_input, restore_date_time, has_restore_date_time), offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, restore_date_time), 0}, /* RestoreTableToPointInTimeInput.RestoreDateTime: Date */
        [640] = {MREF(640, strings[6804]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(640, enums[6].shape), 0, offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, billing_mode_override), 0}, /* RestoreTableToPointInTimeInput.BillingModeOverride: BillingMode */
        [641] = {MREF(641, strings[6824]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(641, collections[24].shape), 0, offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, global_secondary_index_override), 0}, /* RestoreTableToPointInTimeInput.GlobalSecondaryIndexOverride: GlobalSecondaryIndexList */
        [642] = {MREF(642, strings[6853]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(642, collections[45].shape), 0, offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, local_secondary_index_override), 0}, /* RestoreTableToPointInTimeInput.LocalSecondaryIndexOverride: LocalSecondaryIndexList */
        [643] = {MREF(643, strings[2017]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(643, structures[167].shape), 0, offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, provisioned_throughput_override), 0}, /* RestoreTableToPointInTimeInput.ProvisionedThroughputOverride: ProvisionedThroughput */
        [644] = {MREF(644, strings[2047]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(644, structures[159].shape), 0, offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, on_demand_throughput_override), 0}, /* RestoreTableToPointInTimeInput.OnDemandThroughputOverride: OnDemandThroughput */
        [645] = {MREF(645, strings[6881]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(645, structures[206].shape), 0, offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, sse_specification_override), 0}, /* RestoreTableToPointInTimeInput.SSESpecificationOverride: SSESpecification */
        [646] = {MREF(646, strings[6906]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(646, collections[81].shape), 0, offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, vector_index_override), 0}, /* RestoreTableToPointInTimeInput.VectorIndexOverride: VectorIndexList */
        [647] = {MREF(647, strings[2264]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(647, structures[220].shape), 0, offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_output, table_description), 0}, /* RestoreTableToPointInTimeOutput.TableDescription: TableDescription */
        [648] = {MREF(648, strings[3175]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(648, scalars[89]), 0, offsetof(struct awsc_dynamodb_s3_bucket_source, s3_bucket_owner), 0}, /* S3BucketSource.S3BucketOwner: S3BucketOwner */
        [649] = {MREF(649, strings[3166]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(649, scalars[88]), 0, offsetof(struct awsc_dynamodb_s3_bucket_source, s3_bucket), AWSC_MF_REQUIRED}, /* S3BucketSource.S3Bucket: S3Bucket */
        [650] = {MREF(650, strings[7053]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(650, scalars[90]), 0, offsetof(struct awsc_dynamodb_s3_bucket_source, s3_key_prefix), 0}, /* S3BucketSource.S3KeyPrefix: S3Prefix */
        [651] = {MREF(651, strings[3695]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(651, enums[34].shape), 0, offsetof(struct awsc_dynamodb_sse_description, status), 0}, /* SSEDescription.Status: SSEStatus */
        [652] = {MREF(652, strings[7076]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(652, enums[35].shape), 0, offsetof(struct awsc_dynamodb_sse_description, sse_type), 0}, /* SSEDescription.SSEType: SSEType */
        [653] = {MREF(653, strings[7084]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(653, scalars[56]), 0, offsetof(struct awsc_dynamodb_sse_description, kms_master_key_arn), 0}, /* SSEDescription.KMSMasterKeyArn: KMSMasterKeyArn */
        [654] = {MREF(654, strings[7100]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(654, scalars[26]), AWSC_MEMBER_HAS(struct awsc_dynamodb_sse_description, inaccessible_encryption_date_time, has_inaccessible_encryption_date_time), offsetof(struct awsc_dynamodb_sse_description, inaccessible_encryption_date_time), 0}, /* SSEDescription.InaccessibleEncryptionDateTime: Date */
        [655] = {MREF(655, strings[7131]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(655, scalars[92]), AWSC_MEMBER_HAS(struct awsc_dynamodb_sse_specification, enabled, has_enabled), offsetof(struct awsc_dynamodb_sse_specification, enabled), 0}, /* SSESpecification.Enabled: SSEEnabled */
        [656] = {MREF(656, strings[7076]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(656, enums[35].shape), 0, offsetof(struct awsc_dynamodb_sse_specification, sse_type), 0}, /* SSESpecification.SSEType: SSEType */
        [657] = {MREF(657, strings[2002]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(657, scalars[57]), 0, offsetof(struct awsc_dynamodb_sse_specification, kms_master_key_id), 0}, /* SSESpecification.KMSMasterKeyId: KMSMasterKeyId */
        [658] = {MREF(658, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(658, scalars[100]), 0, offsetof(struct awsc_dynamodb_scan_input, table_name), AWSC_MF_REQUIRED}, /* ScanInput.TableName: TableArn */
        [659] = {MREF(659, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(659, scalars[51]), 0, offsetof(struct awsc_dynamodb_scan_input, index_name), 0}, /* ScanInput.IndexName: IndexName */
        [660] = {MREF(660, strings[3522]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(660, collections[2].shape), 0, offsetof(struct awsc_dynamodb_scan_input, attributes_to_get), 0}, /* ScanInput.AttributesToGet: AttributeNameList */
        [661] = {MREF(661, strings[2999]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(661, scalars[75]), AWSC_MEMBER_HAS(struct awsc_dynamodb_scan_input, limit, has_limit), offsetof(struct awsc_dynamodb_scan_input, limit), 0}, /* ScanInput.Limit: PositiveIntegerObject */
        [662] = {MREF(662, strings[5517]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(662, enums[38].shape), 0, offsetof(struct awsc_dynamodb_scan_input, select), 0}, /* ScanInput.Select: Select */
        [663] = {MREF(663, strings[7190]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(663, collections[21].shape), 0, offsetof(struct awsc_dynamodb_scan_input, scan_filter), 0}, /* ScanInput.ScanFilter: FilterConditionMap */
        [664] = {MREF(664, strings[2386]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(664, enums[8].shape), 0, offsetof(struct awsc_dynamodb_scan_input, conditional_operator), 0}, /* ScanInput.ConditionalOperator: ConditionalOperator */
        [665] = {MREF(665, strings[5567]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(665, collections[38].shape), 0, offsetof(struct awsc_dynamodb_scan_input, exclusive_start_key), 0}, /* ScanInput.ExclusiveStartKey: Key */
        [666] = {MREF(666, strings[704]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(666, enums[29].shape), 0, offsetof(struct awsc_dynamodb_scan_input, return_consumed_capacity), 0}, /* ScanInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [667] = {MREF(667, strings[7201]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(667, scalars[94]), AWSC_MEMBER_HAS(struct awsc_dynamodb_scan_input, total_segments, has_total_segments), offsetof(struct awsc_dynamodb_scan_input, total_segments), 0}, /* ScanInput.TotalSegments: ScanTotalSegments */
        [668] = {MREF(668, strings[7215]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(668, scalars[93]), AWSC_MEMBER_HAS(struct awsc_dynamodb_scan_input, segment, has_segment), offsetof(struct awsc_dynamodb_scan_input, segment), 0}, /* ScanInput.Segment: ScanSegment */
        [669] = {MREF(669, strings[3501]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(669, scalars[78]), 0, offsetof(struct awsc_dynamodb_scan_input, projection_expression), 0}, /* ScanInput.ProjectionExpression: ProjectionExpression */
        [670] = {MREF(670, strings[5585]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(670, scalars[19]), 0, offsetof(struct awsc_dynamodb_scan_input, filter_expression), 0}, /* ScanInput.FilterExpression: ConditionExpression */
        [671] = {MREF(671, strings[1432]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(671, collections[19].shape), 0, offsetof(struct awsc_dynamodb_scan_input, expression_attribute_names), 0}, /* ScanInput.ExpressionAttributeNames: ExpressionAttributeNameMap */
        [672] = {MREF(672, strings[1457]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(672, collections[20].shape), 0, offsetof(struct awsc_dynamodb_scan_input, expression_attribute_values), 0}, /* ScanInput.ExpressionAttributeValues: ExpressionAttributeValueMap */
        [673] = {MREF(673, strings[1044]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(673, scalars[21]), AWSC_MEMBER_HAS(struct awsc_dynamodb_scan_input, consistent_read, has_consistent_read), offsetof(struct awsc_dynamodb_scan_input, consistent_read), 0}, /* ScanInput.ConsistentRead: ConsistentRead */
        [674] = {MREF(674, strings[3005]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(674, collections[36].shape), 0, offsetof(struct awsc_dynamodb_scan_output, items), 0}, /* ScanOutput.Items: ItemList */
        [675] = {MREF(675, strings[5625]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(675, scalars[52]), AWSC_MEMBER_HAS(struct awsc_dynamodb_scan_output, count, has_count), offsetof(struct awsc_dynamodb_scan_output, count), 0}, /* ScanOutput.Count: Integer */
        [676] = {MREF(676, strings[5631]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(676, scalars[52]), AWSC_MEMBER_HAS(struct awsc_dynamodb_scan_output, scanned_count, has_scanned_count), offsetof(struct awsc_dynamodb_scan_output, scanned_count), 0}, /* ScanOutput.ScannedCount: Integer */
        [677] = {MREF(677, strings[3011]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(677, collections[38].shape), 0, offsetof(struct awsc_dynamodb_scan_output, last_evaluated_key), 0}, /* ScanOutput.LastEvaluatedKey: Key */
        [678] = {MREF(678, strings[737]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(678, structures[30].shape), 0, offsetof(struct awsc_dynamodb_scan_output, consumed_capacity), 0}, /* ScanOutput.ConsumedCapacity: ConsumedCapacity */
        [679] = {MREF(679, strings[796]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(679, collections[1].shape), 0, offsetof(struct awsc_dynamodb_search_result_item, item), 0}, /* SearchResultItem.Item: AttributeMap */
        [680] = {MREF(680, strings[7223]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(680, scalars[95]), AWSC_MEMBER_HAS(struct awsc_dynamodb_search_result_item, score, has_score), offsetof(struct awsc_dynamodb_search_result_item, score), 0}, /* SearchResultItem.Score: ScoreNumber */
        [681] = {MREF(681, strings[89]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(681, scalars[1]), 0, offsetof(struct awsc_dynamodb_search_schema_element, attribute_name), AWSC_MF_REQUIRED}, /* SearchSchemaElement.AttributeName: AttributeName */
        [682] = {MREF(682, strings[7229]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(682, enums[37].shape), 0, offsetof(struct awsc_dynamodb_search_schema_element, search_schema_element_type), AWSC_MF_REQUIRED}, /* SearchSchemaElement.SearchSchemaElementType: SearchSchemaElementType */
        [683] = {MREF(683, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(683, scalars[100]), 0, offsetof(struct awsc_dynamodb_search_vectors_input, table_name), AWSC_MF_REQUIRED}, /* SearchVectorsInput.TableName: TableArn */
        [684] = {MREF(684, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(684, scalars[51]), 0, offsetof(struct awsc_dynamodb_search_vectors_input, index_name), AWSC_MF_REQUIRED}, /* SearchVectorsInput.IndexName: IndexName */
        [685] = {MREF(685, strings[704]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(685, enums[29].shape), 0, offsetof(struct awsc_dynamodb_search_vectors_input, return_consumed_capacity), 0}, /* SearchVectorsInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [686] = {MREF(686, strings[1432]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(686, collections[19].shape), 0, offsetof(struct awsc_dynamodb_search_vectors_input, expression_attribute_names), 0}, /* SearchVectorsInput.ExpressionAttributeNames: ExpressionAttributeNameMap */
        [687] = {MREF(687, strings[1457]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(687, collections[20].shape), 0, offsetof(struct awsc_dynamodb_search_vectors_input, expression_attribute_values), 0}, /* SearchVectorsInput.ExpressionAttributeValues: ExpressionAttributeValueMap */
        [688] = {MREF(688, strings[3501]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(688, scalars[78]), 0, offsetof(struct awsc_dynamodb_search_vectors_input, projection_expression), 0}, /* SearchVectorsInput.ProjectionExpression: ProjectionExpression */
        [689] = {MREF(689, strings[7272]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(689, collections[71].shape), 0, offsetof(struct awsc_dynamodb_search_vectors_input, search_vector), AWSC_MF_REQUIRED}, /* SearchVectorsInput.SearchVector: SearchVectorList */
        [690] = {MREF(690, strings[7285]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(690, scalars[98]), 0, offsetof(struct awsc_dynamodb_search_vectors_input, search_condition_expression), 0}, /* SearchVectorsInput.SearchConditionExpression: String */
        [691] = {MREF(691, strings[7311]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(691, scalars[110]), AWSC_MEMBER_HAS(struct awsc_dynamodb_search_vectors_input, top_k, has_top_k), offsetof(struct awsc_dynamodb_search_vectors_input, top_k), AWSC_MF_REQUIRED}, /* SearchVectorsInput.TopK: TopKInteger */
        [692] = {MREF(692, strings[737]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(692, structures[263].shape), 0, offsetof(struct awsc_dynamodb_search_vectors_output, consumed_capacity), 0}, /* SearchVectorsOutput.ConsumedCapacity: VectorCapacity */
        [693] = {MREF(693, strings[7316]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(693, collections[69].shape), 0, offsetof(struct awsc_dynamodb_search_vectors_output, search_results), 0}, /* SearchVectorsOutput.SearchResults: SearchResultList */
        [694] = {MREF(694, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(694, scalars[103]), 0, offsetof(struct awsc_dynamodb_source_table_details, table_name), AWSC_MF_REQUIRED}, /* SourceTableDetails.TableName: TableName */
        [695] = {MREF(695, strings[626]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(695, scalars[102]), 0, offsetof(struct awsc_dynamodb_source_table_details, table_id), AWSC_MF_REQUIRED}, /* SourceTableDetails.TableId: TableId */
        [696] = {MREF(696, strings[634]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(696, scalars[100]), 0, offsetof(struct awsc_dynamodb_source_table_details, table_arn), 0}, /* SourceTableDetails.TableArn: TableArn */
        [697] = {MREF(697, strings[7396]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(697, scalars[66]), AWSC_MEMBER_HAS(struct awsc_dynamodb_source_table_details, table_size_bytes, has_table_size_bytes), offsetof(struct awsc_dynamodb_source_table_details, table_size_bytes), 0}, /* SourceTableDetails.TableSizeBytes: LongObject */
        [698] = {MREF(698, strings[1858]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(698, collections[41].shape), 0, offsetof(struct awsc_dynamodb_source_table_details, key_schema), AWSC_MF_REQUIRED}, /* SourceTableDetails.KeySchema: KeySchema */
        [699] = {MREF(699, strings[7411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(699, scalars[101]), AWSC_MEMBER_HAS(struct awsc_dynamodb_source_table_details, table_creation_date_time, has_table_creation_date_time), offsetof(struct awsc_dynamodb_source_table_details, table_creation_date_time), AWSC_MF_REQUIRED}, /* SourceTableDetails.TableCreationDateTime: TableCreationDateTime */
        [700] = {MREF(700, strings[1879]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(700, structures[167].shape), 0, offsetof(struct awsc_dynamodb_source_table_details, provisioned_throughput), AWSC_MF_REQUIRED}, /* SourceTableDetails.ProvisionedThroughput: ProvisionedThroughput */
        [701] = {MREF(701, strings[1901]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(701, structures[159].shape), 0, offsetof(struct awsc_dynamodb_source_table_details, on_demand_throughput), 0}, /* SourceTableDetails.OnDemandThroughput: OnDemandThroughput */
        [702] = {MREF(702, strings[3283]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(702, scalars[55]), AWSC_MEMBER_HAS(struct awsc_dynamodb_source_table_details, item_count, has_item_count), offsetof(struct awsc_dynamodb_source_table_details, item_count), 0}, /* SourceTableDetails.ItemCount: ItemCount */
        [703] = {MREF(703, strings[1196]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(703, enums[6].shape), 0, offsetof(struct awsc_dynamodb_source_table_details, billing_mode), 0}, /* SourceTableDetails.BillingMode: BillingMode */
        [704] = {MREF(704, strings[1528]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(704, collections[46].shape), 0, offsetof(struct awsc_dynamodb_source_table_feature_details, local_secondary_indexes), 0}, /* SourceTableFeatureDetails.LocalSecondaryIndexes: LocalSecondaryIndexes */
        [705] = {MREF(705, strings[1550]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(705, collections[26].shape), 0, offsetof(struct awsc_dynamodb_source_table_feature_details, global_secondary_indexes), 0}, /* SourceTableFeatureDetails.GlobalSecondaryIndexes: GlobalSecondaryIndexes */
        [706] = {MREF(706, strings[7433]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(706, structures[215].shape), 0, offsetof(struct awsc_dynamodb_source_table_feature_details, stream_description), 0}, /* SourceTableFeatureDetails.StreamDescription: StreamSpecification */
        [707] = {MREF(707, strings[2820]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(707, structures[228].shape), 0, offsetof(struct awsc_dynamodb_source_table_feature_details, time_to_live_description), 0}, /* SourceTableFeatureDetails.TimeToLiveDescription: TimeToLiveDescription */
        [708] = {MREF(708, strings[7451]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(708, structures[205].shape), 0, offsetof(struct awsc_dynamodb_source_table_feature_details, sse_description), 0}, /* SourceTableFeatureDetails.SSEDescription: SSEDescription */
        [709] = {MREF(709, strings[1573]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(709, collections[83].shape), 0, offsetof(struct awsc_dynamodb_source_table_feature_details, vector_indexes), 0}, /* SourceTableFeatureDetails.VectorIndexes: VectorIndexes */
        [710] = {MREF(710, strings[7466]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(710, scalars[97]), AWSC_MEMBER_HAS(struct awsc_dynamodb_stream_specification, stream_enabled, has_stream_enabled), offsetof(struct awsc_dynamodb_stream_specification, stream_enabled), AWSC_MF_REQUIRED}, /* StreamSpecification.StreamEnabled: StreamEnabled */
        [711] = {MREF(711, strings[7480]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(711, enums[39].shape), 0, offsetof(struct awsc_dynamodb_stream_specification, stream_view_type), 0}, /* StreamSpecification.StreamViewType: StreamViewType */
        [712] = {MREF(712, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(712, scalars[30]), 0, offsetof(struct awsc_dynamodb_table_already_exists_exception, message), 0}, /* TableAlreadyExistsException.message: ErrorMessage */
        [713] = {MREF(713, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(713, scalars[103]), 0, offsetof(struct awsc_dynamodb_table_auto_scaling_description, table_name), 0}, /* TableAutoScalingDescription.TableName: TableName */
        [714] = {MREF(714, strings[7572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(714, enums[41].shape), 0, offsetof(struct awsc_dynamodb_table_auto_scaling_description, table_status), 0}, /* TableAutoScalingDescription.TableStatus: TableStatus */
        [715] = {MREF(715, strings[7584]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(715, collections[55].shape), 0, offsetof(struct awsc_dynamodb_table_auto_scaling_description, replicas), 0}, /* TableAutoScalingDescription.Replicas: ReplicaAutoScalingDescriptionList */
        [716] = {MREF(716, strings[2156]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(716, enums[40].shape), 0, offsetof(struct awsc_dynamodb_table_class_summary, table_class), 0}, /* TableClassSummary.TableClass: TableClass */
        [717] = {MREF(717, strings[2529]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(717, scalars[26]), AWSC_MEMBER_HAS(struct awsc_dynamodb_table_class_summary, last_update_date_time, has_last_update_date_time), offsetof(struct awsc_dynamodb_table_class_summary, last_update_date_time), 0}, /* TableClassSummary.LastUpdateDateTime: Date */
        [718] = {MREF(718, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(718, scalars[103]), 0, offsetof(struct awsc_dynamodb_table_creation_parameters, table_name), AWSC_MF_REQUIRED}, /* TableCreationParameters.TableName: TableName */
        [719] = {MREF(719, strings[2093]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(719, collections[0].shape), 0, offsetof(struct awsc_dynamodb_table_creation_parameters, attribute_definitions), AWSC_MF_REQUIRED}, /* TableCreationParameters.AttributeDefinitions: AttributeDefinitions */
        [720] = {MREF(720, strings[1858]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(720, collections[41].shape), 0, offsetof(struct awsc_dynamodb_table_creation_parameters, key_schema), AWSC_MF_REQUIRED}, /* TableCreationParameters.KeySchema: KeySchema */
        [721] = {MREF(721, strings[1196]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(721, enums[6].shape), 0, offsetof(struct awsc_dynamodb_table_creation_parameters, billing_mode), 0}, /* TableCreationParameters.BillingMode: BillingMode */
        [722] = {MREF(722, strings[1879]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(722, structures[167].shape), 0, offsetof(struct awsc_dynamodb_table_creation_parameters, provisioned_throughput), 0}, /* TableCreationParameters.ProvisionedThroughput: ProvisionedThroughput */
        [723] = {MREF(723, strings[1901]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(723, structures[159].shape), 0, offsetof(struct awsc_dynamodb_table_creation_parameters, on_demand_throughput), 0}, /* TableCreationParameters.OnDemandThroughput: OnDemandThroughput */
        [724] = {MREF(724, strings[2134]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(724, structures[206].shape), 0, offsetof(struct awsc_dynamodb_table_creation_parameters, sse_specification), 0}, /* TableCreationParameters.SSESpecification: SSESpecification */
        [725] = {MREF(725, strings[1550]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(725, collections[24].shape), 0, offsetof(struct awsc_dynamodb_table_creation_parameters, global_secondary_indexes), 0}, /* TableCreationParameters.GlobalSecondaryIndexes: GlobalSecondaryIndexList */
        [726] = {MREF(726, strings[1573]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(726, collections[81].shape), 0, offsetof(struct awsc_dynamodb_table_creation_parameters, vector_indexes), 0}, /* TableCreationParameters.VectorIndexes: VectorIndexList */
        [727] = {MREF(727, strings[2093]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(727, collections[0].shape), 0, offsetof(struct awsc_dynamodb_table_description, attribute_definitions), 0}, /* TableDescription.AttributeDefinitions: AttributeDefinitions */
        [728] = {MREF(728, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(728, scalars[103]), 0, offsetof(struct awsc_dynamodb_table_description, table_name), 0}, /* TableDescription.TableName: TableName */
        [729] = {MREF(729, strings[1858]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(729, collections[41].shape), 0, offsetof(struct awsc_dynamodb_table_description, key_schema), 0}, /* TableDescription.KeySchema: KeySchema */
        [730] = {MREF(730, strings[7572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(730, enums[41].shape), 0, offsetof(struct awsc_dynamodb_table_description, table_status), 0}, /* TableDescription.TableStatus: TableStatus */
        [731] = {MREF(731, strings[3751]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(731, scalars[26]), AWSC_MEMBER_HAS(struct awsc_dynamodb_table_description, creation_date_time, has_creation_date_time), offsetof(struct awsc_dynamodb_table_description, creation_date_time), 0}, /* TableDescription.CreationDateTime: Date */
        [732] = {MREF(732, strings[1879]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(732, structures[168].shape), 0, offsetof(struct awsc_dynamodb_table_description, provisioned_throughput), 0}, /* TableDescription.ProvisionedThroughput: ProvisionedThroughputDescription */
        [733] = {MREF(733, strings[7396]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(733, scalars[66]), AWSC_MEMBER_HAS(struct awsc_dynamodb_table_description, table_size_bytes, has_table_size_bytes), offsetof(struct awsc_dynamodb_table_description, table_size_bytes), 0}, /* TableDescription.TableSizeBytes: LongObject */
        [734] = {MREF(734, strings[3283]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(734, scalars[66]), AWSC_MEMBER_HAS(struct awsc_dynamodb_table_description, item_count, has_item_count), offsetof(struct awsc_dynamodb_table_description, item_count), 0}, /* TableDescription.ItemCount: LongObject */
        [735] = {MREF(735, strings[634]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(735, scalars[98]), 0, offsetof(struct awsc_dynamodb_table_description, table_arn), 0}, /* TableDescription.TableArn: String */
        [736] = {MREF(736, strings[626]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(736, scalars[102]), 0, offsetof(struct awsc_dynamodb_table_description, table_id), 0}, /* TableDescription.TableId: TableId */
        [737] = {MREF(737, strings[7629]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(737, structures[24].shape), 0, offsetof(struct awsc_dynamodb_table_description, billing_mode_summary), 0}, /* TableDescription.BillingModeSummary: BillingModeSummary */
        [738] = {MREF(738, strings[1528]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(738, collections[44].shape), 0, offsetof(struct awsc_dynamodb_table_description, local_secondary_indexes), 0}, /* TableDescription.LocalSecondaryIndexes: LocalSecondaryIndexDescriptionList */
        [739] = {MREF(739, strings[1550]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(739, collections[23].shape), 0, offsetof(struct awsc_dynamodb_table_description, global_secondary_indexes), 0}, /* TableDescription.GlobalSecondaryIndexes: GlobalSecondaryIndexDescriptionList */
        [740] = {MREF(740, strings[2114]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(740, structures[215].shape), 0, offsetof(struct awsc_dynamodb_table_description, stream_specification), 0}, /* TableDescription.StreamSpecification: StreamSpecification */
        [741] = {MREF(741, strings[7648]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(741, scalars[98]), 0, offsetof(struct awsc_dynamodb_table_description, latest_stream_label), 0}, /* TableDescription.LatestStreamLabel: String */
        [742] = {MREF(742, strings[7666]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(742, scalars[96]), 0, offsetof(struct awsc_dynamodb_table_description, latest_stream_arn), 0}, /* TableDescription.LatestStreamArn: StreamArn */
        [743] = {MREF(743, strings[7682]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(743, scalars[98]), 0, offsetof(struct awsc_dynamodb_table_description, global_table_version), 0}, /* TableDescription.GlobalTableVersion: String */
        [744] = {MREF(744, strings[7584]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(744, collections[57].shape), 0, offsetof(struct awsc_dynamodb_table_description, replicas), 0}, /* TableDescription.Replicas: ReplicaDescriptionList */
        [745] = {MREF(745, strings[7701]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(745, collections[29].shape), 0, offsetof(struct awsc_dynamodb_table_description, global_table_witnesses), 0}, /* TableDescription.GlobalTableWitnesses: GlobalTableWitnessDescriptionList */
        [746] = {MREF(746, strings[2229]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(746, enums[18].shape), 0, offsetof(struct awsc_dynamodb_table_description, global_table_settings_replication_mode), 0}, /* TableDescription.GlobalTableSettingsReplicationMode: GlobalTableSettingsReplicationMode */
        [747] = {MREF(747, strings[7722]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(747, structures[199].shape), 0, offsetof(struct awsc_dynamodb_table_description, restore_summary), 0}, /* TableDescription.RestoreSummary: RestoreSummary */
        [748] = {MREF(748, strings[7451]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(748, structures[205].shape), 0, offsetof(struct awsc_dynamodb_table_description, sse_description), 0}, /* TableDescription.SSEDescription: SSEDescription */
        [749] = {MREF(749, strings[7737]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(749, structures[0].shape), 0, offsetof(struct awsc_dynamodb_table_description, archival_summary), 0}, /* TableDescription.ArchivalSummary: ArchivalSummary */
        [750] = {MREF(750, strings[7753]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(750, structures[218].shape), 0, offsetof(struct awsc_dynamodb_table_description, table_class_summary), 0}, /* TableDescription.TableClassSummary: TableClassSummary */
        [751] = {MREF(751, strings[2167]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(751, scalars[27]), AWSC_MEMBER_HAS(struct awsc_dynamodb_table_description, deletion_protection_enabled, has_deletion_protection_enabled), offsetof(struct awsc_dynamodb_table_description, deletion_protection_enabled), 0}, /* TableDescription.DeletionProtectionEnabled: DeletionProtectionEnabled */
        [752] = {MREF(752, strings[1901]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(752, structures[159].shape), 0, offsetof(struct awsc_dynamodb_table_description, on_demand_throughput), 0}, /* TableDescription.OnDemandThroughput: OnDemandThroughput */
        [753] = {MREF(753, strings[1920]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(753, structures[223].shape), 0, offsetof(struct awsc_dynamodb_table_description, warm_throughput), 0}, /* TableDescription.WarmThroughput: TableWarmThroughputDescription */
        [754] = {MREF(754, strings[7771]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(754, enums[25].shape), 0, offsetof(struct awsc_dynamodb_table_description, multi_region_consistency), 0}, /* TableDescription.MultiRegionConsistency: MultiRegionConsistency */
        [755] = {MREF(755, strings[1573]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(755, collections[80].shape), 0, offsetof(struct awsc_dynamodb_table_description, vector_indexes), 0}, /* TableDescription.VectorIndexes: VectorIndexDescriptionList */
        [756] = {MREF(756, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(756, scalars[30]), 0, offsetof(struct awsc_dynamodb_table_in_use_exception, message), 0}, /* TableInUseException.message: ErrorMessage */
        [757] = {MREF(757, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(757, scalars[30]), 0, offsetof(struct awsc_dynamodb_table_not_found_exception, message), 0}, /* TableNotFoundException.message: ErrorMessage */
        [758] = {MREF(758, strings[3656]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(758, scalars[76]), AWSC_MEMBER_HAS(struct awsc_dynamodb_table_warm_throughput_description, read_units_per_second, has_read_units_per_second), offsetof(struct awsc_dynamodb_table_warm_throughput_description, read_units_per_second), 0}, /* TableWarmThroughputDescription.ReadUnitsPerSecond: PositiveLongObject */
        [759] = {MREF(759, strings[3675]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(759, scalars[76]), AWSC_MEMBER_HAS(struct awsc_dynamodb_table_warm_throughput_description, write_units_per_second, has_write_units_per_second), offsetof(struct awsc_dynamodb_table_warm_throughput_description, write_units_per_second), 0}, /* TableWarmThroughputDescription.WriteUnitsPerSecond: PositiveLongObject */
        [760] = {MREF(760, strings[3695]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(760, enums[41].shape), 0, offsetof(struct awsc_dynamodb_table_warm_throughput_description, status), 0}, /* TableWarmThroughputDescription.Status: TableStatus */
        [761] = {MREF(761, strings[1408]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(761, scalars[104]), 0, offsetof(struct awsc_dynamodb_tag, key), AWSC_MF_REQUIRED}, /* Tag.Key: TagKeyString */
        [762] = {MREF(762, strings[146]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(762, scalars[105]), 0, offsetof(struct awsc_dynamodb_tag, value), AWSC_MF_REQUIRED}, /* Tag.Value: TagValueString */
        [763] = {MREF(763, strings[2430]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(763, scalars[85]), 0, offsetof(struct awsc_dynamodb_tag_resource_input, resource_arn), AWSC_MF_REQUIRED}, /* TagResourceInput.ResourceArn: ResourceArnString */
        [764] = {MREF(764, strings[2151]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(764, collections[76].shape), 0, offsetof(struct awsc_dynamodb_tag_resource_input, tags), AWSC_MF_REQUIRED}, /* TagResourceInput.Tags: TagList */
        [765] = {MREF(765, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(765, scalars[4]), 0, offsetof(struct awsc_dynamodb_throttling_exception, message), 0}, /* ThrottlingException.message: AvailabilityErrorMessage */
        [766] = {MREF(766, strings[7973]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(766, collections[77].shape), 0, offsetof(struct awsc_dynamodb_throttling_exception, throttling_reasons), 0}, /* ThrottlingException.throttlingReasons: ThrottlingReasonList */
        [767] = {MREF(767, strings[7991]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(767, scalars[79]), 0, offsetof(struct awsc_dynamodb_throttling_reason, reason), 0}, /* ThrottlingReason.reason: Reason */
        [768] = {MREF(768, strings[7998]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(768, scalars[84]), 0, offsetof(struct awsc_dynamodb_throttling_reason, resource), 0}, /* ThrottlingReason.resource: Resource */
        [769] = {MREF(769, strings[8007]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(769, enums[42].shape), 0, offsetof(struct awsc_dynamodb_time_to_live_description, time_to_live_status), 0}, /* TimeToLiveDescription.TimeToLiveStatus: TimeToLiveStatus */
        [770] = {MREF(770, strings[89]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(770, scalars[108]), 0, offsetof(struct awsc_dynamodb_time_to_live_description, attribute_name), 0}, /* TimeToLiveDescription.AttributeName: TimeToLiveAttributeName */
        [771] = {MREF(771, strings[7131]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(771, scalars[109]), AWSC_MEMBER_HAS(struct awsc_dynamodb_time_to_live_specification, enabled, has_enabled), offsetof(struct awsc_dynamodb_time_to_live_specification, enabled), AWSC_MF_REQUIRED}, /* TimeToLiveSpecification.Enabled: TimeToLiveEnabled */
        [772] = {MREF(772, strings[89]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(772, scalars[108]), 0, offsetof(struct awsc_dynamodb_time_to_live_specification, attribute_name), AWSC_MF_REQUIRED}, /* TimeToLiveSpecification.AttributeName: TimeToLiveAttributeName */
        [773] = {MREF(773, strings[8060]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(773, structures[102].shape), 0, offsetof(struct awsc_dynamodb_transact_get_item, get), AWSC_MF_REQUIRED}, /* TransactGetItem.Get: Get */
        [774] = {MREF(774, strings[8064]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(774, collections[78].shape), 0, offsetof(struct awsc_dynamodb_transact_get_items_input, transact_items), AWSC_MF_REQUIRED}, /* TransactGetItemsInput.TransactItems: TransactGetItemList */
        [775] = {MREF(775, strings[704]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(775, enums[29].shape), 0, offsetof(struct awsc_dynamodb_transact_get_items_input, return_consumed_capacity), 0}, /* TransactGetItemsInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [776] = {MREF(776, strings[737]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(776, collections[12].shape), 0, offsetof(struct awsc_dynamodb_transact_get_items_output, consumed_capacity), 0}, /* TransactGetItemsOutput.ConsumedCapacity: ConsumedCapacityMultiple */
        [777] = {MREF(777, strings[727]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(777, collections[37].shape), 0, offsetof(struct awsc_dynamodb_transact_get_items_output, responses), 0}, /* TransactGetItemsOutput.Responses: ItemResponseList */
        [778] = {MREF(778, strings[8078]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(778, structures[28].shape), 0, offsetof(struct awsc_dynamodb_transact_write_item, condition_check), 0}, /* TransactWriteItem.ConditionCheck: ConditionCheck */
        [779] = {MREF(779, strings[8093]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(779, structures[171].shape), 0, offsetof(struct awsc_dynamodb_transact_write_item, put), 0}, /* TransactWriteItem.Put: Put */
        [780] = {MREF(780, strings[3649]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(780, structures[46].shape), 0, offsetof(struct awsc_dynamodb_transact_write_item, delete_), 0}, /* TransactWriteItem.Delete: Delete */
        [781] = {MREF(781, strings[3635]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(781, structures[240].shape), 0, offsetof(struct awsc_dynamodb_transact_write_item, update), 0}, /* TransactWriteItem.Update: Update */
        [782] = {MREF(782, strings[8064]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(782, collections[79].shape), 0, offsetof(struct awsc_dynamodb_transact_write_items_input, transact_items), AWSC_MF_REQUIRED}, /* TransactWriteItemsInput.TransactItems: TransactWriteItemList */
        [783] = {MREF(783, strings[704]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(783, enums[29].shape), 0, offsetof(struct awsc_dynamodb_transact_write_items_input, return_consumed_capacity), 0}, /* TransactWriteItemsInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [784] = {MREF(784, strings[1101]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(784, enums[30].shape), 0, offsetof(struct awsc_dynamodb_transact_write_items_input, return_item_collection_metrics), 0}, /* TransactWriteItemsInput.ReturnItemCollectionMetrics: ReturnItemCollectionMetrics */
        [785] = {MREF(785, strings[3047]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(785, scalars[15]), 0, offsetof(struct awsc_dynamodb_transact_write_items_input, client_request_token), AWSC_MF_IDEMPOTENCY_TOKEN}, /* TransactWriteItemsInput.ClientRequestToken: ClientRequestToken */
        [786] = {MREF(786, strings[737]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(786, collections[12].shape), 0, offsetof(struct awsc_dynamodb_transact_write_items_output, consumed_capacity), 0}, /* TransactWriteItemsOutput.ConsumedCapacity: ConsumedCapacityMultiple */
        [787] = {MREF(787, strings[1146]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(787, collections[34].shape), 0, offsetof(struct awsc_dynamodb_transact_write_items_output, item_collection_metrics), 0}, /* TransactWriteItemsOutput.ItemCollectionMetrics: ItemCollectionMetricsPerTable */
        [788] = {MREF(788, strings[788]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(788, scalars[30]), 0, offsetof(struct awsc_dynamodb_transaction_canceled_exception, message), 0}, /* TransactionCanceledException.Message: ErrorMessage */
        [789] = {MREF(789, strings[8126]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(789, collections[11].shape), 0, offsetof(struct awsc_dynamodb_transaction_canceled_exception, cancellation_reasons), 0}, /* TransactionCanceledException.CancellationReasons: CancellationReasonList */
        [790] = {MREF(790, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(790, scalars[30]), 0, offsetof(struct awsc_dynamodb_transaction_conflict_exception, message), 0}, /* TransactionConflictException.message: ErrorMessage */
        [791] = {MREF(791, strings[788]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(791, scalars[30]), 0, offsetof(struct awsc_dynamodb_transaction_in_progress_exception, message), 0}, /* TransactionInProgressException.Message: ErrorMessage */
        [792] = {MREF(792, strings[2430]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(792, scalars[85]), 0, offsetof(struct awsc_dynamodb_untag_resource_input, resource_arn), AWSC_MF_REQUIRED}, /* UntagResourceInput.ResourceArn: ResourceArnString */
        [793] = {MREF(793, strings[8206]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(793, collections[75].shape), 0, offsetof(struct awsc_dynamodb_untag_resource_input, tag_keys), AWSC_MF_REQUIRED}, /* UntagResourceInput.TagKeys: TagKeyList */
        [794] = {MREF(794, strings[1408]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(794, collections[38].shape), 0, offsetof(struct awsc_dynamodb_update, key), AWSC_MF_REQUIRED}, /* Update.Key: Key */
        [795] = {MREF(795, strings[8214]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(795, scalars[111]), 0, offsetof(struct awsc_dynamodb_update, update_expression), AWSC_MF_REQUIRED}, /* Update.UpdateExpression: UpdateExpression */
        [796] = {MREF(796, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(796, scalars[100]), 0, offsetof(struct awsc_dynamodb_update, table_name), AWSC_MF_REQUIRED}, /* Update.TableName: TableArn */
        [797] = {MREF(797, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(797, scalars[19]), 0, offsetof(struct awsc_dynamodb_update, condition_expression), 0}, /* Update.ConditionExpression: ConditionExpression */
        [798] = {MREF(798, strings[1432]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(798, collections[19].shape), 0, offsetof(struct awsc_dynamodb_update, expression_attribute_names), 0}, /* Update.ExpressionAttributeNames: ExpressionAttributeNameMap */
        [799] = {MREF(799, strings[1457]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(799, collections[20].shape), 0, offsetof(struct awsc_dynamodb_update, expression_attribute_values), 0}, /* Update.ExpressionAttributeValues: ExpressionAttributeValueMap */
        [800] = {MREF(800, strings[1059]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(800, enums[32].shape), 0, offsetof(struct awsc_dynamodb_update, return_values_on_condition_check_failure), 0}, /* Update.ReturnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure */
        [801] = {MREF(801, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(801, scalars[100]), 0, offsetof(struct awsc_dynamodb_update_continuous_backups_input, table_name), AWSC_MF_REQUIRED}, /* UpdateContinuousBackupsInput.TableName: TableArn */
        [802] = {MREF(802, strings[8231]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(802, structures[163].shape), 0, offsetof(struct awsc_dynamodb_update_continuous_backups_input, point_in_time_recovery_specification), AWSC_MF_REQUIRED}, /* UpdateContinuousBackupsInput.PointInTimeRecoverySpecification: PointInTimeRecoverySpecification */
        [803] = {MREF(803, strings[2472]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(803, structures[31].shape), 0, offsetof(struct awsc_dynamodb_update_continuous_backups_output, continuous_backups_description), 0}, /* UpdateContinuousBackupsOutput.ContinuousBackupsDescription: ContinuousBackupsDescription */
        [804] = {MREF(804, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(804, scalars[100]), 0, offsetof(struct awsc_dynamodb_update_contributor_insights_input, table_name), AWSC_MF_REQUIRED}, /* UpdateContributorInsightsInput.TableName: TableArn */
        [805] = {MREF(805, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(805, scalars[51]), 0, offsetof(struct awsc_dynamodb_update_contributor_insights_input, index_name), 0}, /* UpdateContributorInsightsInput.IndexName: IndexName */
        [806] = {MREF(806, strings[8264]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(806, enums[10].shape), 0, offsetof(struct awsc_dynamodb_update_contributor_insights_input, contributor_insights_action), AWSC_MF_REQUIRED}, /* UpdateContributorInsightsInput.ContributorInsightsAction: ContributorInsightsAction */
        [807] = {MREF(807, strings[1834]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(807, enums[11].shape), 0, offsetof(struct awsc_dynamodb_update_contributor_insights_input, contributor_insights_mode), 0}, /* UpdateContributorInsightsInput.ContributorInsightsMode: ContributorInsightsMode */
        [808] = {MREF(808, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(808, scalars[103]), 0, offsetof(struct awsc_dynamodb_update_contributor_insights_output, table_name), 0}, /* UpdateContributorInsightsOutput.TableName: TableName */
        [809] = {MREF(809, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(809, scalars[51]), 0, offsetof(struct awsc_dynamodb_update_contributor_insights_output, index_name), 0}, /* UpdateContributorInsightsOutput.IndexName: IndexName */
        [810] = {MREF(810, strings[1808]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(810, enums[12].shape), 0, offsetof(struct awsc_dynamodb_update_contributor_insights_output, contributor_insights_status), 0}, /* UpdateContributorInsightsOutput.ContributorInsightsStatus: ContributorInsightsStatus */
        [811] = {MREF(811, strings[1834]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(811, enums[11].shape), 0, offsetof(struct awsc_dynamodb_update_contributor_insights_output, contributor_insights_mode), 0}, /* UpdateContributorInsightsOutput.ContributorInsightsMode: ContributorInsightsMode */
        [812] = {MREF(812, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(812, scalars[51]), 0, offsetof(struct awsc_dynamodb_update_global_secondary_index_action, index_name), AWSC_MF_REQUIRED}, /* UpdateGlobalSecondaryIndexAction.IndexName: IndexName */
        [813] = {MREF(813, strings[1879]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(813, structures[167].shape), 0, offsetof(struct awsc_dynamodb_update_global_secondary_index_action, provisioned_throughput), 0}, /* UpdateGlobalSecondaryIndexAction.ProvisionedThroughput: ProvisionedThroughput */
        [814] = {MREF(814, strings[1901]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(814, structures[159].shape), 0, offsetof(struct awsc_dynamodb_update_global_secondary_index_action, on_demand_throughput), 0}, /* UpdateGlobalSecondaryIndexAction.OnDemandThroughput: OnDemandThroughput */
        [815] = {MREF(815, strings[1920]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(815, structures[268].shape), 0, offsetof(struct awsc_dynamodb_update_global_secondary_index_action, warm_throughput), 0}, /* UpdateGlobalSecondaryIndexAction.WarmThroughput: WarmThroughput */
        [816] = {MREF(816, strings[1935]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(816, scalars[103]), 0, offsetof(struct awsc_dynamodb_update_global_table_input, global_table_name), AWSC_MF_REQUIRED}, /* UpdateGlobalTableInput.GlobalTableName: TableName */
        [817] = {MREF(817, strings[8290]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(817, collections[67].shape), 0, offsetof(struct awsc_dynamodb_update_global_table_input, replica_updates), AWSC_MF_REQUIRED}, /* UpdateGlobalTableInput.ReplicaUpdates: ReplicaUpdateList */
        [818] = {MREF(818, strings[1968]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(818, structures[115].shape), 0, offsetof(struct awsc_dynamodb_update_global_table_output, global_table_description), 0}, /* UpdateGlobalTableOutput.GlobalTableDescription: GlobalTableDescription */
        [819] = {MREF(819, strings[1935]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(819, scalars[103]), 0, offsetof(struct awsc_dynamodb_update_global_table_settings_input, global_table_name), AWSC_MF_REQUIRED}, /* UpdateGlobalTableSettingsInput.GlobalTableName: TableName */
        [820] = {MREF(820, strings[8305]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(820, enums[6].shape), 0, offsetof(struct awsc_dynamodb_update_global_table_settings_input, global_table_billing_mode), 0}, /* UpdateGlobalTableSettingsInput.GlobalTableBillingMode: BillingMode */
        [821] = {MREF(821, strings[8328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(821, scalars[76]), AWSC_MEMBER_HAS(struct awsc_dynamodb_update_global_table_settings_input, global_table_provisioned_write_capacity_units, has_global_table_provisioned_write_capacity_units), offsetof(struct awsc_dynamodb_update_global_table_settings_input, global_table_provisioned_write_capacity_units), 0}, /* UpdateGlobalTableSettingsInput.GlobalTableProvisionedWriteCapacityUnits: PositiveLongObject */
        [822] = {MREF(822, strings[8369]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(822, structures[7].shape), 0, offsetof(struct awsc_dynamodb_update_global_table_settings_input, global_table_provisioned_write_capacity_auto_scaling_settings_update), 0}, /* UpdateGlobalTableSettingsInput.GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate: AutoScalingSettingsUpdate */
        [823] = {MREF(823, strings[8430]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(823, collections[27].shape), 0, offsetof(struct awsc_dynamodb_update_global_table_settings_input, global_table_global_secondary_index_settings_update), 0}, /* UpdateGlobalTableSettingsInput.GlobalTableGlobalSecondaryIndexSettingsUpdate: GlobalTableGlobalSecondaryIndexSettingsUpdateList */
        [824] = {MREF(824, strings[8476]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(824, collections[66].shape), 0, offsetof(struct awsc_dynamodb_update_global_table_settings_input, replica_settings_update), 0}, /* UpdateGlobalTableSettingsInput.ReplicaSettingsUpdate: ReplicaSettingsUpdateList */
        [825] = {MREF(825, strings[1935]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(825, scalars[103]), 0, offsetof(struct awsc_dynamodb_update_global_table_settings_output, global_table_name), 0}, /* UpdateGlobalTableSettingsOutput.GlobalTableName: TableName */
        [826] = {MREF(826, strings[2603]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(826, collections[65].shape), 0, offsetof(struct awsc_dynamodb_update_global_table_settings_output, replica_settings), 0}, /* UpdateGlobalTableSettingsOutput.ReplicaSettings: ReplicaSettingsDescriptionList */
        [827] = {MREF(827, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(827, scalars[100]), 0, offsetof(struct awsc_dynamodb_update_item_input, table_name), AWSC_MF_REQUIRED}, /* UpdateItemInput.TableName: TableArn */
        [828] = {MREF(828, strings[1408]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(828, collections[38].shape), 0, offsetof(struct awsc_dynamodb_update_item_input, key), AWSC_MF_REQUIRED}, /* UpdateItemInput.Key: Key */
        [829] = {MREF(829, strings[8498]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(829, collections[3].shape), 0, offsetof(struct awsc_dynamodb_update_item_input, attribute_updates), 0}, /* UpdateItemInput.AttributeUpdates: AttributeUpdates */
        [830] = {MREF(830, strings[2377]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(830, collections[17].shape), 0, offsetof(struct awsc_dynamodb_update_item_input, expected), 0}, /* UpdateItemInput.Expected: ExpectedAttributeMap */
        [831] = {MREF(831, strings[2386]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(831, enums[8].shape), 0, offsetof(struct awsc_dynamodb_update_item_input, conditional_operator), 0}, /* UpdateItemInput.ConditionalOperator: ConditionalOperator */
        [832] = {MREF(832, strings[2406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(832, enums[31].shape), 0, offsetof(struct awsc_dynamodb_update_item_input, return_values), 0}, /* UpdateItemInput.ReturnValues: ReturnValue */
        [833] = {MREF(833, strings[704]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(833, enums[29].shape), 0, offsetof(struct awsc_dynamodb_update_item_input, return_consumed_capacity), 0}, /* UpdateItemInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [834] = {MREF(834, strings[1101]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(834, enums[30].shape), 0, offsetof(struct awsc_dynamodb_update_item_input, return_item_collection_metrics), 0}, /* UpdateItemInput.ReturnItemCollectionMetrics: ReturnItemCollectionMetrics */
        [835] = {MREF(835, strings[8214]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(835, scalars[111]), 0, offsetof(struct awsc_dynamodb_update_item_input, update_expression), 0}, /* UpdateItemInput.UpdateExpression: UpdateExpression */
        [836] = {MREF(836, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(836, scalars[19]), 0, offsetof(struct awsc_dynamodb_update_item_input, condition_expression), 0}, /* UpdateItemInput.ConditionExpression: ConditionExpression */
        [837] = {MREF(837, strings[1432]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(837, collections[19].shape), 0, offsetof(struct awsc_dynamodb_update_item_input, expression_attribute_names), 0}, /* UpdateItemInput.ExpressionAttributeNames: ExpressionAttributeNameMap */
        [838] = {MREF(838, strings[1457]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(838, collections[20].shape), 0, offsetof(struct awsc_dynamodb_update_item_input, expression_attribute_values), 0}, /* UpdateItemInput.ExpressionAttributeValues: ExpressionAttributeValueMap */
        [839] = {MREF(839, strings[1059]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(839, enums[32].shape), 0, offsetof(struct awsc_dynamodb_update_item_input, return_values_on_condition_check_failure), 0}, /* UpdateItemInput.ReturnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure */
        [840] = {MREF(840, strings[2419]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(840, collections[1].shape), 0, offsetof(struct awsc_dynamodb_update_item_output, attributes), 0}, /* UpdateItemOutput.Attributes: AttributeMap */
        [841] = {MREF(841, strings[737]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(841, structures[30].shape), 0, offsetof(struct awsc_dynamodb_update_item_output, consumed_capacity), 0}, /* UpdateItemOutput.ConsumedCapacity: ConsumedCapacity */
        [842] = {MREF(842, strings[1146]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(842, structures[133].shape), 0, offsetof(struct awsc_dynamodb_update_item_output, item_collection_metrics), 0}, /* UpdateItemOutput.ItemCollectionMetrics: ItemCollectionMetrics */
        [843] = {MREF(843, strings[2923]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(843, enums[0].shape), 0, offsetof(struct awsc_dynamodb_update_kinesis_streaming_configuration, approximate_creation_date_time_precision), 0}, /* UpdateKinesisStreamingConfiguration.ApproximateCreationDateTimePrecision: ApproximateCreationDateTimePrecision */
        [844] = {MREF(844, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(844, scalars[100]), 0, offsetof(struct awsc_dynamodb_update_kinesis_streaming_destination_input, table_name), AWSC_MF_REQUIRED}, /* UpdateKinesisStreamingDestinationInput.TableName: TableArn */
        [845] = {MREF(845, strings[4630]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(845, scalars[96]), 0, offsetof(struct awsc_dynamodb_update_kinesis_streaming_destination_input, stream_arn), AWSC_MF_REQUIRED}, /* UpdateKinesisStreamingDestinationInput.StreamArn: StreamArn */
        [846] = {MREF(846, strings[8515]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(846, structures[252].shape), 0, offsetof(struct awsc_dynamodb_update_kinesis_streaming_destination_input, update_kinesis_streaming_configuration), 0}, /* UpdateKinesisStreamingDestinationInput.UpdateKinesisStreamingConfiguration: UpdateKinesisStreamingConfiguration */
        [847] = {MREF(847, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(847, scalars[103]), 0, offsetof(struct awsc_dynamodb_update_kinesis_streaming_destination_output, table_name), 0}, /* UpdateKinesisStreamingDestinationOutput.TableName: TableName */
        [848] = {MREF(848, strings[4630]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(848, scalars[96]), 0, offsetof(struct awsc_dynamodb_update_kinesis_streaming_destination_output, stream_arn), 0}, /* UpdateKinesisStreamingDestinationOutput.StreamArn: StreamArn */
        [849] = {MREF(849, strings[4640]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(849, enums[13].shape), 0, offsetof(struct awsc_dynamodb_update_kinesis_streaming_destination_output, destination_status), 0}, /* UpdateKinesisStreamingDestinationOutput.DestinationStatus: DestinationStatus */
        [850] = {MREF(850, strings[8515]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(850, structures[252].shape), 0, offsetof(struct awsc_dynamodb_update_kinesis_streaming_destination_output, update_kinesis_streaming_configuration), 0}, /* UpdateKinesisStreamingDestinationOutput.UpdateKinesisStreamingConfiguration: UpdateKinesisStreamingConfiguration */
        [851] = {MREF(851, strings[1991]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(851, scalars[81]), 0, offsetof(struct awsc_dynamodb_update_replication_group_member_action, region_name), AWSC_MF_REQUIRED}, /* UpdateReplicationGroupMemberAction.RegionName: RegionName */
        [852] = {MREF(852, strings[2002]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(852, scalars[57]), 0, offsetof(struct awsc_dynamodb_update_replication_group_member_action, kms_master_key_id), 0}, /* UpdateReplicationGroupMemberAction.KMSMasterKeyId: KMSMasterKeyId */
        [853] = {MREF(853, strings[2017]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(853, structures[170].shape), 0, offsetof(struct awsc_dynamodb_update_replication_group_member_action, provisioned_throughput_override), 0}, /* UpdateReplicationGroupMemberAction.ProvisionedThroughputOverride: ProvisionedThroughputOverride */
        [854] = {MREF(854, strings[2047]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(854, structures[160].shape), 0, offsetof(struct awsc_dynamodb_update_replication_group_member_action, on_demand_throughput_override), 0}, /* UpdateReplicationGroupMemberAction.OnDemandThroughputOverride: OnDemandThroughputOverride */
        [855] = {MREF(855, strings[1550]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(855, collections[61].shape), 0, offsetof(struct awsc_dynamodb_update_replication_group_member_action, global_secondary_indexes), 0}, /* UpdateReplicationGroupMemberAction.GlobalSecondaryIndexes: ReplicaGlobalSecondaryIndexList */
        [856] = {MREF(856, strings[2074]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(856, enums[40].shape), 0, offsetof(struct awsc_dynamodb_update_replication_group_member_action, table_class_override), 0}, /* UpdateReplicationGroupMemberAction.TableClassOverride: TableClass */
        [857] = {MREF(857, strings[2093]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(857, collections[0].shape), 0, offsetof(struct awsc_dynamodb_update_table_input, attribute_definitions), 0}, /* UpdateTableInput.AttributeDefinitions: AttributeDefinitions */
        [858] = {MREF(858, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(858, scalars[100]), 0, offsetof(struct awsc_dynamodb_update_table_input, table_name), AWSC_MF_REQUIRED}, /* UpdateTableInput.TableName: TableArn */
        [859] = {MREF(859, strings[1196]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(859, enums[6].shape), 0, offsetof(struct awsc_dynamodb_update_table_input, billing_mode), 0}, /* UpdateTableInput.BillingMode: BillingMode */
        [860] = {MREF(860, strings[1879]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(860, structures[167].shape), 0, offsetof(struct awsc_dynamodb_update_table_input, provisioned_throughput), 0}, /* UpdateTableInput.ProvisionedThroughput: ProvisionedThroughput */
        [861] = {MREF(861, strings[8551]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(861, collections[25].shape), 0, offsetof(struct awsc_dynamodb_update_table_input, global_secondary_index_updates), 0}, /* UpdateTableInput.GlobalSecondaryIndexUpdates: GlobalSecondaryIndexUpdateList */
        [862] = {MREF(862, strings[2114]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(862, structures[215].shape), 0, offsetof(struct awsc_dynamodb_update_table_input, stream_specification), 0}, /* UpdateTableInput.StreamSpecification: StreamSpecification */
        [863] = {MREF(863, strings[2134]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(863, structures[206].shape), 0, offsetof(struct awsc_dynamodb_update_table_input, sse_specification), 0}, /* UpdateTableInput.SSESpecification: SSESpecification */
        [864] = {MREF(864, strings[8290]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(864, collections[68].shape), 0, offsetof(struct awsc_dynamodb_update_table_input, replica_updates), 0}, /* UpdateTableInput.ReplicaUpdates: ReplicationGroupUpdateList */
        [865] = {MREF(865, strings[2156]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(865, enums[40].shape), 0, offsetof(struct awsc_dynamodb_update_table_input, table_class), 0}, /* UpdateTableInput.TableClass: TableClass */
        [866] = {MREF(866, strings[2167]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(866, scalars[27]), AWSC_MEMBER_HAS(struct awsc_dynamodb_update_table_input, deletion_protection_enabled, has_deletion_protection_enabled), offsetof(struct awsc_dynamodb_update_table_input, deletion_protection_enabled), 0}, /* UpdateTableInput.DeletionProtectionEnabled: DeletionProtectionEnabled */
        [867] = {MREF(867, strings[7771]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(867, enums[25].shape), 0, offsetof(struct awsc_dynamodb_update_table_input, multi_region_consistency), 0}, /* UpdateTableInput.MultiRegionConsistency: MultiRegionConsistency */
        [868] = {MREF(868, strings[8579]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(868, collections[30].shape), 0, offsetof(struct awsc_dynamodb_update_table_input, global_table_witness_updates), 0}, /* UpdateTableInput.GlobalTableWitnessUpdates: GlobalTableWitnessGroupUpdateList */
        [869] = {MREF(869, strings[1901]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(869, structures[159].shape), 0, offsetof(struct awsc_dynamodb_update_table_input, on_demand_throughput), 0}, /* UpdateTableInput.OnDemandThroughput: OnDemandThroughput */
        [870] = {MREF(870, strings[1920]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(870, structures[268].shape), 0, offsetof(struct awsc_dynamodb_update_table_input, warm_throughput), 0}, /* UpdateTableInput.WarmThroughput: WarmThroughput */
        [871] = {MREF(871, strings[2229]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(871, enums[18].shape), 0, offsetof(struct awsc_dynamodb_update_table_input, global_table_settings_replication_mode), 0}, /* UpdateTableInput.GlobalTableSettingsReplicationMode: GlobalTableSettingsReplicationMode */
        [872] = {MREF(872, strings[8605]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(872, collections[82].shape), 0, offsetof(struct awsc_dynamodb_update_table_input, vector_index_updates), 0}, /* UpdateTableInput.VectorIndexUpdates: VectorIndexUpdateList */
        [873] = {MREF(873, strings[2264]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(873, structures[220].shape), 0, offsetof(struct awsc_dynamodb_update_table_output, table_description), 0}, /* UpdateTableOutput.TableDescription: TableDescription */
        [874] = {MREF(874, strings[8551]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(874, collections[22].shape), 0, offsetof(struct awsc_dynamodb_update_table_replica_auto_scaling_input, global_secondary_index_updates), 0}, /* UpdateTableReplicaAutoScalingInput.GlobalSecondaryIndexUpdates: GlobalSecondaryIndexAutoScalingUpdateList */
        [875] = {MREF(875, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(875, scalars[100]), 0, offsetof(struct awsc_dynamodb_update_table_replica_auto_scaling_input, table_name), AWSC_MF_REQUIRED}, /* UpdateTableReplicaAutoScalingInput.TableName: TableArn */
        [876] = {MREF(876, strings[3545]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(876, structures[7].shape), 0, offsetof(struct awsc_dynamodb_update_table_replica_auto_scaling_input, provisioned_write_capacity_auto_scaling_update), 0}, /* UpdateTableReplicaAutoScalingInput.ProvisionedWriteCapacityAutoScalingUpdate: AutoScalingSettingsUpdate */
        [877] = {MREF(877, strings[8290]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(877, collections[56].shape), 0, offsetof(struct awsc_dynamodb_update_table_replica_auto_scaling_input, replica_updates), 0}, /* UpdateTableReplicaAutoScalingInput.ReplicaUpdates: ReplicaAutoScalingUpdateList */
        [878] = {MREF(878, strings[2792]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(878, structures[217].shape), 0, offsetof(struct awsc_dynamodb_update_table_replica_auto_scaling_output, table_auto_scaling_description), 0}, /* UpdateTableReplicaAutoScalingOutput.TableAutoScalingDescription: TableAutoScalingDescription */
        [879] = {MREF(879, strings[616]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(879, scalars[100]), 0, offsetof(struct awsc_dynamodb_update_time_to_live_input, table_name), AWSC_MF_REQUIRED}, /* UpdateTimeToLiveInput.TableName: TableArn */
        [880] = {MREF(880, strings[8624]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(880, structures[229].shape), 0, offsetof(struct awsc_dynamodb_update_time_to_live_input, time_to_live_specification), AWSC_MF_REQUIRED}, /* UpdateTimeToLiveInput.TimeToLiveSpecification: TimeToLiveSpecification */
        [881] = {MREF(881, strings[8624]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(881, structures[229].shape), 0, offsetof(struct awsc_dynamodb_update_time_to_live_output, time_to_live_specification), 0}, /* UpdateTimeToLiveOutput.TimeToLiveSpecification: TimeToLiveSpecification */
        [882] = {MREF(882, strings[89]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(882, scalars[112]), 0, offsetof(struct awsc_dynamodb_vector_attribute_definition, attribute_name), AWSC_MF_REQUIRED}, /* VectorAttributeDefinition.AttributeName: VectorAttributeName */
        [883] = {MREF(883, strings[8648]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(883, scalars[22]), AWSC_MEMBER_HAS(struct awsc_dynamodb_vector_capacity, vector_search_request_bytes, has_vector_search_request_bytes), offsetof(struct awsc_dynamodb_vector_capacity, vector_search_request_bytes), 0}, /* VectorCapacity.VectorSearchRequestBytes: ConsumedCapacityUnits */
        [884] = {MREF(884, strings[8673]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(884, scalars[22]), AWSC_MEMBER_HAS(struct awsc_dynamodb_vector_capacity, vector_write_request_bytes, has_vector_write_request_bytes), offsetof(struct awsc_dynamodb_vector_capacity, vector_write_request_bytes), 0}, /* VectorCapacity.VectorWriteRequestBytes: ConsumedCapacityUnits */
        [885] = {MREF(885, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(885, scalars[51]), 0, offsetof(struct awsc_dynamodb_vector_index, index_name), AWSC_MF_REQUIRED}, /* VectorIndex.IndexName: IndexName */
        [886] = {MREF(886, strings[2281]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(886, structures[262].shape), 0, offsetof(struct awsc_dynamodb_vector_index, vector_attribute), AWSC_MF_REQUIRED}, /* VectorIndex.VectorAttribute: VectorAttributeDefinition */
        [887] = {MREF(887, strings[2297]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(887, collections[70].shape), 0, offsetof(struct awsc_dynamodb_vector_index, search_schema), 0}, /* VectorIndex.SearchSchema: SearchSchema */
        [888] = {MREF(888, strings[1868]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(888, structures[166].shape), 0, offsetof(struct awsc_dynamodb_vector_index, projection), AWSC_MF_REQUIRED}, /* VectorIndex.Projection: Projection */
        [889] = {MREF(889, strings[2310]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(889, scalars[76]), AWSC_MEMBER_HAS(struct awsc_dynamodb_vector_index, dimensions, has_dimensions), offsetof(struct awsc_dynamodb_vector_index, dimensions), AWSC_MF_REQUIRED}, /* VectorIndex.Dimensions: PositiveLongObject */
        [890] = {MREF(890, strings[2321]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(890, enums[43].shape), 0, offsetof(struct awsc_dynamodb_vector_index, distance_function), AWSC_MF_REQUIRED}, /* VectorIndex.DistanceFunction: VectorDistanceFunction */
        [891] = {MREF(891, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(891, scalars[51]), 0, offsetof(struct awsc_dynamodb_vector_index_description, index_name), 0}, /* VectorIndexDescription.IndexName: IndexName */
        [892] = {MREF(892, strings[2297]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(892, collections[70].shape), 0, offsetof(struct awsc_dynamodb_vector_index_description, search_schema), 0}, /* VectorIndexDescription.SearchSchema: SearchSchema */
        [893] = {MREF(893, strings[1868]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(893, structures[166].shape), 0, offsetof(struct awsc_dynamodb_vector_index_description, projection), 0}, /* VectorIndexDescription.Projection: Projection */
        [894] = {MREF(894, strings[2281]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(894, structures[262].shape), 0, offsetof(struct awsc_dynamodb_vector_index_description, vector_attribute), 0}, /* VectorIndexDescription.VectorAttribute: VectorAttributeDefinition */
        [895] = {MREF(895, strings[2310]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(895, scalars[76]), AWSC_MEMBER_HAS(struct awsc_dynamodb_vector_index_description, dimensions, has_dimensions), offsetof(struct awsc_dynamodb_vector_index_description, dimensions), 0}, /* VectorIndexDescription.Dimensions: PositiveLongObject */
        [896] = {MREF(896, strings[2321]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(896, enums[43].shape), 0, offsetof(struct awsc_dynamodb_vector_index_description, distance_function), 0}, /* VectorIndexDescription.DistanceFunction: VectorDistanceFunction */
        [897] = {MREF(897, strings[3587]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(897, enums[21].shape), 0, offsetof(struct awsc_dynamodb_vector_index_description, index_status), 0}, /* VectorIndexDescription.IndexStatus: IndexStatus */
        [898] = {MREF(898, strings[3599]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(898, scalars[5]), AWSC_MEMBER_HAS(struct awsc_dynamodb_vector_index_description, backfilling, has_backfilling), offsetof(struct awsc_dynamodb_vector_index_description, backfilling), 0}, /* VectorIndexDescription.Backfilling: Backfilling */
        [899] = {MREF(899, strings[3611]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(899, scalars[66]), AWSC_MEMBER_HAS(struct awsc_dynamodb_vector_index_description, index_size_bytes, has_index_size_bytes), offsetof(struct awsc_dynamodb_vector_index_description, index_size_bytes), 0}, /* VectorIndexDescription.IndexSizeBytes: LongObject */
        [900] = {MREF(900, strings[3283]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(900, scalars[66]), AWSC_MEMBER_HAS(struct awsc_dynamodb_vector_index_description, item_count, has_item_count), offsetof(struct awsc_dynamodb_vector_index_description, item_count), 0}, /* VectorIndexDescription.ItemCount: LongObject */
        [901] = {MREF(901, strings[3626]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(901, scalars[98]), 0, offsetof(struct awsc_dynamodb_vector_index_description, index_arn), 0}, /* VectorIndexDescription.IndexArn: String */
        [902] = {MREF(902, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(902, scalars[51]), 0, offsetof(struct awsc_dynamodb_vector_index_info, index_name), 0}, /* VectorIndexInfo.IndexName: IndexName */
        [903] = {MREF(903, strings[2281]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(903, structures[262].shape), 0, offsetof(struct awsc_dynamodb_vector_index_info, vector_attribute), 0}, /* VectorIndexInfo.VectorAttribute: VectorAttributeDefinition */
        [904] = {MREF(904, strings[2297]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(904, collections[70].shape), 0, offsetof(struct awsc_dynamodb_vector_index_info, search_schema), 0}, /* VectorIndexInfo.SearchSchema: SearchSchema */
        [905] = {MREF(905, strings[1868]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(905, structures[166].shape), 0, offsetof(struct awsc_dynamodb_vector_index_info, projection), 0}, /* VectorIndexInfo.Projection: Projection */
        [906] = {MREF(906, strings[2310]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(906, scalars[76]), AWSC_MEMBER_HAS(struct awsc_dynamodb_vector_index_info, dimensions, has_dimensions), offsetof(struct awsc_dynamodb_vector_index_info, dimensions), 0}, /* VectorIndexInfo.Dimensions: PositiveLongObject */
        [907] = {MREF(907, strings[2321]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(907, enums[43].shape), 0, offsetof(struct awsc_dynamodb_vector_index_info, distance_function), 0}, /* VectorIndexInfo.DistanceFunction: VectorDistanceFunction */
        [908] = {MREF(908, strings[3642]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(908, structures[44].shape), 0, offsetof(struct awsc_dynamodb_vector_index_update, create), 0}, /* VectorIndexUpdate.Create: CreateVectorIndexAction */
        [909] = {MREF(909, strings[3649]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(909, structures[60].shape), 0, offsetof(struct awsc_dynamodb_vector_index_update, delete_), 0}, /* VectorIndexUpdate.Delete: DeleteVectorIndexAction */
        [910] = {MREF(910, strings[3656]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(910, scalars[66]), AWSC_MEMBER_HAS(struct awsc_dynamodb_warm_throughput, read_units_per_second, has_read_units_per_second), offsetof(struct awsc_dynamodb_warm_throughput, read_units_per_second), 0}, /* WarmThroughput.ReadUnitsPerSecond: LongObject */
        [911] = {MREF(911, strings[3675]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(911, scalars[66]), AWSC_MEMBER_HAS(struct awsc_dynamodb_warm_throughput, write_units_per_second, has_write_units_per_second), offsetof(struct awsc_dynamodb_warm_throughput, write_units_per_second), 0}, /* WarmThroughput.WriteUnitsPerSecond: LongObject */
        [912] = {MREF(912, strings[8751]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(912, structures[174].shape), 0, offsetof(struct awsc_dynamodb_write_request, put_request), 0}, /* WriteRequest.PutRequest: PutRequest */
        [913] = {MREF(913, strings[8762]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(913, structures[55].shape), 0, offsetof(struct awsc_dynamodb_write_request, delete_request), 0}, /* WriteRequest.DeleteRequest: DeleteRequest */
    },
    /* each structure's member indexes, sorted by wire name */
    .by_wire_name = {
        /* [0] ArchivalSummary */ 2, 0, 1,
        /* [3] AttributeDefinition */ 0, 1,
        /* [5] AttributeValue */ 2, 9, 5, 7, 6, 1, 4, 8, 0, 3,
        /* [15] AttributeValueUpdate */ 1, 0,
        /* [17] AutoScalingPolicyDescription */ 0, 1,
        /* [19] AutoScalingPolicyUpdate */ 0, 1,
        /* [21] AutoScalingSettingsDescription */ 2, 3, 1, 0, 4,
        /* [26] AutoScalingSettingsUpdate */ 2, 3, 1, 0, 4,
        /* [31] AutoScalingTargetTrackingScalingPolicyConfigurationDescription */ 0, 1, 2, 3,
        /* [35] AutoScalingTargetTrackingScalingPolicyConfigurationUpdate */ 0, 1, 2, 3,
        /* [39] BackupDescription */ 0, 1, 2,
        /* [42] BackupDetails */ 0, 5, 6, 1, 2, 3, 4,
        /* [49] BackupInUseException */ 0,
        /* [50] BackupNotFoundException */ 0,
        /* [51] BackupSummary */ 3, 5, 6, 4, 9, 7, 8, 2, 1, 0,
        /* [61] BatchExecuteStatementInput */ 1, 0,
        /* [63] BatchExecuteStatementOutput */ 1, 0,
        /* [65] BatchGetItemInput */ 0, 1,
        /* [67] BatchGetItemOutput */ 2, 0, 1,
        /* [70] BatchStatementError */ 0, 2, 1,
        /* [73] BatchStatementRequest */ 2, 1, 3, 0,
        /* [77] BatchStatementResponse */ 0, 2, 1,
        /* [80] BatchWriteItemInput */ 0, 1, 2,
        /* [83] BatchWriteItemOutput */ 2, 1, 0,
        /* [86] BillingModeSummary */ 0, 1,
        /* [88] CancellationReason */ 1, 0, 2,
        /* [91] Capacity */ 2, 0, 1,
        /* [94] Condition */ 0, 1,
        /* [96] ConditionCheck */ 2, 3, 4, 0, 5, 1,
        /* [102] ConditionalCheckFailedException */ 1, 0,
        /* [104] ConsumedCapacity */ 1, 6, 5, 2, 4, 0, 7, 3,
        /* [112] ContinuousBackupsDescription */ 0, 1,
        /* [114] ContinuousBackupsUnavailableException */ 0,
        /* [115] ContributorInsightsSummary */ 3, 2, 1, 0,
        /* [119] CreateBackupInput */ 1, 0,
        /* [121] CreateBackupOutput */ 0,
        /* [122] CreateGlobalSecondaryIndexAction */ 0, 1, 4, 2, 3, 5,
        /* [128] CreateGlobalTableInput */ 0, 1,
        /* [130] CreateGlobalTableOutput */ 0,
        /* [131] CreateGlobalTableWitnessGroupMemberAction */ 0,
        /* [132] CreateReplicaAction */ 0,
        /* [133] CreateReplicationGroupMemberAction */ 4, 1, 3, 2, 0, 5,
        /* [139] CreateTableInput */ 0, 5, 11, 4, 16, 15, 2, 3, 14, 6, 13, 8, 7, 10, 1, 9, 17, 12,
        /* [157] CreateTableOutput */ 0,
        /* [158] CreateVectorIndexAction */ 4, 5, 0, 3, 2, 1,
        /* [164] CsvOptions */ 0, 1,
        /* [166] Delete */ 2, 3, 4, 0, 5, 1,
        /* [172] DeleteBackupInput */ 0,
        /* [173] DeleteBackupOutput */ 0,
        /* [174] DeleteGlobalSecondaryIndexAction */ 0,
        /* [175] DeleteGlobalTableWitnessGroupMemberAction */ 0,
        /* [176] DeleteItemInput */ 7, 3, 2, 8, 9, 1, 5, 6, 4, 10, 0,
        /* [187] DeleteItemOutput */ 0, 1, 2,
        /* [190] DeleteReplicaAction */ 0,
        /* [191] DeleteReplicationGroupMemberAction */ 0,
        /* [192] DeleteRequest */ 0,
        /* [193] DeleteResourcePolicyInput */ 1, 0,
        /* [195] DeleteResourcePolicyOutput */ 0,
        /* [196] DeleteTableInput */ 0,
        /* [197] DeleteTableOutput */ 0,
        /* [198] DeleteVectorIndexAction */ 0,
        /* [199] DescribeBackupInput */ 0,
        /* [200] DescribeBackupOutput */ 0,
        /* [201] DescribeContinuousBackupsInput */ 0,
        /* [202] DescribeContinuousBackupsOutput */ 0,
        /* [203] DescribeContributorInsightsInput */ 1, 0,
        /* [205] DescribeContributorInsightsOutput */ 6, 2, 3, 5, 1, 4, 0,
        /* [212] DescribeEndpointsResponse */ 0,
        /* [213] DescribeExportInput */ 0,
        /* [214] DescribeExportOutput */ 0,
        /* [215] DescribeGlobalTableInput */ 0,
        /* [216] DescribeGlobalTableOutput */ 0,
        /* [217] DescribeGlobalTableSettingsInput */ 0,
        /* [218] DescribeGlobalTableSettingsOutput */ 0, 1,
        /* [220] DescribeImportInput */ 0,
        /* [221] DescribeImportOutput */ 0,
        /* [222] DescribeKinesisStreamingDestinationInput */ 0,
        /* [223] DescribeKinesisStreamingDestinationOutput */ 1, 0,
        /* [225] DescribeLimitsOutput */ 0, 1, 2, 3,
        /* [229] DescribeTableInput */ 0,
        /* [230] DescribeTableOutput */ 0,
        /* [231] DescribeTableReplicaAutoScalingInput */ 0,
        /* [232] DescribeTableReplicaAutoScalingOutput */ 0,
        /* [233] DescribeTimeToLiveInput */ 0,
        /* [234] DescribeTimeToLiveOutput */ 0,
        /* [235] DuplicateItemException */ 0,
        /* [236] EnableKinesisStreamingConfiguration */ 0,
        /* [237] Endpoint */ 0, 1,
        /* [239] ExecuteStatementInput */ 2, 5, 3, 1, 4, 6, 0,
        /* [246] ExecuteStatementOutput */ 2, 0, 3, 1,
        /* [250] ExecuteTransactionInput */ 1, 2, 0,
        /* [253] ExecuteTransactionOutput */ 1, 0,
        /* [255] ExpectedAttributeValue */ 3, 2, 1, 0,
        /* [259] ExportConflictException */ 0,
        /* [260] ExportDescription */ 17, 8, 3, 0, 16, 4, 1, 7, 19, 14, 15, 20, 18, 9, 10, 11, 12, 13, 2, 5, 6,
        /* [281] ExportNotFoundException */ 0,
        /* [282] ExportSummary */ 0, 1, 2,
        /* [285] ExportTableToPointInTimeInput */ 2, 8, 1, 9, 10, 3, 4, 5, 6, 7, 0,
        /* [296] ExportTableToPointInTimeOutput */ 0,
        /* [297] FailureException */ 1, 0,
        /* [299] Get */ 3, 0, 2, 1,
        /* [303] GetItemInput */ 2, 3, 6, 1, 5, 4, 0,
        /* [310] GetItemOutput */ 1, 0,
        /* [312] GetResourcePolicyInput */ 0,
        /* [313] GetResourcePolicyOutput */ 0, 1,
        /* [315] GlobalSecondaryIndex */ 0, 1, 4, 2, 3, 5,
        /* [321] GlobalSecondaryIndexAutoScalingUpdate */ 0, 1,
        /* [323] GlobalSecondaryIndexDescription */ 4, 8, 0, 6, 3, 7, 1, 9, 2, 5, 10,
        /* [334] GlobalSecondaryIndexInfo */ 0, 1, 4, 2, 3,
        /* [339] GlobalSecondaryIndexUpdate */ 1, 2, 0,
        /* [342] GlobalSecondaryIndexWarmThroughputDescription */ 0, 2, 1,
        /* [345] GlobalTable */ 0, 1,
        /* [347] GlobalTableAlreadyExistsException */ 0,
        /* [348] GlobalTableDescription */ 2, 1, 4, 3, 0,
        /* [353] GlobalTableGlobalSecondaryIndexSettingsUpdate */ 0, 2, 1,
        /* [356] GlobalTableNotFoundException */ 0,
        /* [357] GlobalTableWitnessDescription */ 0, 1,
        /* [359] GlobalTableWitnessGroupUpdate */ 0, 1,
        /* [361] IdempotentParameterMismatchException */ 0,
        /* [362] ImportConflictException */ 0,
        /* [363] ImportNotFoundException */ 0,
        /* [364] ImportSummary */ 4, 7, 0, 1, 5, 3, 6, 2,
        /* [372] ImportTableDescription */ 4, 7, 13, 6, 17, 18, 0, 1, 16, 10, 8, 9, 15, 14, 5, 12, 2, 11, 3,
        /* [391] ImportTableInput */ 0, 4, 2, 3, 1, 5,
        /* [397] ImportTableOutput */ 0,
        /* [398] IncrementalExportSpecification */ 0, 1, 2,
        /* [401] IndexNotFoundException */ 0,
        /* [402] InputFormatOptions */ 0,
        /* [403] InternalServerError */ 0,
        /* [404] InvalidExportTimeException */ 0,
        /* [405] InvalidRestoreTimeException */ 0,
        /* [406] ItemCollectionMetrics */ 0, 1,
        /* [408] ItemCollectionSizeLimitExceededException */ 0,
        /* [409] ItemResponse */ 0,
        /* [410] KeySchemaElement */ 0, 1,
        /* [412] KeysAndAttributes */ 1, 2, 4, 0, 3,
        /* [417] KinesisDataStreamDestination */ 3, 1, 2, 0,
        /* [421] KinesisStreamingDestinationInput */ 2, 1, 0,
        /* [424] KinesisStreamingDestinationOutput */ 2, 3, 1, 0,
        /* [428] LimitExceededException */ 0,
        /* [429] ListBackupsInput */ 5, 4, 1, 0, 2, 3,
        /* [435] ListBackupsOutput */ 0, 1,
        /* [437] ListContributorInsightsInput */ 2, 1, 0,
        /* [440] ListContributorInsightsOutput */ 0, 1,
        /* [442] ListExportsInput */ 1, 2, 0,
        /* [445] ListExportsOutput */ 0, 1,
        /* [447] ListGlobalTablesInput */ 0, 1, 2,
        /* [450] ListGlobalTablesOutput */ 0, 1,
        /* [452] ListImportsInput */ 2, 1, 0,
        /* [455] ListImportsOutput */ 0, 1,
        /* [457] ListTablesInput */ 0, 1,
        /* [459] ListTablesOutput */ 1, 0,
        /* [461] ListTagsOfResourceInput */ 1, 0,
        /* [463] ListTagsOfResourceOutput */ 1, 0,
        /* [465] LocalSecondaryIndex */ 0, 1, 2,
        /* [468] LocalSecondaryIndexDescription */ 5, 0, 3, 4, 1, 2,
        /* [474] LocalSecondaryIndexInfo */ 0, 1, 2,
        /* [477] OnDemandThroughput */ 0, 1,
        /* [479] OnDemandThroughputOverride */ 0,
        /* [480] ParameterizedStatement */ 1, 2, 0,
        /* [483] PointInTimeRecoveryDescription */ 2, 3, 0, 1,
        /* [487] PointInTimeRecoverySpecification */ 0, 1,
        /* [489] PointInTimeRecoveryUnavailableException */ 0,
        /* [490] PolicyNotFoundException */ 0,
        /* [491] Projection */ 1, 0,
        /* [493] ProvisionedThroughput */ 0, 1,
        /* [495] ProvisionedThroughputDescription */ 1, 0, 2, 3, 4,
        /* [500] ProvisionedThroughputExceededException */ 1, 0,
        /* [502] ProvisionedThroughputOverride */ 0,
        /* [503] Put */ 2, 3, 4, 0, 5, 1,
        /* [509] PutItemInput */ 7, 6, 2, 8, 9, 1, 4, 5, 3, 10, 0,
        /* [520] PutItemOutput */ 0, 1, 2,
        /* [523] PutRequest */ 0,
        /* [524] PutResourcePolicyInput */ 3, 2, 1, 0,
        /* [528] PutResourcePolicyOutput */ 0,
        /* [529] QueryInput */ 3, 8, 5, 10, 15, 16, 13, 1, 14, 6, 4, 12, 7, 11, 9, 2, 0,
        /* [546] QueryOutput */ 4, 1, 0, 3, 2,
        /* [551] Replica */ 0,
        /* [552] ReplicaAlreadyExistsException */ 0,
        /* [553] ReplicaAutoScalingDescription */ 1, 0, 2, 3, 4,
        /* [558] ReplicaAutoScalingUpdate */ 0, 1, 2,
        /* [561] ReplicaDescription */ 9, 12, 5, 7, 6, 0, 2, 10, 1, 3, 4, 11, 8,
        /* [574] ReplicaGlobalSecondaryIndex */ 0, 2, 1,
        /* [577] ReplicaGlobalSecondaryIndexAutoScalingDescription */ 0, 1, 2, 3,
        /* [581] ReplicaGlobalSecondaryIndexAutoScalingUpdate */ 0, 1,
        /* [583] ReplicaGlobalSecondaryIndexDescription */ 0, 2, 1, 3,
        /* [587] ReplicaGlobalSecondaryIndexSettingsDescription */ 0, 1, 3, 2, 5, 4,
        /* [593] ReplicaGlobalSecondaryIndexSettingsUpdate */ 0, 2, 1,
        /* [596] ReplicaNotFoundException */ 0,
        /* [597] ReplicaSettingsDescription */ 0, 2, 7, 4, 3, 6, 5, 1, 8,
        /* [606] ReplicaSettingsUpdate */ 0, 3, 2, 1, 4,
        /* [611] ReplicaUpdate */ 0, 1,
        /* [613] ReplicatedWriteConflictException */ 0,
        /* [614] ReplicationGroupUpdate */ 0, 2, 1,
        /* [617] RequestLimitExceeded */ 1, 0,
        /* [619] ResourceInUseException */ 0,
        /* [620] ResourceNotFoundException */ 0,
        /* [621] RestoreSummary */ 2, 3, 0, 1,
        /* [625] RestoreTableFromBackupInput */ 1, 2, 3, 4, 6, 5, 7, 0, 8,
        /* [634] RestoreTableFromBackupOutput */ 0,
        /* [635] RestoreTableToPointInTimeInput */ 5, 6, 7, 9, 8, 4, 10, 0, 1, 2, 3, 11,
        /* [647] RestoreTableToPointInTimeOutput */ 0,
        /* [648] S3BucketSource */ 1, 0, 2,
        /* [651] SSEDescription */ 3, 2, 1, 0,
        /* [655] SSESpecification */ 0, 2, 1,
        /* [658] ScanInput */ 2, 6, 15, 7, 13, 14, 12, 1, 3, 11, 8, 5, 10, 4, 0, 9,
        /* [674] ScanOutput */ 4, 1, 0, 3, 2,
        /* [679] SearchResultItem */ 0, 1,
        /* [681] SearchSchemaElement */ 0, 1,
        /* [683] SearchVectorsInput */ 3, 4, 1, 5, 2, 7, 6, 0, 8,
        /* [692] SearchVectorsOutput */ 0, 1,
        /* [694] SourceTableDetails */ 9, 8, 4, 7, 6, 2, 5, 1, 0, 3,
        /* [704] SourceTableFeatureDetails */ 1, 0, 4, 2, 3, 5,
        /* [710] StreamSpecification */ 0, 1,
        /* [712] TableAlreadyExistsException */ 0,
        /* [713] TableAutoScalingDescription */ 2, 0, 1,
        /* [716] TableClassSummary */ 1, 0,
        /* [718] TableCreationParameters */ 1, 3, 7, 2, 5, 4, 6, 0, 8,
        /* [727] TableDescription */ 22, 0, 10, 4, 24, 12, 19, 16, 18, 7, 2, 15, 14, 11, 27, 25, 5, 17, 20, 21, 13, 8, 23, 9, 1, 6, 3, 28, 26,
        /* [756] TableInUseException */ 0,
        /* [757] TableNotFoundException */ 0,
        /* [758] TableWarmThroughputDescription */ 0, 2, 1,
        /* [761] Tag */ 0, 1,
        /* [763] TagResourceInput */ 0, 1,
        /* [765] ThrottlingException */ 0, 1,
        /* [767] ThrottlingReason */ 0, 1,
        /* [769] TimeToLiveDescription */ 1, 0,
        /* [771] TimeToLiveSpecification */ 1, 0,
        /* [773] TransactGetItem */ 0,
        /* [774] TransactGetItemsInput */ 1, 0,
        /* [776] TransactGetItemsOutput */ 0, 1,
        /* [778] TransactWriteItem */ 0, 2, 1, 3,
        /* [782] TransactWriteItemsInput */ 3, 1, 2, 0,
        /* [786] TransactWriteItemsOutput */ 0, 1,
        /* [788] TransactionCanceledException */ 1, 0,
        /* [790] TransactionConflictException */ 0,
        /* [791] TransactionInProgressException */ 0,
        /* [792] UntagResourceInput */ 0, 1,
        /* [794] Update */ 3, 4, 5, 0, 6, 2, 1,
        /* [801] UpdateContinuousBackupsInput */ 1, 0,
        /* [803] UpdateContinuousBackupsOutput */ 0,
        /* [804] UpdateContributorInsightsInput */ 2, 3, 1, 0,
        /* [808] UpdateContributorInsightsOutput */ 3, 2, 1, 0,
        /* [812] UpdateGlobalSecondaryIndexAction */ 0, 2, 1, 3,
        /* [816] UpdateGlobalTableInput */ 0, 1,
        /* [818] UpdateGlobalTableOutput */ 0,
        /* [819] UpdateGlobalTableSettingsInput */ 1, 4, 0, 3, 2, 5,
        /* [825] UpdateGlobalTableSettingsOutput */ 0, 1,
        /* [827] UpdateItemInput */ 2, 9, 4, 3, 10, 11, 1, 6, 7, 5, 12, 0, 8,
        /* [840] UpdateItemOutput */ 0, 1, 2,
        /* [843] UpdateKinesisStreamingConfiguration */ 0,
        /* [844] UpdateKinesisStreamingDestinationInput */ 1, 0, 2,
        /* [847] UpdateKinesisStreamingDestinationOutput */ 2, 1, 0, 3,
        /* [851] UpdateReplicationGroupMemberAction */ 4, 1, 3, 2, 0, 5,
        /* [857] UpdateTableInput */ 0, 2, 9, 4, 14, 11, 10, 12, 3, 7, 6, 5, 8, 1, 15, 13,
        /* [873] UpdateTableOutput */ 0,
        /* [874] UpdateTableReplicaAutoScalingInput */ 0, 2, 3, 1,
        /* [878] UpdateTableReplicaAutoScalingOutput */ 0,
        /* [879] UpdateTimeToLiveInput */ 0, 1,
        /* [881] UpdateTimeToLiveOutput */ 0,
        /* [882] VectorAttributeDefinition */ 0,
        /* [883] VectorCapacity */ 0, 1,
        /* [885] VectorIndex */ 4, 5, 0, 3, 2, 1,
        /* [891] VectorIndexDescription */ 7, 4, 5, 10, 0, 8, 6, 9, 2, 1, 3,
        /* [902] VectorIndexInfo */ 4, 5, 0, 3, 2, 1,
        /* [908] VectorIndexUpdate */ 0, 1,
        /* [910] WarmThroughput */ 0, 1,
        /* [912] WriteRequest */ 1, 0,
    },
    .ranges = {
        {false, true, 0, 65535}, /* AttributeName */
        {true, false, 1, 0}, /* AttributeNameList */
        {true, true, 1, 256}, /* AutoScalingPolicyName */
        {true, true, 1, 1600}, /* AutoScalingRoleArn */
        {true, true, 37, 1024}, /* BackupArn */
        {true, true, 3, 255}, /* BackupName */
        {true, false, 0, 0}, /* BackupSizeBytes */
        {true, true, 1, 100}, /* BackupsInputLimit */
        {true, true, 1, 100}, /* BatchGetRequestMap */
        {true, true, 1, 25}, /* BatchWriteItemRequestMap */
        {true, false, 0, 0}, /* BilledSizeBytes */
        {true, true, 1, 100}, /* CancellationReasonList */
        {true, true, 1, 36}, /* ClientRequestToken */
        {true, true, 1, 1024}, /* CloudWatchLogGroupArn */
        {true, true, 1, 1}, /* CsvDelimiter */
        {true, true, 1, 65536}, /* CsvHeader */
        {true, true, 1, 255}, /* CsvHeaderList */
        {true, false, 0, 0}, /* ErrorCount */
        {true, true, 37, 1024}, /* ExportArn */
        {true, false, 1, 0}, /* GlobalSecondaryIndexAutoScalingUpdateList */
        {true, true, 1, 20}, /* GlobalTableGlobalSecondaryIndexSettingsUpdateList */
        {true, true, 1, 1}, /* GlobalTableWitnessGroupUpdateList */
        {true, true, 37, 1024}, /* ImportArn */
        {true, true, 112, 1024}, /* ImportNextToken */
        {true, false, 0, 0}, /* ImportedItemCount */
        {true, true, 3, 255}, /* IndexName */
        {true, false, 0, 0}, /* ItemCount */
        {true, true, 1, 100}, /* ItemResponseList */
        {true, true, 1, 100}, /* KeyList */
        {true, false, 1, 0}, /* KeySchema */
        {true, true, 1, 255}, /* KeySchemaAttributeName */
        {false, true, 0, 100}, /* ListContributorInsightsLimit */
        {true, true, 1, 25}, /* ListExportsMaxLimit */
        {true, true, 1, 25}, /* ListImportsMaxLimit */
        {true, true, 1, 100}, /* ListTablesInputLimit */
        {true, true, 1, 255}, /* NonKeyAttributeName */
        {true, true, 1, 20}, /* NonKeyAttributeNameList */
        {true, false, 0, 0}, /* NonNegativeLongObject */
        {true, true, 1, 100}, /* ParameterizedStatements */
        {true, true, 1, 25}, /* PartiQLBatchRequest */
        {true, true, 1, 32768}, /* PartiQLNextToken */
        {true, true, 1, 8192}, /* PartiQLStatement */
        {true, true, 1, 255}, /* PolicyRevisionId */
        {true, false, 1, 0}, /* PositiveIntegerObject */
        {true, false, 1, 0}, /* PositiveLongObject */
        {true, false, 1, 0}, /* PreparedStatementParameters */
        {true, false, 0, 0}, /* ProcessedItemCount */
        {true, true, 1, 35}, /* RecoveryPeriodInDays */
        {true, false, 1, 0}, /* ReplicaAutoScalingUpdateList */
        {true, false, 1, 0}, /* ReplicaGlobalSecondaryIndexList */
        {true, true, 1, 20}, /* ReplicaGlobalSecondaryIndexSettingsUpdateList */
        {true, true, 1, 50}, /* ReplicaSettingsUpdateList */
        {true, false, 1, 0}, /* ReplicationGroupUpdateList */
        {true, true, 1, 1283}, /* ResourceArnString */
        {false, true, 0, 255}, /* S3Bucket */
        {false, true, 0, 1024}, /* S3Prefix */
        {true, true, 1, 2048}, /* S3SseKmsKeyId */
        {true, true, 0, 999999}, /* ScanSegment */
        {true, true, 1, 1000000}, /* ScanTotalSegments */
        {true, false, 1, 0}, /* SearchSchema */
        {true, true, 1, 4096}, /* SearchVectorList */
        {true, true, 37, 1024}, /* StreamArn */
        {true, true, 1, 1024}, /* TableArn */
        {true, true, 3, 255}, /* TableName */
        {true, true, 1, 128}, /* TagKeyString */
        {true, true, 0, 256}, /* TagValueString */
        {true, true, 1, 255}, /* TimeToLiveAttributeName */
        {true, false, 1, 0}, /* TopKInteger */
        {true, true, 1, 100}, /* TransactGetItemList */
        {true, true, 1, 100}, /* TransactWriteItemList */
        {true, true, 1, 255}, /* VectorAttributeName */
        {true, true, 1, 25}, /* WriteRequests */
    },
    .strings =
        /*      0 */ "MILLISECOND\0" "MICROSECOND\0"
        /*     24 */ "ArchivalDateTime\0"
        /*     41 */ "ArchivalReason\0"
        /*     56 */ "ArchivalBackupArn\0"
        /*     74 */ "ADD\0" "PUT\0" "DELETE\0"
        /*     89 */ "AttributeName\0"
        /*    103 */ "AttributeType\0"
        /*    117 */ "S\0"
        /*    119 */ "N\0"
        /*    121 */ "B\0"
        /*    123 */ "SS\0"
        /*    126 */ "NS\0"
        /*    129 */ "BS\0"
        /*    132 */ "M\0"
        /*    134 */ "L\0"
        /*    136 */ "NULL\0"
        /*    141 */ "BOOL\0"
        /*    146 */ "Value\0"
        /*    152 */ "Action\0"
        /*    159 */ "PolicyName\0"
        /*    170 */ "TargetTrackingScalingPolicyConfiguration\0"
        /*    211 */ "MinimumUnits\0"
        /*    224 */ "MaximumUnits\0"
        /*    237 */ "AutoScalingDisabled\0"
        /*    257 */ "AutoScalingRoleArn\0"
        /*    276 */ "ScalingPolicies\0"
        /*    292 */ "ScalingPolicyUpdate\0"
        /*    312 */ "DisableScaleIn\0"
        /*    327 */ "ScaleInCooldown\0"
        /*    343 */ "ScaleOutCooldown\0"
        /*    360 */ "TargetValue\0"
        /*    372 */ "BackupDetails\0"
        /*    386 */ "SourceTableDetails\0"
        /*    405 */ "SourceTableFeatureDetails\0"
        /*    431 */ "BackupArn\0"
        /*    441 */ "BackupName\0"
        /*    452 */ "BackupSizeBytes\0"
        /*    468 */ "BackupStatus\0"
        /*    481 */ "BackupType\0"
        /*    492 */ "BackupCreationDateTime\0"
        /*    515 */ "BackupExpiryDateTime\0"
        /*    536 */ "BackupInUseException\0"
        /*    557 */ "message\0"
        /*    565 */ "BackupNotFoundException\0"
        /*    589 */ "CREATING\0" "DELETED\0" "AVAILABLE\0"
        /*    616 */ "TableName\0"
        /*    626 */ "TableId\0"
        /*    634 */ "TableArn\0"
        /*    643 */ "USER\0" "SYSTEM\0" "AWS_BACKUP\0"
        /*    666 */ "USER\0" "SYSTEM\0" "AWS_BACKUP\0" "ALL\0"
        /*    693 */ "Statements\0"
        /*    704 */ "ReturnConsumedCapacity\0"
        /*    727 */ "Responses\0"
        /*    737 */ "ConsumedCapacity\0"
        /*    754 */ "RequestItems\0"
        /*    767 */ "UnprocessedKeys\0"
        /*    783 */ "Code\0"
        /*    788 */ "Message\0"
        /*    796 */ "Item\0"
        /*    801 */ "ConditionalCheckFailed\0" "ItemCollectionSizeLimitExceeded\0" "RequestLimitExceeded\0" "ValidationError\0" "ProvisionedThroughputExceeded\0" "TransactionConflict\0" "ThrottlingError\0" "InternalServerError\0" "ResourceNotFound\0" "AccessDenied\0" "DuplicateItem\0"
        /*   1023 */ "Statement\0"
        /*   1033 */ "Parameters\0"
        /*   1044 */ "ConsistentRead\0"
        /*   1059 */ "ReturnValuesOnConditionCheckFailure\0"
        /*   1095 */ "Error\0"
        /*   1101 */ "ReturnItemCollectionMetrics\0"
        /*   1129 */ "UnprocessedItems\0"
        /*   1146 */ "ItemCollectionMetrics\0"
        /*   1168 */ "PROVISIONED\0" "PAY_PER_REQUEST\0"
        /*   1196 */ "BillingMode\0"
        /*   1208 */ "LastUpdateToPayPerRequestDateTime\0"
        /*   1242 */ "ReadCapacityUnits\0"
        /*   1260 */ "WriteCapacityUnits\0"
        /*   1279 */ "CapacityUnits\0"
        /*   1293 */ "EQ\0" "NE\0" "IN\0" "LE\0" "LT\0" "GE\0" "GT\0" "BETWEEN\0" "NOT_NULL\0" "NULL\0" "CONTAINS\0" "NOT_CONTAINS\0" "BEGINS_WITH\0"
        /*   1370 */ "AttributeValueList\0"
        /*   1389 */ "ComparisonOperator\0"
        /*   1408 */ "Key\0"
        /*   1412 */ "ConditionExpression\0"
        /*   1432 */ "ExpressionAttributeNames\0"
        /*   1457 */ "ExpressionAttributeValues\0"
        /*   1483 */ "ConditionalCheckFailedException\0"
        /*   1515 */ "AND\0" "OR\0"
        /*   1522 */ "Table\0"
        /*   1528 */ "LocalSecondaryIndexes\0"
        /*   1550 */ "GlobalSecondaryIndexes\0"
        /*   1573 */ "VectorIndexes\0"
        /*   1587 */ "ContinuousBackupsStatus\0"
        /*   1611 */ "PointInTimeRecoveryDescription\0"
        /*   1642 */ "ENABLED\0" "DISABLED\0"
        /*   1659 */ "ContinuousBackupsUnavailableException\0"
        /*   1697 */ "ENABLE\0" "DISABLE\0"
        /*   1712 */ "ACCESSED_AND_THROTTLED_KEYS\0" "THROTTLED_KEYS\0"
        /*   1755 */ "ENABLING\0" "ENABLED\0" "DISABLING\0" "DISABLED\0" "FAILED\0"
        /*   1798 */ "IndexName\0"
        /*   1808 */ "ContributorInsightsStatus\0"
        /*   1834 */ "ContributorInsightsMode\0"
        /*   1858 */ "KeySchema\0"
        /*   1868 */ "Projection\0"
        /*   1879 */ "ProvisionedThroughput\0"
        /*   1901 */ "OnDemandThroughput\0"
        /*   1920 */ "WarmThroughput\0"
        /*   1935 */ "GlobalTableName\0"
        /*   1951 */ "ReplicationGroup\0"
        /*   1968 */ "GlobalTableDescription\0"
        /*   1991 */ "RegionName\0"
        /*   2002 */ "KMSMasterKeyId\0"
        /*   2017 */ "ProvisionedThroughputOverride\0"
        /*   2047 */ "OnDemandThroughputOverride\0"
        /*   2074 */ "TableClassOverride\0"
        /*   2093 */ "AttributeDefinitions\0"
        /*   2114 */ "StreamSpecification\0"
        /*   2134 */ "SSESpecification\0"
        /*   2151 */ "Tags\0"
        /*   2156 */ "TableClass\0"
        /*   2167 */ "DeletionProtectionEnabled\0"
        /*   2193 */ "ResourcePolicy\0"
        /*   2208 */ "GlobalTableSourceArn\0"
        /*   2229 */ "GlobalTableSettingsReplicationMode\0"
        /*   2264 */ "TableDescription\0"
        /*   2281 */ "VectorAttribute\0"
        /*   2297 */ "SearchSchema\0"
        /*   2310 */ "Dimensions\0"
        /*   2321 */ "DistanceFunction\0"
        /*   2338 */ "Delimiter\0"
        /*   2348 */ "HeaderList\0"
        /*   2359 */ "BackupDescription\0"
        /*   2377 */ "Expected\0"
        /*   2386 */ "ConditionalOperator\0"
        /*   2406 */ "ReturnValues\0"
        /*   2419 */ "Attributes\0"
        /*   2430 */ "ResourceArn\0"
        /*   2442 */ "ExpectedRevisionId\0"
        /*   2461 */ "RevisionId\0"
        /*   2472 */ "ContinuousBackupsDescription\0"
        /*   2501 */ "ContributorInsightsRuleList\0"
        /*   2529 */ "LastUpdateDateTime\0"
        /*   2548 */ "FailureException\0"
        /*   2565 */ "Endpoints\0"
        /*   2575 */ "ExportArn\0"
        /*   2585 */ "ExportDescription\0"
        /*   2603 */ "ReplicaSettings\0"
        /*   2619 */ "ImportArn\0"
        /*   2629 */ "ImportTableDescription\0"
        /*   2652 */ "KinesisDataStreamDestinations\0"
        /*   2682 */ "AccountMaxReadCapacityUnits\0"
        /*   2710 */ "AccountMaxWriteCapacityUnits\0"
        /*   2739 */ "TableMaxReadCapacityUnits\0"
        /*   2765 */ "TableMaxWriteCapacityUnits\0"
        /*   2792 */ "TableAutoScalingDescription\0"
        /*   2820 */ "TimeToLiveDescription\0"
        /*   2842 */ "ENABLING\0" "ACTIVE\0" "DISABLING\0" "DISABLED\0" "ENABLE_FAILED\0" "UPDATING\0"
        /*   2900 */ "DuplicateItemException\0"
        /*   2923 */ "ApproximateCreationDateTimePrecision\0"
        /*   2960 */ "Address\0"
        /*   2968 */ "CachePeriodInMinutes\0"
        /*   2989 */ "NextToken\0"
        /*   2999 */ "Limit\0"
        /*   3005 */ "Items\0"
        /*   3011 */ "LastEvaluatedKey\0"
        /*   3028 */ "TransactStatements\0"
        /*   3047 */ "ClientRequestToken\0"
        /*   3066 */ "Exists\0"
        /*   3073 */ "ExportConflictException\0"
        /*   3097 */ "ExportStatus\0"
        /*   3110 */ "StartTime\0"
        /*   3120 */ "EndTime\0"
        /*   3128 */ "ExportManifest\0"
        /*   3143 */ "ExportTime\0"
        /*   3154 */ "ClientToken\0"
        /*   3166 */ "S3Bucket\0"
        /*   3175 */ "S3BucketOwner\0"
        /*   3189 */ "S3Prefix\0"
        /*   3198 */ "S3SseAlgorithm\0"
        /*   3213 */ "S3SseKmsKeyId\0"
        /*   3227 */ "FailureCode\0"
        /*   3239 */ "FailureMessage\0"
        /*   3254 */ "ExportFormat\0"
        /*   3267 */ "BilledSizeBytes\0"
        /*   3283 */ "ItemCount\0"
        /*   3293 */ "ExportType\0"
        /*   3304 */ "IncrementalExportSpecification\0"
        /*   3335 */ "DYNAMODB_JSON\0" "ION\0"
        /*   3353 */ "ExportNotFoundException\0"
        /*   3377 */ "IN_PROGRESS\0" "COMPLETED\0" "FAILED\0"
        /*   3406 */ "FULL_EXPORT\0" "INCREMENTAL_EXPORT\0"
        /*   3437 */ "NEW_IMAGE\0" "NEW_AND_OLD_IMAGES\0"
        /*   3466 */ "ExceptionName\0"
        /*   3480 */ "ExceptionDescription\0"
        /*   3501 */ "ProjectionExpression\0"
        /*   3522 */ "AttributesToGet\0"
        /*   3538 */ "Policy\0"
        /*   3545 */ "ProvisionedWriteCapacityAutoScalingUpdate\0"
        /*   3587 */ "IndexStatus\0"
        /*   3599 */ "Backfilling\0"
        /*   3611 */ "IndexSizeBytes\0"
        /*   3626 */ "IndexArn\0"
        /*   3635 */ "Update\0"
        /*   3642 */ "Create\0"
        /*   3649 */ "Delete\0"
        /*   3656 */ "ReadUnitsPerSecond\0"
        /*   3675 */ "WriteUnitsPerSecond\0"
        /*   3695 */ "Status\0"
        /*   3702 */ "GlobalTableAlreadyExistsException\0"
        /*   3736 */ "GlobalTableArn\0"
        /*   3751 */ "CreationDateTime\0"
        /*   3768 */ "GlobalTableStatus\0"
        /*   3786 */ "ProvisionedWriteCapacityUnits\0"
        /*   3816 */ "ProvisionedWriteCapacityAutoScalingSettingsUpdate\0"
        /*   3866 */ "GlobalTableNotFoundException\0"
        /*   3895 */ "ENABLED\0" "DISABLED\0" "ENABLED_WITH_OVERRIDES\0"
        /*   3935 */ "CREATING\0" "ACTIVE\0" "DELETING\0" "UPDATING\0"
        /*   3969 */ "WitnessStatus\0"
        /*   3983 */ "IdempotentParameterMismatchException\0"
        /*   4020 */ "ImportConflictException\0"
        /*   4044 */ "ImportNotFoundException\0"
        /*   4068 */ "IN_PROGRESS\0" "COMPLETED\0" "CANCELLING\0" "CANCELLED\0" "FAILED\0"
        /*   4118 */ "ImportStatus\0"
        /*   4131 */ "S3BucketSource\0"
        /*   4146 */ "CloudWatchLogGroupArn\0"
        /*   4168 */ "InputFormat\0"
        /*   4180 */ "ErrorCount\0"
        /*   4191 */ "InputFormatOptions\0"
        /*   4210 */ "InputCompressionType\0"
        /*   4231 */ "TableCreationParameters\0"
        /*   4255 */ "ProcessedSizeBytes\0"
        /*   4274 */ "ProcessedItemCount\0"
        /*   4293 */ "ImportedItemCount\0"
        /*   4311 */ "ExportFromTime\0"
        /*   4326 */ "ExportToTime\0"
        /*   4339 */ "ExportViewType\0"
        /*   4354 */ "IndexNotFoundException\0"
        /*   4377 */ "CREATING\0" "UPDATING\0" "DELETING\0" "ACTIVE\0"
        /*   4411 */ "GZIP\0" "ZSTD\0" "NONE\0"
        /*   4426 */ "DYNAMODB_JSON\0" "ION\0" "CSV\0"
        /*   4448 */ "Csv\0"
        /*   4452 */ "InternalServerError\0"
        /*   4472 */ "InvalidExportTimeException\0"
        /*   4499 */ "InvalidRestoreTimeException\0"
        /*   4527 */ "ItemCollectionKey\0"
        /*   4545 */ "SizeEstimateRangeGB\0"
        /*   4565 */ "ItemCollectionSizeLimitExceededException\0"
        /*   4606 */ "KeyType\0"
        /*   4614 */ "HASH\0" "RANGE\0"
        /*   4625 */ "Keys\0"
        /*   4630 */ "StreamArn\0"
        /*   4640 */ "DestinationStatus\0"
        /*   4658 */ "DestinationStatusDescription\0"
        /*   4687 */ "EnableKinesisStreamingConfiguration\0"
        /*   4723 */ "LimitExceededException\0"
        /*   4746 */ "TimeRangeLowerBound\0"
        /*   4766 */ "TimeRangeUpperBound\0"
        /*   4786 */ "ExclusiveStartBackupArn\0"
        /*   4810 */ "BackupSummaries\0"
        /*   4826 */ "LastEvaluatedBackupArn\0"
        /*   4849 */ "MaxResults\0"
        /*   4860 */ "ContributorInsightsSummaries\0"
        /*   4889 */ "ExportSummaries\0"
        /*   4905 */ "ExclusiveStartGlobalTableName\0"
        /*   4935 */ "GlobalTables\0"
        /*   4948 */ "LastEvaluatedGlobalTableName\0"
        /*   4977 */ "PageSize\0"
        /*   4986 */ "ImportSummaryList\0"
        /*   5004 */ "ExclusiveStartTableName\0"
        /*   5028 */ "TableNames\0"
        /*   5039 */ "LastEvaluatedTableName\0"
        /*   5062 */ "EVENTUAL\0" "STRONG\0"
        /*   5078 */ "MaxReadRequestUnits\0"
        /*   5098 */ "MaxWriteRequestUnits\0"
        /*   5119 */ "PointInTimeRecoveryStatus\0"
        /*   5145 */ "RecoveryPeriodInDays\0"
        /*   5166 */ "EarliestRestorableDateTime\0"
        /*   5193 */ "LatestRestorableDateTime\0"
        /*   5218 */ "PointInTimeRecoveryEnabled\0"
        /*   5245 */ "PointInTimeRecoveryUnavailableException\0"
        /*   5285 */ "PolicyNotFoundException\0"
        /*   5309 */ "ProjectionType\0"
        /*   5324 */ "NonKeyAttributes\0"
        /*   5341 */ "ALL\0" "KEYS_ONLY\0" "INCLUDE\0"
        /*   5363 */ "LastIncreaseDateTime\0"
        /*   5384 */ "LastDecreaseDateTime\0"
        /*   5405 */ "NumberOfDecreasesToday\0"
        /*   5428 */ "ProvisionedThroughputExceededException\0"
        /*   5467 */ "ThrottlingReasons\0"
        /*   5485 */ "ConfirmRemoveSelfResourceAccess\0"
        /*   5517 */ "Select\0"
        /*   5524 */ "KeyConditions\0"
        /*   5538 */ "QueryFilter\0"
        /*   5550 */ "ScanIndexForward\0"
        /*   5567 */ "ExclusiveStartKey\0"
        /*   5585 */ "FilterExpression\0"
        /*   5602 */ "KeyConditionExpression\0"
        /*   5625 */ "Count\0"
        /*   5631 */ "ScannedCount\0"
        /*   5644 */ "ReplicaAlreadyExistsException\0"
        /*   5674 */ "ReplicaProvisionedReadCapacityAutoScalingSettings\0"
        /*   5724 */ "ReplicaProvisionedWriteCapacityAutoScalingSettings\0"
        /*   5775 */ "ReplicaStatus\0"
        /*   5789 */ "ReplicaGlobalSecondaryIndexUpdates\0"
        /*   5824 */ "ReplicaProvisionedReadCapacityAutoScalingUpdate\0"
        /*   5872 */ "ReplicaArn\0"
        /*   5883 */ "ReplicaStatusDescription\0"
        /*   5908 */ "ReplicaStatusPercentProgress\0"
        /*   5937 */ "ReplicaInaccessibleDateTime\0"
        /*   5965 */ "ReplicaTableClassSummary\0"
        /*   5990 */ "ProvisionedReadCapacityAutoScalingSettings\0"
        /*   6033 */ "ProvisionedWriteCapacityAutoScalingSettings\0"
        /*   6077 */ "ProvisionedReadCapacityAutoScalingUpdate\0"
        /*   6118 */ "ProvisionedReadCapacityUnits\0"
        /*   6147 */ "ProvisionedReadCapacityAutoScalingSettingsUpdate\0"
        /*   6196 */ "ReplicaNotFoundException\0"
        /*   6221 */ "ReplicaBillingModeSummary\0"
        /*   6247 */ "ReplicaProvisionedReadCapacityUnits\0"
        /*   6283 */ "ReplicaProvisionedWriteCapacityUnits\0"
        /*   6320 */ "ReplicaGlobalSecondaryIndexSettings\0"
        /*   6356 */ "ReplicaProvisionedReadCapacityAutoScalingSettingsUpdate\0"
        /*   6412 */ "ReplicaGlobalSecondaryIndexSettingsUpdate\0"
        /*   6454 */ "ReplicaTableClass\0"
        /*   6472 */ "CREATING\0" "CREATION_FAILED\0" "UPDATING\0" "DELETING\0" "ACTIVE\0" "REGION_DISABLED\0" "INACCESSIBLE_ENCRYPTION_CREDENTIALS\0" "ARCHIVING\0" "ARCHIVED\0" "REPLICATION_NOT_AUTHORIZED\0"
        /*   6620 */ "ReplicatedWriteConflictException\0"
        /*   6653 */ "RequestLimitExceeded\0"
        /*   6674 */ "ResourceInUseException\0"
        /*   6697 */ "ResourceNotFoundException\0"
        /*   6723 */ "SourceBackupArn\0"
        /*   6739 */ "SourceTableArn\0"
        /*   6754 */ "RestoreDateTime\0"
        /*   6770 */ "RestoreInProgress\0"
        /*   6788 */ "TargetTableName\0"
        /*   6804 */ "BillingModeOverride\0"
        /*   6824 */ "GlobalSecondaryIndexOverride\0"
        /*   6853 */ "LocalSecondaryIndexOverride\0"
        /*   6881 */ "SSESpecificationOverride\0"
        /*   6906 */ "VectorIndexOverride\0"
        /*   6926 */ "SourceTableName\0"
        /*   6942 */ "UseLatestRestorableTime\0"
        /*   6966 */ "INDEXES\0" "TOTAL\0" "NONE\0"
        /*   6985 */ "SIZE\0" "NONE\0"
        /*   6995 */ "NONE\0" "ALL_OLD\0" "UPDATED_OLD\0" "ALL_NEW\0" "UPDATED_NEW\0"
        /*   7040 */ "ALL_OLD\0" "NONE\0"
        /*   7053 */ "S3KeyPrefix\0"
        /*   7065 */ "AES256\0" "KMS\0"
        /*   7076 */ "SSEType\0"
        /*   7084 */ "KMSMasterKeyArn\0"
        /*   7100 */ "InaccessibleEncryptionDateTime\0"
        /*   7131 */ "Enabled\0"
        /*   7139 */ "ENABLING\0" "ENABLED\0" "DISABLING\0" "DISABLED\0" "UPDATING\0"
        /*   7184 */ "S\0" "N\0" "B\0"
        /*   7190 */ "ScanFilter\0"
        /*   7201 */ "TotalSegments\0"
        /*   7215 */ "Segment\0"
        /*   7223 */ "Score\0"
        /*   7229 */ "SearchSchemaElementType\0"
        /*   7253 */ "HASH\0" "INLINE_FILTER\0"
        /*   7272 */ "SearchVector\0"
        /*   7285 */ "SearchConditionExpression\0"
        /*   7311 */ "TopK\0"
        /*   7316 */ "SearchResults\0"
        /*   7330 */ "ALL_ATTRIBUTES\0" "ALL_PROJECTED_ATTRIBUTES\0" "SPECIFIC_ATTRIBUTES\0" "COUNT\0"
        /*   7396 */ "TableSizeBytes\0"
        /*   7411 */ "TableCreationDateTime\0"
        /*   7433 */ "StreamDescription\0"
        /*   7451 */ "SSEDescription\0"
        /*   7466 */ "StreamEnabled\0"
        /*   7480 */ "StreamViewType\0"
        /*   7495 */ "NEW_IMAGE\0" "OLD_IMAGE\0" "NEW_AND_OLD_IMAGES\0" "KEYS_ONLY\0"
        /*   7544 */ "TableAlreadyExistsException\0"
        /*   7572 */ "TableStatus\0"
        /*   7584 */ "Replicas\0"
        /*   7593 */ "STANDARD\0" "STANDARD_INFREQUENT_ACCESS\0"
        /*   7629 */ "BillingModeSummary\0"
        /*   7648 */ "LatestStreamLabel\0"
        /*   7666 */ "LatestStreamArn\0"
        /*   7682 */ "GlobalTableVersion\0"
        /*   7701 */ "GlobalTableWitnesses\0"
        /*   7722 */ "RestoreSummary\0"
        /*   7737 */ "ArchivalSummary\0"
        /*   7753 */ "TableClassSummary\0"
        /*   7771 */ "MultiRegionConsistency\0"
        /*   7794 */ "TableInUseException\0"
        /*   7814 */ "TableNotFoundException\0"
        /*   7837 */ "CREATING\0" "UPDATING\0" "DELETING\0" "ACTIVE\0" "INACCESSIBLE_ENCRYPTION_CREDENTIALS\0" "ARCHIVING\0" "ARCHIVED\0" "REPLICATION_NOT_AUTHORIZED\0"
        /*   7953 */ "ThrottlingException\0"
        /*   7973 */ "throttlingReasons\0"
        /*   7991 */ "reason\0"
        /*   7998 */ "resource\0"
        /*   8007 */ "TimeToLiveStatus\0"
        /*   8024 */ "ENABLING\0" "DISABLING\0" "ENABLED\0" "DISABLED\0"
        /*   8060 */ "Get\0"
        /*   8064 */ "TransactItems\0"
        /*   8078 */ "ConditionCheck\0"
        /*   8093 */ "Put\0"
        /*   8097 */ "TransactionCanceledException\0"
        /*   8126 */ "CancellationReasons\0"
        /*   8146 */ "TransactionConflictException\0"
        /*   8175 */ "TransactionInProgressException\0"
        /*   8206 */ "TagKeys\0"
        /*   8214 */ "UpdateExpression\0"
        /*   8231 */ "PointInTimeRecoverySpecification\0"
        /*   8264 */ "ContributorInsightsAction\0"
        /*   8290 */ "ReplicaUpdates\0"
        /*   8305 */ "GlobalTableBillingMode\0"
        /*   8328 */ "GlobalTableProvisionedWriteCapacityUnits\0"
        /*   8369 */ "GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate\0"
        /*   8430 */ "GlobalTableGlobalSecondaryIndexSettingsUpdate\0"
        /*   8476 */ "ReplicaSettingsUpdate\0"
        /*   8498 */ "AttributeUpdates\0"
        /*   8515 */ "UpdateKinesisStreamingConfiguration\0"
        /*   8551 */ "GlobalSecondaryIndexUpdates\0"
        /*   8579 */ "GlobalTableWitnessUpdates\0"
        /*   8605 */ "VectorIndexUpdates\0"
        /*   8624 */ "TimeToLiveSpecification\0"
        /*   8648 */ "VectorSearchRequestBytes\0"
        /*   8673 */ "VectorWriteRequestBytes\0"
        /*   8697 */ "COSINE\0" "DOT_PRODUCT\0" "EUCLIDEAN\0"
        /*   8726 */ "CREATING\0" "DELETING\0" "ACTIVE\0"
        /*   8751 */ "PutRequest\0"
        /*   8762 */ "DeleteRequest\0"
        /*   8776 */ "BatchExecuteStatement\0"
        /*   8798 */ "POST\0"
        /*   8803 */ "/\0"
        /*   8805 */ "BatchGetItem\0"
        /*   8818 */ "keys(RequestItems)\0"
        /*   8837 */ "ResourceArnList\0"
        /*   8853 */ "BatchWriteItem\0"
        /*   8868 */ "CreateBackup\0"
        /*   8881 */ "CreateGlobalTable\0"
        /*   8899 */ "CreateTable\0"
        /*   8911 */ "DeleteBackup\0"
        /*   8924 */ "DeleteItem\0"
        /*   8935 */ "DeleteResourcePolicy\0"
        /*   8956 */ "DeleteTable\0"
        /*   8968 */ "DescribeBackup\0"
        /*   8983 */ "DescribeContinuousBackups\0"
        /*   9009 */ "DescribeContributorInsights\0"
        /*   9037 */ "DescribeEndpoints\0"
        /*   9055 */ "DescribeExport\0"
        /*   9070 */ "DescribeGlobalTable\0"
        /*   9090 */ "DescribeGlobalTableSettings\0"
        /*   9118 */ "DescribeImport\0"
        /*   9133 */ "DescribeKinesisStreamingDestination\0"
        /*   9169 */ "DescribeLimits\0"
        /*   9184 */ "DescribeTable\0"
        /*   9198 */ "DescribeTableReplicaAutoScaling\0"
        /*   9230 */ "DescribeTimeToLive\0"
        /*   9249 */ "DisableKinesisStreamingDestination\0"
        /*   9284 */ "EnableKinesisStreamingDestination\0"
        /*   9318 */ "ExecuteStatement\0"
        /*   9335 */ "ExecuteTransaction\0"
        /*   9354 */ "ExportTableToPointInTime\0"
        /*   9379 */ "GetItem\0"
        /*   9387 */ "GetResourcePolicy\0"
        /*   9405 */ "ImportTable\0"
        /*   9417 */ "TableCreationParameters.TableName\0"
        /*   9451 */ "ListBackups\0"
        /*   9463 */ "ListContributorInsights\0"
        /*   9487 */ "ListExports\0"
        /*   9499 */ "ListGlobalTables\0"
        /*   9516 */ "ListImports\0"
        /*   9528 */ "ListTables\0"
        /*   9539 */ "ListTagsOfResource\0"
        /*   9558 */ "PutItem\0"
        /*   9566 */ "PutResourcePolicy\0"
        /*   9584 */ "Query\0"
        /*   9590 */ "RestoreTableFromBackup\0"
        /*   9613 */ "RestoreTableToPointInTime\0"
        /*   9639 */ "Scan\0"
        /*   9644 */ "SearchVectors\0"
        /*   9658 */ "IsSearchOperation\0"
        /*   9676 */ "TagResource\0"
        /*   9688 */ "TransactGetItems\0"
        /*   9705 */ "TransactItems[*].Get.TableName\0"
        /*   9736 */ "TransactWriteItems\0"
        /*   9755 */ "TransactItems[*].[ConditionCheck.TableName, Put.TableName, Delete.TableName, Update.TableName][]\0"
        /*   9852 */ "UntagResource\0"
        /*   9866 */ "UpdateContinuousBackups\0"
        /*   9890 */ "UpdateContributorInsights\0"
        /*   9916 */ "UpdateGlobalTable\0"
        /*   9934 */ "UpdateGlobalTableSettings\0"
        /*   9960 */ "UpdateItem\0"
        /*   9971 */ "UpdateKinesisStreamingDestination\0"
        /*  10005 */ "UpdateTable\0"
        /*  10017 */ "UpdateTableReplicaAutoScaling\0"
        /*  10047 */ "UpdateTimeToLive\0"
        /*  10064 */ "dynamodb\0"
        /*  10073 */ "DynamoDB\0"
        /*  10082 */ "Amazon DynamoDB\0"
        /*  10098 */ "2012-08-10\0"
        /*  10109 */ "DynamoDB_20120810\0"
        /*  10127 */ "1.0\0"
        /*  10131 */ "DYNAMODB",
#if AWSC_WITH_SHAPE_NAMES
    .shape_names =
        /*      0 */ "ApproximateCreationDateTimePrecision\0"
        /*     37 */ "ArchivalReason\0"
        /*     52 */ "ArchivalSummary\0"
        /*     68 */ "AttributeAction\0"
        /*     84 */ "AttributeDefinition\0"
        /*    104 */ "AttributeDefinitions\0"
        /*    125 */ "AttributeMap\0"
        /*    138 */ "AttributeName\0"
        /*    152 */ "AttributeNameList\0"
        /*    170 */ "AttributeUpdates\0"
        /*    187 */ "AttributeValue\0"
        /*    202 */ "AttributeValueList\0"
        /*    221 */ "AttributeValueUpdate\0"
        /*    242 */ "AutoScalingPolicyDescription\0"
        /*    271 */ "AutoScalingPolicyDescriptionList\0"
        /*    304 */ "AutoScalingPolicyName\0"
        /*    326 */ "AutoScalingPolicyUpdate\0"
        /*    350 */ "AutoScalingRoleArn\0"
        /*    369 */ "AutoScalingSettingsDescription\0"
        /*    400 */ "AutoScalingSettingsUpdate\0"
        /*    426 */ "AutoScalingTargetTrackingScalingPolicyConfigurationDescription\0"
        /*    489 */ "AutoScalingTargetTrackingScalingPolicyConfigurationUpdate\0"
        /*    547 */ "AvailabilityErrorMessage\0"
        /*    572 */ "Backfilling\0"
        /*    584 */ "BackupArn\0"
        /*    594 */ "BackupCreationDateTime\0"
        /*    617 */ "BackupDescription\0"
        /*    635 */ "BackupDetails\0"
        /*    649 */ "BackupName\0"
        /*    660 */ "BackupSizeBytes\0"
        /*    676 */ "BackupStatus\0"
        /*    689 */ "BackupSummaries\0"
        /*    705 */ "BackupSummary\0"
        /*    719 */ "BackupType\0"
        /*    730 */ "BackupTypeFilter\0"
        /*    747 */ "BackupsInputLimit\0"
        /*    765 */ "BatchExecuteStatementInput\0"
        /*    792 */ "BatchExecuteStatementOutput\0"
        /*    820 */ "BatchGetItemInput\0"
        /*    838 */ "BatchGetItemOutput\0"
        /*    857 */ "BatchGetRequestMap\0"
        /*    876 */ "BatchGetResponseMap\0"
        /*    896 */ "BatchStatementError\0"
        /*    916 */ "BatchStatementErrorCodeEnum\0"
        /*    944 */ "BatchStatementRequest\0"
        /*    966 */ "BatchStatementResponse\0"
        /*    989 */ "BatchWriteItemInput\0"
        /*   1009 */ "BatchWriteItemOutput\0"
        /*   1030 */ "BatchWriteItemRequestMap\0"
        /*   1055 */ "BilledSizeBytes\0"
        /*   1071 */ "BillingMode\0"
        /*   1083 */ "BillingModeSummary\0"
        /*   1102 */ "BinaryAttributeValue\0"
        /*   1123 */ "BinarySetAttributeValue\0"
        /*   1147 */ "BooleanAttributeValue\0"
        /*   1169 */ "BooleanObject\0"
        /*   1183 */ "CancellationReason\0"
        /*   1202 */ "CancellationReasonList\0"
        /*   1225 */ "Capacity\0"
        /*   1234 */ "ClientRequestToken\0"
        /*   1253 */ "ClientToken\0"
        /*   1265 */ "CloudWatchLogGroupArn\0"
        /*   1287 */ "Code\0"
        /*   1292 */ "ComparisonOperator\0"
        /*   1311 */ "Condition\0"
        /*   1321 */ "ConditionCheck\0"
        /*   1336 */ "ConditionExpression\0"
        /*   1356 */ "ConditionalOperator\0"
        /*   1376 */ "ConfirmRemoveSelfResourceAccess\0"
        /*   1408 */ "ConsistentRead\0"
        /*   1423 */ "ConsumedCapacity\0"
        /*   1440 */ "ConsumedCapacityMultiple\0"
        /*   1465 */ "ConsumedCapacityUnits\0"
        /*   1487 */ "ContinuousBackupsDescription\0"
        /*   1516 */ "ContinuousBackupsStatus\0"
        /*   1540 */ "ContributorInsightsAction\0"
        /*   1566 */ "ContributorInsightsMode\0"
        /*   1590 */ "ContributorInsightsRule\0"
        /*   1614 */ "ContributorInsightsRuleList\0"
        /*   1642 */ "ContributorInsightsStatus\0"
        /*   1668 */ "ContributorInsightsSummaries\0"
        /*   1697 */ "ContributorInsightsSummary\0"
        /*   1724 */ "CreateBackupInput\0"
        /*   1742 */ "CreateBackupOutput\0"
        /*   1761 */ "CreateGlobalSecondaryIndexAction\0"
        /*   1794 */ "CreateGlobalTableInput\0"
        /*   1817 */ "CreateGlobalTableOutput\0"
        /*   1841 */ "CreateGlobalTableWitnessGroupMemberAction\0"
        /*   1883 */ "CreateReplicaAction\0"
        /*   1903 */ "CreateReplicationGroupMemberAction\0"
        /*   1938 */ "CreateTableInput\0"
        /*   1955 */ "CreateTableOutput\0"
        /*   1973 */ "CreateVectorIndexAction\0"
        /*   1997 */ "CsvDelimiter\0"
        /*   2010 */ "CsvHeader\0"
        /*   2020 */ "CsvHeaderList\0"
        /*   2034 */ "CsvOptions\0"
        /*   2045 */ "Date\0"
        /*   2050 */ "Delete\0"
        /*   2057 */ "DeleteBackupInput\0"
        /*   2075 */ "DeleteBackupOutput\0"
        /*   2094 */ "DeleteGlobalSecondaryIndexAction\0"
        /*   2127 */ "DeleteGlobalTableWitnessGroupMemberAction\0"
        /*   2169 */ "DeleteItemInput\0"
        /*   2185 */ "DeleteItemOutput\0"
        /*   2202 */ "DeleteReplicaAction\0"
        /*   2222 */ "DeleteReplicationGroupMemberAction\0"
        /*   2257 */ "DeleteRequest\0"
        /*   2271 */ "DeleteResourcePolicyInput\0"
        /*   2297 */ "DeleteResourcePolicyOutput\0"
        /*   2324 */ "DeleteTableInput\0"
        /*   2341 */ "DeleteTableOutput\0"
        /*   2359 */ "DeleteVectorIndexAction\0"
        /*   2383 */ "DeletionProtectionEnabled\0"
        /*   2409 */ "DescribeBackupInput\0"
        /*   2429 */ "DescribeBackupOutput\0"
        /*   2450 */ "DescribeContinuousBackupsInput\0"
        /*   2481 */ "DescribeContinuousBackupsOutput\0"
        /*   2513 */ "DescribeContributorInsightsInput\0"
        /*   2546 */ "DescribeContributorInsightsOutput\0"
        /*   2580 */ "DescribeEndpointsRequest\0"
        /*   2605 */ "DescribeEndpointsResponse\0"
        /*   2631 */ "DescribeExportInput\0"
        /*   2651 */ "DescribeExportOutput\0"
        /*   2672 */ "DescribeGlobalTableInput\0"
        /*   2697 */ "DescribeGlobalTableOutput\0"
        /*   2723 */ "DescribeGlobalTableSettingsInput\0"
        /*   2756 */ "DescribeGlobalTableSettingsOutput\0"
        /*   2790 */ "DescribeImportInput\0"
        /*   2810 */ "DescribeImportOutput\0"
        /*   2831 */ "DescribeKinesisStreamingDestinationInput\0"
        /*   2872 */ "DescribeKinesisStreamingDestinationOutput\0"
        /*   2914 */ "DescribeLimitsInput\0"
        /*   2934 */ "DescribeLimitsOutput\0"
        /*   2955 */ "DescribeTableInput\0"
        /*   2974 */ "DescribeTableOutput\0"
        /*   2994 */ "DescribeTableReplicaAutoScalingInput\0"
        /*   3031 */ "DescribeTableReplicaAutoScalingOutput\0"
        /*   3069 */ "DescribeTimeToLiveInput\0"
        /*   3093 */ "DescribeTimeToLiveOutput\0"
        /*   3118 */ "DestinationStatus\0"
        /*   3136 */ "DoubleObject\0"
        /*   3149 */ "EnableKinesisStreamingConfiguration\0"
        /*   3185 */ "Endpoint\0"
        /*   3194 */ "Endpoints\0"
        /*   3204 */ "ErrorCount\0"
        /*   3215 */ "ErrorMessage\0"
        /*   3228 */ "ExceptionDescription\0"
        /*   3249 */ "ExceptionName\0"
        /*   3263 */ "ExecuteStatementInput\0"
        /*   3285 */ "ExecuteStatementOutput\0"
        /*   3308 */ "ExecuteTransactionInput\0"
        /*   3332 */ "ExecuteTransactionOutput\0"
        /*   3357 */ "ExpectedAttributeMap\0"
        /*   3378 */ "ExpectedAttributeValue\0"
        /*   3401 */ "ExportArn\0"
        /*   3411 */ "ExportDescription\0"
        /*   3429 */ "ExportEndTime\0"
        /*   3443 */ "ExportFormat\0"
        /*   3456 */ "ExportFromTime\0"
        /*   3471 */ "ExportManifest\0"
        /*   3486 */ "ExportNextToken\0"
        /*   3502 */ "ExportStartTime\0"
        /*   3518 */ "ExportStatus\0"
        /*   3531 */ "ExportSummaries\0"
        /*   3547 */ "ExportSummary\0"
        /*   3561 */ "ExportTableToPointInTimeInput\0"
        /*   3591 */ "ExportTableToPointInTimeOutput\0"
        /*   3622 */ "ExportTime\0"
        /*   3633 */ "ExportToTime\0"
        /*   3646 */ "ExportType\0"
        /*   3657 */ "ExportViewType\0"
        /*   3672 */ "ExpressionAttributeNameMap\0"
        /*   3699 */ "ExpressionAttributeNameVariable\0"
        /*   3731 */ "ExpressionAttributeValueMap\0"
        /*   3759 */ "ExpressionAttributeValueVariable\0"
        /*   3792 */ "FailureCode\0"
        /*   3804 */ "FailureException\0"
        /*   3821 */ "FailureMessage\0"
        /*   3836 */ "FilterConditionMap\0"
        /*   3855 */ "Get\0"
        /*   3859 */ "GetItemInput\0"
        /*   3872 */ "GetItemOutput\0"
        /*   3886 */ "GetResourcePolicyInput\0"
        /*   3909 */ "GetResourcePolicyOutput\0"
        /*   3933 */ "GlobalSecondaryIndex\0"
        /*   3954 */ "GlobalSecondaryIndexAutoScalingUpdate\0"
        /*   3992 */ "GlobalSecondaryIndexAutoScalingUpdateList\0"
        /*   4034 */ "GlobalSecondaryIndexDescription\0"
        /*   4066 */ "GlobalSecondaryIndexDescriptionList\0"
        /*   4102 */ "GlobalSecondaryIndexInfo\0"
        /*   4127 */ "GlobalSecondaryIndexList\0"
        /*   4152 */ "GlobalSecondaryIndexUpdate\0"
        /*   4179 */ "GlobalSecondaryIndexUpdateList\0"
        /*   4210 */ "GlobalSecondaryIndexWarmThroughputDescription\0"
        /*   4256 */ "GlobalSecondaryIndexes\0"
        /*   4279 */ "GlobalTable\0"
        /*   4291 */ "GlobalTableArnString\0"
        /*   4312 */ "GlobalTableDescription\0"
        /*   4335 */ "GlobalTableGlobalSecondaryIndexSettingsUpdate\0"
        /*   4381 */ "GlobalTableGlobalSecondaryIndexSettingsUpdateList\0"
        /*   4431 */ "GlobalTableList\0"
        /*   4447 */ "GlobalTableSettingsReplicationMode\0"
        /*   4482 */ "GlobalTableStatus\0"
        /*   4500 */ "GlobalTableWitnessDescription\0"
        /*   4530 */ "GlobalTableWitnessDescriptionList\0"
        /*   4564 */ "GlobalTableWitnessGroupUpdate\0"
        /*   4594 */ "GlobalTableWitnessGroupUpdateList\0"
        /*   4628 */ "ImportArn\0"
        /*   4638 */ "ImportEndTime\0"
        /*   4652 */ "ImportNextToken\0"
        /*   4668 */ "ImportStartTime\0"
        /*   4684 */ "ImportStatus\0"
        /*   4697 */ "ImportSummary\0"
        /*   4711 */ "ImportSummaryList\0"
        /*   4729 */ "ImportTableDescription\0"
        /*   4752 */ "ImportTableInput\0"
        /*   4769 */ "ImportTableOutput\0"
        /*   4787 */ "ImportedItemCount\0"
        /*   4805 */ "IncrementalExportSpecification\0"
        /*   4836 */ "IndexName\0"
        /*   4846 */ "IndexStatus\0"
        /*   4858 */ "InputCompressionType\0"
        /*   4879 */ "InputFormat\0"
        /*   4891 */ "InputFormatOptions\0"
        /*   4910 */ "Integer\0"
        /*   4918 */ "IntegerObject\0"
        /*   4932 */ "ItemCollectionKeyAttributeMap\0"
        /*   4962 */ "ItemCollectionMetrics\0"
        /*   4984 */ "ItemCollectionMetricsMultiple\0"
        /*   5014 */ "ItemCollectionMetricsPerTable\0"
        /*   5044 */ "ItemCollectionSizeEstimateBound\0"
        /*   5076 */ "ItemCollectionSizeEstimateRange\0"
        /*   5108 */ "ItemCount\0"
        /*   5118 */ "ItemList\0"
        /*   5127 */ "ItemResponse\0"
        /*   5140 */ "ItemResponseList\0"
        /*   5157 */ "KMSMasterKeyArn\0"
        /*   5173 */ "KMSMasterKeyId\0"
        /*   5188 */ "Key\0"
        /*   5192 */ "KeyConditions\0"
        /*   5206 */ "KeyExpression\0"
        /*   5220 */ "KeyList\0"
        /*   5228 */ "KeySchema\0"
        /*   5238 */ "KeySchemaAttributeName\0"
        /*   5261 */ "KeySchemaElement\0"
        /*   5278 */ "KeyType\0"
        /*   5286 */ "KeysAndAttributes\0"
        /*   5304 */ "KinesisDataStreamDestination\0"
        /*   5333 */ "KinesisDataStreamDestinations\0"
        /*   5363 */ "KinesisStreamingDestinationInput\0"
        /*   5396 */ "KinesisStreamingDestinationOutput\0"
        /*   5430 */ "LastUpdateDateTime\0"
        /*   5449 */ "ListAttributeValue\0"
        /*   5468 */ "ListBackupsInput\0"
        /*   5485 */ "ListBackupsOutput\0"
        /*   5503 */ "ListContributorInsightsInput\0"
        /*   5532 */ "ListContributorInsightsLimit\0"
        /*   5561 */ "ListContributorInsightsOutput\0"
        /*   5591 */ "ListExportsInput\0"
        /*   5608 */ "ListExportsMaxLimit\0"
        /*   5628 */ "ListExportsOutput\0"
        /*   5646 */ "ListGlobalTablesInput\0"
        /*   5668 */ "ListGlobalTablesOutput\0"
        /*   5691 */ "ListImportsInput\0"
        /*   5708 */ "ListImportsMaxLimit\0"
        /*   5728 */ "ListImportsOutput\0"
        /*   5746 */ "ListTablesInput\0"
        /*   5762 */ "ListTablesInputLimit\0"
        /*   5783 */ "ListTablesOutput\0"
        /*   5800 */ "ListTagsOfResourceInput\0"
        /*   5824 */ "ListTagsOfResourceOutput\0"
        /*   5849 */ "LocalSecondaryIndex\0"
        /*   5869 */ "LocalSecondaryIndexDescription\0"
        /*   5900 */ "LocalSecondaryIndexDescriptionList\0"
        /*   5935 */ "LocalSecondaryIndexInfo\0"
        /*   5959 */ "LocalSecondaryIndexList\0"
        /*   5983 */ "LocalSecondaryIndexes\0"
        /*   6005 */ "Long\0"
        /*   6010 */ "LongObject\0"
        /*   6021 */ "MapAttributeValue\0"
        /*   6039 */ "MultiRegionConsistency\0"
        /*   6062 */ "NextTokenString\0"
        /*   6078 */ "NonKeyAttributeName\0"
        /*   6098 */ "NonKeyAttributeNameList\0"
        /*   6122 */ "NonNegativeLongObject\0"
        /*   6144 */ "NullAttributeValue\0"
        /*   6163 */ "NumberAttributeValue\0"
        /*   6184 */ "NumberSetAttributeValue\0"
        /*   6208 */ "OnDemandThroughput\0"
        /*   6227 */ "OnDemandThroughputOverride\0"
        /*   6254 */ "ParameterizedStatement\0"
        /*   6277 */ "ParameterizedStatements\0"
        /*   6301 */ "PartiQLBatchRequest\0"
        /*   6321 */ "PartiQLBatchResponse\0"
        /*   6342 */ "PartiQLNextToken\0"
        /*   6359 */ "PartiQLStatement\0"
        /*   6376 */ "PointInTimeRecoveryDescription\0"
        /*   6407 */ "PointInTimeRecoverySpecification\0"
        /*   6440 */ "PointInTimeRecoveryStatus\0"
        /*   6466 */ "PolicyRevisionId\0"
        /*   6483 */ "PositiveIntegerObject\0"
        /*   6505 */ "PositiveLongObject\0"
        /*   6524 */ "PreparedStatementParameters\0"
        /*   6552 */ "ProcessedItemCount\0"
        /*   6571 */ "Projection\0"
        /*   6582 */ "ProjectionExpression\0"
        /*   6603 */ "ProjectionType\0"
        /*   6618 */ "ProvisionedThroughput\0"
        /*   6640 */ "ProvisionedThroughputDescription\0"
        /*   6673 */ "ProvisionedThroughputOverride\0"
        /*   6703 */ "Put\0"
        /*   6707 */ "PutItemInput\0"
        /*   6720 */ "PutItemInputAttributeMap\0"
        /*   6745 */ "PutItemOutput\0"
        /*   6759 */ "PutRequest\0"
        /*   6770 */ "PutResourcePolicyInput\0"
        /*   6793 */ "PutResourcePolicyOutput\0"
        /*   6817 */ "QueryInput\0"
        /*   6828 */ "QueryOutput\0"
        /*   6840 */ "Reason\0"
        /*   6847 */ "RecoveryPeriodInDays\0"
        /*   6868 */ "RegionName\0"
        /*   6879 */ "Replica\0"
        /*   6887 */ "ReplicaAutoScalingDescription\0"
        /*   6917 */ "ReplicaAutoScalingDescriptionList\0"
        /*   6951 */ "ReplicaAutoScalingUpdate\0"
        /*   6976 */ "ReplicaAutoScalingUpdateList\0"
        /*   7005 */ "ReplicaDescription\0"
        /*   7024 */ "ReplicaDescriptionList\0"
        /*   7047 */ "ReplicaGlobalSecondaryIndex\0"
        /*   7075 */ "ReplicaGlobalSecondaryIndexAutoScalingDescription\0"
        /*   7125 */ "ReplicaGlobalSecondaryIndexAutoScalingDescriptionList\0"
        /*   7179 */ "ReplicaGlobalSecondaryIndexAutoScalingUpdate\0"
        /*   7224 */ "ReplicaGlobalSecondaryIndexAutoScalingUpdateList\0"
        /*   7273 */ "ReplicaGlobalSecondaryIndexDescription\0"
        /*   7312 */ "ReplicaGlobalSecondaryIndexDescriptionList\0"
        /*   7355 */ "ReplicaGlobalSecondaryIndexList\0"
        /*   7387 */ "ReplicaGlobalSecondaryIndexSettingsDescription\0"
        /*   7434 */ "ReplicaGlobalSecondaryIndexSettingsDescriptionList\0"
        /*   7485 */ "ReplicaGlobalSecondaryIndexSettingsUpdate\0"
        /*   7527 */ "ReplicaGlobalSecondaryIndexSettingsUpdateList\0"
        /*   7573 */ "ReplicaList\0"
        /*   7585 */ "ReplicaSettingsDescription\0"
        /*   7612 */ "ReplicaSettingsDescriptionList\0"
        /*   7643 */ "ReplicaSettingsUpdate\0"
        /*   7665 */ "ReplicaSettingsUpdateList\0"
        /*   7691 */ "ReplicaStatus\0"
        /*   7705 */ "ReplicaStatusDescription\0"
        /*   7730 */ "ReplicaStatusPercentProgress\0"
        /*   7759 */ "ReplicaUpdate\0"
        /*   7773 */ "ReplicaUpdateList\0"
        /*   7791 */ "ReplicationGroupUpdate\0"
        /*   7814 */ "ReplicationGroupUpdateList\0"
        /*   7841 */ "Resource\0"
        /*   7850 */ "ResourceArnString\0"
        /*   7868 */ "ResourcePolicy\0"
        /*   7883 */ "RestoreInProgress\0"
        /*   7901 */ "RestoreSummary\0"
        /*   7916 */ "RestoreTableFromBackupInput\0"
        /*   7944 */ "RestoreTableFromBackupOutput\0"
        /*   7973 */ "RestoreTableToPointInTimeInput\0"
        /*   8004 */ "RestoreTableToPointInTimeOutput\0"
        /*   8036 */ "ReturnConsumedCapacity\0"
        /*   8059 */ "ReturnItemCollectionMetrics\0"
        /*   8087 */ "ReturnValue\0"
        /*   8099 */ "ReturnValuesOnConditionCheckFailure\0"
        /*   8135 */ "S3Bucket\0"
        /*   8144 */ "S3BucketOwner\0"
        /*   8158 */ "S3BucketSource\0"
        /*   8173 */ "S3Prefix\0"
        /*   8182 */ "S3SseAlgorithm\0"
        /*   8197 */ "S3SseKmsKeyId\0"
        /*   8211 */ "SSEDescription\0"
        /*   8226 */ "SSEEnabled\0"
        /*   8237 */ "SSESpecification\0"
        /*   8254 */ "SSEStatus\0"
        /*   8264 */ "SSEType\0"
        /*   8272 */ "ScalarAttributeType\0"
        /*   8292 */ "ScanInput\0"
        /*   8302 */ "ScanOutput\0"
        /*   8313 */ "ScanSegment\0"
        /*   8325 */ "ScanTotalSegments\0"
        /*   8343 */ "ScoreNumber\0"
        /*   8355 */ "SearchResultItem\0"
        /*   8372 */ "SearchResultList\0"
        /*   8389 */ "SearchSchema\0"
        /*   8402 */ "SearchSchemaElement\0"
        /*   8422 */ "SearchSchemaElementType\0"
        /*   8446 */ "SearchVectorList\0"
        /*   8463 */ "SearchVectorsInput\0"
        /*   8482 */ "SearchVectorsOutput\0"
        /*   8502 */ "SecondaryIndexesCapacityMap\0"
        /*   8530 */ "Select\0"
        /*   8537 */ "SourceTableDetails\0"
        /*   8556 */ "SourceTableFeatureDetails\0"
        /*   8582 */ "StreamArn\0"
        /*   8592 */ "StreamEnabled\0"
        /*   8606 */ "StreamSpecification\0"
        /*   8626 */ "StreamViewType\0"
        /*   8641 */ "String\0"
        /*   8648 */ "StringAttributeValue\0"
        /*   8669 */ "StringSetAttributeValue\0"
        /*   8693 */ "TableArn\0"
        /*   8702 */ "TableAutoScalingDescription\0"
        /*   8730 */ "TableClass\0"
        /*   8741 */ "TableClassSummary\0"
        /*   8759 */ "TableCreationDateTime\0"
        /*   8781 */ "TableCreationParameters\0"
        /*   8805 */ "TableDescription\0"
        /*   8822 */ "TableId\0"
        /*   8830 */ "TableName\0"
        /*   8840 */ "TableNameList\0"
        /*   8854 */ "TableStatus\0"
        /*   8866 */ "TableWarmThroughputDescription\0"
        /*   8897 */ "Tag\0"
        /*   8901 */ "TagKeyList\0"
        /*   8912 */ "TagKeyString\0"
        /*   8925 */ "TagList\0"
        /*   8933 */ "TagResourceInput\0"
        /*   8950 */ "TagValueString\0"
        /*   8965 */ "ThrottlingReason\0"
        /*   8982 */ "ThrottlingReasonList\0"
        /*   9003 */ "TimeRangeLowerBound\0"
        /*   9023 */ "TimeRangeUpperBound\0"
        /*   9043 */ "TimeToLiveAttributeName\0"
        /*   9067 */ "TimeToLiveDescription\0"
        /*   9089 */ "TimeToLiveEnabled\0"
        /*   9107 */ "TimeToLiveSpecification\0"
        /*   9131 */ "TimeToLiveStatus\0"
        /*   9148 */ "TopKInteger\0"
        /*   9160 */ "TransactGetItem\0"
        /*   9176 */ "TransactGetItemList\0"
        /*   9196 */ "TransactGetItemsInput\0"
        /*   9218 */ "TransactGetItemsOutput\0"
        /*   9241 */ "TransactWriteItem\0"
        /*   9259 */ "TransactWriteItemList\0"
        /*   9281 */ "TransactWriteItemsInput\0"
        /*   9305 */ "TransactWriteItemsOutput\0"
        /*   9330 */ "UntagResourceInput\0"
        /*   9349 */ "Update\0"
        /*   9356 */ "UpdateContinuousBackupsInput\0"
        /*   9385 */ "UpdateContinuousBackupsOutput\0"
        /*   9415 */ "UpdateContributorInsightsInput\0"
        /*   9446 */ "UpdateContributorInsightsOutput\0"
        /*   9478 */ "UpdateExpression\0"
        /*   9495 */ "UpdateGlobalSecondaryIndexAction\0"
        /*   9528 */ "UpdateGlobalTableInput\0"
        /*   9551 */ "UpdateGlobalTableOutput\0"
        /*   9575 */ "UpdateGlobalTableSettingsInput\0"
        /*   9606 */ "UpdateGlobalTableSettingsOutput\0"
        /*   9638 */ "UpdateItemInput\0"
        /*   9654 */ "UpdateItemOutput\0"
        /*   9671 */ "UpdateKinesisStreamingConfiguration\0"
        /*   9707 */ "UpdateKinesisStreamingDestinationInput\0"
        /*   9746 */ "UpdateKinesisStreamingDestinationOutput\0"
        /*   9786 */ "UpdateReplicationGroupMemberAction\0"
        /*   9821 */ "UpdateTableInput\0"
        /*   9838 */ "UpdateTableOutput\0"
        /*   9856 */ "UpdateTableReplicaAutoScalingInput\0"
        /*   9891 */ "UpdateTableReplicaAutoScalingOutput\0"
        /*   9927 */ "UpdateTimeToLiveInput\0"
        /*   9949 */ "UpdateTimeToLiveOutput\0"
        /*   9972 */ "VectorAttributeDefinition\0"
        /*   9998 */ "VectorAttributeName\0"
        /*  10018 */ "VectorCapacity\0"
        /*  10033 */ "VectorDistanceFunction\0"
        /*  10056 */ "VectorIndex\0"
        /*  10068 */ "VectorIndexDescription\0"
        /*  10091 */ "VectorIndexDescriptionList\0"
        /*  10118 */ "VectorIndexInfo\0"
        /*  10134 */ "VectorIndexList\0"
        /*  10150 */ "VectorIndexUpdate\0"
        /*  10168 */ "VectorIndexUpdateList\0"
        /*  10190 */ "VectorIndexes\0"
        /*  10204 */ "VectorIndexesCapacityMap\0"
        /*  10229 */ "WarmThroughput\0"
        /*  10244 */ "WitnessStatus\0"
        /*  10258 */ "WriteRequest\0"
        /*  10271 */ "WriteRequests",
#endif
};

/* The descriptor programs use (<awsc/dynamodb.h>): the one in the tables. */
const struct awsc_service *awsc_dynamodb_service(void)
{
    return &T.service;
}

enum awsc_dynamodb_approximate_creation_date_time_precision awsc_dynamodb_approximate_creation_date_time_precision_parse(const char *value)
{
    return (enum awsc_dynamodb_approximate_creation_date_time_precision)awsc_enum_parse(&T.strings[0], 2, value);
}

const char *awsc_dynamodb_approximate_creation_date_time_precision_str(enum awsc_dynamodb_approximate_creation_date_time_precision value)
{
    return awsc_enum_str(&T.strings[0], 2, (int)value);
}

enum awsc_dynamodb_attribute_action awsc_dynamodb_attribute_action_parse(const char *value)
{
    return (enum awsc_dynamodb_attribute_action)awsc_enum_parse(&T.strings[74], 3, value);
}

const char *awsc_dynamodb_attribute_action_str(enum awsc_dynamodb_attribute_action value)
{
    return awsc_enum_str(&T.strings[74], 3, (int)value);
}

enum awsc_dynamodb_backup_status awsc_dynamodb_backup_status_parse(const char *value)
{
    return (enum awsc_dynamodb_backup_status)awsc_enum_parse(&T.strings[589], 3, value);
}

const char *awsc_dynamodb_backup_status_str(enum awsc_dynamodb_backup_status value)
{
    return awsc_enum_str(&T.strings[589], 3, (int)value);
}

enum awsc_dynamodb_backup_type awsc_dynamodb_backup_type_parse(const char *value)
{
    return (enum awsc_dynamodb_backup_type)awsc_enum_parse(&T.strings[643], 3, value);
}

const char *awsc_dynamodb_backup_type_str(enum awsc_dynamodb_backup_type value)
{
    return awsc_enum_str(&T.strings[643], 3, (int)value);
}

enum awsc_dynamodb_backup_type_filter awsc_dynamodb_backup_type_filter_parse(const char *value)
{
    return (enum awsc_dynamodb_backup_type_filter)awsc_enum_parse(&T.strings[666], 4, value);
}

const char *awsc_dynamodb_backup_type_filter_str(enum awsc_dynamodb_backup_type_filter value)
{
    return awsc_enum_str(&T.strings[666], 4, (int)value);
}

enum awsc_dynamodb_batch_statement_error_code_enum awsc_dynamodb_batch_statement_error_code_enum_parse(const char *value)
{
    return (enum awsc_dynamodb_batch_statement_error_code_enum)awsc_enum_parse(&T.strings[801], 11, value);
}

const char *awsc_dynamodb_batch_statement_error_code_enum_str(enum awsc_dynamodb_batch_statement_error_code_enum value)
{
    return awsc_enum_str(&T.strings[801], 11, (int)value);
}

enum awsc_dynamodb_billing_mode awsc_dynamodb_billing_mode_parse(const char *value)
{
    return (enum awsc_dynamodb_billing_mode)awsc_enum_parse(&T.strings[1168], 2, value);
}

const char *awsc_dynamodb_billing_mode_str(enum awsc_dynamodb_billing_mode value)
{
    return awsc_enum_str(&T.strings[1168], 2, (int)value);
}

enum awsc_dynamodb_comparison_operator awsc_dynamodb_comparison_operator_parse(const char *value)
{
    return (enum awsc_dynamodb_comparison_operator)awsc_enum_parse(&T.strings[1293], 13, value);
}

const char *awsc_dynamodb_comparison_operator_str(enum awsc_dynamodb_comparison_operator value)
{
    return awsc_enum_str(&T.strings[1293], 13, (int)value);
}

enum awsc_dynamodb_conditional_operator awsc_dynamodb_conditional_operator_parse(const char *value)
{
    return (enum awsc_dynamodb_conditional_operator)awsc_enum_parse(&T.strings[1515], 2, value);
}

const char *awsc_dynamodb_conditional_operator_str(enum awsc_dynamodb_conditional_operator value)
{
    return awsc_enum_str(&T.strings[1515], 2, (int)value);
}

enum awsc_dynamodb_continuous_backups_status awsc_dynamodb_continuous_backups_status_parse(const char *value)
{
    return (enum awsc_dynamodb_continuous_backups_status)awsc_enum_parse(&T.strings[1642], 2, value);
}

const char *awsc_dynamodb_continuous_backups_status_str(enum awsc_dynamodb_continuous_backups_status value)
{
    return awsc_enum_str(&T.strings[1642], 2, (int)value);
}

enum awsc_dynamodb_contributor_insights_action awsc_dynamodb_contributor_insights_action_parse(const char *value)
{
    return (enum awsc_dynamodb_contributor_insights_action)awsc_enum_parse(&T.strings[1697], 2, value);
}

const char *awsc_dynamodb_contributor_insights_action_str(enum awsc_dynamodb_contributor_insights_action value)
{
    return awsc_enum_str(&T.strings[1697], 2, (int)value);
}

enum awsc_dynamodb_contributor_insights_mode awsc_dynamodb_contributor_insights_mode_parse(const char *value)
{
    return (enum awsc_dynamodb_contributor_insights_mode)awsc_enum_parse(&T.strings[1712], 2, value);
}

const char *awsc_dynamodb_contributor_insights_mode_str(enum awsc_dynamodb_contributor_insights_mode value)
{
    return awsc_enum_str(&T.strings[1712], 2, (int)value);
}

enum awsc_dynamodb_contributor_insights_status awsc_dynamodb_contributor_insights_status_parse(const char *value)
{
    return (enum awsc_dynamodb_contributor_insights_status)awsc_enum_parse(&T.strings[1755], 5, value);
}

const char *awsc_dynamodb_contributor_insights_status_str(enum awsc_dynamodb_contributor_insights_status value)
{
    return awsc_enum_str(&T.strings[1755], 5, (int)value);
}

enum awsc_dynamodb_destination_status awsc_dynamodb_destination_status_parse(const char *value)
{
    return (enum awsc_dynamodb_destination_status)awsc_enum_parse(&T.strings[2842], 6, value);
}

const char *awsc_dynamodb_destination_status_str(enum awsc_dynamodb_destination_status value)
{
    return awsc_enum_str(&T.strings[2842], 6, (int)value);
}

enum awsc_dynamodb_export_format awsc_dynamodb_export_format_parse(const char *value)
{
    return (enum awsc_dynamodb_export_format)awsc_enum_parse(&T.strings[3335], 2, value);
}

const char *awsc_dynamodb_export_format_str(enum awsc_dynamodb_export_format value)
{
    return awsc_enum_str(&T.strings[3335], 2, (int)value);
}

enum awsc_dynamodb_export_status awsc_dynamodb_export_status_parse(const char *value)
{
    return (enum awsc_dynamodb_export_status)awsc_enum_parse(&T.strings[3377], 3, value);
}

const char *awsc_dynamodb_export_status_str(enum awsc_dynamodb_export_status value)
{
    return awsc_enum_str(&T.strings[3377], 3, (int)value);
}

enum awsc_dynamodb_export_type awsc_dynamodb_export_type_parse(const char *value)
{
    return (enum awsc_dynamodb_export_type)awsc_enum_parse(&T.strings[3406], 2, value);
}

const char *awsc_dynamodb_export_type_str(enum awsc_dynamodb_export_type value)
{
    return awsc_enum_str(&T.strings[3406], 2, (int)value);
}

enum awsc_dynamodb_export_view_type awsc_dynamodb_export_view_type_parse(const char *value)
{
    return (enum awsc_dynamodb_export_view_type)awsc_enum_parse(&T.strings[3437], 2, value);
}

const char *awsc_dynamodb_export_view_type_str(enum awsc_dynamodb_export_view_type value)
{
    return awsc_enum_str(&T.strings[3437], 2, (int)value);
}

enum awsc_dynamodb_global_table_settings_replication_mode awsc_dynamodb_global_table_settings_replication_mode_parse(const char *value)
{
    return (enum awsc_dynamodb_global_table_settings_replication_mode)awsc_enum_parse(&T.strings[3895], 3, value);
}

const char *awsc_dynamodb_global_table_settings_replication_mode_str(enum awsc_dynamodb_global_table_settings_replication_mode value)
{
    return awsc_enum_str(&T.strings[3895], 3, (int)value);
}

enum awsc_dynamodb_global_table_status awsc_dynamodb_global_table_status_parse(const char *value)
{
    return (enum awsc_dynamodb_global_table_status)awsc_enum_parse(&T.strings[3935], 4, value);
}

const char *awsc_dynamodb_global_table_status_str(enum awsc_dynamodb_global_table_status value)
{
    return awsc_enum_str(&T.strings[3935], 4, (int)value);
}

enum awsc_dynamodb_import_status awsc_dynamodb_import_status_parse(const char *value)
{
    return (enum awsc_dynamodb_import_status)awsc_enum_parse(&T.strings[4068], 5, value);
}

const char *awsc_dynamodb_import_status_str(enum awsc_dynamodb_import_status value)
{
    return awsc_enum_str(&T.strings[4068], 5, (int)value);
}

enum awsc_dynamodb_index_status awsc_dynamodb_index_status_parse(const char *value)
{
    return (enum awsc_dynamodb_index_status)awsc_enum_parse(&T.strings[4377], 4, value);
}

const char *awsc_dynamodb_index_status_str(enum awsc_dynamodb_index_status value)
{
    return awsc_enum_str(&T.strings[4377], 4, (int)value);
}

enum awsc_dynamodb_input_compression_type awsc_dynamodb_input_compression_type_parse(const char *value)
{
    return (enum awsc_dynamodb_input_compression_type)awsc_enum_parse(&T.strings[4411], 3, value);
}

const char *awsc_dynamodb_input_compression_type_str(enum awsc_dynamodb_input_compression_type value)
{
    return awsc_enum_str(&T.strings[4411], 3, (int)value);
}

enum awsc_dynamodb_input_format awsc_dynamodb_input_format_parse(const char *value)
{
    return (enum awsc_dynamodb_input_format)awsc_enum_parse(&T.strings[4426], 3, value);
}

const char *awsc_dynamodb_input_format_str(enum awsc_dynamodb_input_format value)
{
    return awsc_enum_str(&T.strings[4426], 3, (int)value);
}

enum awsc_dynamodb_key_type awsc_dynamodb_key_type_parse(const char *value)
{
    return (enum awsc_dynamodb_key_type)awsc_enum_parse(&T.strings[4614], 2, value);
}

const char *awsc_dynamodb_key_type_str(enum awsc_dynamodb_key_type value)
{
    return awsc_enum_str(&T.strings[4614], 2, (int)value);
}

enum awsc_dynamodb_multi_region_consistency awsc_dynamodb_multi_region_consistency_parse(const char *value)
{
    return (enum awsc_dynamodb_multi_region_consistency)awsc_enum_parse(&T.strings[5062], 2, value);
}

const char *awsc_dynamodb_multi_region_consistency_str(enum awsc_dynamodb_multi_region_consistency value)
{
    return awsc_enum_str(&T.strings[5062], 2, (int)value);
}

enum awsc_dynamodb_point_in_time_recovery_status awsc_dynamodb_point_in_time_recovery_status_parse(const char *value)
{
    return (enum awsc_dynamodb_point_in_time_recovery_status)awsc_enum_parse(&T.strings[1642], 2, value);
}

const char *awsc_dynamodb_point_in_time_recovery_status_str(enum awsc_dynamodb_point_in_time_recovery_status value)
{
    return awsc_enum_str(&T.strings[1642], 2, (int)value);
}

enum awsc_dynamodb_projection_type awsc_dynamodb_projection_type_parse(const char *value)
{
    return (enum awsc_dynamodb_projection_type)awsc_enum_parse(&T.strings[5341], 3, value);
}

const char *awsc_dynamodb_projection_type_str(enum awsc_dynamodb_projection_type value)
{
    return awsc_enum_str(&T.strings[5341], 3, (int)value);
}

enum awsc_dynamodb_replica_status awsc_dynamodb_replica_status_parse(const char *value)
{
    return (enum awsc_dynamodb_replica_status)awsc_enum_parse(&T.strings[6472], 10, value);
}

const char *awsc_dynamodb_replica_status_str(enum awsc_dynamodb_replica_status value)
{
    return awsc_enum_str(&T.strings[6472], 10, (int)value);
}

enum awsc_dynamodb_return_consumed_capacity awsc_dynamodb_return_consumed_capacity_parse(const char *value)
{
    return (enum awsc_dynamodb_return_consumed_capacity)awsc_enum_parse(&T.strings[6966], 3, value);
}

const char *awsc_dynamodb_return_consumed_capacity_str(enum awsc_dynamodb_return_consumed_capacity value)
{
    return awsc_enum_str(&T.strings[6966], 3, (int)value);
}

enum awsc_dynamodb_return_item_collection_metrics awsc_dynamodb_return_item_collection_metrics_parse(const char *value)
{
    return (enum awsc_dynamodb_return_item_collection_metrics)awsc_enum_parse(&T.strings[6985], 2, value);
}

const char *awsc_dynamodb_return_item_collection_metrics_str(enum awsc_dynamodb_return_item_collection_metrics value)
{
    return awsc_enum_str(&T.strings[6985], 2, (int)value);
}

enum awsc_dynamodb_return_value awsc_dynamodb_return_value_parse(const char *value)
{
    return (enum awsc_dynamodb_return_value)awsc_enum_parse(&T.strings[6995], 5, value);
}

const char *awsc_dynamodb_return_value_str(enum awsc_dynamodb_return_value value)
{
    return awsc_enum_str(&T.strings[6995], 5, (int)value);
}

enum awsc_dynamodb_return_values_on_condition_check_failure awsc_dynamodb_return_values_on_condition_check_failure_parse(const char *value)
{
    return (enum awsc_dynamodb_return_values_on_condition_check_failure)awsc_enum_parse(&T.strings[7040], 2, value);
}

const char *awsc_dynamodb_return_values_on_condition_check_failure_str(enum awsc_dynamodb_return_values_on_condition_check_failure value)
{
    return awsc_enum_str(&T.strings[7040], 2, (int)value);
}

enum awsc_dynamodb_s3_sse_algorithm awsc_dynamodb_s3_sse_algorithm_parse(const char *value)
{
    return (enum awsc_dynamodb_s3_sse_algorithm)awsc_enum_parse(&T.strings[7065], 2, value);
}

const char *awsc_dynamodb_s3_sse_algorithm_str(enum awsc_dynamodb_s3_sse_algorithm value)
{
    return awsc_enum_str(&T.strings[7065], 2, (int)value);
}

enum awsc_dynamodb_sse_status awsc_dynamodb_sse_status_parse(const char *value)
{
    return (enum awsc_dynamodb_sse_status)awsc_enum_parse(&T.strings[7139], 5, value);
}

const char *awsc_dynamodb_sse_status_str(enum awsc_dynamodb_sse_status value)
{
    return awsc_enum_str(&T.strings[7139], 5, (int)value);
}

enum awsc_dynamodb_sse_type awsc_dynamodb_sse_type_parse(const char *value)
{
    return (enum awsc_dynamodb_sse_type)awsc_enum_parse(&T.strings[7065], 2, value);
}

const char *awsc_dynamodb_sse_type_str(enum awsc_dynamodb_sse_type value)
{
    return awsc_enum_str(&T.strings[7065], 2, (int)value);
}

enum awsc_dynamodb_scalar_attribute_type awsc_dynamodb_scalar_attribute_type_parse(const char *value)
{
    return (enum awsc_dynamodb_scalar_attribute_type)awsc_enum_parse(&T.strings[7184], 3, value);
}

const char *awsc_dynamodb_scalar_attribute_type_str(enum awsc_dynamodb_scalar_attribute_type value)
{
    return awsc_enum_str(&T.strings[7184], 3, (int)value);
}

enum awsc_dynamodb_search_schema_element_type awsc_dynamodb_search_schema_element_type_parse(const char *value)
{
    return (enum awsc_dynamodb_search_schema_element_type)awsc_enum_parse(&T.strings[7253], 2, value);
}

const char *awsc_dynamodb_search_schema_element_type_str(enum awsc_dynamodb_search_schema_element_type value)
{
    return awsc_enum_str(&T.strings[7253], 2, (int)value);
}

enum awsc_dynamodb_select awsc_dynamodb_select_parse(const char *value)
{
    return (enum awsc_dynamodb_select)awsc_enum_parse(&T.strings[7330], 4, value);
}

const char *awsc_dynamodb_select_str(enum awsc_dynamodb_select value)
{
    return awsc_enum_str(&T.strings[7330], 4, (int)value);
}

enum awsc_dynamodb_stream_view_type awsc_dynamodb_stream_view_type_parse(const char *value)
{
    return (enum awsc_dynamodb_stream_view_type)awsc_enum_parse(&T.strings[7495], 4, value);
}

const char *awsc_dynamodb_stream_view_type_str(enum awsc_dynamodb_stream_view_type value)
{
    return awsc_enum_str(&T.strings[7495], 4, (int)value);
}

enum awsc_dynamodb_table_class awsc_dynamodb_table_class_parse(const char *value)
{
    return (enum awsc_dynamodb_table_class)awsc_enum_parse(&T.strings[7593], 2, value);
}

const char *awsc_dynamodb_table_class_str(enum awsc_dynamodb_table_class value)
{
    return awsc_enum_str(&T.strings[7593], 2, (int)value);
}

enum awsc_dynamodb_table_status awsc_dynamodb_table_status_parse(const char *value)
{
    return (enum awsc_dynamodb_table_status)awsc_enum_parse(&T.strings[7837], 8, value);
}

const char *awsc_dynamodb_table_status_str(enum awsc_dynamodb_table_status value)
{
    return awsc_enum_str(&T.strings[7837], 8, (int)value);
}

enum awsc_dynamodb_time_to_live_status awsc_dynamodb_time_to_live_status_parse(const char *value)
{
    return (enum awsc_dynamodb_time_to_live_status)awsc_enum_parse(&T.strings[8024], 4, value);
}

const char *awsc_dynamodb_time_to_live_status_str(enum awsc_dynamodb_time_to_live_status value)
{
    return awsc_enum_str(&T.strings[8024], 4, (int)value);
}

enum awsc_dynamodb_vector_distance_function awsc_dynamodb_vector_distance_function_parse(const char *value)
{
    return (enum awsc_dynamodb_vector_distance_function)awsc_enum_parse(&T.strings[8697], 3, value);
}

const char *awsc_dynamodb_vector_distance_function_str(enum awsc_dynamodb_vector_distance_function value)
{
    return awsc_enum_str(&T.strings[8697], 3, (int)value);
}

enum awsc_dynamodb_witness_status awsc_dynamodb_witness_status_parse(const char *value)
{
    return (enum awsc_dynamodb_witness_status)awsc_enum_parse(&T.strings[8726], 3, value);
}

const char *awsc_dynamodb_witness_status_str(enum awsc_dynamodb_witness_status value)
{
    return awsc_enum_str(&T.strings[8726], 3, (int)value);
}

#undef PREF
#undef PAGERS
#undef RULES_REF
#undef RULES
#undef SHAPE_NAME
#undef MREF
#undef REF
#undef T
