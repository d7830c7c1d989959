/*
 * creds_sso_tables.c - the service descriptor, operations and shapes of
 * SSO.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/creds_sso.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

/* List and map types all share the layouts of awsc_list_view and
 * awsc_map_view, which the codecs rely on. */

/*
 * The tables: the service, its operations and every shape, member and
 * name of SSO in one object, so that each refers to another by its
 * distance from it (awsc_ref, in <awsc/shape.h>): plain read-only data,
 * with no relocation at load time. REF(field, target) is the reference
 * stored at field that names target.
 */
#define T awsc__creds_sso_tables
#define REF(field, target) AWSC_REF(T.field, T.target)
/* The strings are one literal; it passes the 4095 characters ISO C
 * requires compilers to take (GCC and Clang take any length). */
#pragma GCC diagnostic ignored "-Woverlength-strings"
#ifndef AWSC__CREDS_SSO_TABLES
#define AWSC__CREDS_SSO_TABLES

/* The endpoint rule set of sso: a part of the service's tables. */
struct awsc__creds_sso_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[4];
    uint16_t slots[5];
    struct awsc_ep_rule rules[21];
    struct awsc_ep_expr exprs[37];
    uint16_t args[42];
    struct awsc_ep_endpoint endpoints[6];
    char strings[500];
};
/* The service, its operations and every shape, member and name of
 * SSO, in one object. */
struct awsc__creds_sso_tables {
    struct awsc_service service;
    struct awsc_operation operations[1];
    awsc_ref op_errors[4];
    awsc_ref service_errors[4];
    struct awsc__creds_sso_rules rules;
    struct awsc_shape shapes[15];
    struct awsc_member members[12];
    uint16_t by_wire_name[12];
    char strings[565];
};
extern const struct awsc__creds_sso_tables awsc__creds_sso_tables AWSC__HIDDEN;
#endif
/* RULES_REF(field, target): a reference inside the endpoint rule set's
 * part of the tables. */
#define RULES T.rules
#define RULES_REF(field, target) AWSC_REF(RULES.field, RULES.target)

