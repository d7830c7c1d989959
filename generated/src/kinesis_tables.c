/*
 * kinesis_tables.c - the service descriptor, operations and shapes of
 * Kinesis.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/kinesis.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

/* List and map types all share the layouts of awsc_list_view and
 * awsc_map_view, which the codecs rely on. */
_Static_assert(offsetof(struct awsc_kinesis_child_shard_list, count) == offsetof(struct awsc_list_view, count), "ChildShardList");
_Static_assert(offsetof(struct awsc_kinesis_consumer_list, count) == offsetof(struct awsc_list_view, count), "ConsumerList");
_Static_assert(offsetof(struct awsc_kinesis_enhanced_monitoring_list, count) == offsetof(struct awsc_list_view, count), "EnhancedMonitoringList");
_Static_assert(offsetof(struct awsc_kinesis_metrics_name_list, count) == offsetof(struct awsc_list_view, count), "MetricsNameList");
_Static_assert(offsetof(struct awsc_kinesis_put_records_request_entry_list, count) == offsetof(struct awsc_list_view, count), "PutRecordsRequestEntryList");
_Static_assert(offsetof(struct awsc_kinesis_put_records_result_entry_list, count) == offsetof(struct awsc_list_view, count), "PutRecordsResultEntryList");
_Static_assert(offsetof(struct awsc_kinesis_record_list, count) == offsetof(struct awsc_list_view, count), "RecordList");
_Static_assert(offsetof(struct awsc_kinesis_shard_list, count) == offsetof(struct awsc_list_view, count), "ShardList");
_Static_assert(offsetof(struct awsc_kinesis_stream_summary_list, count) == offsetof(struct awsc_list_view, count), "StreamSummaryList");
_Static_assert(offsetof(struct awsc_kinesis_tag_list, count) == offsetof(struct awsc_list_view, count), "TagList");
_Static_assert(offsetof(struct awsc_kinesis_tag_map, count) == offsetof(struct awsc_map_view, count), "TagMap");

/*
 * The tables: the service, its operations and every shape, member and
 * name of Kinesis in one object, so that each refers to another by its
 * distance from it (awsc_ref, in <awsc/shape.h>): plain read-only data,
 * with no relocation at load time. REF(field, target) is the reference
 * stored at field that names target.
 */
#define T awsc__kinesis_tables
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
#ifndef AWSC__KINESIS_TABLES
#define AWSC__KINESIS_TABLES

/* The endpoint rule set of kinesis: a part of the service's tables. */
struct awsc__kinesis_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[9];
    uint16_t slots[22];
    struct awsc_ep_rule rules[109];
    struct awsc_ep_expr exprs[165];
    uint16_t args[348];
    struct awsc_ep_endpoint endpoints[22];
    char strings[1394];
};
/* The service, its operations and every shape, member and name of
 * Kinesis, in one object. */
struct awsc__kinesis_tables {
    struct awsc_service service;
    struct awsc_operation operations[39];
    awsc_ref op_errors[205];
    awsc_ref service_errors[16];
    struct awsc_endpoint_static_param static_params[2];
    struct awsc_endpoint_context_param context_params[25];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__kinesis_pagers pagers; /* <awsc/kinesis.h> */
#endif
    struct awsc__kinesis_rules rules;
    struct awsc_structure_shape structures[98];
    struct awsc_collection_shape collections[14];
    struct awsc_enum_shape enums[10];
    struct awsc_shape scalars[36];
    struct awsc_shape_traits traits[50];
    struct awsc_member members[308];
    uint16_t by_wire_name[308];
    struct awsc_range ranges[34];
    char strings[3193];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[2796];
#endif
};
extern const struct awsc__kinesis_tables awsc__kinesis_tables AWSC__HIDDEN;
#endif
/* RULES_REF(field, target): a reference inside the endpoint rule set's
 * part of the tables. */
#define RULES T.rules
#define RULES_REF(field, target) AWSC_REF(RULES.field, RULES.target)
/* PREF(field, target): a reference inside the paginators' and waiters'
 * part of the tables. */
#define PAGERS T.pagers
#define PREF(field, target) AWSC_REF(PAGERS.field, PAGERS.target)

