/*
 * iam_endpoints.c - the endpoint rule set of IAM, compiled
 * into the tables of <awsc/endpoint.h> that runtime/endpoint walks.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/endpoint.h>
#include <awsc/iam.h>

/* ---- iam: parameters, then the variables the rules assign */
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
    /* 15 */ AWSC_EP_S("aws"),
    /* 16 */ AWSC_EP_F(STRING_EQUALS, 2, 6), /* stringEquals(PartitionResult#name, "aws") */
    /* 17 */ AWSC_EP_B(0), /* false */
    /* 18 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 8), /* booleanEquals(UseFIPS, false) */
    /* 19 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 10), /* booleanEquals(UseDualStack, false) */
    /* 20 */ AWSC_EP_S("https://iam.amazonaws.com"),
    /* 21 */ AWSC_EP_S("sigv4"),
    /* 22 */ AWSC_EP_S("us-east-1"),
    /* 23 */ AWSC_EP_S("https://iam-fips.amazonaws.com"),
    /* 24 */ AWSC_EP_S("https://iam.global.api.aws"),
    /* 25 */ AWSC_EP_S("https://iam-fips.global.api.aws"),
    /* 26 */ AWSC_EP_S("aws-cn"),
    /* 27 */ AWSC_EP_F(STRING_EQUALS, 2, 12), /* stringEquals(PartitionResult#name, "aws-cn") */
    /* 28 */ AWSC_EP_S("https://iam.global.api.amazonwebservices.com.cn"),
    /* 29 */ AWSC_EP_S("cn-north-1"),
    /* 30 */ AWSC_EP_S("https://iam-fips.api.amazonwebservices.com.cn"),
    /* 31 */ AWSC_EP_S("https://iam.cn-north-1.amazonaws.com.cn"),
    /* 32 */ AWSC_EP_S("https://iam-fips.amazonaws.com.cn"),
    /* 33 */ AWSC_EP_S("aws-us-gov"),
    /* 34 */ AWSC_EP_F(STRING_EQUALS, 2, 14), /* stringEquals(PartitionResult#name, "aws-us-gov") */
    /* 35 */ AWSC_EP_S("https://iam.us-gov.api.aws"),
    /* 36 */ AWSC_EP_S("us-gov-west-1"),
    /* 37 */ AWSC_EP_S("https://iam.us-gov.amazonaws.com"),
    /* 38 */ AWSC_EP_S("aws-iso"),
    /* 39 */ AWSC_EP_F(STRING_EQUALS, 2, 16), /* stringEquals(PartitionResult#name, "aws-iso") */
    /* 40 */ AWSC_EP_S("https://iam.us-iso-east-1.c2s.ic.gov"),
    /* 41 */ AWSC_EP_S("us-iso-east-1"),
    /* 42 */ AWSC_EP_S("https://iam-fips.us-iso-east-1.c2s.ic.gov"),
    /* 43 */ AWSC_EP_S("https://iam.api.aws.ic.gov"),
    /* 44 */ AWSC_EP_S("https://iam-fips.api.aws.ic.gov"),
    /* 45 */ AWSC_EP_S("aws-iso-b"),
    /* 46 */ AWSC_EP_F(STRING_EQUALS, 2, 18), /* stringEquals(PartitionResult#name, "aws-iso-b") */
    /* 47 */ AWSC_EP_S("https://iam.us-isob-east-1.sc2s.sgov.gov"),
    /* 48 */ AWSC_EP_S("us-isob-east-1"),
    /* 49 */ AWSC_EP_S("https://iam-fips.us-isob-east-1.sc2s.sgov.gov"),
    /* 50 */ AWSC_EP_S("https://iam.api.aws.scloud"),
    /* 51 */ AWSC_EP_S("https://iam-fips.api.aws.scloud"),
    /* 52 */ AWSC_EP_S("aws-iso-e"),
    /* 53 */ AWSC_EP_F(STRING_EQUALS, 2, 20), /* stringEquals(PartitionResult#name, "aws-iso-e") */
    /* 54 */ AWSC_EP_S("https://iam.eu-isoe-west-1.cloud.adc-e.uk"),
    /* 55 */ AWSC_EP_S("eu-isoe-west-1"),
    /* 56 */ AWSC_EP_S("https://iam-fips.cloud.adc-e.uk"),
    /* 57 */ AWSC_EP_S("https://iam.api.cloud-aws.adc-e.uk"),
    /* 58 */ AWSC_EP_S("https://iam-fips.api.cloud-aws.adc-e.uk"),
    /* 59 */ AWSC_EP_S("aws-iso-f"),
    /* 60 */ AWSC_EP_F(STRING_EQUALS, 2, 22), /* stringEquals(PartitionResult#name, "aws-iso-f") */
    /* 61 */ AWSC_EP_S("https://iam.us-isof-south-1.csp.hci.ic.gov"),
    /* 62 */ AWSC_EP_S("us-isof-south-1"),
    /* 63 */ AWSC_EP_S("https://iam-fips.csp.hci.ic.gov"),
    /* 64 */ AWSC_EP_S("https://iam.api.aws.hci.ic.gov"),
    /* 65 */ AWSC_EP_S("https://iam-fips.api.aws.hci.ic.gov"),
    /* 66 */ AWSC_EP_S("aws-eusc"),
    /* 67 */ AWSC_EP_F(STRING_EQUALS, 2, 24), /* stringEquals(PartitionResult#name, "aws-eusc") */
    /* 68 */ AWSC_EP_S("https://iam.eusc-de-east-1.amazonaws.eu"),
    /* 69 */ AWSC_EP_S("eusc-de-east-1"),
    /* 70 */ AWSC_EP_S("https://iam-fips.amazonaws.eu"),
    /* 71 */ AWSC_EP_S("https://iam.global.api.amazonwebservices.eu"),
    /* 72 */ AWSC_EP_S("https://iam-fips.api.amazonwebservices.eu"),
    /* 73 */ AWSC_EP_S("https://iam."),
    /* 74 */ AWSC_EP_A(13, IMPLICIT_GLOBAL_REGION, AWSC_EP_NONE), /* PartitionResult#implicitGlobalRegion */
    /* 75 */ AWSC_EP_S("."),
    /* 76 */ AWSC_EP_A(13, DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dnsSuffix */
    /* 77 */ AWSC_EP_T(4, 26), /* "https://iam.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}" */
    /* 78 */ AWSC_EP_A(13, SUPPORTS_FIPS, AWSC_EP_NONE), /* PartitionResult#supportsFIPS */
    /* 79 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 30), /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 80 */ AWSC_EP_A(13, SUPPORTS_DUAL_STACK, AWSC_EP_NONE), /* PartitionResult#supportsDualStack */
    /* 81 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 32), /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 82 */ AWSC_EP_S("FIPS and DualStack are enabled, but this partition does not support one or both"),
    /* 83 */ AWSC_EP_S("https://iam-fips."),
    /* 84 */ AWSC_EP_A(13, DUAL_STACK_DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dualStackDnsSuffix */
    /* 85 */ AWSC_EP_T(4, 34), /* "https://iam-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}" */
    /* 86 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 38), /* booleanEquals(PartitionResult#supportsFIPS, true) */
    /* 87 */ AWSC_EP_S("FIPS is enabled but this partition does not support FIPS"),
    /* 88 */ AWSC_EP_T(4, 40), /* "https://iam-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}" */
    /* 89 */ AWSC_EP_S("DualStack is enabled but this partition does not support DualStack"),
    /* 90 */ AWSC_EP_T(4, 44), /* "https://iam.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}" */
};
static const uint16_t rs_args[] = {
    0, 2, 3, 6, 3, 9, 14, 15, 2, 17, 6, 17, 14, 26, 14, 33,
    14, 38, 14, 45, 14, 52, 14, 59, 14, 66, 73, 74, 75, 76, 3, 78,
    3, 80, 83, 74, 75, 84, 78, 3, 83, 74, 75, 76, 73, 74, 75, 84,
};

/* Conditions: expression, and the variable its result is assigned to. */
static const struct awsc_ep_cond rs_conds[] = {
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
};

/* Endpoints: URL, properties, first header, header count. */
static const struct awsc_ep_endpoint rs_endpoints[] = {
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
};
static const struct awsc_ep_prop rs_props[] = {
    /* 0 */ {NULL, AWSC_EP_PROP_OBJECT, 1, 1},
    /* 1 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 2, 1},
    /* 2 */ {NULL, AWSC_EP_PROP_OBJECT, 3, 2},
    /* 3 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 4 */ {"signingRegion", AWSC_EP_PROP_STRING, 22, 0},
    /* 5 */ {NULL, AWSC_EP_PROP_OBJECT, 6, 1},
    /* 6 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 7, 1},
    /* 7 */ {NULL, AWSC_EP_PROP_OBJECT, 8, 2},
    /* 8 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 9 */ {"signingRegion", AWSC_EP_PROP_STRING, 22, 0},
    /* 10 */ {NULL, AWSC_EP_PROP_OBJECT, 11, 1},
    /* 11 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 12, 1},
    /* 12 */ {NULL, AWSC_EP_PROP_OBJECT, 13, 2},
    /* 13 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 14 */ {"signingRegion", AWSC_EP_PROP_STRING, 22, 0},
    /* 15 */ {NULL, AWSC_EP_PROP_OBJECT, 16, 1},
    /* 16 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 17, 1},
    /* 17 */ {NULL, AWSC_EP_PROP_OBJECT, 18, 2},
    /* 18 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 19 */ {"signingRegion", AWSC_EP_PROP_STRING, 22, 0},
    /* 20 */ {NULL, AWSC_EP_PROP_OBJECT, 21, 1},
    /* 21 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 22, 1},
    /* 22 */ {NULL, AWSC_EP_PROP_OBJECT, 23, 2},
    /* 23 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 24 */ {"signingRegion", AWSC_EP_PROP_STRING, 29, 0},
    /* 25 */ {NULL, AWSC_EP_PROP_OBJECT, 26, 1},
    /* 26 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 27, 1},
    /* 27 */ {NULL, AWSC_EP_PROP_OBJECT, 28, 2},
    /* 28 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 29 */ {"signingRegion", AWSC_EP_PROP_STRING, 29, 0},
    /* 30 */ {NULL, AWSC_EP_PROP_OBJECT, 31, 1},
    /* 31 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 32, 1},
    /* 32 */ {NULL, AWSC_EP_PROP_OBJECT, 33, 2},
    /* 33 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 34 */ {"signingRegion", AWSC_EP_PROP_STRING, 29, 0},
    /* 35 */ {NULL, AWSC_EP_PROP_OBJECT, 36, 1},
    /* 36 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 37, 1},
    /* 37 */ {NULL, AWSC_EP_PROP_OBJECT, 38, 2},
    /* 38 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 39 */ {"signingRegion", AWSC_EP_PROP_STRING, 29, 0},
    /* 40 */ {NULL, AWSC_EP_PROP_OBJECT, 41, 1},
    /* 41 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 42, 1},
    /* 42 */ {NULL, AWSC_EP_PROP_OBJECT, 43, 2},
    /* 43 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 44 */ {"signingRegion", AWSC_EP_PROP_STRING, 36, 0},
    /* 45 */ {NULL, AWSC_EP_PROP_OBJECT, 46, 1},
    /* 46 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 47, 1},
    /* 47 */ {NULL, AWSC_EP_PROP_OBJECT, 48, 2},
    /* 48 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 49 */ {"signingRegion", AWSC_EP_PROP_STRING, 36, 0},
    /* 50 */ {NULL, AWSC_EP_PROP_OBJECT, 51, 1},
    /* 51 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 52, 1},
    /* 52 */ {NULL, AWSC_EP_PROP_OBJECT, 53, 2},
    /* 53 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 54 */ {"signingRegion", AWSC_EP_PROP_STRING, 41, 0},
    /* 55 */ {NULL, AWSC_EP_PROP_OBJECT, 56, 1},
    /* 56 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 57, 1},
    /* 57 */ {NULL, AWSC_EP_PROP_OBJECT, 58, 2},
    /* 58 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 59 */ {"signingRegion", AWSC_EP_PROP_STRING, 41, 0},
    /* 60 */ {NULL, AWSC_EP_PROP_OBJECT, 61, 1},
    /* 61 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 62, 1},
    /* 62 */ {NULL, AWSC_EP_PROP_OBJECT, 63, 2},
    /* 63 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 64 */ {"signingRegion", AWSC_EP_PROP_STRING, 41, 0},
    /* 65 */ {NULL, AWSC_EP_PROP_OBJECT, 66, 1},
    /* 66 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 67, 1},
    /* 67 */ {NULL, AWSC_EP_PROP_OBJECT, 68, 2},
    /* 68 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 69 */ {"signingRegion", AWSC_EP_PROP_STRING, 41, 0},
    /* 70 */ {NULL, AWSC_EP_PROP_OBJECT, 71, 1},
    /* 71 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 72, 1},
    /* 72 */ {NULL, AWSC_EP_PROP_OBJECT, 73, 2},
    /* 73 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 74 */ {"signingRegion", AWSC_EP_PROP_STRING, 48, 0},
    /* 75 */ {NULL, AWSC_EP_PROP_OBJECT, 76, 1},
    /* 76 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 77, 1},
    /* 77 */ {NULL, AWSC_EP_PROP_OBJECT, 78, 2},
    /* 78 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 79 */ {"signingRegion", AWSC_EP_PROP_STRING, 48, 0},
    /* 80 */ {NULL, AWSC_EP_PROP_OBJECT, 81, 1},
    /* 81 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 82, 1},
    /* 82 */ {NULL, AWSC_EP_PROP_OBJECT, 83, 2},
    /* 83 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 84 */ {"signingRegion", AWSC_EP_PROP_STRING, 48, 0},
    /* 85 */ {NULL, AWSC_EP_PROP_OBJECT, 86, 1},
    /* 86 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 87, 1},
    /* 87 */ {NULL, AWSC_EP_PROP_OBJECT, 88, 2},
    /* 88 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 89 */ {"signingRegion", AWSC_EP_PROP_STRING, 48, 0},
    /* 90 */ {NULL, AWSC_EP_PROP_OBJECT, 91, 1},
    /* 91 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 92, 1},
    /* 92 */ {NULL, AWSC_EP_PROP_OBJECT, 93, 2},
    /* 93 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 94 */ {"signingRegion", AWSC_EP_PROP_STRING, 55, 0},
    /* 95 */ {NULL, AWSC_EP_PROP_OBJECT, 96, 1},
    /* 96 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 97, 1},
    /* 97 */ {NULL, AWSC_EP_PROP_OBJECT, 98, 2},
    /* 98 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 99 */ {"signingRegion", AWSC_EP_PROP_STRING, 55, 0},
    /* 100 */ {NULL, AWSC_EP_PROP_OBJECT, 101, 1},
    /* 101 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 102, 1},
    /* 102 */ {NULL, AWSC_EP_PROP_OBJECT, 103, 2},
    /* 103 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 104 */ {"signingRegion", AWSC_EP_PROP_STRING, 55, 0},
    /* 105 */ {NULL, AWSC_EP_PROP_OBJECT, 106, 1},
    /* 106 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 107, 1},
    /* 107 */ {NULL, AWSC_EP_PROP_OBJECT, 108, 2},
    /* 108 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 109 */ {"signingRegion", AWSC_EP_PROP_STRING, 55, 0},
    /* 110 */ {NULL, AWSC_EP_PROP_OBJECT, 111, 1},
    /* 111 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 112, 1},
    /* 112 */ {NULL, AWSC_EP_PROP_OBJECT, 113, 2},
    /* 113 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 114 */ {"signingRegion", AWSC_EP_PROP_STRING, 62, 0},
    /* 115 */ {NULL, AWSC_EP_PROP_OBJECT, 116, 1},
    /* 116 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 117, 1},
    /* 117 */ {NULL, AWSC_EP_PROP_OBJECT, 118, 2},
    /* 118 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 119 */ {"signingRegion", AWSC_EP_PROP_STRING, 62, 0},
    /* 120 */ {NULL, AWSC_EP_PROP_OBJECT, 121, 1},
    /* 121 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 122, 1},
    /* 122 */ {NULL, AWSC_EP_PROP_OBJECT, 123, 2},
    /* 123 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 124 */ {"signingRegion", AWSC_EP_PROP_STRING, 62, 0},
    /* 125 */ {NULL, AWSC_EP_PROP_OBJECT, 126, 1},
    /* 126 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 127, 1},
    /* 127 */ {NULL, AWSC_EP_PROP_OBJECT, 128, 2},
    /* 128 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 129 */ {"signingRegion", AWSC_EP_PROP_STRING, 62, 0},
    /* 130 */ {NULL, AWSC_EP_PROP_OBJECT, 131, 1},
    /* 131 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 132, 1},
    /* 132 */ {NULL, AWSC_EP_PROP_OBJECT, 133, 2},
    /* 133 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 134 */ {"signingRegion", AWSC_EP_PROP_STRING, 69, 0},
    /* 135 */ {NULL, AWSC_EP_PROP_OBJECT, 136, 1},
    /* 136 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 137, 1},
    /* 137 */ {NULL, AWSC_EP_PROP_OBJECT, 138, 2},
    /* 138 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 139 */ {"signingRegion", AWSC_EP_PROP_STRING, 69, 0},
    /* 140 */ {NULL, AWSC_EP_PROP_OBJECT, 141, 1},
    /* 141 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 142, 1},
    /* 142 */ {NULL, AWSC_EP_PROP_OBJECT, 143, 2},
    /* 143 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 144 */ {"signingRegion", AWSC_EP_PROP_STRING, 69, 0},
    /* 145 */ {NULL, AWSC_EP_PROP_OBJECT, 146, 1},
    /* 146 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 147, 1},
    /* 147 */ {NULL, AWSC_EP_PROP_OBJECT, 148, 2},
    /* 148 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 149 */ {"signingRegion", AWSC_EP_PROP_STRING, 69, 0},
    /* 150 */ {NULL, AWSC_EP_PROP_OBJECT, 151, 1},
    /* 151 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 152, 1},
    /* 152 */ {NULL, AWSC_EP_PROP_OBJECT, 153, 2},
    /* 153 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 154 */ {"signingRegion", AWSC_EP_PROP_STRING, 74, 0},
    /* 155 */ {NULL, AWSC_EP_PROP_OBJECT, 156, 1},
    /* 156 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 157, 1},
    /* 157 */ {NULL, AWSC_EP_PROP_OBJECT, 158, 2},
    /* 158 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 159 */ {"signingRegion", AWSC_EP_PROP_STRING, 74, 0},
    /* 160 */ {NULL, AWSC_EP_PROP_OBJECT, 161, 1},
    /* 161 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 162, 1},
    /* 162 */ {NULL, AWSC_EP_PROP_OBJECT, 163, 2},
    /* 163 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 164 */ {"signingRegion", AWSC_EP_PROP_STRING, 74, 0},
    /* 165 */ {NULL, AWSC_EP_PROP_OBJECT, 166, 1},
    /* 166 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 167, 1},
    /* 167 */ {NULL, AWSC_EP_PROP_OBJECT, 168, 2},
    /* 168 */ {"name", AWSC_EP_PROP_STRING, 21, 0},
    /* 169 */ {"signingRegion", AWSC_EP_PROP_STRING, 74, 0},
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
};

extern const struct awsc_ruleset awsc__iam_ruleset;
const struct awsc_ruleset awsc__iam_ruleset = {
    .service = "iam",
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
    .props = rs_props,
};
