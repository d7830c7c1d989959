/*
 * bedrock_runtime_endpoints.c - the endpoint rule set of Bedrock Runtime, compiled
 * into the tables of <awsc/endpoint.h> that runtime/endpoint walks.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/endpoint.h>
#include <awsc/bedrock-runtime.h>

/* The strings are one literal; it passes the 4095 characters ISO C
 * requires compilers to take (GCC and Clang take any length). */
#pragma GCC diagnostic ignored "-Woverlength-strings"

/* The endpoint rule set of bedrock-runtime in one object. */
struct awsc__bedrock_runtime_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[4];
    uint16_t slots[5];
    struct awsc_ep_rule rules[26];
    struct awsc_ep_cond conds[13];
    struct awsc_ep_expr exprs[31];
    uint16_t args[28];
    struct awsc_ep_endpoint endpoints[5];
    char strings[505];
};
#define RULES awsc__bedrock_runtime_rules
#define RULES_REF(field, target) AWSC_REF(RULES.field, RULES.target)
static const struct awsc__bedrock_runtime_rules RULES = {
    .ruleset = {
        .params_ref = RULES_REF(ruleset.params_ref, params),
        .slots_ref = RULES_REF(ruleset.slots_ref, slots),
        .rules_ref = RULES_REF(ruleset.rules_ref, rules),
        .conds_ref = RULES_REF(ruleset.conds_ref, conds),
        .exprs_ref = RULES_REF(ruleset.exprs_ref, exprs),
        .args_ref = RULES_REF(ruleset.args_ref, args),
        .endpoints_ref = RULES_REF(ruleset.endpoints_ref, endpoints),
        .strings_ref = RULES_REF(ruleset.strings_ref, strings),
        .service = 0, /* bedrock-runtime */
        .global_region = AWSC_EP_NONE,
        .param_count = 4,
        .slot_count = 5,
        .rule_count = 2,
        .flags = 0,
    },
    /* Parameters: name, default string (a stringArray's: the first in
     * defaults), default count, type, built-in, flags, default boolean. */
    .params = {
        {16, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_REGION, 0, false}, /* Region */
        {23, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_DUAL_STACK, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseDualStack */
        {36, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_FIPS, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseFIPS */
        {44, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ENDPOINT, 0, false}, /* Endpoint */
    },
    /* The slots' names: parameters, then the variables the rules assign. */
    .slots = {
        16, /* 0: Region */
        23, /* 1: UseDualStack */
        36, /* 2: UseFIPS */
        44, /* 3: Endpoint */
        228, /* 4: PartitionResult */
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
        /* 8 */ {AWSC_EP_RULE_TREE, 1, 4, 9, 4}, /* PartitionResult = aws.partition(Region) */
        /* 9 */ {AWSC_EP_RULE_TREE, 2, 5, 13, 2}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 10 */ {AWSC_EP_RULE_TREE, 1, 7, 17, 2}, /* booleanEquals(UseFIPS, true) */
        /* 11 */ {AWSC_EP_RULE_TREE, 1, 8, 21, 2}, /* booleanEquals(UseDualStack, true) */
        /* 12 */ {AWSC_EP_RULE_TREE, 0, 9, 25, 1}, /* always */
        /* 13 */ {AWSC_EP_RULE_TREE, 2, 9, 15, 1}, /* booleanEquals(true, PartitionResult#supportsFIPS) && booleanEquals(true, PartitionResu ... */
        /* 14 */ {AWSC_EP_RULE_ERROR, 0, 11, 18, 0}, /* always */
        /* 15 */ {AWSC_EP_RULE_TREE, 0, 11, 16, 1}, /* always */
        /* 16 */ {AWSC_EP_RULE_ENDPOINT, 0, 11, 1, 0}, /* always */
        /* 17 */ {AWSC_EP_RULE_TREE, 1, 11, 19, 1}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 18 */ {AWSC_EP_RULE_ERROR, 0, 12, 24, 0}, /* always */
        /* 19 */ {AWSC_EP_RULE_TREE, 0, 12, 20, 1}, /* always */
        /* 20 */ {AWSC_EP_RULE_ENDPOINT, 0, 12, 2, 0}, /* always */
        /* 21 */ {AWSC_EP_RULE_TREE, 1, 12, 23, 1}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 22 */ {AWSC_EP_RULE_ERROR, 0, 13, 27, 0}, /* always */
        /* 23 */ {AWSC_EP_RULE_TREE, 0, 13, 24, 1}, /* always */
        /* 24 */ {AWSC_EP_RULE_ENDPOINT, 0, 13, 3, 0}, /* always */
        /* 25 */ {AWSC_EP_RULE_ENDPOINT, 0, 13, 4, 0}, /* always */
    },
    /* Conditions: expression, and the variable its result is assigned to. */
    .conds = {
        /* 0 */ {1, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 1 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 2 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 3 */ {10, AWSC_EP_NONE}, /* isSet(Region) */
        /* 4 */ {12, 4}, /* PartitionResult = aws.partition(Region) */
        /* 5 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 6 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 7 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 8 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 9 */ {15, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
        /* 10 */ {17, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 11 */ {23, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 12 */ {17, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
    },
    /* Expressions. S(at, length) is a string, A(obj, attribute, index)
     * getAttr, V(slot) a variable, T(n, first) a template of n parts from
     * args, F(fn, n, first) a call. */
    .exprs = {
        /* 0 */ AWSC_EP_V(3), /* Endpoint */
        /* 1 */ AWSC_EP_F(IS_SET, 1, 0), /* isSet(Endpoint) */
        /* 2 */ AWSC_EP_V(2), /* UseFIPS */
        /* 3 */ AWSC_EP_B(1), /* true */
        /* 4 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 1), /* booleanEquals(UseFIPS, true) */
        /* 5 */ AWSC_EP_S(53, 65), /* "Invalid Configuration: FIPS and custom endpoint are not supported" */
        /* 6 */ AWSC_EP_V(1), /* UseDualStack */
        /* 7 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 3), /* booleanEquals(UseDualStack, true) */
        /* 8 */ AWSC_EP_S(119, 70), /* "Invalid Configuration: Dualstack and custom endpoint are not supported" */
        /* 9 */ AWSC_EP_V(0), /* Region */
        /* 10 */ AWSC_EP_F(IS_SET, 1, 5), /* isSet(Region) */
        /* 11 */ AWSC_EP_S(190, 37), /* "Invalid Configuration: Missing Region" */
        /* 12 */ AWSC_EP_F(PARTITION, 1, 5), /* aws.partition(Region) */
        /* 13 */ AWSC_EP_V(4), /* PartitionResult */
        /* 14 */ AWSC_EP_A(13, SUPPORTS_FIPS, AWSC_EP_NONE), /* PartitionResult#supportsFIPS */
        /* 15 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 6), /* booleanEquals(true, PartitionResult#supportsFIPS) */
        /* 16 */ AWSC_EP_A(13, SUPPORTS_DUAL_STACK, AWSC_EP_NONE), /* PartitionResult#supportsDualStack */
        /* 17 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 8), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 18 */ AWSC_EP_S(244, 79), /* "FIPS and DualStack are enabled, but this partition does not support one or both" */
        /* 19 */ AWSC_EP_S(324, 29), /* "https://bedrock-runtime-fips." */
        /* 20 */ AWSC_EP_S(354, 1), /* "." */
        /* 21 */ AWSC_EP_A(13, DUAL_STACK_DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dualStackDnsSuffix */
        /* 22 */ AWSC_EP_T(4, 10), /* "https://bedrock-runtime-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 23 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 14), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 24 */ AWSC_EP_S(356, 56), /* "FIPS is enabled but this partition does not support FIPS" */
        /* 25 */ AWSC_EP_A(13, DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dnsSuffix */
        /* 26 */ AWSC_EP_T(4, 16), /* "https://bedrock-runtime-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 27 */ AWSC_EP_S(413, 66), /* "DualStack is enabled but this partition does not support DualStack" */
        /* 28 */ AWSC_EP_S(480, 24), /* "https://bedrock-runtime." */
        /* 29 */ AWSC_EP_T(4, 20), /* "https://bedrock-runtime.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 30 */ AWSC_EP_T(4, 24), /* "https://bedrock-runtime.{Region}.{PartitionResult#dnsSuffix}" */
    },
    .args = {
        0, 2, 3, 6, 3, 9, 3, 14, 3, 16, 19, 9, 20, 21, 14, 3,
        19, 9, 20, 25, 28, 9, 20, 21, 28, 9, 20, 25,
    },
    /* Endpoints: URL, properties, first header, header count. */
    .endpoints = {
        /* 0 */ {0, AWSC_EP_NONE, 0, 0}, /* Endpoint */
        /* 1 */ {22, AWSC_EP_NONE, 0, 0}, /* "https://bedrock-runtime-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 2 */ {26, AWSC_EP_NONE, 0, 0}, /* "https://bedrock-runtime-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 3 */ {29, AWSC_EP_NONE, 0, 0}, /* "https://bedrock-runtime.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 4 */ {30, AWSC_EP_NONE, 0, 0}, /* "https://bedrock-runtime.{Region}.{PartitionResult#dnsSuffix}" */
    },
    .strings =
        /*     0 */ "bedrock-runtime\0"
        /*    16 */ "Region\0"
        /*    23 */ "UseDualStack\0"
        /*    36 */ "UseFIPS\0"
        /*    44 */ "Endpoint\0"
        /*    53 */ "Invalid Configuration: FIPS and custom endpoint are not supported\0"
        /*   119 */ "Invalid Configuration: Dualstack and custom endpoint are not supported\0"
        /*   190 */ "Invalid Configuration: Missing Region\0"
        /*   228 */ "PartitionResult\0"
        /*   244 */ "FIPS and DualStack are enabled, but this partition does not support one or both\0"
        /*   324 */ "https://bedrock-runtime-fips.\0"
        /*   354 */ ".\0"
        /*   356 */ "FIPS is enabled but this partition does not support FIPS\0"
        /*   413 */ "DualStack is enabled but this partition does not support DualStack\0"
        /*   480 */ "https://bedrock-runtime.",
};
#undef RULES_REF
#undef RULES
extern const struct awsc_ruleset awsc__bedrock_runtime_ruleset __attribute__((alias("awsc__bedrock_runtime_rules")));
