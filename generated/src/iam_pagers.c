/*
 * iam_pagers.c - paginators and waiters of IAM: their JMESPath
 * expressions compiled into node tables, the paginator and waiter
 * descriptors, and the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h>. Generated from the service model by awsc's generator; do
 * not edit.
 */
#include <awsc/iam.h>

/* The service's tables object (iam_tables.c), whose first field is
 * the service descriptor. */
extern const struct awsc__iam_tables awsc__iam_tables;
#define SERVICE ((const struct awsc_service *)&awsc__iam_tables)

/* ------------------------------------------------- JMESPath, compiled */

/* Marker */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_0_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 5, .string = "Marker"},
};
static const struct awsc_jmespath jp_0 = {"Marker", jp_0_nodes, 1};
#endif

/* IsTruncated */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_1_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 4, .string = "IsTruncated"},
};
static const struct awsc_jmespath jp_1 = {"IsTruncated", jp_1_nodes, 1};
#endif

/* UserDetailList */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_2_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "UserDetailList"},
};
static const struct awsc_jmespath jp_2 = {"UserDetailList", jp_2_nodes, 1};
#endif

/* GroupDetailList */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_3_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "GroupDetailList"},
};
static const struct awsc_jmespath jp_3 = {"GroupDetailList", jp_3_nodes, 1};
#endif

/* RoleDetailList */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_4_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 2, .string = "RoleDetailList"},
};
static const struct awsc_jmespath jp_4 = {"RoleDetailList", jp_4_nodes, 1};
#endif

/* Policies */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_5_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 3, .string = "Policies"},
};
static const struct awsc_jmespath jp_5 = {"Policies", jp_5_nodes, 1};
#endif

/* Marker */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_6_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 3, .string = "Marker"},
};
static const struct awsc_jmespath jp_6 = {"Marker", jp_6_nodes, 1};
#endif

/* IsTruncated */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_7_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 2, .string = "IsTruncated"},
};
static const struct awsc_jmespath jp_7 = {"IsTruncated", jp_7_nodes, 1};
#endif

/* Users */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_8_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Users"},
};
static const struct awsc_jmespath jp_8 = {"Users", jp_8_nodes, 1};
#endif

/* Group */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_9_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Group"},
};
static const struct awsc_jmespath jp_9 = {"Group", jp_9_nodes, 1};
#endif

/* Marker */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_10_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 2, .string = "Marker"},
};
static const struct awsc_jmespath jp_10 = {"Marker", jp_10_nodes, 1};
#endif

/* IsTruncated */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_11_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "IsTruncated"},
};
static const struct awsc_jmespath jp_11 = {"IsTruncated", jp_11_nodes, 1};
#endif

/* AccessKeyMetadata */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_12_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "AccessKeyMetadata"},
};
static const struct awsc_jmespath jp_12 = {"AccessKeyMetadata", jp_12_nodes, 1};
#endif

/* AccountAliases */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_13_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "AccountAliases"},
};
static const struct awsc_jmespath jp_13 = {"AccountAliases", jp_13_nodes, 1};
#endif

/* AttachedPolicies */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_14_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "AttachedPolicies"},
};
static const struct awsc_jmespath jp_14 = {"AttachedPolicies", jp_14_nodes, 1};
#endif

/* Marker */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_15_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 4, .string = "Marker"},
};
static const struct awsc_jmespath jp_15 = {"Marker", jp_15_nodes, 1};
#endif

/* IsTruncated */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_16_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 3, .string = "IsTruncated"},
};
static const struct awsc_jmespath jp_16 = {"IsTruncated", jp_16_nodes, 1};
#endif

/* PolicyGroups */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_17_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "PolicyGroups"},
};
static const struct awsc_jmespath jp_17 = {"PolicyGroups", jp_17_nodes, 1};
#endif

/* PolicyUsers */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_18_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "PolicyUsers"},
};
static const struct awsc_jmespath jp_18 = {"PolicyUsers", jp_18_nodes, 1};
#endif

/* PolicyRoles */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_19_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 2, .string = "PolicyRoles"},
};
static const struct awsc_jmespath jp_19 = {"PolicyRoles", jp_19_nodes, 1};
#endif

/* PolicyNames */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_20_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "PolicyNames"},
};
static const struct awsc_jmespath jp_20 = {"PolicyNames", jp_20_nodes, 1};
#endif

/* Groups */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_21_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Groups"},
};
static const struct awsc_jmespath jp_21 = {"Groups", jp_21_nodes, 1};
#endif

/* Tags */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_22_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Tags"},
};
static const struct awsc_jmespath jp_22 = {"Tags", jp_22_nodes, 1};
#endif

/* InstanceProfiles */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_23_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "InstanceProfiles"},
};
static const struct awsc_jmespath jp_23 = {"InstanceProfiles", jp_23_nodes, 1};
#endif

/* MFADevices */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_24_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "MFADevices"},
};
static const struct awsc_jmespath jp_24 = {"MFADevices", jp_24_nodes, 1};
#endif

/* Policies */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_25_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Policies"},
};
static const struct awsc_jmespath jp_25 = {"Policies", jp_25_nodes, 1};
#endif

/* Versions */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_26_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Versions"},
};
static const struct awsc_jmespath jp_26 = {"Versions", jp_26_nodes, 1};
#endif

/* Roles */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_27_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Roles"},
};
static const struct awsc_jmespath jp_27 = {"Roles", jp_27_nodes, 1};
#endif

/* SSHPublicKeys */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_28_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "SSHPublicKeys"},
};
static const struct awsc_jmespath jp_28 = {"SSHPublicKeys", jp_28_nodes, 1};
#endif

/* ServerCertificateMetadataList */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_29_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ServerCertificateMetadataList"},
};
static const struct awsc_jmespath jp_29 = {"ServerCertificateMetadataList", jp_29_nodes, 1};
#endif

/* Certificates */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_30_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Certificates"},
};
static const struct awsc_jmespath jp_30 = {"Certificates", jp_30_nodes, 1};
#endif

/* Users */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_31_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Users"},
};
static const struct awsc_jmespath jp_31 = {"Users", jp_31_nodes, 1};
#endif

/* VirtualMFADevices */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_32_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "VirtualMFADevices"},
};
static const struct awsc_jmespath jp_32 = {"VirtualMFADevices", jp_32_nodes, 1};
#endif

/* EvaluationResults */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_33_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "EvaluationResults"},
};
static const struct awsc_jmespath jp_33 = {"EvaluationResults", jp_33_nodes, 1};
#endif

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

/* GetAccountAuthorizationDetails */
static const uint16_t pg_0_input_tokens[] = {
    2, /* Marker */
};
static const struct awsc_jmespath *const pg_0_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_0_result_keys[] = {&jp_2, &jp_3, &jp_4, &jp_5};

/* GetGroup */
static const uint16_t pg_1_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_1_output_tokens[] = {&jp_6};
static const struct awsc_jmespath *const pg_1_result_keys[] = {&jp_8};
static const struct awsc_jmespath *const pg_1_non_aggregate_keys[] = {&jp_9};

/* ListAccessKeys */
static const uint16_t pg_2_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_2_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_2_result_keys[] = {&jp_12};

/* ListAccountAliases */
static const uint16_t pg_3_input_tokens[] = {
    0, /* Marker */
};
static const struct awsc_jmespath *const pg_3_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_3_result_keys[] = {&jp_13};

