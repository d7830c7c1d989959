/*
 * s3_endpoints.c - the endpoint rule set of S3, compiled
 * into the tables of <awsc/endpoint.h> that runtime/endpoint walks.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/endpoint.h>
#include <awsc/s3.h>

/* ---- s3: parameters, then the variables the rules assign */
static const struct awsc_ep_param rs_params[] = {
    /* name, type, built-in, flags, default boolean, default string */
    {"Bucket", AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_NONE, 0, false, NULL},
    {"Region", AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_REGION, 0, false, NULL},
    {"UseFIPS", AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_FIPS, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false, NULL},
    {"UseDualStack", AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_DUAL_STACK, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false, NULL},
    {"Endpoint", AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ENDPOINT, 0, false, NULL},
    {"ForcePathStyle", AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_S3_FORCE_PATH_STYLE, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT | AWSC_EP_PF_CLIENT_CONTEXT, false, NULL},
    {"Accelerate", AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_S3_ACCELERATE, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT | AWSC_EP_PF_CLIENT_CONTEXT, false, NULL},
    {"UseGlobalEndpoint", AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_S3_USE_GLOBAL_ENDPOINT, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false, NULL},
    {"UseObjectLambdaEndpoint", AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_NONE, 0, false, NULL},
    {"Key", AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_NONE, 0, false, NULL},
    {"Prefix", AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_NONE, 0, false, NULL},
    {"CopySource", AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_NONE, 0, false, NULL},
    {"DisableAccessPoints", AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_NONE, 0, false, NULL},
    {"DisableMultiRegionAccessPoints", AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_S3_DISABLE_MRAP, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT | AWSC_EP_PF_CLIENT_CONTEXT, false, NULL},
    {"UseArnRegion", AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_S3_USE_ARN_REGION, AWSC_EP_PF_CLIENT_CONTEXT, false, NULL},
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_NONE, 0, false, NULL},
    {"DisableS3ExpressSessionAuth", AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_NONE, AWSC_EP_PF_CLIENT_CONTEXT, false, NULL},
};
static const char *const rs_slots[] = {
    "Bucket", /* 0 */
    "Region", /* 1 */
    "UseFIPS", /* 2 */
    "UseDualStack", /* 3 */
    "Endpoint", /* 4 */
    "ForcePathStyle", /* 5 */
    "Accelerate", /* 6 */
    "UseGlobalEndpoint", /* 7 */
    "UseObjectLambdaEndpoint", /* 8 */
    "Key", /* 9 */
    "Prefix", /* 10 */
    "CopySource", /* 11 */
    "DisableAccessPoints", /* 12 */
    "DisableMultiRegionAccessPoints", /* 13 */
    "UseArnRegion", /* 14 */
    "UseS3ExpressControlEndpoint", /* 15 */
    "DisableS3ExpressSessionAuth", /* 16 */
    "partitionResult", /* 17 */
    "bucketSuffix", /* 18 */
    "accessPointSuffix", /* 19 */
    "hardwareType", /* 20 */
    "regionPrefix", /* 21 */
    "bucketAliasSuffix", /* 22 */
    "outpostId", /* 23 */
    "regionPartition", /* 24 */
    "url", /* 25 */
    "uri_encoded_bucket", /* 26 */
    "s3expressAvailabilityZoneId", /* 27 */
    "s3expressAvailabilityZoneDelim", /* 28 */
    "bucketArn", /* 29 */
    "arnPrefix", /* 30 */
    "arnType", /* 31 */
    "accessPointName", /* 32 */
    "bucketPartition", /* 33 */
    "mrapPartition", /* 34 */
    "outpostType", /* 35 */
};

/* Expressions. A(obj, attribute, index) is getAttr, V(slot) a variable,
 * T(n, first) a template of n parts from args, F(fn, n, first) a call. */
