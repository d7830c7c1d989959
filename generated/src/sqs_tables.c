/*
 * sqs_tables.c - the service descriptor, operations and shapes of
 * SQS.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/sqs.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

/* List and map types all share the layouts of awsc_list_view and
 * awsc_map_view, which the codecs rely on. */
_Static_assert(offsetof(struct awsc_sqs_string_list, count) == offsetof(struct awsc_list_view, count), "StringList");
_Static_assert(offsetof(struct awsc_sqs_batch_result_error_entry_list, count) == offsetof(struct awsc_list_view, count), "BatchResultErrorEntryList");
_Static_assert(offsetof(struct awsc_sqs_binary_list, count) == offsetof(struct awsc_list_view, count), "BinaryList");
_Static_assert(offsetof(struct awsc_sqs_change_message_visibility_batch_request_entry_list, count) == offsetof(struct awsc_list_view, count), "ChangeMessageVisibilityBatchRequestEntryList");
_Static_assert(offsetof(struct awsc_sqs_change_message_visibility_batch_result_entry_list, count) == offsetof(struct awsc_list_view, count), "ChangeMessageVisibilityBatchResultEntryList");
_Static_assert(offsetof(struct awsc_sqs_delete_message_batch_request_entry_list, count) == offsetof(struct awsc_list_view, count), "DeleteMessageBatchRequestEntryList");
_Static_assert(offsetof(struct awsc_sqs_delete_message_batch_result_entry_list, count) == offsetof(struct awsc_list_view, count), "DeleteMessageBatchResultEntryList");
_Static_assert(offsetof(struct awsc_sqs_list_message_move_tasks_result_entry_list, count) == offsetof(struct awsc_list_view, count), "ListMessageMoveTasksResultEntryList");
_Static_assert(offsetof(struct awsc_sqs_message_list, count) == offsetof(struct awsc_list_view, count), "MessageList");
_Static_assert(offsetof(struct awsc_sqs_send_message_batch_request_entry_list, count) == offsetof(struct awsc_list_view, count), "SendMessageBatchRequestEntryList");
_Static_assert(offsetof(struct awsc_sqs_send_message_batch_result_entry_list, count) == offsetof(struct awsc_list_view, count), "SendMessageBatchResultEntryList");
_Static_assert(offsetof(struct awsc_sqs_message_body_attribute_map, count) == offsetof(struct awsc_map_view, count), "MessageBodyAttributeMap");
_Static_assert(offsetof(struct awsc_sqs_message_body_system_attribute_map, count) == offsetof(struct awsc_map_view, count), "MessageBodySystemAttributeMap");
_Static_assert(offsetof(struct awsc_sqs_tag_map, count) == offsetof(struct awsc_map_view, count), "TagMap");

/*
 * The tables: the service, its operations and every shape, member and
 * name of SQS in one object, so that each refers to another by its
 * distance from it (awsc_ref, in <awsc/shape.h>): plain read-only data,
 * with no relocation at load time. REF(field, target) is the reference
 * stored at field that names target.
 */
#define T awsc__sqs_tables
#define REF(field, target) AWSC_REF(T.field, T.target)
/* The strings are one literal; it passes the 4095 characters ISO C
 * requires compilers to take (GCC and Clang take any length). */
#pragma GCC diagnostic ignored "-Woverlength-strings"
#ifndef AWSC__SQS_TABLES
#define AWSC__SQS_TABLES

/* The endpoint rule set of sqs: a part of the service's tables. */
struct awsc__sqs_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[4];
    uint16_t slots[5];
    struct awsc_ep_rule rules[21];
    struct awsc_ep_expr exprs[37];
    uint16_t args[42];
    struct awsc_ep_endpoint endpoints[6];
    char strings[486];
};
/* The service, its operations and every shape, member and name of
 * SQS, in one object. */
struct awsc__sqs_tables {
    struct awsc_service service;
    struct awsc_operation operations[23];
    awsc_ref op_errors[163];
    awsc_ref service_errors[28];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__sqs_pagers pagers; /* <awsc/sqs.h> */
#endif
    struct awsc__sqs_rules rules;
    struct awsc_shape shapes[114];
    struct awsc_member members[159];
    uint16_t by_wire_name[159];
    char strings[4384];
};
extern const struct awsc__sqs_tables awsc__sqs_tables AWSC__HIDDEN;
#endif
/* RULES_REF(field, target): a reference inside the endpoint rule set's
 * part of the tables. */
#define RULES T.rules
#define RULES_REF(field, target) AWSC_REF(RULES.field, RULES.target)
/* PREF(field, target): a reference inside the paginators' and waiters'
 * part of the tables. */
#define PAGERS T.pagers
#define PREF(field, target) AWSC_REF(PAGERS.field, PAGERS.target)

