/*
 * s3_endpoints.c - the endpoint rule set of S3, compiled
 * into the tables of <awsc/endpoint.h> that runtime/endpoint walks.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/endpoint.h>
#include <awsc/s3.h>

/* The strings are one literal; it passes the 4095 characters ISO C
 * requires compilers to take (GCC and Clang take any length). */
#pragma GCC diagnostic ignored "-Woverlength-strings"

/* The endpoint rule set of s3 in one object. */
struct awsc__s3_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[17];
    uint16_t slots[36];
    struct awsc_ep_rule rules[389];
    struct awsc_ep_cond conds[742];
    struct awsc_ep_expr exprs[382];
    uint16_t args[595];
    struct awsc_ep_endpoint endpoints[78];
    struct awsc_ep_prop props[604];
    char strings[4325];
};
#define RULES awsc__s3_rules
#define RULES_REF(field, target) AWSC_REF(RULES.field, RULES.target)
static const struct awsc__s3_rules RULES = {
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
        .service = 0, /* s3 */
        .global_region = 3, /* aws-global */
        .param_count = 17,
        .slot_count = 36,
        .rule_count = 2,
        .flags = AWSC_EP_RS_S3,
    },
    /* Parameters: name, default string (a stringArray's: the first in
     * defaults), default count, type, built-in, flags, default boolean. */
    .params = {
        {14, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_NONE, 0, false}, /* Bucket */
        {21, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_REGION, 0, false}, /* Region */
        {28, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_FIPS, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseFIPS */
        {36, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_DUAL_STACK, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseDualStack */
        {49, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ENDPOINT, 0, false}, /* Endpoint */
        {58, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_S3_FORCE_PATH_STYLE, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT | AWSC_EP_PF_CLIENT_CONTEXT, false}, /* ForcePathStyle */
        {73, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_S3_ACCELERATE, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT | AWSC_EP_PF_CLIENT_CONTEXT, false}, /* Accelerate */
        {84, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_S3_USE_GLOBAL_ENDPOINT, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseGlobalEndpoint */
        {102, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_NONE, 0, false}, /* UseObjectLambdaEndpoint */
        {126, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_NONE, AWSC_EP_PF_UNUSED, false}, /* Key */
        {130, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_NONE, AWSC_EP_PF_UNUSED, false}, /* Prefix */
        {137, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_NONE, AWSC_EP_PF_UNUSED, false}, /* CopySource */
        {148, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_NONE, 0, false}, /* DisableAccessPoints */
        {168, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_S3_DISABLE_MRAP, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT | AWSC_EP_PF_CLIENT_CONTEXT, false}, /* DisableMultiRegionAccessPoints */
        {199, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_S3_USE_ARN_REGION, AWSC_EP_PF_CLIENT_CONTEXT, false}, /* UseArnRegion */
        {212, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_NONE, 0, false}, /* UseS3ExpressControlEndpoint */
        {240, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_NONE, AWSC_EP_PF_CLIENT_CONTEXT, false}, /* DisableS3ExpressSessionAuth */
    },
    /* The slots' names: parameters, then the variables the rules assign. */
    .slots = {
        14, /* 0: Bucket */
        21, /* 1: Region */
        28, /* 2: UseFIPS */
        36, /* 3: UseDualStack */
        49, /* 4: Endpoint */
        58, /* 5: ForcePathStyle */
        73, /* 6: Accelerate */
        84, /* 7: UseGlobalEndpoint */
        102, /* 8: UseObjectLambdaEndpoint */
        126, /* 9: Key */
        130, /* 10: Prefix */
        137, /* 11: CopySource */
        148, /* 12: DisableAccessPoints */
        168, /* 13: DisableMultiRegionAccessPoints */
        199, /* 14: UseArnRegion */
        212, /* 15: UseS3ExpressControlEndpoint */
        240, /* 16: DisableS3ExpressSessionAuth */
        518, /* 17: partitionResult */
        573, /* 18: bucketSuffix */
        593, /* 19: accessPointSuffix */
        619, /* 20: hardwareType */
        632, /* 21: regionPrefix */
        645, /* 22: bucketAliasSuffix */
        663, /* 23: outpostId */
        673, /* 24: regionPartition */
        739, /* 25: url */
        803, /* 26: uri_encoded_bucket */
        1083, /* 27: s3expressAvailabilityZoneId */
        1111, /* 28: s3expressAvailabilityZoneDelim */
        1638, /* 29: bucketArn */
        1648, /* 30: arnPrefix */
        2060, /* 31: arnType */
        2264, /* 32: accessPointName */
        2764, /* 33: bucketPartition */
        3521, /* 34: mrapPartition */
        3891, /* 35: outpostType */
    },
    /* Rules: type, condition count, first condition, then a tree's first
     * child and child count, an endpoint's index, or an error's message. */
    .rules = {
        /* 0 */ {AWSC_EP_RULE_TREE, 1, 0, 2, 12}, /* isSet(Region) */
        /* 1 */ {AWSC_EP_RULE_ERROR, 0, 1, 2, 0}, /* always */
        /* 2 */ {AWSC_EP_RULE_ERROR, 2, 1, 8, 0}, /* booleanEquals(Accelerate, true) && booleanEquals(UseFIPS, true) */
        /* 3 */ {AWSC_EP_RULE_ERROR, 2, 3, 13, 0}, /* booleanEquals(UseDualStack, true) && isSet(Endpoint) */
        /* 4 */ {AWSC_EP_RULE_ERROR, 2, 5, 14, 0}, /* isSet(Endpoint) && booleanEquals(UseFIPS, true) */
        /* 5 */ {AWSC_EP_RULE_ERROR, 2, 7, 15, 0}, /* isSet(Endpoint) && booleanEquals(Accelerate, true) */
        /* 6 */ {AWSC_EP_RULE_ERROR, 3, 9, 21, 0}, /* booleanEquals(UseFIPS, true) && partitionResult = aws.partition(Region) && stringEqual ... */
        /* 7 */ {AWSC_EP_RULE_TREE, 3, 12, 14, 5}, /* isSet(Bucket) && bucketSuffix = substring(Bucket, 0, 6, true) && stringEquals(bucketSu ... */
        /* 8 */ {AWSC_EP_RULE_TREE, 3, 15, 92, 4}, /* isSet(Bucket) && accessPointSuffix = substring(Bucket, 0, 7, true) && stringEquals(acc ... */
        /* 9 */ {AWSC_EP_RULE_TREE, 3, 18, 163, 1}, /* not(isSet(Bucket)) && isSet(UseS3ExpressControlEndpoint) && booleanEquals(UseS3Express ... */
        /* 10 */ {AWSC_EP_RULE_TREE, 7, 21, 169, 2}, /* isSet(Bucket) && hardwareType = substring(Bucket, 49, 50, true) && regionPrefix = subs ... */
        /* 11 */ {AWSC_EP_RULE_TREE, 1, 28, 184, 7}, /* isSet(Bucket) */
        /* 12 */ {AWSC_EP_RULE_TREE, 2, 29, 356, 1}, /* isSet(UseObjectLambdaEndpoint) && booleanEquals(UseObjectLambdaEndpoint, true) */
        /* 13 */ {AWSC_EP_RULE_TREE, 1, 31, 364, 1}, /* not(isSet(Bucket)) */
        /* 14 */ {AWSC_EP_RULE_ERROR, 1, 32, 53, 0}, /* booleanEquals(Accelerate, true) */
        /* 15 */ {AWSC_EP_RULE_TREE, 2, 33, 19, 4}, /* isSet(Endpoint) && url = parseURL(Endpoint) */
        /* 16 */ {AWSC_EP_RULE_TREE, 2, 35, 32, 1}, /* isSet(UseS3ExpressControlEndpoint) && booleanEquals(UseS3ExpressControlEndpoint, true) */
        /* 17 */ {AWSC_EP_RULE_TREE, 1, 37, 38, 1}, /* aws.isVirtualHostableS3Bucket(Bucket, false) */
        /* 18 */ {AWSC_EP_RULE_ERROR, 0, 38, 57, 0}, /* always */
        /* 19 */ {AWSC_EP_RULE_TREE, 2, 38, 23, 3}, /* isSet(DisableS3ExpressSessionAuth) && booleanEquals(DisableS3ExpressSessionAuth, true) */
        /* 20 */ {AWSC_EP_RULE_TREE, 1, 40, 29, 1}, /* booleanEquals(url#isIp, true) */
        /* 21 */ {AWSC_EP_RULE_TREE, 1, 41, 31, 1}, /* aws.isVirtualHostableS3Bucket(Bucket, false) */
        /* 22 */ {AWSC_EP_RULE_ERROR, 0, 42, 57, 0}, /* always */
        /* 23 */ {AWSC_EP_RULE_TREE, 1, 42, 26, 1}, /* booleanEquals(url#isIp, true) */
        /* 24 */ {AWSC_EP_RULE_TREE, 1, 43, 28, 1}, /* aws.isVirtualHostableS3Bucket(Bucket, false) */
        /* 25 */ {AWSC_EP_RULE_ERROR, 0, 44, 57, 0}, /* always */
        /* 26 */ {AWSC_EP_RULE_TREE, 1, 44, 27, 1}, /* uri_encoded_bucket = uriEncode(Bucket) */
        /* 27 */ {AWSC_EP_RULE_ENDPOINT, 0, 45, 0, 0}, /* always */
        /* 28 */ {AWSC_EP_RULE_ENDPOINT, 0, 45, 1, 0}, /* always */
        /* 29 */ {AWSC_EP_RULE_TREE, 1, 45, 30, 1}, /* uri_encoded_bucket = uriEncode(Bucket) */
        /* 30 */ {AWSC_EP_RULE_ENDPOINT, 0, 46, 2, 0}, /* always */
        /* 31 */ {AWSC_EP_RULE_ENDPOINT, 0, 46, 3, 0}, /* always */
        /* 32 */ {AWSC_EP_RULE_TREE, 1, 46, 33, 1}, /* partitionResult = aws.partition(Region) */
        /* 33 */ {AWSC_EP_RULE_TREE, 2, 47, 34, 4}, /* uri_encoded_bucket = uriEncode(Bucket) && not(isSet(Endpoint)) */
        /* 34 */ {AWSC_EP_RULE_ENDPOINT, 2, 49, 4, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 35 */ {AWSC_EP_RULE_ENDPOINT, 2, 51, 5, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 36 */ {AWSC_EP_RULE_ENDPOINT, 2, 53, 6, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 37 */ {AWSC_EP_RULE_ENDPOINT, 2, 55, 7, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) */
        /* 38 */ {AWSC_EP_RULE_TREE, 1, 57, 39, 7}, /* partitionResult = aws.partition(Region) */
        /* 39 */ {AWSC_EP_RULE_TREE, 2, 58, 46, 6}, /* isSet(DisableS3ExpressSessionAuth) && booleanEquals(DisableS3ExpressSessionAuth, true) */
        /* 40 */ {AWSC_EP_RULE_TREE, 3, 60, 72, 4}, /* s3expressAvailabilityZoneId = substring(Bucket, 6, 14, true) && s3expressAvailabilityZ ... */
        /* 41 */ {AWSC_EP_RULE_TREE, 3, 63, 76, 4}, /* s3expressAvailabilityZoneId = substring(Bucket, 6, 15, true) && s3expressAvailabilityZ ... */
        /* 42 */ {AWSC_EP_RULE_TREE, 3, 66, 80, 4}, /* s3expressAvailabilityZoneId = substring(Bucket, 6, 19, true) && s3expressAvailabilityZ ... */
        /* 43 */ {AWSC_EP_RULE_TREE, 3, 69, 84, 4}, /* s3expressAvailabilityZoneId = substring(Bucket, 6, 20, true) && s3expressAvailabilityZ ... */
        /* 44 */ {AWSC_EP_RULE_TREE, 3, 72, 88, 4}, /* s3expressAvailabilityZoneId = substring(Bucket, 6, 26, true) && s3expressAvailabilityZ ... */
        /* 45 */ {AWSC_EP_RULE_ERROR, 0, 75, 113, 0}, /* always */
        /* 46 */ {AWSC_EP_RULE_TREE, 3, 75, 52, 4}, /* s3expressAvailabilityZoneId = substring(Bucket, 6, 14, true) && s3expressAvailabilityZ ... */
        /* 47 */ {AWSC_EP_RULE_TREE, 3, 78, 56, 4}, /* s3expressAvailabilityZoneId = substring(Bucket, 6, 15, true) && s3expressAvailabilityZ ... */
        /* 48 */ {AWSC_EP_RULE_TREE, 3, 81, 60, 4}, /* s3expressAvailabilityZoneId = substring(Bucket, 6, 19, true) && s3expressAvailabilityZ ... */
        /* 49 */ {AWSC_EP_RULE_TREE, 3, 84, 64, 4}, /* s3expressAvailabilityZoneId = substring(Bucket, 6, 20, true) && s3expressAvailabilityZ ... */
        /* 50 */ {AWSC_EP_RULE_TREE, 3, 87, 68, 4}, /* s3expressAvailabilityZoneId = substring(Bucket, 6, 26, true) && s3expressAvailabilityZ ... */
        /* 51 */ {AWSC_EP_RULE_ERROR, 0, 90, 113, 0}, /* always */
        /* 52 */ {AWSC_EP_RULE_ENDPOINT, 2, 90, 8, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 53 */ {AWSC_EP_RULE_ENDPOINT, 2, 92, 9, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 54 */ {AWSC_EP_RULE_ENDPOINT, 2, 94, 10, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 55 */ {AWSC_EP_RULE_ENDPOINT, 2, 96, 11, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) */
        /* 56 */ {AWSC_EP_RULE_ENDPOINT, 2, 98, 8, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 57 */ {AWSC_EP_RULE_ENDPOINT, 2, 100, 9, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 58 */ {AWSC_EP_RULE_ENDPOINT, 2, 102, 10, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 59 */ {AWSC_EP_RULE_ENDPOINT, 2, 104, 11, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) */
        /* 60 */ {AWSC_EP_RULE_ENDPOINT, 2, 106, 8, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 61 */ {AWSC_EP_RULE_ENDPOINT, 2, 108, 9, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 62 */ {AWSC_EP_RULE_ENDPOINT, 2, 110, 10, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 63 */ {AWSC_EP_RULE_ENDPOINT, 2, 112, 11, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) */
        /* 64 */ {AWSC_EP_RULE_ENDPOINT, 2, 114, 8, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 65 */ {AWSC_EP_RULE_ENDPOINT, 2, 116, 9, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 66 */ {AWSC_EP_RULE_ENDPOINT, 2, 118, 10, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 67 */ {AWSC_EP_RULE_ENDPOINT, 2, 120, 11, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) */
        /* 68 */ {AWSC_EP_RULE_ENDPOINT, 2, 122, 8, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 69 */ {AWSC_EP_RULE_ENDPOINT, 2, 124, 9, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 70 */ {AWSC_EP_RULE_ENDPOINT, 2, 126, 10, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 71 */ {AWSC_EP_RULE_ENDPOINT, 2, 128, 11, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) */
        /* 72 */ {AWSC_EP_RULE_ENDPOINT, 2, 130, 12, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 73 */ {AWSC_EP_RULE_ENDPOINT, 2, 132, 13, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 74 */ {AWSC_EP_RULE_ENDPOINT, 2, 134, 14, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 75 */ {AWSC_EP_RULE_ENDPOINT, 2, 136, 15, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) */
        /* 76 */ {AWSC_EP_RULE_ENDPOINT, 2, 138, 12, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 77 */ {AWSC_EP_RULE_ENDPOINT, 2, 140, 13, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 78 */ {AWSC_EP_RULE_ENDPOINT, 2, 142, 14, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 79 */ {AWSC_EP_RULE_ENDPOINT, 2, 144, 15, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) */
        /* 80 */ {AWSC_EP_RULE_ENDPOINT, 2, 146, 12, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 81 */ {AWSC_EP_RULE_ENDPOINT, 2, 148, 13, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 82 */ {AWSC_EP_RULE_ENDPOINT, 2, 150, 14, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 83 */ {AWSC_EP_RULE_ENDPOINT, 2, 152, 15, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) */
        /* 84 */ {AWSC_EP_RULE_ENDPOINT, 2, 154, 12, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 85 */ {AWSC_EP_RULE_ENDPOINT, 2, 156, 13, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 86 */ {AWSC_EP_RULE_ENDPOINT, 2, 158, 14, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 87 */ {AWSC_EP_RULE_ENDPOINT, 2, 160, 15, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) */
        /* 88 */ {AWSC_EP_RULE_ENDPOINT, 2, 162, 12, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 89 */ {AWSC_EP_RULE_ENDPOINT, 2, 164, 13, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 90 */ {AWSC_EP_RULE_ENDPOINT, 2, 166, 14, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 91 */ {AWSC_EP_RULE_ENDPOINT, 2, 168, 15, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) */
        /* 92 */ {AWSC_EP_RULE_ERROR, 1, 170, 53, 0}, /* booleanEquals(Accelerate, true) */
        /* 93 */ {AWSC_EP_RULE_TREE, 2, 171, 96, 4}, /* isSet(Endpoint) && url = parseURL(Endpoint) */
        /* 94 */ {AWSC_EP_RULE_TREE, 1, 173, 109, 1}, /* aws.isVirtualHostableS3Bucket(Bucket, false) */
        /* 95 */ {AWSC_EP_RULE_ERROR, 0, 174, 57, 0}, /* always */
        /* 96 */ {AWSC_EP_RULE_TREE, 2, 174, 100, 3}, /* isSet(DisableS3ExpressSessionAuth) && booleanEquals(DisableS3ExpressSessionAuth, true) */
        /* 97 */ {AWSC_EP_RULE_TREE, 1, 176, 106, 1}, /* booleanEquals(url#isIp, true) */
        /* 98 */ {AWSC_EP_RULE_TREE, 1, 177, 108, 1}, /* aws.isVirtualHostableS3Bucket(Bucket, false) */
        /* 99 */ {AWSC_EP_RULE_ERROR, 0, 178, 57, 0}, /* always */
        /* 100 */ {AWSC_EP_RULE_TREE, 1, 178, 103, 1}, /* booleanEquals(url#isIp, true) */
        /* 101 */ {AWSC_EP_RULE_TREE, 1, 179, 105, 1}, /* aws.isVirtualHostableS3Bucket(Bucket, false) */
        /* 102 */ {AWSC_EP_RULE_ERROR, 0, 180, 57, 0}, /* always */
        /* 103 */ {AWSC_EP_RULE_TREE, 1, 180, 104, 1}, /* uri_encoded_bucket = uriEncode(Bucket) */
        /* 104 */ {AWSC_EP_RULE_ENDPOINT, 0, 181, 0, 0}, /* always */
        /* 105 */ {AWSC_EP_RULE_ENDPOINT, 0, 181, 1, 0}, /* always */
        /* 106 */ {AWSC_EP_RULE_TREE, 1, 181, 107, 1}, /* uri_encoded_bucket = uriEncode(Bucket) */
        /* 107 */ {AWSC_EP_RULE_ENDPOINT, 0, 182, 2, 0}, /* always */
        /* 108 */ {AWSC_EP_RULE_ENDPOINT, 0, 182, 3, 0}, /* always */
        /* 109 */ {AWSC_EP_RULE_TREE, 1, 182, 110, 7}, /* partitionResult = aws.partition(Region) */
        /* 110 */ {AWSC_EP_RULE_TREE, 2, 183, 117, 6}, /* isSet(DisableS3ExpressSessionAuth) && booleanEquals(DisableS3ExpressSessionAuth, true) */
        /* 111 */ {AWSC_EP_RULE_TREE, 3, 185, 143, 4}, /* s3expressAvailabilityZoneId = substring(Bucket, 7, 15, true) && s3expressAvailabilityZ ... */
        /* 112 */ {AWSC_EP_RULE_TREE, 3, 188, 147, 4}, /* s3expressAvailabilityZoneId = substring(Bucket, 7, 16, true) && s3expressAvailabilityZ ... */
        /* 113 */ {AWSC_EP_RULE_TREE, 3, 191, 151, 4}, /* s3expressAvailabilityZoneId = substring(Bucket, 7, 20, true) && s3expressAvailabilityZ ... */
        /* 114 */ {AWSC_EP_RULE_TREE, 3, 194, 155, 4}, /* s3expressAvailabilityZoneId = substring(Bucket, 7, 21, true) && s3expressAvailabilityZ ... */
        /* 115 */ {AWSC_EP_RULE_TREE, 3, 197, 159, 4}, /* s3expressAvailabilityZoneId = substring(Bucket, 7, 27, true) && s3expressAvailabilityZ ... */
        /* 116 */ {AWSC_EP_RULE_ERROR, 0, 200, 113, 0}, /* always */
        /* 117 */ {AWSC_EP_RULE_TREE, 3, 200, 123, 4}, /* s3expressAvailabilityZoneId = substring(Bucket, 7, 15, true) && s3expressAvailabilityZ ... */
        /* 118 */ {AWSC_EP_RULE_TREE, 3, 203, 127, 4}, /* s3expressAvailabilityZoneId = substring(Bucket, 7, 16, true) && s3expressAvailabilityZ ... */
        /* 119 */ {AWSC_EP_RULE_TREE, 3, 206, 131, 4}, /* s3expressAvailabilityZoneId = substring(Bucket, 7, 20, true) && s3expressAvailabilityZ ... */
        /* 120 */ {AWSC_EP_RULE_TREE, 3, 209, 135, 4}, /* s3expressAvailabilityZoneId = substring(Bucket, 7, 21, true) && s3expressAvailabilityZ ... */
        /* 121 */ {AWSC_EP_RULE_TREE, 3, 212, 139, 4}, /* s3expressAvailabilityZoneId = substring(Bucket, 7, 27, true) && s3expressAvailabilityZ ... */
        /* 122 */ {AWSC_EP_RULE_ERROR, 0, 215, 113, 0}, /* always */
        /* 123 */ {AWSC_EP_RULE_ENDPOINT, 2, 215, 8, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 124 */ {AWSC_EP_RULE_ENDPOINT, 2, 217, 9, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 125 */ {AWSC_EP_RULE_ENDPOINT, 2, 219, 10, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 126 */ {AWSC_EP_RULE_ENDPOINT, 2, 221, 11, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) */
        /* 127 */ {AWSC_EP_RULE_ENDPOINT, 2, 223, 8, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 128 */ {AWSC_EP_RULE_ENDPOINT, 2, 225, 9, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 129 */ {AWSC_EP_RULE_ENDPOINT, 2, 227, 10, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 130 */ {AWSC_EP_RULE_ENDPOINT, 2, 229, 11, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) */
        /* 131 */ {AWSC_EP_RULE_ENDPOINT, 2, 231, 8, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 132 */ {AWSC_EP_RULE_ENDPOINT, 2, 233, 9, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 133 */ {AWSC_EP_RULE_ENDPOINT, 2, 235, 10, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 134 */ {AWSC_EP_RULE_ENDPOINT, 2, 237, 11, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) */
        /* 135 */ {AWSC_EP_RULE_ENDPOINT, 2, 239, 8, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 136 */ {AWSC_EP_RULE_ENDPOINT, 2, 241, 9, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 137 */ {AWSC_EP_RULE_ENDPOINT, 2, 243, 10, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 138 */ {AWSC_EP_RULE_ENDPOINT, 2, 245, 11, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) */
        /* 139 */ {AWSC_EP_RULE_ENDPOINT, 2, 247, 8, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 140 */ {AWSC_EP_RULE_ENDPOINT, 2, 249, 9, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 141 */ {AWSC_EP_RULE_ENDPOINT, 2, 251, 10, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 142 */ {AWSC_EP_RULE_ENDPOINT, 2, 253, 11, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) */
        /* 143 */ {AWSC_EP_RULE_ENDPOINT, 2, 255, 12, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 144 */ {AWSC_EP_RULE_ENDPOINT, 2, 257, 13, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 145 */ {AWSC_EP_RULE_ENDPOINT, 2, 259, 14, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 146 */ {AWSC_EP_RULE_ENDPOINT, 2, 261, 15, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) */
        /* 147 */ {AWSC_EP_RULE_ENDPOINT, 2, 263, 12, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 148 */ {AWSC_EP_RULE_ENDPOINT, 2, 265, 13, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 149 */ {AWSC_EP_RULE_ENDPOINT, 2, 267, 14, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 150 */ {AWSC_EP_RULE_ENDPOINT, 2, 269, 15, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) */
        /* 151 */ {AWSC_EP_RULE_ENDPOINT, 2, 271, 12, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 152 */ {AWSC_EP_RULE_ENDPOINT, 2, 273, 13, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 153 */ {AWSC_EP_RULE_ENDPOINT, 2, 275, 14, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 154 */ {AWSC_EP_RULE_ENDPOINT, 2, 277, 15, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) */
        /* 155 */ {AWSC_EP_RULE_ENDPOINT, 2, 279, 12, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 156 */ {AWSC_EP_RULE_ENDPOINT, 2, 281, 13, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 157 */ {AWSC_EP_RULE_ENDPOINT, 2, 283, 14, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 158 */ {AWSC_EP_RULE_ENDPOINT, 2, 285, 15, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) */
        /* 159 */ {AWSC_EP_RULE_ENDPOINT, 2, 287, 12, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 160 */ {AWSC_EP_RULE_ENDPOINT, 2, 289, 13, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 161 */ {AWSC_EP_RULE_ENDPOINT, 2, 291, 14, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 162 */ {AWSC_EP_RULE_ENDPOINT, 2, 293, 15, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) */
        /* 163 */ {AWSC_EP_RULE_TREE, 1, 295, 164, 5}, /* partitionResult = aws.partition(Region) */
        /* 164 */ {AWSC_EP_RULE_ENDPOINT, 2, 296, 16, 0}, /* isSet(Endpoint) && url = parseURL(Endpoint) */
        /* 165 */ {AWSC_EP_RULE_ENDPOINT, 2, 298, 17, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 166 */ {AWSC_EP_RULE_ENDPOINT, 2, 300, 18, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 167 */ {AWSC_EP_RULE_ENDPOINT, 2, 302, 19, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 168 */ {AWSC_EP_RULE_ENDPOINT, 2, 304, 20, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) */
        /* 169 */ {AWSC_EP_RULE_TREE, 1, 306, 171, 2}, /* isValidHostLabel(outpostId, false) */
        /* 170 */ {AWSC_EP_RULE_ERROR, 0, 307, 142, 0}, /* always */
        /* 171 */ {AWSC_EP_RULE_TREE, 1, 307, 173, 3}, /* aws.isVirtualHostableS3Bucket(Bucket, false) */
        /* 172 */ {AWSC_EP_RULE_ERROR, 0, 308, 143, 0}, /* always */
        /* 173 */ {AWSC_EP_RULE_TREE, 1, 308, 176, 2}, /* stringEquals(hardwareType, "e") */
        /* 174 */ {AWSC_EP_RULE_TREE, 1, 309, 180, 2}, /* stringEquals(hardwareType, "o") */
        /* 175 */ {AWSC_EP_RULE_ERROR, 0, 310, 151, 0}, /* always */
        /* 176 */ {AWSC_EP_RULE_TREE, 1, 310, 178, 2}, /* stringEquals(regionPrefix, "beta") */
        /* 177 */ {AWSC_EP_RULE_ENDPOINT, 0, 311, 21, 0}, /* always */
        /* 178 */ {AWSC_EP_RULE_ERROR, 1, 311, 162, 0}, /* not(isSet(Endpoint)) */
        /* 179 */ {AWSC_EP_RULE_ENDPOINT, 2, 312, 22, 0}, /* isSet(Endpoint) && url = parseURL(Endpoint) */
        /* 180 */ {AWSC_EP_RULE_TREE, 1, 314, 182, 2}, /* stringEquals(regionPrefix, "beta") */
        /* 181 */ {AWSC_EP_RULE_ENDPOINT, 0, 315, 23, 0}, /* always */
        /* 182 */ {AWSC_EP_RULE_ERROR, 1, 315, 162, 0}, /* not(isSet(Endpoint)) */
        /* 183 */ {AWSC_EP_RULE_ENDPOINT, 2, 316, 24, 0}, /* isSet(Endpoint) && url = parseURL(Endpoint) */
        /* 184 */ {AWSC_EP_RULE_ERROR, 2, 318, 173, 0}, /* isSet(Endpoint) && not(isSet(parseURL(Endpoint))) */
        /* 185 */ {AWSC_EP_RULE_TREE, 2, 320, 191, 1}, /* booleanEquals(ForcePathStyle, false) && aws.isVirtualHostableS3Bucket(Bucket, false) */
        /* 186 */ {AWSC_EP_RULE_TREE, 8, 322, 231, 1}, /* isSet(Endpoint) && url = parseURL(Endpoint) && stringEquals(url#scheme, "http") && aws ... */
        /* 187 */ {AWSC_EP_RULE_TREE, 2, 330, 235, 2}, /* booleanEquals(ForcePathStyle, false) && bucketArn = aws.parseArn(Bucket) */
        /* 188 */ {AWSC_EP_RULE_ERROR, 3, 332, 190, 0}, /* arnPrefix = substring(Bucket, 0, 4, false) && stringEquals(arnPrefix, "arn:") && not(i ... */
        /* 189 */ {AWSC_EP_RULE_ERROR, 2, 335, 192, 0}, /* booleanEquals(ForcePathStyle, true) && aws.parseArn(Bucket) */
        /* 190 */ {AWSC_EP_RULE_TREE, 1, 337, 331, 1}, /* uri_encoded_bucket = uriEncode(Bucket) */
        /* 191 */ {AWSC_EP_RULE_TREE, 1, 338, 192, 2}, /* partitionResult = aws.partition(Region) */
        /* 192 */ {AWSC_EP_RULE_TREE, 1, 339, 194, 25}, /* isValidHostLabel(Region, false) */
        /* 193 */ {AWSC_EP_RULE_ERROR, 0, 340, 194, 0}, /* always */
        /* 194 */ {AWSC_EP_RULE_ERROR, 2, 340, 195, 0}, /* booleanEquals(Accelerate, true) && stringEquals(partitionResult#name, "aws-cn") */
        /* 195 */ {AWSC_EP_RULE_ENDPOINT, 5, 342, 25, 0}, /* booleanEquals(UseDualStack, true) && booleanEquals(UseFIPS, true) && booleanEquals(Acc ... */
        /* 196 */ {AWSC_EP_RULE_TREE, 6, 347, 219, 1}, /* booleanEquals(UseDualStack, true) && booleanEquals(UseFIPS, true) && booleanEquals(Acc ... */
        /* 197 */ {AWSC_EP_RULE_ENDPOINT, 6, 353, 26, 0}, /* booleanEquals(UseDualStack, true) && booleanEquals(UseFIPS, true) && booleanEquals(Acc ... */
        /* 198 */ {AWSC_EP_RULE_ENDPOINT, 5, 359, 27, 0}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, true) && booleanEquals(Ac ... */
        /* 199 */ {AWSC_EP_RULE_TREE, 6, 364, 220, 1}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, true) && booleanEquals(Ac ... */
        /* 200 */ {AWSC_EP_RULE_ENDPOINT, 6, 370, 28, 0}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, true) && booleanEquals(Ac ... */
        /* 201 */ {AWSC_EP_RULE_ENDPOINT, 5, 376, 29, 0}, /* booleanEquals(UseDualStack, true) && booleanEquals(UseFIPS, false) && booleanEquals(Ac ... */
        /* 202 */ {AWSC_EP_RULE_TREE, 6, 381, 221, 1}, /* booleanEquals(UseDualStack, true) && booleanEquals(UseFIPS, false) && booleanEquals(Ac ... */
        /* 203 */ {AWSC_EP_RULE_ENDPOINT, 6, 387, 30, 0}, /* booleanEquals(UseDualStack, true) && booleanEquals(UseFIPS, false) && booleanEquals(Ac ... */
        /* 204 */ {AWSC_EP_RULE_ENDPOINT, 5, 393, 31, 0}, /* booleanEquals(UseDualStack, true) && booleanEquals(UseFIPS, false) && booleanEquals(Ac ... */
        /* 205 */ {AWSC_EP_RULE_TREE, 6, 398, 222, 1}, /* booleanEquals(UseDualStack, true) && booleanEquals(UseFIPS, false) && booleanEquals(Ac ... */
        /* 206 */ {AWSC_EP_RULE_ENDPOINT, 6, 404, 32, 0}, /* booleanEquals(UseDualStack, true) && booleanEquals(UseFIPS, false) && booleanEquals(Ac ... */
        /* 207 */ {AWSC_EP_RULE_ENDPOINT, 7, 410, 33, 0}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
        /* 208 */ {AWSC_EP_RULE_ENDPOINT, 7, 417, 34, 0}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
        /* 209 */ {AWSC_EP_RULE_TREE, 8, 424, 223, 2}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
        /* 210 */ {AWSC_EP_RULE_TREE, 8, 432, 225, 2}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
        /* 211 */ {AWSC_EP_RULE_ENDPOINT, 8, 440, 35, 0}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
        /* 212 */ {AWSC_EP_RULE_ENDPOINT, 8, 448, 36, 0}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
        /* 213 */ {AWSC_EP_RULE_ENDPOINT, 5, 456, 37, 0}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
        /* 214 */ {AWSC_EP_RULE_TREE, 6, 461, 227, 2}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
        /* 215 */ {AWSC_EP_RULE_ENDPOINT, 6, 467, 38, 0}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
        /* 216 */ {AWSC_EP_RULE_ENDPOINT, 5, 473, 39, 0}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
        /* 217 */ {AWSC_EP_RULE_TREE, 6, 478, 229, 2}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
        /* 218 */ {AWSC_EP_RULE_ENDPOINT, 6, 484, 40, 0}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
        /* 219 */ {AWSC_EP_RULE_ENDPOINT, 0, 490, 26, 0}, /* always */
        /* 220 */ {AWSC_EP_RULE_ENDPOINT, 0, 490, 28, 0}, /* always */
        /* 221 */ {AWSC_EP_RULE_ENDPOINT, 0, 490, 30, 0}, /* always */
        /* 222 */ {AWSC_EP_RULE_ENDPOINT, 0, 490, 32, 0}, /* always */
        /* 223 */ {AWSC_EP_RULE_ENDPOINT, 1, 490, 35, 0}, /* stringEquals(Region, "us-east-1") */
        /* 224 */ {AWSC_EP_RULE_ENDPOINT, 0, 491, 35, 0}, /* always */
        /* 225 */ {AWSC_EP_RULE_ENDPOINT, 1, 491, 36, 0}, /* stringEquals(Region, "us-east-1") */
        /* 226 */ {AWSC_EP_RULE_ENDPOINT, 0, 492, 36, 0}, /* always */
        /* 227 */ {AWSC_EP_RULE_ENDPOINT, 1, 492, 38, 0}, /* stringEquals(Region, "us-east-1") */
        /* 228 */ {AWSC_EP_RULE_ENDPOINT, 0, 493, 38, 0}, /* always */
        /* 229 */ {AWSC_EP_RULE_ENDPOINT, 1, 493, 41, 0}, /* stringEquals(Region, "us-east-1") */
        /* 230 */ {AWSC_EP_RULE_ENDPOINT, 0, 494, 40, 0}, /* always */
        /* 231 */ {AWSC_EP_RULE_TREE, 1, 494, 232, 2}, /* partitionResult = aws.partition(Region) */
        /* 232 */ {AWSC_EP_RULE_TREE, 1, 495, 234, 1}, /* isValidHostLabel(Region, false) */
        /* 233 */ {AWSC_EP_RULE_ERROR, 0, 496, 194, 0}, /* always */
        /* 234 */ {AWSC_EP_RULE_ENDPOINT, 0, 496, 36, 0}, /* always */
        /* 235 */ {AWSC_EP_RULE_TREE, 2, 496, 237, 4}, /* arnType = bucketArn#resourceId[0] && not(stringEquals(arnType, "")) */
        /* 236 */ {AWSC_EP_RULE_ERROR, 0, 498, 235, 0}, /* always */
        /* 237 */ {AWSC_EP_RULE_TREE, 1, 498, 241, 2}, /* stringEquals(bucketArn#service, "s3-object-lambda") */
        /* 238 */ {AWSC_EP_RULE_TREE, 1, 499, 267, 2}, /* stringEquals(arnType, "accesspoint") */
        /* 239 */ {AWSC_EP_RULE_TREE, 1, 500, 304, 6}, /* stringEquals(bucketArn#service, "s3-outposts") */
        /* 240 */ {AWSC_EP_RULE_ERROR, 0, 501, 245, 0}, /* always */
        /* 241 */ {AWSC_EP_RULE_TREE, 1, 501, 243, 2}, /* stringEquals(arnType, "accesspoint") */
        /* 242 */ {AWSC_EP_RULE_ERROR, 0, 502, 248, 0}, /* always */
        /* 243 */ {AWSC_EP_RULE_TREE, 2, 502, 245, 4}, /* accessPointName = bucketArn#resourceId[1] && not(stringEquals(accessPointName, "")) */
        /* 244 */ {AWSC_EP_RULE_ERROR, 0, 504, 253, 0}, /* always */
        /* 245 */ {AWSC_EP_RULE_ERROR, 1, 504, 254, 0}, /* booleanEquals(UseDualStack, true) */
        /* 246 */ {AWSC_EP_RULE_ERROR, 1, 505, 255, 0}, /* booleanEquals(Accelerate, true) */
        /* 247 */ {AWSC_EP_RULE_TREE, 1, 506, 249, 3}, /* not(stringEquals(bucketArn#region, "")) */
        /* 248 */ {AWSC_EP_RULE_ERROR, 0, 507, 259, 0}, /* always */
        /* 249 */ {AWSC_EP_RULE_ERROR, 2, 507, 263, 0}, /* isSet(DisableAccessPoints) && booleanEquals(DisableAccessPoints, true) */
        /* 250 */ {AWSC_EP_RULE_TREE, 1, 509, 252, 2}, /* not(isSet(bucketArn#resourceId[2])) */
        /* 251 */ {AWSC_EP_RULE_ERROR, 0, 510, 267, 0}, /* always */
        /* 252 */ {AWSC_EP_RULE_ERROR, 3, 510, 276, 0}, /* isSet(UseArnRegion) && booleanEquals(UseArnRegion, false) && not(stringEquals(bucketAr ... */
        /* 253 */ {AWSC_EP_RULE_TREE, 1, 513, 254, 1}, /* bucketPartition = aws.partition(bucketArn#region) */
        /* 254 */ {AWSC_EP_RULE_TREE, 1, 514, 255, 2}, /* partitionResult = aws.partition(Region) */
        /* 255 */ {AWSC_EP_RULE_TREE, 1, 515, 257, 2}, /* stringEquals(bucketPartition#name, partitionResult#name) */
        /* 256 */ {AWSC_EP_RULE_ERROR, 0, 516, 284, 0}, /* always */
        /* 257 */ {AWSC_EP_RULE_TREE, 1, 516, 259, 3}, /* isValidHostLabel(bucketArn#region, true) */
        /* 258 */ {AWSC_EP_RULE_ERROR, 0, 517, 288, 0}, /* always */
        /* 259 */ {AWSC_EP_RULE_ERROR, 1, 517, 291, 0}, /* stringEquals(bucketArn#accountId, "") */
        /* 260 */ {AWSC_EP_RULE_TREE, 1, 518, 262, 2}, /* isValidHostLabel(bucketArn#accountId, false) */
        /* 261 */ {AWSC_EP_RULE_ERROR, 0, 519, 294, 0}, /* always */
        /* 262 */ {AWSC_EP_RULE_TREE, 1, 519, 264, 3}, /* isValidHostLabel(accessPointName, false) */
        /* 263 */ {AWSC_EP_RULE_ERROR, 0, 520, 297, 0}, /* always */
        /* 264 */ {AWSC_EP_RULE_ENDPOINT, 2, 520, 42, 0}, /* isSet(Endpoint) && url = parseURL(Endpoint) */
        /* 265 */ {AWSC_EP_RULE_ENDPOINT, 1, 522, 43, 0}, /* booleanEquals(UseFIPS, true) */
        /* 266 */ {AWSC_EP_RULE_ENDPOINT, 0, 523, 44, 0}, /* always */
        /* 267 */ {AWSC_EP_RULE_TREE, 2, 523, 269, 3}, /* accessPointName = bucketArn#resourceId[1] && not(stringEquals(accessPointName, "")) */
        /* 268 */ {AWSC_EP_RULE_ERROR, 0, 525, 253, 0}, /* always */
        /* 269 */ {AWSC_EP_RULE_TREE, 1, 525, 272, 1}, /* not(stringEquals(bucketArn#region, "")) */
        /* 270 */ {AWSC_EP_RULE_TREE, 1, 526, 296, 5}, /* isValidHostLabel(accessPointName, true) */
        /* 271 */ {AWSC_EP_RULE_ERROR, 0, 527, 306, 0}, /* always */
        /* 272 */ {AWSC_EP_RULE_TREE, 1, 527, 273, 1}, /* stringEquals(arnType, "accesspoint") */
        /* 273 */ {AWSC_EP_RULE_TREE, 1, 528, 274, 3}, /* not(stringEquals(bucketArn#region, "")) */
        /* 274 */ {AWSC_EP_RULE_ERROR, 2, 529, 263, 0}, /* isSet(DisableAccessPoints) && booleanEquals(DisableAccessPoints, true) */
        /* 275 */ {AWSC_EP_RULE_TREE, 1, 531, 277, 2}, /* not(isSet(bucketArn#resourceId[2])) */
        /* 276 */ {AWSC_EP_RULE_ERROR, 0, 532, 267, 0}, /* always */
        /* 277 */ {AWSC_EP_RULE_ERROR, 3, 532, 276, 0}, /* isSet(UseArnRegion) && booleanEquals(UseArnRegion, false) && not(stringEquals(bucketAr ... */
        /* 278 */ {AWSC_EP_RULE_TREE, 1, 535, 279, 1}, /* bucketPartition = aws.partition(bucketArn#region) */
        /* 279 */ {AWSC_EP_RULE_TREE, 1, 536, 280, 2}, /* partitionResult = aws.partition(Region) */
        /* 280 */ {AWSC_EP_RULE_TREE, 1, 537, 282, 2}, /* stringEquals(bucketPartition#name, partitionResult#name) */
        /* 281 */ {AWSC_EP_RULE_ERROR, 0, 538, 284, 0}, /* always */
        /* 282 */ {AWSC_EP_RULE_TREE, 1, 538, 284, 2}, /* isValidHostLabel(bucketArn#region, true) */
        /* 283 */ {AWSC_EP_RULE_ERROR, 0, 539, 288, 0}, /* always */
        /* 284 */ {AWSC_EP_RULE_TREE, 1, 539, 286, 2}, /* stringEquals(bucketArn#service, "s3") */
        /* 285 */ {AWSC_EP_RULE_ERROR, 0, 540, 309, 0}, /* always */
        /* 286 */ {AWSC_EP_RULE_TREE, 1, 540, 288, 2}, /* isValidHostLabel(bucketArn#accountId, false) */
        /* 287 */ {AWSC_EP_RULE_ERROR, 0, 541, 294, 0}, /* always */
        /* 288 */ {AWSC_EP_RULE_TREE, 1, 541, 290, 6}, /* isValidHostLabel(accessPointName, false) */
        /* 289 */ {AWSC_EP_RULE_ERROR, 0, 542, 297, 0}, /* always */
        /* 290 */ {AWSC_EP_RULE_ERROR, 1, 542, 310, 0}, /* booleanEquals(Accelerate, true) */
        /* 291 */ {AWSC_EP_RULE_ENDPOINT, 2, 543, 45, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 292 */ {AWSC_EP_RULE_ENDPOINT, 2, 545, 46, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 293 */ {AWSC_EP_RULE_ENDPOINT, 2, 547, 47, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 294 */ {AWSC_EP_RULE_ENDPOINT, 4, 549, 48, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) && isSet(Endpoint) ... */
        /* 295 */ {AWSC_EP_RULE_ENDPOINT, 2, 553, 49, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) */
        /* 296 */ {AWSC_EP_RULE_ERROR, 1, 555, 319, 0}, /* booleanEquals(UseDualStack, true) */
        /* 297 */ {AWSC_EP_RULE_ERROR, 1, 556, 320, 0}, /* booleanEquals(UseFIPS, true) */
        /* 298 */ {AWSC_EP_RULE_ERROR, 1, 557, 321, 0}, /* booleanEquals(Accelerate, true) */
        /* 299 */ {AWSC_EP_RULE_ERROR, 1, 558, 324, 0}, /* booleanEquals(DisableMultiRegionAccessPoints, true) */
        /* 300 */ {AWSC_EP_RULE_TREE, 1, 559, 301, 2}, /* mrapPartition = aws.partition(Region) */
        /* 301 */ {AWSC_EP_RULE_TREE, 1, 560, 303, 1}, /* stringEquals(mrapPartition#name, bucketArn#partition) */
        /* 302 */ {AWSC_EP_RULE_ERROR, 0, 561, 330, 0}, /* always */
        /* 303 */ {AWSC_EP_RULE_ENDPOINT, 0, 561, 50, 0}, /* always */
        /* 304 */ {AWSC_EP_RULE_ERROR, 1, 561, 334, 0}, /* booleanEquals(UseDualStack, true) */
        /* 305 */ {AWSC_EP_RULE_ERROR, 1, 562, 335, 0}, /* booleanEquals(UseFIPS, true) */
        /* 306 */ {AWSC_EP_RULE_ERROR, 1, 563, 336, 0}, /* booleanEquals(Accelerate, true) */
        /* 307 */ {AWSC_EP_RULE_ERROR, 1, 564, 339, 0}, /* isSet(bucketArn#resourceId[4]) */
        /* 308 */ {AWSC_EP_RULE_TREE, 1, 565, 310, 2}, /* outpostId = bucketArn#resourceId[1] */
        /* 309 */ {AWSC_EP_RULE_ERROR, 0, 566, 340, 0}, /* always */
        /* 310 */ {AWSC_EP_RULE_TREE, 1, 566, 312, 2}, /* isValidHostLabel(outpostId, false) */
        /* 311 */ {AWSC_EP_RULE_ERROR, 0, 567, 342, 0}, /* always */
        /* 312 */ {AWSC_EP_RULE_ERROR, 3, 567, 276, 0}, /* isSet(UseArnRegion) && booleanEquals(UseArnRegion, false) && not(stringEquals(bucketAr ... */
        /* 313 */ {AWSC_EP_RULE_TREE, 1, 570, 314, 1}, /* bucketPartition = aws.partition(bucketArn#region) */
        /* 314 */ {AWSC_EP_RULE_TREE, 1, 571, 315, 2}, /* partitionResult = aws.partition(Region) */
        /* 315 */ {AWSC_EP_RULE_TREE, 1, 572, 317, 2}, /* stringEquals(bucketPartition#name, partitionResult#name) */
        /* 316 */ {AWSC_EP_RULE_ERROR, 0, 573, 284, 0}, /* always */
        /* 317 */ {AWSC_EP_RULE_TREE, 1, 573, 319, 2}, /* isValidHostLabel(bucketArn#region, true) */
        /* 318 */ {AWSC_EP_RULE_ERROR, 0, 574, 288, 0}, /* always */
        /* 319 */ {AWSC_EP_RULE_TREE, 1, 574, 321, 2}, /* isValidHostLabel(bucketArn#accountId, false) */
        /* 320 */ {AWSC_EP_RULE_ERROR, 0, 575, 294, 0}, /* always */
        /* 321 */ {AWSC_EP_RULE_TREE, 1, 575, 323, 2}, /* outpostType = bucketArn#resourceId[2] */
        /* 322 */ {AWSC_EP_RULE_ERROR, 0, 576, 343, 0}, /* always */
        /* 323 */ {AWSC_EP_RULE_TREE, 1, 576, 325, 2}, /* accessPointName = bucketArn#resourceId[3] */
        /* 324 */ {AWSC_EP_RULE_ERROR, 0, 577, 345, 0}, /* always */
        /* 325 */ {AWSC_EP_RULE_TREE, 1, 577, 327, 2}, /* stringEquals(outpostType, "accesspoint") */
        /* 326 */ {AWSC_EP_RULE_ERROR, 0, 578, 349, 0}, /* always */
        /* 327 */ {AWSC_EP_RULE_TREE, 1, 578, 329, 2}, /* isValidHostLabel(accessPointName, false) */
        /* 328 */ {AWSC_EP_RULE_ERROR, 0, 579, 297, 0}, /* always */
        /* 329 */ {AWSC_EP_RULE_ENDPOINT, 2, 579, 51, 0}, /* isSet(Endpoint) && url = parseURL(Endpoint) */
        /* 330 */ {AWSC_EP_RULE_ENDPOINT, 0, 581, 52, 0}, /* always */
        /* 331 */ {AWSC_EP_RULE_TREE, 1, 581, 332, 2}, /* partitionResult = aws.partition(Region) */
        /* 332 */ {AWSC_EP_RULE_TREE, 1, 582, 334, 15}, /* booleanEquals(Accelerate, false) */
        /* 333 */ {AWSC_EP_RULE_ERROR, 0, 583, 352, 0}, /* always */
        /* 334 */ {AWSC_EP_RULE_ENDPOINT, 4, 583, 53, 0}, /* booleanEquals(UseDualStack, true) && not(isSet(Endpoint)) && booleanEquals(UseFIPS, tr ... */
        /* 335 */ {AWSC_EP_RULE_TREE, 5, 587, 349, 1}, /* booleanEquals(UseDualStack, true) && not(isSet(Endpoint)) && booleanEquals(UseFIPS, tr ... */
        /* 336 */ {AWSC_EP_RULE_ENDPOINT, 5, 592, 54, 0}, /* booleanEquals(UseDualStack, true) && not(isSet(Endpoint)) && booleanEquals(UseFIPS, tr ... */
        /* 337 */ {AWSC_EP_RULE_ENDPOINT, 4, 597, 55, 0}, /* booleanEquals(UseDualStack, false) && not(isSet(Endpoint)) && booleanEquals(UseFIPS, t ... */
        /* 338 */ {AWSC_EP_RULE_TREE, 5, 601, 350, 1}, /* booleanEquals(UseDualStack, false) && not(isSet(Endpoint)) && booleanEquals(UseFIPS, t ... */
        /* 339 */ {AWSC_EP_RULE_ENDPOINT, 5, 606, 56, 0}, /* booleanEquals(UseDualStack, false) && not(isSet(Endpoint)) && booleanEquals(UseFIPS, t ... */
        /* 340 */ {AWSC_EP_RULE_ENDPOINT, 4, 611, 57, 0}, /* booleanEquals(UseDualStack, true) && not(isSet(Endpoint)) && booleanEquals(UseFIPS, fa ... */
        /* 341 */ {AWSC_EP_RULE_TREE, 5, 615, 351, 1}, /* booleanEquals(UseDualStack, true) && not(isSet(Endpoint)) && booleanEquals(UseFIPS, fa ... */
        /* 342 */ {AWSC_EP_RULE_ENDPOINT, 5, 620, 58, 0}, /* booleanEquals(UseDualStack, true) && not(isSet(Endpoint)) && booleanEquals(UseFIPS, fa ... */
        /* 343 */ {AWSC_EP_RULE_ENDPOINT, 5, 625, 59, 0}, /* booleanEquals(UseDualStack, false) && isSet(Endpoint) && url = parseURL(Endpoint) && b ... */
        /* 344 */ {AWSC_EP_RULE_TREE, 6, 630, 352, 2}, /* booleanEquals(UseDualStack, false) && isSet(Endpoint) && url = parseURL(Endpoint) && b ... */
        /* 345 */ {AWSC_EP_RULE_ENDPOINT, 6, 636, 60, 0}, /* booleanEquals(UseDualStack, false) && isSet(Endpoint) && url = parseURL(Endpoint) && b ... */
        /* 346 */ {AWSC_EP_RULE_ENDPOINT, 4, 642, 61, 0}, /* booleanEquals(UseDualStack, false) && not(isSet(Endpoint)) && booleanEquals(UseFIPS, f ... */
        /* 347 */ {AWSC_EP_RULE_TREE, 5, 646, 354, 2}, /* booleanEquals(UseDualStack, false) && not(isSet(Endpoint)) && booleanEquals(UseFIPS, f ... */
        /* 348 */ {AWSC_EP_RULE_ENDPOINT, 5, 651, 62, 0}, /* booleanEquals(UseDualStack, false) && not(isSet(Endpoint)) && booleanEquals(UseFIPS, f ... */
        /* 349 */ {AWSC_EP_RULE_ENDPOINT, 0, 656, 54, 0}, /* always */
        /* 350 */ {AWSC_EP_RULE_ENDPOINT, 0, 656, 56, 0}, /* always */
        /* 351 */ {AWSC_EP_RULE_ENDPOINT, 0, 656, 58, 0}, /* always */
        /* 352 */ {AWSC_EP_RULE_ENDPOINT, 1, 656, 60, 0}, /* stringEquals(Region, "us-east-1") */
        /* 353 */ {AWSC_EP_RULE_ENDPOINT, 0, 657, 60, 0}, /* always */
        /* 354 */ {AWSC_EP_RULE_ENDPOINT, 1, 657, 63, 0}, /* stringEquals(Region, "us-east-1") */
        /* 355 */ {AWSC_EP_RULE_ENDPOINT, 0, 658, 62, 0}, /* always */
        /* 356 */ {AWSC_EP_RULE_TREE, 1, 658, 357, 2}, /* partitionResult = aws.partition(Region) */
        /* 357 */ {AWSC_EP_RULE_TREE, 1, 659, 359, 5}, /* isValidHostLabel(Region, true) */
        /* 358 */ {AWSC_EP_RULE_ERROR, 0, 660, 194, 0}, /* always */
        /* 359 */ {AWSC_EP_RULE_ERROR, 1, 660, 254, 0}, /* booleanEquals(UseDualStack, true) */
        /* 360 */ {AWSC_EP_RULE_ERROR, 1, 661, 255, 0}, /* booleanEquals(Accelerate, true) */
        /* 361 */ {AWSC_EP_RULE_ENDPOINT, 2, 662, 64, 0}, /* isSet(Endpoint) && url = parseURL(Endpoint) */
        /* 362 */ {AWSC_EP_RULE_ENDPOINT, 1, 664, 65, 0}, /* booleanEquals(UseFIPS, true) */
        /* 363 */ {AWSC_EP_RULE_ENDPOINT, 0, 665, 66, 0}, /* always */
        /* 364 */ {AWSC_EP_RULE_TREE, 1, 665, 365, 2}, /* partitionResult = aws.partition(Region) */
        /* 365 */ {AWSC_EP_RULE_TREE, 1, 666, 367, 15}, /* isValidHostLabel(Region, true) */
        /* 366 */ {AWSC_EP_RULE_ERROR, 0, 667, 194, 0}, /* always */
        /* 367 */ {AWSC_EP_RULE_ENDPOINT, 4, 667, 67, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) && not(isSet(Endpoin ... */
        /* 368 */ {AWSC_EP_RULE_TREE, 5, 671, 382, 1}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) && not(isSet(Endpoin ... */
        /* 369 */ {AWSC_EP_RULE_ENDPOINT, 5, 676, 68, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) && not(isSet(Endpoin ... */
        /* 370 */ {AWSC_EP_RULE_ENDPOINT, 4, 681, 69, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) && not(isSet(Endpoi ... */
        /* 371 */ {AWSC_EP_RULE_TREE, 5, 685, 383, 1}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) && not(isSet(Endpoi ... */
        /* 372 */ {AWSC_EP_RULE_ENDPOINT, 5, 690, 70, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) && not(isSet(Endpoi ... */
        /* 373 */ {AWSC_EP_RULE_ENDPOINT, 4, 695, 71, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) && not(isSet(Endpoi ... */
        /* 374 */ {AWSC_EP_RULE_TREE, 5, 699, 384, 1}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) && not(isSet(Endpoi ... */
        /* 375 */ {AWSC_EP_RULE_ENDPOINT, 5, 704, 72, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) && not(isSet(Endpoi ... */
        /* 376 */ {AWSC_EP_RULE_ENDPOINT, 5, 709, 73, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) && isSet(Endpoint) ... */
        /* 377 */ {AWSC_EP_RULE_TREE, 6, 714, 385, 2}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) && isSet(Endpoint) ... */
        /* 378 */ {AWSC_EP_RULE_ENDPOINT, 6, 720, 74, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) && isSet(Endpoint) ... */
        /* 379 */ {AWSC_EP_RULE_ENDPOINT, 4, 726, 75, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) && not(isSet(Endpo ... */
        /* 380 */ {AWSC_EP_RULE_TREE, 5, 730, 387, 2}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) && not(isSet(Endpo ... */
        /* 381 */ {AWSC_EP_RULE_ENDPOINT, 5, 735, 76, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) && not(isSet(Endpo ... */
        /* 382 */ {AWSC_EP_RULE_ENDPOINT, 0, 740, 68, 0}, /* always */
        /* 383 */ {AWSC_EP_RULE_ENDPOINT, 0, 740, 70, 0}, /* always */
        /* 384 */ {AWSC_EP_RULE_ENDPOINT, 0, 740, 72, 0}, /* always */
        /* 385 */ {AWSC_EP_RULE_ENDPOINT, 1, 740, 74, 0}, /* stringEquals(Region, "us-east-1") */
        /* 386 */ {AWSC_EP_RULE_ENDPOINT, 0, 741, 74, 0}, /* always */
        /* 387 */ {AWSC_EP_RULE_ENDPOINT, 1, 741, 77, 0}, /* stringEquals(Region, "us-east-1") */
        /* 388 */ {AWSC_EP_RULE_ENDPOINT, 0, 742, 76, 0}, /* always */
    },
    /* Conditions: expression, and the variable its result is assigned to. */
    .conds = {
        /* 0 */ {1, AWSC_EP_NONE}, /* isSet(Region) */
        /* 1 */ {5, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
        /* 2 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 3 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 4 */ {12, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 5 */ {12, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 6 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 7 */ {12, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 8 */ {5, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
        /* 9 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 10 */ {16, 17}, /* partitionResult = aws.partition(Region) */
        /* 11 */ {20, AWSC_EP_NONE}, /* stringEquals(partitionResult#name, "aws-cn") */
        /* 12 */ {23, AWSC_EP_NONE}, /* isSet(Bucket) */
        /* 13 */ {26, 18}, /* bucketSuffix = substring(Bucket, 0, 6, true) */
        /* 14 */ {29, AWSC_EP_NONE}, /* stringEquals(bucketSuffix, "--x-s3") */
        /* 15 */ {23, AWSC_EP_NONE}, /* isSet(Bucket) */
        /* 16 */ {31, 19}, /* accessPointSuffix = substring(Bucket, 0, 7, true) */
        /* 17 */ {34, AWSC_EP_NONE}, /* stringEquals(accessPointSuffix, "--xa-s3") */
        /* 18 */ {35, AWSC_EP_NONE}, /* not(isSet(Bucket)) */
        /* 19 */ {37, AWSC_EP_NONE}, /* isSet(UseS3ExpressControlEndpoint) */
        /* 20 */ {38, AWSC_EP_NONE}, /* booleanEquals(UseS3ExpressControlEndpoint, true) */
        /* 21 */ {23, AWSC_EP_NONE}, /* isSet(Bucket) */
        /* 22 */ {41, 20}, /* hardwareType = substring(Bucket, 49, 50, true) */
        /* 23 */ {44, 21}, /* regionPrefix = substring(Bucket, 8, 12, true) */
        /* 24 */ {31, 22}, /* bucketAliasSuffix = substring(Bucket, 0, 7, true) */
        /* 25 */ {46, 23}, /* outpostId = substring(Bucket, 32, 49, true) */
        /* 26 */ {16, 24}, /* regionPartition = aws.partition(Region) */
        /* 27 */ {49, AWSC_EP_NONE}, /* stringEquals(bucketAliasSuffix, "--op-s3") */
        /* 28 */ {23, AWSC_EP_NONE}, /* isSet(Bucket) */
        /* 29 */ {51, AWSC_EP_NONE}, /* isSet(UseObjectLambdaEndpoint) */
        /* 30 */ {52, AWSC_EP_NONE}, /* booleanEquals(UseObjectLambdaEndpoint, true) */
        /* 31 */ {35, AWSC_EP_NONE}, /* not(isSet(Bucket)) */
        /* 32 */ {5, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
        /* 33 */ {12, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 34 */ {54, 25}, /* url = parseURL(Endpoint) */
        /* 35 */ {37, AWSC_EP_NONE}, /* isSet(UseS3ExpressControlEndpoint) */
        /* 36 */ {38, AWSC_EP_NONE}, /* booleanEquals(UseS3ExpressControlEndpoint, true) */
        /* 37 */ {56, AWSC_EP_NONE}, /* aws.isVirtualHostableS3Bucket(Bucket, false) */
        /* 38 */ {59, AWSC_EP_NONE}, /* isSet(DisableS3ExpressSessionAuth) */
        /* 39 */ {60, AWSC_EP_NONE}, /* booleanEquals(DisableS3ExpressSessionAuth, true) */
        /* 40 */ {63, AWSC_EP_NONE}, /* booleanEquals(url#isIp, true) */
        /* 41 */ {56, AWSC_EP_NONE}, /* aws.isVirtualHostableS3Bucket(Bucket, false) */
        /* 42 */ {63, AWSC_EP_NONE}, /* booleanEquals(url#isIp, true) */
        /* 43 */ {56, AWSC_EP_NONE}, /* aws.isVirtualHostableS3Bucket(Bucket, false) */
        /* 44 */ {64, 26}, /* uri_encoded_bucket = uriEncode(Bucket) */
        /* 45 */ {64, 26}, /* uri_encoded_bucket = uriEncode(Bucket) */
        /* 46 */ {16, 17}, /* partitionResult = aws.partition(Region) */
        /* 47 */ {64, 26}, /* uri_encoded_bucket = uriEncode(Bucket) */
        /* 48 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 49 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 50 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 51 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 52 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 53 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 54 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 55 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 56 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 57 */ {16, 17}, /* partitionResult = aws.partition(Region) */
        /* 58 */ {59, AWSC_EP_NONE}, /* isSet(DisableS3ExpressSessionAuth) */
        /* 59 */ {60, AWSC_EP_NONE}, /* booleanEquals(DisableS3ExpressSessionAuth, true) */
        /* 60 */ {91, 27}, /* s3expressAvailabilityZoneId = substring(Bucket, 6, 14, true) */
        /* 61 */ {93, 28}, /* s3expressAvailabilityZoneDelim = substring(Bucket, 14, 16, true) */
        /* 62 */ {96, AWSC_EP_NONE}, /* stringEquals(s3expressAvailabilityZoneDelim, "--") */
        /* 63 */ {98, 27}, /* s3expressAvailabilityZoneId = substring(Bucket, 6, 15, true) */
        /* 64 */ {100, 28}, /* s3expressAvailabilityZoneDelim = substring(Bucket, 15, 17, true) */
        /* 65 */ {96, AWSC_EP_NONE}, /* stringEquals(s3expressAvailabilityZoneDelim, "--") */
        /* 66 */ {102, 27}, /* s3expressAvailabilityZoneId = substring(Bucket, 6, 19, true) */
        /* 67 */ {104, 28}, /* s3expressAvailabilityZoneDelim = substring(Bucket, 19, 21, true) */
        /* 68 */ {96, AWSC_EP_NONE}, /* stringEquals(s3expressAvailabilityZoneDelim, "--") */
        /* 69 */ {106, 27}, /* s3expressAvailabilityZoneId = substring(Bucket, 6, 20, true) */
        /* 70 */ {108, 28}, /* s3expressAvailabilityZoneDelim = substring(Bucket, 20, 22, true) */
        /* 71 */ {96, AWSC_EP_NONE}, /* stringEquals(s3expressAvailabilityZoneDelim, "--") */
        /* 72 */ {110, 27}, /* s3expressAvailabilityZoneId = substring(Bucket, 6, 26, true) */
        /* 73 */ {112, 28}, /* s3expressAvailabilityZoneDelim = substring(Bucket, 26, 28, true) */
        /* 74 */ {96, AWSC_EP_NONE}, /* stringEquals(s3expressAvailabilityZoneDelim, "--") */
        /* 75 */ {91, 27}, /* s3expressAvailabilityZoneId = substring(Bucket, 6, 14, true) */
        /* 76 */ {93, 28}, /* s3expressAvailabilityZoneDelim = substring(Bucket, 14, 16, true) */
        /* 77 */ {96, AWSC_EP_NONE}, /* stringEquals(s3expressAvailabilityZoneDelim, "--") */
        /* 78 */ {98, 27}, /* s3expressAvailabilityZoneId = substring(Bucket, 6, 15, true) */
        /* 79 */ {100, 28}, /* s3expressAvailabilityZoneDelim = substring(Bucket, 15, 17, true) */
        /* 80 */ {96, AWSC_EP_NONE}, /* stringEquals(s3expressAvailabilityZoneDelim, "--") */
        /* 81 */ {102, 27}, /* s3expressAvailabilityZoneId = substring(Bucket, 6, 19, true) */
        /* 82 */ {104, 28}, /* s3expressAvailabilityZoneDelim = substring(Bucket, 19, 21, true) */
        /* 83 */ {96, AWSC_EP_NONE}, /* stringEquals(s3expressAvailabilityZoneDelim, "--") */
        /* 84 */ {106, 27}, /* s3expressAvailabilityZoneId = substring(Bucket, 6, 20, true) */
        /* 85 */ {108, 28}, /* s3expressAvailabilityZoneDelim = substring(Bucket, 20, 22, true) */
        /* 86 */ {96, AWSC_EP_NONE}, /* stringEquals(s3expressAvailabilityZoneDelim, "--") */
        /* 87 */ {110, 27}, /* s3expressAvailabilityZoneId = substring(Bucket, 6, 26, true) */
        /* 88 */ {112, 28}, /* s3expressAvailabilityZoneDelim = substring(Bucket, 26, 28, true) */
        /* 89 */ {96, AWSC_EP_NONE}, /* stringEquals(s3expressAvailabilityZoneDelim, "--") */
        /* 90 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 91 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 92 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 93 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 94 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 95 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 96 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 97 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 98 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 99 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 100 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 101 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 102 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 103 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 104 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 105 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 106 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 107 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 108 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 109 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 110 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 111 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 112 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 113 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 114 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 115 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 116 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 117 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 118 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 119 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 120 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 121 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 122 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 123 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 124 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 125 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 126 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 127 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 128 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 129 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 130 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 131 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 132 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 133 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 134 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 135 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 136 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 137 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 138 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 139 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 140 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 141 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 142 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 143 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 144 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 145 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 146 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 147 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 148 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 149 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 150 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 151 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 152 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 153 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 154 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 155 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 156 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 157 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 158 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 159 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 160 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 161 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 162 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 163 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 164 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 165 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 166 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 167 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 168 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 169 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 170 */ {5, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
        /* 171 */ {12, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 172 */ {54, 25}, /* url = parseURL(Endpoint) */
        /* 173 */ {56, AWSC_EP_NONE}, /* aws.isVirtualHostableS3Bucket(Bucket, false) */
        /* 174 */ {59, AWSC_EP_NONE}, /* isSet(DisableS3ExpressSessionAuth) */
        /* 175 */ {60, AWSC_EP_NONE}, /* booleanEquals(DisableS3ExpressSessionAuth, true) */
        /* 176 */ {63, AWSC_EP_NONE}, /* booleanEquals(url#isIp, true) */
        /* 177 */ {56, AWSC_EP_NONE}, /* aws.isVirtualHostableS3Bucket(Bucket, false) */
        /* 178 */ {63, AWSC_EP_NONE}, /* booleanEquals(url#isIp, true) */
        /* 179 */ {56, AWSC_EP_NONE}, /* aws.isVirtualHostableS3Bucket(Bucket, false) */
        /* 180 */ {64, 26}, /* uri_encoded_bucket = uriEncode(Bucket) */
        /* 181 */ {64, 26}, /* uri_encoded_bucket = uriEncode(Bucket) */
        /* 182 */ {16, 17}, /* partitionResult = aws.partition(Region) */
        /* 183 */ {59, AWSC_EP_NONE}, /* isSet(DisableS3ExpressSessionAuth) */
        /* 184 */ {60, AWSC_EP_NONE}, /* booleanEquals(DisableS3ExpressSessionAuth, true) */
        /* 185 */ {123, 27}, /* s3expressAvailabilityZoneId = substring(Bucket, 7, 15, true) */
        /* 186 */ {100, 28}, /* s3expressAvailabilityZoneDelim = substring(Bucket, 15, 17, true) */
        /* 187 */ {96, AWSC_EP_NONE}, /* stringEquals(s3expressAvailabilityZoneDelim, "--") */
        /* 188 */ {124, 27}, /* s3expressAvailabilityZoneId = substring(Bucket, 7, 16, true) */
        /* 189 */ {126, 28}, /* s3expressAvailabilityZoneDelim = substring(Bucket, 16, 18, true) */
        /* 190 */ {96, AWSC_EP_NONE}, /* stringEquals(s3expressAvailabilityZoneDelim, "--") */
        /* 191 */ {127, 27}, /* s3expressAvailabilityZoneId = substring(Bucket, 7, 20, true) */
        /* 192 */ {108, 28}, /* s3expressAvailabilityZoneDelim = substring(Bucket, 20, 22, true) */
        /* 193 */ {96, AWSC_EP_NONE}, /* stringEquals(s3expressAvailabilityZoneDelim, "--") */
        /* 194 */ {128, 27}, /* s3expressAvailabilityZoneId = substring(Bucket, 7, 21, true) */
        /* 195 */ {130, 28}, /* s3expressAvailabilityZoneDelim = substring(Bucket, 21, 23, true) */
        /* 196 */ {96, AWSC_EP_NONE}, /* stringEquals(s3expressAvailabilityZoneDelim, "--") */
        /* 197 */ {132, 27}, /* s3expressAvailabilityZoneId = substring(Bucket, 7, 27, true) */
        /* 198 */ {134, 28}, /* s3expressAvailabilityZoneDelim = substring(Bucket, 27, 29, true) */
        /* 199 */ {96, AWSC_EP_NONE}, /* stringEquals(s3expressAvailabilityZoneDelim, "--") */
        /* 200 */ {123, 27}, /* s3expressAvailabilityZoneId = substring(Bucket, 7, 15, true) */
        /* 201 */ {100, 28}, /* s3expressAvailabilityZoneDelim = substring(Bucket, 15, 17, true) */
        /* 202 */ {96, AWSC_EP_NONE}, /* stringEquals(s3expressAvailabilityZoneDelim, "--") */
        /* 203 */ {124, 27}, /* s3expressAvailabilityZoneId = substring(Bucket, 7, 16, true) */
        /* 204 */ {126, 28}, /* s3expressAvailabilityZoneDelim = substring(Bucket, 16, 18, true) */
        /* 205 */ {96, AWSC_EP_NONE}, /* stringEquals(s3expressAvailabilityZoneDelim, "--") */
        /* 206 */ {127, 27}, /* s3expressAvailabilityZoneId = substring(Bucket, 7, 20, true) */
        /* 207 */ {108, 28}, /* s3expressAvailabilityZoneDelim = substring(Bucket, 20, 22, true) */
        /* 208 */ {96, AWSC_EP_NONE}, /* stringEquals(s3expressAvailabilityZoneDelim, "--") */
        /* 209 */ {128, 27}, /* s3expressAvailabilityZoneId = substring(Bucket, 7, 21, true) */
        /* 210 */ {130, 28}, /* s3expressAvailabilityZoneDelim = substring(Bucket, 21, 23, true) */
        /* 211 */ {96, AWSC_EP_NONE}, /* stringEquals(s3expressAvailabilityZoneDelim, "--") */
        /* 212 */ {132, 27}, /* s3expressAvailabilityZoneId = substring(Bucket, 7, 27, true) */
        /* 213 */ {134, 28}, /* s3expressAvailabilityZoneDelim = substring(Bucket, 27, 29, true) */
        /* 214 */ {96, AWSC_EP_NONE}, /* stringEquals(s3expressAvailabilityZoneDelim, "--") */
        /* 215 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 216 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 217 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 218 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 219 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 220 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 221 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 222 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 223 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 224 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 225 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 226 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 227 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 228 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 229 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 230 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 231 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 232 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 233 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 234 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 235 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 236 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 237 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 238 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 239 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 240 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 241 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 242 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 243 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 244 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 245 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 246 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 247 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 248 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 249 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 250 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 251 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 252 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 253 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 254 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 255 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 256 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 257 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 258 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 259 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 260 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 261 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 262 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 263 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 264 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 265 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 266 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 267 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 268 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 269 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 270 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 271 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 272 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 273 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 274 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 275 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 276 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 277 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 278 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 279 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 280 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 281 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 282 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 283 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 284 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 285 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 286 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 287 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 288 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 289 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 290 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 291 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 292 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 293 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 294 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 295 */ {16, 17}, /* partitionResult = aws.partition(Region) */
        /* 296 */ {12, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 297 */ {54, 25}, /* url = parseURL(Endpoint) */
        /* 298 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 299 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 300 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 301 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 302 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 303 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 304 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 305 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 306 */ {141, AWSC_EP_NONE}, /* isValidHostLabel(outpostId, false) */
        /* 307 */ {56, AWSC_EP_NONE}, /* aws.isVirtualHostableS3Bucket(Bucket, false) */
        /* 308 */ {146, AWSC_EP_NONE}, /* stringEquals(hardwareType, "e") */
        /* 309 */ {148, AWSC_EP_NONE}, /* stringEquals(hardwareType, "o") */
        /* 310 */ {154, AWSC_EP_NONE}, /* stringEquals(regionPrefix, "beta") */
        /* 311 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 312 */ {12, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 313 */ {54, 25}, /* url = parseURL(Endpoint) */
        /* 314 */ {154, AWSC_EP_NONE}, /* stringEquals(regionPrefix, "beta") */
        /* 315 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 316 */ {12, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 317 */ {54, 25}, /* url = parseURL(Endpoint) */
        /* 318 */ {12, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 319 */ {170, AWSC_EP_NONE}, /* not(isSet(parseURL(Endpoint))) */
        /* 320 */ {175, AWSC_EP_NONE}, /* booleanEquals(ForcePathStyle, false) */
        /* 321 */ {56, AWSC_EP_NONE}, /* aws.isVirtualHostableS3Bucket(Bucket, false) */
        /* 322 */ {12, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 323 */ {54, 25}, /* url = parseURL(Endpoint) */
        /* 324 */ {177, AWSC_EP_NONE}, /* stringEquals(url#scheme, "http") */
        /* 325 */ {178, AWSC_EP_NONE}, /* aws.isVirtualHostableS3Bucket(Bucket, true) */
        /* 326 */ {175, AWSC_EP_NONE}, /* booleanEquals(ForcePathStyle, false) */
        /* 327 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 328 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 329 */ {179, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
        /* 330 */ {175, AWSC_EP_NONE}, /* booleanEquals(ForcePathStyle, false) */
        /* 331 */ {180, 29}, /* bucketArn = aws.parseArn(Bucket) */
        /* 332 */ {182, 30}, /* arnPrefix = substring(Bucket, 0, 4, false) */
        /* 333 */ {185, AWSC_EP_NONE}, /* stringEquals(arnPrefix, "arn:") */
        /* 334 */ {187, AWSC_EP_NONE}, /* not(isSet(aws.parseArn(Bucket))) */
        /* 335 */ {191, AWSC_EP_NONE}, /* booleanEquals(ForcePathStyle, true) */
        /* 336 */ {180, AWSC_EP_NONE}, /* aws.parseArn(Bucket) */
        /* 337 */ {64, 26}, /* uri_encoded_bucket = uriEncode(Bucket) */
        /* 338 */ {16, 17}, /* partitionResult = aws.partition(Region) */
        /* 339 */ {193, AWSC_EP_NONE}, /* isValidHostLabel(Region, false) */
        /* 340 */ {5, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
        /* 341 */ {20, AWSC_EP_NONE}, /* stringEquals(partitionResult#name, "aws-cn") */
        /* 342 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 343 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 344 */ {179, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
        /* 345 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 346 */ {197, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
        /* 347 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 348 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 349 */ {179, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
        /* 350 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 351 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 352 */ {204, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
        /* 353 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 354 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 355 */ {179, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
        /* 356 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 357 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 358 */ {205, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
        /* 359 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 360 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 361 */ {179, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
        /* 362 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 363 */ {197, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
        /* 364 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 365 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 366 */ {179, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
        /* 367 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 368 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 369 */ {204, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
        /* 370 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 371 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 372 */ {179, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
        /* 373 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 374 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 375 */ {205, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
        /* 376 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 377 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 378 */ {5, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
        /* 379 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 380 */ {197, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
        /* 381 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 382 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 383 */ {5, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
        /* 384 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 385 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 386 */ {204, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
        /* 387 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 388 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 389 */ {5, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
        /* 390 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 391 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 392 */ {205, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
        /* 393 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 394 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 395 */ {179, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
        /* 396 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 397 */ {197, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
        /* 398 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 399 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 400 */ {179, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
        /* 401 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 402 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 403 */ {204, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
        /* 404 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 405 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 406 */ {179, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
        /* 407 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 408 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 409 */ {205, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
        /* 410 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 411 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 412 */ {179, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
        /* 413 */ {12, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 414 */ {54, 25}, /* url = parseURL(Endpoint) */
        /* 415 */ {63, AWSC_EP_NONE}, /* booleanEquals(url#isIp, true) */
        /* 416 */ {197, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
        /* 417 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 418 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 419 */ {179, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
        /* 420 */ {12, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 421 */ {54, 25}, /* url = parseURL(Endpoint) */
        /* 422 */ {222, AWSC_EP_NONE}, /* booleanEquals(url#isIp, false) */
        /* 423 */ {197, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
        /* 424 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 425 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 426 */ {179, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
        /* 427 */ {12, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 428 */ {54, 25}, /* url = parseURL(Endpoint) */
        /* 429 */ {63, AWSC_EP_NONE}, /* booleanEquals(url#isIp, true) */
        /* 430 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 431 */ {204, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
        /* 432 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 433 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 434 */ {179, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
        /* 435 */ {12, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 436 */ {54, 25}, /* url = parseURL(Endpoint) */
        /* 437 */ {222, AWSC_EP_NONE}, /* booleanEquals(url#isIp, false) */
        /* 438 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 439 */ {204, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
        /* 440 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 441 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 442 */ {179, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
        /* 443 */ {12, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 444 */ {54, 25}, /* url = parseURL(Endpoint) */
        /* 445 */ {63, AWSC_EP_NONE}, /* booleanEquals(url#isIp, true) */
        /* 446 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 447 */ {205, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
        /* 448 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 449 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 450 */ {179, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
        /* 451 */ {12, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 452 */ {54, 25}, /* url = parseURL(Endpoint) */
        /* 453 */ {222, AWSC_EP_NONE}, /* booleanEquals(url#isIp, false) */
        /* 454 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 455 */ {205, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
        /* 456 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 457 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 458 */ {5, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
        /* 459 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 460 */ {197, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
        /* 461 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 462 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 463 */ {5, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
        /* 464 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 465 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 466 */ {204, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
        /* 467 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 468 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 469 */ {5, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
        /* 470 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 471 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 472 */ {205, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
        /* 473 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 474 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 475 */ {179, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
        /* 476 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 477 */ {197, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
        /* 478 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 479 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 480 */ {179, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
        /* 481 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 482 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 483 */ {204, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
        /* 484 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 485 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 486 */ {179, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
        /* 487 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 488 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 489 */ {205, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
        /* 490 */ {228, AWSC_EP_NONE}, /* stringEquals(Region, "us-east-1") */
        /* 491 */ {228, AWSC_EP_NONE}, /* stringEquals(Region, "us-east-1") */
        /* 492 */ {228, AWSC_EP_NONE}, /* stringEquals(Region, "us-east-1") */
        /* 493 */ {228, AWSC_EP_NONE}, /* stringEquals(Region, "us-east-1") */
        /* 494 */ {16, 17}, /* partitionResult = aws.partition(Region) */
        /* 495 */ {193, AWSC_EP_NONE}, /* isValidHostLabel(Region, false) */
        /* 496 */ {230, 31}, /* arnType = bucketArn#resourceId[0] */
        /* 497 */ {234, AWSC_EP_NONE}, /* not(stringEquals(arnType, "")) */
        /* 498 */ {238, AWSC_EP_NONE}, /* stringEquals(bucketArn#service, "s3-object-lambda") */
        /* 499 */ {240, AWSC_EP_NONE}, /* stringEquals(arnType, "accesspoint") */
        /* 500 */ {241, AWSC_EP_NONE}, /* stringEquals(bucketArn#service, "s3-outposts") */
        /* 501 */ {240, AWSC_EP_NONE}, /* stringEquals(arnType, "accesspoint") */
        /* 502 */ {249, 32}, /* accessPointName = bucketArn#resourceId[1] */
        /* 503 */ {252, AWSC_EP_NONE}, /* not(stringEquals(accessPointName, "")) */
        /* 504 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 505 */ {5, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
        /* 506 */ {258, AWSC_EP_NONE}, /* not(stringEquals(bucketArn#region, "")) */
        /* 507 */ {261, AWSC_EP_NONE}, /* isSet(DisableAccessPoints) */
        /* 508 */ {262, AWSC_EP_NONE}, /* booleanEquals(DisableAccessPoints, true) */
        /* 509 */ {266, AWSC_EP_NONE}, /* not(isSet(bucketArn#resourceId[2])) */
        /* 510 */ {269, AWSC_EP_NONE}, /* isSet(UseArnRegion) */
        /* 511 */ {270, AWSC_EP_NONE}, /* booleanEquals(UseArnRegion, false) */
        /* 512 */ {272, AWSC_EP_NONE}, /* not(stringEquals(bucketArn#region, Region)) */
        /* 513 */ {277, 33}, /* bucketPartition = aws.partition(bucketArn#region) */
        /* 514 */ {16, 17}, /* partitionResult = aws.partition(Region) */
        /* 515 */ {280, AWSC_EP_NONE}, /* stringEquals(bucketPartition#name, partitionResult#name) */
        /* 516 */ {285, AWSC_EP_NONE}, /* isValidHostLabel(bucketArn#region, true) */
        /* 517 */ {290, AWSC_EP_NONE}, /* stringEquals(bucketArn#accountId, "") */
        /* 518 */ {292, AWSC_EP_NONE}, /* isValidHostLabel(bucketArn#accountId, false) */
        /* 519 */ {295, AWSC_EP_NONE}, /* isValidHostLabel(accessPointName, false) */
        /* 520 */ {12, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 521 */ {54, 25}, /* url = parseURL(Endpoint) */
        /* 522 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 523 */ {249, 32}, /* accessPointName = bucketArn#resourceId[1] */
        /* 524 */ {252, AWSC_EP_NONE}, /* not(stringEquals(accessPointName, "")) */
        /* 525 */ {258, AWSC_EP_NONE}, /* not(stringEquals(bucketArn#region, "")) */
        /* 526 */ {305, AWSC_EP_NONE}, /* isValidHostLabel(accessPointName, true) */
        /* 527 */ {240, AWSC_EP_NONE}, /* stringEquals(arnType, "accesspoint") */
        /* 528 */ {258, AWSC_EP_NONE}, /* not(stringEquals(bucketArn#region, "")) */
        /* 529 */ {261, AWSC_EP_NONE}, /* isSet(DisableAccessPoints) */
        /* 530 */ {262, AWSC_EP_NONE}, /* booleanEquals(DisableAccessPoints, true) */
        /* 531 */ {266, AWSC_EP_NONE}, /* not(isSet(bucketArn#resourceId[2])) */
        /* 532 */ {269, AWSC_EP_NONE}, /* isSet(UseArnRegion) */
        /* 533 */ {270, AWSC_EP_NONE}, /* booleanEquals(UseArnRegion, false) */
        /* 534 */ {272, AWSC_EP_NONE}, /* not(stringEquals(bucketArn#region, Region)) */
        /* 535 */ {277, 33}, /* bucketPartition = aws.partition(bucketArn#region) */
        /* 536 */ {16, 17}, /* partitionResult = aws.partition(Region) */
        /* 537 */ {280, AWSC_EP_NONE}, /* stringEquals(bucketPartition#name, partitionResult#name) */
        /* 538 */ {285, AWSC_EP_NONE}, /* isValidHostLabel(bucketArn#region, true) */
        /* 539 */ {307, AWSC_EP_NONE}, /* stringEquals(bucketArn#service, "s3") */
        /* 540 */ {292, AWSC_EP_NONE}, /* isValidHostLabel(bucketArn#accountId, false) */
        /* 541 */ {295, AWSC_EP_NONE}, /* isValidHostLabel(accessPointName, false) */
        /* 542 */ {5, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
        /* 543 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 544 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 545 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 546 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 547 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 548 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 549 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 550 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 551 */ {12, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 552 */ {54, 25}, /* url = parseURL(Endpoint) */
        /* 553 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 554 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 555 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 556 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 557 */ {5, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
        /* 558 */ {323, AWSC_EP_NONE}, /* booleanEquals(DisableMultiRegionAccessPoints, true) */
        /* 559 */ {16, 34}, /* mrapPartition = aws.partition(Region) */
        /* 560 */ {328, AWSC_EP_NONE}, /* stringEquals(mrapPartition#name, bucketArn#partition) */
        /* 561 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 562 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 563 */ {5, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
        /* 564 */ {338, AWSC_EP_NONE}, /* isSet(bucketArn#resourceId[4]) */
        /* 565 */ {249, 23}, /* outpostId = bucketArn#resourceId[1] */
        /* 566 */ {141, AWSC_EP_NONE}, /* isValidHostLabel(outpostId, false) */
        /* 567 */ {269, AWSC_EP_NONE}, /* isSet(UseArnRegion) */
        /* 568 */ {270, AWSC_EP_NONE}, /* booleanEquals(UseArnRegion, false) */
        /* 569 */ {272, AWSC_EP_NONE}, /* not(stringEquals(bucketArn#region, Region)) */
        /* 570 */ {277, 33}, /* bucketPartition = aws.partition(bucketArn#region) */
        /* 571 */ {16, 17}, /* partitionResult = aws.partition(Region) */
        /* 572 */ {280, AWSC_EP_NONE}, /* stringEquals(bucketPartition#name, partitionResult#name) */
        /* 573 */ {285, AWSC_EP_NONE}, /* isValidHostLabel(bucketArn#region, true) */
        /* 574 */ {292, AWSC_EP_NONE}, /* isValidHostLabel(bucketArn#accountId, false) */
        /* 575 */ {264, 35}, /* outpostType = bucketArn#resourceId[2] */
        /* 576 */ {344, 32}, /* accessPointName = bucketArn#resourceId[3] */
        /* 577 */ {347, AWSC_EP_NONE}, /* stringEquals(outpostType, "accesspoint") */
        /* 578 */ {295, AWSC_EP_NONE}, /* isValidHostLabel(accessPointName, false) */
        /* 579 */ {12, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 580 */ {54, 25}, /* url = parseURL(Endpoint) */
        /* 581 */ {16, 17}, /* partitionResult = aws.partition(Region) */
        /* 582 */ {179, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
        /* 583 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 584 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 585 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 586 */ {197, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
        /* 587 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 588 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 589 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 590 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 591 */ {204, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
        /* 592 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 593 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 594 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 595 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 596 */ {205, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
        /* 597 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 598 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 599 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 600 */ {197, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
        /* 601 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 602 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 603 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 604 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 605 */ {204, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
        /* 606 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 607 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 608 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 609 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 610 */ {205, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
        /* 611 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 612 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 613 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 614 */ {197, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
        /* 615 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 616 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 617 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 618 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 619 */ {204, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
        /* 620 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 621 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 622 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 623 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 624 */ {205, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
        /* 625 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 626 */ {12, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 627 */ {54, 25}, /* url = parseURL(Endpoint) */
        /* 628 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 629 */ {197, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
        /* 630 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 631 */ {12, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 632 */ {54, 25}, /* url = parseURL(Endpoint) */
        /* 633 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 634 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 635 */ {204, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
        /* 636 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 637 */ {12, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 638 */ {54, 25}, /* url = parseURL(Endpoint) */
        /* 639 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 640 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 641 */ {205, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
        /* 642 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 643 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 644 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 645 */ {197, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
        /* 646 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 647 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 648 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 649 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 650 */ {204, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
        /* 651 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 652 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 653 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 654 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 655 */ {205, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
        /* 656 */ {228, AWSC_EP_NONE}, /* stringEquals(Region, "us-east-1") */
        /* 657 */ {228, AWSC_EP_NONE}, /* stringEquals(Region, "us-east-1") */
        /* 658 */ {16, 17}, /* partitionResult = aws.partition(Region) */
        /* 659 */ {369, AWSC_EP_NONE}, /* isValidHostLabel(Region, true) */
        /* 660 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 661 */ {5, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
        /* 662 */ {12, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 663 */ {54, 25}, /* url = parseURL(Endpoint) */
        /* 664 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 665 */ {16, 17}, /* partitionResult = aws.partition(Region) */
        /* 666 */ {369, AWSC_EP_NONE}, /* isValidHostLabel(Region, true) */
        /* 667 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 668 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 669 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 670 */ {197, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
        /* 671 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 672 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 673 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 674 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 675 */ {204, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
        /* 676 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 677 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 678 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 679 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 680 */ {205, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
        /* 681 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 682 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 683 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 684 */ {197, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
        /* 685 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 686 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 687 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 688 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 689 */ {204, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
        /* 690 */ {7, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
        /* 691 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 692 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 693 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 694 */ {205, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
        /* 695 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 696 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 697 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 698 */ {197, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
        /* 699 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 700 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 701 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 702 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 703 */ {204, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
        /* 704 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 705 */ {10, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
        /* 706 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 707 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 708 */ {205, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
        /* 709 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 710 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 711 */ {12, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 712 */ {54, 25}, /* url = parseURL(Endpoint) */
        /* 713 */ {197, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
        /* 714 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 715 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 716 */ {12, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 717 */ {54, 25}, /* url = parseURL(Endpoint) */
        /* 718 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 719 */ {204, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
        /* 720 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 721 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 722 */ {12, AWSC_EP_NONE}, /* isSet(Endpoint) */
        /* 723 */ {54, 25}, /* url = parseURL(Endpoint) */
        /* 724 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 725 */ {205, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
        /* 726 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 727 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 728 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 729 */ {197, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
        /* 730 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 731 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 732 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 733 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 734 */ {204, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
        /* 735 */ {85, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
        /* 736 */ {82, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
        /* 737 */ {78, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
        /* 738 */ {202, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
        /* 739 */ {205, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
        /* 740 */ {228, AWSC_EP_NONE}, /* stringEquals(Region, "us-east-1") */
        /* 741 */ {228, AWSC_EP_NONE}, /* stringEquals(Region, "us-east-1") */
    },
    /* Expressions. S(at, length) is a string, A(obj, attribute, index)
     * getAttr, V(slot) a variable, T(n, first) a template of n parts from
     * args, F(fn, n, first) a call. */
    .exprs = {
        /* 0 */ AWSC_EP_V(1), /* Region */
        /* 1 */ AWSC_EP_F(IS_SET, 1, 0), /* isSet(Region) */
        /* 2 */ AWSC_EP_S(268, 49), /* "A region must be set when sending requests to S3." */
        /* 3 */ AWSC_EP_V(6), /* Accelerate */
        /* 4 */ AWSC_EP_B(1), /* true */
        /* 5 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 1), /* booleanEquals(Accelerate, true) */
        /* 6 */ AWSC_EP_V(2), /* UseFIPS */
        /* 7 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 3), /* booleanEquals(UseFIPS, true) */
        /* 8 */ AWSC_EP_S(318, 35), /* "Accelerate cannot be used with FIPS" */
        /* 9 */ AWSC_EP_V(3), /* UseDualStack */
        /* 10 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 5), /* booleanEquals(UseDualStack, true) */
        /* 11 */ AWSC_EP_V(4), /* Endpoint */
        /* 12 */ AWSC_EP_F(IS_SET, 1, 7), /* isSet(Endpoint) */
        /* 13 */ AWSC_EP_S(354, 60), /* "Cannot set dual-stack in combination with a custom endpoint." */
        /* 14 */ AWSC_EP_S(415, 46), /* "A custom endpoint cannot be combined with FIPS" */
        /* 15 */ AWSC_EP_S(462, 55), /* "A custom endpoint cannot be combined with S3 Accelerate" */
        /* 16 */ AWSC_EP_F(PARTITION, 1, 0), /* aws.partition(Region) */
        /* 17 */ AWSC_EP_V(17), /* partitionResult */
        /* 18 */ AWSC_EP_A(17, NAME, AWSC_EP_NONE), /* partitionResult#name */
        /* 19 */ AWSC_EP_S(534, 6), /* "aws-cn" */
        /* 20 */ AWSC_EP_F(STRING_EQUALS, 2, 8), /* stringEquals(partitionResult#name, "aws-cn") */
        /* 21 */ AWSC_EP_S(541, 31), /* "Partition does not support FIPS" */
        /* 22 */ AWSC_EP_V(0), /* Bucket */
        /* 23 */ AWSC_EP_F(IS_SET, 1, 10), /* isSet(Bucket) */
        /* 24 */ AWSC_EP_I(0), /* 0 */
        /* 25 */ AWSC_EP_I(6), /* 6 */
        /* 26 */ AWSC_EP_F(SUBSTRING, 4, 11), /* substring(Bucket, 0, 6, true) */
        /* 27 */ AWSC_EP_V(18), /* bucketSuffix */
        /* 28 */ AWSC_EP_S(586, 6), /* "--x-s3" */
        /* 29 */ AWSC_EP_F(STRING_EQUALS, 2, 15), /* stringEquals(bucketSuffix, "--x-s3") */
        /* 30 */ AWSC_EP_I(7), /* 7 */
        /* 31 */ AWSC_EP_F(SUBSTRING, 4, 17), /* substring(Bucket, 0, 7, true) */
        /* 32 */ AWSC_EP_V(19), /* accessPointSuffix */
        /* 33 */ AWSC_EP_S(611, 7), /* "--xa-s3" */
        /* 34 */ AWSC_EP_F(STRING_EQUALS, 2, 21), /* stringEquals(accessPointSuffix, "--xa-s3") */
        /* 35 */ AWSC_EP_F(NOT, 1, 23), /* not(isSet(Bucket)) */
        /* 36 */ AWSC_EP_V(15), /* UseS3ExpressControlEndpoint */
        /* 37 */ AWSC_EP_F(IS_SET, 1, 24), /* isSet(UseS3ExpressControlEndpoint) */
        /* 38 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 25), /* booleanEquals(UseS3ExpressControlEndpoint, true) */
        /* 39 */ AWSC_EP_I(49), /* 49 */
        /* 40 */ AWSC_EP_I(50), /* 50 */
        /* 41 */ AWSC_EP_F(SUBSTRING, 4, 27), /* substring(Bucket, 49, 50, true) */
        /* 42 */ AWSC_EP_I(8), /* 8 */
        /* 43 */ AWSC_EP_I(12), /* 12 */
        /* 44 */ AWSC_EP_F(SUBSTRING, 4, 31), /* substring(Bucket, 8, 12, true) */
        /* 45 */ AWSC_EP_I(32), /* 32 */
        /* 46 */ AWSC_EP_F(SUBSTRING, 4, 35), /* substring(Bucket, 32, 49, true) */
        /* 47 */ AWSC_EP_V(22), /* bucketAliasSuffix */
        /* 48 */ AWSC_EP_S(689, 7), /* "--op-s3" */
        /* 49 */ AWSC_EP_F(STRING_EQUALS, 2, 39), /* stringEquals(bucketAliasSuffix, "--op-s3") */
        /* 50 */ AWSC_EP_V(8), /* UseObjectLambdaEndpoint */
        /* 51 */ AWSC_EP_F(IS_SET, 1, 41), /* isSet(UseObjectLambdaEndpoint) */
        /* 52 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 42), /* booleanEquals(UseObjectLambdaEndpoint, true) */
        /* 53 */ AWSC_EP_S(697, 41), /* "S3Express does not support S3 Accelerate." */
        /* 54 */ AWSC_EP_F(PARSE_URL, 1, 7), /* parseURL(Endpoint) */
        /* 55 */ AWSC_EP_B(0), /* false */
        /* 56 */ AWSC_EP_F(IS_VIRTUAL_HOSTABLE_S3_BUCKET, 2, 44), /* aws.isVirtualHostableS3Bucket(Bucket, false) */
        /* 57 */ AWSC_EP_S(743, 59), /* "S3Express bucket name is not a valid virtual hostable name." */
        /* 58 */ AWSC_EP_V(16), /* DisableS3ExpressSessionAuth */
        /* 59 */ AWSC_EP_F(IS_SET, 1, 46), /* isSet(DisableS3ExpressSessionAuth) */
        /* 60 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 47), /* booleanEquals(DisableS3ExpressSessionAuth, true) */
        /* 61 */ AWSC_EP_V(25), /* url */
        /* 62 */ AWSC_EP_A(61, IS_IP, AWSC_EP_NONE), /* url#isIp */
        /* 63 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 49), /* booleanEquals(url#isIp, true) */
        /* 64 */ AWSC_EP_F(URI_ENCODE, 1, 10), /* uriEncode(Bucket) */
        /* 65 */ AWSC_EP_A(61, SCHEME, AWSC_EP_NONE), /* url#scheme */
        /* 66 */ AWSC_EP_S(822, 3), /* "://" */
        /* 67 */ AWSC_EP_A(61, AUTHORITY, AWSC_EP_NONE), /* url#authority */
        /* 68 */ AWSC_EP_S(826, 1), /* "/" */
        /* 69 */ AWSC_EP_V(26), /* uri_encoded_bucket */
        /* 70 */ AWSC_EP_A(61, PATH, AWSC_EP_NONE), /* url#path */
        /* 71 */ AWSC_EP_T(6, 51), /* "{url#scheme}://{url#authority}/{uri_encoded_bucket}{url#path}" */
        /* 72 */ AWSC_EP_S(836, 9), /* "S3Express" */
        /* 73 */ AWSC_EP_S(885, 5), /* "sigv4" */
        /* 74 */ AWSC_EP_S(903, 9), /* "s3express" */
        /* 75 */ AWSC_EP_S(927, 1), /* "." */
        /* 76 */ AWSC_EP_T(6, 57), /* "{url#scheme}://{Bucket}.{url#authority}{url#path}" */
        /* 77 */ AWSC_EP_S(929, 15), /* "sigv4-s3express" */
        /* 78 */ AWSC_EP_F(NOT, 1, 63), /* not(isSet(Endpoint)) */
        /* 79 */ AWSC_EP_S(945, 41), /* "https://s3express-control-fips.dualstack." */
        /* 80 */ AWSC_EP_A(17, DNS_SUFFIX, AWSC_EP_NONE), /* partitionResult#dnsSuffix */
        /* 81 */ AWSC_EP_T(6, 64), /* "https://s3express-control-fips.dualstack.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
        /* 82 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 70), /* booleanEquals(UseDualStack, false) */
        /* 83 */ AWSC_EP_S(987, 31), /* "https://s3express-control-fips." */
        /* 84 */ AWSC_EP_T(6, 72), /* "https://s3express-control-fips.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
        /* 85 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 78), /* booleanEquals(UseFIPS, false) */
        /* 86 */ AWSC_EP_S(1019, 36), /* "https://s3express-control.dualstack." */
        /* 87 */ AWSC_EP_T(6, 80), /* "https://s3express-control.dualstack.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
        /* 88 */ AWSC_EP_S(1056, 26), /* "https://s3express-control." */
        /* 89 */ AWSC_EP_T(6, 86), /* "https://s3express-control.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
        /* 90 */ AWSC_EP_I(14), /* 14 */
        /* 91 */ AWSC_EP_F(SUBSTRING, 4, 92), /* substring(Bucket, 6, 14, true) */
        /* 92 */ AWSC_EP_I(16), /* 16 */
        /* 93 */ AWSC_EP_F(SUBSTRING, 4, 96), /* substring(Bucket, 14, 16, true) */
        /* 94 */ AWSC_EP_V(28), /* s3expressAvailabilityZoneDelim */
        /* 95 */ AWSC_EP_S(1142, 2), /* "--" */
        /* 96 */ AWSC_EP_F(STRING_EQUALS, 2, 100), /* stringEquals(s3expressAvailabilityZoneDelim, "--") */
        /* 97 */ AWSC_EP_I(15), /* 15 */
        /* 98 */ AWSC_EP_F(SUBSTRING, 4, 102), /* substring(Bucket, 6, 15, true) */
        /* 99 */ AWSC_EP_I(17), /* 17 */
        /* 100 */ AWSC_EP_F(SUBSTRING, 4, 106), /* substring(Bucket, 15, 17, true) */
        /* 101 */ AWSC_EP_I(19), /* 19 */
        /* 102 */ AWSC_EP_F(SUBSTRING, 4, 110), /* substring(Bucket, 6, 19, true) */
        /* 103 */ AWSC_EP_I(21), /* 21 */
        /* 104 */ AWSC_EP_F(SUBSTRING, 4, 114), /* substring(Bucket, 19, 21, true) */
        /* 105 */ AWSC_EP_I(20), /* 20 */
        /* 106 */ AWSC_EP_F(SUBSTRING, 4, 118), /* substring(Bucket, 6, 20, true) */
        /* 107 */ AWSC_EP_I(22), /* 22 */
        /* 108 */ AWSC_EP_F(SUBSTRING, 4, 122), /* substring(Bucket, 20, 22, true) */
        /* 109 */ AWSC_EP_I(26), /* 26 */
        /* 110 */ AWSC_EP_F(SUBSTRING, 4, 126), /* substring(Bucket, 6, 26, true) */
        /* 111 */ AWSC_EP_I(28), /* 28 */
        /* 112 */ AWSC_EP_F(SUBSTRING, 4, 130), /* substring(Bucket, 26, 28, true) */
        /* 113 */ AWSC_EP_S(1145, 42), /* "Unrecognized S3Express bucket name format." */
        /* 114 */ AWSC_EP_S(1188, 8), /* "https://" */
        /* 115 */ AWSC_EP_S(1197, 16), /* ".s3express-fips-" */
        /* 116 */ AWSC_EP_V(27), /* s3expressAvailabilityZoneId */
        /* 117 */ AWSC_EP_S(1214, 11), /* ".dualstack." */
        /* 118 */ AWSC_EP_T(8, 134), /* "https://{Bucket}.s3express-fips-{s3expressAvailabilityZoneId}.dualstack.{Region}.{partitionResult#dnsSuffix}" */
        /* 119 */ AWSC_EP_T(8, 142), /* "https://{Bucket}.s3express-fips-{s3expressAvailabilityZoneId}.{Region}.{partitionResult#dnsSuffix}" */
        /* 120 */ AWSC_EP_S(1226, 11), /* ".s3express-" */
        /* 121 */ AWSC_EP_T(8, 150), /* "https://{Bucket}.s3express-{s3expressAvailabilityZoneId}.dualstack.{Region}.{partitionResult#dnsSuffix}" */
        /* 122 */ AWSC_EP_T(8, 158), /* "https://{Bucket}.s3express-{s3expressAvailabilityZoneId}.{Region}.{partitionResult#dnsSuffix}" */
        /* 123 */ AWSC_EP_F(SUBSTRING, 4, 166), /* substring(Bucket, 7, 15, true) */
        /* 124 */ AWSC_EP_F(SUBSTRING, 4, 170), /* substring(Bucket, 7, 16, true) */
        /* 125 */ AWSC_EP_I(18), /* 18 */
        /* 126 */ AWSC_EP_F(SUBSTRING, 4, 174), /* substring(Bucket, 16, 18, true) */
        /* 127 */ AWSC_EP_F(SUBSTRING, 4, 178), /* substring(Bucket, 7, 20, true) */
        /* 128 */ AWSC_EP_F(SUBSTRING, 4, 182), /* substring(Bucket, 7, 21, true) */
        /* 129 */ AWSC_EP_I(23), /* 23 */
        /* 130 */ AWSC_EP_F(SUBSTRING, 4, 186), /* substring(Bucket, 21, 23, true) */
        /* 131 */ AWSC_EP_I(27), /* 27 */
        /* 132 */ AWSC_EP_F(SUBSTRING, 4, 190), /* substring(Bucket, 7, 27, true) */
        /* 133 */ AWSC_EP_I(29), /* 29 */
        /* 134 */ AWSC_EP_F(SUBSTRING, 4, 194), /* substring(Bucket, 27, 29, true) */
        /* 135 */ AWSC_EP_T(4, 198), /* "{url#scheme}://{url#authority}{url#path}" */
        /* 136 */ AWSC_EP_T(4, 202), /* "https://s3express-control-fips.dualstack.{Region}.{partitionResult#dnsSuffix}" */
        /* 137 */ AWSC_EP_T(4, 206), /* "https://s3express-control-fips.{Region}.{partitionResult#dnsSuffix}" */
        /* 138 */ AWSC_EP_T(4, 210), /* "https://s3express-control.dualstack.{Region}.{partitionResult#dnsSuffix}" */
        /* 139 */ AWSC_EP_T(4, 214), /* "https://s3express-control.{Region}.{partitionResult#dnsSuffix}" */
        /* 140 */ AWSC_EP_V(23), /* outpostId */
        /* 141 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 218), /* isValidHostLabel(outpostId, false) */
        /* 142 */ AWSC_EP_S(1238, 68), /* "Invalid ARN: The outpost Id must only contain a-z, A-Z, 0-9 and `-`." */
        /* 143 */ AWSC_EP_S(1307, 63), /* "Invalid Outposts Bucket alias - it must be a valid bucket name." */
        /* 144 */ AWSC_EP_V(20), /* hardwareType */
        /* 145 */ AWSC_EP_S(1371, 1), /* "e" */
        /* 146 */ AWSC_EP_F(STRING_EQUALS, 2, 220), /* stringEquals(hardwareType, "e") */
        /* 147 */ AWSC_EP_S(1373, 1), /* "o" */
        /* 148 */ AWSC_EP_F(STRING_EQUALS, 2, 222), /* stringEquals(hardwareType, "o") */
        /* 149 */ AWSC_EP_S(1375, 67), /* "Unrecognized hardware type: \"Expected hardware type o or e but got " */
        /* 150 */ AWSC_EP_S(1443, 1), /* "\"" */
        /* 151 */ AWSC_EP_T(3, 224), /* "Unrecognized hardware type: \"Expected hardware type o or e but got {hardwareType}\"" */
        /* 152 */ AWSC_EP_V(21), /* regionPrefix */
        /* 153 */ AWSC_EP_S(1445, 4), /* "beta" */
        /* 154 */ AWSC_EP_F(STRING_EQUALS, 2, 227), /* stringEquals(regionPrefix, "beta") */
        /* 155 */ AWSC_EP_S(1450, 17), /* ".ec2.s3-outposts." */
        /* 156 */ AWSC_EP_V(24), /* regionPartition */
        /* 157 */ AWSC_EP_A(156, DNS_SUFFIX, AWSC_EP_NONE), /* regionPartition#dnsSuffix */
        /* 158 */ AWSC_EP_T(6, 229), /* "https://{Bucket}.ec2.s3-outposts.{Region}.{regionPartition#dnsSuffix}" */
        /* 159 */ AWSC_EP_S(1468, 6), /* "sigv4a" */
        /* 160 */ AWSC_EP_S(1475, 11), /* "s3-outposts" */
        /* 161 */ AWSC_EP_S(1504, 1), /* "*" */
        /* 162 */ AWSC_EP_S(1506, 61), /* "Expected a endpoint to be specified but no endpoint was found" */
        /* 163 */ AWSC_EP_S(1568, 5), /* ".ec2." */
        /* 164 */ AWSC_EP_T(4, 235), /* "https://{Bucket}.ec2.{url#authority}" */
        /* 165 */ AWSC_EP_S(1574, 4), /* ".op-" */
        /* 166 */ AWSC_EP_S(1579, 13), /* ".s3-outposts." */
        /* 167 */ AWSC_EP_T(8, 239), /* "https://{Bucket}.op-{outpostId}.s3-outposts.{Region}.{regionPartition#dnsSuffix}" */
        /* 168 */ AWSC_EP_T(6, 247), /* "https://{Bucket}.op-{outpostId}.{url#authority}" */
        /* 169 */ AWSC_EP_F(IS_SET, 1, 253), /* isSet(parseURL(Endpoint)) */
        /* 170 */ AWSC_EP_F(NOT, 1, 254), /* not(isSet(parseURL(Endpoint))) */
        /* 171 */ AWSC_EP_S(1593, 17), /* "Custom endpoint `" */
        /* 172 */ AWSC_EP_S(1611, 21), /* "` was not a valid URI" */
        /* 173 */ AWSC_EP_T(3, 255), /* "Custom endpoint `{Endpoint}` was not a valid URI" */
        /* 174 */ AWSC_EP_V(5), /* ForcePathStyle */
        /* 175 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 258), /* booleanEquals(ForcePathStyle, false) */
        /* 176 */ AWSC_EP_S(1633, 4), /* "http" */
        /* 177 */ AWSC_EP_F(STRING_EQUALS, 2, 260), /* stringEquals(url#scheme, "http") */
        /* 178 */ AWSC_EP_F(IS_VIRTUAL_HOSTABLE_S3_BUCKET, 2, 262), /* aws.isVirtualHostableS3Bucket(Bucket, true) */
        /* 179 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 264), /* booleanEquals(Accelerate, false) */
        /* 180 */ AWSC_EP_F(PARSE_ARN, 1, 10), /* aws.parseArn(Bucket) */
        /* 181 */ AWSC_EP_I(4), /* 4 */
        /* 182 */ AWSC_EP_F(SUBSTRING, 4, 266), /* substring(Bucket, 0, 4, false) */
        /* 183 */ AWSC_EP_V(30), /* arnPrefix */
        /* 184 */ AWSC_EP_S(1658, 4), /* "arn:" */
        /* 185 */ AWSC_EP_F(STRING_EQUALS, 2, 270), /* stringEquals(arnPrefix, "arn:") */
        /* 186 */ AWSC_EP_F(IS_SET, 1, 272), /* isSet(aws.parseArn(Bucket)) */
        /* 187 */ AWSC_EP_F(NOT, 1, 273), /* not(isSet(aws.parseArn(Bucket))) */
        /* 188 */ AWSC_EP_S(1663, 14), /* "Invalid ARN: `" */
        /* 189 */ AWSC_EP_S(1678, 21), /* "` was not a valid ARN" */
        /* 190 */ AWSC_EP_T(3, 274), /* "Invalid ARN: `{Bucket}` was not a valid ARN" */
        /* 191 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 277), /* booleanEquals(ForcePathStyle, true) */
        /* 192 */ AWSC_EP_S(1700, 53), /* "Path-style addressing cannot be used with ARN buckets" */
        /* 193 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 279), /* isValidHostLabel(Region, false) */
        /* 194 */ AWSC_EP_S(1754, 48), /* "Invalid region: region was not a valid DNS name." */
        /* 195 */ AWSC_EP_S(1803, 43), /* "S3 Accelerate cannot be used in this region" */
        /* 196 */ AWSC_EP_S(3, 10), /* "aws-global" */
        /* 197 */ AWSC_EP_F(STRING_EQUALS, 2, 281), /* stringEquals(Region, "aws-global") */
        /* 198 */ AWSC_EP_S(1847, 29), /* ".s3-fips.dualstack.us-east-1." */
        /* 199 */ AWSC_EP_T(4, 283), /* "https://{Bucket}.s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}" */
        /* 200 */ AWSC_EP_S(0, 2), /* "s3" */
        /* 201 */ AWSC_EP_S(1877, 9), /* "us-east-1" */
        /* 202 */ AWSC_EP_F(NOT, 1, 287), /* not(stringEquals(Region, "aws-global")) */
        /* 203 */ AWSC_EP_V(7), /* UseGlobalEndpoint */
        /* 204 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 288), /* booleanEquals(UseGlobalEndpoint, true) */
        /* 205 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 290), /* booleanEquals(UseGlobalEndpoint, false) */
        /* 206 */ AWSC_EP_S(1887, 19), /* ".s3-fips.dualstack." */
        /* 207 */ AWSC_EP_T(6, 292), /* "https://{Bucket}.s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}" */
        /* 208 */ AWSC_EP_S(1907, 19), /* ".s3-fips.us-east-1." */
        /* 209 */ AWSC_EP_T(4, 298), /* "https://{Bucket}.s3-fips.us-east-1.{partitionResult#dnsSuffix}" */
        /* 210 */ AWSC_EP_S(1927, 9), /* ".s3-fips." */
        /* 211 */ AWSC_EP_T(6, 302), /* "https://{Bucket}.s3-fips.{Region}.{partitionResult#dnsSuffix}" */
        /* 212 */ AWSC_EP_S(1937, 35), /* ".s3-accelerate.dualstack.us-east-1." */
        /* 213 */ AWSC_EP_T(4, 308), /* "https://{Bucket}.s3-accelerate.dualstack.us-east-1.{partitionResult#dnsSuffix}" */
        /* 214 */ AWSC_EP_S(1973, 25), /* ".s3-accelerate.dualstack." */
        /* 215 */ AWSC_EP_T(4, 312), /* "https://{Bucket}.s3-accelerate.dualstack.{partitionResult#dnsSuffix}" */
        /* 216 */ AWSC_EP_S(1999, 24), /* ".s3.dualstack.us-east-1." */
        /* 217 */ AWSC_EP_T(4, 316), /* "https://{Bucket}.s3.dualstack.us-east-1.{partitionResult#dnsSuffix}" */
        /* 218 */ AWSC_EP_S(2024, 14), /* ".s3.dualstack." */
        /* 219 */ AWSC_EP_T(6, 320), /* "https://{Bucket}.s3.dualstack.{Region}.{partitionResult#dnsSuffix}" */
        /* 220 */ AWSC_EP_A(61, NORMALIZED_PATH, AWSC_EP_NONE), /* url#normalizedPath */
        /* 221 */ AWSC_EP_T(5, 326), /* "{url#scheme}://{url#authority}{url#normalizedPath}{Bucket}" */
        /* 222 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 331), /* booleanEquals(url#isIp, false) */
        /* 223 */ AWSC_EP_S(2039, 15), /* ".s3-accelerate." */
        /* 224 */ AWSC_EP_T(4, 333), /* "https://{Bucket}.s3-accelerate.{partitionResult#dnsSuffix}" */
        /* 225 */ AWSC_EP_S(2055, 4), /* ".s3." */
        /* 226 */ AWSC_EP_T(4, 337), /* "https://{Bucket}.s3.{partitionResult#dnsSuffix}" */
        /* 227 */ AWSC_EP_T(6, 341), /* "https://{Bucket}.s3.{Region}.{partitionResult#dnsSuffix}" */
        /* 228 */ AWSC_EP_F(STRING_EQUALS, 2, 347), /* stringEquals(Region, "us-east-1") */
        /* 229 */ AWSC_EP_V(29), /* bucketArn */
        /* 230 */ AWSC_EP_A(229, RESOURCE_ID, 0), /* bucketArn#resourceId[0] */
        /* 231 */ AWSC_EP_V(31), /* arnType */
        /* 232 */ AWSC_EP_S(2068, 0), /* "" */
        /* 233 */ AWSC_EP_F(STRING_EQUALS, 2, 349), /* stringEquals(arnType, "") */
        /* 234 */ AWSC_EP_F(NOT, 1, 351), /* not(stringEquals(arnType, "")) */
        /* 235 */ AWSC_EP_S(2069, 34), /* "Invalid ARN: No ARN type specified" */
        /* 236 */ AWSC_EP_A(229, SERVICE, AWSC_EP_NONE), /* bucketArn#service */
        /* 237 */ AWSC_EP_S(2104, 16), /* "s3-object-lambda" */
        /* 238 */ AWSC_EP_F(STRING_EQUALS, 2, 352), /* stringEquals(bucketArn#service, "s3-object-lambda") */
        /* 239 */ AWSC_EP_S(2121, 11), /* "accesspoint" */
        /* 240 */ AWSC_EP_F(STRING_EQUALS, 2, 354), /* stringEquals(arnType, "accesspoint") */
        /* 241 */ AWSC_EP_F(STRING_EQUALS, 2, 356), /* stringEquals(bucketArn#service, "s3-outposts") */
        /* 242 */ AWSC_EP_S(2133, 34), /* "Invalid ARN: Unrecognized format: " */
        /* 243 */ AWSC_EP_S(2168, 8), /* " (type: " */
        /* 244 */ AWSC_EP_S(2177, 1), /* ")" */
        /* 245 */ AWSC_EP_T(5, 358), /* "Invalid ARN: Unrecognized format: {Bucket} (type: {arnType})" */
        /* 246 */ AWSC_EP_S(2179, 82), /* "Invalid ARN: Object Lambda ARNs only support `accesspoint` arn types, but found: `" */
        /* 247 */ AWSC_EP_S(2262, 1), /* "`" */
        /* 248 */ AWSC_EP_T(3, 363), /* "Invalid ARN: Object Lambda ARNs only support `accesspoint` arn types, but found: `{arnType}`" */
        /* 249 */ AWSC_EP_A(229, RESOURCE_ID, 1), /* bucketArn#resourceId[1] */
        /* 250 */ AWSC_EP_V(32), /* accessPointName */
        /* 251 */ AWSC_EP_F(STRING_EQUALS, 2, 366), /* stringEquals(accessPointName, "") */
        /* 252 */ AWSC_EP_F(NOT, 1, 368), /* not(stringEquals(accessPointName, "")) */
        /* 253 */ AWSC_EP_S(2280, 104), /* "Invalid ARN: Expected a resource of the format `accesspoint:<accesspoint name>` but no name was provided" */
        /* 254 */ AWSC_EP_S(2385, 44), /* "S3 Object Lambda does not support Dual-stack" */
        /* 255 */ AWSC_EP_S(2430, 47), /* "S3 Object Lambda does not support S3 Accelerate" */
        /* 256 */ AWSC_EP_A(229, REGION, AWSC_EP_NONE), /* bucketArn#region */
        /* 257 */ AWSC_EP_F(STRING_EQUALS, 2, 369), /* stringEquals(bucketArn#region, "") */
        /* 258 */ AWSC_EP_F(NOT, 1, 371), /* not(stringEquals(bucketArn#region, "")) */
        /* 259 */ AWSC_EP_S(2478, 43), /* "Invalid ARN: bucket ARN is missing a region" */
        /* 260 */ AWSC_EP_V(12), /* DisableAccessPoints */
        /* 261 */ AWSC_EP_F(IS_SET, 1, 372), /* isSet(DisableAccessPoints) */
        /* 262 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 373), /* booleanEquals(DisableAccessPoints, true) */
        /* 263 */ AWSC_EP_S(2522, 50), /* "Access points are not supported for this operation" */
        /* 264 */ AWSC_EP_A(229, RESOURCE_ID, 2), /* bucketArn#resourceId[2] */
        /* 265 */ AWSC_EP_F(IS_SET, 1, 375), /* isSet(bucketArn#resourceId[2]) */
        /* 266 */ AWSC_EP_F(NOT, 1, 376), /* not(isSet(bucketArn#resourceId[2])) */
        /* 267 */ AWSC_EP_S(2573, 86), /* "Invalid ARN: The ARN may only contain a single resource component after `accesspoint`." */
        /* 268 */ AWSC_EP_V(14), /* UseArnRegion */
        /* 269 */ AWSC_EP_F(IS_SET, 1, 377), /* isSet(UseArnRegion) */
        /* 270 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 378), /* booleanEquals(UseArnRegion, false) */
        /* 271 */ AWSC_EP_F(STRING_EQUALS, 2, 380), /* stringEquals(bucketArn#region, Region) */
        /* 272 */ AWSC_EP_F(NOT, 1, 382), /* not(stringEquals(bucketArn#region, Region)) */
        /* 273 */ AWSC_EP_S(2660, 40), /* "Invalid configuration: region from ARN `" */
        /* 274 */ AWSC_EP_S(2701, 32), /* "` does not match client region `" */
        /* 275 */ AWSC_EP_S(2734, 29), /* "` and UseArnRegion is `false`" */
        /* 276 */ AWSC_EP_T(5, 383), /* "Invalid configuration: region from ARN `{bucketArn#region}` does not match client region `{Region}` and U ... */
        /* 277 */ AWSC_EP_F(PARTITION, 1, 388), /* aws.partition(bucketArn#region) */
        /* 278 */ AWSC_EP_V(33), /* bucketPartition */
        /* 279 */ AWSC_EP_A(278, NAME, AWSC_EP_NONE), /* bucketPartition#name */
        /* 280 */ AWSC_EP_F(STRING_EQUALS, 2, 389), /* stringEquals(bucketPartition#name, partitionResult#name) */
        /* 281 */ AWSC_EP_S(2780, 37), /* "Client was configured for partition `" */
        /* 282 */ AWSC_EP_S(2818, 12), /* "` but ARN (`" */
        /* 283 */ AWSC_EP_S(2831, 8), /* "`) has `" */
        /* 284 */ AWSC_EP_T(7, 391), /* "Client was configured for partition `{partitionResult#name}` but ARN (`{Bucket}`) has `{bucketPartition#n ... */
        /* 285 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 398), /* isValidHostLabel(bucketArn#region, true) */
        /* 286 */ AWSC_EP_S(2840, 24), /* "Invalid region in ARN: `" */
        /* 287 */ AWSC_EP_S(2865, 20), /* "` (invalid DNS name)" */
        /* 288 */ AWSC_EP_T(3, 400), /* "Invalid region in ARN: `{bucketArn#region}` (invalid DNS name)" */
        /* 289 */ AWSC_EP_A(229, ACCOUNT_ID, AWSC_EP_NONE), /* bucketArn#accountId */
        /* 290 */ AWSC_EP_F(STRING_EQUALS, 2, 403), /* stringEquals(bucketArn#accountId, "") */
        /* 291 */ AWSC_EP_S(2886, 31), /* "Invalid ARN: Missing account id" */
        /* 292 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 405), /* isValidHostLabel(bucketArn#accountId, false) */
        /* 293 */ AWSC_EP_S(2918, 76), /* "Invalid ARN: The account id may only contain a-z, A-Z, 0-9 and `-`. Found: `" */
        /* 294 */ AWSC_EP_T(3, 407), /* "Invalid ARN: The account id may only contain a-z, A-Z, 0-9 and `-`. Found: `{bucketArn#accountId}`" */
        /* 295 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 410), /* isValidHostLabel(accessPointName, false) */
        /* 296 */ AWSC_EP_S(2995, 83), /* "Invalid ARN: The access point name may only contain a-z, A-Z, 0-9 and `-`. Found: `" */
        /* 297 */ AWSC_EP_T(3, 412), /* "Invalid ARN: The access point name may only contain a-z, A-Z, 0-9 and `-`. Found: `{accessPointName}`" */
        /* 298 */ AWSC_EP_S(3079, 1), /* "-" */
        /* 299 */ AWSC_EP_T(8, 415), /* "{url#scheme}://{accessPointName}-{bucketArn#accountId}.{url#authority}{url#path}" */
        /* 300 */ AWSC_EP_S(3081, 23), /* ".s3-object-lambda-fips." */
        /* 301 */ AWSC_EP_A(278, DNS_SUFFIX, AWSC_EP_NONE), /* bucketPartition#dnsSuffix */
        /* 302 */ AWSC_EP_T(8, 423), /* "https://{accessPointName}-{bucketArn#accountId}.s3-object-lambda-fips.{bucketArn#region}.{bucketPartition ... */
        /* 303 */ AWSC_EP_S(3105, 18), /* ".s3-object-lambda." */
        /* 304 */ AWSC_EP_T(8, 431), /* "https://{accessPointName}-{bucketArn#accountId}.s3-object-lambda.{bucketArn#region}.{bucketPartition#dnsS ... */
        /* 305 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 439), /* isValidHostLabel(accessPointName, true) */
        /* 306 */ AWSC_EP_S(3124, 25), /* "Invalid Access Point Name" */
        /* 307 */ AWSC_EP_F(STRING_EQUALS, 2, 441), /* stringEquals(bucketArn#service, "s3") */
        /* 308 */ AWSC_EP_S(3150, 56), /* "Invalid ARN: The ARN was not for the S3 service, found: " */
        /* 309 */ AWSC_EP_T(2, 443), /* "Invalid ARN: The ARN was not for the S3 service, found: {bucketArn#service}" */
        /* 310 */ AWSC_EP_S(3207, 42), /* "Access Points do not support S3 Accelerate" */
        /* 311 */ AWSC_EP_S(3250, 31), /* ".s3-accesspoint-fips.dualstack." */
        /* 312 */ AWSC_EP_T(8, 445), /* "https://{accessPointName}-{bucketArn#accountId}.s3-accesspoint-fips.dualstack.{bucketArn#region}.{bucketP ... */
        /* 313 */ AWSC_EP_S(3282, 21), /* ".s3-accesspoint-fips." */
        /* 314 */ AWSC_EP_T(8, 453), /* "https://{accessPointName}-{bucketArn#accountId}.s3-accesspoint-fips.{bucketArn#region}.{bucketPartition#d ... */
        /* 315 */ AWSC_EP_S(3304, 26), /* ".s3-accesspoint.dualstack." */
        /* 316 */ AWSC_EP_T(8, 461), /* "https://{accessPointName}-{bucketArn#accountId}.s3-accesspoint.dualstack.{bucketArn#region}.{bucketPartit ... */
        /* 317 */ AWSC_EP_S(3331, 16), /* ".s3-accesspoint." */
        /* 318 */ AWSC_EP_T(8, 469), /* "https://{accessPointName}-{bucketArn#accountId}.s3-accesspoint.{bucketArn#region}.{bucketPartition#dnsSuf ... */
        /* 319 */ AWSC_EP_S(3348, 35), /* "S3 MRAP does not support dual-stack" */
        /* 320 */ AWSC_EP_S(3384, 29), /* "S3 MRAP does not support FIPS" */
        /* 321 */ AWSC_EP_S(3414, 38), /* "S3 MRAP does not support S3 Accelerate" */
        /* 322 */ AWSC_EP_V(13), /* DisableMultiRegionAccessPoints */
        /* 323 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 477), /* booleanEquals(DisableMultiRegionAccessPoints, true) */
        /* 324 */ AWSC_EP_S(3453, 67), /* "Invalid configuration: Multi-Region Access Point ARNs are disabled." */
        /* 325 */ AWSC_EP_V(34), /* mrapPartition */
        /* 326 */ AWSC_EP_A(325, NAME, AWSC_EP_NONE), /* mrapPartition#name */
        /* 327 */ AWSC_EP_A(229, PARTITION, AWSC_EP_NONE), /* bucketArn#partition */
        /* 328 */ AWSC_EP_F(STRING_EQUALS, 2, 479), /* stringEquals(mrapPartition#name, bucketArn#partition) */
        /* 329 */ AWSC_EP_S(3535, 36), /* "` but bucket referred to partition `" */
        /* 330 */ AWSC_EP_T(5, 481), /* "Client was configured for partition `{mrapPartition#name}` but bucket referred to partition `{bucketArn#p ... */
        /* 331 */ AWSC_EP_S(3572, 23), /* ".accesspoint.s3-global." */
        /* 332 */ AWSC_EP_A(325, DNS_SUFFIX, AWSC_EP_NONE), /* mrapPartition#dnsSuffix */
        /* 333 */ AWSC_EP_T(4, 486), /* "https://{accessPointName}.accesspoint.s3-global.{mrapPartition#dnsSuffix}" */
        /* 334 */ AWSC_EP_S(3596, 39), /* "S3 Outposts does not support Dual-stack" */
        /* 335 */ AWSC_EP_S(3636, 33), /* "S3 Outposts does not support FIPS" */
        /* 336 */ AWSC_EP_S(3670, 42), /* "S3 Outposts does not support S3 Accelerate" */
        /* 337 */ AWSC_EP_A(229, RESOURCE_ID, 4), /* bucketArn#resourceId[4] */
        /* 338 */ AWSC_EP_F(IS_SET, 1, 490), /* isSet(bucketArn#resourceId[4]) */
        /* 339 */ AWSC_EP_S(3713, 60), /* "Invalid Arn: Outpost Access Point ARN contains sub resources" */
        /* 340 */ AWSC_EP_S(3774, 39), /* "Invalid ARN: The Outpost Id was not set" */
        /* 341 */ AWSC_EP_S(3814, 76), /* "Invalid ARN: The outpost Id may only contain a-z, A-Z, 0-9 and `-`. Found: `" */
        /* 342 */ AWSC_EP_T(3, 491), /* "Invalid ARN: The outpost Id may only contain a-z, A-Z, 0-9 and `-`. Found: `{outpostId}`" */
        /* 343 */ AWSC_EP_S(3903, 44), /* "Invalid ARN: Expected a 4-component resource" */
        /* 344 */ AWSC_EP_A(229, RESOURCE_ID, 3), /* bucketArn#resourceId[3] */
        /* 345 */ AWSC_EP_S(3948, 42), /* "Invalid ARN: expected an access point name" */
        /* 346 */ AWSC_EP_V(35), /* outpostType */
        /* 347 */ AWSC_EP_F(STRING_EQUALS, 2, 494), /* stringEquals(outpostType, "accesspoint") */
        /* 348 */ AWSC_EP_S(3991, 46), /* "Expected an outpost type `accesspoint`, found " */
        /* 349 */ AWSC_EP_T(2, 496), /* "Expected an outpost type `accesspoint`, found {outpostType}" */
        /* 350 */ AWSC_EP_T(8, 498), /* "https://{accessPointName}-{bucketArn#accountId}.{outpostId}.{url#authority}" */
        /* 351 */ AWSC_EP_T(10, 506), /* "https://{accessPointName}-{bucketArn#accountId}.{outpostId}.s3-outposts.{bucketArn#region}.{bucketPartiti ... */
        /* 352 */ AWSC_EP_S(4038, 55), /* "Path-style addressing cannot be used with S3 Accelerate" */
        /* 353 */ AWSC_EP_S(4094, 36), /* "https://s3-fips.dualstack.us-east-1." */
        /* 354 */ AWSC_EP_T(4, 516), /* "https://s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
        /* 355 */ AWSC_EP_S(4131, 26), /* "https://s3-fips.dualstack." */
        /* 356 */ AWSC_EP_T(6, 520), /* "https://s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
        /* 357 */ AWSC_EP_S(4158, 26), /* "https://s3-fips.us-east-1." */
        /* 358 */ AWSC_EP_T(4, 526), /* "https://s3-fips.us-east-1.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
        /* 359 */ AWSC_EP_S(4185, 16), /* "https://s3-fips." */
        /* 360 */ AWSC_EP_T(6, 530), /* "https://s3-fips.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
        /* 361 */ AWSC_EP_S(4202, 31), /* "https://s3.dualstack.us-east-1." */
        /* 362 */ AWSC_EP_T(4, 536), /* "https://s3.dualstack.us-east-1.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
        /* 363 */ AWSC_EP_S(4234, 21), /* "https://s3.dualstack." */
        /* 364 */ AWSC_EP_T(6, 540), /* "https://s3.dualstack.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
        /* 365 */ AWSC_EP_T(5, 546), /* "{url#scheme}://{url#authority}{url#normalizedPath}{uri_encoded_bucket}" */
        /* 366 */ AWSC_EP_S(4256, 11), /* "https://s3." */
        /* 367 */ AWSC_EP_T(4, 551), /* "https://s3.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
        /* 368 */ AWSC_EP_T(6, 555), /* "https://s3.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
        /* 369 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 561), /* isValidHostLabel(Region, true) */
        /* 370 */ AWSC_EP_S(4268, 30), /* "https://s3-object-lambda-fips." */
        /* 371 */ AWSC_EP_T(4, 563), /* "https://s3-object-lambda-fips.{Region}.{partitionResult#dnsSuffix}" */
        /* 372 */ AWSC_EP_S(4299, 25), /* "https://s3-object-lambda." */
        /* 373 */ AWSC_EP_T(4, 567), /* "https://s3-object-lambda.{Region}.{partitionResult#dnsSuffix}" */
        /* 374 */ AWSC_EP_T(2, 571), /* "https://s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}" */
        /* 375 */ AWSC_EP_T(4, 573), /* "https://s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}" */
        /* 376 */ AWSC_EP_T(2, 577), /* "https://s3-fips.us-east-1.{partitionResult#dnsSuffix}" */
        /* 377 */ AWSC_EP_T(4, 579), /* "https://s3-fips.{Region}.{partitionResult#dnsSuffix}" */
        /* 378 */ AWSC_EP_T(2, 583), /* "https://s3.dualstack.us-east-1.{partitionResult#dnsSuffix}" */
        /* 379 */ AWSC_EP_T(4, 585), /* "https://s3.dualstack.{Region}.{partitionResult#dnsSuffix}" */
        /* 380 */ AWSC_EP_T(2, 589), /* "https://s3.{partitionResult#dnsSuffix}" */
        /* 381 */ AWSC_EP_T(4, 591), /* "https://s3.{Region}.{partitionResult#dnsSuffix}" */
    },
    .args = {
        0, 3, 4, 6, 4, 9, 4, 11, 18, 19, 22, 22, 24, 25, 4, 27,
        28, 22, 24, 30, 4, 32, 33, 23, 36, 36, 4, 22, 39, 40, 4, 22,
        42, 43, 4, 22, 45, 39, 4, 47, 48, 50, 50, 4, 22, 55, 58, 58,
        4, 62, 4, 65, 66, 67, 68, 69, 70, 65, 66, 22, 75, 67, 70, 12,
        79, 0, 75, 80, 68, 69, 9, 55, 83, 0, 75, 80, 68, 69, 6, 55,
        86, 0, 75, 80, 68, 69, 88, 0, 75, 80, 68, 69, 22, 25, 90, 4,
        22, 90, 92, 4, 94, 95, 22, 25, 97, 4, 22, 97, 99, 4, 22, 25,
        101, 4, 22, 101, 103, 4, 22, 25, 105, 4, 22, 105, 107, 4, 22, 25,
        109, 4, 22, 109, 111, 4, 114, 22, 115, 116, 117, 0, 75, 80, 114, 22,
        115, 116, 75, 0, 75, 80, 114, 22, 120, 116, 117, 0, 75, 80, 114, 22,
        120, 116, 75, 0, 75, 80, 22, 30, 97, 4, 22, 30, 92, 4, 22, 92,
        125, 4, 22, 30, 105, 4, 22, 30, 103, 4, 22, 103, 129, 4, 22, 30,
        131, 4, 22, 131, 133, 4, 65, 66, 67, 70, 79, 0, 75, 80, 83, 0,
        75, 80, 86, 0, 75, 80, 88, 0, 75, 80, 140, 55, 144, 145, 144, 147,
        149, 144, 150, 152, 153, 114, 22, 155, 0, 75, 157, 114, 22, 163, 67, 114,
        22, 165, 140, 166, 0, 75, 157, 114, 22, 165, 140, 75, 67, 54, 169, 171,
        11, 172, 174, 55, 65, 176, 22, 4, 3, 55, 22, 24, 181, 55, 183, 184,
        180, 186, 188, 22, 189, 174, 4, 0, 55, 0, 196, 114, 22, 198, 80, 197,
        203, 4, 203, 55, 114, 22, 206, 0, 75, 80, 114, 22, 208, 80, 114, 22,
        210, 0, 75, 80, 114, 22, 212, 80, 114, 22, 214, 80, 114, 22, 216, 80,
        114, 22, 218, 0, 75, 80, 65, 66, 67, 220, 22, 62, 55, 114, 22, 223,
        80, 114, 22, 225, 80, 114, 22, 225, 0, 75, 80, 0, 201, 231, 232, 233,
        236, 237, 231, 239, 236, 160, 242, 22, 243, 231, 244, 246, 231, 247, 250, 232,
        251, 256, 232, 257, 260, 260, 4, 264, 265, 268, 268, 55, 256, 0, 271, 273,
        256, 274, 0, 275, 256, 279, 18, 281, 18, 282, 22, 283, 279, 247, 256, 4,
        286, 256, 287, 289, 232, 289, 55, 293, 289, 247, 250, 55, 296, 250, 247, 65,
        66, 250, 298, 289, 75, 67, 70, 114, 250, 298, 289, 300, 256, 75, 301, 114,
        250, 298, 289, 303, 256, 75, 301, 250, 4, 236, 200, 308, 236, 114, 250, 298,
        289, 311, 256, 75, 301, 114, 250, 298, 289, 313, 256, 75, 301, 114, 250, 298,
        289, 315, 256, 75, 301, 114, 250, 298, 289, 317, 256, 75, 301, 322, 4, 326,
        327, 281, 326, 329, 327, 247, 114, 250, 331, 332, 337, 341, 140, 247, 346, 239,
        348, 346, 114, 250, 298, 289, 75, 140, 75, 67, 114, 250, 298, 289, 75, 140,
        166, 256, 75, 301, 353, 80, 68, 69, 355, 0, 75, 80, 68, 69, 357, 80,
        68, 69, 359, 0, 75, 80, 68, 69, 361, 80, 68, 69, 363, 0, 75, 80,
        68, 69, 65, 66, 67, 220, 69, 366, 80, 68, 69, 366, 0, 75, 80, 68,
        69, 0, 4, 370, 0, 75, 80, 372, 0, 75, 80, 353, 80, 355, 0, 75,
        80, 357, 80, 359, 0, 75, 80, 361, 80, 363, 0, 75, 80, 366, 80, 366,
        0, 75, 80,
    },
    /* Endpoints: URL, properties, first header, header count. */
    .endpoints = {
        /* 0 */ {71, 0, 0, 0}, /* "{url#scheme}://{url#authority}/{uri_encoded_bucket}{url#path}" */
        /* 1 */ {76, 8, 0, 0}, /* "{url#scheme}://{Bucket}.{url#authority}{url#path}" */
        /* 2 */ {71, 16, 0, 0}, /* "{url#scheme}://{url#authority}/{uri_encoded_bucket}{url#path}" */
        /* 3 */ {76, 24, 0, 0}, /* "{url#scheme}://{Bucket}.{url#authority}{url#path}" */
        /* 4 */ {81, 32, 0, 0}, /* "https://s3express-control-fips.dualstack.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
        /* 5 */ {84, 40, 0, 0}, /* "https://s3express-control-fips.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
        /* 6 */ {87, 48, 0, 0}, /* "https://s3express-control.dualstack.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
        /* 7 */ {89, 56, 0, 0}, /* "https://s3express-control.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
        /* 8 */ {118, 64, 0, 0}, /* "https://{Bucket}.s3express-fips-{s3expressAvailabilityZoneId}.dualstack.{Region}.{partitionResult#dnsSuffix}" */
        /* 9 */ {119, 72, 0, 0}, /* "https://{Bucket}.s3express-fips-{s3expressAvailabilityZoneId}.{Region}.{partitionResult#dnsSuffix}" */
        /* 10 */ {121, 80, 0, 0}, /* "https://{Bucket}.s3express-{s3expressAvailabilityZoneId}.dualstack.{Region}.{partitionResult#dnsSuffix}" */
        /* 11 */ {122, 88, 0, 0}, /* "https://{Bucket}.s3express-{s3expressAvailabilityZoneId}.{Region}.{partitionResult#dnsSuffix}" */
        /* 12 */ {118, 96, 0, 0}, /* "https://{Bucket}.s3express-fips-{s3expressAvailabilityZoneId}.dualstack.{Region}.{partitionResult#dnsSuffix}" */
        /* 13 */ {119, 104, 0, 0}, /* "https://{Bucket}.s3express-fips-{s3expressAvailabilityZoneId}.{Region}.{partitionResult#dnsSuffix}" */
        /* 14 */ {121, 112, 0, 0}, /* "https://{Bucket}.s3express-{s3expressAvailabilityZoneId}.dualstack.{Region}.{partitionResult#dnsSuffix}" */
        /* 15 */ {122, 120, 0, 0}, /* "https://{Bucket}.s3express-{s3expressAvailabilityZoneId}.{Region}.{partitionResult#dnsSuffix}" */
        /* 16 */ {135, 128, 0, 0}, /* "{url#scheme}://{url#authority}{url#path}" */
        /* 17 */ {136, 136, 0, 0}, /* "https://s3express-control-fips.dualstack.{Region}.{partitionResult#dnsSuffix}" */
        /* 18 */ {137, 144, 0, 0}, /* "https://s3express-control-fips.{Region}.{partitionResult#dnsSuffix}" */
        /* 19 */ {138, 152, 0, 0}, /* "https://s3express-control.dualstack.{Region}.{partitionResult#dnsSuffix}" */
        /* 20 */ {139, 160, 0, 0}, /* "https://s3express-control.{Region}.{partitionResult#dnsSuffix}" */
        /* 21 */ {158, 168, 0, 0}, /* "https://{Bucket}.ec2.s3-outposts.{Region}.{regionPartition#dnsSuffix}" */
        /* 22 */ {164, 181, 0, 0}, /* "https://{Bucket}.ec2.{url#authority}" */
        /* 23 */ {167, 194, 0, 0}, /* "https://{Bucket}.op-{outpostId}.s3-outposts.{Region}.{regionPartition#dnsSuffix}" */
        /* 24 */ {168, 207, 0, 0}, /* "https://{Bucket}.op-{outpostId}.{url#authority}" */
        /* 25 */ {199, 220, 0, 0}, /* "https://{Bucket}.s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}" */
        /* 26 */ {207, 227, 0, 0}, /* "https://{Bucket}.s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}" */
        /* 27 */ {209, 234, 0, 0}, /* "https://{Bucket}.s3-fips.us-east-1.{partitionResult#dnsSuffix}" */
        /* 28 */ {211, 241, 0, 0}, /* "https://{Bucket}.s3-fips.{Region}.{partitionResult#dnsSuffix}" */
        /* 29 */ {213, 248, 0, 0}, /* "https://{Bucket}.s3-accelerate.dualstack.us-east-1.{partitionResult#dnsSuffix}" */
        /* 30 */ {215, 255, 0, 0}, /* "https://{Bucket}.s3-accelerate.dualstack.{partitionResult#dnsSuffix}" */
        /* 31 */ {217, 262, 0, 0}, /* "https://{Bucket}.s3.dualstack.us-east-1.{partitionResult#dnsSuffix}" */
        /* 32 */ {219, 269, 0, 0}, /* "https://{Bucket}.s3.dualstack.{Region}.{partitionResult#dnsSuffix}" */
        /* 33 */ {221, 276, 0, 0}, /* "{url#scheme}://{url#authority}{url#normalizedPath}{Bucket}" */
        /* 34 */ {76, 283, 0, 0}, /* "{url#scheme}://{Bucket}.{url#authority}{url#path}" */
        /* 35 */ {221, 290, 0, 0}, /* "{url#scheme}://{url#authority}{url#normalizedPath}{Bucket}" */
        /* 36 */ {76, 297, 0, 0}, /* "{url#scheme}://{Bucket}.{url#authority}{url#path}" */
        /* 37 */ {224, 304, 0, 0}, /* "https://{Bucket}.s3-accelerate.{partitionResult#dnsSuffix}" */
        /* 38 */ {224, 311, 0, 0}, /* "https://{Bucket}.s3-accelerate.{partitionResult#dnsSuffix}" */
        /* 39 */ {226, 318, 0, 0}, /* "https://{Bucket}.s3.{partitionResult#dnsSuffix}" */
        /* 40 */ {227, 325, 0, 0}, /* "https://{Bucket}.s3.{Region}.{partitionResult#dnsSuffix}" */
        /* 41 */ {226, 332, 0, 0}, /* "https://{Bucket}.s3.{partitionResult#dnsSuffix}" */
        /* 42 */ {299, 339, 0, 0}, /* "{url#scheme}://{accessPointName}-{bucketArn#accountId}.{url#authority}{url#path}" */
        /* 43 */ {302, 346, 0, 0}, /* "https://{accessPointName}-{bucketArn#accountId}.s3-object-lambda-fips.{bucketArn#region}.{bucketPartition ... */
        /* 44 */ {304, 353, 0, 0}, /* "https://{accessPointName}-{bucketArn#accountId}.s3-object-lambda.{bucketArn#region}.{bucketPartition#dnsS ... */
        /* 45 */ {312, 360, 0, 0}, /* "https://{accessPointName}-{bucketArn#accountId}.s3-accesspoint-fips.dualstack.{bucketArn#region}.{bucketP ... */
        /* 46 */ {314, 367, 0, 0}, /* "https://{accessPointName}-{bucketArn#accountId}.s3-accesspoint-fips.{bucketArn#region}.{bucketPartition#d ... */
        /* 47 */ {316, 374, 0, 0}, /* "https://{accessPointName}-{bucketArn#accountId}.s3-accesspoint.dualstack.{bucketArn#region}.{bucketPartit ... */
        /* 48 */ {299, 381, 0, 0}, /* "{url#scheme}://{accessPointName}-{bucketArn#accountId}.{url#authority}{url#path}" */
        /* 49 */ {318, 388, 0, 0}, /* "https://{accessPointName}-{bucketArn#accountId}.s3-accesspoint.{bucketArn#region}.{bucketPartition#dnsSuf ... */
        /* 50 */ {333, 395, 0, 0}, /* "https://{accessPointName}.accesspoint.s3-global.{mrapPartition#dnsSuffix}" */
        /* 51 */ {350, 403, 0, 0}, /* "https://{accessPointName}-{bucketArn#accountId}.{outpostId}.{url#authority}" */
        /* 52 */ {351, 416, 0, 0}, /* "https://{accessPointName}-{bucketArn#accountId}.{outpostId}.s3-outposts.{bucketArn#region}.{bucketPartiti ... */
        /* 53 */ {354, 429, 0, 0}, /* "https://s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
        /* 54 */ {356, 436, 0, 0}, /* "https://s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
        /* 55 */ {358, 443, 0, 0}, /* "https://s3-fips.us-east-1.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
        /* 56 */ {360, 450, 0, 0}, /* "https://s3-fips.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
        /* 57 */ {362, 457, 0, 0}, /* "https://s3.dualstack.us-east-1.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
        /* 58 */ {364, 464, 0, 0}, /* "https://s3.dualstack.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
        /* 59 */ {365, 471, 0, 0}, /* "{url#scheme}://{url#authority}{url#normalizedPath}{uri_encoded_bucket}" */
        /* 60 */ {365, 478, 0, 0}, /* "{url#scheme}://{url#authority}{url#normalizedPath}{uri_encoded_bucket}" */
        /* 61 */ {367, 485, 0, 0}, /* "https://s3.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
        /* 62 */ {368, 492, 0, 0}, /* "https://s3.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
        /* 63 */ {367, 499, 0, 0}, /* "https://s3.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
        /* 64 */ {135, 506, 0, 0}, /* "{url#scheme}://{url#authority}{url#path}" */
        /* 65 */ {371, 513, 0, 0}, /* "https://s3-object-lambda-fips.{Region}.{partitionResult#dnsSuffix}" */
        /* 66 */ {373, 520, 0, 0}, /* "https://s3-object-lambda.{Region}.{partitionResult#dnsSuffix}" */
        /* 67 */ {374, 527, 0, 0}, /* "https://s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}" */
        /* 68 */ {375, 534, 0, 0}, /* "https://s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}" */
        /* 69 */ {376, 541, 0, 0}, /* "https://s3-fips.us-east-1.{partitionResult#dnsSuffix}" */
        /* 70 */ {377, 548, 0, 0}, /* "https://s3-fips.{Region}.{partitionResult#dnsSuffix}" */
        /* 71 */ {378, 555, 0, 0}, /* "https://s3.dualstack.us-east-1.{partitionResult#dnsSuffix}" */
        /* 72 */ {379, 562, 0, 0}, /* "https://s3.dualstack.{Region}.{partitionResult#dnsSuffix}" */
        /* 73 */ {135, 569, 0, 0}, /* "{url#scheme}://{url#authority}{url#path}" */
        /* 74 */ {135, 576, 0, 0}, /* "{url#scheme}://{url#authority}{url#path}" */
        /* 75 */ {380, 583, 0, 0}, /* "https://s3.{partitionResult#dnsSuffix}" */
        /* 76 */ {381, 590, 0, 0}, /* "https://s3.{Region}.{partitionResult#dnsSuffix}" */
        /* 77 */ {380, 597, 0, 0}, /* "https://s3.{partitionResult#dnsSuffix}" */
    },
    /* Properties: key, first item or value, count, type. */
    .props = {
        /* 0 */ {AWSC_EP_NONE, 1, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 1 */ {828, 72, 0, AWSC_EP_PROP_STRING}, /* backend */
        /* 2 */ {846, 3, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 3 */ {AWSC_EP_NONE, 4, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 4 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 5 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 6 */ {891, 74, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 7 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 8 */ {AWSC_EP_NONE, 9, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 9 */ {828, 72, 0, AWSC_EP_PROP_STRING}, /* backend */
        /* 10 */ {846, 11, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 11 */ {AWSC_EP_NONE, 12, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 12 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 13 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 14 */ {891, 74, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 15 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 16 */ {AWSC_EP_NONE, 17, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 17 */ {828, 72, 0, AWSC_EP_PROP_STRING}, /* backend */
        /* 18 */ {846, 19, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 19 */ {AWSC_EP_NONE, 20, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 20 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 21 */ {880, 77, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 22 */ {891, 74, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 23 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 24 */ {AWSC_EP_NONE, 25, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 25 */ {828, 72, 0, AWSC_EP_PROP_STRING}, /* backend */
        /* 26 */ {846, 27, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 27 */ {AWSC_EP_NONE, 28, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 28 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 29 */ {880, 77, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 30 */ {891, 74, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 31 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 32 */ {AWSC_EP_NONE, 33, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 33 */ {828, 72, 0, AWSC_EP_PROP_STRING}, /* backend */
        /* 34 */ {846, 35, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 35 */ {AWSC_EP_NONE, 36, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 36 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 37 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 38 */ {891, 74, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 39 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 40 */ {AWSC_EP_NONE, 41, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 41 */ {828, 72, 0, AWSC_EP_PROP_STRING}, /* backend */
        /* 42 */ {846, 43, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 43 */ {AWSC_EP_NONE, 44, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 44 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 45 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 46 */ {891, 74, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 47 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 48 */ {AWSC_EP_NONE, 49, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 49 */ {828, 72, 0, AWSC_EP_PROP_STRING}, /* backend */
        /* 50 */ {846, 51, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 51 */ {AWSC_EP_NONE, 52, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 52 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 53 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 54 */ {891, 74, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 55 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 56 */ {AWSC_EP_NONE, 57, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 57 */ {828, 72, 0, AWSC_EP_PROP_STRING}, /* backend */
        /* 58 */ {846, 59, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 59 */ {AWSC_EP_NONE, 60, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 60 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 61 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 62 */ {891, 74, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 63 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 64 */ {AWSC_EP_NONE, 65, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 65 */ {828, 72, 0, AWSC_EP_PROP_STRING}, /* backend */
        /* 66 */ {846, 67, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 67 */ {AWSC_EP_NONE, 68, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 68 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 69 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 70 */ {891, 74, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 71 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 72 */ {AWSC_EP_NONE, 73, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 73 */ {828, 72, 0, AWSC_EP_PROP_STRING}, /* backend */
        /* 74 */ {846, 75, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 75 */ {AWSC_EP_NONE, 76, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 76 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 77 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 78 */ {891, 74, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 79 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 80 */ {AWSC_EP_NONE, 81, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 81 */ {828, 72, 0, AWSC_EP_PROP_STRING}, /* backend */
        /* 82 */ {846, 83, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 83 */ {AWSC_EP_NONE, 84, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 84 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 85 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 86 */ {891, 74, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 87 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 88 */ {AWSC_EP_NONE, 89, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 89 */ {828, 72, 0, AWSC_EP_PROP_STRING}, /* backend */
        /* 90 */ {846, 91, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 91 */ {AWSC_EP_NONE, 92, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 92 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 93 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 94 */ {891, 74, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 95 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 96 */ {AWSC_EP_NONE, 97, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 97 */ {828, 72, 0, AWSC_EP_PROP_STRING}, /* backend */
        /* 98 */ {846, 99, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 99 */ {AWSC_EP_NONE, 100, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 100 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 101 */ {880, 77, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 102 */ {891, 74, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 103 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 104 */ {AWSC_EP_NONE, 105, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 105 */ {828, 72, 0, AWSC_EP_PROP_STRING}, /* backend */
        /* 106 */ {846, 107, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 107 */ {AWSC_EP_NONE, 108, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 108 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 109 */ {880, 77, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 110 */ {891, 74, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 111 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 112 */ {AWSC_EP_NONE, 113, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 113 */ {828, 72, 0, AWSC_EP_PROP_STRING}, /* backend */
        /* 114 */ {846, 115, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 115 */ {AWSC_EP_NONE, 116, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 116 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 117 */ {880, 77, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 118 */ {891, 74, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 119 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 120 */ {AWSC_EP_NONE, 121, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 121 */ {828, 72, 0, AWSC_EP_PROP_STRING}, /* backend */
        /* 122 */ {846, 123, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 123 */ {AWSC_EP_NONE, 124, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 124 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 125 */ {880, 77, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 126 */ {891, 74, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 127 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 128 */ {AWSC_EP_NONE, 129, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 129 */ {828, 72, 0, AWSC_EP_PROP_STRING}, /* backend */
        /* 130 */ {846, 131, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 131 */ {AWSC_EP_NONE, 132, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 132 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 133 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 134 */ {891, 74, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 135 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 136 */ {AWSC_EP_NONE, 137, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 137 */ {828, 72, 0, AWSC_EP_PROP_STRING}, /* backend */
        /* 138 */ {846, 139, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 139 */ {AWSC_EP_NONE, 140, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 140 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 141 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 142 */ {891, 74, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 143 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 144 */ {AWSC_EP_NONE, 145, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 145 */ {828, 72, 0, AWSC_EP_PROP_STRING}, /* backend */
        /* 146 */ {846, 147, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 147 */ {AWSC_EP_NONE, 148, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 148 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 149 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 150 */ {891, 74, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 151 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 152 */ {AWSC_EP_NONE, 153, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 153 */ {828, 72, 0, AWSC_EP_PROP_STRING}, /* backend */
        /* 154 */ {846, 155, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 155 */ {AWSC_EP_NONE, 156, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 156 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 157 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 158 */ {891, 74, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 159 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 160 */ {AWSC_EP_NONE, 161, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 161 */ {828, 72, 0, AWSC_EP_PROP_STRING}, /* backend */
        /* 162 */ {846, 163, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 163 */ {AWSC_EP_NONE, 164, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 164 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 165 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 166 */ {891, 74, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 167 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 168 */ {AWSC_EP_NONE, 169, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 169 */ {846, 170, 2, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 170 */ {AWSC_EP_NONE, 172, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 171 */ {AWSC_EP_NONE, 177, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 172 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 173 */ {880, 159, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 174 */ {891, 160, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 175 */ {1487, 176, 1, AWSC_EP_PROP_ARRAY}, /* signingRegionSet */
        /* 176 */ {AWSC_EP_NONE, 161, 0, AWSC_EP_PROP_STRING}, /* [] */
        /* 177 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 178 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 179 */ {891, 160, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 180 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 181 */ {AWSC_EP_NONE, 182, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 182 */ {846, 183, 2, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 183 */ {AWSC_EP_NONE, 185, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 184 */ {AWSC_EP_NONE, 190, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 185 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 186 */ {880, 159, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 187 */ {891, 160, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 188 */ {1487, 189, 1, AWSC_EP_PROP_ARRAY}, /* signingRegionSet */
        /* 189 */ {AWSC_EP_NONE, 161, 0, AWSC_EP_PROP_STRING}, /* [] */
        /* 190 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 191 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 192 */ {891, 160, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 193 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 194 */ {AWSC_EP_NONE, 195, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 195 */ {846, 196, 2, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 196 */ {AWSC_EP_NONE, 198, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 197 */ {AWSC_EP_NONE, 203, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 198 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 199 */ {880, 159, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 200 */ {891, 160, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 201 */ {1487, 202, 1, AWSC_EP_PROP_ARRAY}, /* signingRegionSet */
        /* 202 */ {AWSC_EP_NONE, 161, 0, AWSC_EP_PROP_STRING}, /* [] */
        /* 203 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 204 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 205 */ {891, 160, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 206 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 207 */ {AWSC_EP_NONE, 208, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 208 */ {846, 209, 2, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 209 */ {AWSC_EP_NONE, 211, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 210 */ {AWSC_EP_NONE, 216, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 211 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 212 */ {880, 159, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 213 */ {891, 160, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 214 */ {1487, 215, 1, AWSC_EP_PROP_ARRAY}, /* signingRegionSet */
        /* 215 */ {AWSC_EP_NONE, 161, 0, AWSC_EP_PROP_STRING}, /* [] */
        /* 216 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 217 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 218 */ {891, 160, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 219 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 220 */ {AWSC_EP_NONE, 221, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 221 */ {846, 222, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 222 */ {AWSC_EP_NONE, 223, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 223 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 224 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 225 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 226 */ {913, 201, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 227 */ {AWSC_EP_NONE, 228, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 228 */ {846, 229, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 229 */ {AWSC_EP_NONE, 230, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 230 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 231 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 232 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 233 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 234 */ {AWSC_EP_NONE, 235, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 235 */ {846, 236, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 236 */ {AWSC_EP_NONE, 237, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 237 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 238 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 239 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 240 */ {913, 201, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 241 */ {AWSC_EP_NONE, 242, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 242 */ {846, 243, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 243 */ {AWSC_EP_NONE, 244, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 244 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 245 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 246 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 247 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 248 */ {AWSC_EP_NONE, 249, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 249 */ {846, 250, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 250 */ {AWSC_EP_NONE, 251, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 251 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 252 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 253 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 254 */ {913, 201, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 255 */ {AWSC_EP_NONE, 256, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 256 */ {846, 257, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 257 */ {AWSC_EP_NONE, 258, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 258 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 259 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 260 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 261 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 262 */ {AWSC_EP_NONE, 263, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 263 */ {846, 264, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 264 */ {AWSC_EP_NONE, 265, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 265 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 266 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 267 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 268 */ {913, 201, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 269 */ {AWSC_EP_NONE, 270, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 270 */ {846, 271, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 271 */ {AWSC_EP_NONE, 272, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 272 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 273 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 274 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 275 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 276 */ {AWSC_EP_NONE, 277, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 277 */ {846, 278, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 278 */ {AWSC_EP_NONE, 279, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 279 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 280 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 281 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 282 */ {913, 201, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 283 */ {AWSC_EP_NONE, 284, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 284 */ {846, 285, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 285 */ {AWSC_EP_NONE, 286, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 286 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 287 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 288 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 289 */ {913, 201, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 290 */ {AWSC_EP_NONE, 291, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 291 */ {846, 292, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 292 */ {AWSC_EP_NONE, 293, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 293 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 294 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 295 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 296 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 297 */ {AWSC_EP_NONE, 298, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 298 */ {846, 299, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 299 */ {AWSC_EP_NONE, 300, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 300 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 301 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 302 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 303 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 304 */ {AWSC_EP_NONE, 305, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 305 */ {846, 306, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 306 */ {AWSC_EP_NONE, 307, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 307 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 308 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 309 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 310 */ {913, 201, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 311 */ {AWSC_EP_NONE, 312, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 312 */ {846, 313, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 313 */ {AWSC_EP_NONE, 314, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 314 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 315 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 316 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 317 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 318 */ {AWSC_EP_NONE, 319, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 319 */ {846, 320, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 320 */ {AWSC_EP_NONE, 321, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 321 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 322 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 323 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 324 */ {913, 201, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 325 */ {AWSC_EP_NONE, 326, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 326 */ {846, 327, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 327 */ {AWSC_EP_NONE, 328, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 328 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 329 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 330 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 331 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 332 */ {AWSC_EP_NONE, 333, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 333 */ {846, 334, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 334 */ {AWSC_EP_NONE, 335, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 335 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 336 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 337 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 338 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 339 */ {AWSC_EP_NONE, 340, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 340 */ {846, 341, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 341 */ {AWSC_EP_NONE, 342, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 342 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 343 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 344 */ {891, 237, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 345 */ {913, 256, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 346 */ {AWSC_EP_NONE, 347, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 347 */ {846, 348, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 348 */ {AWSC_EP_NONE, 349, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 349 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 350 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 351 */ {891, 237, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 352 */ {913, 256, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 353 */ {AWSC_EP_NONE, 354, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 354 */ {846, 355, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 355 */ {AWSC_EP_NONE, 356, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 356 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 357 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 358 */ {891, 237, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 359 */ {913, 256, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 360 */ {AWSC_EP_NONE, 361, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 361 */ {846, 362, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 362 */ {AWSC_EP_NONE, 363, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 363 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 364 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 365 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 366 */ {913, 256, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 367 */ {AWSC_EP_NONE, 368, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 368 */ {846, 369, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 369 */ {AWSC_EP_NONE, 370, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 370 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 371 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 372 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 373 */ {913, 256, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 374 */ {AWSC_EP_NONE, 375, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 375 */ {846, 376, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 376 */ {AWSC_EP_NONE, 377, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 377 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 378 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 379 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 380 */ {913, 256, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 381 */ {AWSC_EP_NONE, 382, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 382 */ {846, 383, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 383 */ {AWSC_EP_NONE, 384, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 384 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 385 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 386 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 387 */ {913, 256, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 388 */ {AWSC_EP_NONE, 389, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 389 */ {846, 390, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 390 */ {AWSC_EP_NONE, 391, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 391 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 392 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 393 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 394 */ {913, 256, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 395 */ {AWSC_EP_NONE, 396, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 396 */ {846, 397, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 397 */ {AWSC_EP_NONE, 398, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 398 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 399 */ {880, 159, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 400 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 401 */ {1487, 402, 1, AWSC_EP_PROP_ARRAY}, /* signingRegionSet */
        /* 402 */ {AWSC_EP_NONE, 161, 0, AWSC_EP_PROP_STRING}, /* [] */
        /* 403 */ {AWSC_EP_NONE, 404, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 404 */ {846, 405, 2, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 405 */ {AWSC_EP_NONE, 407, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 406 */ {AWSC_EP_NONE, 412, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 407 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 408 */ {880, 159, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 409 */ {891, 160, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 410 */ {1487, 411, 1, AWSC_EP_PROP_ARRAY}, /* signingRegionSet */
        /* 411 */ {AWSC_EP_NONE, 161, 0, AWSC_EP_PROP_STRING}, /* [] */
        /* 412 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 413 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 414 */ {891, 160, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 415 */ {913, 256, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 416 */ {AWSC_EP_NONE, 417, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 417 */ {846, 418, 2, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 418 */ {AWSC_EP_NONE, 420, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 419 */ {AWSC_EP_NONE, 425, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 420 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 421 */ {880, 159, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 422 */ {891, 160, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 423 */ {1487, 424, 1, AWSC_EP_PROP_ARRAY}, /* signingRegionSet */
        /* 424 */ {AWSC_EP_NONE, 161, 0, AWSC_EP_PROP_STRING}, /* [] */
        /* 425 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 426 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 427 */ {891, 160, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 428 */ {913, 256, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 429 */ {AWSC_EP_NONE, 430, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 430 */ {846, 431, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 431 */ {AWSC_EP_NONE, 432, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 432 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 433 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 434 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 435 */ {913, 201, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 436 */ {AWSC_EP_NONE, 437, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 437 */ {846, 438, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 438 */ {AWSC_EP_NONE, 439, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 439 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 440 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 441 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 442 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 443 */ {AWSC_EP_NONE, 444, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 444 */ {846, 445, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 445 */ {AWSC_EP_NONE, 446, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 446 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 447 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 448 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 449 */ {913, 201, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 450 */ {AWSC_EP_NONE, 451, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 451 */ {846, 452, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 452 */ {AWSC_EP_NONE, 453, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 453 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 454 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 455 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 456 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 457 */ {AWSC_EP_NONE, 458, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 458 */ {846, 459, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 459 */ {AWSC_EP_NONE, 460, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 460 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 461 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 462 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 463 */ {913, 201, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 464 */ {AWSC_EP_NONE, 465, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 465 */ {846, 466, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 466 */ {AWSC_EP_NONE, 467, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 467 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 468 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 469 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 470 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 471 */ {AWSC_EP_NONE, 472, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 472 */ {846, 473, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 473 */ {AWSC_EP_NONE, 474, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 474 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 475 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 476 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 477 */ {913, 201, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 478 */ {AWSC_EP_NONE, 479, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 479 */ {846, 480, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 480 */ {AWSC_EP_NONE, 481, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 481 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 482 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 483 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 484 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 485 */ {AWSC_EP_NONE, 486, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 486 */ {846, 487, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 487 */ {AWSC_EP_NONE, 488, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 488 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 489 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 490 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 491 */ {913, 201, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 492 */ {AWSC_EP_NONE, 493, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 493 */ {846, 494, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 494 */ {AWSC_EP_NONE, 495, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 495 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 496 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 497 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 498 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 499 */ {AWSC_EP_NONE, 500, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 500 */ {846, 501, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 501 */ {AWSC_EP_NONE, 502, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 502 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 503 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 504 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 505 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 506 */ {AWSC_EP_NONE, 507, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 507 */ {846, 508, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 508 */ {AWSC_EP_NONE, 509, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 509 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 510 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 511 */ {891, 237, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 512 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 513 */ {AWSC_EP_NONE, 514, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 514 */ {846, 515, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 515 */ {AWSC_EP_NONE, 516, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 516 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 517 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 518 */ {891, 237, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 519 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 520 */ {AWSC_EP_NONE, 521, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 521 */ {846, 522, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 522 */ {AWSC_EP_NONE, 523, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 523 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 524 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 525 */ {891, 237, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 526 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 527 */ {AWSC_EP_NONE, 528, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 528 */ {846, 529, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 529 */ {AWSC_EP_NONE, 530, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 530 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 531 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 532 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 533 */ {913, 201, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 534 */ {AWSC_EP_NONE, 535, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 535 */ {846, 536, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 536 */ {AWSC_EP_NONE, 537, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 537 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 538 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 539 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 540 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 541 */ {AWSC_EP_NONE, 542, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 542 */ {846, 543, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 543 */ {AWSC_EP_NONE, 544, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 544 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 545 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 546 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 547 */ {913, 201, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 548 */ {AWSC_EP_NONE, 549, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 549 */ {846, 550, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 550 */ {AWSC_EP_NONE, 551, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 551 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 552 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 553 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 554 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 555 */ {AWSC_EP_NONE, 556, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 556 */ {846, 557, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 557 */ {AWSC_EP_NONE, 558, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 558 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 559 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 560 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 561 */ {913, 201, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 562 */ {AWSC_EP_NONE, 563, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 563 */ {846, 564, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 564 */ {AWSC_EP_NONE, 565, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 565 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 566 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 567 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 568 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 569 */ {AWSC_EP_NONE, 570, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 570 */ {846, 571, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 571 */ {AWSC_EP_NONE, 572, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 572 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 573 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 574 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 575 */ {913, 201, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 576 */ {AWSC_EP_NONE, 577, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 577 */ {846, 578, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 578 */ {AWSC_EP_NONE, 579, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 579 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 580 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 581 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 582 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 583 */ {AWSC_EP_NONE, 584, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 584 */ {846, 585, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 585 */ {AWSC_EP_NONE, 586, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 586 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 587 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 588 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 589 */ {913, 201, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 590 */ {AWSC_EP_NONE, 591, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 591 */ {846, 592, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 592 */ {AWSC_EP_NONE, 593, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 593 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 594 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 595 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 596 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 597 */ {AWSC_EP_NONE, 598, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 598 */ {846, 599, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 599 */ {AWSC_EP_NONE, 600, 4, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 600 */ {858, 1, 0, AWSC_EP_PROP_BOOL}, /* disableDoubleEncoding */
        /* 601 */ {880, 73, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 602 */ {891, 200, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 603 */ {913, 0, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
    },
    .strings =
        /*     0 */ "s3\0"
        /*     3 */ "aws-global\0"
        /*    14 */ "Bucket\0"
        /*    21 */ "Region\0"
        /*    28 */ "UseFIPS\0"
        /*    36 */ "UseDualStack\0"
        /*    49 */ "Endpoint\0"
        /*    58 */ "ForcePathStyle\0"
        /*    73 */ "Accelerate\0"
        /*    84 */ "UseGlobalEndpoint\0"
        /*   102 */ "UseObjectLambdaEndpoint\0"
        /*   126 */ "Key\0"
        /*   130 */ "Prefix\0"
        /*   137 */ "CopySource\0"
        /*   148 */ "DisableAccessPoints\0"
        /*   168 */ "DisableMultiRegionAccessPoints\0"
        /*   199 */ "UseArnRegion\0"
        /*   212 */ "UseS3ExpressControlEndpoint\0"
        /*   240 */ "DisableS3ExpressSessionAuth\0"
        /*   268 */ "A region must be set when sending requests to S3.\0"
        /*   318 */ "Accelerate cannot be used with FIPS\0"
        /*   354 */ "Cannot set dual-stack in combination with a custom endpoint.\0"
        /*   415 */ "A custom endpoint cannot be combined with FIPS\0"
        /*   462 */ "A custom endpoint cannot be combined with S3 Accelerate\0"
        /*   518 */ "partitionResult\0"
        /*   534 */ "aws-cn\0"
        /*   541 */ "Partition does not support FIPS\0"
        /*   573 */ "bucketSuffix\0"
        /*   586 */ "--x-s3\0"
        /*   593 */ "accessPointSuffix\0"
        /*   611 */ "--xa-s3\0"
        /*   619 */ "hardwareType\0"
        /*   632 */ "regionPrefix\0"
        /*   645 */ "bucketAliasSuffix\0"
        /*   663 */ "outpostId\0"
        /*   673 */ "regionPartition\0"
        /*   689 */ "--op-s3\0"
        /*   697 */ "S3Express does not support S3 Accelerate.\0"
        /*   739 */ "url\0"
        /*   743 */ "S3Express bucket name is not a valid virtual hostable name.\0"
        /*   803 */ "uri_encoded_bucket\0"
        /*   822 */ "://\0"
        /*   826 */ "/\0"
        /*   828 */ "backend\0"
        /*   836 */ "S3Express\0"
        /*   846 */ "authSchemes\0"
        /*   858 */ "disableDoubleEncoding\0"
        /*   880 */ "name\0"
        /*   885 */ "sigv4\0"
        /*   891 */ "signingName\0"
        /*   903 */ "s3express\0"
        /*   913 */ "signingRegion\0"
        /*   927 */ ".\0"
        /*   929 */ "sigv4-s3express\0"
        /*   945 */ "https://s3express-control-fips.dualstack.\0"
        /*   987 */ "https://s3express-control-fips.\0"
        /*  1019 */ "https://s3express-control.dualstack.\0"
        /*  1056 */ "https://s3express-control.\0"
        /*  1083 */ "s3expressAvailabilityZoneId\0"
        /*  1111 */ "s3expressAvailabilityZoneDelim\0"
        /*  1142 */ "--\0"
        /*  1145 */ "Unrecognized S3Express bucket name format.\0"
        /*  1188 */ "https://\0"
        /*  1197 */ ".s3express-fips-\0"
        /*  1214 */ ".dualstack.\0"
        /*  1226 */ ".s3express-\0"
        /*  1238 */ "Invalid ARN: The outpost Id must only contain a-z, A-Z, 0-9 and `-`.\0"
        /*  1307 */ "Invalid Outposts Bucket alias - it must be a valid bucket name.\0"
        /*  1371 */ "e\0"
        /*  1373 */ "o\0"
        /*  1375 */ "Unrecognized hardware type: \"Expected hardware type o or e but got \0"
        /*  1443 */ "\"\0"
        /*  1445 */ "beta\0"
        /*  1450 */ ".ec2.s3-outposts.\0"
        /*  1468 */ "sigv4a\0"
        /*  1475 */ "s3-outposts\0"
        /*  1487 */ "signingRegionSet\0"
        /*  1504 */ "*\0"
        /*  1506 */ "Expected a endpoint to be specified but no endpoint was found\0"
        /*  1568 */ ".ec2.\0"
        /*  1574 */ ".op-\0"
        /*  1579 */ ".s3-outposts.\0"
        /*  1593 */ "Custom endpoint `\0"
        /*  1611 */ "` was not a valid URI\0"
        /*  1633 */ "http\0"
        /*  1638 */ "bucketArn\0"
        /*  1648 */ "arnPrefix\0"
        /*  1658 */ "arn:\0"
        /*  1663 */ "Invalid ARN: `\0"
        /*  1678 */ "` was not a valid ARN\0"
        /*  1700 */ "Path-style addressing cannot be used with ARN buckets\0"
        /*  1754 */ "Invalid region: region was not a valid DNS name.\0"
        /*  1803 */ "S3 Accelerate cannot be used in this region\0"
        /*  1847 */ ".s3-fips.dualstack.us-east-1.\0"
        /*  1877 */ "us-east-1\0"
        /*  1887 */ ".s3-fips.dualstack.\0"
        /*  1907 */ ".s3-fips.us-east-1.\0"
        /*  1927 */ ".s3-fips.\0"
        /*  1937 */ ".s3-accelerate.dualstack.us-east-1.\0"
        /*  1973 */ ".s3-accelerate.dualstack.\0"
        /*  1999 */ ".s3.dualstack.us-east-1.\0"
        /*  2024 */ ".s3.dualstack.\0"
        /*  2039 */ ".s3-accelerate.\0"
        /*  2055 */ ".s3.\0"
        /*  2060 */ "arnType\0"
        /*  2068 */ "\0"
        /*  2069 */ "Invalid ARN: No ARN type specified\0"
        /*  2104 */ "s3-object-lambda\0"
        /*  2121 */ "accesspoint\0"
        /*  2133 */ "Invalid ARN: Unrecognized format: \0"
        /*  2168 */ " (type: \0"
        /*  2177 */ ")\0"
        /*  2179 */ "Invalid ARN: Object Lambda ARNs only support `accesspoint` arn types, but found: `\0"
        /*  2262 */ "`\0"
        /*  2264 */ "accessPointName\0"
        /*  2280 */ "Invalid ARN: Expected a resource of the format `accesspoint:<accesspoint name>` but no name was provided\0"
        /*  2385 */ "S3 Object Lambda does not support Dual-stack\0"
        /*  2430 */ "S3 Object Lambda does not support S3 Accelerate\0"
        /*  2478 */ "Invalid ARN: bucket ARN is missing a region\0"
        /*  2522 */ "Access points are not supported for this operation\0"
        /*  2573 */ "Invalid ARN: The ARN may only contain a single resource component after `accesspoint`.\0"
        /*  2660 */ "Invalid configuration: region from ARN `\0"
        /*  2701 */ "` does not match client region `\0"
        /*  2734 */ "` and UseArnRegion is `false`\0"
        /*  2764 */ "bucketPartition\0"
        /*  2780 */ "Client was configured for partition `\0"
        /*  2818 */ "` but ARN (`\0"
        /*  2831 */ "`) has `\0"
        /*  2840 */ "Invalid region in ARN: `\0"
        /*  2865 */ "` (invalid DNS name)\0"
        /*  2886 */ "Invalid ARN: Missing account id\0"
        /*  2918 */ "Invalid ARN: The account id may only contain a-z, A-Z, 0-9 and `-`. Found: `\0"
        /*  2995 */ "Invalid ARN: The access point name may only contain a-z, A-Z, 0-9 and `-`. Found: `\0"
        /*  3079 */ "-\0"
        /*  3081 */ ".s3-object-lambda-fips.\0"
        /*  3105 */ ".s3-object-lambda.\0"
        /*  3124 */ "Invalid Access Point Name\0"
        /*  3150 */ "Invalid ARN: The ARN was not for the S3 service, found: \0"
        /*  3207 */ "Access Points do not support S3 Accelerate\0"
        /*  3250 */ ".s3-accesspoint-fips.dualstack.\0"
        /*  3282 */ ".s3-accesspoint-fips.\0"
        /*  3304 */ ".s3-accesspoint.dualstack.\0"
        /*  3331 */ ".s3-accesspoint.\0"
        /*  3348 */ "S3 MRAP does not support dual-stack\0"
        /*  3384 */ "S3 MRAP does not support FIPS\0"
        /*  3414 */ "S3 MRAP does not support S3 Accelerate\0"
        /*  3453 */ "Invalid configuration: Multi-Region Access Point ARNs are disabled.\0"
        /*  3521 */ "mrapPartition\0"
        /*  3535 */ "` but bucket referred to partition `\0"
        /*  3572 */ ".accesspoint.s3-global.\0"
        /*  3596 */ "S3 Outposts does not support Dual-stack\0"
        /*  3636 */ "S3 Outposts does not support FIPS\0"
        /*  3670 */ "S3 Outposts does not support S3 Accelerate\0"
        /*  3713 */ "Invalid Arn: Outpost Access Point ARN contains sub resources\0"
        /*  3774 */ "Invalid ARN: The Outpost Id was not set\0"
        /*  3814 */ "Invalid ARN: The outpost Id may only contain a-z, A-Z, 0-9 and `-`. Found: `\0"
        /*  3891 */ "outpostType\0"
        /*  3903 */ "Invalid ARN: Expected a 4-component resource\0"
        /*  3948 */ "Invalid ARN: expected an access point name\0"
        /*  3991 */ "Expected an outpost type `accesspoint`, found \0"
        /*  4038 */ "Path-style addressing cannot be used with S3 Accelerate\0"
        /*  4094 */ "https://s3-fips.dualstack.us-east-1.\0"
        /*  4131 */ "https://s3-fips.dualstack.\0"
        /*  4158 */ "https://s3-fips.us-east-1.\0"
        /*  4185 */ "https://s3-fips.\0"
        /*  4202 */ "https://s3.dualstack.us-east-1.\0"
        /*  4234 */ "https://s3.dualstack.\0"
        /*  4256 */ "https://s3.\0"
        /*  4268 */ "https://s3-object-lambda-fips.\0"
        /*  4299 */ "https://s3-object-lambda.",
};
#undef RULES_REF
#undef RULES
extern const struct awsc_ruleset awsc__s3_ruleset __attribute__((alias("awsc__s3_rules")));
