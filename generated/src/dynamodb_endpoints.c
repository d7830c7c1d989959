/*
 * dynamodb_endpoints.c - the endpoint rule set of DynamoDB, compiled
 * into the tables of <awsc/endpoint.h> that runtime/endpoint walks.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/endpoint.h>
#include <awsc/dynamodb.h>

/* The strings are one literal; it passes the 4095 characters ISO C
 * requires compilers to take (GCC and Clang take any length). */
#pragma GCC diagnostic ignored "-Woverlength-strings"

/* The endpoint rule set of dynamodb in one object. */
struct awsc__dynamodb_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[9];
    uint16_t slots[13];
    struct awsc_ep_rule rules[77];
    struct awsc_ep_cond conds[115];
    struct awsc_ep_expr exprs[106];
    uint16_t args[132];
    struct awsc_ep_endpoint endpoints[18];
    struct awsc_ep_prop props[30];
    char strings[1576];
};
#define RULES awsc__dynamodb_rules
#define RULES_REF(field, target) AWSC_REF(RULES.field, RULES.target)
static const struct awsc__dynamodb_rules RULES = {
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
        .service = 0, /* dynamodb */
        .global_region = AWSC_EP_NONE,
        .param_count = 9,
        .slot_count = 13,
        .rule_count = 4,
        .flags = 0,
    },
    /* Parameters: name, default string (a stringArray's: the first in
     * defaults), default count, type, built-in, flags, default boolean. */
    .params = {
        {9, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_REGION, 0, false}, /* Region */
        {16, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_DUAL_STACK, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseDualStack */
        {29, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_FIPS, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseFIPS */
        {37, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ENDPOINT, 0, false}, /* Endpoint */
        {46, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ACCOUNT_ID, 0, false}, /* AccountId */
        {56, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ACCOUNT_ID_ENDPOINT_MODE, 0, false}, /* AccountIdEndpointMode */
        {78, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_NONE, 0, false}, /* ResourceArn */
        {90, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING_ARRAY, AWSC_EP_BUILTIN_NONE, 0, false}, /* ResourceArnList */
        {106, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_NONE, 0, false}, /* IsSearchOperation */
    },
    /* The slots' names: parameters, then the variables the rules assign. */
    .slots = {
        9, /* 0: Region */
        16, /* 1: UseDualStack */
        29, /* 2: UseFIPS */
        37, /* 3: Endpoint */
        46, /* 4: AccountId */
        56, /* 5: AccountIdEndpointMode */
        78, /* 6: ResourceArn */
        90, /* 7: ResourceArnList */
        106, /* 8: IsSearchOperation */
        124, /* 9: PartitionResult */
        140, /* 10: parsedEndpoint */
        603, /* 11: ParsedArn */
        613, /* 12: FirstArn */
    },
    /* Rules: type, condition count, first condition, then a tree's first
     * child and child count, an endpoint's index, or an error's message. */
    .rules = {
        /* 0 */ {AWSC_EP_RULE_TREE, 4, 0, 4, 5}, /* isSet(Endpoint) && isSet(Region) && PartitionResult = aws.partition(Region) && parsedE ... */
        /* 1 */ {AWSC_EP_RULE_TREE, 1, 4, 9, 3}, /* isSet(Endpoint) */
        /* 2 */ {AWSC_EP_RULE_TREE, 1, 5, 12, 1}, /* isSet(Region) */
        /* 3 */ {AWSC_EP_RULE_ERROR, 0, 6, 6, 0}, /* always */
        /* 4 */ {AWSC_EP_RULE_ERROR, 1, 6, 10, 0}, /* booleanEquals(UseFIPS, true) */
        /* 5 */ {AWSC_EP_RULE_ERROR, 1, 7, 13, 0}, /* booleanEquals(UseDualStack, true) */
        /* 6 */ {AWSC_EP_RULE_ERROR, 1, 8, 22, 0}, /* stringEquals(parsedEndpoint#authority, "dynamodb.{Region}.{PartitionResult#dualStackDn ... */
        /* 7 */ {AWSC_EP_RULE_ERROR, 1, 9, 22, 0}, /* stringEquals(parsedEndpoint#authority, "search-dynamodb.{Region}.{PartitionResult#dual ... */
        /* 8 */ {AWSC_EP_RULE_ENDPOINT, 0, 10, 0, 0}, /* always */
        /* 9 */ {AWSC_EP_RULE_ERROR, 1, 10, 10, 0}, /* booleanEquals(UseFIPS, true) */
        /* 10 */ {AWSC_EP_RULE_ERROR, 1, 11, 13, 0}, /* booleanEquals(UseDualStack, true) */
        /* 11 */ {AWSC_EP_RULE_ENDPOINT, 0, 12, 0, 0}, /* always */
        /* 12 */ {AWSC_EP_RULE_TREE, 1, 12, 13, 10}, /* PartitionResult = aws.partition(Region) */
        /* 13 */ {AWSC_EP_RULE_TREE, 1, 13, 23, 3}, /* stringEquals(Region, "local") */
        /* 14 */ {AWSC_EP_RULE_TREE, 2, 14, 26, 2}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 15 */ {AWSC_EP_RULE_TREE, 1, 16, 32, 2}, /* booleanEquals(UseFIPS, true) */
        /* 16 */ {AWSC_EP_RULE_TREE, 1, 17, 43, 2}, /* booleanEquals(UseDualStack, true) */
        /* 17 */ {AWSC_EP_RULE_TREE, 10, 18, 64, 2}, /* isSet(AccountIdEndpointMode) && not(stringEquals(AccountIdEndpointMode, "disabled")) & ... */
        /* 18 */ {AWSC_EP_RULE_TREE, 11, 28, 66, 2}, /* isSet(AccountIdEndpointMode) && not(stringEquals(AccountIdEndpointMode, "disabled")) & ... */
        /* 19 */ {AWSC_EP_RULE_TREE, 5, 39, 68, 2}, /* isSet(AccountIdEndpointMode) && not(stringEquals(AccountIdEndpointMode, "disabled")) & ... */
        /* 20 */ {AWSC_EP_RULE_TREE, 2, 44, 72, 2}, /* isSet(AccountIdEndpointMode) && stringEquals(AccountIdEndpointMode, "required") */
        /* 21 */ {AWSC_EP_RULE_ENDPOINT, 2, 46, 1, 0}, /* isSet(IsSearchOperation) && booleanEquals(IsSearchOperation, true) */
        /* 22 */ {AWSC_EP_RULE_ENDPOINT, 0, 48, 2, 0}, /* always */
        /* 23 */ {AWSC_EP_RULE_ERROR, 1, 48, 67, 0}, /* booleanEquals(UseFIPS, true) */
        /* 24 */ {AWSC_EP_RULE_ERROR, 1, 49, 68, 0}, /* booleanEquals(UseDualStack, true) */
        /* 25 */ {AWSC_EP_RULE_ENDPOINT, 0, 50, 3, 0}, /* always */
        /* 26 */ {AWSC_EP_RULE_TREE, 2, 50, 28, 3}, /* booleanEquals(PartitionResult#supportsFIPS, true) && booleanEquals(PartitionResult#sup ... */
        /* 27 */ {AWSC_EP_RULE_ERROR, 0, 52, 76, 0}, /* always */
        /* 28 */ {AWSC_EP_RULE_TREE, 2, 52, 31, 1}, /* isSet(AccountIdEndpointMode) && stringEquals(AccountIdEndpointMode, "required") */
        /* 29 */ {AWSC_EP_RULE_ENDPOINT, 2, 54, 4, 0}, /* isSet(IsSearchOperation) && booleanEquals(IsSearchOperation, true) */
        /* 30 */ {AWSC_EP_RULE_ENDPOINT, 0, 56, 5, 0}, /* always */
        /* 31 */ {AWSC_EP_RULE_ERROR, 0, 56, 81, 0}, /* always */
        /* 32 */ {AWSC_EP_RULE_TREE, 1, 56, 34, 4}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 33 */ {AWSC_EP_RULE_ERROR, 0, 57, 82, 0}, /* always */
        /* 34 */ {AWSC_EP_RULE_TREE, 1, 57, 38, 3}, /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 35 */ {AWSC_EP_RULE_TREE, 2, 58, 42, 1}, /* isSet(AccountIdEndpointMode) && stringEquals(AccountIdEndpointMode, "required") */
        /* 36 */ {AWSC_EP_RULE_ENDPOINT, 2, 60, 6, 0}, /* isSet(IsSearchOperation) && booleanEquals(IsSearchOperation, true) */
        /* 37 */ {AWSC_EP_RULE_ENDPOINT, 0, 62, 7, 0}, /* always */
        /* 38 */ {AWSC_EP_RULE_TREE, 2, 62, 41, 1}, /* isSet(AccountIdEndpointMode) && stringEquals(AccountIdEndpointMode, "required") */
        /* 39 */ {AWSC_EP_RULE_ENDPOINT, 2, 64, 1, 0}, /* isSet(IsSearchOperation) && booleanEquals(IsSearchOperation, true) */
        /* 40 */ {AWSC_EP_RULE_ENDPOINT, 0, 66, 2, 0}, /* always */
        /* 41 */ {AWSC_EP_RULE_ERROR, 0, 66, 81, 0}, /* always */
        /* 42 */ {AWSC_EP_RULE_ERROR, 0, 66, 81, 0}, /* always */
        /* 43 */ {AWSC_EP_RULE_TREE, 1, 66, 45, 6}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 44 */ {AWSC_EP_RULE_ERROR, 0, 67, 87, 0}, /* always */
        /* 45 */ {AWSC_EP_RULE_TREE, 10, 67, 51, 2}, /* isSet(AccountIdEndpointMode) && not(stringEquals(AccountIdEndpointMode, "disabled")) & ... */
        /* 46 */ {AWSC_EP_RULE_TREE, 11, 77, 53, 2}, /* isSet(AccountIdEndpointMode) && not(stringEquals(AccountIdEndpointMode, "disabled")) & ... */
        /* 47 */ {AWSC_EP_RULE_TREE, 5, 88, 55, 2}, /* isSet(AccountIdEndpointMode) && not(stringEquals(AccountIdEndpointMode, "disabled")) & ... */
        /* 48 */ {AWSC_EP_RULE_TREE, 2, 93, 59, 2}, /* isSet(AccountIdEndpointMode) && stringEquals(AccountIdEndpointMode, "required") */
        /* 49 */ {AWSC_EP_RULE_ENDPOINT, 2, 95, 8, 0}, /* isSet(IsSearchOperation) && booleanEquals(IsSearchOperation, true) */
        /* 50 */ {AWSC_EP_RULE_ENDPOINT, 0, 97, 9, 0}, /* always */
        /* 51 */ {AWSC_EP_RULE_ENDPOINT, 2, 97, 10, 0}, /* isSet(IsSearchOperation) && booleanEquals(IsSearchOperation, true) */
        /* 52 */ {AWSC_EP_RULE_ENDPOINT, 0, 99, 11, 0}, /* always */
        /* 53 */ {AWSC_EP_RULE_ENDPOINT, 2, 99, 10, 0}, /* isSet(IsSearchOperation) && booleanEquals(IsSearchOperation, true) */
        /* 54 */ {AWSC_EP_RULE_ENDPOINT, 0, 101, 11, 0}, /* always */
        /* 55 */ {AWSC_EP_RULE_TREE, 1, 101, 57, 2}, /* isValidHostLabel(AccountId, false) */
        /* 56 */ {AWSC_EP_RULE_ERROR, 0, 102, 97, 0}, /* always */
        /* 57 */ {AWSC_EP_RULE_ENDPOINT, 2, 102, 12, 0}, /* isSet(IsSearchOperation) && booleanEquals(IsSearchOperation, true) */
        /* 58 */ {AWSC_EP_RULE_ENDPOINT, 0, 104, 13, 0}, /* always */
        /* 59 */ {AWSC_EP_RULE_TREE, 1, 104, 61, 2}, /* not(booleanEquals(UseFIPS, true)) */
        /* 60 */ {AWSC_EP_RULE_ERROR, 0, 105, 81, 0}, /* always */
        /* 61 */ {AWSC_EP_RULE_TREE, 1, 105, 63, 1}, /* stringEquals(PartitionResult#name, "aws") */
        /* 62 */ {AWSC_EP_RULE_ERROR, 0, 106, 100, 0}, /* always */
        /* 63 */ {AWSC_EP_RULE_ERROR, 0, 106, 101, 0}, /* always */
        /* 64 */ {AWSC_EP_RULE_ENDPOINT, 2, 106, 14, 0}, /* isSet(IsSearchOperation) && booleanEquals(IsSearchOperation, true) */
        /* 65 */ {AWSC_EP_RULE_ENDPOINT, 0, 108, 15, 0}, /* always */
        /* 66 */ {AWSC_EP_RULE_ENDPOINT, 2, 108, 14, 0}, /* isSet(IsSearchOperation) && booleanEquals(IsSearchOperation, true) */
        /* 67 */ {AWSC_EP_RULE_ENDPOINT, 0, 110, 15, 0}, /* always */
        /* 68 */ {AWSC_EP_RULE_TREE, 1, 110, 70, 2}, /* isValidHostLabel(AccountId, false) */
        /* 69 */ {AWSC_EP_RULE_ERROR, 0, 111, 97, 0}, /* always */
        /* 70 */ {AWSC_EP_RULE_ENDPOINT, 2, 111, 16, 0}, /* isSet(IsSearchOperation) && booleanEquals(IsSearchOperation, true) */
        /* 71 */ {AWSC_EP_RULE_ENDPOINT, 0, 113, 17, 0}, /* always */
        /* 72 */ {AWSC_EP_RULE_TREE, 1, 113, 74, 2}, /* not(booleanEquals(UseFIPS, true)) */
        /* 73 */ {AWSC_EP_RULE_ERROR, 0, 114, 81, 0}, /* always */
        /* 74 */ {AWSC_EP_RULE_TREE, 1, 114, 76, 1}, /* stringEquals(PartitionResult#name, "aws") */
        /* 75 */ {AWSC_EP_RULE_ERROR, 0, 115, 100, 0}, /* always */
        /* 76 */ {AWSC_EP_RULE_ERROR, 0, 115, 101, 0}, /* always */
    },
    /* Conditions: expression, and the variable its result is assigned to. */
    .conds = {
        /* 0 */ {1, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 1 */ {3, AWSC_EP_NONE}, /* isSet(Region) */
        /* 2 */ {4, 9}, /* PartitionResult = aws.partition(Region) */
        /* 3 */ {5, 10}, /* parsedEndpoint = parseURL(Endpoint) */
        /* 4 */ {1, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 5 */ {3, AWSC_EP_NONE}, /* isSet(Region) */
        /* 6 */ {9, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 7 */ {12, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 8 */ {21, AWSC_EP_NONE}, /* stringEquals(parsedEndpoint#authority, "dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}") */
        /* 9 */ {25, AWSC_EP_NONE}, /* stringEquals(parsedEndpoint#authority, "search-dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}") */
        /* 10 */ {9, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 11 */ {12, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 12 */ {4, 9}, /* PartitionResult = aws.partition(Region) */
        /* 13 */ {27, AWSC_EP_NONE}, /* stringEquals(Region, "local") */
        /* 14 */ {9, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 15 */ {12, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 16 */ {9, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 17 */ {12, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 18 */ {29, AWSC_EP_NONE}, /* isSet(AccountIdEndpointMode) */
        /* 19 */ {32, AWSC_EP_NONE}, /* not(stringEquals(AccountIdEndpointMode, "disabled")) */
        /* 20 */ {35, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws") */
        /* 21 */ {36, AWSC_EP_NONE}, /* not(booleanEquals(UseFIPS, true)) */
        /* 22 */ {38, AWSC_EP_NONE}, /* isSet(ResourceArn) */
        /* 23 */ {39, 11}, /* ParsedArn = aws.parseArn(ResourceArn) */
        /* 24 */ {43, AWSC_EP_NONE}, /* stringEquals(ParsedArn#service, "dynamodb") */
        /* 25 */ {46, AWSC_EP_NONE}, /* isValidHostLabel(ParsedArn#region, false) */
        /* 26 */ {47, AWSC_EP_NONE}, /* stringEquals(ParsedArn#region, Region) */
        /* 27 */ {49, AWSC_EP_NONE}, /* isValidHostLabel(ParsedArn#accountId, false) */
        /* 28 */ {29, AWSC_EP_NONE}, /* isSet(AccountIdEndpointMode) */
        /* 29 */ {32, AWSC_EP_NONE}, /* not(stringEquals(AccountIdEndpointMode, "disabled")) */
        /* 30 */ {35, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws") */
        /* 31 */ {36, AWSC_EP_NONE}, /* not(booleanEquals(UseFIPS, true)) */
        /* 32 */ {51, AWSC_EP_NONE}, /* isSet(ResourceArnList) */
        /* 33 */ {52, 12}, /* FirstArn = ResourceArnList#[0] */
        /* 34 */ {54, 11}, /* ParsedArn = aws.parseArn(FirstArn) */
        /* 35 */ {43, AWSC_EP_NONE}, /* stringEquals(ParsedArn#service, "dynamodb") */
        /* 36 */ {46, AWSC_EP_NONE}, /* isValidHostLabel(ParsedArn#region, false) */
        /* 37 */ {47, AWSC_EP_NONE}, /* stringEquals(ParsedArn#region, Region) */
        /* 38 */ {49, AWSC_EP_NONE}, /* isValidHostLabel(ParsedArn#accountId, false) */
        /* 39 */ {29, AWSC_EP_NONE}, /* isSet(AccountIdEndpointMode) */
        /* 40 */ {32, AWSC_EP_NONE}, /* not(stringEquals(AccountIdEndpointMode, "disabled")) */
        /* 41 */ {35, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws") */
        /* 42 */ {36, AWSC_EP_NONE}, /* not(booleanEquals(UseFIPS, true)) */
        /* 43 */ {56, AWSC_EP_NONE}, /* isSet(AccountId) */
        /* 44 */ {29, AWSC_EP_NONE}, /* isSet(AccountIdEndpointMode) */
        /* 45 */ {58, AWSC_EP_NONE}, /* stringEquals(AccountIdEndpointMode, "required") */
        /* 46 */ {60, AWSC_EP_NONE}, /* isSet(IsSearchOperation) */
        /* 47 */ {61, AWSC_EP_NONE}, /* booleanEquals(IsSearchOperation, true) */
        /* 48 */ {9, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 49 */ {12, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 50 */ {73, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 51 */ {75, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 52 */ {29, AWSC_EP_NONE}, /* isSet(AccountIdEndpointMode) */
        /* 53 */ {58, AWSC_EP_NONE}, /* stringEquals(AccountIdEndpointMode, "required") */
        /* 54 */ {60, AWSC_EP_NONE}, /* isSet(IsSearchOperation) */
        /* 55 */ {61, AWSC_EP_NONE}, /* booleanEquals(IsSearchOperation, true) */
        /* 56 */ {73, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 57 */ {84, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 58 */ {29, AWSC_EP_NONE}, /* isSet(AccountIdEndpointMode) */
        /* 59 */ {58, AWSC_EP_NONE}, /* stringEquals(AccountIdEndpointMode, "required") */
        /* 60 */ {60, AWSC_EP_NONE}, /* isSet(IsSearchOperation) */
        /* 61 */ {61, AWSC_EP_NONE}, /* booleanEquals(IsSearchOperation, true) */
        /* 62 */ {29, AWSC_EP_NONE}, /* isSet(AccountIdEndpointMode) */
        /* 63 */ {58, AWSC_EP_NONE}, /* stringEquals(AccountIdEndpointMode, "required") */
        /* 64 */ {60, AWSC_EP_NONE}, /* isSet(IsSearchOperation) */
        /* 65 */ {61, AWSC_EP_NONE}, /* booleanEquals(IsSearchOperation, true) */
        /* 66 */ {75, AWSC_EP_NONE}, /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 67 */ {29, AWSC_EP_NONE}, /* isSet(AccountIdEndpointMode) */
        /* 68 */ {32, AWSC_EP_NONE}, /* not(stringEquals(AccountIdEndpointMode, "disabled")) */
        /* 69 */ {35, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws") */
        /* 70 */ {36, AWSC_EP_NONE}, /* not(booleanEquals(UseFIPS, true)) */
        /* 71 */ {38, AWSC_EP_NONE}, /* isSet(ResourceArn) */
        /* 72 */ {39, 11}, /* ParsedArn = aws.parseArn(ResourceArn) */
        /* 73 */ {43, AWSC_EP_NONE}, /* stringEquals(ParsedArn#service, "dynamodb") */
        /* 74 */ {46, AWSC_EP_NONE}, /* isValidHostLabel(ParsedArn#region, false) */
        /* 75 */ {47, AWSC_EP_NONE}, /* stringEquals(ParsedArn#region, Region) */
        /* 76 */ {49, AWSC_EP_NONE}, /* isValidHostLabel(ParsedArn#accountId, false) */
        /* 77 */ {29, AWSC_EP_NONE}, /* isSet(AccountIdEndpointMode) */
        /* 78 */ {32, AWSC_EP_NONE}, /* not(stringEquals(AccountIdEndpointMode, "disabled")) */
        /* 79 */ {35, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws") */
        /* 80 */ {36, AWSC_EP_NONE}, /* not(booleanEquals(UseFIPS, true)) */
        /* 81 */ {51, AWSC_EP_NONE}, /* isSet(ResourceArnList) */
        /* 82 */ {52, 12}, /* FirstArn = ResourceArnList#[0] */
        /* 83 */ {54, 11}, /* ParsedArn = aws.parseArn(FirstArn) */
        /* 84 */ {43, AWSC_EP_NONE}, /* stringEquals(ParsedArn#service, "dynamodb") */
        /* 85 */ {46, AWSC_EP_NONE}, /* isValidHostLabel(ParsedArn#region, false) */
        /* 86 */ {47, AWSC_EP_NONE}, /* stringEquals(ParsedArn#region, Region) */
        /* 87 */ {49, AWSC_EP_NONE}, /* isValidHostLabel(ParsedArn#accountId, false) */
        /* 88 */ {29, AWSC_EP_NONE}, /* isSet(AccountIdEndpointMode) */
        /* 89 */ {32, AWSC_EP_NONE}, /* not(stringEquals(AccountIdEndpointMode, "disabled")) */
        /* 90 */ {35, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws") */
        /* 91 */ {36, AWSC_EP_NONE}, /* not(booleanEquals(UseFIPS, true)) */
        /* 92 */ {56, AWSC_EP_NONE}, /* isSet(AccountId) */
        /* 93 */ {29, AWSC_EP_NONE}, /* isSet(AccountIdEndpointMode) */
        /* 94 */ {58, AWSC_EP_NONE}, /* stringEquals(AccountIdEndpointMode, "required") */
        /* 95 */ {60, AWSC_EP_NONE}, /* isSet(IsSearchOperation) */
        /* 96 */ {61, AWSC_EP_NONE}, /* booleanEquals(IsSearchOperation, true) */
        /* 97 */ {60, AWSC_EP_NONE}, /* isSet(IsSearchOperation) */
        /* 98 */ {61, AWSC_EP_NONE}, /* booleanEquals(IsSearchOperation, true) */
        /* 99 */ {60, AWSC_EP_NONE}, /* isSet(IsSearchOperation) */
        /* 100 */ {61, AWSC_EP_NONE}, /* booleanEquals(IsSearchOperation, true) */
        /* 101 */ {96, AWSC_EP_NONE}, /* isValidHostLabel(AccountId, false) */
        /* 102 */ {60, AWSC_EP_NONE}, /* isSet(IsSearchOperation) */
        /* 103 */ {61, AWSC_EP_NONE}, /* booleanEquals(IsSearchOperation, true) */
        /* 104 */ {36, AWSC_EP_NONE}, /* not(booleanEquals(UseFIPS, true)) */
        /* 105 */ {35, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws") */
        /* 106 */ {60, AWSC_EP_NONE}, /* isSet(IsSearchOperation) */
        /* 107 */ {61, AWSC_EP_NONE}, /* booleanEquals(IsSearchOperation, true) */
        /* 108 */ {60, AWSC_EP_NONE}, /* isSet(IsSearchOperation) */
        /* 109 */ {61, AWSC_EP_NONE}, /* booleanEquals(IsSearchOperation, true) */
        /* 110 */ {96, AWSC_EP_NONE}, /* isValidHostLabel(AccountId, false) */
        /* 111 */ {60, AWSC_EP_NONE}, /* isSet(IsSearchOperation) */
        /* 112 */ {61, AWSC_EP_NONE}, /* booleanEquals(IsSearchOperation, true) */
        /* 113 */ {36, AWSC_EP_NONE}, /* not(booleanEquals(UseFIPS, true)) */
        /* 114 */ {35, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws") */
    },
    /* Expressions. S(at, length) is a string, A(obj, attribute, index)
     * getAttr, V(slot) a variable, T(n, first) a template of n parts from
     * args, F(fn, n, first) a call. */
    .exprs = {
        /* 0 */ AWSC_EP_V(3), /* Endpoint */
        /* 1 */ AWSC_EP_F(IS_SET, 1, 0), /* isSet(Endpoint) */
        /* 2 */ AWSC_EP_V(0), /* Region */
        /* 3 */ AWSC_EP_F(IS_SET, 1, 1), /* isSet(Region) */
        /* 4 */ AWSC_EP_F(PARTITION, 1, 1), /* aws.partition(Region) */
        /* 5 */ AWSC_EP_F(PARSE_URL, 1, 0), /* parseURL(Endpoint) */
        /* 6 */ AWSC_EP_S(155, 37), /* "Invalid Configuration: Missing Region" */
        /* 7 */ AWSC_EP_V(2), /* UseFIPS */
        /* 8 */ AWSC_EP_B(1), /* true */
        /* 9 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 2), /* booleanEquals(UseFIPS, true) */
        /* 10 */ AWSC_EP_S(193, 65), /* "Invalid Configuration: FIPS and custom endpoint are not supported" */
        /* 11 */ AWSC_EP_V(1), /* UseDualStack */
        /* 12 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 4), /* booleanEquals(UseDualStack, true) */
        /* 13 */ AWSC_EP_S(259, 70), /* "Invalid Configuration: Dualstack and custom endpoint are not supported" */
        /* 14 */ AWSC_EP_V(10), /* parsedEndpoint */
        /* 15 */ AWSC_EP_A(14, AUTHORITY, AWSC_EP_NONE), /* parsedEndpoint#authority */
        /* 16 */ AWSC_EP_S(330, 9), /* "dynamodb." */
        /* 17 */ AWSC_EP_S(340, 1), /* "." */
        /* 18 */ AWSC_EP_V(9), /* PartitionResult */
        /* 19 */ AWSC_EP_A(18, DUAL_STACK_DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dualStackDnsSuffix */
        /* 20 */ AWSC_EP_T(4, 6), /* "dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 21 */ AWSC_EP_F(STRING_EQUALS, 2, 10), /* stringEquals(parsedEndpoint#authority, "dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}") */
        /* 22 */ AWSC_EP_S(342, 224), /* "Endpoint override is not supported for dual-stack endpoints. Please enable dual-stack functionality by en ... */
        /* 23 */ AWSC_EP_S(567, 16), /* "search-dynamodb." */
        /* 24 */ AWSC_EP_T(4, 12), /* "search-dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 25 */ AWSC_EP_F(STRING_EQUALS, 2, 16), /* stringEquals(parsedEndpoint#authority, "search-dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}") */
        /* 26 */ AWSC_EP_S(584, 5), /* "local" */
        /* 27 */ AWSC_EP_F(STRING_EQUALS, 2, 18), /* stringEquals(Region, "local") */
        /* 28 */ AWSC_EP_V(5), /* AccountIdEndpointMode */
        /* 29 */ AWSC_EP_F(IS_SET, 1, 20), /* isSet(AccountIdEndpointMode) */
        /* 30 */ AWSC_EP_S(590, 8), /* "disabled" */
        /* 31 */ AWSC_EP_F(STRING_EQUALS, 2, 21), /* stringEquals(AccountIdEndpointMode, "disabled") */
        /* 32 */ AWSC_EP_F(NOT, 1, 23), /* not(stringEquals(AccountIdEndpointMode, "disabled")) */
        /* 33 */ AWSC_EP_A(18, NAME, AWSC_EP_NONE), /* PartitionResult#name */
        /* 34 */ AWSC_EP_S(599, 3), /* "aws" */
        /* 35 */ AWSC_EP_F(STRING_EQUALS, 2, 24), /* stringEquals(PartitionResult#name, "aws") */
        /* 36 */ AWSC_EP_F(NOT, 1, 26), /* not(booleanEquals(UseFIPS, true)) */
        /* 37 */ AWSC_EP_V(6), /* ResourceArn */
        /* 38 */ AWSC_EP_F(IS_SET, 1, 27), /* isSet(ResourceArn) */
        /* 39 */ AWSC_EP_F(PARSE_ARN, 1, 27), /* aws.parseArn(ResourceArn) */
        /* 40 */ AWSC_EP_V(11), /* ParsedArn */
        /* 41 */ AWSC_EP_A(40, SERVICE, AWSC_EP_NONE), /* ParsedArn#service */
        /* 42 */ AWSC_EP_S(0, 8), /* "dynamodb" */
        /* 43 */ AWSC_EP_F(STRING_EQUALS, 2, 28), /* stringEquals(ParsedArn#service, "dynamodb") */
        /* 44 */ AWSC_EP_A(40, REGION, AWSC_EP_NONE), /* ParsedArn#region */
        /* 45 */ AWSC_EP_B(0), /* false */
        /* 46 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 30), /* isValidHostLabel(ParsedArn#region, false) */
        /* 47 */ AWSC_EP_F(STRING_EQUALS, 2, 32), /* stringEquals(ParsedArn#region, Region) */
        /* 48 */ AWSC_EP_A(40, ACCOUNT_ID, AWSC_EP_NONE), /* ParsedArn#accountId */
        /* 49 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 34), /* isValidHostLabel(ParsedArn#accountId, false) */
        /* 50 */ AWSC_EP_V(7), /* ResourceArnList */
        /* 51 */ AWSC_EP_F(IS_SET, 1, 36), /* isSet(ResourceArnList) */
        /* 52 */ AWSC_EP_A(50, SELF, 0), /* ResourceArnList#[0] */
        /* 53 */ AWSC_EP_V(12), /* FirstArn */
        /* 54 */ AWSC_EP_F(PARSE_ARN, 1, 37), /* aws.parseArn(FirstArn) */
        /* 55 */ AWSC_EP_V(4), /* AccountId */
        /* 56 */ AWSC_EP_F(IS_SET, 1, 38), /* isSet(AccountId) */
        /* 57 */ AWSC_EP_S(622, 8), /* "required" */
        /* 58 */ AWSC_EP_F(STRING_EQUALS, 2, 39), /* stringEquals(AccountIdEndpointMode, "required") */
        /* 59 */ AWSC_EP_V(8), /* IsSearchOperation */
        /* 60 */ AWSC_EP_F(IS_SET, 1, 41), /* isSet(IsSearchOperation) */
        /* 61 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 42), /* booleanEquals(IsSearchOperation, true) */
        /* 62 */ AWSC_EP_S(631, 24), /* "https://search-dynamodb." */
        /* 63 */ AWSC_EP_A(18, DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dnsSuffix */
        /* 64 */ AWSC_EP_T(4, 44), /* "https://search-dynamodb.{Region}.{PartitionResult#dnsSuffix}" */
        /* 65 */ AWSC_EP_S(656, 17), /* "https://dynamodb." */
        /* 66 */ AWSC_EP_T(4, 48), /* "https://dynamodb.{Region}.{PartitionResult#dnsSuffix}" */
        /* 67 */ AWSC_EP_S(674, 64), /* "Invalid Configuration: FIPS and local endpoint are not supported" */
        /* 68 */ AWSC_EP_S(739, 69), /* "Invalid Configuration: Dualstack and local endpoint are not supported" */
        /* 69 */ AWSC_EP_S(809, 21), /* "http://localhost:8000" */
        /* 70 */ AWSC_EP_S(857, 9), /* "us-east-1" */
        /* 71 */ AWSC_EP_S(872, 5), /* "sigv4" */
        /* 72 */ AWSC_EP_A(18, SUPPORTS_FIPS, AWSC_EP_NONE), /* PartitionResult#supportsFIPS */
        /* 73 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 52), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 74 */ AWSC_EP_A(18, SUPPORTS_DUAL_STACK, AWSC_EP_NONE), /* PartitionResult#supportsDualStack */
        /* 75 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 54), /* booleanEquals(PartitionResult#supportsDualStack, true) */
        /* 76 */ AWSC_EP_S(890, 79), /* "FIPS and DualStack are enabled, but this partition does not support one or both" */
        /* 77 */ AWSC_EP_S(970, 29), /* "https://search-dynamodb-fips." */
        /* 78 */ AWSC_EP_T(4, 56), /* "https://search-dynamodb-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 79 */ AWSC_EP_S(1000, 22), /* "https://dynamodb-fips." */
        /* 80 */ AWSC_EP_T(4, 60), /* "https://dynamodb-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 81 */ AWSC_EP_S(1023, 122), /* "Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints  ... */
        /* 82 */ AWSC_EP_S(1146, 56), /* "FIPS is enabled but this partition does not support FIPS" */
        /* 83 */ AWSC_EP_S(1203, 10), /* "aws-us-gov" */
        /* 84 */ AWSC_EP_F(STRING_EQUALS, 2, 64), /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 85 */ AWSC_EP_T(4, 66), /* "https://search-dynamodb-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 86 */ AWSC_EP_T(4, 70), /* "https://dynamodb-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 87 */ AWSC_EP_S(1214, 66), /* "DualStack is enabled but this partition does not support DualStack" */
        /* 88 */ AWSC_EP_T(4, 74), /* "https://search-dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 89 */ AWSC_EP_T(4, 78), /* "https://dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 90 */ AWSC_EP_S(1281, 8), /* "https://" */
        /* 91 */ AWSC_EP_S(1290, 12), /* ".search-ddb." */
        /* 92 */ AWSC_EP_T(6, 82), /* "https://{ParsedArn#accountId}.search-ddb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 93 */ AWSC_EP_S(1316, 1), /* "O" */
        /* 94 */ AWSC_EP_S(1318, 5), /* ".ddb." */
        /* 95 */ AWSC_EP_T(6, 88), /* "https://{ParsedArn#accountId}.ddb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 96 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 94), /* isValidHostLabel(AccountId, false) */
        /* 97 */ AWSC_EP_S(1324, 51), /* "Credentials-sourced account ID parameter is invalid" */
        /* 98 */ AWSC_EP_T(6, 96), /* "https://{AccountId}.search-ddb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 99 */ AWSC_EP_T(6, 102), /* "https://{AccountId}.ddb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 100 */ AWSC_EP_S(1376, 114), /* "Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this  ... */
        /* 101 */ AWSC_EP_S(1491, 84), /* "AccountIdEndpointMode is required but no AccountID was provided or able to be loaded" */
        /* 102 */ AWSC_EP_T(6, 108), /* "https://{ParsedArn#accountId}.search-ddb.{Region}.{PartitionResult#dnsSuffix}" */
        /* 103 */ AWSC_EP_T(6, 114), /* "https://{ParsedArn#accountId}.ddb.{Region}.{PartitionResult#dnsSuffix}" */
        /* 104 */ AWSC_EP_T(6, 120), /* "https://{AccountId}.search-ddb.{Region}.{PartitionResult#dnsSuffix}" */
        /* 105 */ AWSC_EP_T(6, 126), /* "https://{AccountId}.ddb.{Region}.{PartitionResult#dnsSuffix}" */
    },
    .args = {
        0, 2, 7, 8, 11, 8, 16, 2, 17, 19, 15, 20, 23, 2, 17, 19,
        15, 24, 2, 26, 28, 28, 30, 31, 33, 34, 9, 37, 41, 42, 44, 45,
        44, 2, 48, 45, 50, 53, 55, 28, 57, 59, 59, 8, 62, 2, 17, 63,
        65, 2, 17, 63, 72, 8, 74, 8, 77, 2, 17, 19, 79, 2, 17, 19,
        33, 83, 77, 2, 17, 63, 79, 2, 17, 63, 62, 2, 17, 19, 65, 2,
        17, 19, 90, 48, 91, 2, 17, 19, 90, 48, 94, 2, 17, 19, 55, 45,
        90, 55, 91, 2, 17, 19, 90, 55, 94, 2, 17, 19, 90, 48, 91, 2,
        17, 63, 90, 48, 94, 2, 17, 63, 90, 55, 91, 2, 17, 63, 90, 55,
        94, 2, 17, 63,
    },
    /* Endpoints: URL, properties, first header, header count. */
    .endpoints = {
        /* 0 */ {0, AWSC_EP_NONE, 0, 0}, /* Endpoint */
        /* 1 */ {64, AWSC_EP_NONE, 0, 0}, /* "https://search-dynamodb.{Region}.{PartitionResult#dnsSuffix}" */
        /* 2 */ {66, AWSC_EP_NONE, 0, 0}, /* "https://dynamodb.{Region}.{PartitionResult#dnsSuffix}" */
        /* 3 */ {69, 0, 0, 0}, /* "http://localhost:8000" */
        /* 4 */ {78, AWSC_EP_NONE, 0, 0}, /* "https://search-dynamodb-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 5 */ {80, AWSC_EP_NONE, 0, 0}, /* "https://dynamodb-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 6 */ {85, AWSC_EP_NONE, 0, 0}, /* "https://search-dynamodb-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 7 */ {86, AWSC_EP_NONE, 0, 0}, /* "https://dynamodb-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 8 */ {88, AWSC_EP_NONE, 0, 0}, /* "https://search-dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 9 */ {89, AWSC_EP_NONE, 0, 0}, /* "https://dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 10 */ {92, 6, 0, 0}, /* "https://{ParsedArn#accountId}.search-ddb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 11 */ {95, 9, 0, 0}, /* "https://{ParsedArn#accountId}.ddb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 12 */ {98, 12, 0, 0}, /* "https://{AccountId}.search-ddb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 13 */ {99, 15, 0, 0}, /* "https://{AccountId}.ddb.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 14 */ {102, 18, 0, 0}, /* "https://{ParsedArn#accountId}.search-ddb.{Region}.{PartitionResult#dnsSuffix}" */
        /* 15 */ {103, 21, 0, 0}, /* "https://{ParsedArn#accountId}.ddb.{Region}.{PartitionResult#dnsSuffix}" */
        /* 16 */ {104, 24, 0, 0}, /* "https://{AccountId}.search-ddb.{Region}.{PartitionResult#dnsSuffix}" */
        /* 17 */ {105, 27, 0, 0}, /* "https://{AccountId}.ddb.{Region}.{PartitionResult#dnsSuffix}" */
    },
    /* Properties: key, first item or value, count, type. */
    .props = {
        /* 0 */ {AWSC_EP_NONE, 1, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 1 */ {831, 2, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 2 */ {AWSC_EP_NONE, 3, 3, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 3 */ {843, 70, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 4 */ {867, 71, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 5 */ {878, 42, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 6 */ {AWSC_EP_NONE, 7, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 7 */ {1303, 8, 1, AWSC_EP_PROP_ARRAY}, /* metricValues */
        /* 8 */ {AWSC_EP_NONE, 93, 0, AWSC_EP_PROP_STRING}, /* [] */
        /* 9 */ {AWSC_EP_NONE, 10, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 10 */ {1303, 11, 1, AWSC_EP_PROP_ARRAY}, /* metricValues */
        /* 11 */ {AWSC_EP_NONE, 93, 0, AWSC_EP_PROP_STRING}, /* [] */
        /* 12 */ {AWSC_EP_NONE, 13, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 13 */ {1303, 14, 1, AWSC_EP_PROP_ARRAY}, /* metricValues */
        /* 14 */ {AWSC_EP_NONE, 93, 0, AWSC_EP_PROP_STRING}, /* [] */
        /* 15 */ {AWSC_EP_NONE, 16, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 16 */ {1303, 17, 1, AWSC_EP_PROP_ARRAY}, /* metricValues */
        /* 17 */ {AWSC_EP_NONE, 93, 0, AWSC_EP_PROP_STRING}, /* [] */
        /* 18 */ {AWSC_EP_NONE, 19, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 19 */ {1303, 20, 1, AWSC_EP_PROP_ARRAY}, /* metricValues */
        /* 20 */ {AWSC_EP_NONE, 93, 0, AWSC_EP_PROP_STRING}, /* [] */
        /* 21 */ {AWSC_EP_NONE, 22, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 22 */ {1303, 23, 1, AWSC_EP_PROP_ARRAY}, /* metricValues */
        /* 23 */ {AWSC_EP_NONE, 93, 0, AWSC_EP_PROP_STRING}, /* [] */
        /* 24 */ {AWSC_EP_NONE, 25, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 25 */ {1303, 26, 1, AWSC_EP_PROP_ARRAY}, /* metricValues */
        /* 26 */ {AWSC_EP_NONE, 93, 0, AWSC_EP_PROP_STRING}, /* [] */
        /* 27 */ {AWSC_EP_NONE, 28, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 28 */ {1303, 29, 1, AWSC_EP_PROP_ARRAY}, /* metricValues */
        /* 29 */ {AWSC_EP_NONE, 93, 0, AWSC_EP_PROP_STRING}, /* [] */
    },
    .strings =
        /*     0 */ "dynamodb\0"
        /*     9 */ "Region\0"
        /*    16 */ "UseDualStack\0"
        /*    29 */ "UseFIPS\0"
        /*    37 */ "Endpoint\0"
        /*    46 */ "AccountId\0"
        /*    56 */ "AccountIdEndpointMode\0"
        /*    78 */ "ResourceArn\0"
        /*    90 */ "ResourceArnList\0"
        /*   106 */ "IsSearchOperation\0"
        /*   124 */ "PartitionResult\0"
        /*   140 */ "parsedEndpoint\0"
        /*   155 */ "Invalid Configuration: Missing Region\0"
        /*   193 */ "Invalid Configuration: FIPS and custom endpoint are not supported\0"
        /*   259 */ "Invalid Configuration: Dualstack and custom endpoint are not supported\0"
        /*   330 */ "dynamodb.\0"
        /*   340 */ ".\0"
        /*   342 */ "Endpoint override is not supported for dual-stack endpoints. Please enable dual-stack functionality by enabling the configuration. For more details, see: https://docs.aws.amazon.com/sdkref/latest/guide/feature-endpoints.html\0"
        /*   567 */ "search-dynamodb.\0"
        /*   584 */ "local\0"
        /*   590 */ "disabled\0"
        /*   599 */ "aws\0"
        /*   603 */ "ParsedArn\0"
        /*   613 */ "FirstArn\0"
        /*   622 */ "required\0"
        /*   631 */ "https://search-dynamodb.\0"
        /*   656 */ "https://dynamodb.\0"
        /*   674 */ "Invalid Configuration: FIPS and local endpoint are not supported\0"
        /*   739 */ "Invalid Configuration: Dualstack and local endpoint are not supported\0"
        /*   809 */ "http://localhost:8000\0"
        /*   831 */ "authSchemes\0"
        /*   843 */ "signingRegion\0"
        /*   857 */ "us-east-1\0"
        /*   867 */ "name\0"
        /*   872 */ "sigv4\0"
        /*   878 */ "signingName\0"
        /*   890 */ "FIPS and DualStack are enabled, but this partition does not support one or both\0"
        /*   970 */ "https://search-dynamodb-fips.\0"
        /*  1000 */ "https://dynamodb-fips.\0"
        /*  1023 */ "Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints are not supported\0"
        /*  1146 */ "FIPS is enabled but this partition does not support FIPS\0"
        /*  1203 */ "aws-us-gov\0"
        /*  1214 */ "DualStack is enabled but this partition does not support DualStack\0"
        /*  1281 */ "https://\0"
        /*  1290 */ ".search-ddb.\0"
        /*  1303 */ "metricValues\0"
        /*  1316 */ "O\0"
        /*  1318 */ ".ddb.\0"
        /*  1324 */ "Credentials-sourced account ID parameter is invalid\0"
        /*  1376 */ "Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this partition\0"
        /*  1491 */ "AccountIdEndpointMode is required but no AccountID was provided or able to be loaded",
};
#undef RULES_REF
#undef RULES
extern const struct awsc_ruleset awsc__dynamodb_ruleset __attribute__((alias("awsc__dynamodb_rules")));
