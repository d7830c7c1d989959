/*
 * iam_endpoints.c - the endpoint rule set of IAM, compiled
 * into the tables of <awsc/endpoint.h> that runtime/endpoint walks.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/endpoint.h>
#include <awsc/iam.h>

/* The strings are one literal; it passes the 4095 characters ISO C
 * requires compilers to take (GCC and Clang take any length). */
#pragma GCC diagnostic ignored "-Woverlength-strings"

/* The endpoint rule set of iam in one object. */
struct awsc__iam_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[4];
    uint16_t slots[5];
    struct awsc_ep_rule rules[54];
    struct awsc_ep_cond conds[111];
    struct awsc_ep_expr exprs[91];
    uint16_t args[48];
    struct awsc_ep_endpoint endpoints[35];
    struct awsc_ep_prop props[170];
    char strings[1771];
};
#define RULES awsc__iam_rules
#define RULES_REF(field, target) AWSC_REF(RULES.field, RULES.target)
static const struct awsc__iam_rules RULES = {
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
        .service = 0, /* iam */
        .global_region = 4, /* aws-global */
        .param_count = 4,
        .slot_count = 5,
        .rule_count = 2,
        .flags = 0,
    },
    /* Parameters: name, default string (a stringArray's: the first in
     * defaults), default count, type, built-in, flags, default boolean. */
    .params = {
        {15, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_DUAL_STACK, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseDualStack */
        {28, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_FIPS, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseFIPS */
        {36, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ENDPOINT, 0, false}, /* Endpoint */
        {45, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_REGION, 0, false}, /* Region */
    },
    /* The slots' names: parameters, then the variables the rules assign. */
    .slots = {
        15, /* 0: UseDualStack */
        28, /* 1: UseFIPS */
        36, /* 2: Endpoint */
        45, /* 3: Region */
        227, /* 4: PartitionResult */
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
        /* 8 */ {AWSC_EP_RULE_TREE, 1, 4, 9, 36}, /* PartitionResult = aws.partition(Region) */
        /* 9 */ {AWSC_EP_RULE_ENDPOINT, 3, 5, 1, 0}, /* stringEquals(PartitionResult#name, "aws") && booleanEquals(UseFIPS, false) && booleanE ... */
        /* 10 */ {AWSC_EP_RULE_ENDPOINT, 3, 8, 2, 0}, /* stringEquals(PartitionResult#name, "aws") && booleanEquals(UseFIPS, true) && booleanEq ... */
        /* 11 */ {AWSC_EP_RULE_ENDPOINT, 3, 11, 3, 0}, /* stringEquals(PartitionResult#name, "aws") && booleanEquals(UseFIPS, false) && booleanE ... */
        /* 12 */ {AWSC_EP_RULE_ENDPOINT, 3, 14, 4, 0}, /* stringEquals(PartitionResult#name, "aws") && booleanEquals(UseFIPS, true) && booleanEq ... */
        /* 13 */ {AWSC_EP_RULE_ENDPOINT, 3, 17, 5, 0}, /* stringEquals(PartitionResult#name, "aws-cn") && booleanEquals(UseFIPS, false) && boole ... */
        /* 14 */ {AWSC_EP_RULE_ENDPOINT, 3, 20, 6, 0}, /* stringEquals(PartitionResult#name, "aws-cn") && booleanEquals(UseFIPS, true) && boolea ... */
        /* 15 */ {AWSC_EP_RULE_ENDPOINT, 3, 23, 7, 0}, /* stringEquals(PartitionResult#name, "aws-cn") && booleanEquals(UseFIPS, false) && boole ... */
        /* 16 */ {AWSC_EP_RULE_ENDPOINT, 3, 26, 8, 0}, /* stringEquals(PartitionResult#name, "aws-cn") && booleanEquals(UseFIPS, true) && boolea ... */
        /* 17 */ {AWSC_EP_RULE_ENDPOINT, 3, 29, 9, 0}, /* stringEquals(PartitionResult#name, "aws-us-gov") && booleanEquals(UseFIPS, false) && b ... */
        /* 18 */ {AWSC_EP_RULE_ENDPOINT, 3, 32, 9, 0}, /* stringEquals(PartitionResult#name, "aws-us-gov") && booleanEquals(UseFIPS, true) && bo ... */
        /* 19 */ {AWSC_EP_RULE_ENDPOINT, 3, 35, 10, 0}, /* stringEquals(PartitionResult#name, "aws-us-gov") && booleanEquals(UseFIPS, false) && b ... */
        /* 20 */ {AWSC_EP_RULE_ENDPOINT, 3, 38, 10, 0}, /* stringEquals(PartitionResult#name, "aws-us-gov") && booleanEquals(UseFIPS, true) && bo ... */
        /* 21 */ {AWSC_EP_RULE_ENDPOINT, 3, 41, 11, 0}, /* stringEquals(PartitionResult#name, "aws-iso") && booleanEquals(UseFIPS, false) && bool ... */
        /* 22 */ {AWSC_EP_RULE_ENDPOINT, 3, 44, 12, 0}, /* stringEquals(PartitionResult#name, "aws-iso") && booleanEquals(UseFIPS, true) && boole ... */
        /* 23 */ {AWSC_EP_RULE_ENDPOINT, 3, 47, 13, 0}, /* stringEquals(PartitionResult#name, "aws-iso") && booleanEquals(UseFIPS, false) && bool ... */
        /* 24 */ {AWSC_EP_RULE_ENDPOINT, 3, 50, 14, 0}, /* stringEquals(PartitionResult#name, "aws-iso") && booleanEquals(UseFIPS, true) && boole ... */
        /* 25 */ {AWSC_EP_RULE_ENDPOINT, 3, 53, 15, 0}, /* stringEquals(PartitionResult#name, "aws-iso-b") && booleanEquals(UseFIPS, false) && bo ... */
        /* 26 */ {AWSC_EP_RULE_ENDPOINT, 3, 56, 16, 0}, /* stringEquals(PartitionResult#name, "aws-iso-b") && booleanEquals(UseFIPS, true) && boo ... */
        /* 27 */ {AWSC_EP_RULE_ENDPOINT, 3, 59, 17, 0}, /* stringEquals(PartitionResult#name, "aws-iso-b") && booleanEquals(UseFIPS, false) && bo ... */
        /* 28 */ {AWSC_EP_RULE_ENDPOINT, 3, 62, 18, 0}, /* stringEquals(PartitionResult#name, "aws-iso-b") && booleanEquals(UseFIPS, true) && boo ... */
        /* 29 */ {AWSC_EP_RULE_ENDPOINT, 3, 65, 19, 0}, /* stringEquals(PartitionResult#name, "aws-iso-e") && booleanEquals(UseFIPS, false) && bo ... */
        /* 30 */ {AWSC_EP_RULE_ENDPOINT, 3, 68, 20, 0}, /* stringEquals(PartitionResult#name, "aws-iso-e") && booleanEquals(UseFIPS, true) && boo ... */
        /* 31 */ {AWSC_EP_RULE_ENDPOINT, 3, 71, 21, 0}, /* stringEquals(PartitionResult#name, "aws-iso-e") && booleanEquals(UseFIPS, false) && bo ... */
        /* 32 */ {AWSC_EP_RULE_ENDPOINT, 3, 74, 22, 0}, /* stringEquals(PartitionResult#name, "aws-iso-e") && booleanEquals(UseFIPS, true) && boo ... */
        /* 33 */ {AWSC_EP_RULE_ENDPOINT, 3, 77, 23, 0}, /* stringEquals(PartitionResult#name, "aws-iso-f") && booleanEquals(UseFIPS, false) && bo ... */
        /* 34 */ {AWSC_EP_RULE_ENDPOINT, 3, 80, 24, 0}, /* stringEquals(PartitionResult#name, "aws-iso-f") && booleanEquals(UseFIPS, true) && boo ... */
        /* 35 */ {AWSC_EP_RULE_ENDPOINT, 3, 83, 25, 0}, /* stringEquals(PartitionResult#name, "aws-iso-f") && booleanEquals(UseFIPS, false) && bo ... */
        /* 36 */ {AWSC_EP_RULE_ENDPOINT, 3, 86, 26, 0}, /* stringEquals(PartitionResult#name, "aws-iso-f") && booleanEquals(UseFIPS, true) && boo ... */
        /* 37 */ {AWSC_EP_RULE_ENDPOINT, 3, 89, 27, 0}, /* stringEquals(PartitionResult#name, "aws-eusc") && booleanEquals(UseFIPS, false) && boo ... */
        /* 38 */ {AWSC_EP_RULE_ENDPOINT, 3, 92, 28, 0}, /* stringEquals(PartitionResult#name, "aws-eusc") && booleanEquals(UseFIPS, true) && bool ... */
        /* 39 */ {AWSC_EP_RULE_ENDPOINT, 3, 95, 29, 0}, /* stringEquals(PartitionResult#name, "aws-eusc") && booleanEquals(UseFIPS, false) && boo ... */
        /* 40 */ {AWSC_EP_RULE_ENDPOINT, 3, 98, 30, 0}, /* stringEquals(PartitionResult#name, "aws-eusc") && booleanEquals(UseFIPS, true) && bool ... */
        /* 41 */ {AWSC_EP_RULE_TREE, 2, 101, 45, 2}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 42 */ {AWSC_EP_RULE_TREE, 2, 103, 48, 2}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 43 */ {AWSC_EP_RULE_TREE, 2, 105, 51, 2}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 44 */ {AWSC_EP_RULE_ENDPOINT, 0, 107, 31, 0}, /* always */
        /* 45 */ {AWSC_EP_RULE_TREE, 2, 107, 47, 1}, /* booleanEquals(true, PartitionResult#supportsFIPS) && booleanEquals(true, PartitionResu ... */
        /* 46 */ {AWSC_EP_RULE_ERROR, 0, 109, 82, 0}, /* always */
        /* 47 */ {AWSC_EP_RULE_ENDPOINT, 0, 109, 32, 0}, /* always */
        /* 48 */ {AWSC_EP_RULE_TREE, 1, 109, 50, 1}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 49 */ {AWSC_EP_RULE_ERROR, 0, 110, 87, 0}, /* always */
        /* 50 */ {AWSC_EP_RULE_ENDPOINT, 0, 110, 33, 0}, /* always */
        /* 51 */ {AWSC_EP_RULE_TREE, 1, 110, 53, 1}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 52 */ {AWSC_EP_RULE_ERROR, 0, 111, 89, 0}, /* always */
        /* 53 */ {AWSC_EP_RULE_ENDPOINT, 0, 111, 34, 0}, /* always */
    },
    /* Conditions: expression, and the variable its result is assigned to. */
    .conds = {
        /* 0 */ {1, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 1 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 2 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 3 */ {10, AWSC_EP_NONE}, /* isSet(Region) */
        /* 4 */ {12, 4}, /* PartitionResult = aws.partition(Region) */
        /* 5 */ {16, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws") */
        /* 6 */ {18, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 7 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 8 */ {16, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws") */
        /* 9 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 10 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 11 */ {16, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws") */
        /* 12 */ {18, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 13 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 14 */ {16, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws") */
        /* 15 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 16 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 17 */ {27, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-cn") */
        /* 18 */ {18, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 19 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 20 */ {27, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-cn") */
        /* 21 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 22 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 23 */ {27, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-cn") */
        /* 24 */ {18, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 25 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 26 */ {27, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-cn") */
        /* 27 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 28 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 29 */ {34, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 30 */ {18, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 31 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 32 */ {34, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 33 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 34 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 35 */ {34, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 36 */ {18, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 37 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 38 */ {34, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 39 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 40 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 41 */ {39, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-iso") */
        /* 42 */ {18, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 43 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 44 */ {39, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-iso") */
        /* 45 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 46 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 47 */ {39, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-iso") */
        /* 48 */ {18, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 49 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 50 */ {39, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-iso") */
        /* 51 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 52 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 53 */ {46, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-iso-b") */
        /* 54 */ {18, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 55 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 56 */ {46, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-iso-b") */
        /* 57 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 58 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 59 */ {46, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-iso-b") */
        /* 60 */ {18, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 61 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 62 */ {46, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-iso-b") */
        /* 63 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 64 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 65 */ {53, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-iso-e") */
        /* 66 */ {18, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 67 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 68 */ {53, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-iso-e") */
        /* 69 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 70 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 71 */ {53, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-iso-e") */
        /* 72 */ {18, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 73 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 74 */ {53, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-iso-e") */
        /* 75 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 76 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 77 */ {60, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-iso-f") */
        /* 78 */ {18, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 79 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 80 */ {60, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-iso-f") */
        /* 81 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 82 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 83 */ {60, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-iso-f") */
        /* 84 */ {18, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 85 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 86 */ {60, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-iso-f") */
        /* 87 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 88 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 89 */ {67, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-eusc") */
        /* 90 */ {18, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 91 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 92 */ {67, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-eusc") */
        /* 93 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 94 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 95 */ {67, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-eusc") */
        /* 96 */ {18, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 97 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 98 */ {67, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-eusc") */
        /* 99 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 100 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 101 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 102 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 103 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 104 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 105 */ {18, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 106 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 107 */ {79, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
        /* 108 */ {81, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 109 */ {86, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 110 */ {81, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
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
        /* 5 */ AWSC_EP_S(52, 65), /* "Invalid Configuration: FIPS and custom endpoint are not supported" */
        /* 6 */ AWSC_EP_V(0), /* UseDualStack */
        /* 7 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 3), /* booleanEquals(UseDualStack, true) */
        /* 8 */ AWSC_EP_S(118, 70), /* "Invalid Configuration: Dualstack and custom endpoint are not supported" */
        /* 9 */ AWSC_EP_V(3), /* Region */
        /* 10 */ AWSC_EP_F(IS_SET, 1, 5), /* isSet(Region) */
        /* 11 */ AWSC_EP_S(189, 37), /* "Invalid Configuration: Missing Region" */
        /* 12 */ AWSC_EP_F(PARTITION, 1, 5), /* aws.partition(Region) */
        /* 13 */ AWSC_EP_V(4), /* PartitionResult */
        /* 14 */ AWSC_EP_A(13, NAME, AWSC_EP_NONE), /* PartitionResult#name */
        /* 15 */ AWSC_EP_S(243, 3), /* "aws" */
        /* 16 */ AWSC_EP_F(STRING_EQUALS, 2, 6), /* stringEquals(PartitionResult#name, "aws") */
        /* 17 */ AWSC_EP_B(0), /* false */
        /* 18 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 8), /* booleanEquals(UseFIPS, false) */
        /* 19 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 10), /* booleanEquals(UseDualStack, false) */
        /* 20 */ AWSC_EP_S(247, 25), /* "https://iam.amazonaws.com" */
        /* 21 */ AWSC_EP_S(290, 5), /* "sigv4" */
        /* 22 */ AWSC_EP_S(310, 9), /* "us-east-1" */
        /* 23 */ AWSC_EP_S(320, 30), /* "https://iam-fips.amazonaws.com" */
        /* 24 */ AWSC_EP_S(351, 26), /* "https://iam.global.api.aws" */
        /* 25 */ AWSC_EP_S(378, 31), /* "https://iam-fips.global.api.aws" */
        /* 26 */ AWSC_EP_S(410, 6), /* "aws-cn" */
        /* 27 */ AWSC_EP_F(STRING_EQUALS, 2, 12), /* stringEquals(PartitionResult#name, "aws-cn") */
        /* 28 */ AWSC_EP_S(417, 47), /* "https://iam.global.api.amazonwebservices.com.cn" */
        /* 29 */ AWSC_EP_S(465, 10), /* "cn-north-1" */
        /* 30 */ AWSC_EP_S(476, 45), /* "https://iam-fips.api.amazonwebservices.com.cn" */
        /* 31 */ AWSC_EP_S(522, 39), /* "https://iam.cn-north-1.amazonaws.com.cn" */
        /* 32 */ AWSC_EP_S(562, 33), /* "https://iam-fips.amazonaws.com.cn" */
        /* 33 */ AWSC_EP_S(596, 10), /* "aws-us-gov" */
        /* 34 */ AWSC_EP_F(STRING_EQUALS, 2, 14), /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 35 */ AWSC_EP_S(607, 26), /* "https://iam.us-gov.api.aws" */
        /* 36 */ AWSC_EP_S(634, 13), /* "us-gov-west-1" */
        /* 37 */ AWSC_EP_S(648, 32), /* "https://iam.us-gov.amazonaws.com" */
        /* 38 */ AWSC_EP_S(681, 7), /* "aws-iso" */
        /* 39 */ AWSC_EP_F(STRING_EQUALS, 2, 16), /* stringEquals(PartitionResult#name, "aws-iso") */
        /* 40 */ AWSC_EP_S(689, 36), /* "https://iam.us-iso-east-1.c2s.ic.gov" */
        /* 41 */ AWSC_EP_S(726, 13), /* "us-iso-east-1" */
        /* 42 */ AWSC_EP_S(740, 41), /* "https://iam-fips.us-iso-east-1.c2s.ic.gov" */
        /* 43 */ AWSC_EP_S(782, 26), /* "https://iam.api.aws.ic.gov" */
        /* 44 */ AWSC_EP_S(809, 31), /* "https://iam-fips.api.aws.ic.gov" */
        /* 45 */ AWSC_EP_S(841, 9), /* "aws-iso-b" */
        /* 46 */ AWSC_EP_F(STRING_EQUALS, 2, 18), /* stringEquals(PartitionResult#name, "aws-iso-b") */
        /* 47 */ AWSC_EP_S(851, 40), /* "https://iam.us-isob-east-1.sc2s.sgov.gov" */
        /* 48 */ AWSC_EP_S(892, 14), /* "us-isob-east-1" */
        /* 49 */ AWSC_EP_S(907, 45), /* "https://iam-fips.us-isob-east-1.sc2s.sgov.gov" */
        /* 50 */ AWSC_EP_S(953, 26), /* "https://iam.api.aws.scloud" */
        /* 51 */ AWSC_EP_S(980, 31), /* "https://iam-fips.api.aws.scloud" */
        /* 52 */ AWSC_EP_S(1012, 9), /* "aws-iso-e" */
        /* 53 */ AWSC_EP_F(STRING_EQUALS, 2, 20), /* stringEquals(PartitionResult#name, "aws-iso-e") */
        /* 54 */ AWSC_EP_S(1022, 41), /* "https://iam.eu-isoe-west-1.cloud.adc-e.uk" */
        /* 55 */ AWSC_EP_S(1064, 14), /* "eu-isoe-west-1" */
        /* 56 */ AWSC_EP_S(1079, 31), /* "https://iam-fips.cloud.adc-e.uk" */
        /* 57 */ AWSC_EP_S(1111, 34), /* "https://iam.api.cloud-aws.adc-e.uk" */
        /* 58 */ AWSC_EP_S(1146, 39), /* "https://iam-fips.api.cloud-aws.adc-e.uk" */
        /* 59 */ AWSC_EP_S(1186, 9), /* "aws-iso-f" */
        /* 60 */ AWSC_EP_F(STRING_EQUALS, 2, 22), /* stringEquals(PartitionResult#name, "aws-iso-f") */
        /* 61 */ AWSC_EP_S(1196, 42), /* "https://iam.us-isof-south-1.csp.hci.ic.gov" */
        /* 62 */ AWSC_EP_S(1239, 15), /* "us-isof-south-1" */
        /* 63 */ AWSC_EP_S(1255, 31), /* "https://iam-fips.csp.hci.ic.gov" */
        /* 64 */ AWSC_EP_S(1287, 30), /* "https://iam.api.aws.hci.ic.gov" */
        /* 65 */ AWSC_EP_S(1318, 35), /* "https://iam-fips.api.aws.hci.ic.gov" */
        /* 66 */ AWSC_EP_S(1354, 8), /* "aws-eusc" */
        /* 67 */ AWSC_EP_F(STRING_EQUALS, 2, 24), /* stringEquals(PartitionResult#name, "aws-eusc") */
        /* 68 */ AWSC_EP_S(1363, 39), /* "https://iam.eusc-de-east-1.amazonaws.eu" */
        /* 69 */ AWSC_EP_S(1403, 14), /* "eusc-de-east-1" */
        /* 70 */ AWSC_EP_S(1418, 29), /* "https://iam-fips.amazonaws.eu" */
        /* 71 */ AWSC_EP_S(1448, 43), /* "https://iam.global.api.amazonwebservices.eu" */
        /* 72 */ AWSC_EP_S(1492, 41), /* "https://iam-fips.api.amazonwebservices.eu" */
        /* 73 */ AWSC_EP_S(1534, 12), /* "https://iam." */
        /* 74 */ AWSC_EP_A(13, IMPLICIT_GLOBAL_REGION, AWSC_EP_NONE), /* PartitionResult#implicitGlobalRegion */
        /* 75 */ AWSC_EP_S(1547, 1), /* "." */
        /* 76 */ AWSC_EP_A(13, DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dnsSuffix */
        /* 77 */ AWSC_EP_T(4, 26), /* "https://iam.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}" */
        /* 78 */ AWSC_EP_A(13, SUPPORTS_FIPS, AWSC_EP_NONE), /* PartitionResult#supportsFIPS */
        /* 79 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 30), /* booleanEquals(true, PartitionResult#supportsFIPS) */
        /* 80 */ AWSC_EP_A(13, SUPPORTS_DUAL_STACK, AWSC_EP_NONE), /* PartitionResult#supportsDualStack */
        /* 81 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 32), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 82 */ AWSC_EP_S(1549, 79), /* "FIPS and DualStack are enabled, but this partition does not support one or both" */
        /* 83 */ AWSC_EP_S(1629, 17), /* "https://iam-fips." */
        /* 84 */ AWSC_EP_A(13, DUAL_STACK_DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dualStackDnsSuffix */
        /* 85 */ AWSC_EP_T(4, 34), /* "https://iam-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}" */
        /* 86 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 38), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 87 */ AWSC_EP_S(1647, 56), /* "FIPS is enabled but this partition does not support FIPS" */
        /* 88 */ AWSC_EP_T(4, 40), /* "https://iam-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}" */
        /* 89 */ AWSC_EP_S(1704, 66), /* "DualStack is enabled but this partition does not support DualStack" */
        /* 90 */ AWSC_EP_T(4, 44), /* "https://iam.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}" */
    },
    .args = {
        0, 2, 3, 6, 3, 9, 14, 15, 2, 17, 6, 17, 14, 26, 14, 33,
        14, 38, 14, 45, 14, 52, 14, 59, 14, 66, 73, 74, 75, 76, 3, 78,
        3, 80, 83, 74, 75, 84, 78, 3, 83, 74, 75, 76, 73, 74, 75, 84,
    },
    /* Endpoints: URL, properties, first header, header count. */
    .endpoints = {
        /* 0 */ {0, AWSC_EP_NONE, 0, 0}, /* Endpoint */
        /* 1 */ {20, 0, 0, 0}, /* "https://iam.amazonaws.com" */
        /* 2 */ {23, 5, 0, 0}, /* "https://iam-fips.amazonaws.com" */
        /* 3 */ {24, 10, 0, 0}, /* "https://iam.global.api.aws" */
        /* 4 */ {25, 15, 0, 0}, /* "https://iam-fips.global.api.aws" */
        /* 5 */ {28, 20, 0, 0}, /* "https://iam.global.api.amazonwebservices.com.cn" */
        /* 6 */ {30, 25, 0, 0}, /* "https://iam-fips.api.amazonwebservices.com.cn" */
        /* 7 */ {31, 30, 0, 0}, /* "https://iam.cn-north-1.amazonaws.com.cn" */
        /* 8 */ {32, 35, 0, 0}, /* "https://iam-fips.amazonaws.com.cn" */
        /* 9 */ {35, 40, 0, 0}, /* "https://iam.us-gov.api.aws" */
        /* 10 */ {37, 45, 0, 0}, /* "https://iam.us-gov.amazonaws.com" */
        /* 11 */ {40, 50, 0, 0}, /* "https://iam.us-iso-east-1.c2s.ic.gov" */
        /* 12 */ {42, 55, 0, 0}, /* "https://iam-fips.us-iso-east-1.c2s.ic.gov" */
        /* 13 */ {43, 60, 0, 0}, /* "https://iam.api.aws.ic.gov" */
        /* 14 */ {44, 65, 0, 0}, /* "https://iam-fips.api.aws.ic.gov" */
        /* 15 */ {47, 70, 0, 0}, /* "https://iam.us-isob-east-1.sc2s.sgov.gov" */
        /* 16 */ {49, 75, 0, 0}, /* "https://iam-fips.us-isob-east-1.sc2s.sgov.gov" */
        /* 17 */ {50, 80, 0, 0}, /* "https://iam.api.aws.scloud" */
        /* 18 */ {51, 85, 0, 0}, /* "https://iam-fips.api.aws.scloud" */
        /* 19 */ {54, 90, 0, 0}, /* "https://iam.eu-isoe-west-1.cloud.adc-e.uk" */
        /* 20 */ {56, 95, 0, 0}, /* "https://iam-fips.cloud.adc-e.uk" */
        /* 21 */ {57, 100, 0, 0}, /* "https://iam.api.cloud-aws.adc-e.uk" */
        /* 22 */ {58, 105, 0, 0}, /* "https://iam-fips.api.cloud-aws.adc-e.uk" */
        /* 23 */ {61, 110, 0, 0}, /* "https://iam.us-isof-south-1.csp.hci.ic.gov" */
        /* 24 */ {63, 115, 0, 0}, /* "https://iam-fips.csp.hci.ic.gov" */
        /* 25 */ {64, 120, 0, 0}, /* "https://iam.api.aws.hci.ic.gov" */
        /* 26 */ {65, 125, 0, 0}, /* "https://iam-fips.api.aws.hci.ic.gov" */
        /* 27 */ {68, 130, 0, 0}, /* "https://iam.eusc-de-east-1.amazonaws.eu" */
        /* 28 */ {70, 135, 0, 0}, /* "https://iam-fips.amazonaws.eu" */
        /* 29 */ {71, 140, 0, 0}, /* "https://iam.global.api.amazonwebservices.eu" */
        /* 30 */ {72, 145, 0, 0}, /* "https://iam-fips.api.amazonwebservices.eu" */
        /* 31 */ {77, 150, 0, 0}, /* "https://iam.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}" */
        /* 32 */ {85, 155, 0, 0}, /* "https://iam-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}" */
        /* 33 */ {88, 160, 0, 0}, /* "https://iam-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}" */
        /* 34 */ {90, 165, 0, 0}, /* "https://iam.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}" */
    },
    /* Properties: key, first item or value, count, type. */
    .props = {
        /* 0 */ {AWSC_EP_NONE, 1, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 1 */ {273, 2, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 2 */ {AWSC_EP_NONE, 3, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 3 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 4 */ {296, 22, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 5 */ {AWSC_EP_NONE, 6, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 6 */ {273, 7, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 7 */ {AWSC_EP_NONE, 8, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 8 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 9 */ {296, 22, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 10 */ {AWSC_EP_NONE, 11, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 11 */ {273, 12, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 12 */ {AWSC_EP_NONE, 13, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 13 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 14 */ {296, 22, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 15 */ {AWSC_EP_NONE, 16, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 16 */ {273, 17, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 17 */ {AWSC_EP_NONE, 18, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 18 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 19 */ {296, 22, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 20 */ {AWSC_EP_NONE, 21, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 21 */ {273, 22, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 22 */ {AWSC_EP_NONE, 23, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 23 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 24 */ {296, 29, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 25 */ {AWSC_EP_NONE, 26, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 26 */ {273, 27, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 27 */ {AWSC_EP_NONE, 28, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 28 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 29 */ {296, 29, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 30 */ {AWSC_EP_NONE, 31, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 31 */ {273, 32, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 32 */ {AWSC_EP_NONE, 33, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 33 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 34 */ {296, 29, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 35 */ {AWSC_EP_NONE, 36, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 36 */ {273, 37, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 37 */ {AWSC_EP_NONE, 38, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 38 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 39 */ {296, 29, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 40 */ {AWSC_EP_NONE, 41, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 41 */ {273, 42, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 42 */ {AWSC_EP_NONE, 43, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 43 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 44 */ {296, 36, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 45 */ {AWSC_EP_NONE, 46, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 46 */ {273, 47, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 47 */ {AWSC_EP_NONE, 48, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 48 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 49 */ {296, 36, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 50 */ {AWSC_EP_NONE, 51, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 51 */ {273, 52, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 52 */ {AWSC_EP_NONE, 53, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 53 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 54 */ {296, 41, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 55 */ {AWSC_EP_NONE, 56, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 56 */ {273, 57, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 57 */ {AWSC_EP_NONE, 58, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 58 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 59 */ {296, 41, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 60 */ {AWSC_EP_NONE, 61, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 61 */ {273, 62, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 62 */ {AWSC_EP_NONE, 63, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 63 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 64 */ {296, 41, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 65 */ {AWSC_EP_NONE, 66, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 66 */ {273, 67, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 67 */ {AWSC_EP_NONE, 68, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 68 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 69 */ {296, 41, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 70 */ {AWSC_EP_NONE, 71, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 71 */ {273, 72, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 72 */ {AWSC_EP_NONE, 73, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 73 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 74 */ {296, 48, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 75 */ {AWSC_EP_NONE, 76, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 76 */ {273, 77, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 77 */ {AWSC_EP_NONE, 78, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 78 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 79 */ {296, 48, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 80 */ {AWSC_EP_NONE, 81, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 81 */ {273, 82, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 82 */ {AWSC_EP_NONE, 83, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 83 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 84 */ {296, 48, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 85 */ {AWSC_EP_NONE, 86, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 86 */ {273, 87, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 87 */ {AWSC_EP_NONE, 88, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 88 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 89 */ {296, 48, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 90 */ {AWSC_EP_NONE, 91, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 91 */ {273, 92, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 92 */ {AWSC_EP_NONE, 93, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 93 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 94 */ {296, 55, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 95 */ {AWSC_EP_NONE, 96, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 96 */ {273, 97, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 97 */ {AWSC_EP_NONE, 98, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 98 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 99 */ {296, 55, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 100 */ {AWSC_EP_NONE, 101, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 101 */ {273, 102, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 102 */ {AWSC_EP_NONE, 103, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 103 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 104 */ {296, 55, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 105 */ {AWSC_EP_NONE, 106, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 106 */ {273, 107, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 107 */ {AWSC_EP_NONE, 108, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 108 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 109 */ {296, 55, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 110 */ {AWSC_EP_NONE, 111, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 111 */ {273, 112, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 112 */ {AWSC_EP_NONE, 113, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 113 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 114 */ {296, 62, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 115 */ {AWSC_EP_NONE, 116, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 116 */ {273, 117, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 117 */ {AWSC_EP_NONE, 118, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 118 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 119 */ {296, 62, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 120 */ {AWSC_EP_NONE, 121, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 121 */ {273, 122, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 122 */ {AWSC_EP_NONE, 123, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 123 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 124 */ {296, 62, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 125 */ {AWSC_EP_NONE, 126, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 126 */ {273, 127, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 127 */ {AWSC_EP_NONE, 128, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 128 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 129 */ {296, 62, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 130 */ {AWSC_EP_NONE, 131, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 131 */ {273, 132, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 132 */ {AWSC_EP_NONE, 133, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 133 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 134 */ {296, 69, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 135 */ {AWSC_EP_NONE, 136, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 136 */ {273, 137, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 137 */ {AWSC_EP_NONE, 138, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 138 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 139 */ {296, 69, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 140 */ {AWSC_EP_NONE, 141, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 141 */ {273, 142, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 142 */ {AWSC_EP_NONE, 143, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 143 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 144 */ {296, 69, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 145 */ {AWSC_EP_NONE, 146, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 146 */ {273, 147, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 147 */ {AWSC_EP_NONE, 148, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 148 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 149 */ {296, 69, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 150 */ {AWSC_EP_NONE, 151, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 151 */ {273, 152, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 152 */ {AWSC_EP_NONE, 153, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 153 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 154 */ {296, 74, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 155 */ {AWSC_EP_NONE, 156, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 156 */ {273, 157, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 157 */ {AWSC_EP_NONE, 158, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 158 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 159 */ {296, 74, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 160 */ {AWSC_EP_NONE, 161, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 161 */ {273, 162, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 162 */ {AWSC_EP_NONE, 163, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 163 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 164 */ {296, 74, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 165 */ {AWSC_EP_NONE, 166, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 166 */ {273, 167, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 167 */ {AWSC_EP_NONE, 168, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 168 */ {285, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 169 */ {296, 74, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
    },
    .strings =
        /*     0 */ "iam\0"
        /*     4 */ "aws-global\0"
        /*    15 */ "UseDualStack\0"
        /*    28 */ "UseFIPS\0"
        /*    36 */ "Endpoint\0"
        /*    45 */ "Region\0"
        /*    52 */ "Invalid Configuration: FIPS and custom endpoint are not supported\0"
        /*   118 */ "Invalid Configuration: Dualstack and custom endpoint are not supported\0"
        /*   189 */ "Invalid Configuration: Missing Region\0"
        /*   227 */ "PartitionResult\0"
        /*   243 */ "aws\0"
        /*   247 */ "https://iam.amazonaws.com\0"
        /*   273 */ "authSchemes\0"
        /*   285 */ "name\0"
        /*   290 */ "sigv4\0"
        /*   296 */ "signingRegion\0"
        /*   310 */ "us-east-1\0"
        /*   320 */ "https://iam-fips.amazonaws.com\0"
        /*   351 */ "https://iam.global.api.aws\0"
        /*   378 */ "https://iam-fips.global.api.aws\0"
        /*   410 */ "aws-cn\0"
        /*   417 */ "https://iam.global.api.amazonwebservices.com.cn\0"
        /*   465 */ "cn-north-1\0"
        /*   476 */ "https://iam-fips.api.amazonwebservices.com.cn\0"
        /*   522 */ "https://iam.cn-north-1.amazonaws.com.cn\0"
        /*   562 */ "https://iam-fips.amazonaws.com.cn\0"
        /*   596 */ "aws-us-gov\0"
        /*   607 */ "https://iam.us-gov.api.aws\0"
        /*   634 */ "us-gov-west-1\0"
        /*   648 */ "https://iam.us-gov.amazonaws.com\0"
        /*   681 */ "aws-iso\0"
        /*   689 */ "https://iam.us-iso-east-1.c2s.ic.gov\0"
        /*   726 */ "us-iso-east-1\0"
        /*   740 */ "https://iam-fips.us-iso-east-1.c2s.ic.gov\0"
        /*   782 */ "https://iam.api.aws.ic.gov\0"
        /*   809 */ "https://iam-fips.api.aws.ic.gov\0"
        /*   841 */ "aws-iso-b\0"
        /*   851 */ "https://iam.us-isob-east-1.sc2s.sgov.gov\0"
        /*   892 */ "us-isob-east-1\0"
        /*   907 */ "https://iam-fips.us-isob-east-1.sc2s.sgov.gov\0"
        /*   953 */ "https://iam.api.aws.scloud\0"
        /*   980 */ "https://iam-fips.api.aws.scloud\0"
        /*  1012 */ "aws-iso-e\0"
        /*  1022 */ "https://iam.eu-isoe-west-1.cloud.adc-e.uk\0"
        /*  1064 */ "eu-isoe-west-1\0"
        /*  1079 */ "https://iam-fips.cloud.adc-e.uk\0"
        /*  1111 */ "https://iam.api.cloud-aws.adc-e.uk\0"
        /*  1146 */ "https://iam-fips.api.cloud-aws.adc-e.uk\0"
        /*  1186 */ "aws-iso-f\0"
        /*  1196 */ "https://iam.us-isof-south-1.csp.hci.ic.gov\0"
        /*  1239 */ "us-isof-south-1\0"
        /*  1255 */ "https://iam-fips.csp.hci.ic.gov\0"
        /*  1287 */ "https://iam.api.aws.hci.ic.gov\0"
        /*  1318 */ "https://iam-fips.api.aws.hci.ic.gov\0"
        /*  1354 */ "aws-eusc\0"
        /*  1363 */ "https://iam.eusc-de-east-1.amazonaws.eu\0"
        /*  1403 */ "eusc-de-east-1\0"
        /*  1418 */ "https://iam-fips.amazonaws.eu\0"
        /*  1448 */ "https://iam.global.api.amazonwebservices.eu\0"
        /*  1492 */ "https://iam-fips.api.amazonwebservices.eu\0"
        /*  1534 */ "https://iam.\0"
        /*  1547 */ ".\0"
        /*  1549 */ "FIPS and DualStack are enabled, but this partition does not support one or both\0"
        /*  1629 */ "https://iam-fips.\0"
        /*  1647 */ "FIPS is enabled but this partition does not support FIPS\0"
        /*  1704 */ "DualStack is enabled but this partition does not support DualStack",
};
#undef RULES_REF
#undef RULES
extern const struct awsc_ruleset awsc__iam_ruleset __attribute__((alias("awsc__iam_rules")));
