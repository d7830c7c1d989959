/*
 * sts_endpoints.c - the endpoint rule set of STS, compiled
 * into the tables of <awsc/endpoint.h> that runtime/endpoint walks.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/endpoint.h>
#include <awsc/sts.h>

/* The strings are one literal; it passes the 4095 characters ISO C
 * requires compilers to take (GCC and Clang take any length). */
#pragma GCC diagnostic ignored "-Woverlength-strings"

/* The endpoint rule set of sts in one object. */
struct awsc__sts_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[5];
    uint16_t slots[6];
    struct awsc_ep_rule rules[40];
    struct awsc_ep_cond conds[37];
    struct awsc_ep_expr exprs[77];
    uint16_t args[72];
    struct awsc_ep_endpoint endpoints[8];
    struct awsc_ep_prop props[12];
    char strings[772];
};
#define RULES awsc__sts_rules
#define RULES_REF(field, target) AWSC_REF(RULES.field, RULES.target)
static const struct awsc__sts_rules RULES = {
    .ruleset = {
        .params_ref = RULES_REF(ruleset.params_ref, params),
        .slots_ref = RULES_REF(ruleset.slots_ref, slots),
        .rules_ref = RULES_REF(ruleset.rules_ref, rules),
        .conds_ref = RULES_REF(ruleset.conds_ref, conds),
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
        {15, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_REGION, 0, false}, /* Region */
        {22, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_DUAL_STACK, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseDualStack */
        {35, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_FIPS, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseFIPS */
        {43, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ENDPOINT, 0, false}, /* Endpoint */
        {52, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_STS_USE_GLOBAL_ENDPOINT, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseGlobalEndpoint */
    },
    /* The slots' names: parameters, then the variables the rules assign. */
    .slots = {
        15, /* 0: Region */
        22, /* 1: UseDualStack */
        35, /* 2: UseFIPS */
        43, /* 3: Endpoint */
        52, /* 4: UseGlobalEndpoint */
        70, /* 5: PartitionResult */
    },
    /* Rules: type, condition count, first condition, then a tree's first
     * child and child count, an endpoint's index, or an error's message. */
    .rules = {
        /* 0 */ {AWSC_EP_RULE_TREE, 6, 0, 4, 17}, /* booleanEquals(UseGlobalEndpoint, true) && not(isSet(Endpoint)) && isSet(Region) && Par ... */
        /* 1 */ {AWSC_EP_RULE_TREE, 1, 6, 21, 3}, /* isSet(Endpoint) */
        /* 2 */ {AWSC_EP_RULE_TREE, 1, 7, 24, 1}, /* isSet(Region) */
        /* 3 */ {AWSC_EP_RULE_ERROR, 0, 8, 14, 0}, /* always */
        /* 4 */ {AWSC_EP_RULE_ENDPOINT, 1, 8, 0, 0}, /* stringEquals(Region, "ap-northeast-1") */
        /* 5 */ {AWSC_EP_RULE_ENDPOINT, 1, 9, 0, 0}, /* stringEquals(Region, "ap-south-1") */
        /* 6 */ {AWSC_EP_RULE_ENDPOINT, 1, 10, 0, 0}, /* stringEquals(Region, "ap-southeast-1") */
        /* 7 */ {AWSC_EP_RULE_ENDPOINT, 1, 11, 0, 0}, /* stringEquals(Region, "ap-southeast-2") */
        /* 8 */ {AWSC_EP_RULE_ENDPOINT, 1, 12, 0, 0}, /* stringEquals(Region, "aws-global") */
        /* 9 */ {AWSC_EP_RULE_ENDPOINT, 1, 13, 0, 0}, /* stringEquals(Region, "ca-central-1") */
        /* 10 */ {AWSC_EP_RULE_ENDPOINT, 1, 14, 0, 0}, /* stringEquals(Region, "eu-central-1") */
        /* 11 */ {AWSC_EP_RULE_ENDPOINT, 1, 15, 0, 0}, /* stringEquals(Region, "eu-north-1") */
        /* 12 */ {AWSC_EP_RULE_ENDPOINT, 1, 16, 0, 0}, /* stringEquals(Region, "eu-west-1") */
        /* 13 */ {AWSC_EP_RULE_ENDPOINT, 1, 17, 0, 0}, /* stringEquals(Region, "eu-west-2") */
        /* 14 */ {AWSC_EP_RULE_ENDPOINT, 1, 18, 0, 0}, /* stringEquals(Region, "eu-west-3") */
        /* 15 */ {AWSC_EP_RULE_ENDPOINT, 1, 19, 0, 0}, /* stringEquals(Region, "sa-east-1") */
        /* 16 */ {AWSC_EP_RULE_ENDPOINT, 1, 20, 0, 0}, /* stringEquals(Region, "us-east-1") */
        /* 17 */ {AWSC_EP_RULE_ENDPOINT, 1, 21, 0, 0}, /* stringEquals(Region, "us-east-2") */
        /* 18 */ {AWSC_EP_RULE_ENDPOINT, 1, 22, 0, 0}, /* stringEquals(Region, "us-west-1") */
        /* 19 */ {AWSC_EP_RULE_ENDPOINT, 1, 23, 0, 0}, /* stringEquals(Region, "us-west-2") */
        /* 20 */ {AWSC_EP_RULE_ENDPOINT, 0, 24, 1, 0}, /* always */
        /* 21 */ {AWSC_EP_RULE_ERROR, 1, 24, 56, 0}, /* booleanEquals(UseFIPS, true) */
        /* 22 */ {AWSC_EP_RULE_ERROR, 1, 25, 58, 0}, /* booleanEquals(UseDualStack, true) */
        /* 23 */ {AWSC_EP_RULE_ENDPOINT, 0, 26, 2, 0}, /* always */
        /* 24 */ {AWSC_EP_RULE_TREE, 1, 26, 25, 5}, /* PartitionResult = aws.partition(Region) */
        /* 25 */ {AWSC_EP_RULE_TREE, 2, 27, 30, 2}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 26 */ {AWSC_EP_RULE_TREE, 1, 29, 33, 2}, /* booleanEquals(UseFIPS, true) */
        /* 27 */ {AWSC_EP_RULE_TREE, 1, 30, 37, 2}, /* booleanEquals(UseDualStack, true) */
        /* 28 */ {AWSC_EP_RULE_ENDPOINT, 1, 31, 0, 0}, /* stringEquals(Region, "aws-global") */
        /* 29 */ {AWSC_EP_RULE_ENDPOINT, 0, 32, 3, 0}, /* always */
        /* 30 */ {AWSC_EP_RULE_TREE, 2, 32, 32, 1}, /* booleanEquals(true, PartitionResult#supportsFIPS) && booleanEquals(true, PartitionResu ... */
        /* 31 */ {AWSC_EP_RULE_ERROR, 0, 34, 63, 0}, /* always */
        /* 32 */ {AWSC_EP_RULE_ENDPOINT, 0, 34, 4, 0}, /* always */
        /* 33 */ {AWSC_EP_RULE_TREE, 1, 34, 35, 2}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 34 */ {AWSC_EP_RULE_ERROR, 0, 35, 68, 0}, /* always */
        /* 35 */ {AWSC_EP_RULE_ENDPOINT, 1, 35, 5, 0}, /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 36 */ {AWSC_EP_RULE_ENDPOINT, 0, 36, 6, 0}, /* always */
        /* 37 */ {AWSC_EP_RULE_TREE, 1, 36, 39, 1}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 38 */ {AWSC_EP_RULE_ERROR, 0, 37, 75, 0}, /* always */
        /* 39 */ {AWSC_EP_RULE_ENDPOINT, 0, 37, 7, 0}, /* always */
    },
    /* Conditions: expression, and the variable its result is assigned to. */
    .conds = {
        /* 0 */ {2, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
        /* 1 */ {5, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 2 */ {7, AWSC_EP_NONE}, /* isSet(Region) */
        /* 3 */ {8, 5}, /* PartitionResult = aws.partition(Region) */
        /* 4 */ {11, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 5 */ {13, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 6 */ {4, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 7 */ {7, AWSC_EP_NONE}, /* isSet(Region) */
        /* 8 */ {16, AWSC_EP_NONE}, /* stringEquals(Region, "ap-northeast-1") */
        /* 9 */ {22, AWSC_EP_NONE}, /* stringEquals(Region, "ap-south-1") */
        /* 10 */ {24, AWSC_EP_NONE}, /* stringEquals(Region, "ap-southeast-1") */
        /* 11 */ {26, AWSC_EP_NONE}, /* stringEquals(Region, "ap-southeast-2") */
        /* 12 */ {28, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
        /* 13 */ {30, AWSC_EP_NONE}, /* stringEquals(Region, "ca-central-1") */
        /* 14 */ {32, AWSC_EP_NONE}, /* stringEquals(Region, "eu-central-1") */
        /* 15 */ {34, AWSC_EP_NONE}, /* stringEquals(Region, "eu-north-1") */
        /* 16 */ {36, AWSC_EP_NONE}, /* stringEquals(Region, "eu-west-1") */
        /* 17 */ {38, AWSC_EP_NONE}, /* stringEquals(Region, "eu-west-2") */
        /* 18 */ {40, AWSC_EP_NONE}, /* stringEquals(Region, "eu-west-3") */
        /* 19 */ {42, AWSC_EP_NONE}, /* stringEquals(Region, "sa-east-1") */
        /* 20 */ {43, AWSC_EP_NONE}, /* stringEquals(Region, "us-east-1") */
        /* 21 */ {45, AWSC_EP_NONE}, /* stringEquals(Region, "us-east-2") */
        /* 22 */ {47, AWSC_EP_NONE}, /* stringEquals(Region, "us-west-1") */
        /* 23 */ {49, AWSC_EP_NONE}, /* stringEquals(Region, "us-west-2") */
        /* 24 */ {55, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 25 */ {57, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 26 */ {8, 5}, /* PartitionResult = aws.partition(Region) */
        /* 27 */ {55, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 28 */ {57, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 29 */ {55, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 30 */ {57, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 31 */ {28, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
        /* 32 */ {60, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
        /* 33 */ {62, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 34 */ {67, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 35 */ {71, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 36 */ {62, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
    },
    /* Expressions. S(at, length) is a string, A(obj, attribute, index)
     * getAttr, V(slot) a variable, T(n, first) a template of n parts from
     * args, F(fn, n, first) a call. */
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
        /* 9 */ AWSC_EP_V(2), /* UseFIPS */
        /* 10 */ AWSC_EP_B(0), /* false */
        /* 11 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 5), /* booleanEquals(UseFIPS, false) */
        /* 12 */ AWSC_EP_V(1), /* UseDualStack */
        /* 13 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 7), /* booleanEquals(UseDualStack, false) */
        /* 14 */ AWSC_EP_S(86, 37), /* "Invalid Configuration: Missing Region" */
        /* 15 */ AWSC_EP_S(124, 14), /* "ap-northeast-1" */
        /* 16 */ AWSC_EP_F(STRING_EQUALS, 2, 9), /* stringEquals(Region, "ap-northeast-1") */
        /* 17 */ AWSC_EP_S(139, 25), /* "https://sts.amazonaws.com" */
        /* 18 */ AWSC_EP_S(182, 5), /* "sigv4" */
        /* 19 */ AWSC_EP_S(0, 3), /* "sts" */
        /* 20 */ AWSC_EP_S(214, 9), /* "us-east-1" */
        /* 21 */ AWSC_EP_S(224, 10), /* "ap-south-1" */
        /* 22 */ AWSC_EP_F(STRING_EQUALS, 2, 11), /* stringEquals(Region, "ap-south-1") */
        /* 23 */ AWSC_EP_S(235, 14), /* "ap-southeast-1" */
        /* 24 */ AWSC_EP_F(STRING_EQUALS, 2, 13), /* stringEquals(Region, "ap-southeast-1") */
        /* 25 */ AWSC_EP_S(250, 14), /* "ap-southeast-2" */
        /* 26 */ AWSC_EP_F(STRING_EQUALS, 2, 15), /* stringEquals(Region, "ap-southeast-2") */
        /* 27 */ AWSC_EP_S(4, 10), /* "aws-global" */
        /* 28 */ AWSC_EP_F(STRING_EQUALS, 2, 17), /* stringEquals(Region, "aws-global") */
        /* 29 */ AWSC_EP_S(265, 12), /* "ca-central-1" */
        /* 30 */ AWSC_EP_F(STRING_EQUALS, 2, 19), /* stringEquals(Region, "ca-central-1") */
        /* 31 */ AWSC_EP_S(278, 12), /* "eu-central-1" */
        /* 32 */ AWSC_EP_F(STRING_EQUALS, 2, 21), /* stringEquals(Region, "eu-central-1") */
        /* 33 */ AWSC_EP_S(291, 10), /* "eu-north-1" */
        /* 34 */ AWSC_EP_F(STRING_EQUALS, 2, 23), /* stringEquals(Region, "eu-north-1") */
        /* 35 */ AWSC_EP_S(302, 9), /* "eu-west-1" */
        /* 36 */ AWSC_EP_F(STRING_EQUALS, 2, 25), /* stringEquals(Region, "eu-west-1") */
        /* 37 */ AWSC_EP_S(312, 9), /* "eu-west-2" */
        /* 38 */ AWSC_EP_F(STRING_EQUALS, 2, 27), /* stringEquals(Region, "eu-west-2") */
        /* 39 */ AWSC_EP_S(322, 9), /* "eu-west-3" */
        /* 40 */ AWSC_EP_F(STRING_EQUALS, 2, 29), /* stringEquals(Region, "eu-west-3") */
        /* 41 */ AWSC_EP_S(332, 9), /* "sa-east-1" */
        /* 42 */ AWSC_EP_F(STRING_EQUALS, 2, 31), /* stringEquals(Region, "sa-east-1") */
        /* 43 */ AWSC_EP_F(STRING_EQUALS, 2, 33), /* stringEquals(Region, "us-east-1") */
        /* 44 */ AWSC_EP_S(342, 9), /* "us-east-2" */
        /* 45 */ AWSC_EP_F(STRING_EQUALS, 2, 35), /* stringEquals(Region, "us-east-2") */
        /* 46 */ AWSC_EP_S(352, 9), /* "us-west-1" */
        /* 47 */ AWSC_EP_F(STRING_EQUALS, 2, 37), /* stringEquals(Region, "us-west-1") */
        /* 48 */ AWSC_EP_S(362, 9), /* "us-west-2" */
        /* 49 */ AWSC_EP_F(STRING_EQUALS, 2, 39), /* stringEquals(Region, "us-west-2") */
        /* 50 */ AWSC_EP_S(372, 12), /* "https://sts." */
        /* 51 */ AWSC_EP_S(385, 1), /* "." */
        /* 52 */ AWSC_EP_V(5), /* PartitionResult */
        /* 53 */ AWSC_EP_A(52, DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dnsSuffix */
        /* 54 */ AWSC_EP_T(4, 41), /* "https://sts.{Region}.{PartitionResult#dnsSuffix}" */
        /* 55 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 45), /* booleanEquals(UseFIPS, true) */
        /* 56 */ AWSC_EP_S(387, 65), /* "Invalid Configuration: FIPS and custom endpoint are not supported" */
        /* 57 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 47), /* booleanEquals(UseDualStack, true) */
        /* 58 */ AWSC_EP_S(453, 70), /* "Invalid Configuration: Dualstack and custom endpoint are not supported" */
        /* 59 */ AWSC_EP_A(52, SUPPORTS_FIPS, AWSC_EP_NONE), /* PartitionResult#supportsFIPS */
        /* 60 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 49), /* booleanEquals(true, PartitionResult#supportsFIPS) */
        /* 61 */ AWSC_EP_A(52, SUPPORTS_DUAL_STACK, AWSC_EP_NONE), /* PartitionResult#supportsDualStack */
        /* 62 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 51), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 63 */ AWSC_EP_S(524, 79), /* "FIPS and DualStack are enabled, but this partition does not support one or both" */
        /* 64 */ AWSC_EP_S(604, 17), /* "https://sts-fips." */
        /* 65 */ AWSC_EP_A(52, DUAL_STACK_DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dualStackDnsSuffix */
        /* 66 */ AWSC_EP_T(4, 53), /* "https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 67 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 57), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 68 */ AWSC_EP_S(622, 56), /* "FIPS is enabled but this partition does not support FIPS" */
        /* 69 */ AWSC_EP_A(52, NAME, AWSC_EP_NONE), /* PartitionResult#name */
        /* 70 */ AWSC_EP_S(679, 10), /* "aws-us-gov" */
        /* 71 */ AWSC_EP_F(STRING_EQUALS, 2, 59), /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 72 */ AWSC_EP_S(690, 14), /* ".amazonaws.com" */
        /* 73 */ AWSC_EP_T(3, 61), /* "https://sts.{Region}.amazonaws.com" */
        /* 74 */ AWSC_EP_T(4, 64), /* "https://sts-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 75 */ AWSC_EP_S(705, 66), /* "DualStack is enabled but this partition does not support DualStack" */
        /* 76 */ AWSC_EP_T(4, 68), /* "https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    },
    .args = {
        0, 1, 3, 4, 6, 9, 10, 12, 10, 6, 15, 6, 21, 6, 23, 6,
        25, 6, 27, 6, 29, 6, 31, 6, 33, 6, 35, 6, 37, 6, 39, 6,
        41, 6, 20, 6, 44, 6, 46, 6, 48, 50, 6, 51, 53, 9, 1, 12,
        1, 1, 59, 1, 61, 64, 6, 51, 65, 59, 1, 69, 70, 50, 6, 72,
        64, 6, 51, 53, 50, 6, 51, 65,
    },
    /* Endpoints: URL, properties, first header, header count. */
    .endpoints = {
        /* 0 */ {17, 0, 0, 0}, /* "https://sts.amazonaws.com" */
        /* 1 */ {54, 6, 0, 0}, /* "https://sts.{Region}.{PartitionResult#dnsSuffix}" */
        /* 2 */ {3, AWSC_EP_NONE, 0, 0}, /* Endpoint */
        /* 3 */ {54, AWSC_EP_NONE, 0, 0}, /* "https://sts.{Region}.{PartitionResult#dnsSuffix}" */
        /* 4 */ {66, AWSC_EP_NONE, 0, 0}, /* "https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 5 */ {73, AWSC_EP_NONE, 0, 0}, /* "https://sts.{Region}.amazonaws.com" */
        /* 6 */ {74, AWSC_EP_NONE, 0, 0}, /* "https://sts-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 7 */ {76, AWSC_EP_NONE, 0, 0}, /* "https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    },
    /* Properties: key, first item or value, count, type. */
    .props = {
        /* 0 */ {AWSC_EP_NONE, 1, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 1 */ {165, 2, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 2 */ {AWSC_EP_NONE, 3, 3, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 3 */ {177, 18, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 4 */ {188, 19, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 5 */ {200, 20, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 6 */ {AWSC_EP_NONE, 7, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 7 */ {165, 8, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 8 */ {AWSC_EP_NONE, 9, 3, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 9 */ {177, 18, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 10 */ {188, 19, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 11 */ {200, 6, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
    },
    .strings =
        /*     0 */ "sts\0"
        /*     4 */ "aws-global\0"
        /*    15 */ "Region\0"
        /*    22 */ "UseDualStack\0"
        /*    35 */ "UseFIPS\0"
        /*    43 */ "Endpoint\0"
        /*    52 */ "UseGlobalEndpoint\0"
        /*    70 */ "PartitionResult\0"
        /*    86 */ "Invalid Configuration: Missing Region\0"
        /*   124 */ "ap-northeast-1\0"
        /*   139 */ "https://sts.amazonaws.com\0"
        /*   165 */ "authSchemes\0"
        /*   177 */ "name\0"
        /*   182 */ "sigv4\0"
        /*   188 */ "signingName\0"
        /*   200 */ "signingRegion\0"
        /*   214 */ "us-east-1\0"
        /*   224 */ "ap-south-1\0"
        /*   235 */ "ap-southeast-1\0"
        /*   250 */ "ap-southeast-2\0"
        /*   265 */ "ca-central-1\0"
        /*   278 */ "eu-central-1\0"
        /*   291 */ "eu-north-1\0"
        /*   302 */ "eu-west-1\0"
        /*   312 */ "eu-west-2\0"
        /*   322 */ "eu-west-3\0"
        /*   332 */ "sa-east-1\0"
        /*   342 */ "us-east-2\0"
        /*   352 */ "us-west-1\0"
        /*   362 */ "us-west-2\0"
        /*   372 */ "https://sts.\0"
        /*   385 */ ".\0"
        /*   387 */ "Invalid Configuration: FIPS and custom endpoint are not supported\0"
        /*   453 */ "Invalid Configuration: Dualstack and custom endpoint are not supported\0"
        /*   524 */ "FIPS and DualStack are enabled, but this partition does not support one or both\0"
        /*   604 */ "https://sts-fips.\0"
        /*   622 */ "FIPS is enabled but this partition does not support FIPS\0"
        /*   679 */ "aws-us-gov\0"
        /*   690 */ ".amazonaws.com\0"
        /*   705 */ "DualStack is enabled but this partition does not support DualStack",
};
#undef RULES_REF
#undef RULES
extern const struct awsc_ruleset awsc__sts_ruleset __attribute__((alias("awsc__sts_rules")));
