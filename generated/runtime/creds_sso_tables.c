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
/* MREF(i, target): a reference of members[i] (AWSC_MEMBER_REF). */
#define MREF(i, target) AWSC_MEMBER_REF(T.members[i], T.target)
/* SHAPE_NAME(field, target): a shape's name, which a build without shape
 * names (AWSC_WITH_SHAPE_NAMES 0) leaves out with the names' pool. */
#if AWSC_WITH_SHAPE_NAMES
#define SHAPE_NAME(field, target) REF(field, target)
#else
#define SHAPE_NAME(field, target) 0
#endif
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
    struct awsc_structure_shape structures[7];
    struct awsc_shape scalars[8];
    struct awsc_shape_traits traits[4];
    struct awsc_member members[12];
    uint16_t by_wire_name[12];
    char strings[361];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[204];
#endif
};
extern const struct awsc__creds_sso_tables awsc__creds_sso_tables AWSC__HIDDEN;
#endif
/* RULES_REF(field, target): a reference inside the endpoint rule set's
 * part of the tables. */
#define RULES T.rules
#define RULES_REF(field, target) AWSC_REF(RULES.field, RULES.target)

const struct awsc__creds_sso_tables T = {
    .service = {
        .name_ref = REF(service.name_ref, strings[295]),
        .service_id_ref = REF(service.service_id_ref, strings[299]),
        .full_name_ref = REF(service.full_name_ref, strings[303]),
        .api_version_ref = REF(service.api_version_ref, strings[322]),
        .endpoint_prefix_ref = REF(service.endpoint_prefix_ref, strings[333]),
        .signing_name_ref = REF(service.signing_name_ref, strings[344]),
        .json_version_ref = REF(service.json_version_ref, strings[357]),
        .env_name_ref = REF(service.env_name_ref, strings[299]),
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
            .name_ref = REF(operations[0].name_ref, strings[248]),
            .http_method_ref = REF(operations[0].http_method_ref, strings[267]),
            .request_uri_ref = REF(operations[0].request_uri_ref, strings[271]),
            .input_ref = REF(operations[0].input_ref, structures[0].shape),
            .output_ref = REF(operations[0].output_ref, structures[1].shape),
            .errors_ref = REF(operations[0].errors_ref, op_errors[0]),
            .service_ref = REF(operations[0].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_NONE,
        },
    },
    /* each operation's modeled errors */
    .op_errors = {
        REF(op_errors[0], structures[2].shape),
        REF(op_errors[1], structures[3].shape),
        REF(op_errors[2], structures[5].shape),
        REF(op_errors[3], structures[6].shape),
    },
    /* every modeled error of the service, sorted by its code on the wire */
    .service_errors = {
        REF(service_errors[0], structures[2].shape),
        REF(service_errors[1], structures[3].shape),
        REF(service_errors[2], structures[5].shape),
        REF(service_errors[3], structures[6].shape),
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
    .structures = {
        [0] = { /* GetRoleCredentialsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[0].shape.name_ref, shape_names[85]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_creds_sso_get_role_credentials_input),
            },
            .members_ref = REF(structures[0].members_ref, members[0]),
            .by_wire_name_ref = REF(structures[0].by_wire_name_ref, by_wire_name[0]),
            .member_count = 3,
        },
        [1] = { /* GetRoleCredentialsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[1].shape.name_ref, shape_names[111]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_creds_sso_get_role_credentials_output),
            },
            .members_ref = REF(structures[1].members_ref, members[3]),
            .by_wire_name_ref = REF(structures[1].by_wire_name_ref, by_wire_name[3]),
            .member_count = 1,
        },
        [2] = { /* InvalidRequestException */
            .shape = {
                .name_ref = REF(structures[2].shape.name_ref, strings[91]),
                .traits_ref = REF(structures[2].shape.traits_ref, traits[0]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_creds_sso_invalid_request_exception),
            },
            .members_ref = REF(structures[2].members_ref, members[4]),
            .by_wire_name_ref = REF(structures[2].by_wire_name_ref, by_wire_name[4]),
            .member_count = 1,
        },
        [3] = { /* ResourceNotFoundException */
            .shape = {
                .name_ref = REF(structures[3].shape.name_ref, strings[123]),
                .traits_ref = REF(structures[3].shape.traits_ref, traits[1]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_creds_sso_resource_not_found_exception),
            },
            .members_ref = REF(structures[3].members_ref, members[5]),
            .by_wire_name_ref = REF(structures[3].by_wire_name_ref, by_wire_name[5]),
            .member_count = 1,
        },
        [4] = { /* RoleCredentials */
            .shape = {
                .name_ref = SHAPE_NAME(structures[4].shape.name_ref, shape_names[138]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_creds_sso_role_credentials),
            },
            .members_ref = REF(structures[4].members_ref, members[6]),
            .by_wire_name_ref = REF(structures[4].by_wire_name_ref, by_wire_name[6]),
            .member_count = 4,
        },
        [5] = { /* TooManyRequestsException */
            .shape = {
                .name_ref = REF(structures[5].shape.name_ref, strings[201]),
                .traits_ref = REF(structures[5].shape.traits_ref, traits[2]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_creds_sso_too_many_requests_exception),
            },
            .members_ref = REF(structures[5].members_ref, members[10]),
            .by_wire_name_ref = REF(structures[5].by_wire_name_ref, by_wire_name[10]),
            .member_count = 1,
        },
        [6] = { /* UnauthorizedException */
            .shape = {
                .name_ref = REF(structures[6].shape.name_ref, strings[226]),
                .traits_ref = REF(structures[6].shape.traits_ref, traits[3]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_creds_sso_unauthorized_exception),
            },
            .members_ref = REF(structures[6].members_ref, members[11]),
            .by_wire_name_ref = REF(structures[6].by_wire_name_ref, by_wire_name[11]),
            .member_count = 1,
        },
    },
    .scalars = {
        [0] = { /* AccessKeyType */
            .name_ref = SHAPE_NAME(scalars[0].name_ref, shape_names[0]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [1] = { /* AccessTokenType */
            .name_ref = SHAPE_NAME(scalars[1].name_ref, shape_names[14]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [2] = { /* AccountIdType */
            .name_ref = SHAPE_NAME(scalars[2].name_ref, shape_names[30]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [3] = { /* ErrorDescription */
            .name_ref = SHAPE_NAME(scalars[3].name_ref, shape_names[44]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [4] = { /* ExpirationTimestampType */
            .name_ref = SHAPE_NAME(scalars[4].name_ref, shape_names[61]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [5] = { /* RoleNameType */
            .name_ref = SHAPE_NAME(scalars[5].name_ref, shape_names[154]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [6] = { /* SecretAccessKeyType */
            .name_ref = SHAPE_NAME(scalars[6].name_ref, shape_names[167]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [7] = { /* SessionTokenType */
            .name_ref = SHAPE_NAME(scalars[7].name_ref, shape_names[187]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
    },
    /* the shapes' rarer traits: ranges, XML names and namespaces, payload
     * members, errors' codes and statuses, sinks */
    .traits = {
        [0] = { /* InvalidRequestException */
            .error_code_ref = REF(traits[0].error_code_ref, strings[91]),
            .http_status = 400,
        },
        [1] = { /* ResourceNotFoundException */
            .error_code_ref = REF(traits[1].error_code_ref, strings[123]),
            .http_status = 404,
        },
        [2] = { /* TooManyRequestsException */
            .error_code_ref = REF(traits[2].error_code_ref, strings[201]),
            .http_status = 429,
        },
        [3] = { /* UnauthorizedException */
            .error_code_ref = REF(traits[3].error_code_ref, strings[226]),
            .http_status = 401,
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * location, timestamp format, shape, has_ flag (how far before the
     * value), offset (of the C member), flags */
    .members = {
        [0] = {MREF(0, strings[0]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(0, scalars[5]), 0, offsetof(struct awsc_creds_sso_get_role_credentials_input, role_name), AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME}, /* GetRoleCredentialsRequest.roleName: RoleNameType */
        [1] = {MREF(1, strings[19]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(1, scalars[2]), 0, offsetof(struct awsc_creds_sso_get_role_credentials_input, account_id), AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME}, /* GetRoleCredentialsRequest.accountId: AccountIdType */
        [2] = {MREF(2, strings[40]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(2, scalars[1]), 0, offsetof(struct awsc_creds_sso_get_role_credentials_input, access_token), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME}, /* GetRoleCredentialsRequest.accessToken: AccessTokenType */
        [3] = {MREF(3, strings[75]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(3, structures[4].shape), 0, offsetof(struct awsc_creds_sso_get_role_credentials_output, role_credentials), 0}, /* GetRoleCredentialsResponse.roleCredentials: RoleCredentials */
        [4] = {MREF(4, strings[115]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(4, scalars[3]), 0, offsetof(struct awsc_creds_sso_invalid_request_exception, message), 0}, /* InvalidRequestException.message: ErrorDescription */
        [5] = {MREF(5, strings[115]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(5, scalars[3]), 0, offsetof(struct awsc_creds_sso_resource_not_found_exception, message), 0}, /* ResourceNotFoundException.message: ErrorDescription */
        [6] = {MREF(6, strings[149]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(6, scalars[0]), 0, offsetof(struct awsc_creds_sso_role_credentials, access_key_id), 0}, /* RoleCredentials.accessKeyId: AccessKeyType */
        [7] = {MREF(7, strings[161]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(7, scalars[6]), 0, offsetof(struct awsc_creds_sso_role_credentials, secret_access_key), AWSC_MF_SENSITIVE}, /* RoleCredentials.secretAccessKey: SecretAccessKeyType */
        [8] = {MREF(8, strings[177]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(8, scalars[7]), 0, offsetof(struct awsc_creds_sso_role_credentials, session_token), AWSC_MF_SENSITIVE}, /* RoleCredentials.sessionToken: SessionTokenType */
        [9] = {MREF(9, strings[190]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(9, scalars[4]), AWSC_MEMBER_HAS(struct awsc_creds_sso_role_credentials, expiration, has_expiration), offsetof(struct awsc_creds_sso_role_credentials, expiration), 0}, /* RoleCredentials.expiration: ExpirationTimestampType */
        [10] = {MREF(10, strings[115]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(10, scalars[3]), 0, offsetof(struct awsc_creds_sso_too_many_requests_exception, message), 0}, /* TooManyRequestsException.message: ErrorDescription */
        [11] = {MREF(11, strings[115]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(11, scalars[3]), 0, offsetof(struct awsc_creds_sso_unauthorized_exception, message), 0}, /* UnauthorizedException.message: ErrorDescription */
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
        /*      0 */ "roleName\0" "role_name\0"
        /*     19 */ "accountId\0" "account_id\0"
        /*     40 */ "accessToken\0" "x-amz-sso_bearer_token\0"
        /*     75 */ "roleCredentials\0"
        /*     91 */ "InvalidRequestException\0"
        /*    115 */ "message\0"
        /*    123 */ "ResourceNotFoundException\0"
        /*    149 */ "accessKeyId\0"
        /*    161 */ "secretAccessKey\0"
        /*    177 */ "sessionToken\0"
        /*    190 */ "expiration\0"
        /*    201 */ "TooManyRequestsException\0"
        /*    226 */ "UnauthorizedException\0"
        /*    248 */ "GetRoleCredentials\0"
        /*    267 */ "GET\0"
        /*    271 */ "/federation/credentials\0"
        /*    295 */ "sso\0"
        /*    299 */ "SSO\0"
        /*    303 */ "AWS Single Sign-On\0"
        /*    322 */ "2019-06-10\0"
        /*    333 */ "portal.sso\0"
        /*    344 */ "awsssoportal\0"
        /*    357 */ "1.1",
#if AWSC_WITH_SHAPE_NAMES
    .shape_names =
        /*      0 */ "AccessKeyType\0"
        /*     14 */ "AccessTokenType\0"
        /*     30 */ "AccountIdType\0"
        /*     44 */ "ErrorDescription\0"
        /*     61 */ "ExpirationTimestampType\0"
        /*     85 */ "GetRoleCredentialsRequest\0"
        /*    111 */ "GetRoleCredentialsResponse\0"
        /*    138 */ "RoleCredentials\0"
        /*    154 */ "RoleNameType\0"
        /*    167 */ "SecretAccessKeyType\0"
        /*    187 */ "SessionTokenType",
#endif
};

/* The descriptor programs use (<awsc/creds_sso.h>): the one in the tables. */
const struct awsc_service *awsc_creds_sso_service(void)
{
    return &T.service;
}

#undef RULES_REF
#undef RULES
#undef SHAPE_NAME
#undef MREF
#undef REF
#undef T
