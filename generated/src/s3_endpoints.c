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
    {"ForcePathStyle", AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_S3_FORCE_PATH_STYLE, AWSC_EP_PF_CLIENT_CONTEXT, false, NULL},
    {"Accelerate", AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_S3_ACCELERATE, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT | AWSC_EP_PF_CLIENT_CONTEXT, false, NULL},
    {"UseGlobalEndpoint", AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_S3_USE_GLOBAL_ENDPOINT, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false, NULL},
    {"UseObjectLambdaEndpoint", AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_NONE, 0, false, NULL},
    {"DisableAccessPoints", AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_NONE, 0, false, NULL},
    {"DisableMultiRegionAccessPoints", AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_S3_DISABLE_MRAP, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT | AWSC_EP_PF_CLIENT_CONTEXT, false, NULL},
    {"UseArnRegion", AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_S3_USE_ARN_REGION, AWSC_EP_PF_CLIENT_CONTEXT, false, NULL},
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
    "DisableAccessPoints", /* 9 */
    "DisableMultiRegionAccessPoints", /* 10 */
    "UseArnRegion", /* 11 */
    "hardwareType", /* 12 */
    "regionPrefix", /* 13 */
    "abbaSuffix", /* 14 */
    "outpostId", /* 15 */
    "regionPartition", /* 16 */
    "url", /* 17 */
    "bucketArn", /* 18 */
    "arnPrefix", /* 19 */
    "uri_encoded_bucket", /* 20 */
    "partitionResult", /* 21 */
    "arnType", /* 22 */
    "accessPointName", /* 23 */
    "bucketPartition", /* 24 */
    "mrapPartition", /* 25 */
    "outpostType", /* 26 */
};

/* Expressions. A(obj, attribute, index) is getAttr, V(slot) a variable,
 * T(n, first) a template of n parts from args, F(fn, n, first) a call. */
