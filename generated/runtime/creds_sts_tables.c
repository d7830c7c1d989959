/*
 * creds_sts_tables.c - the service descriptor, operations and shapes of
 * STS.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/creds_sts.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

/* List and map types all share the layouts of awsc_list_view and
 * awsc_map_view, which the codecs rely on. */
_Static_assert(offsetof(struct awsc_creds_sts_provided_contexts_list_type, count) == offsetof(struct awsc_list_view, count), "ProvidedContextsListType");
_Static_assert(offsetof(struct awsc_creds_sts_policy_descriptor_list_type, count) == offsetof(struct awsc_list_view, count), "policyDescriptorListType");
_Static_assert(offsetof(struct awsc_creds_sts_tag_key_list_type, count) == offsetof(struct awsc_list_view, count), "tagKeyListType");
_Static_assert(offsetof(struct awsc_creds_sts_tag_list_type, count) == offsetof(struct awsc_list_view, count), "tagListType");

/*
 * The tables: the service, its operations and every shape, member and
 * name of STS in one object, so that each refers to another by its
 * distance from it (awsc_ref, in <awsc/shape.h>): plain read-only data,
 * with no relocation at load time. REF(field, target) is the reference
 * stored at field that names target.
 */
#define T awsc__creds_sts_tables
#define REF(field, target) AWSC_REF(T.field, T.target)
/* The strings are one literal; it passes the 4095 characters ISO C
 * requires compilers to take (GCC and Clang take any length). */
#pragma GCC diagnostic ignored "-Woverlength-strings"
#ifndef AWSC__CREDS_STS_TABLES
#define AWSC__CREDS_STS_TABLES

