/*
 * sts_tables.c - the service descriptor, operations and shapes of
 * STS.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/sts.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

/* List and map types all share the layouts of awsc_list_view and
 * awsc_map_view, which the codecs rely on. */
_Static_assert(offsetof(struct awsc_sts_provided_contexts_list_type, count) == offsetof(struct awsc_list_view, count), "ProvidedContextsListType");
_Static_assert(offsetof(struct awsc_sts_policy_descriptor_list_type, count) == offsetof(struct awsc_list_view, count), "policyDescriptorListType");
_Static_assert(offsetof(struct awsc_sts_tag_key_list_type, count) == offsetof(struct awsc_list_view, count), "tagKeyListType");
_Static_assert(offsetof(struct awsc_sts_tag_list_type, count) == offsetof(struct awsc_list_view, count), "tagListType");

/*
 * The tables: the service, its operations and every shape, member and
 * name of STS in one object, so that each refers to another by its
 * distance from it (awsc_ref, in <awsc/shape.h>): plain read-only data,
 * with no relocation at load time. REF(field, target) is the reference
 * stored at field that names target.
 */
#define T awsc__sts_tables
#define REF(field, target) AWSC_REF(T.field, T.target)
/* The strings are one literal; it passes the 4095 characters ISO C
 * requires compilers to take (GCC and Clang take any length). */
#pragma GCC diagnostic ignored "-Woverlength-strings"
#ifndef AWSC__STS_TABLES
#define AWSC__STS_TABLES

/* The endpoint rule set of sts: a part of the service's tables. */
struct awsc__sts_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[5];
    uint16_t slots[6];
    struct awsc_ep_rule rules[40];
    struct awsc_ep_expr exprs[78];
    uint16_t args[100];
    struct awsc_ep_endpoint endpoints[8];
    struct awsc_ep_prop props[12];
    char strings[726];
};
/* The service, its operations and every shape, member and name of
 * STS, in one object. */
struct awsc__sts_tables {
    struct awsc_service service;
    struct awsc_operation operations[11];
    awsc_ref op_errors[30];
    awsc_ref service_errors[12];
    struct awsc__sts_rules rules;
    struct awsc_shape shapes[98];
    struct awsc_member members[104];
    uint16_t by_wire_name[104];
    struct awsc_range ranges[32];
    char strings[3437];
};
extern const struct awsc__sts_tables awsc__sts_tables AWSC__HIDDEN;
#endif
/* RULES_REF(field, target): a reference inside the endpoint rule set's
 * part of the tables. */
#define RULES T.rules
#define RULES_REF(field, target) AWSC_REF(RULES.field, RULES.target)