const struct awsc__kinesis_tables T = {
    .service = {
        .name_ref = REF(service.name_ref, strings[3122]),
        .service_id_ref = REF(service.service_id_ref, strings[3130]),
        .full_name_ref = REF(service.full_name_ref, strings[3138]),
        .api_version_ref = REF(service.api_version_ref, strings[3153]),
        .endpoint_prefix_ref = REF(service.endpoint_prefix_ref, strings[3122]),
        .signing_name_ref = REF(service.signing_name_ref, strings[3122]),
        .target_prefix_ref = REF(service.target_prefix_ref, strings[3164]),
        .json_version_ref = REF(service.json_version_ref, strings[3181]),
        .env_name_ref = REF(service.env_name_ref, strings[3185]),
        .operations_ref = REF(service.operations_ref, operations[0]),
        .errors_ref = REF(service.errors_ref, service_errors[0]),
        .protocol = AWSC_PROTO_JSON,
        .operation_count = 39,
        .error_count = 16,
#if AWSC_WITH_PAGINATORS
        .paginator_count = 4,
#endif
#if AWSC_WITH_WAITERS
        .waiter_count = 2,
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
        [0] = { /* AddTagsToStream */
            .name_ref = REF(operations[0].name_ref, strings[2368]),
            .http_method_ref = REF(operations[0].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[0].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[0].input_ref, structures[1].shape),
            .errors_ref = REF(operations[0].errors_ref, op_errors[0]),
            .service_ref = REF(operations[0].service_ref, service),
            .static_params_ref = REF(operations[0].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[0].context_params_ref, context_params[0]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [1] = { /* CreateStream */
            .name_ref = REF(operations[1].name_ref, strings[2413]),
            .http_method_ref = REF(operations[1].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[1].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[1].input_ref, structures[5].shape),
            .errors_ref = REF(operations[1].errors_ref, op_errors[5]),
            .service_ref = REF(operations[1].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [2] = { /* DecreaseStreamRetentionPeriod */
            .name_ref = REF(operations[2].name_ref, strings[2426]),
            .http_method_ref = REF(operations[2].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[2].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[2].input_ref, structures[6].shape),
            .errors_ref = REF(operations[2].errors_ref, op_errors[9]),
            .service_ref = REF(operations[2].service_ref, service),
            .static_params_ref = REF(operations[2].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[2].context_params_ref, context_params[0]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [3] = { /* DeleteResourcePolicy */
            .name_ref = REF(operations[3].name_ref, strings[2456]),
            .http_method_ref = REF(operations[3].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[3].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[3].input_ref, structures[7].shape),
            .errors_ref = REF(operations[3].errors_ref, op_errors[14]),
            .service_ref = REF(operations[3].service_ref, service),
            .static_params_ref = REF(operations[3].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[3].context_params_ref, context_params[2]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [4] = { /* DeleteStream */
            .name_ref = REF(operations[4].name_ref, strings[2477]),
            .http_method_ref = REF(operations[4].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[4].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[4].input_ref, structures[8].shape),
            .errors_ref = REF(operations[4].errors_ref, op_errors[19]),
            .service_ref = REF(operations[4].service_ref, service),
            .static_params_ref = REF(operations[4].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[4].context_params_ref, context_params[0]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [5] = { /* DeregisterStreamConsumer */
            .name_ref = REF(operations[5].name_ref, strings[2490]),
            .http_method_ref = REF(operations[5].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[5].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[5].input_ref, structures[9].shape),
            .errors_ref = REF(operations[5].errors_ref, op_errors[24]),
            .service_ref = REF(operations[5].service_ref, service),
            .static_params_ref = REF(operations[5].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[5].context_params_ref, context_params[4]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 3,
        },
        [6] = { /* DescribeAccountSettings */
            .name_ref = REF(operations[6].name_ref, strings[2515]),
            .http_method_ref = REF(operations[6].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[6].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[6].input_ref, structures[10].shape),
            .output_ref = REF(operations[6].output_ref, structures[11].shape),
            .errors_ref = REF(operations[6].errors_ref, op_errors[27]),
            .service_ref = REF(operations[6].service_ref, service),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [7] = { /* DescribeLimits */
            .name_ref = REF(operations[7].name_ref, strings[2539]),
            .http_method_ref = REF(operations[7].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[7].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[7].input_ref, structures[12].shape),
            .output_ref = REF(operations[7].output_ref, structures[13].shape),
            .errors_ref = REF(operations[7].errors_ref, op_errors[28]),
            .service_ref = REF(operations[7].service_ref, service),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [8] = { /* DescribeStream */
            .name_ref = REF(operations[8].name_ref, strings[2554]),
            .http_method_ref = REF(operations[8].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[8].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[8].input_ref, structures[16].shape),
            .output_ref = REF(operations[8].output_ref, structures[17].shape),
            .errors_ref = REF(operations[8].errors_ref, op_errors[29]),
            .service_ref = REF(operations[8].service_ref, service),
            .static_params_ref = REF(operations[8].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[8].context_params_ref, context_params[7]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [9] = { /* DescribeStreamConsumer */
            .name_ref = REF(operations[9].name_ref, strings[2569]),
            .http_method_ref = REF(operations[9].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[9].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[9].input_ref, structures[14].shape),
            .output_ref = REF(operations[9].output_ref, structures[15].shape),
            .errors_ref = REF(operations[9].errors_ref, op_errors[33]),
            .service_ref = REF(operations[9].service_ref, service),
            .static_params_ref = REF(operations[9].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[9].context_params_ref, context_params[4]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 3,
        },
        [10] = { /* DescribeStreamSummary */
            .name_ref = REF(operations[10].name_ref, strings[2592]),
            .http_method_ref = REF(operations[10].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[10].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[10].input_ref, structures[18].shape),
            .output_ref = REF(operations[10].output_ref, structures[19].shape),
            .errors_ref = REF(operations[10].errors_ref, op_errors[36]),
            .service_ref = REF(operations[10].service_ref, service),
            .static_params_ref = REF(operations[10].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[10].context_params_ref, context_params[9]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [11] = { /* DisableEnhancedMonitoring */
            .name_ref = REF(operations[11].name_ref, strings[2614]),
            .http_method_ref = REF(operations[11].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[11].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[11].input_ref, structures[20].shape),
            .output_ref = REF(operations[11].output_ref, structures[23].shape),
            .errors_ref = REF(operations[11].errors_ref, op_errors[40]),
            .service_ref = REF(operations[11].service_ref, service),
            .static_params_ref = REF(operations[11].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[11].context_params_ref, context_params[0]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [12] = { /* EnableEnhancedMonitoring */
            .name_ref = REF(operations[12].name_ref, strings[2640]),
            .http_method_ref = REF(operations[12].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[12].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[12].input_ref, structures[21].shape),
            .output_ref = REF(operations[12].output_ref, structures[23].shape),
            .errors_ref = REF(operations[12].errors_ref, op_errors[45]),
            .service_ref = REF(operations[12].service_ref, service),
            .static_params_ref = REF(operations[12].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[12].context_params_ref, context_params[0]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [13] = { /* GetRecords */
            .name_ref = REF(operations[13].name_ref, strings[2665]),
            .http_method_ref = REF(operations[13].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[13].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[13].input_ref, structures[26].shape),
            .output_ref = REF(operations[13].output_ref, structures[27].shape),
            .errors_ref = REF(operations[13].errors_ref, op_errors[50]),
            .service_ref = REF(operations[13].service_ref, service),
            .static_params_ref = REF(operations[13].static_params_ref, static_params[1]),
            .context_params_ref = REF(operations[13].context_params_ref, context_params[0]),
            .error_count = 12,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [14] = { /* GetResourcePolicy */
            .name_ref = REF(operations[14].name_ref, strings[2681]),
            .http_method_ref = REF(operations[14].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[14].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[14].input_ref, structures[28].shape),
            .output_ref = REF(operations[14].output_ref, structures[29].shape),
            .errors_ref = REF(operations[14].errors_ref, op_errors[62]),
            .service_ref = REF(operations[14].service_ref, service),
            .static_params_ref = REF(operations[14].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[14].context_params_ref, context_params[2]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [15] = { /* GetShardIterator */
            .name_ref = REF(operations[15].name_ref, strings[2699]),
            .http_method_ref = REF(operations[15].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[15].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[15].input_ref, structures[30].shape),
            .output_ref = REF(operations[15].output_ref, structures[31].shape),
            .errors_ref = REF(operations[15].errors_ref, op_errors[67]),
            .service_ref = REF(operations[15].service_ref, service),
            .static_params_ref = REF(operations[15].static_params_ref, static_params[1]),
            .context_params_ref = REF(operations[15].context_params_ref, context_params[11]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [16] = { /* IncreaseStreamRetentionPeriod */
            .name_ref = REF(operations[16].name_ref, strings[2716]),
            .http_method_ref = REF(operations[16].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[16].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[16].input_ref, structures[33].shape),
            .errors_ref = REF(operations[16].errors_ref, op_errors[72]),
            .service_ref = REF(operations[16].service_ref, service),
            .static_params_ref = REF(operations[16].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[16].context_params_ref, context_params[0]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [17] = { /* ListShards */
            .name_ref = REF(operations[17].name_ref, strings[2746]),
            .http_method_ref = REF(operations[17].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[17].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[17].input_ref, structures[43].shape),
            .output_ref = REF(operations[17].output_ref, structures[44].shape),
            .errors_ref = REF(operations[17].errors_ref, op_errors[77]),
            .service_ref = REF(operations[17].service_ref, service),
            .static_params_ref = REF(operations[17].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[17].context_params_ref, context_params[13]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [18] = { /* ListStreamConsumers */
            .name_ref = REF(operations[18].name_ref, strings[2757]),
            .http_method_ref = REF(operations[18].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[18].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[18].input_ref, structures[45].shape),
            .output_ref = REF(operations[18].output_ref, structures[46].shape),
            .errors_ref = REF(operations[18].errors_ref, op_errors[83]),
            .service_ref = REF(operations[18].service_ref, service),
            .static_params_ref = REF(operations[18].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[18].context_params_ref, context_params[15]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [19] = { /* ListStreams */
            .name_ref = REF(operations[19].name_ref, strings[2777]),
            .http_method_ref = REF(operations[19].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[19].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[19].input_ref, structures[47].shape),
            .output_ref = REF(operations[19].output_ref, structures[48].shape),
            .errors_ref = REF(operations[19].errors_ref, op_errors[88]),
            .service_ref = REF(operations[19].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [20] = { /* ListTagsForResource */
            .name_ref = REF(operations[20].name_ref, strings[2789]),
            .http_method_ref = REF(operations[20].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[20].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[20].input_ref, structures[49].shape),
            .output_ref = REF(operations[20].output_ref, structures[50].shape),
            .errors_ref = REF(operations[20].errors_ref, op_errors[91]),
            .service_ref = REF(operations[20].service_ref, service),
            .static_params_ref = REF(operations[20].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[20].context_params_ref, context_params[2]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [21] = { /* ListTagsForStream */
            .name_ref = REF(operations[21].name_ref, strings[2809]),
            .http_method_ref = REF(operations[21].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[21].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[21].input_ref, structures[51].shape),
            .output_ref = REF(operations[21].output_ref, structures[52].shape),
            .errors_ref = REF(operations[21].errors_ref, op_errors[96]),
            .service_ref = REF(operations[21].service_ref, service),
            .static_params_ref = REF(operations[21].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[21].context_params_ref, context_params[7]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [22] = { /* MergeShards */
            .name_ref = REF(operations[22].name_ref, strings[2827]),
            .http_method_ref = REF(operations[22].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[22].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[22].input_ref, structures[53].shape),
            .errors_ref = REF(operations[22].errors_ref, op_errors[100]),
            .service_ref = REF(operations[22].service_ref, service),
            .static_params_ref = REF(operations[22].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[22].context_params_ref, context_params[7]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [23] = { /* PutRecord */
            .name_ref = REF(operations[23].name_ref, strings[2839]),
            .http_method_ref = REF(operations[23].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[23].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[23].input_ref, structures[57].shape),
            .output_ref = REF(operations[23].output_ref, structures[58].shape),
            .errors_ref = REF(operations[23].errors_ref, op_errors[106]),
            .service_ref = REF(operations[23].service_ref, service),
            .static_params_ref = REF(operations[23].static_params_ref, static_params[1]),
            .context_params_ref = REF(operations[23].context_params_ref, context_params[11]),
            .error_count = 11,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [24] = { /* PutRecords */
            .name_ref = REF(operations[24].name_ref, strings[2849]),
            .http_method_ref = REF(operations[24].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[24].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[24].input_ref, structures[59].shape),
            .output_ref = REF(operations[24].output_ref, structures[60].shape),
            .errors_ref = REF(operations[24].errors_ref, op_errors[117]),
            .service_ref = REF(operations[24].service_ref, service),
            .static_params_ref = REF(operations[24].static_params_ref, static_params[1]),
            .context_params_ref = REF(operations[24].context_params_ref, context_params[0]),
            .error_count = 11,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [25] = { /* PutResourcePolicy */
            .name_ref = REF(operations[25].name_ref, strings[2860]),
            .http_method_ref = REF(operations[25].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[25].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[25].input_ref, structures[63].shape),
            .errors_ref = REF(operations[25].errors_ref, op_errors[128]),
            .service_ref = REF(operations[25].service_ref, service),
            .static_params_ref = REF(operations[25].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[25].context_params_ref, context_params[2]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [26] = { /* RegisterStreamConsumer */
            .name_ref = REF(operations[26].name_ref, strings[2878]),
            .http_method_ref = REF(operations[26].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[26].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[26].input_ref, structures[65].shape),
            .output_ref = REF(operations[26].output_ref, structures[66].shape),
            .errors_ref = REF(operations[26].errors_ref, op_errors[133]),
            .service_ref = REF(operations[26].service_ref, service),
            .static_params_ref = REF(operations[26].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[26].context_params_ref, context_params[17]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [27] = { /* RemoveTagsFromStream */
            .name_ref = REF(operations[27].name_ref, strings[2901]),
            .http_method_ref = REF(operations[27].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[27].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[27].input_ref, structures[67].shape),
            .errors_ref = REF(operations[27].errors_ref, op_errors[137]),
            .service_ref = REF(operations[27].service_ref, service),
            .static_params_ref = REF(operations[27].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[27].context_params_ref, context_params[0]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [28] = { /* SplitShard */
            .name_ref = REF(operations[28].name_ref, strings[2922]),
            .http_method_ref = REF(operations[28].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[28].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[28].input_ref, structures[73].shape),
            .errors_ref = REF(operations[28].errors_ref, op_errors[142]),
            .service_ref = REF(operations[28].service_ref, service),
            .static_params_ref = REF(operations[28].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[28].context_params_ref, context_params[7]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [29] = { /* StartStreamEncryption */
            .name_ref = REF(operations[29].name_ref, strings[2933]),
            .http_method_ref = REF(operations[29].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[29].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[29].input_ref, structures[74].shape),
            .errors_ref = REF(operations[29].errors_ref, op_errors[148]),
            .service_ref = REF(operations[29].service_ref, service),
            .static_params_ref = REF(operations[29].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[29].context_params_ref, context_params[7]),
            .error_count = 11,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [30] = { /* StopStreamEncryption */
            .name_ref = REF(operations[30].name_ref, strings[2955]),
            .http_method_ref = REF(operations[30].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[30].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[30].input_ref, structures[76].shape),
            .errors_ref = REF(operations[30].errors_ref, op_errors[159]),
            .service_ref = REF(operations[30].service_ref, service),
            .static_params_ref = REF(operations[30].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[30].context_params_ref, context_params[7]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [31] = { /* SubscribeToShard */
            .name_ref = REF(operations[31].name_ref, strings[2976]),
            .http_method_ref = REF(operations[31].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[31].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[31].input_ref, structures[83].shape),
            .output_ref = REF(operations[31].output_ref, structures[84].shape),
            .errors_ref = REF(operations[31].errors_ref, op_errors[164]),
            .service_ref = REF(operations[31].service_ref, service),
            .static_params_ref = REF(operations[31].static_params_ref, static_params[1]),
            .context_params_ref = REF(operations[31].context_params_ref, context_params[19]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [32] = { /* TagResource */
            .name_ref = REF(operations[32].name_ref, strings[2993]),
            .http_method_ref = REF(operations[32].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[32].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[32].input_ref, structures[86].shape),
            .errors_ref = REF(operations[32].errors_ref, op_errors[169]),
            .service_ref = REF(operations[32].service_ref, service),
            .static_params_ref = REF(operations[32].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[32].context_params_ref, context_params[21]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [33] = { /* UntagResource */
            .name_ref = REF(operations[33].name_ref, strings[3005]),
            .http_method_ref = REF(operations[33].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[33].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[33].input_ref, structures[87].shape),
            .errors_ref = REF(operations[33].errors_ref, op_errors[174]),
            .service_ref = REF(operations[33].service_ref, service),
            .static_params_ref = REF(operations[33].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[33].context_params_ref, context_params[21]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [34] = { /* UpdateAccountSettings */
            .name_ref = REF(operations[34].name_ref, strings[3019]),
            .http_method_ref = REF(operations[34].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[34].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[34].input_ref, structures[88].shape),
            .output_ref = REF(operations[34].output_ref, structures[89].shape),
            .errors_ref = REF(operations[34].errors_ref, op_errors[179]),
            .service_ref = REF(operations[34].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [35] = { /* UpdateMaxRecordSize */
            .name_ref = REF(operations[35].name_ref, strings[3041]),
            .http_method_ref = REF(operations[35].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[35].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[35].input_ref, structures[90].shape),
            .errors_ref = REF(operations[35].errors_ref, op_errors[182]),
            .service_ref = REF(operations[35].service_ref, service),
            .static_params_ref = REF(operations[35].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[35].context_params_ref, context_params[23]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [36] = { /* UpdateShardCount */
            .name_ref = REF(operations[36].name_ref, strings[3061]),
            .http_method_ref = REF(operations[36].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[36].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[36].input_ref, structures[91].shape),
            .output_ref = REF(operations[36].output_ref, structures[92].shape),
            .errors_ref = REF(operations[36].errors_ref, op_errors[188]),
            .service_ref = REF(operations[36].service_ref, service),
            .static_params_ref = REF(operations[36].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[36].context_params_ref, context_params[7]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [37] = { /* UpdateStreamMode */
            .name_ref = REF(operations[37].name_ref, strings[3078]),
            .http_method_ref = REF(operations[37].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[37].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[37].input_ref, structures[93].shape),
            .errors_ref = REF(operations[37].errors_ref, op_errors[194]),
            .service_ref = REF(operations[37].service_ref, service),
            .static_params_ref = REF(operations[37].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[37].context_params_ref, context_params[23]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [38] = { /* UpdateStreamWarmThroughput */
            .name_ref = REF(operations[38].name_ref, strings[3095]),
            .http_method_ref = REF(operations[38].http_method_ref, strings[2384]),
            .request_uri_ref = REF(operations[38].request_uri_ref, strings[2389]),
            .input_ref = REF(operations[38].input_ref, structures[94].shape),
            .output_ref = REF(operations[38].output_ref, structures[95].shape),
            .errors_ref = REF(operations[38].errors_ref, op_errors[199]),
            .service_ref = REF(operations[38].service_ref, service),
            .static_params_ref = REF(operations[38].static_params_ref, static_params[0]),
            .context_params_ref = REF(operations[38].context_params_ref, context_params[17]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
    },
    /* each operation's modeled errors */
    .op_errors = {
        REF(op_errors[0], structures[0].shape),
        REF(op_errors[1], structures[35].shape),
        REF(op_errors[2], structures[42].shape),
        REF(op_errors[3], structures[68].shape),
        REF(op_errors[4], structures[69].shape),
        REF(op_errors[5], structures[35].shape),
        REF(op_errors[6], structures[42].shape),
        REF(op_errors[7], structures[68].shape),
        REF(op_errors[8], structures[96].shape),
        REF(op_errors[9], structures[0].shape),
        REF(op_errors[10], structures[35].shape),
        REF(op_errors[11], structures[42].shape),
        REF(op_errors[12], structures[68].shape),
        REF(op_errors[13], structures[69].shape),
        REF(op_errors[14], structures[0].shape),
        REF(op_errors[15], structures[35].shape),
        REF(op_errors[16], structures[42].shape),
        REF(op_errors[17], structures[68].shape),
        REF(op_errors[18], structures[69].shape),
        REF(op_errors[19], structures[0].shape),
        REF(op_errors[20], structures[35].shape),
        REF(op_errors[21], structures[42].shape),
        REF(op_errors[22], structures[68].shape),
        REF(op_errors[23], structures[69].shape),
        REF(op_errors[24], structures[35].shape),
        REF(op_errors[25], structures[42].shape),
        REF(op_errors[26], structures[69].shape),
        REF(op_errors[27], structures[42].shape),
        REF(op_errors[28], structures[42].shape),
        REF(op_errors[29], structures[0].shape),
        REF(op_errors[30], structures[35].shape),
        REF(op_errors[31], structures[42].shape),
        REF(op_errors[32], structures[69].shape),
        REF(op_errors[33], structures[35].shape),
        REF(op_errors[34], structures[42].shape),
        REF(op_errors[35], structures[69].shape),
        REF(op_errors[36], structures[0].shape),
        REF(op_errors[37], structures[35].shape),
        REF(op_errors[38], structures[42].shape),
        REF(op_errors[39], structures[69].shape),
        REF(op_errors[40], structures[0].shape),
        REF(op_errors[41], structures[35].shape),
        REF(op_errors[42], structures[42].shape),
        REF(op_errors[43], structures[68].shape),
        REF(op_errors[44], structures[69].shape),
        REF(op_errors[45], structures[0].shape),
        REF(op_errors[46], structures[35].shape),
        REF(op_errors[47], structures[42].shape),
        REF(op_errors[48], structures[68].shape),
        REF(op_errors[49], structures[69].shape),
        REF(op_errors[50], structures[0].shape),
        REF(op_errors[51], structures[24].shape),
        REF(op_errors[52], structures[34].shape),
        REF(op_errors[53], structures[35].shape),
        REF(op_errors[54], structures[36].shape),
        REF(op_errors[55], structures[37].shape),
        REF(op_errors[56], structures[38].shape),
        REF(op_errors[57], structures[39].shape),
        REF(op_errors[58], structures[40].shape),
        REF(op_errors[59], structures[41].shape),
        REF(op_errors[60], structures[56].shape),
        REF(op_errors[61], structures[69].shape),
        REF(op_errors[62], structures[0].shape),
        REF(op_errors[63], structures[35].shape),
        REF(op_errors[64], structures[42].shape),
        REF(op_errors[65], structures[68].shape),
        REF(op_errors[66], structures[69].shape),
        REF(op_errors[67], structures[0].shape),
        REF(op_errors[68], structures[34].shape),
        REF(op_errors[69], structures[35].shape),
        REF(op_errors[70], structures[56].shape),
        REF(op_errors[71], structures[69].shape),
        REF(op_errors[72], structures[0].shape),
        REF(op_errors[73], structures[35].shape),
        REF(op_errors[74], structures[42].shape),
        REF(op_errors[75], structures[68].shape),
        REF(op_errors[76], structures[69].shape),
        REF(op_errors[77], structures[0].shape),
        REF(op_errors[78], structures[25].shape),
        REF(op_errors[79], structures[35].shape),
        REF(op_errors[80], structures[42].shape),
        REF(op_errors[81], structures[68].shape),
        REF(op_errors[82], structures[69].shape),
        REF(op_errors[83], structures[25].shape),
        REF(op_errors[84], structures[35].shape),
        REF(op_errors[85], structures[42].shape),
        REF(op_errors[86], structures[68].shape),
        REF(op_errors[87], structures[69].shape),
        REF(op_errors[88], structures[25].shape),
        REF(op_errors[89], structures[35].shape),
        REF(op_errors[90], structures[42].shape),
        REF(op_errors[91], structures[0].shape),
        REF(op_errors[92], structures[35].shape),
        REF(op_errors[93], structures[42].shape),
        REF(op_errors[94], structures[68].shape),
        REF(op_errors[95], structures[69].shape),
        REF(op_errors[96], structures[0].shape),
        REF(op_errors[97], structures[35].shape),
        REF(op_errors[98], structures[42].shape),
        REF(op_errors[99], structures[69].shape),
        REF(op_errors[100], structures[0].shape),
        REF(op_errors[101], structures[35].shape),
        REF(op_errors[102], structures[42].shape),
        REF(op_errors[103], structures[68].shape),
        REF(op_errors[104], structures[69].shape),
        REF(op_errors[105], structures[96].shape),
        REF(op_errors[106], structures[0].shape),
        REF(op_errors[107], structures[34].shape),
        REF(op_errors[108], structures[35].shape),
        REF(op_errors[109], structures[36].shape),
        REF(op_errors[110], structures[37].shape),
        REF(op_errors[111], structures[38].shape),
        REF(op_errors[112], structures[39].shape),
        REF(op_errors[113], structures[40].shape),
        REF(op_errors[114], structures[41].shape),
        REF(op_errors[115], structures[56].shape),
        REF(op_errors[116], structures[69].shape),
        REF(op_errors[117], structures[0].shape),
        REF(op_errors[118], structures[34].shape),
        REF(op_errors[119], structures[35].shape),
        REF(op_errors[120], structures[36].shape),
        REF(op_errors[121], structures[37].shape),
        REF(op_errors[122], structures[38].shape),
        REF(op_errors[123], structures[39].shape),
        REF(op_errors[124], structures[40].shape),
        REF(op_errors[125], structures[41].shape),
        REF(op_errors[126], structures[56].shape),
        REF(op_errors[127], structures[69].shape),
        REF(op_errors[128], structures[0].shape),
        REF(op_errors[129], structures[35].shape),
        REF(op_errors[130], structures[42].shape),
        REF(op_errors[131], structures[68].shape),
        REF(op_errors[132], structures[69].shape),
        REF(op_errors[133], structures[35].shape),
        REF(op_errors[134], structures[42].shape),
        REF(op_errors[135], structures[68].shape),
        REF(op_errors[136], structures[69].shape),
        REF(op_errors[137], structures[0].shape),
        REF(op_errors[138], structures[35].shape),
        REF(op_errors[139], structures[42].shape),
        REF(op_errors[140], structures[68].shape),
        REF(op_errors[141], structures[69].shape),
        REF(op_errors[142], structures[0].shape),
        REF(op_errors[143], structures[35].shape),
        REF(op_errors[144], structures[42].shape),
        REF(op_errors[145], structures[68].shape),
        REF(op_errors[146], structures[69].shape),
        REF(op_errors[147], structures[96].shape),
        REF(op_errors[148], structures[0].shape),
        REF(op_errors[149], structures[35].shape),
        REF(op_errors[150], structures[36].shape),
        REF(op_errors[151], structures[37].shape),
        REF(op_errors[152], structures[38].shape),
        REF(op_errors[153], structures[39].shape),
        REF(op_errors[154], structures[40].shape),
        REF(op_errors[155], structures[41].shape),
        REF(op_errors[156], structures[42].shape),
        REF(op_errors[157], structures[68].shape),
        REF(op_errors[158], structures[69].shape),
        REF(op_errors[159], structures[0].shape),
        REF(op_errors[160], structures[35].shape),
        REF(op_errors[161], structures[42].shape),
        REF(op_errors[162], structures[68].shape),
        REF(op_errors[163], structures[69].shape),
        REF(op_errors[164], structures[0].shape),
        REF(op_errors[165], structures[35].shape),
        REF(op_errors[166], structures[42].shape),
        REF(op_errors[167], structures[68].shape),
        REF(op_errors[168], structures[69].shape),
        REF(op_errors[169], structures[0].shape),
        REF(op_errors[170], structures[35].shape),
        REF(op_errors[171], structures[42].shape),
        REF(op_errors[172], structures[68].shape),
        REF(op_errors[173], structures[69].shape),
        REF(op_errors[174], structures[0].shape),
        REF(op_errors[175], structures[35].shape),
        REF(op_errors[176], structures[42].shape),
        REF(op_errors[177], structures[68].shape),
        REF(op_errors[178], structures[69].shape),
        REF(op_errors[179], structures[35].shape),
        REF(op_errors[180], structures[42].shape),
        REF(op_errors[181], structures[96].shape),
        REF(op_errors[182], structures[0].shape),
        REF(op_errors[183], structures[35].shape),
        REF(op_errors[184], structures[42].shape),
        REF(op_errors[185], structures[68].shape),
        REF(op_errors[186], structures[69].shape),
        REF(op_errors[187], structures[96].shape),
        REF(op_errors[188], structures[0].shape),
        REF(op_errors[189], structures[35].shape),
        REF(op_errors[190], structures[42].shape),
        REF(op_errors[191], structures[68].shape),
        REF(op_errors[192], structures[69].shape),
        REF(op_errors[193], structures[96].shape),
        REF(op_errors[194], structures[35].shape),
        REF(op_errors[195], structures[42].shape),
        REF(op_errors[196], structures[68].shape),
        REF(op_errors[197], structures[69].shape),
        REF(op_errors[198], structures[96].shape),
        REF(op_errors[199], structures[0].shape),
        REF(op_errors[200], structures[35].shape),
        REF(op_errors[201], structures[42].shape),
        REF(op_errors[202], structures[68].shape),
        REF(op_errors[203], structures[69].shape),
        REF(op_errors[204], structures[96].shape),
    },
    /* every modeled error of the service, sorted by its code on the wire */
    .service_errors = {
        REF(service_errors[0], structures[0].shape),
        REF(service_errors[1], structures[24].shape),
        REF(service_errors[2], structures[25].shape),
        REF(service_errors[3], structures[34].shape),
        REF(service_errors[4], structures[35].shape),
        REF(service_errors[5], structures[36].shape),
        REF(service_errors[6], structures[37].shape),
        REF(service_errors[7], structures[38].shape),
        REF(service_errors[8], structures[39].shape),
        REF(service_errors[9], structures[40].shape),
        REF(service_errors[10], structures[41].shape),
        REF(service_errors[11], structures[42].shape),
        REF(service_errors[12], structures[56].shape),
        REF(service_errors[13], structures[68].shape),
        REF(service_errors[14], structures[69].shape),
        REF(service_errors[15], structures[96].shape),
    },
    /* staticContextParams: name, value (a string, or count strings one
     * after the other), count, type, boolean */
    .static_params = {
        {REF(static_params[0].name_ref, strings[2391]), REF(static_params[0].value_ref, strings[2405]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[1].name_ref, strings[2391]), REF(static_params[1].value_ref, strings[2676]), 0, AWSC_EP_PARAM_STRING, false},
    },
    /* contextParam members and operationContextParams: parameter name,
     * member name, expression, member index */
    .context_params = {
        {REF(context_params[0].name_ref, strings[46]), REF(context_params[0].member_ref, strings[46]), 0, 2},
        {REF(context_params[1].name_ref, strings[56]), REF(context_params[1].member_ref, strings[56]), 0, 3},
        {REF(context_params[2].name_ref, strings[279]), REF(context_params[2].member_ref, strings[279]), 0, 0},
        {REF(context_params[3].name_ref, strings[56]), REF(context_params[3].member_ref, strings[56]), 0, 1},
        {REF(context_params[4].name_ref, strings[46]), REF(context_params[4].member_ref, strings[46]), 0, 0},
        {REF(context_params[5].name_ref, strings[112]), REF(context_params[5].member_ref, strings[112]), 0, 2},
        {REF(context_params[6].name_ref, strings[56]), REF(context_params[6].member_ref, strings[56]), 0, 3},
        {REF(context_params[7].name_ref, strings[46]), REF(context_params[7].member_ref, strings[46]), 0, 3},
        {REF(context_params[8].name_ref, strings[56]), REF(context_params[8].member_ref, strings[56]), 0, 4},
        {REF(context_params[9].name_ref, strings[46]), REF(context_params[9].member_ref, strings[46]), 0, 1},
        {REF(context_params[10].name_ref, strings[56]), REF(context_params[10].member_ref, strings[56]), 0, 2},
        {REF(context_params[11].name_ref, strings[46]), REF(context_params[11].member_ref, strings[46]), 0, 5},
        {REF(context_params[12].name_ref, strings[56]), REF(context_params[12].member_ref, strings[56]), 0, 6},
        {REF(context_params[13].name_ref, strings[46]), REF(context_params[13].member_ref, strings[46]), 0, 6},
        {REF(context_params[14].name_ref, strings[56]), REF(context_params[14].member_ref, strings[56]), 0, 7},
        {REF(context_params[15].name_ref, strings[46]), REF(context_params[15].member_ref, strings[46]), 0, 0},
        {REF(context_params[16].name_ref, strings[56]), REF(context_params[16].member_ref, strings[56]), 0, 4},
        {REF(context_params[17].name_ref, strings[46]), REF(context_params[17].member_ref, strings[46]), 0, 0},
        {REF(context_params[18].name_ref, strings[56]), REF(context_params[18].member_ref, strings[56]), 0, 2},
        {REF(context_params[19].name_ref, strings[112]), REF(context_params[19].member_ref, strings[112]), 0, 0},
        {REF(context_params[20].name_ref, strings[56]), REF(context_params[20].member_ref, strings[56]), 0, 1},
        {REF(context_params[21].name_ref, strings[279]), REF(context_params[21].member_ref, strings[279]), 0, 1},
        {REF(context_params[22].name_ref, strings[56]), REF(context_params[22].member_ref, strings[56]), 0, 2},
        {REF(context_params[23].name_ref, strings[46]), REF(context_params[23].member_ref, strings[46]), 0, 0},
        {REF(context_params[24].name_ref, strings[56]), REF(context_params[24].member_ref, strings[56]), 0, 1},
    },
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    .pagers = {
#if AWSC_WITH_PAGINATORS
    .paginators = {
        [0] = { /* DescribeStream */
            .name_ref = PREF(paginators[0].name_ref, strings[0]),
            .operation = 8,
            .input_tokens_ref = PREF(paginators[0].input_tokens_ref, input_tokens[0]),
            .output_tokens_ref = PREF(paginators[0].output_tokens_ref, expr_refs[0]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[0].more_results_ref, exprs[1]),
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[0].result_keys_ref, expr_refs[1]),
            .result_key_count = 1,
            .non_aggregate_keys_ref = PREF(paginators[0].non_aggregate_keys_ref, expr_refs[2]),
            .non_aggregate_key_count = 8,
        },
        [1] = { /* ListShards */
            .name_ref = PREF(paginators[1].name_ref, strings[15]),
            .operation = 17,
            .input_tokens_ref = PREF(paginators[1].input_tokens_ref, input_tokens[1]),
            .output_tokens_ref = PREF(paginators[1].output_tokens_ref, expr_refs[10]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[1].result_keys_ref, expr_refs[11]),
            .result_key_count = 1,
        },
        [2] = { /* ListStreamConsumers */
            .name_ref = PREF(paginators[2].name_ref, strings[26]),
            .operation = 18,
            .input_tokens_ref = PREF(paginators[2].input_tokens_ref, input_tokens[2]),
            .output_tokens_ref = PREF(paginators[2].output_tokens_ref, expr_refs[12]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[2].result_keys_ref, expr_refs[13]),
            .result_key_count = 1,
        },
        [3] = { /* ListStreams */
            .name_ref = PREF(paginators[3].name_ref, strings[46]),
            .operation = 19,
            .input_tokens_ref = PREF(paginators[3].input_tokens_ref, input_tokens[3]),
            .output_tokens_ref = PREF(paginators[3].output_tokens_ref, expr_refs[14]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[3].more_results_ref, exprs[15]),
            .limit_key = 0,
            .result_keys_ref = PREF(paginators[3].result_keys_ref, expr_refs[15]),
            .result_key_count = 2,
        },
    },
    .input_tokens = {
        2, /* ExclusiveStartShardId */
        1, /* NextToken */
        1, /* NextToken */
        2, /* NextToken */
    },
    .expr_refs = {
        PREF(expr_refs[0], exprs[0]), /* StreamDescription.Shards[-1].ShardId */
        PREF(expr_refs[1], exprs[2]), /* StreamDescription.Shards */
        PREF(expr_refs[2], exprs[3]), /* StreamDescription.StreamARN */
        PREF(expr_refs[3], exprs[4]), /* StreamDescription.StreamName */
        PREF(expr_refs[4], exprs[5]), /* StreamDescription.StreamStatus */
        PREF(expr_refs[5], exprs[6]), /* StreamDescription.RetentionPeriodHours */
        PREF(expr_refs[6], exprs[7]), /* StreamDescription.EnhancedMonitoring */
        PREF(expr_refs[7], exprs[8]), /* StreamDescription.EncryptionType */
        PREF(expr_refs[8], exprs[9]), /* StreamDescription.KeyId */
        PREF(expr_refs[9], exprs[10]), /* StreamDescription.StreamCreationTimestamp */
        PREF(expr_refs[10], exprs[11]), /* NextToken */
        PREF(expr_refs[11], exprs[12]), /* Shards */
        PREF(expr_refs[12], exprs[11]), /* NextToken */
        PREF(expr_refs[13], exprs[13]), /* Consumers */
        PREF(expr_refs[14], exprs[14]), /* NextToken */
        PREF(expr_refs[15], exprs[16]), /* StreamNames */
        PREF(expr_refs[16], exprs[17]), /* StreamSummaries */
    },
#endif
#if AWSC_WITH_WAITERS
    .waiters = {
        [0] = { /* StreamExists */
            .name_ref = PREF(waiters[0].name_ref, strings[58]),
            .operation = 8,
            .delay = 10,
            .max_attempts = 18,
            .acceptors_ref = PREF(waiters[0].acceptors_ref, acceptors[0]),
            .acceptor_count = 1,
        },
        [1] = { /* StreamNotExists */
            .name_ref = PREF(waiters[1].name_ref, strings[78]),
            .operation = 8,
            .delay = 10,
            .max_attempts = 18,
            .acceptors_ref = PREF(waiters[1].acceptors_ref, acceptors[1]),
            .acceptor_count = 1,
        },
    },
    .acceptors = {
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[0].argument_ref, exprs[5]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[0].expected.string_ref, strings[71])}}, /* StreamExists: path success */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[1].expected.string_ref, strings[94])}}, /* StreamNotExists: error success */
    },
#endif
    .exprs = {
        {.text_ref = PREF(exprs[0].text_ref, strings[120]), .nodes_ref = PREF(exprs[0].nodes_ref, nodes[0]), .node_count = 7}, /* StreamDescription.Shards[-1].ShardId */
        {.text_ref = PREF(exprs[1].text_ref, strings[190]), .nodes_ref = PREF(exprs[1].nodes_ref, nodes[7]), .node_count = 3}, /* StreamDescription.HasMoreShards */
        {.text_ref = PREF(exprs[2].text_ref, strings[236]), .nodes_ref = PREF(exprs[2].nodes_ref, nodes[10]), .node_count = 3}, /* StreamDescription.Shards */
        {.text_ref = PREF(exprs[3].text_ref, strings[261]), .nodes_ref = PREF(exprs[3].nodes_ref, nodes[13]), .node_count = 3}, /* StreamDescription.StreamARN */
        {.text_ref = PREF(exprs[4].text_ref, strings[299]), .nodes_ref = PREF(exprs[4].nodes_ref, nodes[16]), .node_count = 3}, /* StreamDescription.StreamName */
        {.text_ref = PREF(exprs[5].text_ref, strings[339]), .nodes_ref = PREF(exprs[5].nodes_ref, nodes[19]), .node_count = 3}, /* StreamDescription.StreamStatus */
        {.text_ref = PREF(exprs[6].text_ref, strings[383]), .nodes_ref = PREF(exprs[6].nodes_ref, nodes[22]), .node_count = 3}, /* StreamDescription.RetentionPeriodHours */
        {.text_ref = PREF(exprs[7].text_ref, strings[443]), .nodes_ref = PREF(exprs[7].nodes_ref, nodes[25]), .node_count = 3}, /* StreamDescription.EnhancedMonitoring */
        {.text_ref = PREF(exprs[8].text_ref, strings[499]), .nodes_ref = PREF(exprs[8].nodes_ref, nodes[28]), .node_count = 3}, /* StreamDescription.EncryptionType */
        {.text_ref = PREF(exprs[9].text_ref, strings[547]), .nodes_ref = PREF(exprs[9].nodes_ref, nodes[31]), .node_count = 3}, /* StreamDescription.KeyId */
        {.text_ref = PREF(exprs[10].text_ref, strings[577]), .nodes_ref = PREF(exprs[10].nodes_ref, nodes[34]), .node_count = 3}, /* StreamDescription.StreamCreationTimestamp */
        {.text_ref = PREF(exprs[11].text_ref, strings[643]), .nodes_ref = PREF(exprs[11].nodes_ref, nodes[37]), .node_count = 1}, /* NextToken */
        {.text_ref = PREF(exprs[12].text_ref, strings[175]), .nodes_ref = PREF(exprs[12].nodes_ref, nodes[38]), .node_count = 1}, /* Shards */
        {.text_ref = PREF(exprs[13].text_ref, strings[653]), .nodes_ref = PREF(exprs[13].nodes_ref, nodes[39]), .node_count = 1}, /* Consumers */
        {.text_ref = PREF(exprs[14].text_ref, strings[643]), .nodes_ref = PREF(exprs[14].nodes_ref, nodes[40]), .node_count = 1}, /* NextToken */
        {.text_ref = PREF(exprs[15].text_ref, strings[663]), .nodes_ref = PREF(exprs[15].nodes_ref, nodes[41]), .node_count = 1}, /* HasMoreStreams */
        {.text_ref = PREF(exprs[16].text_ref, strings[678]), .nodes_ref = PREF(exprs[16].nodes_ref, nodes[42]), .node_count = 1}, /* StreamNames */
        {.text_ref = PREF(exprs[17].text_ref, strings[690]), .nodes_ref = PREF(exprs[17].nodes_ref, nodes[43]), .node_count = 1}, /* StreamSummaries */
    },
    .nodes = {
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[0].string_ref, strings[157])},
        {.op = AWSC_JP_MEMBER, .member = 4, .string_ref = PREF(nodes[1].string_ref, strings[175])},
        {.op = AWSC_JP_INDEX, .index = -1},
        {.op = AWSC_JP_SUB, .a = 1, .b = 2},
        {.op = AWSC_JP_SUB, .a = 0, .b = 3},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[5].string_ref, strings[182])},
        {.op = AWSC_JP_SUB, .a = 4, .b = 5},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[7].string_ref, strings[157])},
        {.op = AWSC_JP_MEMBER, .member = 5, .string_ref = PREF(nodes[8].string_ref, strings[222])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[10].string_ref, strings[157])},
        {.op = AWSC_JP_MEMBER, .member = 4, .string_ref = PREF(nodes[11].string_ref, strings[175])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[13].string_ref, strings[157])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[14].string_ref, strings[289])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[16].string_ref, strings[157])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[17].string_ref, strings[328])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[19].string_ref, strings[157])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[20].string_ref, strings[370])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[22].string_ref, strings[157])},
        {.op = AWSC_JP_MEMBER, .member = 6, .string_ref = PREF(nodes[23].string_ref, strings[422])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[25].string_ref, strings[157])},
        {.op = AWSC_JP_MEMBER, .member = 8, .string_ref = PREF(nodes[26].string_ref, strings[480])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[28].string_ref, strings[157])},
        {.op = AWSC_JP_MEMBER, .member = 9, .string_ref = PREF(nodes[29].string_ref, strings[532])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[31].string_ref, strings[157])},
        {.op = AWSC_JP_MEMBER, .member = 10, .string_ref = PREF(nodes[32].string_ref, strings[571])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[34].string_ref, strings[157])},
        {.op = AWSC_JP_MEMBER, .member = 7, .string_ref = PREF(nodes[35].string_ref, strings[619])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[37].string_ref, strings[643])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[38].string_ref, strings[175])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[39].string_ref, strings[653])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[40].string_ref, strings[643])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[41].string_ref, strings[663])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[42].string_ref, strings[678])},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = PREF(nodes[43].string_ref, strings[690])},
    },
    .strings =
        /*      0 */ "DescribeStream\0"
        /*     15 */ "ListShards\0"
        /*     26 */ "ListStreamConsumers\0"
        /*     46 */ "ListStreams\0"
        /*     58 */ "StreamExists\0"
        /*     71 */ "ACTIVE\0"
        /*     78 */ "StreamNotExists\0"
        /*     94 */ "ResourceNotFoundException\0"
        /*    120 */ "StreamDescription.Shards[-1].ShardId\0"
        /*    157 */ "StreamDescription\0"
        /*    175 */ "Shards\0"
        /*    182 */ "ShardId\0"
        /*    190 */ "StreamDescription.HasMoreShards\0"
        /*    222 */ "HasMoreShards\0"
        /*    236 */ "StreamDescription.Shards\0"
        /*    261 */ "StreamDescription.StreamARN\0"
        /*    289 */ "StreamARN\0"
        /*    299 */ "StreamDescription.StreamName\0"
        /*    328 */ "StreamName\0"
        /*    339 */ "StreamDescription.StreamStatus\0"
        /*    370 */ "StreamStatus\0"
        /*    383 */ "StreamDescription.RetentionPeriodHours\0"
        /*    422 */ "RetentionPeriodHours\0"
        /*    443 */ "StreamDescription.EnhancedMonitoring\0"
        /*    480 */ "EnhancedMonitoring\0"
        /*    499 */ "StreamDescription.EncryptionType\0"
        /*    532 */ "EncryptionType\0"
        /*    547 */ "StreamDescription.KeyId\0"
        /*    571 */ "KeyId\0"
        /*    577 */ "StreamDescription.StreamCreationTimestamp\0"
        /*    619 */ "StreamCreationTimestamp\0"
        /*    643 */ "NextToken\0"
        /*    653 */ "Consumers\0"
        /*    663 */ "HasMoreStreams\0"
        /*    678 */ "StreamNames\0"
        /*    690 */ "StreamSummaries",
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
        .strings_ref = RULES_REF(ruleset.strings_ref, strings),
        .service = 0, /* kinesis */
        .global_region = AWSC_EP_NONE,
        .param_count = 9,
        .slot_count = 22,
        .rule_count = 7,
        .flags = 0,
    },
    /* Parameters: name, default string (a stringArray's: the first in
     * defaults), default count, type, built-in, flags, default boolean. */
    .params = {
        {1387, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_REGION, 0, false}, /* Region */
        {8, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_DUAL_STACK, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseDualStack */
        {21, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_FIPS, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseFIPS */
        {29, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ENDPOINT, 0, false}, /* Endpoint */
        {38, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_NONE, 0, false}, /* StreamId */
        {47, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_NONE, 0, false}, /* StreamARN */
        {57, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_NONE, 0, false}, /* OperationType */
        {71, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_NONE, 0, false}, /* ConsumerARN */
        {83, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_NONE, 0, false}, /* ResourceARN */
    },
    /* The slots' names: parameters, then the variables the rules assign. */
    .slots = {
        1387, /* 0: Region */
        8, /* 1: UseDualStack */
        21, /* 2: UseFIPS */
        29, /* 3: Endpoint */
        38, /* 4: StreamId */
        47, /* 5: StreamARN */
        57, /* 6: OperationType */
        71, /* 7: ConsumerARN */
        83, /* 8: ResourceARN */
        95, /* 9: StreamIdDelimiterValue */
        118, /* 10: StreamIdDelimiterReversedValue */
        149, /* 11: StreamIdPrefixValue */
        169, /* 12: StreamIdSuffixValue */
        189, /* 13: PartitionResult */
        215, /* 14: HttpsCustomEndpointDelimiterValue */
        249, /* 15: HttpsEndpointDelimiterValue */
        277, /* 16: HttpsCustomEndpointSuffixValue */
        560, /* 17: PlainCustomEndpointDelimiterValue */
        594, /* 18: PlainEndpointDelimiterValue */
        622, /* 19: PlainCustomEndpointSuffixValue */
        749, /* 20: arn */
        753, /* 21: arnType */
    },
    /* Rules: condition count, first condition (in args), then a tree's
     * first child and child count, an endpoint's index, or an error's
     * message. A run of rules equal to another is stored once. */
    .rules = {
        /* 0 */ AWSC_EP_TREE(11, 28, 54, 2), /* isSet(StreamId) && StreamIdDelimiterValue = substring(StreamId, 20, 21, false) && stri ... */
        /* 1 */ AWSC_EP_TREE(6, 234, 85, 2), /* isSet(StreamARN) && not(isSet(Endpoint)) && isSet(Region) && PartitionResult = aws.par ... */
        /* 2 */ AWSC_EP_TREE(6, 305, 87, 2), /* isSet(ConsumerARN) && not(isSet(Endpoint)) && isSet(Region) && PartitionResult = aws.p ... */
        /* 3 */ AWSC_EP_TREE(6, 313, 89, 2), /* isSet(ResourceARN) && not(isSet(Endpoint)) && isSet(Region) && PartitionResult = aws.p ... */
        /* 4 */ AWSC_EP_TREE(1, 57, 91, 3), /* isSet(Endpoint) */
        /* 5 */ AWSC_EP_TREE(1, 35, 108, 1), /* isSet(Region) */
        /* 6 */ AWSC_EP_ERROR(0, 0, 164), /* always */
        /* 7 */ AWSC_EP_ENDPOINT(0, 0, 0), /* always */
        /* 8 */ AWSC_EP_TREE(1, 74, 7, 1), /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 9 */ AWSC_EP_ERROR(0, 0, 68), /* always */
        /* 10 */ AWSC_EP_TREE(1, 71, 8, 2), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 11 */ AWSC_EP_ERROR(0, 0, 69), /* always */
        /* 12 */ AWSC_EP_ENDPOINT(0, 0, 1), /* always */
        /* 13 */ AWSC_EP_TREE(1, 71, 12, 1), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 14 */ AWSC_EP_ERROR(0, 0, 72), /* always */
        /* 15 */ AWSC_EP_ENDPOINT(0, 0, 2), /* always */
        /* 16 */ AWSC_EP_TREE(1, 74, 15, 1), /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 17 */ AWSC_EP_ERROR(0, 0, 74), /* always */
        /* 18 */ AWSC_EP_TREE(2, 67, 10, 2), /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 19 */ AWSC_EP_TREE(1, 67, 13, 2), /* booleanEquals(UseFIPS, true) */
        /* 20 */ AWSC_EP_TREE(1, 68, 16, 2), /* booleanEquals(UseDualStack, true) */
        /* 21 */ AWSC_EP_ENDPOINT(0, 0, 3), /* always */
        /* 22 */ AWSC_EP_ENDPOINT(0, 0, 4), /* always */
        /* 23 */ AWSC_EP_TREE(1, 74, 22, 1), /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 24 */ AWSC_EP_ERROR(0, 0, 68), /* always */
        /* 25 */ AWSC_EP_TREE(1, 71, 23, 2), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 26 */ AWSC_EP_ERROR(0, 0, 69), /* always */
        /* 27 */ AWSC_EP_ENDPOINT(0, 0, 5), /* always */
        /* 28 */ AWSC_EP_TREE(1, 71, 27, 1), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 29 */ AWSC_EP_ERROR(0, 0, 72), /* always */
        /* 30 */ AWSC_EP_ENDPOINT(0, 0, 6), /* always */
        /* 31 */ AWSC_EP_TREE(1, 74, 30, 1), /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 32 */ AWSC_EP_ERROR(0, 0, 74), /* always */
        /* 33 */ AWSC_EP_TREE(2, 67, 25, 2), /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 34 */ AWSC_EP_TREE(1, 67, 28, 2), /* booleanEquals(UseFIPS, true) */
        /* 35 */ AWSC_EP_TREE(1, 68, 31, 2), /* booleanEquals(UseDualStack, true) */
        /* 36 */ AWSC_EP_ENDPOINT(0, 0, 7), /* always */
        /* 37 */ AWSC_EP_ENDPOINT(0, 0, 8), /* always */
        /* 38 */ AWSC_EP_TREE(1, 74, 37, 1), /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 39 */ AWSC_EP_ERROR(0, 0, 68), /* always */
        /* 40 */ AWSC_EP_TREE(1, 71, 38, 2), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 41 */ AWSC_EP_ERROR(0, 0, 69), /* always */
        /* 42 */ AWSC_EP_ENDPOINT(0, 0, 9), /* always */
        /* 43 */ AWSC_EP_TREE(1, 71, 42, 1), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 44 */ AWSC_EP_ERROR(0, 0, 72), /* always */
        /* 45 */ AWSC_EP_ENDPOINT(0, 0, 10), /* always */
        /* 46 */ AWSC_EP_TREE(1, 74, 45, 1), /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 47 */ AWSC_EP_ERROR(0, 0, 74), /* always */
        /* 48 */ AWSC_EP_TREE(6, 57, 18, 4), /* isSet(Endpoint) && HttpsCustomEndpointDelimiterValue = substring(Endpoint, 15, 16, fal ... */
        /* 49 */ AWSC_EP_TREE(6, 139, 33, 4), /* isSet(Endpoint) && PlainCustomEndpointDelimiterValue = substring(Endpoint, 7, 8, false ... */
        /* 50 */ AWSC_EP_TREE(2, 67, 40, 2), /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 51 */ AWSC_EP_TREE(1, 67, 43, 2), /* booleanEquals(UseFIPS, true) */
        /* 52 */ AWSC_EP_TREE(1, 68, 46, 2), /* booleanEquals(UseDualStack, true) */
        /* 53 */ AWSC_EP_ENDPOINT(0, 0, 11), /* always */
        /* 54 */ AWSC_EP_TREE(1, 40, 48, 6), /* isSet(OperationType) */
        /* 55 */ AWSC_EP_ERROR(0, 0, 101), /* always */
        /* 56 */ AWSC_EP_ENDPOINT(0, 0, 12), /* always */
        /* 57 */ AWSC_EP_TREE(1, 74, 56, 1), /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 58 */ AWSC_EP_ERROR(0, 0, 68), /* always */
        /* 59 */ AWSC_EP_TREE(1, 71, 57, 2), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 60 */ AWSC_EP_ERROR(0, 0, 69), /* always */
        /* 61 */ AWSC_EP_ENDPOINT(0, 0, 13), /* always */
        /* 62 */ AWSC_EP_TREE(1, 71, 61, 1), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 63 */ AWSC_EP_ERROR(0, 0, 72), /* always */
        /* 64 */ AWSC_EP_ENDPOINT(0, 0, 14), /* always */
        /* 65 */ AWSC_EP_TREE(1, 74, 64, 1), /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 66 */ AWSC_EP_ERROR(0, 0, 74), /* always */
        /* 67 */ AWSC_EP_TREE(2, 67, 59, 2), /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 68 */ AWSC_EP_TREE(1, 67, 62, 2), /* booleanEquals(UseFIPS, true) */
        /* 69 */ AWSC_EP_TREE(1, 68, 65, 2), /* booleanEquals(UseDualStack, true) */
        /* 70 */ AWSC_EP_ENDPOINT(0, 0, 15), /* always */
        /* 71 */ AWSC_EP_TREE(1, 40, 67, 4), /* isSet(OperationType) */
        /* 72 */ AWSC_EP_ERROR(0, 0, 101), /* always */
        /* 73 */ AWSC_EP_TREE(1, 260, 71, 2), /* stringEquals(PartitionResult#name, arn#partition) */
        /* 74 */ AWSC_EP_ERROR(0, 0, 131), /* always */
        /* 75 */ AWSC_EP_TREE(1, 257, 73, 2), /* stringEquals(arnType, "stream") */
        /* 76 */ AWSC_EP_ERROR(0, 0, 134), /* always */
        /* 77 */ AWSC_EP_TREE(2, 253, 75, 2), /* arnType = arn#resourceId[0] && not(stringEquals(arnType, "")) */
        /* 78 */ AWSC_EP_ERROR(0, 0, 135), /* always */
        /* 79 */ AWSC_EP_TREE(1, 249, 77, 2), /* stringEquals(arn#service, "kinesis") */
        /* 80 */ AWSC_EP_ERROR(0, 0, 137), /* always */
        /* 81 */ AWSC_EP_TREE(1, 246, 79, 2), /* isValidHostLabel(arn#region, false) */
        /* 82 */ AWSC_EP_ERROR(0, 0, 138), /* always */
        /* 83 */ AWSC_EP_TREE(1, 243, 81, 2), /* isValidHostLabel(arn#accountId, false) */
        /* 84 */ AWSC_EP_ERROR(0, 0, 139), /* always */
        /* 85 */ AWSC_EP_TREE(1, 240, 83, 2), /* arn = aws.parseArn(StreamARN) */
        /* 86 */ AWSC_EP_ERROR(0, 0, 140), /* always */
        /* 87 */ AWSC_EP_TREE(1, 311, 83, 2), /* arn = aws.parseArn(ConsumerARN) */
        /* 88 */ AWSC_EP_ERROR(0, 0, 140), /* always */
        /* 89 */ AWSC_EP_TREE(1, 319, 83, 2), /* arn = aws.parseArn(ResourceARN) */
        /* 90 */ AWSC_EP_ERROR(0, 0, 140), /* always */
        /* 91 */ AWSC_EP_ERROR(1, 67, 149), /* booleanEquals(UseFIPS, true) */
        /* 92 */ AWSC_EP_ERROR(1, 68, 150), /* booleanEquals(UseDualStack, true) */
        /* 93 */ AWSC_EP_ENDPOINT(0, 0, 16), /* always */
        /* 94 */ AWSC_EP_ENDPOINT(0, 0, 17), /* always */
        /* 95 */ AWSC_EP_TREE(2, 324, 94, 1), /* booleanEquals(true, PartitionResult#supportsFIPS) && booleanEquals(true, PartitionResu ... */
        /* 96 */ AWSC_EP_ERROR(0, 0, 155), /* always */
        /* 97 */ AWSC_EP_ENDPOINT(1, 332, 18), /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 98 */ AWSC_EP_ENDPOINT(0, 0, 19), /* always */
        /* 99 */ AWSC_EP_TREE(1, 71, 97, 2), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 100 */ AWSC_EP_ERROR(0, 0, 72), /* always */
        /* 101 */ AWSC_EP_ENDPOINT(0, 0, 20), /* always */
        /* 102 */ AWSC_EP_TREE(1, 325, 101, 1), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 103 */ AWSC_EP_ERROR(0, 0, 74), /* always */
        /* 104 */ AWSC_EP_TREE(2, 67, 95, 2), /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 105 */ AWSC_EP_TREE(1, 67, 99, 2), /* booleanEquals(UseFIPS, true) */
        /* 106 */ AWSC_EP_TREE(1, 68, 102, 2), /* booleanEquals(UseDualStack, true) */
        /* 107 */ AWSC_EP_ENDPOINT(0, 0, 21), /* always */
        /* 108 */ AWSC_EP_TREE(1, 36, 104, 4), /* PartitionResult = aws.partition(Region) */
    },
    /* Expressions. S(at) is a string, A(obj, attribute) getAttr and
     * AI(obj, attribute, index) getAttr "[index]", V(slot) a variable,
     * T(n, first) a template of n parts from args, F(fn, n, first) a call,
     * SET(slot, expr) a condition assigning its value. */
    .exprs = {
        /* 0 */ AWSC_EP_V(4), /* StreamId */
        /* 1 */ AWSC_EP_F(IS_SET, 1, 0), /* isSet(StreamId) */
        /* 2 */ AWSC_EP_I(20), /* 20 */
        /* 3 */ AWSC_EP_I(21), /* 21 */
        /* 4 */ AWSC_EP_B(0), /* false */
        /* 5 */ AWSC_EP_F(SUBSTRING, 4, 1), /* substring(StreamId, 20, 21, false) */
        /* 6 */ AWSC_EP_SET(9, 5), /* StreamIdDelimiterValue = substring(StreamId, 20, 21, false) */
        /* 7 */ AWSC_EP_V(9), /* StreamIdDelimiterValue */
        /* 8 */ AWSC_EP_S(208, 1), /* "-" */
        /* 9 */ AWSC_EP_F(STRING_EQUALS, 2, 5), /* stringEquals(StreamIdDelimiterValue, "-") */
        /* 10 */ AWSC_EP_I(3), /* 3 */
        /* 11 */ AWSC_EP_I(4), /* 4 */
        /* 12 */ AWSC_EP_B(1), /* true */
        /* 13 */ AWSC_EP_F(SUBSTRING, 4, 7), /* substring(StreamId, 3, 4, true) */
        /* 14 */ AWSC_EP_SET(10, 13), /* StreamIdDelimiterReversedValue = substring(StreamId, 3, 4, true) */
        /* 15 */ AWSC_EP_V(10), /* StreamIdDelimiterReversedValue */
        /* 16 */ AWSC_EP_F(STRING_EQUALS, 2, 11), /* stringEquals(StreamIdDelimiterReversedValue, "-") */
        /* 17 */ AWSC_EP_I(0), /* 0 */
        /* 18 */ AWSC_EP_F(SUBSTRING, 4, 13), /* substring(StreamId, 0, 20, false) */
        /* 19 */ AWSC_EP_SET(11, 18), /* StreamIdPrefixValue = substring(StreamId, 0, 20, false) */
        /* 20 */ AWSC_EP_I(24), /* 24 */
        /* 21 */ AWSC_EP_F(SUBSTRING, 4, 17), /* substring(StreamId, 21, 24, false) */
        /* 22 */ AWSC_EP_SET(12, 21), /* StreamIdSuffixValue = substring(StreamId, 21, 24, false) */
        /* 23 */ AWSC_EP_V(0), /* Region */
        /* 24 */ AWSC_EP_F(IS_SET, 1, 21), /* isSet(Region) */
        /* 25 */ AWSC_EP_F(PARTITION, 1, 21), /* aws.partition(Region) */
        /* 26 */ AWSC_EP_SET(13, 25), /* PartitionResult = aws.partition(Region) */
        /* 27 */ AWSC_EP_V(13), /* PartitionResult */
        /* 28 */ AWSC_EP_A(27, NAME), /* PartitionResult#name */
        /* 29 */ AWSC_EP_S(205, 7), /* "aws-iso" */
        /* 30 */ AWSC_EP_F(STRING_EQUALS, 2, 22), /* stringEquals(PartitionResult#name, "aws-iso") */
        /* 31 */ AWSC_EP_F(NOT, 1, 24), /* not(stringEquals(PartitionResult#name, "aws-iso")) */
        /* 32 */ AWSC_EP_S(205, 9), /* "aws-iso-b" */
        /* 33 */ AWSC_EP_F(STRING_EQUALS, 2, 25), /* stringEquals(PartitionResult#name, "aws-iso-b") */
        /* 34 */ AWSC_EP_F(NOT, 1, 27), /* not(stringEquals(PartitionResult#name, "aws-iso-b")) */
        /* 35 */ AWSC_EP_V(6), /* OperationType */
        /* 36 */ AWSC_EP_F(IS_SET, 1, 39), /* isSet(OperationType) */
        /* 37 */ AWSC_EP_V(3), /* Endpoint */
        /* 38 */ AWSC_EP_F(IS_SET, 1, 41), /* isSet(Endpoint) */
        /* 39 */ AWSC_EP_I(15), /* 15 */
        /* 40 */ AWSC_EP_I(16), /* 16 */
        /* 41 */ AWSC_EP_F(SUBSTRING, 4, 41), /* substring(Endpoint, 15, 16, false) */
        /* 42 */ AWSC_EP_SET(14, 41), /* HttpsCustomEndpointDelimiterValue = substring(Endpoint, 15, 16, false) */
        /* 43 */ AWSC_EP_V(14), /* HttpsCustomEndpointDelimiterValue */
        /* 44 */ AWSC_EP_F(STRING_EQUALS, 2, 45), /* stringEquals(HttpsCustomEndpointDelimiterValue, "-") */
        /* 45 */ AWSC_EP_F(SUBSTRING, 4, 47), /* substring(Endpoint, 20, 21, false) */
        /* 46 */ AWSC_EP_SET(15, 45), /* HttpsEndpointDelimiterValue = substring(Endpoint, 20, 21, false) */
        /* 47 */ AWSC_EP_V(15), /* HttpsEndpointDelimiterValue */
        /* 48 */ AWSC_EP_S(375, 1), /* "." */
        /* 49 */ AWSC_EP_F(STRING_EQUALS, 2, 51), /* stringEquals(HttpsEndpointDelimiterValue, ".") */
        /* 50 */ AWSC_EP_F(SUBSTRING, 4, 53), /* substring(Endpoint, 15, 20, false) */
        /* 51 */ AWSC_EP_SET(16, 50), /* HttpsCustomEndpointSuffixValue = substring(Endpoint, 15, 20, false) */
        /* 52 */ AWSC_EP_V(2), /* UseFIPS */
        /* 53 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 63), /* booleanEquals(UseFIPS, true) */
        /* 54 */ AWSC_EP_V(1), /* UseDualStack */
        /* 55 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 65), /* booleanEquals(UseDualStack, true) */
        /* 56 */ AWSC_EP_A(27, SUPPORTS_FIPS), /* PartitionResult#supportsFIPS */
        /* 57 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 69), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 58 */ AWSC_EP_A(27, SUPPORTS_DUAL_STACK), /* PartitionResult#supportsDualStack */
        /* 59 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 72), /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 60 */ AWSC_EP_S(1211, 8), /* "https://" */
        /* 61 */ AWSC_EP_V(11), /* StreamIdPrefixValue */
        /* 62 */ AWSC_EP_V(12), /* StreamIdSuffixValue */
        /* 63 */ AWSC_EP_S(653, 8), /* "-kinesis" */
        /* 64 */ AWSC_EP_V(16), /* HttpsCustomEndpointSuffixValue */
        /* 65 */ AWSC_EP_S(661, 6), /* "-fips." */
        /* 66 */ AWSC_EP_A(27, DUAL_STACK_DNS_SUFFIX), /* PartitionResult#dualStackDnsSuffix */
        /* 67 */ AWSC_EP_T(12, 75), /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{HttpsCustomEndpointSuffixValu ... */
        /* 68 */ AWSC_EP_S(308, 68), /* "DualStack is enabled, but this partition does not support DualStack." */
        /* 69 */ AWSC_EP_S(377, 58), /* "FIPS is enabled, but this partition does not support FIPS." */
        /* 70 */ AWSC_EP_A(27, DNS_SUFFIX), /* PartitionResult#dnsSuffix */
        /* 71 */ AWSC_EP_T(12, 87), /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{HttpsCustomEndpointSuffixValu ... */
        /* 72 */ AWSC_EP_S(436, 56), /* "FIPS is enabled but this partition does not support FIPS" */
        /* 73 */ AWSC_EP_T(12, 99), /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{HttpsCustomEndpointSuffixValu ... */
        /* 74 */ AWSC_EP_S(493, 66), /* "DualStack is enabled but this partition does not support DualStack" */
        /* 75 */ AWSC_EP_T(12, 111), /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{HttpsCustomEndpointSuffixValu ... */
        /* 76 */ AWSC_EP_I(7), /* 7 */
        /* 77 */ AWSC_EP_I(8), /* 8 */
        /* 78 */ AWSC_EP_F(SUBSTRING, 4, 123), /* substring(Endpoint, 7, 8, false) */
        /* 79 */ AWSC_EP_SET(17, 78), /* PlainCustomEndpointDelimiterValue = substring(Endpoint, 7, 8, false) */
        /* 80 */ AWSC_EP_V(17), /* PlainCustomEndpointDelimiterValue */
        /* 81 */ AWSC_EP_F(STRING_EQUALS, 2, 127), /* stringEquals(PlainCustomEndpointDelimiterValue, "-") */
        /* 82 */ AWSC_EP_I(12), /* 12 */
        /* 83 */ AWSC_EP_I(13), /* 13 */
        /* 84 */ AWSC_EP_F(SUBSTRING, 4, 129), /* substring(Endpoint, 12, 13, false) */
        /* 85 */ AWSC_EP_SET(18, 84), /* PlainEndpointDelimiterValue = substring(Endpoint, 12, 13, false) */
        /* 86 */ AWSC_EP_V(18), /* PlainEndpointDelimiterValue */
        /* 87 */ AWSC_EP_F(STRING_EQUALS, 2, 133), /* stringEquals(PlainEndpointDelimiterValue, ".") */
        /* 88 */ AWSC_EP_F(SUBSTRING, 4, 135), /* substring(Endpoint, 7, 12, false) */
        /* 89 */ AWSC_EP_SET(19, 88), /* PlainCustomEndpointSuffixValue = substring(Endpoint, 7, 12, false) */
        /* 90 */ AWSC_EP_V(19), /* PlainCustomEndpointSuffixValue */
        /* 91 */ AWSC_EP_T(12, 145), /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{PlainCustomEndpointSuffixValu ... */
        /* 92 */ AWSC_EP_T(12, 157), /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{PlainCustomEndpointSuffixValu ... */
        /* 93 */ AWSC_EP_T(12, 169), /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{PlainCustomEndpointSuffixValu ... */
        /* 94 */ AWSC_EP_T(12, 181), /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{PlainCustomEndpointSuffixValu ... */
        /* 95 */ AWSC_EP_S(653, 14), /* "-kinesis-fips." */
        /* 96 */ AWSC_EP_T(10, 193), /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis-fips.{Region}.{PartitionResul ... */
        /* 97 */ AWSC_EP_T(10, 203), /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis-fips.{Region}.{PartitionResul ... */
        /* 98 */ AWSC_EP_S(668, 9), /* "-kinesis." */
        /* 99 */ AWSC_EP_T(10, 213), /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis.{Region}.{PartitionResult#dua ... */
        /* 100 */ AWSC_EP_T(10, 223), /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis.{Region}.{PartitionResult#dns ... */
        /* 101 */ AWSC_EP_S(678, 70), /* "Operation Type is not set. Please contact service team for resolution." */
        /* 102 */ AWSC_EP_V(5), /* StreamARN */
        /* 103 */ AWSC_EP_F(IS_SET, 1, 233), /* isSet(StreamARN) */
        /* 104 */ AWSC_EP_F(NOT, 1, 57), /* not(isSet(Endpoint)) */
        /* 105 */ AWSC_EP_F(PARSE_ARN, 1, 233), /* aws.parseArn(StreamARN) */
        /* 106 */ AWSC_EP_SET(20, 105), /* arn = aws.parseArn(StreamARN) */
        /* 107 */ AWSC_EP_V(20), /* arn */
        /* 108 */ AWSC_EP_A(107, ACCOUNT_ID), /* arn#accountId */
        /* 109 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 241), /* isValidHostLabel(arn#accountId, false) */
        /* 110 */ AWSC_EP_A(107, REGION), /* arn#region */
        /* 111 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 244), /* isValidHostLabel(arn#region, false) */
        /* 112 */ AWSC_EP_A(107, SERVICE), /* arn#service */
        /* 113 */ AWSC_EP_S(0, 7), /* "kinesis" */
        /* 114 */ AWSC_EP_F(STRING_EQUALS, 2, 247), /* stringEquals(arn#service, "kinesis") */
        /* 115 */ AWSC_EP_AI(107, RESOURCE_ID, 0), /* arn#resourceId[0] */
        /* 116 */ AWSC_EP_SET(21, 115), /* arnType = arn#resourceId[0] */
        /* 117 */ AWSC_EP_V(21), /* arnType */
        /* 118 */ AWSC_EP_S(7, 0), /* "" */
        /* 119 */ AWSC_EP_F(STRING_EQUALS, 2, 250), /* stringEquals(arnType, "") */
        /* 120 */ AWSC_EP_F(NOT, 1, 252), /* not(stringEquals(arnType, "")) */
        /* 121 */ AWSC_EP_S(761, 6), /* "stream" */
        /* 122 */ AWSC_EP_F(STRING_EQUALS, 2, 255), /* stringEquals(arnType, "stream") */
        /* 123 */ AWSC_EP_A(107, PARTITION), /* arn#partition */
        /* 124 */ AWSC_EP_F(STRING_EQUALS, 2, 258), /* stringEquals(PartitionResult#name, arn#partition) */
        /* 125 */ AWSC_EP_T(8, 261), /* "https://{arn#accountId}.{OperationType}-kinesis-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 126 */ AWSC_EP_T(8, 269), /* "https://{arn#accountId}.{OperationType}-kinesis-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 127 */ AWSC_EP_T(8, 277), /* "https://{arn#accountId}.{OperationType}-kinesis.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 128 */ AWSC_EP_T(8, 285), /* "https://{arn#accountId}.{OperationType}-kinesis.{Region}.{PartitionResult#dnsSuffix}" */
        /* 129 */ AWSC_EP_S(768, 11), /* "Partition: " */
        /* 130 */ AWSC_EP_S(780, 45), /* " from ARN doesn't match with partition name: " */
        /* 131 */ AWSC_EP_T(5, 293), /* "Partition: {arn#partition} from ARN doesn't match with partition name: {PartitionResult#name}." */
        /* 132 */ AWSC_EP_S(826, 41), /* "Invalid ARN: Kinesis ARNs don't support `" */
        /* 133 */ AWSC_EP_S(868, 12), /* "` arn types." */
        /* 134 */ AWSC_EP_T(3, 298), /* "Invalid ARN: Kinesis ARNs don't support `{arnType}` arn types." */
        /* 135 */ AWSC_EP_S(881, 34), /* "Invalid ARN: No ARN type specified" */
        /* 136 */ AWSC_EP_S(916, 61), /* "Invalid ARN: The ARN was not for the Kinesis service, found: " */
        /* 137 */ AWSC_EP_T(3, 301), /* "Invalid ARN: The ARN was not for the Kinesis service, found: {arn#service}." */
        /* 138 */ AWSC_EP_S(978, 28), /* "Invalid ARN: Invalid region." */
        /* 139 */ AWSC_EP_S(1007, 32), /* "Invalid ARN: Invalid account id." */
        /* 140 */ AWSC_EP_S(1040, 33), /* "Invalid ARN: Failed to parse ARN." */
        /* 141 */ AWSC_EP_V(7), /* ConsumerARN */
        /* 142 */ AWSC_EP_F(IS_SET, 1, 304), /* isSet(ConsumerARN) */
        /* 143 */ AWSC_EP_F(PARSE_ARN, 1, 304), /* aws.parseArn(ConsumerARN) */
        /* 144 */ AWSC_EP_SET(20, 143), /* arn = aws.parseArn(ConsumerARN) */
        /* 145 */ AWSC_EP_V(8), /* ResourceARN */
        /* 146 */ AWSC_EP_F(IS_SET, 1, 312), /* isSet(ResourceARN) */
        /* 147 */ AWSC_EP_F(PARSE_ARN, 1, 312), /* aws.parseArn(ResourceARN) */
        /* 148 */ AWSC_EP_SET(20, 147), /* arn = aws.parseArn(ResourceARN) */
        /* 149 */ AWSC_EP_S(1074, 65), /* "Invalid Configuration: FIPS and custom endpoint are not supported" */
        /* 150 */ AWSC_EP_S(1140, 70), /* "Invalid Configuration: Dualstack and custom endpoint are not supported" */
        /* 151 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 320), /* booleanEquals(true, PartitionResult#supportsFIPS) */
        /* 152 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 322), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 153 */ AWSC_EP_S(1211, 21), /* "https://kinesis-fips." */
        /* 154 */ AWSC_EP_T(4, 326), /* "https://kinesis-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 155 */ AWSC_EP_S(1233, 79), /* "FIPS and DualStack are enabled, but this partition does not support one or both" */
        /* 156 */ AWSC_EP_S(1313, 10), /* "aws-us-gov" */
        /* 157 */ AWSC_EP_F(STRING_EQUALS, 2, 330), /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 158 */ AWSC_EP_S(1324, 16), /* "https://kinesis." */
        /* 159 */ AWSC_EP_S(1341, 14), /* ".amazonaws.com" */
        /* 160 */ AWSC_EP_T(3, 333), /* "https://kinesis.{Region}.amazonaws.com" */
        /* 161 */ AWSC_EP_T(4, 336), /* "https://kinesis-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 162 */ AWSC_EP_T(4, 340), /* "https://kinesis.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 163 */ AWSC_EP_T(4, 344), /* "https://kinesis.{Region}.{PartitionResult#dnsSuffix}" */
        /* 164 */ AWSC_EP_S(1356, 37), /* "Invalid Configuration: Missing Region" */
    },
    .args = {
        0, 0, 2, 3, 4, 7, 8, 0, 10, 11, 12, 15, 8, 0, 17, 2,
        4, 0, 3, 20, 4, 23, 28, 29, 30, 28, 32, 33, 1, 6, 9, 14,
        16, 19, 22, 24, 26, 31, 34, 35, 36, 37, 39, 40, 4, 43, 8, 37,
        2, 3, 4, 47, 48, 37, 39, 2, 4, 38, 42, 44, 46, 49, 51, 52,
        12, 54, 12, 53, 55, 56, 12, 57, 58, 12, 59, 60, 61, 48, 62, 48,
        35, 63, 64, 65, 23, 48, 66, 60, 61, 48, 62, 48, 35, 63, 64, 65,
        23, 48, 70, 60, 61, 48, 62, 48, 35, 63, 64, 48, 23, 48, 66, 60,
        61, 48, 62, 48, 35, 63, 64, 48, 23, 48, 70, 37, 76, 77, 4, 80,
        8, 37, 82, 83, 4, 86, 48, 37, 76, 82, 4, 38, 79, 81, 85, 87,
        89, 60, 61, 48, 62, 48, 35, 63, 90, 65, 23, 48, 66, 60, 61, 48,
        62, 48, 35, 63, 90, 65, 23, 48, 70, 60, 61, 48, 62, 48, 35, 63,
        90, 48, 23, 48, 66, 60, 61, 48, 62, 48, 35, 63, 90, 48, 23, 48,
        70, 60, 61, 48, 62, 48, 35, 95, 23, 48, 66, 60, 61, 48, 62, 48,
        35, 95, 23, 48, 70, 60, 61, 48, 62, 48, 35, 98, 23, 48, 66, 60,
        61, 48, 62, 48, 35, 98, 23, 48, 70, 102, 103, 104, 24, 26, 31, 34,
        106, 108, 4, 109, 110, 4, 111, 112, 113, 114, 117, 118, 119, 116, 120, 117,
        121, 122, 28, 123, 124, 60, 108, 48, 35, 95, 23, 48, 66, 60, 108, 48,
        35, 95, 23, 48, 70, 60, 108, 48, 35, 98, 23, 48, 66, 60, 108, 48,
        35, 98, 23, 48, 70, 129, 123, 130, 28, 48, 132, 117, 133, 136, 112, 48,
        141, 142, 104, 24, 26, 31, 34, 144, 145, 146, 104, 24, 26, 31, 34, 148,
        12, 56, 12, 58, 151, 152, 153, 23, 48, 66, 28, 156, 157, 158, 23, 159,
        153, 23, 48, 70, 158, 23, 48, 66, 158, 23, 48, 70,
    },
    /* Endpoints: URL, properties, headers (an object of arrays in props). */
    .endpoints = {
        /* 0 */ {67, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{HttpsCustomEndpointSuffixValu ... */
        /* 1 */ {71, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{HttpsCustomEndpointSuffixValu ... */
        /* 2 */ {73, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{HttpsCustomEndpointSuffixValu ... */
        /* 3 */ {75, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{HttpsCustomEndpointSuffixValu ... */
        /* 4 */ {91, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{PlainCustomEndpointSuffixValu ... */
        /* 5 */ {92, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{PlainCustomEndpointSuffixValu ... */
        /* 6 */ {93, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{PlainCustomEndpointSuffixValu ... */
        /* 7 */ {94, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{PlainCustomEndpointSuffixValu ... */
        /* 8 */ {96, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis-fips.{Region}.{PartitionResul ... */
        /* 9 */ {97, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis-fips.{Region}.{PartitionResul ... */
        /* 10 */ {99, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis.{Region}.{PartitionResult#dua ... */
        /* 11 */ {100, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis.{Region}.{PartitionResult#dns ... */
        /* 12 */ {125, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://{arn#accountId}.{OperationType}-kinesis-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 13 */ {126, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://{arn#accountId}.{OperationType}-kinesis-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 14 */ {127, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://{arn#accountId}.{OperationType}-kinesis.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 15 */ {128, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://{arn#accountId}.{OperationType}-kinesis.{Region}.{PartitionResult#dnsSuffix}" */
        /* 16 */ {37, AWSC_EP_NONE, AWSC_EP_NONE}, /* Endpoint */
        /* 17 */ {154, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://kinesis-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 18 */ {160, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://kinesis.{Region}.amazonaws.com" */
        /* 19 */ {161, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://kinesis-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 20 */ {162, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://kinesis.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 21 */ {163, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://kinesis.{Region}.{PartitionResult#dnsSuffix}" */
    },
    .strings =
        /*     0 */ "kinesis\0"
        /*     8 */ "UseDualStack\0"
        /*    21 */ "UseFIPS\0"
        /*    29 */ "Endpoint\0"
        /*    38 */ "StreamId\0"
        /*    47 */ "StreamARN\0"
        /*    57 */ "OperationType\0"
        /*    71 */ "ConsumerARN\0"
        /*    83 */ "ResourceARN\0"
        /*    95 */ "StreamIdDelimiterValue\0"
        /*   118 */ "StreamIdDelimiterReversedValue\0"
        /*   149 */ "StreamIdPrefixValue\0"
        /*   169 */ "StreamIdSuffixValue\0"
        /*   189 */ "PartitionResult\0"
        /*   205 */ "aws-iso-b\0"
        /*   215 */ "HttpsCustomEndpointDelimiterValue\0"
        /*   249 */ "HttpsEndpointDelimiterValue\0"
        /*   277 */ "HttpsCustomEndpointSuffixValue\0"
        /*   308 */ "DualStack is enabled, but this partition does not support DualStack.\0"
        /*   377 */ "FIPS is enabled, but this partition does not support FIPS.\0"
        /*   436 */ "FIPS is enabled but this partition does not support FIPS\0"
        /*   493 */ "DualStack is enabled but this partition does not support DualStack\0"
        /*   560 */ "PlainCustomEndpointDelimiterValue\0"
        /*   594 */ "PlainEndpointDelimiterValue\0"
        /*   622 */ "PlainCustomEndpointSuffixValue\0"
        /*   653 */ "-kinesis-fips.\0"
        /*   668 */ "-kinesis.\0"
        /*   678 */ "Operation Type is not set. Please contact service team for resolution.\0"
        /*   749 */ "arn\0"
        /*   753 */ "arnType\0"
        /*   761 */ "stream\0"
        /*   768 */ "Partition: \0"
        /*   780 */ " from ARN doesn't match with partition name: \0"
        /*   826 */ "Invalid ARN: Kinesis ARNs don't support `\0"
        /*   868 */ "` arn types.\0"
        /*   881 */ "Invalid ARN: No ARN type specified\0"
        /*   916 */ "Invalid ARN: The ARN was not for the Kinesis service, found: \0"
        /*   978 */ "Invalid ARN: Invalid region.\0"
        /*  1007 */ "Invalid ARN: Invalid account id.\0"
        /*  1040 */ "Invalid ARN: Failed to parse ARN.\0"
        /*  1074 */ "Invalid Configuration: FIPS and custom endpoint are not supported\0"
        /*  1140 */ "Invalid Configuration: Dualstack and custom endpoint are not supported\0"
        /*  1211 */ "https://kinesis-fips.\0"
        /*  1233 */ "FIPS and DualStack are enabled, but this partition does not support one or both\0"
        /*  1313 */ "aws-us-gov\0"
        /*  1324 */ "https://kinesis.\0"
        /*  1341 */ ".amazonaws.com\0"
        /*  1356 */ "Invalid Configuration: Missing Region",
    },
    .structures = {
        [0] = { /* AccessDeniedException */
            .shape = {
                .name_ref = REF(structures[0].shape.name_ref, strings[0]),
                .traits_ref = REF(structures[0].shape.traits_ref, traits[0]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_kinesis_access_denied_exception),
            },
            .members_ref = REF(structures[0].members_ref, members[0]),
            .by_wire_name_ref = REF(structures[0].by_wire_name_ref, by_wire_name[0]),
            .member_count = 1,
        },
        [1] = { /* AddTagsToStreamInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[1].shape.name_ref, shape_names[0]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_add_tags_to_stream_input),
            },
            .members_ref = REF(structures[1].members_ref, members[1]),
            .by_wire_name_ref = REF(structures[1].by_wire_name_ref, by_wire_name[1]),
            .member_count = 4,
        },
        [2] = { /* ChildShard */
            .shape = {
                .name_ref = SHAPE_NAME(structures[2].shape.name_ref, shape_names[35]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_child_shard),
            },
            .members_ref = REF(structures[2].members_ref, members[5]),
            .by_wire_name_ref = REF(structures[2].by_wire_name_ref, by_wire_name[5]),
            .member_count = 3,
        },
        [3] = { /* Consumer */
            .shape = {
                .name_ref = SHAPE_NAME(structures[3].shape.name_ref, shape_names[61]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_consumer),
            },
            .members_ref = REF(structures[3].members_ref, members[8]),
            .by_wire_name_ref = REF(structures[3].by_wire_name_ref, by_wire_name[8]),
            .member_count = 4,
        },
        [4] = { /* ConsumerDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[4].shape.name_ref, shape_names[102]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_consumer_description),
            },
            .members_ref = REF(structures[4].members_ref, members[12]),
            .by_wire_name_ref = REF(structures[4].by_wire_name_ref, by_wire_name[12]),
            .member_count = 5,
        },
        [5] = { /* CreateStreamInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[5].shape.name_ref, shape_names[163]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_create_stream_input),
            },
            .members_ref = REF(structures[5].members_ref, members[17]),
            .by_wire_name_ref = REF(structures[5].by_wire_name_ref, by_wire_name[17]),
            .member_count = 6,
        },
        [6] = { /* DecreaseStreamRetentionPeriodInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[6].shape.name_ref, shape_names[186]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_decrease_stream_retention_period_input),
            },
            .members_ref = REF(structures[6].members_ref, members[23]),
            .by_wire_name_ref = REF(structures[6].by_wire_name_ref, by_wire_name[23]),
            .member_count = 4,
        },
        [7] = { /* DeleteResourcePolicyInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[7].shape.name_ref, shape_names[221]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_delete_resource_policy_input),
            },
            .members_ref = REF(structures[7].members_ref, members[27]),
            .by_wire_name_ref = REF(structures[7].by_wire_name_ref, by_wire_name[27]),
            .member_count = 2,
        },
        [8] = { /* DeleteStreamInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[8].shape.name_ref, shape_names[247]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_delete_stream_input),
            },
            .members_ref = REF(structures[8].members_ref, members[29]),
            .by_wire_name_ref = REF(structures[8].by_wire_name_ref, by_wire_name[29]),
            .member_count = 4,
        },
        [9] = { /* DeregisterStreamConsumerInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[9].shape.name_ref, shape_names[265]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_deregister_stream_consumer_input),
            },
            .members_ref = REF(structures[9].members_ref, members[33]),
            .by_wire_name_ref = REF(structures[9].by_wire_name_ref, by_wire_name[33]),
            .member_count = 4,
        },
        [10] = { /* DescribeAccountSettingsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[10].shape.name_ref, shape_names[295]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_describe_account_settings_input),
            },
        },
        [11] = { /* DescribeAccountSettingsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[11].shape.name_ref, shape_names[324]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_describe_account_settings_output),
            },
            .members_ref = REF(structures[11].members_ref, members[37]),
            .by_wire_name_ref = REF(structures[11].by_wire_name_ref, by_wire_name[37]),
            .member_count = 1,
        },
        [12] = { /* DescribeLimitsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[12].shape.name_ref, shape_names[354]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_describe_limits_input),
            },
        },
        [13] = { /* DescribeLimitsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[13].shape.name_ref, shape_names[374]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_describe_limits_output),
            },
            .members_ref = REF(structures[13].members_ref, members[38]),
            .by_wire_name_ref = REF(structures[13].by_wire_name_ref, by_wire_name[38]),
            .member_count = 4,
        },
        [14] = { /* DescribeStreamConsumerInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[14].shape.name_ref, shape_names[395]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_describe_stream_consumer_input),
            },
            .members_ref = REF(structures[14].members_ref, members[42]),
            .by_wire_name_ref = REF(structures[14].by_wire_name_ref, by_wire_name[42]),
            .member_count = 4,
        },
        [15] = { /* DescribeStreamConsumerOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[15].shape.name_ref, shape_names[423]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_describe_stream_consumer_output),
            },
            .members_ref = REF(structures[15].members_ref, members[46]),
            .by_wire_name_ref = REF(structures[15].by_wire_name_ref, by_wire_name[46]),
            .member_count = 1,
        },
        [16] = { /* DescribeStreamInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[16].shape.name_ref, shape_names[452]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_describe_stream_input),
            },
            .members_ref = REF(structures[16].members_ref, members[47]),
            .by_wire_name_ref = REF(structures[16].by_wire_name_ref, by_wire_name[47]),
            .member_count = 5,
        },
        [17] = { /* DescribeStreamOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[17].shape.name_ref, shape_names[497]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_describe_stream_output),
            },
            .members_ref = REF(structures[17].members_ref, members[52]),
            .by_wire_name_ref = REF(structures[17].by_wire_name_ref, by_wire_name[52]),
            .member_count = 1,
        },
        [18] = { /* DescribeStreamSummaryInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[18].shape.name_ref, shape_names[518]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_describe_stream_summary_input),
            },
            .members_ref = REF(structures[18].members_ref, members[53]),
            .by_wire_name_ref = REF(structures[18].by_wire_name_ref, by_wire_name[53]),
            .member_count = 3,
        },
        [19] = { /* DescribeStreamSummaryOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[19].shape.name_ref, shape_names[545]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_describe_stream_summary_output),
            },
            .members_ref = REF(structures[19].members_ref, members[56]),
            .by_wire_name_ref = REF(structures[19].by_wire_name_ref, by_wire_name[56]),
            .member_count = 1,
        },
        [20] = { /* DisableEnhancedMonitoringInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[20].shape.name_ref, shape_names[573]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_disable_enhanced_monitoring_input),
            },
            .members_ref = REF(structures[20].members_ref, members[57]),
            .by_wire_name_ref = REF(structures[20].by_wire_name_ref, by_wire_name[57]),
            .member_count = 4,
        },
        [21] = { /* EnableEnhancedMonitoringInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[21].shape.name_ref, shape_names[604]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_enable_enhanced_monitoring_input),
            },
            .members_ref = REF(structures[21].members_ref, members[61]),
            .by_wire_name_ref = REF(structures[21].by_wire_name_ref, by_wire_name[61]),
            .member_count = 4,
        },
        [22] = { /* EnhancedMetrics */
            .shape = {
                .name_ref = SHAPE_NAME(structures[22].shape.name_ref, shape_names[649]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_enhanced_metrics),
            },
            .members_ref = REF(structures[22].members_ref, members[65]),
            .by_wire_name_ref = REF(structures[22].by_wire_name_ref, by_wire_name[65]),
            .member_count = 1,
        },
        [23] = { /* EnhancedMonitoringOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[23].shape.name_ref, shape_names[688]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_enhanced_monitoring_output),
            },
            .members_ref = REF(structures[23].members_ref, members[66]),
            .by_wire_name_ref = REF(structures[23].by_wire_name_ref, by_wire_name[66]),
            .member_count = 4,
        },
        [24] = { /* ExpiredIteratorException */
            .shape = {
                .name_ref = REF(structures[24].shape.name_ref, strings[589]),
                .traits_ref = REF(structures[24].shape.traits_ref, traits[6]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_kinesis_expired_iterator_exception),
            },
            .members_ref = REF(structures[24].members_ref, members[70]),
            .by_wire_name_ref = REF(structures[24].by_wire_name_ref, by_wire_name[70]),
            .member_count = 1,
        },
        [25] = { /* ExpiredNextTokenException */
            .shape = {
                .name_ref = REF(structures[25].shape.name_ref, strings[614]),
                .traits_ref = REF(structures[25].shape.traits_ref, traits[7]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_kinesis_expired_next_token_exception),
            },
            .members_ref = REF(structures[25].members_ref, members[71]),
            .by_wire_name_ref = REF(structures[25].by_wire_name_ref, by_wire_name[71]),
            .member_count = 1,
        },
        [26] = { /* GetRecordsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[26].shape.name_ref, shape_names[736]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_get_records_input),
            },
            .members_ref = REF(structures[26].members_ref, members[72]),
            .by_wire_name_ref = REF(structures[26].by_wire_name_ref, by_wire_name[72]),
            .member_count = 4,
        },
        [27] = { /* GetRecordsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[27].shape.name_ref, shape_names[773]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_get_records_output),
            },
            .members_ref = REF(structures[27].members_ref, members[76]),
            .by_wire_name_ref = REF(structures[27].by_wire_name_ref, by_wire_name[76]),
            .member_count = 4,
        },
        [28] = { /* GetResourcePolicyInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[28].shape.name_ref, shape_names[790]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_get_resource_policy_input),
            },
            .members_ref = REF(structures[28].members_ref, members[80]),
            .by_wire_name_ref = REF(structures[28].by_wire_name_ref, by_wire_name[80]),
            .member_count = 2,
        },
        [29] = { /* GetResourcePolicyOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[29].shape.name_ref, shape_names[813]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_get_resource_policy_output),
            },
            .members_ref = REF(structures[29].members_ref, members[82]),
            .by_wire_name_ref = REF(structures[29].by_wire_name_ref, by_wire_name[82]),
            .member_count = 1,
        },
        [30] = { /* GetShardIteratorInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[30].shape.name_ref, shape_names[837]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_get_shard_iterator_input),
            },
            .members_ref = REF(structures[30].members_ref, members[83]),
            .by_wire_name_ref = REF(structures[30].by_wire_name_ref, by_wire_name[83]),
            .member_count = 7,
        },
        [31] = { /* GetShardIteratorOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[31].shape.name_ref, shape_names[859]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_get_shard_iterator_output),
            },
            .members_ref = REF(structures[31].members_ref, members[90]),
            .by_wire_name_ref = REF(structures[31].by_wire_name_ref, by_wire_name[90]),
            .member_count = 1,
        },
        [32] = { /* HashKeyRange */
            .shape = {
                .name_ref = SHAPE_NAME(structures[32].shape.name_ref, shape_names[890]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_hash_key_range),
            },
            .members_ref = REF(structures[32].members_ref, members[91]),
            .by_wire_name_ref = REF(structures[32].by_wire_name_ref, by_wire_name[91]),
            .member_count = 2,
        },
        [33] = { /* IncreaseStreamRetentionPeriodInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[33].shape.name_ref, shape_names[903]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_increase_stream_retention_period_input),
            },
            .members_ref = REF(structures[33].members_ref, members[93]),
            .by_wire_name_ref = REF(structures[33].by_wire_name_ref, by_wire_name[93]),
            .member_count = 4,
        },
        [34] = { /* InternalFailureException */
            .shape = {
                .name_ref = REF(structures[34].shape.name_ref, strings[799]),
                .traits_ref = REF(structures[34].shape.traits_ref, traits[9]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_kinesis_internal_failure_exception),
            },
            .members_ref = REF(structures[34].members_ref, members[97]),
            .by_wire_name_ref = REF(structures[34].by_wire_name_ref, by_wire_name[97]),
            .member_count = 1,
        },
        [35] = { /* InvalidArgumentException */
            .shape = {
                .name_ref = REF(structures[35].shape.name_ref, strings[824]),
                .traits_ref = REF(structures[35].shape.traits_ref, traits[10]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_kinesis_invalid_argument_exception),
            },
            .members_ref = REF(structures[35].members_ref, members[98]),
            .by_wire_name_ref = REF(structures[35].by_wire_name_ref, by_wire_name[98]),
            .member_count = 1,
        },
        [36] = { /* KMSAccessDeniedException */
            .shape = {
                .name_ref = REF(structures[36].shape.name_ref, strings[849]),
                .traits_ref = REF(structures[36].shape.traits_ref, traits[11]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_kinesis_kms_access_denied_exception),
            },
            .members_ref = REF(structures[36].members_ref, members[99]),
            .by_wire_name_ref = REF(structures[36].by_wire_name_ref, by_wire_name[99]),
            .member_count = 1,
        },
        [37] = { /* KMSDisabledException */
            .shape = {
                .name_ref = REF(structures[37].shape.name_ref, strings[874]),
                .traits_ref = REF(structures[37].shape.traits_ref, traits[12]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_kinesis_kms_disabled_exception),
            },
            .members_ref = REF(structures[37].members_ref, members[100]),
            .by_wire_name_ref = REF(structures[37].by_wire_name_ref, by_wire_name[100]),
            .member_count = 1,
        },
        [38] = { /* KMSInvalidStateException */
            .shape = {
                .name_ref = REF(structures[38].shape.name_ref, strings[895]),
                .traits_ref = REF(structures[38].shape.traits_ref, traits[13]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_kinesis_kms_invalid_state_exception),
            },
            .members_ref = REF(structures[38].members_ref, members[101]),
            .by_wire_name_ref = REF(structures[38].by_wire_name_ref, by_wire_name[101]),
            .member_count = 1,
        },
        [39] = { /* KMSNotFoundException */
            .shape = {
                .name_ref = REF(structures[39].shape.name_ref, strings[920]),
                .traits_ref = REF(structures[39].shape.traits_ref, traits[14]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_kinesis_kms_not_found_exception),
            },
            .members_ref = REF(structures[39].members_ref, members[102]),
            .by_wire_name_ref = REF(structures[39].by_wire_name_ref, by_wire_name[102]),
            .member_count = 1,
        },
        [40] = { /* KMSOptInRequired */
            .shape = {
                .name_ref = REF(structures[40].shape.name_ref, strings[941]),
                .traits_ref = REF(structures[40].shape.traits_ref, traits[15]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_kinesis_kms_opt_in_required),
            },
            .members_ref = REF(structures[40].members_ref, members[103]),
            .by_wire_name_ref = REF(structures[40].by_wire_name_ref, by_wire_name[103]),
            .member_count = 1,
        },
        [41] = { /* KMSThrottlingException */
            .shape = {
                .name_ref = REF(structures[41].shape.name_ref, strings[958]),
                .traits_ref = REF(structures[41].shape.traits_ref, traits[16]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_kinesis_kms_throttling_exception),
            },
            .members_ref = REF(structures[41].members_ref, members[104]),
            .by_wire_name_ref = REF(structures[41].by_wire_name_ref, by_wire_name[104]),
            .member_count = 1,
        },
        [42] = { /* LimitExceededException */
            .shape = {
                .name_ref = REF(structures[42].shape.name_ref, strings[981]),
                .traits_ref = REF(structures[42].shape.traits_ref, traits[18]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_kinesis_limit_exceeded_exception),
            },
            .members_ref = REF(structures[42].members_ref, members[105]),
            .by_wire_name_ref = REF(structures[42].by_wire_name_ref, by_wire_name[105]),
            .member_count = 1,
        },
        [43] = { /* ListShardsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[43].shape.name_ref, shape_names[944]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_list_shards_input),
            },
            .members_ref = REF(structures[43].members_ref, members[106]),
            .by_wire_name_ref = REF(structures[43].by_wire_name_ref, by_wire_name[106]),
            .member_count = 8,
        },
        [44] = { /* ListShardsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[44].shape.name_ref, shape_names[981]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_list_shards_output),
            },
            .members_ref = REF(structures[44].members_ref, members[114]),
            .by_wire_name_ref = REF(structures[44].by_wire_name_ref, by_wire_name[114]),
            .member_count = 2,
        },
        [45] = { /* ListStreamConsumersInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[45].shape.name_ref, shape_names[998]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_list_stream_consumers_input),
            },
            .members_ref = REF(structures[45].members_ref, members[116]),
            .by_wire_name_ref = REF(structures[45].by_wire_name_ref, by_wire_name[116]),
            .member_count = 5,
        },
        [46] = { /* ListStreamConsumersOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[46].shape.name_ref, shape_names[1053]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_list_stream_consumers_output),
            },
            .members_ref = REF(structures[46].members_ref, members[121]),
            .by_wire_name_ref = REF(structures[46].by_wire_name_ref, by_wire_name[121]),
            .member_count = 2,
        },
        [47] = { /* ListStreamsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[47].shape.name_ref, shape_names[1079]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_list_streams_input),
            },
            .members_ref = REF(structures[47].members_ref, members[123]),
            .by_wire_name_ref = REF(structures[47].by_wire_name_ref, by_wire_name[123]),
            .member_count = 3,
        },
        [48] = { /* ListStreamsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[48].shape.name_ref, shape_names[1118]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_list_streams_output),
            },
            .members_ref = REF(structures[48].members_ref, members[126]),
            .by_wire_name_ref = REF(structures[48].by_wire_name_ref, by_wire_name[126]),
            .member_count = 4,
        },
        [49] = { /* ListTagsForResourceInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[49].shape.name_ref, shape_names[1136]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_list_tags_for_resource_input),
            },
            .members_ref = REF(structures[49].members_ref, members[130]),
            .by_wire_name_ref = REF(structures[49].by_wire_name_ref, by_wire_name[130]),
            .member_count = 2,
        },
        [50] = { /* ListTagsForResourceOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[50].shape.name_ref, shape_names[1161]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_list_tags_for_resource_output),
            },
            .members_ref = REF(structures[50].members_ref, members[132]),
            .by_wire_name_ref = REF(structures[50].by_wire_name_ref, by_wire_name[132]),
            .member_count = 1,
        },
        [51] = { /* ListTagsForStreamInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[51].shape.name_ref, shape_names[1187]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_list_tags_for_stream_input),
            },
            .members_ref = REF(structures[51].members_ref, members[133]),
            .by_wire_name_ref = REF(structures[51].by_wire_name_ref, by_wire_name[133]),
            .member_count = 5,
        },
        [52] = { /* ListTagsForStreamOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[52].shape.name_ref, shape_names[1238]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_list_tags_for_stream_output),
            },
            .members_ref = REF(structures[52].members_ref, members[138]),
            .by_wire_name_ref = REF(structures[52].by_wire_name_ref, by_wire_name[138]),
            .member_count = 2,
        },
        [53] = { /* MergeShardsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[53].shape.name_ref, shape_names[1281]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_merge_shards_input),
            },
            .members_ref = REF(structures[53].members_ref, members[140]),
            .by_wire_name_ref = REF(structures[53].by_wire_name_ref, by_wire_name[140]),
            .member_count = 5,
        },
        [54] = { /* MinimumThroughputBillingCommitmentInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[54].shape.name_ref, shape_names[1345]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_minimum_throughput_billing_commitment_input),
            },
            .members_ref = REF(structures[54].members_ref, members[145]),
            .by_wire_name_ref = REF(structures[54].by_wire_name_ref, by_wire_name[145]),
            .member_count = 1,
        },
        [55] = { /* MinimumThroughputBillingCommitmentOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[55].shape.name_ref, shape_names[1431]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_minimum_throughput_billing_commitment_output),
            },
            .members_ref = REF(structures[55].members_ref, members[146]),
            .by_wire_name_ref = REF(structures[55].by_wire_name_ref, by_wire_name[146]),
            .member_count = 4,
        },
        [56] = { /* ProvisionedThroughputExceededException */
            .shape = {
                .name_ref = REF(structures[56].shape.name_ref, strings[1485]),
                .traits_ref = REF(structures[56].shape.traits_ref, traits[32]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_kinesis_provisioned_throughput_exceeded_exception),
            },
            .members_ref = REF(structures[56].members_ref, members[150]),
            .by_wire_name_ref = REF(structures[56].by_wire_name_ref, by_wire_name[150]),
            .member_count = 1,
        },
        [57] = { /* PutRecordInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[57].shape.name_ref, shape_names[1649]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_put_record_input),
            },
            .members_ref = REF(structures[57].members_ref, members[151]),
            .by_wire_name_ref = REF(structures[57].by_wire_name_ref, by_wire_name[151]),
            .member_count = 7,
        },
        [58] = { /* PutRecordOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[58].shape.name_ref, shape_names[1664]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_put_record_output),
            },
            .members_ref = REF(structures[58].members_ref, members[158]),
            .by_wire_name_ref = REF(structures[58].by_wire_name_ref, by_wire_name[158]),
            .member_count = 3,
        },
        [59] = { /* PutRecordsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[59].shape.name_ref, shape_names[1680]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_put_records_input),
            },
            .members_ref = REF(structures[59].members_ref, members[161]),
            .by_wire_name_ref = REF(structures[59].by_wire_name_ref, by_wire_name[161]),
            .member_count = 4,
        },
        [60] = { /* PutRecordsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[60].shape.name_ref, shape_names[1696]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_put_records_output),
            },
            .members_ref = REF(structures[60].members_ref, members[165]),
            .by_wire_name_ref = REF(structures[60].by_wire_name_ref, by_wire_name[165]),
            .member_count = 3,
        },
        [61] = { /* PutRecordsRequestEntry */
            .shape = {
                .name_ref = SHAPE_NAME(structures[61].shape.name_ref, shape_names[1713]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_put_records_request_entry),
            },
            .members_ref = REF(structures[61].members_ref, members[168]),
            .by_wire_name_ref = REF(structures[61].by_wire_name_ref, by_wire_name[168]),
            .member_count = 3,
        },
        [62] = { /* PutRecordsResultEntry */
            .shape = {
                .name_ref = SHAPE_NAME(structures[62].shape.name_ref, shape_names[1763]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_put_records_result_entry),
            },
            .members_ref = REF(structures[62].members_ref, members[171]),
            .by_wire_name_ref = REF(structures[62].by_wire_name_ref, by_wire_name[171]),
            .member_count = 4,
        },
        [63] = { /* PutResourcePolicyInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[63].shape.name_ref, shape_names[1811]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_put_resource_policy_input),
            },
            .members_ref = REF(structures[63].members_ref, members[175]),
            .by_wire_name_ref = REF(structures[63].by_wire_name_ref, by_wire_name[175]),
            .member_count = 3,
        },
        [64] = { /* Record */
            .shape = {
                .name_ref = SHAPE_NAME(structures[64].shape.name_ref, shape_names[1834]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_record),
            },
            .members_ref = REF(structures[64].members_ref, members[178]),
            .by_wire_name_ref = REF(structures[64].by_wire_name_ref, by_wire_name[178]),
            .member_count = 5,
        },
        [65] = { /* RegisterStreamConsumerInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[65].shape.name_ref, shape_names[1852]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_register_stream_consumer_input),
            },
            .members_ref = REF(structures[65].members_ref, members[183]),
            .by_wire_name_ref = REF(structures[65].by_wire_name_ref, by_wire_name[183]),
            .member_count = 4,
        },
        [66] = { /* RegisterStreamConsumerOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[66].shape.name_ref, shape_names[1880]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_register_stream_consumer_output),
            },
            .members_ref = REF(structures[66].members_ref, members[187]),
            .by_wire_name_ref = REF(structures[66].by_wire_name_ref, by_wire_name[187]),
            .member_count = 1,
        },
        [67] = { /* RemoveTagsFromStreamInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[67].shape.name_ref, shape_names[1909]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_remove_tags_from_stream_input),
            },
            .members_ref = REF(structures[67].members_ref, members[188]),
            .by_wire_name_ref = REF(structures[67].by_wire_name_ref, by_wire_name[188]),
            .member_count = 4,
        },
        [68] = { /* ResourceInUseException */
            .shape = {
                .name_ref = REF(structures[68].shape.name_ref, strings[1700]),
                .traits_ref = REF(structures[68].shape.traits_ref, traits[36]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_kinesis_resource_in_use_exception),
            },
            .members_ref = REF(structures[68].members_ref, members[192]),
            .by_wire_name_ref = REF(structures[68].by_wire_name_ref, by_wire_name[192]),
            .member_count = 1,
        },
        [69] = { /* ResourceNotFoundException */
            .shape = {
                .name_ref = REF(structures[69].shape.name_ref, strings[1723]),
                .traits_ref = REF(structures[69].shape.traits_ref, traits[37]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_kinesis_resource_not_found_exception),
            },
            .members_ref = REF(structures[69].members_ref, members[193]),
            .by_wire_name_ref = REF(structures[69].by_wire_name_ref, by_wire_name[193]),
            .member_count = 1,
        },
        [70] = { /* SequenceNumberRange */
            .shape = {
                .name_ref = SHAPE_NAME(structures[70].shape.name_ref, shape_names[1995]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_sequence_number_range),
            },
            .members_ref = REF(structures[70].members_ref, members[194]),
            .by_wire_name_ref = REF(structures[70].by_wire_name_ref, by_wire_name[194]),
            .member_count = 2,
        },
        [71] = { /* Shard */
            .shape = {
                .name_ref = SHAPE_NAME(structures[71].shape.name_ref, shape_names[2015]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_shard),
            },
            .members_ref = REF(structures[71].members_ref, members[196]),
            .by_wire_name_ref = REF(structures[71].by_wire_name_ref, by_wire_name[196]),
            .member_count = 5,
        },
        [72] = { /* ShardFilter */
            .shape = {
                .name_ref = SHAPE_NAME(structures[72].shape.name_ref, shape_names[2038]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_shard_filter),
            },
            .members_ref = REF(structures[72].members_ref, members[201]),
            .by_wire_name_ref = REF(structures[72].by_wire_name_ref, by_wire_name[201]),
            .member_count = 3,
        },
        [73] = { /* SplitShardInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[73].shape.name_ref, shape_names[2128]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_split_shard_input),
            },
            .members_ref = REF(structures[73].members_ref, members[204]),
            .by_wire_name_ref = REF(structures[73].by_wire_name_ref, by_wire_name[204]),
            .member_count = 5,
        },
        [74] = { /* StartStreamEncryptionInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[74].shape.name_ref, shape_names[2144]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_start_stream_encryption_input),
            },
            .members_ref = REF(structures[74].members_ref, members[209]),
            .by_wire_name_ref = REF(structures[74].by_wire_name_ref, by_wire_name[209]),
            .member_count = 5,
        },
        [75] = { /* StartingPosition */
            .shape = {
                .name_ref = SHAPE_NAME(structures[75].shape.name_ref, shape_names[2171]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_starting_position),
            },
            .members_ref = REF(structures[75].members_ref, members[214]),
            .by_wire_name_ref = REF(structures[75].by_wire_name_ref, by_wire_name[214]),
            .member_count = 3,
        },
        [76] = { /* StopStreamEncryptionInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[76].shape.name_ref, shape_names[2188]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_stop_stream_encryption_input),
            },
            .members_ref = REF(structures[76].members_ref, members[217]),
            .by_wire_name_ref = REF(structures[76].by_wire_name_ref, by_wire_name[217]),
            .member_count = 5,
        },
        [77] = { /* StreamDescription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[77].shape.name_ref, shape_names[2224]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_stream_description),
            },
            .members_ref = REF(structures[77].members_ref, members[222]),
            .by_wire_name_ref = REF(structures[77].by_wire_name_ref, by_wire_name[222]),
            .member_count = 11,
        },
        [78] = { /* StreamDescriptionSummary */
            .shape = {
                .name_ref = SHAPE_NAME(structures[78].shape.name_ref, shape_names[2242]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_stream_description_summary),
            },
            .members_ref = REF(structures[78].members_ref, members[233]),
            .by_wire_name_ref = REF(structures[78].by_wire_name_ref, by_wire_name[233]),
            .member_count = 14,
        },
        [79] = { /* StreamModeDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[79].shape.name_ref, shape_names[2287]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_stream_mode_details),
            },
            .members_ref = REF(structures[79].members_ref, members[247]),
            .by_wire_name_ref = REF(structures[79].by_wire_name_ref, by_wire_name[247]),
            .member_count = 1,
        },
        [80] = { /* StreamSummary */
            .shape = {
                .name_ref = SHAPE_NAME(structures[80].shape.name_ref, shape_names[2344]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_stream_summary),
            },
            .members_ref = REF(structures[80].members_ref, members[248]),
            .by_wire_name_ref = REF(structures[80].by_wire_name_ref, by_wire_name[248]),
            .member_count = 5,
        },
        [81] = { /* SubscribeToShardEvent */
            .shape = {
                .name_ref = SHAPE_NAME(structures[81].shape.name_ref, shape_names[2376]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EVENT,
                .size = sizeof(struct awsc_kinesis_subscribe_to_shard_event),
            },
            .members_ref = REF(structures[81].members_ref, members[253]),
            .by_wire_name_ref = REF(structures[81].by_wire_name_ref, by_wire_name[253]),
            .member_count = 4,
        },
        [82] = { /* SubscribeToShardEventStream */
            .shape = {
                .name_ref = SHAPE_NAME(structures[82].shape.name_ref, shape_names[2398]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EVENTSTREAM,
                .size = sizeof(struct awsc_kinesis_subscribe_to_shard_event_stream),
            },
            .members_ref = REF(structures[82].members_ref, members[257]),
            .by_wire_name_ref = REF(structures[82].by_wire_name_ref, by_wire_name[257]),
            .member_count = 10,
        },
        [83] = { /* SubscribeToShardInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[83].shape.name_ref, shape_names[2426]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_subscribe_to_shard_input),
            },
            .members_ref = REF(structures[83].members_ref, members[267]),
            .by_wire_name_ref = REF(structures[83].by_wire_name_ref, by_wire_name[267]),
            .member_count = 4,
        },
        [84] = { /* SubscribeToShardOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[84].shape.name_ref, shape_names[2448]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_subscribe_to_shard_output),
            },
            .members_ref = REF(structures[84].members_ref, members[271]),
            .by_wire_name_ref = REF(structures[84].by_wire_name_ref, by_wire_name[271]),
            .member_count = 1,
        },
        [85] = { /* Tag */
            .shape = {
                .name_ref = SHAPE_NAME(structures[85].shape.name_ref, shape_names[2471]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_tag),
            },
            .members_ref = REF(structures[85].members_ref, members[272]),
            .by_wire_name_ref = REF(structures[85].by_wire_name_ref, by_wire_name[272]),
            .member_count = 2,
        },
        [86] = { /* TagResourceInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[86].shape.name_ref, shape_names[2508]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_tag_resource_input),
            },
            .members_ref = REF(structures[86].members_ref, members[274]),
            .by_wire_name_ref = REF(structures[86].by_wire_name_ref, by_wire_name[274]),
            .member_count = 3,
        },
        [87] = { /* UntagResourceInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[87].shape.name_ref, shape_names[2544]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_untag_resource_input),
            },
            .members_ref = REF(structures[87].members_ref, members[277]),
            .by_wire_name_ref = REF(structures[87].by_wire_name_ref, by_wire_name[277]),
            .member_count = 3,
        },
        [88] = { /* UpdateAccountSettingsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[88].shape.name_ref, shape_names[2563]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_update_account_settings_input),
            },
            .members_ref = REF(structures[88].members_ref, members[280]),
            .by_wire_name_ref = REF(structures[88].by_wire_name_ref, by_wire_name[280]),
            .member_count = 1,
        },
        [89] = { /* UpdateAccountSettingsOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[89].shape.name_ref, shape_names[2590]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_update_account_settings_output),
            },
            .members_ref = REF(structures[89].members_ref, members[281]),
            .by_wire_name_ref = REF(structures[89].by_wire_name_ref, by_wire_name[281]),
            .member_count = 1,
        },
        [90] = { /* UpdateMaxRecordSizeInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[90].shape.name_ref, shape_names[2618]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_update_max_record_size_input),
            },
            .members_ref = REF(structures[90].members_ref, members[282]),
            .by_wire_name_ref = REF(structures[90].by_wire_name_ref, by_wire_name[282]),
            .member_count = 3,
        },
        [91] = { /* UpdateShardCountInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[91].shape.name_ref, shape_names[2643]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_update_shard_count_input),
            },
            .members_ref = REF(structures[91].members_ref, members[285]),
            .by_wire_name_ref = REF(structures[91].by_wire_name_ref, by_wire_name[285]),
            .member_count = 5,
        },
        [92] = { /* UpdateShardCountOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[92].shape.name_ref, shape_names[2665]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_update_shard_count_output),
            },
            .members_ref = REF(structures[92].members_ref, members[290]),
            .by_wire_name_ref = REF(structures[92].by_wire_name_ref, by_wire_name[290]),
            .member_count = 4,
        },
        [93] = { /* UpdateStreamModeInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[93].shape.name_ref, shape_names[2688]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_update_stream_mode_input),
            },
            .members_ref = REF(structures[93].members_ref, members[294]),
            .by_wire_name_ref = REF(structures[93].by_wire_name_ref, by_wire_name[294]),
            .member_count = 4,
        },
        [94] = { /* UpdateStreamWarmThroughputInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[94].shape.name_ref, shape_names[2710]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_update_stream_warm_throughput_input),
            },
            .members_ref = REF(structures[94].members_ref, members[298]),
            .by_wire_name_ref = REF(structures[94].by_wire_name_ref, by_wire_name[298]),
            .member_count = 4,
        },
        [95] = { /* UpdateStreamWarmThroughputOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[95].shape.name_ref, shape_names[2742]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_update_stream_warm_throughput_output),
            },
            .members_ref = REF(structures[95].members_ref, members[302]),
            .by_wire_name_ref = REF(structures[95].by_wire_name_ref, by_wire_name[302]),
            .member_count = 3,
        },
        [96] = { /* ValidationException */
            .shape = {
                .name_ref = REF(structures[96].shape.name_ref, strings[2323]),
                .traits_ref = REF(structures[96].shape.traits_ref, traits[49]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_kinesis_validation_exception),
            },
            .members_ref = REF(structures[96].members_ref, members[305]),
            .by_wire_name_ref = REF(structures[96].by_wire_name_ref, by_wire_name[305]),
            .member_count = 1,
        },
        [97] = { /* WarmThroughputObject */
            .shape = {
                .name_ref = SHAPE_NAME(structures[97].shape.name_ref, shape_names[2775]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_kinesis_warm_throughput_object),
            },
            .members_ref = REF(structures[97].members_ref, members[306]),
            .by_wire_name_ref = REF(structures[97].by_wire_name_ref, by_wire_name[306]),
            .member_count = 2,
        },
    },
    .collections = {
        [0] = { /* ChildShardList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[0].shape.name_ref, shape_names[46]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_kinesis_child_shard_list),
            },
            .item_ref = REF(collections[0].item_ref, structures[2].shape),
        },
        [1] = { /* ConsumerList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[1].shape.name_ref, shape_names[122]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_kinesis_consumer_list),
            },
            .item_ref = REF(collections[1].item_ref, structures[3].shape),
        },
        [2] = { /* EnhancedMonitoringList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[2].shape.name_ref, shape_names[665]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_kinesis_enhanced_monitoring_list),
            },
            .item_ref = REF(collections[2].item_ref, structures[22].shape),
        },
        [3] = { /* MetricsNameList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[3].shape.name_ref, shape_names[1310]),
                .traits_ref = REF(collections[3].shape.traits_ref, traits[24]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_kinesis_metrics_name_list),
            },
            .item_ref = REF(collections[3].item_ref, enums[2].shape),
        },
        [4] = { /* PutRecordsRequestEntryList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[4].shape.name_ref, shape_names[1736]),
                .traits_ref = REF(collections[4].shape.traits_ref, traits[33]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_kinesis_put_records_request_entry_list),
            },
            .item_ref = REF(collections[4].item_ref, structures[61].shape),
        },
        [5] = { /* PutRecordsResultEntryList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[5].shape.name_ref, shape_names[1785]),
                .traits_ref = REF(collections[5].shape.traits_ref, traits[34]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_kinesis_put_records_result_entry_list),
            },
            .item_ref = REF(collections[5].item_ref, structures[62].shape),
        },
        [6] = { /* RecordList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[6].shape.name_ref, shape_names[1841]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_kinesis_record_list),
            },
            .item_ref = REF(collections[6].item_ref, structures[64].shape),
        },
        [7] = { /* ShardIdList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[7].shape.name_ref, shape_names[2074]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_kinesis_metrics_name_list),
            },
            .item_ref = REF(collections[7].item_ref, scalars[28]),
        },
        [8] = { /* ShardList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[8].shape.name_ref, shape_names[2118]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_kinesis_shard_list),
            },
            .item_ref = REF(collections[8].item_ref, structures[71].shape),
        },
        [9] = { /* StreamNameList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[9].shape.name_ref, shape_names[2316]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_kinesis_metrics_name_list),
            },
            .item_ref = REF(collections[9].item_ref, scalars[32]),
        },
        [10] = { /* StreamSummaryList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[10].shape.name_ref, shape_names[2358]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_kinesis_stream_summary_list),
            },
            .item_ref = REF(collections[10].item_ref, structures[80].shape),
        },
        [11] = { /* TagKeyList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[11].shape.name_ref, shape_names[2482]),
                .traits_ref = REF(collections[11].shape.traits_ref, traits[45]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_kinesis_metrics_name_list),
            },
            .item_ref = REF(collections[11].item_ref, scalars[33]),
        },
        [12] = { /* TagList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[12].shape.name_ref, shape_names[2493]),
                .traits_ref = REF(collections[12].shape.traits_ref, traits[46]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_kinesis_tag_list),
            },
            .item_ref = REF(collections[12].item_ref, structures[85].shape),
        },
        [13] = { /* TagMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[13].shape.name_ref, shape_names[2501]),
                .traits_ref = REF(collections[13].shape.traits_ref, traits[47]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_kinesis_tag_map),
            },
            .item_ref = REF(collections[13].item_ref, scalars[34]),
            .key_ref = REF(collections[13].key_ref, scalars[33]),
            .value_offset = offsetof(struct awsc_kinesis_tag_map_entry, value),
            .entry_size = sizeof(struct awsc_kinesis_tag_map_entry),
        },
    },
    .enums = {
        [0] = { /* ConsumerStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[0].shape.name_ref, shape_names[148]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[0].enum_values_ref, strings[165]),
            .enum_count = 3,
        },
        [1] = { /* EncryptionType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[1].shape.name_ref, shape_names[634]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[1].enum_values_ref, strings[530]),
            .enum_count = 2,
        },
        [2] = { /* MetricsName */
            .shape = {
                .name_ref = SHAPE_NAME(enums[2].shape.name_ref, shape_names[1298]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[2].enum_values_ref, strings[1213]),
            .enum_count = 8,
        },
        [3] = { /* MinimumThroughputBillingCommitmentInputStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[3].shape.name_ref, shape_names[1385]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[3].enum_values_ref, strings[1377]),
            .enum_count = 2,
        },
        [4] = { /* MinimumThroughputBillingCommitmentOutputStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[4].shape.name_ref, shape_names[1472]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[4].enum_values_ref, strings[1433]),
            .enum_count = 3,
        },
        [5] = { /* ScalingType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[5].shape.name_ref, shape_names[1968]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[5].enum_values_ref, strings[1749]),
            .enum_count = 1,
        },
        [6] = { /* ShardFilterType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[6].shape.name_ref, shape_names[2050]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[6].enum_values_ref, strings[1847]),
            .enum_count = 6,
        },
        [7] = { /* ShardIteratorType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[7].shape.name_ref, shape_names[2100]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[7].enum_values_ref, strings[1934]),
            .enum_count = 5,
        },
        [8] = { /* StreamMode */
            .shape = {
                .name_ref = SHAPE_NAME(enums[8].shape.name_ref, shape_names[2276]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[8].enum_values_ref, strings[2121]),
            .enum_count = 2,
        },
        [9] = { /* StreamStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[9].shape.name_ref, shape_names[2331]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[9].enum_values_ref, strings[2154]),
            .enum_count = 4,
        },
    },
    .scalars = {
        [0] = { /* BooleanObject */
            .name_ref = SHAPE_NAME(scalars[0].name_ref, shape_names[21]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [1] = { /* ConsumerARN */
            .name_ref = SHAPE_NAME(scalars[1].name_ref, shape_names[70]),
            .traits_ref = REF(scalars[1].traits_ref, traits[1]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [2] = { /* ConsumerCountObject */
            .name_ref = SHAPE_NAME(scalars[2].name_ref, shape_names[82]),
            .traits_ref = REF(scalars[2].traits_ref, traits[2]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [3] = { /* ConsumerName */
            .name_ref = SHAPE_NAME(scalars[3].name_ref, shape_names[135]),
            .traits_ref = REF(scalars[3].traits_ref, traits[3]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [4] = { /* Data */
            .name_ref = SHAPE_NAME(scalars[4].name_ref, shape_names[181]),
            .traits_ref = REF(scalars[4].traits_ref, traits[4]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [5] = { /* DescribeStreamInputLimit */
            .name_ref = SHAPE_NAME(scalars[5].name_ref, shape_names[472]),
            .traits_ref = REF(scalars[5].traits_ref, traits[5]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [6] = { /* ErrorCode */
            .name_ref = SHAPE_NAME(scalars[6].name_ref, shape_names[713]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [7] = { /* ErrorMessage */
            .name_ref = SHAPE_NAME(scalars[7].name_ref, shape_names[723]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [8] = { /* GetRecordsInputLimit */
            .name_ref = SHAPE_NAME(scalars[8].name_ref, shape_names[752]),
            .traits_ref = REF(scalars[8].traits_ref, traits[8]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [9] = { /* HashKey */
            .name_ref = SHAPE_NAME(scalars[9].name_ref, shape_names[882]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [10] = { /* KeyId */
            .name_ref = SHAPE_NAME(scalars[10].name_ref, shape_names[938]),
            .traits_ref = REF(scalars[10].traits_ref, traits[17]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [11] = { /* ListShardsInputLimit */
            .name_ref = SHAPE_NAME(scalars[11].name_ref, shape_names[960]),
            .traits_ref = REF(scalars[11].traits_ref, traits[19]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [12] = { /* ListStreamConsumersInputLimit */
            .name_ref = SHAPE_NAME(scalars[12].name_ref, shape_names[1023]),
            .traits_ref = REF(scalars[12].traits_ref, traits[20]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [13] = { /* ListStreamsInputLimit */
            .name_ref = SHAPE_NAME(scalars[13].name_ref, shape_names[1096]),
            .traits_ref = REF(scalars[13].traits_ref, traits[21]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [14] = { /* ListTagsForStreamInputLimit */
            .name_ref = SHAPE_NAME(scalars[14].name_ref, shape_names[1210]),
            .traits_ref = REF(scalars[14].traits_ref, traits[22]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [15] = { /* MaxRecordSizeInKiB */
            .name_ref = SHAPE_NAME(scalars[15].name_ref, shape_names[1262]),
            .traits_ref = REF(scalars[15].traits_ref, traits[23]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [16] = { /* MillisBehindLatest */
            .name_ref = SHAPE_NAME(scalars[16].name_ref, shape_names[1326]),
            .traits_ref = REF(scalars[16].traits_ref, traits[25]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [17] = { /* NaturalIntegerObject */
            .name_ref = SHAPE_NAME(scalars[17].name_ref, shape_names[1519]),
            .traits_ref = REF(scalars[17].traits_ref, traits[26]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [18] = { /* NextToken */
            .name_ref = SHAPE_NAME(scalars[18].name_ref, shape_names[1540]),
            .traits_ref = REF(scalars[18].traits_ref, traits[27]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [19] = { /* OnDemandStreamCountLimitObject */
            .name_ref = SHAPE_NAME(scalars[19].name_ref, shape_names[1550]),
            .traits_ref = REF(scalars[19].traits_ref, traits[28]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [20] = { /* OnDemandStreamCountObject */
            .name_ref = SHAPE_NAME(scalars[20].name_ref, shape_names[1581]),
            .traits_ref = REF(scalars[20].traits_ref, traits[29]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [21] = { /* PartitionKey */
            .name_ref = SHAPE_NAME(scalars[21].name_ref, shape_names[1607]),
            .traits_ref = REF(scalars[21].traits_ref, traits[30]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [22] = { /* Policy */
            .name_ref = SHAPE_NAME(scalars[22].name_ref, shape_names[1620]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [23] = { /* PositiveIntegerObject */
            .name_ref = SHAPE_NAME(scalars[23].name_ref, shape_names[1627]),
            .traits_ref = REF(scalars[23].traits_ref, traits[31]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [24] = { /* ResourceARN */
            .name_ref = SHAPE_NAME(scalars[24].name_ref, shape_names[1935]),
            .traits_ref = REF(scalars[24].traits_ref, traits[35]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [25] = { /* RetentionPeriodHours */
            .name_ref = SHAPE_NAME(scalars[25].name_ref, shape_names[1947]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [26] = { /* SequenceNumber */
            .name_ref = SHAPE_NAME(scalars[26].name_ref, shape_names[1980]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [27] = { /* ShardCountObject */
            .name_ref = SHAPE_NAME(scalars[27].name_ref, shape_names[2021]),
            .traits_ref = REF(scalars[27].traits_ref, traits[38]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [28] = { /* ShardId */
            .name_ref = SHAPE_NAME(scalars[28].name_ref, shape_names[2066]),
            .traits_ref = REF(scalars[28].traits_ref, traits[39]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [29] = { /* ShardIterator */
            .name_ref = SHAPE_NAME(scalars[29].name_ref, shape_names[2086]),
            .traits_ref = REF(scalars[29].traits_ref, traits[40]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [30] = { /* StreamARN */
            .name_ref = SHAPE_NAME(scalars[30].name_ref, shape_names[2214]),
            .traits_ref = REF(scalars[30].traits_ref, traits[41]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [31] = { /* StreamId */
            .name_ref = SHAPE_NAME(scalars[31].name_ref, shape_names[2267]),
            .traits_ref = REF(scalars[31].traits_ref, traits[42]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [32] = { /* StreamName */
            .name_ref = SHAPE_NAME(scalars[32].name_ref, shape_names[2305]),
            .traits_ref = REF(scalars[32].traits_ref, traits[43]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [33] = { /* TagKey */
            .name_ref = SHAPE_NAME(scalars[33].name_ref, shape_names[2475]),
            .traits_ref = REF(scalars[33].traits_ref, traits[44]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [34] = { /* TagValue */
            .name_ref = SHAPE_NAME(scalars[34].name_ref, shape_names[2525]),
            .traits_ref = REF(scalars[34].traits_ref, traits[48]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [35] = { /* Timestamp */
            .name_ref = SHAPE_NAME(scalars[35].name_ref, shape_names[2534]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
    },
    /* the shapes' rarer traits: ranges, XML names and namespaces, payload
     * members, errors' codes and statuses, sinks */
    .traits = {
        [0] = { /* AccessDeniedException */
            .error_code_ref = REF(traits[0].error_code_ref, strings[0]),
        },
        [1] = { /* ConsumerARN */
            .range_ref = REF(traits[1].range_ref, ranges[0]),
        },
        [2] = { /* ConsumerCountObject */
            .range_ref = REF(traits[2].range_ref, ranges[1]),
        },
        [3] = { /* ConsumerName */
            .range_ref = REF(traits[3].range_ref, ranges[2]),
        },
        [4] = { /* Data */
            .range_ref = REF(traits[4].range_ref, ranges[3]),
        },
        [5] = { /* DescribeStreamInputLimit */
            .range_ref = REF(traits[5].range_ref, ranges[4]),
        },
        [6] = { /* ExpiredIteratorException */
            .error_code_ref = REF(traits[6].error_code_ref, strings[589]),
        },
        [7] = { /* ExpiredNextTokenException */
            .error_code_ref = REF(traits[7].error_code_ref, strings[614]),
        },
        [8] = { /* GetRecordsInputLimit */
            .range_ref = REF(traits[8].range_ref, ranges[5]),
        },
        [9] = { /* InternalFailureException */
            .error_code_ref = REF(traits[9].error_code_ref, strings[799]),
        },
        [10] = { /* InvalidArgumentException */
            .error_code_ref = REF(traits[10].error_code_ref, strings[824]),
        },
        [11] = { /* KMSAccessDeniedException */
            .error_code_ref = REF(traits[11].error_code_ref, strings[849]),
        },
        [12] = { /* KMSDisabledException */
            .error_code_ref = REF(traits[12].error_code_ref, strings[874]),
        },
        [13] = { /* KMSInvalidStateException */
            .error_code_ref = REF(traits[13].error_code_ref, strings[895]),
        },
        [14] = { /* KMSNotFoundException */
            .error_code_ref = REF(traits[14].error_code_ref, strings[920]),
        },
        [15] = { /* KMSOptInRequired */
            .error_code_ref = REF(traits[15].error_code_ref, strings[941]),
        },
        [16] = { /* KMSThrottlingException */
            .error_code_ref = REF(traits[16].error_code_ref, strings[958]),
        },
        [17] = { /* KeyId */
            .range_ref = REF(traits[17].range_ref, ranges[6]),
        },
        [18] = { /* LimitExceededException */
            .error_code_ref = REF(traits[18].error_code_ref, strings[981]),
        },
        [19] = { /* ListShardsInputLimit */
            .range_ref = REF(traits[19].range_ref, ranges[7]),
        },
        [20] = { /* ListStreamConsumersInputLimit */
            .range_ref = REF(traits[20].range_ref, ranges[8]),
        },
        [21] = { /* ListStreamsInputLimit */
            .range_ref = REF(traits[21].range_ref, ranges[9]),
        },
        [22] = { /* ListTagsForStreamInputLimit */
            .range_ref = REF(traits[22].range_ref, ranges[10]),
        },
        [23] = { /* MaxRecordSizeInKiB */
            .range_ref = REF(traits[23].range_ref, ranges[11]),
        },
        [24] = { /* MetricsNameList */
            .range_ref = REF(traits[24].range_ref, ranges[12]),
        },
        [25] = { /* MillisBehindLatest */
            .range_ref = REF(traits[25].range_ref, ranges[13]),
        },
        [26] = { /* NaturalIntegerObject */
            .range_ref = REF(traits[26].range_ref, ranges[14]),
        },
        [27] = { /* NextToken */
            .range_ref = REF(traits[27].range_ref, ranges[15]),
        },
        [28] = { /* OnDemandStreamCountLimitObject */
            .range_ref = REF(traits[28].range_ref, ranges[16]),
        },
        [29] = { /* OnDemandStreamCountObject */
            .range_ref = REF(traits[29].range_ref, ranges[17]),
        },
        [30] = { /* PartitionKey */
            .range_ref = REF(traits[30].range_ref, ranges[18]),
        },
        [31] = { /* PositiveIntegerObject */
            .range_ref = REF(traits[31].range_ref, ranges[19]),
        },
        [32] = { /* ProvisionedThroughputExceededException */
            .error_code_ref = REF(traits[32].error_code_ref, strings[1485]),
        },
        [33] = { /* PutRecordsRequestEntryList */
            .range_ref = REF(traits[33].range_ref, ranges[20]),
        },
        [34] = { /* PutRecordsResultEntryList */
            .range_ref = REF(traits[34].range_ref, ranges[21]),
        },
        [35] = { /* ResourceARN */
            .range_ref = REF(traits[35].range_ref, ranges[22]),
        },
        [36] = { /* ResourceInUseException */
            .error_code_ref = REF(traits[36].error_code_ref, strings[1700]),
        },
        [37] = { /* ResourceNotFoundException */
            .error_code_ref = REF(traits[37].error_code_ref, strings[1723]),
        },
        [38] = { /* ShardCountObject */
            .range_ref = REF(traits[38].range_ref, ranges[23]),
        },
        [39] = { /* ShardId */
            .range_ref = REF(traits[39].range_ref, ranges[24]),
        },
        [40] = { /* ShardIterator */
            .range_ref = REF(traits[40].range_ref, ranges[25]),
        },
        [41] = { /* StreamARN */
            .range_ref = REF(traits[41].range_ref, ranges[26]),
        },
        [42] = { /* StreamId */
            .range_ref = REF(traits[42].range_ref, ranges[27]),
        },
        [43] = { /* StreamName */
            .range_ref = REF(traits[43].range_ref, ranges[28]),
        },
        [44] = { /* TagKey */
            .range_ref = REF(traits[44].range_ref, ranges[29]),
        },
        [45] = { /* TagKeyList */
            .range_ref = REF(traits[45].range_ref, ranges[30]),
        },
        [46] = { /* TagList */
            .range_ref = REF(traits[46].range_ref, ranges[31]),
        },
        [47] = { /* TagMap */
            .range_ref = REF(traits[47].range_ref, ranges[32]),
        },
        [48] = { /* TagValue */
            .range_ref = REF(traits[48].range_ref, ranges[33]),
        },
        [49] = { /* ValidationException */
            .error_code_ref = REF(traits[49].error_code_ref, strings[2323]),
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * location, timestamp format, shape, has_ flag (how far before the
     * value), offset (of the C member), flags */
    .members = {
        [0] = {MREF(0, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(0, scalars[7]), 0, offsetof(struct awsc_kinesis_access_denied_exception, message), 0}, /* AccessDeniedException.message: ErrorMessage */
        [1] = {MREF(1, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1, scalars[32]), 0, offsetof(struct awsc_kinesis_add_tags_to_stream_input, stream_name), 0}, /* AddTagsToStreamInput.StreamName: StreamName */
        [2] = {MREF(2, strings[41]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(2, collections[13].shape), 0, offsetof(struct awsc_kinesis_add_tags_to_stream_input, tags), AWSC_MF_REQUIRED}, /* AddTagsToStreamInput.Tags: TagMap */
        [3] = {MREF(3, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(3, scalars[30]), 0, offsetof(struct awsc_kinesis_add_tags_to_stream_input, stream_arn), 0}, /* AddTagsToStreamInput.StreamARN: StreamARN */
        [4] = {MREF(4, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(4, scalars[31]), 0, offsetof(struct awsc_kinesis_add_tags_to_stream_input, stream_id), 0}, /* AddTagsToStreamInput.StreamId: StreamId */
        [5] = {MREF(5, strings[65]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(5, scalars[28]), 0, offsetof(struct awsc_kinesis_child_shard, shard_id), AWSC_MF_REQUIRED}, /* ChildShard.ShardId: ShardId */
        [6] = {MREF(6, strings[73]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(6, collections[7].shape), 0, offsetof(struct awsc_kinesis_child_shard, parent_shards), AWSC_MF_REQUIRED}, /* ChildShard.ParentShards: ShardIdList */
        [7] = {MREF(7, strings[86]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(7, structures[32].shape), 0, offsetof(struct awsc_kinesis_child_shard, hash_key_range), AWSC_MF_REQUIRED}, /* ChildShard.HashKeyRange: HashKeyRange */
        [8] = {MREF(8, strings[99]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(8, scalars[3]), 0, offsetof(struct awsc_kinesis_consumer, consumer_name), AWSC_MF_REQUIRED}, /* Consumer.ConsumerName: ConsumerName */
        [9] = {MREF(9, strings[112]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(9, scalars[1]), 0, offsetof(struct awsc_kinesis_consumer, consumer_arn), AWSC_MF_REQUIRED}, /* Consumer.ConsumerARN: ConsumerARN */
        [10] = {MREF(10, strings[124]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(10, enums[0].shape), 0, offsetof(struct awsc_kinesis_consumer, consumer_status), AWSC_MF_REQUIRED}, /* Consumer.ConsumerStatus: ConsumerStatus */
        [11] = {MREF(11, strings[139]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(11, scalars[35]), AWSC_MEMBER_HAS(struct awsc_kinesis_consumer, consumer_creation_timestamp, has_consumer_creation_timestamp), offsetof(struct awsc_kinesis_consumer, consumer_creation_timestamp), AWSC_MF_REQUIRED}, /* Consumer.ConsumerCreationTimestamp: Timestamp */
        [12] = {MREF(12, strings[99]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(12, scalars[3]), 0, offsetof(struct awsc_kinesis_consumer_description, consumer_name), AWSC_MF_REQUIRED}, /* ConsumerDescription.ConsumerName: ConsumerName */
        [13] = {MREF(13, strings[112]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(13, scalars[1]), 0, offsetof(struct awsc_kinesis_consumer_description, consumer_arn), AWSC_MF_REQUIRED}, /* ConsumerDescription.ConsumerARN: ConsumerARN */
        [14] = {MREF(14, strings[124]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(14, enums[0].shape), 0, offsetof(struct awsc_kinesis_consumer_description, consumer_status), AWSC_MF_REQUIRED}, /* ConsumerDescription.ConsumerStatus: ConsumerStatus */
        [15] = {MREF(15, strings[139]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(15, scalars[35]), AWSC_MEMBER_HAS(struct awsc_kinesis_consumer_description, consumer_creation_timestamp, has_consumer_creation_timestamp), offsetof(struct awsc_kinesis_consumer_description, consumer_creation_timestamp), AWSC_MF_REQUIRED}, /* ConsumerDescription.ConsumerCreationTimestamp: Timestamp */
        [16] = {MREF(16, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(16, scalars[30]), 0, offsetof(struct awsc_kinesis_consumer_description, stream_arn), AWSC_MF_REQUIRED}, /* ConsumerDescription.StreamARN: StreamARN */
        [17] = {MREF(17, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(17, scalars[32]), 0, offsetof(struct awsc_kinesis_create_stream_input, stream_name), AWSC_MF_REQUIRED}, /* CreateStreamInput.StreamName: StreamName */
        [18] = {MREF(18, strings[190]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(18, scalars[23]), AWSC_MEMBER_HAS(struct awsc_kinesis_create_stream_input, shard_count, has_shard_count), offsetof(struct awsc_kinesis_create_stream_input, shard_count), 0}, /* CreateStreamInput.ShardCount: PositiveIntegerObject */
        [19] = {MREF(19, strings[201]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(19, structures[79].shape), 0, offsetof(struct awsc_kinesis_create_stream_input, stream_mode_details), 0}, /* CreateStreamInput.StreamModeDetails: StreamModeDetails */
        [20] = {MREF(20, strings[41]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(20, collections[13].shape), 0, offsetof(struct awsc_kinesis_create_stream_input, tags), 0}, /* CreateStreamInput.Tags: TagMap */
        [21] = {MREF(21, strings[219]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(21, scalars[17]), AWSC_MEMBER_HAS(struct awsc_kinesis_create_stream_input, warm_throughput_mi_bps, has_warm_throughput_mi_bps), offsetof(struct awsc_kinesis_create_stream_input, warm_throughput_mi_bps), 0}, /* CreateStreamInput.WarmThroughputMiBps: NaturalIntegerObject */
        [22] = {MREF(22, strings[239]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(22, scalars[15]), AWSC_MEMBER_HAS(struct awsc_kinesis_create_stream_input, max_record_size_in_ki_b, has_max_record_size_in_ki_b), offsetof(struct awsc_kinesis_create_stream_input, max_record_size_in_ki_b), 0}, /* CreateStreamInput.MaxRecordSizeInKiB: MaxRecordSizeInKiB */
        [23] = {MREF(23, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(23, scalars[32]), 0, offsetof(struct awsc_kinesis_decrease_stream_retention_period_input, stream_name), 0}, /* DecreaseStreamRetentionPeriodInput.StreamName: StreamName */
        [24] = {MREF(24, strings[258]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(24, scalars[25]), AWSC_MEMBER_HAS(struct awsc_kinesis_decrease_stream_retention_period_input, retention_period_hours, has_retention_period_hours), offsetof(struct awsc_kinesis_decrease_stream_retention_period_input, retention_period_hours), AWSC_MF_REQUIRED}, /* DecreaseStreamRetentionPeriodInput.RetentionPeriodHours: RetentionPeriodHours */
        [25] = {MREF(25, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(25, scalars[30]), 0, offsetof(struct awsc_kinesis_decrease_stream_retention_period_input, stream_arn), 0}, /* DecreaseStreamRetentionPeriodInput.StreamARN: StreamARN */
        [26] = {MREF(26, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(26, scalars[31]), 0, offsetof(struct awsc_kinesis_decrease_stream_retention_period_input, stream_id), 0}, /* DecreaseStreamRetentionPeriodInput.StreamId: StreamId */
        [27] = {MREF(27, strings[279]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(27, scalars[24]), 0, offsetof(struct awsc_kinesis_delete_resource_policy_input, resource_arn), AWSC_MF_REQUIRED}, /* DeleteResourcePolicyInput.ResourceARN: ResourceARN */
        [28] = {MREF(28, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(28, scalars[31]), 0, offsetof(struct awsc_kinesis_delete_resource_policy_input, stream_id), 0}, /* DeleteResourcePolicyInput.StreamId: StreamId */
        [29] = {MREF(29, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(29, scalars[32]), 0, offsetof(struct awsc_kinesis_delete_stream_input, stream_name), 0}, /* DeleteStreamInput.StreamName: StreamName */
        [30] = {MREF(30, strings[291]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(30, scalars[0]), AWSC_MEMBER_HAS(struct awsc_kinesis_delete_stream_input, enforce_consumer_deletion, has_enforce_consumer_deletion), offsetof(struct awsc_kinesis_delete_stream_input, enforce_consumer_deletion), 0}, /* DeleteStreamInput.EnforceConsumerDeletion: BooleanObject */
        [31] = {MREF(31, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(31, scalars[30]), 0, offsetof(struct awsc_kinesis_delete_stream_input, stream_arn), 0}, /* DeleteStreamInput.StreamARN: StreamARN */
        [32] = {MREF(32, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(32, scalars[31]), 0, offsetof(struct awsc_kinesis_delete_stream_input, stream_id), 0}, /* DeleteStreamInput.StreamId: StreamId */
        [33] = {MREF(33, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(33, scalars[30]), 0, offsetof(struct awsc_kinesis_deregister_stream_consumer_input, stream_arn), 0}, /* DeregisterStreamConsumerInput.StreamARN: StreamARN */
        [34] = {MREF(34, strings[99]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(34, scalars[3]), 0, offsetof(struct awsc_kinesis_deregister_stream_consumer_input, consumer_name), 0}, /* DeregisterStreamConsumerInput.ConsumerName: ConsumerName */
        [35] = {MREF(35, strings[112]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(35, scalars[1]), 0, offsetof(struct awsc_kinesis_deregister_stream_consumer_input, consumer_arn), 0}, /* DeregisterStreamConsumerInput.ConsumerARN: ConsumerARN */
        [36] = {MREF(36, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(36, scalars[31]), 0, offsetof(struct awsc_kinesis_deregister_stream_consumer_input, stream_id), 0}, /* DeregisterStreamConsumerInput.StreamId: StreamId */
        [37] = {MREF(37, strings[315]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(37, structures[55].shape), 0, offsetof(struct awsc_kinesis_describe_account_settings_output, minimum_throughput_billing_commitment), 0}, /* DescribeAccountSettingsOutput.MinimumThroughputBillingCommitment: MinimumThroughputBillingCommitmentOutput */
        [38] = {MREF(38, strings[350]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(38, scalars[27]), AWSC_MEMBER_HAS(struct awsc_kinesis_describe_limits_output, shard_limit, has_shard_limit), offsetof(struct awsc_kinesis_describe_limits_output, shard_limit), AWSC_MF_REQUIRED}, /* DescribeLimitsOutput.ShardLimit: ShardCountObject */
        [39] = {MREF(39, strings[361]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(39, scalars[27]), AWSC_MEMBER_HAS(struct awsc_kinesis_describe_limits_output, open_shard_count, has_open_shard_count), offsetof(struct awsc_kinesis_describe_limits_output, open_shard_count), AWSC_MF_REQUIRED}, /* DescribeLimitsOutput.OpenShardCount: ShardCountObject */
        [40] = {MREF(40, strings[376]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(40, scalars[20]), AWSC_MEMBER_HAS(struct awsc_kinesis_describe_limits_output, on_demand_stream_count, has_on_demand_stream_count), offsetof(struct awsc_kinesis_describe_limits_output, on_demand_stream_count), AWSC_MF_REQUIRED}, /* DescribeLimitsOutput.OnDemandStreamCount: OnDemandStreamCountObject */
        [41] = {MREF(41, strings[396]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(41, scalars[19]), AWSC_MEMBER_HAS(struct awsc_kinesis_describe_limits_output, on_demand_stream_count_limit, has_on_demand_stream_count_limit), offsetof(struct awsc_kinesis_describe_limits_output, on_demand_stream_count_limit), AWSC_MF_REQUIRED}, /* DescribeLimitsOutput.OnDemandStreamCountLimit: OnDemandStreamCountLimitObject */
        [42] = {MREF(42, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(42, scalars[30]), 0, offsetof(struct awsc_kinesis_describe_stream_consumer_input, stream_arn), 0}, /* DescribeStreamConsumerInput.StreamARN: StreamARN */
        [43] = {MREF(43, strings[99]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(43, scalars[3]), 0, offsetof(struct awsc_kinesis_describe_stream_consumer_input, consumer_name), 0}, /* DescribeStreamConsumerInput.ConsumerName: ConsumerName */
        [44] = {MREF(44, strings[112]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(44, scalars[1]), 0, offsetof(struct awsc_kinesis_describe_stream_consumer_input, consumer_arn), 0}, /* DescribeStreamConsumerInput.ConsumerARN: ConsumerARN */
        [45] = {MREF(45, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(45, scalars[31]), 0, offsetof(struct awsc_kinesis_describe_stream_consumer_input, stream_id), 0}, /* DescribeStreamConsumerInput.StreamId: StreamId */
        [46] = {MREF(46, strings[421]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(46, structures[4].shape), 0, offsetof(struct awsc_kinesis_describe_stream_consumer_output, consumer_description), AWSC_MF_REQUIRED}, /* DescribeStreamConsumerOutput.ConsumerDescription: ConsumerDescription */
        [47] = {MREF(47, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(47, scalars[32]), 0, offsetof(struct awsc_kinesis_describe_stream_input, stream_name), 0}, /* DescribeStreamInput.StreamName: StreamName */
        [48] = {MREF(48, strings[441]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(48, scalars[5]), AWSC_MEMBER_HAS(struct awsc_kinesis_describe_stream_input, limit, has_limit), offsetof(struct awsc_kinesis_describe_stream_input, limit), 0}, /* DescribeStreamInput.Limit: DescribeStreamInputLimit */
        [49] = {MREF(49, strings[447]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(49, scalars[28]), 0, offsetof(struct awsc_kinesis_describe_stream_input, exclusive_start_shard_id), 0}, /* DescribeStreamInput.ExclusiveStartShardId: ShardId */
        [50] = {MREF(50, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(50, scalars[30]), 0, offsetof(struct awsc_kinesis_describe_stream_input, stream_arn), 0}, /* DescribeStreamInput.StreamARN: StreamARN */
        [51] = {MREF(51, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(51, scalars[31]), 0, offsetof(struct awsc_kinesis_describe_stream_input, stream_id), 0}, /* DescribeStreamInput.StreamId: StreamId */
        [52] = {MREF(52, strings[469]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(52, structures[77].shape), 0, offsetof(struct awsc_kinesis_describe_stream_output, stream_description), AWSC_MF_REQUIRED}, /* DescribeStreamOutput.StreamDescription: StreamDescription */
        [53] = {MREF(53, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(53, scalars[32]), 0, offsetof(struct awsc_kinesis_describe_stream_summary_input, stream_name), 0}, /* DescribeStreamSummaryInput.StreamName: StreamName */
        [54] = {MREF(54, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(54, scalars[30]), 0, offsetof(struct awsc_kinesis_describe_stream_summary_input, stream_arn), 0}, /* DescribeStreamSummaryInput.StreamARN: StreamARN */
        [55] = {MREF(55, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(55, scalars[31]), 0, offsetof(struct awsc_kinesis_describe_stream_summary_input, stream_id), 0}, /* DescribeStreamSummaryInput.StreamId: StreamId */
        [56] = {MREF(56, strings[487]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(56, structures[78].shape), 0, offsetof(struct awsc_kinesis_describe_stream_summary_output, stream_description_summary), AWSC_MF_REQUIRED}, /* DescribeStreamSummaryOutput.StreamDescriptionSummary: StreamDescriptionSummary */
        [57] = {MREF(57, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(57, scalars[32]), 0, offsetof(struct awsc_kinesis_disable_enhanced_monitoring_input, stream_name), 0}, /* DisableEnhancedMonitoringInput.StreamName: StreamName */
        [58] = {MREF(58, strings[512]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(58, collections[3].shape), 0, offsetof(struct awsc_kinesis_disable_enhanced_monitoring_input, shard_level_metrics), AWSC_MF_REQUIRED}, /* DisableEnhancedMonitoringInput.ShardLevelMetrics: MetricsNameList */
        [59] = {MREF(59, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(59, scalars[30]), 0, offsetof(struct awsc_kinesis_disable_enhanced_monitoring_input, stream_arn), 0}, /* DisableEnhancedMonitoringInput.StreamARN: StreamARN */
        [60] = {MREF(60, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(60, scalars[31]), 0, offsetof(struct awsc_kinesis_disable_enhanced_monitoring_input, stream_id), 0}, /* DisableEnhancedMonitoringInput.StreamId: StreamId */
        [61] = {MREF(61, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(61, scalars[32]), 0, offsetof(struct awsc_kinesis_enable_enhanced_monitoring_input, stream_name), 0}, /* EnableEnhancedMonitoringInput.StreamName: StreamName */
        [62] = {MREF(62, strings[512]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(62, collections[3].shape), 0, offsetof(struct awsc_kinesis_enable_enhanced_monitoring_input, shard_level_metrics), AWSC_MF_REQUIRED}, /* EnableEnhancedMonitoringInput.ShardLevelMetrics: MetricsNameList */
        [63] = {MREF(63, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(63, scalars[30]), 0, offsetof(struct awsc_kinesis_enable_enhanced_monitoring_input, stream_arn), 0}, /* EnableEnhancedMonitoringInput.StreamARN: StreamARN */
        [64] = {MREF(64, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(64, scalars[31]), 0, offsetof(struct awsc_kinesis_enable_enhanced_monitoring_input, stream_id), 0}, /* EnableEnhancedMonitoringInput.StreamId: StreamId */
        [65] = {MREF(65, strings[512]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(65, collections[3].shape), 0, offsetof(struct awsc_kinesis_enhanced_metrics, shard_level_metrics), 0}, /* EnhancedMetrics.ShardLevelMetrics: MetricsNameList */
        [66] = {MREF(66, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(66, scalars[32]), 0, offsetof(struct awsc_kinesis_enhanced_monitoring_output, stream_name), 0}, /* EnhancedMonitoringOutput.StreamName: StreamName */
        [67] = {MREF(67, strings[539]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(67, collections[3].shape), 0, offsetof(struct awsc_kinesis_enhanced_monitoring_output, current_shard_level_metrics), 0}, /* EnhancedMonitoringOutput.CurrentShardLevelMetrics: MetricsNameList */
        [68] = {MREF(68, strings[564]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(68, collections[3].shape), 0, offsetof(struct awsc_kinesis_enhanced_monitoring_output, desired_shard_level_metrics), 0}, /* EnhancedMonitoringOutput.DesiredShardLevelMetrics: MetricsNameList */
        [69] = {MREF(69, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(69, scalars[30]), 0, offsetof(struct awsc_kinesis_enhanced_monitoring_output, stream_arn), 0}, /* EnhancedMonitoringOutput.StreamARN: StreamARN */
        [70] = {MREF(70, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(70, scalars[7]), 0, offsetof(struct awsc_kinesis_expired_iterator_exception, message), 0}, /* ExpiredIteratorException.message: ErrorMessage */
        [71] = {MREF(71, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(71, scalars[7]), 0, offsetof(struct awsc_kinesis_expired_next_token_exception, message), 0}, /* ExpiredNextTokenException.message: ErrorMessage */
        [72] = {MREF(72, strings[640]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(72, scalars[29]), 0, offsetof(struct awsc_kinesis_get_records_input, shard_iterator), AWSC_MF_REQUIRED}, /* GetRecordsInput.ShardIterator: ShardIterator */
        [73] = {MREF(73, strings[441]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(73, scalars[8]), AWSC_MEMBER_HAS(struct awsc_kinesis_get_records_input, limit, has_limit), offsetof(struct awsc_kinesis_get_records_input, limit), 0}, /* GetRecordsInput.Limit: GetRecordsInputLimit */
        [74] = {MREF(74, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(74, scalars[30]), 0, offsetof(struct awsc_kinesis_get_records_input, stream_arn), 0}, /* GetRecordsInput.StreamARN: StreamARN */
        [75] = {MREF(75, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(75, scalars[31]), 0, offsetof(struct awsc_kinesis_get_records_input, stream_id), 0}, /* GetRecordsInput.StreamId: StreamId */
        [76] = {MREF(76, strings[654]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(76, collections[6].shape), 0, offsetof(struct awsc_kinesis_get_records_output, records), AWSC_MF_REQUIRED}, /* GetRecordsOutput.Records: RecordList */
        [77] = {MREF(77, strings[662]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(77, scalars[29]), 0, offsetof(struct awsc_kinesis_get_records_output, next_shard_iterator), 0}, /* GetRecordsOutput.NextShardIterator: ShardIterator */
        [78] = {MREF(78, strings[680]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(78, scalars[16]), AWSC_MEMBER_HAS(struct awsc_kinesis_get_records_output, millis_behind_latest, has_millis_behind_latest), offsetof(struct awsc_kinesis_get_records_output, millis_behind_latest), 0}, /* GetRecordsOutput.MillisBehindLatest: MillisBehindLatest */
        [79] = {MREF(79, strings[699]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(79, collections[0].shape), 0, offsetof(struct awsc_kinesis_get_records_output, child_shards), 0}, /* GetRecordsOutput.ChildShards: ChildShardList */
        [80] = {MREF(80, strings[279]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(80, scalars[24]), 0, offsetof(struct awsc_kinesis_get_resource_policy_input, resource_arn), AWSC_MF_REQUIRED}, /* GetResourcePolicyInput.ResourceARN: ResourceARN */
        [81] = {MREF(81, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(81, scalars[31]), 0, offsetof(struct awsc_kinesis_get_resource_policy_input, stream_id), 0}, /* GetResourcePolicyInput.StreamId: StreamId */
        [82] = {MREF(82, strings[711]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(82, scalars[22]), 0, offsetof(struct awsc_kinesis_get_resource_policy_output, policy), AWSC_MF_REQUIRED}, /* GetResourcePolicyOutput.Policy: Policy */
        [83] = {MREF(83, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(83, scalars[32]), 0, offsetof(struct awsc_kinesis_get_shard_iterator_input, stream_name), 0}, /* GetShardIteratorInput.StreamName: StreamName */
        [84] = {MREF(84, strings[65]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(84, scalars[28]), 0, offsetof(struct awsc_kinesis_get_shard_iterator_input, shard_id), AWSC_MF_REQUIRED}, /* GetShardIteratorInput.ShardId: ShardId */
        [85] = {MREF(85, strings[718]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(85, enums[7].shape), 0, offsetof(struct awsc_kinesis_get_shard_iterator_input, shard_iterator_type), AWSC_MF_REQUIRED}, /* GetShardIteratorInput.ShardIteratorType: ShardIteratorType */
        [86] = {MREF(86, strings[736]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(86, scalars[26]), 0, offsetof(struct awsc_kinesis_get_shard_iterator_input, starting_sequence_number), 0}, /* GetShardIteratorInput.StartingSequenceNumber: SequenceNumber */
        [87] = {MREF(87, strings[759]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(87, scalars[35]), AWSC_MEMBER_HAS(struct awsc_kinesis_get_shard_iterator_input, timestamp, has_timestamp), offsetof(struct awsc_kinesis_get_shard_iterator_input, timestamp), 0}, /* GetShardIteratorInput.Timestamp: Timestamp */
        [88] = {MREF(88, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(88, scalars[30]), 0, offsetof(struct awsc_kinesis_get_shard_iterator_input, stream_arn), 0}, /* GetShardIteratorInput.StreamARN: StreamARN */
        [89] = {MREF(89, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(89, scalars[31]), 0, offsetof(struct awsc_kinesis_get_shard_iterator_input, stream_id), 0}, /* GetShardIteratorInput.StreamId: StreamId */
        [90] = {MREF(90, strings[640]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(90, scalars[29]), 0, offsetof(struct awsc_kinesis_get_shard_iterator_output, shard_iterator), 0}, /* GetShardIteratorOutput.ShardIterator: ShardIterator */
        [91] = {MREF(91, strings[769]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(91, scalars[9]), 0, offsetof(struct awsc_kinesis_hash_key_range, starting_hash_key), AWSC_MF_REQUIRED}, /* HashKeyRange.StartingHashKey: HashKey */
        [92] = {MREF(92, strings[785]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(92, scalars[9]), 0, offsetof(struct awsc_kinesis_hash_key_range, ending_hash_key), AWSC_MF_REQUIRED}, /* HashKeyRange.EndingHashKey: HashKey */
        [93] = {MREF(93, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(93, scalars[32]), 0, offsetof(struct awsc_kinesis_increase_stream_retention_period_input, stream_name), 0}, /* IncreaseStreamRetentionPeriodInput.StreamName: StreamName */
        [94] = {MREF(94, strings[258]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(94, scalars[25]), AWSC_MEMBER_HAS(struct awsc_kinesis_increase_stream_retention_period_input, retention_period_hours, has_retention_period_hours), offsetof(struct awsc_kinesis_increase_stream_retention_period_input, retention_period_hours), AWSC_MF_REQUIRED}, /* IncreaseStreamRetentionPeriodInput.RetentionPeriodHours: RetentionPeriodHours */
        [95] = {MREF(95, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(95, scalars[30]), 0, offsetof(struct awsc_kinesis_increase_stream_retention_period_input, stream_arn), 0}, /* IncreaseStreamRetentionPeriodInput.StreamARN: StreamARN */
        [96] = {MREF(96, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(96, scalars[31]), 0, offsetof(struct awsc_kinesis_increase_stream_retention_period_input, stream_id), 0}, /* IncreaseStreamRetentionPeriodInput.StreamId: StreamId */
        [97] = {MREF(97, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(97, scalars[7]), 0, offsetof(struct awsc_kinesis_internal_failure_exception, message), 0}, /* InternalFailureException.message: ErrorMessage */
        [98] = {MREF(98, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(98, scalars[7]), 0, offsetof(struct awsc_kinesis_invalid_argument_exception, message), 0}, /* InvalidArgumentException.message: ErrorMessage */
        [99] = {MREF(99, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(99, scalars[7]), 0, offsetof(struct awsc_kinesis_kms_access_denied_exception, message), 0}, /* KMSAccessDeniedException.message: ErrorMessage */
        [100] = {MREF(100, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(100, scalars[7]), 0, offsetof(struct awsc_kinesis_kms_disabled_exception, message), 0}, /* KMSDisabledException.message: ErrorMessage */
        [101] = {MREF(101, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(101, scalars[7]), 0, offsetof(struct awsc_kinesis_kms_invalid_state_exception, message), 0}, /* KMSInvalidStateException.message: ErrorMessage */
        [102] = {MREF(102, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(102, scalars[7]), 0, offsetof(struct awsc_kinesis_kms_not_found_exception, message), 0}, /* KMSNotFoundException.message: ErrorMessage */
        [103] = {MREF(103, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(103, scalars[7]), 0, offsetof(struct awsc_kinesis_kms_opt_in_required, message), 0}, /* KMSOptInRequired.message: ErrorMessage */
        [104] = {MREF(104, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(104, scalars[7]), 0, offsetof(struct awsc_kinesis_kms_throttling_exception, message), 0}, /* KMSThrottlingException.message: ErrorMessage */
        [105] = {MREF(105, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(105, scalars[7]), 0, offsetof(struct awsc_kinesis_limit_exceeded_exception, message), 0}, /* LimitExceededException.message: ErrorMessage */
        [106] = {MREF(106, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(106, scalars[32]), 0, offsetof(struct awsc_kinesis_list_shards_input, stream_name), 0}, /* ListShardsInput.StreamName: StreamName */
        [107] = {MREF(107, strings[1004]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(107, scalars[18]), 0, offsetof(struct awsc_kinesis_list_shards_input, next_token), 0}, /* ListShardsInput.NextToken: NextToken */
        [108] = {MREF(108, strings[447]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(108, scalars[28]), 0, offsetof(struct awsc_kinesis_list_shards_input, exclusive_start_shard_id), 0}, /* ListShardsInput.ExclusiveStartShardId: ShardId */
        [109] = {MREF(109, strings[1014]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(109, scalars[11]), AWSC_MEMBER_HAS(struct awsc_kinesis_list_shards_input, max_results, has_max_results), offsetof(struct awsc_kinesis_list_shards_input, max_results), 0}, /* ListShardsInput.MaxResults: ListShardsInputLimit */
        [110] = {MREF(110, strings[1025]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(110, scalars[35]), AWSC_MEMBER_HAS(struct awsc_kinesis_list_shards_input, stream_creation_timestamp, has_stream_creation_timestamp), offsetof(struct awsc_kinesis_list_shards_input, stream_creation_timestamp), 0}, /* ListShardsInput.StreamCreationTimestamp: Timestamp */
        [111] = {MREF(111, strings[1049]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(111, structures[72].shape), 0, offsetof(struct awsc_kinesis_list_shards_input, shard_filter), 0}, /* ListShardsInput.ShardFilter: ShardFilter */
        [112] = {MREF(112, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(112, scalars[30]), 0, offsetof(struct awsc_kinesis_list_shards_input, stream_arn), 0}, /* ListShardsInput.StreamARN: StreamARN */
        [113] = {MREF(113, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(113, scalars[31]), 0, offsetof(struct awsc_kinesis_list_shards_input, stream_id), 0}, /* ListShardsInput.StreamId: StreamId */
        [114] = {MREF(114, strings[1061]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(114, collections[8].shape), 0, offsetof(struct awsc_kinesis_list_shards_output, shards), 0}, /* ListShardsOutput.Shards: ShardList */
        [115] = {MREF(115, strings[1004]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(115, scalars[18]), 0, offsetof(struct awsc_kinesis_list_shards_output, next_token), 0}, /* ListShardsOutput.NextToken: NextToken */
        [116] = {MREF(116, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(116, scalars[30]), 0, offsetof(struct awsc_kinesis_list_stream_consumers_input, stream_arn), AWSC_MF_REQUIRED}, /* ListStreamConsumersInput.StreamARN: StreamARN */
        [117] = {MREF(117, strings[1004]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(117, scalars[18]), 0, offsetof(struct awsc_kinesis_list_stream_consumers_input, next_token), 0}, /* ListStreamConsumersInput.NextToken: NextToken */
        [118] = {MREF(118, strings[1014]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(118, scalars[12]), AWSC_MEMBER_HAS(struct awsc_kinesis_list_stream_consumers_input, max_results, has_max_results), offsetof(struct awsc_kinesis_list_stream_consumers_input, max_results), 0}, /* ListStreamConsumersInput.MaxResults: ListStreamConsumersInputLimit */
        [119] = {MREF(119, strings[1025]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(119, scalars[35]), AWSC_MEMBER_HAS(struct awsc_kinesis_list_stream_consumers_input, stream_creation_timestamp, has_stream_creation_timestamp), offsetof(struct awsc_kinesis_list_stream_consumers_input, stream_creation_timestamp), 0}, /* ListStreamConsumersInput.StreamCreationTimestamp: Timestamp */
        [120] = {MREF(120, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(120, scalars[31]), 0, offsetof(struct awsc_kinesis_list_stream_consumers_input, stream_id), 0}, /* ListStreamConsumersInput.StreamId: StreamId */
        [121] = {MREF(121, strings[1068]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(121, collections[1].shape), 0, offsetof(struct awsc_kinesis_list_stream_consumers_output, consumers), 0}, /* ListStreamConsumersOutput.Consumers: ConsumerList */
        [122] = {MREF(122, strings[1004]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(122, scalars[18]), 0, offsetof(struct awsc_kinesis_list_stream_consumers_output, next_token), 0}, /* ListStreamConsumersOutput.NextToken: NextToken */
        [123] = {MREF(123, strings[441]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(123, scalars[13]), AWSC_MEMBER_HAS(struct awsc_kinesis_list_streams_input, limit, has_limit), offsetof(struct awsc_kinesis_list_streams_input, limit), 0}, /* ListStreamsInput.Limit: ListStreamsInputLimit */
        [124] = {MREF(124, strings[1078]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(124, scalars[32]), 0, offsetof(struct awsc_kinesis_list_streams_input, exclusive_start_stream_name), 0}, /* ListStreamsInput.ExclusiveStartStreamName: StreamName */
        [125] = {MREF(125, strings[1004]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(125, scalars[18]), 0, offsetof(struct awsc_kinesis_list_streams_input, next_token), 0}, /* ListStreamsInput.NextToken: NextToken */
        [126] = {MREF(126, strings[1103]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(126, collections[9].shape), 0, offsetof(struct awsc_kinesis_list_streams_output, stream_names), AWSC_MF_REQUIRED}, /* ListStreamsOutput.StreamNames: StreamNameList */
        [127] = {MREF(127, strings[1115]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(127, scalars[0]), AWSC_MEMBER_HAS(struct awsc_kinesis_list_streams_output, has_more_streams, has_has_more_streams), offsetof(struct awsc_kinesis_list_streams_output, has_more_streams), AWSC_MF_REQUIRED}, /* ListStreamsOutput.HasMoreStreams: BooleanObject */
        [128] = {MREF(128, strings[1004]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(128, scalars[18]), 0, offsetof(struct awsc_kinesis_list_streams_output, next_token), 0}, /* ListStreamsOutput.NextToken: NextToken */
        [129] = {MREF(129, strings[1130]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(129, collections[10].shape), 0, offsetof(struct awsc_kinesis_list_streams_output, stream_summaries), 0}, /* ListStreamsOutput.StreamSummaries: StreamSummaryList */
        [130] = {MREF(130, strings[279]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(130, scalars[24]), 0, offsetof(struct awsc_kinesis_list_tags_for_resource_input, resource_arn), AWSC_MF_REQUIRED}, /* ListTagsForResourceInput.ResourceARN: ResourceARN */
        [131] = {MREF(131, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(131, scalars[31]), 0, offsetof(struct awsc_kinesis_list_tags_for_resource_input, stream_id), 0}, /* ListTagsForResourceInput.StreamId: StreamId */
        [132] = {MREF(132, strings[41]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(132, collections[12].shape), 0, offsetof(struct awsc_kinesis_list_tags_for_resource_output, tags), 0}, /* ListTagsForResourceOutput.Tags: TagList */
        [133] = {MREF(133, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(133, scalars[32]), 0, offsetof(struct awsc_kinesis_list_tags_for_stream_input, stream_name), 0}, /* ListTagsForStreamInput.StreamName: StreamName */
        [134] = {MREF(134, strings[1146]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(134, scalars[33]), 0, offsetof(struct awsc_kinesis_list_tags_for_stream_input, exclusive_start_tag_key), 0}, /* ListTagsForStreamInput.ExclusiveStartTagKey: TagKey */
        [135] = {MREF(135, strings[441]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(135, scalars[14]), AWSC_MEMBER_HAS(struct awsc_kinesis_list_tags_for_stream_input, limit, has_limit), offsetof(struct awsc_kinesis_list_tags_for_stream_input, limit), 0}, /* ListTagsForStreamInput.Limit: ListTagsForStreamInputLimit */
        [136] = {MREF(136, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(136, scalars[30]), 0, offsetof(struct awsc_kinesis_list_tags_for_stream_input, stream_arn), 0}, /* ListTagsForStreamInput.StreamARN: StreamARN */
        [137] = {MREF(137, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(137, scalars[31]), 0, offsetof(struct awsc_kinesis_list_tags_for_stream_input, stream_id), 0}, /* ListTagsForStreamInput.StreamId: StreamId */
        [138] = {MREF(138, strings[41]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(138, collections[12].shape), 0, offsetof(struct awsc_kinesis_list_tags_for_stream_output, tags), AWSC_MF_REQUIRED}, /* ListTagsForStreamOutput.Tags: TagList */
        [139] = {MREF(139, strings[1167]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(139, scalars[0]), AWSC_MEMBER_HAS(struct awsc_kinesis_list_tags_for_stream_output, has_more_tags, has_has_more_tags), offsetof(struct awsc_kinesis_list_tags_for_stream_output, has_more_tags), AWSC_MF_REQUIRED}, /* ListTagsForStreamOutput.HasMoreTags: BooleanObject */
        [140] = {MREF(140, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(140, scalars[32]), 0, offsetof(struct awsc_kinesis_merge_shards_input, stream_name), 0}, /* MergeShardsInput.StreamName: StreamName */
        [141] = {MREF(141, strings[1179]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(141, scalars[28]), 0, offsetof(struct awsc_kinesis_merge_shards_input, shard_to_merge), AWSC_MF_REQUIRED}, /* MergeShardsInput.ShardToMerge: ShardId */
        [142] = {MREF(142, strings[1192]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(142, scalars[28]), 0, offsetof(struct awsc_kinesis_merge_shards_input, adjacent_shard_to_merge), AWSC_MF_REQUIRED}, /* MergeShardsInput.AdjacentShardToMerge: ShardId */
        [143] = {MREF(143, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(143, scalars[30]), 0, offsetof(struct awsc_kinesis_merge_shards_input, stream_arn), 0}, /* MergeShardsInput.StreamARN: StreamARN */
        [144] = {MREF(144, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(144, scalars[31]), 0, offsetof(struct awsc_kinesis_merge_shards_input, stream_id), 0}, /* MergeShardsInput.StreamId: StreamId */
        [145] = {MREF(145, strings[1370]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(145, enums[3].shape), 0, offsetof(struct awsc_kinesis_minimum_throughput_billing_commitment_input, status), AWSC_MF_REQUIRED}, /* MinimumThroughputBillingCommitmentInput.Status: MinimumThroughputBillingCommitmentInputStatus */
        [146] = {MREF(146, strings[1370]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(146, enums[4].shape), 0, offsetof(struct awsc_kinesis_minimum_throughput_billing_commitment_output, status), AWSC_MF_REQUIRED}, /* MinimumThroughputBillingCommitmentOutput.Status: MinimumThroughputBillingCommitmentOutputStatus */
        [147] = {MREF(147, strings[1394]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(147, scalars[35]), AWSC_MEMBER_HAS(struct awsc_kinesis_minimum_throughput_billing_commitment_output, started_at, has_started_at), offsetof(struct awsc_kinesis_minimum_throughput_billing_commitment_output, started_at), 0}, /* MinimumThroughputBillingCommitmentOutput.StartedAt: Timestamp */
        [148] = {MREF(148, strings[1404]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(148, scalars[35]), AWSC_MEMBER_HAS(struct awsc_kinesis_minimum_throughput_billing_commitment_output, ended_at, has_ended_at), offsetof(struct awsc_kinesis_minimum_throughput_billing_commitment_output, ended_at), 0}, /* MinimumThroughputBillingCommitmentOutput.EndedAt: Timestamp */
        [149] = {MREF(149, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(149, scalars[35]), AWSC_MEMBER_HAS(struct awsc_kinesis_minimum_throughput_billing_commitment_output, earliest_allowed_end_at, has_earliest_allowed_end_at), offsetof(struct awsc_kinesis_minimum_throughput_billing_commitment_output, earliest_allowed_end_at), 0}, /* MinimumThroughputBillingCommitmentOutput.EarliestAllowedEndAt: Timestamp */
        [150] = {MREF(150, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(150, scalars[7]), 0, offsetof(struct awsc_kinesis_provisioned_throughput_exceeded_exception, message), 0}, /* ProvisionedThroughputExceededException.message: ErrorMessage */
        [151] = {MREF(151, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(151, scalars[32]), 0, offsetof(struct awsc_kinesis_put_record_input, stream_name), 0}, /* PutRecordInput.StreamName: StreamName */
        [152] = {MREF(152, strings[1524]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(152, scalars[4]), 0, offsetof(struct awsc_kinesis_put_record_input, data), AWSC_MF_REQUIRED}, /* PutRecordInput.Data: Data */
        [153] = {MREF(153, strings[1529]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(153, scalars[21]), 0, offsetof(struct awsc_kinesis_put_record_input, partition_key), AWSC_MF_REQUIRED}, /* PutRecordInput.PartitionKey: PartitionKey */
        [154] = {MREF(154, strings[1542]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(154, scalars[9]), 0, offsetof(struct awsc_kinesis_put_record_input, explicit_hash_key), 0}, /* PutRecordInput.ExplicitHashKey: HashKey */
        [155] = {MREF(155, strings[1558]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(155, scalars[26]), 0, offsetof(struct awsc_kinesis_put_record_input, sequence_number_for_ordering), 0}, /* PutRecordInput.SequenceNumberForOrdering: SequenceNumber */
        [156] = {MREF(156, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(156, scalars[30]), 0, offsetof(struct awsc_kinesis_put_record_input, stream_arn), 0}, /* PutRecordInput.StreamARN: StreamARN */
        [157] = {MREF(157, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(157, scalars[31]), 0, offsetof(struct awsc_kinesis_put_record_input, stream_id), 0}, /* PutRecordInput.StreamId: StreamId */
        [158] = {MREF(158, strings[65]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(158, scalars[28]), 0, offsetof(struct awsc_kinesis_put_record_output, shard_id), AWSC_MF_REQUIRED}, /* PutRecordOutput.ShardId: ShardId */
        [159] = {MREF(159, strings[1584]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(159, scalars[26]), 0, offsetof(struct awsc_kinesis_put_record_output, sequence_number), AWSC_MF_REQUIRED}, /* PutRecordOutput.SequenceNumber: SequenceNumber */
        [160] = {MREF(160, strings[1599]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(160, enums[1].shape), 0, offsetof(struct awsc_kinesis_put_record_output, encryption_type), 0}, /* PutRecordOutput.EncryptionType: EncryptionType */
        [161] = {MREF(161, strings[654]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(161, collections[4].shape), 0, offsetof(struct awsc_kinesis_put_records_input, records), AWSC_MF_REQUIRED}, /* PutRecordsInput.Records: PutRecordsRequestEntryList */
        [162] = {MREF(162, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(162, scalars[32]), 0, offsetof(struct awsc_kinesis_put_records_input, stream_name), 0}, /* PutRecordsInput.StreamName: StreamName */
        [163] = {MREF(163, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(163, scalars[30]), 0, offsetof(struct awsc_kinesis_put_records_input, stream_arn), 0}, /* PutRecordsInput.StreamARN: StreamARN */
        [164] = {MREF(164, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(164, scalars[31]), 0, offsetof(struct awsc_kinesis_put_records_input, stream_id), 0}, /* PutRecordsInput.StreamId: StreamId */
        [165] = {MREF(165, strings[1614]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(165, scalars[23]), AWSC_MEMBER_HAS(struct awsc_kinesis_put_records_output, failed_record_count, has_failed_record_count), offsetof(struct awsc_kinesis_put_records_output, failed_record_count), 0}, /* PutRecordsOutput.FailedRecordCount: PositiveIntegerObject */
        [166] = {MREF(166, strings[654]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(166, collections[5].shape), 0, offsetof(struct awsc_kinesis_put_records_output, records), AWSC_MF_REQUIRED}, /* PutRecordsOutput.Records: PutRecordsResultEntryList */
        [167] = {MREF(167, strings[1599]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(167, enums[1].shape), 0, offsetof(struct awsc_kinesis_put_records_output, encryption_type), 0}, /* PutRecordsOutput.EncryptionType: EncryptionType */
        [168] = {MREF(168, strings[1524]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(168, scalars[4]), 0, offsetof(struct awsc_kinesis_put_records_request_entry, data), AWSC_MF_REQUIRED}, /* PutRecordsRequestEntry.Data: Data */
        [169] = {MREF(169, strings[1542]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(169, scalars[9]), 0, offsetof(struct awsc_kinesis_put_records_request_entry, explicit_hash_key), 0}, /* PutRecordsRequestEntry.ExplicitHashKey: HashKey */
        [170] = {MREF(170, strings[1529]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(170, scalars[21]), 0, offsetof(struct awsc_kinesis_put_records_request_entry, partition_key), AWSC_MF_REQUIRED}, /* PutRecordsRequestEntry.PartitionKey: PartitionKey */
        [171] = {MREF(171, strings[1584]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(171, scalars[26]), 0, offsetof(struct awsc_kinesis_put_records_result_entry, sequence_number), 0}, /* PutRecordsResultEntry.SequenceNumber: SequenceNumber */
        [172] = {MREF(172, strings[65]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(172, scalars[28]), 0, offsetof(struct awsc_kinesis_put_records_result_entry, shard_id), 0}, /* PutRecordsResultEntry.ShardId: ShardId */
        [173] = {MREF(173, strings[1632]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(173, scalars[6]), 0, offsetof(struct awsc_kinesis_put_records_result_entry, error_code), 0}, /* PutRecordsResultEntry.ErrorCode: ErrorCode */
        [174] = {MREF(174, strings[1642]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(174, scalars[7]), 0, offsetof(struct awsc_kinesis_put_records_result_entry, error_message), 0}, /* PutRecordsResultEntry.ErrorMessage: ErrorMessage */
        [175] = {MREF(175, strings[279]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(175, scalars[24]), 0, offsetof(struct awsc_kinesis_put_resource_policy_input, resource_arn), AWSC_MF_REQUIRED}, /* PutResourcePolicyInput.ResourceARN: ResourceARN */
        [176] = {MREF(176, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(176, scalars[31]), 0, offsetof(struct awsc_kinesis_put_resource_policy_input, stream_id), 0}, /* PutResourcePolicyInput.StreamId: StreamId */
        [177] = {MREF(177, strings[711]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(177, scalars[22]), 0, offsetof(struct awsc_kinesis_put_resource_policy_input, policy), AWSC_MF_REQUIRED}, /* PutResourcePolicyInput.Policy: Policy */
        [178] = {MREF(178, strings[1584]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(178, scalars[26]), 0, offsetof(struct awsc_kinesis_record, sequence_number), AWSC_MF_REQUIRED}, /* Record.SequenceNumber: SequenceNumber */
        [179] = {MREF(179, strings[1655]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(179, scalars[35]), AWSC_MEMBER_HAS(struct awsc_kinesis_record, approximate_arrival_timestamp, has_approximate_arrival_timestamp), offsetof(struct awsc_kinesis_record, approximate_arrival_timestamp), 0}, /* Record.ApproximateArrivalTimestamp: Timestamp */
        [180] = {MREF(180, strings[1524]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(180, scalars[4]), 0, offsetof(struct awsc_kinesis_record, data), AWSC_MF_REQUIRED}, /* Record.Data: Data */
        [181] = {MREF(181, strings[1529]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(181, scalars[21]), 0, offsetof(struct awsc_kinesis_record, partition_key), AWSC_MF_REQUIRED}, /* Record.PartitionKey: PartitionKey */
        [182] = {MREF(182, strings[1599]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(182, enums[1].shape), 0, offsetof(struct awsc_kinesis_record, encryption_type), 0}, /* Record.EncryptionType: EncryptionType */
        [183] = {MREF(183, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(183, scalars[30]), 0, offsetof(struct awsc_kinesis_register_stream_consumer_input, stream_arn), AWSC_MF_REQUIRED}, /* RegisterStreamConsumerInput.StreamARN: StreamARN */
        [184] = {MREF(184, strings[99]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(184, scalars[3]), 0, offsetof(struct awsc_kinesis_register_stream_consumer_input, consumer_name), AWSC_MF_REQUIRED}, /* RegisterStreamConsumerInput.ConsumerName: ConsumerName */
        [185] = {MREF(185, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(185, scalars[31]), 0, offsetof(struct awsc_kinesis_register_stream_consumer_input, stream_id), 0}, /* RegisterStreamConsumerInput.StreamId: StreamId */
        [186] = {MREF(186, strings[41]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(186, collections[13].shape), 0, offsetof(struct awsc_kinesis_register_stream_consumer_input, tags), 0}, /* RegisterStreamConsumerInput.Tags: TagMap */
        [187] = {MREF(187, strings[1683]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(187, structures[3].shape), 0, offsetof(struct awsc_kinesis_register_stream_consumer_output, consumer), AWSC_MF_REQUIRED}, /* RegisterStreamConsumerOutput.Consumer: Consumer */
        [188] = {MREF(188, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(188, scalars[32]), 0, offsetof(struct awsc_kinesis_remove_tags_from_stream_input, stream_name), 0}, /* RemoveTagsFromStreamInput.StreamName: StreamName */
        [189] = {MREF(189, strings[1692]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(189, collections[11].shape), 0, offsetof(struct awsc_kinesis_remove_tags_from_stream_input, tag_keys), AWSC_MF_REQUIRED}, /* RemoveTagsFromStreamInput.TagKeys: TagKeyList */
        [190] = {MREF(190, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(190, scalars[30]), 0, offsetof(struct awsc_kinesis_remove_tags_from_stream_input, stream_arn), 0}, /* RemoveTagsFromStreamInput.StreamARN: StreamARN */
        [191] = {MREF(191, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(191, scalars[31]), 0, offsetof(struct awsc_kinesis_remove_tags_from_stream_input, stream_id), 0}, /* RemoveTagsFromStreamInput.StreamId: StreamId */
        [192] = {MREF(192, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(192, scalars[7]), 0, offsetof(struct awsc_kinesis_resource_in_use_exception, message), 0}, /* ResourceInUseException.message: ErrorMessage */
        [193] = {MREF(193, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(193, scalars[7]), 0, offsetof(struct awsc_kinesis_resource_not_found_exception, message), 0}, /* ResourceNotFoundException.message: ErrorMessage */
        [194] = {MREF(194, strings[736]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(194, scalars[26]), 0, offsetof(struct awsc_kinesis_sequence_number_range, starting_sequence_number), AWSC_MF_REQUIRED}, /* SequenceNumberRange.StartingSequenceNumber: SequenceNumber */
        [195] = {MREF(195, strings[1765]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(195, scalars[26]), 0, offsetof(struct awsc_kinesis_sequence_number_range, ending_sequence_number), 0}, /* SequenceNumberRange.EndingSequenceNumber: SequenceNumber */
        [196] = {MREF(196, strings[65]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(196, scalars[28]), 0, offsetof(struct awsc_kinesis_shard, shard_id), AWSC_MF_REQUIRED}, /* Shard.ShardId: ShardId */
        [197] = {MREF(197, strings[1786]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(197, scalars[28]), 0, offsetof(struct awsc_kinesis_shard, parent_shard_id), 0}, /* Shard.ParentShardId: ShardId */
        [198] = {MREF(198, strings[1800]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(198, scalars[28]), 0, offsetof(struct awsc_kinesis_shard, adjacent_parent_shard_id), 0}, /* Shard.AdjacentParentShardId: ShardId */
        [199] = {MREF(199, strings[86]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(199, structures[32].shape), 0, offsetof(struct awsc_kinesis_shard, hash_key_range), AWSC_MF_REQUIRED}, /* Shard.HashKeyRange: HashKeyRange */
        [200] = {MREF(200, strings[1822]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(200, structures[70].shape), 0, offsetof(struct awsc_kinesis_shard, sequence_number_range), AWSC_MF_REQUIRED}, /* Shard.SequenceNumberRange: SequenceNumberRange */
        [201] = {MREF(201, strings[1842]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(201, enums[6].shape), 0, offsetof(struct awsc_kinesis_shard_filter, type), AWSC_MF_REQUIRED}, /* ShardFilter.Type: ShardFilterType */
        [202] = {MREF(202, strings[65]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(202, scalars[28]), 0, offsetof(struct awsc_kinesis_shard_filter, shard_id), 0}, /* ShardFilter.ShardId: ShardId */
        [203] = {MREF(203, strings[759]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(203, scalars[35]), AWSC_MEMBER_HAS(struct awsc_kinesis_shard_filter, timestamp, has_timestamp), offsetof(struct awsc_kinesis_shard_filter, timestamp), 0}, /* ShardFilter.Timestamp: Timestamp */
        [204] = {MREF(204, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(204, scalars[32]), 0, offsetof(struct awsc_kinesis_split_shard_input, stream_name), 0}, /* SplitShardInput.StreamName: StreamName */
        [205] = {MREF(205, strings[2008]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(205, scalars[28]), 0, offsetof(struct awsc_kinesis_split_shard_input, shard_to_split), AWSC_MF_REQUIRED}, /* SplitShardInput.ShardToSplit: ShardId */
        [206] = {MREF(206, strings[2021]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(206, scalars[9]), 0, offsetof(struct awsc_kinesis_split_shard_input, new_starting_hash_key), AWSC_MF_REQUIRED}, /* SplitShardInput.NewStartingHashKey: HashKey */
        [207] = {MREF(207, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(207, scalars[30]), 0, offsetof(struct awsc_kinesis_split_shard_input, stream_arn), 0}, /* SplitShardInput.StreamARN: StreamARN */
        [208] = {MREF(208, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(208, scalars[31]), 0, offsetof(struct awsc_kinesis_split_shard_input, stream_id), 0}, /* SplitShardInput.StreamId: StreamId */
        [209] = {MREF(209, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(209, scalars[32]), 0, offsetof(struct awsc_kinesis_start_stream_encryption_input, stream_name), 0}, /* StartStreamEncryptionInput.StreamName: StreamName */
        [210] = {MREF(210, strings[1599]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(210, enums[1].shape), 0, offsetof(struct awsc_kinesis_start_stream_encryption_input, encryption_type), AWSC_MF_REQUIRED}, /* StartStreamEncryptionInput.EncryptionType: EncryptionType */
        [211] = {MREF(211, strings[2040]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(211, scalars[10]), 0, offsetof(struct awsc_kinesis_start_stream_encryption_input, key_id), AWSC_MF_REQUIRED}, /* StartStreamEncryptionInput.KeyId: KeyId */
        [212] = {MREF(212, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(212, scalars[30]), 0, offsetof(struct awsc_kinesis_start_stream_encryption_input, stream_arn), 0}, /* StartStreamEncryptionInput.StreamARN: StreamARN */
        [213] = {MREF(213, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(213, scalars[31]), 0, offsetof(struct awsc_kinesis_start_stream_encryption_input, stream_id), 0}, /* StartStreamEncryptionInput.StreamId: StreamId */
        [214] = {MREF(214, strings[1842]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(214, enums[7].shape), 0, offsetof(struct awsc_kinesis_starting_position, type), AWSC_MF_REQUIRED}, /* StartingPosition.Type: ShardIteratorType */
        [215] = {MREF(215, strings[1584]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(215, scalars[26]), 0, offsetof(struct awsc_kinesis_starting_position, sequence_number), 0}, /* StartingPosition.SequenceNumber: SequenceNumber */
        [216] = {MREF(216, strings[759]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(216, scalars[35]), AWSC_MEMBER_HAS(struct awsc_kinesis_starting_position, timestamp, has_timestamp), offsetof(struct awsc_kinesis_starting_position, timestamp), 0}, /* StartingPosition.Timestamp: Timestamp */
        [217] = {MREF(217, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(217, scalars[32]), 0, offsetof(struct awsc_kinesis_stop_stream_encryption_input, stream_name), 0}, /* StopStreamEncryptionInput.StreamName: StreamName */
        [218] = {MREF(218, strings[1599]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(218, enums[1].shape), 0, offsetof(struct awsc_kinesis_stop_stream_encryption_input, encryption_type), AWSC_MF_REQUIRED}, /* StopStreamEncryptionInput.EncryptionType: EncryptionType */
        [219] = {MREF(219, strings[2040]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(219, scalars[10]), 0, offsetof(struct awsc_kinesis_stop_stream_encryption_input, key_id), AWSC_MF_REQUIRED}, /* StopStreamEncryptionInput.KeyId: KeyId */
        [220] = {MREF(220, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(220, scalars[30]), 0, offsetof(struct awsc_kinesis_stop_stream_encryption_input, stream_arn), 0}, /* StopStreamEncryptionInput.StreamARN: StreamARN */
        [221] = {MREF(221, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(221, scalars[31]), 0, offsetof(struct awsc_kinesis_stop_stream_encryption_input, stream_id), 0}, /* StopStreamEncryptionInput.StreamId: StreamId */
        [222] = {MREF(222, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(222, scalars[32]), 0, offsetof(struct awsc_kinesis_stream_description, stream_name), AWSC_MF_REQUIRED}, /* StreamDescription.StreamName: StreamName */
        [223] = {MREF(223, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(223, scalars[30]), 0, offsetof(struct awsc_kinesis_stream_description, stream_arn), AWSC_MF_REQUIRED}, /* StreamDescription.StreamARN: StreamARN */
        [224] = {MREF(224, strings[2046]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(224, enums[9].shape), 0, offsetof(struct awsc_kinesis_stream_description, stream_status), AWSC_MF_REQUIRED}, /* StreamDescription.StreamStatus: StreamStatus */
        [225] = {MREF(225, strings[201]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(225, structures[79].shape), 0, offsetof(struct awsc_kinesis_stream_description, stream_mode_details), 0}, /* StreamDescription.StreamModeDetails: StreamModeDetails */
        [226] = {MREF(226, strings[1061]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(226, collections[8].shape), 0, offsetof(struct awsc_kinesis_stream_description, shards), AWSC_MF_REQUIRED}, /* StreamDescription.Shards: ShardList */
        [227] = {MREF(227, strings[2059]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(227, scalars[0]), AWSC_MEMBER_HAS(struct awsc_kinesis_stream_description, has_more_shards, has_has_more_shards), offsetof(struct awsc_kinesis_stream_description, has_more_shards), AWSC_MF_REQUIRED}, /* StreamDescription.HasMoreShards: BooleanObject */
        [228] = {MREF(228, strings[258]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(228, scalars[25]), AWSC_MEMBER_HAS(struct awsc_kinesis_stream_description, retention_period_hours, has_retention_period_hours), offsetof(struct awsc_kinesis_stream_description, retention_period_hours), AWSC_MF_REQUIRED}, /* StreamDescription.RetentionPeriodHours: RetentionPeriodHours */
        [229] = {MREF(229, strings[1025]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(229, scalars[35]), AWSC_MEMBER_HAS(struct awsc_kinesis_stream_description, stream_creation_timestamp, has_stream_creation_timestamp), offsetof(struct awsc_kinesis_stream_description, stream_creation_timestamp), AWSC_MF_REQUIRED}, /* StreamDescription.StreamCreationTimestamp: Timestamp */
        [230] = {MREF(230, strings[2073]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(230, collections[2].shape), 0, offsetof(struct awsc_kinesis_stream_description, enhanced_monitoring), AWSC_MF_REQUIRED}, /* StreamDescription.EnhancedMonitoring: EnhancedMonitoringList */
        [231] = {MREF(231, strings[1599]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(231, enums[1].shape), 0, offsetof(struct awsc_kinesis_stream_description, encryption_type), 0}, /* StreamDescription.EncryptionType: EncryptionType */
        [232] = {MREF(232, strings[2040]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(232, scalars[10]), 0, offsetof(struct awsc_kinesis_stream_description, key_id), 0}, /* StreamDescription.KeyId: KeyId */
        [233] = {MREF(233, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(233, scalars[32]), 0, offsetof(struct awsc_kinesis_stream_description_summary, stream_name), AWSC_MF_REQUIRED}, /* StreamDescriptionSummary.StreamName: StreamName */
        [234] = {MREF(234, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(234, scalars[30]), 0, offsetof(struct awsc_kinesis_stream_description_summary, stream_arn), AWSC_MF_REQUIRED}, /* StreamDescriptionSummary.StreamARN: StreamARN */
        [235] = {MREF(235, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(235, scalars[31]), 0, offsetof(struct awsc_kinesis_stream_description_summary, stream_id), 0}, /* StreamDescriptionSummary.StreamId: StreamId */
        [236] = {MREF(236, strings[2046]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(236, enums[9].shape), 0, offsetof(struct awsc_kinesis_stream_description_summary, stream_status), AWSC_MF_REQUIRED}, /* StreamDescriptionSummary.StreamStatus: StreamStatus */
        [237] = {MREF(237, strings[201]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(237, structures[79].shape), 0, offsetof(struct awsc_kinesis_stream_description_summary, stream_mode_details), 0}, /* StreamDescriptionSummary.StreamModeDetails: StreamModeDetails */
        [238] = {MREF(238, strings[258]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(238, scalars[25]), AWSC_MEMBER_HAS(struct awsc_kinesis_stream_description_summary, retention_period_hours, has_retention_period_hours), offsetof(struct awsc_kinesis_stream_description_summary, retention_period_hours), AWSC_MF_REQUIRED}, /* StreamDescriptionSummary.RetentionPeriodHours: RetentionPeriodHours */
        [239] = {MREF(239, strings[1025]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(239, scalars[35]), AWSC_MEMBER_HAS(struct awsc_kinesis_stream_description_summary, stream_creation_timestamp, has_stream_creation_timestamp), offsetof(struct awsc_kinesis_stream_description_summary, stream_creation_timestamp), AWSC_MF_REQUIRED}, /* StreamDescriptionSummary.StreamCreationTimestamp: Timestamp */
        [240] = {MREF(240, strings[2073]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(240, collections[2].shape), 0, offsetof(struct awsc_kinesis_stream_description_summary, enhanced_monitoring), AWSC_MF_REQUIRED}, /* StreamDescriptionSummary.EnhancedMonitoring: EnhancedMonitoringList */
        [241] = {MREF(241, strings[1599]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(241, enums[1].shape), 0, offsetof(struct awsc_kinesis_stream_description_summary, encryption_type), 0}, /* StreamDescriptionSummary.EncryptionType: EncryptionType */
        [242] = {MREF(242, strings[2040]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(242, scalars[10]), 0, offsetof(struct awsc_kinesis_stream_description_summary, key_id), 0}, /* StreamDescriptionSummary.KeyId: KeyId */
        [243] = {MREF(243, strings[361]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(243, scalars[27]), AWSC_MEMBER_HAS(struct awsc_kinesis_stream_description_summary, open_shard_count, has_open_shard_count), offsetof(struct awsc_kinesis_stream_description_summary, open_shard_count), AWSC_MF_REQUIRED}, /* StreamDescriptionSummary.OpenShardCount: ShardCountObject */
        [244] = {MREF(244, strings[2092]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(244, scalars[2]), AWSC_MEMBER_HAS(struct awsc_kinesis_stream_description_summary, consumer_count, has_consumer_count), offsetof(struct awsc_kinesis_stream_description_summary, consumer_count), 0}, /* StreamDescriptionSummary.ConsumerCount: ConsumerCountObject */
        [245] = {MREF(245, strings[2106]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(245, structures[97].shape), 0, offsetof(struct awsc_kinesis_stream_description_summary, warm_throughput), 0}, /* StreamDescriptionSummary.WarmThroughput: WarmThroughputObject */
        [246] = {MREF(246, strings[239]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(246, scalars[15]), AWSC_MEMBER_HAS(struct awsc_kinesis_stream_description_summary, max_record_size_in_ki_b, has_max_record_size_in_ki_b), offsetof(struct awsc_kinesis_stream_description_summary, max_record_size_in_ki_b), 0}, /* StreamDescriptionSummary.MaxRecordSizeInKiB: MaxRecordSizeInKiB */
        [247] = {MREF(247, strings[2143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(247, enums[8].shape), 0, offsetof(struct awsc_kinesis_stream_mode_details, stream_mode), AWSC_MF_REQUIRED}, /* StreamModeDetails.StreamMode: StreamMode */
        [248] = {MREF(248, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(248, scalars[32]), 0, offsetof(struct awsc_kinesis_stream_summary, stream_name), AWSC_MF_REQUIRED}, /* StreamSummary.StreamName: StreamName */
        [249] = {MREF(249, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(249, scalars[30]), 0, offsetof(struct awsc_kinesis_stream_summary, stream_arn), AWSC_MF_REQUIRED}, /* StreamSummary.StreamARN: StreamARN */
        [250] = {MREF(250, strings[2046]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(250, enums[9].shape), 0, offsetof(struct awsc_kinesis_stream_summary, stream_status), AWSC_MF_REQUIRED}, /* StreamSummary.StreamStatus: StreamStatus */
        [251] = {MREF(251, strings[201]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(251, structures[79].shape), 0, offsetof(struct awsc_kinesis_stream_summary, stream_mode_details), 0}, /* StreamSummary.StreamModeDetails: StreamModeDetails */
        [252] = {MREF(252, strings[1025]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(252, scalars[35]), AWSC_MEMBER_HAS(struct awsc_kinesis_stream_summary, stream_creation_timestamp, has_stream_creation_timestamp), offsetof(struct awsc_kinesis_stream_summary, stream_creation_timestamp), 0}, /* StreamSummary.StreamCreationTimestamp: Timestamp */
        [253] = {MREF(253, strings[654]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(253, collections[6].shape), 0, offsetof(struct awsc_kinesis_subscribe_to_shard_event, records), AWSC_MF_REQUIRED}, /* SubscribeToShardEvent.Records: RecordList */
        [254] = {MREF(254, strings[2188]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(254, scalars[26]), 0, offsetof(struct awsc_kinesis_subscribe_to_shard_event, continuation_sequence_number), AWSC_MF_REQUIRED}, /* SubscribeToShardEvent.ContinuationSequenceNumber: SequenceNumber */
        [255] = {MREF(255, strings[680]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(255, scalars[16]), AWSC_MEMBER_HAS(struct awsc_kinesis_subscribe_to_shard_event, millis_behind_latest, has_millis_behind_latest), offsetof(struct awsc_kinesis_subscribe_to_shard_event, millis_behind_latest), AWSC_MF_REQUIRED}, /* SubscribeToShardEvent.MillisBehindLatest: MillisBehindLatest */
        [256] = {MREF(256, strings[699]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(256, collections[0].shape), 0, offsetof(struct awsc_kinesis_subscribe_to_shard_event, child_shards), 0}, /* SubscribeToShardEvent.ChildShards: ChildShardList */
        [257] = {MREF(257, strings[2215]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(257, structures[81].shape), 0, offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, subscribe_to_shard_event), AWSC_MF_REQUIRED}, /* SubscribeToShardEventStream.SubscribeToShardEvent: SubscribeToShardEvent */
        [258] = {MREF(258, strings[1723]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(258, structures[69].shape), 0, offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, resource_not_found_exception), 0}, /* SubscribeToShardEventStream.ResourceNotFoundException: ResourceNotFoundException */
        [259] = {MREF(259, strings[1700]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(259, structures[68].shape), 0, offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, resource_in_use_exception), 0}, /* SubscribeToShardEventStream.ResourceInUseException: ResourceInUseException */
        [260] = {MREF(260, strings[874]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(260, structures[37].shape), 0, offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, kms_disabled_exception), 0}, /* SubscribeToShardEventStream.KMSDisabledException: KMSDisabledException */
        [261] = {MREF(261, strings[895]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(261, structures[38].shape), 0, offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, kms_invalid_state_exception), 0}, /* SubscribeToShardEventStream.KMSInvalidStateException: KMSInvalidStateException */
        [262] = {MREF(262, strings[849]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(262, structures[36].shape), 0, offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, kms_access_denied_exception), 0}, /* SubscribeToShardEventStream.KMSAccessDeniedException: KMSAccessDeniedException */
        [263] = {MREF(263, strings[920]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(263, structures[39].shape), 0, offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, kms_not_found_exception), 0}, /* SubscribeToShardEventStream.KMSNotFoundException: KMSNotFoundException */
        [264] = {MREF(264, strings[941]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(264, structures[40].shape), 0, offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, kms_opt_in_required), 0}, /* SubscribeToShardEventStream.KMSOptInRequired: KMSOptInRequired */
        [265] = {MREF(265, strings[958]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(265, structures[41].shape), 0, offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, kms_throttling_exception), 0}, /* SubscribeToShardEventStream.KMSThrottlingException: KMSThrottlingException */
        [266] = {MREF(266, strings[799]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(266, structures[34].shape), 0, offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, internal_failure_exception), 0}, /* SubscribeToShardEventStream.InternalFailureException: InternalFailureException */
        [267] = {MREF(267, strings[112]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(267, scalars[1]), 0, offsetof(struct awsc_kinesis_subscribe_to_shard_input, consumer_arn), AWSC_MF_REQUIRED}, /* SubscribeToShardInput.ConsumerARN: ConsumerARN */
        [268] = {MREF(268, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(268, scalars[31]), 0, offsetof(struct awsc_kinesis_subscribe_to_shard_input, stream_id), 0}, /* SubscribeToShardInput.StreamId: StreamId */
        [269] = {MREF(269, strings[65]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(269, scalars[28]), 0, offsetof(struct awsc_kinesis_subscribe_to_shard_input, shard_id), AWSC_MF_REQUIRED}, /* SubscribeToShardInput.ShardId: ShardId */
        [270] = {MREF(270, strings[2237]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(270, structures[75].shape), 0, offsetof(struct awsc_kinesis_subscribe_to_shard_input, starting_position), AWSC_MF_REQUIRED}, /* SubscribeToShardInput.StartingPosition: StartingPosition */
        [271] = {MREF(271, strings[2254]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(271, structures[82].shape), 0, offsetof(struct awsc_kinesis_subscribe_to_shard_output, event_stream), AWSC_MF_REQUIRED}, /* SubscribeToShardOutput.EventStream: SubscribeToShardEventStream */
        [272] = {MREF(272, strings[2266]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(272, scalars[33]), 0, offsetof(struct awsc_kinesis_tag, key), AWSC_MF_REQUIRED}, /* Tag.Key: TagKey */
        [273] = {MREF(273, strings[2270]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(273, scalars[34]), 0, offsetof(struct awsc_kinesis_tag, value), 0}, /* Tag.Value: TagValue */
        [274] = {MREF(274, strings[41]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(274, collections[13].shape), 0, offsetof(struct awsc_kinesis_tag_resource_input, tags), AWSC_MF_REQUIRED}, /* TagResourceInput.Tags: TagMap */
        [275] = {MREF(275, strings[279]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(275, scalars[24]), 0, offsetof(struct awsc_kinesis_tag_resource_input, resource_arn), AWSC_MF_REQUIRED}, /* TagResourceInput.ResourceARN: ResourceARN */
        [276] = {MREF(276, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(276, scalars[31]), 0, offsetof(struct awsc_kinesis_tag_resource_input, stream_id), 0}, /* TagResourceInput.StreamId: StreamId */
        [277] = {MREF(277, strings[1692]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(277, collections[11].shape), 0, offsetof(struct awsc_kinesis_untag_resource_input, tag_keys), AWSC_MF_REQUIRED}, /* UntagResourceInput.TagKeys: TagKeyList */
        [278] = {MREF(278, strings[279]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(278, scalars[24]), 0, offsetof(struct awsc_kinesis_untag_resource_input, resource_arn), AWSC_MF_REQUIRED}, /* UntagResourceInput.ResourceARN: ResourceARN */
        [279] = {MREF(279, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(279, scalars[31]), 0, offsetof(struct awsc_kinesis_untag_resource_input, stream_id), 0}, /* UntagResourceInput.StreamId: StreamId */
        [280] = {MREF(280, strings[315]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(280, structures[54].shape), 0, offsetof(struct awsc_kinesis_update_account_settings_input, minimum_throughput_billing_commitment), AWSC_MF_REQUIRED}, /* UpdateAccountSettingsInput.MinimumThroughputBillingCommitment: MinimumThroughputBillingCommitmentInput */
        [281] = {MREF(281, strings[315]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(281, structures[55].shape), 0, offsetof(struct awsc_kinesis_update_account_settings_output, minimum_throughput_billing_commitment), 0}, /* UpdateAccountSettingsOutput.MinimumThroughputBillingCommitment: MinimumThroughputBillingCommitmentOutput */
        [282] = {MREF(282, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(282, scalars[30]), 0, offsetof(struct awsc_kinesis_update_max_record_size_input, stream_arn), 0}, /* UpdateMaxRecordSizeInput.StreamARN: StreamARN */
        [283] = {MREF(283, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(283, scalars[31]), 0, offsetof(struct awsc_kinesis_update_max_record_size_input, stream_id), 0}, /* UpdateMaxRecordSizeInput.StreamId: StreamId */
        [284] = {MREF(284, strings[239]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(284, scalars[15]), AWSC_MEMBER_HAS(struct awsc_kinesis_update_max_record_size_input, max_record_size_in_ki_b, has_max_record_size_in_ki_b), offsetof(struct awsc_kinesis_update_max_record_size_input, max_record_size_in_ki_b), AWSC_MF_REQUIRED}, /* UpdateMaxRecordSizeInput.MaxRecordSizeInKiB: MaxRecordSizeInKiB */
        [285] = {MREF(285, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(285, scalars[32]), 0, offsetof(struct awsc_kinesis_update_shard_count_input, stream_name), 0}, /* UpdateShardCountInput.StreamName: StreamName */
        [286] = {MREF(286, strings[2276]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(286, scalars[23]), AWSC_MEMBER_HAS(struct awsc_kinesis_update_shard_count_input, target_shard_count, has_target_shard_count), offsetof(struct awsc_kinesis_update_shard_count_input, target_shard_count), AWSC_MF_REQUIRED}, /* UpdateShardCountInput.TargetShardCount: PositiveIntegerObject */
        [287] = {MREF(287, strings[2293]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(287, enums[5].shape), 0, offsetof(struct awsc_kinesis_update_shard_count_input, scaling_type), AWSC_MF_REQUIRED}, /* UpdateShardCountInput.ScalingType: ScalingType */
        [288] = {MREF(288, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(288, scalars[30]), 0, offsetof(struct awsc_kinesis_update_shard_count_input, stream_arn), 0}, /* UpdateShardCountInput.StreamARN: StreamARN */
        [289] = {MREF(289, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(289, scalars[31]), 0, offsetof(struct awsc_kinesis_update_shard_count_input, stream_id), 0}, /* UpdateShardCountInput.StreamId: StreamId */
        [290] = {MREF(290, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(290, scalars[32]), 0, offsetof(struct awsc_kinesis_update_shard_count_output, stream_name), 0}, /* UpdateShardCountOutput.StreamName: StreamName */
        [291] = {MREF(291, strings[2305]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(291, scalars[23]), AWSC_MEMBER_HAS(struct awsc_kinesis_update_shard_count_output, current_shard_count, has_current_shard_count), offsetof(struct awsc_kinesis_update_shard_count_output, current_shard_count), 0}, /* UpdateShardCountOutput.CurrentShardCount: PositiveIntegerObject */
        [292] = {MREF(292, strings[2276]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(292, scalars[23]), AWSC_MEMBER_HAS(struct awsc_kinesis_update_shard_count_output, target_shard_count, has_target_shard_count), offsetof(struct awsc_kinesis_update_shard_count_output, target_shard_count), 0}, /* UpdateShardCountOutput.TargetShardCount: PositiveIntegerObject */
        [293] = {MREF(293, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(293, scalars[30]), 0, offsetof(struct awsc_kinesis_update_shard_count_output, stream_arn), 0}, /* UpdateShardCountOutput.StreamARN: StreamARN */
        [294] = {MREF(294, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(294, scalars[30]), 0, offsetof(struct awsc_kinesis_update_stream_mode_input, stream_arn), AWSC_MF_REQUIRED}, /* UpdateStreamModeInput.StreamARN: StreamARN */
        [295] = {MREF(295, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(295, scalars[31]), 0, offsetof(struct awsc_kinesis_update_stream_mode_input, stream_id), 0}, /* UpdateStreamModeInput.StreamId: StreamId */
        [296] = {MREF(296, strings[201]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(296, structures[79].shape), 0, offsetof(struct awsc_kinesis_update_stream_mode_input, stream_mode_details), AWSC_MF_REQUIRED}, /* UpdateStreamModeInput.StreamModeDetails: StreamModeDetails */
        [297] = {MREF(297, strings[219]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(297, scalars[17]), AWSC_MEMBER_HAS(struct awsc_kinesis_update_stream_mode_input, warm_throughput_mi_bps, has_warm_throughput_mi_bps), offsetof(struct awsc_kinesis_update_stream_mode_input, warm_throughput_mi_bps), 0}, /* UpdateStreamModeInput.WarmThroughputMiBps: NaturalIntegerObject */
        [298] = {MREF(298, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(298, scalars[30]), 0, offsetof(struct awsc_kinesis_update_stream_warm_throughput_input, stream_arn), 0}, /* UpdateStreamWarmThroughputInput.StreamARN: StreamARN */
        [299] = {MREF(299, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(299, scalars[32]), 0, offsetof(struct awsc_kinesis_update_stream_warm_throughput_input, stream_name), 0}, /* UpdateStreamWarmThroughputInput.StreamName: StreamName */
        [300] = {MREF(300, strings[56]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(300, scalars[31]), 0, offsetof(struct awsc_kinesis_update_stream_warm_throughput_input, stream_id), 0}, /* UpdateStreamWarmThroughputInput.StreamId: StreamId */
        [301] = {MREF(301, strings[219]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(301, scalars[17]), AWSC_MEMBER_HAS(struct awsc_kinesis_update_stream_warm_throughput_input, warm_throughput_mi_bps, has_warm_throughput_mi_bps), offsetof(struct awsc_kinesis_update_stream_warm_throughput_input, warm_throughput_mi_bps), AWSC_MF_REQUIRED}, /* UpdateStreamWarmThroughputInput.WarmThroughputMiBps: NaturalIntegerObject */
        [302] = {MREF(302, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(302, scalars[30]), 0, offsetof(struct awsc_kinesis_update_stream_warm_throughput_output, stream_arn), 0}, /* UpdateStreamWarmThroughputOutput.StreamARN: StreamARN */
        [303] = {MREF(303, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(303, scalars[32]), 0, offsetof(struct awsc_kinesis_update_stream_warm_throughput_output, stream_name), 0}, /* UpdateStreamWarmThroughputOutput.StreamName: StreamName */
        [304] = {MREF(304, strings[2106]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(304, structures[97].shape), 0, offsetof(struct awsc_kinesis_update_stream_warm_throughput_output, warm_throughput), 0}, /* UpdateStreamWarmThroughputOutput.WarmThroughput: WarmThroughputObject */
        [305] = {MREF(305, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(305, scalars[7]), 0, offsetof(struct awsc_kinesis_validation_exception, message), 0}, /* ValidationException.message: ErrorMessage */
        [306] = {MREF(306, strings[2343]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(306, scalars[17]), AWSC_MEMBER_HAS(struct awsc_kinesis_warm_throughput_object, target_mi_bps, has_target_mi_bps), offsetof(struct awsc_kinesis_warm_throughput_object, target_mi_bps), 0}, /* WarmThroughputObject.TargetMiBps: NaturalIntegerObject */
        [307] = {MREF(307, strings[2355]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(307, scalars[17]), AWSC_MEMBER_HAS(struct awsc_kinesis_warm_throughput_object, current_mi_bps, has_current_mi_bps), offsetof(struct awsc_kinesis_warm_throughput_object, current_mi_bps), 0}, /* WarmThroughputObject.CurrentMiBps: NaturalIntegerObject */
    },
    /* each structure's member indexes, sorted by wire name */
    .by_wire_name = {
        /* [0] AccessDeniedException */ 0,
        /* [1] AddTagsToStreamInput */ 2, 3, 0, 1,
        /* [5] ChildShard */ 2, 1, 0,
        /* [8] Consumer */ 1, 3, 0, 2,
        /* [12] ConsumerDescription */ 1, 3, 0, 2, 4,
        /* [17] CreateStreamInput */ 5, 1, 2, 0, 3, 4,
        /* [23] DecreaseStreamRetentionPeriodInput */ 1, 2, 3, 0,
        /* [27] DeleteResourcePolicyInput */ 0, 1,
        /* [29] DeleteStreamInput */ 1, 2, 3, 0,
        /* [33] DeregisterStreamConsumerInput */ 2, 1, 0, 3,
        /* [37] DescribeAccountSettingsOutput */ 0,
        /* [38] DescribeLimitsOutput */ 2, 3, 1, 0,
        /* [42] DescribeStreamConsumerInput */ 2, 1, 0, 3,
        /* [46] DescribeStreamConsumerOutput */ 0,
        /* [47] DescribeStreamInput */ 2, 1, 3, 4, 0,
        /* [52] DescribeStreamOutput */ 0,
        /* [53] DescribeStreamSummaryInput */ 1, 2, 0,
        /* [56] DescribeStreamSummaryOutput */ 0,
        /* [57] DisableEnhancedMonitoringInput */ 1, 2, 3, 0,
        /* [61] EnableEnhancedMonitoringInput */ 1, 2, 3, 0,
        /* [65] EnhancedMetrics */ 0,
        /* [66] EnhancedMonitoringOutput */ 1, 2, 3, 0,
        /* [70] ExpiredIteratorException */ 0,
        /* [71] ExpiredNextTokenException */ 0,
        /* [72] GetRecordsInput */ 1, 0, 2, 3,
        /* [76] GetRecordsOutput */ 3, 2, 1, 0,
        /* [80] GetResourcePolicyInput */ 0, 1,
        /* [82] GetResourcePolicyOutput */ 0,
        /* [83] GetShardIteratorInput */ 1, 2, 3, 5, 6, 0, 4,
        /* [90] GetShardIteratorOutput */ 0,
        /* [91] HashKeyRange */ 1, 0,
        /* [93] IncreaseStreamRetentionPeriodInput */ 1, 2, 3, 0,
        /* [97] InternalFailureException */ 0,
        /* [98] InvalidArgumentException */ 0,
        /* [99] KMSAccessDeniedException */ 0,
        /* [100] KMSDisabledException */ 0,
        /* [101] KMSInvalidStateException */ 0,
        /* [102] KMSNotFoundException */ 0,
        /* [103] KMSOptInRequired */ 0,
        /* [104] KMSThrottlingException */ 0,
        /* [105] LimitExceededException */ 0,
        /* [106] ListShardsInput */ 2, 3, 1, 5, 6, 4, 7, 0,
        /* [114] ListShardsOutput */ 1, 0,
        /* [116] ListStreamConsumersInput */ 2, 1, 0, 3, 4,
        /* [121] ListStreamConsumersOutput */ 0, 1,
        /* [123] ListStreamsInput */ 1, 0, 2,
        /* [126] ListStreamsOutput */ 1, 2, 0, 3,
        /* [130] ListTagsForResourceInput */ 0, 1,
        /* [132] ListTagsForResourceOutput */ 0,
        /* [133] ListTagsForStreamInput */ 1, 2, 3, 4, 0,
        /* [138] ListTagsForStreamOutput */ 1, 0,
        /* [140] MergeShardsInput */ 2, 1, 3, 4, 0,
        /* [145] MinimumThroughputBillingCommitmentInput */ 0,
        /* [146] MinimumThroughputBillingCommitmentOutput */ 3, 2, 1, 0,
        /* [150] ProvisionedThroughputExceededException */ 0,
        /* [151] PutRecordInput */ 1, 3, 2, 4, 5, 6, 0,
        /* [158] PutRecordOutput */ 2, 1, 0,
        /* [161] PutRecordsInput */ 0, 2, 3, 1,
        /* [165] PutRecordsOutput */ 2, 0, 1,
        /* [168] PutRecordsRequestEntry */ 0, 1, 2,
        /* [171] PutRecordsResultEntry */ 2, 3, 0, 1,
        /* [175] PutResourcePolicyInput */ 2, 0, 1,
        /* [178] Record */ 1, 2, 4, 3, 0,
        /* [183] RegisterStreamConsumerInput */ 1, 0, 2, 3,
        /* [187] RegisterStreamConsumerOutput */ 0,
        /* [188] RemoveTagsFromStreamInput */ 2, 3, 0, 1,
        /* [192] ResourceInUseException */ 0,
        /* [193] ResourceNotFoundException */ 0,
        /* [194] SequenceNumberRange */ 1, 0,
        /* [196] Shard */ 2, 3, 1, 4, 0,
        /* [201] ShardFilter */ 1, 2, 0,
        /* [204] SplitShardInput */ 2, 1, 3, 4, 0,
        /* [209] StartStreamEncryptionInput */ 1, 2, 3, 4, 0,
        /* [214] StartingPosition */ 1, 2, 0,
        /* [217] StopStreamEncryptionInput */ 1, 2, 3, 4, 0,
        /* [222] StreamDescription */ 9, 8, 5, 10, 6, 4, 1, 7, 3, 0, 2,
        /* [233] StreamDescriptionSummary */ 11, 8, 7, 9, 13, 10, 5, 1, 6, 2, 4, 0, 3, 12,
        /* [247] StreamModeDetails */ 0,
        /* [248] StreamSummary */ 1, 4, 3, 0, 2,
        /* [253] SubscribeToShardEvent */ 3, 1, 2, 0,
        /* [257] SubscribeToShardEventStream */ 9, 5, 3, 4, 6, 7, 8, 2, 1, 0,
        /* [267] SubscribeToShardInput */ 0, 2, 3, 1,
        /* [271] SubscribeToShardOutput */ 0,
        /* [272] Tag */ 0, 1,
        /* [274] TagResourceInput */ 1, 2, 0,
        /* [277] UntagResourceInput */ 1, 2, 0,
        /* [280] UpdateAccountSettingsInput */ 0,
        /* [281] UpdateAccountSettingsOutput */ 0,
        /* [282] UpdateMaxRecordSizeInput */ 2, 0, 1,
        /* [285] UpdateShardCountInput */ 2, 3, 4, 0, 1,
        /* [290] UpdateShardCountOutput */ 1, 3, 0, 2,
        /* [294] UpdateStreamModeInput */ 0, 1, 2, 3,
        /* [298] UpdateStreamWarmThroughputInput */ 0, 2, 1, 3,
        /* [302] UpdateStreamWarmThroughputOutput */ 0, 1, 2,
        /* [305] ValidationException */ 0,
        /* [306] WarmThroughputObject */ 1, 0,
    },
    .ranges = {
        {true, true, 1, 2048}, /* ConsumerARN */
        {true, true, 0, 1000000}, /* ConsumerCountObject */
        {true, true, 1, 128}, /* ConsumerName */
        {true, true, 0, 10485760}, /* Data */
        {true, true, 1, 10000}, /* DescribeStreamInputLimit */
        {true, true, 1, 10000}, /* GetRecordsInputLimit */
        {true, true, 1, 2048}, /* KeyId */
        {true, true, 1, 10000}, /* ListShardsInputLimit */
        {true, true, 1, 10000}, /* ListStreamConsumersInputLimit */
        {true, true, 1, 10000}, /* ListStreamsInputLimit */
        {true, true, 1, 50}, /* ListTagsForStreamInputLimit */
        {true, true, 1024, 10240}, /* MaxRecordSizeInKiB */
        {true, true, 1, 7}, /* MetricsNameList */
        {true, false, 0, 0}, /* MillisBehindLatest */
        {true, false, 0, 0}, /* NaturalIntegerObject */
        {true, true, 1, 1048576}, /* NextToken */
        {true, true, 0, 1000000}, /* OnDemandStreamCountLimitObject */
        {true, true, 0, 1000000}, /* OnDemandStreamCountObject */
        {true, true, 1, 256}, /* PartitionKey */
        {true, false, 1, 0}, /* PositiveIntegerObject */
        {true, true, 1, 500}, /* PutRecordsRequestEntryList */
        {true, true, 1, 500}, /* PutRecordsResultEntryList */
        {true, true, 1, 2048}, /* ResourceARN */
        {true, true, 0, 1000000}, /* ShardCountObject */
        {true, true, 1, 128}, /* ShardId */
        {true, true, 1, 512}, /* ShardIterator */
        {true, true, 1, 2048}, /* StreamARN */
        {true, true, 1, 24}, /* StreamId */
        {true, true, 1, 128}, /* StreamName */
        {true, true, 1, 128}, /* TagKey */
        {true, true, 1, 50}, /* TagKeyList */
        {true, true, 0, 200}, /* TagList */
        {true, true, 1, 200}, /* TagMap */
        {true, true, 0, 256}, /* TagValue */
    },
    .strings =
        /*      0 */ "AccessDeniedException\0"
        /*     22 */ "message\0"
        /*     30 */ "StreamName\0"
        /*     41 */ "Tags\0"
        /*     46 */ "StreamARN\0"
        /*     56 */ "StreamId\0"
        /*     65 */ "ShardId\0"
        /*     73 */ "ParentShards\0"
        /*     86 */ "HashKeyRange\0"
        /*     99 */ "ConsumerName\0"
        /*    112 */ "ConsumerARN\0"
        /*    124 */ "ConsumerStatus\0"
        /*    139 */ "ConsumerCreationTimestamp\0"
        /*    165 */ "CREATING\0" "DELETING\0" "ACTIVE\0"
        /*    190 */ "ShardCount\0"
        /*    201 */ "StreamModeDetails\0"
        /*    219 */ "WarmThroughputMiBps\0"
        /*    239 */ "MaxRecordSizeInKiB\0"
        /*    258 */ "RetentionPeriodHours\0"
        /*    279 */ "ResourceARN\0"
        /*    291 */ "EnforceConsumerDeletion\0"
        /*    315 */ "MinimumThroughputBillingCommitment\0"
        /*    350 */ "ShardLimit\0"
        /*    361 */ "OpenShardCount\0"
        /*    376 */ "OnDemandStreamCount\0"
        /*    396 */ "OnDemandStreamCountLimit\0"
        /*    421 */ "ConsumerDescription\0"
        /*    441 */ "Limit\0"
        /*    447 */ "ExclusiveStartShardId\0"
        /*    469 */ "StreamDescription\0"
        /*    487 */ "StreamDescriptionSummary\0"
        /*    512 */ "ShardLevelMetrics\0"
        /*    530 */ "NONE\0" "KMS\0"
        /*    539 */ "CurrentShardLevelMetrics\0"
        /*    564 */ "DesiredShardLevelMetrics\0"
        /*    589 */ "ExpiredIteratorException\0"
        /*    614 */ "ExpiredNextTokenException\0"
        /*    640 */ "ShardIterator\0"
        /*    654 */ "Records\0"
        /*    662 */ "NextShardIterator\0"
        /*    680 */ "MillisBehindLatest\0"
        /*    699 */ "ChildShards\0"
        /*    711 */ "Policy\0"
        /*    718 */ "ShardIteratorType\0"
        /*    736 */ "StartingSequenceNumber\0"
        /*    759 */ "Timestamp\0"
        /*    769 */ "StartingHashKey\0"
        /*    785 */ "EndingHashKey\0"
        /*    799 */ "InternalFailureException\0"
        /*    824 */ "InvalidArgumentException\0"
        /*    849 */ "KMSAccessDeniedException\0"
        /*    874 */ "KMSDisabledException\0"
        /*    895 */ "KMSInvalidStateException\0"
        /*    920 */ "KMSNotFoundException\0"
        /*    941 */ "KMSOptInRequired\0"
        /*    958 */ "KMSThrottlingException\0"
        /*    981 */ "LimitExceededException\0"
        /*   1004 */ "NextToken\0"
        /*   1014 */ "MaxResults\0"
        /*   1025 */ "StreamCreationTimestamp\0"
        /*   1049 */ "ShardFilter\0"
        /*   1061 */ "Shards\0"
        /*   1068 */ "Consumers\0"
        /*   1078 */ "ExclusiveStartStreamName\0"
        /*   1103 */ "StreamNames\0"
        /*   1115 */ "HasMoreStreams\0"
        /*   1130 */ "StreamSummaries\0"
        /*   1146 */ "ExclusiveStartTagKey\0"
        /*   1167 */ "HasMoreTags\0"
        /*   1179 */ "ShardToMerge\0"
        /*   1192 */ "AdjacentShardToMerge\0"
        /*   1213 */ "IncomingBytes\0" "IncomingRecords\0" "OutgoingBytes\0" "OutgoingRecords\0" "WriteProvisionedThroughputExceeded\0" "ReadProvisionedThroughputExceeded\0" "IteratorAgeMilliseconds\0" "ALL\0"
        /*   1370 */ "Status\0"
        /*   1377 */ "ENABLED\0" "DISABLED\0"
        /*   1394 */ "StartedAt\0"
        /*   1404 */ "EndedAt\0"
        /*   1412 */ "EarliestAllowedEndAt\0"
        /*   1433 */ "ENABLED\0" "DISABLED\0" "ENABLED_UNTIL_EARLIEST_ALLOWED_END\0"
        /*   1485 */ "ProvisionedThroughputExceededException\0"
        /*   1524 */ "Data\0"
        /*   1529 */ "PartitionKey\0"
        /*   1542 */ "ExplicitHashKey\0"
        /*   1558 */ "SequenceNumberForOrdering\0"
        /*   1584 */ "SequenceNumber\0"
        /*   1599 */ "EncryptionType\0"
        /*   1614 */ "FailedRecordCount\0"
        /*   1632 */ "ErrorCode\0"
        /*   1642 */ "ErrorMessage\0"
        /*   1655 */ "ApproximateArrivalTimestamp\0"
        /*   1683 */ "Consumer\0"
        /*   1692 */ "TagKeys\0"
        /*   1700 */ "ResourceInUseException\0"
        /*   1723 */ "ResourceNotFoundException\0"
        /*   1749 */ "UNIFORM_SCALING\0"
        /*   1765 */ "EndingSequenceNumber\0"
        /*   1786 */ "ParentShardId\0"
        /*   1800 */ "AdjacentParentShardId\0"
        /*   1822 */ "SequenceNumberRange\0"
        /*   1842 */ "Type\0"
        /*   1847 */ "AFTER_SHARD_ID\0" "AT_TRIM_HORIZON\0" "FROM_TRIM_HORIZON\0" "AT_LATEST\0" "AT_TIMESTAMP\0" "FROM_TIMESTAMP\0"
        /*   1934 */ "AT_SEQUENCE_NUMBER\0" "AFTER_SEQUENCE_NUMBER\0" "TRIM_HORIZON\0" "LATEST\0" "AT_TIMESTAMP\0"
        /*   2008 */ "ShardToSplit\0"
        /*   2021 */ "NewStartingHashKey\0"
        /*   2040 */ "KeyId\0"
        /*   2046 */ "StreamStatus\0"
        /*   2059 */ "HasMoreShards\0"
        /*   2073 */ "EnhancedMonitoring\0"
        /*   2092 */ "ConsumerCount\0"
        /*   2106 */ "WarmThroughput\0"
        /*   2121 */ "PROVISIONED\0" "ON_DEMAND\0"
        /*   2143 */ "StreamMode\0"
        /*   2154 */ "CREATING\0" "DELETING\0" "ACTIVE\0" "UPDATING\0"
        /*   2188 */ "ContinuationSequenceNumber\0"
        /*   2215 */ "SubscribeToShardEvent\0"
        /*   2237 */ "StartingPosition\0"
        /*   2254 */ "EventStream\0"
        /*   2266 */ "Key\0"
        /*   2270 */ "Value\0"
        /*   2276 */ "TargetShardCount\0"
        /*   2293 */ "ScalingType\0"
        /*   2305 */ "CurrentShardCount\0"
        /*   2323 */ "ValidationException\0"
        /*   2343 */ "TargetMiBps\0"
        /*   2355 */ "CurrentMiBps\0"
        /*   2368 */ "AddTagsToStream\0"
        /*   2384 */ "POST\0"
        /*   2389 */ "/\0"
        /*   2391 */ "OperationType\0"
        /*   2405 */ "control\0"
        /*   2413 */ "CreateStream\0"
        /*   2426 */ "DecreaseStreamRetentionPeriod\0"
        /*   2456 */ "DeleteResourcePolicy\0"
        /*   2477 */ "DeleteStream\0"
        /*   2490 */ "DeregisterStreamConsumer\0"
        /*   2515 */ "DescribeAccountSettings\0"
        /*   2539 */ "DescribeLimits\0"
        /*   2554 */ "DescribeStream\0"
        /*   2569 */ "DescribeStreamConsumer\0"
        /*   2592 */ "DescribeStreamSummary\0"
        /*   2614 */ "DisableEnhancedMonitoring\0"
        /*   2640 */ "EnableEnhancedMonitoring\0"
        /*   2665 */ "GetRecords\0"
        /*   2676 */ "data\0"
        /*   2681 */ "GetResourcePolicy\0"
        /*   2699 */ "GetShardIterator\0"
        /*   2716 */ "IncreaseStreamRetentionPeriod\0"
        /*   2746 */ "ListShards\0"
        /*   2757 */ "ListStreamConsumers\0"
        /*   2777 */ "ListStreams\0"
        /*   2789 */ "ListTagsForResource\0"
        /*   2809 */ "ListTagsForStream\0"
        /*   2827 */ "MergeShards\0"
        /*   2839 */ "PutRecord\0"
        /*   2849 */ "PutRecords\0"
        /*   2860 */ "PutResourcePolicy\0"
        /*   2878 */ "RegisterStreamConsumer\0"
        /*   2901 */ "RemoveTagsFromStream\0"
        /*   2922 */ "SplitShard\0"
        /*   2933 */ "StartStreamEncryption\0"
        /*   2955 */ "StopStreamEncryption\0"
        /*   2976 */ "SubscribeToShard\0"
        /*   2993 */ "TagResource\0"
        /*   3005 */ "UntagResource\0"
        /*   3019 */ "UpdateAccountSettings\0"
        /*   3041 */ "UpdateMaxRecordSize\0"
        /*   3061 */ "UpdateShardCount\0"
        /*   3078 */ "UpdateStreamMode\0"
        /*   3095 */ "UpdateStreamWarmThroughput\0"
        /*   3122 */ "kinesis\0"
        /*   3130 */ "Kinesis\0"
        /*   3138 */ "Amazon Kinesis\0"
        /*   3153 */ "2013-12-02\0"
        /*   3164 */ "Kinesis_20131202\0"
        /*   3181 */ "1.1\0"
        /*   3185 */ "KINESIS",
#if AWSC_WITH_SHAPE_NAMES
    .shape_names =
        /*      0 */ "AddTagsToStreamInput\0"
        /*     21 */ "BooleanObject\0"
        /*     35 */ "ChildShard\0"
        /*     46 */ "ChildShardList\0"
        /*     61 */ "Consumer\0"
        /*     70 */ "ConsumerARN\0"
        /*     82 */ "ConsumerCountObject\0"
        /*    102 */ "ConsumerDescription\0"
        /*    122 */ "ConsumerList\0"
        /*    135 */ "ConsumerName\0"
        /*    148 */ "ConsumerStatus\0"
        /*    163 */ "CreateStreamInput\0"
        /*    181 */ "Data\0"
        /*    186 */ "DecreaseStreamRetentionPeriodInput\0"
        /*    221 */ "DeleteResourcePolicyInput\0"
        /*    247 */ "DeleteStreamInput\0"
        /*    265 */ "DeregisterStreamConsumerInput\0"
        /*    295 */ "DescribeAccountSettingsInput\0"
        /*    324 */ "DescribeAccountSettingsOutput\0"
        /*    354 */ "DescribeLimitsInput\0"
        /*    374 */ "DescribeLimitsOutput\0"
        /*    395 */ "DescribeStreamConsumerInput\0"
        /*    423 */ "DescribeStreamConsumerOutput\0"
        /*    452 */ "DescribeStreamInput\0"
        /*    472 */ "DescribeStreamInputLimit\0"
        /*    497 */ "DescribeStreamOutput\0"
        /*    518 */ "DescribeStreamSummaryInput\0"
        /*    545 */ "DescribeStreamSummaryOutput\0"
        /*    573 */ "DisableEnhancedMonitoringInput\0"
        /*    604 */ "EnableEnhancedMonitoringInput\0"
        /*    634 */ "EncryptionType\0"
        /*    649 */ "EnhancedMetrics\0"
        /*    665 */ "EnhancedMonitoringList\0"
        /*    688 */ "EnhancedMonitoringOutput\0"
        /*    713 */ "ErrorCode\0"
        /*    723 */ "ErrorMessage\0"
        /*    736 */ "GetRecordsInput\0"
        /*    752 */ "GetRecordsInputLimit\0"
        /*    773 */ "GetRecordsOutput\0"
        /*    790 */ "GetResourcePolicyInput\0"
        /*    813 */ "GetResourcePolicyOutput\0"
        /*    837 */ "GetShardIteratorInput\0"
        /*    859 */ "GetShardIteratorOutput\0"
        /*    882 */ "HashKey\0"
        /*    890 */ "HashKeyRange\0"
        /*    903 */ "IncreaseStreamRetentionPeriodInput\0"
        /*    938 */ "KeyId\0"
        /*    944 */ "ListShardsInput\0"
        /*    960 */ "ListShardsInputLimit\0"
        /*    981 */ "ListShardsOutput\0"
        /*    998 */ "ListStreamConsumersInput\0"
        /*   1023 */ "ListStreamConsumersInputLimit\0"
        /*   1053 */ "ListStreamConsumersOutput\0"
        /*   1079 */ "ListStreamsInput\0"
        /*   1096 */ "ListStreamsInputLimit\0"
        /*   1118 */ "ListStreamsOutput\0"
        /*   1136 */ "ListTagsForResourceInput\0"
        /*   1161 */ "ListTagsForResourceOutput\0"
        /*   1187 */ "ListTagsForStreamInput\0"
        /*   1210 */ "ListTagsForStreamInputLimit\0"
        /*   1238 */ "ListTagsForStreamOutput\0"
        /*   1262 */ "MaxRecordSizeInKiB\0"
        /*   1281 */ "MergeShardsInput\0"
        /*   1298 */ "MetricsName\0"
        /*   1310 */ "MetricsNameList\0"
        /*   1326 */ "MillisBehindLatest\0"
        /*   1345 */ "MinimumThroughputBillingCommitmentInput\0"
        /*   1385 */ "MinimumThroughputBillingCommitmentInputStatus\0"
        /*   1431 */ "MinimumThroughputBillingCommitmentOutput\0"
        /*   1472 */ "MinimumThroughputBillingCommitmentOutputStatus\0"
        /*   1519 */ "NaturalIntegerObject\0"
        /*   1540 */ "NextToken\0"
        /*   1550 */ "OnDemandStreamCountLimitObject\0"
        /*   1581 */ "OnDemandStreamCountObject\0"
        /*   1607 */ "PartitionKey\0"
        /*   1620 */ "Policy\0"
        /*   1627 */ "PositiveIntegerObject\0"
        /*   1649 */ "PutRecordInput\0"
        /*   1664 */ "PutRecordOutput\0"
        /*   1680 */ "PutRecordsInput\0"
        /*   1696 */ "PutRecordsOutput\0"
        /*   1713 */ "PutRecordsRequestEntry\0"
        /*   1736 */ "PutRecordsRequestEntryList\0"
        /*   1763 */ "PutRecordsResultEntry\0"
        /*   1785 */ "PutRecordsResultEntryList\0"
        /*   1811 */ "PutResourcePolicyInput\0"
        /*   1834 */ "Record\0"
        /*   1841 */ "RecordList\0"
        /*   1852 */ "RegisterStreamConsumerInput\0"
        /*   1880 */ "RegisterStreamConsumerOutput\0"
        /*   1909 */ "RemoveTagsFromStreamInput\0"
        /*   1935 */ "ResourceARN\0"
        /*   1947 */ "RetentionPeriodHours\0"
        /*   1968 */ "ScalingType\0"
        /*   1980 */ "SequenceNumber\0"
        /*   1995 */ "SequenceNumberRange\0"
        /*   2015 */ "Shard\0"
        /*   2021 */ "ShardCountObject\0"
        /*   2038 */ "ShardFilter\0"
        /*   2050 */ "ShardFilterType\0"
        /*   2066 */ "ShardId\0"
        /*   2074 */ "ShardIdList\0"
        /*   2086 */ "ShardIterator\0"
        /*   2100 */ "ShardIteratorType\0"
        /*   2118 */ "ShardList\0"
        /*   2128 */ "SplitShardInput\0"
        /*   2144 */ "StartStreamEncryptionInput\0"
        /*   2171 */ "StartingPosition\0"
        /*   2188 */ "StopStreamEncryptionInput\0"
        /*   2214 */ "StreamARN\0"
        /*   2224 */ "StreamDescription\0"
        /*   2242 */ "StreamDescriptionSummary\0"
        /*   2267 */ "StreamId\0"
        /*   2276 */ "StreamMode\0"
        /*   2287 */ "StreamModeDetails\0"
        /*   2305 */ "StreamName\0"
        /*   2316 */ "StreamNameList\0"
        /*   2331 */ "StreamStatus\0"
        /*   2344 */ "StreamSummary\0"
        /*   2358 */ "StreamSummaryList\0"
        /*   2376 */ "SubscribeToShardEvent\0"
        /*   2398 */ "SubscribeToShardEventStream\0"
        /*   2426 */ "SubscribeToShardInput\0"
        /*   2448 */ "SubscribeToShardOutput\0"
        /*   2471 */ "Tag\0"
        /*   2475 */ "TagKey\0"
        /*   2482 */ "TagKeyList\0"
        /*   2493 */ "TagList\0"
        /*   2501 */ "TagMap\0"
        /*   2508 */ "TagResourceInput\0"
        /*   2525 */ "TagValue\0"
        /*   2534 */ "Timestamp\0"
        /*   2544 */ "UntagResourceInput\0"
        /*   2563 */ "UpdateAccountSettingsInput\0"
        /*   2590 */ "UpdateAccountSettingsOutput\0"
        /*   2618 */ "UpdateMaxRecordSizeInput\0"
        /*   2643 */ "UpdateShardCountInput\0"
        /*   2665 */ "UpdateShardCountOutput\0"
        /*   2688 */ "UpdateStreamModeInput\0"
        /*   2710 */ "UpdateStreamWarmThroughputInput\0"
        /*   2742 */ "UpdateStreamWarmThroughputOutput\0"
        /*   2775 */ "WarmThroughputObject",
#endif
};

/* The descriptor programs use (<awsc/kinesis.h>): the one in the tables. */
const struct awsc_service *awsc_kinesis_service(void)
{
    return &T.service;
}

enum awsc_kinesis_consumer_status awsc_kinesis_consumer_status_parse(const char *value)
{
    return (enum awsc_kinesis_consumer_status)awsc_enum_parse(&T.strings[165], 3, value);
}

const char *awsc_kinesis_consumer_status_str(enum awsc_kinesis_consumer_status value)
{
    return awsc_enum_str(&T.strings[165], 3, (int)value);
}

enum awsc_kinesis_encryption_type awsc_kinesis_encryption_type_parse(const char *value)
{
    return (enum awsc_kinesis_encryption_type)awsc_enum_parse(&T.strings[530], 2, value);
}

const char *awsc_kinesis_encryption_type_str(enum awsc_kinesis_encryption_type value)
{
    return awsc_enum_str(&T.strings[530], 2, (int)value);
}

enum awsc_kinesis_metrics_name awsc_kinesis_metrics_name_parse(const char *value)
{
    return (enum awsc_kinesis_metrics_name)awsc_enum_parse(&T.strings[1213], 8, value);
}

const char *awsc_kinesis_metrics_name_str(enum awsc_kinesis_metrics_name value)
{
    return awsc_enum_str(&T.strings[1213], 8, (int)value);
}

enum awsc_kinesis_minimum_throughput_billing_commitment_input_status awsc_kinesis_minimum_throughput_billing_commitment_input_status_parse(const char *value)
{
    return (enum awsc_kinesis_minimum_throughput_billing_commitment_input_status)awsc_enum_parse(&T.strings[1377], 2, value);
}

const char *awsc_kinesis_minimum_throughput_billing_commitment_input_status_str(enum awsc_kinesis_minimum_throughput_billing_commitment_input_status value)
{
    return awsc_enum_str(&T.strings[1377], 2, (int)value);
}

enum awsc_kinesis_minimum_throughput_billing_commitment_output_status awsc_kinesis_minimum_throughput_billing_commitment_output_status_parse(const char *value)
{
    return (enum awsc_kinesis_minimum_throughput_billing_commitment_output_status)awsc_enum_parse(&T.strings[1433], 3, value);
}

const char *awsc_kinesis_minimum_throughput_billing_commitment_output_status_str(enum awsc_kinesis_minimum_throughput_billing_commitment_output_status value)
{
    return awsc_enum_str(&T.strings[1433], 3, (int)value);
}

enum awsc_kinesis_scaling_type awsc_kinesis_scaling_type_parse(const char *value)
{
    return (enum awsc_kinesis_scaling_type)awsc_enum_parse(&T.strings[1749], 1, value);
}

const char *awsc_kinesis_scaling_type_str(enum awsc_kinesis_scaling_type value)
{
    return awsc_enum_str(&T.strings[1749], 1, (int)value);
}

enum awsc_kinesis_shard_filter_type awsc_kinesis_shard_filter_type_parse(const char *value)
{
    return (enum awsc_kinesis_shard_filter_type)awsc_enum_parse(&T.strings[1847], 6, value);
}

const char *awsc_kinesis_shard_filter_type_str(enum awsc_kinesis_shard_filter_type value)
{
    return awsc_enum_str(&T.strings[1847], 6, (int)value);
}

enum awsc_kinesis_shard_iterator_type awsc_kinesis_shard_iterator_type_parse(const char *value)
{
    return (enum awsc_kinesis_shard_iterator_type)awsc_enum_parse(&T.strings[1934], 5, value);
}

const char *awsc_kinesis_shard_iterator_type_str(enum awsc_kinesis_shard_iterator_type value)
{
    return awsc_enum_str(&T.strings[1934], 5, (int)value);
}

enum awsc_kinesis_stream_mode awsc_kinesis_stream_mode_parse(const char *value)
{
    return (enum awsc_kinesis_stream_mode)awsc_enum_parse(&T.strings[2121], 2, value);
}

const char *awsc_kinesis_stream_mode_str(enum awsc_kinesis_stream_mode value)
{
    return awsc_enum_str(&T.strings[2121], 2, (int)value);
}

enum awsc_kinesis_stream_status awsc_kinesis_stream_status_parse(const char *value)
{
    return (enum awsc_kinesis_stream_status)awsc_enum_parse(&T.strings[2154], 4, value);
}

const char *awsc_kinesis_stream_status_str(enum awsc_kinesis_stream_status value)
{
    return awsc_enum_str(&T.strings[2154], 4, (int)value);
}

#undef PREF
#undef PAGERS
#undef RULES_REF
#undef RULES
#undef SHAPE_NAME
#undef MREF
#undef REF
#undef T