/* ListAttachedGroupPolicies */
static const uint16_t pg_4_input_tokens[] = {
    2, /* Marker */
};
static const struct awsc_jmespath *const pg_4_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_4_result_keys[] = {&jp_14};

/* ListAttachedRolePolicies */
static const uint16_t pg_5_input_tokens[] = {
    2, /* Marker */
};
static const struct awsc_jmespath *const pg_5_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_5_result_keys[] = {&jp_14};

/* ListAttachedUserPolicies */
static const uint16_t pg_6_input_tokens[] = {
    2, /* Marker */
};
static const struct awsc_jmespath *const pg_6_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_6_result_keys[] = {&jp_14};

/* ListEntitiesForPolicy */
static const uint16_t pg_7_input_tokens[] = {
    4, /* Marker */
};
static const struct awsc_jmespath *const pg_7_output_tokens[] = {&jp_15};
static const struct awsc_jmespath *const pg_7_result_keys[] = {&jp_17, &jp_18, &jp_19};

/* ListGroupPolicies */
static const uint16_t pg_8_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_8_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_8_result_keys[] = {&jp_20};

/* ListGroups */
static const uint16_t pg_9_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_9_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_9_result_keys[] = {&jp_21};

/* ListGroupsForUser */
static const uint16_t pg_10_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_10_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_10_result_keys[] = {&jp_21};

/* ListInstanceProfileTags */
static const uint16_t pg_11_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_11_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_11_result_keys[] = {&jp_22};

/* ListInstanceProfiles */
static const uint16_t pg_12_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_12_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_12_result_keys[] = {&jp_23};

/* ListInstanceProfilesForRole */
static const uint16_t pg_13_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_13_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_13_result_keys[] = {&jp_23};

/* ListMFADeviceTags */
static const uint16_t pg_14_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_14_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_14_result_keys[] = {&jp_22};

/* ListMFADevices */
static const uint16_t pg_15_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_15_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_15_result_keys[] = {&jp_24};

/* ListOpenIDConnectProviderTags */
static const uint16_t pg_16_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_16_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_16_result_keys[] = {&jp_22};

/* ListPolicies */
static const uint16_t pg_17_input_tokens[] = {
    4, /* Marker */
};
static const struct awsc_jmespath *const pg_17_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_17_result_keys[] = {&jp_25};

/* ListPolicyTags */
static const uint16_t pg_18_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_18_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_18_result_keys[] = {&jp_22};

/* ListPolicyVersions */
static const uint16_t pg_19_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_19_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_19_result_keys[] = {&jp_26};

/* ListRolePolicies */
static const uint16_t pg_20_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_20_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_20_result_keys[] = {&jp_20};

/* ListRoleTags */
static const uint16_t pg_21_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_21_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_21_result_keys[] = {&jp_22};

/* ListRoles */
static const uint16_t pg_22_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_22_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_22_result_keys[] = {&jp_27};

/* ListSAMLProviderTags */
static const uint16_t pg_23_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_23_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_23_result_keys[] = {&jp_22};

/* ListSSHPublicKeys */
static const uint16_t pg_24_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_24_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_24_result_keys[] = {&jp_28};

/* ListServerCertificateTags */
static const uint16_t pg_25_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_25_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_25_result_keys[] = {&jp_22};

/* ListServerCertificates */
static const uint16_t pg_26_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_26_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_26_result_keys[] = {&jp_29};

/* ListSigningCertificates */
static const uint16_t pg_27_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_27_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_27_result_keys[] = {&jp_30};

/* ListUserPolicies */
static const uint16_t pg_28_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_28_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_28_result_keys[] = {&jp_20};

/* ListUserTags */
static const uint16_t pg_29_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_29_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_29_result_keys[] = {&jp_22};

/* ListUsers */
static const uint16_t pg_30_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_30_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_30_result_keys[] = {&jp_31};

/* ListVirtualMFADevices */
static const uint16_t pg_31_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_31_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_31_result_keys[] = {&jp_32};

/* SimulateCustomPolicy */
static const uint16_t pg_32_input_tokens[] = {
    11, /* Marker */
};
static const struct awsc_jmespath *const pg_32_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_32_result_keys[] = {&jp_33};

/* SimulatePrincipalPolicy */
static const uint16_t pg_33_input_tokens[] = {
    12, /* Marker */
};
static const struct awsc_jmespath *const pg_33_output_tokens[] = {&jp_10};
static const struct awsc_jmespath *const pg_33_result_keys[] = {&jp_33};

