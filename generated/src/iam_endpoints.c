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
    /* 5 */ AWSC_EP_V(4), /* PartitionResult */
    /* 6 */ AWSC_EP_A(5, NAME, AWSC_EP_NONE), /* PartitionResult#name */
    /* 7 */ AWSC_EP_S("aws"),
    /* 8 */ AWSC_EP_F(STRING_EQUALS, 2, 2), /* stringEquals(PartitionResult#name, "aws") */
    /* 9 */ AWSC_EP_S("aws-cn"),
    /* 10 */ AWSC_EP_F(STRING_EQUALS, 2, 4), /* stringEquals(PartitionResult#name, "aws-cn") */
    /* 11 */ AWSC_EP_S("aws-us-gov"),
    /* 12 */ AWSC_EP_F(STRING_EQUALS, 2, 6), /* stringEquals(PartitionResult#name, "aws-us-gov") */
    /* 13 */ AWSC_EP_S("aws-iso"),
    /* 14 */ AWSC_EP_F(STRING_EQUALS, 2, 8), /* stringEquals(PartitionResult#name, "aws-iso") */
    /* 15 */ AWSC_EP_S("aws-iso-b"),
    /* 16 */ AWSC_EP_F(STRING_EQUALS, 2, 10), /* stringEquals(PartitionResult#name, "aws-iso-b") */
    /* 17 */ AWSC_EP_V(2), /* UseFIPS */
    /* 18 */ AWSC_EP_B(1), /* true */
    /* 19 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 12), /* booleanEquals(UseFIPS, true) */
    /* 20 */ AWSC_EP_V(1), /* UseDualStack */
    /* 21 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 14), /* booleanEquals(UseDualStack, true) */
    /* 22 */ AWSC_EP_S("Invalid Configuration: FIPS and custom endpoint are not supported"),
    /* 23 */ AWSC_EP_S("Invalid Configuration: Dualstack and custom endpoint are not supported"),
    /* 24 */ AWSC_EP_S("https://iam.amazonaws.com"),
    /* 25 */ AWSC_EP_S("sigv4"),
    /* 26 */ AWSC_EP_S("us-east-1"),
    /* 27 */ AWSC_EP_S("iam"),
    /* 28 */ AWSC_EP_A(5, SUPPORTS_FIPS, AWSC_EP_NONE), /* PartitionResult#supportsFIPS */
    /* 29 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 16), /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 30 */ AWSC_EP_A(5, SUPPORTS_DUAL_STACK, AWSC_EP_NONE), /* PartitionResult#supportsDualStack */
    /* 31 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 18), /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 32 */ AWSC_EP_S("FIPS and DualStack are enabled, but this partition does not support one or both"),
    /* 33 */ AWSC_EP_S("https://iam-fips."),
    /* 34 */ AWSC_EP_S(".api.aws"),
    /* 35 */ AWSC_EP_T(3, 20), /* "https://iam-fips.{Region}.api.aws" */
    /* 36 */ AWSC_EP_S("FIPS is enabled but this partition does not support FIPS"),
    /* 37 */ AWSC_EP_S("https://iam-fips.amazonaws.com"),
    /* 38 */ AWSC_EP_S("DualStack is enabled but this partition does not support DualStack"),
    /* 39 */ AWSC_EP_S("https://iam."),
    /* 40 */ AWSC_EP_T(3, 23), /* "https://iam.{Region}.api.aws" */
    /* 41 */ AWSC_EP_S("https://iam.cn-north-1.amazonaws.com.cn"),
    /* 42 */ AWSC_EP_S("cn-north-1"),
    /* 43 */ AWSC_EP_S(".api.amazonwebservices.com.cn"),
    /* 44 */ AWSC_EP_T(3, 26), /* "https://iam-fips.{Region}.api.amazonwebservices.com.cn" */
    /* 45 */ AWSC_EP_S(".amazonaws.com.cn"),
    /* 46 */ AWSC_EP_T(3, 29), /* "https://iam-fips.{Region}.amazonaws.com.cn" */
    /* 47 */ AWSC_EP_T(3, 32), /* "https://iam.{Region}.api.amazonwebservices.com.cn" */
    /* 48 */ AWSC_EP_S("https://iam.us-gov.amazonaws.com"),
    /* 49 */ AWSC_EP_S("us-gov-west-1"),
    /* 50 */ AWSC_EP_S("https://iam.us-iso-east-1.c2s.ic.gov"),
    /* 51 */ AWSC_EP_S("us-iso-east-1"),
    /* 52 */ AWSC_EP_S(".c2s.ic.gov"),
    /* 53 */ AWSC_EP_T(3, 35), /* "https://iam-fips.{Region}.c2s.ic.gov" */
    /* 54 */ AWSC_EP_S("https://iam.us-isob-east-1.sc2s.sgov.gov"),
    /* 55 */ AWSC_EP_S("us-isob-east-1"),
    /* 56 */ AWSC_EP_S(".sc2s.sgov.gov"),
    /* 57 */ AWSC_EP_T(3, 38), /* "https://iam-fips.{Region}.sc2s.sgov.gov" */
    /* 58 */ AWSC_EP_S("."),
    /* 59 */ AWSC_EP_A(5, DUAL_STACK_DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dualStackDnsSuffix */
    /* 60 */ AWSC_EP_T(4, 41), /* "https://iam-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    /* 61 */ AWSC_EP_F(STRING_EQUALS, 2, 45), /* stringEquals(Region, "iam") */
    /* 62 */ AWSC_EP_S("aws-global"),
    /* 63 */ AWSC_EP_F(STRING_EQUALS, 2, 47), /* stringEquals(Region, "aws-global") */
    /* 64 */ AWSC_EP_S("iam-govcloud"),
    /* 65 */ AWSC_EP_F(STRING_EQUALS, 2, 49), /* stringEquals(Region, "iam-govcloud") */
    /* 66 */ AWSC_EP_S("aws-us-gov-global"),
    /* 67 */ AWSC_EP_F(STRING_EQUALS, 2, 51), /* stringEquals(Region, "aws-us-gov-global") */
    /* 68 */ AWSC_EP_A(5, DNS_SUFFIX, AWSC_EP_NONE), /* PartitionResult#dnsSuffix */
    /* 69 */ AWSC_EP_T(4, 53), /* "https://iam-fips.{Region}.{PartitionResult#dnsSuffix}" */
    /* 70 */ AWSC_EP_T(4, 57), /* "https://iam.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    /* 71 */ AWSC_EP_S("aws-cn-global"),
    /* 72 */ AWSC_EP_F(STRING_EQUALS, 2, 61), /* stringEquals(Region, "aws-cn-global") */
    /* 73 */ AWSC_EP_S("aws-iso-global"),
    /* 74 */ AWSC_EP_F(STRING_EQUALS, 2, 63), /* stringEquals(Region, "aws-iso-global") */
    /* 75 */ AWSC_EP_S("aws-iso-b-global"),
    /* 76 */ AWSC_EP_F(STRING_EQUALS, 2, 65), /* stringEquals(Region, "aws-iso-b-global") */
    /* 77 */ AWSC_EP_T(4, 67), /* "https://iam.{Region}.{PartitionResult#dnsSuffix}" */
};
static const uint16_t rs_args[] = {
    0, 2, 6, 7, 6, 9, 6, 11, 6, 13, 6, 15, 17, 18, 20, 18,
    18, 28, 18, 30, 33, 0, 34, 39, 0, 34, 33, 0, 43, 33, 0, 45,
    39, 0, 43, 33, 0, 52, 33, 0, 56, 33, 0, 58, 59, 0, 27, 0,
    62, 0, 64, 0, 66, 33, 0, 58, 68, 39, 0, 58, 59, 0, 71, 0,
    73, 0, 75, 39, 0, 58, 68,
};