const struct awsc__creds_sso_tables T = {
    .service = {
        .name_ref = REF(service.name_ref, strings[499]),
        .service_id_ref = REF(service.service_id_ref, strings[503]),
        .full_name_ref = REF(service.full_name_ref, strings[507]),
        .api_version_ref = REF(service.api_version_ref, strings[526]),
        .endpoint_prefix_ref = REF(service.endpoint_prefix_ref, strings[537]),
        .signing_name_ref = REF(service.signing_name_ref, strings[548]),
        .json_version_ref = REF(service.json_version_ref, strings[561]),
        .env_name_ref = REF(service.env_name_ref, strings[503]),
        .operations_ref = REF(service.operations_ref, operations[0]),
        .errors_ref = REF(service.errors_ref, service_errors[0]),
        .protocol = AWSC_PROTO_REST_JSON,
        .operation_count = 1,
        .error_count = 4,
        .ruleset_ref = REF(service.ruleset_ref, rules.ruleset),
    },
    /* sorted by name */
    .operations = {
        [0] = { /* GetRoleCredentials */
            .name_ref = REF(operations[0].name_ref, strings[452]),
            .http_method_ref = REF(operations[0].http_method_ref, strings[471]),
            .request_uri_ref = REF(operations[0].request_uri_ref, strings[475]),
            .input_ref = REF(operations[0].input_ref, shapes[5]),
            .output_ref = REF(operations[0].output_ref, shapes[6]),
            .errors_ref = REF(operations[0].errors_ref, op_errors[0]),
            .service_ref = REF(operations[0].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_NONE,
        },
    },
    /* each operation's modeled errors */
    .op_errors = {
        REF(op_errors[0], shapes[7]),
        REF(op_errors[1], shapes[8]),
        REF(op_errors[2], shapes[13]),
        REF(op_errors[3], shapes[14]),
    },
    /* every modeled error of the service, sorted by its code on the wire */
    .service_errors = {
        REF(service_errors[0], shapes[7]),
        REF(service_errors[1], shapes[8]),
        REF(service_errors[2], shapes[13]),
        REF(service_errors[3], shapes[14]),
    },
    .rules = {
    .ruleset = {
        .params_ref = RULES_REF(ruleset.params_ref, params),
        .slots_ref = RULES_REF(ruleset.slots_ref, slots),
        .rules_ref = RULES_REF(ruleset.rules_ref, rules),
        .exprs_ref = RULES_REF(ruleset.exprs_ref, exprs),
        .args_ref = RULES_REF(ruleset.args_ref, args),
        .endpoints_ref = RULES_REF(ruleset.endpoints_ref, endpoints),
        .strings_ref = RULES_REF(ruleset.strings_ref, strings),
        .service = 0, /* sso */
        .global_region = AWSC_EP_NONE,
        .param_count = 4,
        .slot_count = 5,
        .rule_count = 3,
        .flags = 0,
    },
    /* Parameters: name, default string (a stringArray's: the first in
     * defaults), default count, type, built-in, flags, default boolean. */
    .params = {
        {493, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_REGION, 0, false}, /* Region */
        {4, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_DUAL_STACK, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseDualStack */
        {17, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_FIPS, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseFIPS */
        {25, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ENDPOINT, 0, false}, /* Endpoint */
    },
    /* The slots' names: parameters, then the variables the rules assign. */
    .slots = {
        493, /* 0: Region */
        4, /* 1: UseDualStack */
        17, /* 2: UseFIPS */
        25, /* 3: Endpoint */
        171, /* 4: PartitionResult */
    },
    /* Rules: condition count, first condition (in args), then a tree's
     * first child and child count, an endpoint's index, or an error's
     * message. A run of rules equal to another is stored once. */
    .rules = {
        /* 0 */ AWSC_EP_TREE(1, 1, 3, 3), /* isSet(Endpoint) */
        /* 1 */ AWSC_EP_TREE(1, 9, 20, 1), /* isSet(Region) */
        /* 2 */ AWSC_EP_ERROR(0, 0, 36), /* always */
        /* 3 */ AWSC_EP_ERROR(1, 4, 5), /* booleanEquals(UseFIPS, true) */
        /* 4 */ AWSC_EP_ERROR(1, 7, 8), /* booleanEquals(UseDualStack, true) */
        /* 5 */ AWSC_EP_ENDPOINT(0, 0, 0), /* always */
        /* 6 */ AWSC_EP_ENDPOINT(0, 0, 1), /* always */
        /* 7 */ AWSC_EP_TREE(2, 17, 6, 1), /* booleanEquals(true, PartitionResult#supportsFIPS) && booleanEquals(true, PartitionResu ... */
        /* 8 */ AWSC_EP_ERROR(0, 0, 22), /* always */
        /* 9 */ AWSC_EP_ENDPOINT(1, 26, 2), /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 10 */ AWSC_EP_ENDPOINT(0, 0, 3), /* always */
        /* 11 */ AWSC_EP_TREE(1, 23, 9, 2), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 12 */ AWSC_EP_ERROR(0, 0, 32), /* always */
        /* 13 */ AWSC_EP_ENDPOINT(0, 0, 4), /* always */
        /* 14 */ AWSC_EP_TREE(1, 18, 13, 1), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 15 */ AWSC_EP_ERROR(0, 0, 34), /* always */
        /* 16 */ AWSC_EP_TREE(2, 11, 7, 2), /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 17 */ AWSC_EP_TREE(1, 4, 11, 2), /* booleanEquals(UseFIPS, true) */
        /* 18 */ AWSC_EP_TREE(1, 7, 14, 2), /* booleanEquals(UseDualStack, true) */
        /* 19 */ AWSC_EP_ENDPOINT(0, 0, 5), /* always */
        /* 20 */ AWSC_EP_TREE(1, 10, 16, 4), /* PartitionResult = aws.partition(Region) */
    },
    /* Expressions. S(at) is a string, A(obj, attribute) getAttr and
     * AI(obj, attribute, index) getAttr "[index]", V(slot) a variable,
     * T(n, first) a template of n parts from args, F(fn, n, first) a call,
     * SET(slot, expr) a condition assigning its value. */
    .exprs = {
        /* 0 */ AWSC_EP_V(3), /* Endpoint */
        /* 1 */ AWSC_EP_F(IS_SET, 1, 0), /* isSet(Endpoint) */
        /* 2 */ AWSC_EP_V(2), /* UseFIPS */
        /* 3 */ AWSC_EP_B(1), /* true */
        /* 4 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 2), /* booleanEquals(UseFIPS, true) */
        /* 5 */ AWSC_EP_S(34, 65), /* "Invalid Configuration: FIPS and custom endpoint are not supported" */
        /* 6 */ AWSC_EP_V(1), /* UseDualStack */
        /* 7 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 5), /* booleanEquals(UseDualStack, true) */
        /* 8 */ AWSC_EP_S(100, 70), /* "Invalid Configuration: Dualstack and custom endpoint are not supported" */
        /* 9 */ AWSC_EP_V(0), /* Region */
        /* 10 */ AWSC_EP_F(IS_SET, 1, 8), /* isSet(Region) */
        /* 11 */ AWSC_EP_F(PARTITION, 1, 8), /* aws.partition(Region) */
        /* 12 */ AWSC_EP_SET(4, 11), /* PartitionResult = aws.partition(Region) */
        /* 13 */ AWSC_EP_V(4), /* PartitionResult */
        /* 14 */ AWSC_EP_A(13, SUPPORTS_FIPS), /* PartitionResult#supportsFIPS */
        /* 15 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 13), /* booleanEquals(true, PartitionResult#supportsFIPS) */
        /* 16 */ AWSC_EP_A(13, SUPPORTS_DUAL_STACK), /* PartitionResult#supportsDualStack */
        /* 17 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 15), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 18 */ AWSC_EP_S(187, 24), /* "https://portal.sso-fips." */
        /* 19 */ AWSC_EP_S(201, 1), /* "." */
        /* 20 */ AWSC_EP_A(13, DUAL_STACK_DNS_SUFFIX), /* PartitionResult#dualStackDnsSuffix */
        /* 21 */ AWSC_EP_T(4, 19), /* "https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 22 */ AWSC_EP_S(212, 79), /* "FIPS and DualStack are enabled, but this partition does not support one or both" */
        /* 23 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 14), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 24 */ AWSC_EP_A(13, NAME), /* PartitionResult#name */
        /* 25 */ AWSC_EP_S(292, 10), /* "aws-us-gov" */
        /* 26 */ AWSC_EP_F(STRING_EQUALS, 2, 24), /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 27 */ AWSC_EP_S(303, 19), /* "https://portal.sso." */
        /* 28 */ AWSC_EP_S(323, 14), /* ".amazonaws.com" */
        /* 29 */ AWSC_EP_T(3, 27), /* "https://portal.sso.{Region}.amazonaws.com" */
        /* 30 */ AWSC_EP_A(13, DNS_SUFFIX), /* PartitionResult#dnsSuffix */
        /* 31 */ AWSC_EP_T(4, 30), /* "https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 32 */ AWSC_EP_S(338, 56), /* "FIPS is enabled but this partition does not support FIPS" */
        /* 33 */ AWSC_EP_T(4, 34), /* "https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 34 */ AWSC_EP_S(395, 66), /* "DualStack is enabled but this partition does not support DualStack" */
        /* 35 */ AWSC_EP_T(4, 38), /* "https://portal.sso.{Region}.{PartitionResult#dnsSuffix}" */
        /* 36 */ AWSC_EP_S(462, 37), /* "Invalid Configuration: Missing Region" */
    },
    .args = {
        0, 1, 2, 3, 4, 6, 3, 7, 9, 10, 12, 4, 7, 3, 14, 3,
        16, 15, 17, 18, 9, 19, 20, 23, 24, 25, 26, 27, 9, 28, 18, 9,
        19, 30, 27, 9, 19, 20, 27, 9, 19, 30,
    },
    /* Endpoints: URL, properties, headers (an object of arrays in props). */
    .endpoints = {
        /* 0 */ {0, AWSC_EP_NONE, AWSC_EP_NONE}, /* Endpoint */
        /* 1 */ {21, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 2 */ {29, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://portal.sso.{Region}.amazonaws.com" */
        /* 3 */ {31, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 4 */ {33, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 5 */ {35, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://portal.sso.{Region}.{PartitionResult#dnsSuffix}" */
    },
    .strings =
        /*     0 */ "sso\0"
        /*     4 */ "UseDualStack\0"
        /*    17 */ "UseFIPS\0"
        /*    25 */ "Endpoint\0"
        /*    34 */ "Invalid Configuration: FIPS and custom endpoint are not supported\0"
        /*   100 */ "Invalid Configuration: Dualstack and custom endpoint are not supported\0"
        /*   171 */ "PartitionResult\0"
        /*   187 */ "https://portal.sso-fips.\0"
        /*   212 */ "FIPS and DualStack are enabled, but this partition does not support one or both\0"
        /*   292 */ "aws-us-gov\0"
        /*   303 */ "https://portal.sso.\0"
        /*   323 */ ".amazonaws.com\0"
        /*   338 */ "FIPS is enabled but this partition does not support FIPS\0"
        /*   395 */ "DualStack is enabled but this partition does not support DualStack\0"
        /*   462 */ "Invalid Configuration: Missing Region",
    },
    .shapes = {
        [0] = { /* AccessKeyType */
            .name_ref = REF(shapes[0].name_ref, strings[0]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [1] = { /* AccessTokenType */
            .name_ref = REF(shapes[1].name_ref, strings[14]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [2] = { /* AccountIdType */
            .name_ref = REF(shapes[2].name_ref, strings[30]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [3] = { /* ErrorDescription */
            .name_ref = REF(shapes[3].name_ref, strings[44]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [4] = { /* ExpirationTimestampType */
            .name_ref = REF(shapes[4].name_ref, strings[61]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [5] = { /* GetRoleCredentialsRequest */
            .name_ref = REF(shapes[5].name_ref, strings[85]),
            .u.structure.members_ref = REF(shapes[5].u.structure.members_ref, members[0]),
            .u.structure.by_wire_name_ref = REF(shapes[5].u.structure.by_wire_name_ref, by_wire_name[0]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_creds_sso_get_role_credentials_input),
            .u.structure.member_count = 3,
        },
        [6] = { /* GetRoleCredentialsResponse */
            .name_ref = REF(shapes[6].name_ref, strings[186]),
            .u.structure.members_ref = REF(shapes[6].u.structure.members_ref, members[3]),
            .u.structure.by_wire_name_ref = REF(shapes[6].u.structure.by_wire_name_ref, by_wire_name[3]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_creds_sso_get_role_credentials_output),
            .u.structure.member_count = 1,
        },
        [7] = { /* InvalidRequestException */
            .name_ref = REF(shapes[7].name_ref, strings[229]),
            .u.structure.members_ref = REF(shapes[7].u.structure.members_ref, members[4]),
            .u.structure.by_wire_name_ref = REF(shapes[7].u.structure.by_wire_name_ref, by_wire_name[4]),
            .u.structure.error_code_ref = REF(shapes[7].u.structure.error_code_ref, strings[229]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_creds_sso_invalid_request_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [8] = { /* ResourceNotFoundException */
            .name_ref = REF(shapes[8].name_ref, strings[261]),
            .u.structure.members_ref = REF(shapes[8].u.structure.members_ref, members[5]),
            .u.structure.by_wire_name_ref = REF(shapes[8].u.structure.by_wire_name_ref, by_wire_name[5]),
            .u.structure.error_code_ref = REF(shapes[8].u.structure.error_code_ref, strings[261]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_creds_sso_resource_not_found_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 404,
        },
        [9] = { /* RoleCredentials */
            .name_ref = REF(shapes[9].name_ref, strings[287]),
            .u.structure.members_ref = REF(shapes[9].u.structure.members_ref, members[6]),
            .u.structure.by_wire_name_ref = REF(shapes[9].u.structure.by_wire_name_ref, by_wire_name[6]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_creds_sso_role_credentials),
            .u.structure.member_count = 4,
        },
        [10] = { /* RoleNameType */
            .name_ref = REF(shapes[10].name_ref, strings[355]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [11] = { /* SecretAccessKeyType */
            .name_ref = REF(shapes[11].name_ref, strings[368]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [12] = { /* SessionTokenType */
            .name_ref = REF(shapes[12].name_ref, strings[388]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [13] = { /* TooManyRequestsException */
            .name_ref = REF(shapes[13].name_ref, strings[405]),
            .u.structure.members_ref = REF(shapes[13].u.structure.members_ref, members[10]),
            .u.structure.by_wire_name_ref = REF(shapes[13].u.structure.by_wire_name_ref, by_wire_name[10]),
            .u.structure.error_code_ref = REF(shapes[13].u.structure.error_code_ref, strings[405]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_creds_sso_too_many_requests_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 429,
        },
        [14] = { /* UnauthorizedException */
            .name_ref = REF(shapes[14].name_ref, strings[430]),
            .u.structure.members_ref = REF(shapes[14].u.structure.members_ref, members[11]),
            .u.structure.by_wire_name_ref = REF(shapes[14].u.structure.by_wire_name_ref, by_wire_name[11]),
            .u.structure.error_code_ref = REF(shapes[14].u.structure.error_code_ref, strings[430]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_creds_sso_unauthorized_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 401,
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * shape, offset (of the C member), has_ offset, flags, location,
     * timestamp format */
    .members = {
        [0] = {REF(members[0].name_ref, strings[111]), REF(members[0].shape_ref, shapes[10]), offsetof(struct awsc_creds_sso_get_role_credentials_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetRoleCredentialsRequest.roleName: RoleNameType */
        [1] = {REF(members[1].name_ref, strings[130]), REF(members[1].shape_ref, shapes[2]), offsetof(struct awsc_creds_sso_get_role_credentials_input, account_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetRoleCredentialsRequest.accountId: AccountIdType */
        [2] = {REF(members[2].name_ref, strings[151]), REF(members[2].shape_ref, shapes[1]), offsetof(struct awsc_creds_sso_get_role_credentials_input, access_token), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* GetRoleCredentialsRequest.accessToken: AccessTokenType */
        [3] = {REF(members[3].name_ref, strings[213]), REF(members[3].shape_ref, shapes[9]), offsetof(struct awsc_creds_sso_get_role_credentials_output, role_credentials), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetRoleCredentialsResponse.roleCredentials: RoleCredentials */
        [4] = {REF(members[4].name_ref, strings[253]), REF(members[4].shape_ref, shapes[3]), offsetof(struct awsc_creds_sso_invalid_request_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidRequestException.message: ErrorDescription */
        [5] = {REF(members[5].name_ref, strings[253]), REF(members[5].shape_ref, shapes[3]), offsetof(struct awsc_creds_sso_resource_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceNotFoundException.message: ErrorDescription */
        [6] = {REF(members[6].name_ref, strings[303]), REF(members[6].shape_ref, shapes[0]), offsetof(struct awsc_creds_sso_role_credentials, access_key_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RoleCredentials.accessKeyId: AccessKeyType */
        [7] = {REF(members[7].name_ref, strings[315]), REF(members[7].shape_ref, shapes[11]), offsetof(struct awsc_creds_sso_role_credentials, secret_access_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RoleCredentials.secretAccessKey: SecretAccessKeyType */
        [8] = {REF(members[8].name_ref, strings[331]), REF(members[8].shape_ref, shapes[12]), offsetof(struct awsc_creds_sso_role_credentials, session_token), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RoleCredentials.sessionToken: SessionTokenType */
        [9] = {REF(members[9].name_ref, strings[344]), REF(members[9].shape_ref, shapes[4]), offsetof(struct awsc_creds_sso_role_credentials, expiration), offsetof(struct awsc_creds_sso_role_credentials, has_expiration), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RoleCredentials.expiration: ExpirationTimestampType */
        [10] = {REF(members[10].name_ref, strings[253]), REF(members[10].shape_ref, shapes[3]), offsetof(struct awsc_creds_sso_too_many_requests_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TooManyRequestsException.message: ErrorDescription */
        [11] = {REF(members[11].name_ref, strings[253]), REF(members[11].shape_ref, shapes[3]), offsetof(struct awsc_creds_sso_unauthorized_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UnauthorizedException.message: ErrorDescription */
    },
    /* each structure's member indexes, sorted by wire name */
    .by_wire_name = {
        /* [0] GetRoleCredentialsRequest */ 1, 0, 2,
        /* [3] GetRoleCredentialsResponse */ 0,
        /* [4] InvalidRequestException */ 0,
        /* [5] ResourceNotFoundException */ 0,
        /* [6] RoleCredentials */ 0, 3, 1, 2,
        /* [10] TooManyRequestsException */ 0,
        /* [11] UnauthorizedException */ 0,
    },
    .strings =
        /*      0 */ "AccessKeyType\0"
        /*     14 */ "AccessTokenType\0"
        /*     30 */ "AccountIdType\0"
        /*     44 */ "ErrorDescription\0"
        /*     61 */ "ExpirationTimestampType\0"
        /*     85 */ "GetRoleCredentialsRequest\0"
        /*    111 */ "roleName\0" "role_name\0"
        /*    130 */ "accountId\0" "account_id\0"
        /*    151 */ "accessToken\0" "x-amz-sso_bearer_token\0"
        /*    186 */ "GetRoleCredentialsResponse\0"
        /*    213 */ "roleCredentials\0"
        /*    229 */ "InvalidRequestException\0"
        /*    253 */ "message\0"
        /*    261 */ "ResourceNotFoundException\0"
        /*    287 */ "RoleCredentials\0"
        /*    303 */ "accessKeyId\0"
        /*    315 */ "secretAccessKey\0"
        /*    331 */ "sessionToken\0"
        /*    344 */ "expiration\0"
        /*    355 */ "RoleNameType\0"
        /*    368 */ "SecretAccessKeyType\0"
        /*    388 */ "SessionTokenType\0"
        /*    405 */ "TooManyRequestsException\0"
        /*    430 */ "UnauthorizedException\0"
        /*    452 */ "GetRoleCredentials\0"
        /*    471 */ "GET\0"
        /*    475 */ "/federation/credentials\0"
        /*    499 */ "sso\0"
        /*    503 */ "SSO\0"
        /*    507 */ "AWS Single Sign-On\0"
        /*    526 */ "2019-06-10\0"
        /*    537 */ "portal.sso\0"
        /*    548 */ "awsssoportal\0"
        /*    561 */ "1.1",
};

/* The descriptor programs use (<awsc/creds_sso.h>): the one in the tables. */
const struct awsc_service *awsc_creds_sso_service(void)
{
    return &T.service;
}

#undef RULES_REF
#undef RULES
#undef REF
#undef T