const struct awsc_paginator awsc_iam_paginators[34] = {
    {
        .name = "GetAccountAuthorizationDetails",
        .service = SERVICE,
        .operation = 62, /* GetAccountAuthorizationDetails */
        .input_tokens = pg_0_input_tokens,
        .output_tokens = pg_0_output_tokens,
        .token_count = 1,
        .more_results = &jp_1,
        .limit_key = 1,
        .result_keys = pg_0_result_keys,
        .result_key_count = 4,
    },
    {
        .name = "GetGroup",
        .service = SERVICE,
        .operation = 69, /* GetGroup */
        .input_tokens = pg_1_input_tokens,
        .output_tokens = pg_1_output_tokens,
        .token_count = 1,
        .more_results = &jp_7,
        .limit_key = 2,
        .result_keys = pg_1_result_keys,
        .result_key_count = 1,
        .non_aggregate_keys = pg_1_non_aggregate_keys,
        .non_aggregate_key_count = 1,
    },
    {
        .name = "ListAccessKeys",
        .service = SERVICE,
        .operation = 90, /* ListAccessKeys */
        .input_tokens = pg_2_input_tokens,
        .output_tokens = pg_2_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 2,
        .result_keys = pg_2_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListAccountAliases",
        .service = SERVICE,
        .operation = 91, /* ListAccountAliases */
        .input_tokens = pg_3_input_tokens,
        .output_tokens = pg_3_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 1,
        .result_keys = pg_3_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListAttachedGroupPolicies",
        .service = SERVICE,
        .operation = 92, /* ListAttachedGroupPolicies */
        .input_tokens = pg_4_input_tokens,
        .output_tokens = pg_4_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 3,
        .result_keys = pg_4_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListAttachedRolePolicies",
        .service = SERVICE,
        .operation = 93, /* ListAttachedRolePolicies */
        .input_tokens = pg_5_input_tokens,
        .output_tokens = pg_5_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 3,
        .result_keys = pg_5_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListAttachedUserPolicies",
        .service = SERVICE,
        .operation = 94, /* ListAttachedUserPolicies */
        .input_tokens = pg_6_input_tokens,
        .output_tokens = pg_6_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 3,
        .result_keys = pg_6_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListEntitiesForPolicy",
        .service = SERVICE,
        .operation = 96, /* ListEntitiesForPolicy */
        .input_tokens = pg_7_input_tokens,
        .output_tokens = pg_7_output_tokens,
        .token_count = 1,
        .more_results = &jp_16,
        .limit_key = 5,
        .result_keys = pg_7_result_keys,
        .result_key_count = 3,
    },
    {
        .name = "ListGroupPolicies",
        .service = SERVICE,
        .operation = 97, /* ListGroupPolicies */
        .input_tokens = pg_8_input_tokens,
        .output_tokens = pg_8_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 2,
        .result_keys = pg_8_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListGroups",
        .service = SERVICE,
        .operation = 98, /* ListGroups */
        .input_tokens = pg_9_input_tokens,
        .output_tokens = pg_9_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 2,
        .result_keys = pg_9_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListGroupsForUser",
        .service = SERVICE,
        .operation = 99, /* ListGroupsForUser */
        .input_tokens = pg_10_input_tokens,
        .output_tokens = pg_10_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 2,
        .result_keys = pg_10_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListInstanceProfileTags",
        .service = SERVICE,
        .operation = 100, /* ListInstanceProfileTags */
        .input_tokens = pg_11_input_tokens,
        .output_tokens = pg_11_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 2,
        .result_keys = pg_11_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListInstanceProfiles",
        .service = SERVICE,
        .operation = 101, /* ListInstanceProfiles */
        .input_tokens = pg_12_input_tokens,
        .output_tokens = pg_12_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 2,
        .result_keys = pg_12_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListInstanceProfilesForRole",
        .service = SERVICE,
        .operation = 102, /* ListInstanceProfilesForRole */
        .input_tokens = pg_13_input_tokens,
        .output_tokens = pg_13_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 2,
        .result_keys = pg_13_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListMFADeviceTags",
        .service = SERVICE,
        .operation = 103, /* ListMFADeviceTags */
        .input_tokens = pg_14_input_tokens,
        .output_tokens = pg_14_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 2,
        .result_keys = pg_14_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListMFADevices",
        .service = SERVICE,
        .operation = 104, /* ListMFADevices */
        .input_tokens = pg_15_input_tokens,
        .output_tokens = pg_15_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 2,
        .result_keys = pg_15_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListOpenIDConnectProviderTags",
        .service = SERVICE,
        .operation = 105, /* ListOpenIDConnectProviderTags */
        .input_tokens = pg_16_input_tokens,
        .output_tokens = pg_16_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 2,
        .result_keys = pg_16_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListPolicies",
        .service = SERVICE,
        .operation = 108, /* ListPolicies */
        .input_tokens = pg_17_input_tokens,
        .output_tokens = pg_17_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 5,
        .result_keys = pg_17_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListPolicyTags",
        .service = SERVICE,
        .operation = 110, /* ListPolicyTags */
        .input_tokens = pg_18_input_tokens,
        .output_tokens = pg_18_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 2,
        .result_keys = pg_18_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListPolicyVersions",
        .service = SERVICE,
        .operation = 111, /* ListPolicyVersions */
        .input_tokens = pg_19_input_tokens,
        .output_tokens = pg_19_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 2,
        .result_keys = pg_19_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListRolePolicies",
        .service = SERVICE,
        .operation = 112, /* ListRolePolicies */
        .input_tokens = pg_20_input_tokens,
        .output_tokens = pg_20_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 2,
        .result_keys = pg_20_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListRoleTags",
        .service = SERVICE,
        .operation = 113, /* ListRoleTags */
        .input_tokens = pg_21_input_tokens,
        .output_tokens = pg_21_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 2,
        .result_keys = pg_21_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListRoles",
        .service = SERVICE,
        .operation = 114, /* ListRoles */
        .input_tokens = pg_22_input_tokens,
        .output_tokens = pg_22_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 2,
        .result_keys = pg_22_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListSAMLProviderTags",
        .service = SERVICE,
        .operation = 115, /* ListSAMLProviderTags */
        .input_tokens = pg_23_input_tokens,
        .output_tokens = pg_23_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 2,
        .result_keys = pg_23_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListSSHPublicKeys",
        .service = SERVICE,
        .operation = 117, /* ListSSHPublicKeys */
        .input_tokens = pg_24_input_tokens,
        .output_tokens = pg_24_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 2,
        .result_keys = pg_24_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListServerCertificateTags",
        .service = SERVICE,
        .operation = 118, /* ListServerCertificateTags */
        .input_tokens = pg_25_input_tokens,
        .output_tokens = pg_25_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 2,
        .result_keys = pg_25_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListServerCertificates",
        .service = SERVICE,
        .operation = 119, /* ListServerCertificates */
        .input_tokens = pg_26_input_tokens,
        .output_tokens = pg_26_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 2,
        .result_keys = pg_26_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListSigningCertificates",
        .service = SERVICE,
        .operation = 121, /* ListSigningCertificates */
        .input_tokens = pg_27_input_tokens,
        .output_tokens = pg_27_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 2,
        .result_keys = pg_27_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListUserPolicies",
        .service = SERVICE,
        .operation = 122, /* ListUserPolicies */
        .input_tokens = pg_28_input_tokens,
        .output_tokens = pg_28_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 2,
        .result_keys = pg_28_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListUserTags",
        .service = SERVICE,
        .operation = 123, /* ListUserTags */
        .input_tokens = pg_29_input_tokens,
        .output_tokens = pg_29_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 2,
        .result_keys = pg_29_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListUsers",
        .service = SERVICE,
        .operation = 124, /* ListUsers */
        .input_tokens = pg_30_input_tokens,
        .output_tokens = pg_30_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 2,
        .result_keys = pg_30_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListVirtualMFADevices",
        .service = SERVICE,
        .operation = 125, /* ListVirtualMFADevices */
        .input_tokens = pg_31_input_tokens,
        .output_tokens = pg_31_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 2,
        .result_keys = pg_31_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "SimulateCustomPolicy",
        .service = SERVICE,
        .operation = 140, /* SimulateCustomPolicy */
        .input_tokens = pg_32_input_tokens,
        .output_tokens = pg_32_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 10,
        .result_keys = pg_32_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "SimulatePrincipalPolicy",
        .service = SERVICE,
        .operation = 141, /* SimulatePrincipalPolicy */
        .input_tokens = pg_33_input_tokens,
        .output_tokens = pg_33_output_tokens,
        .token_count = 1,
        .more_results = &jp_11,
        .limit_key = 11,
        .result_keys = pg_33_result_keys,
        .result_key_count = 1,
    },
};

int awsc_iam_get_account_authorization_details_paginate(struct awsc_client *client,
                                                        const struct awsc_iam_get_account_authorization_details_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[0], input, options, pager, err);
}

int awsc_iam_get_account_authorization_details_next_page(struct awsc_pager *pager,
                                                         struct awsc_iam_get_account_authorization_details_output **page,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[0], page, err);
}

static void pg_0_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_get_account_authorization_details_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_get_account_authorization_details_next_page_async(struct awsc_pager *pager,
                                                               awsc_iam_get_account_authorization_details_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_account_authorization_details_next_item(struct awsc_pager *pager,
                                                         const struct awsc_iam_user_detail **item,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[0], false, item, err);
}

static void pg_0_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_get_account_authorization_details_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_get_account_authorization_details_next_item_async(struct awsc_pager *pager,
                                                               awsc_iam_get_account_authorization_details_item_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_account_authorization_details_collect(struct awsc_pager *pager,
                                                       struct awsc_iam_get_account_authorization_details_output **output,
                                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[0], output, err);
}

int awsc_iam_get_group_paginate(struct awsc_client *client,
                                const struct awsc_iam_get_group_input *input,
                                const struct awsc_page_options *options,
                                struct awsc_pager **pager,
                                struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[1], input, options, pager, err);
}

int awsc_iam_get_group_next_page(struct awsc_pager *pager,
                                 struct awsc_iam_get_group_output **page,
                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[1], page, err);
}

static void pg_1_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_get_group_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_get_group_next_page_async(struct awsc_pager *pager,
                                       awsc_iam_get_group_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_group_next_item(struct awsc_pager *pager,
                                 const struct awsc_iam_user **item,
                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[1], false, item, err);
}

