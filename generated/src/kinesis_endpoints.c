/*
 * kinesis_endpoints.c - the endpoint rule set of Kinesis, compiled
 * into the tables of <awsc/endpoint.h> that runtime/endpoint walks.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/endpoint.h>
#include <awsc/kinesis.h>

/* The strings are one literal; it passes the 4095 characters ISO C
 * requires compilers to take (GCC and Clang take any length). */
#pragma GCC diagnostic ignored "-Woverlength-strings"

/* The endpoint rule set of kinesis in one object. */
struct awsc__kinesis_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[9];
    uint16_t slots[22];
    struct awsc_ep_rule rules[167];
    struct awsc_ep_cond conds[131];
    struct awsc_ep_expr exprs[150];
    uint16_t args[291];
    struct awsc_ep_endpoint endpoints[22];
    char strings[1439];
};
#define RULES awsc__kinesis_rules
#define RULES_REF(field, target) AWSC_REF(RULES.field, RULES.target)
static const struct awsc__kinesis_rules RULES = {
    .ruleset = {
        .params_ref = RULES_REF(ruleset.params_ref, params),
        .slots_ref = RULES_REF(ruleset.slots_ref, slots),
        .rules_ref = RULES_REF(ruleset.rules_ref, rules),
        .conds_ref = RULES_REF(ruleset.conds_ref, conds),
        .exprs_ref = RULES_REF(ruleset.exprs_ref, exprs),
        .args_ref = RULES_REF(ruleset.args_ref, args),
        .endpoints_ref = RULES_REF(ruleset.endpoints_ref, endpoints),
        .strings_ref = RULES_REF(ruleset.strings_ref, strings),
        .service = 0, /* kinesis */
        .global_region = AWSC_EP_NONE,
        .param_count = 9,
        .slot_count = 22,
        .rule_count = 7,
        .flags = 0,
    },
    /* Parameters: name, default string (a stringArray's: the first in
     * defaults), default count, type, built-in, flags, default boolean. */
    .params = {
        {8, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_REGION, 0, false}, /* Region */
        {15, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_DUAL_STACK, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseDualStack */
        {28, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_FIPS, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseFIPS */
        {36, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ENDPOINT, 0, false}, /* Endpoint */
        {45, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_NONE, 0, false}, /* StreamId */
        {54, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_NONE, 0, false}, /* StreamARN */
        {64, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_NONE, 0, false}, /* OperationType */
        {78, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_NONE, 0, false}, /* ConsumerARN */
        {90, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_NONE, 0, false}, /* ResourceARN */
    },
    /* The slots' names: parameters, then the variables the rules assign. */
    .slots = {
        8, /* 0: Region */
        15, /* 1: UseDualStack */
        28, /* 2: UseFIPS */
        36, /* 3: Endpoint */
        45, /* 4: StreamId */
        54, /* 5: StreamARN */
        64, /* 6: OperationType */
        78, /* 7: ConsumerARN */
        90, /* 8: ResourceARN */
        102, /* 9: StreamIdDelimiterValue */
        127, /* 10: StreamIdDelimiterReversedValue */
        158, /* 11: StreamIdPrefixValue */
        178, /* 12: StreamIdSuffixValue */
        198, /* 13: PartitionResult */
        341, /* 14: HttpsCustomEndpointDelimiterValue */
        375, /* 15: HttpsEndpointDelimiterValue */
        405, /* 16: HttpsCustomEndpointSuffixValue */
        436, /* 17: PlainCustomEndpointDelimiterValue */
        470, /* 18: PlainEndpointDelimiterValue */
        498, /* 19: PlainCustomEndpointSuffixValue */
        831, /* 20: arn */
        993, /* 21: arnType */
    },
    /* Rules: type, condition count, first condition, then a tree's first
     * child and child count, an endpoint's index, or an error's message. */
    .rules = {
        /* 0 */ {AWSC_EP_RULE_TREE, 11, 0, 7, 2}, /* isSet(StreamId) && StreamIdDelimiterValue = substring(StreamId, 20, 21, false) && stri ... */
        /* 1 */ {AWSC_EP_RULE_TREE, 6, 11, 56, 2}, /* isSet(StreamARN) && not(isSet(Endpoint)) && isSet(Region) && PartitionResult = aws.par ... */
        /* 2 */ {AWSC_EP_RULE_TREE, 6, 17, 87, 2}, /* isSet(ConsumerARN) && not(isSet(Endpoint)) && isSet(Region) && PartitionResult = aws.p ... */
        /* 3 */ {AWSC_EP_RULE_TREE, 6, 23, 118, 2}, /* isSet(ResourceARN) && not(isSet(Endpoint)) && isSet(Region) && PartitionResult = aws.p ... */
        /* 4 */ {AWSC_EP_RULE_TREE, 1, 29, 149, 3}, /* isSet(Endpoint) */
        /* 5 */ {AWSC_EP_RULE_TREE, 1, 30, 152, 1}, /* isSet(Region) */
        /* 6 */ {AWSC_EP_RULE_ERROR, 0, 31, 39, 0}, /* always */
        /* 7 */ {AWSC_EP_RULE_TREE, 1, 31, 9, 6}, /* isSet(OperationType) */
        /* 8 */ {AWSC_EP_RULE_ERROR, 0, 32, 42, 0}, /* always */
        /* 9 */ {AWSC_EP_RULE_TREE, 6, 32, 15, 4}, /* isSet(Endpoint) && HttpsCustomEndpointDelimiterValue = substring(Endpoint, 15, 16, fal ... */
        /* 10 */ {AWSC_EP_RULE_TREE, 6, 38, 30, 4}, /* isSet(Endpoint) && PlainCustomEndpointDelimiterValue = substring(Endpoint, 7, 8, false ... */
        /* 11 */ {AWSC_EP_RULE_TREE, 2, 44, 45, 2}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 12 */ {AWSC_EP_RULE_TREE, 1, 46, 50, 2}, /* booleanEquals(UseFIPS, true) */
        /* 13 */ {AWSC_EP_RULE_TREE, 1, 47, 53, 2}, /* booleanEquals(UseDualStack, true) */
        /* 14 */ {AWSC_EP_RULE_ENDPOINT, 0, 48, 0, 0}, /* always */
        /* 15 */ {AWSC_EP_RULE_TREE, 2, 48, 19, 2}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 16 */ {AWSC_EP_RULE_TREE, 1, 50, 24, 2}, /* booleanEquals(UseFIPS, true) */
        /* 17 */ {AWSC_EP_RULE_TREE, 1, 51, 27, 2}, /* booleanEquals(UseDualStack, true) */
        /* 18 */ {AWSC_EP_RULE_ENDPOINT, 0, 52, 1, 0}, /* always */
        /* 19 */ {AWSC_EP_RULE_TREE, 1, 52, 21, 2}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 20 */ {AWSC_EP_RULE_ERROR, 0, 53, 79, 0}, /* always */
        /* 21 */ {AWSC_EP_RULE_TREE, 1, 53, 23, 1}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 22 */ {AWSC_EP_RULE_ERROR, 0, 54, 82, 0}, /* always */
        /* 23 */ {AWSC_EP_RULE_ENDPOINT, 0, 54, 2, 0}, /* always */
        /* 24 */ {AWSC_EP_RULE_TREE, 1, 54, 26, 1}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 25 */ {AWSC_EP_RULE_ERROR, 0, 55, 86, 0}, /* always */
        /* 26 */ {AWSC_EP_RULE_ENDPOINT, 0, 55, 3, 0}, /* always */
        /* 27 */ {AWSC_EP_RULE_TREE, 1, 55, 29, 1}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 28 */ {AWSC_EP_RULE_ERROR, 0, 56, 88, 0}, /* always */
        /* 29 */ {AWSC_EP_RULE_ENDPOINT, 0, 56, 4, 0}, /* always */
        /* 30 */ {AWSC_EP_RULE_TREE, 2, 56, 34, 2}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 31 */ {AWSC_EP_RULE_TREE, 1, 58, 39, 2}, /* booleanEquals(UseFIPS, true) */
        /* 32 */ {AWSC_EP_RULE_TREE, 1, 59, 42, 2}, /* booleanEquals(UseDualStack, true) */
        /* 33 */ {AWSC_EP_RULE_ENDPOINT, 0, 60, 5, 0}, /* always */
        /* 34 */ {AWSC_EP_RULE_TREE, 1, 60, 36, 2}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 35 */ {AWSC_EP_RULE_ERROR, 0, 61, 79, 0}, /* always */
        /* 36 */ {AWSC_EP_RULE_TREE, 1, 61, 38, 1}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 37 */ {AWSC_EP_RULE_ERROR, 0, 62, 82, 0}, /* always */
        /* 38 */ {AWSC_EP_RULE_ENDPOINT, 0, 62, 6, 0}, /* always */
        /* 39 */ {AWSC_EP_RULE_TREE, 1, 62, 41, 1}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 40 */ {AWSC_EP_RULE_ERROR, 0, 63, 86, 0}, /* always */
        /* 41 */ {AWSC_EP_RULE_ENDPOINT, 0, 63, 7, 0}, /* always */
        /* 42 */ {AWSC_EP_RULE_TREE, 1, 63, 44, 1}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 43 */ {AWSC_EP_RULE_ERROR, 0, 64, 88, 0}, /* always */
        /* 44 */ {AWSC_EP_RULE_ENDPOINT, 0, 64, 8, 0}, /* always */
        /* 45 */ {AWSC_EP_RULE_TREE, 1, 64, 47, 2}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 46 */ {AWSC_EP_RULE_ERROR, 0, 65, 79, 0}, /* always */
        /* 47 */ {AWSC_EP_RULE_TREE, 1, 65, 49, 1}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 48 */ {AWSC_EP_RULE_ERROR, 0, 66, 82, 0}, /* always */
        /* 49 */ {AWSC_EP_RULE_ENDPOINT, 0, 66, 9, 0}, /* always */
        /* 50 */ {AWSC_EP_RULE_TREE, 1, 66, 52, 1}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 51 */ {AWSC_EP_RULE_ERROR, 0, 67, 86, 0}, /* always */
        /* 52 */ {AWSC_EP_RULE_ENDPOINT, 0, 67, 10, 0}, /* always */
        /* 53 */ {AWSC_EP_RULE_TREE, 1, 67, 55, 1}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 54 */ {AWSC_EP_RULE_ERROR, 0, 68, 88, 0}, /* always */
        /* 55 */ {AWSC_EP_RULE_ENDPOINT, 0, 68, 11, 0}, /* always */
        /* 56 */ {AWSC_EP_RULE_TREE, 1, 68, 58, 2}, /* arn = aws.parseArn(StreamARN) */
        /* 57 */ {AWSC_EP_RULE_ERROR, 0, 69, 100, 0}, /* always */
        /* 58 */ {AWSC_EP_RULE_TREE, 1, 69, 60, 2}, /* isValidHostLabel(arn#accountId, false) */
        /* 59 */ {AWSC_EP_RULE_ERROR, 0, 70, 104, 0}, /* always */
        /* 60 */ {AWSC_EP_RULE_TREE, 1, 70, 62, 2}, /* isValidHostLabel(arn#region, false) */
        /* 61 */ {AWSC_EP_RULE_ERROR, 0, 71, 107, 0}, /* always */
        /* 62 */ {AWSC_EP_RULE_TREE, 1, 71, 64, 2}, /* stringEquals(arn#service, "kinesis") */
        /* 63 */ {AWSC_EP_RULE_ERROR, 0, 72, 112, 0}, /* always */
        /* 64 */ {AWSC_EP_RULE_TREE, 2, 72, 66, 2}, /* arnType = arn#resourceId[0] && not(stringEquals(arnType, "")) */
        /* 65 */ {AWSC_EP_RULE_ERROR, 0, 74, 118, 0}, /* always */
        /* 66 */ {AWSC_EP_RULE_TREE, 1, 74, 68, 2}, /* stringEquals(arnType, "stream") */
        /* 67 */ {AWSC_EP_RULE_ERROR, 0, 75, 123, 0}, /* always */
        /* 68 */ {AWSC_EP_RULE_TREE, 1, 75, 70, 2}, /* stringEquals(PartitionResult#name, arn#partition) */
        /* 69 */ {AWSC_EP_RULE_ERROR, 0, 76, 128, 0}, /* always */
        /* 70 */ {AWSC_EP_RULE_TREE, 1, 76, 72, 4}, /* isSet(OperationType) */
        /* 71 */ {AWSC_EP_RULE_ERROR, 0, 77, 42, 0}, /* always */
        /* 72 */ {AWSC_EP_RULE_TREE, 2, 77, 76, 2}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 73 */ {AWSC_EP_RULE_TREE, 1, 79, 81, 2}, /* booleanEquals(UseFIPS, true) */
        /* 74 */ {AWSC_EP_RULE_TREE, 1, 80, 84, 2}, /* booleanEquals(UseDualStack, true) */
        /* 75 */ {AWSC_EP_RULE_ENDPOINT, 0, 81, 12, 0}, /* always */
        /* 76 */ {AWSC_EP_RULE_TREE, 1, 81, 78, 2}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 77 */ {AWSC_EP_RULE_ERROR, 0, 82, 79, 0}, /* always */
        /* 78 */ {AWSC_EP_RULE_TREE, 1, 82, 80, 1}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 79 */ {AWSC_EP_RULE_ERROR, 0, 83, 82, 0}, /* always */
        /* 80 */ {AWSC_EP_RULE_ENDPOINT, 0, 83, 13, 0}, /* always */
        /* 81 */ {AWSC_EP_RULE_TREE, 1, 83, 83, 1}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 82 */ {AWSC_EP_RULE_ERROR, 0, 84, 86, 0}, /* always */
        /* 83 */ {AWSC_EP_RULE_ENDPOINT, 0, 84, 14, 0}, /* always */
        /* 84 */ {AWSC_EP_RULE_TREE, 1, 84, 86, 1}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 85 */ {AWSC_EP_RULE_ERROR, 0, 85, 88, 0}, /* always */
        /* 86 */ {AWSC_EP_RULE_ENDPOINT, 0, 85, 15, 0}, /* always */
        /* 87 */ {AWSC_EP_RULE_TREE, 1, 85, 89, 2}, /* arn = aws.parseArn(ConsumerARN) */
        /* 88 */ {AWSC_EP_RULE_ERROR, 0, 86, 100, 0}, /* always */
        /* 89 */ {AWSC_EP_RULE_TREE, 1, 86, 91, 2}, /* isValidHostLabel(arn#accountId, false) */
        /* 90 */ {AWSC_EP_RULE_ERROR, 0, 87, 104, 0}, /* always */
        /* 91 */ {AWSC_EP_RULE_TREE, 1, 87, 93, 2}, /* isValidHostLabel(arn#region, false) */
        /* 92 */ {AWSC_EP_RULE_ERROR, 0, 88, 107, 0}, /* always */
        /* 93 */ {AWSC_EP_RULE_TREE, 1, 88, 95, 2}, /* stringEquals(arn#service, "kinesis") */
        /* 94 */ {AWSC_EP_RULE_ERROR, 0, 89, 112, 0}, /* always */
        /* 95 */ {AWSC_EP_RULE_TREE, 2, 89, 97, 2}, /* arnType = arn#resourceId[0] && not(stringEquals(arnType, "")) */
        /* 96 */ {AWSC_EP_RULE_ERROR, 0, 91, 118, 0}, /* always */
        /* 97 */ {AWSC_EP_RULE_TREE, 1, 91, 99, 2}, /* stringEquals(arnType, "stream") */
        /* 98 */ {AWSC_EP_RULE_ERROR, 0, 92, 123, 0}, /* always */
        /* 99 */ {AWSC_EP_RULE_TREE, 1, 92, 101, 2}, /* stringEquals(PartitionResult#name, arn#partition) */
        /* 100 */ {AWSC_EP_RULE_ERROR, 0, 93, 128, 0}, /* always */
        /* 101 */ {AWSC_EP_RULE_TREE, 1, 93, 103, 4}, /* isSet(OperationType) */
        /* 102 */ {AWSC_EP_RULE_ERROR, 0, 94, 42, 0}, /* always */
        /* 103 */ {AWSC_EP_RULE_TREE, 2, 94, 107, 2}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 104 */ {AWSC_EP_RULE_TREE, 1, 96, 112, 2}, /* booleanEquals(UseFIPS, true) */
        /* 105 */ {AWSC_EP_RULE_TREE, 1, 97, 115, 2}, /* booleanEquals(UseDualStack, true) */
        /* 106 */ {AWSC_EP_RULE_ENDPOINT, 0, 98, 12, 0}, /* always */
        /* 107 */ {AWSC_EP_RULE_TREE, 1, 98, 109, 2}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 108 */ {AWSC_EP_RULE_ERROR, 0, 99, 79, 0}, /* always */
        /* 109 */ {AWSC_EP_RULE_TREE, 1, 99, 111, 1}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 110 */ {AWSC_EP_RULE_ERROR, 0, 100, 82, 0}, /* always */
        /* 111 */ {AWSC_EP_RULE_ENDPOINT, 0, 100, 13, 0}, /* always */
        /* 112 */ {AWSC_EP_RULE_TREE, 1, 100, 114, 1}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 113 */ {AWSC_EP_RULE_ERROR, 0, 101, 86, 0}, /* always */
        /* 114 */ {AWSC_EP_RULE_ENDPOINT, 0, 101, 14, 0}, /* always */
        /* 115 */ {AWSC_EP_RULE_TREE, 1, 101, 117, 1}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 116 */ {AWSC_EP_RULE_ERROR, 0, 102, 88, 0}, /* always */
        /* 117 */ {AWSC_EP_RULE_ENDPOINT, 0, 102, 15, 0}, /* always */
        /* 118 */ {AWSC_EP_RULE_TREE, 1, 102, 120, 2}, /* arn = aws.parseArn(ResourceARN) */
        /* 119 */ {AWSC_EP_RULE_ERROR, 0, 103, 100, 0}, /* always */
        /* 120 */ {AWSC_EP_RULE_TREE, 1, 103, 122, 2}, /* isValidHostLabel(arn#accountId, false) */
        /* 121 */ {AWSC_EP_RULE_ERROR, 0, 104, 104, 0}, /* always */
        /* 122 */ {AWSC_EP_RULE_TREE, 1, 104, 124, 2}, /* isValidHostLabel(arn#region, false) */
        /* 123 */ {AWSC_EP_RULE_ERROR, 0, 105, 107, 0}, /* always */
        /* 124 */ {AWSC_EP_RULE_TREE, 1, 105, 126, 2}, /* stringEquals(arn#service, "kinesis") */
        /* 125 */ {AWSC_EP_RULE_ERROR, 0, 106, 112, 0}, /* always */
        /* 126 */ {AWSC_EP_RULE_TREE, 2, 106, 128, 2}, /* arnType = arn#resourceId[0] && not(stringEquals(arnType, "")) */
        /* 127 */ {AWSC_EP_RULE_ERROR, 0, 108, 118, 0}, /* always */
        /* 128 */ {AWSC_EP_RULE_TREE, 1, 108, 130, 2}, /* stringEquals(arnType, "stream") */
        /* 129 */ {AWSC_EP_RULE_ERROR, 0, 109, 123, 0}, /* always */
        /* 130 */ {AWSC_EP_RULE_TREE, 1, 109, 132, 2}, /* stringEquals(PartitionResult#name, arn#partition) */
        /* 131 */ {AWSC_EP_RULE_ERROR, 0, 110, 128, 0}, /* always */
        /* 132 */ {AWSC_EP_RULE_TREE, 1, 110, 134, 4}, /* isSet(OperationType) */
        /* 133 */ {AWSC_EP_RULE_ERROR, 0, 111, 42, 0}, /* always */
        /* 134 */ {AWSC_EP_RULE_TREE, 2, 111, 138, 2}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 135 */ {AWSC_EP_RULE_TREE, 1, 113, 143, 2}, /* booleanEquals(UseFIPS, true) */
        /* 136 */ {AWSC_EP_RULE_TREE, 1, 114, 146, 2}, /* booleanEquals(UseDualStack, true) */
        /* 137 */ {AWSC_EP_RULE_ENDPOINT, 0, 115, 12, 0}, /* always */
        /* 138 */ {AWSC_EP_RULE_TREE, 1, 115, 140, 2}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 139 */ {AWSC_EP_RULE_ERROR, 0, 116, 79, 0}, /* always */
        /* 140 */ {AWSC_EP_RULE_TREE, 1, 116, 142, 1}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 141 */ {AWSC_EP_RULE_ERROR, 0, 117, 82, 0}, /* always */
        /* 142 */ {AWSC_EP_RULE_ENDPOINT, 0, 117, 13, 0}, /* always */
        /* 143 */ {AWSC_EP_RULE_TREE, 1, 117, 145, 1}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 144 */ {AWSC_EP_RULE_ERROR, 0, 118, 86, 0}, /* always */
        /* 145 */ {AWSC_EP_RULE_ENDPOINT, 0, 118, 14, 0}, /* always */
        /* 146 */ {AWSC_EP_RULE_TREE, 1, 118, 148, 1}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 147 */ {AWSC_EP_RULE_ERROR, 0, 119, 88, 0}, /* always */
        /* 148 */ {AWSC_EP_RULE_ENDPOINT, 0, 119, 15, 0}, /* always */
        /* 149 */ {AWSC_EP_RULE_ERROR, 1, 119, 135, 0}, /* booleanEquals(UseFIPS, true) */
        /* 150 */ {AWSC_EP_RULE_ERROR, 1, 120, 136, 0}, /* booleanEquals(UseDualStack, true) */
        /* 151 */ {AWSC_EP_RULE_ENDPOINT, 0, 121, 16, 0}, /* always */
        /* 152 */ {AWSC_EP_RULE_TREE, 1, 121, 153, 4}, /* PartitionResult = aws.partition(Region) */
        /* 153 */ {AWSC_EP_RULE_TREE, 2, 122, 157, 2}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 154 */ {AWSC_EP_RULE_TREE, 1, 124, 160, 2}, /* booleanEquals(UseFIPS, true) */
        /* 155 */ {AWSC_EP_RULE_TREE, 1, 125, 164, 2}, /* booleanEquals(UseDualStack, true) */
        /* 156 */ {AWSC_EP_RULE_ENDPOINT, 0, 126, 17, 0}, /* always */
        /* 157 */ {AWSC_EP_RULE_TREE, 2, 126, 159, 1}, /* booleanEquals(true, PartitionResult#supportsFIPS) && booleanEquals(true, PartitionResu ... */
        /* 158 */ {AWSC_EP_RULE_ERROR, 0, 128, 141, 0}, /* always */
        /* 159 */ {AWSC_EP_RULE_ENDPOINT, 0, 128, 18, 0}, /* always */
        /* 160 */ {AWSC_EP_RULE_TREE, 1, 128, 162, 2}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 161 */ {AWSC_EP_RULE_ERROR, 0, 129, 86, 0}, /* always */
        /* 162 */ {AWSC_EP_RULE_ENDPOINT, 1, 129, 19, 0}, /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 163 */ {AWSC_EP_RULE_ENDPOINT, 0, 130, 20, 0}, /* always */
        /* 164 */ {AWSC_EP_RULE_TREE, 1, 130, 166, 1}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 165 */ {AWSC_EP_RULE_ERROR, 0, 131, 88, 0}, /* always */
        /* 166 */ {AWSC_EP_RULE_ENDPOINT, 0, 131, 21, 0}, /* always */
    },
    /* Conditions: expression, and the variable its result is assigned to. */
    .conds = {
        /* 0 */ {1, AWSC_EP_NONE}, /* isSet(StreamId) */
        /* 1 */ {5, 9}, /* StreamIdDelimiterValue = substring(StreamId, 20, 21, false) */
        /* 2 */ {8, AWSC_EP_NONE}, /* stringEquals(StreamIdDelimiterValue, "-") */
        /* 3 */ {12, 10}, /* StreamIdDelimiterReversedValue = substring(StreamId, 3, 4, true) */
        /* 4 */ {14, AWSC_EP_NONE}, /* stringEquals(StreamIdDelimiterReversedValue, "-") */
        /* 5 */ {16, 11}, /* StreamIdPrefixValue = substring(StreamId, 0, 20, false) */
        /* 6 */ {18, 12}, /* StreamIdSuffixValue = substring(StreamId, 21, 24, false) */
        /* 7 */ {20, AWSC_EP_NONE}, /* isSet(Region) */
        /* 8 */ {21, 13}, /* PartitionResult = aws.partition(Region) */
        /* 9 */ {26, AWSC_EP_NONE}, /* not(stringEquals(PartitionResult#name, "aws-iso")) */
        /* 10 */ {29, AWSC_EP_NONE}, /* not(stringEquals(PartitionResult#name, "aws-iso-b")) */
        /* 11 */ {31, AWSC_EP_NONE}, /* isSet(StreamARN) */
        /* 12 */ {34, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 13 */ {20, AWSC_EP_NONE}, /* isSet(Region) */
        /* 14 */ {21, 13}, /* PartitionResult = aws.partition(Region) */
        /* 15 */ {26, AWSC_EP_NONE}, /* not(stringEquals(PartitionResult#name, "aws-iso")) */
        /* 16 */ {29, AWSC_EP_NONE}, /* not(stringEquals(PartitionResult#name, "aws-iso-b")) */
        /* 17 */ {36, AWSC_EP_NONE}, /* isSet(ConsumerARN) */
        /* 18 */ {34, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 19 */ {20, AWSC_EP_NONE}, /* isSet(Region) */
        /* 20 */ {21, 13}, /* PartitionResult = aws.partition(Region) */
        /* 21 */ {26, AWSC_EP_NONE}, /* not(stringEquals(PartitionResult#name, "aws-iso")) */
        /* 22 */ {29, AWSC_EP_NONE}, /* not(stringEquals(PartitionResult#name, "aws-iso-b")) */
        /* 23 */ {38, AWSC_EP_NONE}, /* isSet(ResourceARN) */
        /* 24 */ {34, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 25 */ {20, AWSC_EP_NONE}, /* isSet(Region) */
        /* 26 */ {21, 13}, /* PartitionResult = aws.partition(Region) */
        /* 27 */ {26, AWSC_EP_NONE}, /* not(stringEquals(PartitionResult#name, "aws-iso")) */
        /* 28 */ {29, AWSC_EP_NONE}, /* not(stringEquals(PartitionResult#name, "aws-iso-b")) */
        /* 29 */ {33, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 30 */ {20, AWSC_EP_NONE}, /* isSet(Region) */
        /* 31 */ {41, AWSC_EP_NONE}, /* isSet(OperationType) */
        /* 32 */ {33, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 33 */ {45, 14}, /* HttpsCustomEndpointDelimiterValue = substring(Endpoint, 15, 16, false) */
        /* 34 */ {47, AWSC_EP_NONE}, /* stringEquals(HttpsCustomEndpointDelimiterValue, "-") */
        /* 35 */ {48, 15}, /* HttpsEndpointDelimiterValue = substring(Endpoint, 20, 21, false) */
        /* 36 */ {51, AWSC_EP_NONE}, /* stringEquals(HttpsEndpointDelimiterValue, ".") */
        /* 37 */ {52, 16}, /* HttpsCustomEndpointSuffixValue = substring(Endpoint, 15, 20, false) */
        /* 38 */ {33, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 39 */ {55, 17}, /* PlainCustomEndpointDelimiterValue = substring(Endpoint, 7, 8, false) */
        /* 40 */ {57, AWSC_EP_NONE}, /* stringEquals(PlainCustomEndpointDelimiterValue, "-") */
        /* 41 */ {60, 18}, /* PlainEndpointDelimiterValue = substring(Endpoint, 12, 13, false) */
        /* 42 */ {62, AWSC_EP_NONE}, /* stringEquals(PlainEndpointDelimiterValue, ".") */
        /* 43 */ {63, 19}, /* PlainCustomEndpointSuffixValue = substring(Endpoint, 7, 12, false) */
        /* 44 */ {65, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 45 */ {67, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 46 */ {65, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 47 */ {67, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 48 */ {65, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 49 */ {67, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 50 */ {65, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 51 */ {67, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 52 */ {78, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 53 */ {81, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 54 */ {78, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 55 */ {81, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 56 */ {65, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 57 */ {67, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 58 */ {65, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 59 */ {67, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 60 */ {78, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 61 */ {81, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 62 */ {78, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 63 */ {81, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 64 */ {78, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 65 */ {81, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 66 */ {78, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 67 */ {81, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 68 */ {99, 20}, /* arn = aws.parseArn(StreamARN) */
        /* 69 */ {103, AWSC_EP_NONE}, /* isValidHostLabel(arn#accountId, false) */
        /* 70 */ {106, AWSC_EP_NONE}, /* isValidHostLabel(arn#region, false) */
        /* 71 */ {110, AWSC_EP_NONE}, /* stringEquals(arn#service, "kinesis") */
        /* 72 */ {113, 21}, /* arnType = arn#resourceId[0] */
        /* 73 */ {117, AWSC_EP_NONE}, /* not(stringEquals(arnType, "")) */
        /* 74 */ {120, AWSC_EP_NONE}, /* stringEquals(arnType, "stream") */
        /* 75 */ {125, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, arn#partition) */
        /* 76 */ {41, AWSC_EP_NONE}, /* isSet(OperationType) */
        /* 77 */ {65, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 78 */ {67, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 79 */ {65, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 80 */ {67, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 81 */ {78, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 82 */ {81, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 83 */ {78, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 84 */ {81, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 85 */ {133, 20}, /* arn = aws.parseArn(ConsumerARN) */
        /* 86 */ {103, AWSC_EP_NONE}, /* isValidHostLabel(arn#accountId, false) */
        /* 87 */ {106, AWSC_EP_NONE}, /* isValidHostLabel(arn#region, false) */
        /* 88 */ {110, AWSC_EP_NONE}, /* stringEquals(arn#service, "kinesis") */
        /* 89 */ {113, 21}, /* arnType = arn#resourceId[0] */
        /* 90 */ {117, AWSC_EP_NONE}, /* not(stringEquals(arnType, "")) */
        /* 91 */ {120, AWSC_EP_NONE}, /* stringEquals(arnType, "stream") */
        /* 92 */ {125, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, arn#partition) */
        /* 93 */ {41, AWSC_EP_NONE}, /* isSet(OperationType) */
        /* 94 */ {65, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 95 */ {67, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 96 */ {65, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 97 */ {67, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 98 */ {78, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 99 */ {81, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 100 */ {78, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 101 */ {81, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 102 */ {134, 20}, /* arn = aws.parseArn(ResourceARN) */
        /* 103 */ {103, AWSC_EP_NONE}, /* isValidHostLabel(arn#accountId, false) */
        /* 104 */ {106, AWSC_EP_NONE}, /* isValidHostLabel(arn#region, false) */
        /* 105 */ {110, AWSC_EP_NONE}, /* stringEquals(arn#service, "kinesis") */
        /* 106 */ {113, 21}, /* arnType = arn#resourceId[0] */
        /* 107 */ {117, AWSC_EP_NONE}, /* not(stringEquals(arnType, "")) */
        /* 108 */ {120, AWSC_EP_NONE}, /* stringEquals(arnType, "stream") */
        /* 109 */ {125, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, arn#partition) */
        /* 110 */ {41, AWSC_EP_NONE}, /* isSet(OperationType) */
        /* 111 */ {65, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 112 */ {67, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 113 */ {65, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 114 */ {67, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 115 */ {78, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 116 */ {81, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 117 */ {78, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 118 */ {81, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 119 */ {65, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 120 */ {67, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 121 */ {21, 13}, /* PartitionResult = aws.partition(Region) */
        /* 122 */ {65, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 123 */ {67, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 124 */ {65, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 125 */ {67, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 126 */ {139, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
        /* 127 */ {140, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 128 */ {78, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 129 */ {145, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 130 */ {140, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
    },
    /* Expressions. S(at, length) is a string, A(obj, attribute, index)
     * getAttr, V(slot) a variable, T(n, first) a template of n parts from
     * args, F(fn, n, first) a call. */
    .exprs = {
        /* 0 */ AWSC_EP_V(4), /* StreamId */
        /* 1 */ AWSC_EP_F(IS_SET, 1, 0), /* isSet(StreamId) */
        /* 2 */ AWSC_EP_I(20), /* 20 */
        /* 3 */ AWSC_EP_I(21), /* 21 */
        /* 4 */ AWSC_EP_B(0), /* false */
        /* 5 */ AWSC_EP_F(SUBSTRING, 4, 1), /* substring(StreamId, 20, 21, false) */
        /* 6 */ AWSC_EP_V(9), /* StreamIdDelimiterValue */
        /* 7 */ AWSC_EP_S(125, 1), /* "-" */
        /* 8 */ AWSC_EP_F(STRING_EQUALS, 2, 5), /* stringEquals(StreamIdDelimiterValue, "-") */
        /* 9 */ AWSC_EP_I(3), /* 3 */
        /* 10 */ AWSC_EP_I(4), /* 4 */
        /* 11 */ AWSC_EP_B(1), /* true */
        /* 12 */ AWSC_EP_F(SUBSTRING, 4, 7), /* substring(StreamId, 3, 4, true) */
        /* 13 */ AWSC_EP_V(10), /* StreamIdDelimiterReversedValue */
        /* 14 */ AWSC_EP_F(STRING_EQUALS, 2, 11), /* stringEquals(StreamIdDelimiterReversedValue, "-") */
        /* 15 */ AWSC_EP_I(0), /* 0 */
        /* 16 */ AWSC_EP_F(SUBSTRING, 4, 13), /* substring(StreamId, 0, 20, false) */
        /* 17 */ AWSC_EP_I(24), /* 24 */
        /* 18 */ AWSC_EP_F(SUBSTRING, 4, 17), /* substring(StreamId, 21, 24, false) */
        /* 19 */ AWSC_EP_V(0), /* Region */
        /* 20 */ AWSC_EP_F(IS_SET, 1, 21), /* isSet(Region) */
        /* 21 */ AWSC_EP_F(PARTITION, 1, 21), /* aws.partition(Region) */
        /* 22 */ AWSC_EP_V(13), /* PartitionResult */
        /* 23 */ AWSC_EP_A(22, NAME, AWSC_EP_NONE), /* PartitionResult#name */
        /* 24 */ AWSC_EP_S(214, 7), /* "aws-iso" */
        /* 25 */ AWSC_EP_F(STRING_EQUALS, 2, 22), /* stringEquals(PartitionResult#name, "aws-iso") */
        /* 26 */ AWSC_EP_F(NOT, 1, 24), /* not(stringEquals(PartitionResult#name, "aws-iso")) */
        /* 27 */ AWSC_EP_S(222, 9), /* "aws-iso-b" */
        /* 28 */ AWSC_EP_F(STRING_EQUALS, 2, 25), /* stringEquals(PartitionResult#name, "aws-iso-b") */
        /* 29 */ AWSC_EP_F(NOT, 1, 27), /* not(stringEquals(PartitionResult#name, "aws-iso-b")) */
        /* 30 */ AWSC_EP_V(5), /* StreamARN */
        /* 31 */ AWSC_EP_F(IS_SET, 1, 28), /* isSet(StreamARN) */
        /* 32 */ AWSC_EP_V(3), /* Endpoint */
        /* 33 */ AWSC_EP_F(IS_SET, 1, 29), /* isSet(Endpoint) */
        /* 34 */ AWSC_EP_F(NOT, 1, 30), /* not(isSet(Endpoint)) */
        /* 35 */ AWSC_EP_V(7), /* ConsumerARN */
        /* 36 */ AWSC_EP_F(IS_SET, 1, 31), /* isSet(ConsumerARN) */
        /* 37 */ AWSC_EP_V(8), /* ResourceARN */
        /* 38 */ AWSC_EP_F(IS_SET, 1, 32), /* isSet(ResourceARN) */
        /* 39 */ AWSC_EP_S(232, 37), /* "Invalid Configuration: Missing Region" */
        /* 40 */ AWSC_EP_V(6), /* OperationType */
        /* 41 */ AWSC_EP_F(IS_SET, 1, 33), /* isSet(OperationType) */
        /* 42 */ AWSC_EP_S(270, 70), /* "Operation Type is not set. Please contact service team for resolution." */
        /* 43 */ AWSC_EP_I(15), /* 15 */
        /* 44 */ AWSC_EP_I(16), /* 16 */
        /* 45 */ AWSC_EP_F(SUBSTRING, 4, 34), /* substring(Endpoint, 15, 16, false) */
        /* 46 */ AWSC_EP_V(14), /* HttpsCustomEndpointDelimiterValue */
        /* 47 */ AWSC_EP_F(STRING_EQUALS, 2, 38), /* stringEquals(HttpsCustomEndpointDelimiterValue, "-") */
        /* 48 */ AWSC_EP_F(SUBSTRING, 4, 40), /* substring(Endpoint, 20, 21, false) */
        /* 49 */ AWSC_EP_V(15), /* HttpsEndpointDelimiterValue */
        /* 50 */ AWSC_EP_S(403, 1), /* "." */
        /* 51 */ AWSC_EP_F(STRING_EQUALS, 2, 44), /* stringEquals(HttpsEndpointDelimiterValue, ".") */
        /* 52 */ AWSC_EP_F(SUBSTRING, 4, 46), /* substring(Endpoint, 15, 20, false) */
        /* 53 */ AWSC_EP_I(7), /* 7 */
        /* 54 */ AWSC_EP_I(8), /* 8 */
        /* 55 */ AWSC_EP_F(SUBSTRING, 4, 50), /* substring(Endpoint, 7, 8, false) */
        /* 56 */ AWSC_EP_V(17), /* PlainCustomEndpointDelimiterValue */
        /* 57 */ AWSC_EP_F(STRING_EQUALS, 2, 54), /* stringEquals(PlainCustomEndpointDelimiterValue, "-") */
        /* 58 */ AWSC_EP_I(12), /* 12 */
        /* 59 */ AWSC_EP_I(13), /* 13 */
        /* 60 */ AWSC_EP_F(SUBSTRING, 4, 56), /* substring(Endpoint, 12, 13, false) */
        /* 61 */ AWSC_EP_V(18), /* PlainEndpointDelimiterValue */
        /* 62 */ AWSC_EP_F(STRING_EQUALS, 2, 60), /* stringEquals(PlainEndpointDelimiterValue, ".") */
        /* 63 */ AWSC_EP_F(SUBSTRING, 4, 62), /* substring(Endpoint, 7, 12, false) */
        /* 64 */ AWSC_EP_V(2), /* UseFIPS */
        /* 65 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 66), /* booleanEquals(UseFIPS, true) */
        /* 66 */ AWSC_EP_V(1), /* UseDualStack */
        /* 67 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 68), /* booleanEquals(UseDualStack, true) */
        /* 68 */ AWSC_EP_S(529, 8), /* "https://" */
        /* 69 */ AWSC_EP_V(11), /* StreamIdPrefixValue */
        /* 70 */ AWSC_EP_V(12), /* StreamIdSuffixValue */
        /* 71 */ AWSC_EP_S(538, 9), /* "-kinesis." */
        /* 72 */ AWSC_EP_A(22, DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dnsSuffix */
        /* 73 */ AWSC_EP_T(10, 70), /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis.{Region}.{PartitionResult#dns ... */
        /* 74 */ AWSC_EP_S(548, 8), /* "-kinesis" */
        /* 75 */ AWSC_EP_V(16), /* HttpsCustomEndpointSuffixValue */
        /* 76 */ AWSC_EP_T(12, 80), /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{HttpsCustomEndpointSuffixValu ... */
        /* 77 */ AWSC_EP_A(22, SUPPORTS_FIPS, AWSC_EP_NONE), /* PartitionResult#supportsFIPS */
        /* 78 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 92), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 79 */ AWSC_EP_S(557, 58), /* "FIPS is enabled, but this partition does not support FIPS." */
        /* 80 */ AWSC_EP_A(22, SUPPORTS_DUAL_STACK, AWSC_EP_NONE), /* PartitionResult#supportsDualStack */
        /* 81 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 94), /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 82 */ AWSC_EP_S(616, 68), /* "DualStack is enabled, but this partition does not support DualStack." */
        /* 83 */ AWSC_EP_S(685, 6), /* "-fips." */
        /* 84 */ AWSC_EP_A(22, DUAL_STACK_DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dualStackDnsSuffix */
        /* 85 */ AWSC_EP_T(12, 96), /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{HttpsCustomEndpointSuffixValu ... */
        /* 86 */ AWSC_EP_S(692, 56), /* "FIPS is enabled but this partition does not support FIPS" */
        /* 87 */ AWSC_EP_T(12, 108), /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{HttpsCustomEndpointSuffixValu ... */
        /* 88 */ AWSC_EP_S(749, 66), /* "DualStack is enabled but this partition does not support DualStack" */
        /* 89 */ AWSC_EP_T(12, 120), /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{HttpsCustomEndpointSuffixValu ... */
        /* 90 */ AWSC_EP_V(19), /* PlainCustomEndpointSuffixValue */
        /* 91 */ AWSC_EP_T(12, 132), /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{PlainCustomEndpointSuffixValu ... */
        /* 92 */ AWSC_EP_T(12, 144), /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{PlainCustomEndpointSuffixValu ... */
        /* 93 */ AWSC_EP_T(12, 156), /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{PlainCustomEndpointSuffixValu ... */
        /* 94 */ AWSC_EP_T(12, 168), /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{PlainCustomEndpointSuffixValu ... */
        /* 95 */ AWSC_EP_S(816, 14), /* "-kinesis-fips." */
        /* 96 */ AWSC_EP_T(10, 180), /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis-fips.{Region}.{PartitionResul ... */
        /* 97 */ AWSC_EP_T(10, 190), /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis-fips.{Region}.{PartitionResul ... */
        /* 98 */ AWSC_EP_T(10, 200), /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis.{Region}.{PartitionResult#dua ... */
        /* 99 */ AWSC_EP_F(PARSE_ARN, 1, 28), /* aws.parseArn(StreamARN) */
        /* 100 */ AWSC_EP_S(835, 33), /* "Invalid ARN: Failed to parse ARN." */
        /* 101 */ AWSC_EP_V(20), /* arn */
        /* 102 */ AWSC_EP_A(101, ACCOUNT_ID, AWSC_EP_NONE), /* arn#accountId */
        /* 103 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 210), /* isValidHostLabel(arn#accountId, false) */
        /* 104 */ AWSC_EP_S(869, 32), /* "Invalid ARN: Invalid account id." */
        /* 105 */ AWSC_EP_A(101, REGION, AWSC_EP_NONE), /* arn#region */
        /* 106 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 212), /* isValidHostLabel(arn#region, false) */
        /* 107 */ AWSC_EP_S(902, 28), /* "Invalid ARN: Invalid region." */
        /* 108 */ AWSC_EP_A(101, SERVICE, AWSC_EP_NONE), /* arn#service */
        /* 109 */ AWSC_EP_S(0, 7), /* "kinesis" */
        /* 110 */ AWSC_EP_F(STRING_EQUALS, 2, 214), /* stringEquals(arn#service, "kinesis") */
        /* 111 */ AWSC_EP_S(931, 61), /* "Invalid ARN: The ARN was not for the Kinesis service, found: " */
        /* 112 */ AWSC_EP_T(3, 216), /* "Invalid ARN: The ARN was not for the Kinesis service, found: {arn#service}." */
        /* 113 */ AWSC_EP_A(101, RESOURCE_ID, 0), /* arn#resourceId[0] */
        /* 114 */ AWSC_EP_V(21), /* arnType */
        /* 115 */ AWSC_EP_S(1001, 0), /* "" */
        /* 116 */ AWSC_EP_F(STRING_EQUALS, 2, 219), /* stringEquals(arnType, "") */
        /* 117 */ AWSC_EP_F(NOT, 1, 221), /* not(stringEquals(arnType, "")) */
        /* 118 */ AWSC_EP_S(1002, 34), /* "Invalid ARN: No ARN type specified" */
        /* 119 */ AWSC_EP_S(1037, 6), /* "stream" */
        /* 120 */ AWSC_EP_F(STRING_EQUALS, 2, 222), /* stringEquals(arnType, "stream") */
        /* 121 */ AWSC_EP_S(1044, 41), /* "Invalid ARN: Kinesis ARNs don't support `" */
        /* 122 */ AWSC_EP_S(1086, 12), /* "` arn types." */
        /* 123 */ AWSC_EP_T(3, 224), /* "Invalid ARN: Kinesis ARNs don't support `{arnType}` arn types." */
        /* 124 */ AWSC_EP_A(101, PARTITION, AWSC_EP_NONE), /* arn#partition */
        /* 125 */ AWSC_EP_F(STRING_EQUALS, 2, 227), /* stringEquals(PartitionResult#name, arn#partition) */
        /* 126 */ AWSC_EP_S(1099, 11), /* "Partition: " */
        /* 127 */ AWSC_EP_S(1111, 45), /* " from ARN doesn't match with partition name: " */
        /* 128 */ AWSC_EP_T(5, 229), /* "Partition: {arn#partition} from ARN doesn't match with partition name: {PartitionResult#name}." */
        /* 129 */ AWSC_EP_T(8, 234), /* "https://{arn#accountId}.{OperationType}-kinesis.{Region}.{PartitionResult#dnsSuffix}" */
        /* 130 */ AWSC_EP_T(8, 242), /* "https://{arn#accountId}.{OperationType}-kinesis-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 131 */ AWSC_EP_T(8, 250), /* "https://{arn#accountId}.{OperationType}-kinesis-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 132 */ AWSC_EP_T(8, 258), /* "https://{arn#accountId}.{OperationType}-kinesis.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 133 */ AWSC_EP_F(PARSE_ARN, 1, 31), /* aws.parseArn(ConsumerARN) */
        /* 134 */ AWSC_EP_F(PARSE_ARN, 1, 32), /* aws.parseArn(ResourceARN) */
        /* 135 */ AWSC_EP_S(1157, 65), /* "Invalid Configuration: FIPS and custom endpoint are not supported" */
        /* 136 */ AWSC_EP_S(1223, 70), /* "Invalid Configuration: Dualstack and custom endpoint are not supported" */
        /* 137 */ AWSC_EP_S(1294, 16), /* "https://kinesis." */
        /* 138 */ AWSC_EP_T(4, 266), /* "https://kinesis.{Region}.{PartitionResult#dnsSuffix}" */
        /* 139 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 270), /* booleanEquals(true, PartitionResult#supportsFIPS) */
        /* 140 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 272), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 141 */ AWSC_EP_S(1311, 79), /* "FIPS and DualStack are enabled, but this partition does not support one or both" */
        /* 142 */ AWSC_EP_S(1391, 21), /* "https://kinesis-fips." */
        /* 143 */ AWSC_EP_T(4, 274), /* "https://kinesis-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 144 */ AWSC_EP_S(1413, 10), /* "aws-us-gov" */
        /* 145 */ AWSC_EP_F(STRING_EQUALS, 2, 278), /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 146 */ AWSC_EP_S(1424, 14), /* ".amazonaws.com" */
        /* 147 */ AWSC_EP_T(3, 280), /* "https://kinesis.{Region}.amazonaws.com" */
        /* 148 */ AWSC_EP_T(4, 283), /* "https://kinesis-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 149 */ AWSC_EP_T(4, 287), /* "https://kinesis.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    },
    .args = {
        0, 0, 2, 3, 4, 6, 7, 0, 9, 10, 11, 13, 7, 0, 15, 2,
        4, 0, 3, 17, 4, 19, 23, 24, 25, 23, 27, 28, 30, 32, 33, 35,
        37, 40, 32, 43, 44, 4, 46, 7, 32, 2, 3, 4, 49, 50, 32, 43,
        2, 4, 32, 53, 54, 4, 56, 7, 32, 58, 59, 4, 61, 50, 32, 53,
        58, 4, 64, 11, 66, 11, 68, 69, 50, 70, 50, 40, 71, 19, 50, 72,
        68, 69, 50, 70, 50, 40, 74, 75, 50, 19, 50, 72, 77, 11, 80, 11,
        68, 69, 50, 70, 50, 40, 74, 75, 83, 19, 50, 84, 68, 69, 50, 70,
        50, 40, 74, 75, 83, 19, 50, 72, 68, 69, 50, 70, 50, 40, 74, 75,
        50, 19, 50, 84, 68, 69, 50, 70, 50, 40, 74, 90, 50, 19, 50, 72,
        68, 69, 50, 70, 50, 40, 74, 90, 83, 19, 50, 84, 68, 69, 50, 70,
        50, 40, 74, 90, 83, 19, 50, 72, 68, 69, 50, 70, 50, 40, 74, 90,
        50, 19, 50, 84, 68, 69, 50, 70, 50, 40, 95, 19, 50, 84, 68, 69,
        50, 70, 50, 40, 95, 19, 50, 72, 68, 69, 50, 70, 50, 40, 71, 19,
        50, 84, 102, 4, 105, 4, 108, 109, 111, 108, 50, 114, 115, 116, 114, 119,
        121, 114, 122, 23, 124, 126, 124, 127, 23, 50, 68, 102, 50, 40, 71, 19,
        50, 72, 68, 102, 50, 40, 95, 19, 50, 84, 68, 102, 50, 40, 95, 19,
        50, 72, 68, 102, 50, 40, 71, 19, 50, 84, 137, 19, 50, 72, 11, 77,
        11, 80, 142, 19, 50, 84, 23, 144, 137, 19, 146, 142, 19, 50, 72, 137,
        19, 50, 84,
    },
    /* Endpoints: URL, properties, first header, header count. */
    .endpoints = {
        /* 0 */ {73, AWSC_EP_NONE, 0, 0}, /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis.{Region}.{PartitionResult#dns ... */
        /* 1 */ {76, AWSC_EP_NONE, 0, 0}, /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{HttpsCustomEndpointSuffixValu ... */
        /* 2 */ {85, AWSC_EP_NONE, 0, 0}, /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{HttpsCustomEndpointSuffixValu ... */
        /* 3 */ {87, AWSC_EP_NONE, 0, 0}, /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{HttpsCustomEndpointSuffixValu ... */
        /* 4 */ {89, AWSC_EP_NONE, 0, 0}, /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{HttpsCustomEndpointSuffixValu ... */
        /* 5 */ {91, AWSC_EP_NONE, 0, 0}, /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{PlainCustomEndpointSuffixValu ... */
        /* 6 */ {92, AWSC_EP_NONE, 0, 0}, /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{PlainCustomEndpointSuffixValu ... */
        /* 7 */ {93, AWSC_EP_NONE, 0, 0}, /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{PlainCustomEndpointSuffixValu ... */
        /* 8 */ {94, AWSC_EP_NONE, 0, 0}, /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{PlainCustomEndpointSuffixValu ... */
        /* 9 */ {96, AWSC_EP_NONE, 0, 0}, /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis-fips.{Region}.{PartitionResul ... */
        /* 10 */ {97, AWSC_EP_NONE, 0, 0}, /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis-fips.{Region}.{PartitionResul ... */
        /* 11 */ {98, AWSC_EP_NONE, 0, 0}, /* "https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis.{Region}.{PartitionResult#dua ... */
        /* 12 */ {129, AWSC_EP_NONE, 0, 0}, /* "https://{arn#accountId}.{OperationType}-kinesis.{Region}.{PartitionResult#dnsSuffix}" */
        /* 13 */ {130, AWSC_EP_NONE, 0, 0}, /* "https://{arn#accountId}.{OperationType}-kinesis-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 14 */ {131, AWSC_EP_NONE, 0, 0}, /* "https://{arn#accountId}.{OperationType}-kinesis-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 15 */ {132, AWSC_EP_NONE, 0, 0}, /* "https://{arn#accountId}.{OperationType}-kinesis.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 16 */ {32, AWSC_EP_NONE, 0, 0}, /* Endpoint */
        /* 17 */ {138, AWSC_EP_NONE, 0, 0}, /* "https://kinesis.{Region}.{PartitionResult#dnsSuffix}" */
        /* 18 */ {143, AWSC_EP_NONE, 0, 0}, /* "https://kinesis-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 19 */ {147, AWSC_EP_NONE, 0, 0}, /* "https://kinesis.{Region}.amazonaws.com" */
        /* 20 */ {148, AWSC_EP_NONE, 0, 0}, /* "https://kinesis-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 21 */ {149, AWSC_EP_NONE, 0, 0}, /* "https://kinesis.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    },
    .strings =
        /*     0 */ "kinesis\0"
        /*     8 */ "Region\0"
        /*    15 */ "UseDualStack\0"
        /*    28 */ "UseFIPS\0"
        /*    36 */ "Endpoint\0"
        /*    45 */ "StreamId\0"
        /*    54 */ "StreamARN\0"
        /*    64 */ "OperationType\0"
        /*    78 */ "ConsumerARN\0"
        /*    90 */ "ResourceARN\0"
        /*   102 */ "StreamIdDelimiterValue\0"
        /*   125 */ "-\0"
        /*   127 */ "StreamIdDelimiterReversedValue\0"
        /*   158 */ "StreamIdPrefixValue\0"
        /*   178 */ "StreamIdSuffixValue\0"
        /*   198 */ "PartitionResult\0"
        /*   214 */ "aws-iso\0"
        /*   222 */ "aws-iso-b\0"
        /*   232 */ "Invalid Configuration: Missing Region\0"
        /*   270 */ "Operation Type is not set. Please contact service team for resolution.\0"
        /*   341 */ "HttpsCustomEndpointDelimiterValue\0"
        /*   375 */ "HttpsEndpointDelimiterValue\0"
        /*   403 */ ".\0"
        /*   405 */ "HttpsCustomEndpointSuffixValue\0"
        /*   436 */ "PlainCustomEndpointDelimiterValue\0"
        /*   470 */ "PlainEndpointDelimiterValue\0"
        /*   498 */ "PlainCustomEndpointSuffixValue\0"
        /*   529 */ "https://\0"
        /*   538 */ "-kinesis.\0"
        /*   548 */ "-kinesis\0"
        /*   557 */ "FIPS is enabled, but this partition does not support FIPS.\0"
        /*   616 */ "DualStack is enabled, but this partition does not support DualStack.\0"
        /*   685 */ "-fips.\0"
        /*   692 */ "FIPS is enabled but this partition does not support FIPS\0"
        /*   749 */ "DualStack is enabled but this partition does not support DualStack\0"
        /*   816 */ "-kinesis-fips.\0"
        /*   831 */ "arn\0"
        /*   835 */ "Invalid ARN: Failed to parse ARN.\0"
        /*   869 */ "Invalid ARN: Invalid account id.\0"
        /*   902 */ "Invalid ARN: Invalid region.\0"
        /*   931 */ "Invalid ARN: The ARN was not for the Kinesis service, found: \0"
        /*   993 */ "arnType\0"
        /*  1001 */ "\0"
        /*  1002 */ "Invalid ARN: No ARN type specified\0"
        /*  1037 */ "stream\0"
        /*  1044 */ "Invalid ARN: Kinesis ARNs don't support `\0"
        /*  1086 */ "` arn types.\0"
        /*  1099 */ "Partition: \0"
        /*  1111 */ " from ARN doesn't match with partition name: \0"
        /*  1157 */ "Invalid Configuration: FIPS and custom endpoint are not supported\0"
        /*  1223 */ "Invalid Configuration: Dualstack and custom endpoint are not supported\0"
        /*  1294 */ "https://kinesis.\0"
        /*  1311 */ "FIPS and DualStack are enabled, but this partition does not support one or both\0"
        /*  1391 */ "https://kinesis-fips.\0"
        /*  1413 */ "aws-us-gov\0"
        /*  1424 */ ".amazonaws.com",
};
#undef RULES_REF
#undef RULES
extern const struct awsc_ruleset awsc__kinesis_ruleset __attribute__((alias("awsc__kinesis_rules")));
