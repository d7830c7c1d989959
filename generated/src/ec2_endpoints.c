/*
 * ec2_endpoints.c - the endpoint rule set of EC2, compiled
 * into the tables of <awsc/endpoint.h> that runtime/endpoint walks.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/endpoint.h>
#include <awsc/ec2.h>

/* The strings are one literal; it passes the 4095 characters ISO C
 * requires compilers to take (GCC and Clang take any length). */
#pragma GCC diagnostic ignored "-Woverlength-strings"

/* The endpoint rule set of ec2 in one object. */
struct awsc__ec2_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[4];
    uint16_t slots[5];
    struct awsc_ep_rule rules[21];
    struct awsc_ep_cond conds[14];
    struct awsc_ep_expr exprs[36];
    uint16_t args[33];
    struct awsc_ep_endpoint endpoints[6];
    char strings[495];
};
#define RULES awsc__ec2_rules
#define RULES_REF(field, target) AWSC_REF(RULES.field, RULES.target)
static const struct awsc__ec2_rules RULES = {
    .ruleset = {
        .params_ref = RULES_REF(ruleset.params_ref, params),
        .slots_ref = RULES_REF(ruleset.slots_ref, slots),
        .rules_ref = RULES_REF(ruleset.rules_ref, rules),
        .conds_ref = RULES_REF(ruleset.conds_ref, conds),
        .exprs_ref = RULES_REF(ruleset.exprs_ref, exprs),
        .args_ref = RULES_REF(ruleset.args_ref, args),
        .endpoints_ref = RULES_REF(ruleset.endpoints_ref, endpoints),
        .strings_ref = RULES_REF(ruleset.strings_ref, strings),
        .service = 0, /* ec2 */
        .global_region = AWSC_EP_NONE,
        .param_count = 4,
        .slot_count = 5,
        .rule_count = 3,
        .flags = 0,
    },
    /* Parameters: name, default string (a stringArray's: the first in
     * defaults), default count, type, built-in, flags, default boolean. */
    .params = {
        {4, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_REGION, 0, false}, /* Region */
        {11, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_DUAL_STACK, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseDualStack */
        {24, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_FIPS, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseFIPS */
        {32, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ENDPOINT, 0, false}, /* Endpoint */
    },
    /* The slots' names: parameters, then the variables the rules assign. */
    .slots = {
        4, /* 0: Region */
        11, /* 1: UseDualStack */
        24, /* 2: UseFIPS */
        32, /* 3: Endpoint */
        216, /* 4: PartitionResult */
    },
    /* Rules: type, condition count, first condition, then a tree's first
     * child and child count, an endpoint's index, or an error's message. */
    .rules = {
        /* 0 */ {AWSC_EP_RULE_TREE, 1, 0, 3, 3}, /* isSet(Endpoint) */
        /* 1 */ {AWSC_EP_RULE_TREE, 1, 1, 6, 1}, /* isSet(Region) */
        /* 2 */ {AWSC_EP_RULE_ERROR, 0, 2, 4, 0}, /* always */
        /* 3 */ {AWSC_EP_RULE_ERROR, 1, 2, 8, 0}, /* booleanEquals(UseFIPS, true) */
        /* 4 */ {AWSC_EP_RULE_ERROR, 1, 3, 11, 0}, /* booleanEquals(UseDualStack, true) */
        /* 5 */ {AWSC_EP_RULE_ENDPOINT, 0, 4, 0, 0}, /* always */
        /* 6 */ {AWSC_EP_RULE_TREE, 1, 4, 7, 4}, /* PartitionResult = aws.partition(Region) */
        /* 7 */ {AWSC_EP_RULE_TREE, 2, 5, 11, 2}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 8 */ {AWSC_EP_RULE_TREE, 1, 7, 14, 2}, /* booleanEquals(UseFIPS, true) */
        /* 9 */ {AWSC_EP_RULE_TREE, 1, 8, 18, 2}, /* booleanEquals(UseDualStack, true) */
        /* 10 */ {AWSC_EP_RULE_ENDPOINT, 0, 9, 1, 0}, /* always */
        /* 11 */ {AWSC_EP_RULE_TREE, 2, 9, 13, 1}, /* booleanEquals(true, PartitionResult#supportsFIPS) && booleanEquals(true, PartitionResu ... */
        /* 12 */ {AWSC_EP_RULE_ERROR, 0, 11, 22, 0}, /* always */
        /* 13 */ {AWSC_EP_RULE_ENDPOINT, 0, 11, 2, 0}, /* always */
        /* 14 */ {AWSC_EP_RULE_TREE, 1, 11, 16, 2}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 15 */ {AWSC_EP_RULE_ERROR, 0, 12, 27, 0}, /* always */
        /* 16 */ {AWSC_EP_RULE_ENDPOINT, 1, 12, 3, 0}, /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 17 */ {AWSC_EP_RULE_ENDPOINT, 0, 13, 4, 0}, /* always */
        /* 18 */ {AWSC_EP_RULE_TREE, 1, 13, 20, 1}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 19 */ {AWSC_EP_RULE_ERROR, 0, 14, 34, 0}, /* always */
        /* 20 */ {AWSC_EP_RULE_ENDPOINT, 0, 14, 5, 0}, /* always */
    },
    /* Conditions: expression, and the variable its result is assigned to. */
    .conds = {
        /* 0 */ {1, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 1 */ {3, AWSC_EP_NONE}, /* isSet(Region) */
        /* 2 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 3 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 4 */ {12, 4}, /* PartitionResult = aws.partition(Region) */
        /* 5 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 6 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 7 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 8 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 9 */ {19, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
        /* 10 */ {21, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 11 */ {26, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 12 */ {30, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 13 */ {21, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
    },
    /* Expressions. S(at, length) is a string, A(obj, attribute, index)
     * getAttr, V(slot) a variable, T(n, first) a template of n parts from
     * args, F(fn, n, first) a call. */
    .exprs = {
        /* 0 */ AWSC_EP_V(3), /* Endpoint */
        /* 1 */ AWSC_EP_F(IS_SET, 1, 0), /* isSet(Endpoint) */
        /* 2 */ AWSC_EP_V(0), /* Region */
        /* 3 */ AWSC_EP_F(IS_SET, 1, 1), /* isSet(Region) */
        /* 4 */ AWSC_EP_S(41, 37), /* "Invalid Configuration: Missing Region" */
        /* 5 */ AWSC_EP_V(2), /* UseFIPS */
        /* 6 */ AWSC_EP_B(1), /* true */
        /* 7 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 2), /* booleanEquals(UseFIPS, true) */
        /* 8 */ AWSC_EP_S(79, 65), /* "Invalid Configuration: FIPS and custom endpoint are not supported" */
        /* 9 */ AWSC_EP_V(1), /* UseDualStack */
        /* 10 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 4), /* booleanEquals(UseDualStack, true) */
        /* 11 */ AWSC_EP_S(145, 70), /* "Invalid Configuration: Dualstack and custom endpoint are not supported" */
        /* 12 */ AWSC_EP_F(PARTITION, 1, 1), /* aws.partition(Region) */
        /* 13 */ AWSC_EP_S(232, 12), /* "https://ec2." */
        /* 14 */ AWSC_EP_S(245, 1), /* "." */
        /* 15 */ AWSC_EP_V(4), /* PartitionResult */
        /* 16 */ AWSC_EP_A(15, DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dnsSuffix */
        /* 17 */ AWSC_EP_T(4, 6), /* "https://ec2.{Region}.{PartitionResult#dnsSuffix}" */
        /* 18 */ AWSC_EP_A(15, SUPPORTS_FIPS, AWSC_EP_NONE), /* PartitionResult#supportsFIPS */
        /* 19 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 10), /* booleanEquals(true, PartitionResult#supportsFIPS) */
        /* 20 */ AWSC_EP_A(15, SUPPORTS_DUAL_STACK, AWSC_EP_NONE), /* PartitionResult#supportsDualStack */
        /* 21 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 12), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 22 */ AWSC_EP_S(247, 79), /* "FIPS and DualStack are enabled, but this partition does not support one or both" */
        /* 23 */ AWSC_EP_S(327, 17), /* "https://ec2-fips." */
        /* 24 */ AWSC_EP_A(15, DUAL_STACK_DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dualStackDnsSuffix */
        /* 25 */ AWSC_EP_T(4, 14), /* "https://ec2-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 26 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 18), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 27 */ AWSC_EP_S(345, 56), /* "FIPS is enabled but this partition does not support FIPS" */
        /* 28 */ AWSC_EP_A(15, NAME, AWSC_EP_NONE), /* PartitionResult#name */
        /* 29 */ AWSC_EP_S(402, 10), /* "aws-us-gov" */
        /* 30 */ AWSC_EP_F(STRING_EQUALS, 2, 20), /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 31 */ AWSC_EP_S(413, 14), /* ".amazonaws.com" */
        /* 32 */ AWSC_EP_T(3, 22), /* "https://ec2.{Region}.amazonaws.com" */
        /* 33 */ AWSC_EP_T(4, 25), /* "https://ec2-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 34 */ AWSC_EP_S(428, 66), /* "DualStack is enabled but this partition does not support DualStack" */
        /* 35 */ AWSC_EP_T(4, 29), /* "https://ec2.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    },
    .args = {
        0, 2, 5, 6, 9, 6, 13, 2, 14, 16, 6, 18, 6, 20, 23, 2,
        14, 24, 18, 6, 28, 29, 13, 2, 31, 23, 2, 14, 16, 13, 2, 14,
        24,
    },
    /* Endpoints: URL, properties, first header, header count. */
    .endpoints = {
        /* 0 */ {0, AWSC_EP_NONE, 0, 0}, /* Endpoint */
        /* 1 */ {17, AWSC_EP_NONE, 0, 0}, /* "https://ec2.{Region}.{PartitionResult#dnsSuffix}" */
        /* 2 */ {25, AWSC_EP_NONE, 0, 0}, /* "https://ec2-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 3 */ {32, AWSC_EP_NONE, 0, 0}, /* "https://ec2.{Region}.amazonaws.com" */
        /* 4 */ {33, AWSC_EP_NONE, 0, 0}, /* "https://ec2-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 5 */ {35, AWSC_EP_NONE, 0, 0}, /* "https://ec2.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    },
    .strings =
        /*     0 */ "ec2\0"
        /*     4 */ "Region\0"
        /*    11 */ "UseDualStack\0"
        /*    24 */ "UseFIPS\0"
        /*    32 */ "Endpoint\0"
        /*    41 */ "Invalid Configuration: Missing Region\0"
        /*    79 */ "Invalid Configuration: FIPS and custom endpoint are not supported\0"
        /*   145 */ "Invalid Configuration: Dualstack and custom endpoint are not supported\0"
        /*   216 */ "PartitionResult\0"
        /*   232 */ "https://ec2.\0"
        /*   245 */ ".\0"
        /*   247 */ "FIPS and DualStack are enabled, but this partition does not support one or both\0"
        /*   327 */ "https://ec2-fips.\0"
        /*   345 */ "FIPS is enabled but this partition does not support FIPS\0"
        /*   402 */ "aws-us-gov\0"
        /*   413 */ ".amazonaws.com\0"
        /*   428 */ "DualStack is enabled but this partition does not support DualStack",
};
#undef RULES_REF
#undef RULES
extern const struct awsc_ruleset awsc__ec2_ruleset __attribute__((alias("awsc__ec2_rules")));
