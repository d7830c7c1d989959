/*
 * bedrock_runtime_endpoints.c - the endpoint rule set of Bedrock Runtime, compiled
 * into the tables of <awsc/endpoint.h> that runtime/endpoint walks.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/endpoint.h>
#include <awsc/bedrock-runtime.h>

/* ---- bedrock-runtime: parameters, then the variables the rules assign */
static const struct awsc_ep_param rs_params[] = {
    /* name, type, built-in, flags, default boolean, default string */
    {"Region", AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_REGION, 0, false, NULL},
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
    /* 0 */ AWSC_EP_V(3), /* Endpoint */
    /* 1 */ AWSC_EP_F(IS_SET, 1, 0), /* isSet(Endpoint) */
    /* 2 */ AWSC_EP_V(2), /* UseFIPS */
    /* 3 */ AWSC_EP_B(1), /* true */
    /* 4 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 1), /* booleanEquals(UseFIPS, true) */
    /* 5 */ AWSC_EP_S("Invalid Configuration: FIPS and custom endpoint are not supported"),
    /* 6 */ AWSC_EP_V(1), /* UseDualStack */
    /* 7 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 3), /* booleanEquals(UseDualStack, true) */
    /* 8 */ AWSC_EP_S("Invalid Configuration: Dualstack and custom endpoint are not supported"),
    /* 9 */ AWSC_EP_V(0), /* Region */
    /* 10 */ AWSC_EP_F(IS_SET, 1, 5), /* isSet(Region) */
    /* 11 */ AWSC_EP_S("Invalid Configuration: Missing Region"),
    /* 12 */ AWSC_EP_F(PARTITION, 1, 5), /* aws.partition(Region) */
    /* 13 */ AWSC_EP_V(4), /* PartitionResult */
    /* 14 */ AWSC_EP_A(13, SUPPORTS_FIPS, AWSC_EP_NONE), /* PartitionResult#supportsFIPS */
    /* 15 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 6), /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 16 */ AWSC_EP_A(13, SUPPORTS_DUAL_STACK, AWSC_EP_NONE), /* PartitionResult#supportsDualStack */
    /* 17 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 8), /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 18 */ AWSC_EP_S("FIPS and DualStack are enabled, but this partition does not support one or both"),
    /* 19 */ AWSC_EP_S("https://bedrock-runtime-fips."),
    /* 20 */ AWSC_EP_S("."),
    /* 21 */ AWSC_EP_A(13, DUAL_STACK_DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dualStackDnsSuffix */
    /* 22 */ AWSC_EP_T(4, 10), /* "https://bedrock-runtime-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    /* 23 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 14), /* booleanEquals(PartitionResult#supportsFIPS, true) */
    /* 24 */ AWSC_EP_S("FIPS is enabled but this partition does not support FIPS"),
    /* 25 */ AWSC_EP_A(13, DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dnsSuffix */
    /* 26 */ AWSC_EP_T(4, 16), /* "https://bedrock-runtime-fips.{Region}.{PartitionResult#dnsSuffix}" */
    /* 27 */ AWSC_EP_S("DualStack is enabled but this partition does not support DualStack"),
    /* 28 */ AWSC_EP_S("https://bedrock-runtime."),
    /* 29 */ AWSC_EP_T(4, 20), /* "https://bedrock-runtime.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    /* 30 */ AWSC_EP_T(4, 24), /* "https://bedrock-runtime.{Region}.{PartitionResult#dnsSuffix}" */
};
static const uint16_t rs_args[] = {
    0, 2, 3, 6, 3, 9, 3, 14, 3, 16, 19, 9, 20, 21, 14, 3,
    19, 9, 20, 25, 28, 9, 20, 21, 28, 9, 20, 25,
};

/* Conditions: expression, and the variable its result is assigned to. */
static const struct awsc_ep_cond rs_conds[] = {
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
};

/* Endpoints: URL, properties, first header, header count. */
static const struct awsc_ep_endpoint rs_endpoints[] = {
    /* 0 */ {0, AWSC_EP_NONE, 0, 0}, /* Endpoint */
    /* 1 */ {22, AWSC_EP_NONE, 0, 0}, /* "https://bedrock-runtime-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    /* 2 */ {26, AWSC_EP_NONE, 0, 0}, /* "https://bedrock-runtime-fips.{Region}.{PartitionResult#dnsSuffix}" */
    /* 3 */ {29, AWSC_EP_NONE, 0, 0}, /* "https://bedrock-runtime.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    /* 4 */ {30, AWSC_EP_NONE, 0, 0}, /* "https://bedrock-runtime.{Region}.{PartitionResult#dnsSuffix}" */
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
};

extern const struct awsc_ruleset awsc__bedrock_runtime_ruleset;
const struct awsc_ruleset awsc__bedrock_runtime_ruleset = {
    .service = "bedrock-runtime",
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