static void pg_1_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_get_group_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_get_group_next_item_async(struct awsc_pager *pager,
                                       awsc_iam_get_group_item_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_group_collect(struct awsc_pager *pager,
                               struct awsc_iam_get_group_output **output,
                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[1], output, err);
}

int awsc_iam_list_access_keys_paginate(struct awsc_client *client,
                                       const struct awsc_iam_list_access_keys_input *input,
                                       const struct awsc_page_options *options,
                                       struct awsc_pager **pager,
                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[2], input, options, pager, err);
}

int awsc_iam_list_access_keys_next_page(struct awsc_pager *pager,
                                        struct awsc_iam_list_access_keys_output **page,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[2], page, err);
}

static void pg_2_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_access_keys_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_access_keys_next_page_async(struct awsc_pager *pager,
                                              awsc_iam_list_access_keys_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_access_keys_next_item(struct awsc_pager *pager,
                                        const struct awsc_iam_access_key_metadata **item,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[2], false, item, err);
}

static void pg_2_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_access_keys_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_access_keys_next_item_async(struct awsc_pager *pager,
                                              awsc_iam_list_access_keys_item_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_access_keys_collect(struct awsc_pager *pager,
                                      struct awsc_iam_list_access_keys_output **output,
                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[2], output, err);
}

int awsc_iam_list_account_aliases_paginate(struct awsc_client *client,
                                           const struct awsc_iam_list_account_aliases_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[3], input, options, pager, err);
}

int awsc_iam_list_account_aliases_next_page(struct awsc_pager *pager,
                                            struct awsc_iam_list_account_aliases_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[3], page, err);
}

static void pg_3_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_account_aliases_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_account_aliases_next_page_async(struct awsc_pager *pager,
                                                  awsc_iam_list_account_aliases_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_account_aliases_next_item(struct awsc_pager *pager,
                                            const char **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[3], true, item, err);
}

static void pg_3_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_account_aliases_item_cb *)cb)(user_data, status, item ? *(const char *const *)item : NULL, err);
}

int awsc_iam_list_account_aliases_next_item_async(struct awsc_pager *pager,
                                                  awsc_iam_list_account_aliases_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_account_aliases_collect(struct awsc_pager *pager,
                                          struct awsc_iam_list_account_aliases_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[3], output, err);
}

int awsc_iam_list_attached_group_policies_paginate(struct awsc_client *client,
                                                   const struct awsc_iam_list_attached_group_policies_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[4], input, options, pager, err);
}

int awsc_iam_list_attached_group_policies_next_page(struct awsc_pager *pager,
                                                    struct awsc_iam_list_attached_group_policies_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[4], page, err);
}

static void pg_4_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_attached_group_policies_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_attached_group_policies_next_page_async(struct awsc_pager *pager,
                                                          awsc_iam_list_attached_group_policies_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[4], pg_4_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_attached_group_policies_next_item(struct awsc_pager *pager,
                                                    const struct awsc_iam_attached_policy **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[4], false, item, err);
}

static void pg_4_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_attached_group_policies_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_attached_group_policies_next_item_async(struct awsc_pager *pager,
                                                          awsc_iam_list_attached_group_policies_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[4], pg_4_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_attached_group_policies_collect(struct awsc_pager *pager,
                                                  struct awsc_iam_list_attached_group_policies_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[4], output, err);
}

int awsc_iam_list_attached_role_policies_paginate(struct awsc_client *client,
                                                  const struct awsc_iam_list_attached_role_policies_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[5], input, options, pager, err);
}

int awsc_iam_list_attached_role_policies_next_page(struct awsc_pager *pager,
                                                   struct awsc_iam_list_attached_role_policies_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[5], page, err);
}

static void pg_5_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_attached_role_policies_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_attached_role_policies_next_page_async(struct awsc_pager *pager,
                                                         awsc_iam_list_attached_role_policies_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[5], pg_5_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_attached_role_policies_next_item(struct awsc_pager *pager,
                                                   const struct awsc_iam_attached_policy **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[5], false, item, err);
}

static void pg_5_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_attached_role_policies_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_attached_role_policies_next_item_async(struct awsc_pager *pager,
                                                         awsc_iam_list_attached_role_policies_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[5], pg_5_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_attached_role_policies_collect(struct awsc_pager *pager,
                                                 struct awsc_iam_list_attached_role_policies_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[5], output, err);
}

int awsc_iam_list_attached_user_policies_paginate(struct awsc_client *client,
                                                  const struct awsc_iam_list_attached_user_policies_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[6], input, options, pager, err);
}

int awsc_iam_list_attached_user_policies_next_page(struct awsc_pager *pager,
                                                   struct awsc_iam_list_attached_user_policies_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[6], page, err);
}

static void pg_6_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_attached_user_policies_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_attached_user_policies_next_page_async(struct awsc_pager *pager,
                                                         awsc_iam_list_attached_user_policies_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[6], pg_6_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_attached_user_policies_next_item(struct awsc_pager *pager,
                                                   const struct awsc_iam_attached_policy **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[6], false, item, err);
}

static void pg_6_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_attached_user_policies_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_attached_user_policies_next_item_async(struct awsc_pager *pager,
                                                         awsc_iam_list_attached_user_policies_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[6], pg_6_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_attached_user_policies_collect(struct awsc_pager *pager,
                                                 struct awsc_iam_list_attached_user_policies_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[6], output, err);
}

int awsc_iam_list_entities_for_policy_paginate(struct awsc_client *client,
                                               const struct awsc_iam_list_entities_for_policy_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[7], input, options, pager, err);
}

int awsc_iam_list_entities_for_policy_next_page(struct awsc_pager *pager,
                                                struct awsc_iam_list_entities_for_policy_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[7], page, err);
}

static void pg_7_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_entities_for_policy_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_entities_for_policy_next_page_async(struct awsc_pager *pager,
                                                      awsc_iam_list_entities_for_policy_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[7], pg_7_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_entities_for_policy_next_item(struct awsc_pager *pager,
                                                const struct awsc_iam_policy_group **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[7], false, item, err);
}

static void pg_7_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_entities_for_policy_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_entities_for_policy_next_item_async(struct awsc_pager *pager,
                                                      awsc_iam_list_entities_for_policy_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[7], pg_7_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_entities_for_policy_collect(struct awsc_pager *pager,
                                              struct awsc_iam_list_entities_for_policy_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[7], output, err);
}

int awsc_iam_list_group_policies_paginate(struct awsc_client *client,
                                          const struct awsc_iam_list_group_policies_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[8], input, options, pager, err);
}

int awsc_iam_list_group_policies_next_page(struct awsc_pager *pager,
                                           struct awsc_iam_list_group_policies_output **page,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[8], page, err);
}

static void pg_8_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_group_policies_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_group_policies_next_page_async(struct awsc_pager *pager,
                                                 awsc_iam_list_group_policies_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[8], pg_8_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_group_policies_next_item(struct awsc_pager *pager,
                                           const char **item,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[8], true, item, err);
}

static void pg_8_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_group_policies_item_cb *)cb)(user_data, status, item ? *(const char *const *)item : NULL, err);
}

int awsc_iam_list_group_policies_next_item_async(struct awsc_pager *pager,
                                                 awsc_iam_list_group_policies_item_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[8], pg_8_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_group_policies_collect(struct awsc_pager *pager,
                                         struct awsc_iam_list_group_policies_output **output,
                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[8], output, err);
}

