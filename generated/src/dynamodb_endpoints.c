/*
 * dynamodb_endpoints.c - the endpoint rule set of DynamoDB, compiled
 * into the tables of <awsc/endpoint.h> that runtime/endpoint walks.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/endpoint.h>
#include <awsc/dynamodb.h>

/* ---- dynamodb: parameters, then the variables the rules assign */
static const struct awsc_ep_param rs_params[] = {
    /* name, type, built-in, flags, default boolean, default string */
    {"Region", AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_REGION, AWSC_EP_PF_REQUIRED, false, NULL},
    {"UseDualStack", AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_DUAL_STACK, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false, NULL},
    {"UseFIPS", AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_FIPS, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false, NULL},
    {"Endpoint", AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ENDPOINT, 0, false, NULL},
};
static const char *const rs_slots[] = {
    "Region", /* 0 */
    "UseDualStack", /* 1 */
    "UseFIPS", /* 2 */
    "Endpoint", /* 3 */
    "PartitionResult", /* 4 */
};

/* Expressions. A(obj, attribute, index) is getAttr, V(slot) a variable,
 * T(n, first) a template of n parts from args, F(fn, n, first) a call. */
static const struct awsc_ep_expr rs_exprs[] = {
    /* 0 */ AWSC_EP_V(0), /* Region */
    /* 1 */ AWSC_EP_F(PARTITION, 1, 0), /* aws.partition(Region) */
    /* 2 */ AWSC_EP_V(3), /* Endpoint */
    /* 3 */ AWSC_EP_F(IS_SET, 1, 1), /* isSet(Endpoint) */
    /* 4 */ AWSC_EP_V(2), /* UseFIPS */
    /* 5 */ AWSC_EP_B(1), /* true */
    /* 6 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 2), /* booleanEquals(UseFIPS, true) */
    /* 7 */ AWSC_EP_V(1), /* UseDualStack */
    /* 8 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 4), /* booleanEquals(UseDualStack, true) */
    /* 9 */ AWSC_EP_S("Invalid Configuration: FIPS and custom endpoint are not supported"),
    /* 10 */ AWSC_EP_S("Invalid Configuration: Dualstack and custom endpoint are not supported"),
    /* 11 */ AWSC_EP_V(4), /* PartitionResult */
    /* 12 */ AWSC_EP_A(11, SUPPORTS_FIPS, AWSC_EP_NONE), /* PartitionResult#supportsFIPS */
    /* 13 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 6), /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 14 */ AWSC_EP_A(11, SUPPORTS_DUAL_STACK, AWSC_EP_NONE), /* PartitionResult#supportsDualStack */
    /* 15 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 8), /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 16 */ AWSC_EP_S("FIPS and DualStack are enabled, but this partition does not support one or both"),
    /* 17 */ AWSC_EP_S("https://dynamodb-fips."),
    /* 18 */ AWSC_EP_S("."),
    /* 19 */ AWSC_EP_A(11, DUAL_STACK_DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dualStackDnsSuffix */
    /* 20 */ AWSC_EP_T(4, 10), /* "https://dynamodb-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    /* 21 */ AWSC_EP_S("FIPS is enabled but this partition does not support FIPS"),
    /* 22 */ AWSC_EP_S("aws-us-gov"),
    /* 23 */ AWSC_EP_A(11, NAME, AWSC_EP_NONE), /* PartitionResult#name */
    /* 24 */ AWSC_EP_F(STRING_EQUALS, 2, 14), /* stringEquals("aws-us-gov", PartitionResult#name) */
    /* 25 */ AWSC_EP_S("https://dynamodb."),
    /* 26 */ AWSC_EP_A(11, DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dnsSuffix */
    /* 27 */ AWSC_EP_T(4, 16), /* "https://dynamodb.{Region}.{PartitionResult#dnsSuffix}" */
    /* 28 */ AWSC_EP_T(4, 20), /* "https://dynamodb-fips.{Region}.{PartitionResult#dnsSuffix}" */
    /* 29 */ AWSC_EP_S("DualStack is enabled but this partition does not support DualStack"),
    /* 30 */ AWSC_EP_T(4, 24), /* "https://dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    /* 31 */ AWSC_EP_S("local"),
    /* 32 */ AWSC_EP_F(STRING_EQUALS, 2, 28), /* stringEquals(Region, "local") */
    /* 33 */ AWSC_EP_S("http://localhost:8000"),
    /* 34 */ AWSC_EP_S("sigv4"),
    /* 35 */ AWSC_EP_S("us-east-1"),
    /* 36 */ AWSC_EP_S("dynamodb"),
};
static const uint16_t rs_args[] = {
    0, 2, 4, 5, 7, 5, 5, 12, 5, 14, 17, 0, 18, 19, 22, 23,
    25, 0, 18, 26, 17, 0, 18, 26, 25, 0, 18, 19, 0, 31,
};

/* Conditions: expression, and the variable its result is assigned to. */
static const struct awsc_ep_cond rs_conds[] = {
    /* 0 */ {1, 4}, /* PartitionResult = aws.partition(Region) */
    /* 1 */ {3, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 2 */ {6, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 3 */ {8, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 4 */ {6, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 5 */ {8, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 6 */ {6, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 7 */ {8, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 8 */ {13, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 9 */ {15, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 10 */ {13, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 11 */ {24, AWSC_EP_NONE}, /* stringEquals("aws-us-gov", PartitionResult#name) */
    /* 12 */ {15, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 13 */ {32, AWSC_EP_NONE}, /* stringEquals(Region, "local") */
};

/* Endpoints: URL, properties, first header, header count. */
static const struct awsc_ep_endpoint rs_endpoints[] = {
    /* 0 */ {2, AWSC_EP_NONE, 0, 0}, /* Endpoint */
    /* 1 */ {20, AWSC_EP_NONE, 0, 0}, /* "https://dynamodb-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    /* 2 */ {27, AWSC_EP_NONE, 0, 0}, /* "https://dynamodb.{Region}.{PartitionResult#dnsSuffix}" */
    /* 3 */ {28, AWSC_EP_NONE, 0, 0}, /* "https://dynamodb-fips.{Region}.{PartitionResult#dnsSuffix}" */
    /* 4 */ {30, AWSC_EP_NONE, 0, 0}, /* "https://dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    /* 5 */ {33, 0, 0, 0}, /* "http://localhost:8000" */
};
static const struct awsc_ep_prop rs_props[] = {
    /* 0 */ {NULL, AWSC_EP_PROP_OBJECT, 1, 1},
    /* 1 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 2, 1},
    /* 2 */ {NULL, AWSC_EP_PROP_OBJECT, 3, 3},
    /* 3 */ {"name", AWSC_EP_PROP_STRING, 34, 0},
    /* 4 */ {"signingRegion", AWSC_EP_PROP_STRING, 35, 0},
    /* 5 */ {"signingName", AWSC_EP_PROP_STRING, 36, 0},
};

/* Rules: type, condition count, first condition, then a tree's first
 * child and child count, an endpoint's index, or an error's message. */
static const struct awsc_ep_rule rs_rules[] = {
    /* 0 */ {AWSC_EP_RULE_TREE, 1, 0, 1, 5}, /* PartitionResult = aws.partition(Region) */
    /* 1 */ {AWSC_EP_RULE_TREE, 1, 1, 6, 2}, /* isSet(Endpoint) */
    /* 2 */ {AWSC_EP_RULE_TREE, 2, 2, 10, 2}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
    /* 3 */ {AWSC_EP_RULE_TREE, 1, 4, 13, 2}, /* booleanEquals(UseFIPS, true) */
    /* 4 */ {AWSC_EP_RULE_TREE, 1, 5, 18, 2}, /* booleanEquals(UseDualStack, true) */
    /* 5 */ {AWSC_EP_RULE_TREE, 0, 6, 21, 2}, /* always */
    /* 6 */ {AWSC_EP_RULE_ERROR, 1, 6, 9, 0}, /* booleanEquals(UseFIPS, true) */
    /* 7 */ {AWSC_EP_RULE_TREE, 0, 7, 8, 2}, /* always */
    /* 8 */ {AWSC_EP_RULE_ERROR, 1, 7, 10, 0}, /* booleanEquals(UseDualStack, true) */
    /* 9 */ {AWSC_EP_RULE_ENDPOINT, 0, 8, 0, 0}, /* always */
    /* 10 */ {AWSC_EP_RULE_TREE, 2, 8, 12, 1}, /* booleanEquals(true, PartitionResult#supportsFIPS) && booleanEquals(true, PartitionResu ... */
    /* 11 */ {AWSC_EP_RULE_ERROR, 0, 10, 16, 0}, /* always */
    /* 12 */ {AWSC_EP_RULE_ENDPOINT, 0, 10, 1, 0}, /* always */
    /* 13 */ {AWSC_EP_RULE_TREE, 1, 10, 15, 1}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 14 */ {AWSC_EP_RULE_ERROR, 0, 11, 21, 0}, /* always */
    /* 15 */ {AWSC_EP_RULE_TREE, 0, 11, 16, 2}, /* always */
    /* 16 */ {AWSC_EP_RULE_ENDPOINT, 1, 11, 2, 0}, /* stringEquals("aws-us-gov", PartitionResult#name) */
    /* 17 */ {AWSC_EP_RULE_ENDPOINT, 0, 12, 3, 0}, /* always */
    /* 18 */ {AWSC_EP_RULE_TREE, 1, 12, 20, 1}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 19 */ {AWSC_EP_RULE_ERROR, 0, 13, 29, 0}, /* always */
    /* 20 */ {AWSC_EP_RULE_ENDPOINT, 0, 13, 4, 0}, /* always */
    /* 21 */ {AWSC_EP_RULE_ENDPOINT, 1, 13, 5, 0}, /* stringEquals(Region, "local") */
    /* 22 */ {AWSC_EP_RULE_ENDPOINT, 0, 14, 2, 0}, /* always */
};

extern const struct awsc_ruleset awsc__dynamodb_ruleset;
const struct awsc_ruleset awsc__dynamodb_ruleset = {
    .service = "dynamodb",
    .params = rs_params,
    .param_count = 4,
    .slot_count = 5,
    .slots = rs_slots,
    .rule_count = 1,
    .flags = 0,
    .rules = rs_rules,
    .conds = rs_conds,
    .exprs = rs_exprs,
    .args = rs_args,
    .endpoints = rs_endpoints,
    .headers = NULL,
    .props = rs_props,
};
