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
    struct awsc_structure_shape structures[21];
    struct awsc_collection_shape collections[4];
    struct awsc_shape scalars[35];
    struct awsc_shape_traits traits[33];
    struct awsc_member members[53];
    struct awsc_range ranges[21];
    char strings[1049];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[1003];
#endif
};
extern const struct awsc__creds_sts_tables awsc__creds_sts_tables AWSC__HIDDEN;
#endif
/* RULES_REF(field, target): a reference inside the endpoint rule set's
 * part of the tables. */
#define RULES T.rules
#define RULES_REF(field, target) AWSC_REF(RULES.field, RULES.target)

const struct awsc__creds_sts_tables T = {
    .service = {
        .name_ref = REF(service.name_ref, strings[961]),
        .service_id_ref = REF(service.service_id_ref, strings[965]),
        .full_name_ref = REF(service.full_name_ref, strings[969]),
        .api_version_ref = REF(service.api_version_ref, strings[996]),
        .endpoint_prefix_ref = REF(service.endpoint_prefix_ref, strings[961]),
        .signing_name_ref = REF(service.signing_name_ref, strings[961]),
        .xml_namespace_ref = REF(service.xml_namespace_ref, strings[1007]),
        .env_name_ref = REF(service.env_name_ref, strings[965]),
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
            .name_ref = REF(operations[0].name_ref, strings[868]),
            .http_method_ref = REF(operations[0].http_method_ref, strings[879]),
            .request_uri_ref = REF(operations[0].request_uri_ref, strings[884]),
            .input_ref = REF(operations[0].input_ref, structures[0].shape),
            .output_ref = REF(operations[0].output_ref, structures[1].shape),
            .errors_ref = REF(operations[0].errors_ref, op_errors[0]),
            .service_ref = REF(operations[0].service_ref, service),
            .result_wrapper_ref = REF(operations[0].result_wrapper_ref, strings[886]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [1] = { /* AssumeRoleWithWebIdentity */
            .name_ref = REF(operations[1].name_ref, strings[903]),
            .http_method_ref = REF(operations[1].http_method_ref, strings[879]),
            .request_uri_ref = REF(operations[1].request_uri_ref, strings[884]),
            .input_ref = REF(operations[1].input_ref, structures[2].shape),
            .output_ref = REF(operations[1].output_ref, structures[3].shape),
            .errors_ref = REF(operations[1].errors_ref, op_errors[4]),
            .service_ref = REF(operations[1].service_ref, service),
            .result_wrapper_ref = REF(operations[1].result_wrapper_ref, strings[929]),
            .error_count = 7,
            .auth = AWSC_AUTH_NONE,
        },
    },
    /* each operation's modeled errors */
    .op_errors = {
        REF(op_errors[0], structures[6].shape),
        REF(op_errors[1], structures[13].shape),
        REF(op_errors[2], structures[15].shape),
        REF(op_errors[3], structures[18].shape),
        REF(op_errors[4], structures[6].shape),
        REF(op_errors[5], structures[8].shape),
        REF(op_errors[6], structures[9].shape),
        REF(op_errors[7], structures[11].shape),
        REF(op_errors[8], structures[13].shape),
        REF(op_errors[9], structures[15].shape),
        REF(op_errors[10], structures[18].shape),
    },
    /* every modeled error of the service, sorted by its code on the wire */
    .service_errors = {
        REF(service_errors[0], structures[6].shape),
        REF(service_errors[1], structures[7].shape),
        REF(service_errors[2], structures[8].shape),
        REF(service_errors[3], structures[9].shape),
        REF(service_errors[4], structures[10].shape),
        REF(service_errors[5], structures[11].shape),
        REF(service_errors[6], structures[12].shape),
        REF(service_errors[7], structures[13].shape),
        REF(service_errors[8], structures[14].shape),
        REF(service_errors[9], structures[15].shape),
        REF(service_errors[10], structures[18].shape),
        REF(service_errors[11], structures[19].shape),
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
    .structures = {
        [0] = { /* AssumeRoleRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[0].shape.name_ref, shape_names[0]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_creds_sts_assume_role_input),
            },
            .members_ref = REF(structures[0].members_ref, members[0]),
            .member_count = 12,
        },
        [1] = { /* AssumeRoleResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[1].shape.name_ref, shape_names[18]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_creds_sts_assume_role_output),
            },
            .members_ref = REF(structures[1].members_ref, members[12]),
            .member_count = 4,
        },
        [2] = { /* AssumeRoleWithWebIdentityRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[2].shape.name_ref, shape_names[37]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_creds_sts_assume_role_with_web_identity_input),
            },
            .members_ref = REF(structures[2].members_ref, members[16]),
            .member_count = 7,
        },
        [3] = { /* AssumeRoleWithWebIdentityResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[3].shape.name_ref, shape_names[70]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_creds_sts_assume_role_with_web_identity_output),
            },
            .members_ref = REF(structures[3].members_ref, members[23]),
            .member_count = 7,
        },
        [4] = { /* AssumedRoleUser */
            .shape = {
                .name_ref = SHAPE_NAME(structures[4].shape.name_ref, shape_names[104]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_creds_sts_assumed_role_user),
            },
            .members_ref = REF(structures[4].members_ref, members[30]),
            .member_count = 2,
        },
        [5] = { /* Credentials */
            .shape = {
                .name_ref = SHAPE_NAME(structures[5].shape.name_ref, shape_names[129]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_creds_sts_credentials),
            },
            .members_ref = REF(structures[5].members_ref, members[32]),
            .member_count = 4,
        },
        [6] = { /* ExpiredTokenException */
            .shape = {
                .name_ref = REF(structures[6].shape.name_ref, strings[336]),
                .traits_ref = REF(structures[6].shape.traits_ref, traits[0]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_creds_sts_expired_token_exception),
            },
            .members_ref = REF(structures[6].members_ref, members[36]),
            .member_count = 1,
        },
        [7] = { /* ExpiredTradeInTokenException */
            .shape = {
                .name_ref = REF(structures[7].shape.name_ref, strings[366]),
                .traits_ref = REF(structures[7].shape.traits_ref, traits[1]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_creds_sts_expired_trade_in_token_exception),
            },
            .members_ref = REF(structures[7].members_ref, members[37]),
            .member_count = 1,
        },
        [8] = { /* IDPCommunicationErrorException */
            .shape = {
                .name_ref = REF(structures[8].shape.name_ref, strings[395]),
                .traits_ref = REF(structures[8].shape.traits_ref, traits[2]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_creds_sts_idp_communication_error_exception),
            },
            .members_ref = REF(structures[8].members_ref, members[38]),
            .member_count = 1,
        },
        [9] = { /* IDPRejectedClaimException */
            .shape = {
                .name_ref = REF(structures[9].shape.name_ref, strings[448]),
                .traits_ref = REF(structures[9].shape.traits_ref, traits[3]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_creds_sts_idp_rejected_claim_exception),
            },
            .members_ref = REF(structures[9].members_ref, members[39]),
            .member_count = 1,
        },
        [10] = { /* InvalidAuthorizationMessageException */
            .shape = {
                .name_ref = REF(structures[10].shape.name_ref, strings[491]),
                .traits_ref = REF(structures[10].shape.traits_ref, traits[4]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_creds_sts_invalid_authorization_message_exception),
            },
            .members_ref = REF(structures[10].members_ref, members[40]),
            .member_count = 1,
        },
        [11] = { /* InvalidIdentityTokenException */
            .shape = {
                .name_ref = REF(structures[11].shape.name_ref, strings[528]),
                .traits_ref = REF(structures[11].shape.traits_ref, traits[5]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_creds_sts_invalid_identity_token_exception),
            },
            .members_ref = REF(structures[11].members_ref, members[41]),
            .member_count = 1,
        },
        [12] = { /* JWTPayloadSizeExceededException */
            .shape = {
                .name_ref = REF(structures[12].shape.name_ref, strings[579]),
                .traits_ref = REF(structures[12].shape.traits_ref, traits[6]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_creds_sts_jwt_payload_size_exceeded_exception),
            },
            .members_ref = REF(structures[12].members_ref, members[42]),
            .member_count = 1,
        },
        [13] = { /* MalformedPolicyDocumentException */
            .shape = {
                .name_ref = REF(structures[13].shape.name_ref, strings[611]),
                .traits_ref = REF(structures[13].shape.traits_ref, traits[7]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_creds_sts_malformed_policy_document_exception),
            },
            .members_ref = REF(structures[13].members_ref, members[43]),
            .member_count = 1,
        },
        [14] = { /* OutboundWebIdentityFederationDisabledException */
            .shape = {
                .name_ref = REF(structures[14].shape.name_ref, strings[668]),
                .traits_ref = REF(structures[14].shape.traits_ref, traits[8]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_creds_sts_outbound_web_identity_federation_disabled_exception),
            },
            .members_ref = REF(structures[14].members_ref, members[44]),
            .member_count = 1,
        },
        [15] = { /* PackedPolicyTooLargeException */
            .shape = {
                .name_ref = REF(structures[15].shape.name_ref, strings[715]),
                .traits_ref = REF(structures[15].shape.traits_ref, traits[9]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_creds_sts_packed_policy_too_large_exception),
            },
            .members_ref = REF(structures[15].members_ref, members[45]),
            .member_count = 1,
        },
        [16] = { /* PolicyDescriptorType */
            .shape = {
                .name_ref = SHAPE_NAME(structures[16].shape.name_ref, shape_names[148]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_creds_sts_policy_descriptor_type),
            },
            .members_ref = REF(structures[16].members_ref, members[46]),
            .member_count = 1,
        },
        [17] = { /* ProvidedContext */
            .shape = {
                .name_ref = SHAPE_NAME(structures[17].shape.name_ref, shape_names[169]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_creds_sts_provided_context),
            },
            .members_ref = REF(structures[17].members_ref, members[47]),
            .member_count = 2,
        },
        [18] = { /* RegionDisabledException */
            .shape = {
                .name_ref = REF(structures[18].shape.name_ref, strings[799]),
                .traits_ref = REF(structures[18].shape.traits_ref, traits[11]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_creds_sts_region_disabled_exception),
            },
            .members_ref = REF(structures[18].members_ref, members[49]),
            .member_count = 1,
        },
        [19] = { /* SessionDurationEscalationException */
            .shape = {
                .name_ref = REF(structures[19].shape.name_ref, strings[823]),
                .traits_ref = REF(structures[19].shape.traits_ref, traits[12]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_creds_sts_session_duration_escalation_exception),
            },
            .members_ref = REF(structures[19].members_ref, members[50]),
            .member_count = 1,
        },
        [20] = { /* Tag */
            .shape = {
                .name_ref = SHAPE_NAME(structures[20].shape.name_ref, shape_names[210]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_creds_sts_tag),
            },
            .members_ref = REF(structures[20].members_ref, members[51]),
            .member_count = 2,
        },
    },
    .collections = {
        [0] = { /* ProvidedContextsListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[0].shape.name_ref, shape_names[185]),
                .traits_ref = REF(collections[0].shape.traits_ref, traits[10]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_creds_sts_provided_contexts_list_type),
            },
            .item_ref = REF(collections[0].item_ref, structures[17].shape),
        },
        [1] = { /* policyDescriptorListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[1].shape.name_ref, shape_names[671]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_creds_sts_policy_descriptor_list_type),
            },
            .item_ref = REF(collections[1].item_ref, structures[16].shape),
        },
        [2] = { /* tagKeyListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[2].shape.name_ref, shape_names[859]),
                .traits_ref = REF(collections[2].shape.traits_ref, traits[25]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_creds_sts_tag_key_list_type),
            },
            .item_ref = REF(collections[2].item_ref, scalars[28]),
        },
        [3] = { /* tagListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[3].shape.name_ref, shape_names[885]),
                .traits_ref = REF(collections[3].shape.traits_ref, traits[27]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_creds_sts_tag_list_type),
            },
            .item_ref = REF(collections[3].item_ref, structures[20].shape),
        },
    },
    .scalars = {
        [0] = { /* Audience */
            .name_ref = SHAPE_NAME(scalars[0].name_ref, shape_names[120]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [1] = { /* Issuer */
            .name_ref = SHAPE_NAME(scalars[1].name_ref, shape_names[141]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [2] = { /* accessKeyIdType */
            .name_ref = SHAPE_NAME(scalars[2].name_ref, shape_names[214]),
            .traits_ref = REF(scalars[2].traits_ref, traits[13]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [3] = { /* accessKeySecretType */
            .name_ref = SHAPE_NAME(scalars[3].name_ref, shape_names[230]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [4] = { /* arnType */
            .name_ref = SHAPE_NAME(scalars[4].name_ref, shape_names[250]),
            .traits_ref = REF(scalars[4].traits_ref, traits[14]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [5] = { /* assumedRoleIdType */
            .name_ref = SHAPE_NAME(scalars[5].name_ref, shape_names[258]),
            .traits_ref = REF(scalars[5].traits_ref, traits[15]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [6] = { /* clientTokenType */
            .name_ref = SHAPE_NAME(scalars[6].name_ref, shape_names[276]),
            .traits_ref = REF(scalars[6].traits_ref, traits[16]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [7] = { /* contextAssertionType */
            .name_ref = SHAPE_NAME(scalars[7].name_ref, shape_names[292]),
            .traits_ref = REF(scalars[7].traits_ref, traits[17]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [8] = { /* dateType */
            .name_ref = SHAPE_NAME(scalars[8].name_ref, shape_names[313]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [9] = { /* expiredIdentityTokenMessage */
            .name_ref = SHAPE_NAME(scalars[9].name_ref, shape_names[322]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [10] = { /* expiredTradeInTokenExceptionMessage */
            .name_ref = SHAPE_NAME(scalars[10].name_ref, shape_names[350]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [11] = { /* externalIdType */
            .name_ref = SHAPE_NAME(scalars[11].name_ref, shape_names[386]),
            .traits_ref = REF(scalars[11].traits_ref, traits[18]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [12] = { /* idpCommunicationErrorMessage */
            .name_ref = SHAPE_NAME(scalars[12].name_ref, shape_names[401]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [13] = { /* idpRejectedClaimMessage */
            .name_ref = SHAPE_NAME(scalars[13].name_ref, shape_names[430]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [14] = { /* invalidAuthorizationMessage */
            .name_ref = SHAPE_NAME(scalars[14].name_ref, shape_names[454]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [15] = { /* invalidIdentityTokenMessage */
            .name_ref = SHAPE_NAME(scalars[15].name_ref, shape_names[482]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [16] = { /* jwtPayloadSizeExceededException */
            .name_ref = SHAPE_NAME(scalars[16].name_ref, shape_names[510]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [17] = { /* malformedPolicyDocumentMessage */
            .name_ref = SHAPE_NAME(scalars[17].name_ref, shape_names[542]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [18] = { /* nonNegativeIntegerType */
            .name_ref = SHAPE_NAME(scalars[18].name_ref, shape_names[573]),
            .traits_ref = REF(scalars[18].traits_ref, traits[19]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [19] = { /* outboundWebIdentityFederationDisabledException */
            .name_ref = SHAPE_NAME(scalars[19].name_ref, shape_names[596]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [20] = { /* packedPolicyTooLargeMessage */
            .name_ref = SHAPE_NAME(scalars[20].name_ref, shape_names[643]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [21] = { /* regionDisabledMessage */
            .name_ref = SHAPE_NAME(scalars[21].name_ref, shape_names[696]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [22] = { /* roleDurationSecondsType */
            .name_ref = SHAPE_NAME(scalars[22].name_ref, shape_names[718]),
            .traits_ref = REF(scalars[22].traits_ref, traits[20]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [23] = { /* roleSessionNameType */
            .name_ref = SHAPE_NAME(scalars[23].name_ref, shape_names[742]),
            .traits_ref = REF(scalars[23].traits_ref, traits[21]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [24] = { /* serialNumberType */
            .name_ref = SHAPE_NAME(scalars[24].name_ref, shape_names[762]),
            .traits_ref = REF(scalars[24].traits_ref, traits[22]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [25] = { /* sessionDurationEscalationException */
            .name_ref = SHAPE_NAME(scalars[25].name_ref, shape_names[779]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [26] = { /* sessionPolicyDocumentType */
            .name_ref = SHAPE_NAME(scalars[26].name_ref, shape_names[814]),
            .traits_ref = REF(scalars[26].traits_ref, traits[23]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [27] = { /* sourceIdentityType */
            .name_ref = SHAPE_NAME(scalars[27].name_ref, shape_names[840]),
            .traits_ref = REF(scalars[27].traits_ref, traits[24]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [28] = { /* tagKeyType */
            .name_ref = SHAPE_NAME(scalars[28].name_ref, shape_names[874]),
            .traits_ref = REF(scalars[28].traits_ref, traits[26]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [29] = { /* tagValueType */
            .name_ref = SHAPE_NAME(scalars[29].name_ref, shape_names[897]),
            .traits_ref = REF(scalars[29].traits_ref, traits[28]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [30] = { /* tokenCodeType */
            .name_ref = SHAPE_NAME(scalars[30].name_ref, shape_names[910]),
            .traits_ref = REF(scalars[30].traits_ref, traits[29]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [31] = { /* tokenType */
            .name_ref = SHAPE_NAME(scalars[31].name_ref, shape_names[924]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [32] = { /* unrestrictedSessionPolicyDocumentType */
            .name_ref = SHAPE_NAME(scalars[32].name_ref, shape_names[934]),
            .traits_ref = REF(scalars[32].traits_ref, traits[30]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [33] = { /* urlType */
            .name_ref = SHAPE_NAME(scalars[33].name_ref, shape_names[972]),
            .traits_ref = REF(scalars[33].traits_ref, traits[31]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [34] = { /* webIdentitySubjectType */
            .name_ref = SHAPE_NAME(scalars[34].name_ref, shape_names[980]),
            .traits_ref = REF(scalars[34].traits_ref, traits[32]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
    },
    /* the shapes' rarer traits: ranges, XML names and namespaces, payload
     * members, errors' codes and statuses, sinks */
    .traits = {
        [0] = { /* ExpiredTokenException */
            .error_code_ref = REF(traits[0].error_code_ref, strings[336]),
            .http_status = 400,
        },
        [1] = { /* ExpiredTradeInTokenException */
            .error_code_ref = REF(traits[1].error_code_ref, strings[366]),
            .http_status = 400,
        },
        [2] = { /* IDPCommunicationErrorException */
            .error_code_ref = REF(traits[2].error_code_ref, strings[426]),
            .http_status = 400,
        },
        [3] = { /* IDPRejectedClaimException */
            .error_code_ref = REF(traits[3].error_code_ref, strings[474]),
            .http_status = 403,
        },
        [4] = { /* InvalidAuthorizationMessageException */
            .error_code_ref = REF(traits[4].error_code_ref, strings[491]),
            .http_status = 400,
        },
        [5] = { /* InvalidIdentityTokenException */
            .error_code_ref = REF(traits[5].error_code_ref, strings[558]),
            .http_status = 400,
        },
        [6] = { /* JWTPayloadSizeExceededException */
            .error_code_ref = REF(traits[6].error_code_ref, strings[579]),
            .http_status = 400,
        },
        [7] = { /* MalformedPolicyDocumentException */
            .error_code_ref = REF(traits[7].error_code_ref, strings[644]),
            .http_status = 400,
        },
        [8] = { /* OutboundWebIdentityFederationDisabledException */
            .error_code_ref = REF(traits[8].error_code_ref, strings[668]),
            .http_status = 403,
        },
        [9] = { /* PackedPolicyTooLargeException */
            .error_code_ref = REF(traits[9].error_code_ref, strings[745]),
            .http_status = 400,
        },
        [10] = { /* ProvidedContextsListType */
            .range_ref = REF(traits[10].range_ref, ranges[0]),
        },
        [11] = { /* RegionDisabledException */
            .error_code_ref = REF(traits[11].error_code_ref, strings[799]),
            .http_status = 403,
        },
        [12] = { /* SessionDurationEscalationException */
            .error_code_ref = REF(traits[12].error_code_ref, strings[823]),
            .http_status = 403,
        },
        [13] = { /* accessKeyIdType */
            .range_ref = REF(traits[13].range_ref, ranges[1]),
        },
        [14] = { /* arnType */
            .range_ref = REF(traits[14].range_ref, ranges[2]),
        },
        [15] = { /* assumedRoleIdType */
            .range_ref = REF(traits[15].range_ref, ranges[3]),
        },
        [16] = { /* clientTokenType */
            .range_ref = REF(traits[16].range_ref, ranges[4]),
        },
        [17] = { /* contextAssertionType */
            .range_ref = REF(traits[17].range_ref, ranges[5]),
        },
        [18] = { /* externalIdType */
            .range_ref = REF(traits[18].range_ref, ranges[6]),
        },
        [19] = { /* nonNegativeIntegerType */
            .range_ref = REF(traits[19].range_ref, ranges[7]),
        },
        [20] = { /* roleDurationSecondsType */
            .range_ref = REF(traits[20].range_ref, ranges[8]),
        },
        [21] = { /* roleSessionNameType */
            .range_ref = REF(traits[21].range_ref, ranges[9]),
        },
        [22] = { /* serialNumberType */
            .range_ref = REF(traits[22].range_ref, ranges[10]),
        },
        [23] = { /* sessionPolicyDocumentType */
            .range_ref = REF(traits[23].range_ref, ranges[11]),
        },
        [24] = { /* sourceIdentityType */
            .range_ref = REF(traits[24].range_ref, ranges[12]),
        },
        [25] = { /* tagKeyListType */
            .range_ref = REF(traits[25].range_ref, ranges[13]),
        },
        [26] = { /* tagKeyType */
            .range_ref = REF(traits[26].range_ref, ranges[14]),
        },
        [27] = { /* tagListType */
            .range_ref = REF(traits[27].range_ref, ranges[15]),
        },
        [28] = { /* tagValueType */
            .range_ref = REF(traits[28].range_ref, ranges[16]),
        },
        [29] = { /* tokenCodeType */
            .range_ref = REF(traits[29].range_ref, ranges[17]),
        },
        [30] = { /* unrestrictedSessionPolicyDocumentType */
            .range_ref = REF(traits[30].range_ref, ranges[18]),
        },
        [31] = { /* urlType */
            .range_ref = REF(traits[31].range_ref, ranges[19]),
        },
        [32] = { /* webIdentitySubjectType */
            .range_ref = REF(traits[32].range_ref, ranges[20]),
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * location, timestamp format, shape, has_ flag (how far before the
     * value), offset (of the C member), flags */
    .members = {
        [0] = {MREF(0, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(0, scalars[4]), 0, offsetof(struct awsc_creds_sts_assume_role_input, role_arn), AWSC_MF_REQUIRED}, /* AssumeRoleRequest.RoleArn: arnType */
        [1] = {MREF(1, strings[8]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1, scalars[23]), 0, offsetof(struct awsc_creds_sts_assume_role_input, role_session_name), AWSC_MF_REQUIRED}, /* AssumeRoleRequest.RoleSessionName: roleSessionNameType */
        [2] = {MREF(2, strings[24]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(2, collections[1].shape), 0, offsetof(struct awsc_creds_sts_assume_role_input, policy_arns), 0}, /* AssumeRoleRequest.PolicyArns: policyDescriptorListType */
        [3] = {MREF(3, strings[35]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(3, scalars[32]), 0, offsetof(struct awsc_creds_sts_assume_role_input, policy), 0}, /* AssumeRoleRequest.Policy: unrestrictedSessionPolicyDocumentType */
        [4] = {MREF(4, strings[42]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(4, scalars[22]), AWSC_MEMBER_HAS(struct awsc_creds_sts_assume_role_input, duration_seconds, has_duration_seconds), offsetof(struct awsc_creds_sts_assume_role_input, duration_seconds), 0}, /* AssumeRoleRequest.DurationSeconds: roleDurationSecondsType */
        [5] = {MREF(5, strings[58]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(5, collections[3].shape), 0, offsetof(struct awsc_creds_sts_assume_role_input, tags), 0}, /* AssumeRoleRequest.Tags: tagListType */
        [6] = {MREF(6, strings[63]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(6, collections[2].shape), 0, offsetof(struct awsc_creds_sts_assume_role_input, transitive_tag_keys), 0}, /* AssumeRoleRequest.TransitiveTagKeys: tagKeyListType */
        [7] = {MREF(7, strings[81]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(7, scalars[11]), 0, offsetof(struct awsc_creds_sts_assume_role_input, external_id), 0}, /* AssumeRoleRequest.ExternalId: externalIdType */
        [8] = {MREF(8, strings[92]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(8, scalars[24]), 0, offsetof(struct awsc_creds_sts_assume_role_input, serial_number), 0}, /* AssumeRoleRequest.SerialNumber: serialNumberType */
        [9] = {MREF(9, strings[105]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(9, scalars[30]), 0, offsetof(struct awsc_creds_sts_assume_role_input, token_code), 0}, /* AssumeRoleRequest.TokenCode: tokenCodeType */
        [10] = {MREF(10, strings[115]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(10, scalars[27]), 0, offsetof(struct awsc_creds_sts_assume_role_input, source_identity), 0}, /* AssumeRoleRequest.SourceIdentity: sourceIdentityType */
        [11] = {MREF(11, strings[130]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(11, collections[0].shape), 0, offsetof(struct awsc_creds_sts_assume_role_input, provided_contexts), 0}, /* AssumeRoleRequest.ProvidedContexts: ProvidedContextsListType */
        [12] = {MREF(12, strings[147]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(12, structures[5].shape), 0, offsetof(struct awsc_creds_sts_assume_role_output, credentials), 0}, /* AssumeRoleResponse.Credentials: Credentials */
        [13] = {MREF(13, strings[159]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(13, structures[4].shape), 0, offsetof(struct awsc_creds_sts_assume_role_output, assumed_role_user), 0}, /* AssumeRoleResponse.AssumedRoleUser: AssumedRoleUser */
        [14] = {MREF(14, strings[175]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(14, scalars[18]), AWSC_MEMBER_HAS(struct awsc_creds_sts_assume_role_output, packed_policy_size, has_packed_policy_size), offsetof(struct awsc_creds_sts_assume_role_output, packed_policy_size), 0}, /* AssumeRoleResponse.PackedPolicySize: nonNegativeIntegerType */
        [15] = {MREF(15, strings[115]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(15, scalars[27]), 0, offsetof(struct awsc_creds_sts_assume_role_output, source_identity), 0}, /* AssumeRoleResponse.SourceIdentity: sourceIdentityType */
        [16] = {MREF(16, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(16, scalars[4]), 0, offsetof(struct awsc_creds_sts_assume_role_with_web_identity_input, role_arn), AWSC_MF_REQUIRED}, /* AssumeRoleWithWebIdentityRequest.RoleArn: arnType */
        [17] = {MREF(17, strings[8]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(17, scalars[23]), 0, offsetof(struct awsc_creds_sts_assume_role_with_web_identity_input, role_session_name), AWSC_MF_REQUIRED}, /* AssumeRoleWithWebIdentityRequest.RoleSessionName: roleSessionNameType */
        [18] = {MREF(18, strings[192]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(18, scalars[6]), 0, offsetof(struct awsc_creds_sts_assume_role_with_web_identity_input, web_identity_token), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE}, /* AssumeRoleWithWebIdentityRequest.WebIdentityToken: clientTokenType */
        [19] = {MREF(19, strings[209]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(19, scalars[33]), 0, offsetof(struct awsc_creds_sts_assume_role_with_web_identity_input, provider_id), 0}, /* AssumeRoleWithWebIdentityRequest.ProviderId: urlType */
        [20] = {MREF(20, strings[24]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(20, collections[1].shape), 0, offsetof(struct awsc_creds_sts_assume_role_with_web_identity_input, policy_arns), 0}, /* AssumeRoleWithWebIdentityRequest.PolicyArns: policyDescriptorListType */
        [21] = {MREF(21, strings[35]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(21, scalars[26]), 0, offsetof(struct awsc_creds_sts_assume_role_with_web_identity_input, policy), 0}, /* AssumeRoleWithWebIdentityRequest.Policy: sessionPolicyDocumentType */
        [22] = {MREF(22, strings[42]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(22, scalars[22]), AWSC_MEMBER_HAS(struct awsc_creds_sts_assume_role_with_web_identity_input, duration_seconds, has_duration_seconds), offsetof(struct awsc_creds_sts_assume_role_with_web_identity_input, duration_seconds), 0}, /* AssumeRoleWithWebIdentityRequest.DurationSeconds: roleDurationSecondsType */
        [23] = {MREF(23, strings[147]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(23, structures[5].shape), 0, offsetof(struct awsc_creds_sts_assume_role_with_web_identity_output, credentials), 0}, /* AssumeRoleWithWebIdentityResponse.Credentials: Credentials */
        [24] = {MREF(24, strings[220]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(24, scalars[34]), 0, offsetof(struct awsc_creds_sts_assume_role_with_web_identity_output, subject_from_web_identity_token), 0}, /* AssumeRoleWithWebIdentityResponse.SubjectFromWebIdentityToken: webIdentitySubjectType */
        [25] = {MREF(25, strings[159]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(25, structures[4].shape), 0, offsetof(struct awsc_creds_sts_assume_role_with_web_identity_output, assumed_role_user), 0}, /* AssumeRoleWithWebIdentityResponse.AssumedRoleUser: AssumedRoleUser */
        [26] = {MREF(26, strings[175]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(26, scalars[18]), AWSC_MEMBER_HAS(struct awsc_creds_sts_assume_role_with_web_identity_output, packed_policy_size, has_packed_policy_size), offsetof(struct awsc_creds_sts_assume_role_with_web_identity_output, packed_policy_size), 0}, /* AssumeRoleWithWebIdentityResponse.PackedPolicySize: nonNegativeIntegerType */
        [27] = {MREF(27, strings[248]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(27, scalars[1]), 0, offsetof(struct awsc_creds_sts_assume_role_with_web_identity_output, provider), 0}, /* AssumeRoleWithWebIdentityResponse.Provider: Issuer */
        [28] = {MREF(28, strings[257]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(28, scalars[0]), 0, offsetof(struct awsc_creds_sts_assume_role_with_web_identity_output, audience), 0}, /* AssumeRoleWithWebIdentityResponse.Audience: Audience */
        [29] = {MREF(29, strings[115]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(29, scalars[27]), 0, offsetof(struct awsc_creds_sts_assume_role_with_web_identity_output, source_identity), 0}, /* AssumeRoleWithWebIdentityResponse.SourceIdentity: sourceIdentityType */
        [30] = {MREF(30, strings[266]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(30, scalars[5]), 0, offsetof(struct awsc_creds_sts_assumed_role_user, assumed_role_id), AWSC_MF_REQUIRED}, /* AssumedRoleUser.AssumedRoleId: assumedRoleIdType */
        [31] = {MREF(31, strings[280]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(31, scalars[4]), 0, offsetof(struct awsc_creds_sts_assumed_role_user, arn), AWSC_MF_REQUIRED}, /* AssumedRoleUser.Arn: arnType */
        [32] = {MREF(32, strings[284]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(32, scalars[2]), 0, offsetof(struct awsc_creds_sts_credentials, access_key_id), AWSC_MF_REQUIRED}, /* Credentials.AccessKeyId: accessKeyIdType */
        [33] = {MREF(33, strings[296]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(33, scalars[3]), 0, offsetof(struct awsc_creds_sts_credentials, secret_access_key), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE}, /* Credentials.SecretAccessKey: accessKeySecretType */
        [34] = {MREF(34, strings[312]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(34, scalars[31]), 0, offsetof(struct awsc_creds_sts_credentials, session_token), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE}, /* Credentials.SessionToken: tokenType */
        [35] = {MREF(35, strings[325]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(35, scalars[8]), AWSC_MEMBER_HAS(struct awsc_creds_sts_credentials, expiration, has_expiration), offsetof(struct awsc_creds_sts_credentials, expiration), AWSC_MF_REQUIRED}, /* Credentials.Expiration: dateType */
        [36] = {MREF(36, strings[358]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(36, scalars[9]), 0, offsetof(struct awsc_creds_sts_expired_token_exception, message), 0}, /* ExpiredTokenException.message: expiredIdentityTokenMessage */
        [37] = {MREF(37, strings[358]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(37, scalars[10]), 0, offsetof(struct awsc_creds_sts_expired_trade_in_token_exception, message), 0}, /* ExpiredTradeInTokenException.message: expiredTradeInTokenExceptionMessage */
        [38] = {MREF(38, strings[358]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(38, scalars[12]), 0, offsetof(struct awsc_creds_sts_idp_communication_error_exception, message), 0}, /* IDPCommunicationErrorException.message: idpCommunicationErrorMessage */
        [39] = {MREF(39, strings[358]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(39, scalars[13]), 0, offsetof(struct awsc_creds_sts_idp_rejected_claim_exception, message), 0}, /* IDPRejectedClaimException.message: idpRejectedClaimMessage */
        [40] = {MREF(40, strings[358]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(40, scalars[14]), 0, offsetof(struct awsc_creds_sts_invalid_authorization_message_exception, message), 0}, /* InvalidAuthorizationMessageException.message: invalidAuthorizationMessage */
        [41] = {MREF(41, strings[358]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(41, scalars[15]), 0, offsetof(struct awsc_creds_sts_invalid_identity_token_exception, message), 0}, /* InvalidIdentityTokenException.message: invalidIdentityTokenMessage */
        [42] = {MREF(42, strings[358]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(42, scalars[16]), 0, offsetof(struct awsc_creds_sts_jwt_payload_size_exceeded_exception, message), 0}, /* JWTPayloadSizeExceededException.message: jwtPayloadSizeExceededException */
        [43] = {MREF(43, strings[358]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(43, scalars[17]), 0, offsetof(struct awsc_creds_sts_malformed_policy_document_exception, message), 0}, /* MalformedPolicyDocumentException.message: malformedPolicyDocumentMessage */
        [44] = {MREF(44, strings[358]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(44, scalars[19]), 0, offsetof(struct awsc_creds_sts_outbound_web_identity_federation_disabled_exception, message), 0}, /* OutboundWebIdentityFederationDisabledException.message: outboundWebIdentityFederationDisabledException */
        [45] = {MREF(45, strings[358]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(45, scalars[20]), 0, offsetof(struct awsc_creds_sts_packed_policy_too_large_exception, message), 0}, /* PackedPolicyTooLargeException.message: packedPolicyTooLargeMessage */
        [46] = {MREF(46, strings[766]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(46, scalars[4]), 0, offsetof(struct awsc_creds_sts_policy_descriptor_type, arn), 0}, /* PolicyDescriptorType.arn: arnType */
        [47] = {MREF(47, strings[770]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(47, scalars[4]), 0, offsetof(struct awsc_creds_sts_provided_context, provider_arn), 0}, /* ProvidedContext.ProviderArn: arnType */
        [48] = {MREF(48, strings[782]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(48, scalars[7]), 0, offsetof(struct awsc_creds_sts_provided_context, context_assertion), 0}, /* ProvidedContext.ContextAssertion: contextAssertionType */
        [49] = {MREF(49, strings[358]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(49, scalars[21]), 0, offsetof(struct awsc_creds_sts_region_disabled_exception, message), 0}, /* RegionDisabledException.message: regionDisabledMessage */
        [50] = {MREF(50, strings[358]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(50, scalars[25]), 0, offsetof(struct awsc_creds_sts_session_duration_escalation_exception, message), 0}, /* SessionDurationEscalationException.message: sessionDurationEscalationException */
        [51] = {MREF(51, strings[858]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(51, scalars[28]), 0, offsetof(struct awsc_creds_sts_tag, key), AWSC_MF_REQUIRED}, /* Tag.Key: tagKeyType */
        [52] = {MREF(52, strings[862]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(52, scalars[29]), 0, offsetof(struct awsc_creds_sts_tag, value), AWSC_MF_REQUIRED}, /* Tag.Value: tagValueType */
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
        /*      0 */ "RoleArn\0"
        /*      8 */ "RoleSessionName\0"
        /*     24 */ "PolicyArns\0"
        /*     35 */ "Policy\0"
        /*     42 */ "DurationSeconds\0"
        /*     58 */ "Tags\0"
        /*     63 */ "TransitiveTagKeys\0"
        /*     81 */ "ExternalId\0"
        /*     92 */ "SerialNumber\0"
        /*    105 */ "TokenCode\0"
        /*    115 */ "SourceIdentity\0"
        /*    130 */ "ProvidedContexts\0"
        /*    147 */ "Credentials\0"
        /*    159 */ "AssumedRoleUser\0"
        /*    175 */ "PackedPolicySize\0"
        /*    192 */ "WebIdentityToken\0"
        /*    209 */ "ProviderId\0"
        /*    220 */ "SubjectFromWebIdentityToken\0"
        /*    248 */ "Provider\0"
        /*    257 */ "Audience\0"
        /*    266 */ "AssumedRoleId\0"
        /*    280 */ "Arn\0"
        /*    284 */ "AccessKeyId\0"
        /*    296 */ "SecretAccessKey\0"
        /*    312 */ "SessionToken\0"
        /*    325 */ "Expiration\0"
        /*    336 */ "ExpiredTokenException\0"
        /*    358 */ "message\0"
        /*    366 */ "ExpiredTradeInTokenException\0"
        /*    395 */ "IDPCommunicationErrorException\0"
        /*    426 */ "IDPCommunicationError\0"
        /*    448 */ "IDPRejectedClaimException\0"
        /*    474 */ "IDPRejectedClaim\0"
        /*    491 */ "InvalidAuthorizationMessageException\0"
        /*    528 */ "InvalidIdentityTokenException\0"
        /*    558 */ "InvalidIdentityToken\0"
        /*    579 */ "JWTPayloadSizeExceededException\0"
        /*    611 */ "MalformedPolicyDocumentException\0"
        /*    644 */ "MalformedPolicyDocument\0"
        /*    668 */ "OutboundWebIdentityFederationDisabledException\0"
        /*    715 */ "PackedPolicyTooLargeException\0"
        /*    745 */ "PackedPolicyTooLarge\0"
        /*    766 */ "arn\0"
        /*    770 */ "ProviderArn\0"
        /*    782 */ "ContextAssertion\0"
        /*    799 */ "RegionDisabledException\0"
        /*    823 */ "SessionDurationEscalationException\0"
        /*    858 */ "Key\0"
        /*    862 */ "Value\0"
        /*    868 */ "AssumeRole\0"
        /*    879 */ "POST\0"
        /*    884 */ "/\0"
        /*    886 */ "AssumeRoleResult\0"
        /*    903 */ "AssumeRoleWithWebIdentity\0"
        /*    929 */ "AssumeRoleWithWebIdentityResult\0"
        /*    961 */ "sts\0"
        /*    965 */ "STS\0"
        /*    969 */ "AWS Security Token Service\0"
        /*    996 */ "2011-06-15\0"
        /*   1007 */ "https://sts.amazonaws.com/doc/2011-06-15/",
#if AWSC_WITH_SHAPE_NAMES
    .shape_names =
        /*      0 */ "AssumeRoleRequest\0"
        /*     18 */ "AssumeRoleResponse\0"
        /*     37 */ "AssumeRoleWithWebIdentityRequest\0"
        /*     70 */ "AssumeRoleWithWebIdentityResponse\0"
        /*    104 */ "AssumedRoleUser\0"
        /*    120 */ "Audience\0"
        /*    129 */ "Credentials\0"
        /*    141 */ "Issuer\0"
        /*    148 */ "PolicyDescriptorType\0"
        /*    169 */ "ProvidedContext\0"
        /*    185 */ "ProvidedContextsListType\0"
        /*    210 */ "Tag\0"
        /*    214 */ "accessKeyIdType\0"
        /*    230 */ "accessKeySecretType\0"
        /*    250 */ "arnType\0"
        /*    258 */ "assumedRoleIdType\0"
        /*    276 */ "clientTokenType\0"
        /*    292 */ "contextAssertionType\0"
        /*    313 */ "dateType\0"
        /*    322 */ "expiredIdentityTokenMessage\0"
        /*    350 */ "expiredTradeInTokenExceptionMessage\0"
        /*    386 */ "externalIdType\0"
        /*    401 */ "idpCommunicationErrorMessage\0"
        /*    430 */ "idpRejectedClaimMessage\0"
        /*    454 */ "invalidAuthorizationMessage\0"
        /*    482 */ "invalidIdentityTokenMessage\0"
        /*    510 */ "jwtPayloadSizeExceededException\0"
        /*    542 */ "malformedPolicyDocumentMessage\0"
        /*    573 */ "nonNegativeIntegerType\0"
        /*    596 */ "outboundWebIdentityFederationDisabledException\0"
        /*    643 */ "packedPolicyTooLargeMessage\0"
        /*    671 */ "policyDescriptorListType\0"
        /*    696 */ "regionDisabledMessage\0"
        /*    718 */ "roleDurationSecondsType\0"
        /*    742 */ "roleSessionNameType\0"
        /*    762 */ "serialNumberType\0"
        /*    779 */ "sessionDurationEscalationException\0"
        /*    814 */ "sessionPolicyDocumentType\0"
        /*    840 */ "sourceIdentityType\0"
        /*    859 */ "tagKeyListType\0"
        /*    874 */ "tagKeyType\0"
        /*    885 */ "tagListType\0"
        /*    897 */ "tagValueType\0"
        /*    910 */ "tokenCodeType\0"
        /*    924 */ "tokenType\0"
        /*    934 */ "unrestrictedSessionPolicyDocumentType\0"
        /*    972 */ "urlType\0"
        /*    980 */ "webIdentitySubjectType",
#endif
};

/* The descriptor programs use (<awsc/creds_sts.h>): the one in the tables. */
const struct awsc_service *awsc_creds_sts_service(void)
{
    return &T.service;
}

#undef RULES_REF
#undef RULES
#undef SHAPE_NAME
#undef MREF
#undef REF
#undef T
