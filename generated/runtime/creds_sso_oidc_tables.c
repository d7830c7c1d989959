/*
 * creds_sso_oidc_tables.c - the service descriptor, operations and shapes of
 * SSO OIDC.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/creds_sso_oidc.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

/* List and map types all share the layouts of awsc_list_view and
 * awsc_map_view, which the codecs rely on. */
_Static_assert(offsetof(struct awsc_creds_sso_oidc_scopes, count) == offsetof(struct awsc_list_view, count), "Scopes");

/*
 * The tables: the service, its operations and every shape, member and
 * name of SSO OIDC in one object, so that each refers to another by its
 * distance from it (awsc_ref, in <awsc/shape.h>): plain read-only data,
 * with no relocation at load time. REF(field, target) is the reference
 * stored at field that names target.
 */
#define T awsc__creds_sso_oidc_tables
#define REF(field, target) AWSC_REF(T.field, T.target)
/* The strings are one literal; it passes the 4095 characters ISO C
 * requires compilers to take (GCC and Clang take any length). */
#pragma GCC diagnostic ignored "-Woverlength-strings"
#ifndef AWSC__CREDS_SSO_OIDC_TABLES
#define AWSC__CREDS_SSO_OIDC_TABLES

/* The endpoint rule set of sso-oidc: a part of the service's tables. */
struct awsc__creds_sso_oidc_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[4];
    uint16_t slots[5];
    struct awsc_ep_rule rules[21];
    struct awsc_ep_expr exprs[37];
    uint16_t args[42];
    struct awsc_ep_endpoint endpoints[6];
    char strings[493];
};
/* The service, its operations and every shape, member and name of
 * SSO OIDC, in one object. */
struct awsc__creds_sso_oidc_tables {
    struct awsc_service service;
    struct awsc_operation operations[1];
    awsc_ref op_errors[11];
    awsc_ref service_errors[14];
    struct awsc__creds_sso_oidc_rules rules;
    struct awsc_shape shapes[36];
    struct awsc_member members[46];
    uint16_t by_wire_name[46];
    char strings[1033];
};
extern const struct awsc__creds_sso_oidc_tables awsc__creds_sso_oidc_tables AWSC__HIDDEN;
#endif
/* RULES_REF(field, target): a reference inside the endpoint rule set's
 * part of the tables. */
#define RULES T.rules
#define RULES_REF(field, target) AWSC_REF(RULES.field, RULES.target)

