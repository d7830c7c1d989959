/*
 * creds_sts_endpoints.c - the endpoint rule set of STS, compiled
 * into the tables of <awsc/endpoint.h> that runtime/endpoint walks.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/endpoint.h>
#include <awsc/creds_sts.h>

/* ---- sts: parameters, then the variables the rules assign */
static const struct awsc_ep_param rs_params[] = {
    /* name, type, built-in, flags, default boolean, default string */
    {"Region", AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_REGION, 0, false, NULL},
    {"UseDualStack", AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_DUAL_STACK, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false, NULL},
    {"UseFIPS", AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_FIPS, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false, NULL},
    {"Endpoint", AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ENDPOINT, 0, false, NULL},
    {"UseGlobalEndpoint", AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_STS_USE_GLOBAL_ENDPOINT, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false, NULL},
};
static const char *const rs_slots[] = {
    "Region", /* 0 */
    "UseDualStack", /* 1 */
    "UseFIPS", /* 2 */
    "Endpoint", /* 3 */
    "UseGlobalEndpoint", /* 4 */
    "PartitionResult", /* 5 */
    "url", /* 6 */
};

/* Expressions. A(obj, attribute, index) is getAttr, V(slot) a variable,
 * T(n, first) a template of n parts from args, F(fn, n, first) a call. */