/* The endpoint rule set of sts: a part of the service's tables. */
struct awsc__creds_sts_rules {
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
struct awsc__creds_sts_tables {
    struct awsc_service service;
    struct awsc_operation operations[2];
    awsc_ref op_errors[11];
    awsc_ref service_errors[12];
    struct awsc__creds_sts_rules rules;
    struct awsc_shape shapes[60];
    struct awsc_member members[53];
    uint16_t by_wire_name[53];
    struct awsc_range ranges[21];
    char strings[2015];
};
extern const struct awsc__creds_sts_tables awsc__creds_sts_tables AWSC__HIDDEN;
#endif
/* RULES_REF(field, target): a reference inside the endpoint rule set's
 * part of the tables. */
#define RULES T.rules
#define RULES_REF(field, target) AWSC_REF(RULES.field, RULES.target)

const struct awsc__creds_sts_tables T = {
    .service = {
        .name_ref = REF(service.name_ref, strings[1927]),
        .service_id_ref = REF(service.service_id_ref, strings[1931]),
        .full_name_ref = REF(service.full_name_ref, strings[1935]),
        .api_version_ref = REF(service.api_version_ref, strings[1962]),
        .endpoint_prefix_ref = REF(service.endpoint_prefix_ref, strings[1927]),
        .signing_name_ref = REF(service.signing_name_ref, strings[1927]),
        .xml_namespace_ref = REF(service.xml_namespace_ref, strings[1973]),
        .env_name_ref = REF(service.env_name_ref, strings[1931]),
        .operations_ref = REF(service.operations_ref, operations[0]),
        .errors_ref = REF(service.errors_ref, service_errors[0]),
        .protocol = AWSC_PROTO_QUERY,
        .operation_count = 2,
        .error_count = 12,
        .ruleset_ref = REF(service.ruleset_ref, rules.ruleset),
    },
    /* sorted by name */
    .operations = {
        [0] = { /* AssumeRole */
            .name_ref = REF(operations[0].name_ref, strings[1834]),
            .http_method_ref = REF(operations[0].http_method_ref, strings[1845]),
            .request_uri_ref = REF(operations[0].request_uri_ref, strings[1850]),
            .input_ref = REF(operations[0].input_ref, shapes[0]),
            .output_ref = REF(operations[0].output_ref, shapes[1]),
            .errors_ref = REF(operations[0].errors_ref, op_errors[0]),
            .service_ref = REF(operations[0].service_ref, service),
            .result_wrapper_ref = REF(operations[0].result_wrapper_ref, strings[1852]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [1] = { /* AssumeRoleWithWebIdentity */
            .name_ref = REF(operations[1].name_ref, strings[1869]),
            .http_method_ref = REF(operations[1].http_method_ref, strings[1845]),
            .request_uri_ref = REF(operations[1].request_uri_ref, strings[1850]),
            .input_ref = REF(operations[1].input_ref, shapes[2]),
            .output_ref = REF(operations[1].output_ref, shapes[3]),
            .errors_ref = REF(operations[1].errors_ref, op_errors[4]),
            .service_ref = REF(operations[1].service_ref, service),
            .result_wrapper_ref = REF(operations[1].result_wrapper_ref, strings[1895]),
            .error_count = 7,
            .auth = AWSC_AUTH_NONE,
        },
    },
    /* each operation's modeled errors */
    .op_errors = {
        REF(op_errors[0], shapes[7]),
        REF(op_errors[1], shapes[15]),
        REF(op_errors[2], shapes[17]),
        REF(op_errors[3], shapes[21]),
        REF(op_errors[4], shapes[7]),
        REF(op_errors[5], shapes[9]),
        REF(op_errors[6], shapes[10]),
        REF(op_errors[7], shapes[12]),
        REF(op_errors[8], shapes[15]),
        REF(op_errors[9], shapes[17]),
        REF(op_errors[10], shapes[21]),
    },
    /* every modeled error of the service, sorted by its code on the wire */
    .service_errors = {
        REF(service_errors[0], shapes[7]),
        REF(service_errors[1], shapes[8]),
        REF(service_errors[2], shapes[9]),
        REF(service_errors[3], shapes[10]),
        REF(service_errors[4], shapes[11]),
        REF(service_errors[5], shapes[12]),
        REF(service_errors[6], shapes[14]),
        REF(service_errors[7], shapes[15]),
        REF(service_errors[8], shapes[16]),
        REF(service_errors[9], shapes[17]),
        REF(service_errors[10], shapes[21]),
        REF(service_errors[11], shapes[22]),
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
            .size = sizeof(struct awsc_creds_sts_assume_role_input),
            .u.structure.member_count = 12,
        },
        [1] = { /* AssumeRoleResponse */
            .name_ref = REF(shapes[1].name_ref, strings[165]),
            .u.structure.members_ref = REF(shapes[1].u.structure.members_ref, members[12]),
            .u.structure.by_wire_name_ref = REF(shapes[1].u.structure.by_wire_name_ref, by_wire_name[12]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_creds_sts_assume_role_output),
            .u.structure.member_count = 4,
        },
        [2] = { /* AssumeRoleWithWebIdentityRequest */
            .name_ref = REF(shapes[2].name_ref, strings[229]),
            .u.structure.members_ref = REF(shapes[2].u.structure.members_ref, members[16]),
            .u.structure.by_wire_name_ref = REF(shapes[2].u.structure.by_wire_name_ref, by_wire_name[16]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_creds_sts_assume_role_with_web_identity_input),
            .u.structure.member_count = 7,
        },
        [3] = { /* AssumeRoleWithWebIdentityResponse */
            .name_ref = REF(shapes[3].name_ref, strings[290]),
            .u.structure.members_ref = REF(shapes[3].u.structure.members_ref, members[23]),
            .u.structure.by_wire_name_ref = REF(shapes[3].u.structure.by_wire_name_ref, by_wire_name[23]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_creds_sts_assume_role_with_web_identity_output),
            .u.structure.member_count = 7,
        },
        [4] = { /* AssumedRoleUser */
            .name_ref = REF(shapes[4].name_ref, strings[196]),
            .u.structure.members_ref = REF(shapes[4].u.structure.members_ref, members[30]),
            .u.structure.by_wire_name_ref = REF(shapes[4].u.structure.by_wire_name_ref, by_wire_name[30]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_creds_sts_assumed_role_user),
            .u.structure.member_count = 2,
        },
        [5] = { /* Audience */
            .name_ref = REF(shapes[5].name_ref, strings[361]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [6] = { /* Credentials */
            .name_ref = REF(shapes[6].name_ref, strings[184]),
            .u.structure.members_ref = REF(shapes[6].u.structure.members_ref, members[32]),
            .u.structure.by_wire_name_ref = REF(shapes[6].u.structure.by_wire_name_ref, by_wire_name[32]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_creds_sts_credentials),
            .u.structure.member_count = 4,
        },
        [7] = { /* ExpiredTokenException */
            .name_ref = REF(shapes[7].name_ref, strings[440]),
            .u.structure.members_ref = REF(shapes[7].u.structure.members_ref, members[36]),
            .u.structure.by_wire_name_ref = REF(shapes[7].u.structure.by_wire_name_ref, by_wire_name[36]),
            .u.structure.error_code_ref = REF(shapes[7].u.structure.error_code_ref, strings[440]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_creds_sts_expired_token_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [8] = { /* ExpiredTradeInTokenException */
            .name_ref = REF(shapes[8].name_ref, strings[470]),
            .u.structure.members_ref = REF(shapes[8].u.structure.members_ref, members[37]),
            .u.structure.by_wire_name_ref = REF(shapes[8].u.structure.by_wire_name_ref, by_wire_name[37]),
            .u.structure.error_code_ref = REF(shapes[8].u.structure.error_code_ref, strings[470]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_creds_sts_expired_trade_in_token_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [9] = { /* IDPCommunicationErrorException */
            .name_ref = REF(shapes[9].name_ref, strings[499]),
            .u.structure.members_ref = REF(shapes[9].u.structure.members_ref, members[38]),
            .u.structure.by_wire_name_ref = REF(shapes[9].u.structure.by_wire_name_ref, by_wire_name[38]),
            .u.structure.error_code_ref = REF(shapes[9].u.structure.error_code_ref, strings[530]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_creds_sts_idp_communication_error_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [10] = { /* IDPRejectedClaimException */
            .name_ref = REF(shapes[10].name_ref, strings[552]),
            .u.structure.members_ref = REF(shapes[10].u.structure.members_ref, members[39]),
            .u.structure.by_wire_name_ref = REF(shapes[10].u.structure.by_wire_name_ref, by_wire_name[39]),
            .u.structure.error_code_ref = REF(shapes[10].u.structure.error_code_ref, strings[578]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_creds_sts_idp_rejected_claim_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 403,
        },
        [11] = { /* InvalidAuthorizationMessageException */
            .name_ref = REF(shapes[11].name_ref, strings[595]),
            .u.structure.members_ref = REF(shapes[11].u.structure.members_ref, members[40]),
            .u.structure.by_wire_name_ref = REF(shapes[11].u.structure.by_wire_name_ref, by_wire_name[40]),
            .u.structure.error_code_ref = REF(shapes[11].u.structure.error_code_ref, strings[595]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_creds_sts_invalid_authorization_message_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [12] = { /* InvalidIdentityTokenException */
            .name_ref = REF(shapes[12].name_ref, strings[632]),
            .u.structure.members_ref = REF(shapes[12].u.structure.members_ref, members[41]),
            .u.structure.by_wire_name_ref = REF(shapes[12].u.structure.by_wire_name_ref, by_wire_name[41]),
            .u.structure.error_code_ref = REF(shapes[12].u.structure.error_code_ref, strings[662]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_creds_sts_invalid_identity_token_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [13] = { /* Issuer */
            .name_ref = REF(shapes[13].name_ref, strings[683]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [14] = { /* JWTPayloadSizeExceededException */
            .name_ref = REF(shapes[14].name_ref, strings[690]),
            .u.structure.members_ref = REF(shapes[14].u.structure.members_ref, members[42]),
            .u.structure.by_wire_name_ref = REF(shapes[14].u.structure.by_wire_name_ref, by_wire_name[42]),
            .u.structure.error_code_ref = REF(shapes[14].u.structure.error_code_ref, strings[690]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_creds_sts_jwt_payload_size_exceeded_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [15] = { /* MalformedPolicyDocumentException */
            .name_ref = REF(shapes[15].name_ref, strings[722]),
            .u.structure.members_ref = REF(shapes[15].u.structure.members_ref, members[43]),
            .u.structure.by_wire_name_ref = REF(shapes[15].u.structure.by_wire_name_ref, by_wire_name[43]),
            .u.structure.error_code_ref = REF(shapes[15].u.structure.error_code_ref, strings[755]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_creds_sts_malformed_policy_document_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [16] = { /* OutboundWebIdentityFederationDisabledException */
            .name_ref = REF(shapes[16].name_ref, strings[779]),
            .u.structure.members_ref = REF(shapes[16].u.structure.members_ref, members[44]),
            .u.structure.by_wire_name_ref = REF(shapes[16].u.structure.by_wire_name_ref, by_wire_name[44]),
            .u.structure.error_code_ref = REF(shapes[16].u.structure.error_code_ref, strings[779]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_creds_sts_outbound_web_identity_federation_disabled_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 403,
        },
        [17] = { /* PackedPolicyTooLargeException */
            .name_ref = REF(shapes[17].name_ref, strings[826]),
            .u.structure.members_ref = REF(shapes[17].u.structure.members_ref, members[45]),
            .u.structure.by_wire_name_ref = REF(shapes[17].u.structure.by_wire_name_ref, by_wire_name[45]),
            .u.structure.error_code_ref = REF(shapes[17].u.structure.error_code_ref, strings[856]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_creds_sts_packed_policy_too_large_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [18] = { /* PolicyDescriptorType */
            .name_ref = REF(shapes[18].name_ref, strings[877]),
            .u.structure.members_ref = REF(shapes[18].u.structure.members_ref, members[46]),
            .u.structure.by_wire_name_ref = REF(shapes[18].u.structure.by_wire_name_ref, by_wire_name[46]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_creds_sts_policy_descriptor_type),
            .u.structure.member_count = 1,
        },
        [19] = { /* ProvidedContext */
            .name_ref = REF(shapes[19].name_ref, strings[902]),
            .u.structure.members_ref = REF(shapes[19].u.structure.members_ref, members[47]),
            .u.structure.by_wire_name_ref = REF(shapes[19].u.structure.by_wire_name_ref, by_wire_name[47]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_creds_sts_provided_context),
            .u.structure.member_count = 2,
        },
        [20] = { /* ProvidedContextsListType */
            .name_ref = REF(shapes[20].name_ref, strings[947]),
            .range_ref = REF(shapes[20].range_ref, ranges[0]),
            .u.collection.item_ref = REF(shapes[20].u.collection.item_ref, shapes[19]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_creds_sts_provided_contexts_list_type),
        },
        [21] = { /* RegionDisabledException */
            .name_ref = REF(shapes[21].name_ref, strings[972]),
            .u.structure.members_ref = REF(shapes[21].u.structure.members_ref, members[49]),
            .u.structure.by_wire_name_ref = REF(shapes[21].u.structure.by_wire_name_ref, by_wire_name[49]),
            .u.structure.error_code_ref = REF(shapes[21].u.structure.error_code_ref, strings[972]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_creds_sts_region_disabled_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 403,
        },
        [22] = { /* SessionDurationEscalationException */
            .name_ref = REF(shapes[22].name_ref, strings[996]),
            .u.structure.members_ref = REF(shapes[22].u.structure.members_ref, members[50]),
            .u.structure.by_wire_name_ref = REF(shapes[22].u.structure.by_wire_name_ref, by_wire_name[50]),
            .u.structure.error_code_ref = REF(shapes[22].u.structure.error_code_ref, strings[996]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_creds_sts_session_duration_escalation_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 403,
        },
        [23] = { /* Tag */
            .name_ref = REF(shapes[23].name_ref, strings[1031]),
            .u.structure.members_ref = REF(shapes[23].u.structure.members_ref, members[51]),
            .u.structure.by_wire_name_ref = REF(shapes[23].u.structure.by_wire_name_ref, by_wire_name[51]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_creds_sts_tag),
            .u.structure.member_count = 2,
        },
        [24] = { /* accessKeyIdType */
            .name_ref = REF(shapes[24].name_ref, strings[1045]),
            .range_ref = REF(shapes[24].range_ref, ranges[1]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [25] = { /* accessKeySecretType */
            .name_ref = REF(shapes[25].name_ref, strings[1061]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [26] = { /* arnType */
            .name_ref = REF(shapes[26].name_ref, strings[1081]),
            .range_ref = REF(shapes[26].range_ref, ranges[2]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [27] = { /* assumedRoleIdType */
            .name_ref = REF(shapes[27].name_ref, strings[1089]),
            .range_ref = REF(shapes[27].range_ref, ranges[3]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [28] = { /* clientTokenType */
            .name_ref = REF(shapes[28].name_ref, strings[1107]),
            .range_ref = REF(shapes[28].range_ref, ranges[4]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [29] = { /* contextAssertionType */
            .name_ref = REF(shapes[29].name_ref, strings[1123]),
            .range_ref = REF(shapes[29].range_ref, ranges[5]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [30] = { /* dateType */
            .name_ref = REF(shapes[30].name_ref, strings[1144]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [31] = { /* expiredIdentityTokenMessage */
            .name_ref = REF(shapes[31].name_ref, strings[1153]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [32] = { /* expiredTradeInTokenExceptionMessage */
            .name_ref = REF(shapes[32].name_ref, strings[1181]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [33] = { /* externalIdType */
            .name_ref = REF(shapes[33].name_ref, strings[1217]),
            .range_ref = REF(shapes[33].range_ref, ranges[6]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [34] = { /* idpCommunicationErrorMessage */
            .name_ref = REF(shapes[34].name_ref, strings[1232]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [35] = { /* idpRejectedClaimMessage */
            .name_ref = REF(shapes[35].name_ref, strings[1261]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [36] = { /* invalidAuthorizationMessage */
            .name_ref = REF(shapes[36].name_ref, strings[1285]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [37] = { /* invalidIdentityTokenMessage */
            .name_ref = REF(shapes[37].name_ref, strings[1313]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [38] = { /* jwtPayloadSizeExceededException */
            .name_ref = REF(shapes[38].name_ref, strings[1341]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [39] = { /* malformedPolicyDocumentMessage */
            .name_ref = REF(shapes[39].name_ref, strings[1373]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [40] = { /* nonNegativeIntegerType */
            .name_ref = REF(shapes[40].name_ref, strings[1404]),
            .range_ref = REF(shapes[40].range_ref, ranges[7]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [41] = { /* outboundWebIdentityFederationDisabledException */
            .name_ref = REF(shapes[41].name_ref, strings[1427]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [42] = { /* packedPolicyTooLargeMessage */
            .name_ref = REF(shapes[42].name_ref, strings[1474]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [43] = { /* policyDescriptorListType */
            .name_ref = REF(shapes[43].name_ref, strings[1502]),
            .u.collection.item_ref = REF(shapes[43].u.collection.item_ref, shapes[18]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_creds_sts_policy_descriptor_list_type),
        },
        [44] = { /* regionDisabledMessage */
            .name_ref = REF(shapes[44].name_ref, strings[1527]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [45] = { /* roleDurationSecondsType */
            .name_ref = REF(shapes[45].name_ref, strings[1549]),
            .range_ref = REF(shapes[45].range_ref, ranges[8]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [46] = { /* roleSessionNameType */
            .name_ref = REF(shapes[46].name_ref, strings[1573]),
            .range_ref = REF(shapes[46].range_ref, ranges[9]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [47] = { /* serialNumberType */
            .name_ref = REF(shapes[47].name_ref, strings[1593]),
            .range_ref = REF(shapes[47].range_ref, ranges[10]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [48] = { /* sessionDurationEscalationException */
            .name_ref = REF(shapes[48].name_ref, strings[1610]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [49] = { /* sessionPolicyDocumentType */
            .name_ref = REF(shapes[49].name_ref, strings[1645]),
            .range_ref = REF(shapes[49].range_ref, ranges[11]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [50] = { /* sourceIdentityType */
            .name_ref = REF(shapes[50].name_ref, strings[1671]),
            .range_ref = REF(shapes[50].range_ref, ranges[12]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [51] = { /* tagKeyListType */
            .name_ref = REF(shapes[51].name_ref, strings[1690]),
            .range_ref = REF(shapes[51].range_ref, ranges[13]),
            .u.collection.item_ref = REF(shapes[51].u.collection.item_ref, shapes[52]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_creds_sts_tag_key_list_type),
        },
        [52] = { /* tagKeyType */
            .name_ref = REF(shapes[52].name_ref, strings[1705]),
            .range_ref = REF(shapes[52].range_ref, ranges[14]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [53] = { /* tagListType */
            .name_ref = REF(shapes[53].name_ref, strings[1716]),
            .range_ref = REF(shapes[53].range_ref, ranges[15]),
            .u.collection.item_ref = REF(shapes[53].u.collection.item_ref, shapes[23]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_creds_sts_tag_list_type),
        },
        [54] = { /* tagValueType */
            .name_ref = REF(shapes[54].name_ref, strings[1728]),
            .range_ref = REF(shapes[54].range_ref, ranges[16]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [55] = { /* tokenCodeType */
            .name_ref = REF(shapes[55].name_ref, strings[1741]),
            .range_ref = REF(shapes[55].range_ref, ranges[17]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [56] = { /* tokenType */
            .name_ref = REF(shapes[56].name_ref, strings[1755]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [57] = { /* unrestrictedSessionPolicyDocumentType */
            .name_ref = REF(shapes[57].name_ref, strings[1765]),
            .range_ref = REF(shapes[57].range_ref, ranges[18]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [58] = { /* urlType */
            .name_ref = REF(shapes[58].name_ref, strings[1803]),
            .range_ref = REF(shapes[58].range_ref, ranges[19]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [59] = { /* webIdentitySubjectType */
            .name_ref = REF(shapes[59].name_ref, strings[1811]),
            .range_ref = REF(shapes[59].range_ref, ranges[20]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * shape, offset (of the C member), has_ offset, flags, location,
     * timestamp format */
    .members = {
        [0] = {REF(members[0].name_ref, strings[18]), REF(members[0].shape_ref, shapes[26]), offsetof(struct awsc_creds_sts_assume_role_input, role_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleRequest.RoleArn: arnType */
        [1] = {REF(members[1].name_ref, strings[26]), REF(members[1].shape_ref, shapes[46]), offsetof(struct awsc_creds_sts_assume_role_input, role_session_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleRequest.RoleSessionName: roleSessionNameType */
        [2] = {REF(members[2].name_ref, strings[42]), REF(members[2].shape_ref, shapes[43]), offsetof(struct awsc_creds_sts_assume_role_input, policy_arns), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleRequest.PolicyArns: policyDescriptorListType */
        [3] = {REF(members[3].name_ref, strings[53]), REF(members[3].shape_ref, shapes[57]), offsetof(struct awsc_creds_sts_assume_role_input, policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleRequest.Policy: unrestrictedSessionPolicyDocumentType */
        [4] = {REF(members[4].name_ref, strings[60]), REF(members[4].shape_ref, shapes[45]), offsetof(struct awsc_creds_sts_assume_role_input, duration_seconds), offsetof(struct awsc_creds_sts_assume_role_input, has_duration_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleRequest.DurationSeconds: roleDurationSecondsType */
        [5] = {REF(members[5].name_ref, strings[76]), REF(members[5].shape_ref, shapes[53]), offsetof(struct awsc_creds_sts_assume_role_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleRequest.Tags: tagListType */
        [6] = {REF(members[6].name_ref, strings[81]), REF(members[6].shape_ref, shapes[51]), offsetof(struct awsc_creds_sts_assume_role_input, transitive_tag_keys), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleRequest.TransitiveTagKeys: tagKeyListType */
        [7] = {REF(members[7].name_ref, strings[99]), REF(members[7].shape_ref, shapes[33]), offsetof(struct awsc_creds_sts_assume_role_input, external_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleRequest.ExternalId: externalIdType */
        [8] = {REF(members[8].name_ref, strings[110]), REF(members[8].shape_ref, shapes[47]), offsetof(struct awsc_creds_sts_assume_role_input, serial_number), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleRequest.SerialNumber: serialNumberType */
        [9] = {REF(members[9].name_ref, strings[123]), REF(members[9].shape_ref, shapes[55]), offsetof(struct awsc_creds_sts_assume_role_input, token_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleRequest.TokenCode: tokenCodeType */
        [10] = {REF(members[10].name_ref, strings[133]), REF(members[10].shape_ref, shapes[50]), offsetof(struct awsc_creds_sts_assume_role_input, source_identity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleRequest.SourceIdentity: sourceIdentityType */
        [11] = {REF(members[11].name_ref, strings[148]), REF(members[11].shape_ref, shapes[20]), offsetof(struct awsc_creds_sts_assume_role_input, provided_contexts), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleRequest.ProvidedContexts: ProvidedContextsListType */
        [12] = {REF(members[12].name_ref, strings[184]), REF(members[12].shape_ref, shapes[6]), offsetof(struct awsc_creds_sts_assume_role_output, credentials), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleResponse.Credentials: Credentials */
        [13] = {REF(members[13].name_ref, strings[196]), REF(members[13].shape_ref, shapes[4]), offsetof(struct awsc_creds_sts_assume_role_output, assumed_role_user), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleResponse.AssumedRoleUser: AssumedRoleUser */
        [14] = {REF(members[14].name_ref, strings[212]), REF(members[14].shape_ref, shapes[40]), offsetof(struct awsc_creds_sts_assume_role_output, packed_policy_size), offsetof(struct awsc_creds_sts_assume_role_output, has_packed_policy_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleResponse.PackedPolicySize: nonNegativeIntegerType */
        [15] = {REF(members[15].name_ref, strings[133]), REF(members[15].shape_ref, shapes[50]), offsetof(struct awsc_creds_sts_assume_role_output, source_identity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleResponse.SourceIdentity: sourceIdentityType */
        [16] = {REF(members[16].name_ref, strings[18]), REF(members[16].shape_ref, shapes[26]), offsetof(struct awsc_creds_sts_assume_role_with_web_identity_input, role_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityRequest.RoleArn: arnType */
        [17] = {REF(members[17].name_ref, strings[26]), REF(members[17].shape_ref, shapes[46]), offsetof(struct awsc_creds_sts_assume_role_with_web_identity_input, role_session_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityRequest.RoleSessionName: roleSessionNameType */
        [18] = {REF(members[18].name_ref, strings[262]), REF(members[18].shape_ref, shapes[28]), offsetof(struct awsc_creds_sts_assume_role_with_web_identity_input, web_identity_token), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityRequest.WebIdentityToken: clientTokenType */
        [19] = {REF(members[19].name_ref, strings[279]), REF(members[19].shape_ref, shapes[58]), offsetof(struct awsc_creds_sts_assume_role_with_web_identity_input, provider_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityRequest.ProviderId: urlType */
        [20] = {REF(members[20].name_ref, strings[42]), REF(members[20].shape_ref, shapes[43]), offsetof(struct awsc_creds_sts_assume_role_with_web_identity_input, policy_arns), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityRequest.PolicyArns: policyDescriptorListType */
        [21] = {REF(members[21].name_ref, strings[53]), REF(members[21].shape_ref, shapes[49]), offsetof(struct awsc_creds_sts_assume_role_with_web_identity_input, policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityRequest.Policy: sessionPolicyDocumentType */
        [22] = {REF(members[22].name_ref, strings[60]), REF(members[22].shape_ref, shapes[45]), offsetof(struct awsc_creds_sts_assume_role_with_web_identity_input, duration_seconds), offsetof(struct awsc_creds_sts_assume_role_with_web_identity_input, has_duration_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityRequest.DurationSeconds: roleDurationSecondsType */
        [23] = {REF(members[23].name_ref, strings[184]), REF(members[23].shape_ref, shapes[6]), offsetof(struct awsc_creds_sts_assume_role_with_web_identity_output, credentials), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityResponse.Credentials: Credentials */
        [24] = {REF(members[24].name_ref, strings[324]), REF(members[24].shape_ref, shapes[59]), offsetof(struct awsc_creds_sts_assume_role_with_web_identity_output, subject_from_web_identity_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityResponse.SubjectFromWebIdentityToken: webIdentitySubjectType */
        [25] = {REF(members[25].name_ref, strings[196]), REF(members[25].shape_ref, shapes[4]), offsetof(struct awsc_creds_sts_assume_role_with_web_identity_output, assumed_role_user), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityResponse.AssumedRoleUser: AssumedRoleUser */
        [26] = {REF(members[26].name_ref, strings[212]), REF(members[26].shape_ref, shapes[40]), offsetof(struct awsc_creds_sts_assume_role_with_web_identity_output, packed_policy_size), offsetof(struct awsc_creds_sts_assume_role_with_web_identity_output, has_packed_policy_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityResponse.PackedPolicySize: nonNegativeIntegerType */
        [27] = {REF(members[27].name_ref, strings[352]), REF(members[27].shape_ref, shapes[13]), offsetof(struct awsc_creds_sts_assume_role_with_web_identity_output, provider), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityResponse.Provider: Issuer */
        [28] = {REF(members[28].name_ref, strings[361]), REF(members[28].shape_ref, shapes[5]), offsetof(struct awsc_creds_sts_assume_role_with_web_identity_output, audience), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityResponse.Audience: Audience */
        [29] = {REF(members[29].name_ref, strings[133]), REF(members[29].shape_ref, shapes[50]), offsetof(struct awsc_creds_sts_assume_role_with_web_identity_output, source_identity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumeRoleWithWebIdentityResponse.SourceIdentity: sourceIdentityType */
        [30] = {REF(members[30].name_ref, strings[370]), REF(members[30].shape_ref, shapes[27]), offsetof(struct awsc_creds_sts_assumed_role_user, assumed_role_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumedRoleUser.AssumedRoleId: assumedRoleIdType */
        [31] = {REF(members[31].name_ref, strings[384]), REF(members[31].shape_ref, shapes[26]), offsetof(struct awsc_creds_sts_assumed_role_user, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssumedRoleUser.Arn: arnType */
        [32] = {REF(members[32].name_ref, strings[388]), REF(members[32].shape_ref, shapes[24]), offsetof(struct awsc_creds_sts_credentials, access_key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Credentials.AccessKeyId: accessKeyIdType */
        [33] = {REF(members[33].name_ref, strings[400]), REF(members[33].shape_ref, shapes[25]), offsetof(struct awsc_creds_sts_credentials, secret_access_key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Credentials.SecretAccessKey: accessKeySecretType */
        [34] = {REF(members[34].name_ref, strings[416]), REF(members[34].shape_ref, shapes[56]), offsetof(struct awsc_creds_sts_credentials, session_token), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Credentials.SessionToken: tokenType */
        [35] = {REF(members[35].name_ref, strings[429]), REF(members[35].shape_ref, shapes[30]), offsetof(struct awsc_creds_sts_credentials, expiration), offsetof(struct awsc_creds_sts_credentials, has_expiration), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Credentials.Expiration: dateType */
        [36] = {REF(members[36].name_ref, strings[462]), REF(members[36].shape_ref, shapes[31]), offsetof(struct awsc_creds_sts_expired_token_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExpiredTokenException.message: expiredIdentityTokenMessage */
        [37] = {REF(members[37].name_ref, strings[462]), REF(members[37].shape_ref, shapes[32]), offsetof(struct awsc_creds_sts_expired_trade_in_token_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExpiredTradeInTokenException.message: expiredTradeInTokenExceptionMessage */
        [38] = {REF(members[38].name_ref, strings[462]), REF(members[38].shape_ref, shapes[34]), offsetof(struct awsc_creds_sts_idp_communication_error_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IDPCommunicationErrorException.message: idpCommunicationErrorMessage */
        [39] = {REF(members[39].name_ref, strings[462]), REF(members[39].shape_ref, shapes[35]), offsetof(struct awsc_creds_sts_idp_rejected_claim_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IDPRejectedClaimException.message: idpRejectedClaimMessage */
        [40] = {REF(members[40].name_ref, strings[462]), REF(members[40].shape_ref, shapes[36]), offsetof(struct awsc_creds_sts_invalid_authorization_message_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidAuthorizationMessageException.message: invalidAuthorizationMessage */
        [41] = {REF(members[41].name_ref, strings[462]), REF(members[41].shape_ref, shapes[37]), offsetof(struct awsc_creds_sts_invalid_identity_token_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidIdentityTokenException.message: invalidIdentityTokenMessage */
        [42] = {REF(members[42].name_ref, strings[462]), REF(members[42].shape_ref, shapes[38]), offsetof(struct awsc_creds_sts_jwt_payload_size_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* JWTPayloadSizeExceededException.message: jwtPayloadSizeExceededException */
        [43] = {REF(members[43].name_ref, strings[462]), REF(members[43].shape_ref, shapes[39]), offsetof(struct awsc_creds_sts_malformed_policy_document_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MalformedPolicyDocumentException.message: malformedPolicyDocumentMessage */
        [44] = {REF(members[44].name_ref, strings[462]), REF(members[44].shape_ref, shapes[41]), offsetof(struct awsc_creds_sts_outbound_web_identity_federation_disabled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OutboundWebIdentityFederationDisabledException.message: outboundWebIdentityFederationDisabledException */
        [45] = {REF(members[45].name_ref, strings[462]), REF(members[45].shape_ref, shapes[42]), offsetof(struct awsc_creds_sts_packed_policy_too_large_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PackedPolicyTooLargeException.message: packedPolicyTooLargeMessage */
        [46] = {REF(members[46].name_ref, strings[898]), REF(members[46].shape_ref, shapes[26]), offsetof(struct awsc_creds_sts_policy_descriptor_type, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyDescriptorType.arn: arnType */
        [47] = {REF(members[47].name_ref, strings[918]), REF(members[47].shape_ref, shapes[26]), offsetof(struct awsc_creds_sts_provided_context, provider_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvidedContext.ProviderArn: arnType */
        [48] = {REF(members[48].name_ref, strings[930]), REF(members[48].shape_ref, shapes[29]), offsetof(struct awsc_creds_sts_provided_context, context_assertion), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvidedContext.ContextAssertion: contextAssertionType */
        [49] = {REF(members[49].name_ref, strings[462]), REF(members[49].shape_ref, shapes[44]), offsetof(struct awsc_creds_sts_region_disabled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RegionDisabledException.message: regionDisabledMessage */
        [50] = {REF(members[50].name_ref, strings[462]), REF(members[50].shape_ref, shapes[48]), offsetof(struct awsc_creds_sts_session_duration_escalation_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SessionDurationEscalationException.message: sessionDurationEscalationException */
        [51] = {REF(members[51].name_ref, strings[1035]), REF(members[51].shape_ref, shapes[52]), offsetof(struct awsc_creds_sts_tag, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tag.Key: tagKeyType */
        [52] = {REF(members[52].name_ref, strings[1039]), REF(members[52].shape_ref, shapes[54]), offsetof(struct awsc_creds_sts_tag, value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tag.Value: tagValueType */
    },
    /* each structure's member indexes, sorted by wire name */
    .by_wire_name = {
        /* [0] AssumeRoleRequest */ 4, 7, 3, 2, 11, 0, 1, 8, 10, 5, 9, 6,
        /* [12] AssumeRoleResponse */ 1, 0, 2, 3,
        /* [16] AssumeRoleWithWebIdentityRequest */ 6, 5, 4, 3, 0, 1, 2,
        /* [23] AssumeRoleWithWebIdentityResponse */ 2, 5, 0, 3, 4, 6, 1,
        /* [30] AssumedRoleUser */ 1, 0,
        /* [32] Credentials */ 0, 3, 1, 2,
        /* [36] ExpiredTokenException */ 0,
        /* [37] ExpiredTradeInTokenException */ 0,
        /* [38] IDPCommunicationErrorException */ 0,
        /* [39] IDPRejectedClaimException */ 0,
        /* [40] InvalidAuthorizationMessageException */ 0,
        /* [41] InvalidIdentityTokenException */ 0,
        /* [42] JWTPayloadSizeExceededException */ 0,
        /* [43] MalformedPolicyDocumentException */ 0,
        /* [44] OutboundWebIdentityFederationDisabledException */ 0,
        /* [45] PackedPolicyTooLargeException */ 0,
        /* [46] PolicyDescriptorType */ 0,
        /* [47] ProvidedContext */ 1, 0,
        /* [49] RegionDisabledException */ 0,
        /* [50] SessionDurationEscalationException */ 0,
        /* [51] Tag */ 0, 1,
    },
    .ranges = {
        {true, true, 1, 5}, /* ProvidedContextsListType */
        {true, true, 16, 128}, /* accessKeyIdType */
        {true, true, 20, 2048}, /* arnType */
        {true, true, 2, 193}, /* assumedRoleIdType */
        {true, true, 4, 20000}, /* clientTokenType */
        {true, true, 4, 2048}, /* contextAssertionType */
        {true, true, 2, 1224}, /* externalIdType */
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
        {true, true, 6, 255}, /* webIdentitySubjectType */
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
        /*    229 */ "AssumeRoleWithWebIdentityRequest\0"
        /*    262 */ "WebIdentityToken\0"
        /*    279 */ "ProviderId\0"
        /*    290 */ "AssumeRoleWithWebIdentityResponse\0"
        /*    324 */ "SubjectFromWebIdentityToken\0"
        /*    352 */ "Provider\0"
        /*    361 */ "Audience\0"
        /*    370 */ "AssumedRoleId\0"
        /*    384 */ "Arn\0"
        /*    388 */ "AccessKeyId\0"
        /*    400 */ "SecretAccessKey\0"
        /*    416 */ "SessionToken\0"
        /*    429 */ "Expiration\0"
        /*    440 */ "ExpiredTokenException\0"
        /*    462 */ "message\0"
        /*    470 */ "ExpiredTradeInTokenException\0"
        /*    499 */ "IDPCommunicationErrorException\0"
        /*    530 */ "IDPCommunicationError\0"
        /*    552 */ "IDPRejectedClaimException\0"
        /*    578 */ "IDPRejectedClaim\0"
        /*    595 */ "InvalidAuthorizationMessageException\0"
        /*    632 */ "InvalidIdentityTokenException\0"
        /*    662 */ "InvalidIdentityToken\0"
        /*    683 */ "Issuer\0"
        /*    690 */ "JWTPayloadSizeExceededException\0"
        /*    722 */ "MalformedPolicyDocumentException\0"
        /*    755 */ "MalformedPolicyDocument\0"
        /*    779 */ "OutboundWebIdentityFederationDisabledException\0"
        /*    826 */ "PackedPolicyTooLargeException\0"
        /*    856 */ "PackedPolicyTooLarge\0"
        /*    877 */ "PolicyDescriptorType\0"
        /*    898 */ "arn\0"
        /*    902 */ "ProvidedContext\0"
        /*    918 */ "ProviderArn\0"
        /*    930 */ "ContextAssertion\0"
        /*    947 */ "ProvidedContextsListType\0"
        /*    972 */ "RegionDisabledException\0"
        /*    996 */ "SessionDurationEscalationException\0"
        /*   1031 */ "Tag\0"
        /*   1035 */ "Key\0"
        /*   1039 */ "Value\0"
        /*   1045 */ "accessKeyIdType\0"
        /*   1061 */ "accessKeySecretType\0"
        /*   1081 */ "arnType\0"
        /*   1089 */ "assumedRoleIdType\0"
        /*   1107 */ "clientTokenType\0"
        /*   1123 */ "contextAssertionType\0"
        /*   1144 */ "dateType\0"
        /*   1153 */ "expiredIdentityTokenMessage\0"
        /*   1181 */ "expiredTradeInTokenExceptionMessage\0"
        /*   1217 */ "externalIdType\0"
        /*   1232 */ "idpCommunicationErrorMessage\0"
        /*   1261 */ "idpRejectedClaimMessage\0"
        /*   1285 */ "invalidAuthorizationMessage\0"
        /*   1313 */ "invalidIdentityTokenMessage\0"
        /*   1341 */ "jwtPayloadSizeExceededException\0"
        /*   1373 */ "malformedPolicyDocumentMessage\0"
        /*   1404 */ "nonNegativeIntegerType\0"
        /*   1427 */ "outboundWebIdentityFederationDisabledException\0"
        /*   1474 */ "packedPolicyTooLargeMessage\0"
        /*   1502 */ "policyDescriptorListType\0"
        /*   1527 */ "regionDisabledMessage\0"
        /*   1549 */ "roleDurationSecondsType\0"
        /*   1573 */ "roleSessionNameType\0"
        /*   1593 */ "serialNumberType\0"
        /*   1610 */ "sessionDurationEscalationException\0"
        /*   1645 */ "sessionPolicyDocumentType\0"
        /*   1671 */ "sourceIdentityType\0"
        /*   1690 */ "tagKeyListType\0"
        /*   1705 */ "tagKeyType\0"
        /*   1716 */ "tagListType\0"
        /*   1728 */ "tagValueType\0"
        /*   1741 */ "tokenCodeType\0"
        /*   1755 */ "tokenType\0"
        /*   1765 */ "unrestrictedSessionPolicyDocumentType\0"
        /*   1803 */ "urlType\0"
        /*   1811 */ "webIdentitySubjectType\0"
        /*   1834 */ "AssumeRole\0"
        /*   1845 */ "POST\0"
        /*   1850 */ "/\0"
        /*   1852 */ "AssumeRoleResult\0"
        /*   1869 */ "AssumeRoleWithWebIdentity\0"
        /*   1895 */ "AssumeRoleWithWebIdentityResult\0"
        /*   1927 */ "sts\0"
        /*   1931 */ "STS\0"
        /*   1935 */ "AWS Security Token Service\0"
        /*   1962 */ "2011-06-15\0"
        /*   1973 */ "https://sts.amazonaws.com/doc/2011-06-15/",
};

/* The descriptor programs use (<awsc/creds_sts.h>): the one in the tables. */
const struct awsc_service *awsc_creds_sts_service(void)
{
    return &T.service;
}

#undef RULES_REF
#undef RULES
#undef REF
#undef T