const struct awsc__creds_sso_oidc_tables T = {
    .service = {
        .name_ref = REF(service.name_ref, strings[963]),
        .service_id_ref = REF(service.service_id_ref, strings[972]),
        .full_name_ref = REF(service.full_name_ref, strings[981]),
        .api_version_ref = REF(service.api_version_ref, strings[994]),
        .endpoint_prefix_ref = REF(service.endpoint_prefix_ref, strings[1005]),
        .signing_name_ref = REF(service.signing_name_ref, strings[1010]),
        .json_version_ref = REF(service.json_version_ref, strings[1020]),
        .env_name_ref = REF(service.env_name_ref, strings[1024]),
        .operations_ref = REF(service.operations_ref, operations[0]),
        .errors_ref = REF(service.errors_ref, service_errors[0]),
        .protocol = AWSC_PROTO_REST_JSON,
        .operation_count = 1,
        .error_count = 14,
        .ruleset_ref = REF(service.ruleset_ref, rules.ruleset),
    },
    /* sorted by name */
    .operations = {
        [0] = { /* CreateToken */
            .name_ref = REF(operations[0].name_ref, strings[939]),
            .http_method_ref = REF(operations[0].http_method_ref, strings[951]),
            .request_uri_ref = REF(operations[0].request_uri_ref, strings[956]),
            .input_ref = REF(operations[0].input_ref, shapes[8]),
            .output_ref = REF(operations[0].output_ref, shapes[9]),
            .errors_ref = REF(operations[0].errors_ref, op_errors[0]),
            .service_ref = REF(operations[0].service_ref, service),
            .error_count = 11,
            .auth = AWSC_AUTH_NONE,
        },
    },
    /* each operation's modeled errors */
    .op_errors = {
        REF(op_errors[0], shapes[0]),
        REF(op_errors[1], shapes[4]),
        REF(op_errors[2], shapes[14]),
        REF(op_errors[3], shapes[17]),
        REF(op_errors[4], shapes[18]),
        REF(op_errors[5], shapes[20]),
        REF(op_errors[6], shapes[22]),
        REF(op_errors[7], shapes[25]),
        REF(op_errors[8], shapes[31]),
        REF(op_errors[9], shapes[34]),
        REF(op_errors[10], shapes[35]),
    },
    /* every modeled error of the service, sorted by its code on the wire */
    .service_errors = {
        REF(service_errors[0], shapes[0]),
        REF(service_errors[1], shapes[4]),
        REF(service_errors[2], shapes[14]),
        REF(service_errors[3], shapes[17]),
        REF(service_errors[4], shapes[18]),
        REF(service_errors[5], shapes[19]),
        REF(service_errors[6], shapes[20]),
        REF(service_errors[7], shapes[21]),
        REF(service_errors[8], shapes[22]),
        REF(service_errors[9], shapes[24]),
        REF(service_errors[10], shapes[25]),
        REF(service_errors[11], shapes[31]),
        REF(service_errors[12], shapes[34]),
        REF(service_errors[13], shapes[35]),
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
        .service = 0, /* sso-oidc */
        .global_region = AWSC_EP_NONE,
        .param_count = 4,
        .slot_count = 5,
        .rule_count = 3,
        .flags = 0,
    },
    /* Parameters: name, default string (a stringArray's: the first in
     * defaults), default count, type, built-in, flags, default boolean. */
    .params = {
        {486, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_REGION, 0, false}, /* Region */
        {9, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_DUAL_STACK, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseDualStack */
        {22, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_FIPS, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseFIPS */
        {30, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ENDPOINT, 0, false}, /* Endpoint */
    },
    /* The slots' names: parameters, then the variables the rules assign. */
    .slots = {
        486, /* 0: Region */
        9, /* 1: UseDualStack */
        22, /* 2: UseFIPS */
        30, /* 3: Endpoint */
        176, /* 4: PartitionResult */
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
        /* 5 */ AWSC_EP_S(39, 65), /* "Invalid Configuration: FIPS and custom endpoint are not supported" */
        /* 6 */ AWSC_EP_V(1), /* UseDualStack */
        /* 7 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 5), /* booleanEquals(UseDualStack, true) */
        /* 8 */ AWSC_EP_S(105, 70), /* "Invalid Configuration: Dualstack and custom endpoint are not supported" */
        /* 9 */ AWSC_EP_V(0), /* Region */
        /* 10 */ AWSC_EP_F(IS_SET, 1, 8), /* isSet(Region) */
        /* 11 */ AWSC_EP_F(PARTITION, 1, 8), /* aws.partition(Region) */
        /* 12 */ AWSC_EP_SET(4, 11), /* PartitionResult = aws.partition(Region) */
        /* 13 */ AWSC_EP_V(4), /* PartitionResult */
        /* 14 */ AWSC_EP_A(13, SUPPORTS_FIPS), /* PartitionResult#supportsFIPS */
        /* 15 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 13), /* booleanEquals(true, PartitionResult#supportsFIPS) */
        /* 16 */ AWSC_EP_A(13, SUPPORTS_DUAL_STACK), /* PartitionResult#supportsDualStack */
        /* 17 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 15), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 18 */ AWSC_EP_S(192, 18), /* "https://oidc-fips." */
        /* 19 */ AWSC_EP_S(209, 1), /* "." */
        /* 20 */ AWSC_EP_A(13, DUAL_STACK_DNS_SUFFIX), /* PartitionResult#dualStackDnsSuffix */
        /* 21 */ AWSC_EP_T(4, 19), /* "https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 22 */ AWSC_EP_S(211, 79), /* "FIPS and DualStack are enabled, but this partition does not support one or both" */
        /* 23 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 14), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 24 */ AWSC_EP_A(13, NAME), /* PartitionResult#name */
        /* 25 */ AWSC_EP_S(291, 10), /* "aws-us-gov" */
        /* 26 */ AWSC_EP_F(STRING_EQUALS, 2, 24), /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 27 */ AWSC_EP_S(302, 13), /* "https://oidc." */
        /* 28 */ AWSC_EP_S(316, 14), /* ".amazonaws.com" */
        /* 29 */ AWSC_EP_T(3, 27), /* "https://oidc.{Region}.amazonaws.com" */
        /* 30 */ AWSC_EP_A(13, DNS_SUFFIX), /* PartitionResult#dnsSuffix */
        /* 31 */ AWSC_EP_T(4, 30), /* "https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 32 */ AWSC_EP_S(331, 56), /* "FIPS is enabled but this partition does not support FIPS" */
        /* 33 */ AWSC_EP_T(4, 34), /* "https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 34 */ AWSC_EP_S(388, 66), /* "DualStack is enabled but this partition does not support DualStack" */
        /* 35 */ AWSC_EP_T(4, 38), /* "https://oidc.{Region}.{PartitionResult#dnsSuffix}" */
        /* 36 */ AWSC_EP_S(455, 37), /* "Invalid Configuration: Missing Region" */
    },
    .args = {
        0, 1, 2, 3, 4, 6, 3, 7, 9, 10, 12, 4, 7, 3, 14, 3,
        16, 15, 17, 18, 9, 19, 20, 23, 24, 25, 26, 27, 9, 28, 18, 9,
        19, 30, 27, 9, 19, 20, 27, 9, 19, 30,
    },
    /* Endpoints: URL, properties, headers (an object of arrays in props). */
    .endpoints = {
        /* 0 */ {0, AWSC_EP_NONE, AWSC_EP_NONE}, /* Endpoint */
        /* 1 */ {21, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 2 */ {29, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://oidc.{Region}.amazonaws.com" */
        /* 3 */ {31, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 4 */ {33, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 5 */ {35, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://oidc.{Region}.{PartitionResult#dnsSuffix}" */
    },
    .strings =
        /*     0 */ "sso-oidc\0"
        /*     9 */ "UseDualStack\0"
        /*    22 */ "UseFIPS\0"
        /*    30 */ "Endpoint\0"
        /*    39 */ "Invalid Configuration: FIPS and custom endpoint are not supported\0"
        /*   105 */ "Invalid Configuration: Dualstack and custom endpoint are not supported\0"
        /*   176 */ "PartitionResult\0"
        /*   192 */ "https://oidc-fips.\0"
        /*   211 */ "FIPS and DualStack are enabled, but this partition does not support one or both\0"
        /*   291 */ "aws-us-gov\0"
        /*   302 */ "https://oidc.\0"
        /*   316 */ ".amazonaws.com\0"
        /*   331 */ "FIPS is enabled but this partition does not support FIPS\0"
        /*   388 */ "DualStack is enabled but this partition does not support DualStack\0"
        /*   455 */ "Invalid Configuration: Missing Region",
    },
    .shapes = {
        [0] = { /* AccessDeniedException */
            .name_ref = REF(shapes[0].name_ref, strings[0]),
            .u.structure.members_ref = REF(shapes[0].u.structure.members_ref, members[0]),
            .u.structure.by_wire_name_ref = REF(shapes[0].u.structure.by_wire_name_ref, by_wire_name[0]),
            .u.structure.error_code_ref = REF(shapes[0].u.structure.error_code_ref, strings[0]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_creds_sso_oidc_access_denied_exception),
            .u.structure.member_count = 3,
            .u.structure.http_status = 400,
        },
        [1] = { /* AccessDeniedExceptionReason */
            .name_ref = REF(shapes[1].name_ref, strings[53]),
            .u.string.enum_values_ref = REF(shapes[1].u.string.enum_values_ref, strings[81]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [2] = { /* AccessToken */
            .name_ref = REF(shapes[2].name_ref, strings[107]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [3] = { /* AuthCode */
            .name_ref = REF(shapes[3].name_ref, strings[119]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [4] = { /* AuthorizationPendingException */
            .name_ref = REF(shapes[4].name_ref, strings[128]),
            .u.structure.members_ref = REF(shapes[4].u.structure.members_ref, members[3]),
            .u.structure.by_wire_name_ref = REF(shapes[4].u.structure.by_wire_name_ref, by_wire_name[3]),
            .u.structure.error_code_ref = REF(shapes[4].u.structure.error_code_ref, strings[128]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_creds_sso_oidc_authorization_pending_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 400,
        },
        [5] = { /* ClientId */
            .name_ref = REF(shapes[5].name_ref, strings[158]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [6] = { /* ClientSecret */
            .name_ref = REF(shapes[6].name_ref, strings[167]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [7] = { /* CodeVerifier */
            .name_ref = REF(shapes[7].name_ref, strings[180]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [8] = { /* CreateTokenRequest */
            .name_ref = REF(shapes[8].name_ref, strings[193]),
            .u.structure.members_ref = REF(shapes[8].u.structure.members_ref, members[5]),
            .u.structure.by_wire_name_ref = REF(shapes[8].u.structure.by_wire_name_ref, by_wire_name[5]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_creds_sso_oidc_create_token_input),
            .u.structure.member_count = 9,
        },
        [9] = { /* CreateTokenResponse */
            .name_ref = REF(shapes[9].name_ref, strings[304]),
            .u.structure.members_ref = REF(shapes[9].u.structure.members_ref, members[14]),
            .u.structure.by_wire_name_ref = REF(shapes[9].u.structure.by_wire_name_ref, by_wire_name[14]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_creds_sso_oidc_create_token_output),
            .u.structure.member_count = 5,
        },
        [10] = { /* DeviceCode */
            .name_ref = REF(shapes[10].name_ref, strings[364]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [11] = { /* Error */
            .name_ref = REF(shapes[11].name_ref, strings[375]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [12] = { /* ErrorDescription */
            .name_ref = REF(shapes[12].name_ref, strings[381]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [13] = { /* ExpirationInSeconds */
            .name_ref = REF(shapes[13].name_ref, strings[398]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [14] = { /* ExpiredTokenException */
            .name_ref = REF(shapes[14].name_ref, strings[418]),
            .u.structure.members_ref = REF(shapes[14].u.structure.members_ref, members[19]),
            .u.structure.by_wire_name_ref = REF(shapes[14].u.structure.by_wire_name_ref, by_wire_name[19]),
            .u.structure.error_code_ref = REF(shapes[14].u.structure.error_code_ref, strings[418]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_creds_sso_oidc_expired_token_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 400,
        },
        [15] = { /* GrantType */
            .name_ref = REF(shapes[15].name_ref, strings[440]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [16] = { /* IdToken */
            .name_ref = REF(shapes[16].name_ref, strings[450]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [17] = { /* InternalServerException */
            .name_ref = REF(shapes[17].name_ref, strings[458]),
            .u.structure.members_ref = REF(shapes[17].u.structure.members_ref, members[21]),
            .u.structure.by_wire_name_ref = REF(shapes[17].u.structure.by_wire_name_ref, by_wire_name[21]),
            .u.structure.error_code_ref = REF(shapes[17].u.structure.error_code_ref, strings[458]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_creds_sso_oidc_internal_server_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 500,
        },
        [18] = { /* InvalidClientException */
            .name_ref = REF(shapes[18].name_ref, strings[482]),
            .u.structure.members_ref = REF(shapes[18].u.structure.members_ref, members[23]),
            .u.structure.by_wire_name_ref = REF(shapes[18].u.structure.by_wire_name_ref, by_wire_name[23]),
            .u.structure.error_code_ref = REF(shapes[18].u.structure.error_code_ref, strings[482]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_creds_sso_oidc_invalid_client_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 401,
        },
        [19] = { /* InvalidClientMetadataException */
            .name_ref = REF(shapes[19].name_ref, strings[505]),
            .u.structure.members_ref = REF(shapes[19].u.structure.members_ref, members[25]),
            .u.structure.by_wire_name_ref = REF(shapes[19].u.structure.by_wire_name_ref, by_wire_name[25]),
            .u.structure.error_code_ref = REF(shapes[19].u.structure.error_code_ref, strings[505]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_creds_sso_oidc_invalid_client_metadata_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 400,
        },
        [20] = { /* InvalidGrantException */
            .name_ref = REF(shapes[20].name_ref, strings[536]),
            .u.structure.members_ref = REF(shapes[20].u.structure.members_ref, members[27]),
            .u.structure.by_wire_name_ref = REF(shapes[20].u.structure.by_wire_name_ref, by_wire_name[27]),
            .u.structure.error_code_ref = REF(shapes[20].u.structure.error_code_ref, strings[536]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_creds_sso_oidc_invalid_grant_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 400,
        },
        [21] = { /* InvalidRedirectUriException */
            .name_ref = REF(shapes[21].name_ref, strings[558]),
            .u.structure.members_ref = REF(shapes[21].u.structure.members_ref, members[29]),
            .u.structure.by_wire_name_ref = REF(shapes[21].u.structure.by_wire_name_ref, by_wire_name[29]),
            .u.structure.error_code_ref = REF(shapes[21].u.structure.error_code_ref, strings[558]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_creds_sso_oidc_invalid_redirect_uri_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 400,
        },
        [22] = { /* InvalidRequestException */
            .name_ref = REF(shapes[22].name_ref, strings[586]),
            .u.structure.members_ref = REF(shapes[22].u.structure.members_ref, members[31]),
            .u.structure.by_wire_name_ref = REF(shapes[22].u.structure.by_wire_name_ref, by_wire_name[31]),
            .u.structure.error_code_ref = REF(shapes[22].u.structure.error_code_ref, strings[586]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_creds_sso_oidc_invalid_request_exception),
            .u.structure.member_count = 3,
            .u.structure.http_status = 400,
        },
        [23] = { /* InvalidRequestExceptionReason */
            .name_ref = REF(shapes[23].name_ref, strings[610]),
            .u.string.enum_values_ref = REF(shapes[23].u.string.enum_values_ref, strings[640]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 4,
        },
        [24] = { /* InvalidRequestRegionException */
            .name_ref = REF(shapes[24].name_ref, strings[739]),
            .u.structure.members_ref = REF(shapes[24].u.structure.members_ref, members[34]),
            .u.structure.by_wire_name_ref = REF(shapes[24].u.structure.by_wire_name_ref, by_wire_name[34]),
            .u.structure.error_code_ref = REF(shapes[24].u.structure.error_code_ref, strings[739]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_creds_sso_oidc_invalid_request_region_exception),
            .u.structure.member_count = 4,
            .u.structure.http_status = 400,
        },
        [25] = { /* InvalidScopeException */
            .name_ref = REF(shapes[25].name_ref, strings[785]),
            .u.structure.members_ref = REF(shapes[25].u.structure.members_ref, members[38]),
            .u.structure.by_wire_name_ref = REF(shapes[25].u.structure.by_wire_name_ref, by_wire_name[38]),
            .u.structure.error_code_ref = REF(shapes[25].u.structure.error_code_ref, strings[785]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_creds_sso_oidc_invalid_scope_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 400,
        },
        [26] = { /* Location */
            .name_ref = REF(shapes[26].name_ref, strings[807]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [27] = { /* RefreshToken */
            .name_ref = REF(shapes[27].name_ref, strings[816]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [28] = { /* Region */
            .name_ref = REF(shapes[28].name_ref, strings[829]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [29] = { /* Scope */
            .name_ref = REF(shapes[29].name_ref, strings[836]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [30] = { /* Scopes */
            .name_ref = REF(shapes[30].name_ref, strings[842]),
            .u.collection.item_ref = REF(shapes[30].u.collection.item_ref, shapes[29]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_creds_sso_oidc_scopes),
        },
        [31] = { /* SlowDownException */
            .name_ref = REF(shapes[31].name_ref, strings[849]),
            .u.structure.members_ref = REF(shapes[31].u.structure.members_ref, members[40]),
            .u.structure.by_wire_name_ref = REF(shapes[31].u.structure.by_wire_name_ref, by_wire_name[40]),
            .u.structure.error_code_ref = REF(shapes[31].u.structure.error_code_ref, strings[849]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_creds_sso_oidc_slow_down_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 400,
        },
        [32] = { /* TokenType */
            .name_ref = REF(shapes[32].name_ref, strings[867]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [33] = { /* URI */
            .name_ref = REF(shapes[33].name_ref, strings[877]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [34] = { /* UnauthorizedClientException */
            .name_ref = REF(shapes[34].name_ref, strings[881]),
            .u.structure.members_ref = REF(shapes[34].u.structure.members_ref, members[42]),
            .u.structure.by_wire_name_ref = REF(shapes[34].u.structure.by_wire_name_ref, by_wire_name[42]),
            .u.structure.error_code_ref = REF(shapes[34].u.structure.error_code_ref, strings[881]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_creds_sso_oidc_unauthorized_client_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 400,
        },
        [35] = { /* UnsupportedGrantTypeException */
            .name_ref = REF(shapes[35].name_ref, strings[909]),
            .u.structure.members_ref = REF(shapes[35].u.structure.members_ref, members[44]),
            .u.structure.by_wire_name_ref = REF(shapes[35].u.structure.by_wire_name_ref, by_wire_name[44]),
            .u.structure.error_code_ref = REF(shapes[35].u.structure.error_code_ref, strings[909]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_creds_sso_oidc_unsupported_grant_type_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 400,
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * shape, offset (of the C member), has_ offset, flags, location,
     * timestamp format */
    .members = {
        [0] = {REF(members[0].name_ref, strings[22]), REF(members[0].shape_ref, shapes[11]), offsetof(struct awsc_creds_sso_oidc_access_denied_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccessDeniedException.error: Error */
        [1] = {REF(members[1].name_ref, strings[28]), REF(members[1].shape_ref, shapes[1]), offsetof(struct awsc_creds_sso_oidc_access_denied_exception, reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccessDeniedException.reason: AccessDeniedExceptionReason */
        [2] = {REF(members[2].name_ref, strings[35]), REF(members[2].shape_ref, shapes[12]), offsetof(struct awsc_creds_sso_oidc_access_denied_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccessDeniedException.error_description: ErrorDescription */
        [3] = {REF(members[3].name_ref, strings[22]), REF(members[3].shape_ref, shapes[11]), offsetof(struct awsc_creds_sso_oidc_authorization_pending_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AuthorizationPendingException.error: Error */
        [4] = {REF(members[4].name_ref, strings[35]), REF(members[4].shape_ref, shapes[12]), offsetof(struct awsc_creds_sso_oidc_authorization_pending_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AuthorizationPendingException.error_description: ErrorDescription */
        [5] = {REF(members[5].name_ref, strings[212]), REF(members[5].shape_ref, shapes[5]), offsetof(struct awsc_creds_sso_oidc_create_token_input, client_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTokenRequest.clientId: ClientId */
        [6] = {REF(members[6].name_ref, strings[221]), REF(members[6].shape_ref, shapes[6]), offsetof(struct awsc_creds_sso_oidc_create_token_input, client_secret), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTokenRequest.clientSecret: ClientSecret */
        [7] = {REF(members[7].name_ref, strings[234]), REF(members[7].shape_ref, shapes[15]), offsetof(struct awsc_creds_sso_oidc_create_token_input, grant_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTokenRequest.grantType: GrantType */
        [8] = {REF(members[8].name_ref, strings[244]), REF(members[8].shape_ref, shapes[10]), offsetof(struct awsc_creds_sso_oidc_create_token_input, device_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTokenRequest.deviceCode: DeviceCode */
        [9] = {REF(members[9].name_ref, strings[255]), REF(members[9].shape_ref, shapes[3]), offsetof(struct awsc_creds_sso_oidc_create_token_input, code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTokenRequest.code: AuthCode */
        [10] = {REF(members[10].name_ref, strings[260]), REF(members[10].shape_ref, shapes[27]), offsetof(struct awsc_creds_sso_oidc_create_token_input, refresh_token), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTokenRequest.refreshToken: RefreshToken */
        [11] = {REF(members[11].name_ref, strings[273]), REF(members[11].shape_ref, shapes[30]), offsetof(struct awsc_creds_sso_oidc_create_token_input, scope), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTokenRequest.scope: Scopes */
        [12] = {REF(members[12].name_ref, strings[279]), REF(members[12].shape_ref, shapes[33]), offsetof(struct awsc_creds_sso_oidc_create_token_input, redirect_uri), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTokenRequest.redirectUri: URI */
        [13] = {REF(members[13].name_ref, strings[291]), REF(members[13].shape_ref, shapes[7]), offsetof(struct awsc_creds_sso_oidc_create_token_input, code_verifier), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTokenRequest.codeVerifier: CodeVerifier */
        [14] = {REF(members[14].name_ref, strings[324]), REF(members[14].shape_ref, shapes[2]), offsetof(struct awsc_creds_sso_oidc_create_token_output, access_token), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTokenResponse.accessToken: AccessToken */
        [15] = {REF(members[15].name_ref, strings[336]), REF(members[15].shape_ref, shapes[32]), offsetof(struct awsc_creds_sso_oidc_create_token_output, token_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTokenResponse.tokenType: TokenType */
        [16] = {REF(members[16].name_ref, strings[346]), REF(members[16].shape_ref, shapes[13]), offsetof(struct awsc_creds_sso_oidc_create_token_output, expires_in), offsetof(struct awsc_creds_sso_oidc_create_token_output, has_expires_in), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTokenResponse.expiresIn: ExpirationInSeconds */
        [17] = {REF(members[17].name_ref, strings[260]), REF(members[17].shape_ref, shapes[27]), offsetof(struct awsc_creds_sso_oidc_create_token_output, refresh_token), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTokenResponse.refreshToken: RefreshToken */
        [18] = {REF(members[18].name_ref, strings[356]), REF(members[18].shape_ref, shapes[16]), offsetof(struct awsc_creds_sso_oidc_create_token_output, id_token), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTokenResponse.idToken: IdToken */
        [19] = {REF(members[19].name_ref, strings[22]), REF(members[19].shape_ref, shapes[11]), offsetof(struct awsc_creds_sso_oidc_expired_token_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExpiredTokenException.error: Error */
        [20] = {REF(members[20].name_ref, strings[35]), REF(members[20].shape_ref, shapes[12]), offsetof(struct awsc_creds_sso_oidc_expired_token_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExpiredTokenException.error_description: ErrorDescription */
        [21] = {REF(members[21].name_ref, strings[22]), REF(members[21].shape_ref, shapes[11]), offsetof(struct awsc_creds_sso_oidc_internal_server_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InternalServerException.error: Error */
        [22] = {REF(members[22].name_ref, strings[35]), REF(members[22].shape_ref, shapes[12]), offsetof(struct awsc_creds_sso_oidc_internal_server_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InternalServerException.error_description: ErrorDescription */
        [23] = {REF(members[23].name_ref, strings[22]), REF(members[23].shape_ref, shapes[11]), offsetof(struct awsc_creds_sso_oidc_invalid_client_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidClientException.error: Error */
        [24] = {REF(members[24].name_ref, strings[35]), REF(members[24].shape_ref, shapes[12]), offsetof(struct awsc_creds_sso_oidc_invalid_client_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidClientException.error_description: ErrorDescription */
        [25] = {REF(members[25].name_ref, strings[22]), REF(members[25].shape_ref, shapes[11]), offsetof(struct awsc_creds_sso_oidc_invalid_client_metadata_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidClientMetadataException.error: Error */
        [26] = {REF(members[26].name_ref, strings[35]), REF(members[26].shape_ref, shapes[12]), offsetof(struct awsc_creds_sso_oidc_invalid_client_metadata_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidClientMetadataException.error_description: ErrorDescription */
        [27] = {REF(members[27].name_ref, strings[22]), REF(members[27].shape_ref, shapes[11]), offsetof(struct awsc_creds_sso_oidc_invalid_grant_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidGrantException.error: Error */
        [28] = {REF(members[28].name_ref, strings[35]), REF(members[28].shape_ref, shapes[12]), offsetof(struct awsc_creds_sso_oidc_invalid_grant_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidGrantException.error_description: ErrorDescription */
        [29] = {REF(members[29].name_ref, strings[22]), REF(members[29].shape_ref, shapes[11]), offsetof(struct awsc_creds_sso_oidc_invalid_redirect_uri_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidRedirectUriException.error: Error */
        [30] = {REF(members[30].name_ref, strings[35]), REF(members[30].shape_ref, shapes[12]), offsetof(struct awsc_creds_sso_oidc_invalid_redirect_uri_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidRedirectUriException.error_description: ErrorDescription */
        [31] = {REF(members[31].name_ref, strings[22]), REF(members[31].shape_ref, shapes[11]), offsetof(struct awsc_creds_sso_oidc_invalid_request_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidRequestException.error: Error */
        [32] = {REF(members[32].name_ref, strings[28]), REF(members[32].shape_ref, shapes[23]), offsetof(struct awsc_creds_sso_oidc_invalid_request_exception, reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidRequestException.reason: InvalidRequestExceptionReason */
        [33] = {REF(members[33].name_ref, strings[35]), REF(members[33].shape_ref, shapes[12]), offsetof(struct awsc_creds_sso_oidc_invalid_request_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidRequestException.error_description: ErrorDescription */
        [34] = {REF(members[34].name_ref, strings[22]), REF(members[34].shape_ref, shapes[11]), offsetof(struct awsc_creds_sso_oidc_invalid_request_region_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidRequestRegionException.error: Error */
        [35] = {REF(members[35].name_ref, strings[35]), REF(members[35].shape_ref, shapes[12]), offsetof(struct awsc_creds_sso_oidc_invalid_request_region_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidRequestRegionException.error_description: ErrorDescription */
        [36] = {REF(members[36].name_ref, strings[769]), REF(members[36].shape_ref, shapes[26]), offsetof(struct awsc_creds_sso_oidc_invalid_request_region_exception, endpoint), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidRequestRegionException.endpoint: Location */
        [37] = {REF(members[37].name_ref, strings[778]), REF(members[37].shape_ref, shapes[28]), offsetof(struct awsc_creds_sso_oidc_invalid_request_region_exception, region), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidRequestRegionException.region: Region */
        [38] = {REF(members[38].name_ref, strings[22]), REF(members[38].shape_ref, shapes[11]), offsetof(struct awsc_creds_sso_oidc_invalid_scope_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidScopeException.error: Error */
        [39] = {REF(members[39].name_ref, strings[35]), REF(members[39].shape_ref, shapes[12]), offsetof(struct awsc_creds_sso_oidc_invalid_scope_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidScopeException.error_description: ErrorDescription */
        [40] = {REF(members[40].name_ref, strings[22]), REF(members[40].shape_ref, shapes[11]), offsetof(struct awsc_creds_sso_oidc_slow_down_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SlowDownException.error: Error */
        [41] = {REF(members[41].name_ref, strings[35]), REF(members[41].shape_ref, shapes[12]), offsetof(struct awsc_creds_sso_oidc_slow_down_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SlowDownException.error_description: ErrorDescription */
        [42] = {REF(members[42].name_ref, strings[22]), REF(members[42].shape_ref, shapes[11]), offsetof(struct awsc_creds_sso_oidc_unauthorized_client_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UnauthorizedClientException.error: Error */
        [43] = {REF(members[43].name_ref, strings[35]), REF(members[43].shape_ref, shapes[12]), offsetof(struct awsc_creds_sso_oidc_unauthorized_client_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UnauthorizedClientException.error_description: ErrorDescription */
        [44] = {REF(members[44].name_ref, strings[22]), REF(members[44].shape_ref, shapes[11]), offsetof(struct awsc_creds_sso_oidc_unsupported_grant_type_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UnsupportedGrantTypeException.error: Error */
        [45] = {REF(members[45].name_ref, strings[35]), REF(members[45].shape_ref, shapes[12]), offsetof(struct awsc_creds_sso_oidc_unsupported_grant_type_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UnsupportedGrantTypeException.error_description: ErrorDescription */
    },
    /* each structure's member indexes, sorted by wire name */
    .by_wire_name = {
        /* [0] AccessDeniedException */ 0, 2, 1,
        /* [3] AuthorizationPendingException */ 0, 1,
        /* [5] CreateTokenRequest */ 0, 1, 4, 8, 3, 2, 7, 5, 6,
        /* [14] CreateTokenResponse */ 0, 2, 4, 3, 1,
        /* [19] ExpiredTokenException */ 0, 1,
        /* [21] InternalServerException */ 0, 1,
        /* [23] InvalidClientException */ 0, 1,
        /* [25] InvalidClientMetadataException */ 0, 1,
        /* [27] InvalidGrantException */ 0, 1,
        /* [29] InvalidRedirectUriException */ 0, 1,
        /* [31] InvalidRequestException */ 0, 2, 1,
        /* [34] InvalidRequestRegionException */ 2, 0, 1, 3,
        /* [38] InvalidScopeException */ 0, 1,
        /* [40] SlowDownException */ 0, 1,
        /* [42] UnauthorizedClientException */ 0, 1,
        /* [44] UnsupportedGrantTypeException */ 0, 1,
    },
    .strings =
        /*      0 */ "AccessDeniedException\0"
        /*     22 */ "error\0"
        /*     28 */ "reason\0"
        /*     35 */ "error_description\0"
        /*     53 */ "AccessDeniedExceptionReason\0"
        /*     81 */ "KMS_AccessDeniedException\0"
        /*    107 */ "AccessToken\0"
        /*    119 */ "AuthCode\0"
        /*    128 */ "AuthorizationPendingException\0"
        /*    158 */ "ClientId\0"
        /*    167 */ "ClientSecret\0"
        /*    180 */ "CodeVerifier\0"
        /*    193 */ "CreateTokenRequest\0"
        /*    212 */ "clientId\0"
        /*    221 */ "clientSecret\0"
        /*    234 */ "grantType\0"
        /*    244 */ "deviceCode\0"
        /*    255 */ "code\0"
        /*    260 */ "refreshToken\0"
        /*    273 */ "scope\0"
        /*    279 */ "redirectUri\0"
        /*    291 */ "codeVerifier\0"
        /*    304 */ "CreateTokenResponse\0"
        /*    324 */ "accessToken\0"
        /*    336 */ "tokenType\0"
        /*    346 */ "expiresIn\0"
        /*    356 */ "idToken\0"
        /*    364 */ "DeviceCode\0"
        /*    375 */ "Error\0"
        /*    381 */ "ErrorDescription\0"
        /*    398 */ "ExpirationInSeconds\0"
        /*    418 */ "ExpiredTokenException\0"
        /*    440 */ "GrantType\0"
        /*    450 */ "IdToken\0"
        /*    458 */ "InternalServerException\0"
        /*    482 */ "InvalidClientException\0"
        /*    505 */ "InvalidClientMetadataException\0"
        /*    536 */ "InvalidGrantException\0"
        /*    558 */ "InvalidRedirectUriException\0"
        /*    586 */ "InvalidRequestException\0"
        /*    610 */ "InvalidRequestExceptionReason\0"
        /*    640 */ "KMS_NotFoundException\0" "KMS_InvalidKeyUsageException\0" "KMS_InvalidStateException\0" "KMS_DisabledException\0"
        /*    739 */ "InvalidRequestRegionException\0"
        /*    769 */ "endpoint\0"
        /*    778 */ "region\0"
        /*    785 */ "InvalidScopeException\0"
        /*    807 */ "Location\0"
        /*    816 */ "RefreshToken\0"
        /*    829 */ "Region\0"
        /*    836 */ "Scope\0"
        /*    842 */ "Scopes\0"
        /*    849 */ "SlowDownException\0"
        /*    867 */ "TokenType\0"
        /*    877 */ "URI\0"
        /*    881 */ "UnauthorizedClientException\0"
        /*    909 */ "UnsupportedGrantTypeException\0"
        /*    939 */ "CreateToken\0"
        /*    951 */ "POST\0"
        /*    956 */ "/token\0"
        /*    963 */ "sso-oidc\0"
        /*    972 */ "SSO OIDC\0"
        /*    981 */ "AWS SSO OIDC\0"
        /*    994 */ "2019-06-10\0"
        /*   1005 */ "oidc\0"
        /*   1010 */ "sso-oauth\0"
        /*   1020 */ "1.1\0"
        /*   1024 */ "SSO_OIDC",
};

/* The descriptor programs use (<awsc/creds_sso_oidc.h>): the one in the tables. */
const struct awsc_service *awsc_creds_sso_oidc_service(void)
{
    return &T.service;
}

enum awsc_creds_sso_oidc_access_denied_exception_reason awsc_creds_sso_oidc_access_denied_exception_reason_parse(const char *value)
{
    return (enum awsc_creds_sso_oidc_access_denied_exception_reason)awsc_enum_parse(&T.strings[81], 1, value);
}

const char *awsc_creds_sso_oidc_access_denied_exception_reason_str(enum awsc_creds_sso_oidc_access_denied_exception_reason value)
{
    return awsc_enum_str(&T.strings[81], 1, (int)value);
}

enum awsc_creds_sso_oidc_invalid_request_exception_reason awsc_creds_sso_oidc_invalid_request_exception_reason_parse(const char *value)
{
    return (enum awsc_creds_sso_oidc_invalid_request_exception_reason)awsc_enum_parse(&T.strings[640], 4, value);
}

const char *awsc_creds_sso_oidc_invalid_request_exception_reason_str(enum awsc_creds_sso_oidc_invalid_request_exception_reason value)
{
    return awsc_enum_str(&T.strings[640], 4, (int)value);
}

#undef RULES_REF
#undef RULES
#undef REF
#undef T
