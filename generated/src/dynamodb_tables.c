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
    struct awsc_endpoint_context_param context_params[51];
    struct awsc_jmespath paths[5];
    struct awsc_jmespath_node path_nodes[33];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__dynamodb_pagers pagers; /* <awsc/dynamodb.h> */
#endif
    struct awsc__dynamodb_rules rules;
    struct awsc_shape shapes[514];
    struct awsc_member members[914];
    uint16_t by_wire_name[914];
    struct awsc_range ranges[72];
    char strings[17617];
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
        .name_ref = REF(service.name_ref, strings[17541]),
        .service_id_ref = REF(service.service_id_ref, strings[17550]),
        .full_name_ref = REF(service.full_name_ref, strings[17559]),
        .api_version_ref = REF(service.api_version_ref, strings[17575]),
        .endpoint_prefix_ref = REF(service.endpoint_prefix_ref, strings[17541]),
        .signing_name_ref = REF(service.signing_name_ref, strings[17541]),
        .target_prefix_ref = REF(service.target_prefix_ref, strings[17586]),
        .json_version_ref = REF(service.json_version_ref, strings[17604]),
        .env_name_ref = REF(service.env_name_ref, strings[17608]),
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
            .name_ref = REF(operations[0].name_ref, strings[16253]),
            .http_method_ref = REF(operations[0].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[0].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[0].input_ref, shapes[38]),
            .output_ref = REF(operations[0].output_ref, shapes[39]),
            .errors_ref = REF(operations[0].errors_ref, op_errors[0]),
            .service_ref = REF(operations[0].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [1] = { /* BatchGetItem */
            .name_ref = REF(operations[1].name_ref, strings[16282]),
            .http_method_ref = REF(operations[1].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[1].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[1].input_ref, shapes[40]),
            .output_ref = REF(operations[1].output_ref, shapes[41]),
            .errors_ref = REF(operations[1].errors_ref, op_errors[3]),
            .service_ref = REF(operations[1].service_ref, service),
            .context_params_ref = REF(operations[1].context_params_ref, context_params[0]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [2] = { /* BatchWriteItem */
            .name_ref = REF(operations[2].name_ref, strings[16330]),
            .http_method_ref = REF(operations[2].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[2].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[2].input_ref, shapes[48]),
            .output_ref = REF(operations[2].output_ref, shapes[49]),
            .errors_ref = REF(operations[2].errors_ref, op_errors[8]),
            .service_ref = REF(operations[2].service_ref, service),
            .context_params_ref = REF(operations[2].context_params_ref, context_params[1]),
            .error_count = 7,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [3] = { /* CreateBackup */
            .name_ref = REF(operations[3].name_ref, strings[16345]),
            .http_method_ref = REF(operations[3].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[3].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[3].input_ref, shapes[86]),
            .output_ref = REF(operations[3].output_ref, shapes[87]),
            .errors_ref = REF(operations[3].errors_ref, op_errors[15]),
            .service_ref = REF(operations[3].service_ref, service),
            .context_params_ref = REF(operations[3].context_params_ref, context_params[2]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [4] = { /* CreateGlobalTable */
            .name_ref = REF(operations[4].name_ref, strings[16358]),
            .http_method_ref = REF(operations[4].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[4].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[4].input_ref, shapes[89]),
            .output_ref = REF(operations[4].output_ref, shapes[90]),
            .errors_ref = REF(operations[4].errors_ref, op_errors[21]),
            .service_ref = REF(operations[4].service_ref, service),
            .context_params_ref = REF(operations[4].context_params_ref, context_params[3]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [5] = { /* CreateTable */
            .name_ref = REF(operations[5].name_ref, strings[16376]),
            .http_method_ref = REF(operations[5].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[5].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[5].input_ref, shapes[94]),
            .output_ref = REF(operations[5].output_ref, shapes[95]),
            .errors_ref = REF(operations[5].errors_ref, op_errors[25]),
            .service_ref = REF(operations[5].service_ref, service),
            .context_params_ref = REF(operations[5].context_params_ref, context_params[4]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [6] = { /* DeleteBackup */
            .name_ref = REF(operations[6].name_ref, strings[16388]),
            .http_method_ref = REF(operations[6].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[6].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[6].input_ref, shapes[103]),
            .output_ref = REF(operations[6].output_ref, shapes[104]),
            .errors_ref = REF(operations[6].errors_ref, op_errors[28]),
            .service_ref = REF(operations[6].service_ref, service),
            .context_params_ref = REF(operations[6].context_params_ref, context_params[5]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [7] = { /* DeleteItem */
            .name_ref = REF(operations[7].name_ref, strings[16401]),
            .http_method_ref = REF(operations[7].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[7].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[7].input_ref, shapes[107]),
            .output_ref = REF(operations[7].output_ref, shapes[108]),
            .errors_ref = REF(operations[7].errors_ref, op_errors[32]),
            .service_ref = REF(operations[7].service_ref, service),
            .context_params_ref = REF(operations[7].context_params_ref, context_params[6]),
            .error_count = 9,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [8] = { /* DeleteResourcePolicy */
            .name_ref = REF(operations[8].name_ref, strings[16412]),
            .http_method_ref = REF(operations[8].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[8].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[8].input_ref, shapes[112]),
            .output_ref = REF(operations[8].output_ref, shapes[113]),
            .errors_ref = REF(operations[8].errors_ref, op_errors[41]),
            .service_ref = REF(operations[8].service_ref, service),
            .context_params_ref = REF(operations[8].context_params_ref, context_params[7]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [9] = { /* DeleteTable */
            .name_ref = REF(operations[9].name_ref, strings[16433]),
            .http_method_ref = REF(operations[9].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[9].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[9].input_ref, shapes[114]),
            .output_ref = REF(operations[9].output_ref, shapes[115]),
            .errors_ref = REF(operations[9].errors_ref, op_errors[46]),
            .service_ref = REF(operations[9].service_ref, service),
            .context_params_ref = REF(operations[9].context_params_ref, context_params[8]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [10] = { /* DescribeBackup */
            .name_ref = REF(operations[10].name_ref, strings[16445]),
            .http_method_ref = REF(operations[10].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[10].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[10].input_ref, shapes[118]),
            .output_ref = REF(operations[10].output_ref, shapes[119]),
            .errors_ref = REF(operations[10].errors_ref, op_errors[50]),
            .service_ref = REF(operations[10].service_ref, service),
            .context_params_ref = REF(operations[10].context_params_ref, context_params[9]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [11] = { /* DescribeContinuousBackups */
            .name_ref = REF(operations[11].name_ref, strings[16460]),
            .http_method_ref = REF(operations[11].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[11].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[11].input_ref, shapes[120]),
            .output_ref = REF(operations[11].output_ref, shapes[121]),
            .errors_ref = REF(operations[11].errors_ref, op_errors[52]),
            .service_ref = REF(operations[11].service_ref, service),
            .context_params_ref = REF(operations[11].context_params_ref, context_params[10]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [12] = { /* DescribeContributorInsights */
            .name_ref = REF(operations[12].name_ref, strings[16486]),
            .http_method_ref = REF(operations[12].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[12].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[12].input_ref, shapes[122]),
            .output_ref = REF(operations[12].output_ref, shapes[123]),
            .errors_ref = REF(operations[12].errors_ref, op_errors[54]),
            .service_ref = REF(operations[12].service_ref, service),
            .context_params_ref = REF(operations[12].context_params_ref, context_params[11]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [13] = { /* DescribeEndpoints */
            .name_ref = REF(operations[13].name_ref, strings[16514]),
            .http_method_ref = REF(operations[13].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[13].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[13].input_ref, shapes[124]),
            .output_ref = REF(operations[13].output_ref, shapes[125]),
            .service_ref = REF(operations[13].service_ref, service),
            .flags = AWSC_OF_ENDPOINT_OPERATION,
            .auth = AWSC_AUTH_SIGV4,
        },
        [14] = { /* DescribeExport */
            .name_ref = REF(operations[14].name_ref, strings[16532]),
            .http_method_ref = REF(operations[14].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[14].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[14].input_ref, shapes[126]),
            .output_ref = REF(operations[14].output_ref, shapes[127]),
            .errors_ref = REF(operations[14].errors_ref, op_errors[56]),
            .service_ref = REF(operations[14].service_ref, service),
            .context_params_ref = REF(operations[14].context_params_ref, context_params[12]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [15] = { /* DescribeGlobalTable */
            .name_ref = REF(operations[15].name_ref, strings[16547]),
            .http_method_ref = REF(operations[15].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[15].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[15].input_ref, shapes[128]),
            .output_ref = REF(operations[15].output_ref, shapes[129]),
            .errors_ref = REF(operations[15].errors_ref, op_errors[59]),
            .service_ref = REF(operations[15].service_ref, service),
            .context_params_ref = REF(operations[15].context_params_ref, context_params[13]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [16] = { /* DescribeGlobalTableSettings */
            .name_ref = REF(operations[16].name_ref, strings[16567]),
            .http_method_ref = REF(operations[16].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[16].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[16].input_ref, shapes[130]),
            .output_ref = REF(operations[16].output_ref, shapes[131]),
            .errors_ref = REF(operations[16].errors_ref, op_errors[61]),
            .service_ref = REF(operations[16].service_ref, service),
            .context_params_ref = REF(operations[16].context_params_ref, context_params[14]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [17] = { /* DescribeImport */
            .name_ref = REF(operations[17].name_ref, strings[16595]),
            .http_method_ref = REF(operations[17].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[17].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[17].input_ref, shapes[132]),
            .output_ref = REF(operations[17].output_ref, shapes[133]),
            .errors_ref = REF(operations[17].errors_ref, op_errors[63]),
            .service_ref = REF(operations[17].service_ref, service),
            .context_params_ref = REF(operations[17].context_params_ref, context_params[15]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [18] = { /* DescribeKinesisStreamingDestination */
            .name_ref = REF(operations[18].name_ref, strings[16610]),
            .http_method_ref = REF(operations[18].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[18].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[18].input_ref, shapes[134]),
            .output_ref = REF(operations[18].output_ref, shapes[135]),
            .errors_ref = REF(operations[18].errors_ref, op_errors[64]),
            .service_ref = REF(operations[18].service_ref, service),
            .context_params_ref = REF(operations[18].context_params_ref, context_params[16]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [19] = { /* DescribeLimits */
            .name_ref = REF(operations[19].name_ref, strings[16646]),
            .http_method_ref = REF(operations[19].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[19].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[19].input_ref, shapes[136]),
            .output_ref = REF(operations[19].output_ref, shapes[137]),
            .errors_ref = REF(operations[19].errors_ref, op_errors[66]),
            .service_ref = REF(operations[19].service_ref, service),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [20] = { /* DescribeTable */
            .name_ref = REF(operations[20].name_ref, strings[16661]),
            .http_method_ref = REF(operations[20].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[20].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[20].input_ref, shapes[138]),
            .output_ref = REF(operations[20].output_ref, shapes[139]),
            .errors_ref = REF(operations[20].errors_ref, op_errors[67]),
            .service_ref = REF(operations[20].service_ref, service),
            .context_params_ref = REF(operations[20].context_params_ref, context_params[17]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [21] = { /* DescribeTableReplicaAutoScaling */
            .name_ref = REF(operations[21].name_ref, strings[16675]),
            .http_method_ref = REF(operations[21].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[21].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[21].input_ref, shapes[140]),
            .output_ref = REF(operations[21].output_ref, shapes[141]),
            .errors_ref = REF(operations[21].errors_ref, op_errors[69]),
            .service_ref = REF(operations[21].service_ref, service),
            .context_params_ref = REF(operations[21].context_params_ref, context_params[18]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [22] = { /* DescribeTimeToLive */
            .name_ref = REF(operations[22].name_ref, strings[16707]),
            .http_method_ref = REF(operations[22].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[22].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[22].input_ref, shapes[142]),
            .output_ref = REF(operations[22].output_ref, shapes[143]),
            .errors_ref = REF(operations[22].errors_ref, op_errors[71]),
            .service_ref = REF(operations[22].service_ref, service),
            .context_params_ref = REF(operations[22].context_params_ref, context_params[19]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [23] = { /* DisableKinesisStreamingDestination */
            .name_ref = REF(operations[23].name_ref, strings[16726]),
            .http_method_ref = REF(operations[23].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[23].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[23].input_ref, shapes[267]),
            .output_ref = REF(operations[23].output_ref, shapes[268]),
            .errors_ref = REF(operations[23].errors_ref, op_errors[73]),
            .service_ref = REF(operations[23].service_ref, service),
            .context_params_ref = REF(operations[23].context_params_ref, context_params[20]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [24] = { /* EnableKinesisStreamingDestination */
            .name_ref = REF(operations[24].name_ref, strings[16761]),
            .http_method_ref = REF(operations[24].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[24].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[24].input_ref, shapes[267]),
            .output_ref = REF(operations[24].output_ref, shapes[268]),
            .errors_ref = REF(operations[24].errors_ref, op_errors[77]),
            .service_ref = REF(operations[24].service_ref, service),
            .context_params_ref = REF(operations[24].context_params_ref, context_params[21]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [25] = { /* ExecuteStatement */
            .name_ref = REF(operations[25].name_ref, strings[16795]),
            .http_method_ref = REF(operations[25].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[25].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[25].input_ref, shapes[154]),
            .output_ref = REF(operations[25].output_ref, shapes[155]),
            .errors_ref = REF(operations[25].errors_ref, op_errors[81]),
            .service_ref = REF(operations[25].service_ref, service),
            .error_count = 9,
            .auth = AWSC_AUTH_SIGV4,
        },
        [26] = { /* ExecuteTransaction */
            .name_ref = REF(operations[26].name_ref, strings[16812]),
            .http_method_ref = REF(operations[26].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[26].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[26].input_ref, shapes[156]),
            .output_ref = REF(operations[26].output_ref, shapes[157]),
            .errors_ref = REF(operations[26].errors_ref, op_errors[90]),
            .service_ref = REF(operations[26].service_ref, service),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
        },
        [27] = { /* ExportTableToPointInTime */
            .name_ref = REF(operations[27].name_ref, strings[16831]),
            .http_method_ref = REF(operations[27].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[27].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[27].input_ref, shapes[173]),
            .output_ref = REF(operations[27].output_ref, shapes[174]),
            .errors_ref = REF(operations[27].errors_ref, op_errors[98]),
            .service_ref = REF(operations[27].service_ref, service),
            .context_params_ref = REF(operations[27].context_params_ref, context_params[22]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [28] = { /* GetItem */
            .name_ref = REF(operations[28].name_ref, strings[16856]),
            .http_method_ref = REF(operations[28].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[28].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[28].input_ref, shapes[188]),
            .output_ref = REF(operations[28].output_ref, shapes[189]),
            .errors_ref = REF(operations[28].errors_ref, op_errors[104]),
            .service_ref = REF(operations[28].service_ref, service),
            .context_params_ref = REF(operations[28].context_params_ref, context_params[23]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [29] = { /* GetResourcePolicy */
            .name_ref = REF(operations[29].name_ref, strings[16864]),
            .http_method_ref = REF(operations[29].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[29].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[29].input_ref, shapes[190]),
            .output_ref = REF(operations[29].output_ref, shapes[191]),
            .errors_ref = REF(operations[29].errors_ref, op_errors[109]),
            .service_ref = REF(operations[29].service_ref, service),
            .context_params_ref = REF(operations[29].context_params_ref, context_params[24]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [30] = { /* ImportTable */
            .name_ref = REF(operations[30].name_ref, strings[16882]),
            .http_method_ref = REF(operations[30].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[30].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[30].input_ref, shapes[228]),
            .output_ref = REF(operations[30].output_ref, shapes[229]),
            .errors_ref = REF(operations[30].errors_ref, op_errors[112]),
            .service_ref = REF(operations[30].service_ref, service),
            .context_params_ref = REF(operations[30].context_params_ref, context_params[25]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [31] = { /* ListBackups */
            .name_ref = REF(operations[31].name_ref, strings[16928]),
            .http_method_ref = REF(operations[31].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[31].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[31].input_ref, shapes[272]),
            .output_ref = REF(operations[31].output_ref, shapes[273]),
            .errors_ref = REF(operations[31].errors_ref, op_errors[115]),
            .service_ref = REF(operations[31].service_ref, service),
            .context_params_ref = REF(operations[31].context_params_ref, context_params[26]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [32] = { /* ListContributorInsights */
            .name_ref = REF(operations[32].name_ref, strings[16940]),
            .http_method_ref = REF(operations[32].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[32].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[32].input_ref, shapes[274]),
            .output_ref = REF(operations[32].output_ref, shapes[276]),
            .errors_ref = REF(operations[32].errors_ref, op_errors[116]),
            .service_ref = REF(operations[32].service_ref, service),
            .context_params_ref = REF(operations[32].context_params_ref, context_params[27]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [33] = { /* ListExports */
            .name_ref = REF(operations[33].name_ref, strings[16964]),
            .http_method_ref = REF(operations[33].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[33].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[33].input_ref, shapes[277]),
            .output_ref = REF(operations[33].output_ref, shapes[279]),
            .errors_ref = REF(operations[33].errors_ref, op_errors[118]),
            .service_ref = REF(operations[33].service_ref, service),
            .context_params_ref = REF(operations[33].context_params_ref, context_params[28]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [34] = { /* ListGlobalTables */
            .name_ref = REF(operations[34].name_ref, strings[16976]),
            .http_method_ref = REF(operations[34].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[34].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[34].input_ref, shapes[280]),
            .output_ref = REF(operations[34].output_ref, shapes[281]),
            .errors_ref = REF(operations[34].errors_ref, op_errors[120]),
            .service_ref = REF(operations[34].service_ref, service),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [35] = { /* ListImports */
            .name_ref = REF(operations[35].name_ref, strings[16993]),
            .http_method_ref = REF(operations[35].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[35].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[35].input_ref, shapes[282]),
            .output_ref = REF(operations[35].output_ref, shapes[284]),
            .errors_ref = REF(operations[35].errors_ref, op_errors[121]),
            .service_ref = REF(operations[35].service_ref, service),
            .context_params_ref = REF(operations[35].context_params_ref, context_params[29]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [36] = { /* ListTables */
            .name_ref = REF(operations[36].name_ref, strings[17005]),
            .http_method_ref = REF(operations[36].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[36].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[36].input_ref, shapes[285]),
            .output_ref = REF(operations[36].output_ref, shapes[287]),
            .errors_ref = REF(operations[36].errors_ref, op_errors[122]),
            .service_ref = REF(operations[36].service_ref, service),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [37] = { /* ListTagsOfResource */
            .name_ref = REF(operations[37].name_ref, strings[17016]),
            .http_method_ref = REF(operations[37].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[37].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[37].input_ref, shapes[288]),
            .output_ref = REF(operations[37].output_ref, shapes[289]),
            .errors_ref = REF(operations[37].errors_ref, op_errors[123]),
            .service_ref = REF(operations[37].service_ref, service),
            .context_params_ref = REF(operations[37].context_params_ref, context_params[30]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [38] = { /* PutItem */
            .name_ref = REF(operations[38].name_ref, strings[17035]),
            .http_method_ref = REF(operations[38].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[38].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[38].input_ref, shapes[333]),
            .output_ref = REF(operations[38].output_ref, shapes[335]),
            .errors_ref = REF(operations[38].errors_ref, op_errors[125]),
            .service_ref = REF(operations[38].service_ref, service),
            .context_params_ref = REF(operations[38].context_params_ref, context_params[31]),
            .error_count = 9,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [39] = { /* PutResourcePolicy */
            .name_ref = REF(operations[39].name_ref, strings[17043]),
            .http_method_ref = REF(operations[39].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[39].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[39].input_ref, shapes[337]),
            .output_ref = REF(operations[39].output_ref, shapes[338]),
            .errors_ref = REF(operations[39].errors_ref, op_errors[134]),
            .service_ref = REF(operations[39].service_ref, service),
            .context_params_ref = REF(operations[39].context_params_ref, context_params[32]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [40] = { /* Query */
            .name_ref = REF(operations[40].name_ref, strings[17061]),
            .http_method_ref = REF(operations[40].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[40].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[40].input_ref, shapes[339]),
            .output_ref = REF(operations[40].output_ref, shapes[340]),
            .errors_ref = REF(operations[40].errors_ref, op_errors[139]),
            .service_ref = REF(operations[40].service_ref, service),
            .context_params_ref = REF(operations[40].context_params_ref, context_params[33]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [41] = { /* RestoreTableFromBackup */
            .name_ref = REF(operations[41].name_ref, strings[17067]),
            .http_method_ref = REF(operations[41].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[41].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[41].input_ref, shapes[386]),
            .output_ref = REF(operations[41].output_ref, shapes[387]),
            .errors_ref = REF(operations[41].errors_ref, op_errors[144]),
            .service_ref = REF(operations[41].service_ref, service),
            .context_params_ref = REF(operations[41].context_params_ref, context_params[34]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [42] = { /* RestoreTableToPointInTime */
            .name_ref = REF(operations[42].name_ref, strings[17090]),
            .http_method_ref = REF(operations[42].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[42].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[42].input_ref, shapes[388]),
            .output_ref = REF(operations[42].output_ref, shapes[389]),
            .errors_ref = REF(operations[42].errors_ref, op_errors[150]),
            .service_ref = REF(operations[42].service_ref, service),
            .context_params_ref = REF(operations[42].context_params_ref, context_params[35]),
            .error_count = 7,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [43] = { /* Scan */
            .name_ref = REF(operations[43].name_ref, strings[17116]),
            .http_method_ref = REF(operations[43].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[43].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[43].input_ref, shapes[406]),
            .output_ref = REF(operations[43].output_ref, shapes[407]),
            .errors_ref = REF(operations[43].errors_ref, op_errors[157]),
            .service_ref = REF(operations[43].service_ref, service),
            .context_params_ref = REF(operations[43].context_params_ref, context_params[36]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [44] = { /* SearchVectors */
            .name_ref = REF(operations[44].name_ref, strings[17121]),
            .http_method_ref = REF(operations[44].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[44].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[44].input_ref, shapes[417]),
            .output_ref = REF(operations[44].output_ref, shapes[418]),
            .errors_ref = REF(operations[44].errors_ref, op_errors[162]),
            .service_ref = REF(operations[44].service_ref, service),
            .static_params_ref = REF(operations[44].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[44].context_params_ref, context_params[37]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 1,
        },
        [45] = { /* TagResource */
            .name_ref = REF(operations[45].name_ref, strings[17153]),
            .http_method_ref = REF(operations[45].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[45].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[45].input_ref, shapes[449]),
            .errors_ref = REF(operations[45].errors_ref, op_errors[166]),
            .service_ref = REF(operations[45].service_ref, service),
            .context_params_ref = REF(operations[45].context_params_ref, context_params[38]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [46] = { /* TransactGetItems */
            .name_ref = REF(operations[46].name_ref, strings[17165]),
            .http_method_ref = REF(operations[46].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[46].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[46].input_ref, shapes[464]),
            .output_ref = REF(operations[46].output_ref, shapes[465]),
            .errors_ref = REF(operations[46].errors_ref, op_errors[170]),
            .service_ref = REF(operations[46].service_ref, service),
            .context_params_ref = REF(operations[46].context_params_ref, context_params[39]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [47] = { /* TransactWriteItems */
            .name_ref = REF(operations[47].name_ref, strings[17213]),
            .http_method_ref = REF(operations[47].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[47].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[47].input_ref, shapes[468]),
            .output_ref = REF(operations[47].output_ref, shapes[469]),
            .errors_ref = REF(operations[47].errors_ref, op_errors[176]),
            .service_ref = REF(operations[47].service_ref, service),
            .context_params_ref = REF(operations[47].context_params_ref, context_params[40]),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [48] = { /* UntagResource */
            .name_ref = REF(operations[48].name_ref, strings[17329]),
            .http_method_ref = REF(operations[48].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[48].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[48].input_ref, shapes[473]),
            .errors_ref = REF(operations[48].errors_ref, op_errors[184]),
            .service_ref = REF(operations[48].service_ref, service),
            .context_params_ref = REF(operations[48].context_params_ref, context_params[41]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [49] = { /* UpdateContinuousBackups */
            .name_ref = REF(operations[49].name_ref, strings[17343]),
            .http_method_ref = REF(operations[49].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[49].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[49].input_ref, shapes[475]),
            .output_ref = REF(operations[49].output_ref, shapes[476]),
            .errors_ref = REF(operations[49].errors_ref, op_errors[188]),
            .service_ref = REF(operations[49].service_ref, service),
            .context_params_ref = REF(operations[49].context_params_ref, context_params[42]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [50] = { /* UpdateContributorInsights */
            .name_ref = REF(operations[50].name_ref, strings[17367]),
            .http_method_ref = REF(operations[50].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[50].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[50].input_ref, shapes[477]),
            .output_ref = REF(operations[50].output_ref, shapes[478]),
            .errors_ref = REF(operations[50].errors_ref, op_errors[191]),
            .service_ref = REF(operations[50].service_ref, service),
            .context_params_ref = REF(operations[50].context_params_ref, context_params[43]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [51] = { /* UpdateGlobalTable */
            .name_ref = REF(operations[51].name_ref, strings[17393]),
            .http_method_ref = REF(operations[51].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[51].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[51].input_ref, shapes[481]),
            .output_ref = REF(operations[51].output_ref, shapes[482]),
            .errors_ref = REF(operations[51].errors_ref, op_errors[193]),
            .service_ref = REF(operations[51].service_ref, service),
            .context_params_ref = REF(operations[51].context_params_ref, context_params[44]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [52] = { /* UpdateGlobalTableSettings */
            .name_ref = REF(operations[52].name_ref, strings[17411]),
            .http_method_ref = REF(operations[52].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[52].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[52].input_ref, shapes[483]),
            .output_ref = REF(operations[52].output_ref, shapes[484]),
            .errors_ref = REF(operations[52].errors_ref, op_errors[198]),
            .service_ref = REF(operations[52].service_ref, service),
            .context_params_ref = REF(operations[52].context_params_ref, context_params[45]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [53] = { /* UpdateItem */
            .name_ref = REF(operations[53].name_ref, strings[17437]),
            .http_method_ref = REF(operations[53].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[53].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[53].input_ref, shapes[485]),
            .output_ref = REF(operations[53].output_ref, shapes[486]),
            .errors_ref = REF(operations[53].errors_ref, op_errors[204]),
            .service_ref = REF(operations[53].service_ref, service),
            .context_params_ref = REF(operations[53].context_params_ref, context_params[46]),
            .error_count = 9,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [54] = { /* UpdateKinesisStreamingDestination */
            .name_ref = REF(operations[54].name_ref, strings[17448]),
            .http_method_ref = REF(operations[54].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[54].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[54].input_ref, shapes[488]),
            .output_ref = REF(operations[54].output_ref, shapes[489]),
            .errors_ref = REF(operations[54].errors_ref, op_errors[213]),
            .service_ref = REF(operations[54].service_ref, service),
            .context_params_ref = REF(operations[54].context_params_ref, context_params[47]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [55] = { /* UpdateTable */
            .name_ref = REF(operations[55].name_ref, strings[17482]),
            .http_method_ref = REF(operations[55].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[55].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[55].input_ref, shapes[491]),
            .output_ref = REF(operations[55].output_ref, shapes[492]),
            .errors_ref = REF(operations[55].errors_ref, op_errors[217]),
            .service_ref = REF(operations[55].service_ref, service),
            .context_params_ref = REF(operations[55].context_params_ref, context_params[48]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [56] = { /* UpdateTableReplicaAutoScaling */
            .name_ref = REF(operations[56].name_ref, strings[17494]),
            .http_method_ref = REF(operations[56].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[56].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[56].input_ref, shapes[493]),
            .output_ref = REF(operations[56].output_ref, shapes[494]),
            .errors_ref = REF(operations[56].errors_ref, op_errors[221]),
            .service_ref = REF(operations[56].service_ref, service),
            .context_params_ref = REF(operations[56].context_params_ref, context_params[49]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [57] = { /* UpdateTimeToLive */
            .name_ref = REF(operations[57].name_ref, strings[17524]),
            .http_method_ref = REF(operations[57].http_method_ref, strings[16275]),
            .request_uri_ref = REF(operations[57].request_uri_ref, strings[16280]),
            .input_ref = REF(operations[57].input_ref, shapes[495]),
            .output_ref = REF(operations[57].output_ref, shapes[496]),
            .errors_ref = REF(operations[57].errors_ref, op_errors[225]),
            .service_ref = REF(operations[57].service_ref, service),
            .context_params_ref = REF(operations[57].context_params_ref, context_params[50]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
    },
    /* each operation's modeled errors */
    .op_errors = {
        REF(op_errors[0], shapes[240]),
        REF(op_errors[1], shapes[378]),
        REF(op_errors[2], shapes[451]),
        REF(op_errors[3], shapes[240]),
        REF(op_errors[4], shapes[330]),
        REF(op_errors[5], shapes[378]),
        REF(op_errors[6], shapes[382]),
        REF(op_errors[7], shapes[451]),
        REF(op_errors[8], shapes[240]),
        REF(op_errors[9], shapes[249]),
        REF(op_errors[10], shapes[330]),
        REF(op_errors[11], shapes[375]),
        REF(op_errors[12], shapes[378]),
        REF(op_errors[13], shapes[382]),
        REF(op_errors[14], shapes[451]),
        REF(op_errors[15], shapes[28]),
        REF(op_errors[16], shapes[78]),
        REF(op_errors[17], shapes[240]),
        REF(op_errors[18], shapes[270]),
        REF(op_errors[19], shapes[439]),
        REF(op_errors[20], shapes[442]),
        REF(op_errors[21], shapes[204]),
        REF(op_errors[22], shapes[240]),
        REF(op_errors[23], shapes[270]),
        REF(op_errors[24], shapes[442]),
        REF(op_errors[25], shapes[240]),
        REF(op_errors[26], shapes[270]),
        REF(op_errors[27], shapes[381]),
        REF(op_errors[28], shapes[28]),
        REF(op_errors[29], shapes[30]),
        REF(op_errors[30], shapes[240]),
        REF(op_errors[31], shapes[270]),
        REF(op_errors[32], shapes[69]),
        REF(op_errors[33], shapes[240]),
        REF(op_errors[34], shapes[249]),
        REF(op_errors[35], shapes[330]),
        REF(op_errors[36], shapes[375]),
        REF(op_errors[37], shapes[378]),
        REF(op_errors[38], shapes[382]),
        REF(op_errors[39], shapes[451]),
        REF(op_errors[40], shapes[471]),
        REF(op_errors[41], shapes[240]),
        REF(op_errors[42], shapes[270]),
        REF(op_errors[43], shapes[319]),
        REF(op_errors[44], shapes[381]),
        REF(op_errors[45], shapes[382]),
        REF(op_errors[46], shapes[240]),
        REF(op_errors[47], shapes[270]),
        REF(op_errors[48], shapes[381]),
        REF(op_errors[49], shapes[382]),
        REF(op_errors[50], shapes[30]),
        REF(op_errors[51], shapes[240]),
        REF(op_errors[52], shapes[240]),
        REF(op_errors[53], shapes[442]),
        REF(op_errors[54], shapes[240]),
        REF(op_errors[55], shapes[382]),
        REF(op_errors[56], shapes[168]),
        REF(op_errors[57], shapes[240]),
        REF(op_errors[58], shapes[270]),
        REF(op_errors[59], shapes[210]),
        REF(op_errors[60], shapes[240]),
        REF(op_errors[61], shapes[210]),
        REF(op_errors[62], shapes[240]),
        REF(op_errors[63], shapes[222]),
        REF(op_errors[64], shapes[240]),
        REF(op_errors[65], shapes[382]),
        REF(op_errors[66], shapes[240]),
        REF(op_errors[67], shapes[240]),
        REF(op_errors[68], shapes[382]),
        REF(op_errors[69], shapes[240]),
        REF(op_errors[70], shapes[382]),
        REF(op_errors[71], shapes[240]),
        REF(op_errors[72], shapes[382]),
        REF(op_errors[73], shapes[240]),
        REF(op_errors[74], shapes[270]),
        REF(op_errors[75], shapes[381]),
        REF(op_errors[76], shapes[382]),
        REF(op_errors[77], shapes[240]),
        REF(op_errors[78], shapes[270]),
        REF(op_errors[79], shapes[381]),
        REF(op_errors[80], shapes[382]),
        REF(op_errors[81], shapes[69]),
        REF(op_errors[82], shapes[146]),
        REF(op_errors[83], shapes[240]),
        REF(op_errors[84], shapes[249]),
        REF(op_errors[85], shapes[330]),
        REF(op_errors[86], shapes[378]),
        REF(op_errors[87], shapes[382]),
        REF(op_errors[88], shapes[451]),
        REF(op_errors[89], shapes[471]),
        REF(op_errors[90], shapes[217]),
        REF(op_errors[91], shapes[240]),
        REF(op_errors[92], shapes[330]),
        REF(op_errors[93], shapes[378]),
        REF(op_errors[94], shapes[382]),
        REF(op_errors[95], shapes[451]),
        REF(op_errors[96], shapes[470]),
        REF(op_errors[97], shapes[472]),
        REF(op_errors[98], shapes[161]),
        REF(op_errors[99], shapes[240]),
        REF(op_errors[100], shapes[241]),
        REF(op_errors[101], shapes[270]),
        REF(op_errors[102], shapes[318]),
        REF(op_errors[103], shapes[442]),
        REF(op_errors[104], shapes[240]),
        REF(op_errors[105], shapes[330]),
        REF(op_errors[106], shapes[378]),
        REF(op_errors[107], shapes[382]),
        REF(op_errors[108], shapes[451]),
        REF(op_errors[109], shapes[240]),
        REF(op_errors[110], shapes[319]),
        REF(op_errors[111], shapes[382]),
        REF(op_errors[112], shapes[219]),
        REF(op_errors[113], shapes[270]),
        REF(op_errors[114], shapes[381]),
        REF(op_errors[115], shapes[240]),
        REF(op_errors[116], shapes[240]),
        REF(op_errors[117], shapes[382]),
        REF(op_errors[118], shapes[240]),
        REF(op_errors[119], shapes[270]),
        REF(op_errors[120], shapes[240]),
        REF(op_errors[121], shapes[270]),
        REF(op_errors[122], shapes[240]),
        REF(op_errors[123], shapes[240]),
        REF(op_errors[124], shapes[382]),
        REF(op_errors[125], shapes[69]),
        REF(op_errors[126], shapes[240]),
        REF(op_errors[127], shapes[249]),
        REF(op_errors[128], shapes[330]),
        REF(op_errors[129], shapes[375]),
        REF(op_errors[130], shapes[378]),
        REF(op_errors[131], shapes[382]),
        REF(op_errors[132], shapes[451]),
        REF(op_errors[133], shapes[471]),
        REF(op_errors[134], shapes[240]),
        REF(op_errors[135], shapes[270]),
        REF(op_errors[136], shapes[319]),
        REF(op_errors[137], shapes[381]),
        REF(op_errors[138], shapes[382]),
        REF(op_errors[139], shapes[240]),
        REF(op_errors[140], shapes[330]),
        REF(op_errors[141], shapes[378]),
        REF(op_errors[142], shapes[382]),
        REF(op_errors[143], shapes[451]),
        REF(op_errors[144], shapes[28]),
        REF(op_errors[145], shapes[30]),
        REF(op_errors[146], shapes[240]),
        REF(op_errors[147], shapes[270]),
        REF(op_errors[148], shapes[430]),
        REF(op_errors[149], shapes[439]),
        REF(op_errors[150], shapes[240]),
        REF(op_errors[151], shapes[242]),
        REF(op_errors[152], shapes[270]),
        REF(op_errors[153], shapes[318]),
        REF(op_errors[154], shapes[430]),
        REF(op_errors[155], shapes[439]),
        REF(op_errors[156], shapes[442]),
        REF(op_errors[157], shapes[240]),
        REF(op_errors[158], shapes[330]),
        REF(op_errors[159], shapes[378]),
        REF(op_errors[160], shapes[382]),
        REF(op_errors[161], shapes[451]),
        REF(op_errors[162], shapes[240]),
        REF(op_errors[163], shapes[378]),
        REF(op_errors[164], shapes[382]),
        REF(op_errors[165], shapes[451]),
        REF(op_errors[166], shapes[240]),
        REF(op_errors[167], shapes[270]),
        REF(op_errors[168], shapes[381]),
        REF(op_errors[169], shapes[382]),
        REF(op_errors[170], shapes[240]),
        REF(op_errors[171], shapes[330]),
        REF(op_errors[172], shapes[378]),
        REF(op_errors[173], shapes[382]),
        REF(op_errors[174], shapes[451]),
        REF(op_errors[175], shapes[470]),
        REF(op_errors[176], shapes[217]),
        REF(op_errors[177], shapes[240]),
        REF(op_errors[178], shapes[330]),
        REF(op_errors[179], shapes[378]),
        REF(op_errors[180], shapes[382]),
        REF(op_errors[181], shapes[451]),
        REF(op_errors[182], shapes[470]),
        REF(op_errors[183], shapes[472]),
        REF(op_errors[184], shapes[240]),
        REF(op_errors[185], shapes[270]),
        REF(op_errors[186], shapes[381]),
        REF(op_errors[187], shapes[382]),
        REF(op_errors[188], shapes[78]),
        REF(op_errors[189], shapes[240]),
        REF(op_errors[190], shapes[442]),
        REF(op_errors[191], shapes[240]),
        REF(op_errors[192], shapes[382]),
        REF(op_errors[193], shapes[210]),
        REF(op_errors[194], shapes[240]),
        REF(op_errors[195], shapes[345]),
        REF(op_errors[196], shapes[365]),
        REF(op_errors[197], shapes[442]),
        REF(op_errors[198], shapes[210]),
        REF(op_errors[199], shapes[233]),
        REF(op_errors[200], shapes[240]),
        REF(op_errors[201], shapes[270]),
        REF(op_errors[202], shapes[365]),
        REF(op_errors[203], shapes[381]),
        REF(op_errors[204], shapes[69]),
        REF(op_errors[205], shapes[240]),
        REF(op_errors[206], shapes[249]),
        REF(op_errors[207], shapes[330]),
        REF(op_errors[208], shapes[375]),
        REF(op_errors[209], shapes[378]),
        REF(op_errors[210], shapes[382]),
        REF(op_errors[211], shapes[451]),
        REF(op_errors[212], shapes[471]),
        REF(op_errors[213], shapes[240]),
        REF(op_errors[214], shapes[270]),
        REF(op_errors[215], shapes[381]),
        REF(op_errors[216], shapes[382]),
        REF(op_errors[217], shapes[240]),
        REF(op_errors[218], shapes[270]),
        REF(op_errors[219], shapes[381]),
        REF(op_errors[220], shapes[382]),
        REF(op_errors[221], shapes[240]),
        REF(op_errors[222], shapes[270]),
        REF(op_errors[223], shapes[381]),
        REF(op_errors[224], shapes[382]),
        REF(op_errors[225], shapes[240]),
        REF(op_errors[226], shapes[270]),
        REF(op_errors[227], shapes[381]),
        REF(op_errors[228], shapes[382]),
    },
    /* every modeled error of the service, sorted by its code on the wire */
    .service_errors = {
        REF(service_errors[0], shapes[28]),
        REF(service_errors[1], shapes[30]),
        REF(service_errors[2], shapes[69]),
        REF(service_errors[3], shapes[78]),
        REF(service_errors[4], shapes[146]),
        REF(service_errors[5], shapes[161]),
        REF(service_errors[6], shapes[168]),
        REF(service_errors[7], shapes[204]),
        REF(service_errors[8], shapes[210]),
        REF(service_errors[9], shapes[217]),
        REF(service_errors[10], shapes[219]),
        REF(service_errors[11], shapes[222]),
        REF(service_errors[12], shapes[233]),
        REF(service_errors[13], shapes[240]),
        REF(service_errors[14], shapes[241]),
        REF(service_errors[15], shapes[242]),
        REF(service_errors[16], shapes[249]),
        REF(service_errors[17], shapes[270]),
        REF(service_errors[18], shapes[318]),
        REF(service_errors[19], shapes[319]),
        REF(service_errors[20], shapes[330]),
        REF(service_errors[21], shapes[345]),
        REF(service_errors[22], shapes[365]),
        REF(service_errors[23], shapes[375]),
        REF(service_errors[24], shapes[378]),
        REF(service_errors[25], shapes[381]),
        REF(service_errors[26], shapes[382]),
        REF(service_errors[27], shapes[430]),
        REF(service_errors[28], shapes[439]),
        REF(service_errors[29], shapes[442]),
        REF(service_errors[30], shapes[451]),
        REF(service_errors[31], shapes[470]),
        REF(service_errors[32], shapes[471]),
        REF(service_errors[33], shapes[472]),
    },
    /* staticContextParams: name, value (a string, or count strings one
     * after the other), count, type, boolean */
    .static_params = {
        {REF(static_params[0].name_ref, strings[17135]), 0, 0, AWSC_EP_PARAM_BOOLEAN, true},
    },
    /* contextParam members and operationContextParams: parameter name,
     * member name, expression, member index */
    .context_params = {
        {REF(context_params[0].name_ref, strings[16314]), 0, REF(context_params[0].path_ref, paths[0]), 0},
        {REF(context_params[1].name_ref, strings[16314]), 0, REF(context_params[1].path_ref, paths[1]), 0},
        {REF(context_params[2].name_ref, strings[4341]), REF(context_params[2].member_ref, strings[1200]), 0, 0},
        {REF(context_params[3].name_ref, strings[4341]), REF(context_params[3].member_ref, strings[3425]), 0, 0},
        {REF(context_params[4].name_ref, strings[4341]), REF(context_params[4].member_ref, strings[1200]), 0, 1},
        {REF(context_params[5].name_ref, strings[4341]), REF(context_params[5].member_ref, strings[908]), 0, 0},
        {REF(context_params[6].name_ref, strings[4341]), REF(context_params[6].member_ref, strings[1200]), 0, 0},
        {REF(context_params[7].name_ref, strings[4341]), REF(context_params[7].member_ref, strings[4341]), 0, 0},
        {REF(context_params[8].name_ref, strings[4341]), REF(context_params[8].member_ref, strings[1200]), 0, 0},
        {REF(context_params[9].name_ref, strings[4341]), REF(context_params[9].member_ref, strings[908]), 0, 0},
        {REF(context_params[10].name_ref, strings[4341]), REF(context_params[10].member_ref, strings[1200]), 0, 0},
        {REF(context_params[11].name_ref, strings[4341]), REF(context_params[11].member_ref, strings[1200]), 0, 0},
        {REF(context_params[12].name_ref, strings[4341]), REF(context_params[12].member_ref, strings[4757]), 0, 0},
        {REF(context_params[13].name_ref, strings[4341]), REF(context_params[13].member_ref, strings[3425]), 0, 0},
        {REF(context_params[14].name_ref, strings[4341]), REF(context_params[14].member_ref, strings[3425]), 0, 0},
        {REF(context_params[15].name_ref, strings[4341]), REF(context_params[15].member_ref, strings[4960]), 0, 0},
        {REF(context_params[16].name_ref, strings[4341]), REF(context_params[16].member_ref, strings[1200]), 0, 0},
        {REF(context_params[17].name_ref, strings[4341]), REF(context_params[17].member_ref, strings[1200]), 0, 0},
        {REF(context_params[18].name_ref, strings[4341]), REF(context_params[18].member_ref, strings[1200]), 0, 0},
        {REF(context_params[19].name_ref, strings[4341]), REF(context_params[19].member_ref, strings[1200]), 0, 0},
        {REF(context_params[20].name_ref, strings[4341]), REF(context_params[20].member_ref, strings[1200]), 0, 0},
        {REF(context_params[21].name_ref, strings[4341]), REF(context_params[21].member_ref, strings[1200]), 0, 0},
        {REF(context_params[22].name_ref, strings[4341]), REF(context_params[22].member_ref, strings[1218]), 0, 0},
        {REF(context_params[23].name_ref, strings[4341]), REF(context_params[23].member_ref, strings[1200]), 0, 0},
        {REF(context_params[24].name_ref, strings[4341]), REF(context_params[24].member_ref, strings[4341]), 0, 0},
        {REF(context_params[25].name_ref, strings[4341]), 0, REF(context_params[25].path_ref, paths[2]), 0},
        {REF(context_params[26].name_ref, strings[4341]), REF(context_params[26].member_ref, strings[1200]), 0, 0},
        {REF(context_params[27].name_ref, strings[4341]), REF(context_params[27].member_ref, strings[1200]), 0, 0},
        {REF(context_params[28].name_ref, strings[4341]), REF(context_params[28].member_ref, strings[1218]), 0, 0},
        {REF(context_params[29].name_ref, strings[4341]), REF(context_params[29].member_ref, strings[1218]), 0, 0},
        {REF(context_params[30].name_ref, strings[4341]), REF(context_params[30].member_ref, strings[4341]), 0, 0},
        {REF(context_params[31].name_ref, strings[4341]), REF(context_params[31].member_ref, strings[1200]), 0, 0},
        {REF(context_params[32].name_ref, strings[4341]), REF(context_params[32].member_ref, strings[4341]), 0, 0},
        {REF(context_params[33].name_ref, strings[4341]), REF(context_params[33].member_ref, strings[1200]), 0, 0},
        {REF(context_params[34].name_ref, strings[4341]), REF(context_params[34].member_ref, strings[12921]), 0, 0},
        {REF(context_params[35].name_ref, strings[4341]), REF(context_params[35].member_ref, strings[12921]), 0, 2},
        {REF(context_params[36].name_ref, strings[4341]), REF(context_params[36].member_ref, strings[1200]), 0, 0},
        {REF(context_params[37].name_ref, strings[4341]), REF(context_params[37].member_ref, strings[1200]), 0, 0},
        {REF(context_params[38].name_ref, strings[4341]), REF(context_params[38].member_ref, strings[4341]), 0, 0},
        {REF(context_params[39].name_ref, strings[16314]), 0, REF(context_params[39].path_ref, paths[3]), 0},
        {REF(context_params[40].name_ref, strings[16314]), 0, REF(context_params[40].path_ref, paths[4]), 0},
        {REF(context_params[41].name_ref, strings[4341]), REF(context_params[41].member_ref, strings[4341]), 0, 0},
        {REF(context_params[42].name_ref, strings[4341]), REF(context_params[42].member_ref, strings[1200]), 0, 0},
        {REF(context_params[43].name_ref, strings[4341]), REF(context_params[43].member_ref, strings[1200]), 0, 0},
        {REF(context_params[44].name_ref, strings[4341]), REF(context_params[44].member_ref, strings[3425]), 0, 0},
        {REF(context_params[45].name_ref, strings[4341]), REF(context_params[45].member_ref, strings[3425]), 0, 0},
        {REF(context_params[46].name_ref, strings[4341]), REF(context_params[46].member_ref, strings[1200]), 0, 0},
        {REF(context_params[47].name_ref, strings[4341]), REF(context_params[47].member_ref, strings[1200]), 0, 0},
        {REF(context_params[48].name_ref, strings[4341]), REF(context_params[48].member_ref, strings[1200]), 0, 1},
        {REF(context_params[49].name_ref, strings[4341]), REF(context_params[49].member_ref, strings[1200]), 0, 1},
        {REF(context_params[50].name_ref, strings[4341]), REF(context_params[50].member_ref, strings[1200]), 0, 0},
    },
    /* the expressions of operationContextParams, compiled */
    .paths = {
        {REF(paths[0].text_ref, strings[16295]), REF(paths[0].nodes_ref, path_nodes[0]), 2}, /* BatchGetItem */
        {REF(paths[1].text_ref, strings[16295]), REF(paths[1].nodes_ref, path_nodes[2]), 2}, /* BatchWriteItem */
        {REF(paths[2].text_ref, strings[16894]), REF(paths[2].nodes_ref, path_nodes[4]), 3}, /* ImportTable */
        {REF(paths[3].text_ref, strings[17182]), REF(paths[3].nodes_ref, path_nodes[7]), 5}, /* TransactGetItems */
        {REF(paths[4].text_ref, strings[17232]), REF(paths[4].nodes_ref, path_nodes[12]), 21}, /* TransactWriteItems */
    },
    .path_nodes = {
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = REF(path_nodes[0].string_ref, strings[1446])},
        {.op = AWSC_JP_KEYS, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = REF(path_nodes[2].string_ref, strings[1446])},
        {.op = AWSC_JP_KEYS, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 5, .string_ref = REF(path_nodes[4].string_ref, strings[8053])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = REF(path_nodes[5].string_ref, strings[1200])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = REF(path_nodes[7].string_ref, strings[14789])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = REF(path_nodes[8].string_ref, strings[6623])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = REF(path_nodes[9].string_ref, strings[1200])},
        {.op = AWSC_JP_SUB, .a = 1, .b = 2},
        {.op = AWSC_JP_PROJECT, .a = 0, .b = 3},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = REF(path_nodes[12].string_ref, strings[14789])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = REF(path_nodes[13].string_ref, strings[2528])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = REF(path_nodes[14].string_ref, strings[1200])},
        {.op = AWSC_JP_SUB, .a = 1, .b = 2},
        {.op = AWSC_JP_MULTI_LIST, .a = 3, .index = 1},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = REF(path_nodes[17].string_ref, strings[10598])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = REF(path_nodes[18].string_ref, strings[1200])},
        {.op = AWSC_JP_SUB, .a = 5, .b = 6},
        {.op = AWSC_JP_MULTI_LIST, .a = 7, .b = 4, .index = 2},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = REF(path_nodes[21].string_ref, strings[4061])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = REF(path_nodes[22].string_ref, strings[1200])},
        {.op = AWSC_JP_SUB, .a = 9, .b = 10},
        {.op = AWSC_JP_MULTI_LIST, .a = 11, .b = 8, .index = 3},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = REF(path_nodes[25].string_ref, strings[7069])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = REF(path_nodes[26].string_ref, strings[1200])},
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
    .shapes = {
        [0] = { /* ApproximateCreationDateTimePrecision */
            .name_ref = REF(shapes[0].name_ref, strings[0]),
            .u.string.enum_values_ref = REF(shapes[0].u.string.enum_values_ref, strings[37]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [1] = { /* ArchivalReason */
            .name_ref = REF(shapes[1].name_ref, strings[61]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [2] = { /* ArchivalSummary */
            .name_ref = REF(shapes[2].name_ref, strings[76]),
            .u.structure.members_ref = REF(shapes[2].u.structure.members_ref, members[0]),
            .u.structure.by_wire_name_ref = REF(shapes[2].u.structure.by_wire_name_ref, by_wire_name[0]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_archival_summary),
            .u.structure.member_count = 3,
        },
        [3] = { /* AttributeAction */
            .name_ref = REF(shapes[3].name_ref, strings[127]),
            .u.string.enum_values_ref = REF(shapes[3].u.string.enum_values_ref, strings[143]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [4] = { /* AttributeDefinition */
            .name_ref = REF(shapes[4].name_ref, strings[158]),
            .u.structure.members_ref = REF(shapes[4].u.structure.members_ref, members[3]),
            .u.structure.by_wire_name_ref = REF(shapes[4].u.structure.by_wire_name_ref, by_wire_name[3]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_attribute_definition),
            .u.structure.member_count = 2,
        },
        [5] = { /* AttributeDefinitions */
            .name_ref = REF(shapes[5].name_ref, strings[206]),
            .u.collection.item_ref = REF(shapes[5].u.collection.item_ref, shapes[4]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_attribute_definitions),
        },
        [6] = { /* AttributeMap */
            .name_ref = REF(shapes[6].name_ref, strings[227]),
            .u.collection.item_ref = REF(shapes[6].u.collection.item_ref, shapes[10]),
            .u.collection.key_ref = REF(shapes[6].u.collection.key_ref, shapes[7]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_dynamodb_attribute_map),
            .u.collection.value_offset = offsetof(struct awsc_dynamodb_attribute_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_dynamodb_attribute_map_entry),
        },
        [7] = { /* AttributeName */
            .name_ref = REF(shapes[7].name_ref, strings[178]),
            .range_ref = REF(shapes[7].range_ref, ranges[0]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [8] = { /* AttributeNameList */
            .name_ref = REF(shapes[8].name_ref, strings[240]),
            .range_ref = REF(shapes[8].range_ref, ranges[1]),
            .u.collection.item_ref = REF(shapes[8].u.collection.item_ref, shapes[7]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_attribute_name_list),
        },
        [9] = { /* AttributeUpdates */
            .name_ref = REF(shapes[9].name_ref, strings[258]),
            .u.collection.item_ref = REF(shapes[9].u.collection.item_ref, shapes[12]),
            .u.collection.key_ref = REF(shapes[9].u.collection.key_ref, shapes[7]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_dynamodb_attribute_updates),
            .u.collection.value_offset = offsetof(struct awsc_dynamodb_attribute_updates_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_dynamodb_attribute_updates_entry),
        },
        [10] = { /* AttributeValue */
            .name_ref = REF(shapes[10].name_ref, strings[275]),
            .u.structure.members_ref = REF(shapes[10].u.structure.members_ref, members[5]),
            .u.structure.by_wire_name_ref = REF(shapes[10].u.structure.by_wire_name_ref, by_wire_name[5]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_attribute_value),
            .u.structure.member_count = 10,
        },
        [11] = { /* AttributeValueList */
            .name_ref = REF(shapes[11].name_ref, strings[319]),
            .u.collection.item_ref = REF(shapes[11].u.collection.item_ref, shapes[10]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_attribute_value_list),
        },
        [12] = { /* AttributeValueUpdate */
            .name_ref = REF(shapes[12].name_ref, strings[338]),
            .u.structure.members_ref = REF(shapes[12].u.structure.members_ref, members[15]),
            .u.structure.by_wire_name_ref = REF(shapes[12].u.structure.by_wire_name_ref, by_wire_name[15]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_attribute_value_update),
            .u.structure.member_count = 2,
        },
        [13] = { /* AutoScalingPolicyDescription */
            .name_ref = REF(shapes[13].name_ref, strings[372]),
            .u.structure.members_ref = REF(shapes[13].u.structure.members_ref, members[17]),
            .u.structure.by_wire_name_ref = REF(shapes[13].u.structure.by_wire_name_ref, by_wire_name[17]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_auto_scaling_policy_description),
            .u.structure.member_count = 2,
        },
        [14] = { /* AutoScalingPolicyDescriptionList */
            .name_ref = REF(shapes[14].name_ref, strings[453]),
            .u.collection.item_ref = REF(shapes[14].u.collection.item_ref, shapes[13]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_auto_scaling_policy_description_list),
        },
        [15] = { /* AutoScalingPolicyName */
            .name_ref = REF(shapes[15].name_ref, strings[486]),
            .range_ref = REF(shapes[15].range_ref, ranges[2]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [16] = { /* AutoScalingPolicyUpdate */
            .name_ref = REF(shapes[16].name_ref, strings[508]),
            .u.structure.members_ref = REF(shapes[16].u.structure.members_ref, members[19]),
            .u.structure.by_wire_name_ref = REF(shapes[16].u.structure.by_wire_name_ref, by_wire_name[19]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_auto_scaling_policy_update),
            .u.structure.member_count = 2,
        },
        [17] = { /* AutoScalingRoleArn */
            .name_ref = REF(shapes[17].name_ref, strings[532]),
            .range_ref = REF(shapes[17].range_ref, ranges[3]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [18] = { /* AutoScalingSettingsDescription */
            .name_ref = REF(shapes[18].name_ref, strings[551]),
            .u.structure.members_ref = REF(shapes[18].u.structure.members_ref, members[21]),
            .u.structure.by_wire_name_ref = REF(shapes[18].u.structure.by_wire_name_ref, by_wire_name[21]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_auto_scaling_settings_description),
            .u.structure.member_count = 5,
        },
        [19] = { /* AutoScalingSettingsUpdate */
            .name_ref = REF(shapes[19].name_ref, strings[644]),
            .u.structure.members_ref = REF(shapes[19].u.structure.members_ref, members[26]),
            .u.structure.by_wire_name_ref = REF(shapes[19].u.structure.by_wire_name_ref, by_wire_name[26]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_auto_scaling_settings_update),
            .u.structure.member_count = 5,
        },
        [20] = { /* AutoScalingTargetTrackingScalingPolicyConfigurationDescription */
            .name_ref = REF(shapes[20].name_ref, strings[690]),
            .u.structure.members_ref = REF(shapes[20].u.structure.members_ref, members[31]),
            .u.structure.by_wire_name_ref = REF(shapes[20].u.structure.by_wire_name_ref, by_wire_name[31]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description),
            .u.structure.member_count = 4,
        },
        [21] = { /* AutoScalingTargetTrackingScalingPolicyConfigurationUpdate */
            .name_ref = REF(shapes[21].name_ref, strings[813]),
            .u.structure.members_ref = REF(shapes[21].u.structure.members_ref, members[35]),
            .u.structure.by_wire_name_ref = REF(shapes[21].u.structure.by_wire_name_ref, by_wire_name[35]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update),
            .u.structure.member_count = 4,
        },
        [22] = { /* AvailabilityErrorMessage */
            .name_ref = REF(shapes[22].name_ref, strings[871]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [23] = { /* Backfilling */
            .name_ref = REF(shapes[23].name_ref, strings[896]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [24] = { /* BackupArn */
            .name_ref = REF(shapes[24].name_ref, strings[908]),
            .range_ref = REF(shapes[24].range_ref, ranges[4]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [25] = { /* BackupCreationDateTime */
            .name_ref = REF(shapes[25].name_ref, strings[918]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [26] = { /* BackupDescription */
            .name_ref = REF(shapes[26].name_ref, strings[941]),
            .u.structure.members_ref = REF(shapes[26].u.structure.members_ref, members[39]),
            .u.structure.by_wire_name_ref = REF(shapes[26].u.structure.by_wire_name_ref, by_wire_name[39]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_backup_description),
            .u.structure.member_count = 3,
        },
        [27] = { /* BackupDetails */
            .name_ref = REF(shapes[27].name_ref, strings[959]),
            .u.structure.members_ref = REF(shapes[27].u.structure.members_ref, members[42]),
            .u.structure.by_wire_name_ref = REF(shapes[27].u.structure.by_wire_name_ref, by_wire_name[42]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_backup_details),
            .u.structure.member_count = 7,
        },
        [28] = { /* BackupInUseException */
            .name_ref = REF(shapes[28].name_ref, strings[1090]),
            .u.structure.members_ref = REF(shapes[28].u.structure.members_ref, members[49]),
            .u.structure.by_wire_name_ref = REF(shapes[28].u.structure.by_wire_name_ref, by_wire_name[49]),
            .u.structure.error_code_ref = REF(shapes[28].u.structure.error_code_ref, strings[1090]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_backup_in_use_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [29] = { /* BackupName */
            .name_ref = REF(shapes[29].name_ref, strings[1018]),
            .range_ref = REF(shapes[29].range_ref, ranges[5]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [30] = { /* BackupNotFoundException */
            .name_ref = REF(shapes[30].name_ref, strings[1119]),
            .u.structure.members_ref = REF(shapes[30].u.structure.members_ref, members[50]),
            .u.structure.by_wire_name_ref = REF(shapes[30].u.structure.by_wire_name_ref, by_wire_name[50]),
            .u.structure.error_code_ref = REF(shapes[30].u.structure.error_code_ref, strings[1119]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_backup_not_found_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [31] = { /* BackupSizeBytes */
            .name_ref = REF(shapes[31].name_ref, strings[1029]),
            .range_ref = REF(shapes[31].range_ref, ranges[6]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [32] = { /* BackupStatus */
            .name_ref = REF(shapes[32].name_ref, strings[1045]),
            .u.string.enum_values_ref = REF(shapes[32].u.string.enum_values_ref, strings[1143]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [33] = { /* BackupSummaries */
            .name_ref = REF(shapes[33].name_ref, strings[1170]),
            .u.collection.item_ref = REF(shapes[33].u.collection.item_ref, shapes[34]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_backup_summaries),
        },
        [34] = { /* BackupSummary */
            .name_ref = REF(shapes[34].name_ref, strings[1186]),
            .u.structure.members_ref = REF(shapes[34].u.structure.members_ref, members[51]),
            .u.structure.by_wire_name_ref = REF(shapes[34].u.structure.by_wire_name_ref, by_wire_name[51]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_backup_summary),
            .u.structure.member_count = 10,
        },
        [35] = { /* BackupType */
            .name_ref = REF(shapes[35].name_ref, strings[1058]),
            .u.string.enum_values_ref = REF(shapes[35].u.string.enum_values_ref, strings[1227]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [36] = { /* BackupTypeFilter */
            .name_ref = REF(shapes[36].name_ref, strings[1250]),
            .u.string.enum_values_ref = REF(shapes[36].u.string.enum_values_ref, strings[1267]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 4,
        },
        [37] = { /* BackupsInputLimit */
            .name_ref = REF(shapes[37].name_ref, strings[1294]),
            .range_ref = REF(shapes[37].range_ref, ranges[7]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [38] = { /* BatchExecuteStatementInput */
            .name_ref = REF(shapes[38].name_ref, strings[1312]),
            .u.structure.members_ref = REF(shapes[38].u.structure.members_ref, members[61]),
            .u.structure.by_wire_name_ref = REF(shapes[38].u.structure.by_wire_name_ref, by_wire_name[61]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_batch_execute_statement_input),
            .u.structure.member_count = 2,
        },
        [39] = { /* BatchExecuteStatementOutput */
            .name_ref = REF(shapes[39].name_ref, strings[1373]),
            .u.structure.members_ref = REF(shapes[39].u.structure.members_ref, members[63]),
            .u.structure.by_wire_name_ref = REF(shapes[39].u.structure.by_wire_name_ref, by_wire_name[63]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_batch_execute_statement_output),
            .u.structure.member_count = 2,
        },
        [40] = { /* BatchGetItemInput */
            .name_ref = REF(shapes[40].name_ref, strings[1428]),
            .u.structure.members_ref = REF(shapes[40].u.structure.members_ref, members[65]),
            .u.structure.by_wire_name_ref = REF(shapes[40].u.structure.by_wire_name_ref, by_wire_name[65]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_batch_get_item_input),
            .u.structure.member_count = 2,
        },
        [41] = { /* BatchGetItemOutput */
            .name_ref = REF(shapes[41].name_ref, strings[1459]),
            .u.structure.members_ref = REF(shapes[41].u.structure.members_ref, members[67]),
            .u.structure.by_wire_name_ref = REF(shapes[41].u.structure.by_wire_name_ref, by_wire_name[67]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_batch_get_item_output),
            .u.structure.member_count = 3,
        },
        [42] = { /* BatchGetRequestMap */
            .name_ref = REF(shapes[42].name_ref, strings[1494]),
            .range_ref = REF(shapes[42].range_ref, ranges[8]),
            .u.collection.item_ref = REF(shapes[42].u.collection.item_ref, shapes[264]),
            .u.collection.key_ref = REF(shapes[42].u.collection.key_ref, shapes[431]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_dynamodb_batch_get_request_map),
            .u.collection.value_offset = offsetof(struct awsc_dynamodb_batch_get_request_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_dynamodb_batch_get_request_map_entry),
        },
        [43] = { /* BatchGetResponseMap */
            .name_ref = REF(shapes[43].name_ref, strings[1513]),
            .u.collection.item_ref = REF(shapes[43].u.collection.item_ref, shapes[251]),
            .u.collection.key_ref = REF(shapes[43].u.collection.key_ref, shapes[431]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_dynamodb_batch_get_response_map),
            .u.collection.value_offset = offsetof(struct awsc_dynamodb_batch_get_response_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_dynamodb_batch_get_response_map_entry),
        },
        [44] = { /* BatchStatementError */
            .name_ref = REF(shapes[44].name_ref, strings[1533]),
            .u.structure.members_ref = REF(shapes[44].u.structure.members_ref, members[70]),
            .u.structure.by_wire_name_ref = REF(shapes[44].u.structure.by_wire_name_ref, by_wire_name[70]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_batch_statement_error),
            .u.structure.member_count = 3,
        },
        [45] = { /* BatchStatementErrorCodeEnum */
            .name_ref = REF(shapes[45].name_ref, strings[1571]),
            .u.string.enum_values_ref = REF(shapes[45].u.string.enum_values_ref, strings[1599]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 11,
        },
        [46] = { /* BatchStatementRequest */
            .name_ref = REF(shapes[46].name_ref, strings[1821]),
            .u.structure.members_ref = REF(shapes[46].u.structure.members_ref, members[73]),
            .u.structure.by_wire_name_ref = REF(shapes[46].u.structure.by_wire_name_ref, by_wire_name[73]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_batch_statement_request),
            .u.structure.member_count = 4,
        },
        [47] = { /* BatchStatementResponse */
            .name_ref = REF(shapes[47].name_ref, strings[1915]),
            .u.structure.members_ref = REF(shapes[47].u.structure.members_ref, members[77]),
            .u.structure.by_wire_name_ref = REF(shapes[47].u.structure.by_wire_name_ref, by_wire_name[77]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_batch_statement_response),
            .u.structure.member_count = 3,
        },
        [48] = { /* BatchWriteItemInput */
            .name_ref = REF(shapes[48].name_ref, strings[1944]),
            .u.structure.members_ref = REF(shapes[48].u.structure.members_ref, members[80]),
            .u.structure.by_wire_name_ref = REF(shapes[48].u.structure.by_wire_name_ref, by_wire_name[80]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_batch_write_item_input),
            .u.structure.member_count = 3,
        },
        [49] = { /* BatchWriteItemOutput */
            .name_ref = REF(shapes[49].name_ref, strings[1992]),
            .u.structure.members_ref = REF(shapes[49].u.structure.members_ref, members[83]),
            .u.structure.by_wire_name_ref = REF(shapes[49].u.structure.by_wire_name_ref, by_wire_name[83]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_batch_write_item_output),
            .u.structure.member_count = 3,
        },
        [50] = { /* BatchWriteItemRequestMap */
            .name_ref = REF(shapes[50].name_ref, strings[2052]),
            .range_ref = REF(shapes[50].range_ref, ranges[9]),
            .u.collection.item_ref = REF(shapes[50].u.collection.item_ref, shapes[513]),
            .u.collection.key_ref = REF(shapes[50].u.collection.key_ref, shapes[431]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_dynamodb_batch_write_item_request_map),
            .u.collection.value_offset = offsetof(struct awsc_dynamodb_batch_write_item_request_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_dynamodb_batch_write_item_request_map_entry),
        },
        [51] = { /* BilledSizeBytes */
            .name_ref = REF(shapes[51].name_ref, strings[2077]),
            .range_ref = REF(shapes[51].range_ref, ranges[10]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [52] = { /* BillingMode */
            .name_ref = REF(shapes[52].name_ref, strings[2093]),
            .u.string.enum_values_ref = REF(shapes[52].u.string.enum_values_ref, strings[2105]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [53] = { /* BillingModeSummary */
            .name_ref = REF(shapes[53].name_ref, strings[2133]),
            .u.structure.members_ref = REF(shapes[53].u.structure.members_ref, members[86]),
            .u.structure.by_wire_name_ref = REF(shapes[53].u.structure.by_wire_name_ref, by_wire_name[86]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_billing_mode_summary),
            .u.structure.member_count = 2,
        },
        [54] = { /* BinaryAttributeValue */
            .name_ref = REF(shapes[54].name_ref, strings[2186]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [55] = { /* BinarySetAttributeValue */
            .name_ref = REF(shapes[55].name_ref, strings[2207]),
            .u.collection.item_ref = REF(shapes[55].u.collection.item_ref, shapes[54]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_binary_set_attribute_value),
        },
        [56] = { /* BooleanAttributeValue */
            .name_ref = REF(shapes[56].name_ref, strings[2231]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [57] = { /* BooleanObject */
            .name_ref = REF(shapes[57].name_ref, strings[2253]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [58] = { /* CancellationReason */
            .name_ref = REF(shapes[58].name_ref, strings[2267]),
            .u.structure.members_ref = REF(shapes[58].u.structure.members_ref, members[88]),
            .u.structure.by_wire_name_ref = REF(shapes[58].u.structure.by_wire_name_ref, by_wire_name[88]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_cancellation_reason),
            .u.structure.member_count = 3,
        },
        [59] = { /* CancellationReasonList */
            .name_ref = REF(shapes[59].name_ref, strings[2286]),
            .range_ref = REF(shapes[59].range_ref, ranges[11]),
            .u.collection.item_ref = REF(shapes[59].u.collection.item_ref, shapes[58]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_cancellation_reason_list),
        },
        [60] = { /* Capacity */
            .name_ref = REF(shapes[60].name_ref, strings[2309]),
            .u.structure.members_ref = REF(shapes[60].u.structure.members_ref, members[91]),
            .u.structure.by_wire_name_ref = REF(shapes[60].u.structure.by_wire_name_ref, by_wire_name[91]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_capacity),
            .u.structure.member_count = 3,
        },
        [61] = { /* ClientRequestToken */
            .name_ref = REF(shapes[61].name_ref, strings[2369]),
            .range_ref = REF(shapes[61].range_ref, ranges[12]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [62] = { /* ClientToken */
            .name_ref = REF(shapes[62].name_ref, strings[2388]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [63] = { /* CloudWatchLogGroupArn */
            .name_ref = REF(shapes[63].name_ref, strings[2400]),
            .range_ref = REF(shapes[63].range_ref, ranges[13]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [64] = { /* Code */
            .name_ref = REF(shapes[64].name_ref, strings[1553]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [65] = { /* ComparisonOperator */
            .name_ref = REF(shapes[65].name_ref, strings[2422]),
            .u.string.enum_values_ref = REF(shapes[65].u.string.enum_values_ref, strings[2441]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 13,
        },
        [66] = { /* Condition */
            .name_ref = REF(shapes[66].name_ref, strings[2518]),
            .u.structure.members_ref = REF(shapes[66].u.structure.members_ref, members[94]),
            .u.structure.by_wire_name_ref = REF(shapes[66].u.structure.by_wire_name_ref, by_wire_name[94]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_condition),
            .u.structure.member_count = 2,
        },
        [67] = { /* ConditionCheck */
            .name_ref = REF(shapes[67].name_ref, strings[2528]),
            .u.structure.members_ref = REF(shapes[67].u.structure.members_ref, members[96]),
            .u.structure.by_wire_name_ref = REF(shapes[67].u.structure.by_wire_name_ref, by_wire_name[96]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_condition_check),
            .u.structure.member_count = 6,
        },
        [68] = { /* ConditionExpression */
            .name_ref = REF(shapes[68].name_ref, strings[2547]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [69] = { /* ConditionalCheckFailedException */
            .name_ref = REF(shapes[69].name_ref, strings[2618]),
            .u.structure.members_ref = REF(shapes[69].u.structure.members_ref, members[102]),
            .u.structure.by_wire_name_ref = REF(shapes[69].u.structure.by_wire_name_ref, by_wire_name[102]),
            .u.structure.error_code_ref = REF(shapes[69].u.structure.error_code_ref, strings[2618]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_conditional_check_failed_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 0,
        },
        [70] = { /* ConditionalOperator */
            .name_ref = REF(shapes[70].name_ref, strings[2650]),
            .u.string.enum_values_ref = REF(shapes[70].u.string.enum_values_ref, strings[2670]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [71] = { /* ConfirmRemoveSelfResourceAccess */
            .name_ref = REF(shapes[71].name_ref, strings[2677]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [72] = { /* ConsistentRead */
            .name_ref = REF(shapes[72].name_ref, strings[1864]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [73] = { /* ConsumedCapacity */
            .name_ref = REF(shapes[73].name_ref, strings[1411]),
            .u.structure.members_ref = REF(shapes[73].u.structure.members_ref, members[104]),
            .u.structure.by_wire_name_ref = REF(shapes[73].u.structure.by_wire_name_ref, by_wire_name[104]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_consumed_capacity),
            .u.structure.member_count = 8,
        },
        [74] = { /* ConsumedCapacityMultiple */
            .name_ref = REF(shapes[74].name_ref, strings[2774]),
            .u.collection.item_ref = REF(shapes[74].u.collection.item_ref, shapes[73]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_consumed_capacity_multiple),
        },
        [75] = { /* ConsumedCapacityUnits */
            .name_ref = REF(shapes[75].name_ref, strings[2799]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [76] = { /* ContinuousBackupsDescription */
            .name_ref = REF(shapes[76].name_ref, strings[2821]),
            .u.structure.members_ref = REF(shapes[76].u.structure.members_ref, members[112]),
            .u.structure.by_wire_name_ref = REF(shapes[76].u.structure.by_wire_name_ref, by_wire_name[112]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_continuous_backups_description),
            .u.structure.member_count = 2,
        },
        [77] = { /* ContinuousBackupsStatus */
            .name_ref = REF(shapes[77].name_ref, strings[2850]),
            .u.string.enum_values_ref = REF(shapes[77].u.string.enum_values_ref, strings[2905]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [78] = { /* ContinuousBackupsUnavailableException */
            .name_ref = REF(shapes[78].name_ref, strings[2922]),
            .u.structure.members_ref = REF(shapes[78].u.structure.members_ref, members[114]),
            .u.structure.by_wire_name_ref = REF(shapes[78].u.structure.by_wire_name_ref, by_wire_name[114]),
            .u.structure.error_code_ref = REF(shapes[78].u.structure.error_code_ref, strings[2922]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_continuous_backups_unavailable_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [79] = { /* ContributorInsightsAction */
            .name_ref = REF(shapes[79].name_ref, strings[2960]),
            .u.string.enum_values_ref = REF(shapes[79].u.string.enum_values_ref, strings[2986]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [80] = { /* ContributorInsightsMode */
            .name_ref = REF(shapes[80].name_ref, strings[3001]),
            .u.string.enum_values_ref = REF(shapes[80].u.string.enum_values_ref, strings[3025]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [81] = { /* ContributorInsightsRule */
            .name_ref = REF(shapes[81].name_ref, strings[3068]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [82] = { /* ContributorInsightsRuleList */
            .name_ref = REF(shapes[82].name_ref, strings[3092]),
            .u.collection.item_ref = REF(shapes[82].u.collection.item_ref, shapes[81]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_attribute_name_list),
        },
        [83] = { /* ContributorInsightsStatus */
            .name_ref = REF(shapes[83].name_ref, strings[3120]),
            .u.string.enum_values_ref = REF(shapes[83].u.string.enum_values_ref, strings[3146]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 5,
        },
        [84] = { /* ContributorInsightsSummaries */
            .name_ref = REF(shapes[84].name_ref, strings[3189]),
            .u.collection.item_ref = REF(shapes[84].u.collection.item_ref, shapes[85]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_contributor_insights_summaries),
        },
        [85] = { /* ContributorInsightsSummary */
            .name_ref = REF(shapes[85].name_ref, strings[3218]),
            .u.structure.members_ref = REF(shapes[85].u.structure.members_ref, members[115]),
            .u.structure.by_wire_name_ref = REF(shapes[85].u.structure.by_wire_name_ref, by_wire_name[115]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_contributor_insights_summary),
            .u.structure.member_count = 4,
        },
        [86] = { /* CreateBackupInput */
            .name_ref = REF(shapes[86].name_ref, strings[3255]),
            .u.structure.members_ref = REF(shapes[86].u.structure.members_ref, members[119]),
            .u.structure.by_wire_name_ref = REF(shapes[86].u.structure.by_wire_name_ref, by_wire_name[119]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_create_backup_input),
            .u.structure.member_count = 2,
        },
        [87] = { /* CreateBackupOutput */
            .name_ref = REF(shapes[87].name_ref, strings[3273]),
            .u.structure.members_ref = REF(shapes[87].u.structure.members_ref, members[121]),
            .u.structure.by_wire_name_ref = REF(shapes[87].u.structure.by_wire_name_ref, by_wire_name[121]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_create_backup_output),
            .u.structure.member_count = 1,
        },
        [88] = { /* CreateGlobalSecondaryIndexAction */
            .name_ref = REF(shapes[88].name_ref, strings[3292]),
            .u.structure.members_ref = REF(shapes[88].u.structure.members_ref, members[122]),
            .u.structure.by_wire_name_ref = REF(shapes[88].u.structure.by_wire_name_ref, by_wire_name[122]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_create_global_secondary_index_action),
            .u.structure.member_count = 6,
        },
        [89] = { /* CreateGlobalTableInput */
            .name_ref = REF(shapes[89].name_ref, strings[3402]),
            .u.structure.members_ref = REF(shapes[89].u.structure.members_ref, members[128]),
            .u.structure.by_wire_name_ref = REF(shapes[89].u.structure.by_wire_name_ref, by_wire_name[128]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_create_global_table_input),
            .u.structure.member_count = 2,
        },
        [90] = { /* CreateGlobalTableOutput */
            .name_ref = REF(shapes[90].name_ref, strings[3458]),
            .u.structure.members_ref = REF(shapes[90].u.structure.members_ref, members[130]),
            .u.structure.by_wire_name_ref = REF(shapes[90].u.structure.by_wire_name_ref, by_wire_name[130]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_create_global_table_output),
            .u.structure.member_count = 1,
        },
        [91] = { /* CreateGlobalTableWitnessGroupMemberAction */
            .name_ref = REF(shapes[91].name_ref, strings[3505]),
            .u.structure.members_ref = REF(shapes[91].u.structure.members_ref, members[131]),
            .u.structure.by_wire_name_ref = REF(shapes[91].u.structure.by_wire_name_ref, by_wire_name[131]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_create_global_table_witness_group_member_action),
            .u.structure.member_count = 1,
        },
        [92] = { /* CreateReplicaAction */
            .name_ref = REF(shapes[92].name_ref, strings[3558]),
            .u.structure.members_ref = REF(shapes[92].u.structure.members_ref, members[132]),
            .u.structure.by_wire_name_ref = REF(shapes[92].u.structure.by_wire_name_ref, by_wire_name[132]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_create_replica_action),
            .u.structure.member_count = 1,
        },
        [93] = { /* CreateReplicationGroupMemberAction */
            .name_ref = REF(shapes[93].name_ref, strings[3578]),
            .u.structure.members_ref = REF(shapes[93].u.structure.members_ref, members[133]),
            .u.structure.by_wire_name_ref = REF(shapes[93].u.structure.by_wire_name_ref, by_wire_name[133]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_create_replication_group_member_action),
            .u.structure.member_count = 6,
        },
        [94] = { /* CreateTableInput */
            .name_ref = REF(shapes[94].name_ref, strings[3704]),
            .u.structure.members_ref = REF(shapes[94].u.structure.members_ref, members[139]),
            .u.structure.by_wire_name_ref = REF(shapes[94].u.structure.by_wire_name_ref, by_wire_name[139]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_create_table_input),
            .u.structure.member_count = 18,
        },
        [95] = { /* CreateTableOutput */
            .name_ref = REF(shapes[95].name_ref, strings[3871]),
            .u.structure.members_ref = REF(shapes[95].u.structure.members_ref, members[157]),
            .u.structure.by_wire_name_ref = REF(shapes[95].u.structure.by_wire_name_ref, by_wire_name[157]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_create_table_output),
            .u.structure.member_count = 1,
        },
        [96] = { /* CreateVectorIndexAction */
            .name_ref = REF(shapes[96].name_ref, strings[3906]),
            .u.structure.members_ref = REF(shapes[96].u.structure.members_ref, members[158]),
            .u.structure.by_wire_name_ref = REF(shapes[96].u.structure.by_wire_name_ref, by_wire_name[158]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_create_vector_index_action),
            .u.structure.member_count = 6,
        },
        [97] = { /* CsvDelimiter */
            .name_ref = REF(shapes[97].name_ref, strings[3987]),
            .range_ref = REF(shapes[97].range_ref, ranges[14]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [98] = { /* CsvHeader */
            .name_ref = REF(shapes[98].name_ref, strings[4000]),
            .range_ref = REF(shapes[98].range_ref, ranges[15]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [99] = { /* CsvHeaderList */
            .name_ref = REF(shapes[99].name_ref, strings[4010]),
            .range_ref = REF(shapes[99].range_ref, ranges[16]),
            .u.collection.item_ref = REF(shapes[99].u.collection.item_ref, shapes[98]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_attribute_name_list),
        },
        [100] = { /* CsvOptions */
            .name_ref = REF(shapes[100].name_ref, strings[4024]),
            .u.structure.members_ref = REF(shapes[100].u.structure.members_ref, members[164]),
            .u.structure.by_wire_name_ref = REF(shapes[100].u.structure.by_wire_name_ref, by_wire_name[164]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_csv_options),
            .u.structure.member_count = 2,
        },
        [101] = { /* Date */
            .name_ref = REF(shapes[101].name_ref, strings[4056]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [102] = { /* Delete */
            .name_ref = REF(shapes[102].name_ref, strings[4061]),
            .u.structure.members_ref = REF(shapes[102].u.structure.members_ref, members[166]),
            .u.structure.by_wire_name_ref = REF(shapes[102].u.structure.by_wire_name_ref, by_wire_name[166]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_delete),
            .u.structure.member_count = 6,
        },
        [103] = { /* DeleteBackupInput */
            .name_ref = REF(shapes[103].name_ref, strings[4068]),
            .u.structure.members_ref = REF(shapes[103].u.structure.members_ref, members[172]),
            .u.structure.by_wire_name_ref = REF(shapes[103].u.structure.by_wire_name_ref, by_wire_name[172]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_delete_backup_input),
            .u.structure.member_count = 1,
        },
        [104] = { /* DeleteBackupOutput */
            .name_ref = REF(shapes[104].name_ref, strings[4086]),
            .u.structure.members_ref = REF(shapes[104].u.structure.members_ref, members[173]),
            .u.structure.by_wire_name_ref = REF(shapes[104].u.structure.by_wire_name_ref, by_wire_name[173]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_delete_backup_output),
            .u.structure.member_count = 1,
        },
        [105] = { /* DeleteGlobalSecondaryIndexAction */
            .name_ref = REF(shapes[105].name_ref, strings[4105]),
            .u.structure.members_ref = REF(shapes[105].u.structure.members_ref, members[174]),
            .u.structure.by_wire_name_ref = REF(shapes[105].u.structure.by_wire_name_ref, by_wire_name[174]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_delete_global_secondary_index_action),
            .u.structure.member_count = 1,
        },
        [106] = { /* DeleteGlobalTableWitnessGroupMemberAction */
            .name_ref = REF(shapes[106].name_ref, strings[4138]),
            .u.structure.members_ref = REF(shapes[106].u.structure.members_ref, members[175]),
            .u.structure.by_wire_name_ref = REF(shapes[106].u.structure.by_wire_name_ref, by_wire_name[175]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_delete_global_table_witness_group_member_action),
            .u.structure.member_count = 1,
        },
        [107] = { /* DeleteItemInput */
            .name_ref = REF(shapes[107].name_ref, strings[4180]),
            .u.structure.members_ref = REF(shapes[107].u.structure.members_ref, members[176]),
            .u.structure.by_wire_name_ref = REF(shapes[107].u.structure.by_wire_name_ref, by_wire_name[176]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_delete_item_input),
            .u.structure.member_count = 11,
        },
        [108] = { /* DeleteItemOutput */
            .name_ref = REF(shapes[108].name_ref, strings[4218]),
            .u.structure.members_ref = REF(shapes[108].u.structure.members_ref, members[187]),
            .u.structure.by_wire_name_ref = REF(shapes[108].u.structure.by_wire_name_ref, by_wire_name[187]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_delete_item_output),
            .u.structure.member_count = 3,
        },
        [109] = { /* DeleteReplicaAction */
            .name_ref = REF(shapes[109].name_ref, strings[4246]),
            .u.structure.members_ref = REF(shapes[109].u.structure.members_ref, members[190]),
            .u.structure.by_wire_name_ref = REF(shapes[109].u.structure.by_wire_name_ref, by_wire_name[190]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_delete_replica_action),
            .u.structure.member_count = 1,
        },
        [110] = { /* DeleteReplicationGroupMemberAction */
            .name_ref = REF(shapes[110].name_ref, strings[4266]),
            .u.structure.members_ref = REF(shapes[110].u.structure.members_ref, members[191]),
            .u.structure.by_wire_name_ref = REF(shapes[110].u.structure.by_wire_name_ref, by_wire_name[191]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_delete_replication_group_member_action),
            .u.structure.member_count = 1,
        },
        [111] = { /* DeleteRequest */
            .name_ref = REF(shapes[111].name_ref, strings[4301]),
            .u.structure.members_ref = REF(shapes[111].u.structure.members_ref, members[192]),
            .u.structure.by_wire_name_ref = REF(shapes[111].u.structure.by_wire_name_ref, by_wire_name[192]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_delete_request),
            .u.structure.member_count = 1,
        },
        [112] = { /* DeleteResourcePolicyInput */
            .name_ref = REF(shapes[112].name_ref, strings[4315]),
            .u.structure.members_ref = REF(shapes[112].u.structure.members_ref, members[193]),
            .u.structure.by_wire_name_ref = REF(shapes[112].u.structure.by_wire_name_ref, by_wire_name[193]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_delete_resource_policy_input),
            .u.structure.member_count = 2,
        },
        [113] = { /* DeleteResourcePolicyOutput */
            .name_ref = REF(shapes[113].name_ref, strings[4372]),
            .u.structure.members_ref = REF(shapes[113].u.structure.members_ref, members[195]),
            .u.structure.by_wire_name_ref = REF(shapes[113].u.structure.by_wire_name_ref, by_wire_name[195]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_delete_resource_policy_output),
            .u.structure.member_count = 1,
        },
        [114] = { /* DeleteTableInput */
            .name_ref = REF(shapes[114].name_ref, strings[4410]),
            .u.structure.members_ref = REF(shapes[114].u.structure.members_ref, members[196]),
            .u.structure.by_wire_name_ref = REF(shapes[114].u.structure.by_wire_name_ref, by_wire_name[196]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_delete_table_input),
            .u.structure.member_count = 1,
        },
        [115] = { /* DeleteTableOutput */
            .name_ref = REF(shapes[115].name_ref, strings[4427]),
            .u.structure.members_ref = REF(shapes[115].u.structure.members_ref, members[197]),
            .u.structure.by_wire_name_ref = REF(shapes[115].u.structure.by_wire_name_ref, by_wire_name[197]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_delete_table_output),
            .u.structure.member_count = 1,
        },
        [116] = { /* DeleteVectorIndexAction */
            .name_ref = REF(shapes[116].name_ref, strings[4445]),
            .u.structure.members_ref = REF(shapes[116].u.structure.members_ref, members[198]),
            .u.structure.by_wire_name_ref = REF(shapes[116].u.structure.by_wire_name_ref, by_wire_name[198]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_delete_vector_index_action),
            .u.structure.member_count = 1,
        },
        [117] = { /* DeletionProtectionEnabled */
            .name_ref = REF(shapes[117].name_ref, strings[3774]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [118] = { /* DescribeBackupInput */
            .name_ref = REF(shapes[118].name_ref, strings[4469]),
            .u.structure.members_ref = REF(shapes[118].u.structure.members_ref, members[199]),
            .u.structure.by_wire_name_ref = REF(shapes[118].u.structure.by_wire_name_ref, by_wire_name[199]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_describe_backup_input),
            .u.structure.member_count = 1,
        },
        [119] = { /* DescribeBackupOutput */
            .name_ref = REF(shapes[119].name_ref, strings[4489]),
            .u.structure.members_ref = REF(shapes[119].u.structure.members_ref, members[200]),
            .u.structure.by_wire_name_ref = REF(shapes[119].u.structure.by_wire_name_ref, by_wire_name[200]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_describe_backup_output),
            .u.structure.member_count = 1,
        },
        [120] = { /* DescribeContinuousBackupsInput */
            .name_ref = REF(shapes[120].name_ref, strings[4510]),
            .u.structure.members_ref = REF(shapes[120].u.structure.members_ref, members[201]),
            .u.structure.by_wire_name_ref = REF(shapes[120].u.structure.by_wire_name_ref, by_wire_name[201]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_describe_continuous_backups_input),
            .u.structure.member_count = 1,
        },
        [121] = { /* DescribeContinuousBackupsOutput */
            .name_ref = REF(shapes[121].name_ref, strings[4541]),
            .u.structure.members_ref = REF(shapes[121].u.structure.members_ref, members[202]),
            .u.structure.by_wire_name_ref = REF(shapes[121].u.structure.by_wire_name_ref, by_wire_name[202]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_describe_continuous_backups_output),
            .u.structure.member_count = 1,
        },
        [122] = { /* DescribeContributorInsightsInput */
            .name_ref = REF(shapes[122].name_ref, strings[4573]),
            .u.structure.members_ref = REF(shapes[122].u.structure.members_ref, members[203]),
            .u.structure.by_wire_name_ref = REF(shapes[122].u.structure.by_wire_name_ref, by_wire_name[203]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_describe_contributor_insights_input),
            .u.structure.member_count = 2,
        },
        [123] = { /* DescribeContributorInsightsOutput */
            .name_ref = REF(shapes[123].name_ref, strings[4606]),
            .u.structure.members_ref = REF(shapes[123].u.structure.members_ref, members[205]),
            .u.structure.by_wire_name_ref = REF(shapes[123].u.structure.by_wire_name_ref, by_wire_name[205]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_describe_contributor_insights_output),
            .u.structure.member_count = 7,
        },
        [124] = { /* DescribeEndpointsRequest */
            .name_ref = REF(shapes[124].name_ref, strings[4676]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_describe_endpoints_input),
        },
        [125] = { /* DescribeEndpointsResponse */
            .name_ref = REF(shapes[125].name_ref, strings[4701]),
            .u.structure.members_ref = REF(shapes[125].u.structure.members_ref, members[212]),
            .u.structure.by_wire_name_ref = REF(shapes[125].u.structure.by_wire_name_ref, by_wire_name[212]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_describe_endpoints_output),
            .u.structure.member_count = 1,
        },
        [126] = { /* DescribeExportInput */
            .name_ref = REF(shapes[126].name_ref, strings[4737]),
            .u.structure.members_ref = REF(shapes[126].u.structure.members_ref, members[213]),
            .u.structure.by_wire_name_ref = REF(shapes[126].u.structure.by_wire_name_ref, by_wire_name[213]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_describe_export_input),
            .u.structure.member_count = 1,
        },
        [127] = { /* DescribeExportOutput */
            .name_ref = REF(shapes[127].name_ref, strings[4767]),
            .u.structure.members_ref = REF(shapes[127].u.structure.members_ref, members[214]),
            .u.structure.by_wire_name_ref = REF(shapes[127].u.structure.by_wire_name_ref, by_wire_name[214]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_describe_export_output),
            .u.structure.member_count = 1,
        },
        [128] = { /* DescribeGlobalTableInput */
            .name_ref = REF(shapes[128].name_ref, strings[4806]),
            .u.structure.members_ref = REF(shapes[128].u.structure.members_ref, members[215]),
            .u.structure.by_wire_name_ref = REF(shapes[128].u.structure.by_wire_name_ref, by_wire_name[215]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_describe_global_table_input),
            .u.structure.member_count = 1,
        },
        [129] = { /* DescribeGlobalTableOutput */
            .name_ref = REF(shapes[129].name_ref, strings[4831]),
            .u.structure.members_ref = REF(shapes[129].u.structure.members_ref, members[216]),
            .u.structure.by_wire_name_ref = REF(shapes[129].u.structure.by_wire_name_ref, by_wire_name[216]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_describe_global_table_output),
            .u.structure.member_count = 1,
        },
        [130] = { /* DescribeGlobalTableSettingsInput */
            .name_ref = REF(shapes[130].name_ref, strings[4857]),
            .u.structure.members_ref = REF(shapes[130].u.structure.members_ref, members[217]),
            .u.structure.by_wire_name_ref = REF(shapes[130].u.structure.by_wire_name_ref, by_wire_name[217]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_describe_global_table_settings_input),
            .u.structure.member_count = 1,
        },
        [131] = { /* DescribeGlobalTableSettingsOutput */
            .name_ref = REF(shapes[131].name_ref, strings[4890]),
            .u.structure.members_ref = REF(shapes[131].u.structure.members_ref, members[218]),
            .u.structure.by_wire_name_ref = REF(shapes[131].u.structure.by_wire_name_ref, by_wire_name[218]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_describe_global_table_settings_output),
            .u.structure.member_count = 2,
        },
        [132] = { /* DescribeImportInput */
            .name_ref = REF(shapes[132].name_ref, strings[4940]),
            .u.structure.members_ref = REF(shapes[132].u.structure.members_ref, members[220]),
            .u.structure.by_wire_name_ref = REF(shapes[132].u.structure.by_wire_name_ref, by_wire_name[220]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_describe_import_input),
            .u.structure.member_count = 1,
        },
        [133] = { /* DescribeImportOutput */
            .name_ref = REF(shapes[133].name_ref, strings[4970]),
            .u.structure.members_ref = REF(shapes[133].u.structure.members_ref, members[221]),
            .u.structure.by_wire_name_ref = REF(shapes[133].u.structure.by_wire_name_ref, by_wire_name[221]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_describe_import_output),
            .u.structure.member_count = 1,
        },
        [134] = { /* DescribeKinesisStreamingDestinationInput */
            .name_ref = REF(shapes[134].name_ref, strings[5014]),
            .u.structure.members_ref = REF(shapes[134].u.structure.members_ref, members[222]),
            .u.structure.by_wire_name_ref = REF(shapes[134].u.structure.by_wire_name_ref, by_wire_name[222]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_describe_kinesis_streaming_destination_input),
            .u.structure.member_count = 1,
        },
        [135] = { /* DescribeKinesisStreamingDestinationOutput */
            .name_ref = REF(shapes[135].name_ref, strings[5055]),
            .u.structure.members_ref = REF(shapes[135].u.structure.members_ref, members[223]),
            .u.structure.by_wire_name_ref = REF(shapes[135].u.structure.by_wire_name_ref, by_wire_name[223]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_describe_kinesis_streaming_destination_output),
            .u.structure.member_count = 2,
        },
        [136] = { /* DescribeLimitsInput */
            .name_ref = REF(shapes[136].name_ref, strings[5127]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_describe_limits_input),
        },
        [137] = { /* DescribeLimitsOutput */
            .name_ref = REF(shapes[137].name_ref, strings[5147]),
            .u.structure.members_ref = REF(shapes[137].u.structure.members_ref, members[225]),
            .u.structure.by_wire_name_ref = REF(shapes[137].u.structure.by_wire_name_ref, by_wire_name[225]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_describe_limits_output),
            .u.structure.member_count = 4,
        },
        [138] = { /* DescribeTableInput */
            .name_ref = REF(shapes[138].name_ref, strings[5278]),
            .u.structure.members_ref = REF(shapes[138].u.structure.members_ref, members[229]),
            .u.structure.by_wire_name_ref = REF(shapes[138].u.structure.by_wire_name_ref, by_wire_name[229]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_describe_table_input),
            .u.structure.member_count = 1,
        },
        [139] = { /* DescribeTableOutput */
            .name_ref = REF(shapes[139].name_ref, strings[5297]),
            .u.structure.members_ref = REF(shapes[139].u.structure.members_ref, members[230]),
            .u.structure.by_wire_name_ref = REF(shapes[139].u.structure.by_wire_name_ref, by_wire_name[230]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_describe_table_output),
            .u.structure.member_count = 1,
        },
        [140] = { /* DescribeTableReplicaAutoScalingInput */
            .name_ref = REF(shapes[140].name_ref, strings[5317]),
            .u.structure.members_ref = REF(shapes[140].u.structure.members_ref, members[231]),
            .u.structure.by_wire_name_ref = REF(shapes[140].u.structure.by_wire_name_ref, by_wire_name[231]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_describe_table_replica_auto_scaling_input),
            .u.structure.member_count = 1,
        },
        [141] = { /* DescribeTableReplicaAutoScalingOutput */
            .name_ref = REF(shapes[141].name_ref, strings[5354]),
            .u.structure.members_ref = REF(shapes[141].u.structure.members_ref, members[232]),
            .u.structure.by_wire_name_ref = REF(shapes[141].u.structure.by_wire_name_ref, by_wire_name[232]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_describe_table_replica_auto_scaling_output),
            .u.structure.member_count = 1,
        },
        [142] = { /* DescribeTimeToLiveInput */
            .name_ref = REF(shapes[142].name_ref, strings[5420]),
            .u.structure.members_ref = REF(shapes[142].u.structure.members_ref, members[233]),
            .u.structure.by_wire_name_ref = REF(shapes[142].u.structure.by_wire_name_ref, by_wire_name[233]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_describe_time_to_live_input),
            .u.structure.member_count = 1,
        },
        [143] = { /* DescribeTimeToLiveOutput */
            .name_ref = REF(shapes[143].name_ref, strings[5444]),
            .u.structure.members_ref = REF(shapes[143].u.structure.members_ref, members[234]),
            .u.structure.by_wire_name_ref = REF(shapes[143].u.structure.by_wire_name_ref, by_wire_name[234]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_describe_time_to_live_output),
            .u.structure.member_count = 1,
        },
        [144] = { /* DestinationStatus */
            .name_ref = REF(shapes[144].name_ref, strings[5491]),
            .u.string.enum_values_ref = REF(shapes[144].u.string.enum_values_ref, strings[5509]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 6,
        },
        [145] = { /* DoubleObject */
            .name_ref = REF(shapes[145].name_ref, strings[5567]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [146] = { /* DuplicateItemException */
            .name_ref = REF(shapes[146].name_ref, strings[5580]),
            .u.structure.members_ref = REF(shapes[146].u.structure.members_ref, members[235]),
            .u.structure.by_wire_name_ref = REF(shapes[146].u.structure.by_wire_name_ref, by_wire_name[235]),
            .u.structure.error_code_ref = REF(shapes[146].u.structure.error_code_ref, strings[5580]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_duplicate_item_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [147] = { /* EnableKinesisStreamingConfiguration */
            .name_ref = REF(shapes[147].name_ref, strings[5603]),
            .u.structure.members_ref = REF(shapes[147].u.structure.members_ref, members[236]),
            .u.structure.by_wire_name_ref = REF(shapes[147].u.structure.by_wire_name_ref, by_wire_name[236]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_enable_kinesis_streaming_configuration),
            .u.structure.member_count = 1,
        },
        [148] = { /* Endpoint */
            .name_ref = REF(shapes[148].name_ref, strings[5639]),
            .u.structure.members_ref = REF(shapes[148].u.structure.members_ref, members[237]),
            .u.structure.by_wire_name_ref = REF(shapes[148].u.structure.by_wire_name_ref, by_wire_name[237]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_endpoint),
            .u.structure.member_count = 2,
        },
        [149] = { /* Endpoints */
            .name_ref = REF(shapes[149].name_ref, strings[4727]),
            .u.collection.item_ref = REF(shapes[149].u.collection.item_ref, shapes[148]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_endpoints),
        },
        [150] = { /* ErrorCount */
            .name_ref = REF(shapes[150].name_ref, strings[5677]),
            .range_ref = REF(shapes[150].range_ref, ranges[17]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [151] = { /* ErrorMessage */
            .name_ref = REF(shapes[151].name_ref, strings[5688]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [152] = { /* ExceptionDescription */
            .name_ref = REF(shapes[152].name_ref, strings[5701]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [153] = { /* ExceptionName */
            .name_ref = REF(shapes[153].name_ref, strings[5722]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [154] = { /* ExecuteStatementInput */
            .name_ref = REF(shapes[154].name_ref, strings[5736]),
            .u.structure.members_ref = REF(shapes[154].u.structure.members_ref, members[239]),
            .u.structure.by_wire_name_ref = REF(shapes[154].u.structure.by_wire_name_ref, by_wire_name[239]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_execute_statement_input),
            .u.structure.member_count = 7,
        },
        [155] = { /* ExecuteStatementOutput */
            .name_ref = REF(shapes[155].name_ref, strings[5774]),
            .u.structure.members_ref = REF(shapes[155].u.structure.members_ref, members[246]),
            .u.structure.by_wire_name_ref = REF(shapes[155].u.structure.by_wire_name_ref, by_wire_name[246]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_execute_statement_output),
            .u.structure.member_count = 4,
        },
        [156] = { /* ExecuteTransactionInput */
            .name_ref = REF(shapes[156].name_ref, strings[5820]),
            .u.structure.members_ref = REF(shapes[156].u.structure.members_ref, members[250]),
            .u.structure.by_wire_name_ref = REF(shapes[156].u.structure.by_wire_name_ref, by_wire_name[250]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_execute_transaction_input),
            .u.structure.member_count = 3,
        },
        [157] = { /* ExecuteTransactionOutput */
            .name_ref = REF(shapes[157].name_ref, strings[5863]),
            .u.structure.members_ref = REF(shapes[157].u.structure.members_ref, members[253]),
            .u.structure.by_wire_name_ref = REF(shapes[157].u.structure.by_wire_name_ref, by_wire_name[253]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_execute_transaction_output),
            .u.structure.member_count = 2,
        },
        [158] = { /* ExpectedAttributeMap */
            .name_ref = REF(shapes[158].name_ref, strings[5888]),
            .u.collection.item_ref = REF(shapes[158].u.collection.item_ref, shapes[159]),
            .u.collection.key_ref = REF(shapes[158].u.collection.key_ref, shapes[7]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_dynamodb_expected_attribute_map),
            .u.collection.value_offset = offsetof(struct awsc_dynamodb_expected_attribute_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_dynamodb_expected_attribute_map_entry),
        },
        [159] = { /* ExpectedAttributeValue */
            .name_ref = REF(shapes[159].name_ref, strings[5909]),
            .u.structure.members_ref = REF(shapes[159].u.structure.members_ref, members[255]),
            .u.structure.by_wire_name_ref = REF(shapes[159].u.structure.by_wire_name_ref, by_wire_name[255]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_expected_attribute_value),
            .u.structure.member_count = 4,
        },
        [160] = { /* ExportArn */
            .name_ref = REF(shapes[160].name_ref, strings[4757]),
            .range_ref = REF(shapes[160].range_ref, ranges[18]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [161] = { /* ExportConflictException */
            .name_ref = REF(shapes[161].name_ref, strings[5939]),
            .u.structure.members_ref = REF(shapes[161].u.structure.members_ref, members[259]),
            .u.structure.by_wire_name_ref = REF(shapes[161].u.structure.by_wire_name_ref, by_wire_name[259]),
            .u.structure.error_code_ref = REF(shapes[161].u.structure.error_code_ref, strings[5939]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_export_conflict_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [162] = { /* ExportDescription */
            .name_ref = REF(shapes[162].name_ref, strings[4788]),
            .u.structure.members_ref = REF(shapes[162].u.structure.members_ref, members[260]),
            .u.structure.by_wire_name_ref = REF(shapes[162].u.structure.by_wire_name_ref, by_wire_name[260]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_export_description),
            .u.structure.member_count = 21,
        },
        [163] = { /* ExportEndTime */
            .name_ref = REF(shapes[163].name_ref, strings[6173]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [164] = { /* ExportFormat */
            .name_ref = REF(shapes[164].name_ref, strings[6108]),
            .u.string.enum_values_ref = REF(shapes[164].u.string.enum_values_ref, strings[6187]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [165] = { /* ExportFromTime */
            .name_ref = REF(shapes[165].name_ref, strings[6205]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [166] = { /* ExportManifest */
            .name_ref = REF(shapes[166].name_ref, strings[5994]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [167] = { /* ExportNextToken */
            .name_ref = REF(shapes[167].name_ref, strings[6220]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [168] = { /* ExportNotFoundException */
            .name_ref = REF(shapes[168].name_ref, strings[6236]),
            .u.structure.members_ref = REF(shapes[168].u.structure.members_ref, members[281]),
            .u.structure.by_wire_name_ref = REF(shapes[168].u.structure.by_wire_name_ref, by_wire_name[281]),
            .u.structure.error_code_ref = REF(shapes[168].u.structure.error_code_ref, strings[6236]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_export_not_found_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [169] = { /* ExportStartTime */
            .name_ref = REF(shapes[169].name_ref, strings[6260]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [170] = { /* ExportStatus */
            .name_ref = REF(shapes[170].name_ref, strings[5963]),
            .u.string.enum_values_ref = REF(shapes[170].u.string.enum_values_ref, strings[6276]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [171] = { /* ExportSummaries */
            .name_ref = REF(shapes[171].name_ref, strings[6305]),
            .u.collection.item_ref = REF(shapes[171].u.collection.item_ref, shapes[172]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_export_summaries),
        },
        [172] = { /* ExportSummary */
            .name_ref = REF(shapes[172].name_ref, strings[6321]),
            .u.structure.members_ref = REF(shapes[172].u.structure.members_ref, members[282]),
            .u.structure.by_wire_name_ref = REF(shapes[172].u.structure.by_wire_name_ref, by_wire_name[282]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_export_summary),
            .u.structure.member_count = 3,
        },
        [173] = { /* ExportTableToPointInTimeInput */
            .name_ref = REF(shapes[173].name_ref, strings[6335]),
            .u.structure.members_ref = REF(shapes[173].u.structure.members_ref, members[285]),
            .u.structure.by_wire_name_ref = REF(shapes[173].u.structure.by_wire_name_ref, by_wire_name[285]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_export_table_to_point_in_time_input),
            .u.structure.member_count = 11,
        },
        [174] = { /* ExportTableToPointInTimeOutput */
            .name_ref = REF(shapes[174].name_ref, strings[6365]),
            .u.structure.members_ref = REF(shapes[174].u.structure.members_ref, members[296]),
            .u.structure.by_wire_name_ref = REF(shapes[174].u.structure.by_wire_name_ref, by_wire_name[296]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_export_table_to_point_in_time_output),
            .u.structure.member_count = 1,
        },
        [175] = { /* ExportTime */
            .name_ref = REF(shapes[175].name_ref, strings[6009]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [176] = { /* ExportToTime */
            .name_ref = REF(shapes[176].name_ref, strings[6396]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [177] = { /* ExportType */
            .name_ref = REF(shapes[177].name_ref, strings[6131]),
            .u.string.enum_values_ref = REF(shapes[177].u.string.enum_values_ref, strings[6409]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [178] = { /* ExportViewType */
            .name_ref = REF(shapes[178].name_ref, strings[6440]),
            .u.string.enum_values_ref = REF(shapes[178].u.string.enum_values_ref, strings[6455]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [179] = { /* ExpressionAttributeNameMap */
            .name_ref = REF(shapes[179].name_ref, strings[6484]),
            .u.collection.item_ref = REF(shapes[179].u.collection.item_ref, shapes[7]),
            .u.collection.key_ref = REF(shapes[179].u.collection.key_ref, shapes[180]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_dynamodb_expression_attribute_name_map),
            .u.collection.value_offset = offsetof(struct awsc_dynamodb_expression_attribute_name_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_dynamodb_expression_attribute_name_map_entry),
        },
        [180] = { /* ExpressionAttributeNameVariable */
            .name_ref = REF(shapes[180].name_ref, strings[6511]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [181] = { /* ExpressionAttributeValueMap */
            .name_ref = REF(shapes[181].name_ref, strings[6543]),
            .u.collection.item_ref = REF(shapes[181].u.collection.item_ref, shapes[10]),
            .u.collection.key_ref = REF(shapes[181].u.collection.key_ref, shapes[182]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_dynamodb_attribute_map),
            .u.collection.value_offset = offsetof(struct awsc_dynamodb_attribute_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_dynamodb_attribute_map_entry),
        },
        [182] = { /* ExpressionAttributeValueVariable */
            .name_ref = REF(shapes[182].name_ref, strings[6571]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [183] = { /* FailureCode */
            .name_ref = REF(shapes[183].name_ref, strings[6081]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [184] = { /* FailureException */
            .name_ref = REF(shapes[184].name_ref, strings[4659]),
            .u.structure.members_ref = REF(shapes[184].u.structure.members_ref, members[297]),
            .u.structure.by_wire_name_ref = REF(shapes[184].u.structure.by_wire_name_ref, by_wire_name[297]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_failure_exception),
            .u.structure.member_count = 2,
        },
        [185] = { /* FailureMessage */
            .name_ref = REF(shapes[185].name_ref, strings[6093]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [186] = { /* FilterConditionMap */
            .name_ref = REF(shapes[186].name_ref, strings[6604]),
            .u.collection.item_ref = REF(shapes[186].u.collection.item_ref, shapes[66]),
            .u.collection.key_ref = REF(shapes[186].u.collection.key_ref, shapes[7]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_dynamodb_filter_condition_map),
            .u.collection.value_offset = offsetof(struct awsc_dynamodb_filter_condition_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_dynamodb_filter_condition_map_entry),
        },
        [187] = { /* Get */
            .name_ref = REF(shapes[187].name_ref, strings[6623]),
            .u.structure.members_ref = REF(shapes[187].u.structure.members_ref, members[299]),
            .u.structure.by_wire_name_ref = REF(shapes[187].u.structure.by_wire_name_ref, by_wire_name[299]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_get),
            .u.structure.member_count = 4,
        },
        [188] = { /* GetItemInput */
            .name_ref = REF(shapes[188].name_ref, strings[6648]),
            .u.structure.members_ref = REF(shapes[188].u.structure.members_ref, members[303]),
            .u.structure.by_wire_name_ref = REF(shapes[188].u.structure.by_wire_name_ref, by_wire_name[303]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_get_item_input),
            .u.structure.member_count = 7,
        },
        [189] = { /* GetItemOutput */
            .name_ref = REF(shapes[189].name_ref, strings[6677]),
            .u.structure.members_ref = REF(shapes[189].u.structure.members_ref, members[310]),
            .u.structure.by_wire_name_ref = REF(shapes[189].u.structure.by_wire_name_ref, by_wire_name[310]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_get_item_output),
            .u.structure.member_count = 2,
        },
        [190] = { /* GetResourcePolicyInput */
            .name_ref = REF(shapes[190].name_ref, strings[6691]),
            .u.structure.members_ref = REF(shapes[190].u.structure.members_ref, members[312]),
            .u.structure.by_wire_name_ref = REF(shapes[190].u.structure.by_wire_name_ref, by_wire_name[312]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_get_resource_policy_input),
            .u.structure.member_count = 1,
        },
        [191] = { /* GetResourcePolicyOutput */
            .name_ref = REF(shapes[191].name_ref, strings[6714]),
            .u.structure.members_ref = REF(shapes[191].u.structure.members_ref, members[313]),
            .u.structure.by_wire_name_ref = REF(shapes[191].u.structure.by_wire_name_ref, by_wire_name[313]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_get_resource_policy_output),
            .u.structure.member_count = 2,
        },
        [192] = { /* GlobalSecondaryIndex */
            .name_ref = REF(shapes[192].name_ref, strings[6745]),
            .u.structure.members_ref = REF(shapes[192].u.structure.members_ref, members[315]),
            .u.structure.by_wire_name_ref = REF(shapes[192].u.structure.by_wire_name_ref, by_wire_name[315]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_global_secondary_index),
            .u.structure.member_count = 6,
        },
        [193] = { /* GlobalSecondaryIndexAutoScalingUpdate */
            .name_ref = REF(shapes[193].name_ref, strings[6766]),
            .u.structure.members_ref = REF(shapes[193].u.structure.members_ref, members[321]),
            .u.structure.by_wire_name_ref = REF(shapes[193].u.structure.by_wire_name_ref, by_wire_name[321]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_global_secondary_index_auto_scaling_update),
            .u.structure.member_count = 2,
        },
        [194] = { /* GlobalSecondaryIndexAutoScalingUpdateList */
            .name_ref = REF(shapes[194].name_ref, strings[6846]),
            .range_ref = REF(shapes[194].range_ref, ranges[19]),
            .u.collection.item_ref = REF(shapes[194].u.collection.item_ref, shapes[193]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_global_secondary_index_auto_scaling_update_list),
        },
        [195] = { /* GlobalSecondaryIndexDescription */
            .name_ref = REF(shapes[195].name_ref, strings[6888]),
            .u.structure.members_ref = REF(shapes[195].u.structure.members_ref, members[323]),
            .u.structure.by_wire_name_ref = REF(shapes[195].u.structure.by_wire_name_ref, by_wire_name[323]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_global_secondary_index_description),
            .u.structure.member_count = 11,
        },
        [196] = { /* GlobalSecondaryIndexDescriptionList */
            .name_ref = REF(shapes[196].name_ref, strings[6956]),
            .u.collection.item_ref = REF(shapes[196].u.collection.item_ref, shapes[195]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_global_secondary_index_description_list),
        },
        [197] = { /* GlobalSecondaryIndexInfo */
            .name_ref = REF(shapes[197].name_ref, strings[6992]),
            .u.structure.members_ref = REF(shapes[197].u.structure.members_ref, members[334]),
            .u.structure.by_wire_name_ref = REF(shapes[197].u.structure.by_wire_name_ref, by_wire_name[334]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_global_secondary_index_info),
            .u.structure.member_count = 5,
        },
        [198] = { /* GlobalSecondaryIndexList */
            .name_ref = REF(shapes[198].name_ref, strings[7017]),
            .u.collection.item_ref = REF(shapes[198].u.collection.item_ref, shapes[192]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_global_secondary_index_list),
        },
        [199] = { /* GlobalSecondaryIndexUpdate */
            .name_ref = REF(shapes[199].name_ref, strings[7042]),
            .u.structure.members_ref = REF(shapes[199].u.structure.members_ref, members[339]),
            .u.structure.by_wire_name_ref = REF(shapes[199].u.structure.by_wire_name_ref, by_wire_name[339]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_global_secondary_index_update),
            .u.structure.member_count = 3,
        },
        [200] = { /* GlobalSecondaryIndexUpdateList */
            .name_ref = REF(shapes[200].name_ref, strings[7083]),
            .u.collection.item_ref = REF(shapes[200].u.collection.item_ref, shapes[199]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_global_secondary_index_update_list),
        },
        [201] = { /* GlobalSecondaryIndexWarmThroughputDescription */
            .name_ref = REF(shapes[201].name_ref, strings[7114]),
            .u.structure.members_ref = REF(shapes[201].u.structure.members_ref, members[342]),
            .u.structure.by_wire_name_ref = REF(shapes[201].u.structure.by_wire_name_ref, by_wire_name[342]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_global_secondary_index_warm_throughput_description),
            .u.structure.member_count = 3,
        },
        [202] = { /* GlobalSecondaryIndexes */
            .name_ref = REF(shapes[202].name_ref, strings[2737]),
            .u.collection.item_ref = REF(shapes[202].u.collection.item_ref, shapes[197]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_global_secondary_indexes),
        },
        [203] = { /* GlobalTable */
            .name_ref = REF(shapes[203].name_ref, strings[7206]),
            .u.structure.members_ref = REF(shapes[203].u.structure.members_ref, members[345]),
            .u.structure.by_wire_name_ref = REF(shapes[203].u.structure.by_wire_name_ref, by_wire_name[345]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_global_table),
            .u.structure.member_count = 2,
        },
        [204] = { /* GlobalTableAlreadyExistsException */
            .name_ref = REF(shapes[204].name_ref, strings[7218]),
            .u.structure.members_ref = REF(shapes[204].u.structure.members_ref, members[347]),
            .u.structure.by_wire_name_ref = REF(shapes[204].u.structure.by_wire_name_ref, by_wire_name[347]),
            .u.structure.error_code_ref = REF(shapes[204].u.structure.error_code_ref, strings[7218]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_global_table_already_exists_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [205] = { /* GlobalTableArnString */
            .name_ref = REF(shapes[205].name_ref, strings[7252]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [206] = { /* GlobalTableDescription */
            .name_ref = REF(shapes[206].name_ref, strings[3482]),
            .u.structure.members_ref = REF(shapes[206].u.structure.members_ref, members[348]),
            .u.structure.by_wire_name_ref = REF(shapes[206].u.structure.by_wire_name_ref, by_wire_name[348]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_global_table_description),
            .u.structure.member_count = 5,
        },
        [207] = { /* GlobalTableGlobalSecondaryIndexSettingsUpdate */
            .name_ref = REF(shapes[207].name_ref, strings[7323]),
            .u.structure.members_ref = REF(shapes[207].u.structure.members_ref, members[353]),
            .u.structure.by_wire_name_ref = REF(shapes[207].u.structure.by_wire_name_ref, by_wire_name[353]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_global_table_global_secondary_index_settings_update),
            .u.structure.member_count = 3,
        },
        [208] = { /* GlobalTableGlobalSecondaryIndexSettingsUpdateList */
            .name_ref = REF(shapes[208].name_ref, strings[7449]),
            .range_ref = REF(shapes[208].range_ref, ranges[20]),
            .u.collection.item_ref = REF(shapes[208].u.collection.item_ref, shapes[207]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_global_table_global_secondary_index_settings_update_list),
        },
        [209] = { /* GlobalTableList */
            .name_ref = REF(shapes[209].name_ref, strings[7499]),
            .u.collection.item_ref = REF(shapes[209].u.collection.item_ref, shapes[203]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_global_table_list),
        },
        [210] = { /* GlobalTableNotFoundException */
            .name_ref = REF(shapes[210].name_ref, strings[7515]),
            .u.structure.members_ref = REF(shapes[210].u.structure.members_ref, members[356]),
            .u.structure.by_wire_name_ref = REF(shapes[210].u.structure.by_wire_name_ref, by_wire_name[356]),
            .u.structure.error_code_ref = REF(shapes[210].u.structure.error_code_ref, strings[7515]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_global_table_not_found_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [211] = { /* GlobalTableSettingsReplicationMode */
            .name_ref = REF(shapes[211].name_ref, strings[3836]),
            .u.string.enum_values_ref = REF(shapes[211].u.string.enum_values_ref, strings[7544]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [212] = { /* GlobalTableStatus */
            .name_ref = REF(shapes[212].name_ref, strings[7305]),
            .u.string.enum_values_ref = REF(shapes[212].u.string.enum_values_ref, strings[7584]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 4,
        },
        [213] = { /* GlobalTableWitnessDescription */
            .name_ref = REF(shapes[213].name_ref, strings[7618]),
            .u.structure.members_ref = REF(shapes[213].u.structure.members_ref, members[357]),
            .u.structure.by_wire_name_ref = REF(shapes[213].u.structure.by_wire_name_ref, by_wire_name[357]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_global_table_witness_description),
            .u.structure.member_count = 2,
        },
        [214] = { /* GlobalTableWitnessDescriptionList */
            .name_ref = REF(shapes[214].name_ref, strings[7662]),
            .u.collection.item_ref = REF(shapes[214].u.collection.item_ref, shapes[213]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_global_table_witness_description_list),
        },
        [215] = { /* GlobalTableWitnessGroupUpdate */
            .name_ref = REF(shapes[215].name_ref, strings[7696]),
            .u.structure.members_ref = REF(shapes[215].u.structure.members_ref, members[359]),
            .u.structure.by_wire_name_ref = REF(shapes[215].u.structure.by_wire_name_ref, by_wire_name[359]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_global_table_witness_group_update),
            .u.structure.member_count = 2,
        },
        [216] = { /* GlobalTableWitnessGroupUpdateList */
            .name_ref = REF(shapes[216].name_ref, strings[7726]),
            .range_ref = REF(shapes[216].range_ref, ranges[21]),
            .u.collection.item_ref = REF(shapes[216].u.collection.item_ref, shapes[215]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_global_table_witness_group_update_list),
        },
        [217] = { /* IdempotentParameterMismatchException */
            .name_ref = REF(shapes[217].name_ref, strings[7760]),
            .u.structure.members_ref = REF(shapes[217].u.structure.members_ref, members[361]),
            .u.structure.by_wire_name_ref = REF(shapes[217].u.structure.by_wire_name_ref, by_wire_name[361]),
            .u.structure.error_code_ref = REF(shapes[217].u.structure.error_code_ref, strings[7760]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_idempotent_parameter_mismatch_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [218] = { /* ImportArn */
            .name_ref = REF(shapes[218].name_ref, strings[4960]),
            .range_ref = REF(shapes[218].range_ref, ranges[22]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [219] = { /* ImportConflictException */
            .name_ref = REF(shapes[219].name_ref, strings[7797]),
            .u.structure.members_ref = REF(shapes[219].u.structure.members_ref, members[362]),
            .u.structure.by_wire_name_ref = REF(shapes[219].u.structure.by_wire_name_ref, by_wire_name[362]),
            .u.structure.error_code_ref = REF(shapes[219].u.structure.error_code_ref, strings[7797]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_import_conflict_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [220] = { /* ImportEndTime */
            .name_ref = REF(shapes[220].name_ref, strings[7821]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [221] = { /* ImportNextToken */
            .name_ref = REF(shapes[221].name_ref, strings[7835]),
            .range_ref = REF(shapes[221].range_ref, ranges[23]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [222] = { /* ImportNotFoundException */
            .name_ref = REF(shapes[222].name_ref, strings[7851]),
            .u.structure.members_ref = REF(shapes[222].u.structure.members_ref, members[363]),
            .u.structure.by_wire_name_ref = REF(shapes[222].u.structure.by_wire_name_ref, by_wire_name[363]),
            .u.structure.error_code_ref = REF(shapes[222].u.structure.error_code_ref, strings[7851]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_import_not_found_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [223] = { /* ImportStartTime */
            .name_ref = REF(shapes[223].name_ref, strings[7875]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [224] = { /* ImportStatus */
            .name_ref = REF(shapes[224].name_ref, strings[7891]),
            .u.string.enum_values_ref = REF(shapes[224].u.string.enum_values_ref, strings[7904]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 5,
        },
        [225] = { /* ImportSummary */
            .name_ref = REF(shapes[225].name_ref, strings[7954]),
            .u.structure.members_ref = REF(shapes[225].u.structure.members_ref, members[364]),
            .u.structure.by_wire_name_ref = REF(shapes[225].u.structure.by_wire_name_ref, by_wire_name[364]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_import_summary),
            .u.structure.member_count = 8,
        },
        [226] = { /* ImportSummaryList */
            .name_ref = REF(shapes[226].name_ref, strings[7995]),
            .u.collection.item_ref = REF(shapes[226].u.collection.item_ref, shapes[225]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_import_summary_list),
        },
        [227] = { /* ImportTableDescription */
            .name_ref = REF(shapes[227].name_ref, strings[4991]),
            .u.structure.members_ref = REF(shapes[227].u.structure.members_ref, members[372]),
            .u.structure.by_wire_name_ref = REF(shapes[227].u.structure.by_wire_name_ref, by_wire_name[372]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_import_table_description),
            .u.structure.member_count = 19,
        },
        [228] = { /* ImportTableInput */
            .name_ref = REF(shapes[228].name_ref, strings[8133]),
            .u.structure.members_ref = REF(shapes[228].u.structure.members_ref, members[391]),
            .u.structure.by_wire_name_ref = REF(shapes[228].u.structure.by_wire_name_ref, by_wire_name[391]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_import_table_input),
            .u.structure.member_count = 6,
        },
        [229] = { /* ImportTableOutput */
            .name_ref = REF(shapes[229].name_ref, strings[8150]),
            .u.structure.members_ref = REF(shapes[229].u.structure.members_ref, members[397]),
            .u.structure.by_wire_name_ref = REF(shapes[229].u.structure.by_wire_name_ref, by_wire_name[397]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_import_table_output),
            .u.structure.member_count = 1,
        },
        [230] = { /* ImportedItemCount */
            .name_ref = REF(shapes[230].name_ref, strings[8115]),
            .range_ref = REF(shapes[230].range_ref, ranges[24]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [231] = { /* IncrementalExportSpecification */
            .name_ref = REF(shapes[231].name_ref, strings[6142]),
            .u.structure.members_ref = REF(shapes[231].u.structure.members_ref, members[398]),
            .u.structure.by_wire_name_ref = REF(shapes[231].u.structure.by_wire_name_ref, by_wire_name[398]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_incremental_export_specification),
            .u.structure.member_count = 3,
        },
        [232] = { /* IndexName */
            .name_ref = REF(shapes[232].name_ref, strings[3245]),
            .range_ref = REF(shapes[232].range_ref, ranges[25]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [233] = { /* IndexNotFoundException */
            .name_ref = REF(shapes[233].name_ref, strings[8168]),
            .u.structure.members_ref = REF(shapes[233].u.structure.members_ref, members[401]),
            .u.structure.by_wire_name_ref = REF(shapes[233].u.structure.by_wire_name_ref, by_wire_name[401]),
            .u.structure.error_code_ref = REF(shapes[233].u.structure.error_code_ref, strings[8168]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_index_not_found_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [234] = { /* IndexStatus */
            .name_ref = REF(shapes[234].name_ref, strings[6920]),
            .u.string.enum_values_ref = REF(shapes[234].u.string.enum_values_ref, strings[8191]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 4,
        },
        [235] = { /* InputCompressionType */
            .name_ref = REF(shapes[235].name_ref, strings[8032]),
            .u.string.enum_values_ref = REF(shapes[235].u.string.enum_values_ref, strings[8225]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [236] = { /* InputFormat */
            .name_ref = REF(shapes[236].name_ref, strings[7983]),
            .u.string.enum_values_ref = REF(shapes[236].u.string.enum_values_ref, strings[8240]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [237] = { /* InputFormatOptions */
            .name_ref = REF(shapes[237].name_ref, strings[8013]),
            .u.structure.members_ref = REF(shapes[237].u.structure.members_ref, members[402]),
            .u.structure.by_wire_name_ref = REF(shapes[237].u.structure.by_wire_name_ref, by_wire_name[402]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_input_format_options),
            .u.structure.member_count = 1,
        },
        [238] = { /* Integer */
            .name_ref = REF(shapes[238].name_ref, strings[8266]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [239] = { /* IntegerObject */
            .name_ref = REF(shapes[239].name_ref, strings[8274]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [240] = { /* InternalServerError */
            .name_ref = REF(shapes[240].name_ref, strings[8288]),
            .u.structure.members_ref = REF(shapes[240].u.structure.members_ref, members[403]),
            .u.structure.by_wire_name_ref = REF(shapes[240].u.structure.by_wire_name_ref, by_wire_name[403]),
            .u.structure.error_code_ref = REF(shapes[240].u.structure.error_code_ref, strings[8288]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_internal_server_error),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [241] = { /* InvalidExportTimeException */
            .name_ref = REF(shapes[241].name_ref, strings[8308]),
            .u.structure.members_ref = REF(shapes[241].u.structure.members_ref, members[404]),
            .u.structure.by_wire_name_ref = REF(shapes[241].u.structure.by_wire_name_ref, by_wire_name[404]),
            .u.structure.error_code_ref = REF(shapes[241].u.structure.error_code_ref, strings[8308]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_invalid_export_time_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [242] = { /* InvalidRestoreTimeException */
            .name_ref = REF(shapes[242].name_ref, strings[8335]),
            .u.structure.members_ref = REF(shapes[242].u.structure.members_ref, members[405]),
            .u.structure.by_wire_name_ref = REF(shapes[242].u.structure.by_wire_name_ref, by_wire_name[405]),
            .u.structure.error_code_ref = REF(shapes[242].u.structure.error_code_ref, strings[8335]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_invalid_restore_time_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [243] = { /* ItemCollectionKeyAttributeMap */
            .name_ref = REF(shapes[243].name_ref, strings[8363]),
            .u.collection.item_ref = REF(shapes[243].u.collection.item_ref, shapes[10]),
            .u.collection.key_ref = REF(shapes[243].u.collection.key_ref, shapes[7]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_dynamodb_attribute_map),
            .u.collection.value_offset = offsetof(struct awsc_dynamodb_attribute_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_dynamodb_attribute_map_entry),
        },
        [244] = { /* ItemCollectionMetrics */
            .name_ref = REF(shapes[244].name_ref, strings[2030]),
            .u.structure.members_ref = REF(shapes[244].u.structure.members_ref, members[406]),
            .u.structure.by_wire_name_ref = REF(shapes[244].u.structure.by_wire_name_ref, by_wire_name[406]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_item_collection_metrics),
            .u.structure.member_count = 2,
        },
        [245] = { /* ItemCollectionMetricsMultiple */
            .name_ref = REF(shapes[245].name_ref, strings[8431]),
            .u.collection.item_ref = REF(shapes[245].u.collection.item_ref, shapes[244]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_item_collection_metrics_multiple),
        },
        [246] = { /* ItemCollectionMetricsPerTable */
            .name_ref = REF(shapes[246].name_ref, strings[8461]),
            .u.collection.item_ref = REF(shapes[246].u.collection.item_ref, shapes[245]),
            .u.collection.key_ref = REF(shapes[246].u.collection.key_ref, shapes[431]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_dynamodb_item_collection_metrics_per_table),
            .u.collection.value_offset = offsetof(struct awsc_dynamodb_item_collection_metrics_per_table_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_dynamodb_item_collection_metrics_per_table_entry),
        },
        [247] = { /* ItemCollectionSizeEstimateBound */
            .name_ref = REF(shapes[247].name_ref, strings[8491]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [248] = { /* ItemCollectionSizeEstimateRange */
            .name_ref = REF(shapes[248].name_ref, strings[8523]),
            .u.collection.item_ref = REF(shapes[248].u.collection.item_ref, shapes[247]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_item_collection_size_estimate_range),
        },
        [249] = { /* ItemCollectionSizeLimitExceededException */
            .name_ref = REF(shapes[249].name_ref, strings[8555]),
            .u.structure.members_ref = REF(shapes[249].u.structure.members_ref, members[408]),
            .u.structure.by_wire_name_ref = REF(shapes[249].u.structure.by_wire_name_ref, by_wire_name[408]),
            .u.structure.error_code_ref = REF(shapes[249].u.structure.error_code_ref, strings[8555]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_item_collection_size_limit_exceeded_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [250] = { /* ItemCount */
            .name_ref = REF(shapes[250].name_ref, strings[6121]),
            .range_ref = REF(shapes[250].range_ref, ranges[26]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [251] = { /* ItemList */
            .name_ref = REF(shapes[251].name_ref, strings[8596]),
            .u.collection.item_ref = REF(shapes[251].u.collection.item_ref, shapes[6]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_item_list),
        },
        [252] = { /* ItemResponse */
            .name_ref = REF(shapes[252].name_ref, strings[8605]),
            .u.structure.members_ref = REF(shapes[252].u.structure.members_ref, members[409]),
            .u.structure.by_wire_name_ref = REF(shapes[252].u.structure.by_wire_name_ref, by_wire_name[409]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_item_response),
            .u.structure.member_count = 1,
        },
        [253] = { /* ItemResponseList */
            .name_ref = REF(shapes[253].name_ref, strings[8618]),
            .range_ref = REF(shapes[253].range_ref, ranges[27]),
            .u.collection.item_ref = REF(shapes[253].u.collection.item_ref, shapes[252]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_item_response_list),
        },
        [254] = { /* KMSMasterKeyArn */
            .name_ref = REF(shapes[254].name_ref, strings[8635]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [255] = { /* KMSMasterKeyId */
            .name_ref = REF(shapes[255].name_ref, strings[3613]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [256] = { /* Key */
            .name_ref = REF(shapes[256].name_ref, strings[2543]),
            .u.collection.item_ref = REF(shapes[256].u.collection.item_ref, shapes[10]),
            .u.collection.key_ref = REF(shapes[256].u.collection.key_ref, shapes[7]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_dynamodb_attribute_map),
            .u.collection.value_offset = offsetof(struct awsc_dynamodb_attribute_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_dynamodb_attribute_map_entry),
        },
        [257] = { /* KeyConditions */
            .name_ref = REF(shapes[257].name_ref, strings[8651]),
            .u.collection.item_ref = REF(shapes[257].u.collection.item_ref, shapes[66]),
            .u.collection.key_ref = REF(shapes[257].u.collection.key_ref, shapes[7]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_dynamodb_filter_condition_map),
            .u.collection.value_offset = offsetof(struct awsc_dynamodb_filter_condition_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_dynamodb_filter_condition_map_entry),
        },
        [258] = { /* KeyExpression */
            .name_ref = REF(shapes[258].name_ref, strings[8665]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [259] = { /* KeyList */
            .name_ref = REF(shapes[259].name_ref, strings[8679]),
            .range_ref = REF(shapes[259].range_ref, ranges[28]),
            .u.collection.item_ref = REF(shapes[259].u.collection.item_ref, shapes[256]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_item_list),
        },
        [260] = { /* KeySchema */
            .name_ref = REF(shapes[260].name_ref, strings[3325]),
            .range_ref = REF(shapes[260].range_ref, ranges[29]),
            .u.collection.item_ref = REF(shapes[260].u.collection.item_ref, shapes[262]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_key_schema),
        },
        [261] = { /* KeySchemaAttributeName */
            .name_ref = REF(shapes[261].name_ref, strings[8687]),
            .range_ref = REF(shapes[261].range_ref, ranges[30]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [262] = { /* KeySchemaElement */
            .name_ref = REF(shapes[262].name_ref, strings[8710]),
            .u.structure.members_ref = REF(shapes[262].u.structure.members_ref, members[410]),
            .u.structure.by_wire_name_ref = REF(shapes[262].u.structure.by_wire_name_ref, by_wire_name[410]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_key_schema_element),
            .u.structure.member_count = 2,
        },
        [263] = { /* KeyType */
            .name_ref = REF(shapes[263].name_ref, strings[8727]),
            .u.string.enum_values_ref = REF(shapes[263].u.string.enum_values_ref, strings[8735]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [264] = { /* KeysAndAttributes */
            .name_ref = REF(shapes[264].name_ref, strings[8746]),
            .u.structure.members_ref = REF(shapes[264].u.structure.members_ref, members[412]),
            .u.structure.by_wire_name_ref = REF(shapes[264].u.structure.by_wire_name_ref, by_wire_name[412]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_keys_and_attributes),
            .u.structure.member_count = 5,
        },
        [265] = { /* KinesisDataStreamDestination */
            .name_ref = REF(shapes[265].name_ref, strings[8769]),
            .u.structure.members_ref = REF(shapes[265].u.structure.members_ref, members[417]),
            .u.structure.by_wire_name_ref = REF(shapes[265].u.structure.by_wire_name_ref, by_wire_name[417]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_kinesis_data_stream_destination),
            .u.structure.member_count = 4,
        },
        [266] = { /* KinesisDataStreamDestinations */
            .name_ref = REF(shapes[266].name_ref, strings[5097]),
            .u.collection.item_ref = REF(shapes[266].u.collection.item_ref, shapes[265]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_kinesis_data_stream_destinations),
        },
        [267] = { /* KinesisStreamingDestinationInput */
            .name_ref = REF(shapes[267].name_ref, strings[8837]),
            .u.structure.members_ref = REF(shapes[267].u.structure.members_ref, members[421]),
            .u.structure.by_wire_name_ref = REF(shapes[267].u.structure.by_wire_name_ref, by_wire_name[421]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_kinesis_streaming_destination_input),
            .u.structure.member_count = 3,
        },
        [268] = { /* KinesisStreamingDestinationOutput */
            .name_ref = REF(shapes[268].name_ref, strings[8870]),
            .u.structure.members_ref = REF(shapes[268].u.structure.members_ref, members[424]),
            .u.structure.by_wire_name_ref = REF(shapes[268].u.structure.by_wire_name_ref, by_wire_name[424]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_kinesis_streaming_destination_output),
            .u.structure.member_count = 4,
        },
        [269] = { /* LastUpdateDateTime */
            .name_ref = REF(shapes[269].name_ref, strings[4640]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [270] = { /* LimitExceededException */
            .name_ref = REF(shapes[270].name_ref, strings[8904]),
            .u.structure.members_ref = REF(shapes[270].u.structure.members_ref, members[428]),
            .u.structure.by_wire_name_ref = REF(shapes[270].u.structure.by_wire_name_ref, by_wire_name[428]),
            .u.structure.error_code_ref = REF(shapes[270].u.structure.error_code_ref, strings[8904]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_limit_exceeded_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [271] = { /* ListAttributeValue */
            .name_ref = REF(shapes[271].name_ref, strings[8927]),
            .u.collection.item_ref = REF(shapes[271].u.collection.item_ref, shapes[10]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_attribute_value_list),
        },
        [272] = { /* ListBackupsInput */
            .name_ref = REF(shapes[272].name_ref, strings[8946]),
            .u.structure.members_ref = REF(shapes[272].u.structure.members_ref, members[429]),
            .u.structure.by_wire_name_ref = REF(shapes[272].u.structure.by_wire_name_ref, by_wire_name[429]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_list_backups_input),
            .u.structure.member_count = 6,
        },
        [273] = { /* ListBackupsOutput */
            .name_ref = REF(shapes[273].name_ref, strings[9027]),
            .u.structure.members_ref = REF(shapes[273].u.structure.members_ref, members[435]),
            .u.structure.by_wire_name_ref = REF(shapes[273].u.structure.by_wire_name_ref, by_wire_name[435]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_list_backups_output),
            .u.structure.member_count = 2,
        },
        [274] = { /* ListContributorInsightsInput */
            .name_ref = REF(shapes[274].name_ref, strings[9068]),
            .u.structure.members_ref = REF(shapes[274].u.structure.members_ref, members[437]),
            .u.structure.by_wire_name_ref = REF(shapes[274].u.structure.by_wire_name_ref, by_wire_name[437]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_list_contributor_insights_input),
            .u.structure.member_count = 3,
        },
        [275] = { /* ListContributorInsightsLimit */
            .name_ref = REF(shapes[275].name_ref, strings[9108]),
            .range_ref = REF(shapes[275].range_ref, ranges[31]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [276] = { /* ListContributorInsightsOutput */
            .name_ref = REF(shapes[276].name_ref, strings[9137]),
            .u.structure.members_ref = REF(shapes[276].u.structure.members_ref, members[440]),
            .u.structure.by_wire_name_ref = REF(shapes[276].u.structure.by_wire_name_ref, by_wire_name[440]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_list_contributor_insights_output),
            .u.structure.member_count = 2,
        },
        [277] = { /* ListExportsInput */
            .name_ref = REF(shapes[277].name_ref, strings[9167]),
            .u.structure.members_ref = REF(shapes[277].u.structure.members_ref, members[442]),
            .u.structure.by_wire_name_ref = REF(shapes[277].u.structure.by_wire_name_ref, by_wire_name[442]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_list_exports_input),
            .u.structure.member_count = 3,
        },
        [278] = { /* ListExportsMaxLimit */
            .name_ref = REF(shapes[278].name_ref, strings[9184]),
            .range_ref = REF(shapes[278].range_ref, ranges[32]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [279] = { /* ListExportsOutput */
            .name_ref = REF(shapes[279].name_ref, strings[9204]),
            .u.structure.members_ref = REF(shapes[279].u.structure.members_ref, members[445]),
            .u.structure.by_wire_name_ref = REF(shapes[279].u.structure.by_wire_name_ref, by_wire_name[445]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_list_exports_output),
            .u.structure.member_count = 2,
        },
        [280] = { /* ListGlobalTablesInput */
            .name_ref = REF(shapes[280].name_ref, strings[9222]),
            .u.structure.members_ref = REF(shapes[280].u.structure.members_ref, members[447]),
            .u.structure.by_wire_name_ref = REF(shapes[280].u.structure.by_wire_name_ref, by_wire_name[447]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_list_global_tables_input),
            .u.structure.member_count = 3,
        },
        [281] = { /* ListGlobalTablesOutput */
            .name_ref = REF(shapes[281].name_ref, strings[9274]),
            .u.structure.members_ref = REF(shapes[281].u.structure.members_ref, members[450]),
            .u.structure.by_wire_name_ref = REF(shapes[281].u.structure.by_wire_name_ref, by_wire_name[450]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_list_global_tables_output),
            .u.structure.member_count = 2,
        },
        [282] = { /* ListImportsInput */
            .name_ref = REF(shapes[282].name_ref, strings[9339]),
            .u.structure.members_ref = REF(shapes[282].u.structure.members_ref, members[452]),
            .u.structure.by_wire_name_ref = REF(shapes[282].u.structure.by_wire_name_ref, by_wire_name[452]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_list_imports_input),
            .u.structure.member_count = 3,
        },
        [283] = { /* ListImportsMaxLimit */
            .name_ref = REF(shapes[283].name_ref, strings[9365]),
            .range_ref = REF(shapes[283].range_ref, ranges[33]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [284] = { /* ListImportsOutput */
            .name_ref = REF(shapes[284].name_ref, strings[9385]),
            .u.structure.members_ref = REF(shapes[284].u.structure.members_ref, members[455]),
            .u.structure.by_wire_name_ref = REF(shapes[284].u.structure.by_wire_name_ref, by_wire_name[455]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_list_imports_output),
            .u.structure.member_count = 2,
        },
        [285] = { /* ListTablesInput */
            .name_ref = REF(shapes[285].name_ref, strings[9403]),
            .u.structure.members_ref = REF(shapes[285].u.structure.members_ref, members[457]),
            .u.structure.by_wire_name_ref = REF(shapes[285].u.structure.by_wire_name_ref, by_wire_name[457]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_list_tables_input),
            .u.structure.member_count = 2,
        },
        [286] = { /* ListTablesInputLimit */
            .name_ref = REF(shapes[286].name_ref, strings[9443]),
            .range_ref = REF(shapes[286].range_ref, ranges[34]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [287] = { /* ListTablesOutput */
            .name_ref = REF(shapes[287].name_ref, strings[9464]),
            .u.structure.members_ref = REF(shapes[287].u.structure.members_ref, members[459]),
            .u.structure.by_wire_name_ref = REF(shapes[287].u.structure.by_wire_name_ref, by_wire_name[459]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_list_tables_output),
            .u.structure.member_count = 2,
        },
        [288] = { /* ListTagsOfResourceInput */
            .name_ref = REF(shapes[288].name_ref, strings[9515]),
            .u.structure.members_ref = REF(shapes[288].u.structure.members_ref, members[461]),
            .u.structure.by_wire_name_ref = REF(shapes[288].u.structure.by_wire_name_ref, by_wire_name[461]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_list_tags_of_resource_input),
            .u.structure.member_count = 2,
        },
        [289] = { /* ListTagsOfResourceOutput */
            .name_ref = REF(shapes[289].name_ref, strings[9539]),
            .u.structure.members_ref = REF(shapes[289].u.structure.members_ref, members[463]),
            .u.structure.by_wire_name_ref = REF(shapes[289].u.structure.by_wire_name_ref, by_wire_name[463]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_list_tags_of_resource_output),
            .u.structure.member_count = 2,
        },
        [290] = { /* LocalSecondaryIndex */
            .name_ref = REF(shapes[290].name_ref, strings[9564]),
            .u.structure.members_ref = REF(shapes[290].u.structure.members_ref, members[465]),
            .u.structure.by_wire_name_ref = REF(shapes[290].u.structure.by_wire_name_ref, by_wire_name[465]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_local_secondary_index),
            .u.structure.member_count = 3,
        },
        [291] = { /* LocalSecondaryIndexDescription */
            .name_ref = REF(shapes[291].name_ref, strings[9584]),
            .u.structure.members_ref = REF(shapes[291].u.structure.members_ref, members[468]),
            .u.structure.by_wire_name_ref = REF(shapes[291].u.structure.by_wire_name_ref, by_wire_name[468]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_local_secondary_index_description),
            .u.structure.member_count = 6,
        },
        [292] = { /* LocalSecondaryIndexDescriptionList */
            .name_ref = REF(shapes[292].name_ref, strings[9615]),
            .u.collection.item_ref = REF(shapes[292].u.collection.item_ref, shapes[291]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_local_secondary_index_description_list),
        },
        [293] = { /* LocalSecondaryIndexInfo */
            .name_ref = REF(shapes[293].name_ref, strings[9650]),
            .u.structure.members_ref = REF(shapes[293].u.structure.members_ref, members[474]),
            .u.structure.by_wire_name_ref = REF(shapes[293].u.structure.by_wire_name_ref, by_wire_name[474]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_local_secondary_index_info),
            .u.structure.member_count = 3,
        },
        [294] = { /* LocalSecondaryIndexList */
            .name_ref = REF(shapes[294].name_ref, strings[9674]),
            .u.collection.item_ref = REF(shapes[294].u.collection.item_ref, shapes[290]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_local_secondary_index_list),
        },
        [295] = { /* LocalSecondaryIndexes */
            .name_ref = REF(shapes[295].name_ref, strings[2715]),
            .u.collection.item_ref = REF(shapes[295].u.collection.item_ref, shapes[293]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_local_secondary_indexes),
        },
        [296] = { /* Long */
            .name_ref = REF(shapes[296].name_ref, strings[9698]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [297] = { /* LongObject */
            .name_ref = REF(shapes[297].name_ref, strings[9703]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [298] = { /* MapAttributeValue */
            .name_ref = REF(shapes[298].name_ref, strings[9714]),
            .u.collection.item_ref = REF(shapes[298].u.collection.item_ref, shapes[10]),
            .u.collection.key_ref = REF(shapes[298].u.collection.key_ref, shapes[7]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_dynamodb_attribute_map),
            .u.collection.value_offset = offsetof(struct awsc_dynamodb_attribute_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_dynamodb_attribute_map_entry),
        },
        [299] = { /* MultiRegionConsistency */
            .name_ref = REF(shapes[299].name_ref, strings[9732]),
            .u.string.enum_values_ref = REF(shapes[299].u.string.enum_values_ref, strings[9755]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [300] = { /* NextTokenString */
            .name_ref = REF(shapes[300].name_ref, strings[9771]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [301] = { /* NonKeyAttributeName */
            .name_ref = REF(shapes[301].name_ref, strings[9787]),
            .range_ref = REF(shapes[301].range_ref, ranges[35]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [302] = { /* NonKeyAttributeNameList */
            .name_ref = REF(shapes[302].name_ref, strings[9807]),
            .range_ref = REF(shapes[302].range_ref, ranges[36]),
            .u.collection.item_ref = REF(shapes[302].u.collection.item_ref, shapes[301]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_attribute_name_list),
        },
        [303] = { /* NonNegativeLongObject */
            .name_ref = REF(shapes[303].name_ref, strings[9831]),
            .range_ref = REF(shapes[303].range_ref, ranges[37]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [304] = { /* NullAttributeValue */
            .name_ref = REF(shapes[304].name_ref, strings[9853]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [305] = { /* NumberAttributeValue */
            .name_ref = REF(shapes[305].name_ref, strings[9872]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [306] = { /* NumberSetAttributeValue */
            .name_ref = REF(shapes[306].name_ref, strings[9893]),
            .u.collection.item_ref = REF(shapes[306].u.collection.item_ref, shapes[305]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_attribute_name_list),
        },
        [307] = { /* OnDemandThroughput */
            .name_ref = REF(shapes[307].name_ref, strings[3368]),
            .u.structure.members_ref = REF(shapes[307].u.structure.members_ref, members[477]),
            .u.structure.by_wire_name_ref = REF(shapes[307].u.structure.by_wire_name_ref, by_wire_name[477]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_on_demand_throughput),
            .u.structure.member_count = 2,
        },
        [308] = { /* OnDemandThroughputOverride */
            .name_ref = REF(shapes[308].name_ref, strings[3658]),
            .u.structure.members_ref = REF(shapes[308].u.structure.members_ref, members[479]),
            .u.structure.by_wire_name_ref = REF(shapes[308].u.structure.by_wire_name_ref, by_wire_name[479]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_on_demand_throughput_override),
            .u.structure.member_count = 1,
        },
        [309] = { /* ParameterizedStatement */
            .name_ref = REF(shapes[309].name_ref, strings[9958]),
            .u.structure.members_ref = REF(shapes[309].u.structure.members_ref, members[480]),
            .u.structure.by_wire_name_ref = REF(shapes[309].u.structure.by_wire_name_ref, by_wire_name[480]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_parameterized_statement),
            .u.structure.member_count = 3,
        },
        [310] = { /* ParameterizedStatements */
            .name_ref = REF(shapes[310].name_ref, strings[9981]),
            .range_ref = REF(shapes[310].range_ref, ranges[38]),
            .u.collection.item_ref = REF(shapes[310].u.collection.item_ref, shapes[309]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_parameterized_statements),
        },
        [311] = { /* PartiQLBatchRequest */
            .name_ref = REF(shapes[311].name_ref, strings[10005]),
            .range_ref = REF(shapes[311].range_ref, ranges[39]),
            .u.collection.item_ref = REF(shapes[311].u.collection.item_ref, shapes[46]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_parti_ql_batch_request),
        },
        [312] = { /* PartiQLBatchResponse */
            .name_ref = REF(shapes[312].name_ref, strings[10025]),
            .u.collection.item_ref = REF(shapes[312].u.collection.item_ref, shapes[47]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_parti_ql_batch_response),
        },
        [313] = { /* PartiQLNextToken */
            .name_ref = REF(shapes[313].name_ref, strings[10046]),
            .range_ref = REF(shapes[313].range_ref, ranges[40]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [314] = { /* PartiQLStatement */
            .name_ref = REF(shapes[314].name_ref, strings[10063]),
            .range_ref = REF(shapes[314].range_ref, ranges[41]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [315] = { /* PointInTimeRecoveryDescription */
            .name_ref = REF(shapes[315].name_ref, strings[2874]),
            .u.structure.members_ref = REF(shapes[315].u.structure.members_ref, members[483]),
            .u.structure.by_wire_name_ref = REF(shapes[315].u.structure.by_wire_name_ref, by_wire_name[483]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_point_in_time_recovery_description),
            .u.structure.member_count = 4,
        },
        [316] = { /* PointInTimeRecoverySpecification */
            .name_ref = REF(shapes[316].name_ref, strings[10179]),
            .u.structure.members_ref = REF(shapes[316].u.structure.members_ref, members[487]),
            .u.structure.by_wire_name_ref = REF(shapes[316].u.structure.by_wire_name_ref, by_wire_name[487]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_point_in_time_recovery_specification),
            .u.structure.member_count = 2,
        },
        [317] = { /* PointInTimeRecoveryStatus */
            .name_ref = REF(shapes[317].name_ref, strings[10080]),
            .u.string.enum_values_ref = REF(shapes[317].u.string.enum_values_ref, strings[2905]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [318] = { /* PointInTimeRecoveryUnavailableException */
            .name_ref = REF(shapes[318].name_ref, strings[10239]),
            .u.structure.members_ref = REF(shapes[318].u.structure.members_ref, members[489]),
            .u.structure.by_wire_name_ref = REF(shapes[318].u.structure.by_wire_name_ref, by_wire_name[489]),
            .u.structure.error_code_ref = REF(shapes[318].u.structure.error_code_ref, strings[10239]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_point_in_time_recovery_unavailable_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [319] = { /* PolicyNotFoundException */
            .name_ref = REF(shapes[319].name_ref, strings[10279]),
            .u.structure.members_ref = REF(shapes[319].u.structure.members_ref, members[490]),
            .u.structure.by_wire_name_ref = REF(shapes[319].u.structure.by_wire_name_ref, by_wire_name[490]),
            .u.structure.error_code_ref = REF(shapes[319].u.structure.error_code_ref, strings[10279]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_policy_not_found_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [320] = { /* PolicyRevisionId */
            .name_ref = REF(shapes[320].name_ref, strings[10303]),
            .range_ref = REF(shapes[320].range_ref, ranges[42]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [321] = { /* PositiveIntegerObject */
            .name_ref = REF(shapes[321].name_ref, strings[10320]),
            .range_ref = REF(shapes[321].range_ref, ranges[43]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [322] = { /* PositiveLongObject */
            .name_ref = REF(shapes[322].name_ref, strings[10342]),
            .range_ref = REF(shapes[322].range_ref, ranges[44]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [323] = { /* PreparedStatementParameters */
            .name_ref = REF(shapes[323].name_ref, strings[10361]),
            .range_ref = REF(shapes[323].range_ref, ranges[45]),
            .u.collection.item_ref = REF(shapes[323].u.collection.item_ref, shapes[10]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_attribute_value_list),
        },
        [324] = { /* ProcessedItemCount */
            .name_ref = REF(shapes[324].name_ref, strings[8096]),
            .range_ref = REF(shapes[324].range_ref, ranges[46]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [325] = { /* Projection */
            .name_ref = REF(shapes[325].name_ref, strings[3335]),
            .u.structure.members_ref = REF(shapes[325].u.structure.members_ref, members[491]),
            .u.structure.by_wire_name_ref = REF(shapes[325].u.structure.by_wire_name_ref, by_wire_name[491]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_projection),
            .u.structure.member_count = 2,
        },
        [326] = { /* ProjectionExpression */
            .name_ref = REF(shapes[326].name_ref, strings[6627]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [327] = { /* ProjectionType */
            .name_ref = REF(shapes[327].name_ref, strings[10389]),
            .u.string.enum_values_ref = REF(shapes[327].u.string.enum_values_ref, strings[10421]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [328] = { /* ProvisionedThroughput */
            .name_ref = REF(shapes[328].name_ref, strings[3346]),
            .u.structure.members_ref = REF(shapes[328].u.structure.members_ref, members[493]),
            .u.structure.by_wire_name_ref = REF(shapes[328].u.structure.by_wire_name_ref, by_wire_name[493]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_provisioned_throughput),
            .u.structure.member_count = 2,
        },
        [329] = { /* ProvisionedThroughputDescription */
            .name_ref = REF(shapes[329].name_ref, strings[10443]),
            .u.structure.members_ref = REF(shapes[329].u.structure.members_ref, members[495]),
            .u.structure.by_wire_name_ref = REF(shapes[329].u.structure.by_wire_name_ref, by_wire_name[495]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_provisioned_throughput_description),
            .u.structure.member_count = 5,
        },
        [330] = { /* ProvisionedThroughputExceededException */
            .name_ref = REF(shapes[330].name_ref, strings[10541]),
            .u.structure.members_ref = REF(shapes[330].u.structure.members_ref, members[500]),
            .u.structure.by_wire_name_ref = REF(shapes[330].u.structure.by_wire_name_ref, by_wire_name[500]),
            .u.structure.error_code_ref = REF(shapes[330].u.structure.error_code_ref, strings[10541]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_provisioned_throughput_exceeded_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 0,
        },
        [331] = { /* ProvisionedThroughputOverride */
            .name_ref = REF(shapes[331].name_ref, strings[3628]),
            .u.structure.members_ref = REF(shapes[331].u.structure.members_ref, members[502]),
            .u.structure.by_wire_name_ref = REF(shapes[331].u.structure.by_wire_name_ref, by_wire_name[502]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_provisioned_throughput_override),
            .u.structure.member_count = 1,
        },
        [332] = { /* Put */
            .name_ref = REF(shapes[332].name_ref, strings[10598]),
            .u.structure.members_ref = REF(shapes[332].u.structure.members_ref, members[503]),
            .u.structure.by_wire_name_ref = REF(shapes[332].u.structure.by_wire_name_ref, by_wire_name[503]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_put),
            .u.structure.member_count = 6,
        },
        [333] = { /* PutItemInput */
            .name_ref = REF(shapes[333].name_ref, strings[10602]),
            .u.structure.members_ref = REF(shapes[333].u.structure.members_ref, members[509]),
            .u.structure.by_wire_name_ref = REF(shapes[333].u.structure.by_wire_name_ref, by_wire_name[509]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_put_item_input),
            .u.structure.member_count = 11,
        },
        [334] = { /* PutItemInputAttributeMap */
            .name_ref = REF(shapes[334].name_ref, strings[10615]),
            .u.collection.item_ref = REF(shapes[334].u.collection.item_ref, shapes[10]),
            .u.collection.key_ref = REF(shapes[334].u.collection.key_ref, shapes[7]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_dynamodb_attribute_map),
            .u.collection.value_offset = offsetof(struct awsc_dynamodb_attribute_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_dynamodb_attribute_map_entry),
        },
        [335] = { /* PutItemOutput */
            .name_ref = REF(shapes[335].name_ref, strings[10640]),
            .u.structure.members_ref = REF(shapes[335].u.structure.members_ref, members[520]),
            .u.structure.by_wire_name_ref = REF(shapes[335].u.structure.by_wire_name_ref, by_wire_name[520]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_put_item_output),
            .u.structure.member_count = 3,
        },
        [336] = { /* PutRequest */
            .name_ref = REF(shapes[336].name_ref, strings[10654]),
            .u.structure.members_ref = REF(shapes[336].u.structure.members_ref, members[523]),
            .u.structure.by_wire_name_ref = REF(shapes[336].u.structure.by_wire_name_ref, by_wire_name[523]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_put_request),
            .u.structure.member_count = 1,
        },
        [337] = { /* PutResourcePolicyInput */
            .name_ref = REF(shapes[337].name_ref, strings[10665]),
            .u.structure.members_ref = REF(shapes[337].u.structure.members_ref, members[524]),
            .u.structure.by_wire_name_ref = REF(shapes[337].u.structure.by_wire_name_ref, by_wire_name[524]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_put_resource_policy_input),
            .u.structure.member_count = 4,
        },
        [338] = { /* PutResourcePolicyOutput */
            .name_ref = REF(shapes[338].name_ref, strings[10688]),
            .u.structure.members_ref = REF(shapes[338].u.structure.members_ref, members[528]),
            .u.structure.by_wire_name_ref = REF(shapes[338].u.structure.by_wire_name_ref, by_wire_name[528]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_put_resource_policy_output),
            .u.structure.member_count = 1,
        },
        [339] = { /* QueryInput */
            .name_ref = REF(shapes[339].name_ref, strings[10712]),
            .u.structure.members_ref = REF(shapes[339].u.structure.members_ref, members[529]),
            .u.structure.by_wire_name_ref = REF(shapes[339].u.structure.by_wire_name_ref, by_wire_name[529]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_query_input),
            .u.structure.member_count = 17,
        },
        [340] = { /* QueryOutput */
            .name_ref = REF(shapes[340].name_ref, strings[10817]),
            .u.structure.members_ref = REF(shapes[340].u.structure.members_ref, members[546]),
            .u.structure.by_wire_name_ref = REF(shapes[340].u.structure.by_wire_name_ref, by_wire_name[546]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_query_output),
            .u.structure.member_count = 5,
        },
        [341] = { /* Reason */
            .name_ref = REF(shapes[341].name_ref, strings[10848]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [342] = { /* RecoveryPeriodInDays */
            .name_ref = REF(shapes[342].name_ref, strings[10106]),
            .range_ref = REF(shapes[342].range_ref, ranges[47]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [343] = { /* RegionName */
            .name_ref = REF(shapes[343].name_ref, strings[3547]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [344] = { /* Replica */
            .name_ref = REF(shapes[344].name_ref, strings[10855]),
            .u.structure.members_ref = REF(shapes[344].u.structure.members_ref, members[551]),
            .u.structure.by_wire_name_ref = REF(shapes[344].u.structure.by_wire_name_ref, by_wire_name[551]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_replica),
            .u.structure.member_count = 1,
        },
        [345] = { /* ReplicaAlreadyExistsException */
            .name_ref = REF(shapes[345].name_ref, strings[10863]),
            .u.structure.members_ref = REF(shapes[345].u.structure.members_ref, members[552]),
            .u.structure.by_wire_name_ref = REF(shapes[345].u.structure.by_wire_name_ref, by_wire_name[552]),
            .u.structure.error_code_ref = REF(shapes[345].u.structure.error_code_ref, strings[10863]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_replica_already_exists_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [346] = { /* ReplicaAutoScalingDescription */
            .name_ref = REF(shapes[346].name_ref, strings[10893]),
            .u.structure.members_ref = REF(shapes[346].u.structure.members_ref, members[553]),
            .u.structure.by_wire_name_ref = REF(shapes[346].u.structure.by_wire_name_ref, by_wire_name[553]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_replica_auto_scaling_description),
            .u.structure.member_count = 5,
        },
        [347] = { /* ReplicaAutoScalingDescriptionList */
            .name_ref = REF(shapes[347].name_ref, strings[11038]),
            .u.collection.item_ref = REF(shapes[347].u.collection.item_ref, shapes[346]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_replica_auto_scaling_description_list),
        },
        [348] = { /* ReplicaAutoScalingUpdate */
            .name_ref = REF(shapes[348].name_ref, strings[11072]),
            .u.structure.members_ref = REF(shapes[348].u.structure.members_ref, members[558]),
            .u.structure.by_wire_name_ref = REF(shapes[348].u.structure.by_wire_name_ref, by_wire_name[558]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_replica_auto_scaling_update),
            .u.structure.member_count = 3,
        },
        [349] = { /* ReplicaAutoScalingUpdateList */
            .name_ref = REF(shapes[349].name_ref, strings[11180]),
            .range_ref = REF(shapes[349].range_ref, ranges[48]),
            .u.collection.item_ref = REF(shapes[349].u.collection.item_ref, shapes[348]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_replica_auto_scaling_update_list),
        },
        [350] = { /* ReplicaDescription */
            .name_ref = REF(shapes[350].name_ref, strings[11209]),
            .u.structure.members_ref = REF(shapes[350].u.structure.members_ref, members[561]),
            .u.structure.by_wire_name_ref = REF(shapes[350].u.structure.by_wire_name_ref, by_wire_name[561]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_replica_description),
            .u.structure.member_count = 13,
        },
        [351] = { /* ReplicaDescriptionList */
            .name_ref = REF(shapes[351].name_ref, strings[11346]),
            .u.collection.item_ref = REF(shapes[351].u.collection.item_ref, shapes[350]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_replica_description_list),
        },
        [352] = { /* ReplicaGlobalSecondaryIndex */
            .name_ref = REF(shapes[352].name_ref, strings[11369]),
            .u.structure.members_ref = REF(shapes[352].u.structure.members_ref, members[574]),
            .u.structure.by_wire_name_ref = REF(shapes[352].u.structure.by_wire_name_ref, by_wire_name[574]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index),
            .u.structure.member_count = 3,
        },
        [353] = { /* ReplicaGlobalSecondaryIndexAutoScalingDescription */
            .name_ref = REF(shapes[353].name_ref, strings[11397]),
            .u.structure.members_ref = REF(shapes[353].u.structure.members_ref, members[577]),
            .u.structure.by_wire_name_ref = REF(shapes[353].u.structure.by_wire_name_ref, by_wire_name[577]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_description),
            .u.structure.member_count = 4,
        },
        [354] = { /* ReplicaGlobalSecondaryIndexAutoScalingDescriptionList */
            .name_ref = REF(shapes[354].name_ref, strings[11534]),
            .u.collection.item_ref = REF(shapes[354].u.collection.item_ref, shapes[353]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_description_list),
        },
        [355] = { /* ReplicaGlobalSecondaryIndexAutoScalingUpdate */
            .name_ref = REF(shapes[355].name_ref, strings[11588]),
            .u.structure.members_ref = REF(shapes[355].u.structure.members_ref, members[581]),
            .u.structure.by_wire_name_ref = REF(shapes[355].u.structure.by_wire_name_ref, by_wire_name[581]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_update),
            .u.structure.member_count = 2,
        },
        [356] = { /* ReplicaGlobalSecondaryIndexAutoScalingUpdateList */
            .name_ref = REF(shapes[356].name_ref, strings[11674]),
            .u.collection.item_ref = REF(shapes[356].u.collection.item_ref, shapes[355]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_update_list),
        },
        [357] = { /* ReplicaGlobalSecondaryIndexDescription */
            .name_ref = REF(shapes[357].name_ref, strings[11723]),
            .u.structure.members_ref = REF(shapes[357].u.structure.members_ref, members[583]),
            .u.structure.by_wire_name_ref = REF(shapes[357].u.structure.by_wire_name_ref, by_wire_name[583]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_description),
            .u.structure.member_count = 4,
        },
        [358] = { /* ReplicaGlobalSecondaryIndexDescriptionList */
            .name_ref = REF(shapes[358].name_ref, strings[11762]),
            .u.collection.item_ref = REF(shapes[358].u.collection.item_ref, shapes[357]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_description_list),
        },
        [359] = { /* ReplicaGlobalSecondaryIndexList */
            .name_ref = REF(shapes[359].name_ref, strings[11805]),
            .range_ref = REF(shapes[359].range_ref, ranges[49]),
            .u.collection.item_ref = REF(shapes[359].u.collection.item_ref, shapes[352]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_list),
        },
        [360] = { /* ReplicaGlobalSecondaryIndexSettingsDescription */
            .name_ref = REF(shapes[360].name_ref, strings[11837]),
            .u.structure.members_ref = REF(shapes[360].u.structure.members_ref, members[587]),
            .u.structure.by_wire_name_ref = REF(shapes[360].u.structure.by_wire_name_ref, by_wire_name[587]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_settings_description),
            .u.structure.member_count = 6,
        },
        [361] = { /* ReplicaGlobalSecondaryIndexSettingsDescriptionList */
            .name_ref = REF(shapes[361].name_ref, strings[11913]),
            .u.collection.item_ref = REF(shapes[361].u.collection.item_ref, shapes[360]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_settings_description_list),
        },
        [362] = { /* ReplicaGlobalSecondaryIndexSettingsUpdate */
            .name_ref = REF(shapes[362].name_ref, strings[11964]),
            .u.structure.members_ref = REF(shapes[362].u.structure.members_ref, members[593]),
            .u.structure.by_wire_name_ref = REF(shapes[362].u.structure.by_wire_name_ref, by_wire_name[593]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_settings_update),
            .u.structure.member_count = 3,
        },
        [363] = { /* ReplicaGlobalSecondaryIndexSettingsUpdateList */
            .name_ref = REF(shapes[363].name_ref, strings[12055]),
            .range_ref = REF(shapes[363].range_ref, ranges[50]),
            .u.collection.item_ref = REF(shapes[363].u.collection.item_ref, shapes[362]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_replica_global_secondary_index_settings_update_list),
        },
        [364] = { /* ReplicaList */
            .name_ref = REF(shapes[364].name_ref, strings[12101]),
            .u.collection.item_ref = REF(shapes[364].u.collection.item_ref, shapes[344]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_replica_list),
        },
        [365] = { /* ReplicaNotFoundException */
            .name_ref = REF(shapes[365].name_ref, strings[12113]),
            .u.structure.members_ref = REF(shapes[365].u.structure.members_ref, members[596]),
            .u.structure.by_wire_name_ref = REF(shapes[365].u.structure.by_wire_name_ref, by_wire_name[596]),
            .u.structure.error_code_ref = REF(shapes[365].u.structure.error_code_ref, strings[12113]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_replica_not_found_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [366] = { /* ReplicaSettingsDescription */
            .name_ref = REF(shapes[366].name_ref, strings[12138]),
            .u.structure.members_ref = REF(shapes[366].u.structure.members_ref, members[597]),
            .u.structure.by_wire_name_ref = REF(shapes[366].u.structure.by_wire_name_ref, by_wire_name[597]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_replica_settings_description),
            .u.structure.member_count = 9,
        },
        [367] = { /* ReplicaSettingsDescriptionList */
            .name_ref = REF(shapes[367].name_ref, strings[12300]),
            .u.collection.item_ref = REF(shapes[367].u.collection.item_ref, shapes[366]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_replica_settings_description_list),
        },
        [368] = { /* ReplicaSettingsUpdate */
            .name_ref = REF(shapes[368].name_ref, strings[12331]),
            .u.structure.members_ref = REF(shapes[368].u.structure.members_ref, members[606]),
            .u.structure.by_wire_name_ref = REF(shapes[368].u.structure.by_wire_name_ref, by_wire_name[606]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_replica_settings_update),
            .u.structure.member_count = 5,
        },
        [369] = { /* ReplicaSettingsUpdateList */
            .name_ref = REF(shapes[369].name_ref, strings[12427]),
            .range_ref = REF(shapes[369].range_ref, ranges[51]),
            .u.collection.item_ref = REF(shapes[369].u.collection.item_ref, shapes[368]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_replica_settings_update_list),
        },
        [370] = { /* ReplicaStatus */
            .name_ref = REF(shapes[370].name_ref, strings[11024]),
            .u.string.enum_values_ref = REF(shapes[370].u.string.enum_values_ref, strings[12453]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 10,
        },
        [371] = { /* ReplicaStatusDescription */
            .name_ref = REF(shapes[371].name_ref, strings[11239]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [372] = { /* ReplicaStatusPercentProgress */
            .name_ref = REF(shapes[372].name_ref, strings[11264]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [373] = { /* ReplicaUpdate */
            .name_ref = REF(shapes[373].name_ref, strings[12601]),
            .u.structure.members_ref = REF(shapes[373].u.structure.members_ref, members[611]),
            .u.structure.by_wire_name_ref = REF(shapes[373].u.structure.by_wire_name_ref, by_wire_name[611]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_replica_update),
            .u.structure.member_count = 2,
        },
        [374] = { /* ReplicaUpdateList */
            .name_ref = REF(shapes[374].name_ref, strings[12615]),
            .u.collection.item_ref = REF(shapes[374].u.collection.item_ref, shapes[373]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_replica_update_list),
        },
        [375] = { /* ReplicatedWriteConflictException */
            .name_ref = REF(shapes[375].name_ref, strings[12633]),
            .u.structure.members_ref = REF(shapes[375].u.structure.members_ref, members[613]),
            .u.structure.by_wire_name_ref = REF(shapes[375].u.structure.by_wire_name_ref, by_wire_name[613]),
            .u.structure.error_code_ref = REF(shapes[375].u.structure.error_code_ref, strings[12633]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_RETRYABLE,
            .size = sizeof(struct awsc_dynamodb_replicated_write_conflict_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [376] = { /* ReplicationGroupUpdate */
            .name_ref = REF(shapes[376].name_ref, strings[12666]),
            .u.structure.members_ref = REF(shapes[376].u.structure.members_ref, members[614]),
            .u.structure.by_wire_name_ref = REF(shapes[376].u.structure.by_wire_name_ref, by_wire_name[614]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_replication_group_update),
            .u.structure.member_count = 3,
        },
        [377] = { /* ReplicationGroupUpdateList */
            .name_ref = REF(shapes[377].name_ref, strings[12689]),
            .range_ref = REF(shapes[377].range_ref, ranges[52]),
            .u.collection.item_ref = REF(shapes[377].u.collection.item_ref, shapes[376]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_replication_group_update_list),
        },
        [378] = { /* RequestLimitExceeded */
            .name_ref = REF(shapes[378].name_ref, strings[12716]),
            .u.structure.members_ref = REF(shapes[378].u.structure.members_ref, members[617]),
            .u.structure.by_wire_name_ref = REF(shapes[378].u.structure.by_wire_name_ref, by_wire_name[617]),
            .u.structure.error_code_ref = REF(shapes[378].u.structure.error_code_ref, strings[12716]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_request_limit_exceeded),
            .u.structure.member_count = 2,
            .u.structure.http_status = 0,
        },
        [379] = { /* Resource */
            .name_ref = REF(shapes[379].name_ref, strings[12737]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [380] = { /* ResourceArnString */
            .name_ref = REF(shapes[380].name_ref, strings[12746]),
            .range_ref = REF(shapes[380].range_ref, ranges[53]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [381] = { /* ResourceInUseException */
            .name_ref = REF(shapes[381].name_ref, strings[12764]),
            .u.structure.members_ref = REF(shapes[381].u.structure.members_ref, members[619]),
            .u.structure.by_wire_name_ref = REF(shapes[381].u.structure.by_wire_name_ref, by_wire_name[619]),
            .u.structure.error_code_ref = REF(shapes[381].u.structure.error_code_ref, strings[12764]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_resource_in_use_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [382] = { /* ResourceNotFoundException */
            .name_ref = REF(shapes[382].name_ref, strings[12787]),
            .u.structure.members_ref = REF(shapes[382].u.structure.members_ref, members[620]),
            .u.structure.by_wire_name_ref = REF(shapes[382].u.structure.by_wire_name_ref, by_wire_name[620]),
            .u.structure.error_code_ref = REF(shapes[382].u.structure.error_code_ref, strings[12787]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_resource_not_found_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [383] = { /* ResourcePolicy */
            .name_ref = REF(shapes[383].name_ref, strings[3800]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [384] = { /* RestoreInProgress */
            .name_ref = REF(shapes[384].name_ref, strings[12813]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [385] = { /* RestoreSummary */
            .name_ref = REF(shapes[385].name_ref, strings[12831]),
            .u.structure.members_ref = REF(shapes[385].u.structure.members_ref, members[621]),
            .u.structure.by_wire_name_ref = REF(shapes[385].u.structure.by_wire_name_ref, by_wire_name[621]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_restore_summary),
            .u.structure.member_count = 4,
        },
        [386] = { /* RestoreTableFromBackupInput */
            .name_ref = REF(shapes[386].name_ref, strings[12893]),
            .u.structure.members_ref = REF(shapes[386].u.structure.members_ref, members[625]),
            .u.structure.by_wire_name_ref = REF(shapes[386].u.structure.by_wire_name_ref, by_wire_name[625]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_restore_table_from_backup_input),
            .u.structure.member_count = 9,
        },
        [387] = { /* RestoreTableFromBackupOutput */
            .name_ref = REF(shapes[387].name_ref, strings[13059]),
            .u.structure.members_ref = REF(shapes[387].u.structure.members_ref, members[634]),
            .u.structure.by_wire_name_ref = REF(shapes[387].u.structure.by_wire_name_ref, by_wire_name[634]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_restore_table_from_backup_output),
            .u.structure.member_count = 1,
        },
        [388] = { /* RestoreTableToPointInTimeInput */
            .name_ref = REF(shapes[388].name_ref, strings[13088]),
            .u.structure.members_ref = REF(shapes[388].u.structure.members_ref, members[635]),
            .u.structure.by_wire_name_ref = REF(shapes[388].u.structure.by_wire_name_ref, by_wire_name[635]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_restore_table_to_point_in_time_input),
            .u.structure.member_count = 12,
        },
        [389] = { /* RestoreTableToPointInTimeOutput */
            .name_ref = REF(shapes[389].name_ref, strings[13159]),
            .u.structure.members_ref = REF(shapes[389].u.structure.members_ref, members[647]),
            .u.structure.by_wire_name_ref = REF(shapes[389].u.structure.by_wire_name_ref, by_wire_name[647]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_restore_table_to_point_in_time_output),
            .u.structure.member_count = 1,
        },
        [390] = { /* ReturnConsumedCapacity */
            .name_ref = REF(shapes[390].name_ref, strings[1350]),
            .u.string.enum_values_ref = REF(shapes[390].u.string.enum_values_ref, strings[13191]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [391] = { /* ReturnItemCollectionMetrics */
            .name_ref = REF(shapes[391].name_ref, strings[1964]),
            .u.string.enum_values_ref = REF(shapes[391].u.string.enum_values_ref, strings[13210]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [392] = { /* ReturnValue */
            .name_ref = REF(shapes[392].name_ref, strings[13220]),
            .u.string.enum_values_ref = REF(shapes[392].u.string.enum_values_ref, strings[13232]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 5,
        },
        [393] = { /* ReturnValuesOnConditionCheckFailure */
            .name_ref = REF(shapes[393].name_ref, strings[1879]),
            .u.string.enum_values_ref = REF(shapes[393].u.string.enum_values_ref, strings[13277]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [394] = { /* S3Bucket */
            .name_ref = REF(shapes[394].name_ref, strings[6020]),
            .range_ref = REF(shapes[394].range_ref, ranges[54]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [395] = { /* S3BucketOwner */
            .name_ref = REF(shapes[395].name_ref, strings[6029]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [396] = { /* S3BucketSource */
            .name_ref = REF(shapes[396].name_ref, strings[7968]),
            .u.structure.members_ref = REF(shapes[396].u.structure.members_ref, members[648]),
            .u.structure.by_wire_name_ref = REF(shapes[396].u.structure.by_wire_name_ref, by_wire_name[648]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_s3_bucket_source),
            .u.structure.member_count = 3,
        },
        [397] = { /* S3Prefix */
            .name_ref = REF(shapes[397].name_ref, strings[6043]),
            .range_ref = REF(shapes[397].range_ref, ranges[55]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [398] = { /* S3SseAlgorithm */
            .name_ref = REF(shapes[398].name_ref, strings[6052]),
            .u.string.enum_values_ref = REF(shapes[398].u.string.enum_values_ref, strings[13302]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [399] = { /* S3SseKmsKeyId */
            .name_ref = REF(shapes[399].name_ref, strings[6067]),
            .range_ref = REF(shapes[399].range_ref, ranges[56]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [400] = { /* SSEDescription */
            .name_ref = REF(shapes[400].name_ref, strings[13313]),
            .u.structure.members_ref = REF(shapes[400].u.structure.members_ref, members[651]),
            .u.structure.by_wire_name_ref = REF(shapes[400].u.structure.by_wire_name_ref, by_wire_name[651]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_sse_description),
            .u.structure.member_count = 4,
        },
        [401] = { /* SSEEnabled */
            .name_ref = REF(shapes[401].name_ref, strings[13367]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [402] = { /* SSESpecification */
            .name_ref = REF(shapes[402].name_ref, strings[3741]),
            .u.structure.members_ref = REF(shapes[402].u.structure.members_ref, members[655]),
            .u.structure.by_wire_name_ref = REF(shapes[402].u.structure.by_wire_name_ref, by_wire_name[655]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_sse_specification),
            .u.structure.member_count = 3,
        },
        [403] = { /* SSEStatus */
            .name_ref = REF(shapes[403].name_ref, strings[13386]),
            .u.string.enum_values_ref = REF(shapes[403].u.string.enum_values_ref, strings[13396]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 5,
        },
        [404] = { /* SSEType */
            .name_ref = REF(shapes[404].name_ref, strings[13328]),
            .u.string.enum_values_ref = REF(shapes[404].u.string.enum_values_ref, strings[13302]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [405] = { /* ScalarAttributeType */
            .name_ref = REF(shapes[405].name_ref, strings[13441]),
            .u.string.enum_values_ref = REF(shapes[405].u.string.enum_values_ref, strings[13461]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [406] = { /* ScanInput */
            .name_ref = REF(shapes[406].name_ref, strings[13467]),
            .u.structure.members_ref = REF(shapes[406].u.structure.members_ref, members[658]),
            .u.structure.by_wire_name_ref = REF(shapes[406].u.structure.by_wire_name_ref, by_wire_name[658]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_scan_input),
            .u.structure.member_count = 16,
        },
        [407] = { /* ScanOutput */
            .name_ref = REF(shapes[407].name_ref, strings[13510]),
            .u.structure.members_ref = REF(shapes[407].u.structure.members_ref, members[674]),
            .u.structure.by_wire_name_ref = REF(shapes[407].u.structure.by_wire_name_ref, by_wire_name[674]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_scan_output),
            .u.structure.member_count = 5,
        },
        [408] = { /* ScanSegment */
            .name_ref = REF(shapes[408].name_ref, strings[13521]),
            .range_ref = REF(shapes[408].range_ref, ranges[57]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [409] = { /* ScanTotalSegments */
            .name_ref = REF(shapes[409].name_ref, strings[13533]),
            .range_ref = REF(shapes[409].range_ref, ranges[58]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [410] = { /* ScoreNumber */
            .name_ref = REF(shapes[410].name_ref, strings[13551]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [411] = { /* SearchResultItem */
            .name_ref = REF(shapes[411].name_ref, strings[13563]),
            .u.structure.members_ref = REF(shapes[411].u.structure.members_ref, members[679]),
            .u.structure.by_wire_name_ref = REF(shapes[411].u.structure.by_wire_name_ref, by_wire_name[679]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_search_result_item),
            .u.structure.member_count = 2,
        },
        [412] = { /* SearchResultList */
            .name_ref = REF(shapes[412].name_ref, strings[13586]),
            .u.collection.item_ref = REF(shapes[412].u.collection.item_ref, shapes[411]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_search_result_list),
        },
        [413] = { /* SearchSchema */
            .name_ref = REF(shapes[413].name_ref, strings[3946]),
            .range_ref = REF(shapes[413].range_ref, ranges[59]),
            .u.collection.item_ref = REF(shapes[413].u.collection.item_ref, shapes[414]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_search_schema),
        },
        [414] = { /* SearchSchemaElement */
            .name_ref = REF(shapes[414].name_ref, strings[13603]),
            .u.structure.members_ref = REF(shapes[414].u.structure.members_ref, members[681]),
            .u.structure.by_wire_name_ref = REF(shapes[414].u.structure.by_wire_name_ref, by_wire_name[681]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_search_schema_element),
            .u.structure.member_count = 2,
        },
        [415] = { /* SearchSchemaElementType */
            .name_ref = REF(shapes[415].name_ref, strings[13623]),
            .u.string.enum_values_ref = REF(shapes[415].u.string.enum_values_ref, strings[13647]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [416] = { /* SearchVectorList */
            .name_ref = REF(shapes[416].name_ref, strings[13666]),
            .range_ref = REF(shapes[416].range_ref, ranges[60]),
            .u.collection.item_ref = REF(shapes[416].u.collection.item_ref, shapes[10]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_attribute_value_list),
        },
        [417] = { /* SearchVectorsInput */
            .name_ref = REF(shapes[417].name_ref, strings[13683]),
            .u.structure.members_ref = REF(shapes[417].u.structure.members_ref, members[683]),
            .u.structure.by_wire_name_ref = REF(shapes[417].u.structure.by_wire_name_ref, by_wire_name[683]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_search_vectors_input),
            .u.structure.member_count = 9,
        },
        [418] = { /* SearchVectorsOutput */
            .name_ref = REF(shapes[418].name_ref, strings[13746]),
            .u.structure.members_ref = REF(shapes[418].u.structure.members_ref, members[692]),
            .u.structure.by_wire_name_ref = REF(shapes[418].u.structure.by_wire_name_ref, by_wire_name[692]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_search_vectors_output),
            .u.structure.member_count = 2,
        },
        [419] = { /* SecondaryIndexesCapacityMap */
            .name_ref = REF(shapes[419].name_ref, strings[13780]),
            .u.collection.item_ref = REF(shapes[419].u.collection.item_ref, shapes[60]),
            .u.collection.key_ref = REF(shapes[419].u.collection.key_ref, shapes[232]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_dynamodb_secondary_indexes_capacity_map),
            .u.collection.value_offset = offsetof(struct awsc_dynamodb_secondary_indexes_capacity_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_dynamodb_secondary_indexes_capacity_map_entry),
        },
        [420] = { /* Select */
            .name_ref = REF(shapes[420].name_ref, strings[10723]),
            .u.string.enum_values_ref = REF(shapes[420].u.string.enum_values_ref, strings[13808]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 4,
        },
        [421] = { /* SourceTableDetails */
            .name_ref = REF(shapes[421].name_ref, strings[973]),
            .u.structure.members_ref = REF(shapes[421].u.structure.members_ref, members[694]),
            .u.structure.by_wire_name_ref = REF(shapes[421].u.structure.by_wire_name_ref, by_wire_name[694]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_source_table_details),
            .u.structure.member_count = 10,
        },
        [422] = { /* SourceTableFeatureDetails */
            .name_ref = REF(shapes[422].name_ref, strings[992]),
            .u.structure.members_ref = REF(shapes[422].u.structure.members_ref, members[704]),
            .u.structure.by_wire_name_ref = REF(shapes[422].u.structure.by_wire_name_ref, by_wire_name[704]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_source_table_feature_details),
            .u.structure.member_count = 6,
        },
        [423] = { /* StreamArn */
            .name_ref = REF(shapes[423].name_ref, strings[8798]),
            .range_ref = REF(shapes[423].range_ref, ranges[61]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [424] = { /* StreamEnabled */
            .name_ref = REF(shapes[424].name_ref, strings[13929]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [425] = { /* StreamSpecification */
            .name_ref = REF(shapes[425].name_ref, strings[3721]),
            .u.structure.members_ref = REF(shapes[425].u.structure.members_ref, members[710]),
            .u.structure.by_wire_name_ref = REF(shapes[425].u.structure.by_wire_name_ref, by_wire_name[710]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_stream_specification),
            .u.structure.member_count = 2,
        },
        [426] = { /* StreamViewType */
            .name_ref = REF(shapes[426].name_ref, strings[13943]),
            .u.string.enum_values_ref = REF(shapes[426].u.string.enum_values_ref, strings[13958]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 4,
        },
        [427] = { /* String */
            .name_ref = REF(shapes[427].name_ref, strings[14007]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [428] = { /* StringAttributeValue */
            .name_ref = REF(shapes[428].name_ref, strings[14014]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [429] = { /* StringSetAttributeValue */
            .name_ref = REF(shapes[429].name_ref, strings[14035]),
            .u.collection.item_ref = REF(shapes[429].u.collection.item_ref, shapes[428]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_attribute_name_list),
        },
        [430] = { /* TableAlreadyExistsException */
            .name_ref = REF(shapes[430].name_ref, strings[14059]),
            .u.structure.members_ref = REF(shapes[430].u.structure.members_ref, members[712]),
            .u.structure.by_wire_name_ref = REF(shapes[430].u.structure.by_wire_name_ref, by_wire_name[712]),
            .u.structure.error_code_ref = REF(shapes[430].u.structure.error_code_ref, strings[14059]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_table_already_exists_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [431] = { /* TableArn */
            .name_ref = REF(shapes[431].name_ref, strings[1218]),
            .range_ref = REF(shapes[431].range_ref, ranges[62]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [432] = { /* TableAutoScalingDescription */
            .name_ref = REF(shapes[432].name_ref, strings[5392]),
            .u.structure.members_ref = REF(shapes[432].u.structure.members_ref, members[713]),
            .u.structure.by_wire_name_ref = REF(shapes[432].u.structure.by_wire_name_ref, by_wire_name[713]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_table_auto_scaling_description),
            .u.structure.member_count = 3,
        },
        [433] = { /* TableClass */
            .name_ref = REF(shapes[433].name_ref, strings[3763]),
            .u.string.enum_values_ref = REF(shapes[433].u.string.enum_values_ref, strings[14108]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [434] = { /* TableClassSummary */
            .name_ref = REF(shapes[434].name_ref, strings[14144]),
            .u.structure.members_ref = REF(shapes[434].u.structure.members_ref, members[716]),
            .u.structure.by_wire_name_ref = REF(shapes[434].u.structure.by_wire_name_ref, by_wire_name[716]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_table_class_summary),
            .u.structure.member_count = 2,
        },
        [435] = { /* TableCreationDateTime */
            .name_ref = REF(shapes[435].name_ref, strings[13889]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [436] = { /* TableCreationParameters */
            .name_ref = REF(shapes[436].name_ref, strings[8053]),
            .u.structure.members_ref = REF(shapes[436].u.structure.members_ref, members[718]),
            .u.structure.by_wire_name_ref = REF(shapes[436].u.structure.by_wire_name_ref, by_wire_name[718]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_table_creation_parameters),
            .u.structure.member_count = 9,
        },
        [437] = { /* TableDescription */
            .name_ref = REF(shapes[437].name_ref, strings[3889]),
            .u.structure.members_ref = REF(shapes[437].u.structure.members_ref, members[727]),
            .u.structure.by_wire_name_ref = REF(shapes[437].u.structure.by_wire_name_ref, by_wire_name[727]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_table_description),
            .u.structure.member_count = 29,
        },
        [438] = { /* TableId */
            .name_ref = REF(shapes[438].name_ref, strings[1210]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [439] = { /* TableInUseException */
            .name_ref = REF(shapes[439].name_ref, strings[14236]),
            .u.structure.members_ref = REF(shapes[439].u.structure.members_ref, members[756]),
            .u.structure.by_wire_name_ref = REF(shapes[439].u.structure.by_wire_name_ref, by_wire_name[756]),
            .u.structure.error_code_ref = REF(shapes[439].u.structure.error_code_ref, strings[14236]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_table_in_use_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [440] = { /* TableName */
            .name_ref = REF(shapes[440].name_ref, strings[1200]),
            .range_ref = REF(shapes[440].range_ref, ranges[63]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [441] = { /* TableNameList */
            .name_ref = REF(shapes[441].name_ref, strings[14256]),
            .u.collection.item_ref = REF(shapes[441].u.collection.item_ref, shapes[440]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_attribute_name_list),
        },
        [442] = { /* TableNotFoundException */
            .name_ref = REF(shapes[442].name_ref, strings[14270]),
            .u.structure.members_ref = REF(shapes[442].u.structure.members_ref, members[757]),
            .u.structure.by_wire_name_ref = REF(shapes[442].u.structure.by_wire_name_ref, by_wire_name[757]),
            .u.structure.error_code_ref = REF(shapes[442].u.structure.error_code_ref, strings[14270]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_table_not_found_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [443] = { /* TableStatus */
            .name_ref = REF(shapes[443].name_ref, strings[14087]),
            .u.string.enum_values_ref = REF(shapes[443].u.string.enum_values_ref, strings[14293]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 8,
        },
        [444] = { /* TableWarmThroughputDescription */
            .name_ref = REF(shapes[444].name_ref, strings[14409]),
            .u.structure.members_ref = REF(shapes[444].u.structure.members_ref, members[758]),
            .u.structure.by_wire_name_ref = REF(shapes[444].u.structure.by_wire_name_ref, by_wire_name[758]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_table_warm_throughput_description),
            .u.structure.member_count = 3,
        },
        [445] = { /* Tag */
            .name_ref = REF(shapes[445].name_ref, strings[14440]),
            .u.structure.members_ref = REF(shapes[445].u.structure.members_ref, members[761]),
            .u.structure.by_wire_name_ref = REF(shapes[445].u.structure.by_wire_name_ref, by_wire_name[761]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_tag),
            .u.structure.member_count = 2,
        },
        [446] = { /* TagKeyList */
            .name_ref = REF(shapes[446].name_ref, strings[14444]),
            .u.collection.item_ref = REF(shapes[446].u.collection.item_ref, shapes[447]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_attribute_name_list),
        },
        [447] = { /* TagKeyString */
            .name_ref = REF(shapes[447].name_ref, strings[14455]),
            .range_ref = REF(shapes[447].range_ref, ranges[64]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [448] = { /* TagList */
            .name_ref = REF(shapes[448].name_ref, strings[14468]),
            .u.collection.item_ref = REF(shapes[448].u.collection.item_ref, shapes[445]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_tag_list),
        },
        [449] = { /* TagResourceInput */
            .name_ref = REF(shapes[449].name_ref, strings[14476]),
            .u.structure.members_ref = REF(shapes[449].u.structure.members_ref, members[763]),
            .u.structure.by_wire_name_ref = REF(shapes[449].u.structure.by_wire_name_ref, by_wire_name[763]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_tag_resource_input),
            .u.structure.member_count = 2,
        },
        [450] = { /* TagValueString */
            .name_ref = REF(shapes[450].name_ref, strings[14493]),
            .range_ref = REF(shapes[450].range_ref, ranges[65]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [451] = { /* ThrottlingException */
            .name_ref = REF(shapes[451].name_ref, strings[14508]),
            .u.structure.members_ref = REF(shapes[451].u.structure.members_ref, members[765]),
            .u.structure.by_wire_name_ref = REF(shapes[451].u.structure.by_wire_name_ref, by_wire_name[765]),
            .u.structure.error_code_ref = REF(shapes[451].u.structure.error_code_ref, strings[14508]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_throttling_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 0,
        },
        [452] = { /* ThrottlingReason */
            .name_ref = REF(shapes[452].name_ref, strings[14546]),
            .u.structure.members_ref = REF(shapes[452].u.structure.members_ref, members[767]),
            .u.structure.by_wire_name_ref = REF(shapes[452].u.structure.by_wire_name_ref, by_wire_name[767]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_throttling_reason),
            .u.structure.member_count = 2,
        },
        [453] = { /* ThrottlingReasonList */
            .name_ref = REF(shapes[453].name_ref, strings[14579]),
            .u.collection.item_ref = REF(shapes[453].u.collection.item_ref, shapes[452]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_throttling_reason_list),
        },
        [454] = { /* TimeRangeLowerBound */
            .name_ref = REF(shapes[454].name_ref, strings[8963]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [455] = { /* TimeRangeUpperBound */
            .name_ref = REF(shapes[455].name_ref, strings[8983]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [456] = { /* TimeToLiveAttributeName */
            .name_ref = REF(shapes[456].name_ref, strings[14600]),
            .range_ref = REF(shapes[456].range_ref, ranges[66]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [457] = { /* TimeToLiveDescription */
            .name_ref = REF(shapes[457].name_ref, strings[5469]),
            .u.structure.members_ref = REF(shapes[457].u.structure.members_ref, members[769]),
            .u.structure.by_wire_name_ref = REF(shapes[457].u.structure.by_wire_name_ref, by_wire_name[769]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_time_to_live_description),
            .u.structure.member_count = 2,
        },
        [458] = { /* TimeToLiveEnabled */
            .name_ref = REF(shapes[458].name_ref, strings[14641]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [459] = { /* TimeToLiveSpecification */
            .name_ref = REF(shapes[459].name_ref, strings[14659]),
            .u.structure.members_ref = REF(shapes[459].u.structure.members_ref, members[771]),
            .u.structure.by_wire_name_ref = REF(shapes[459].u.structure.by_wire_name_ref, by_wire_name[771]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_time_to_live_specification),
            .u.structure.member_count = 2,
        },
        [460] = { /* TimeToLiveStatus */
            .name_ref = REF(shapes[460].name_ref, strings[14624]),
            .u.string.enum_values_ref = REF(shapes[460].u.string.enum_values_ref, strings[14683]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 4,
        },
        [461] = { /* TopKInteger */
            .name_ref = REF(shapes[461].name_ref, strings[14719]),
            .range_ref = REF(shapes[461].range_ref, ranges[67]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [462] = { /* TransactGetItem */
            .name_ref = REF(shapes[462].name_ref, strings[14731]),
            .u.structure.members_ref = REF(shapes[462].u.structure.members_ref, members[773]),
            .u.structure.by_wire_name_ref = REF(shapes[462].u.structure.by_wire_name_ref, by_wire_name[773]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_transact_get_item),
            .u.structure.member_count = 1,
        },
        [463] = { /* TransactGetItemList */
            .name_ref = REF(shapes[463].name_ref, strings[14747]),
            .range_ref = REF(shapes[463].range_ref, ranges[68]),
            .u.collection.item_ref = REF(shapes[463].u.collection.item_ref, shapes[462]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_transact_get_item_list),
        },
        [464] = { /* TransactGetItemsInput */
            .name_ref = REF(shapes[464].name_ref, strings[14767]),
            .u.structure.members_ref = REF(shapes[464].u.structure.members_ref, members[774]),
            .u.structure.by_wire_name_ref = REF(shapes[464].u.structure.by_wire_name_ref, by_wire_name[774]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_transact_get_items_input),
            .u.structure.member_count = 2,
        },
        [465] = { /* TransactGetItemsOutput */
            .name_ref = REF(shapes[465].name_ref, strings[14803]),
            .u.structure.members_ref = REF(shapes[465].u.structure.members_ref, members[776]),
            .u.structure.by_wire_name_ref = REF(shapes[465].u.structure.by_wire_name_ref, by_wire_name[776]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_transact_get_items_output),
            .u.structure.member_count = 2,
        },
        [466] = { /* TransactWriteItem */
            .name_ref = REF(shapes[466].name_ref, strings[14826]),
            .u.structure.members_ref = REF(shapes[466].u.structure.members_ref, members[778]),
            .u.structure.by_wire_name_ref = REF(shapes[466].u.structure.by_wire_name_ref, by_wire_name[778]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_transact_write_item),
            .u.structure.member_count = 4,
        },
        [467] = { /* TransactWriteItemList */
            .name_ref = REF(shapes[467].name_ref, strings[14844]),
            .range_ref = REF(shapes[467].range_ref, ranges[69]),
            .u.collection.item_ref = REF(shapes[467].u.collection.item_ref, shapes[466]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_transact_write_item_list),
        },
        [468] = { /* TransactWriteItemsInput */
            .name_ref = REF(shapes[468].name_ref, strings[14866]),
            .u.structure.members_ref = REF(shapes[468].u.structure.members_ref, members[782]),
            .u.structure.by_wire_name_ref = REF(shapes[468].u.structure.by_wire_name_ref, by_wire_name[782]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_transact_write_items_input),
            .u.structure.member_count = 4,
        },
        [469] = { /* TransactWriteItemsOutput */
            .name_ref = REF(shapes[469].name_ref, strings[14890]),
            .u.structure.members_ref = REF(shapes[469].u.structure.members_ref, members[786]),
            .u.structure.by_wire_name_ref = REF(shapes[469].u.structure.by_wire_name_ref, by_wire_name[786]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_transact_write_items_output),
            .u.structure.member_count = 2,
        },
        [470] = { /* TransactionCanceledException */
            .name_ref = REF(shapes[470].name_ref, strings[14915]),
            .u.structure.members_ref = REF(shapes[470].u.structure.members_ref, members[788]),
            .u.structure.by_wire_name_ref = REF(shapes[470].u.structure.by_wire_name_ref, by_wire_name[788]),
            .u.structure.error_code_ref = REF(shapes[470].u.structure.error_code_ref, strings[14915]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_transaction_canceled_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 0,
        },
        [471] = { /* TransactionConflictException */
            .name_ref = REF(shapes[471].name_ref, strings[14964]),
            .u.structure.members_ref = REF(shapes[471].u.structure.members_ref, members[790]),
            .u.structure.by_wire_name_ref = REF(shapes[471].u.structure.by_wire_name_ref, by_wire_name[790]),
            .u.structure.error_code_ref = REF(shapes[471].u.structure.error_code_ref, strings[14964]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_transaction_conflict_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [472] = { /* TransactionInProgressException */
            .name_ref = REF(shapes[472].name_ref, strings[14993]),
            .u.structure.members_ref = REF(shapes[472].u.structure.members_ref, members[791]),
            .u.structure.by_wire_name_ref = REF(shapes[472].u.structure.by_wire_name_ref, by_wire_name[791]),
            .u.structure.error_code_ref = REF(shapes[472].u.structure.error_code_ref, strings[14993]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_dynamodb_transaction_in_progress_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [473] = { /* UntagResourceInput */
            .name_ref = REF(shapes[473].name_ref, strings[15024]),
            .u.structure.members_ref = REF(shapes[473].u.structure.members_ref, members[792]),
            .u.structure.by_wire_name_ref = REF(shapes[473].u.structure.by_wire_name_ref, by_wire_name[792]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_untag_resource_input),
            .u.structure.member_count = 2,
        },
        [474] = { /* Update */
            .name_ref = REF(shapes[474].name_ref, strings[7069]),
            .u.structure.members_ref = REF(shapes[474].u.structure.members_ref, members[794]),
            .u.structure.by_wire_name_ref = REF(shapes[474].u.structure.by_wire_name_ref, by_wire_name[794]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_update),
            .u.structure.member_count = 7,
        },
        [475] = { /* UpdateContinuousBackupsInput */
            .name_ref = REF(shapes[475].name_ref, strings[15068]),
            .u.structure.members_ref = REF(shapes[475].u.structure.members_ref, members[801]),
            .u.structure.by_wire_name_ref = REF(shapes[475].u.structure.by_wire_name_ref, by_wire_name[801]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_update_continuous_backups_input),
            .u.structure.member_count = 2,
        },
        [476] = { /* UpdateContinuousBackupsOutput */
            .name_ref = REF(shapes[476].name_ref, strings[15097]),
            .u.structure.members_ref = REF(shapes[476].u.structure.members_ref, members[803]),
            .u.structure.by_wire_name_ref = REF(shapes[476].u.structure.by_wire_name_ref, by_wire_name[803]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_update_continuous_backups_output),
            .u.structure.member_count = 1,
        },
        [477] = { /* UpdateContributorInsightsInput */
            .name_ref = REF(shapes[477].name_ref, strings[15127]),
            .u.structure.members_ref = REF(shapes[477].u.structure.members_ref, members[804]),
            .u.structure.by_wire_name_ref = REF(shapes[477].u.structure.by_wire_name_ref, by_wire_name[804]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_update_contributor_insights_input),
            .u.structure.member_count = 4,
        },
        [478] = { /* UpdateContributorInsightsOutput */
            .name_ref = REF(shapes[478].name_ref, strings[15158]),
            .u.structure.members_ref = REF(shapes[478].u.structure.members_ref, members[808]),
            .u.structure.by_wire_name_ref = REF(shapes[478].u.structure.by_wire_name_ref, by_wire_name[808]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_update_contributor_insights_output),
            .u.structure.member_count = 4,
        },
        [479] = { /* UpdateExpression */
            .name_ref = REF(shapes[479].name_ref, strings[15051]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [480] = { /* UpdateGlobalSecondaryIndexAction */
            .name_ref = REF(shapes[480].name_ref, strings[15190]),
            .u.structure.members_ref = REF(shapes[480].u.structure.members_ref, members[812]),
            .u.structure.by_wire_name_ref = REF(shapes[480].u.structure.by_wire_name_ref, by_wire_name[812]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_update_global_secondary_index_action),
            .u.structure.member_count = 4,
        },
        [481] = { /* UpdateGlobalTableInput */
            .name_ref = REF(shapes[481].name_ref, strings[15223]),
            .u.structure.members_ref = REF(shapes[481].u.structure.members_ref, members[816]),
            .u.structure.by_wire_name_ref = REF(shapes[481].u.structure.by_wire_name_ref, by_wire_name[816]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_update_global_table_input),
            .u.structure.member_count = 2,
        },
        [482] = { /* UpdateGlobalTableOutput */
            .name_ref = REF(shapes[482].name_ref, strings[15261]),
            .u.structure.members_ref = REF(shapes[482].u.structure.members_ref, members[818]),
            .u.structure.by_wire_name_ref = REF(shapes[482].u.structure.by_wire_name_ref, by_wire_name[818]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_update_global_table_output),
            .u.structure.member_count = 1,
        },
        [483] = { /* UpdateGlobalTableSettingsInput */
            .name_ref = REF(shapes[483].name_ref, strings[15285]),
            .u.structure.members_ref = REF(shapes[483].u.structure.members_ref, members[819]),
            .u.structure.by_wire_name_ref = REF(shapes[483].u.structure.by_wire_name_ref, by_wire_name[819]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_update_global_table_settings_input),
            .u.structure.member_count = 6,
        },
        [484] = { /* UpdateGlobalTableSettingsOutput */
            .name_ref = REF(shapes[484].name_ref, strings[15441]),
            .u.structure.members_ref = REF(shapes[484].u.structure.members_ref, members[825]),
            .u.structure.by_wire_name_ref = REF(shapes[484].u.structure.by_wire_name_ref, by_wire_name[825]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_update_global_table_settings_output),
            .u.structure.member_count = 2,
        },
        [485] = { /* UpdateItemInput */
            .name_ref = REF(shapes[485].name_ref, strings[15473]),
            .u.structure.members_ref = REF(shapes[485].u.structure.members_ref, members[827]),
            .u.structure.by_wire_name_ref = REF(shapes[485].u.structure.by_wire_name_ref, by_wire_name[827]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_update_item_input),
            .u.structure.member_count = 13,
        },
        [486] = { /* UpdateItemOutput */
            .name_ref = REF(shapes[486].name_ref, strings[15489]),
            .u.structure.members_ref = REF(shapes[486].u.structure.members_ref, members[840]),
            .u.structure.by_wire_name_ref = REF(shapes[486].u.structure.by_wire_name_ref, by_wire_name[840]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_update_item_output),
            .u.structure.member_count = 3,
        },
        [487] = { /* UpdateKinesisStreamingConfiguration */
            .name_ref = REF(shapes[487].name_ref, strings[15506]),
            .u.structure.members_ref = REF(shapes[487].u.structure.members_ref, members[843]),
            .u.structure.by_wire_name_ref = REF(shapes[487].u.structure.by_wire_name_ref, by_wire_name[843]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_update_kinesis_streaming_configuration),
            .u.structure.member_count = 1,
        },
        [488] = { /* UpdateKinesisStreamingDestinationInput */
            .name_ref = REF(shapes[488].name_ref, strings[15542]),
            .u.structure.members_ref = REF(shapes[488].u.structure.members_ref, members[844]),
            .u.structure.by_wire_name_ref = REF(shapes[488].u.structure.by_wire_name_ref, by_wire_name[844]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_update_kinesis_streaming_destination_input),
            .u.structure.member_count = 3,
        },
        [489] = { /* UpdateKinesisStreamingDestinationOutput */
            .name_ref = REF(shapes[489].name_ref, strings[15581]),
            .u.structure.members_ref = REF(shapes[489].u.structure.members_ref, members[847]),
            .u.structure.by_wire_name_ref = REF(shapes[489].u.structure.by_wire_name_ref, by_wire_name[847]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_update_kinesis_streaming_destination_output),
            .u.structure.member_count = 4,
        },
        [490] = { /* UpdateReplicationGroupMemberAction */
            .name_ref = REF(shapes[490].name_ref, strings[15621]),
            .u.structure.members_ref = REF(shapes[490].u.structure.members_ref, members[851]),
            .u.structure.by_wire_name_ref = REF(shapes[490].u.structure.by_wire_name_ref, by_wire_name[851]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_update_replication_group_member_action),
            .u.structure.member_count = 6,
        },
        [491] = { /* UpdateTableInput */
            .name_ref = REF(shapes[491].name_ref, strings[15656]),
            .u.structure.members_ref = REF(shapes[491].u.structure.members_ref, members[857]),
            .u.structure.by_wire_name_ref = REF(shapes[491].u.structure.by_wire_name_ref, by_wire_name[857]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_update_table_input),
            .u.structure.member_count = 16,
        },
        [492] = { /* UpdateTableOutput */
            .name_ref = REF(shapes[492].name_ref, strings[15746]),
            .u.structure.members_ref = REF(shapes[492].u.structure.members_ref, members[873]),
            .u.structure.by_wire_name_ref = REF(shapes[492].u.structure.by_wire_name_ref, by_wire_name[873]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_update_table_output),
            .u.structure.member_count = 1,
        },
        [493] = { /* UpdateTableReplicaAutoScalingInput */
            .name_ref = REF(shapes[493].name_ref, strings[15764]),
            .u.structure.members_ref = REF(shapes[493].u.structure.members_ref, members[874]),
            .u.structure.by_wire_name_ref = REF(shapes[493].u.structure.by_wire_name_ref, by_wire_name[874]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_update_table_replica_auto_scaling_input),
            .u.structure.member_count = 4,
        },
        [494] = { /* UpdateTableReplicaAutoScalingOutput */
            .name_ref = REF(shapes[494].name_ref, strings[15799]),
            .u.structure.members_ref = REF(shapes[494].u.structure.members_ref, members[878]),
            .u.structure.by_wire_name_ref = REF(shapes[494].u.structure.by_wire_name_ref, by_wire_name[878]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_update_table_replica_auto_scaling_output),
            .u.structure.member_count = 1,
        },
        [495] = { /* UpdateTimeToLiveInput */
            .name_ref = REF(shapes[495].name_ref, strings[15835]),
            .u.structure.members_ref = REF(shapes[495].u.structure.members_ref, members[879]),
            .u.structure.by_wire_name_ref = REF(shapes[495].u.structure.by_wire_name_ref, by_wire_name[879]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_update_time_to_live_input),
            .u.structure.member_count = 2,
        },
        [496] = { /* UpdateTimeToLiveOutput */
            .name_ref = REF(shapes[496].name_ref, strings[15857]),
            .u.structure.members_ref = REF(shapes[496].u.structure.members_ref, members[881]),
            .u.structure.by_wire_name_ref = REF(shapes[496].u.structure.by_wire_name_ref, by_wire_name[881]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_update_time_to_live_output),
            .u.structure.member_count = 1,
        },
        [497] = { /* VectorAttributeDefinition */
            .name_ref = REF(shapes[497].name_ref, strings[15880]),
            .u.structure.members_ref = REF(shapes[497].u.structure.members_ref, members[882]),
            .u.structure.by_wire_name_ref = REF(shapes[497].u.structure.by_wire_name_ref, by_wire_name[882]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_vector_attribute_definition),
            .u.structure.member_count = 1,
        },
        [498] = { /* VectorAttributeName */
            .name_ref = REF(shapes[498].name_ref, strings[15906]),
            .range_ref = REF(shapes[498].range_ref, ranges[70]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [499] = { /* VectorCapacity */
            .name_ref = REF(shapes[499].name_ref, strings[15926]),
            .u.structure.members_ref = REF(shapes[499].u.structure.members_ref, members[883]),
            .u.structure.by_wire_name_ref = REF(shapes[499].u.structure.by_wire_name_ref, by_wire_name[883]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_vector_capacity),
            .u.structure.member_count = 2,
        },
        [500] = { /* VectorDistanceFunction */
            .name_ref = REF(shapes[500].name_ref, strings[15990]),
            .u.string.enum_values_ref = REF(shapes[500].u.string.enum_values_ref, strings[16013]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [501] = { /* VectorIndex */
            .name_ref = REF(shapes[501].name_ref, strings[16042]),
            .u.structure.members_ref = REF(shapes[501].u.structure.members_ref, members[885]),
            .u.structure.by_wire_name_ref = REF(shapes[501].u.structure.by_wire_name_ref, by_wire_name[885]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_vector_index),
            .u.structure.member_count = 6,
        },
        [502] = { /* VectorIndexDescription */
            .name_ref = REF(shapes[502].name_ref, strings[16054]),
            .u.structure.members_ref = REF(shapes[502].u.structure.members_ref, members[891]),
            .u.structure.by_wire_name_ref = REF(shapes[502].u.structure.by_wire_name_ref, by_wire_name[891]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_vector_index_description),
            .u.structure.member_count = 11,
        },
        [503] = { /* VectorIndexDescriptionList */
            .name_ref = REF(shapes[503].name_ref, strings[16077]),
            .u.collection.item_ref = REF(shapes[503].u.collection.item_ref, shapes[502]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_vector_index_description_list),
        },
        [504] = { /* VectorIndexInfo */
            .name_ref = REF(shapes[504].name_ref, strings[16104]),
            .u.structure.members_ref = REF(shapes[504].u.structure.members_ref, members[902]),
            .u.structure.by_wire_name_ref = REF(shapes[504].u.structure.by_wire_name_ref, by_wire_name[902]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_vector_index_info),
            .u.structure.member_count = 6,
        },
        [505] = { /* VectorIndexList */
            .name_ref = REF(shapes[505].name_ref, strings[16120]),
            .u.collection.item_ref = REF(shapes[505].u.collection.item_ref, shapes[501]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_vector_index_list),
        },
        [506] = { /* VectorIndexUpdate */
            .name_ref = REF(shapes[506].name_ref, strings[16136]),
            .u.structure.members_ref = REF(shapes[506].u.structure.members_ref, members[908]),
            .u.structure.by_wire_name_ref = REF(shapes[506].u.structure.by_wire_name_ref, by_wire_name[908]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_vector_index_update),
            .u.structure.member_count = 2,
        },
        [507] = { /* VectorIndexUpdateList */
            .name_ref = REF(shapes[507].name_ref, strings[16154]),
            .u.collection.item_ref = REF(shapes[507].u.collection.item_ref, shapes[506]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_vector_index_update_list),
        },
        [508] = { /* VectorIndexes */
            .name_ref = REF(shapes[508].name_ref, strings[2760]),
            .u.collection.item_ref = REF(shapes[508].u.collection.item_ref, shapes[504]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_vector_indexes),
        },
        [509] = { /* VectorIndexesCapacityMap */
            .name_ref = REF(shapes[509].name_ref, strings[16176]),
            .u.collection.item_ref = REF(shapes[509].u.collection.item_ref, shapes[499]),
            .u.collection.key_ref = REF(shapes[509].u.collection.key_ref, shapes[232]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_dynamodb_vector_indexes_capacity_map),
            .u.collection.value_offset = offsetof(struct awsc_dynamodb_vector_indexes_capacity_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_dynamodb_vector_indexes_capacity_map_entry),
        },
        [510] = { /* WarmThroughput */
            .name_ref = REF(shapes[510].name_ref, strings[3387]),
            .u.structure.members_ref = REF(shapes[510].u.structure.members_ref, members[910]),
            .u.structure.by_wire_name_ref = REF(shapes[510].u.structure.by_wire_name_ref, by_wire_name[910]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_warm_throughput),
            .u.structure.member_count = 2,
        },
        [511] = { /* WitnessStatus */
            .name_ref = REF(shapes[511].name_ref, strings[7648]),
            .u.string.enum_values_ref = REF(shapes[511].u.string.enum_values_ref, strings[16201]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [512] = { /* WriteRequest */
            .name_ref = REF(shapes[512].name_ref, strings[16226]),
            .u.structure.members_ref = REF(shapes[512].u.structure.members_ref, members[912]),
            .u.structure.by_wire_name_ref = REF(shapes[512].u.structure.by_wire_name_ref, by_wire_name[912]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_dynamodb_write_request),
            .u.structure.member_count = 2,
        },
        [513] = { /* WriteRequests */
            .name_ref = REF(shapes[513].name_ref, strings[16239]),
            .range_ref = REF(shapes[513].range_ref, ranges[71]),
            .u.collection.item_ref = REF(shapes[513].u.collection.item_ref, shapes[512]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_dynamodb_write_requests),
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * shape, offset (of the C member), has_ offset, flags, location,
     * timestamp format */
    .members = {
        [0] = {REF(members[0].name_ref, strings[92]), REF(members[0].shape_ref, shapes[101]), offsetof(struct awsc_dynamodb_archival_summary, archival_date_time), offsetof(struct awsc_dynamodb_archival_summary, has_archival_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ArchivalSummary.ArchivalDateTime: Date */
        [1] = {REF(members[1].name_ref, strings[61]), REF(members[1].shape_ref, shapes[1]), offsetof(struct awsc_dynamodb_archival_summary, archival_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ArchivalSummary.ArchivalReason: ArchivalReason */
        [2] = {REF(members[2].name_ref, strings[109]), REF(members[2].shape_ref, shapes[24]), offsetof(struct awsc_dynamodb_archival_summary, archival_backup_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ArchivalSummary.ArchivalBackupArn: BackupArn */
        [3] = {REF(members[3].name_ref, strings[178]), REF(members[3].shape_ref, shapes[261]), offsetof(struct awsc_dynamodb_attribute_definition, attribute_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AttributeDefinition.AttributeName: KeySchemaAttributeName */
        [4] = {REF(members[4].name_ref, strings[192]), REF(members[4].shape_ref, shapes[405]), offsetof(struct awsc_dynamodb_attribute_definition, attribute_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AttributeDefinition.AttributeType: ScalarAttributeType */
        [5] = {REF(members[5].name_ref, strings[290]), REF(members[5].shape_ref, shapes[428]), offsetof(struct awsc_dynamodb_attribute_value, s), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AttributeValue.S: StringAttributeValue */
        [6] = {REF(members[6].name_ref, strings[292]), REF(members[6].shape_ref, shapes[305]), offsetof(struct awsc_dynamodb_attribute_value, n), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AttributeValue.N: NumberAttributeValue */
        [7] = {REF(members[7].name_ref, strings[294]), REF(members[7].shape_ref, shapes[54]), offsetof(struct awsc_dynamodb_attribute_value, b), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AttributeValue.B: BinaryAttributeValue */
        [8] = {REF(members[8].name_ref, strings[296]), REF(members[8].shape_ref, shapes[429]), offsetof(struct awsc_dynamodb_attribute_value, ss), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AttributeValue.SS: StringSetAttributeValue */
        [9] = {REF(members[9].name_ref, strings[299]), REF(members[9].shape_ref, shapes[306]), offsetof(struct awsc_dynamodb_attribute_value, ns), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AttributeValue.NS: NumberSetAttributeValue */
        [10] = {REF(members[10].name_ref, strings[302]), REF(members[10].shape_ref, shapes[55]), offsetof(struct awsc_dynamodb_attribute_value, bs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AttributeValue.BS: BinarySetAttributeValue */
        [11] = {REF(members[11].name_ref, strings[305]), REF(members[11].shape_ref, shapes[298]), offsetof(struct awsc_dynamodb_attribute_value, m), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AttributeValue.M: MapAttributeValue */
        [12] = {REF(members[12].name_ref, strings[307]), REF(members[12].shape_ref, shapes[271]), offsetof(struct awsc_dynamodb_attribute_value, l), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AttributeValue.L: ListAttributeValue */
        [13] = {REF(members[13].name_ref, strings[309]), REF(members[13].shape_ref, shapes[304]), offsetof(struct awsc_dynamodb_attribute_value, null), offsetof(struct awsc_dynamodb_attribute_value, has_null), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AttributeValue.NULL: NullAttributeValue */
        [14] = {REF(members[14].name_ref, strings[314]), REF(members[14].shape_ref, shapes[56]), offsetof(struct awsc_dynamodb_attribute_value, bool_), offsetof(struct awsc_dynamodb_attribute_value, has_bool), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AttributeValue.BOOL: BooleanAttributeValue */
        [15] = {REF(members[15].name_ref, strings[359]), REF(members[15].shape_ref, shapes[10]), offsetof(struct awsc_dynamodb_attribute_value_update, value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AttributeValueUpdate.Value: AttributeValue */
        [16] = {REF(members[16].name_ref, strings[365]), REF(members[16].shape_ref, shapes[3]), offsetof(struct awsc_dynamodb_attribute_value_update, action), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AttributeValueUpdate.Action: AttributeAction */
        [17] = {REF(members[17].name_ref, strings[401]), REF(members[17].shape_ref, shapes[15]), offsetof(struct awsc_dynamodb_auto_scaling_policy_description, policy_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AutoScalingPolicyDescription.PolicyName: AutoScalingPolicyName */
        [18] = {REF(members[18].name_ref, strings[412]), REF(members[18].shape_ref, shapes[20]), offsetof(struct awsc_dynamodb_auto_scaling_policy_description, target_tracking_scaling_policy_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AutoScalingPolicyDescription.TargetTrackingScalingPolicyConfiguration: AutoScalingTargetTrackingScalingPolicyConfigurationDescription */
        [19] = {REF(members[19].name_ref, strings[401]), REF(members[19].shape_ref, shapes[15]), offsetof(struct awsc_dynamodb_auto_scaling_policy_update, policy_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AutoScalingPolicyUpdate.PolicyName: AutoScalingPolicyName */
        [20] = {REF(members[20].name_ref, strings[412]), REF(members[20].shape_ref, shapes[21]), offsetof(struct awsc_dynamodb_auto_scaling_policy_update, target_tracking_scaling_policy_configuration), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AutoScalingPolicyUpdate.TargetTrackingScalingPolicyConfiguration: AutoScalingTargetTrackingScalingPolicyConfigurationUpdate */
        [21] = {REF(members[21].name_ref, strings[582]), REF(members[21].shape_ref, shapes[322]), offsetof(struct awsc_dynamodb_auto_scaling_settings_description, minimum_units), offsetof(struct awsc_dynamodb_auto_scaling_settings_description, has_minimum_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AutoScalingSettingsDescription.MinimumUnits: PositiveLongObject */
        [22] = {REF(members[22].name_ref, strings[595]), REF(members[22].shape_ref, shapes[322]), offsetof(struct awsc_dynamodb_auto_scaling_settings_description, maximum_units), offsetof(struct awsc_dynamodb_auto_scaling_settings_description, has_maximum_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AutoScalingSettingsDescription.MaximumUnits: PositiveLongObject */
        [23] = {REF(members[23].name_ref, strings[608]), REF(members[23].shape_ref, shapes[57]), offsetof(struct awsc_dynamodb_auto_scaling_settings_description, auto_scaling_disabled), offsetof(struct awsc_dynamodb_auto_scaling_settings_description, has_auto_scaling_disabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AutoScalingSettingsDescription.AutoScalingDisabled: BooleanObject */
        [24] = {REF(members[24].name_ref, strings[532]), REF(members[24].shape_ref, shapes[427]), offsetof(struct awsc_dynamodb_auto_scaling_settings_description, auto_scaling_role_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AutoScalingSettingsDescription.AutoScalingRoleArn: String */
        [25] = {REF(members[25].name_ref, strings[628]), REF(members[25].shape_ref, shapes[14]), offsetof(struct awsc_dynamodb_auto_scaling_settings_description, scaling_policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AutoScalingSettingsDescription.ScalingPolicies: AutoScalingPolicyDescriptionList */
        [26] = {REF(members[26].name_ref, strings[582]), REF(members[26].shape_ref, shapes[322]), offsetof(struct awsc_dynamodb_auto_scaling_settings_update, minimum_units), offsetof(struct awsc_dynamodb_auto_scaling_settings_update, has_minimum_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AutoScalingSettingsUpdate.MinimumUnits: PositiveLongObject */
        [27] = {REF(members[27].name_ref, strings[595]), REF(members[27].shape_ref, shapes[322]), offsetof(struct awsc_dynamodb_auto_scaling_settings_update, maximum_units), offsetof(struct awsc_dynamodb_auto_scaling_settings_update, has_maximum_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AutoScalingSettingsUpdate.MaximumUnits: PositiveLongObject */
        [28] = {REF(members[28].name_ref, strings[608]), REF(members[28].shape_ref, shapes[57]), offsetof(struct awsc_dynamodb_auto_scaling_settings_update, auto_scaling_disabled), offsetof(struct awsc_dynamodb_auto_scaling_settings_update, has_auto_scaling_disabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AutoScalingSettingsUpdate.AutoScalingDisabled: BooleanObject */
        [29] = {REF(members[29].name_ref, strings[532]), REF(members[29].shape_ref, shapes[17]), offsetof(struct awsc_dynamodb_auto_scaling_settings_update, auto_scaling_role_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AutoScalingSettingsUpdate.AutoScalingRoleArn: AutoScalingRoleArn */
        [30] = {REF(members[30].name_ref, strings[670]), REF(members[30].shape_ref, shapes[16]), offsetof(struct awsc_dynamodb_auto_scaling_settings_update, scaling_policy_update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AutoScalingSettingsUpdate.ScalingPolicyUpdate: AutoScalingPolicyUpdate */
        [31] = {REF(members[31].name_ref, strings[753]), REF(members[31].shape_ref, shapes[57]), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description, disable_scale_in), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description, has_disable_scale_in), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AutoScalingTargetTrackingScalingPolicyConfigurationDescription.DisableScaleIn: BooleanObject */
        [32] = {REF(members[32].name_ref, strings[768]), REF(members[32].shape_ref, shapes[239]), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description, scale_in_cooldown), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description, has_scale_in_cooldown), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AutoScalingTargetTrackingScalingPolicyConfigurationDescription.ScaleInCooldown: IntegerObject */
        [33] = {REF(members[33].name_ref, strings[784]), REF(members[33].shape_ref, shapes[239]), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description, scale_out_cooldown), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description, has_scale_out_cooldown), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AutoScalingTargetTrackingScalingPolicyConfigurationDescription.ScaleOutCooldown: IntegerObject */
        [34] = {REF(members[34].name_ref, strings[801]), REF(members[34].shape_ref, shapes[145]), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description, target_value), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_description, has_target_value), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AutoScalingTargetTrackingScalingPolicyConfigurationDescription.TargetValue: DoubleObject */
        [35] = {REF(members[35].name_ref, strings[753]), REF(members[35].shape_ref, shapes[57]), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update, disable_scale_in), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update, has_disable_scale_in), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AutoScalingTargetTrackingScalingPolicyConfigurationUpdate.DisableScaleIn: BooleanObject */
        [36] = {REF(members[36].name_ref, strings[768]), REF(members[36].shape_ref, shapes[239]), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update, scale_in_cooldown), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update, has_scale_in_cooldown), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AutoScalingTargetTrackingScalingPolicyConfigurationUpdate.ScaleInCooldown: IntegerObject */
        [37] = {REF(members[37].name_ref, strings[784]), REF(members[37].shape_ref, shapes[239]), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update, scale_out_cooldown), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update, has_scale_out_cooldown), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AutoScalingTargetTrackingScalingPolicyConfigurationUpdate.ScaleOutCooldown: IntegerObject */
        [38] = {REF(members[38].name_ref, strings[801]), REF(members[38].shape_ref, shapes[145]), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update, target_value), offsetof(struct awsc_dynamodb_auto_scaling_target_tracking_scaling_policy_configuration_update, has_target_value), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AutoScalingTargetTrackingScalingPolicyConfigurationUpdate.TargetValue: DoubleObject */
        [39] = {REF(members[39].name_ref, strings[959]), REF(members[39].shape_ref, shapes[27]), offsetof(struct awsc_dynamodb_backup_description, backup_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BackupDescription.BackupDetails: BackupDetails */
        [40] = {REF(members[40].name_ref, strings[973]), REF(members[40].shape_ref, shapes[421]), offsetof(struct awsc_dynamodb_backup_description, source_table_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BackupDescription.SourceTableDetails: SourceTableDetails */
        [41] = {REF(members[41].name_ref, strings[992]), REF(members[41].shape_ref, shapes[422]), offsetof(struct awsc_dynamodb_backup_description, source_table_feature_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BackupDescription.SourceTableFeatureDetails: SourceTableFeatureDetails */
        [42] = {REF(members[42].name_ref, strings[908]), REF(members[42].shape_ref, shapes[24]), offsetof(struct awsc_dynamodb_backup_details, backup_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BackupDetails.BackupArn: BackupArn */
        [43] = {REF(members[43].name_ref, strings[1018]), REF(members[43].shape_ref, shapes[29]), offsetof(struct awsc_dynamodb_backup_details, backup_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BackupDetails.BackupName: BackupName */
        [44] = {REF(members[44].name_ref, strings[1029]), REF(members[44].shape_ref, shapes[31]), offsetof(struct awsc_dynamodb_backup_details, backup_size_bytes), offsetof(struct awsc_dynamodb_backup_details, has_backup_size_bytes), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BackupDetails.BackupSizeBytes: BackupSizeBytes */
        [45] = {REF(members[45].name_ref, strings[1045]), REF(members[45].shape_ref, shapes[32]), offsetof(struct awsc_dynamodb_backup_details, backup_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BackupDetails.BackupStatus: BackupStatus */
        [46] = {REF(members[46].name_ref, strings[1058]), REF(members[46].shape_ref, shapes[35]), offsetof(struct awsc_dynamodb_backup_details, backup_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BackupDetails.BackupType: BackupType */
        [47] = {REF(members[47].name_ref, strings[918]), REF(members[47].shape_ref, shapes[25]), offsetof(struct awsc_dynamodb_backup_details, backup_creation_date_time), offsetof(struct awsc_dynamodb_backup_details, has_backup_creation_date_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BackupDetails.BackupCreationDateTime: BackupCreationDateTime */
        [48] = {REF(members[48].name_ref, strings[1069]), REF(members[48].shape_ref, shapes[101]), offsetof(struct awsc_dynamodb_backup_details, backup_expiry_date_time), offsetof(struct awsc_dynamodb_backup_details, has_backup_expiry_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BackupDetails.BackupExpiryDateTime: Date */
        [49] = {REF(members[49].name_ref, strings[1111]), REF(members[49].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_backup_in_use_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BackupInUseException.message: ErrorMessage */
        [50] = {REF(members[50].name_ref, strings[1111]), REF(members[50].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_backup_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BackupNotFoundException.message: ErrorMessage */
        [51] = {REF(members[51].name_ref, strings[1200]), REF(members[51].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_backup_summary, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BackupSummary.TableName: TableName */
        [52] = {REF(members[52].name_ref, strings[1210]), REF(members[52].shape_ref, shapes[438]), offsetof(struct awsc_dynamodb_backup_summary, table_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BackupSummary.TableId: TableId */
        [53] = {REF(members[53].name_ref, strings[1218]), REF(members[53].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_backup_summary, table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BackupSummary.TableArn: TableArn */
        [54] = {REF(members[54].name_ref, strings[908]), REF(members[54].shape_ref, shapes[24]), offsetof(struct awsc_dynamodb_backup_summary, backup_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BackupSummary.BackupArn: BackupArn */
        [55] = {REF(members[55].name_ref, strings[1018]), REF(members[55].shape_ref, shapes[29]), offsetof(struct awsc_dynamodb_backup_summary, backup_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BackupSummary.BackupName: BackupName */
        [56] = {REF(members[56].name_ref, strings[918]), REF(members[56].shape_ref, shapes[25]), offsetof(struct awsc_dynamodb_backup_summary, backup_creation_date_time), offsetof(struct awsc_dynamodb_backup_summary, has_backup_creation_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BackupSummary.BackupCreationDateTime: BackupCreationDateTime */
        [57] = {REF(members[57].name_ref, strings[1069]), REF(members[57].shape_ref, shapes[101]), offsetof(struct awsc_dynamodb_backup_summary, backup_expiry_date_time), offsetof(struct awsc_dynamodb_backup_summary, has_backup_expiry_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BackupSummary.BackupExpiryDateTime: Date */
        [58] = {REF(members[58].name_ref, strings[1045]), REF(members[58].shape_ref, shapes[32]), offsetof(struct awsc_dynamodb_backup_summary, backup_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BackupSummary.BackupStatus: BackupStatus */
        [59] = {REF(members[59].name_ref, strings[1058]), REF(members[59].shape_ref, shapes[35]), offsetof(struct awsc_dynamodb_backup_summary, backup_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BackupSummary.BackupType: BackupType */
        [60] = {REF(members[60].name_ref, strings[1029]), REF(members[60].shape_ref, shapes[31]), offsetof(struct awsc_dynamodb_backup_summary, backup_size_bytes), offsetof(struct awsc_dynamodb_backup_summary, has_backup_size_bytes), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BackupSummary.BackupSizeBytes: BackupSizeBytes */
        [61] = {REF(members[61].name_ref, strings[1339]), REF(members[61].shape_ref, shapes[311]), offsetof(struct awsc_dynamodb_batch_execute_statement_input, statements), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchExecuteStatementInput.Statements: PartiQLBatchRequest */
        [62] = {REF(members[62].name_ref, strings[1350]), REF(members[62].shape_ref, shapes[390]), offsetof(struct awsc_dynamodb_batch_execute_statement_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchExecuteStatementInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [63] = {REF(members[63].name_ref, strings[1401]), REF(members[63].shape_ref, shapes[312]), offsetof(struct awsc_dynamodb_batch_execute_statement_output, responses), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchExecuteStatementOutput.Responses: PartiQLBatchResponse */
        [64] = {REF(members[64].name_ref, strings[1411]), REF(members[64].shape_ref, shapes[74]), offsetof(struct awsc_dynamodb_batch_execute_statement_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchExecuteStatementOutput.ConsumedCapacity: ConsumedCapacityMultiple */
        [65] = {REF(members[65].name_ref, strings[1446]), REF(members[65].shape_ref, shapes[42]), offsetof(struct awsc_dynamodb_batch_get_item_input, request_items), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchGetItemInput.RequestItems: BatchGetRequestMap */
        [66] = {REF(members[66].name_ref, strings[1350]), REF(members[66].shape_ref, shapes[390]), offsetof(struct awsc_dynamodb_batch_get_item_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchGetItemInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [67] = {REF(members[67].name_ref, strings[1401]), REF(members[67].shape_ref, shapes[43]), offsetof(struct awsc_dynamodb_batch_get_item_output, responses), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchGetItemOutput.Responses: BatchGetResponseMap */
        [68] = {REF(members[68].name_ref, strings[1478]), REF(members[68].shape_ref, shapes[42]), offsetof(struct awsc_dynamodb_batch_get_item_output, unprocessed_keys), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchGetItemOutput.UnprocessedKeys: BatchGetRequestMap */
        [69] = {REF(members[69].name_ref, strings[1411]), REF(members[69].shape_ref, shapes[74]), offsetof(struct awsc_dynamodb_batch_get_item_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchGetItemOutput.ConsumedCapacity: ConsumedCapacityMultiple */
        [70] = {REF(members[70].name_ref, strings[1553]), REF(members[70].shape_ref, shapes[45]), offsetof(struct awsc_dynamodb_batch_statement_error, code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchStatementError.Code: BatchStatementErrorCodeEnum */
        [71] = {REF(members[71].name_ref, strings[1558]), REF(members[71].shape_ref, shapes[427]), offsetof(struct awsc_dynamodb_batch_statement_error, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchStatementError.Message: String */
        [72] = {REF(members[72].name_ref, strings[1566]), REF(members[72].shape_ref, shapes[6]), offsetof(struct awsc_dynamodb_batch_statement_error, item), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchStatementError.Item: AttributeMap */
        [73] = {REF(members[73].name_ref, strings[1843]), REF(members[73].shape_ref, shapes[314]), offsetof(struct awsc_dynamodb_batch_statement_request, statement), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchStatementRequest.Statement: PartiQLStatement */
        [74] = {REF(members[74].name_ref, strings[1853]), REF(members[74].shape_ref, shapes[323]), offsetof(struct awsc_dynamodb_batch_statement_request, parameters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchStatementRequest.Parameters: PreparedStatementParameters */
        [75] = {REF(members[75].name_ref, strings[1864]), REF(members[75].shape_ref, shapes[72]), offsetof(struct awsc_dynamodb_batch_statement_request, consistent_read), offsetof(struct awsc_dynamodb_batch_statement_request, has_consistent_read), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchStatementRequest.ConsistentRead: ConsistentRead */
        [76] = {REF(members[76].name_ref, strings[1879]), REF(members[76].shape_ref, shapes[393]), offsetof(struct awsc_dynamodb_batch_statement_request, return_values_on_condition_check_failure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchStatementRequest.ReturnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure */
        [77] = {REF(members[77].name_ref, strings[1938]), REF(members[77].shape_ref, shapes[44]), offsetof(struct awsc_dynamodb_batch_statement_response, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchStatementResponse.Error: BatchStatementError */
        [78] = {REF(members[78].name_ref, strings[1200]), REF(members[78].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_batch_statement_response, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchStatementResponse.TableName: TableName */
        [79] = {REF(members[79].name_ref, strings[1566]), REF(members[79].shape_ref, shapes[6]), offsetof(struct awsc_dynamodb_batch_statement_response, item), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchStatementResponse.Item: AttributeMap */
        [80] = {REF(members[80].name_ref, strings[1446]), REF(members[80].shape_ref, shapes[50]), offsetof(struct awsc_dynamodb_batch_write_item_input, request_items), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchWriteItemInput.RequestItems: BatchWriteItemRequestMap */
        [81] = {REF(members[81].name_ref, strings[1350]), REF(members[81].shape_ref, shapes[390]), offsetof(struct awsc_dynamodb_batch_write_item_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchWriteItemInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [82] = {REF(members[82].name_ref, strings[1964]), REF(members[82].shape_ref, shapes[391]), offsetof(struct awsc_dynamodb_batch_write_item_input, return_item_collection_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchWriteItemInput.ReturnItemCollectionMetrics: ReturnItemCollectionMetrics */
        [83] = {REF(members[83].name_ref, strings[2013]), REF(members[83].shape_ref, shapes[50]), offsetof(struct awsc_dynamodb_batch_write_item_output, unprocessed_items), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchWriteItemOutput.UnprocessedItems: BatchWriteItemRequestMap */
        [84] = {REF(members[84].name_ref, strings[2030]), REF(members[84].shape_ref, shapes[246]), offsetof(struct awsc_dynamodb_batch_write_item_output, item_collection_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchWriteItemOutput.ItemCollectionMetrics: ItemCollectionMetricsPerTable */
        [85] = {REF(members[85].name_ref, strings[1411]), REF(members[85].shape_ref, shapes[74]), offsetof(struct awsc_dynamodb_batch_write_item_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchWriteItemOutput.ConsumedCapacity: ConsumedCapacityMultiple */
        [86] = {REF(members[86].name_ref, strings[2093]), REF(members[86].shape_ref, shapes[52]), offsetof(struct awsc_dynamodb_billing_mode_summary, billing_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BillingModeSummary.BillingMode: BillingMode */
        [87] = {REF(members[87].name_ref, strings[2152]), REF(members[87].shape_ref, shapes[101]), offsetof(struct awsc_dynamodb_billing_mode_summary, last_update_to_pay_per_request_date_time), offsetof(struct awsc_dynamodb_billing_mode_summary, has_last_update_to_pay_per_request_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BillingModeSummary.LastUpdateToPayPerRequestDateTime: Date */
        [88] = {REF(members[88].name_ref, strings[1566]), REF(members[88].shape_ref, shapes[6]), offsetof(struct awsc_dynamodb_cancellation_reason, item), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CancellationReason.Item: AttributeMap */
        [89] = {REF(members[89].name_ref, strings[1553]), REF(members[89].shape_ref, shapes[64]), offsetof(struct awsc_dynamodb_cancellation_reason, code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CancellationReason.Code: Code */
        [90] = {REF(members[90].name_ref, strings[1558]), REF(members[90].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_cancellation_reason, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CancellationReason.Message: ErrorMessage */
        [91] = {REF(members[91].name_ref, strings[2318]), REF(members[91].shape_ref, shapes[75]), offsetof(struct awsc_dynamodb_capacity, read_capacity_units), offsetof(struct awsc_dynamodb_capacity, has_read_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Capacity.ReadCapacityUnits: ConsumedCapacityUnits */
        [92] = {REF(members[92].name_ref, strings[2336]), REF(members[92].shape_ref, shapes[75]), offsetof(struct awsc_dynamodb_capacity, write_capacity_units), offsetof(struct awsc_dynamodb_capacity, has_write_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Capacity.WriteCapacityUnits: ConsumedCapacityUnits */
        [93] = {REF(members[93].name_ref, strings[2355]), REF(members[93].shape_ref, shapes[75]), offsetof(struct awsc_dynamodb_capacity, capacity_units), offsetof(struct awsc_dynamodb_capacity, has_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Capacity.CapacityUnits: ConsumedCapacityUnits */
        [94] = {REF(members[94].name_ref, strings[319]), REF(members[94].shape_ref, shapes[11]), offsetof(struct awsc_dynamodb_condition, attribute_value_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Condition.AttributeValueList: AttributeValueList */
        [95] = {REF(members[95].name_ref, strings[2422]), REF(members[95].shape_ref, shapes[65]), offsetof(struct awsc_dynamodb_condition, comparison_operator), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Condition.ComparisonOperator: ComparisonOperator */
        [96] = {REF(members[96].name_ref, strings[2543]), REF(members[96].shape_ref, shapes[256]), offsetof(struct awsc_dynamodb_condition_check, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConditionCheck.Key: Key */
        [97] = {REF(members[97].name_ref, strings[1200]), REF(members[97].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_condition_check, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConditionCheck.TableName: TableArn */
        [98] = {REF(members[98].name_ref, strings[2547]), REF(members[98].shape_ref, shapes[68]), offsetof(struct awsc_dynamodb_condition_check, condition_expression), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConditionCheck.ConditionExpression: ConditionExpression */
        [99] = {REF(members[99].name_ref, strings[2567]), REF(members[99].shape_ref, shapes[179]), offsetof(struct awsc_dynamodb_condition_check, expression_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConditionCheck.ExpressionAttributeNames: ExpressionAttributeNameMap */
        [100] = {REF(members[100].name_ref, strings[2592]), REF(members[100].shape_ref, shapes[181]), offsetof(struct awsc_dynamodb_condition_check, expression_attribute_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConditionCheck.ExpressionAttributeValues: ExpressionAttributeValueMap */
        [101] = {REF(members[101].name_ref, strings[1879]), REF(members[101].shape_ref, shapes[393]), offsetof(struct awsc_dynamodb_condition_check, return_values_on_condition_check_failure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConditionCheck.ReturnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure */
        [102] = {REF(members[102].name_ref, strings[1111]), REF(members[102].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_conditional_check_failed_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConditionalCheckFailedException.message: ErrorMessage */
        [103] = {REF(members[103].name_ref, strings[1566]), REF(members[103].shape_ref, shapes[6]), offsetof(struct awsc_dynamodb_conditional_check_failed_exception, item), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConditionalCheckFailedException.Item: AttributeMap */
        [104] = {REF(members[104].name_ref, strings[1200]), REF(members[104].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_consumed_capacity, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConsumedCapacity.TableName: TableArn */
        [105] = {REF(members[105].name_ref, strings[2355]), REF(members[105].shape_ref, shapes[75]), offsetof(struct awsc_dynamodb_consumed_capacity, capacity_units), offsetof(struct awsc_dynamodb_consumed_capacity, has_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConsumedCapacity.CapacityUnits: ConsumedCapacityUnits */
        [106] = {REF(members[106].name_ref, strings[2318]), REF(members[106].shape_ref, shapes[75]), offsetof(struct awsc_dynamodb_consumed_capacity, read_capacity_units), offsetof(struct awsc_dynamodb_consumed_capacity, has_read_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConsumedCapacity.ReadCapacityUnits: ConsumedCapacityUnits */
        [107] = {REF(members[107].name_ref, strings[2336]), REF(members[107].shape_ref, shapes[75]), offsetof(struct awsc_dynamodb_consumed_capacity, write_capacity_units), offsetof(struct awsc_dynamodb_consumed_capacity, has_write_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConsumedCapacity.WriteCapacityUnits: ConsumedCapacityUnits */
        [108] = {REF(members[108].name_ref, strings[2709]), REF(members[108].shape_ref, shapes[60]), offsetof(struct awsc_dynamodb_consumed_capacity, table), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConsumedCapacity.Table: Capacity */
        [109] = {REF(members[109].name_ref, strings[2715]), REF(members[109].shape_ref, shapes[419]), offsetof(struct awsc_dynamodb_consumed_capacity, local_secondary_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConsumedCapacity.LocalSecondaryIndexes: SecondaryIndexesCapacityMap */
        [110] = {REF(members[110].name_ref, strings[2737]), REF(members[110].shape_ref, shapes[419]), offsetof(struct awsc_dynamodb_consumed_capacity, global_secondary_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConsumedCapacity.GlobalSecondaryIndexes: SecondaryIndexesCapacityMap */
        [111] = {REF(members[111].name_ref, strings[2760]), REF(members[111].shape_ref, shapes[509]), offsetof(struct awsc_dynamodb_consumed_capacity, vector_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConsumedCapacity.VectorIndexes: VectorIndexesCapacityMap */
        [112] = {REF(members[112].name_ref, strings[2850]), REF(members[112].shape_ref, shapes[77]), offsetof(struct awsc_dynamodb_continuous_backups_description, continuous_backups_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContinuousBackupsDescription.ContinuousBackupsStatus: ContinuousBackupsStatus */
        [113] = {REF(members[113].name_ref, strings[2874]), REF(members[113].shape_ref, shapes[315]), offsetof(struct awsc_dynamodb_continuous_backups_description, point_in_time_recovery_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContinuousBackupsDescription.PointInTimeRecoveryDescription: PointInTimeRecoveryDescription */
        [114] = {REF(members[114].name_ref, strings[1111]), REF(members[114].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_continuous_backups_unavailable_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContinuousBackupsUnavailableException.message: ErrorMessage */
        [115] = {REF(members[115].name_ref, strings[1200]), REF(members[115].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_contributor_insights_summary, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContributorInsightsSummary.TableName: TableName */
        [116] = {REF(members[116].name_ref, strings[3245]), REF(members[116].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_contributor_insights_summary, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContributorInsightsSummary.IndexName: IndexName */
        [117] = {REF(members[117].name_ref, strings[3120]), REF(members[117].shape_ref, shapes[83]), offsetof(struct awsc_dynamodb_contributor_insights_summary, contributor_insights_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContributorInsightsSummary.ContributorInsightsStatus: ContributorInsightsStatus */
        [118] = {REF(members[118].name_ref, strings[3001]), REF(members[118].shape_ref, shapes[80]), offsetof(struct awsc_dynamodb_contributor_insights_summary, contributor_insights_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContributorInsightsSummary.ContributorInsightsMode: ContributorInsightsMode */
        [119] = {REF(members[119].name_ref, strings[1200]), REF(members[119].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_create_backup_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateBackupInput.TableName: TableArn */
        [120] = {REF(members[120].name_ref, strings[1018]), REF(members[120].shape_ref, shapes[29]), offsetof(struct awsc_dynamodb_create_backup_input, backup_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateBackupInput.BackupName: BackupName */
        [121] = {REF(members[121].name_ref, strings[959]), REF(members[121].shape_ref, shapes[27]), offsetof(struct awsc_dynamodb_create_backup_output, backup_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateBackupOutput.BackupDetails: BackupDetails */
        [122] = {REF(members[122].name_ref, strings[3245]), REF(members[122].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_create_global_secondary_index_action, index_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateGlobalSecondaryIndexAction.IndexName: IndexName */
        [123] = {REF(members[123].name_ref, strings[3325]), REF(members[123].shape_ref, shapes[260]), offsetof(struct awsc_dynamodb_create_global_secondary_index_action, key_schema), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateGlobalSecondaryIndexAction.KeySchema: KeySchema */
        [124] = {REF(members[124].name_ref, strings[3335]), REF(members[124].shape_ref, shapes[325]), offsetof(struct awsc_dynamodb_create_global_secondary_index_action, projection), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateGlobalSecondaryIndexAction.Projection: Projection */
        [125] = {REF(members[125].name_ref, strings[3346]), REF(members[125].shape_ref, shapes[328]), offsetof(struct awsc_dynamodb_create_global_secondary_index_action, provisioned_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateGlobalSecondaryIndexAction.ProvisionedThroughput: ProvisionedThroughput */
        [126] = {REF(members[126].name_ref, strings[3368]), REF(members[126].shape_ref, shapes[307]), offsetof(struct awsc_dynamodb_create_global_secondary_index_action, on_demand_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateGlobalSecondaryIndexAction.OnDemandThroughput: OnDemandThroughput */
        [127] = {REF(members[127].name_ref, strings[3387]), REF(members[127].shape_ref, shapes[510]), offsetof(struct awsc_dynamodb_create_global_secondary_index_action, warm_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateGlobalSecondaryIndexAction.WarmThroughput: WarmThroughput */
        [128] = {REF(members[128].name_ref, strings[3425]), REF(members[128].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_create_global_table_input, global_table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateGlobalTableInput.GlobalTableName: TableName */
        [129] = {REF(members[129].name_ref, strings[3441]), REF(members[129].shape_ref, shapes[364]), offsetof(struct awsc_dynamodb_create_global_table_input, replication_group), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateGlobalTableInput.ReplicationGroup: ReplicaList */
        [130] = {REF(members[130].name_ref, strings[3482]), REF(members[130].shape_ref, shapes[206]), offsetof(struct awsc_dynamodb_create_global_table_output, global_table_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateGlobalTableOutput.GlobalTableDescription: GlobalTableDescription */
        [131] = {REF(members[131].name_ref, strings[3547]), REF(members[131].shape_ref, shapes[343]), offsetof(struct awsc_dynamodb_create_global_table_witness_group_member_action, region_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateGlobalTableWitnessGroupMemberAction.RegionName: RegionName */
        [132] = {REF(members[132].name_ref, strings[3547]), REF(members[132].shape_ref, shapes[343]), offsetof(struct awsc_dynamodb_create_replica_action, region_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateReplicaAction.RegionName: RegionName */
        [133] = {REF(members[133].name_ref, strings[3547]), REF(members[133].shape_ref, shapes[343]), offsetof(struct awsc_dynamodb_create_replication_group_member_action, region_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateReplicationGroupMemberAction.RegionName: RegionName */
        [134] = {REF(members[134].name_ref, strings[3613]), REF(members[134].shape_ref, shapes[255]), offsetof(struct awsc_dynamodb_create_replication_group_member_action, kms_master_key_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateReplicationGroupMemberAction.KMSMasterKeyId: KMSMasterKeyId */
        [135] = {REF(members[135].name_ref, strings[3628]), REF(members[135].shape_ref, shapes[331]), offsetof(struct awsc_dynamodb_create_replication_group_member_action, provisioned_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateReplicationGroupMemberAction.ProvisionedThroughputOverride: ProvisionedThroughputOverride */
        [136] = {REF(members[136].name_ref, strings[3658]), REF(members[136].shape_ref, shapes[308]), offsetof(struct awsc_dynamodb_create_replication_group_member_action, on_demand_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateReplicationGroupMemberAction.OnDemandThroughputOverride: OnDemandThroughputOverride */
        [137] = {REF(members[137].name_ref, strings[2737]), REF(members[137].shape_ref, shapes[359]), offsetof(struct awsc_dynamodb_create_replication_group_member_action, global_secondary_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateReplicationGroupMemberAction.GlobalSecondaryIndexes: ReplicaGlobalSecondaryIndexList */
        [138] = {REF(members[138].name_ref, strings[3685]), REF(members[138].shape_ref, shapes[433]), offsetof(struct awsc_dynamodb_create_replication_group_member_action, table_class_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateReplicationGroupMemberAction.TableClassOverride: TableClass */
        [139] = {REF(members[139].name_ref, strings[206]), REF(members[139].shape_ref, shapes[5]), offsetof(struct awsc_dynamodb_create_table_input, attribute_definitions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTableInput.AttributeDefinitions: AttributeDefinitions */
        [140] = {REF(members[140].name_ref, strings[1200]), REF(members[140].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_create_table_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTableInput.TableName: TableArn */
        [141] = {REF(members[141].name_ref, strings[3325]), REF(members[141].shape_ref, shapes[260]), offsetof(struct awsc_dynamodb_create_table_input, key_schema), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTableInput.KeySchema: KeySchema */
        [142] = {REF(members[142].name_ref, strings[2715]), REF(members[142].shape_ref, shapes[294]), offsetof(struct awsc_dynamodb_create_table_input, local_secondary_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTableInput.LocalSecondaryIndexes: LocalSecondaryIndexList */
        [143] = {REF(members[143].name_ref, strings[2737]), REF(members[143].shape_ref, shapes[198]), offsetof(struct awsc_dynamodb_create_table_input, global_secondary_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTableInput.GlobalSecondaryIndexes: GlobalSecondaryIndexList */
        [144] = {REF(members[144].name_ref, strings[2093]), REF(members[144].shape_ref, shapes[52]), offsetof(struct awsc_dynamodb_create_table_input, billing_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTableInput.BillingMode: BillingMode */
        [145] = {REF(members[145].name_ref, strings[3346]), REF(members[145].shape_ref, shapes[328]), offsetof(struct awsc_dynamodb_create_table_input, provisioned_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTableInput.ProvisionedThroughput: ProvisionedThroughput */
        [146] = {REF(members[146].name_ref, strings[3721]), REF(members[146].shape_ref, shapes[425]), offsetof(struct awsc_dynamodb_create_table_input, stream_specification), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTableInput.StreamSpecification: StreamSpecification */
        [147] = {REF(members[147].name_ref, strings[3741]), REF(members[147].shape_ref, shapes[402]), offsetof(struct awsc_dynamodb_create_table_input, sse_specification), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTableInput.SSESpecification: SSESpecification */
        [148] = {REF(members[148].name_ref, strings[3758]), REF(members[148].shape_ref, shapes[448]), offsetof(struct awsc_dynamodb_create_table_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTableInput.Tags: TagList */
        [149] = {REF(members[149].name_ref, strings[3763]), REF(members[149].shape_ref, shapes[433]), offsetof(struct awsc_dynamodb_create_table_input, table_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTableInput.TableClass: TableClass */
        [150] = {REF(members[150].name_ref, strings[3774]), REF(members[150].shape_ref, shapes[117]), offsetof(struct awsc_dynamodb_create_table_input, deletion_protection_enabled), offsetof(struct awsc_dynamodb_create_table_input, has_deletion_protection_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTableInput.DeletionProtectionEnabled: DeletionProtectionEnabled */
        [151] = {REF(members[151].name_ref, strings[3387]), REF(members[151].shape_ref, shapes[510]), offsetof(struct awsc_dynamodb_create_table_input, warm_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTableInput.WarmThroughput: WarmThroughput */
        [152] = {REF(members[152].name_ref, strings[3800]), REF(members[152].shape_ref, shapes[383]), offsetof(struct awsc_dynamodb_create_table_input, resource_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTableInput.ResourcePolicy: ResourcePolicy */
        [153] = {REF(members[153].name_ref, strings[3368]), REF(members[153].shape_ref, shapes[307]), offsetof(struct awsc_dynamodb_create_table_input, on_demand_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTableInput.OnDemandThroughput: OnDemandThroughput */
        [154] = {REF(members[154].name_ref, strings[3815]), REF(members[154].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_create_table_input, global_table_source_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTableInput.GlobalTableSourceArn: TableArn */
        [155] = {REF(members[155].name_ref, strings[3836]), REF(members[155].shape_ref, shapes[211]), offsetof(struct awsc_dynamodb_create_table_input, global_table_settings_replication_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTableInput.GlobalTableSettingsReplicationMode: GlobalTableSettingsReplicationMode */
        [156] = {REF(members[156].name_ref, strings[2760]), REF(members[156].shape_ref, shapes[505]), offsetof(struct awsc_dynamodb_create_table_input, vector_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTableInput.VectorIndexes: VectorIndexList */
        [157] = {REF(members[157].name_ref, strings[3889]), REF(members[157].shape_ref, shapes[437]), offsetof(struct awsc_dynamodb_create_table_output, table_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTableOutput.TableDescription: TableDescription */
        [158] = {REF(members[158].name_ref, strings[3245]), REF(members[158].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_create_vector_index_action, index_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateVectorIndexAction.IndexName: IndexName */
        [159] = {REF(members[159].name_ref, strings[3930]), REF(members[159].shape_ref, shapes[497]), offsetof(struct awsc_dynamodb_create_vector_index_action, vector_attribute), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateVectorIndexAction.VectorAttribute: VectorAttributeDefinition */
        [160] = {REF(members[160].name_ref, strings[3946]), REF(members[160].shape_ref, shapes[413]), offsetof(struct awsc_dynamodb_create_vector_index_action, search_schema), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateVectorIndexAction.SearchSchema: SearchSchema */
        [161] = {REF(members[161].name_ref, strings[3335]), REF(members[161].shape_ref, shapes[325]), offsetof(struct awsc_dynamodb_create_vector_index_action, projection), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateVectorIndexAction.Projection: Projection */
        [162] = {REF(members[162].name_ref, strings[3959]), REF(members[162].shape_ref, shapes[322]), offsetof(struct awsc_dynamodb_create_vector_index_action, dimensions), offsetof(struct awsc_dynamodb_create_vector_index_action, has_dimensions), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateVectorIndexAction.Dimensions: PositiveLongObject */
        [163] = {REF(members[163].name_ref, strings[3970]), REF(members[163].shape_ref, shapes[500]), offsetof(struct awsc_dynamodb_create_vector_index_action, distance_function), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateVectorIndexAction.DistanceFunction: VectorDistanceFunction */
        [164] = {REF(members[164].name_ref, strings[4035]), REF(members[164].shape_ref, shapes[97]), offsetof(struct awsc_dynamodb_csv_options, delimiter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CsvOptions.Delimiter: CsvDelimiter */
        [165] = {REF(members[165].name_ref, strings[4045]), REF(members[165].shape_ref, shapes[99]), offsetof(struct awsc_dynamodb_csv_options, header_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CsvOptions.HeaderList: CsvHeaderList */
        [166] = {REF(members[166].name_ref, strings[2543]), REF(members[166].shape_ref, shapes[256]), offsetof(struct awsc_dynamodb_delete, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Delete.Key: Key */
        [167] = {REF(members[167].name_ref, strings[1200]), REF(members[167].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_delete, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Delete.TableName: TableArn */
        [168] = {REF(members[168].name_ref, strings[2547]), REF(members[168].shape_ref, shapes[68]), offsetof(struct awsc_dynamodb_delete, condition_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Delete.ConditionExpression: ConditionExpression */
        [169] = {REF(members[169].name_ref, strings[2567]), REF(members[169].shape_ref, shapes[179]), offsetof(struct awsc_dynamodb_delete, expression_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Delete.ExpressionAttributeNames: ExpressionAttributeNameMap */
        [170] = {REF(members[170].name_ref, strings[2592]), REF(members[170].shape_ref, shapes[181]), offsetof(struct awsc_dynamodb_delete, expression_attribute_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Delete.ExpressionAttributeValues: ExpressionAttributeValueMap */
        [171] = {REF(members[171].name_ref, strings[1879]), REF(members[171].shape_ref, shapes[393]), offsetof(struct awsc_dynamodb_delete, return_values_on_condition_check_failure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Delete.ReturnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure */
        [172] = {REF(members[172].name_ref, strings[908]), REF(members[172].shape_ref, shapes[24]), offsetof(struct awsc_dynamodb_delete_backup_input, backup_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteBackupInput.BackupArn: BackupArn */
        [173] = {REF(members[173].name_ref, strings[941]), REF(members[173].shape_ref, shapes[26]), offsetof(struct awsc_dynamodb_delete_backup_output, backup_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteBackupOutput.BackupDescription: BackupDescription */
        [174] = {REF(members[174].name_ref, strings[3245]), REF(members[174].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_delete_global_secondary_index_action, index_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteGlobalSecondaryIndexAction.IndexName: IndexName */
        [175] = {REF(members[175].name_ref, strings[3547]), REF(members[175].shape_ref, shapes[343]), offsetof(struct awsc_dynamodb_delete_global_table_witness_group_member_action, region_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteGlobalTableWitnessGroupMemberAction.RegionName: RegionName */
        [176] = {REF(members[176].name_ref, strings[1200]), REF(members[176].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_delete_item_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteItemInput.TableName: TableArn */
        [177] = {REF(members[177].name_ref, strings[2543]), REF(members[177].shape_ref, shapes[256]), offsetof(struct awsc_dynamodb_delete_item_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteItemInput.Key: Key */
        [178] = {REF(members[178].name_ref, strings[4196]), REF(members[178].shape_ref, shapes[158]), offsetof(struct awsc_dynamodb_delete_item_input, expected), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteItemInput.Expected: ExpectedAttributeMap */
        [179] = {REF(members[179].name_ref, strings[2650]), REF(members[179].shape_ref, shapes[70]), offsetof(struct awsc_dynamodb_delete_item_input, conditional_operator), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteItemInput.ConditionalOperator: ConditionalOperator */
        [180] = {REF(members[180].name_ref, strings[4205]), REF(members[180].shape_ref, shapes[392]), offsetof(struct awsc_dynamodb_delete_item_input, return_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteItemInput.ReturnValues: ReturnValue */
        [181] = {REF(members[181].name_ref, strings[1350]), REF(members[181].shape_ref, shapes[390]), offsetof(struct awsc_dynamodb_delete_item_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteItemInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [182] = {REF(members[182].name_ref, strings[1964]), REF(members[182].shape_ref, shapes[391]), offsetof(struct awsc_dynamodb_delete_item_input, return_item_collection_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteItemInput.ReturnItemCollectionMetrics: ReturnItemCollectionMetrics */
        [183] = {REF(members[183].name_ref, strings[2547]), REF(members[183].shape_ref, shapes[68]), offsetof(struct awsc_dynamodb_delete_item_input, condition_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteItemInput.ConditionExpression: ConditionExpression */
        [184] = {REF(members[184].name_ref, strings[2567]), REF(members[184].shape_ref, shapes[179]), offsetof(struct awsc_dynamodb_delete_item_input, expression_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteItemInput.ExpressionAttributeNames: ExpressionAttributeNameMap */
        [185] = {REF(members[185].name_ref, strings[2592]), REF(members[185].shape_ref, shapes[181]), offsetof(struct awsc_dynamodb_delete_item_input, expression_attribute_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteItemInput.ExpressionAttributeValues: ExpressionAttributeValueMap */
        [186] = {REF(members[186].name_ref, strings[1879]), REF(members[186].shape_ref, shapes[393]), offsetof(struct awsc_dynamodb_delete_item_input, return_values_on_condition_check_failure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteItemInput.ReturnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure */
        [187] = {REF(members[187].name_ref, strings[4235]), REF(members[187].shape_ref, shapes[6]), offsetof(struct awsc_dynamodb_delete_item_output, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteItemOutput.Attributes: AttributeMap */
        [188] = {REF(members[188].name_ref, strings[1411]), REF(members[188].shape_ref, shapes[73]), offsetof(struct awsc_dynamodb_delete_item_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteItemOutput.ConsumedCapacity: ConsumedCapacity */
        [189] = {REF(members[189].name_ref, strings[2030]), REF(members[189].shape_ref, shapes[244]), offsetof(struct awsc_dynamodb_delete_item_output, item_collection_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteItemOutput.ItemCollectionMetrics: ItemCollectionMetrics */
        [190] = {REF(members[190].name_ref, strings[3547]), REF(members[190].shape_ref, shapes[343]), offsetof(struct awsc_dynamodb_delete_replica_action, region_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteReplicaAction.RegionName: RegionName */
        [191] = {REF(members[191].name_ref, strings[3547]), REF(members[191].shape_ref, shapes[343]), offsetof(struct awsc_dynamodb_delete_replication_group_member_action, region_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteReplicationGroupMemberAction.RegionName: RegionName */
        [192] = {REF(members[192].name_ref, strings[2543]), REF(members[192].shape_ref, shapes[256]), offsetof(struct awsc_dynamodb_delete_request, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteRequest.Key: Key */
        [193] = {REF(members[193].name_ref, strings[4341]), REF(members[193].shape_ref, shapes[380]), offsetof(struct awsc_dynamodb_delete_resource_policy_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteResourcePolicyInput.ResourceArn: ResourceArnString */
        [194] = {REF(members[194].name_ref, strings[4353]), REF(members[194].shape_ref, shapes[320]), offsetof(struct awsc_dynamodb_delete_resource_policy_input, expected_revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteResourcePolicyInput.ExpectedRevisionId: PolicyRevisionId */
        [195] = {REF(members[195].name_ref, strings[4399]), REF(members[195].shape_ref, shapes[320]), offsetof(struct awsc_dynamodb_delete_resource_policy_output, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteResourcePolicyOutput.RevisionId: PolicyRevisionId */
        [196] = {REF(members[196].name_ref, strings[1200]), REF(members[196].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_delete_table_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteTableInput.TableName: TableArn */
        [197] = {REF(members[197].name_ref, strings[3889]), REF(members[197].shape_ref, shapes[437]), offsetof(struct awsc_dynamodb_delete_table_output, table_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteTableOutput.TableDescription: TableDescription */
        [198] = {REF(members[198].name_ref, strings[3245]), REF(members[198].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_delete_vector_index_action, index_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteVectorIndexAction.IndexName: IndexName */
        [199] = {REF(members[199].name_ref, strings[908]), REF(members[199].shape_ref, shapes[24]), offsetof(struct awsc_dynamodb_describe_backup_input, backup_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeBackupInput.BackupArn: BackupArn */
        [200] = {REF(members[200].name_ref, strings[941]), REF(members[200].shape_ref, shapes[26]), offsetof(struct awsc_dynamodb_describe_backup_output, backup_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeBackupOutput.BackupDescription: BackupDescription */
        [201] = {REF(members[201].name_ref, strings[1200]), REF(members[201].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_describe_continuous_backups_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeContinuousBackupsInput.TableName: TableArn */
        [202] = {REF(members[202].name_ref, strings[2821]), REF(members[202].shape_ref, shapes[76]), offsetof(struct awsc_dynamodb_describe_continuous_backups_output, continuous_backups_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeContinuousBackupsOutput.ContinuousBackupsDescription: ContinuousBackupsDescription */
        [203] = {REF(members[203].name_ref, strings[1200]), REF(members[203].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_describe_contributor_insights_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeContributorInsightsInput.TableName: TableArn */
        [204] = {REF(members[204].name_ref, strings[3245]), REF(members[204].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_describe_contributor_insights_input, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeContributorInsightsInput.IndexName: IndexName */
        [205] = {REF(members[205].name_ref, strings[1200]), REF(members[205].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_describe_contributor_insights_output, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeContributorInsightsOutput.TableName: TableName */
        [206] = {REF(members[206].name_ref, strings[3245]), REF(members[206].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_describe_contributor_insights_output, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeContributorInsightsOutput.IndexName: IndexName */
        [207] = {REF(members[207].name_ref, strings[3092]), REF(members[207].shape_ref, shapes[82]), offsetof(struct awsc_dynamodb_describe_contributor_insights_output, contributor_insights_rule_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeContributorInsightsOutput.ContributorInsightsRuleList: ContributorInsightsRuleList */
        [208] = {REF(members[208].name_ref, strings[3120]), REF(members[208].shape_ref, shapes[83]), offsetof(struct awsc_dynamodb_describe_contributor_insights_output, contributor_insights_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeContributorInsightsOutput.ContributorInsightsStatus: ContributorInsightsStatus */
        [209] = {REF(members[209].name_ref, strings[4640]), REF(members[209].shape_ref, shapes[269]), offsetof(struct awsc_dynamodb_describe_contributor_insights_output, last_update_date_time), offsetof(struct awsc_dynamodb_describe_contributor_insights_output, has_last_update_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeContributorInsightsOutput.LastUpdateDateTime: LastUpdateDateTime */
        [210] = {REF(members[210].name_ref, strings[4659]), REF(members[210].shape_ref, shapes[184]), offsetof(struct awsc_dynamodb_describe_contributor_insights_output, failure_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeContributorInsightsOutput.FailureException: FailureException */
        [211] = {REF(members[211].name_ref, strings[3001]), REF(members[211].shape_ref, shapes[80]), offsetof(struct awsc_dynamodb_describe_contributor_insights_output, contributor_insights_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeContributorInsightsOutput.ContributorInsightsMode: ContributorInsightsMode */
        [212] = {REF(members[212].name_ref, strings[4727]), REF(members[212].shape_ref, shapes[149]), offsetof(struct awsc_dynamodb_describe_endpoints_output, endpoints), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeEndpointsResponse.Endpoints: Endpoints */
        [213] = {REF(members[213].name_ref, strings[4757]), REF(members[213].shape_ref, shapes[160]), offsetof(struct awsc_dynamodb_describe_export_input, export_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeExportInput.ExportArn: ExportArn */
        [214] = {REF(members[214].name_ref, strings[4788]), REF(members[214].shape_ref, shapes[162]), offsetof(struct awsc_dynamodb_describe_export_output, export_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeExportOutput.ExportDescription: ExportDescription */
        [215] = {REF(members[215].name_ref, strings[3425]), REF(members[215].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_describe_global_table_input, global_table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeGlobalTableInput.GlobalTableName: TableName */
        [216] = {REF(members[216].name_ref, strings[3482]), REF(members[216].shape_ref, shapes[206]), offsetof(struct awsc_dynamodb_describe_global_table_output, global_table_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeGlobalTableOutput.GlobalTableDescription: GlobalTableDescription */
        [217] = {REF(members[217].name_ref, strings[3425]), REF(members[217].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_describe_global_table_settings_input, global_table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeGlobalTableSettingsInput.GlobalTableName: TableName */
        [218] = {REF(members[218].name_ref, strings[3425]), REF(members[218].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_describe_global_table_settings_output, global_table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeGlobalTableSettingsOutput.GlobalTableName: TableName */
        [219] = {REF(members[219].name_ref, strings[4924]), REF(members[219].shape_ref, shapes[367]), offsetof(struct awsc_dynamodb_describe_global_table_settings_output, replica_settings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeGlobalTableSettingsOutput.ReplicaSettings: ReplicaSettingsDescriptionList */
        [220] = {REF(members[220].name_ref, strings[4960]), REF(members[220].shape_ref, shapes[218]), offsetof(struct awsc_dynamodb_describe_import_input, import_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeImportInput.ImportArn: ImportArn */
        [221] = {REF(members[221].name_ref, strings[4991]), REF(members[221].shape_ref, shapes[227]), offsetof(struct awsc_dynamodb_describe_import_output, import_table_description), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeImportOutput.ImportTableDescription: ImportTableDescription */
        [222] = {REF(members[222].name_ref, strings[1200]), REF(members[222].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_describe_kinesis_streaming_destination_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeKinesisStreamingDestinationInput.TableName: TableArn */
        [223] = {REF(members[223].name_ref, strings[1200]), REF(members[223].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_describe_kinesis_streaming_destination_output, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeKinesisStreamingDestinationOutput.TableName: TableName */
        [224] = {REF(members[224].name_ref, strings[5097]), REF(members[224].shape_ref, shapes[266]), offsetof(struct awsc_dynamodb_describe_kinesis_streaming_destination_output, kinesis_data_stream_destinations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeKinesisStreamingDestinationOutput.KinesisDataStreamDestinations: KinesisDataStreamDestinations */
        [225] = {REF(members[225].name_ref, strings[5168]), REF(members[225].shape_ref, shapes[322]), offsetof(struct awsc_dynamodb_describe_limits_output, account_max_read_capacity_units), offsetof(struct awsc_dynamodb_describe_limits_output, has_account_max_read_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeLimitsOutput.AccountMaxReadCapacityUnits: PositiveLongObject */
        [226] = {REF(members[226].name_ref, strings[5196]), REF(members[226].shape_ref, shapes[322]), offsetof(struct awsc_dynamodb_describe_limits_output, account_max_write_capacity_units), offsetof(struct awsc_dynamodb_describe_limits_output, has_account_max_write_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeLimitsOutput.AccountMaxWriteCapacityUnits: PositiveLongObject */
        [227] = {REF(members[227].name_ref, strings[5225]), REF(members[227].shape_ref, shapes[322]), offsetof(struct awsc_dynamodb_describe_limits_output, table_max_read_capacity_units), offsetof(struct awsc_dynamodb_describe_limits_output, has_table_max_read_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeLimitsOutput.TableMaxReadCapacityUnits: PositiveLongObject */
        [228] = {REF(members[228].name_ref, strings[5251]), REF(members[228].shape_ref, shapes[322]), offsetof(struct awsc_dynamodb_describe_limits_output, table_max_write_capacity_units), offsetof(struct awsc_dynamodb_describe_limits_output, has_table_max_write_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeLimitsOutput.TableMaxWriteCapacityUnits: PositiveLongObject */
        [229] = {REF(members[229].name_ref, strings[1200]), REF(members[229].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_describe_table_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeTableInput.TableName: TableArn */
        [230] = {REF(members[230].name_ref, strings[2709]), REF(members[230].shape_ref, shapes[437]), offsetof(struct awsc_dynamodb_describe_table_output, table), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeTableOutput.Table: TableDescription */
        [231] = {REF(members[231].name_ref, strings[1200]), REF(members[231].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_describe_table_replica_auto_scaling_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeTableReplicaAutoScalingInput.TableName: TableArn */
        [232] = {REF(members[232].name_ref, strings[5392]), REF(members[232].shape_ref, shapes[432]), offsetof(struct awsc_dynamodb_describe_table_replica_auto_scaling_output, table_auto_scaling_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeTableReplicaAutoScalingOutput.TableAutoScalingDescription: TableAutoScalingDescription */
        [233] = {REF(members[233].name_ref, strings[1200]), REF(members[233].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_describe_time_to_live_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeTimeToLiveInput.TableName: TableArn */
        [234] = {REF(members[234].name_ref, strings[5469]), REF(members[234].shape_ref, shapes[457]), offsetof(struct awsc_dynamodb_describe_time_to_live_output, time_to_live_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeTimeToLiveOutput.TimeToLiveDescription: TimeToLiveDescription */
        [235] = {REF(members[235].name_ref, strings[1111]), REF(members[235].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_duplicate_item_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DuplicateItemException.message: ErrorMessage */
        [236] = {REF(members[236].name_ref, strings[0]), REF(members[236].shape_ref, shapes[0]), offsetof(struct awsc_dynamodb_enable_kinesis_streaming_configuration, approximate_creation_date_time_precision), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EnableKinesisStreamingConfiguration.ApproximateCreationDateTimePrecision: ApproximateCreationDateTimePrecision */
        [237] = {REF(members[237].name_ref, strings[5648]), REF(members[237].shape_ref, shapes[427]), offsetof(struct awsc_dynamodb_endpoint, address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Endpoint.Address: String */
        [238] = {REF(members[238].name_ref, strings[5656]), REF(members[238].shape_ref, shapes[296]), offsetof(struct awsc_dynamodb_endpoint, cache_period_in_minutes), offsetof(struct awsc_dynamodb_endpoint, has_cache_period_in_minutes), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Endpoint.CachePeriodInMinutes: Long */
        [239] = {REF(members[239].name_ref, strings[1843]), REF(members[239].shape_ref, shapes[314]), offsetof(struct awsc_dynamodb_execute_statement_input, statement), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExecuteStatementInput.Statement: PartiQLStatement */
        [240] = {REF(members[240].name_ref, strings[1853]), REF(members[240].shape_ref, shapes[323]), offsetof(struct awsc_dynamodb_execute_statement_input, parameters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExecuteStatementInput.Parameters: PreparedStatementParameters */
        [241] = {REF(members[241].name_ref, strings[1864]), REF(members[241].shape_ref, shapes[72]), offsetof(struct awsc_dynamodb_execute_statement_input, consistent_read), offsetof(struct awsc_dynamodb_execute_statement_input, has_consistent_read), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExecuteStatementInput.ConsistentRead: ConsistentRead */
        [242] = {REF(members[242].name_ref, strings[5758]), REF(members[242].shape_ref, shapes[313]), offsetof(struct awsc_dynamodb_execute_statement_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExecuteStatementInput.NextToken: PartiQLNextToken */
        [243] = {REF(members[243].name_ref, strings[1350]), REF(members[243].shape_ref, shapes[390]), offsetof(struct awsc_dynamodb_execute_statement_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExecuteStatementInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [244] = {REF(members[244].name_ref, strings[5768]), REF(members[244].shape_ref, shapes[321]), offsetof(struct awsc_dynamodb_execute_statement_input, limit), offsetof(struct awsc_dynamodb_execute_statement_input, has_limit), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExecuteStatementInput.Limit: PositiveIntegerObject */
        [245] = {REF(members[245].name_ref, strings[1879]), REF(members[245].shape_ref, shapes[393]), offsetof(struct awsc_dynamodb_execute_statement_input, return_values_on_condition_check_failure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExecuteStatementInput.ReturnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure */
        [246] = {REF(members[246].name_ref, strings[5797]), REF(members[246].shape_ref, shapes[251]), offsetof(struct awsc_dynamodb_execute_statement_output, items), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExecuteStatementOutput.Items: ItemList */
        [247] = {REF(members[247].name_ref, strings[5758]), REF(members[247].shape_ref, shapes[313]), offsetof(struct awsc_dynamodb_execute_statement_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExecuteStatementOutput.NextToken: PartiQLNextToken */
        [248] = {REF(members[248].name_ref, strings[1411]), REF(members[248].shape_ref, shapes[73]), offsetof(struct awsc_dynamodb_execute_statement_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExecuteStatementOutput.ConsumedCapacity: ConsumedCapacity */
        [249] = {REF(members[249].name_ref, strings[5803]), REF(members[249].shape_ref, shapes[256]), offsetof(struct awsc_dynamodb_execute_statement_output, last_evaluated_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExecuteStatementOutput.LastEvaluatedKey: Key */
        [250] = {REF(members[250].name_ref, strings[5844]), REF(members[250].shape_ref, shapes[310]), offsetof(struct awsc_dynamodb_execute_transaction_input, transact_statements), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExecuteTransactionInput.TransactStatements: ParameterizedStatements */
        [251] = {REF(members[251].name_ref, strings[2369]), REF(members[251].shape_ref, shapes[61]), offsetof(struct awsc_dynamodb_execute_transaction_input, client_request_token), AWSC_NO_PRESENCE, AWSC_MF_IDEMPOTENCY_TOKEN, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExecuteTransactionInput.ClientRequestToken: ClientRequestToken */
        [252] = {REF(members[252].name_ref, strings[1350]), REF(members[252].shape_ref, shapes[390]), offsetof(struct awsc_dynamodb_execute_transaction_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExecuteTransactionInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [253] = {REF(members[253].name_ref, strings[1401]), REF(members[253].shape_ref, shapes[253]), offsetof(struct awsc_dynamodb_execute_transaction_output, responses), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExecuteTransactionOutput.Responses: ItemResponseList */
        [254] = {REF(members[254].name_ref, strings[1411]), REF(members[254].shape_ref, shapes[74]), offsetof(struct awsc_dynamodb_execute_transaction_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExecuteTransactionOutput.ConsumedCapacity: ConsumedCapacityMultiple */
        [255] = {REF(members[255].name_ref, strings[359]), REF(members[255].shape_ref, shapes[10]), offsetof(struct awsc_dynamodb_expected_attribute_value, value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExpectedAttributeValue.Value: AttributeValue */
        [256] = {REF(members[256].name_ref, strings[5932]), REF(members[256].shape_ref, shapes[57]), offsetof(struct awsc_dynamodb_expected_attribute_value, exists), offsetof(struct awsc_dynamodb_expected_attribute_value, has_exists), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExpectedAttributeValue.Exists: BooleanObject */
        [257] = {REF(members[257].name_ref, strings[2422]), REF(members[257].shape_ref, shapes[65]), offsetof(struct awsc_dynamodb_expected_attribute_value, comparison_operator), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExpectedAttributeValue.ComparisonOperator: ComparisonOperator */
        [258] = {REF(members[258].name_ref, strings[319]), REF(members[258].shape_ref, shapes[11]), offsetof(struct awsc_dynamodb_expected_attribute_value, attribute_value_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExpectedAttributeValue.AttributeValueList: AttributeValueList */
        [259] = {REF(members[259].name_ref, strings[1111]), REF(members[259].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_export_conflict_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportConflictException.message: ErrorMessage */
        [260] = {REF(members[260].name_ref, strings[4757]), REF(members[260].shape_ref, shapes[160]), offsetof(struct awsc_dynamodb_export_description, export_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportDescription.ExportArn: ExportArn */
        [261] = {REF(members[261].name_ref, strings[5963]), REF(members[261].shape_ref, shapes[170]), offsetof(struct awsc_dynamodb_export_description, export_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportDescription.ExportStatus: ExportStatus */
        [262] = {REF(members[262].name_ref, strings[5976]), REF(members[262].shape_ref, shapes[169]), offsetof(struct awsc_dynamodb_export_description, start_time), offsetof(struct awsc_dynamodb_export_description, has_start_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportDescription.StartTime: ExportStartTime */
        [263] = {REF(members[263].name_ref, strings[5986]), REF(members[263].shape_ref, shapes[163]), offsetof(struct awsc_dynamodb_export_description, end_time), offsetof(struct awsc_dynamodb_export_description, has_end_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportDescription.EndTime: ExportEndTime */
        [264] = {REF(members[264].name_ref, strings[5994]), REF(members[264].shape_ref, shapes[166]), offsetof(struct awsc_dynamodb_export_description, export_manifest), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportDescription.ExportManifest: ExportManifest */
        [265] = {REF(members[265].name_ref, strings[1218]), REF(members[265].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_export_description, table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportDescription.TableArn: TableArn */
        [266] = {REF(members[266].name_ref, strings[1210]), REF(members[266].shape_ref, shapes[438]), offsetof(struct awsc_dynamodb_export_description, table_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportDescription.TableId: TableId */
        [267] = {REF(members[267].name_ref, strings[6009]), REF(members[267].shape_ref, shapes[175]), offsetof(struct awsc_dynamodb_export_description, export_time), offsetof(struct awsc_dynamodb_export_description, has_export_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportDescription.ExportTime: ExportTime */
        [268] = {REF(members[268].name_ref, strings[2388]), REF(members[268].shape_ref, shapes[62]), offsetof(struct awsc_dynamodb_export_description, client_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportDescription.ClientToken: ClientToken */
        [269] = {REF(members[269].name_ref, strings[6020]), REF(members[269].shape_ref, shapes[394]), offsetof(struct awsc_dynamodb_export_description, s3_bucket), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportDescription.S3Bucket: S3Bucket */
        [270] = {REF(members[270].name_ref, strings[6029]), REF(members[270].shape_ref, shapes[395]), offsetof(struct awsc_dynamodb_export_description, s3_bucket_owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportDescription.S3BucketOwner: S3BucketOwner */
        [271] = {REF(members[271].name_ref, strings[6043]), REF(members[271].shape_ref, shapes[397]), offsetof(struct awsc_dynamodb_export_description, s3_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportDescription.S3Prefix: S3Prefix */
        [272] = {REF(members[272].name_ref, strings[6052]), REF(members[272].shape_ref, shapes[398]), offsetof(struct awsc_dynamodb_export_description, s3_sse_algorithm), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportDescription.S3SseAlgorithm: S3SseAlgorithm */
        [273] = {REF(members[273].name_ref, strings[6067]), REF(members[273].shape_ref, shapes[399]), offsetof(struct awsc_dynamodb_export_description, s3_sse_kms_key_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportDescription.S3SseKmsKeyId: S3SseKmsKeyId */
        [274] = {REF(members[274].name_ref, strings[6081]), REF(members[274].shape_ref, shapes[183]), offsetof(struct awsc_dynamodb_export_description, failure_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportDescription.FailureCode: FailureCode */
        [275] = {REF(members[275].name_ref, strings[6093]), REF(members[275].shape_ref, shapes[185]), offsetof(struct awsc_dynamodb_export_description, failure_message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportDescription.FailureMessage: FailureMessage */
        [276] = {REF(members[276].name_ref, strings[6108]), REF(members[276].shape_ref, shapes[164]), offsetof(struct awsc_dynamodb_export_description, export_format), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportDescription.ExportFormat: ExportFormat */
        [277] = {REF(members[277].name_ref, strings[2077]), REF(members[277].shape_ref, shapes[51]), offsetof(struct awsc_dynamodb_export_description, billed_size_bytes), offsetof(struct awsc_dynamodb_export_description, has_billed_size_bytes), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportDescription.BilledSizeBytes: BilledSizeBytes */
        [278] = {REF(members[278].name_ref, strings[6121]), REF(members[278].shape_ref, shapes[250]), offsetof(struct awsc_dynamodb_export_description, item_count), offsetof(struct awsc_dynamodb_export_description, has_item_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportDescription.ItemCount: ItemCount */
        [279] = {REF(members[279].name_ref, strings[6131]), REF(members[279].shape_ref, shapes[177]), offsetof(struct awsc_dynamodb_export_description, export_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportDescription.ExportType: ExportType */
        [280] = {REF(members[280].name_ref, strings[6142]), REF(members[280].shape_ref, shapes[231]), offsetof(struct awsc_dynamodb_export_description, incremental_export_specification), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportDescription.IncrementalExportSpecification: IncrementalExportSpecification */
        [281] = {REF(members[281].name_ref, strings[1111]), REF(members[281].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_export_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportNotFoundException.message: ErrorMessage */
        [282] = {REF(members[282].name_ref, strings[4757]), REF(members[282].shape_ref, shapes[160]), offsetof(struct awsc_dynamodb_export_summary, export_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportSummary.ExportArn: ExportArn */
        [283] = {REF(members[283].name_ref, strings[5963]), REF(members[283].shape_ref, shapes[170]), offsetof(struct awsc_dynamodb_export_summary, export_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportSummary.ExportStatus: ExportStatus */
        [284] = {REF(members[284].name_ref, strings[6131]), REF(members[284].shape_ref, shapes[177]), offsetof(struct awsc_dynamodb_export_summary, export_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportSummary.ExportType: ExportType */
        [285] = {REF(members[285].name_ref, strings[1218]), REF(members[285].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, table_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportTableToPointInTimeInput.TableArn: TableArn */
        [286] = {REF(members[286].name_ref, strings[6009]), REF(members[286].shape_ref, shapes[175]), offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, export_time), offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, has_export_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportTableToPointInTimeInput.ExportTime: ExportTime */
        [287] = {REF(members[287].name_ref, strings[2388]), REF(members[287].shape_ref, shapes[62]), offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, client_token), AWSC_NO_PRESENCE, AWSC_MF_IDEMPOTENCY_TOKEN, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportTableToPointInTimeInput.ClientToken: ClientToken */
        [288] = {REF(members[288].name_ref, strings[6020]), REF(members[288].shape_ref, shapes[394]), offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, s3_bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportTableToPointInTimeInput.S3Bucket: S3Bucket */
        [289] = {REF(members[289].name_ref, strings[6029]), REF(members[289].shape_ref, shapes[395]), offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, s3_bucket_owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportTableToPointInTimeInput.S3BucketOwner: S3BucketOwner */
        [290] = {REF(members[290].name_ref, strings[6043]), REF(members[290].shape_ref, shapes[397]), offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, s3_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportTableToPointInTimeInput.S3Prefix: S3Prefix */
        [291] = {REF(members[291].name_ref, strings[6052]), REF(members[291].shape_ref, shapes[398]), offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, s3_sse_algorithm), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportTableToPointInTimeInput.S3SseAlgorithm: S3SseAlgorithm */
        [292] = {REF(members[292].name_ref, strings[6067]), REF(members[292].shape_ref, shapes[399]), offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, s3_sse_kms_key_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportTableToPointInTimeInput.S3SseKmsKeyId: S3SseKmsKeyId */
        [293] = {REF(members[293].name_ref, strings[6108]), REF(members[293].shape_ref, shapes[164]), offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, export_format), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportTableToPointInTimeInput.ExportFormat: ExportFormat */
        [294] = {REF(members[294].name_ref, strings[6131]), REF(members[294].shape_ref, shapes[177]), offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, export_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportTableToPointInTimeInput.ExportType: ExportType */
        [295] = {REF(members[295].name_ref, strings[6142]), REF(members[295].shape_ref, shapes[231]), offsetof(struct awsc_dynamodb_export_table_to_point_in_time_input, incremental_export_specification), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportTableToPointInTimeInput.IncrementalExportSpecification: IncrementalExportSpecification */
        [296] = {REF(members[296].name_ref, strings[4788]), REF(members[296].shape_ref, shapes[162]), offsetof(struct awsc_dynamodb_export_table_to_point_in_time_output, export_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportTableToPointInTimeOutput.ExportDescription: ExportDescription */
        [297] = {REF(members[297].name_ref, strings[5722]), REF(members[297].shape_ref, shapes[153]), offsetof(struct awsc_dynamodb_failure_exception, exception_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FailureException.ExceptionName: ExceptionName */
        [298] = {REF(members[298].name_ref, strings[5701]), REF(members[298].shape_ref, shapes[152]), offsetof(struct awsc_dynamodb_failure_exception, exception_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FailureException.ExceptionDescription: ExceptionDescription */
        [299] = {REF(members[299].name_ref, strings[2543]), REF(members[299].shape_ref, shapes[256]), offsetof(struct awsc_dynamodb_get, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Get.Key: Key */
        [300] = {REF(members[300].name_ref, strings[1200]), REF(members[300].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_get, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Get.TableName: TableArn */
        [301] = {REF(members[301].name_ref, strings[6627]), REF(members[301].shape_ref, shapes[326]), offsetof(struct awsc_dynamodb_get, projection_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Get.ProjectionExpression: ProjectionExpression */
        [302] = {REF(members[302].name_ref, strings[2567]), REF(members[302].shape_ref, shapes[179]), offsetof(struct awsc_dynamodb_get, expression_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Get.ExpressionAttributeNames: ExpressionAttributeNameMap */
        [303] = {REF(members[303].name_ref, strings[1200]), REF(members[303].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_get_item_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetItemInput.TableName: TableArn */
        [304] = {REF(members[304].name_ref, strings[2543]), REF(members[304].shape_ref, shapes[256]), offsetof(struct awsc_dynamodb_get_item_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetItemInput.Key: Key */
        [305] = {REF(members[305].name_ref, strings[6661]), REF(members[305].shape_ref, shapes[8]), offsetof(struct awsc_dynamodb_get_item_input, attributes_to_get), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetItemInput.AttributesToGet: AttributeNameList */
        [306] = {REF(members[306].name_ref, strings[1864]), REF(members[306].shape_ref, shapes[72]), offsetof(struct awsc_dynamodb_get_item_input, consistent_read), offsetof(struct awsc_dynamodb_get_item_input, has_consistent_read), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetItemInput.ConsistentRead: ConsistentRead */
        [307] = {REF(members[307].name_ref, strings[1350]), REF(members[307].shape_ref, shapes[390]), offsetof(struct awsc_dynamodb_get_item_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetItemInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [308] = {REF(members[308].name_ref, strings[6627]), REF(members[308].shape_ref, shapes[326]), offsetof(struct awsc_dynamodb_get_item_input, projection_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetItemInput.ProjectionExpression: ProjectionExpression */
        [309] = {REF(members[309].name_ref, strings[2567]), REF(members[309].shape_ref, shapes[179]), offsetof(struct awsc_dynamodb_get_item_input, expression_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetItemInput.ExpressionAttributeNames: ExpressionAttributeNameMap */
        [310] = {REF(members[310].name_ref, strings[1566]), REF(members[310].shape_ref, shapes[6]), offsetof(struct awsc_dynamodb_get_item_output, item), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetItemOutput.Item: AttributeMap */
        [311] = {REF(members[311].name_ref, strings[1411]), REF(members[311].shape_ref, shapes[73]), offsetof(struct awsc_dynamodb_get_item_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetItemOutput.ConsumedCapacity: ConsumedCapacity */
        [312] = {REF(members[312].name_ref, strings[4341]), REF(members[312].shape_ref, shapes[380]), offsetof(struct awsc_dynamodb_get_resource_policy_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetResourcePolicyInput.ResourceArn: ResourceArnString */
        [313] = {REF(members[313].name_ref, strings[6738]), REF(members[313].shape_ref, shapes[383]), offsetof(struct awsc_dynamodb_get_resource_policy_output, policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetResourcePolicyOutput.Policy: ResourcePolicy */
        [314] = {REF(members[314].name_ref, strings[4399]), REF(members[314].shape_ref, shapes[320]), offsetof(struct awsc_dynamodb_get_resource_policy_output, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetResourcePolicyOutput.RevisionId: PolicyRevisionId */
        [315] = {REF(members[315].name_ref, strings[3245]), REF(members[315].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_global_secondary_index, index_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndex.IndexName: IndexName */
        [316] = {REF(members[316].name_ref, strings[3325]), REF(members[316].shape_ref, shapes[260]), offsetof(struct awsc_dynamodb_global_secondary_index, key_schema), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndex.KeySchema: KeySchema */
        [317] = {REF(members[317].name_ref, strings[3335]), REF(members[317].shape_ref, shapes[325]), offsetof(struct awsc_dynamodb_global_secondary_index, projection), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndex.Projection: Projection */
        [318] = {REF(members[318].name_ref, strings[3346]), REF(members[318].shape_ref, shapes[328]), offsetof(struct awsc_dynamodb_global_secondary_index, provisioned_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndex.ProvisionedThroughput: ProvisionedThroughput */
        [319] = {REF(members[319].name_ref, strings[3368]), REF(members[319].shape_ref, shapes[307]), offsetof(struct awsc_dynamodb_global_secondary_index, on_demand_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndex.OnDemandThroughput: OnDemandThroughput */
        [320] = {REF(members[320].name_ref, strings[3387]), REF(members[320].shape_ref, shapes[510]), offsetof(struct awsc_dynamodb_global_secondary_index, warm_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndex.WarmThroughput: WarmThroughput */
        [321] = {REF(members[321].name_ref, strings[3245]), REF(members[321].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_global_secondary_index_auto_scaling_update, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndexAutoScalingUpdate.IndexName: IndexName */
        [322] = {REF(members[322].name_ref, strings[6804]), REF(members[322].shape_ref, shapes[19]), offsetof(struct awsc_dynamodb_global_secondary_index_auto_scaling_update, provisioned_write_capacity_auto_scaling_update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndexAutoScalingUpdate.ProvisionedWriteCapacityAutoScalingUpdate: AutoScalingSettingsUpdate */
        [323] = {REF(members[323].name_ref, strings[3245]), REF(members[323].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_global_secondary_index_description, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndexDescription.IndexName: IndexName */
        [324] = {REF(members[324].name_ref, strings[3325]), REF(members[324].shape_ref, shapes[260]), offsetof(struct awsc_dynamodb_global_secondary_index_description, key_schema), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndexDescription.KeySchema: KeySchema */
        [325] = {REF(members[325].name_ref, strings[3335]), REF(members[325].shape_ref, shapes[325]), offsetof(struct awsc_dynamodb_global_secondary_index_description, projection), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndexDescription.Projection: Projection */
        [326] = {REF(members[326].name_ref, strings[6920]), REF(members[326].shape_ref, shapes[234]), offsetof(struct awsc_dynamodb_global_secondary_index_description, index_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndexDescription.IndexStatus: IndexStatus */
        [327] = {REF(members[327].name_ref, strings[896]), REF(members[327].shape_ref, shapes[23]), offsetof(struct awsc_dynamodb_global_secondary_index_description, backfilling), offsetof(struct awsc_dynamodb_global_secondary_index_description, has_backfilling), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndexDescription.Backfilling: Backfilling */
        [328] = {REF(members[328].name_ref, strings[3346]), REF(members[328].shape_ref, shapes[329]), offsetof(struct awsc_dynamodb_global_secondary_index_description, provisioned_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndexDescription.ProvisionedThroughput: ProvisionedThroughputDescription */
        [329] = {REF(members[329].name_ref, strings[6932]), REF(members[329].shape_ref, shapes[297]), offsetof(struct awsc_dynamodb_global_secondary_index_description, index_size_bytes), offsetof(struct awsc_dynamodb_global_secondary_index_description, has_index_size_bytes), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndexDescription.IndexSizeBytes: LongObject */
        [330] = {REF(members[330].name_ref, strings[6121]), REF(members[330].shape_ref, shapes[297]), offsetof(struct awsc_dynamodb_global_secondary_index_description, item_count), offsetof(struct awsc_dynamodb_global_secondary_index_description, has_item_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndexDescription.ItemCount: LongObject */
        [331] = {REF(members[331].name_ref, strings[6947]), REF(members[331].shape_ref, shapes[427]), offsetof(struct awsc_dynamodb_global_secondary_index_description, index_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndexDescription.IndexArn: String */
        [332] = {REF(members[332].name_ref, strings[3368]), REF(members[332].shape_ref, shapes[307]), offsetof(struct awsc_dynamodb_global_secondary_index_description, on_demand_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndexDescription.OnDemandThroughput: OnDemandThroughput */
        [333] = {REF(members[333].name_ref, strings[3387]), REF(members[333].shape_ref, shapes[201]), offsetof(struct awsc_dynamodb_global_secondary_index_description, warm_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndexDescription.WarmThroughput: GlobalSecondaryIndexWarmThroughputDescription */
        [334] = {REF(members[334].name_ref, strings[3245]), REF(members[334].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_global_secondary_index_info, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndexInfo.IndexName: IndexName */
        [335] = {REF(members[335].name_ref, strings[3325]), REF(members[335].shape_ref, shapes[260]), offsetof(struct awsc_dynamodb_global_secondary_index_info, key_schema), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndexInfo.KeySchema: KeySchema */
        [336] = {REF(members[336].name_ref, strings[3335]), REF(members[336].shape_ref, shapes[325]), offsetof(struct awsc_dynamodb_global_secondary_index_info, projection), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndexInfo.Projection: Projection */
        [337] = {REF(members[337].name_ref, strings[3346]), REF(members[337].shape_ref, shapes[328]), offsetof(struct awsc_dynamodb_global_secondary_index_info, provisioned_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndexInfo.ProvisionedThroughput: ProvisionedThroughput */
        [338] = {REF(members[338].name_ref, strings[3368]), REF(members[338].shape_ref, shapes[307]), offsetof(struct awsc_dynamodb_global_secondary_index_info, on_demand_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndexInfo.OnDemandThroughput: OnDemandThroughput */
        [339] = {REF(members[339].name_ref, strings[7069]), REF(members[339].shape_ref, shapes[480]), offsetof(struct awsc_dynamodb_global_secondary_index_update, update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndexUpdate.Update: UpdateGlobalSecondaryIndexAction */
        [340] = {REF(members[340].name_ref, strings[7076]), REF(members[340].shape_ref, shapes[88]), offsetof(struct awsc_dynamodb_global_secondary_index_update, create), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndexUpdate.Create: CreateGlobalSecondaryIndexAction */
        [341] = {REF(members[341].name_ref, strings[4061]), REF(members[341].shape_ref, shapes[105]), offsetof(struct awsc_dynamodb_global_secondary_index_update, delete_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndexUpdate.Delete: DeleteGlobalSecondaryIndexAction */
        [342] = {REF(members[342].name_ref, strings[7160]), REF(members[342].shape_ref, shapes[322]), offsetof(struct awsc_dynamodb_global_secondary_index_warm_throughput_description, read_units_per_second), offsetof(struct awsc_dynamodb_global_secondary_index_warm_throughput_description, has_read_units_per_second), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndexWarmThroughputDescription.ReadUnitsPerSecond: PositiveLongObject */
        [343] = {REF(members[343].name_ref, strings[7179]), REF(members[343].shape_ref, shapes[322]), offsetof(struct awsc_dynamodb_global_secondary_index_warm_throughput_description, write_units_per_second), offsetof(struct awsc_dynamodb_global_secondary_index_warm_throughput_description, has_write_units_per_second), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndexWarmThroughputDescription.WriteUnitsPerSecond: PositiveLongObject */
        [344] = {REF(members[344].name_ref, strings[7199]), REF(members[344].shape_ref, shapes[234]), offsetof(struct awsc_dynamodb_global_secondary_index_warm_throughput_description, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalSecondaryIndexWarmThroughputDescription.Status: IndexStatus */
        [345] = {REF(members[345].name_ref, strings[3425]), REF(members[345].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_global_table, global_table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalTable.GlobalTableName: TableName */
        [346] = {REF(members[346].name_ref, strings[3441]), REF(members[346].shape_ref, shapes[364]), offsetof(struct awsc_dynamodb_global_table, replication_group), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalTable.ReplicationGroup: ReplicaList */
        [347] = {REF(members[347].name_ref, strings[1111]), REF(members[347].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_global_table_already_exists_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalTableAlreadyExistsException.message: ErrorMessage */
        [348] = {REF(members[348].name_ref, strings[3441]), REF(members[348].shape_ref, shapes[351]), offsetof(struct awsc_dynamodb_global_table_description, replication_group), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalTableDescription.ReplicationGroup: ReplicaDescriptionList */
        [349] = {REF(members[349].name_ref, strings[7273]), REF(members[349].shape_ref, shapes[205]), offsetof(struct awsc_dynamodb_global_table_description, global_table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalTableDescription.GlobalTableArn: GlobalTableArnString */
        [350] = {REF(members[350].name_ref, strings[7288]), REF(members[350].shape_ref, shapes[101]), offsetof(struct awsc_dynamodb_global_table_description, creation_date_time), offsetof(struct awsc_dynamodb_global_table_description, has_creation_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalTableDescription.CreationDateTime: Date */
        [351] = {REF(members[351].name_ref, strings[7305]), REF(members[351].shape_ref, shapes[212]), offsetof(struct awsc_dynamodb_global_table_description, global_table_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalTableDescription.GlobalTableStatus: GlobalTableStatus */
        [352] = {REF(members[352].name_ref, strings[3425]), REF(members[352].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_global_table_description, global_table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalTableDescription.GlobalTableName: TableName */
        [353] = {REF(members[353].name_ref, strings[3245]), REF(members[353].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_global_table_global_secondary_index_settings_update, index_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalTableGlobalSecondaryIndexSettingsUpdate.IndexName: IndexName */
        [354] = {REF(members[354].name_ref, strings[7369]), REF(members[354].shape_ref, shapes[322]), offsetof(struct awsc_dynamodb_global_table_global_secondary_index_settings_update, provisioned_write_capacity_units), offsetof(struct awsc_dynamodb_global_table_global_secondary_index_settings_update, has_provisioned_write_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalTableGlobalSecondaryIndexSettingsUpdate.ProvisionedWriteCapacityUnits: PositiveLongObject */
        [355] = {REF(members[355].name_ref, strings[7399]), REF(members[355].shape_ref, shapes[19]), offsetof(struct awsc_dynamodb_global_table_global_secondary_index_settings_update, provisioned_write_capacity_auto_scaling_settings_update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalTableGlobalSecondaryIndexSettingsUpdate.ProvisionedWriteCapacityAutoScalingSettingsUpdate: AutoScalingSettingsUpdate */
        [356] = {REF(members[356].name_ref, strings[1111]), REF(members[356].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_global_table_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalTableNotFoundException.message: ErrorMessage */
        [357] = {REF(members[357].name_ref, strings[3547]), REF(members[357].shape_ref, shapes[343]), offsetof(struct awsc_dynamodb_global_table_witness_description, region_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalTableWitnessDescription.RegionName: RegionName */
        [358] = {REF(members[358].name_ref, strings[7648]), REF(members[358].shape_ref, shapes[511]), offsetof(struct awsc_dynamodb_global_table_witness_description, witness_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalTableWitnessDescription.WitnessStatus: WitnessStatus */
        [359] = {REF(members[359].name_ref, strings[7076]), REF(members[359].shape_ref, shapes[91]), offsetof(struct awsc_dynamodb_global_table_witness_group_update, create), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalTableWitnessGroupUpdate.Create: CreateGlobalTableWitnessGroupMemberAction */
        [360] = {REF(members[360].name_ref, strings[4061]), REF(members[360].shape_ref, shapes[106]), offsetof(struct awsc_dynamodb_global_table_witness_group_update, delete_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GlobalTableWitnessGroupUpdate.Delete: DeleteGlobalTableWitnessGroupMemberAction */
        [361] = {REF(members[361].name_ref, strings[1558]), REF(members[361].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_idempotent_parameter_mismatch_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IdempotentParameterMismatchException.Message: ErrorMessage */
        [362] = {REF(members[362].name_ref, strings[1111]), REF(members[362].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_import_conflict_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportConflictException.message: ErrorMessage */
        [363] = {REF(members[363].name_ref, strings[1111]), REF(members[363].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_import_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportNotFoundException.message: ErrorMessage */
        [364] = {REF(members[364].name_ref, strings[4960]), REF(members[364].shape_ref, shapes[218]), offsetof(struct awsc_dynamodb_import_summary, import_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportSummary.ImportArn: ImportArn */
        [365] = {REF(members[365].name_ref, strings[7891]), REF(members[365].shape_ref, shapes[224]), offsetof(struct awsc_dynamodb_import_summary, import_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportSummary.ImportStatus: ImportStatus */
        [366] = {REF(members[366].name_ref, strings[1218]), REF(members[366].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_import_summary, table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportSummary.TableArn: TableArn */
        [367] = {REF(members[367].name_ref, strings[7968]), REF(members[367].shape_ref, shapes[396]), offsetof(struct awsc_dynamodb_import_summary, s3_bucket_source), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportSummary.S3BucketSource: S3BucketSource */
        [368] = {REF(members[368].name_ref, strings[2400]), REF(members[368].shape_ref, shapes[63]), offsetof(struct awsc_dynamodb_import_summary, cloud_watch_log_group_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportSummary.CloudWatchLogGroupArn: CloudWatchLogGroupArn */
        [369] = {REF(members[369].name_ref, strings[7983]), REF(members[369].shape_ref, shapes[236]), offsetof(struct awsc_dynamodb_import_summary, input_format), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportSummary.InputFormat: InputFormat */
        [370] = {REF(members[370].name_ref, strings[5976]), REF(members[370].shape_ref, shapes[223]), offsetof(struct awsc_dynamodb_import_summary, start_time), offsetof(struct awsc_dynamodb_import_summary, has_start_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportSummary.StartTime: ImportStartTime */
        [371] = {REF(members[371].name_ref, strings[5986]), REF(members[371].shape_ref, shapes[220]), offsetof(struct awsc_dynamodb_import_summary, end_time), offsetof(struct awsc_dynamodb_import_summary, has_end_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportSummary.EndTime: ImportEndTime */
        [372] = {REF(members[372].name_ref, strings[4960]), REF(members[372].shape_ref, shapes[218]), offsetof(struct awsc_dynamodb_import_table_description, import_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportTableDescription.ImportArn: ImportArn */
        [373] = {REF(members[373].name_ref, strings[7891]), REF(members[373].shape_ref, shapes[224]), offsetof(struct awsc_dynamodb_import_table_description, import_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportTableDescription.ImportStatus: ImportStatus */
        [374] = {REF(members[374].name_ref, strings[1218]), REF(members[374].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_import_table_description, table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportTableDescription.TableArn: TableArn */
        [375] = {REF(members[375].name_ref, strings[1210]), REF(members[375].shape_ref, shapes[438]), offsetof(struct awsc_dynamodb_import_table_description, table_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportTableDescription.TableId: TableId */
        [376] = {REF(members[376].name_ref, strings[2388]), REF(members[376].shape_ref, shapes[62]), offsetof(struct awsc_dynamodb_import_table_description, client_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportTableDescription.ClientToken: ClientToken */
        [377] = {REF(members[377].name_ref, strings[7968]), REF(members[377].shape_ref, shapes[396]), offsetof(struct awsc_dynamodb_import_table_description, s3_bucket_source), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportTableDescription.S3BucketSource: S3BucketSource */
        [378] = {REF(members[378].name_ref, strings[5677]), REF(members[378].shape_ref, shapes[150]), offsetof(struct awsc_dynamodb_import_table_description, error_count), offsetof(struct awsc_dynamodb_import_table_description, has_error_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportTableDescription.ErrorCount: ErrorCount */
        [379] = {REF(members[379].name_ref, strings[2400]), REF(members[379].shape_ref, shapes[63]), offsetof(struct awsc_dynamodb_import_table_description, cloud_watch_log_group_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportTableDescription.CloudWatchLogGroupArn: CloudWatchLogGroupArn */
        [380] = {REF(members[380].name_ref, strings[7983]), REF(members[380].shape_ref, shapes[236]), offsetof(struct awsc_dynamodb_import_table_description, input_format), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportTableDescription.InputFormat: InputFormat */
        [381] = {REF(members[381].name_ref, strings[8013]), REF(members[381].shape_ref, shapes[237]), offsetof(struct awsc_dynamodb_import_table_description, input_format_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportTableDescription.InputFormatOptions: InputFormatOptions */
        [382] = {REF(members[382].name_ref, strings[8032]), REF(members[382].shape_ref, shapes[235]), offsetof(struct awsc_dynamodb_import_table_description, input_compression_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportTableDescription.InputCompressionType: InputCompressionType */
        [383] = {REF(members[383].name_ref, strings[8053]), REF(members[383].shape_ref, shapes[436]), offsetof(struct awsc_dynamodb_import_table_description, table_creation_parameters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportTableDescription.TableCreationParameters: TableCreationParameters */
        [384] = {REF(members[384].name_ref, strings[5976]), REF(members[384].shape_ref, shapes[223]), offsetof(struct awsc_dynamodb_import_table_description, start_time), offsetof(struct awsc_dynamodb_import_table_description, has_start_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportTableDescription.StartTime: ImportStartTime */
        [385] = {REF(members[385].name_ref, strings[5986]), REF(members[385].shape_ref, shapes[220]), offsetof(struct awsc_dynamodb_import_table_description, end_time), offsetof(struct awsc_dynamodb_import_table_description, has_end_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportTableDescription.EndTime: ImportEndTime */
        [386] = {REF(members[386].name_ref, strings[8077]), REF(members[386].shape_ref, shapes[297]), offsetof(struct awsc_dynamodb_import_table_description, processed_size_bytes), offsetof(struct awsc_dynamodb_import_table_description, has_processed_size_bytes), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportTableDescription.ProcessedSizeBytes: LongObject */
        [387] = {REF(members[387].name_ref, strings[8096]), REF(members[387].shape_ref, shapes[324]), offsetof(struct awsc_dynamodb_import_table_description, processed_item_count), offsetof(struct awsc_dynamodb_import_table_description, has_processed_item_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportTableDescription.ProcessedItemCount: ProcessedItemCount */
        [388] = {REF(members[388].name_ref, strings[8115]), REF(members[388].shape_ref, shapes[230]), offsetof(struct awsc_dynamodb_import_table_description, imported_item_count), offsetof(struct awsc_dynamodb_import_table_description, has_imported_item_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportTableDescription.ImportedItemCount: ImportedItemCount */
        [389] = {REF(members[389].name_ref, strings[6081]), REF(members[389].shape_ref, shapes[183]), offsetof(struct awsc_dynamodb_import_table_description, failure_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportTableDescription.FailureCode: FailureCode */
        [390] = {REF(members[390].name_ref, strings[6093]), REF(members[390].shape_ref, shapes[185]), offsetof(struct awsc_dynamodb_import_table_description, failure_message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportTableDescription.FailureMessage: FailureMessage */
        [391] = {REF(members[391].name_ref, strings[2388]), REF(members[391].shape_ref, shapes[62]), offsetof(struct awsc_dynamodb_import_table_input, client_token), AWSC_NO_PRESENCE, AWSC_MF_IDEMPOTENCY_TOKEN, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportTableInput.ClientToken: ClientToken */
        [392] = {REF(members[392].name_ref, strings[7968]), REF(members[392].shape_ref, shapes[396]), offsetof(struct awsc_dynamodb_import_table_input, s3_bucket_source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportTableInput.S3BucketSource: S3BucketSource */
        [393] = {REF(members[393].name_ref, strings[7983]), REF(members[393].shape_ref, shapes[236]), offsetof(struct awsc_dynamodb_import_table_input, input_format), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportTableInput.InputFormat: InputFormat */
        [394] = {REF(members[394].name_ref, strings[8013]), REF(members[394].shape_ref, shapes[237]), offsetof(struct awsc_dynamodb_import_table_input, input_format_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportTableInput.InputFormatOptions: InputFormatOptions */
        [395] = {REF(members[395].name_ref, strings[8032]), REF(members[395].shape_ref, shapes[235]), offsetof(struct awsc_dynamodb_import_table_input, input_compression_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportTableInput.InputCompressionType: InputCompressionType */
        [396] = {REF(members[396].name_ref, strings[8053]), REF(members[396].shape_ref, shapes[436]), offsetof(struct awsc_dynamodb_import_table_input, table_creation_parameters), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportTableInput.TableCreationParameters: TableCreationParameters */
        [397] = {REF(members[397].name_ref, strings[4991]), REF(members[397].shape_ref, shapes[227]), offsetof(struct awsc_dynamodb_import_table_output, import_table_description), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportTableOutput.ImportTableDescription: ImportTableDescription */
        [398] = {REF(members[398].name_ref, strings[6205]), REF(members[398].shape_ref, shapes[165]), offsetof(struct awsc_dynamodb_incremental_export_specification, export_from_time), offsetof(struct awsc_dynamodb_incremental_export_specification, has_export_from_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IncrementalExportSpecification.ExportFromTime: ExportFromTime */
        [399] = {REF(members[399].name_ref, strings[6396]), REF(members[399].shape_ref, shapes[176]), offsetof(struct awsc_dynamodb_incremental_export_specification, export_to_time), offsetof(struct awsc_dynamodb_incremental_export_specification, has_export_to_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IncrementalExportSpecification.ExportToTime: ExportToTime */
        [400] = {REF(members[400].name_ref, strings[6440]), REF(members[400].shape_ref, shapes[178]), offsetof(struct awsc_dynamodb_incremental_export_specification, export_view_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IncrementalExportSpecification.ExportViewType: ExportViewType */
        [401] = {REF(members[401].name_ref, strings[1111]), REF(members[401].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_index_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IndexNotFoundException.message: ErrorMessage */
        [402] = {REF(members[402].name_ref, strings[8262]), REF(members[402].shape_ref, shapes[100]), offsetof(struct awsc_dynamodb_input_format_options, csv), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InputFormatOptions.Csv: CsvOptions */
        [403] = {REF(members[403].name_ref, strings[1111]), REF(members[403].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_internal_server_error, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InternalServerError.message: ErrorMessage */
        [404] = {REF(members[404].name_ref, strings[1111]), REF(members[404].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_invalid_export_time_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidExportTimeException.message: ErrorMessage */
        [405] = {REF(members[405].name_ref, strings[1111]), REF(members[405].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_invalid_restore_time_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidRestoreTimeException.message: ErrorMessage */
        [406] = {REF(members[406].name_ref, strings[8393]), REF(members[406].shape_ref, shapes[243]), offsetof(struct awsc_dynamodb_item_collection_metrics, item_collection_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ItemCollectionMetrics.ItemCollectionKey: ItemCollectionKeyAttributeMap */
        [407] = {REF(members[407].name_ref, strings[8411]), REF(members[407].shape_ref, shapes[248]), offsetof(struct awsc_dynamodb_item_collection_metrics, size_estimate_range_gb), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ItemCollectionMetrics.SizeEstimateRangeGB: ItemCollectionSizeEstimateRange */
        [408] = {REF(members[408].name_ref, strings[1111]), REF(members[408].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_item_collection_size_limit_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ItemCollectionSizeLimitExceededException.message: ErrorMessage */
        [409] = {REF(members[409].name_ref, strings[1566]), REF(members[409].shape_ref, shapes[6]), offsetof(struct awsc_dynamodb_item_response, item), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ItemResponse.Item: AttributeMap */
        [410] = {REF(members[410].name_ref, strings[178]), REF(members[410].shape_ref, shapes[261]), offsetof(struct awsc_dynamodb_key_schema_element, attribute_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KeySchemaElement.AttributeName: KeySchemaAttributeName */
        [411] = {REF(members[411].name_ref, strings[8727]), REF(members[411].shape_ref, shapes[263]), offsetof(struct awsc_dynamodb_key_schema_element, key_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KeySchemaElement.KeyType: KeyType */
        [412] = {REF(members[412].name_ref, strings[8764]), REF(members[412].shape_ref, shapes[259]), offsetof(struct awsc_dynamodb_keys_and_attributes, keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KeysAndAttributes.Keys: KeyList */
        [413] = {REF(members[413].name_ref, strings[6661]), REF(members[413].shape_ref, shapes[8]), offsetof(struct awsc_dynamodb_keys_and_attributes, attributes_to_get), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KeysAndAttributes.AttributesToGet: AttributeNameList */
        [414] = {REF(members[414].name_ref, strings[1864]), REF(members[414].shape_ref, shapes[72]), offsetof(struct awsc_dynamodb_keys_and_attributes, consistent_read), offsetof(struct awsc_dynamodb_keys_and_attributes, has_consistent_read), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KeysAndAttributes.ConsistentRead: ConsistentRead */
        [415] = {REF(members[415].name_ref, strings[6627]), REF(members[415].shape_ref, shapes[326]), offsetof(struct awsc_dynamodb_keys_and_attributes, projection_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KeysAndAttributes.ProjectionExpression: ProjectionExpression */
        [416] = {REF(members[416].name_ref, strings[2567]), REF(members[416].shape_ref, shapes[179]), offsetof(struct awsc_dynamodb_keys_and_attributes, expression_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KeysAndAttributes.ExpressionAttributeNames: ExpressionAttributeNameMap */
        [417] = {REF(members[417].name_ref, strings[8798]), REF(members[417].shape_ref, shapes[423]), offsetof(struct awsc_dynamodb_kinesis_data_stream_destination, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KinesisDataStreamDestination.StreamArn: StreamArn */
        [418] = {REF(members[418].name_ref, strings[5491]), REF(members[418].shape_ref, shapes[144]), offsetof(struct awsc_dynamodb_kinesis_data_stream_destination, destination_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KinesisDataStreamDestination.DestinationStatus: DestinationStatus */
        [419] = {REF(members[419].name_ref, strings[8808]), REF(members[419].shape_ref, shapes[427]), offsetof(struct awsc_dynamodb_kinesis_data_stream_destination, destination_status_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KinesisDataStreamDestination.DestinationStatusDescription: String */
        [420] = {REF(members[420].name_ref, strings[0]), REF(members[420].shape_ref, shapes[0]), offsetof(struct awsc_dynamodb_kinesis_data_stream_destination, approximate_creation_date_time_precision), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KinesisDataStreamDestination.ApproximateCreationDateTimePrecision: ApproximateCreationDateTimePrecision */
        [421] = {REF(members[421].name_ref, strings[1200]), REF(members[421].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_kinesis_streaming_destination_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KinesisStreamingDestinationInput.TableName: TableArn */
        [422] = {REF(members[422].name_ref, strings[8798]), REF(members[422].shape_ref, shapes[423]), offsetof(struct awsc_dynamodb_kinesis_streaming_destination_input, stream_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KinesisStreamingDestinationInput.StreamArn: StreamArn */
        [423] = {REF(members[423].name_ref, strings[5603]), REF(members[423].shape_ref, shapes[147]), offsetof(struct awsc_dynamodb_kinesis_streaming_destination_input, enable_kinesis_streaming_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KinesisStreamingDestinationInput.EnableKinesisStreamingConfiguration: EnableKinesisStreamingConfiguration */
        [424] = {REF(members[424].name_ref, strings[1200]), REF(members[424].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_kinesis_streaming_destination_output, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KinesisStreamingDestinationOutput.TableName: TableName */
        [425] = {REF(members[425].name_ref, strings[8798]), REF(members[425].shape_ref, shapes[423]), offsetof(struct awsc_dynamodb_kinesis_streaming_destination_output, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KinesisStreamingDestinationOutput.StreamArn: StreamArn */
        [426] = {REF(members[426].name_ref, strings[5491]), REF(members[426].shape_ref, shapes[144]), offsetof(struct awsc_dynamodb_kinesis_streaming_destination_output, destination_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KinesisStreamingDestinationOutput.DestinationStatus: DestinationStatus */
        [427] = {REF(members[427].name_ref, strings[5603]), REF(members[427].shape_ref, shapes[147]), offsetof(struct awsc_dynamodb_kinesis_streaming_destination_output, enable_kinesis_streaming_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KinesisStreamingDestinationOutput.EnableKinesisStreamingConfiguration: EnableKinesisStreamingConfiguration */
        [428] = {REF(members[428].name_ref, strings[1111]), REF(members[428].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_limit_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LimitExceededException.message: ErrorMessage */
        [429] = {REF(members[429].name_ref, strings[1200]), REF(members[429].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_list_backups_input, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBackupsInput.TableName: TableArn */
        [430] = {REF(members[430].name_ref, strings[5768]), REF(members[430].shape_ref, shapes[37]), offsetof(struct awsc_dynamodb_list_backups_input, limit), offsetof(struct awsc_dynamodb_list_backups_input, has_limit), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBackupsInput.Limit: BackupsInputLimit */
        [431] = {REF(members[431].name_ref, strings[8963]), REF(members[431].shape_ref, shapes[454]), offsetof(struct awsc_dynamodb_list_backups_input, time_range_lower_bound), offsetof(struct awsc_dynamodb_list_backups_input, has_time_range_lower_bound), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBackupsInput.TimeRangeLowerBound: TimeRangeLowerBound */
        [432] = {REF(members[432].name_ref, strings[8983]), REF(members[432].shape_ref, shapes[455]), offsetof(struct awsc_dynamodb_list_backups_input, time_range_upper_bound), offsetof(struct awsc_dynamodb_list_backups_input, has_time_range_upper_bound), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBackupsInput.TimeRangeUpperBound: TimeRangeUpperBound */
        [433] = {REF(members[433].name_ref, strings[9003]), REF(members[433].shape_ref, shapes[24]), offsetof(struct awsc_dynamodb_list_backups_input, exclusive_start_backup_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBackupsInput.ExclusiveStartBackupArn: BackupArn */
        [434] = {REF(members[434].name_ref, strings[1058]), REF(members[434].shape_ref, shapes[36]), offsetof(struct awsc_dynamodb_list_backups_input, backup_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBackupsInput.BackupType: BackupTypeFilter */
        [435] = {REF(members[435].name_ref, strings[1170]), REF(members[435].shape_ref, shapes[33]), offsetof(struct awsc_dynamodb_list_backups_output, backup_summaries), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBackupsOutput.BackupSummaries: BackupSummaries */
        [436] = {REF(members[436].name_ref, strings[9045]), REF(members[436].shape_ref, shapes[24]), offsetof(struct awsc_dynamodb_list_backups_output, last_evaluated_backup_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListBackupsOutput.LastEvaluatedBackupArn: BackupArn */
        [437] = {REF(members[437].name_ref, strings[1200]), REF(members[437].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_list_contributor_insights_input, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListContributorInsightsInput.TableName: TableArn */
        [438] = {REF(members[438].name_ref, strings[5758]), REF(members[438].shape_ref, shapes[300]), offsetof(struct awsc_dynamodb_list_contributor_insights_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListContributorInsightsInput.NextToken: NextTokenString */
        [439] = {REF(members[439].name_ref, strings[9097]), REF(members[439].shape_ref, shapes[275]), offsetof(struct awsc_dynamodb_list_contributor_insights_input, max_results), offsetof(struct awsc_dynamodb_list_contributor_insights_input, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListContributorInsightsInput.MaxResults: ListContributorInsightsLimit */
        [440] = {REF(members[440].name_ref, strings[3189]), REF(members[440].shape_ref, shapes[84]), offsetof(struct awsc_dynamodb_list_contributor_insights_output, contributor_insights_summaries), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListContributorInsightsOutput.ContributorInsightsSummaries: ContributorInsightsSummaries */
        [441] = {REF(members[441].name_ref, strings[5758]), REF(members[441].shape_ref, shapes[300]), offsetof(struct awsc_dynamodb_list_contributor_insights_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListContributorInsightsOutput.NextToken: NextTokenString */
        [442] = {REF(members[442].name_ref, strings[1218]), REF(members[442].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_list_exports_input, table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListExportsInput.TableArn: TableArn */
        [443] = {REF(members[443].name_ref, strings[9097]), REF(members[443].shape_ref, shapes[278]), offsetof(struct awsc_dynamodb_list_exports_input, max_results), offsetof(struct awsc_dynamodb_list_exports_input, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListExportsInput.MaxResults: ListExportsMaxLimit */
        [444] = {REF(members[444].name_ref, strings[5758]), REF(members[444].shape_ref, shapes[167]), offsetof(struct awsc_dynamodb_list_exports_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListExportsInput.NextToken: ExportNextToken */
        [445] = {REF(members[445].name_ref, strings[6305]), REF(members[445].shape_ref, shapes[171]), offsetof(struct awsc_dynamodb_list_exports_output, export_summaries), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListExportsOutput.ExportSummaries: ExportSummaries */
        [446] = {REF(members[446].name_ref, strings[5758]), REF(members[446].shape_ref, shapes[167]), offsetof(struct awsc_dynamodb_list_exports_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListExportsOutput.NextToken: ExportNextToken */
        [447] = {REF(members[447].name_ref, strings[9244]), REF(members[447].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_list_global_tables_input, exclusive_start_global_table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListGlobalTablesInput.ExclusiveStartGlobalTableName: TableName */
        [448] = {REF(members[448].name_ref, strings[5768]), REF(members[448].shape_ref, shapes[321]), offsetof(struct awsc_dynamodb_list_global_tables_input, limit), offsetof(struct awsc_dynamodb_list_global_tables_input, has_limit), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListGlobalTablesInput.Limit: PositiveIntegerObject */
        [449] = {REF(members[449].name_ref, strings[3547]), REF(members[449].shape_ref, shapes[343]), offsetof(struct awsc_dynamodb_list_global_tables_input, region_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListGlobalTablesInput.RegionName: RegionName */
        [450] = {REF(members[450].name_ref, strings[9297]), REF(members[450].shape_ref, shapes[209]), offsetof(struct awsc_dynamodb_list_global_tables_output, global_tables), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListGlobalTablesOutput.GlobalTables: GlobalTableList */
        [451] = {REF(members[451].name_ref, strings[9310]), REF(members[451].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_list_global_tables_output, last_evaluated_global_table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListGlobalTablesOutput.LastEvaluatedGlobalTableName: TableName */
        [452] = {REF(members[452].name_ref, strings[1218]), REF(members[452].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_list_imports_input, table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListImportsInput.TableArn: TableArn */
        [453] = {REF(members[453].name_ref, strings[9356]), REF(members[453].shape_ref, shapes[283]), offsetof(struct awsc_dynamodb_list_imports_input, page_size), offsetof(struct awsc_dynamodb_list_imports_input, has_page_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListImportsInput.PageSize: ListImportsMaxLimit */
        [454] = {REF(members[454].name_ref, strings[5758]), REF(members[454].shape_ref, shapes[221]), offsetof(struct awsc_dynamodb_list_imports_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListImportsInput.NextToken: ImportNextToken */
        [455] = {REF(members[455].name_ref, strings[7995]), REF(members[455].shape_ref, shapes[226]), offsetof(struct awsc_dynamodb_list_imports_output, import_summary_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListImportsOutput.ImportSummaryList: ImportSummaryList */
        [456] = {REF(members[456].name_ref, strings[5758]), REF(members[456].shape_ref, shapes[221]), offsetof(struct awsc_dynamodb_list_imports_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListImportsOutput.NextToken: ImportNextToken */
        [457] = {REF(members[457].name_ref, strings[9419]), REF(members[457].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_list_tables_input, exclusive_start_table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTablesInput.ExclusiveStartTableName: TableName */
        [458] = {REF(members[458].name_ref, strings[5768]), REF(members[458].shape_ref, shapes[286]), offsetof(struct awsc_dynamodb_list_tables_input, limit), offsetof(struct awsc_dynamodb_list_tables_input, has_limit), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTablesInput.Limit: ListTablesInputLimit */
        [459] = {REF(members[459].name_ref, strings[9481]), REF(members[459].shape_ref, shapes[441]), offsetof(struct awsc_dynamodb_list_tables_output, table_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTablesOutput.TableNames: TableNameList */
        [460] = {REF(members[460].name_ref, strings[9492]), REF(members[460].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_list_tables_output, last_evaluated_table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTablesOutput.LastEvaluatedTableName: TableName */
        [461] = {REF(members[461].name_ref, strings[4341]), REF(members[461].shape_ref, shapes[380]), offsetof(struct awsc_dynamodb_list_tags_of_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTagsOfResourceInput.ResourceArn: ResourceArnString */
        [462] = {REF(members[462].name_ref, strings[5758]), REF(members[462].shape_ref, shapes[300]), offsetof(struct awsc_dynamodb_list_tags_of_resource_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTagsOfResourceInput.NextToken: NextTokenString */
        [463] = {REF(members[463].name_ref, strings[3758]), REF(members[463].shape_ref, shapes[448]), offsetof(struct awsc_dynamodb_list_tags_of_resource_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTagsOfResourceOutput.Tags: TagList */
        [464] = {REF(members[464].name_ref, strings[5758]), REF(members[464].shape_ref, shapes[300]), offsetof(struct awsc_dynamodb_list_tags_of_resource_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTagsOfResourceOutput.NextToken: NextTokenString */
        [465] = {REF(members[465].name_ref, strings[3245]), REF(members[465].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_local_secondary_index, index_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LocalSecondaryIndex.IndexName: IndexName */
        [466] = {REF(members[466].name_ref, strings[3325]), REF(members[466].shape_ref, shapes[260]), offsetof(struct awsc_dynamodb_local_secondary_index, key_schema), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LocalSecondaryIndex.KeySchema: KeySchema */
        [467] = {REF(members[467].name_ref, strings[3335]), REF(members[467].shape_ref, shapes[325]), offsetof(struct awsc_dynamodb_local_secondary_index, projection), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LocalSecondaryIndex.Projection: Projection */
        [468] = {REF(members[468].name_ref, strings[3245]), REF(members[468].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_local_secondary_index_description, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LocalSecondaryIndexDescription.IndexName: IndexName */
        [469] = {REF(members[469].name_ref, strings[3325]), REF(members[469].shape_ref, shapes[260]), offsetof(struct awsc_dynamodb_local_secondary_index_description, key_schema), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LocalSecondaryIndexDescription.KeySchema: KeySchema */
        [470] = {REF(members[470].name_ref, strings[3335]), REF(members[470].shape_ref, shapes[325]), offsetof(struct awsc_dynamodb_local_secondary_index_description, projection), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LocalSecondaryIndexDescription.Projection: Projection */
        [471] = {REF(members[471].name_ref, strings[6932]), REF(members[471].shape_ref, shapes[297]), offsetof(struct awsc_dynamodb_local_secondary_index_description, index_size_bytes), offsetof(struct awsc_dynamodb_local_secondary_index_description, has_index_size_bytes), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LocalSecondaryIndexDescription.IndexSizeBytes: LongObject */
        [472] = {REF(members[472].name_ref, strings[6121]), REF(members[472].shape_ref, shapes[297]), offsetof(struct awsc_dynamodb_local_secondary_index_description, item_count), offsetof(struct awsc_dynamodb_local_secondary_index_description, has_item_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LocalSecondaryIndexDescription.ItemCount: LongObject */
        [473] = {REF(members[473].name_ref, strings[6947]), REF(members[473].shape_ref, shapes[427]), offsetof(struct awsc_dynamodb_local_secondary_index_description, index_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LocalSecondaryIndexDescription.IndexArn: String */
        [474] = {REF(members[474].name_ref, strings[3245]), REF(members[474].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_local_secondary_index_info, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LocalSecondaryIndexInfo.IndexName: IndexName */
        [475] = {REF(members[475].name_ref, strings[3325]), REF(members[475].shape_ref, shapes[260]), offsetof(struct awsc_dynamodb_local_secondary_index_info, key_schema), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LocalSecondaryIndexInfo.KeySchema: KeySchema */
        [476] = {REF(members[476].name_ref, strings[3335]), REF(members[476].shape_ref, shapes[325]), offsetof(struct awsc_dynamodb_local_secondary_index_info, projection), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LocalSecondaryIndexInfo.Projection: Projection */
        [477] = {REF(members[477].name_ref, strings[9917]), REF(members[477].shape_ref, shapes[297]), offsetof(struct awsc_dynamodb_on_demand_throughput, max_read_request_units), offsetof(struct awsc_dynamodb_on_demand_throughput, has_max_read_request_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OnDemandThroughput.MaxReadRequestUnits: LongObject */
        [478] = {REF(members[478].name_ref, strings[9937]), REF(members[478].shape_ref, shapes[297]), offsetof(struct awsc_dynamodb_on_demand_throughput, max_write_request_units), offsetof(struct awsc_dynamodb_on_demand_throughput, has_max_write_request_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OnDemandThroughput.MaxWriteRequestUnits: LongObject */
        [479] = {REF(members[479].name_ref, strings[9917]), REF(members[479].shape_ref, shapes[297]), offsetof(struct awsc_dynamodb_on_demand_throughput_override, max_read_request_units), offsetof(struct awsc_dynamodb_on_demand_throughput_override, has_max_read_request_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OnDemandThroughputOverride.MaxReadRequestUnits: LongObject */
        [480] = {REF(members[480].name_ref, strings[1843]), REF(members[480].shape_ref, shapes[314]), offsetof(struct awsc_dynamodb_parameterized_statement, statement), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ParameterizedStatement.Statement: PartiQLStatement */
        [481] = {REF(members[481].name_ref, strings[1853]), REF(members[481].shape_ref, shapes[323]), offsetof(struct awsc_dynamodb_parameterized_statement, parameters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ParameterizedStatement.Parameters: PreparedStatementParameters */
        [482] = {REF(members[482].name_ref, strings[1879]), REF(members[482].shape_ref, shapes[393]), offsetof(struct awsc_dynamodb_parameterized_statement, return_values_on_condition_check_failure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ParameterizedStatement.ReturnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure */
        [483] = {REF(members[483].name_ref, strings[10080]), REF(members[483].shape_ref, shapes[317]), offsetof(struct awsc_dynamodb_point_in_time_recovery_description, point_in_time_recovery_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PointInTimeRecoveryDescription.PointInTimeRecoveryStatus: PointInTimeRecoveryStatus */
        [484] = {REF(members[484].name_ref, strings[10106]), REF(members[484].shape_ref, shapes[342]), offsetof(struct awsc_dynamodb_point_in_time_recovery_description, recovery_period_in_days), offsetof(struct awsc_dynamodb_point_in_time_recovery_description, has_recovery_period_in_days), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PointInTimeRecoveryDescription.RecoveryPeriodInDays: RecoveryPeriodInDays */
        [485] = {REF(members[485].name_ref, strings[10127]), REF(members[485].shape_ref, shapes[101]), offsetof(struct awsc_dynamodb_point_in_time_recovery_description, earliest_restorable_date_time), offsetof(struct awsc_dynamodb_point_in_time_recovery_description, has_earliest_restorable_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PointInTimeRecoveryDescription.EarliestRestorableDateTime: Date */
        [486] = {REF(members[486].name_ref, strings[10154]), REF(members[486].shape_ref, shapes[101]), offsetof(struct awsc_dynamodb_point_in_time_recovery_description, latest_restorable_date_time), offsetof(struct awsc_dynamodb_point_in_time_recovery_description, has_latest_restorable_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PointInTimeRecoveryDescription.LatestRestorableDateTime: Date */
        [487] = {REF(members[487].name_ref, strings[10212]), REF(members[487].shape_ref, shapes[57]), offsetof(struct awsc_dynamodb_point_in_time_recovery_specification, point_in_time_recovery_enabled), offsetof(struct awsc_dynamodb_point_in_time_recovery_specification, has_point_in_time_recovery_enabled), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled: BooleanObject */
        [488] = {REF(members[488].name_ref, strings[10106]), REF(members[488].shape_ref, shapes[342]), offsetof(struct awsc_dynamodb_point_in_time_recovery_specification, recovery_period_in_days), offsetof(struct awsc_dynamodb_point_in_time_recovery_specification, has_recovery_period_in_days), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PointInTimeRecoverySpecification.RecoveryPeriodInDays: RecoveryPeriodInDays */
        [489] = {REF(members[489].name_ref, strings[1111]), REF(members[489].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_point_in_time_recovery_unavailable_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PointInTimeRecoveryUnavailableException.message: ErrorMessage */
        [490] = {REF(members[490].name_ref, strings[1111]), REF(members[490].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_policy_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyNotFoundException.message: ErrorMessage */
        [491] = {REF(members[491].name_ref, strings[10389]), REF(members[491].shape_ref, shapes[327]), offsetof(struct awsc_dynamodb_projection, projection_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Projection.ProjectionType: ProjectionType */
        [492] = {REF(members[492].name_ref, strings[10404]), REF(members[492].shape_ref, shapes[302]), offsetof(struct awsc_dynamodb_projection, non_key_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Projection.NonKeyAttributes: NonKeyAttributeNameList */
        [493] = {REF(members[493].name_ref, strings[2318]), REF(members[493].shape_ref, shapes[322]), offsetof(struct awsc_dynamodb_provisioned_throughput, read_capacity_units), offsetof(struct awsc_dynamodb_provisioned_throughput, has_read_capacity_units), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvisionedThroughput.ReadCapacityUnits: PositiveLongObject */
        [494] = {REF(members[494].name_ref, strings[2336]), REF(members[494].shape_ref, shapes[322]), offsetof(struct awsc_dynamodb_provisioned_throughput, write_capacity_units), offsetof(struct awsc_dynamodb_provisioned_throughput, has_write_capacity_units), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvisionedThroughput.WriteCapacityUnits: PositiveLongObject */
        [495] = {REF(members[495].name_ref, strings[10476]), REF(members[495].shape_ref, shapes[101]), offsetof(struct awsc_dynamodb_provisioned_throughput_description, last_increase_date_time), offsetof(struct awsc_dynamodb_provisioned_throughput_description, has_last_increase_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvisionedThroughputDescription.LastIncreaseDateTime: Date */
        [496] = {REF(members[496].name_ref, strings[10497]), REF(members[496].shape_ref, shapes[101]), offsetof(struct awsc_dynamodb_provisioned_throughput_description, last_decrease_date_time), offsetof(struct awsc_dynamodb_provisioned_throughput_description, has_last_decrease_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvisionedThroughputDescription.LastDecreaseDateTime: Date */
        [497] = {REF(members[497].name_ref, strings[10518]), REF(members[497].shape_ref, shapes[322]), offsetof(struct awsc_dynamodb_provisioned_throughput_description, number_of_decreases_today), offsetof(struct awsc_dynamodb_provisioned_throughput_description, has_number_of_decreases_today), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvisionedThroughputDescription.NumberOfDecreasesToday: PositiveLongObject */
        [498] = {REF(members[498].name_ref, strings[2318]), REF(members[498].shape_ref, shapes[303]), offsetof(struct awsc_dynamodb_provisioned_throughput_description, read_capacity_units), offsetof(struct awsc_dynamodb_provisioned_throughput_description, has_read_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvisionedThroughputDescription.ReadCapacityUnits: NonNegativeLongObject */
        [499] = {REF(members[499].name_ref, strings[2336]), REF(members[499].shape_ref, shapes[303]), offsetof(struct awsc_dynamodb_provisioned_throughput_description, write_capacity_units), offsetof(struct awsc_dynamodb_provisioned_throughput_description, has_write_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvisionedThroughputDescription.WriteCapacityUnits: NonNegativeLongObject */
        [500] = {REF(members[500].name_ref, strings[1111]), REF(members[500].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_provisioned_throughput_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvisionedThroughputExceededException.message: ErrorMessage */
        [501] = {REF(members[501].name_ref, strings[10580]), REF(members[501].shape_ref, shapes[453]), offsetof(struct awsc_dynamodb_provisioned_throughput_exceeded_exception, throttling_reasons), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvisionedThroughputExceededException.ThrottlingReasons: ThrottlingReasonList */
        [502] = {REF(members[502].name_ref, strings[2318]), REF(members[502].shape_ref, shapes[322]), offsetof(struct awsc_dynamodb_provisioned_throughput_override, read_capacity_units), offsetof(struct awsc_dynamodb_provisioned_throughput_override, has_read_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvisionedThroughputOverride.ReadCapacityUnits: PositiveLongObject */
        [503] = {REF(members[503].name_ref, strings[1566]), REF(members[503].shape_ref, shapes[334]), offsetof(struct awsc_dynamodb_put, item), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Put.Item: PutItemInputAttributeMap */
        [504] = {REF(members[504].name_ref, strings[1200]), REF(members[504].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_put, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Put.TableName: TableArn */
        [505] = {REF(members[505].name_ref, strings[2547]), REF(members[505].shape_ref, shapes[68]), offsetof(struct awsc_dynamodb_put, condition_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Put.ConditionExpression: ConditionExpression */
        [506] = {REF(members[506].name_ref, strings[2567]), REF(members[506].shape_ref, shapes[179]), offsetof(struct awsc_dynamodb_put, expression_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Put.ExpressionAttributeNames: ExpressionAttributeNameMap */
        [507] = {REF(members[507].name_ref, strings[2592]), REF(members[507].shape_ref, shapes[181]), offsetof(struct awsc_dynamodb_put, expression_attribute_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Put.ExpressionAttributeValues: ExpressionAttributeValueMap */
        [508] = {REF(members[508].name_ref, strings[1879]), REF(members[508].shape_ref, shapes[393]), offsetof(struct awsc_dynamodb_put, return_values_on_condition_check_failure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Put.ReturnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure */
        [509] = {REF(members[509].name_ref, strings[1200]), REF(members[509].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_put_item_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutItemInput.TableName: TableArn */
        [510] = {REF(members[510].name_ref, strings[1566]), REF(members[510].shape_ref, shapes[334]), offsetof(struct awsc_dynamodb_put_item_input, item), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutItemInput.Item: PutItemInputAttributeMap */
        [511] = {REF(members[511].name_ref, strings[4196]), REF(members[511].shape_ref, shapes[158]), offsetof(struct awsc_dynamodb_put_item_input, expected), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutItemInput.Expected: ExpectedAttributeMap */
        [512] = {REF(members[512].name_ref, strings[4205]), REF(members[512].shape_ref, shapes[392]), offsetof(struct awsc_dynamodb_put_item_input, return_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutItemInput.ReturnValues: ReturnValue */
        [513] = {REF(members[513].name_ref, strings[1350]), REF(members[513].shape_ref, shapes[390]), offsetof(struct awsc_dynamodb_put_item_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutItemInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [514] = {REF(members[514].name_ref, strings[1964]), REF(members[514].shape_ref, shapes[391]), offsetof(struct awsc_dynamodb_put_item_input, return_item_collection_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutItemInput.ReturnItemCollectionMetrics: ReturnItemCollectionMetrics */
        [515] = {REF(members[515].name_ref, strings[2650]), REF(members[515].shape_ref, shapes[70]), offsetof(struct awsc_dynamodb_put_item_input, conditional_operator), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutItemInput.ConditionalOperator: ConditionalOperator */
        [516] = {REF(members[516].name_ref, strings[2547]), REF(members[516].shape_ref, shapes[68]), offsetof(struct awsc_dynamodb_put_item_input, condition_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutItemInput.ConditionExpression: ConditionExpression */
        [517] = {REF(members[517].name_ref, strings[2567]), REF(members[517].shape_ref, shapes[179]), offsetof(struct awsc_dynamodb_put_item_input, expression_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutItemInput.ExpressionAttributeNames: ExpressionAttributeNameMap */
        [518] = {REF(members[518].name_ref, strings[2592]), REF(members[518].shape_ref, shapes[181]), offsetof(struct awsc_dynamodb_put_item_input, expression_attribute_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutItemInput.ExpressionAttributeValues: ExpressionAttributeValueMap */
        [519] = {REF(members[519].name_ref, strings[1879]), REF(members[519].shape_ref, shapes[393]), offsetof(struct awsc_dynamodb_put_item_input, return_values_on_condition_check_failure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutItemInput.ReturnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure */
        [520] = {REF(members[520].name_ref, strings[4235]), REF(members[520].shape_ref, shapes[6]), offsetof(struct awsc_dynamodb_put_item_output, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutItemOutput.Attributes: AttributeMap */
        [521] = {REF(members[521].name_ref, strings[1411]), REF(members[521].shape_ref, shapes[73]), offsetof(struct awsc_dynamodb_put_item_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutItemOutput.ConsumedCapacity: ConsumedCapacity */
        [522] = {REF(members[522].name_ref, strings[2030]), REF(members[522].shape_ref, shapes[244]), offsetof(struct awsc_dynamodb_put_item_output, item_collection_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutItemOutput.ItemCollectionMetrics: ItemCollectionMetrics */
        [523] = {REF(members[523].name_ref, strings[1566]), REF(members[523].shape_ref, shapes[334]), offsetof(struct awsc_dynamodb_put_request, item), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRequest.Item: PutItemInputAttributeMap */
        [524] = {REF(members[524].name_ref, strings[4341]), REF(members[524].shape_ref, shapes[380]), offsetof(struct awsc_dynamodb_put_resource_policy_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutResourcePolicyInput.ResourceArn: ResourceArnString */
        [525] = {REF(members[525].name_ref, strings[6738]), REF(members[525].shape_ref, shapes[383]), offsetof(struct awsc_dynamodb_put_resource_policy_input, policy), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutResourcePolicyInput.Policy: ResourcePolicy */
        [526] = {REF(members[526].name_ref, strings[4353]), REF(members[526].shape_ref, shapes[320]), offsetof(struct awsc_dynamodb_put_resource_policy_input, expected_revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutResourcePolicyInput.ExpectedRevisionId: PolicyRevisionId */
        [527] = {REF(members[527].name_ref, strings[2677]), REF(members[527].shape_ref, shapes[71]), offsetof(struct awsc_dynamodb_put_resource_policy_input, confirm_remove_self_resource_access), offsetof(struct awsc_dynamodb_put_resource_policy_input, has_confirm_remove_self_resource_access), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutResourcePolicyInput.ConfirmRemoveSelfResourceAccess: ConfirmRemoveSelfResourceAccess */
        [528] = {REF(members[528].name_ref, strings[4399]), REF(members[528].shape_ref, shapes[320]), offsetof(struct awsc_dynamodb_put_resource_policy_output, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutResourcePolicyOutput.RevisionId: PolicyRevisionId */
        [529] = {REF(members[529].name_ref, strings[1200]), REF(members[529].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_query_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueryInput.TableName: TableArn */
        [530] = {REF(members[530].name_ref, strings[3245]), REF(members[530].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_query_input, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueryInput.IndexName: IndexName */
        [531] = {REF(members[531].name_ref, strings[10723]), REF(members[531].shape_ref, shapes[420]), offsetof(struct awsc_dynamodb_query_input, select), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueryInput.Select: Select */
        [532] = {REF(members[532].name_ref, strings[6661]), REF(members[532].shape_ref, shapes[8]), offsetof(struct awsc_dynamodb_query_input, attributes_to_get), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueryInput.AttributesToGet: AttributeNameList */
        [533] = {REF(members[533].name_ref, strings[5768]), REF(members[533].shape_ref, shapes[321]), offsetof(struct awsc_dynamodb_query_input, limit), offsetof(struct awsc_dynamodb_query_input, has_limit), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueryInput.Limit: PositiveIntegerObject */
        [534] = {REF(members[534].name_ref, strings[1864]), REF(members[534].shape_ref, shapes[72]), offsetof(struct awsc_dynamodb_query_input, consistent_read), offsetof(struct awsc_dynamodb_query_input, has_consistent_read), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueryInput.ConsistentRead: ConsistentRead */
        [535] = {REF(members[535].name_ref, strings[8651]), REF(members[535].shape_ref, shapes[257]), offsetof(struct awsc_dynamodb_query_input, key_conditions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueryInput.KeyConditions: KeyConditions */
        [536] = {REF(members[536].name_ref, strings[10730]), REF(members[536].shape_ref, shapes[186]), offsetof(struct awsc_dynamodb_query_input, query_filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueryInput.QueryFilter: FilterConditionMap */
        [537] = {REF(members[537].name_ref, strings[2650]), REF(members[537].shape_ref, shapes[70]), offsetof(struct awsc_dynamodb_query_input, conditional_operator), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueryInput.ConditionalOperator: ConditionalOperator */
        [538] = {REF(members[538].name_ref, strings[10742]), REF(members[538].shape_ref, shapes[57]), offsetof(struct awsc_dynamodb_query_input, scan_index_forward), offsetof(struct awsc_dynamodb_query_input, has_scan_index_forward), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueryInput.ScanIndexForward: BooleanObject */
        [539] = {REF(members[539].name_ref, strings[10759]), REF(members[539].shape_ref, shapes[256]), offsetof(struct awsc_dynamodb_query_input, exclusive_start_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueryInput.ExclusiveStartKey: Key */
        [540] = {REF(members[540].name_ref, strings[1350]), REF(members[540].shape_ref, shapes[390]), offsetof(struct awsc_dynamodb_query_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueryInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [541] = {REF(members[541].name_ref, strings[6627]), REF(members[541].shape_ref, shapes[326]), offsetof(struct awsc_dynamodb_query_input, projection_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueryInput.ProjectionExpression: ProjectionExpression */
        [542] = {REF(members[542].name_ref, strings[10777]), REF(members[542].shape_ref, shapes[68]), offsetof(struct awsc_dynamodb_query_input, filter_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueryInput.FilterExpression: ConditionExpression */
        [543] = {REF(members[543].name_ref, strings[10794]), REF(members[543].shape_ref, shapes[258]), offsetof(struct awsc_dynamodb_query_input, key_condition_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueryInput.KeyConditionExpression: KeyExpression */
        [544] = {REF(members[544].name_ref, strings[2567]), REF(members[544].shape_ref, shapes[179]), offsetof(struct awsc_dynamodb_query_input, expression_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueryInput.ExpressionAttributeNames: ExpressionAttributeNameMap */
        [545] = {REF(members[545].name_ref, strings[2592]), REF(members[545].shape_ref, shapes[181]), offsetof(struct awsc_dynamodb_query_input, expression_attribute_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueryInput.ExpressionAttributeValues: ExpressionAttributeValueMap */
        [546] = {REF(members[546].name_ref, strings[5797]), REF(members[546].shape_ref, shapes[251]), offsetof(struct awsc_dynamodb_query_output, items), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueryOutput.Items: ItemList */
        [547] = {REF(members[547].name_ref, strings[10829]), REF(members[547].shape_ref, shapes[238]), offsetof(struct awsc_dynamodb_query_output, count), offsetof(struct awsc_dynamodb_query_output, has_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueryOutput.Count: Integer */
        [548] = {REF(members[548].name_ref, strings[10835]), REF(members[548].shape_ref, shapes[238]), offsetof(struct awsc_dynamodb_query_output, scanned_count), offsetof(struct awsc_dynamodb_query_output, has_scanned_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueryOutput.ScannedCount: Integer */
        [549] = {REF(members[549].name_ref, strings[5803]), REF(members[549].shape_ref, shapes[256]), offsetof(struct awsc_dynamodb_query_output, last_evaluated_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueryOutput.LastEvaluatedKey: Key */
        [550] = {REF(members[550].name_ref, strings[1411]), REF(members[550].shape_ref, shapes[73]), offsetof(struct awsc_dynamodb_query_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueryOutput.ConsumedCapacity: ConsumedCapacity */
        [551] = {REF(members[551].name_ref, strings[3547]), REF(members[551].shape_ref, shapes[343]), offsetof(struct awsc_dynamodb_replica, region_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Replica.RegionName: RegionName */
        [552] = {REF(members[552].name_ref, strings[1111]), REF(members[552].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_replica_already_exists_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaAlreadyExistsException.message: ErrorMessage */
        [553] = {REF(members[553].name_ref, strings[3547]), REF(members[553].shape_ref, shapes[343]), offsetof(struct awsc_dynamodb_replica_auto_scaling_description, region_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaAutoScalingDescription.RegionName: RegionName */
        [554] = {REF(members[554].name_ref, strings[2737]), REF(members[554].shape_ref, shapes[354]), offsetof(struct awsc_dynamodb_replica_auto_scaling_description, global_secondary_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaAutoScalingDescription.GlobalSecondaryIndexes: ReplicaGlobalSecondaryIndexAutoScalingDescriptionList */
        [555] = {REF(members[555].name_ref, strings[10923]), REF(members[555].shape_ref, shapes[18]), offsetof(struct awsc_dynamodb_replica_auto_scaling_description, replica_provisioned_read_capacity_auto_scaling_settings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaAutoScalingDescription.ReplicaProvisionedReadCapacityAutoScalingSettings: AutoScalingSettingsDescription */
        [556] = {REF(members[556].name_ref, strings[10973]), REF(members[556].shape_ref, shapes[18]), offsetof(struct awsc_dynamodb_replica_auto_scaling_description, replica_provisioned_write_capacity_auto_scaling_settings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaAutoScalingDescription.ReplicaProvisionedWriteCapacityAutoScalingSettings: AutoScalingSettingsDescription */
        [557] = {REF(members[557].name_ref, strings[11024]), REF(members[557].shape_ref, shapes[370]), offsetof(struct awsc_dynamodb_replica_auto_scaling_description, replica_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaAutoScalingDescription.ReplicaStatus: ReplicaStatus */
        [558] = {REF(members[558].name_ref, strings[3547]), REF(members[558].shape_ref, shapes[343]), offsetof(struct awsc_dynamodb_replica_auto_scaling_update, region_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaAutoScalingUpdate.RegionName: RegionName */
        [559] = {REF(members[559].name_ref, strings[11097]), REF(members[559].shape_ref, shapes[356]), offsetof(struct awsc_dynamodb_replica_auto_scaling_update, replica_global_secondary_index_updates), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaAutoScalingUpdate.ReplicaGlobalSecondaryIndexUpdates: ReplicaGlobalSecondaryIndexAutoScalingUpdateList */
        [560] = {REF(members[560].name_ref, strings[11132]), REF(members[560].shape_ref, shapes[19]), offsetof(struct awsc_dynamodb_replica_auto_scaling_update, replica_provisioned_read_capacity_auto_scaling_update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaAutoScalingUpdate.ReplicaProvisionedReadCapacityAutoScalingUpdate: AutoScalingSettingsUpdate */
        [561] = {REF(members[561].name_ref, strings[3547]), REF(members[561].shape_ref, shapes[343]), offsetof(struct awsc_dynamodb_replica_description, region_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaDescription.RegionName: RegionName */
        [562] = {REF(members[562].name_ref, strings[11024]), REF(members[562].shape_ref, shapes[370]), offsetof(struct awsc_dynamodb_replica_description, replica_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaDescription.ReplicaStatus: ReplicaStatus */
        [563] = {REF(members[563].name_ref, strings[11228]), REF(members[563].shape_ref, shapes[427]), offsetof(struct awsc_dynamodb_replica_description, replica_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaDescription.ReplicaArn: String */
        [564] = {REF(members[564].name_ref, strings[11239]), REF(members[564].shape_ref, shapes[371]), offsetof(struct awsc_dynamodb_replica_description, replica_status_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaDescription.ReplicaStatusDescription: ReplicaStatusDescription */
        [565] = {REF(members[565].name_ref, strings[11264]), REF(members[565].shape_ref, shapes[372]), offsetof(struct awsc_dynamodb_replica_description, replica_status_percent_progress), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaDescription.ReplicaStatusPercentProgress: ReplicaStatusPercentProgress */
        [566] = {REF(members[566].name_ref, strings[3613]), REF(members[566].shape_ref, shapes[255]), offsetof(struct awsc_dynamodb_replica_description, kms_master_key_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaDescription.KMSMasterKeyId: KMSMasterKeyId */
        [567] = {REF(members[567].name_ref, strings[3628]), REF(members[567].shape_ref, shapes[331]), offsetof(struct awsc_dynamodb_replica_description, provisioned_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaDescription.ProvisionedThroughputOverride: ProvisionedThroughputOverride */
        [568] = {REF(members[568].name_ref, strings[3658]), REF(members[568].shape_ref, shapes[308]), offsetof(struct awsc_dynamodb_replica_description, on_demand_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaDescription.OnDemandThroughputOverride: OnDemandThroughputOverride */
        [569] = {REF(members[569].name_ref, strings[3387]), REF(members[569].shape_ref, shapes[444]), offsetof(struct awsc_dynamodb_replica_description, warm_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaDescription.WarmThroughput: TableWarmThroughputDescription */
        [570] = {REF(members[570].name_ref, strings[2737]), REF(members[570].shape_ref, shapes[358]), offsetof(struct awsc_dynamodb_replica_description, global_secondary_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaDescription.GlobalSecondaryIndexes: ReplicaGlobalSecondaryIndexDescriptionList */
        [571] = {REF(members[571].name_ref, strings[11293]), REF(members[571].shape_ref, shapes[101]), offsetof(struct awsc_dynamodb_replica_description, replica_inaccessible_date_time), offsetof(struct awsc_dynamodb_replica_description, has_replica_inaccessible_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaDescription.ReplicaInaccessibleDateTime: Date */
        [572] = {REF(members[572].name_ref, strings[11321]), REF(members[572].shape_ref, shapes[434]), offsetof(struct awsc_dynamodb_replica_description, replica_table_class_summary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaDescription.ReplicaTableClassSummary: TableClassSummary */
        [573] = {REF(members[573].name_ref, strings[3836]), REF(members[573].shape_ref, shapes[211]), offsetof(struct awsc_dynamodb_replica_description, global_table_settings_replication_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaDescription.GlobalTableSettingsReplicationMode: GlobalTableSettingsReplicationMode */
        [574] = {REF(members[574].name_ref, strings[3245]), REF(members[574].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_replica_global_secondary_index, index_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaGlobalSecondaryIndex.IndexName: IndexName */
        [575] = {REF(members[575].name_ref, strings[3628]), REF(members[575].shape_ref, shapes[331]), offsetof(struct awsc_dynamodb_replica_global_secondary_index, provisioned_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaGlobalSecondaryIndex.ProvisionedThroughputOverride: ProvisionedThroughputOverride */
        [576] = {REF(members[576].name_ref, strings[3658]), REF(members[576].shape_ref, shapes[308]), offsetof(struct awsc_dynamodb_replica_global_secondary_index, on_demand_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaGlobalSecondaryIndex.OnDemandThroughputOverride: OnDemandThroughputOverride */
        [577] = {REF(members[577].name_ref, strings[3245]), REF(members[577].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_description, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaGlobalSecondaryIndexAutoScalingDescription.IndexName: IndexName */
        [578] = {REF(members[578].name_ref, strings[6920]), REF(members[578].shape_ref, shapes[234]), offsetof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_description, index_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaGlobalSecondaryIndexAutoScalingDescription.IndexStatus: IndexStatus */
        [579] = {REF(members[579].name_ref, strings[11447]), REF(members[579].shape_ref, shapes[18]), offsetof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_description, provisioned_read_capacity_auto_scaling_settings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaGlobalSecondaryIndexAutoScalingDescription.ProvisionedReadCapacityAutoScalingSettings: AutoScalingSettingsDescription */
        [580] = {REF(members[580].name_ref, strings[11490]), REF(members[580].shape_ref, shapes[18]), offsetof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_description, provisioned_write_capacity_auto_scaling_settings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaGlobalSecondaryIndexAutoScalingDescription.ProvisionedWriteCapacityAutoScalingSettings: AutoScalingSettingsDescription */
        [581] = {REF(members[581].name_ref, strings[3245]), REF(members[581].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_update, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaGlobalSecondaryIndexAutoScalingUpdate.IndexName: IndexName */
        [582] = {REF(members[582].name_ref, strings[11633]), REF(members[582].shape_ref, shapes[19]), offsetof(struct awsc_dynamodb_replica_global_secondary_index_auto_scaling_update, provisioned_read_capacity_auto_scaling_update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaGlobalSecondaryIndexAutoScalingUpdate.ProvisionedReadCapacityAutoScalingUpdate: AutoScalingSettingsUpdate */
        [583] = {REF(members[583].name_ref, strings[3245]), REF(members[583].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_replica_global_secondary_index_description, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaGlobalSecondaryIndexDescription.IndexName: IndexName */
        [584] = {REF(members[584].name_ref, strings[3628]), REF(members[584].shape_ref, shapes[331]), offsetof(struct awsc_dynamodb_replica_global_secondary_index_description, provisioned_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaGlobalSecondaryIndexDescription.ProvisionedThroughputOverride: ProvisionedThroughputOverride */
        [585] = {REF(members[585].name_ref, strings[3658]), REF(members[585].shape_ref, shapes[308]), offsetof(struct awsc_dynamodb_replica_global_secondary_index_description, on_demand_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaGlobalSecondaryIndexDescription.OnDemandThroughputOverride: OnDemandThroughputOverride */
        [586] = {REF(members[586].name_ref, strings[3387]), REF(members[586].shape_ref, shapes[201]), offsetof(struct awsc_dynamodb_replica_global_secondary_index_description, warm_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaGlobalSecondaryIndexDescription.WarmThroughput: GlobalSecondaryIndexWarmThroughputDescription */
        [587] = {REF(members[587].name_ref, strings[3245]), REF(members[587].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_description, index_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaGlobalSecondaryIndexSettingsDescription.IndexName: IndexName */
        [588] = {REF(members[588].name_ref, strings[6920]), REF(members[588].shape_ref, shapes[234]), offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_description, index_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaGlobalSecondaryIndexSettingsDescription.IndexStatus: IndexStatus */
        [589] = {REF(members[589].name_ref, strings[11884]), REF(members[589].shape_ref, shapes[322]), offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_description, provisioned_read_capacity_units), offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_description, has_provisioned_read_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaGlobalSecondaryIndexSettingsDescription.ProvisionedReadCapacityUnits: PositiveLongObject */
        [590] = {REF(members[590].name_ref, strings[11447]), REF(members[590].shape_ref, shapes[18]), offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_description, provisioned_read_capacity_auto_scaling_settings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaGlobalSecondaryIndexSettingsDescription.ProvisionedReadCapacityAutoScalingSettings: AutoScalingSettingsDescription */
        [591] = {REF(members[591].name_ref, strings[7369]), REF(members[591].shape_ref, shapes[322]), offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_description, provisioned_write_capacity_units), offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_description, has_provisioned_write_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaGlobalSecondaryIndexSettingsDescription.ProvisionedWriteCapacityUnits: PositiveLongObject */
        [592] = {REF(members[592].name_ref, strings[11490]), REF(members[592].shape_ref, shapes[18]), offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_description, provisioned_write_capacity_auto_scaling_settings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaGlobalSecondaryIndexSettingsDescription.ProvisionedWriteCapacityAutoScalingSettings: AutoScalingSettingsDescription */
        [593] = {REF(members[593].name_ref, strings[3245]), REF(members[593].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_update, index_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaGlobalSecondaryIndexSettingsUpdate.IndexName: IndexName */
        [594] = {REF(members[594].name_ref, strings[11884]), REF(members[594].shape_ref, shapes[322]), offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_update, provisioned_read_capacity_units), offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_update, has_provisioned_read_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaGlobalSecondaryIndexSettingsUpdate.ProvisionedReadCapacityUnits: PositiveLongObject */
        [595] = {REF(members[595].name_ref, strings[12006]), REF(members[595].shape_ref, shapes[19]), offsetof(struct awsc_dynamodb_replica_global_secondary_index_settings_update, provisioned_read_capacity_auto_scaling_settings_update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaGlobalSecondaryIndexSettingsUpdate.ProvisionedReadCapacityAutoScalingSettingsUpdate: AutoScalingSettingsUpdate */
        [596] = {REF(members[596].name_ref, strings[1111]), REF(members[596].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_replica_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaNotFoundException.message: ErrorMessage */
        [597] = {REF(members[597].name_ref, strings[3547]), REF(members[597].shape_ref, shapes[343]), offsetof(struct awsc_dynamodb_replica_settings_description, region_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaSettingsDescription.RegionName: RegionName */
        [598] = {REF(members[598].name_ref, strings[11024]), REF(members[598].shape_ref, shapes[370]), offsetof(struct awsc_dynamodb_replica_settings_description, replica_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaSettingsDescription.ReplicaStatus: ReplicaStatus */
        [599] = {REF(members[599].name_ref, strings[12165]), REF(members[599].shape_ref, shapes[53]), offsetof(struct awsc_dynamodb_replica_settings_description, replica_billing_mode_summary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaSettingsDescription.ReplicaBillingModeSummary: BillingModeSummary */
        [600] = {REF(members[600].name_ref, strings[12191]), REF(members[600].shape_ref, shapes[303]), offsetof(struct awsc_dynamodb_replica_settings_description, replica_provisioned_read_capacity_units), offsetof(struct awsc_dynamodb_replica_settings_description, has_replica_provisioned_read_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaSettingsDescription.ReplicaProvisionedReadCapacityUnits: NonNegativeLongObject */
        [601] = {REF(members[601].name_ref, strings[10923]), REF(members[601].shape_ref, shapes[18]), offsetof(struct awsc_dynamodb_replica_settings_description, replica_provisioned_read_capacity_auto_scaling_settings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaSettingsDescription.ReplicaProvisionedReadCapacityAutoScalingSettings: AutoScalingSettingsDescription */
        [602] = {REF(members[602].name_ref, strings[12227]), REF(members[602].shape_ref, shapes[303]), offsetof(struct awsc_dynamodb_replica_settings_description, replica_provisioned_write_capacity_units), offsetof(struct awsc_dynamodb_replica_settings_description, has_replica_provisioned_write_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaSettingsDescription.ReplicaProvisionedWriteCapacityUnits: NonNegativeLongObject */
        [603] = {REF(members[603].name_ref, strings[10973]), REF(members[603].shape_ref, shapes[18]), offsetof(struct awsc_dynamodb_replica_settings_description, replica_provisioned_write_capacity_auto_scaling_settings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaSettingsDescription.ReplicaProvisionedWriteCapacityAutoScalingSettings: AutoScalingSettingsDescription */
        [604] = {REF(members[604].name_ref, strings[12264]), REF(members[604].shape_ref, shapes[361]), offsetof(struct awsc_dynamodb_replica_settings_description, replica_global_secondary_index_settings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaSettingsDescription.ReplicaGlobalSecondaryIndexSettings: ReplicaGlobalSecondaryIndexSettingsDescriptionList */
        [605] = {REF(members[605].name_ref, strings[11321]), REF(members[605].shape_ref, shapes[434]), offsetof(struct awsc_dynamodb_replica_settings_description, replica_table_class_summary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaSettingsDescription.ReplicaTableClassSummary: TableClassSummary */
        [606] = {REF(members[606].name_ref, strings[3547]), REF(members[606].shape_ref, shapes[343]), offsetof(struct awsc_dynamodb_replica_settings_update, region_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaSettingsUpdate.RegionName: RegionName */
        [607] = {REF(members[607].name_ref, strings[12191]), REF(members[607].shape_ref, shapes[322]), offsetof(struct awsc_dynamodb_replica_settings_update, replica_provisioned_read_capacity_units), offsetof(struct awsc_dynamodb_replica_settings_update, has_replica_provisioned_read_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaSettingsUpdate.ReplicaProvisionedReadCapacityUnits: PositiveLongObject */
        [608] = {REF(members[608].name_ref, strings[12353]), REF(members[608].shape_ref, shapes[19]), offsetof(struct awsc_dynamodb_replica_settings_update, replica_provisioned_read_capacity_auto_scaling_settings_update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaSettingsUpdate.ReplicaProvisionedReadCapacityAutoScalingSettingsUpdate: AutoScalingSettingsUpdate */
        [609] = {REF(members[609].name_ref, strings[11964]), REF(members[609].shape_ref, shapes[363]), offsetof(struct awsc_dynamodb_replica_settings_update, replica_global_secondary_index_settings_update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaSettingsUpdate.ReplicaGlobalSecondaryIndexSettingsUpdate: ReplicaGlobalSecondaryIndexSettingsUpdateList */
        [610] = {REF(members[610].name_ref, strings[12409]), REF(members[610].shape_ref, shapes[433]), offsetof(struct awsc_dynamodb_replica_settings_update, replica_table_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaSettingsUpdate.ReplicaTableClass: TableClass */
        [611] = {REF(members[611].name_ref, strings[7076]), REF(members[611].shape_ref, shapes[92]), offsetof(struct awsc_dynamodb_replica_update, create), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaUpdate.Create: CreateReplicaAction */
        [612] = {REF(members[612].name_ref, strings[4061]), REF(members[612].shape_ref, shapes[109]), offsetof(struct awsc_dynamodb_replica_update, delete_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicaUpdate.Delete: DeleteReplicaAction */
        [613] = {REF(members[613].name_ref, strings[1111]), REF(members[613].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_replicated_write_conflict_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicatedWriteConflictException.message: ErrorMessage */
        [614] = {REF(members[614].name_ref, strings[7076]), REF(members[614].shape_ref, shapes[93]), offsetof(struct awsc_dynamodb_replication_group_update, create), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicationGroupUpdate.Create: CreateReplicationGroupMemberAction */
        [615] = {REF(members[615].name_ref, strings[7069]), REF(members[615].shape_ref, shapes[490]), offsetof(struct awsc_dynamodb_replication_group_update, update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicationGroupUpdate.Update: UpdateReplicationGroupMemberAction */
        [616] = {REF(members[616].name_ref, strings[4061]), REF(members[616].shape_ref, shapes[110]), offsetof(struct awsc_dynamodb_replication_group_update, delete_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplicationGroupUpdate.Delete: DeleteReplicationGroupMemberAction */
        [617] = {REF(members[617].name_ref, strings[1111]), REF(members[617].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_request_limit_exceeded, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RequestLimitExceeded.message: ErrorMessage */
        [618] = {REF(members[618].name_ref, strings[10580]), REF(members[618].shape_ref, shapes[453]), offsetof(struct awsc_dynamodb_request_limit_exceeded, throttling_reasons), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RequestLimitExceeded.ThrottlingReasons: ThrottlingReasonList */
        [619] = {REF(members[619].name_ref, strings[1111]), REF(members[619].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_resource_in_use_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceInUseException.message: ErrorMessage */
        [620] = {REF(members[620].name_ref, strings[1111]), REF(members[620].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_resource_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceNotFoundException.message: ErrorMessage */
        [621] = {REF(members[621].name_ref, strings[12846]), REF(members[621].shape_ref, shapes[24]), offsetof(struct awsc_dynamodb_restore_summary, source_backup_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreSummary.SourceBackupArn: BackupArn */
        [622] = {REF(members[622].name_ref, strings[12862]), REF(members[622].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_restore_summary, source_table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreSummary.SourceTableArn: TableArn */
        [623] = {REF(members[623].name_ref, strings[12877]), REF(members[623].shape_ref, shapes[101]), offsetof(struct awsc_dynamodb_restore_summary, restore_date_time), offsetof(struct awsc_dynamodb_restore_summary, has_restore_date_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreSummary.RestoreDateTime: Date */
        [624] = {REF(members[624].name_ref, strings[12813]), REF(members[624].shape_ref, shapes[384]), offsetof(struct awsc_dynamodb_restore_summary, restore_in_progress), offsetof(struct awsc_dynamodb_restore_summary, has_restore_in_progress), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreSummary.RestoreInProgress: RestoreInProgress */
        [625] = {REF(members[625].name_ref, strings[12921]), REF(members[625].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_restore_table_from_backup_input, target_table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreTableFromBackupInput.TargetTableName: TableName */
        [626] = {REF(members[626].name_ref, strings[908]), REF(members[626].shape_ref, shapes[24]), offsetof(struct awsc_dynamodb_restore_table_from_backup_input, backup_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreTableFromBackupInput.BackupArn: BackupArn */
        [627] = {REF(members[627].name_ref, strings[12937]), REF(members[627].shape_ref, shapes[52]), offsetof(struct awsc_dynamodb_restore_table_from_backup_input, billing_mode_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreTableFromBackupInput.BillingModeOverride: BillingMode */
        [628] = {REF(members[628].name_ref, strings[12957]), REF(members[628].shape_ref, shapes[198]), offsetof(struct awsc_dynamodb_restore_table_from_backup_input, global_secondary_index_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreTableFromBackupInput.GlobalSecondaryIndexOverride: GlobalSecondaryIndexList */
        [629] = {REF(members[629].name_ref, strings[12986]), REF(members[629].shape_ref, shapes[294]), offsetof(struct awsc_dynamodb_restore_table_from_backup_input, local_secondary_index_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreTableFromBackupInput.LocalSecondaryIndexOverride: LocalSecondaryIndexList */
        [630] = {REF(members[630].name_ref, strings[3628]), REF(members[630].shape_ref, shapes[328]), offsetof(struct awsc_dynamodb_restore_table_from_backup_input, provisioned_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreTableFromBackupInput.ProvisionedThroughputOverride: ProvisionedThroughput */
        [631] = {REF(members[631].name_ref, strings[3658]), REF(members[631].shape_ref, shapes[307]), offsetof(struct awsc_dynamodb_restore_table_from_backup_input, on_demand_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreTableFromBackupInput.OnDemandThroughputOverride: OnDemandThroughput */
        [632] = {REF(members[632].name_ref, strings[13014]), REF(members[632].shape_ref, shapes[402]), offsetof(struct awsc_dynamodb_restore_table_from_backup_input, sse_specification_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreTableFromBackupInput.SSESpecificationOverride: SSESpecification */
        [633] = {REF(members[633].name_ref, strings[13039]), REF(members[633].shape_ref, shapes[505]), offsetof(struct awsc_dynamodb_restore_table_from_backup_input, vector_index_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreTableFromBackupInput.VectorIndexOverride: VectorIndexList */
        [634] = {REF(members[634].name_ref, strings[3889]), REF(members[634].shape_ref, shapes[437]), offsetof(struct awsc_dynamodb_restore_table_from_backup_output, table_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreTableFromBackupOutput.TableDescription: TableDescription */
        [635] = {REF(members[635].name_ref, strings[12862]), REF(members[635].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, source_table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreTableToPointInTimeInput.SourceTableArn: TableArn */
        [636] = {REF(members[636].name_ref, strings[13119]), REF(members[636].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, source_table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreTableToPointInTimeInput.SourceTableName: TableName */
        [637] = {REF(members[637].name_ref, strings[12921]), REF(members[637].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, target_table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreTableToPointInTimeInput.TargetTableName: TableName */
        [638] = {REF(members[638].name_ref, strings[13135]), REF(members[638].shape_ref, shapes[57]), offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, use_latest_restorable_time), offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, has_use_latest_restorable_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreTableToPointInTimeInput.UseLatestRestorableTime: BooleanObject */
        [639] = {REF(members[639].name_ref, strings[12877]), REF(members[639].shape_ref, shapes[101]), offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, restore_date_time), offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, has_restore_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreTableToPointInTimeInput.RestoreDateTime: Date */
        [640] = {REF(members[640].name_ref, strings[12937]), REF(members[640].shape_ref, shapes[52]), offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, billing_mode_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreTableToPointInTimeInput.BillingModeOverride: BillingMode */
        [641] = {REF(members[641].name_ref, strings[12957]), REF(members[641].shape_ref, shapes[198]), offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, global_secondary_index_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreTableToPointInTimeInput.GlobalSecondaryIndexOverride: GlobalSecondaryIndexList */
        [642] = {REF(members[642].name_ref, strings[12986]), REF(members[642].shape_ref, shapes[294]), offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, local_secondary_index_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreTableToPointInTimeInput.LocalSecondaryIndexOverride: LocalSecondaryIndexList */
        [643] = {REF(members[643].name_ref, strings[3628]), REF(members[643].shape_ref, shapes[328]), offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, provisioned_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreTableToPointInTimeInput.ProvisionedThroughputOverride: ProvisionedThroughput */
        [644] = {REF(members[644].name_ref, strings[3658]), REF(members[644].shape_ref, shapes[307]), offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, on_demand_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreTableToPointInTimeInput.OnDemandThroughputOverride: OnDemandThroughput */
        [645] = {REF(members[645].name_ref, strings[13014]), REF(members[645].shape_ref, shapes[402]), offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, sse_specification_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreTableToPointInTimeInput.SSESpecificationOverride: SSESpecification */
        [646] = {REF(members[646].name_ref, strings[13039]), REF(members[646].shape_ref, shapes[505]), offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_input, vector_index_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreTableToPointInTimeInput.VectorIndexOverride: VectorIndexList */
        [647] = {REF(members[647].name_ref, strings[3889]), REF(members[647].shape_ref, shapes[437]), offsetof(struct awsc_dynamodb_restore_table_to_point_in_time_output, table_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RestoreTableToPointInTimeOutput.TableDescription: TableDescription */
        [648] = {REF(members[648].name_ref, strings[6029]), REF(members[648].shape_ref, shapes[395]), offsetof(struct awsc_dynamodb_s3_bucket_source, s3_bucket_owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* S3BucketSource.S3BucketOwner: S3BucketOwner */
        [649] = {REF(members[649].name_ref, strings[6020]), REF(members[649].shape_ref, shapes[394]), offsetof(struct awsc_dynamodb_s3_bucket_source, s3_bucket), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* S3BucketSource.S3Bucket: S3Bucket */
        [650] = {REF(members[650].name_ref, strings[13290]), REF(members[650].shape_ref, shapes[397]), offsetof(struct awsc_dynamodb_s3_bucket_source, s3_key_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* S3BucketSource.S3KeyPrefix: S3Prefix */
        [651] = {REF(members[651].name_ref, strings[7199]), REF(members[651].shape_ref, shapes[403]), offsetof(struct awsc_dynamodb_sse_description, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SSEDescription.Status: SSEStatus */
        [652] = {REF(members[652].name_ref, strings[13328]), REF(members[652].shape_ref, shapes[404]), offsetof(struct awsc_dynamodb_sse_description, sse_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SSEDescription.SSEType: SSEType */
        [653] = {REF(members[653].name_ref, strings[8635]), REF(members[653].shape_ref, shapes[254]), offsetof(struct awsc_dynamodb_sse_description, kms_master_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SSEDescription.KMSMasterKeyArn: KMSMasterKeyArn */
        [654] = {REF(members[654].name_ref, strings[13336]), REF(members[654].shape_ref, shapes[101]), offsetof(struct awsc_dynamodb_sse_description, inaccessible_encryption_date_time), offsetof(struct awsc_dynamodb_sse_description, has_inaccessible_encryption_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SSEDescription.InaccessibleEncryptionDateTime: Date */
        [655] = {REF(members[655].name_ref, strings[13378]), REF(members[655].shape_ref, shapes[401]), offsetof(struct awsc_dynamodb_sse_specification, enabled), offsetof(struct awsc_dynamodb_sse_specification, has_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SSESpecification.Enabled: SSEEnabled */
        [656] = {REF(members[656].name_ref, strings[13328]), REF(members[656].shape_ref, shapes[404]), offsetof(struct awsc_dynamodb_sse_specification, sse_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SSESpecification.SSEType: SSEType */
        [657] = {REF(members[657].name_ref, strings[3613]), REF(members[657].shape_ref, shapes[255]), offsetof(struct awsc_dynamodb_sse_specification, kms_master_key_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SSESpecification.KMSMasterKeyId: KMSMasterKeyId */
        [658] = {REF(members[658].name_ref, strings[1200]), REF(members[658].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_scan_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScanInput.TableName: TableArn */
        [659] = {REF(members[659].name_ref, strings[3245]), REF(members[659].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_scan_input, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScanInput.IndexName: IndexName */
        [660] = {REF(members[660].name_ref, strings[6661]), REF(members[660].shape_ref, shapes[8]), offsetof(struct awsc_dynamodb_scan_input, attributes_to_get), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScanInput.AttributesToGet: AttributeNameList */
        [661] = {REF(members[661].name_ref, strings[5768]), REF(members[661].shape_ref, shapes[321]), offsetof(struct awsc_dynamodb_scan_input, limit), offsetof(struct awsc_dynamodb_scan_input, has_limit), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScanInput.Limit: PositiveIntegerObject */
        [662] = {REF(members[662].name_ref, strings[10723]), REF(members[662].shape_ref, shapes[420]), offsetof(struct awsc_dynamodb_scan_input, select), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScanInput.Select: Select */
        [663] = {REF(members[663].name_ref, strings[13477]), REF(members[663].shape_ref, shapes[186]), offsetof(struct awsc_dynamodb_scan_input, scan_filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScanInput.ScanFilter: FilterConditionMap */
        [664] = {REF(members[664].name_ref, strings[2650]), REF(members[664].shape_ref, shapes[70]), offsetof(struct awsc_dynamodb_scan_input, conditional_operator), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScanInput.ConditionalOperator: ConditionalOperator */
        [665] = {REF(members[665].name_ref, strings[10759]), REF(members[665].shape_ref, shapes[256]), offsetof(struct awsc_dynamodb_scan_input, exclusive_start_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScanInput.ExclusiveStartKey: Key */
        [666] = {REF(members[666].name_ref, strings[1350]), REF(members[666].shape_ref, shapes[390]), offsetof(struct awsc_dynamodb_scan_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScanInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [667] = {REF(members[667].name_ref, strings[13488]), REF(members[667].shape_ref, shapes[409]), offsetof(struct awsc_dynamodb_scan_input, total_segments), offsetof(struct awsc_dynamodb_scan_input, has_total_segments), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScanInput.TotalSegments: ScanTotalSegments */
        [668] = {REF(members[668].name_ref, strings[13502]), REF(members[668].shape_ref, shapes[408]), offsetof(struct awsc_dynamodb_scan_input, segment), offsetof(struct awsc_dynamodb_scan_input, has_segment), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScanInput.Segment: ScanSegment */
        [669] = {REF(members[669].name_ref, strings[6627]), REF(members[669].shape_ref, shapes[326]), offsetof(struct awsc_dynamodb_scan_input, projection_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScanInput.ProjectionExpression: ProjectionExpression */
        [670] = {REF(members[670].name_ref, strings[10777]), REF(members[670].shape_ref, shapes[68]), offsetof(struct awsc_dynamodb_scan_input, filter_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScanInput.FilterExpression: ConditionExpression */
        [671] = {REF(members[671].name_ref, strings[2567]), REF(members[671].shape_ref, shapes[179]), offsetof(struct awsc_dynamodb_scan_input, expression_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScanInput.ExpressionAttributeNames: ExpressionAttributeNameMap */
        [672] = {REF(members[672].name_ref, strings[2592]), REF(members[672].shape_ref, shapes[181]), offsetof(struct awsc_dynamodb_scan_input, expression_attribute_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScanInput.ExpressionAttributeValues: ExpressionAttributeValueMap */
        [673] = {REF(members[673].name_ref, strings[1864]), REF(members[673].shape_ref, shapes[72]), offsetof(struct awsc_dynamodb_scan_input, consistent_read), offsetof(struct awsc_dynamodb_scan_input, has_consistent_read), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScanInput.ConsistentRead: ConsistentRead */
        [674] = {REF(members[674].name_ref, strings[5797]), REF(members[674].shape_ref, shapes[251]), offsetof(struct awsc_dynamodb_scan_output, items), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScanOutput.Items: ItemList */
        [675] = {REF(members[675].name_ref, strings[10829]), REF(members[675].shape_ref, shapes[238]), offsetof(struct awsc_dynamodb_scan_output, count), offsetof(struct awsc_dynamodb_scan_output, has_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScanOutput.Count: Integer */
        [676] = {REF(members[676].name_ref, strings[10835]), REF(members[676].shape_ref, shapes[238]), offsetof(struct awsc_dynamodb_scan_output, scanned_count), offsetof(struct awsc_dynamodb_scan_output, has_scanned_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScanOutput.ScannedCount: Integer */
        [677] = {REF(members[677].name_ref, strings[5803]), REF(members[677].shape_ref, shapes[256]), offsetof(struct awsc_dynamodb_scan_output, last_evaluated_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScanOutput.LastEvaluatedKey: Key */
        [678] = {REF(members[678].name_ref, strings[1411]), REF(members[678].shape_ref, shapes[73]), offsetof(struct awsc_dynamodb_scan_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScanOutput.ConsumedCapacity: ConsumedCapacity */
        [679] = {REF(members[679].name_ref, strings[1566]), REF(members[679].shape_ref, shapes[6]), offsetof(struct awsc_dynamodb_search_result_item, item), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SearchResultItem.Item: AttributeMap */
        [680] = {REF(members[680].name_ref, strings[13580]), REF(members[680].shape_ref, shapes[410]), offsetof(struct awsc_dynamodb_search_result_item, score), offsetof(struct awsc_dynamodb_search_result_item, has_score), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SearchResultItem.Score: ScoreNumber */
        [681] = {REF(members[681].name_ref, strings[178]), REF(members[681].shape_ref, shapes[7]), offsetof(struct awsc_dynamodb_search_schema_element, attribute_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SearchSchemaElement.AttributeName: AttributeName */
        [682] = {REF(members[682].name_ref, strings[13623]), REF(members[682].shape_ref, shapes[415]), offsetof(struct awsc_dynamodb_search_schema_element, search_schema_element_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SearchSchemaElement.SearchSchemaElementType: SearchSchemaElementType */
        [683] = {REF(members[683].name_ref, strings[1200]), REF(members[683].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_search_vectors_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SearchVectorsInput.TableName: TableArn */
        [684] = {REF(members[684].name_ref, strings[3245]), REF(members[684].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_search_vectors_input, index_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SearchVectorsInput.IndexName: IndexName */
        [685] = {REF(members[685].name_ref, strings[1350]), REF(members[685].shape_ref, shapes[390]), offsetof(struct awsc_dynamodb_search_vectors_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SearchVectorsInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [686] = {REF(members[686].name_ref, strings[2567]), REF(members[686].shape_ref, shapes[179]), offsetof(struct awsc_dynamodb_search_vectors_input, expression_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SearchVectorsInput.ExpressionAttributeNames: ExpressionAttributeNameMap */
        [687] = {REF(members[687].name_ref, strings[2592]), REF(members[687].shape_ref, shapes[181]), offsetof(struct awsc_dynamodb_search_vectors_input, expression_attribute_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SearchVectorsInput.ExpressionAttributeValues: ExpressionAttributeValueMap */
        [688] = {REF(members[688].name_ref, strings[6627]), REF(members[688].shape_ref, shapes[326]), offsetof(struct awsc_dynamodb_search_vectors_input, projection_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SearchVectorsInput.ProjectionExpression: ProjectionExpression */
        [689] = {REF(members[689].name_ref, strings[13702]), REF(members[689].shape_ref, shapes[416]), offsetof(struct awsc_dynamodb_search_vectors_input, search_vector), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SearchVectorsInput.SearchVector: SearchVectorList */
        [690] = {REF(members[690].name_ref, strings[13715]), REF(members[690].shape_ref, shapes[427]), offsetof(struct awsc_dynamodb_search_vectors_input, search_condition_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SearchVectorsInput.SearchConditionExpression: String */
        [691] = {REF(members[691].name_ref, strings[13741]), REF(members[691].shape_ref, shapes[461]), offsetof(struct awsc_dynamodb_search_vectors_input, top_k), offsetof(struct awsc_dynamodb_search_vectors_input, has_top_k), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SearchVectorsInput.TopK: TopKInteger */
        [692] = {REF(members[692].name_ref, strings[1411]), REF(members[692].shape_ref, shapes[499]), offsetof(struct awsc_dynamodb_search_vectors_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SearchVectorsOutput.ConsumedCapacity: VectorCapacity */
        [693] = {REF(members[693].name_ref, strings[13766]), REF(members[693].shape_ref, shapes[412]), offsetof(struct awsc_dynamodb_search_vectors_output, search_results), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SearchVectorsOutput.SearchResults: SearchResultList */
        [694] = {REF(members[694].name_ref, strings[1200]), REF(members[694].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_source_table_details, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SourceTableDetails.TableName: TableName */
        [695] = {REF(members[695].name_ref, strings[1210]), REF(members[695].shape_ref, shapes[438]), offsetof(struct awsc_dynamodb_source_table_details, table_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SourceTableDetails.TableId: TableId */
        [696] = {REF(members[696].name_ref, strings[1218]), REF(members[696].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_source_table_details, table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SourceTableDetails.TableArn: TableArn */
        [697] = {REF(members[697].name_ref, strings[13874]), REF(members[697].shape_ref, shapes[297]), offsetof(struct awsc_dynamodb_source_table_details, table_size_bytes), offsetof(struct awsc_dynamodb_source_table_details, has_table_size_bytes), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SourceTableDetails.TableSizeBytes: LongObject */
        [698] = {REF(members[698].name_ref, strings[3325]), REF(members[698].shape_ref, shapes[260]), offsetof(struct awsc_dynamodb_source_table_details, key_schema), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SourceTableDetails.KeySchema: KeySchema */
        [699] = {REF(members[699].name_ref, strings[13889]), REF(members[699].shape_ref, shapes[435]), offsetof(struct awsc_dynamodb_source_table_details, table_creation_date_time), offsetof(struct awsc_dynamodb_source_table_details, has_table_creation_date_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SourceTableDetails.TableCreationDateTime: TableCreationDateTime */
        [700] = {REF(members[700].name_ref, strings[3346]), REF(members[700].shape_ref, shapes[328]), offsetof(struct awsc_dynamodb_source_table_details, provisioned_throughput), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SourceTableDetails.ProvisionedThroughput: ProvisionedThroughput */
        [701] = {REF(members[701].name_ref, strings[3368]), REF(members[701].shape_ref, shapes[307]), offsetof(struct awsc_dynamodb_source_table_details, on_demand_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SourceTableDetails.OnDemandThroughput: OnDemandThroughput */
        [702] = {REF(members[702].name_ref, strings[6121]), REF(members[702].shape_ref, shapes[250]), offsetof(struct awsc_dynamodb_source_table_details, item_count), offsetof(struct awsc_dynamodb_source_table_details, has_item_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SourceTableDetails.ItemCount: ItemCount */
        [703] = {REF(members[703].name_ref, strings[2093]), REF(members[703].shape_ref, shapes[52]), offsetof(struct awsc_dynamodb_source_table_details, billing_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SourceTableDetails.BillingMode: BillingMode */
        [704] = {REF(members[704].name_ref, strings[2715]), REF(members[704].shape_ref, shapes[295]), offsetof(struct awsc_dynamodb_source_table_feature_details, local_secondary_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SourceTableFeatureDetails.LocalSecondaryIndexes: LocalSecondaryIndexes */
        [705] = {REF(members[705].name_ref, strings[2737]), REF(members[705].shape_ref, shapes[202]), offsetof(struct awsc_dynamodb_source_table_feature_details, global_secondary_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SourceTableFeatureDetails.GlobalSecondaryIndexes: GlobalSecondaryIndexes */
        [706] = {REF(members[706].name_ref, strings[13911]), REF(members[706].shape_ref, shapes[425]), offsetof(struct awsc_dynamodb_source_table_feature_details, stream_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SourceTableFeatureDetails.StreamDescription: StreamSpecification */
        [707] = {REF(members[707].name_ref, strings[5469]), REF(members[707].shape_ref, shapes[457]), offsetof(struct awsc_dynamodb_source_table_feature_details, time_to_live_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SourceTableFeatureDetails.TimeToLiveDescription: TimeToLiveDescription */
        [708] = {REF(members[708].name_ref, strings[13313]), REF(members[708].shape_ref, shapes[400]), offsetof(struct awsc_dynamodb_source_table_feature_details, sse_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SourceTableFeatureDetails.SSEDescription: SSEDescription */
        [709] = {REF(members[709].name_ref, strings[2760]), REF(members[709].shape_ref, shapes[508]), offsetof(struct awsc_dynamodb_source_table_feature_details, vector_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SourceTableFeatureDetails.VectorIndexes: VectorIndexes */
        [710] = {REF(members[710].name_ref, strings[13929]), REF(members[710].shape_ref, shapes[424]), offsetof(struct awsc_dynamodb_stream_specification, stream_enabled), offsetof(struct awsc_dynamodb_stream_specification, has_stream_enabled), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamSpecification.StreamEnabled: StreamEnabled */
        [711] = {REF(members[711].name_ref, strings[13943]), REF(members[711].shape_ref, shapes[426]), offsetof(struct awsc_dynamodb_stream_specification, stream_view_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamSpecification.StreamViewType: StreamViewType */
        [712] = {REF(members[712].name_ref, strings[1111]), REF(members[712].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_table_already_exists_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableAlreadyExistsException.message: ErrorMessage */
        [713] = {REF(members[713].name_ref, strings[1200]), REF(members[713].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_table_auto_scaling_description, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableAutoScalingDescription.TableName: TableName */
        [714] = {REF(members[714].name_ref, strings[14087]), REF(members[714].shape_ref, shapes[443]), offsetof(struct awsc_dynamodb_table_auto_scaling_description, table_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableAutoScalingDescription.TableStatus: TableStatus */
        [715] = {REF(members[715].name_ref, strings[14099]), REF(members[715].shape_ref, shapes[347]), offsetof(struct awsc_dynamodb_table_auto_scaling_description, replicas), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableAutoScalingDescription.Replicas: ReplicaAutoScalingDescriptionList */
        [716] = {REF(members[716].name_ref, strings[3763]), REF(members[716].shape_ref, shapes[433]), offsetof(struct awsc_dynamodb_table_class_summary, table_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableClassSummary.TableClass: TableClass */
        [717] = {REF(members[717].name_ref, strings[4640]), REF(members[717].shape_ref, shapes[101]), offsetof(struct awsc_dynamodb_table_class_summary, last_update_date_time), offsetof(struct awsc_dynamodb_table_class_summary, has_last_update_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableClassSummary.LastUpdateDateTime: Date */
        [718] = {REF(members[718].name_ref, strings[1200]), REF(members[718].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_table_creation_parameters, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableCreationParameters.TableName: TableName */
        [719] = {REF(members[719].name_ref, strings[206]), REF(members[719].shape_ref, shapes[5]), offsetof(struct awsc_dynamodb_table_creation_parameters, attribute_definitions), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableCreationParameters.AttributeDefinitions: AttributeDefinitions */
        [720] = {REF(members[720].name_ref, strings[3325]), REF(members[720].shape_ref, shapes[260]), offsetof(struct awsc_dynamodb_table_creation_parameters, key_schema), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableCreationParameters.KeySchema: KeySchema */
        [721] = {REF(members[721].name_ref, strings[2093]), REF(members[721].shape_ref, shapes[52]), offsetof(struct awsc_dynamodb_table_creation_parameters, billing_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableCreationParameters.BillingMode: BillingMode */
        [722] = {REF(members[722].name_ref, strings[3346]), REF(members[722].shape_ref, shapes[328]), offsetof(struct awsc_dynamodb_table_creation_parameters, provisioned_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableCreationParameters.ProvisionedThroughput: ProvisionedThroughput */
        [723] = {REF(members[723].name_ref, strings[3368]), REF(members[723].shape_ref, shapes[307]), offsetof(struct awsc_dynamodb_table_creation_parameters, on_demand_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableCreationParameters.OnDemandThroughput: OnDemandThroughput */
        [724] = {REF(members[724].name_ref, strings[3741]), REF(members[724].shape_ref, shapes[402]), offsetof(struct awsc_dynamodb_table_creation_parameters, sse_specification), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableCreationParameters.SSESpecification: SSESpecification */
        [725] = {REF(members[725].name_ref, strings[2737]), REF(members[725].shape_ref, shapes[198]), offsetof(struct awsc_dynamodb_table_creation_parameters, global_secondary_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableCreationParameters.GlobalSecondaryIndexes: GlobalSecondaryIndexList */
        [726] = {REF(members[726].name_ref, strings[2760]), REF(members[726].shape_ref, shapes[505]), offsetof(struct awsc_dynamodb_table_creation_parameters, vector_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableCreationParameters.VectorIndexes: VectorIndexList */
        [727] = {REF(members[727].name_ref, strings[206]), REF(members[727].shape_ref, shapes[5]), offsetof(struct awsc_dynamodb_table_description, attribute_definitions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.AttributeDefinitions: AttributeDefinitions */
        [728] = {REF(members[728].name_ref, strings[1200]), REF(members[728].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_table_description, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.TableName: TableName */
        [729] = {REF(members[729].name_ref, strings[3325]), REF(members[729].shape_ref, shapes[260]), offsetof(struct awsc_dynamodb_table_description, key_schema), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.KeySchema: KeySchema */
        [730] = {REF(members[730].name_ref, strings[14087]), REF(members[730].shape_ref, shapes[443]), offsetof(struct awsc_dynamodb_table_description, table_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.TableStatus: TableStatus */
        [731] = {REF(members[731].name_ref, strings[7288]), REF(members[731].shape_ref, shapes[101]), offsetof(struct awsc_dynamodb_table_description, creation_date_time), offsetof(struct awsc_dynamodb_table_description, has_creation_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.CreationDateTime: Date */
        [732] = {REF(members[732].name_ref, strings[3346]), REF(members[732].shape_ref, shapes[329]), offsetof(struct awsc_dynamodb_table_description, provisioned_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.ProvisionedThroughput: ProvisionedThroughputDescription */
        [733] = {REF(members[733].name_ref, strings[13874]), REF(members[733].shape_ref, shapes[297]), offsetof(struct awsc_dynamodb_table_description, table_size_bytes), offsetof(struct awsc_dynamodb_table_description, has_table_size_bytes), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.TableSizeBytes: LongObject */
        [734] = {REF(members[734].name_ref, strings[6121]), REF(members[734].shape_ref, shapes[297]), offsetof(struct awsc_dynamodb_table_description, item_count), offsetof(struct awsc_dynamodb_table_description, has_item_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.ItemCount: LongObject */
        [735] = {REF(members[735].name_ref, strings[1218]), REF(members[735].shape_ref, shapes[427]), offsetof(struct awsc_dynamodb_table_description, table_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.TableArn: String */
        [736] = {REF(members[736].name_ref, strings[1210]), REF(members[736].shape_ref, shapes[438]), offsetof(struct awsc_dynamodb_table_description, table_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.TableId: TableId */
        [737] = {REF(members[737].name_ref, strings[2133]), REF(members[737].shape_ref, shapes[53]), offsetof(struct awsc_dynamodb_table_description, billing_mode_summary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.BillingModeSummary: BillingModeSummary */
        [738] = {REF(members[738].name_ref, strings[2715]), REF(members[738].shape_ref, shapes[292]), offsetof(struct awsc_dynamodb_table_description, local_secondary_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.LocalSecondaryIndexes: LocalSecondaryIndexDescriptionList */
        [739] = {REF(members[739].name_ref, strings[2737]), REF(members[739].shape_ref, shapes[196]), offsetof(struct awsc_dynamodb_table_description, global_secondary_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.GlobalSecondaryIndexes: GlobalSecondaryIndexDescriptionList */
        [740] = {REF(members[740].name_ref, strings[3721]), REF(members[740].shape_ref, shapes[425]), offsetof(struct awsc_dynamodb_table_description, stream_specification), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.StreamSpecification: StreamSpecification */
        [741] = {REF(members[741].name_ref, strings[14162]), REF(members[741].shape_ref, shapes[427]), offsetof(struct awsc_dynamodb_table_description, latest_stream_label), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.LatestStreamLabel: String */
        [742] = {REF(members[742].name_ref, strings[14180]), REF(members[742].shape_ref, shapes[423]), offsetof(struct awsc_dynamodb_table_description, latest_stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.LatestStreamArn: StreamArn */
        [743] = {REF(members[743].name_ref, strings[14196]), REF(members[743].shape_ref, shapes[427]), offsetof(struct awsc_dynamodb_table_description, global_table_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.GlobalTableVersion: String */
        [744] = {REF(members[744].name_ref, strings[14099]), REF(members[744].shape_ref, shapes[351]), offsetof(struct awsc_dynamodb_table_description, replicas), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.Replicas: ReplicaDescriptionList */
        [745] = {REF(members[745].name_ref, strings[14215]), REF(members[745].shape_ref, shapes[214]), offsetof(struct awsc_dynamodb_table_description, global_table_witnesses), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.GlobalTableWitnesses: GlobalTableWitnessDescriptionList */
        [746] = {REF(members[746].name_ref, strings[3836]), REF(members[746].shape_ref, shapes[211]), offsetof(struct awsc_dynamodb_table_description, global_table_settings_replication_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.GlobalTableSettingsReplicationMode: GlobalTableSettingsReplicationMode */
        [747] = {REF(members[747].name_ref, strings[12831]), REF(members[747].shape_ref, shapes[385]), offsetof(struct awsc_dynamodb_table_description, restore_summary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.RestoreSummary: RestoreSummary */
        [748] = {REF(members[748].name_ref, strings[13313]), REF(members[748].shape_ref, shapes[400]), offsetof(struct awsc_dynamodb_table_description, sse_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.SSEDescription: SSEDescription */
        [749] = {REF(members[749].name_ref, strings[76]), REF(members[749].shape_ref, shapes[2]), offsetof(struct awsc_dynamodb_table_description, archival_summary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.ArchivalSummary: ArchivalSummary */
        [750] = {REF(members[750].name_ref, strings[14144]), REF(members[750].shape_ref, shapes[434]), offsetof(struct awsc_dynamodb_table_description, table_class_summary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.TableClassSummary: TableClassSummary */
        [751] = {REF(members[751].name_ref, strings[3774]), REF(members[751].shape_ref, shapes[117]), offsetof(struct awsc_dynamodb_table_description, deletion_protection_enabled), offsetof(struct awsc_dynamodb_table_description, has_deletion_protection_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.DeletionProtectionEnabled: DeletionProtectionEnabled */
        [752] = {REF(members[752].name_ref, strings[3368]), REF(members[752].shape_ref, shapes[307]), offsetof(struct awsc_dynamodb_table_description, on_demand_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.OnDemandThroughput: OnDemandThroughput */
        [753] = {REF(members[753].name_ref, strings[3387]), REF(members[753].shape_ref, shapes[444]), offsetof(struct awsc_dynamodb_table_description, warm_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.WarmThroughput: TableWarmThroughputDescription */
        [754] = {REF(members[754].name_ref, strings[9732]), REF(members[754].shape_ref, shapes[299]), offsetof(struct awsc_dynamodb_table_description, multi_region_consistency), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.MultiRegionConsistency: MultiRegionConsistency */
        [755] = {REF(members[755].name_ref, strings[2760]), REF(members[755].shape_ref, shapes[503]), offsetof(struct awsc_dynamodb_table_description, vector_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableDescription.VectorIndexes: VectorIndexDescriptionList */
        [756] = {REF(members[756].name_ref, strings[1111]), REF(members[756].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_table_in_use_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableInUseException.message: ErrorMessage */
        [757] = {REF(members[757].name_ref, strings[1111]), REF(members[757].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_table_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableNotFoundException.message: ErrorMessage */
        [758] = {REF(members[758].name_ref, strings[7160]), REF(members[758].shape_ref, shapes[322]), offsetof(struct awsc_dynamodb_table_warm_throughput_description, read_units_per_second), offsetof(struct awsc_dynamodb_table_warm_throughput_description, has_read_units_per_second), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableWarmThroughputDescription.ReadUnitsPerSecond: PositiveLongObject */
        [759] = {REF(members[759].name_ref, strings[7179]), REF(members[759].shape_ref, shapes[322]), offsetof(struct awsc_dynamodb_table_warm_throughput_description, write_units_per_second), offsetof(struct awsc_dynamodb_table_warm_throughput_description, has_write_units_per_second), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableWarmThroughputDescription.WriteUnitsPerSecond: PositiveLongObject */
        [760] = {REF(members[760].name_ref, strings[7199]), REF(members[760].shape_ref, shapes[443]), offsetof(struct awsc_dynamodb_table_warm_throughput_description, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TableWarmThroughputDescription.Status: TableStatus */
        [761] = {REF(members[761].name_ref, strings[2543]), REF(members[761].shape_ref, shapes[447]), offsetof(struct awsc_dynamodb_tag, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tag.Key: TagKeyString */
        [762] = {REF(members[762].name_ref, strings[359]), REF(members[762].shape_ref, shapes[450]), offsetof(struct awsc_dynamodb_tag, value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tag.Value: TagValueString */
        [763] = {REF(members[763].name_ref, strings[4341]), REF(members[763].shape_ref, shapes[380]), offsetof(struct awsc_dynamodb_tag_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagResourceInput.ResourceArn: ResourceArnString */
        [764] = {REF(members[764].name_ref, strings[3758]), REF(members[764].shape_ref, shapes[448]), offsetof(struct awsc_dynamodb_tag_resource_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagResourceInput.Tags: TagList */
        [765] = {REF(members[765].name_ref, strings[1111]), REF(members[765].shape_ref, shapes[22]), offsetof(struct awsc_dynamodb_throttling_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ThrottlingException.message: AvailabilityErrorMessage */
        [766] = {REF(members[766].name_ref, strings[14528]), REF(members[766].shape_ref, shapes[453]), offsetof(struct awsc_dynamodb_throttling_exception, throttling_reasons), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ThrottlingException.throttlingReasons: ThrottlingReasonList */
        [767] = {REF(members[767].name_ref, strings[14563]), REF(members[767].shape_ref, shapes[341]), offsetof(struct awsc_dynamodb_throttling_reason, reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ThrottlingReason.reason: Reason */
        [768] = {REF(members[768].name_ref, strings[14570]), REF(members[768].shape_ref, shapes[379]), offsetof(struct awsc_dynamodb_throttling_reason, resource), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ThrottlingReason.resource: Resource */
        [769] = {REF(members[769].name_ref, strings[14624]), REF(members[769].shape_ref, shapes[460]), offsetof(struct awsc_dynamodb_time_to_live_description, time_to_live_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TimeToLiveDescription.TimeToLiveStatus: TimeToLiveStatus */
        [770] = {REF(members[770].name_ref, strings[178]), REF(members[770].shape_ref, shapes[456]), offsetof(struct awsc_dynamodb_time_to_live_description, attribute_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TimeToLiveDescription.AttributeName: TimeToLiveAttributeName */
        [771] = {REF(members[771].name_ref, strings[13378]), REF(members[771].shape_ref, shapes[458]), offsetof(struct awsc_dynamodb_time_to_live_specification, enabled), offsetof(struct awsc_dynamodb_time_to_live_specification, has_enabled), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TimeToLiveSpecification.Enabled: TimeToLiveEnabled */
        [772] = {REF(members[772].name_ref, strings[178]), REF(members[772].shape_ref, shapes[456]), offsetof(struct awsc_dynamodb_time_to_live_specification, attribute_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TimeToLiveSpecification.AttributeName: TimeToLiveAttributeName */
        [773] = {REF(members[773].name_ref, strings[6623]), REF(members[773].shape_ref, shapes[187]), offsetof(struct awsc_dynamodb_transact_get_item, get), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TransactGetItem.Get: Get */
        [774] = {REF(members[774].name_ref, strings[14789]), REF(members[774].shape_ref, shapes[463]), offsetof(struct awsc_dynamodb_transact_get_items_input, transact_items), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TransactGetItemsInput.TransactItems: TransactGetItemList */
        [775] = {REF(members[775].name_ref, strings[1350]), REF(members[775].shape_ref, shapes[390]), offsetof(struct awsc_dynamodb_transact_get_items_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TransactGetItemsInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [776] = {REF(members[776].name_ref, strings[1411]), REF(members[776].shape_ref, shapes[74]), offsetof(struct awsc_dynamodb_transact_get_items_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TransactGetItemsOutput.ConsumedCapacity: ConsumedCapacityMultiple */
        [777] = {REF(members[777].name_ref, strings[1401]), REF(members[777].shape_ref, shapes[253]), offsetof(struct awsc_dynamodb_transact_get_items_output, responses), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TransactGetItemsOutput.Responses: ItemResponseList */
        [778] = {REF(members[778].name_ref, strings[2528]), REF(members[778].shape_ref, shapes[67]), offsetof(struct awsc_dynamodb_transact_write_item, condition_check), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TransactWriteItem.ConditionCheck: ConditionCheck */
        [779] = {REF(members[779].name_ref, strings[10598]), REF(members[779].shape_ref, shapes[332]), offsetof(struct awsc_dynamodb_transact_write_item, put), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TransactWriteItem.Put: Put */
        [780] = {REF(members[780].name_ref, strings[4061]), REF(members[780].shape_ref, shapes[102]), offsetof(struct awsc_dynamodb_transact_write_item, delete_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TransactWriteItem.Delete: Delete */
        [781] = {REF(members[781].name_ref, strings[7069]), REF(members[781].shape_ref, shapes[474]), offsetof(struct awsc_dynamodb_transact_write_item, update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TransactWriteItem.Update: Update */
        [782] = {REF(members[782].name_ref, strings[14789]), REF(members[782].shape_ref, shapes[467]), offsetof(struct awsc_dynamodb_transact_write_items_input, transact_items), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TransactWriteItemsInput.TransactItems: TransactWriteItemList */
        [783] = {REF(members[783].name_ref, strings[1350]), REF(members[783].shape_ref, shapes[390]), offsetof(struct awsc_dynamodb_transact_write_items_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TransactWriteItemsInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [784] = {REF(members[784].name_ref, strings[1964]), REF(members[784].shape_ref, shapes[391]), offsetof(struct awsc_dynamodb_transact_write_items_input, return_item_collection_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TransactWriteItemsInput.ReturnItemCollectionMetrics: ReturnItemCollectionMetrics */
        [785] = {REF(members[785].name_ref, strings[2369]), REF(members[785].shape_ref, shapes[61]), offsetof(struct awsc_dynamodb_transact_write_items_input, client_request_token), AWSC_NO_PRESENCE, AWSC_MF_IDEMPOTENCY_TOKEN, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TransactWriteItemsInput.ClientRequestToken: ClientRequestToken */
        [786] = {REF(members[786].name_ref, strings[1411]), REF(members[786].shape_ref, shapes[74]), offsetof(struct awsc_dynamodb_transact_write_items_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TransactWriteItemsOutput.ConsumedCapacity: ConsumedCapacityMultiple */
        [787] = {REF(members[787].name_ref, strings[2030]), REF(members[787].shape_ref, shapes[246]), offsetof(struct awsc_dynamodb_transact_write_items_output, item_collection_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TransactWriteItemsOutput.ItemCollectionMetrics: ItemCollectionMetricsPerTable */
        [788] = {REF(members[788].name_ref, strings[1558]), REF(members[788].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_transaction_canceled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TransactionCanceledException.Message: ErrorMessage */
        [789] = {REF(members[789].name_ref, strings[14944]), REF(members[789].shape_ref, shapes[59]), offsetof(struct awsc_dynamodb_transaction_canceled_exception, cancellation_reasons), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TransactionCanceledException.CancellationReasons: CancellationReasonList */
        [790] = {REF(members[790].name_ref, strings[1111]), REF(members[790].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_transaction_conflict_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TransactionConflictException.message: ErrorMessage */
        [791] = {REF(members[791].name_ref, strings[1558]), REF(members[791].shape_ref, shapes[151]), offsetof(struct awsc_dynamodb_transaction_in_progress_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TransactionInProgressException.Message: ErrorMessage */
        [792] = {REF(members[792].name_ref, strings[4341]), REF(members[792].shape_ref, shapes[380]), offsetof(struct awsc_dynamodb_untag_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagResourceInput.ResourceArn: ResourceArnString */
        [793] = {REF(members[793].name_ref, strings[15043]), REF(members[793].shape_ref, shapes[446]), offsetof(struct awsc_dynamodb_untag_resource_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagResourceInput.TagKeys: TagKeyList */
        [794] = {REF(members[794].name_ref, strings[2543]), REF(members[794].shape_ref, shapes[256]), offsetof(struct awsc_dynamodb_update, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Update.Key: Key */
        [795] = {REF(members[795].name_ref, strings[15051]), REF(members[795].shape_ref, shapes[479]), offsetof(struct awsc_dynamodb_update, update_expression), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Update.UpdateExpression: UpdateExpression */
        [796] = {REF(members[796].name_ref, strings[1200]), REF(members[796].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_update, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Update.TableName: TableArn */
        [797] = {REF(members[797].name_ref, strings[2547]), REF(members[797].shape_ref, shapes[68]), offsetof(struct awsc_dynamodb_update, condition_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Update.ConditionExpression: ConditionExpression */
        [798] = {REF(members[798].name_ref, strings[2567]), REF(members[798].shape_ref, shapes[179]), offsetof(struct awsc_dynamodb_update, expression_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Update.ExpressionAttributeNames: ExpressionAttributeNameMap */
        [799] = {REF(members[799].name_ref, strings[2592]), REF(members[799].shape_ref, shapes[181]), offsetof(struct awsc_dynamodb_update, expression_attribute_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Update.ExpressionAttributeValues: ExpressionAttributeValueMap */
        [800] = {REF(members[800].name_ref, strings[1879]), REF(members[800].shape_ref, shapes[393]), offsetof(struct awsc_dynamodb_update, return_values_on_condition_check_failure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Update.ReturnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure */
        [801] = {REF(members[801].name_ref, strings[1200]), REF(members[801].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_update_continuous_backups_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateContinuousBackupsInput.TableName: TableArn */
        [802] = {REF(members[802].name_ref, strings[10179]), REF(members[802].shape_ref, shapes[316]), offsetof(struct awsc_dynamodb_update_continuous_backups_input, point_in_time_recovery_specification), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateContinuousBackupsInput.PointInTimeRecoverySpecification: PointInTimeRecoverySpecification */
        [803] = {REF(members[803].name_ref, strings[2821]), REF(members[803].shape_ref, shapes[76]), offsetof(struct awsc_dynamodb_update_continuous_backups_output, continuous_backups_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateContinuousBackupsOutput.ContinuousBackupsDescription: ContinuousBackupsDescription */
        [804] = {REF(members[804].name_ref, strings[1200]), REF(members[804].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_update_contributor_insights_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateContributorInsightsInput.TableName: TableArn */
        [805] = {REF(members[805].name_ref, strings[3245]), REF(members[805].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_update_contributor_insights_input, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateContributorInsightsInput.IndexName: IndexName */
        [806] = {REF(members[806].name_ref, strings[2960]), REF(members[806].shape_ref, shapes[79]), offsetof(struct awsc_dynamodb_update_contributor_insights_input, contributor_insights_action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateContributorInsightsInput.ContributorInsightsAction: ContributorInsightsAction */
        [807] = {REF(members[807].name_ref, strings[3001]), REF(members[807].shape_ref, shapes[80]), offsetof(struct awsc_dynamodb_update_contributor_insights_input, contributor_insights_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateContributorInsightsInput.ContributorInsightsMode: ContributorInsightsMode */
        [808] = {REF(members[808].name_ref, strings[1200]), REF(members[808].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_update_contributor_insights_output, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateContributorInsightsOutput.TableName: TableName */
        [809] = {REF(members[809].name_ref, strings[3245]), REF(members[809].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_update_contributor_insights_output, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateContributorInsightsOutput.IndexName: IndexName */
        [810] = {REF(members[810].name_ref, strings[3120]), REF(members[810].shape_ref, shapes[83]), offsetof(struct awsc_dynamodb_update_contributor_insights_output, contributor_insights_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateContributorInsightsOutput.ContributorInsightsStatus: ContributorInsightsStatus */
        [811] = {REF(members[811].name_ref, strings[3001]), REF(members[811].shape_ref, shapes[80]), offsetof(struct awsc_dynamodb_update_contributor_insights_output, contributor_insights_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateContributorInsightsOutput.ContributorInsightsMode: ContributorInsightsMode */
        [812] = {REF(members[812].name_ref, strings[3245]), REF(members[812].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_update_global_secondary_index_action, index_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateGlobalSecondaryIndexAction.IndexName: IndexName */
        [813] = {REF(members[813].name_ref, strings[3346]), REF(members[813].shape_ref, shapes[328]), offsetof(struct awsc_dynamodb_update_global_secondary_index_action, provisioned_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateGlobalSecondaryIndexAction.ProvisionedThroughput: ProvisionedThroughput */
        [814] = {REF(members[814].name_ref, strings[3368]), REF(members[814].shape_ref, shapes[307]), offsetof(struct awsc_dynamodb_update_global_secondary_index_action, on_demand_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateGlobalSecondaryIndexAction.OnDemandThroughput: OnDemandThroughput */
        [815] = {REF(members[815].name_ref, strings[3387]), REF(members[815].shape_ref, shapes[510]), offsetof(struct awsc_dynamodb_update_global_secondary_index_action, warm_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateGlobalSecondaryIndexAction.WarmThroughput: WarmThroughput */
        [816] = {REF(members[816].name_ref, strings[3425]), REF(members[816].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_update_global_table_input, global_table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateGlobalTableInput.GlobalTableName: TableName */
        [817] = {REF(members[817].name_ref, strings[15246]), REF(members[817].shape_ref, shapes[374]), offsetof(struct awsc_dynamodb_update_global_table_input, replica_updates), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateGlobalTableInput.ReplicaUpdates: ReplicaUpdateList */
        [818] = {REF(members[818].name_ref, strings[3482]), REF(members[818].shape_ref, shapes[206]), offsetof(struct awsc_dynamodb_update_global_table_output, global_table_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateGlobalTableOutput.GlobalTableDescription: GlobalTableDescription */
        [819] = {REF(members[819].name_ref, strings[3425]), REF(members[819].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_update_global_table_settings_input, global_table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateGlobalTableSettingsInput.GlobalTableName: TableName */
        [820] = {REF(members[820].name_ref, strings[15316]), REF(members[820].shape_ref, shapes[52]), offsetof(struct awsc_dynamodb_update_global_table_settings_input, global_table_billing_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateGlobalTableSettingsInput.GlobalTableBillingMode: BillingMode */
        [821] = {REF(members[821].name_ref, strings[15339]), REF(members[821].shape_ref, shapes[322]), offsetof(struct awsc_dynamodb_update_global_table_settings_input, global_table_provisioned_write_capacity_units), offsetof(struct awsc_dynamodb_update_global_table_settings_input, has_global_table_provisioned_write_capacity_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateGlobalTableSettingsInput.GlobalTableProvisionedWriteCapacityUnits: PositiveLongObject */
        [822] = {REF(members[822].name_ref, strings[15380]), REF(members[822].shape_ref, shapes[19]), offsetof(struct awsc_dynamodb_update_global_table_settings_input, global_table_provisioned_write_capacity_auto_scaling_settings_update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateGlobalTableSettingsInput.GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate: AutoScalingSettingsUpdate */
        [823] = {REF(members[823].name_ref, strings[7323]), REF(members[823].shape_ref, shapes[208]), offsetof(struct awsc_dynamodb_update_global_table_settings_input, global_table_global_secondary_index_settings_update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateGlobalTableSettingsInput.GlobalTableGlobalSecondaryIndexSettingsUpdate: GlobalTableGlobalSecondaryIndexSettingsUpdateList */
        [824] = {REF(members[824].name_ref, strings[12331]), REF(members[824].shape_ref, shapes[369]), offsetof(struct awsc_dynamodb_update_global_table_settings_input, replica_settings_update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateGlobalTableSettingsInput.ReplicaSettingsUpdate: ReplicaSettingsUpdateList */
        [825] = {REF(members[825].name_ref, strings[3425]), REF(members[825].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_update_global_table_settings_output, global_table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateGlobalTableSettingsOutput.GlobalTableName: TableName */
        [826] = {REF(members[826].name_ref, strings[4924]), REF(members[826].shape_ref, shapes[367]), offsetof(struct awsc_dynamodb_update_global_table_settings_output, replica_settings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateGlobalTableSettingsOutput.ReplicaSettings: ReplicaSettingsDescriptionList */
        [827] = {REF(members[827].name_ref, strings[1200]), REF(members[827].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_update_item_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateItemInput.TableName: TableArn */
        [828] = {REF(members[828].name_ref, strings[2543]), REF(members[828].shape_ref, shapes[256]), offsetof(struct awsc_dynamodb_update_item_input, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateItemInput.Key: Key */
        [829] = {REF(members[829].name_ref, strings[258]), REF(members[829].shape_ref, shapes[9]), offsetof(struct awsc_dynamodb_update_item_input, attribute_updates), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateItemInput.AttributeUpdates: AttributeUpdates */
        [830] = {REF(members[830].name_ref, strings[4196]), REF(members[830].shape_ref, shapes[158]), offsetof(struct awsc_dynamodb_update_item_input, expected), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateItemInput.Expected: ExpectedAttributeMap */
        [831] = {REF(members[831].name_ref, strings[2650]), REF(members[831].shape_ref, shapes[70]), offsetof(struct awsc_dynamodb_update_item_input, conditional_operator), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateItemInput.ConditionalOperator: ConditionalOperator */
        [832] = {REF(members[832].name_ref, strings[4205]), REF(members[832].shape_ref, shapes[392]), offsetof(struct awsc_dynamodb_update_item_input, return_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateItemInput.ReturnValues: ReturnValue */
        [833] = {REF(members[833].name_ref, strings[1350]), REF(members[833].shape_ref, shapes[390]), offsetof(struct awsc_dynamodb_update_item_input, return_consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateItemInput.ReturnConsumedCapacity: ReturnConsumedCapacity */
        [834] = {REF(members[834].name_ref, strings[1964]), REF(members[834].shape_ref, shapes[391]), offsetof(struct awsc_dynamodb_update_item_input, return_item_collection_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateItemInput.ReturnItemCollectionMetrics: ReturnItemCollectionMetrics */
        [835] = {REF(members[835].name_ref, strings[15051]), REF(members[835].shape_ref, shapes[479]), offsetof(struct awsc_dynamodb_update_item_input, update_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateItemInput.UpdateExpression: UpdateExpression */
        [836] = {REF(members[836].name_ref, strings[2547]), REF(members[836].shape_ref, shapes[68]), offsetof(struct awsc_dynamodb_update_item_input, condition_expression), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateItemInput.ConditionExpression: ConditionExpression */
        [837] = {REF(members[837].name_ref, strings[2567]), REF(members[837].shape_ref, shapes[179]), offsetof(struct awsc_dynamodb_update_item_input, expression_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateItemInput.ExpressionAttributeNames: ExpressionAttributeNameMap */
        [838] = {REF(members[838].name_ref, strings[2592]), REF(members[838].shape_ref, shapes[181]), offsetof(struct awsc_dynamodb_update_item_input, expression_attribute_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateItemInput.ExpressionAttributeValues: ExpressionAttributeValueMap */
        [839] = {REF(members[839].name_ref, strings[1879]), REF(members[839].shape_ref, shapes[393]), offsetof(struct awsc_dynamodb_update_item_input, return_values_on_condition_check_failure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateItemInput.ReturnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure */
        [840] = {REF(members[840].name_ref, strings[4235]), REF(members[840].shape_ref, shapes[6]), offsetof(struct awsc_dynamodb_update_item_output, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateItemOutput.Attributes: AttributeMap */
        [841] = {REF(members[841].name_ref, strings[1411]), REF(members[841].shape_ref, shapes[73]), offsetof(struct awsc_dynamodb_update_item_output, consumed_capacity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateItemOutput.ConsumedCapacity: ConsumedCapacity */
        [842] = {REF(members[842].name_ref, strings[2030]), REF(members[842].shape_ref, shapes[244]), offsetof(struct awsc_dynamodb_update_item_output, item_collection_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateItemOutput.ItemCollectionMetrics: ItemCollectionMetrics */
        [843] = {REF(members[843].name_ref, strings[0]), REF(members[843].shape_ref, shapes[0]), offsetof(struct awsc_dynamodb_update_kinesis_streaming_configuration, approximate_creation_date_time_precision), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateKinesisStreamingConfiguration.ApproximateCreationDateTimePrecision: ApproximateCreationDateTimePrecision */
        [844] = {REF(members[844].name_ref, strings[1200]), REF(members[844].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_update_kinesis_streaming_destination_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateKinesisStreamingDestinationInput.TableName: TableArn */
        [845] = {REF(members[845].name_ref, strings[8798]), REF(members[845].shape_ref, shapes[423]), offsetof(struct awsc_dynamodb_update_kinesis_streaming_destination_input, stream_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateKinesisStreamingDestinationInput.StreamArn: StreamArn */
        [846] = {REF(members[846].name_ref, strings[15506]), REF(members[846].shape_ref, shapes[487]), offsetof(struct awsc_dynamodb_update_kinesis_streaming_destination_input, update_kinesis_streaming_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateKinesisStreamingDestinationInput.UpdateKinesisStreamingConfiguration: UpdateKinesisStreamingConfiguration */
        [847] = {REF(members[847].name_ref, strings[1200]), REF(members[847].shape_ref, shapes[440]), offsetof(struct awsc_dynamodb_update_kinesis_streaming_destination_output, table_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateKinesisStreamingDestinationOutput.TableName: TableName */
        [848] = {REF(members[848].name_ref, strings[8798]), REF(members[848].shape_ref, shapes[423]), offsetof(struct awsc_dynamodb_update_kinesis_streaming_destination_output, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateKinesisStreamingDestinationOutput.StreamArn: StreamArn */
        [849] = {REF(members[849].name_ref, strings[5491]), REF(members[849].shape_ref, shapes[144]), offsetof(struct awsc_dynamodb_update_kinesis_streaming_destination_output, destination_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateKinesisStreamingDestinationOutput.DestinationStatus: DestinationStatus */
        [850] = {REF(members[850].name_ref, strings[15506]), REF(members[850].shape_ref, shapes[487]), offsetof(struct awsc_dynamodb_update_kinesis_streaming_destination_output, update_kinesis_streaming_configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateKinesisStreamingDestinationOutput.UpdateKinesisStreamingConfiguration: UpdateKinesisStreamingConfiguration */
        [851] = {REF(members[851].name_ref, strings[3547]), REF(members[851].shape_ref, shapes[343]), offsetof(struct awsc_dynamodb_update_replication_group_member_action, region_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateReplicationGroupMemberAction.RegionName: RegionName */
        [852] = {REF(members[852].name_ref, strings[3613]), REF(members[852].shape_ref, shapes[255]), offsetof(struct awsc_dynamodb_update_replication_group_member_action, kms_master_key_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateReplicationGroupMemberAction.KMSMasterKeyId: KMSMasterKeyId */
        [853] = {REF(members[853].name_ref, strings[3628]), REF(members[853].shape_ref, shapes[331]), offsetof(struct awsc_dynamodb_update_replication_group_member_action, provisioned_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateReplicationGroupMemberAction.ProvisionedThroughputOverride: ProvisionedThroughputOverride */
        [854] = {REF(members[854].name_ref, strings[3658]), REF(members[854].shape_ref, shapes[308]), offsetof(struct awsc_dynamodb_update_replication_group_member_action, on_demand_throughput_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateReplicationGroupMemberAction.OnDemandThroughputOverride: OnDemandThroughputOverride */
        [855] = {REF(members[855].name_ref, strings[2737]), REF(members[855].shape_ref, shapes[359]), offsetof(struct awsc_dynamodb_update_replication_group_member_action, global_secondary_indexes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateReplicationGroupMemberAction.GlobalSecondaryIndexes: ReplicaGlobalSecondaryIndexList */
        [856] = {REF(members[856].name_ref, strings[3685]), REF(members[856].shape_ref, shapes[433]), offsetof(struct awsc_dynamodb_update_replication_group_member_action, table_class_override), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateReplicationGroupMemberAction.TableClassOverride: TableClass */
        [857] = {REF(members[857].name_ref, strings[206]), REF(members[857].shape_ref, shapes[5]), offsetof(struct awsc_dynamodb_update_table_input, attribute_definitions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateTableInput.AttributeDefinitions: AttributeDefinitions */
        [858] = {REF(members[858].name_ref, strings[1200]), REF(members[858].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_update_table_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateTableInput.TableName: TableArn */
        [859] = {REF(members[859].name_ref, strings[2093]), REF(members[859].shape_ref, shapes[52]), offsetof(struct awsc_dynamodb_update_table_input, billing_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateTableInput.BillingMode: BillingMode */
        [860] = {REF(members[860].name_ref, strings[3346]), REF(members[860].shape_ref, shapes[328]), offsetof(struct awsc_dynamodb_update_table_input, provisioned_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateTableInput.ProvisionedThroughput: ProvisionedThroughput */
        [861] = {REF(members[861].name_ref, strings[15673]), REF(members[861].shape_ref, shapes[200]), offsetof(struct awsc_dynamodb_update_table_input, global_secondary_index_updates), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateTableInput.GlobalSecondaryIndexUpdates: GlobalSecondaryIndexUpdateList */
        [862] = {REF(members[862].name_ref, strings[3721]), REF(members[862].shape_ref, shapes[425]), offsetof(struct awsc_dynamodb_update_table_input, stream_specification), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateTableInput.StreamSpecification: StreamSpecification */
        [863] = {REF(members[863].name_ref, strings[3741]), REF(members[863].shape_ref, shapes[402]), offsetof(struct awsc_dynamodb_update_table_input, sse_specification), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateTableInput.SSESpecification: SSESpecification */
        [864] = {REF(members[864].name_ref, strings[15246]), REF(members[864].shape_ref, shapes[377]), offsetof(struct awsc_dynamodb_update_table_input, replica_updates), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateTableInput.ReplicaUpdates: ReplicationGroupUpdateList */
        [865] = {REF(members[865].name_ref, strings[3763]), REF(members[865].shape_ref, shapes[433]), offsetof(struct awsc_dynamodb_update_table_input, table_class), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateTableInput.TableClass: TableClass */
        [866] = {REF(members[866].name_ref, strings[3774]), REF(members[866].shape_ref, shapes[117]), offsetof(struct awsc_dynamodb_update_table_input, deletion_protection_enabled), offsetof(struct awsc_dynamodb_update_table_input, has_deletion_protection_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateTableInput.DeletionProtectionEnabled: DeletionProtectionEnabled */
        [867] = {REF(members[867].name_ref, strings[9732]), REF(members[867].shape_ref, shapes[299]), offsetof(struct awsc_dynamodb_update_table_input, multi_region_consistency), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateTableInput.MultiRegionConsistency: MultiRegionConsistency */
        [868] = {REF(members[868].name_ref, strings[15701]), REF(members[868].shape_ref, shapes[216]), offsetof(struct awsc_dynamodb_update_table_input, global_table_witness_updates), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateTableInput.GlobalTableWitnessUpdates: GlobalTableWitnessGroupUpdateList */
        [869] = {REF(members[869].name_ref, strings[3368]), REF(members[869].shape_ref, shapes[307]), offsetof(struct awsc_dynamodb_update_table_input, on_demand_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateTableInput.OnDemandThroughput: OnDemandThroughput */
        [870] = {REF(members[870].name_ref, strings[3387]), REF(members[870].shape_ref, shapes[510]), offsetof(struct awsc_dynamodb_update_table_input, warm_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateTableInput.WarmThroughput: WarmThroughput */
        [871] = {REF(members[871].name_ref, strings[3836]), REF(members[871].shape_ref, shapes[211]), offsetof(struct awsc_dynamodb_update_table_input, global_table_settings_replication_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateTableInput.GlobalTableSettingsReplicationMode: GlobalTableSettingsReplicationMode */
        [872] = {REF(members[872].name_ref, strings[15727]), REF(members[872].shape_ref, shapes[507]), offsetof(struct awsc_dynamodb_update_table_input, vector_index_updates), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateTableInput.VectorIndexUpdates: VectorIndexUpdateList */
        [873] = {REF(members[873].name_ref, strings[3889]), REF(members[873].shape_ref, shapes[437]), offsetof(struct awsc_dynamodb_update_table_output, table_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateTableOutput.TableDescription: TableDescription */
        [874] = {REF(members[874].name_ref, strings[15673]), REF(members[874].shape_ref, shapes[194]), offsetof(struct awsc_dynamodb_update_table_replica_auto_scaling_input, global_secondary_index_updates), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateTableReplicaAutoScalingInput.GlobalSecondaryIndexUpdates: GlobalSecondaryIndexAutoScalingUpdateList */
        [875] = {REF(members[875].name_ref, strings[1200]), REF(members[875].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_update_table_replica_auto_scaling_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateTableReplicaAutoScalingInput.TableName: TableArn */
        [876] = {REF(members[876].name_ref, strings[6804]), REF(members[876].shape_ref, shapes[19]), offsetof(struct awsc_dynamodb_update_table_replica_auto_scaling_input, provisioned_write_capacity_auto_scaling_update), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateTableReplicaAutoScalingInput.ProvisionedWriteCapacityAutoScalingUpdate: AutoScalingSettingsUpdate */
        [877] = {REF(members[877].name_ref, strings[15246]), REF(members[877].shape_ref, shapes[349]), offsetof(struct awsc_dynamodb_update_table_replica_auto_scaling_input, replica_updates), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateTableReplicaAutoScalingInput.ReplicaUpdates: ReplicaAutoScalingUpdateList */
        [878] = {REF(members[878].name_ref, strings[5392]), REF(members[878].shape_ref, shapes[432]), offsetof(struct awsc_dynamodb_update_table_replica_auto_scaling_output, table_auto_scaling_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateTableReplicaAutoScalingOutput.TableAutoScalingDescription: TableAutoScalingDescription */
        [879] = {REF(members[879].name_ref, strings[1200]), REF(members[879].shape_ref, shapes[431]), offsetof(struct awsc_dynamodb_update_time_to_live_input, table_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateTimeToLiveInput.TableName: TableArn */
        [880] = {REF(members[880].name_ref, strings[14659]), REF(members[880].shape_ref, shapes[459]), offsetof(struct awsc_dynamodb_update_time_to_live_input, time_to_live_specification), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateTimeToLiveInput.TimeToLiveSpecification: TimeToLiveSpecification */
        [881] = {REF(members[881].name_ref, strings[14659]), REF(members[881].shape_ref, shapes[459]), offsetof(struct awsc_dynamodb_update_time_to_live_output, time_to_live_specification), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateTimeToLiveOutput.TimeToLiveSpecification: TimeToLiveSpecification */
        [882] = {REF(members[882].name_ref, strings[178]), REF(members[882].shape_ref, shapes[498]), offsetof(struct awsc_dynamodb_vector_attribute_definition, attribute_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorAttributeDefinition.AttributeName: VectorAttributeName */
        [883] = {REF(members[883].name_ref, strings[15941]), REF(members[883].shape_ref, shapes[75]), offsetof(struct awsc_dynamodb_vector_capacity, vector_search_request_bytes), offsetof(struct awsc_dynamodb_vector_capacity, has_vector_search_request_bytes), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorCapacity.VectorSearchRequestBytes: ConsumedCapacityUnits */
        [884] = {REF(members[884].name_ref, strings[15966]), REF(members[884].shape_ref, shapes[75]), offsetof(struct awsc_dynamodb_vector_capacity, vector_write_request_bytes), offsetof(struct awsc_dynamodb_vector_capacity, has_vector_write_request_bytes), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorCapacity.VectorWriteRequestBytes: ConsumedCapacityUnits */
        [885] = {REF(members[885].name_ref, strings[3245]), REF(members[885].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_vector_index, index_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorIndex.IndexName: IndexName */
        [886] = {REF(members[886].name_ref, strings[3930]), REF(members[886].shape_ref, shapes[497]), offsetof(struct awsc_dynamodb_vector_index, vector_attribute), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorIndex.VectorAttribute: VectorAttributeDefinition */
        [887] = {REF(members[887].name_ref, strings[3946]), REF(members[887].shape_ref, shapes[413]), offsetof(struct awsc_dynamodb_vector_index, search_schema), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorIndex.SearchSchema: SearchSchema */
        [888] = {REF(members[888].name_ref, strings[3335]), REF(members[888].shape_ref, shapes[325]), offsetof(struct awsc_dynamodb_vector_index, projection), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorIndex.Projection: Projection */
        [889] = {REF(members[889].name_ref, strings[3959]), REF(members[889].shape_ref, shapes[322]), offsetof(struct awsc_dynamodb_vector_index, dimensions), offsetof(struct awsc_dynamodb_vector_index, has_dimensions), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorIndex.Dimensions: PositiveLongObject */
        [890] = {REF(members[890].name_ref, strings[3970]), REF(members[890].shape_ref, shapes[500]), offsetof(struct awsc_dynamodb_vector_index, distance_function), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorIndex.DistanceFunction: VectorDistanceFunction */
        [891] = {REF(members[891].name_ref, strings[3245]), REF(members[891].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_vector_index_description, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorIndexDescription.IndexName: IndexName */
        [892] = {REF(members[892].name_ref, strings[3946]), REF(members[892].shape_ref, shapes[413]), offsetof(struct awsc_dynamodb_vector_index_description, search_schema), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorIndexDescription.SearchSchema: SearchSchema */
        [893] = {REF(members[893].name_ref, strings[3335]), REF(members[893].shape_ref, shapes[325]), offsetof(struct awsc_dynamodb_vector_index_description, projection), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorIndexDescription.Projection: Projection */
        [894] = {REF(members[894].name_ref, strings[3930]), REF(members[894].shape_ref, shapes[497]), offsetof(struct awsc_dynamodb_vector_index_description, vector_attribute), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorIndexDescription.VectorAttribute: VectorAttributeDefinition */
        [895] = {REF(members[895].name_ref, strings[3959]), REF(members[895].shape_ref, shapes[322]), offsetof(struct awsc_dynamodb_vector_index_description, dimensions), offsetof(struct awsc_dynamodb_vector_index_description, has_dimensions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorIndexDescription.Dimensions: PositiveLongObject */
        [896] = {REF(members[896].name_ref, strings[3970]), REF(members[896].shape_ref, shapes[500]), offsetof(struct awsc_dynamodb_vector_index_description, distance_function), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorIndexDescription.DistanceFunction: VectorDistanceFunction */
        [897] = {REF(members[897].name_ref, strings[6920]), REF(members[897].shape_ref, shapes[234]), offsetof(struct awsc_dynamodb_vector_index_description, index_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorIndexDescription.IndexStatus: IndexStatus */
        [898] = {REF(members[898].name_ref, strings[896]), REF(members[898].shape_ref, shapes[23]), offsetof(struct awsc_dynamodb_vector_index_description, backfilling), offsetof(struct awsc_dynamodb_vector_index_description, has_backfilling), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorIndexDescription.Backfilling: Backfilling */
        [899] = {REF(members[899].name_ref, strings[6932]), REF(members[899].shape_ref, shapes[297]), offsetof(struct awsc_dynamodb_vector_index_description, index_size_bytes), offsetof(struct awsc_dynamodb_vector_index_description, has_index_size_bytes), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorIndexDescription.IndexSizeBytes: LongObject */
        [900] = {REF(members[900].name_ref, strings[6121]), REF(members[900].shape_ref, shapes[297]), offsetof(struct awsc_dynamodb_vector_index_description, item_count), offsetof(struct awsc_dynamodb_vector_index_description, has_item_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorIndexDescription.ItemCount: LongObject */
        [901] = {REF(members[901].name_ref, strings[6947]), REF(members[901].shape_ref, shapes[427]), offsetof(struct awsc_dynamodb_vector_index_description, index_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorIndexDescription.IndexArn: String */
        [902] = {REF(members[902].name_ref, strings[3245]), REF(members[902].shape_ref, shapes[232]), offsetof(struct awsc_dynamodb_vector_index_info, index_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorIndexInfo.IndexName: IndexName */
        [903] = {REF(members[903].name_ref, strings[3930]), REF(members[903].shape_ref, shapes[497]), offsetof(struct awsc_dynamodb_vector_index_info, vector_attribute), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorIndexInfo.VectorAttribute: VectorAttributeDefinition */
        [904] = {REF(members[904].name_ref, strings[3946]), REF(members[904].shape_ref, shapes[413]), offsetof(struct awsc_dynamodb_vector_index_info, search_schema), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorIndexInfo.SearchSchema: SearchSchema */
        [905] = {REF(members[905].name_ref, strings[3335]), REF(members[905].shape_ref, shapes[325]), offsetof(struct awsc_dynamodb_vector_index_info, projection), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorIndexInfo.Projection: Projection */
        [906] = {REF(members[906].name_ref, strings[3959]), REF(members[906].shape_ref, shapes[322]), offsetof(struct awsc_dynamodb_vector_index_info, dimensions), offsetof(struct awsc_dynamodb_vector_index_info, has_dimensions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorIndexInfo.Dimensions: PositiveLongObject */
        [907] = {REF(members[907].name_ref, strings[3970]), REF(members[907].shape_ref, shapes[500]), offsetof(struct awsc_dynamodb_vector_index_info, distance_function), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorIndexInfo.DistanceFunction: VectorDistanceFunction */
        [908] = {REF(members[908].name_ref, strings[7076]), REF(members[908].shape_ref, shapes[96]), offsetof(struct awsc_dynamodb_vector_index_update, create), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorIndexUpdate.Create: CreateVectorIndexAction */
        [909] = {REF(members[909].name_ref, strings[4061]), REF(members[909].shape_ref, shapes[116]), offsetof(struct awsc_dynamodb_vector_index_update, delete_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VectorIndexUpdate.Delete: DeleteVectorIndexAction */
        [910] = {REF(members[910].name_ref, strings[7160]), REF(members[910].shape_ref, shapes[297]), offsetof(struct awsc_dynamodb_warm_throughput, read_units_per_second), offsetof(struct awsc_dynamodb_warm_throughput, has_read_units_per_second), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* WarmThroughput.ReadUnitsPerSecond: LongObject */
        [911] = {REF(members[911].name_ref, strings[7179]), REF(members[911].shape_ref, shapes[297]), offsetof(struct awsc_dynamodb_warm_throughput, write_units_per_second), offsetof(struct awsc_dynamodb_warm_throughput, has_write_units_per_second), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* WarmThroughput.WriteUnitsPerSecond: LongObject */
        [912] = {REF(members[912].name_ref, strings[10654]), REF(members[912].shape_ref, shapes[336]), offsetof(struct awsc_dynamodb_write_request, put_request), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* WriteRequest.PutRequest: PutRequest */
        [913] = {REF(members[913].name_ref, strings[4301]), REF(members[913].shape_ref, shapes[111]), offsetof(struct awsc_dynamodb_write_request, delete_request), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* WriteRequest.DeleteRequest: DeleteRequest */
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
        /*      0 */ "ApproximateCreationDateTimePrecision\0"
        /*     37 */ "MILLISECOND\0" "MICROSECOND\0"
        /*     61 */ "ArchivalReason\0"
        /*     76 */ "ArchivalSummary\0"
        /*     92 */ "ArchivalDateTime\0"
        /*    109 */ "ArchivalBackupArn\0"
        /*    127 */ "AttributeAction\0"
        /*    143 */ "ADD\0" "PUT\0" "DELETE\0"
        /*    158 */ "AttributeDefinition\0"
        /*    178 */ "AttributeName\0"
        /*    192 */ "AttributeType\0"
        /*    206 */ "AttributeDefinitions\0"
        /*    227 */ "AttributeMap\0"
        /*    240 */ "AttributeNameList\0"
        /*    258 */ "AttributeUpdates\0"
        /*    275 */ "AttributeValue\0"
        /*    290 */ "S\0"
        /*    292 */ "N\0"
        /*    294 */ "B\0"
        /*    296 */ "SS\0"
        /*    299 */ "NS\0"
        /*    302 */ "BS\0"
        /*    305 */ "M\0"
        /*    307 */ "L\0"
        /*    309 */ "NULL\0"
        /*    314 */ "BOOL\0"
        /*    319 */ "AttributeValueList\0"
        /*    338 */ "AttributeValueUpdate\0"
        /*    359 */ "Value\0"
        /*    365 */ "Action\0"
        /*    372 */ "AutoScalingPolicyDescription\0"
        /*    401 */ "PolicyName\0"
        /*    412 */ "TargetTrackingScalingPolicyConfiguration\0"
        /*    453 */ "AutoScalingPolicyDescriptionList\0"
        /*    486 */ "AutoScalingPolicyName\0"
        /*    508 */ "AutoScalingPolicyUpdate\0"
        /*    532 */ "AutoScalingRoleArn\0"
        /*    551 */ "AutoScalingSettingsDescription\0"
        /*    582 */ "MinimumUnits\0"
        /*    595 */ "MaximumUnits\0"
        /*    608 */ "AutoScalingDisabled\0"
        /*    628 */ "ScalingPolicies\0"
        /*    644 */ "AutoScalingSettingsUpdate\0"
        /*    670 */ "ScalingPolicyUpdate\0"
        /*    690 */ "AutoScalingTargetTrackingScalingPolicyConfigurationDescription\0"
        /*    753 */ "DisableScaleIn\0"
        /*    768 */ "ScaleInCooldown\0"
        /*    784 */ "ScaleOutCooldown\0"
        /*    801 */ "TargetValue\0"
        /*    813 */ "AutoScalingTargetTrackingScalingPolicyConfigurationUpdate\0"
        /*    871 */ "AvailabilityErrorMessage\0"
        /*    896 */ "Backfilling\0"
        /*    908 */ "BackupArn\0"
        /*    918 */ "BackupCreationDateTime\0"
        /*    941 */ "BackupDescription\0"
        /*    959 */ "BackupDetails\0"
        /*    973 */ "SourceTableDetails\0"
        /*    992 */ "SourceTableFeatureDetails\0"
        /*   1018 */ "BackupName\0"
        /*   1029 */ "BackupSizeBytes\0"
        /*   1045 */ "BackupStatus\0"
        /*   1058 */ "BackupType\0"
        /*   1069 */ "BackupExpiryDateTime\0"
        /*   1090 */ "BackupInUseException\0"
        /*   1111 */ "message\0"
        /*   1119 */ "BackupNotFoundException\0"
        /*   1143 */ "CREATING\0" "DELETED\0" "AVAILABLE\0"
        /*   1170 */ "BackupSummaries\0"
        /*   1186 */ "BackupSummary\0"
        /*   1200 */ "TableName\0"
        /*   1210 */ "TableId\0"
        /*   1218 */ "TableArn\0"
        /*   1227 */ "USER\0" "SYSTEM\0" "AWS_BACKUP\0"
        /*   1250 */ "BackupTypeFilter\0"
        /*   1267 */ "USER\0" "SYSTEM\0" "AWS_BACKUP\0" "ALL\0"
        /*   1294 */ "BackupsInputLimit\0"
        /*   1312 */ "BatchExecuteStatementInput\0"
        /*   1339 */ "Statements\0"
        /*   1350 */ "ReturnConsumedCapacity\0"
        /*   1373 */ "BatchExecuteStatementOutput\0"
        /*   1401 */ "Responses\0"
        /*   1411 */ "ConsumedCapacity\0"
        /*   1428 */ "BatchGetItemInput\0"
        /*   1446 */ "RequestItems\0"
        /*   1459 */ "BatchGetItemOutput\0"
        /*   1478 */ "UnprocessedKeys\0"
        /*   1494 */ "BatchGetRequestMap\0"
        /*   1513 */ "BatchGetResponseMap\0"
        /*   1533 */ "BatchStatementError\0"
        /*   1553 */ "Code\0"
        /*   1558 */ "Message\0"
        /*   1566 */ "Item\0"
        /*   1571 */ "BatchStatementErrorCodeEnum\0"
        /*   1599 */ "ConditionalCheckFailed\0" "ItemCollectionSizeLimitExceeded\0" "RequestLimitExceeded\0" "ValidationError\0" "ProvisionedThroughputExceeded\0" "TransactionConflict\0" "ThrottlingError\0" "InternalServerError\0" "ResourceNotFound\0" "AccessDenied\0" "DuplicateItem\0"
        /*   1821 */ "BatchStatementRequest\0"
        /*   1843 */ "Statement\0"
        /*   1853 */ "Parameters\0"
        /*   1864 */ "ConsistentRead\0"
        /*   1879 */ "ReturnValuesOnConditionCheckFailure\0"
        /*   1915 */ "BatchStatementResponse\0"
        /*   1938 */ "Error\0"
        /*   1944 */ "BatchWriteItemInput\0"
        /*   1964 */ "ReturnItemCollectionMetrics\0"
        /*   1992 */ "BatchWriteItemOutput\0"
        /*   2013 */ "UnprocessedItems\0"
        /*   2030 */ "ItemCollectionMetrics\0"
        /*   2052 */ "BatchWriteItemRequestMap\0"
        /*   2077 */ "BilledSizeBytes\0"
        /*   2093 */ "BillingMode\0"
        /*   2105 */ "PROVISIONED\0" "PAY_PER_REQUEST\0"
        /*   2133 */ "BillingModeSummary\0"
        /*   2152 */ "LastUpdateToPayPerRequestDateTime\0"
        /*   2186 */ "BinaryAttributeValue\0"
        /*   2207 */ "BinarySetAttributeValue\0"
        /*   2231 */ "BooleanAttributeValue\0"
        /*   2253 */ "BooleanObject\0"
        /*   2267 */ "CancellationReason\0"
        /*   2286 */ "CancellationReasonList\0"
        /*   2309 */ "Capacity\0"
        /*   2318 */ "ReadCapacityUnits\0"
        /*   2336 */ "WriteCapacityUnits\0"
        /*   2355 */ "CapacityUnits\0"
        /*   2369 */ "ClientRequestToken\0"
        /*   2388 */ "ClientToken\0"
        /*   2400 */ "CloudWatchLogGroupArn\0"
        /*   2422 */ "ComparisonOperator\0"
        /*   2441 */ "EQ\0" "NE\0" "IN\0" "LE\0" "LT\0" "GE\0" "GT\0" "BETWEEN\0" "NOT_NULL\0" "NULL\0" "CONTAINS\0" "NOT_CONTAINS\0" "BEGINS_WITH\0"
        /*   2518 */ "Condition\0"
        /*   2528 */ "ConditionCheck\0"
        /*   2543 */ "Key\0"
        /*   2547 */ "ConditionExpression\0"
        /*   2567 */ "ExpressionAttributeNames\0"
        /*   2592 */ "ExpressionAttributeValues\0"
        /*   2618 */ "ConditionalCheckFailedException\0"
        /*   2650 */ "ConditionalOperator\0"
        /*   2670 */ "AND\0" "OR\0"
        /*   2677 */ "ConfirmRemoveSelfResourceAccess\0"
        /*   2709 */ "Table\0"
        /*   2715 */ "LocalSecondaryIndexes\0"
        /*   2737 */ "GlobalSecondaryIndexes\0"
        /*   2760 */ "VectorIndexes\0"
        /*   2774 */ "ConsumedCapacityMultiple\0"
        /*   2799 */ "ConsumedCapacityUnits\0"
        /*   2821 */ "ContinuousBackupsDescription\0"
        /*   2850 */ "ContinuousBackupsStatus\0"
        /*   2874 */ "PointInTimeRecoveryDescription\0"
        /*   2905 */ "ENABLED\0" "DISABLED\0"
        /*   2922 */ "ContinuousBackupsUnavailableException\0"
        /*   2960 */ "ContributorInsightsAction\0"
        /*   2986 */ "ENABLE\0" "DISABLE\0"
        /*   3001 */ "ContributorInsightsMode\0"
        /*   3025 */ "ACCESSED_AND_THROTTLED_KEYS\0" "THROTTLED_KEYS\0"
        /*   3068 */ "ContributorInsightsRule\0"
        /*   3092 */ "ContributorInsightsRuleList\0"
        /*   3120 */ "ContributorInsightsStatus\0"
        /*   3146 */ "ENABLING\0" "ENABLED\0" "DISABLING\0" "DISABLED\0" "FAILED\0"
        /*   3189 */ "ContributorInsightsSummaries\0"
        /*   3218 */ "ContributorInsightsSummary\0"
        /*   3245 */ "IndexName\0"
        /*   3255 */ "CreateBackupInput\0"
        /*   3273 */ "CreateBackupOutput\0"
        /*   3292 */ "CreateGlobalSecondaryIndexAction\0"
        /*   3325 */ "KeySchema\0"
        /*   3335 */ "Projection\0"
        /*   3346 */ "ProvisionedThroughput\0"
        /*   3368 */ "OnDemandThroughput\0"
        /*   3387 */ "WarmThroughput\0"
        /*   3402 */ "CreateGlobalTableInput\0"
        /*   3425 */ "GlobalTableName\0"
        /*   3441 */ "ReplicationGroup\0"
        /*   3458 */ "CreateGlobalTableOutput\0"
        /*   3482 */ "GlobalTableDescription\0"
        /*   3505 */ "CreateGlobalTableWitnessGroupMemberAction\0"
        /*   3547 */ "RegionName\0"
        /*   3558 */ "CreateReplicaAction\0"
        /*   3578 */ "CreateReplicationGroupMemberAction\0"
        /*   3613 */ "KMSMasterKeyId\0"
        /*   3628 */ "ProvisionedThroughputOverride\0"
        /*   3658 */ "OnDemandThroughputOverride\0"
        /*   3685 */ "TableClassOverride\0"
        /*   3704 */ "CreateTableInput\0"
        /*   3721 */ "StreamSpecification\0"
        /*   3741 */ "SSESpecification\0"
        /*   3758 */ "Tags\0"
        /*   3763 */ "TableClass\0"
        /*   3774 */ "DeletionProtectionEnabled\0"
        /*   3800 */ "ResourcePolicy\0"
        /*   3815 */ "GlobalTableSourceArn\0"
        /*   3836 */ "GlobalTableSettingsReplicationMode\0"
        /*   3871 */ "CreateTableOutput\0"
        /*   3889 */ "TableDescription\0"
        /*   3906 */ "CreateVectorIndexAction\0"
        /*   3930 */ "VectorAttribute\0"
        /*   3946 */ "SearchSchema\0"
        /*   3959 */ "Dimensions\0"
        /*   3970 */ "DistanceFunction\0"
        /*   3987 */ "CsvDelimiter\0"
        /*   4000 */ "CsvHeader\0"
        /*   4010 */ "CsvHeaderList\0"
        /*   4024 */ "CsvOptions\0"
        /*   4035 */ "Delimiter\0"
        /*   4045 */ "HeaderList\0"
        /*   4056 */ "Date\0"
        /*   4061 */ "Delete\0"
        /*   4068 */ "DeleteBackupInput\0"
        /*   4086 */ "DeleteBackupOutput\0"
        /*   4105 */ "DeleteGlobalSecondaryIndexAction\0"
        /*   4138 */ "DeleteGlobalTableWitnessGroupMemberAction\0"
        /*   4180 */ "DeleteItemInput\0"
        /*   4196 */ "Expected\0"
        /*   4205 */ "ReturnValues\0"
        /*   4218 */ "DeleteItemOutput\0"
        /*   4235 */ "Attributes\0"
        /*   4246 */ "DeleteReplicaAction\0"
        /*   4266 */ "DeleteReplicationGroupMemberAction\0"
        /*   4301 */ "DeleteRequest\0"
        /*   4315 */ "DeleteResourcePolicyInput\0"
        /*   4341 */ "ResourceArn\0"
        /*   4353 */ "ExpectedRevisionId\0"
        /*   4372 */ "DeleteResourcePolicyOutput\0"
        /*   4399 */ "RevisionId\0"
        /*   4410 */ "DeleteTableInput\0"
        /*   4427 */ "DeleteTableOutput\0"
        /*   4445 */ "DeleteVectorIndexAction\0"
        /*   4469 */ "DescribeBackupInput\0"
        /*   4489 */ "DescribeBackupOutput\0"
        /*   4510 */ "DescribeContinuousBackupsInput\0"
        /*   4541 */ "DescribeContinuousBackupsOutput\0"
        /*   4573 */ "DescribeContributorInsightsInput\0"
        /*   4606 */ "DescribeContributorInsightsOutput\0"
        /*   4640 */ "LastUpdateDateTime\0"
        /*   4659 */ "FailureException\0"
        /*   4676 */ "DescribeEndpointsRequest\0"
        /*   4701 */ "DescribeEndpointsResponse\0"
        /*   4727 */ "Endpoints\0"
        /*   4737 */ "DescribeExportInput\0"
        /*   4757 */ "ExportArn\0"
        /*   4767 */ "DescribeExportOutput\0"
        /*   4788 */ "ExportDescription\0"
        /*   4806 */ "DescribeGlobalTableInput\0"
        /*   4831 */ "DescribeGlobalTableOutput\0"
        /*   4857 */ "DescribeGlobalTableSettingsInput\0"
        /*   4890 */ "DescribeGlobalTableSettingsOutput\0"
        /*   4924 */ "ReplicaSettings\0"
        /*   4940 */ "DescribeImportInput\0"
        /*   4960 */ "ImportArn\0"
        /*   4970 */ "DescribeImportOutput\0"
        /*   4991 */ "ImportTableDescription\0"
        /*   5014 */ "DescribeKinesisStreamingDestinationInput\0"
        /*   5055 */ "DescribeKinesisStreamingDestinationOutput\0"
        /*   5097 */ "KinesisDataStreamDestinations\0"
        /*   5127 */ "DescribeLimitsInput\0"
        /*   5147 */ "DescribeLimitsOutput\0"
        /*   5168 */ "AccountMaxReadCapacityUnits\0"
        /*   5196 */ "AccountMaxWriteCapacityUnits\0"
        /*   5225 */ "TableMaxReadCapacityUnits\0"
        /*   5251 */ "TableMaxWriteCapacityUnits\0"
        /*   5278 */ "DescribeTableInput\0"
        /*   5297 */ "DescribeTableOutput\0"
        /*   5317 */ "DescribeTableReplicaAutoScalingInput\0"
        /*   5354 */ "DescribeTableReplicaAutoScalingOutput\0"
        /*   5392 */ "TableAutoScalingDescription\0"
        /*   5420 */ "DescribeTimeToLiveInput\0"
        /*   5444 */ "DescribeTimeToLiveOutput\0"
        /*   5469 */ "TimeToLiveDescription\0"
        /*   5491 */ "DestinationStatus\0"
        /*   5509 */ "ENABLING\0" "ACTIVE\0" "DISABLING\0" "DISABLED\0" "ENABLE_FAILED\0" "UPDATING\0"
        /*   5567 */ "DoubleObject\0"
        /*   5580 */ "DuplicateItemException\0"
        /*   5603 */ "EnableKinesisStreamingConfiguration\0"
        /*   5639 */ "Endpoint\0"
        /*   5648 */ "Address\0"
        /*   5656 */ "CachePeriodInMinutes\0"
        /*   5677 */ "ErrorCount\0"
        /*   5688 */ "ErrorMessage\0"
        /*   5701 */ "ExceptionDescription\0"
        /*   5722 */ "ExceptionName\0"
        /*   5736 */ "ExecuteStatementInput\0"
        /*   5758 */ "NextToken\0"
        /*   5768 */ "Limit\0"
        /*   5774 */ "ExecuteStatementOutput\0"
        /*   5797 */ "Items\0"
        /*   5803 */ "LastEvaluatedKey\0"
        /*   5820 */ "ExecuteTransactionInput\0"
        /*   5844 */ "TransactStatements\0"
        /*   5863 */ "ExecuteTransactionOutput\0"
        /*   5888 */ "ExpectedAttributeMap\0"
        /*   5909 */ "ExpectedAttributeValue\0"
        /*   5932 */ "Exists\0"
        /*   5939 */ "ExportConflictException\0"
        /*   5963 */ "ExportStatus\0"
        /*   5976 */ "StartTime\0"
        /*   5986 */ "EndTime\0"
        /*   5994 */ "ExportManifest\0"
        /*   6009 */ "ExportTime\0"
        /*   6020 */ "S3Bucket\0"
        /*   6029 */ "S3BucketOwner\0"
        /*   6043 */ "S3Prefix\0"
        /*   6052 */ "S3SseAlgorithm\0"
        /*   6067 */ "S3SseKmsKeyId\0"
        /*   6081 */ "FailureCode\0"
        /*   6093 */ "FailureMessage\0"
        /*   6108 */ "ExportFormat\0"
        /*   6121 */ "ItemCount\0"
        /*   6131 */ "ExportType\0"
        /*   6142 */ "IncrementalExportSpecification\0"
        /*   6173 */ "ExportEndTime\0"
        /*   6187 */ "DYNAMODB_JSON\0" "ION\0"
        /*   6205 */ "ExportFromTime\0"
        /*   6220 */ "ExportNextToken\0"
        /*   6236 */ "ExportNotFoundException\0"
        /*   6260 */ "ExportStartTime\0"
        /*   6276 */ "IN_PROGRESS\0" "COMPLETED\0" "FAILED\0"
        /*   6305 */ "ExportSummaries\0"
        /*   6321 */ "ExportSummary\0"
        /*   6335 */ "ExportTableToPointInTimeInput\0"
        /*   6365 */ "ExportTableToPointInTimeOutput\0"
        /*   6396 */ "ExportToTime\0"
        /*   6409 */ "FULL_EXPORT\0" "INCREMENTAL_EXPORT\0"
        /*   6440 */ "ExportViewType\0"
        /*   6455 */ "NEW_IMAGE\0" "NEW_AND_OLD_IMAGES\0"
        /*   6484 */ "ExpressionAttributeNameMap\0"
        /*   6511 */ "ExpressionAttributeNameVariable\0"
        /*   6543 */ "ExpressionAttributeValueMap\0"
        /*   6571 */ "ExpressionAttributeValueVariable\0"
        /*   6604 */ "FilterConditionMap\0"
        /*   6623 */ "Get\0"
        /*   6627 */ "ProjectionExpression\0"
        /*   6648 */ "GetItemInput\0"
        /*   6661 */ "AttributesToGet\0"
        /*   6677 */ "GetItemOutput\0"
        /*   6691 */ "GetResourcePolicyInput\0"
        /*   6714 */ "GetResourcePolicyOutput\0"
        /*   6738 */ "Policy\0"
        /*   6745 */ "GlobalSecondaryIndex\0"
        /*   6766 */ "GlobalSecondaryIndexAutoScalingUpdate\0"
        /*   6804 */ "ProvisionedWriteCapacityAutoScalingUpdate\0"
        /*   6846 */ "GlobalSecondaryIndexAutoScalingUpdateList\0"
        /*   6888 */ "GlobalSecondaryIndexDescription\0"
        /*   6920 */ "IndexStatus\0"
        /*   6932 */ "IndexSizeBytes\0"
        /*   6947 */ "IndexArn\0"
        /*   6956 */ "GlobalSecondaryIndexDescriptionList\0"
        /*   6992 */ "GlobalSecondaryIndexInfo\0"
        /*   7017 */ "GlobalSecondaryIndexList\0"
        /*   7042 */ "GlobalSecondaryIndexUpdate\0"
        /*   7069 */ "Update\0"
        /*   7076 */ "Create\0"
        /*   7083 */ "GlobalSecondaryIndexUpdateList\0"
        /*   7114 */ "GlobalSecondaryIndexWarmThroughputDescription\0"
        /*   7160 */ "ReadUnitsPerSecond\0"
        /*   7179 */ "WriteUnitsPerSecond\0"
        /*   7199 */ "Status\0"
        /*   7206 */ "GlobalTable\0"
        /*   7218 */ "GlobalTableAlreadyExistsException\0"
        /*   7252 */ "GlobalTableArnString\0"
        /*   7273 */ "GlobalTableArn\0"
        /*   7288 */ "CreationDateTime\0"
        /*   7305 */ "GlobalTableStatus\0"
        /*   7323 */ "GlobalTableGlobalSecondaryIndexSettingsUpdate\0"
        /*   7369 */ "ProvisionedWriteCapacityUnits\0"
        /*   7399 */ "ProvisionedWriteCapacityAutoScalingSettingsUpdate\0"
        /*   7449 */ "GlobalTableGlobalSecondaryIndexSettingsUpdateList\0"
        /*   7499 */ "GlobalTableList\0"
        /*   7515 */ "GlobalTableNotFoundException\0"
        /*   7544 */ "ENABLED\0" "DISABLED\0" "ENABLED_WITH_OVERRIDES\0"
        /*   7584 */ "CREATING\0" "ACTIVE\0" "DELETING\0" "UPDATING\0"
        /*   7618 */ "GlobalTableWitnessDescription\0"
        /*   7648 */ "WitnessStatus\0"
        /*   7662 */ "GlobalTableWitnessDescriptionList\0"
        /*   7696 */ "GlobalTableWitnessGroupUpdate\0"
        /*   7726 */ "GlobalTableWitnessGroupUpdateList\0"
        /*   7760 */ "IdempotentParameterMismatchException\0"
        /*   7797 */ "ImportConflictException\0"
        /*   7821 */ "ImportEndTime\0"
        /*   7835 */ "ImportNextToken\0"
        /*   7851 */ "ImportNotFoundException\0"
        /*   7875 */ "ImportStartTime\0"
        /*   7891 */ "ImportStatus\0"
        /*   7904 */ "IN_PROGRESS\0" "COMPLETED\0" "CANCELLING\0" "CANCELLED\0" "FAILED\0"
        /*   7954 */ "ImportSummary\0"
        /*   7968 */ "S3BucketSource\0"
        /*   7983 */ "InputFormat\0"
        /*   7995 */ "ImportSummaryList\0"
        /*   8013 */ "InputFormatOptions\0"
        /*   8032 */ "InputCompressionType\0"
        /*   8053 */ "TableCreationParameters\0"
        /*   8077 */ "ProcessedSizeBytes\0"
        /*   8096 */ "ProcessedItemCount\0"
        /*   8115 */ "ImportedItemCount\0"
        /*   8133 */ "ImportTableInput\0"
        /*   8150 */ "ImportTableOutput\0"
        /*   8168 */ "IndexNotFoundException\0"
        /*   8191 */ "CREATING\0" "UPDATING\0" "DELETING\0" "ACTIVE\0"
        /*   8225 */ "GZIP\0" "ZSTD\0" "NONE\0"
        /*   8240 */ "DYNAMODB_JSON\0" "ION\0" "CSV\0"
        /*   8262 */ "Csv\0"
        /*   8266 */ "Integer\0"
        /*   8274 */ "IntegerObject\0"
        /*   8288 */ "InternalServerError\0"
        /*   8308 */ "InvalidExportTimeException\0"
        /*   8335 */ "InvalidRestoreTimeException\0"
        /*   8363 */ "ItemCollectionKeyAttributeMap\0"
        /*   8393 */ "ItemCollectionKey\0"
        /*   8411 */ "SizeEstimateRangeGB\0"
        /*   8431 */ "ItemCollectionMetricsMultiple\0"
        /*   8461 */ "ItemCollectionMetricsPerTable\0"
        /*   8491 */ "ItemCollectionSizeEstimateBound\0"
        /*   8523 */ "ItemCollectionSizeEstimateRange\0"
        /*   8555 */ "ItemCollectionSizeLimitExceededException\0"
        /*   8596 */ "ItemList\0"
        /*   8605 */ "ItemResponse\0"
        /*   8618 */ "ItemResponseList\0"
        /*   8635 */ "KMSMasterKeyArn\0"
        /*   8651 */ "KeyConditions\0"
        /*   8665 */ "KeyExpression\0"
        /*   8679 */ "KeyList\0"
        /*   8687 */ "KeySchemaAttributeName\0"
        /*   8710 */ "KeySchemaElement\0"
        /*   8727 */ "KeyType\0"
        /*   8735 */ "HASH\0" "RANGE\0"
        /*   8746 */ "KeysAndAttributes\0"
        /*   8764 */ "Keys\0"
        /*   8769 */ "KinesisDataStreamDestination\0"
        /*   8798 */ "StreamArn\0"
        /*   8808 */ "DestinationStatusDescription\0"
        /*   8837 */ "KinesisStreamingDestinationInput\0"
        /*   8870 */ "KinesisStreamingDestinationOutput\0"
        /*   8904 */ "LimitExceededException\0"
        /*   8927 */ "ListAttributeValue\0"
        /*   8946 */ "ListBackupsInput\0"
        /*   8963 */ "TimeRangeLowerBound\0"
        /*   8983 */ "TimeRangeUpperBound\0"
        /*   9003 */ "ExclusiveStartBackupArn\0"
        /*   9027 */ "ListBackupsOutput\0"
        /*   9045 */ "LastEvaluatedBackupArn\0"
        /*   9068 */ "ListContributorInsightsInput\0"
        /*   9097 */ "MaxResults\0"
        /*   9108 */ "ListContributorInsightsLimit\0"
        /*   9137 */ "ListContributorInsightsOutput\0"
        /*   9167 */ "ListExportsInput\0"
        /*   9184 */ "ListExportsMaxLimit\0"
        /*   9204 */ "ListExportsOutput\0"
        /*   9222 */ "ListGlobalTablesInput\0"
        /*   9244 */ "ExclusiveStartGlobalTableName\0"
        /*   9274 */ "ListGlobalTablesOutput\0"
        /*   9297 */ "GlobalTables\0"
        /*   9310 */ "LastEvaluatedGlobalTableName\0"
        /*   9339 */ "ListImportsInput\0"
        /*   9356 */ "PageSize\0"
        /*   9365 */ "ListImportsMaxLimit\0"
        /*   9385 */ "ListImportsOutput\0"
        /*   9403 */ "ListTablesInput\0"
        /*   9419 */ "ExclusiveStartTableName\0"
        /*   9443 */ "ListTablesInputLimit\0"
        /*   9464 */ "ListTablesOutput\0"
        /*   9481 */ "TableNames\0"
        /*   9492 */ "LastEvaluatedTableName\0"
        /*   9515 */ "ListTagsOfResourceInput\0"
        /*   9539 */ "ListTagsOfResourceOutput\0"
        /*   9564 */ "LocalSecondaryIndex\0"
        /*   9584 */ "LocalSecondaryIndexDescription\0"
        /*   9615 */ "LocalSecondaryIndexDescriptionList\0"
        /*   9650 */ "LocalSecondaryIndexInfo\0"
        /*   9674 */ "LocalSecondaryIndexList\0"
        /*   9698 */ "Long\0"
        /*   9703 */ "LongObject\0"
        /*   9714 */ "MapAttributeValue\0"
        /*   9732 */ "MultiRegionConsistency\0"
        /*   9755 */ "EVENTUAL\0" "STRONG\0"
        /*   9771 */ "NextTokenString\0"
        /*   9787 */ "NonKeyAttributeName\0"
        /*   9807 */ "NonKeyAttributeNameList\0"
        /*   9831 */ "NonNegativeLongObject\0"
        /*   9853 */ "NullAttributeValue\0"
        /*   9872 */ "NumberAttributeValue\0"
        /*   9893 */ "NumberSetAttributeValue\0"
        /*   9917 */ "MaxReadRequestUnits\0"
        /*   9937 */ "MaxWriteRequestUnits\0"
        /*   9958 */ "ParameterizedStatement\0"
        /*   9981 */ "ParameterizedStatements\0"
        /*  10005 */ "PartiQLBatchRequest\0"
        /*  10025 */ "PartiQLBatchResponse\0"
        /*  10046 */ "PartiQLNextToken\0"
        /*  10063 */ "PartiQLStatement\0"
        /*  10080 */ "PointInTimeRecoveryStatus\0"
        /*  10106 */ "RecoveryPeriodInDays\0"
        /*  10127 */ "EarliestRestorableDateTime\0"
        /*  10154 */ "LatestRestorableDateTime\0"
        /*  10179 */ "PointInTimeRecoverySpecification\0"
        /*  10212 */ "PointInTimeRecoveryEnabled\0"
        /*  10239 */ "PointInTimeRecoveryUnavailableException\0"
        /*  10279 */ "PolicyNotFoundException\0"
        /*  10303 */ "PolicyRevisionId\0"
        /*  10320 */ "PositiveIntegerObject\0"
        /*  10342 */ "PositiveLongObject\0"
        /*  10361 */ "PreparedStatementParameters\0"
        /*  10389 */ "ProjectionType\0"
        /*  10404 */ "NonKeyAttributes\0"
        /*  10421 */ "ALL\0" "KEYS_ONLY\0" "INCLUDE\0"
        /*  10443 */ "ProvisionedThroughputDescription\0"
        /*  10476 */ "LastIncreaseDateTime\0"
        /*  10497 */ "LastDecreaseDateTime\0"
        /*  10518 */ "NumberOfDecreasesToday\0"
        /*  10541 */ "ProvisionedThroughputExceededException\0"
        /*  10580 */ "ThrottlingReasons\0"
        /*  10598 */ "Put\0"
        /*  10602 */ "PutItemInput\0"
        /*  10615 */ "PutItemInputAttributeMap\0"
        /*  10640 */ "PutItemOutput\0"
        /*  10654 */ "PutRequest\0"
        /*  10665 */ "PutResourcePolicyInput\0"
        /*  10688 */ "PutResourcePolicyOutput\0"
        /*  10712 */ "QueryInput\0"
        /*  10723 */ "Select\0"
        /*  10730 */ "QueryFilter\0"
        /*  10742 */ "ScanIndexForward\0"
        /*  10759 */ "ExclusiveStartKey\0"
        /*  10777 */ "FilterExpression\0"
        /*  10794 */ "KeyConditionExpression\0"
        /*  10817 */ "QueryOutput\0"
        /*  10829 */ "Count\0"
        /*  10835 */ "ScannedCount\0"
        /*  10848 */ "Reason\0"
        /*  10855 */ "Replica\0"
        /*  10863 */ "ReplicaAlreadyExistsException\0"
        /*  10893 */ "ReplicaAutoScalingDescription\0"
        /*  10923 */ "ReplicaProvisionedReadCapacityAutoScalingSettings\0"
        /*  10973 */ "ReplicaProvisionedWriteCapacityAutoScalingSettings\0"
        /*  11024 */ "ReplicaStatus\0"
        /*  11038 */ "ReplicaAutoScalingDescriptionList\0"
        /*  11072 */ "ReplicaAutoScalingUpdate\0"
        /*  11097 */ "ReplicaGlobalSecondaryIndexUpdates\0"
        /*  11132 */ "ReplicaProvisionedReadCapacityAutoScalingUpdate\0"
        /*  11180 */ "ReplicaAutoScalingUpdateList\0"
        /*  11209 */ "ReplicaDescription\0"
        /*  11228 */ "ReplicaArn\0"
        /*  11239 */ "ReplicaStatusDescription\0"
        /*  11264 */ "ReplicaStatusPercentProgress\0"
        /*  11293 */ "ReplicaInaccessibleDateTime\0"
        /*  11321 */ "ReplicaTableClassSummary\0"
        /*  11346 */ "ReplicaDescriptionList\0"
        /*  11369 */ "ReplicaGlobalSecondaryIndex\0"
        /*  11397 */ "ReplicaGlobalSecondaryIndexAutoScalingDescription\0"
        /*  11447 */ "ProvisionedReadCapacityAutoScalingSettings\0"
        /*  11490 */ "ProvisionedWriteCapacityAutoScalingSettings\0"
        /*  11534 */ "ReplicaGlobalSecondaryIndexAutoScalingDescriptionList\0"
        /*  11588 */ "ReplicaGlobalSecondaryIndexAutoScalingUpdate\0"
        /*  11633 */ "ProvisionedReadCapacityAutoScalingUpdate\0"
        /*  11674 */ "ReplicaGlobalSecondaryIndexAutoScalingUpdateList\0"
        /*  11723 */ "ReplicaGlobalSecondaryIndexDescription\0"
        /*  11762 */ "ReplicaGlobalSecondaryIndexDescriptionList\0"
        /*  11805 */ "ReplicaGlobalSecondaryIndexList\0"
        /*  11837 */ "ReplicaGlobalSecondaryIndexSettingsDescription\0"
        /*  11884 */ "ProvisionedReadCapacityUnits\0"
        /*  11913 */ "ReplicaGlobalSecondaryIndexSettingsDescriptionList\0"
        /*  11964 */ "ReplicaGlobalSecondaryIndexSettingsUpdate\0"
        /*  12006 */ "ProvisionedReadCapacityAutoScalingSettingsUpdate\0"
        /*  12055 */ "ReplicaGlobalSecondaryIndexSettingsUpdateList\0"
        /*  12101 */ "ReplicaList\0"
        /*  12113 */ "ReplicaNotFoundException\0"
        /*  12138 */ "ReplicaSettingsDescription\0"
        /*  12165 */ "ReplicaBillingModeSummary\0"
        /*  12191 */ "ReplicaProvisionedReadCapacityUnits\0"
        /*  12227 */ "ReplicaProvisionedWriteCapacityUnits\0"
        /*  12264 */ "ReplicaGlobalSecondaryIndexSettings\0"
        /*  12300 */ "ReplicaSettingsDescriptionList\0"
        /*  12331 */ "ReplicaSettingsUpdate\0"
        /*  12353 */ "ReplicaProvisionedReadCapacityAutoScalingSettingsUpdate\0"
        /*  12409 */ "ReplicaTableClass\0"
        /*  12427 */ "ReplicaSettingsUpdateList\0"
        /*  12453 */ "CREATING\0" "CREATION_FAILED\0" "UPDATING\0" "DELETING\0" "ACTIVE\0" "REGION_DISABLED\0" "INACCESSIBLE_ENCRYPTION_CREDENTIALS\0" "ARCHIVING\0" "ARCHIVED\0" "REPLICATION_NOT_AUTHORIZED\0"
        /*  12601 */ "ReplicaUpdate\0"
        /*  12615 */ "ReplicaUpdateList\0"
        /*  12633 */ "ReplicatedWriteConflictException\0"
        /*  12666 */ "ReplicationGroupUpdate\0"
        /*  12689 */ "ReplicationGroupUpdateList\0"
        /*  12716 */ "RequestLimitExceeded\0"
        /*  12737 */ "Resource\0"
        /*  12746 */ "ResourceArnString\0"
        /*  12764 */ "ResourceInUseException\0"
        /*  12787 */ "ResourceNotFoundException\0"
        /*  12813 */ "RestoreInProgress\0"
        /*  12831 */ "RestoreSummary\0"
        /*  12846 */ "SourceBackupArn\0"
        /*  12862 */ "SourceTableArn\0"
        /*  12877 */ "RestoreDateTime\0"
        /*  12893 */ "RestoreTableFromBackupInput\0"
        /*  12921 */ "TargetTableName\0"
        /*  12937 */ "BillingModeOverride\0"
        /*  12957 */ "GlobalSecondaryIndexOverride\0"
        /*  12986 */ "LocalSecondaryIndexOverride\0"
        /*  13014 */ "SSESpecificationOverride\0"
        /*  13039 */ "VectorIndexOverride\0"
        /*  13059 */ "RestoreTableFromBackupOutput\0"
        /*  13088 */ "RestoreTableToPointInTimeInput\0"
        /*  13119 */ "SourceTableName\0"
        /*  13135 */ "UseLatestRestorableTime\0"
        /*  13159 */ "RestoreTableToPointInTimeOutput\0"
        /*  13191 */ "INDEXES\0" "TOTAL\0" "NONE\0"
        /*  13210 */ "SIZE\0" "NONE\0"
        /*  13220 */ "ReturnValue\0"
        /*  13232 */ "NONE\0" "ALL_OLD\0" "UPDATED_OLD\0" "ALL_NEW\0" "UPDATED_NEW\0"
        /*  13277 */ "ALL_OLD\0" "NONE\0"
        /*  13290 */ "S3KeyPrefix\0"
        /*  13302 */ "AES256\0" "KMS\0"
        /*  13313 */ "SSEDescription\0"
        /*  13328 */ "SSEType\0"
        /*  13336 */ "InaccessibleEncryptionDateTime\0"
        /*  13367 */ "SSEEnabled\0"
        /*  13378 */ "Enabled\0"
        /*  13386 */ "SSEStatus\0"
        /*  13396 */ "ENABLING\0" "ENABLED\0" "DISABLING\0" "DISABLED\0" "UPDATING\0"
        /*  13441 */ "ScalarAttributeType\0"
        /*  13461 */ "S\0" "N\0" "B\0"
        /*  13467 */ "ScanInput\0"
        /*  13477 */ "ScanFilter\0"
        /*  13488 */ "TotalSegments\0"
        /*  13502 */ "Segment\0"
        /*  13510 */ "ScanOutput\0"
        /*  13521 */ "ScanSegment\0"
        /*  13533 */ "ScanTotalSegments\0"
        /*  13551 */ "ScoreNumber\0"
        /*  13563 */ "SearchResultItem\0"
        /*  13580 */ "Score\0"
        /*  13586 */ "SearchResultList\0"
        /*  13603 */ "SearchSchemaElement\0"
        /*  13623 */ "SearchSchemaElementType\0"
        /*  13647 */ "HASH\0" "INLINE_FILTER\0"
        /*  13666 */ "SearchVectorList\0"
        /*  13683 */ "SearchVectorsInput\0"
        /*  13702 */ "SearchVector\0"
        /*  13715 */ "SearchConditionExpression\0"
        /*  13741 */ "TopK\0"
        /*  13746 */ "SearchVectorsOutput\0"
        /*  13766 */ "SearchResults\0"
        /*  13780 */ "SecondaryIndexesCapacityMap\0"
        /*  13808 */ "ALL_ATTRIBUTES\0" "ALL_PROJECTED_ATTRIBUTES\0" "SPECIFIC_ATTRIBUTES\0" "COUNT\0"
        /*  13874 */ "TableSizeBytes\0"
        /*  13889 */ "TableCreationDateTime\0"
        /*  13911 */ "StreamDescription\0"
        /*  13929 */ "StreamEnabled\0"
        /*  13943 */ "StreamViewType\0"
        /*  13958 */ "NEW_IMAGE\0" "OLD_IMAGE\0" "NEW_AND_OLD_IMAGES\0" "KEYS_ONLY\0"
        /*  14007 */ "String\0"
        /*  14014 */ "StringAttributeValue\0"
        /*  14035 */ "StringSetAttributeValue\0"
        /*  14059 */ "TableAlreadyExistsException\0"
        /*  14087 */ "TableStatus\0"
        /*  14099 */ "Replicas\0"
        /*  14108 */ "STANDARD\0" "STANDARD_INFREQUENT_ACCESS\0"
        /*  14144 */ "TableClassSummary\0"
        /*  14162 */ "LatestStreamLabel\0"
        /*  14180 */ "LatestStreamArn\0"
        /*  14196 */ "GlobalTableVersion\0"
        /*  14215 */ "GlobalTableWitnesses\0"
        /*  14236 */ "TableInUseException\0"
        /*  14256 */ "TableNameList\0"
        /*  14270 */ "TableNotFoundException\0"
        /*  14293 */ "CREATING\0" "UPDATING\0" "DELETING\0" "ACTIVE\0" "INACCESSIBLE_ENCRYPTION_CREDENTIALS\0" "ARCHIVING\0" "ARCHIVED\0" "REPLICATION_NOT_AUTHORIZED\0"
        /*  14409 */ "TableWarmThroughputDescription\0"
        /*  14440 */ "Tag\0"
        /*  14444 */ "TagKeyList\0"
        /*  14455 */ "TagKeyString\0"
        /*  14468 */ "TagList\0"
        /*  14476 */ "TagResourceInput\0"
        /*  14493 */ "TagValueString\0"
        /*  14508 */ "ThrottlingException\0"
        /*  14528 */ "throttlingReasons\0"
        /*  14546 */ "ThrottlingReason\0"
        /*  14563 */ "reason\0"
        /*  14570 */ "resource\0"
        /*  14579 */ "ThrottlingReasonList\0"
        /*  14600 */ "TimeToLiveAttributeName\0"
        /*  14624 */ "TimeToLiveStatus\0"
        /*  14641 */ "TimeToLiveEnabled\0"
        /*  14659 */ "TimeToLiveSpecification\0"
        /*  14683 */ "ENABLING\0" "DISABLING\0" "ENABLED\0" "DISABLED\0"
        /*  14719 */ "TopKInteger\0"
        /*  14731 */ "TransactGetItem\0"
        /*  14747 */ "TransactGetItemList\0"
        /*  14767 */ "TransactGetItemsInput\0"
        /*  14789 */ "TransactItems\0"
        /*  14803 */ "TransactGetItemsOutput\0"
        /*  14826 */ "TransactWriteItem\0"
        /*  14844 */ "TransactWriteItemList\0"
        /*  14866 */ "TransactWriteItemsInput\0"
        /*  14890 */ "TransactWriteItemsOutput\0"
        /*  14915 */ "TransactionCanceledException\0"
        /*  14944 */ "CancellationReasons\0"
        /*  14964 */ "TransactionConflictException\0"
        /*  14993 */ "TransactionInProgressException\0"
        /*  15024 */ "UntagResourceInput\0"
        /*  15043 */ "TagKeys\0"
        /*  15051 */ "UpdateExpression\0"
        /*  15068 */ "UpdateContinuousBackupsInput\0"
        /*  15097 */ "UpdateContinuousBackupsOutput\0"
        /*  15127 */ "UpdateContributorInsightsInput\0"
        /*  15158 */ "UpdateContributorInsightsOutput\0"
        /*  15190 */ "UpdateGlobalSecondaryIndexAction\0"
        /*  15223 */ "UpdateGlobalTableInput\0"
        /*  15246 */ "ReplicaUpdates\0"
        /*  15261 */ "UpdateGlobalTableOutput\0"
        /*  15285 */ "UpdateGlobalTableSettingsInput\0"
        /*  15316 */ "GlobalTableBillingMode\0"
        /*  15339 */ "GlobalTableProvisionedWriteCapacityUnits\0"
        /*  15380 */ "GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate\0"
        /*  15441 */ "UpdateGlobalTableSettingsOutput\0"
        /*  15473 */ "UpdateItemInput\0"
        /*  15489 */ "UpdateItemOutput\0"
        /*  15506 */ "UpdateKinesisStreamingConfiguration\0"
        /*  15542 */ "UpdateKinesisStreamingDestinationInput\0"
        /*  15581 */ "UpdateKinesisStreamingDestinationOutput\0"
        /*  15621 */ "UpdateReplicationGroupMemberAction\0"
        /*  15656 */ "UpdateTableInput\0"
        /*  15673 */ "GlobalSecondaryIndexUpdates\0"
        /*  15701 */ "GlobalTableWitnessUpdates\0"
        /*  15727 */ "VectorIndexUpdates\0"
        /*  15746 */ "UpdateTableOutput\0"
        /*  15764 */ "UpdateTableReplicaAutoScalingInput\0"
        /*  15799 */ "UpdateTableReplicaAutoScalingOutput\0"
        /*  15835 */ "UpdateTimeToLiveInput\0"
        /*  15857 */ "UpdateTimeToLiveOutput\0"
        /*  15880 */ "VectorAttributeDefinition\0"
        /*  15906 */ "VectorAttributeName\0"
        /*  15926 */ "VectorCapacity\0"
        /*  15941 */ "VectorSearchRequestBytes\0"
        /*  15966 */ "VectorWriteRequestBytes\0"
        /*  15990 */ "VectorDistanceFunction\0"
        /*  16013 */ "COSINE\0" "DOT_PRODUCT\0" "EUCLIDEAN\0"
        /*  16042 */ "VectorIndex\0"
        /*  16054 */ "VectorIndexDescription\0"
        /*  16077 */ "VectorIndexDescriptionList\0"
        /*  16104 */ "VectorIndexInfo\0"
        /*  16120 */ "VectorIndexList\0"
        /*  16136 */ "VectorIndexUpdate\0"
        /*  16154 */ "VectorIndexUpdateList\0"
        /*  16176 */ "VectorIndexesCapacityMap\0"
        /*  16201 */ "CREATING\0" "DELETING\0" "ACTIVE\0"
        /*  16226 */ "WriteRequest\0"
        /*  16239 */ "WriteRequests\0"
        /*  16253 */ "BatchExecuteStatement\0"
        /*  16275 */ "POST\0"
        /*  16280 */ "/\0"
        /*  16282 */ "BatchGetItem\0"
        /*  16295 */ "keys(RequestItems)\0"
        /*  16314 */ "ResourceArnList\0"
        /*  16330 */ "BatchWriteItem\0"
        /*  16345 */ "CreateBackup\0"
        /*  16358 */ "CreateGlobalTable\0"
        /*  16376 */ "CreateTable\0"
        /*  16388 */ "DeleteBackup\0"
        /*  16401 */ "DeleteItem\0"
        /*  16412 */ "DeleteResourcePolicy\0"
        /*  16433 */ "DeleteTable\0"
        /*  16445 */ "DescribeBackup\0"
        /*  16460 */ "DescribeContinuousBackups\0"
        /*  16486 */ "DescribeContributorInsights\0"
        /*  16514 */ "DescribeEndpoints\0"
        /*  16532 */ "DescribeExport\0"
        /*  16547 */ "DescribeGlobalTable\0"
        /*  16567 */ "DescribeGlobalTableSettings\0"
        /*  16595 */ "DescribeImport\0"
        /*  16610 */ "DescribeKinesisStreamingDestination\0"
        /*  16646 */ "DescribeLimits\0"
        /*  16661 */ "DescribeTable\0"
        /*  16675 */ "DescribeTableReplicaAutoScaling\0"
        /*  16707 */ "DescribeTimeToLive\0"
        /*  16726 */ "DisableKinesisStreamingDestination\0"
        /*  16761 */ "EnableKinesisStreamingDestination\0"
        /*  16795 */ "ExecuteStatement\0"
        /*  16812 */ "ExecuteTransaction\0"
        /*  16831 */ "ExportTableToPointInTime\0"
        /*  16856 */ "GetItem\0"
        /*  16864 */ "GetResourcePolicy\0"
        /*  16882 */ "ImportTable\0"
        /*  16894 */ "TableCreationParameters.TableName\0"
        /*  16928 */ "ListBackups\0"
        /*  16940 */ "ListContributorInsights\0"
        /*  16964 */ "ListExports\0"
        /*  16976 */ "ListGlobalTables\0"
        /*  16993 */ "ListImports\0"
        /*  17005 */ "ListTables\0"
        /*  17016 */ "ListTagsOfResource\0"
        /*  17035 */ "PutItem\0"
        /*  17043 */ "PutResourcePolicy\0"
        /*  17061 */ "Query\0"
        /*  17067 */ "RestoreTableFromBackup\0"
        /*  17090 */ "RestoreTableToPointInTime\0"
        /*  17116 */ "Scan\0"
        /*  17121 */ "SearchVectors\0"
        /*  17135 */ "IsSearchOperation\0"
        /*  17153 */ "TagResource\0"
        /*  17165 */ "TransactGetItems\0"
        /*  17182 */ "TransactItems[*].Get.TableName\0"
        /*  17213 */ "TransactWriteItems\0"
        /*  17232 */ "TransactItems[*].[ConditionCheck.TableName, Put.TableName, Delete.TableName, Update.TableName][]\0"
        /*  17329 */ "UntagResource\0"
        /*  17343 */ "UpdateContinuousBackups\0"
        /*  17367 */ "UpdateContributorInsights\0"
        /*  17393 */ "UpdateGlobalTable\0"
        /*  17411 */ "UpdateGlobalTableSettings\0"
        /*  17437 */ "UpdateItem\0"
        /*  17448 */ "UpdateKinesisStreamingDestination\0"
        /*  17482 */ "UpdateTable\0"
        /*  17494 */ "UpdateTableReplicaAutoScaling\0"
        /*  17524 */ "UpdateTimeToLive\0"
        /*  17541 */ "dynamodb\0"
        /*  17550 */ "DynamoDB\0"
        /*  17559 */ "Amazon DynamoDB\0"
        /*  17575 */ "2012-08-10\0"
        /*  17586 */ "DynamoDB_20120810\0"
        /*  17604 */ "1.0\0"
        /*  17608 */ "DYNAMODB",
};

/* The descriptor programs use (<awsc/dynamodb.h>): the one in the tables. */
const struct awsc_service *awsc_dynamodb_service(void)
{
    return &T.service;
}

enum awsc_dynamodb_approximate_creation_date_time_precision awsc_dynamodb_approximate_creation_date_time_precision_parse(const char *value)
{
    return (enum awsc_dynamodb_approximate_creation_date_time_precision)awsc_enum_parse(&T.strings[37], 2, value);
}

const char *awsc_dynamodb_approximate_creation_date_time_precision_str(enum awsc_dynamodb_approximate_creation_date_time_precision value)
{
    return awsc_enum_str(&T.strings[37], 2, (int)value);
}

enum awsc_dynamodb_attribute_action awsc_dynamodb_attribute_action_parse(const char *value)
{
    return (enum awsc_dynamodb_attribute_action)awsc_enum_parse(&T.strings[143], 3, value);
}

const char *awsc_dynamodb_attribute_action_str(enum awsc_dynamodb_attribute_action value)
{
    return awsc_enum_str(&T.strings[143], 3, (int)value);
}

enum awsc_dynamodb_backup_status awsc_dynamodb_backup_status_parse(const char *value)
{
    return (enum awsc_dynamodb_backup_status)awsc_enum_parse(&T.strings[1143], 3, value);
}

const char *awsc_dynamodb_backup_status_str(enum awsc_dynamodb_backup_status value)
{
    return awsc_enum_str(&T.strings[1143], 3, (int)value);
}

enum awsc_dynamodb_backup_type awsc_dynamodb_backup_type_parse(const char *value)
{
    return (enum awsc_dynamodb_backup_type)awsc_enum_parse(&T.strings[1227], 3, value);
}

const char *awsc_dynamodb_backup_type_str(enum awsc_dynamodb_backup_type value)
{
    return awsc_enum_str(&T.strings[1227], 3, (int)value);
}

enum awsc_dynamodb_backup_type_filter awsc_dynamodb_backup_type_filter_parse(const char *value)
{
    return (enum awsc_dynamodb_backup_type_filter)awsc_enum_parse(&T.strings[1267], 4, value);
}

const char *awsc_dynamodb_backup_type_filter_str(enum awsc_dynamodb_backup_type_filter value)
{
    return awsc_enum_str(&T.strings[1267], 4, (int)value);
}

enum awsc_dynamodb_batch_statement_error_code_enum awsc_dynamodb_batch_statement_error_code_enum_parse(const char *value)
{
    return (enum awsc_dynamodb_batch_statement_error_code_enum)awsc_enum_parse(&T.strings[1599], 11, value);
}

const char *awsc_dynamodb_batch_statement_error_code_enum_str(enum awsc_dynamodb_batch_statement_error_code_enum value)
{
    return awsc_enum_str(&T.strings[1599], 11, (int)value);
}

enum awsc_dynamodb_billing_mode awsc_dynamodb_billing_mode_parse(const char *value)
{
    return (enum awsc_dynamodb_billing_mode)awsc_enum_parse(&T.strings[2105], 2, value);
}

const char *awsc_dynamodb_billing_mode_str(enum awsc_dynamodb_billing_mode value)
{
    return awsc_enum_str(&T.strings[2105], 2, (int)value);
}

enum awsc_dynamodb_comparison_operator awsc_dynamodb_comparison_operator_parse(const char *value)
{
    return (enum awsc_dynamodb_comparison_operator)awsc_enum_parse(&T.strings[2441], 13, value);
}

const char *awsc_dynamodb_comparison_operator_str(enum awsc_dynamodb_comparison_operator value)
{
    return awsc_enum_str(&T.strings[2441], 13, (int)value);
}

enum awsc_dynamodb_conditional_operator awsc_dynamodb_conditional_operator_parse(const char *value)
{
    return (enum awsc_dynamodb_conditional_operator)awsc_enum_parse(&T.strings[2670], 2, value);
}

const char *awsc_dynamodb_conditional_operator_str(enum awsc_dynamodb_conditional_operator value)
{
    return awsc_enum_str(&T.strings[2670], 2, (int)value);
}

enum awsc_dynamodb_continuous_backups_status awsc_dynamodb_continuous_backups_status_parse(const char *value)
{
    return (enum awsc_dynamodb_continuous_backups_status)awsc_enum_parse(&T.strings[2905], 2, value);
}

const char *awsc_dynamodb_continuous_backups_status_str(enum awsc_dynamodb_continuous_backups_status value)
{
    return awsc_enum_str(&T.strings[2905], 2, (int)value);
}

enum awsc_dynamodb_contributor_insights_action awsc_dynamodb_contributor_insights_action_parse(const char *value)
{
    return (enum awsc_dynamodb_contributor_insights_action)awsc_enum_parse(&T.strings[2986], 2, value);
}

const char *awsc_dynamodb_contributor_insights_action_str(enum awsc_dynamodb_contributor_insights_action value)
{
    return awsc_enum_str(&T.strings[2986], 2, (int)value);
}

enum awsc_dynamodb_contributor_insights_mode awsc_dynamodb_contributor_insights_mode_parse(const char *value)
{
    return (enum awsc_dynamodb_contributor_insights_mode)awsc_enum_parse(&T.strings[3025], 2, value);
}

const char *awsc_dynamodb_contributor_insights_mode_str(enum awsc_dynamodb_contributor_insights_mode value)
{
    return awsc_enum_str(&T.strings[3025], 2, (int)value);
}

enum awsc_dynamodb_contributor_insights_status awsc_dynamodb_contributor_insights_status_parse(const char *value)
{
    return (enum awsc_dynamodb_contributor_insights_status)awsc_enum_parse(&T.strings[3146], 5, value);
}

const char *awsc_dynamodb_contributor_insights_status_str(enum awsc_dynamodb_contributor_insights_status value)
{
    return awsc_enum_str(&T.strings[3146], 5, (int)value);
}

enum awsc_dynamodb_destination_status awsc_dynamodb_destination_status_parse(const char *value)
{
    return (enum awsc_dynamodb_destination_status)awsc_enum_parse(&T.strings[5509], 6, value);
}

const char *awsc_dynamodb_destination_status_str(enum awsc_dynamodb_destination_status value)
{
    return awsc_enum_str(&T.strings[5509], 6, (int)value);
}

enum awsc_dynamodb_export_format awsc_dynamodb_export_format_parse(const char *value)
{
    return (enum awsc_dynamodb_export_format)awsc_enum_parse(&T.strings[6187], 2, value);
}

const char *awsc_dynamodb_export_format_str(enum awsc_dynamodb_export_format value)
{
    return awsc_enum_str(&T.strings[6187], 2, (int)value);
}

enum awsc_dynamodb_export_status awsc_dynamodb_export_status_parse(const char *value)
{
    return (enum awsc_dynamodb_export_status)awsc_enum_parse(&T.strings[6276], 3, value);
}

const char *awsc_dynamodb_export_status_str(enum awsc_dynamodb_export_status value)
{
    return awsc_enum_str(&T.strings[6276], 3, (int)value);
}

enum awsc_dynamodb_export_type awsc_dynamodb_export_type_parse(const char *value)
{
    return (enum awsc_dynamodb_export_type)awsc_enum_parse(&T.strings[6409], 2, value);
}

const char *awsc_dynamodb_export_type_str(enum awsc_dynamodb_export_type value)
{
    return awsc_enum_str(&T.strings[6409], 2, (int)value);
}

enum awsc_dynamodb_export_view_type awsc_dynamodb_export_view_type_parse(const char *value)
{
    return (enum awsc_dynamodb_export_view_type)awsc_enum_parse(&T.strings[6455], 2, value);
}

const char *awsc_dynamodb_export_view_type_str(enum awsc_dynamodb_export_view_type value)
{
    return awsc_enum_str(&T.strings[6455], 2, (int)value);
}

enum awsc_dynamodb_global_table_settings_replication_mode awsc_dynamodb_global_table_settings_replication_mode_parse(const char *value)
{
    return (enum awsc_dynamodb_global_table_settings_replication_mode)awsc_enum_parse(&T.strings[7544], 3, value);
}

const char *awsc_dynamodb_global_table_settings_replication_mode_str(enum awsc_dynamodb_global_table_settings_replication_mode value)
{
    return awsc_enum_str(&T.strings[7544], 3, (int)value);
}

enum awsc_dynamodb_global_table_status awsc_dynamodb_global_table_status_parse(const char *value)
{
    return (enum awsc_dynamodb_global_table_status)awsc_enum_parse(&T.strings[7584], 4, value);
}

const char *awsc_dynamodb_global_table_status_str(enum awsc_dynamodb_global_table_status value)
{
    return awsc_enum_str(&T.strings[7584], 4, (int)value);
}

enum awsc_dynamodb_import_status awsc_dynamodb_import_status_parse(const char *value)
{
    return (enum awsc_dynamodb_import_status)awsc_enum_parse(&T.strings[7904], 5, value);
}

const char *awsc_dynamodb_import_status_str(enum awsc_dynamodb_import_status value)
{
    return awsc_enum_str(&T.strings[7904], 5, (int)value);
}

enum awsc_dynamodb_index_status awsc_dynamodb_index_status_parse(const char *value)
{
    return (enum awsc_dynamodb_index_status)awsc_enum_parse(&T.strings[8191], 4, value);
}

const char *awsc_dynamodb_index_status_str(enum awsc_dynamodb_index_status value)
{
    return awsc_enum_str(&T.strings[8191], 4, (int)value);
}

enum awsc_dynamodb_input_compression_type awsc_dynamodb_input_compression_type_parse(const char *value)
{
    return (enum awsc_dynamodb_input_compression_type)awsc_enum_parse(&T.strings[8225], 3, value);
}

const char *awsc_dynamodb_input_compression_type_str(enum awsc_dynamodb_input_compression_type value)
{
    return awsc_enum_str(&T.strings[8225], 3, (int)value);
}

enum awsc_dynamodb_input_format awsc_dynamodb_input_format_parse(const char *value)
{
    return (enum awsc_dynamodb_input_format)awsc_enum_parse(&T.strings[8240], 3, value);
}

const char *awsc_dynamodb_input_format_str(enum awsc_dynamodb_input_format value)
{
    return awsc_enum_str(&T.strings[8240], 3, (int)value);
}

enum awsc_dynamodb_key_type awsc_dynamodb_key_type_parse(const char *value)
{
    return (enum awsc_dynamodb_key_type)awsc_enum_parse(&T.strings[8735], 2, value);
}

const char *awsc_dynamodb_key_type_str(enum awsc_dynamodb_key_type value)
{
    return awsc_enum_str(&T.strings[8735], 2, (int)value);
}

enum awsc_dynamodb_multi_region_consistency awsc_dynamodb_multi_region_consistency_parse(const char *value)
{
    return (enum awsc_dynamodb_multi_region_consistency)awsc_enum_parse(&T.strings[9755], 2, value);
}

const char *awsc_dynamodb_multi_region_consistency_str(enum awsc_dynamodb_multi_region_consistency value)
{
    return awsc_enum_str(&T.strings[9755], 2, (int)value);
}

enum awsc_dynamodb_point_in_time_recovery_status awsc_dynamodb_point_in_time_recovery_status_parse(const char *value)
{
    return (enum awsc_dynamodb_point_in_time_recovery_status)awsc_enum_parse(&T.strings[2905], 2, value);
}

const char *awsc_dynamodb_point_in_time_recovery_status_str(enum awsc_dynamodb_point_in_time_recovery_status value)
{
    return awsc_enum_str(&T.strings[2905], 2, (int)value);
}

enum awsc_dynamodb_projection_type awsc_dynamodb_projection_type_parse(const char *value)
{
    return (enum awsc_dynamodb_projection_type)awsc_enum_parse(&T.strings[10421], 3, value);
}

const char *awsc_dynamodb_projection_type_str(enum awsc_dynamodb_projection_type value)
{
    return awsc_enum_str(&T.strings[10421], 3, (int)value);
}

enum awsc_dynamodb_replica_status awsc_dynamodb_replica_status_parse(const char *value)
{
    return (enum awsc_dynamodb_replica_status)awsc_enum_parse(&T.strings[12453], 10, value);
}

const char *awsc_dynamodb_replica_status_str(enum awsc_dynamodb_replica_status value)
{
    return awsc_enum_str(&T.strings[12453], 10, (int)value);
}

enum awsc_dynamodb_return_consumed_capacity awsc_dynamodb_return_consumed_capacity_parse(const char *value)
{
    return (enum awsc_dynamodb_return_consumed_capacity)awsc_enum_parse(&T.strings[13191], 3, value);
}

const char *awsc_dynamodb_return_consumed_capacity_str(enum awsc_dynamodb_return_consumed_capacity value)
{
    return awsc_enum_str(&T.strings[13191], 3, (int)value);
}

enum awsc_dynamodb_return_item_collection_metrics awsc_dynamodb_return_item_collection_metrics_parse(const char *value)
{
    return (enum awsc_dynamodb_return_item_collection_metrics)awsc_enum_parse(&T.strings[13210], 2, value);
}

const char *awsc_dynamodb_return_item_collection_metrics_str(enum awsc_dynamodb_return_item_collection_metrics value)
{
    return awsc_enum_str(&T.strings[13210], 2, (int)value);
}

enum awsc_dynamodb_return_value awsc_dynamodb_return_value_parse(const char *value)
{
    return (enum awsc_dynamodb_return_value)awsc_enum_parse(&T.strings[13232], 5, value);
}

const char *awsc_dynamodb_return_value_str(enum awsc_dynamodb_return_value value)
{
    return awsc_enum_str(&T.strings[13232], 5, (int)value);
}

enum awsc_dynamodb_return_values_on_condition_check_failure awsc_dynamodb_return_values_on_condition_check_failure_parse(const char *value)
{
    return (enum awsc_dynamodb_return_values_on_condition_check_failure)awsc_enum_parse(&T.strings[13277], 2, value);
}

const char *awsc_dynamodb_return_values_on_condition_check_failure_str(enum awsc_dynamodb_return_values_on_condition_check_failure value)
{
    return awsc_enum_str(&T.strings[13277], 2, (int)value);
}

enum awsc_dynamodb_s3_sse_algorithm awsc_dynamodb_s3_sse_algorithm_parse(const char *value)
{
    return (enum awsc_dynamodb_s3_sse_algorithm)awsc_enum_parse(&T.strings[13302], 2, value);
}

const char *awsc_dynamodb_s3_sse_algorithm_str(enum awsc_dynamodb_s3_sse_algorithm value)
{
    return awsc_enum_str(&T.strings[13302], 2, (int)value);
}

enum awsc_dynamodb_sse_status awsc_dynamodb_sse_status_parse(const char *value)
{
    return (enum awsc_dynamodb_sse_status)awsc_enum_parse(&T.strings[13396], 5, value);
}

const char *awsc_dynamodb_sse_status_str(enum awsc_dynamodb_sse_status value)
{
    return awsc_enum_str(&T.strings[13396], 5, (int)value);
}

enum awsc_dynamodb_sse_type awsc_dynamodb_sse_type_parse(const char *value)
{
    return (enum awsc_dynamodb_sse_type)awsc_enum_parse(&T.strings[13302], 2, value);
}

const char *awsc_dynamodb_sse_type_str(enum awsc_dynamodb_sse_type value)
{
    return awsc_enum_str(&T.strings[13302], 2, (int)value);
}

enum awsc_dynamodb_scalar_attribute_type awsc_dynamodb_scalar_attribute_type_parse(const char *value)
{
    return (enum awsc_dynamodb_scalar_attribute_type)awsc_enum_parse(&T.strings[13461], 3, value);
}

const char *awsc_dynamodb_scalar_attribute_type_str(enum awsc_dynamodb_scalar_attribute_type value)
{
    return awsc_enum_str(&T.strings[13461], 3, (int)value);
}

enum awsc_dynamodb_search_schema_element_type awsc_dynamodb_search_schema_element_type_parse(const char *value)
{
    return (enum awsc_dynamodb_search_schema_element_type)awsc_enum_parse(&T.strings[13647], 2, value);
}

const char *awsc_dynamodb_search_schema_element_type_str(enum awsc_dynamodb_search_schema_element_type value)
{
    return awsc_enum_str(&T.strings[13647], 2, (int)value);
}

enum awsc_dynamodb_select awsc_dynamodb_select_parse(const char *value)
{
    return (enum awsc_dynamodb_select)awsc_enum_parse(&T.strings[13808], 4, value);
}

const char *awsc_dynamodb_select_str(enum awsc_dynamodb_select value)
{
    return awsc_enum_str(&T.strings[13808], 4, (int)value);
}

enum awsc_dynamodb_stream_view_type awsc_dynamodb_stream_view_type_parse(const char *value)
{
    return (enum awsc_dynamodb_stream_view_type)awsc_enum_parse(&T.strings[13958], 4, value);
}

const char *awsc_dynamodb_stream_view_type_str(enum awsc_dynamodb_stream_view_type value)
{
    return awsc_enum_str(&T.strings[13958], 4, (int)value);
}

enum awsc_dynamodb_table_class awsc_dynamodb_table_class_parse(const char *value)
{
    return (enum awsc_dynamodb_table_class)awsc_enum_parse(&T.strings[14108], 2, value);
}

const char *awsc_dynamodb_table_class_str(enum awsc_dynamodb_table_class value)
{
    return awsc_enum_str(&T.strings[14108], 2, (int)value);
}

enum awsc_dynamodb_table_status awsc_dynamodb_table_status_parse(const char *value)
{
    return (enum awsc_dynamodb_table_status)awsc_enum_parse(&T.strings[14293], 8, value);
}

const char *awsc_dynamodb_table_status_str(enum awsc_dynamodb_table_status value)
{
    return awsc_enum_str(&T.strings[14293], 8, (int)value);
}

enum awsc_dynamodb_time_to_live_status awsc_dynamodb_time_to_live_status_parse(const char *value)
{
    return (enum awsc_dynamodb_time_to_live_status)awsc_enum_parse(&T.strings[14683], 4, value);
}

const char *awsc_dynamodb_time_to_live_status_str(enum awsc_dynamodb_time_to_live_status value)
{
    return awsc_enum_str(&T.strings[14683], 4, (int)value);
}

enum awsc_dynamodb_vector_distance_function awsc_dynamodb_vector_distance_function_parse(const char *value)
{
    return (enum awsc_dynamodb_vector_distance_function)awsc_enum_parse(&T.strings[16013], 3, value);
}

const char *awsc_dynamodb_vector_distance_function_str(enum awsc_dynamodb_vector_distance_function value)
{
    return awsc_enum_str(&T.strings[16013], 3, (int)value);
}

enum awsc_dynamodb_witness_status awsc_dynamodb_witness_status_parse(const char *value)
{
    return (enum awsc_dynamodb_witness_status)awsc_enum_parse(&T.strings[16201], 3, value);
}

const char *awsc_dynamodb_witness_status_str(enum awsc_dynamodb_witness_status value)
{
    return awsc_enum_str(&T.strings[16201], 3, (int)value);
}

#undef PREF
#undef PAGERS
#undef RULES_REF
#undef RULES
#undef REF
#undef T
