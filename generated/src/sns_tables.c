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
    struct awsc_shape shapes[174];
    struct awsc_member members[189];
    uint16_t by_wire_name[189];
    struct awsc_range ranges[8];
    struct awsc_xml_refs xml_refs[1];
    char strings[6902];
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
        .name_ref = REF(service.name_ref, strings[6807]),
        .service_id_ref = REF(service.service_id_ref, strings[6811]),
        .full_name_ref = REF(service.full_name_ref, strings[6815]),
        .api_version_ref = REF(service.api_version_ref, strings[6850]),
        .endpoint_prefix_ref = REF(service.endpoint_prefix_ref, strings[6807]),
        .signing_name_ref = REF(service.signing_name_ref, strings[6807]),
        .xml_namespace_ref = REF(service.xml_namespace_ref, strings[6861]),
        .env_name_ref = REF(service.env_name_ref, strings[6811]),
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
            .name_ref = REF(operations[0].name_ref, strings[5267]),
            .http_method_ref = REF(operations[0].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[0].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[0].input_ref, shapes[1]),
            .errors_ref = REF(operations[0].errors_ref, op_errors[0]),
            .service_ref = REF(operations[0].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [1] = { /* CheckIfPhoneNumberIsOptedOut */
            .name_ref = REF(operations[1].name_ref, strings[5288]),
            .http_method_ref = REF(operations[1].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[1].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[1].input_ref, shapes[9]),
            .output_ref = REF(operations[1].output_ref, shapes[10]),
            .errors_ref = REF(operations[1].errors_ref, op_errors[4]),
            .service_ref = REF(operations[1].service_ref, service),
            .result_wrapper_ref = REF(operations[1].result_wrapper_ref, strings[5317]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [2] = { /* ConfirmSubscription */
            .name_ref = REF(operations[2].name_ref, strings[5352]),
            .http_method_ref = REF(operations[2].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[2].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[2].input_ref, shapes[12]),
            .output_ref = REF(operations[2].output_ref, shapes[13]),
            .errors_ref = REF(operations[2].errors_ref, op_errors[8]),
            .service_ref = REF(operations[2].service_ref, service),
            .result_wrapper_ref = REF(operations[2].result_wrapper_ref, strings[5372]),
            .error_count = 7,
            .auth = AWSC_AUTH_SIGV4,
        },
        [3] = { /* CreatePlatformApplication */
            .name_ref = REF(operations[3].name_ref, strings[5398]),
            .http_method_ref = REF(operations[3].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[3].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[3].input_ref, shapes[15]),
            .output_ref = REF(operations[3].output_ref, shapes[16]),
            .errors_ref = REF(operations[3].errors_ref, op_errors[15]),
            .service_ref = REF(operations[3].service_ref, service),
            .result_wrapper_ref = REF(operations[3].result_wrapper_ref, strings[5424]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [4] = { /* CreatePlatformEndpoint */
            .name_ref = REF(operations[4].name_ref, strings[5456]),
            .http_method_ref = REF(operations[4].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[4].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[4].input_ref, shapes[17]),
            .output_ref = REF(operations[4].output_ref, shapes[14]),
            .errors_ref = REF(operations[4].errors_ref, op_errors[18]),
            .service_ref = REF(operations[4].service_ref, service),
            .result_wrapper_ref = REF(operations[4].result_wrapper_ref, strings[5479]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [5] = { /* CreateSMSSandboxPhoneNumber */
            .name_ref = REF(operations[5].name_ref, strings[5508]),
            .http_method_ref = REF(operations[5].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[5].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[5].input_ref, shapes[18]),
            .output_ref = REF(operations[5].output_ref, shapes[19]),
            .errors_ref = REF(operations[5].errors_ref, op_errors[22]),
            .service_ref = REF(operations[5].service_ref, service),
            .result_wrapper_ref = REF(operations[5].result_wrapper_ref, strings[822]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [6] = { /* CreateTopic */
            .name_ref = REF(operations[6].name_ref, strings[5536]),
            .http_method_ref = REF(operations[6].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[6].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[6].input_ref, shapes[20]),
            .output_ref = REF(operations[6].output_ref, shapes[21]),
            .errors_ref = REF(operations[6].errors_ref, op_errors[28]),
            .service_ref = REF(operations[6].service_ref, service),
            .result_wrapper_ref = REF(operations[6].result_wrapper_ref, strings[5548]),
            .error_count = 9,
            .auth = AWSC_AUTH_SIGV4,
        },
        [7] = { /* DeleteEndpoint */
            .name_ref = REF(operations[7].name_ref, strings[5566]),
            .http_method_ref = REF(operations[7].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[7].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[7].input_ref, shapes[23]),
            .errors_ref = REF(operations[7].errors_ref, op_errors[37]),
            .service_ref = REF(operations[7].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [8] = { /* DeletePlatformApplication */
            .name_ref = REF(operations[8].name_ref, strings[5581]),
            .http_method_ref = REF(operations[8].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[8].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[8].input_ref, shapes[24]),
            .errors_ref = REF(operations[8].errors_ref, op_errors[40]),
            .service_ref = REF(operations[8].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [9] = { /* DeleteSMSSandboxPhoneNumber */
            .name_ref = REF(operations[9].name_ref, strings[5607]),
            .http_method_ref = REF(operations[9].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[9].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[9].input_ref, shapes[25]),
            .output_ref = REF(operations[9].output_ref, shapes[26]),
            .errors_ref = REF(operations[9].errors_ref, op_errors[43]),
            .service_ref = REF(operations[9].service_ref, service),
            .result_wrapper_ref = REF(operations[9].result_wrapper_ref, strings[1017]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [10] = { /* DeleteTopic */
            .name_ref = REF(operations[10].name_ref, strings[5635]),
            .http_method_ref = REF(operations[10].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[10].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[10].input_ref, shapes[27]),
            .errors_ref = REF(operations[10].errors_ref, op_errors[49]),
            .service_ref = REF(operations[10].service_ref, service),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
        },
        [11] = { /* GetDataProtectionPolicy */
            .name_ref = REF(operations[11].name_ref, strings[5647]),
            .http_method_ref = REF(operations[11].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[11].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[11].input_ref, shapes[32]),
            .output_ref = REF(operations[11].output_ref, shapes[33]),
            .errors_ref = REF(operations[11].errors_ref, op_errors[57]),
            .service_ref = REF(operations[11].service_ref, service),
            .result_wrapper_ref = REF(operations[11].result_wrapper_ref, strings[5671]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [12] = { /* GetEndpointAttributes */
            .name_ref = REF(operations[12].name_ref, strings[5701]),
            .http_method_ref = REF(operations[12].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[12].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[12].input_ref, shapes[34]),
            .output_ref = REF(operations[12].output_ref, shapes[35]),
            .errors_ref = REF(operations[12].errors_ref, op_errors[62]),
            .service_ref = REF(operations[12].service_ref, service),
            .result_wrapper_ref = REF(operations[12].result_wrapper_ref, strings[5723]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [13] = { /* GetPlatformApplicationAttributes */
            .name_ref = REF(operations[13].name_ref, strings[5751]),
            .http_method_ref = REF(operations[13].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[13].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[13].input_ref, shapes[36]),
            .output_ref = REF(operations[13].output_ref, shapes[37]),
            .errors_ref = REF(operations[13].errors_ref, op_errors[66]),
            .service_ref = REF(operations[13].service_ref, service),
            .result_wrapper_ref = REF(operations[13].result_wrapper_ref, strings[5784]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [14] = { /* GetSMSAttributes */
            .name_ref = REF(operations[14].name_ref, strings[5823]),
            .http_method_ref = REF(operations[14].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[14].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[14].input_ref, shapes[38]),
            .output_ref = REF(operations[14].output_ref, shapes[39]),
            .errors_ref = REF(operations[14].errors_ref, op_errors[70]),
            .service_ref = REF(operations[14].service_ref, service),
            .result_wrapper_ref = REF(operations[14].result_wrapper_ref, strings[5840]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [15] = { /* GetSMSSandboxAccountStatus */
            .name_ref = REF(operations[15].name_ref, strings[5863]),
            .http_method_ref = REF(operations[15].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[15].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[15].input_ref, shapes[40]),
            .output_ref = REF(operations[15].output_ref, shapes[41]),
            .errors_ref = REF(operations[15].errors_ref, op_errors[74]),
            .service_ref = REF(operations[15].service_ref, service),
            .result_wrapper_ref = REF(operations[15].result_wrapper_ref, strings[1525]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [16] = { /* GetSubscriptionAttributes */
            .name_ref = REF(operations[16].name_ref, strings[5890]),
            .http_method_ref = REF(operations[16].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[16].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[16].input_ref, shapes[42]),
            .output_ref = REF(operations[16].output_ref, shapes[43]),
            .errors_ref = REF(operations[16].errors_ref, op_errors[77]),
            .service_ref = REF(operations[16].service_ref, service),
            .result_wrapper_ref = REF(operations[16].result_wrapper_ref, strings[5916]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [17] = { /* GetTopicAttributes */
            .name_ref = REF(operations[17].name_ref, strings[5948]),
            .http_method_ref = REF(operations[17].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[17].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[17].input_ref, shapes[44]),
            .output_ref = REF(operations[17].output_ref, shapes[45]),
            .errors_ref = REF(operations[17].errors_ref, op_errors[81]),
            .service_ref = REF(operations[17].service_ref, service),
            .result_wrapper_ref = REF(operations[17].result_wrapper_ref, strings[5967]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [18] = { /* ListEndpointsByPlatformApplication */
            .name_ref = REF(operations[18].name_ref, strings[5992]),
            .http_method_ref = REF(operations[18].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[18].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[18].input_ref, shapes[60]),
            .output_ref = REF(operations[18].output_ref, shapes[61]),
            .errors_ref = REF(operations[18].errors_ref, op_errors[86]),
            .service_ref = REF(operations[18].service_ref, service),
            .result_wrapper_ref = REF(operations[18].result_wrapper_ref, strings[6027]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [19] = { /* ListOriginationNumbers */
            .name_ref = REF(operations[19].name_ref, strings[6068]),
            .http_method_ref = REF(operations[19].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[19].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[19].input_ref, shapes[64]),
            .output_ref = REF(operations[19].output_ref, shapes[65]),
            .errors_ref = REF(operations[19].errors_ref, op_errors[90]),
            .service_ref = REF(operations[19].service_ref, service),
            .result_wrapper_ref = REF(operations[19].result_wrapper_ref, strings[2447]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [20] = { /* ListPhoneNumbersOptedOut */
            .name_ref = REF(operations[20].name_ref, strings[6091]),
            .http_method_ref = REF(operations[20].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[20].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[20].input_ref, shapes[66]),
            .output_ref = REF(operations[20].output_ref, shapes[67]),
            .errors_ref = REF(operations[20].errors_ref, op_errors[95]),
            .service_ref = REF(operations[20].service_ref, service),
            .result_wrapper_ref = REF(operations[20].result_wrapper_ref, strings[6116]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [21] = { /* ListPlatformApplications */
            .name_ref = REF(operations[21].name_ref, strings[6147]),
            .http_method_ref = REF(operations[21].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[21].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[21].input_ref, shapes[68]),
            .output_ref = REF(operations[21].output_ref, shapes[69]),
            .errors_ref = REF(operations[21].errors_ref, op_errors[99]),
            .service_ref = REF(operations[21].service_ref, service),
            .result_wrapper_ref = REF(operations[21].result_wrapper_ref, strings[6172]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [22] = { /* ListSMSSandboxPhoneNumbers */
            .name_ref = REF(operations[22].name_ref, strings[6203]),
            .http_method_ref = REF(operations[22].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[22].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[22].input_ref, shapes[70]),
            .output_ref = REF(operations[22].output_ref, shapes[71]),
            .errors_ref = REF(operations[22].errors_ref, op_errors[102]),
            .service_ref = REF(operations[22].service_ref, service),
            .result_wrapper_ref = REF(operations[22].result_wrapper_ref, strings[2691]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [23] = { /* ListSubscriptions */
            .name_ref = REF(operations[23].name_ref, strings[6230]),
            .http_method_ref = REF(operations[23].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[23].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[23].input_ref, shapes[75]),
            .output_ref = REF(operations[23].output_ref, shapes[76]),
            .errors_ref = REF(operations[23].errors_ref, op_errors[107]),
            .service_ref = REF(operations[23].service_ref, service),
            .result_wrapper_ref = REF(operations[23].result_wrapper_ref, strings[6248]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [24] = { /* ListSubscriptionsByTopic */
            .name_ref = REF(operations[24].name_ref, strings[6272]),
            .http_method_ref = REF(operations[24].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[24].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[24].input_ref, shapes[73]),
            .output_ref = REF(operations[24].output_ref, shapes[74]),
            .errors_ref = REF(operations[24].errors_ref, op_errors[110]),
            .service_ref = REF(operations[24].service_ref, service),
            .result_wrapper_ref = REF(operations[24].result_wrapper_ref, strings[6297]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [25] = { /* ListTagsForResource */
            .name_ref = REF(operations[25].name_ref, strings[6328]),
            .http_method_ref = REF(operations[25].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[25].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[25].input_ref, shapes[77]),
            .output_ref = REF(operations[25].output_ref, shapes[78]),
            .errors_ref = REF(operations[25].errors_ref, op_errors[114]),
            .service_ref = REF(operations[25].service_ref, service),
            .result_wrapper_ref = REF(operations[25].result_wrapper_ref, strings[6348]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [26] = { /* ListTopics */
            .name_ref = REF(operations[26].name_ref, strings[6374]),
            .http_method_ref = REF(operations[26].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[26].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[26].input_ref, shapes[79]),
            .output_ref = REF(operations[26].output_ref, shapes[80]),
            .errors_ref = REF(operations[26].errors_ref, op_errors[119]),
            .service_ref = REF(operations[26].service_ref, service),
            .result_wrapper_ref = REF(operations[26].result_wrapper_ref, strings[6385]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [27] = { /* OptInPhoneNumber */
            .name_ref = REF(operations[27].name_ref, strings[6402]),
            .http_method_ref = REF(operations[27].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[27].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[27].input_ref, shapes[90]),
            .output_ref = REF(operations[27].output_ref, shapes[91]),
            .errors_ref = REF(operations[27].errors_ref, op_errors[122]),
            .service_ref = REF(operations[27].service_ref, service),
            .result_wrapper_ref = REF(operations[27].result_wrapper_ref, strings[6419]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [28] = { /* Publish */
            .name_ref = REF(operations[28].name_ref, strings[6442]),
            .http_method_ref = REF(operations[28].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[28].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[28].input_ref, shapes[106]),
            .output_ref = REF(operations[28].output_ref, shapes[107]),
            .errors_ref = REF(operations[28].errors_ref, op_errors[126]),
            .service_ref = REF(operations[28].service_ref, service),
            .result_wrapper_ref = REF(operations[28].result_wrapper_ref, strings[6450]),
            .error_count = 15,
            .auth = AWSC_AUTH_SIGV4,
        },
        [29] = { /* PublishBatch */
            .name_ref = REF(operations[29].name_ref, strings[6464]),
            .http_method_ref = REF(operations[29].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[29].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[29].input_ref, shapes[100]),
            .output_ref = REF(operations[29].output_ref, shapes[103]),
            .errors_ref = REF(operations[29].errors_ref, op_errors[141]),
            .service_ref = REF(operations[29].service_ref, service),
            .result_wrapper_ref = REF(operations[29].result_wrapper_ref, strings[6477]),
            .error_count = 20,
            .auth = AWSC_AUTH_SIGV4,
        },
        [30] = { /* PutDataProtectionPolicy */
            .name_ref = REF(operations[30].name_ref, strings[6496]),
            .http_method_ref = REF(operations[30].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[30].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[30].input_ref, shapes[108]),
            .errors_ref = REF(operations[30].errors_ref, op_errors[161]),
            .service_ref = REF(operations[30].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [31] = { /* RemovePermission */
            .name_ref = REF(operations[31].name_ref, strings[6520]),
            .http_method_ref = REF(operations[31].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[31].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[31].input_ref, shapes[109]),
            .errors_ref = REF(operations[31].errors_ref, op_errors[166]),
            .service_ref = REF(operations[31].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [32] = { /* SetEndpointAttributes */
            .name_ref = REF(operations[32].name_ref, strings[6537]),
            .http_method_ref = REF(operations[32].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[32].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[32].input_ref, shapes[116]),
            .errors_ref = REF(operations[32].errors_ref, op_errors[170]),
            .service_ref = REF(operations[32].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [33] = { /* SetPlatformApplicationAttributes */
            .name_ref = REF(operations[33].name_ref, strings[6559]),
            .http_method_ref = REF(operations[33].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[33].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[33].input_ref, shapes[117]),
            .errors_ref = REF(operations[33].errors_ref, op_errors[174]),
            .service_ref = REF(operations[33].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [34] = { /* SetSMSAttributes */
            .name_ref = REF(operations[34].name_ref, strings[6592]),
            .http_method_ref = REF(operations[34].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[34].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[34].input_ref, shapes[118]),
            .output_ref = REF(operations[34].output_ref, shapes[119]),
            .errors_ref = REF(operations[34].errors_ref, op_errors[178]),
            .service_ref = REF(operations[34].service_ref, service),
            .result_wrapper_ref = REF(operations[34].result_wrapper_ref, strings[6609]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [35] = { /* SetSubscriptionAttributes */
            .name_ref = REF(operations[35].name_ref, strings[6632]),
            .http_method_ref = REF(operations[35].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[35].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[35].input_ref, shapes[120]),
            .errors_ref = REF(operations[35].errors_ref, op_errors[182]),
            .service_ref = REF(operations[35].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [36] = { /* SetTopicAttributes */
            .name_ref = REF(operations[36].name_ref, strings[6658]),
            .http_method_ref = REF(operations[36].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[36].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[36].input_ref, shapes[121]),
            .errors_ref = REF(operations[36].errors_ref, op_errors[188]),
            .service_ref = REF(operations[36].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [37] = { /* Subscribe */
            .name_ref = REF(operations[37].name_ref, strings[6677]),
            .http_method_ref = REF(operations[37].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[37].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[37].input_ref, shapes[124]),
            .output_ref = REF(operations[37].output_ref, shapes[125]),
            .errors_ref = REF(operations[37].errors_ref, op_errors[193]),
            .service_ref = REF(operations[37].service_ref, service),
            .result_wrapper_ref = REF(operations[37].result_wrapper_ref, strings[6687]),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
        },
        [38] = { /* TagResource */
            .name_ref = REF(operations[38].name_ref, strings[6703]),
            .http_method_ref = REF(operations[38].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[38].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[38].input_ref, shapes[136]),
            .output_ref = REF(operations[38].output_ref, shapes[137]),
            .errors_ref = REF(operations[38].errors_ref, op_errors[201]),
            .service_ref = REF(operations[38].service_ref, service),
            .result_wrapper_ref = REF(operations[38].result_wrapper_ref, strings[6715]),
            .error_count = 7,
            .auth = AWSC_AUTH_SIGV4,
        },
        [39] = { /* Unsubscribe */
            .name_ref = REF(operations[39].name_ref, strings[6733]),
            .http_method_ref = REF(operations[39].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[39].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[39].input_ref, shapes[146]),
            .errors_ref = REF(operations[39].errors_ref, op_errors[208]),
            .service_ref = REF(operations[39].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [40] = { /* UntagResource */
            .name_ref = REF(operations[40].name_ref, strings[6745]),
            .http_method_ref = REF(operations[40].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[40].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[40].input_ref, shapes[147]),
            .output_ref = REF(operations[40].output_ref, shapes[148]),
            .errors_ref = REF(operations[40].errors_ref, op_errors[213]),
            .service_ref = REF(operations[40].service_ref, service),
            .result_wrapper_ref = REF(operations[40].result_wrapper_ref, strings[6759]),
            .error_count = 7,
            .auth = AWSC_AUTH_SIGV4,
        },
        [41] = { /* VerifySMSSandboxPhoneNumber */
            .name_ref = REF(operations[41].name_ref, strings[6779]),
            .http_method_ref = REF(operations[41].http_method_ref, strings[5281]),
            .request_uri_ref = REF(operations[41].request_uri_ref, strings[5286]),
            .input_ref = REF(operations[41].input_ref, shapes[152]),
            .output_ref = REF(operations[41].output_ref, shapes[153]),
            .errors_ref = REF(operations[41].errors_ref, op_errors[220]),
            .service_ref = REF(operations[41].service_ref, service),
            .result_wrapper_ref = REF(operations[41].result_wrapper_ref, strings[5039]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
    },
    /* each operation's modeled errors */
    .op_errors = {
        REF(op_errors[0], shapes[3]),
        REF(op_errors[1], shapes[46]),
        REF(op_errors[2], shapes[48]),
        REF(op_errors[3], shapes[86]),
        REF(op_errors[4], shapes[3]),
        REF(op_errors[5], shapes[46]),
        REF(op_errors[6], shapes[48]),
        REF(op_errors[7], shapes[139]),
        REF(op_errors[8], shapes[3]),
        REF(op_errors[9], shapes[31]),
        REF(op_errors[10], shapes[46]),
        REF(op_errors[11], shapes[48]),
        REF(op_errors[12], shapes[86]),
        REF(op_errors[13], shapes[110]),
        REF(op_errors[14], shapes[128]),
        REF(op_errors[15], shapes[3]),
        REF(op_errors[16], shapes[46]),
        REF(op_errors[17], shapes[48]),
        REF(op_errors[18], shapes[3]),
        REF(op_errors[19], shapes[46]),
        REF(op_errors[20], shapes[48]),
        REF(op_errors[21], shapes[86]),
        REF(op_errors[22], shapes[3]),
        REF(op_errors[23], shapes[46]),
        REF(op_errors[24], shapes[48]),
        REF(op_errors[25], shapes[92]),
        REF(op_errors[26], shapes[139]),
        REF(op_errors[27], shapes[149]),
        REF(op_errors[28], shapes[3]),
        REF(op_errors[29], shapes[11]),
        REF(op_errors[30], shapes[46]),
        REF(op_errors[31], shapes[48]),
        REF(op_errors[32], shapes[50]),
        REF(op_errors[33], shapes[122]),
        REF(op_errors[34], shapes[133]),
        REF(op_errors[35], shapes[135]),
        REF(op_errors[36], shapes[144]),
        REF(op_errors[37], shapes[3]),
        REF(op_errors[38], shapes[46]),
        REF(op_errors[39], shapes[48]),
        REF(op_errors[40], shapes[3]),
        REF(op_errors[41], shapes[46]),
        REF(op_errors[42], shapes[48]),
        REF(op_errors[43], shapes[3]),
        REF(op_errors[44], shapes[46]),
        REF(op_errors[45], shapes[48]),
        REF(op_errors[46], shapes[111]),
        REF(op_errors[47], shapes[139]),
        REF(op_errors[48], shapes[149]),
        REF(op_errors[49], shapes[3]),
        REF(op_errors[50], shapes[11]),
        REF(op_errors[51], shapes[46]),
        REF(op_errors[52], shapes[48]),
        REF(op_errors[53], shapes[51]),
        REF(op_errors[54], shapes[86]),
        REF(op_errors[55], shapes[122]),
        REF(op_errors[56], shapes[135]),
        REF(op_errors[57], shapes[3]),
        REF(op_errors[58], shapes[46]),
        REF(op_errors[59], shapes[48]),
        REF(op_errors[60], shapes[50]),
        REF(op_errors[61], shapes[86]),
        REF(op_errors[62], shapes[3]),
        REF(op_errors[63], shapes[46]),
        REF(op_errors[64], shapes[48]),
        REF(op_errors[65], shapes[86]),
        REF(op_errors[66], shapes[3]),
        REF(op_errors[67], shapes[46]),
        REF(op_errors[68], shapes[48]),
        REF(op_errors[69], shapes[86]),
        REF(op_errors[70], shapes[3]),
        REF(op_errors[71], shapes[46]),
        REF(op_errors[72], shapes[48]),
        REF(op_errors[73], shapes[139]),
        REF(op_errors[74], shapes[3]),
        REF(op_errors[75], shapes[46]),
        REF(op_errors[76], shapes[139]),
        REF(op_errors[77], shapes[3]),
        REF(op_errors[78], shapes[46]),
        REF(op_errors[79], shapes[48]),
        REF(op_errors[80], shapes[86]),
        REF(op_errors[81], shapes[3]),
        REF(op_errors[82], shapes[46]),
        REF(op_errors[83], shapes[48]),
        REF(op_errors[84], shapes[50]),
        REF(op_errors[85], shapes[86]),
        REF(op_errors[86], shapes[3]),
        REF(op_errors[87], shapes[46]),
        REF(op_errors[88], shapes[48]),
        REF(op_errors[89], shapes[86]),
        REF(op_errors[90], shapes[3]),
        REF(op_errors[91], shapes[46]),
        REF(op_errors[92], shapes[48]),
        REF(op_errors[93], shapes[139]),
        REF(op_errors[94], shapes[150]),
        REF(op_errors[95], shapes[3]),
        REF(op_errors[96], shapes[46]),
        REF(op_errors[97], shapes[48]),
        REF(op_errors[98], shapes[139]),
        REF(op_errors[99], shapes[3]),
        REF(op_errors[100], shapes[46]),
        REF(op_errors[101], shapes[48]),
        REF(op_errors[102], shapes[3]),
        REF(op_errors[103], shapes[46]),
        REF(op_errors[104], shapes[48]),
        REF(op_errors[105], shapes[111]),
        REF(op_errors[106], shapes[139]),
        REF(op_errors[107], shapes[3]),
        REF(op_errors[108], shapes[46]),
        REF(op_errors[109], shapes[48]),
        REF(op_errors[110], shapes[3]),
        REF(op_errors[111], shapes[46]),
        REF(op_errors[112], shapes[48]),
        REF(op_errors[113], shapes[86]),
        REF(op_errors[114], shapes[3]),
        REF(op_errors[115], shapes[11]),
        REF(op_errors[116], shapes[48]),
        REF(op_errors[117], shapes[111]),
        REF(op_errors[118], shapes[135]),
        REF(op_errors[119], shapes[3]),
        REF(op_errors[120], shapes[46]),
        REF(op_errors[121], shapes[48]),
        REF(op_errors[122], shapes[3]),
        REF(op_errors[123], shapes[46]),
        REF(op_errors[124], shapes[48]),
        REF(op_errors[125], shapes[139]),
        REF(op_errors[126], shapes[3]),
        REF(op_errors[127], shapes[30]),
        REF(op_errors[128], shapes[46]),
        REF(op_errors[129], shapes[48]),
        REF(op_errors[130], shapes[49]),
        REF(op_errors[131], shapes[50]),
        REF(op_errors[132], shapes[53]),
        REF(op_errors[133], shapes[54]),
        REF(op_errors[134], shapes[55]),
        REF(op_errors[135], shapes[56]),
        REF(op_errors[136], shapes[57]),
        REF(op_errors[137], shapes[58]),
        REF(op_errors[138], shapes[86]),
        REF(op_errors[139], shapes[99]),
        REF(op_errors[140], shapes[150]),
        REF(op_errors[141], shapes[3]),
        REF(op_errors[142], shapes[4]),
        REF(op_errors[143], shapes[5]),
        REF(op_errors[144], shapes[28]),
        REF(op_errors[145], shapes[30]),
        REF(op_errors[146], shapes[46]),
        REF(op_errors[147], shapes[47]),
        REF(op_errors[148], shapes[48]),
        REF(op_errors[149], shapes[49]),
        REF(op_errors[150], shapes[50]),
        REF(op_errors[151], shapes[53]),
        REF(op_errors[152], shapes[54]),
        REF(op_errors[153], shapes[55]),
        REF(op_errors[154], shapes[56]),
        REF(op_errors[155], shapes[57]),
        REF(op_errors[156], shapes[58]),
        REF(op_errors[157], shapes[86]),
        REF(op_errors[158], shapes[99]),
        REF(op_errors[159], shapes[141]),
        REF(op_errors[160], shapes[150]),
        REF(op_errors[161], shapes[3]),
        REF(op_errors[162], shapes[46]),
        REF(op_errors[163], shapes[48]),
        REF(op_errors[164], shapes[50]),
        REF(op_errors[165], shapes[86]),
        REF(op_errors[166], shapes[3]),
        REF(op_errors[167], shapes[46]),
        REF(op_errors[168], shapes[48]),
        REF(op_errors[169], shapes[86]),
        REF(op_errors[170], shapes[3]),
        REF(op_errors[171], shapes[46]),
        REF(op_errors[172], shapes[48]),
        REF(op_errors[173], shapes[86]),
        REF(op_errors[174], shapes[3]),
        REF(op_errors[175], shapes[46]),
        REF(op_errors[176], shapes[48]),
        REF(op_errors[177], shapes[86]),
        REF(op_errors[178], shapes[3]),
        REF(op_errors[179], shapes[46]),
        REF(op_errors[180], shapes[48]),
        REF(op_errors[181], shapes[139]),
        REF(op_errors[182], shapes[3]),
        REF(op_errors[183], shapes[31]),
        REF(op_errors[184], shapes[46]),
        REF(op_errors[185], shapes[48]),
        REF(op_errors[186], shapes[86]),
        REF(op_errors[187], shapes[110]),
        REF(op_errors[188], shapes[3]),
        REF(op_errors[189], shapes[46]),
        REF(op_errors[190], shapes[48]),
        REF(op_errors[191], shapes[50]),
        REF(op_errors[192], shapes[86]),
        REF(op_errors[193], shapes[3]),
        REF(op_errors[194], shapes[31]),
        REF(op_errors[195], shapes[46]),
        REF(op_errors[196], shapes[48]),
        REF(op_errors[197], shapes[50]),
        REF(op_errors[198], shapes[86]),
        REF(op_errors[199], shapes[110]),
        REF(op_errors[200], shapes[128]),
        REF(op_errors[201], shapes[3]),
        REF(op_errors[202], shapes[11]),
        REF(op_errors[203], shapes[48]),
        REF(op_errors[204], shapes[111]),
        REF(op_errors[205], shapes[122]),
        REF(op_errors[206], shapes[133]),
        REF(op_errors[207], shapes[135]),
        REF(op_errors[208], shapes[3]),
        REF(op_errors[209], shapes[46]),
        REF(op_errors[210], shapes[48]),
        REF(op_errors[211], shapes[50]),
        REF(op_errors[212], shapes[86]),
        REF(op_errors[213], shapes[3]),
        REF(op_errors[214], shapes[11]),
        REF(op_errors[215], shapes[48]),
        REF(op_errors[216], shapes[111]),
        REF(op_errors[217], shapes[122]),
        REF(op_errors[218], shapes[133]),
        REF(op_errors[219], shapes[135]),
        REF(op_errors[220], shapes[3]),
        REF(op_errors[221], shapes[46]),
        REF(op_errors[222], shapes[48]),
        REF(op_errors[223], shapes[111]),
        REF(op_errors[224], shapes[139]),
        REF(op_errors[225], shapes[151]),
    },
    /* every modeled error of the service, sorted by its code on the wire */
    .service_errors = {
        REF(service_errors[0], shapes[3]),
        REF(service_errors[1], shapes[4]),
        REF(service_errors[2], shapes[5]),
        REF(service_errors[3], shapes[11]),
        REF(service_errors[4], shapes[28]),
        REF(service_errors[5], shapes[30]),
        REF(service_errors[6], shapes[31]),
        REF(service_errors[7], shapes[46]),
        REF(service_errors[8], shapes[47]),
        REF(service_errors[9], shapes[48]),
        REF(service_errors[10], shapes[50]),
        REF(service_errors[11], shapes[51]),
        REF(service_errors[12], shapes[53]),
        REF(service_errors[13], shapes[54]),
        REF(service_errors[14], shapes[55]),
        REF(service_errors[15], shapes[56]),
        REF(service_errors[16], shapes[57]),
        REF(service_errors[17], shapes[58]),
        REF(service_errors[18], shapes[86]),
        REF(service_errors[19], shapes[92]),
        REF(service_errors[20], shapes[49]),
        REF(service_errors[21], shapes[99]),
        REF(service_errors[22], shapes[110]),
        REF(service_errors[23], shapes[111]),
        REF(service_errors[24], shapes[122]),
        REF(service_errors[25], shapes[128]),
        REF(service_errors[26], shapes[133]),
        REF(service_errors[27], shapes[135]),
        REF(service_errors[28], shapes[139]),
        REF(service_errors[29], shapes[141]),
        REF(service_errors[30], shapes[144]),
        REF(service_errors[31], shapes[149]),
        REF(service_errors[32], shapes[150]),
        REF(service_errors[33], shapes[151]),
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
    .shapes = {
        [0] = { /* ActionsList */
            .name_ref = REF(shapes[0].name_ref, strings[0]),
            .u.collection.item_ref = REF(shapes[0].u.collection.item_ref, shapes[155]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sns_tag_key_list),
        },
        [1] = { /* AddPermissionInput */
            .name_ref = REF(shapes[1].name_ref, strings[12]),
            .u.structure.members_ref = REF(shapes[1].u.structure.members_ref, members[0]),
            .u.structure.by_wire_name_ref = REF(shapes[1].u.structure.by_wire_name_ref, by_wire_name[0]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_add_permission_input),
            .u.structure.member_count = 4,
        },
        [2] = { /* AmazonResourceName */
            .name_ref = REF(shapes[2].name_ref, strings[70]),
            .range_ref = REF(shapes[2].range_ref, ranges[0]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [3] = { /* AuthorizationErrorException */
            .name_ref = REF(shapes[3].name_ref, strings[89]),
            .u.structure.members_ref = REF(shapes[3].u.structure.members_ref, members[4]),
            .u.structure.by_wire_name_ref = REF(shapes[3].u.structure.by_wire_name_ref, by_wire_name[4]),
            .u.structure.error_code_ref = REF(shapes[3].u.structure.error_code_ref, strings[125]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_authorization_error_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 403,
        },
        [4] = { /* BatchEntryIdsNotDistinctException */
            .name_ref = REF(shapes[4].name_ref, strings[144]),
            .u.structure.members_ref = REF(shapes[4].u.structure.members_ref, members[5]),
            .u.structure.by_wire_name_ref = REF(shapes[4].u.structure.by_wire_name_ref, by_wire_name[5]),
            .u.structure.error_code_ref = REF(shapes[4].u.structure.error_code_ref, strings[178]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_batch_entry_ids_not_distinct_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [5] = { /* BatchRequestTooLongException */
            .name_ref = REF(shapes[5].name_ref, strings[203]),
            .u.structure.members_ref = REF(shapes[5].u.structure.members_ref, members[6]),
            .u.structure.by_wire_name_ref = REF(shapes[5].u.structure.by_wire_name_ref, by_wire_name[6]),
            .u.structure.error_code_ref = REF(shapes[5].u.structure.error_code_ref, strings[232]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_batch_request_too_long_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [6] = { /* BatchResultErrorEntry */
            .name_ref = REF(shapes[6].name_ref, strings[252]),
            .u.structure.members_ref = REF(shapes[6].u.structure.members_ref, members[7]),
            .u.structure.by_wire_name_ref = REF(shapes[6].u.structure.by_wire_name_ref, by_wire_name[7]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_batch_result_error_entry),
            .u.structure.member_count = 4,
        },
        [7] = { /* BatchResultErrorEntryList */
            .name_ref = REF(shapes[7].name_ref, strings[302]),
            .u.collection.item_ref = REF(shapes[7].u.collection.item_ref, shapes[6]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sns_batch_result_error_entry_list),
        },
        [8] = { /* Binary */
            .name_ref = REF(shapes[8].name_ref, strings[328]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [9] = { /* CheckIfPhoneNumberIsOptedOutInput */
            .name_ref = REF(shapes[9].name_ref, strings[335]),
            .u.structure.members_ref = REF(shapes[9].u.structure.members_ref, members[11]),
            .u.structure.by_wire_name_ref = REF(shapes[9].u.structure.by_wire_name_ref, by_wire_name[11]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_check_if_phone_number_is_opted_out_input),
            .u.structure.member_count = 1,
        },
        [10] = { /* CheckIfPhoneNumberIsOptedOutResponse */
            .name_ref = REF(shapes[10].name_ref, strings[381]),
            .u.structure.members_ref = REF(shapes[10].u.structure.members_ref, members[12]),
            .u.structure.by_wire_name_ref = REF(shapes[10].u.structure.by_wire_name_ref, by_wire_name[12]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_check_if_phone_number_is_opted_out_output),
            .u.structure.member_count = 1,
        },
        [11] = { /* ConcurrentAccessException */
            .name_ref = REF(shapes[11].name_ref, strings[429]),
            .u.structure.members_ref = REF(shapes[11].u.structure.members_ref, members[13]),
            .u.structure.by_wire_name_ref = REF(shapes[11].u.structure.by_wire_name_ref, by_wire_name[13]),
            .u.structure.error_code_ref = REF(shapes[11].u.structure.error_code_ref, strings[455]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_concurrent_access_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [12] = { /* ConfirmSubscriptionInput */
            .name_ref = REF(shapes[12].name_ref, strings[472]),
            .u.structure.members_ref = REF(shapes[12].u.structure.members_ref, members[14]),
            .u.structure.by_wire_name_ref = REF(shapes[12].u.structure.by_wire_name_ref, by_wire_name[14]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_confirm_subscription_input),
            .u.structure.member_count = 3,
        },
        [13] = { /* ConfirmSubscriptionResponse */
            .name_ref = REF(shapes[13].name_ref, strings[529]),
            .u.structure.members_ref = REF(shapes[13].u.structure.members_ref, members[17]),
            .u.structure.by_wire_name_ref = REF(shapes[13].u.structure.by_wire_name_ref, by_wire_name[17]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_confirm_subscription_output),
            .u.structure.member_count = 1,
        },
        [14] = { /* CreateEndpointResponse */
            .name_ref = REF(shapes[14].name_ref, strings[573]),
            .u.structure.members_ref = REF(shapes[14].u.structure.members_ref, members[18]),
            .u.structure.by_wire_name_ref = REF(shapes[14].u.structure.by_wire_name_ref, by_wire_name[18]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_create_platform_endpoint_output),
            .u.structure.member_count = 1,
        },
        [15] = { /* CreatePlatformApplicationInput */
            .name_ref = REF(shapes[15].name_ref, strings[608]),
            .u.structure.members_ref = REF(shapes[15].u.structure.members_ref, members[19]),
            .u.structure.by_wire_name_ref = REF(shapes[15].u.structure.by_wire_name_ref, by_wire_name[19]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_create_platform_application_input),
            .u.structure.member_count = 3,
        },
        [16] = { /* CreatePlatformApplicationResponse */
            .name_ref = REF(shapes[16].name_ref, strings[664]),
            .u.structure.members_ref = REF(shapes[16].u.structure.members_ref, members[22]),
            .u.structure.by_wire_name_ref = REF(shapes[16].u.structure.by_wire_name_ref, by_wire_name[22]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_create_platform_application_output),
            .u.structure.member_count = 1,
        },
        [17] = { /* CreatePlatformEndpointInput */
            .name_ref = REF(shapes[17].name_ref, strings[721]),
            .u.structure.members_ref = REF(shapes[17].u.structure.members_ref, members[23]),
            .u.structure.by_wire_name_ref = REF(shapes[17].u.structure.by_wire_name_ref, by_wire_name[23]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_create_platform_endpoint_input),
            .u.structure.member_count = 4,
        },
        [18] = { /* CreateSMSSandboxPhoneNumberInput */
            .name_ref = REF(shapes[18].name_ref, strings[764]),
            .u.structure.members_ref = REF(shapes[18].u.structure.members_ref, members[27]),
            .u.structure.by_wire_name_ref = REF(shapes[18].u.structure.by_wire_name_ref, by_wire_name[27]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_create_sms_sandbox_phone_number_input),
            .u.structure.member_count = 2,
        },
        [19] = { /* CreateSMSSandboxPhoneNumberResult */
            .name_ref = REF(shapes[19].name_ref, strings[822]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_create_sms_sandbox_phone_number_output),
        },
        [20] = { /* CreateTopicInput */
            .name_ref = REF(shapes[20].name_ref, strings[856]),
            .u.structure.members_ref = REF(shapes[20].u.structure.members_ref, members[29]),
            .u.structure.by_wire_name_ref = REF(shapes[20].u.structure.by_wire_name_ref, by_wire_name[29]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_create_topic_input),
            .u.structure.member_count = 4,
        },
        [21] = { /* CreateTopicResponse */
            .name_ref = REF(shapes[21].name_ref, strings[899]),
            .u.structure.members_ref = REF(shapes[21].u.structure.members_ref, members[33]),
            .u.structure.by_wire_name_ref = REF(shapes[21].u.structure.by_wire_name_ref, by_wire_name[33]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_create_topic_output),
            .u.structure.member_count = 1,
        },
        [22] = { /* DelegatesList */
            .name_ref = REF(shapes[22].name_ref, strings[919]),
            .u.collection.item_ref = REF(shapes[22].u.collection.item_ref, shapes[160]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sns_tag_key_list),
        },
        [23] = { /* DeleteEndpointInput */
            .name_ref = REF(shapes[23].name_ref, strings[933]),
            .u.structure.members_ref = REF(shapes[23].u.structure.members_ref, members[34]),
            .u.structure.by_wire_name_ref = REF(shapes[23].u.structure.by_wire_name_ref, by_wire_name[34]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_delete_endpoint_input),
            .u.structure.member_count = 1,
        },
        [24] = { /* DeletePlatformApplicationInput */
            .name_ref = REF(shapes[24].name_ref, strings[953]),
            .u.structure.members_ref = REF(shapes[24].u.structure.members_ref, members[35]),
            .u.structure.by_wire_name_ref = REF(shapes[24].u.structure.by_wire_name_ref, by_wire_name[35]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_delete_platform_application_input),
            .u.structure.member_count = 1,
        },
        [25] = { /* DeleteSMSSandboxPhoneNumberInput */
            .name_ref = REF(shapes[25].name_ref, strings[984]),
            .u.structure.members_ref = REF(shapes[25].u.structure.members_ref, members[36]),
            .u.structure.by_wire_name_ref = REF(shapes[25].u.structure.by_wire_name_ref, by_wire_name[36]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_delete_sms_sandbox_phone_number_input),
            .u.structure.member_count = 1,
        },
        [26] = { /* DeleteSMSSandboxPhoneNumberResult */
            .name_ref = REF(shapes[26].name_ref, strings[1017]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_delete_sms_sandbox_phone_number_output),
        },
        [27] = { /* DeleteTopicInput */
            .name_ref = REF(shapes[27].name_ref, strings[1051]),
            .u.structure.members_ref = REF(shapes[27].u.structure.members_ref, members[37]),
            .u.structure.by_wire_name_ref = REF(shapes[27].u.structure.by_wire_name_ref, by_wire_name[37]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_delete_topic_input),
            .u.structure.member_count = 1,
        },
        [28] = { /* EmptyBatchRequestException */
            .name_ref = REF(shapes[28].name_ref, strings[1068]),
            .u.structure.members_ref = REF(shapes[28].u.structure.members_ref, members[38]),
            .u.structure.by_wire_name_ref = REF(shapes[28].u.structure.by_wire_name_ref, by_wire_name[38]),
            .u.structure.error_code_ref = REF(shapes[28].u.structure.error_code_ref, strings[1095]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_empty_batch_request_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [29] = { /* Endpoint */
            .name_ref = REF(shapes[29].name_ref, strings[1113]),
            .u.structure.members_ref = REF(shapes[29].u.structure.members_ref, members[39]),
            .u.structure.by_wire_name_ref = REF(shapes[29].u.structure.by_wire_name_ref, by_wire_name[39]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_endpoint),
            .u.structure.member_count = 2,
        },
        [30] = { /* EndpointDisabledException */
            .name_ref = REF(shapes[30].name_ref, strings[1122]),
            .u.structure.members_ref = REF(shapes[30].u.structure.members_ref, members[41]),
            .u.structure.by_wire_name_ref = REF(shapes[30].u.structure.by_wire_name_ref, by_wire_name[41]),
            .u.structure.error_code_ref = REF(shapes[30].u.structure.error_code_ref, strings[1148]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_endpoint_disabled_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [31] = { /* FilterPolicyLimitExceededException */
            .name_ref = REF(shapes[31].name_ref, strings[1165]),
            .u.structure.members_ref = REF(shapes[31].u.structure.members_ref, members[42]),
            .u.structure.by_wire_name_ref = REF(shapes[31].u.structure.by_wire_name_ref, by_wire_name[42]),
            .u.structure.error_code_ref = REF(shapes[31].u.structure.error_code_ref, strings[1200]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_filter_policy_limit_exceeded_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 403,
        },
        [32] = { /* GetDataProtectionPolicyInput */
            .name_ref = REF(shapes[32].name_ref, strings[1226]),
            .u.structure.members_ref = REF(shapes[32].u.structure.members_ref, members[43]),
            .u.structure.by_wire_name_ref = REF(shapes[32].u.structure.by_wire_name_ref, by_wire_name[43]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_get_data_protection_policy_input),
            .u.structure.member_count = 1,
        },
        [33] = { /* GetDataProtectionPolicyResponse */
            .name_ref = REF(shapes[33].name_ref, strings[1267]),
            .u.structure.members_ref = REF(shapes[33].u.structure.members_ref, members[44]),
            .u.structure.by_wire_name_ref = REF(shapes[33].u.structure.by_wire_name_ref, by_wire_name[44]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_get_data_protection_policy_output),
            .u.structure.member_count = 1,
        },
        [34] = { /* GetEndpointAttributesInput */
            .name_ref = REF(shapes[34].name_ref, strings[1299]),
            .u.structure.members_ref = REF(shapes[34].u.structure.members_ref, members[45]),
            .u.structure.by_wire_name_ref = REF(shapes[34].u.structure.by_wire_name_ref, by_wire_name[45]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_get_endpoint_attributes_input),
            .u.structure.member_count = 1,
        },
        [35] = { /* GetEndpointAttributesResponse */
            .name_ref = REF(shapes[35].name_ref, strings[1326]),
            .u.structure.members_ref = REF(shapes[35].u.structure.members_ref, members[46]),
            .u.structure.by_wire_name_ref = REF(shapes[35].u.structure.by_wire_name_ref, by_wire_name[46]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_get_endpoint_attributes_output),
            .u.structure.member_count = 1,
        },
        [36] = { /* GetPlatformApplicationAttributesInput */
            .name_ref = REF(shapes[36].name_ref, strings[1356]),
            .u.structure.members_ref = REF(shapes[36].u.structure.members_ref, members[47]),
            .u.structure.by_wire_name_ref = REF(shapes[36].u.structure.by_wire_name_ref, by_wire_name[47]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_get_platform_application_attributes_input),
            .u.structure.member_count = 1,
        },
        [37] = { /* GetPlatformApplicationAttributesResponse */
            .name_ref = REF(shapes[37].name_ref, strings[1394]),
            .u.structure.members_ref = REF(shapes[37].u.structure.members_ref, members[48]),
            .u.structure.by_wire_name_ref = REF(shapes[37].u.structure.by_wire_name_ref, by_wire_name[48]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_get_platform_application_attributes_output),
            .u.structure.member_count = 1,
        },
        [38] = { /* GetSMSAttributesInput */
            .name_ref = REF(shapes[38].name_ref, strings[1435]),
            .u.structure.members_ref = REF(shapes[38].u.structure.members_ref, members[49]),
            .u.structure.by_wire_name_ref = REF(shapes[38].u.structure.by_wire_name_ref, by_wire_name[49]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_get_sms_attributes_input),
            .u.structure.member_count = 1,
        },
        [39] = { /* GetSMSAttributesResponse */
            .name_ref = REF(shapes[39].name_ref, strings[1468]),
            .u.structure.members_ref = REF(shapes[39].u.structure.members_ref, members[50]),
            .u.structure.by_wire_name_ref = REF(shapes[39].u.structure.by_wire_name_ref, by_wire_name[50]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_get_sms_attributes_output),
            .u.structure.member_count = 1,
        },
        [40] = { /* GetSMSSandboxAccountStatusInput */
            .name_ref = REF(shapes[40].name_ref, strings[1493]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_get_sms_sandbox_account_status_input),
        },
        [41] = { /* GetSMSSandboxAccountStatusResult */
            .name_ref = REF(shapes[41].name_ref, strings[1525]),
            .u.structure.members_ref = REF(shapes[41].u.structure.members_ref, members[51]),
            .u.structure.by_wire_name_ref = REF(shapes[41].u.structure.by_wire_name_ref, by_wire_name[51]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_get_sms_sandbox_account_status_output),
            .u.structure.member_count = 1,
        },
        [42] = { /* GetSubscriptionAttributesInput */
            .name_ref = REF(shapes[42].name_ref, strings[1570]),
            .u.structure.members_ref = REF(shapes[42].u.structure.members_ref, members[52]),
            .u.structure.by_wire_name_ref = REF(shapes[42].u.structure.by_wire_name_ref, by_wire_name[52]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_get_subscription_attributes_input),
            .u.structure.member_count = 1,
        },
        [43] = { /* GetSubscriptionAttributesResponse */
            .name_ref = REF(shapes[43].name_ref, strings[1601]),
            .u.structure.members_ref = REF(shapes[43].u.structure.members_ref, members[53]),
            .u.structure.by_wire_name_ref = REF(shapes[43].u.structure.by_wire_name_ref, by_wire_name[53]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_get_subscription_attributes_output),
            .u.structure.member_count = 1,
        },
        [44] = { /* GetTopicAttributesInput */
            .name_ref = REF(shapes[44].name_ref, strings[1635]),
            .u.structure.members_ref = REF(shapes[44].u.structure.members_ref, members[54]),
            .u.structure.by_wire_name_ref = REF(shapes[44].u.structure.by_wire_name_ref, by_wire_name[54]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_get_topic_attributes_input),
            .u.structure.member_count = 1,
        },
        [45] = { /* GetTopicAttributesResponse */
            .name_ref = REF(shapes[45].name_ref, strings[1659]),
            .u.structure.members_ref = REF(shapes[45].u.structure.members_ref, members[55]),
            .u.structure.by_wire_name_ref = REF(shapes[45].u.structure.by_wire_name_ref, by_wire_name[55]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_get_topic_attributes_output),
            .u.structure.member_count = 1,
        },
        [46] = { /* InternalErrorException */
            .name_ref = REF(shapes[46].name_ref, strings[1686]),
            .u.structure.members_ref = REF(shapes[46].u.structure.members_ref, members[56]),
            .u.structure.by_wire_name_ref = REF(shapes[46].u.structure.by_wire_name_ref, by_wire_name[56]),
            .u.structure.error_code_ref = REF(shapes[46].u.structure.error_code_ref, strings[1709]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sns_internal_error_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 500,
        },
        [47] = { /* InvalidBatchEntryIdException */
            .name_ref = REF(shapes[47].name_ref, strings[1723]),
            .u.structure.members_ref = REF(shapes[47].u.structure.members_ref, members[57]),
            .u.structure.by_wire_name_ref = REF(shapes[47].u.structure.by_wire_name_ref, by_wire_name[57]),
            .u.structure.error_code_ref = REF(shapes[47].u.structure.error_code_ref, strings[1752]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_invalid_batch_entry_id_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [48] = { /* InvalidParameterException */
            .name_ref = REF(shapes[48].name_ref, strings[1772]),
            .u.structure.members_ref = REF(shapes[48].u.structure.members_ref, members[58]),
            .u.structure.by_wire_name_ref = REF(shapes[48].u.structure.by_wire_name_ref, by_wire_name[58]),
            .u.structure.error_code_ref = REF(shapes[48].u.structure.error_code_ref, strings[1798]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_invalid_parameter_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [49] = { /* InvalidParameterValueException */
            .name_ref = REF(shapes[49].name_ref, strings[1815]),
            .u.structure.members_ref = REF(shapes[49].u.structure.members_ref, members[59]),
            .u.structure.by_wire_name_ref = REF(shapes[49].u.structure.by_wire_name_ref, by_wire_name[59]),
            .u.structure.error_code_ref = REF(shapes[49].u.structure.error_code_ref, strings[1846]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_invalid_parameter_value_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [50] = { /* InvalidSecurityException */
            .name_ref = REF(shapes[50].name_ref, strings[1868]),
            .u.structure.members_ref = REF(shapes[50].u.structure.members_ref, members[60]),
            .u.structure.by_wire_name_ref = REF(shapes[50].u.structure.by_wire_name_ref, by_wire_name[60]),
            .u.structure.error_code_ref = REF(shapes[50].u.structure.error_code_ref, strings[1893]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_invalid_security_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 403,
        },
        [51] = { /* InvalidStateException */
            .name_ref = REF(shapes[51].name_ref, strings[1909]),
            .u.structure.members_ref = REF(shapes[51].u.structure.members_ref, members[61]),
            .u.structure.by_wire_name_ref = REF(shapes[51].u.structure.by_wire_name_ref, by_wire_name[61]),
            .u.structure.error_code_ref = REF(shapes[51].u.structure.error_code_ref, strings[1931]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_invalid_state_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [52] = { /* Iso2CountryCode */
            .name_ref = REF(shapes[52].name_ref, strings[1944]),
            .range_ref = REF(shapes[52].range_ref, ranges[1]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [53] = { /* KMSAccessDeniedException */
            .name_ref = REF(shapes[53].name_ref, strings[1960]),
            .u.structure.members_ref = REF(shapes[53].u.structure.members_ref, members[62]),
            .u.structure.by_wire_name_ref = REF(shapes[53].u.structure.by_wire_name_ref, by_wire_name[62]),
            .u.structure.error_code_ref = REF(shapes[53].u.structure.error_code_ref, strings[1985]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_kms_access_denied_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [54] = { /* KMSDisabledException */
            .name_ref = REF(shapes[54].name_ref, strings[2001]),
            .u.structure.members_ref = REF(shapes[54].u.structure.members_ref, members[63]),
            .u.structure.by_wire_name_ref = REF(shapes[54].u.structure.by_wire_name_ref, by_wire_name[63]),
            .u.structure.error_code_ref = REF(shapes[54].u.structure.error_code_ref, strings[2022]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_kms_disabled_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [55] = { /* KMSInvalidStateException */
            .name_ref = REF(shapes[55].name_ref, strings[2034]),
            .u.structure.members_ref = REF(shapes[55].u.structure.members_ref, members[64]),
            .u.structure.by_wire_name_ref = REF(shapes[55].u.structure.by_wire_name_ref, by_wire_name[64]),
            .u.structure.error_code_ref = REF(shapes[55].u.structure.error_code_ref, strings[2059]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_kms_invalid_state_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [56] = { /* KMSNotFoundException */
            .name_ref = REF(shapes[56].name_ref, strings[2075]),
            .u.structure.members_ref = REF(shapes[56].u.structure.members_ref, members[65]),
            .u.structure.by_wire_name_ref = REF(shapes[56].u.structure.by_wire_name_ref, by_wire_name[65]),
            .u.structure.error_code_ref = REF(shapes[56].u.structure.error_code_ref, strings[2096]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_kms_not_found_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [57] = { /* KMSOptInRequired */
            .name_ref = REF(shapes[57].name_ref, strings[2108]),
            .u.structure.members_ref = REF(shapes[57].u.structure.members_ref, members[66]),
            .u.structure.by_wire_name_ref = REF(shapes[57].u.structure.by_wire_name_ref, by_wire_name[66]),
            .u.structure.error_code_ref = REF(shapes[57].u.structure.error_code_ref, strings[2108]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_kms_opt_in_required),
            .u.structure.member_count = 1,
            .u.structure.http_status = 403,
        },
        [58] = { /* KMSThrottlingException */
            .name_ref = REF(shapes[58].name_ref, strings[2125]),
            .u.structure.members_ref = REF(shapes[58].u.structure.members_ref, members[67]),
            .u.structure.by_wire_name_ref = REF(shapes[58].u.structure.by_wire_name_ref, by_wire_name[67]),
            .u.structure.error_code_ref = REF(shapes[58].u.structure.error_code_ref, strings[2148]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_kms_throttling_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [59] = { /* LanguageCodeString */
            .name_ref = REF(shapes[59].name_ref, strings[2162]),
            .u.string.enum_values_ref = REF(shapes[59].u.string.enum_values_ref, strings[2181]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 13,
        },
        [60] = { /* ListEndpointsByPlatformApplicationInput */
            .name_ref = REF(shapes[60].name_ref, strings[2260]),
            .u.structure.members_ref = REF(shapes[60].u.structure.members_ref, members[68]),
            .u.structure.by_wire_name_ref = REF(shapes[60].u.structure.by_wire_name_ref, by_wire_name[68]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_list_endpoints_by_platform_application_input),
            .u.structure.member_count = 2,
        },
        [61] = { /* ListEndpointsByPlatformApplicationResponse */
            .name_ref = REF(shapes[61].name_ref, strings[2310]),
            .u.structure.members_ref = REF(shapes[61].u.structure.members_ref, members[70]),
            .u.structure.by_wire_name_ref = REF(shapes[61].u.structure.by_wire_name_ref, by_wire_name[70]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_list_endpoints_by_platform_application_output),
            .u.structure.member_count = 2,
        },
        [62] = { /* ListOfEndpoints */
            .name_ref = REF(shapes[62].name_ref, strings[2363]),
            .u.collection.item_ref = REF(shapes[62].u.collection.item_ref, shapes[29]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sns_list_of_endpoints),
        },
        [63] = { /* ListOfPlatformApplications */
            .name_ref = REF(shapes[63].name_ref, strings[2379]),
            .u.collection.item_ref = REF(shapes[63].u.collection.item_ref, shapes[98]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sns_list_of_platform_applications),
        },
        [64] = { /* ListOriginationNumbersRequest */
            .name_ref = REF(shapes[64].name_ref, strings[2406]),
            .u.structure.members_ref = REF(shapes[64].u.structure.members_ref, members[72]),
            .u.structure.by_wire_name_ref = REF(shapes[64].u.structure.by_wire_name_ref, by_wire_name[72]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_list_origination_numbers_input),
            .u.structure.member_count = 2,
        },
        [65] = { /* ListOriginationNumbersResult */
            .name_ref = REF(shapes[65].name_ref, strings[2447]),
            .u.structure.members_ref = REF(shapes[65].u.structure.members_ref, members[74]),
            .u.structure.by_wire_name_ref = REF(shapes[65].u.structure.by_wire_name_ref, by_wire_name[74]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_list_origination_numbers_output),
            .u.structure.member_count = 2,
        },
        [66] = { /* ListPhoneNumbersOptedOutInput */
            .name_ref = REF(shapes[66].name_ref, strings[2489]),
            .u.structure.members_ref = REF(shapes[66].u.structure.members_ref, members[76]),
            .u.structure.by_wire_name_ref = REF(shapes[66].u.structure.by_wire_name_ref, by_wire_name[76]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_list_phone_numbers_opted_out_input),
            .u.structure.member_count = 1,
        },
        [67] = { /* ListPhoneNumbersOptedOutResponse */
            .name_ref = REF(shapes[67].name_ref, strings[2529]),
            .u.structure.members_ref = REF(shapes[67].u.structure.members_ref, members[77]),
            .u.structure.by_wire_name_ref = REF(shapes[67].u.structure.by_wire_name_ref, by_wire_name[77]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_list_phone_numbers_opted_out_output),
            .u.structure.member_count = 2,
        },
        [68] = { /* ListPlatformApplicationsInput */
            .name_ref = REF(shapes[68].name_ref, strings[2575]),
            .u.structure.members_ref = REF(shapes[68].u.structure.members_ref, members[79]),
            .u.structure.by_wire_name_ref = REF(shapes[68].u.structure.by_wire_name_ref, by_wire_name[79]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_list_platform_applications_input),
            .u.structure.member_count = 1,
        },
        [69] = { /* ListPlatformApplicationsResponse */
            .name_ref = REF(shapes[69].name_ref, strings[2605]),
            .u.structure.members_ref = REF(shapes[69].u.structure.members_ref, members[80]),
            .u.structure.by_wire_name_ref = REF(shapes[69].u.structure.by_wire_name_ref, by_wire_name[80]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_list_platform_applications_output),
            .u.structure.member_count = 2,
        },
        [70] = { /* ListSMSSandboxPhoneNumbersInput */
            .name_ref = REF(shapes[70].name_ref, strings[2659]),
            .u.structure.members_ref = REF(shapes[70].u.structure.members_ref, members[82]),
            .u.structure.by_wire_name_ref = REF(shapes[70].u.structure.by_wire_name_ref, by_wire_name[82]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_list_sms_sandbox_phone_numbers_input),
            .u.structure.member_count = 2,
        },
        [71] = { /* ListSMSSandboxPhoneNumbersResult */
            .name_ref = REF(shapes[71].name_ref, strings[2691]),
            .u.structure.members_ref = REF(shapes[71].u.structure.members_ref, members[84]),
            .u.structure.by_wire_name_ref = REF(shapes[71].u.structure.by_wire_name_ref, by_wire_name[84]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_list_sms_sandbox_phone_numbers_output),
            .u.structure.member_count = 2,
        },
        [72] = { /* ListString */
            .name_ref = REF(shapes[72].name_ref, strings[2724]),
            .u.collection.item_ref = REF(shapes[72].u.collection.item_ref, shapes[123]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sns_tag_key_list),
        },
        [73] = { /* ListSubscriptionsByTopicInput */
            .name_ref = REF(shapes[73].name_ref, strings[2735]),
            .u.structure.members_ref = REF(shapes[73].u.structure.members_ref, members[86]),
            .u.structure.by_wire_name_ref = REF(shapes[73].u.structure.by_wire_name_ref, by_wire_name[86]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_list_subscriptions_by_topic_input),
            .u.structure.member_count = 2,
        },
        [74] = { /* ListSubscriptionsByTopicResponse */
            .name_ref = REF(shapes[74].name_ref, strings[2765]),
            .u.structure.members_ref = REF(shapes[74].u.structure.members_ref, members[88]),
            .u.structure.by_wire_name_ref = REF(shapes[74].u.structure.by_wire_name_ref, by_wire_name[88]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_list_subscriptions_by_topic_output),
            .u.structure.member_count = 2,
        },
        [75] = { /* ListSubscriptionsInput */
            .name_ref = REF(shapes[75].name_ref, strings[2812]),
            .u.structure.members_ref = REF(shapes[75].u.structure.members_ref, members[90]),
            .u.structure.by_wire_name_ref = REF(shapes[75].u.structure.by_wire_name_ref, by_wire_name[90]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_list_subscriptions_input),
            .u.structure.member_count = 1,
        },
        [76] = { /* ListSubscriptionsResponse */
            .name_ref = REF(shapes[76].name_ref, strings[2835]),
            .u.structure.members_ref = REF(shapes[76].u.structure.members_ref, members[91]),
            .u.structure.by_wire_name_ref = REF(shapes[76].u.structure.by_wire_name_ref, by_wire_name[91]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_list_subscriptions_output),
            .u.structure.member_count = 2,
        },
        [77] = { /* ListTagsForResourceRequest */
            .name_ref = REF(shapes[77].name_ref, strings[2861]),
            .u.structure.members_ref = REF(shapes[77].u.structure.members_ref, members[93]),
            .u.structure.by_wire_name_ref = REF(shapes[77].u.structure.by_wire_name_ref, by_wire_name[93]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_list_tags_for_resource_input),
            .u.structure.member_count = 1,
        },
        [78] = { /* ListTagsForResourceResponse */
            .name_ref = REF(shapes[78].name_ref, strings[2888]),
            .u.structure.members_ref = REF(shapes[78].u.structure.members_ref, members[94]),
            .u.structure.by_wire_name_ref = REF(shapes[78].u.structure.by_wire_name_ref, by_wire_name[94]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_list_tags_for_resource_output),
            .u.structure.member_count = 1,
        },
        [79] = { /* ListTopicsInput */
            .name_ref = REF(shapes[79].name_ref, strings[2916]),
            .u.structure.members_ref = REF(shapes[79].u.structure.members_ref, members[95]),
            .u.structure.by_wire_name_ref = REF(shapes[79].u.structure.by_wire_name_ref, by_wire_name[95]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_list_topics_input),
            .u.structure.member_count = 1,
        },
        [80] = { /* ListTopicsResponse */
            .name_ref = REF(shapes[80].name_ref, strings[2932]),
            .u.structure.members_ref = REF(shapes[80].u.structure.members_ref, members[96]),
            .u.structure.by_wire_name_ref = REF(shapes[80].u.structure.by_wire_name_ref, by_wire_name[96]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_list_topics_output),
            .u.structure.member_count = 2,
        },
        [81] = { /* MapStringToString */
            .name_ref = REF(shapes[81].name_ref, strings[2958]),
            .u.collection.item_ref = REF(shapes[81].u.collection.item_ref, shapes[123]),
            .u.collection.key_ref = REF(shapes[81].u.collection.key_ref, shapes[123]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_sns_topic_attributes_map),
            .u.collection.value_offset = offsetof(struct awsc_sns_topic_attributes_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_sns_topic_attributes_map_entry),
        },
        [82] = { /* MaxItems */
            .name_ref = REF(shapes[82].name_ref, strings[2976]),
            .range_ref = REF(shapes[82].range_ref, ranges[2]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [83] = { /* MaxItemsListOriginationNumbers */
            .name_ref = REF(shapes[83].name_ref, strings[2985]),
            .range_ref = REF(shapes[83].range_ref, ranges[3]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [84] = { /* MessageAttributeMap */
            .name_ref = REF(shapes[84].name_ref, strings[3016]),
            .u.collection.item_ref = REF(shapes[84].u.collection.item_ref, shapes[85]),
            .u.collection.xml_refs_ref = REF(shapes[84].u.collection.xml_refs_ref, xml_refs[0]),
            .u.collection.key_ref = REF(shapes[84].u.collection.key_ref, shapes[123]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_sns_message_attribute_map),
            .u.collection.value_offset = offsetof(struct awsc_sns_message_attribute_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_sns_message_attribute_map_entry),
        },
        [85] = { /* MessageAttributeValue */
            .name_ref = REF(shapes[85].name_ref, strings[3042]),
            .u.structure.members_ref = REF(shapes[85].u.structure.members_ref, members[98]),
            .u.structure.by_wire_name_ref = REF(shapes[85].u.structure.by_wire_name_ref, by_wire_name[98]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_message_attribute_value),
            .u.structure.member_count = 3,
        },
        [86] = { /* NotFoundException */
            .name_ref = REF(shapes[86].name_ref, strings[3097]),
            .u.structure.members_ref = REF(shapes[86].u.structure.members_ref, members[101]),
            .u.structure.by_wire_name_ref = REF(shapes[86].u.structure.by_wire_name_ref, by_wire_name[101]),
            .u.structure.error_code_ref = REF(shapes[86].u.structure.error_code_ref, strings[3115]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_not_found_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 404,
        },
        [87] = { /* NumberCapability */
            .name_ref = REF(shapes[87].name_ref, strings[3124]),
            .u.string.enum_values_ref = REF(shapes[87].u.string.enum_values_ref, strings[3141]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [88] = { /* NumberCapabilityList */
            .name_ref = REF(shapes[88].name_ref, strings[3155]),
            .u.collection.item_ref = REF(shapes[88].u.collection.item_ref, shapes[87]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sns_tag_key_list),
        },
        [89] = { /* OTPCode */
            .name_ref = REF(shapes[89].name_ref, strings[3176]),
            .range_ref = REF(shapes[89].range_ref, ranges[4]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [90] = { /* OptInPhoneNumberInput */
            .name_ref = REF(shapes[90].name_ref, strings[3184]),
            .u.structure.members_ref = REF(shapes[90].u.structure.members_ref, members[102]),
            .u.structure.by_wire_name_ref = REF(shapes[90].u.structure.by_wire_name_ref, by_wire_name[102]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_opt_in_phone_number_input),
            .u.structure.member_count = 1,
        },
        [91] = { /* OptInPhoneNumberResponse */
            .name_ref = REF(shapes[91].name_ref, strings[3206]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_opt_in_phone_number_output),
        },
        [92] = { /* OptedOutException */
            .name_ref = REF(shapes[92].name_ref, strings[3231]),
            .u.structure.members_ref = REF(shapes[92].u.structure.members_ref, members[103]),
            .u.structure.by_wire_name_ref = REF(shapes[92].u.structure.by_wire_name_ref, by_wire_name[103]),
            .u.structure.error_code_ref = REF(shapes[92].u.structure.error_code_ref, strings[3249]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_opted_out_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [93] = { /* PhoneNumber */
            .name_ref = REF(shapes[93].name_ref, strings[797]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [94] = { /* PhoneNumberInformation */
            .name_ref = REF(shapes[94].name_ref, strings[3258]),
            .u.structure.members_ref = REF(shapes[94].u.structure.members_ref, members[104]),
            .u.structure.by_wire_name_ref = REF(shapes[94].u.structure.by_wire_name_ref, by_wire_name[104]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_phone_number_information),
            .u.structure.member_count = 6,
        },
        [95] = { /* PhoneNumberInformationList */
            .name_ref = REF(shapes[95].name_ref, strings[3327]),
            .u.collection.item_ref = REF(shapes[95].u.collection.item_ref, shapes[94]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sns_phone_number_information_list),
        },
        [96] = { /* PhoneNumberList */
            .name_ref = REF(shapes[96].name_ref, strings[3354]),
            .u.collection.item_ref = REF(shapes[96].u.collection.item_ref, shapes[93]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sns_tag_key_list),
        },
        [97] = { /* PhoneNumberString */
            .name_ref = REF(shapes[97].name_ref, strings[3370]),
            .range_ref = REF(shapes[97].range_ref, ranges[5]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [98] = { /* PlatformApplication */
            .name_ref = REF(shapes[98].name_ref, strings[3388]),
            .u.structure.members_ref = REF(shapes[98].u.structure.members_ref, members[110]),
            .u.structure.by_wire_name_ref = REF(shapes[98].u.structure.by_wire_name_ref, by_wire_name[110]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_platform_application),
            .u.structure.member_count = 2,
        },
        [99] = { /* PlatformApplicationDisabledException */
            .name_ref = REF(shapes[99].name_ref, strings[3408]),
            .u.structure.members_ref = REF(shapes[99].u.structure.members_ref, members[112]),
            .u.structure.by_wire_name_ref = REF(shapes[99].u.structure.by_wire_name_ref, by_wire_name[112]),
            .u.structure.error_code_ref = REF(shapes[99].u.structure.error_code_ref, strings[3445]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_platform_application_disabled_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [100] = { /* PublishBatchInput */
            .name_ref = REF(shapes[100].name_ref, strings[3473]),
            .u.structure.members_ref = REF(shapes[100].u.structure.members_ref, members[113]),
            .u.structure.by_wire_name_ref = REF(shapes[100].u.structure.by_wire_name_ref, by_wire_name[113]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_publish_batch_input),
            .u.structure.member_count = 2,
        },
        [101] = { /* PublishBatchRequestEntry */
            .name_ref = REF(shapes[101].name_ref, strings[3518]),
            .u.structure.members_ref = REF(shapes[101].u.structure.members_ref, members[115]),
            .u.structure.by_wire_name_ref = REF(shapes[101].u.structure.by_wire_name_ref, by_wire_name[115]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_publish_batch_request_entry),
            .u.structure.member_count = 7,
        },
        [102] = { /* PublishBatchRequestEntryList */
            .name_ref = REF(shapes[102].name_ref, strings[3624]),
            .u.collection.item_ref = REF(shapes[102].u.collection.item_ref, shapes[101]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sns_publish_batch_request_entry_list),
        },
        [103] = { /* PublishBatchResponse */
            .name_ref = REF(shapes[103].name_ref, strings[3653]),
            .u.structure.members_ref = REF(shapes[103].u.structure.members_ref, members[122]),
            .u.structure.by_wire_name_ref = REF(shapes[103].u.structure.by_wire_name_ref, by_wire_name[122]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_publish_batch_output),
            .u.structure.member_count = 2,
        },
        [104] = { /* PublishBatchResultEntry */
            .name_ref = REF(shapes[104].name_ref, strings[3692]),
            .u.structure.members_ref = REF(shapes[104].u.structure.members_ref, members[124]),
            .u.structure.by_wire_name_ref = REF(shapes[104].u.structure.by_wire_name_ref, by_wire_name[124]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_publish_batch_result_entry),
            .u.structure.member_count = 3,
        },
        [105] = { /* PublishBatchResultEntryList */
            .name_ref = REF(shapes[105].name_ref, strings[3741]),
            .u.collection.item_ref = REF(shapes[105].u.collection.item_ref, shapes[104]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sns_publish_batch_result_entry_list),
        },
        [106] = { /* PublishInput */
            .name_ref = REF(shapes[106].name_ref, strings[3769]),
            .u.structure.members_ref = REF(shapes[106].u.structure.members_ref, members[127]),
            .u.structure.by_wire_name_ref = REF(shapes[106].u.structure.by_wire_name_ref, by_wire_name[127]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_publish_input),
            .u.structure.member_count = 9,
        },
        [107] = { /* PublishResponse */
            .name_ref = REF(shapes[107].name_ref, strings[3792]),
            .u.structure.members_ref = REF(shapes[107].u.structure.members_ref, members[136]),
            .u.structure.by_wire_name_ref = REF(shapes[107].u.structure.by_wire_name_ref, by_wire_name[136]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_publish_output),
            .u.structure.member_count = 2,
        },
        [108] = { /* PutDataProtectionPolicyInput */
            .name_ref = REF(shapes[108].name_ref, strings[3808]),
            .u.structure.members_ref = REF(shapes[108].u.structure.members_ref, members[138]),
            .u.structure.by_wire_name_ref = REF(shapes[108].u.structure.by_wire_name_ref, by_wire_name[138]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_put_data_protection_policy_input),
            .u.structure.member_count = 2,
        },
        [109] = { /* RemovePermissionInput */
            .name_ref = REF(shapes[109].name_ref, strings[3837]),
            .u.structure.members_ref = REF(shapes[109].u.structure.members_ref, members[140]),
            .u.structure.by_wire_name_ref = REF(shapes[109].u.structure.by_wire_name_ref, by_wire_name[140]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_remove_permission_input),
            .u.structure.member_count = 2,
        },
        [110] = { /* ReplayLimitExceededException */
            .name_ref = REF(shapes[110].name_ref, strings[3859]),
            .u.structure.members_ref = REF(shapes[110].u.structure.members_ref, members[142]),
            .u.structure.by_wire_name_ref = REF(shapes[110].u.structure.by_wire_name_ref, by_wire_name[142]),
            .u.structure.error_code_ref = REF(shapes[110].u.structure.error_code_ref, strings[3888]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_replay_limit_exceeded_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 403,
        },
        [111] = { /* ResourceNotFoundException */
            .name_ref = REF(shapes[111].name_ref, strings[3908]),
            .u.structure.members_ref = REF(shapes[111].u.structure.members_ref, members[143]),
            .u.structure.by_wire_name_ref = REF(shapes[111].u.structure.by_wire_name_ref, by_wire_name[143]),
            .u.structure.error_code_ref = REF(shapes[111].u.structure.error_code_ref, strings[3934]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_resource_not_found_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 404,
        },
        [112] = { /* RouteType */
            .name_ref = REF(shapes[112].name_ref, strings[3298]),
            .u.string.enum_values_ref = REF(shapes[112].u.string.enum_values_ref, strings[3951]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [113] = { /* SMSSandboxPhoneNumber */
            .name_ref = REF(shapes[113].name_ref, strings[3985]),
            .u.structure.members_ref = REF(shapes[113].u.structure.members_ref, members[144]),
            .u.structure.by_wire_name_ref = REF(shapes[113].u.structure.by_wire_name_ref, by_wire_name[144]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_sms_sandbox_phone_number),
            .u.structure.member_count = 2,
        },
        [114] = { /* SMSSandboxPhoneNumberList */
            .name_ref = REF(shapes[114].name_ref, strings[4007]),
            .u.collection.item_ref = REF(shapes[114].u.collection.item_ref, shapes[113]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sns_sms_sandbox_phone_number_list),
        },
        [115] = { /* SMSSandboxPhoneNumberVerificationStatus */
            .name_ref = REF(shapes[115].name_ref, strings[4033]),
            .u.string.enum_values_ref = REF(shapes[115].u.string.enum_values_ref, strings[4073]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [116] = { /* SetEndpointAttributesInput */
            .name_ref = REF(shapes[116].name_ref, strings[4090]),
            .u.structure.members_ref = REF(shapes[116].u.structure.members_ref, members[146]),
            .u.structure.by_wire_name_ref = REF(shapes[116].u.structure.by_wire_name_ref, by_wire_name[146]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_set_endpoint_attributes_input),
            .u.structure.member_count = 2,
        },
        [117] = { /* SetPlatformApplicationAttributesInput */
            .name_ref = REF(shapes[117].name_ref, strings[4117]),
            .u.structure.members_ref = REF(shapes[117].u.structure.members_ref, members[148]),
            .u.structure.by_wire_name_ref = REF(shapes[117].u.structure.by_wire_name_ref, by_wire_name[148]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_set_platform_application_attributes_input),
            .u.structure.member_count = 2,
        },
        [118] = { /* SetSMSAttributesInput */
            .name_ref = REF(shapes[118].name_ref, strings[4155]),
            .u.structure.members_ref = REF(shapes[118].u.structure.members_ref, members[150]),
            .u.structure.by_wire_name_ref = REF(shapes[118].u.structure.by_wire_name_ref, by_wire_name[150]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_set_sms_attributes_input),
            .u.structure.member_count = 1,
        },
        [119] = { /* SetSMSAttributesResponse */
            .name_ref = REF(shapes[119].name_ref, strings[4177]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_set_sms_attributes_output),
        },
        [120] = { /* SetSubscriptionAttributesInput */
            .name_ref = REF(shapes[120].name_ref, strings[4202]),
            .u.structure.members_ref = REF(shapes[120].u.structure.members_ref, members[151]),
            .u.structure.by_wire_name_ref = REF(shapes[120].u.structure.by_wire_name_ref, by_wire_name[151]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_set_subscription_attributes_input),
            .u.structure.member_count = 3,
        },
        [121] = { /* SetTopicAttributesInput */
            .name_ref = REF(shapes[121].name_ref, strings[4262]),
            .u.structure.members_ref = REF(shapes[121].u.structure.members_ref, members[154]),
            .u.structure.by_wire_name_ref = REF(shapes[121].u.structure.by_wire_name_ref, by_wire_name[154]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_set_topic_attributes_input),
            .u.structure.member_count = 3,
        },
        [122] = { /* StaleTagException */
            .name_ref = REF(shapes[122].name_ref, strings[4286]),
            .u.structure.members_ref = REF(shapes[122].u.structure.members_ref, members[157]),
            .u.structure.by_wire_name_ref = REF(shapes[122].u.structure.by_wire_name_ref, by_wire_name[157]),
            .u.structure.error_code_ref = REF(shapes[122].u.structure.error_code_ref, strings[4304]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_stale_tag_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [123] = { /* String */
            .name_ref = REF(shapes[123].name_ref, strings[4313]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [124] = { /* SubscribeInput */
            .name_ref = REF(shapes[124].name_ref, strings[4320]),
            .u.structure.members_ref = REF(shapes[124].u.structure.members_ref, members[158]),
            .u.structure.by_wire_name_ref = REF(shapes[124].u.structure.by_wire_name_ref, by_wire_name[158]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_subscribe_input),
            .u.structure.member_count = 5,
        },
        [125] = { /* SubscribeResponse */
            .name_ref = REF(shapes[125].name_ref, strings[4366]),
            .u.structure.members_ref = REF(shapes[125].u.structure.members_ref, members[163]),
            .u.structure.by_wire_name_ref = REF(shapes[125].u.structure.by_wire_name_ref, by_wire_name[163]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_subscribe_output),
            .u.structure.member_count = 1,
        },
        [126] = { /* Subscription */
            .name_ref = REF(shapes[126].name_ref, strings[4384]),
            .u.structure.members_ref = REF(shapes[126].u.structure.members_ref, members[164]),
            .u.structure.by_wire_name_ref = REF(shapes[126].u.structure.by_wire_name_ref, by_wire_name[164]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_subscription),
            .u.structure.member_count = 5,
        },
        [127] = { /* SubscriptionAttributesMap */
            .name_ref = REF(shapes[127].name_ref, strings[4403]),
            .u.collection.item_ref = REF(shapes[127].u.collection.item_ref, shapes[157]),
            .u.collection.key_ref = REF(shapes[127].u.collection.key_ref, shapes[156]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_sns_topic_attributes_map),
            .u.collection.value_offset = offsetof(struct awsc_sns_topic_attributes_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_sns_topic_attributes_map_entry),
        },
        [128] = { /* SubscriptionLimitExceededException */
            .name_ref = REF(shapes[128].name_ref, strings[4429]),
            .u.structure.members_ref = REF(shapes[128].u.structure.members_ref, members[169]),
            .u.structure.by_wire_name_ref = REF(shapes[128].u.structure.by_wire_name_ref, by_wire_name[169]),
            .u.structure.error_code_ref = REF(shapes[128].u.structure.error_code_ref, strings[4464]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_subscription_limit_exceeded_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 403,
        },
        [129] = { /* SubscriptionsList */
            .name_ref = REF(shapes[129].name_ref, strings[4490]),
            .u.collection.item_ref = REF(shapes[129].u.collection.item_ref, shapes[126]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sns_subscriptions_list),
        },
        [130] = { /* Tag */
            .name_ref = REF(shapes[130].name_ref, strings[4508]),
            .u.structure.members_ref = REF(shapes[130].u.structure.members_ref, members[170]),
            .u.structure.by_wire_name_ref = REF(shapes[130].u.structure.by_wire_name_ref, by_wire_name[170]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_tag),
            .u.structure.member_count = 2,
        },
        [131] = { /* TagKey */
            .name_ref = REF(shapes[131].name_ref, strings[4516]),
            .range_ref = REF(shapes[131].range_ref, ranges[6]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [132] = { /* TagKeyList */
            .name_ref = REF(shapes[132].name_ref, strings[4523]),
            .u.collection.item_ref = REF(shapes[132].u.collection.item_ref, shapes[131]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sns_tag_key_list),
        },
        [133] = { /* TagLimitExceededException */
            .name_ref = REF(shapes[133].name_ref, strings[4534]),
            .u.structure.members_ref = REF(shapes[133].u.structure.members_ref, members[172]),
            .u.structure.by_wire_name_ref = REF(shapes[133].u.structure.by_wire_name_ref, by_wire_name[172]),
            .u.structure.error_code_ref = REF(shapes[133].u.structure.error_code_ref, strings[4560]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_tag_limit_exceeded_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [134] = { /* TagList */
            .name_ref = REF(shapes[134].name_ref, strings[4577]),
            .u.collection.item_ref = REF(shapes[134].u.collection.item_ref, shapes[130]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sns_tag_list),
        },
        [135] = { /* TagPolicyException */
            .name_ref = REF(shapes[135].name_ref, strings[4585]),
            .u.structure.members_ref = REF(shapes[135].u.structure.members_ref, members[173]),
            .u.structure.by_wire_name_ref = REF(shapes[135].u.structure.by_wire_name_ref, by_wire_name[173]),
            .u.structure.error_code_ref = REF(shapes[135].u.structure.error_code_ref, strings[4604]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_tag_policy_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [136] = { /* TagResourceRequest */
            .name_ref = REF(shapes[136].name_ref, strings[4614]),
            .u.structure.members_ref = REF(shapes[136].u.structure.members_ref, members[174]),
            .u.structure.by_wire_name_ref = REF(shapes[136].u.structure.by_wire_name_ref, by_wire_name[174]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_tag_resource_input),
            .u.structure.member_count = 2,
        },
        [137] = { /* TagResourceResponse */
            .name_ref = REF(shapes[137].name_ref, strings[4633]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_tag_resource_output),
        },
        [138] = { /* TagValue */
            .name_ref = REF(shapes[138].name_ref, strings[4653]),
            .range_ref = REF(shapes[138].range_ref, ranges[7]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [139] = { /* ThrottledException */
            .name_ref = REF(shapes[139].name_ref, strings[4662]),
            .u.structure.members_ref = REF(shapes[139].u.structure.members_ref, members[176]),
            .u.structure.by_wire_name_ref = REF(shapes[139].u.structure.by_wire_name_ref, by_wire_name[176]),
            .u.structure.error_code_ref = REF(shapes[139].u.structure.error_code_ref, strings[4681]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_throttled_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 429,
        },
        [140] = { /* Timestamp */
            .name_ref = REF(shapes[140].name_ref, strings[4691]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [141] = { /* TooManyEntriesInBatchRequestException */
            .name_ref = REF(shapes[141].name_ref, strings[4701]),
            .u.structure.members_ref = REF(shapes[141].u.structure.members_ref, members[177]),
            .u.structure.by_wire_name_ref = REF(shapes[141].u.structure.by_wire_name_ref, by_wire_name[177]),
            .u.structure.error_code_ref = REF(shapes[141].u.structure.error_code_ref, strings[4739]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_too_many_entries_in_batch_request_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [142] = { /* Topic */
            .name_ref = REF(shapes[142].name_ref, strings[4768]),
            .u.structure.members_ref = REF(shapes[142].u.structure.members_ref, members[178]),
            .u.structure.by_wire_name_ref = REF(shapes[142].u.structure.by_wire_name_ref, by_wire_name[178]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_topic),
            .u.structure.member_count = 1,
        },
        [143] = { /* TopicAttributesMap */
            .name_ref = REF(shapes[143].name_ref, strings[4774]),
            .u.collection.item_ref = REF(shapes[143].u.collection.item_ref, shapes[157]),
            .u.collection.key_ref = REF(shapes[143].u.collection.key_ref, shapes[156]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_sns_topic_attributes_map),
            .u.collection.value_offset = offsetof(struct awsc_sns_topic_attributes_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_sns_topic_attributes_map_entry),
        },
        [144] = { /* TopicLimitExceededException */
            .name_ref = REF(shapes[144].name_ref, strings[4793]),
            .u.structure.members_ref = REF(shapes[144].u.structure.members_ref, members[179]),
            .u.structure.by_wire_name_ref = REF(shapes[144].u.structure.by_wire_name_ref, by_wire_name[179]),
            .u.structure.error_code_ref = REF(shapes[144].u.structure.error_code_ref, strings[4821]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_topic_limit_exceeded_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 403,
        },
        [145] = { /* TopicsList */
            .name_ref = REF(shapes[145].name_ref, strings[4840]),
            .u.collection.item_ref = REF(shapes[145].u.collection.item_ref, shapes[142]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sns_topics_list),
        },
        [146] = { /* UnsubscribeInput */
            .name_ref = REF(shapes[146].name_ref, strings[4851]),
            .u.structure.members_ref = REF(shapes[146].u.structure.members_ref, members[180]),
            .u.structure.by_wire_name_ref = REF(shapes[146].u.structure.by_wire_name_ref, by_wire_name[180]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_unsubscribe_input),
            .u.structure.member_count = 1,
        },
        [147] = { /* UntagResourceRequest */
            .name_ref = REF(shapes[147].name_ref, strings[4868]),
            .u.structure.members_ref = REF(shapes[147].u.structure.members_ref, members[181]),
            .u.structure.by_wire_name_ref = REF(shapes[147].u.structure.by_wire_name_ref, by_wire_name[181]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_untag_resource_input),
            .u.structure.member_count = 2,
        },
        [148] = { /* UntagResourceResponse */
            .name_ref = REF(shapes[148].name_ref, strings[4897]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_untag_resource_output),
        },
        [149] = { /* UserErrorException */
            .name_ref = REF(shapes[149].name_ref, strings[4919]),
            .u.structure.members_ref = REF(shapes[149].u.structure.members_ref, members[183]),
            .u.structure.by_wire_name_ref = REF(shapes[149].u.structure.by_wire_name_ref, by_wire_name[183]),
            .u.structure.error_code_ref = REF(shapes[149].u.structure.error_code_ref, strings[4938]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_user_error_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [150] = { /* ValidationException */
            .name_ref = REF(shapes[150].name_ref, strings[4948]),
            .u.structure.members_ref = REF(shapes[150].u.structure.members_ref, members[184]),
            .u.structure.by_wire_name_ref = REF(shapes[150].u.structure.by_wire_name_ref, by_wire_name[184]),
            .u.structure.error_code_ref = REF(shapes[150].u.structure.error_code_ref, strings[4948]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sns_validation_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [151] = { /* VerificationException */
            .name_ref = REF(shapes[151].name_ref, strings[4968]),
            .u.structure.members_ref = REF(shapes[151].u.structure.members_ref, members[185]),
            .u.structure.by_wire_name_ref = REF(shapes[151].u.structure.by_wire_name_ref, by_wire_name[185]),
            .u.structure.error_code_ref = REF(shapes[151].u.structure.error_code_ref, strings[4968]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sns_verification_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 0,
        },
        [152] = { /* VerifySMSSandboxPhoneNumberInput */
            .name_ref = REF(shapes[152].name_ref, strings[4990]),
            .u.structure.members_ref = REF(shapes[152].u.structure.members_ref, members[187]),
            .u.structure.by_wire_name_ref = REF(shapes[152].u.structure.by_wire_name_ref, by_wire_name[187]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_verify_sms_sandbox_phone_number_input),
            .u.structure.member_count = 2,
        },
        [153] = { /* VerifySMSSandboxPhoneNumberResult */
            .name_ref = REF(shapes[153].name_ref, strings[5039]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sns_verify_sms_sandbox_phone_number_output),
        },
        [154] = { /* account */
            .name_ref = REF(shapes[154].name_ref, strings[5073]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [155] = { /* action */
            .name_ref = REF(shapes[155].name_ref, strings[5081]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [156] = { /* attributeName */
            .name_ref = REF(shapes[156].name_ref, strings[5088]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [157] = { /* attributeValue */
            .name_ref = REF(shapes[157].name_ref, strings[5102]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [158] = { /* authenticateOnUnsubscribe */
            .name_ref = REF(shapes[158].name_ref, strings[5117]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [159] = { /* boolean */
            .name_ref = REF(shapes[159].name_ref, strings[5143]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [160] = { /* delegate */
            .name_ref = REF(shapes[160].name_ref, strings[5151]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [161] = { /* endpoint */
            .name_ref = REF(shapes[161].name_ref, strings[5160]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [162] = { /* label */
            .name_ref = REF(shapes[162].name_ref, strings[5169]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [163] = { /* message */
            .name_ref = REF(shapes[163].name_ref, strings[117]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [164] = { /* messageId */
            .name_ref = REF(shapes[164].name_ref, strings[5175]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [165] = { /* messageStructure */
            .name_ref = REF(shapes[165].name_ref, strings[5185]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [166] = { /* nextToken */
            .name_ref = REF(shapes[166].name_ref, strings[2519]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [167] = { /* protocol */
            .name_ref = REF(shapes[167].name_ref, strings[5202]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [168] = { /* string */
            .name_ref = REF(shapes[168].name_ref, strings[5211]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [169] = { /* subject */
            .name_ref = REF(shapes[169].name_ref, strings[5218]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [170] = { /* subscriptionARN */
            .name_ref = REF(shapes[170].name_ref, strings[5226]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [171] = { /* token */
            .name_ref = REF(shapes[171].name_ref, strings[5242]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [172] = { /* topicARN */
            .name_ref = REF(shapes[172].name_ref, strings[5248]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [173] = { /* topicName */
            .name_ref = REF(shapes[173].name_ref, strings[5257]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * shape, offset (of the C member), has_ offset, flags, location,
     * timestamp format */
    .members = {
        [0] = {REF(members[0].name_ref, strings[31]), REF(members[0].shape_ref, shapes[172]), offsetof(struct awsc_sns_add_permission_input, topic_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddPermissionInput.TopicArn: topicARN */
        [1] = {REF(members[1].name_ref, strings[40]), REF(members[1].shape_ref, shapes[162]), offsetof(struct awsc_sns_add_permission_input, label), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddPermissionInput.Label: label */
        [2] = {REF(members[2].name_ref, strings[46]), REF(members[2].shape_ref, shapes[22]), offsetof(struct awsc_sns_add_permission_input, aws_account_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddPermissionInput.AWSAccountId: DelegatesList */
        [3] = {REF(members[3].name_ref, strings[59]), REF(members[3].shape_ref, shapes[0]), offsetof(struct awsc_sns_add_permission_input, action_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddPermissionInput.ActionName: ActionsList */
        [4] = {REF(members[4].name_ref, strings[117]), REF(members[4].shape_ref, shapes[168]), offsetof(struct awsc_sns_authorization_error_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AuthorizationErrorException.message: string */
        [5] = {REF(members[5].name_ref, strings[117]), REF(members[5].shape_ref, shapes[168]), offsetof(struct awsc_sns_batch_entry_ids_not_distinct_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchEntryIdsNotDistinctException.message: string */
        [6] = {REF(members[6].name_ref, strings[117]), REF(members[6].shape_ref, shapes[168]), offsetof(struct awsc_sns_batch_request_too_long_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchRequestTooLongException.message: string */
        [7] = {REF(members[7].name_ref, strings[274]), REF(members[7].shape_ref, shapes[123]), offsetof(struct awsc_sns_batch_result_error_entry, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchResultErrorEntry.Id: String */
        [8] = {REF(members[8].name_ref, strings[277]), REF(members[8].shape_ref, shapes[123]), offsetof(struct awsc_sns_batch_result_error_entry, code), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchResultErrorEntry.Code: String */
        [9] = {REF(members[9].name_ref, strings[282]), REF(members[9].shape_ref, shapes[123]), offsetof(struct awsc_sns_batch_result_error_entry, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchResultErrorEntry.Message: String */
        [10] = {REF(members[10].name_ref, strings[290]), REF(members[10].shape_ref, shapes[159]), offsetof(struct awsc_sns_batch_result_error_entry, sender_fault), offsetof(struct awsc_sns_batch_result_error_entry, has_sender_fault), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchResultErrorEntry.SenderFault: boolean */
        [11] = {REF(members[11].name_ref, strings[369]), REF(members[11].shape_ref, shapes[93]), offsetof(struct awsc_sns_check_if_phone_number_is_opted_out_input, phone_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CheckIfPhoneNumberIsOptedOutInput.phoneNumber: PhoneNumber */
        [12] = {REF(members[12].name_ref, strings[418]), REF(members[12].shape_ref, shapes[159]), offsetof(struct awsc_sns_check_if_phone_number_is_opted_out_output, is_opted_out), offsetof(struct awsc_sns_check_if_phone_number_is_opted_out_output, has_is_opted_out), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CheckIfPhoneNumberIsOptedOutResponse.isOptedOut: boolean */
        [13] = {REF(members[13].name_ref, strings[117]), REF(members[13].shape_ref, shapes[168]), offsetof(struct awsc_sns_concurrent_access_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConcurrentAccessException.message: string */
        [14] = {REF(members[14].name_ref, strings[31]), REF(members[14].shape_ref, shapes[172]), offsetof(struct awsc_sns_confirm_subscription_input, topic_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConfirmSubscriptionInput.TopicArn: topicARN */
        [15] = {REF(members[15].name_ref, strings[497]), REF(members[15].shape_ref, shapes[171]), offsetof(struct awsc_sns_confirm_subscription_input, token), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConfirmSubscriptionInput.Token: token */
        [16] = {REF(members[16].name_ref, strings[503]), REF(members[16].shape_ref, shapes[158]), offsetof(struct awsc_sns_confirm_subscription_input, authenticate_on_unsubscribe), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConfirmSubscriptionInput.AuthenticateOnUnsubscribe: authenticateOnUnsubscribe */
        [17] = {REF(members[17].name_ref, strings[557]), REF(members[17].shape_ref, shapes[170]), offsetof(struct awsc_sns_confirm_subscription_output, subscription_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConfirmSubscriptionResponse.SubscriptionArn: subscriptionARN */
        [18] = {REF(members[18].name_ref, strings[596]), REF(members[18].shape_ref, shapes[123]), offsetof(struct awsc_sns_create_platform_endpoint_output, endpoint_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEndpointResponse.EndpointArn: String */
        [19] = {REF(members[19].name_ref, strings[639]), REF(members[19].shape_ref, shapes[123]), offsetof(struct awsc_sns_create_platform_application_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreatePlatformApplicationInput.Name: String */
        [20] = {REF(members[20].name_ref, strings[644]), REF(members[20].shape_ref, shapes[123]), offsetof(struct awsc_sns_create_platform_application_input, platform), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreatePlatformApplicationInput.Platform: String */
        [21] = {REF(members[21].name_ref, strings[653]), REF(members[21].shape_ref, shapes[81]), offsetof(struct awsc_sns_create_platform_application_input, attributes), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreatePlatformApplicationInput.Attributes: MapStringToString */
        [22] = {REF(members[22].name_ref, strings[698]), REF(members[22].shape_ref, shapes[123]), offsetof(struct awsc_sns_create_platform_application_output, platform_application_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreatePlatformApplicationResponse.PlatformApplicationArn: String */
        [23] = {REF(members[23].name_ref, strings[698]), REF(members[23].shape_ref, shapes[123]), offsetof(struct awsc_sns_create_platform_endpoint_input, platform_application_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreatePlatformEndpointInput.PlatformApplicationArn: String */
        [24] = {REF(members[24].name_ref, strings[497]), REF(members[24].shape_ref, shapes[123]), offsetof(struct awsc_sns_create_platform_endpoint_input, token), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreatePlatformEndpointInput.Token: String */
        [25] = {REF(members[25].name_ref, strings[749]), REF(members[25].shape_ref, shapes[123]), offsetof(struct awsc_sns_create_platform_endpoint_input, custom_user_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreatePlatformEndpointInput.CustomUserData: String */
        [26] = {REF(members[26].name_ref, strings[653]), REF(members[26].shape_ref, shapes[81]), offsetof(struct awsc_sns_create_platform_endpoint_input, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreatePlatformEndpointInput.Attributes: MapStringToString */
        [27] = {REF(members[27].name_ref, strings[797]), REF(members[27].shape_ref, shapes[97]), offsetof(struct awsc_sns_create_sms_sandbox_phone_number_input, phone_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateSMSSandboxPhoneNumberInput.PhoneNumber: PhoneNumberString */
        [28] = {REF(members[28].name_ref, strings[809]), REF(members[28].shape_ref, shapes[59]), offsetof(struct awsc_sns_create_sms_sandbox_phone_number_input, language_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateSMSSandboxPhoneNumberInput.LanguageCode: LanguageCodeString */
        [29] = {REF(members[29].name_ref, strings[639]), REF(members[29].shape_ref, shapes[173]), offsetof(struct awsc_sns_create_topic_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTopicInput.Name: topicName */
        [30] = {REF(members[30].name_ref, strings[653]), REF(members[30].shape_ref, shapes[143]), offsetof(struct awsc_sns_create_topic_input, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTopicInput.Attributes: TopicAttributesMap */
        [31] = {REF(members[31].name_ref, strings[873]), REF(members[31].shape_ref, shapes[134]), offsetof(struct awsc_sns_create_topic_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTopicInput.Tags: TagList */
        [32] = {REF(members[32].name_ref, strings[878]), REF(members[32].shape_ref, shapes[157]), offsetof(struct awsc_sns_create_topic_input, data_protection_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTopicInput.DataProtectionPolicy: attributeValue */
        [33] = {REF(members[33].name_ref, strings[31]), REF(members[33].shape_ref, shapes[172]), offsetof(struct awsc_sns_create_topic_output, topic_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTopicResponse.TopicArn: topicARN */
        [34] = {REF(members[34].name_ref, strings[596]), REF(members[34].shape_ref, shapes[123]), offsetof(struct awsc_sns_delete_endpoint_input, endpoint_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteEndpointInput.EndpointArn: String */
        [35] = {REF(members[35].name_ref, strings[698]), REF(members[35].shape_ref, shapes[123]), offsetof(struct awsc_sns_delete_platform_application_input, platform_application_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeletePlatformApplicationInput.PlatformApplicationArn: String */
        [36] = {REF(members[36].name_ref, strings[797]), REF(members[36].shape_ref, shapes[97]), offsetof(struct awsc_sns_delete_sms_sandbox_phone_number_input, phone_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteSMSSandboxPhoneNumberInput.PhoneNumber: PhoneNumberString */
        [37] = {REF(members[37].name_ref, strings[31]), REF(members[37].shape_ref, shapes[172]), offsetof(struct awsc_sns_delete_topic_input, topic_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteTopicInput.TopicArn: topicARN */
        [38] = {REF(members[38].name_ref, strings[117]), REF(members[38].shape_ref, shapes[168]), offsetof(struct awsc_sns_empty_batch_request_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EmptyBatchRequestException.message: string */
        [39] = {REF(members[39].name_ref, strings[596]), REF(members[39].shape_ref, shapes[123]), offsetof(struct awsc_sns_endpoint, endpoint_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Endpoint.EndpointArn: String */
        [40] = {REF(members[40].name_ref, strings[653]), REF(members[40].shape_ref, shapes[81]), offsetof(struct awsc_sns_endpoint, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Endpoint.Attributes: MapStringToString */
        [41] = {REF(members[41].name_ref, strings[117]), REF(members[41].shape_ref, shapes[168]), offsetof(struct awsc_sns_endpoint_disabled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EndpointDisabledException.message: string */
        [42] = {REF(members[42].name_ref, strings[117]), REF(members[42].shape_ref, shapes[168]), offsetof(struct awsc_sns_filter_policy_limit_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FilterPolicyLimitExceededException.message: string */
        [43] = {REF(members[43].name_ref, strings[1255]), REF(members[43].shape_ref, shapes[172]), offsetof(struct awsc_sns_get_data_protection_policy_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDataProtectionPolicyInput.ResourceArn: topicARN */
        [44] = {REF(members[44].name_ref, strings[878]), REF(members[44].shape_ref, shapes[157]), offsetof(struct awsc_sns_get_data_protection_policy_output, data_protection_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDataProtectionPolicyResponse.DataProtectionPolicy: attributeValue */
        [45] = {REF(members[45].name_ref, strings[596]), REF(members[45].shape_ref, shapes[123]), offsetof(struct awsc_sns_get_endpoint_attributes_input, endpoint_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetEndpointAttributesInput.EndpointArn: String */
        [46] = {REF(members[46].name_ref, strings[653]), REF(members[46].shape_ref, shapes[81]), offsetof(struct awsc_sns_get_endpoint_attributes_output, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetEndpointAttributesResponse.Attributes: MapStringToString */
        [47] = {REF(members[47].name_ref, strings[698]), REF(members[47].shape_ref, shapes[123]), offsetof(struct awsc_sns_get_platform_application_attributes_input, platform_application_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetPlatformApplicationAttributesInput.PlatformApplicationArn: String */
        [48] = {REF(members[48].name_ref, strings[653]), REF(members[48].shape_ref, shapes[81]), offsetof(struct awsc_sns_get_platform_application_attributes_output, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetPlatformApplicationAttributesResponse.Attributes: MapStringToString */
        [49] = {REF(members[49].name_ref, strings[1457]), REF(members[49].shape_ref, shapes[72]), offsetof(struct awsc_sns_get_sms_attributes_input, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetSMSAttributesInput.attributes: ListString */
        [50] = {REF(members[50].name_ref, strings[1457]), REF(members[50].shape_ref, shapes[81]), offsetof(struct awsc_sns_get_sms_attributes_output, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetSMSAttributesResponse.attributes: MapStringToString */
        [51] = {REF(members[51].name_ref, strings[1558]), REF(members[51].shape_ref, shapes[159]), offsetof(struct awsc_sns_get_sms_sandbox_account_status_output, is_in_sandbox), offsetof(struct awsc_sns_get_sms_sandbox_account_status_output, has_is_in_sandbox), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetSMSSandboxAccountStatusResult.IsInSandbox: boolean */
        [52] = {REF(members[52].name_ref, strings[557]), REF(members[52].shape_ref, shapes[170]), offsetof(struct awsc_sns_get_subscription_attributes_input, subscription_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetSubscriptionAttributesInput.SubscriptionArn: subscriptionARN */
        [53] = {REF(members[53].name_ref, strings[653]), REF(members[53].shape_ref, shapes[127]), offsetof(struct awsc_sns_get_subscription_attributes_output, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetSubscriptionAttributesResponse.Attributes: SubscriptionAttributesMap */
        [54] = {REF(members[54].name_ref, strings[31]), REF(members[54].shape_ref, shapes[172]), offsetof(struct awsc_sns_get_topic_attributes_input, topic_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetTopicAttributesInput.TopicArn: topicARN */
        [55] = {REF(members[55].name_ref, strings[653]), REF(members[55].shape_ref, shapes[143]), offsetof(struct awsc_sns_get_topic_attributes_output, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetTopicAttributesResponse.Attributes: TopicAttributesMap */
        [56] = {REF(members[56].name_ref, strings[117]), REF(members[56].shape_ref, shapes[168]), offsetof(struct awsc_sns_internal_error_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InternalErrorException.message: string */
        [57] = {REF(members[57].name_ref, strings[117]), REF(members[57].shape_ref, shapes[168]), offsetof(struct awsc_sns_invalid_batch_entry_id_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidBatchEntryIdException.message: string */
        [58] = {REF(members[58].name_ref, strings[117]), REF(members[58].shape_ref, shapes[168]), offsetof(struct awsc_sns_invalid_parameter_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidParameterException.message: string */
        [59] = {REF(members[59].name_ref, strings[117]), REF(members[59].shape_ref, shapes[168]), offsetof(struct awsc_sns_invalid_parameter_value_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidParameterValueException.message: string */
        [60] = {REF(members[60].name_ref, strings[117]), REF(members[60].shape_ref, shapes[168]), offsetof(struct awsc_sns_invalid_security_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidSecurityException.message: string */
        [61] = {REF(members[61].name_ref, strings[117]), REF(members[61].shape_ref, shapes[168]), offsetof(struct awsc_sns_invalid_state_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidStateException.message: string */
        [62] = {REF(members[62].name_ref, strings[117]), REF(members[62].shape_ref, shapes[168]), offsetof(struct awsc_sns_kms_access_denied_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KMSAccessDeniedException.message: string */
        [63] = {REF(members[63].name_ref, strings[117]), REF(members[63].shape_ref, shapes[168]), offsetof(struct awsc_sns_kms_disabled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KMSDisabledException.message: string */
        [64] = {REF(members[64].name_ref, strings[117]), REF(members[64].shape_ref, shapes[168]), offsetof(struct awsc_sns_kms_invalid_state_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KMSInvalidStateException.message: string */
        [65] = {REF(members[65].name_ref, strings[117]), REF(members[65].shape_ref, shapes[168]), offsetof(struct awsc_sns_kms_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KMSNotFoundException.message: string */
        [66] = {REF(members[66].name_ref, strings[117]), REF(members[66].shape_ref, shapes[168]), offsetof(struct awsc_sns_kms_opt_in_required, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KMSOptInRequired.message: string */
        [67] = {REF(members[67].name_ref, strings[117]), REF(members[67].shape_ref, shapes[168]), offsetof(struct awsc_sns_kms_throttling_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KMSThrottlingException.message: string */
        [68] = {REF(members[68].name_ref, strings[698]), REF(members[68].shape_ref, shapes[123]), offsetof(struct awsc_sns_list_endpoints_by_platform_application_input, platform_application_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListEndpointsByPlatformApplicationInput.PlatformApplicationArn: String */
        [69] = {REF(members[69].name_ref, strings[2300]), REF(members[69].shape_ref, shapes[123]), offsetof(struct awsc_sns_list_endpoints_by_platform_application_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListEndpointsByPlatformApplicationInput.NextToken: String */
        [70] = {REF(members[70].name_ref, strings[2353]), REF(members[70].shape_ref, shapes[62]), offsetof(struct awsc_sns_list_endpoints_by_platform_application_output, endpoints), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListEndpointsByPlatformApplicationResponse.Endpoints: ListOfEndpoints */
        [71] = {REF(members[71].name_ref, strings[2300]), REF(members[71].shape_ref, shapes[123]), offsetof(struct awsc_sns_list_endpoints_by_platform_application_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListEndpointsByPlatformApplicationResponse.NextToken: String */
        [72] = {REF(members[72].name_ref, strings[2300]), REF(members[72].shape_ref, shapes[166]), offsetof(struct awsc_sns_list_origination_numbers_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListOriginationNumbersRequest.NextToken: nextToken */
        [73] = {REF(members[73].name_ref, strings[2436]), REF(members[73].shape_ref, shapes[83]), offsetof(struct awsc_sns_list_origination_numbers_input, max_results), offsetof(struct awsc_sns_list_origination_numbers_input, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListOriginationNumbersRequest.MaxResults: MaxItemsListOriginationNumbers */
        [74] = {REF(members[74].name_ref, strings[2300]), REF(members[74].shape_ref, shapes[166]), offsetof(struct awsc_sns_list_origination_numbers_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListOriginationNumbersResult.NextToken: nextToken */
        [75] = {REF(members[75].name_ref, strings[2476]), REF(members[75].shape_ref, shapes[95]), offsetof(struct awsc_sns_list_origination_numbers_output, phone_numbers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListOriginationNumbersResult.PhoneNumbers: PhoneNumberInformationList */
        [76] = {REF(members[76].name_ref, strings[2519]), REF(members[76].shape_ref, shapes[168]), offsetof(struct awsc_sns_list_phone_numbers_opted_out_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPhoneNumbersOptedOutInput.nextToken: string */
        [77] = {REF(members[77].name_ref, strings[2562]), REF(members[77].shape_ref, shapes[96]), offsetof(struct awsc_sns_list_phone_numbers_opted_out_output, phone_numbers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPhoneNumbersOptedOutResponse.phoneNumbers: PhoneNumberList */
        [78] = {REF(members[78].name_ref, strings[2519]), REF(members[78].shape_ref, shapes[168]), offsetof(struct awsc_sns_list_phone_numbers_opted_out_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPhoneNumbersOptedOutResponse.nextToken: string */
        [79] = {REF(members[79].name_ref, strings[2300]), REF(members[79].shape_ref, shapes[123]), offsetof(struct awsc_sns_list_platform_applications_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPlatformApplicationsInput.NextToken: String */
        [80] = {REF(members[80].name_ref, strings[2638]), REF(members[80].shape_ref, shapes[63]), offsetof(struct awsc_sns_list_platform_applications_output, platform_applications), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPlatformApplicationsResponse.PlatformApplications: ListOfPlatformApplications */
        [81] = {REF(members[81].name_ref, strings[2300]), REF(members[81].shape_ref, shapes[123]), offsetof(struct awsc_sns_list_platform_applications_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPlatformApplicationsResponse.NextToken: String */
        [82] = {REF(members[82].name_ref, strings[2300]), REF(members[82].shape_ref, shapes[166]), offsetof(struct awsc_sns_list_sms_sandbox_phone_numbers_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSMSSandboxPhoneNumbersInput.NextToken: nextToken */
        [83] = {REF(members[83].name_ref, strings[2436]), REF(members[83].shape_ref, shapes[82]), offsetof(struct awsc_sns_list_sms_sandbox_phone_numbers_input, max_results), offsetof(struct awsc_sns_list_sms_sandbox_phone_numbers_input, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSMSSandboxPhoneNumbersInput.MaxResults: MaxItems */
        [84] = {REF(members[84].name_ref, strings[2476]), REF(members[84].shape_ref, shapes[114]), offsetof(struct awsc_sns_list_sms_sandbox_phone_numbers_output, phone_numbers), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSMSSandboxPhoneNumbersResult.PhoneNumbers: SMSSandboxPhoneNumberList */
        [85] = {REF(members[85].name_ref, strings[2300]), REF(members[85].shape_ref, shapes[168]), offsetof(struct awsc_sns_list_sms_sandbox_phone_numbers_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSMSSandboxPhoneNumbersResult.NextToken: string */
        [86] = {REF(members[86].name_ref, strings[31]), REF(members[86].shape_ref, shapes[172]), offsetof(struct awsc_sns_list_subscriptions_by_topic_input, topic_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSubscriptionsByTopicInput.TopicArn: topicARN */
        [87] = {REF(members[87].name_ref, strings[2300]), REF(members[87].shape_ref, shapes[166]), offsetof(struct awsc_sns_list_subscriptions_by_topic_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSubscriptionsByTopicInput.NextToken: nextToken */
        [88] = {REF(members[88].name_ref, strings[2798]), REF(members[88].shape_ref, shapes[129]), offsetof(struct awsc_sns_list_subscriptions_by_topic_output, subscriptions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSubscriptionsByTopicResponse.Subscriptions: SubscriptionsList */
        [89] = {REF(members[89].name_ref, strings[2300]), REF(members[89].shape_ref, shapes[166]), offsetof(struct awsc_sns_list_subscriptions_by_topic_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSubscriptionsByTopicResponse.NextToken: nextToken */
        [90] = {REF(members[90].name_ref, strings[2300]), REF(members[90].shape_ref, shapes[166]), offsetof(struct awsc_sns_list_subscriptions_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSubscriptionsInput.NextToken: nextToken */
        [91] = {REF(members[91].name_ref, strings[2798]), REF(members[91].shape_ref, shapes[129]), offsetof(struct awsc_sns_list_subscriptions_output, subscriptions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSubscriptionsResponse.Subscriptions: SubscriptionsList */
        [92] = {REF(members[92].name_ref, strings[2300]), REF(members[92].shape_ref, shapes[166]), offsetof(struct awsc_sns_list_subscriptions_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSubscriptionsResponse.NextToken: nextToken */
        [93] = {REF(members[93].name_ref, strings[1255]), REF(members[93].shape_ref, shapes[2]), offsetof(struct awsc_sns_list_tags_for_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTagsForResourceRequest.ResourceArn: AmazonResourceName */
        [94] = {REF(members[94].name_ref, strings[873]), REF(members[94].shape_ref, shapes[134]), offsetof(struct awsc_sns_list_tags_for_resource_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTagsForResourceResponse.Tags: TagList */
        [95] = {REF(members[95].name_ref, strings[2300]), REF(members[95].shape_ref, shapes[166]), offsetof(struct awsc_sns_list_topics_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTopicsInput.NextToken: nextToken */
        [96] = {REF(members[96].name_ref, strings[2951]), REF(members[96].shape_ref, shapes[145]), offsetof(struct awsc_sns_list_topics_output, topics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTopicsResponse.Topics: TopicsList */
        [97] = {REF(members[97].name_ref, strings[2300]), REF(members[97].shape_ref, shapes[166]), offsetof(struct awsc_sns_list_topics_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTopicsResponse.NextToken: nextToken */
        [98] = {REF(members[98].name_ref, strings[3064]), REF(members[98].shape_ref, shapes[123]), offsetof(struct awsc_sns_message_attribute_value, data_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageAttributeValue.DataType: String */
        [99] = {REF(members[99].name_ref, strings[3073]), REF(members[99].shape_ref, shapes[123]), offsetof(struct awsc_sns_message_attribute_value, string_value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageAttributeValue.StringValue: String */
        [100] = {REF(members[100].name_ref, strings[3085]), REF(members[100].shape_ref, shapes[8]), offsetof(struct awsc_sns_message_attribute_value, binary_value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageAttributeValue.BinaryValue: Binary */
        [101] = {REF(members[101].name_ref, strings[117]), REF(members[101].shape_ref, shapes[168]), offsetof(struct awsc_sns_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* NotFoundException.message: string */
        [102] = {REF(members[102].name_ref, strings[369]), REF(members[102].shape_ref, shapes[93]), offsetof(struct awsc_sns_opt_in_phone_number_input, phone_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OptInPhoneNumberInput.phoneNumber: PhoneNumber */
        [103] = {REF(members[103].name_ref, strings[117]), REF(members[103].shape_ref, shapes[168]), offsetof(struct awsc_sns_opted_out_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OptedOutException.message: string */
        [104] = {REF(members[104].name_ref, strings[3281]), REF(members[104].shape_ref, shapes[140]), offsetof(struct awsc_sns_phone_number_information, created_at), offsetof(struct awsc_sns_phone_number_information, has_created_at), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PhoneNumberInformation.CreatedAt: Timestamp */
        [105] = {REF(members[105].name_ref, strings[797]), REF(members[105].shape_ref, shapes[93]), offsetof(struct awsc_sns_phone_number_information, phone_number), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PhoneNumberInformation.PhoneNumber: PhoneNumber */
        [106] = {REF(members[106].name_ref, strings[3291]), REF(members[106].shape_ref, shapes[123]), offsetof(struct awsc_sns_phone_number_information, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PhoneNumberInformation.Status: String */
        [107] = {REF(members[107].name_ref, strings[1944]), REF(members[107].shape_ref, shapes[52]), offsetof(struct awsc_sns_phone_number_information, iso2_country_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PhoneNumberInformation.Iso2CountryCode: Iso2CountryCode */
        [108] = {REF(members[108].name_ref, strings[3298]), REF(members[108].shape_ref, shapes[112]), offsetof(struct awsc_sns_phone_number_information, route_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PhoneNumberInformation.RouteType: RouteType */
        [109] = {REF(members[109].name_ref, strings[3308]), REF(members[109].shape_ref, shapes[88]), offsetof(struct awsc_sns_phone_number_information, number_capabilities), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PhoneNumberInformation.NumberCapabilities: NumberCapabilityList */
        [110] = {REF(members[110].name_ref, strings[698]), REF(members[110].shape_ref, shapes[123]), offsetof(struct awsc_sns_platform_application, platform_application_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PlatformApplication.PlatformApplicationArn: String */
        [111] = {REF(members[111].name_ref, strings[653]), REF(members[111].shape_ref, shapes[81]), offsetof(struct awsc_sns_platform_application, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PlatformApplication.Attributes: MapStringToString */
        [112] = {REF(members[112].name_ref, strings[117]), REF(members[112].shape_ref, shapes[168]), offsetof(struct awsc_sns_platform_application_disabled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PlatformApplicationDisabledException.message: string */
        [113] = {REF(members[113].name_ref, strings[31]), REF(members[113].shape_ref, shapes[172]), offsetof(struct awsc_sns_publish_batch_input, topic_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishBatchInput.TopicArn: topicARN */
        [114] = {REF(members[114].name_ref, strings[3491]), REF(members[114].shape_ref, shapes[102]), offsetof(struct awsc_sns_publish_batch_input, publish_batch_request_entries), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishBatchInput.PublishBatchRequestEntries: PublishBatchRequestEntryList */
        [115] = {REF(members[115].name_ref, strings[274]), REF(members[115].shape_ref, shapes[123]), offsetof(struct awsc_sns_publish_batch_request_entry, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishBatchRequestEntry.Id: String */
        [116] = {REF(members[116].name_ref, strings[282]), REF(members[116].shape_ref, shapes[163]), offsetof(struct awsc_sns_publish_batch_request_entry, message), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishBatchRequestEntry.Message: message */
        [117] = {REF(members[117].name_ref, strings[3543]), REF(members[117].shape_ref, shapes[169]), offsetof(struct awsc_sns_publish_batch_request_entry, subject), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishBatchRequestEntry.Subject: subject */
        [118] = {REF(members[118].name_ref, strings[3551]), REF(members[118].shape_ref, shapes[165]), offsetof(struct awsc_sns_publish_batch_request_entry, message_structure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishBatchRequestEntry.MessageStructure: messageStructure */
        [119] = {REF(members[119].name_ref, strings[3568]), REF(members[119].shape_ref, shapes[84]), offsetof(struct awsc_sns_publish_batch_request_entry, message_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishBatchRequestEntry.MessageAttributes: MessageAttributeMap */
        [120] = {REF(members[120].name_ref, strings[3586]), REF(members[120].shape_ref, shapes[123]), offsetof(struct awsc_sns_publish_batch_request_entry, message_deduplication_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishBatchRequestEntry.MessageDeduplicationId: String */
        [121] = {REF(members[121].name_ref, strings[3609]), REF(members[121].shape_ref, shapes[123]), offsetof(struct awsc_sns_publish_batch_request_entry, message_group_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishBatchRequestEntry.MessageGroupId: String */
        [122] = {REF(members[122].name_ref, strings[3674]), REF(members[122].shape_ref, shapes[105]), offsetof(struct awsc_sns_publish_batch_output, successful), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishBatchResponse.Successful: PublishBatchResultEntryList */
        [123] = {REF(members[123].name_ref, strings[3685]), REF(members[123].shape_ref, shapes[7]), offsetof(struct awsc_sns_publish_batch_output, failed), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishBatchResponse.Failed: BatchResultErrorEntryList */
        [124] = {REF(members[124].name_ref, strings[274]), REF(members[124].shape_ref, shapes[123]), offsetof(struct awsc_sns_publish_batch_result_entry, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishBatchResultEntry.Id: String */
        [125] = {REF(members[125].name_ref, strings[3716]), REF(members[125].shape_ref, shapes[164]), offsetof(struct awsc_sns_publish_batch_result_entry, message_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishBatchResultEntry.MessageId: messageId */
        [126] = {REF(members[126].name_ref, strings[3726]), REF(members[126].shape_ref, shapes[123]), offsetof(struct awsc_sns_publish_batch_result_entry, sequence_number), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishBatchResultEntry.SequenceNumber: String */
        [127] = {REF(members[127].name_ref, strings[31]), REF(members[127].shape_ref, shapes[172]), offsetof(struct awsc_sns_publish_input, topic_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishInput.TopicArn: topicARN */
        [128] = {REF(members[128].name_ref, strings[3782]), REF(members[128].shape_ref, shapes[123]), offsetof(struct awsc_sns_publish_input, target_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishInput.TargetArn: String */
        [129] = {REF(members[129].name_ref, strings[797]), REF(members[129].shape_ref, shapes[93]), offsetof(struct awsc_sns_publish_input, phone_number), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishInput.PhoneNumber: PhoneNumber */
        [130] = {REF(members[130].name_ref, strings[282]), REF(members[130].shape_ref, shapes[163]), offsetof(struct awsc_sns_publish_input, message), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishInput.Message: message */
        [131] = {REF(members[131].name_ref, strings[3543]), REF(members[131].shape_ref, shapes[169]), offsetof(struct awsc_sns_publish_input, subject), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishInput.Subject: subject */
        [132] = {REF(members[132].name_ref, strings[3551]), REF(members[132].shape_ref, shapes[165]), offsetof(struct awsc_sns_publish_input, message_structure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishInput.MessageStructure: messageStructure */
        [133] = {REF(members[133].name_ref, strings[3568]), REF(members[133].shape_ref, shapes[84]), offsetof(struct awsc_sns_publish_input, message_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishInput.MessageAttributes: MessageAttributeMap */
        [134] = {REF(members[134].name_ref, strings[3586]), REF(members[134].shape_ref, shapes[123]), offsetof(struct awsc_sns_publish_input, message_deduplication_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishInput.MessageDeduplicationId: String */
        [135] = {REF(members[135].name_ref, strings[3609]), REF(members[135].shape_ref, shapes[123]), offsetof(struct awsc_sns_publish_input, message_group_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishInput.MessageGroupId: String */
        [136] = {REF(members[136].name_ref, strings[3716]), REF(members[136].shape_ref, shapes[164]), offsetof(struct awsc_sns_publish_output, message_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishResponse.MessageId: messageId */
        [137] = {REF(members[137].name_ref, strings[3726]), REF(members[137].shape_ref, shapes[123]), offsetof(struct awsc_sns_publish_output, sequence_number), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishResponse.SequenceNumber: String */
        [138] = {REF(members[138].name_ref, strings[1255]), REF(members[138].shape_ref, shapes[172]), offsetof(struct awsc_sns_put_data_protection_policy_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutDataProtectionPolicyInput.ResourceArn: topicARN */
        [139] = {REF(members[139].name_ref, strings[878]), REF(members[139].shape_ref, shapes[157]), offsetof(struct awsc_sns_put_data_protection_policy_input, data_protection_policy), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutDataProtectionPolicyInput.DataProtectionPolicy: attributeValue */
        [140] = {REF(members[140].name_ref, strings[31]), REF(members[140].shape_ref, shapes[172]), offsetof(struct awsc_sns_remove_permission_input, topic_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RemovePermissionInput.TopicArn: topicARN */
        [141] = {REF(members[141].name_ref, strings[40]), REF(members[141].shape_ref, shapes[162]), offsetof(struct awsc_sns_remove_permission_input, label), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RemovePermissionInput.Label: label */
        [142] = {REF(members[142].name_ref, strings[117]), REF(members[142].shape_ref, shapes[168]), offsetof(struct awsc_sns_replay_limit_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplayLimitExceededException.message: string */
        [143] = {REF(members[143].name_ref, strings[117]), REF(members[143].shape_ref, shapes[168]), offsetof(struct awsc_sns_resource_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceNotFoundException.message: string */
        [144] = {REF(members[144].name_ref, strings[797]), REF(members[144].shape_ref, shapes[97]), offsetof(struct awsc_sns_sms_sandbox_phone_number, phone_number), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SMSSandboxPhoneNumber.PhoneNumber: PhoneNumberString */
        [145] = {REF(members[145].name_ref, strings[3291]), REF(members[145].shape_ref, shapes[115]), offsetof(struct awsc_sns_sms_sandbox_phone_number, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SMSSandboxPhoneNumber.Status: SMSSandboxPhoneNumberVerificationStatus */
        [146] = {REF(members[146].name_ref, strings[596]), REF(members[146].shape_ref, shapes[123]), offsetof(struct awsc_sns_set_endpoint_attributes_input, endpoint_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SetEndpointAttributesInput.EndpointArn: String */
        [147] = {REF(members[147].name_ref, strings[653]), REF(members[147].shape_ref, shapes[81]), offsetof(struct awsc_sns_set_endpoint_attributes_input, attributes), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SetEndpointAttributesInput.Attributes: MapStringToString */
        [148] = {REF(members[148].name_ref, strings[698]), REF(members[148].shape_ref, shapes[123]), offsetof(struct awsc_sns_set_platform_application_attributes_input, platform_application_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SetPlatformApplicationAttributesInput.PlatformApplicationArn: String */
        [149] = {REF(members[149].name_ref, strings[653]), REF(members[149].shape_ref, shapes[81]), offsetof(struct awsc_sns_set_platform_application_attributes_input, attributes), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SetPlatformApplicationAttributesInput.Attributes: MapStringToString */
        [150] = {REF(members[150].name_ref, strings[1457]), REF(members[150].shape_ref, shapes[81]), offsetof(struct awsc_sns_set_sms_attributes_input, attributes), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SetSMSAttributesInput.attributes: MapStringToString */
        [151] = {REF(members[151].name_ref, strings[557]), REF(members[151].shape_ref, shapes[170]), offsetof(struct awsc_sns_set_subscription_attributes_input, subscription_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SetSubscriptionAttributesInput.SubscriptionArn: subscriptionARN */
        [152] = {REF(members[152].name_ref, strings[4233]), REF(members[152].shape_ref, shapes[156]), offsetof(struct awsc_sns_set_subscription_attributes_input, attribute_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SetSubscriptionAttributesInput.AttributeName: attributeName */
        [153] = {REF(members[153].name_ref, strings[4247]), REF(members[153].shape_ref, shapes[157]), offsetof(struct awsc_sns_set_subscription_attributes_input, attribute_value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SetSubscriptionAttributesInput.AttributeValue: attributeValue */
        [154] = {REF(members[154].name_ref, strings[31]), REF(members[154].shape_ref, shapes[172]), offsetof(struct awsc_sns_set_topic_attributes_input, topic_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SetTopicAttributesInput.TopicArn: topicARN */
        [155] = {REF(members[155].name_ref, strings[4233]), REF(members[155].shape_ref, shapes[156]), offsetof(struct awsc_sns_set_topic_attributes_input, attribute_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SetTopicAttributesInput.AttributeName: attributeName */
        [156] = {REF(members[156].name_ref, strings[4247]), REF(members[156].shape_ref, shapes[157]), offsetof(struct awsc_sns_set_topic_attributes_input, attribute_value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SetTopicAttributesInput.AttributeValue: attributeValue */
        [157] = {REF(members[157].name_ref, strings[117]), REF(members[157].shape_ref, shapes[168]), offsetof(struct awsc_sns_stale_tag_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StaleTagException.message: string */
        [158] = {REF(members[158].name_ref, strings[31]), REF(members[158].shape_ref, shapes[172]), offsetof(struct awsc_sns_subscribe_input, topic_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubscribeInput.TopicArn: topicARN */
        [159] = {REF(members[159].name_ref, strings[4335]), REF(members[159].shape_ref, shapes[167]), offsetof(struct awsc_sns_subscribe_input, protocol), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubscribeInput.Protocol: protocol */
        [160] = {REF(members[160].name_ref, strings[1113]), REF(members[160].shape_ref, shapes[161]), offsetof(struct awsc_sns_subscribe_input, endpoint), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubscribeInput.Endpoint: endpoint */
        [161] = {REF(members[161].name_ref, strings[653]), REF(members[161].shape_ref, shapes[127]), offsetof(struct awsc_sns_subscribe_input, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubscribeInput.Attributes: SubscriptionAttributesMap */
        [162] = {REF(members[162].name_ref, strings[4344]), REF(members[162].shape_ref, shapes[159]), offsetof(struct awsc_sns_subscribe_input, return_subscription_arn), offsetof(struct awsc_sns_subscribe_input, has_return_subscription_arn), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubscribeInput.ReturnSubscriptionArn: boolean */
        [163] = {REF(members[163].name_ref, strings[557]), REF(members[163].shape_ref, shapes[170]), offsetof(struct awsc_sns_subscribe_output, subscription_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubscribeResponse.SubscriptionArn: subscriptionARN */
        [164] = {REF(members[164].name_ref, strings[557]), REF(members[164].shape_ref, shapes[170]), offsetof(struct awsc_sns_subscription, subscription_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Subscription.SubscriptionArn: subscriptionARN */
        [165] = {REF(members[165].name_ref, strings[4397]), REF(members[165].shape_ref, shapes[154]), offsetof(struct awsc_sns_subscription, owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Subscription.Owner: account */
        [166] = {REF(members[166].name_ref, strings[4335]), REF(members[166].shape_ref, shapes[167]), offsetof(struct awsc_sns_subscription, protocol), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Subscription.Protocol: protocol */
        [167] = {REF(members[167].name_ref, strings[1113]), REF(members[167].shape_ref, shapes[161]), offsetof(struct awsc_sns_subscription, endpoint), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Subscription.Endpoint: endpoint */
        [168] = {REF(members[168].name_ref, strings[31]), REF(members[168].shape_ref, shapes[172]), offsetof(struct awsc_sns_subscription, topic_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Subscription.TopicArn: topicARN */
        [169] = {REF(members[169].name_ref, strings[117]), REF(members[169].shape_ref, shapes[168]), offsetof(struct awsc_sns_subscription_limit_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubscriptionLimitExceededException.message: string */
        [170] = {REF(members[170].name_ref, strings[4512]), REF(members[170].shape_ref, shapes[131]), offsetof(struct awsc_sns_tag, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tag.Key: TagKey */
        [171] = {REF(members[171].name_ref, strings[3036]), REF(members[171].shape_ref, shapes[138]), offsetof(struct awsc_sns_tag, value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tag.Value: TagValue */
        [172] = {REF(members[172].name_ref, strings[117]), REF(members[172].shape_ref, shapes[168]), offsetof(struct awsc_sns_tag_limit_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagLimitExceededException.message: string */
        [173] = {REF(members[173].name_ref, strings[117]), REF(members[173].shape_ref, shapes[168]), offsetof(struct awsc_sns_tag_policy_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagPolicyException.message: string */
        [174] = {REF(members[174].name_ref, strings[1255]), REF(members[174].shape_ref, shapes[2]), offsetof(struct awsc_sns_tag_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagResourceRequest.ResourceArn: AmazonResourceName */
        [175] = {REF(members[175].name_ref, strings[873]), REF(members[175].shape_ref, shapes[134]), offsetof(struct awsc_sns_tag_resource_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagResourceRequest.Tags: TagList */
        [176] = {REF(members[176].name_ref, strings[117]), REF(members[176].shape_ref, shapes[168]), offsetof(struct awsc_sns_throttled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ThrottledException.message: string */
        [177] = {REF(members[177].name_ref, strings[117]), REF(members[177].shape_ref, shapes[168]), offsetof(struct awsc_sns_too_many_entries_in_batch_request_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TooManyEntriesInBatchRequestException.message: string */
        [178] = {REF(members[178].name_ref, strings[31]), REF(members[178].shape_ref, shapes[172]), offsetof(struct awsc_sns_topic, topic_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Topic.TopicArn: topicARN */
        [179] = {REF(members[179].name_ref, strings[117]), REF(members[179].shape_ref, shapes[168]), offsetof(struct awsc_sns_topic_limit_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TopicLimitExceededException.message: string */
        [180] = {REF(members[180].name_ref, strings[557]), REF(members[180].shape_ref, shapes[170]), offsetof(struct awsc_sns_unsubscribe_input, subscription_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UnsubscribeInput.SubscriptionArn: subscriptionARN */
        [181] = {REF(members[181].name_ref, strings[1255]), REF(members[181].shape_ref, shapes[2]), offsetof(struct awsc_sns_untag_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagResourceRequest.ResourceArn: AmazonResourceName */
        [182] = {REF(members[182].name_ref, strings[4889]), REF(members[182].shape_ref, shapes[132]), offsetof(struct awsc_sns_untag_resource_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagResourceRequest.TagKeys: TagKeyList */
        [183] = {REF(members[183].name_ref, strings[117]), REF(members[183].shape_ref, shapes[168]), offsetof(struct awsc_sns_user_error_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UserErrorException.message: string */
        [184] = {REF(members[184].name_ref, strings[282]), REF(members[184].shape_ref, shapes[168]), offsetof(struct awsc_sns_validation_exception, message), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ValidationException.Message: string */
        [185] = {REF(members[185].name_ref, strings[282]), REF(members[185].shape_ref, shapes[168]), offsetof(struct awsc_sns_verification_exception, message), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VerificationException.Message: string */
        [186] = {REF(members[186].name_ref, strings[3291]), REF(members[186].shape_ref, shapes[168]), offsetof(struct awsc_sns_verification_exception, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VerificationException.Status: string */
        [187] = {REF(members[187].name_ref, strings[797]), REF(members[187].shape_ref, shapes[97]), offsetof(struct awsc_sns_verify_sms_sandbox_phone_number_input, phone_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VerifySMSSandboxPhoneNumberInput.PhoneNumber: PhoneNumberString */
        [188] = {REF(members[188].name_ref, strings[5023]), REF(members[188].shape_ref, shapes[89]), offsetof(struct awsc_sns_verify_sms_sandbox_phone_number_input, one_time_password), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VerifySMSSandboxPhoneNumberInput.OneTimePassword: OTPCode */
    },
    /* each structure's member indexes, sorted by wire name */
    .by_wire_name = {
        /* [0] AddPermissionInput */ 2, 3, 1, 0,
        /* [4] AuthorizationErrorException */ 0,
        /* [5] BatchEntryIdsNotDistinctException */ 0,
        /* [6] BatchRequestTooLongException */ 0,
        /* [7] BatchResultErrorEntry */ 1, 0, 2, 3,
        /* [11] CheckIfPhoneNumberIsOptedOutInput */ 0,
        /* [12] CheckIfPhoneNumberIsOptedOutResponse */ 0,
        /* [13] ConcurrentAccessException */ 0,
        /* [14] ConfirmSubscriptionInput */ 2, 1, 0,
        /* [17] ConfirmSubscriptionResponse */ 0,
        /* [18] CreateEndpointResponse */ 0,
        /* [19] CreatePlatformApplicationInput */ 2, 0, 1,
        /* [22] CreatePlatformApplicationResponse */ 0,
        /* [23] CreatePlatformEndpointInput */ 3, 2, 0, 1,
        /* [27] CreateSMSSandboxPhoneNumberInput */ 1, 0,
        /* [29] CreateTopicInput */ 1, 3, 0, 2,
        /* [33] CreateTopicResponse */ 0,
        /* [34] DeleteEndpointInput */ 0,
        /* [35] DeletePlatformApplicationInput */ 0,
        /* [36] DeleteSMSSandboxPhoneNumberInput */ 0,
        /* [37] DeleteTopicInput */ 0,
        /* [38] EmptyBatchRequestException */ 0,
        /* [39] Endpoint */ 1, 0,
        /* [41] EndpointDisabledException */ 0,
        /* [42] FilterPolicyLimitExceededException */ 0,
        /* [43] GetDataProtectionPolicyInput */ 0,
        /* [44] GetDataProtectionPolicyResponse */ 0,
        /* [45] GetEndpointAttributesInput */ 0,
        /* [46] GetEndpointAttributesResponse */ 0,
        /* [47] GetPlatformApplicationAttributesInput */ 0,
        /* [48] GetPlatformApplicationAttributesResponse */ 0,
        /* [49] GetSMSAttributesInput */ 0,
        /* [50] GetSMSAttributesResponse */ 0,
        /* [51] GetSMSSandboxAccountStatusResult */ 0,
        /* [52] GetSubscriptionAttributesInput */ 0,
        /* [53] GetSubscriptionAttributesResponse */ 0,
        /* [54] GetTopicAttributesInput */ 0,
        /* [55] GetTopicAttributesResponse */ 0,
        /* [56] InternalErrorException */ 0,
        /* [57] InvalidBatchEntryIdException */ 0,
        /* [58] InvalidParameterException */ 0,
        /* [59] InvalidParameterValueException */ 0,
        /* [60] InvalidSecurityException */ 0,
        /* [61] InvalidStateException */ 0,
        /* [62] KMSAccessDeniedException */ 0,
        /* [63] KMSDisabledException */ 0,
        /* [64] KMSInvalidStateException */ 0,
        /* [65] KMSNotFoundException */ 0,
        /* [66] KMSOptInRequired */ 0,
        /* [67] KMSThrottlingException */ 0,
        /* [68] ListEndpointsByPlatformApplicationInput */ 1, 0,
        /* [70] ListEndpointsByPlatformApplicationResponse */ 0, 1,
        /* [72] ListOriginationNumbersRequest */ 1, 0,
        /* [74] ListOriginationNumbersResult */ 0, 1,
        /* [76] ListPhoneNumbersOptedOutInput */ 0,
        /* [77] ListPhoneNumbersOptedOutResponse */ 1, 0,
        /* [79] ListPlatformApplicationsInput */ 0,
        /* [80] ListPlatformApplicationsResponse */ 1, 0,
        /* [82] ListSMSSandboxPhoneNumbersInput */ 1, 0,
        /* [84] ListSMSSandboxPhoneNumbersResult */ 1, 0,
        /* [86] ListSubscriptionsByTopicInput */ 1, 0,
        /* [88] ListSubscriptionsByTopicResponse */ 1, 0,
        /* [90] ListSubscriptionsInput */ 0,
        /* [91] ListSubscriptionsResponse */ 1, 0,
        /* [93] ListTagsForResourceRequest */ 0,
        /* [94] ListTagsForResourceResponse */ 0,
        /* [95] ListTopicsInput */ 0,
        /* [96] ListTopicsResponse */ 1, 0,
        /* [98] MessageAttributeValue */ 2, 0, 1,
        /* [101] NotFoundException */ 0,
        /* [102] OptInPhoneNumberInput */ 0,
        /* [103] OptedOutException */ 0,
        /* [104] PhoneNumberInformation */ 0, 3, 5, 1, 4, 2,
        /* [110] PlatformApplication */ 1, 0,
        /* [112] PlatformApplicationDisabledException */ 0,
        /* [113] PublishBatchInput */ 1, 0,
        /* [115] PublishBatchRequestEntry */ 0, 1, 4, 5, 6, 3, 2,
        /* [122] PublishBatchResponse */ 1, 0,
        /* [124] PublishBatchResultEntry */ 0, 1, 2,
        /* [127] PublishInput */ 3, 6, 7, 8, 5, 2, 4, 1, 0,
        /* [136] PublishResponse */ 0, 1,
        /* [138] PutDataProtectionPolicyInput */ 1, 0,
        /* [140] RemovePermissionInput */ 1, 0,
        /* [142] ReplayLimitExceededException */ 0,
        /* [143] ResourceNotFoundException */ 0,
        /* [144] SMSSandboxPhoneNumber */ 0, 1,
        /* [146] SetEndpointAttributesInput */ 1, 0,
        /* [148] SetPlatformApplicationAttributesInput */ 1, 0,
        /* [150] SetSMSAttributesInput */ 0,
        /* [151] SetSubscriptionAttributesInput */ 1, 2, 0,
        /* [154] SetTopicAttributesInput */ 1, 2, 0,
        /* [157] StaleTagException */ 0,
        /* [158] SubscribeInput */ 3, 2, 1, 4, 0,
        /* [163] SubscribeResponse */ 0,
        /* [164] Subscription */ 3, 1, 2, 0, 4,
        /* [169] SubscriptionLimitExceededException */ 0,
        /* [170] Tag */ 0, 1,
        /* [172] TagLimitExceededException */ 0,
        /* [173] TagPolicyException */ 0,
        /* [174] TagResourceRequest */ 0, 1,
        /* [176] ThrottledException */ 0,
        /* [177] TooManyEntriesInBatchRequestException */ 0,
        /* [178] Topic */ 0,
        /* [179] TopicLimitExceededException */ 0,
        /* [180] UnsubscribeInput */ 0,
        /* [181] UntagResourceRequest */ 0, 1,
        /* [183] UserErrorException */ 0,
        /* [184] ValidationException */ 0,
        /* [185] VerificationException */ 0, 1,
        /* [187] VerifySMSSandboxPhoneNumberInput */ 1, 0,
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
        {.item_name_ref = REF(xml_refs[0].item_name_ref, strings[3036]), .key_name_ref = REF(xml_refs[0].key_name_ref, strings[639])},
    },
    .strings =
        /*      0 */ "ActionsList\0"
        /*     12 */ "AddPermissionInput\0"
        /*     31 */ "TopicArn\0"
        /*     40 */ "Label\0"
        /*     46 */ "AWSAccountId\0"
        /*     59 */ "ActionName\0"
        /*     70 */ "AmazonResourceName\0"
        /*     89 */ "AuthorizationErrorException\0"
        /*    117 */ "message\0"
        /*    125 */ "AuthorizationError\0"
        /*    144 */ "BatchEntryIdsNotDistinctException\0"
        /*    178 */ "BatchEntryIdsNotDistinct\0"
        /*    203 */ "BatchRequestTooLongException\0"
        /*    232 */ "BatchRequestTooLong\0"
        /*    252 */ "BatchResultErrorEntry\0"
        /*    274 */ "Id\0"
        /*    277 */ "Code\0"
        /*    282 */ "Message\0"
        /*    290 */ "SenderFault\0"
        /*    302 */ "BatchResultErrorEntryList\0"
        /*    328 */ "Binary\0"
        /*    335 */ "CheckIfPhoneNumberIsOptedOutInput\0"
        /*    369 */ "phoneNumber\0"
        /*    381 */ "CheckIfPhoneNumberIsOptedOutResponse\0"
        /*    418 */ "isOptedOut\0"
        /*    429 */ "ConcurrentAccessException\0"
        /*    455 */ "ConcurrentAccess\0"
        /*    472 */ "ConfirmSubscriptionInput\0"
        /*    497 */ "Token\0"
        /*    503 */ "AuthenticateOnUnsubscribe\0"
        /*    529 */ "ConfirmSubscriptionResponse\0"
        /*    557 */ "SubscriptionArn\0"
        /*    573 */ "CreateEndpointResponse\0"
        /*    596 */ "EndpointArn\0"
        /*    608 */ "CreatePlatformApplicationInput\0"
        /*    639 */ "Name\0"
        /*    644 */ "Platform\0"
        /*    653 */ "Attributes\0"
        /*    664 */ "CreatePlatformApplicationResponse\0"
        /*    698 */ "PlatformApplicationArn\0"
        /*    721 */ "CreatePlatformEndpointInput\0"
        /*    749 */ "CustomUserData\0"
        /*    764 */ "CreateSMSSandboxPhoneNumberInput\0"
        /*    797 */ "PhoneNumber\0"
        /*    809 */ "LanguageCode\0"
        /*    822 */ "CreateSMSSandboxPhoneNumberResult\0"
        /*    856 */ "CreateTopicInput\0"
        /*    873 */ "Tags\0"
        /*    878 */ "DataProtectionPolicy\0"
        /*    899 */ "CreateTopicResponse\0"
        /*    919 */ "DelegatesList\0"
        /*    933 */ "DeleteEndpointInput\0"
        /*    953 */ "DeletePlatformApplicationInput\0"
        /*    984 */ "DeleteSMSSandboxPhoneNumberInput\0"
        /*   1017 */ "DeleteSMSSandboxPhoneNumberResult\0"
        /*   1051 */ "DeleteTopicInput\0"
        /*   1068 */ "EmptyBatchRequestException\0"
        /*   1095 */ "EmptyBatchRequest\0"
        /*   1113 */ "Endpoint\0"
        /*   1122 */ "EndpointDisabledException\0"
        /*   1148 */ "EndpointDisabled\0"
        /*   1165 */ "FilterPolicyLimitExceededException\0"
        /*   1200 */ "FilterPolicyLimitExceeded\0"
        /*   1226 */ "GetDataProtectionPolicyInput\0"
        /*   1255 */ "ResourceArn\0"
        /*   1267 */ "GetDataProtectionPolicyResponse\0"
        /*   1299 */ "GetEndpointAttributesInput\0"
        /*   1326 */ "GetEndpointAttributesResponse\0"
        /*   1356 */ "GetPlatformApplicationAttributesInput\0"
        /*   1394 */ "GetPlatformApplicationAttributesResponse\0"
        /*   1435 */ "GetSMSAttributesInput\0"
        /*   1457 */ "attributes\0"
        /*   1468 */ "GetSMSAttributesResponse\0"
        /*   1493 */ "GetSMSSandboxAccountStatusInput\0"
        /*   1525 */ "GetSMSSandboxAccountStatusResult\0"
        /*   1558 */ "IsInSandbox\0"
        /*   1570 */ "GetSubscriptionAttributesInput\0"
        /*   1601 */ "GetSubscriptionAttributesResponse\0"
        /*   1635 */ "GetTopicAttributesInput\0"
        /*   1659 */ "GetTopicAttributesResponse\0"
        /*   1686 */ "InternalErrorException\0"
        /*   1709 */ "InternalError\0"
        /*   1723 */ "InvalidBatchEntryIdException\0"
        /*   1752 */ "InvalidBatchEntryId\0"
        /*   1772 */ "InvalidParameterException\0"
        /*   1798 */ "InvalidParameter\0"
        /*   1815 */ "InvalidParameterValueException\0"
        /*   1846 */ "ParameterValueInvalid\0"
        /*   1868 */ "InvalidSecurityException\0"
        /*   1893 */ "InvalidSecurity\0"
        /*   1909 */ "InvalidStateException\0"
        /*   1931 */ "InvalidState\0"
        /*   1944 */ "Iso2CountryCode\0"
        /*   1960 */ "KMSAccessDeniedException\0"
        /*   1985 */ "KMSAccessDenied\0"
        /*   2001 */ "KMSDisabledException\0"
        /*   2022 */ "KMSDisabled\0"
        /*   2034 */ "KMSInvalidStateException\0"
        /*   2059 */ "KMSInvalidState\0"
        /*   2075 */ "KMSNotFoundException\0"
        /*   2096 */ "KMSNotFound\0"
        /*   2108 */ "KMSOptInRequired\0"
        /*   2125 */ "KMSThrottlingException\0"
        /*   2148 */ "KMSThrottling\0"
        /*   2162 */ "LanguageCodeString\0"
        /*   2181 */ "en-US\0" "en-GB\0" "es-419\0" "es-ES\0" "de-DE\0" "fr-CA\0" "fr-FR\0" "it-IT\0" "ja-JP\0" "pt-BR\0" "kr-KR\0" "zh-CN\0" "zh-TW\0"
        /*   2260 */ "ListEndpointsByPlatformApplicationInput\0"
        /*   2300 */ "NextToken\0"
        /*   2310 */ "ListEndpointsByPlatformApplicationResponse\0"
        /*   2353 */ "Endpoints\0"
        /*   2363 */ "ListOfEndpoints\0"
        /*   2379 */ "ListOfPlatformApplications\0"
        /*   2406 */ "ListOriginationNumbersRequest\0"
        /*   2436 */ "MaxResults\0"
        /*   2447 */ "ListOriginationNumbersResult\0"
        /*   2476 */ "PhoneNumbers\0"
        /*   2489 */ "ListPhoneNumbersOptedOutInput\0"
        /*   2519 */ "nextToken\0"
        /*   2529 */ "ListPhoneNumbersOptedOutResponse\0"
        /*   2562 */ "phoneNumbers\0"
        /*   2575 */ "ListPlatformApplicationsInput\0"
        /*   2605 */ "ListPlatformApplicationsResponse\0"
        /*   2638 */ "PlatformApplications\0"
        /*   2659 */ "ListSMSSandboxPhoneNumbersInput\0"
        /*   2691 */ "ListSMSSandboxPhoneNumbersResult\0"
        /*   2724 */ "ListString\0"
        /*   2735 */ "ListSubscriptionsByTopicInput\0"
        /*   2765 */ "ListSubscriptionsByTopicResponse\0"
        /*   2798 */ "Subscriptions\0"
        /*   2812 */ "ListSubscriptionsInput\0"
        /*   2835 */ "ListSubscriptionsResponse\0"
        /*   2861 */ "ListTagsForResourceRequest\0"
        /*   2888 */ "ListTagsForResourceResponse\0"
        /*   2916 */ "ListTopicsInput\0"
        /*   2932 */ "ListTopicsResponse\0"
        /*   2951 */ "Topics\0"
        /*   2958 */ "MapStringToString\0"
        /*   2976 */ "MaxItems\0"
        /*   2985 */ "MaxItemsListOriginationNumbers\0"
        /*   3016 */ "MessageAttributeMap\0"
        /*   3036 */ "Value\0"
        /*   3042 */ "MessageAttributeValue\0"
        /*   3064 */ "DataType\0"
        /*   3073 */ "StringValue\0"
        /*   3085 */ "BinaryValue\0"
        /*   3097 */ "NotFoundException\0"
        /*   3115 */ "NotFound\0"
        /*   3124 */ "NumberCapability\0"
        /*   3141 */ "SMS\0" "MMS\0" "VOICE\0"
        /*   3155 */ "NumberCapabilityList\0"
        /*   3176 */ "OTPCode\0"
        /*   3184 */ "OptInPhoneNumberInput\0"
        /*   3206 */ "OptInPhoneNumberResponse\0"
        /*   3231 */ "OptedOutException\0"
        /*   3249 */ "OptedOut\0"
        /*   3258 */ "PhoneNumberInformation\0"
        /*   3281 */ "CreatedAt\0"
        /*   3291 */ "Status\0"
        /*   3298 */ "RouteType\0"
        /*   3308 */ "NumberCapabilities\0"
        /*   3327 */ "PhoneNumberInformationList\0"
        /*   3354 */ "PhoneNumberList\0"
        /*   3370 */ "PhoneNumberString\0"
        /*   3388 */ "PlatformApplication\0"
        /*   3408 */ "PlatformApplicationDisabledException\0"
        /*   3445 */ "PlatformApplicationDisabled\0"
        /*   3473 */ "PublishBatchInput\0"
        /*   3491 */ "PublishBatchRequestEntries\0"
        /*   3518 */ "PublishBatchRequestEntry\0"
        /*   3543 */ "Subject\0"
        /*   3551 */ "MessageStructure\0"
        /*   3568 */ "MessageAttributes\0"
        /*   3586 */ "MessageDeduplicationId\0"
        /*   3609 */ "MessageGroupId\0"
        /*   3624 */ "PublishBatchRequestEntryList\0"
        /*   3653 */ "PublishBatchResponse\0"
        /*   3674 */ "Successful\0"
        /*   3685 */ "Failed\0"
        /*   3692 */ "PublishBatchResultEntry\0"
        /*   3716 */ "MessageId\0"
        /*   3726 */ "SequenceNumber\0"
        /*   3741 */ "PublishBatchResultEntryList\0"
        /*   3769 */ "PublishInput\0"
        /*   3782 */ "TargetArn\0"
        /*   3792 */ "PublishResponse\0"
        /*   3808 */ "PutDataProtectionPolicyInput\0"
        /*   3837 */ "RemovePermissionInput\0"
        /*   3859 */ "ReplayLimitExceededException\0"
        /*   3888 */ "ReplayLimitExceeded\0"
        /*   3908 */ "ResourceNotFoundException\0"
        /*   3934 */ "ResourceNotFound\0"
        /*   3951 */ "Transactional\0" "Promotional\0" "Premium\0"
        /*   3985 */ "SMSSandboxPhoneNumber\0"
        /*   4007 */ "SMSSandboxPhoneNumberList\0"
        /*   4033 */ "SMSSandboxPhoneNumberVerificationStatus\0"
        /*   4073 */ "Pending\0" "Verified\0"
        /*   4090 */ "SetEndpointAttributesInput\0"
        /*   4117 */ "SetPlatformApplicationAttributesInput\0"
        /*   4155 */ "SetSMSAttributesInput\0"
        /*   4177 */ "SetSMSAttributesResponse\0"
        /*   4202 */ "SetSubscriptionAttributesInput\0"
        /*   4233 */ "AttributeName\0"
        /*   4247 */ "AttributeValue\0"
        /*   4262 */ "SetTopicAttributesInput\0"
        /*   4286 */ "StaleTagException\0"
        /*   4304 */ "StaleTag\0"
        /*   4313 */ "String\0"
        /*   4320 */ "SubscribeInput\0"
        /*   4335 */ "Protocol\0"
        /*   4344 */ "ReturnSubscriptionArn\0"
        /*   4366 */ "SubscribeResponse\0"
        /*   4384 */ "Subscription\0"
        /*   4397 */ "Owner\0"
        /*   4403 */ "SubscriptionAttributesMap\0"
        /*   4429 */ "SubscriptionLimitExceededException\0"
        /*   4464 */ "SubscriptionLimitExceeded\0"
        /*   4490 */ "SubscriptionsList\0"
        /*   4508 */ "Tag\0"
        /*   4512 */ "Key\0"
        /*   4516 */ "TagKey\0"
        /*   4523 */ "TagKeyList\0"
        /*   4534 */ "TagLimitExceededException\0"
        /*   4560 */ "TagLimitExceeded\0"
        /*   4577 */ "TagList\0"
        /*   4585 */ "TagPolicyException\0"
        /*   4604 */ "TagPolicy\0"
        /*   4614 */ "TagResourceRequest\0"
        /*   4633 */ "TagResourceResponse\0"
        /*   4653 */ "TagValue\0"
        /*   4662 */ "ThrottledException\0"
        /*   4681 */ "Throttled\0"
        /*   4691 */ "Timestamp\0"
        /*   4701 */ "TooManyEntriesInBatchRequestException\0"
        /*   4739 */ "TooManyEntriesInBatchRequest\0"
        /*   4768 */ "Topic\0"
        /*   4774 */ "TopicAttributesMap\0"
        /*   4793 */ "TopicLimitExceededException\0"
        /*   4821 */ "TopicLimitExceeded\0"
        /*   4840 */ "TopicsList\0"
        /*   4851 */ "UnsubscribeInput\0"
        /*   4868 */ "UntagResourceRequest\0"
        /*   4889 */ "TagKeys\0"
        /*   4897 */ "UntagResourceResponse\0"
        /*   4919 */ "UserErrorException\0"
        /*   4938 */ "UserError\0"
        /*   4948 */ "ValidationException\0"
        /*   4968 */ "VerificationException\0"
        /*   4990 */ "VerifySMSSandboxPhoneNumberInput\0"
        /*   5023 */ "OneTimePassword\0"
        /*   5039 */ "VerifySMSSandboxPhoneNumberResult\0"
        /*   5073 */ "account\0"
        /*   5081 */ "action\0"
        /*   5088 */ "attributeName\0"
        /*   5102 */ "attributeValue\0"
        /*   5117 */ "authenticateOnUnsubscribe\0"
        /*   5143 */ "boolean\0"
        /*   5151 */ "delegate\0"
        /*   5160 */ "endpoint\0"
        /*   5169 */ "label\0"
        /*   5175 */ "messageId\0"
        /*   5185 */ "messageStructure\0"
        /*   5202 */ "protocol\0"
        /*   5211 */ "string\0"
        /*   5218 */ "subject\0"
        /*   5226 */ "subscriptionARN\0"
        /*   5242 */ "token\0"
        /*   5248 */ "topicARN\0"
        /*   5257 */ "topicName\0"
        /*   5267 */ "AddPermission\0"
        /*   5281 */ "POST\0"
        /*   5286 */ "/\0"
        /*   5288 */ "CheckIfPhoneNumberIsOptedOut\0"
        /*   5317 */ "CheckIfPhoneNumberIsOptedOutResult\0"
        /*   5352 */ "ConfirmSubscription\0"
        /*   5372 */ "ConfirmSubscriptionResult\0"
        /*   5398 */ "CreatePlatformApplication\0"
        /*   5424 */ "CreatePlatformApplicationResult\0"
        /*   5456 */ "CreatePlatformEndpoint\0"
        /*   5479 */ "CreatePlatformEndpointResult\0"
        /*   5508 */ "CreateSMSSandboxPhoneNumber\0"
        /*   5536 */ "CreateTopic\0"
        /*   5548 */ "CreateTopicResult\0"
        /*   5566 */ "DeleteEndpoint\0"
        /*   5581 */ "DeletePlatformApplication\0"
        /*   5607 */ "DeleteSMSSandboxPhoneNumber\0"
        /*   5635 */ "DeleteTopic\0"
        /*   5647 */ "GetDataProtectionPolicy\0"
        /*   5671 */ "GetDataProtectionPolicyResult\0"
        /*   5701 */ "GetEndpointAttributes\0"
        /*   5723 */ "GetEndpointAttributesResult\0"
        /*   5751 */ "GetPlatformApplicationAttributes\0"
        /*   5784 */ "GetPlatformApplicationAttributesResult\0"
        /*   5823 */ "GetSMSAttributes\0"
        /*   5840 */ "GetSMSAttributesResult\0"
        /*   5863 */ "GetSMSSandboxAccountStatus\0"
        /*   5890 */ "GetSubscriptionAttributes\0"
        /*   5916 */ "GetSubscriptionAttributesResult\0"
        /*   5948 */ "GetTopicAttributes\0"
        /*   5967 */ "GetTopicAttributesResult\0"
        /*   5992 */ "ListEndpointsByPlatformApplication\0"
        /*   6027 */ "ListEndpointsByPlatformApplicationResult\0"
        /*   6068 */ "ListOriginationNumbers\0"
        /*   6091 */ "ListPhoneNumbersOptedOut\0"
        /*   6116 */ "ListPhoneNumbersOptedOutResult\0"
        /*   6147 */ "ListPlatformApplications\0"
        /*   6172 */ "ListPlatformApplicationsResult\0"
        /*   6203 */ "ListSMSSandboxPhoneNumbers\0"
        /*   6230 */ "ListSubscriptions\0"
        /*   6248 */ "ListSubscriptionsResult\0"
        /*   6272 */ "ListSubscriptionsByTopic\0"
        /*   6297 */ "ListSubscriptionsByTopicResult\0"
        /*   6328 */ "ListTagsForResource\0"
        /*   6348 */ "ListTagsForResourceResult\0"
        /*   6374 */ "ListTopics\0"
        /*   6385 */ "ListTopicsResult\0"
        /*   6402 */ "OptInPhoneNumber\0"
        /*   6419 */ "OptInPhoneNumberResult\0"
        /*   6442 */ "Publish\0"
        /*   6450 */ "PublishResult\0"
        /*   6464 */ "PublishBatch\0"
        /*   6477 */ "PublishBatchResult\0"
        /*   6496 */ "PutDataProtectionPolicy\0"
        /*   6520 */ "RemovePermission\0"
        /*   6537 */ "SetEndpointAttributes\0"
        /*   6559 */ "SetPlatformApplicationAttributes\0"
        /*   6592 */ "SetSMSAttributes\0"
        /*   6609 */ "SetSMSAttributesResult\0"
        /*   6632 */ "SetSubscriptionAttributes\0"
        /*   6658 */ "SetTopicAttributes\0"
        /*   6677 */ "Subscribe\0"
        /*   6687 */ "SubscribeResult\0"
        /*   6703 */ "TagResource\0"
        /*   6715 */ "TagResourceResult\0"
        /*   6733 */ "Unsubscribe\0"
        /*   6745 */ "UntagResource\0"
        /*   6759 */ "UntagResourceResult\0"
        /*   6779 */ "VerifySMSSandboxPhoneNumber\0"
        /*   6807 */ "sns\0"
        /*   6811 */ "SNS\0"
        /*   6815 */ "Amazon Simple Notification Service\0"
        /*   6850 */ "2010-03-31\0"
        /*   6861 */ "http://sns.amazonaws.com/doc/2010-03-31/",
};

/* The descriptor programs use (<awsc/sns.h>): the one in the tables. */
const struct awsc_service *awsc_sns_service(void)
{
    return &T.service;
}

enum awsc_sns_language_code_string awsc_sns_language_code_string_parse(const char *value)
{
    return (enum awsc_sns_language_code_string)awsc_enum_parse(&T.strings[2181], 13, value);
}

const char *awsc_sns_language_code_string_str(enum awsc_sns_language_code_string value)
{
    return awsc_enum_str(&T.strings[2181], 13, (int)value);
}

enum awsc_sns_number_capability awsc_sns_number_capability_parse(const char *value)
{
    return (enum awsc_sns_number_capability)awsc_enum_parse(&T.strings[3141], 3, value);
}

const char *awsc_sns_number_capability_str(enum awsc_sns_number_capability value)
{
    return awsc_enum_str(&T.strings[3141], 3, (int)value);
}

enum awsc_sns_route_type awsc_sns_route_type_parse(const char *value)
{
    return (enum awsc_sns_route_type)awsc_enum_parse(&T.strings[3951], 3, value);
}

const char *awsc_sns_route_type_str(enum awsc_sns_route_type value)
{
    return awsc_enum_str(&T.strings[3951], 3, (int)value);
}

enum awsc_sns_sms_sandbox_phone_number_verification_status awsc_sns_sms_sandbox_phone_number_verification_status_parse(const char *value)
{
    return (enum awsc_sns_sms_sandbox_phone_number_verification_status)awsc_enum_parse(&T.strings[4073], 2, value);
}

const char *awsc_sns_sms_sandbox_phone_number_verification_status_str(enum awsc_sns_sms_sandbox_phone_number_verification_status value)
{
    return awsc_enum_str(&T.strings[4073], 2, (int)value);
}

#undef PREF
#undef PAGERS
#undef RULES_REF
#undef RULES
#undef REF
#undef T