int awsc_iam_list_groups_paginate(struct awsc_client *client,
                                  const struct awsc_iam_list_groups_input *input,
                                  const struct awsc_page_options *options,
                                  struct awsc_pager **pager,
                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[9], input, options, pager, err);
}

int awsc_iam_list_groups_next_page(struct awsc_pager *pager,
                                   struct awsc_iam_list_groups_output **page,
                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[9], page, err);
}

static void pg_9_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_groups_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_groups_next_page_async(struct awsc_pager *pager,
                                         awsc_iam_list_groups_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[9], pg_9_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_groups_next_item(struct awsc_pager *pager,
                                   const struct awsc_iam_group **item,
                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[9], false, item, err);
}

static void pg_9_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_groups_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_groups_next_item_async(struct awsc_pager *pager,
                                         awsc_iam_list_groups_item_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[9], pg_9_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_groups_collect(struct awsc_pager *pager,
                                 struct awsc_iam_list_groups_output **output,
                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[9], output, err);
}

int awsc_iam_list_groups_for_user_paginate(struct awsc_client *client,
                                           const struct awsc_iam_list_groups_for_user_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[10], input, options, pager, err);
}

int awsc_iam_list_groups_for_user_next_page(struct awsc_pager *pager,
                                            struct awsc_iam_list_groups_for_user_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[10], page, err);
}

static void pg_10_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_groups_for_user_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_groups_for_user_next_page_async(struct awsc_pager *pager,
                                                  awsc_iam_list_groups_for_user_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[10], pg_10_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_groups_for_user_next_item(struct awsc_pager *pager,
                                            const struct awsc_iam_group **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[10], false, item, err);
}

static void pg_10_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_groups_for_user_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_groups_for_user_next_item_async(struct awsc_pager *pager,
                                                  awsc_iam_list_groups_for_user_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[10], pg_10_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_groups_for_user_collect(struct awsc_pager *pager,
                                          struct awsc_iam_list_groups_for_user_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[10], output, err);
}

int awsc_iam_list_instance_profile_tags_paginate(struct awsc_client *client,
                                                 const struct awsc_iam_list_instance_profile_tags_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[11], input, options, pager, err);
}

int awsc_iam_list_instance_profile_tags_next_page(struct awsc_pager *pager,
                                                  struct awsc_iam_list_instance_profile_tags_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[11], page, err);
}

static void pg_11_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_instance_profile_tags_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_instance_profile_tags_next_page_async(struct awsc_pager *pager,
                                                        awsc_iam_list_instance_profile_tags_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[11], pg_11_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_instance_profile_tags_next_item(struct awsc_pager *pager,
                                                  const struct awsc_iam_tag **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[11], false, item, err);
}

static void pg_11_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_instance_profile_tags_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_instance_profile_tags_next_item_async(struct awsc_pager *pager,
                                                        awsc_iam_list_instance_profile_tags_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[11], pg_11_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_instance_profile_tags_collect(struct awsc_pager *pager,
                                                struct awsc_iam_list_instance_profile_tags_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[11], output, err);
}

int awsc_iam_list_instance_profiles_paginate(struct awsc_client *client,
                                             const struct awsc_iam_list_instance_profiles_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[12], input, options, pager, err);
}

int awsc_iam_list_instance_profiles_next_page(struct awsc_pager *pager,
                                              struct awsc_iam_list_instance_profiles_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[12], page, err);
}

static void pg_12_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_instance_profiles_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_instance_profiles_next_page_async(struct awsc_pager *pager,
                                                    awsc_iam_list_instance_profiles_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[12], pg_12_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_instance_profiles_next_item(struct awsc_pager *pager,
                                              const struct awsc_iam_instance_profile **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[12], false, item, err);
}

static void pg_12_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_instance_profiles_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_instance_profiles_next_item_async(struct awsc_pager *pager,
                                                    awsc_iam_list_instance_profiles_item_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[12], pg_12_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_instance_profiles_collect(struct awsc_pager *pager,
                                            struct awsc_iam_list_instance_profiles_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[12], output, err);
}

int awsc_iam_list_instance_profiles_for_role_paginate(struct awsc_client *client,
                                                      const struct awsc_iam_list_instance_profiles_for_role_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[13], input, options, pager, err);
}

int awsc_iam_list_instance_profiles_for_role_next_page(struct awsc_pager *pager,
                                                       struct awsc_iam_list_instance_profiles_for_role_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[13], page, err);
}

static void pg_13_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_instance_profiles_for_role_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_instance_profiles_for_role_next_page_async(struct awsc_pager *pager,
                                                             awsc_iam_list_instance_profiles_for_role_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[13], pg_13_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_instance_profiles_for_role_next_item(struct awsc_pager *pager,
                                                       const struct awsc_iam_instance_profile **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[13], false, item, err);
}

static void pg_13_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_instance_profiles_for_role_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_instance_profiles_for_role_next_item_async(struct awsc_pager *pager,
                                                             awsc_iam_list_instance_profiles_for_role_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[13], pg_13_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_instance_profiles_for_role_collect(struct awsc_pager *pager,
                                                     struct awsc_iam_list_instance_profiles_for_role_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[13], output, err);
}

int awsc_iam_list_mfa_device_tags_paginate(struct awsc_client *client,
                                           const struct awsc_iam_list_mfa_device_tags_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[14], input, options, pager, err);
}

int awsc_iam_list_mfa_device_tags_next_page(struct awsc_pager *pager,
                                            struct awsc_iam_list_mfa_device_tags_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[14], page, err);
}

static void pg_14_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_mfa_device_tags_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_mfa_device_tags_next_page_async(struct awsc_pager *pager,
                                                  awsc_iam_list_mfa_device_tags_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[14], pg_14_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_mfa_device_tags_next_item(struct awsc_pager *pager,
                                            const struct awsc_iam_tag **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[14], false, item, err);
}

static void pg_14_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_mfa_device_tags_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_mfa_device_tags_next_item_async(struct awsc_pager *pager,
                                                  awsc_iam_list_mfa_device_tags_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[14], pg_14_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_mfa_device_tags_collect(struct awsc_pager *pager,
                                          struct awsc_iam_list_mfa_device_tags_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[14], output, err);
}

int awsc_iam_list_mfa_devices_paginate(struct awsc_client *client,
                                       const struct awsc_iam_list_mfa_devices_input *input,
                                       const struct awsc_page_options *options,
                                       struct awsc_pager **pager,
                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[15], input, options, pager, err);
}

int awsc_iam_list_mfa_devices_next_page(struct awsc_pager *pager,
                                        struct awsc_iam_list_mfa_devices_output **page,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[15], page, err);
}

static void pg_15_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_mfa_devices_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_mfa_devices_next_page_async(struct awsc_pager *pager,
                                              awsc_iam_list_mfa_devices_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[15], pg_15_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_mfa_devices_next_item(struct awsc_pager *pager,
                                        const struct awsc_iam_mfa_device **item,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[15], false, item, err);
}

static void pg_15_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_mfa_devices_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_mfa_devices_next_item_async(struct awsc_pager *pager,
                                              awsc_iam_list_mfa_devices_item_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[15], pg_15_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_mfa_devices_collect(struct awsc_pager *pager,
                                      struct awsc_iam_list_mfa_devices_output **output,
                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[15], output, err);
}

int awsc_iam_list_open_id_connect_provider_tags_paginate(struct awsc_client *client,
                                                         const struct awsc_iam_list_open_id_connect_provider_tags_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[16], input, options, pager, err);
}

