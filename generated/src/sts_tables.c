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
    struct awsc_structure_shape structures[40];
    struct awsc_collection_shape collections[5];
    struct awsc_shape scalars[53];
    struct awsc_shape_traits traits[44];
    struct awsc_member members[104];
    struct awsc_range ranges[32];
    char strings[1670];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[1859];
#endif
};
extern const struct awsc__sts_tables awsc__sts_tables AWSC__HIDDEN;
#endif
/* RULES_REF(field, target): a reference inside the endpoint rule set's
 * part of the tables. */
#define RULES T.rules
#define RULES_REF(field, target) AWSC_REF(RULES.field, RULES.target)

const struct awsc__sts_tables T = {
    .service = {
        .name_ref = REF(service.name_ref, strings[1582]),
        .service_id_ref = REF(service.service_id_ref, strings[1586]),
        .full_name_ref = REF(service.full_name_ref, strings[1590]),
        .api_version_ref = REF(service.api_version_ref, strings[1617]),
        .endpoint_prefix_ref = REF(service.endpoint_prefix_ref, strings[1582]),
        .signing_name_ref = REF(service.signing_name_ref, strings[1582]),
        .xml_namespace_ref = REF(service.xml_namespace_ref, strings[1628]),
        .env_name_ref = REF(service.env_name_ref, strings[1586]),
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
            .name_ref = REF(operations[0].name_ref, strings[1093]),
            .http_method_ref = REF(operations[0].http_method_ref, strings[1104]),
            .request_uri_ref = REF(operations[0].request_uri_ref, strings[1109]),
            .input_ref = REF(operations[0].input_ref, structures[0].shape),
            .output_ref = REF(operations[0].output_ref, structures[1].shape),
            .errors_ref = REF(operations[0].errors_ref, op_errors[0]),
            .service_ref = REF(operations[0].service_ref, service),
            .result_wrapper_ref = REF(operations[0].result_wrapper_ref, strings[1111]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [1] = { /* AssumeRoleWithSAML */
            .name_ref = REF(operations[1].name_ref, strings[1128]),
            .http_method_ref = REF(operations[1].http_method_ref, strings[1104]),
            .request_uri_ref = REF(operations[1].request_uri_ref, strings[1109]),
            .input_ref = REF(operations[1].input_ref, structures[2].shape),
            .output_ref = REF(operations[1].output_ref, structures[3].shape),
            .errors_ref = REF(operations[1].errors_ref, op_errors[4]),
            .service_ref = REF(operations[1].service_ref, service),
            .result_wrapper_ref = REF(operations[1].result_wrapper_ref, strings[1147]),
            .error_count = 6,
            .auth = AWSC_AUTH_NONE,
        },
        [2] = { /* AssumeRoleWithWebIdentity */
            .name_ref = REF(operations[2].name_ref, strings[1172]),
            .http_method_ref = REF(operations[2].http_method_ref, strings[1104]),
            .request_uri_ref = REF(operations[2].request_uri_ref, strings[1109]),
            .input_ref = REF(operations[2].input_ref, structures[4].shape),
            .output_ref = REF(operations[2].output_ref, structures[5].shape),
            .errors_ref = REF(operations[2].errors_ref, op_errors[10]),
            .service_ref = REF(operations[2].service_ref, service),
            .result_wrapper_ref = REF(operations[2].result_wrapper_ref, strings[1198]),
            .error_count = 7,
            .auth = AWSC_AUTH_NONE,
        },
        [3] = { /* AssumeRoot */
            .name_ref = REF(operations[3].name_ref, strings[1230]),
            .http_method_ref = REF(operations[3].http_method_ref, strings[1104]),
            .request_uri_ref = REF(operations[3].request_uri_ref, strings[1109]),
            .input_ref = REF(operations[3].input_ref, structures[6].shape),
            .output_ref = REF(operations[3].output_ref, structures[7].shape),
            .errors_ref = REF(operations[3].errors_ref, op_errors[17]),
            .service_ref = REF(operations[3].service_ref, service),
            .result_wrapper_ref = REF(operations[3].result_wrapper_ref, strings[1241]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [4] = { /* DecodeAuthorizationMessage */
            .name_ref = REF(operations[4].name_ref, strings[1258]),
            .http_method_ref = REF(operations[4].http_method_ref, strings[1104]),
            .request_uri_ref = REF(operations[4].request_uri_ref, strings[1109]),
            .input_ref = REF(operations[4].input_ref, structures[10].shape),
            .output_ref = REF(operations[4].output_ref, structures[11].shape),
            .errors_ref = REF(operations[4].errors_ref, op_errors[19]),
            .service_ref = REF(operations[4].service_ref, service),
            .result_wrapper_ref = REF(operations[4].result_wrapper_ref, strings[1285]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [5] = { /* GetAccessKeyInfo */
            .name_ref = REF(operations[5].name_ref, strings[1318]),
            .http_method_ref = REF(operations[5].http_method_ref, strings[1104]),
            .request_uri_ref = REF(operations[5].request_uri_ref, strings[1109]),
            .input_ref = REF(operations[5].input_ref, structures[15].shape),
            .output_ref = REF(operations[5].output_ref, structures[16].shape),
            .service_ref = REF(operations[5].service_ref, service),
            .result_wrapper_ref = REF(operations[5].result_wrapper_ref, strings[1335]),
            .auth = AWSC_AUTH_SIGV4,
        },
        [6] = { /* GetCallerIdentity */
            .name_ref = REF(operations[6].name_ref, strings[1358]),
            .http_method_ref = REF(operations[6].http_method_ref, strings[1104]),
            .request_uri_ref = REF(operations[6].request_uri_ref, strings[1109]),
            .input_ref = REF(operations[6].input_ref, structures[17].shape),
            .output_ref = REF(operations[6].output_ref, structures[18].shape),
            .service_ref = REF(operations[6].service_ref, service),
            .result_wrapper_ref = REF(operations[6].result_wrapper_ref, strings[1376]),
            .auth = AWSC_AUTH_SIGV4,
        },
        [7] = { /* GetDelegatedAccessToken */
            .name_ref = REF(operations[7].name_ref, strings[1400]),
            .http_method_ref = REF(operations[7].http_method_ref, strings[1104]),
            .request_uri_ref = REF(operations[7].request_uri_ref, strings[1109]),
            .input_ref = REF(operations[7].input_ref, structures[19].shape),
            .output_ref = REF(operations[7].output_ref, structures[20].shape),
            .errors_ref = REF(operations[7].errors_ref, op_errors[20]),
            .service_ref = REF(operations[7].service_ref, service),
            .result_wrapper_ref = REF(operations[7].result_wrapper_ref, strings[1424]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [8] = { /* GetFederationToken */
            .name_ref = REF(operations[8].name_ref, strings[1454]),
            .http_method_ref = REF(operations[8].http_method_ref, strings[1104]),
            .request_uri_ref = REF(operations[8].request_uri_ref, strings[1109]),
            .input_ref = REF(operations[8].input_ref, structures[21].shape),
            .output_ref = REF(operations[8].output_ref, structures[22].shape),
            .errors_ref = REF(operations[8].errors_ref, op_errors[23]),
            .service_ref = REF(operations[8].service_ref, service),
            .result_wrapper_ref = REF(operations[8].result_wrapper_ref, strings[1473]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [9] = { /* GetSessionToken */
            .name_ref = REF(operations[9].name_ref, strings[1498]),
            .http_method_ref = REF(operations[9].http_method_ref, strings[1104]),
            .request_uri_ref = REF(operations[9].request_uri_ref, strings[1109]),
            .input_ref = REF(operations[9].input_ref, structures[23].shape),
            .output_ref = REF(operations[9].output_ref, structures[24].shape),
            .errors_ref = REF(operations[9].errors_ref, op_errors[26]),
            .service_ref = REF(operations[9].service_ref, service),
            .result_wrapper_ref = REF(operations[9].result_wrapper_ref, strings[1514]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [10] = { /* GetWebIdentityToken */
            .name_ref = REF(operations[10].name_ref, strings[1536]),
            .http_method_ref = REF(operations[10].http_method_ref, strings[1104]),
            .request_uri_ref = REF(operations[10].request_uri_ref, strings[1109]),
            .input_ref = REF(operations[10].input_ref, structures[25].shape),
            .output_ref = REF(operations[10].output_ref, structures[26].shape),
            .errors_ref = REF(operations[10].errors_ref, op_errors[27]),
            .service_ref = REF(operations[10].service_ref, service),
            .result_wrapper_ref = REF(operations[10].result_wrapper_ref, strings[1556]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
    },
    /* each operation's modeled errors */
    .op_errors = {
        REF(op_errors[0], structures[12].shape),
        REF(op_errors[1], structures[32].shape),
        REF(op_errors[2], structures[34].shape),
        REF(op_errors[3], structures[37].shape),
        REF(op_errors[4], structures[12].shape),
        REF(op_errors[5], structures[28].shape),
        REF(op_errors[6], structures[30].shape),
        REF(op_errors[7], structures[32].shape),
        REF(op_errors[8], structures[34].shape),
        REF(op_errors[9], structures[37].shape),
        REF(op_errors[10], structures[12].shape),
        REF(op_errors[11], structures[27].shape),
        REF(op_errors[12], structures[28].shape),
        REF(op_errors[13], structures[30].shape),
        REF(op_errors[14], structures[32].shape),
        REF(op_errors[15], structures[34].shape),
        REF(op_errors[16], structures[37].shape),
        REF(op_errors[17], structures[12].shape),
        REF(op_errors[18], structures[37].shape),
        REF(op_errors[19], structures[29].shape),
        REF(op_errors[20], structures[13].shape),
        REF(op_errors[21], structures[34].shape),
        REF(op_errors[22], structures[37].shape),
        REF(op_errors[23], structures[32].shape),
        REF(op_errors[24], structures[34].shape),
        REF(op_errors[25], structures[37].shape),
        REF(op_errors[26], structures[37].shape),
        REF(op_errors[27], structures[31].shape),
        REF(op_errors[28], structures[33].shape),
        REF(op_errors[29], structures[38].shape),
    },
    /* every modeled error of the service, sorted by its code on the wire */
    .service_errors = {
        REF(service_errors[0], structures[12].shape),
        REF(service_errors[1], structures[13].shape),
        REF(service_errors[2], structures[27].shape),
        REF(service_errors[3], structures[28].shape),
        REF(service_errors[4], structures[29].shape),
        REF(service_errors[5], structures[30].shape),
        REF(service_errors[6], structures[31].shape),
        REF(service_errors[7], structures[32].shape),
        REF(service_errors[8], structures[33].shape),
        REF(service_errors[9], structures[34].shape),
        REF(service_errors[10], structures[37].shape),
        REF(service_errors[11], structures[38].shape),
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
                .size = sizeof(struct awsc_sts_assume_role_input),
            },
            .members_ref = REF(structures[0].members_ref, members[0]),
            .member_count = 12,
        },
        [1] = { /* AssumeRoleResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[1].shape.name_ref, shape_names[18]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_assume_role_output),
            },
            .members_ref = REF(structures[1].members_ref, members[12]),
            .member_count = 4,
        },
        [2] = { /* AssumeRoleWithSAMLRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[2].shape.name_ref, shape_names[37]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_assume_role_with_saml_input),
            },
            .members_ref = REF(structures[2].members_ref, members[16]),
            .member_count = 6,
        },
        [3] = { /* AssumeRoleWithSAMLResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[3].shape.name_ref, shape_names[63]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_assume_role_with_saml_output),
            },
            .members_ref = REF(structures[3].members_ref, members[22]),
            .member_count = 9,
        },
        [4] = { /* AssumeRoleWithWebIdentityRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[4].shape.name_ref, shape_names[90]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_assume_role_with_web_identity_input),
            },
            .members_ref = REF(structures[4].members_ref, members[31]),
            .member_count = 7,
        },
        [5] = { /* AssumeRoleWithWebIdentityResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[5].shape.name_ref, shape_names[123]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_assume_role_with_web_identity_output),
            },
            .members_ref = REF(structures[5].members_ref, members[38]),
            .member_count = 7,
        },
        [6] = { /* AssumeRootRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[6].shape.name_ref, shape_names[157]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_assume_root_input),
            },
            .members_ref = REF(structures[6].members_ref, members[45]),
            .member_count = 3,
        },
        [7] = { /* AssumeRootResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[7].shape.name_ref, shape_names[175]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_assume_root_output),
            },
            .members_ref = REF(structures[7].members_ref, members[48]),
            .member_count = 2,
        },
        [8] = { /* AssumedRoleUser */
            .shape = {
                .name_ref = SHAPE_NAME(structures[8].shape.name_ref, shape_names[194]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_assumed_role_user),
            },
            .members_ref = REF(structures[8].members_ref, members[50]),
            .member_count = 2,
        },
        [9] = { /* Credentials */
            .shape = {
                .name_ref = SHAPE_NAME(structures[9].shape.name_ref, shape_names[219]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_credentials),
            },
            .members_ref = REF(structures[9].members_ref, members[52]),
            .member_count = 4,
        },
        [10] = { /* DecodeAuthorizationMessageRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[10].shape.name_ref, shape_names[231]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_decode_authorization_message_input),
            },
            .members_ref = REF(structures[10].members_ref, members[56]),
            .member_count = 1,
        },
        [11] = { /* DecodeAuthorizationMessageResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[11].shape.name_ref, shape_names[265]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_decode_authorization_message_output),
            },
            .members_ref = REF(structures[11].members_ref, members[57]),
            .member_count = 1,
        },
        [12] = { /* ExpiredTokenException */
            .shape = {
                .name_ref = REF(structures[12].shape.name_ref, strings[464]),
                .traits_ref = REF(structures[12].shape.traits_ref, traits[0]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sts_expired_token_exception),
            },
            .members_ref = REF(structures[12].members_ref, members[58]),
            .member_count = 1,
        },
        [13] = { /* ExpiredTradeInTokenException */
            .shape = {
                .name_ref = REF(structures[13].shape.name_ref, strings[494]),
                .traits_ref = REF(structures[13].shape.traits_ref, traits[1]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sts_expired_trade_in_token_exception),
            },
            .members_ref = REF(structures[13].members_ref, members[59]),
            .member_count = 1,
        },
        [14] = { /* FederatedUser */
            .shape = {
                .name_ref = SHAPE_NAME(structures[14].shape.name_ref, shape_names[300]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_federated_user),
            },
            .members_ref = REF(structures[14].members_ref, members[60]),
            .member_count = 2,
        },
        [15] = { /* GetAccessKeyInfoRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[15].shape.name_ref, shape_names[314]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_get_access_key_info_input),
            },
            .members_ref = REF(structures[15].members_ref, members[62]),
            .member_count = 1,
        },
        [16] = { /* GetAccessKeyInfoResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[16].shape.name_ref, shape_names[338]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_get_access_key_info_output),
            },
            .members_ref = REF(structures[16].members_ref, members[63]),
            .member_count = 1,
        },
        [17] = { /* GetCallerIdentityRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[17].shape.name_ref, shape_names[363]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_get_caller_identity_input),
            },
        },
        [18] = { /* GetCallerIdentityResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[18].shape.name_ref, shape_names[388]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_get_caller_identity_output),
            },
            .members_ref = REF(structures[18].members_ref, members[64]),
            .member_count = 3,
        },
        [19] = { /* GetDelegatedAccessTokenRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[19].shape.name_ref, shape_names[414]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_get_delegated_access_token_input),
            },
            .members_ref = REF(structures[19].members_ref, members[67]),
            .member_count = 1,
        },
        [20] = { /* GetDelegatedAccessTokenResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[20].shape.name_ref, shape_names[445]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_get_delegated_access_token_output),
            },
            .members_ref = REF(structures[20].members_ref, members[68]),
            .member_count = 3,
        },
        [21] = { /* GetFederationTokenRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[21].shape.name_ref, shape_names[477]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_get_federation_token_input),
            },
            .members_ref = REF(structures[21].members_ref, members[71]),
            .member_count = 5,
        },
        [22] = { /* GetFederationTokenResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[22].shape.name_ref, shape_names[503]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_get_federation_token_output),
            },
            .members_ref = REF(structures[22].members_ref, members[76]),
            .member_count = 3,
        },
        [23] = { /* GetSessionTokenRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[23].shape.name_ref, shape_names[530]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_get_session_token_input),
            },
            .members_ref = REF(structures[23].members_ref, members[79]),
            .member_count = 3,
        },
        [24] = { /* GetSessionTokenResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[24].shape.name_ref, shape_names[553]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_get_session_token_output),
            },
            .members_ref = REF(structures[24].members_ref, members[82]),
            .member_count = 1,
        },
        [25] = { /* GetWebIdentityTokenRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[25].shape.name_ref, shape_names[577]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_get_web_identity_token_input),
            },
            .members_ref = REF(structures[25].members_ref, members[83]),
            .member_count = 4,
        },
        [26] = { /* GetWebIdentityTokenResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[26].shape.name_ref, shape_names[604]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_get_web_identity_token_output),
            },
            .members_ref = REF(structures[26].members_ref, members[87]),
            .member_count = 2,
        },
        [27] = { /* IDPCommunicationErrorException */
            .shape = {
                .name_ref = REF(structures[27].shape.name_ref, strings[620]),
                .traits_ref = REF(structures[27].shape.traits_ref, traits[2]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sts_idp_communication_error_exception),
            },
            .members_ref = REF(structures[27].members_ref, members[89]),
            .member_count = 1,
        },
        [28] = { /* IDPRejectedClaimException */
            .shape = {
                .name_ref = REF(structures[28].shape.name_ref, strings[673]),
                .traits_ref = REF(structures[28].shape.traits_ref, traits[3]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sts_idp_rejected_claim_exception),
            },
            .members_ref = REF(structures[28].members_ref, members[90]),
            .member_count = 1,
        },
        [29] = { /* InvalidAuthorizationMessageException */
            .shape = {
                .name_ref = REF(structures[29].shape.name_ref, strings[716]),
                .traits_ref = REF(structures[29].shape.traits_ref, traits[4]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sts_invalid_authorization_message_exception),
            },
            .members_ref = REF(structures[29].members_ref, members[91]),
            .member_count = 1,
        },
        [30] = { /* InvalidIdentityTokenException */
            .shape = {
                .name_ref = REF(structures[30].shape.name_ref, strings[753]),
                .traits_ref = REF(structures[30].shape.traits_ref, traits[5]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sts_invalid_identity_token_exception),
            },
            .members_ref = REF(structures[30].members_ref, members[92]),
            .member_count = 1,
        },
        [31] = { /* JWTPayloadSizeExceededException */
            .shape = {
                .name_ref = REF(structures[31].shape.name_ref, strings[804]),
                .traits_ref = REF(structures[31].shape.traits_ref, traits[6]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sts_jwt_payload_size_exceeded_exception),
            },
            .members_ref = REF(structures[31].members_ref, members[93]),
            .member_count = 1,
        },
        [32] = { /* MalformedPolicyDocumentException */
            .shape = {
                .name_ref = REF(structures[32].shape.name_ref, strings[836]),
                .traits_ref = REF(structures[32].shape.traits_ref, traits[7]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sts_malformed_policy_document_exception),
            },
            .members_ref = REF(structures[32].members_ref, members[94]),
            .member_count = 1,
        },
        [33] = { /* OutboundWebIdentityFederationDisabledException */
            .shape = {
                .name_ref = REF(structures[33].shape.name_ref, strings[893]),
                .traits_ref = REF(structures[33].shape.traits_ref, traits[8]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sts_outbound_web_identity_federation_disabled_exception),
            },
            .members_ref = REF(structures[33].members_ref, members[95]),
            .member_count = 1,
        },
        [34] = { /* PackedPolicyTooLargeException */
            .shape = {
                .name_ref = REF(structures[34].shape.name_ref, strings[940]),
                .traits_ref = REF(structures[34].shape.traits_ref, traits[9]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sts_packed_policy_too_large_exception),
            },
            .members_ref = REF(structures[34].members_ref, members[96]),
            .member_count = 1,
        },
        [35] = { /* PolicyDescriptorType */
            .shape = {
                .name_ref = SHAPE_NAME(structures[35].shape.name_ref, shape_names[653]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_policy_descriptor_type),
            },
            .members_ref = REF(structures[35].members_ref, members[97]),
            .member_count = 1,
        },
        [36] = { /* ProvidedContext */
            .shape = {
                .name_ref = SHAPE_NAME(structures[36].shape.name_ref, shape_names[674]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_provided_context),
            },
            .members_ref = REF(structures[36].members_ref, members[98]),
            .member_count = 2,
        },
        [37] = { /* RegionDisabledException */
            .shape = {
                .name_ref = REF(structures[37].shape.name_ref, strings[1024]),
                .traits_ref = REF(structures[37].shape.traits_ref, traits[11]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sts_region_disabled_exception),
            },
            .members_ref = REF(structures[37].members_ref, members[100]),
            .member_count = 1,
        },
        [38] = { /* SessionDurationEscalationException */
            .shape = {
                .name_ref = REF(structures[38].shape.name_ref, strings[1048]),
                .traits_ref = REF(structures[38].shape.traits_ref, traits[14]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_sts_session_duration_escalation_exception),
            },
            .members_ref = REF(structures[38].members_ref, members[101]),
            .member_count = 1,
        },
        [39] = { /* Tag */
            .shape = {
                .name_ref = SHAPE_NAME(structures[39].shape.name_ref, shape_names[777]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sts_tag),
            },
            .members_ref = REF(structures[39].members_ref, members[102]),
            .member_count = 2,
        },
    },
    .collections = {
        [0] = { /* ProvidedContextsListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[0].shape.name_ref, shape_names[690]),
                .traits_ref = REF(collections[0].shape.traits_ref, traits[10]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sts_provided_contexts_list_type),
            },
            .item_ref = REF(collections[0].item_ref, structures[36].shape),
        },
        [1] = { /* policyDescriptorListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[1].shape.name_ref, shape_names[1361]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sts_policy_descriptor_list_type),
            },
            .item_ref = REF(collections[1].item_ref, structures[35].shape),
        },
        [2] = { /* tagKeyListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[2].shape.name_ref, shape_names[1549]),
                .traits_ref = REF(collections[2].shape.traits_ref, traits[32]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sts_tag_key_list_type),
            },
            .item_ref = REF(collections[2].item_ref, scalars[40]),
        },
        [3] = { /* tagListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[3].shape.name_ref, shape_names[1575]),
                .traits_ref = REF(collections[3].shape.traits_ref, traits[34]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sts_tag_list_type),
            },
            .item_ref = REF(collections[3].item_ref, structures[39].shape),
        },
        [4] = { /* webIdentityTokenAudienceListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[4].shape.name_ref, shape_names[1734]),
                .traits_ref = REF(collections[4].shape.traits_ref, traits[41]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sts_tag_key_list_type),
            },
            .item_ref = REF(collections[4].item_ref, scalars[50]),
        },
    },
    .scalars = {
        [0] = { /* Audience */
            .name_ref = SHAPE_NAME(scalars[0].name_ref, shape_names[210]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [1] = { /* Issuer */
            .name_ref = SHAPE_NAME(scalars[1].name_ref, shape_names[632]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [2] = { /* NameQualifier */
            .name_ref = SHAPE_NAME(scalars[2].name_ref, shape_names[639]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [3] = { /* RootDurationSecondsType */
            .name_ref = SHAPE_NAME(scalars[3].name_ref, shape_names[715]),
            .traits_ref = REF(scalars[3].traits_ref, traits[12]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [4] = { /* SAMLAssertionType */
            .name_ref = SHAPE_NAME(scalars[4].name_ref, shape_names[739]),
            .traits_ref = REF(scalars[4].traits_ref, traits[13]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [5] = { /* Subject */
            .name_ref = SHAPE_NAME(scalars[5].name_ref, shape_names[757]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [6] = { /* SubjectType */
            .name_ref = SHAPE_NAME(scalars[6].name_ref, shape_names[765]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [7] = { /* TargetPrincipalType */
            .name_ref = SHAPE_NAME(scalars[7].name_ref, shape_names[781]),
            .traits_ref = REF(scalars[7].traits_ref, traits[15]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [8] = { /* accessKeyIdType */
            .name_ref = SHAPE_NAME(scalars[8].name_ref, shape_names[801]),
            .traits_ref = REF(scalars[8].traits_ref, traits[16]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [9] = { /* accessKeySecretType */
            .name_ref = SHAPE_NAME(scalars[9].name_ref, shape_names[817]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [10] = { /* accountType */
            .name_ref = SHAPE_NAME(scalars[10].name_ref, shape_names[837]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [11] = { /* arnType */
            .name_ref = SHAPE_NAME(scalars[11].name_ref, shape_names[849]),
            .traits_ref = REF(scalars[11].traits_ref, traits[17]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [12] = { /* assumedRoleIdType */
            .name_ref = SHAPE_NAME(scalars[12].name_ref, shape_names[857]),
            .traits_ref = REF(scalars[12].traits_ref, traits[18]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [13] = { /* clientTokenType */
            .name_ref = SHAPE_NAME(scalars[13].name_ref, shape_names[875]),
            .traits_ref = REF(scalars[13].traits_ref, traits[19]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [14] = { /* contextAssertionType */
            .name_ref = SHAPE_NAME(scalars[14].name_ref, shape_names[891]),
            .traits_ref = REF(scalars[14].traits_ref, traits[20]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [15] = { /* dateType */
            .name_ref = SHAPE_NAME(scalars[15].name_ref, shape_names[912]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [16] = { /* decodedMessageType */
            .name_ref = SHAPE_NAME(scalars[16].name_ref, shape_names[921]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [17] = { /* durationSecondsType */
            .name_ref = SHAPE_NAME(scalars[17].name_ref, shape_names[940]),
            .traits_ref = REF(scalars[17].traits_ref, traits[21]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [18] = { /* encodedMessageType */
            .name_ref = SHAPE_NAME(scalars[18].name_ref, shape_names[960]),
            .traits_ref = REF(scalars[18].traits_ref, traits[22]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [19] = { /* expiredIdentityTokenMessage */
            .name_ref = SHAPE_NAME(scalars[19].name_ref, shape_names[979]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [20] = { /* expiredTradeInTokenExceptionMessage */
            .name_ref = SHAPE_NAME(scalars[20].name_ref, shape_names[1007]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [21] = { /* externalIdType */
            .name_ref = SHAPE_NAME(scalars[21].name_ref, shape_names[1043]),
            .traits_ref = REF(scalars[21].traits_ref, traits[23]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [22] = { /* federatedIdType */
            .name_ref = SHAPE_NAME(scalars[22].name_ref, shape_names[1058]),
            .traits_ref = REF(scalars[22].traits_ref, traits[24]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [23] = { /* idpCommunicationErrorMessage */
            .name_ref = SHAPE_NAME(scalars[23].name_ref, shape_names[1074]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [24] = { /* idpRejectedClaimMessage */
            .name_ref = SHAPE_NAME(scalars[24].name_ref, shape_names[1103]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [25] = { /* invalidAuthorizationMessage */
            .name_ref = SHAPE_NAME(scalars[25].name_ref, shape_names[1127]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [26] = { /* invalidIdentityTokenMessage */
            .name_ref = SHAPE_NAME(scalars[26].name_ref, shape_names[1155]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [27] = { /* jwtAlgorithmType */
            .name_ref = SHAPE_NAME(scalars[27].name_ref, shape_names[1183]),
            .traits_ref = REF(scalars[27].traits_ref, traits[25]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [28] = { /* jwtPayloadSizeExceededException */
            .name_ref = SHAPE_NAME(scalars[28].name_ref, shape_names[1200]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [29] = { /* malformedPolicyDocumentMessage */
            .name_ref = SHAPE_NAME(scalars[29].name_ref, shape_names[1232]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [30] = { /* nonNegativeIntegerType */
            .name_ref = SHAPE_NAME(scalars[30].name_ref, shape_names[1263]),
            .traits_ref = REF(scalars[30].traits_ref, traits[26]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [31] = { /* outboundWebIdentityFederationDisabledException */
            .name_ref = SHAPE_NAME(scalars[31].name_ref, shape_names[1286]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [32] = { /* packedPolicyTooLargeMessage */
            .name_ref = SHAPE_NAME(scalars[32].name_ref, shape_names[1333]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [33] = { /* regionDisabledMessage */
            .name_ref = SHAPE_NAME(scalars[33].name_ref, shape_names[1386]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [34] = { /* roleDurationSecondsType */
            .name_ref = SHAPE_NAME(scalars[34].name_ref, shape_names[1408]),
            .traits_ref = REF(scalars[34].traits_ref, traits[27]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [35] = { /* roleSessionNameType */
            .name_ref = SHAPE_NAME(scalars[35].name_ref, shape_names[1432]),
            .traits_ref = REF(scalars[35].traits_ref, traits[28]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [36] = { /* serialNumberType */
            .name_ref = SHAPE_NAME(scalars[36].name_ref, shape_names[1452]),
            .traits_ref = REF(scalars[36].traits_ref, traits[29]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [37] = { /* sessionDurationEscalationException */
            .name_ref = SHAPE_NAME(scalars[37].name_ref, shape_names[1469]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [38] = { /* sessionPolicyDocumentType */
            .name_ref = SHAPE_NAME(scalars[38].name_ref, shape_names[1504]),
            .traits_ref = REF(scalars[38].traits_ref, traits[30]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [39] = { /* sourceIdentityType */
            .name_ref = SHAPE_NAME(scalars[39].name_ref, shape_names[1530]),
            .traits_ref = REF(scalars[39].traits_ref, traits[31]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [40] = { /* tagKeyType */
            .name_ref = SHAPE_NAME(scalars[40].name_ref, shape_names[1564]),
            .traits_ref = REF(scalars[40].traits_ref, traits[33]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [41] = { /* tagValueType */
            .name_ref = SHAPE_NAME(scalars[41].name_ref, shape_names[1587]),
            .traits_ref = REF(scalars[41].traits_ref, traits[35]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [42] = { /* tokenCodeType */
            .name_ref = SHAPE_NAME(scalars[42].name_ref, shape_names[1600]),
            .traits_ref = REF(scalars[42].traits_ref, traits[36]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [43] = { /* tokenType */
            .name_ref = SHAPE_NAME(scalars[43].name_ref, shape_names[1614]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [44] = { /* tradeInTokenType */
            .name_ref = SHAPE_NAME(scalars[44].name_ref, shape_names[1624]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [45] = { /* unrestrictedSessionPolicyDocumentType */
            .name_ref = SHAPE_NAME(scalars[45].name_ref, shape_names[1641]),
            .traits_ref = REF(scalars[45].traits_ref, traits[37]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [46] = { /* urlType */
            .name_ref = SHAPE_NAME(scalars[46].name_ref, shape_names[1679]),
            .traits_ref = REF(scalars[46].traits_ref, traits[38]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [47] = { /* userIdType */
            .name_ref = SHAPE_NAME(scalars[47].name_ref, shape_names[1687]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [48] = { /* userNameType */
            .name_ref = SHAPE_NAME(scalars[48].name_ref, shape_names[1698]),
            .traits_ref = REF(scalars[48].traits_ref, traits[39]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [49] = { /* webIdentitySubjectType */
            .name_ref = SHAPE_NAME(scalars[49].name_ref, shape_names[1711]),
            .traits_ref = REF(scalars[49].traits_ref, traits[40]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [50] = { /* webIdentityTokenAudienceStringType */
            .name_ref = SHAPE_NAME(scalars[50].name_ref, shape_names[1767]),
            .traits_ref = REF(scalars[50].traits_ref, traits[42]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [51] = { /* webIdentityTokenDurationSecondsType */
            .name_ref = SHAPE_NAME(scalars[51].name_ref, shape_names[1802]),
            .traits_ref = REF(scalars[51].traits_ref, traits[43]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [52] = { /* webIdentityTokenType */
            .name_ref = SHAPE_NAME(scalars[52].name_ref, shape_names[1838]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
    },
    /* the shapes' rarer traits: ranges, XML names and namespaces, payload
     * members, errors' codes and statuses, sinks */
    .traits = {
        [0] = { /* ExpiredTokenException */
            .error_code_ref = REF(traits[0].error_code_ref, strings[464]),
            .http_status = 400,
        },
        [1] = { /* ExpiredTradeInTokenException */
            .error_code_ref = REF(traits[1].error_code_ref, strings[494]),
            .http_status = 400,
        },
        [2] = { /* IDPCommunicationErrorException */
            .error_code_ref = REF(traits[2].error_code_ref, strings[651]),
            .http_status = 400,
        },
        [3] = { /* IDPRejectedClaimException */
            .error_code_ref = REF(traits[3].error_code_ref, strings[699]),
            .http_status = 403,
        },
        [4] = { /* InvalidAuthorizationMessageException */
            .error_code_ref = REF(traits[4].error_code_ref, strings[716]),
            .http_status = 400,
        },
        [5] = { /* InvalidIdentityTokenException */
            .error_code_ref = REF(traits[5].error_code_ref, strings[783]),
            .http_status = 400,
        },
        [6] = { /* JWTPayloadSizeExceededException */
            .error_code_ref = REF(traits[6].error_code_ref, strings[804]),
            .http_status = 400,
        },
        [7] = { /* MalformedPolicyDocumentException */
            .error_code_ref = REF(traits[7].error_code_ref, strings[869]),
            .http_status = 400,
        },
        [8] = { /* OutboundWebIdentityFederationDisabledException */
            .error_code_ref = REF(traits[8].error_code_ref, strings[893]),
            .http_status = 403,
        },
        [9] = { /* PackedPolicyTooLargeException */
            .error_code_ref = REF(traits[9].error_code_ref, strings[970]),
            .http_status = 400,
        },
        [10] = { /* ProvidedContextsListType */
            .range_ref = REF(traits[10].range_ref, ranges[0]),
        },
        [11] = { /* RegionDisabledException */
            .error_code_ref = REF(traits[11].error_code_ref, strings[1024]),
            .http_status = 403,
        },
        [12] = { /* RootDurationSecondsType */
            .range_ref = REF(traits[12].range_ref, ranges[1]),
        },
        [13] = { /* SAMLAssertionType */
            .range_ref = REF(traits[13].range_ref, ranges[2]),
        },
        [14] = { /* SessionDurationEscalationException */
            .error_code_ref = REF(traits[14].error_code_ref, strings[1048]),
            .http_status = 403,
        },
        [15] = { /* TargetPrincipalType */
            .range_ref = REF(traits[15].range_ref, ranges[3]),
        },
        [16] = { /* accessKeyIdType */
            .range_ref = REF(traits[16].range_ref, ranges[4]),
        },
        [17] = { /* arnType */
            .range_ref = REF(traits[17].range_ref, ranges[5]),
        },
        [18] = { /* assumedRoleIdType */
            .range_ref = REF(traits[18].range_ref, ranges[6]),
        },
        [19] = { /* clientTokenType */
            .range_ref = REF(traits[19].range_ref, ranges[7]),
        },
        [20] = { /* contextAssertionType */
            .range_ref = REF(traits[20].range_ref, ranges[8]),
        },
        [21] = { /* durationSecondsType */
            .range_ref = REF(traits[21].range_ref, ranges[9]),
        },
        [22] = { /* encodedMessageType */
            .range_ref = REF(traits[22].range_ref, ranges[10]),
        },
        [23] = { /* externalIdType */
            .range_ref = REF(traits[23].range_ref, ranges[11]),
        },
        [24] = { /* federatedIdType */
            .range_ref = REF(traits[24].range_ref, ranges[12]),
        },
        [25] = { /* jwtAlgorithmType */
            .range_ref = REF(traits[25].range_ref, ranges[13]),
        },
        [26] = { /* nonNegativeIntegerType */
            .range_ref = REF(traits[26].range_ref, ranges[14]),
        },
        [27] = { /* roleDurationSecondsType */
            .range_ref = REF(traits[27].range_ref, ranges[15]),
        },
        [28] = { /* roleSessionNameType */
            .range_ref = REF(traits[28].range_ref, ranges[16]),
        },
        [29] = { /* serialNumberType */
            .range_ref = REF(traits[29].range_ref, ranges[17]),
        },
        [30] = { /* sessionPolicyDocumentType */
            .range_ref = REF(traits[30].range_ref, ranges[18]),
        },
        [31] = { /* sourceIdentityType */
            .range_ref = REF(traits[31].range_ref, ranges[19]),
        },
        [32] = { /* tagKeyListType */
            .range_ref = REF(traits[32].range_ref, ranges[20]),
        },
        [33] = { /* tagKeyType */
            .range_ref = REF(traits[33].range_ref, ranges[21]),
        },
        [34] = { /* tagListType */
            .range_ref = REF(traits[34].range_ref, ranges[22]),
        },
        [35] = { /* tagValueType */
            .range_ref = REF(traits[35].range_ref, ranges[23]),
        },
        [36] = { /* tokenCodeType */
            .range_ref = REF(traits[36].range_ref, ranges[24]),
        },
        [37] = { /* unrestrictedSessionPolicyDocumentType */
            .range_ref = REF(traits[37].range_ref, ranges[25]),
        },
        [38] = { /* urlType */
            .range_ref = REF(traits[38].range_ref, ranges[26]),
        },
        [39] = { /* userNameType */
            .range_ref = REF(traits[39].range_ref, ranges[27]),
        },
        [40] = { /* webIdentitySubjectType */
            .range_ref = REF(traits[40].range_ref, ranges[28]),
        },
        [41] = { /* webIdentityTokenAudienceListType */
            .range_ref = REF(traits[41].range_ref, ranges[29]),
        },
        [42] = { /* webIdentityTokenAudienceStringType */
            .range_ref = REF(traits[42].range_ref, ranges[30]),
        },
        [43] = { /* webIdentityTokenDurationSecondsType */
            .range_ref = REF(traits[43].range_ref, ranges[31]),
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * location, timestamp format, shape, has_ flag (how far before the
     * value), offset (of the C member), flags */
    .members = {
        [0] = {MREF(0, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(0, scalars[11]), 0, offsetof(struct awsc_sts_assume_role_input, role_arn), AWSC_MF_REQUIRED}, /* AssumeRoleRequest.RoleArn: arnType */
        [1] = {MREF(1, strings[8]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1, scalars[35]), 0, offsetof(struct awsc_sts_assume_role_input, role_session_name), AWSC_MF_REQUIRED}, /* AssumeRoleRequest.RoleSessionName: roleSessionNameType */
        [2] = {MREF(2, strings[24]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(2, collections[1].shape), 0, offsetof(struct awsc_sts_assume_role_input, policy_arns), 0}, /* AssumeRoleRequest.PolicyArns: policyDescriptorListType */
        [3] = {MREF(3, strings[35]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(3, scalars[45]), 0, offsetof(struct awsc_sts_assume_role_input, policy), 0}, /* AssumeRoleRequest.Policy: unrestrictedSessionPolicyDocumentType */
        [4] = {MREF(4, strings[42]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(4, scalars[34]), AWSC_MEMBER_HAS(struct awsc_sts_assume_role_input, duration_seconds, has_duration_seconds), offsetof(struct awsc_sts_assume_role_input, duration_seconds), 0}, /* AssumeRoleRequest.DurationSeconds: roleDurationSecondsType */
        [5] = {MREF(5, strings[58]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(5, collections[3].shape), 0, offsetof(struct awsc_sts_assume_role_input, tags), 0}, /* AssumeRoleRequest.Tags: tagListType */
        [6] = {MREF(6, strings[63]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(6, collections[2].shape), 0, offsetof(struct awsc_sts_assume_role_input, transitive_tag_keys), 0}, /* AssumeRoleRequest.TransitiveTagKeys: tagKeyListType */
        [7] = {MREF(7, strings[81]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(7, scalars[21]), 0, offsetof(struct awsc_sts_assume_role_input, external_id), 0}, /* AssumeRoleRequest.ExternalId: externalIdType */
        [8] = {MREF(8, strings[92]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(8, scalars[36]), 0, offsetof(struct awsc_sts_assume_role_input, serial_number), 0}, /* AssumeRoleRequest.SerialNumber: serialNumberType */
        [9] = {MREF(9, strings[105]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(9, scalars[42]), 0, offsetof(struct awsc_sts_assume_role_input, token_code), 0}, /* AssumeRoleRequest.TokenCode: tokenCodeType */
        [10] = {MREF(10, strings[115]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(10, scalars[39]), 0, offsetof(struct awsc_sts_assume_role_input, source_identity), 0}, /* AssumeRoleRequest.SourceIdentity: sourceIdentityType */
        [11] = {MREF(11, strings[130]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(11, collections[0].shape), 0, offsetof(struct awsc_sts_assume_role_input, provided_contexts), 0}, /* AssumeRoleRequest.ProvidedContexts: ProvidedContextsListType */
        [12] = {MREF(12, strings[147]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(12, structures[9].shape), 0, offsetof(struct awsc_sts_assume_role_output, credentials), 0}, /* AssumeRoleResponse.Credentials: Credentials */
        [13] = {MREF(13, strings[159]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(13, structures[8].shape), 0, offsetof(struct awsc_sts_assume_role_output, assumed_role_user), 0}, /* AssumeRoleResponse.AssumedRoleUser: AssumedRoleUser */
        [14] = {MREF(14, strings[175]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(14, scalars[30]), AWSC_MEMBER_HAS(struct awsc_sts_assume_role_output, packed_policy_size, has_packed_policy_size), offsetof(struct awsc_sts_assume_role_output, packed_policy_size), 0}, /* AssumeRoleResponse.PackedPolicySize: nonNegativeIntegerType */
        [15] = {MREF(15, strings[115]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(15, scalars[39]), 0, offsetof(struct awsc_sts_assume_role_output, source_identity), 0}, /* AssumeRoleResponse.SourceIdentity: sourceIdentityType */
        [16] = {MREF(16, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(16, scalars[11]), 0, offsetof(struct awsc_sts_assume_role_with_saml_input, role_arn), AWSC_MF_REQUIRED}, /* AssumeRoleWithSAMLRequest.RoleArn: arnType */
        [17] = {MREF(17, strings[192]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(17, scalars[11]), 0, offsetof(struct awsc_sts_assume_role_with_saml_input, principal_arn), AWSC_MF_REQUIRED}, /* AssumeRoleWithSAMLRequest.PrincipalArn: arnType */
        [18] = {MREF(18, strings[205]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(18, scalars[4]), 0, offsetof(struct awsc_sts_assume_role_with_saml_input, saml_assertion), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE}, /* AssumeRoleWithSAMLRequest.SAMLAssertion: SAMLAssertionType */
        [19] = {MREF(19, strings[24]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(19, collections[1].shape), 0, offsetof(struct awsc_sts_assume_role_with_saml_input, policy_arns), 0}, /* AssumeRoleWithSAMLRequest.PolicyArns: policyDescriptorListType */
        [20] = {MREF(20, strings[35]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(20, scalars[38]), 0, offsetof(struct awsc_sts_assume_role_with_saml_input, policy), 0}, /* AssumeRoleWithSAMLRequest.Policy: sessionPolicyDocumentType */
        [21] = {MREF(21, strings[42]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(21, scalars[34]), AWSC_MEMBER_HAS(struct awsc_sts_assume_role_with_saml_input, duration_seconds, has_duration_seconds), offsetof(struct awsc_sts_assume_role_with_saml_input, duration_seconds), 0}, /* AssumeRoleWithSAMLRequest.DurationSeconds: roleDurationSecondsType */
        [22] = {MREF(22, strings[147]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(22, structures[9].shape), 0, offsetof(struct awsc_sts_assume_role_with_saml_output, credentials), 0}, /* AssumeRoleWithSAMLResponse.Credentials: Credentials */
        [23] = {MREF(23, strings[159]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(23, structures[8].shape), 0, offsetof(struct awsc_sts_assume_role_with_saml_output, assumed_role_user), 0}, /* AssumeRoleWithSAMLResponse.AssumedRoleUser: AssumedRoleUser */
        [24] = {MREF(24, strings[175]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(24, scalars[30]), AWSC_MEMBER_HAS(struct awsc_sts_assume_role_with_saml_output, packed_policy_size, has_packed_policy_size), offsetof(struct awsc_sts_assume_role_with_saml_output, packed_policy_size), 0}, /* AssumeRoleWithSAMLResponse.PackedPolicySize: nonNegativeIntegerType */
        [25] = {MREF(25, strings[219]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(25, scalars[5]), 0, offsetof(struct awsc_sts_assume_role_with_saml_output, subject), 0}, /* AssumeRoleWithSAMLResponse.Subject: Subject */
        [26] = {MREF(26, strings[227]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(26, scalars[6]), 0, offsetof(struct awsc_sts_assume_role_with_saml_output, subject_type), 0}, /* AssumeRoleWithSAMLResponse.SubjectType: SubjectType */
        [27] = {MREF(27, strings[239]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(27, scalars[1]), 0, offsetof(struct awsc_sts_assume_role_with_saml_output, issuer), 0}, /* AssumeRoleWithSAMLResponse.Issuer: Issuer */
        [28] = {MREF(28, strings[246]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(28, scalars[0]), 0, offsetof(struct awsc_sts_assume_role_with_saml_output, audience), 0}, /* AssumeRoleWithSAMLResponse.Audience: Audience */
        [29] = {MREF(29, strings[255]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(29, scalars[2]), 0, offsetof(struct awsc_sts_assume_role_with_saml_output, name_qualifier), 0}, /* AssumeRoleWithSAMLResponse.NameQualifier: NameQualifier */
        [30] = {MREF(30, strings[115]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(30, scalars[39]), 0, offsetof(struct awsc_sts_assume_role_with_saml_output, source_identity), 0}, /* AssumeRoleWithSAMLResponse.SourceIdentity: sourceIdentityType */
        [31] = {MREF(31, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(31, scalars[11]), 0, offsetof(struct awsc_sts_assume_role_with_web_identity_input, role_arn), AWSC_MF_REQUIRED}, /* AssumeRoleWithWebIdentityRequest.RoleArn: arnType */
        [32] = {MREF(32, strings[8]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(32, scalars[35]), 0, offsetof(struct awsc_sts_assume_role_with_web_identity_input, role_session_name), AWSC_MF_REQUIRED}, /* AssumeRoleWithWebIdentityRequest.RoleSessionName: roleSessionNameType */
        [33] = {MREF(33, strings[269]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(33, scalars[13]), 0, offsetof(struct awsc_sts_assume_role_with_web_identity_input, web_identity_token), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE}, /* AssumeRoleWithWebIdentityRequest.WebIdentityToken: clientTokenType */
        [34] = {MREF(34, strings[286]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(34, scalars[46]), 0, offsetof(struct awsc_sts_assume_role_with_web_identity_input, provider_id), 0}, /* AssumeRoleWithWebIdentityRequest.ProviderId: urlType */
        [35] = {MREF(35, strings[24]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(35, collections[1].shape), 0, offsetof(struct awsc_sts_assume_role_with_web_identity_input, policy_arns), 0}, /* AssumeRoleWithWebIdentityRequest.PolicyArns: policyDescriptorListType */
        [36] = {MREF(36, strings[35]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(36, scalars[38]), 0, offsetof(struct awsc_sts_assume_role_with_web_identity_input, policy), 0}, /* AssumeRoleWithWebIdentityRequest.Policy: sessionPolicyDocumentType */
        [37] = {MREF(37, strings[42]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(37, scalars[34]), AWSC_MEMBER_HAS(struct awsc_sts_assume_role_with_web_identity_input, duration_seconds, has_duration_seconds), offsetof(struct awsc_sts_assume_role_with_web_identity_input, duration_seconds), 0}, /* AssumeRoleWithWebIdentityRequest.DurationSeconds: roleDurationSecondsType */
        [38] = {MREF(38, strings[147]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(38, structures[9].shape), 0, offsetof(struct awsc_sts_assume_role_with_web_identity_output, credentials), 0}, /* AssumeRoleWithWebIdentityResponse.Credentials: Credentials */
        [39] = {MREF(39, strings[297]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(39, scalars[49]), 0, offsetof(struct awsc_sts_assume_role_with_web_identity_output, subject_from_web_identity_token), 0}, /* AssumeRoleWithWebIdentityResponse.SubjectFromWebIdentityToken: webIdentitySubjectType */
        [40] = {MREF(40, strings[159]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(40, structures[8].shape), 0, offsetof(struct awsc_sts_assume_role_with_web_identity_output, assumed_role_user), 0}, /* AssumeRoleWithWebIdentityResponse.AssumedRoleUser: AssumedRoleUser */
        [41] = {MREF(41, strings[175]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(41, scalars[30]), AWSC_MEMBER_HAS(struct awsc_sts_assume_role_with_web_identity_output, packed_policy_size, has_packed_policy_size), offsetof(struct awsc_sts_assume_role_with_web_identity_output, packed_policy_size), 0}, /* AssumeRoleWithWebIdentityResponse.PackedPolicySize: nonNegativeIntegerType */
        [42] = {MREF(42, strings[325]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(42, scalars[1]), 0, offsetof(struct awsc_sts_assume_role_with_web_identity_output, provider), 0}, /* AssumeRoleWithWebIdentityResponse.Provider: Issuer */
        [43] = {MREF(43, strings[246]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(43, scalars[0]), 0, offsetof(struct awsc_sts_assume_role_with_web_identity_output, audience), 0}, /* AssumeRoleWithWebIdentityResponse.Audience: Audience */
        [44] = {MREF(44, strings[115]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(44, scalars[39]), 0, offsetof(struct awsc_sts_assume_role_with_web_identity_output, source_identity), 0}, /* AssumeRoleWithWebIdentityResponse.SourceIdentity: sourceIdentityType */
        [45] = {MREF(45, strings[334]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(45, scalars[7]), 0, offsetof(struct awsc_sts_assume_root_input, target_principal), AWSC_MF_REQUIRED}, /* AssumeRootRequest.TargetPrincipal: TargetPrincipalType */
        [46] = {MREF(46, strings[350]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(46, structures[35].shape), 0, offsetof(struct awsc_sts_assume_root_input, task_policy_arn), AWSC_MF_REQUIRED}, /* AssumeRootRequest.TaskPolicyArn: PolicyDescriptorType */
        [47] = {MREF(47, strings[42]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(47, scalars[3]), AWSC_MEMBER_HAS(struct awsc_sts_assume_root_input, duration_seconds, has_duration_seconds), offsetof(struct awsc_sts_assume_root_input, duration_seconds), 0}, /* AssumeRootRequest.DurationSeconds: RootDurationSecondsType */
        [48] = {MREF(48, strings[147]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(48, structures[9].shape), 0, offsetof(struct awsc_sts_assume_root_output, credentials), 0}, /* AssumeRootResponse.Credentials: Credentials */
        [49] = {MREF(49, strings[115]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(49, scalars[39]), 0, offsetof(struct awsc_sts_assume_root_output, source_identity), 0}, /* AssumeRootResponse.SourceIdentity: sourceIdentityType */
        [50] = {MREF(50, strings[364]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(50, scalars[12]), 0, offsetof(struct awsc_sts_assumed_role_user, assumed_role_id), AWSC_MF_REQUIRED}, /* AssumedRoleUser.AssumedRoleId: assumedRoleIdType */
        [51] = {MREF(51, strings[378]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(51, scalars[11]), 0, offsetof(struct awsc_sts_assumed_role_user, arn), AWSC_MF_REQUIRED}, /* AssumedRoleUser.Arn: arnType */
        [52] = {MREF(52, strings[382]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(52, scalars[8]), 0, offsetof(struct awsc_sts_credentials, access_key_id), AWSC_MF_REQUIRED}, /* Credentials.AccessKeyId: accessKeyIdType */
        [53] = {MREF(53, strings[394]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(53, scalars[9]), 0, offsetof(struct awsc_sts_credentials, secret_access_key), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE}, /* Credentials.SecretAccessKey: accessKeySecretType */
        [54] = {MREF(54, strings[410]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(54, scalars[43]), 0, offsetof(struct awsc_sts_credentials, session_token), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE}, /* Credentials.SessionToken: tokenType */
        [55] = {MREF(55, strings[423]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(55, scalars[15]), AWSC_MEMBER_HAS(struct awsc_sts_credentials, expiration, has_expiration), offsetof(struct awsc_sts_credentials, expiration), AWSC_MF_REQUIRED}, /* Credentials.Expiration: dateType */
        [56] = {MREF(56, strings[434]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(56, scalars[18]), 0, offsetof(struct awsc_sts_decode_authorization_message_input, encoded_message), AWSC_MF_REQUIRED}, /* DecodeAuthorizationMessageRequest.EncodedMessage: encodedMessageType */
        [57] = {MREF(57, strings[449]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(57, scalars[16]), 0, offsetof(struct awsc_sts_decode_authorization_message_output, decoded_message), 0}, /* DecodeAuthorizationMessageResponse.DecodedMessage: decodedMessageType */
        [58] = {MREF(58, strings[486]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(58, scalars[19]), 0, offsetof(struct awsc_sts_expired_token_exception, message), 0}, /* ExpiredTokenException.message: expiredIdentityTokenMessage */
        [59] = {MREF(59, strings[486]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(59, scalars[20]), 0, offsetof(struct awsc_sts_expired_trade_in_token_exception, message), 0}, /* ExpiredTradeInTokenException.message: expiredTradeInTokenExceptionMessage */
        [60] = {MREF(60, strings[523]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(60, scalars[22]), 0, offsetof(struct awsc_sts_federated_user, federated_user_id), AWSC_MF_REQUIRED}, /* FederatedUser.FederatedUserId: federatedIdType */
        [61] = {MREF(61, strings[378]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(61, scalars[11]), 0, offsetof(struct awsc_sts_federated_user, arn), AWSC_MF_REQUIRED}, /* FederatedUser.Arn: arnType */
        [62] = {MREF(62, strings[382]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(62, scalars[8]), 0, offsetof(struct awsc_sts_get_access_key_info_input, access_key_id), AWSC_MF_REQUIRED}, /* GetAccessKeyInfoRequest.AccessKeyId: accessKeyIdType */
        [63] = {MREF(63, strings[539]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(63, scalars[10]), 0, offsetof(struct awsc_sts_get_access_key_info_output, account), 0}, /* GetAccessKeyInfoResponse.Account: accountType */
        [64] = {MREF(64, strings[547]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(64, scalars[47]), 0, offsetof(struct awsc_sts_get_caller_identity_output, user_id), 0}, /* GetCallerIdentityResponse.UserId: userIdType */
        [65] = {MREF(65, strings[539]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(65, scalars[10]), 0, offsetof(struct awsc_sts_get_caller_identity_output, account), 0}, /* GetCallerIdentityResponse.Account: accountType */
        [66] = {MREF(66, strings[378]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(66, scalars[11]), 0, offsetof(struct awsc_sts_get_caller_identity_output, arn), 0}, /* GetCallerIdentityResponse.Arn: arnType */
        [67] = {MREF(67, strings[554]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(67, scalars[44]), 0, offsetof(struct awsc_sts_get_delegated_access_token_input, trade_in_token), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE}, /* GetDelegatedAccessTokenRequest.TradeInToken: tradeInTokenType */
        [68] = {MREF(68, strings[147]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(68, structures[9].shape), 0, offsetof(struct awsc_sts_get_delegated_access_token_output, credentials), 0}, /* GetDelegatedAccessTokenResponse.Credentials: Credentials */
        [69] = {MREF(69, strings[175]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(69, scalars[30]), AWSC_MEMBER_HAS(struct awsc_sts_get_delegated_access_token_output, packed_policy_size, has_packed_policy_size), offsetof(struct awsc_sts_get_delegated_access_token_output, packed_policy_size), 0}, /* GetDelegatedAccessTokenResponse.PackedPolicySize: nonNegativeIntegerType */
        [70] = {MREF(70, strings[567]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(70, scalars[11]), 0, offsetof(struct awsc_sts_get_delegated_access_token_output, assumed_principal), 0}, /* GetDelegatedAccessTokenResponse.AssumedPrincipal: arnType */
        [71] = {MREF(71, strings[584]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(71, scalars[48]), 0, offsetof(struct awsc_sts_get_federation_token_input, name), AWSC_MF_REQUIRED}, /* GetFederationTokenRequest.Name: userNameType */
        [72] = {MREF(72, strings[35]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(72, scalars[38]), 0, offsetof(struct awsc_sts_get_federation_token_input, policy), 0}, /* GetFederationTokenRequest.Policy: sessionPolicyDocumentType */
        [73] = {MREF(73, strings[24]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(73, collections[1].shape), 0, offsetof(struct awsc_sts_get_federation_token_input, policy_arns), 0}, /* GetFederationTokenRequest.PolicyArns: policyDescriptorListType */
        [74] = {MREF(74, strings[42]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(74, scalars[17]), AWSC_MEMBER_HAS(struct awsc_sts_get_federation_token_input, duration_seconds, has_duration_seconds), offsetof(struct awsc_sts_get_federation_token_input, duration_seconds), 0}, /* GetFederationTokenRequest.DurationSeconds: durationSecondsType */
        [75] = {MREF(75, strings[58]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(75, collections[3].shape), 0, offsetof(struct awsc_sts_get_federation_token_input, tags), 0}, /* GetFederationTokenRequest.Tags: tagListType */
        [76] = {MREF(76, strings[147]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(76, structures[9].shape), 0, offsetof(struct awsc_sts_get_federation_token_output, credentials), 0}, /* GetFederationTokenResponse.Credentials: Credentials */
        [77] = {MREF(77, strings[589]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(77, structures[14].shape), 0, offsetof(struct awsc_sts_get_federation_token_output, federated_user), 0}, /* GetFederationTokenResponse.FederatedUser: FederatedUser */
        [78] = {MREF(78, strings[175]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(78, scalars[30]), AWSC_MEMBER_HAS(struct awsc_sts_get_federation_token_output, packed_policy_size, has_packed_policy_size), offsetof(struct awsc_sts_get_federation_token_output, packed_policy_size), 0}, /* GetFederationTokenResponse.PackedPolicySize: nonNegativeIntegerType */
        [79] = {MREF(79, strings[42]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(79, scalars[17]), AWSC_MEMBER_HAS(struct awsc_sts_get_session_token_input, duration_seconds, has_duration_seconds), offsetof(struct awsc_sts_get_session_token_input, duration_seconds), 0}, /* GetSessionTokenRequest.DurationSeconds: durationSecondsType */
        [80] = {MREF(80, strings[92]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(80, scalars[36]), 0, offsetof(struct awsc_sts_get_session_token_input, serial_number), 0}, /* GetSessionTokenRequest.SerialNumber: serialNumberType */
        [81] = {MREF(81, strings[105]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(81, scalars[42]), 0, offsetof(struct awsc_sts_get_session_token_input, token_code), 0}, /* GetSessionTokenRequest.TokenCode: tokenCodeType */
        [82] = {MREF(82, strings[147]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(82, structures[9].shape), 0, offsetof(struct awsc_sts_get_session_token_output, credentials), 0}, /* GetSessionTokenResponse.Credentials: Credentials */
        [83] = {MREF(83, strings[246]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(83, collections[4].shape), 0, offsetof(struct awsc_sts_get_web_identity_token_input, audience), AWSC_MF_REQUIRED}, /* GetWebIdentityTokenRequest.Audience: webIdentityTokenAudienceListType */
        [84] = {MREF(84, strings[42]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(84, scalars[51]), AWSC_MEMBER_HAS(struct awsc_sts_get_web_identity_token_input, duration_seconds, has_duration_seconds), offsetof(struct awsc_sts_get_web_identity_token_input, duration_seconds), 0}, /* GetWebIdentityTokenRequest.DurationSeconds: webIdentityTokenDurationSecondsType */
        [85] = {MREF(85, strings[603]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(85, scalars[27]), 0, offsetof(struct awsc_sts_get_web_identity_token_input, signing_algorithm), AWSC_MF_REQUIRED}, /* GetWebIdentityTokenRequest.SigningAlgorithm: jwtAlgorithmType */
        [86] = {MREF(86, strings[58]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(86, collections[3].shape), 0, offsetof(struct awsc_sts_get_web_identity_token_input, tags), 0}, /* GetWebIdentityTokenRequest.Tags: tagListType */
        [87] = {MREF(87, strings[269]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(87, scalars[52]), 0, offsetof(struct awsc_sts_get_web_identity_token_output, web_identity_token), AWSC_MF_SENSITIVE}, /* GetWebIdentityTokenResponse.WebIdentityToken: webIdentityTokenType */
        [88] = {MREF(88, strings[423]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(88, scalars[15]), AWSC_MEMBER_HAS(struct awsc_sts_get_web_identity_token_output, expiration, has_expiration), offsetof(struct awsc_sts_get_web_identity_token_output, expiration), 0}, /* GetWebIdentityTokenResponse.Expiration: dateType */
        [89] = {MREF(89, strings[486]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(89, scalars[23]), 0, offsetof(struct awsc_sts_idp_communication_error_exception, message), 0}, /* IDPCommunicationErrorException.message: idpCommunicationErrorMessage */
        [90] = {MREF(90, strings[486]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(90, scalars[24]), 0, offsetof(struct awsc_sts_idp_rejected_claim_exception, message), 0}, /* IDPRejectedClaimException.message: idpRejectedClaimMessage */
        [91] = {MREF(91, strings[486]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(91, scalars[25]), 0, offsetof(struct awsc_sts_invalid_authorization_message_exception, message), 0}, /* InvalidAuthorizationMessageException.message: invalidAuthorizationMessage */
        [92] = {MREF(92, strings[486]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(92, scalars[26]), 0, offsetof(struct awsc_sts_invalid_identity_token_exception, message), 0}, /* InvalidIdentityTokenException.message: invalidIdentityTokenMessage */
        [93] = {MREF(93, strings[486]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(93, scalars[28]), 0, offsetof(struct awsc_sts_jwt_payload_size_exceeded_exception, message), 0}, /* JWTPayloadSizeExceededException.message: jwtPayloadSizeExceededException */
        [94] = {MREF(94, strings[486]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(94, scalars[29]), 0, offsetof(struct awsc_sts_malformed_policy_document_exception, message), 0}, /* MalformedPolicyDocumentException.message: malformedPolicyDocumentMessage */
        [95] = {MREF(95, strings[486]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(95, scalars[31]), 0, offsetof(struct awsc_sts_outbound_web_identity_federation_disabled_exception, message), 0}, /* OutboundWebIdentityFederationDisabledException.message: outboundWebIdentityFederationDisabledException */
        [96] = {MREF(96, strings[486]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(96, scalars[32]), 0, offsetof(struct awsc_sts_packed_policy_too_large_exception, message), 0}, /* PackedPolicyTooLargeException.message: packedPolicyTooLargeMessage */
        [97] = {MREF(97, strings[991]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(97, scalars[11]), 0, offsetof(struct awsc_sts_policy_descriptor_type, arn), 0}, /* PolicyDescriptorType.arn: arnType */
        [98] = {MREF(98, strings[995]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(98, scalars[11]), 0, offsetof(struct awsc_sts_provided_context, provider_arn), 0}, /* ProvidedContext.ProviderArn: arnType */
        [99] = {MREF(99, strings[1007]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(99, scalars[14]), 0, offsetof(struct awsc_sts_provided_context, context_assertion), 0}, /* ProvidedContext.ContextAssertion: contextAssertionType */
        [100] = {MREF(100, strings[486]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(100, scalars[33]), 0, offsetof(struct awsc_sts_region_disabled_exception, message), 0}, /* RegionDisabledException.message: regionDisabledMessage */
        [101] = {MREF(101, strings[486]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(101, scalars[37]), 0, offsetof(struct awsc_sts_session_duration_escalation_exception, message), 0}, /* SessionDurationEscalationException.message: sessionDurationEscalationException */
        [102] = {MREF(102, strings[1083]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(102, scalars[40]), 0, offsetof(struct awsc_sts_tag, key), AWSC_MF_REQUIRED}, /* Tag.Key: tagKeyType */
        [103] = {MREF(103, strings[1087]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(103, scalars[41]), 0, offsetof(struct awsc_sts_tag, value), AWSC_MF_REQUIRED}, /* Tag.Value: tagValueType */
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
        /*    192 */ "PrincipalArn\0"
        /*    205 */ "SAMLAssertion\0"
        /*    219 */ "Subject\0"
        /*    227 */ "SubjectType\0"
        /*    239 */ "Issuer\0"
        /*    246 */ "Audience\0"
        /*    255 */ "NameQualifier\0"
        /*    269 */ "WebIdentityToken\0"
        /*    286 */ "ProviderId\0"
        /*    297 */ "SubjectFromWebIdentityToken\0"
        /*    325 */ "Provider\0"
        /*    334 */ "TargetPrincipal\0"
        /*    350 */ "TaskPolicyArn\0"
        /*    364 */ "AssumedRoleId\0"
        /*    378 */ "Arn\0"
        /*    382 */ "AccessKeyId\0"
        /*    394 */ "SecretAccessKey\0"
        /*    410 */ "SessionToken\0"
        /*    423 */ "Expiration\0"
        /*    434 */ "EncodedMessage\0"
        /*    449 */ "DecodedMessage\0"
        /*    464 */ "ExpiredTokenException\0"
        /*    486 */ "message\0"
        /*    494 */ "ExpiredTradeInTokenException\0"
        /*    523 */ "FederatedUserId\0"
        /*    539 */ "Account\0"
        /*    547 */ "UserId\0"
        /*    554 */ "TradeInToken\0"
        /*    567 */ "AssumedPrincipal\0"
        /*    584 */ "Name\0"
        /*    589 */ "FederatedUser\0"
        /*    603 */ "SigningAlgorithm\0"
        /*    620 */ "IDPCommunicationErrorException\0"
        /*    651 */ "IDPCommunicationError\0"
        /*    673 */ "IDPRejectedClaimException\0"
        /*    699 */ "IDPRejectedClaim\0"
        /*    716 */ "InvalidAuthorizationMessageException\0"
        /*    753 */ "InvalidIdentityTokenException\0"
        /*    783 */ "InvalidIdentityToken\0"
        /*    804 */ "JWTPayloadSizeExceededException\0"
        /*    836 */ "MalformedPolicyDocumentException\0"
        /*    869 */ "MalformedPolicyDocument\0"
        /*    893 */ "OutboundWebIdentityFederationDisabledException\0"
        /*    940 */ "PackedPolicyTooLargeException\0"
        /*    970 */ "PackedPolicyTooLarge\0"
        /*    991 */ "arn\0"
        /*    995 */ "ProviderArn\0"
        /*   1007 */ "ContextAssertion\0"
        /*   1024 */ "RegionDisabledException\0"
        /*   1048 */ "SessionDurationEscalationException\0"
        /*   1083 */ "Key\0"
        /*   1087 */ "Value\0"
        /*   1093 */ "AssumeRole\0"
        /*   1104 */ "POST\0"
        /*   1109 */ "/\0"
        /*   1111 */ "AssumeRoleResult\0"
        /*   1128 */ "AssumeRoleWithSAML\0"
        /*   1147 */ "AssumeRoleWithSAMLResult\0"
        /*   1172 */ "AssumeRoleWithWebIdentity\0"
        /*   1198 */ "AssumeRoleWithWebIdentityResult\0"
        /*   1230 */ "AssumeRoot\0"
        /*   1241 */ "AssumeRootResult\0"
        /*   1258 */ "DecodeAuthorizationMessage\0"
        /*   1285 */ "DecodeAuthorizationMessageResult\0"
        /*   1318 */ "GetAccessKeyInfo\0"
        /*   1335 */ "GetAccessKeyInfoResult\0"
        /*   1358 */ "GetCallerIdentity\0"
        /*   1376 */ "GetCallerIdentityResult\0"
        /*   1400 */ "GetDelegatedAccessToken\0"
        /*   1424 */ "GetDelegatedAccessTokenResult\0"
        /*   1454 */ "GetFederationToken\0"
        /*   1473 */ "GetFederationTokenResult\0"
        /*   1498 */ "GetSessionToken\0"
        /*   1514 */ "GetSessionTokenResult\0"
        /*   1536 */ "GetWebIdentityToken\0"
        /*   1556 */ "GetWebIdentityTokenResult\0"
        /*   1582 */ "sts\0"
        /*   1586 */ "STS\0"
        /*   1590 */ "AWS Security Token Service\0"
        /*   1617 */ "2011-06-15\0"
        /*   1628 */ "https://sts.amazonaws.com/doc/2011-06-15/",
#if AWSC_WITH_SHAPE_NAMES
    .shape_names =
        /*      0 */ "AssumeRoleRequest\0"
        /*     18 */ "AssumeRoleResponse\0"
        /*     37 */ "AssumeRoleWithSAMLRequest\0"
        /*     63 */ "AssumeRoleWithSAMLResponse\0"
        /*     90 */ "AssumeRoleWithWebIdentityRequest\0"
        /*    123 */ "AssumeRoleWithWebIdentityResponse\0"
        /*    157 */ "AssumeRootRequest\0"
        /*    175 */ "AssumeRootResponse\0"
        /*    194 */ "AssumedRoleUser\0"
        /*    210 */ "Audience\0"
        /*    219 */ "Credentials\0"
        /*    231 */ "DecodeAuthorizationMessageRequest\0"
        /*    265 */ "DecodeAuthorizationMessageResponse\0"
        /*    300 */ "FederatedUser\0"
        /*    314 */ "GetAccessKeyInfoRequest\0"
        /*    338 */ "GetAccessKeyInfoResponse\0"
        /*    363 */ "GetCallerIdentityRequest\0"
        /*    388 */ "GetCallerIdentityResponse\0"
        /*    414 */ "GetDelegatedAccessTokenRequest\0"
        /*    445 */ "GetDelegatedAccessTokenResponse\0"
        /*    477 */ "GetFederationTokenRequest\0"
        /*    503 */ "GetFederationTokenResponse\0"
        /*    530 */ "GetSessionTokenRequest\0"
        /*    553 */ "GetSessionTokenResponse\0"
        /*    577 */ "GetWebIdentityTokenRequest\0"
        /*    604 */ "GetWebIdentityTokenResponse\0"
        /*    632 */ "Issuer\0"
        /*    639 */ "NameQualifier\0"
        /*    653 */ "PolicyDescriptorType\0"
        /*    674 */ "ProvidedContext\0"
        /*    690 */ "ProvidedContextsListType\0"
        /*    715 */ "RootDurationSecondsType\0"
        /*    739 */ "SAMLAssertionType\0"
        /*    757 */ "Subject\0"
        /*    765 */ "SubjectType\0"
        /*    777 */ "Tag\0"
        /*    781 */ "TargetPrincipalType\0"
        /*    801 */ "accessKeyIdType\0"
        /*    817 */ "accessKeySecretType\0"
        /*    837 */ "accountType\0"
        /*    849 */ "arnType\0"
        /*    857 */ "assumedRoleIdType\0"
        /*    875 */ "clientTokenType\0"
        /*    891 */ "contextAssertionType\0"
        /*    912 */ "dateType\0"
        /*    921 */ "decodedMessageType\0"
        /*    940 */ "durationSecondsType\0"
        /*    960 */ "encodedMessageType\0"
        /*    979 */ "expiredIdentityTokenMessage\0"
        /*   1007 */ "expiredTradeInTokenExceptionMessage\0"
        /*   1043 */ "externalIdType\0"
        /*   1058 */ "federatedIdType\0"
        /*   1074 */ "idpCommunicationErrorMessage\0"
        /*   1103 */ "idpRejectedClaimMessage\0"
        /*   1127 */ "invalidAuthorizationMessage\0"
        /*   1155 */ "invalidIdentityTokenMessage\0"
        /*   1183 */ "jwtAlgorithmType\0"
        /*   1200 */ "jwtPayloadSizeExceededException\0"
        /*   1232 */ "malformedPolicyDocumentMessage\0"
        /*   1263 */ "nonNegativeIntegerType\0"
        /*   1286 */ "outboundWebIdentityFederationDisabledException\0"
        /*   1333 */ "packedPolicyTooLargeMessage\0"
        /*   1361 */ "policyDescriptorListType\0"
        /*   1386 */ "regionDisabledMessage\0"
        /*   1408 */ "roleDurationSecondsType\0"
        /*   1432 */ "roleSessionNameType\0"
        /*   1452 */ "serialNumberType\0"
        /*   1469 */ "sessionDurationEscalationException\0"
        /*   1504 */ "sessionPolicyDocumentType\0"
        /*   1530 */ "sourceIdentityType\0"
        /*   1549 */ "tagKeyListType\0"
        /*   1564 */ "tagKeyType\0"
        /*   1575 */ "tagListType\0"
        /*   1587 */ "tagValueType\0"
        /*   1600 */ "tokenCodeType\0"
        /*   1614 */ "tokenType\0"
        /*   1624 */ "tradeInTokenType\0"
        /*   1641 */ "unrestrictedSessionPolicyDocumentType\0"
        /*   1679 */ "urlType\0"
        /*   1687 */ "userIdType\0"
        /*   1698 */ "userNameType\0"
        /*   1711 */ "webIdentitySubjectType\0"
        /*   1734 */ "webIdentityTokenAudienceListType\0"
        /*   1767 */ "webIdentityTokenAudienceStringType\0"
        /*   1802 */ "webIdentityTokenDurationSecondsType\0"
        /*   1838 */ "webIdentityTokenType",
#endif
};

/* The descriptor programs use (<awsc/sts.h>): the one in the tables. */
const struct awsc_service *awsc_sts_service(void)
{
    return &T.service;
}

#undef RULES_REF
#undef RULES
#undef SHAPE_NAME
#undef MREF
#undef REF
#undef T
