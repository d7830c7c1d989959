/*
 * sns_tables.c - the service descriptor, operations and shapes of
 * SNS.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/sns.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

/* List and map types all share the layouts of awsc_list_view and
 * awsc_map_view, which the codecs rely on. */
_Static_assert(offsetof(struct awsc_sns_tag_key_list, count) == offsetof(struct awsc_list_view, count), "TagKeyList");
_Static_assert(offsetof(struct awsc_sns_batch_result_error_entry_list, count) == offsetof(struct awsc_list_view, count), "BatchResultErrorEntryList");
_Static_assert(offsetof(struct awsc_sns_list_of_endpoints, count) == offsetof(struct awsc_list_view, count), "ListOfEndpoints");
_Static_assert(offsetof(struct awsc_sns_list_of_platform_applications, count) == offsetof(struct awsc_list_view, count), "ListOfPlatformApplications");
_Static_assert(offsetof(struct awsc_sns_phone_number_information_list, count) == offsetof(struct awsc_list_view, count), "PhoneNumberInformationList");
_Static_assert(offsetof(struct awsc_sns_publish_batch_request_entry_list, count) == offsetof(struct awsc_list_view, count), "PublishBatchRequestEntryList");
_Static_assert(offsetof(struct awsc_sns_publish_batch_result_entry_list, count) == offsetof(struct awsc_list_view, count), "PublishBatchResultEntryList");
_Static_assert(offsetof(struct awsc_sns_sms_sandbox_phone_number_list, count) == offsetof(struct awsc_list_view, count), "SMSSandboxPhoneNumberList");
_Static_assert(offsetof(struct awsc_sns_subscriptions_list, count) == offsetof(struct awsc_list_view, count), "SubscriptionsList");
_Static_assert(offsetof(struct awsc_sns_tag_list, count) == offsetof(struct awsc_list_view, count), "TagList");
_Static_assert(offsetof(struct awsc_sns_topics_list, count) == offsetof(struct awsc_list_view, count), "TopicsList");
_Static_assert(offsetof(struct awsc_sns_topic_attributes_map, count) == offsetof(struct awsc_map_view, count), "TopicAttributesMap");
_Static_assert(offsetof(struct awsc_sns_message_attribute_map, count) == offsetof(struct awsc_map_view, count), "MessageAttributeMap");

/*
 * The tables: the service, its operations and every shape, member and
 * name of SNS in one object, so that each refers to another by its
 * distance from it (awsc_ref, in <awsc/shape.h>): plain read-only data,
 * with no relocation at load time. REF(field, target) is the reference
 * stored at field that names target.
 */
#define T awsc__sns_tables
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
#ifndef AWSC__SNS_TABLES
#define AWSC__SNS_TABLES

/* The endpoint rule set of sns: a part of the service's tables. */
struct awsc__sns_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[4];
    uint16_t slots[5];
    struct awsc_ep_rule rules[22];
    struct awsc_ep_expr exprs[38];
    uint16_t args[42];
    struct awsc_ep_endpoint endpoints[7];
    char strings[527];
};
/* The service, its operations and every shape, member and name of
 * SNS, in one object. */
struct awsc__sns_tables {
    struct awsc_service service;
    struct awsc_operation operations[42];
    awsc_ref op_errors[226];
    awsc_ref service_errors[34];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__sns_pagers pagers; /* <awsc/sns.h> */
#endif
    struct awsc__sns_rules rules;
    struct awsc_structure_shape structures[118];
    struct awsc_collection_shape collections[20];
    struct awsc_enum_shape enums[4];
    struct awsc_shape scalars[32];
    struct awsc_shape_traits traits[42];
    struct awsc_member members[189];
    struct awsc_range ranges[8];
    struct awsc_xml_refs xml_refs[1];
    char strings[4149];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[3015];
#endif
};
extern const struct awsc__sns_tables awsc__sns_tables AWSC__HIDDEN;
#endif
/* RULES_REF(field, target): a reference inside the endpoint rule set's
 * part of the tables. */
#define RULES T.rules
#define RULES_REF(field, target) AWSC_REF(RULES.field, RULES.target)
/* PREF(field, target): a reference inside the paginators' and waiters'
 * part of the tables. */
#define PAGERS T.pagers
#define PREF(field, target) AWSC_REF(PAGERS.field, PAGERS.target)