int awsc_iam_list_open_id_connect_provider_tags_next_page(struct awsc_pager *pager,
                                                          struct awsc_iam_list_open_id_connect_provider_tags_output **page,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[16], page, err);
}

static void pg_16_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_open_id_connect_provider_tags_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_open_id_connect_provider_tags_next_page_async(struct awsc_pager *pager,
                                                                awsc_iam_list_open_id_connect_provider_tags_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[16], pg_16_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_open_id_connect_provider_tags_next_item(struct awsc_pager *pager,
                                                          const struct awsc_iam_tag **item,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[16], false, item, err);
}

static void pg_16_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_open_id_connect_provider_tags_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_open_id_connect_provider_tags_next_item_async(struct awsc_pager *pager,
                                                                awsc_iam_list_open_id_connect_provider_tags_item_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[16], pg_16_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_open_id_connect_provider_tags_collect(struct awsc_pager *pager,
                                                        struct awsc_iam_list_open_id_connect_provider_tags_output **output,
                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[16], output, err);
}

int awsc_iam_list_policies_paginate(struct awsc_client *client,
                                    const struct awsc_iam_list_policies_input *input,
                                    const struct awsc_page_options *options,
                                    struct awsc_pager **pager,
                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[17], input, options, pager, err);
}

int awsc_iam_list_policies_next_page(struct awsc_pager *pager,
                                     struct awsc_iam_list_policies_output **page,
                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[17], page, err);
}

static void pg_17_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_policies_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_policies_next_page_async(struct awsc_pager *pager,
                                           awsc_iam_list_policies_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[17], pg_17_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_policies_next_item(struct awsc_pager *pager,
                                     const struct awsc_iam_policy **item,
                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[17], false, item, err);
}

static void pg_17_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_policies_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_policies_next_item_async(struct awsc_pager *pager,
                                           awsc_iam_list_policies_item_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[17], pg_17_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_policies_collect(struct awsc_pager *pager,
                                   struct awsc_iam_list_policies_output **output,
                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[17], output, err);
}

int awsc_iam_list_policy_tags_paginate(struct awsc_client *client,
                                       const struct awsc_iam_list_policy_tags_input *input,
                                       const struct awsc_page_options *options,
                                       struct awsc_pager **pager,
                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[18], input, options, pager, err);
}

int awsc_iam_list_policy_tags_next_page(struct awsc_pager *pager,
                                        struct awsc_iam_list_policy_tags_output **page,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[18], page, err);
}

static void pg_18_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_policy_tags_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_policy_tags_next_page_async(struct awsc_pager *pager,
                                              awsc_iam_list_policy_tags_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[18], pg_18_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_policy_tags_next_item(struct awsc_pager *pager,
                                        const struct awsc_iam_tag **item,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[18], false, item, err);
}

static void pg_18_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_policy_tags_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_policy_tags_next_item_async(struct awsc_pager *pager,
                                              awsc_iam_list_policy_tags_item_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[18], pg_18_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_policy_tags_collect(struct awsc_pager *pager,
                                      struct awsc_iam_list_policy_tags_output **output,
                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[18], output, err);
}

int awsc_iam_list_policy_versions_paginate(struct awsc_client *client,
                                           const struct awsc_iam_list_policy_versions_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[19], input, options, pager, err);
}

int awsc_iam_list_policy_versions_next_page(struct awsc_pager *pager,
                                            struct awsc_iam_list_policy_versions_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[19], page, err);
}

static void pg_19_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_policy_versions_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_policy_versions_next_page_async(struct awsc_pager *pager,
                                                  awsc_iam_list_policy_versions_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[19], pg_19_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_policy_versions_next_item(struct awsc_pager *pager,
                                            const struct awsc_iam_policy_version **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[19], false, item, err);
}

static void pg_19_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_policy_versions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_policy_versions_next_item_async(struct awsc_pager *pager,
                                                  awsc_iam_list_policy_versions_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[19], pg_19_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_policy_versions_collect(struct awsc_pager *pager,
                                          struct awsc_iam_list_policy_versions_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[19], output, err);
}

int awsc_iam_list_role_policies_paginate(struct awsc_client *client,
                                         const struct awsc_iam_list_role_policies_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[20], input, options, pager, err);
}

int awsc_iam_list_role_policies_next_page(struct awsc_pager *pager,
                                          struct awsc_iam_list_role_policies_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[20], page, err);
}

static void pg_20_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_role_policies_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_role_policies_next_page_async(struct awsc_pager *pager,
                                                awsc_iam_list_role_policies_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[20], pg_20_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_role_policies_next_item(struct awsc_pager *pager,
                                          const char **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[20], true, item, err);
}

static void pg_20_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_role_policies_item_cb *)cb)(user_data, status, item ? *(const char *const *)item : NULL, err);
}

int awsc_iam_list_role_policies_next_item_async(struct awsc_pager *pager,
                                                awsc_iam_list_role_policies_item_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[20], pg_20_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_role_policies_collect(struct awsc_pager *pager,
                                        struct awsc_iam_list_role_policies_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[20], output, err);
}

int awsc_iam_list_role_tags_paginate(struct awsc_client *client,
                                     const struct awsc_iam_list_role_tags_input *input,
                                     const struct awsc_page_options *options,
                                     struct awsc_pager **pager,
                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[21], input, options, pager, err);
}

int awsc_iam_list_role_tags_next_page(struct awsc_pager *pager,
                                      struct awsc_iam_list_role_tags_output **page,
                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[21], page, err);
}

static void pg_21_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_role_tags_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_role_tags_next_page_async(struct awsc_pager *pager,
                                            awsc_iam_list_role_tags_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[21], pg_21_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_role_tags_next_item(struct awsc_pager *pager,
                                      const struct awsc_iam_tag **item,
                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[21], false, item, err);
}

static void pg_21_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_role_tags_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_role_tags_next_item_async(struct awsc_pager *pager,
                                            awsc_iam_list_role_tags_item_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[21], pg_21_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_role_tags_collect(struct awsc_pager *pager,
                                    struct awsc_iam_list_role_tags_output **output,
                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[21], output, err);
}

int awsc_iam_list_roles_paginate(struct awsc_client *client,
                                 const struct awsc_iam_list_roles_input *input,
                                 const struct awsc_page_options *options,
                                 struct awsc_pager **pager,
                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[22], input, options, pager, err);
}

int awsc_iam_list_roles_next_page(struct awsc_pager *pager,
                                  struct awsc_iam_list_roles_output **page,
                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[22], page, err);
}

static void pg_22_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_roles_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_roles_next_page_async(struct awsc_pager *pager,
                                        awsc_iam_list_roles_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[22], pg_22_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_roles_next_item(struct awsc_pager *pager,
                                  const struct awsc_iam_role **item,
                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[22], false, item, err);
}

static void pg_22_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_roles_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_roles_next_item_async(struct awsc_pager *pager,
                                        awsc_iam_list_roles_item_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[22], pg_22_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_roles_collect(struct awsc_pager *pager,
                                struct awsc_iam_list_roles_output **output,
                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[22], output, err);
}

int awsc_iam_list_saml_provider_tags_paginate(struct awsc_client *client,
                                              const struct awsc_iam_list_saml_provider_tags_input *input,
                                              const struct awsc_page_options *options,
                                              struct awsc_pager **pager,
                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[23], input, options, pager, err);
}

int awsc_iam_list_saml_provider_tags_next_page(struct awsc_pager *pager,
                                               struct awsc_iam_list_saml_provider_tags_output **page,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[23], page, err);
}

