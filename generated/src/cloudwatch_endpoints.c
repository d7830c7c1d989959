/*
 * cloudwatch_endpoints.c - the endpoint rule set of CloudWatch, compiled
 * into the tables of <awsc/endpoint.h> that runtime/endpoint walks.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/endpoint.h>
#include <awsc/cloudwatch.h>

/* The strings are one literal; it passes the 4095 characters ISO C
 * requires compilers to take (GCC and Clang take any length). */
#pragma GCC diagnostic ignored "-Woverlength-strings"

/* The endpoint rule set of cloudwatch in one object. */
struct awsc__cloudwatch_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[4];
    uint16_t slots[5];
    struct awsc_ep_rule rules[24];
    struct awsc_ep_cond conds[21];
    struct awsc_ep_expr exprs[37];
    uint16_t args[34];
    struct awsc_ep_endpoint endpoints[5];
    char strings[501];
};
#define RULES awsc__cloudwatch_rules
#define RULES_REF(field, target) AWSC_REF(RULES.field, RULES.target)
static const struct awsc__cloudwatch_rules RULES = {
    .ruleset = {
        .params_ref = RULES_REF(ruleset.params_ref, params),
        .slots_ref = RULES_REF(ruleset.slots_ref, slots),
        .rules_ref = RULES_REF(ruleset.rules_ref, rules),
        .conds_ref = RULES_REF(ruleset.conds_ref, conds),
        .exprs_ref = RULES_REF(ruleset.exprs_ref, exprs),
        .args_ref = RULES_REF(ruleset.args_ref, args),
        .endpoints_ref = RULES_REF(ruleset.endpoints_ref, endpoints),
        .strings_ref = RULES_REF(ruleset.strings_ref, strings),
        .service = 0, /* cloudwatch */
        .global_region = AWSC_EP_NONE,
        .param_count = 4,
        .slot_count = 5,
        .rule_count = 2,
        .flags = 0,
    },
    /* Parameters: name, default string (a stringArray's: the first in
     * defaults), default count, type, built-in, flags, default boolean. */
    .params = {
        {11, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_DUAL_STACK, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseDualStack */
        {24, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_FIPS, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseFIPS */
        {32, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ENDPOINT, 0, false}, /* Endpoint */
        {41, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_REGION, 0, false}, /* Region */
    },
    /* The slots' names: parameters, then the variables the rules assign. */
    .slots = {
        11, /* 0: UseDualStack */
        24, /* 1: UseFIPS */
        32, /* 2: Endpoint */
        41, /* 3: Region */
        223, /* 4: PartitionResult */
    },
    /* Rules: type, condition count, first condition, then a tree's first
     * child and child count, an endpoint's index, or an error's message. */
    .rules = {
        /* 0 */ {AWSC_EP_RULE_TREE, 1, 0, 2, 2}, /* isSet(Endpoint) */
        /* 1 */ {AWSC_EP_RULE_TREE, 0, 1, 6, 2}, /* always */
        /* 2 */ {AWSC_EP_RULE_ERROR, 1, 1, 5, 0}, /* booleanEquals(UseFIPS, true) */
        /* 3 */ {AWSC_EP_RULE_TREE, 0, 2, 4, 2}, /* always */
        /* 4 */ {AWSC_EP_RULE_ERROR, 1, 2, 8, 0}, /* booleanEquals(UseDualStack, true) */
        /* 5 */ {AWSC_EP_RULE_ENDPOINT, 0, 3, 0, 0}, /* always */
        /* 6 */ {AWSC_EP_RULE_TREE, 1, 3, 8, 1}, /* isSet(Region) */
        /* 7 */ {AWSC_EP_RULE_ERROR, 0, 4, 11, 0}, /* always */
        /* 8 */ {AWSC_EP_RULE_TREE, 1, 4, 9, 6}, /* PartitionResult = aws.partition(Region) */
        /* 9 */ {AWSC_EP_RULE_ENDPOINT, 3, 5, 1, 0}, /* stringEquals(PartitionResult#name, "aws-us-gov") && booleanEquals(UseFIPS, true) && bo ... */
        /* 10 */ {AWSC_EP_RULE_ENDPOINT, 3, 8, 2, 0}, /* stringEquals(PartitionResult#name, "aws-us-gov") && booleanEquals(UseFIPS, true) && bo ... */
        /* 11 */ {AWSC_EP_RULE_TREE, 2, 11, 15, 2}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 12 */ {AWSC_EP_RULE_TREE, 2, 13, 18, 2}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 13 */ {AWSC_EP_RULE_TREE, 2, 15, 21, 2}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 14 */ {AWSC_EP_RULE_ENDPOINT, 0, 17, 1, 0}, /* always */
        /* 15 */ {AWSC_EP_RULE_TREE, 2, 17, 17, 1}, /* booleanEquals(true, PartitionResult#supportsFIPS) && booleanEquals(true, PartitionResu ... */
        /* 16 */ {AWSC_EP_RULE_ERROR, 0, 19, 30, 0}, /* always */
        /* 17 */ {AWSC_EP_RULE_ENDPOINT, 0, 19, 3, 0}, /* always */
        /* 18 */ {AWSC_EP_RULE_TREE, 1, 19, 20, 1}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 19 */ {AWSC_EP_RULE_ERROR, 0, 20, 34, 0}, /* always */
        /* 20 */ {AWSC_EP_RULE_ENDPOINT, 0, 20, 4, 0}, /* always */
        /* 21 */ {AWSC_EP_RULE_TREE, 1, 20, 23, 1}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 22 */ {AWSC_EP_RULE_ERROR, 0, 21, 36, 0}, /* always */
        /* 23 */ {AWSC_EP_RULE_ENDPOINT, 0, 21, 2, 0}, /* always */
    },
    /* Conditions: expression, and the variable its result is assigned to. */
    .conds = {
        /* 0 */ {1, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 1 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 2 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 3 */ {10, AWSC_EP_NONE}, /* isSet(Region) */
        /* 4 */ {12, 4}, /* PartitionResult = aws.partition(Region) */
        /* 5 */ {16, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 6 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 7 */ {18, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 8 */ {16, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 9 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 10 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 11 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 12 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 13 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 14 */ {18, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 15 */ {25, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 16 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 17 */ {27, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
        /* 18 */ {29, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 19 */ {33, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 20 */ {29, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
    },
    /* Expressions. S(at, length) is a string, A(obj, attribute, index)
     * getAttr, V(slot) a variable, T(n, first) a template of n parts from
     * args, F(fn, n, first) a call. */
    .exprs = {
        /* 0 */ AWSC_EP_V(2), /* Endpoint */
        /* 1 */ AWSC_EP_F(IS_SET, 1, 0), /* isSet(Endpoint) */
        /* 2 */ AWSC_EP_V(1), /* UseFIPS */
        /* 3 */ AWSC_EP_B(1), /* true */
        /* 4 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 1), /* booleanEquals(UseFIPS, true) */
        /* 5 */ AWSC_EP_S(48, 65), /* "Invalid Configuration: FIPS and custom endpoint are not supported" */
        /* 6 */ AWSC_EP_V(0), /* UseDualStack */
        /* 7 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 3), /* booleanEquals(UseDualStack, true) */
        /* 8 */ AWSC_EP_S(114, 70), /* "Invalid Configuration: Dualstack and custom endpoint are not supported" */
        /* 9 */ AWSC_EP_V(3), /* Region */
        /* 10 */ AWSC_EP_F(IS_SET, 1, 5), /* isSet(Region) */
        /* 11 */ AWSC_EP_S(185, 37), /* "Invalid Configuration: Missing Region" */
        /* 12 */ AWSC_EP_F(PARTITION, 1, 5), /* aws.partition(Region) */
        /* 13 */ AWSC_EP_V(4), /* PartitionResult */
        /* 14 */ AWSC_EP_A(13, NAME, AWSC_EP_NONE), /* PartitionResult#name */
        /* 15 */ AWSC_EP_S(239, 10), /* "aws-us-gov" */
        /* 16 */ AWSC_EP_F(STRING_EQUALS, 2, 6), /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 17 */ AWSC_EP_B(0), /* false */
        /* 18 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 8), /* booleanEquals(UseDualStack, false) */
        /* 19 */ AWSC_EP_S(250, 19), /* "https://monitoring." */
        /* 20 */ AWSC_EP_S(270, 1), /* "." */
        /* 21 */ AWSC_EP_A(13, DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dnsSuffix */
        /* 22 */ AWSC_EP_T(4, 10), /* "https://monitoring.{Region}.{PartitionResult#dnsSuffix}" */
        /* 23 */ AWSC_EP_A(13, DUAL_STACK_DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dualStackDnsSuffix */
        /* 24 */ AWSC_EP_T(4, 14), /* "https://monitoring.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 25 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 18), /* booleanEquals(UseFIPS, false) */
        /* 26 */ AWSC_EP_A(13, SUPPORTS_FIPS, AWSC_EP_NONE), /* PartitionResult#supportsFIPS */
        /* 27 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 20), /* booleanEquals(true, PartitionResult#supportsFIPS) */
        /* 28 */ AWSC_EP_A(13, SUPPORTS_DUAL_STACK, AWSC_EP_NONE), /* PartitionResult#supportsDualStack */
        /* 29 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 22), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 30 */ AWSC_EP_S(272, 79), /* "FIPS and DualStack are enabled, but this partition does not support one or both" */
        /* 31 */ AWSC_EP_S(352, 24), /* "https://monitoring-fips." */
        /* 32 */ AWSC_EP_T(4, 24), /* "https://monitoring-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 33 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 28), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 34 */ AWSC_EP_S(377, 56), /* "FIPS is enabled but this partition does not support FIPS" */
        /* 35 */ AWSC_EP_T(4, 30), /* "https://monitoring-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 36 */ AWSC_EP_S(434, 66), /* "DualStack is enabled but this partition does not support DualStack" */
    },
    .args = {
        0, 2, 3, 6, 3, 9, 14, 15, 6, 17, 19, 9, 20, 21, 19, 9,
        20, 23, 2, 17, 3, 26, 3, 28, 31, 9, 20, 23, 26, 3, 31, 9,
        20, 21,
    },
    /* Endpoints: URL, properties, first header, header count. */
    .endpoints = {
        /* 0 */ {0, AWSC_EP_NONE, 0, 0}, /* Endpoint */
        /* 1 */ {22, AWSC_EP_NONE, 0, 0}, /* "https://monitoring.{Region}.{PartitionResult#dnsSuffix}" */
        /* 2 */ {24, AWSC_EP_NONE, 0, 0}, /* "https://monitoring.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 3 */ {32, AWSC_EP_NONE, 0, 0}, /* "https://monitoring-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 4 */ {35, AWSC_EP_NONE, 0, 0}, /* "https://monitoring-fips.{Region}.{PartitionResult#dnsSuffix}" */
    },
    .strings =
        /*     0 */ "cloudwatch\0"
        /*    11 */ "UseDualStack\0"
        /*    24 */ "UseFIPS\0"
        /*    32 */ "Endpoint\0"
        /*    41 */ "Region\0"
        /*    48 */ "Invalid Configuration: FIPS and custom endpoint are not supported\0"
        /*   114 */ "Invalid Configuration: Dualstack and custom endpoint are not supported\0"
        /*   185 */ "Invalid Configuration: Missing Region\0"
        /*   223 */ "PartitionResult\0"
        /*   239 */ "aws-us-gov\0"
        /*   250 */ "https://monitoring.\0"
        /*   270 */ ".\0"
        /*   272 */ "FIPS and DualStack are enabled, but this partition does not support one or both\0"
        /*   352 */ "https://monitoring-fips.\0"
        /*   377 */ "FIPS is enabled but this partition does not support FIPS\0"
        /*   434 */ "DualStack is enabled but this partition does not support DualStack",
};
#undef RULES_REF
#undef RULES
extern const struct awsc_ruleset awsc__cloudwatch_ruleset __attribute__((alias("awsc__cloudwatch_rules")));