static const struct awsc_ep_expr rs_exprs[] = {
    /* 0 */ AWSC_EP_V(1), /* Region */
    /* 1 */ AWSC_EP_F(IS_SET, 1, 0), /* isSet(Region) */
    /* 2 */ AWSC_EP_S("A region must be set when sending requests to S3."),
    /* 3 */ AWSC_EP_V(0), /* Bucket */
    /* 4 */ AWSC_EP_F(IS_SET, 1, 1), /* isSet(Bucket) */
    /* 5 */ AWSC_EP_I(49), /* 49 */
    /* 6 */ AWSC_EP_I(50), /* 50 */
    /* 7 */ AWSC_EP_B(1), /* true */
    /* 8 */ AWSC_EP_F(SUBSTRING, 4, 2), /* substring(Bucket, 49, 50, true) */
    /* 9 */ AWSC_EP_I(8), /* 8 */
    /* 10 */ AWSC_EP_I(12), /* 12 */
    /* 11 */ AWSC_EP_F(SUBSTRING, 4, 6), /* substring(Bucket, 8, 12, true) */
    /* 12 */ AWSC_EP_I(0), /* 0 */
    /* 13 */ AWSC_EP_I(7), /* 7 */
    /* 14 */ AWSC_EP_F(SUBSTRING, 4, 10), /* substring(Bucket, 0, 7, true) */
    /* 15 */ AWSC_EP_I(32), /* 32 */
    /* 16 */ AWSC_EP_F(SUBSTRING, 4, 14), /* substring(Bucket, 32, 49, true) */
    /* 17 */ AWSC_EP_F(PARTITION, 1, 0), /* aws.partition(Region) */
    /* 18 */ AWSC_EP_V(14), /* abbaSuffix */
    /* 19 */ AWSC_EP_S("--op-s3"),
    /* 20 */ AWSC_EP_F(STRING_EQUALS, 2, 18), /* stringEquals(abbaSuffix, "--op-s3") */
    /* 21 */ AWSC_EP_V(8), /* UseObjectLambdaEndpoint */
    /* 22 */ AWSC_EP_F(IS_SET, 1, 20), /* isSet(UseObjectLambdaEndpoint) */
    /* 23 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 21), /* booleanEquals(UseObjectLambdaEndpoint, true) */
    /* 24 */ AWSC_EP_F(NOT, 1, 23), /* not(isSet(Bucket)) */
    /* 25 */ AWSC_EP_V(15), /* outpostId */
    /* 26 */ AWSC_EP_B(0), /* false */
    /* 27 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 24), /* isValidHostLabel(outpostId, false) */
    /* 28 */ AWSC_EP_S("Invalid ARN: The outpost Id must only contain a-z, A-Z, 0-9 and `-`."),
    /* 29 */ AWSC_EP_V(12), /* hardwareType */
    /* 30 */ AWSC_EP_S("e"),
    /* 31 */ AWSC_EP_F(STRING_EQUALS, 2, 26), /* stringEquals(hardwareType, "e") */
    /* 32 */ AWSC_EP_S("o"),
    /* 33 */ AWSC_EP_F(STRING_EQUALS, 2, 28), /* stringEquals(hardwareType, "o") */
    /* 34 */ AWSC_EP_S("Unrecognized hardware type: \"Expected hardware type o or e but got "),
    /* 35 */ AWSC_EP_S("\""),
    /* 36 */ AWSC_EP_T(3, 30), /* "Unrecognized hardware type: \"Expected hardware type o or e but got {hardwareType}\"" */
    /* 37 */ AWSC_EP_V(13), /* regionPrefix */
    /* 38 */ AWSC_EP_S("beta"),
    /* 39 */ AWSC_EP_F(STRING_EQUALS, 2, 33), /* stringEquals(regionPrefix, "beta") */
    /* 40 */ AWSC_EP_S("https://"),
    /* 41 */ AWSC_EP_S(".ec2.s3-outposts."),
    /* 42 */ AWSC_EP_S("."),
    /* 43 */ AWSC_EP_V(16), /* regionPartition */
    /* 44 */ AWSC_EP_A(43, DNS_SUFFIX, AWSC_EP_NONE), /* regionPartition#dnsSuffix */
    /* 45 */ AWSC_EP_T(6, 35), /* "https://{Bucket}.ec2.s3-outposts.{Region}.{regionPartition#dnsSuffix}" */
    /* 46 */ AWSC_EP_S("sigv4"),
    /* 47 */ AWSC_EP_S("s3-outposts"),
    /* 48 */ AWSC_EP_V(4), /* Endpoint */
    /* 49 */ AWSC_EP_F(IS_SET, 1, 41), /* isSet(Endpoint) */
    /* 50 */ AWSC_EP_F(NOT, 1, 42), /* not(isSet(Endpoint)) */
    /* 51 */ AWSC_EP_S("Expected a endpoint to be specified but no endpoint was found"),
    /* 52 */ AWSC_EP_F(PARSE_URL, 1, 41), /* parseURL(Endpoint) */
    /* 53 */ AWSC_EP_S(".ec2."),
    /* 54 */ AWSC_EP_V(17), /* url */
    /* 55 */ AWSC_EP_A(54, AUTHORITY, AWSC_EP_NONE), /* url#authority */
    /* 56 */ AWSC_EP_T(4, 43), /* "https://{Bucket}.ec2.{url#authority}" */
    /* 57 */ AWSC_EP_S(".op-"),
    /* 58 */ AWSC_EP_S(".s3-outposts."),
    /* 59 */ AWSC_EP_T(8, 47), /* "https://{Bucket}.op-{outpostId}.s3-outposts.{Region}.{regionPartition#dnsSuffix}" */
    /* 60 */ AWSC_EP_T(6, 55), /* "https://{Bucket}.op-{outpostId}.{url#authority}" */
    /* 61 */ AWSC_EP_F(IS_SET, 1, 61), /* isSet(parseURL(Endpoint)) */
    /* 62 */ AWSC_EP_F(NOT, 1, 62), /* not(isSet(parseURL(Endpoint))) */
    /* 63 */ AWSC_EP_S("Custom endpoint `"),
    /* 64 */ AWSC_EP_S("` was not a valid URI"),
    /* 65 */ AWSC_EP_T(3, 63), /* "Custom endpoint `{Endpoint}` was not a valid URI" */
    /* 66 */ AWSC_EP_V(5), /* ForcePathStyle */
    /* 67 */ AWSC_EP_F(IS_SET, 1, 66), /* isSet(ForcePathStyle) */
    /* 68 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 67), /* booleanEquals(ForcePathStyle, true) */
    /* 69 */ AWSC_EP_F(IS_VIRTUAL_HOSTABLE_S3_BUCKET, 2, 69), /* aws.isVirtualHostableS3Bucket(Bucket, false) */
    /* 70 */ AWSC_EP_A(54, SCHEME, AWSC_EP_NONE), /* url#scheme */
    /* 71 */ AWSC_EP_S("http"),
    /* 72 */ AWSC_EP_F(STRING_EQUALS, 2, 71), /* stringEquals(url#scheme, "http") */
    /* 73 */ AWSC_EP_F(IS_VIRTUAL_HOSTABLE_S3_BUCKET, 2, 73), /* aws.isVirtualHostableS3Bucket(Bucket, true) */
    /* 74 */ AWSC_EP_V(2), /* UseFIPS */
    /* 75 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 75), /* booleanEquals(UseFIPS, false) */
    /* 76 */ AWSC_EP_V(3), /* UseDualStack */
    /* 77 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 77), /* booleanEquals(UseDualStack, false) */
    /* 78 */ AWSC_EP_V(6), /* Accelerate */
    /* 79 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 79), /* booleanEquals(Accelerate, false) */
    /* 80 */ AWSC_EP_F(PARSE_ARN, 1, 1), /* aws.parseArn(Bucket) */
    /* 81 */ AWSC_EP_I(4), /* 4 */
    /* 82 */ AWSC_EP_F(SUBSTRING, 4, 81), /* substring(Bucket, 0, 4, false) */
    /* 83 */ AWSC_EP_V(19), /* arnPrefix */
    /* 84 */ AWSC_EP_S("arn:"),
    /* 85 */ AWSC_EP_F(STRING_EQUALS, 2, 85), /* stringEquals(arnPrefix, "arn:") */
    /* 86 */ AWSC_EP_F(IS_SET, 1, 87), /* isSet(aws.parseArn(Bucket)) */
    /* 87 */ AWSC_EP_F(NOT, 1, 88), /* not(isSet(aws.parseArn(Bucket))) */
    /* 88 */ AWSC_EP_S("Invalid ARN: `"),
    /* 89 */ AWSC_EP_S("` was not a valid ARN"),
    /* 90 */ AWSC_EP_T(3, 89), /* "Invalid ARN: `{Bucket}` was not a valid ARN" */
    /* 91 */ AWSC_EP_F(URI_ENCODE, 1, 1), /* uriEncode(Bucket) */
    /* 92 */ AWSC_EP_S("Path-style addressing cannot be used with ARN buckets"),
    /* 93 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 92), /* booleanEquals(UseDualStack, true) */
    /* 94 */ AWSC_EP_S("Cannot set dual-stack in combination with a custom endpoint."),
    /* 95 */ AWSC_EP_S("A valid partition could not be determined"),
    /* 96 */ AWSC_EP_S("Path-style addressing cannot be used with S3 Accelerate"),
    /* 97 */ AWSC_EP_S("Path-style addressing cannot be used with FIPS"),
    /* 98 */ AWSC_EP_S("aws-global"),
    /* 99 */ AWSC_EP_F(STRING_EQUALS, 2, 94), /* stringEquals(Region, "aws-global") */
    /* 100 */ AWSC_EP_S("https://s3.dualstack.us-east-1."),
    /* 101 */ AWSC_EP_V(21), /* partitionResult */
    /* 102 */ AWSC_EP_A(101, DNS_SUFFIX, AWSC_EP_NONE), /* partitionResult#dnsSuffix */
    /* 103 */ AWSC_EP_S("/"),
    /* 104 */ AWSC_EP_V(20), /* uri_encoded_bucket */
    /* 105 */ AWSC_EP_T(4, 96), /* "https://s3.dualstack.us-east-1.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
    /* 106 */ AWSC_EP_S("s3"),
    /* 107 */ AWSC_EP_S("us-east-1"),
    /* 108 */ AWSC_EP_F(NOT, 1, 100), /* not(stringEquals(Region, "aws-global")) */
    /* 109 */ AWSC_EP_V(7), /* UseGlobalEndpoint */
    /* 110 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 101), /* booleanEquals(UseGlobalEndpoint, true) */
    /* 111 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 103), /* booleanEquals(UseGlobalEndpoint, false) */
    /* 112 */ AWSC_EP_S("https://s3.dualstack."),
    /* 113 */ AWSC_EP_T(6, 105), /* "https://s3.dualstack.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
    /* 114 */ AWSC_EP_S("://"),
    /* 115 */ AWSC_EP_A(54, NORMALIZED_PATH, AWSC_EP_NONE), /* url#normalizedPath */
    /* 116 */ AWSC_EP_T(5, 111), /* "{url#scheme}://{url#authority}{url#normalizedPath}{uri_encoded_bucket}" */
    /* 117 */ AWSC_EP_S("https://s3."),
    /* 118 */ AWSC_EP_T(4, 116), /* "https://s3.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
    /* 119 */ AWSC_EP_T(6, 120), /* "https://s3.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
    /* 120 */ AWSC_EP_F(STRING_EQUALS, 2, 126), /* stringEquals(Region, "us-east-1") */
    /* 121 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 128), /* isValidHostLabel(Region, false) */
    /* 122 */ AWSC_EP_S("Invalid region: region was not a valid DNS name."),
    /* 123 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 130), /* booleanEquals(UseFIPS, true) */
    /* 124 */ AWSC_EP_A(101, NAME, AWSC_EP_NONE), /* partitionResult#name */
    /* 125 */ AWSC_EP_S("aws-cn"),
    /* 126 */ AWSC_EP_F(STRING_EQUALS, 2, 132), /* stringEquals(partitionResult#name, "aws-cn") */
    /* 127 */ AWSC_EP_S("Partition does not support FIPS"),
    /* 128 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 134), /* booleanEquals(Accelerate, true) */
    /* 129 */ AWSC_EP_S("Accelerate cannot be used with FIPS"),
    /* 130 */ AWSC_EP_S("S3 Accelerate cannot be used in this region"),
    /* 131 */ AWSC_EP_S("Host override cannot be combined with Dualstack, FIPS, or S3 Accelerate"),
    /* 132 */ AWSC_EP_S(".s3-fips.dualstack.us-east-1."),
    /* 133 */ AWSC_EP_T(4, 136), /* "https://{Bucket}.s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}" */
    /* 134 */ AWSC_EP_S(".s3-fips.dualstack."),
    /* 135 */ AWSC_EP_T(6, 140), /* "https://{Bucket}.s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}" */
    /* 136 */ AWSC_EP_S(".s3-fips.us-east-1."),
    /* 137 */ AWSC_EP_T(4, 146), /* "https://{Bucket}.s3-fips.us-east-1.{partitionResult#dnsSuffix}" */
    /* 138 */ AWSC_EP_S(".s3-fips."),
    /* 139 */ AWSC_EP_T(6, 150), /* "https://{Bucket}.s3-fips.{Region}.{partitionResult#dnsSuffix}" */
    /* 140 */ AWSC_EP_S(".s3-accelerate.dualstack.us-east-1."),
    /* 141 */ AWSC_EP_T(4, 156), /* "https://{Bucket}.s3-accelerate.dualstack.us-east-1.{partitionResult#dnsSuffix}" */
    /* 142 */ AWSC_EP_S(".s3-accelerate.dualstack."),
    /* 143 */ AWSC_EP_T(4, 160), /* "https://{Bucket}.s3-accelerate.dualstack.{partitionResult#dnsSuffix}" */
    /* 144 */ AWSC_EP_S(".s3.dualstack.us-east-1."),
    /* 145 */ AWSC_EP_T(4, 164), /* "https://{Bucket}.s3.dualstack.us-east-1.{partitionResult#dnsSuffix}" */
    /* 146 */ AWSC_EP_S(".s3.dualstack."),
    /* 147 */ AWSC_EP_T(6, 168), /* "https://{Bucket}.s3.dualstack.{Region}.{partitionResult#dnsSuffix}" */
    /* 148 */ AWSC_EP_A(54, IS_IP, AWSC_EP_NONE), /* url#isIp */
    /* 149 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 174), /* booleanEquals(url#isIp, true) */
    /* 150 */ AWSC_EP_T(5, 176), /* "{url#scheme}://{url#authority}{url#normalizedPath}{Bucket}" */
    /* 151 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 181), /* booleanEquals(url#isIp, false) */
    /* 152 */ AWSC_EP_A(54, PATH, AWSC_EP_NONE), /* url#path */
    /* 153 */ AWSC_EP_T(6, 183), /* "{url#scheme}://{Bucket}.{url#authority}{url#path}" */
    /* 154 */ AWSC_EP_S(".s3-accelerate."),
    /* 155 */ AWSC_EP_T(4, 189), /* "https://{Bucket}.s3-accelerate.{partitionResult#dnsSuffix}" */
    /* 156 */ AWSC_EP_S(".s3."),
    /* 157 */ AWSC_EP_T(4, 193), /* "https://{Bucket}.s3.{partitionResult#dnsSuffix}" */
    /* 158 */ AWSC_EP_T(6, 197), /* "https://{Bucket}.s3.{Region}.{partitionResult#dnsSuffix}" */
    /* 159 */ AWSC_EP_V(18), /* bucketArn */
    /* 160 */ AWSC_EP_A(159, RESOURCE_ID, 0), /* bucketArn#resourceId[0] */
    /* 161 */ AWSC_EP_V(22), /* arnType */
    /* 162 */ AWSC_EP_S(""),
    /* 163 */ AWSC_EP_F(STRING_EQUALS, 2, 203), /* stringEquals(arnType, "") */
    /* 164 */ AWSC_EP_F(NOT, 1, 205), /* not(stringEquals(arnType, "")) */
    /* 165 */ AWSC_EP_S("Invalid ARN: No ARN type specified"),
    /* 166 */ AWSC_EP_A(159, SERVICE, AWSC_EP_NONE), /* bucketArn#service */
    /* 167 */ AWSC_EP_S("s3-object-lambda"),
    /* 168 */ AWSC_EP_F(STRING_EQUALS, 2, 206), /* stringEquals(bucketArn#service, "s3-object-lambda") */
    /* 169 */ AWSC_EP_S("accesspoint"),
    /* 170 */ AWSC_EP_F(STRING_EQUALS, 2, 208), /* stringEquals(arnType, "accesspoint") */
    /* 171 */ AWSC_EP_F(STRING_EQUALS, 2, 210), /* stringEquals(bucketArn#service, "s3-outposts") */
    /* 172 */ AWSC_EP_S("Invalid ARN: Unrecognized format: "),
    /* 173 */ AWSC_EP_S(" (type: "),
    /* 174 */ AWSC_EP_S(")"),
    /* 175 */ AWSC_EP_T(5, 212), /* "Invalid ARN: Unrecognized format: {Bucket} (type: {arnType})" */
    /* 176 */ AWSC_EP_S("Invalid ARN: Object Lambda ARNs only support `accesspoint` arn types, but found: `"),
    /* 177 */ AWSC_EP_S("`"),
    /* 178 */ AWSC_EP_T(3, 217), /* "Invalid ARN: Object Lambda ARNs only support `accesspoint` arn types, but found: `{arnType}`" */
    /* 179 */ AWSC_EP_A(159, RESOURCE_ID, 1), /* bucketArn#resourceId[1] */
    /* 180 */ AWSC_EP_V(23), /* accessPointName */
    /* 181 */ AWSC_EP_F(STRING_EQUALS, 2, 220), /* stringEquals(accessPointName, "") */
    /* 182 */ AWSC_EP_F(NOT, 1, 222), /* not(stringEquals(accessPointName, "")) */
    /* 183 */ AWSC_EP_S("Invalid ARN: Expected a resource of the format `accesspoint:<accesspoint name>` but no name was provided"),
    /* 184 */ AWSC_EP_S("S3 Object Lambda does not support Dual-stack"),
    /* 185 */ AWSC_EP_S("S3 Object Lambda does not support S3 Accelerate"),
    /* 186 */ AWSC_EP_A(159, REGION, AWSC_EP_NONE), /* bucketArn#region */
    /* 187 */ AWSC_EP_F(STRING_EQUALS, 2, 223), /* stringEquals(bucketArn#region, "") */
    /* 188 */ AWSC_EP_F(NOT, 1, 225), /* not(stringEquals(bucketArn#region, "")) */
    /* 189 */ AWSC_EP_S("Invalid ARN: bucket ARN is missing a region"),
    /* 190 */ AWSC_EP_V(9), /* DisableAccessPoints */
    /* 191 */ AWSC_EP_F(IS_SET, 1, 226), /* isSet(DisableAccessPoints) */
    /* 192 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 227), /* booleanEquals(DisableAccessPoints, true) */
    /* 193 */ AWSC_EP_S("Access points are not supported for this operation"),
    /* 194 */ AWSC_EP_A(159, RESOURCE_ID, 2), /* bucketArn#resourceId[2] */
    /* 195 */ AWSC_EP_F(IS_SET, 1, 229), /* isSet(bucketArn#resourceId[2]) */
    /* 196 */ AWSC_EP_F(NOT, 1, 230), /* not(isSet(bucketArn#resourceId[2])) */
    /* 197 */ AWSC_EP_S("Invalid ARN: The ARN may only contain a single resource component after `accesspoint`."),
    /* 198 */ AWSC_EP_V(11), /* UseArnRegion */
    /* 199 */ AWSC_EP_F(IS_SET, 1, 231), /* isSet(UseArnRegion) */
    /* 200 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 232), /* booleanEquals(UseArnRegion, false) */
    /* 201 */ AWSC_EP_F(STRING_EQUALS, 2, 234), /* stringEquals(bucketArn#region, Region) */
    /* 202 */ AWSC_EP_F(NOT, 1, 236), /* not(stringEquals(bucketArn#region, Region)) */
    /* 203 */ AWSC_EP_S("Invalid configuration: region from ARN `"),
    /* 204 */ AWSC_EP_S("` does not match client region `"),
    /* 205 */ AWSC_EP_S("` and UseArnRegion is `false`"),
    /* 206 */ AWSC_EP_T(5, 237), /* "Invalid configuration: region from ARN `{bucketArn#region}` does not match client region `{Region}` and U ... */
    /* 207 */ AWSC_EP_F(PARTITION, 1, 242), /* aws.partition(bucketArn#region) */
    /* 208 */ AWSC_EP_S("Could not load partition for ARN region `"),
    /* 209 */ AWSC_EP_T(3, 243), /* "Could not load partition for ARN region `{bucketArn#region}`" */
    /* 210 */ AWSC_EP_V(24), /* bucketPartition */
    /* 211 */ AWSC_EP_A(210, NAME, AWSC_EP_NONE), /* bucketPartition#name */
    /* 212 */ AWSC_EP_F(STRING_EQUALS, 2, 246), /* stringEquals(bucketPartition#name, partitionResult#name) */
    /* 213 */ AWSC_EP_S("Client was configured for partition `"),
    /* 214 */ AWSC_EP_S("` but ARN (`"),
    /* 215 */ AWSC_EP_S("`) has `"),
    /* 216 */ AWSC_EP_T(7, 248), /* "Client was configured for partition `{partitionResult#name}` but ARN (`{Bucket}`) has `{bucketPartition#n ... */
    /* 217 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 255), /* isValidHostLabel(bucketArn#region, true) */
    /* 218 */ AWSC_EP_S("Invalid region in ARN: `"),
    /* 219 */ AWSC_EP_S("` (invalid DNS name)"),
    /* 220 */ AWSC_EP_T(3, 257), /* "Invalid region in ARN: `{bucketArn#region}` (invalid DNS name)" */
    /* 221 */ AWSC_EP_A(159, ACCOUNT_ID, AWSC_EP_NONE), /* bucketArn#accountId */
    /* 222 */ AWSC_EP_F(STRING_EQUALS, 2, 260), /* stringEquals(bucketArn#accountId, "") */
    /* 223 */ AWSC_EP_S("Invalid ARN: Missing account id"),
    /* 224 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 262), /* isValidHostLabel(bucketArn#accountId, false) */
    /* 225 */ AWSC_EP_S("Invalid ARN: The account id may only contain a-z, A-Z, 0-9 and `-`. Found: `"),
    /* 226 */ AWSC_EP_T(3, 264), /* "Invalid ARN: The account id may only contain a-z, A-Z, 0-9 and `-`. Found: `{bucketArn#accountId}`" */
    /* 227 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 267), /* isValidHostLabel(accessPointName, false) */
    /* 228 */ AWSC_EP_S("Invalid ARN: The access point name may only contain a-z, A-Z, 0-9 and `-`. Found: `"),
    /* 229 */ AWSC_EP_T(3, 269), /* "Invalid ARN: The access point name may only contain a-z, A-Z, 0-9 and `-`. Found: `{accessPointName}`" */
    /* 230 */ AWSC_EP_F(STRING_EQUALS, 2, 272), /* stringEquals(bucketPartition#name, "aws-cn") */
    /* 231 */ AWSC_EP_S("-"),
    /* 232 */ AWSC_EP_T(8, 274), /* "{url#scheme}://{accessPointName}-{bucketArn#accountId}.{url#authority}{url#path}" */
    /* 233 */ AWSC_EP_S(".s3-object-lambda-fips."),
    /* 234 */ AWSC_EP_A(210, DNS_SUFFIX, AWSC_EP_NONE), /* bucketPartition#dnsSuffix */
    /* 235 */ AWSC_EP_T(8, 282), /* "https://{accessPointName}-{bucketArn#accountId}.s3-object-lambda-fips.{bucketArn#region}.{bucketPartition ... */
    /* 236 */ AWSC_EP_S(".s3-object-lambda."),
    /* 237 */ AWSC_EP_T(8, 290), /* "https://{accessPointName}-{bucketArn#accountId}.s3-object-lambda.{bucketArn#region}.{bucketPartition#dnsS ... */
    /* 238 */ AWSC_EP_F(STRING_EQUALS, 2, 298), /* stringEquals(bucketArn#service, "s3") */
    /* 239 */ AWSC_EP_S("Invalid ARN: The ARN was not for the S3 service, found: "),
    /* 240 */ AWSC_EP_T(2, 300), /* "Invalid ARN: The ARN was not for the S3 service, found: {bucketArn#service}" */
    /* 241 */ AWSC_EP_S("Access Points do not support S3 Accelerate"),
    /* 242 */ AWSC_EP_S("DualStack cannot be combined with a Host override (PrivateLink)"),
    /* 243 */ AWSC_EP_S(".s3-accesspoint-fips.dualstack."),
    /* 244 */ AWSC_EP_T(8, 302), /* "https://{accessPointName}-{bucketArn#accountId}.s3-accesspoint-fips.dualstack.{bucketArn#region}.{bucketP ... */
    /* 245 */ AWSC_EP_S(".s3-accesspoint-fips."),
    /* 246 */ AWSC_EP_T(8, 310), /* "https://{accessPointName}-{bucketArn#accountId}.s3-accesspoint-fips.{bucketArn#region}.{bucketPartition#d ... */
    /* 247 */ AWSC_EP_S(".s3-accesspoint.dualstack."),
    /* 248 */ AWSC_EP_T(8, 318), /* "https://{accessPointName}-{bucketArn#accountId}.s3-accesspoint.dualstack.{bucketArn#region}.{bucketPartit ... */
    /* 249 */ AWSC_EP_S(".s3-accesspoint."),
    /* 250 */ AWSC_EP_T(8, 326), /* "https://{accessPointName}-{bucketArn#accountId}.s3-accesspoint.{bucketArn#region}.{bucketPartition#dnsSuf ... */
    /* 251 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 334), /* isValidHostLabel(accessPointName, true) */
    /* 252 */ AWSC_EP_S("Invalid Access Point Name"),
    /* 253 */ AWSC_EP_S("S3 MRAP does not support dual-stack"),
    /* 254 */ AWSC_EP_S("S3 MRAP does not support FIPS"),
    /* 255 */ AWSC_EP_S("S3 MRAP does not support S3 Accelerate"),
    /* 256 */ AWSC_EP_V(10), /* DisableMultiRegionAccessPoints */
    /* 257 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 336), /* booleanEquals(DisableMultiRegionAccessPoints, true) */
    /* 258 */ AWSC_EP_S("Invalid configuration: Multi-Region Access Point ARNs are disabled."),
    /* 259 */ AWSC_EP_S(" was not a valid region"),
    /* 260 */ AWSC_EP_T(2, 338), /* "{Region} was not a valid region" */
    /* 261 */ AWSC_EP_V(25), /* mrapPartition */
    /* 262 */ AWSC_EP_A(261, NAME, AWSC_EP_NONE), /* mrapPartition#name */
    /* 263 */ AWSC_EP_A(159, PARTITION, AWSC_EP_NONE), /* bucketArn#partition */
    /* 264 */ AWSC_EP_F(STRING_EQUALS, 2, 340), /* stringEquals(mrapPartition#name, bucketArn#partition) */
    /* 265 */ AWSC_EP_S("` but bucket referred to partition `"),
    /* 266 */ AWSC_EP_T(5, 342), /* "Client was configured for partition `{mrapPartition#name}` but bucket referred to partition `{bucketArn#p ... */
    /* 267 */ AWSC_EP_S(".accesspoint.s3-global."),
    /* 268 */ AWSC_EP_A(261, DNS_SUFFIX, AWSC_EP_NONE), /* mrapPartition#dnsSuffix */
    /* 269 */ AWSC_EP_T(4, 347), /* "https://{accessPointName}.accesspoint.s3-global.{mrapPartition#dnsSuffix}" */
    /* 270 */ AWSC_EP_S("sigv4a"),
    /* 271 */ AWSC_EP_S("*"),
    /* 272 */ AWSC_EP_S("S3 Outposts does not support Dual-stack"),
    /* 273 */ AWSC_EP_S("S3 Outposts does not support FIPS"),
    /* 274 */ AWSC_EP_S("S3 Outposts does not support S3 Accelerate"),
    /* 275 */ AWSC_EP_A(159, RESOURCE_ID, 4), /* bucketArn#resourceId[4] */
    /* 276 */ AWSC_EP_F(IS_SET, 1, 351), /* isSet(bucketArn#resourceId[4]) */
    /* 277 */ AWSC_EP_S("Invalid Arn: Outpost Access Point ARN contains sub resources"),
    /* 278 */ AWSC_EP_S("Invalid ARN: The Outpost Id was not set"),
    /* 279 */ AWSC_EP_S("Invalid ARN: The outpost Id may only contain a-z, A-Z, 0-9 and `-`. Found: `"),
    /* 280 */ AWSC_EP_T(3, 352), /* "Invalid ARN: The outpost Id may only contain a-z, A-Z, 0-9 and `-`. Found: `{outpostId}`" */
    /* 281 */ AWSC_EP_S("Could not load partition for ARN region "),
    /* 282 */ AWSC_EP_T(2, 355), /* "Could not load partition for ARN region {bucketArn#region}" */
    /* 283 */ AWSC_EP_S("Invalid ARN: Expected a 4-component resource"),
    /* 284 */ AWSC_EP_A(159, RESOURCE_ID, 3), /* bucketArn#resourceId[3] */
    /* 285 */ AWSC_EP_S("Invalid ARN: expected an access point name"),
    /* 286 */ AWSC_EP_V(26), /* outpostType */
    /* 287 */ AWSC_EP_F(STRING_EQUALS, 2, 357), /* stringEquals(outpostType, "accesspoint") */
    /* 288 */ AWSC_EP_S("Expected an outpost type `accesspoint`, found "),
    /* 289 */ AWSC_EP_T(2, 359), /* "Expected an outpost type `accesspoint`, found {outpostType}" */
    /* 290 */ AWSC_EP_T(8, 361), /* "https://{accessPointName}-{bucketArn#accountId}.{outpostId}.{url#authority}" */
    /* 291 */ AWSC_EP_T(10, 369), /* "https://{accessPointName}-{bucketArn#accountId}.{outpostId}.s3-outposts.{bucketArn#region}.{bucketPartiti ... */
    /* 292 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 379), /* isValidHostLabel(Region, true) */
    /* 293 */ AWSC_EP_T(4, 381), /* "{url#scheme}://{url#authority}{url#path}" */
    /* 294 */ AWSC_EP_S("https://s3-object-lambda-fips."),
    /* 295 */ AWSC_EP_T(4, 385), /* "https://s3-object-lambda-fips.{Region}.{partitionResult#dnsSuffix}" */
    /* 296 */ AWSC_EP_S("https://s3-object-lambda."),
    /* 297 */ AWSC_EP_T(4, 389), /* "https://s3-object-lambda.{Region}.{partitionResult#dnsSuffix}" */
    /* 298 */ AWSC_EP_S("https://s3-fips.dualstack.us-east-1."),
    /* 299 */ AWSC_EP_T(2, 393), /* "https://s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}" */
    /* 300 */ AWSC_EP_S("https://s3-fips.dualstack."),
    /* 301 */ AWSC_EP_T(4, 395), /* "https://s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}" */
    /* 302 */ AWSC_EP_S("https://s3-fips.us-east-1."),
    /* 303 */ AWSC_EP_T(2, 399), /* "https://s3-fips.us-east-1.{partitionResult#dnsSuffix}" */
    /* 304 */ AWSC_EP_S("https://s3-fips."),
    /* 305 */ AWSC_EP_T(4, 401), /* "https://s3-fips.{Region}.{partitionResult#dnsSuffix}" */
    /* 306 */ AWSC_EP_T(2, 405), /* "https://s3.dualstack.us-east-1.{partitionResult#dnsSuffix}" */
    /* 307 */ AWSC_EP_T(4, 407), /* "https://s3.dualstack.{Region}.{partitionResult#dnsSuffix}" */
    /* 308 */ AWSC_EP_T(2, 411), /* "https://s3.{partitionResult#dnsSuffix}" */
    /* 309 */ AWSC_EP_T(4, 413), /* "https://s3.{Region}.{partitionResult#dnsSuffix}" */
};
static const uint16_t rs_args[] = {
    0, 3, 3, 5, 6, 7, 3, 9, 10, 7, 3, 12, 13, 7, 3, 15,
    5, 7, 18, 19, 21, 21, 7, 4, 25, 26, 29, 30, 29, 32, 34, 29,
    35, 37, 38, 40, 3, 41, 0, 42, 44, 48, 49, 40, 3, 53, 55, 40,
    3, 57, 25, 58, 0, 42, 44, 40, 3, 57, 25, 42, 55, 52, 61, 63,
    48, 64, 66, 66, 7, 3, 26, 70, 71, 3, 7, 74, 26, 76, 26, 78,
    26, 3, 12, 81, 26, 83, 84, 80, 86, 88, 3, 89, 76, 7, 0, 98,
    100, 102, 103, 104, 99, 109, 7, 109, 26, 112, 0, 42, 102, 103, 104, 70,
    114, 55, 115, 104, 117, 102, 103, 104, 117, 0, 42, 102, 103, 104, 0, 107,
    0, 26, 74, 7, 124, 125, 78, 7, 40, 3, 132, 102, 40, 3, 134, 0,
    42, 102, 40, 3, 136, 102, 40, 3, 138, 0, 42, 102, 40, 3, 140, 102,
    40, 3, 142, 102, 40, 3, 144, 102, 40, 3, 146, 0, 42, 102, 148, 7,
    70, 114, 55, 115, 3, 148, 26, 70, 114, 3, 42, 55, 152, 40, 3, 154,
    102, 40, 3, 156, 102, 40, 3, 156, 0, 42, 102, 161, 162, 163, 166, 167,
    161, 169, 166, 47, 172, 3, 173, 161, 174, 176, 161, 177, 180, 162, 181, 186,
    162, 187, 190, 190, 7, 194, 195, 198, 198, 26, 186, 0, 201, 203, 186, 204,
    0, 205, 186, 208, 186, 177, 211, 124, 213, 124, 214, 3, 215, 211, 177, 186,
    7, 218, 186, 219, 221, 162, 221, 26, 225, 221, 177, 180, 26, 228, 180, 177,
    211, 125, 70, 114, 180, 231, 221, 42, 55, 152, 40, 180, 231, 221, 233, 186,
    42, 234, 40, 180, 231, 221, 236, 186, 42, 234, 166, 106, 239, 166, 40, 180,
    231, 221, 243, 186, 42, 234, 40, 180, 231, 221, 245, 186, 42, 234, 40, 180,
    231, 221, 247, 186, 42, 234, 40, 180, 231, 221, 249, 186, 42, 234, 180, 7,
    256, 7, 0, 259, 262, 263, 213, 262, 265, 263, 177, 40, 180, 267, 268, 275,
    279, 25, 177, 281, 186, 286, 169, 288, 286, 40, 180, 231, 221, 42, 25, 42,
    55, 40, 180, 231, 221, 42, 25, 58, 186, 42, 234, 0, 7, 70, 114, 55,
    152, 294, 0, 42, 102, 296, 0, 42, 102, 298, 102, 300, 0, 42, 102, 302,
    102, 304, 0, 42, 102, 100, 102, 112, 0, 42, 102, 117, 102, 117, 0, 42,
    102,
};