static void pg_23_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_saml_provider_tags_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_saml_provider_tags_next_page_async(struct awsc_pager *pager,
                                                     awsc_iam_list_saml_provider_tags_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[23], pg_23_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_saml_provider_tags_next_item(struct awsc_pager *pager,
                                               const struct awsc_iam_tag **item,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[23], false, item, err);
}

static void pg_23_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_saml_provider_tags_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_saml_provider_tags_next_item_async(struct awsc_pager *pager,
                                                     awsc_iam_list_saml_provider_tags_item_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[23], pg_23_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_saml_provider_tags_collect(struct awsc_pager *pager,
                                             struct awsc_iam_list_saml_provider_tags_output **output,
                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[23], output, err);
}

int awsc_iam_list_ssh_public_keys_paginate(struct awsc_client *client,
                                           const struct awsc_iam_list_ssh_public_keys_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[24], input, options, pager, err);
}

int awsc_iam_list_ssh_public_keys_next_page(struct awsc_pager *pager,
                                            struct awsc_iam_list_ssh_public_keys_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[24], page, err);
}

static void pg_24_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_ssh_public_keys_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_ssh_public_keys_next_page_async(struct awsc_pager *pager,
                                                  awsc_iam_list_ssh_public_keys_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[24], pg_24_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_ssh_public_keys_next_item(struct awsc_pager *pager,
                                            const struct awsc_iam_ssh_public_key_metadata **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[24], false, item, err);
}

static void pg_24_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_ssh_public_keys_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_ssh_public_keys_next_item_async(struct awsc_pager *pager,
                                                  awsc_iam_list_ssh_public_keys_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[24], pg_24_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_ssh_public_keys_collect(struct awsc_pager *pager,
                                          struct awsc_iam_list_ssh_public_keys_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[24], output, err);
}

int awsc_iam_list_server_certificate_tags_paginate(struct awsc_client *client,
                                                   const struct awsc_iam_list_server_certificate_tags_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[25], input, options, pager, err);
}

int awsc_iam_list_server_certificate_tags_next_page(struct awsc_pager *pager,
                                                    struct awsc_iam_list_server_certificate_tags_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[25], page, err);
}

static void pg_25_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_server_certificate_tags_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_server_certificate_tags_next_page_async(struct awsc_pager *pager,
                                                          awsc_iam_list_server_certificate_tags_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[25], pg_25_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_server_certificate_tags_next_item(struct awsc_pager *pager,
                                                    const struct awsc_iam_tag **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[25], false, item, err);
}

static void pg_25_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_server_certificate_tags_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_server_certificate_tags_next_item_async(struct awsc_pager *pager,
                                                          awsc_iam_list_server_certificate_tags_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[25], pg_25_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_server_certificate_tags_collect(struct awsc_pager *pager,
                                                  struct awsc_iam_list_server_certificate_tags_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[25], output, err);
}

int awsc_iam_list_server_certificates_paginate(struct awsc_client *client,
                                               const struct awsc_iam_list_server_certificates_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[26], input, options, pager, err);
}

int awsc_iam_list_server_certificates_next_page(struct awsc_pager *pager,
                                                struct awsc_iam_list_server_certificates_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[26], page, err);
}

static void pg_26_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_server_certificates_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_server_certificates_next_page_async(struct awsc_pager *pager,
                                                      awsc_iam_list_server_certificates_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[26], pg_26_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_server_certificates_next_item(struct awsc_pager *pager,
                                                const struct awsc_iam_server_certificate_metadata **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[26], false, item, err);
}

static void pg_26_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_server_certificates_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_server_certificates_next_item_async(struct awsc_pager *pager,
                                                      awsc_iam_list_server_certificates_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[26], pg_26_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_server_certificates_collect(struct awsc_pager *pager,
                                              struct awsc_iam_list_server_certificates_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[26], output, err);
}

int awsc_iam_list_signing_certificates_paginate(struct awsc_client *client,
                                                const struct awsc_iam_list_signing_certificates_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[27], input, options, pager, err);
}

int awsc_iam_list_signing_certificates_next_page(struct awsc_pager *pager,
                                                 struct awsc_iam_list_signing_certificates_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[27], page, err);
}

static void pg_27_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_signing_certificates_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_signing_certificates_next_page_async(struct awsc_pager *pager,
                                                       awsc_iam_list_signing_certificates_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[27], pg_27_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_signing_certificates_next_item(struct awsc_pager *pager,
                                                 const struct awsc_iam_signing_certificate **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[27], false, item, err);
}

static void pg_27_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_signing_certificates_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_signing_certificates_next_item_async(struct awsc_pager *pager,
                                                       awsc_iam_list_signing_certificates_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[27], pg_27_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_signing_certificates_collect(struct awsc_pager *pager,
                                               struct awsc_iam_list_signing_certificates_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[27], output, err);
}

int awsc_iam_list_user_policies_paginate(struct awsc_client *client,
                                         const struct awsc_iam_list_user_policies_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[28], input, options, pager, err);
}

int awsc_iam_list_user_policies_next_page(struct awsc_pager *pager,
                                          struct awsc_iam_list_user_policies_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[28], page, err);
}

static void pg_28_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_user_policies_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_user_policies_next_page_async(struct awsc_pager *pager,
                                                awsc_iam_list_user_policies_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[28], pg_28_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_user_policies_next_item(struct awsc_pager *pager,
                                          const char **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[28], true, item, err);
}

static void pg_28_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_user_policies_item_cb *)cb)(user_data, status, item ? *(const char *const *)item : NULL, err);
}

int awsc_iam_list_user_policies_next_item_async(struct awsc_pager *pager,
                                                awsc_iam_list_user_policies_item_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[28], pg_28_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_user_policies_collect(struct awsc_pager *pager,
                                        struct awsc_iam_list_user_policies_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[28], output, err);
}

int awsc_iam_list_user_tags_paginate(struct awsc_client *client,
                                     const struct awsc_iam_list_user_tags_input *input,
                                     const struct awsc_page_options *options,
                                     struct awsc_pager **pager,
                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[29], input, options, pager, err);
}

int awsc_iam_list_user_tags_next_page(struct awsc_pager *pager,
                                      struct awsc_iam_list_user_tags_output **page,
                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[29], page, err);
}

static void pg_29_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_user_tags_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_user_tags_next_page_async(struct awsc_pager *pager,
                                            awsc_iam_list_user_tags_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[29], pg_29_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_user_tags_next_item(struct awsc_pager *pager,
                                      const struct awsc_iam_tag **item,
                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[29], false, item, err);
}

static void pg_29_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_user_tags_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_user_tags_next_item_async(struct awsc_pager *pager,
                                            awsc_iam_list_user_tags_item_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[29], pg_29_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_user_tags_collect(struct awsc_pager *pager,
                                    struct awsc_iam_list_user_tags_output **output,
                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[29], output, err);
}

int awsc_iam_list_users_paginate(struct awsc_client *client,
                                 const struct awsc_iam_list_users_input *input,
                                 const struct awsc_page_options *options,
                                 struct awsc_pager **pager,
                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[30], input, options, pager, err);
}

int awsc_iam_list_users_next_page(struct awsc_pager *pager,
                                  struct awsc_iam_list_users_output **page,
                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[30], page, err);
}

static void pg_30_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_users_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_users_next_page_async(struct awsc_pager *pager,
                                        awsc_iam_list_users_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[30], pg_30_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_users_next_item(struct awsc_pager *pager,
                                  const struct awsc_iam_user **item,
                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[30], false, item, err);
}