const struct awsc__sqs_tables T = {
    .service = {
        .name_ref = REF(service.name_ref, strings[4323]),
        .service_id_ref = REF(service.service_id_ref, strings[4327]),
        .full_name_ref = REF(service.full_name_ref, strings[4331]),
        .api_version_ref = REF(service.api_version_ref, strings[4359]),
        .endpoint_prefix_ref = REF(service.endpoint_prefix_ref, strings[4323]),
        .signing_name_ref = REF(service.signing_name_ref, strings[4323]),
        .target_prefix_ref = REF(service.target_prefix_ref, strings[4370]),
        .json_version_ref = REF(service.json_version_ref, strings[4380]),
        .env_name_ref = REF(service.env_name_ref, strings[4327]),
        .operations_ref = REF(service.operations_ref, operations[0]),
        .errors_ref = REF(service.errors_ref, service_errors[0]),
        .protocol = AWSC_PROTO_JSON,
        .operation_count = 23,
        .error_count = 28,
        .flags = AWSC_SVC_ERROR_SHAPE_BY_TYPE | AWSC_SVC_QUERY_COMPATIBLE,
#if AWSC_WITH_PAGINATORS
        .paginator_count = 2,
#endif
        .ruleset_ref = REF(service.ruleset_ref, rules.ruleset),
#if AWSC_WITH_PAGINATORS
        .paginators_ref = REF(service.paginators_ref, pagers.paginators[0]),
#endif
    },
    /* sorted by name */
    .operations = {
        [0] = { /* AddPermission */
            .name_ref = REF(operations[0].name_ref, strings[3934]),
            .http_method_ref = REF(operations[0].http_method_ref, strings[3948]),
            .request_uri_ref = REF(operations[0].request_uri_ref, strings[3953]),
            .input_ref = REF(operations[0].input_ref, shapes[2]),
            .errors_ref = REF(operations[0].errors_ref, op_errors[0]),
            .service_ref = REF(operations[0].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [1] = { /* CancelMessageMoveTask */
            .name_ref = REF(operations[1].name_ref, strings[3955]),
            .http_method_ref = REF(operations[1].http_method_ref, strings[3948]),
            .request_uri_ref = REF(operations[1].request_uri_ref, strings[3953]),
            .input_ref = REF(operations[1].input_ref, shapes[12]),
            .output_ref = REF(operations[1].output_ref, shapes[13]),
            .errors_ref = REF(operations[1].errors_ref, op_errors[6]),
            .service_ref = REF(operations[1].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [2] = { /* ChangeMessageVisibility */
            .name_ref = REF(operations[2].name_ref, strings[3977]),
            .http_method_ref = REF(operations[2].http_method_ref, strings[3948]),
            .request_uri_ref = REF(operations[2].request_uri_ref, strings[3953]),
            .input_ref = REF(operations[2].input_ref, shapes[20]),
            .errors_ref = REF(operations[2].errors_ref, op_errors[11]),
            .service_ref = REF(operations[2].service_ref, service),
            .error_count = 7,
            .auth = AWSC_AUTH_SIGV4,
        },
        [3] = { /* ChangeMessageVisibilityBatch */
            .name_ref = REF(operations[3].name_ref, strings[4001]),
            .http_method_ref = REF(operations[3].http_method_ref, strings[3948]),
            .request_uri_ref = REF(operations[3].request_uri_ref, strings[3953]),
            .input_ref = REF(operations[3].input_ref, shapes[14]),
            .output_ref = REF(operations[3].output_ref, shapes[17]),
            .errors_ref = REF(operations[3].errors_ref, op_errors[18]),
            .service_ref = REF(operations[3].service_ref, service),
            .error_count = 9,
            .auth = AWSC_AUTH_SIGV4,
        },
        [4] = { /* CreateQueue */
            .name_ref = REF(operations[4].name_ref, strings[4030]),
            .http_method_ref = REF(operations[4].http_method_ref, strings[3948]),
            .request_uri_ref = REF(operations[4].request_uri_ref, strings[3953]),
            .input_ref = REF(operations[4].input_ref, shapes[21]),
            .output_ref = REF(operations[4].output_ref, shapes[22]),
            .errors_ref = REF(operations[4].errors_ref, op_errors[27]),
            .service_ref = REF(operations[4].service_ref, service),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
        },
        [5] = { /* DeleteMessage */
            .name_ref = REF(operations[5].name_ref, strings[4042]),
            .http_method_ref = REF(operations[5].http_method_ref, strings[3948]),
            .request_uri_ref = REF(operations[5].request_uri_ref, strings[3953]),
            .input_ref = REF(operations[5].input_ref, shapes[29]),
            .errors_ref = REF(operations[5].errors_ref, op_errors[35]),
            .service_ref = REF(operations[5].service_ref, service),
            .error_count = 7,
            .auth = AWSC_AUTH_SIGV4,
        },
        [6] = { /* DeleteMessageBatch */
            .name_ref = REF(operations[6].name_ref, strings[4056]),
            .http_method_ref = REF(operations[6].http_method_ref, strings[3948]),
            .request_uri_ref = REF(operations[6].request_uri_ref, strings[3953]),
            .input_ref = REF(operations[6].input_ref, shapes[23]),
            .output_ref = REF(operations[6].output_ref, shapes[26]),
            .errors_ref = REF(operations[6].errors_ref, op_errors[42]),
            .service_ref = REF(operations[6].service_ref, service),
            .error_count = 9,
            .auth = AWSC_AUTH_SIGV4,
        },
        [7] = { /* DeleteQueue */
            .name_ref = REF(operations[7].name_ref, strings[4075]),
            .http_method_ref = REF(operations[7].http_method_ref, strings[3948]),
            .request_uri_ref = REF(operations[7].request_uri_ref, strings[3953]),
            .input_ref = REF(operations[7].input_ref, shapes[30]),
            .errors_ref = REF(operations[7].errors_ref, op_errors[51]),
            .service_ref = REF(operations[7].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [8] = { /* GetQueueAttributes */
            .name_ref = REF(operations[8].name_ref, strings[4087]),
            .http_method_ref = REF(operations[8].http_method_ref, strings[3948]),
            .request_uri_ref = REF(operations[8].request_uri_ref, strings[3953]),
            .input_ref = REF(operations[8].input_ref, shapes[33]),
            .output_ref = REF(operations[8].output_ref, shapes[34]),
            .errors_ref = REF(operations[8].errors_ref, op_errors[56]),
            .service_ref = REF(operations[8].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [9] = { /* GetQueueUrl */
            .name_ref = REF(operations[9].name_ref, strings[4106]),
            .http_method_ref = REF(operations[9].http_method_ref, strings[3948]),
            .request_uri_ref = REF(operations[9].request_uri_ref, strings[3953]),
            .input_ref = REF(operations[9].input_ref, shapes[35]),
            .output_ref = REF(operations[9].output_ref, shapes[36]),
            .errors_ref = REF(operations[9].errors_ref, op_errors[62]),
            .service_ref = REF(operations[9].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [10] = { /* ListDeadLetterSourceQueues */
            .name_ref = REF(operations[10].name_ref, strings[4118]),
            .http_method_ref = REF(operations[10].http_method_ref, strings[3948]),
            .request_uri_ref = REF(operations[10].request_uri_ref, strings[3953]),
            .input_ref = REF(operations[10].input_ref, shapes[51]),
            .output_ref = REF(operations[10].output_ref, shapes[52]),
            .errors_ref = REF(operations[10].errors_ref, op_errors[67]),
            .service_ref = REF(operations[10].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [11] = { /* ListMessageMoveTasks */
            .name_ref = REF(operations[11].name_ref, strings[4145]),
            .http_method_ref = REF(operations[11].http_method_ref, strings[3948]),
            .request_uri_ref = REF(operations[11].request_uri_ref, strings[3953]),
            .input_ref = REF(operations[11].input_ref, shapes[53]),
            .output_ref = REF(operations[11].output_ref, shapes[54]),
            .errors_ref = REF(operations[11].errors_ref, op_errors[72]),
            .service_ref = REF(operations[11].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [12] = { /* ListQueueTags */
            .name_ref = REF(operations[12].name_ref, strings[4166]),
            .http_method_ref = REF(operations[12].http_method_ref, strings[3948]),
            .request_uri_ref = REF(operations[12].request_uri_ref, strings[3953]),
            .input_ref = REF(operations[12].input_ref, shapes[57]),
            .output_ref = REF(operations[12].output_ref, shapes[58]),
            .errors_ref = REF(operations[12].errors_ref, op_errors[77]),
            .service_ref = REF(operations[12].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [13] = { /* ListQueues */
            .name_ref = REF(operations[13].name_ref, strings[4180]),
            .http_method_ref = REF(operations[13].http_method_ref, strings[3948]),
            .request_uri_ref = REF(operations[13].request_uri_ref, strings[3953]),
            .input_ref = REF(operations[13].input_ref, shapes[59]),
            .output_ref = REF(operations[13].output_ref, shapes[60]),
            .errors_ref = REF(operations[13].errors_ref, op_errors[82]),
            .service_ref = REF(operations[13].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [14] = { /* PurgeQueue */
            .name_ref = REF(operations[14].name_ref, strings[4191]),
            .http_method_ref = REF(operations[14].http_method_ref, strings[3948]),
            .request_uri_ref = REF(operations[14].request_uri_ref, strings[3953]),
            .input_ref = REF(operations[14].input_ref, shapes[79]),
            .errors_ref = REF(operations[14].errors_ref, op_errors[86]),
            .service_ref = REF(operations[14].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [15] = { /* ReceiveMessage */
            .name_ref = REF(operations[15].name_ref, strings[4202]),
            .http_method_ref = REF(operations[15].http_method_ref, strings[3948]),
            .request_uri_ref = REF(operations[15].request_uri_ref, strings[3953]),
            .input_ref = REF(operations[15].input_ref, shapes[87]),
            .output_ref = REF(operations[15].output_ref, shapes[88]),
            .errors_ref = REF(operations[15].errors_ref, op_errors[92]),
            .service_ref = REF(operations[15].service_ref, service),
            .error_count = 13,
            .auth = AWSC_AUTH_SIGV4,
        },
        [16] = { /* RemovePermission */
            .name_ref = REF(operations[16].name_ref, strings[4217]),
            .http_method_ref = REF(operations[16].http_method_ref, strings[3948]),
            .request_uri_ref = REF(operations[16].request_uri_ref, strings[3953]),
            .input_ref = REF(operations[16].input_ref, shapes[89]),
            .errors_ref = REF(operations[16].errors_ref, op_errors[105]),
            .service_ref = REF(operations[16].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [17] = { /* SendMessage */
            .name_ref = REF(operations[17].name_ref, strings[4234]),
            .http_method_ref = REF(operations[17].http_method_ref, strings[3948]),
            .request_uri_ref = REF(operations[17].request_uri_ref, strings[3953]),
            .input_ref = REF(operations[17].input_ref, shapes[98]),
            .output_ref = REF(operations[17].output_ref, shapes[99]),
            .errors_ref = REF(operations[17].errors_ref, op_errors[110]),
            .service_ref = REF(operations[17].service_ref, service),
            .error_count = 13,
            .auth = AWSC_AUTH_SIGV4,
        },
        [18] = { /* SendMessageBatch */
            .name_ref = REF(operations[18].name_ref, strings[4246]),
            .http_method_ref = REF(operations[18].http_method_ref, strings[3948]),
            .request_uri_ref = REF(operations[18].request_uri_ref, strings[3953]),
            .input_ref = REF(operations[18].input_ref, shapes[92]),
            .output_ref = REF(operations[18].output_ref, shapes[95]),
            .errors_ref = REF(operations[18].errors_ref, op_errors[123]),
            .service_ref = REF(operations[18].service_ref, service),
            .error_count = 17,
            .auth = AWSC_AUTH_SIGV4,
        },
        [19] = { /* SetQueueAttributes */
            .name_ref = REF(operations[19].name_ref, strings[4263]),
            .http_method_ref = REF(operations[19].http_method_ref, strings[3948]),
            .request_uri_ref = REF(operations[19].request_uri_ref, strings[3953]),
            .input_ref = REF(operations[19].input_ref, shapes[100]),
            .errors_ref = REF(operations[19].errors_ref, op_errors[140]),
            .service_ref = REF(operations[19].service_ref, service),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
        },
        [20] = { /* StartMessageMoveTask */
            .name_ref = REF(operations[20].name_ref, strings[4282]),
            .http_method_ref = REF(operations[20].http_method_ref, strings[3948]),
            .request_uri_ref = REF(operations[20].request_uri_ref, strings[3953]),
            .input_ref = REF(operations[20].input_ref, shapes[101]),
            .output_ref = REF(operations[20].output_ref, shapes[102]),
            .errors_ref = REF(operations[20].errors_ref, op_errors[148]),
            .service_ref = REF(operations[20].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [21] = { /* TagQueue */
            .name_ref = REF(operations[21].name_ref, strings[4303]),
            .http_method_ref = REF(operations[21].http_method_ref, strings[3948]),
            .request_uri_ref = REF(operations[21].request_uri_ref, strings[3953]),
            .input_ref = REF(operations[21].input_ref, shapes[108]),
            .errors_ref = REF(operations[21].errors_ref, op_errors[153]),
            .service_ref = REF(operations[21].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [22] = { /* UntagQueue */
            .name_ref = REF(operations[22].name_ref, strings[4312]),
            .http_method_ref = REF(operations[22].http_method_ref, strings[3948]),
            .request_uri_ref = REF(operations[22].request_uri_ref, strings[3953]),
            .input_ref = REF(operations[22].input_ref, shapes[113]),
            .errors_ref = REF(operations[22].errors_ref, op_errors[158]),
            .service_ref = REF(operations[22].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
    },
    /* each operation's modeled errors */
    .op_errors = {
        REF(op_errors[0], shapes[37]),
        REF(op_errors[1], shapes[43]),
        REF(op_errors[2], shapes[77]),
        REF(op_errors[3], shapes[83]),
        REF(op_errors[4], shapes[90]),
        REF(op_errors[5], shapes[112]),
        REF(op_errors[6], shapes[37]),
        REF(op_errors[7], shapes[43]),
        REF(op_errors[8], shapes[90]),
        REF(op_errors[9], shapes[91]),
        REF(op_errors[10], shapes[112]),
        REF(op_errors[11], shapes[37]),
        REF(op_errors[12], shapes[43]),
        REF(op_errors[13], shapes[69]),
        REF(op_errors[14], shapes[83]),
        REF(op_errors[15], shapes[86]),
        REF(op_errors[16], shapes[90]),
        REF(op_errors[17], shapes[112]),
        REF(op_errors[18], shapes[4]),
        REF(op_errors[19], shapes[31]),
        REF(op_errors[20], shapes[37]),
        REF(op_errors[21], shapes[40]),
        REF(op_errors[22], shapes[43]),
        REF(op_errors[23], shapes[83]),
        REF(op_errors[24], shapes[90]),
        REF(op_errors[25], shapes[111]),
        REF(op_errors[26], shapes[112]),
        REF(op_errors[27], shapes[37]),
        REF(op_errors[28], shapes[38]),
        REF(op_errors[29], shapes[39]),
        REF(op_errors[30], shapes[43]),
        REF(op_errors[31], shapes[82]),
        REF(op_errors[32], shapes[84]),
        REF(op_errors[33], shapes[90]),
        REF(op_errors[34], shapes[112]),
        REF(op_errors[35], shapes[37]),
        REF(op_errors[36], shapes[41]),
        REF(op_errors[37], shapes[43]),
        REF(op_errors[38], shapes[83]),
        REF(op_errors[39], shapes[86]),
        REF(op_errors[40], shapes[90]),
        REF(op_errors[41], shapes[112]),
        REF(op_errors[42], shapes[4]),
        REF(op_errors[43], shapes[31]),
        REF(op_errors[44], shapes[37]),
        REF(op_errors[45], shapes[40]),
        REF(op_errors[46], shapes[43]),
        REF(op_errors[47], shapes[83]),
        REF(op_errors[48], shapes[90]),
        REF(op_errors[49], shapes[111]),
        REF(op_errors[50], shapes[112]),
        REF(op_errors[51], shapes[37]),
        REF(op_errors[52], shapes[43]),
        REF(op_errors[53], shapes[83]),
        REF(op_errors[54], shapes[90]),
        REF(op_errors[55], shapes[112]),
        REF(op_errors[56], shapes[37]),
        REF(op_errors[57], shapes[38]),
        REF(op_errors[58], shapes[43]),
        REF(op_errors[59], shapes[83]),
        REF(op_errors[60], shapes[90]),
        REF(op_errors[61], shapes[112]),
        REF(op_errors[62], shapes[37]),
        REF(op_errors[63], shapes[43]),
        REF(op_errors[64], shapes[83]),
        REF(op_errors[65], shapes[90]),
        REF(op_errors[66], shapes[112]),
        REF(op_errors[67], shapes[37]),
        REF(op_errors[68], shapes[43]),
        REF(op_errors[69], shapes[83]),
        REF(op_errors[70], shapes[90]),
        REF(op_errors[71], shapes[112]),
        REF(op_errors[72], shapes[37]),
        REF(op_errors[73], shapes[43]),
        REF(op_errors[74], shapes[90]),
        REF(op_errors[75], shapes[91]),
        REF(op_errors[76], shapes[112]),
        REF(op_errors[77], shapes[37]),
        REF(op_errors[78], shapes[43]),
        REF(op_errors[79], shapes[83]),
        REF(op_errors[80], shapes[90]),
        REF(op_errors[81], shapes[112]),
        REF(op_errors[82], shapes[37]),
        REF(op_errors[83], shapes[43]),
        REF(op_errors[84], shapes[90]),
        REF(op_errors[85], shapes[112]),
        REF(op_errors[86], shapes[37]),
        REF(op_errors[87], shapes[43]),
        REF(op_errors[88], shapes[78]),
        REF(op_errors[89], shapes[83]),
        REF(op_errors[90], shapes[90]),
        REF(op_errors[91], shapes[112]),
        REF(op_errors[92], shapes[37]),
        REF(op_errors[93], shapes[43]),
        REF(op_errors[94], shapes[44]),
        REF(op_errors[95], shapes[45]),
        REF(op_errors[96], shapes[46]),
        REF(op_errors[97], shapes[47]),
        REF(op_errors[98], shapes[48]),
        REF(op_errors[99], shapes[49]),
        REF(op_errors[100], shapes[50]),
        REF(op_errors[101], shapes[77]),
        REF(op_errors[102], shapes[83]),
        REF(op_errors[103], shapes[90]),
        REF(op_errors[104], shapes[112]),
        REF(op_errors[105], shapes[37]),
        REF(op_errors[106], shapes[43]),
        REF(op_errors[107], shapes[83]),
        REF(op_errors[108], shapes[90]),
        REF(op_errors[109], shapes[112]),
        REF(op_errors[110], shapes[37]),
        REF(op_errors[111], shapes[42]),
        REF(op_errors[112], shapes[43]),
        REF(op_errors[113], shapes[44]),
        REF(op_errors[114], shapes[45]),
        REF(op_errors[115], shapes[46]),
        REF(op_errors[116], shapes[47]),
        REF(op_errors[117], shapes[48]),
        REF(op_errors[118], shapes[49]),
        REF(op_errors[119], shapes[50]),
        REF(op_errors[120], shapes[83]),
        REF(op_errors[121], shapes[90]),
        REF(op_errors[122], shapes[112]),
        REF(op_errors[123], shapes[4]),
        REF(op_errors[124], shapes[5]),
        REF(op_errors[125], shapes[31]),
        REF(op_errors[126], shapes[37]),
        REF(op_errors[127], shapes[40]),
        REF(op_errors[128], shapes[43]),
        REF(op_errors[129], shapes[44]),
        REF(op_errors[130], shapes[45]),
        REF(op_errors[131], shapes[46]),
        REF(op_errors[132], shapes[47]),
        REF(op_errors[133], shapes[48]),
        REF(op_errors[134], shapes[49]),
        REF(op_errors[135], shapes[50]),
        REF(op_errors[136], shapes[83]),
        REF(op_errors[137], shapes[90]),
        REF(op_errors[138], shapes[111]),
        REF(op_errors[139], shapes[112]),
        REF(op_errors[140], shapes[37]),
        REF(op_errors[141], shapes[38]),
        REF(op_errors[142], shapes[39]),
        REF(op_errors[143], shapes[43]),
        REF(op_errors[144], shapes[77]),
        REF(op_errors[145], shapes[83]),
        REF(op_errors[146], shapes[90]),
        REF(op_errors[147], shapes[112]),
        REF(op_errors[148], shapes[37]),
        REF(op_errors[149], shapes[43]),
        REF(op_errors[150], shapes[90]),
        REF(op_errors[151], shapes[91]),
        REF(op_errors[152], shapes[112]),
        REF(op_errors[153], shapes[37]),
        REF(op_errors[154], shapes[43]),
        REF(op_errors[155], shapes[83]),
        REF(op_errors[156], shapes[90]),
        REF(op_errors[157], shapes[112]),
        REF(op_errors[158], shapes[37]),
        REF(op_errors[159], shapes[43]),
        REF(op_errors[160], shapes[83]),
        REF(op_errors[161], shapes[90]),
        REF(op_errors[162], shapes[112]),
    },
    /* every modeled error of the service, sorted by its code on the wire */
    .service_errors = {
        REF(service_errors[0], shapes[4]),
        REF(service_errors[1], shapes[5]),
        REF(service_errors[2], shapes[31]),
        REF(service_errors[3], shapes[37]),
        REF(service_errors[4], shapes[38]),
        REF(service_errors[5], shapes[39]),
        REF(service_errors[6], shapes[40]),
        REF(service_errors[7], shapes[41]),
        REF(service_errors[8], shapes[42]),
        REF(service_errors[9], shapes[43]),
        REF(service_errors[10], shapes[44]),
        REF(service_errors[11], shapes[45]),
        REF(service_errors[12], shapes[46]),
        REF(service_errors[13], shapes[47]),
        REF(service_errors[14], shapes[48]),
        REF(service_errors[15], shapes[49]),
        REF(service_errors[16], shapes[50]),
        REF(service_errors[17], shapes[69]),
        REF(service_errors[18], shapes[77]),
        REF(service_errors[19], shapes[78]),
        REF(service_errors[20], shapes[82]),
        REF(service_errors[21], shapes[83]),
        REF(service_errors[22], shapes[84]),
        REF(service_errors[23], shapes[86]),
        REF(service_errors[24], shapes[90]),
        REF(service_errors[25], shapes[91]),
        REF(service_errors[26], shapes[111]),
        REF(service_errors[27], shapes[112]),
    },
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    .pagers = {
#if AWSC_WITH_PAGINATORS
    .paginators = {
        [0] = { /* ListDeadLetterSourceQueues */
            .name_ref = PREF(paginators[0].name_ref, strings[0]),
            .operation = 10,
            .input_tokens_ref = PREF(paginators[0].input_tokens_ref, input_tokens[0]),
            .output_tokens_ref = PREF(paginators[0].output_tokens_ref, expr_refs[0]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[0].result_keys_ref, expr_refs[1]),
            .result_key_count = 1,
        },
        [1] = { /* ListQueues */
            .name_ref = PREF(paginators[1].name_ref, strings[27]),
            .operation = 13,
            .input_tokens_ref = PREF(paginators[1].input_tokens_ref, input_tokens[1]),
            .output_tokens_ref = PREF(paginators[1].output_tokens_ref, expr_refs[2]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[1].result_keys_ref, expr_refs[3]),
            .result_key_count = 1,
        },
    },
    .input_tokens = {
        1, /* NextToken */
        1, /* NextToken */
    },
    .expr_refs = {
        PREF(expr_refs[0], exprs[0]), /* NextToken */
        PREF(expr_refs[1], exprs[1]), /* queueUrls */
        PREF(expr_refs[2], exprs[0]), /* NextToken */
        PREF(expr_refs[3], exprs[2]), /* QueueUrls */
    },
#endif
    .exprs = {
        {.text_ref = PREF(exprs[0].text_ref, strings[38]), .nodes_ref = PREF(exprs[0].nodes_ref, nodes[0]), .node_count = 1}, /* NextToken */
        {.text_ref = PREF(exprs[1].text_ref, strings[48]), .nodes_ref = PREF(exprs[1].nodes_ref, nodes[1]), .node_count = 1}, /* queueUrls */
        {.text_ref = PREF(exprs[2].text_ref, strings[58]), .nodes_ref = PREF(exprs[2].nodes_ref, nodes[2]), .node_count = 1}, /* QueueUrls */
    },
    .nodes = {
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[0].string_ref, strings[38])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[1].string_ref, strings[48])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[2].string_ref, strings[58])},
    },
    .strings =
        /*      0 */ "ListDeadLetterSourceQueues\0"
        /*     27 */ "ListQueues\0"
        /*     38 */ "NextToken\0"
        /*     48 */ "queueUrls\0"
        /*     58 */ "QueueUrls",
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
        .service = 0, /* sqs */
        .global_region = AWSC_EP_NONE,
        .param_count = 4,
        .slot_count = 5,
        .rule_count = 3,
        .flags = 0,
    },
    /* Parameters: name, default string (a stringArray's: the first in
     * defaults), default count, type, built-in, flags, default boolean. */
    .params = {
        {479, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_REGION, 0, false}, /* Region */
        {4, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_DUAL_STACK, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseDualStack */
        {17, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_FIPS, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseFIPS */
        {25, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ENDPOINT, 0, false}, /* Endpoint */
    },
    /* The slots' names: parameters, then the variables the rules assign. */
    .slots = {
        479, /* 0: Region */
        4, /* 1: UseDualStack */
        17, /* 2: UseFIPS */
        25, /* 3: Endpoint */
        171, /* 4: PartitionResult */
    },
    /* Rules: condition count, first condition (in args), then a tree's
     * first child and child count, an endpoint's index, or an error's
     * message. A run of rules equal to another is stored once. */
    .rules = {
        /* 0 */ AWSC_EP_TREE(1, 1, 3, 3), /* isSet(Endpoint) */
        /* 1 */ AWSC_EP_TREE(1, 9, 20, 1), /* isSet(Region) */
        /* 2 */ AWSC_EP_ERROR(0, 0, 36), /* always */
        /* 3 */ AWSC_EP_ERROR(1, 4, 5), /* booleanEquals(UseFIPS, true) */
        /* 4 */ AWSC_EP_ERROR(1, 7, 8), /* booleanEquals(UseDualStack, true) */
        /* 5 */ AWSC_EP_ENDPOINT(0, 0, 0), /* always */
        /* 6 */ AWSC_EP_ENDPOINT(0, 0, 1), /* always */
        /* 7 */ AWSC_EP_TREE(2, 17, 6, 1), /* booleanEquals(true, PartitionResult#supportsFIPS) && booleanEquals(true, PartitionResu ... */
        /* 8 */ AWSC_EP_ERROR(0, 0, 22), /* always */
        /* 9 */ AWSC_EP_ENDPOINT(1, 26, 2), /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 10 */ AWSC_EP_ENDPOINT(0, 0, 3), /* always */
        /* 11 */ AWSC_EP_TREE(1, 23, 9, 2), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 12 */ AWSC_EP_ERROR(0, 0, 32), /* always */
        /* 13 */ AWSC_EP_ENDPOINT(0, 0, 4), /* always */
        /* 14 */ AWSC_EP_TREE(1, 18, 13, 1), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 15 */ AWSC_EP_ERROR(0, 0, 34), /* always */
        /* 16 */ AWSC_EP_TREE(2, 11, 7, 2), /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 17 */ AWSC_EP_TREE(1, 4, 11, 2), /* booleanEquals(UseFIPS, true) */
        /* 18 */ AWSC_EP_TREE(1, 7, 14, 2), /* booleanEquals(UseDualStack, true) */
        /* 19 */ AWSC_EP_ENDPOINT(0, 0, 5), /* always */
        /* 20 */ AWSC_EP_TREE(1, 10, 16, 4), /* PartitionResult = aws.partition(Region) */
    },
    /* Expressions. S(at) is a string, A(obj, attribute) getAttr and
     * AI(obj, attribute, index) getAttr "[index]", V(slot) a variable,
     * T(n, first) a template of n parts from args, F(fn, n, first) a call,
     * SET(slot, expr) a condition assigning its value. */
    .exprs = {
        /* 0 */ AWSC_EP_V(3), /* Endpoint */
        /* 1 */ AWSC_EP_F(IS_SET, 1, 0), /* isSet(Endpoint) */
        /* 2 */ AWSC_EP_V(2), /* UseFIPS */
        /* 3 */ AWSC_EP_B(1), /* true */
        /* 4 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 2), /* booleanEquals(UseFIPS, true) */
        /* 5 */ AWSC_EP_S(34, 65), /* "Invalid Configuration: FIPS and custom endpoint are not supported" */
        /* 6 */ AWSC_EP_V(1), /* UseDualStack */
        /* 7 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 5), /* booleanEquals(UseDualStack, true) */
        /* 8 */ AWSC_EP_S(100, 70), /* "Invalid Configuration: Dualstack and custom endpoint are not supported" */
        /* 9 */ AWSC_EP_V(0), /* Region */
        /* 10 */ AWSC_EP_F(IS_SET, 1, 8), /* isSet(Region) */
        /* 11 */ AWSC_EP_F(PARTITION, 1, 8), /* aws.partition(Region) */
        /* 12 */ AWSC_EP_SET(4, 11), /* PartitionResult = aws.partition(Region) */
        /* 13 */ AWSC_EP_V(4), /* PartitionResult */
        /* 14 */ AWSC_EP_A(13, SUPPORTS_FIPS), /* PartitionResult#supportsFIPS */
        /* 15 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 13), /* booleanEquals(true, PartitionResult#supportsFIPS) */
        /* 16 */ AWSC_EP_A(13, SUPPORTS_DUAL_STACK), /* PartitionResult#supportsDualStack */
        /* 17 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 15), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 18 */ AWSC_EP_S(187, 17), /* "https://sqs-fips." */
        /* 19 */ AWSC_EP_S(203, 1), /* "." */
        /* 20 */ AWSC_EP_A(13, DUAL_STACK_DNS_SUFFIX), /* PartitionResult#dualStackDnsSuffix */
        /* 21 */ AWSC_EP_T(4, 19), /* "https://sqs-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 22 */ AWSC_EP_S(205, 79), /* "FIPS and DualStack are enabled, but this partition does not support one or both" */
        /* 23 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 14), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 24 */ AWSC_EP_A(13, NAME), /* PartitionResult#name */
        /* 25 */ AWSC_EP_S(285, 10), /* "aws-us-gov" */
        /* 26 */ AWSC_EP_F(STRING_EQUALS, 2, 24), /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 27 */ AWSC_EP_S(296, 12), /* "https://sqs." */
        /* 28 */ AWSC_EP_S(309, 14), /* ".amazonaws.com" */
        /* 29 */ AWSC_EP_T(3, 27), /* "https://sqs.{Region}.amazonaws.com" */
        /* 30 */ AWSC_EP_A(13, DNS_SUFFIX), /* PartitionResult#dnsSuffix */
        /* 31 */ AWSC_EP_T(4, 30), /* "https://sqs-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 32 */ AWSC_EP_S(324, 56), /* "FIPS is enabled but this partition does not support FIPS" */
        /* 33 */ AWSC_EP_T(4, 34), /* "https://sqs.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 34 */ AWSC_EP_S(381, 66), /* "DualStack is enabled but this partition does not support DualStack" */
        /* 35 */ AWSC_EP_T(4, 38), /* "https://sqs.{Region}.{PartitionResult#dnsSuffix}" */
        /* 36 */ AWSC_EP_S(448, 37), /* "Invalid Configuration: Missing Region" */
    },
    .args = {
        0, 1, 2, 3, 4, 6, 3, 7, 9, 10, 12, 4, 7, 3, 14, 3,
        16, 15, 17, 18, 9, 19, 20, 23, 24, 25, 26, 27, 9, 28, 18, 9,
        19, 30, 27, 9, 19, 20, 27, 9, 19, 30,
    },
    /* Endpoints: URL, properties, headers (an object of arrays in props). */
    .endpoints = {
        /* 0 */ {0, AWSC_EP_NONE, AWSC_EP_NONE}, /* Endpoint */
        /* 1 */ {21, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://sqs-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 2 */ {29, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://sqs.{Region}.amazonaws.com" */
        /* 3 */ {31, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://sqs-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 4 */ {33, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://sqs.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 5 */ {35, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://sqs.{Region}.{PartitionResult#dnsSuffix}" */
    },
    .strings =
        /*     0 */ "sqs\0"
        /*     4 */ "UseDualStack\0"
        /*    17 */ "UseFIPS\0"
        /*    25 */ "Endpoint\0"
        /*    34 */ "Invalid Configuration: FIPS and custom endpoint are not supported\0"
        /*   100 */ "Invalid Configuration: Dualstack and custom endpoint are not supported\0"
        /*   171 */ "PartitionResult\0"
        /*   187 */ "https://sqs-fips.\0"
        /*   205 */ "FIPS and DualStack are enabled, but this partition does not support one or both\0"
        /*   285 */ "aws-us-gov\0"
        /*   296 */ "https://sqs.\0"
        /*   309 */ ".amazonaws.com\0"
        /*   324 */ "FIPS is enabled but this partition does not support FIPS\0"
        /*   381 */ "DualStack is enabled but this partition does not support DualStack\0"
        /*   448 */ "Invalid Configuration: Missing Region",
    },
    .shapes = {
        [0] = { /* AWSAccountIdList */
            .name_ref = REF(shapes[0].name_ref, strings[0]),
            .u.collection.item_ref = REF(shapes[0].u.collection.item_ref, shapes[103]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_sqs_string_list),
        },
        [1] = { /* ActionNameList */
            .name_ref = REF(shapes[1].name_ref, strings[17]),
            .u.collection.item_ref = REF(shapes[1].u.collection.item_ref, shapes[103]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_sqs_string_list),
        },
        [2] = { /* AddPermissionRequest */
            .name_ref = REF(shapes[2].name_ref, strings[32]),
            .u.structure.members_ref = REF(shapes[2].u.structure.members_ref, members[0]),
            .u.structure.by_wire_name_ref = REF(shapes[2].u.structure.by_wire_name_ref, by_wire_name[0]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_add_permission_input),
            .u.structure.member_count = 4,
        },
        [3] = { /* AttributeNameList */
            .name_ref = REF(shapes[3].name_ref, strings[90]),
            .u.collection.item_ref = REF(shapes[3].u.collection.item_ref, shapes[81]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_sqs_string_list),
        },
        [4] = { /* BatchEntryIdsNotDistinct */
            .name_ref = REF(shapes[4].name_ref, strings[108]),
            .u.structure.members_ref = REF(shapes[4].u.structure.members_ref, members[4]),
            .u.structure.by_wire_name_ref = REF(shapes[4].u.structure.by_wire_name_ref, by_wire_name[4]),
            .u.structure.error_code_ref = REF(shapes[4].u.structure.error_code_ref, strings[108]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_batch_entry_ids_not_distinct),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [5] = { /* BatchRequestTooLong */
            .name_ref = REF(shapes[5].name_ref, strings[141]),
            .u.structure.members_ref = REF(shapes[5].u.structure.members_ref, members[5]),
            .u.structure.by_wire_name_ref = REF(shapes[5].u.structure.by_wire_name_ref, by_wire_name[5]),
            .u.structure.error_code_ref = REF(shapes[5].u.structure.error_code_ref, strings[141]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_batch_request_too_long),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [6] = { /* BatchResultErrorEntry */
            .name_ref = REF(shapes[6].name_ref, strings[161]),
            .u.structure.members_ref = REF(shapes[6].u.structure.members_ref, members[6]),
            .u.structure.by_wire_name_ref = REF(shapes[6].u.structure.by_wire_name_ref, by_wire_name[6]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_batch_result_error_entry),
            .u.structure.member_count = 4,
        },
        [7] = { /* BatchResultErrorEntryList */
            .name_ref = REF(shapes[7].name_ref, strings[211]),
            .u.collection.item_ref = REF(shapes[7].u.collection.item_ref, shapes[6]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_sqs_batch_result_error_entry_list),
        },
        [8] = { /* Binary */
            .name_ref = REF(shapes[8].name_ref, strings[237]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [9] = { /* BinaryList */
            .name_ref = REF(shapes[9].name_ref, strings[244]),
            .u.collection.item_ref = REF(shapes[9].u.collection.item_ref, shapes[8]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sqs_binary_list),
        },
        [10] = { /* Boolean */
            .name_ref = REF(shapes[10].name_ref, strings[255]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [11] = { /* BoxedInteger */
            .name_ref = REF(shapes[11].name_ref, strings[263]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [12] = { /* CancelMessageMoveTaskRequest */
            .name_ref = REF(shapes[12].name_ref, strings[276]),
            .u.structure.members_ref = REF(shapes[12].u.structure.members_ref, members[10]),
            .u.structure.by_wire_name_ref = REF(shapes[12].u.structure.by_wire_name_ref, by_wire_name[10]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_cancel_message_move_task_input),
            .u.structure.member_count = 1,
        },
        [13] = { /* CancelMessageMoveTaskResult */
            .name_ref = REF(shapes[13].name_ref, strings[316]),
            .u.structure.members_ref = REF(shapes[13].u.structure.members_ref, members[11]),
            .u.structure.by_wire_name_ref = REF(shapes[13].u.structure.by_wire_name_ref, by_wire_name[11]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_cancel_message_move_task_output),
            .u.structure.member_count = 1,
        },
        [14] = { /* ChangeMessageVisibilityBatchRequest */
            .name_ref = REF(shapes[14].name_ref, strings[377]),
            .u.structure.members_ref = REF(shapes[14].u.structure.members_ref, members[12]),
            .u.structure.by_wire_name_ref = REF(shapes[14].u.structure.by_wire_name_ref, by_wire_name[12]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_change_message_visibility_batch_input),
            .u.structure.member_count = 2,
        },
        [15] = { /* ChangeMessageVisibilityBatchRequestEntry */
            .name_ref = REF(shapes[15].name_ref, strings[421]),
            .u.structure.members_ref = REF(shapes[15].u.structure.members_ref, members[14]),
            .u.structure.by_wire_name_ref = REF(shapes[15].u.structure.by_wire_name_ref, by_wire_name[14]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_change_message_visibility_batch_request_entry),
            .u.structure.member_count = 3,
        },
        [16] = { /* ChangeMessageVisibilityBatchRequestEntryList */
            .name_ref = REF(shapes[16].name_ref, strings[494]),
            .u.collection.item_ref = REF(shapes[16].u.collection.item_ref, shapes[15]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_sqs_change_message_visibility_batch_request_entry_list),
        },
        [17] = { /* ChangeMessageVisibilityBatchResult */
            .name_ref = REF(shapes[17].name_ref, strings[539]),
            .u.structure.members_ref = REF(shapes[17].u.structure.members_ref, members[17]),
            .u.structure.by_wire_name_ref = REF(shapes[17].u.structure.by_wire_name_ref, by_wire_name[17]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_change_message_visibility_batch_output),
            .u.structure.member_count = 2,
        },
        [18] = { /* ChangeMessageVisibilityBatchResultEntry */
            .name_ref = REF(shapes[18].name_ref, strings[592]),
            .u.structure.members_ref = REF(shapes[18].u.structure.members_ref, members[19]),
            .u.structure.by_wire_name_ref = REF(shapes[18].u.structure.by_wire_name_ref, by_wire_name[19]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_change_message_visibility_batch_result_entry),
            .u.structure.member_count = 1,
        },
        [19] = { /* ChangeMessageVisibilityBatchResultEntryList */
            .name_ref = REF(shapes[19].name_ref, strings[632]),
            .u.collection.item_ref = REF(shapes[19].u.collection.item_ref, shapes[18]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_sqs_change_message_visibility_batch_result_entry_list),
        },
        [20] = { /* ChangeMessageVisibilityRequest */
            .name_ref = REF(shapes[20].name_ref, strings[676]),
            .u.structure.members_ref = REF(shapes[20].u.structure.members_ref, members[20]),
            .u.structure.by_wire_name_ref = REF(shapes[20].u.structure.by_wire_name_ref, by_wire_name[20]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_change_message_visibility_input),
            .u.structure.member_count = 3,
        },
        [21] = { /* CreateQueueRequest */
            .name_ref = REF(shapes[21].name_ref, strings[707]),
            .u.structure.members_ref = REF(shapes[21].u.structure.members_ref, members[23]),
            .u.structure.by_wire_name_ref = REF(shapes[21].u.structure.by_wire_name_ref, by_wire_name[23]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_create_queue_input),
            .u.structure.member_count = 3,
        },
        [22] = { /* CreateQueueResult */
            .name_ref = REF(shapes[22].name_ref, strings[752]),
            .u.structure.members_ref = REF(shapes[22].u.structure.members_ref, members[26]),
            .u.structure.by_wire_name_ref = REF(shapes[22].u.structure.by_wire_name_ref, by_wire_name[26]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_create_queue_output),
            .u.structure.member_count = 1,
        },
        [23] = { /* DeleteMessageBatchRequest */
            .name_ref = REF(shapes[23].name_ref, strings[770]),
            .u.structure.members_ref = REF(shapes[23].u.structure.members_ref, members[27]),
            .u.structure.by_wire_name_ref = REF(shapes[23].u.structure.by_wire_name_ref, by_wire_name[27]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_delete_message_batch_input),
            .u.structure.member_count = 2,
        },
        [24] = { /* DeleteMessageBatchRequestEntry */
            .name_ref = REF(shapes[24].name_ref, strings[796]),
            .u.structure.members_ref = REF(shapes[24].u.structure.members_ref, members[29]),
            .u.structure.by_wire_name_ref = REF(shapes[24].u.structure.by_wire_name_ref, by_wire_name[29]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_delete_message_batch_request_entry),
            .u.structure.member_count = 2,
        },
        [25] = { /* DeleteMessageBatchRequestEntryList */
            .name_ref = REF(shapes[25].name_ref, strings[827]),
            .u.collection.item_ref = REF(shapes[25].u.collection.item_ref, shapes[24]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_sqs_delete_message_batch_request_entry_list),
        },
        [26] = { /* DeleteMessageBatchResult */
            .name_ref = REF(shapes[26].name_ref, strings[862]),
            .u.structure.members_ref = REF(shapes[26].u.structure.members_ref, members[31]),
            .u.structure.by_wire_name_ref = REF(shapes[26].u.structure.by_wire_name_ref, by_wire_name[31]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_delete_message_batch_output),
            .u.structure.member_count = 2,
        },
        [27] = { /* DeleteMessageBatchResultEntry */
            .name_ref = REF(shapes[27].name_ref, strings[887]),
            .u.structure.members_ref = REF(shapes[27].u.structure.members_ref, members[33]),
            .u.structure.by_wire_name_ref = REF(shapes[27].u.structure.by_wire_name_ref, by_wire_name[33]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_delete_message_batch_result_entry),
            .u.structure.member_count = 1,
        },
        [28] = { /* DeleteMessageBatchResultEntryList */
            .name_ref = REF(shapes[28].name_ref, strings[917]),
            .u.collection.item_ref = REF(shapes[28].u.collection.item_ref, shapes[27]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_sqs_delete_message_batch_result_entry_list),
        },
        [29] = { /* DeleteMessageRequest */
            .name_ref = REF(shapes[29].name_ref, strings[951]),
            .u.structure.members_ref = REF(shapes[29].u.structure.members_ref, members[34]),
            .u.structure.by_wire_name_ref = REF(shapes[29].u.structure.by_wire_name_ref, by_wire_name[34]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_delete_message_input),
            .u.structure.member_count = 2,
        },
        [30] = { /* DeleteQueueRequest */
            .name_ref = REF(shapes[30].name_ref, strings[972]),
            .u.structure.members_ref = REF(shapes[30].u.structure.members_ref, members[36]),
            .u.structure.by_wire_name_ref = REF(shapes[30].u.structure.by_wire_name_ref, by_wire_name[36]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_delete_queue_input),
            .u.structure.member_count = 1,
        },
        [31] = { /* EmptyBatchRequest */
            .name_ref = REF(shapes[31].name_ref, strings[991]),
            .u.structure.members_ref = REF(shapes[31].u.structure.members_ref, members[37]),
            .u.structure.by_wire_name_ref = REF(shapes[31].u.structure.by_wire_name_ref, by_wire_name[37]),
            .u.structure.error_code_ref = REF(shapes[31].u.structure.error_code_ref, strings[991]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_empty_batch_request),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [32] = { /* ExceptionMessage */
            .name_ref = REF(shapes[32].name_ref, strings[1009]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [33] = { /* GetQueueAttributesRequest */
            .name_ref = REF(shapes[33].name_ref, strings[1026]),
            .u.structure.members_ref = REF(shapes[33].u.structure.members_ref, members[38]),
            .u.structure.by_wire_name_ref = REF(shapes[33].u.structure.by_wire_name_ref, by_wire_name[38]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_get_queue_attributes_input),
            .u.structure.member_count = 2,
        },
        [34] = { /* GetQueueAttributesResult */
            .name_ref = REF(shapes[34].name_ref, strings[1067]),
            .u.structure.members_ref = REF(shapes[34].u.structure.members_ref, members[40]),
            .u.structure.by_wire_name_ref = REF(shapes[34].u.structure.by_wire_name_ref, by_wire_name[40]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_get_queue_attributes_output),
            .u.structure.member_count = 1,
        },
        [35] = { /* GetQueueUrlRequest */
            .name_ref = REF(shapes[35].name_ref, strings[1092]),
            .u.structure.members_ref = REF(shapes[35].u.structure.members_ref, members[41]),
            .u.structure.by_wire_name_ref = REF(shapes[35].u.structure.by_wire_name_ref, by_wire_name[41]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_get_queue_url_input),
            .u.structure.member_count = 2,
        },
        [36] = { /* GetQueueUrlResult */
            .name_ref = REF(shapes[36].name_ref, strings[1134]),
            .u.structure.members_ref = REF(shapes[36].u.structure.members_ref, members[43]),
            .u.structure.by_wire_name_ref = REF(shapes[36].u.structure.by_wire_name_ref, by_wire_name[43]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_get_queue_url_output),
            .u.structure.member_count = 1,
        },
        [37] = { /* InvalidAddress */
            .name_ref = REF(shapes[37].name_ref, strings[1152]),
            .u.structure.members_ref = REF(shapes[37].u.structure.members_ref, members[44]),
            .u.structure.by_wire_name_ref = REF(shapes[37].u.structure.by_wire_name_ref, by_wire_name[44]),
            .u.structure.error_code_ref = REF(shapes[37].u.structure.error_code_ref, strings[1152]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_invalid_address),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [38] = { /* InvalidAttributeName */
            .name_ref = REF(shapes[38].name_ref, strings[1167]),
            .u.structure.members_ref = REF(shapes[38].u.structure.members_ref, members[45]),
            .u.structure.by_wire_name_ref = REF(shapes[38].u.structure.by_wire_name_ref, by_wire_name[45]),
            .u.structure.error_code_ref = REF(shapes[38].u.structure.error_code_ref, strings[1167]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_invalid_attribute_name),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [39] = { /* InvalidAttributeValue */
            .name_ref = REF(shapes[39].name_ref, strings[1188]),
            .u.structure.members_ref = REF(shapes[39].u.structure.members_ref, members[46]),
            .u.structure.by_wire_name_ref = REF(shapes[39].u.structure.by_wire_name_ref, by_wire_name[46]),
            .u.structure.error_code_ref = REF(shapes[39].u.structure.error_code_ref, strings[1188]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_invalid_attribute_value),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [40] = { /* InvalidBatchEntryId */
            .name_ref = REF(shapes[40].name_ref, strings[1210]),
            .u.structure.members_ref = REF(shapes[40].u.structure.members_ref, members[47]),
            .u.structure.by_wire_name_ref = REF(shapes[40].u.structure.by_wire_name_ref, by_wire_name[47]),
            .u.structure.error_code_ref = REF(shapes[40].u.structure.error_code_ref, strings[1210]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_invalid_batch_entry_id),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [41] = { /* InvalidIdFormat */
            .name_ref = REF(shapes[41].name_ref, strings[1230]),
            .u.structure.error_code_ref = REF(shapes[41].u.structure.error_code_ref, strings[1230]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_invalid_id_format),
            .u.structure.http_status = 0,
        },
        [42] = { /* InvalidMessageContents */
            .name_ref = REF(shapes[42].name_ref, strings[1246]),
            .u.structure.members_ref = REF(shapes[42].u.structure.members_ref, members[48]),
            .u.structure.by_wire_name_ref = REF(shapes[42].u.structure.by_wire_name_ref, by_wire_name[48]),
            .u.structure.error_code_ref = REF(shapes[42].u.structure.error_code_ref, strings[1246]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_invalid_message_contents),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [43] = { /* InvalidSecurity */
            .name_ref = REF(shapes[43].name_ref, strings[1269]),
            .u.structure.members_ref = REF(shapes[43].u.structure.members_ref, members[49]),
            .u.structure.by_wire_name_ref = REF(shapes[43].u.structure.by_wire_name_ref, by_wire_name[49]),
            .u.structure.error_code_ref = REF(shapes[43].u.structure.error_code_ref, strings[1269]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_invalid_security),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [44] = { /* KmsAccessDenied */
            .name_ref = REF(shapes[44].name_ref, strings[1285]),
            .u.structure.members_ref = REF(shapes[44].u.structure.members_ref, members[50]),
            .u.structure.by_wire_name_ref = REF(shapes[44].u.structure.by_wire_name_ref, by_wire_name[50]),
            .u.structure.error_code_ref = REF(shapes[44].u.structure.error_code_ref, strings[1285]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_kms_access_denied),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [45] = { /* KmsDisabled */
            .name_ref = REF(shapes[45].name_ref, strings[1301]),
            .u.structure.members_ref = REF(shapes[45].u.structure.members_ref, members[51]),
            .u.structure.by_wire_name_ref = REF(shapes[45].u.structure.by_wire_name_ref, by_wire_name[51]),
            .u.structure.error_code_ref = REF(shapes[45].u.structure.error_code_ref, strings[1301]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_kms_disabled),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [46] = { /* KmsInvalidKeyUsage */
            .name_ref = REF(shapes[46].name_ref, strings[1313]),
            .u.structure.members_ref = REF(shapes[46].u.structure.members_ref, members[52]),
            .u.structure.by_wire_name_ref = REF(shapes[46].u.structure.by_wire_name_ref, by_wire_name[52]),
            .u.structure.error_code_ref = REF(shapes[46].u.structure.error_code_ref, strings[1313]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_kms_invalid_key_usage),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [47] = { /* KmsInvalidState */
            .name_ref = REF(shapes[47].name_ref, strings[1332]),
            .u.structure.members_ref = REF(shapes[47].u.structure.members_ref, members[53]),
            .u.structure.by_wire_name_ref = REF(shapes[47].u.structure.by_wire_name_ref, by_wire_name[53]),
            .u.structure.error_code_ref = REF(shapes[47].u.structure.error_code_ref, strings[1332]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_kms_invalid_state),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [48] = { /* KmsNotFound */
            .name_ref = REF(shapes[48].name_ref, strings[1348]),
            .u.structure.members_ref = REF(shapes[48].u.structure.members_ref, members[54]),
            .u.structure.by_wire_name_ref = REF(shapes[48].u.structure.by_wire_name_ref, by_wire_name[54]),
            .u.structure.error_code_ref = REF(shapes[48].u.structure.error_code_ref, strings[1348]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_kms_not_found),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [49] = { /* KmsOptInRequired */
            .name_ref = REF(shapes[49].name_ref, strings[1360]),
            .u.structure.members_ref = REF(shapes[49].u.structure.members_ref, members[55]),
            .u.structure.by_wire_name_ref = REF(shapes[49].u.structure.by_wire_name_ref, by_wire_name[55]),
            .u.structure.error_code_ref = REF(shapes[49].u.structure.error_code_ref, strings[1360]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_kms_opt_in_required),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [50] = { /* KmsThrottled */
            .name_ref = REF(shapes[50].name_ref, strings[1377]),
            .u.structure.members_ref = REF(shapes[50].u.structure.members_ref, members[56]),
            .u.structure.by_wire_name_ref = REF(shapes[50].u.structure.by_wire_name_ref, by_wire_name[56]),
            .u.structure.error_code_ref = REF(shapes[50].u.structure.error_code_ref, strings[1377]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_kms_throttled),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [51] = { /* ListDeadLetterSourceQueuesRequest */
            .name_ref = REF(shapes[51].name_ref, strings[1390]),
            .u.structure.members_ref = REF(shapes[51].u.structure.members_ref, members[57]),
            .u.structure.by_wire_name_ref = REF(shapes[51].u.structure.by_wire_name_ref, by_wire_name[57]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_list_dead_letter_source_queues_input),
            .u.structure.member_count = 3,
        },
        [52] = { /* ListDeadLetterSourceQueuesResult */
            .name_ref = REF(shapes[52].name_ref, strings[1445]),
            .u.structure.members_ref = REF(shapes[52].u.structure.members_ref, members[60]),
            .u.structure.by_wire_name_ref = REF(shapes[52].u.structure.by_wire_name_ref, by_wire_name[60]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_list_dead_letter_source_queues_output),
            .u.structure.member_count = 2,
        },
        [53] = { /* ListMessageMoveTasksRequest */
            .name_ref = REF(shapes[53].name_ref, strings[1488]),
            .u.structure.members_ref = REF(shapes[53].u.structure.members_ref, members[62]),
            .u.structure.by_wire_name_ref = REF(shapes[53].u.structure.by_wire_name_ref, by_wire_name[62]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_list_message_move_tasks_input),
            .u.structure.member_count = 2,
        },
        [54] = { /* ListMessageMoveTasksResult */
            .name_ref = REF(shapes[54].name_ref, strings[1526]),
            .u.structure.members_ref = REF(shapes[54].u.structure.members_ref, members[64]),
            .u.structure.by_wire_name_ref = REF(shapes[54].u.structure.by_wire_name_ref, by_wire_name[64]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_list_message_move_tasks_output),
            .u.structure.member_count = 1,
        },
        [55] = { /* ListMessageMoveTasksResultEntry */
            .name_ref = REF(shapes[55].name_ref, strings[1561]),
            .u.structure.members_ref = REF(shapes[55].u.structure.members_ref, members[65]),
            .u.structure.by_wire_name_ref = REF(shapes[55].u.structure.by_wire_name_ref, by_wire_name[65]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_list_message_move_tasks_result_entry),
            .u.structure.member_count = 9,
        },
        [56] = { /* ListMessageMoveTasksResultEntryList */
            .name_ref = REF(shapes[56].name_ref, strings[1709]),
            .u.collection.item_ref = REF(shapes[56].u.collection.item_ref, shapes[55]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_sqs_list_message_move_tasks_result_entry_list),
        },
        [57] = { /* ListQueueTagsRequest */
            .name_ref = REF(shapes[57].name_ref, strings[1745]),
            .u.structure.members_ref = REF(shapes[57].u.structure.members_ref, members[74]),
            .u.structure.by_wire_name_ref = REF(shapes[57].u.structure.by_wire_name_ref, by_wire_name[74]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_list_queue_tags_input),
            .u.structure.member_count = 1,
        },
        [58] = { /* ListQueueTagsResult */
            .name_ref = REF(shapes[58].name_ref, strings[1766]),
            .u.structure.members_ref = REF(shapes[58].u.structure.members_ref, members[75]),
            .u.structure.by_wire_name_ref = REF(shapes[58].u.structure.by_wire_name_ref, by_wire_name[75]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_list_queue_tags_output),
            .u.structure.member_count = 1,
        },
        [59] = { /* ListQueuesRequest */
            .name_ref = REF(shapes[59].name_ref, strings[1791]),
            .u.structure.members_ref = REF(shapes[59].u.structure.members_ref, members[76]),
            .u.structure.by_wire_name_ref = REF(shapes[59].u.structure.by_wire_name_ref, by_wire_name[76]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_list_queues_input),
            .u.structure.member_count = 3,
        },
        [60] = { /* ListQueuesResult */
            .name_ref = REF(shapes[60].name_ref, strings[1825]),
            .u.structure.members_ref = REF(shapes[60].u.structure.members_ref, members[79]),
            .u.structure.by_wire_name_ref = REF(shapes[60].u.structure.by_wire_name_ref, by_wire_name[79]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_list_queues_output),
            .u.structure.member_count = 2,
        },
        [61] = { /* Long */
            .name_ref = REF(shapes[61].name_ref, strings[1852]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [62] = { /* Message */
            .name_ref = REF(shapes[62].name_ref, strings[203]),
            .u.structure.members_ref = REF(shapes[62].u.structure.members_ref, members[81]),
            .u.structure.by_wire_name_ref = REF(shapes[62].u.structure.by_wire_name_ref, by_wire_name[81]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_message),
            .u.structure.member_count = 7,
        },
        [63] = { /* MessageAttributeName */
            .name_ref = REF(shapes[63].name_ref, strings[1923]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [64] = { /* MessageAttributeNameList */
            .name_ref = REF(shapes[64].name_ref, strings[1944]),
            .u.collection.item_ref = REF(shapes[64].u.collection.item_ref, shapes[63]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_sqs_string_list),
        },
        [65] = { /* MessageAttributeValue */
            .name_ref = REF(shapes[65].name_ref, strings[1969]),
            .u.structure.members_ref = REF(shapes[65].u.structure.members_ref, members[88]),
            .u.structure.by_wire_name_ref = REF(shapes[65].u.structure.by_wire_name_ref, by_wire_name[88]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_message_attribute_value),
            .u.structure.member_count = 5,
        },
        [66] = { /* MessageBodyAttributeMap */
            .name_ref = REF(shapes[66].name_ref, strings[2058]),
            .u.collection.item_ref = REF(shapes[66].u.collection.item_ref, shapes[65]),
            .u.collection.key_ref = REF(shapes[66].u.collection.key_ref, shapes[103]),
            .type = AWSC_SHAPE_MAP,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_sqs_message_body_attribute_map),
            .u.collection.value_offset = offsetof(struct awsc_sqs_message_body_attribute_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_sqs_message_body_attribute_map_entry),
        },
        [67] = { /* MessageBodySystemAttributeMap */
            .name_ref = REF(shapes[67].name_ref, strings[2082]),
            .u.collection.item_ref = REF(shapes[67].u.collection.item_ref, shapes[74]),
            .u.collection.key_ref = REF(shapes[67].u.collection.key_ref, shapes[73]),
            .type = AWSC_SHAPE_MAP,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_sqs_message_body_system_attribute_map),
            .u.collection.value_offset = offsetof(struct awsc_sqs_message_body_system_attribute_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_sqs_message_body_system_attribute_map_entry),
        },
        [68] = { /* MessageList */
            .name_ref = REF(shapes[68].name_ref, strings[2112]),
            .u.collection.item_ref = REF(shapes[68].u.collection.item_ref, shapes[62]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_sqs_message_list),
        },
        [69] = { /* MessageNotInflight */
            .name_ref = REF(shapes[69].name_ref, strings[2124]),
            .u.structure.error_code_ref = REF(shapes[69].u.structure.error_code_ref, strings[2124]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_message_not_inflight),
            .u.structure.http_status = 0,
        },
        [70] = { /* MessageSystemAttributeList */
            .name_ref = REF(shapes[70].name_ref, strings[2143]),
            .u.collection.item_ref = REF(shapes[70].u.collection.item_ref, shapes[72]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_sqs_string_list),
        },
        [71] = { /* MessageSystemAttributeMap */
            .name_ref = REF(shapes[71].name_ref, strings[2170]),
            .u.collection.item_ref = REF(shapes[71].u.collection.item_ref, shapes[103]),
            .u.collection.key_ref = REF(shapes[71].u.collection.key_ref, shapes[72]),
            .type = AWSC_SHAPE_MAP,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_sqs_tag_map),
            .u.collection.value_offset = offsetof(struct awsc_sqs_tag_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_sqs_tag_map_entry),
        },
        [72] = { /* MessageSystemAttributeName */
            .name_ref = REF(shapes[72].name_ref, strings[2196]),
            .u.string.enum_values_ref = REF(shapes[72].u.string.enum_values_ref, strings[2223]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 10,
        },
        [73] = { /* MessageSystemAttributeNameForSends */
            .name_ref = REF(shapes[73].name_ref, strings[2400]),
            .u.string.enum_values_ref = REF(shapes[73].u.string.enum_values_ref, strings[2435]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [74] = { /* MessageSystemAttributeValue */
            .name_ref = REF(shapes[74].name_ref, strings[2450]),
            .u.structure.members_ref = REF(shapes[74].u.structure.members_ref, members[93]),
            .u.structure.by_wire_name_ref = REF(shapes[74].u.structure.by_wire_name_ref, by_wire_name[93]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_message_system_attribute_value),
            .u.structure.member_count = 5,
        },
        [75] = { /* NullableInteger */
            .name_ref = REF(shapes[75].name_ref, strings[2478]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [76] = { /* NullableLong */
            .name_ref = REF(shapes[76].name_ref, strings[2494]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [77] = { /* OverLimit */
            .name_ref = REF(shapes[77].name_ref, strings[2507]),
            .u.structure.members_ref = REF(shapes[77].u.structure.members_ref, members[98]),
            .u.structure.by_wire_name_ref = REF(shapes[77].u.structure.by_wire_name_ref, by_wire_name[98]),
            .u.structure.error_code_ref = REF(shapes[77].u.structure.error_code_ref, strings[2507]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_over_limit),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [78] = { /* PurgeQueueInProgress */
            .name_ref = REF(shapes[78].name_ref, strings[2517]),
            .u.structure.members_ref = REF(shapes[78].u.structure.members_ref, members[99]),
            .u.structure.by_wire_name_ref = REF(shapes[78].u.structure.by_wire_name_ref, by_wire_name[99]),
            .u.structure.error_code_ref = REF(shapes[78].u.structure.error_code_ref, strings[2517]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_purge_queue_in_progress),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [79] = { /* PurgeQueueRequest */
            .name_ref = REF(shapes[79].name_ref, strings[2538]),
            .u.structure.members_ref = REF(shapes[79].u.structure.members_ref, members[100]),
            .u.structure.by_wire_name_ref = REF(shapes[79].u.structure.by_wire_name_ref, by_wire_name[100]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_purge_queue_input),
            .u.structure.member_count = 1,
        },
        [80] = { /* QueueAttributeMap */
            .name_ref = REF(shapes[80].name_ref, strings[2556]),
            .u.collection.item_ref = REF(shapes[80].u.collection.item_ref, shapes[103]),
            .u.collection.key_ref = REF(shapes[80].u.collection.key_ref, shapes[81]),
            .type = AWSC_SHAPE_MAP,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_sqs_tag_map),
            .u.collection.value_offset = offsetof(struct awsc_sqs_tag_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_sqs_tag_map_entry),
        },
        [81] = { /* QueueAttributeName */
            .name_ref = REF(shapes[81].name_ref, strings[2574]),
            .u.string.enum_values_ref = REF(shapes[81].u.string.enum_values_ref, strings[2593]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 22,
        },
        [82] = { /* QueueDeletedRecently */
            .name_ref = REF(shapes[82].name_ref, strings[3029]),
            .u.structure.members_ref = REF(shapes[82].u.structure.members_ref, members[101]),
            .u.structure.by_wire_name_ref = REF(shapes[82].u.structure.by_wire_name_ref, by_wire_name[101]),
            .u.structure.error_code_ref = REF(shapes[82].u.structure.error_code_ref, strings[3029]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_queue_deleted_recently),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [83] = { /* QueueDoesNotExist */
            .name_ref = REF(shapes[83].name_ref, strings[3050]),
            .u.structure.members_ref = REF(shapes[83].u.structure.members_ref, members[102]),
            .u.structure.by_wire_name_ref = REF(shapes[83].u.structure.by_wire_name_ref, by_wire_name[102]),
            .u.structure.error_code_ref = REF(shapes[83].u.structure.error_code_ref, strings[3050]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_queue_does_not_exist),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [84] = { /* QueueNameExists */
            .name_ref = REF(shapes[84].name_ref, strings[3068]),
            .u.structure.members_ref = REF(shapes[84].u.structure.members_ref, members[103]),
            .u.structure.by_wire_name_ref = REF(shapes[84].u.structure.by_wire_name_ref, by_wire_name[103]),
            .u.structure.error_code_ref = REF(shapes[84].u.structure.error_code_ref, strings[3068]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_queue_name_exists),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [85] = { /* QueueUrlList */
            .name_ref = REF(shapes[85].name_ref, strings[3084]),
            .u.collection.item_ref = REF(shapes[85].u.collection.item_ref, shapes[103]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_sqs_string_list),
        },
        [86] = { /* ReceiptHandleIsInvalid */
            .name_ref = REF(shapes[86].name_ref, strings[3097]),
            .u.structure.members_ref = REF(shapes[86].u.structure.members_ref, members[104]),
            .u.structure.by_wire_name_ref = REF(shapes[86].u.structure.by_wire_name_ref, by_wire_name[104]),
            .u.structure.error_code_ref = REF(shapes[86].u.structure.error_code_ref, strings[3097]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_receipt_handle_is_invalid),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [87] = { /* ReceiveMessageRequest */
            .name_ref = REF(shapes[87].name_ref, strings[3120]),
            .u.structure.members_ref = REF(shapes[87].u.structure.members_ref, members[105]),
            .u.structure.by_wire_name_ref = REF(shapes[87].u.structure.by_wire_name_ref, by_wire_name[105]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_receive_message_input),
            .u.structure.member_count = 8,
        },
        [88] = { /* ReceiveMessageResult */
            .name_ref = REF(shapes[88].name_ref, strings[3252]),
            .u.structure.members_ref = REF(shapes[88].u.structure.members_ref, members[113]),
            .u.structure.by_wire_name_ref = REF(shapes[88].u.structure.by_wire_name_ref, by_wire_name[113]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_receive_message_output),
            .u.structure.member_count = 1,
        },
        [89] = { /* RemovePermissionRequest */
            .name_ref = REF(shapes[89].name_ref, strings[3282]),
            .u.structure.members_ref = REF(shapes[89].u.structure.members_ref, members[114]),
            .u.structure.by_wire_name_ref = REF(shapes[89].u.structure.by_wire_name_ref, by_wire_name[114]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_remove_permission_input),
            .u.structure.member_count = 2,
        },
        [90] = { /* RequestThrottled */
            .name_ref = REF(shapes[90].name_ref, strings[3306]),
            .u.structure.members_ref = REF(shapes[90].u.structure.members_ref, members[116]),
            .u.structure.by_wire_name_ref = REF(shapes[90].u.structure.by_wire_name_ref, by_wire_name[116]),
            .u.structure.error_code_ref = REF(shapes[90].u.structure.error_code_ref, strings[3306]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_request_throttled),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [91] = { /* ResourceNotFoundException */
            .name_ref = REF(shapes[91].name_ref, strings[3323]),
            .u.structure.members_ref = REF(shapes[91].u.structure.members_ref, members[117]),
            .u.structure.by_wire_name_ref = REF(shapes[91].u.structure.by_wire_name_ref, by_wire_name[117]),
            .u.structure.error_code_ref = REF(shapes[91].u.structure.error_code_ref, strings[3323]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_resource_not_found_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [92] = { /* SendMessageBatchRequest */
            .name_ref = REF(shapes[92].name_ref, strings[3349]),
            .u.structure.members_ref = REF(shapes[92].u.structure.members_ref, members[118]),
            .u.structure.by_wire_name_ref = REF(shapes[92].u.structure.by_wire_name_ref, by_wire_name[118]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_send_message_batch_input),
            .u.structure.member_count = 2,
        },
        [93] = { /* SendMessageBatchRequestEntry */
            .name_ref = REF(shapes[93].name_ref, strings[3373]),
            .u.structure.members_ref = REF(shapes[93].u.structure.members_ref, members[120]),
            .u.structure.by_wire_name_ref = REF(shapes[93].u.structure.by_wire_name_ref, by_wire_name[120]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_send_message_batch_request_entry),
            .u.structure.member_count = 7,
        },
        [94] = { /* SendMessageBatchRequestEntryList */
            .name_ref = REF(shapes[94].name_ref, strings[3489]),
            .u.collection.item_ref = REF(shapes[94].u.collection.item_ref, shapes[93]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_sqs_send_message_batch_request_entry_list),
        },
        [95] = { /* SendMessageBatchResult */
            .name_ref = REF(shapes[95].name_ref, strings[3522]),
            .u.structure.members_ref = REF(shapes[95].u.structure.members_ref, members[127]),
            .u.structure.by_wire_name_ref = REF(shapes[95].u.structure.by_wire_name_ref, by_wire_name[127]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_send_message_batch_output),
            .u.structure.member_count = 2,
        },
        [96] = { /* SendMessageBatchResultEntry */
            .name_ref = REF(shapes[96].name_ref, strings[3545]),
            .u.structure.members_ref = REF(shapes[96].u.structure.members_ref, members[129]),
            .u.structure.by_wire_name_ref = REF(shapes[96].u.structure.by_wire_name_ref, by_wire_name[129]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_send_message_batch_result_entry),
            .u.structure.member_count = 6,
        },
        [97] = { /* SendMessageBatchResultEntryList */
            .name_ref = REF(shapes[97].name_ref, strings[3634]),
            .u.collection.item_ref = REF(shapes[97].u.collection.item_ref, shapes[96]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_sqs_send_message_batch_result_entry_list),
        },
        [98] = { /* SendMessageRequest */
            .name_ref = REF(shapes[98].name_ref, strings[3666]),
            .u.structure.members_ref = REF(shapes[98].u.structure.members_ref, members[135]),
            .u.structure.by_wire_name_ref = REF(shapes[98].u.structure.by_wire_name_ref, by_wire_name[135]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_send_message_input),
            .u.structure.member_count = 7,
        },
        [99] = { /* SendMessageResult */
            .name_ref = REF(shapes[99].name_ref, strings[3685]),
            .u.structure.members_ref = REF(shapes[99].u.structure.members_ref, members[142]),
            .u.structure.by_wire_name_ref = REF(shapes[99].u.structure.by_wire_name_ref, by_wire_name[142]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_send_message_output),
            .u.structure.member_count = 5,
        },
        [100] = { /* SetQueueAttributesRequest */
            .name_ref = REF(shapes[100].name_ref, strings[3703]),
            .u.structure.members_ref = REF(shapes[100].u.structure.members_ref, members[147]),
            .u.structure.by_wire_name_ref = REF(shapes[100].u.structure.by_wire_name_ref, by_wire_name[147]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_set_queue_attributes_input),
            .u.structure.member_count = 2,
        },
        [101] = { /* StartMessageMoveTaskRequest */
            .name_ref = REF(shapes[101].name_ref, strings[3729]),
            .u.structure.members_ref = REF(shapes[101].u.structure.members_ref, members[149]),
            .u.structure.by_wire_name_ref = REF(shapes[101].u.structure.by_wire_name_ref, by_wire_name[149]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_start_message_move_task_input),
            .u.structure.member_count = 3,
        },
        [102] = { /* StartMessageMoveTaskResult */
            .name_ref = REF(shapes[102].name_ref, strings[3757]),
            .u.structure.members_ref = REF(shapes[102].u.structure.members_ref, members[152]),
            .u.structure.by_wire_name_ref = REF(shapes[102].u.structure.by_wire_name_ref, by_wire_name[152]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_start_message_move_task_output),
            .u.structure.member_count = 1,
        },
        [103] = { /* String */
            .name_ref = REF(shapes[103].name_ref, strings[3784]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [104] = { /* StringList */
            .name_ref = REF(shapes[104].name_ref, strings[3791]),
            .u.collection.item_ref = REF(shapes[104].u.collection.item_ref, shapes[103]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sqs_string_list),
        },
        [105] = { /* TagKey */
            .name_ref = REF(shapes[105].name_ref, strings[3802]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [106] = { /* TagKeyList */
            .name_ref = REF(shapes[106].name_ref, strings[3809]),
            .u.collection.item_ref = REF(shapes[106].u.collection.item_ref, shapes[105]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_sqs_string_list),
        },
        [107] = { /* TagMap */
            .name_ref = REF(shapes[107].name_ref, strings[3820]),
            .u.collection.item_ref = REF(shapes[107].u.collection.item_ref, shapes[109]),
            .u.collection.key_ref = REF(shapes[107].u.collection.key_ref, shapes[105]),
            .type = AWSC_SHAPE_MAP,
            .flags = AWSC_SF_FLATTENED,
            .size = sizeof(struct awsc_sqs_tag_map),
            .u.collection.value_offset = offsetof(struct awsc_sqs_tag_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_sqs_tag_map_entry),
        },
        [108] = { /* TagQueueRequest */
            .name_ref = REF(shapes[108].name_ref, strings[3827]),
            .u.structure.members_ref = REF(shapes[108].u.structure.members_ref, members[153]),
            .u.structure.by_wire_name_ref = REF(shapes[108].u.structure.by_wire_name_ref, by_wire_name[153]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_tag_queue_input),
            .u.structure.member_count = 2,
        },
        [109] = { /* TagValue */
            .name_ref = REF(shapes[109].name_ref, strings[3843]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [110] = { /* Token */
            .name_ref = REF(shapes[110].name_ref, strings[3852]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [111] = { /* TooManyEntriesInBatchRequest */
            .name_ref = REF(shapes[111].name_ref, strings[3858]),
            .u.structure.members_ref = REF(shapes[111].u.structure.members_ref, members[155]),
            .u.structure.by_wire_name_ref = REF(shapes[111].u.structure.by_wire_name_ref, by_wire_name[155]),
            .u.structure.error_code_ref = REF(shapes[111].u.structure.error_code_ref, strings[3858]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_too_many_entries_in_batch_request),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [112] = { /* UnsupportedOperation */
            .name_ref = REF(shapes[112].name_ref, strings[3887]),
            .u.structure.members_ref = REF(shapes[112].u.structure.members_ref, members[156]),
            .u.structure.by_wire_name_ref = REF(shapes[112].u.structure.by_wire_name_ref, by_wire_name[156]),
            .u.structure.error_code_ref = REF(shapes[112].u.structure.error_code_ref, strings[3887]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sqs_unsupported_operation),
            .u.structure.member_count = 1,
            .u.structure.http_status = 0,
        },
        [113] = { /* UntagQueueRequest */
            .name_ref = REF(shapes[113].name_ref, strings[3908]),
            .u.structure.members_ref = REF(shapes[113].u.structure.members_ref, members[157]),
            .u.structure.by_wire_name_ref = REF(shapes[113].u.structure.by_wire_name_ref, by_wire_name[157]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sqs_untag_queue_input),
            .u.structure.member_count = 2,
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * shape, offset (of the C member), has_ offset, flags, location,
     * timestamp format */
    .members = {
        [0] = {REF(members[0].name_ref, strings[53]), REF(members[0].shape_ref, shapes[103]), offsetof(struct awsc_sqs_add_permission_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddPermissionRequest.QueueUrl: String */
        [1] = {REF(members[1].name_ref, strings[62]), REF(members[1].shape_ref, shapes[103]), offsetof(struct awsc_sqs_add_permission_input, label), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddPermissionRequest.Label: String */
        [2] = {REF(members[2].name_ref, strings[68]), REF(members[2].shape_ref, shapes[0]), offsetof(struct awsc_sqs_add_permission_input, aws_account_ids), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddPermissionRequest.AWSAccountIds: AWSAccountIdList */
        [3] = {REF(members[3].name_ref, strings[82]), REF(members[3].shape_ref, shapes[1]), offsetof(struct awsc_sqs_add_permission_input, actions), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddPermissionRequest.Actions: ActionNameList */
        [4] = {REF(members[4].name_ref, strings[133]), REF(members[4].shape_ref, shapes[32]), offsetof(struct awsc_sqs_batch_entry_ids_not_distinct, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchEntryIdsNotDistinct.message: ExceptionMessage */
        [5] = {REF(members[5].name_ref, strings[133]), REF(members[5].shape_ref, shapes[32]), offsetof(struct awsc_sqs_batch_request_too_long, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchRequestTooLong.message: ExceptionMessage */
        [6] = {REF(members[6].name_ref, strings[183]), REF(members[6].shape_ref, shapes[103]), offsetof(struct awsc_sqs_batch_result_error_entry, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchResultErrorEntry.Id: String */
        [7] = {REF(members[7].name_ref, strings[186]), REF(members[7].shape_ref, shapes[10]), offsetof(struct awsc_sqs_batch_result_error_entry, sender_fault), offsetof(struct awsc_sqs_batch_result_error_entry, has_sender_fault), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchResultErrorEntry.SenderFault: Boolean */
        [8] = {REF(members[8].name_ref, strings[198]), REF(members[8].shape_ref, shapes[103]), offsetof(struct awsc_sqs_batch_result_error_entry, code), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchResultErrorEntry.Code: String */
        [9] = {REF(members[9].name_ref, strings[203]), REF(members[9].shape_ref, shapes[103]), offsetof(struct awsc_sqs_batch_result_error_entry, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchResultErrorEntry.Message: String */
        [10] = {REF(members[10].name_ref, strings[305]), REF(members[10].shape_ref, shapes[103]), offsetof(struct awsc_sqs_cancel_message_move_task_input, task_handle), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CancelMessageMoveTaskRequest.TaskHandle: String */
        [11] = {REF(members[11].name_ref, strings[344]), REF(members[11].shape_ref, shapes[61]), offsetof(struct awsc_sqs_cancel_message_move_task_output, approximate_number_of_messages_moved), offsetof(struct awsc_sqs_cancel_message_move_task_output, has_approximate_number_of_messages_moved), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CancelMessageMoveTaskResult.ApproximateNumberOfMessagesMoved: Long */
        [12] = {REF(members[12].name_ref, strings[53]), REF(members[12].shape_ref, shapes[103]), offsetof(struct awsc_sqs_change_message_visibility_batch_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChangeMessageVisibilityBatchRequest.QueueUrl: String */
        [13] = {REF(members[13].name_ref, strings[413]), REF(members[13].shape_ref, shapes[16]), offsetof(struct awsc_sqs_change_message_visibility_batch_input, entries), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChangeMessageVisibilityBatchRequest.Entries: ChangeMessageVisibilityBatchRequestEntryList */
        [14] = {REF(members[14].name_ref, strings[183]), REF(members[14].shape_ref, shapes[103]), offsetof(struct awsc_sqs_change_message_visibility_batch_request_entry, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChangeMessageVisibilityBatchRequestEntry.Id: String */
        [15] = {REF(members[15].name_ref, strings[462]), REF(members[15].shape_ref, shapes[103]), offsetof(struct awsc_sqs_change_message_visibility_batch_request_entry, receipt_handle), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChangeMessageVisibilityBatchRequestEntry.ReceiptHandle: String */
        [16] = {REF(members[16].name_ref, strings[476]), REF(members[16].shape_ref, shapes[75]), offsetof(struct awsc_sqs_change_message_visibility_batch_request_entry, visibility_timeout), offsetof(struct awsc_sqs_change_message_visibility_batch_request_entry, has_visibility_timeout), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChangeMessageVisibilityBatchRequestEntry.VisibilityTimeout: NullableInteger */
        [17] = {REF(members[17].name_ref, strings[574]), REF(members[17].shape_ref, shapes[19]), offsetof(struct awsc_sqs_change_message_visibility_batch_output, successful), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChangeMessageVisibilityBatchResult.Successful: ChangeMessageVisibilityBatchResultEntryList */
        [18] = {REF(members[18].name_ref, strings[585]), REF(members[18].shape_ref, shapes[7]), offsetof(struct awsc_sqs_change_message_visibility_batch_output, failed), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChangeMessageVisibilityBatchResult.Failed: BatchResultErrorEntryList */
        [19] = {REF(members[19].name_ref, strings[183]), REF(members[19].shape_ref, shapes[103]), offsetof(struct awsc_sqs_change_message_visibility_batch_result_entry, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChangeMessageVisibilityBatchResultEntry.Id: String */
        [20] = {REF(members[20].name_ref, strings[53]), REF(members[20].shape_ref, shapes[103]), offsetof(struct awsc_sqs_change_message_visibility_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChangeMessageVisibilityRequest.QueueUrl: String */
        [21] = {REF(members[21].name_ref, strings[462]), REF(members[21].shape_ref, shapes[103]), offsetof(struct awsc_sqs_change_message_visibility_input, receipt_handle), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChangeMessageVisibilityRequest.ReceiptHandle: String */
        [22] = {REF(members[22].name_ref, strings[476]), REF(members[22].shape_ref, shapes[75]), offsetof(struct awsc_sqs_change_message_visibility_input, visibility_timeout), offsetof(struct awsc_sqs_change_message_visibility_input, has_visibility_timeout), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChangeMessageVisibilityRequest.VisibilityTimeout: NullableInteger */
        [23] = {REF(members[23].name_ref, strings[726]), REF(members[23].shape_ref, shapes[103]), offsetof(struct awsc_sqs_create_queue_input, queue_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateQueueRequest.QueueName: String */
        [24] = {REF(members[24].name_ref, strings[736]), REF(members[24].shape_ref, shapes[80]), offsetof(struct awsc_sqs_create_queue_input, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateQueueRequest.Attributes: QueueAttributeMap */
        [25] = {REF(members[25].name_ref, strings[747]), REF(members[25].shape_ref, shapes[107]), offsetof(struct awsc_sqs_create_queue_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateQueueRequest.tags: TagMap */
        [26] = {REF(members[26].name_ref, strings[53]), REF(members[26].shape_ref, shapes[103]), offsetof(struct awsc_sqs_create_queue_output, queue_url), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateQueueResult.QueueUrl: String */
        [27] = {REF(members[27].name_ref, strings[53]), REF(members[27].shape_ref, shapes[103]), offsetof(struct awsc_sqs_delete_message_batch_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteMessageBatchRequest.QueueUrl: String */
        [28] = {REF(members[28].name_ref, strings[413]), REF(members[28].shape_ref, shapes[25]), offsetof(struct awsc_sqs_delete_message_batch_input, entries), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteMessageBatchRequest.Entries: DeleteMessageBatchRequestEntryList */
        [29] = {REF(members[29].name_ref, strings[183]), REF(members[29].shape_ref, shapes[103]), offsetof(struct awsc_sqs_delete_message_batch_request_entry, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteMessageBatchRequestEntry.Id: String */
        [30] = {REF(members[30].name_ref, strings[462]), REF(members[30].shape_ref, shapes[103]), offsetof(struct awsc_sqs_delete_message_batch_request_entry, receipt_handle), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteMessageBatchRequestEntry.ReceiptHandle: String */
        [31] = {REF(members[31].name_ref, strings[574]), REF(members[31].shape_ref, shapes[28]), offsetof(struct awsc_sqs_delete_message_batch_output, successful), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteMessageBatchResult.Successful: DeleteMessageBatchResultEntryList */
        [32] = {REF(members[32].name_ref, strings[585]), REF(members[32].shape_ref, shapes[7]), offsetof(struct awsc_sqs_delete_message_batch_output, failed), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteMessageBatchResult.Failed: BatchResultErrorEntryList */
        [33] = {REF(members[33].name_ref, strings[183]), REF(members[33].shape_ref, shapes[103]), offsetof(struct awsc_sqs_delete_message_batch_result_entry, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteMessageBatchResultEntry.Id: String */
        [34] = {REF(members[34].name_ref, strings[53]), REF(members[34].shape_ref, shapes[103]), offsetof(struct awsc_sqs_delete_message_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteMessageRequest.QueueUrl: String */
        [35] = {REF(members[35].name_ref, strings[462]), REF(members[35].shape_ref, shapes[103]), offsetof(struct awsc_sqs_delete_message_input, receipt_handle), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteMessageRequest.ReceiptHandle: String */
        [36] = {REF(members[36].name_ref, strings[53]), REF(members[36].shape_ref, shapes[103]), offsetof(struct awsc_sqs_delete_queue_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteQueueRequest.QueueUrl: String */
        [37] = {REF(members[37].name_ref, strings[133]), REF(members[37].shape_ref, shapes[32]), offsetof(struct awsc_sqs_empty_batch_request, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EmptyBatchRequest.message: ExceptionMessage */
        [38] = {REF(members[38].name_ref, strings[53]), REF(members[38].shape_ref, shapes[103]), offsetof(struct awsc_sqs_get_queue_attributes_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetQueueAttributesRequest.QueueUrl: String */
        [39] = {REF(members[39].name_ref, strings[1052]), REF(members[39].shape_ref, shapes[3]), offsetof(struct awsc_sqs_get_queue_attributes_input, attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetQueueAttributesRequest.AttributeNames: AttributeNameList */
        [40] = {REF(members[40].name_ref, strings[736]), REF(members[40].shape_ref, shapes[80]), offsetof(struct awsc_sqs_get_queue_attributes_output, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetQueueAttributesResult.Attributes: QueueAttributeMap */
        [41] = {REF(members[41].name_ref, strings[726]), REF(members[41].shape_ref, shapes[103]), offsetof(struct awsc_sqs_get_queue_url_input, queue_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetQueueUrlRequest.QueueName: String */
        [42] = {REF(members[42].name_ref, strings[1111]), REF(members[42].shape_ref, shapes[103]), offsetof(struct awsc_sqs_get_queue_url_input, queue_owner_aws_account_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetQueueUrlRequest.QueueOwnerAWSAccountId: String */
        [43] = {REF(members[43].name_ref, strings[53]), REF(members[43].shape_ref, shapes[103]), offsetof(struct awsc_sqs_get_queue_url_output, queue_url), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetQueueUrlResult.QueueUrl: String */
        [44] = {REF(members[44].name_ref, strings[133]), REF(members[44].shape_ref, shapes[32]), offsetof(struct awsc_sqs_invalid_address, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidAddress.message: ExceptionMessage */
        [45] = {REF(members[45].name_ref, strings[133]), REF(members[45].shape_ref, shapes[32]), offsetof(struct awsc_sqs_invalid_attribute_name, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidAttributeName.message: ExceptionMessage */
        [46] = {REF(members[46].name_ref, strings[133]), REF(members[46].shape_ref, shapes[32]), offsetof(struct awsc_sqs_invalid_attribute_value, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidAttributeValue.message: ExceptionMessage */
        [47] = {REF(members[47].name_ref, strings[133]), REF(members[47].shape_ref, shapes[32]), offsetof(struct awsc_sqs_invalid_batch_entry_id, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidBatchEntryId.message: ExceptionMessage */
        [48] = {REF(members[48].name_ref, strings[133]), REF(members[48].shape_ref, shapes[32]), offsetof(struct awsc_sqs_invalid_message_contents, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidMessageContents.message: ExceptionMessage */
        [49] = {REF(members[49].name_ref, strings[133]), REF(members[49].shape_ref, shapes[32]), offsetof(struct awsc_sqs_invalid_security, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidSecurity.message: ExceptionMessage */
        [50] = {REF(members[50].name_ref, strings[133]), REF(members[50].shape_ref, shapes[32]), offsetof(struct awsc_sqs_kms_access_denied, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KmsAccessDenied.message: ExceptionMessage */
        [51] = {REF(members[51].name_ref, strings[133]), REF(members[51].shape_ref, shapes[32]), offsetof(struct awsc_sqs_kms_disabled, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KmsDisabled.message: ExceptionMessage */
        [52] = {REF(members[52].name_ref, strings[133]), REF(members[52].shape_ref, shapes[32]), offsetof(struct awsc_sqs_kms_invalid_key_usage, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KmsInvalidKeyUsage.message: ExceptionMessage */
        [53] = {REF(members[53].name_ref, strings[133]), REF(members[53].shape_ref, shapes[32]), offsetof(struct awsc_sqs_kms_invalid_state, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KmsInvalidState.message: ExceptionMessage */
        [54] = {REF(members[54].name_ref, strings[133]), REF(members[54].shape_ref, shapes[32]), offsetof(struct awsc_sqs_kms_not_found, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KmsNotFound.message: ExceptionMessage */
        [55] = {REF(members[55].name_ref, strings[133]), REF(members[55].shape_ref, shapes[32]), offsetof(struct awsc_sqs_kms_opt_in_required, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KmsOptInRequired.message: ExceptionMessage */
        [56] = {REF(members[56].name_ref, strings[133]), REF(members[56].shape_ref, shapes[32]), offsetof(struct awsc_sqs_kms_throttled, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KmsThrottled.message: ExceptionMessage */
        [57] = {REF(members[57].name_ref, strings[53]), REF(members[57].shape_ref, shapes[103]), offsetof(struct awsc_sqs_list_dead_letter_source_queues_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListDeadLetterSourceQueuesRequest.QueueUrl: String */
        [58] = {REF(members[58].name_ref, strings[1424]), REF(members[58].shape_ref, shapes[110]), offsetof(struct awsc_sqs_list_dead_letter_source_queues_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListDeadLetterSourceQueuesRequest.NextToken: Token */
        [59] = {REF(members[59].name_ref, strings[1434]), REF(members[59].shape_ref, shapes[11]), offsetof(struct awsc_sqs_list_dead_letter_source_queues_input, max_results), offsetof(struct awsc_sqs_list_dead_letter_source_queues_input, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListDeadLetterSourceQueuesRequest.MaxResults: BoxedInteger */
        [60] = {REF(members[60].name_ref, strings[1478]), REF(members[60].shape_ref, shapes[85]), offsetof(struct awsc_sqs_list_dead_letter_source_queues_output, queue_urls), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListDeadLetterSourceQueuesResult.queueUrls: QueueUrlList */
        [61] = {REF(members[61].name_ref, strings[1424]), REF(members[61].shape_ref, shapes[110]), offsetof(struct awsc_sqs_list_dead_letter_source_queues_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListDeadLetterSourceQueuesResult.NextToken: Token */
        [62] = {REF(members[62].name_ref, strings[1516]), REF(members[62].shape_ref, shapes[103]), offsetof(struct awsc_sqs_list_message_move_tasks_input, source_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMessageMoveTasksRequest.SourceArn: String */
        [63] = {REF(members[63].name_ref, strings[1434]), REF(members[63].shape_ref, shapes[75]), offsetof(struct awsc_sqs_list_message_move_tasks_input, max_results), offsetof(struct awsc_sqs_list_message_move_tasks_input, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMessageMoveTasksRequest.MaxResults: NullableInteger */
        [64] = {REF(members[64].name_ref, strings[1553]), REF(members[64].shape_ref, shapes[56]), offsetof(struct awsc_sqs_list_message_move_tasks_output, results), AWSC_NO_PRESENCE, AWSC_MF_FLATTENED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMessageMoveTasksResult.Results: ListMessageMoveTasksResultEntryList */
        [65] = {REF(members[65].name_ref, strings[305]), REF(members[65].shape_ref, shapes[103]), offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, task_handle), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMessageMoveTasksResultEntry.TaskHandle: String */
        [66] = {REF(members[66].name_ref, strings[1593]), REF(members[66].shape_ref, shapes[103]), offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMessageMoveTasksResultEntry.Status: String */
        [67] = {REF(members[67].name_ref, strings[1516]), REF(members[67].shape_ref, shapes[103]), offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, source_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMessageMoveTasksResultEntry.SourceArn: String */
        [68] = {REF(members[68].name_ref, strings[1600]), REF(members[68].shape_ref, shapes[103]), offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, destination_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMessageMoveTasksResultEntry.DestinationArn: String */
        [69] = {REF(members[69].name_ref, strings[1615]), REF(members[69].shape_ref, shapes[75]), offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, max_number_of_messages_per_second), offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, has_max_number_of_messages_per_second), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMessageMoveTasksResultEntry.MaxNumberOfMessagesPerSecond: NullableInteger */
        [70] = {REF(members[70].name_ref, strings[344]), REF(members[70].shape_ref, shapes[61]), offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, approximate_number_of_messages_moved), offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, has_approximate_number_of_messages_moved), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMessageMoveTasksResultEntry.ApproximateNumberOfMessagesMoved: Long */
        [71] = {REF(members[71].name_ref, strings[1644]), REF(members[71].shape_ref, shapes[76]), offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, approximate_number_of_messages_to_move), offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, has_approximate_number_of_messages_to_move), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMessageMoveTasksResultEntry.ApproximateNumberOfMessagesToMove: NullableLong */
        [72] = {REF(members[72].name_ref, strings[1678]), REF(members[72].shape_ref, shapes[103]), offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, failure_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMessageMoveTasksResultEntry.FailureReason: String */
        [73] = {REF(members[73].name_ref, strings[1692]), REF(members[73].shape_ref, shapes[61]), offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, started_timestamp), offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, has_started_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMessageMoveTasksResultEntry.StartedTimestamp: Long */
        [74] = {REF(members[74].name_ref, strings[53]), REF(members[74].shape_ref, shapes[103]), offsetof(struct awsc_sqs_list_queue_tags_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListQueueTagsRequest.QueueUrl: String */
        [75] = {REF(members[75].name_ref, strings[1786]), REF(members[75].shape_ref, shapes[107]), offsetof(struct awsc_sqs_list_queue_tags_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListQueueTagsResult.Tags: TagMap */
        [76] = {REF(members[76].name_ref, strings[1809]), REF(members[76].shape_ref, shapes[103]), offsetof(struct awsc_sqs_list_queues_input, queue_name_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListQueuesRequest.QueueNamePrefix: String */
        [77] = {REF(members[77].name_ref, strings[1424]), REF(members[77].shape_ref, shapes[110]), offsetof(struct awsc_sqs_list_queues_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListQueuesRequest.NextToken: Token */
        [78] = {REF(members[78].name_ref, strings[1434]), REF(members[78].shape_ref, shapes[11]), offsetof(struct awsc_sqs_list_queues_input, max_results), offsetof(struct awsc_sqs_list_queues_input, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListQueuesRequest.MaxResults: BoxedInteger */
        [79] = {REF(members[79].name_ref, strings[1842]), REF(members[79].shape_ref, shapes[85]), offsetof(struct awsc_sqs_list_queues_output, queue_urls), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListQueuesResult.QueueUrls: QueueUrlList */
        [80] = {REF(members[80].name_ref, strings[1424]), REF(members[80].shape_ref, shapes[110]), offsetof(struct awsc_sqs_list_queues_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListQueuesResult.NextToken: Token */
        [81] = {REF(members[81].name_ref, strings[1857]), REF(members[81].shape_ref, shapes[103]), offsetof(struct awsc_sqs_message, message_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Message.MessageId: String */
        [82] = {REF(members[82].name_ref, strings[462]), REF(members[82].shape_ref, shapes[103]), offsetof(struct awsc_sqs_message, receipt_handle), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Message.ReceiptHandle: String */
        [83] = {REF(members[83].name_ref, strings[1867]), REF(members[83].shape_ref, shapes[103]), offsetof(struct awsc_sqs_message, md5_of_body), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Message.MD5OfBody: String */
        [84] = {REF(members[84].name_ref, strings[1877]), REF(members[84].shape_ref, shapes[103]), offsetof(struct awsc_sqs_message, body), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Message.Body: String */
        [85] = {REF(members[85].name_ref, strings[736]), REF(members[85].shape_ref, shapes[71]), offsetof(struct awsc_sqs_message, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Message.Attributes: MessageSystemAttributeMap */
        [86] = {REF(members[86].name_ref, strings[1882]), REF(members[86].shape_ref, shapes[103]), offsetof(struct awsc_sqs_message, md5_of_message_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Message.MD5OfMessageAttributes: String */
        [87] = {REF(members[87].name_ref, strings[1905]), REF(members[87].shape_ref, shapes[66]), offsetof(struct awsc_sqs_message, message_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Message.MessageAttributes: MessageBodyAttributeMap */
        [88] = {REF(members[88].name_ref, strings[1991]), REF(members[88].shape_ref, shapes[103]), offsetof(struct awsc_sqs_message_attribute_value, string_value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageAttributeValue.StringValue: String */
        [89] = {REF(members[89].name_ref, strings[2003]), REF(members[89].shape_ref, shapes[8]), offsetof(struct awsc_sqs_message_attribute_value, binary_value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageAttributeValue.BinaryValue: Binary */
        [90] = {REF(members[90].name_ref, strings[2015]), REF(members[90].shape_ref, shapes[104]), offsetof(struct awsc_sqs_message_attribute_value, string_list_values), AWSC_NO_PRESENCE, AWSC_MF_FLATTENED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageAttributeValue.StringListValues: StringList */
        [91] = {REF(members[91].name_ref, strings[2032]), REF(members[91].shape_ref, shapes[9]), offsetof(struct awsc_sqs_message_attribute_value, binary_list_values), AWSC_NO_PRESENCE, AWSC_MF_FLATTENED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageAttributeValue.BinaryListValues: BinaryList */
        [92] = {REF(members[92].name_ref, strings[2049]), REF(members[92].shape_ref, shapes[103]), offsetof(struct awsc_sqs_message_attribute_value, data_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageAttributeValue.DataType: String */
        [93] = {REF(members[93].name_ref, strings[1991]), REF(members[93].shape_ref, shapes[103]), offsetof(struct awsc_sqs_message_system_attribute_value, string_value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageSystemAttributeValue.StringValue: String */
        [94] = {REF(members[94].name_ref, strings[2003]), REF(members[94].shape_ref, shapes[8]), offsetof(struct awsc_sqs_message_system_attribute_value, binary_value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageSystemAttributeValue.BinaryValue: Binary */
        [95] = {REF(members[95].name_ref, strings[2015]), REF(members[95].shape_ref, shapes[104]), offsetof(struct awsc_sqs_message_system_attribute_value, string_list_values), AWSC_NO_PRESENCE, AWSC_MF_FLATTENED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageSystemAttributeValue.StringListValues: StringList */
        [96] = {REF(members[96].name_ref, strings[2032]), REF(members[96].shape_ref, shapes[9]), offsetof(struct awsc_sqs_message_system_attribute_value, binary_list_values), AWSC_NO_PRESENCE, AWSC_MF_FLATTENED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageSystemAttributeValue.BinaryListValues: BinaryList */
        [97] = {REF(members[97].name_ref, strings[2049]), REF(members[97].shape_ref, shapes[103]), offsetof(struct awsc_sqs_message_system_attribute_value, data_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageSystemAttributeValue.DataType: String */
        [98] = {REF(members[98].name_ref, strings[133]), REF(members[98].shape_ref, shapes[32]), offsetof(struct awsc_sqs_over_limit, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OverLimit.message: ExceptionMessage */
        [99] = {REF(members[99].name_ref, strings[133]), REF(members[99].shape_ref, shapes[32]), offsetof(struct awsc_sqs_purge_queue_in_progress, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PurgeQueueInProgress.message: ExceptionMessage */
        [100] = {REF(members[100].name_ref, strings[53]), REF(members[100].shape_ref, shapes[103]), offsetof(struct awsc_sqs_purge_queue_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PurgeQueueRequest.QueueUrl: String */
        [101] = {REF(members[101].name_ref, strings[133]), REF(members[101].shape_ref, shapes[32]), offsetof(struct awsc_sqs_queue_deleted_recently, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueueDeletedRecently.message: ExceptionMessage */
        [102] = {REF(members[102].name_ref, strings[133]), REF(members[102].shape_ref, shapes[32]), offsetof(struct awsc_sqs_queue_does_not_exist, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueueDoesNotExist.message: ExceptionMessage */
        [103] = {REF(members[103].name_ref, strings[133]), REF(members[103].shape_ref, shapes[32]), offsetof(struct awsc_sqs_queue_name_exists, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* QueueNameExists.message: ExceptionMessage */
        [104] = {REF(members[104].name_ref, strings[133]), REF(members[104].shape_ref, shapes[32]), offsetof(struct awsc_sqs_receipt_handle_is_invalid, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReceiptHandleIsInvalid.message: ExceptionMessage */
        [105] = {REF(members[105].name_ref, strings[53]), REF(members[105].shape_ref, shapes[103]), offsetof(struct awsc_sqs_receive_message_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReceiveMessageRequest.QueueUrl: String */
        [106] = {REF(members[106].name_ref, strings[1052]), REF(members[106].shape_ref, shapes[3]), offsetof(struct awsc_sqs_receive_message_input, attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReceiveMessageRequest.AttributeNames: AttributeNameList */
        [107] = {REF(members[107].name_ref, strings[3142]), REF(members[107].shape_ref, shapes[70]), offsetof(struct awsc_sqs_receive_message_input, message_system_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReceiveMessageRequest.MessageSystemAttributeNames: MessageSystemAttributeList */
        [108] = {REF(members[108].name_ref, strings[3170]), REF(members[108].shape_ref, shapes[64]), offsetof(struct awsc_sqs_receive_message_input, message_attribute_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReceiveMessageRequest.MessageAttributeNames: MessageAttributeNameList */
        [109] = {REF(members[109].name_ref, strings[3192]), REF(members[109].shape_ref, shapes[75]), offsetof(struct awsc_sqs_receive_message_input, max_number_of_messages), offsetof(struct awsc_sqs_receive_message_input, has_max_number_of_messages), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReceiveMessageRequest.MaxNumberOfMessages: NullableInteger */
        [110] = {REF(members[110].name_ref, strings[476]), REF(members[110].shape_ref, shapes[75]), offsetof(struct awsc_sqs_receive_message_input, visibility_timeout), offsetof(struct awsc_sqs_receive_message_input, has_visibility_timeout), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReceiveMessageRequest.VisibilityTimeout: NullableInteger */
        [111] = {REF(members[111].name_ref, strings[3212]), REF(members[111].shape_ref, shapes[75]), offsetof(struct awsc_sqs_receive_message_input, wait_time_seconds), offsetof(struct awsc_sqs_receive_message_input, has_wait_time_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReceiveMessageRequest.WaitTimeSeconds: NullableInteger */
        [112] = {REF(members[112].name_ref, strings[3228]), REF(members[112].shape_ref, shapes[103]), offsetof(struct awsc_sqs_receive_message_input, receive_request_attempt_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReceiveMessageRequest.ReceiveRequestAttemptId: String */
        [113] = {REF(members[113].name_ref, strings[3273]), REF(members[113].shape_ref, shapes[68]), offsetof(struct awsc_sqs_receive_message_output, messages), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReceiveMessageResult.Messages: MessageList */
        [114] = {REF(members[114].name_ref, strings[53]), REF(members[114].shape_ref, shapes[103]), offsetof(struct awsc_sqs_remove_permission_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RemovePermissionRequest.QueueUrl: String */
        [115] = {REF(members[115].name_ref, strings[62]), REF(members[115].shape_ref, shapes[103]), offsetof(struct awsc_sqs_remove_permission_input, label), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RemovePermissionRequest.Label: String */
        [116] = {REF(members[116].name_ref, strings[133]), REF(members[116].shape_ref, shapes[32]), offsetof(struct awsc_sqs_request_throttled, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RequestThrottled.message: ExceptionMessage */
        [117] = {REF(members[117].name_ref, strings[133]), REF(members[117].shape_ref, shapes[32]), offsetof(struct awsc_sqs_resource_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceNotFoundException.message: ExceptionMessage */
        [118] = {REF(members[118].name_ref, strings[53]), REF(members[118].shape_ref, shapes[103]), offsetof(struct awsc_sqs_send_message_batch_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageBatchRequest.QueueUrl: String */
        [119] = {REF(members[119].name_ref, strings[413]), REF(members[119].shape_ref, shapes[94]), offsetof(struct awsc_sqs_send_message_batch_input, entries), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageBatchRequest.Entries: SendMessageBatchRequestEntryList */
        [120] = {REF(members[120].name_ref, strings[183]), REF(members[120].shape_ref, shapes[103]), offsetof(struct awsc_sqs_send_message_batch_request_entry, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageBatchRequestEntry.Id: String */
        [121] = {REF(members[121].name_ref, strings[3402]), REF(members[121].shape_ref, shapes[103]), offsetof(struct awsc_sqs_send_message_batch_request_entry, message_body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageBatchRequestEntry.MessageBody: String */
        [122] = {REF(members[122].name_ref, strings[3414]), REF(members[122].shape_ref, shapes[75]), offsetof(struct awsc_sqs_send_message_batch_request_entry, delay_seconds), offsetof(struct awsc_sqs_send_message_batch_request_entry, has_delay_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageBatchRequestEntry.DelaySeconds: NullableInteger */
        [123] = {REF(members[123].name_ref, strings[1905]), REF(members[123].shape_ref, shapes[66]), offsetof(struct awsc_sqs_send_message_batch_request_entry, message_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageBatchRequestEntry.MessageAttributes: MessageBodyAttributeMap */
        [124] = {REF(members[124].name_ref, strings[3427]), REF(members[124].shape_ref, shapes[67]), offsetof(struct awsc_sqs_send_message_batch_request_entry, message_system_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageBatchRequestEntry.MessageSystemAttributes: MessageBodySystemAttributeMap */
        [125] = {REF(members[125].name_ref, strings[3451]), REF(members[125].shape_ref, shapes[103]), offsetof(struct awsc_sqs_send_message_batch_request_entry, message_deduplication_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageBatchRequestEntry.MessageDeduplicationId: String */
        [126] = {REF(members[126].name_ref, strings[3474]), REF(members[126].shape_ref, shapes[103]), offsetof(struct awsc_sqs_send_message_batch_request_entry, message_group_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageBatchRequestEntry.MessageGroupId: String */
        [127] = {REF(members[127].name_ref, strings[574]), REF(members[127].shape_ref, shapes[97]), offsetof(struct awsc_sqs_send_message_batch_output, successful), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageBatchResult.Successful: SendMessageBatchResultEntryList */
        [128] = {REF(members[128].name_ref, strings[585]), REF(members[128].shape_ref, shapes[7]), offsetof(struct awsc_sqs_send_message_batch_output, failed), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageBatchResult.Failed: BatchResultErrorEntryList */
        [129] = {REF(members[129].name_ref, strings[183]), REF(members[129].shape_ref, shapes[103]), offsetof(struct awsc_sqs_send_message_batch_result_entry, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageBatchResultEntry.Id: String */
        [130] = {REF(members[130].name_ref, strings[1857]), REF(members[130].shape_ref, shapes[103]), offsetof(struct awsc_sqs_send_message_batch_result_entry, message_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageBatchResultEntry.MessageId: String */
        [131] = {REF(members[131].name_ref, strings[3573]), REF(members[131].shape_ref, shapes[103]), offsetof(struct awsc_sqs_send_message_batch_result_entry, md5_of_message_body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageBatchResultEntry.MD5OfMessageBody: String */
        [132] = {REF(members[132].name_ref, strings[1882]), REF(members[132].shape_ref, shapes[103]), offsetof(struct awsc_sqs_send_message_batch_result_entry, md5_of_message_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageBatchResultEntry.MD5OfMessageAttributes: String */
        [133] = {REF(members[133].name_ref, strings[3590]), REF(members[133].shape_ref, shapes[103]), offsetof(struct awsc_sqs_send_message_batch_result_entry, md5_of_message_system_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageBatchResultEntry.MD5OfMessageSystemAttributes: String */
        [134] = {REF(members[134].name_ref, strings[3619]), REF(members[134].shape_ref, shapes[103]), offsetof(struct awsc_sqs_send_message_batch_result_entry, sequence_number), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageBatchResultEntry.SequenceNumber: String */
        [135] = {REF(members[135].name_ref, strings[53]), REF(members[135].shape_ref, shapes[103]), offsetof(struct awsc_sqs_send_message_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageRequest.QueueUrl: String */
        [136] = {REF(members[136].name_ref, strings[3402]), REF(members[136].shape_ref, shapes[103]), offsetof(struct awsc_sqs_send_message_input, message_body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageRequest.MessageBody: String */
        [137] = {REF(members[137].name_ref, strings[3414]), REF(members[137].shape_ref, shapes[75]), offsetof(struct awsc_sqs_send_message_input, delay_seconds), offsetof(struct awsc_sqs_send_message_input, has_delay_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageRequest.DelaySeconds: NullableInteger */
        [138] = {REF(members[138].name_ref, strings[1905]), REF(members[138].shape_ref, shapes[66]), offsetof(struct awsc_sqs_send_message_input, message_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageRequest.MessageAttributes: MessageBodyAttributeMap */
        [139] = {REF(members[139].name_ref, strings[3427]), REF(members[139].shape_ref, shapes[67]), offsetof(struct awsc_sqs_send_message_input, message_system_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageRequest.MessageSystemAttributes: MessageBodySystemAttributeMap */
        [140] = {REF(members[140].name_ref, strings[3451]), REF(members[140].shape_ref, shapes[103]), offsetof(struct awsc_sqs_send_message_input, message_deduplication_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageRequest.MessageDeduplicationId: String */
        [141] = {REF(members[141].name_ref, strings[3474]), REF(members[141].shape_ref, shapes[103]), offsetof(struct awsc_sqs_send_message_input, message_group_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageRequest.MessageGroupId: String */
        [142] = {REF(members[142].name_ref, strings[3573]), REF(members[142].shape_ref, shapes[103]), offsetof(struct awsc_sqs_send_message_output, md5_of_message_body), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageResult.MD5OfMessageBody: String */
        [143] = {REF(members[143].name_ref, strings[1882]), REF(members[143].shape_ref, shapes[103]), offsetof(struct awsc_sqs_send_message_output, md5_of_message_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageResult.MD5OfMessageAttributes: String */
        [144] = {REF(members[144].name_ref, strings[3590]), REF(members[144].shape_ref, shapes[103]), offsetof(struct awsc_sqs_send_message_output, md5_of_message_system_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageResult.MD5OfMessageSystemAttributes: String */
        [145] = {REF(members[145].name_ref, strings[1857]), REF(members[145].shape_ref, shapes[103]), offsetof(struct awsc_sqs_send_message_output, message_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageResult.MessageId: String */
        [146] = {REF(members[146].name_ref, strings[3619]), REF(members[146].shape_ref, shapes[103]), offsetof(struct awsc_sqs_send_message_output, sequence_number), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendMessageResult.SequenceNumber: String */
        [147] = {REF(members[147].name_ref, strings[53]), REF(members[147].shape_ref, shapes[103]), offsetof(struct awsc_sqs_set_queue_attributes_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SetQueueAttributesRequest.QueueUrl: String */
        [148] = {REF(members[148].name_ref, strings[736]), REF(members[148].shape_ref, shapes[80]), offsetof(struct awsc_sqs_set_queue_attributes_input, attributes), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SetQueueAttributesRequest.Attributes: QueueAttributeMap */
        [149] = {REF(members[149].name_ref, strings[1516]), REF(members[149].shape_ref, shapes[103]), offsetof(struct awsc_sqs_start_message_move_task_input, source_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StartMessageMoveTaskRequest.SourceArn: String */
        [150] = {REF(members[150].name_ref, strings[1600]), REF(members[150].shape_ref, shapes[103]), offsetof(struct awsc_sqs_start_message_move_task_input, destination_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StartMessageMoveTaskRequest.DestinationArn: String */
        [151] = {REF(members[151].name_ref, strings[1615]), REF(members[151].shape_ref, shapes[75]), offsetof(struct awsc_sqs_start_message_move_task_input, max_number_of_messages_per_second), offsetof(struct awsc_sqs_start_message_move_task_input, has_max_number_of_messages_per_second), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StartMessageMoveTaskRequest.MaxNumberOfMessagesPerSecond: NullableInteger */
        [152] = {REF(members[152].name_ref, strings[305]), REF(members[152].shape_ref, shapes[103]), offsetof(struct awsc_sqs_start_message_move_task_output, task_handle), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StartMessageMoveTaskResult.TaskHandle: String */
        [153] = {REF(members[153].name_ref, strings[53]), REF(members[153].shape_ref, shapes[103]), offsetof(struct awsc_sqs_tag_queue_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagQueueRequest.QueueUrl: String */
        [154] = {REF(members[154].name_ref, strings[1786]), REF(members[154].shape_ref, shapes[107]), offsetof(struct awsc_sqs_tag_queue_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagQueueRequest.Tags: TagMap */
        [155] = {REF(members[155].name_ref, strings[133]), REF(members[155].shape_ref, shapes[32]), offsetof(struct awsc_sqs_too_many_entries_in_batch_request, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TooManyEntriesInBatchRequest.message: ExceptionMessage */
        [156] = {REF(members[156].name_ref, strings[133]), REF(members[156].shape_ref, shapes[32]), offsetof(struct awsc_sqs_unsupported_operation, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UnsupportedOperation.message: ExceptionMessage */
        [157] = {REF(members[157].name_ref, strings[53]), REF(members[157].shape_ref, shapes[103]), offsetof(struct awsc_sqs_untag_queue_input, queue_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagQueueRequest.QueueUrl: String */
        [158] = {REF(members[158].name_ref, strings[3926]), REF(members[158].shape_ref, shapes[106]), offsetof(struct awsc_sqs_untag_queue_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagQueueRequest.TagKeys: TagKeyList */
    },
    /* each structure's member indexes, sorted by wire name */
    .by_wire_name = {
        /* [0] AddPermissionRequest */ 2, 3, 1, 0,
        /* [4] BatchEntryIdsNotDistinct */ 0,
        /* [5] BatchRequestTooLong */ 0,
        /* [6] BatchResultErrorEntry */ 2, 0, 3, 1,
        /* [10] CancelMessageMoveTaskRequest */ 0,
        /* [11] CancelMessageMoveTaskResult */ 0,
        /* [12] ChangeMessageVisibilityBatchRequest */ 1, 0,
        /* [14] ChangeMessageVisibilityBatchRequestEntry */ 0, 1, 2,
        /* [17] ChangeMessageVisibilityBatchResult */ 1, 0,
        /* [19] ChangeMessageVisibilityBatchResultEntry */ 0,
        /* [20] ChangeMessageVisibilityRequest */ 0, 1, 2,
        /* [23] CreateQueueRequest */ 1, 0, 2,
        /* [26] CreateQueueResult */ 0,
        /* [27] DeleteMessageBatchRequest */ 1, 0,
        /* [29] DeleteMessageBatchRequestEntry */ 0, 1,
        /* [31] DeleteMessageBatchResult */ 1, 0,
        /* [33] DeleteMessageBatchResultEntry */ 0,
        /* [34] DeleteMessageRequest */ 0, 1,
        /* [36] DeleteQueueRequest */ 0,
        /* [37] EmptyBatchRequest */ 0,
        /* [38] GetQueueAttributesRequest */ 1, 0,
        /* [40] GetQueueAttributesResult */ 0,
        /* [41] GetQueueUrlRequest */ 0, 1,
        /* [43] GetQueueUrlResult */ 0,
        /* [44] InvalidAddress */ 0,
        /* [45] InvalidAttributeName */ 0,
        /* [46] InvalidAttributeValue */ 0,
        /* [47] InvalidBatchEntryId */ 0,
        /* [48] InvalidMessageContents */ 0,
        /* [49] InvalidSecurity */ 0,
        /* [50] KmsAccessDenied */ 0,
        /* [51] KmsDisabled */ 0,
        /* [52] KmsInvalidKeyUsage */ 0,
        /* [53] KmsInvalidState */ 0,
        /* [54] KmsNotFound */ 0,
        /* [55] KmsOptInRequired */ 0,
        /* [56] KmsThrottled */ 0,
        /* [57] ListDeadLetterSourceQueuesRequest */ 2, 1, 0,
        /* [60] ListDeadLetterSourceQueuesResult */ 1, 0,
        /* [62] ListMessageMoveTasksRequest */ 1, 0,
        /* [64] ListMessageMoveTasksResult */ 0,
        /* [65] ListMessageMoveTasksResultEntry */ 5, 6, 3, 7, 4, 2, 8, 1, 0,
        /* [74] ListQueueTagsRequest */ 0,
        /* [75] ListQueueTagsResult */ 0,
        /* [76] ListQueuesRequest */ 2, 1, 0,
        /* [79] ListQueuesResult */ 1, 0,
        /* [81] Message */ 4, 3, 2, 5, 6, 0, 1,
        /* [88] MessageAttributeValue */ 3, 1, 4, 2, 0,
        /* [93] MessageSystemAttributeValue */ 3, 1, 4, 2, 0,
        /* [98] OverLimit */ 0,
        /* [99] PurgeQueueInProgress */ 0,
        /* [100] PurgeQueueRequest */ 0,
        /* [101] QueueDeletedRecently */ 0,
        /* [102] QueueDoesNotExist */ 0,
        /* [103] QueueNameExists */ 0,
        /* [104] ReceiptHandleIsInvalid */ 0,
        /* [105] ReceiveMessageRequest */ 1, 4, 3, 2, 0, 7, 5, 6,
        /* [113] ReceiveMessageResult */ 0,
        /* [114] RemovePermissionRequest */ 1, 0,
        /* [116] RequestThrottled */ 0,
        /* [117] ResourceNotFoundException */ 0,
        /* [118] SendMessageBatchRequest */ 1, 0,
        /* [120] SendMessageBatchRequestEntry */ 2, 0, 3, 1, 5, 6, 4,
        /* [127] SendMessageBatchResult */ 1, 0,
        /* [129] SendMessageBatchResultEntry */ 0, 3, 2, 4, 1, 5,
        /* [135] SendMessageRequest */ 2, 3, 1, 5, 6, 4, 0,
        /* [142] SendMessageResult */ 1, 0, 2, 3, 4,
        /* [147] SetQueueAttributesRequest */ 1, 0,
        /* [149] StartMessageMoveTaskRequest */ 1, 2, 0,
        /* [152] StartMessageMoveTaskResult */ 0,
        /* [153] TagQueueRequest */ 0, 1,
        /* [155] TooManyEntriesInBatchRequest */ 0,
        /* [156] UnsupportedOperation */ 0,
        /* [157] UntagQueueRequest */ 0, 1,
    },
    .strings =
        /*      0 */ "AWSAccountIdList\0"
        /*     17 */ "ActionNameList\0"
        /*     32 */ "AddPermissionRequest\0"
        /*     53 */ "QueueUrl\0"
        /*     62 */ "Label\0"
        /*     68 */ "AWSAccountIds\0"
        /*     82 */ "Actions\0"
        /*     90 */ "AttributeNameList\0"
        /*    108 */ "BatchEntryIdsNotDistinct\0"
        /*    133 */ "message\0"
        /*    141 */ "BatchRequestTooLong\0"
        /*    161 */ "BatchResultErrorEntry\0"
        /*    183 */ "Id\0"
        /*    186 */ "SenderFault\0"
        /*    198 */ "Code\0"
        /*    203 */ "Message\0"
        /*    211 */ "BatchResultErrorEntryList\0"
        /*    237 */ "Binary\0"
        /*    244 */ "BinaryList\0"
        /*    255 */ "Boolean\0"
        /*    263 */ "BoxedInteger\0"
        /*    276 */ "CancelMessageMoveTaskRequest\0"
        /*    305 */ "TaskHandle\0"
        /*    316 */ "CancelMessageMoveTaskResult\0"
        /*    344 */ "ApproximateNumberOfMessagesMoved\0"
        /*    377 */ "ChangeMessageVisibilityBatchRequest\0"
        /*    413 */ "Entries\0"
        /*    421 */ "ChangeMessageVisibilityBatchRequestEntry\0"
        /*    462 */ "ReceiptHandle\0"
        /*    476 */ "VisibilityTimeout\0"
        /*    494 */ "ChangeMessageVisibilityBatchRequestEntryList\0"
        /*    539 */ "ChangeMessageVisibilityBatchResult\0"
        /*    574 */ "Successful\0"
        /*    585 */ "Failed\0"
        /*    592 */ "ChangeMessageVisibilityBatchResultEntry\0"
        /*    632 */ "ChangeMessageVisibilityBatchResultEntryList\0"
        /*    676 */ "ChangeMessageVisibilityRequest\0"
        /*    707 */ "CreateQueueRequest\0"
        /*    726 */ "QueueName\0"
        /*    736 */ "Attributes\0"
        /*    747 */ "tags\0"
        /*    752 */ "CreateQueueResult\0"
        /*    770 */ "DeleteMessageBatchRequest\0"
        /*    796 */ "DeleteMessageBatchRequestEntry\0"
        /*    827 */ "DeleteMessageBatchRequestEntryList\0"
        /*    862 */ "DeleteMessageBatchResult\0"
        /*    887 */ "DeleteMessageBatchResultEntry\0"
        /*    917 */ "DeleteMessageBatchResultEntryList\0"
        /*    951 */ "DeleteMessageRequest\0"
        /*    972 */ "DeleteQueueRequest\0"
        /*    991 */ "EmptyBatchRequest\0"
        /*   1009 */ "ExceptionMessage\0"
        /*   1026 */ "GetQueueAttributesRequest\0"
        /*   1052 */ "AttributeNames\0"
        /*   1067 */ "GetQueueAttributesResult\0"
        /*   1092 */ "GetQueueUrlRequest\0"
        /*   1111 */ "QueueOwnerAWSAccountId\0"
        /*   1134 */ "GetQueueUrlResult\0"
        /*   1152 */ "InvalidAddress\0"
        /*   1167 */ "InvalidAttributeName\0"
        /*   1188 */ "InvalidAttributeValue\0"
        /*   1210 */ "InvalidBatchEntryId\0"
        /*   1230 */ "InvalidIdFormat\0"
        /*   1246 */ "InvalidMessageContents\0"
        /*   1269 */ "InvalidSecurity\0"
        /*   1285 */ "KmsAccessDenied\0"
        /*   1301 */ "KmsDisabled\0"
        /*   1313 */ "KmsInvalidKeyUsage\0"
        /*   1332 */ "KmsInvalidState\0"
        /*   1348 */ "KmsNotFound\0"
        /*   1360 */ "KmsOptInRequired\0"
        /*   1377 */ "KmsThrottled\0"
        /*   1390 */ "ListDeadLetterSourceQueuesRequest\0"
        /*   1424 */ "NextToken\0"
        /*   1434 */ "MaxResults\0"
        /*   1445 */ "ListDeadLetterSourceQueuesResult\0"
        /*   1478 */ "queueUrls\0"
        /*   1488 */ "ListMessageMoveTasksRequest\0"
        /*   1516 */ "SourceArn\0"
        /*   1526 */ "ListMessageMoveTasksResult\0"
        /*   1553 */ "Results\0"
        /*   1561 */ "ListMessageMoveTasksResultEntry\0"
        /*   1593 */ "Status\0"
        /*   1600 */ "DestinationArn\0"
        /*   1615 */ "MaxNumberOfMessagesPerSecond\0"
        /*   1644 */ "ApproximateNumberOfMessagesToMove\0"
        /*   1678 */ "FailureReason\0"
        /*   1692 */ "StartedTimestamp\0"
        /*   1709 */ "ListMessageMoveTasksResultEntryList\0"
        /*   1745 */ "ListQueueTagsRequest\0"
        /*   1766 */ "ListQueueTagsResult\0"
        /*   1786 */ "Tags\0"
        /*   1791 */ "ListQueuesRequest\0"
        /*   1809 */ "QueueNamePrefix\0"
        /*   1825 */ "ListQueuesResult\0"
        /*   1842 */ "QueueUrls\0"
        /*   1852 */ "Long\0"
        /*   1857 */ "MessageId\0"
        /*   1867 */ "MD5OfBody\0"
        /*   1877 */ "Body\0"
        /*   1882 */ "MD5OfMessageAttributes\0"
        /*   1905 */ "MessageAttributes\0"
        /*   1923 */ "MessageAttributeName\0"
        /*   1944 */ "MessageAttributeNameList\0"
        /*   1969 */ "MessageAttributeValue\0"
        /*   1991 */ "StringValue\0"
        /*   2003 */ "BinaryValue\0"
        /*   2015 */ "StringListValues\0"
        /*   2032 */ "BinaryListValues\0"
        /*   2049 */ "DataType\0"
        /*   2058 */ "MessageBodyAttributeMap\0"
        /*   2082 */ "MessageBodySystemAttributeMap\0"
        /*   2112 */ "MessageList\0"
        /*   2124 */ "MessageNotInflight\0"
        /*   2143 */ "MessageSystemAttributeList\0"
        /*   2170 */ "MessageSystemAttributeMap\0"
        /*   2196 */ "MessageSystemAttributeName\0"
        /*   2223 */ "All\0" "SenderId\0" "SentTimestamp\0" "ApproximateReceiveCount\0" "ApproximateFirstReceiveTimestamp\0" "SequenceNumber\0" "MessageDeduplicationId\0" "MessageGroupId\0" "AWSTraceHeader\0" "DeadLetterQueueSourceArn\0"
        /*   2400 */ "MessageSystemAttributeNameForSends\0"
        /*   2435 */ "AWSTraceHeader\0"
        /*   2450 */ "MessageSystemAttributeValue\0"
        /*   2478 */ "NullableInteger\0"
        /*   2494 */ "NullableLong\0"
        /*   2507 */ "OverLimit\0"
        /*   2517 */ "PurgeQueueInProgress\0"
        /*   2538 */ "PurgeQueueRequest\0"
        /*   2556 */ "QueueAttributeMap\0"
        /*   2574 */ "QueueAttributeName\0"
        /*   2593 */ "All\0" "Policy\0" "VisibilityTimeout\0" "MaximumMessageSize\0" "MessageRetentionPeriod\0" "ApproximateNumberOfMessages\0" "ApproximateNumberOfMessagesNotVisible\0" "CreatedTimestamp\0" "LastModifiedTimestamp\0" "QueueArn\0" "ApproximateNumberOfMessagesDelayed\0" "DelaySeconds\0" "ReceiveMessageWaitTimeSeconds\0" "RedrivePolicy\0" "FifoQueue\0" "ContentBasedDeduplication\0" "KmsMasterKeyId\0" "KmsDataKeyReusePeriodSeconds\0" "DeduplicationScope\0" "FifoThroughputLimit\0" "RedriveAllowPolicy\0" "SqsManagedSseEnabled\0"
        /*   3029 */ "QueueDeletedRecently\0"
        /*   3050 */ "QueueDoesNotExist\0"
        /*   3068 */ "QueueNameExists\0"
        /*   3084 */ "QueueUrlList\0"
        /*   3097 */ "ReceiptHandleIsInvalid\0"
        /*   3120 */ "ReceiveMessageRequest\0"
        /*   3142 */ "MessageSystemAttributeNames\0"
        /*   3170 */ "MessageAttributeNames\0"
        /*   3192 */ "MaxNumberOfMessages\0"
        /*   3212 */ "WaitTimeSeconds\0"
        /*   3228 */ "ReceiveRequestAttemptId\0"
        /*   3252 */ "ReceiveMessageResult\0"
        /*   3273 */ "Messages\0"
        /*   3282 */ "RemovePermissionRequest\0"
        /*   3306 */ "RequestThrottled\0"
        /*   3323 */ "ResourceNotFoundException\0"
        /*   3349 */ "SendMessageBatchRequest\0"
        /*   3373 */ "SendMessageBatchRequestEntry\0"
        /*   3402 */ "MessageBody\0"
        /*   3414 */ "DelaySeconds\0"
        /*   3427 */ "MessageSystemAttributes\0"
        /*   3451 */ "MessageDeduplicationId\0"
        /*   3474 */ "MessageGroupId\0"
        /*   3489 */ "SendMessageBatchRequestEntryList\0"
        /*   3522 */ "SendMessageBatchResult\0"
        /*   3545 */ "SendMessageBatchResultEntry\0"
        /*   3573 */ "MD5OfMessageBody\0"
        /*   3590 */ "MD5OfMessageSystemAttributes\0"
        /*   3619 */ "SequenceNumber\0"
        /*   3634 */ "SendMessageBatchResultEntryList\0"
        /*   3666 */ "SendMessageRequest\0"
        /*   3685 */ "SendMessageResult\0"
        /*   3703 */ "SetQueueAttributesRequest\0"
        /*   3729 */ "StartMessageMoveTaskRequest\0"
        /*   3757 */ "StartMessageMoveTaskResult\0"
        /*   3784 */ "String\0"
        /*   3791 */ "StringList\0"
        /*   3802 */ "TagKey\0"
        /*   3809 */ "TagKeyList\0"
        /*   3820 */ "TagMap\0"
        /*   3827 */ "TagQueueRequest\0"
        /*   3843 */ "TagValue\0"
        /*   3852 */ "Token\0"
        /*   3858 */ "TooManyEntriesInBatchRequest\0"
        /*   3887 */ "UnsupportedOperation\0"
        /*   3908 */ "UntagQueueRequest\0"
        /*   3926 */ "TagKeys\0"
        /*   3934 */ "AddPermission\0"
        /*   3948 */ "POST\0"
        /*   3953 */ "/\0"
        /*   3955 */ "CancelMessageMoveTask\0"
        /*   3977 */ "ChangeMessageVisibility\0"
        /*   4001 */ "ChangeMessageVisibilityBatch\0"
        /*   4030 */ "CreateQueue\0"
        /*   4042 */ "DeleteMessage\0"
        /*   4056 */ "DeleteMessageBatch\0"
        /*   4075 */ "DeleteQueue\0"
        /*   4087 */ "GetQueueAttributes\0"
        /*   4106 */ "GetQueueUrl\0"
        /*   4118 */ "ListDeadLetterSourceQueues\0"
        /*   4145 */ "ListMessageMoveTasks\0"
        /*   4166 */ "ListQueueTags\0"
        /*   4180 */ "ListQueues\0"
        /*   4191 */ "PurgeQueue\0"
        /*   4202 */ "ReceiveMessage\0"
        /*   4217 */ "RemovePermission\0"
        /*   4234 */ "SendMessage\0"
        /*   4246 */ "SendMessageBatch\0"
        /*   4263 */ "SetQueueAttributes\0"
        /*   4282 */ "StartMessageMoveTask\0"
        /*   4303 */ "TagQueue\0"
        /*   4312 */ "UntagQueue\0"
        /*   4323 */ "sqs\0"
        /*   4327 */ "SQS\0"
        /*   4331 */ "Amazon Simple Queue Service\0"
        /*   4359 */ "2012-11-05\0"
        /*   4370 */ "AmazonSQS\0"
        /*   4380 */ "1.0",
};

/* The descriptor programs use (<awsc/sqs.h>): the one in the tables. */
const struct awsc_service *awsc_sqs_service(void)
{
    return &T.service;
}

enum awsc_sqs_message_system_attribute_name awsc_sqs_message_system_attribute_name_parse(const char *value)
{
    return (enum awsc_sqs_message_system_attribute_name)awsc_enum_parse(&T.strings[2223], 10, value);
}

const char *awsc_sqs_message_system_attribute_name_str(enum awsc_sqs_message_system_attribute_name value)
{
    return awsc_enum_str(&T.strings[2223], 10, (int)value);
}

enum awsc_sqs_message_system_attribute_name_for_sends awsc_sqs_message_system_attribute_name_for_sends_parse(const char *value)
{
    return (enum awsc_sqs_message_system_attribute_name_for_sends)awsc_enum_parse(&T.strings[2435], 1, value);
}

const char *awsc_sqs_message_system_attribute_name_for_sends_str(enum awsc_sqs_message_system_attribute_name_for_sends value)
{
    return awsc_enum_str(&T.strings[2435], 1, (int)value);
}

enum awsc_sqs_queue_attribute_name awsc_sqs_queue_attribute_name_parse(const char *value)
{
    return (enum awsc_sqs_queue_attribute_name)awsc_enum_parse(&T.strings[2593], 22, value);
}

const char *awsc_sqs_queue_attribute_name_str(enum awsc_sqs_queue_attribute_name value)
{
    return awsc_enum_str(&T.strings[2593], 22, (int)value);
}

#undef PREF
#undef PAGERS
#undef RULES_REF
#undef RULES
#undef REF
#undef T