/* Conditions: expression, and the variable its result is assigned to. */
static const struct awsc_ep_cond rs_conds[] = {
    /* 0 */ {1, AWSC_EP_NONE}, /* isSet(Region) */
    /* 1 */ {4, AWSC_EP_NONE}, /* isSet(Bucket) */
    /* 2 */ {8, 12}, /* hardwareType = substring(Bucket, 49, 50, true) */
    /* 3 */ {11, 13}, /* regionPrefix = substring(Bucket, 8, 12, true) */
    /* 4 */ {14, 14}, /* abbaSuffix = substring(Bucket, 0, 7, true) */
    /* 5 */ {16, 15}, /* outpostId = substring(Bucket, 32, 49, true) */
    /* 6 */ {17, 16}, /* regionPartition = aws.partition(Region) */
    /* 7 */ {20, AWSC_EP_NONE}, /* stringEquals(abbaSuffix, "--op-s3") */
    /* 8 */ {4, AWSC_EP_NONE}, /* isSet(Bucket) */
    /* 9 */ {22, AWSC_EP_NONE}, /* isSet(UseObjectLambdaEndpoint) */
    /* 10 */ {23, AWSC_EP_NONE}, /* booleanEquals(UseObjectLambdaEndpoint, true) */
    /* 11 */ {24, AWSC_EP_NONE}, /* not(isSet(Bucket)) */
    /* 12 */ {27, AWSC_EP_NONE}, /* isValidHostLabel(outpostId, false) */
    /* 13 */ {31, AWSC_EP_NONE}, /* stringEquals(hardwareType, "e") */
    /* 14 */ {33, AWSC_EP_NONE}, /* stringEquals(hardwareType, "o") */
    /* 15 */ {39, AWSC_EP_NONE}, /* stringEquals(regionPrefix, "beta") */
    /* 16 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 17 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 18 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 19 */ {39, AWSC_EP_NONE}, /* stringEquals(regionPrefix, "beta") */
    /* 20 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 21 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 22 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 23 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 24 */ {62, AWSC_EP_NONE}, /* not(isSet(parseURL(Endpoint))) */
    /* 25 */ {67, AWSC_EP_NONE}, /* isSet(ForcePathStyle) */
    /* 26 */ {68, AWSC_EP_NONE}, /* booleanEquals(ForcePathStyle, true) */
    /* 27 */ {69, AWSC_EP_NONE}, /* aws.isVirtualHostableS3Bucket(Bucket, false) */
    /* 28 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 29 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 30 */ {72, AWSC_EP_NONE}, /* stringEquals(url#scheme, "http") */
    /* 31 */ {73, AWSC_EP_NONE}, /* aws.isVirtualHostableS3Bucket(Bucket, true) */
    /* 32 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 33 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 34 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 35 */ {80, 18}, /* bucketArn = aws.parseArn(Bucket) */
    /* 36 */ {82, 19}, /* arnPrefix = substring(Bucket, 0, 4, false) */
    /* 37 */ {85, AWSC_EP_NONE}, /* stringEquals(arnPrefix, "arn:") */
    /* 38 */ {87, AWSC_EP_NONE}, /* not(isSet(aws.parseArn(Bucket))) */
    /* 39 */ {91, 20}, /* uri_encoded_bucket = uriEncode(Bucket) */
    /* 40 */ {80, AWSC_EP_NONE}, /* aws.parseArn(Bucket) */
    /* 41 */ {91, 20}, /* uri_encoded_bucket = uriEncode(Bucket) */
    /* 42 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 43 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 44 */ {17, 21}, /* partitionResult = aws.partition(Region) */
    /* 45 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 46 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 47 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 48 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 49 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 50 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 51 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 52 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 53 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 54 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 55 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 56 */ {110, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
    /* 57 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 58 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 59 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 60 */ {111, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
    /* 61 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 62 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 63 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 64 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 65 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 66 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 67 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 68 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 69 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 70 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 71 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 72 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 73 */ {110, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
    /* 74 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 75 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 76 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 77 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 78 */ {111, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
    /* 79 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 80 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 81 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 82 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 83 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 84 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 85 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 86 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 87 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 88 */ {110, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
    /* 89 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 90 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 91 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 92 */ {111, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
    /* 93 */ {120, AWSC_EP_NONE}, /* stringEquals(Region, "us-east-1") */
    /* 94 */ {120, AWSC_EP_NONE}, /* stringEquals(Region, "us-east-1") */
    /* 95 */ {17, 21}, /* partitionResult = aws.partition(Region) */
    /* 96 */ {121, AWSC_EP_NONE}, /* isValidHostLabel(Region, false) */
    /* 97 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 98 */ {126, AWSC_EP_NONE}, /* stringEquals(partitionResult#name, "aws-cn") */
    /* 99 */ {128, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
    /* 100 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 101 */ {128, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
    /* 102 */ {126, AWSC_EP_NONE}, /* stringEquals(partitionResult#name, "aws-cn") */
    /* 103 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 104 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 105 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 106 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 107 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 108 */ {128, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
    /* 109 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 110 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 111 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 112 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 113 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 114 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 115 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 116 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 117 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 118 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 119 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 120 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 121 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 122 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 123 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 124 */ {110, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
    /* 125 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 126 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 127 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 128 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 129 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 130 */ {111, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
    /* 131 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 132 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 133 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 134 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 135 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 136 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 137 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 138 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 139 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 140 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 141 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 142 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 143 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 144 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 145 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 146 */ {110, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
    /* 147 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 148 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 149 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 150 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 151 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 152 */ {111, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
    /* 153 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 154 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 155 */ {128, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
    /* 156 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 157 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 158 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 159 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 160 */ {128, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
    /* 161 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 162 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 163 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 164 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 165 */ {128, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
    /* 166 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 167 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 168 */ {110, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
    /* 169 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 170 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 171 */ {128, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
    /* 172 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 173 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 174 */ {111, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
    /* 175 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 176 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 177 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 178 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 179 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 180 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 181 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 182 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 183 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 184 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 185 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 186 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 187 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 188 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 189 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 190 */ {110, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
    /* 191 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 192 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 193 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 194 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 195 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 196 */ {111, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
    /* 197 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 198 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 199 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 200 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 201 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 202 */ {149, AWSC_EP_NONE}, /* booleanEquals(url#isIp, true) */
    /* 203 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 204 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 205 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 206 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 207 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 208 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 209 */ {151, AWSC_EP_NONE}, /* booleanEquals(url#isIp, false) */
    /* 210 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 211 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 212 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 213 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 214 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 215 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 216 */ {149, AWSC_EP_NONE}, /* booleanEquals(url#isIp, true) */
    /* 217 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 218 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 219 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 220 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 221 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 222 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 223 */ {151, AWSC_EP_NONE}, /* booleanEquals(url#isIp, false) */
    /* 224 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 225 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 226 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 227 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 228 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 229 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 230 */ {149, AWSC_EP_NONE}, /* booleanEquals(url#isIp, true) */
    /* 231 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 232 */ {110, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
    /* 233 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 234 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 235 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 236 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 237 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 238 */ {151, AWSC_EP_NONE}, /* booleanEquals(url#isIp, false) */
    /* 239 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 240 */ {110, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
    /* 241 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 242 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 243 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 244 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 245 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 246 */ {149, AWSC_EP_NONE}, /* booleanEquals(url#isIp, true) */
    /* 247 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 248 */ {111, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
    /* 249 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 250 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 251 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 252 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 253 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 254 */ {151, AWSC_EP_NONE}, /* booleanEquals(url#isIp, false) */
    /* 255 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 256 */ {111, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
    /* 257 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 258 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 259 */ {128, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
    /* 260 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 261 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 262 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 263 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 264 */ {128, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
    /* 265 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 266 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 267 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 268 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 269 */ {128, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
    /* 270 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 271 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 272 */ {110, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
    /* 273 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 274 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 275 */ {128, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
    /* 276 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 277 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 278 */ {111, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
    /* 279 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 280 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 281 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 282 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 283 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 284 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 285 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 286 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 287 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 288 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 289 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 290 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 291 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 292 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 293 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 294 */ {110, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
    /* 295 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 296 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 297 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 298 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 299 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 300 */ {111, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
    /* 301 */ {120, AWSC_EP_NONE}, /* stringEquals(Region, "us-east-1") */
    /* 302 */ {120, AWSC_EP_NONE}, /* stringEquals(Region, "us-east-1") */
    /* 303 */ {120, AWSC_EP_NONE}, /* stringEquals(Region, "us-east-1") */
    /* 304 */ {120, AWSC_EP_NONE}, /* stringEquals(Region, "us-east-1") */
    /* 305 */ {17, 21}, /* partitionResult = aws.partition(Region) */
    /* 306 */ {121, AWSC_EP_NONE}, /* isValidHostLabel(Region, false) */
    /* 307 */ {160, 22}, /* arnType = bucketArn#resourceId[0] */
    /* 308 */ {164, AWSC_EP_NONE}, /* not(stringEquals(arnType, "")) */
    /* 309 */ {168, AWSC_EP_NONE}, /* stringEquals(bucketArn#service, "s3-object-lambda") */
    /* 310 */ {170, AWSC_EP_NONE}, /* stringEquals(arnType, "accesspoint") */
    /* 311 */ {171, AWSC_EP_NONE}, /* stringEquals(bucketArn#service, "s3-outposts") */
    /* 312 */ {170, AWSC_EP_NONE}, /* stringEquals(arnType, "accesspoint") */
    /* 313 */ {179, 23}, /* accessPointName = bucketArn#resourceId[1] */
    /* 314 */ {182, AWSC_EP_NONE}, /* not(stringEquals(accessPointName, "")) */
    /* 315 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 316 */ {128, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
    /* 317 */ {188, AWSC_EP_NONE}, /* not(stringEquals(bucketArn#region, "")) */
    /* 318 */ {191, AWSC_EP_NONE}, /* isSet(DisableAccessPoints) */
    /* 319 */ {192, AWSC_EP_NONE}, /* booleanEquals(DisableAccessPoints, true) */
    /* 320 */ {196, AWSC_EP_NONE}, /* not(isSet(bucketArn#resourceId[2])) */
    /* 321 */ {199, AWSC_EP_NONE}, /* isSet(UseArnRegion) */
    /* 322 */ {200, AWSC_EP_NONE}, /* booleanEquals(UseArnRegion, false) */
    /* 323 */ {202, AWSC_EP_NONE}, /* not(stringEquals(bucketArn#region, Region)) */
    /* 324 */ {207, 24}, /* bucketPartition = aws.partition(bucketArn#region) */
    /* 325 */ {17, 21}, /* partitionResult = aws.partition(Region) */
    /* 326 */ {212, AWSC_EP_NONE}, /* stringEquals(bucketPartition#name, partitionResult#name) */
    /* 327 */ {217, AWSC_EP_NONE}, /* isValidHostLabel(bucketArn#region, true) */
    /* 328 */ {222, AWSC_EP_NONE}, /* stringEquals(bucketArn#accountId, "") */
    /* 329 */ {224, AWSC_EP_NONE}, /* isValidHostLabel(bucketArn#accountId, false) */
    /* 330 */ {227, AWSC_EP_NONE}, /* isValidHostLabel(accessPointName, false) */
    /* 331 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 332 */ {230, AWSC_EP_NONE}, /* stringEquals(bucketPartition#name, "aws-cn") */
    /* 333 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 334 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 335 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 336 */ {179, 23}, /* accessPointName = bucketArn#resourceId[1] */
    /* 337 */ {182, AWSC_EP_NONE}, /* not(stringEquals(accessPointName, "")) */
    /* 338 */ {188, AWSC_EP_NONE}, /* not(stringEquals(bucketArn#region, "")) */
    /* 339 */ {170, AWSC_EP_NONE}, /* stringEquals(arnType, "accesspoint") */
    /* 340 */ {188, AWSC_EP_NONE}, /* not(stringEquals(bucketArn#region, "")) */
    /* 341 */ {191, AWSC_EP_NONE}, /* isSet(DisableAccessPoints) */
    /* 342 */ {192, AWSC_EP_NONE}, /* booleanEquals(DisableAccessPoints, true) */
    /* 343 */ {196, AWSC_EP_NONE}, /* not(isSet(bucketArn#resourceId[2])) */
    /* 344 */ {199, AWSC_EP_NONE}, /* isSet(UseArnRegion) */
    /* 345 */ {200, AWSC_EP_NONE}, /* booleanEquals(UseArnRegion, false) */
    /* 346 */ {202, AWSC_EP_NONE}, /* not(stringEquals(bucketArn#region, Region)) */
    /* 347 */ {207, 24}, /* bucketPartition = aws.partition(bucketArn#region) */
    /* 348 */ {17, 21}, /* partitionResult = aws.partition(Region) */
    /* 349 */ {212, AWSC_EP_NONE}, /* stringEquals(bucketPartition#name, partitionResult#name) */
    /* 350 */ {217, AWSC_EP_NONE}, /* isValidHostLabel(bucketArn#region, true) */
    /* 351 */ {238, AWSC_EP_NONE}, /* stringEquals(bucketArn#service, "s3") */
    /* 352 */ {224, AWSC_EP_NONE}, /* isValidHostLabel(bucketArn#accountId, false) */
    /* 353 */ {227, AWSC_EP_NONE}, /* isValidHostLabel(accessPointName, false) */
    /* 354 */ {128, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
    /* 355 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 356 */ {230, AWSC_EP_NONE}, /* stringEquals(bucketPartition#name, "aws-cn") */
    /* 357 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 358 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 359 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 360 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 361 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 362 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 363 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 364 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 365 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 366 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 367 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 368 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 369 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 370 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 371 */ {251, AWSC_EP_NONE}, /* isValidHostLabel(accessPointName, true) */
    /* 372 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 373 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 374 */ {128, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
    /* 375 */ {257, AWSC_EP_NONE}, /* booleanEquals(DisableMultiRegionAccessPoints, true) */
    /* 376 */ {17, 25}, /* mrapPartition = aws.partition(Region) */
    /* 377 */ {264, AWSC_EP_NONE}, /* stringEquals(mrapPartition#name, bucketArn#partition) */
    /* 378 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 379 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 380 */ {128, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
    /* 381 */ {276, AWSC_EP_NONE}, /* isSet(bucketArn#resourceId[4]) */
    /* 382 */ {179, 15}, /* outpostId = bucketArn#resourceId[1] */
    /* 383 */ {27, AWSC_EP_NONE}, /* isValidHostLabel(outpostId, false) */
    /* 384 */ {199, AWSC_EP_NONE}, /* isSet(UseArnRegion) */
    /* 385 */ {200, AWSC_EP_NONE}, /* booleanEquals(UseArnRegion, false) */
    /* 386 */ {202, AWSC_EP_NONE}, /* not(stringEquals(bucketArn#region, Region)) */
    /* 387 */ {207, 24}, /* bucketPartition = aws.partition(bucketArn#region) */
    /* 388 */ {17, 21}, /* partitionResult = aws.partition(Region) */
    /* 389 */ {212, AWSC_EP_NONE}, /* stringEquals(bucketPartition#name, partitionResult#name) */
    /* 390 */ {217, AWSC_EP_NONE}, /* isValidHostLabel(bucketArn#region, true) */
    /* 391 */ {224, AWSC_EP_NONE}, /* isValidHostLabel(bucketArn#accountId, false) */
    /* 392 */ {194, 26}, /* outpostType = bucketArn#resourceId[2] */
    /* 393 */ {284, 23}, /* accessPointName = bucketArn#resourceId[3] */
    /* 394 */ {287, AWSC_EP_NONE}, /* stringEquals(outpostType, "accesspoint") */
    /* 395 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 396 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 397 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 398 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 399 */ {17, 21}, /* partitionResult = aws.partition(Region) */
    /* 400 */ {79, AWSC_EP_NONE}, /* booleanEquals(Accelerate, false) */
    /* 401 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 402 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 403 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 404 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 405 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 406 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 407 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 408 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 409 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 410 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 411 */ {110, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
    /* 412 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 413 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 414 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 415 */ {111, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
    /* 416 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 417 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 418 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 419 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 420 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 421 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 422 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 423 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 424 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 425 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 426 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 427 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 428 */ {110, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
    /* 429 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 430 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 431 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 432 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 433 */ {111, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
    /* 434 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 435 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 436 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 437 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 438 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 439 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 440 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 441 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 442 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 443 */ {110, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
    /* 444 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 445 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 446 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 447 */ {111, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
    /* 448 */ {120, AWSC_EP_NONE}, /* stringEquals(Region, "us-east-1") */
    /* 449 */ {120, AWSC_EP_NONE}, /* stringEquals(Region, "us-east-1") */
    /* 450 */ {17, 21}, /* partitionResult = aws.partition(Region) */
    /* 451 */ {292, AWSC_EP_NONE}, /* isValidHostLabel(Region, true) */
    /* 452 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 453 */ {128, AWSC_EP_NONE}, /* booleanEquals(Accelerate, true) */
    /* 454 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 455 */ {126, AWSC_EP_NONE}, /* stringEquals(partitionResult#name, "aws-cn") */
    /* 456 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 457 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 458 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 459 */ {17, 21}, /* partitionResult = aws.partition(Region) */
    /* 460 */ {292, AWSC_EP_NONE}, /* isValidHostLabel(Region, true) */
    /* 461 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 462 */ {126, AWSC_EP_NONE}, /* stringEquals(partitionResult#name, "aws-cn") */
    /* 463 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 464 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 465 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 466 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 467 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 468 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 469 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 470 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 471 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 472 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 473 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 474 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 475 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 476 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 477 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 478 */ {110, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
    /* 479 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 480 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 481 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 482 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 483 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 484 */ {111, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
    /* 485 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 486 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 487 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 488 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 489 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 490 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 491 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 492 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 493 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 494 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 495 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 496 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 497 */ {110, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
    /* 498 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 499 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 500 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 501 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 502 */ {111, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
    /* 503 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 504 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 505 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 506 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 507 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 508 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 509 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 510 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 511 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 512 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 513 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 514 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 515 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 516 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 517 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 518 */ {110, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
    /* 519 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 520 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 521 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 522 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 523 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 524 */ {111, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
    /* 525 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 526 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 527 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 528 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 529 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 530 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 531 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 532 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 533 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 534 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 535 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 536 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 537 */ {110, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
    /* 538 */ {123, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, true) */
    /* 539 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 540 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 541 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 542 */ {111, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
    /* 543 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 544 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 545 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 546 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 547 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 548 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 549 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 550 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 551 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 552 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 553 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 554 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 555 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 556 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 557 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 558 */ {110, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
    /* 559 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 560 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 561 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 562 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 563 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 564 */ {111, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
    /* 565 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 566 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 567 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 568 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 569 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 570 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 571 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 572 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 573 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 574 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 575 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 576 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 577 */ {110, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
    /* 578 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 579 */ {93, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, true) */
    /* 580 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 581 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 582 */ {111, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
    /* 583 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 584 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 585 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 586 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 587 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 588 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 589 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 590 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 591 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 592 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 593 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 594 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 595 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 596 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 597 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 598 */ {110, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
    /* 599 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 600 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 601 */ {49, AWSC_EP_NONE}, /* isSet(Endpoint) */
    /* 602 */ {52, 17}, /* url = parseURL(Endpoint) */
    /* 603 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 604 */ {111, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
    /* 605 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 606 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 607 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 608 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 609 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 610 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 611 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 612 */ {99, AWSC_EP_NONE}, /* stringEquals(Region, "aws-global") */
    /* 613 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 614 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 615 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 616 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 617 */ {110, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, true) */
    /* 618 */ {75, AWSC_EP_NONE}, /* booleanEquals(UseFIPS, false) */
    /* 619 */ {77, AWSC_EP_NONE}, /* booleanEquals(UseDualStack, false) */
    /* 620 */ {50, AWSC_EP_NONE}, /* not(isSet(Endpoint)) */
    /* 621 */ {108, AWSC_EP_NONE}, /* not(stringEquals(Region, "aws-global")) */
    /* 622 */ {111, AWSC_EP_NONE}, /* booleanEquals(UseGlobalEndpoint, false) */
    /* 623 */ {120, AWSC_EP_NONE}, /* stringEquals(Region, "us-east-1") */
    /* 624 */ {120, AWSC_EP_NONE}, /* stringEquals(Region, "us-east-1") */
};

/* Endpoints: URL, properties, first header, header count. */
static const struct awsc_ep_endpoint rs_endpoints[] = {
    /* 0 */ {45, 0, 0, 0}, /* "https://{Bucket}.ec2.s3-outposts.{Region}.{regionPartition#dnsSuffix}" */
    /* 1 */ {56, 7, 0, 0}, /* "https://{Bucket}.ec2.{url#authority}" */
    /* 2 */ {59, 14, 0, 0}, /* "https://{Bucket}.op-{outpostId}.s3-outposts.{Region}.{regionPartition#dnsSuffix}" */
    /* 3 */ {60, 21, 0, 0}, /* "https://{Bucket}.op-{outpostId}.{url#authority}" */
    /* 4 */ {105, 28, 0, 0}, /* "https://s3.dualstack.us-east-1.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
    /* 5 */ {113, 35, 0, 0}, /* "https://s3.dualstack.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
    /* 6 */ {116, 42, 0, 0}, /* "{url#scheme}://{url#authority}{url#normalizedPath}{uri_encoded_bucket}" */
    /* 7 */ {116, 49, 0, 0}, /* "{url#scheme}://{url#authority}{url#normalizedPath}{uri_encoded_bucket}" */
    /* 8 */ {118, 56, 0, 0}, /* "https://s3.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
    /* 9 */ {119, 63, 0, 0}, /* "https://s3.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
    /* 10 */ {118, 70, 0, 0}, /* "https://s3.{partitionResult#dnsSuffix}/{uri_encoded_bucket}" */
    /* 11 */ {133, 77, 0, 0}, /* "https://{Bucket}.s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}" */
    /* 12 */ {135, 84, 0, 0}, /* "https://{Bucket}.s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}" */
    /* 13 */ {137, 91, 0, 0}, /* "https://{Bucket}.s3-fips.us-east-1.{partitionResult#dnsSuffix}" */
    /* 14 */ {139, 98, 0, 0}, /* "https://{Bucket}.s3-fips.{Region}.{partitionResult#dnsSuffix}" */
    /* 15 */ {141, 105, 0, 0}, /* "https://{Bucket}.s3-accelerate.dualstack.us-east-1.{partitionResult#dnsSuffix}" */
    /* 16 */ {143, 112, 0, 0}, /* "https://{Bucket}.s3-accelerate.dualstack.{partitionResult#dnsSuffix}" */
    /* 17 */ {145, 119, 0, 0}, /* "https://{Bucket}.s3.dualstack.us-east-1.{partitionResult#dnsSuffix}" */
    /* 18 */ {147, 126, 0, 0}, /* "https://{Bucket}.s3.dualstack.{Region}.{partitionResult#dnsSuffix}" */
    /* 19 */ {150, 133, 0, 0}, /* "{url#scheme}://{url#authority}{url#normalizedPath}{Bucket}" */
    /* 20 */ {153, 140, 0, 0}, /* "{url#scheme}://{Bucket}.{url#authority}{url#path}" */
    /* 21 */ {150, 147, 0, 0}, /* "{url#scheme}://{url#authority}{url#normalizedPath}{Bucket}" */
    /* 22 */ {153, 154, 0, 0}, /* "{url#scheme}://{Bucket}.{url#authority}{url#path}" */
    /* 23 */ {155, 161, 0, 0}, /* "https://{Bucket}.s3-accelerate.{partitionResult#dnsSuffix}" */
    /* 24 */ {155, 168, 0, 0}, /* "https://{Bucket}.s3-accelerate.{partitionResult#dnsSuffix}" */
    /* 25 */ {157, 175, 0, 0}, /* "https://{Bucket}.s3.{partitionResult#dnsSuffix}" */
    /* 26 */ {158, 182, 0, 0}, /* "https://{Bucket}.s3.{Region}.{partitionResult#dnsSuffix}" */
    /* 27 */ {157, 189, 0, 0}, /* "https://{Bucket}.s3.{partitionResult#dnsSuffix}" */
    /* 28 */ {232, 196, 0, 0}, /* "{url#scheme}://{accessPointName}-{bucketArn#accountId}.{url#authority}{url#path}" */
    /* 29 */ {235, 203, 0, 0}, /* "https://{accessPointName}-{bucketArn#accountId}.s3-object-lambda-fips.{bucketArn#region}.{bucketPartition ... */
    /* 30 */ {237, 210, 0, 0}, /* "https://{accessPointName}-{bucketArn#accountId}.s3-object-lambda.{bucketArn#region}.{bucketPartition#dnsS ... */
    /* 31 */ {244, 217, 0, 0}, /* "https://{accessPointName}-{bucketArn#accountId}.s3-accesspoint-fips.dualstack.{bucketArn#region}.{bucketP ... */
    /* 32 */ {246, 224, 0, 0}, /* "https://{accessPointName}-{bucketArn#accountId}.s3-accesspoint-fips.{bucketArn#region}.{bucketPartition#d ... */
    /* 33 */ {248, 231, 0, 0}, /* "https://{accessPointName}-{bucketArn#accountId}.s3-accesspoint.dualstack.{bucketArn#region}.{bucketPartit ... */
    /* 34 */ {232, 238, 0, 0}, /* "{url#scheme}://{accessPointName}-{bucketArn#accountId}.{url#authority}{url#path}" */
    /* 35 */ {250, 245, 0, 0}, /* "https://{accessPointName}-{bucketArn#accountId}.s3-accesspoint.{bucketArn#region}.{bucketPartition#dnsSuf ... */
    /* 36 */ {269, 252, 0, 0}, /* "https://{accessPointName}.accesspoint.s3-global.{mrapPartition#dnsSuffix}" */
    /* 37 */ {290, 260, 0, 0}, /* "https://{accessPointName}-{bucketArn#accountId}.{outpostId}.{url#authority}" */
    /* 38 */ {291, 267, 0, 0}, /* "https://{accessPointName}-{bucketArn#accountId}.{outpostId}.s3-outposts.{bucketArn#region}.{bucketPartiti ... */
    /* 39 */ {293, 274, 0, 0}, /* "{url#scheme}://{url#authority}{url#path}" */
    /* 40 */ {295, 281, 0, 0}, /* "https://s3-object-lambda-fips.{Region}.{partitionResult#dnsSuffix}" */
    /* 41 */ {297, 288, 0, 0}, /* "https://s3-object-lambda.{Region}.{partitionResult#dnsSuffix}" */
    /* 42 */ {293, 295, 0, 0}, /* "{url#scheme}://{url#authority}{url#path}" */
    /* 43 */ {293, 302, 0, 0}, /* "{url#scheme}://{url#authority}{url#path}" */
    /* 44 */ {299, 309, 0, 0}, /* "https://s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}" */
    /* 45 */ {301, 316, 0, 0}, /* "https://s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}" */
    /* 46 */ {303, 323, 0, 0}, /* "https://s3-fips.us-east-1.{partitionResult#dnsSuffix}" */
    /* 47 */ {305, 330, 0, 0}, /* "https://s3-fips.{Region}.{partitionResult#dnsSuffix}" */
    /* 48 */ {306, 337, 0, 0}, /* "https://s3.dualstack.us-east-1.{partitionResult#dnsSuffix}" */
    /* 49 */ {307, 344, 0, 0}, /* "https://s3.dualstack.{Region}.{partitionResult#dnsSuffix}" */
    /* 50 */ {308, 351, 0, 0}, /* "https://s3.{partitionResult#dnsSuffix}" */
    /* 51 */ {309, 358, 0, 0}, /* "https://s3.{Region}.{partitionResult#dnsSuffix}" */
    /* 52 */ {308, 365, 0, 0}, /* "https://s3.{partitionResult#dnsSuffix}" */
};
static const struct awsc_ep_prop rs_props[] = {
    /* 0 */ {NULL, AWSC_EP_PROP_OBJECT, 1, 1},
    /* 1 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 2, 1},
    /* 2 */ {NULL, AWSC_EP_PROP_OBJECT, 3, 4},
    /* 3 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 4 */ {"signingName", AWSC_EP_PROP_STRING, 47, 0},
    /* 5 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 6 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 7 */ {NULL, AWSC_EP_PROP_OBJECT, 8, 1},
    /* 8 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 9, 1},
    /* 9 */ {NULL, AWSC_EP_PROP_OBJECT, 10, 4},
    /* 10 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 11 */ {"signingName", AWSC_EP_PROP_STRING, 47, 0},
    /* 12 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 13 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 14 */ {NULL, AWSC_EP_PROP_OBJECT, 15, 1},
    /* 15 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 16, 1},
    /* 16 */ {NULL, AWSC_EP_PROP_OBJECT, 17, 4},
    /* 17 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 18 */ {"signingName", AWSC_EP_PROP_STRING, 47, 0},
    /* 19 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 20 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 21 */ {NULL, AWSC_EP_PROP_OBJECT, 22, 1},
    /* 22 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 23, 1},
    /* 23 */ {NULL, AWSC_EP_PROP_OBJECT, 24, 4},
    /* 24 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 25 */ {"signingName", AWSC_EP_PROP_STRING, 47, 0},
    /* 26 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 27 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 28 */ {NULL, AWSC_EP_PROP_OBJECT, 29, 1},
    /* 29 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 30, 1},
    /* 30 */ {NULL, AWSC_EP_PROP_OBJECT, 31, 4},
    /* 31 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 32 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 33 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 34 */ {"signingRegion", AWSC_EP_PROP_STRING, 107, 0},
    /* 35 */ {NULL, AWSC_EP_PROP_OBJECT, 36, 1},
    /* 36 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 37, 1},
    /* 37 */ {NULL, AWSC_EP_PROP_OBJECT, 38, 4},
    /* 38 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 39 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 40 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 41 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 42 */ {NULL, AWSC_EP_PROP_OBJECT, 43, 1},
    /* 43 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 44, 1},
    /* 44 */ {NULL, AWSC_EP_PROP_OBJECT, 45, 4},
    /* 45 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 46 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 47 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 48 */ {"signingRegion", AWSC_EP_PROP_STRING, 107, 0},
    /* 49 */ {NULL, AWSC_EP_PROP_OBJECT, 50, 1},
    /* 50 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 51, 1},
    /* 51 */ {NULL, AWSC_EP_PROP_OBJECT, 52, 4},
    /* 52 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 53 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 54 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 55 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 56 */ {NULL, AWSC_EP_PROP_OBJECT, 57, 1},
    /* 57 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 58, 1},
    /* 58 */ {NULL, AWSC_EP_PROP_OBJECT, 59, 4},
    /* 59 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 60 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 61 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 62 */ {"signingRegion", AWSC_EP_PROP_STRING, 107, 0},
    /* 63 */ {NULL, AWSC_EP_PROP_OBJECT, 64, 1},
    /* 64 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 65, 1},
    /* 65 */ {NULL, AWSC_EP_PROP_OBJECT, 66, 4},
    /* 66 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 67 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 68 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 69 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 70 */ {NULL, AWSC_EP_PROP_OBJECT, 71, 1},
    /* 71 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 72, 1},
    /* 72 */ {NULL, AWSC_EP_PROP_OBJECT, 73, 4},
    /* 73 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 74 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 75 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 76 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 77 */ {NULL, AWSC_EP_PROP_OBJECT, 78, 1},
    /* 78 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 79, 1},
    /* 79 */ {NULL, AWSC_EP_PROP_OBJECT, 80, 4},
    /* 80 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 81 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 82 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 83 */ {"signingRegion", AWSC_EP_PROP_STRING, 107, 0},
    /* 84 */ {NULL, AWSC_EP_PROP_OBJECT, 85, 1},
    /* 85 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 86, 1},
    /* 86 */ {NULL, AWSC_EP_PROP_OBJECT, 87, 4},
    /* 87 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 88 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 89 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 90 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 91 */ {NULL, AWSC_EP_PROP_OBJECT, 92, 1},
    /* 92 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 93, 1},
    /* 93 */ {NULL, AWSC_EP_PROP_OBJECT, 94, 4},
    /* 94 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 95 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 96 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 97 */ {"signingRegion", AWSC_EP_PROP_STRING, 107, 0},
    /* 98 */ {NULL, AWSC_EP_PROP_OBJECT, 99, 1},
    /* 99 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 100, 1},
    /* 100 */ {NULL, AWSC_EP_PROP_OBJECT, 101, 4},
    /* 101 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 102 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 103 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 104 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 105 */ {NULL, AWSC_EP_PROP_OBJECT, 106, 1},
    /* 106 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 107, 1},
    /* 107 */ {NULL, AWSC_EP_PROP_OBJECT, 108, 4},
    /* 108 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 109 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 110 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 111 */ {"signingRegion", AWSC_EP_PROP_STRING, 107, 0},
    /* 112 */ {NULL, AWSC_EP_PROP_OBJECT, 113, 1},
    /* 113 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 114, 1},
    /* 114 */ {NULL, AWSC_EP_PROP_OBJECT, 115, 4},
    /* 115 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 116 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 117 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 118 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 119 */ {NULL, AWSC_EP_PROP_OBJECT, 120, 1},
    /* 120 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 121, 1},
    /* 121 */ {NULL, AWSC_EP_PROP_OBJECT, 122, 4},
    /* 122 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 123 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 124 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 125 */ {"signingRegion", AWSC_EP_PROP_STRING, 107, 0},
    /* 126 */ {NULL, AWSC_EP_PROP_OBJECT, 127, 1},
    /* 127 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 128, 1},
    /* 128 */ {NULL, AWSC_EP_PROP_OBJECT, 129, 4},
    /* 129 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 130 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 131 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 132 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 133 */ {NULL, AWSC_EP_PROP_OBJECT, 134, 1},
    /* 134 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 135, 1},
    /* 135 */ {NULL, AWSC_EP_PROP_OBJECT, 136, 4},
    /* 136 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 137 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 138 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 139 */ {"signingRegion", AWSC_EP_PROP_STRING, 107, 0},
    /* 140 */ {NULL, AWSC_EP_PROP_OBJECT, 141, 1},
    /* 141 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 142, 1},
    /* 142 */ {NULL, AWSC_EP_PROP_OBJECT, 143, 4},
    /* 143 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 144 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 145 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 146 */ {"signingRegion", AWSC_EP_PROP_STRING, 107, 0},
    /* 147 */ {NULL, AWSC_EP_PROP_OBJECT, 148, 1},
    /* 148 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 149, 1},
    /* 149 */ {NULL, AWSC_EP_PROP_OBJECT, 150, 4},
    /* 150 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 151 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 152 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 153 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 154 */ {NULL, AWSC_EP_PROP_OBJECT, 155, 1},
    /* 155 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 156, 1},
    /* 156 */ {NULL, AWSC_EP_PROP_OBJECT, 157, 4},
    /* 157 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 158 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 159 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 160 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 161 */ {NULL, AWSC_EP_PROP_OBJECT, 162, 1},
    /* 162 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 163, 1},
    /* 163 */ {NULL, AWSC_EP_PROP_OBJECT, 164, 4},
    /* 164 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 165 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 166 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 167 */ {"signingRegion", AWSC_EP_PROP_STRING, 107, 0},
    /* 168 */ {NULL, AWSC_EP_PROP_OBJECT, 169, 1},
    /* 169 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 170, 1},
    /* 170 */ {NULL, AWSC_EP_PROP_OBJECT, 171, 4},
    /* 171 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 172 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 173 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 174 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 175 */ {NULL, AWSC_EP_PROP_OBJECT, 176, 1},
    /* 176 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 177, 1},
    /* 177 */ {NULL, AWSC_EP_PROP_OBJECT, 178, 4},
    /* 178 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 179 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 180 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 181 */ {"signingRegion", AWSC_EP_PROP_STRING, 107, 0},
    /* 182 */ {NULL, AWSC_EP_PROP_OBJECT, 183, 1},
    /* 183 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 184, 1},
    /* 184 */ {NULL, AWSC_EP_PROP_OBJECT, 185, 4},
    /* 185 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 186 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 187 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 188 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 189 */ {NULL, AWSC_EP_PROP_OBJECT, 190, 1},
    /* 190 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 191, 1},
    /* 191 */ {NULL, AWSC_EP_PROP_OBJECT, 192, 4},
    /* 192 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 193 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 194 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 195 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 196 */ {NULL, AWSC_EP_PROP_OBJECT, 197, 1},
    /* 197 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 198, 1},
    /* 198 */ {NULL, AWSC_EP_PROP_OBJECT, 199, 4},
    /* 199 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 200 */ {"signingName", AWSC_EP_PROP_STRING, 167, 0},
    /* 201 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 202 */ {"signingRegion", AWSC_EP_PROP_STRING, 186, 0},
    /* 203 */ {NULL, AWSC_EP_PROP_OBJECT, 204, 1},
    /* 204 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 205, 1},
    /* 205 */ {NULL, AWSC_EP_PROP_OBJECT, 206, 4},
    /* 206 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 207 */ {"signingName", AWSC_EP_PROP_STRING, 167, 0},
    /* 208 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 209 */ {"signingRegion", AWSC_EP_PROP_STRING, 186, 0},
    /* 210 */ {NULL, AWSC_EP_PROP_OBJECT, 211, 1},
    /* 211 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 212, 1},
    /* 212 */ {NULL, AWSC_EP_PROP_OBJECT, 213, 4},
    /* 213 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 214 */ {"signingName", AWSC_EP_PROP_STRING, 167, 0},
    /* 215 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 216 */ {"signingRegion", AWSC_EP_PROP_STRING, 186, 0},
    /* 217 */ {NULL, AWSC_EP_PROP_OBJECT, 218, 1},
    /* 218 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 219, 1},
    /* 219 */ {NULL, AWSC_EP_PROP_OBJECT, 220, 4},
    /* 220 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 221 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 222 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 223 */ {"signingRegion", AWSC_EP_PROP_STRING, 186, 0},
    /* 224 */ {NULL, AWSC_EP_PROP_OBJECT, 225, 1},
    /* 225 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 226, 1},
    /* 226 */ {NULL, AWSC_EP_PROP_OBJECT, 227, 4},
    /* 227 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 228 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 229 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 230 */ {"signingRegion", AWSC_EP_PROP_STRING, 186, 0},
    /* 231 */ {NULL, AWSC_EP_PROP_OBJECT, 232, 1},
    /* 232 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 233, 1},
    /* 233 */ {NULL, AWSC_EP_PROP_OBJECT, 234, 4},
    /* 234 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 235 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 236 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 237 */ {"signingRegion", AWSC_EP_PROP_STRING, 186, 0},
    /* 238 */ {NULL, AWSC_EP_PROP_OBJECT, 239, 1},
    /* 239 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 240, 1},
    /* 240 */ {NULL, AWSC_EP_PROP_OBJECT, 241, 4},
    /* 241 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 242 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 243 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 244 */ {"signingRegion", AWSC_EP_PROP_STRING, 186, 0},
    /* 245 */ {NULL, AWSC_EP_PROP_OBJECT, 246, 1},
    /* 246 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 247, 1},
    /* 247 */ {NULL, AWSC_EP_PROP_OBJECT, 248, 4},
    /* 248 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 249 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 250 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 251 */ {"signingRegion", AWSC_EP_PROP_STRING, 186, 0},
    /* 252 */ {NULL, AWSC_EP_PROP_OBJECT, 253, 1},
    /* 253 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 254, 1},
    /* 254 */ {NULL, AWSC_EP_PROP_OBJECT, 255, 4},
    /* 255 */ {"name", AWSC_EP_PROP_STRING, 270, 0},
    /* 256 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 257 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 258 */ {"signingRegionSet", AWSC_EP_PROP_ARRAY, 259, 1},
    /* 259 */ {NULL, AWSC_EP_PROP_STRING, 271, 0},
    /* 260 */ {NULL, AWSC_EP_PROP_OBJECT, 261, 1},
    /* 261 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 262, 1},
    /* 262 */ {NULL, AWSC_EP_PROP_OBJECT, 263, 4},
    /* 263 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 264 */ {"signingName", AWSC_EP_PROP_STRING, 47, 0},
    /* 265 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 266 */ {"signingRegion", AWSC_EP_PROP_STRING, 186, 0},
    /* 267 */ {NULL, AWSC_EP_PROP_OBJECT, 268, 1},
    /* 268 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 269, 1},
    /* 269 */ {NULL, AWSC_EP_PROP_OBJECT, 270, 4},
    /* 270 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 271 */ {"signingName", AWSC_EP_PROP_STRING, 47, 0},
    /* 272 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 273 */ {"signingRegion", AWSC_EP_PROP_STRING, 186, 0},
    /* 274 */ {NULL, AWSC_EP_PROP_OBJECT, 275, 1},
    /* 275 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 276, 1},
    /* 276 */ {NULL, AWSC_EP_PROP_OBJECT, 277, 4},
    /* 277 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 278 */ {"signingName", AWSC_EP_PROP_STRING, 167, 0},
    /* 279 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 280 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 281 */ {NULL, AWSC_EP_PROP_OBJECT, 282, 1},
    /* 282 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 283, 1},
    /* 283 */ {NULL, AWSC_EP_PROP_OBJECT, 284, 4},
    /* 284 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 285 */ {"signingName", AWSC_EP_PROP_STRING, 167, 0},
    /* 286 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 287 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 288 */ {NULL, AWSC_EP_PROP_OBJECT, 289, 1},
    /* 289 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 290, 1},
    /* 290 */ {NULL, AWSC_EP_PROP_OBJECT, 291, 4},
    /* 291 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 292 */ {"signingName", AWSC_EP_PROP_STRING, 167, 0},
    /* 293 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 294 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 295 */ {NULL, AWSC_EP_PROP_OBJECT, 296, 1},
    /* 296 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 297, 1},
    /* 297 */ {NULL, AWSC_EP_PROP_OBJECT, 298, 4},
    /* 298 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 299 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 300 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 301 */ {"signingRegion", AWSC_EP_PROP_STRING, 107, 0},
    /* 302 */ {NULL, AWSC_EP_PROP_OBJECT, 303, 1},
    /* 303 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 304, 1},
    /* 304 */ {NULL, AWSC_EP_PROP_OBJECT, 305, 4},
    /* 305 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 306 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 307 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 308 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 309 */ {NULL, AWSC_EP_PROP_OBJECT, 310, 1},
    /* 310 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 311, 1},
    /* 311 */ {NULL, AWSC_EP_PROP_OBJECT, 312, 4},
    /* 312 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 313 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 314 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 315 */ {"signingRegion", AWSC_EP_PROP_STRING, 107, 0},
    /* 316 */ {NULL, AWSC_EP_PROP_OBJECT, 317, 1},
    /* 317 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 318, 1},
    /* 318 */ {NULL, AWSC_EP_PROP_OBJECT, 319, 4},
    /* 319 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 320 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 321 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 322 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 323 */ {NULL, AWSC_EP_PROP_OBJECT, 324, 1},
    /* 324 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 325, 1},
    /* 325 */ {NULL, AWSC_EP_PROP_OBJECT, 326, 4},
    /* 326 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 327 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 328 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 329 */ {"signingRegion", AWSC_EP_PROP_STRING, 107, 0},
    /* 330 */ {NULL, AWSC_EP_PROP_OBJECT, 331, 1},
    /* 331 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 332, 1},
    /* 332 */ {NULL, AWSC_EP_PROP_OBJECT, 333, 4},
    /* 333 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 334 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 335 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 336 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 337 */ {NULL, AWSC_EP_PROP_OBJECT, 338, 1},
    /* 338 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 339, 1},
    /* 339 */ {NULL, AWSC_EP_PROP_OBJECT, 340, 4},
    /* 340 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 341 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 342 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 343 */ {"signingRegion", AWSC_EP_PROP_STRING, 107, 0},
    /* 344 */ {NULL, AWSC_EP_PROP_OBJECT, 345, 1},
    /* 345 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 346, 1},
    /* 346 */ {NULL, AWSC_EP_PROP_OBJECT, 347, 4},
    /* 347 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 348 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 349 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 350 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 351 */ {NULL, AWSC_EP_PROP_OBJECT, 352, 1},
    /* 352 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 353, 1},
    /* 353 */ {NULL, AWSC_EP_PROP_OBJECT, 354, 4},
    /* 354 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 355 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 356 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 357 */ {"signingRegion", AWSC_EP_PROP_STRING, 107, 0},
    /* 358 */ {NULL, AWSC_EP_PROP_OBJECT, 359, 1},
    /* 359 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 360, 1},
    /* 360 */ {NULL, AWSC_EP_PROP_OBJECT, 361, 4},
    /* 361 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 362 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 363 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 364 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
    /* 365 */ {NULL, AWSC_EP_PROP_OBJECT, 366, 1},
    /* 366 */ {"authSchemes", AWSC_EP_PROP_ARRAY, 367, 1},
    /* 367 */ {NULL, AWSC_EP_PROP_OBJECT, 368, 4},
    /* 368 */ {"name", AWSC_EP_PROP_STRING, 46, 0},
    /* 369 */ {"signingName", AWSC_EP_PROP_STRING, 106, 0},
    /* 370 */ {"disableDoubleEncoding", AWSC_EP_PROP_BOOL, 1, 0},
    /* 371 */ {"signingRegion", AWSC_EP_PROP_STRING, 0, 0},
};

/* Rules: type, condition count, first condition, then a tree's first
 * child and child count, an endpoint's index, or an error's message. */
static const struct awsc_ep_rule rs_rules[] = {
    /* 0 */ {AWSC_EP_RULE_TREE, 0, 0, 1, 2}, /* always */
    /* 1 */ {AWSC_EP_RULE_TREE, 1, 0, 3, 1}, /* isSet(Region) */
    /* 2 */ {AWSC_EP_RULE_ERROR, 0, 1, 2, 0}, /* always */
    /* 3 */ {AWSC_EP_RULE_TREE, 0, 1, 4, 4}, /* always */
    /* 4 */ {AWSC_EP_RULE_TREE, 7, 1, 8, 2}, /* isSet(Bucket) && hardwareType = substring(Bucket, 49, 50, true) && regionPrefix = subs ... */
    /* 5 */ {AWSC_EP_RULE_TREE, 1, 8, 22, 2}, /* isSet(Bucket) */
    /* 6 */ {AWSC_EP_RULE_TREE, 2, 9, 316, 2}, /* isSet(UseObjectLambdaEndpoint) && booleanEquals(UseObjectLambdaEndpoint, true) */
    /* 7 */ {AWSC_EP_RULE_TREE, 1, 11, 331, 2}, /* not(isSet(Bucket)) */
    /* 8 */ {AWSC_EP_RULE_TREE, 1, 12, 10, 1}, /* isValidHostLabel(outpostId, false) */
    /* 9 */ {AWSC_EP_RULE_ERROR, 0, 13, 28, 0}, /* always */
    /* 10 */ {AWSC_EP_RULE_TREE, 0, 13, 11, 3}, /* always */
    /* 11 */ {AWSC_EP_RULE_TREE, 1, 13, 14, 2}, /* stringEquals(hardwareType, "e") */
    /* 12 */ {AWSC_EP_RULE_TREE, 1, 14, 18, 2}, /* stringEquals(hardwareType, "o") */
    /* 13 */ {AWSC_EP_RULE_ERROR, 0, 15, 36, 0}, /* always */
    /* 14 */ {AWSC_EP_RULE_TREE, 1, 15, 16, 2}, /* stringEquals(regionPrefix, "beta") */
    /* 15 */ {AWSC_EP_RULE_ENDPOINT, 0, 16, 0, 0}, /* always */
    /* 16 */ {AWSC_EP_RULE_ERROR, 1, 16, 51, 0}, /* not(isSet(Endpoint)) */
    /* 17 */ {AWSC_EP_RULE_ENDPOINT, 2, 17, 1, 0}, /* isSet(Endpoint) && url = parseURL(Endpoint) */
    /* 18 */ {AWSC_EP_RULE_TREE, 1, 19, 20, 2}, /* stringEquals(regionPrefix, "beta") */
    /* 19 */ {AWSC_EP_RULE_ENDPOINT, 0, 20, 2, 0}, /* always */
    /* 20 */ {AWSC_EP_RULE_ERROR, 1, 20, 51, 0}, /* not(isSet(Endpoint)) */
    /* 21 */ {AWSC_EP_RULE_ENDPOINT, 2, 21, 3, 0}, /* isSet(Endpoint) && url = parseURL(Endpoint) */
    /* 22 */ {AWSC_EP_RULE_ERROR, 2, 23, 65, 0}, /* isSet(Endpoint) && not(isSet(parseURL(Endpoint))) */
    /* 23 */ {AWSC_EP_RULE_TREE, 0, 25, 24, 6}, /* always */
    /* 24 */ {AWSC_EP_RULE_TREE, 2, 25, 30, 1}, /* isSet(ForcePathStyle) && booleanEquals(ForcePathStyle, true) */
    /* 25 */ {AWSC_EP_RULE_TREE, 1, 27, 61, 2}, /* aws.isVirtualHostableS3Bucket(Bucket, false) */
    /* 26 */ {AWSC_EP_RULE_TREE, 7, 28, 123, 2}, /* isSet(Endpoint) && url = parseURL(Endpoint) && stringEquals(url#scheme, "http") && aws ... */
    /* 27 */ {AWSC_EP_RULE_TREE, 1, 35, 129, 2}, /* bucketArn = aws.parseArn(Bucket) */
    /* 28 */ {AWSC_EP_RULE_ERROR, 3, 36, 90, 0}, /* arnPrefix = substring(Bucket, 0, 4, false) && stringEquals(arnPrefix, "arn:") && not(i ... */
    /* 29 */ {AWSC_EP_RULE_TREE, 1, 39, 288, 2}, /* uri_encoded_bucket = uriEncode(Bucket) */
    /* 30 */ {AWSC_EP_RULE_TREE, 0, 40, 31, 2}, /* always */
    /* 31 */ {AWSC_EP_RULE_ERROR, 1, 40, 92, 0}, /* aws.parseArn(Bucket) */
    /* 32 */ {AWSC_EP_RULE_TREE, 1, 41, 33, 2}, /* uri_encoded_bucket = uriEncode(Bucket) */
    /* 33 */ {AWSC_EP_RULE_ERROR, 2, 42, 94, 0}, /* booleanEquals(UseDualStack, true) && isSet(Endpoint) */
    /* 34 */ {AWSC_EP_RULE_TREE, 0, 44, 35, 2}, /* always */
    /* 35 */ {AWSC_EP_RULE_TREE, 1, 44, 37, 1}, /* partitionResult = aws.partition(Region) */
    /* 36 */ {AWSC_EP_RULE_ERROR, 0, 45, 95, 0}, /* always */
    /* 37 */ {AWSC_EP_RULE_TREE, 0, 45, 38, 2}, /* always */
    /* 38 */ {AWSC_EP_RULE_TREE, 1, 45, 40, 1}, /* booleanEquals(Accelerate, false) */
    /* 39 */ {AWSC_EP_RULE_ERROR, 0, 46, 96, 0}, /* always */
    /* 40 */ {AWSC_EP_RULE_TREE, 0, 46, 41, 2}, /* always */
    /* 41 */ {AWSC_EP_RULE_TREE, 1, 46, 43, 1}, /* booleanEquals(UseFIPS, false) */
    /* 42 */ {AWSC_EP_RULE_ERROR, 0, 47, 97, 0}, /* always */
    /* 43 */ {AWSC_EP_RULE_TREE, 0, 47, 44, 12}, /* always */
    /* 44 */ {AWSC_EP_RULE_ENDPOINT, 3, 47, 4, 0}, /* booleanEquals(UseDualStack, true) && not(isSet(Endpoint)) && stringEquals(Region, "aws ... */
    /* 45 */ {AWSC_EP_RULE_ENDPOINT, 3, 50, 4, 0}, /* booleanEquals(UseDualStack, true) && not(isSet(Endpoint)) && stringEquals(Region, "aws ... */
    /* 46 */ {AWSC_EP_RULE_TREE, 4, 53, 56, 1}, /* booleanEquals(UseDualStack, true) && not(isSet(Endpoint)) && not(stringEquals(Region,  ... */
    /* 47 */ {AWSC_EP_RULE_ENDPOINT, 4, 57, 5, 0}, /* booleanEquals(UseDualStack, true) && not(isSet(Endpoint)) && not(stringEquals(Region,  ... */
    /* 48 */ {AWSC_EP_RULE_ENDPOINT, 4, 61, 6, 0}, /* booleanEquals(UseDualStack, false) && isSet(Endpoint) && url = parseURL(Endpoint) && s ... */
    /* 49 */ {AWSC_EP_RULE_ENDPOINT, 4, 65, 6, 0}, /* booleanEquals(UseDualStack, false) && isSet(Endpoint) && url = parseURL(Endpoint) && s ... */
    /* 50 */ {AWSC_EP_RULE_TREE, 5, 69, 57, 2}, /* booleanEquals(UseDualStack, false) && isSet(Endpoint) && url = parseURL(Endpoint) && n ... */
    /* 51 */ {AWSC_EP_RULE_ENDPOINT, 5, 74, 7, 0}, /* booleanEquals(UseDualStack, false) && isSet(Endpoint) && url = parseURL(Endpoint) && n ... */
    /* 52 */ {AWSC_EP_RULE_ENDPOINT, 3, 79, 8, 0}, /* booleanEquals(UseDualStack, false) && not(isSet(Endpoint)) && stringEquals(Region, "aw ... */
    /* 53 */ {AWSC_EP_RULE_ENDPOINT, 3, 82, 8, 0}, /* booleanEquals(UseDualStack, false) && not(isSet(Endpoint)) && stringEquals(Region, "aw ... */
    /* 54 */ {AWSC_EP_RULE_TREE, 4, 85, 59, 2}, /* booleanEquals(UseDualStack, false) && not(isSet(Endpoint)) && not(stringEquals(Region, ... */
    /* 55 */ {AWSC_EP_RULE_ENDPOINT, 4, 89, 9, 0}, /* booleanEquals(UseDualStack, false) && not(isSet(Endpoint)) && not(stringEquals(Region, ... */
    /* 56 */ {AWSC_EP_RULE_ENDPOINT, 0, 93, 5, 0}, /* always */
    /* 57 */ {AWSC_EP_RULE_ENDPOINT, 1, 93, 7, 0}, /* stringEquals(Region, "us-east-1") */
    /* 58 */ {AWSC_EP_RULE_ENDPOINT, 0, 94, 7, 0}, /* always */
    /* 59 */ {AWSC_EP_RULE_ENDPOINT, 1, 94, 10, 0}, /* stringEquals(Region, "us-east-1") */
    /* 60 */ {AWSC_EP_RULE_ENDPOINT, 0, 95, 9, 0}, /* always */
    /* 61 */ {AWSC_EP_RULE_TREE, 1, 95, 63, 1}, /* partitionResult = aws.partition(Region) */
    /* 62 */ {AWSC_EP_RULE_ERROR, 0, 96, 95, 0}, /* always */
    /* 63 */ {AWSC_EP_RULE_TREE, 0, 96, 64, 2}, /* always */
    /* 64 */ {AWSC_EP_RULE_TREE, 1, 96, 66, 1}, /* isValidHostLabel(Region, false) */
    /* 65 */ {AWSC_EP_RULE_ERROR, 0, 97, 122, 0}, /* always */
    /* 66 */ {AWSC_EP_RULE_TREE, 0, 97, 67, 2}, /* always */
    /* 67 */ {AWSC_EP_RULE_ERROR, 2, 97, 127, 0}, /* booleanEquals(UseFIPS, true) && stringEquals(partitionResult#name, "aws-cn") */
    /* 68 */ {AWSC_EP_RULE_TREE, 0, 99, 69, 2}, /* always */
    /* 69 */ {AWSC_EP_RULE_ERROR, 2, 99, 129, 0}, /* booleanEquals(Accelerate, true) && booleanEquals(UseFIPS, true) */
    /* 70 */ {AWSC_EP_RULE_TREE, 0, 101, 71, 2}, /* always */
    /* 71 */ {AWSC_EP_RULE_ERROR, 2, 101, 130, 0}, /* booleanEquals(Accelerate, true) && stringEquals(partitionResult#name, "aws-cn") */
    /* 72 */ {AWSC_EP_RULE_TREE, 0, 103, 73, 2}, /* always */
    /* 73 */ {AWSC_EP_RULE_ERROR, 2, 103, 131, 0}, /* isSet(Endpoint) && booleanEquals(UseDualStack, true) */
    /* 74 */ {AWSC_EP_RULE_TREE, 0, 105, 75, 2}, /* always */
    /* 75 */ {AWSC_EP_RULE_ERROR, 2, 105, 131, 0}, /* isSet(Endpoint) && booleanEquals(UseFIPS, true) */
    /* 76 */ {AWSC_EP_RULE_TREE, 0, 107, 77, 2}, /* always */
    /* 77 */ {AWSC_EP_RULE_ERROR, 2, 107, 131, 0}, /* isSet(Endpoint) && booleanEquals(Accelerate, true) */
    /* 78 */ {AWSC_EP_RULE_TREE, 0, 109, 79, 32}, /* always */
    /* 79 */ {AWSC_EP_RULE_ENDPOINT, 5, 109, 11, 0}, /* booleanEquals(UseDualStack, true) && booleanEquals(UseFIPS, true) && booleanEquals(Acc ... */
    /* 80 */ {AWSC_EP_RULE_ENDPOINT, 5, 114, 11, 0}, /* booleanEquals(UseDualStack, true) && booleanEquals(UseFIPS, true) && booleanEquals(Acc ... */
    /* 81 */ {AWSC_EP_RULE_TREE, 6, 119, 111, 1}, /* booleanEquals(UseDualStack, true) && booleanEquals(UseFIPS, true) && booleanEquals(Acc ... */
    /* 82 */ {AWSC_EP_RULE_ENDPOINT, 6, 125, 12, 0}, /* booleanEquals(UseDualStack, true) && booleanEquals(UseFIPS, true) && booleanEquals(Acc ... */
    /* 83 */ {AWSC_EP_RULE_ENDPOINT, 5, 131, 13, 0}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, true) && booleanEquals(Ac ... */
    /* 84 */ {AWSC_EP_RULE_ENDPOINT, 5, 136, 13, 0}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, true) && booleanEquals(Ac ... */
    /* 85 */ {AWSC_EP_RULE_TREE, 6, 141, 112, 1}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, true) && booleanEquals(Ac ... */
    /* 86 */ {AWSC_EP_RULE_ENDPOINT, 6, 147, 14, 0}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, true) && booleanEquals(Ac ... */
    /* 87 */ {AWSC_EP_RULE_ENDPOINT, 5, 153, 15, 0}, /* booleanEquals(UseDualStack, true) && booleanEquals(UseFIPS, false) && booleanEquals(Ac ... */
    /* 88 */ {AWSC_EP_RULE_ENDPOINT, 5, 158, 15, 0}, /* booleanEquals(UseDualStack, true) && booleanEquals(UseFIPS, false) && booleanEquals(Ac ... */
    /* 89 */ {AWSC_EP_RULE_TREE, 6, 163, 113, 1}, /* booleanEquals(UseDualStack, true) && booleanEquals(UseFIPS, false) && booleanEquals(Ac ... */
    /* 90 */ {AWSC_EP_RULE_ENDPOINT, 6, 169, 16, 0}, /* booleanEquals(UseDualStack, true) && booleanEquals(UseFIPS, false) && booleanEquals(Ac ... */
    /* 91 */ {AWSC_EP_RULE_ENDPOINT, 5, 175, 17, 0}, /* booleanEquals(UseDualStack, true) && booleanEquals(UseFIPS, false) && booleanEquals(Ac ... */
    /* 92 */ {AWSC_EP_RULE_ENDPOINT, 5, 180, 17, 0}, /* booleanEquals(UseDualStack, true) && booleanEquals(UseFIPS, false) && booleanEquals(Ac ... */
    /* 93 */ {AWSC_EP_RULE_TREE, 6, 185, 114, 1}, /* booleanEquals(UseDualStack, true) && booleanEquals(UseFIPS, false) && booleanEquals(Ac ... */
    /* 94 */ {AWSC_EP_RULE_ENDPOINT, 6, 191, 18, 0}, /* booleanEquals(UseDualStack, true) && booleanEquals(UseFIPS, false) && booleanEquals(Ac ... */
    /* 95 */ {AWSC_EP_RULE_ENDPOINT, 7, 197, 19, 0}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
    /* 96 */ {AWSC_EP_RULE_ENDPOINT, 7, 204, 20, 0}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
    /* 97 */ {AWSC_EP_RULE_ENDPOINT, 7, 211, 19, 0}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
    /* 98 */ {AWSC_EP_RULE_ENDPOINT, 7, 218, 20, 0}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
    /* 99 */ {AWSC_EP_RULE_TREE, 8, 225, 115, 2}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
    /* 100 */ {AWSC_EP_RULE_TREE, 8, 233, 117, 2}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
    /* 101 */ {AWSC_EP_RULE_ENDPOINT, 8, 241, 21, 0}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
    /* 102 */ {AWSC_EP_RULE_ENDPOINT, 8, 249, 22, 0}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
    /* 103 */ {AWSC_EP_RULE_ENDPOINT, 5, 257, 23, 0}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
    /* 104 */ {AWSC_EP_RULE_ENDPOINT, 5, 262, 23, 0}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
    /* 105 */ {AWSC_EP_RULE_TREE, 6, 267, 119, 2}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
    /* 106 */ {AWSC_EP_RULE_ENDPOINT, 6, 273, 24, 0}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
    /* 107 */ {AWSC_EP_RULE_ENDPOINT, 5, 279, 25, 0}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
    /* 108 */ {AWSC_EP_RULE_ENDPOINT, 5, 284, 25, 0}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
    /* 109 */ {AWSC_EP_RULE_TREE, 6, 289, 121, 2}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
    /* 110 */ {AWSC_EP_RULE_ENDPOINT, 6, 295, 26, 0}, /* booleanEquals(UseDualStack, false) && booleanEquals(UseFIPS, false) && booleanEquals(A ... */
    /* 111 */ {AWSC_EP_RULE_ENDPOINT, 0, 301, 12, 0}, /* always */
    /* 112 */ {AWSC_EP_RULE_ENDPOINT, 0, 301, 14, 0}, /* always */
    /* 113 */ {AWSC_EP_RULE_ENDPOINT, 0, 301, 16, 0}, /* always */
    /* 114 */ {AWSC_EP_RULE_ENDPOINT, 0, 301, 18, 0}, /* always */
    /* 115 */ {AWSC_EP_RULE_ENDPOINT, 1, 301, 21, 0}, /* stringEquals(Region, "us-east-1") */
    /* 116 */ {AWSC_EP_RULE_ENDPOINT, 0, 302, 21, 0}, /* always */
    /* 117 */ {AWSC_EP_RULE_ENDPOINT, 1, 302, 22, 0}, /* stringEquals(Region, "us-east-1") */
    /* 118 */ {AWSC_EP_RULE_ENDPOINT, 0, 303, 22, 0}, /* always */
    /* 119 */ {AWSC_EP_RULE_ENDPOINT, 1, 303, 24, 0}, /* stringEquals(Region, "us-east-1") */
    /* 120 */ {AWSC_EP_RULE_ENDPOINT, 0, 304, 24, 0}, /* always */
    /* 121 */ {AWSC_EP_RULE_ENDPOINT, 1, 304, 27, 0}, /* stringEquals(Region, "us-east-1") */
    /* 122 */ {AWSC_EP_RULE_ENDPOINT, 0, 305, 26, 0}, /* always */
    /* 123 */ {AWSC_EP_RULE_TREE, 1, 305, 125, 1}, /* partitionResult = aws.partition(Region) */
    /* 124 */ {AWSC_EP_RULE_ERROR, 0, 306, 95, 0}, /* always */
    /* 125 */ {AWSC_EP_RULE_TREE, 0, 306, 126, 2}, /* always */
    /* 126 */ {AWSC_EP_RULE_TREE, 1, 306, 128, 1}, /* isValidHostLabel(Region, false) */
    /* 127 */ {AWSC_EP_RULE_ERROR, 0, 307, 122, 0}, /* always */
    /* 128 */ {AWSC_EP_RULE_ENDPOINT, 0, 307, 22, 0}, /* always */
    /* 129 */ {AWSC_EP_RULE_TREE, 2, 307, 131, 1}, /* arnType = bucketArn#resourceId[0] && not(stringEquals(arnType, "")) */
    /* 130 */ {AWSC_EP_RULE_ERROR, 0, 309, 165, 0}, /* always */
    /* 131 */ {AWSC_EP_RULE_TREE, 0, 309, 132, 4}, /* always */
    /* 132 */ {AWSC_EP_RULE_TREE, 1, 309, 136, 2}, /* stringEquals(bucketArn#service, "s3-object-lambda") */
    /* 133 */ {AWSC_EP_RULE_TREE, 1, 310, 181, 2}, /* stringEquals(arnType, "accesspoint") */
    /* 134 */ {AWSC_EP_RULE_TREE, 1, 311, 246, 2}, /* stringEquals(bucketArn#service, "s3-outposts") */
    /* 135 */ {AWSC_EP_RULE_ERROR, 0, 312, 175, 0}, /* always */
    /* 136 */ {AWSC_EP_RULE_TREE, 1, 312, 138, 1}, /* stringEquals(arnType, "accesspoint") */
    /* 137 */ {AWSC_EP_RULE_ERROR, 0, 313, 178, 0}, /* always */
    /* 138 */ {AWSC_EP_RULE_TREE, 0, 313, 139, 2}, /* always */
    /* 139 */ {AWSC_EP_RULE_TREE, 2, 313, 141, 1}, /* accessPointName = bucketArn#resourceId[1] && not(stringEquals(accessPointName, "")) */
    /* 140 */ {AWSC_EP_RULE_ERROR, 0, 315, 183, 0}, /* always */
    /* 141 */ {AWSC_EP_RULE_TREE, 0, 315, 142, 2}, /* always */
    /* 142 */ {AWSC_EP_RULE_ERROR, 1, 315, 184, 0}, /* booleanEquals(UseDualStack, true) */
    /* 143 */ {AWSC_EP_RULE_TREE, 0, 316, 144, 2}, /* always */
    /* 144 */ {AWSC_EP_RULE_ERROR, 1, 316, 185, 0}, /* booleanEquals(Accelerate, true) */
    /* 145 */ {AWSC_EP_RULE_TREE, 0, 317, 146, 2}, /* always */
    /* 146 */ {AWSC_EP_RULE_TREE, 1, 317, 148, 1}, /* not(stringEquals(bucketArn#region, "")) */
    /* 147 */ {AWSC_EP_RULE_ERROR, 0, 318, 189, 0}, /* always */
    /* 148 */ {AWSC_EP_RULE_TREE, 0, 318, 149, 2}, /* always */
    /* 149 */ {AWSC_EP_RULE_ERROR, 2, 318, 193, 0}, /* isSet(DisableAccessPoints) && booleanEquals(DisableAccessPoints, true) */
    /* 150 */ {AWSC_EP_RULE_TREE, 0, 320, 151, 2}, /* always */
    /* 151 */ {AWSC_EP_RULE_TREE, 1, 320, 153, 1}, /* not(isSet(bucketArn#resourceId[2])) */
    /* 152 */ {AWSC_EP_RULE_ERROR, 0, 321, 197, 0}, /* always */
    /* 153 */ {AWSC_EP_RULE_TREE, 0, 321, 154, 2}, /* always */
    /* 154 */ {AWSC_EP_RULE_ERROR, 3, 321, 206, 0}, /* isSet(UseArnRegion) && booleanEquals(UseArnRegion, false) && not(stringEquals(bucketAr ... */
    /* 155 */ {AWSC_EP_RULE_TREE, 0, 324, 156, 2}, /* always */
    /* 156 */ {AWSC_EP_RULE_TREE, 1, 324, 158, 1}, /* bucketPartition = aws.partition(bucketArn#region) */
    /* 157 */ {AWSC_EP_RULE_ERROR, 0, 325, 209, 0}, /* always */
    /* 158 */ {AWSC_EP_RULE_TREE, 0, 325, 159, 2}, /* always */
    /* 159 */ {AWSC_EP_RULE_TREE, 1, 325, 161, 1}, /* partitionResult = aws.partition(Region) */
    /* 160 */ {AWSC_EP_RULE_ERROR, 0, 326, 95, 0}, /* always */
    /* 161 */ {AWSC_EP_RULE_TREE, 0, 326, 162, 2}, /* always */
    /* 162 */ {AWSC_EP_RULE_TREE, 1, 326, 164, 1}, /* stringEquals(bucketPartition#name, partitionResult#name) */
    /* 163 */ {AWSC_EP_RULE_ERROR, 0, 327, 216, 0}, /* always */
    /* 164 */ {AWSC_EP_RULE_TREE, 0, 327, 165, 2}, /* always */
    /* 165 */ {AWSC_EP_RULE_TREE, 1, 327, 167, 1}, /* isValidHostLabel(bucketArn#region, true) */
    /* 166 */ {AWSC_EP_RULE_ERROR, 0, 328, 220, 0}, /* always */
    /* 167 */ {AWSC_EP_RULE_TREE, 0, 328, 168, 2}, /* always */
    /* 168 */ {AWSC_EP_RULE_ERROR, 1, 328, 223, 0}, /* stringEquals(bucketArn#accountId, "") */
    /* 169 */ {AWSC_EP_RULE_TREE, 0, 329, 170, 2}, /* always */
    /* 170 */ {AWSC_EP_RULE_TREE, 1, 329, 172, 1}, /* isValidHostLabel(bucketArn#accountId, false) */
    /* 171 */ {AWSC_EP_RULE_ERROR, 0, 330, 226, 0}, /* always */
    /* 172 */ {AWSC_EP_RULE_TREE, 0, 330, 173, 2}, /* always */
    /* 173 */ {AWSC_EP_RULE_TREE, 1, 330, 175, 1}, /* isValidHostLabel(accessPointName, false) */
    /* 174 */ {AWSC_EP_RULE_ERROR, 0, 331, 229, 0}, /* always */
    /* 175 */ {AWSC_EP_RULE_TREE, 0, 331, 176, 2}, /* always */
    /* 176 */ {AWSC_EP_RULE_ERROR, 2, 331, 127, 0}, /* booleanEquals(UseFIPS, true) && stringEquals(bucketPartition#name, "aws-cn") */
    /* 177 */ {AWSC_EP_RULE_TREE, 0, 333, 178, 3}, /* always */
    /* 178 */ {AWSC_EP_RULE_ENDPOINT, 2, 333, 28, 0}, /* isSet(Endpoint) && url = parseURL(Endpoint) */
    /* 179 */ {AWSC_EP_RULE_ENDPOINT, 1, 335, 29, 0}, /* booleanEquals(UseFIPS, true) */
    /* 180 */ {AWSC_EP_RULE_ENDPOINT, 0, 336, 30, 0}, /* always */
    /* 181 */ {AWSC_EP_RULE_TREE, 2, 336, 183, 1}, /* accessPointName = bucketArn#resourceId[1] && not(stringEquals(accessPointName, "")) */
    /* 182 */ {AWSC_EP_RULE_ERROR, 0, 338, 183, 0}, /* always */
    /* 183 */ {AWSC_EP_RULE_TREE, 0, 338, 184, 2}, /* always */
    /* 184 */ {AWSC_EP_RULE_TREE, 1, 338, 186, 1}, /* not(stringEquals(bucketArn#region, "")) */
    /* 185 */ {AWSC_EP_RULE_TREE, 0, 339, 229, 2}, /* always */
    /* 186 */ {AWSC_EP_RULE_TREE, 1, 339, 187, 2}, /* stringEquals(arnType, "accesspoint") */
    /* 187 */ {AWSC_EP_RULE_TREE, 1, 340, 189, 1}, /* not(stringEquals(bucketArn#region, "")) */
    /* 188 */ {AWSC_EP_RULE_ERROR, 0, 341, 189, 0}, /* always */
    /* 189 */ {AWSC_EP_RULE_TREE, 0, 341, 190, 2}, /* always */
    /* 190 */ {AWSC_EP_RULE_ERROR, 2, 341, 193, 0}, /* isSet(DisableAccessPoints) && booleanEquals(DisableAccessPoints, true) */
    /* 191 */ {AWSC_EP_RULE_TREE, 0, 343, 192, 2}, /* always */
    /* 192 */ {AWSC_EP_RULE_TREE, 1, 343, 194, 1}, /* not(isSet(bucketArn#resourceId[2])) */
    /* 193 */ {AWSC_EP_RULE_ERROR, 0, 344, 197, 0}, /* always */
    /* 194 */ {AWSC_EP_RULE_TREE, 0, 344, 195, 2}, /* always */
    /* 195 */ {AWSC_EP_RULE_ERROR, 3, 344, 206, 0}, /* isSet(UseArnRegion) && booleanEquals(UseArnRegion, false) && not(stringEquals(bucketAr ... */
    /* 196 */ {AWSC_EP_RULE_TREE, 0, 347, 197, 2}, /* always */
    /* 197 */ {AWSC_EP_RULE_TREE, 1, 347, 199, 1}, /* bucketPartition = aws.partition(bucketArn#region) */
    /* 198 */ {AWSC_EP_RULE_ERROR, 0, 348, 209, 0}, /* always */
    /* 199 */ {AWSC_EP_RULE_TREE, 0, 348, 200, 2}, /* always */
    /* 200 */ {AWSC_EP_RULE_TREE, 1, 348, 202, 1}, /* partitionResult = aws.partition(Region) */
    /* 201 */ {AWSC_EP_RULE_ERROR, 0, 349, 95, 0}, /* always */
    /* 202 */ {AWSC_EP_RULE_TREE, 0, 349, 203, 2}, /* always */
    /* 203 */ {AWSC_EP_RULE_TREE, 1, 349, 205, 1}, /* stringEquals(bucketPartition#name, partitionResult#name) */
    /* 204 */ {AWSC_EP_RULE_ERROR, 0, 350, 216, 0}, /* always */
    /* 205 */ {AWSC_EP_RULE_TREE, 0, 350, 206, 2}, /* always */
    /* 206 */ {AWSC_EP_RULE_TREE, 1, 350, 208, 1}, /* isValidHostLabel(bucketArn#region, true) */
    /* 207 */ {AWSC_EP_RULE_ERROR, 0, 351, 220, 0}, /* always */
    /* 208 */ {AWSC_EP_RULE_TREE, 0, 351, 209, 2}, /* always */
    /* 209 */ {AWSC_EP_RULE_TREE, 1, 351, 211, 1}, /* stringEquals(bucketArn#service, "s3") */
    /* 210 */ {AWSC_EP_RULE_ERROR, 0, 352, 240, 0}, /* always */
    /* 211 */ {AWSC_EP_RULE_TREE, 0, 352, 212, 2}, /* always */
    /* 212 */ {AWSC_EP_RULE_TREE, 1, 352, 214, 1}, /* isValidHostLabel(bucketArn#accountId, false) */
    /* 213 */ {AWSC_EP_RULE_ERROR, 0, 353, 226, 0}, /* always */
    /* 214 */ {AWSC_EP_RULE_TREE, 0, 353, 215, 2}, /* always */
    /* 215 */ {AWSC_EP_RULE_TREE, 1, 353, 217, 1}, /* isValidHostLabel(accessPointName, false) */
    /* 216 */ {AWSC_EP_RULE_ERROR, 0, 354, 229, 0}, /* always */
    /* 217 */ {AWSC_EP_RULE_TREE, 0, 354, 218, 2}, /* always */
    /* 218 */ {AWSC_EP_RULE_ERROR, 1, 354, 241, 0}, /* booleanEquals(Accelerate, true) */
    /* 219 */ {AWSC_EP_RULE_TREE, 0, 355, 220, 2}, /* always */
    /* 220 */ {AWSC_EP_RULE_ERROR, 2, 355, 127, 0}, /* booleanEquals(UseFIPS, true) && stringEquals(bucketPartition#name, "aws-cn") */
    /* 221 */ {AWSC_EP_RULE_TREE, 0, 357, 222, 2}, /* always */
    /* 222 */ {AWSC_EP_RULE_ERROR, 2, 357, 242, 0}, /* booleanEquals(UseDualStack, true) && isSet(Endpoint) */
    /* 223 */ {AWSC_EP_RULE_TREE, 0, 359, 224, 5}, /* always */
    /* 224 */ {AWSC_EP_RULE_ENDPOINT, 2, 359, 31, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
    /* 225 */ {AWSC_EP_RULE_ENDPOINT, 2, 361, 32, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
    /* 226 */ {AWSC_EP_RULE_ENDPOINT, 2, 363, 33, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
    /* 227 */ {AWSC_EP_RULE_ENDPOINT, 4, 365, 34, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) && isSet(Endpoint) ... */
    /* 228 */ {AWSC_EP_RULE_ENDPOINT, 2, 369, 35, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) */
    /* 229 */ {AWSC_EP_RULE_TREE, 1, 371, 231, 1}, /* isValidHostLabel(accessPointName, true) */
    /* 230 */ {AWSC_EP_RULE_ERROR, 0, 372, 252, 0}, /* always */
    /* 231 */ {AWSC_EP_RULE_TREE, 0, 372, 232, 2}, /* always */
    /* 232 */ {AWSC_EP_RULE_ERROR, 1, 372, 253, 0}, /* booleanEquals(UseDualStack, true) */
    /* 233 */ {AWSC_EP_RULE_TREE, 0, 373, 234, 2}, /* always */
    /* 234 */ {AWSC_EP_RULE_ERROR, 1, 373, 254, 0}, /* booleanEquals(UseFIPS, true) */
    /* 235 */ {AWSC_EP_RULE_TREE, 0, 374, 236, 2}, /* always */
    /* 236 */ {AWSC_EP_RULE_ERROR, 1, 374, 255, 0}, /* booleanEquals(Accelerate, true) */
    /* 237 */ {AWSC_EP_RULE_TREE, 0, 375, 238, 2}, /* always */
    /* 238 */ {AWSC_EP_RULE_ERROR, 1, 375, 258, 0}, /* booleanEquals(DisableMultiRegionAccessPoints, true) */
    /* 239 */ {AWSC_EP_RULE_TREE, 0, 376, 240, 2}, /* always */
    /* 240 */ {AWSC_EP_RULE_TREE, 1, 376, 242, 1}, /* mrapPartition = aws.partition(Region) */
    /* 241 */ {AWSC_EP_RULE_ERROR, 0, 377, 260, 0}, /* always */
    /* 242 */ {AWSC_EP_RULE_TREE, 0, 377, 243, 2}, /* always */
    /* 243 */ {AWSC_EP_RULE_TREE, 1, 377, 245, 1}, /* stringEquals(mrapPartition#name, bucketArn#partition) */
    /* 244 */ {AWSC_EP_RULE_ERROR, 0, 378, 266, 0}, /* always */
    /* 245 */ {AWSC_EP_RULE_ENDPOINT, 0, 378, 36, 0}, /* always */
    /* 246 */ {AWSC_EP_RULE_ERROR, 1, 378, 272, 0}, /* booleanEquals(UseDualStack, true) */
    /* 247 */ {AWSC_EP_RULE_TREE, 0, 379, 248, 2}, /* always */
    /* 248 */ {AWSC_EP_RULE_ERROR, 1, 379, 273, 0}, /* booleanEquals(UseFIPS, true) */
    /* 249 */ {AWSC_EP_RULE_TREE, 0, 380, 250, 2}, /* always */
    /* 250 */ {AWSC_EP_RULE_ERROR, 1, 380, 274, 0}, /* booleanEquals(Accelerate, true) */
    /* 251 */ {AWSC_EP_RULE_TREE, 0, 381, 252, 2}, /* always */
    /* 252 */ {AWSC_EP_RULE_ERROR, 1, 381, 277, 0}, /* isSet(bucketArn#resourceId[4]) */
    /* 253 */ {AWSC_EP_RULE_TREE, 0, 382, 254, 2}, /* always */
    /* 254 */ {AWSC_EP_RULE_TREE, 1, 382, 256, 1}, /* outpostId = bucketArn#resourceId[1] */
    /* 255 */ {AWSC_EP_RULE_ERROR, 0, 383, 278, 0}, /* always */
    /* 256 */ {AWSC_EP_RULE_TREE, 0, 383, 257, 2}, /* always */
    /* 257 */ {AWSC_EP_RULE_TREE, 1, 383, 259, 1}, /* isValidHostLabel(outpostId, false) */
    /* 258 */ {AWSC_EP_RULE_ERROR, 0, 384, 280, 0}, /* always */
    /* 259 */ {AWSC_EP_RULE_TREE, 0, 384, 260, 2}, /* always */
    /* 260 */ {AWSC_EP_RULE_ERROR, 3, 384, 206, 0}, /* isSet(UseArnRegion) && booleanEquals(UseArnRegion, false) && not(stringEquals(bucketAr ... */
    /* 261 */ {AWSC_EP_RULE_TREE, 0, 387, 262, 2}, /* always */
    /* 262 */ {AWSC_EP_RULE_TREE, 1, 387, 264, 1}, /* bucketPartition = aws.partition(bucketArn#region) */
    /* 263 */ {AWSC_EP_RULE_ERROR, 0, 388, 282, 0}, /* always */
    /* 264 */ {AWSC_EP_RULE_TREE, 0, 388, 265, 2}, /* always */
    /* 265 */ {AWSC_EP_RULE_TREE, 1, 388, 267, 1}, /* partitionResult = aws.partition(Region) */
    /* 266 */ {AWSC_EP_RULE_ERROR, 0, 389, 95, 0}, /* always */
    /* 267 */ {AWSC_EP_RULE_TREE, 0, 389, 268, 2}, /* always */
    /* 268 */ {AWSC_EP_RULE_TREE, 1, 389, 270, 1}, /* stringEquals(bucketPartition#name, partitionResult#name) */
    /* 269 */ {AWSC_EP_RULE_ERROR, 0, 390, 216, 0}, /* always */
    /* 270 */ {AWSC_EP_RULE_TREE, 0, 390, 271, 2}, /* always */
    /* 271 */ {AWSC_EP_RULE_TREE, 1, 390, 273, 1}, /* isValidHostLabel(bucketArn#region, true) */
    /* 272 */ {AWSC_EP_RULE_ERROR, 0, 391, 220, 0}, /* always */
    /* 273 */ {AWSC_EP_RULE_TREE, 0, 391, 274, 2}, /* always */
    /* 274 */ {AWSC_EP_RULE_TREE, 1, 391, 276, 1}, /* isValidHostLabel(bucketArn#accountId, false) */
    /* 275 */ {AWSC_EP_RULE_ERROR, 0, 392, 226, 0}, /* always */
    /* 276 */ {AWSC_EP_RULE_TREE, 0, 392, 277, 2}, /* always */
    /* 277 */ {AWSC_EP_RULE_TREE, 1, 392, 279, 1}, /* outpostType = bucketArn#resourceId[2] */
    /* 278 */ {AWSC_EP_RULE_ERROR, 0, 393, 283, 0}, /* always */
    /* 279 */ {AWSC_EP_RULE_TREE, 0, 393, 280, 2}, /* always */
    /* 280 */ {AWSC_EP_RULE_TREE, 1, 393, 282, 1}, /* accessPointName = bucketArn#resourceId[3] */
    /* 281 */ {AWSC_EP_RULE_ERROR, 0, 394, 285, 0}, /* always */
    /* 282 */ {AWSC_EP_RULE_TREE, 0, 394, 283, 2}, /* always */
    /* 283 */ {AWSC_EP_RULE_TREE, 1, 394, 285, 1}, /* stringEquals(outpostType, "accesspoint") */
    /* 284 */ {AWSC_EP_RULE_ERROR, 0, 395, 289, 0}, /* always */
    /* 285 */ {AWSC_EP_RULE_TREE, 0, 395, 286, 2}, /* always */
    /* 286 */ {AWSC_EP_RULE_ENDPOINT, 2, 395, 37, 0}, /* isSet(Endpoint) && url = parseURL(Endpoint) */
    /* 287 */ {AWSC_EP_RULE_ENDPOINT, 0, 397, 38, 0}, /* always */
    /* 288 */ {AWSC_EP_RULE_ERROR, 2, 397, 94, 0}, /* booleanEquals(UseDualStack, true) && isSet(Endpoint) */
    /* 289 */ {AWSC_EP_RULE_TREE, 0, 399, 290, 2}, /* always */
    /* 290 */ {AWSC_EP_RULE_TREE, 1, 399, 292, 1}, /* partitionResult = aws.partition(Region) */
    /* 291 */ {AWSC_EP_RULE_ERROR, 0, 400, 95, 0}, /* always */
    /* 292 */ {AWSC_EP_RULE_TREE, 0, 400, 293, 2}, /* always */
    /* 293 */ {AWSC_EP_RULE_TREE, 1, 400, 295, 1}, /* booleanEquals(Accelerate, false) */
    /* 294 */ {AWSC_EP_RULE_ERROR, 0, 401, 96, 0}, /* always */
    /* 295 */ {AWSC_EP_RULE_TREE, 0, 401, 296, 2}, /* always */
    /* 296 */ {AWSC_EP_RULE_TREE, 1, 401, 298, 1}, /* booleanEquals(UseFIPS, false) */
    /* 297 */ {AWSC_EP_RULE_ERROR, 0, 402, 97, 0}, /* always */
    /* 298 */ {AWSC_EP_RULE_TREE, 0, 402, 299, 12}, /* always */
    /* 299 */ {AWSC_EP_RULE_ENDPOINT, 3, 402, 4, 0}, /* booleanEquals(UseDualStack, true) && not(isSet(Endpoint)) && stringEquals(Region, "aws ... */
    /* 300 */ {AWSC_EP_RULE_ENDPOINT, 3, 405, 4, 0}, /* booleanEquals(UseDualStack, true) && not(isSet(Endpoint)) && stringEquals(Region, "aws ... */
    /* 301 */ {AWSC_EP_RULE_TREE, 4, 408, 311, 1}, /* booleanEquals(UseDualStack, true) && not(isSet(Endpoint)) && not(stringEquals(Region,  ... */
    /* 302 */ {AWSC_EP_RULE_ENDPOINT, 4, 412, 5, 0}, /* booleanEquals(UseDualStack, true) && not(isSet(Endpoint)) && not(stringEquals(Region,  ... */
    /* 303 */ {AWSC_EP_RULE_ENDPOINT, 4, 416, 6, 0}, /* booleanEquals(UseDualStack, false) && isSet(Endpoint) && url = parseURL(Endpoint) && s ... */
    /* 304 */ {AWSC_EP_RULE_ENDPOINT, 4, 420, 6, 0}, /* booleanEquals(UseDualStack, false) && isSet(Endpoint) && url = parseURL(Endpoint) && s ... */
    /* 305 */ {AWSC_EP_RULE_TREE, 5, 424, 312, 2}, /* booleanEquals(UseDualStack, false) && isSet(Endpoint) && url = parseURL(Endpoint) && n ... */
    /* 306 */ {AWSC_EP_RULE_ENDPOINT, 5, 429, 7, 0}, /* booleanEquals(UseDualStack, false) && isSet(Endpoint) && url = parseURL(Endpoint) && n ... */
    /* 307 */ {AWSC_EP_RULE_ENDPOINT, 3, 434, 8, 0}, /* booleanEquals(UseDualStack, false) && not(isSet(Endpoint)) && stringEquals(Region, "aw ... */
    /* 308 */ {AWSC_EP_RULE_ENDPOINT, 3, 437, 8, 0}, /* booleanEquals(UseDualStack, false) && not(isSet(Endpoint)) && stringEquals(Region, "aw ... */
    /* 309 */ {AWSC_EP_RULE_TREE, 4, 440, 314, 2}, /* booleanEquals(UseDualStack, false) && not(isSet(Endpoint)) && not(stringEquals(Region, ... */
    /* 310 */ {AWSC_EP_RULE_ENDPOINT, 4, 444, 9, 0}, /* booleanEquals(UseDualStack, false) && not(isSet(Endpoint)) && not(stringEquals(Region, ... */
    /* 311 */ {AWSC_EP_RULE_ENDPOINT, 0, 448, 5, 0}, /* always */
    /* 312 */ {AWSC_EP_RULE_ENDPOINT, 1, 448, 7, 0}, /* stringEquals(Region, "us-east-1") */
    /* 313 */ {AWSC_EP_RULE_ENDPOINT, 0, 449, 7, 0}, /* always */
    /* 314 */ {AWSC_EP_RULE_ENDPOINT, 1, 449, 10, 0}, /* stringEquals(Region, "us-east-1") */
    /* 315 */ {AWSC_EP_RULE_ENDPOINT, 0, 450, 9, 0}, /* always */
    /* 316 */ {AWSC_EP_RULE_TREE, 1, 450, 318, 1}, /* partitionResult = aws.partition(Region) */
    /* 317 */ {AWSC_EP_RULE_ERROR, 0, 451, 95, 0}, /* always */
    /* 318 */ {AWSC_EP_RULE_TREE, 0, 451, 319, 2}, /* always */
    /* 319 */ {AWSC_EP_RULE_TREE, 1, 451, 321, 1}, /* isValidHostLabel(Region, true) */
    /* 320 */ {AWSC_EP_RULE_ERROR, 0, 452, 122, 0}, /* always */
    /* 321 */ {AWSC_EP_RULE_TREE, 0, 452, 322, 2}, /* always */
    /* 322 */ {AWSC_EP_RULE_ERROR, 1, 452, 184, 0}, /* booleanEquals(UseDualStack, true) */
    /* 323 */ {AWSC_EP_RULE_TREE, 0, 453, 324, 2}, /* always */
    /* 324 */ {AWSC_EP_RULE_ERROR, 1, 453, 185, 0}, /* booleanEquals(Accelerate, true) */
    /* 325 */ {AWSC_EP_RULE_TREE, 0, 454, 326, 2}, /* always */
    /* 326 */ {AWSC_EP_RULE_ERROR, 2, 454, 127, 0}, /* booleanEquals(UseFIPS, true) && stringEquals(partitionResult#name, "aws-cn") */
    /* 327 */ {AWSC_EP_RULE_TREE, 0, 456, 328, 3}, /* always */
    /* 328 */ {AWSC_EP_RULE_ENDPOINT, 2, 456, 39, 0}, /* isSet(Endpoint) && url = parseURL(Endpoint) */
    /* 329 */ {AWSC_EP_RULE_ENDPOINT, 1, 458, 40, 0}, /* booleanEquals(UseFIPS, true) */
    /* 330 */ {AWSC_EP_RULE_ENDPOINT, 0, 459, 41, 0}, /* always */
    /* 331 */ {AWSC_EP_RULE_TREE, 1, 459, 333, 1}, /* partitionResult = aws.partition(Region) */
    /* 332 */ {AWSC_EP_RULE_ERROR, 0, 460, 95, 0}, /* always */
    /* 333 */ {AWSC_EP_RULE_TREE, 0, 460, 334, 2}, /* always */
    /* 334 */ {AWSC_EP_RULE_TREE, 1, 460, 336, 1}, /* isValidHostLabel(Region, true) */
    /* 335 */ {AWSC_EP_RULE_ERROR, 0, 461, 122, 0}, /* always */
    /* 336 */ {AWSC_EP_RULE_TREE, 0, 461, 337, 2}, /* always */
    /* 337 */ {AWSC_EP_RULE_ERROR, 2, 461, 127, 0}, /* booleanEquals(UseFIPS, true) && stringEquals(partitionResult#name, "aws-cn") */
    /* 338 */ {AWSC_EP_RULE_TREE, 0, 463, 339, 32}, /* always */
    /* 339 */ {AWSC_EP_RULE_ENDPOINT, 5, 463, 42, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) && isSet(Endpoint) & ... */
    /* 340 */ {AWSC_EP_RULE_ENDPOINT, 5, 468, 42, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) && isSet(Endpoint) & ... */
    /* 341 */ {AWSC_EP_RULE_TREE, 6, 473, 371, 1}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) && isSet(Endpoint) & ... */
    /* 342 */ {AWSC_EP_RULE_ENDPOINT, 6, 479, 43, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) && isSet(Endpoint) & ... */
    /* 343 */ {AWSC_EP_RULE_ENDPOINT, 4, 485, 44, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) && not(isSet(Endpoin ... */
    /* 344 */ {AWSC_EP_RULE_ENDPOINT, 4, 489, 44, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) && not(isSet(Endpoin ... */
    /* 345 */ {AWSC_EP_RULE_TREE, 5, 493, 372, 1}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) && not(isSet(Endpoin ... */
    /* 346 */ {AWSC_EP_RULE_ENDPOINT, 5, 498, 45, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) && not(isSet(Endpoin ... */
    /* 347 */ {AWSC_EP_RULE_ENDPOINT, 5, 503, 42, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) && isSet(Endpoint)  ... */
    /* 348 */ {AWSC_EP_RULE_ENDPOINT, 5, 508, 42, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) && isSet(Endpoint)  ... */
    /* 349 */ {AWSC_EP_RULE_TREE, 6, 513, 373, 1}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) && isSet(Endpoint)  ... */
    /* 350 */ {AWSC_EP_RULE_ENDPOINT, 6, 519, 43, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) && isSet(Endpoint)  ... */
    /* 351 */ {AWSC_EP_RULE_ENDPOINT, 4, 525, 46, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) && not(isSet(Endpoi ... */
    /* 352 */ {AWSC_EP_RULE_ENDPOINT, 4, 529, 46, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) && not(isSet(Endpoi ... */
    /* 353 */ {AWSC_EP_RULE_TREE, 5, 533, 374, 1}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) && not(isSet(Endpoi ... */
    /* 354 */ {AWSC_EP_RULE_ENDPOINT, 5, 538, 47, 0}, /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) && not(isSet(Endpoi ... */
    /* 355 */ {AWSC_EP_RULE_ENDPOINT, 5, 543, 42, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) && isSet(Endpoint)  ... */
    /* 356 */ {AWSC_EP_RULE_ENDPOINT, 5, 548, 42, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) && isSet(Endpoint)  ... */
    /* 357 */ {AWSC_EP_RULE_TREE, 6, 553, 375, 1}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) && isSet(Endpoint)  ... */
    /* 358 */ {AWSC_EP_RULE_ENDPOINT, 6, 559, 43, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) && isSet(Endpoint)  ... */
    /* 359 */ {AWSC_EP_RULE_ENDPOINT, 4, 565, 48, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) && not(isSet(Endpoi ... */
    /* 360 */ {AWSC_EP_RULE_ENDPOINT, 4, 569, 48, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) && not(isSet(Endpoi ... */
    /* 361 */ {AWSC_EP_RULE_TREE, 5, 573, 376, 1}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) && not(isSet(Endpoi ... */
    /* 362 */ {AWSC_EP_RULE_ENDPOINT, 5, 578, 49, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) && not(isSet(Endpoi ... */
    /* 363 */ {AWSC_EP_RULE_ENDPOINT, 5, 583, 42, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) && isSet(Endpoint) ... */
    /* 364 */ {AWSC_EP_RULE_ENDPOINT, 5, 588, 42, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) && isSet(Endpoint) ... */
    /* 365 */ {AWSC_EP_RULE_TREE, 6, 593, 377, 2}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) && isSet(Endpoint) ... */
    /* 366 */ {AWSC_EP_RULE_ENDPOINT, 6, 599, 43, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) && isSet(Endpoint) ... */
    /* 367 */ {AWSC_EP_RULE_ENDPOINT, 4, 605, 50, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) && not(isSet(Endpo ... */
    /* 368 */ {AWSC_EP_RULE_ENDPOINT, 4, 609, 50, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) && not(isSet(Endpo ... */
    /* 369 */ {AWSC_EP_RULE_TREE, 5, 613, 379, 2}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) && not(isSet(Endpo ... */
    /* 370 */ {AWSC_EP_RULE_ENDPOINT, 5, 618, 51, 0}, /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, false) && not(isSet(Endpo ... */
    /* 371 */ {AWSC_EP_RULE_ENDPOINT, 0, 623, 43, 0}, /* always */
    /* 372 */ {AWSC_EP_RULE_ENDPOINT, 0, 623, 45, 0}, /* always */
    /* 373 */ {AWSC_EP_RULE_ENDPOINT, 0, 623, 43, 0}, /* always */
    /* 374 */ {AWSC_EP_RULE_ENDPOINT, 0, 623, 47, 0}, /* always */
    /* 375 */ {AWSC_EP_RULE_ENDPOINT, 0, 623, 43, 0}, /* always */
    /* 376 */ {AWSC_EP_RULE_ENDPOINT, 0, 623, 49, 0}, /* always */
    /* 377 */ {AWSC_EP_RULE_ENDPOINT, 1, 623, 43, 0}, /* stringEquals(Region, "us-east-1") */
    /* 378 */ {AWSC_EP_RULE_ENDPOINT, 0, 624, 43, 0}, /* always */
    /* 379 */ {AWSC_EP_RULE_ENDPOINT, 1, 624, 52, 0}, /* stringEquals(Region, "us-east-1") */
    /* 380 */ {AWSC_EP_RULE_ENDPOINT, 0, 625, 51, 0}, /* always */
};

extern const struct awsc_ruleset awsc__s3_ruleset;
const struct awsc_ruleset awsc__s3_ruleset = {
    .service = "s3",
    .params = rs_params,
    .param_count = 12,
    .slot_count = 27,
    .slots = rs_slots,
    .rule_count = 1,
    .flags = AWSC_EP_RS_S3 | AWSC_EP_RS_GLOBAL,
    .rules = rs_rules,
    .conds = rs_conds,
    .exprs = rs_exprs,
    .args = rs_args,
    .endpoints = rs_endpoints,
    .headers = NULL,
    .props = rs_props,
};
