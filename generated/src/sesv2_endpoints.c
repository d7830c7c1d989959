/*
 * sesv2_endpoints.c - the endpoint rule set of SESv2, compiled
 * into the tables of <awsc/endpoint.h> that runtime/endpoint walks.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/endpoint.h>
#include <awsc/sesv2.h>

/* The strings are one literal; it passes the 4095 characters ISO C
 * requires compilers to take (GCC and Clang take any length). */
#pragma GCC diagnostic ignored "-Woverlength-strings"

/* The endpoint rule set of sesv2 in one object. */
struct awsc__sesv2_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[5];
    uint16_t slots[6];
    struct awsc_ep_rule rules[36];
    struct awsc_ep_cond conds[27];
    struct awsc_ep_expr exprs[53];
    uint16_t args[52];
    struct awsc_ep_endpoint endpoints[10];
    struct awsc_ep_prop props[35];
    char strings[744];
};
#define RULES awsc__sesv2_rules
#define RULES_REF(field, target) AWSC_REF(RULES.field, RULES.target)
static const struct awsc__sesv2_rules RULES = {
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
        .service = 0, /* sesv2 */
        .global_region = AWSC_EP_NONE,
        .param_count = 5,
        .slot_count = 6,
        .rule_count = 4,
        .flags = 0,
    },
    /* Parameters: name, default string (a stringArray's: the first in
     * defaults), default count, type, built-in, flags, default boolean. */
    .params = {
        {6, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_REGION, 0, false}, /* Region */
        {13, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_DUAL_STACK, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseDualStack */
        {26, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_FIPS, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseFIPS */
        {34, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ENDPOINT, 0, false}, /* Endpoint */
        {43, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_NONE, 0, false}, /* EndpointId */
    },
    /* The slots' names: parameters, then the variables the rules assign. */
    .slots = {
        6, /* 0: Region */
        13, /* 1: UseDualStack */
        26, /* 2: UseFIPS */
        34, /* 3: Endpoint */
        43, /* 4: EndpointId */
        54, /* 5: PartitionResult */
    },
    /* Rules: type, condition count, first condition, then a tree's first
     * child and child count, an endpoint's index, or an error's message. */
    .rules = {
        /* 0 */ {AWSC_EP_RULE_TREE, 3, 0, 4, 2}, /* isSet(EndpointId) && isSet(Region) && PartitionResult = aws.partition(Region) */
        /* 1 */ {AWSC_EP_RULE_TREE, 1, 3, 19, 3}, /* isSet(Endpoint) */
        /* 2 */ {AWSC_EP_RULE_TREE, 1, 4, 22, 1}, /* isSet(Region) */
        /* 3 */ {AWSC_EP_RULE_ERROR, 0, 5, 7, 0}, /* always */
        /* 4 */ {AWSC_EP_RULE_TREE, 1, 5, 6, 2}, /* isValidHostLabel(EndpointId, true) */
        /* 5 */ {AWSC_EP_RULE_ERROR, 0, 6, 10, 0}, /* always */
        /* 6 */ {AWSC_EP_RULE_TREE, 1, 6, 8, 5}, /* booleanEquals(UseFIPS, false) */
        /* 7 */ {AWSC_EP_RULE_ERROR, 0, 7, 14, 0}, /* always */
        /* 8 */ {AWSC_EP_RULE_ENDPOINT, 1, 7, 0, 0}, /* isSet(Endpoint) */
        /* 9 */ {AWSC_EP_RULE_TREE, 2, 8, 13, 2}, /* stringEquals(PartitionResult#name, "aws-us-gov") && booleanEquals(UseDualStack, true) */
        /* 10 */ {AWSC_EP_RULE_ENDPOINT, 1, 10, 1, 0}, /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 11 */ {AWSC_EP_RULE_TREE, 2, 11, 16, 2}, /* not(stringEquals(PartitionResult#name, "aws-us-gov")) && booleanEquals(UseDualStack, true) */
        /* 12 */ {AWSC_EP_RULE_ENDPOINT, 1, 13, 2, 0}, /* not(stringEquals(PartitionResult#name, "aws-us-gov")) */
        /* 13 */ {AWSC_EP_RULE_TREE, 1, 14, 15, 1}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 14 */ {AWSC_EP_RULE_ERROR, 0, 15, 33, 0}, /* always */
        /* 15 */ {AWSC_EP_RULE_ENDPOINT, 0, 15, 3, 0}, /* always */
        /* 16 */ {AWSC_EP_RULE_TREE, 1, 15, 18, 1}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 17 */ {AWSC_EP_RULE_ERROR, 0, 16, 33, 0}, /* always */
        /* 18 */ {AWSC_EP_RULE_ENDPOINT, 0, 16, 4, 0}, /* always */
        /* 19 */ {AWSC_EP_RULE_ERROR, 1, 16, 39, 0}, /* booleanEquals(UseFIPS, true) */
        /* 20 */ {AWSC_EP_RULE_ERROR, 1, 17, 40, 0}, /* booleanEquals(UseDualStack, true) */
        /* 21 */ {AWSC_EP_RULE_ENDPOINT, 0, 18, 5, 0}, /* always */
        /* 22 */ {AWSC_EP_RULE_TREE, 1, 18, 23, 4}, /* PartitionResult = aws.partition(Region) */
        /* 23 */ {AWSC_EP_RULE_TREE, 2, 19, 27, 2}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 24 */ {AWSC_EP_RULE_TREE, 1, 21, 30, 2}, /* booleanEquals(UseFIPS, true) */
        /* 25 */ {AWSC_EP_RULE_TREE, 1, 22, 33, 2}, /* booleanEquals(UseDualStack, true) */
        /* 26 */ {AWSC_EP_RULE_ENDPOINT, 0, 23, 6, 0}, /* always */
        /* 27 */ {AWSC_EP_RULE_TREE, 2, 23, 29, 1}, /* booleanEquals(true, PartitionResult#supportsFIPS) && booleanEquals(true, PartitionResu ... */
        /* 28 */ {AWSC_EP_RULE_ERROR, 0, 25, 46, 0}, /* always */
        /* 29 */ {AWSC_EP_RULE_ENDPOINT, 0, 25, 7, 0}, /* always */
        /* 30 */ {AWSC_EP_RULE_TREE, 1, 25, 32, 1}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 31 */ {AWSC_EP_RULE_ERROR, 0, 26, 50, 0}, /* always */
        /* 32 */ {AWSC_EP_RULE_ENDPOINT, 0, 26, 8, 0}, /* always */
        /* 33 */ {AWSC_EP_RULE_TREE, 1, 26, 35, 1}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 34 */ {AWSC_EP_RULE_ERROR, 0, 27, 33, 0}, /* always */
        /* 35 */ {AWSC_EP_RULE_ENDPOINT, 0, 27, 9, 0}, /* always */
    },
    /* Conditions: expression, and the variable its result is assigned to. */
    .conds = {
        /* 0 */ {1, AWSC_EP_NONE}, /* isSet(EndpointId) */
        /* 1 */ {3, AWSC_EP_NONE}, /* isSet(Region) */
        /* 2 */ {4, 5}, /* PartitionResult = aws.partition(Region) */
        /* 3 */ {6, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 4 */ {3, AWSC_EP_NONE}, /* isSet(Region) */
        /* 5 */ {9, AWSC_EP_NONE}, /* isValidHostLabel(EndpointId, true) */
        /* 6 */ {13, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 7 */ {6, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 8 */ {21, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 9 */ {23, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 10 */ {21, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 11 */ {28, AWSC_EP_NONE}, /* not(stringEquals(PartitionResult#name, "aws-us-gov")) */
        /* 12 */ {23, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 13 */ {28, AWSC_EP_NONE}, /* not(stringEquals(PartitionResult#name, "aws-us-gov")) */
        /* 14 */ {32, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 15 */ {32, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 16 */ {38, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 17 */ {23, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 18 */ {4, 5}, /* PartitionResult = aws.partition(Region) */
        /* 19 */ {38, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 20 */ {23, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 21 */ {38, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 22 */ {23, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 23 */ {45, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
        /* 24 */ {32, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 25 */ {49, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 26 */ {32, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
    },
    /* Expressions. S(at, length) is a string, A(obj, attribute, index)
     * getAttr, V(slot) a variable, T(n, first) a template of n parts from
     * args, F(fn, n, first) a call. */
    .exprs = {
        /* 0 */ AWSC_EP_V(4), /* EndpointId */
        /* 1 */ AWSC_EP_F(IS_SET, 1, 0), /* isSet(EndpointId) */
        /* 2 */ AWSC_EP_V(0), /* Region */
        /* 3 */ AWSC_EP_F(IS_SET, 1, 1), /* isSet(Region) */
        /* 4 */ AWSC_EP_F(PARTITION, 1, 1), /* aws.partition(Region) */
        /* 5 */ AWSC_EP_V(3), /* Endpoint */
        /* 6 */ AWSC_EP_F(IS_SET, 1, 2), /* isSet(Endpoint) */
        /* 7 */ AWSC_EP_S(70, 37), /* "Invalid Configuration: Missing Region" */
        /* 8 */ AWSC_EP_B(1), /* true */
        /* 9 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 3), /* isValidHostLabel(EndpointId, true) */
        /* 10 */ AWSC_EP_S(108, 37), /* "EndpointId must be a valid host label" */
        /* 11 */ AWSC_EP_V(2), /* UseFIPS */
        /* 12 */ AWSC_EP_B(0), /* false */
        /* 13 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 5), /* booleanEquals(UseFIPS, false) */
        /* 14 */ AWSC_EP_S(146, 72), /* "Invalid Configuration: FIPS is not supported with multi-region endpoints" */
        /* 15 */ AWSC_EP_S(236, 6), /* "sigv4a" */
        /* 16 */ AWSC_EP_S(255, 3), /* "ses" */
        /* 17 */ AWSC_EP_S(276, 1), /* "*" */
        /* 18 */ AWSC_EP_V(5), /* PartitionResult */
        /* 19 */ AWSC_EP_A(18, NAME, AWSC_EP_NONE), /* PartitionResult#name */
        /* 20 */ AWSC_EP_S(278, 10), /* "aws-us-gov" */
        /* 21 */ AWSC_EP_F(STRING_EQUALS, 2, 7), /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 22 */ AWSC_EP_V(1), /* UseDualStack */
        /* 23 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 9), /* booleanEquals(UseDualStack, true) */
        /* 24 */ AWSC_EP_S(289, 8), /* "https://" */
        /* 25 */ AWSC_EP_S(298, 24), /* ".endpoints.email.us-gov." */
        /* 26 */ AWSC_EP_A(18, DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dnsSuffix */
        /* 27 */ AWSC_EP_T(4, 11), /* "https://{EndpointId}.endpoints.email.us-gov.{PartitionResult#dnsSuffix}" */
        /* 28 */ AWSC_EP_F(NOT, 1, 15), /* not(stringEquals(PartitionResult#name, "aws-us-gov")) */
        /* 29 */ AWSC_EP_S(323, 17), /* ".endpoints.email." */
        /* 30 */ AWSC_EP_T(4, 16), /* "https://{EndpointId}.endpoints.email.{PartitionResult#dnsSuffix}" */
        /* 31 */ AWSC_EP_A(18, SUPPORTS_DUAL_STACK, AWSC_EP_NONE), /* PartitionResult#supportsDualStack */
        /* 32 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 20), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 33 */ AWSC_EP_S(341, 66), /* "DualStack is enabled but this partition does not support DualStack" */
        /* 34 */ AWSC_EP_A(18, DUAL_STACK_DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dualStackDnsSuffix */
        /* 35 */ AWSC_EP_T(4, 22), /* "https://{EndpointId}.endpoints.email.us-gov.{PartitionResult#dualStackDnsSuffix}" */
        /* 36 */ AWSC_EP_S(408, 24), /* ".endpoints.email.global." */
        /* 37 */ AWSC_EP_T(4, 26), /* "https://{EndpointId}.endpoints.email.global.{PartitionResult#dualStackDnsSuffix}" */
        /* 38 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 30), /* booleanEquals(UseFIPS, true) */
        /* 39 */ AWSC_EP_S(433, 65), /* "Invalid Configuration: FIPS and custom endpoint are not supported" */
        /* 40 */ AWSC_EP_S(499, 70), /* "Invalid Configuration: Dualstack and custom endpoint are not supported" */
        /* 41 */ AWSC_EP_S(570, 14), /* "https://email." */
        /* 42 */ AWSC_EP_S(585, 1), /* "." */
        /* 43 */ AWSC_EP_T(4, 32), /* "https://email.{Region}.{PartitionResult#dnsSuffix}" */
        /* 44 */ AWSC_EP_A(18, SUPPORTS_FIPS, AWSC_EP_NONE), /* PartitionResult#supportsFIPS */
        /* 45 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 36), /* booleanEquals(true, PartitionResult#supportsFIPS) */
        /* 46 */ AWSC_EP_S(587, 79), /* "FIPS and DualStack are enabled, but this partition does not support one or both" */
        /* 47 */ AWSC_EP_S(667, 19), /* "https://email-fips." */
        /* 48 */ AWSC_EP_T(4, 38), /* "https://email-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 49 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 42), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 50 */ AWSC_EP_S(687, 56), /* "FIPS is enabled but this partition does not support FIPS" */
        /* 51 */ AWSC_EP_T(4, 44), /* "https://email-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 52 */ AWSC_EP_T(4, 48), /* "https://email.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    },
    .args = {
        0, 2, 5, 0, 8, 11, 12, 19, 20, 22, 8, 24, 0, 25, 26, 21,
        24, 0, 29, 26, 8, 31, 24, 0, 25, 34, 24, 0, 36, 34, 11, 8,
        41, 2, 42, 26, 8, 44, 47, 2, 42, 34, 44, 8, 47, 2, 42, 26,
        41, 2, 42, 34,
    },
    /* Endpoints: URL, properties, first header, header count. */
    .endpoints = {
        /* 0 */ {5, 0, 0, 0}, /* Endpoint */
        /* 1 */ {27, 7, 0, 0}, /* "https://{EndpointId}.endpoints.email.us-gov.{PartitionResult#dnsSuffix}" */
        /* 2 */ {30, 14, 0, 0}, /* "https://{EndpointId}.endpoints.email.{PartitionResult#dnsSuffix}" */
        /* 3 */ {35, 21, 0, 0}, /* "https://{EndpointId}.endpoints.email.us-gov.{PartitionResult#dualStackDnsSuffix}" */
        /* 4 */ {37, 28, 0, 0}, /* "https://{EndpointId}.endpoints.email.global.{PartitionResult#dualStackDnsSuffix}" */
        /* 5 */ {5, AWSC_EP_NONE, 0, 0}, /* Endpoint */
        /* 6 */ {43, AWSC_EP_NONE, 0, 0}, /* "https://email.{Region}.{PartitionResult#dnsSuffix}" */
        /* 7 */ {48, AWSC_EP_NONE, 0, 0}, /* "https://email-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 8 */ {51, AWSC_EP_NONE, 0, 0}, /* "https://email-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 9 */ {52, AWSC_EP_NONE, 0, 0}, /* "https://email.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    },
    /* Properties: key, first item or value, count, type. */
    .props = {
        /* 0 */ {AWSC_EP_NONE, 1, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 1 */ {219, 2, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 2 */ {AWSC_EP_NONE, 3, 3, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 3 */ {231, 15, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 4 */ {243, 16, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 5 */ {259, 6, 1, AWSC_EP_PROP_ARRAY}, /* signingRegionSet */
        /* 6 */ {AWSC_EP_NONE, 17, 0, AWSC_EP_PROP_STRING}, /* [] */
        /* 7 */ {AWSC_EP_NONE, 8, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 8 */ {219, 9, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 9 */ {AWSC_EP_NONE, 10, 3, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 10 */ {231, 15, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 11 */ {243, 16, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 12 */ {259, 13, 1, AWSC_EP_PROP_ARRAY}, /* signingRegionSet */
        /* 13 */ {AWSC_EP_NONE, 17, 0, AWSC_EP_PROP_STRING}, /* [] */
        /* 14 */ {AWSC_EP_NONE, 15, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 15 */ {219, 16, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 16 */ {AWSC_EP_NONE, 17, 3, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 17 */ {231, 15, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 18 */ {243, 16, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 19 */ {259, 20, 1, AWSC_EP_PROP_ARRAY}, /* signingRegionSet */
        /* 20 */ {AWSC_EP_NONE, 17, 0, AWSC_EP_PROP_STRING}, /* [] */
        /* 21 */ {AWSC_EP_NONE, 22, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 22 */ {219, 23, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 23 */ {AWSC_EP_NONE, 24, 3, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 24 */ {231, 15, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 25 */ {243, 16, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 26 */ {259, 27, 1, AWSC_EP_PROP_ARRAY}, /* signingRegionSet */
        /* 27 */ {AWSC_EP_NONE, 17, 0, AWSC_EP_PROP_STRING}, /* [] */
        /* 28 */ {AWSC_EP_NONE, 29, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 29 */ {219, 30, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 30 */ {AWSC_EP_NONE, 31, 3, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 31 */ {231, 15, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 32 */ {243, 16, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 33 */ {259, 34, 1, AWSC_EP_PROP_ARRAY}, /* signingRegionSet */
        /* 34 */ {AWSC_EP_NONE, 17, 0, AWSC_EP_PROP_STRING}, /* [] */
    },
    .strings =
        /*     0 */ "sesv2\0"
        /*     6 */ "Region\0"
        /*    13 */ "UseDualStack\0"
        /*    26 */ "UseFIPS\0"
        /*    34 */ "Endpoint\0"
        /*    43 */ "EndpointId\0"
        /*    54 */ "PartitionResult\0"
        /*    70 */ "Invalid Configuration: Missing Region\0"
        /*   108 */ "EndpointId must be a valid host label\0"
        /*   146 */ "Invalid Configuration: FIPS is not supported with multi-region endpoints\0"
        /*   219 */ "authSchemes\0"
        /*   231 */ "name\0"
        /*   236 */ "sigv4a\0"
        /*   243 */ "signingName\0"
        /*   255 */ "ses\0"
        /*   259 */ "signingRegionSet\0"
        /*   276 */ "*\0"
        /*   278 */ "aws-us-gov\0"
        /*   289 */ "https://\0"
        /*   298 */ ".endpoints.email.us-gov.\0"
        /*   323 */ ".endpoints.email.\0"
        /*   341 */ "DualStack is enabled but this partition does not support DualStack\0"
        /*   408 */ ".endpoints.email.global.\0"
        /*   433 */ "Invalid Configuration: FIPS and custom endpoint are not supported\0"
        /*   499 */ "Invalid Configuration: Dualstack and custom endpoint are not supported\0"
        /*   570 */ "https://email.\0"
        /*   585 */ ".\0"
        /*   587 */ "FIPS and DualStack are enabled, but this partition does not support one or both\0"
        /*   667 */ "https://email-fips.\0"
        /*   687 */ "FIPS is enabled but this partition does not support FIPS",
};
#undef RULES_REF
#undef RULES
extern const struct awsc_ruleset awsc__sesv2_ruleset __attribute__((alias("awsc__sesv2_rules")));
