/*
 * creds_sso_oidc_endpoints.c - the endpoint rule set of SSO OIDC, compiled
 * into the tables of <awsc/endpoint.h> that runtime/endpoint walks.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/endpoint.h>
#include <awsc/creds_sso_oidc.h>

/* ---- sso-oidc: parameters, then the variables the rules assign */
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
    "url", /* 5 */
};

/* Expressions. A(obj, attribute, index) is getAttr, V(slot) a variable,
 * T(n, first) a template of n parts from args, F(fn, n, first) a call. */
static const struct awsc_ep_expr rs_exprs[] = {
    /* 0 */ AWSC_EP_V(0), /* Region */
    /* 1 */ AWSC_EP_F(PARTITION, 1, 0), /* aws.partition(Region) */
    /* 2 */ AWSC_EP_V(3), /* Endpoint */
    /* 3 */ AWSC_EP_F(IS_SET, 1, 1), /* isSet(Endpoint) */
    /* 4 */ AWSC_EP_F(PARSE_URL, 1, 1), /* parseURL(Endpoint) */
    /* 5 */ AWSC_EP_V(2), /* UseFIPS */
    /* 6 */ AWSC_EP_B(1), /* true */
    /* 7 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 2), /* booleanEquals(UseFIPS, true) */
    /* 8 */ AWSC_EP_V(1), /* UseDualStack */
    /* 9 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 4), /* booleanEquals(UseDualStack, true) */
    /* 10 */ AWSC_EP_S("https://oidc."),
    /* 11 */ AWSC_EP_S("."),
    /* 12 */ AWSC_EP_V(4), /* PartitionResult */
    /* 13 */ AWSC_EP_A(12, DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dnsSuffix */
    /* 14 */ AWSC_EP_T(4, 6), /* "https://oidc.{Region}.{PartitionResult#dnsSuffix}" */
    /* 15 */ AWSC_EP_S("Invalid Configuration: FIPS and custom endpoint are not supported"),
    /* 16 */ AWSC_EP_S("Invalid Configuration: Dualstack and custom endpoint are not supported"),
    /* 17 */ AWSC_EP_A(12, SUPPORTS_FIPS, AWSC_EP_NONE), /* PartitionResult#supportsFIPS */
    /* 18 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 10), /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 19 */ AWSC_EP_A(12, SUPPORTS_DUAL_STACK, AWSC_EP_NONE), /* PartitionResult#supportsDualStack */
    /* 20 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 12), /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 21 */ AWSC_EP_S("FIPS and DualStack are enabled, but this partition does not support one or both"),
    /* 22 */ AWSC_EP_S("https://oidc-fips."),
    /* 23 */ AWSC_EP_A(12, DUAL_STACK_DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dualStackDnsSuffix */
    /* 24 */ AWSC_EP_T(4, 14), /* "https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    /* 25 */ AWSC_EP_S("FIPS is enabled but this partition does not support FIPS"),
    /* 26 */ AWSC_EP_T(4, 18), /* "https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}" */
    /* 27 */ AWSC_EP_S("DualStack is enabled but this partition does not support DualStack"),
    /* 28 */ AWSC_EP_T(4, 22), /* "https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}" */
};
static const uint16_t rs_args[] = {
    0, 2, 5, 6, 8, 6, 10, 0, 11, 13, 6, 17, 6, 19, 22, 0,
    11, 23, 22, 0, 11, 13, 10, 0, 11, 23,
};

/* Conditions: expression, and the variable its result is assigned to. */
static const struct awsc_ep_cond rs_conds[] = {
    /* 0 */ {1, 4}, /* PartitionResult = aws.partition(Region) */
    /* 1 */ {3, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 2 */ {4, 5}, /* url = parseURL(Endpoint) */
    /* 3 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 4 */ {9, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 5 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 6 */ {9, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 7 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 8 */ {9, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 9 */ {18, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 10 */ {20, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 11 */ {18, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 12 */ {20, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
};

/* Endpoints: URL, properties, first header, header count. */
static const struct awsc_ep_endpoint rs_endpoints[] = {
    /* 0 */ {14, AWSC_EP_NONE, 0, 0}, /* "https://oidc.{Region}.{PartitionResult#dnsSuffix}" */
    /* 1 */ {2, AWSC_EP_NONE, 0, 0}, /* Endpoint */
    /* 2 */ {24, AWSC_EP_NONE, 0, 0}, /* "https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    /* 3 */ {26, AWSC_EP_NONE, 0, 0}, /* "https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}" */
    /* 4 */ {28, AWSC_EP_NONE, 0, 0}, /* "https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}" */
};

/* Rules: type, condition count, first condition, then a tree's first
 * child and child count, an endpoint's index, or an error's message. */
static const struct awsc_ep_rule rs_rules[] = {
    /* 0 */ {AWSC_EP_RULE_TREE, 1, 0, 1, 5}, /* PartitionResult = aws.partition(Region) */
    /* 1 */ {AWSC_EP_RULE_TREE, 2, 1, 6, 2}, /* isSet(Endpoint) && url = parseURL(Endpoint) */
    /* 2 */ {AWSC_EP_RULE_TREE, 2, 3, 10, 2}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
    /* 3 */ {AWSC_EP_RULE_TREE, 1, 5, 13, 2}, /* booleanEquals(UseFIPS, true) */
    /* 4 */ {AWSC_EP_RULE_TREE, 1, 6, 17, 2}, /* booleanEquals(UseDualStack, true) */
    /* 5 */ {AWSC_EP_RULE_ENDPOINT, 0, 7, 0, 0}, /* always */
    /* 6 */ {AWSC_EP_RULE_ERROR, 1, 7, 15, 0}, /* booleanEquals(UseFIPS, true) */
    /* 7 */ {AWSC_EP_RULE_TREE, 0, 8, 8, 2}, /* always */
    /* 8 */ {AWSC_EP_RULE_ERROR, 1, 8, 16, 0}, /* booleanEquals(UseDualStack, true) */
    /* 9 */ {AWSC_EP_RULE_ENDPOINT, 0, 9, 1, 0}, /* always */
    /* 10 */ {AWSC_EP_RULE_TREE, 2, 9, 12, 1}, /* booleanEquals(true, PartitionResult#supportsFIPS) && booleanEquals(true, PartitionResu ... */
    /* 11 */ {AWSC_EP_RULE_ERROR, 0, 11, 21, 0}, /* always */
    /* 12 */ {AWSC_EP_RULE_ENDPOINT, 0, 11, 2, 0}, /* always */
    /* 13 */ {AWSC_EP_RULE_TREE, 1, 11, 15, 1}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 14 */ {AWSC_EP_RULE_ERROR, 0, 12, 25, 0}, /* always */
    /* 15 */ {AWSC_EP_RULE_TREE, 0, 12, 16, 1}, /* always */
    /* 16 */ {AWSC_EP_RULE_ENDPOINT, 0, 12, 3, 0}, /* always */
    /* 17 */ {AWSC_EP_RULE_TREE, 1, 12, 19, 1}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 18 */ {AWSC_EP_RULE_ERROR, 0, 13, 27, 0}, /* always */
    /* 19 */ {AWSC_EP_RULE_ENDPOINT, 0, 13, 4, 0}, /* always */
};

extern const struct awsc_ruleset awsc__creds_sso_oidc_ruleset;
const struct awsc_ruleset awsc__creds_sso_oidc_ruleset = {
    .service = "sso-oidc",
    .params = rs_params,
    .param_count = 4,
    .slot_count = 6,
    .slots = rs_slots,
    .rule_count = 1,
    .flags = 0,
    .rules = rs_rules,
    .conds = rs_conds,
    .exprs = rs_exprs,
    .args = rs_args,
    .endpoints = rs_endpoints,
    .headers = NULL,
    .props = NULL,
};