static const struct awsc_ep_expr rs_exprs[] = {
    /* 0 */ AWSC_EP_V(1), /* Region */
    /* 1 */ AWSC_EP_F(IS_SET, 1, 0), /* isSet(Region) */
    /* 2 */ AWSC_EP_S("A region must be set when sending requests to S3."),
    /* 3 */ AWSC_EP_V(6), /* Accelerate */
    /* 4 */ AWSC_EP_B(1), /* true */
    /* 5 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 1), /* booleanEquals(Accelerate, true) */
    /* 6 */ AWSC_EP_V(2), /* UseFIPS */
    /* 7 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 3), /* booleanEquals(UseFIPS, true) */
    /* 8 */ AWSC_EP_S("Accelerate cannot be used with FIPS"),
    /* 9 */ AWSC_EP_V(3), /* UseDualStack */
    /* 10 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 5), /* booleanEquals(UseDualStack, true) */
    /* 11 */ AWSC_EP_V(4), /* Endpoint */
    /* 12 */ AWSC_EP_F(IS_SET, 1, 7), /* isSet(Endpoint) */
    /* 13 */ AWSC_EP_S("Cannot set dual-stack in combination with a custom endpoint."),
    /* 14 */ AWSC_EP_S("A custom endpoint cannot be combined with FIPS"),
    /* 15 */ AWSC_EP_S("A custom endpoint cannot be combined with S3 Accelerate"),
    /* 16 */ AWSC_EP_F(PARTITION, 1, 0), /* aws.partition(Region) */
    /* 17 */ AWSC_EP_V(17), /* partitionResult */
    /* 18 */ AWSC_EP_A(17, NAME, AWSC_EP_NONE), /* partitionResult#name */
    /* 19 */ AWSC_EP_S("aws-cn"),
    /* 20 */ AWSC_EP_F(STRING_EQUALS, 2, 8), /* stringEquals(partitionResult#name, "aws-cn") */
    /* 21 */ AWSC_EP_S("Partition does not support FIPS"),
    /* 22 */ AWSC_EP_V(0), /* Bucket */
    /* 23 */ AWSC_EP_F(IS_SET, 1, 10), /* isSet(Bucket) */
    /* 24 */ AWSC_EP_I(0), /* 0 */
    /* 25 */ AWSC_EP_I(6), /* 6 */
    /* 26 */ AWSC_EP_F(SUBSTRING, 4, 11), /* substring(Bucket, 0, 6, true) */
    /* 27 */ AWSC_EP_V(18), /* bucketSuffix */
    /* 28 */ AWSC_EP_S("--x-s3"),
    /* 29 */ AWSC_EP_F(STRING_EQUALS, 2, 15), /* stringEquals(bucketSuffix, "--x-s3") */
    /* 30 */ AWSC_EP_I(7), /* 7 */
    /* 31 */ AWSC_EP_F(SUBSTRING, 4, 17), /* substring(Bucket, 0, 7, true) */
    /* 32 */ AWSC_EP_V(19), /* accessPointSuffix */
    /* 33 */ AWSC_EP_S("--xa-s3"),
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
    /* 48 */ AWSC_EP_S("--op-s3"),
    /* 49 */ AWSC_EP_F(STRING_EQUALS, 2, 39), /* stringEquals(bucketAliasSuffix, "--op-s3") */
    /* 50 */ AWSC_EP_V(8), /* UseObjectLambdaEndpoint */
    /* 51 */ AWSC_EP_F(IS_SET, 1, 41), /* isSet(UseObjectLambdaEndpoint) */
    /* 52 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 42), /* booleanEquals(UseObjectLambdaEndpoint, true) */
    /* 53 */ AWSC_EP_S("S3Express does not support S3 Accelerate."),
    /* 54 */ AWSC_EP_F(PARSE_URL, 1, 7), /* parseURL(Endpoint) */
    /* 55 */ AWSC_EP_B(0), /* false */
    /* 56 */ AWSC_EP_F(IS_VIRTUAL_HOSTABLE_S3_BUCKET, 2, 44), /* aws.isVirtualHostableS3Bucket(Bucket, false) */
    /* 57 */ AWSC_EP_S("S3Express bucket name is not a valid virtual hostable name."),
    /* 58 */ AWSC_EP_V(16), /* DisableS3ExpressSessionAuth */
    /* 59 */ AWSC_EP_F(IS_SET, 1, 46), /* isSet(DisableS3ExpressSessionAuth) */
    /* 60 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 47), /* booleanEquals(DisableS3ExpressSessionAuth, true) */
    /* 61 */ AWSC_EP_V(25), /* url */
    /* 62 */ AWSC_EP_A(61, IS_IP, AWSC_EP_NONE), /* url#isIp */
    /* 63 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 49), /* booleanEquals(url#isIp, true) */
    /* 64 */ AWSC_EP_F(URI_ENCODE, 1, 10), /* uriEncode(Bucket) */
    /* 65 */ AWSC_EP_A(61, SCHEME, AWSC_EP_NONE), /* url#scheme */
    /* 66 */ AWSC_EP_S("://"),
    /* 67 */ AWSC_EP_A(61, AUTHORITY, AWSC_EP_NONE), /* url#authority */
    /* 68 */ AWSC_EP_S("/"),
    /* 69 */ AWSC_EP_V(26), /* uri_encoded_bucket */
    /* 70 */ AWSC_EP_A(61, PATH, AWSC_EP_NONE), /* url#path */
    /* 71 */ AWSC_EP_T(6, 51), /* "{url#scheme}://{url#authority}/{uri_encoded_bucket}{url#path}" */
    /* 72 */ AWSC_EP_S("S3Express"),
    /* 73 */ AWSC_EP_S("sigv4"),
    /* 74 */ AWSC_EP_S("s3express"),
    /* 75 */ AWSC_EP_S("."),
    /* 76 */ AWSC_EP_T(6, 57), /* "{url#scheme}://{Bucket}.{url#authority}{url#path}" */
    /* 77 */ AWSC_EP_S("sigv4-s3express"),
    /* 78 */ AWSC_EP_F(NOT, 1, 63), /* not(isSet(Endpoint)) */
    /* 79 */ AWSC_EP_S("https://s3express-control-fips.dualstack."),
    /* 80 */ AWSC_EP_A(17, DNS_SUFFIX, AWSC_EP_NONE), /* partitionResult#dnsSuffix */
    /* 81 */ AWSC_EP_T(6, 64), /* "https://s3express-control-fips.dualstack.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
    /* 82 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 70), /* booleanEquals(UseDualStack, false) */
    /* 83 */ AWSC_EP_S("https://s3express-control-fips."),
    /* 84 */ AWSC_EP_T(6, 72), /* "https://s3express-control-fips.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
    /* 85 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 78), /* booleanEquals(UseFIPS, false) */
    /* 86 */ AWSC_EP_S("https://s3express-control.dualstack."),
    /* 87 */ AWSC_EP_T(6, 80), /* "https://s3express-control.dualstack.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
    /* 88 */ AWSC_EP_S("https://s3express-control."),
    /* 89 */ AWSC_EP_T(6, 86), /* "https://s3express-control.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
    /* 90 */ AWSC_EP_I(14), /* 14 */
    /* 91 */ AWSC_EP_F(SUBSTRING, 4, 92), /* substring(Bucket, 6, 14, true) */
    /* 92 */ AWSC_EP_I(16), /* 16 */
    /* 93 */ AWSC_EP_F(SUBSTRING, 4, 96), /* substring(Bucket, 14, 16, true) */
    /* 94 */ AWSC_EP_V(28), /* s3expressAvailabilityZoneDelim */
    /* 95 */ AWSC_EP_S("--"),
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
    /* 113 */ AWSC_EP_S("Unrecognized S3Express bucket name format."),
    /* 114 */ AWSC_EP_S("https://"),
    /* 115 */ AWSC_EP_S(".s3express-fips-"),
    /* 116 */ AWSC_EP_V(27), /* s3expressAvailabilityZoneId */
    /* 117 */ AWSC_EP_S(".dualstack."),
    /* 118 */ AWSC_EP_T(8, 134), /* "https://{Bucket}.s3express-fips-{s3expressAvailabilityZoneId}.dualstack.{Region}.{partitionResult#dnsSuffix}" */
    /* 119 */ AWSC_EP_T(8, 142), /* "https://{Bucket}.s3express-fips-{s3expressAvailabilityZoneId}.{Region}.{partitionResult#dnsSuffix}" */
    /* 120 */ AWSC_EP_S(".s3express-"),
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
    /* 142 */ AWSC_EP_S("Invalid ARN: The outpost Id must only contain a-z, A-Z, 0-9 and `-`."),
    /* 143 */ AWSC_EP_S("Invalid Outposts Bucket alias - it must be a valid bucket name."),
    /* 144 */ AWSC_EP_V(20), /* hardwareType */
    /* 145 */ AWSC_EP_S("e"),
    /* 146 */ AWSC_EP_F(STRING_EQUALS, 2, 220), /* stringEquals(hardwareType, "e") */
    /* 147 */ AWSC_EP_S("o"),
    /* 148 */ AWSC_EP_F(STRING_EQUALS, 2, 222), /* stringEquals(hardwareType, "o") */
    /* 149 */ AWSC_EP_S("Unrecognized hardware type: \"Expected hardware type o or e but got "),
    /* 150 */ AWSC_EP_S("\""),
    /* 151 */ AWSC_EP_T(3, 224), /* "Unrecognized hardware type: \"Expected hardware type o or e but got {hardwareType}\"" */
    /* 152 */ AWSC_EP_V(21), /* regionPrefix */
    /* 153 */ AWSC_EP_S("beta"),
    /* 154 */ AWSC_EP_F(STRING_EQUALS, 2, 227), /* stringEquals(regionPrefix, "beta") */
    /* 155 */ AWSC_EP_S(".ec2.s3-outposts."),
    /* 156 */ AWSC_EP_V(24), /* regionPartition */
    /* 157 */ AWSC_EP_A(156, DNS_SUFFIX, AWSC_EP_NONE), /* regionPartition#dnsSuffix */
    /* 158 */ AWSC_EP_T(6, 229), /* "https://{Bucket}.ec2.s3-outposts.{Region}.{regionPartition#dnsSuffix}" */
    /* 159 */ AWSC_EP_S("sigv4a"),
    /* 160 */ AWSC_EP_S("s3-outposts"),
    /* 161 */ AWSC_EP_S("*"),
    /* 162 */ AWSC_EP_S("Expected a endpoint to be specified but no endpoint was found"),
    /* 163 */ AWSC_EP_S(".ec2."),
    /* 164 */ AWSC_EP_T(4, 235), /* "https://{Bucket}.ec2.{url#authority}" */
    /* 165 */ AWSC_EP_S(".op-"),
    /* 166 */ AWSC_EP_S(".s3-outposts."),
    /* 167 */ AWSC_EP_T(8, 239), /* "https://{Bucket}.op-{outpostId}.s3-outposts.{Region}.{regionPartition#dnsSuffix}" */
    /* 168 */ AWSC_EP_T(6, 247), /* "https://{Bucket}.op-{outpostId}.{url#authority}" */
    /* 169 */ AWSC_EP_F(IS_SET, 1, 253), /* isSet(parseURL(Endpoint)) */
    /* 170 */ AWSC_EP_F(NOT, 1, 254), /* not(isSet(parseURL(Endpoint))) */
    /* 171 */ AWSC_EP_S("Custom endpoint `"),
    /* 172 */ AWSC_EP_S("` was not a valid URI"),
    /* 173 */ AWSC_EP_T(3, 255), /* "Custom endpoint `{Endpoint}` was not a valid URI" */
    /* 174 */ AWSC_EP_V(5), /* ForcePathStyle */
    /* 175 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 258), /* booleanEquals(ForcePathStyle, false) */
    /* 176 */ AWSC_EP_S("http"),
    /* 177 */ AWSC_EP_F(STRING_EQUALS, 2, 260), /* stringEquals(url#scheme, "http") */
    /* 178 */ AWSC_EP_F(IS_VIRTUAL_HOSTABLE_S3_BUCKET, 2, 262), /* aws.isVirtualHostableS3Bucket(Bucket, true) */
    /* 179 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 264), /* booleanEquals(Accelerate, false) */
    /* 180 */ AWSC_EP_F(PARSE_ARN, 1, 10), /* aws.parseArn(Bucket) */
    /* 181 */ AWSC_EP_I(4), /* 4 */
    /* 182 */ AWSC_EP_F(SUBSTRING, 4, 266), /* substring(Bucket, 0, 4, false) */
    /* 183 */ AWSC_EP_V(30), /* arnPrefix */
    /* 184 */ AWSC_EP_S("arn:"),
    /* 185 */ AWSC_EP_F(STRING_EQUALS, 2, 270), /* stringEquals(arnPrefix, "arn:") */
    /* 186 */ AWSC_EP_F(IS_SET, 1, 272), /* isSet(aws.parseArn(Bucket)) */
    /* 187 */ AWSC_EP_F(NOT, 1, 273), /* not(isSet(aws.parseArn(Bucket))) */
    /* 188 */ AWSC_EP_S("Invalid ARN: `"),
    /* 189 */ AWSC_EP_S("` was not a valid ARN"),
    /* 190 */ AWSC_EP_T(3, 274), /* "Invalid ARN: `{Bucket}` was not a valid ARN" */
    /* 191 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 277), /* booleanEquals(ForcePathStyle, true) */
    /* 192 */ AWSC_EP_S("Path-style addressing cannot be used with ARN buckets"),
    /* 193 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 279), /* isValidHostLabel(Region, false) */
    /* 194 */ AWSC_EP_S("Invalid region: region was not a valid DNS name."),
    /* 195 */ AWSC_EP_S("S3 Accelerate cannot be used in this region"),
    /* 196 */ AWSC_EP_S("aws-global"),
    /* 197 */ AWSC_EP_F(STRING_EQUALS, 2, 281), /* stringEquals(Region, "aws-global") */
    /* 198 */ AWSC_EP_S(".s3-fips.dualstack.us-east-1."),
    /* 199 */ AWSC_EP_T(4, 283), /* "https://{Bucket}.s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}" */
    /* 200 */ AWSC_EP_S("s3"),
    /* 201 */ AWSC_EP_S("us-east-1"),
    /* 202 */ AWSC_EP_F(NOT, 1, 287), /* not(stringEquals(Region, "aws-global")) */
    /* 203 */ AWSC_EP_V(7), /* UseGlobalEndpoint */
    /* 204 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 288), /* booleanEquals(UseGlobalEndpoint, true) */
    /* 205 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 290), /* booleanEquals(UseGlobalEndpoint, false) */
    /* 206 */ AWSC_EP_S(".s3-fips.dualstack."),
    /* 207 */ AWSC_EP_T(6, 292), /* "https://{Bucket}.s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}" */
    /* 208 */ AWSC_EP_S(".s3-fips.us-east-1."),
    /* 209 */ AWSC_EP_T(4, 298), /* "https://{Bucket}.s3-fips.us-east-1.{partitionResult#dnsSuffix}" */
    /* 210 */ AWSC_EP_S(".s3-fips."),
    /* 211 */ AWSC_EP_T(6, 302), /* "https://{Bucket}.s3-fips.{Region}.{partitionResult#dnsSuffix}" */
    /* 212 */ AWSC_EP_S(".s3-accelerate.dualstack.us-east-1."),
    /* 213 */ AWSC_EP_T(4, 308), /* "https://{Bucket}.s3-accelerate.dualstack.us-east-1.{partitionResult#dnsSuffix}" */
    /* 214 */ AWSC_EP_S(".s3-accelerate.dualstack."),
    /* 215 */ AWSC_EP_T(4, 312), /* "https://{Bucket}.s3-accelerate.dualstack.{partitionResult#dnsSuffix}" */
    /* 216 */ AWSC_EP_S(".s3.dualstack.us-east-1."),
    /* 217 */ AWSC_EP_T(4, 316), /* "https://{Bucket}.s3.dualstack.us-east-1.{partitionResult#dnsSuffix}" */
    /* 218 */ AWSC_EP_S(".s3.dualstack."),
    /* 219 */ AWSC_EP_T(6, 320), /* "https://{Bucket}.s3.dualstack.{Region}.{partitionResult#dnsSuffix}" */
    /* 220 */ AWSC_EP_A(61, NORMALIZED_PATH, AWSC_EP_NONE), /* url#normalizedPath */
    /* 221 */ AWSC_EP_T(5, 326), /* "{url#scheme}://{url#authority}{url#normalizedPath}{Bucket}" */
    /* 222 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 331), /* booleanEquals(url#isIp, false) */
    /* 223 */ AWSC_EP_S(".s3-accelerate."),
    /* 224 */ AWSC_EP_T(4, 333), /* "https://{Bucket}.s3-accelerate.{partitionResult#dnsSuffix}" */
    /* 225 */ AWSC_EP_S(".s3."),
    /* 226 */ AWSC_EP_T(4, 337), /* "https://{Bucket}.s3.{partitionResult#dnsSuffix}" */
    /* 227 */ AWSC_EP_T(6, 341), /* "https://{Bucket}.s3.{Region}.{partitionResult#dnsSuffix}" */
    /* 228 */ AWSC_EP_F(STRING_EQUALS, 2, 347), /* stringEquals(Region, "us-east-1") */
    /* 229 */ AWSC_EP_V(29), /* bucketArn */
    /* 230 */ AWSC_EP_A(229, RESOURCE_ID, 0), /* bucketArn#resourceId[0] */
    /* 231 */ AWSC_EP_V(31), /* arnType */
    /* 232 */ AWSC_EP_S(""),
    /* 233 */ AWSC_EP_F(STRING_EQUALS, 2, 349), /* stringEquals(arnType, "") */
    /* 234 */ AWSC_EP_F(NOT, 1, 351), /* not(stringEquals(arnType, "")) */
    /* 235 */ AWSC_EP_S("Invalid ARN: No ARN type specified"),
    /* 236 */ AWSC_EP_A(229, SERVICE, AWSC_EP_NONE), /* bucketArn#service */
    /* 237 */ AWSC_EP_S("s3-object-lambda"),
    /* 238 */ AWSC_EP_F(STRING_EQUALS, 2, 352), /* stringEquals(bucketArn#service, "s3-object-lambda") */
    /* 239 */ AWSC_EP_S("accesspoint"),
    /* 240 */ AWSC_EP_F(STRING_EQUALS, 2, 354), /* stringEquals(arnType, "accesspoint") */
    /* 241 */ AWSC_EP_F(STRING_EQUALS, 2, 356), /* stringEquals(bucketArn#service, "s3-outposts") */
    /* 242 */ AWSC_EP_S("Invalid ARN: Unrecognized format: "),
    /* 243 */ AWSC_EP_S(" (type: "),
    /* 244 */ AWSC_EP_S(")"),
    /* 245 */ AWSC_EP_T(5, 358), /* "Invalid ARN: Unrecognized format: {Bucket} (type: {arnType})" */
    /* 246 */ AWSC_EP_S("Invalid ARN: Object Lambda ARNs only support `accesspoint` arn types, but found: `"),
    /* 247 */ AWSC_EP_S("`"),
    /* 248 */ AWSC_EP_T(3, 363), /* "Invalid ARN: Object Lambda ARNs only support `accesspoint` arn types, but found: `{arnType}`" */
    /* 249 */ AWSC_EP_A(229, RESOURCE_ID, 1), /* bucketArn#resourceId[1] */
    /* 250 */ AWSC_EP_V(32), /* accessPointName */
    /* 251 */ AWSC_EP_F(STRING_EQUALS, 2, 366), /* stringEquals(accessPointName, "") */
    /* 252 */ AWSC_EP_F(NOT, 1, 368), /* not(stringEquals(accessPointName, "")) */
    /* 253 */ AWSC_EP_S("Invalid ARN: Expected a resource of the format `accesspoint:<accesspoint name>` but no name was provided"),
    /* 254 */ AWSC_EP_S("S3 Object Lambda does not support Dual-stack"),
    /* 255 */ AWSC_EP_S("S3 Object Lambda does not support S3 Accelerate"),
    /* 256 */ AWSC_EP_A(229, REGION, AWSC_EP_NONE), /* bucketArn#region */
    /* 257 */ AWSC_EP_F(STRING_EQUALS, 2, 369), /* stringEquals(bucketArn#region, "") */
    /* 258 */ AWSC_EP_F(NOT, 1, 371), /* not(stringEquals(bucketArn#region, "")) */
    /* 259 */ AWSC_EP_S("Invalid ARN: bucket ARN is missing a region"),
    /* 260 */ AWSC_EP_V(12), /* DisableAccessPoints */
    /* 261 */ AWSC_EP_F(IS_SET, 1, 372), /* isSet(DisableAccessPoints) */
    /* 262 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 373), /* booleanEquals(DisableAccessPoints, true) */
    /* 263 */ AWSC_EP_S("Access points are not supported for this operation"),
    /* 264 */ AWSC_EP_A(229, RESOURCE_ID, 2), /* bucketArn#resourceId[2] */
    /* 265 */ AWSC_EP_F(IS_SET, 1, 375), /* isSet(bucketArn#resourceId[2]) */
    /* 266 */ AWSC_EP_F(NOT, 1, 376), /* not(isSet(bucketArn#resourceId[2])) */
    /* 267 */ AWSC_EP_S("Invalid ARN: The ARN may only contain a single resource component after `accesspoint`."),
    /* 268 */ AWSC_EP_V(14), /* UseArnRegion */
    /* 269 */ AWSC_EP_F(IS_SET, 1, 377), /* isSet(UseArnRegion) */
    /* 270 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 378), /* booleanEquals(UseArnRegion, false) */
    /* 271 */ AWSC_EP_F(STRING_EQUALS, 2, 380), /* stringEquals(bucketArn#region, Region) */
    /* 272 */ AWSC_EP_F(NOT, 1, 382), /* not(stringEquals(bucketArn#region, Region)) */
    /* 273 */ AWSC_EP_S("Invalid configuration: region from ARN `"),
    /* 274 */ AWSC_EP_S("` does not match client region `"),
    /* 275 */ AWSC_EP_S("` and UseArnRegion is `false`"),
    /* 276 */ AWSC_EP_T(5, 383), /* "Invalid configuration: region from ARN `{bucketArn#region}` does not match client region `{Region}` and U ... */
    /* 277 */ AWSC_EP_F(PARTITION, 1, 388), /* aws.partition(bucketArn#region) */
    /* 278 */ AWSC_EP_V(33), /* bucketPartition */
    /* 279 */ AWSC_EP_A(278, NAME, AWSC_EP_NONE), /* bucketPartition#name */
    /* 280 */ AWSC_EP_F(STRING_EQUALS, 2, 389), /* stringEquals(bucketPartition#name, partitionResult#name) */
    /* 281 */ AWSC_EP_S("Client was configured for partition `"),
    /* 282 */ AWSC_EP_S("` but ARN (`"),
    /* 283 */ AWSC_EP_S("`) has `"),
    /* 284 */ AWSC_EP_T(7, 391), /* "Client was configured for partition `{partitionResult#name}` but ARN (`{Bucket}`) has `{bucketPartition#n ... */
    /* 285 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 398), /* isValidHostLabel(bucketArn#region, true) */
    /* 286 */ AWSC_EP_S("Invalid region in ARN: `"),
    /* 287 */ AWSC_EP_S("` (invalid DNS name)"),
    /* 288 */ AWSC_EP_T(3, 400), /* "Invalid region in ARN: `{bucketArn#region}` (invalid DNS name)" */
    /* 289 */ AWSC_EP_A(229, ACCOUNT_ID, AWSC_EP_NONE), /* bucketArn#accountId */
    /* 290 */ AWSC_EP_F(STRING_EQUALS, 2, 403), /* stringEquals(bucketArn#accountId, "") */
    /* 291 */ AWSC_EP_S("Invalid ARN: Missing account id"),
    /* 292 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 405), /* isValidHostLabel(bucketArn#accountId, false) */
    /* 293 */ AWSC_EP_S("Invalid ARN: The account id may only contain a-z, A-Z, 0-9 and `-`. Found: `"),
    /* 294 */ AWSC_EP_T(3, 407), /* "Invalid ARN: The account id may only contain a-z, A-Z, 0-9 and `-`. Found: `{bucketArn#accountId}`" */
    /* 295 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 410), /* isValidHostLabel(accessPointName, false) */
    /* 296 */ AWSC_EP_S("Invalid ARN: The access point name may only contain a-z, A-Z, 0-9 and `-`. Found: `"),
    /* 297 */ AWSC_EP_T(3, 412), /* "Invalid ARN: The access point name may only contain a-z, A-Z, 0-9 and `-`. Found: `{accessPointName}`" */
    /* 298 */ AWSC_EP_S("-"),
    /* 299 */ AWSC_EP_T(8, 415), /* "{url#scheme}://{accessPointName}-{bucketArn#accountId}.{url#authority}{url#path}" */
    /* 300 */ AWSC_EP_S(".s3-object-lambda-fips."),
    /* 301 */ AWSC_EP_A(278, DNS_SUFFIX, AWSC_EP_NONE), /* bucketPartition#dnsSuffix */
    /* 302 */ AWSC_EP_T(8, 423), /* "https://{accessPointName}-{bucketArn#accountId}.s3-object-lambda-fips.{bucketArn#region}.{bucketPartition ... */
    /* 303 */ AWSC_EP_S(".s3-object-lambda."),
    /* 304 */ AWSC_EP_T(8, 431), /* "https://{accessPointName}-{bucketArn#accountId}.s3-object-lambda.{bucketArn#region}.{bucketPartition#dnsS ... */
    /* 305 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 439), /* isValidHostLabel(accessPointName, true) */
    /* 306 */ AWSC_EP_S("Invalid Access Point Name"),
    /* 307 */ AWSC_EP_F(STRING_EQUALS, 2, 441), /* stringEquals(bucketArn#service, "s3") */
    /* 308 */ AWSC_EP_S("Invalid ARN: The ARN was not for the S3 service, found: "),
    /* 309 */ AWSC_EP_T(2, 443), /* "Invalid ARN: The ARN was not for the S3 service, found: {bucketArn#service}" */
    /* 310 */ AWSC_EP_S("Access Points do not support S3 Accelerate"),
    /* 311 */ AWSC_EP_S(".s3-accesspoint-fips.dualstack."),
    /* 312 */ AWSC_EP_T(8, 445), /* "https://{accessPointName}-{bucketArn#accountId}.s3-accesspoint-fips.dualstack.{bucketArn#region}.{bucketP ... */
    /* 313 */ AWSC_EP_S(".s3-accesspoint-fips."),
    /* 314 */ AWSC_EP_T(8, 453), /* "https://{accessPointName}-{bucketArn#accountId}.s3-accesspoint-fips.{bucketArn#region}.{bucketPartition#d ... */
    /* 315 */ AWSC_EP_S(".s3-accesspoint.dualstack."),
    /* 316 */ AWSC_EP_T(8, 461), /* "https://{accessPointName}-{bucketArn#accountId}.s3-accesspoint.dualstack.{bucketArn#region}.{bucketPartit ... */
    /* 317 */ AWSC_EP_S(".s3-accesspoint."),
    /* 318 */ AWSC_EP_T(8, 469), /* "https://{accessPointName}-{bucketArn#accountId}.s3-accesspoint.{bucketArn#region}.{bucketPartition#dnsSuf ... */
    /* 319 */ AWSC_EP_S("S3 MRAP does not support dual-stack"),
    /* 320 */ AWSC_EP_S("S3 MRAP does not support FIPS"),
    /* 321 */ AWSC_EP_S("S3 MRAP does not support S3 Accelerate"),
    /* 322 */ AWSC_EP_V(13), /* DisableMultiRegionAccessPoints */
    /* 323 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 477), /* booleanEquals(DisableMultiRegionAccessPoints, true) */
    /* 324 */ AWSC_EP_S("Invalid configuration: Multi-Region Access Point ARNs are disabled."),
    /* 325 */ AWSC_EP_V(34), /* mrapPartition */
    /* 326 */ AWSC_EP_A(325, NAME, AWSC_EP_NONE), /* mrapPartition#name */
    /* 327 */ AWSC_EP_A(229, PARTITION, AWSC_EP_NONE), /* bucketArn#partition */
    /* 328 */ AWSC_EP_F(STRING_EQUALS, 2, 479), /* stringEquals(mrapPartition#name, bucketArn#partition) */
    /* 329 */ AWSC_EP_S("` but bucket referred to partition `"),
    /* 330 */ AWSC_EP_T(5, 481), /* "Client was configured for partition `{mrapPartition#name}` but bucket referred to partition `{bucketArn#p ... */
    /* 331 */ AWSC_EP_S(".accesspoint.s3-global."),
    /* 332 */ AWSC_EP_A(325, DNS_SUFFIX, AWSC_EP_NONE), /* mrapPartition#dnsSuffix */
    /* 333 */ AWSC_EP_T(4, 486), /* "https://{accessPointName}.accesspoint.s3-global.{mrapPartition#dnsSuffix}" */
    /* 334 */ AWSC_EP_S("S3 Outposts does not support Dual-stack"),
    /* 335 */ AWSC_EP_S("S3 Outposts does not support FIPS"),
    /* 336 */ AWSC_EP_S("S3 Outposts does not support S3 Accelerate"),
    /* 337 */ AWSC_EP_A(229, RESOURCE_ID, 4), /* bucketArn#resourceId[4] */
    /* 338 */ AWSC_EP_F(IS_SET, 1, 490), /* isSet(bucketArn#resourceId[4]) */
    /* 339 */ AWSC_EP_S("Invalid Arn: Outpost Access Point ARN contains sub resources"),
    /* 340 */ AWSC_EP_S("Invalid ARN: The Outpost Id was not set"),
    /* 341 */ AWSC_EP_S("Invalid ARN: The outpost Id may only contain a-z, A-Z, 0-9 and `-`. Found: `"),
    /* 342 */ AWSC_EP_T(3, 491), /* "Invalid ARN: The outpost Id may only contain a-z, A-Z, 0-9 and `-`. Found: `{outpostId}`" */
    /* 343 */ AWSC_EP_S("Invalid ARN: Expected a 4-component resource"),
    /* 344 */ AWSC_EP_A(229, RESOURCE_ID, 3), /* bucketArn#resourceId[3] */
    /* 345 */ AWSC_EP_S("Invalid ARN: expected an access point name"),
    /* 346 */ AWSC_EP_V(35), /* outpostType */
    /* 347 */ AWSC_EP_F(STRING_EQUALS, 2, 494), /* stringEquals(outpostType, "accesspoint") */
    /* 348 */ AWSC_EP_S("Expected an outpost type `accesspoint`, found "),
    /* 349 */ AWSC_EP_T(2, 496), /* "Expected an outpost type `accesspoint`, found {outpostType}" */
    /* 350 */ AWSC_EP_T(8, 498), /* "https://{accessPointName}-{bucketArn#accountId}.{outpostId}.{url#authority}" */
    /* 351 */ AWSC_EP_T(10, 506), /* "https://{accessPointName}-{bucketArn#accountId}.{outpostId}.s3-outposts.{bucketArn#region}.{bucketPartiti ... */
    /* 352 */ AWSC_EP_S("Path-style addressing cannot be used with S3 Accelerate"),
    /* 353 */ AWSC_EP_S("https://s3-fips.dualstack.us-east-1."),
    /* 354 */ AWSC_EP_T(4, 516), /* "https://s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
    /* 355 */ AWSC_EP_S("https://s3-fips.dualstack."),
    /* 356 */ AWSC_EP_T(6, 520), /* "https://s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
    /* 357 */ AWSC_EP_S("https://s3-fips.us-east-1."),
    /* 358 */ AWSC_EP_T(4, 526), /* "https://s3-fips.us-east-1.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
    /* 359 */ AWSC_EP_S("https://s3-fips."),
    /* 360 */ AWSC_EP_T(6, 530), /* "https://s3-fips.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
    /* 361 */ AWSC_EP_S("https://s3.dualstack.us-east-1."),
    /* 362 */ AWSC_EP_T(4, 536), /* "https://s3.dualstack.us-east-1.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
    /* 363 */ AWSC_EP_S("https://s3.dualstack."),
    /* 364 */ AWSC_EP_T(6, 540), /* "https://s3.dualstack.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
    /* 365 */ AWSC_EP_T(5, 546), /* "{url#scheme}://{url#authority}{url#normalizedPath}{uri_encoded_bucket}" */
    /* 366 */ AWSC_EP_S("https://s3."),
    /* 367 */ AWSC_EP_T(4, 551), /* "https://s3.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
    /* 368 */ AWSC_EP_T(6, 555), /* "https://s3.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
    /* 369 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 561), /* isValidHostLabel(Region, true) */
    /* 370 */ AWSC_EP_S("https://s3-object-lambda-fips."),
    /* 371 */ AWSC_EP_T(4, 563), /* "https://s3-object-lambda-fips.{Region}.{partitionResult#dnsSuffix}" */
    /* 372 */ AWSC_EP_S("https://s3-object-lambda."),
    /* 373 */ AWSC_EP_T(4, 567), /* "https://s3-object-lambda.{Region}.{partitionResult#dnsSuffix}" */
    /* 374 */ AWSC_EP_T(2, 571), /* "https://s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}" */
    /* 375 */ AWSC_EP_T(4, 573), /* "https://s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}" */
    /* 376 */ AWSC_EP_T(2, 577), /* "https://s3-fips.us-east-1.{partitionResult#dnsSuffix}" */
    /* 377 */ AWSC_EP_T(4, 579), /* "https://s3-fips.{Region}.{partitionResult#dnsSuffix}" */
    /* 378 */ AWSC_EP_T(2, 583), /* "https://s3.dualstack.us-east-1.{partitionResult#dnsSuffix}" */
    /* 379 */ AWSC_EP_T(4, 585), /* "https://s3.dualstack.{Region}.{partitionResult#dnsSuffix}" */
    /* 380 */ AWSC_EP_T(2, 589), /* "https://s3.{partitionResult#dnsSuffix}" */
    /* 381 */ AWSC_EP_T(4, 591), /* "https://s3.{Region}.{partitionResult#dnsSuffix}" */
};
static const uint16_t rs_args[] = {
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
};