static void pg_30_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_users_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_users_next_item_async(struct awsc_pager *pager,
                                        awsc_iam_list_users_item_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[30], pg_30_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_users_collect(struct awsc_pager *pager,
                                struct awsc_iam_list_users_output **output,
                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[30], output, err);
}

int awsc_iam_list_virtual_mfa_devices_paginate(struct awsc_client *client,
                                               const struct awsc_iam_list_virtual_mfa_devices_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[31], input, options, pager, err);
}

int awsc_iam_list_virtual_mfa_devices_next_page(struct awsc_pager *pager,
                                                struct awsc_iam_list_virtual_mfa_devices_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[31], page, err);
}

static void pg_31_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_virtual_mfa_devices_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_virtual_mfa_devices_next_page_async(struct awsc_pager *pager,
                                                      awsc_iam_list_virtual_mfa_devices_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[31], pg_31_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_virtual_mfa_devices_next_item(struct awsc_pager *pager,
                                                const struct awsc_iam_virtual_mfa_device **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[31], false, item, err);
}

static void pg_31_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_virtual_mfa_devices_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_virtual_mfa_devices_next_item_async(struct awsc_pager *pager,
                                                      awsc_iam_list_virtual_mfa_devices_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[31], pg_31_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_virtual_mfa_devices_collect(struct awsc_pager *pager,
                                              struct awsc_iam_list_virtual_mfa_devices_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[31], output, err);
}

int awsc_iam_simulate_custom_policy_paginate(struct awsc_client *client,
                                             const struct awsc_iam_simulate_custom_policy_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[32], input, options, pager, err);
}

int awsc_iam_simulate_custom_policy_next_page(struct awsc_pager *pager,
                                              struct awsc_iam_simulate_policy_response **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[32], page, err);
}

static void pg_32_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_simulate_custom_policy_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_simulate_custom_policy_next_page_async(struct awsc_pager *pager,
                                                    awsc_iam_simulate_custom_policy_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[32], pg_32_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_simulate_custom_policy_next_item(struct awsc_pager *pager,
                                              const struct awsc_iam_evaluation_result **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[32], false, item, err);
}

static void pg_32_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_simulate_custom_policy_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_simulate_custom_policy_next_item_async(struct awsc_pager *pager,
                                                    awsc_iam_simulate_custom_policy_item_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[32], pg_32_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_simulate_custom_policy_collect(struct awsc_pager *pager,
                                            struct awsc_iam_simulate_policy_response **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[32], output, err);
}

int awsc_iam_simulate_principal_policy_paginate(struct awsc_client *client,
                                                const struct awsc_iam_simulate_principal_policy_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_iam_paginators[33], input, options, pager, err);
}

int awsc_iam_simulate_principal_policy_next_page(struct awsc_pager *pager,
                                                 struct awsc_iam_simulate_policy_response **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_iam_paginators[33], page, err);
}

static void pg_33_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_simulate_principal_policy_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_simulate_principal_policy_next_page_async(struct awsc_pager *pager,
                                                       awsc_iam_simulate_principal_policy_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_iam_paginators[33], pg_33_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_simulate_principal_policy_next_item(struct awsc_pager *pager,
                                                 const struct awsc_iam_evaluation_result **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_iam_paginators[33], false, item, err);
}

static void pg_33_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_simulate_principal_policy_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_simulate_principal_policy_next_item_async(struct awsc_pager *pager,
                                                       awsc_iam_simulate_principal_policy_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_iam_paginators[33], pg_33_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_simulate_principal_policy_collect(struct awsc_pager *pager,
                                               struct awsc_iam_simulate_policy_response **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_iam_paginators[33], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */

/* ------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

/* InstanceProfileExists */
static const struct awsc_waiter_acceptor w_0_acceptors[] = {
    {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 200.0}},
    {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_NUMBER, .number = 404.0}},
};

/* PolicyExists */
static const struct awsc_waiter_acceptor w_1_acceptors[] = {
    {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 200.0}},
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string = "NoSuchEntity"}},
};

/* RoleExists */
static const struct awsc_waiter_acceptor w_2_acceptors[] = {
    {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 200.0}},
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string = "NoSuchEntity"}},
};

/* UserExists */
static const struct awsc_waiter_acceptor w_3_acceptors[] = {
    {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 200.0}},
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string = "NoSuchEntity"}},
};

const struct awsc_waiter awsc_iam_waiters[4] = {
    {
        .name = "InstanceProfileExists",
        .service = SERVICE,
        .operation = 72, /* GetInstanceProfile */
        .delay = 1,
        .max_attempts = 40,
        .acceptors = w_0_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "PolicyExists",
        .service = SERVICE,
        .operation = 78, /* GetPolicy */
        .delay = 1,
        .max_attempts = 20,
        .acceptors = w_1_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "RoleExists",
        .service = SERVICE,
        .operation = 80, /* GetRole */
        .delay = 1,
        .max_attempts = 20,
        .acceptors = w_2_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "UserExists",
        .service = SERVICE,
        .operation = 88, /* GetUser */
        .delay = 1,
        .max_attempts = 20,
        .acceptors = w_3_acceptors,
        .acceptor_count = 2,
    },
};

int awsc_iam_wait_instance_profile_exists(struct awsc_client *client,
                                          const struct awsc_iam_get_instance_profile_input *input,
                                          const struct awsc_wait_options *options,
                                          struct awsc_error *err)
{
    return awsc_wait(client, &awsc_iam_waiters[0], input, options, err);
}

int awsc_iam_wait_instance_profile_exists_async(struct awsc_client *client,
                                                const struct awsc_iam_get_instance_profile_input *input,
                                                const struct awsc_wait_options *options,
                                                awsc_wait_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_iam_waiters[0], input, options, cb, user_data, err);
}

int awsc_iam_wait_policy_exists(struct awsc_client *client,
                                const struct awsc_iam_get_policy_input *input,
                                const struct awsc_wait_options *options,
                                struct awsc_error *err)
{
    return awsc_wait(client, &awsc_iam_waiters[1], input, options, err);
}

int awsc_iam_wait_policy_exists_async(struct awsc_client *client,
                                      const struct awsc_iam_get_policy_input *input,
                                      const struct awsc_wait_options *options,
                                      awsc_wait_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_iam_waiters[1], input, options, cb, user_data, err);
}

int awsc_iam_wait_role_exists(struct awsc_client *client,
                              const struct awsc_iam_get_role_input *input,
                              const struct awsc_wait_options *options,
                              struct awsc_error *err)
{
    return awsc_wait(client, &awsc_iam_waiters[2], input, options, err);
}

int awsc_iam_wait_role_exists_async(struct awsc_client *client,
                                    const struct awsc_iam_get_role_input *input,
                                    const struct awsc_wait_options *options,
                                    awsc_wait_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_iam_waiters[2], input, options, cb, user_data, err);
}

int awsc_iam_wait_user_exists(struct awsc_client *client,
                              const struct awsc_iam_get_user_input *input,
                              const struct awsc_wait_options *options,
                              struct awsc_error *err)
{
    return awsc_wait(client, &awsc_iam_waiters[3], input, options, err);
}

int awsc_iam_wait_user_exists_async(struct awsc_client *client,
                                    const struct awsc_iam_get_user_input *input,
                                    const struct awsc_wait_options *options,
                                    awsc_wait_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_iam_waiters[3], input, options, cb, user_data, err);
}
#endif /* AWSC_WITH_WAITERS */
#undef SERVICE
