/*
 * cloudwatch_endpoints.c - the endpoint rule set of CloudWatch, compiled
 * into the tables of <awsc/endpoint.h> that runtime/endpoint walks.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/endpoint.h>
#include <awsc/cloudwatch.h>

/* ---- cloudwatch: parameters, then the variables the rules assign */
static const struct awsc_ep_param rs_params[] = {
    /* name, type, built-in, flags, default boolean, default string */
    {"UseDualStack", AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_DUAL_STACK, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false, NULL},
    {"UseFIPS", AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_FIPS, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false, NULL},
    {"Endpoint", AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ENDPOINT, 0, false, NULL},
    {"Region", AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_REGION, 0, false, NULL},
};
static const char *const rs_slots[] = {
    "UseDualStack", /* 0 */
    "UseFIPS", /* 1 */
    "Endpoint", /* 2 */
    "Region", /* 3 */
    "PartitionResult", /* 4 */
};

/* Expressions. A(obj, attribute, index) is getAttr, V(slot) a variable,
 * T(n, first) a template of n parts from args, F(fn, n, first) a call. */
static const struct awsc_ep_expr rs_exprs[] = {
    /* 0 */ AWSC_EP_V(2), /* Endpoint */
    /* 1 */ AWSC_EP_F(IS_SET, 1, 0), /* isSet(Endpoint) */
    /* 2 */ AWSC_EP_V(1), /* UseFIPS */
    /* 3 */ AWSC_EP_B(1), /* true */
    /* 4 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 1), /* booleanEquals(UseFIPS, true) */
    /* 5 */ AWSC_EP_S("Invalid Configuration: FIPS and custom endpoint are not supported"),
    /* 6 */ AWSC_EP_V(0), /* UseDualStack */
    /* 7 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 3), /* booleanEquals(UseDualStack, true) */
    /* 8 */ AWSC_EP_S("Invalid Configuration: Dualstack and custom endpoint are not supported"),
    /* 9 */ AWSC_EP_V(3), /* Region */
    /* 10 */ AWSC_EP_F(IS_SET, 1, 5), /* isSet(Region) */
    /* 11 */ AWSC_EP_S("Invalid Configuration: Missing Region"),
    /* 12 */ AWSC_EP_F(PARTITION, 1, 5), /* aws.partition(Region) */
    /* 13 */ AWSC_EP_V(4), /* PartitionResult */
    /* 14 */ AWSC_EP_A(13, NAME, AWSC_EP_NONE), /* PartitionResult#name */
    /* 15 */ AWSC_EP_S("aws-us-gov"),
    /* 16 */ AWSC_EP_F(STRING_EQUALS, 2, 6), /* stringEquals(PartitionResult#name, "aws-us-gov") */
    /* 17 */ AWSC_EP_B(0), /* false */
    /* 18 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 8), /* booleanEquals(UseDualStack, false) */
    /* 19 */ AWSC_EP_S("https://monitoring."),
    /* 20 */ AWSC_EP_S("."),
    /* 21 */ AWSC_EP_A(13, DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dnsSuffix */
    /* 22 */ AWSC_EP_T(4, 10), /* "https://monitoring.{Region}.{PartitionResult#dnsSuffix}" */
    /* 23 */ AWSC_EP_A(13, DUAL_STACK_DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dualStackDnsSuffix */
    /* 24 */ AWSC_EP_T(4, 14), /* "https://monitoring.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    /* 25 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 18), /* booleanEquals(UseFIPS, false) */
    /* 26 */ AWSC_EP_A(13, SUPPORTS_FIPS, AWSC_EP_NONE), /* PartitionResult#supportsFIPS */
    /* 27 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 20), /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 28 */ AWSC_EP_A(13, SUPPORTS_DUAL_STACK, AWSC_EP_NONE), /* PartitionResult#supportsDualStack */
    /* 29 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 22), /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 30 */ AWSC_EP_S("FIPS and DualStack are enabled, but this partition does not support one or both"),
    /* 31 */ AWSC_EP_S("https://monitoring-fips."),
    /* 32 */ AWSC_EP_T(4, 24), /* "https://monitoring-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    /* 33 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 28), /* booleanEquals(PartitionResult#supportsFIPS, true) */
    /* 34 */ AWSC_EP_S("FIPS is enabled but this partition does not support FIPS"),
    /* 35 */ AWSC_EP_T(4, 30), /* "https://monitoring-fips.{Region}.{PartitionResult#dnsSuffix}" */
    /* 36 */ AWSC_EP_S("DualStack is enabled but this partition does not support DualStack"),
};
static const uint16_t rs_args[] = {
    0, 2, 3, 6, 3, 9, 14, 15, 6, 17, 19, 9, 20, 21, 19, 9,
    20, 23, 2, 17, 3, 26, 3, 28, 31, 9, 20, 23, 26, 3, 31, 9,
    20, 21,
};

/* Conditions: expression, and the variable its result is assigned to. */
static const struct awsc_ep_cond rs_conds[] = {
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
};

/* Endpoints: URL, properties, first header, header count. */
static const struct awsc_ep_endpoint rs_endpoints[] = {
    /* 0 */ {0, AWSC_EP_NONE, 0, 0}, /* Endpoint */
    /* 1 */ {22, AWSC_EP_NONE, 0, 0}, /* "https://monitoring.{Region}.{PartitionResult#dnsSuffix}" */
    /* 2 */ {24, AWSC_EP_NONE, 0, 0}, /* "https://monitoring.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    /* 3 */ {32, AWSC_EP_NONE, 0, 0}, /* "https://monitoring-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    /* 4 */ {35, AWSC_EP_NONE, 0, 0}, /* "https://monitoring-fips.{Region}.{PartitionResult#dnsSuffix}" */
};

/* Rules: type, condition count, first condition, then a tree's first
 * child and child count, an endpoint's index, or an error's message. */
static const struct awsc_ep_rule rs_rules[] = {
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
};

extern const struct awsc_ruleset awsc__cloudwatch_ruleset;
const struct awsc_ruleset awsc__cloudwatch_ruleset = {
    .service = "cloudwatch",
    .params = rs_params,
    .param_count = 4,
    .slot_count = 5,
    .slots = rs_slots,
    .rule_count = 2,
    .flags = 0,
    .rules = rs_rules,
    .conds = rs_conds,
    .exprs = rs_exprs,
    .args = rs_args,
    .endpoints = rs_endpoints,
    .headers = NULL,
    .props = NULL,
};
