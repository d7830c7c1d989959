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
    struct awsc_endpoint_static_param static_params[34];
    struct awsc_endpoint_context_param context_params[70];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__kinesis_pagers pagers; /* <awsc/kinesis.h> */
#endif
    struct awsc__kinesis_rules rules;
    struct awsc_shape shapes[158];
    struct awsc_member members[308];
    uint16_t by_wire_name[308];
    struct awsc_range ranges[34];
    char strings[5494];
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
        .name_ref = REF(service.name_ref, strings[5423]),
        .service_id_ref = REF(service.service_id_ref, strings[5431]),
        .full_name_ref = REF(service.full_name_ref, strings[5439]),
        .api_version_ref = REF(service.api_version_ref, strings[5454]),
        .endpoint_prefix_ref = REF(service.endpoint_prefix_ref, strings[5423]),
        .signing_name_ref = REF(service.signing_name_ref, strings[5423]),
        .target_prefix_ref = REF(service.target_prefix_ref, strings[5465]),
        .json_version_ref = REF(service.json_version_ref, strings[5482]),
        .env_name_ref = REF(service.env_name_ref, strings[5486]),
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
            .name_ref = REF(operations[0].name_ref, strings[4669]),
            .http_method_ref = REF(operations[0].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[0].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[0].input_ref, shapes[1]),
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
            .name_ref = REF(operations[1].name_ref, strings[4714]),
            .http_method_ref = REF(operations[1].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[1].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[1].input_ref, shapes[12]),
            .errors_ref = REF(operations[1].errors_ref, op_errors[5]),
            .service_ref = REF(operations[1].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [2] = { /* DecreaseStreamRetentionPeriod */
            .name_ref = REF(operations[2].name_ref, strings[4727]),
            .http_method_ref = REF(operations[2].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[2].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[2].input_ref, shapes[14]),
            .errors_ref = REF(operations[2].errors_ref, op_errors[9]),
            .service_ref = REF(operations[2].service_ref, service),
            .static_params_ref = REF(operations[2].static_params_ref, static_params[1]),
            .context_params_ref = REF(operations[2].context_params_ref, context_params[2]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [3] = { /* DeleteResourcePolicy */
            .name_ref = REF(operations[3].name_ref, strings[4757]),
            .http_method_ref = REF(operations[3].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[3].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[3].input_ref, shapes[15]),
            .errors_ref = REF(operations[3].errors_ref, op_errors[14]),
            .service_ref = REF(operations[3].service_ref, service),
            .static_params_ref = REF(operations[3].static_params_ref, static_params[2]),
            .context_params_ref = REF(operations[3].context_params_ref, context_params[4]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [4] = { /* DeleteStream */
            .name_ref = REF(operations[4].name_ref, strings[4778]),
            .http_method_ref = REF(operations[4].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[4].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[4].input_ref, shapes[16]),
            .errors_ref = REF(operations[4].errors_ref, op_errors[19]),
            .service_ref = REF(operations[4].service_ref, service),
            .static_params_ref = REF(operations[4].static_params_ref, static_params[3]),
            .context_params_ref = REF(operations[4].context_params_ref, context_params[6]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [5] = { /* DeregisterStreamConsumer */
            .name_ref = REF(operations[5].name_ref, strings[4791]),
            .http_method_ref = REF(operations[5].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[5].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[5].input_ref, shapes[17]),
            .errors_ref = REF(operations[5].errors_ref, op_errors[24]),
            .service_ref = REF(operations[5].service_ref, service),
            .static_params_ref = REF(operations[5].static_params_ref, static_params[4]),
            .context_params_ref = REF(operations[5].context_params_ref, context_params[8]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 3,
        },
        [6] = { /* DescribeAccountSettings */
            .name_ref = REF(operations[6].name_ref, strings[4816]),
            .http_method_ref = REF(operations[6].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[6].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[6].input_ref, shapes[18]),
            .output_ref = REF(operations[6].output_ref, shapes[19]),
            .errors_ref = REF(operations[6].errors_ref, op_errors[27]),
            .service_ref = REF(operations[6].service_ref, service),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [7] = { /* DescribeLimits */
            .name_ref = REF(operations[7].name_ref, strings[4840]),
            .http_method_ref = REF(operations[7].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[7].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[7].input_ref, shapes[20]),
            .output_ref = REF(operations[7].output_ref, shapes[21]),
            .errors_ref = REF(operations[7].errors_ref, op_errors[28]),
            .service_ref = REF(operations[7].service_ref, service),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [8] = { /* DescribeStream */
            .name_ref = REF(operations[8].name_ref, strings[4855]),
            .http_method_ref = REF(operations[8].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[8].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[8].input_ref, shapes[24]),
            .output_ref = REF(operations[8].output_ref, shapes[26]),
            .errors_ref = REF(operations[8].errors_ref, op_errors[29]),
            .service_ref = REF(operations[8].service_ref, service),
            .static_params_ref = REF(operations[8].static_params_ref, static_params[5]),
            .context_params_ref = REF(operations[8].context_params_ref, context_params[11]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [9] = { /* DescribeStreamConsumer */
            .name_ref = REF(operations[9].name_ref, strings[4870]),
            .http_method_ref = REF(operations[9].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[9].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[9].input_ref, shapes[22]),
            .output_ref = REF(operations[9].output_ref, shapes[23]),
            .errors_ref = REF(operations[9].errors_ref, op_errors[33]),
            .service_ref = REF(operations[9].service_ref, service),
            .static_params_ref = REF(operations[9].static_params_ref, static_params[6]),
            .context_params_ref = REF(operations[9].context_params_ref, context_params[13]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 3,
        },
        [10] = { /* DescribeStreamSummary */
            .name_ref = REF(operations[10].name_ref, strings[4893]),
            .http_method_ref = REF(operations[10].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[10].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[10].input_ref, shapes[27]),
            .output_ref = REF(operations[10].output_ref, shapes[28]),
            .errors_ref = REF(operations[10].errors_ref, op_errors[36]),
            .service_ref = REF(operations[10].service_ref, service),
            .static_params_ref = REF(operations[10].static_params_ref, static_params[7]),
            .context_params_ref = REF(operations[10].context_params_ref, context_params[16]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [11] = { /* DisableEnhancedMonitoring */
            .name_ref = REF(operations[11].name_ref, strings[4915]),
            .http_method_ref = REF(operations[11].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[11].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[11].input_ref, shapes[29]),
            .output_ref = REF(operations[11].output_ref, shapes[34]),
            .errors_ref = REF(operations[11].errors_ref, op_errors[40]),
            .service_ref = REF(operations[11].service_ref, service),
            .static_params_ref = REF(operations[11].static_params_ref, static_params[8]),
            .context_params_ref = REF(operations[11].context_params_ref, context_params[18]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [12] = { /* EnableEnhancedMonitoring */
            .name_ref = REF(operations[12].name_ref, strings[4941]),
            .http_method_ref = REF(operations[12].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[12].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[12].input_ref, shapes[30]),
            .output_ref = REF(operations[12].output_ref, shapes[34]),
            .errors_ref = REF(operations[12].errors_ref, op_errors[45]),
            .service_ref = REF(operations[12].service_ref, service),
            .static_params_ref = REF(operations[12].static_params_ref, static_params[9]),
            .context_params_ref = REF(operations[12].context_params_ref, context_params[20]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [13] = { /* GetRecords */
            .name_ref = REF(operations[13].name_ref, strings[4966]),
            .http_method_ref = REF(operations[13].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[13].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[13].input_ref, shapes[39]),
            .output_ref = REF(operations[13].output_ref, shapes[41]),
            .errors_ref = REF(operations[13].errors_ref, op_errors[50]),
            .service_ref = REF(operations[13].service_ref, service),
            .static_params_ref = REF(operations[13].static_params_ref, static_params[10]),
            .context_params_ref = REF(operations[13].context_params_ref, context_params[22]),
            .error_count = 12,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [14] = { /* GetResourcePolicy */
            .name_ref = REF(operations[14].name_ref, strings[4982]),
            .http_method_ref = REF(operations[14].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[14].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[14].input_ref, shapes[42]),
            .output_ref = REF(operations[14].output_ref, shapes[43]),
            .errors_ref = REF(operations[14].errors_ref, op_errors[62]),
            .service_ref = REF(operations[14].service_ref, service),
            .static_params_ref = REF(operations[14].static_params_ref, static_params[11]),
            .context_params_ref = REF(operations[14].context_params_ref, context_params[24]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [15] = { /* GetShardIterator */
            .name_ref = REF(operations[15].name_ref, strings[5000]),
            .http_method_ref = REF(operations[15].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[15].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[15].input_ref, shapes[44]),
            .output_ref = REF(operations[15].output_ref, shapes[45]),
            .errors_ref = REF(operations[15].errors_ref, op_errors[67]),
            .service_ref = REF(operations[15].service_ref, service),
            .static_params_ref = REF(operations[15].static_params_ref, static_params[12]),
            .context_params_ref = REF(operations[15].context_params_ref, context_params[26]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [16] = { /* IncreaseStreamRetentionPeriod */
            .name_ref = REF(operations[16].name_ref, strings[5017]),
            .http_method_ref = REF(operations[16].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[16].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[16].input_ref, shapes[48]),
            .errors_ref = REF(operations[16].errors_ref, op_errors[72]),
            .service_ref = REF(operations[16].service_ref, service),
            .static_params_ref = REF(operations[16].static_params_ref, static_params[13]),
            .context_params_ref = REF(operations[16].context_params_ref, context_params[28]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [17] = { /* ListShards */
            .name_ref = REF(operations[17].name_ref, strings[5047]),
            .http_method_ref = REF(operations[17].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[17].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[17].input_ref, shapes[59]),
            .output_ref = REF(operations[17].output_ref, shapes[61]),
            .errors_ref = REF(operations[17].errors_ref, op_errors[77]),
            .service_ref = REF(operations[17].service_ref, service),
            .static_params_ref = REF(operations[17].static_params_ref, static_params[14]),
            .context_params_ref = REF(operations[17].context_params_ref, context_params[30]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [18] = { /* ListStreamConsumers */
            .name_ref = REF(operations[18].name_ref, strings[5058]),
            .http_method_ref = REF(operations[18].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[18].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[18].input_ref, shapes[62]),
            .output_ref = REF(operations[18].output_ref, shapes[64]),
            .errors_ref = REF(operations[18].errors_ref, op_errors[83]),
            .service_ref = REF(operations[18].service_ref, service),
            .static_params_ref = REF(operations[18].static_params_ref, static_params[15]),
            .context_params_ref = REF(operations[18].context_params_ref, context_params[32]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [19] = { /* ListStreams */
            .name_ref = REF(operations[19].name_ref, strings[5078]),
            .http_method_ref = REF(operations[19].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[19].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[19].input_ref, shapes[65]),
            .output_ref = REF(operations[19].output_ref, shapes[67]),
            .errors_ref = REF(operations[19].errors_ref, op_errors[88]),
            .service_ref = REF(operations[19].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [20] = { /* ListTagsForResource */
            .name_ref = REF(operations[20].name_ref, strings[5090]),
            .http_method_ref = REF(operations[20].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[20].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[20].input_ref, shapes[68]),
            .output_ref = REF(operations[20].output_ref, shapes[69]),
            .errors_ref = REF(operations[20].errors_ref, op_errors[91]),
            .service_ref = REF(operations[20].service_ref, service),
            .static_params_ref = REF(operations[20].static_params_ref, static_params[16]),
            .context_params_ref = REF(operations[20].context_params_ref, context_params[34]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [21] = { /* ListTagsForStream */
            .name_ref = REF(operations[21].name_ref, strings[5110]),
            .http_method_ref = REF(operations[21].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[21].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[21].input_ref, shapes[70]),
            .output_ref = REF(operations[21].output_ref, shapes[72]),
            .errors_ref = REF(operations[21].errors_ref, op_errors[96]),
            .service_ref = REF(operations[21].service_ref, service),
            .static_params_ref = REF(operations[21].static_params_ref, static_params[17]),
            .context_params_ref = REF(operations[21].context_params_ref, context_params[36]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [22] = { /* MergeShards */
            .name_ref = REF(operations[22].name_ref, strings[5128]),
            .http_method_ref = REF(operations[22].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[22].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[22].input_ref, shapes[74]),
            .errors_ref = REF(operations[22].errors_ref, op_errors[100]),
            .service_ref = REF(operations[22].service_ref, service),
            .static_params_ref = REF(operations[22].static_params_ref, static_params[18]),
            .context_params_ref = REF(operations[22].context_params_ref, context_params[38]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [23] = { /* PutRecord */
            .name_ref = REF(operations[23].name_ref, strings[5140]),
            .http_method_ref = REF(operations[23].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[23].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[23].input_ref, shapes[90]),
            .output_ref = REF(operations[23].output_ref, shapes[91]),
            .errors_ref = REF(operations[23].errors_ref, op_errors[106]),
            .service_ref = REF(operations[23].service_ref, service),
            .static_params_ref = REF(operations[23].static_params_ref, static_params[19]),
            .context_params_ref = REF(operations[23].context_params_ref, context_params[40]),
            .error_count = 11,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [24] = { /* PutRecords */
            .name_ref = REF(operations[24].name_ref, strings[5150]),
            .http_method_ref = REF(operations[24].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[24].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[24].input_ref, shapes[92]),
            .output_ref = REF(operations[24].output_ref, shapes[93]),
            .errors_ref = REF(operations[24].errors_ref, op_errors[117]),
            .service_ref = REF(operations[24].service_ref, service),
            .static_params_ref = REF(operations[24].static_params_ref, static_params[20]),
            .context_params_ref = REF(operations[24].context_params_ref, context_params[42]),
            .error_count = 11,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [25] = { /* PutResourcePolicy */
            .name_ref = REF(operations[25].name_ref, strings[5161]),
            .http_method_ref = REF(operations[25].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[25].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[25].input_ref, shapes[98]),
            .errors_ref = REF(operations[25].errors_ref, op_errors[128]),
            .service_ref = REF(operations[25].service_ref, service),
            .static_params_ref = REF(operations[25].static_params_ref, static_params[21]),
            .context_params_ref = REF(operations[25].context_params_ref, context_params[44]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [26] = { /* RegisterStreamConsumer */
            .name_ref = REF(operations[26].name_ref, strings[5179]),
            .http_method_ref = REF(operations[26].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[26].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[26].input_ref, shapes[101]),
            .output_ref = REF(operations[26].output_ref, shapes[102]),
            .errors_ref = REF(operations[26].errors_ref, op_errors[133]),
            .service_ref = REF(operations[26].service_ref, service),
            .static_params_ref = REF(operations[26].static_params_ref, static_params[22]),
            .context_params_ref = REF(operations[26].context_params_ref, context_params[46]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [27] = { /* RemoveTagsFromStream */
            .name_ref = REF(operations[27].name_ref, strings[5202]),
            .http_method_ref = REF(operations[27].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[27].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[27].input_ref, shapes[103]),
            .errors_ref = REF(operations[27].errors_ref, op_errors[137]),
            .service_ref = REF(operations[27].service_ref, service),
            .static_params_ref = REF(operations[27].static_params_ref, static_params[23]),
            .context_params_ref = REF(operations[27].context_params_ref, context_params[48]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [28] = { /* SplitShard */
            .name_ref = REF(operations[28].name_ref, strings[5223]),
            .http_method_ref = REF(operations[28].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[28].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[28].input_ref, shapes[120]),
            .errors_ref = REF(operations[28].errors_ref, op_errors[142]),
            .service_ref = REF(operations[28].service_ref, service),
            .static_params_ref = REF(operations[28].static_params_ref, static_params[24]),
            .context_params_ref = REF(operations[28].context_params_ref, context_params[50]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [29] = { /* StartStreamEncryption */
            .name_ref = REF(operations[29].name_ref, strings[5234]),
            .http_method_ref = REF(operations[29].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[29].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[29].input_ref, shapes[121]),
            .errors_ref = REF(operations[29].errors_ref, op_errors[148]),
            .service_ref = REF(operations[29].service_ref, service),
            .static_params_ref = REF(operations[29].static_params_ref, static_params[25]),
            .context_params_ref = REF(operations[29].context_params_ref, context_params[52]),
            .error_count = 11,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [30] = { /* StopStreamEncryption */
            .name_ref = REF(operations[30].name_ref, strings[5256]),
            .http_method_ref = REF(operations[30].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[30].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[30].input_ref, shapes[123]),
            .errors_ref = REF(operations[30].errors_ref, op_errors[159]),
            .service_ref = REF(operations[30].service_ref, service),
            .static_params_ref = REF(operations[30].static_params_ref, static_params[26]),
            .context_params_ref = REF(operations[30].context_params_ref, context_params[54]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [31] = { /* SubscribeToShard */
            .name_ref = REF(operations[31].name_ref, strings[5277]),
            .http_method_ref = REF(operations[31].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[31].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[31].input_ref, shapes[137]),
            .output_ref = REF(operations[31].output_ref, shapes[138]),
            .errors_ref = REF(operations[31].errors_ref, op_errors[164]),
            .service_ref = REF(operations[31].service_ref, service),
            .static_params_ref = REF(operations[31].static_params_ref, static_params[27]),
            .context_params_ref = REF(operations[31].context_params_ref, context_params[56]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [32] = { /* TagResource */
            .name_ref = REF(operations[32].name_ref, strings[5294]),
            .http_method_ref = REF(operations[32].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[32].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[32].input_ref, shapes[144]),
            .errors_ref = REF(operations[32].errors_ref, op_errors[169]),
            .service_ref = REF(operations[32].service_ref, service),
            .static_params_ref = REF(operations[32].static_params_ref, static_params[28]),
            .context_params_ref = REF(operations[32].context_params_ref, context_params[58]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [33] = { /* UntagResource */
            .name_ref = REF(operations[33].name_ref, strings[5306]),
            .http_method_ref = REF(operations[33].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[33].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[33].input_ref, shapes[147]),
            .errors_ref = REF(operations[33].errors_ref, op_errors[174]),
            .service_ref = REF(operations[33].service_ref, service),
            .static_params_ref = REF(operations[33].static_params_ref, static_params[29]),
            .context_params_ref = REF(operations[33].context_params_ref, context_params[60]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [34] = { /* UpdateAccountSettings */
            .name_ref = REF(operations[34].name_ref, strings[5320]),
            .http_method_ref = REF(operations[34].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[34].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[34].input_ref, shapes[148]),
            .output_ref = REF(operations[34].output_ref, shapes[149]),
            .errors_ref = REF(operations[34].errors_ref, op_errors[179]),
            .service_ref = REF(operations[34].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [35] = { /* UpdateMaxRecordSize */
            .name_ref = REF(operations[35].name_ref, strings[5342]),
            .http_method_ref = REF(operations[35].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[35].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[35].input_ref, shapes[150]),
            .errors_ref = REF(operations[35].errors_ref, op_errors[182]),
            .service_ref = REF(operations[35].service_ref, service),
            .static_params_ref = REF(operations[35].static_params_ref, static_params[30]),
            .context_params_ref = REF(operations[35].context_params_ref, context_params[62]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [36] = { /* UpdateShardCount */
            .name_ref = REF(operations[36].name_ref, strings[5362]),
            .http_method_ref = REF(operations[36].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[36].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[36].input_ref, shapes[151]),
            .output_ref = REF(operations[36].output_ref, shapes[152]),
            .errors_ref = REF(operations[36].errors_ref, op_errors[188]),
            .service_ref = REF(operations[36].service_ref, service),
            .static_params_ref = REF(operations[36].static_params_ref, static_params[31]),
            .context_params_ref = REF(operations[36].context_params_ref, context_params[64]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [37] = { /* UpdateStreamMode */
            .name_ref = REF(operations[37].name_ref, strings[5379]),
            .http_method_ref = REF(operations[37].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[37].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[37].input_ref, shapes[153]),
            .errors_ref = REF(operations[37].errors_ref, op_errors[194]),
            .service_ref = REF(operations[37].service_ref, service),
            .static_params_ref = REF(operations[37].static_params_ref, static_params[32]),
            .context_params_ref = REF(operations[37].context_params_ref, context_params[66]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
        [38] = { /* UpdateStreamWarmThroughput */
            .name_ref = REF(operations[38].name_ref, strings[5396]),
            .http_method_ref = REF(operations[38].http_method_ref, strings[4685]),
            .request_uri_ref = REF(operations[38].request_uri_ref, strings[4690]),
            .input_ref = REF(operations[38].input_ref, shapes[154]),
            .output_ref = REF(operations[38].output_ref, shapes[155]),
            .errors_ref = REF(operations[38].errors_ref, op_errors[199]),
            .service_ref = REF(operations[38].service_ref, service),
            .static_params_ref = REF(operations[38].static_params_ref, static_params[33]),
            .context_params_ref = REF(operations[38].context_params_ref, context_params[68]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
            .static_param_count = 1,
            .context_param_count = 2,
        },
    },
    /* each operation's modeled errors */
    .op_errors = {
        REF(op_errors[0], shapes[0]),
        REF(op_errors[1], shapes[50]),
        REF(op_errors[2], shapes[58]),
        REF(op_errors[3], shapes[105]),
        REF(op_errors[4], shapes[106]),
        REF(op_errors[5], shapes[50]),
        REF(op_errors[6], shapes[58]),
        REF(op_errors[7], shapes[105]),
        REF(op_errors[8], shapes[156]),
        REF(op_errors[9], shapes[0]),
        REF(op_errors[10], shapes[50]),
        REF(op_errors[11], shapes[58]),
        REF(op_errors[12], shapes[105]),
        REF(op_errors[13], shapes[106]),
        REF(op_errors[14], shapes[0]),
        REF(op_errors[15], shapes[50]),
        REF(op_errors[16], shapes[58]),
        REF(op_errors[17], shapes[105]),
        REF(op_errors[18], shapes[106]),
        REF(op_errors[19], shapes[0]),
        REF(op_errors[20], shapes[50]),
        REF(op_errors[21], shapes[58]),
        REF(op_errors[22], shapes[105]),
        REF(op_errors[23], shapes[106]),
        REF(op_errors[24], shapes[50]),
        REF(op_errors[25], shapes[58]),
        REF(op_errors[26], shapes[106]),
        REF(op_errors[27], shapes[58]),
        REF(op_errors[28], shapes[58]),
        REF(op_errors[29], shapes[0]),
        REF(op_errors[30], shapes[50]),
        REF(op_errors[31], shapes[58]),
        REF(op_errors[32], shapes[106]),
        REF(op_errors[33], shapes[50]),
        REF(op_errors[34], shapes[58]),
        REF(op_errors[35], shapes[106]),
        REF(op_errors[36], shapes[0]),
        REF(op_errors[37], shapes[50]),
        REF(op_errors[38], shapes[58]),
        REF(op_errors[39], shapes[106]),
        REF(op_errors[40], shapes[0]),
        REF(op_errors[41], shapes[50]),
        REF(op_errors[42], shapes[58]),
        REF(op_errors[43], shapes[105]),
        REF(op_errors[44], shapes[106]),
        REF(op_errors[45], shapes[0]),
        REF(op_errors[46], shapes[50]),
        REF(op_errors[47], shapes[58]),
        REF(op_errors[48], shapes[105]),
        REF(op_errors[49], shapes[106]),
        REF(op_errors[50], shapes[0]),
        REF(op_errors[51], shapes[37]),
        REF(op_errors[52], shapes[49]),
        REF(op_errors[53], shapes[50]),
        REF(op_errors[54], shapes[51]),
        REF(op_errors[55], shapes[52]),
        REF(op_errors[56], shapes[53]),
        REF(op_errors[57], shapes[54]),
        REF(op_errors[58], shapes[55]),
        REF(op_errors[59], shapes[56]),
        REF(op_errors[60], shapes[89]),
        REF(op_errors[61], shapes[106]),
        REF(op_errors[62], shapes[0]),
        REF(op_errors[63], shapes[50]),
        REF(op_errors[64], shapes[58]),
        REF(op_errors[65], shapes[105]),
        REF(op_errors[66], shapes[106]),
        REF(op_errors[67], shapes[0]),
        REF(op_errors[68], shapes[49]),
        REF(op_errors[69], shapes[50]),
        REF(op_errors[70], shapes[89]),
        REF(op_errors[71], shapes[106]),
        REF(op_errors[72], shapes[0]),
        REF(op_errors[73], shapes[50]),
        REF(op_errors[74], shapes[58]),
        REF(op_errors[75], shapes[105]),
        REF(op_errors[76], shapes[106]),
        REF(op_errors[77], shapes[0]),
        REF(op_errors[78], shapes[38]),
        REF(op_errors[79], shapes[50]),
        REF(op_errors[80], shapes[58]),
        REF(op_errors[81], shapes[105]),
        REF(op_errors[82], shapes[106]),
        REF(op_errors[83], shapes[38]),
        REF(op_errors[84], shapes[50]),
        REF(op_errors[85], shapes[58]),
        REF(op_errors[86], shapes[105]),
        REF(op_errors[87], shapes[106]),
        REF(op_errors[88], shapes[38]),
        REF(op_errors[89], shapes[50]),
        REF(op_errors[90], shapes[58]),
        REF(op_errors[91], shapes[0]),
        REF(op_errors[92], shapes[50]),
        REF(op_errors[93], shapes[58]),
        REF(op_errors[94], shapes[105]),
        REF(op_errors[95], shapes[106]),
        REF(op_errors[96], shapes[0]),
        REF(op_errors[97], shapes[50]),
        REF(op_errors[98], shapes[58]),
        REF(op_errors[99], shapes[106]),
        REF(op_errors[100], shapes[0]),
        REF(op_errors[101], shapes[50]),
        REF(op_errors[102], shapes[58]),
        REF(op_errors[103], shapes[105]),
        REF(op_errors[104], shapes[106]),
        REF(op_errors[105], shapes[156]),
        REF(op_errors[106], shapes[0]),
        REF(op_errors[107], shapes[49]),
        REF(op_errors[108], shapes[50]),
        REF(op_errors[109], shapes[51]),
        REF(op_errors[110], shapes[52]),
        REF(op_errors[111], shapes[53]),
        REF(op_errors[112], shapes[54]),
        REF(op_errors[113], shapes[55]),
        REF(op_errors[114], shapes[56]),
        REF(op_errors[115], shapes[89]),
        REF(op_errors[116], shapes[106]),
        REF(op_errors[117], shapes[0]),
        REF(op_errors[118], shapes[49]),
        REF(op_errors[119], shapes[50]),
        REF(op_errors[120], shapes[51]),
        REF(op_errors[121], shapes[52]),
        REF(op_errors[122], shapes[53]),
        REF(op_errors[123], shapes[54]),
        REF(op_errors[124], shapes[55]),
        REF(op_errors[125], shapes[56]),
        REF(op_errors[126], shapes[89]),
        REF(op_errors[127], shapes[106]),
        REF(op_errors[128], shapes[0]),
        REF(op_errors[129], shapes[50]),
        REF(op_errors[130], shapes[58]),
        REF(op_errors[131], shapes[105]),
        REF(op_errors[132], shapes[106]),
        REF(op_errors[133], shapes[50]),
        REF(op_errors[134], shapes[58]),
        REF(op_errors[135], shapes[105]),
        REF(op_errors[136], shapes[106]),
        REF(op_errors[137], shapes[0]),
        REF(op_errors[138], shapes[50]),
        REF(op_errors[139], shapes[58]),
        REF(op_errors[140], shapes[105]),
        REF(op_errors[141], shapes[106]),
        REF(op_errors[142], shapes[0]),
        REF(op_errors[143], shapes[50]),
        REF(op_errors[144], shapes[58]),
        REF(op_errors[145], shapes[105]),
        REF(op_errors[146], shapes[106]),
        REF(op_errors[147], shapes[156]),
        REF(op_errors[148], shapes[0]),
        REF(op_errors[149], shapes[50]),
        REF(op_errors[150], shapes[51]),
        REF(op_errors[151], shapes[52]),
        REF(op_errors[152], shapes[53]),
        REF(op_errors[153], shapes[54]),
        REF(op_errors[154], shapes[55]),
        REF(op_errors[155], shapes[56]),
        REF(op_errors[156], shapes[58]),
        REF(op_errors[157], shapes[105]),
        REF(op_errors[158], shapes[106]),
        REF(op_errors[159], shapes[0]),
        REF(op_errors[160], shapes[50]),
        REF(op_errors[161], shapes[58]),
        REF(op_errors[162], shapes[105]),
        REF(op_errors[163], shapes[106]),
        REF(op_errors[164], shapes[0]),
        REF(op_errors[165], shapes[50]),
        REF(op_errors[166], shapes[58]),
        REF(op_errors[167], shapes[105]),
        REF(op_errors[168], shapes[106]),
        REF(op_errors[169], shapes[0]),
        REF(op_errors[170], shapes[50]),
        REF(op_errors[171], shapes[58]),
        REF(op_errors[172], shapes[105]),
        REF(op_errors[173], shapes[106]),
        REF(op_errors[174], shapes[0]),
        REF(op_errors[175], shapes[50]),
        REF(op_errors[176], shapes[58]),
        REF(op_errors[177], shapes[105]),
        REF(op_errors[178], shapes[106]),
        REF(op_errors[179], shapes[50]),
        REF(op_errors[180], shapes[58]),
        REF(op_errors[181], shapes[156]),
        REF(op_errors[182], shapes[0]),
        REF(op_errors[183], shapes[50]),
        REF(op_errors[184], shapes[58]),
        REF(op_errors[185], shapes[105]),
        REF(op_errors[186], shapes[106]),
        REF(op_errors[187], shapes[156]),
        REF(op_errors[188], shapes[0]),
        REF(op_errors[189], shapes[50]),
        REF(op_errors[190], shapes[58]),
        REF(op_errors[191], shapes[105]),
        REF(op_errors[192], shapes[106]),
        REF(op_errors[193], shapes[156]),
        REF(op_errors[194], shapes[50]),
        REF(op_errors[195], shapes[58]),
        REF(op_errors[196], shapes[105]),
        REF(op_errors[197], shapes[106]),
        REF(op_errors[198], shapes[156]),
        REF(op_errors[199], shapes[0]),
        REF(op_errors[200], shapes[50]),
        REF(op_errors[201], shapes[58]),
        REF(op_errors[202], shapes[105]),
        REF(op_errors[203], shapes[106]),
        REF(op_errors[204], shapes[156]),
    },
    /* every modeled error of the service, sorted by its code on the wire */
    .service_errors = {
        REF(service_errors[0], shapes[0]),
        REF(service_errors[1], shapes[37]),
        REF(service_errors[2], shapes[38]),
        REF(service_errors[3], shapes[49]),
        REF(service_errors[4], shapes[50]),
        REF(service_errors[5], shapes[51]),
        REF(service_errors[6], shapes[52]),
        REF(service_errors[7], shapes[53]),
        REF(service_errors[8], shapes[54]),
        REF(service_errors[9], shapes[55]),
        REF(service_errors[10], shapes[56]),
        REF(service_errors[11], shapes[58]),
        REF(service_errors[12], shapes[89]),
        REF(service_errors[13], shapes[105]),
        REF(service_errors[14], shapes[106]),
        REF(service_errors[15], shapes[156]),
    },
    /* staticContextParams: name, value (a string, or count strings one
     * after the other), count, type, boolean */
    .static_params = {
        {REF(static_params[0].name_ref, strings[4692]), REF(static_params[0].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[1].name_ref, strings[4692]), REF(static_params[1].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[2].name_ref, strings[4692]), REF(static_params[2].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[3].name_ref, strings[4692]), REF(static_params[3].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[4].name_ref, strings[4692]), REF(static_params[4].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[5].name_ref, strings[4692]), REF(static_params[5].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[6].name_ref, strings[4692]), REF(static_params[6].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[7].name_ref, strings[4692]), REF(static_params[7].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[8].name_ref, strings[4692]), REF(static_params[8].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[9].name_ref, strings[4692]), REF(static_params[9].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[10].name_ref, strings[4692]), REF(static_params[10].value_ref, strings[4977]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[11].name_ref, strings[4692]), REF(static_params[11].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[12].name_ref, strings[4692]), REF(static_params[12].value_ref, strings[4977]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[13].name_ref, strings[4692]), REF(static_params[13].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[14].name_ref, strings[4692]), REF(static_params[14].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[15].name_ref, strings[4692]), REF(static_params[15].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[16].name_ref, strings[4692]), REF(static_params[16].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[17].name_ref, strings[4692]), REF(static_params[17].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[18].name_ref, strings[4692]), REF(static_params[18].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[19].name_ref, strings[4692]), REF(static_params[19].value_ref, strings[4977]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[20].name_ref, strings[4692]), REF(static_params[20].value_ref, strings[4977]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[21].name_ref, strings[4692]), REF(static_params[21].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[22].name_ref, strings[4692]), REF(static_params[22].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[23].name_ref, strings[4692]), REF(static_params[23].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[24].name_ref, strings[4692]), REF(static_params[24].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[25].name_ref, strings[4692]), REF(static_params[25].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[26].name_ref, strings[4692]), REF(static_params[26].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[27].name_ref, strings[4692]), REF(static_params[27].value_ref, strings[4977]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[28].name_ref, strings[4692]), REF(static_params[28].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[29].name_ref, strings[4692]), REF(static_params[29].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[30].name_ref, strings[4692]), REF(static_params[30].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[31].name_ref, strings[4692]), REF(static_params[31].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[32].name_ref, strings[4692]), REF(static_params[32].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
        {REF(static_params[33].name_ref, strings[4692]), REF(static_params[33].value_ref, strings[4706]), 0, AWSC_EP_PARAM_STRING, false},
    },
    /* contextParam members and operationContextParams: parameter name,
     * member name, expression, member index */
    .context_params = {
        {REF(context_params[0].name_ref, strings[67]), REF(context_params[0].member_ref, strings[67]), 0, 2},
        {REF(context_params[1].name_ref, strings[77]), REF(context_params[1].member_ref, strings[77]), 0, 3},
        {REF(context_params[2].name_ref, strings[67]), REF(context_params[2].member_ref, strings[67]), 0, 2},
        {REF(context_params[3].name_ref, strings[77]), REF(context_params[3].member_ref, strings[77]), 0, 3},
        {REF(context_params[4].name_ref, strings[486]), REF(context_params[4].member_ref, strings[486]), 0, 0},
        {REF(context_params[5].name_ref, strings[77]), REF(context_params[5].member_ref, strings[77]), 0, 1},
        {REF(context_params[6].name_ref, strings[67]), REF(context_params[6].member_ref, strings[67]), 0, 2},
        {REF(context_params[7].name_ref, strings[77]), REF(context_params[7].member_ref, strings[77]), 0, 3},
        {REF(context_params[8].name_ref, strings[67]), REF(context_params[8].member_ref, strings[67]), 0, 0},
        {REF(context_params[9].name_ref, strings[182]), REF(context_params[9].member_ref, strings[182]), 0, 2},
        {REF(context_params[10].name_ref, strings[77]), REF(context_params[10].member_ref, strings[77]), 0, 3},
        {REF(context_params[11].name_ref, strings[67]), REF(context_params[11].member_ref, strings[67]), 0, 3},
        {REF(context_params[12].name_ref, strings[77]), REF(context_params[12].member_ref, strings[77]), 0, 4},
        {REF(context_params[13].name_ref, strings[67]), REF(context_params[13].member_ref, strings[67]), 0, 0},
        {REF(context_params[14].name_ref, strings[182]), REF(context_params[14].member_ref, strings[182]), 0, 2},
        {REF(context_params[15].name_ref, strings[77]), REF(context_params[15].member_ref, strings[77]), 0, 3},
        {REF(context_params[16].name_ref, strings[67]), REF(context_params[16].member_ref, strings[67]), 0, 1},
        {REF(context_params[17].name_ref, strings[77]), REF(context_params[17].member_ref, strings[77]), 0, 2},
        {REF(context_params[18].name_ref, strings[67]), REF(context_params[18].member_ref, strings[67]), 0, 2},
        {REF(context_params[19].name_ref, strings[77]), REF(context_params[19].member_ref, strings[77]), 0, 3},
        {REF(context_params[20].name_ref, strings[67]), REF(context_params[20].member_ref, strings[67]), 0, 2},
        {REF(context_params[21].name_ref, strings[77]), REF(context_params[21].member_ref, strings[77]), 0, 3},
        {REF(context_params[22].name_ref, strings[67]), REF(context_params[22].member_ref, strings[67]), 0, 2},
        {REF(context_params[23].name_ref, strings[77]), REF(context_params[23].member_ref, strings[77]), 0, 3},
        {REF(context_params[24].name_ref, strings[486]), REF(context_params[24].member_ref, strings[486]), 0, 0},
        {REF(context_params[25].name_ref, strings[77]), REF(context_params[25].member_ref, strings[77]), 0, 1},
        {REF(context_params[26].name_ref, strings[67]), REF(context_params[26].member_ref, strings[67]), 0, 5},
        {REF(context_params[27].name_ref, strings[77]), REF(context_params[27].member_ref, strings[77]), 0, 6},
        {REF(context_params[28].name_ref, strings[67]), REF(context_params[28].member_ref, strings[67]), 0, 2},
        {REF(context_params[29].name_ref, strings[77]), REF(context_params[29].member_ref, strings[77]), 0, 3},
        {REF(context_params[30].name_ref, strings[67]), REF(context_params[30].member_ref, strings[67]), 0, 6},
        {REF(context_params[31].name_ref, strings[77]), REF(context_params[31].member_ref, strings[77]), 0, 7},
        {REF(context_params[32].name_ref, strings[67]), REF(context_params[32].member_ref, strings[67]), 0, 0},
        {REF(context_params[33].name_ref, strings[77]), REF(context_params[33].member_ref, strings[77]), 0, 4},
        {REF(context_params[34].name_ref, strings[486]), REF(context_params[34].member_ref, strings[486]), 0, 0},
        {REF(context_params[35].name_ref, strings[77]), REF(context_params[35].member_ref, strings[77]), 0, 1},
        {REF(context_params[36].name_ref, strings[67]), REF(context_params[36].member_ref, strings[67]), 0, 3},
        {REF(context_params[37].name_ref, strings[77]), REF(context_params[37].member_ref, strings[77]), 0, 4},
        {REF(context_params[38].name_ref, strings[67]), REF(context_params[38].member_ref, strings[67]), 0, 3},
        {REF(context_params[39].name_ref, strings[77]), REF(context_params[39].member_ref, strings[77]), 0, 4},
        {REF(context_params[40].name_ref, strings[67]), REF(context_params[40].member_ref, strings[67]), 0, 5},
        {REF(context_params[41].name_ref, strings[77]), REF(context_params[41].member_ref, strings[77]), 0, 6},
        {REF(context_params[42].name_ref, strings[67]), REF(context_params[42].member_ref, strings[67]), 0, 2},
        {REF(context_params[43].name_ref, strings[77]), REF(context_params[43].member_ref, strings[77]), 0, 3},
        {REF(context_params[44].name_ref, strings[486]), REF(context_params[44].member_ref, strings[486]), 0, 0},
        {REF(context_params[45].name_ref, strings[77]), REF(context_params[45].member_ref, strings[77]), 0, 1},
        {REF(context_params[46].name_ref, strings[67]), REF(context_params[46].member_ref, strings[67]), 0, 0},
        {REF(context_params[47].name_ref, strings[77]), REF(context_params[47].member_ref, strings[77]), 0, 2},
        {REF(context_params[48].name_ref, strings[67]), REF(context_params[48].member_ref, strings[67]), 0, 2},
        {REF(context_params[49].name_ref, strings[77]), REF(context_params[49].member_ref, strings[77]), 0, 3},
        {REF(context_params[50].name_ref, strings[67]), REF(context_params[50].member_ref, strings[67]), 0, 3},
        {REF(context_params[51].name_ref, strings[77]), REF(context_params[51].member_ref, strings[77]), 0, 4},
        {REF(context_params[52].name_ref, strings[67]), REF(context_params[52].member_ref, strings[67]), 0, 3},
        {REF(context_params[53].name_ref, strings[77]), REF(context_params[53].member_ref, strings[77]), 0, 4},
        {REF(context_params[54].name_ref, strings[67]), REF(context_params[54].member_ref, strings[67]), 0, 3},
        {REF(context_params[55].name_ref, strings[77]), REF(context_params[55].member_ref, strings[77]), 0, 4},
        {REF(context_params[56].name_ref, strings[182]), REF(context_params[56].member_ref, strings[182]), 0, 0},
        {REF(context_params[57].name_ref, strings[77]), REF(context_params[57].member_ref, strings[77]), 0, 1},
        {REF(context_params[58].name_ref, strings[486]), REF(context_params[58].member_ref, strings[486]), 0, 1},
        {REF(context_params[59].name_ref, strings[77]), REF(context_params[59].member_ref, strings[77]), 0, 2},
        {REF(context_params[60].name_ref, strings[486]), REF(context_params[60].member_ref, strings[486]), 0, 1},
        {REF(context_params[61].name_ref, strings[77]), REF(context_params[61].member_ref, strings[77]), 0, 2},
        {REF(context_params[62].name_ref, strings[67]), REF(context_params[62].member_ref, strings[67]), 0, 0},
        {REF(context_params[63].name_ref, strings[77]), REF(context_params[63].member_ref, strings[77]), 0, 1},
        {REF(context_params[64].name_ref, strings[67]), REF(context_params[64].member_ref, strings[67]), 0, 3},
        {REF(context_params[65].name_ref, strings[77]), REF(context_params[65].member_ref, strings[77]), 0, 4},
        {REF(context_params[66].name_ref, strings[67]), REF(context_params[66].member_ref, strings[67]), 0, 0},
        {REF(context_params[67].name_ref, strings[77]), REF(context_params[67].member_ref, strings[77]), 0, 1},
        {REF(context_params[68].name_ref, strings[67]), REF(context_params[68].member_ref, strings[67]), 0, 0},
        {REF(context_params[69].name_ref, strings[77]), REF(context_params[69].member_ref, strings[77]), 0, 2},
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
    .shapes = {
        [0] = { /* AccessDeniedException */
            .name_ref = REF(shapes[0].name_ref, strings[0]),
            .u.structure.members_ref = REF(shapes[0].u.structure.members_ref, members[0]),
            .u.structure.by_wire_name_ref = REF(shapes[0].u.structure.by_wire_name_ref, by_wire_name[0]),
            .u.structure.error_code_ref = REF(shapes[0].u.structure.error_code_ref, strings[0]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_kinesis_access_denied_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [1] = { /* AddTagsToStreamInput */
            .name_ref = REF(shapes[1].name_ref, strings[30]),
            .u.structure.members_ref = REF(shapes[1].u.structure.members_ref, members[1]),
            .u.structure.by_wire_name_ref = REF(shapes[1].u.structure.by_wire_name_ref, by_wire_name[1]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_add_tags_to_stream_input),
            .u.structure.member_count = 4,
        },
        [2] = { /* BooleanObject */
            .name_ref = REF(shapes[2].name_ref, strings[86]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [3] = { /* ChildShard */
            .name_ref = REF(shapes[3].name_ref, strings[100]),
            .u.structure.members_ref = REF(shapes[3].u.structure.members_ref, members[5]),
            .u.structure.by_wire_name_ref = REF(shapes[3].u.structure.by_wire_name_ref, by_wire_name[5]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_child_shard),
            .u.structure.member_count = 3,
        },
        [4] = { /* ChildShardList */
            .name_ref = REF(shapes[4].name_ref, strings[145]),
            .u.collection.item_ref = REF(shapes[4].u.collection.item_ref, shapes[3]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_kinesis_child_shard_list),
        },
        [5] = { /* Consumer */
            .name_ref = REF(shapes[5].name_ref, strings[160]),
            .u.structure.members_ref = REF(shapes[5].u.structure.members_ref, members[8]),
            .u.structure.by_wire_name_ref = REF(shapes[5].u.structure.by_wire_name_ref, by_wire_name[8]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_consumer),
            .u.structure.member_count = 4,
        },
        [6] = { /* ConsumerARN */
            .name_ref = REF(shapes[6].name_ref, strings[182]),
            .range_ref = REF(shapes[6].range_ref, ranges[0]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [7] = { /* ConsumerCountObject */
            .name_ref = REF(shapes[7].name_ref, strings[235]),
            .range_ref = REF(shapes[7].range_ref, ranges[1]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [8] = { /* ConsumerDescription */
            .name_ref = REF(shapes[8].name_ref, strings[255]),
            .u.structure.members_ref = REF(shapes[8].u.structure.members_ref, members[12]),
            .u.structure.by_wire_name_ref = REF(shapes[8].u.structure.by_wire_name_ref, by_wire_name[12]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_consumer_description),
            .u.structure.member_count = 5,
        },
        [9] = { /* ConsumerList */
            .name_ref = REF(shapes[9].name_ref, strings[275]),
            .u.collection.item_ref = REF(shapes[9].u.collection.item_ref, shapes[5]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_kinesis_consumer_list),
        },
        [10] = { /* ConsumerName */
            .name_ref = REF(shapes[10].name_ref, strings[169]),
            .range_ref = REF(shapes[10].range_ref, ranges[2]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [11] = { /* ConsumerStatus */
            .name_ref = REF(shapes[11].name_ref, strings[194]),
            .u.string.enum_values_ref = REF(shapes[11].u.string.enum_values_ref, strings[288]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [12] = { /* CreateStreamInput */
            .name_ref = REF(shapes[12].name_ref, strings[313]),
            .u.structure.members_ref = REF(shapes[12].u.structure.members_ref, members[17]),
            .u.structure.by_wire_name_ref = REF(shapes[12].u.structure.by_wire_name_ref, by_wire_name[17]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_create_stream_input),
            .u.structure.member_count = 6,
        },
        [13] = { /* Data */
            .name_ref = REF(shapes[13].name_ref, strings[399]),
            .range_ref = REF(shapes[13].range_ref, ranges[3]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [14] = { /* DecreaseStreamRetentionPeriodInput */
            .name_ref = REF(shapes[14].name_ref, strings[404]),
            .u.structure.members_ref = REF(shapes[14].u.structure.members_ref, members[23]),
            .u.structure.by_wire_name_ref = REF(shapes[14].u.structure.by_wire_name_ref, by_wire_name[23]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_decrease_stream_retention_period_input),
            .u.structure.member_count = 4,
        },
        [15] = { /* DeleteResourcePolicyInput */
            .name_ref = REF(shapes[15].name_ref, strings[460]),
            .u.structure.members_ref = REF(shapes[15].u.structure.members_ref, members[27]),
            .u.structure.by_wire_name_ref = REF(shapes[15].u.structure.by_wire_name_ref, by_wire_name[27]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_delete_resource_policy_input),
            .u.structure.member_count = 2,
        },
        [16] = { /* DeleteStreamInput */
            .name_ref = REF(shapes[16].name_ref, strings[498]),
            .u.structure.members_ref = REF(shapes[16].u.structure.members_ref, members[29]),
            .u.structure.by_wire_name_ref = REF(shapes[16].u.structure.by_wire_name_ref, by_wire_name[29]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_delete_stream_input),
            .u.structure.member_count = 4,
        },
        [17] = { /* DeregisterStreamConsumerInput */
            .name_ref = REF(shapes[17].name_ref, strings[540]),
            .u.structure.members_ref = REF(shapes[17].u.structure.members_ref, members[33]),
            .u.structure.by_wire_name_ref = REF(shapes[17].u.structure.by_wire_name_ref, by_wire_name[33]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_deregister_stream_consumer_input),
            .u.structure.member_count = 4,
        },
        [18] = { /* DescribeAccountSettingsInput */
            .name_ref = REF(shapes[18].name_ref, strings[570]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_describe_account_settings_input),
        },
        [19] = { /* DescribeAccountSettingsOutput */
            .name_ref = REF(shapes[19].name_ref, strings[599]),
            .u.structure.members_ref = REF(shapes[19].u.structure.members_ref, members[37]),
            .u.structure.by_wire_name_ref = REF(shapes[19].u.structure.by_wire_name_ref, by_wire_name[37]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_describe_account_settings_output),
            .u.structure.member_count = 1,
        },
        [20] = { /* DescribeLimitsInput */
            .name_ref = REF(shapes[20].name_ref, strings[664]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_describe_limits_input),
        },
        [21] = { /* DescribeLimitsOutput */
            .name_ref = REF(shapes[21].name_ref, strings[684]),
            .u.structure.members_ref = REF(shapes[21].u.structure.members_ref, members[38]),
            .u.structure.by_wire_name_ref = REF(shapes[21].u.structure.by_wire_name_ref, by_wire_name[38]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_describe_limits_output),
            .u.structure.member_count = 4,
        },
        [22] = { /* DescribeStreamConsumerInput */
            .name_ref = REF(shapes[22].name_ref, strings[776]),
            .u.structure.members_ref = REF(shapes[22].u.structure.members_ref, members[42]),
            .u.structure.by_wire_name_ref = REF(shapes[22].u.structure.by_wire_name_ref, by_wire_name[42]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_describe_stream_consumer_input),
            .u.structure.member_count = 4,
        },
        [23] = { /* DescribeStreamConsumerOutput */
            .name_ref = REF(shapes[23].name_ref, strings[804]),
            .u.structure.members_ref = REF(shapes[23].u.structure.members_ref, members[46]),
            .u.structure.by_wire_name_ref = REF(shapes[23].u.structure.by_wire_name_ref, by_wire_name[46]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_describe_stream_consumer_output),
            .u.structure.member_count = 1,
        },
        [24] = { /* DescribeStreamInput */
            .name_ref = REF(shapes[24].name_ref, strings[833]),
            .u.structure.members_ref = REF(shapes[24].u.structure.members_ref, members[47]),
            .u.structure.by_wire_name_ref = REF(shapes[24].u.structure.by_wire_name_ref, by_wire_name[47]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_describe_stream_input),
            .u.structure.member_count = 5,
        },
        [25] = { /* DescribeStreamInputLimit */
            .name_ref = REF(shapes[25].name_ref, strings[881]),
            .range_ref = REF(shapes[25].range_ref, ranges[4]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [26] = { /* DescribeStreamOutput */
            .name_ref = REF(shapes[26].name_ref, strings[906]),
            .u.structure.members_ref = REF(shapes[26].u.structure.members_ref, members[52]),
            .u.structure.by_wire_name_ref = REF(shapes[26].u.structure.by_wire_name_ref, by_wire_name[52]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_describe_stream_output),
            .u.structure.member_count = 1,
        },
        [27] = { /* DescribeStreamSummaryInput */
            .name_ref = REF(shapes[27].name_ref, strings[945]),
            .u.structure.members_ref = REF(shapes[27].u.structure.members_ref, members[53]),
            .u.structure.by_wire_name_ref = REF(shapes[27].u.structure.by_wire_name_ref, by_wire_name[53]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_describe_stream_summary_input),
            .u.structure.member_count = 3,
        },
        [28] = { /* DescribeStreamSummaryOutput */
            .name_ref = REF(shapes[28].name_ref, strings[972]),
            .u.structure.members_ref = REF(shapes[28].u.structure.members_ref, members[56]),
            .u.structure.by_wire_name_ref = REF(shapes[28].u.structure.by_wire_name_ref, by_wire_name[56]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_describe_stream_summary_output),
            .u.structure.member_count = 1,
        },
        [29] = { /* DisableEnhancedMonitoringInput */
            .name_ref = REF(shapes[29].name_ref, strings[1025]),
            .u.structure.members_ref = REF(shapes[29].u.structure.members_ref, members[57]),
            .u.structure.by_wire_name_ref = REF(shapes[29].u.structure.by_wire_name_ref, by_wire_name[57]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_disable_enhanced_monitoring_input),
            .u.structure.member_count = 4,
        },
        [30] = { /* EnableEnhancedMonitoringInput */
            .name_ref = REF(shapes[30].name_ref, strings[1074]),
            .u.structure.members_ref = REF(shapes[30].u.structure.members_ref, members[61]),
            .u.structure.by_wire_name_ref = REF(shapes[30].u.structure.by_wire_name_ref, by_wire_name[61]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_enable_enhanced_monitoring_input),
            .u.structure.member_count = 4,
        },
        [31] = { /* EncryptionType */
            .name_ref = REF(shapes[31].name_ref, strings[1104]),
            .u.string.enum_values_ref = REF(shapes[31].u.string.enum_values_ref, strings[1119]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [32] = { /* EnhancedMetrics */
            .name_ref = REF(shapes[32].name_ref, strings[1128]),
            .u.structure.members_ref = REF(shapes[32].u.structure.members_ref, members[65]),
            .u.structure.by_wire_name_ref = REF(shapes[32].u.structure.by_wire_name_ref, by_wire_name[65]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_enhanced_metrics),
            .u.structure.member_count = 1,
        },
        [33] = { /* EnhancedMonitoringList */
            .name_ref = REF(shapes[33].name_ref, strings[1144]),
            .u.collection.item_ref = REF(shapes[33].u.collection.item_ref, shapes[32]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_kinesis_enhanced_monitoring_list),
        },
        [34] = { /* EnhancedMonitoringOutput */
            .name_ref = REF(shapes[34].name_ref, strings[1167]),
            .u.structure.members_ref = REF(shapes[34].u.structure.members_ref, members[66]),
            .u.structure.by_wire_name_ref = REF(shapes[34].u.structure.by_wire_name_ref, by_wire_name[66]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_enhanced_monitoring_output),
            .u.structure.member_count = 4,
        },
        [35] = { /* ErrorCode */
            .name_ref = REF(shapes[35].name_ref, strings[1242]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [36] = { /* ErrorMessage */
            .name_ref = REF(shapes[36].name_ref, strings[1252]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [37] = { /* ExpiredIteratorException */
            .name_ref = REF(shapes[37].name_ref, strings[1265]),
            .u.structure.members_ref = REF(shapes[37].u.structure.members_ref, members[70]),
            .u.structure.by_wire_name_ref = REF(shapes[37].u.structure.by_wire_name_ref, by_wire_name[70]),
            .u.structure.error_code_ref = REF(shapes[37].u.structure.error_code_ref, strings[1265]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_kinesis_expired_iterator_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [38] = { /* ExpiredNextTokenException */
            .name_ref = REF(shapes[38].name_ref, strings[1290]),
            .u.structure.members_ref = REF(shapes[38].u.structure.members_ref, members[71]),
            .u.structure.by_wire_name_ref = REF(shapes[38].u.structure.by_wire_name_ref, by_wire_name[71]),
            .u.structure.error_code_ref = REF(shapes[38].u.structure.error_code_ref, strings[1290]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_kinesis_expired_next_token_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [39] = { /* GetRecordsInput */
            .name_ref = REF(shapes[39].name_ref, strings[1316]),
            .u.structure.members_ref = REF(shapes[39].u.structure.members_ref, members[72]),
            .u.structure.by_wire_name_ref = REF(shapes[39].u.structure.by_wire_name_ref, by_wire_name[72]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_get_records_input),
            .u.structure.member_count = 4,
        },
        [40] = { /* GetRecordsInputLimit */
            .name_ref = REF(shapes[40].name_ref, strings[1346]),
            .range_ref = REF(shapes[40].range_ref, ranges[5]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [41] = { /* GetRecordsOutput */
            .name_ref = REF(shapes[41].name_ref, strings[1367]),
            .u.structure.members_ref = REF(shapes[41].u.structure.members_ref, members[76]),
            .u.structure.by_wire_name_ref = REF(shapes[41].u.structure.by_wire_name_ref, by_wire_name[76]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_get_records_output),
            .u.structure.member_count = 4,
        },
        [42] = { /* GetResourcePolicyInput */
            .name_ref = REF(shapes[42].name_ref, strings[1441]),
            .u.structure.members_ref = REF(shapes[42].u.structure.members_ref, members[80]),
            .u.structure.by_wire_name_ref = REF(shapes[42].u.structure.by_wire_name_ref, by_wire_name[80]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_get_resource_policy_input),
            .u.structure.member_count = 2,
        },
        [43] = { /* GetResourcePolicyOutput */
            .name_ref = REF(shapes[43].name_ref, strings[1464]),
            .u.structure.members_ref = REF(shapes[43].u.structure.members_ref, members[82]),
            .u.structure.by_wire_name_ref = REF(shapes[43].u.structure.by_wire_name_ref, by_wire_name[82]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_get_resource_policy_output),
            .u.structure.member_count = 1,
        },
        [44] = { /* GetShardIteratorInput */
            .name_ref = REF(shapes[44].name_ref, strings[1495]),
            .u.structure.members_ref = REF(shapes[44].u.structure.members_ref, members[83]),
            .u.structure.by_wire_name_ref = REF(shapes[44].u.structure.by_wire_name_ref, by_wire_name[83]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_get_shard_iterator_input),
            .u.structure.member_count = 7,
        },
        [45] = { /* GetShardIteratorOutput */
            .name_ref = REF(shapes[45].name_ref, strings[1568]),
            .u.structure.members_ref = REF(shapes[45].u.structure.members_ref, members[90]),
            .u.structure.by_wire_name_ref = REF(shapes[45].u.structure.by_wire_name_ref, by_wire_name[90]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_get_shard_iterator_output),
            .u.structure.member_count = 1,
        },
        [46] = { /* HashKey */
            .name_ref = REF(shapes[46].name_ref, strings[1591]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [47] = { /* HashKeyRange */
            .name_ref = REF(shapes[47].name_ref, strings[132]),
            .u.structure.members_ref = REF(shapes[47].u.structure.members_ref, members[91]),
            .u.structure.by_wire_name_ref = REF(shapes[47].u.structure.by_wire_name_ref, by_wire_name[91]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_hash_key_range),
            .u.structure.member_count = 2,
        },
        [48] = { /* IncreaseStreamRetentionPeriodInput */
            .name_ref = REF(shapes[48].name_ref, strings[1629]),
            .u.structure.members_ref = REF(shapes[48].u.structure.members_ref, members[93]),
            .u.structure.by_wire_name_ref = REF(shapes[48].u.structure.by_wire_name_ref, by_wire_name[93]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_increase_stream_retention_period_input),
            .u.structure.member_count = 4,
        },
        [49] = { /* InternalFailureException */
            .name_ref = REF(shapes[49].name_ref, strings[1664]),
            .u.structure.members_ref = REF(shapes[49].u.structure.members_ref, members[97]),
            .u.structure.by_wire_name_ref = REF(shapes[49].u.structure.by_wire_name_ref, by_wire_name[97]),
            .u.structure.error_code_ref = REF(shapes[49].u.structure.error_code_ref, strings[1664]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_kinesis_internal_failure_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [50] = { /* InvalidArgumentException */
            .name_ref = REF(shapes[50].name_ref, strings[1689]),
            .u.structure.members_ref = REF(shapes[50].u.structure.members_ref, members[98]),
            .u.structure.by_wire_name_ref = REF(shapes[50].u.structure.by_wire_name_ref, by_wire_name[98]),
            .u.structure.error_code_ref = REF(shapes[50].u.structure.error_code_ref, strings[1689]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_kinesis_invalid_argument_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [51] = { /* KMSAccessDeniedException */
            .name_ref = REF(shapes[51].name_ref, strings[1714]),
            .u.structure.members_ref = REF(shapes[51].u.structure.members_ref, members[99]),
            .u.structure.by_wire_name_ref = REF(shapes[51].u.structure.by_wire_name_ref, by_wire_name[99]),
            .u.structure.error_code_ref = REF(shapes[51].u.structure.error_code_ref, strings[1714]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_kinesis_kms_access_denied_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [52] = { /* KMSDisabledException */
            .name_ref = REF(shapes[52].name_ref, strings[1739]),
            .u.structure.members_ref = REF(shapes[52].u.structure.members_ref, members[100]),
            .u.structure.by_wire_name_ref = REF(shapes[52].u.structure.by_wire_name_ref, by_wire_name[100]),
            .u.structure.error_code_ref = REF(shapes[52].u.structure.error_code_ref, strings[1739]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_kinesis_kms_disabled_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [53] = { /* KMSInvalidStateException */
            .name_ref = REF(shapes[53].name_ref, strings[1760]),
            .u.structure.members_ref = REF(shapes[53].u.structure.members_ref, members[101]),
            .u.structure.by_wire_name_ref = REF(shapes[53].u.structure.by_wire_name_ref, by_wire_name[101]),
            .u.structure.error_code_ref = REF(shapes[53].u.structure.error_code_ref, strings[1760]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_kinesis_kms_invalid_state_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [54] = { /* KMSNotFoundException */
            .name_ref = REF(shapes[54].name_ref, strings[1785]),
            .u.structure.members_ref = REF(shapes[54].u.structure.members_ref, members[102]),
            .u.structure.by_wire_name_ref = REF(shapes[54].u.structure.by_wire_name_ref, by_wire_name[102]),
            .u.structure.error_code_ref = REF(shapes[54].u.structure.error_code_ref, strings[1785]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_kinesis_kms_not_found_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [55] = { /* KMSOptInRequired */
            .name_ref = REF(shapes[55].name_ref, strings[1806]),
            .u.structure.members_ref = REF(shapes[55].u.structure.members_ref, members[103]),
            .u.structure.by_wire_name_ref = REF(shapes[55].u.structure.by_wire_name_ref, by_wire_name[103]),
            .u.structure.error_code_ref = REF(shapes[55].u.structure.error_code_ref, strings[1806]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_kinesis_kms_opt_in_required),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [56] = { /* KMSThrottlingException */
            .name_ref = REF(shapes[56].name_ref, strings[1823]),
            .u.structure.members_ref = REF(shapes[56].u.structure.members_ref, members[104]),
            .u.structure.by_wire_name_ref = REF(shapes[56].u.structure.by_wire_name_ref, by_wire_name[104]),
            .u.structure.error_code_ref = REF(shapes[56].u.structure.error_code_ref, strings[1823]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_kinesis_kms_throttling_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [57] = { /* KeyId */
            .name_ref = REF(shapes[57].name_ref, strings[1846]),
            .range_ref = REF(shapes[57].range_ref, ranges[6]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [58] = { /* LimitExceededException */
            .name_ref = REF(shapes[58].name_ref, strings[1852]),
            .u.structure.members_ref = REF(shapes[58].u.structure.members_ref, members[105]),
            .u.structure.by_wire_name_ref = REF(shapes[58].u.structure.by_wire_name_ref, by_wire_name[105]),
            .u.structure.error_code_ref = REF(shapes[58].u.structure.error_code_ref, strings[1852]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_kinesis_limit_exceeded_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [59] = { /* ListShardsInput */
            .name_ref = REF(shapes[59].name_ref, strings[1875]),
            .u.structure.members_ref = REF(shapes[59].u.structure.members_ref, members[106]),
            .u.structure.by_wire_name_ref = REF(shapes[59].u.structure.by_wire_name_ref, by_wire_name[106]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_list_shards_input),
            .u.structure.member_count = 8,
        },
        [60] = { /* ListShardsInputLimit */
            .name_ref = REF(shapes[60].name_ref, strings[1948]),
            .range_ref = REF(shapes[60].range_ref, ranges[7]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [61] = { /* ListShardsOutput */
            .name_ref = REF(shapes[61].name_ref, strings[1969]),
            .u.structure.members_ref = REF(shapes[61].u.structure.members_ref, members[114]),
            .u.structure.by_wire_name_ref = REF(shapes[61].u.structure.by_wire_name_ref, by_wire_name[114]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_list_shards_output),
            .u.structure.member_count = 2,
        },
        [62] = { /* ListStreamConsumersInput */
            .name_ref = REF(shapes[62].name_ref, strings[1993]),
            .u.structure.members_ref = REF(shapes[62].u.structure.members_ref, members[116]),
            .u.structure.by_wire_name_ref = REF(shapes[62].u.structure.by_wire_name_ref, by_wire_name[116]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_list_stream_consumers_input),
            .u.structure.member_count = 5,
        },
        [63] = { /* ListStreamConsumersInputLimit */
            .name_ref = REF(shapes[63].name_ref, strings[2018]),
            .range_ref = REF(shapes[63].range_ref, ranges[8]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [64] = { /* ListStreamConsumersOutput */
            .name_ref = REF(shapes[64].name_ref, strings[2048]),
            .u.structure.members_ref = REF(shapes[64].u.structure.members_ref, members[121]),
            .u.structure.by_wire_name_ref = REF(shapes[64].u.structure.by_wire_name_ref, by_wire_name[121]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_list_stream_consumers_output),
            .u.structure.member_count = 2,
        },
        [65] = { /* ListStreamsInput */
            .name_ref = REF(shapes[65].name_ref, strings[2084]),
            .u.structure.members_ref = REF(shapes[65].u.structure.members_ref, members[123]),
            .u.structure.by_wire_name_ref = REF(shapes[65].u.structure.by_wire_name_ref, by_wire_name[123]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_list_streams_input),
            .u.structure.member_count = 3,
        },
        [66] = { /* ListStreamsInputLimit */
            .name_ref = REF(shapes[66].name_ref, strings[2126]),
            .range_ref = REF(shapes[66].range_ref, ranges[9]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [67] = { /* ListStreamsOutput */
            .name_ref = REF(shapes[67].name_ref, strings[2148]),
            .u.structure.members_ref = REF(shapes[67].u.structure.members_ref, members[126]),
            .u.structure.by_wire_name_ref = REF(shapes[67].u.structure.by_wire_name_ref, by_wire_name[126]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_list_streams_output),
            .u.structure.member_count = 4,
        },
        [68] = { /* ListTagsForResourceInput */
            .name_ref = REF(shapes[68].name_ref, strings[2209]),
            .u.structure.members_ref = REF(shapes[68].u.structure.members_ref, members[130]),
            .u.structure.by_wire_name_ref = REF(shapes[68].u.structure.by_wire_name_ref, by_wire_name[130]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_list_tags_for_resource_input),
            .u.structure.member_count = 2,
        },
        [69] = { /* ListTagsForResourceOutput */
            .name_ref = REF(shapes[69].name_ref, strings[2234]),
            .u.structure.members_ref = REF(shapes[69].u.structure.members_ref, members[132]),
            .u.structure.by_wire_name_ref = REF(shapes[69].u.structure.by_wire_name_ref, by_wire_name[132]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_list_tags_for_resource_output),
            .u.structure.member_count = 1,
        },
        [70] = { /* ListTagsForStreamInput */
            .name_ref = REF(shapes[70].name_ref, strings[2260]),
            .u.structure.members_ref = REF(shapes[70].u.structure.members_ref, members[133]),
            .u.structure.by_wire_name_ref = REF(shapes[70].u.structure.by_wire_name_ref, by_wire_name[133]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_list_tags_for_stream_input),
            .u.structure.member_count = 5,
        },
        [71] = { /* ListTagsForStreamInputLimit */
            .name_ref = REF(shapes[71].name_ref, strings[2304]),
            .range_ref = REF(shapes[71].range_ref, ranges[10]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [72] = { /* ListTagsForStreamOutput */
            .name_ref = REF(shapes[72].name_ref, strings[2332]),
            .u.structure.members_ref = REF(shapes[72].u.structure.members_ref, members[138]),
            .u.structure.by_wire_name_ref = REF(shapes[72].u.structure.by_wire_name_ref, by_wire_name[138]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_list_tags_for_stream_output),
            .u.structure.member_count = 2,
        },
        [73] = { /* MaxRecordSizeInKiB */
            .name_ref = REF(shapes[73].name_ref, strings[380]),
            .range_ref = REF(shapes[73].range_ref, ranges[11]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [74] = { /* MergeShardsInput */
            .name_ref = REF(shapes[74].name_ref, strings[2368]),
            .u.structure.members_ref = REF(shapes[74].u.structure.members_ref, members[140]),
            .u.structure.by_wire_name_ref = REF(shapes[74].u.structure.by_wire_name_ref, by_wire_name[140]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_merge_shards_input),
            .u.structure.member_count = 5,
        },
        [75] = { /* MetricsName */
            .name_ref = REF(shapes[75].name_ref, strings[2419]),
            .u.string.enum_values_ref = REF(shapes[75].u.string.enum_values_ref, strings[2431]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 8,
        },
        [76] = { /* MetricsNameList */
            .name_ref = REF(shapes[76].name_ref, strings[2588]),
            .range_ref = REF(shapes[76].range_ref, ranges[12]),
            .u.collection.item_ref = REF(shapes[76].u.collection.item_ref, shapes[75]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_kinesis_metrics_name_list),
        },
        [77] = { /* MillisBehindLatest */
            .name_ref = REF(shapes[77].name_ref, strings[1410]),
            .range_ref = REF(shapes[77].range_ref, ranges[13]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [78] = { /* MinimumThroughputBillingCommitmentInput */
            .name_ref = REF(shapes[78].name_ref, strings[2604]),
            .u.structure.members_ref = REF(shapes[78].u.structure.members_ref, members[145]),
            .u.structure.by_wire_name_ref = REF(shapes[78].u.structure.by_wire_name_ref, by_wire_name[145]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_minimum_throughput_billing_commitment_input),
            .u.structure.member_count = 1,
        },
        [79] = { /* MinimumThroughputBillingCommitmentInputStatus */
            .name_ref = REF(shapes[79].name_ref, strings[2651]),
            .u.string.enum_values_ref = REF(shapes[79].u.string.enum_values_ref, strings[2697]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [80] = { /* MinimumThroughputBillingCommitmentOutput */
            .name_ref = REF(shapes[80].name_ref, strings[2714]),
            .u.structure.members_ref = REF(shapes[80].u.structure.members_ref, members[146]),
            .u.structure.by_wire_name_ref = REF(shapes[80].u.structure.by_wire_name_ref, by_wire_name[146]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_minimum_throughput_billing_commitment_output),
            .u.structure.member_count = 4,
        },
        [81] = { /* MinimumThroughputBillingCommitmentOutputStatus */
            .name_ref = REF(shapes[81].name_ref, strings[2794]),
            .u.string.enum_values_ref = REF(shapes[81].u.string.enum_values_ref, strings[2841]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [82] = { /* NaturalIntegerObject */
            .name_ref = REF(shapes[82].name_ref, strings[2893]),
            .range_ref = REF(shapes[82].range_ref, ranges[14]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [83] = { /* NextToken */
            .name_ref = REF(shapes[83].name_ref, strings[1891]),
            .range_ref = REF(shapes[83].range_ref, ranges[15]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [84] = { /* OnDemandStreamCountLimitObject */
            .name_ref = REF(shapes[84].name_ref, strings[2914]),
            .range_ref = REF(shapes[84].range_ref, ranges[16]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [85] = { /* OnDemandStreamCountObject */
            .name_ref = REF(shapes[85].name_ref, strings[2945]),
            .range_ref = REF(shapes[85].range_ref, ranges[17]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [86] = { /* PartitionKey */
            .name_ref = REF(shapes[86].name_ref, strings[2971]),
            .range_ref = REF(shapes[86].range_ref, ranges[18]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [87] = { /* Policy */
            .name_ref = REF(shapes[87].name_ref, strings[1488]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [88] = { /* PositiveIntegerObject */
            .name_ref = REF(shapes[88].name_ref, strings[2984]),
            .range_ref = REF(shapes[88].range_ref, ranges[19]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [89] = { /* ProvisionedThroughputExceededException */
            .name_ref = REF(shapes[89].name_ref, strings[3006]),
            .u.structure.members_ref = REF(shapes[89].u.structure.members_ref, members[150]),
            .u.structure.by_wire_name_ref = REF(shapes[89].u.structure.by_wire_name_ref, by_wire_name[150]),
            .u.structure.error_code_ref = REF(shapes[89].u.structure.error_code_ref, strings[3006]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_kinesis_provisioned_throughput_exceeded_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [90] = { /* PutRecordInput */
            .name_ref = REF(shapes[90].name_ref, strings[3045]),
            .u.structure.members_ref = REF(shapes[90].u.structure.members_ref, members[151]),
            .u.structure.by_wire_name_ref = REF(shapes[90].u.structure.by_wire_name_ref, by_wire_name[151]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_put_record_input),
            .u.structure.member_count = 7,
        },
        [91] = { /* PutRecordOutput */
            .name_ref = REF(shapes[91].name_ref, strings[3102]),
            .u.structure.members_ref = REF(shapes[91].u.structure.members_ref, members[158]),
            .u.structure.by_wire_name_ref = REF(shapes[91].u.structure.by_wire_name_ref, by_wire_name[158]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_put_record_output),
            .u.structure.member_count = 3,
        },
        [92] = { /* PutRecordsInput */
            .name_ref = REF(shapes[92].name_ref, strings[3133]),
            .u.structure.members_ref = REF(shapes[92].u.structure.members_ref, members[161]),
            .u.structure.by_wire_name_ref = REF(shapes[92].u.structure.by_wire_name_ref, by_wire_name[161]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_put_records_input),
            .u.structure.member_count = 4,
        },
        [93] = { /* PutRecordsOutput */
            .name_ref = REF(shapes[93].name_ref, strings[3149]),
            .u.structure.members_ref = REF(shapes[93].u.structure.members_ref, members[165]),
            .u.structure.by_wire_name_ref = REF(shapes[93].u.structure.by_wire_name_ref, by_wire_name[165]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_put_records_output),
            .u.structure.member_count = 3,
        },
        [94] = { /* PutRecordsRequestEntry */
            .name_ref = REF(shapes[94].name_ref, strings[3184]),
            .u.structure.members_ref = REF(shapes[94].u.structure.members_ref, members[168]),
            .u.structure.by_wire_name_ref = REF(shapes[94].u.structure.by_wire_name_ref, by_wire_name[168]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_put_records_request_entry),
            .u.structure.member_count = 3,
        },
        [95] = { /* PutRecordsRequestEntryList */
            .name_ref = REF(shapes[95].name_ref, strings[3207]),
            .range_ref = REF(shapes[95].range_ref, ranges[20]),
            .u.collection.item_ref = REF(shapes[95].u.collection.item_ref, shapes[94]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_kinesis_put_records_request_entry_list),
        },
        [96] = { /* PutRecordsResultEntry */
            .name_ref = REF(shapes[96].name_ref, strings[3234]),
            .u.structure.members_ref = REF(shapes[96].u.structure.members_ref, members[171]),
            .u.structure.by_wire_name_ref = REF(shapes[96].u.structure.by_wire_name_ref, by_wire_name[171]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_put_records_result_entry),
            .u.structure.member_count = 4,
        },
        [97] = { /* PutRecordsResultEntryList */
            .name_ref = REF(shapes[97].name_ref, strings[3256]),
            .range_ref = REF(shapes[97].range_ref, ranges[21]),
            .u.collection.item_ref = REF(shapes[97].u.collection.item_ref, shapes[96]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_kinesis_put_records_result_entry_list),
        },
        [98] = { /* PutResourcePolicyInput */
            .name_ref = REF(shapes[98].name_ref, strings[3282]),
            .u.structure.members_ref = REF(shapes[98].u.structure.members_ref, members[175]),
            .u.structure.by_wire_name_ref = REF(shapes[98].u.structure.by_wire_name_ref, by_wire_name[175]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_put_resource_policy_input),
            .u.structure.member_count = 3,
        },
        [99] = { /* Record */
            .name_ref = REF(shapes[99].name_ref, strings[3305]),
            .u.structure.members_ref = REF(shapes[99].u.structure.members_ref, members[178]),
            .u.structure.by_wire_name_ref = REF(shapes[99].u.structure.by_wire_name_ref, by_wire_name[178]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_record),
            .u.structure.member_count = 5,
        },
        [100] = { /* RecordList */
            .name_ref = REF(shapes[100].name_ref, strings[3340]),
            .u.collection.item_ref = REF(shapes[100].u.collection.item_ref, shapes[99]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_kinesis_record_list),
        },
        [101] = { /* RegisterStreamConsumerInput */
            .name_ref = REF(shapes[101].name_ref, strings[3351]),
            .u.structure.members_ref = REF(shapes[101].u.structure.members_ref, members[183]),
            .u.structure.by_wire_name_ref = REF(shapes[101].u.structure.by_wire_name_ref, by_wire_name[183]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_register_stream_consumer_input),
            .u.structure.member_count = 4,
        },
        [102] = { /* RegisterStreamConsumerOutput */
            .name_ref = REF(shapes[102].name_ref, strings[3379]),
            .u.structure.members_ref = REF(shapes[102].u.structure.members_ref, members[187]),
            .u.structure.by_wire_name_ref = REF(shapes[102].u.structure.by_wire_name_ref, by_wire_name[187]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_register_stream_consumer_output),
            .u.structure.member_count = 1,
        },
        [103] = { /* RemoveTagsFromStreamInput */
            .name_ref = REF(shapes[103].name_ref, strings[3408]),
            .u.structure.members_ref = REF(shapes[103].u.structure.members_ref, members[188]),
            .u.structure.by_wire_name_ref = REF(shapes[103].u.structure.by_wire_name_ref, by_wire_name[188]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_remove_tags_from_stream_input),
            .u.structure.member_count = 4,
        },
        [104] = { /* ResourceARN */
            .name_ref = REF(shapes[104].name_ref, strings[486]),
            .range_ref = REF(shapes[104].range_ref, ranges[22]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [105] = { /* ResourceInUseException */
            .name_ref = REF(shapes[105].name_ref, strings[3442]),
            .u.structure.members_ref = REF(shapes[105].u.structure.members_ref, members[192]),
            .u.structure.by_wire_name_ref = REF(shapes[105].u.structure.by_wire_name_ref, by_wire_name[192]),
            .u.structure.error_code_ref = REF(shapes[105].u.structure.error_code_ref, strings[3442]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_kinesis_resource_in_use_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [106] = { /* ResourceNotFoundException */
            .name_ref = REF(shapes[106].name_ref, strings[3465]),
            .u.structure.members_ref = REF(shapes[106].u.structure.members_ref, members[193]),
            .u.structure.by_wire_name_ref = REF(shapes[106].u.structure.by_wire_name_ref, by_wire_name[193]),
            .u.structure.error_code_ref = REF(shapes[106].u.structure.error_code_ref, strings[3465]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_kinesis_resource_not_found_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [107] = { /* RetentionPeriodHours */
            .name_ref = REF(shapes[107].name_ref, strings[439]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [108] = { /* ScalingType */
            .name_ref = REF(shapes[108].name_ref, strings[3491]),
            .u.string.enum_values_ref = REF(shapes[108].u.string.enum_values_ref, strings[3503]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [109] = { /* SequenceNumber */
            .name_ref = REF(shapes[109].name_ref, strings[3118]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [110] = { /* SequenceNumberRange */
            .name_ref = REF(shapes[110].name_ref, strings[3519]),
            .u.structure.members_ref = REF(shapes[110].u.structure.members_ref, members[194]),
            .u.structure.by_wire_name_ref = REF(shapes[110].u.structure.by_wire_name_ref, by_wire_name[194]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_sequence_number_range),
            .u.structure.member_count = 2,
        },
        [111] = { /* Shard */
            .name_ref = REF(shapes[111].name_ref, strings[3560]),
            .u.structure.members_ref = REF(shapes[111].u.structure.members_ref, members[196]),
            .u.structure.by_wire_name_ref = REF(shapes[111].u.structure.by_wire_name_ref, by_wire_name[196]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_shard),
            .u.structure.member_count = 5,
        },
        [112] = { /* ShardCountObject */
            .name_ref = REF(shapes[112].name_ref, strings[3602]),
            .range_ref = REF(shapes[112].range_ref, ranges[23]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [113] = { /* ShardFilter */
            .name_ref = REF(shapes[113].name_ref, strings[1936]),
            .u.structure.members_ref = REF(shapes[113].u.structure.members_ref, members[201]),
            .u.structure.by_wire_name_ref = REF(shapes[113].u.structure.by_wire_name_ref, by_wire_name[201]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_shard_filter),
            .u.structure.member_count = 3,
        },
        [114] = { /* ShardFilterType */
            .name_ref = REF(shapes[114].name_ref, strings[3624]),
            .u.string.enum_values_ref = REF(shapes[114].u.string.enum_values_ref, strings[3640]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 6,
        },
        [115] = { /* ShardId */
            .name_ref = REF(shapes[115].name_ref, strings[111]),
            .range_ref = REF(shapes[115].range_ref, ranges[24]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [116] = { /* ShardIdList */
            .name_ref = REF(shapes[116].name_ref, strings[3727]),
            .u.collection.item_ref = REF(shapes[116].u.collection.item_ref, shapes[115]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_kinesis_metrics_name_list),
        },
        [117] = { /* ShardIterator */
            .name_ref = REF(shapes[117].name_ref, strings[1332]),
            .range_ref = REF(shapes[117].range_ref, ranges[25]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [118] = { /* ShardIteratorType */
            .name_ref = REF(shapes[118].name_ref, strings[1517]),
            .u.string.enum_values_ref = REF(shapes[118].u.string.enum_values_ref, strings[3739]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 5,
        },
        [119] = { /* ShardList */
            .name_ref = REF(shapes[119].name_ref, strings[3813]),
            .u.collection.item_ref = REF(shapes[119].u.collection.item_ref, shapes[111]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_kinesis_shard_list),
        },
        [120] = { /* SplitShardInput */
            .name_ref = REF(shapes[120].name_ref, strings[3823]),
            .u.structure.members_ref = REF(shapes[120].u.structure.members_ref, members[204]),
            .u.structure.by_wire_name_ref = REF(shapes[120].u.structure.by_wire_name_ref, by_wire_name[204]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_split_shard_input),
            .u.structure.member_count = 5,
        },
        [121] = { /* StartStreamEncryptionInput */
            .name_ref = REF(shapes[121].name_ref, strings[3871]),
            .u.structure.members_ref = REF(shapes[121].u.structure.members_ref, members[209]),
            .u.structure.by_wire_name_ref = REF(shapes[121].u.structure.by_wire_name_ref, by_wire_name[209]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_start_stream_encryption_input),
            .u.structure.member_count = 5,
        },
        [122] = { /* StartingPosition */
            .name_ref = REF(shapes[122].name_ref, strings[3898]),
            .u.structure.members_ref = REF(shapes[122].u.structure.members_ref, members[214]),
            .u.structure.by_wire_name_ref = REF(shapes[122].u.structure.by_wire_name_ref, by_wire_name[214]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_starting_position),
            .u.structure.member_count = 3,
        },
        [123] = { /* StopStreamEncryptionInput */
            .name_ref = REF(shapes[123].name_ref, strings[3915]),
            .u.structure.members_ref = REF(shapes[123].u.structure.members_ref, members[217]),
            .u.structure.by_wire_name_ref = REF(shapes[123].u.structure.by_wire_name_ref, by_wire_name[217]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_stop_stream_encryption_input),
            .u.structure.member_count = 5,
        },
        [124] = { /* StreamARN */
            .name_ref = REF(shapes[124].name_ref, strings[67]),
            .range_ref = REF(shapes[124].range_ref, ranges[26]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [125] = { /* StreamDescription */
            .name_ref = REF(shapes[125].name_ref, strings[927]),
            .u.structure.members_ref = REF(shapes[125].u.structure.members_ref, members[222]),
            .u.structure.by_wire_name_ref = REF(shapes[125].u.structure.by_wire_name_ref, by_wire_name[222]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_stream_description),
            .u.structure.member_count = 11,
        },
        [126] = { /* StreamDescriptionSummary */
            .name_ref = REF(shapes[126].name_ref, strings[1000]),
            .u.structure.members_ref = REF(shapes[126].u.structure.members_ref, members[233]),
            .u.structure.by_wire_name_ref = REF(shapes[126].u.structure.by_wire_name_ref, by_wire_name[233]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_stream_description_summary),
            .u.structure.member_count = 14,
        },
        [127] = { /* StreamId */
            .name_ref = REF(shapes[127].name_ref, strings[77]),
            .range_ref = REF(shapes[127].range_ref, ranges[27]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [128] = { /* StreamMode */
            .name_ref = REF(shapes[128].name_ref, strings[4016]),
            .u.string.enum_values_ref = REF(shapes[128].u.string.enum_values_ref, strings[4027]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [129] = { /* StreamModeDetails */
            .name_ref = REF(shapes[129].name_ref, strings[342]),
            .u.structure.members_ref = REF(shapes[129].u.structure.members_ref, members[247]),
            .u.structure.by_wire_name_ref = REF(shapes[129].u.structure.by_wire_name_ref, by_wire_name[247]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_stream_mode_details),
            .u.structure.member_count = 1,
        },
        [130] = { /* StreamName */
            .name_ref = REF(shapes[130].name_ref, strings[51]),
            .range_ref = REF(shapes[130].range_ref, ranges[28]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [131] = { /* StreamNameList */
            .name_ref = REF(shapes[131].name_ref, strings[4049]),
            .u.collection.item_ref = REF(shapes[131].u.collection.item_ref, shapes[130]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_kinesis_metrics_name_list),
        },
        [132] = { /* StreamStatus */
            .name_ref = REF(shapes[132].name_ref, strings[3941]),
            .u.string.enum_values_ref = REF(shapes[132].u.string.enum_values_ref, strings[4064]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 4,
        },
        [133] = { /* StreamSummary */
            .name_ref = REF(shapes[133].name_ref, strings[4098]),
            .u.structure.members_ref = REF(shapes[133].u.structure.members_ref, members[248]),
            .u.structure.by_wire_name_ref = REF(shapes[133].u.structure.by_wire_name_ref, by_wire_name[248]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_stream_summary),
            .u.structure.member_count = 5,
        },
        [134] = { /* StreamSummaryList */
            .name_ref = REF(shapes[134].name_ref, strings[4112]),
            .u.collection.item_ref = REF(shapes[134].u.collection.item_ref, shapes[133]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_kinesis_stream_summary_list),
        },
        [135] = { /* SubscribeToShardEvent */
            .name_ref = REF(shapes[135].name_ref, strings[4130]),
            .u.structure.members_ref = REF(shapes[135].u.structure.members_ref, members[253]),
            .u.structure.by_wire_name_ref = REF(shapes[135].u.structure.by_wire_name_ref, by_wire_name[253]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EVENT,
            .size = sizeof(struct awsc_kinesis_subscribe_to_shard_event),
            .u.structure.member_count = 4,
        },
        [136] = { /* SubscribeToShardEventStream */
            .name_ref = REF(shapes[136].name_ref, strings[4179]),
            .u.structure.members_ref = REF(shapes[136].u.structure.members_ref, members[257]),
            .u.structure.by_wire_name_ref = REF(shapes[136].u.structure.by_wire_name_ref, by_wire_name[257]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EVENTSTREAM,
            .size = sizeof(struct awsc_kinesis_subscribe_to_shard_event_stream),
            .u.structure.member_count = 10,
        },
        [137] = { /* SubscribeToShardInput */
            .name_ref = REF(shapes[137].name_ref, strings[4207]),
            .u.structure.members_ref = REF(shapes[137].u.structure.members_ref, members[267]),
            .u.structure.by_wire_name_ref = REF(shapes[137].u.structure.by_wire_name_ref, by_wire_name[267]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_subscribe_to_shard_input),
            .u.structure.member_count = 4,
        },
        [138] = { /* SubscribeToShardOutput */
            .name_ref = REF(shapes[138].name_ref, strings[4229]),
            .u.structure.members_ref = REF(shapes[138].u.structure.members_ref, members[271]),
            .u.structure.by_wire_name_ref = REF(shapes[138].u.structure.by_wire_name_ref, by_wire_name[271]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_subscribe_to_shard_output),
            .u.structure.member_count = 1,
        },
        [139] = { /* Tag */
            .name_ref = REF(shapes[139].name_ref, strings[4264]),
            .u.structure.members_ref = REF(shapes[139].u.structure.members_ref, members[272]),
            .u.structure.by_wire_name_ref = REF(shapes[139].u.structure.by_wire_name_ref, by_wire_name[272]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_tag),
            .u.structure.member_count = 2,
        },
        [140] = { /* TagKey */
            .name_ref = REF(shapes[140].name_ref, strings[4278]),
            .range_ref = REF(shapes[140].range_ref, ranges[29]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [141] = { /* TagKeyList */
            .name_ref = REF(shapes[141].name_ref, strings[4285]),
            .range_ref = REF(shapes[141].range_ref, ranges[30]),
            .u.collection.item_ref = REF(shapes[141].u.collection.item_ref, shapes[140]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_kinesis_metrics_name_list),
        },
        [142] = { /* TagList */
            .name_ref = REF(shapes[142].name_ref, strings[4296]),
            .range_ref = REF(shapes[142].range_ref, ranges[31]),
            .u.collection.item_ref = REF(shapes[142].u.collection.item_ref, shapes[139]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_kinesis_tag_list),
        },
        [143] = { /* TagMap */
            .name_ref = REF(shapes[143].name_ref, strings[4304]),
            .range_ref = REF(shapes[143].range_ref, ranges[32]),
            .u.collection.item_ref = REF(shapes[143].u.collection.item_ref, shapes[145]),
            .u.collection.key_ref = REF(shapes[143].u.collection.key_ref, shapes[140]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_kinesis_tag_map),
            .u.collection.value_offset = offsetof(struct awsc_kinesis_tag_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_kinesis_tag_map_entry),
        },
        [144] = { /* TagResourceInput */
            .name_ref = REF(shapes[144].name_ref, strings[4311]),
            .u.structure.members_ref = REF(shapes[144].u.structure.members_ref, members[274]),
            .u.structure.by_wire_name_ref = REF(shapes[144].u.structure.by_wire_name_ref, by_wire_name[274]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_tag_resource_input),
            .u.structure.member_count = 3,
        },
        [145] = { /* TagValue */
            .name_ref = REF(shapes[145].name_ref, strings[4328]),
            .range_ref = REF(shapes[145].range_ref, ranges[33]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [146] = { /* Timestamp */
            .name_ref = REF(shapes[146].name_ref, strings[1558]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [147] = { /* UntagResourceInput */
            .name_ref = REF(shapes[147].name_ref, strings[4337]),
            .u.structure.members_ref = REF(shapes[147].u.structure.members_ref, members[277]),
            .u.structure.by_wire_name_ref = REF(shapes[147].u.structure.by_wire_name_ref, by_wire_name[277]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_untag_resource_input),
            .u.structure.member_count = 3,
        },
        [148] = { /* UpdateAccountSettingsInput */
            .name_ref = REF(shapes[148].name_ref, strings[4356]),
            .u.structure.members_ref = REF(shapes[148].u.structure.members_ref, members[280]),
            .u.structure.by_wire_name_ref = REF(shapes[148].u.structure.by_wire_name_ref, by_wire_name[280]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_update_account_settings_input),
            .u.structure.member_count = 1,
        },
        [149] = { /* UpdateAccountSettingsOutput */
            .name_ref = REF(shapes[149].name_ref, strings[4383]),
            .u.structure.members_ref = REF(shapes[149].u.structure.members_ref, members[281]),
            .u.structure.by_wire_name_ref = REF(shapes[149].u.structure.by_wire_name_ref, by_wire_name[281]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_update_account_settings_output),
            .u.structure.member_count = 1,
        },
        [150] = { /* UpdateMaxRecordSizeInput */
            .name_ref = REF(shapes[150].name_ref, strings[4411]),
            .u.structure.members_ref = REF(shapes[150].u.structure.members_ref, members[282]),
            .u.structure.by_wire_name_ref = REF(shapes[150].u.structure.by_wire_name_ref, by_wire_name[282]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_update_max_record_size_input),
            .u.structure.member_count = 3,
        },
        [151] = { /* UpdateShardCountInput */
            .name_ref = REF(shapes[151].name_ref, strings[4436]),
            .u.structure.members_ref = REF(shapes[151].u.structure.members_ref, members[285]),
            .u.structure.by_wire_name_ref = REF(shapes[151].u.structure.by_wire_name_ref, by_wire_name[285]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_update_shard_count_input),
            .u.structure.member_count = 5,
        },
        [152] = { /* UpdateShardCountOutput */
            .name_ref = REF(shapes[152].name_ref, strings[4475]),
            .u.structure.members_ref = REF(shapes[152].u.structure.members_ref, members[290]),
            .u.structure.by_wire_name_ref = REF(shapes[152].u.structure.by_wire_name_ref, by_wire_name[290]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_update_shard_count_output),
            .u.structure.member_count = 4,
        },
        [153] = { /* UpdateStreamModeInput */
            .name_ref = REF(shapes[153].name_ref, strings[4516]),
            .u.structure.members_ref = REF(shapes[153].u.structure.members_ref, members[294]),
            .u.structure.by_wire_name_ref = REF(shapes[153].u.structure.by_wire_name_ref, by_wire_name[294]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_update_stream_mode_input),
            .u.structure.member_count = 4,
        },
        [154] = { /* UpdateStreamWarmThroughputInput */
            .name_ref = REF(shapes[154].name_ref, strings[4538]),
            .u.structure.members_ref = REF(shapes[154].u.structure.members_ref, members[298]),
            .u.structure.by_wire_name_ref = REF(shapes[154].u.structure.by_wire_name_ref, by_wire_name[298]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_update_stream_warm_throughput_input),
            .u.structure.member_count = 4,
        },
        [155] = { /* UpdateStreamWarmThroughputOutput */
            .name_ref = REF(shapes[155].name_ref, strings[4570]),
            .u.structure.members_ref = REF(shapes[155].u.structure.members_ref, members[302]),
            .u.structure.by_wire_name_ref = REF(shapes[155].u.structure.by_wire_name_ref, by_wire_name[302]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_update_stream_warm_throughput_output),
            .u.structure.member_count = 3,
        },
        [156] = { /* ValidationException */
            .name_ref = REF(shapes[156].name_ref, strings[4603]),
            .u.structure.members_ref = REF(shapes[156].u.structure.members_ref, members[305]),
            .u.structure.by_wire_name_ref = REF(shapes[156].u.structure.by_wire_name_ref, by_wire_name[305]),
            .u.structure.error_code_ref = REF(shapes[156].u.structure.error_code_ref, strings[4603]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_kinesis_validation_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [157] = { /* WarmThroughputObject */
            .name_ref = REF(shapes[157].name_ref, strings[4623]),
            .u.structure.members_ref = REF(shapes[157].u.structure.members_ref, members[306]),
            .u.structure.by_wire_name_ref = REF(shapes[157].u.structure.by_wire_name_ref, by_wire_name[306]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_kinesis_warm_throughput_object),
            .u.structure.member_count = 2,
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * shape, offset (of the C member), has_ offset, flags, location,
     * timestamp format */
    .members = {
        [0] = {REF(members[0].name_ref, strings[22]), REF(members[0].shape_ref, shapes[36]), offsetof(struct awsc_kinesis_access_denied_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccessDeniedException.message: ErrorMessage */
        [1] = {REF(members[1].name_ref, strings[51]), REF(members[1].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_add_tags_to_stream_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddTagsToStreamInput.StreamName: StreamName */
        [2] = {REF(members[2].name_ref, strings[62]), REF(members[2].shape_ref, shapes[143]), offsetof(struct awsc_kinesis_add_tags_to_stream_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddTagsToStreamInput.Tags: TagMap */
        [3] = {REF(members[3].name_ref, strings[67]), REF(members[3].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_add_tags_to_stream_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddTagsToStreamInput.StreamARN: StreamARN */
        [4] = {REF(members[4].name_ref, strings[77]), REF(members[4].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_add_tags_to_stream_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddTagsToStreamInput.StreamId: StreamId */
        [5] = {REF(members[5].name_ref, strings[111]), REF(members[5].shape_ref, shapes[115]), offsetof(struct awsc_kinesis_child_shard, shard_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChildShard.ShardId: ShardId */
        [6] = {REF(members[6].name_ref, strings[119]), REF(members[6].shape_ref, shapes[116]), offsetof(struct awsc_kinesis_child_shard, parent_shards), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChildShard.ParentShards: ShardIdList */
        [7] = {REF(members[7].name_ref, strings[132]), REF(members[7].shape_ref, shapes[47]), offsetof(struct awsc_kinesis_child_shard, hash_key_range), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChildShard.HashKeyRange: HashKeyRange */
        [8] = {REF(members[8].name_ref, strings[169]), REF(members[8].shape_ref, shapes[10]), offsetof(struct awsc_kinesis_consumer, consumer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Consumer.ConsumerName: ConsumerName */
        [9] = {REF(members[9].name_ref, strings[182]), REF(members[9].shape_ref, shapes[6]), offsetof(struct awsc_kinesis_consumer, consumer_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Consumer.ConsumerARN: ConsumerARN */
        [10] = {REF(members[10].name_ref, strings[194]), REF(members[10].shape_ref, shapes[11]), offsetof(struct awsc_kinesis_consumer, consumer_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Consumer.ConsumerStatus: ConsumerStatus */
        [11] = {REF(members[11].name_ref, strings[209]), REF(members[11].shape_ref, shapes[146]), offsetof(struct awsc_kinesis_consumer, consumer_creation_timestamp), offsetof(struct awsc_kinesis_consumer, has_consumer_creation_timestamp), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Consumer.ConsumerCreationTimestamp: Timestamp */
        [12] = {REF(members[12].name_ref, strings[169]), REF(members[12].shape_ref, shapes[10]), offsetof(struct awsc_kinesis_consumer_description, consumer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConsumerDescription.ConsumerName: ConsumerName */
        [13] = {REF(members[13].name_ref, strings[182]), REF(members[13].shape_ref, shapes[6]), offsetof(struct awsc_kinesis_consumer_description, consumer_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConsumerDescription.ConsumerARN: ConsumerARN */
        [14] = {REF(members[14].name_ref, strings[194]), REF(members[14].shape_ref, shapes[11]), offsetof(struct awsc_kinesis_consumer_description, consumer_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConsumerDescription.ConsumerStatus: ConsumerStatus */
        [15] = {REF(members[15].name_ref, strings[209]), REF(members[15].shape_ref, shapes[146]), offsetof(struct awsc_kinesis_consumer_description, consumer_creation_timestamp), offsetof(struct awsc_kinesis_consumer_description, has_consumer_creation_timestamp), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConsumerDescription.ConsumerCreationTimestamp: Timestamp */
        [16] = {REF(members[16].name_ref, strings[67]), REF(members[16].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_consumer_description, stream_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConsumerDescription.StreamARN: StreamARN */
        [17] = {REF(members[17].name_ref, strings[51]), REF(members[17].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_create_stream_input, stream_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateStreamInput.StreamName: StreamName */
        [18] = {REF(members[18].name_ref, strings[331]), REF(members[18].shape_ref, shapes[88]), offsetof(struct awsc_kinesis_create_stream_input, shard_count), offsetof(struct awsc_kinesis_create_stream_input, has_shard_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateStreamInput.ShardCount: PositiveIntegerObject */
        [19] = {REF(members[19].name_ref, strings[342]), REF(members[19].shape_ref, shapes[129]), offsetof(struct awsc_kinesis_create_stream_input, stream_mode_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateStreamInput.StreamModeDetails: StreamModeDetails */
        [20] = {REF(members[20].name_ref, strings[62]), REF(members[20].shape_ref, shapes[143]), offsetof(struct awsc_kinesis_create_stream_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateStreamInput.Tags: TagMap */
        [21] = {REF(members[21].name_ref, strings[360]), REF(members[21].shape_ref, shapes[82]), offsetof(struct awsc_kinesis_create_stream_input, warm_throughput_mi_bps), offsetof(struct awsc_kinesis_create_stream_input, has_warm_throughput_mi_bps), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateStreamInput.WarmThroughputMiBps: NaturalIntegerObject */
        [22] = {REF(members[22].name_ref, strings[380]), REF(members[22].shape_ref, shapes[73]), offsetof(struct awsc_kinesis_create_stream_input, max_record_size_in_ki_b), offsetof(struct awsc_kinesis_create_stream_input, has_max_record_size_in_ki_b), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateStreamInput.MaxRecordSizeInKiB: MaxRecordSizeInKiB */
        [23] = {REF(members[23].name_ref, strings[51]), REF(members[23].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_decrease_stream_retention_period_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DecreaseStreamRetentionPeriodInput.StreamName: StreamName */
        [24] = {REF(members[24].name_ref, strings[439]), REF(members[24].shape_ref, shapes[107]), offsetof(struct awsc_kinesis_decrease_stream_retention_period_input, retention_period_hours), offsetof(struct awsc_kinesis_decrease_stream_retention_period_input, has_retention_period_hours), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DecreaseStreamRetentionPeriodInput.RetentionPeriodHours: RetentionPeriodHours */
        [25] = {REF(members[25].name_ref, strings[67]), REF(members[25].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_decrease_stream_retention_period_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DecreaseStreamRetentionPeriodInput.StreamARN: StreamARN */
        [26] = {REF(members[26].name_ref, strings[77]), REF(members[26].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_decrease_stream_retention_period_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DecreaseStreamRetentionPeriodInput.StreamId: StreamId */
        [27] = {REF(members[27].name_ref, strings[486]), REF(members[27].shape_ref, shapes[104]), offsetof(struct awsc_kinesis_delete_resource_policy_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteResourcePolicyInput.ResourceARN: ResourceARN */
        [28] = {REF(members[28].name_ref, strings[77]), REF(members[28].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_delete_resource_policy_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteResourcePolicyInput.StreamId: StreamId */
        [29] = {REF(members[29].name_ref, strings[51]), REF(members[29].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_delete_stream_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteStreamInput.StreamName: StreamName */
        [30] = {REF(members[30].name_ref, strings[516]), REF(members[30].shape_ref, shapes[2]), offsetof(struct awsc_kinesis_delete_stream_input, enforce_consumer_deletion), offsetof(struct awsc_kinesis_delete_stream_input, has_enforce_consumer_deletion), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteStreamInput.EnforceConsumerDeletion: BooleanObject */
        [31] = {REF(members[31].name_ref, strings[67]), REF(members[31].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_delete_stream_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteStreamInput.StreamARN: StreamARN */
        [32] = {REF(members[32].name_ref, strings[77]), REF(members[32].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_delete_stream_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteStreamInput.StreamId: StreamId */
        [33] = {REF(members[33].name_ref, strings[67]), REF(members[33].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_deregister_stream_consumer_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeregisterStreamConsumerInput.StreamARN: StreamARN */
        [34] = {REF(members[34].name_ref, strings[169]), REF(members[34].shape_ref, shapes[10]), offsetof(struct awsc_kinesis_deregister_stream_consumer_input, consumer_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeregisterStreamConsumerInput.ConsumerName: ConsumerName */
        [35] = {REF(members[35].name_ref, strings[182]), REF(members[35].shape_ref, shapes[6]), offsetof(struct awsc_kinesis_deregister_stream_consumer_input, consumer_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeregisterStreamConsumerInput.ConsumerARN: ConsumerARN */
        [36] = {REF(members[36].name_ref, strings[77]), REF(members[36].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_deregister_stream_consumer_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeregisterStreamConsumerInput.StreamId: StreamId */
        [37] = {REF(members[37].name_ref, strings[629]), REF(members[37].shape_ref, shapes[80]), offsetof(struct awsc_kinesis_describe_account_settings_output, minimum_throughput_billing_commitment), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeAccountSettingsOutput.MinimumThroughputBillingCommitment: MinimumThroughputBillingCommitmentOutput */
        [38] = {REF(members[38].name_ref, strings[705]), REF(members[38].shape_ref, shapes[112]), offsetof(struct awsc_kinesis_describe_limits_output, shard_limit), offsetof(struct awsc_kinesis_describe_limits_output, has_shard_limit), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeLimitsOutput.ShardLimit: ShardCountObject */
        [39] = {REF(members[39].name_ref, strings[716]), REF(members[39].shape_ref, shapes[112]), offsetof(struct awsc_kinesis_describe_limits_output, open_shard_count), offsetof(struct awsc_kinesis_describe_limits_output, has_open_shard_count), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeLimitsOutput.OpenShardCount: ShardCountObject */
        [40] = {REF(members[40].name_ref, strings[731]), REF(members[40].shape_ref, shapes[85]), offsetof(struct awsc_kinesis_describe_limits_output, on_demand_stream_count), offsetof(struct awsc_kinesis_describe_limits_output, has_on_demand_stream_count), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeLimitsOutput.OnDemandStreamCount: OnDemandStreamCountObject */
        [41] = {REF(members[41].name_ref, strings[751]), REF(members[41].shape_ref, shapes[84]), offsetof(struct awsc_kinesis_describe_limits_output, on_demand_stream_count_limit), offsetof(struct awsc_kinesis_describe_limits_output, has_on_demand_stream_count_limit), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeLimitsOutput.OnDemandStreamCountLimit: OnDemandStreamCountLimitObject */
        [42] = {REF(members[42].name_ref, strings[67]), REF(members[42].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_describe_stream_consumer_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeStreamConsumerInput.StreamARN: StreamARN */
        [43] = {REF(members[43].name_ref, strings[169]), REF(members[43].shape_ref, shapes[10]), offsetof(struct awsc_kinesis_describe_stream_consumer_input, consumer_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeStreamConsumerInput.ConsumerName: ConsumerName */
        [44] = {REF(members[44].name_ref, strings[182]), REF(members[44].shape_ref, shapes[6]), offsetof(struct awsc_kinesis_describe_stream_consumer_input, consumer_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeStreamConsumerInput.ConsumerARN: ConsumerARN */
        [45] = {REF(members[45].name_ref, strings[77]), REF(members[45].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_describe_stream_consumer_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeStreamConsumerInput.StreamId: StreamId */
        [46] = {REF(members[46].name_ref, strings[255]), REF(members[46].shape_ref, shapes[8]), offsetof(struct awsc_kinesis_describe_stream_consumer_output, consumer_description), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeStreamConsumerOutput.ConsumerDescription: ConsumerDescription */
        [47] = {REF(members[47].name_ref, strings[51]), REF(members[47].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_describe_stream_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeStreamInput.StreamName: StreamName */
        [48] = {REF(members[48].name_ref, strings[853]), REF(members[48].shape_ref, shapes[25]), offsetof(struct awsc_kinesis_describe_stream_input, limit), offsetof(struct awsc_kinesis_describe_stream_input, has_limit), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeStreamInput.Limit: DescribeStreamInputLimit */
        [49] = {REF(members[49].name_ref, strings[859]), REF(members[49].shape_ref, shapes[115]), offsetof(struct awsc_kinesis_describe_stream_input, exclusive_start_shard_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeStreamInput.ExclusiveStartShardId: ShardId */
        [50] = {REF(members[50].name_ref, strings[67]), REF(members[50].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_describe_stream_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeStreamInput.StreamARN: StreamARN */
        [51] = {REF(members[51].name_ref, strings[77]), REF(members[51].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_describe_stream_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeStreamInput.StreamId: StreamId */
        [52] = {REF(members[52].name_ref, strings[927]), REF(members[52].shape_ref, shapes[125]), offsetof(struct awsc_kinesis_describe_stream_output, stream_description), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeStreamOutput.StreamDescription: StreamDescription */
        [53] = {REF(members[53].name_ref, strings[51]), REF(members[53].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_describe_stream_summary_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeStreamSummaryInput.StreamName: StreamName */
        [54] = {REF(members[54].name_ref, strings[67]), REF(members[54].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_describe_stream_summary_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeStreamSummaryInput.StreamARN: StreamARN */
        [55] = {REF(members[55].name_ref, strings[77]), REF(members[55].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_describe_stream_summary_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeStreamSummaryInput.StreamId: StreamId */
        [56] = {REF(members[56].name_ref, strings[1000]), REF(members[56].shape_ref, shapes[126]), offsetof(struct awsc_kinesis_describe_stream_summary_output, stream_description_summary), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DescribeStreamSummaryOutput.StreamDescriptionSummary: StreamDescriptionSummary */
        [57] = {REF(members[57].name_ref, strings[51]), REF(members[57].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_disable_enhanced_monitoring_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DisableEnhancedMonitoringInput.StreamName: StreamName */
        [58] = {REF(members[58].name_ref, strings[1056]), REF(members[58].shape_ref, shapes[76]), offsetof(struct awsc_kinesis_disable_enhanced_monitoring_input, shard_level_metrics), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DisableEnhancedMonitoringInput.ShardLevelMetrics: MetricsNameList */
        [59] = {REF(members[59].name_ref, strings[67]), REF(members[59].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_disable_enhanced_monitoring_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DisableEnhancedMonitoringInput.StreamARN: StreamARN */
        [60] = {REF(members[60].name_ref, strings[77]), REF(members[60].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_disable_enhanced_monitoring_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DisableEnhancedMonitoringInput.StreamId: StreamId */
        [61] = {REF(members[61].name_ref, strings[51]), REF(members[61].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_enable_enhanced_monitoring_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EnableEnhancedMonitoringInput.StreamName: StreamName */
        [62] = {REF(members[62].name_ref, strings[1056]), REF(members[62].shape_ref, shapes[76]), offsetof(struct awsc_kinesis_enable_enhanced_monitoring_input, shard_level_metrics), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EnableEnhancedMonitoringInput.ShardLevelMetrics: MetricsNameList */
        [63] = {REF(members[63].name_ref, strings[67]), REF(members[63].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_enable_enhanced_monitoring_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EnableEnhancedMonitoringInput.StreamARN: StreamARN */
        [64] = {REF(members[64].name_ref, strings[77]), REF(members[64].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_enable_enhanced_monitoring_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EnableEnhancedMonitoringInput.StreamId: StreamId */
        [65] = {REF(members[65].name_ref, strings[1056]), REF(members[65].shape_ref, shapes[76]), offsetof(struct awsc_kinesis_enhanced_metrics, shard_level_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EnhancedMetrics.ShardLevelMetrics: MetricsNameList */
        [66] = {REF(members[66].name_ref, strings[51]), REF(members[66].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_enhanced_monitoring_output, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EnhancedMonitoringOutput.StreamName: StreamName */
        [67] = {REF(members[67].name_ref, strings[1192]), REF(members[67].shape_ref, shapes[76]), offsetof(struct awsc_kinesis_enhanced_monitoring_output, current_shard_level_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EnhancedMonitoringOutput.CurrentShardLevelMetrics: MetricsNameList */
        [68] = {REF(members[68].name_ref, strings[1217]), REF(members[68].shape_ref, shapes[76]), offsetof(struct awsc_kinesis_enhanced_monitoring_output, desired_shard_level_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EnhancedMonitoringOutput.DesiredShardLevelMetrics: MetricsNameList */
        [69] = {REF(members[69].name_ref, strings[67]), REF(members[69].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_enhanced_monitoring_output, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EnhancedMonitoringOutput.StreamARN: StreamARN */
        [70] = {REF(members[70].name_ref, strings[22]), REF(members[70].shape_ref, shapes[36]), offsetof(struct awsc_kinesis_expired_iterator_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExpiredIteratorException.message: ErrorMessage */
        [71] = {REF(members[71].name_ref, strings[22]), REF(members[71].shape_ref, shapes[36]), offsetof(struct awsc_kinesis_expired_next_token_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExpiredNextTokenException.message: ErrorMessage */
        [72] = {REF(members[72].name_ref, strings[1332]), REF(members[72].shape_ref, shapes[117]), offsetof(struct awsc_kinesis_get_records_input, shard_iterator), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetRecordsInput.ShardIterator: ShardIterator */
        [73] = {REF(members[73].name_ref, strings[853]), REF(members[73].shape_ref, shapes[40]), offsetof(struct awsc_kinesis_get_records_input, limit), offsetof(struct awsc_kinesis_get_records_input, has_limit), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetRecordsInput.Limit: GetRecordsInputLimit */
        [74] = {REF(members[74].name_ref, strings[67]), REF(members[74].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_get_records_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetRecordsInput.StreamARN: StreamARN */
        [75] = {REF(members[75].name_ref, strings[77]), REF(members[75].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_get_records_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetRecordsInput.StreamId: StreamId */
        [76] = {REF(members[76].name_ref, strings[1384]), REF(members[76].shape_ref, shapes[100]), offsetof(struct awsc_kinesis_get_records_output, records), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetRecordsOutput.Records: RecordList */
        [77] = {REF(members[77].name_ref, strings[1392]), REF(members[77].shape_ref, shapes[117]), offsetof(struct awsc_kinesis_get_records_output, next_shard_iterator), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetRecordsOutput.NextShardIterator: ShardIterator */
        [78] = {REF(members[78].name_ref, strings[1410]), REF(members[78].shape_ref, shapes[77]), offsetof(struct awsc_kinesis_get_records_output, millis_behind_latest), offsetof(struct awsc_kinesis_get_records_output, has_millis_behind_latest), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetRecordsOutput.MillisBehindLatest: MillisBehindLatest */
        [79] = {REF(members[79].name_ref, strings[1429]), REF(members[79].shape_ref, shapes[4]), offsetof(struct awsc_kinesis_get_records_output, child_shards), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetRecordsOutput.ChildShards: ChildShardList */
        [80] = {REF(members[80].name_ref, strings[486]), REF(members[80].shape_ref, shapes[104]), offsetof(struct awsc_kinesis_get_resource_policy_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetResourcePolicyInput.ResourceARN: ResourceARN */
        [81] = {REF(members[81].name_ref, strings[77]), REF(members[81].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_get_resource_policy_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetResourcePolicyInput.StreamId: StreamId */
        [82] = {REF(members[82].name_ref, strings[1488]), REF(members[82].shape_ref, shapes[87]), offsetof(struct awsc_kinesis_get_resource_policy_output, policy), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetResourcePolicyOutput.Policy: Policy */
        [83] = {REF(members[83].name_ref, strings[51]), REF(members[83].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_get_shard_iterator_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetShardIteratorInput.StreamName: StreamName */
        [84] = {REF(members[84].name_ref, strings[111]), REF(members[84].shape_ref, shapes[115]), offsetof(struct awsc_kinesis_get_shard_iterator_input, shard_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetShardIteratorInput.ShardId: ShardId */
        [85] = {REF(members[85].name_ref, strings[1517]), REF(members[85].shape_ref, shapes[118]), offsetof(struct awsc_kinesis_get_shard_iterator_input, shard_iterator_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetShardIteratorInput.ShardIteratorType: ShardIteratorType */
        [86] = {REF(members[86].name_ref, strings[1535]), REF(members[86].shape_ref, shapes[109]), offsetof(struct awsc_kinesis_get_shard_iterator_input, starting_sequence_number), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetShardIteratorInput.StartingSequenceNumber: SequenceNumber */
        [87] = {REF(members[87].name_ref, strings[1558]), REF(members[87].shape_ref, shapes[146]), offsetof(struct awsc_kinesis_get_shard_iterator_input, timestamp), offsetof(struct awsc_kinesis_get_shard_iterator_input, has_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetShardIteratorInput.Timestamp: Timestamp */
        [88] = {REF(members[88].name_ref, strings[67]), REF(members[88].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_get_shard_iterator_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetShardIteratorInput.StreamARN: StreamARN */
        [89] = {REF(members[89].name_ref, strings[77]), REF(members[89].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_get_shard_iterator_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetShardIteratorInput.StreamId: StreamId */
        [90] = {REF(members[90].name_ref, strings[1332]), REF(members[90].shape_ref, shapes[117]), offsetof(struct awsc_kinesis_get_shard_iterator_output, shard_iterator), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetShardIteratorOutput.ShardIterator: ShardIterator */
        [91] = {REF(members[91].name_ref, strings[1599]), REF(members[91].shape_ref, shapes[46]), offsetof(struct awsc_kinesis_hash_key_range, starting_hash_key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* HashKeyRange.StartingHashKey: HashKey */
        [92] = {REF(members[92].name_ref, strings[1615]), REF(members[92].shape_ref, shapes[46]), offsetof(struct awsc_kinesis_hash_key_range, ending_hash_key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* HashKeyRange.EndingHashKey: HashKey */
        [93] = {REF(members[93].name_ref, strings[51]), REF(members[93].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_increase_stream_retention_period_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IncreaseStreamRetentionPeriodInput.StreamName: StreamName */
        [94] = {REF(members[94].name_ref, strings[439]), REF(members[94].shape_ref, shapes[107]), offsetof(struct awsc_kinesis_increase_stream_retention_period_input, retention_period_hours), offsetof(struct awsc_kinesis_increase_stream_retention_period_input, has_retention_period_hours), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IncreaseStreamRetentionPeriodInput.RetentionPeriodHours: RetentionPeriodHours */
        [95] = {REF(members[95].name_ref, strings[67]), REF(members[95].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_increase_stream_retention_period_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IncreaseStreamRetentionPeriodInput.StreamARN: StreamARN */
        [96] = {REF(members[96].name_ref, strings[77]), REF(members[96].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_increase_stream_retention_period_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IncreaseStreamRetentionPeriodInput.StreamId: StreamId */
        [97] = {REF(members[97].name_ref, strings[22]), REF(members[97].shape_ref, shapes[36]), offsetof(struct awsc_kinesis_internal_failure_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InternalFailureException.message: ErrorMessage */
        [98] = {REF(members[98].name_ref, strings[22]), REF(members[98].shape_ref, shapes[36]), offsetof(struct awsc_kinesis_invalid_argument_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidArgumentException.message: ErrorMessage */
        [99] = {REF(members[99].name_ref, strings[22]), REF(members[99].shape_ref, shapes[36]), offsetof(struct awsc_kinesis_kms_access_denied_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KMSAccessDeniedException.message: ErrorMessage */
        [100] = {REF(members[100].name_ref, strings[22]), REF(members[100].shape_ref, shapes[36]), offsetof(struct awsc_kinesis_kms_disabled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KMSDisabledException.message: ErrorMessage */
        [101] = {REF(members[101].name_ref, strings[22]), REF(members[101].shape_ref, shapes[36]), offsetof(struct awsc_kinesis_kms_invalid_state_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KMSInvalidStateException.message: ErrorMessage */
        [102] = {REF(members[102].name_ref, strings[22]), REF(members[102].shape_ref, shapes[36]), offsetof(struct awsc_kinesis_kms_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KMSNotFoundException.message: ErrorMessage */
        [103] = {REF(members[103].name_ref, strings[22]), REF(members[103].shape_ref, shapes[36]), offsetof(struct awsc_kinesis_kms_opt_in_required, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KMSOptInRequired.message: ErrorMessage */
        [104] = {REF(members[104].name_ref, strings[22]), REF(members[104].shape_ref, shapes[36]), offsetof(struct awsc_kinesis_kms_throttling_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KMSThrottlingException.message: ErrorMessage */
        [105] = {REF(members[105].name_ref, strings[22]), REF(members[105].shape_ref, shapes[36]), offsetof(struct awsc_kinesis_limit_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LimitExceededException.message: ErrorMessage */
        [106] = {REF(members[106].name_ref, strings[51]), REF(members[106].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_list_shards_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListShardsInput.StreamName: StreamName */
        [107] = {REF(members[107].name_ref, strings[1891]), REF(members[107].shape_ref, shapes[83]), offsetof(struct awsc_kinesis_list_shards_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListShardsInput.NextToken: NextToken */
        [108] = {REF(members[108].name_ref, strings[859]), REF(members[108].shape_ref, shapes[115]), offsetof(struct awsc_kinesis_list_shards_input, exclusive_start_shard_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListShardsInput.ExclusiveStartShardId: ShardId */
        [109] = {REF(members[109].name_ref, strings[1901]), REF(members[109].shape_ref, shapes[60]), offsetof(struct awsc_kinesis_list_shards_input, max_results), offsetof(struct awsc_kinesis_list_shards_input, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListShardsInput.MaxResults: ListShardsInputLimit */
        [110] = {REF(members[110].name_ref, strings[1912]), REF(members[110].shape_ref, shapes[146]), offsetof(struct awsc_kinesis_list_shards_input, stream_creation_timestamp), offsetof(struct awsc_kinesis_list_shards_input, has_stream_creation_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListShardsInput.StreamCreationTimestamp: Timestamp */
        [111] = {REF(members[111].name_ref, strings[1936]), REF(members[111].shape_ref, shapes[113]), offsetof(struct awsc_kinesis_list_shards_input, shard_filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListShardsInput.ShardFilter: ShardFilter */
        [112] = {REF(members[112].name_ref, strings[67]), REF(members[112].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_list_shards_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListShardsInput.StreamARN: StreamARN */
        [113] = {REF(members[113].name_ref, strings[77]), REF(members[113].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_list_shards_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListShardsInput.StreamId: StreamId */
        [114] = {REF(members[114].name_ref, strings[1986]), REF(members[114].shape_ref, shapes[119]), offsetof(struct awsc_kinesis_list_shards_output, shards), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListShardsOutput.Shards: ShardList */
        [115] = {REF(members[115].name_ref, strings[1891]), REF(members[115].shape_ref, shapes[83]), offsetof(struct awsc_kinesis_list_shards_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListShardsOutput.NextToken: NextToken */
        [116] = {REF(members[116].name_ref, strings[67]), REF(members[116].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_list_stream_consumers_input, stream_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListStreamConsumersInput.StreamARN: StreamARN */
        [117] = {REF(members[117].name_ref, strings[1891]), REF(members[117].shape_ref, shapes[83]), offsetof(struct awsc_kinesis_list_stream_consumers_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListStreamConsumersInput.NextToken: NextToken */
        [118] = {REF(members[118].name_ref, strings[1901]), REF(members[118].shape_ref, shapes[63]), offsetof(struct awsc_kinesis_list_stream_consumers_input, max_results), offsetof(struct awsc_kinesis_list_stream_consumers_input, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListStreamConsumersInput.MaxResults: ListStreamConsumersInputLimit */
        [119] = {REF(members[119].name_ref, strings[1912]), REF(members[119].shape_ref, shapes[146]), offsetof(struct awsc_kinesis_list_stream_consumers_input, stream_creation_timestamp), offsetof(struct awsc_kinesis_list_stream_consumers_input, has_stream_creation_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListStreamConsumersInput.StreamCreationTimestamp: Timestamp */
        [120] = {REF(members[120].name_ref, strings[77]), REF(members[120].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_list_stream_consumers_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListStreamConsumersInput.StreamId: StreamId */
        [121] = {REF(members[121].name_ref, strings[2074]), REF(members[121].shape_ref, shapes[9]), offsetof(struct awsc_kinesis_list_stream_consumers_output, consumers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListStreamConsumersOutput.Consumers: ConsumerList */
        [122] = {REF(members[122].name_ref, strings[1891]), REF(members[122].shape_ref, shapes[83]), offsetof(struct awsc_kinesis_list_stream_consumers_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListStreamConsumersOutput.NextToken: NextToken */
        [123] = {REF(members[123].name_ref, strings[853]), REF(members[123].shape_ref, shapes[66]), offsetof(struct awsc_kinesis_list_streams_input, limit), offsetof(struct awsc_kinesis_list_streams_input, has_limit), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListStreamsInput.Limit: ListStreamsInputLimit */
        [124] = {REF(members[124].name_ref, strings[2101]), REF(members[124].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_list_streams_input, exclusive_start_stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListStreamsInput.ExclusiveStartStreamName: StreamName */
        [125] = {REF(members[125].name_ref, strings[1891]), REF(members[125].shape_ref, shapes[83]), offsetof(struct awsc_kinesis_list_streams_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListStreamsInput.NextToken: NextToken */
        [126] = {REF(members[126].name_ref, strings[2166]), REF(members[126].shape_ref, shapes[131]), offsetof(struct awsc_kinesis_list_streams_output, stream_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListStreamsOutput.StreamNames: StreamNameList */
        [127] = {REF(members[127].name_ref, strings[2178]), REF(members[127].shape_ref, shapes[2]), offsetof(struct awsc_kinesis_list_streams_output, has_more_streams), offsetof(struct awsc_kinesis_list_streams_output, has_has_more_streams), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListStreamsOutput.HasMoreStreams: BooleanObject */
        [128] = {REF(members[128].name_ref, strings[1891]), REF(members[128].shape_ref, shapes[83]), offsetof(struct awsc_kinesis_list_streams_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListStreamsOutput.NextToken: NextToken */
        [129] = {REF(members[129].name_ref, strings[2193]), REF(members[129].shape_ref, shapes[134]), offsetof(struct awsc_kinesis_list_streams_output, stream_summaries), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListStreamsOutput.StreamSummaries: StreamSummaryList */
        [130] = {REF(members[130].name_ref, strings[486]), REF(members[130].shape_ref, shapes[104]), offsetof(struct awsc_kinesis_list_tags_for_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTagsForResourceInput.ResourceARN: ResourceARN */
        [131] = {REF(members[131].name_ref, strings[77]), REF(members[131].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_list_tags_for_resource_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTagsForResourceInput.StreamId: StreamId */
        [132] = {REF(members[132].name_ref, strings[62]), REF(members[132].shape_ref, shapes[142]), offsetof(struct awsc_kinesis_list_tags_for_resource_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTagsForResourceOutput.Tags: TagList */
        [133] = {REF(members[133].name_ref, strings[51]), REF(members[133].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_list_tags_for_stream_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTagsForStreamInput.StreamName: StreamName */
        [134] = {REF(members[134].name_ref, strings[2283]), REF(members[134].shape_ref, shapes[140]), offsetof(struct awsc_kinesis_list_tags_for_stream_input, exclusive_start_tag_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTagsForStreamInput.ExclusiveStartTagKey: TagKey */
        [135] = {REF(members[135].name_ref, strings[853]), REF(members[135].shape_ref, shapes[71]), offsetof(struct awsc_kinesis_list_tags_for_stream_input, limit), offsetof(struct awsc_kinesis_list_tags_for_stream_input, has_limit), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTagsForStreamInput.Limit: ListTagsForStreamInputLimit */
        [136] = {REF(members[136].name_ref, strings[67]), REF(members[136].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_list_tags_for_stream_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTagsForStreamInput.StreamARN: StreamARN */
        [137] = {REF(members[137].name_ref, strings[77]), REF(members[137].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_list_tags_for_stream_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTagsForStreamInput.StreamId: StreamId */
        [138] = {REF(members[138].name_ref, strings[62]), REF(members[138].shape_ref, shapes[142]), offsetof(struct awsc_kinesis_list_tags_for_stream_output, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTagsForStreamOutput.Tags: TagList */
        [139] = {REF(members[139].name_ref, strings[2356]), REF(members[139].shape_ref, shapes[2]), offsetof(struct awsc_kinesis_list_tags_for_stream_output, has_more_tags), offsetof(struct awsc_kinesis_list_tags_for_stream_output, has_has_more_tags), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTagsForStreamOutput.HasMoreTags: BooleanObject */
        [140] = {REF(members[140].name_ref, strings[51]), REF(members[140].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_merge_shards_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MergeShardsInput.StreamName: StreamName */
        [141] = {REF(members[141].name_ref, strings[2385]), REF(members[141].shape_ref, shapes[115]), offsetof(struct awsc_kinesis_merge_shards_input, shard_to_merge), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MergeShardsInput.ShardToMerge: ShardId */
        [142] = {REF(members[142].name_ref, strings[2398]), REF(members[142].shape_ref, shapes[115]), offsetof(struct awsc_kinesis_merge_shards_input, adjacent_shard_to_merge), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MergeShardsInput.AdjacentShardToMerge: ShardId */
        [143] = {REF(members[143].name_ref, strings[67]), REF(members[143].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_merge_shards_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MergeShardsInput.StreamARN: StreamARN */
        [144] = {REF(members[144].name_ref, strings[77]), REF(members[144].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_merge_shards_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MergeShardsInput.StreamId: StreamId */
        [145] = {REF(members[145].name_ref, strings[2644]), REF(members[145].shape_ref, shapes[79]), offsetof(struct awsc_kinesis_minimum_throughput_billing_commitment_input, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MinimumThroughputBillingCommitmentInput.Status: MinimumThroughputBillingCommitmentInputStatus */
        [146] = {REF(members[146].name_ref, strings[2644]), REF(members[146].shape_ref, shapes[81]), offsetof(struct awsc_kinesis_minimum_throughput_billing_commitment_output, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MinimumThroughputBillingCommitmentOutput.Status: MinimumThroughputBillingCommitmentOutputStatus */
        [147] = {REF(members[147].name_ref, strings[2755]), REF(members[147].shape_ref, shapes[146]), offsetof(struct awsc_kinesis_minimum_throughput_billing_commitment_output, started_at), offsetof(struct awsc_kinesis_minimum_throughput_billing_commitment_output, has_started_at), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MinimumThroughputBillingCommitmentOutput.StartedAt: Timestamp */
        [148] = {REF(members[148].name_ref, strings[2765]), REF(members[148].shape_ref, shapes[146]), offsetof(struct awsc_kinesis_minimum_throughput_billing_commitment_output, ended_at), offsetof(struct awsc_kinesis_minimum_throughput_billing_commitment_output, has_ended_at), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MinimumThroughputBillingCommitmentOutput.EndedAt: Timestamp */
        [149] = {REF(members[149].name_ref, strings[2773]), REF(members[149].shape_ref, shapes[146]), offsetof(struct awsc_kinesis_minimum_throughput_billing_commitment_output, earliest_allowed_end_at), offsetof(struct awsc_kinesis_minimum_throughput_billing_commitment_output, has_earliest_allowed_end_at), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MinimumThroughputBillingCommitmentOutput.EarliestAllowedEndAt: Timestamp */
        [150] = {REF(members[150].name_ref, strings[22]), REF(members[150].shape_ref, shapes[36]), offsetof(struct awsc_kinesis_provisioned_throughput_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvisionedThroughputExceededException.message: ErrorMessage */
        [151] = {REF(members[151].name_ref, strings[51]), REF(members[151].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_put_record_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRecordInput.StreamName: StreamName */
        [152] = {REF(members[152].name_ref, strings[399]), REF(members[152].shape_ref, shapes[13]), offsetof(struct awsc_kinesis_put_record_input, data), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRecordInput.Data: Data */
        [153] = {REF(members[153].name_ref, strings[2971]), REF(members[153].shape_ref, shapes[86]), offsetof(struct awsc_kinesis_put_record_input, partition_key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRecordInput.PartitionKey: PartitionKey */
        [154] = {REF(members[154].name_ref, strings[3060]), REF(members[154].shape_ref, shapes[46]), offsetof(struct awsc_kinesis_put_record_input, explicit_hash_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRecordInput.ExplicitHashKey: HashKey */
        [155] = {REF(members[155].name_ref, strings[3076]), REF(members[155].shape_ref, shapes[109]), offsetof(struct awsc_kinesis_put_record_input, sequence_number_for_ordering), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRecordInput.SequenceNumberForOrdering: SequenceNumber */
        [156] = {REF(members[156].name_ref, strings[67]), REF(members[156].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_put_record_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRecordInput.StreamARN: StreamARN */
        [157] = {REF(members[157].name_ref, strings[77]), REF(members[157].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_put_record_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRecordInput.StreamId: StreamId */
        [158] = {REF(members[158].name_ref, strings[111]), REF(members[158].shape_ref, shapes[115]), offsetof(struct awsc_kinesis_put_record_output, shard_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRecordOutput.ShardId: ShardId */
        [159] = {REF(members[159].name_ref, strings[3118]), REF(members[159].shape_ref, shapes[109]), offsetof(struct awsc_kinesis_put_record_output, sequence_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRecordOutput.SequenceNumber: SequenceNumber */
        [160] = {REF(members[160].name_ref, strings[1104]), REF(members[160].shape_ref, shapes[31]), offsetof(struct awsc_kinesis_put_record_output, encryption_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRecordOutput.EncryptionType: EncryptionType */
        [161] = {REF(members[161].name_ref, strings[1384]), REF(members[161].shape_ref, shapes[95]), offsetof(struct awsc_kinesis_put_records_input, records), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRecordsInput.Records: PutRecordsRequestEntryList */
        [162] = {REF(members[162].name_ref, strings[51]), REF(members[162].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_put_records_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRecordsInput.StreamName: StreamName */
        [163] = {REF(members[163].name_ref, strings[67]), REF(members[163].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_put_records_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRecordsInput.StreamARN: StreamARN */
        [164] = {REF(members[164].name_ref, strings[77]), REF(members[164].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_put_records_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRecordsInput.StreamId: StreamId */
        [165] = {REF(members[165].name_ref, strings[3166]), REF(members[165].shape_ref, shapes[88]), offsetof(struct awsc_kinesis_put_records_output, failed_record_count), offsetof(struct awsc_kinesis_put_records_output, has_failed_record_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRecordsOutput.FailedRecordCount: PositiveIntegerObject */
        [166] = {REF(members[166].name_ref, strings[1384]), REF(members[166].shape_ref, shapes[97]), offsetof(struct awsc_kinesis_put_records_output, records), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRecordsOutput.Records: PutRecordsResultEntryList */
        [167] = {REF(members[167].name_ref, strings[1104]), REF(members[167].shape_ref, shapes[31]), offsetof(struct awsc_kinesis_put_records_output, encryption_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRecordsOutput.EncryptionType: EncryptionType */
        [168] = {REF(members[168].name_ref, strings[399]), REF(members[168].shape_ref, shapes[13]), offsetof(struct awsc_kinesis_put_records_request_entry, data), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRecordsRequestEntry.Data: Data */
        [169] = {REF(members[169].name_ref, strings[3060]), REF(members[169].shape_ref, shapes[46]), offsetof(struct awsc_kinesis_put_records_request_entry, explicit_hash_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRecordsRequestEntry.ExplicitHashKey: HashKey */
        [170] = {REF(members[170].name_ref, strings[2971]), REF(members[170].shape_ref, shapes[86]), offsetof(struct awsc_kinesis_put_records_request_entry, partition_key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRecordsRequestEntry.PartitionKey: PartitionKey */
        [171] = {REF(members[171].name_ref, strings[3118]), REF(members[171].shape_ref, shapes[109]), offsetof(struct awsc_kinesis_put_records_result_entry, sequence_number), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRecordsResultEntry.SequenceNumber: SequenceNumber */
        [172] = {REF(members[172].name_ref, strings[111]), REF(members[172].shape_ref, shapes[115]), offsetof(struct awsc_kinesis_put_records_result_entry, shard_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRecordsResultEntry.ShardId: ShardId */
        [173] = {REF(members[173].name_ref, strings[1242]), REF(members[173].shape_ref, shapes[35]), offsetof(struct awsc_kinesis_put_records_result_entry, error_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRecordsResultEntry.ErrorCode: ErrorCode */
        [174] = {REF(members[174].name_ref, strings[1252]), REF(members[174].shape_ref, shapes[36]), offsetof(struct awsc_kinesis_put_records_result_entry, error_message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRecordsResultEntry.ErrorMessage: ErrorMessage */
        [175] = {REF(members[175].name_ref, strings[486]), REF(members[175].shape_ref, shapes[104]), offsetof(struct awsc_kinesis_put_resource_policy_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutResourcePolicyInput.ResourceARN: ResourceARN */
        [176] = {REF(members[176].name_ref, strings[77]), REF(members[176].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_put_resource_policy_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutResourcePolicyInput.StreamId: StreamId */
        [177] = {REF(members[177].name_ref, strings[1488]), REF(members[177].shape_ref, shapes[87]), offsetof(struct awsc_kinesis_put_resource_policy_input, policy), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutResourcePolicyInput.Policy: Policy */
        [178] = {REF(members[178].name_ref, strings[3118]), REF(members[178].shape_ref, shapes[109]), offsetof(struct awsc_kinesis_record, sequence_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Record.SequenceNumber: SequenceNumber */
        [179] = {REF(members[179].name_ref, strings[3312]), REF(members[179].shape_ref, shapes[146]), offsetof(struct awsc_kinesis_record, approximate_arrival_timestamp), offsetof(struct awsc_kinesis_record, has_approximate_arrival_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Record.ApproximateArrivalTimestamp: Timestamp */
        [180] = {REF(members[180].name_ref, strings[399]), REF(members[180].shape_ref, shapes[13]), offsetof(struct awsc_kinesis_record, data), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Record.Data: Data */
        [181] = {REF(members[181].name_ref, strings[2971]), REF(members[181].shape_ref, shapes[86]), offsetof(struct awsc_kinesis_record, partition_key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Record.PartitionKey: PartitionKey */
        [182] = {REF(members[182].name_ref, strings[1104]), REF(members[182].shape_ref, shapes[31]), offsetof(struct awsc_kinesis_record, encryption_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Record.EncryptionType: EncryptionType */
        [183] = {REF(members[183].name_ref, strings[67]), REF(members[183].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_register_stream_consumer_input, stream_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RegisterStreamConsumerInput.StreamARN: StreamARN */
        [184] = {REF(members[184].name_ref, strings[169]), REF(members[184].shape_ref, shapes[10]), offsetof(struct awsc_kinesis_register_stream_consumer_input, consumer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RegisterStreamConsumerInput.ConsumerName: ConsumerName */
        [185] = {REF(members[185].name_ref, strings[77]), REF(members[185].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_register_stream_consumer_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RegisterStreamConsumerInput.StreamId: StreamId */
        [186] = {REF(members[186].name_ref, strings[62]), REF(members[186].shape_ref, shapes[143]), offsetof(struct awsc_kinesis_register_stream_consumer_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RegisterStreamConsumerInput.Tags: TagMap */
        [187] = {REF(members[187].name_ref, strings[160]), REF(members[187].shape_ref, shapes[5]), offsetof(struct awsc_kinesis_register_stream_consumer_output, consumer), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RegisterStreamConsumerOutput.Consumer: Consumer */
        [188] = {REF(members[188].name_ref, strings[51]), REF(members[188].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_remove_tags_from_stream_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RemoveTagsFromStreamInput.StreamName: StreamName */
        [189] = {REF(members[189].name_ref, strings[3434]), REF(members[189].shape_ref, shapes[141]), offsetof(struct awsc_kinesis_remove_tags_from_stream_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RemoveTagsFromStreamInput.TagKeys: TagKeyList */
        [190] = {REF(members[190].name_ref, strings[67]), REF(members[190].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_remove_tags_from_stream_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RemoveTagsFromStreamInput.StreamARN: StreamARN */
        [191] = {REF(members[191].name_ref, strings[77]), REF(members[191].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_remove_tags_from_stream_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RemoveTagsFromStreamInput.StreamId: StreamId */
        [192] = {REF(members[192].name_ref, strings[22]), REF(members[192].shape_ref, shapes[36]), offsetof(struct awsc_kinesis_resource_in_use_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceInUseException.message: ErrorMessage */
        [193] = {REF(members[193].name_ref, strings[22]), REF(members[193].shape_ref, shapes[36]), offsetof(struct awsc_kinesis_resource_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceNotFoundException.message: ErrorMessage */
        [194] = {REF(members[194].name_ref, strings[1535]), REF(members[194].shape_ref, shapes[109]), offsetof(struct awsc_kinesis_sequence_number_range, starting_sequence_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SequenceNumberRange.StartingSequenceNumber: SequenceNumber */
        [195] = {REF(members[195].name_ref, strings[3539]), REF(members[195].shape_ref, shapes[109]), offsetof(struct awsc_kinesis_sequence_number_range, ending_sequence_number), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SequenceNumberRange.EndingSequenceNumber: SequenceNumber */
        [196] = {REF(members[196].name_ref, strings[111]), REF(members[196].shape_ref, shapes[115]), offsetof(struct awsc_kinesis_shard, shard_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Shard.ShardId: ShardId */
        [197] = {REF(members[197].name_ref, strings[3566]), REF(members[197].shape_ref, shapes[115]), offsetof(struct awsc_kinesis_shard, parent_shard_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Shard.ParentShardId: ShardId */
        [198] = {REF(members[198].name_ref, strings[3580]), REF(members[198].shape_ref, shapes[115]), offsetof(struct awsc_kinesis_shard, adjacent_parent_shard_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Shard.AdjacentParentShardId: ShardId */
        [199] = {REF(members[199].name_ref, strings[132]), REF(members[199].shape_ref, shapes[47]), offsetof(struct awsc_kinesis_shard, hash_key_range), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Shard.HashKeyRange: HashKeyRange */
        [200] = {REF(members[200].name_ref, strings[3519]), REF(members[200].shape_ref, shapes[110]), offsetof(struct awsc_kinesis_shard, sequence_number_range), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Shard.SequenceNumberRange: SequenceNumberRange */
        [201] = {REF(members[201].name_ref, strings[3619]), REF(members[201].shape_ref, shapes[114]), offsetof(struct awsc_kinesis_shard_filter, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ShardFilter.Type: ShardFilterType */
        [202] = {REF(members[202].name_ref, strings[111]), REF(members[202].shape_ref, shapes[115]), offsetof(struct awsc_kinesis_shard_filter, shard_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ShardFilter.ShardId: ShardId */
        [203] = {REF(members[203].name_ref, strings[1558]), REF(members[203].shape_ref, shapes[146]), offsetof(struct awsc_kinesis_shard_filter, timestamp), offsetof(struct awsc_kinesis_shard_filter, has_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ShardFilter.Timestamp: Timestamp */
        [204] = {REF(members[204].name_ref, strings[51]), REF(members[204].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_split_shard_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SplitShardInput.StreamName: StreamName */
        [205] = {REF(members[205].name_ref, strings[3839]), REF(members[205].shape_ref, shapes[115]), offsetof(struct awsc_kinesis_split_shard_input, shard_to_split), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SplitShardInput.ShardToSplit: ShardId */
        [206] = {REF(members[206].name_ref, strings[3852]), REF(members[206].shape_ref, shapes[46]), offsetof(struct awsc_kinesis_split_shard_input, new_starting_hash_key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SplitShardInput.NewStartingHashKey: HashKey */
        [207] = {REF(members[207].name_ref, strings[67]), REF(members[207].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_split_shard_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SplitShardInput.StreamARN: StreamARN */
        [208] = {REF(members[208].name_ref, strings[77]), REF(members[208].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_split_shard_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SplitShardInput.StreamId: StreamId */
        [209] = {REF(members[209].name_ref, strings[51]), REF(members[209].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_start_stream_encryption_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StartStreamEncryptionInput.StreamName: StreamName */
        [210] = {REF(members[210].name_ref, strings[1104]), REF(members[210].shape_ref, shapes[31]), offsetof(struct awsc_kinesis_start_stream_encryption_input, encryption_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StartStreamEncryptionInput.EncryptionType: EncryptionType */
        [211] = {REF(members[211].name_ref, strings[1846]), REF(members[211].shape_ref, shapes[57]), offsetof(struct awsc_kinesis_start_stream_encryption_input, key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StartStreamEncryptionInput.KeyId: KeyId */
        [212] = {REF(members[212].name_ref, strings[67]), REF(members[212].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_start_stream_encryption_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StartStreamEncryptionInput.StreamARN: StreamARN */
        [213] = {REF(members[213].name_ref, strings[77]), REF(members[213].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_start_stream_encryption_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StartStreamEncryptionInput.StreamId: StreamId */
        [214] = {REF(members[214].name_ref, strings[3619]), REF(members[214].shape_ref, shapes[118]), offsetof(struct awsc_kinesis_starting_position, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StartingPosition.Type: ShardIteratorType */
        [215] = {REF(members[215].name_ref, strings[3118]), REF(members[215].shape_ref, shapes[109]), offsetof(struct awsc_kinesis_starting_position, sequence_number), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StartingPosition.SequenceNumber: SequenceNumber */
        [216] = {REF(members[216].name_ref, strings[1558]), REF(members[216].shape_ref, shapes[146]), offsetof(struct awsc_kinesis_starting_position, timestamp), offsetof(struct awsc_kinesis_starting_position, has_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StartingPosition.Timestamp: Timestamp */
        [217] = {REF(members[217].name_ref, strings[51]), REF(members[217].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_stop_stream_encryption_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StopStreamEncryptionInput.StreamName: StreamName */
        [218] = {REF(members[218].name_ref, strings[1104]), REF(members[218].shape_ref, shapes[31]), offsetof(struct awsc_kinesis_stop_stream_encryption_input, encryption_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StopStreamEncryptionInput.EncryptionType: EncryptionType */
        [219] = {REF(members[219].name_ref, strings[1846]), REF(members[219].shape_ref, shapes[57]), offsetof(struct awsc_kinesis_stop_stream_encryption_input, key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StopStreamEncryptionInput.KeyId: KeyId */
        [220] = {REF(members[220].name_ref, strings[67]), REF(members[220].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_stop_stream_encryption_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StopStreamEncryptionInput.StreamARN: StreamARN */
        [221] = {REF(members[221].name_ref, strings[77]), REF(members[221].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_stop_stream_encryption_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StopStreamEncryptionInput.StreamId: StreamId */
        [222] = {REF(members[222].name_ref, strings[51]), REF(members[222].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_stream_description, stream_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamDescription.StreamName: StreamName */
        [223] = {REF(members[223].name_ref, strings[67]), REF(members[223].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_stream_description, stream_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamDescription.StreamARN: StreamARN */
        [224] = {REF(members[224].name_ref, strings[3941]), REF(members[224].shape_ref, shapes[132]), offsetof(struct awsc_kinesis_stream_description, stream_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamDescription.StreamStatus: StreamStatus */
        [225] = {REF(members[225].name_ref, strings[342]), REF(members[225].shape_ref, shapes[129]), offsetof(struct awsc_kinesis_stream_description, stream_mode_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamDescription.StreamModeDetails: StreamModeDetails */
        [226] = {REF(members[226].name_ref, strings[1986]), REF(members[226].shape_ref, shapes[119]), offsetof(struct awsc_kinesis_stream_description, shards), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamDescription.Shards: ShardList */
        [227] = {REF(members[227].name_ref, strings[3954]), REF(members[227].shape_ref, shapes[2]), offsetof(struct awsc_kinesis_stream_description, has_more_shards), offsetof(struct awsc_kinesis_stream_description, has_has_more_shards), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamDescription.HasMoreShards: BooleanObject */
        [228] = {REF(members[228].name_ref, strings[439]), REF(members[228].shape_ref, shapes[107]), offsetof(struct awsc_kinesis_stream_description, retention_period_hours), offsetof(struct awsc_kinesis_stream_description, has_retention_period_hours), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamDescription.RetentionPeriodHours: RetentionPeriodHours */
        [229] = {REF(members[229].name_ref, strings[1912]), REF(members[229].shape_ref, shapes[146]), offsetof(struct awsc_kinesis_stream_description, stream_creation_timestamp), offsetof(struct awsc_kinesis_stream_description, has_stream_creation_timestamp), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamDescription.StreamCreationTimestamp: Timestamp */
        [230] = {REF(members[230].name_ref, strings[3968]), REF(members[230].shape_ref, shapes[33]), offsetof(struct awsc_kinesis_stream_description, enhanced_monitoring), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamDescription.EnhancedMonitoring: EnhancedMonitoringList */
        [231] = {REF(members[231].name_ref, strings[1104]), REF(members[231].shape_ref, shapes[31]), offsetof(struct awsc_kinesis_stream_description, encryption_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamDescription.EncryptionType: EncryptionType */
        [232] = {REF(members[232].name_ref, strings[1846]), REF(members[232].shape_ref, shapes[57]), offsetof(struct awsc_kinesis_stream_description, key_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamDescription.KeyId: KeyId */
        [233] = {REF(members[233].name_ref, strings[51]), REF(members[233].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_stream_description_summary, stream_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamDescriptionSummary.StreamName: StreamName */
        [234] = {REF(members[234].name_ref, strings[67]), REF(members[234].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_stream_description_summary, stream_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamDescriptionSummary.StreamARN: StreamARN */
        [235] = {REF(members[235].name_ref, strings[77]), REF(members[235].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_stream_description_summary, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamDescriptionSummary.StreamId: StreamId */
        [236] = {REF(members[236].name_ref, strings[3941]), REF(members[236].shape_ref, shapes[132]), offsetof(struct awsc_kinesis_stream_description_summary, stream_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamDescriptionSummary.StreamStatus: StreamStatus */
        [237] = {REF(members[237].name_ref, strings[342]), REF(members[237].shape_ref, shapes[129]), offsetof(struct awsc_kinesis_stream_description_summary, stream_mode_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamDescriptionSummary.StreamModeDetails: StreamModeDetails */
        [238] = {REF(members[238].name_ref, strings[439]), REF(members[238].shape_ref, shapes[107]), offsetof(struct awsc_kinesis_stream_description_summary, retention_period_hours), offsetof(struct awsc_kinesis_stream_description_summary, has_retention_period_hours), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamDescriptionSummary.RetentionPeriodHours: RetentionPeriodHours */
        [239] = {REF(members[239].name_ref, strings[1912]), REF(members[239].shape_ref, shapes[146]), offsetof(struct awsc_kinesis_stream_description_summary, stream_creation_timestamp), offsetof(struct awsc_kinesis_stream_description_summary, has_stream_creation_timestamp), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamDescriptionSummary.StreamCreationTimestamp: Timestamp */
        [240] = {REF(members[240].name_ref, strings[3968]), REF(members[240].shape_ref, shapes[33]), offsetof(struct awsc_kinesis_stream_description_summary, enhanced_monitoring), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamDescriptionSummary.EnhancedMonitoring: EnhancedMonitoringList */
        [241] = {REF(members[241].name_ref, strings[1104]), REF(members[241].shape_ref, shapes[31]), offsetof(struct awsc_kinesis_stream_description_summary, encryption_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamDescriptionSummary.EncryptionType: EncryptionType */
        [242] = {REF(members[242].name_ref, strings[1846]), REF(members[242].shape_ref, shapes[57]), offsetof(struct awsc_kinesis_stream_description_summary, key_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamDescriptionSummary.KeyId: KeyId */
        [243] = {REF(members[243].name_ref, strings[716]), REF(members[243].shape_ref, shapes[112]), offsetof(struct awsc_kinesis_stream_description_summary, open_shard_count), offsetof(struct awsc_kinesis_stream_description_summary, has_open_shard_count), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamDescriptionSummary.OpenShardCount: ShardCountObject */
        [244] = {REF(members[244].name_ref, strings[3987]), REF(members[244].shape_ref, shapes[7]), offsetof(struct awsc_kinesis_stream_description_summary, consumer_count), offsetof(struct awsc_kinesis_stream_description_summary, has_consumer_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamDescriptionSummary.ConsumerCount: ConsumerCountObject */
        [245] = {REF(members[245].name_ref, strings[4001]), REF(members[245].shape_ref, shapes[157]), offsetof(struct awsc_kinesis_stream_description_summary, warm_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamDescriptionSummary.WarmThroughput: WarmThroughputObject */
        [246] = {REF(members[246].name_ref, strings[380]), REF(members[246].shape_ref, shapes[73]), offsetof(struct awsc_kinesis_stream_description_summary, max_record_size_in_ki_b), offsetof(struct awsc_kinesis_stream_description_summary, has_max_record_size_in_ki_b), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamDescriptionSummary.MaxRecordSizeInKiB: MaxRecordSizeInKiB */
        [247] = {REF(members[247].name_ref, strings[4016]), REF(members[247].shape_ref, shapes[128]), offsetof(struct awsc_kinesis_stream_mode_details, stream_mode), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamModeDetails.StreamMode: StreamMode */
        [248] = {REF(members[248].name_ref, strings[51]), REF(members[248].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_stream_summary, stream_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamSummary.StreamName: StreamName */
        [249] = {REF(members[249].name_ref, strings[67]), REF(members[249].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_stream_summary, stream_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamSummary.StreamARN: StreamARN */
        [250] = {REF(members[250].name_ref, strings[3941]), REF(members[250].shape_ref, shapes[132]), offsetof(struct awsc_kinesis_stream_summary, stream_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamSummary.StreamStatus: StreamStatus */
        [251] = {REF(members[251].name_ref, strings[342]), REF(members[251].shape_ref, shapes[129]), offsetof(struct awsc_kinesis_stream_summary, stream_mode_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamSummary.StreamModeDetails: StreamModeDetails */
        [252] = {REF(members[252].name_ref, strings[1912]), REF(members[252].shape_ref, shapes[146]), offsetof(struct awsc_kinesis_stream_summary, stream_creation_timestamp), offsetof(struct awsc_kinesis_stream_summary, has_stream_creation_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StreamSummary.StreamCreationTimestamp: Timestamp */
        [253] = {REF(members[253].name_ref, strings[1384]), REF(members[253].shape_ref, shapes[100]), offsetof(struct awsc_kinesis_subscribe_to_shard_event, records), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubscribeToShardEvent.Records: RecordList */
        [254] = {REF(members[254].name_ref, strings[4152]), REF(members[254].shape_ref, shapes[109]), offsetof(struct awsc_kinesis_subscribe_to_shard_event, continuation_sequence_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubscribeToShardEvent.ContinuationSequenceNumber: SequenceNumber */
        [255] = {REF(members[255].name_ref, strings[1410]), REF(members[255].shape_ref, shapes[77]), offsetof(struct awsc_kinesis_subscribe_to_shard_event, millis_behind_latest), offsetof(struct awsc_kinesis_subscribe_to_shard_event, has_millis_behind_latest), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubscribeToShardEvent.MillisBehindLatest: MillisBehindLatest */
        [256] = {REF(members[256].name_ref, strings[1429]), REF(members[256].shape_ref, shapes[4]), offsetof(struct awsc_kinesis_subscribe_to_shard_event, child_shards), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubscribeToShardEvent.ChildShards: ChildShardList */
        [257] = {REF(members[257].name_ref, strings[4130]), REF(members[257].shape_ref, shapes[135]), offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, subscribe_to_shard_event), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubscribeToShardEventStream.SubscribeToShardEvent: SubscribeToShardEvent */
        [258] = {REF(members[258].name_ref, strings[3465]), REF(members[258].shape_ref, shapes[106]), offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, resource_not_found_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubscribeToShardEventStream.ResourceNotFoundException: ResourceNotFoundException */
        [259] = {REF(members[259].name_ref, strings[3442]), REF(members[259].shape_ref, shapes[105]), offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, resource_in_use_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubscribeToShardEventStream.ResourceInUseException: ResourceInUseException */
        [260] = {REF(members[260].name_ref, strings[1739]), REF(members[260].shape_ref, shapes[52]), offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, kms_disabled_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubscribeToShardEventStream.KMSDisabledException: KMSDisabledException */
        [261] = {REF(members[261].name_ref, strings[1760]), REF(members[261].shape_ref, shapes[53]), offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, kms_invalid_state_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubscribeToShardEventStream.KMSInvalidStateException: KMSInvalidStateException */
        [262] = {REF(members[262].name_ref, strings[1714]), REF(members[262].shape_ref, shapes[51]), offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, kms_access_denied_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubscribeToShardEventStream.KMSAccessDeniedException: KMSAccessDeniedException */
        [263] = {REF(members[263].name_ref, strings[1785]), REF(members[263].shape_ref, shapes[54]), offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, kms_not_found_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubscribeToShardEventStream.KMSNotFoundException: KMSNotFoundException */
        [264] = {REF(members[264].name_ref, strings[1806]), REF(members[264].shape_ref, shapes[55]), offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, kms_opt_in_required), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubscribeToShardEventStream.KMSOptInRequired: KMSOptInRequired */
        [265] = {REF(members[265].name_ref, strings[1823]), REF(members[265].shape_ref, shapes[56]), offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, kms_throttling_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubscribeToShardEventStream.KMSThrottlingException: KMSThrottlingException */
        [266] = {REF(members[266].name_ref, strings[1664]), REF(members[266].shape_ref, shapes[49]), offsetof(struct awsc_kinesis_subscribe_to_shard_event_stream, internal_failure_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubscribeToShardEventStream.InternalFailureException: InternalFailureException */
        [267] = {REF(members[267].name_ref, strings[182]), REF(members[267].shape_ref, shapes[6]), offsetof(struct awsc_kinesis_subscribe_to_shard_input, consumer_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubscribeToShardInput.ConsumerARN: ConsumerARN */
        [268] = {REF(members[268].name_ref, strings[77]), REF(members[268].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_subscribe_to_shard_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubscribeToShardInput.StreamId: StreamId */
        [269] = {REF(members[269].name_ref, strings[111]), REF(members[269].shape_ref, shapes[115]), offsetof(struct awsc_kinesis_subscribe_to_shard_input, shard_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubscribeToShardInput.ShardId: ShardId */
        [270] = {REF(members[270].name_ref, strings[3898]), REF(members[270].shape_ref, shapes[122]), offsetof(struct awsc_kinesis_subscribe_to_shard_input, starting_position), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubscribeToShardInput.StartingPosition: StartingPosition */
        [271] = {REF(members[271].name_ref, strings[4252]), REF(members[271].shape_ref, shapes[136]), offsetof(struct awsc_kinesis_subscribe_to_shard_output, event_stream), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubscribeToShardOutput.EventStream: SubscribeToShardEventStream */
        [272] = {REF(members[272].name_ref, strings[4268]), REF(members[272].shape_ref, shapes[140]), offsetof(struct awsc_kinesis_tag, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tag.Key: TagKey */
        [273] = {REF(members[273].name_ref, strings[4272]), REF(members[273].shape_ref, shapes[145]), offsetof(struct awsc_kinesis_tag, value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tag.Value: TagValue */
        [274] = {REF(members[274].name_ref, strings[62]), REF(members[274].shape_ref, shapes[143]), offsetof(struct awsc_kinesis_tag_resource_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagResourceInput.Tags: TagMap */
        [275] = {REF(members[275].name_ref, strings[486]), REF(members[275].shape_ref, shapes[104]), offsetof(struct awsc_kinesis_tag_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagResourceInput.ResourceARN: ResourceARN */
        [276] = {REF(members[276].name_ref, strings[77]), REF(members[276].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_tag_resource_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagResourceInput.StreamId: StreamId */
        [277] = {REF(members[277].name_ref, strings[3434]), REF(members[277].shape_ref, shapes[141]), offsetof(struct awsc_kinesis_untag_resource_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagResourceInput.TagKeys: TagKeyList */
        [278] = {REF(members[278].name_ref, strings[486]), REF(members[278].shape_ref, shapes[104]), offsetof(struct awsc_kinesis_untag_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagResourceInput.ResourceARN: ResourceARN */
        [279] = {REF(members[279].name_ref, strings[77]), REF(members[279].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_untag_resource_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagResourceInput.StreamId: StreamId */
        [280] = {REF(members[280].name_ref, strings[629]), REF(members[280].shape_ref, shapes[78]), offsetof(struct awsc_kinesis_update_account_settings_input, minimum_throughput_billing_commitment), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateAccountSettingsInput.MinimumThroughputBillingCommitment: MinimumThroughputBillingCommitmentInput */
        [281] = {REF(members[281].name_ref, strings[629]), REF(members[281].shape_ref, shapes[80]), offsetof(struct awsc_kinesis_update_account_settings_output, minimum_throughput_billing_commitment), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateAccountSettingsOutput.MinimumThroughputBillingCommitment: MinimumThroughputBillingCommitmentOutput */
        [282] = {REF(members[282].name_ref, strings[67]), REF(members[282].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_update_max_record_size_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateMaxRecordSizeInput.StreamARN: StreamARN */
        [283] = {REF(members[283].name_ref, strings[77]), REF(members[283].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_update_max_record_size_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateMaxRecordSizeInput.StreamId: StreamId */
        [284] = {REF(members[284].name_ref, strings[380]), REF(members[284].shape_ref, shapes[73]), offsetof(struct awsc_kinesis_update_max_record_size_input, max_record_size_in_ki_b), offsetof(struct awsc_kinesis_update_max_record_size_input, has_max_record_size_in_ki_b), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateMaxRecordSizeInput.MaxRecordSizeInKiB: MaxRecordSizeInKiB */
        [285] = {REF(members[285].name_ref, strings[51]), REF(members[285].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_update_shard_count_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateShardCountInput.StreamName: StreamName */
        [286] = {REF(members[286].name_ref, strings[4458]), REF(members[286].shape_ref, shapes[88]), offsetof(struct awsc_kinesis_update_shard_count_input, target_shard_count), offsetof(struct awsc_kinesis_update_shard_count_input, has_target_shard_count), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateShardCountInput.TargetShardCount: PositiveIntegerObject */
        [287] = {REF(members[287].name_ref, strings[3491]), REF(members[287].shape_ref, shapes[108]), offsetof(struct awsc_kinesis_update_shard_count_input, scaling_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateShardCountInput.ScalingType: ScalingType */
        [288] = {REF(members[288].name_ref, strings[67]), REF(members[288].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_update_shard_count_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateShardCountInput.StreamARN: StreamARN */
        [289] = {REF(members[289].name_ref, strings[77]), REF(members[289].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_update_shard_count_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateShardCountInput.StreamId: StreamId */
        [290] = {REF(members[290].name_ref, strings[51]), REF(members[290].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_update_shard_count_output, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateShardCountOutput.StreamName: StreamName */
        [291] = {REF(members[291].name_ref, strings[4498]), REF(members[291].shape_ref, shapes[88]), offsetof(struct awsc_kinesis_update_shard_count_output, current_shard_count), offsetof(struct awsc_kinesis_update_shard_count_output, has_current_shard_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateShardCountOutput.CurrentShardCount: PositiveIntegerObject */
        [292] = {REF(members[292].name_ref, strings[4458]), REF(members[292].shape_ref, shapes[88]), offsetof(struct awsc_kinesis_update_shard_count_output, target_shard_count), offsetof(struct awsc_kinesis_update_shard_count_output, has_target_shard_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateShardCountOutput.TargetShardCount: PositiveIntegerObject */
        [293] = {REF(members[293].name_ref, strings[67]), REF(members[293].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_update_shard_count_output, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateShardCountOutput.StreamARN: StreamARN */
        [294] = {REF(members[294].name_ref, strings[67]), REF(members[294].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_update_stream_mode_input, stream_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateStreamModeInput.StreamARN: StreamARN */
        [295] = {REF(members[295].name_ref, strings[77]), REF(members[295].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_update_stream_mode_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateStreamModeInput.StreamId: StreamId */
        [296] = {REF(members[296].name_ref, strings[342]), REF(members[296].shape_ref, shapes[129]), offsetof(struct awsc_kinesis_update_stream_mode_input, stream_mode_details), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateStreamModeInput.StreamModeDetails: StreamModeDetails */
        [297] = {REF(members[297].name_ref, strings[360]), REF(members[297].shape_ref, shapes[82]), offsetof(struct awsc_kinesis_update_stream_mode_input, warm_throughput_mi_bps), offsetof(struct awsc_kinesis_update_stream_mode_input, has_warm_throughput_mi_bps), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateStreamModeInput.WarmThroughputMiBps: NaturalIntegerObject */
        [298] = {REF(members[298].name_ref, strings[67]), REF(members[298].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_update_stream_warm_throughput_input, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateStreamWarmThroughputInput.StreamARN: StreamARN */
        [299] = {REF(members[299].name_ref, strings[51]), REF(members[299].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_update_stream_warm_throughput_input, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateStreamWarmThroughputInput.StreamName: StreamName */
        [300] = {REF(members[300].name_ref, strings[77]), REF(members[300].shape_ref, shapes[127]), offsetof(struct awsc_kinesis_update_stream_warm_throughput_input, stream_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateStreamWarmThroughputInput.StreamId: StreamId */
        [301] = {REF(members[301].name_ref, strings[360]), REF(members[301].shape_ref, shapes[82]), offsetof(struct awsc_kinesis_update_stream_warm_throughput_input, warm_throughput_mi_bps), offsetof(struct awsc_kinesis_update_stream_warm_throughput_input, has_warm_throughput_mi_bps), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateStreamWarmThroughputInput.WarmThroughputMiBps: NaturalIntegerObject */
        [302] = {REF(members[302].name_ref, strings[67]), REF(members[302].shape_ref, shapes[124]), offsetof(struct awsc_kinesis_update_stream_warm_throughput_output, stream_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateStreamWarmThroughputOutput.StreamARN: StreamARN */
        [303] = {REF(members[303].name_ref, strings[51]), REF(members[303].shape_ref, shapes[130]), offsetof(struct awsc_kinesis_update_stream_warm_throughput_output, stream_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateStreamWarmThroughputOutput.StreamName: StreamName */
        [304] = {REF(members[304].name_ref, strings[4001]), REF(members[304].shape_ref, shapes[157]), offsetof(struct awsc_kinesis_update_stream_warm_throughput_output, warm_throughput), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateStreamWarmThroughputOutput.WarmThroughput: WarmThroughputObject */
        [305] = {REF(members[305].name_ref, strings[22]), REF(members[305].shape_ref, shapes[36]), offsetof(struct awsc_kinesis_validation_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ValidationException.message: ErrorMessage */
        [306] = {REF(members[306].name_ref, strings[4644]), REF(members[306].shape_ref, shapes[82]), offsetof(struct awsc_kinesis_warm_throughput_object, target_mi_bps), offsetof(struct awsc_kinesis_warm_throughput_object, has_target_mi_bps), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* WarmThroughputObject.TargetMiBps: NaturalIntegerObject */
        [307] = {REF(members[307].name_ref, strings[4656]), REF(members[307].shape_ref, shapes[82]), offsetof(struct awsc_kinesis_warm_throughput_object, current_mi_bps), offsetof(struct awsc_kinesis_warm_throughput_object, has_current_mi_bps), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* WarmThroughputObject.CurrentMiBps: NaturalIntegerObject */
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
        /*     30 */ "AddTagsToStreamInput\0"
        /*     51 */ "StreamName\0"
        /*     62 */ "Tags\0"
        /*     67 */ "StreamARN\0"
        /*     77 */ "StreamId\0"
        /*     86 */ "BooleanObject\0"
        /*    100 */ "ChildShard\0"
        /*    111 */ "ShardId\0"
        /*    119 */ "ParentShards\0"
        /*    132 */ "HashKeyRange\0"
        /*    145 */ "ChildShardList\0"
        /*    160 */ "Consumer\0"
        /*    169 */ "ConsumerName\0"
        /*    182 */ "ConsumerARN\0"
        /*    194 */ "ConsumerStatus\0"
        /*    209 */ "ConsumerCreationTimestamp\0"
        /*    235 */ "ConsumerCountObject\0"
        /*    255 */ "ConsumerDescription\0"
        /*    275 */ "ConsumerList\0"
        /*    288 */ "CREATING\0" "DELETING\0" "ACTIVE\0"
        /*    313 */ "CreateStreamInput\0"
        /*    331 */ "ShardCount\0"
        /*    342 */ "StreamModeDetails\0"
        /*    360 */ "WarmThroughputMiBps\0"
        /*    380 */ "MaxRecordSizeInKiB\0"
        /*    399 */ "Data\0"
        /*    404 */ "DecreaseStreamRetentionPeriodInput\0"
        /*    439 */ "RetentionPeriodHours\0"
        /*    460 */ "DeleteResourcePolicyInput\0"
        /*    486 */ "ResourceARN\0"
        /*    498 */ "DeleteStreamInput\0"
        /*    516 */ "EnforceConsumerDeletion\0"
        /*    540 */ "DeregisterStreamConsumerInput\0"
        /*    570 */ "DescribeAccountSettingsInput\0"
        /*    599 */ "DescribeAccountSettingsOutput\0"
        /*    629 */ "MinimumThroughputBillingCommitment\0"
        /*    664 */ "DescribeLimitsInput\0"
        /*    684 */ "DescribeLimitsOutput\0"
        /*    705 */ "ShardLimit\0"
        /*    716 */ "OpenShardCount\0"
        /*    731 */ "OnDemandStreamCount\0"
        /*    751 */ "OnDemandStreamCountLimit\0"
        /*    776 */ "DescribeStreamConsumerInput\0"
        /*    804 */ "DescribeStreamConsumerOutput\0"
        /*    833 */ "DescribeStreamInput\0"
        /*    853 */ "Limit\0"
        /*    859 */ "ExclusiveStartShardId\0"
        /*    881 */ "DescribeStreamInputLimit\0"
        /*    906 */ "DescribeStreamOutput\0"
        /*    927 */ "StreamDescription\0"
        /*    945 */ "DescribeStreamSummaryInput\0"
        /*    972 */ "DescribeStreamSummaryOutput\0"
        /*   1000 */ "StreamDescriptionSummary\0"
        /*   1025 */ "DisableEnhancedMonitoringInput\0"
        /*   1056 */ "ShardLevelMetrics\0"
        /*   1074 */ "EnableEnhancedMonitoringInput\0"
        /*   1104 */ "EncryptionType\0"
        /*   1119 */ "NONE\0" "KMS\0"
        /*   1128 */ "EnhancedMetrics\0"
        /*   1144 */ "EnhancedMonitoringList\0"
        /*   1167 */ "EnhancedMonitoringOutput\0"
        /*   1192 */ "CurrentShardLevelMetrics\0"
        /*   1217 */ "DesiredShardLevelMetrics\0"
        /*   1242 */ "ErrorCode\0"
        /*   1252 */ "ErrorMessage\0"
        /*   1265 */ "ExpiredIteratorException\0"
        /*   1290 */ "ExpiredNextTokenException\0"
        /*   1316 */ "GetRecordsInput\0"
        /*   1332 */ "ShardIterator\0"
        /*   1346 */ "GetRecordsInputLimit\0"
        /*   1367 */ "GetRecordsOutput\0"
        /*   1384 */ "Records\0"
        /*   1392 */ "NextShardIterator\0"
        /*   1410 */ "MillisBehindLatest\0"
        /*   1429 */ "ChildShards\0"
        /*   1441 */ "GetResourcePolicyInput\0"
        /*   1464 */ "GetResourcePolicyOutput\0"
        /*   1488 */ "Policy\0"
        /*   1495 */ "GetShardIteratorInput\0"
        /*   1517 */ "ShardIteratorType\0"
        /*   1535 */ "StartingSequenceNumber\0"
        /*   1558 */ "Timestamp\0"
        /*   1568 */ "GetShardIteratorOutput\0"
        /*   1591 */ "HashKey\0"
        /*   1599 */ "StartingHashKey\0"
        /*   1615 */ "EndingHashKey\0"
        /*   1629 */ "IncreaseStreamRetentionPeriodInput\0"
        /*   1664 */ "InternalFailureException\0"
        /*   1689 */ "InvalidArgumentException\0"
        /*   1714 */ "KMSAccessDeniedException\0"
        /*   1739 */ "KMSDisabledException\0"
        /*   1760 */ "KMSInvalidStateException\0"
        /*   1785 */ "KMSNotFoundException\0"
        /*   1806 */ "KMSOptInRequired\0"
        /*   1823 */ "KMSThrottlingException\0"
        /*   1846 */ "KeyId\0"
        /*   1852 */ "LimitExceededException\0"
        /*   1875 */ "ListShardsInput\0"
        /*   1891 */ "NextToken\0"
        /*   1901 */ "MaxResults\0"
        /*   1912 */ "StreamCreationTimestamp\0"
        /*   1936 */ "ShardFilter\0"
        /*   1948 */ "ListShardsInputLimit\0"
        /*   1969 */ "ListShardsOutput\0"
        /*   1986 */ "Shards\0"
        /*   1993 */ "ListStreamConsumersInput\0"
        /*   2018 */ "ListStreamConsumersInputLimit\0"
        /*   2048 */ "ListStreamConsumersOutput\0"
        /*   2074 */ "Consumers\0"
        /*   2084 */ "ListStreamsInput\0"
        /*   2101 */ "ExclusiveStartStreamName\0"
        /*   2126 */ "ListStreamsInputLimit\0"
        /*   2148 */ "ListStreamsOutput\0"
        /*   2166 */ "StreamNames\0"
        /*   2178 */ "HasMoreStreams\0"
        /*   2193 */ "StreamSummaries\0"
        /*   2209 */ "ListTagsForResourceInput\0"
        /*   2234 */ "ListTagsForResourceOutput\0"
        /*   2260 */ "ListTagsForStreamInput\0"
        /*   2283 */ "ExclusiveStartTagKey\0"
        /*   2304 */ "ListTagsForStreamInputLimit\0"
        /*   2332 */ "ListTagsForStreamOutput\0"
        /*   2356 */ "HasMoreTags\0"
        /*   2368 */ "MergeShardsInput\0"
        /*   2385 */ "ShardToMerge\0"
        /*   2398 */ "AdjacentShardToMerge\0"
        /*   2419 */ "MetricsName\0"
        /*   2431 */ "IncomingBytes\0" "IncomingRecords\0" "OutgoingBytes\0" "OutgoingRecords\0" "WriteProvisionedThroughputExceeded\0" "ReadProvisionedThroughputExceeded\0" "IteratorAgeMilliseconds\0" "ALL\0"
        /*   2588 */ "MetricsNameList\0"
        /*   2604 */ "MinimumThroughputBillingCommitmentInput\0"
        /*   2644 */ "Status\0"
        /*   2651 */ "MinimumThroughputBillingCommitmentInputStatus\0"
        /*   2697 */ "ENABLED\0" "DISABLED\0"
        /*   2714 */ "MinimumThroughputBillingCommitmentOutput\0"
        /*   2755 */ "StartedAt\0"
        /*   2765 */ "EndedAt\0"
        /*   2773 */ "EarliestAllowedEndAt\0"
        /*   2794 */ "MinimumThroughputBillingCommitmentOutputStatus\0"
        /*   2841 */ "ENABLED\0" "DISABLED\0" "ENABLED_UNTIL_EARLIEST_ALLOWED_END\0"
        /*   2893 */ "NaturalIntegerObject\0"
        /*   2914 */ "OnDemandStreamCountLimitObject\0"
        /*   2945 */ "OnDemandStreamCountObject\0"
        /*   2971 */ "PartitionKey\0"
        /*   2984 */ "PositiveIntegerObject\0"
        /*   3006 */ "ProvisionedThroughputExceededException\0"
        /*   3045 */ "PutRecordInput\0"
        /*   3060 */ "ExplicitHashKey\0"
        /*   3076 */ "SequenceNumberForOrdering\0"
        /*   3102 */ "PutRecordOutput\0"
        /*   3118 */ "SequenceNumber\0"
        /*   3133 */ "PutRecordsInput\0"
        /*   3149 */ "PutRecordsOutput\0"
        /*   3166 */ "FailedRecordCount\0"
        /*   3184 */ "PutRecordsRequestEntry\0"
        /*   3207 */ "PutRecordsRequestEntryList\0"
        /*   3234 */ "PutRecordsResultEntry\0"
        /*   3256 */ "PutRecordsResultEntryList\0"
        /*   3282 */ "PutResourcePolicyInput\0"
        /*   3305 */ "Record\0"
        /*   3312 */ "ApproximateArrivalTimestamp\0"
        /*   3340 */ "RecordList\0"
        /*   3351 */ "RegisterStreamConsumerInput\0"
        /*   3379 */ "RegisterStreamConsumerOutput\0"
        /*   3408 */ "RemoveTagsFromStreamInput\0"
        /*   3434 */ "TagKeys\0"
        /*   3442 */ "ResourceInUseException\0"
        /*   3465 */ "ResourceNotFoundException\0"
        /*   3491 */ "ScalingType\0"
        /*   3503 */ "UNIFORM_SCALING\0"
        /*   3519 */ "SequenceNumberRange\0"
        /*   3539 */ "EndingSequenceNumber\0"
        /*   3560 */ "Shard\0"
        /*   3566 */ "ParentShardId\0"
        /*   3580 */ "AdjacentParentShardId\0"
        /*   3602 */ "ShardCountObject\0"
        /*   3619 */ "Type\0"
        /*   3624 */ "ShardFilterType\0"
        /*   3640 */ "AFTER_SHARD_ID\0" "AT_TRIM_HORIZON\0" "FROM_TRIM_HORIZON\0" "AT_LATEST\0" "AT_TIMESTAMP\0" "FROM_TIMESTAMP\0"
        /*   3727 */ "ShardIdList\0"
        /*   3739 */ "AT_SEQUENCE_NUMBER\0" "AFTER_SEQUENCE_NUMBER\0" "TRIM_HORIZON\0" "LATEST\0" "AT_TIMESTAMP\0"
        /*   3813 */ "ShardList\0"
        /*   3823 */ "SplitShardInput\0"
        /*   3839 */ "ShardToSplit\0"
        /*   3852 */ "NewStartingHashKey\0"
        /*   3871 */ "StartStreamEncryptionInput\0"
        /*   3898 */ "StartingPosition\0"
        /*   3915 */ "StopStreamEncryptionInput\0"
        /*   3941 */ "StreamStatus\0"
        /*   3954 */ "HasMoreShards\0"
        /*   3968 */ "EnhancedMonitoring\0"
        /*   3987 */ "ConsumerCount\0"
        /*   4001 */ "WarmThroughput\0"
        /*   4016 */ "StreamMode\0"
        /*   4027 */ "PROVISIONED\0" "ON_DEMAND\0"
        /*   4049 */ "StreamNameList\0"
        /*   4064 */ "CREATING\0" "DELETING\0" "ACTIVE\0" "UPDATING\0"
        /*   4098 */ "StreamSummary\0"
        /*   4112 */ "StreamSummaryList\0"
        /*   4130 */ "SubscribeToShardEvent\0"
        /*   4152 */ "ContinuationSequenceNumber\0"
        /*   4179 */ "SubscribeToShardEventStream\0"
        /*   4207 */ "SubscribeToShardInput\0"
        /*   4229 */ "SubscribeToShardOutput\0"
        /*   4252 */ "EventStream\0"
        /*   4264 */ "Tag\0"
        /*   4268 */ "Key\0"
        /*   4272 */ "Value\0"
        /*   4278 */ "TagKey\0"
        /*   4285 */ "TagKeyList\0"
        /*   4296 */ "TagList\0"
        /*   4304 */ "TagMap\0"
        /*   4311 */ "TagResourceInput\0"
        /*   4328 */ "TagValue\0"
        /*   4337 */ "UntagResourceInput\0"
        /*   4356 */ "UpdateAccountSettingsInput\0"
        /*   4383 */ "UpdateAccountSettingsOutput\0"
        /*   4411 */ "UpdateMaxRecordSizeInput\0"
        /*   4436 */ "UpdateShardCountInput\0"
        /*   4458 */ "TargetShardCount\0"
        /*   4475 */ "UpdateShardCountOutput\0"
        /*   4498 */ "CurrentShardCount\0"
        /*   4516 */ "UpdateStreamModeInput\0"
        /*   4538 */ "UpdateStreamWarmThroughputInput\0"
        /*   4570 */ "UpdateStreamWarmThroughputOutput\0"
        /*   4603 */ "ValidationException\0"
        /*   4623 */ "WarmThroughputObject\0"
        /*   4644 */ "TargetMiBps\0"
        /*   4656 */ "CurrentMiBps\0"
        /*   4669 */ "AddTagsToStream\0"
        /*   4685 */ "POST\0"
        /*   4690 */ "/\0"
        /*   4692 */ "OperationType\0"
        /*   4706 */ "control\0"
        /*   4714 */ "CreateStream\0"
        /*   4727 */ "DecreaseStreamRetentionPeriod\0"
        /*   4757 */ "DeleteResourcePolicy\0"
        /*   4778 */ "DeleteStream\0"
        /*   4791 */ "DeregisterStreamConsumer\0"
        /*   4816 */ "DescribeAccountSettings\0"
        /*   4840 */ "DescribeLimits\0"
        /*   4855 */ "DescribeStream\0"
        /*   4870 */ "DescribeStreamConsumer\0"
        /*   4893 */ "DescribeStreamSummary\0"
        /*   4915 */ "DisableEnhancedMonitoring\0"
        /*   4941 */ "EnableEnhancedMonitoring\0"
        /*   4966 */ "GetRecords\0"
        /*   4977 */ "data\0"
        /*   4982 */ "GetResourcePolicy\0"
        /*   5000 */ "GetShardIterator\0"
        /*   5017 */ "IncreaseStreamRetentionPeriod\0"
        /*   5047 */ "ListShards\0"
        /*   5058 */ "ListStreamConsumers\0"
        /*   5078 */ "ListStreams\0"
        /*   5090 */ "ListTagsForResource\0"
        /*   5110 */ "ListTagsForStream\0"
        /*   5128 */ "MergeShards\0"
        /*   5140 */ "PutRecord\0"
        /*   5150 */ "PutRecords\0"
        /*   5161 */ "PutResourcePolicy\0"
        /*   5179 */ "RegisterStreamConsumer\0"
        /*   5202 */ "RemoveTagsFromStream\0"
        /*   5223 */ "SplitShard\0"
        /*   5234 */ "StartStreamEncryption\0"
        /*   5256 */ "StopStreamEncryption\0"
        /*   5277 */ "SubscribeToShard\0"
        /*   5294 */ "TagResource\0"
        /*   5306 */ "UntagResource\0"
        /*   5320 */ "UpdateAccountSettings\0"
        /*   5342 */ "UpdateMaxRecordSize\0"
        /*   5362 */ "UpdateShardCount\0"
        /*   5379 */ "UpdateStreamMode\0"
        /*   5396 */ "UpdateStreamWarmThroughput\0"
        /*   5423 */ "kinesis\0"
        /*   5431 */ "Kinesis\0"
        /*   5439 */ "Amazon Kinesis\0"
        /*   5454 */ "2013-12-02\0"
        /*   5465 */ "Kinesis_20131202\0"
        /*   5482 */ "1.1\0"
        /*   5486 */ "KINESIS",
};

/* The descriptor programs use (<awsc/kinesis.h>): the one in the tables. */
const struct awsc_service *awsc_kinesis_service(void)
{
    return &T.service;
}

enum awsc_kinesis_consumer_status awsc_kinesis_consumer_status_parse(const char *value)
{
    return (enum awsc_kinesis_consumer_status)awsc_enum_parse(&T.strings[288], 3, value);
}

const char *awsc_kinesis_consumer_status_str(enum awsc_kinesis_consumer_status value)
{
    return awsc_enum_str(&T.strings[288], 3, (int)value);
}

enum awsc_kinesis_encryption_type awsc_kinesis_encryption_type_parse(const char *value)
{
    return (enum awsc_kinesis_encryption_type)awsc_enum_parse(&T.strings[1119], 2, value);
}

const char *awsc_kinesis_encryption_type_str(enum awsc_kinesis_encryption_type value)
{
    return awsc_enum_str(&T.strings[1119], 2, (int)value);
}

enum awsc_kinesis_metrics_name awsc_kinesis_metrics_name_parse(const char *value)
{
    return (enum awsc_kinesis_metrics_name)awsc_enum_parse(&T.strings[2431], 8, value);
}

const char *awsc_kinesis_metrics_name_str(enum awsc_kinesis_metrics_name value)
{
    return awsc_enum_str(&T.strings[2431], 8, (int)value);
}

enum awsc_kinesis_minimum_throughput_billing_commitment_input_status awsc_kinesis_minimum_throughput_billing_commitment_input_status_parse(const char *value)
{
    return (enum awsc_kinesis_minimum_throughput_billing_commitment_input_status)awsc_enum_parse(&T.strings[2697], 2, value);
}

const char *awsc_kinesis_minimum_throughput_billing_commitment_input_status_str(enum awsc_kinesis_minimum_throughput_billing_commitment_input_status value)
{
    return awsc_enum_str(&T.strings[2697], 2, (int)value);
}

enum awsc_kinesis_minimum_throughput_billing_commitment_output_status awsc_kinesis_minimum_throughput_billing_commitment_output_status_parse(const char *value)
{
    return (enum awsc_kinesis_minimum_throughput_billing_commitment_output_status)awsc_enum_parse(&T.strings[2841], 3, value);
}

const char *awsc_kinesis_minimum_throughput_billing_commitment_output_status_str(enum awsc_kinesis_minimum_throughput_billing_commitment_output_status value)
{
    return awsc_enum_str(&T.strings[2841], 3, (int)value);
}

enum awsc_kinesis_scaling_type awsc_kinesis_scaling_type_parse(const char *value)
{
    return (enum awsc_kinesis_scaling_type)awsc_enum_parse(&T.strings[3503], 1, value);
}

const char *awsc_kinesis_scaling_type_str(enum awsc_kinesis_scaling_type value)
{
    return awsc_enum_str(&T.strings[3503], 1, (int)value);
}

enum awsc_kinesis_shard_filter_type awsc_kinesis_shard_filter_type_parse(const char *value)
{
    return (enum awsc_kinesis_shard_filter_type)awsc_enum_parse(&T.strings[3640], 6, value);
}

const char *awsc_kinesis_shard_filter_type_str(enum awsc_kinesis_shard_filter_type value)
{
    return awsc_enum_str(&T.strings[3640], 6, (int)value);
}

enum awsc_kinesis_shard_iterator_type awsc_kinesis_shard_iterator_type_parse(const char *value)
{
    return (enum awsc_kinesis_shard_iterator_type)awsc_enum_parse(&T.strings[3739], 5, value);
}

const char *awsc_kinesis_shard_iterator_type_str(enum awsc_kinesis_shard_iterator_type value)
{
    return awsc_enum_str(&T.strings[3739], 5, (int)value);
}

enum awsc_kinesis_stream_mode awsc_kinesis_stream_mode_parse(const char *value)
{
    return (enum awsc_kinesis_stream_mode)awsc_enum_parse(&T.strings[4027], 2, value);
}

const char *awsc_kinesis_stream_mode_str(enum awsc_kinesis_stream_mode value)
{
    return awsc_enum_str(&T.strings[4027], 2, (int)value);
}

enum awsc_kinesis_stream_status awsc_kinesis_stream_status_parse(const char *value)
{
    return (enum awsc_kinesis_stream_status)awsc_enum_parse(&T.strings[4064], 4, value);
}

const char *awsc_kinesis_stream_status_str(enum awsc_kinesis_stream_status value)
{
    return awsc_enum_str(&T.strings[4064], 4, (int)value);
}

#undef PREF
#undef PAGERS
#undef RULES_REF
#undef RULES
#undef REF
#undef T