/* Conditions: expression, and the variable its result is assigned to. */
static const struct awsc_ep_cond rs_conds[] = {
    /* 0 */ {1, 4}, /* PartitionResult = aws.partition(Region) */
    /* 1 */ {3, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 2 */ {4, 5}, /* url = parseURL(Endpoint) */
    /* 3 */ {8, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws") */
    /* 4 */ {10, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-cn") */
    /* 5 */ {12, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-us-gov") */
    /* 6 */ {14, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-iso") */
    /* 7 */ {16, AWSC_EP_NONE}, /* stringEquals(PartitionResult#name, "aws-iso-b") */
    /* 8 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 9 */ {21, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 10 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 11 */ {21, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 12 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 13 */ {21, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 14 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 15 */ {21, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 16 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 17 */ {21, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 18 */ {29, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 19 */ {31, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 20 */ {29, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 21 */ {31, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 22 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 23 */ {21, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 24 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 25 */ {21, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 26 */ {29, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 27 */ {31, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 28 */ {29, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 29 */ {31, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 30 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 31 */ {21, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 32 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 33 */ {21, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 34 */ {29, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 35 */ {31, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 36 */ {29, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 37 */ {31, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 38 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 39 */ {29, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 40 */ {19, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 41 */ {29, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 42 */ {29, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 43 */ {31, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 44 */ {29, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 45 */ {61, AWSC_EP_NONE}, /* stringEquals(Region, "iam") */
    /* 46 */ {63, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 47 */ {65, AWSC_EP_NONE}, /* stringEquals(Region, "iam-govcloud") */
    /* 48 */ {67, AWSC_EP_NONE}, /* stringEquals(Region, "aws-us-gov-global") */
    /* 49 */ {31, AWSC_EP_NONE}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 50 */ {63, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 51 */ {72, AWSC_EP_NONE}, /* stringEquals(Region, "aws-cn-global") */
    /* 52 */ {67, AWSC_EP_NONE}, /* stringEquals(Region, "aws-us-gov-global") */
    /* 53 */ {74, AWSC_EP_NONE}, /* stringEquals(Region, "aws-iso-global") */
    /* 54 */ {76, AWSC_EP_NONE}, /* stringEquals(Region, "aws-iso-b-global") */
};

/* Endpoints: URL, properties, first header, header count. */
static const struct awsc_ep_endpoint rs_endpoints[] = {
    /* 0 */ {2, AWSC_EP_NONE, 0, 0}, /* Endpoint */
    /* 1 */ {24, 0, 0, 0}, /* "https://iam.amazonaws.com" */
    /* 2 */ {35, 6, 0, 0}, /* "https://iam-fips.{Region}.api.aws" */
    /* 3 */ {37, 12, 0, 0}, /* "https://iam-fips.amazonaws.com" */
    /* 4 */ {40, 18, 0, 0}, /* "https://iam.{Region}.api.aws" */
    /* 5 */ {41, 24, 0, 0}, /* "https://iam.cn-north-1.amazonaws.com.cn" */
    /* 6 */ {44, 30, 0, 0}, /* "https://iam-fips.{Region}.api.amazonwebservices.com.cn" */
    /* 7 */ {46, 36, 0, 0}, /* "https://iam-fips.{Region}.amazonaws.com.cn" */
    /* 8 */ {47, 42, 0, 0}, /* "https://iam.{Region}.api.amazonwebservices.com.cn" */
    /* 9 */ {48, 48, 0, 0}, /* "https://iam.us-gov.amazonaws.com" */
    /* 10 */ {35, 54, 0, 0}, /* "https://iam-fips.{Region}.api.aws" */
    /* 11 */ {40, 60, 0, 0}, /* "https://iam.{Region}.api.aws" */
    /* 12 */ {50, 66, 0, 0}, /* "https://iam.us-iso-east-1.c2s.ic.gov" */
    /* 13 */ {53, 72, 0, 0}, /* "https://iam-fips.{Region}.c2s.ic.gov" */
    /* 14 */ {54, 78, 0, 0}, /* "https://iam.us-isob-east-1.sc2s.sgov.gov" */
    /* 15 */ {57, 84, 0, 0}, /* "https://iam-fips.{Region}.sc2s.sgov.gov" */
    /* 16 */ {60, AWSC_EP_NONE, 0, 0}, /* "https://iam-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    /* 17 */ {69, AWSC_EP_NONE, 0, 0}, /* "https://iam-fips.{Region}.{PartitionResult#dnsSuffix}" */
    /* 18 */ {70, AWSC_EP_NONE, 0, 0}, /* "https://iam.{Region}.{PartitionResult#dualStackDnsSuffix}" */
    /* 19 */ {77, AWSC_EP_NONE, 0, 0}, /* "https://iam.{Region}.{PartitionResult#dnsSuffix}" */
};
static const struct awsc_ep_prop rs_props[] = {
    /* 0 */ {NULL, AWSC_EP_PROP_OBJECT, 1, 1},
    /* 1 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 2, 1},
    /* 2 */ {NULL, AWSC_EP_PROP_OBJECT, 3, 3},
    /* 3 */ {"name", AWSC_EP_PROP_STRING, 25, 0},
    /* 4 */ {"signingRegion", AWSC_EP_PROP_STRING, 26, 0},
    /* 5 */ {"signingName", AWSC_EP_PROP_STRING, 27, 0},
    /* 6 */ {NULL, AWSC_EP_PROP_OBJECT, 7, 1},
    /* 7 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 8, 1},
    /* 8 */ {NULL, AWSC_EP_PROP_OBJECT, 9, 3},
    /* 9 */ {"name", AWSC_EP_PROP_STRING, 25, 0},
    /* 10 */ {"signingRegion", AWSC_EP_PROP_STRING, 26, 0},
    /* 11 */ {"signingName", AWSC_EP_PROP_STRING, 27, 0},
    /* 12 */ {NULL, AWSC_EP_PROP_OBJECT, 13, 1},
    /* 13 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 14, 1},
    /* 14 */ {NULL, AWSC_EP_PROP_OBJECT, 15, 3},
    /* 15 */ {"name", AWSC_EP_PROP_STRING, 25, 0},
    /* 16 */ {"signingRegion", AWSC_EP_PROP_STRING, 26, 0},
    /* 17 */ {"signingName", AWSC_EP_PROP_STRING, 27, 0},
    /* 18 */ {NULL, AWSC_EP_PROP_OBJECT, 19, 1},
    /* 19 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 20, 1},
    /* 20 */ {NULL, AWSC_EP_PROP_OBJECT, 21, 3},
    /* 21 */ {"name", AWSC_EP_PROP_STRING, 25, 0},
    /* 22 */ {"signingRegion", AWSC_EP_PROP_STRING, 26, 0},
    /* 23 */ {"signingName", AWSC_EP_PROP_STRING, 27, 0},
    /* 24 */ {NULL, AWSC_EP_PROP_OBJECT, 25, 1},
    /* 25 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 26, 1},
    /* 26 */ {NULL, AWSC_EP_PROP_OBJECT, 27, 3},
    /* 27 */ {"name", AWSC_EP_PROP_STRING, 25, 0},
    /* 28 */ {"signingRegion", AWSC_EP_PROP_STRING, 42, 0},
    /* 29 */ {"signingName", AWSC_EP_PROP_STRING, 27, 0},
    /* 30 */ {NULL, AWSC_EP_PROP_OBJECT, 31, 1},
    /* 31 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 32, 1},
    /* 32 */ {NULL, AWSC_EP_PROP_OBJECT, 33, 3},
    /* 33 */ {"name", AWSC_EP_PROP_STRING, 25, 0},
    /* 34 */ {"signingRegion", AWSC_EP_PROP_STRING, 42, 0},
    /* 35 */ {"signingName", AWSC_EP_PROP_STRING, 27, 0},
    /* 36 */ {NULL, AWSC_EP_PROP_OBJECT, 37, 1},
    /* 37 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 38, 1},
    /* 38 */ {NULL, AWSC_EP_PROP_OBJECT, 39, 3},
    /* 39 */ {"name", AWSC_EP_PROP_STRING, 25, 0},
    /* 40 */ {"signingRegion", AWSC_EP_PROP_STRING, 42, 0},
    /* 41 */ {"signingName", AWSC_EP_PROP_STRING, 27, 0},
    /* 42 */ {NULL, AWSC_EP_PROP_OBJECT, 43, 1},
    /* 43 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 44, 1},
    /* 44 */ {NULL, AWSC_EP_PROP_OBJECT, 45, 3},
    /* 45 */ {"name", AWSC_EP_PROP_STRING, 25, 0},
    /* 46 */ {"signingRegion", AWSC_EP_PROP_STRING, 42, 0},
    /* 47 */ {"signingName", AWSC_EP_PROP_STRING, 27, 0},
    /* 48 */ {NULL, AWSC_EP_PROP_OBJECT, 49, 1},
    /* 49 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 50, 1},
    /* 50 */ {NULL, AWSC_EP_PROP_OBJECT, 51, 3},
    /* 51 */ {"name", AWSC_EP_PROP_STRING, 25, 0},
    /* 52 */ {"signingRegion", AWSC_EP_PROP_STRING, 49, 0},
    /* 53 */ {"signingName", AWSC_EP_PROP_STRING, 27, 0},
    /* 54 */ {NULL, AWSC_EP_PROP_OBJECT, 55, 1},
    /* 55 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 56, 1},
    /* 56 */ {NULL, AWSC_EP_PROP_OBJECT, 57, 3},
    /* 57 */ {"name", AWSC_EP_PROP_STRING, 25, 0},
    /* 58 */ {"signingRegion", AWSC_EP_PROP_STRING, 49, 0},
    /* 59 */ {"signingName", AWSC_EP_PROP_STRING, 27, 0},
    /* 60 */ {NULL, AWSC_EP_PROP_OBJECT, 61, 1},
    /* 61 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 62, 1},
    /* 62 */ {NULL, AWSC_EP_PROP_OBJECT, 63, 3},
    /* 63 */ {"name", AWSC_EP_PROP_STRING, 25, 0},
    /* 64 */ {"signingRegion", AWSC_EP_PROP_STRING, 49, 0},
    /* 65 */ {"signingName", AWSC_EP_PROP_STRING, 27, 0},
    /* 66 */ {NULL, AWSC_EP_PROP_OBJECT, 67, 1},
    /* 67 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 68, 1},
    /* 68 */ {NULL, AWSC_EP_PROP_OBJECT, 69, 3},
    /* 69 */ {"name", AWSC_EP_PROP_STRING, 25, 0},
    /* 70 */ {"signingRegion", AWSC_EP_PROP_STRING, 51, 0},
    /* 71 */ {"signingName", AWSC_EP_PROP_STRING, 27, 0},
    /* 72 */ {NULL, AWSC_EP_PROP_OBJECT, 73, 1},
    /* 73 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 74, 1},
    /* 74 */ {NULL, AWSC_EP_PROP_OBJECT, 75, 3},
    /* 75 */ {"name", AWSC_EP_PROP_STRING, 25, 0},
    /* 76 */ {"signingRegion", AWSC_EP_PROP_STRING, 51, 0},
    /* 77 */ {"signingName", AWSC_EP_PROP_STRING, 27, 0},
    /* 78 */ {NULL, AWSC_EP_PROP_OBJECT, 79, 1},
    /* 79 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 80, 1},
    /* 80 */ {NULL, AWSC_EP_PROP_OBJECT, 81, 3},
    /* 81 */ {"name", AWSC_EP_PROP_STRING, 25, 0},
    /* 82 */ {"signingRegion", AWSC_EP_PROP_STRING, 55, 0},
    /* 83 */ {"signingName", AWSC_EP_PROP_STRING, 27, 0},
    /* 84 */ {NULL, AWSC_EP_PROP_OBJECT, 85, 1},
    /* 85 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 86, 1},
    /* 86 */ {NULL, AWSC_EP_PROP_OBJECT, 87, 3},
    /* 87 */ {"name", AWSC_EP_PROP_STRING, 25, 0},
    /* 88 */ {"signingRegion", AWSC_EP_PROP_STRING, 55, 0},
    /* 89 */ {"signingName", AWSC_EP_PROP_STRING, 27, 0},
};

/* Rules: type, condition count, first condition, then a tree's first
 * child and child count, an endpoint's index, or an error's message. */
static const struct awsc_ep_rule rs_rules[] = {
    /* 0 */ {AWSC_EP_RULE_TREE, 1, 0, 1, 10}, /* PartitionResult = aws.partition(Region) */
    /* 1 */ {AWSC_EP_RULE_TREE, 2, 1, 11, 2}, /* isSet(Endpoint) && url = parseURL(Endpoint) */
    /* 2 */ {AWSC_EP_RULE_TREE, 1, 3, 15, 4}, /* stringEquals(PartitionResult#name, "aws") */
    /* 3 */ {AWSC_EP_RULE_TREE, 1, 4, 28, 4}, /* stringEquals(PartitionResult#name, "aws-cn") */
    /* 4 */ {AWSC_EP_RULE_TREE, 1, 5, 41, 4}, /* stringEquals(PartitionResult#name, "aws-us-gov") */
    /* 5 */ {AWSC_EP_RULE_TREE, 1, 6, 54, 2}, /* stringEquals(PartitionResult#name, "aws-iso") */
    /* 6 */ {AWSC_EP_RULE_TREE, 1, 7, 59, 2}, /* stringEquals(PartitionResult#name, "aws-iso-b") */
    /* 7 */ {AWSC_EP_RULE_TREE, 2, 8, 64, 2}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
    /* 8 */ {AWSC_EP_RULE_TREE, 1, 10, 67, 2}, /* booleanEquals(UseFIPS, true) */
    /* 9 */ {AWSC_EP_RULE_TREE, 1, 11, 75, 2}, /* booleanEquals(UseDualStack, true) */
    /* 10 */ {AWSC_EP_RULE_TREE, 0, 12, 78, 6}, /* always */
    /* 11 */ {AWSC_EP_RULE_ERROR, 1, 12, 22, 0}, /* booleanEquals(UseFIPS, true) */
    /* 12 */ {AWSC_EP_RULE_TREE, 0, 13, 13, 2}, /* always */
    /* 13 */ {AWSC_EP_RULE_ERROR, 1, 13, 23, 0}, /* booleanEquals(UseDualStack, true) */
    /* 14 */ {AWSC_EP_RULE_ENDPOINT, 0, 14, 0, 0}, /* always */
    /* 15 */ {AWSC_EP_RULE_TREE, 2, 14, 19, 2}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
    /* 16 */ {AWSC_EP_RULE_TREE, 1, 16, 22, 2}, /* booleanEquals(UseFIPS, true) */
    /* 17 */ {AWSC_EP_RULE_TREE, 1, 17, 25, 2}, /* booleanEquals(UseDualStack, true) */
    /* 18 */ {AWSC_EP_RULE_ENDPOINT, 0, 18, 1, 0}, /* always */
    /* 19 */ {AWSC_EP_RULE_TREE, 2, 18, 21, 1}, /* booleanEquals(true, PartitionResult#supportsFIPS) && booleanEquals(true, PartitionResu ... */
    /* 20 */ {AWSC_EP_RULE_ERROR, 0, 20, 32, 0}, /* always */
    /* 21 */ {AWSC_EP_RULE_ENDPOINT, 0, 20, 2, 0}, /* always */
    /* 22 */ {AWSC_EP_RULE_TREE, 1, 20, 24, 1}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 23 */ {AWSC_EP_RULE_ERROR, 0, 21, 36, 0}, /* always */
    /* 24 */ {AWSC_EP_RULE_ENDPOINT, 0, 21, 3, 0}, /* always */
    /* 25 */ {AWSC_EP_RULE_TREE, 1, 21, 27, 1}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 26 */ {AWSC_EP_RULE_ERROR, 0, 22, 38, 0}, /* always */
    /* 27 */ {AWSC_EP_RULE_ENDPOINT, 0, 22, 4, 0}, /* always */
    /* 28 */ {AWSC_EP_RULE_TREE, 2, 22, 32, 2}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
    /* 29 */ {AWSC_EP_RULE_TREE, 1, 24, 35, 2}, /* booleanEquals(UseFIPS, true) */
    /* 30 */ {AWSC_EP_RULE_TREE, 1, 25, 38, 2}, /* booleanEquals(UseDualStack, true) */
    /* 31 */ {AWSC_EP_RULE_ENDPOINT, 0, 26, 5, 0}, /* always */
    /* 32 */ {AWSC_EP_RULE_TREE, 2, 26, 34, 1}, /* booleanEquals(true, PartitionResult#supportsFIPS) && booleanEquals(true, PartitionResu ... */
    /* 33 */ {AWSC_EP_RULE_ERROR, 0, 28, 32, 0}, /* always */
    /* 34 */ {AWSC_EP_RULE_ENDPOINT, 0, 28, 6, 0}, /* always */
    /* 35 */ {AWSC_EP_RULE_TREE, 1, 28, 37, 1}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 36 */ {AWSC_EP_RULE_ERROR, 0, 29, 36, 0}, /* always */
    /* 37 */ {AWSC_EP_RULE_ENDPOINT, 0, 29, 7, 0}, /* always */
    /* 38 */ {AWSC_EP_RULE_TREE, 1, 29, 40, 1}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 39 */ {AWSC_EP_RULE_ERROR, 0, 30, 38, 0}, /* always */
    /* 40 */ {AWSC_EP_RULE_ENDPOINT, 0, 30, 8, 0}, /* always */
    /* 41 */ {AWSC_EP_RULE_TREE, 2, 30, 45, 2}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
    /* 42 */ {AWSC_EP_RULE_TREE, 1, 32, 48, 2}, /* booleanEquals(UseFIPS, true) */
    /* 43 */ {AWSC_EP_RULE_TREE, 1, 33, 51, 2}, /* booleanEquals(UseDualStack, true) */
    /* 44 */ {AWSC_EP_RULE_ENDPOINT, 0, 34, 9, 0}, /* always */
    /* 45 */ {AWSC_EP_RULE_TREE, 2, 34, 47, 1}, /* booleanEquals(true, PartitionResult#supportsFIPS) && booleanEquals(true, PartitionResu ... */
    /* 46 */ {AWSC_EP_RULE_ERROR, 0, 36, 32, 0}, /* always */
    /* 47 */ {AWSC_EP_RULE_ENDPOINT, 0, 36, 10, 0}, /* always */
    /* 48 */ {AWSC_EP_RULE_TREE, 1, 36, 50, 1}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 49 */ {AWSC_EP_RULE_ERROR, 0, 37, 36, 0}, /* always */
    /* 50 */ {AWSC_EP_RULE_ENDPOINT, 0, 37, 9, 0}, /* always */
    /* 51 */ {AWSC_EP_RULE_TREE, 1, 37, 53, 1}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 52 */ {AWSC_EP_RULE_ERROR, 0, 38, 38, 0}, /* always */
    /* 53 */ {AWSC_EP_RULE_ENDPOINT, 0, 38, 11, 0}, /* always */
    /* 54 */ {AWSC_EP_RULE_TREE, 1, 38, 56, 2}, /* booleanEquals(UseFIPS, true) */
    /* 55 */ {AWSC_EP_RULE_ENDPOINT, 0, 39, 12, 0}, /* always */
    /* 56 */ {AWSC_EP_RULE_TREE, 1, 39, 58, 1}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 57 */ {AWSC_EP_RULE_ERROR, 0, 40, 36, 0}, /* always */
    /* 58 */ {AWSC_EP_RULE_ENDPOINT, 0, 40, 13, 0}, /* always */
    /* 59 */ {AWSC_EP_RULE_TREE, 1, 40, 61, 2}, /* booleanEquals(UseFIPS, true) */
    /* 60 */ {AWSC_EP_RULE_ENDPOINT, 0, 41, 14, 0}, /* always */
    /* 61 */ {AWSC_EP_RULE_TREE, 1, 41, 63, 1}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 62 */ {AWSC_EP_RULE_ERROR, 0, 42, 36, 0}, /* always */
    /* 63 */ {AWSC_EP_RULE_ENDPOINT, 0, 42, 15, 0}, /* always */
    /* 64 */ {AWSC_EP_RULE_TREE, 2, 42, 66, 1}, /* booleanEquals(true, PartitionResult#supportsFIPS) && booleanEquals(true, PartitionResu ... */
    /* 65 */ {AWSC_EP_RULE_ERROR, 0, 44, 32, 0}, /* always */
    /* 66 */ {AWSC_EP_RULE_ENDPOINT, 0, 44, 16, 0}, /* always */
    /* 67 */ {AWSC_EP_RULE_TREE, 1, 44, 69, 1}, /* booleanEquals(true, PartitionResult#supportsFIPS) */
    /* 68 */ {AWSC_EP_RULE_ERROR, 0, 45, 36, 0}, /* always */
    /* 69 */ {AWSC_EP_RULE_TREE, 0, 45, 70, 5}, /* always */
    /* 70 */ {AWSC_EP_RULE_ENDPOINT, 1, 45, 3, 0}, /* stringEquals(Region, "iam") */
    /* 71 */ {AWSC_EP_RULE_ENDPOINT, 1, 46, 3, 0}, /* stringEquals(Region, "aws-global") */
    /* 72 */ {AWSC_EP_RULE_ENDPOINT, 1, 47, 9, 0}, /* stringEquals(Region, "iam-govcloud") */
    /* 73 */ {AWSC_EP_RULE_ENDPOINT, 1, 48, 9, 0}, /* stringEquals(Region, "aws-us-gov-global") */
    /* 74 */ {AWSC_EP_RULE_ENDPOINT, 0, 49, 17, 0}, /* always */
    /* 75 */ {AWSC_EP_RULE_TREE, 1, 49, 77, 1}, /* booleanEquals(true, PartitionResult#supportsDualStack) */
    /* 76 */ {AWSC_EP_RULE_ERROR, 0, 50, 38, 0}, /* always */
    /* 77 */ {AWSC_EP_RULE_ENDPOINT, 0, 50, 18, 0}, /* always */
    /* 78 */ {AWSC_EP_RULE_ENDPOINT, 1, 50, 1, 0}, /* stringEquals(Region, "aws-global") */
    /* 79 */ {AWSC_EP_RULE_ENDPOINT, 1, 51, 5, 0}, /* stringEquals(Region, "aws-cn-global") */
    /* 80 */ {AWSC_EP_RULE_ENDPOINT, 1, 52, 9, 0}, /* stringEquals(Region, "aws-us-gov-global") */
    /* 81 */ {AWSC_EP_RULE_ENDPOINT, 1, 53, 12, 0}, /* stringEquals(Region, "aws-iso-global") */
    /* 82 */ {AWSC_EP_RULE_ENDPOINT, 1, 54, 14, 0}, /* stringEquals(Region, "aws-iso-b-global") */
    /* 83 */ {AWSC_EP_RULE_ENDPOINT, 0, 55, 19, 0}, /* always */
};

extern const struct awsc_ruleset awsc__iam_ruleset;
const struct awsc_ruleset awsc__iam_ruleset = {
    .service = "iam",
    .params = rs_params,
    .param_count = 4,
    .slot_count = 6,
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