/* Conditions: expression, and the variable its result is assigned to. */
static const struct awsc_ep_cond rs_conds[] = {
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
};

/* Endpoints: URL, properties, first header, header count. */
static const struct awsc_ep_endpoint rs_endpoints[] = {
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
};
static const struct awsc_ep_prop rs_props[] = {
    /* 0 */ {NULL, AWSC_EP_PROP_OBJECT, 1, 2},
    /* 1 */ {"backend", AWSC_EP_PROP_STRING, 72, 0},
    /* 2 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 3, 1},
    /* 3 */ {NULL, AWSC_EP_PROP_OBJECT, 4, 4},
    /* 4 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 5 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 6 */ {"signingName", AWSC_EP_PROP_STRING, 74, 0},
    /* 7 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 8 */ {NULL, AWSC_EP_PROP_OBJECT, 9, 2},
    /* 9 */ {"backend", AWSC_EP_PROP_STRING, 72, 0},
    /* 10 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 11, 1},
    /* 11 */ {NULL, AWSC_EP_PROP_OBJECT, 12, 4},
    /* 12 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 13 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 14 */ {"signingName", AWSC_EP_PROP_STRING, 74, 0},
    /* 15 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 16 */ {NULL, AWSC_EP_PROP_OBJECT, 17, 2},
    /* 17 */ {"backend", AWSC_EP_PROP_STRING, 72, 0},
    /* 18 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 19, 1},
    /* 19 */ {NULL, AWSC_EP_PROP_OBJECT, 20, 4},
    /* 20 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 21 */ {"name", AWSC_EP_PROP_STRING, 77, 0},
    /* 22 */ {"signingName", AWSC_EP_PROP_STRING, 74, 0},
    /* 23 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 24 */ {NULL, AWSC_EP_PROP_OBJECT, 25, 2},
    /* 25 */ {"backend", AWSC_EP_PROP_STRING, 72, 0},
    /* 26 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 27, 1},
    /* 27 */ {NULL, AWSC_EP_PROP_OBJECT, 28, 4},
    /* 28 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 29 */ {"name", AWSC_EP_PROP_STRING, 77, 0},
    /* 30 */ {"signingName", AWSC_EP_PROP_STRING, 74, 0},
    /* 31 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 32 */ {NULL, AWSC_EP_PROP_OBJECT, 33, 2},
    /* 33 */ {"backend", AWSC_EP_PROP_STRING, 72, 0},
    /* 34 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 35, 1},
    /* 35 */ {NULL, AWSC_EP_PROP_OBJECT, 36, 4},
    /* 36 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 37 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 38 */ {"signingName", AWSC_EP_PROP_STRING, 74, 0},
    /* 39 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 40 */ {NULL, AWSC_EP_PROP_OBJECT, 41, 2},
    /* 41 */ {"backend", AWSC_EP_PROP_STRING, 72, 0},
    /* 42 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 43, 1},
    /* 43 */ {NULL, AWSC_EP_PROP_OBJECT, 44, 4},
    /* 44 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 45 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 46 */ {"signingName", AWSC_EP_PROP_STRING, 74, 0},
    /* 47 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 48 */ {NULL, AWSC_EP_PROP_OBJECT, 49, 2},
    /* 49 */ {"backend", AWSC_EP_PROP_STRING, 72, 0},
    /* 50 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 51, 1},
    /* 51 */ {NULL, AWSC_EP_PROP_OBJECT, 52, 4},
    /* 52 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 53 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 54 */ {"signingName", AWSC_EP_PROP_STRING, 74, 0},
    /* 55 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 56 */ {NULL, AWSC_EP_PROP_OBJECT, 57, 2},
    /* 57 */ {"backend", AWSC_EP_PROP_STRING, 72, 0},
    /* 58 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 59, 1},
    /* 59 */ {NULL, AWSC_EP_PROP_OBJECT, 60, 4},
    /* 60 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 61 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 62 */ {"signingName", AWSC_EP_PROP_STRING, 74, 0},
    /* 63 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 64 */ {NULL, AWSC_EP_PROP_OBJECT, 65, 2},
    /* 65 */ {"backend", AWSC_EP_PROP_STRING, 72, 0},
    /* 66 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 67, 1},
    /* 67 */ {NULL, AWSC_EP_PROP_OBJECT, 68, 4},
    /* 68 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 69 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 70 */ {"signingName", AWSC_EP_PROP_STRING, 74, 0},
    /* 71 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 72 */ {NULL, AWSC_EP_PROP_OBJECT, 73, 2},
    /* 73 */ {"backend", AWSC_EP_PROP_STRING, 72, 0},
    /* 74 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 75, 1},
    /* 75 */ {NULL, AWSC_EP_PROP_OBJECT, 76, 4},
    /* 76 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 77 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 78 */ {"signingName", AWSC_EP_PROP_STRING, 74, 0},
    /* 79 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 80 */ {NULL, AWSC_EP_PROP_OBJECT, 81, 2},
    /* 81 */ {"backend", AWSC_EP_PROP_STRING, 72, 0},
    /* 82 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 83, 1},
    /* 83 */ {NULL, AWSC_EP_PROP_OBJECT, 84, 4},
    /* 84 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 85 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 86 */ {"signingName", AWSC_EP_PROP_STRING, 74, 0},
    /* 87 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 88 */ {NULL, AWSC_EP_PROP_OBJECT, 89, 2},
    /* 89 */ {"backend", AWSC_EP_PROP_STRING, 72, 0},
    /* 90 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 91, 1},
    /* 91 */ {NULL, AWSC_EP_PROP_OBJECT, 92, 4},
    /* 92 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 93 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 94 */ {"signingName", AWSC_EP_PROP_STRING, 74, 0},
    /* 95 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 96 */ {NULL, AWSC_EP_PROP_OBJECT, 97, 2},
    /* 97 */ {"backend", AWSC_EP_PROP_STRING, 72, 0},
    /* 98 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 99, 1},
    /* 99 */ {NULL, AWSC_EP_PROP_OBJECT, 100, 4},
    /* 100 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 101 */ {"name", AWSC_EP_PROP_STRING, 77, 0},
    /* 102 */ {"signingName", AWSC_EP_PROP_STRING, 74, 0},
    /* 103 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 104 */ {NULL, AWSC_EP_PROP_OBJECT, 105, 2},
    /* 105 */ {"backend", AWSC_EP_PROP_STRING, 72, 0},
    /* 106 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 107, 1},
    /* 107 */ {NULL, AWSC_EP_PROP_OBJECT, 108, 4},
    /* 108 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 109 */ {"name", AWSC_EP_PROP_STRING, 77, 0},
    /* 110 */ {"signingName", AWSC_EP_PROP_STRING, 74, 0},
    /* 111 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 112 */ {NULL, AWSC_EP_PROP_OBJECT, 113, 2},
    /* 113 */ {"backend", AWSC_EP_PROP_STRING, 72, 0},
    /* 114 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 115, 1},
    /* 115 */ {NULL, AWSC_EP_PROP_OBJECT, 116, 4},
    /* 116 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 117 */ {"name", AWSC_EP_PROP_STRING, 77, 0},
    /* 118 */ {"signingName", AWSC_EP_PROP_STRING, 74, 0},
    /* 119 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 120 */ {NULL, AWSC_EP_PROP_OBJECT, 121, 2},
    /* 121 */ {"backend", AWSC_EP_PROP_STRING, 72, 0},
    /* 122 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 123, 1},
    /* 123 */ {NULL, AWSC_EP_PROP_OBJECT, 124, 4},
    /* 124 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 125 */ {"name", AWSC_EP_PROP_STRING, 77, 0},
    /* 126 */ {"signingName", AWSC_EP_PROP_STRING, 74, 0},
    /* 127 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 128 */ {NULL, AWSC_EP_PROP_OBJECT, 129, 2},
    /* 129 */ {"backend", AWSC_EP_PROP_STRING, 72, 0},
    /* 130 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 131, 1},
    /* 131 */ {NULL, AWSC_EP_PROP_OBJECT, 132, 4},
    /* 132 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 133 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 134 */ {"signingName", AWSC_EP_PROP_STRING, 74, 0},
    /* 135 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 136 */ {NULL, AWSC_EP_PROP_OBJECT, 137, 2},
    /* 137 */ {"backend", AWSC_EP_PROP_STRING, 72, 0},
    /* 138 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 139, 1},
    /* 139 */ {NULL, AWSC_EP_PROP_OBJECT, 140, 4},
    /* 140 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 141 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 142 */ {"signingName", AWSC_EP_PROP_STRING, 74, 0},
    /* 143 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 144 */ {NULL, AWSC_EP_PROP_OBJECT, 145, 2},
    /* 145 */ {"backend", AWSC_EP_PROP_STRING, 72, 0},
    /* 146 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 147, 1},
    /* 147 */ {NULL, AWSC_EP_PROP_OBJECT, 148, 4},
    /* 148 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 149 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 150 */ {"signingName", AWSC_EP_PROP_STRING, 74, 0},
    /* 151 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 152 */ {NULL, AWSC_EP_PROP_OBJECT, 153, 2},
    /* 153 */ {"backend", AWSC_EP_PROP_STRING, 72, 0},
    /* 154 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 155, 1},
    /* 155 */ {NULL, AWSC_EP_PROP_OBJECT, 156, 4},
    /* 156 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 157 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 158 */ {"signingName", AWSC_EP_PROP_STRING, 74, 0},
    /* 159 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 160 */ {NULL, AWSC_EP_PROP_OBJECT, 161, 2},
    /* 161 */ {"backend", AWSC_EP_PROP_STRING, 72, 0},
    /* 162 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 163, 1},
    /* 163 */ {NULL, AWSC_EP_PROP_OBJECT, 164, 4},
    /* 164 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 165 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 166 */ {"signingName", AWSC_EP_PROP_STRING, 74, 0},
    /* 167 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 168 */ {NULL, AWSC_EP_PROP_OBJECT, 169, 1},
    /* 169 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 170, 2},
    /* 170 */ {NULL, AWSC_EP_PROP_OBJECT, 172, 4},
    /* 171 */ {NULL, AWSC_EP_PROP_OBJECT, 177, 4},
    /* 172 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 173 */ {"name", AWSC_EP_PROP_STRING, 159, 0},
    /* 174 */ {"signingName", AWSC_EP_PROP_STRING, 160, 0},
    /* 175 */ {"signingRegionSet", AWSC_EP_PROP_ARRAY, 176, 1},
    /* 176 */ {NULL, AWSC_EP_PROP_STRING, 161, 0},
    /* 177 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 178 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 179 */ {"signingName", AWSC_EP_PROP_STRING, 160, 0},
    /* 180 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 181 */ {NULL, AWSC_EP_PROP_OBJECT, 182, 1},
    /* 182 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 183, 2},
    /* 183 */ {NULL, AWSC_EP_PROP_OBJECT, 185, 4},
    /* 184 */ {NULL, AWSC_EP_PROP_OBJECT, 190, 4},
    /* 185 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 186 */ {"name", AWSC_EP_PROP_STRING, 159, 0},
    /* 187 */ {"signingName", AWSC_EP_PROP_STRING, 160, 0},
    /* 188 */ {"signingRegionSet", AWSC_EP_PROP_ARRAY, 189, 1},
    /* 189 */ {NULL, AWSC_EP_PROP_STRING, 161, 0},
    /* 190 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 191 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 192 */ {"signingName", AWSC_EP_PROP_STRING, 160, 0},
    /* 193 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 194 */ {NULL, AWSC_EP_PROP_OBJECT, 195, 1},
    /* 195 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 196, 2},
    /* 196 */ {NULL, AWSC_EP_PROP_OBJECT, 198, 4},
    /* 197 */ {NULL, AWSC_EP_PROP_OBJECT, 203, 4},
    /* 198 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 199 */ {"name", AWSC_EP_PROP_STRING, 159, 0},
    /* 200 */ {"signingName", AWSC_EP_PROP_STRING, 160, 0},
    /* 201 */ {"signingRegionSet", AWSC_EP_PROP_ARRAY, 202, 1},
    /* 202 */ {NULL, AWSC_EP_PROP_STRING, 161, 0},
    /* 203 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 204 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 205 */ {"signingName", AWSC_EP_PROP_STRING, 160, 0},
    /* 206 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 207 */ {NULL, AWSC_EP_PROP_OBJECT, 208, 1},
    /* 208 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 209, 2},
    /* 209 */ {NULL, AWSC_EP_PROP_OBJECT, 211, 4},
    /* 210 */ {NULL, AWSC_EP_PROP_OBJECT, 216, 4},
    /* 211 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 212 */ {"name", AWSC_EP_PROP_STRING, 159, 0},
    /* 213 */ {"signingName", AWSC_EP_PROP_STRING, 160, 0},
    /* 214 */ {"signingRegionSet", AWSC_EP_PROP_ARRAY, 215, 1},
    /* 215 */ {NULL, AWSC_EP_PROP_STRING, 161, 0},
    /* 216 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 217 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 218 */ {"signingName", AWSC_EP_PROP_STRING, 160, 0},
    /* 219 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 220 */ {NULL, AWSC_EP_PROP_OBJECT, 221, 1},
    /* 221 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 222, 1},
    /* 222 */ {NULL, AWSC_EP_PROP_OBJECT, 223, 4},
    /* 223 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 224 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 225 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 226 */ {"signingRegion", AWSC_EP_PROP_STRING, 201, 0},
    /* 227 */ {NULL, AWSC_EP_PROP_OBJECT, 228, 1},
    /* 228 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 229, 1},
    /* 229 */ {NULL, AWSC_EP_PROP_OBJECT, 230, 4},
    /* 230 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 231 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 232 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 233 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 234 */ {NULL, AWSC_EP_PROP_OBJECT, 235, 1},
    /* 235 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 236, 1},
    /* 236 */ {NULL, AWSC_EP_PROP_OBJECT, 237, 4},
    /* 237 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 238 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 239 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 240 */ {"signingRegion", AWSC_EP_PROP_STRING, 201, 0},
    /* 241 */ {NULL, AWSC_EP_PROP_OBJECT, 242, 1},
    /* 242 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 243, 1},
    /* 243 */ {NULL, AWSC_EP_PROP_OBJECT, 244, 4},
    /* 244 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 245 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 246 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 247 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 248 */ {NULL, AWSC_EP_PROP_OBJECT, 249, 1},
    /* 249 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 250, 1},
    /* 250 */ {NULL, AWSC_EP_PROP_OBJECT, 251, 4},
    /* 251 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 252 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 253 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 254 */ {"signingRegion", AWSC_EP_PROP_STRING, 201, 0},
    /* 255 */ {NULL, AWSC_EP_PROP_OBJECT, 256, 1},
    /* 256 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 257, 1},
    /* 257 */ {NULL, AWSC_EP_PROP_OBJECT, 258, 4},
    /* 258 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 259 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 260 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 261 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 262 */ {NULL, AWSC_EP_PROP_OBJECT, 263, 1},
    /* 263 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 264, 1},
    /* 264 */ {NULL, AWSC_EP_PROP_OBJECT, 265, 4},
    /* 265 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 266 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 267 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 268 */ {"signingRegion", AWSC_EP_PROP_STRING, 201, 0},
    /* 269 */ {NULL, AWSC_EP_PROP_OBJECT, 270, 1},
    /* 270 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 271, 1},
    /* 271 */ {NULL, AWSC_EP_PROP_OBJECT, 272, 4},
    /* 272 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 273 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 274 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 275 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 276 */ {NULL, AWSC_EP_PROP_OBJECT, 277, 1},
    /* 277 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 278, 1},
    /* 278 */ {NULL, AWSC_EP_PROP_OBJECT, 279, 4},
    /* 279 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 280 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 281 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 282 */ {"signingRegion", AWSC_EP_PROP_STRING, 201, 0},
    /* 283 */ {NULL, AWSC_EP_PROP_OBJECT, 284, 1},
    /* 284 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 285, 1},
    /* 285 */ {NULL, AWSC_EP_PROP_OBJECT, 286, 4},
    /* 286 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 287 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 288 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 289 */ {"signingRegion", AWSC_EP_PROP_STRING, 201, 0},
    /* 290 */ {NULL, AWSC_EP_PROP_OBJECT, 291, 1},
    /* 291 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 292, 1},
    /* 292 */ {NULL, AWSC_EP_PROP_OBJECT, 293, 4},
    /* 293 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 294 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 295 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 296 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 297 */ {NULL, AWSC_EP_PROP_OBJECT, 298, 1},
    /* 298 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 299, 1},
    /* 299 */ {NULL, AWSC_EP_PROP_OBJECT, 300, 4},
    /* 300 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 301 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 302 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 303 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 304 */ {NULL, AWSC_EP_PROP_OBJECT, 305, 1},
    /* 305 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 306, 1},
    /* 306 */ {NULL, AWSC_EP_PROP_OBJECT, 307, 4},
    /* 307 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 308 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 309 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 310 */ {"signingRegion", AWSC_EP_PROP_STRING, 201, 0},
    /* 311 */ {NULL, AWSC_EP_PROP_OBJECT, 312, 1},
    /* 312 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 313, 1},
    /* 313 */ {NULL, AWSC_EP_PROP_OBJECT, 314, 4},
    /* 314 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 315 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 316 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 317 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 318 */ {NULL, AWSC_EP_PROP_OBJECT, 319, 1},
    /* 319 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 320, 1},
    /* 320 */ {NULL, AWSC_EP_PROP_OBJECT, 321, 4},
    /* 321 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 322 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 323 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 324 */ {"signingRegion", AWSC_EP_PROP_STRING, 201, 0},
    /* 325 */ {NULL, AWSC_EP_PROP_OBJECT, 326, 1},
    /* 326 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 327, 1},
    /* 327 */ {NULL, AWSC_EP_PROP_OBJECT, 328, 4},
    /* 328 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 329 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 330 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 331 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 332 */ {NULL, AWSC_EP_PROP_OBJECT, 333, 1},
    /* 333 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 334, 1},
    /* 334 */ {NULL, AWSC_EP_PROP_OBJECT, 335, 4},
    /* 335 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 336 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 337 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 338 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 339 */ {NULL, AWSC_EP_PROP_OBJECT, 340, 1},
    /* 340 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 341, 1},
    /* 341 */ {NULL, AWSC_EP_PROP_OBJECT, 342, 4},
    /* 342 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 343 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 344 */ {"signingName", AWSC_EP_PROP_STRING, 237, 0},
    /* 345 */ {"signingRegion", AWSC_EP_PROP_STRING, 256, 0},
    /* 346 */ {NULL, AWSC_EP_PROP_OBJECT, 347, 1},
    /* 347 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 348, 1},
    /* 348 */ {NULL, AWSC_EP_PROP_OBJECT, 349, 4},
    /* 349 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 350 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 351 */ {"signingName", AWSC_EP_PROP_STRING, 237, 0},
    /* 352 */ {"signingRegion", AWSC_EP_PROP_STRING, 256, 0},
    /* 353 */ {NULL, AWSC_EP_PROP_OBJECT, 354, 1},
    /* 354 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 355, 1},
    /* 355 */ {NULL, AWSC_EP_PROP_OBJECT, 356, 4},
    /* 356 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 357 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 358 */ {"signingName", AWSC_EP_PROP_STRING, 237, 0},
    /* 359 */ {"signingRegion", AWSC_EP_PROP_STRING, 256, 0},
    /* 360 */ {NULL, AWSC_EP_PROP_OBJECT, 361, 1},
    /* 361 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 362, 1},
    /* 362 */ {NULL, AWSC_EP_PROP_OBJECT, 363, 4},
    /* 363 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 364 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 365 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 366 */ {"signingRegion", AWSC_EP_PROP_STRING, 256, 0},
    /* 367 */ {NULL, AWSC_EP_PROP_OBJECT, 368, 1},
    /* 368 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 369, 1},
    /* 369 */ {NULL, AWSC_EP_PROP_OBJECT, 370, 4},
    /* 370 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 371 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 372 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 373 */ {"signingRegion", AWSC_EP_PROP_STRING, 256, 0},
    /* 374 */ {NULL, AWSC_EP_PROP_OBJECT, 375, 1},
    /* 375 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 376, 1},
    /* 376 */ {NULL, AWSC_EP_PROP_OBJECT, 377, 4},
    /* 377 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 378 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 379 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 380 */ {"signingRegion", AWSC_EP_PROP_STRING, 256, 0},
    /* 381 */ {NULL, AWSC_EP_PROP_OBJECT, 382, 1},
    /* 382 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 383, 1},
    /* 383 */ {NULL, AWSC_EP_PROP_OBJECT, 384, 4},
    /* 384 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 385 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 386 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 387 */ {"signingRegion", AWSC_EP_PROP_STRING, 256, 0},
    /* 388 */ {NULL, AWSC_EP_PROP_OBJECT, 389, 1},
    /* 389 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 390, 1},
    /* 390 */ {NULL, AWSC_EP_PROP_OBJECT, 391, 4},
    /* 391 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 392 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 393 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 394 */ {"signingRegion", AWSC_EP_PROP_STRING, 256, 0},
    /* 395 */ {NULL, AWSC_EP_PROP_OBJECT, 396, 1},
    /* 396 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 397, 1},
    /* 397 */ {NULL, AWSC_EP_PROP_OBJECT, 398, 4},
    /* 398 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 399 */ {"name", AWSC_EP_PROP_STRING, 159, 0},
    /* 400 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 401 */ {"signingRegionSet", AWSC_EP_PROP_ARRAY, 402, 1},
    /* 402 */ {NULL, AWSC_EP_PROP_STRING, 161, 0},
    /* 403 */ {NULL, AWSC_EP_PROP_OBJECT, 404, 1},
    /* 404 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 405, 2},
    /* 405 */ {NULL, AWSC_EP_PROP_OBJECT, 407, 4},
    /* 406 */ {NULL, AWSC_EP_PROP_OBJECT, 412, 4},
    /* 407 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 408 */ {"name", AWSC_EP_PROP_STRING, 159, 0},
    /* 409 */ {"signingName", AWSC_EP_PROP_STRING, 160, 0},
    /* 410 */ {"signingRegionSet", AWSC_EP_PROP_ARRAY, 411, 1},
    /* 411 */ {NULL, AWSC_EP_PROP_STRING, 161, 0},
    /* 412 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 413 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 414 */ {"signingName", AWSC_EP_PROP_STRING, 160, 0},
    /* 415 */ {"signingRegion", AWSC_EP_PROP_STRING, 256, 0},
    /* 416 */ {NULL, AWSC_EP_PROP_OBJECT, 417, 1},
    /* 417 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 418, 2},
    /* 418 */ {NULL, AWSC_EP_PROP_OBJECT, 420, 4},
    /* 419 */ {NULL, AWSC_EP_PROP_OBJECT, 425, 4},
    /* 420 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 421 */ {"name", AWSC_EP_PROP_STRING, 159, 0},
    /* 422 */ {"signingName", AWSC_EP_PROP_STRING, 160, 0},
    /* 423 */ {"signingRegionSet", AWSC_EP_PROP_ARRAY, 424, 1},
    /* 424 */ {NULL, AWSC_EP_PROP_STRING, 161, 0},
    /* 425 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 426 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 427 */ {"signingName", AWSC_EP_PROP_STRING, 160, 0},
    /* 428 */ {"signingRegion", AWSC_EP_PROP_STRING, 256, 0},
    /* 429 */ {NULL, AWSC_EP_PROP_OBJECT, 430, 1},
    /* 430 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 431, 1},
    /* 431 */ {NULL, AWSC_EP_PROP_OBJECT, 432, 4},
    /* 432 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 433 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 434 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 435 */ {"signingRegion", AWSC_EP_PROP_STRING, 201, 0},
    /* 436 */ {NULL, AWSC_EP_PROP_OBJECT, 437, 1},
    /* 437 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 438, 1},
    /* 438 */ {NULL, AWSC_EP_PROP_OBJECT, 439, 4},
    /* 439 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 440 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 441 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 442 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 443 */ {NULL, AWSC_EP_PROP_OBJECT, 444, 1},
    /* 444 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 445, 1},
    /* 445 */ {NULL, AWSC_EP_PROP_OBJECT, 446, 4},
    /* 446 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 447 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 448 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 449 */ {"signingRegion", AWSC_EP_PROP_STRING, 201, 0},
    /* 450 */ {NULL, AWSC_EP_PROP_OBJECT, 451, 1},
    /* 451 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 452, 1},
    /* 452 */ {NULL, AWSC_EP_PROP_OBJECT, 453, 4},
    /* 453 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 454 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 455 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 456 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 457 */ {NULL, AWSC_EP_PROP_OBJECT, 458, 1},
    /* 458 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 459, 1},
    /* 459 */ {NULL, AWSC_EP_PROP_OBJECT, 460, 4},
    /* 460 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 461 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 462 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 463 */ {"signingRegion", AWSC_EP_PROP_STRING, 201, 0},
    /* 464 */ {NULL, AWSC_EP_PROP_OBJECT, 465, 1},
    /* 465 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 466, 1},
    /* 466 */ {NULL, AWSC_EP_PROP_OBJECT, 467, 4},
    /* 467 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 468 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 469 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 470 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 471 */ {NULL, AWSC_EP_PROP_OBJECT, 472, 1},
    /* 472 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 473, 1},
    /* 473 */ {NULL, AWSC_EP_PROP_OBJECT, 474, 4},
    /* 474 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 475 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 476 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 477 */ {"signingRegion", AWSC_EP_PROP_STRING, 201, 0},
    /* 478 */ {NULL, AWSC_EP_PROP_OBJECT, 479, 1},
    /* 479 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 480, 1},
    /* 480 */ {NULL, AWSC_EP_PROP_OBJECT, 481, 4},
    /* 481 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 482 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 483 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 484 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 485 */ {NULL, AWSC_EP_PROP_OBJECT, 486, 1},
    /* 486 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 487, 1},
    /* 487 */ {NULL, AWSC_EP_PROP_OBJECT, 488, 4},
    /* 488 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 489 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 490 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 491 */ {"signingRegion", AWSC_EP_PROP_STRING, 201, 0},
    /* 492 */ {NULL, AWSC_EP_PROP_OBJECT, 493, 1},
    /* 493 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 494, 1},
    /* 494 */ {NULL, AWSC_EP_PROP_OBJECT, 495, 4},
    /* 495 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 496 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 497 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 498 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 499 */ {NULL, AWSC_EP_PROP_OBJECT, 500, 1},
    /* 500 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 501, 1},
    /* 501 */ {NULL, AWSC_EP_PROP_OBJECT, 502, 4},
    /* 502 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 503 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 504 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 505 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 506 */ {NULL, AWSC_EP_PROP_OBJECT, 507, 1},
    /* 507 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 508, 1},
    /* 508 */ {NULL, AWSC_EP_PROP_OBJECT, 509, 4},
    /* 509 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 510 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 511 */ {"signingName", AWSC_EP_PROP_STRING, 237, 0},
    /* 512 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 513 */ {NULL, AWSC_EP_PROP_OBJECT, 514, 1},
    /* 514 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 515, 1},
    /* 515 */ {NULL, AWSC_EP_PROP_OBJECT, 516, 4},
    /* 516 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 517 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 518 */ {"signingName", AWSC_EP_PROP_STRING, 237, 0},
    /* 519 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 520 */ {NULL, AWSC_EP_PROP_OBJECT, 521, 1},
    /* 521 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 522, 1},
    /* 522 */ {NULL, AWSC_EP_PROP_OBJECT, 523, 4},
    /* 523 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 524 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 525 */ {"signingName", AWSC_EP_PROP_STRING, 237, 0},
    /* 526 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 527 */ {NULL, AWSC_EP_PROP_OBJECT, 528, 1},
    /* 528 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 529, 1},
    /* 529 */ {NULL, AWSC_EP_PROP_OBJECT, 530, 4},
    /* 530 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 531 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 532 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 533 */ {"signingRegion", AWSC_EP_PROP_STRING, 201, 0},
    /* 534 */ {NULL, AWSC_EP_PROP_OBJECT, 535, 1},
    /* 535 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 536, 1},
    /* 536 */ {NULL, AWSC_EP_PROP_OBJECT, 537, 4},
    /* 537 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 538 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 539 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 540 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 541 */ {NULL, AWSC_EP_PROP_OBJECT, 542, 1},
    /* 542 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 543, 1},
    /* 543 */ {NULL, AWSC_EP_PROP_OBJECT, 544, 4},
    /* 544 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 545 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 546 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 547 */ {"signingRegion", AWSC_EP_PROP_STRING, 201, 0},
    /* 548 */ {NULL, AWSC_EP_PROP_OBJECT, 549, 1},
    /* 549 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 550, 1},
    /* 550 */ {NULL, AWSC_EP_PROP_OBJECT, 551, 4},
    /* 551 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 552 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 553 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 554 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 555 */ {NULL, AWSC_EP_PROP_OBJECT, 556, 1},
    /* 556 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 557, 1},
    /* 557 */ {NULL, AWSC_EP_PROP_OBJECT, 558, 4},
    /* 558 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 559 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 560 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 561 */ {"signingRegion", AWSC_EP_PROP_STRING, 201, 0},
    /* 562 */ {NULL, AWSC_EP_PROP_OBJECT, 563, 1},
    /* 563 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 564, 1},
    /* 564 */ {NULL, AWSC_EP_PROP_OBJECT, 565, 4},
    /* 565 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 566 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 567 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 568 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 569 */ {NULL, AWSC_EP_PROP_OBJECT, 570, 1},
    /* 570 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 571, 1},
    /* 571 */ {NULL, AWSC_EP_PROP_OBJECT, 572, 4},
    /* 572 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 573 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 574 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 575 */ {"signingRegion", AWSC_EP_PROP_STRING, 201, 0},
    /* 576 */ {NULL, AWSC_EP_PROP_OBJECT, 577, 1},
    /* 577 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 578, 1},
    /* 578 */ {NULL, AWSC_EP_PROP_OBJECT, 579, 4},
    /* 579 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 580 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 581 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 582 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 583 */ {NULL, AWSC_EP_PROP_OBJECT, 584, 1},
    /* 584 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 585, 1},
    /* 585 */ {NULL, AWSC_EP_PROP_OBJECT, 586, 4},
    /* 586 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 587 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 588 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 589 */ {"signingRegion", AWSC_EP_PROP_STRING, 201, 0},
    /* 590 */ {NULL, AWSC_EP_PROP_OBJECT, 591, 1},
    /* 591 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 592, 1},
    /* 592 */ {NULL, AWSC_EP_PROP_OBJECT, 593, 4},
    /* 593 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 594 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 595 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 596 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 597 */ {NULL, AWSC_EP_PROP_OBJECT, 598, 1},
    /* 598 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 599, 1},
    /* 599 */ {NULL, AWSC_EP_PROP_OBJECT, 600, 4},
    /* 600 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 601 */ {"name", AWSC_EP_PROP_STRING, 73, 0},
    /* 602 */ {"signingName", AWSC_EP_PROP_STRING, 200, 0},
    /* 603 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
};

/* Rules: type, condition count, first condition, then a tree's first
 * child and child count, an endpoint's index, or an error's message. */
static const struct awsc_ep_rule rs_rules[] = {
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
};

extern const struct awsc_ruleset awsc__s3_ruleset;
const struct awsc_ruleset awsc__s3_ruleset = {
    .service = "s3",
    .params = rs_params,
    .param_count = 17,
    .slot_count = 36,
    .slots = rs_slots,
    .rule_count = 2,
    .flags = AWSC_EP_RS_S3 | AWSC_EP_RS_GLOBAL,
    .rules = rs_rules,
    .conds = rs_conds,
    .exprs = rs_exprs,
    .args = rs_args,
    .endpoints = rs_endpoints,
    .headers = NULL,
    .props = rs_props,
};