const struct awsc__sts_tables T = {
    .service = {
        .name_ref = REF(service.name_ref, strings[3349]),
        .service_id_ref = REF(service.service_id_ref, strings[3353]),
        .full_name_ref = REF(service.full_name_ref, strings[3357]),
        .api_version_ref = REF(service.api_version_ref, strings[3384]),
        .endpoint_prefix_ref = REF(service.endpoint_prefix_ref, strings[3349]),
        .signing_name_ref = REF(service.signing_name_ref, strings[3349]),
        .xml_namespace_ref = REF(service.xml_namespace_ref, strings[3395]),
        .env_name_ref = REF(service.env_name_ref, strings[3353]),
        .operations_ref = REF(service.operations_ref, operations[0]),
        .errors_ref = REF(service.errors_ref, service_errors[0]),
        .protocol = AWSC_PROTO_QUERY,
        .operation_count = 11,
        .error_count = 12,
        .ruleset_ref = REF(service.ruleset_ref, rules.ruleset),
    },
    /* sorted by name */
    .operations = {
        [0] = { /* AssumeRole */
            .name_ref = REF(operations[0].name_ref, strings[2860]),
            .http_method_ref = REF(operations[0].http_method_ref, strings[2871]),
            .request_uri_ref = REF(operations[0].request_uri_ref, strings[2876]),
            .input_ref = REF(operations[0].input_ref, shapes[0]),
            .output_ref = REF(operations[0].output_ref, shapes[1]),
            .errors_ref = REF(operations[0].errors_ref, op_errors[0]),
            .service_ref = REF(operations[0].service_ref, service),
            .result_wrapper_ref = REF(operations[0].result_wrapper_ref, strings[2878]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [1] = { /* AssumeRoleWithSAML */
            .name_ref = REF(operations[1].name_ref, strings[2895]),
            .http_method_ref = REF(operations[1].http_method_ref, strings[2871]),
            .request_uri_ref = REF(operations[1].request_uri_ref, strings[2876]),
            .input_ref = REF(operations[1].input_ref, shapes[2]),
            .output_ref = REF(operations[1].output_ref, shapes[3]),
            .errors_ref = REF(operations[1].errors_ref, op_errors[4]),
            .service_ref = REF(operations[1].service_ref, service),
            .result_wrapper_ref = REF(operations[1].result_wrapper_ref, strings[2914]),
            .error_count = 6,
            .auth = AWSC_AUTH_NONE,
        },
        [2] = { /* AssumeRoleWithWebIdentity */
            .name_ref = REF(operations[2].name_ref, strings[2939]),
            .http_method_ref = REF(operations[2].http_method_ref, strings[2871]),
            .request_uri_ref = REF(operations[2].request_uri_ref, strings[2876]),
            .input_ref = REF(operations[2].input_ref, shapes[4]),
            .output_ref = REF(operations[2].output_ref, shapes[5]),
            .errors_ref = REF(operations[2].errors_ref, op_errors[10]),
            .service_ref = REF(operations[2].service_ref, service),
            .result_wrapper_ref = REF(operations[2].result_wrapper_ref, strings[2965]),
            .error_count = 7,
            .auth = AWSC_AUTH_NONE,
        },
        [3] = { /* AssumeRoot */
            .name_ref = REF(operations[3].name_ref, strings[2997]),
            .http_method_ref = REF(operations[3].http_method_ref, strings[2871]),
            .request_uri_ref = REF(operations[3].request_uri_ref, strings[2876]),
            .input_ref = REF(operations[3].input_ref, shapes[6]),
            .output_ref = REF(operations[3].output_ref, shapes[7]),
            .errors_ref = REF(operations[3].errors_ref, op_errors[17]),
            .service_ref = REF(operations[3].service_ref, service),
            .result_wrapper_ref = REF(operations[3].result_wrapper_ref, strings[3008]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [4] = { /* DecodeAuthorizationMessage */
            .name_ref = REF(operations[4].name_ref, strings[3025]),
            .http_method_ref = REF(operations[4].http_method_ref, strings[2871]),
            .request_uri_ref = REF(operations[4].request_uri_ref, strings[2876]),
            .input_ref = REF(operations[4].input_ref, shapes[11]),
            .output_ref = REF(operations[4].output_ref, shapes[12]),
            .errors_ref = REF(operations[4].errors_ref, op_errors[19]),
            .service_ref = REF(operations[4].service_ref, service),
            .result_wrapper_ref = REF(operations[4].result_wrapper_ref, strings[3052]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [5] = { /* GetAccessKeyInfo */
            .name_ref = REF(operations[5].name_ref, strings[3085]),
            .http_method_ref = REF(operations[5].http_method_ref, strings[2871]),
            .request_uri_ref = REF(operations[5].request_uri_ref, strings[2876]),
            .input_ref = REF(operations[5].input_ref, shapes[16]),
            .output_ref = REF(operations[5].output_ref, shapes[17]),
            .service_ref = REF(operations[5].service_ref, service),
            .result_wrapper_ref = REF(operations[5].result_wrapper_ref, strings[3102]),
            .auth = AWSC_AUTH_SIGV4,
        },
        [6] = { /* GetCallerIdentity */
            .name_ref = REF(operations[6].name_ref, strings[3125]),
            .http_method_ref = REF(operations[6].http_method_ref, strings[2871]),
            .request_uri_ref = REF(operations[6].request_uri_ref, strings[2876]),
            .input_ref = REF(operations[6].input_ref, shapes[18]),
            .output_ref = REF(operations[6].output_ref, shapes[19]),
            .service_ref = REF(operations[6].service_ref, service),
            .result_wrapper_ref = REF(operations[6].result_wrapper_ref, strings[3143]),
            .auth = AWSC_AUTH_SIGV4,
        },
        [7] = { /* GetDelegatedAccessToken */
            .name_ref = REF(operations[7].name_ref, strings[3167]),
            .http_method_ref = REF(operations[7].http_method_ref, strings[2871]),
            .request_uri_ref = REF(operations[7].request_uri_ref, strings[2876]),
            .input_ref = REF(operations[7].input_ref, shapes[20]),
            .output_ref = REF(operations[7].output_ref, shapes[21]),
            .errors_ref = REF(operations[7].errors_ref, op_errors[20]),
            .service_ref = REF(operations[7].service_ref, service),
            .result_wrapper_ref = REF(operations[7].result_wrapper_ref, strings[3191]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [8] = { /* GetFederationToken */
            .name_ref = REF(operations[8].name_ref, strings[3221]),
            .http_method_ref = REF(operations[8].http_method_ref, strings[2871]),
            .request_uri_ref = REF(operations[8].request_uri_ref, strings[2876]),
            .input_ref = REF(operations[8].input_ref, shapes[22]),
            .output_ref = REF(operations[8].output_ref, shapes[23]),
            .errors_ref = REF(operations[8].errors_ref, op_errors[23]),
            .service_ref = REF(operations[8].service_ref, service),
            .result_wrapper_ref = REF(operations[8].result_wrapper_ref, strings[3240]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [9] = { /* GetSessionToken */
            .name_ref = REF(operations[9].name_ref, strings[3265]),
            .http_method_ref = REF(operations[9].http_method_ref, strings[2871]),
            .request_uri_ref = REF(operations[9].request_uri_ref, strings[2876]),
            .input_ref = REF(operations[9].input_ref, shapes[24]),
            .output_ref = REF(operations[9].output_ref, shapes[25]),
            .errors_ref = REF(operations[9].errors_ref, op_errors[26]),
            .service_ref = REF(operations[9].service_ref, service),
            .result_wrapper_ref = REF(operations[9].result_wrapper_ref, strings[3281]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [10] = { /* GetWebIdentityToken */
            .name_ref = REF(operations[10].name_ref, strings[3303]),
            .http_method_ref = REF(operations[10].http_method_ref, strings[2871]),
            .request_uri_ref = REF(operations[10].request_uri_ref, strings[2876]),
            .input_ref = REF(operations[10].input_ref, shapes[26]),
            .output_ref = REF(operations[10].output_ref, shapes[27]),
            .errors_ref = REF(operations[10].errors_ref, op_errors[27]),
            .service_ref = REF(operations[10].service_ref, service),
            .result_wrapper_ref = REF(operations[10].result_wrapper_ref, strings[3323]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
    },
    /* each operation's modeled errors */
    .op_errors = {
        REF(op_errors[0], shapes[13]),
        REF(op_errors[1], shapes[34]),
        REF(op_errors[2], shapes[37]),
        REF(op_errors[3], shapes[41]),
        REF(op_errors[4], shapes[13]),
        REF(op_errors[5], shapes[29]),
        REF(op_errors[6], shapes[31]),
        REF(op_errors[7], shapes[34]),
        REF(op_errors[8], shapes[37]),
        REF(op_errors[9], shapes[41]),
        REF(op_errors[10], shapes[13]),
        REF(op_errors[11], shapes[28]),
        REF(op_errors[12], shapes[29]),
        REF(op_errors[13], shapes[31]),
        REF(op_errors[14], shapes[34]),
        REF(op_errors[15], shapes[37]),
        REF(op_errors[16], shapes[41]),
        REF(op_errors[17], shapes[13]),
        REF(op_errors[18], shapes[41]),
        REF(op_errors[19], shapes[30]),
        REF(op_errors[20], shapes[14]),
        REF(op_errors[21], shapes[37]),
        REF(op_errors[22], shapes[41]),
        REF(op_errors[23], shapes[34]),
        REF(op_errors[24], shapes[37]),
        REF(op_errors[25], shapes[41]),
        REF(op_errors[26], shapes[41]),
        REF(op_errors[27], shapes[33]),
        REF(op_errors[28], shapes[36]),
        REF(op_errors[29], shapes[44]),
    },
    /* every modeled error of the service, sorted by its code on the wire */
    .service_errors = {
        REF(service_errors[0], shapes[13]),
        REF(service_errors[1], shapes[14]),
        REF(service_errors[2], shapes[28]),
        REF(service_errors[3], shapes[29]),
        REF(service_errors[4], shapes[30]),
        REF(service_errors[5], shapes[31]),
        REF(service_errors[6], shapes[33]),
        REF(service_errors[7], shapes[34]),
        REF(service_errors[8], shapes[36]),
        REF(service_errors[9], shapes[37]),
        REF(service_errors[10], shapes[41]),
        REF(service_errors[11], shapes[44]),
    },
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
        .service = 0, /* sts */
        .global_region = 4, /* aws-global */
        .param_count = 5,
        .slot_count = 6,
        .rule_count = 4,
        .flags = 0,
    },
    /* Parameters: name, default string (a stringArray's: the first in
     * defaults), default count, type, built-in, flags, default boolean. */
    .params = {
        {141, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_REGION, 0, false}, /* Region */
        {15, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_DUAL_STACK, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseDualStack */
        {28, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_FIPS, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseFIPS */
        {45, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ENDPOINT, 0, false}, /* Endpoint */
        {36, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_STS_USE_GLOBAL_ENDPOINT, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseGlobalEndpoint */
    },
    /* The slots' names: parameters, then the variables the rules assign. */
    .slots = {
        141, /* 0: Region */
        15, /* 1: UseDualStack */
        28, /* 2: UseFIPS */
        45, /* 3: Endpoint */
        36, /* 4: UseGlobalEndpoint */
        54, /* 5: PartitionResult */
    },
    /* Rules: condition count, first condition (in args), then a tree's
     * first child and child count, an endpoint's index, or an error's
     * message. A run of rules equal to another is stored once. */
    .rules = {
        /* 0 */ AWSC_EP_TREE(6, 9, 4, 17), /* booleanEquals(UseGlobalEndpoint, true) && not(isSet(Endpoint)) && isSet(Region) && Par ... */
        /* 1 */ AWSC_EP_TREE(1, 3, 21, 3), /* isSet(Endpoint) */
        /* 2 */ AWSC_EP_TREE(1, 11, 39, 1), /* isSet(Region) */
        /* 3 */ AWSC_EP_ERROR(0, 0, 77), /* always */
        /* 4 */ AWSC_EP_ENDPOINT(1, 17, 0), /* stringEquals(Region, "ap-northeast-1") */
        /* 5 */ AWSC_EP_ENDPOINT(1, 20, 0), /* stringEquals(Region, "ap-south-1") */
        /* 6 */ AWSC_EP_ENDPOINT(1, 23, 0), /* stringEquals(Region, "ap-southeast-1") */
        /* 7 */ AWSC_EP_ENDPOINT(1, 26, 0), /* stringEquals(Region, "ap-southeast-2") */
        /* 8 */ AWSC_EP_ENDPOINT(1, 29, 0), /* stringEquals(Region, "aws-global") */
        /* 9 */ AWSC_EP_ENDPOINT(1, 32, 0), /* stringEquals(Region, "ca-central-1") */
        /* 10 */ AWSC_EP_ENDPOINT(1, 35, 0), /* stringEquals(Region, "eu-central-1") */
        /* 11 */ AWSC_EP_ENDPOINT(1, 38, 0), /* stringEquals(Region, "eu-north-1") */
        /* 12 */ AWSC_EP_ENDPOINT(1, 41, 0), /* stringEquals(Region, "eu-west-1") */
        /* 13 */ AWSC_EP_ENDPOINT(1, 44, 0), /* stringEquals(Region, "eu-west-2") */
        /* 14 */ AWSC_EP_ENDPOINT(1, 47, 0), /* stringEquals(Region, "eu-west-3") */
        /* 15 */ AWSC_EP_ENDPOINT(1, 50, 0), /* stringEquals(Region, "sa-east-1") */
        /* 16 */ AWSC_EP_ENDPOINT(1, 53, 0), /* stringEquals(Region, "us-east-1") */
        /* 17 */ AWSC_EP_ENDPOINT(1, 56, 0), /* stringEquals(Region, "us-east-2") */
        /* 18 */ AWSC_EP_ENDPOINT(1, 59, 0), /* stringEquals(Region, "us-west-1") */
        /* 19 */ AWSC_EP_ENDPOINT(1, 62, 0), /* stringEquals(Region, "us-west-2") */
        /* 20 */ AWSC_EP_ENDPOINT(0, 0, 1), /* always */
        /* 21 */ AWSC_EP_ERROR(1, 69, 56), /* booleanEquals(UseFIPS, true) */
        /* 22 */ AWSC_EP_ERROR(1, 72, 58), /* booleanEquals(UseDualStack, true) */
        /* 23 */ AWSC_EP_ENDPOINT(0, 0, 2), /* always */
        /* 24 */ AWSC_EP_ENDPOINT(0, 0, 3), /* always */
        /* 25 */ AWSC_EP_TREE(2, 79, 24, 1), /* booleanEquals(true, PartitionResult#supportsFIPS) && booleanEquals(true, PartitionResu ... */
        /* 26 */ AWSC_EP_ERROR(0, 0, 66), /* always */
        /* 27 */ AWSC_EP_ENDPOINT(1, 88, 4), /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 28 */ AWSC_EP_ENDPOINT(0, 0, 5), /* always */
        /* 29 */ AWSC_EP_TREE(1, 85, 27, 2), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 30 */ AWSC_EP_ERROR(0, 0, 74), /* always */
        /* 31 */ AWSC_EP_ENDPOINT(0, 0, 6), /* always */
        /* 32 */ AWSC_EP_TREE(1, 80, 31, 1), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 33 */ AWSC_EP_ERROR(0, 0, 76), /* always */
        /* 34 */ AWSC_EP_TREE(2, 73, 25, 2), /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 35 */ AWSC_EP_TREE(1, 69, 29, 2), /* booleanEquals(UseFIPS, true) */
        /* 36 */ AWSC_EP_TREE(1, 72, 32, 2), /* booleanEquals(UseDualStack, true) */
        /* 37 */ AWSC_EP_ENDPOINT(1, 29, 0), /* stringEquals(Region, "aws-global") */
        /* 38 */ AWSC_EP_ENDPOINT(0, 0, 7), /* always */
        /* 39 */ AWSC_EP_TREE(1, 12, 34, 5), /* PartitionResult = aws.partition(Region) */
    },
    /* Expressions. S(at) is a string, A(obj, attribute) getAttr and
     * AI(obj, attribute, index) getAttr "[index]", V(slot) a variable,
     * T(n, first) a template of n parts from args, F(fn, n, first) a call,
     * SET(slot, expr) a condition assigning its value. */
    .exprs = {
        /* 0 */ AWSC_EP_V(4), /* UseGlobalEndpoint */
        /* 1 */ AWSC_EP_B(1), /* true */
        /* 2 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 0), /* booleanEquals(UseGlobalEndpoint, true) */
        /* 3 */ AWSC_EP_V(3), /* Endpoint */
        /* 4 */ AWSC_EP_F(IS_SET, 1, 2), /* isSet(Endpoint) */
        /* 5 */ AWSC_EP_F(NOT, 1, 3), /* not(isSet(Endpoint)) */
        /* 6 */ AWSC_EP_V(0), /* Region */
        /* 7 */ AWSC_EP_F(IS_SET, 1, 4), /* isSet(Region) */
        /* 8 */ AWSC_EP_F(PARTITION, 1, 4), /* aws.partition(Region) */
        /* 9 */ AWSC_EP_SET(5, 8), /* PartitionResult = aws.partition(Region) */
        /* 10 */ AWSC_EP_V(2), /* UseFIPS */
        /* 11 */ AWSC_EP_B(0), /* false */
        /* 12 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 5), /* booleanEquals(UseFIPS, false) */
        /* 13 */ AWSC_EP_V(1), /* UseDualStack */
        /* 14 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 7), /* booleanEquals(UseDualStack, false) */
        /* 15 */ AWSC_EP_S(70, 14), /* "ap-northeast-1" */
        /* 16 */ AWSC_EP_F(STRING_EQUALS, 2, 15), /* stringEquals(Region, "ap-northeast-1") */
        /* 17 */ AWSC_EP_S(85, 25), /* "https://sts.amazonaws.com" */
        /* 18 */ AWSC_EP_S(116, 5), /* "sigv4" */
        /* 19 */ AWSC_EP_S(0, 3), /* "sts" */
        /* 20 */ AWSC_EP_S(148, 9), /* "us-east-1" */
        /* 21 */ AWSC_EP_S(170, 10), /* "ap-south-1" */
        /* 22 */ AWSC_EP_F(STRING_EQUALS, 2, 18), /* stringEquals(Region, "ap-south-1") */
        /* 23 */ AWSC_EP_S(181, 14), /* "ap-southeast-1" */
        /* 24 */ AWSC_EP_F(STRING_EQUALS, 2, 21), /* stringEquals(Region, "ap-southeast-1") */
        /* 25 */ AWSC_EP_S(196, 14), /* "ap-southeast-2" */
        /* 26 */ AWSC_EP_F(STRING_EQUALS, 2, 24), /* stringEquals(Region, "ap-southeast-2") */
        /* 27 */ AWSC_EP_S(4, 10), /* "aws-global" */
        /* 28 */ AWSC_EP_F(STRING_EQUALS, 2, 27), /* stringEquals(Region, "aws-global") */
        /* 29 */ AWSC_EP_S(211, 12), /* "ca-central-1" */
        /* 30 */ AWSC_EP_F(STRING_EQUALS, 2, 30), /* stringEquals(Region, "ca-central-1") */
        /* 31 */ AWSC_EP_S(224, 12), /* "eu-central-1" */
        /* 32 */ AWSC_EP_F(STRING_EQUALS, 2, 33), /* stringEquals(Region, "eu-central-1") */
        /* 33 */ AWSC_EP_S(237, 10), /* "eu-north-1" */
        /* 34 */ AWSC_EP_F(STRING_EQUALS, 2, 36), /* stringEquals(Region, "eu-north-1") */
        /* 35 */ AWSC_EP_S(248, 9), /* "eu-west-1" */
        /* 36 */ AWSC_EP_F(STRING_EQUALS, 2, 39), /* stringEquals(Region, "eu-west-1") */
        /* 37 */ AWSC_EP_S(258, 9), /* "eu-west-2" */
        /* 38 */ AWSC_EP_F(STRING_EQUALS, 2, 42), /* stringEquals(Region, "eu-west-2") */
        /* 39 */ AWSC_EP_S(268, 9), /* "eu-west-3" */
        /* 40 */ AWSC_EP_F(STRING_EQUALS, 2, 45), /* stringEquals(Region, "eu-west-3") */
        /* 41 */ AWSC_EP_S(278, 9), /* "sa-east-1" */
        /* 42 */ AWSC_EP_F(STRING_EQUALS, 2, 48), /* stringEquals(Region, "sa-east-1") */
        /* 43 */ AWSC_EP_F(STRING_EQUALS, 2, 51), /* stringEquals(Region, "us-east-1") */
        /* 44 */ AWSC_EP_S(288, 9), /* "us-east-2" */
        /* 45 */ AWSC_EP_F(STRING_EQUALS, 2, 54), /* stringEquals(Region, "us-east-2") */
        /* 46 */ AWSC_EP_S(298, 9), /* "us-west-1" */
        /* 47 */ AWSC_EP_F(STRING_EQUALS, 2, 57), /* stringEquals(Region, "us-west-1") */
        /* 48 */ AWSC_EP_S(308, 9), /* "us-west-2" */
        /* 49 */ AWSC_EP_F(STRING_EQUALS, 2, 60), /* stringEquals(Region, "us-west-2") */
        /* 50 */ AWSC_EP_S(85, 12), /* "https://sts." */
        /* 51 */ AWSC_EP_S(96, 1), /* "." */
        /* 52 */ AWSC_EP_V(5), /* PartitionResult */
        /* 53 */ AWSC_EP_A(52, DNS_SUFFIX), /* PartitionResult#dnsSuffix */
        /* 54 */ AWSC_EP_T(4, 63), /* "https://sts.{Region}.{PartitionResult#dnsSuffix}" */
        /* 55 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 67), /* booleanEquals(UseFIPS, true) */
        /* 56 */ AWSC_EP_S(318, 65), /* "Invalid Configuration: FIPS and custom endpoint are not supported" */
        /* 57 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 70), /* booleanEquals(UseDualStack, true) */
        /* 58 */ AWSC_EP_S(384, 70), /* "Invalid Configuration: Dualstack and custom endpoint are not supported" */
        /* 59 */ AWSC_EP_A(52, SUPPORTS_FIPS), /* PartitionResult#supportsFIPS */
        /* 60 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 75), /* booleanEquals(true, PartitionResult#supportsFIPS) */
        /* 61 */ AWSC_EP_A(52, SUPPORTS_DUAL_STACK), /* PartitionResult#supportsDualStack */
        /* 62 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 77), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 63 */ AWSC_EP_S(455, 17), /* "https://sts-fips." */
        /* 64 */ AWSC_EP_A(52, DUAL_STACK_DNS_SUFFIX), /* PartitionResult#dualStackDnsSuffix */
        /* 65 */ AWSC_EP_T(4, 81), /* "https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 66 */ AWSC_EP_S(473, 79), /* "FIPS and DualStack are enabled, but this partition does not support one or both" */
        /* 67 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 76), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 68 */ AWSC_EP_A(52, NAME), /* PartitionResult#name */
        /* 69 */ AWSC_EP_S(553, 10), /* "aws-us-gov" */
        /* 70 */ AWSC_EP_F(STRING_EQUALS, 2, 86), /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 71 */ AWSC_EP_S(96, 14), /* ".amazonaws.com" */
        /* 72 */ AWSC_EP_T(3, 89), /* "https://sts.{Region}.amazonaws.com" */
        /* 73 */ AWSC_EP_T(4, 92), /* "https://sts-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 74 */ AWSC_EP_S(564, 56), /* "FIPS is enabled but this partition does not support FIPS" */
        /* 75 */ AWSC_EP_T(4, 96), /* "https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 76 */ AWSC_EP_S(621, 66), /* "DualStack is enabled but this partition does not support DualStack" */
        /* 77 */ AWSC_EP_S(688, 37), /* "Invalid Configuration: Missing Region" */
    },
    .args = {
        0, 1, 3, 4, 6, 10, 11, 13, 11, 2, 5, 7, 9, 12, 14, 6,
        15, 16, 6, 21, 22, 6, 23, 24, 6, 25, 26, 6, 27, 28, 6, 29,
        30, 6, 31, 32, 6, 33, 34, 6, 35, 36, 6, 37, 38, 6, 39, 40,
        6, 41, 42, 6, 20, 43, 6, 44, 45, 6, 46, 47, 6, 48, 49, 50,
        6, 51, 53, 10, 1, 55, 13, 1, 57, 55, 57, 1, 59, 1, 61, 60,
        62, 63, 6, 51, 64, 67, 68, 69, 70, 50, 6, 71, 63, 6, 51, 53,
        50, 6, 51, 64,
    },
    /* Endpoints: URL, properties, headers (an object of arrays in props). */
    .endpoints = {
        /* 0 */ {17, 5, AWSC_EP_NONE}, /* "https://sts.amazonaws.com" */
        /* 1 */ {54, 11, AWSC_EP_NONE}, /* "https://sts.{Region}.{PartitionResult#dnsSuffix}" */
        /* 2 */ {3, AWSC_EP_NONE, AWSC_EP_NONE}, /* Endpoint */
        /* 3 */ {65, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 4 */ {72, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://sts.{Region}.amazonaws.com" */
        /* 5 */ {73, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://sts-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 6 */ {75, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 7 */ {54, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://sts.{Region}.{PartitionResult#dnsSuffix}" */
    },
    /* Properties: key, first item or value, count, type. A run of them
     * equal to another (an object or array the endpoints repeat) is stored
     * once. */
    .props = {
        /* 0 */ {111, 18, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 1 */ {122, 19, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 2 */ {134, 20, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 3 */ {AWSC_EP_NONE, 0, 3, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 4 */ {158, 3, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 5 */ {AWSC_EP_NONE, 4, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 6 */ {111, 18, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 7 */ {122, 19, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 8 */ {134, 6, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 9 */ {AWSC_EP_NONE, 6, 3, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 10 */ {158, 9, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 11 */ {AWSC_EP_NONE, 10, 1, AWSC_EP_PROP_OBJECT}, /* [] */
    },
    .strings =
        /*     0 */ "sts\0"
        /*     4 */ "aws-global\0"
        /*    15 */ "UseDualStack\0"
        /*    28 */ "UseFIPS\0"
        /*    36 */ "UseGlobalEndpoint\0"
        /*    54 */ "PartitionResult\0"
        /*    70 */ "ap-northeast-1\0"
        /*    85 */ "https://sts.amazonaws.com\0"
        /*   111 */ "name\0"
        /*   116 */ "sigv4\0"
        /*   122 */ "signingName\0"
        /*   134 */ "signingRegion\0"
        /*   148 */ "us-east-1\0"
        /*   158 */ "authSchemes\0"
        /*   170 */ "ap-south-1\0"
        /*   181 */ "ap-southeast-1\0"
        /*   196 */ "ap-southeast-2\0"
        /*   211 */ "ca-central-1\0"
        /*   224 */ "eu-central-1\0"
        /*   237 */ "eu-north-1\0"
        /*   248 */ "eu-west-1\0"
        /*   258 */ "eu-west-2\0"
        /*   268 */ "eu-west-3\0"
        /*   278 */ "sa-east-1\0"
        /*   288 */ "us-east-2\0"
        /*   298 */ "us-west-1\0"
        /*   308 */ "us-west-2\0"
        /*   318 */ "Invalid Configuration: FIPS and custom endpoint are not supported\0"
        /*   384 */ "Invalid Configuration: Dualstack and custom endpoint are not supported\0"
        /*   455 */ "https://sts-fips.\0"
        /*   473 */ "FIPS and DualStack are enabled, but this partition does not support one or both\0"
        /*   553 */ "aws-us-gov\0"
        /*   564 */ "FIPS is enabled but this partition does not support FIPS\0"
        /*   621 */ "DualStack is enabled but this partition does not support DualStack\0"
        /*   688 */ "Invalid Configuration: Missing Region",
    },
    .shapes = {
        [0] = { /* AssumeRoleRequest */
            .name_ref = REF(shapes[0].name_ref, strings[0]),
            .u.structure.members_ref = REF(shapes[0].u.structure.members_ref, members[0]),
            .u.structure.by_wire_name_ref = REF(shapes[0].u.structure.by_wire_name_ref, by_wire_name[0]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_assume_role_input),
            .u.structure.member_count = 12,
        },
        [1] = { /* AssumeRoleResponse */
            .name_ref = REF(shapes[1].name_ref, strings[165]),
            .u.structure.members_ref = REF(shapes[1].u.structure.members_ref, members[12]),
            .u.structure.by_wire_name_ref = REF(shapes[1].u.structure.by_wire_name_ref, by_wire_name[12]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_assume_role_output),
            .u.structure.member_count = 4,
        },
        [2] = { /* AssumeRoleWithSAMLRequest */
            .name_ref = REF(shapes[2].name_ref, strings[229]),
            .u.structure.members_ref = REF(shapes[2].u.structure.members_ref, members[16]),
            .u.structure.by_wire_name_ref = REF(shapes[2].u.structure.by_wire_name_ref, by_wire_name[16]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_assume_role_with_saml_input),
            .u.structure.member_count = 6,
        },
        [3] = { /* AssumeRoleWithSAMLResponse */
            .name_ref = REF(shapes[3].name_ref, strings[282]),
            .u.structure.members_ref = REF(shapes[3].u.structure.members_ref, members[22]),
            .u.structure.by_wire_name_ref = REF(shapes[3].u.structure.by_wire_name_ref, by_wire_name[22]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_assume_role_with_saml_output),
            .u.structure.member_count = 9,
        },
        [4] = { /* AssumeRoleWithWebIdentityRequest */
            .name_ref = REF(shapes[4].name_ref, strings[359]),
            .u.structure.members_ref = REF(shapes[4].u.structure.members_ref, members[31]),
            .u.structure.by_wire_name_ref = REF(shapes[4].u.structure.by_wire_name_ref, by_wire_name[31]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_assume_role_with_web_identity_input),
            .u.structure.member_count = 7,
        },
        [5] = { /* AssumeRoleWithWebIdentityResponse */
            .name_ref = REF(shapes[5].name_ref, strings[420]),
            .u.structure.members_ref = REF(shapes[5].u.structure.members_ref, members[38]),
            .u.structure.by_wire_name_ref = REF(shapes[5].u.structure.by_wire_name_ref, by_wire_name[38]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_assume_role_with_web_identity_output),
            .u.structure.member_count = 7,
        },
        [6] = { /* AssumeRootRequest */
            .name_ref = REF(shapes[6].name_ref, strings[491]),
            .u.structure.members_ref = REF(shapes[6].u.structure.members_ref, members[45]),
            .u.structure.by_wire_name_ref = REF(shapes[6].u.structure.by_wire_name_ref, by_wire_name[45]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_assume_root_input),
            .u.structure.member_count = 3,
        },
        [7] = { /* AssumeRootResponse */
            .name_ref = REF(shapes[7].name_ref, strings[539]),
            .u.structure.members_ref = REF(shapes[7].u.structure.members_ref, members[48]),
            .u.structure.by_wire_name_ref = REF(shapes[7].u.structure.by_wire_name_ref, by_wire_name[48]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_assume_root_output),
            .u.structure.member_count = 2,
        },
        [8] = { /* AssumedRoleUser */
            .name_ref = REF(shapes[8].name_ref, strings[196]),
            .u.structure.members_ref = REF(shapes[8].u.structure.members_ref, members[50]),
            .u.structure.by_wire_name_ref = REF(shapes[8].u.structure.by_wire_name_ref, by_wire_name[50]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_assumed_role_user),
            .u.structure.member_count = 2,
        },
        [9] = { /* Audience */
            .name_ref = REF(shapes[9].name_ref, strings[336]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [10] = { /* Credentials */
            .name_ref = REF(shapes[10].name_ref, strings[184]),
            .u.structure.members_ref = REF(shapes[10].u.structure.members_ref, members[52]),
            .u.structure.by_wire_name_ref = REF(shapes[10].u.structure.by_wire_name_ref, by_wire_name[52]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_credentials),
            .u.structure.member_count = 4,
        },
        [11] = { /* DecodeAuthorizationMessageRequest */
            .name_ref = REF(shapes[11].name_ref, strings[628]),
            .u.structure.members_ref = REF(shapes[11].u.structure.members_ref, members[56]),
            .u.structure.by_wire_name_ref = REF(shapes[11].u.structure.by_wire_name_ref, by_wire_name[56]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_decode_authorization_message_input),
            .u.structure.member_count = 1,
        },
        [12] = { /* DecodeAuthorizationMessageResponse */
            .name_ref = REF(shapes[12].name_ref, strings[677]),
            .u.structure.members_ref = REF(shapes[12].u.structure.members_ref, members[57]),
            .u.structure.by_wire_name_ref = REF(shapes[12].u.structure.by_wire_name_ref, by_wire_name[57]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_decode_authorization_message_output),
            .u.structure.member_count = 1,
        },
        [13] = { /* ExpiredTokenException */
            .name_ref = REF(shapes[13].name_ref, strings[727]),
            .u.structure.members_ref = REF(shapes[13].u.structure.members_ref, members[58]),
            .u.structure.by_wire_name_ref = REF(shapes[13].u.structure.by_wire_name_ref, by_wire_name[58]),
            .u.structure.error_code_ref = REF(shapes[13].u.structure.error_code_ref, strings[727]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sts_expired_token_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [14] = { /* ExpiredTradeInTokenException */
            .name_ref = REF(shapes[14].name_ref, strings[757]),
            .u.structure.members_ref = REF(shapes[14].u.structure.members_ref, members[59]),
            .u.structure.by_wire_name_ref = REF(shapes[14].u.structure.by_wire_name_ref, by_wire_name[59]),
            .u.structure.error_code_ref = REF(shapes[14].u.structure.error_code_ref, strings[757]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sts_expired_trade_in_token_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [15] = { /* FederatedUser */
            .name_ref = REF(shapes[15].name_ref, strings[786]),
            .u.structure.members_ref = REF(shapes[15].u.structure.members_ref, members[60]),
            .u.structure.by_wire_name_ref = REF(shapes[15].u.structure.by_wire_name_ref, by_wire_name[60]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_federated_user),
            .u.structure.member_count = 2,
        },
        [16] = { /* GetAccessKeyInfoRequest */
            .name_ref = REF(shapes[16].name_ref, strings[816]),
            .u.structure.members_ref = REF(shapes[16].u.structure.members_ref, members[62]),
            .u.structure.by_wire_name_ref = REF(shapes[16].u.structure.by_wire_name_ref, by_wire_name[62]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_get_access_key_info_input),
            .u.structure.member_count = 1,
        },
        [17] = { /* GetAccessKeyInfoResponse */
            .name_ref = REF(shapes[17].name_ref, strings[840]),
            .u.structure.members_ref = REF(shapes[17].u.structure.members_ref, members[63]),
            .u.structure.by_wire_name_ref = REF(shapes[17].u.structure.by_wire_name_ref, by_wire_name[63]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_get_access_key_info_output),
            .u.structure.member_count = 1,
        },
        [18] = { /* GetCallerIdentityRequest */
            .name_ref = REF(shapes[18].name_ref, strings[873]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_get_caller_identity_input),
        },
        [19] = { /* GetCallerIdentityResponse */
            .name_ref = REF(shapes[19].name_ref, strings[898]),
            .u.structure.members_ref = REF(shapes[19].u.structure.members_ref, members[64]),
            .u.structure.by_wire_name_ref = REF(shapes[19].u.structure.by_wire_name_ref, by_wire_name[64]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_get_caller_identity_output),
            .u.structure.member_count = 3,
        },
        [20] = { /* GetDelegatedAccessTokenRequest */
            .name_ref = REF(shapes[20].name_ref, strings[931]),
            .u.structure.members_ref = REF(shapes[20].u.structure.members_ref, members[67]),
            .u.structure.by_wire_name_ref = REF(shapes[20].u.structure.by_wire_name_ref, by_wire_name[67]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_get_delegated_access_token_input),
            .u.structure.member_count = 1,
        },
        [21] = { /* GetDelegatedAccessTokenResponse */
            .name_ref = REF(shapes[21].name_ref, strings[975]),
            .u.structure.members_ref = REF(shapes[21].u.structure.members_ref, members[68]),
            .u.structure.by_wire_name_ref = REF(shapes[21].u.structure.by_wire_name_ref, by_wire_name[68]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_get_delegated_access_token_output),
            .u.structure.member_count = 3,
        },
        [22] = { /* GetFederationTokenRequest */
            .name_ref = REF(shapes[22].name_ref, strings[1024]),
            .u.structure.members_ref = REF(shapes[22].u.structure.members_ref, members[71]),
            .u.structure.by_wire_name_ref = REF(shapes[22].u.structure.by_wire_name_ref, by_wire_name[71]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_get_federation_token_input),
            .u.structure.member_count = 5,
        },
        [23] = { /* GetFederationTokenResponse */
            .name_ref = REF(shapes[23].name_ref, strings[1055]),
            .u.structure.members_ref = REF(shapes[23].u.structure.members_ref, members[76]),
            .u.structure.by_wire_name_ref = REF(shapes[23].u.structure.by_wire_name_ref, by_wire_name[76]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_get_federation_token_output),
            .u.structure.member_count = 3,
        },
        [24] = { /* GetSessionTokenRequest */
            .name_ref = REF(shapes[24].name_ref, strings[1082]),
            .u.structure.members_ref = REF(shapes[24].u.structure.members_ref, members[79]),
            .u.structure.by_wire_name_ref = REF(shapes[24].u.structure.by_wire_name_ref, by_wire_name[79]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_get_session_token_input),
            .u.structure.member_count = 3,
        },
        [25] = { /* GetSessionTokenResponse */
            .name_ref = REF(shapes[25].name_ref, strings[1105]),
            .u.structure.members_ref = REF(shapes[25].u.structure.members_ref, members[82]),
            .u.structure.by_wire_name_ref = REF(shapes[25].u.structure.by_wire_name_ref, by_wire_name[82]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_get_session_token_output),
            .u.structure.member_count = 1,
        },
        [26] = { /* GetWebIdentityTokenRequest */
            .name_ref = REF(shapes[26].name_ref, strings[1129]),
            .u.structure.members_ref = REF(shapes[26].u.structure.members_ref, members[83]),
            .u.structure.by_wire_name_ref = REF(shapes[26].u.structure.by_wire_name_ref, by_wire_name[83]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_get_web_identity_token_input),
            .u.structure.member_count = 4,
        },
        [27] = { /* GetWebIdentityTokenResponse */
            .name_ref = REF(shapes[27].name_ref, strings[1173]),
            .u.structure.members_ref = REF(shapes[27].u.structure.members_ref, members[87]),
            .u.structure.by_wire_name_ref = REF(shapes[27].u.structure.by_wire_name_ref, by_wire_name[87]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_get_web_identity_token_output),
            .u.structure.member_count = 2,
        },
        [28] = { /* IDPCommunicationErrorException */
            .name_ref = REF(shapes[28].name_ref, strings[1201]),
            .u.structure.members_ref = REF(shapes[28].u.structure.members_ref, members[89]),
            .u.structure.by_wire_name_ref = REF(shapes[28].u.structure.by_wire_name_ref, by_wire_name[89]),
            .u.structure.error_code_ref = REF(shapes[28].u.structure.error_code_ref, strings[1232]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sts_idp_communication_error_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [29] = { /* IDPRejectedClaimException */
            .name_ref = REF(shapes[29].name_ref, strings[1254]),
            .u.structure.members_ref = REF(shapes[29].u.structure.members_ref, members[90]),
            .u.structure.by_wire_name_ref = REF(shapes[29].u.structure.by_wire_name_ref, by_wire_name[90]),
            .u.structure.error_code_ref = REF(shapes[29].u.structure.error_code_ref, strings[1280]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sts_idp_rejected_claim_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 403,
        },
        [30] = { /* InvalidAuthorizationMessageException */
            .name_ref = REF(shapes[30].name_ref, strings[1297]),
            .u.structure.members_ref = REF(shapes[30].u.structure.members_ref, members[91]),
            .u.structure.by_wire_name_ref = REF(shapes[30].u.structure.by_wire_name_ref, by_wire_name[91]),
            .u.structure.error_code_ref = REF(shapes[30].u.structure.error_code_ref, strings[1297]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sts_invalid_authorization_message_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [31] = { /* InvalidIdentityTokenException */
            .name_ref = REF(shapes[31].name_ref, strings[1334]),
            .u.structure.members_ref = REF(shapes[31].u.structure.members_ref, members[92]),
            .u.structure.by_wire_name_ref = REF(shapes[31].u.structure.by_wire_name_ref, by_wire_name[92]),
            .u.structure.error_code_ref = REF(shapes[31].u.structure.error_code_ref, strings[1364]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sts_invalid_identity_token_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [32] = { /* Issuer */
            .name_ref = REF(shapes[32].name_ref, strings[329]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [33] = { /* JWTPayloadSizeExceededException */
            .name_ref = REF(shapes[33].name_ref, strings[1385]),
            .u.structure.members_ref = REF(shapes[33].u.structure.members_ref, members[93]),
            .u.structure.by_wire_name_ref = REF(shapes[33].u.structure.by_wire_name_ref, by_wire_name[93]),
            .u.structure.error_code_ref = REF(shapes[33].u.structure.error_code_ref, strings[1385]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sts_jwt_payload_size_exceeded_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [34] = { /* MalformedPolicyDocumentException */
            .name_ref = REF(shapes[34].name_ref, strings[1417]),
            .u.structure.members_ref = REF(shapes[34].u.structure.members_ref, members[94]),
            .u.structure.by_wire_name_ref = REF(shapes[34].u.structure.by_wire_name_ref, by_wire_name[94]),
            .u.structure.error_code_ref = REF(shapes[34].u.structure.error_code_ref, strings[1450]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sts_malformed_policy_document_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [35] = { /* NameQualifier */
            .name_ref = REF(shapes[35].name_ref, strings[345]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [36] = { /* OutboundWebIdentityFederationDisabledException */
            .name_ref = REF(shapes[36].name_ref, strings[1474]),
            .u.structure.members_ref = REF(shapes[36].u.structure.members_ref, members[95]),
            .u.structure.by_wire_name_ref = REF(shapes[36].u.structure.by_wire_name_ref, by_wire_name[95]),
            .u.structure.error_code_ref = REF(shapes[36].u.structure.error_code_ref, strings[1474]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sts_outbound_web_identity_federation_disabled_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 403,
        },
        [37] = { /* PackedPolicyTooLargeException */
            .name_ref = REF(shapes[37].name_ref, strings[1521]),
            .u.structure.members_ref = REF(shapes[37].u.structure.members_ref, members[96]),
            .u.structure.by_wire_name_ref = REF(shapes[37].u.structure.by_wire_name_ref, by_wire_name[96]),
            .u.structure.error_code_ref = REF(shapes[37].u.structure.error_code_ref, strings[1551]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sts_packed_policy_too_large_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [38] = { /* PolicyDescriptorType */
            .name_ref = REF(shapes[38].name_ref, strings[1572]),
            .u.structure.members_ref = REF(shapes[38].u.structure.members_ref, members[97]),
            .u.structure.by_wire_name_ref = REF(shapes[38].u.structure.by_wire_name_ref, by_wire_name[97]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_policy_descriptor_type),
            .u.structure.member_count = 1,
        },
        [39] = { /* ProvidedContext */
            .name_ref = REF(shapes[39].name_ref, strings[1597]),
            .u.structure.members_ref = REF(shapes[39].u.structure.members_ref, members[98]),
            .u.structure.by_wire_name_ref = REF(shapes[39].u.structure.by_wire_name_ref, by_wire_name[98]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_provided_context),
            .u.structure.member_count = 2,
        },
        [40] = { /* ProvidedContextsListType */
            .name_ref = REF(shapes[40].name_ref, strings[1642]),
            .range_ref = REF(shapes[40].range_ref, ranges[0]),
            .u.collection.item_ref = REF(shapes[40].u.collection.item_ref, shapes[39]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sts_provided_contexts_list_type),
        },
        [41] = { /* RegionDisabledException */
            .name_ref = REF(shapes[41].name_ref, strings[1667]),
            .u.structure.members_ref = REF(shapes[41].u.structure.members_ref, members[100]),
            .u.structure.by_wire_name_ref = REF(shapes[41].u.structure.by_wire_name_ref, by_wire_name[100]),
            .u.structure.error_code_ref = REF(shapes[41].u.structure.error_code_ref, strings[1667]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sts_region_disabled_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 403,
        },
        [42] = { /* RootDurationSecondsType */
            .name_ref = REF(shapes[42].name_ref, strings[1691]),
            .range_ref = REF(shapes[42].range_ref, ranges[1]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [43] = { /* SAMLAssertionType */
            .name_ref = REF(shapes[43].name_ref, strings[1715]),
            .range_ref = REF(shapes[43].range_ref, ranges[2]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [44] = { /* SessionDurationEscalationException */
            .name_ref = REF(shapes[44].name_ref, strings[1733]),
            .u.structure.members_ref = REF(shapes[44].u.structure.members_ref, members[101]),
            .u.structure.by_wire_name_ref = REF(shapes[44].u.structure.by_wire_name_ref, by_wire_name[101]),
            .u.structure.error_code_ref = REF(shapes[44].u.structure.error_code_ref, strings[1733]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_sts_session_duration_escalation_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 403,
        },
        [45] = { /* Subject */
            .name_ref = REF(shapes[45].name_ref, strings[309]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [46] = { /* SubjectType */
            .name_ref = REF(shapes[46].name_ref, strings[317]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [47] = { /* Tag */
            .name_ref = REF(shapes[47].name_ref, strings[1768]),
            .u.structure.members_ref = REF(shapes[47].u.structure.members_ref, members[102]),
            .u.structure.by_wire_name_ref = REF(shapes[47].u.structure.by_wire_name_ref, by_wire_name[102]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sts_tag),
            .u.structure.member_count = 2,
        },
        [48] = { /* TargetPrincipalType */
            .name_ref = REF(shapes[48].name_ref, strings[1782]),
            .range_ref = REF(shapes[48].range_ref, ranges[3]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [49] = { /* accessKeyIdType */
            .name_ref = REF(shapes[49].name_ref, strings[1802]),
            .range_ref = REF(shapes[49].range_ref, ranges[4]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [50] = { /* accessKeySecretType */
            .name_ref = REF(shapes[50].name_ref, strings[1818]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [51] = { /* accountType */
            .name_ref = REF(shapes[51].name_ref, strings[1838]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [52] = { /* arnType */
            .name_ref = REF(shapes[52].name_ref, strings[1850]),
            .range_ref = REF(shapes[52].range_ref, ranges[5]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [53] = { /* assumedRoleIdType */
            .name_ref = REF(shapes[53].name_ref, strings[1858]),
            .range_ref = REF(shapes[53].range_ref, ranges[6]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [54] = { /* clientTokenType */
            .name_ref = REF(shapes[54].name_ref, strings[1876]),
            .range_ref = REF(shapes[54].range_ref, ranges[7]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [55] = { /* contextAssertionType */
            .name_ref = REF(shapes[55].name_ref, strings[1892]),
            .range_ref = REF(shapes[55].range_ref, ranges[8]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [56] = { /* dateType */
            .name_ref = REF(shapes[56].name_ref, strings[1913]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [57] = { /* decodedMessageType */
            .name_ref = REF(shapes[57].name_ref, strings[1922]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [58] = { /* durationSecondsType */
            .name_ref = REF(shapes[58].name_ref, strings[1941]),
            .range_ref = REF(shapes[58].range_ref, ranges[9]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [59] = { /* encodedMessageType */
            .name_ref = REF(shapes[59].name_ref, strings[1961]),
            .range_ref = REF(shapes[59].range_ref, ranges[10]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [60] = { /* expiredIdentityTokenMessage */
            .name_ref = REF(shapes[60].name_ref, strings[1980]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [61] = { /* expiredTradeInTokenExceptionMessage */
            .name_ref = REF(shapes[61].name_ref, strings[2008]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [62] = { /* externalIdType */
            .name_ref = REF(shapes[62].name_ref, strings[2044]),
            .range_ref = REF(shapes[62].range_ref, ranges[11]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [63] = { /* federatedIdType */
            .name_ref = REF(shapes[63].name_ref, strings[2059]),
            .range_ref = REF(shapes[63].range_ref, ranges[12]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [64] = { /* idpCommunicationErrorMessage */
            .name_ref = REF(shapes[64].name_ref, strings[2075]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [65] = { /* idpRejectedClaimMessage */
            .name_ref = REF(shapes[65].name_ref, strings[2104]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [66] = { /* invalidAuthorizationMessage */
            .name_ref = REF(shapes[66].name_ref, strings[2128]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [67] = { /* invalidIdentityTokenMessage */
            .name_ref = REF(shapes[67].name_ref, strings[2156]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [68] = { /* jwtAlgorithmType */
            .name_ref = REF(shapes[68].name_ref, strings[2184]),
            .range_ref = REF(shapes[68].range_ref, ranges[13]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [69] = { /* jwtPayloadSizeExceededException */
            .name_ref = REF(shapes[69].name_ref, strings[2201]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [70] = { /* malformedPolicyDocumentMessage */
            .name_ref = REF(shapes[70].name_ref, strings[2233]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [71] = { /* nonNegativeIntegerType */
            .name_ref = REF(shapes[71].name_ref, strings[2264]),
            .range_ref = REF(shapes[71].range_ref, ranges[14]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [72] = { /* outboundWebIdentityFederationDisabledException */
            .name_ref = REF(shapes[72].name_ref, strings[2287]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [73] = { /* packedPolicyTooLargeMessage */
            .name_ref = REF(shapes[73].name_ref, strings[2334]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [74] = { /* policyDescriptorListType */
            .name_ref = REF(shapes[74].name_ref, strings[2362]),
            .u.collection.item_ref = REF(shapes[74].u.collection.item_ref, shapes[38]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sts_policy_descriptor_list_type),
        },
        [75] = { /* regionDisabledMessage */
            .name_ref = REF(shapes[75].name_ref, strings[2387]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [76] = { /* roleDurationSecondsType */
            .name_ref = REF(shapes[76].name_ref, strings[2409]),
            .range_ref = REF(shapes[76].range_ref, ranges[15]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [77] = { /* roleSessionNameType */
            .name_ref = REF(shapes[77].name_ref, strings[2433]),
            .range_ref = REF(shapes[77].range_ref, ranges[16]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [78] = { /* serialNumberType */
            .name_ref = REF(shapes[78].name_ref, strings[2453]),
            .range_ref = REF(shapes[78].range_ref, ranges[17]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [79] = { /* sessionDurationEscalationException */
            .name_ref = REF(shapes[79].name_ref, strings[2470]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [80] = { /* sessionPolicyDocumentType */
            .name_ref = REF(shapes[80].name_ref, strings[2505]),
            .range_ref = REF(shapes[80].range_ref, ranges[18]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [81] = { /* sourceIdentityType */
            .name_ref = REF(shapes[81].name_ref, strings[2531]),
            .range_ref = REF(shapes[81].range_ref, ranges[19]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [82] = { /* tagKeyListType */
            .name_ref = REF(shapes[82].name_ref, strings[2550]),
            .range_ref = REF(shapes[82].range_ref, ranges[20]),
            .u.collection.item_ref = REF(shapes[82].u.collection.item_ref, shapes[83]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sts_tag_key_list_type),
        },
        [83] = { /* tagKeyType */
            .name_ref = REF(shapes[83].name_ref, strings[2565]),
            .range_ref = REF(shapes[83].range_ref, ranges[21]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [84] = { /* tagListType */
            .name_ref = REF(shapes[84].name_ref, strings[2576]),
            .range_ref = REF(shapes[84].range_ref, ranges[22]),
            .u.collection.item_ref = REF(shapes[84].u.collection.item_ref, shapes[47]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sts_tag_list_type),
        },
        [85] = { /* tagValueType */
            .name_ref = REF(shapes[85].name_ref, strings[2588]),
            .range_ref = REF(shapes[85].range_ref, ranges[23]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [86] = { /* tokenCodeType */
            .name_ref = REF(shapes[86].name_ref, strings[2601]),
            .range_ref = REF(shapes[86].range_ref, ranges[24]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [87] = { /* tokenType */
            .name_ref = REF(shapes[87].name_ref, strings[2615]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [88] = { /* tradeInTokenType */
            .name_ref = REF(shapes[88].name_ref, strings[2625]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [89] = { /* unrestrictedSessionPolicyDocumentType */
            .name_ref = REF(shapes[89].name_ref, strings[2642]),
            .range_ref = REF(shapes[89].range_ref, ranges[25]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [90] = { /* urlType */
            .name_ref = REF(shapes[90].name_ref, strings[2680]),
            .range_ref = REF(shapes[90].range_ref, ranges[26]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [91] = { /* userIdType */
            .name_ref = REF(shapes[91].name_ref, strings[2688]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [92] = { /* userNameType */
            .name_ref = REF(shapes[92].name_ref, strings[2699]),
            .range_ref = REF(shapes[92].range_ref, ranges[27]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [93] = { /* webIdentitySubjectType */
            .name_ref = REF(shapes[93].name_ref, strings[2712]),
            .range_ref = REF(shapes[93].range_ref, ranges[28]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [94] = { /* webIdentityTokenAudienceListType */
            .name_ref = REF(shapes[94].name_ref, strings[2735]),
            .range_ref = REF(shapes[94].range_ref, ranges[29]),
            .u.collection.item_ref = REF(shapes[94].u.collection.item_ref, shapes[95]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sts_tag_key_list_type),
        },
        [95] = { /* webIdentityTokenAudienceStringType */
            .name_ref = REF(shapes[95].name_ref, strings[2768]),
            .range_ref = REF(shapes[95].range_ref, ranges[30]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [96] = { /* webIdentityTokenDurationSecondsType */
            .name_ref = REF(shapes[96].name_ref, strings[2803]),
            .range_ref = REF(shapes[96].range_ref, ranges[31]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [97] = { /* webIdentityTokenType */
            .name_ref = REF(shapes[97].name_ref, strings[2839]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * shape, offset (of the C member), has_ offset, flags, location,
     * timestamp format */
    .members = {
        [0] = {REF(members[0].name_ref, strings[18]), REF(members[0].shape_ref, shapes[52]), offsetof(struct awsc_sts_assume_role_input, role_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleRequest.RoleArn: arnType */
        [1] = {REF(members[1].name_ref, strings[26]), REF(members[1].shape_ref, shapes[77]), offsetof(struct awsc_sts_assume_role_input, role_session_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleRequest.RoleSessionName: roleSessionNameType */
        [2] = {REF(members[2].name_ref, strings[42]), REF(members[2].shape_ref, shapes[74]), offsetof(struct awsc_sts_assume_role_input, policy_arns), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleRequest.PolicyArns: policyDescriptorListType */
        [3] = {REF(members[3].name_ref, strings[53]), REF(members[3].shape_ref, shapes[89]), offsetof(struct awsc_sts_assume_role_input, policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleRequest.Policy: unrestrictedSessionPolicyDocumentType */
        [4] = {REF(members[4].name_ref, strings[60]), REF(members[4].shape_ref, shapes[76]), offsetof(struct awsc_sts_assume_role_input, duration_seconds), offsetof(struct awsc_sts_assume_role_input, has_duration_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleRequest.DurationSeconds: roleDurationSecondsType */
        [5] = {REF(members[5].name_ref, strings[76]), REF(members[5].shape_ref, shapes[84]), offsetof(struct awsc_sts_assume_role_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleRequest.Tags: tagListType */
        [6] = {REF(members[6].name_ref, strings[81]), REF(members[6].shape_ref, shapes[82]), offsetof(struct awsc_sts_assume_role_input, transitive_tag_keys), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleRequest.TransitiveTagKeys: tagKeyListType */
        [7] = {REF(members[7].name_ref, strings[99]), REF(members[7].shape_ref, shapes[62]), offsetof(struct awsc_sts_assume_role_input, external_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleRequest.ExternalId: externalIdType */
        [8] = {REF(members[8].name_ref, strings[110]), REF(members[8].shape_ref, shapes[78]), offsetof(struct awsc_sts_assume_role_input, serial_number), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleRequest.SerialNumber: serialNumberType */
        [9] = {REF(members[9].name_ref, strings[123]), REF(members[9].shape_ref, shapes[86]), offsetof(struct awsc_sts_assume_role_input, token_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleRequest.TokenCode: tokenCodeType */
        [10] = {REF(members[10].name_ref, strings[133]), REF(members[10].shape_ref, shapes[81]), offsetof(struct awsc_sts_assume_role_input, source_identity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleRequest.SourceIdentity: sourceIdentityType */
        [11] = {REF(members[11].name_ref, strings[148]), REF(members[11].shape_ref, shapes[40]), offsetof(struct awsc_sts_assume_role_input, provided_contexts), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleRequest.ProvidedContexts: ProvidedContextsListType */
        [12] = {REF(members[12].name_ref, strings[184]), REF(members[12].shape_ref, shapes[10]), offsetof(struct awsc_sts_assume_role_output, credentials), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleResponse.Credentials: Credentials */
        [13] = {REF(members[13].name_ref, strings[196]), REF(members[13].shape_ref, shapes[8]), offsetof(struct awsc_sts_assume_role_output, assumed_role_user), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleResponse.AssumedRoleUser: AssumedRoleUser */
        [14] = {REF(members[14].name_ref, strings[212]), REF(members[14].shape_ref, shapes[71]), offsetof(struct awsc_sts_assume_role_output, packed_policy_size), offsetof(struct awsc_sts_assume_role_output, has_packed_policy_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleResponse.PackedPolicySize: nonNegativeIntegerType */
        [15] = {REF(members[15].name_ref, strings[133]), REF(members[15].shape_ref, shapes[81]), offsetof(struct awsc_sts_assume_role_output, source_identity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleResponse.SourceIdentity: sourceIdentityType */
        [16] = {REF(members[16].name_ref, strings[18]), REF(members[16].shape_ref, shapes[52]), offsetof(struct awsc_sts_assume_role_with_saml_input, role_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithSAMLRequest.RoleArn: arnType */
        [17] = {REF(members[17].name_ref, strings[255]), REF(members[17].shape_ref, shapes[52]), offsetof(struct awsc_sts_assume_role_with_saml_input, principal_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithSAMLRequest.PrincipalArn: arnType */
        [18] = {REF(members[18].name_ref, strings[268]), REF(members[18].shape_ref, shapes[43]), offsetof(struct awsc_sts_assume_role_with_saml_input, saml_assertion), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithSAMLRequest.SAMLAssertion: SAMLAssertionType */
        [19] = {REF(members[19].name_ref, strings[42]), REF(members[19].shape_ref, shapes[74]), offsetof(struct awsc_sts_assume_role_with_saml_input, policy_arns), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithSAMLRequest.PolicyArns: policyDescriptorListType */
        [20] = {REF(members[20].name_ref, strings[53]), REF(members[20].shape_ref, shapes[80]), offsetof(struct awsc_sts_assume_role_with_saml_input, policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithSAMLRequest.Policy: sessionPolicyDocumentType */
        [21] = {REF(members[21].name_ref, strings[60]), REF(members[21].shape_ref, shapes[76]), offsetof(struct awsc_sts_assume_role_with_saml_input, duration_seconds), offsetof(struct awsc_sts_assume_role_with_saml_input, has_duration_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithSAMLRequest.DurationSeconds: roleDurationSecondsType */
        [22] = {REF(members[22].name_ref, strings[184]), REF(members[22].shape_ref, shapes[10]), offsetof(struct awsc_sts_assume_role_with_saml_output, credentials), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithSAMLResponse.Credentials: Credentials */
        [23] = {REF(members[23].name_ref, strings[196]), REF(members[23].shape_ref, shapes[8]), offsetof(struct awsc_sts_assume_role_with_saml_output, assumed_role_user), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithSAMLResponse.AssumedRoleUser: AssumedRoleUser */
        [24] = {REF(members[24].name_ref, strings[212]), REF(members[24].shape_ref, shapes[71]), offsetof(struct awsc_sts_assume_role_with_saml_output, packed_policy_size), offsetof(struct awsc_sts_assume_role_with_saml_output, has_packed_policy_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithSAMLResponse.PackedPolicySize: nonNegativeIntegerType */
        [25] = {REF(members[25].name_ref, strings[309]), REF(members[25].shape_ref, shapes[45]), offsetof(struct awsc_sts_assume_role_with_saml_output, subject), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithSAMLResponse.Subject: Subject */
        [26] = {REF(members[26].name_ref, strings[317]), REF(members[26].shape_ref, shapes[46]), offsetof(struct awsc_sts_assume_role_with_saml_output, subject_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithSAMLResponse.SubjectType: SubjectType */
        [27] = {REF(members[27].name_ref, strings[329]), REF(members[27].shape_ref, shapes[32]), offsetof(struct awsc_sts_assume_role_with_saml_output, issuer), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithSAMLResponse.Issuer: Issuer */
        [28] = {REF(members[28].name_ref, strings[336]), REF(members[28].shape_ref, shapes[9]), offsetof(struct awsc_sts_assume_role_with_saml_output, audience), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithSAMLResponse.Audience: Audience */
        [29] = {REF(members[29].name_ref, strings[345]), REF(members[29].shape_ref, shapes[35]), offsetof(struct awsc_sts_assume_role_with_saml_output, name_qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithSAMLResponse.NameQualifier: NameQualifier */
        [30] = {REF(members[30].name_ref, strings[133]), REF(members[30].shape_ref, shapes[81]), offsetof(struct awsc_sts_assume_role_with_saml_output, source_identity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithSAMLResponse.SourceIdentity: sourceIdentityType */
        [31] = {REF(members[31].name_ref, strings[18]), REF(members[31].shape_ref, shapes[52]), offsetof(struct awsc_sts_assume_role_with_web_identity_input, role_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityRequest.RoleArn: arnType */
        [32] = {REF(members[32].name_ref, strings[26]), REF(members[32].shape_ref, shapes[77]), offsetof(struct awsc_sts_assume_role_with_web_identity_input, role_session_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityRequest.RoleSessionName: roleSessionNameType */
        [33] = {REF(members[33].name_ref, strings[392]), REF(members[33].shape_ref, shapes[54]), offsetof(struct awsc_sts_assume_role_with_web_identity_input, web_identity_token), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityRequest.WebIdentityToken: clientTokenType */
        [34] = {REF(members[34].name_ref, strings[409]), REF(members[34].shape_ref, shapes[90]), offsetof(struct awsc_sts_assume_role_with_web_identity_input, provider_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityRequest.ProviderId: urlType */
        [35] = {REF(members[35].name_ref, strings[42]), REF(members[35].shape_ref, shapes[74]), offsetof(struct awsc_sts_assume_role_with_web_identity_input, policy_arns), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityRequest.PolicyArns: policyDescriptorListType */
        [36] = {REF(members[36].name_ref, strings[53]), REF(members[36].shape_ref, shapes[80]), offsetof(struct awsc_sts_assume_role_with_web_identity_input, policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityRequest.Policy: sessionPolicyDocumentType */
        [37] = {REF(members[37].name_ref, strings[60]), REF(members[37].shape_ref, shapes[76]), offsetof(struct awsc_sts_assume_role_with_web_identity_input, duration_seconds), offsetof(struct awsc_sts_assume_role_with_web_identity_input, has_duration_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityRequest.DurationSeconds: roleDurationSecondsType */
        [38] = {REF(members[38].name_ref, strings[184]), REF(members[38].shape_ref, shapes[10]), offsetof(struct awsc_sts_assume_role_with_web_identity_output, credentials), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityResponse.Credentials: Credentials */
        [39] = {REF(members[39].name_ref, strings[454]), REF(members[39].shape_ref, shapes[93]), offsetof(struct awsc_sts_assume_role_with_web_identity_output, subject_from_web_identity_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityResponse.SubjectFromWebIdentityToken: webIdentitySubjectType */
        [40] = {REF(members[40].name_ref, strings[196]), REF(members[40].shape_ref, shapes[8]), offsetof(struct awsc_sts_assume_role_with_web_identity_output, assumed_role_user), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityResponse.AssumedRoleUser: AssumedRoleUser */
        [41] = {REF(members[41].name_ref, strings[212]), REF(members[41].shape_ref, shapes[71]), offsetof(struct awsc_sts_assume_role_with_web_identity_output, packed_policy_size), offsetof(struct awsc_sts_assume_role_with_web_identity_output, has_packed_policy_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityResponse.PackedPolicySize: nonNegativeIntegerType */
        [42] = {REF(members[42].name_ref, strings[482]), REF(members[42].shape_ref, shapes[32]), offsetof(struct awsc_sts_assume_role_with_web_identity_output, provider), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityResponse.Provider: Issuer */
        [43] = {REF(members[43].name_ref, strings[336]), REF(members[43].shape_ref, shapes[9]), offsetof(struct awsc_sts_assume_role_with_web_identity_output, audience), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityResponse.Audience: Audience */
        [44] = {REF(members[44].name_ref, strings[133]), REF(members[44].shape_ref, shapes[81]), offsetof(struct awsc_sts_assume_role_with_web_identity_output, source_identity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityResponse.SourceIdentity: sourceIdentityType */
        [45] = {REF(members[45].name_ref, strings[509]), REF(members[45].shape_ref, shapes[48]), offsetof(struct awsc_sts_assume_root_input, target_principal), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRootRequest.TargetPrincipal: TargetPrincipalType */
        [46] = {REF(members[46].name_ref, strings[525]), REF(members[46].shape_ref, shapes[38]), offsetof(struct awsc_sts_assume_root_input, task_policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRootRequest.TaskPolicyArn: PolicyDescriptorType */
        [47] = {REF(members[47].name_ref, strings[60]), REF(members[47].shape_ref, shapes[42]), offsetof(struct awsc_sts_assume_root_input, duration_seconds), offsetof(struct awsc_sts_assume_root_input, has_duration_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRootRequest.DurationSeconds: RootDurationSecondsType */
        [48] = {REF(members[48].name_ref, strings[184]), REF(members[48].shape_ref, shapes[10]), offsetof(struct awsc_sts_assume_root_output, credentials), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRootResponse.Credentials: Credentials */
        [49] = {REF(members[49].name_ref, strings[133]), REF(members[49].shape_ref, shapes[81]), offsetof(struct awsc_sts_assume_root_output, source_identity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRootResponse.SourceIdentity: sourceIdentityType */
        [50] = {REF(members[50].name_ref, strings[558]), REF(members[50].shape_ref, shapes[53]), offsetof(struct awsc_sts_assumed_role_user, assumed_role_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumedRoleUser.AssumedRoleId: assumedRoleIdType */
        [51] = {REF(members[51].name_ref, strings[572]), REF(members[51].shape_ref, shapes[52]), offsetof(struct awsc_sts_assumed_role_user, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumedRoleUser.Arn: arnType */
        [52] = {REF(members[52].name_ref, strings[576]), REF(members[52].shape_ref, shapes[49]), offsetof(struct awsc_sts_credentials, access_key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Credentials.AccessKeyId: accessKeyIdType */
        [53] = {REF(members[53].name_ref, strings[588]), REF(members[53].shape_ref, shapes[50]), offsetof(struct awsc_sts_credentials, secret_access_key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Credentials.SecretAccessKey: accessKeySecretType */
        [54] = {REF(members[54].name_ref, strings[604]), REF(members[54].shape_ref, shapes[87]), offsetof(struct awsc_sts_credentials, session_token), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Credentials.SessionToken: tokenType */
        [55] = {REF(members[55].name_ref, strings[617]), REF(members[55].shape_ref, shapes[56]), offsetof(struct awsc_sts_credentials, expiration), offsetof(struct awsc_sts_credentials, has_expiration), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Credentials.Expiration: dateType */
        [56] = {REF(members[56].name_ref, strings[662]), REF(members[56].shape_ref, shapes[59]), offsetof(struct awsc_sts_decode_authorization_message_input, encoded_message), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DecodeAuthorizationMessageRequest.EncodedMessage: encodedMessageType */
        [57] = {REF(members[57].name_ref, strings[712]), REF(members[57].shape_ref, shapes[57]), offsetof(struct awsc_sts_decode_authorization_message_output, decoded_message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DecodeAuthorizationMessageResponse.DecodedMessage: decodedMessageType */
        [58] = {REF(members[58].name_ref, strings[749]), REF(members[58].shape_ref, shapes[60]), offsetof(struct awsc_sts_expired_token_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExpiredTokenException.message: expiredIdentityTokenMessage */
        [59] = {REF(members[59].name_ref, strings[749]), REF(members[59].shape_ref, shapes[61]), offsetof(struct awsc_sts_expired_trade_in_token_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExpiredTradeInTokenException.message: expiredTradeInTokenExceptionMessage */
        [60] = {REF(members[60].name_ref, strings[800]), REF(members[60].shape_ref, shapes[63]), offsetof(struct awsc_sts_federated_user, federated_user_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FederatedUser.FederatedUserId: federatedIdType */
        [61] = {REF(members[61].name_ref, strings[572]), REF(members[61].shape_ref, shapes[52]), offsetof(struct awsc_sts_federated_user, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FederatedUser.Arn: arnType */
        [62] = {REF(members[62].name_ref, strings[576]), REF(members[62].shape_ref, shapes[49]), offsetof(struct awsc_sts_get_access_key_info_input, access_key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccessKeyInfoRequest.AccessKeyId: accessKeyIdType */
        [63] = {REF(members[63].name_ref, strings[865]), REF(members[63].shape_ref, shapes[51]), offsetof(struct awsc_sts_get_access_key_info_output, account), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccessKeyInfoResponse.Account: accountType */
        [64] = {REF(members[64].name_ref, strings[924]), REF(members[64].shape_ref, shapes[91]), offsetof(struct awsc_sts_get_caller_identity_output, user_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetCallerIdentityResponse.UserId: userIdType */
        [65] = {REF(members[65].name_ref, strings[865]), REF(members[65].shape_ref, shapes[51]), offsetof(struct awsc_sts_get_caller_identity_output, account), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetCallerIdentityResponse.Account: accountType */
        [66] = {REF(members[66].name_ref, strings[572]), REF(members[66].shape_ref, shapes[52]), offsetof(struct awsc_sts_get_caller_identity_output, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetCallerIdentityResponse.Arn: arnType */
        [67] = {REF(members[67].name_ref, strings[962]), REF(members[67].shape_ref, shapes[88]), offsetof(struct awsc_sts_get_delegated_access_token_input, trade_in_token), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDelegatedAccessTokenRequest.TradeInToken: tradeInTokenType */
        [68] = {REF(members[68].name_ref, strings[184]), REF(members[68].shape_ref, shapes[10]), offsetof(struct awsc_sts_get_delegated_access_token_output, credentials), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDelegatedAccessTokenResponse.Credentials: Credentials */
        [69] = {REF(members[69].name_ref, strings[212]), REF(members[69].shape_ref, shapes[71]), offsetof(struct awsc_sts_get_delegated_access_token_output, packed_policy_size), offsetof(struct awsc_sts_get_delegated_access_token_output, has_packed_policy_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDelegatedAccessTokenResponse.PackedPolicySize: nonNegativeIntegerType */
        [70] = {REF(members[70].name_ref, strings[1007]), REF(members[70].shape_ref, shapes[52]), offsetof(struct awsc_sts_get_delegated_access_token_output, assumed_principal), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDelegatedAccessTokenResponse.AssumedPrincipal: arnType */
        [71] = {REF(members[71].name_ref, strings[1050]), REF(members[71].shape_ref, shapes[92]), offsetof(struct awsc_sts_get_federation_token_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFederationTokenRequest.Name: userNameType */
        [72] = {REF(members[72].name_ref, strings[53]), REF(members[72].shape_ref, shapes[80]), offsetof(struct awsc_sts_get_federation_token_input, policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFederationTokenRequest.Policy: sessionPolicyDocumentType */
        [73] = {REF(members[73].name_ref, strings[42]), REF(members[73].shape_ref, shapes[74]), offsetof(struct awsc_sts_get_federation_token_input, policy_arns), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFederationTokenRequest.PolicyArns: policyDescriptorListType */
        [74] = {REF(members[74].name_ref, strings[60]), REF(members[74].shape_ref, shapes[58]), offsetof(struct awsc_sts_get_federation_token_input, duration_seconds), offsetof(struct awsc_sts_get_federation_token_input, has_duration_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFederationTokenRequest.DurationSeconds: durationSecondsType */
        [75] = {REF(members[75].name_ref, strings[76]), REF(members[75].shape_ref, shapes[84]), offsetof(struct awsc_sts_get_federation_token_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFederationTokenRequest.Tags: tagListType */
        [76] = {REF(members[76].name_ref, strings[184]), REF(members[76].shape_ref, shapes[10]), offsetof(struct awsc_sts_get_federation_token_output, credentials), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFederationTokenResponse.Credentials: Credentials */
        [77] = {REF(members[77].name_ref, strings[786]), REF(members[77].shape_ref, shapes[15]), offsetof(struct awsc_sts_get_federation_token_output, federated_user), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFederationTokenResponse.FederatedUser: FederatedUser */
        [78] = {REF(members[78].name_ref, strings[212]), REF(members[78].shape_ref, shapes[71]), offsetof(struct awsc_sts_get_federation_token_output, packed_policy_size), offsetof(struct awsc_sts_get_federation_token_output, has_packed_policy_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFederationTokenResponse.PackedPolicySize: nonNegativeIntegerType */
        [79] = {REF(members[79].name_ref, strings[60]), REF(members[79].shape_ref, shapes[58]), offsetof(struct awsc_sts_get_session_token_input, duration_seconds), offsetof(struct awsc_sts_get_session_token_input, has_duration_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetSessionTokenRequest.DurationSeconds: durationSecondsType */
        [80] = {REF(members[80].name_ref, strings[110]), REF(members[80].shape_ref, shapes[78]), offsetof(struct awsc_sts_get_session_token_input, serial_number), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetSessionTokenRequest.SerialNumber: serialNumberType */
        [81] = {REF(members[81].name_ref, strings[123]), REF(members[81].shape_ref, shapes[86]), offsetof(struct awsc_sts_get_session_token_input, token_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetSessionTokenRequest.TokenCode: tokenCodeType */
        [82] = {REF(members[82].name_ref, strings[184]), REF(members[82].shape_ref, shapes[10]), offsetof(struct awsc_sts_get_session_token_output, credentials), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetSessionTokenResponse.Credentials: Credentials */
        [83] = {REF(members[83].name_ref, strings[336]), REF(members[83].shape_ref, shapes[94]), offsetof(struct awsc_sts_get_web_identity_token_input, audience), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetWebIdentityTokenRequest.Audience: webIdentityTokenAudienceListType */
        [84] = {REF(members[84].name_ref, strings[60]), REF(members[84].shape_ref, shapes[96]), offsetof(struct awsc_sts_get_web_identity_token_input, duration_seconds), offsetof(struct awsc_sts_get_web_identity_token_input, has_duration_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetWebIdentityTokenRequest.DurationSeconds: webIdentityTokenDurationSecondsType */
        [85] = {REF(members[85].name_ref, strings[1156]), REF(members[85].shape_ref, shapes[68]), offsetof(struct awsc_sts_get_web_identity_token_input, signing_algorithm), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetWebIdentityTokenRequest.SigningAlgorithm: jwtAlgorithmType */
        [86] = {REF(members[86].name_ref, strings[76]), REF(members[86].shape_ref, shapes[84]), offsetof(struct awsc_sts_get_web_identity_token_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetWebIdentityTokenRequest.Tags: tagListType */
        [87] = {REF(members[87].name_ref, strings[392]), REF(members[87].shape_ref, shapes[97]), offsetof(struct awsc_sts_get_web_identity_token_output, web_identity_token), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetWebIdentityTokenResponse.WebIdentityToken: webIdentityTokenType */
        [88] = {REF(members[88].name_ref, strings[617]), REF(members[88].shape_ref, shapes[56]), offsetof(struct awsc_sts_get_web_identity_token_output, expiration), offsetof(struct awsc_sts_get_web_identity_token_output, has_expiration), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetWebIdentityTokenResponse.Expiration: dateType */
        [89] = {REF(members[89].name_ref, strings[749]), REF(members[89].shape_ref, shapes[64]), offsetof(struct awsc_sts_idp_communication_error_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IDPCommunicationErrorException.message: idpCommunicationErrorMessage */
        [90] = {REF(members[90].name_ref, strings[749]), REF(members[90].shape_ref, shapes[65]), offsetof(struct awsc_sts_idp_rejected_claim_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IDPRejectedClaimException.message: idpRejectedClaimMessage */
        [91] = {REF(members[91].name_ref, strings[749]), REF(members[91].shape_ref, shapes[66]), offsetof(struct awsc_sts_invalid_authorization_message_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidAuthorizationMessageException.message: invalidAuthorizationMessage */
        [92] = {REF(members[92].name_ref, strings[749]), REF(members[92].shape_ref, shapes[67]), offsetof(struct awsc_sts_invalid_identity_token_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidIdentityTokenException.message: invalidIdentityTokenMessage */
        [93] = {REF(members[93].name_ref, strings[749]), REF(members[93].shape_ref, shapes[69]), offsetof(struct awsc_sts_jwt_payload_size_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* JWTPayloadSizeExceededException.message: jwtPayloadSizeExceededException */
        [94] = {REF(members[94].name_ref, strings[749]), REF(members[94].shape_ref, shapes[70]), offsetof(struct awsc_sts_malformed_policy_document_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MalformedPolicyDocumentException.message: malformedPolicyDocumentMessage */
        [95] = {REF(members[95].name_ref, strings[749]), REF(members[95].shape_ref, shapes[72]), offsetof(struct awsc_sts_outbound_web_identity_federation_disabled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OutboundWebIdentityFederationDisabledException.message: outboundWebIdentityFederationDisabledException */
        [96] = {REF(members[96].name_ref, strings[749]), REF(members[96].shape_ref, shapes[73]), offsetof(struct awsc_sts_packed_policy_too_large_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PackedPolicyTooLargeException.message: packedPolicyTooLargeMessage */
        [97] = {REF(members[97].name_ref, strings[1593]), REF(members[97].shape_ref, shapes[52]), offsetof(struct awsc_sts_policy_descriptor_type, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyDescriptorType.arn: arnType */
        [98] = {REF(members[98].name_ref, strings[1613]), REF(members[98].shape_ref, shapes[52]), offsetof(struct awsc_sts_provided_context, provider_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvidedContext.ProviderArn: arnType */
        [99] = {REF(members[99].name_ref, strings[1625]), REF(members[99].shape_ref, shapes[55]), offsetof(struct awsc_sts_provided_context, context_assertion), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvidedContext.ContextAssertion: contextAssertionType */
        [100] = {REF(members[100].name_ref, strings[749]), REF(members[100].shape_ref, shapes[75]), offsetof(struct awsc_sts_region_disabled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RegionDisabledException.message: regionDisabledMessage */
        [101] = {REF(members[101].name_ref, strings[749]), REF(members[101].shape_ref, shapes[79]), offsetof(struct awsc_sts_session_duration_escalation_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SessionDurationEscalationException.message: sessionDurationEscalationException */
        [102] = {REF(members[102].name_ref, strings[1772]), REF(members[102].shape_ref, shapes[83]), offsetof(struct awsc_sts_tag, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tag.Key: tagKeyType */
        [103] = {REF(members[103].name_ref, strings[1776]), REF(members[103].shape_ref, shapes[85]), offsetof(struct awsc_sts_tag, value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tag.Value: tagValueType */
    },
    /* each structure's member indexes, sorted by wire name */
    .by_wire_name = {
        /* [0] AssumeRoleRequest */ 4, 7, 3, 2, 11, 0, 1, 8, 10, 5, 9, 6,
        /* [12] AssumeRoleResponse */ 1, 0, 2, 3,
        /* [16] AssumeRoleWithSAMLRequest */ 5, 4, 3, 1, 0, 2,
        /* [22] AssumeRoleWithSAMLResponse */ 1, 6, 0, 5, 7, 2, 8, 3, 4,
        /* [31] AssumeRoleWithWebIdentityRequest */ 6, 5, 4, 3, 0, 1, 2,
        /* [38] AssumeRoleWithWebIdentityResponse */ 2, 5, 0, 3, 4, 6, 1,
        /* [45] AssumeRootRequest */ 2, 0, 1,
        /* [48] AssumeRootResponse */ 0, 1,
        /* [50] AssumedRoleUser */ 1, 0,
        /* [52] Credentials */ 0, 3, 1, 2,
        /* [56] DecodeAuthorizationMessageRequest */ 0,
        /* [57] DecodeAuthorizationMessageResponse */ 0,
        /* [58] ExpiredTokenException */ 0,
        /* [59] ExpiredTradeInTokenException */ 0,
        /* [60] FederatedUser */ 1, 0,
        /* [62] GetAccessKeyInfoRequest */ 0,
        /* [63] GetAccessKeyInfoResponse */ 0,
        /* [64] GetCallerIdentityResponse */ 1, 2, 0,
        /* [67] GetDelegatedAccessTokenRequest */ 0,
        /* [68] GetDelegatedAccessTokenResponse */ 2, 0, 1,
        /* [71] GetFederationTokenRequest */ 3, 0, 1, 2, 4,
        /* [76] GetFederationTokenResponse */ 0, 1, 2,
        /* [79] GetSessionTokenRequest */ 0, 1, 2,
        /* [82] GetSessionTokenResponse */ 0,
        /* [83] GetWebIdentityTokenRequest */ 0, 1, 2, 3,
        /* [87] GetWebIdentityTokenResponse */ 1, 0,
        /* [89] IDPCommunicationErrorException */ 0,
        /* [90] IDPRejectedClaimException */ 0,
        /* [91] InvalidAuthorizationMessageException */ 0,
        /* [92] InvalidIdentityTokenException */ 0,
        /* [93] JWTPayloadSizeExceededException */ 0,
        /* [94] MalformedPolicyDocumentException */ 0,
        /* [95] OutboundWebIdentityFederationDisabledException */ 0,
        /* [96] PackedPolicyTooLargeException */ 0,
        /* [97] PolicyDescriptorType */ 0,
        /* [98] ProvidedContext */ 1, 0,
        /* [100] RegionDisabledException */ 0,
        /* [101] SessionDurationEscalationException */ 0,
        /* [102] Tag */ 0, 1,
    },
    .ranges = {
        {true, true, 1, 5}, /* ProvidedContextsListType */
        {true, true, 0, 900}, /* RootDurationSecondsType */
        {true, true, 4, 100000}, /* SAMLAssertionType */
        {true, true, 12, 2048}, /* TargetPrincipalType */
        {true, true, 16, 128}, /* accessKeyIdType */
        {true, true, 20, 2048}, /* arnType */
        {true, true, 2, 193}, /* assumedRoleIdType */
        {true, true, 4, 20000}, /* clientTokenType */
        {true, true, 4, 2048}, /* contextAssertionType */
        {true, true, 900, 129600}, /* durationSecondsType */
        {true, true, 1, 10240}, /* encodedMessageType */
        {true, true, 2, 1224}, /* externalIdType */
        {true, true, 2, 193}, /* federatedIdType */
        {true, true, 5, 5}, /* jwtAlgorithmType */
        {true, false, 0, 0}, /* nonNegativeIntegerType */
        {true, true, 900, 43200}, /* roleDurationSecondsType */
        {true, true, 2, 64}, /* roleSessionNameType */
        {true, true, 9, 256}, /* serialNumberType */
        {true, true, 1, 2048}, /* sessionPolicyDocumentType */
        {true, true, 2, 64}, /* sourceIdentityType */
        {false, true, 0, 50}, /* tagKeyListType */
        {true, true, 1, 128}, /* tagKeyType */
        {false, true, 0, 50}, /* tagListType */
        {true, true, 0, 256}, /* tagValueType */
        {true, true, 6, 6}, /* tokenCodeType */
        {true, false, 1, 0}, /* unrestrictedSessionPolicyDocumentType */
        {true, true, 4, 2048}, /* urlType */
        {true, true, 2, 32}, /* userNameType */
        {true, true, 6, 255}, /* webIdentitySubjectType */
        {true, true, 1, 10}, /* webIdentityTokenAudienceListType */
        {true, true, 1, 1000}, /* webIdentityTokenAudienceStringType */
        {true, true, 60, 3600}, /* webIdentityTokenDurationSecondsType */
    },
    .strings =
        /*      0 */ "AssumeRoleRequest\0"
        /*     18 */ "RoleArn\0"
        /*     26 */ "RoleSessionName\0"
        /*     42 */ "PolicyArns\0"
        /*     53 */ "Policy\0"
        /*     60 */ "DurationSeconds\0"
        /*     76 */ "Tags\0"
        /*     81 */ "TransitiveTagKeys\0"
        /*     99 */ "ExternalId\0"
        /*    110 */ "SerialNumber\0"
        /*    123 */ "TokenCode\0"
        /*    133 */ "SourceIdentity\0"
        /*    148 */ "ProvidedContexts\0"
        /*    165 */ "AssumeRoleResponse\0"
        /*    184 */ "Credentials\0"
        /*    196 */ "AssumedRoleUser\0"
        /*    212 */ "PackedPolicySize\0"
        /*    229 */ "AssumeRoleWithSAMLRequest\0"
        /*    255 */ "PrincipalArn\0"
        /*    268 */ "SAMLAssertion\0"
        /*    282 */ "AssumeRoleWithSAMLResponse\0"
        /*    309 */ "Subject\0"
        /*    317 */ "SubjectType\0"
        /*    329 */ "Issuer\0"
        /*    336 */ "Audience\0"
        /*    345 */ "NameQualifier\0"
        /*    359 */ "AssumeRoleWithWebIdentityRequest\0"
        /*    392 */ "WebIdentityToken\0"
        /*    409 */ "ProviderId\0"
        /*    420 */ "AssumeRoleWithWebIdentityResponse\0"
        /*    454 */ "SubjectFromWebIdentityToken\0"
        /*    482 */ "Provider\0"
        /*    491 */ "AssumeRootRequest\0"
        /*    509 */ "TargetPrincipal\0"
        /*    525 */ "TaskPolicyArn\0"
        /*    539 */ "AssumeRootResponse\0"
        /*    558 */ "AssumedRoleId\0"
        /*    572 */ "Arn\0"
        /*    576 */ "AccessKeyId\0"
        /*    588 */ "SecretAccessKey\0"
        /*    604 */ "SessionToken\0"
        /*    617 */ "Expiration\0"
        /*    628 */ "DecodeAuthorizationMessageRequest\0"
        /*    662 */ "EncodedMessage\0"
        /*    677 */ "DecodeAuthorizationMessageResponse\0"
        /*    712 */ "DecodedMessage\0"
        /*    727 */ "ExpiredTokenException\0"
        /*    749 */ "message\0"
        /*    757 */ "ExpiredTradeInTokenException\0"
        /*    786 */ "FederatedUser\0"
        /*    800 */ "FederatedUserId\0"
        /*    816 */ "GetAccessKeyInfoRequest\0"
        /*    840 */ "GetAccessKeyInfoResponse\0"
        /*    865 */ "Account\0"
        /*    873 */ "GetCallerIdentityRequest\0"
        /*    898 */ "GetCallerIdentityResponse\0"
        /*    924 */ "UserId\0"
        /*    931 */ "GetDelegatedAccessTokenRequest\0"
        /*    962 */ "TradeInToken\0"
        /*    975 */ "GetDelegatedAccessTokenResponse\0"
        /*   1007 */ "AssumedPrincipal\0"
        /*   1024 */ "GetFederationTokenRequest\0"
        /*   1050 */ "Name\0"
        /*   1055 */ "GetFederationTokenResponse\0"
        /*   1082 */ "GetSessionTokenRequest\0"
        /*   1105 */ "GetSessionTokenResponse\0"
        /*   1129 */ "GetWebIdentityTokenRequest\0"
        /*   1156 */ "SigningAlgorithm\0"
        /*   1173 */ "GetWebIdentityTokenResponse\0"
        /*   1201 */ "IDPCommunicationErrorException\0"
        /*   1232 */ "IDPCommunicationError\0"
        /*   1254 */ "IDPRejectedClaimException\0"
        /*   1280 */ "IDPRejectedClaim\0"
        /*   1297 */ "InvalidAuthorizationMessageException\0"
        /*   1334 */ "InvalidIdentityTokenException\0"
        /*   1364 */ "InvalidIdentityToken\0"
        /*   1385 */ "JWTPayloadSizeExceededException\0"
        /*   1417 */ "MalformedPolicyDocumentException\0"
        /*   1450 */ "MalformedPolicyDocument\0"
        /*   1474 */ "OutboundWebIdentityFederationDisabledException\0"
        /*   1521 */ "PackedPolicyTooLargeException\0"
        /*   1551 */ "PackedPolicyTooLarge\0"
        /*   1572 */ "PolicyDescriptorType\0"
        /*   1593 */ "arn\0"
        /*   1597 */ "ProvidedContext\0"
        /*   1613 */ "ProviderArn\0"
        /*   1625 */ "ContextAssertion\0"
        /*   1642 */ "ProvidedContextsListType\0"
        /*   1667 */ "RegionDisabledException\0"
        /*   1691 */ "RootDurationSecondsType\0"
        /*   1715 */ "SAMLAssertionType\0"
        /*   1733 */ "SessionDurationEscalationException\0"
        /*   1768 */ "Tag\0"
        /*   1772 */ "Key\0"
        /*   1776 */ "Value\0"
        /*   1782 */ "TargetPrincipalType\0"
        /*   1802 */ "accessKeyIdType\0"
        /*   1818 */ "accessKeySecretType\0"
        /*   1838 */ "accountType\0"
        /*   1850 */ "arnType\0"
        /*   1858 */ "assumedRoleIdType\0"
        /*   1876 */ "clientTokenType\0"
        /*   1892 */ "contextAssertionType\0"
        /*   1913 */ "dateType\0"
        /*   1922 */ "decodedMessageType\0"
        /*   1941 */ "durationSecondsType\0"
        /*   1961 */ "encodedMessageType\0"
        /*   1980 */ "expiredIdentityTokenMessage\0"
        /*   2008 */ "expiredTradeInTokenExceptionMessage\0"
        /*   2044 */ "externalIdType\0"
        /*   2059 */ "federatedIdType\0"
        /*   2075 */ "idpCommunicationErrorMessage\0"
        /*   2104 */ "idpRejectedClaimMessage\0"
        /*   2128 */ "invalidAuthorizationMessage\0"
        /*   2156 */ "invalidIdentityTokenMessage\0"
        /*   2184 */ "jwtAlgorithmType\0"
        /*   2201 */ "jwtPayloadSizeExceededException\0"
        /*   2233 */ "malformedPolicyDocumentMessage\0"
        /*   2264 */ "nonNegativeIntegerType\0"
        /*   2287 */ "outboundWebIdentityFederationDisabledException\0"
        /*   2334 */ "packedPolicyTooLargeMessage\0"
        /*   2362 */ "policyDescriptorListType\0"
        /*   2387 */ "regionDisabledMessage\0"
        /*   2409 */ "roleDurationSecondsType\0"
        /*   2433 */ "roleSessionNameType\0"
        /*   2453 */ "serialNumberType\0"
        /*   2470 */ "sessionDurationEscalationException\0"
        /*   2505 */ "sessionPolicyDocumentType\0"
        /*   2531 */ "sourceIdentityType\0"
        /*   2550 */ "tagKeyListType\0"
        /*   2565 */ "tagKeyType\0"
        /*   2576 */ "tagListType\0"
        /*   2588 */ "tagValueType\0"
        /*   2601 */ "tokenCodeType\0"
        /*   2615 */ "tokenType\0"
        /*   2625 */ "tradeInTokenType\0"
        /*   2642 */ "unrestrictedSessionPolicyDocumentType\0"
        /*   2680 */ "urlType\0"
        /*   2688 */ "userIdType\0"
        /*   2699 */ "userNameType\0"
        /*   2712 */ "webIdentitySubjectType\0"
        /*   2735 */ "webIdentityTokenAudienceListType\0"
        /*   2768 */ "webIdentityTokenAudienceStringType\0"
        /*   2803 */ "webIdentityTokenDurationSecondsType\0"
        /*   2839 */ "webIdentityTokenType\0"
        /*   2860 */ "AssumeRole\0"
        /*   2871 */ "POST\0"
        /*   2876 */ "/\0"
        /*   2878 */ "AssumeRoleResult\0"
        /*   2895 */ "AssumeRoleWithSAML\0"
        /*   2914 */ "AssumeRoleWithSAMLResult\0"
        /*   2939 */ "AssumeRoleWithWebIdentity\0"
        /*   2965 */ "AssumeRoleWithWebIdentityResult\0"
        /*   2997 */ "AssumeRoot\0"
        /*   3008 */ "AssumeRootResult\0"
        /*   3025 */ "DecodeAuthorizationMessage\0"
        /*   3052 */ "DecodeAuthorizationMessageResult\0"
        /*   3085 */ "GetAccessKeyInfo\0"
        /*   3102 */ "GetAccessKeyInfoResult\0"
        /*   3125 */ "GetCallerIdentity\0"
        /*   3143 */ "GetCallerIdentityResult\0"
        /*   3167 */ "GetDelegatedAccessToken\0"
        /*   3191 */ "GetDelegatedAccessTokenResult\0"
        /*   3221 */ "GetFederationToken\0"
        /*   3240 */ "GetFederationTokenResult\0"
        /*   3265 */ "GetSessionToken\0"
        /*   3281 */ "GetSessionTokenResult\0"
        /*   3303 */ "GetWebIdentityToken\0"
        /*   3323 */ "GetWebIdentityTokenResult\0"
        /*   3349 */ "sts\0"
        /*   3353 */ "STS\0"
        /*   3357 */ "AWS Security Token Service\0"
        /*   3384 */ "2011-06-15\0"
        /*   3395 */ "https://sts.amazonaws.com/doc/2011-06-15/",
};

/* The descriptor programs use (<awsc/sts.h>): the one in the tables. */
const struct awsc_service *awsc_sts_service(void)
{
    return &T.service;
}

#undef RULES_REF
#undef RULES
#undef REF
#undef T
