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
    struct awsc_structure_shape structures[76];
    struct awsc_collection_shape collections[23];
    struct awsc_enum_shape enums[3];
    struct awsc_shape scalars[12];
    struct awsc_shape_traits traits[28];
    struct awsc_member members[159];
    uint16_t by_wire_name[159];
    char strings[2443];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[1949];
#endif
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
        .name_ref = REF(service.name_ref, strings[2382]),
        .service_id_ref = REF(service.service_id_ref, strings[2386]),
        .full_name_ref = REF(service.full_name_ref, strings[2390]),
        .api_version_ref = REF(service.api_version_ref, strings[2418]),
        .endpoint_prefix_ref = REF(service.endpoint_prefix_ref, strings[2382]),
        .signing_name_ref = REF(service.signing_name_ref, strings[2382]),
        .target_prefix_ref = REF(service.target_prefix_ref, strings[2429]),
        .json_version_ref = REF(service.json_version_ref, strings[2439]),
        .env_name_ref = REF(service.env_name_ref, strings[2386]),
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
            .name_ref = REF(operations[0].name_ref, strings[1993]),
            .http_method_ref = REF(operations[0].http_method_ref, strings[2007]),
            .request_uri_ref = REF(operations[0].request_uri_ref, strings[2012]),
            .input_ref = REF(operations[0].input_ref, structures[0].shape),
            .errors_ref = REF(operations[0].errors_ref, op_errors[0]),
            .service_ref = REF(operations[0].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [1] = { /* CancelMessageMoveTask */
            .name_ref = REF(operations[1].name_ref, strings[2014]),
            .http_method_ref = REF(operations[1].http_method_ref, strings[2007]),
            .request_uri_ref = REF(operations[1].request_uri_ref, strings[2012]),
            .input_ref = REF(operations[1].input_ref, structures[4].shape),
            .output_ref = REF(operations[1].output_ref, structures[5].shape),
            .errors_ref = REF(operations[1].errors_ref, op_errors[6]),
            .service_ref = REF(operations[1].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [2] = { /* ChangeMessageVisibility */
            .name_ref = REF(operations[2].name_ref, strings[2036]),
            .http_method_ref = REF(operations[2].http_method_ref, strings[2007]),
            .request_uri_ref = REF(operations[2].request_uri_ref, strings[2012]),
            .input_ref = REF(operations[2].input_ref, structures[10].shape),
            .errors_ref = REF(operations[2].errors_ref, op_errors[11]),
            .service_ref = REF(operations[2].service_ref, service),
            .error_count = 7,
            .auth = AWSC_AUTH_SIGV4,
        },
        [3] = { /* ChangeMessageVisibilityBatch */
            .name_ref = REF(operations[3].name_ref, strings[2060]),
            .http_method_ref = REF(operations[3].http_method_ref, strings[2007]),
            .request_uri_ref = REF(operations[3].request_uri_ref, strings[2012]),
            .input_ref = REF(operations[3].input_ref, structures[6].shape),
            .output_ref = REF(operations[3].output_ref, structures[8].shape),
            .errors_ref = REF(operations[3].errors_ref, op_errors[18]),
            .service_ref = REF(operations[3].service_ref, service),
            .error_count = 9,
            .auth = AWSC_AUTH_SIGV4,
        },
        [4] = { /* CreateQueue */
            .name_ref = REF(operations[4].name_ref, strings[2089]),
            .http_method_ref = REF(operations[4].http_method_ref, strings[2007]),
            .request_uri_ref = REF(operations[4].request_uri_ref, strings[2012]),
            .input_ref = REF(operations[4].input_ref, structures[11].shape),
            .output_ref = REF(operations[4].output_ref, structures[12].shape),
            .errors_ref = REF(operations[4].errors_ref, op_errors[27]),
            .service_ref = REF(operations[4].service_ref, service),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
        },
        [5] = { /* DeleteMessage */
            .name_ref = REF(operations[5].name_ref, strings[2101]),
            .http_method_ref = REF(operations[5].http_method_ref, strings[2007]),
            .request_uri_ref = REF(operations[5].request_uri_ref, strings[2012]),
            .input_ref = REF(operations[5].input_ref, structures[17].shape),
            .errors_ref = REF(operations[5].errors_ref, op_errors[35]),
            .service_ref = REF(operations[5].service_ref, service),
            .error_count = 7,
            .auth = AWSC_AUTH_SIGV4,
        },
        [6] = { /* DeleteMessageBatch */
            .name_ref = REF(operations[6].name_ref, strings[2115]),
            .http_method_ref = REF(operations[6].http_method_ref, strings[2007]),
            .request_uri_ref = REF(operations[6].request_uri_ref, strings[2012]),
            .input_ref = REF(operations[6].input_ref, structures[13].shape),
            .output_ref = REF(operations[6].output_ref, structures[15].shape),
            .errors_ref = REF(operations[6].errors_ref, op_errors[42]),
            .service_ref = REF(operations[6].service_ref, service),
            .error_count = 9,
            .auth = AWSC_AUTH_SIGV4,
        },
        [7] = { /* DeleteQueue */
            .name_ref = REF(operations[7].name_ref, strings[2134]),
            .http_method_ref = REF(operations[7].http_method_ref, strings[2007]),
            .request_uri_ref = REF(operations[7].request_uri_ref, strings[2012]),
            .input_ref = REF(operations[7].input_ref, structures[18].shape),
            .errors_ref = REF(operations[7].errors_ref, op_errors[51]),
            .service_ref = REF(operations[7].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [8] = { /* GetQueueAttributes */
            .name_ref = REF(operations[8].name_ref, strings[2146]),
            .http_method_ref = REF(operations[8].http_method_ref, strings[2007]),
            .request_uri_ref = REF(operations[8].request_uri_ref, strings[2012]),
            .input_ref = REF(operations[8].input_ref, structures[20].shape),
            .output_ref = REF(operations[8].output_ref, structures[21].shape),
            .errors_ref = REF(operations[8].errors_ref, op_errors[56]),
            .service_ref = REF(operations[8].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [9] = { /* GetQueueUrl */
            .name_ref = REF(operations[9].name_ref, strings[2165]),
            .http_method_ref = REF(operations[9].http_method_ref, strings[2007]),
            .request_uri_ref = REF(operations[9].request_uri_ref, strings[2012]),
            .input_ref = REF(operations[9].input_ref, structures[22].shape),
            .output_ref = REF(operations[9].output_ref, structures[23].shape),
            .errors_ref = REF(operations[9].errors_ref, op_errors[62]),
            .service_ref = REF(operations[9].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [10] = { /* ListDeadLetterSourceQueues */
            .name_ref = REF(operations[10].name_ref, strings[2177]),
            .http_method_ref = REF(operations[10].http_method_ref, strings[2007]),
            .request_uri_ref = REF(operations[10].request_uri_ref, strings[2012]),
            .input_ref = REF(operations[10].input_ref, structures[38].shape),
            .output_ref = REF(operations[10].output_ref, structures[39].shape),
            .errors_ref = REF(operations[10].errors_ref, op_errors[67]),
            .service_ref = REF(operations[10].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [11] = { /* ListMessageMoveTasks */
            .name_ref = REF(operations[11].name_ref, strings[2204]),
            .http_method_ref = REF(operations[11].http_method_ref, strings[2007]),
            .request_uri_ref = REF(operations[11].request_uri_ref, strings[2012]),
            .input_ref = REF(operations[11].input_ref, structures[40].shape),
            .output_ref = REF(operations[11].output_ref, structures[41].shape),
            .errors_ref = REF(operations[11].errors_ref, op_errors[72]),
            .service_ref = REF(operations[11].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [12] = { /* ListQueueTags */
            .name_ref = REF(operations[12].name_ref, strings[2225]),
            .http_method_ref = REF(operations[12].http_method_ref, strings[2007]),
            .request_uri_ref = REF(operations[12].request_uri_ref, strings[2012]),
            .input_ref = REF(operations[12].input_ref, structures[43].shape),
            .output_ref = REF(operations[12].output_ref, structures[44].shape),
            .errors_ref = REF(operations[12].errors_ref, op_errors[77]),
            .service_ref = REF(operations[12].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [13] = { /* ListQueues */
            .name_ref = REF(operations[13].name_ref, strings[2239]),
            .http_method_ref = REF(operations[13].http_method_ref, strings[2007]),
            .request_uri_ref = REF(operations[13].request_uri_ref, strings[2012]),
            .input_ref = REF(operations[13].input_ref, structures[45].shape),
            .output_ref = REF(operations[13].output_ref, structures[46].shape),
            .errors_ref = REF(operations[13].errors_ref, op_errors[82]),
            .service_ref = REF(operations[13].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [14] = { /* PurgeQueue */
            .name_ref = REF(operations[14].name_ref, strings[2250]),
            .http_method_ref = REF(operations[14].http_method_ref, strings[2007]),
            .request_uri_ref = REF(operations[14].request_uri_ref, strings[2012]),
            .input_ref = REF(operations[14].input_ref, structures[53].shape),
            .errors_ref = REF(operations[14].errors_ref, op_errors[86]),
            .service_ref = REF(operations[14].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [15] = { /* ReceiveMessage */
            .name_ref = REF(operations[15].name_ref, strings[2261]),
            .http_method_ref = REF(operations[15].http_method_ref, strings[2007]),
            .request_uri_ref = REF(operations[15].request_uri_ref, strings[2012]),
            .input_ref = REF(operations[15].input_ref, structures[58].shape),
            .output_ref = REF(operations[15].output_ref, structures[59].shape),
            .errors_ref = REF(operations[15].errors_ref, op_errors[92]),
            .service_ref = REF(operations[15].service_ref, service),
            .error_count = 13,
            .auth = AWSC_AUTH_SIGV4,
        },
        [16] = { /* RemovePermission */
            .name_ref = REF(operations[16].name_ref, strings[2276]),
            .http_method_ref = REF(operations[16].http_method_ref, strings[2007]),
            .request_uri_ref = REF(operations[16].request_uri_ref, strings[2012]),
            .input_ref = REF(operations[16].input_ref, structures[60].shape),
            .errors_ref = REF(operations[16].errors_ref, op_errors[105]),
            .service_ref = REF(operations[16].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [17] = { /* SendMessage */
            .name_ref = REF(operations[17].name_ref, strings[2293]),
            .http_method_ref = REF(operations[17].http_method_ref, strings[2007]),
            .request_uri_ref = REF(operations[17].request_uri_ref, strings[2012]),
            .input_ref = REF(operations[17].input_ref, structures[67].shape),
            .output_ref = REF(operations[17].output_ref, structures[68].shape),
            .errors_ref = REF(operations[17].errors_ref, op_errors[110]),
            .service_ref = REF(operations[17].service_ref, service),
            .error_count = 13,
            .auth = AWSC_AUTH_SIGV4,
        },
        [18] = { /* SendMessageBatch */
            .name_ref = REF(operations[18].name_ref, strings[2305]),
            .http_method_ref = REF(operations[18].http_method_ref, strings[2007]),
            .request_uri_ref = REF(operations[18].request_uri_ref, strings[2012]),
            .input_ref = REF(operations[18].input_ref, structures[63].shape),
            .output_ref = REF(operations[18].output_ref, structures[65].shape),
            .errors_ref = REF(operations[18].errors_ref, op_errors[123]),
            .service_ref = REF(operations[18].service_ref, service),
            .error_count = 17,
            .auth = AWSC_AUTH_SIGV4,
        },
        [19] = { /* SetQueueAttributes */
            .name_ref = REF(operations[19].name_ref, strings[2322]),
            .http_method_ref = REF(operations[19].http_method_ref, strings[2007]),
            .request_uri_ref = REF(operations[19].request_uri_ref, strings[2012]),
            .input_ref = REF(operations[19].input_ref, structures[69].shape),
            .errors_ref = REF(operations[19].errors_ref, op_errors[140]),
            .service_ref = REF(operations[19].service_ref, service),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
        },
        [20] = { /* StartMessageMoveTask */
            .name_ref = REF(operations[20].name_ref, strings[2341]),
            .http_method_ref = REF(operations[20].http_method_ref, strings[2007]),
            .request_uri_ref = REF(operations[20].request_uri_ref, strings[2012]),
            .input_ref = REF(operations[20].input_ref, structures[70].shape),
            .output_ref = REF(operations[20].output_ref, structures[71].shape),
            .errors_ref = REF(operations[20].errors_ref, op_errors[148]),
            .service_ref = REF(operations[20].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [21] = { /* TagQueue */
            .name_ref = REF(operations[21].name_ref, strings[2362]),
            .http_method_ref = REF(operations[21].http_method_ref, strings[2007]),
            .request_uri_ref = REF(operations[21].request_uri_ref, strings[2012]),
            .input_ref = REF(operations[21].input_ref, structures[72].shape),
            .errors_ref = REF(operations[21].errors_ref, op_errors[153]),
            .service_ref = REF(operations[21].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [22] = { /* UntagQueue */
            .name_ref = REF(operations[22].name_ref, strings[2371]),
            .http_method_ref = REF(operations[22].http_method_ref, strings[2007]),
            .request_uri_ref = REF(operations[22].request_uri_ref, strings[2012]),
            .input_ref = REF(operations[22].input_ref, structures[75].shape),
            .errors_ref = REF(operations[22].errors_ref, op_errors[158]),
            .service_ref = REF(operations[22].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
    },
    /* each operation's modeled errors */
    .op_errors = {
        REF(op_errors[0], structures[24].shape),
        REF(op_errors[1], structures[30].shape),
        REF(op_errors[2], structures[51].shape),
        REF(op_errors[3], structures[55].shape),
        REF(op_errors[4], structures[61].shape),
        REF(op_errors[5], structures[74].shape),
        REF(op_errors[6], structures[24].shape),
        REF(op_errors[7], structures[30].shape),
        REF(op_errors[8], structures[61].shape),
        REF(op_errors[9], structures[62].shape),
        REF(op_errors[10], structures[74].shape),
        REF(op_errors[11], structures[24].shape),
        REF(op_errors[12], structures[30].shape),
        REF(op_errors[13], structures[49].shape),
        REF(op_errors[14], structures[55].shape),
        REF(op_errors[15], structures[57].shape),
        REF(op_errors[16], structures[61].shape),
        REF(op_errors[17], structures[74].shape),
        REF(op_errors[18], structures[1].shape),
        REF(op_errors[19], structures[19].shape),
        REF(op_errors[20], structures[24].shape),
        REF(op_errors[21], structures[27].shape),
        REF(op_errors[22], structures[30].shape),
        REF(op_errors[23], structures[55].shape),
        REF(op_errors[24], structures[61].shape),
        REF(op_errors[25], structures[73].shape),
        REF(op_errors[26], structures[74].shape),
        REF(op_errors[27], structures[24].shape),
        REF(op_errors[28], structures[25].shape),
        REF(op_errors[29], structures[26].shape),
        REF(op_errors[30], structures[30].shape),
        REF(op_errors[31], structures[54].shape),
        REF(op_errors[32], structures[56].shape),
        REF(op_errors[33], structures[61].shape),
        REF(op_errors[34], structures[74].shape),
        REF(op_errors[35], structures[24].shape),
        REF(op_errors[36], structures[28].shape),
        REF(op_errors[37], structures[30].shape),
        REF(op_errors[38], structures[55].shape),
        REF(op_errors[39], structures[57].shape),
        REF(op_errors[40], structures[61].shape),
        REF(op_errors[41], structures[74].shape),
        REF(op_errors[42], structures[1].shape),
        REF(op_errors[43], structures[19].shape),
        REF(op_errors[44], structures[24].shape),
        REF(op_errors[45], structures[27].shape),
        REF(op_errors[46], structures[30].shape),
        REF(op_errors[47], structures[55].shape),
        REF(op_errors[48], structures[61].shape),
        REF(op_errors[49], structures[73].shape),
        REF(op_errors[50], structures[74].shape),
        REF(op_errors[51], structures[24].shape),
        REF(op_errors[52], structures[30].shape),
        REF(op_errors[53], structures[55].shape),
        REF(op_errors[54], structures[61].shape),
        REF(op_errors[55], structures[74].shape),
        REF(op_errors[56], structures[24].shape),
        REF(op_errors[57], structures[25].shape),
        REF(op_errors[58], structures[30].shape),
        REF(op_errors[59], structures[55].shape),
        REF(op_errors[60], structures[61].shape),
        REF(op_errors[61], structures[74].shape),
        REF(op_errors[62], structures[24].shape),
        REF(op_errors[63], structures[30].shape),
        REF(op_errors[64], structures[55].shape),
        REF(op_errors[65], structures[61].shape),
        REF(op_errors[66], structures[74].shape),
        REF(op_errors[67], structures[24].shape),
        REF(op_errors[68], structures[30].shape),
        REF(op_errors[69], structures[55].shape),
        REF(op_errors[70], structures[61].shape),
        REF(op_errors[71], structures[74].shape),
        REF(op_errors[72], structures[24].shape),
        REF(op_errors[73], structures[30].shape),
        REF(op_errors[74], structures[61].shape),
        REF(op_errors[75], structures[62].shape),
        REF(op_errors[76], structures[74].shape),
        REF(op_errors[77], structures[24].shape),
        REF(op_errors[78], structures[30].shape),
        REF(op_errors[79], structures[55].shape),
        REF(op_errors[80], structures[61].shape),
        REF(op_errors[81], structures[74].shape),
        REF(op_errors[82], structures[24].shape),
        REF(op_errors[83], structures[30].shape),
        REF(op_errors[84], structures[61].shape),
        REF(op_errors[85], structures[74].shape),
        REF(op_errors[86], structures[24].shape),
        REF(op_errors[87], structures[30].shape),
        REF(op_errors[88], structures[52].shape),
        REF(op_errors[89], structures[55].shape),
        REF(op_errors[90], structures[61].shape),
        REF(op_errors[91], structures[74].shape),
        REF(op_errors[92], structures[24].shape),
        REF(op_errors[93], structures[30].shape),
        REF(op_errors[94], structures[31].shape),
        REF(op_errors[95], structures[32].shape),
        REF(op_errors[96], structures[33].shape),
        REF(op_errors[97], structures[34].shape),
        REF(op_errors[98], structures[35].shape),
        REF(op_errors[99], structures[36].shape),
        REF(op_errors[100], structures[37].shape),
        REF(op_errors[101], structures[51].shape),
        REF(op_errors[102], structures[55].shape),
        REF(op_errors[103], structures[61].shape),
        REF(op_errors[104], structures[74].shape),
        REF(op_errors[105], structures[24].shape),
        REF(op_errors[106], structures[30].shape),
        REF(op_errors[107], structures[55].shape),
        REF(op_errors[108], structures[61].shape),
        REF(op_errors[109], structures[74].shape),
        REF(op_errors[110], structures[24].shape),
        REF(op_errors[111], structures[29].shape),
        REF(op_errors[112], structures[30].shape),
        REF(op_errors[113], structures[31].shape),
        REF(op_errors[114], structures[32].shape),
        REF(op_errors[115], structures[33].shape),
        REF(op_errors[116], structures[34].shape),
        REF(op_errors[117], structures[35].shape),
        REF(op_errors[118], structures[36].shape),
        REF(op_errors[119], structures[37].shape),
        REF(op_errors[120], structures[55].shape),
        REF(op_errors[121], structures[61].shape),
        REF(op_errors[122], structures[74].shape),
        REF(op_errors[123], structures[1].shape),
        REF(op_errors[124], structures[2].shape),
        REF(op_errors[125], structures[19].shape),
        REF(op_errors[126], structures[24].shape),
        REF(op_errors[127], structures[27].shape),
        REF(op_errors[128], structures[30].shape),
        REF(op_errors[129], structures[31].shape),
        REF(op_errors[130], structures[32].shape),
        REF(op_errors[131], structures[33].shape),
        REF(op_errors[132], structures[34].shape),
        REF(op_errors[133], structures[35].shape),
        REF(op_errors[134], structures[36].shape),
        REF(op_errors[135], structures[37].shape),
        REF(op_errors[136], structures[55].shape),
        REF(op_errors[137], structures[61].shape),
        REF(op_errors[138], structures[73].shape),
        REF(op_errors[139], structures[74].shape),
        REF(op_errors[140], structures[24].shape),
        REF(op_errors[141], structures[25].shape),
        REF(op_errors[142], structures[26].shape),
        REF(op_errors[143], structures[30].shape),
        REF(op_errors[144], structures[51].shape),
        REF(op_errors[145], structures[55].shape),
        REF(op_errors[146], structures[61].shape),
        REF(op_errors[147], structures[74].shape),
        REF(op_errors[148], structures[24].shape),
        REF(op_errors[149], structures[30].shape),
        REF(op_errors[150], structures[61].shape),
        REF(op_errors[151], structures[62].shape),
        REF(op_errors[152], structures[74].shape),
        REF(op_errors[153], structures[24].shape),
        REF(op_errors[154], structures[30].shape),
        REF(op_errors[155], structures[55].shape),
        REF(op_errors[156], structures[61].shape),
        REF(op_errors[157], structures[74].shape),
        REF(op_errors[158], structures[24].shape),
        REF(op_errors[159], structures[30].shape),
        REF(op_errors[160], structures[55].shape),
        REF(op_errors[161], structures[61].shape),
        REF(op_errors[162], structures[74].shape),
    },
    /* every modeled error of the service, sorted by its code on the wire */
    .service_errors = {
        REF(service_errors[0], structures[1].shape),
        REF(service_errors[1], structures[2].shape),
        REF(service_errors[2], structures[19].shape),
        REF(service_errors[3], structures[24].shape),
        REF(service_errors[4], structures[25].shape),
        REF(service_errors[5], structures[26].shape),
        REF(service_errors[6], structures[27].shape),
        REF(service_errors[7], structures[28].shape),
        REF(service_errors[8], structures[29].shape),
        REF(service_errors[9], structures[30].shape),
        REF(service_errors[10], structures[31].shape),
        REF(service_errors[11], structures[32].shape),
        REF(service_errors[12], structures[33].shape),
        REF(service_errors[13], structures[34].shape),
        REF(service_errors[14], structures[35].shape),
        REF(service_errors[15], structures[36].shape),
        REF(service_errors[16], structures[37].shape),
        REF(service_errors[17], structures[49].shape),
        REF(service_errors[18], structures[51].shape),
        REF(service_errors[19], structures[52].shape),
        REF(service_errors[20], structures[54].shape),
        REF(service_errors[21], structures[55].shape),
        REF(service_errors[22], structures[56].shape),
        REF(service_errors[23], structures[57].shape),
        REF(service_errors[24], structures[61].shape),
        REF(service_errors[25], structures[62].shape),
        REF(service_errors[26], structures[73].shape),
        REF(service_errors[27], structures[74].shape),
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
    .structures = {
        [0] = { /* AddPermissionRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[0].shape.name_ref, shape_names[32]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_add_permission_input),
            },
            .members_ref = REF(structures[0].members_ref, members[0]),
            .by_wire_name_ref = REF(structures[0].by_wire_name_ref, by_wire_name[0]),
            .member_count = 4,
        },
        [1] = { /* BatchEntryIdsNotDistinct */
            .shape = {
                .name_ref = REF(structures[1].shape.name_ref, strings[37]),
                .traits_ref = REF(structures[1].shape.traits_ref, traits[0]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_batch_entry_ids_not_distinct),
            },
            .members_ref = REF(structures[1].members_ref, members[4]),
            .by_wire_name_ref = REF(structures[1].by_wire_name_ref, by_wire_name[4]),
            .member_count = 1,
        },
        [2] = { /* BatchRequestTooLong */
            .shape = {
                .name_ref = REF(structures[2].shape.name_ref, strings[70]),
                .traits_ref = REF(structures[2].shape.traits_ref, traits[1]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_batch_request_too_long),
            },
            .members_ref = REF(structures[2].members_ref, members[5]),
            .by_wire_name_ref = REF(structures[2].by_wire_name_ref, by_wire_name[5]),
            .member_count = 1,
        },
        [3] = { /* BatchResultErrorEntry */
            .shape = {
                .name_ref = SHAPE_NAME(structures[3].shape.name_ref, shape_names[71]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_batch_result_error_entry),
            },
            .members_ref = REF(structures[3].members_ref, members[6]),
            .by_wire_name_ref = REF(structures[3].by_wire_name_ref, by_wire_name[6]),
            .member_count = 4,
        },
        [4] = { /* CancelMessageMoveTaskRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[4].shape.name_ref, shape_names[158]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_cancel_message_move_task_input),
            },
            .members_ref = REF(structures[4].members_ref, members[10]),
            .by_wire_name_ref = REF(structures[4].by_wire_name_ref, by_wire_name[10]),
            .member_count = 1,
        },
        [5] = { /* CancelMessageMoveTaskResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[5].shape.name_ref, shape_names[187]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_cancel_message_move_task_output),
            },
            .members_ref = REF(structures[5].members_ref, members[11]),
            .by_wire_name_ref = REF(structures[5].by_wire_name_ref, by_wire_name[11]),
            .member_count = 1,
        },
        [6] = { /* ChangeMessageVisibilityBatchRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[6].shape.name_ref, shape_names[215]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_change_message_visibility_batch_input),
            },
            .members_ref = REF(structures[6].members_ref, members[12]),
            .by_wire_name_ref = REF(structures[6].by_wire_name_ref, by_wire_name[12]),
            .member_count = 2,
        },
        [7] = { /* ChangeMessageVisibilityBatchRequestEntry */
            .shape = {
                .name_ref = SHAPE_NAME(structures[7].shape.name_ref, shape_names[251]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_change_message_visibility_batch_request_entry),
            },
            .members_ref = REF(structures[7].members_ref, members[14]),
            .by_wire_name_ref = REF(structures[7].by_wire_name_ref, by_wire_name[14]),
            .member_count = 3,
        },
        [8] = { /* ChangeMessageVisibilityBatchResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[8].shape.name_ref, shape_names[337]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_change_message_visibility_batch_output),
            },
            .members_ref = REF(structures[8].members_ref, members[17]),
            .by_wire_name_ref = REF(structures[8].by_wire_name_ref, by_wire_name[17]),
            .member_count = 2,
        },
        [9] = { /* ChangeMessageVisibilityBatchResultEntry */
            .shape = {
                .name_ref = SHAPE_NAME(structures[9].shape.name_ref, shape_names[372]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_change_message_visibility_batch_result_entry),
            },
            .members_ref = REF(structures[9].members_ref, members[19]),
            .by_wire_name_ref = REF(structures[9].by_wire_name_ref, by_wire_name[19]),
            .member_count = 1,
        },
        [10] = { /* ChangeMessageVisibilityRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[10].shape.name_ref, shape_names[456]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_change_message_visibility_input),
            },
            .members_ref = REF(structures[10].members_ref, members[20]),
            .by_wire_name_ref = REF(structures[10].by_wire_name_ref, by_wire_name[20]),
            .member_count = 3,
        },
        [11] = { /* CreateQueueRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[11].shape.name_ref, shape_names[487]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_create_queue_input),
            },
            .members_ref = REF(structures[11].members_ref, members[23]),
            .by_wire_name_ref = REF(structures[11].by_wire_name_ref, by_wire_name[23]),
            .member_count = 3,
        },
        [12] = { /* CreateQueueResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[12].shape.name_ref, shape_names[506]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_create_queue_output),
            },
            .members_ref = REF(structures[12].members_ref, members[26]),
            .by_wire_name_ref = REF(structures[12].by_wire_name_ref, by_wire_name[26]),
            .member_count = 1,
        },
        [13] = { /* DeleteMessageBatchRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[13].shape.name_ref, shape_names[524]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_delete_message_batch_input),
            },
            .members_ref = REF(structures[13].members_ref, members[27]),
            .by_wire_name_ref = REF(structures[13].by_wire_name_ref, by_wire_name[27]),
            .member_count = 2,
        },
        [14] = { /* DeleteMessageBatchRequestEntry */
            .shape = {
                .name_ref = SHAPE_NAME(structures[14].shape.name_ref, shape_names[550]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_delete_message_batch_request_entry),
            },
            .members_ref = REF(structures[14].members_ref, members[29]),
            .by_wire_name_ref = REF(structures[14].by_wire_name_ref, by_wire_name[29]),
            .member_count = 2,
        },
        [15] = { /* DeleteMessageBatchResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[15].shape.name_ref, shape_names[616]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_delete_message_batch_output),
            },
            .members_ref = REF(structures[15].members_ref, members[31]),
            .by_wire_name_ref = REF(structures[15].by_wire_name_ref, by_wire_name[31]),
            .member_count = 2,
        },
        [16] = { /* DeleteMessageBatchResultEntry */
            .shape = {
                .name_ref = SHAPE_NAME(structures[16].shape.name_ref, shape_names[641]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_delete_message_batch_result_entry),
            },
            .members_ref = REF(structures[16].members_ref, members[33]),
            .by_wire_name_ref = REF(structures[16].by_wire_name_ref, by_wire_name[33]),
            .member_count = 1,
        },
        [17] = { /* DeleteMessageRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[17].shape.name_ref, shape_names[705]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_delete_message_input),
            },
            .members_ref = REF(structures[17].members_ref, members[34]),
            .by_wire_name_ref = REF(structures[17].by_wire_name_ref, by_wire_name[34]),
            .member_count = 2,
        },
        [18] = { /* DeleteQueueRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[18].shape.name_ref, shape_names[726]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_delete_queue_input),
            },
            .members_ref = REF(structures[18].members_ref, members[36]),
            .by_wire_name_ref = REF(structures[18].by_wire_name_ref, by_wire_name[36]),
            .member_count = 1,
        },
        [19] = { /* EmptyBatchRequest */
            .shape = {
                .name_ref = REF(structures[19].shape.name_ref, strings[246]),
                .traits_ref = REF(structures[19].shape.traits_ref, traits[2]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_empty_batch_request),
            },
            .members_ref = REF(structures[19].members_ref, members[37]),
            .by_wire_name_ref = REF(structures[19].by_wire_name_ref, by_wire_name[37]),
            .member_count = 1,
        },
        [20] = { /* GetQueueAttributesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[20].shape.name_ref, shape_names[762]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_get_queue_attributes_input),
            },
            .members_ref = REF(structures[20].members_ref, members[38]),
            .by_wire_name_ref = REF(structures[20].by_wire_name_ref, by_wire_name[38]),
            .member_count = 2,
        },
        [21] = { /* GetQueueAttributesResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[21].shape.name_ref, shape_names[788]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_get_queue_attributes_output),
            },
            .members_ref = REF(structures[21].members_ref, members[40]),
            .by_wire_name_ref = REF(structures[21].by_wire_name_ref, by_wire_name[40]),
            .member_count = 1,
        },
        [22] = { /* GetQueueUrlRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[22].shape.name_ref, shape_names[813]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_get_queue_url_input),
            },
            .members_ref = REF(structures[22].members_ref, members[41]),
            .by_wire_name_ref = REF(structures[22].by_wire_name_ref, by_wire_name[41]),
            .member_count = 2,
        },
        [23] = { /* GetQueueUrlResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[23].shape.name_ref, shape_names[832]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_get_queue_url_output),
            },
            .members_ref = REF(structures[23].members_ref, members[43]),
            .by_wire_name_ref = REF(structures[23].by_wire_name_ref, by_wire_name[43]),
            .member_count = 1,
        },
        [24] = { /* InvalidAddress */
            .shape = {
                .name_ref = REF(structures[24].shape.name_ref, strings[302]),
                .traits_ref = REF(structures[24].shape.traits_ref, traits[3]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_invalid_address),
            },
            .members_ref = REF(structures[24].members_ref, members[44]),
            .by_wire_name_ref = REF(structures[24].by_wire_name_ref, by_wire_name[44]),
            .member_count = 1,
        },
        [25] = { /* InvalidAttributeName */
            .shape = {
                .name_ref = REF(structures[25].shape.name_ref, strings[317]),
                .traits_ref = REF(structures[25].shape.traits_ref, traits[4]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_invalid_attribute_name),
            },
            .members_ref = REF(structures[25].members_ref, members[45]),
            .by_wire_name_ref = REF(structures[25].by_wire_name_ref, by_wire_name[45]),
            .member_count = 1,
        },
        [26] = { /* InvalidAttributeValue */
            .shape = {
                .name_ref = REF(structures[26].shape.name_ref, strings[338]),
                .traits_ref = REF(structures[26].shape.traits_ref, traits[5]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_invalid_attribute_value),
            },
            .members_ref = REF(structures[26].members_ref, members[46]),
            .by_wire_name_ref = REF(structures[26].by_wire_name_ref, by_wire_name[46]),
            .member_count = 1,
        },
        [27] = { /* InvalidBatchEntryId */
            .shape = {
                .name_ref = REF(structures[27].shape.name_ref, strings[360]),
                .traits_ref = REF(structures[27].shape.traits_ref, traits[6]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_invalid_batch_entry_id),
            },
            .members_ref = REF(structures[27].members_ref, members[47]),
            .by_wire_name_ref = REF(structures[27].by_wire_name_ref, by_wire_name[47]),
            .member_count = 1,
        },
        [28] = { /* InvalidIdFormat */
            .shape = {
                .name_ref = REF(structures[28].shape.name_ref, strings[380]),
                .traits_ref = REF(structures[28].shape.traits_ref, traits[7]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_invalid_id_format),
            },
        },
        [29] = { /* InvalidMessageContents */
            .shape = {
                .name_ref = REF(structures[29].shape.name_ref, strings[396]),
                .traits_ref = REF(structures[29].shape.traits_ref, traits[8]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_invalid_message_contents),
            },
            .members_ref = REF(structures[29].members_ref, members[48]),
            .by_wire_name_ref = REF(structures[29].by_wire_name_ref, by_wire_name[48]),
            .member_count = 1,
        },
        [30] = { /* InvalidSecurity */
            .shape = {
                .name_ref = REF(structures[30].shape.name_ref, strings[419]),
                .traits_ref = REF(structures[30].shape.traits_ref, traits[9]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_invalid_security),
            },
            .members_ref = REF(structures[30].members_ref, members[49]),
            .by_wire_name_ref = REF(structures[30].by_wire_name_ref, by_wire_name[49]),
            .member_count = 1,
        },
        [31] = { /* KmsAccessDenied */
            .shape = {
                .name_ref = REF(structures[31].shape.name_ref, strings[435]),
                .traits_ref = REF(structures[31].shape.traits_ref, traits[10]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_kms_access_denied),
            },
            .members_ref = REF(structures[31].members_ref, members[50]),
            .by_wire_name_ref = REF(structures[31].by_wire_name_ref, by_wire_name[50]),
            .member_count = 1,
        },
        [32] = { /* KmsDisabled */
            .shape = {
                .name_ref = REF(structures[32].shape.name_ref, strings[451]),
                .traits_ref = REF(structures[32].shape.traits_ref, traits[11]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_kms_disabled),
            },
            .members_ref = REF(structures[32].members_ref, members[51]),
            .by_wire_name_ref = REF(structures[32].by_wire_name_ref, by_wire_name[51]),
            .member_count = 1,
        },
        [33] = { /* KmsInvalidKeyUsage */
            .shape = {
                .name_ref = REF(structures[33].shape.name_ref, strings[463]),
                .traits_ref = REF(structures[33].shape.traits_ref, traits[12]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_kms_invalid_key_usage),
            },
            .members_ref = REF(structures[33].members_ref, members[52]),
            .by_wire_name_ref = REF(structures[33].by_wire_name_ref, by_wire_name[52]),
            .member_count = 1,
        },
        [34] = { /* KmsInvalidState */
            .shape = {
                .name_ref = REF(structures[34].shape.name_ref, strings[482]),
                .traits_ref = REF(structures[34].shape.traits_ref, traits[13]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_kms_invalid_state),
            },
            .members_ref = REF(structures[34].members_ref, members[53]),
            .by_wire_name_ref = REF(structures[34].by_wire_name_ref, by_wire_name[53]),
            .member_count = 1,
        },
        [35] = { /* KmsNotFound */
            .shape = {
                .name_ref = REF(structures[35].shape.name_ref, strings[498]),
                .traits_ref = REF(structures[35].shape.traits_ref, traits[14]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_kms_not_found),
            },
            .members_ref = REF(structures[35].members_ref, members[54]),
            .by_wire_name_ref = REF(structures[35].by_wire_name_ref, by_wire_name[54]),
            .member_count = 1,
        },
        [36] = { /* KmsOptInRequired */
            .shape = {
                .name_ref = REF(structures[36].shape.name_ref, strings[510]),
                .traits_ref = REF(structures[36].shape.traits_ref, traits[15]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_kms_opt_in_required),
            },
            .members_ref = REF(structures[36].members_ref, members[55]),
            .by_wire_name_ref = REF(structures[36].by_wire_name_ref, by_wire_name[55]),
            .member_count = 1,
        },
        [37] = { /* KmsThrottled */
            .shape = {
                .name_ref = REF(structures[37].shape.name_ref, strings[527]),
                .traits_ref = REF(structures[37].shape.traits_ref, traits[16]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_kms_throttled),
            },
            .members_ref = REF(structures[37].members_ref, members[56]),
            .by_wire_name_ref = REF(structures[37].by_wire_name_ref, by_wire_name[56]),
            .member_count = 1,
        },
        [38] = { /* ListDeadLetterSourceQueuesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[38].shape.name_ref, shape_names[850]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_list_dead_letter_source_queues_input),
            },
            .members_ref = REF(structures[38].members_ref, members[57]),
            .by_wire_name_ref = REF(structures[38].by_wire_name_ref, by_wire_name[57]),
            .member_count = 3,
        },
        [39] = { /* ListDeadLetterSourceQueuesResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[39].shape.name_ref, shape_names[884]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_list_dead_letter_source_queues_output),
            },
            .members_ref = REF(structures[39].members_ref, members[60]),
            .by_wire_name_ref = REF(structures[39].by_wire_name_ref, by_wire_name[60]),
            .member_count = 2,
        },
        [40] = { /* ListMessageMoveTasksRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[40].shape.name_ref, shape_names[917]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_list_message_move_tasks_input),
            },
            .members_ref = REF(structures[40].members_ref, members[62]),
            .by_wire_name_ref = REF(structures[40].by_wire_name_ref, by_wire_name[62]),
            .member_count = 2,
        },
        [41] = { /* ListMessageMoveTasksResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[41].shape.name_ref, shape_names[945]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_list_message_move_tasks_output),
            },
            .members_ref = REF(structures[41].members_ref, members[64]),
            .by_wire_name_ref = REF(structures[41].by_wire_name_ref, by_wire_name[64]),
            .member_count = 1,
        },
        [42] = { /* ListMessageMoveTasksResultEntry */
            .shape = {
                .name_ref = SHAPE_NAME(structures[42].shape.name_ref, shape_names[972]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_list_message_move_tasks_result_entry),
            },
            .members_ref = REF(structures[42].members_ref, members[65]),
            .by_wire_name_ref = REF(structures[42].by_wire_name_ref, by_wire_name[65]),
            .member_count = 9,
        },
        [43] = { /* ListQueueTagsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[43].shape.name_ref, shape_names[1040]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_list_queue_tags_input),
            },
            .members_ref = REF(structures[43].members_ref, members[74]),
            .by_wire_name_ref = REF(structures[43].by_wire_name_ref, by_wire_name[74]),
            .member_count = 1,
        },
        [44] = { /* ListQueueTagsResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[44].shape.name_ref, shape_names[1061]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_list_queue_tags_output),
            },
            .members_ref = REF(structures[44].members_ref, members[75]),
            .by_wire_name_ref = REF(structures[44].by_wire_name_ref, by_wire_name[75]),
            .member_count = 1,
        },
        [45] = { /* ListQueuesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[45].shape.name_ref, shape_names[1081]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_list_queues_input),
            },
            .members_ref = REF(structures[45].members_ref, members[76]),
            .by_wire_name_ref = REF(structures[45].by_wire_name_ref, by_wire_name[76]),
            .member_count = 3,
        },
        [46] = { /* ListQueuesResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[46].shape.name_ref, shape_names[1099]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_list_queues_output),
            },
            .members_ref = REF(structures[46].members_ref, members[79]),
            .by_wire_name_ref = REF(structures[46].by_wire_name_ref, by_wire_name[79]),
            .member_count = 2,
        },
        [47] = { /* Message */
            .shape = {
                .name_ref = SHAPE_NAME(structures[47].shape.name_ref, shape_names[1121]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_message),
            },
            .members_ref = REF(structures[47].members_ref, members[81]),
            .by_wire_name_ref = REF(structures[47].by_wire_name_ref, by_wire_name[81]),
            .member_count = 7,
        },
        [48] = { /* MessageAttributeValue */
            .shape = {
                .name_ref = SHAPE_NAME(structures[48].shape.name_ref, shape_names[1175]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_message_attribute_value),
            },
            .members_ref = REF(structures[48].members_ref, members[88]),
            .by_wire_name_ref = REF(structures[48].by_wire_name_ref, by_wire_name[88]),
            .member_count = 5,
        },
        [49] = { /* MessageNotInflight */
            .shape = {
                .name_ref = REF(structures[49].shape.name_ref, strings[869]),
                .traits_ref = REF(structures[49].shape.traits_ref, traits[17]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_message_not_inflight),
            },
        },
        [50] = { /* MessageSystemAttributeValue */
            .shape = {
                .name_ref = SHAPE_NAME(structures[50].shape.name_ref, shape_names[1378]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_message_system_attribute_value),
            },
            .members_ref = REF(structures[50].members_ref, members[93]),
            .by_wire_name_ref = REF(structures[50].by_wire_name_ref, by_wire_name[93]),
            .member_count = 5,
        },
        [51] = { /* OverLimit */
            .shape = {
                .name_ref = REF(structures[51].shape.name_ref, strings[1080]),
                .traits_ref = REF(structures[51].shape.traits_ref, traits[18]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_over_limit),
            },
            .members_ref = REF(structures[51].members_ref, members[98]),
            .by_wire_name_ref = REF(structures[51].by_wire_name_ref, by_wire_name[98]),
            .member_count = 1,
        },
        [52] = { /* PurgeQueueInProgress */
            .shape = {
                .name_ref = REF(structures[52].shape.name_ref, strings[1090]),
                .traits_ref = REF(structures[52].shape.traits_ref, traits[19]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_purge_queue_in_progress),
            },
            .members_ref = REF(structures[52].members_ref, members[99]),
            .by_wire_name_ref = REF(structures[52].by_wire_name_ref, by_wire_name[99]),
            .member_count = 1,
        },
        [53] = { /* PurgeQueueRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[53].shape.name_ref, shape_names[1435]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_purge_queue_input),
            },
            .members_ref = REF(structures[53].members_ref, members[100]),
            .by_wire_name_ref = REF(structures[53].by_wire_name_ref, by_wire_name[100]),
            .member_count = 1,
        },
        [54] = { /* QueueDeletedRecently */
            .shape = {
                .name_ref = REF(structures[54].shape.name_ref, strings[1547]),
                .traits_ref = REF(structures[54].shape.traits_ref, traits[20]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_queue_deleted_recently),
            },
            .members_ref = REF(structures[54].members_ref, members[101]),
            .by_wire_name_ref = REF(structures[54].by_wire_name_ref, by_wire_name[101]),
            .member_count = 1,
        },
        [55] = { /* QueueDoesNotExist */
            .shape = {
                .name_ref = REF(structures[55].shape.name_ref, strings[1568]),
                .traits_ref = REF(structures[55].shape.traits_ref, traits[21]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_queue_does_not_exist),
            },
            .members_ref = REF(structures[55].members_ref, members[102]),
            .by_wire_name_ref = REF(structures[55].by_wire_name_ref, by_wire_name[102]),
            .member_count = 1,
        },
        [56] = { /* QueueNameExists */
            .shape = {
                .name_ref = REF(structures[56].shape.name_ref, strings[1586]),
                .traits_ref = REF(structures[56].shape.traits_ref, traits[22]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_queue_name_exists),
            },
            .members_ref = REF(structures[56].members_ref, members[103]),
            .by_wire_name_ref = REF(structures[56].by_wire_name_ref, by_wire_name[103]),
            .member_count = 1,
        },
        [57] = { /* ReceiptHandleIsInvalid */
            .shape = {
                .name_ref = REF(structures[57].shape.name_ref, strings[1602]),
                .traits_ref = REF(structures[57].shape.traits_ref, traits[23]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_receipt_handle_is_invalid),
            },
            .members_ref = REF(structures[57].members_ref, members[104]),
            .by_wire_name_ref = REF(structures[57].by_wire_name_ref, by_wire_name[104]),
            .member_count = 1,
        },
        [58] = { /* ReceiveMessageRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[58].shape.name_ref, shape_names[1503]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_receive_message_input),
            },
            .members_ref = REF(structures[58].members_ref, members[105]),
            .by_wire_name_ref = REF(structures[58].by_wire_name_ref, by_wire_name[105]),
            .member_count = 8,
        },
        [59] = { /* ReceiveMessageResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[59].shape.name_ref, shape_names[1525]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_receive_message_output),
            },
            .members_ref = REF(structures[59].members_ref, members[113]),
            .by_wire_name_ref = REF(structures[59].by_wire_name_ref, by_wire_name[113]),
            .member_count = 1,
        },
        [60] = { /* RemovePermissionRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[60].shape.name_ref, shape_names[1546]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_remove_permission_input),
            },
            .members_ref = REF(structures[60].members_ref, members[114]),
            .by_wire_name_ref = REF(structures[60].by_wire_name_ref, by_wire_name[114]),
            .member_count = 2,
        },
        [61] = { /* RequestThrottled */
            .shape = {
                .name_ref = REF(structures[61].shape.name_ref, strings[1744]),
                .traits_ref = REF(structures[61].shape.traits_ref, traits[24]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_request_throttled),
            },
            .members_ref = REF(structures[61].members_ref, members[116]),
            .by_wire_name_ref = REF(structures[61].by_wire_name_ref, by_wire_name[116]),
            .member_count = 1,
        },
        [62] = { /* ResourceNotFoundException */
            .shape = {
                .name_ref = REF(structures[62].shape.name_ref, strings[1761]),
                .traits_ref = REF(structures[62].shape.traits_ref, traits[25]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_resource_not_found_exception),
            },
            .members_ref = REF(structures[62].members_ref, members[117]),
            .by_wire_name_ref = REF(structures[62].by_wire_name_ref, by_wire_name[117]),
            .member_count = 1,
        },
        [63] = { /* SendMessageBatchRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[63].shape.name_ref, shape_names[1570]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_send_message_batch_input),
            },
            .members_ref = REF(structures[63].members_ref, members[118]),
            .by_wire_name_ref = REF(structures[63].by_wire_name_ref, by_wire_name[118]),
            .member_count = 2,
        },
        [64] = { /* SendMessageBatchRequestEntry */
            .shape = {
                .name_ref = SHAPE_NAME(structures[64].shape.name_ref, shape_names[1594]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_send_message_batch_request_entry),
            },
            .members_ref = REF(structures[64].members_ref, members[120]),
            .by_wire_name_ref = REF(structures[64].by_wire_name_ref, by_wire_name[120]),
            .member_count = 7,
        },
        [65] = { /* SendMessageBatchResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[65].shape.name_ref, shape_names[1656]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_send_message_batch_output),
            },
            .members_ref = REF(structures[65].members_ref, members[127]),
            .by_wire_name_ref = REF(structures[65].by_wire_name_ref, by_wire_name[127]),
            .member_count = 2,
        },
        [66] = { /* SendMessageBatchResultEntry */
            .shape = {
                .name_ref = SHAPE_NAME(structures[66].shape.name_ref, shape_names[1679]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_send_message_batch_result_entry),
            },
            .members_ref = REF(structures[66].members_ref, members[129]),
            .by_wire_name_ref = REF(structures[66].by_wire_name_ref, by_wire_name[129]),
            .member_count = 6,
        },
        [67] = { /* SendMessageRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[67].shape.name_ref, shape_names[1739]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_send_message_input),
            },
            .members_ref = REF(structures[67].members_ref, members[135]),
            .by_wire_name_ref = REF(structures[67].by_wire_name_ref, by_wire_name[135]),
            .member_count = 7,
        },
        [68] = { /* SendMessageResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[68].shape.name_ref, shape_names[1758]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_send_message_output),
            },
            .members_ref = REF(structures[68].members_ref, members[142]),
            .by_wire_name_ref = REF(structures[68].by_wire_name_ref, by_wire_name[142]),
            .member_count = 5,
        },
        [69] = { /* SetQueueAttributesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[69].shape.name_ref, shape_names[1776]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_set_queue_attributes_input),
            },
            .members_ref = REF(structures[69].members_ref, members[147]),
            .by_wire_name_ref = REF(structures[69].by_wire_name_ref, by_wire_name[147]),
            .member_count = 2,
        },
        [70] = { /* StartMessageMoveTaskRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[70].shape.name_ref, shape_names[1802]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_start_message_move_task_input),
            },
            .members_ref = REF(structures[70].members_ref, members[149]),
            .by_wire_name_ref = REF(structures[70].by_wire_name_ref, by_wire_name[149]),
            .member_count = 3,
        },
        [71] = { /* StartMessageMoveTaskResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[71].shape.name_ref, shape_names[1830]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_start_message_move_task_output),
            },
            .members_ref = REF(structures[71].members_ref, members[152]),
            .by_wire_name_ref = REF(structures[71].by_wire_name_ref, by_wire_name[152]),
            .member_count = 1,
        },
        [72] = { /* TagQueueRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[72].shape.name_ref, shape_names[1900]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_tag_queue_input),
            },
            .members_ref = REF(structures[72].members_ref, members[153]),
            .by_wire_name_ref = REF(structures[72].by_wire_name_ref, by_wire_name[153]),
            .member_count = 2,
        },
        [73] = { /* TooManyEntriesInBatchRequest */
            .shape = {
                .name_ref = REF(structures[73].shape.name_ref, strings[1935]),
                .traits_ref = REF(structures[73].shape.traits_ref, traits[26]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_too_many_entries_in_batch_request),
            },
            .members_ref = REF(structures[73].members_ref, members[155]),
            .by_wire_name_ref = REF(structures[73].by_wire_name_ref, by_wire_name[155]),
            .member_count = 1,
        },
        [74] = { /* UnsupportedOperation */
            .shape = {
                .name_ref = REF(structures[74].shape.name_ref, strings[1964]),
                .traits_ref = REF(structures[74].shape.traits_ref, traits[27]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sqs_unsupported_operation),
            },
            .members_ref = REF(structures[74].members_ref, members[156]),
            .by_wire_name_ref = REF(structures[74].by_wire_name_ref, by_wire_name[156]),
            .member_count = 1,
        },
        [75] = { /* UntagQueueRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[75].shape.name_ref, shape_names[1931]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sqs_untag_queue_input),
            },
            .members_ref = REF(structures[75].members_ref, members[157]),
            .by_wire_name_ref = REF(structures[75].by_wire_name_ref, by_wire_name[157]),
            .member_count = 2,
        },
    },
    .collections = {
        [0] = { /* AWSAccountIdList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[0].shape.name_ref, shape_names[0]),
                .type = AWSC_SHAPE_LIST,
                .flags = AWSC_SF_FLATTENED,
                .size = sizeof(struct awsc_sqs_string_list),
            },
            .item_ref = REF(collections[0].item_ref, scalars[8]),
        },
        [1] = { /* ActionNameList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[1].shape.name_ref, shape_names[17]),
                .type = AWSC_SHAPE_LIST,
                .flags = AWSC_SF_FLATTENED,
                .size = sizeof(struct awsc_sqs_string_list),
            },
            .item_ref = REF(collections[1].item_ref, scalars[8]),
        },
        [2] = { /* AttributeNameList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[2].shape.name_ref, shape_names[53]),
                .type = AWSC_SHAPE_LIST,
                .flags = AWSC_SF_FLATTENED,
                .size = sizeof(struct awsc_sqs_string_list),
            },
            .item_ref = REF(collections[2].item_ref, enums[2].shape),
        },
        [3] = { /* BatchResultErrorEntryList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[3].shape.name_ref, shape_names[93]),
                .type = AWSC_SHAPE_LIST,
                .flags = AWSC_SF_FLATTENED,
                .size = sizeof(struct awsc_sqs_batch_result_error_entry_list),
            },
            .item_ref = REF(collections[3].item_ref, structures[3].shape),
        },
        [4] = { /* BinaryList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[4].shape.name_ref, shape_names[126]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sqs_binary_list),
            },
            .item_ref = REF(collections[4].item_ref, scalars[0]),
        },
        [5] = { /* ChangeMessageVisibilityBatchRequestEntryList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[5].shape.name_ref, shape_names[292]),
                .type = AWSC_SHAPE_LIST,
                .flags = AWSC_SF_FLATTENED,
                .size = sizeof(struct awsc_sqs_change_message_visibility_batch_request_entry_list),
            },
            .item_ref = REF(collections[5].item_ref, structures[7].shape),
        },
        [6] = { /* ChangeMessageVisibilityBatchResultEntryList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[6].shape.name_ref, shape_names[412]),
                .type = AWSC_SHAPE_LIST,
                .flags = AWSC_SF_FLATTENED,
                .size = sizeof(struct awsc_sqs_change_message_visibility_batch_result_entry_list),
            },
            .item_ref = REF(collections[6].item_ref, structures[9].shape),
        },
        [7] = { /* DeleteMessageBatchRequestEntryList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[7].shape.name_ref, shape_names[581]),
                .type = AWSC_SHAPE_LIST,
                .flags = AWSC_SF_FLATTENED,
                .size = sizeof(struct awsc_sqs_delete_message_batch_request_entry_list),
            },
            .item_ref = REF(collections[7].item_ref, structures[14].shape),
        },
        [8] = { /* DeleteMessageBatchResultEntryList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[8].shape.name_ref, shape_names[671]),
                .type = AWSC_SHAPE_LIST,
                .flags = AWSC_SF_FLATTENED,
                .size = sizeof(struct awsc_sqs_delete_message_batch_result_entry_list),
            },
            .item_ref = REF(collections[8].item_ref, structures[16].shape),
        },
        [9] = { /* ListMessageMoveTasksResultEntryList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[9].shape.name_ref, shape_names[1004]),
                .type = AWSC_SHAPE_LIST,
                .flags = AWSC_SF_FLATTENED,
                .size = sizeof(struct awsc_sqs_list_message_move_tasks_result_entry_list),
            },
            .item_ref = REF(collections[9].item_ref, structures[42].shape),
        },
        [10] = { /* MessageAttributeNameList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[10].shape.name_ref, shape_names[1150]),
                .type = AWSC_SHAPE_LIST,
                .flags = AWSC_SF_FLATTENED,
                .size = sizeof(struct awsc_sqs_string_list),
            },
            .item_ref = REF(collections[10].item_ref, scalars[5]),
        },
        [11] = { /* MessageBodyAttributeMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[11].shape.name_ref, shape_names[1197]),
                .type = AWSC_SHAPE_MAP,
                .flags = AWSC_SF_FLATTENED,
                .size = sizeof(struct awsc_sqs_message_body_attribute_map),
            },
            .item_ref = REF(collections[11].item_ref, structures[48].shape),
            .key_ref = REF(collections[11].key_ref, scalars[8]),
            .value_offset = offsetof(struct awsc_sqs_message_body_attribute_map_entry, value),
            .entry_size = sizeof(struct awsc_sqs_message_body_attribute_map_entry),
        },
        [12] = { /* MessageBodySystemAttributeMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[12].shape.name_ref, shape_names[1221]),
                .type = AWSC_SHAPE_MAP,
                .flags = AWSC_SF_FLATTENED,
                .size = sizeof(struct awsc_sqs_message_body_system_attribute_map),
            },
            .item_ref = REF(collections[12].item_ref, structures[50].shape),
            .key_ref = REF(collections[12].key_ref, enums[1].shape),
            .value_offset = offsetof(struct awsc_sqs_message_body_system_attribute_map_entry, value),
            .entry_size = sizeof(struct awsc_sqs_message_body_system_attribute_map_entry),
        },
        [13] = { /* MessageList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[13].shape.name_ref, shape_names[1251]),
                .type = AWSC_SHAPE_LIST,
                .flags = AWSC_SF_FLATTENED,
                .size = sizeof(struct awsc_sqs_message_list),
            },
            .item_ref = REF(collections[13].item_ref, structures[47].shape),
        },
        [14] = { /* MessageSystemAttributeList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[14].shape.name_ref, shape_names[1263]),
                .type = AWSC_SHAPE_LIST,
                .flags = AWSC_SF_FLATTENED,
                .size = sizeof(struct awsc_sqs_string_list),
            },
            .item_ref = REF(collections[14].item_ref, enums[0].shape),
        },
        [15] = { /* MessageSystemAttributeMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[15].shape.name_ref, shape_names[1290]),
                .type = AWSC_SHAPE_MAP,
                .flags = AWSC_SF_FLATTENED,
                .size = sizeof(struct awsc_sqs_tag_map),
            },
            .item_ref = REF(collections[15].item_ref, scalars[8]),
            .key_ref = REF(collections[15].key_ref, enums[0].shape),
            .value_offset = offsetof(struct awsc_sqs_tag_map_entry, value),
            .entry_size = sizeof(struct awsc_sqs_tag_map_entry),
        },
        [16] = { /* QueueAttributeMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[16].shape.name_ref, shape_names[1453]),
                .type = AWSC_SHAPE_MAP,
                .flags = AWSC_SF_FLATTENED,
                .size = sizeof(struct awsc_sqs_tag_map),
            },
            .item_ref = REF(collections[16].item_ref, scalars[8]),
            .key_ref = REF(collections[16].key_ref, enums[2].shape),
            .value_offset = offsetof(struct awsc_sqs_tag_map_entry, value),
            .entry_size = sizeof(struct awsc_sqs_tag_map_entry),
        },
        [17] = { /* QueueUrlList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[17].shape.name_ref, shape_names[1490]),
                .type = AWSC_SHAPE_LIST,
                .flags = AWSC_SF_FLATTENED,
                .size = sizeof(struct awsc_sqs_string_list),
            },
            .item_ref = REF(collections[17].item_ref, scalars[8]),
        },
        [18] = { /* SendMessageBatchRequestEntryList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[18].shape.name_ref, shape_names[1623]),
                .type = AWSC_SHAPE_LIST,
                .flags = AWSC_SF_FLATTENED,
                .size = sizeof(struct awsc_sqs_send_message_batch_request_entry_list),
            },
            .item_ref = REF(collections[18].item_ref, structures[64].shape),
        },
        [19] = { /* SendMessageBatchResultEntryList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[19].shape.name_ref, shape_names[1707]),
                .type = AWSC_SHAPE_LIST,
                .flags = AWSC_SF_FLATTENED,
                .size = sizeof(struct awsc_sqs_send_message_batch_result_entry_list),
            },
            .item_ref = REF(collections[19].item_ref, structures[66].shape),
        },
        [20] = { /* StringList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[20].shape.name_ref, shape_names[1864]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sqs_string_list),
            },
            .item_ref = REF(collections[20].item_ref, scalars[8]),
        },
        [21] = { /* TagKeyList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[21].shape.name_ref, shape_names[1882]),
                .type = AWSC_SHAPE_LIST,
                .flags = AWSC_SF_FLATTENED,
                .size = sizeof(struct awsc_sqs_string_list),
            },
            .item_ref = REF(collections[21].item_ref, scalars[9]),
        },
        [22] = { /* TagMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[22].shape.name_ref, shape_names[1893]),
                .type = AWSC_SHAPE_MAP,
                .flags = AWSC_SF_FLATTENED,
                .size = sizeof(struct awsc_sqs_tag_map),
            },
            .item_ref = REF(collections[22].item_ref, scalars[10]),
            .key_ref = REF(collections[22].key_ref, scalars[9]),
            .value_offset = offsetof(struct awsc_sqs_tag_map_entry, value),
            .entry_size = sizeof(struct awsc_sqs_tag_map_entry),
        },
    },
    .enums = {
        [0] = { /* MessageSystemAttributeName */
            .shape = {
                .name_ref = SHAPE_NAME(enums[0].shape.name_ref, shape_names[1316]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[0].enum_values_ref, strings[888]),
            .enum_count = 10,
        },
        [1] = { /* MessageSystemAttributeNameForSends */
            .shape = {
                .name_ref = SHAPE_NAME(enums[1].shape.name_ref, shape_names[1343]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[1].enum_values_ref, strings[1065]),
            .enum_count = 1,
        },
        [2] = { /* QueueAttributeName */
            .shape = {
                .name_ref = SHAPE_NAME(enums[2].shape.name_ref, shape_names[1471]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[2].enum_values_ref, strings[1111]),
            .enum_count = 22,
        },
    },
    .scalars = {
        [0] = { /* Binary */
            .name_ref = SHAPE_NAME(scalars[0].name_ref, shape_names[119]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [1] = { /* Boolean */
            .name_ref = SHAPE_NAME(scalars[1].name_ref, shape_names[137]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [2] = { /* BoxedInteger */
            .name_ref = SHAPE_NAME(scalars[2].name_ref, shape_names[145]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [3] = { /* ExceptionMessage */
            .name_ref = SHAPE_NAME(scalars[3].name_ref, shape_names[745]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [4] = { /* Long */
            .name_ref = SHAPE_NAME(scalars[4].name_ref, shape_names[1116]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [5] = { /* MessageAttributeName */
            .name_ref = SHAPE_NAME(scalars[5].name_ref, shape_names[1129]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [6] = { /* NullableInteger */
            .name_ref = SHAPE_NAME(scalars[6].name_ref, shape_names[1406]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [7] = { /* NullableLong */
            .name_ref = SHAPE_NAME(scalars[7].name_ref, shape_names[1422]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [8] = { /* String */
            .name_ref = SHAPE_NAME(scalars[8].name_ref, shape_names[1857]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [9] = { /* TagKey */
            .name_ref = SHAPE_NAME(scalars[9].name_ref, shape_names[1875]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [10] = { /* TagValue */
            .name_ref = SHAPE_NAME(scalars[10].name_ref, shape_names[1916]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [11] = { /* Token */
            .name_ref = SHAPE_NAME(scalars[11].name_ref, shape_names[1925]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
    },
    /* the shapes' rarer traits: ranges, XML names and namespaces, payload
     * members, errors' codes and statuses, sinks */
    .traits = {
        [0] = { /* BatchEntryIdsNotDistinct */
            .error_code_ref = REF(traits[0].error_code_ref, strings[37]),
        },
        [1] = { /* BatchRequestTooLong */
            .error_code_ref = REF(traits[1].error_code_ref, strings[70]),
        },
        [2] = { /* EmptyBatchRequest */
            .error_code_ref = REF(traits[2].error_code_ref, strings[246]),
        },
        [3] = { /* InvalidAddress */
            .error_code_ref = REF(traits[3].error_code_ref, strings[302]),
        },
        [4] = { /* InvalidAttributeName */
            .error_code_ref = REF(traits[4].error_code_ref, strings[317]),
        },
        [5] = { /* InvalidAttributeValue */
            .error_code_ref = REF(traits[5].error_code_ref, strings[338]),
        },
        [6] = { /* InvalidBatchEntryId */
            .error_code_ref = REF(traits[6].error_code_ref, strings[360]),
        },
        [7] = { /* InvalidIdFormat */
            .error_code_ref = REF(traits[7].error_code_ref, strings[380]),
        },
        [8] = { /* InvalidMessageContents */
            .error_code_ref = REF(traits[8].error_code_ref, strings[396]),
        },
        [9] = { /* InvalidSecurity */
            .error_code_ref = REF(traits[9].error_code_ref, strings[419]),
        },
        [10] = { /* KmsAccessDenied */
            .error_code_ref = REF(traits[10].error_code_ref, strings[435]),
        },
        [11] = { /* KmsDisabled */
            .error_code_ref = REF(traits[11].error_code_ref, strings[451]),
        },
        [12] = { /* KmsInvalidKeyUsage */
            .error_code_ref = REF(traits[12].error_code_ref, strings[463]),
        },
        [13] = { /* KmsInvalidState */
            .error_code_ref = REF(traits[13].error_code_ref, strings[482]),
        },
        [14] = { /* KmsNotFound */
            .error_code_ref = REF(traits[14].error_code_ref, strings[498]),
        },
        [15] = { /* KmsOptInRequired */
            .error_code_ref = REF(traits[15].error_code_ref, strings[510]),
        },
        [16] = { /* KmsThrottled */
            .error_code_ref = REF(traits[16].error_code_ref, strings[527]),
        },
        [17] = { /* MessageNotInflight */
            .error_code_ref = REF(traits[17].error_code_ref, strings[869]),
        },
        [18] = { /* OverLimit */
            .error_code_ref = REF(traits[18].error_code_ref, strings[1080]),
        },
        [19] = { /* PurgeQueueInProgress */
            .error_code_ref = REF(traits[19].error_code_ref, strings[1090]),
        },
        [20] = { /* QueueDeletedRecently */
            .error_code_ref = REF(traits[20].error_code_ref, strings[1547]),
        },
        [21] = { /* QueueDoesNotExist */
            .error_code_ref = REF(traits[21].error_code_ref, strings[1568]),
        },
        [22] = { /* QueueNameExists */
            .error_code_ref = REF(traits[22].error_code_ref, strings[1586]),
        },
        [23] = { /* ReceiptHandleIsInvalid */
            .error_code_ref = REF(traits[23].error_code_ref, strings[1602]),
        },
        [24] = { /* RequestThrottled */
            .error_code_ref = REF(traits[24].error_code_ref, strings[1744]),
        },
        [25] = { /* ResourceNotFoundException */
            .error_code_ref = REF(traits[25].error_code_ref, strings[1761]),
        },
        [26] = { /* TooManyEntriesInBatchRequest */
            .error_code_ref = REF(traits[26].error_code_ref, strings[1935]),
        },
        [27] = { /* UnsupportedOperation */
            .error_code_ref = REF(traits[27].error_code_ref, strings[1964]),
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * location, timestamp format, shape, has_ flag (how far before the
     * value), offset (of the C member), flags */
    .members = {
        [0] = {MREF(0, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(0, scalars[8]), 0, offsetof(struct awsc_sqs_add_permission_input, queue_url), AWSC_MF_REQUIRED}, /* AddPermissionRequest.QueueUrl: String */
        [1] = {MREF(1, strings[9]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1, scalars[8]), 0, offsetof(struct awsc_sqs_add_permission_input, label), AWSC_MF_REQUIRED}, /* AddPermissionRequest.Label: String */
        [2] = {MREF(2, strings[15]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(2, collections[0].shape), 0, offsetof(struct awsc_sqs_add_permission_input, aws_account_ids), AWSC_MF_REQUIRED}, /* AddPermissionRequest.AWSAccountIds: AWSAccountIdList */
        [3] = {MREF(3, strings[29]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(3, collections[1].shape), 0, offsetof(struct awsc_sqs_add_permission_input, actions), AWSC_MF_REQUIRED}, /* AddPermissionRequest.Actions: ActionNameList */
        [4] = {MREF(4, strings[62]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(4, scalars[3]), 0, offsetof(struct awsc_sqs_batch_entry_ids_not_distinct, message), 0}, /* BatchEntryIdsNotDistinct.message: ExceptionMessage */
        [5] = {MREF(5, strings[62]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(5, scalars[3]), 0, offsetof(struct awsc_sqs_batch_request_too_long, message), 0}, /* BatchRequestTooLong.message: ExceptionMessage */
        [6] = {MREF(6, strings[90]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(6, scalars[8]), 0, offsetof(struct awsc_sqs_batch_result_error_entry, id), AWSC_MF_REQUIRED}, /* BatchResultErrorEntry.Id: String */
        [7] = {MREF(7, strings[93]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(7, scalars[1]), AWSC_MEMBER_HAS(struct awsc_sqs_batch_result_error_entry, sender_fault, has_sender_fault), offsetof(struct awsc_sqs_batch_result_error_entry, sender_fault), AWSC_MF_REQUIRED}, /* BatchResultErrorEntry.SenderFault: Boolean */
        [8] = {MREF(8, strings[105]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(8, scalars[8]), 0, offsetof(struct awsc_sqs_batch_result_error_entry, code), AWSC_MF_REQUIRED}, /* BatchResultErrorEntry.Code: String */
        [9] = {MREF(9, strings[110]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(9, scalars[8]), 0, offsetof(struct awsc_sqs_batch_result_error_entry, message), 0}, /* BatchResultErrorEntry.Message: String */
        [10] = {MREF(10, strings[118]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(10, scalars[8]), 0, offsetof(struct awsc_sqs_cancel_message_move_task_input, task_handle), AWSC_MF_REQUIRED}, /* CancelMessageMoveTaskRequest.TaskHandle: String */
        [11] = {MREF(11, strings[129]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(11, scalars[4]), AWSC_MEMBER_HAS(struct awsc_sqs_cancel_message_move_task_output, approximate_number_of_messages_moved, has_approximate_number_of_messages_moved), offsetof(struct awsc_sqs_cancel_message_move_task_output, approximate_number_of_messages_moved), 0}, /* CancelMessageMoveTaskResult.ApproximateNumberOfMessagesMoved: Long */
        [12] = {MREF(12, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(12, scalars[8]), 0, offsetof(struct awsc_sqs_change_message_visibility_batch_input, queue_url), AWSC_MF_REQUIRED}, /* ChangeMessageVisibilityBatchRequest.QueueUrl: String */
        [13] = {MREF(13, strings[162]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(13, collections[5].shape), 0, offsetof(struct awsc_sqs_change_message_visibility_batch_input, entries), AWSC_MF_REQUIRED}, /* ChangeMessageVisibilityBatchRequest.Entries: ChangeMessageVisibilityBatchRequestEntryList */
        [14] = {MREF(14, strings[90]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(14, scalars[8]), 0, offsetof(struct awsc_sqs_change_message_visibility_batch_request_entry, id), AWSC_MF_REQUIRED}, /* ChangeMessageVisibilityBatchRequestEntry.Id: String */
        [15] = {MREF(15, strings[170]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(15, scalars[8]), 0, offsetof(struct awsc_sqs_change_message_visibility_batch_request_entry, receipt_handle), AWSC_MF_REQUIRED}, /* ChangeMessageVisibilityBatchRequestEntry.ReceiptHandle: String */
        [16] = {MREF(16, strings[184]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(16, scalars[6]), AWSC_MEMBER_HAS(struct awsc_sqs_change_message_visibility_batch_request_entry, visibility_timeout, has_visibility_timeout), offsetof(struct awsc_sqs_change_message_visibility_batch_request_entry, visibility_timeout), 0}, /* ChangeMessageVisibilityBatchRequestEntry.VisibilityTimeout: NullableInteger */
        [17] = {MREF(17, strings[202]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(17, collections[6].shape), 0, offsetof(struct awsc_sqs_change_message_visibility_batch_output, successful), AWSC_MF_REQUIRED}, /* ChangeMessageVisibilityBatchResult.Successful: ChangeMessageVisibilityBatchResultEntryList */
        [18] = {MREF(18, strings[213]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(18, collections[3].shape), 0, offsetof(struct awsc_sqs_change_message_visibility_batch_output, failed), AWSC_MF_REQUIRED}, /* ChangeMessageVisibilityBatchResult.Failed: BatchResultErrorEntryList */
        [19] = {MREF(19, strings[90]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(19, scalars[8]), 0, offsetof(struct awsc_sqs_change_message_visibility_batch_result_entry, id), AWSC_MF_REQUIRED}, /* ChangeMessageVisibilityBatchResultEntry.Id: String */
        [20] = {MREF(20, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(20, scalars[8]), 0, offsetof(struct awsc_sqs_change_message_visibility_input, queue_url), AWSC_MF_REQUIRED}, /* ChangeMessageVisibilityRequest.QueueUrl: String */
        [21] = {MREF(21, strings[170]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(21, scalars[8]), 0, offsetof(struct awsc_sqs_change_message_visibility_input, receipt_handle), AWSC_MF_REQUIRED}, /* ChangeMessageVisibilityRequest.ReceiptHandle: String */
        [22] = {MREF(22, strings[184]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(22, scalars[6]), AWSC_MEMBER_HAS(struct awsc_sqs_change_message_visibility_input, visibility_timeout, has_visibility_timeout), offsetof(struct awsc_sqs_change_message_visibility_input, visibility_timeout), AWSC_MF_REQUIRED}, /* ChangeMessageVisibilityRequest.VisibilityTimeout: NullableInteger */
        [23] = {MREF(23, strings[220]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(23, scalars[8]), 0, offsetof(struct awsc_sqs_create_queue_input, queue_name), AWSC_MF_REQUIRED}, /* CreateQueueRequest.QueueName: String */
        [24] = {MREF(24, strings[230]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(24, collections[16].shape), 0, offsetof(struct awsc_sqs_create_queue_input, attributes), 0}, /* CreateQueueRequest.Attributes: QueueAttributeMap */
        [25] = {MREF(25, strings[241]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(25, collections[22].shape), 0, offsetof(struct awsc_sqs_create_queue_input, tags), 0}, /* CreateQueueRequest.tags: TagMap */
        [26] = {MREF(26, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(26, scalars[8]), 0, offsetof(struct awsc_sqs_create_queue_output, queue_url), 0}, /* CreateQueueResult.QueueUrl: String */
        [27] = {MREF(27, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(27, scalars[8]), 0, offsetof(struct awsc_sqs_delete_message_batch_input, queue_url), AWSC_MF_REQUIRED}, /* DeleteMessageBatchRequest.QueueUrl: String */
        [28] = {MREF(28, strings[162]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(28, collections[7].shape), 0, offsetof(struct awsc_sqs_delete_message_batch_input, entries), AWSC_MF_REQUIRED}, /* DeleteMessageBatchRequest.Entries: DeleteMessageBatchRequestEntryList */
        [29] = {MREF(29, strings[90]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(29, scalars[8]), 0, offsetof(struct awsc_sqs_delete_message_batch_request_entry, id), AWSC_MF_REQUIRED}, /* DeleteMessageBatchRequestEntry.Id: String */
        [30] = {MREF(30, strings[170]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(30, scalars[8]), 0, offsetof(struct awsc_sqs_delete_message_batch_request_entry, receipt_handle), AWSC_MF_REQUIRED}, /* DeleteMessageBatchRequestEntry.ReceiptHandle: String */
        [31] = {MREF(31, strings[202]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(31, collections[8].shape), 0, offsetof(struct awsc_sqs_delete_message_batch_output, successful), AWSC_MF_REQUIRED}, /* DeleteMessageBatchResult.Successful: DeleteMessageBatchResultEntryList */
        [32] = {MREF(32, strings[213]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(32, collections[3].shape), 0, offsetof(struct awsc_sqs_delete_message_batch_output, failed), AWSC_MF_REQUIRED}, /* DeleteMessageBatchResult.Failed: BatchResultErrorEntryList */
        [33] = {MREF(33, strings[90]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(33, scalars[8]), 0, offsetof(struct awsc_sqs_delete_message_batch_result_entry, id), AWSC_MF_REQUIRED}, /* DeleteMessageBatchResultEntry.Id: String */
        [34] = {MREF(34, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(34, scalars[8]), 0, offsetof(struct awsc_sqs_delete_message_input, queue_url), AWSC_MF_REQUIRED}, /* DeleteMessageRequest.QueueUrl: String */
        [35] = {MREF(35, strings[170]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(35, scalars[8]), 0, offsetof(struct awsc_sqs_delete_message_input, receipt_handle), AWSC_MF_REQUIRED}, /* DeleteMessageRequest.ReceiptHandle: String */
        [36] = {MREF(36, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(36, scalars[8]), 0, offsetof(struct awsc_sqs_delete_queue_input, queue_url), AWSC_MF_REQUIRED}, /* DeleteQueueRequest.QueueUrl: String */
        [37] = {MREF(37, strings[62]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(37, scalars[3]), 0, offsetof(struct awsc_sqs_empty_batch_request, message), 0}, /* EmptyBatchRequest.message: ExceptionMessage */
        [38] = {MREF(38, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(38, scalars[8]), 0, offsetof(struct awsc_sqs_get_queue_attributes_input, queue_url), AWSC_MF_REQUIRED}, /* GetQueueAttributesRequest.QueueUrl: String */
        [39] = {MREF(39, strings[264]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(39, collections[2].shape), 0, offsetof(struct awsc_sqs_get_queue_attributes_input, attribute_names), 0}, /* GetQueueAttributesRequest.AttributeNames: AttributeNameList */
        [40] = {MREF(40, strings[230]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(40, collections[16].shape), 0, offsetof(struct awsc_sqs_get_queue_attributes_output, attributes), 0}, /* GetQueueAttributesResult.Attributes: QueueAttributeMap */
        [41] = {MREF(41, strings[220]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(41, scalars[8]), 0, offsetof(struct awsc_sqs_get_queue_url_input, queue_name), AWSC_MF_REQUIRED}, /* GetQueueUrlRequest.QueueName: String */
        [42] = {MREF(42, strings[279]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(42, scalars[8]), 0, offsetof(struct awsc_sqs_get_queue_url_input, queue_owner_aws_account_id), 0}, /* GetQueueUrlRequest.QueueOwnerAWSAccountId: String */
        [43] = {MREF(43, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(43, scalars[8]), 0, offsetof(struct awsc_sqs_get_queue_url_output, queue_url), 0}, /* GetQueueUrlResult.QueueUrl: String */
        [44] = {MREF(44, strings[62]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(44, scalars[3]), 0, offsetof(struct awsc_sqs_invalid_address, message), 0}, /* InvalidAddress.message: ExceptionMessage */
        [45] = {MREF(45, strings[62]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(45, scalars[3]), 0, offsetof(struct awsc_sqs_invalid_attribute_name, message), 0}, /* InvalidAttributeName.message: ExceptionMessage */
        [46] = {MREF(46, strings[62]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(46, scalars[3]), 0, offsetof(struct awsc_sqs_invalid_attribute_value, message), 0}, /* InvalidAttributeValue.message: ExceptionMessage */
        [47] = {MREF(47, strings[62]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(47, scalars[3]), 0, offsetof(struct awsc_sqs_invalid_batch_entry_id, message), 0}, /* InvalidBatchEntryId.message: ExceptionMessage */
        [48] = {MREF(48, strings[62]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(48, scalars[3]), 0, offsetof(struct awsc_sqs_invalid_message_contents, message), 0}, /* InvalidMessageContents.message: ExceptionMessage */
        [49] = {MREF(49, strings[62]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(49, scalars[3]), 0, offsetof(struct awsc_sqs_invalid_security, message), 0}, /* InvalidSecurity.message: ExceptionMessage */
        [50] = {MREF(50, strings[62]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(50, scalars[3]), 0, offsetof(struct awsc_sqs_kms_access_denied, message), 0}, /* KmsAccessDenied.message: ExceptionMessage */
        [51] = {MREF(51, strings[62]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(51, scalars[3]), 0, offsetof(struct awsc_sqs_kms_disabled, message), 0}, /* KmsDisabled.message: ExceptionMessage */
        [52] = {MREF(52, strings[62]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(52, scalars[3]), 0, offsetof(struct awsc_sqs_kms_invalid_key_usage, message), 0}, /* KmsInvalidKeyUsage.message: ExceptionMessage */
        [53] = {MREF(53, strings[62]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(53, scalars[3]), 0, offsetof(struct awsc_sqs_kms_invalid_state, message), 0}, /* KmsInvalidState.message: ExceptionMessage */
        [54] = {MREF(54, strings[62]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(54, scalars[3]), 0, offsetof(struct awsc_sqs_kms_not_found, message), 0}, /* KmsNotFound.message: ExceptionMessage */
        [55] = {MREF(55, strings[62]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(55, scalars[3]), 0, offsetof(struct awsc_sqs_kms_opt_in_required, message), 0}, /* KmsOptInRequired.message: ExceptionMessage */
        [56] = {MREF(56, strings[62]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(56, scalars[3]), 0, offsetof(struct awsc_sqs_kms_throttled, message), 0}, /* KmsThrottled.message: ExceptionMessage */
        [57] = {MREF(57, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(57, scalars[8]), 0, offsetof(struct awsc_sqs_list_dead_letter_source_queues_input, queue_url), AWSC_MF_REQUIRED}, /* ListDeadLetterSourceQueuesRequest.QueueUrl: String */
        [58] = {MREF(58, strings[540]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(58, scalars[11]), 0, offsetof(struct awsc_sqs_list_dead_letter_source_queues_input, next_token), 0}, /* ListDeadLetterSourceQueuesRequest.NextToken: Token */
        [59] = {MREF(59, strings[550]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(59, scalars[2]), AWSC_MEMBER_HAS(struct awsc_sqs_list_dead_letter_source_queues_input, max_results, has_max_results), offsetof(struct awsc_sqs_list_dead_letter_source_queues_input, max_results), 0}, /* ListDeadLetterSourceQueuesRequest.MaxResults: BoxedInteger */
        [60] = {MREF(60, strings[561]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(60, collections[17].shape), 0, offsetof(struct awsc_sqs_list_dead_letter_source_queues_output, queue_urls), AWSC_MF_REQUIRED}, /* ListDeadLetterSourceQueuesResult.queueUrls: QueueUrlList */
        [61] = {MREF(61, strings[540]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(61, scalars[11]), 0, offsetof(struct awsc_sqs_list_dead_letter_source_queues_output, next_token), 0}, /* ListDeadLetterSourceQueuesResult.NextToken: Token */
        [62] = {MREF(62, strings[571]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(62, scalars[8]), 0, offsetof(struct awsc_sqs_list_message_move_tasks_input, source_arn), AWSC_MF_REQUIRED}, /* ListMessageMoveTasksRequest.SourceArn: String */
        [63] = {MREF(63, strings[550]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(63, scalars[6]), AWSC_MEMBER_HAS(struct awsc_sqs_list_message_move_tasks_input, max_results, has_max_results), offsetof(struct awsc_sqs_list_message_move_tasks_input, max_results), 0}, /* ListMessageMoveTasksRequest.MaxResults: NullableInteger */
        [64] = {MREF(64, strings[581]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(64, collections[9].shape), 0, offsetof(struct awsc_sqs_list_message_move_tasks_output, results), AWSC_MF_FLATTENED}, /* ListMessageMoveTasksResult.Results: ListMessageMoveTasksResultEntryList */
        [65] = {MREF(65, strings[118]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(65, scalars[8]), 0, offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, task_handle), 0}, /* ListMessageMoveTasksResultEntry.TaskHandle: String */
        [66] = {MREF(66, strings[589]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(66, scalars[8]), 0, offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, status), 0}, /* ListMessageMoveTasksResultEntry.Status: String */
        [67] = {MREF(67, strings[571]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(67, scalars[8]), 0, offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, source_arn), 0}, /* ListMessageMoveTasksResultEntry.SourceArn: String */
        [68] = {MREF(68, strings[596]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(68, scalars[8]), 0, offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, destination_arn), 0}, /* ListMessageMoveTasksResultEntry.DestinationArn: String */
        [69] = {MREF(69, strings[611]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(69, scalars[6]), AWSC_MEMBER_HAS(struct awsc_sqs_list_message_move_tasks_result_entry, max_number_of_messages_per_second, has_max_number_of_messages_per_second), offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, max_number_of_messages_per_second), 0}, /* ListMessageMoveTasksResultEntry.MaxNumberOfMessagesPerSecond: NullableInteger */
        [70] = {MREF(70, strings[129]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(70, scalars[4]), AWSC_MEMBER_HAS(struct awsc_sqs_list_message_move_tasks_result_entry, approximate_number_of_messages_moved, has_approximate_number_of_messages_moved), offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, approximate_number_of_messages_moved), 0}, /* ListMessageMoveTasksResultEntry.ApproximateNumberOfMessagesMoved: Long */
        [71] = {MREF(71, strings[640]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(71, scalars[7]), AWSC_MEMBER_HAS(struct awsc_sqs_list_message_move_tasks_result_entry, approximate_number_of_messages_to_move, has_approximate_number_of_messages_to_move), offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, approximate_number_of_messages_to_move), 0}, /* ListMessageMoveTasksResultEntry.ApproximateNumberOfMessagesToMove: NullableLong */
        [72] = {MREF(72, strings[674]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(72, scalars[8]), 0, offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, failure_reason), 0}, /* ListMessageMoveTasksResultEntry.FailureReason: String */
        [73] = {MREF(73, strings[688]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(73, scalars[4]), AWSC_MEMBER_HAS(struct awsc_sqs_list_message_move_tasks_result_entry, started_timestamp, has_started_timestamp), offsetof(struct awsc_sqs_list_message_move_tasks_result_entry, started_timestamp), 0}, /* ListMessageMoveTasksResultEntry.StartedTimestamp: Long */
        [74] = {MREF(74, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(74, scalars[8]), 0, offsetof(struct awsc_sqs_list_queue_tags_input, queue_url), AWSC_MF_REQUIRED}, /* ListQueueTagsRequest.QueueUrl: String */
        [75] = {MREF(75, strings[705]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(75, collections[22].shape), 0, offsetof(struct awsc_sqs_list_queue_tags_output, tags), 0}, /* ListQueueTagsResult.Tags: TagMap */
        [76] = {MREF(76, strings[710]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(76, scalars[8]), 0, offsetof(struct awsc_sqs_list_queues_input, queue_name_prefix), 0}, /* ListQueuesRequest.QueueNamePrefix: String */
        [77] = {MREF(77, strings[540]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(77, scalars[11]), 0, offsetof(struct awsc_sqs_list_queues_input, next_token), 0}, /* ListQueuesRequest.NextToken: Token */
        [78] = {MREF(78, strings[550]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(78, scalars[2]), AWSC_MEMBER_HAS(struct awsc_sqs_list_queues_input, max_results, has_max_results), offsetof(struct awsc_sqs_list_queues_input, max_results), 0}, /* ListQueuesRequest.MaxResults: BoxedInteger */
        [79] = {MREF(79, strings[726]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(79, collections[17].shape), 0, offsetof(struct awsc_sqs_list_queues_output, queue_urls), 0}, /* ListQueuesResult.QueueUrls: QueueUrlList */
        [80] = {MREF(80, strings[540]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(80, scalars[11]), 0, offsetof(struct awsc_sqs_list_queues_output, next_token), 0}, /* ListQueuesResult.NextToken: Token */
        [81] = {MREF(81, strings[736]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(81, scalars[8]), 0, offsetof(struct awsc_sqs_message, message_id), 0}, /* Message.MessageId: String */
        [82] = {MREF(82, strings[170]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(82, scalars[8]), 0, offsetof(struct awsc_sqs_message, receipt_handle), 0}, /* Message.ReceiptHandle: String */
        [83] = {MREF(83, strings[746]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(83, scalars[8]), 0, offsetof(struct awsc_sqs_message, md5_of_body), 0}, /* Message.MD5OfBody: String */
        [84] = {MREF(84, strings[756]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(84, scalars[8]), 0, offsetof(struct awsc_sqs_message, body), 0}, /* Message.Body: String */
        [85] = {MREF(85, strings[230]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(85, collections[15].shape), 0, offsetof(struct awsc_sqs_message, attributes), 0}, /* Message.Attributes: MessageSystemAttributeMap */
        [86] = {MREF(86, strings[761]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(86, scalars[8]), 0, offsetof(struct awsc_sqs_message, md5_of_message_attributes), 0}, /* Message.MD5OfMessageAttributes: String */
        [87] = {MREF(87, strings[784]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(87, collections[11].shape), 0, offsetof(struct awsc_sqs_message, message_attributes), 0}, /* Message.MessageAttributes: MessageBodyAttributeMap */
        [88] = {MREF(88, strings[802]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(88, scalars[8]), 0, offsetof(struct awsc_sqs_message_attribute_value, string_value), 0}, /* MessageAttributeValue.StringValue: String */
        [89] = {MREF(89, strings[814]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(89, scalars[0]), 0, offsetof(struct awsc_sqs_message_attribute_value, binary_value), 0}, /* MessageAttributeValue.BinaryValue: Binary */
        [90] = {MREF(90, strings[826]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(90, collections[20].shape), 0, offsetof(struct awsc_sqs_message_attribute_value, string_list_values), AWSC_MF_FLATTENED}, /* MessageAttributeValue.StringListValues: StringList */
        [91] = {MREF(91, strings[843]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(91, collections[4].shape), 0, offsetof(struct awsc_sqs_message_attribute_value, binary_list_values), AWSC_MF_FLATTENED}, /* MessageAttributeValue.BinaryListValues: BinaryList */
        [92] = {MREF(92, strings[860]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(92, scalars[8]), 0, offsetof(struct awsc_sqs_message_attribute_value, data_type), AWSC_MF_REQUIRED}, /* MessageAttributeValue.DataType: String */
        [93] = {MREF(93, strings[802]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(93, scalars[8]), 0, offsetof(struct awsc_sqs_message_system_attribute_value, string_value), 0}, /* MessageSystemAttributeValue.StringValue: String */
        [94] = {MREF(94, strings[814]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(94, scalars[0]), 0, offsetof(struct awsc_sqs_message_system_attribute_value, binary_value), 0}, /* MessageSystemAttributeValue.BinaryValue: Binary */
        [95] = {MREF(95, strings[826]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(95, collections[20].shape), 0, offsetof(struct awsc_sqs_message_system_attribute_value, string_list_values), AWSC_MF_FLATTENED}, /* MessageSystemAttributeValue.StringListValues: StringList */
        [96] = {MREF(96, strings[843]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(96, collections[4].shape), 0, offsetof(struct awsc_sqs_message_system_attribute_value, binary_list_values), AWSC_MF_FLATTENED}, /* MessageSystemAttributeValue.BinaryListValues: BinaryList */
        [97] = {MREF(97, strings[860]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(97, scalars[8]), 0, offsetof(struct awsc_sqs_message_system_attribute_value, data_type), AWSC_MF_REQUIRED}, /* MessageSystemAttributeValue.DataType: String */
        [98] = {MREF(98, strings[62]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(98, scalars[3]), 0, offsetof(struct awsc_sqs_over_limit, message), 0}, /* OverLimit.message: ExceptionMessage */
        [99] = {MREF(99, strings[62]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(99, scalars[3]), 0, offsetof(struct awsc_sqs_purge_queue_in_progress, message), 0}, /* PurgeQueueInProgress.message: ExceptionMessage */
        [100] = {MREF(100, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(100, scalars[8]), 0, offsetof(struct awsc_sqs_purge_queue_input, queue_url), AWSC_MF_REQUIRED}, /* PurgeQueueRequest.QueueUrl: String */
        [101] = {MREF(101, strings[62]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(101, scalars[3]), 0, offsetof(struct awsc_sqs_queue_deleted_recently, message), 0}, /* QueueDeletedRecently.message: ExceptionMessage */
        [102] = {MREF(102, strings[62]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(102, scalars[3]), 0, offsetof(struct awsc_sqs_queue_does_not_exist, message), 0}, /* QueueDoesNotExist.message: ExceptionMessage */
        [103] = {MREF(103, strings[62]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(103, scalars[3]), 0, offsetof(struct awsc_sqs_queue_name_exists, message), 0}, /* QueueNameExists.message: ExceptionMessage */
        [104] = {MREF(104, strings[62]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(104, scalars[3]), 0, offsetof(struct awsc_sqs_receipt_handle_is_invalid, message), 0}, /* ReceiptHandleIsInvalid.message: ExceptionMessage */
        [105] = {MREF(105, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(105, scalars[8]), 0, offsetof(struct awsc_sqs_receive_message_input, queue_url), AWSC_MF_REQUIRED}, /* ReceiveMessageRequest.QueueUrl: String */
        [106] = {MREF(106, strings[264]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(106, collections[2].shape), 0, offsetof(struct awsc_sqs_receive_message_input, attribute_names), 0}, /* ReceiveMessageRequest.AttributeNames: AttributeNameList */
        [107] = {MREF(107, strings[1625]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(107, collections[14].shape), 0, offsetof(struct awsc_sqs_receive_message_input, message_system_attribute_names), 0}, /* ReceiveMessageRequest.MessageSystemAttributeNames: MessageSystemAttributeList */
        [108] = {MREF(108, strings[1653]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(108, collections[10].shape), 0, offsetof(struct awsc_sqs_receive_message_input, message_attribute_names), 0}, /* ReceiveMessageRequest.MessageAttributeNames: MessageAttributeNameList */
        [109] = {MREF(109, strings[1675]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(109, scalars[6]), AWSC_MEMBER_HAS(struct awsc_sqs_receive_message_input, max_number_of_messages, has_max_number_of_messages), offsetof(struct awsc_sqs_receive_message_input, max_number_of_messages), 0}, /* ReceiveMessageRequest.MaxNumberOfMessages: NullableInteger */
        [110] = {MREF(110, strings[184]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(110, scalars[6]), AWSC_MEMBER_HAS(struct awsc_sqs_receive_message_input, visibility_timeout, has_visibility_timeout), offsetof(struct awsc_sqs_receive_message_input, visibility_timeout), 0}, /* ReceiveMessageRequest.VisibilityTimeout: NullableInteger */
        [111] = {MREF(111, strings[1695]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(111, scalars[6]), AWSC_MEMBER_HAS(struct awsc_sqs_receive_message_input, wait_time_seconds, has_wait_time_seconds), offsetof(struct awsc_sqs_receive_message_input, wait_time_seconds), 0}, /* ReceiveMessageRequest.WaitTimeSeconds: NullableInteger */
        [112] = {MREF(112, strings[1711]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(112, scalars[8]), 0, offsetof(struct awsc_sqs_receive_message_input, receive_request_attempt_id), 0}, /* ReceiveMessageRequest.ReceiveRequestAttemptId: String */
        [113] = {MREF(113, strings[1735]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(113, collections[13].shape), 0, offsetof(struct awsc_sqs_receive_message_output, messages), 0}, /* ReceiveMessageResult.Messages: MessageList */
        [114] = {MREF(114, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(114, scalars[8]), 0, offsetof(struct awsc_sqs_remove_permission_input, queue_url), AWSC_MF_REQUIRED}, /* RemovePermissionRequest.QueueUrl: String */
        [115] = {MREF(115, strings[9]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(115, scalars[8]), 0, offsetof(struct awsc_sqs_remove_permission_input, label), AWSC_MF_REQUIRED}, /* RemovePermissionRequest.Label: String */
        [116] = {MREF(116, strings[62]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(116, scalars[3]), 0, offsetof(struct awsc_sqs_request_throttled, message), 0}, /* RequestThrottled.message: ExceptionMessage */
        [117] = {MREF(117, strings[62]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(117, scalars[3]), 0, offsetof(struct awsc_sqs_resource_not_found_exception, message), 0}, /* ResourceNotFoundException.message: ExceptionMessage */
        [118] = {MREF(118, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(118, scalars[8]), 0, offsetof(struct awsc_sqs_send_message_batch_input, queue_url), AWSC_MF_REQUIRED}, /* SendMessageBatchRequest.QueueUrl: String */
        [119] = {MREF(119, strings[162]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(119, collections[18].shape), 0, offsetof(struct awsc_sqs_send_message_batch_input, entries), AWSC_MF_REQUIRED}, /* SendMessageBatchRequest.Entries: SendMessageBatchRequestEntryList */
        [120] = {MREF(120, strings[90]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(120, scalars[8]), 0, offsetof(struct awsc_sqs_send_message_batch_request_entry, id), AWSC_MF_REQUIRED}, /* SendMessageBatchRequestEntry.Id: String */
        [121] = {MREF(121, strings[1787]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(121, scalars[8]), 0, offsetof(struct awsc_sqs_send_message_batch_request_entry, message_body), AWSC_MF_REQUIRED}, /* SendMessageBatchRequestEntry.MessageBody: String */
        [122] = {MREF(122, strings[1799]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(122, scalars[6]), AWSC_MEMBER_HAS(struct awsc_sqs_send_message_batch_request_entry, delay_seconds, has_delay_seconds), offsetof(struct awsc_sqs_send_message_batch_request_entry, delay_seconds), 0}, /* SendMessageBatchRequestEntry.DelaySeconds: NullableInteger */
        [123] = {MREF(123, strings[784]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(123, collections[11].shape), 0, offsetof(struct awsc_sqs_send_message_batch_request_entry, message_attributes), 0}, /* SendMessageBatchRequestEntry.MessageAttributes: MessageBodyAttributeMap */
        [124] = {MREF(124, strings[1812]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(124, collections[12].shape), 0, offsetof(struct awsc_sqs_send_message_batch_request_entry, message_system_attributes), 0}, /* SendMessageBatchRequestEntry.MessageSystemAttributes: MessageBodySystemAttributeMap */
        [125] = {MREF(125, strings[1836]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(125, scalars[8]), 0, offsetof(struct awsc_sqs_send_message_batch_request_entry, message_deduplication_id), 0}, /* SendMessageBatchRequestEntry.MessageDeduplicationId: String */
        [126] = {MREF(126, strings[1859]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(126, scalars[8]), 0, offsetof(struct awsc_sqs_send_message_batch_request_entry, message_group_id), 0}, /* SendMessageBatchRequestEntry.MessageGroupId: String */
        [127] = {MREF(127, strings[202]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(127, collections[19].shape), 0, offsetof(struct awsc_sqs_send_message_batch_output, successful), AWSC_MF_REQUIRED}, /* SendMessageBatchResult.Successful: SendMessageBatchResultEntryList */
        [128] = {MREF(128, strings[213]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(128, collections[3].shape), 0, offsetof(struct awsc_sqs_send_message_batch_output, failed), AWSC_MF_REQUIRED}, /* SendMessageBatchResult.Failed: BatchResultErrorEntryList */
        [129] = {MREF(129, strings[90]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(129, scalars[8]), 0, offsetof(struct awsc_sqs_send_message_batch_result_entry, id), AWSC_MF_REQUIRED}, /* SendMessageBatchResultEntry.Id: String */
        [130] = {MREF(130, strings[736]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(130, scalars[8]), 0, offsetof(struct awsc_sqs_send_message_batch_result_entry, message_id), AWSC_MF_REQUIRED}, /* SendMessageBatchResultEntry.MessageId: String */
        [131] = {MREF(131, strings[1874]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(131, scalars[8]), 0, offsetof(struct awsc_sqs_send_message_batch_result_entry, md5_of_message_body), AWSC_MF_REQUIRED}, /* SendMessageBatchResultEntry.MD5OfMessageBody: String */
        [132] = {MREF(132, strings[761]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(132, scalars[8]), 0, offsetof(struct awsc_sqs_send_message_batch_result_entry, md5_of_message_attributes), 0}, /* SendMessageBatchResultEntry.MD5OfMessageAttributes: String */
        [133] = {MREF(133, strings[1891]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(133, scalars[8]), 0, offsetof(struct awsc_sqs_send_message_batch_result_entry, md5_of_message_system_attributes), 0}, /* SendMessageBatchResultEntry.MD5OfMessageSystemAttributes: String */
        [134] = {MREF(134, strings[1920]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(134, scalars[8]), 0, offsetof(struct awsc_sqs_send_message_batch_result_entry, sequence_number), 0}, /* SendMessageBatchResultEntry.SequenceNumber: String */
        [135] = {MREF(135, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(135, scalars[8]), 0, offsetof(struct awsc_sqs_send_message_input, queue_url), AWSC_MF_REQUIRED}, /* SendMessageRequest.QueueUrl: String */
        [136] = {MREF(136, strings[1787]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(136, scalars[8]), 0, offsetof(struct awsc_sqs_send_message_input, message_body), AWSC_MF_REQUIRED}, /* SendMessageRequest.MessageBody: String */
        [137] = {MREF(137, strings[1799]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(137, scalars[6]), AWSC_MEMBER_HAS(struct awsc_sqs_send_message_input, delay_seconds, has_delay_seconds), offsetof(struct awsc_sqs_send_message_input, delay_seconds), 0}, /* SendMessageRequest.DelaySeconds: NullableInteger */
        [138] = {MREF(138, strings[784]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(138, collections[11].shape), 0, offsetof(struct awsc_sqs_send_message_input, message_attributes), 0}, /* SendMessageRequest.MessageAttributes: MessageBodyAttributeMap */
        [139] = {MREF(139, strings[1812]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(139, collections[12].shape), 0, offsetof(struct awsc_sqs_send_message_input, message_system_attributes), 0}, /* SendMessageRequest.MessageSystemAttributes: MessageBodySystemAttributeMap */
        [140] = {MREF(140, strings[1836]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(140, scalars[8]), 0, offsetof(struct awsc_sqs_send_message_input, message_deduplication_id), 0}, /* SendMessageRequest.MessageDeduplicationId: String */
        [141] = {MREF(141, strings[1859]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(141, scalars[8]), 0, offsetof(struct awsc_sqs_send_message_input, message_group_id), 0}, /* SendMessageRequest.MessageGroupId: String */
        [142] = {MREF(142, strings[1874]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(142, scalars[8]), 0, offsetof(struct awsc_sqs_send_message_output, md5_of_message_body), 0}, /* SendMessageResult.MD5OfMessageBody: String */
        [143] = {MREF(143, strings[761]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(143, scalars[8]), 0, offsetof(struct awsc_sqs_send_message_output, md5_of_message_attributes), 0}, /* SendMessageResult.MD5OfMessageAttributes: String */
        [144] = {MREF(144, strings[1891]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(144, scalars[8]), 0, offsetof(struct awsc_sqs_send_message_output, md5_of_message_system_attributes), 0}, /* SendMessageResult.MD5OfMessageSystemAttributes: String */
        [145] = {MREF(145, strings[736]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(145, scalars[8]), 0, offsetof(struct awsc_sqs_send_message_output, message_id), 0}, /* SendMessageResult.MessageId: String */
        [146] = {MREF(146, strings[1920]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(146, scalars[8]), 0, offsetof(struct awsc_sqs_send_message_output, sequence_number), 0}, /* SendMessageResult.SequenceNumber: String */
        [147] = {MREF(147, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(147, scalars[8]), 0, offsetof(struct awsc_sqs_set_queue_attributes_input, queue_url), AWSC_MF_REQUIRED}, /* SetQueueAttributesRequest.QueueUrl: String */
        [148] = {MREF(148, strings[230]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(148, collections[16].shape), 0, offsetof(struct awsc_sqs_set_queue_attributes_input, attributes), AWSC_MF_REQUIRED}, /* SetQueueAttributesRequest.Attributes: QueueAttributeMap */
        [149] = {MREF(149, strings[571]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(149, scalars[8]), 0, offsetof(struct awsc_sqs_start_message_move_task_input, source_arn), AWSC_MF_REQUIRED}, /* StartMessageMoveTaskRequest.SourceArn: String */
        [150] = {MREF(150, strings[596]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(150, scalars[8]), 0, offsetof(struct awsc_sqs_start_message_move_task_input, destination_arn), 0}, /* StartMessageMoveTaskRequest.DestinationArn: String */
        [151] = {MREF(151, strings[611]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(151, scalars[6]), AWSC_MEMBER_HAS(struct awsc_sqs_start_message_move_task_input, max_number_of_messages_per_second, has_max_number_of_messages_per_second), offsetof(struct awsc_sqs_start_message_move_task_input, max_number_of_messages_per_second), 0}, /* StartMessageMoveTaskRequest.MaxNumberOfMessagesPerSecond: NullableInteger */
        [152] = {MREF(152, strings[118]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(152, scalars[8]), 0, offsetof(struct awsc_sqs_start_message_move_task_output, task_handle), 0}, /* StartMessageMoveTaskResult.TaskHandle: String */
        [153] = {MREF(153, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(153, scalars[8]), 0, offsetof(struct awsc_sqs_tag_queue_input, queue_url), AWSC_MF_REQUIRED}, /* TagQueueRequest.QueueUrl: String */
        [154] = {MREF(154, strings[705]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(154, collections[22].shape), 0, offsetof(struct awsc_sqs_tag_queue_input, tags), AWSC_MF_REQUIRED}, /* TagQueueRequest.Tags: TagMap */
        [155] = {MREF(155, strings[62]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(155, scalars[3]), 0, offsetof(struct awsc_sqs_too_many_entries_in_batch_request, message), 0}, /* TooManyEntriesInBatchRequest.message: ExceptionMessage */
        [156] = {MREF(156, strings[62]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(156, scalars[3]), 0, offsetof(struct awsc_sqs_unsupported_operation, message), 0}, /* UnsupportedOperation.message: ExceptionMessage */
        [157] = {MREF(157, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(157, scalars[8]), 0, offsetof(struct awsc_sqs_untag_queue_input, queue_url), AWSC_MF_REQUIRED}, /* UntagQueueRequest.QueueUrl: String */
        [158] = {MREF(158, strings[1985]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(158, collections[21].shape), 0, offsetof(struct awsc_sqs_untag_queue_input, tag_keys), AWSC_MF_REQUIRED}, /* UntagQueueRequest.TagKeys: TagKeyList */
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
        /*      0 */ "QueueUrl\0"
        /*      9 */ "Label\0"
        /*     15 */ "AWSAccountIds\0"
        /*     29 */ "Actions\0"
        /*     37 */ "BatchEntryIdsNotDistinct\0"
        /*     62 */ "message\0"
        /*     70 */ "BatchRequestTooLong\0"
        /*     90 */ "Id\0"
        /*     93 */ "SenderFault\0"
        /*    105 */ "Code\0"
        /*    110 */ "Message\0"
        /*    118 */ "TaskHandle\0"
        /*    129 */ "ApproximateNumberOfMessagesMoved\0"
        /*    162 */ "Entries\0"
        /*    170 */ "ReceiptHandle\0"
        /*    184 */ "VisibilityTimeout\0"
        /*    202 */ "Successful\0"
        /*    213 */ "Failed\0"
        /*    220 */ "QueueName\0"
        /*    230 */ "Attributes\0"
        /*    241 */ "tags\0"
        /*    246 */ "EmptyBatchRequest\0"
        /*    264 */ "AttributeNames\0"
        /*    279 */ "QueueOwnerAWSAccountId\0"
        /*    302 */ "InvalidAddress\0"
        /*    317 */ "InvalidAttributeName\0"
        /*    338 */ "InvalidAttributeValue\0"
        /*    360 */ "InvalidBatchEntryId\0"
        /*    380 */ "InvalidIdFormat\0"
        /*    396 */ "InvalidMessageContents\0"
        /*    419 */ "InvalidSecurity\0"
        /*    435 */ "KmsAccessDenied\0"
        /*    451 */ "KmsDisabled\0"
        /*    463 */ "KmsInvalidKeyUsage\0"
        /*    482 */ "KmsInvalidState\0"
        /*    498 */ "KmsNotFound\0"
        /*    510 */ "KmsOptInRequired\0"
        /*    527 */ "KmsThrottled\0"
        /*    540 */ "NextToken\0"
        /*    550 */ "MaxResults\0"
        /*    561 */ "queueUrls\0"
        /*    571 */ "SourceArn\0"
        /*    581 */ "Results\0"
        /*    589 */ "Status\0"
        /*    596 */ "DestinationArn\0"
        /*    611 */ "MaxNumberOfMessagesPerSecond\0"
        /*    640 */ "ApproximateNumberOfMessagesToMove\0"
        /*    674 */ "FailureReason\0"
        /*    688 */ "StartedTimestamp\0"
        /*    705 */ "Tags\0"
        /*    710 */ "QueueNamePrefix\0"
        /*    726 */ "QueueUrls\0"
        /*    736 */ "MessageId\0"
        /*    746 */ "MD5OfBody\0"
        /*    756 */ "Body\0"
        /*    761 */ "MD5OfMessageAttributes\0"
        /*    784 */ "MessageAttributes\0"
        /*    802 */ "StringValue\0"
        /*    814 */ "BinaryValue\0"
        /*    826 */ "StringListValues\0"
        /*    843 */ "BinaryListValues\0"
        /*    860 */ "DataType\0"
        /*    869 */ "MessageNotInflight\0"
        /*    888 */ "All\0" "SenderId\0" "SentTimestamp\0" "ApproximateReceiveCount\0" "ApproximateFirstReceiveTimestamp\0" "SequenceNumber\0" "MessageDeduplicationId\0" "MessageGroupId\0" "AWSTraceHeader\0" "DeadLetterQueueSourceArn\0"
        /*   1065 */ "AWSTraceHeader\0"
        /*   1080 */ "OverLimit\0"
        /*   1090 */ "PurgeQueueInProgress\0"
        /*   1111 */ "All\0" "Policy\0" "VisibilityTimeout\0" "MaximumMessageSize\0" "MessageRetentionPeriod\0" "ApproximateNumberOfMessages\0" "ApproximateNumberOfMessagesNotVisible\0" "CreatedTimestamp\0" "LastModifiedTimestamp\0" "QueueArn\0" "ApproximateNumberOfMessagesDelayed\0" "DelaySeconds\0" "ReceiveMessageWaitTimeSeconds\0" "RedrivePolicy\0" "FifoQueue\0" "ContentBasedDeduplication\0" "KmsMasterKeyId\0" "KmsDataKeyReusePeriodSeconds\0" "DeduplicationScope\0" "FifoThroughputLimit\0" "RedriveAllowPolicy\0" "SqsManagedSseEnabled\0"
        /*   1547 */ "QueueDeletedRecently\0"
        /*   1568 */ "QueueDoesNotExist\0"
        /*   1586 */ "QueueNameExists\0"
        /*   1602 */ "ReceiptHandleIsInvalid\0"
        /*   1625 */ "MessageSystemAttributeNames\0"
        /*   1653 */ "MessageAttributeNames\0"
        /*   1675 */ "MaxNumberOfMessages\0"
        /*   1695 */ "WaitTimeSeconds\0"
        /*   1711 */ "ReceiveRequestAttemptId\0"
        /*   1735 */ "Messages\0"
        /*   1744 */ "RequestThrottled\0"
        /*   1761 */ "ResourceNotFoundException\0"
        /*   1787 */ "MessageBody\0"
        /*   1799 */ "DelaySeconds\0"
        /*   1812 */ "MessageSystemAttributes\0"
        /*   1836 */ "MessageDeduplicationId\0"
        /*   1859 */ "MessageGroupId\0"
        /*   1874 */ "MD5OfMessageBody\0"
        /*   1891 */ "MD5OfMessageSystemAttributes\0"
        /*   1920 */ "SequenceNumber\0"
        /*   1935 */ "TooManyEntriesInBatchRequest\0"
        /*   1964 */ "UnsupportedOperation\0"
        /*   1985 */ "TagKeys\0"
        /*   1993 */ "AddPermission\0"
        /*   2007 */ "POST\0"
        /*   2012 */ "/\0"
        /*   2014 */ "CancelMessageMoveTask\0"
        /*   2036 */ "ChangeMessageVisibility\0"
        /*   2060 */ "ChangeMessageVisibilityBatch\0"
        /*   2089 */ "CreateQueue\0"
        /*   2101 */ "DeleteMessage\0"
        /*   2115 */ "DeleteMessageBatch\0"
        /*   2134 */ "DeleteQueue\0"
        /*   2146 */ "GetQueueAttributes\0"
        /*   2165 */ "GetQueueUrl\0"
        /*   2177 */ "ListDeadLetterSourceQueues\0"
        /*   2204 */ "ListMessageMoveTasks\0"
        /*   2225 */ "ListQueueTags\0"
        /*   2239 */ "ListQueues\0"
        /*   2250 */ "PurgeQueue\0"
        /*   2261 */ "ReceiveMessage\0"
        /*   2276 */ "RemovePermission\0"
        /*   2293 */ "SendMessage\0"
        /*   2305 */ "SendMessageBatch\0"
        /*   2322 */ "SetQueueAttributes\0"
        /*   2341 */ "StartMessageMoveTask\0"
        /*   2362 */ "TagQueue\0"
        /*   2371 */ "UntagQueue\0"
        /*   2382 */ "sqs\0"
        /*   2386 */ "SQS\0"
        /*   2390 */ "Amazon Simple Queue Service\0"
        /*   2418 */ "2012-11-05\0"
        /*   2429 */ "AmazonSQS\0"
        /*   2439 */ "1.0",
#if AWSC_WITH_SHAPE_NAMES
    .shape_names =
        /*      0 */ "AWSAccountIdList\0"
        /*     17 */ "ActionNameList\0"
        /*     32 */ "AddPermissionRequest\0"
        /*     53 */ "AttributeNameList\0"
        /*     71 */ "BatchResultErrorEntry\0"
        /*     93 */ "BatchResultErrorEntryList\0"
        /*    119 */ "Binary\0"
        /*    126 */ "BinaryList\0"
        /*    137 */ "Boolean\0"
        /*    145 */ "BoxedInteger\0"
        /*    158 */ "CancelMessageMoveTaskRequest\0"
        /*    187 */ "CancelMessageMoveTaskResult\0"
        /*    215 */ "ChangeMessageVisibilityBatchRequest\0"
        /*    251 */ "ChangeMessageVisibilityBatchRequestEntry\0"
        /*    292 */ "ChangeMessageVisibilityBatchRequestEntryList\0"
        /*    337 */ "ChangeMessageVisibilityBatchResult\0"
        /*    372 */ "ChangeMessageVisibilityBatchResultEntry\0"
        /*    412 */ "ChangeMessageVisibilityBatchResultEntryList\0"
        /*    456 */ "ChangeMessageVisibilityRequest\0"
        /*    487 */ "CreateQueueRequest\0"
        /*    506 */ "CreateQueueResult\0"
        /*    524 */ "DeleteMessageBatchRequest\0"
        /*    550 */ "DeleteMessageBatchRequestEntry\0"
        /*    581 */ "DeleteMessageBatchRequestEntryList\0"
        /*    616 */ "DeleteMessageBatchResult\0"
        /*    641 */ "DeleteMessageBatchResultEntry\0"
        /*    671 */ "DeleteMessageBatchResultEntryList\0"
        /*    705 */ "DeleteMessageRequest\0"
        /*    726 */ "DeleteQueueRequest\0"
        /*    745 */ "ExceptionMessage\0"
        /*    762 */ "GetQueueAttributesRequest\0"
        /*    788 */ "GetQueueAttributesResult\0"
        /*    813 */ "GetQueueUrlRequest\0"
        /*    832 */ "GetQueueUrlResult\0"
        /*    850 */ "ListDeadLetterSourceQueuesRequest\0"
        /*    884 */ "ListDeadLetterSourceQueuesResult\0"
        /*    917 */ "ListMessageMoveTasksRequest\0"
        /*    945 */ "ListMessageMoveTasksResult\0"
        /*    972 */ "ListMessageMoveTasksResultEntry\0"
        /*   1004 */ "ListMessageMoveTasksResultEntryList\0"
        /*   1040 */ "ListQueueTagsRequest\0"
        /*   1061 */ "ListQueueTagsResult\0"
        /*   1081 */ "ListQueuesRequest\0"
        /*   1099 */ "ListQueuesResult\0"
        /*   1116 */ "Long\0"
        /*   1121 */ "Message\0"
        /*   1129 */ "MessageAttributeName\0"
        /*   1150 */ "MessageAttributeNameList\0"
        /*   1175 */ "MessageAttributeValue\0"
        /*   1197 */ "MessageBodyAttributeMap\0"
        /*   1221 */ "MessageBodySystemAttributeMap\0"
        /*   1251 */ "MessageList\0"
        /*   1263 */ "MessageSystemAttributeList\0"
        /*   1290 */ "MessageSystemAttributeMap\0"
        /*   1316 */ "MessageSystemAttributeName\0"
        /*   1343 */ "MessageSystemAttributeNameForSends\0"
        /*   1378 */ "MessageSystemAttributeValue\0"
        /*   1406 */ "NullableInteger\0"
        /*   1422 */ "NullableLong\0"
        /*   1435 */ "PurgeQueueRequest\0"
        /*   1453 */ "QueueAttributeMap\0"
        /*   1471 */ "QueueAttributeName\0"
        /*   1490 */ "QueueUrlList\0"
        /*   1503 */ "ReceiveMessageRequest\0"
        /*   1525 */ "ReceiveMessageResult\0"
        /*   1546 */ "RemovePermissionRequest\0"
        /*   1570 */ "SendMessageBatchRequest\0"
        /*   1594 */ "SendMessageBatchRequestEntry\0"
        /*   1623 */ "SendMessageBatchRequestEntryList\0"
        /*   1656 */ "SendMessageBatchResult\0"
        /*   1679 */ "SendMessageBatchResultEntry\0"
        /*   1707 */ "SendMessageBatchResultEntryList\0"
        /*   1739 */ "SendMessageRequest\0"
        /*   1758 */ "SendMessageResult\0"
        /*   1776 */ "SetQueueAttributesRequest\0"
        /*   1802 */ "StartMessageMoveTaskRequest\0"
        /*   1830 */ "StartMessageMoveTaskResult\0"
        /*   1857 */ "String\0"
        /*   1864 */ "StringList\0"
        /*   1875 */ "TagKey\0"
        /*   1882 */ "TagKeyList\0"
        /*   1893 */ "TagMap\0"
        /*   1900 */ "TagQueueRequest\0"
        /*   1916 */ "TagValue\0"
        /*   1925 */ "Token\0"
        /*   1931 */ "UntagQueueRequest",
#endif
};

/* The descriptor programs use (<awsc/sqs.h>): the one in the tables. */
const struct awsc_service *awsc_sqs_service(void)
{
    return &T.service;
}

enum awsc_sqs_message_system_attribute_name awsc_sqs_message_system_attribute_name_parse(const char *value)
{
    return (enum awsc_sqs_message_system_attribute_name)awsc_enum_parse(&T.strings[888], 10, value);
}

const char *awsc_sqs_message_system_attribute_name_str(enum awsc_sqs_message_system_attribute_name value)
{
    return awsc_enum_str(&T.strings[888], 10, (int)value);
}

enum awsc_sqs_message_system_attribute_name_for_sends awsc_sqs_message_system_attribute_name_for_sends_parse(const char *value)
{
    return (enum awsc_sqs_message_system_attribute_name_for_sends)awsc_enum_parse(&T.strings[1065], 1, value);
}

const char *awsc_sqs_message_system_attribute_name_for_sends_str(enum awsc_sqs_message_system_attribute_name_for_sends value)
{
    return awsc_enum_str(&T.strings[1065], 1, (int)value);
}

enum awsc_sqs_queue_attribute_name awsc_sqs_queue_attribute_name_parse(const char *value)
{
    return (enum awsc_sqs_queue_attribute_name)awsc_enum_parse(&T.strings[1111], 22, value);
}

const char *awsc_sqs_queue_attribute_name_str(enum awsc_sqs_queue_attribute_name value)
{
    return awsc_enum_str(&T.strings[1111], 22, (int)value);
}

#undef PREF
#undef PAGERS
#undef RULES_REF
#undef RULES
#undef SHAPE_NAME
#undef MREF
#undef REF
#undef T
