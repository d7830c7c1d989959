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
    struct awsc_structure_shape structures[16];
    struct awsc_collection_shape collections[1];
    struct awsc_enum_shape enums[2];
    struct awsc_shape scalars[17];
    struct awsc_shape_traits traits[14];
    struct awsc_member members[46];
    uint16_t by_wire_name[46];
    char strings[752];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[281];
#endif
};
extern const struct awsc__creds_sso_oidc_tables awsc__creds_sso_oidc_tables AWSC__HIDDEN;
#endif
/* RULES_REF(field, target): a reference inside the endpoint rule set's
 * part of the tables. */
#define RULES T.rules
#define RULES_REF(field, target) AWSC_REF(RULES.field, RULES.target)

const struct awsc__creds_sso_oidc_tables T = {
    .service = {
        .name_ref = REF(service.name_ref, strings[682]),
        .service_id_ref = REF(service.service_id_ref, strings[691]),
        .full_name_ref = REF(service.full_name_ref, strings[700]),
        .api_version_ref = REF(service.api_version_ref, strings[713]),
        .endpoint_prefix_ref = REF(service.endpoint_prefix_ref, strings[724]),
        .signing_name_ref = REF(service.signing_name_ref, strings[729]),
        .json_version_ref = REF(service.json_version_ref, strings[739]),
        .env_name_ref = REF(service.env_name_ref, strings[743]),
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
            .name_ref = REF(operations[0].name_ref, strings[658]),
            .http_method_ref = REF(operations[0].http_method_ref, strings[670]),
            .request_uri_ref = REF(operations[0].request_uri_ref, strings[675]),
            .input_ref = REF(operations[0].input_ref, structures[2].shape),
            .output_ref = REF(operations[0].output_ref, structures[3].shape),
            .errors_ref = REF(operations[0].errors_ref, op_errors[0]),
            .service_ref = REF(operations[0].service_ref, service),
            .error_count = 11,
            .auth = AWSC_AUTH_NONE,
        },
    },
    /* each operation's modeled errors */
    .op_errors = {
        REF(op_errors[0], structures[0].shape),
        REF(op_errors[1], structures[1].shape),
        REF(op_errors[2], structures[4].shape),
        REF(op_errors[3], structures[5].shape),
        REF(op_errors[4], structures[6].shape),
        REF(op_errors[5], structures[8].shape),
        REF(op_errors[6], structures[10].shape),
        REF(op_errors[7], structures[12].shape),
        REF(op_errors[8], structures[13].shape),
        REF(op_errors[9], structures[14].shape),
        REF(op_errors[10], structures[15].shape),
    },
    /* every modeled error of the service, sorted by its code on the wire */
    .service_errors = {
        REF(service_errors[0], structures[0].shape),
        REF(service_errors[1], structures[1].shape),
        REF(service_errors[2], structures[4].shape),
        REF(service_errors[3], structures[5].shape),
        REF(service_errors[4], structures[6].shape),
        REF(service_errors[5], structures[7].shape),
        REF(service_errors[6], structures[8].shape),
        REF(service_errors[7], structures[9].shape),
        REF(service_errors[8], structures[10].shape),
        REF(service_errors[9], structures[11].shape),
        REF(service_errors[10], structures[12].shape),
        REF(service_errors[11], structures[13].shape),
        REF(service_errors[12], structures[14].shape),
        REF(service_errors[13], structures[15].shape),
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
    .structures = {
        [0] = { /* AccessDeniedException */
            .shape = {
                .name_ref = REF(structures[0].shape.name_ref, strings[0]),
                .traits_ref = REF(structures[0].shape.traits_ref, traits[0]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_creds_sso_oidc_access_denied_exception),
            },
            .members_ref = REF(structures[0].members_ref, members[0]),
            .by_wire_name_ref = REF(structures[0].by_wire_name_ref, by_wire_name[0]),
            .member_count = 3,
        },
        [1] = { /* AuthorizationPendingException */
            .shape = {
                .name_ref = REF(structures[1].shape.name_ref, strings[79]),
                .traits_ref = REF(structures[1].shape.traits_ref, traits[1]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_creds_sso_oidc_authorization_pending_exception),
            },
            .members_ref = REF(structures[1].members_ref, members[3]),
            .by_wire_name_ref = REF(structures[1].by_wire_name_ref, by_wire_name[3]),
            .member_count = 2,
        },
        [2] = { /* CreateTokenRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[2].shape.name_ref, shape_names[84]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_creds_sso_oidc_create_token_input),
            },
            .members_ref = REF(structures[2].members_ref, members[5]),
            .by_wire_name_ref = REF(structures[2].by_wire_name_ref, by_wire_name[5]),
            .member_count = 9,
        },
        [3] = { /* CreateTokenResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[3].shape.name_ref, shape_names[103]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_creds_sso_oidc_create_token_output),
            },
            .members_ref = REF(structures[3].members_ref, members[14]),
            .by_wire_name_ref = REF(structures[3].by_wire_name_ref, by_wire_name[14]),
            .member_count = 5,
        },
        [4] = { /* ExpiredTokenException */
            .shape = {
                .name_ref = REF(structures[4].shape.name_ref, strings[241]),
                .traits_ref = REF(structures[4].shape.traits_ref, traits[2]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_creds_sso_oidc_expired_token_exception),
            },
            .members_ref = REF(structures[4].members_ref, members[19]),
            .by_wire_name_ref = REF(structures[4].by_wire_name_ref, by_wire_name[19]),
            .member_count = 2,
        },
        [5] = { /* InternalServerException */
            .shape = {
                .name_ref = REF(structures[5].shape.name_ref, strings[263]),
                .traits_ref = REF(structures[5].shape.traits_ref, traits[3]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_creds_sso_oidc_internal_server_exception),
            },
            .members_ref = REF(structures[5].members_ref, members[21]),
            .by_wire_name_ref = REF(structures[5].by_wire_name_ref, by_wire_name[21]),
            .member_count = 2,
        },
        [6] = { /* InvalidClientException */
            .shape = {
                .name_ref = REF(structures[6].shape.name_ref, strings[287]),
                .traits_ref = REF(structures[6].shape.traits_ref, traits[4]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_creds_sso_oidc_invalid_client_exception),
            },
            .members_ref = REF(structures[6].members_ref, members[23]),
            .by_wire_name_ref = REF(structures[6].by_wire_name_ref, by_wire_name[23]),
            .member_count = 2,
        },
        [7] = { /* InvalidClientMetadataException */
            .shape = {
                .name_ref = REF(structures[7].shape.name_ref, strings[310]),
                .traits_ref = REF(structures[7].shape.traits_ref, traits[5]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_creds_sso_oidc_invalid_client_metadata_exception),
            },
            .members_ref = REF(structures[7].members_ref, members[25]),
            .by_wire_name_ref = REF(structures[7].by_wire_name_ref, by_wire_name[25]),
            .member_count = 2,
        },
        [8] = { /* InvalidGrantException */
            .shape = {
                .name_ref = REF(structures[8].shape.name_ref, strings[341]),
                .traits_ref = REF(structures[8].shape.traits_ref, traits[6]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_creds_sso_oidc_invalid_grant_exception),
            },
            .members_ref = REF(structures[8].members_ref, members[27]),
            .by_wire_name_ref = REF(structures[8].by_wire_name_ref, by_wire_name[27]),
            .member_count = 2,
        },
        [9] = { /* InvalidRedirectUriException */
            .shape = {
                .name_ref = REF(structures[9].shape.name_ref, strings[363]),
                .traits_ref = REF(structures[9].shape.traits_ref, traits[7]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_creds_sso_oidc_invalid_redirect_uri_exception),
            },
            .members_ref = REF(structures[9].members_ref, members[29]),
            .by_wire_name_ref = REF(structures[9].by_wire_name_ref, by_wire_name[29]),
            .member_count = 2,
        },
        [10] = { /* InvalidRequestException */
            .shape = {
                .name_ref = REF(structures[10].shape.name_ref, strings[391]),
                .traits_ref = REF(structures[10].shape.traits_ref, traits[8]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_creds_sso_oidc_invalid_request_exception),
            },
            .members_ref = REF(structures[10].members_ref, members[31]),
            .by_wire_name_ref = REF(structures[10].by_wire_name_ref, by_wire_name[31]),
            .member_count = 3,
        },
        [11] = { /* InvalidRequestRegionException */
            .shape = {
                .name_ref = REF(structures[11].shape.name_ref, strings[514]),
                .traits_ref = REF(structures[11].shape.traits_ref, traits[9]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_creds_sso_oidc_invalid_request_region_exception),
            },
            .members_ref = REF(structures[11].members_ref, members[34]),
            .by_wire_name_ref = REF(structures[11].by_wire_name_ref, by_wire_name[34]),
            .member_count = 4,
        },
        [12] = { /* InvalidScopeException */
            .shape = {
                .name_ref = REF(structures[12].shape.name_ref, strings[560]),
                .traits_ref = REF(structures[12].shape.traits_ref, traits[10]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_creds_sso_oidc_invalid_scope_exception),
            },
            .members_ref = REF(structures[12].members_ref, members[38]),
            .by_wire_name_ref = REF(structures[12].by_wire_name_ref, by_wire_name[38]),
            .member_count = 2,
        },
        [13] = { /* SlowDownException */
            .shape = {
                .name_ref = REF(structures[13].shape.name_ref, strings[582]),
                .traits_ref = REF(structures[13].shape.traits_ref, traits[11]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_creds_sso_oidc_slow_down_exception),
            },
            .members_ref = REF(structures[13].members_ref, members[40]),
            .by_wire_name_ref = REF(structures[13].by_wire_name_ref, by_wire_name[40]),
            .member_count = 2,
        },
        [14] = { /* UnauthorizedClientException */
            .shape = {
                .name_ref = REF(structures[14].shape.name_ref, strings[600]),
                .traits_ref = REF(structures[14].shape.traits_ref, traits[12]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_creds_sso_oidc_unauthorized_client_exception),
            },
            .members_ref = REF(structures[14].members_ref, members[42]),
            .by_wire_name_ref = REF(structures[14].by_wire_name_ref, by_wire_name[42]),
            .member_count = 2,
        },
        [15] = { /* UnsupportedGrantTypeException */
            .shape = {
                .name_ref = REF(structures[15].shape.name_ref, strings[628]),
                .traits_ref = REF(structures[15].shape.traits_ref, traits[13]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_creds_sso_oidc_unsupported_grant_type_exception),
            },
            .members_ref = REF(structures[15].members_ref, members[44]),
            .by_wire_name_ref = REF(structures[15].by_wire_name_ref, by_wire_name[44]),
            .member_count = 2,
        },
    },
    .collections = {
        [0] = { /* Scopes */
            .shape = {
                .name_ref = SHAPE_NAME(collections[0].shape.name_ref, shape_names[260]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_creds_sso_oidc_scopes),
            },
            .item_ref = REF(collections[0].item_ref, scalars[14]),
        },
    },
    .enums = {
        [0] = { /* AccessDeniedExceptionReason */
            .shape = {
                .name_ref = SHAPE_NAME(enums[0].shape.name_ref, shape_names[0]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[0].enum_values_ref, strings[53]),
            .enum_count = 1,
        },
        [1] = { /* InvalidRequestExceptionReason */
            .shape = {
                .name_ref = SHAPE_NAME(enums[1].shape.name_ref, shape_names[195]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[1].enum_values_ref, strings[415]),
            .enum_count = 4,
        },
    },
    .scalars = {
        [0] = { /* AccessToken */
            .name_ref = SHAPE_NAME(scalars[0].name_ref, shape_names[28]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [1] = { /* AuthCode */
            .name_ref = SHAPE_NAME(scalars[1].name_ref, shape_names[40]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [2] = { /* ClientId */
            .name_ref = SHAPE_NAME(scalars[2].name_ref, shape_names[49]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [3] = { /* ClientSecret */
            .name_ref = SHAPE_NAME(scalars[3].name_ref, shape_names[58]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [4] = { /* CodeVerifier */
            .name_ref = SHAPE_NAME(scalars[4].name_ref, shape_names[71]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [5] = { /* DeviceCode */
            .name_ref = SHAPE_NAME(scalars[5].name_ref, shape_names[123]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [6] = { /* Error */
            .name_ref = SHAPE_NAME(scalars[6].name_ref, shape_names[134]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [7] = { /* ErrorDescription */
            .name_ref = SHAPE_NAME(scalars[7].name_ref, shape_names[140]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [8] = { /* ExpirationInSeconds */
            .name_ref = SHAPE_NAME(scalars[8].name_ref, shape_names[157]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [9] = { /* GrantType */
            .name_ref = SHAPE_NAME(scalars[9].name_ref, shape_names[177]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [10] = { /* IdToken */
            .name_ref = SHAPE_NAME(scalars[10].name_ref, shape_names[187]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [11] = { /* Location */
            .name_ref = SHAPE_NAME(scalars[11].name_ref, shape_names[225]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [12] = { /* RefreshToken */
            .name_ref = SHAPE_NAME(scalars[12].name_ref, shape_names[234]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [13] = { /* Region */
            .name_ref = SHAPE_NAME(scalars[13].name_ref, shape_names[247]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [14] = { /* Scope */
            .name_ref = SHAPE_NAME(scalars[14].name_ref, shape_names[254]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [15] = { /* TokenType */
            .name_ref = SHAPE_NAME(scalars[15].name_ref, shape_names[267]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [16] = { /* URI */
            .name_ref = SHAPE_NAME(scalars[16].name_ref, shape_names[277]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
    },
    /* the shapes' rarer traits: ranges, XML names and namespaces, payload
     * members, errors' codes and statuses, sinks */
    .traits = {
        [0] = { /* AccessDeniedException */
            .error_code_ref = REF(traits[0].error_code_ref, strings[0]),
            .http_status = 400,
        },
        [1] = { /* AuthorizationPendingException */
            .error_code_ref = REF(traits[1].error_code_ref, strings[79]),
            .http_status = 400,
        },
        [2] = { /* ExpiredTokenException */
            .error_code_ref = REF(traits[2].error_code_ref, strings[241]),
            .http_status = 400,
        },
        [3] = { /* InternalServerException */
            .error_code_ref = REF(traits[3].error_code_ref, strings[263]),
            .http_status = 500,
        },
        [4] = { /* InvalidClientException */
            .error_code_ref = REF(traits[4].error_code_ref, strings[287]),
            .http_status = 401,
        },
        [5] = { /* InvalidClientMetadataException */
            .error_code_ref = REF(traits[5].error_code_ref, strings[310]),
            .http_status = 400,
        },
        [6] = { /* InvalidGrantException */
            .error_code_ref = REF(traits[6].error_code_ref, strings[341]),
            .http_status = 400,
        },
        [7] = { /* InvalidRedirectUriException */
            .error_code_ref = REF(traits[7].error_code_ref, strings[363]),
            .http_status = 400,
        },
        [8] = { /* InvalidRequestException */
            .error_code_ref = REF(traits[8].error_code_ref, strings[391]),
            .http_status = 400,
        },
        [9] = { /* InvalidRequestRegionException */
            .error_code_ref = REF(traits[9].error_code_ref, strings[514]),
            .http_status = 400,
        },
        [10] = { /* InvalidScopeException */
            .error_code_ref = REF(traits[10].error_code_ref, strings[560]),
            .http_status = 400,
        },
        [11] = { /* SlowDownException */
            .error_code_ref = REF(traits[11].error_code_ref, strings[582]),
            .http_status = 400,
        },
        [12] = { /* UnauthorizedClientException */
            .error_code_ref = REF(traits[12].error_code_ref, strings[600]),
            .http_status = 400,
        },
        [13] = { /* UnsupportedGrantTypeException */
            .error_code_ref = REF(traits[13].error_code_ref, strings[628]),
            .http_status = 400,
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * location, timestamp format, shape, has_ flag (how far before the
     * value), offset (of the C member), flags */
    .members = {
        [0] = {MREF(0, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(0, scalars[6]), 0, offsetof(struct awsc_creds_sso_oidc_access_denied_exception, error), 0}, /* AccessDeniedException.error: Error */
        [1] = {MREF(1, strings[28]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1, enums[0].shape), 0, offsetof(struct awsc_creds_sso_oidc_access_denied_exception, reason), 0}, /* AccessDeniedException.reason: AccessDeniedExceptionReason */
        [2] = {MREF(2, strings[35]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(2, scalars[7]), 0, offsetof(struct awsc_creds_sso_oidc_access_denied_exception, error_description), 0}, /* AccessDeniedException.error_description: ErrorDescription */
        [3] = {MREF(3, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(3, scalars[6]), 0, offsetof(struct awsc_creds_sso_oidc_authorization_pending_exception, error), 0}, /* AuthorizationPendingException.error: Error */
        [4] = {MREF(4, strings[35]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(4, scalars[7]), 0, offsetof(struct awsc_creds_sso_oidc_authorization_pending_exception, error_description), 0}, /* AuthorizationPendingException.error_description: ErrorDescription */
        [5] = {MREF(5, strings[109]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(5, scalars[2]), 0, offsetof(struct awsc_creds_sso_oidc_create_token_input, client_id), AWSC_MF_REQUIRED}, /* CreateTokenRequest.clientId: ClientId */
        [6] = {MREF(6, strings[118]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(6, scalars[3]), 0, offsetof(struct awsc_creds_sso_oidc_create_token_input, client_secret), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE}, /* CreateTokenRequest.clientSecret: ClientSecret */
        [7] = {MREF(7, strings[131]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(7, scalars[9]), 0, offsetof(struct awsc_creds_sso_oidc_create_token_input, grant_type), AWSC_MF_REQUIRED}, /* CreateTokenRequest.grantType: GrantType */
        [8] = {MREF(8, strings[141]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(8, scalars[5]), 0, offsetof(struct awsc_creds_sso_oidc_create_token_input, device_code), 0}, /* CreateTokenRequest.deviceCode: DeviceCode */
        [9] = {MREF(9, strings[152]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(9, scalars[1]), 0, offsetof(struct awsc_creds_sso_oidc_create_token_input, code), 0}, /* CreateTokenRequest.code: AuthCode */
        [10] = {MREF(10, strings[157]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(10, scalars[12]), 0, offsetof(struct awsc_creds_sso_oidc_create_token_input, refresh_token), AWSC_MF_SENSITIVE}, /* CreateTokenRequest.refreshToken: RefreshToken */
        [11] = {MREF(11, strings[170]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(11, collections[0].shape), 0, offsetof(struct awsc_creds_sso_oidc_create_token_input, scope), 0}, /* CreateTokenRequest.scope: Scopes */
        [12] = {MREF(12, strings[176]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(12, scalars[16]), 0, offsetof(struct awsc_creds_sso_oidc_create_token_input, redirect_uri), 0}, /* CreateTokenRequest.redirectUri: URI */
        [13] = {MREF(13, strings[188]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(13, scalars[4]), 0, offsetof(struct awsc_creds_sso_oidc_create_token_input, code_verifier), AWSC_MF_SENSITIVE}, /* CreateTokenRequest.codeVerifier: CodeVerifier */
        [14] = {MREF(14, strings[201]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(14, scalars[0]), 0, offsetof(struct awsc_creds_sso_oidc_create_token_output, access_token), AWSC_MF_SENSITIVE}, /* CreateTokenResponse.accessToken: AccessToken */
        [15] = {MREF(15, strings[213]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(15, scalars[15]), 0, offsetof(struct awsc_creds_sso_oidc_create_token_output, token_type), 0}, /* CreateTokenResponse.tokenType: TokenType */
        [16] = {MREF(16, strings[223]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(16, scalars[8]), AWSC_MEMBER_HAS(struct awsc_creds_sso_oidc_create_token_output, expires_in, has_expires_in), offsetof(struct awsc_creds_sso_oidc_create_token_output, expires_in), 0}, /* CreateTokenResponse.expiresIn: ExpirationInSeconds */
        [17] = {MREF(17, strings[157]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(17, scalars[12]), 0, offsetof(struct awsc_creds_sso_oidc_create_token_output, refresh_token), AWSC_MF_SENSITIVE}, /* CreateTokenResponse.refreshToken: RefreshToken */
        [18] = {MREF(18, strings[233]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(18, scalars[10]), 0, offsetof(struct awsc_creds_sso_oidc_create_token_output, id_token), AWSC_MF_SENSITIVE}, /* CreateTokenResponse.idToken: IdToken */
        [19] = {MREF(19, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(19, scalars[6]), 0, offsetof(struct awsc_creds_sso_oidc_expired_token_exception, error), 0}, /* ExpiredTokenException.error: Error */
        [20] = {MREF(20, strings[35]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(20, scalars[7]), 0, offsetof(struct awsc_creds_sso_oidc_expired_token_exception, error_description), 0}, /* ExpiredTokenException.error_description: ErrorDescription */
        [21] = {MREF(21, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(21, scalars[6]), 0, offsetof(struct awsc_creds_sso_oidc_internal_server_exception, error), 0}, /* InternalServerException.error: Error */
        [22] = {MREF(22, strings[35]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(22, scalars[7]), 0, offsetof(struct awsc_creds_sso_oidc_internal_server_exception, error_description), 0}, /* InternalServerException.error_description: ErrorDescription */
        [23] = {MREF(23, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(23, scalars[6]), 0, offsetof(struct awsc_creds_sso_oidc_invalid_client_exception, error), 0}, /* InvalidClientException.error: Error */
        [24] = {MREF(24, strings[35]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(24, scalars[7]), 0, offsetof(struct awsc_creds_sso_oidc_invalid_client_exception, error_description), 0}, /* InvalidClientException.error_description: ErrorDescription */
        [25] = {MREF(25, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(25, scalars[6]), 0, offsetof(struct awsc_creds_sso_oidc_invalid_client_metadata_exception, error), 0}, /* InvalidClientMetadataException.error: Error */
        [26] = {MREF(26, strings[35]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(26, scalars[7]), 0, offsetof(struct awsc_creds_sso_oidc_invalid_client_metadata_exception, error_description), 0}, /* InvalidClientMetadataException.error_description: ErrorDescription */
        [27] = {MREF(27, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(27, scalars[6]), 0, offsetof(struct awsc_creds_sso_oidc_invalid_grant_exception, error), 0}, /* InvalidGrantException.error: Error */
        [28] = {MREF(28, strings[35]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(28, scalars[7]), 0, offsetof(struct awsc_creds_sso_oidc_invalid_grant_exception, error_description), 0}, /* InvalidGrantException.error_description: ErrorDescription */
        [29] = {MREF(29, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(29, scalars[6]), 0, offsetof(struct awsc_creds_sso_oidc_invalid_redirect_uri_exception, error), 0}, /* InvalidRedirectUriException.error: Error */
        [30] = {MREF(30, strings[35]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(30, scalars[7]), 0, offsetof(struct awsc_creds_sso_oidc_invalid_redirect_uri_exception, error_description), 0}, /* InvalidRedirectUriException.error_description: ErrorDescription */
        [31] = {MREF(31, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(31, scalars[6]), 0, offsetof(struct awsc_creds_sso_oidc_invalid_request_exception, error), 0}, /* InvalidRequestException.error: Error */
        [32] = {MREF(32, strings[28]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(32, enums[1].shape), 0, offsetof(struct awsc_creds_sso_oidc_invalid_request_exception, reason), 0}, /* InvalidRequestException.reason: InvalidRequestExceptionReason */
        [33] = {MREF(33, strings[35]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(33, scalars[7]), 0, offsetof(struct awsc_creds_sso_oidc_invalid_request_exception, error_description), 0}, /* InvalidRequestException.error_description: ErrorDescription */
        [34] = {MREF(34, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(34, scalars[6]), 0, offsetof(struct awsc_creds_sso_oidc_invalid_request_region_exception, error), 0}, /* InvalidRequestRegionException.error: Error */
        [35] = {MREF(35, strings[35]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(35, scalars[7]), 0, offsetof(struct awsc_creds_sso_oidc_invalid_request_region_exception, error_description), 0}, /* InvalidRequestRegionException.error_description: ErrorDescription */
        [36] = {MREF(36, strings[544]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(36, scalars[11]), 0, offsetof(struct awsc_creds_sso_oidc_invalid_request_region_exception, endpoint), 0}, /* InvalidRequestRegionException.endpoint: Location */
        [37] = {MREF(37, strings[553]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(37, scalars[13]), 0, offsetof(struct awsc_creds_sso_oidc_invalid_request_region_exception, region), 0}, /* InvalidRequestRegionException.region: Region */
        [38] = {MREF(38, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(38, scalars[6]), 0, offsetof(struct awsc_creds_sso_oidc_invalid_scope_exception, error), 0}, /* InvalidScopeException.error: Error */
        [39] = {MREF(39, strings[35]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(39, scalars[7]), 0, offsetof(struct awsc_creds_sso_oidc_invalid_scope_exception, error_description), 0}, /* InvalidScopeException.error_description: ErrorDescription */
        [40] = {MREF(40, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(40, scalars[6]), 0, offsetof(struct awsc_creds_sso_oidc_slow_down_exception, error), 0}, /* SlowDownException.error: Error */
        [41] = {MREF(41, strings[35]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(41, scalars[7]), 0, offsetof(struct awsc_creds_sso_oidc_slow_down_exception, error_description), 0}, /* SlowDownException.error_description: ErrorDescription */
        [42] = {MREF(42, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(42, scalars[6]), 0, offsetof(struct awsc_creds_sso_oidc_unauthorized_client_exception, error), 0}, /* UnauthorizedClientException.error: Error */
        [43] = {MREF(43, strings[35]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(43, scalars[7]), 0, offsetof(struct awsc_creds_sso_oidc_unauthorized_client_exception, error_description), 0}, /* UnauthorizedClientException.error_description: ErrorDescription */
        [44] = {MREF(44, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(44, scalars[6]), 0, offsetof(struct awsc_creds_sso_oidc_unsupported_grant_type_exception, error), 0}, /* UnsupportedGrantTypeException.error: Error */
        [45] = {MREF(45, strings[35]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(45, scalars[7]), 0, offsetof(struct awsc_creds_sso_oidc_unsupported_grant_type_exception, error_description), 0}, /* UnsupportedGrantTypeException.error_description: ErrorDescription */
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
        /*     53 */ "KMS_AccessDeniedException\0"
        /*     79 */ "AuthorizationPendingException\0"
        /*    109 */ "clientId\0"
        /*    118 */ "clientSecret\0"
        /*    131 */ "grantType\0"
        /*    141 */ "deviceCode\0"
        /*    152 */ "code\0"
        /*    157 */ "refreshToken\0"
        /*    170 */ "scope\0"
        /*    176 */ "redirectUri\0"
        /*    188 */ "codeVerifier\0"
        /*    201 */ "accessToken\0"
        /*    213 */ "tokenType\0"
        /*    223 */ "expiresIn\0"
        /*    233 */ "idToken\0"
        /*    241 */ "ExpiredTokenException\0"
        /*    263 */ "InternalServerException\0"
        /*    287 */ "InvalidClientException\0"
        /*    310 */ "InvalidClientMetadataException\0"
        /*    341 */ "InvalidGrantException\0"
        /*    363 */ "InvalidRedirectUriException\0"
        /*    391 */ "InvalidRequestException\0"
        /*    415 */ "KMS_NotFoundException\0" "KMS_InvalidKeyUsageException\0" "KMS_InvalidStateException\0" "KMS_DisabledException\0"
        /*    514 */ "InvalidRequestRegionException\0"
        /*    544 */ "endpoint\0"
        /*    553 */ "region\0"
        /*    560 */ "InvalidScopeException\0"
        /*    582 */ "SlowDownException\0"
        /*    600 */ "UnauthorizedClientException\0"
        /*    628 */ "UnsupportedGrantTypeException\0"
        /*    658 */ "CreateToken\0"
        /*    670 */ "POST\0"
        /*    675 */ "/token\0"
        /*    682 */ "sso-oidc\0"
        /*    691 */ "SSO OIDC\0"
        /*    700 */ "AWS SSO OIDC\0"
        /*    713 */ "2019-06-10\0"
        /*    724 */ "oidc\0"
        /*    729 */ "sso-oauth\0"
        /*    739 */ "1.1\0"
        /*    743 */ "SSO_OIDC",
#if AWSC_WITH_SHAPE_NAMES
    .shape_names =
        /*      0 */ "AccessDeniedExceptionReason\0"
        /*     28 */ "AccessToken\0"
        /*     40 */ "AuthCode\0"
        /*     49 */ "ClientId\0"
        /*     58 */ "ClientSecret\0"
        /*     71 */ "CodeVerifier\0"
        /*     84 */ "CreateTokenRequest\0"
        /*    103 */ "CreateTokenResponse\0"
        /*    123 */ "DeviceCode\0"
        /*    134 */ "Error\0"
        /*    140 */ "ErrorDescription\0"
        /*    157 */ "ExpirationInSeconds\0"
        /*    177 */ "GrantType\0"
        /*    187 */ "IdToken\0"
        /*    195 */ "InvalidRequestExceptionReason\0"
        /*    225 */ "Location\0"
        /*    234 */ "RefreshToken\0"
        /*    247 */ "Region\0"
        /*    254 */ "Scope\0"
        /*    260 */ "Scopes\0"
        /*    267 */ "TokenType\0"
        /*    277 */ "URI",
#endif
};

/* The descriptor programs use (<awsc/creds_sso_oidc.h>): the one in the tables. */
const struct awsc_service *awsc_creds_sso_oidc_service(void)
{
    return &T.service;
}

enum awsc_creds_sso_oidc_access_denied_exception_reason awsc_creds_sso_oidc_access_denied_exception_reason_parse(const char *value)
{
    return (enum awsc_creds_sso_oidc_access_denied_exception_reason)awsc_enum_parse(&T.strings[53], 1, value);
}

const char *awsc_creds_sso_oidc_access_denied_exception_reason_str(enum awsc_creds_sso_oidc_access_denied_exception_reason value)
{
    return awsc_enum_str(&T.strings[53], 1, (int)value);
}

enum awsc_creds_sso_oidc_invalid_request_exception_reason awsc_creds_sso_oidc_invalid_request_exception_reason_parse(const char *value)
{
    return (enum awsc_creds_sso_oidc_invalid_request_exception_reason)awsc_enum_parse(&T.strings[415], 4, value);
}

const char *awsc_creds_sso_oidc_invalid_request_exception_reason_str(enum awsc_creds_sso_oidc_invalid_request_exception_reason value)
{
    return awsc_enum_str(&T.strings[415], 4, (int)value);
}

#undef RULES_REF
#undef RULES
#undef SHAPE_NAME
#undef MREF
#undef REF
#undef T