const struct awsc__sns_tables T = {
    .service = {
        .name_ref = REF(service.name_ref, strings[4054]),
        .service_id_ref = REF(service.service_id_ref, strings[4058]),
        .full_name_ref = REF(service.full_name_ref, strings[4062]),
        .api_version_ref = REF(service.api_version_ref, strings[4097]),
        .endpoint_prefix_ref = REF(service.endpoint_prefix_ref, strings[4054]),
        .signing_name_ref = REF(service.signing_name_ref, strings[4054]),
        .xml_namespace_ref = REF(service.xml_namespace_ref, strings[4108]),
        .env_name_ref = REF(service.env_name_ref, strings[4058]),
        .operations_ref = REF(service.operations_ref, operations[0]),
        .errors_ref = REF(service.errors_ref, service_errors[0]),
        .protocol = AWSC_PROTO_QUERY,
        .operation_count = 42,
        .error_count = 34,
#if AWSC_WITH_PAGINATORS
        .paginator_count = 8,
#endif
        .ruleset_ref = REF(service.ruleset_ref, rules.ruleset),
#if AWSC_WITH_PAGINATORS
        .paginators_ref = REF(service.paginators_ref, pagers.paginators[0]),
#endif
    },
    /* sorted by name */
    .operations = {
        [0] = { /* AddPermission */
            .name_ref = REF(operations[0].name_ref, strings[2317]),
            .http_method_ref = REF(operations[0].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[0].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[0].input_ref, structures[0].shape),
            .errors_ref = REF(operations[0].errors_ref, op_errors[0]),
            .service_ref = REF(operations[0].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [1] = { /* CheckIfPhoneNumberIsOptedOut */
            .name_ref = REF(operations[1].name_ref, strings[2338]),
            .http_method_ref = REF(operations[1].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[1].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[1].input_ref, structures[5].shape),
            .output_ref = REF(operations[1].output_ref, structures[6].shape),
            .errors_ref = REF(operations[1].errors_ref, op_errors[4]),
            .service_ref = REF(operations[1].service_ref, service),
            .result_wrapper_ref = REF(operations[1].result_wrapper_ref, strings[2367]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [2] = { /* ConfirmSubscription */
            .name_ref = REF(operations[2].name_ref, strings[2402]),
            .http_method_ref = REF(operations[2].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[2].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[2].input_ref, structures[8].shape),
            .output_ref = REF(operations[2].output_ref, structures[9].shape),
            .errors_ref = REF(operations[2].errors_ref, op_errors[8]),
            .service_ref = REF(operations[2].service_ref, service),
            .result_wrapper_ref = REF(operations[2].result_wrapper_ref, strings[2422]),
            .error_count = 7,
            .auth = AWSC_AUTH_SIGV4,
        },
        [3] = { /* CreatePlatformApplication */
            .name_ref = REF(operations[3].name_ref, strings[2448]),
            .http_method_ref = REF(operations[3].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[3].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[3].input_ref, structures[11].shape),
            .output_ref = REF(operations[3].output_ref, structures[12].shape),
            .errors_ref = REF(operations[3].errors_ref, op_errors[15]),
            .service_ref = REF(operations[3].service_ref, service),
            .result_wrapper_ref = REF(operations[3].result_wrapper_ref, strings[2474]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [4] = { /* CreatePlatformEndpoint */
            .name_ref = REF(operations[4].name_ref, strings[2506]),
            .http_method_ref = REF(operations[4].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[4].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[4].input_ref, structures[13].shape),
            .output_ref = REF(operations[4].output_ref, structures[10].shape),
            .errors_ref = REF(operations[4].errors_ref, op_errors[18]),
            .service_ref = REF(operations[4].service_ref, service),
            .result_wrapper_ref = REF(operations[4].result_wrapper_ref, strings[2529]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [5] = { /* CreateSMSSandboxPhoneNumber */
            .name_ref = REF(operations[5].name_ref, strings[2558]),
            .http_method_ref = REF(operations[5].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[5].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[5].input_ref, structures[14].shape),
            .output_ref = REF(operations[5].output_ref, structures[15].shape),
            .errors_ref = REF(operations[5].errors_ref, op_errors[22]),
            .service_ref = REF(operations[5].service_ref, service),
            .result_wrapper_ref = REF(operations[5].result_wrapper_ref, strings[2586]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [6] = { /* CreateTopic */
            .name_ref = REF(operations[6].name_ref, strings[2620]),
            .http_method_ref = REF(operations[6].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[6].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[6].input_ref, structures[16].shape),
            .output_ref = REF(operations[6].output_ref, structures[17].shape),
            .errors_ref = REF(operations[6].errors_ref, op_errors[28]),
            .service_ref = REF(operations[6].service_ref, service),
            .result_wrapper_ref = REF(operations[6].result_wrapper_ref, strings[2632]),
            .error_count = 9,
            .auth = AWSC_AUTH_SIGV4,
        },
        [7] = { /* DeleteEndpoint */
            .name_ref = REF(operations[7].name_ref, strings[2650]),
            .http_method_ref = REF(operations[7].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[7].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[7].input_ref, structures[18].shape),
            .errors_ref = REF(operations[7].errors_ref, op_errors[37]),
            .service_ref = REF(operations[7].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [8] = { /* DeletePlatformApplication */
            .name_ref = REF(operations[8].name_ref, strings[2665]),
            .http_method_ref = REF(operations[8].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[8].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[8].input_ref, structures[19].shape),
            .errors_ref = REF(operations[8].errors_ref, op_errors[40]),
            .service_ref = REF(operations[8].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [9] = { /* DeleteSMSSandboxPhoneNumber */
            .name_ref = REF(operations[9].name_ref, strings[2691]),
            .http_method_ref = REF(operations[9].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[9].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[9].input_ref, structures[20].shape),
            .output_ref = REF(operations[9].output_ref, structures[21].shape),
            .errors_ref = REF(operations[9].errors_ref, op_errors[43]),
            .service_ref = REF(operations[9].service_ref, service),
            .result_wrapper_ref = REF(operations[9].result_wrapper_ref, strings[2719]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [10] = { /* DeleteTopic */
            .name_ref = REF(operations[10].name_ref, strings[2753]),
            .http_method_ref = REF(operations[10].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[10].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[10].input_ref, structures[22].shape),
            .errors_ref = REF(operations[10].errors_ref, op_errors[49]),
            .service_ref = REF(operations[10].service_ref, service),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
        },
        [11] = { /* GetDataProtectionPolicy */
            .name_ref = REF(operations[11].name_ref, strings[2765]),
            .http_method_ref = REF(operations[11].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[11].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[11].input_ref, structures[27].shape),
            .output_ref = REF(operations[11].output_ref, structures[28].shape),
            .errors_ref = REF(operations[11].errors_ref, op_errors[57]),
            .service_ref = REF(operations[11].service_ref, service),
            .result_wrapper_ref = REF(operations[11].result_wrapper_ref, strings[2789]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [12] = { /* GetEndpointAttributes */
            .name_ref = REF(operations[12].name_ref, strings[2819]),
            .http_method_ref = REF(operations[12].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[12].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[12].input_ref, structures[29].shape),
            .output_ref = REF(operations[12].output_ref, structures[30].shape),
            .errors_ref = REF(operations[12].errors_ref, op_errors[62]),
            .service_ref = REF(operations[12].service_ref, service),
            .result_wrapper_ref = REF(operations[12].result_wrapper_ref, strings[2841]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [13] = { /* GetPlatformApplicationAttributes */
            .name_ref = REF(operations[13].name_ref, strings[2869]),
            .http_method_ref = REF(operations[13].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[13].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[13].input_ref, structures[31].shape),
            .output_ref = REF(operations[13].output_ref, structures[32].shape),
            .errors_ref = REF(operations[13].errors_ref, op_errors[66]),
            .service_ref = REF(operations[13].service_ref, service),
            .result_wrapper_ref = REF(operations[13].result_wrapper_ref, strings[2902]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [14] = { /* GetSMSAttributes */
            .name_ref = REF(operations[14].name_ref, strings[2941]),
            .http_method_ref = REF(operations[14].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[14].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[14].input_ref, structures[33].shape),
            .output_ref = REF(operations[14].output_ref, structures[34].shape),
            .errors_ref = REF(operations[14].errors_ref, op_errors[70]),
            .service_ref = REF(operations[14].service_ref, service),
            .result_wrapper_ref = REF(operations[14].result_wrapper_ref, strings[2958]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [15] = { /* GetSMSSandboxAccountStatus */
            .name_ref = REF(operations[15].name_ref, strings[2981]),
            .http_method_ref = REF(operations[15].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[15].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[15].input_ref, structures[35].shape),
            .output_ref = REF(operations[15].output_ref, structures[36].shape),
            .errors_ref = REF(operations[15].errors_ref, op_errors[74]),
            .service_ref = REF(operations[15].service_ref, service),
            .result_wrapper_ref = REF(operations[15].result_wrapper_ref, strings[3008]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [16] = { /* GetSubscriptionAttributes */
            .name_ref = REF(operations[16].name_ref, strings[3041]),
            .http_method_ref = REF(operations[16].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[16].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[16].input_ref, structures[37].shape),
            .output_ref = REF(operations[16].output_ref, structures[38].shape),
            .errors_ref = REF(operations[16].errors_ref, op_errors[77]),
            .service_ref = REF(operations[16].service_ref, service),
            .result_wrapper_ref = REF(operations[16].result_wrapper_ref, strings[3067]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [17] = { /* GetTopicAttributes */
            .name_ref = REF(operations[17].name_ref, strings[3099]),
            .http_method_ref = REF(operations[17].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[17].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[17].input_ref, structures[39].shape),
            .output_ref = REF(operations[17].output_ref, structures[40].shape),
            .errors_ref = REF(operations[17].errors_ref, op_errors[81]),
            .service_ref = REF(operations[17].service_ref, service),
            .result_wrapper_ref = REF(operations[17].result_wrapper_ref, strings[3118]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [18] = { /* ListEndpointsByPlatformApplication */
            .name_ref = REF(operations[18].name_ref, strings[3143]),
            .http_method_ref = REF(operations[18].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[18].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[18].input_ref, structures[53].shape),
            .output_ref = REF(operations[18].output_ref, structures[54].shape),
            .errors_ref = REF(operations[18].errors_ref, op_errors[86]),
            .service_ref = REF(operations[18].service_ref, service),
            .result_wrapper_ref = REF(operations[18].result_wrapper_ref, strings[3178]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [19] = { /* ListOriginationNumbers */
            .name_ref = REF(operations[19].name_ref, strings[3219]),
            .http_method_ref = REF(operations[19].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[19].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[19].input_ref, structures[55].shape),
            .output_ref = REF(operations[19].output_ref, structures[56].shape),
            .errors_ref = REF(operations[19].errors_ref, op_errors[90]),
            .service_ref = REF(operations[19].service_ref, service),
            .result_wrapper_ref = REF(operations[19].result_wrapper_ref, strings[3242]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [20] = { /* ListPhoneNumbersOptedOut */
            .name_ref = REF(operations[20].name_ref, strings[3271]),
            .http_method_ref = REF(operations[20].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[20].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[20].input_ref, structures[57].shape),
            .output_ref = REF(operations[20].output_ref, structures[58].shape),
            .errors_ref = REF(operations[20].errors_ref, op_errors[95]),
            .service_ref = REF(operations[20].service_ref, service),
            .result_wrapper_ref = REF(operations[20].result_wrapper_ref, strings[3296]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [21] = { /* ListPlatformApplications */
            .name_ref = REF(operations[21].name_ref, strings[3327]),
            .http_method_ref = REF(operations[21].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[21].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[21].input_ref, structures[59].shape),
            .output_ref = REF(operations[21].output_ref, structures[60].shape),
            .errors_ref = REF(operations[21].errors_ref, op_errors[99]),
            .service_ref = REF(operations[21].service_ref, service),
            .result_wrapper_ref = REF(operations[21].result_wrapper_ref, strings[3352]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [22] = { /* ListSMSSandboxPhoneNumbers */
            .name_ref = REF(operations[22].name_ref, strings[3383]),
            .http_method_ref = REF(operations[22].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[22].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[22].input_ref, structures[61].shape),
            .output_ref = REF(operations[22].output_ref, structures[62].shape),
            .errors_ref = REF(operations[22].errors_ref, op_errors[102]),
            .service_ref = REF(operations[22].service_ref, service),
            .result_wrapper_ref = REF(operations[22].result_wrapper_ref, strings[3410]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [23] = { /* ListSubscriptions */
            .name_ref = REF(operations[23].name_ref, strings[3443]),
            .http_method_ref = REF(operations[23].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[23].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[23].input_ref, structures[65].shape),
            .output_ref = REF(operations[23].output_ref, structures[66].shape),
            .errors_ref = REF(operations[23].errors_ref, op_errors[107]),
            .service_ref = REF(operations[23].service_ref, service),
            .result_wrapper_ref = REF(operations[23].result_wrapper_ref, strings[3461]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [24] = { /* ListSubscriptionsByTopic */
            .name_ref = REF(operations[24].name_ref, strings[3485]),
            .http_method_ref = REF(operations[24].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[24].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[24].input_ref, structures[63].shape),
            .output_ref = REF(operations[24].output_ref, structures[64].shape),
            .errors_ref = REF(operations[24].errors_ref, op_errors[110]),
            .service_ref = REF(operations[24].service_ref, service),
            .result_wrapper_ref = REF(operations[24].result_wrapper_ref, strings[3510]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [25] = { /* ListTagsForResource */
            .name_ref = REF(operations[25].name_ref, strings[3541]),
            .http_method_ref = REF(operations[25].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[25].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[25].input_ref, structures[67].shape),
            .output_ref = REF(operations[25].output_ref, structures[68].shape),
            .errors_ref = REF(operations[25].errors_ref, op_errors[114]),
            .service_ref = REF(operations[25].service_ref, service),
            .result_wrapper_ref = REF(operations[25].result_wrapper_ref, strings[3561]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [26] = { /* ListTopics */
            .name_ref = REF(operations[26].name_ref, strings[3587]),
            .http_method_ref = REF(operations[26].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[26].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[26].input_ref, structures[69].shape),
            .output_ref = REF(operations[26].output_ref, structures[70].shape),
            .errors_ref = REF(operations[26].errors_ref, op_errors[119]),
            .service_ref = REF(operations[26].service_ref, service),
            .result_wrapper_ref = REF(operations[26].result_wrapper_ref, strings[3598]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [27] = { /* OptInPhoneNumber */
            .name_ref = REF(operations[27].name_ref, strings[3615]),
            .http_method_ref = REF(operations[27].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[27].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[27].input_ref, structures[73].shape),
            .output_ref = REF(operations[27].output_ref, structures[74].shape),
            .errors_ref = REF(operations[27].errors_ref, op_errors[122]),
            .service_ref = REF(operations[27].service_ref, service),
            .result_wrapper_ref = REF(operations[27].result_wrapper_ref, strings[3632]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [28] = { /* Publish */
            .name_ref = REF(operations[28].name_ref, strings[3655]),
            .http_method_ref = REF(operations[28].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[28].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[28].input_ref, structures[83].shape),
            .output_ref = REF(operations[28].output_ref, structures[84].shape),
            .errors_ref = REF(operations[28].errors_ref, op_errors[126]),
            .service_ref = REF(operations[28].service_ref, service),
            .result_wrapper_ref = REF(operations[28].result_wrapper_ref, strings[3663]),
            .error_count = 15,
            .auth = AWSC_AUTH_SIGV4,
        },
        [29] = { /* PublishBatch */
            .name_ref = REF(operations[29].name_ref, strings[3677]),
            .http_method_ref = REF(operations[29].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[29].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[29].input_ref, structures[79].shape),
            .output_ref = REF(operations[29].output_ref, structures[81].shape),
            .errors_ref = REF(operations[29].errors_ref, op_errors[141]),
            .service_ref = REF(operations[29].service_ref, service),
            .result_wrapper_ref = REF(operations[29].result_wrapper_ref, strings[3690]),
            .error_count = 20,
            .auth = AWSC_AUTH_SIGV4,
        },
        [30] = { /* PutDataProtectionPolicy */
            .name_ref = REF(operations[30].name_ref, strings[3709]),
            .http_method_ref = REF(operations[30].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[30].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[30].input_ref, structures[85].shape),
            .errors_ref = REF(operations[30].errors_ref, op_errors[161]),
            .service_ref = REF(operations[30].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [31] = { /* RemovePermission */
            .name_ref = REF(operations[31].name_ref, strings[3733]),
            .http_method_ref = REF(operations[31].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[31].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[31].input_ref, structures[86].shape),
            .errors_ref = REF(operations[31].errors_ref, op_errors[166]),
            .service_ref = REF(operations[31].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [32] = { /* SetEndpointAttributes */
            .name_ref = REF(operations[32].name_ref, strings[3750]),
            .http_method_ref = REF(operations[32].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[32].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[32].input_ref, structures[90].shape),
            .errors_ref = REF(operations[32].errors_ref, op_errors[170]),
            .service_ref = REF(operations[32].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [33] = { /* SetPlatformApplicationAttributes */
            .name_ref = REF(operations[33].name_ref, strings[3772]),
            .http_method_ref = REF(operations[33].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[33].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[33].input_ref, structures[91].shape),
            .errors_ref = REF(operations[33].errors_ref, op_errors[174]),
            .service_ref = REF(operations[33].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [34] = { /* SetSMSAttributes */
            .name_ref = REF(operations[34].name_ref, strings[3805]),
            .http_method_ref = REF(operations[34].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[34].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[34].input_ref, structures[92].shape),
            .output_ref = REF(operations[34].output_ref, structures[93].shape),
            .errors_ref = REF(operations[34].errors_ref, op_errors[178]),
            .service_ref = REF(operations[34].service_ref, service),
            .result_wrapper_ref = REF(operations[34].result_wrapper_ref, strings[3822]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [35] = { /* SetSubscriptionAttributes */
            .name_ref = REF(operations[35].name_ref, strings[3845]),
            .http_method_ref = REF(operations[35].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[35].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[35].input_ref, structures[94].shape),
            .errors_ref = REF(operations[35].errors_ref, op_errors[182]),
            .service_ref = REF(operations[35].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [36] = { /* SetTopicAttributes */
            .name_ref = REF(operations[36].name_ref, strings[3871]),
            .http_method_ref = REF(operations[36].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[36].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[36].input_ref, structures[95].shape),
            .errors_ref = REF(operations[36].errors_ref, op_errors[188]),
            .service_ref = REF(operations[36].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [37] = { /* Subscribe */
            .name_ref = REF(operations[37].name_ref, strings[3890]),
            .http_method_ref = REF(operations[37].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[37].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[37].input_ref, structures[97].shape),
            .output_ref = REF(operations[37].output_ref, structures[98].shape),
            .errors_ref = REF(operations[37].errors_ref, op_errors[193]),
            .service_ref = REF(operations[37].service_ref, service),
            .result_wrapper_ref = REF(operations[37].result_wrapper_ref, strings[3900]),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
        },
        [38] = { /* TagResource */
            .name_ref = REF(operations[38].name_ref, strings[3916]),
            .http_method_ref = REF(operations[38].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[38].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[38].input_ref, structures[104].shape),
            .output_ref = REF(operations[38].output_ref, structures[105].shape),
            .errors_ref = REF(operations[38].errors_ref, op_errors[201]),
            .service_ref = REF(operations[38].service_ref, service),
            .result_wrapper_ref = REF(operations[38].result_wrapper_ref, strings[3928]),
            .error_count = 7,
            .auth = AWSC_AUTH_SIGV4,
        },
        [39] = { /* Unsubscribe */
            .name_ref = REF(operations[39].name_ref, strings[3946]),
            .http_method_ref = REF(operations[39].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[39].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[39].input_ref, structures[110].shape),
            .errors_ref = REF(operations[39].errors_ref, op_errors[208]),
            .service_ref = REF(operations[39].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [40] = { /* UntagResource */
            .name_ref = REF(operations[40].name_ref, strings[3958]),
            .http_method_ref = REF(operations[40].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[40].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[40].input_ref, structures[111].shape),
            .output_ref = REF(operations[40].output_ref, structures[112].shape),
            .errors_ref = REF(operations[40].errors_ref, op_errors[213]),
            .service_ref = REF(operations[40].service_ref, service),
            .result_wrapper_ref = REF(operations[40].result_wrapper_ref, strings[3972]),
            .error_count = 7,
            .auth = AWSC_AUTH_SIGV4,
        },
        [41] = { /* VerifySMSSandboxPhoneNumber */
            .name_ref = REF(operations[41].name_ref, strings[3992]),
            .http_method_ref = REF(operations[41].http_method_ref, strings[2331]),
            .request_uri_ref = REF(operations[41].request_uri_ref, strings[2336]),
            .input_ref = REF(operations[41].input_ref, structures[116].shape),
            .output_ref = REF(operations[41].output_ref, structures[117].shape),
            .errors_ref = REF(operations[41].errors_ref, op_errors[220]),
            .service_ref = REF(operations[41].service_ref, service),
            .result_wrapper_ref = REF(operations[41].result_wrapper_ref, strings[4020]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
    },
    /* each operation's modeled errors */
    .op_errors = {
        REF(op_errors[0], structures[1].shape),
        REF(op_errors[1], structures[41].shape),
        REF(op_errors[2], structures[43].shape),
        REF(op_errors[3], structures[72].shape),
        REF(op_errors[4], structures[1].shape),
        REF(op_errors[5], structures[41].shape),
        REF(op_errors[6], structures[43].shape),
        REF(op_errors[7], structures[106].shape),
        REF(op_errors[8], structures[1].shape),
        REF(op_errors[9], structures[26].shape),
        REF(op_errors[10], structures[41].shape),
        REF(op_errors[11], structures[43].shape),
        REF(op_errors[12], structures[72].shape),
        REF(op_errors[13], structures[87].shape),
        REF(op_errors[14], structures[100].shape),
        REF(op_errors[15], structures[1].shape),
        REF(op_errors[16], structures[41].shape),
        REF(op_errors[17], structures[43].shape),
        REF(op_errors[18], structures[1].shape),
        REF(op_errors[19], structures[41].shape),
        REF(op_errors[20], structures[43].shape),
        REF(op_errors[21], structures[72].shape),
        REF(op_errors[22], structures[1].shape),
        REF(op_errors[23], structures[41].shape),
        REF(op_errors[24], structures[43].shape),
        REF(op_errors[25], structures[75].shape),
        REF(op_errors[26], structures[106].shape),
        REF(op_errors[27], structures[113].shape),
        REF(op_errors[28], structures[1].shape),
        REF(op_errors[29], structures[7].shape),
        REF(op_errors[30], structures[41].shape),
        REF(op_errors[31], structures[43].shape),
        REF(op_errors[32], structures[45].shape),
        REF(op_errors[33], structures[96].shape),
        REF(op_errors[34], structures[102].shape),
        REF(op_errors[35], structures[103].shape),
        REF(op_errors[36], structures[109].shape),
        REF(op_errors[37], structures[1].shape),
        REF(op_errors[38], structures[41].shape),
        REF(op_errors[39], structures[43].shape),
        REF(op_errors[40], structures[1].shape),
        REF(op_errors[41], structures[41].shape),
        REF(op_errors[42], structures[43].shape),
        REF(op_errors[43], structures[1].shape),
        REF(op_errors[44], structures[41].shape),
        REF(op_errors[45], structures[43].shape),
        REF(op_errors[46], structures[88].shape),
        REF(op_errors[47], structures[106].shape),
        REF(op_errors[48], structures[113].shape),
        REF(op_errors[49], structures[1].shape),
        REF(op_errors[50], structures[7].shape),
        REF(op_errors[51], structures[41].shape),
        REF(op_errors[52], structures[43].shape),
        REF(op_errors[53], structures[46].shape),
        REF(op_errors[54], structures[72].shape),
        REF(op_errors[55], structures[96].shape),
        REF(op_errors[56], structures[103].shape),
        REF(op_errors[57], structures[1].shape),
        REF(op_errors[58], structures[41].shape),
        REF(op_errors[59], structures[43].shape),
        REF(op_errors[60], structures[45].shape),
        REF(op_errors[61], structures[72].shape),
        REF(op_errors[62], structures[1].shape),
        REF(op_errors[63], structures[41].shape),
        REF(op_errors[64], structures[43].shape),
        REF(op_errors[65], structures[72].shape),
        REF(op_errors[66], structures[1].shape),
        REF(op_errors[67], structures[41].shape),
        REF(op_errors[68], structures[43].shape),
        REF(op_errors[69], structures[72].shape),
        REF(op_errors[70], structures[1].shape),
        REF(op_errors[71], structures[41].shape),
        REF(op_errors[72], structures[43].shape),
        REF(op_errors[73], structures[106].shape),
        REF(op_errors[74], structures[1].shape),
        REF(op_errors[75], structures[41].shape),
        REF(op_errors[76], structures[106].shape),
        REF(op_errors[77], structures[1].shape),
        REF(op_errors[78], structures[41].shape),
        REF(op_errors[79], structures[43].shape),
        REF(op_errors[80], structures[72].shape),
        REF(op_errors[81], structures[1].shape),
        REF(op_errors[82], structures[41].shape),
        REF(op_errors[83], structures[43].shape),
        REF(op_errors[84], structures[45].shape),
        REF(op_errors[85], structures[72].shape),
        REF(op_errors[86], structures[1].shape),
        REF(op_errors[87], structures[41].shape),
        REF(op_errors[88], structures[43].shape),
        REF(op_errors[89], structures[72].shape),
        REF(op_errors[90], structures[1].shape),
        REF(op_errors[91], structures[41].shape),
        REF(op_errors[92], structures[43].shape),
        REF(op_errors[93], structures[106].shape),
        REF(op_errors[94], structures[114].shape),
        REF(op_errors[95], structures[1].shape),
        REF(op_errors[96], structures[41].shape),
        REF(op_errors[97], structures[43].shape),
        REF(op_errors[98], structures[106].shape),
        REF(op_errors[99], structures[1].shape),
        REF(op_errors[100], structures[41].shape),
        REF(op_errors[101], structures[43].shape),
        REF(op_errors[102], structures[1].shape),
        REF(op_errors[103], structures[41].shape),
        REF(op_errors[104], structures[43].shape),
        REF(op_errors[105], structures[88].shape),
        REF(op_errors[106], structures[106].shape),
        REF(op_errors[107], structures[1].shape),
        REF(op_errors[108], structures[41].shape),
        REF(op_errors[109], structures[43].shape),
        REF(op_errors[110], structures[1].shape),
        REF(op_errors[111], structures[41].shape),
        REF(op_errors[112], structures[43].shape),
        REF(op_errors[113], structures[72].shape),
        REF(op_errors[114], structures[1].shape),
        REF(op_errors[115], structures[7].shape),
        REF(op_errors[116], structures[43].shape),
        REF(op_errors[117], structures[88].shape),
        REF(op_errors[118], structures[103].shape),
        REF(op_errors[119], structures[1].shape),
        REF(op_errors[120], structures[41].shape),
        REF(op_errors[121], structures[43].shape),
        REF(op_errors[122], structures[1].shape),
        REF(op_errors[123], structures[41].shape),
        REF(op_errors[124], structures[43].shape),
        REF(op_errors[125], structures[106].shape),
        REF(op_errors[126], structures[1].shape),
        REF(op_errors[127], structures[25].shape),
        REF(op_errors[128], structures[41].shape),
        REF(op_errors[129], structures[43].shape),
        REF(op_errors[130], structures[44].shape),
        REF(op_errors[131], structures[45].shape),
        REF(op_errors[132], structures[47].shape),
        REF(op_errors[133], structures[48].shape),
        REF(op_errors[134], structures[49].shape),
        REF(op_errors[135], structures[50].shape),
        REF(op_errors[136], structures[51].shape),
        REF(op_errors[137], structures[52].shape),
        REF(op_errors[138], structures[72].shape),
        REF(op_errors[139], structures[78].shape),
        REF(op_errors[140], structures[114].shape),
        REF(op_errors[141], structures[1].shape),
        REF(op_errors[142], structures[2].shape),
        REF(op_errors[143], structures[3].shape),
        REF(op_errors[144], structures[23].shape),
        REF(op_errors[145], structures[25].shape),
        REF(op_errors[146], structures[41].shape),
        REF(op_errors[147], structures[42].shape),
        REF(op_errors[148], structures[43].shape),
        REF(op_errors[149], structures[44].shape),
        REF(op_errors[150], structures[45].shape),
        REF(op_errors[151], structures[47].shape),
        REF(op_errors[152], structures[48].shape),
        REF(op_errors[153], structures[49].shape),
        REF(op_errors[154], structures[50].shape),
        REF(op_errors[155], structures[51].shape),
        REF(op_errors[156], structures[52].shape),
        REF(op_errors[157], structures[72].shape),
        REF(op_errors[158], structures[78].shape),
        REF(op_errors[159], structures[107].shape),
        REF(op_errors[160], structures[114].shape),
        REF(op_errors[161], structures[1].shape),
        REF(op_errors[162], structures[41].shape),
        REF(op_errors[163], structures[43].shape),
        REF(op_errors[164], structures[45].shape),
        REF(op_errors[165], structures[72].shape),
        REF(op_errors[166], structures[1].shape),
        REF(op_errors[167], structures[41].shape),
        REF(op_errors[168], structures[43].shape),
        REF(op_errors[169], structures[72].shape),
        REF(op_errors[170], structures[1].shape),
        REF(op_errors[171], structures[41].shape),
        REF(op_errors[172], structures[43].shape),
        REF(op_errors[173], structures[72].shape),
        REF(op_errors[174], structures[1].shape),
        REF(op_errors[175], structures[41].shape),
        REF(op_errors[176], structures[43].shape),
        REF(op_errors[177], structures[72].shape),
        REF(op_errors[178], structures[1].shape),
        REF(op_errors[179], structures[41].shape),
        REF(op_errors[180], structures[43].shape),
        REF(op_errors[181], structures[106].shape),
        REF(op_errors[182], structures[1].shape),
        REF(op_errors[183], structures[26].shape),
        REF(op_errors[184], structures[41].shape),
        REF(op_errors[185], structures[43].shape),
        REF(op_errors[186], structures[72].shape),
        REF(op_errors[187], structures[87].shape),
        REF(op_errors[188], structures[1].shape),
        REF(op_errors[189], structures[41].shape),
        REF(op_errors[190], structures[43].shape),
        REF(op_errors[191], structures[45].shape),
        REF(op_errors[192], structures[72].shape),
        REF(op_errors[193], structures[1].shape),
        REF(op_errors[194], structures[26].shape),
        REF(op_errors[195], structures[41].shape),
        REF(op_errors[196], structures[43].shape),
        REF(op_errors[197], structures[45].shape),
        REF(op_errors[198], structures[72].shape),
        REF(op_errors[199], structures[87].shape),
        REF(op_errors[200], structures[100].shape),
        REF(op_errors[201], structures[1].shape),
        REF(op_errors[202], structures[7].shape),
        REF(op_errors[203], structures[43].shape),
        REF(op_errors[204], structures[88].shape),
        REF(op_errors[205], structures[96].shape),
        REF(op_errors[206], structures[102].shape),
        REF(op_errors[207], structures[103].shape),
        REF(op_errors[208], structures[1].shape),
        REF(op_errors[209], structures[41].shape),
        REF(op_errors[210], structures[43].shape),
        REF(op_errors[211], structures[45].shape),
        REF(op_errors[212], structures[72].shape),
        REF(op_errors[213], structures[1].shape),
        REF(op_errors[214], structures[7].shape),
        REF(op_errors[215], structures[43].shape),
        REF(op_errors[216], structures[88].shape),
        REF(op_errors[217], structures[96].shape),
        REF(op_errors[218], structures[102].shape),
        REF(op_errors[219], structures[103].shape),
        REF(op_errors[220], structures[1].shape),
        REF(op_errors[221], structures[41].shape),
        REF(op_errors[222], structures[43].shape),
        REF(op_errors[223], structures[88].shape),
        REF(op_errors[224], structures[106].shape),
        REF(op_errors[225], structures[115].shape),
    },
    /* every modeled error of the service, sorted by its code on the wire */
    .service_errors = {
        REF(service_errors[0], structures[1].shape),
        REF(service_errors[1], structures[2].shape),
        REF(service_errors[2], structures[3].shape),
        REF(service_errors[3], structures[7].shape),
        REF(service_errors[4], structures[23].shape),
        REF(service_errors[5], structures[25].shape),
        REF(service_errors[6], structures[26].shape),
        REF(service_errors[7], structures[41].shape),
        REF(service_errors[8], structures[42].shape),
        REF(service_errors[9], structures[43].shape),
        REF(service_errors[10], structures[45].shape),
        REF(service_errors[11], structures[46].shape),
        REF(service_errors[12], structures[47].shape),
        REF(service_errors[13], structures[48].shape),
        REF(service_errors[14], structures[49].shape),
        REF(service_errors[15], structures[50].shape),
        REF(service_errors[16], structures[51].shape),
        REF(service_errors[17], structures[52].shape),
        REF(service_errors[18], structures[72].shape),
        REF(service_errors[19], structures[75].shape),
        REF(service_errors[20], structures[44].shape),
        REF(service_errors[21], structures[78].shape),
        REF(service_errors[22], structures[87].shape),
        REF(service_errors[23], structures[88].shape),
        REF(service_errors[24], structures[96].shape),
        REF(service_errors[25], structures[100].shape),
        REF(service_errors[26], structures[102].shape),
        REF(service_errors[27], structures[103].shape),
        REF(service_errors[28], structures[106].shape),
        REF(service_errors[29], structures[107].shape),
        REF(service_errors[30], structures[109].shape),
        REF(service_errors[31], structures[113].shape),
        REF(service_errors[32], structures[114].shape),
        REF(service_errors[33], structures[115].shape),
    },
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    .pagers = {
#if AWSC_WITH_PAGINATORS
    .paginators = {
        [0] = { /* ListEndpointsByPlatformApplication */
            .name_ref = PREF(paginators[0].name_ref, strings[0]),
            .operation = 18,
            .input_tokens_ref = PREF(paginators[0].input_tokens_ref, input_tokens[0]),
            .output_tokens_ref = PREF(paginators[0].output_tokens_ref, expr_refs[0]),
            .token_count = 1,
            .limit_key = -1,
            .result_keys_ref = PREF(paginators[0].result_keys_ref, expr_refs[1]),
            .result_key_count = 1,
        },
        [1] = { /* ListOriginationNumbers */
            .name_ref = PREF(paginators[1].name_ref, strings[35]),
            .operation = 19,
            .input_tokens_ref = PREF(paginators[1].input_tokens_ref, input_tokens[1]),
            .output_tokens_ref = PREF(paginators[1].output_tokens_ref, expr_refs[2]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[1].result_keys_ref, expr_refs[3]),
            .result_key_count = 1,
        },
        [2] = { /* ListPhoneNumbersOptedOut */
            .name_ref = PREF(paginators[2].name_ref, strings[58]),
            .operation = 20,
            .input_tokens_ref = PREF(paginators[2].input_tokens_ref, input_tokens[2]),
            .output_tokens_ref = PREF(paginators[2].output_tokens_ref, expr_refs[4]),
            .token_count = 1,
            .limit_key = -1,
            .result_keys_ref = PREF(paginators[2].result_keys_ref, expr_refs[5]),
            .result_key_count = 1,
        },
        [3] = { /* ListPlatformApplications */
            .name_ref = PREF(paginators[3].name_ref, strings[83]),
            .operation = 21,
            .input_tokens_ref = PREF(paginators[3].input_tokens_ref, input_tokens[3]),
            .output_tokens_ref = PREF(paginators[3].output_tokens_ref, expr_refs[6]),
            .token_count = 1,
            .limit_key = -1,
            .result_keys_ref = PREF(paginators[3].result_keys_ref, expr_refs[7]),
            .result_key_count = 1,
        },
        [4] = { /* ListSMSSandboxPhoneNumbers */
            .name_ref = PREF(paginators[4].name_ref, strings[108]),
            .operation = 22,
            .input_tokens_ref = PREF(paginators[4].input_tokens_ref, input_tokens[4]),
            .output_tokens_ref = PREF(paginators[4].output_tokens_ref, expr_refs[8]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[4].result_keys_ref, expr_refs[9]),
            .result_key_count = 1,
        },
        [5] = { /* ListSubscriptions */
            .name_ref = PREF(paginators[5].name_ref, strings[135]),
            .operation = 23,
            .input_tokens_ref = PREF(paginators[5].input_tokens_ref, input_tokens[5]),
            .output_tokens_ref = PREF(paginators[5].output_tokens_ref, expr_refs[10]),
            .token_count = 1,
            .limit_key = -1,
            .result_keys_ref = PREF(paginators[5].result_keys_ref, expr_refs[11]),
            .result_key_count = 1,
        },
        [6] = { /* ListSubscriptionsByTopic */
            .name_ref = PREF(paginators[6].name_ref, strings[153]),
            .operation = 24,
            .input_tokens_ref = PREF(paginators[6].input_tokens_ref, input_tokens[6]),
            .output_tokens_ref = PREF(paginators[6].output_tokens_ref, expr_refs[12]),
            .token_count = 1,
            .limit_key = -1,
            .result_keys_ref = PREF(paginators[6].result_keys_ref, expr_refs[13]),
            .result_key_count = 1,
        },
        [7] = { /* ListTopics */
            .name_ref = PREF(paginators[7].name_ref, strings[178]),
            .operation = 26,
            .input_tokens_ref = PREF(paginators[7].input_tokens_ref, input_tokens[7]),
            .output_tokens_ref = PREF(paginators[7].output_tokens_ref, expr_refs[14]),
            .token_count = 1,
            .limit_key = -1,
            .result_keys_ref = PREF(paginators[7].result_keys_ref, expr_refs[15]),
            .result_key_count = 1,
        },
    },
    .input_tokens = {
        1, /* NextToken */
        0, /* NextToken */
        0, /* nextToken */
        0, /* NextToken */
        0, /* NextToken */
        0, /* NextToken */
        1, /* NextToken */
        0, /* NextToken */
    },
    .expr_refs = {
        PREF(expr_refs[0], exprs[0]), /* NextToken */
        PREF(expr_refs[1], exprs[1]), /* Endpoints */
        PREF(expr_refs[2], exprs[2]), /* NextToken */
        PREF(expr_refs[3], exprs[3]), /* PhoneNumbers */
        PREF(expr_refs[4], exprs[4]), /* nextToken */
        PREF(expr_refs[5], exprs[5]), /* phoneNumbers */
        PREF(expr_refs[6], exprs[0]), /* NextToken */
        PREF(expr_refs[7], exprs[6]), /* PlatformApplications */
        PREF(expr_refs[8], exprs[0]), /* NextToken */
        PREF(expr_refs[9], exprs[7]), /* PhoneNumbers */
        PREF(expr_refs[10], exprs[0]), /* NextToken */
        PREF(expr_refs[11], exprs[8]), /* Subscriptions */
        PREF(expr_refs[12], exprs[0]), /* NextToken */
        PREF(expr_refs[13], exprs[8]), /* Subscriptions */
        PREF(expr_refs[14], exprs[0]), /* NextToken */
        PREF(expr_refs[15], exprs[9]), /* Topics */
    },
#endif
    .exprs = {
        {.text_ref = PREF(exprs[0].text_ref, strings[189]), .nodes_ref = PREF(exprs[0].nodes_ref, nodes[0]), .node_count = 1}, /* NextToken */
        {.text_ref = PREF(exprs[1].text_ref, strings[199]), .nodes_ref = PREF(exprs[1].nodes_ref, nodes[1]), .node_count = 1}, /* Endpoints */
        {.text_ref = PREF(exprs[2].text_ref, strings[189]), .nodes_ref = PREF(exprs[2].nodes_ref, nodes[2]), .node_count = 1}, /* NextToken */
        {.text_ref = PREF(exprs[3].text_ref, strings[209]), .nodes_ref = PREF(exprs[3].nodes_ref, nodes[3]), .node_count = 1}, /* PhoneNumbers */
        {.text_ref = PREF(exprs[4].text_ref, strings[222]), .nodes_ref = PREF(exprs[4].nodes_ref, nodes[4]), .node_count = 1}, /* nextToken */
        {.text_ref = PREF(exprs[5].text_ref, strings[232]), .nodes_ref = PREF(exprs[5].nodes_ref, nodes[5]), .node_count = 1}, /* phoneNumbers */
        {.text_ref = PREF(exprs[6].text_ref, strings[245]), .nodes_ref = PREF(exprs[6].nodes_ref, nodes[6]), .node_count = 1}, /* PlatformApplications */
        {.text_ref = PREF(exprs[7].text_ref, strings[209]), .nodes_ref = PREF(exprs[7].nodes_ref, nodes[7]), .node_count = 1}, /* PhoneNumbers */
        {.text_ref = PREF(exprs[8].text_ref, strings[266]), .nodes_ref = PREF(exprs[8].nodes_ref, nodes[8]), .node_count = 1}, /* Subscriptions */
        {.text_ref = PREF(exprs[9].text_ref, strings[280]), .nodes_ref = PREF(exprs[9].nodes_ref, nodes[9]), .node_count = 1}, /* Topics */
    },
    .nodes = {
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[0].string_ref, strings[189])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[1].string_ref, strings[199])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[2].string_ref, strings[189])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[3].string_ref, strings[209])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[4].string_ref, strings[222])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[5].string_ref, strings[232])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[6].string_ref, strings[245])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[7].string_ref, strings[209])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[8].string_ref, strings[266])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[9].string_ref, strings[280])},
    },
    .strings =
        /*      0 */ "ListEndpointsByPlatformApplication\0"
        /*     35 */ "ListOriginationNumbers\0"
        /*     58 */ "ListPhoneNumbersOptedOut\0"
        /*     83 */ "ListPlatformApplications\0"
        /*    108 */ "ListSMSSandboxPhoneNumbers\0"
        /*    135 */ "ListSubscriptions\0"
        /*    153 */ "ListSubscriptionsByTopic\0"
        /*    178 */ "ListTopics\0"
        /*    189 */ "NextToken\0"
        /*    199 */ "Endpoints\0"
        /*    209 */ "PhoneNumbers\0"
        /*    222 */ "nextToken\0"
        /*    232 */ "phoneNumbers\0"
        /*    245 */ "PlatformApplications\0"
        /*    266 */ "Subscriptions\0"
        /*    280 */ "Topics",
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
        .service = 0, /* sns */
        .global_region = AWSC_EP_NONE,
        .param_count = 4,
        .slot_count = 5,
        .rule_count = 3,
        .flags = 0,
    },
    /* Parameters: name, default string (a stringArray's: the first in
     * defaults), default count, type, built-in, flags, default boolean. */
    .params = {
        {520, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_REGION, 0, false}, /* Region */
        {4, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_DUAL_STACK, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseDualStack */
        {17, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_FIPS, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseFIPS */
        {25, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ENDPOINT, 0, false}, /* Endpoint */
    },
    /* The slots' names: parameters, then the variables the rules assign. */
    .slots = {
        520, /* 0: Region */
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
        /* 1 */ AWSC_EP_TREE(1, 9, 21, 1), /* isSet(Region) */
        /* 2 */ AWSC_EP_ERROR(0, 0, 37), /* always */
        /* 3 */ AWSC_EP_ERROR(1, 4, 5), /* booleanEquals(UseFIPS, true) */
        /* 4 */ AWSC_EP_ERROR(1, 7, 8), /* booleanEquals(UseDualStack, true) */
        /* 5 */ AWSC_EP_ENDPOINT(0, 0, 0), /* always */
        /* 6 */ AWSC_EP_ENDPOINT(0, 0, 1), /* always */
        /* 7 */ AWSC_EP_TREE(2, 17, 6, 1), /* booleanEquals(true, PartitionResult#supportsFIPS) && booleanEquals(true, PartitionResu ... */
        /* 8 */ AWSC_EP_ERROR(0, 0, 22), /* always */
        /* 9 */ AWSC_EP_ENDPOINT(1, 26, 2), /* stringEquals(Region, "us-gov-east-1") */
        /* 10 */ AWSC_EP_ENDPOINT(1, 29, 3), /* stringEquals(Region, "us-gov-west-1") */
        /* 11 */ AWSC_EP_ENDPOINT(0, 0, 4), /* always */
        /* 12 */ AWSC_EP_TREE(1, 23, 9, 3), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 13 */ AWSC_EP_ERROR(0, 0, 32), /* always */
        /* 14 */ AWSC_EP_ENDPOINT(0, 0, 5), /* always */
        /* 15 */ AWSC_EP_TREE(1, 18, 14, 1), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 16 */ AWSC_EP_ERROR(0, 0, 35), /* always */
        /* 17 */ AWSC_EP_TREE(2, 11, 7, 2), /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 18 */ AWSC_EP_TREE(1, 4, 12, 2), /* booleanEquals(UseFIPS, true) */
        /* 19 */ AWSC_EP_TREE(1, 7, 15, 2), /* booleanEquals(UseDualStack, true) */
        /* 20 */ AWSC_EP_ENDPOINT(0, 0, 6), /* always */
        /* 21 */ AWSC_EP_TREE(1, 10, 17, 4), /* PartitionResult = aws.partition(Region) */
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
        /* 18 */ AWSC_EP_S(187, 17), /* "https://sns-fips." */
        /* 19 */ AWSC_EP_S(203, 1), /* "." */
        /* 20 */ AWSC_EP_A(13, DUAL_STACK_DNS_SUFFIX), /* PartitionResult#dualStackDnsSuffix */
        /* 21 */ AWSC_EP_T(4, 19), /* "https://sns-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 22 */ AWSC_EP_S(205, 79), /* "FIPS and DualStack are enabled, but this partition does not support one or both" */
        /* 23 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 14), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 24 */ AWSC_EP_S(297, 13), /* "us-gov-east-1" */
        /* 25 */ AWSC_EP_F(STRING_EQUALS, 2, 24), /* stringEquals(Region, "us-gov-east-1") */
        /* 26 */ AWSC_EP_S(285, 39), /* "https://sns.us-gov-east-1.amazonaws.com" */
        /* 27 */ AWSC_EP_S(337, 13), /* "us-gov-west-1" */
        /* 28 */ AWSC_EP_F(STRING_EQUALS, 2, 27), /* stringEquals(Region, "us-gov-west-1") */
        /* 29 */ AWSC_EP_S(325, 39), /* "https://sns.us-gov-west-1.amazonaws.com" */
        /* 30 */ AWSC_EP_A(13, DNS_SUFFIX), /* PartitionResult#dnsSuffix */
        /* 31 */ AWSC_EP_T(4, 30), /* "https://sns-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 32 */ AWSC_EP_S(365, 56), /* "FIPS is enabled but this partition does not support FIPS" */
        /* 33 */ AWSC_EP_S(285, 12), /* "https://sns." */
        /* 34 */ AWSC_EP_T(4, 34), /* "https://sns.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 35 */ AWSC_EP_S(422, 66), /* "DualStack is enabled but this partition does not support DualStack" */
        /* 36 */ AWSC_EP_T(4, 38), /* "https://sns.{Region}.{PartitionResult#dnsSuffix}" */
        /* 37 */ AWSC_EP_S(489, 37), /* "Invalid Configuration: Missing Region" */
    },
    .args = {
        0, 1, 2, 3, 4, 6, 3, 7, 9, 10, 12, 4, 7, 3, 14, 3,
        16, 15, 17, 18, 9, 19, 20, 23, 9, 24, 25, 9, 27, 28, 18, 9,
        19, 30, 33, 9, 19, 20, 33, 9, 19, 30,
    },
    /* Endpoints: URL, properties, headers (an object of arrays in props). */
    .endpoints = {
        /* 0 */ {0, AWSC_EP_NONE, AWSC_EP_NONE}, /* Endpoint */
        /* 1 */ {21, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://sns-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 2 */ {26, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://sns.us-gov-east-1.amazonaws.com" */
        /* 3 */ {29, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://sns.us-gov-west-1.amazonaws.com" */
        /* 4 */ {31, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://sns-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 5 */ {34, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://sns.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 6 */ {36, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://sns.{Region}.{PartitionResult#dnsSuffix}" */
    },
    .strings =
        /*     0 */ "sns\0"
        /*     4 */ "UseDualStack\0"
        /*    17 */ "UseFIPS\0"
        /*    25 */ "Endpoint\0"
        /*    34 */ "Invalid Configuration: FIPS and custom endpoint are not supported\0"
        /*   100 */ "Invalid Configuration: Dualstack and custom endpoint are not supported\0"
        /*   171 */ "PartitionResult\0"
        /*   187 */ "https://sns-fips.\0"
        /*   205 */ "FIPS and DualStack are enabled, but this partition does not support one or both\0"
        /*   285 */ "https://sns.us-gov-east-1.amazonaws.com\0"
        /*   325 */ "https://sns.us-gov-west-1.amazonaws.com\0"
        /*   365 */ "FIPS is enabled but this partition does not support FIPS\0"
        /*   422 */ "DualStack is enabled but this partition does not support DualStack\0"
        /*   489 */ "Invalid Configuration: Missing Region",
    },
    .structures = {
        [0] = { /* AddPermissionInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[0].shape.name_ref, shape_names[12]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_add_permission_input),
            },
            .members_ref = REF(structures[0].members_ref, members[0]),
            .member_count = 4,
        },
        [1] = { /* AuthorizationErrorException */
            .shape = {
                .name_ref = REF(structures[1].shape.name_ref, strings[39]),
                .traits_ref = REF(structures[1].shape.traits_ref, traits[1]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_authorization_error_exception),
            },
            .members_ref = REF(structures[1].members_ref, members[4]),
            .member_count = 1,
        },
        [2] = { /* BatchEntryIdsNotDistinctException */
            .shape = {
                .name_ref = REF(structures[2].shape.name_ref, strings[94]),
                .traits_ref = REF(structures[2].shape.traits_ref, traits[2]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_batch_entry_ids_not_distinct_exception),
            },
            .members_ref = REF(structures[2].members_ref, members[5]),
            .member_count = 1,
        },
        [3] = { /* BatchRequestTooLongException */
            .shape = {
                .name_ref = REF(structures[3].shape.name_ref, strings[153]),
                .traits_ref = REF(structures[3].shape.traits_ref, traits[3]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_batch_request_too_long_exception),
            },
            .members_ref = REF(structures[3].members_ref, members[6]),
            .member_count = 1,
        },
        [4] = { /* BatchResultErrorEntry */
            .shape = {
                .name_ref = SHAPE_NAME(structures[4].shape.name_ref, shape_names[50]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_batch_result_error_entry),
            },
            .members_ref = REF(structures[4].members_ref, members[7]),
            .member_count = 4,
        },
        [5] = { /* CheckIfPhoneNumberIsOptedOutInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[5].shape.name_ref, shape_names[105]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_check_if_phone_number_is_opted_out_input),
            },
            .members_ref = REF(structures[5].members_ref, members[11]),
            .member_count = 1,
        },
        [6] = { /* CheckIfPhoneNumberIsOptedOutResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[6].shape.name_ref, shape_names[139]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_check_if_phone_number_is_opted_out_output),
            },
            .members_ref = REF(structures[6].members_ref, members[12]),
            .member_count = 1,
        },
        [7] = { /* ConcurrentAccessException */
            .shape = {
                .name_ref = REF(structures[7].shape.name_ref, strings[253]),
                .traits_ref = REF(structures[7].shape.traits_ref, traits[4]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_concurrent_access_exception),
            },
            .members_ref = REF(structures[7].members_ref, members[13]),
            .member_count = 1,
        },
        [8] = { /* ConfirmSubscriptionInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[8].shape.name_ref, shape_names[176]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_confirm_subscription_input),
            },
            .members_ref = REF(structures[8].members_ref, members[14]),
            .member_count = 3,
        },
        [9] = { /* ConfirmSubscriptionResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[9].shape.name_ref, shape_names[201]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_confirm_subscription_output),
            },
            .members_ref = REF(structures[9].members_ref, members[17]),
            .member_count = 1,
        },
        [10] = { /* CreateEndpointResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[10].shape.name_ref, shape_names[229]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_create_platform_endpoint_output),
            },
            .members_ref = REF(structures[10].members_ref, members[18]),
            .member_count = 1,
        },
        [11] = { /* CreatePlatformApplicationInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[11].shape.name_ref, shape_names[252]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_create_platform_application_input),
            },
            .members_ref = REF(structures[11].members_ref, members[19]),
            .member_count = 3,
        },
        [12] = { /* CreatePlatformApplicationResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[12].shape.name_ref, shape_names[283]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_create_platform_application_output),
            },
            .members_ref = REF(structures[12].members_ref, members[22]),
            .member_count = 1,
        },
        [13] = { /* CreatePlatformEndpointInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[13].shape.name_ref, shape_names[317]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_create_platform_endpoint_input),
            },
            .members_ref = REF(structures[13].members_ref, members[23]),
            .member_count = 4,
        },
        [14] = { /* CreateSMSSandboxPhoneNumberInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[14].shape.name_ref, shape_names[345]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_create_sms_sandbox_phone_number_input),
            },
            .members_ref = REF(structures[14].members_ref, members[27]),
            .member_count = 2,
        },
        [15] = { /* CreateSMSSandboxPhoneNumberResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[15].shape.name_ref, shape_names[378]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_create_sms_sandbox_phone_number_output),
            },
        },
        [16] = { /* CreateTopicInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[16].shape.name_ref, shape_names[412]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_create_topic_input),
            },
            .members_ref = REF(structures[16].members_ref, members[29]),
            .member_count = 4,
        },
        [17] = { /* CreateTopicResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[17].shape.name_ref, shape_names[429]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_create_topic_output),
            },
            .members_ref = REF(structures[17].members_ref, members[33]),
            .member_count = 1,
        },
        [18] = { /* DeleteEndpointInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[18].shape.name_ref, shape_names[463]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_delete_endpoint_input),
            },
            .members_ref = REF(structures[18].members_ref, members[34]),
            .member_count = 1,
        },
        [19] = { /* DeletePlatformApplicationInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[19].shape.name_ref, shape_names[483]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_delete_platform_application_input),
            },
            .members_ref = REF(structures[19].members_ref, members[35]),
            .member_count = 1,
        },
        [20] = { /* DeleteSMSSandboxPhoneNumberInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[20].shape.name_ref, shape_names[514]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_delete_sms_sandbox_phone_number_input),
            },
            .members_ref = REF(structures[20].members_ref, members[36]),
            .member_count = 1,
        },
        [21] = { /* DeleteSMSSandboxPhoneNumberResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[21].shape.name_ref, shape_names[547]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_delete_sms_sandbox_phone_number_output),
            },
        },
        [22] = { /* DeleteTopicInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[22].shape.name_ref, shape_names[581]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_delete_topic_input),
            },
            .members_ref = REF(structures[22].members_ref, members[37]),
            .member_count = 1,
        },
        [23] = { /* EmptyBatchRequestException */
            .shape = {
                .name_ref = REF(structures[23].shape.name_ref, strings[470]),
                .traits_ref = REF(structures[23].shape.traits_ref, traits[5]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_empty_batch_request_exception),
            },
            .members_ref = REF(structures[23].members_ref, members[38]),
            .member_count = 1,
        },
        [24] = { /* Endpoint */
            .shape = {
                .name_ref = SHAPE_NAME(structures[24].shape.name_ref, shape_names[598]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_endpoint),
            },
            .members_ref = REF(structures[24].members_ref, members[39]),
            .member_count = 2,
        },
        [25] = { /* EndpointDisabledException */
            .shape = {
                .name_ref = REF(structures[25].shape.name_ref, strings[515]),
                .traits_ref = REF(structures[25].shape.traits_ref, traits[6]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_endpoint_disabled_exception),
            },
            .members_ref = REF(structures[25].members_ref, members[41]),
            .member_count = 1,
        },
        [26] = { /* FilterPolicyLimitExceededException */
            .shape = {
                .name_ref = REF(structures[26].shape.name_ref, strings[558]),
                .traits_ref = REF(structures[26].shape.traits_ref, traits[7]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_filter_policy_limit_exceeded_exception),
            },
            .members_ref = REF(structures[26].members_ref, members[42]),
            .member_count = 1,
        },
        [27] = { /* GetDataProtectionPolicyInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[27].shape.name_ref, shape_names[607]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_get_data_protection_policy_input),
            },
            .members_ref = REF(structures[27].members_ref, members[43]),
            .member_count = 1,
        },
        [28] = { /* GetDataProtectionPolicyResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[28].shape.name_ref, shape_names[636]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_get_data_protection_policy_output),
            },
            .members_ref = REF(structures[28].members_ref, members[44]),
            .member_count = 1,
        },
        [29] = { /* GetEndpointAttributesInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[29].shape.name_ref, shape_names[668]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_get_endpoint_attributes_input),
            },
            .members_ref = REF(structures[29].members_ref, members[45]),
            .member_count = 1,
        },
        [30] = { /* GetEndpointAttributesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[30].shape.name_ref, shape_names[695]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_get_endpoint_attributes_output),
            },
            .members_ref = REF(structures[30].members_ref, members[46]),
            .member_count = 1,
        },
        [31] = { /* GetPlatformApplicationAttributesInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[31].shape.name_ref, shape_names[725]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_get_platform_application_attributes_input),
            },
            .members_ref = REF(structures[31].members_ref, members[47]),
            .member_count = 1,
        },
        [32] = { /* GetPlatformApplicationAttributesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[32].shape.name_ref, shape_names[763]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_get_platform_application_attributes_output),
            },
            .members_ref = REF(structures[32].members_ref, members[48]),
            .member_count = 1,
        },
        [33] = { /* GetSMSAttributesInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[33].shape.name_ref, shape_names[804]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_get_sms_attributes_input),
            },
            .members_ref = REF(structures[33].members_ref, members[49]),
            .member_count = 1,
        },
        [34] = { /* GetSMSAttributesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[34].shape.name_ref, shape_names[826]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_get_sms_attributes_output),
            },
            .members_ref = REF(structures[34].members_ref, members[50]),
            .member_count = 1,
        },
        [35] = { /* GetSMSSandboxAccountStatusInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[35].shape.name_ref, shape_names[851]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_get_sms_sandbox_account_status_input),
            },
        },
        [36] = { /* GetSMSSandboxAccountStatusResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[36].shape.name_ref, shape_names[883]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_get_sms_sandbox_account_status_output),
            },
            .members_ref = REF(structures[36].members_ref, members[51]),
            .member_count = 1,
        },
        [37] = { /* GetSubscriptionAttributesInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[37].shape.name_ref, shape_names[916]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_get_subscription_attributes_input),
            },
            .members_ref = REF(structures[37].members_ref, members[52]),
            .member_count = 1,
        },
        [38] = { /* GetSubscriptionAttributesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[38].shape.name_ref, shape_names[947]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_get_subscription_attributes_output),
            },
            .members_ref = REF(structures[38].members_ref, members[53]),
            .member_count = 1,
        },
        [39] = { /* GetTopicAttributesInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[39].shape.name_ref, shape_names[981]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_get_topic_attributes_input),
            },
            .members_ref = REF(structures[39].members_ref, members[54]),
            .member_count = 1,
        },
        [40] = { /* GetTopicAttributesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[40].shape.name_ref, shape_names[1005]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_get_topic_attributes_output),
            },
            .members_ref = REF(structures[40].members_ref, members[55]),
            .member_count = 1,
        },
        [41] = { /* InternalErrorException */
            .shape = {
                .name_ref = REF(structures[41].shape.name_ref, strings[654]),
                .traits_ref = REF(structures[41].shape.traits_ref, traits[8]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sns_internal_error_exception),
            },
            .members_ref = REF(structures[41].members_ref, members[56]),
            .member_count = 1,
        },
        [42] = { /* InvalidBatchEntryIdException */
            .shape = {
                .name_ref = REF(structures[42].shape.name_ref, strings[691]),
                .traits_ref = REF(structures[42].shape.traits_ref, traits[9]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_invalid_batch_entry_id_exception),
            },
            .members_ref = REF(structures[42].members_ref, members[57]),
            .member_count = 1,
        },
        [43] = { /* InvalidParameterException */
            .shape = {
                .name_ref = REF(structures[43].shape.name_ref, strings[740]),
                .traits_ref = REF(structures[43].shape.traits_ref, traits[10]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_invalid_parameter_exception),
            },
            .members_ref = REF(structures[43].members_ref, members[58]),
            .member_count = 1,
        },
        [44] = { /* InvalidParameterValueException */
            .shape = {
                .name_ref = REF(structures[44].shape.name_ref, strings[783]),
                .traits_ref = REF(structures[44].shape.traits_ref, traits[11]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_invalid_parameter_value_exception),
            },
            .members_ref = REF(structures[44].members_ref, members[59]),
            .member_count = 1,
        },
        [45] = { /* InvalidSecurityException */
            .shape = {
                .name_ref = REF(structures[45].shape.name_ref, strings[836]),
                .traits_ref = REF(structures[45].shape.traits_ref, traits[12]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_invalid_security_exception),
            },
            .members_ref = REF(structures[45].members_ref, members[60]),
            .member_count = 1,
        },
        [46] = { /* InvalidStateException */
            .shape = {
                .name_ref = REF(structures[46].shape.name_ref, strings[877]),
                .traits_ref = REF(structures[46].shape.traits_ref, traits[13]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_invalid_state_exception),
            },
            .members_ref = REF(structures[46].members_ref, members[61]),
            .member_count = 1,
        },
        [47] = { /* KMSAccessDeniedException */
            .shape = {
                .name_ref = REF(structures[47].shape.name_ref, strings[912]),
                .traits_ref = REF(structures[47].shape.traits_ref, traits[15]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_kms_access_denied_exception),
            },
            .members_ref = REF(structures[47].members_ref, members[62]),
            .member_count = 1,
        },
        [48] = { /* KMSDisabledException */
            .shape = {
                .name_ref = REF(structures[48].shape.name_ref, strings[953]),
                .traits_ref = REF(structures[48].shape.traits_ref, traits[16]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_kms_disabled_exception),
            },
            .members_ref = REF(structures[48].members_ref, members[63]),
            .member_count = 1,
        },
        [49] = { /* KMSInvalidStateException */
            .shape = {
                .name_ref = REF(structures[49].shape.name_ref, strings[986]),
                .traits_ref = REF(structures[49].shape.traits_ref, traits[17]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_kms_invalid_state_exception),
            },
            .members_ref = REF(structures[49].members_ref, members[64]),
            .member_count = 1,
        },
        [50] = { /* KMSNotFoundException */
            .shape = {
                .name_ref = REF(structures[50].shape.name_ref, strings[1027]),
                .traits_ref = REF(structures[50].shape.traits_ref, traits[18]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_kms_not_found_exception),
            },
            .members_ref = REF(structures[50].members_ref, members[65]),
            .member_count = 1,
        },
        [51] = { /* KMSOptInRequired */
            .shape = {
                .name_ref = REF(structures[51].shape.name_ref, strings[1060]),
                .traits_ref = REF(structures[51].shape.traits_ref, traits[19]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_kms_opt_in_required),
            },
            .members_ref = REF(structures[51].members_ref, members[66]),
            .member_count = 1,
        },
        [52] = { /* KMSThrottlingException */
            .shape = {
                .name_ref = REF(structures[52].shape.name_ref, strings[1077]),
                .traits_ref = REF(structures[52].shape.traits_ref, traits[20]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_kms_throttling_exception),
            },
            .members_ref = REF(structures[52].members_ref, members[67]),
            .member_count = 1,
        },
        [53] = { /* ListEndpointsByPlatformApplicationInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[53].shape.name_ref, shape_names[1067]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_list_endpoints_by_platform_application_input),
            },
            .members_ref = REF(structures[53].members_ref, members[68]),
            .member_count = 2,
        },
        [54] = { /* ListEndpointsByPlatformApplicationResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[54].shape.name_ref, shape_names[1107]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_list_endpoints_by_platform_application_output),
            },
            .members_ref = REF(structures[54].members_ref, members[70]),
            .member_count = 2,
        },
        [55] = { /* ListOriginationNumbersRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[55].shape.name_ref, shape_names[1193]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_list_origination_numbers_input),
            },
            .members_ref = REF(structures[55].members_ref, members[72]),
            .member_count = 2,
        },
        [56] = { /* ListOriginationNumbersResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[56].shape.name_ref, shape_names[1223]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_list_origination_numbers_output),
            },
            .members_ref = REF(structures[56].members_ref, members[74]),
            .member_count = 2,
        },
        [57] = { /* ListPhoneNumbersOptedOutInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[57].shape.name_ref, shape_names[1252]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_list_phone_numbers_opted_out_input),
            },
            .members_ref = REF(structures[57].members_ref, members[76]),
            .member_count = 1,
        },
        [58] = { /* ListPhoneNumbersOptedOutResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[58].shape.name_ref, shape_names[1282]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_list_phone_numbers_opted_out_output),
            },
            .members_ref = REF(structures[58].members_ref, members[77]),
            .member_count = 2,
        },
        [59] = { /* ListPlatformApplicationsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[59].shape.name_ref, shape_names[1315]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_list_platform_applications_input),
            },
            .members_ref = REF(structures[59].members_ref, members[79]),
            .member_count = 1,
        },
        [60] = { /* ListPlatformApplicationsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[60].shape.name_ref, shape_names[1345]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_list_platform_applications_output),
            },
            .members_ref = REF(structures[60].members_ref, members[80]),
            .member_count = 2,
        },
        [61] = { /* ListSMSSandboxPhoneNumbersInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[61].shape.name_ref, shape_names[1378]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_list_sms_sandbox_phone_numbers_input),
            },
            .members_ref = REF(structures[61].members_ref, members[82]),
            .member_count = 2,
        },
        [62] = { /* ListSMSSandboxPhoneNumbersResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[62].shape.name_ref, shape_names[1410]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_list_sms_sandbox_phone_numbers_output),
            },
            .members_ref = REF(structures[62].members_ref, members[84]),
            .member_count = 2,
        },
        [63] = { /* ListSubscriptionsByTopicInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[63].shape.name_ref, shape_names[1454]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_list_subscriptions_by_topic_input),
            },
            .members_ref = REF(structures[63].members_ref, members[86]),
            .member_count = 2,
        },
        [64] = { /* ListSubscriptionsByTopicResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[64].shape.name_ref, shape_names[1484]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_list_subscriptions_by_topic_output),
            },
            .members_ref = REF(structures[64].members_ref, members[88]),
            .member_count = 2,
        },
        [65] = { /* ListSubscriptionsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[65].shape.name_ref, shape_names[1517]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_list_subscriptions_input),
            },
            .members_ref = REF(structures[65].members_ref, members[90]),
            .member_count = 1,
        },
        [66] = { /* ListSubscriptionsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[66].shape.name_ref, shape_names[1540]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_list_subscriptions_output),
            },
            .members_ref = REF(structures[66].members_ref, members[91]),
            .member_count = 2,
        },
        [67] = { /* ListTagsForResourceRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[67].shape.name_ref, shape_names[1566]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_list_tags_for_resource_input),
            },
            .members_ref = REF(structures[67].members_ref, members[93]),
            .member_count = 1,
        },
        [68] = { /* ListTagsForResourceResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[68].shape.name_ref, shape_names[1593]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_list_tags_for_resource_output),
            },
            .members_ref = REF(structures[68].members_ref, members[94]),
            .member_count = 1,
        },
        [69] = { /* ListTopicsInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[69].shape.name_ref, shape_names[1621]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_list_topics_input),
            },
            .members_ref = REF(structures[69].members_ref, members[95]),
            .member_count = 1,
        },
        [70] = { /* ListTopicsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[70].shape.name_ref, shape_names[1637]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_list_topics_output),
            },
            .members_ref = REF(structures[70].members_ref, members[96]),
            .member_count = 2,
        },
        [71] = { /* MessageAttributeValue */
            .shape = {
                .name_ref = SHAPE_NAME(structures[71].shape.name_ref, shape_names[1734]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_message_attribute_value),
            },
            .members_ref = REF(structures[71].members_ref, members[98]),
            .member_count = 3,
        },
        [72] = { /* NotFoundException */
            .shape = {
                .name_ref = REF(structures[72].shape.name_ref, strings[1341]),
                .traits_ref = REF(structures[72].shape.traits_ref, traits[23]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_not_found_exception),
            },
            .members_ref = REF(structures[72].members_ref, members[101]),
            .member_count = 1,
        },
        [73] = { /* OptInPhoneNumberInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[73].shape.name_ref, shape_names[1802]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_opt_in_phone_number_input),
            },
            .members_ref = REF(structures[73].members_ref, members[102]),
            .member_count = 1,
        },
        [74] = { /* OptInPhoneNumberResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[74].shape.name_ref, shape_names[1824]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_opt_in_phone_number_output),
            },
        },
        [75] = { /* OptedOutException */
            .shape = {
                .name_ref = REF(structures[75].shape.name_ref, strings[1382]),
                .traits_ref = REF(structures[75].shape.traits_ref, traits[25]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_opted_out_exception),
            },
            .members_ref = REF(structures[75].members_ref, members[103]),
            .member_count = 1,
        },
        [76] = { /* PhoneNumberInformation */
            .shape = {
                .name_ref = SHAPE_NAME(structures[76].shape.name_ref, shape_names[1861]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_phone_number_information),
            },
            .members_ref = REF(structures[76].members_ref, members[104]),
            .member_count = 6,
        },
        [77] = { /* PlatformApplication */
            .shape = {
                .name_ref = SHAPE_NAME(structures[77].shape.name_ref, shape_names[1945]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_platform_application),
            },
            .members_ref = REF(structures[77].members_ref, members[110]),
            .member_count = 2,
        },
        [78] = { /* PlatformApplicationDisabledException */
            .shape = {
                .name_ref = REF(structures[78].shape.name_ref, strings[1471]),
                .traits_ref = REF(structures[78].shape.traits_ref, traits[27]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_platform_application_disabled_exception),
            },
            .members_ref = REF(structures[78].members_ref, members[112]),
            .member_count = 1,
        },
        [79] = { /* PublishBatchInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[79].shape.name_ref, shape_names[1965]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_publish_batch_input),
            },
            .members_ref = REF(structures[79].members_ref, members[113]),
            .member_count = 2,
        },
        [80] = { /* PublishBatchRequestEntry */
            .shape = {
                .name_ref = SHAPE_NAME(structures[80].shape.name_ref, shape_names[1983]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_publish_batch_request_entry),
            },
            .members_ref = REF(structures[80].members_ref, members[115]),
            .member_count = 7,
        },
        [81] = { /* PublishBatchResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[81].shape.name_ref, shape_names[2037]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_publish_batch_output),
            },
            .members_ref = REF(structures[81].members_ref, members[122]),
            .member_count = 2,
        },
        [82] = { /* PublishBatchResultEntry */
            .shape = {
                .name_ref = SHAPE_NAME(structures[82].shape.name_ref, shape_names[2058]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_publish_batch_result_entry),
            },
            .members_ref = REF(structures[82].members_ref, members[124]),
            .member_count = 3,
        },
        [83] = { /* PublishInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[83].shape.name_ref, shape_names[2110]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_publish_input),
            },
            .members_ref = REF(structures[83].members_ref, members[127]),
            .member_count = 9,
        },
        [84] = { /* PublishResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[84].shape.name_ref, shape_names[2123]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_publish_output),
            },
            .members_ref = REF(structures[84].members_ref, members[136]),
            .member_count = 2,
        },
        [85] = { /* PutDataProtectionPolicyInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[85].shape.name_ref, shape_names[2139]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_put_data_protection_policy_input),
            },
            .members_ref = REF(structures[85].members_ref, members[138]),
            .member_count = 2,
        },
        [86] = { /* RemovePermissionInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[86].shape.name_ref, shape_names[2168]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_remove_permission_input),
            },
            .members_ref = REF(structures[86].members_ref, members[140]),
            .member_count = 2,
        },
        [87] = { /* ReplayLimitExceededException */
            .shape = {
                .name_ref = REF(structures[87].shape.name_ref, strings[1697]),
                .traits_ref = REF(structures[87].shape.traits_ref, traits[28]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_replay_limit_exceeded_exception),
            },
            .members_ref = REF(structures[87].members_ref, members[142]),
            .member_count = 1,
        },
        [88] = { /* ResourceNotFoundException */
            .shape = {
                .name_ref = REF(structures[88].shape.name_ref, strings[1746]),
                .traits_ref = REF(structures[88].shape.traits_ref, traits[29]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_resource_not_found_exception),
            },
            .members_ref = REF(structures[88].members_ref, members[143]),
            .member_count = 1,
        },
        [89] = { /* SMSSandboxPhoneNumber */
            .shape = {
                .name_ref = SHAPE_NAME(structures[89].shape.name_ref, shape_names[2200]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_sms_sandbox_phone_number),
            },
            .members_ref = REF(structures[89].members_ref, members[144]),
            .member_count = 2,
        },
        [90] = { /* SetEndpointAttributesInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[90].shape.name_ref, shape_names[2288]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_set_endpoint_attributes_input),
            },
            .members_ref = REF(structures[90].members_ref, members[146]),
            .member_count = 2,
        },
        [91] = { /* SetPlatformApplicationAttributesInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[91].shape.name_ref, shape_names[2315]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_set_platform_application_attributes_input),
            },
            .members_ref = REF(structures[91].members_ref, members[148]),
            .member_count = 2,
        },
        [92] = { /* SetSMSAttributesInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[92].shape.name_ref, shape_names[2353]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_set_sms_attributes_input),
            },
            .members_ref = REF(structures[92].members_ref, members[150]),
            .member_count = 1,
        },
        [93] = { /* SetSMSAttributesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[93].shape.name_ref, shape_names[2375]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_set_sms_attributes_output),
            },
        },
        [94] = { /* SetSubscriptionAttributesInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[94].shape.name_ref, shape_names[2400]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_set_subscription_attributes_input),
            },
            .members_ref = REF(structures[94].members_ref, members[151]),
            .member_count = 3,
        },
        [95] = { /* SetTopicAttributesInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[95].shape.name_ref, shape_names[2431]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_set_topic_attributes_input),
            },
            .members_ref = REF(structures[95].members_ref, members[154]),
            .member_count = 3,
        },
        [96] = { /* StaleTagException */
            .shape = {
                .name_ref = REF(structures[96].shape.name_ref, strings[1869]),
                .traits_ref = REF(structures[96].shape.traits_ref, traits[30]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_stale_tag_exception),
            },
            .members_ref = REF(structures[96].members_ref, members[157]),
            .member_count = 1,
        },
        [97] = { /* SubscribeInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[97].shape.name_ref, shape_names[2462]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_subscribe_input),
            },
            .members_ref = REF(structures[97].members_ref, members[158]),
            .member_count = 5,
        },
        [98] = { /* SubscribeResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[98].shape.name_ref, shape_names[2477]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_subscribe_output),
            },
            .members_ref = REF(structures[98].members_ref, members[163]),
            .member_count = 1,
        },
        [99] = { /* Subscription */
            .shape = {
                .name_ref = SHAPE_NAME(structures[99].shape.name_ref, shape_names[2495]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_subscription),
            },
            .members_ref = REF(structures[99].members_ref, members[164]),
            .member_count = 5,
        },
        [100] = { /* SubscriptionLimitExceededException */
            .shape = {
                .name_ref = REF(structures[100].shape.name_ref, strings[1942]),
                .traits_ref = REF(structures[100].shape.traits_ref, traits[31]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_subscription_limit_exceeded_exception),
            },
            .members_ref = REF(structures[100].members_ref, members[169]),
            .member_count = 1,
        },
        [101] = { /* Tag */
            .shape = {
                .name_ref = SHAPE_NAME(structures[101].shape.name_ref, shape_names[2552]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_tag),
            },
            .members_ref = REF(structures[101].members_ref, members[170]),
            .member_count = 2,
        },
        [102] = { /* TagLimitExceededException */
            .shape = {
                .name_ref = REF(structures[102].shape.name_ref, strings[2007]),
                .traits_ref = REF(structures[102].shape.traits_ref, traits[33]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_tag_limit_exceeded_exception),
            },
            .members_ref = REF(structures[102].members_ref, members[172]),
            .member_count = 1,
        },
        [103] = { /* TagPolicyException */
            .shape = {
                .name_ref = REF(structures[103].shape.name_ref, strings[2050]),
                .traits_ref = REF(structures[103].shape.traits_ref, traits[34]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_tag_policy_exception),
            },
            .members_ref = REF(structures[103].members_ref, members[173]),
            .member_count = 1,
        },
        [104] = { /* TagResourceRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[104].shape.name_ref, shape_names[2582]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_tag_resource_input),
            },
            .members_ref = REF(structures[104].members_ref, members[174]),
            .member_count = 2,
        },
        [105] = { /* TagResourceResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[105].shape.name_ref, shape_names[2601]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_tag_resource_output),
            },
        },
        [106] = { /* ThrottledException */
            .shape = {
                .name_ref = REF(structures[106].shape.name_ref, strings[2079]),
                .traits_ref = REF(structures[106].shape.traits_ref, traits[36]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_throttled_exception),
            },
            .members_ref = REF(structures[106].members_ref, members[176]),
            .member_count = 1,
        },
        [107] = { /* TooManyEntriesInBatchRequestException */
            .shape = {
                .name_ref = REF(structures[107].shape.name_ref, strings[2108]),
                .traits_ref = REF(structures[107].shape.traits_ref, traits[37]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_too_many_entries_in_batch_request_exception),
            },
            .members_ref = REF(structures[107].members_ref, members[177]),
            .member_count = 1,
        },
        [108] = { /* Topic */
            .shape = {
                .name_ref = SHAPE_NAME(structures[108].shape.name_ref, shape_names[2640]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_topic),
            },
            .members_ref = REF(structures[108].members_ref, members[178]),
            .member_count = 1,
        },
        [109] = { /* TopicLimitExceededException */
            .shape = {
                .name_ref = REF(structures[109].shape.name_ref, strings[2175]),
                .traits_ref = REF(structures[109].shape.traits_ref, traits[38]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_topic_limit_exceeded_exception),
            },
            .members_ref = REF(structures[109].members_ref, members[179]),
            .member_count = 1,
        },
        [110] = { /* UnsubscribeInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[110].shape.name_ref, shape_names[2676]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_unsubscribe_input),
            },
            .members_ref = REF(structures[110].members_ref, members[180]),
            .member_count = 1,
        },
        [111] = { /* UntagResourceRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[111].shape.name_ref, shape_names[2693]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_untag_resource_input),
            },
            .members_ref = REF(structures[111].members_ref, members[181]),
            .member_count = 2,
        },
        [112] = { /* UntagResourceResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[112].shape.name_ref, shape_names[2714]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_untag_resource_output),
            },
        },
        [113] = { /* UserErrorException */
            .shape = {
                .name_ref = REF(structures[113].shape.name_ref, strings[2230]),
                .traits_ref = REF(structures[113].shape.traits_ref, traits[39]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_user_error_exception),
            },
            .members_ref = REF(structures[113].members_ref, members[183]),
            .member_count = 1,
        },
        [114] = { /* ValidationException */
            .shape = {
                .name_ref = REF(structures[114].shape.name_ref, strings[2259]),
                .traits_ref = REF(structures[114].shape.traits_ref, traits[40]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sns_validation_exception),
            },
            .members_ref = REF(structures[114].members_ref, members[184]),
            .member_count = 1,
        },
        [115] = { /* VerificationException */
            .shape = {
                .name_ref = REF(structures[115].shape.name_ref, strings[2279]),
                .traits_ref = REF(structures[115].shape.traits_ref, traits[41]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sns_verification_exception),
            },
            .members_ref = REF(structures[115].members_ref, members[185]),
            .member_count = 2,
        },
        [116] = { /* VerifySMSSandboxPhoneNumberInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[116].shape.name_ref, shape_names[2736]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_verify_sms_sandbox_phone_number_input),
            },
            .members_ref = REF(structures[116].members_ref, members[187]),
            .member_count = 2,
        },
        [117] = { /* VerifySMSSandboxPhoneNumberResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[117].shape.name_ref, shape_names[2769]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sns_verify_sms_sandbox_phone_number_output),
            },
        },
    },
    .collections = {
        [0] = { /* ActionsList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[0].shape.name_ref, shape_names[0]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sns_tag_key_list),
            },
            .item_ref = REF(collections[0].item_ref, scalars[13]),
        },
        [1] = { /* BatchResultErrorEntryList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[1].shape.name_ref, shape_names[72]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sns_batch_result_error_entry_list),
            },
            .item_ref = REF(collections[1].item_ref, structures[4].shape),
        },
        [2] = { /* DelegatesList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[2].shape.name_ref, shape_names[449]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sns_tag_key_list),
            },
            .item_ref = REF(collections[2].item_ref, scalars[18]),
        },
        [3] = { /* ListOfEndpoints */
            .shape = {
                .name_ref = SHAPE_NAME(collections[3].shape.name_ref, shape_names[1150]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sns_list_of_endpoints),
            },
            .item_ref = REF(collections[3].item_ref, structures[24].shape),
        },
        [4] = { /* ListOfPlatformApplications */
            .shape = {
                .name_ref = SHAPE_NAME(collections[4].shape.name_ref, shape_names[1166]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sns_list_of_platform_applications),
            },
            .item_ref = REF(collections[4].item_ref, structures[77].shape),
        },
        [5] = { /* ListString */
            .shape = {
                .name_ref = SHAPE_NAME(collections[5].shape.name_ref, shape_names[1443]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sns_tag_key_list),
            },
            .item_ref = REF(collections[5].item_ref, scalars[8]),
        },
        [6] = { /* MapStringToString */
            .shape = {
                .name_ref = SHAPE_NAME(collections[6].shape.name_ref, shape_names[1656]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_sns_topic_attributes_map),
            },
            .item_ref = REF(collections[6].item_ref, scalars[8]),
            .key_ref = REF(collections[6].key_ref, scalars[8]),
            .value_offset = offsetof(struct awsc_sns_topic_attributes_map_entry, value),
            .entry_size = sizeof(struct awsc_sns_topic_attributes_map_entry),
        },
        [7] = { /* MessageAttributeMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[7].shape.name_ref, shape_names[1714]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_sns_message_attribute_map),
            },
            .item_ref = REF(collections[7].item_ref, structures[71].shape),
            .xml_refs_ref = REF(collections[7].xml_refs_ref, xml_refs[0]),
            .key_ref = REF(collections[7].key_ref, scalars[8]),
            .value_offset = offsetof(struct awsc_sns_message_attribute_map_entry, value),
            .entry_size = sizeof(struct awsc_sns_message_attribute_map_entry),
        },
        [8] = { /* NumberCapabilityList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[8].shape.name_ref, shape_names[1773]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sns_tag_key_list),
            },
            .item_ref = REF(collections[8].item_ref, enums[1].shape),
        },
        [9] = { /* PhoneNumberInformationList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[9].shape.name_ref, shape_names[1884]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sns_phone_number_information_list),
            },
            .item_ref = REF(collections[9].item_ref, structures[76].shape),
        },
        [10] = { /* PhoneNumberList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[10].shape.name_ref, shape_names[1911]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sns_tag_key_list),
            },
            .item_ref = REF(collections[10].item_ref, scalars[6]),
        },
        [11] = { /* PublishBatchRequestEntryList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[11].shape.name_ref, shape_names[2008]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sns_publish_batch_request_entry_list),
            },
            .item_ref = REF(collections[11].item_ref, structures[80].shape),
        },
        [12] = { /* PublishBatchResultEntryList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[12].shape.name_ref, shape_names[2082]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sns_publish_batch_result_entry_list),
            },
            .item_ref = REF(collections[12].item_ref, structures[82].shape),
        },
        [13] = { /* SMSSandboxPhoneNumberList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[13].shape.name_ref, shape_names[2222]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sns_sms_sandbox_phone_number_list),
            },
            .item_ref = REF(collections[13].item_ref, structures[89].shape),
        },
        [14] = { /* SubscriptionAttributesMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[14].shape.name_ref, shape_names[2508]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_sns_topic_attributes_map),
            },
            .item_ref = REF(collections[14].item_ref, scalars[15]),
            .key_ref = REF(collections[14].key_ref, scalars[14]),
            .value_offset = offsetof(struct awsc_sns_topic_attributes_map_entry, value),
            .entry_size = sizeof(struct awsc_sns_topic_attributes_map_entry),
        },
        [15] = { /* SubscriptionsList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[15].shape.name_ref, shape_names[2534]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sns_subscriptions_list),
            },
            .item_ref = REF(collections[15].item_ref, structures[99].shape),
        },
        [16] = { /* TagKeyList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[16].shape.name_ref, shape_names[2563]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sns_tag_key_list),
            },
            .item_ref = REF(collections[16].item_ref, scalars[9]),
        },
        [17] = { /* TagList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[17].shape.name_ref, shape_names[2574]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sns_tag_list),
            },
            .item_ref = REF(collections[17].item_ref, structures[101].shape),
        },
        [18] = { /* TopicAttributesMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[18].shape.name_ref, shape_names[2646]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_sns_topic_attributes_map),
            },
            .item_ref = REF(collections[18].item_ref, scalars[15]),
            .key_ref = REF(collections[18].key_ref, scalars[14]),
            .value_offset = offsetof(struct awsc_sns_topic_attributes_map_entry, value),
            .entry_size = sizeof(struct awsc_sns_topic_attributes_map_entry),
        },
        [19] = { /* TopicsList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[19].shape.name_ref, shape_names[2665]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sns_topics_list),
            },
            .item_ref = REF(collections[19].item_ref, structures[108].shape),
        },
    },
    .enums = {
        [0] = { /* LanguageCodeString */
            .shape = {
                .name_ref = SHAPE_NAME(enums[0].shape.name_ref, shape_names[1048]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[0].enum_values_ref, strings[1114]),
            .enum_count = 13,
        },
        [1] = { /* NumberCapability */
            .shape = {
                .name_ref = SHAPE_NAME(enums[1].shape.name_ref, shape_names[1756]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[1].enum_values_ref, strings[1368]),
            .enum_count = 3,
        },
        [2] = { /* RouteType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[2].shape.name_ref, shape_names[2190]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[2].enum_values_ref, strings[1789]),
            .enum_count = 3,
        },
        [3] = { /* SMSSandboxPhoneNumberVerificationStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[3].shape.name_ref, shape_names[2248]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[3].enum_values_ref, strings[1823]),
            .enum_count = 2,
        },
    },
    .scalars = {
        [0] = { /* AmazonResourceName */
            .name_ref = SHAPE_NAME(scalars[0].name_ref, shape_names[31]),
            .traits_ref = REF(scalars[0].traits_ref, traits[0]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [1] = { /* Binary */
            .name_ref = SHAPE_NAME(scalars[1].name_ref, shape_names[98]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [2] = { /* Iso2CountryCode */
            .name_ref = SHAPE_NAME(scalars[2].name_ref, shape_names[1032]),
            .traits_ref = REF(scalars[2].traits_ref, traits[14]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [3] = { /* MaxItems */
            .name_ref = SHAPE_NAME(scalars[3].name_ref, shape_names[1674]),
            .traits_ref = REF(scalars[3].traits_ref, traits[21]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [4] = { /* MaxItemsListOriginationNumbers */
            .name_ref = SHAPE_NAME(scalars[4].name_ref, shape_names[1683]),
            .traits_ref = REF(scalars[4].traits_ref, traits[22]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [5] = { /* OTPCode */
            .name_ref = SHAPE_NAME(scalars[5].name_ref, shape_names[1794]),
            .traits_ref = REF(scalars[5].traits_ref, traits[24]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [6] = { /* PhoneNumber */
            .name_ref = SHAPE_NAME(scalars[6].name_ref, shape_names[1849]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [7] = { /* PhoneNumberString */
            .name_ref = SHAPE_NAME(scalars[7].name_ref, shape_names[1927]),
            .traits_ref = REF(scalars[7].traits_ref, traits[26]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [8] = { /* String */
            .name_ref = SHAPE_NAME(scalars[8].name_ref, shape_names[2455]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [9] = { /* TagKey */
            .name_ref = SHAPE_NAME(scalars[9].name_ref, shape_names[2556]),
            .traits_ref = REF(scalars[9].traits_ref, traits[32]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [10] = { /* TagValue */
            .name_ref = SHAPE_NAME(scalars[10].name_ref, shape_names[2621]),
            .traits_ref = REF(scalars[10].traits_ref, traits[35]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [11] = { /* Timestamp */
            .name_ref = SHAPE_NAME(scalars[11].name_ref, shape_names[2630]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [12] = { /* account */
            .name_ref = SHAPE_NAME(scalars[12].name_ref, shape_names[2803]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [13] = { /* action */
            .name_ref = SHAPE_NAME(scalars[13].name_ref, shape_names[2811]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [14] = { /* attributeName */
            .name_ref = SHAPE_NAME(scalars[14].name_ref, shape_names[2818]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [15] = { /* attributeValue */
            .name_ref = SHAPE_NAME(scalars[15].name_ref, shape_names[2832]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [16] = { /* authenticateOnUnsubscribe */
            .name_ref = SHAPE_NAME(scalars[16].name_ref, shape_names[2847]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [17] = { /* boolean */
            .name_ref = SHAPE_NAME(scalars[17].name_ref, shape_names[2873]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [18] = { /* delegate */
            .name_ref = SHAPE_NAME(scalars[18].name_ref, shape_names[2881]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [19] = { /* endpoint */
            .name_ref = SHAPE_NAME(scalars[19].name_ref, shape_names[2890]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [20] = { /* label */
            .name_ref = SHAPE_NAME(scalars[20].name_ref, shape_names[2899]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [21] = { /* message */
            .name_ref = SHAPE_NAME(scalars[21].name_ref, shape_names[2905]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [22] = { /* messageId */
            .name_ref = SHAPE_NAME(scalars[22].name_ref, shape_names[2913]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [23] = { /* messageStructure */
            .name_ref = SHAPE_NAME(scalars[23].name_ref, shape_names[2923]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [24] = { /* nextToken */
            .name_ref = SHAPE_NAME(scalars[24].name_ref, shape_names[2940]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [25] = { /* protocol */
            .name_ref = SHAPE_NAME(scalars[25].name_ref, shape_names[2950]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [26] = { /* string */
            .name_ref = SHAPE_NAME(scalars[26].name_ref, shape_names[2959]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [27] = { /* subject */
            .name_ref = SHAPE_NAME(scalars[27].name_ref, shape_names[2966]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [28] = { /* subscriptionARN */
            .name_ref = SHAPE_NAME(scalars[28].name_ref, shape_names[2974]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [29] = { /* token */
            .name_ref = SHAPE_NAME(scalars[29].name_ref, shape_names[2990]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [30] = { /* topicARN */
            .name_ref = SHAPE_NAME(scalars[30].name_ref, shape_names[2996]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [31] = { /* topicName */
            .name_ref = SHAPE_NAME(scalars[31].name_ref, shape_names[3005]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
    },
    /* the shapes' rarer traits: ranges, XML names and namespaces, payload
     * members, errors' codes and statuses, sinks */
    .traits = {
        [0] = { /* AmazonResourceName */
            .range_ref = REF(traits[0].range_ref, ranges[0]),
        },
        [1] = { /* AuthorizationErrorException */
            .error_code_ref = REF(traits[1].error_code_ref, strings[75]),
            .http_status = 403,
        },
        [2] = { /* BatchEntryIdsNotDistinctException */
            .error_code_ref = REF(traits[2].error_code_ref, strings[128]),
            .http_status = 400,
        },
        [3] = { /* BatchRequestTooLongException */
            .error_code_ref = REF(traits[3].error_code_ref, strings[182]),
            .http_status = 400,
        },
        [4] = { /* ConcurrentAccessException */
            .error_code_ref = REF(traits[4].error_code_ref, strings[279]),
            .http_status = 400,
        },
        [5] = { /* EmptyBatchRequestException */
            .error_code_ref = REF(traits[5].error_code_ref, strings[497]),
            .http_status = 400,
        },
        [6] = { /* EndpointDisabledException */
            .error_code_ref = REF(traits[6].error_code_ref, strings[541]),
            .http_status = 400,
        },
        [7] = { /* FilterPolicyLimitExceededException */
            .error_code_ref = REF(traits[7].error_code_ref, strings[593]),
            .http_status = 403,
        },
        [8] = { /* InternalErrorException */
            .error_code_ref = REF(traits[8].error_code_ref, strings[677]),
            .http_status = 500,
        },
        [9] = { /* InvalidBatchEntryIdException */
            .error_code_ref = REF(traits[9].error_code_ref, strings[720]),
            .http_status = 400,
        },
        [10] = { /* InvalidParameterException */
            .error_code_ref = REF(traits[10].error_code_ref, strings[766]),
            .http_status = 400,
        },
        [11] = { /* InvalidParameterValueException */
            .error_code_ref = REF(traits[11].error_code_ref, strings[814]),
            .http_status = 400,
        },
        [12] = { /* InvalidSecurityException */
            .error_code_ref = REF(traits[12].error_code_ref, strings[861]),
            .http_status = 403,
        },
        [13] = { /* InvalidStateException */
            .error_code_ref = REF(traits[13].error_code_ref, strings[899]),
            .http_status = 400,
        },
        [14] = { /* Iso2CountryCode */
            .range_ref = REF(traits[14].range_ref, ranges[1]),
        },
        [15] = { /* KMSAccessDeniedException */
            .error_code_ref = REF(traits[15].error_code_ref, strings[937]),
            .http_status = 400,
        },
        [16] = { /* KMSDisabledException */
            .error_code_ref = REF(traits[16].error_code_ref, strings[974]),
            .http_status = 400,
        },
        [17] = { /* KMSInvalidStateException */
            .error_code_ref = REF(traits[17].error_code_ref, strings[1011]),
            .http_status = 400,
        },
        [18] = { /* KMSNotFoundException */
            .error_code_ref = REF(traits[18].error_code_ref, strings[1048]),
            .http_status = 400,
        },
        [19] = { /* KMSOptInRequired */
            .error_code_ref = REF(traits[19].error_code_ref, strings[1060]),
            .http_status = 403,
        },
        [20] = { /* KMSThrottlingException */
            .error_code_ref = REF(traits[20].error_code_ref, strings[1100]),
            .http_status = 400,
        },
        [21] = { /* MaxItems */
            .range_ref = REF(traits[21].range_ref, ranges[2]),
        },
        [22] = { /* MaxItemsListOriginationNumbers */
            .range_ref = REF(traits[22].range_ref, ranges[3]),
        },
        [23] = { /* NotFoundException */
            .error_code_ref = REF(traits[23].error_code_ref, strings[1359]),
            .http_status = 404,
        },
        [24] = { /* OTPCode */
            .range_ref = REF(traits[24].range_ref, ranges[4]),
        },
        [25] = { /* OptedOutException */
            .error_code_ref = REF(traits[25].error_code_ref, strings[1400]),
            .http_status = 400,
        },
        [26] = { /* PhoneNumberString */
            .range_ref = REF(traits[26].range_ref, ranges[5]),
        },
        [27] = { /* PlatformApplicationDisabledException */
            .error_code_ref = REF(traits[27].error_code_ref, strings[1508]),
            .http_status = 400,
        },
        [28] = { /* ReplayLimitExceededException */
            .error_code_ref = REF(traits[28].error_code_ref, strings[1726]),
            .http_status = 403,
        },
        [29] = { /* ResourceNotFoundException */
            .error_code_ref = REF(traits[29].error_code_ref, strings[1772]),
            .http_status = 404,
        },
        [30] = { /* StaleTagException */
            .error_code_ref = REF(traits[30].error_code_ref, strings[1887]),
            .http_status = 400,
        },
        [31] = { /* SubscriptionLimitExceededException */
            .error_code_ref = REF(traits[31].error_code_ref, strings[1977]),
            .http_status = 403,
        },
        [32] = { /* TagKey */
            .range_ref = REF(traits[32].range_ref, ranges[6]),
        },
        [33] = { /* TagLimitExceededException */
            .error_code_ref = REF(traits[33].error_code_ref, strings[2033]),
            .http_status = 400,
        },
        [34] = { /* TagPolicyException */
            .error_code_ref = REF(traits[34].error_code_ref, strings[2069]),
            .http_status = 400,
        },
        [35] = { /* TagValue */
            .range_ref = REF(traits[35].range_ref, ranges[7]),
        },
        [36] = { /* ThrottledException */
            .error_code_ref = REF(traits[36].error_code_ref, strings[2098]),
            .http_status = 429,
        },
        [37] = { /* TooManyEntriesInBatchRequestException */
            .error_code_ref = REF(traits[37].error_code_ref, strings[2146]),
            .http_status = 400,
        },
        [38] = { /* TopicLimitExceededException */
            .error_code_ref = REF(traits[38].error_code_ref, strings[2203]),
            .http_status = 403,
        },
        [39] = { /* UserErrorException */
            .error_code_ref = REF(traits[39].error_code_ref, strings[2249]),
            .http_status = 400,
        },
        [40] = { /* ValidationException */
            .error_code_ref = REF(traits[40].error_code_ref, strings[2259]),
            .http_status = 400,
        },
        [41] = { /* VerificationException */
            .error_code_ref = REF(traits[41].error_code_ref, strings[2279]),
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * location, timestamp format, shape, has_ flag (how far before the
     * value), offset (of the C member), flags */
    .members = {
        [0] = {MREF(0, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(0, scalars[30]), 0, offsetof(struct awsc_sns_add_permission_input, topic_arn), AWSC_MF_REQUIRED}, /* AddPermissionInput.TopicArn: topicARN */
        [1] = {MREF(1, strings[9]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1, scalars[20]), 0, offsetof(struct awsc_sns_add_permission_input, label), AWSC_MF_REQUIRED}, /* AddPermissionInput.Label: label */
        [2] = {MREF(2, strings[15]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(2, collections[2].shape), 0, offsetof(struct awsc_sns_add_permission_input, aws_account_id), AWSC_MF_REQUIRED}, /* AddPermissionInput.AWSAccountId: DelegatesList */
        [3] = {MREF(3, strings[28]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(3, collections[0].shape), 0, offsetof(struct awsc_sns_add_permission_input, action_name), AWSC_MF_REQUIRED}, /* AddPermissionInput.ActionName: ActionsList */
        [4] = {MREF(4, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(4, scalars[26]), 0, offsetof(struct awsc_sns_authorization_error_exception, message), 0}, /* AuthorizationErrorException.message: string */
        [5] = {MREF(5, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(5, scalars[26]), 0, offsetof(struct awsc_sns_batch_entry_ids_not_distinct_exception, message), 0}, /* BatchEntryIdsNotDistinctException.message: string */
        [6] = {MREF(6, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(6, scalars[26]), 0, offsetof(struct awsc_sns_batch_request_too_long_exception, message), 0}, /* BatchRequestTooLongException.message: string */
        [7] = {MREF(7, strings[202]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(7, scalars[8]), 0, offsetof(struct awsc_sns_batch_result_error_entry, id), AWSC_MF_REQUIRED}, /* BatchResultErrorEntry.Id: String */
        [8] = {MREF(8, strings[205]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(8, scalars[8]), 0, offsetof(struct awsc_sns_batch_result_error_entry, code), AWSC_MF_REQUIRED}, /* BatchResultErrorEntry.Code: String */
        [9] = {MREF(9, strings[210]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(9, scalars[8]), 0, offsetof(struct awsc_sns_batch_result_error_entry, message), 0}, /* BatchResultErrorEntry.Message: String */
        [10] = {MREF(10, strings[218]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(10, scalars[17]), AWSC_MEMBER_HAS(struct awsc_sns_batch_result_error_entry, sender_fault, has_sender_fault), offsetof(struct awsc_sns_batch_result_error_entry, sender_fault), AWSC_MF_REQUIRED}, /* BatchResultErrorEntry.SenderFault: boolean */
        [11] = {MREF(11, strings[230]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(11, scalars[6]), 0, offsetof(struct awsc_sns_check_if_phone_number_is_opted_out_input, phone_number), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE}, /* CheckIfPhoneNumberIsOptedOutInput.phoneNumber: PhoneNumber */
        [12] = {MREF(12, strings[242]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(12, scalars[17]), AWSC_MEMBER_HAS(struct awsc_sns_check_if_phone_number_is_opted_out_output, is_opted_out, has_is_opted_out), offsetof(struct awsc_sns_check_if_phone_number_is_opted_out_output, is_opted_out), 0}, /* CheckIfPhoneNumberIsOptedOutResponse.isOptedOut: boolean */
        [13] = {MREF(13, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(13, scalars[26]), 0, offsetof(struct awsc_sns_concurrent_access_exception, message), 0}, /* ConcurrentAccessException.message: string */
        [14] = {MREF(14, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(14, scalars[30]), 0, offsetof(struct awsc_sns_confirm_subscription_input, topic_arn), AWSC_MF_REQUIRED}, /* ConfirmSubscriptionInput.TopicArn: topicARN */
        [15] = {MREF(15, strings[296]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(15, scalars[29]), 0, offsetof(struct awsc_sns_confirm_subscription_input, token), AWSC_MF_REQUIRED}, /* ConfirmSubscriptionInput.Token: token */
        [16] = {MREF(16, strings[302]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(16, scalars[16]), 0, offsetof(struct awsc_sns_confirm_subscription_input, authenticate_on_unsubscribe), 0}, /* ConfirmSubscriptionInput.AuthenticateOnUnsubscribe: authenticateOnUnsubscribe */
        [17] = {MREF(17, strings[328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(17, scalars[28]), 0, offsetof(struct awsc_sns_confirm_subscription_output, subscription_arn), 0}, /* ConfirmSubscriptionResponse.SubscriptionArn: subscriptionARN */
        [18] = {MREF(18, strings[344]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(18, scalars[8]), 0, offsetof(struct awsc_sns_create_platform_endpoint_output, endpoint_arn), 0}, /* CreateEndpointResponse.EndpointArn: String */
        [19] = {MREF(19, strings[356]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(19, scalars[8]), 0, offsetof(struct awsc_sns_create_platform_application_input, name), AWSC_MF_REQUIRED}, /* CreatePlatformApplicationInput.Name: String */
        [20] = {MREF(20, strings[361]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(20, scalars[8]), 0, offsetof(struct awsc_sns_create_platform_application_input, platform), AWSC_MF_REQUIRED}, /* CreatePlatformApplicationInput.Platform: String */
        [21] = {MREF(21, strings[370]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(21, collections[6].shape), 0, offsetof(struct awsc_sns_create_platform_application_input, attributes), AWSC_MF_REQUIRED}, /* CreatePlatformApplicationInput.Attributes: MapStringToString */
        [22] = {MREF(22, strings[381]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(22, scalars[8]), 0, offsetof(struct awsc_sns_create_platform_application_output, platform_application_arn), 0}, /* CreatePlatformApplicationResponse.PlatformApplicationArn: String */
        [23] = {MREF(23, strings[381]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(23, scalars[8]), 0, offsetof(struct awsc_sns_create_platform_endpoint_input, platform_application_arn), AWSC_MF_REQUIRED}, /* CreatePlatformEndpointInput.PlatformApplicationArn: String */
        [24] = {MREF(24, strings[296]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(24, scalars[8]), 0, offsetof(struct awsc_sns_create_platform_endpoint_input, token), AWSC_MF_REQUIRED}, /* CreatePlatformEndpointInput.Token: String */
        [25] = {MREF(25, strings[404]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(25, scalars[8]), 0, offsetof(struct awsc_sns_create_platform_endpoint_input, custom_user_data), 0}, /* CreatePlatformEndpointInput.CustomUserData: String */
        [26] = {MREF(26, strings[370]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(26, collections[6].shape), 0, offsetof(struct awsc_sns_create_platform_endpoint_input, attributes), 0}, /* CreatePlatformEndpointInput.Attributes: MapStringToString */
        [27] = {MREF(27, strings[419]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(27, scalars[7]), 0, offsetof(struct awsc_sns_create_sms_sandbox_phone_number_input, phone_number), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE}, /* CreateSMSSandboxPhoneNumberInput.PhoneNumber: PhoneNumberString */
        [28] = {MREF(28, strings[431]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(28, enums[0].shape), 0, offsetof(struct awsc_sns_create_sms_sandbox_phone_number_input, language_code), 0}, /* CreateSMSSandboxPhoneNumberInput.LanguageCode: LanguageCodeString */
        [29] = {MREF(29, strings[356]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(29, scalars[31]), 0, offsetof(struct awsc_sns_create_topic_input, name), AWSC_MF_REQUIRED}, /* CreateTopicInput.Name: topicName */
        [30] = {MREF(30, strings[370]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(30, collections[18].shape), 0, offsetof(struct awsc_sns_create_topic_input, attributes), 0}, /* CreateTopicInput.Attributes: TopicAttributesMap */
        [31] = {MREF(31, strings[444]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(31, collections[17].shape), 0, offsetof(struct awsc_sns_create_topic_input, tags), 0}, /* CreateTopicInput.Tags: TagList */
        [32] = {MREF(32, strings[449]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(32, scalars[15]), 0, offsetof(struct awsc_sns_create_topic_input, data_protection_policy), 0}, /* CreateTopicInput.DataProtectionPolicy: attributeValue */
        [33] = {MREF(33, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(33, scalars[30]), 0, offsetof(struct awsc_sns_create_topic_output, topic_arn), 0}, /* CreateTopicResponse.TopicArn: topicARN */
        [34] = {MREF(34, strings[344]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(34, scalars[8]), 0, offsetof(struct awsc_sns_delete_endpoint_input, endpoint_arn), AWSC_MF_REQUIRED}, /* DeleteEndpointInput.EndpointArn: String */
        [35] = {MREF(35, strings[381]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(35, scalars[8]), 0, offsetof(struct awsc_sns_delete_platform_application_input, platform_application_arn), AWSC_MF_REQUIRED}, /* DeletePlatformApplicationInput.PlatformApplicationArn: String */
        [36] = {MREF(36, strings[419]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(36, scalars[7]), 0, offsetof(struct awsc_sns_delete_sms_sandbox_phone_number_input, phone_number), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE}, /* DeleteSMSSandboxPhoneNumberInput.PhoneNumber: PhoneNumberString */
        [37] = {MREF(37, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(37, scalars[30]), 0, offsetof(struct awsc_sns_delete_topic_input, topic_arn), AWSC_MF_REQUIRED}, /* DeleteTopicInput.TopicArn: topicARN */
        [38] = {MREF(38, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(38, scalars[26]), 0, offsetof(struct awsc_sns_empty_batch_request_exception, message), 0}, /* EmptyBatchRequestException.message: string */
        [39] = {MREF(39, strings[344]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(39, scalars[8]), 0, offsetof(struct awsc_sns_endpoint, endpoint_arn), 0}, /* Endpoint.EndpointArn: String */
        [40] = {MREF(40, strings[370]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(40, collections[6].shape), 0, offsetof(struct awsc_sns_endpoint, attributes), 0}, /* Endpoint.Attributes: MapStringToString */
        [41] = {MREF(41, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(41, scalars[26]), 0, offsetof(struct awsc_sns_endpoint_disabled_exception, message), 0}, /* EndpointDisabledException.message: string */
        [42] = {MREF(42, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(42, scalars[26]), 0, offsetof(struct awsc_sns_filter_policy_limit_exceeded_exception, message), 0}, /* FilterPolicyLimitExceededException.message: string */
        [43] = {MREF(43, strings[619]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(43, scalars[30]), 0, offsetof(struct awsc_sns_get_data_protection_policy_input, resource_arn), AWSC_MF_REQUIRED}, /* GetDataProtectionPolicyInput.ResourceArn: topicARN */
        [44] = {MREF(44, strings[449]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(44, scalars[15]), 0, offsetof(struct awsc_sns_get_data_protection_policy_output, data_protection_policy), 0}, /* GetDataProtectionPolicyResponse.DataProtectionPolicy: attributeValue */
        [45] = {MREF(45, strings[344]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(45, scalars[8]), 0, offsetof(struct awsc_sns_get_endpoint_attributes_input, endpoint_arn), AWSC_MF_REQUIRED}, /* GetEndpointAttributesInput.EndpointArn: String */
        [46] = {MREF(46, strings[370]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(46, collections[6].shape), 0, offsetof(struct awsc_sns_get_endpoint_attributes_output, attributes), 0}, /* GetEndpointAttributesResponse.Attributes: MapStringToString */
        [47] = {MREF(47, strings[381]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(47, scalars[8]), 0, offsetof(struct awsc_sns_get_platform_application_attributes_input, platform_application_arn), AWSC_MF_REQUIRED}, /* GetPlatformApplicationAttributesInput.PlatformApplicationArn: String */
        [48] = {MREF(48, strings[370]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(48, collections[6].shape), 0, offsetof(struct awsc_sns_get_platform_application_attributes_output, attributes), 0}, /* GetPlatformApplicationAttributesResponse.Attributes: MapStringToString */
        [49] = {MREF(49, strings[631]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(49, collections[5].shape), 0, offsetof(struct awsc_sns_get_sms_attributes_input, attributes), 0}, /* GetSMSAttributesInput.attributes: ListString */
        [50] = {MREF(50, strings[631]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(50, collections[6].shape), 0, offsetof(struct awsc_sns_get_sms_attributes_output, attributes), 0}, /* GetSMSAttributesResponse.attributes: MapStringToString */
        [51] = {MREF(51, strings[642]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(51, scalars[17]), AWSC_MEMBER_HAS(struct awsc_sns_get_sms_sandbox_account_status_output, is_in_sandbox, has_is_in_sandbox), offsetof(struct awsc_sns_get_sms_sandbox_account_status_output, is_in_sandbox), AWSC_MF_REQUIRED}, /* GetSMSSandboxAccountStatusResult.IsInSandbox: boolean */
        [52] = {MREF(52, strings[328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(52, scalars[28]), 0, offsetof(struct awsc_sns_get_subscription_attributes_input, subscription_arn), AWSC_MF_REQUIRED}, /* GetSubscriptionAttributesInput.SubscriptionArn: subscriptionARN */
        [53] = {MREF(53, strings[370]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(53, collections[14].shape), 0, offsetof(struct awsc_sns_get_subscription_attributes_output, attributes), 0}, /* GetSubscriptionAttributesResponse.Attributes: SubscriptionAttributesMap */
        [54] = {MREF(54, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(54, scalars[30]), 0, offsetof(struct awsc_sns_get_topic_attributes_input, topic_arn), AWSC_MF_REQUIRED}, /* GetTopicAttributesInput.TopicArn: topicARN */
        [55] = {MREF(55, strings[370]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(55, collections[18].shape), 0, offsetof(struct awsc_sns_get_topic_attributes_output, attributes), 0}, /* GetTopicAttributesResponse.Attributes: TopicAttributesMap */
        [56] = {MREF(56, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(56, scalars[26]), 0, offsetof(struct awsc_sns_internal_error_exception, message), 0}, /* InternalErrorException.message: string */
        [57] = {MREF(57, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(57, scalars[26]), 0, offsetof(struct awsc_sns_invalid_batch_entry_id_exception, message), 0}, /* InvalidBatchEntryIdException.message: string */
        [58] = {MREF(58, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(58, scalars[26]), 0, offsetof(struct awsc_sns_invalid_parameter_exception, message), 0}, /* InvalidParameterException.message: string */
        [59] = {MREF(59, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(59, scalars[26]), 0, offsetof(struct awsc_sns_invalid_parameter_value_exception, message), 0}, /* InvalidParameterValueException.message: string */
        [60] = {MREF(60, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(60, scalars[26]), 0, offsetof(struct awsc_sns_invalid_security_exception, message), 0}, /* InvalidSecurityException.message: string */
        [61] = {MREF(61, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(61, scalars[26]), 0, offsetof(struct awsc_sns_invalid_state_exception, message), 0}, /* InvalidStateException.message: string */
        [62] = {MREF(62, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(62, scalars[26]), 0, offsetof(struct awsc_sns_kms_access_denied_exception, message), 0}, /* KMSAccessDeniedException.message: string */
        [63] = {MREF(63, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(63, scalars[26]), 0, offsetof(struct awsc_sns_kms_disabled_exception, message), 0}, /* KMSDisabledException.message: string */
        [64] = {MREF(64, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(64, scalars[26]), 0, offsetof(struct awsc_sns_kms_invalid_state_exception, message), 0}, /* KMSInvalidStateException.message: string */
        [65] = {MREF(65, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(65, scalars[26]), 0, offsetof(struct awsc_sns_kms_not_found_exception, message), 0}, /* KMSNotFoundException.message: string */
        [66] = {MREF(66, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(66, scalars[26]), 0, offsetof(struct awsc_sns_kms_opt_in_required, message), 0}, /* KMSOptInRequired.message: string */
        [67] = {MREF(67, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(67, scalars[26]), 0, offsetof(struct awsc_sns_kms_throttling_exception, message), 0}, /* KMSThrottlingException.message: string */
        [68] = {MREF(68, strings[381]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(68, scalars[8]), 0, offsetof(struct awsc_sns_list_endpoints_by_platform_application_input, platform_application_arn), AWSC_MF_REQUIRED}, /* ListEndpointsByPlatformApplicationInput.PlatformApplicationArn: String */
        [69] = {MREF(69, strings[1193]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(69, scalars[8]), 0, offsetof(struct awsc_sns_list_endpoints_by_platform_application_input, next_token), 0}, /* ListEndpointsByPlatformApplicationInput.NextToken: String */
        [70] = {MREF(70, strings[1203]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(70, collections[3].shape), 0, offsetof(struct awsc_sns_list_endpoints_by_platform_application_output, endpoints), 0}, /* ListEndpointsByPlatformApplicationResponse.Endpoints: ListOfEndpoints */
        [71] = {MREF(71, strings[1193]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(71, scalars[8]), 0, offsetof(struct awsc_sns_list_endpoints_by_platform_application_output, next_token), 0}, /* ListEndpointsByPlatformApplicationResponse.NextToken: String */
        [72] = {MREF(72, strings[1193]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(72, scalars[24]), 0, offsetof(struct awsc_sns_list_origination_numbers_input, next_token), 0}, /* ListOriginationNumbersRequest.NextToken: nextToken */
        [73] = {MREF(73, strings[1213]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(73, scalars[4]), AWSC_MEMBER_HAS(struct awsc_sns_list_origination_numbers_input, max_results, has_max_results), offsetof(struct awsc_sns_list_origination_numbers_input, max_results), 0}, /* ListOriginationNumbersRequest.MaxResults: MaxItemsListOriginationNumbers */
        [74] = {MREF(74, strings[1193]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(74, scalars[24]), 0, offsetof(struct awsc_sns_list_origination_numbers_output, next_token), 0}, /* ListOriginationNumbersResult.NextToken: nextToken */
        [75] = {MREF(75, strings[1224]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(75, collections[9].shape), 0, offsetof(struct awsc_sns_list_origination_numbers_output, phone_numbers), 0}, /* ListOriginationNumbersResult.PhoneNumbers: PhoneNumberInformationList */
        [76] = {MREF(76, strings[1237]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(76, scalars[26]), 0, offsetof(struct awsc_sns_list_phone_numbers_opted_out_input, next_token), 0}, /* ListPhoneNumbersOptedOutInput.nextToken: string */
        [77] = {MREF(77, strings[1247]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(77, collections[10].shape), 0, offsetof(struct awsc_sns_list_phone_numbers_opted_out_output, phone_numbers), 0}, /* ListPhoneNumbersOptedOutResponse.phoneNumbers: PhoneNumberList */
        [78] = {MREF(78, strings[1237]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(78, scalars[26]), 0, offsetof(struct awsc_sns_list_phone_numbers_opted_out_output, next_token), 0}, /* ListPhoneNumbersOptedOutResponse.nextToken: string */
        [79] = {MREF(79, strings[1193]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(79, scalars[8]), 0, offsetof(struct awsc_sns_list_platform_applications_input, next_token), 0}, /* ListPlatformApplicationsInput.NextToken: String */
        [80] = {MREF(80, strings[1260]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(80, collections[4].shape), 0, offsetof(struct awsc_sns_list_platform_applications_output, platform_applications), 0}, /* ListPlatformApplicationsResponse.PlatformApplications: ListOfPlatformApplications */
        [81] = {MREF(81, strings[1193]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(81, scalars[8]), 0, offsetof(struct awsc_sns_list_platform_applications_output, next_token), 0}, /* ListPlatformApplicationsResponse.NextToken: String */
        [82] = {MREF(82, strings[1193]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(82, scalars[24]), 0, offsetof(struct awsc_sns_list_sms_sandbox_phone_numbers_input, next_token), 0}, /* ListSMSSandboxPhoneNumbersInput.NextToken: nextToken */
        [83] = {MREF(83, strings[1213]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(83, scalars[3]), AWSC_MEMBER_HAS(struct awsc_sns_list_sms_sandbox_phone_numbers_input, max_results, has_max_results), offsetof(struct awsc_sns_list_sms_sandbox_phone_numbers_input, max_results), 0}, /* ListSMSSandboxPhoneNumbersInput.MaxResults: MaxItems */
        [84] = {MREF(84, strings[1224]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(84, collections[13].shape), 0, offsetof(struct awsc_sns_list_sms_sandbox_phone_numbers_output, phone_numbers), AWSC_MF_REQUIRED}, /* ListSMSSandboxPhoneNumbersResult.PhoneNumbers: SMSSandboxPhoneNumberList */
        [85] = {MREF(85, strings[1193]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(85, scalars[26]), 0, offsetof(struct awsc_sns_list_sms_sandbox_phone_numbers_output, next_token), 0}, /* ListSMSSandboxPhoneNumbersResult.NextToken: string */
        [86] = {MREF(86, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(86, scalars[30]), 0, offsetof(struct awsc_sns_list_subscriptions_by_topic_input, topic_arn), AWSC_MF_REQUIRED}, /* ListSubscriptionsByTopicInput.TopicArn: topicARN */
        [87] = {MREF(87, strings[1193]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(87, scalars[24]), 0, offsetof(struct awsc_sns_list_subscriptions_by_topic_input, next_token), 0}, /* ListSubscriptionsByTopicInput.NextToken: nextToken */
        [88] = {MREF(88, strings[1281]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(88, collections[15].shape), 0, offsetof(struct awsc_sns_list_subscriptions_by_topic_output, subscriptions), 0}, /* ListSubscriptionsByTopicResponse.Subscriptions: SubscriptionsList */
        [89] = {MREF(89, strings[1193]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(89, scalars[24]), 0, offsetof(struct awsc_sns_list_subscriptions_by_topic_output, next_token), 0}, /* ListSubscriptionsByTopicResponse.NextToken: nextToken */
        [90] = {MREF(90, strings[1193]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(90, scalars[24]), 0, offsetof(struct awsc_sns_list_subscriptions_input, next_token), 0}, /* ListSubscriptionsInput.NextToken: nextToken */
        [91] = {MREF(91, strings[1281]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(91, collections[15].shape), 0, offsetof(struct awsc_sns_list_subscriptions_output, subscriptions), 0}, /* ListSubscriptionsResponse.Subscriptions: SubscriptionsList */
        [92] = {MREF(92, strings[1193]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(92, scalars[24]), 0, offsetof(struct awsc_sns_list_subscriptions_output, next_token), 0}, /* ListSubscriptionsResponse.NextToken: nextToken */
        [93] = {MREF(93, strings[619]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(93, scalars[0]), 0, offsetof(struct awsc_sns_list_tags_for_resource_input, resource_arn), AWSC_MF_REQUIRED}, /* ListTagsForResourceRequest.ResourceArn: AmazonResourceName */
        [94] = {MREF(94, strings[444]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(94, collections[17].shape), 0, offsetof(struct awsc_sns_list_tags_for_resource_output, tags), 0}, /* ListTagsForResourceResponse.Tags: TagList */
        [95] = {MREF(95, strings[1193]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(95, scalars[24]), 0, offsetof(struct awsc_sns_list_topics_input, next_token), 0}, /* ListTopicsInput.NextToken: nextToken */
        [96] = {MREF(96, strings[1295]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(96, collections[19].shape), 0, offsetof(struct awsc_sns_list_topics_output, topics), 0}, /* ListTopicsResponse.Topics: TopicsList */
        [97] = {MREF(97, strings[1193]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(97, scalars[24]), 0, offsetof(struct awsc_sns_list_topics_output, next_token), 0}, /* ListTopicsResponse.NextToken: nextToken */
        [98] = {MREF(98, strings[1308]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(98, scalars[8]), 0, offsetof(struct awsc_sns_message_attribute_value, data_type), AWSC_MF_REQUIRED}, /* MessageAttributeValue.DataType: String */
        [99] = {MREF(99, strings[1317]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(99, scalars[8]), 0, offsetof(struct awsc_sns_message_attribute_value, string_value), 0}, /* MessageAttributeValue.StringValue: String */
        [100] = {MREF(100, strings[1329]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(100, scalars[1]), 0, offsetof(struct awsc_sns_message_attribute_value, binary_value), 0}, /* MessageAttributeValue.BinaryValue: Binary */
        [101] = {MREF(101, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(101, scalars[26]), 0, offsetof(struct awsc_sns_not_found_exception, message), 0}, /* NotFoundException.message: string */
        [102] = {MREF(102, strings[230]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(102, scalars[6]), 0, offsetof(struct awsc_sns_opt_in_phone_number_input, phone_number), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE}, /* OptInPhoneNumberInput.phoneNumber: PhoneNumber */
        [103] = {MREF(103, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(103, scalars[26]), 0, offsetof(struct awsc_sns_opted_out_exception, message), 0}, /* OptedOutException.message: string */
        [104] = {MREF(104, strings[1409]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(104, scalars[11]), AWSC_MEMBER_HAS(struct awsc_sns_phone_number_information, created_at, has_created_at), offsetof(struct awsc_sns_phone_number_information, created_at), 0}, /* PhoneNumberInformation.CreatedAt: Timestamp */
        [105] = {MREF(105, strings[419]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(105, scalars[6]), 0, offsetof(struct awsc_sns_phone_number_information, phone_number), AWSC_MF_SENSITIVE}, /* PhoneNumberInformation.PhoneNumber: PhoneNumber */
        [106] = {MREF(106, strings[1419]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(106, scalars[8]), 0, offsetof(struct awsc_sns_phone_number_information, status), 0}, /* PhoneNumberInformation.Status: String */
        [107] = {MREF(107, strings[1426]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(107, scalars[2]), 0, offsetof(struct awsc_sns_phone_number_information, iso2_country_code), 0}, /* PhoneNumberInformation.Iso2CountryCode: Iso2CountryCode */
        [108] = {MREF(108, strings[1442]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(108, enums[2].shape), 0, offsetof(struct awsc_sns_phone_number_information, route_type), 0}, /* PhoneNumberInformation.RouteType: RouteType */
        [109] = {MREF(109, strings[1452]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(109, collections[8].shape), 0, offsetof(struct awsc_sns_phone_number_information, number_capabilities), 0}, /* PhoneNumberInformation.NumberCapabilities: NumberCapabilityList */
        [110] = {MREF(110, strings[381]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(110, scalars[8]), 0, offsetof(struct awsc_sns_platform_application, platform_application_arn), 0}, /* PlatformApplication.PlatformApplicationArn: String */
        [111] = {MREF(111, strings[370]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(111, collections[6].shape), 0, offsetof(struct awsc_sns_platform_application, attributes), 0}, /* PlatformApplication.Attributes: MapStringToString */
        [112] = {MREF(112, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(112, scalars[26]), 0, offsetof(struct awsc_sns_platform_application_disabled_exception, message), 0}, /* PlatformApplicationDisabledException.message: string */
        [113] = {MREF(113, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(113, scalars[30]), 0, offsetof(struct awsc_sns_publish_batch_input, topic_arn), AWSC_MF_REQUIRED}, /* PublishBatchInput.TopicArn: topicARN */
        [114] = {MREF(114, strings[1536]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(114, collections[11].shape), 0, offsetof(struct awsc_sns_publish_batch_input, publish_batch_request_entries), AWSC_MF_REQUIRED}, /* PublishBatchInput.PublishBatchRequestEntries: PublishBatchRequestEntryList */
        [115] = {MREF(115, strings[202]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(115, scalars[8]), 0, offsetof(struct awsc_sns_publish_batch_request_entry, id), AWSC_MF_REQUIRED}, /* PublishBatchRequestEntry.Id: String */
        [116] = {MREF(116, strings[210]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(116, scalars[21]), 0, offsetof(struct awsc_sns_publish_batch_request_entry, message), AWSC_MF_REQUIRED}, /* PublishBatchRequestEntry.Message: message */
        [117] = {MREF(117, strings[1563]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(117, scalars[27]), 0, offsetof(struct awsc_sns_publish_batch_request_entry, subject), 0}, /* PublishBatchRequestEntry.Subject: subject */
        [118] = {MREF(118, strings[1571]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(118, scalars[23]), 0, offsetof(struct awsc_sns_publish_batch_request_entry, message_structure), 0}, /* PublishBatchRequestEntry.MessageStructure: messageStructure */
        [119] = {MREF(119, strings[1588]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(119, collections[7].shape), 0, offsetof(struct awsc_sns_publish_batch_request_entry, message_attributes), 0}, /* PublishBatchRequestEntry.MessageAttributes: MessageAttributeMap */
        [120] = {MREF(120, strings[1606]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(120, scalars[8]), 0, offsetof(struct awsc_sns_publish_batch_request_entry, message_deduplication_id), 0}, /* PublishBatchRequestEntry.MessageDeduplicationId: String */
        [121] = {MREF(121, strings[1629]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(121, scalars[8]), 0, offsetof(struct awsc_sns_publish_batch_request_entry, message_group_id), 0}, /* PublishBatchRequestEntry.MessageGroupId: String */
        [122] = {MREF(122, strings[1644]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(122, collections[12].shape), 0, offsetof(struct awsc_sns_publish_batch_output, successful), 0}, /* PublishBatchResponse.Successful: PublishBatchResultEntryList */
        [123] = {MREF(123, strings[1655]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(123, collections[1].shape), 0, offsetof(struct awsc_sns_publish_batch_output, failed), 0}, /* PublishBatchResponse.Failed: BatchResultErrorEntryList */
        [124] = {MREF(124, strings[202]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(124, scalars[8]), 0, offsetof(struct awsc_sns_publish_batch_result_entry, id), 0}, /* PublishBatchResultEntry.Id: String */
        [125] = {MREF(125, strings[1662]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(125, scalars[22]), 0, offsetof(struct awsc_sns_publish_batch_result_entry, message_id), 0}, /* PublishBatchResultEntry.MessageId: messageId */
        [126] = {MREF(126, strings[1672]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(126, scalars[8]), 0, offsetof(struct awsc_sns_publish_batch_result_entry, sequence_number), 0}, /* PublishBatchResultEntry.SequenceNumber: String */
        [127] = {MREF(127, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(127, scalars[30]), 0, offsetof(struct awsc_sns_publish_input, topic_arn), 0}, /* PublishInput.TopicArn: topicARN */
        [128] = {MREF(128, strings[1687]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(128, scalars[8]), 0, offsetof(struct awsc_sns_publish_input, target_arn), 0}, /* PublishInput.TargetArn: String */
        [129] = {MREF(129, strings[419]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(129, scalars[6]), 0, offsetof(struct awsc_sns_publish_input, phone_number), AWSC_MF_SENSITIVE}, /* PublishInput.PhoneNumber: PhoneNumber */
        [130] = {MREF(130, strings[210]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(130, scalars[21]), 0, offsetof(struct awsc_sns_publish_input, message), AWSC_MF_REQUIRED}, /* PublishInput.Message: message */
        [131] = {MREF(131, strings[1563]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(131, scalars[27]), 0, offsetof(struct awsc_sns_publish_input, subject), 0}, /* PublishInput.Subject: subject */
        [132] = {MREF(132, strings[1571]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(132, scalars[23]), 0, offsetof(struct awsc_sns_publish_input, message_structure), 0}, /* PublishInput.MessageStructure: messageStructure */
        [133] = {MREF(133, strings[1588]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(133, collections[7].shape), 0, offsetof(struct awsc_sns_publish_input, message_attributes), 0}, /* PublishInput.MessageAttributes: MessageAttributeMap */
        [134] = {MREF(134, strings[1606]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(134, scalars[8]), 0, offsetof(struct awsc_sns_publish_input, message_deduplication_id), 0}, /* PublishInput.MessageDeduplicationId: String */
        [135] = {MREF(135, strings[1629]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(135, scalars[8]), 0, offsetof(struct awsc_sns_publish_input, message_group_id), 0}, /* PublishInput.MessageGroupId: String */
        [136] = {MREF(136, strings[1662]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(136, scalars[22]), 0, offsetof(struct awsc_sns_publish_output, message_id), 0}, /* PublishResponse.MessageId: messageId */
        [137] = {MREF(137, strings[1672]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(137, scalars[8]), 0, offsetof(struct awsc_sns_publish_output, sequence_number), 0}, /* PublishResponse.SequenceNumber: String */
        [138] = {MREF(138, strings[619]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(138, scalars[30]), 0, offsetof(struct awsc_sns_put_data_protection_policy_input, resource_arn), AWSC_MF_REQUIRED}, /* PutDataProtectionPolicyInput.ResourceArn: topicARN */
        [139] = {MREF(139, strings[449]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(139, scalars[15]), 0, offsetof(struct awsc_sns_put_data_protection_policy_input, data_protection_policy), AWSC_MF_REQUIRED}, /* PutDataProtectionPolicyInput.DataProtectionPolicy: attributeValue */
        [140] = {MREF(140, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(140, scalars[30]), 0, offsetof(struct awsc_sns_remove_permission_input, topic_arn), AWSC_MF_REQUIRED}, /* RemovePermissionInput.TopicArn: topicARN */
        [141] = {MREF(141, strings[9]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(141, scalars[20]), 0, offsetof(struct awsc_sns_remove_permission_input, label), AWSC_MF_REQUIRED}, /* RemovePermissionInput.Label: label */
        [142] = {MREF(142, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(142, scalars[26]), 0, offsetof(struct awsc_sns_replay_limit_exceeded_exception, message), 0}, /* ReplayLimitExceededException.message: string */
        [143] = {MREF(143, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(143, scalars[26]), 0, offsetof(struct awsc_sns_resource_not_found_exception, message), 0}, /* ResourceNotFoundException.message: string */
        [144] = {MREF(144, strings[419]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(144, scalars[7]), 0, offsetof(struct awsc_sns_sms_sandbox_phone_number, phone_number), AWSC_MF_SENSITIVE}, /* SMSSandboxPhoneNumber.PhoneNumber: PhoneNumberString */
        [145] = {MREF(145, strings[1419]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(145, enums[3].shape), 0, offsetof(struct awsc_sns_sms_sandbox_phone_number, status), 0}, /* SMSSandboxPhoneNumber.Status: SMSSandboxPhoneNumberVerificationStatus */
        [146] = {MREF(146, strings[344]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(146, scalars[8]), 0, offsetof(struct awsc_sns_set_endpoint_attributes_input, endpoint_arn), AWSC_MF_REQUIRED}, /* SetEndpointAttributesInput.EndpointArn: String */
        [147] = {MREF(147, strings[370]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(147, collections[6].shape), 0, offsetof(struct awsc_sns_set_endpoint_attributes_input, attributes), AWSC_MF_REQUIRED}, /* SetEndpointAttributesInput.Attributes: MapStringToString */
        [148] = {MREF(148, strings[381]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(148, scalars[8]), 0, offsetof(struct awsc_sns_set_platform_application_attributes_input, platform_application_arn), AWSC_MF_REQUIRED}, /* SetPlatformApplicationAttributesInput.PlatformApplicationArn: String */
        [149] = {MREF(149, strings[370]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(149, collections[6].shape), 0, offsetof(struct awsc_sns_set_platform_application_attributes_input, attributes), AWSC_MF_REQUIRED}, /* SetPlatformApplicationAttributesInput.Attributes: MapStringToString */
        [150] = {MREF(150, strings[631]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(150, collections[6].shape), 0, offsetof(struct awsc_sns_set_sms_attributes_input, attributes), AWSC_MF_REQUIRED}, /* SetSMSAttributesInput.attributes: MapStringToString */
        [151] = {MREF(151, strings[328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(151, scalars[28]), 0, offsetof(struct awsc_sns_set_subscription_attributes_input, subscription_arn), AWSC_MF_REQUIRED}, /* SetSubscriptionAttributesInput.SubscriptionArn: subscriptionARN */
        [152] = {MREF(152, strings[1840]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(152, scalars[14]), 0, offsetof(struct awsc_sns_set_subscription_attributes_input, attribute_name), AWSC_MF_REQUIRED}, /* SetSubscriptionAttributesInput.AttributeName: attributeName */
        [153] = {MREF(153, strings[1854]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(153, scalars[15]), 0, offsetof(struct awsc_sns_set_subscription_attributes_input, attribute_value), 0}, /* SetSubscriptionAttributesInput.AttributeValue: attributeValue */
        [154] = {MREF(154, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(154, scalars[30]), 0, offsetof(struct awsc_sns_set_topic_attributes_input, topic_arn), AWSC_MF_REQUIRED}, /* SetTopicAttributesInput.TopicArn: topicARN */
        [155] = {MREF(155, strings[1840]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(155, scalars[14]), 0, offsetof(struct awsc_sns_set_topic_attributes_input, attribute_name), AWSC_MF_REQUIRED}, /* SetTopicAttributesInput.AttributeName: attributeName */
        [156] = {MREF(156, strings[1854]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(156, scalars[15]), 0, offsetof(struct awsc_sns_set_topic_attributes_input, attribute_value), 0}, /* SetTopicAttributesInput.AttributeValue: attributeValue */
        [157] = {MREF(157, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(157, scalars[26]), 0, offsetof(struct awsc_sns_stale_tag_exception, message), 0}, /* StaleTagException.message: string */
        [158] = {MREF(158, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(158, scalars[30]), 0, offsetof(struct awsc_sns_subscribe_input, topic_arn), AWSC_MF_REQUIRED}, /* SubscribeInput.TopicArn: topicARN */
        [159] = {MREF(159, strings[1896]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(159, scalars[25]), 0, offsetof(struct awsc_sns_subscribe_input, protocol), AWSC_MF_REQUIRED}, /* SubscribeInput.Protocol: protocol */
        [160] = {MREF(160, strings[1905]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(160, scalars[19]), 0, offsetof(struct awsc_sns_subscribe_input, endpoint), 0}, /* SubscribeInput.Endpoint: endpoint */
        [161] = {MREF(161, strings[370]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(161, collections[14].shape), 0, offsetof(struct awsc_sns_subscribe_input, attributes), 0}, /* SubscribeInput.Attributes: SubscriptionAttributesMap */
        [162] = {MREF(162, strings[1914]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(162, scalars[17]), AWSC_MEMBER_HAS(struct awsc_sns_subscribe_input, return_subscription_arn, has_return_subscription_arn), offsetof(struct awsc_sns_subscribe_input, return_subscription_arn), 0}, /* SubscribeInput.ReturnSubscriptionArn: boolean */
        [163] = {MREF(163, strings[328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(163, scalars[28]), 0, offsetof(struct awsc_sns_subscribe_output, subscription_arn), 0}, /* SubscribeResponse.SubscriptionArn: subscriptionARN */
        [164] = {MREF(164, strings[328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(164, scalars[28]), 0, offsetof(struct awsc_sns_subscription, subscription_arn), 0}, /* Subscription.SubscriptionArn: subscriptionARN */
        [165] = {MREF(165, strings[1936]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(165, scalars[12]), 0, offsetof(struct awsc_sns_subscription, owner), 0}, /* Subscription.Owner: account */
        [166] = {MREF(166, strings[1896]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(166, scalars[25]), 0, offsetof(struct awsc_sns_subscription, protocol), 0}, /* Subscription.Protocol: protocol */
        [167] = {MREF(167, strings[1905]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(167, scalars[19]), 0, offsetof(struct awsc_sns_subscription, endpoint), 0}, /* Subscription.Endpoint: endpoint */
        [168] = {MREF(168, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(168, scalars[30]), 0, offsetof(struct awsc_sns_subscription, topic_arn), 0}, /* Subscription.TopicArn: topicARN */
        [169] = {MREF(169, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(169, scalars[26]), 0, offsetof(struct awsc_sns_subscription_limit_exceeded_exception, message), 0}, /* SubscriptionLimitExceededException.message: string */
        [170] = {MREF(170, strings[2003]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(170, scalars[9]), 0, offsetof(struct awsc_sns_tag, key), AWSC_MF_REQUIRED}, /* Tag.Key: TagKey */
        [171] = {MREF(171, strings[1302]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(171, scalars[10]), 0, offsetof(struct awsc_sns_tag, value), AWSC_MF_REQUIRED}, /* Tag.Value: TagValue */
        [172] = {MREF(172, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(172, scalars[26]), 0, offsetof(struct awsc_sns_tag_limit_exceeded_exception, message), 0}, /* TagLimitExceededException.message: string */
        [173] = {MREF(173, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(173, scalars[26]), 0, offsetof(struct awsc_sns_tag_policy_exception, message), 0}, /* TagPolicyException.message: string */
        [174] = {MREF(174, strings[619]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(174, scalars[0]), 0, offsetof(struct awsc_sns_tag_resource_input, resource_arn), AWSC_MF_REQUIRED}, /* TagResourceRequest.ResourceArn: AmazonResourceName */
        [175] = {MREF(175, strings[444]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(175, collections[17].shape), 0, offsetof(struct awsc_sns_tag_resource_input, tags), AWSC_MF_REQUIRED}, /* TagResourceRequest.Tags: TagList */
        [176] = {MREF(176, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(176, scalars[26]), 0, offsetof(struct awsc_sns_throttled_exception, message), 0}, /* ThrottledException.message: string */
        [177] = {MREF(177, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(177, scalars[26]), 0, offsetof(struct awsc_sns_too_many_entries_in_batch_request_exception, message), 0}, /* TooManyEntriesInBatchRequestException.message: string */
        [178] = {MREF(178, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(178, scalars[30]), 0, offsetof(struct awsc_sns_topic, topic_arn), 0}, /* Topic.TopicArn: topicARN */
        [179] = {MREF(179, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(179, scalars[26]), 0, offsetof(struct awsc_sns_topic_limit_exceeded_exception, message), 0}, /* TopicLimitExceededException.message: string */
        [180] = {MREF(180, strings[328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(180, scalars[28]), 0, offsetof(struct awsc_sns_unsubscribe_input, subscription_arn), AWSC_MF_REQUIRED}, /* UnsubscribeInput.SubscriptionArn: subscriptionARN */
        [181] = {MREF(181, strings[619]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(181, scalars[0]), 0, offsetof(struct awsc_sns_untag_resource_input, resource_arn), AWSC_MF_REQUIRED}, /* UntagResourceRequest.ResourceArn: AmazonResourceName */
        [182] = {MREF(182, strings[2222]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(182, collections[16].shape), 0, offsetof(struct awsc_sns_untag_resource_input, tag_keys), AWSC_MF_REQUIRED}, /* UntagResourceRequest.TagKeys: TagKeyList */
        [183] = {MREF(183, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(183, scalars[26]), 0, offsetof(struct awsc_sns_user_error_exception, message), 0}, /* UserErrorException.message: string */
        [184] = {MREF(184, strings[210]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(184, scalars[26]), 0, offsetof(struct awsc_sns_validation_exception, message), AWSC_MF_REQUIRED}, /* ValidationException.Message: string */
        [185] = {MREF(185, strings[210]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(185, scalars[26]), 0, offsetof(struct awsc_sns_verification_exception, message), AWSC_MF_REQUIRED}, /* VerificationException.Message: string */
        [186] = {MREF(186, strings[1419]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(186, scalars[26]), 0, offsetof(struct awsc_sns_verification_exception, status), AWSC_MF_REQUIRED}, /* VerificationException.Status: string */
        [187] = {MREF(187, strings[419]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(187, scalars[7]), 0, offsetof(struct awsc_sns_verify_sms_sandbox_phone_number_input, phone_number), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE}, /* VerifySMSSandboxPhoneNumberInput.PhoneNumber: PhoneNumberString */
        [188] = {MREF(188, strings[2301]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(188, scalars[5]), 0, offsetof(struct awsc_sns_verify_sms_sandbox_phone_number_input, one_time_password), AWSC_MF_REQUIRED}, /* VerifySMSSandboxPhoneNumberInput.OneTimePassword: OTPCode */
    },
    .ranges = {
        {true, true, 1, 1011}, /* AmazonResourceName */
        {false, true, 0, 2}, /* Iso2CountryCode */
        {true, true, 1, 100}, /* MaxItems */
        {true, true, 1, 30}, /* MaxItemsListOriginationNumbers */
        {true, true, 5, 8}, /* OTPCode */
        {false, true, 0, 20}, /* PhoneNumberString */
        {true, true, 1, 128}, /* TagKey */
        {true, true, 0, 256}, /* TagValue */
    },
    .xml_refs = {
        {.item_name_ref = REF(xml_refs[0].item_name_ref, strings[1302]), .key_name_ref = REF(xml_refs[0].key_name_ref, strings[356])},
    },
    .strings =
        /*      0 */ "TopicArn\0"
        /*      9 */ "Label\0"
        /*     15 */ "AWSAccountId\0"
        /*     28 */ "ActionName\0"
        /*     39 */ "AuthorizationErrorException\0"
        /*     67 */ "message\0"
        /*     75 */ "AuthorizationError\0"
        /*     94 */ "BatchEntryIdsNotDistinctException\0"
        /*    128 */ "BatchEntryIdsNotDistinct\0"
        /*    153 */ "BatchRequestTooLongException\0"
        /*    182 */ "BatchRequestTooLong\0"
        /*    202 */ "Id\0"
        /*    205 */ "Code\0"
        /*    210 */ "Message\0"
        /*    218 */ "SenderFault\0"
        /*    230 */ "phoneNumber\0"
        /*    242 */ "isOptedOut\0"
        /*    253 */ "ConcurrentAccessException\0"
        /*    279 */ "ConcurrentAccess\0"
        /*    296 */ "Token\0"
        /*    302 */ "AuthenticateOnUnsubscribe\0"
        /*    328 */ "SubscriptionArn\0"
        /*    344 */ "EndpointArn\0"
        /*    356 */ "Name\0"
        /*    361 */ "Platform\0"
        /*    370 */ "Attributes\0"
        /*    381 */ "PlatformApplicationArn\0"
        /*    404 */ "CustomUserData\0"
        /*    419 */ "PhoneNumber\0"
        /*    431 */ "LanguageCode\0"
        /*    444 */ "Tags\0"
        /*    449 */ "DataProtectionPolicy\0"
        /*    470 */ "EmptyBatchRequestException\0"
        /*    497 */ "EmptyBatchRequest\0"
        /*    515 */ "EndpointDisabledException\0"
        /*    541 */ "EndpointDisabled\0"
        /*    558 */ "FilterPolicyLimitExceededException\0"
        /*    593 */ "FilterPolicyLimitExceeded\0"
        /*    619 */ "ResourceArn\0"
        /*    631 */ "attributes\0"
        /*    642 */ "IsInSandbox\0"
        /*    654 */ "InternalErrorException\0"
        /*    677 */ "InternalError\0"
        /*    691 */ "InvalidBatchEntryIdException\0"
        /*    720 */ "InvalidBatchEntryId\0"
        /*    740 */ "InvalidParameterException\0"
        /*    766 */ "InvalidParameter\0"
        /*    783 */ "InvalidParameterValueException\0"
        /*    814 */ "ParameterValueInvalid\0"
        /*    836 */ "InvalidSecurityException\0"
        /*    861 */ "InvalidSecurity\0"
        /*    877 */ "InvalidStateException\0"
        /*    899 */ "InvalidState\0"
        /*    912 */ "KMSAccessDeniedException\0"
        /*    937 */ "KMSAccessDenied\0"
        /*    953 */ "KMSDisabledException\0"
        /*    974 */ "KMSDisabled\0"
        /*    986 */ "KMSInvalidStateException\0"
        /*   1011 */ "KMSInvalidState\0"
        /*   1027 */ "KMSNotFoundException\0"
        /*   1048 */ "KMSNotFound\0"
        /*   1060 */ "KMSOptInRequired\0"
        /*   1077 */ "KMSThrottlingException\0"
        /*   1100 */ "KMSThrottling\0"
        /*   1114 */ "en-US\0" "en-GB\0" "es-419\0" "es-ES\0" "de-DE\0" "fr-CA\0" "fr-FR\0" "it-IT\0" "ja-JP\0" "pt-BR\0" "kr-KR\0" "zh-CN\0" "zh-TW\0"
        /*   1193 */ "NextToken\0"
        /*   1203 */ "Endpoints\0"
        /*   1213 */ "MaxResults\0"
        /*   1224 */ "PhoneNumbers\0"
        /*   1237 */ "nextToken\0"
        /*   1247 */ "phoneNumbers\0"
        /*   1260 */ "PlatformApplications\0"
        /*   1281 */ "Subscriptions\0"
        /*   1295 */ "Topics\0"
        /*   1302 */ "Value\0"
        /*   1308 */ "DataType\0"
        /*   1317 */ "StringValue\0"
        /*   1329 */ "BinaryValue\0"
        /*   1341 */ "NotFoundException\0"
        /*   1359 */ "NotFound\0"
        /*   1368 */ "SMS\0" "MMS\0" "VOICE\0"
        /*   1382 */ "OptedOutException\0"
        /*   1400 */ "OptedOut\0"
        /*   1409 */ "CreatedAt\0"
        /*   1419 */ "Status\0"
        /*   1426 */ "Iso2CountryCode\0"
        /*   1442 */ "RouteType\0"
        /*   1452 */ "NumberCapabilities\0"
        /*   1471 */ "PlatformApplicationDisabledException\0"
        /*   1508 */ "PlatformApplicationDisabled\0"
        /*   1536 */ "PublishBatchRequestEntries\0"
        /*   1563 */ "Subject\0"
        /*   1571 */ "MessageStructure\0"
        /*   1588 */ "MessageAttributes\0"
        /*   1606 */ "MessageDeduplicationId\0"
        /*   1629 */ "MessageGroupId\0"
        /*   1644 */ "Successful\0"
        /*   1655 */ "Failed\0"
        /*   1662 */ "MessageId\0"
        /*   1672 */ "SequenceNumber\0"
        /*   1687 */ "TargetArn\0"
        /*   1697 */ "ReplayLimitExceededException\0"
        /*   1726 */ "ReplayLimitExceeded\0"
        /*   1746 */ "ResourceNotFoundException\0"
        /*   1772 */ "ResourceNotFound\0"
        /*   1789 */ "Transactional\0" "Promotional\0" "Premium\0"
        /*   1823 */ "Pending\0" "Verified\0"
        /*   1840 */ "AttributeName\0"
        /*   1854 */ "AttributeValue\0"
        /*   1869 */ "StaleTagException\0"
        /*   1887 */ "StaleTag\0"
        /*   1896 */ "Protocol\0"
        /*   1905 */ "Endpoint\0"
        /*   1914 */ "ReturnSubscriptionArn\0"
        /*   1936 */ "Owner\0"
        /*   1942 */ "SubscriptionLimitExceededException\0"
        /*   1977 */ "SubscriptionLimitExceeded\0"
        /*   2003 */ "Key\0"
        /*   2007 */ "TagLimitExceededException\0"
        /*   2033 */ "TagLimitExceeded\0"
        /*   2050 */ "TagPolicyException\0"
        /*   2069 */ "TagPolicy\0"
        /*   2079 */ "ThrottledException\0"
        /*   2098 */ "Throttled\0"
        /*   2108 */ "TooManyEntriesInBatchRequestException\0"
        /*   2146 */ "TooManyEntriesInBatchRequest\0"
        /*   2175 */ "TopicLimitExceededException\0"
        /*   2203 */ "TopicLimitExceeded\0"
        /*   2222 */ "TagKeys\0"
        /*   2230 */ "UserErrorException\0"
        /*   2249 */ "UserError\0"
        /*   2259 */ "ValidationException\0"
        /*   2279 */ "VerificationException\0"
        /*   2301 */ "OneTimePassword\0"
        /*   2317 */ "AddPermission\0"
        /*   2331 */ "POST\0"
        /*   2336 */ "/\0"
        /*   2338 */ "CheckIfPhoneNumberIsOptedOut\0"
        /*   2367 */ "CheckIfPhoneNumberIsOptedOutResult\0"
        /*   2402 */ "ConfirmSubscription\0"
        /*   2422 */ "ConfirmSubscriptionResult\0"
        /*   2448 */ "CreatePlatformApplication\0"
        /*   2474 */ "CreatePlatformApplicationResult\0"
        /*   2506 */ "CreatePlatformEndpoint\0"
        /*   2529 */ "CreatePlatformEndpointResult\0"
        /*   2558 */ "CreateSMSSandboxPhoneNumber\0"
        /*   2586 */ "CreateSMSSandboxPhoneNumberResult\0"
        /*   2620 */ "CreateTopic\0"
        /*   2632 */ "CreateTopicResult\0"
        /*   2650 */ "DeleteEndpoint\0"
        /*   2665 */ "DeletePlatformApplication\0"
        /*   2691 */ "DeleteSMSSandboxPhoneNumber\0"
        /*   2719 */ "DeleteSMSSandboxPhoneNumberResult\0"
        /*   2753 */ "DeleteTopic\0"
        /*   2765 */ "GetDataProtectionPolicy\0"
        /*   2789 */ "GetDataProtectionPolicyResult\0"
        /*   2819 */ "GetEndpointAttributes\0"
        /*   2841 */ "GetEndpointAttributesResult\0"
        /*   2869 */ "GetPlatformApplicationAttributes\0"
        /*   2902 */ "GetPlatformApplicationAttributesResult\0"
        /*   2941 */ "GetSMSAttributes\0"
        /*   2958 */ "GetSMSAttributesResult\0"
        /*   2981 */ "GetSMSSandboxAccountStatus\0"
        /*   3008 */ "GetSMSSandboxAccountStatusResult\0"
        /*   3041 */ "GetSubscriptionAttributes\0"
        /*   3067 */ "GetSubscriptionAttributesResult\0"
        /*   3099 */ "GetTopicAttributes\0"
        /*   3118 */ "GetTopicAttributesResult\0"
        /*   3143 */ "ListEndpointsByPlatformApplication\0"
        /*   3178 */ "ListEndpointsByPlatformApplicationResult\0"
        /*   3219 */ "ListOriginationNumbers\0"
        /*   3242 */ "ListOriginationNumbersResult\0"
        /*   3271 */ "ListPhoneNumbersOptedOut\0"
        /*   3296 */ "ListPhoneNumbersOptedOutResult\0"
        /*   3327 */ "ListPlatformApplications\0"
        /*   3352 */ "ListPlatformApplicationsResult\0"
        /*   3383 */ "ListSMSSandboxPhoneNumbers\0"
        /*   3410 */ "ListSMSSandboxPhoneNumbersResult\0"
        /*   3443 */ "ListSubscriptions\0"
        /*   3461 */ "ListSubscriptionsResult\0"
        /*   3485 */ "ListSubscriptionsByTopic\0"
        /*   3510 */ "ListSubscriptionsByTopicResult\0"
        /*   3541 */ "ListTagsForResource\0"
        /*   3561 */ "ListTagsForResourceResult\0"
        /*   3587 */ "ListTopics\0"
        /*   3598 */ "ListTopicsResult\0"
        /*   3615 */ "OptInPhoneNumber\0"
        /*   3632 */ "OptInPhoneNumberResult\0"
        /*   3655 */ "Publish\0"
        /*   3663 */ "PublishResult\0"
        /*   3677 */ "PublishBatch\0"
        /*   3690 */ "PublishBatchResult\0"
        /*   3709 */ "PutDataProtectionPolicy\0"
        /*   3733 */ "RemovePermission\0"
        /*   3750 */ "SetEndpointAttributes\0"
        /*   3772 */ "SetPlatformApplicationAttributes\0"
        /*   3805 */ "SetSMSAttributes\0"
        /*   3822 */ "SetSMSAttributesResult\0"
        /*   3845 */ "SetSubscriptionAttributes\0"
        /*   3871 */ "SetTopicAttributes\0"
        /*   3890 */ "Subscribe\0"
        /*   3900 */ "SubscribeResult\0"
        /*   3916 */ "TagResource\0"
        /*   3928 */ "TagResourceResult\0"
        /*   3946 */ "Unsubscribe\0"
        /*   3958 */ "UntagResource\0"
        /*   3972 */ "UntagResourceResult\0"
        /*   3992 */ "VerifySMSSandboxPhoneNumber\0"
        /*   4020 */ "VerifySMSSandboxPhoneNumberResult\0"
        /*   4054 */ "sns\0"
        /*   4058 */ "SNS\0"
        /*   4062 */ "Amazon Simple Notification Service\0"
        /*   4097 */ "2010-03-31\0"
        /*   4108 */ "http://sns.amazonaws.com/doc/2010-03-31/",
#if AWSC_WITH_SHAPE_NAMES
    .shape_names =
        /*      0 */ "ActionsList\0"
        /*     12 */ "AddPermissionInput\0"
        /*     31 */ "AmazonResourceName\0"
        /*     50 */ "BatchResultErrorEntry\0"
        /*     72 */ "BatchResultErrorEntryList\0"
        /*     98 */ "Binary\0"
        /*    105 */ "CheckIfPhoneNumberIsOptedOutInput\0"
        /*    139 */ "CheckIfPhoneNumberIsOptedOutResponse\0"
        /*    176 */ "ConfirmSubscriptionInput\0"
        /*    201 */ "ConfirmSubscriptionResponse\0"
        /*    229 */ "CreateEndpointResponse\0"
        /*    252 */ "CreatePlatformApplicationInput\0"
        /*    283 */ "CreatePlatformApplicationResponse\0"
        /*    317 */ "CreatePlatformEndpointInput\0"
        /*    345 */ "CreateSMSSandboxPhoneNumberInput\0"
        /*    378 */ "CreateSMSSandboxPhoneNumberResult\0"
        /*    412 */ "CreateTopicInput\0"
        /*    429 */ "CreateTopicResponse\0"
        /*    449 */ "DelegatesList\0"
        /*    463 */ "DeleteEndpointInput\0"
        /*    483 */ "DeletePlatformApplicationInput\0"
        /*    514 */ "DeleteSMSSandboxPhoneNumberInput\0"
        /*    547 */ "DeleteSMSSandboxPhoneNumberResult\0"
        /*    581 */ "DeleteTopicInput\0"
        /*    598 */ "Endpoint\0"
        /*    607 */ "GetDataProtectionPolicyInput\0"
        /*    636 */ "GetDataProtectionPolicyResponse\0"
        /*    668 */ "GetEndpointAttributesInput\0"
        /*    695 */ "GetEndpointAttributesResponse\0"
        /*    725 */ "GetPlatformApplicationAttributesInput\0"
        /*    763 */ "GetPlatformApplicationAttributesResponse\0"
        /*    804 */ "GetSMSAttributesInput\0"
        /*    826 */ "GetSMSAttributesResponse\0"
        /*    851 */ "GetSMSSandboxAccountStatusInput\0"
        /*    883 */ "GetSMSSandboxAccountStatusResult\0"
        /*    916 */ "GetSubscriptionAttributesInput\0"
        /*    947 */ "GetSubscriptionAttributesResponse\0"
        /*    981 */ "GetTopicAttributesInput\0"
        /*   1005 */ "GetTopicAttributesResponse\0"
        /*   1032 */ "Iso2CountryCode\0"
        /*   1048 */ "LanguageCodeString\0"
        /*   1067 */ "ListEndpointsByPlatformApplicationInput\0"
        /*   1107 */ "ListEndpointsByPlatformApplicationResponse\0"
        /*   1150 */ "ListOfEndpoints\0"
        /*   1166 */ "ListOfPlatformApplications\0"
        /*   1193 */ "ListOriginationNumbersRequest\0"
        /*   1223 */ "ListOriginationNumbersResult\0"
        /*   1252 */ "ListPhoneNumbersOptedOutInput\0"
        /*   1282 */ "ListPhoneNumbersOptedOutResponse\0"
        /*   1315 */ "ListPlatformApplicationsInput\0"
        /*   1345 */ "ListPlatformApplicationsResponse\0"
        /*   1378 */ "ListSMSSandboxPhoneNumbersInput\0"
        /*   1410 */ "ListSMSSandboxPhoneNumbersResult\0"
        /*   1443 */ "ListString\0"
        /*   1454 */ "ListSubscriptionsByTopicInput\0"
        /*   1484 */ "ListSubscriptionsByTopicResponse\0"
        /*   1517 */ "ListSubscriptionsInput\0"
        /*   1540 */ "ListSubscriptionsResponse\0"
        /*   1566 */ "ListTagsForResourceRequest\0"
        /*   1593 */ "ListTagsForResourceResponse\0"
        /*   1621 */ "ListTopicsInput\0"
        /*   1637 */ "ListTopicsResponse\0"
        /*   1656 */ "MapStringToString\0"
        /*   1674 */ "MaxItems\0"
        /*   1683 */ "MaxItemsListOriginationNumbers\0"
        /*   1714 */ "MessageAttributeMap\0"
        /*   1734 */ "MessageAttributeValue\0"
        /*   1756 */ "NumberCapability\0"
        /*   1773 */ "NumberCapabilityList\0"
        /*   1794 */ "OTPCode\0"
        /*   1802 */ "OptInPhoneNumberInput\0"
        /*   1824 */ "OptInPhoneNumberResponse\0"
        /*   1849 */ "PhoneNumber\0"
        /*   1861 */ "PhoneNumberInformation\0"
        /*   1884 */ "PhoneNumberInformationList\0"
        /*   1911 */ "PhoneNumberList\0"
        /*   1927 */ "PhoneNumberString\0"
        /*   1945 */ "PlatformApplication\0"
        /*   1965 */ "PublishBatchInput\0"
        /*   1983 */ "PublishBatchRequestEntry\0"
        /*   2008 */ "PublishBatchRequestEntryList\0"
        /*   2037 */ "PublishBatchResponse\0"
        /*   2058 */ "PublishBatchResultEntry\0"
        /*   2082 */ "PublishBatchResultEntryList\0"
        /*   2110 */ "PublishInput\0"
        /*   2123 */ "PublishResponse\0"
        /*   2139 */ "PutDataProtectionPolicyInput\0"
        /*   2168 */ "RemovePermissionInput\0"
        /*   2190 */ "RouteType\0"
        /*   2200 */ "SMSSandboxPhoneNumber\0"
        /*   2222 */ "SMSSandboxPhoneNumberList\0"
        /*   2248 */ "SMSSandboxPhoneNumberVerificationStatus\0"
        /*   2288 */ "SetEndpointAttributesInput\0"
        /*   2315 */ "SetPlatformApplicationAttributesInput\0"
        /*   2353 */ "SetSMSAttributesInput\0"
        /*   2375 */ "SetSMSAttributesResponse\0"
        /*   2400 */ "SetSubscriptionAttributesInput\0"
        /*   2431 */ "SetTopicAttributesInput\0"
        /*   2455 */ "String\0"
        /*   2462 */ "SubscribeInput\0"
        /*   2477 */ "SubscribeResponse\0"
        /*   2495 */ "Subscription\0"
        /*   2508 */ "SubscriptionAttributesMap\0"
        /*   2534 */ "SubscriptionsList\0"
        /*   2552 */ "Tag\0"
        /*   2556 */ "TagKey\0"
        /*   2563 */ "TagKeyList\0"
        /*   2574 */ "TagList\0"
        /*   2582 */ "TagResourceRequest\0"
        /*   2601 */ "TagResourceResponse\0"
        /*   2621 */ "TagValue\0"
        /*   2630 */ "Timestamp\0"
        /*   2640 */ "Topic\0"
        /*   2646 */ "TopicAttributesMap\0"
        /*   2665 */ "TopicsList\0"
        /*   2676 */ "UnsubscribeInput\0"
        /*   2693 */ "UntagResourceRequest\0"
        /*   2714 */ "UntagResourceResponse\0"
        /*   2736 */ "VerifySMSSandboxPhoneNumberInput\0"
        /*   2769 */ "VerifySMSSandboxPhoneNumberResult\0"
        /*   2803 */ "account\0"
        /*   2811 */ "action\0"
        /*   2818 */ "attributeName\0"
        /*   2832 */ "attributeValue\0"
        /*   2847 */ "authenticateOnUnsubscribe\0"
        /*   2873 */ "boolean\0"
        /*   2881 */ "delegate\0"
        /*   2890 */ "endpoint\0"
        /*   2899 */ "label\0"
        /*   2905 */ "message\0"
        /*   2913 */ "messageId\0"
        /*   2923 */ "messageStructure\0"
        /*   2940 */ "nextToken\0"
        /*   2950 */ "protocol\0"
        /*   2959 */ "string\0"
        /*   2966 */ "subject\0"
        /*   2974 */ "subscriptionARN\0"
        /*   2990 */ "token\0"
        /*   2996 */ "topicARN\0"
        /*   3005 */ "topicName",
#endif
};

/* The descriptor programs use (<awsc/sns.h>): the one in the tables. */
const struct awsc_service *awsc_sns_service(void)
{
    return &T.service;
}

enum awsc_sns_language_code_string awsc_sns_language_code_string_parse(const char *value)
{
    return (enum awsc_sns_language_code_string)awsc_enum_parse(&T.strings[1114], 13, value);
}

const char *awsc_sns_language_code_string_str(enum awsc_sns_language_code_string value)
{
    return awsc_enum_str(&T.strings[1114], 13, (int)value);
}

enum awsc_sns_number_capability awsc_sns_number_capability_parse(const char *value)
{
    return (enum awsc_sns_number_capability)awsc_enum_parse(&T.strings[1368], 3, value);
}

const char *awsc_sns_number_capability_str(enum awsc_sns_number_capability value)
{
    return awsc_enum_str(&T.strings[1368], 3, (int)value);
}

enum awsc_sns_route_type awsc_sns_route_type_parse(const char *value)
{
    return (enum awsc_sns_route_type)awsc_enum_parse(&T.strings[1789], 3, value);
}

const char *awsc_sns_route_type_str(enum awsc_sns_route_type value)
{
    return awsc_enum_str(&T.strings[1789], 3, (int)value);
}

enum awsc_sns_sms_sandbox_phone_number_verification_status awsc_sns_sms_sandbox_phone_number_verification_status_parse(const char *value)
{
    return (enum awsc_sns_sms_sandbox_phone_number_verification_status)awsc_enum_parse(&T.strings[1823], 2, value);
}

const char *awsc_sns_sms_sandbox_phone_number_verification_status_str(enum awsc_sns_sms_sandbox_phone_number_verification_status value)
{
    return awsc_enum_str(&T.strings[1823], 2, (int)value);
}

#undef PREF
#undef PAGERS
#undef RULES_REF
#undef RULES
#undef SHAPE_NAME
#undef MREF
#undef REF
#undef T