static const struct awsc_ep_expr rs_exprs[] = {
    /* 0 */ AWSC_EP_V(0), /* Region */
    /* 1 */ AWSC_EP_F(PARTITION, 1, 0), /* aws.partition(Region) */
    /* 2 */ AWSC_EP_V(4), /* UseGlobalEndpoint */
    /* 3 */ AWSC_EP_B(1), /* true */
    /* 4 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 1), /* booleanEquals(UseGlobalEndpoint, true) */
    /* 5 */ AWSC_EP_V(2), /* UseFIPS */
    /* 6 */ AWSC_EP_B(0), /* false */
    /* 7 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 3), /* booleanEquals(UseFIPS, false) */
    /* 8 */ AWSC_EP_V(1), /* UseDualStack */
    /* 9 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 5), /* booleanEquals(UseDualStack, false) */
    /* 10 */ AWSC_EP_V(3), /* Endpoint */
    /* 11 */ AWSC_EP_F(IS_SET, 1, 7), /* isSet(Endpoint) */
    /* 12 */ AWSC_EP_F(NOT, 1, 8), /* not(isSet(Endpoint)) */
    /* 13 */ AWSC_EP_F(PARSE_URL, 1, 7), /* parseURL(Endpoint) */
    /* 14 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 9), /* booleanEquals(UseFIPS, true) */
    /* 15 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 11), /* booleanEquals(UseDualStack, true) */
    /* 16 */ AWSC_EP_S("ap-northeast-1"),
    /* 17 */ AWSC_EP_F(STRING_EQUALS, 2, 13), /* stringEquals(Region, "ap-northeast-1") */
    /* 18 */ AWSC_EP_S("https://sts.amazonaws.com"),
    /* 19 */ AWSC_EP_S("sigv4"),
    /* 20 */ AWSC_EP_S("sts"),
    /* 21 */ AWSC_EP_S("us-east-1"),
    /* 22 */ AWSC_EP_S("ap-south-1"),
    /* 23 */ AWSC_EP_F(STRING_EQUALS, 2, 15), /* stringEquals(Region, "ap-south-1") */
    /* 24 */ AWSC_EP_S("ap-southeast-1"),
    /* 25 */ AWSC_EP_F(STRING_EQUALS, 2, 17), /* stringEquals(Region, "ap-southeast-1") */
    /* 26 */ AWSC_EP_S("ap-southeast-2"),
    /* 27 */ AWSC_EP_F(STRING_EQUALS, 2, 19), /* stringEquals(Region, "ap-southeast-2") */
    /* 28 */ AWSC_EP_S("aws-global"),
    /* 29 */ AWSC_EP_F(STRING_EQUALS, 2, 21), /* stringEquals(Region, "aws-global") */
    /* 30 */ AWSC_EP_S("ca-central-1"),
    /* 31 */ AWSC_EP_F(STRING_EQUALS, 2, 23), /* stringEquals(Region, "ca-central-1") */
    /* 32 */ AWSC_EP_S("eu-central-1"),
    /* 33 */ AWSC_EP_F(STRING_EQUALS, 2, 25), /* stringEquals(Region, "eu-central-1") */
    /* 34 */ AWSC_EP_S("eu-north-1"),
    /* 35 */ AWSC_EP_F(STRING_EQUALS, 2, 27), /* stringEquals(Region, "eu-north-1") */
    /* 36 */ AWSC_EP_S("eu-west-1"),
    /* 37 */ AWSC_EP_F(STRING_EQUALS, 2, 29), /* stringEquals(Region, "eu-west-1") */
    /* 38 */ AWSC_EP_S("eu-west-2"),
    /* 39 */ AWSC_EP_F(STRING_EQUALS, 2, 31), /* stringEquals(Region, "eu-west-2") */
    /* 40 */ AWSC_EP_S("eu-west-3"),
    /* 41 */ AWSC_EP_F(STRING_EQUALS, 2, 33), /* stringEquals(Region, "eu-west-3") */
    /* 42 */ AWSC_EP_S("sa-east-1"),
    /* 43 */ AWSC_EP_F(STRING_EQUALS, 2, 35), /* stringEquals(Region, "sa-east-1") */
    /* 44 */ AWSC_EP_F(STRING_EQUALS, 2, 37), /* stringEquals(Region, "us-east-1") */
    /* 45 */ AWSC_EP_S("us-east-2"),
    /* 46 */ AWSC_EP_F(STRING_EQUALS, 2, 39), /* stringEquals(Region, "us-east-2") */
    /* 47 */ AWSC_EP_S("us-west-1"),
    /* 48 */ AWSC_EP_F(STRING_EQUALS, 2, 41), /* stringEquals(Region, "us-west-1") */
    /* 49 */ AWSC_EP_S("us-west-2"),
    /* 50 */ AWSC_EP_F(STRING_EQUALS, 2, 43), /* stringEquals(Region, "us-west-2") */
    /* 51 */ AWSC_EP_S("https://sts."),
    /* 52 */ AWSC_EP_S("."),
    /* 53 */ AWSC_EP_V(5), /* PartitionResult */
    /* 54 */ AWSC_EP_A(53, DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dnsSuffix */
    /* 55 */ AWSC_EP_T(4, 45), /* "https://sts.{Region}.{PartitionResult#dnsSuffix}" */
    /* 56 */ AWSC_EP_S("Invalid Configuration: FIPS and custom endpoint are not supported"),
    /* 57 */ AWSC_EP_S("Invalid Configuration: Dualstack and custom endpoint are not supported"),
    /* 58 */ AWSC_EP_A(53, SUPPORTS_FIPS, AWSC_EP_NONE), /* PartitionResult#supportsFIPS */
    /* 59 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 49), /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 60 */ AWSC_EP_A(53, SUPPORTS_DUAL_STACK, AWSC_EP_NONE), /* PartitionResult#supportsDualStack */
    /* 61 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 51), /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 62 */ AWSC_EP_S("FIPS and DualStack are enabled, but this partition does not support one or both"),
    /* 63 */ AWSC_EP_S("https://sts-fips."),
    /* 64 */ AWSC_EP_A(53, DUAL_STACK_DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dualStackDnsSuffix */
    /* 65 */ AWSC_EP_T(4, 53), /* "https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    /* 66 */ AWSC_EP_S("FIPS is enabled but this partition does not support FIPS"),
    /* 67 */ AWSC_EP_S("aws-us-gov"),
    /* 68 */ AWSC_EP_A(53, NAME, AWSC_EP_NONE), /* PartitionResult#name */
    /* 69 */ AWSC_EP_F(STRING_EQUALS, 2, 57), /* stringEquals("aws-us-gov", PartitionResult#name) */
    /* 70 */ AWSC_EP_T(4, 59), /* "https://sts-fips.{Region}.{PartitionResult#dnsSuffix}" */
    /* 71 */ AWSC_EP_S("DualStack is enabled but this partition does not support DualStack"),
    /* 72 */ AWSC_EP_T(4, 63), /* "https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}" */
};
static const uint16_t rs_args[] = {
    0, 2, 3, 5, 6, 8, 6, 10, 11, 5, 3, 8, 3, 0, 16, 0,
    22, 0, 24, 0, 26, 0, 28, 0, 30, 0, 32, 0, 34, 0, 36, 0,
    38, 0, 40, 0, 42, 0, 21, 0, 45, 0, 47, 0, 49, 51, 0, 52,
    54, 3, 58, 3, 60, 63, 0, 52, 64, 67, 68, 63, 0, 52, 54, 51,
    0, 52, 64,
};

/* Conditions: expression, and the variable its result is assigned to. */
static const struct awsc_ep_cond rs_conds[] = {
    /* 0 */ {1, 5}, /* PartitionResult = aws.partition(Region) */
    /* 1 */ {4, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
    /* 2 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 3 */ {9, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 4 */ {12, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 5 */ {11, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 6 */ {13, 6}, /* url = parseURL(Endpoint) */
    /* 7 */ {14, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 8 */ {15, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 9 */ {14, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 10 */ {15, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 11 */ {17, AWSC_EP_NONE}, /* stringEquals(Region, "ap-northeast-1") */
    /* 12 */ {23, AWSC_EP_NONE}, /* stringEquals(Region, "ap-south-1") */
    /* 13 */ {25, AWSC_EP_NONE}, /* stringEquals(Region, "ap-southeast-1") */
    /* 14 */ {27, AWSC_EP_NONE}, /* stringEquals(Region, "ap-southeast-2") */
    /* 15 */ {29, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 16 */ {31, AWSC_EP_NONE}, /* stringEquals(Region, "ca-central-1") */
    /* 17 */ {33, AWSC_EP_NONE}, /* stringEquals(Region, "eu-central-1") */
    /* 18 */ {35, AWSC_EP_NONE}, /* stringEquals(Region, "eu-north-1") */
    /* 19 */ {37, AWSC_EP_NONE}, /* stringEquals(Region, "eu-west-1") */
    /* 20 */ {39, AWSC_EP_NONE}, /* stringEquals(Region, "eu-west-2") */
    /* 21 */ {41, AWSC_EP_NONE}, /* stringEquals(Region, "eu-west-3") */
    /* 22 */ {43, AWSC_EP_NONE}, /* stringEquals(Region, "sa-east-1") */
    /* 23 */ {44, AWSC_EP_NONE}, /* stringEquals(Region, "us-east-1") */
    /* 24 */ {46, AWSC_EP_NONE}, /* stringEquals(Region, "us-east-2") */
    /* 25 */ {48, AWSC_EP_NONE}, /* stringEquals(Region, "us-west-1") */
    /* 26 */ {50, AWSC_EP_NONE}, /* stringEquals(Region, "us-west-2") */
    /* 27 */ {14, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 28 */ {15, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 29 */ {59, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 30 */ {61, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 31 */ {59, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 32 */ {69, AWSC_EP_NONE}, /* stringEquals("aws-us-gov", PartitionResult#name) */
    /* 33 */ {61, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 34 */ {29, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
};

/* Endpoints: URL, properties, first header, header count. */
static const struct awsc_ep_endpoint rs_endpoints[] = {
    /* 0 */ {18, 0, 0, 0}, /* "https://sts.amazonaws.com" */
    /* 1 */ {55, 6, 0, 0}, /* "https://sts.{Region}.{PartitionResult#dnsSuffix}" */
    /* 2 */ {10, AWSC_EP_NONE, 0, 0}, /* Endpoint */
    /* 3 */ {65, AWSC_EP_NONE, 0, 0}, /* "https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    /* 4 */ {55, AWSC_EP_NONE, 0, 0}, /* "https://sts.{Region}.{PartitionResult#dnsSuffix}" */
    /* 5 */ {70, AWSC_EP_NONE, 0, 0}, /* "https://sts-fips.{Region}.{PartitionResult#dnsSuffix}" */
    /* 6 */ {72, AWSC_EP_NONE, 0, 0}, /* "https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}" */
};
static const struct awsc_ep_prop rs_props[] = {
    /* 0 */ {NULL, AWSC_EP_PROP_OBJECT, 1, 1},
    /* 1 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 2, 1},
    /* 2 */ {NULL, AWSC_EP_PROP_OBJECT, 3, 3},
    /* 3 */ {"name", AWSC_EP_PROP_STRING, 19, 0},
    /* 4 */ {"signingName", AWSC_EP_PROP_STRING, 20, 0},
    /* 5 */ {"signingRegion", AWSC_EP_PROP_STRING, 21, 0},
    /* 6 */ {NULL, AWSC_EP_PROP_OBJECT, 7, 1},
    /* 7 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 8, 1},
    /* 8 */ {NULL, AWSC_EP_PROP_OBJECT, 9, 3},
    /* 9 */ {"name", AWSC_EP_PROP_STRING, 19, 0},
    /* 10 */ {"signingName", AWSC_EP_PROP_STRING, 20, 0},
    /* 11 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
};

/* Rules: type, condition count, first condition, then a tree's first
 * child and child count, an endpoint's index, or an error's message. */
static const struct awsc_ep_rule rs_rules[] = {
    /* 0 */ {AWSC_EP_RULE_TREE, 1, 0, 1, 6}, /* PartitionResult = aws.partition(Region) */
    /* 1 */ {AWSC_EP_RULE_TREE, 4, 1, 7, 17}, /* booleanEquals(UseGlobalEndpoint, true) && booleanEquals(UseFIPS, false) && booleanEqua ... */
    /* 2 */ {AWSC_EP_RULE_TREE, 2, 5, 24, 2}, /* isSet(Endpoint) && url = parseURL(Endpoint) */
    /* 3 */ {AWSC_EP_RULE_TREE, 2, 7, 28, 2}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
    /* 4 */ {AWSC_EP_RULE_TREE, 1, 9, 31, 2}, /* booleanEquals(UseFIPS, true) */
    /* 5 */ {AWSC_EP_RULE_TREE, 1, 10, 36, 2}, /* booleanEquals(UseDualStack, true) */
    /* 6 */ {AWSC_EP_RULE_TREE, 0, 11, 39, 2}, /* always */
    /* 7 */ {AWSC_EP_RULE_ENDPOINT, 1, 11, 0, 0}, /* stringEquals(Region, "ap-northeast-1") */
    /* 8 */ {AWSC_EP_RULE_ENDPOINT, 1, 12, 0, 0}, /* stringEquals(Region, "ap-south-1") */
    /* 9 */ {AWSC_EP_RULE_ENDPOINT, 1, 13, 0, 0}, /* stringEquals(Region, "ap-southeast-1") */
    /* 10 */ {AWSC_EP_RULE_ENDPOINT, 1, 14, 0, 0}, /* stringEquals(Region, "ap-southeast-2") */
    /* 11 */ {AWSC_EP_RULE_ENDPOINT, 1, 15, 0, 0}, /* stringEquals(Region, "aws-global") */
    /* 12 */ {AWSC_EP_RULE_ENDPOINT, 1, 16, 0, 0}, /* stringEquals(Region, "ca-central-1") */
    /* 13 */ {AWSC_EP_RULE_ENDPOINT, 1, 17, 0, 0}, /* stringEquals(Region, "eu-central-1") */
    /* 14 */ {AWSC_EP_RULE_ENDPOINT, 1, 18, 0, 0}, /* stringEquals(Region, "eu-north-1") */
    /* 15 */ {AWSC_EP_RULE_ENDPOINT, 1, 19, 0, 0}, /* stringEquals(Region, "eu-west-1") */
    /* 16 */ {AWSC_EP_RULE_ENDPOINT, 1, 20, 0, 0}, /* stringEquals(Region, "eu-west-2") */
    /* 17 */ {AWSC_EP_RULE_ENDPOINT, 1, 21, 0, 0}, /* stringEquals(Region, "eu-west-3") */
    /* 18 */ {AWSC_EP_RULE_ENDPOINT, 1, 22, 0, 0}, /* stringEquals(Region, "sa-east-1") */
    /* 19 */ {AWSC_EP_RULE_ENDPOINT, 1, 23, 0, 0}, /* stringEquals(Region, "us-east-1") */
    /* 20 */ {AWSC_EP_RULE_ENDPOINT, 1, 24, 0, 0}, /* stringEquals(Region, "us-east-2") */
    /* 21 */ {AWSC_EP_RULE_ENDPOINT, 1, 25, 0, 0}, /* stringEquals(Region, "us-west-1") */
    /* 22 */ {AWSC_EP_RULE_ENDPOINT, 1, 26, 0, 0}, /* stringEquals(Region, "us-west-2") */
    /* 23 */ {AWSC_EP_RULE_ENDPOINT, 0, 27, 1, 0}, /* always */
    /* 24 */ {AWSC_EP_RULE_ERROR, 1, 27, 56, 0}, /* booleanEquals(UseFIPS, true) */
    /* 25 */ {AWSC_EP_RULE_TREE, 0, 28, 26, 2}, /* always */
    /* 26 */ {AWSC_EP_RULE_ERROR, 1, 28, 57, 0}, /* booleanEquals(UseDualStack, true) */
    /* 27 */ {AWSC_EP_RULE_ENDPOINT, 0, 29, 2, 0}, /* always */
    /* 28 */ {AWSC_EP_RULE_TREE, 2, 29, 30, 1}, /* booleanEquals(true, PartitionResult#supportsFIPS) && booleanEquals(true, PartitionResu ... */
    /* 29 */ {AWSC_EP_RULE_ERROR, 0, 31, 62, 0}, /* always */
    /* 30 */ {AWSC_EP_RULE_ENDPOINT, 0, 31, 3, 0}, /* always */
    /* 31 */ {AWSC_EP_RULE_TREE, 1, 31, 33, 1}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 32 */ {AWSC_EP_RULE_ERROR, 0, 32, 66, 0}, /* always */
    /* 33 */ {AWSC_EP_RULE_TREE, 0, 32, 34, 2}, /* always */
    /* 34 */ {AWSC_EP_RULE_ENDPOINT, 1, 32, 4, 0}, /* stringEquals("aws-us-gov", PartitionResult#name) */
    /* 35 */ {AWSC_EP_RULE_ENDPOINT, 0, 33, 5, 0}, /* always */
    /* 36 */ {AWSC_EP_RULE_TREE, 1, 33, 38, 1}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 37 */ {AWSC_EP_RULE_ERROR, 0, 34, 71, 0}, /* always */
    /* 38 */ {AWSC_EP_RULE_ENDPOINT, 0, 34, 6, 0}, /* always */
    /* 39 */ {AWSC_EP_RULE_ENDPOINT, 1, 34, 0, 0}, /* stringEquals(Region, "aws-global") */
    /* 40 */ {AWSC_EP_RULE_ENDPOINT, 0, 35, 4, 0}, /* always */
};

extern const struct awsc_ruleset awsc__creds_sts_ruleset;
const struct awsc_ruleset awsc__creds_sts_ruleset = {
    .service = "sts",
    .params = rs_params,
    .param_count = 5,
    .slot_count = 7,
    .slots = rs_slots,
    .rule_count = 1,
    .flags = AWSC_EP_RS_GLOBAL,
    .rules = rs_rules,
    .conds = rs_conds,
    .exprs = rs_exprs,
    .args = rs_args,
    .endpoints = rs_endpoints,
    .headers = NULL,
    .props = rs_props,
};
